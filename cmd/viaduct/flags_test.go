package main

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"
)

// TestParseAmount: one parser for every --amount. A channel amount counts
// wei without a unit; a wallet amount counts ether, or whole tokens of the
// token's decimals (and then takes no unit). Both keep the syntaxes they
// accepted.
func TestParseAmount(t *testing.T) {
	cases := []struct {
		in    string
		bare  int
		units bool
		want  string // decimal base units, or "" for an error
	}{
		// Channel amounts: wei unless a unit follows.
		{"0", 0, true, "0"},
		{"123", 0, true, "123"},
		{"123wei", 0, true, "123"},
		{"1gwei", 0, true, "1000000000"},
		{"1.5gwei", 0, true, "1500000000"},
		{"0.000000001gwei", 0, true, "1"},
		{"0.0000000001gwei", 0, true, ""},
		{"1ether", 0, true, "1000000000000000000"},
		{"1.25 ETH", 0, true, "1250000000000000000"},
		{".5ether", 0, true, "500000000000000000"},
		{"2.ether", 0, true, "2000000000000000000"},
		{"1.0wei", 0, true, "1"},
		{"1.5wei", 0, true, ""},
		{"1.5", 0, true, ""},
		{"-1", 0, true, ""},
		{"1e18", 0, true, ""},
		{"", 0, true, ""},
		{".", 0, true, ""},
		{"ether", 0, true, ""},
		{"0x10", 0, true, ""},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639936", 0, true, ""},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639935", 0, true, "115792089237316195423570985008687907853269984665640564039457584007913129639935"},
		// Wallet amounts of ETH: ether without a unit.
		{"2.5", 18, true, "2500000000000000000"},
		{"0.25", 18, true, "250000000000000000"},
		{"1", 18, true, "1000000000000000000"},
		{"20gwei", 18, true, "20000000000"},
		{"1000wei", 18, true, "1000"},
		{"0.0000000000000000001", 18, true, ""},
		{"-1", 18, true, ""},
		// Wallet amounts of a token with 6 decimals: whole tokens, no unit.
		{"100", 6, false, "100000000"},
		{"1.5", 6, false, "1500000"},
		{"0.0000001", 6, false, ""},
		{"1ether", 6, false, ""},
		{"5wei", 6, false, ""},
	}
	for _, c := range cases {
		got, err := parseAmount(c.in, c.bare, c.units)
		if c.want == "" {
			if !errors.Is(err, errBadAmount) {
				t.Errorf("parseAmount(%q, %d, %v) = %v, %v; want errBadAmount", c.in, c.bare, c.units, got, err)
			}
			continue
		}
		if err != nil || got.String() != c.want {
			t.Errorf("parseAmount(%q, %d, %v) = %v, %v; want %s", c.in, c.bare, c.units, got, err, c.want)
		}
	}
}

func TestFormatWei(t *testing.T) {
	for in, want := range map[uint64]string{0: "0 ETH", 1: "0.000000000000000001 ETH", 1.5e18: "1.5 ETH", 2e18: "2 ETH"} {
		if got := formatWei(uint256.NewInt(in)); got != want {
			t.Errorf("formatWei(%d) = %q, want %q", in, got, want)
		}
	}
}

// FuzzParseAmount: the amount parser never panics, and what it accepts
// prints back, in base units, to the same number.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1", "1.5gwei", "0.25ether", "..", "1e3", "  7 wei ", "2.5"} {
		f.Add(s, uint8(18), true)
	}
	f.Fuzz(func(t *testing.T, s string, bare uint8, units bool) {
		dec := int(bare % 78)
		v, err := parseAmount(s, dec, units)
		if err != nil {
			return
		}
		again, err := parseAmount(v.String(), 0, false)
		if err != nil || again.Cmp(v) != 0 {
			t.Fatalf("%q parsed to %s, which re-parses to %v, %v", s, v, again, err)
		}
	})
}

// TestOneFlagSetForKeysAndEndpoints: every command that takes a key, an L1
// or an L2 endpoint takes the very same flag (one name, one environment
// variable, one meaning), the channel commands included, and --l1, the
// channel commands' former name for the L1 endpoint, still works.
func TestOneFlagSetForKeysAndEndpoints(t *testing.T) {
	shared := map[string]cli.Flag{}
	for _, f := range []cli.Flag{keyFlag, keyFileFlag, devAccountFlag, l1RPCFlag, l2RPCFlag} {
		for _, n := range f.Names() {
			shared[n] = f
		}
	}
	var walk func(path string, cmds []*cli.Command)
	seen := map[string]int{}
	walk = func(path string, cmds []*cli.Command) {
		for _, cmd := range cmds {
			p := path + " " + cmd.Name
			walk(p, cmd.Subcommands)
			for _, f := range cmd.Flags {
				for _, n := range f.Names() {
					want, ok := shared[n]
					if !ok {
						continue
					}
					if f != want {
						t.Errorf("%s: --%s is a flag of its own, not the shared one", p, n)
					}
					seen[n]++
				}
			}
		}
	}
	walk("viaduct", newApp().Commands)
	for _, n := range []string{"key", "key-file", "dev-account", "l1-rpc", "l2-rpc"} {
		if seen[n] < 3 {
			t.Errorf("--%s is used by %d commands; want the shared flag across commands", n, seen[n])
		}
	}
	if !slices.Contains(l1RPCFlag.Names(), "l1") {
		t.Error("--l1 is no longer accepted for the L1 endpoint")
	}
	got, err := interspersed(newApp(), []string{"viaduct", "channel", "tower", "--l1", "http://127.0.0.1:1", "--dev-account", "3"})
	if err != nil || !slices.Contains(got, "--l1") {
		t.Fatalf("channel tower --l1: %q, %v", got, err)
	}
	help := strings.Builder{}
	app := newApp()
	app.Writer = &help
	if err := run(app, []string{"viaduct", "deposit", "--help"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"--amount", "1.5ether", "whole tokens", "--l1-rpc value, --l1 value", "VIADUCT_KEY"} {
		if !strings.Contains(help.String(), want) {
			t.Errorf("deposit --help lacks %q:\n%s", want, help.String())
		}
	}
}
