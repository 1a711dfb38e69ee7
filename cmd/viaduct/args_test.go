package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
)

// TestInterspersedPutsFlagsBeforeArguments is the reordering rule: the
// flags of the command named, wherever they are written, come first with
// their values, then "--" and the positional arguments in their order.
func TestInterspersedPutsFlagsBeforeArguments(t *testing.T) {
	const a = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
	lb := []string{"viaduct", "light", "balance"}
	for _, tc := range []struct {
		name string
		in   []string
		want []string // nil: unchanged
	}{
		{"flags before", []string{"--rollup", "R", "--json", a}, []string{"--rollup", "R", "--json", "--", a}},
		{"flags after", []string{a, "--rollup", "R", "--json"}, []string{"--rollup", "R", "--json", "--", a}},
		{"flags on both sides", []string{"--rollup", "R", a, "--json", "--finality", "final"}, []string{"--rollup", "R", "--json", "--finality", "final", "--", a}},
		{"value after =", []string{a, "--rollup=R", "-finality=settled"}, []string{"--rollup=R", "-finality=settled", "--", a}},
		{"single dash", []string{a, "-rollup", "R"}, []string{"-rollup", "R", "--", a}},
		{"a value that looks like a flag", []string{a, "--token", "-x"}, []string{"--token", "-x", "--", a}},
		{"repeated flag", []string{"--token", "T1", a, "--token", "T2"}, []string{"--token", "T1", "--token", "T2", "--", a}},
		{"the user's --", []string{"--json", "--", "-odd", "--rollup"}, []string{"--json", "--", "-odd", "--rollup"}},
		{"unknown flag stays a flag, no value taken", []string{a, "--nope", "x"}, []string{"--nope", "--", a, "x"}},
		{"flag value missing", []string{a, "--rollup"}, []string{"--rollup", "--", a}},
		{"two arguments, flags between", []string{a, "--json", a}, []string{"--json", "--", a, a}},
		{"lone dash is an argument", []string{"-", "--json"}, []string{"--json", "--", "-"}},
		{"no arguments", []string{"--json"}, []string{"--json"}},
		{"shell completion", []string{a, "--json", "--generate-bash-completion"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := append(slices.Clone(lb), tc.in...)
			got, err := interspersed(newApp(), in)
			if err != nil {
				t.Fatal(err)
			}
			want := in
			if tc.want != nil {
				want = append(slices.Clone(lb), tc.want...)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("interspersed(%q)\n = %q\nwant %q", in, got, want)
			}
		})
	}
	// A command that takes no arguments refuses a stray one, unless the
	// parser will refuse an unknown flag first or the user asked for help.
	for _, tc := range []struct {
		in   []string
		want []string // nil: refused
	}{
		{[]string{"viaduct", "balance", "x", "--nope"}, []string{"viaduct", "balance", "--nope", "--", "x"}},
		{[]string{"viaduct", "deploy", "--nope", "10"}, []string{"viaduct", "deploy", "--nope", "--", "10"}},
		{[]string{"viaduct", "balance", "x", "-h"}, []string{"viaduct", "balance", "-h", "--", "x"}},
		{[]string{"viaduct", "balance", "help"}, []string{"viaduct", "balance", "--", "help"}},
		{[]string{"viaduct", "balance", "x", "--finality", "final"}, nil},
		{[]string{"viaduct", "balance", "--address", "A", "x"}, nil},
	} {
		got, err := interspersed(newApp(), tc.in)
		if tc.want == nil {
			if err == nil || !strings.Contains(err.Error(), `unexpected argument "x"`) {
				t.Errorf("interspersed(%q) = %q, %v; want the argument refused", tc.in, got, err)
			}
		} else if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("interspersed(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, in := range [][]string{
		{"viaduct"},
		{"viaduct", "help", "light"},
		{"viaduct", "light"},
		{"viaduct", "light", "nosuch", "--json"},
		{"viaduct", "nosuch", "x", "--json"},
	} {
		if got, err := interspersed(newApp(), in); err != nil || !slices.Equal(got, in) {
			t.Errorf("interspersed(%q) = %q, %v; want it unchanged", in, got, err)
		}
	}
}

// TestEveryCommandTakesEachFlagAfterAnArgument walks every command of the
// binary: each of its flags written after a positional argument is moved
// before it with its value, and a command without positional arguments
// refuses one wherever it is written instead of ignoring it (and the flags
// after it, as urfave/cli alone would).
func TestEveryCommandTakesEachFlagAfterAnArgument(t *testing.T) {
	var walk func(path []string, cmds []*cli.Command)
	leaves := 0
	walk = func(path []string, cmds []*cli.Command) {
		for _, cmd := range cmds {
			p := append(slices.Clone(path), cmd.Name)
			if hasSubcommands(cmd) {
				walk(p, cmd.Subcommands)
				continue
			}
			leaves++
			takesArgs := strings.TrimSpace(cmd.ArgsUsage) != ""
			for _, f := range cmd.Flags {
				flag := []string{"--" + f.Names()[0]}
				if takesValue(cmd.Flags, flag[0]) {
					flag = append(flag, "V")
				}
				for _, in := range [][]string{
					append(append(slices.Clone(p), "ARG"), flag...),
					append(append(slices.Clone(p), flag...), "ARG"),
				} {
					got, err := interspersed(newApp(), in)
					if !takesArgs {
						if err == nil || !strings.Contains(err.Error(), `unexpected argument "ARG"`) || !strings.Contains(err.Error(), "takes flags only") {
							t.Errorf("%q: %q, %v; want the argument refused", in, got, err)
						}
						continue
					}
					want := append(append(append(slices.Clone(p), flag...), "--"), "ARG")
					if err != nil || !slices.Equal(got, want) {
						t.Errorf("%q: %q, %v; want %q", in, got, err, want)
					}
				}
				if !takesArgs {
					in := append(slices.Clone(p), flag...)
					if got, err := interspersed(newApp(), in); err != nil || !slices.Equal(got, in) {
						t.Errorf("%q: %q, %v; want it unchanged", in, got, err)
					}
				}
			}
		}
	}
	walk([]string{"viaduct"}, newApp().Commands)
	if leaves < 20 {
		t.Fatalf("walked %d commands: the command tree is not what this test expects", leaves)
	}
}

// fakeRPC is a JSON-RPC endpoint answering from a table; it records every
// call and fails the ones it has no answer for.
type fakeRPC struct {
	mu      sync.Mutex
	calls   []fakeCall
	answers func(method string, params []json.RawMessage) (any, bool)
}

type fakeCall struct {
	method string
	params []json.RawMessage
}

func (f *fakeRPC) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.calls = append(f.calls, fakeCall{req.Method, req.Params})
	f.mu.Unlock()
	resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
	if res, ok := f.answers(req.Method, req.Params); ok {
		resp["result"] = res
	} else {
		resp["error"] = map[string]any{"code": -32000, "message": "fake: no answer for " + req.Method}
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

func (f *fakeRPC) called(method string) []fakeCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []fakeCall
	for _, c := range f.calls {
		if c.method == method {
			out = append(out, c)
		}
	}
	return out
}

// TestLightBalanceHonoursFlagsInEveryPosition runs `viaduct light balance`
// and `viaduct balance` with --rollup, --finality and the other flags
// before, after and on both sides of ADDRESS, against an L1 and an L2 that
// answer only as far as the Rollup's chain id: whatever the order, the L1
// is asked about the pinned Rollup (never the one the L2 node names) and
// for the block of the finality level given. A flag dropped anywhere would
// show as a call to the node's Rollup or for L1's latest block.
func TestLightBalanceHonoursFlagsInEveryPosition(t *testing.T) {
	pinned := common.HexToAddress("0x00000000000000000000000000000000000f1a90")
	nodes := common.HexToAddress("0x0000000000000000000000000000000000000bad")
	chainIDSel := hexutil.Encode(bindings.NewRollup().PackL2ChainId())
	l1 := &fakeRPC{answers: func(method string, params []json.RawMessage) (any, bool) {
		switch method {
		case "eth_chainId":
			return "0x539", true
		case "eth_getCode":
			return "0xfe", true
		case "eth_call":
			var msg struct {
				To    common.Address `json:"to"`
				Input string         `json:"input"`
				Data  string         `json:"data"`
			}
			if json.Unmarshal(params[0], &msg) == nil && (msg.Input == chainIDSel || msg.Data == chainIDSel) {
				return hexutil.Encode(common.LeftPadBytes([]byte{0x34, 0x3a}, 32)), true // 13370
			}
		}
		return nil, false // stops the query at L1's header
	}}
	l2 := &fakeRPC{answers: func(method string, _ []json.RawMessage) (any, bool) {
		switch method {
		case "eth_chainId":
			return "0x343a", true
		case "eth_blockNumber":
			return "0x5", true
		case "viaduct_rollupConfig":
			return map[string]any{"rollup": nodes, "l1ChainId": 1337, "l2ChainId": 13370, "l2BaseFee": "1"}, true
		}
		return nil, false
	}}
	l1srv, l2srv := httptest.NewServer(l1), httptest.NewServer(l2)
	defer l1srv.Close()
	defer l2srv.Close()

	const who = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
	rollup, final := []string{"--rollup", pinned.Hex()}, []string{"--finality", "final"}
	rest := []string{"--wait", "1s", "--l1-rpc", l1srv.URL, "--l2-rpc", l2srv.URL}
	cat := func(parts ...[]string) []string { return slices.Concat(parts...) }
	addr := []string{who}
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"light balance, flags before", cat([]string{"light", "balance"}, rollup, final, []string{"--json"}, rest, addr)},
		{"light balance, flags after", cat([]string{"light", "balance"}, addr, rollup, final, []string{"--json"}, rest)},
		{"light balance, --rollup before, --finality after", cat([]string{"light", "balance"}, rollup, addr, []string{"--json"}, final, rest)},
		{"light balance, --finality before, --rollup after", cat([]string{"light", "balance"}, final, rest, addr, rollup, []string{"--json"})},
		{"light balance, = values on both sides", cat([]string{"light", "balance", "--rollup=" + pinned.Hex()}, addr, []string{"--finality=final"}, rest)},
		{"light balance, the user's --", cat([]string{"light", "balance"}, rollup, final, rest, []string{"--"}, addr)},
		{"balance, --address first", cat([]string{"balance", "--address", who}, rollup, final, rest)},
		{"balance, --address between", cat([]string{"balance"}, rollup, []string{"--address", who}, final, rest)},
		{"balance, --address last", cat([]string{"balance"}, final, rest, rollup, []string{"--address", who})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l1.mu.Lock()
			l1.calls = nil
			l1.mu.Unlock()
			l2.mu.Lock()
			l2.calls = nil
			l2.mu.Unlock()
			app := newApp()
			var out, errOut bytes.Buffer
			app.Writer, app.ErrWriter = &out, &errOut
			err := run(app, append([]string{"viaduct"}, tc.args...))
			if err == nil {
				t.Fatalf("the fake L1 answers no header, yet the command succeeded: %s", out.String())
			}
			calls := l1.called("eth_call")
			if len(calls) == 0 {
				t.Fatalf("no Rollup read on L1 (%v); stderr %q", err, errOut.String())
			}
			for _, c := range calls {
				if !bytes.Contains(bytes.ToLower(c.params[0]), bytes.ToLower([]byte(pinned.Hex()))) {
					t.Fatalf("L1 read %s, not the pinned Rollup %s", c.params[0], pinned)
				}
			}
			if strings.Contains(errOut.String(), "as the L2 node names it") {
				t.Fatalf("--rollup was dropped: %q", errOut.String())
			}
			if tc.args[0] == "light" && len(l2.called("viaduct_rollupConfig")) != 0 {
				t.Fatal("the light client asked the L2 node for the Rollup although --rollup was given")
			}
			heads := l1.called("eth_getBlockByNumber")
			if len(heads) == 0 || string(heads[0].params[0]) != `"finalized"` {
				t.Fatalf("L1 blocks read: %v (want L1's finalized block for --finality final); error %v", heads, err)
			}
		})
	}
}

