package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
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
