package e2e

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDevNamesATakenPort: `viaduct dev` on a port another program holds
// (8545 is where Anvil, Hardhat and geth run) exits with one line naming
// the port and the flag that changes it, no stack trace, and leaves no
// data directory behind; for each of its three ports.
func TestDevNamesATakenPort(t *testing.T) {
	if binary == "" {
		t.Skip("whole-system test: needs the viaduct binary, not built in -short mode")
	}
	for _, flag := range []string{"l1-port", "port", "verifier-port"} {
		t.Run(flag, func(t *testing.T) {
			held, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			defer held.Close()
			taken := held.Addr().(*net.TCPAddr).Port
			ports := map[string]int{"l1-port": freePort(t), "port": freePort(t), "verifier-port": freePort(t)}
			ports[flag] = taken
			dir := filepath.Join(t.TempDir(), "dev")
			args := []string{"dev", "--datadir", dir}
			for f, p := range ports {
				args = append(args, "--"+f, fmt.Sprint(p))
			}
			stdout, stderr, err := runAll(args...)
			if err == nil {
				t.Fatalf("viaduct dev started on a taken --%s:\n%s", flag, stdout)
			}
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			want := fmt.Sprintf("port %d is in use by another program; choose another with --%s", taken, flag)
			if len(lines) != 1 || !strings.Contains(lines[0], want) {
				t.Fatalf("stderr is not the one line %q:\n%s", want, stderr)
			}
			if _, err := os.Stat(dir); !os.IsNotExist(err) {
				t.Fatalf("the data directory %s was left behind (%v)", dir, err)
			}
		})
	}
}
