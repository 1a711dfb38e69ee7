package e2e

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// l1EnvVar chooses the L1 that the tests needing a separate L1 process run
// against: "geth" (go-ethereum's own geth in --dev mode, the default: the
// closest to a real Ethereum node) or "embedded" (go-ethereum's simulated
// chain, served by e2e/devchain).
const l1EnvVar = "VIADUCT_E2E_L1"

// l1Chain is a running L1 JSON-RPC endpoint.
type l1Chain struct {
	Kind string // "geth" or "embedded"
	HTTP string // http://127.0.0.1:port
	WS   string // ws://127.0.0.1:port
}

// l1Kind reads VIADUCT_E2E_L1.
func l1Kind(t testing.TB) string {
	t.Helper()
	switch k := os.Getenv(l1EnvVar); k {
	case "", "geth":
		return "geth"
	case "embedded":
		return "embedded"
	default:
		t.Fatalf("%s=%q: want geth or embedded", l1EnvVar, k)
		return ""
	}
}

// l1 starts the L1 that VIADUCT_E2E_L1 names, with the dev accounts of the
// test mnemonic funded, and stops it when the test ends.
func (h *harness) l1() l1Chain {
	h.t.Helper()
	if l1Kind(h.t) == "geth" {
		return h.geth()
	}
	d := h.devchain()
	return l1Chain{Kind: "embedded", HTTP: d.L1, WS: "ws://" + strings.TrimPrefix(d.L1, "http://")}
}

// gethDevFunding is what geth's dev account gives each account of the test
// mnemonic; the dev account itself starts with a practically unbounded
// balance.
var gethDevFunding = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))

// gethDevAccounts is how many accounts of the test mnemonic geth funds:
// 0–3 are users, 4 sequences and posts batches, 5 is a verifier's (it pays
// for fraud proofs or self-sequenced batches), as in `viaduct dev`.
const gethDevAccounts = 6

var (
	gethOnce sync.Once
	gethPath string
	gethErr  error
)

// gethBinary builds go-ethereum's geth, the `go tool` entry of go.mod (so
// the version is the module's), once per test run, beside the viaduct
// binary (TestMain removes that directory). It is built without geth's
// profile-guided optimisation: with it, every dependency and the standard
// library are compiled a second time (22 minutes of wall time on the shared
// 2-core machine, against under 5 without, reusing the packages viaduct's
// own build has cached), and a dev chain needs no speed.
func gethBinary(t testing.TB) string {
	t.Helper()
	gethOnce.Do(func() {
		path := filepath.Join(filepath.Dir(binary), "geth")
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "go", "build", "-pgo=off", "-o", path, "github.com/ethereum/go-ethereum/cmd/geth")
		if out, err := cmd.CombinedOutput(); err != nil {
			gethErr = fmt.Errorf("building geth: %w\n%s", err, out)
			return
		}
		gethPath = path
	})
	if gethErr != nil {
		t.Fatal(gethErr)
	}
	return gethPath
}

// geth starts `geth --dev` (one block a second, HTTP and WebSocket on
// loopback ports, no peer-to-peer networking), waits until both endpoints
// answer, and funds the first gethDevAccounts accounts of the test
// mnemonic from the dev account. Its chain id is 1337, as the embedded L1's.
func (h *harness) geth() l1Chain {
	h.t.Helper()
	accounts := make([]int, gethDevAccounts)
	for i := range accounts {
		accounts[i] = i
	}
	return h.gethFunding(accounts...)
}

// gethFunding is geth with only the given accounts of the test mnemonic
// funded.
func (h *harness) gethFunding(accounts ...int) l1Chain {
	h.t.Helper()
	bin := gethBinary(h.t)
	httpPort, wsPort, authPort := freePort(h.t), freePort(h.t), freePort(h.t)
	c := l1Chain{Kind: "geth", HTTP: fmt.Sprintf("http://127.0.0.1:%d", httpPort), WS: fmt.Sprintf("ws://127.0.0.1:%d", wsPort)}
	h.startProgram("geth", bin, "WebSocket enabled",
		"--dev", "--dev.period", "1", "--datadir", filepath.Join(h.t.TempDir(), "geth"),
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort), "--http.api", "eth,net,web3",
		"--ws", "--ws.addr", "127.0.0.1", "--ws.port", fmt.Sprint(wsPort), "--ws.api", "eth,net,web3",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", fmt.Sprint(authPort),
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable", "--cache", "64", "--verbosity", "3")

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ws, err := rpc.DialContext(ctx, c.WS)
	if err != nil {
		h.t.Fatalf("geth's WebSocket endpoint: %v", err)
	}
	ws.Close()
	if err := fundFromGethDev(ctx, c.HTTP, accounts, gethDevFunding); err != nil {
		h.t.Fatal(err)
	}
	return c
}

// fundFromGethDev sends amount from geth's unlocked dev account to each of
// the given accounts of the test mnemonic and waits for the receipts.
func fundFromGethDev(ctx context.Context, url string, accts []int, amount *big.Int) error {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("dialling geth: %w", err)
	}
	defer c.Close()
	var accounts []common.Address
	if err := c.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		return fmt.Errorf("geth's dev account: %v (accounts %v)", err, accounts)
	}
	var hashes []common.Hash
	for _, i := range accts {
		to := crypto.PubkeyToAddress(devl1.DevKey(i).PublicKey)
		var h common.Hash
		tx := map[string]any{"from": accounts[0], "to": to, "value": (*hexutil.Big)(amount)}
		if err := c.CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
			return fmt.Errorf("funding dev account %d from geth's dev account: %w", i, err)
		}
		hashes = append(hashes, h)
	}
	ec := ethclient.NewClient(c)
	for _, h := range hashes {
		for {
			r, err := ec.TransactionReceipt(ctx, h)
			if err == nil {
				if r.Status != 1 {
					return fmt.Errorf("funding transaction %s failed", h)
				}
				break
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("funding transaction %s not mined: %w", h, ctx.Err())
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	return nil
}
