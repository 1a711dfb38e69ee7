package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// jsEnvVar, set to "require" (as .ci/run does), turns a missing Node.js or
// e2e/js/node_modules into a failure instead of a skip: `make test` needs
// only Go, CI proves the JavaScript clients.
const jsEnvVar = "VIADUCT_E2E_JS"

// TestJSClients starts `viaduct dev`, bridges an ERC-20 to L2 for dev
// accounts 0 to 2, and runs the ethers v6 and viem v2 wallet tests and the
// web3.js v4 filter tests of e2e/js (`npm test`) against the L2 RPC, each
// library with an account of its own.
func TestJSClients(t *testing.T) {
	h := newHarness(t)
	dir, err := filepath.Abs("js")
	if err != nil {
		t.Fatal(err)
	}
	npm, err := exec.LookPath("npm")
	for _, lib := range []string{"ethers", "viem", "web3"} {
		if err == nil {
			_, err = os.Stat(filepath.Join(dir, "node_modules", lib))
		}
	}
	if err != nil {
		if os.Getenv(jsEnvVar) == "require" {
			t.Fatalf("%s=require: npm and e2e/js/node_modules (npm ci in e2e/js) are needed: %v", jsEnvVar, err)
		}
		t.Skipf("JavaScript client tests need npm and `npm ci` in e2e/js (%v); set %s=require to fail instead", err, jsEnvVar)
	}

	dev := startDevWithToken(t, h, 3)
	keys := make([]string, 3)
	for i := range keys {
		keys[i] = "0x" + devl1.DevKeys[i]
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, npm, "test")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"E2E_L2_HTTP="+dev.l2URL,
		"E2E_L2_WS="+dev.l2WS,
		fmt.Sprint("E2E_L2_CHAIN_ID=", core.DevConfig().ChainID),
		"E2E_TOKEN="+dev.token.Hex(),
		"E2E_KEYS="+strings.Join(keys, ","),
	)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("npm test in e2e/js: %v\n%s", err, out)
	}
	t.Logf("npm test:\n%s", out)
}
