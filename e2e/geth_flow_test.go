package e2e

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/wire"
)

// TestRollupFlowOnSeparateL1 runs the rollup's whole life against an L1 in
// its own process, geth --dev by default (VIADUCT_E2E_L1 chooses): `viaduct
// deploy` over HTTP, a sequencer reading L1 over WebSocket and a verifier
// over HTTP, a deposit, transfers, the batch on L1, the verifier deriving
// the same blocks, and a withdrawal finalized on L1 once the Rollup's
// challenge window (deployed at 10 s, `viaduct deploy --challenge-window`)
// has passed in L1 time.
func TestRollupFlowOnSeparateL1(t *testing.T) {
	h := newHarness(t)
	l1 := h.l1()
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "rollup.json")
	out := h.mustRun("deploy", "--l1-rpc", l1.HTTP, "--dev-account", "4", "--out", cfgFile, "--challenge-window", "10s")
	if !strings.Contains(out, "Rollup deployed at") {
		t.Fatalf("deploy printed:\n%s", out)
	}
	seqPort, verPort := freePort(t), freePort(t)
	seqURL, verURL := fmt.Sprintf("http://127.0.0.1:%d", seqPort), fmt.Sprintf("http://127.0.0.1:%d", verPort)
	h.start("sequencer", "serving", "node", "--config", cfgFile, "--l1-rpc", l1.WS, "--dev-account", "4",
		"--datadir", filepath.Join(dir, "seq"), "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", seqPort), "--block-time", "100ms")
	h.start("verifier", "serving", "node", "--role", "verifier", "--config", cfgFile, "--l1-rpc", l1.HTTP, "--blob-archive", seqURL,
		"--datadir", filepath.Join(dir, "ver"), "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", verPort))

	rpcs := []string{"--l1-rpc", l1.HTTP, "--l2-rpc", seqURL}
	wallet := func(args ...string) string { return h.mustRun(append(args, rpcs...)...) }

	// A deposit through the bridge on L1 shows on L2.
	out = wallet("deposit", "--dev-account", "2", "--amount", "2.5")
	if !strings.Contains(out, "now holds 2.5 ETH on L2") {
		t.Fatalf("deposit printed:\n%s", out)
	}
	// Transfers on L2.
	bob := "0x000000000000000000000000000000000000b0b0"
	for range 3 {
		if out = wallet("transfer", "--dev-account", "2", "--to", bob, "--amount", "0.25"); !strings.Contains(out, "transferred 0.25 ETH to") {
			t.Fatalf("transfer printed:\n%s", out)
		}
	}
	if out = wallet("balance", "--address", bob); !strings.Contains(out, "L2 0.75 ETH") {
		t.Fatalf("balance printed:\n%s", out)
	}
	// A withdrawal of 1 ETH back to L1.
	out = wallet("withdraw", "--dev-account", "2", "--amount", "1")
	m := regexp.MustCompile(`withdrew .* in L2 block (\d+) \(tx`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("withdraw printed:\n%s", out)
	}
	var last uint64
	fmt.Sscan(m[1], &last)

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	seq, err := ethclient.DialContext(ctx, seqURL)
	if err != nil {
		t.Fatal(err)
	}
	defer seq.Close()
	ver, err := ethclient.DialContext(ctx, verURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ver.Close()

	// The batcher posts the withdrawal's block: the sequencer calls it safe.
	waitFor(t, "the withdrawal's block on L1", time.Minute, func() bool {
		var st wire.BlockStatus
		err := seq.Client().CallContext(ctx, &st, wire.MethodBlockStatus, fmt.Sprintf("0x%x", last))
		return err == nil && st.Status != "latest"
	})
	// The verifier derives the same blocks from L1 alone.
	waitFor(t, "the verifier to derive block "+fmt.Sprint(last), time.Minute, func() bool {
		n, err := ver.BlockNumber(ctx)
		return err == nil && n >= last
	})
	for n := uint64(1); n <= last; n++ {
		var a, b map[string]any
		if err := seq.Client().CallContext(ctx, &a, "eth_getBlockByNumber", fmt.Sprintf("0x%x", n), false); err != nil {
			t.Fatal(err)
		}
		if err := ver.Client().CallContext(ctx, &b, "eth_getBlockByNumber", fmt.Sprintf("0x%x", n), false); err != nil {
			t.Fatal(err)
		}
		if a["hash"] == nil || a["hash"] != b["hash"] || a["stateRoot"] != b["stateRoot"] {
			t.Fatalf("block %d: sequencer %v %v, verifier %v %v", n, a["hash"], a["stateRoot"], b["hash"], b["stateRoot"])
		}
	}
	if b, err := ver.BalanceAt(ctx, common.HexToAddress(bob), nil); err != nil || b.Cmp(big.NewInt(75e16)) != 0 {
		t.Fatalf("bob on the verifier: %v (%v)", b, err)
	}

	// Anyone (dev account 3) finalizes the withdrawal once the challenge
	// window has passed; the withdrawer (dev account 2) gets exactly 1 ETH
	// on L1, having paid no L1 gas for it.
	l1c, err := ethclient.DialContext(ctx, l1.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	withdrawer := crypto.PubkeyToAddress(devl1.DevKey(2).PublicKey)
	before, err := l1c.BalanceAt(ctx, withdrawer, nil)
	if err != nil {
		t.Fatal(err)
	}
	out = wallet("finalize", "--dev-account", "3", "--block", m[1], "--index", "0", "--timeout", "90s")
	if !strings.Contains(out, "paid 1 ETH on L1") {
		t.Fatalf("finalize printed:\n%s", out)
	}
	after, err := l1c.BalanceAt(ctx, withdrawer, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Cmp(big.NewInt(1e18)) != 0 {
		t.Fatalf("the withdrawer's L1 balance moved by %v, want 1 ETH", got)
	}
}
