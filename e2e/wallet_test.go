package e2e

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestWalletCommands drives `viaduct dev` with the wallet commands only:
// deposit, transfer, balance, status, withdraw and finalize.
func TestWalletCommands(t *testing.T) {
	h := newHarness(t)
	l1Port, l2Port := freePort(t), freePort(t)
	h.start("dev", "viaduct dev is ready", "dev", "--l1-port", fmt.Sprint(l1Port), "--port", fmt.Sprint(l2Port), "--verifier-port", fmt.Sprint(freePort(t)),
		"--datadir", t.TempDir(), "--fund", "1", "--challenge-window", "2s")
	rpcs := []string{"--l1-rpc", fmt.Sprintf("http://127.0.0.1:%d", l1Port), "--l2-rpc", fmt.Sprintf("http://127.0.0.1:%d", l2Port)}
	cmd := func(args ...string) string { return h.mustRun(append(args, rpcs...)...) }

	out := cmd("deposit", "--dev-account", "2", "--amount", "2.5")
	if !strings.Contains(out, "deposited 2.5 ETH: ") || !strings.Contains(out, "now holds 2.5 ETH on L2") {
		t.Fatalf("deposit printed:\n%s", out)
	}
	bob := "0x000000000000000000000000000000000000b0b0"
	out = cmd("transfer", "--dev-account", "2", "--to", bob, "--amount", "0.25")
	if !strings.Contains(out, "transferred 0.25 ETH to "+common.HexToAddress(bob).Hex()+" in L2 block") {
		t.Fatalf("transfer printed:\n%s", out)
	}
	out = cmd("balance", "--address", bob)
	if !strings.Contains(out, "L2 0.25 ETH (verified") {
		t.Fatalf("balance printed:\n%s", out)
	}
	out = cmd("withdraw", "--dev-account", "2", "--amount", "1")
	m := regexp.MustCompile(`viaduct finalize --tx (0x[0-9a-f]{64}) --dev-account 2`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("withdraw printed no finalize command:\n%s", out)
	}
	out = cmd("finalize", "--dev-account", "3", "--tx", m[1], "--timeout", "40s")
	if !strings.Contains(out, "paid 1 ETH on L1") {
		t.Fatalf("finalize printed:\n%s", out)
	}
	out = h.mustRun("status", rpcs[2], rpcs[3])
	if !strings.Contains(out, "L2 chain 13370") || !strings.Contains(out, "safe ") {
		t.Fatalf("status printed:\n%s", out)
	}
	// A bad amount is refused with a message that names the flag.
	if _, err := run(append([]string{"transfer", "--dev-account", "2", "--to", bob, "--amount", "-1"}, rpcs...)...); err == nil || !strings.Contains(err.Error(), "--amount") {
		t.Fatalf("negative amount: %v", err)
	}
}
