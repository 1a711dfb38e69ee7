package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/viaduct-l2/viaduct/chainid"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/wire"
)

// TestDeployRefusesAChainIDValidElsewhere runs `viaduct deploy` against an
// L1 that answers only its chain id: an L2 chain id equal to the L1's (the
// default 13370 included, on an L1 that has it) or to a public chain's is
// refused with the chain named, and nothing but the chain id is asked of
// the L1 (no transaction is sent).
func TestDeployRefusesAChainIDValidElsewhere(t *testing.T) {
	for _, tc := range []struct {
		l1   uint64
		args []string
		want error
		name string
	}{
		{1, []string{"--l2-chain-id", "10"}, chainid.ErrPublicChain, "OP Mainnet"},
		{1337, []string{"--l2-chain-id", "8453"}, chainid.ErrPublicChain, "Base"},
		{11155111, []string{"--l2-chain-id", "1"}, chainid.ErrPublicChain, "Ethereum mainnet"},
		{1337, []string{"--l2-chain-id", "1337"}, chainid.ErrSameAsL1, "L1"},
		{13370, nil, chainid.ErrSameAsL1, "L1"},
	} {
		l1 := &fakeRPC{answers: func(method string, _ []json.RawMessage) (any, bool) {
			if method == "eth_chainId" {
				return fmt.Sprintf("0x%x", tc.l1), true
			}
			return nil, false
		}}
		srv := httptest.NewServer(l1)
		out := filepath.Join(t.TempDir(), "rollup.json")
		err := run(newApp(), append([]string{"viaduct", "deploy", "--dev-account", "4", "--l1-rpc", srv.URL, "--out", out}, tc.args...))
		srv.Close()
		if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.name) || !strings.Contains(err.Error(), "--l2-chain-id") {
			t.Errorf("L1 %d, %q: %v; want %v naming %q", tc.l1, tc.args, err, tc.want, tc.name)
		}
		for _, c := range l1.calls {
			if c.method != "eth_chainId" {
				t.Errorf("L1 %d, %q: the refused deploy called %s", tc.l1, tc.args, c.method)
			}
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("L1 %d, %q: a refused deploy wrote %s", tc.l1, tc.args, out)
		}
	}
	if err := run(newApp(), []string{"viaduct", "deploy", "--dev-account", "4", "--l1-rpc", "http://127.0.0.1:1", "--l2-chain-id", "0"}); err == nil || !strings.Contains(err.Error(), "--l2-chain-id") {
		t.Errorf("--l2-chain-id 0: %v", err)
	}
}

// TestDeployOnTheDevChainIDs deploys with viaduct dev's chain ids (L1 1337,
// L2 13370 by default) on the development L1, and with another id of its
// own, and reads the ids back from the configuration file.
func TestDeployOnTheDevChainIDs(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	l1, err := devl1.Start(devl1.Config{Port: port})
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	for _, tc := range []struct {
		args []string
		want uint64
	}{
		{nil, 13370},
		{[]string{"--l2-chain-id", "424242"}, 424242},
	} {
		out := filepath.Join(t.TempDir(), "rollup.json")
		app := newApp()
		app.Writer = &strings.Builder{}
		if err := run(app, append([]string{"viaduct", "deploy", "--dev-account", "4", "--l1-rpc", l1.URL, "--out", out}, tc.args...)); err != nil {
			t.Fatalf("%q: %v", tc.args, err)
		}
		raw, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		var info wire.RollupInfo
		if err := json.Unmarshal(raw, &info); err != nil {
			t.Fatal(err)
		}
		if info.L1ChainID != devl1.ChainID || info.L2ChainID != tc.want {
			t.Fatalf("%q: deployed for L1 %d, L2 %d; want %d, %d", tc.args, info.L1ChainID, info.L2ChainID, devl1.ChainID, tc.want)
		}
	}
}