// TestLightBalanceNamesABadAddress: an argument that is not an address (a
// wrong length, no 0x digits) is reported as such; a wrong number of
// arguments as that; a stray argument of a command that takes none is
// refused, not ignored with the flags after it.
func TestLightBalanceNamesABadAddress(t *testing.T) {
	const who = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"light", "balance", "0x1234"}, `ADDRESS 0x1234: not an address: 4 hex digits, an address has 40`},
		{[]string{"light", "balance", "--json", who + "00"}, `ADDRESS ` + who + `00: not an address: 42 hex digits, an address has 40`},
		{[]string{"light", "balance", "0x1234", who}, `ADDRESS 0x1234: not an address: 4 hex digits`},
		{[]string{"light", "balance", "bob", "--json"}, `ADDRESS bob: not an address`},
		{[]string{"light", "balance", strings.Replace(who, "C5", "c5", 1)}, `wrong EIP-55 checksum`},
		{[]string{"light", "balance", "--json"}, "give the ADDRESS to check"},
		{[]string{"light", "balance", who, "--json", who}, "want one ADDRESS argument, got 2"},
		{[]string{"light", "balance", who, "--rollup", "0xWRONG"}, `--rollup 0xWRONG: not an address`},
		{[]string{"light", "balance", "--rollup", "0xWRONG", who, "--json"}, `--rollup 0xWRONG: not an address`},
		{[]string{"light", "balance", who, "--finality", "soon"}, `--finality: finality "soon"`},
		{[]string{"light", "balance", "--finality", "soon", who, "--json"}, `--finality: finality "soon"`},
		{[]string{"light", "balance", who, "--nope"}, "flag provided but not defined: -nope"},
		{[]string{"balance", who, "--rollup", "0xWRONG"}, `unexpected argument "` + who + `": 'viaduct balance' takes flags only`},
		{[]string{"balance", "--finality", "final", who}, `unexpected argument "` + who + `"`},
	} {
		app := newApp()
		var out bytes.Buffer
		app.Writer, app.ErrWriter = &out, &out
		err := run(app, append([]string{"viaduct"}, append(tc.args, "--l1-rpc", "http://127.0.0.1:1", "--l2-rpc", "http://127.0.0.1:1")...))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: %v; want an error containing %q", tc.args, err, tc.want)
		}
		if errors.Is(err, errNoAddress) != strings.Contains(tc.want, "not an address") {
			t.Errorf("%q: %v: errors.Is(errNoAddress) is %v", tc.args, err, errors.Is(err, errNoAddress))
		}
	}
}
