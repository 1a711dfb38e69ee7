package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"
)

const deployedJSON = `{
  "rollup": "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  "deployBlock": 3, "l1ChainId": 1337, "l2ChainId": 901, "l2BaseFee": "1000000",
  "sequencer": "0x90F79bf6EB2c4f870365E785982E1f101E93b906", "challengeWindow": 60,
  "inclusionWindow": 120, "bond": "1000000000000000000",
  "bridge": "0x4200000000000000000000000000000000000010"`

// settings is what a run of the node command saw after readNodeFile.
type settings struct {
	role, datadir, l1, keyFile string
	confirmations              uint64
	blockTime                  time.Duration
	l2ChainID                  uint64
	maxUnposted                uint64
	cacheDepth                 int
	historyBlocks              uint64
	cors                       string // the --rpc-cors list, comma-joined
	da                         string
}

// runNodeFile runs a command with the node command's flags whose action
// only reads the configuration file, and reports what the flags hold then.
func runNodeFile(t *testing.T, file string, args ...string) (settings, error) {
	t.Helper()
	var got settings
	app := &cli.App{Name: "viaduct", Commands: []*cli.Command{{
		Name: "node", Flags: nodeCommand.Flags,
		Action: func(c *cli.Context) error {
			info, err := readNodeFile(c, c.String(configFileFlag.Name))
			if err != nil {
				return err
			}
			got = settings{
				role: c.String("role"), datadir: c.String("datadir"), l1: c.String("l1-rpc"),
				keyFile: c.String("key-file"), confirmations: c.Uint64("confirmations"),
				blockTime: c.Duration("block-time"), l2ChainID: info.L2ChainID,
				maxUnposted: c.Uint64("max-unposted"), cors: strings.Join(c.StringSlice("rpc-cors"), ","),
				cacheDepth: c.Int("state-cache-depth"), historyBlocks: c.Uint64("history-blocks"),
				da: c.String("da"),
			}
			return nil
		},
	}}}
	err := app.Run(append([]string{"viaduct", "node", "--config", file}, args...))
	return got, err
}

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "node.json")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestNodeFileSettingsAndPrecedence(t *testing.T) {
	file := writeFile(t, deployedJSON+`, "node": {"role": "verifier", "datadir": "/data/v", "l1-rpc": "ws://127.0.0.1:8546",
		"confirmations": 6, "block-time": "1s", "key-file": "/etc/viaduct/key", "max-unposted": 64, "state-cache-depth": 20, "history-blocks": 10000, "da": "blobs",
		"rpc-cors": ["http://wallet.example", "chrome-extension://nkbihfbeogaeaoehlefnkodbefgpgknn"]}}`)

	got, err := runNodeFile(t, file)
	if err != nil {
		t.Fatal(err)
	}
	want := settings{role: "verifier", datadir: "/data/v", l1: "ws://127.0.0.1:8546", keyFile: "/etc/viaduct/key",
		confirmations: 6, blockTime: time.Second, l2ChainID: 901, maxUnposted: 64, cacheDepth: 20, historyBlocks: 10000,
		cors: "http://wallet.example,chrome-extension://nkbihfbeogaeaoehlefnkodbefgpgknn", da: "blobs"}
	if got != want {
		t.Fatalf("from the file: got %+v, want %+v", got, want)
	}

	// A flag beats the file.
	got, err = runNodeFile(t, file, "--role", "sequencer", "--confirmations", "2")
	if err != nil {
		t.Fatal(err)
	}
	if got.role != "sequencer" || got.confirmations != 2 || got.datadir != "/data/v" {
		t.Fatalf("flags over the file: got %+v", got)
	}

	// So does the environment. urfave/cli copies an environment value into
	// the package-level flag, so put the flag back for the other tests.
	for _, f := range nodeCommand.Flags {
		if sf, ok := f.(*cli.StringFlag); ok && sf.Name == "datadir" {
			saved := *sf
			t.Cleanup(func() { *sf = saved })
		}
	}
	t.Setenv("VIADUCT_DATADIR", "/env/dir")
	got, err = runNodeFile(t, file)
	if err != nil {
		t.Fatal(err)
	}
	if got.datadir != "/env/dir" || got.role != "verifier" {
		t.Fatalf("environment over the file: got %+v", got)
	}
}

