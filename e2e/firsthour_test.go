package e2e

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// firstHour runs scripts/first-hour.sh on readme with the viaduct binary,
// viaduct dev on free ports with a short challenge window, and the
// README's channel ports and directories moved to free ones: a run beside
// another (or beside a viaduct dev on the default ports) meets nothing.
func firstHour(t *testing.T, readme string) (string, error) {
	t.Helper()
	if binary == "" {
		t.Skip("whole-system test: needs the viaduct binary, not built in -short mode")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("scripts/first-hour.sh needs bash")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bash, filepath.Join("..", "scripts", "first-hour.sh"), readme)
	cmd.Env = append(os.Environ(),
		"VIADUCT_BIN="+binary,
		fmt.Sprintf("VIADUCT_DEV_L1_PORT=%d", freePort(t)), fmt.Sprintf("VIADUCT_DEV_PORT=%d", freePort(t)),
		fmt.Sprintf("VIADUCT_DEV_VERIFIER_PORT=%d", freePort(t)), "VIADUCT_DEV_DATADIR="+filepath.Join(dir, "dev"),
		"VIADUCT_DEV_CHALLENGE_WINDOW=10s",
		fmt.Sprintf("FIRST_HOUR_SUBST=127.0.0.1:7601=127.0.0.1:%d 127.0.0.1:7602=127.0.0.1:%d /tmp/viaduct-alice=%s /tmp/viaduct-bob=%s",
			freePort(t), freePort(t), filepath.Join(dir, "alice"), filepath.Join(dir, "bob")),
		"TMPDIR="+dir,
	)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err = cmd.Run()
	return out.String(), err
}

// TestFirstHour walks README.md's first hour as written, on a fresh
// `viaduct dev`: the test token's deposit, transfers, a withdrawal and its
// finalization by the transaction hash withdraw printed, the light client,
// and a channel opened, paid and closed on the same devnet; every output
// line the README shows is checked (scripts/first-hour.sh).
func TestFirstHour(t *testing.T) {
	out, err := firstHour(t, filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatalf("scripts/first-hour.sh: %v\n%s", err, out)
	}
	if !strings.Contains(out, "first hour: all ") || !strings.Contains(out, "$ viaduct channel close") || !strings.Contains(out, "$ viaduct finalize --tx 0x") {
		t.Fatalf("scripts/first-hour.sh did not walk the whole section:\n%s", out)
	}
}

// TestFirstHourScriptChecksWhatItShows: the script fails on an output
// line the command does not print and on a failing command, and passes
// when the lines are right, so that TestFirstHour proves what it says.
func TestFirstHourScriptChecksWhatItShows(t *testing.T) {
	for _, tc := range []struct {
		block string
		ok    bool
		say   string
	}{
		{"viaduct --version\n# viaduct 0.…(spec v…", true, "all 1 commands ran"},
		{"viaduct --version\n# viaduct 9.9 (spec v…", false, `the output lacks "viaduct 9.9 (spec v…"`},
		{"viaduct transfer --amount 1", false, "viaduct transfer --amount 1 exited with"},
		{"echo one\nviaduct finalize --tx 0x…", false, `nothing printed so far matches "viaduct finalize --tx 0x…"`},
	} {
		readme := filepath.Join(t.TempDir(), "README.md")
		body := "# Test\n\n<!-- first-hour begin -->\n\n```sh\n" + tc.block + "\n```\n\n<!-- first-hour end -->\n"
		if err := os.WriteFile(readme, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := firstHour(t, readme)
		if (err == nil) != tc.ok || !strings.Contains(out, tc.say) {
			t.Errorf("%q: %v, want ok=%v saying %q:\n%s", tc.block, err, tc.ok, tc.say, out)
		}
	}
}
