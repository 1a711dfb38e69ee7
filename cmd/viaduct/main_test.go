package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/internal/version"
)

func TestVersionCommandPrintsVersionAndSpec(t *testing.T) {
	app := newApp()
	var out bytes.Buffer
	app.Writer = &out
	if err := app.Run([]string{"viaduct", "version"}); err != nil {
		t.Fatalf("version: %v", err)
	}
	got := out.String()
	for _, want := range []string{"viaduct 0.", "spec v"} {
		if !strings.Contains(got, want) {
			t.Errorf("version output %q lacks %q", got, want)
		}
	}
}

func TestUnknownCommandFails(t *testing.T) {
	app := newApp()
	var out bytes.Buffer
	app.Writer, app.ErrWriter = &out, &out
	code := -1
	saved := cli.OsExiter
	cli.OsExiter = func(c int) { code = c }
	defer func() { cli.OsExiter = saved }()
	_ = app.Run([]string{"viaduct", "no-such-command"})
	if code != 2 {
		t.Fatalf("exit code = %d, want 2 (output %q)", code, out.String())
	}
	if !strings.Contains(out.String(), `unknown command "no-such-command"`) {
		t.Fatalf("output %q does not name the unknown command", out.String())
	}
}

// TestVersionFlagPrintsTheVersion: `viaduct --version` (and -v) print what
// `viaduct version` prints.
func TestVersionFlagPrintsTheVersion(t *testing.T) {
	for _, args := range [][]string{{"viaduct", "--version"}, {"viaduct", "-v"}, {"viaduct", "version"}} {
		app := newApp()
		var out bytes.Buffer
		app.Writer = &out
		if err := run(app, args); err != nil {
			t.Fatalf("%q: %v", args, err)
		}
		if got := strings.TrimSpace(out.String()); got != version.Info() {
			t.Errorf("%q printed %q, want %q", args, got, version.Info())
		}
	}
}

// TestUsageMistakesAreOneLine: a missing required flag and a flag the
// command does not have are one line that names the flag and points to
// --help; the help page itself is not printed.
func TestUsageMistakesAreOneLine(t *testing.T) {
	t.Setenv("VIADUCT_DEV_ACCOUNT", "")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"viaduct", "transfer", "--dev-account", "0"}, "'viaduct transfer' needs --amount and --to (see 'viaduct transfer --help')"},
		{[]string{"viaduct", "transfer", "--to", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"}, "'viaduct transfer' needs --amount (see 'viaduct transfer --help')"},
		{[]string{"viaduct", "channel", "pay", "--amount", "1"}, "'viaduct channel pay' needs --channel (see 'viaduct channel pay --help')"},
		{[]string{"viaduct", "node"}, "'viaduct node' needs --config (see 'viaduct node --help')"},
		{[]string{"viaduct", "transfer", "--amount", "1", "--bogus"}, "flag provided but not defined: -bogus (see 'viaduct transfer --help')"},
		{[]string{"viaduct", "channel", "status", "--nope"}, "flag provided but not defined: -nope (see 'viaduct channel status --help')"},
		{[]string{"viaduct", "--nope"}, "flag provided but not defined: -nope (see 'viaduct --help')"},
	} {
		app := newApp()
		var out, errOut bytes.Buffer
		app.Writer, app.ErrWriter = &out, &errOut
		err := run(app, tc.args)
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: %v; want one line saying %q", tc.args, err, tc.want)
		}
		if out.Len() != 0 || errOut.Len() != 0 {
			t.Errorf("%q printed more than the error:\n%s%s", tc.args, out.String(), errOut.String())
		}
	}
	// A required flag from the environment counts as given.
	t.Setenv("VIADUCT_CHANNEL_CHANNEL", "0x"+strings.Repeat("ab", 32))
	app := newApp()
	if err := missingFlags(app, []string{"viaduct", "channel", "pay", "--amount", "1"}); err != nil {
		t.Fatalf("--channel from VIADUCT_CHANNEL_CHANNEL: %v", err)
	}
}

// TestCompletionScripts: `viaduct completion bash|zsh|fish` print a
// script for that shell that asks viaduct for its words; bash reads the
// bash one without a syntax error.
func TestCompletionScripts(t *testing.T) {
	for shell, want := range map[string]string{"bash": "complete -o bashdefault -o default -F _viaduct_complete viaduct", "zsh": "#compdef viaduct", "fish": "complete -c viaduct"} {
		app := newApp()
		var out bytes.Buffer
		app.Writer = &out
		if err := run(app, []string{"viaduct", "completion", shell}); err != nil {
			t.Fatalf("completion %s: %v", shell, err)
		}
		if !strings.Contains(out.String(), want) {
			t.Errorf("completion %s lacks %q:\n%s", shell, want, out.String())
		}
		if shell == "bash" {
			if bash, err := exec.LookPath("bash"); err == nil {
				cmd := exec.Command(bash, "-n")
				cmd.Stdin = strings.NewReader(out.String())
				if b, err := cmd.CombinedOutput(); err != nil {
					t.Errorf("bash -n: %v\n%s", err, b)
				}
			}
		}
	}
	app := newApp()
	if err := run(app, []string{"viaduct", "completion", "tcsh"}); err == nil {
		t.Error("completion tcsh: no error")
	}
	// The words themselves: viaduct completes its own commands and flags.
	for _, tc := range [][3]string{{"", "withdrawals", "the commands"}, {"--t", "--tx", "finalize's flags"}, {"--j", "--json", "finalize's flags"}} {
		var out bytes.Buffer
		app = newApp()
		app.Writer = &out
		args := []string{"viaduct", "--generate-bash-completion"}
		if tc[0] != "" {
			args = []string{"viaduct", "finalize", tc[0], "--generate-bash-completion"}
		}
		// urfave/cli reads the word to complete from os.Args.
		saved := os.Args
		os.Args = args
		err := run(app, args)
		os.Args = saved
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), tc[1]) {
			t.Errorf("the completion words of %s lack %s:\n%s", tc[2], tc[1], out.String())
		}
	}
}

// TestEveryWalletCommandHasJSON: the wallet commands and status print
// their result as JSON with --json.
func TestEveryWalletCommandHasJSON(t *testing.T) {
	for _, cmd := range []*cli.Command{statusCommand, balanceCommand, depositCommand, transferCommand, withdrawCommand, finalizeCommand, withdrawalsCommand} {
		if lookup(cmd.Flags, "--json") == nil {
			t.Errorf("viaduct %s has no --json", cmd.Name)
		}
	}
}
