package e2e

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// jsEnvVar, set to "require" (as .ci/run does), turns a missing Node.js or
// e2e/js/node_modules into a failure instead of a skip: `make test` needs
// only Go, CI proves the JavaScript clients.
const jsEnvVar = "VIADUCT_E2E_JS"

// TestJSClients starts `viaduct dev`, bridges an ERC-20 to L2 for dev
// accounts 0 and 1, and runs the ethers v6 and viem v2 wallet tests of
// e2e/js (`npm test`) against the L2 RPC.
func TestJSClients(t *testing.T) {
	h := newHarness(t)
	dir, err := filepath.Abs("js")
	if err != nil {
		t.Fatal(err)
	}
	npm, err := exec.LookPath("npm")
	if err == nil {
		_, err = os.Stat(filepath.Join(dir, "node_modules", "ethers"))
	}
	if err != nil {
		if os.Getenv(jsEnvVar) == "require" {
			t.Fatalf("%s=require: npm and e2e/js/node_modules (npm ci in e2e/js) are needed: %v", jsEnvVar, err)
		}
		t.Skipf("JavaScript client tests need npm and `npm ci` in e2e/js (%v); set %s=require to fail instead", err, jsEnvVar)
	}

	l1Port, l2Port := freePort(t), freePort(t)
	h.start("dev", "viaduct dev is ready", "dev", "--l1-port", fmt.Sprint(l1Port), "--port", fmt.Sprint(l2Port), "--verifier-port", "0",
		"--datadir", t.TempDir(), "--fund", "2")
	l1URL, l2URL := fmt.Sprintf("http://127.0.0.1:%d", l1Port), fmt.Sprintf("http://127.0.0.1:%d", l2Port)

	// An ERC-20 on L1, minted to the two accounts and deposited through
	// the bridge: on L2 it lives at the same address.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	ec, err := ethclient.DialContext(ctx, l1URL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	s, err := txmgr.New(txmgr.Config{Client: ec, Key: devl1.DevKey(0)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer s.Stop(context.Background())
	r, err := s.Send(ctx, txmgr.Candidate{Data: common.FromHex(testbindings.TestTokenMetaData.Bin)})
	if err != nil {
		t.Fatalf("deploying the test token: %v", err)
	}
	token := r.ContractAddress
	tt := testbindings.NewTestToken()
	keys := make([]string, 2)
	for i := range keys {
		holder := crypto.PubkeyToAddress(devl1.DevKey(i).PublicKey)
		if _, err := s.Send(ctx, txmgr.Candidate{To: &token, Data: tt.PackMint(holder, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)))}); err != nil {
			t.Fatalf("minting: %v", err)
		}
		out := h.mustRun("deposit", "--dev-account", fmt.Sprint(i), "--token", token.Hex(), "--amount", "100", "--l1-rpc", l1URL, "--l2-rpc", l2URL)
		if !strings.Contains(out, "now holds 100000000000000000000 on L2") {
			t.Fatalf("token deposit printed:\n%s", out)
		}
		keys[i] = "0x" + devl1.DevKeys[i]
	}

	cmd := exec.CommandContext(ctx, npm, "test")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"E2E_L2_HTTP="+l2URL,
		fmt.Sprintf("E2E_L2_WS=ws://127.0.0.1:%d", l2Port),
		fmt.Sprint("E2E_L2_CHAIN_ID=", core.DevConfig().ChainID),
		"E2E_TOKEN="+token.Hex(),
		"E2E_KEYS="+strings.Join(keys, ","),
	)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("npm test in e2e/js: %v\n%s", err, out)
	}
	t.Logf("npm test:\n%s", out)
}