func TestNodeFileWithoutNodeSectionKeepsDefaults(t *testing.T) {
	got, err := runNodeFile(t, writeFile(t, deployedJSON+"}"))
	if err != nil {
		t.Fatal(err)
	}
	if got.role != "sequencer" || got.l1 != "http://127.0.0.1:8545" || got.blockTime != 250*time.Millisecond || got.l2ChainID != 901 || got.da != "auto" {
		t.Fatalf("defaults: got %+v", got)
	}
}

func TestNodeFileErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "absent.json")
	for _, tc := range []struct {
		name, body string
		path       string // instead of writing body
		want       string
		is         error
	}{
		{name: "no such file", path: missing, want: "--config: open " + missing},
		{name: "not JSON", body: "role = verifier", want: "not a rollup configuration"},
		{name: "not a deploy output", body: `{"node": {"role": "verifier"}}`, want: "the rollup, l1ChainId and l2ChainId fields must be set"},
		{name: "unknown setting", body: deployedJSON + `, "node": {"colour": "blue"}}`, want: "unknown setting node.colour (known: role, datadir"},
		{name: "raw key", body: deployedJSON + `, "node": {"key": "0x01"}}`, is: errRawKeyInFile},
		{name: "bad number", body: deployedJSON + `, "node": {"confirmations": "many"}}`, want: `node.confirmations: invalid value "many"`},
		{name: "negative number", body: deployedJSON + `, "node": {"confirmations": -1}}`, want: `node.confirmations: invalid value "-1"`},
		{name: "bad duration", body: deployedJSON + `, "node": {"block-time": "soon"}}`, want: `node.block-time: invalid value "soon"`},
		{name: "object value", body: deployedJSON + `, "node": {"role": {"a": 1}}}`, want: `node.role: want a string, a number or a list of strings`},
		{name: "list of numbers", body: deployedJSON + `, "node": {"rpc-cors": [1, 2]}}`, want: `node.rpc-cors: want a list of non-empty strings without commas`},
		{name: "list item with a comma", body: deployedJSON + `, "node": {"rpc-vhosts": ["a,b"]}}`, want: `node.rpc-vhosts: want a list of non-empty strings without commas`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := tc.path
			if path == "" {
				path = writeFile(t, tc.body)
			}
			_, err := runNodeFile(t, path)
			if err == nil {
				t.Fatal("no error")
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Fatalf("error %q is not %q", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

// TestNodeCommandValidatesBeforeDialling checks that settings that cannot
// work are refused with what to fix, before any L1 connection is tried.
func TestNodeCommandValidatesBeforeDialling(t *testing.T) {
	file := writeFile(t, deployedJSON+"}")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "give --datadir, VIADUCT_DATADIR or node.datadir"},
		{[]string{"--datadir", t.TempDir(), "--role", "watcher"}, `--role "watcher": want "sequencer" or "verifier"`},
		{[]string{"--datadir", t.TempDir(), "--block-time", "0s"}, "--block-time 0s: must be positive"},
		{[]string{"--datadir", t.TempDir(), "--log-level", "loud"}, "--log-level"},
		{[]string{"--datadir", t.TempDir(), "--challenge-tx-bytes", "0"}, "--challenge-tx-bytes 0: must be at least 1"},
		{[]string{"--datadir", t.TempDir(), "--state-cache-depth", "65"}, "--state-cache-depth 65: between 0 and 64"},
		{[]string{"--datadir", t.TempDir(), "--history-blocks", "0"}, "--history-blocks 0: keep at least one block"},
		{[]string{"--datadir", t.TempDir(), "--rpc-sync-timeout", "0s"}, "--rpc-sync-timeout 0s: must be positive"},
	} {
		app := newApp()
		err := app.Run(append([]string{"viaduct", "node", "--config", file, "--l1-rpc", "http://127.0.0.1:1"}, tc.args...))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want one containing %q", tc.args, err, tc.want)
		}
	}
}

func TestDeployRefusesBadWindows(t *testing.T) {
	for _, tc := range []struct{ flag, val, shown string }{
		{"--challenge-window", "500ms", "500ms"},
		{"--challenge-window", "1500ms", "1.5s"},
		{"--inclusion-window", "0s", "0s"},
	} {
		err := newApp().Run([]string{"viaduct", "deploy", "--dev-account", "4", "--l1-rpc", "http://127.0.0.1:1", tc.flag, tc.val})
		if err == nil || !strings.Contains(err.Error(), tc.flag+" "+tc.shown) || !strings.Contains(err.Error(), "whole number of seconds") {
			t.Errorf("%s %s: %v", tc.flag, tc.val, err)
		}
	}
}
