package main

import (
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// TestParseAmount: one parser for every --amount, wallet and channel
// commands alike: a bare number counts whole ETH, or whole tokens of the
// token's decimals; a unit may follow (ether, gwei, wei for ETH; the
// symbol for a token).
func TestParseAmount(t *testing.T) {
	usdc := asset{token: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), symbol: "USDC", decimals: 6}
	bare := asset{token: common.HexToAddress("0x1"), decimals: 0} // no symbol, no decimals
	cases := []struct {
		in   string
		a    asset
		want string // decimal base units, or "" for an error
	}{
		{"0", ethAsset, "0"},
		{"1", ethAsset, "1000000000000000000"},
		{"1.5", ethAsset, "1500000000000000000"},
		{"2.5", ethAsset, "2500000000000000000"},
		{"0.25", ethAsset, "250000000000000000"},
		{".5", ethAsset, "500000000000000000"},
		{"2.", ethAsset, "2000000000000000000"},
		{"123wei", ethAsset, "123"},
		{"1000wei", ethAsset, "1000"},
		{"1gwei", ethAsset, "1000000000"},
		{"20gwei", ethAsset, "20000000000"},
		{"1.5gwei", ethAsset, "1500000000"},
		{"0.000000001gwei", ethAsset, "1"},
		{"0.0000000001gwei", ethAsset, ""},
		{"1ether", ethAsset, "1000000000000000000"},
		{"1.25 ETH", ethAsset, "1250000000000000000"},
		{"1.5Ether", ethAsset, "1500000000000000000"},
		{"1.0wei", ethAsset, "1"},
		{"1.5wei", ethAsset, ""},
		{"0.0000000000000000001", ethAsset, ""},
		{"-1", ethAsset, ""},
		{"1e18", ethAsset, ""},
		{"", ethAsset, ""},
		{".", ethAsset, ""},
		{"1.2.3", ethAsset, ""},
		{"ether", ethAsset, ""},
		{"0x10", ethAsset, ""},
		{"1TST", ethAsset, ""},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639936wei", ethAsset, ""},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639935wei", ethAsset, "115792089237316195423570985008687907853269984665640564039457584007913129639935"},
		// A token with 6 decimals: whole tokens, or its symbol as the unit.
		{"100", usdc, "100000000"},
		{"1.5", usdc, "1500000"},
		{"12.5USDC", usdc, "12500000"},
		{"12.5 usdc", usdc, "12500000"},
		{"0.0000001", usdc, ""},
		{"1ether", usdc, ""},
		{"5wei", usdc, ""},
		// A token with neither symbol nor decimals: whole units only.
		{"7", bare, "7"},
		{"7.5", bare, ""},
	}
	for _, c := range cases {
		got, err := parseAmount(c.in, c.a)
		if c.want == "" {
			if !errors.Is(err, errBadAmount) {
				t.Errorf("parseAmount(%q, %s) = %v, %v; want errBadAmount", c.in, c.a.symbol, got, err)
			}
			continue
		}
		if err != nil || got.String() != c.want {
			t.Errorf("parseAmount(%q, %s) = %v, %v; want %s", c.in, c.a.symbol, got, err, c.want)
		}
	}
}

// TestAmountsPrintInUnitsWithTheSymbol: outputs are whole units with every
// significant decimal and the symbol, and parse back to the same amount.
func TestAmountsPrintInUnitsWithTheSymbol(t *testing.T) {
	tst := asset{token: common.HexToAddress("0x2"), symbol: "TST", decimals: 18}
	usdc := asset{token: common.HexToAddress("0x3"), symbol: "USDC", decimals: 6}
	nosym := asset{token: common.HexToAddress("0x4"), decimals: 2}
	cases := []struct {
		v    string
		a    asset
		want string
	}{
		{"0", ethAsset, "0 ETH"},
		{"1", ethAsset, "0.000000000000000001 ETH"},
		{"1500000000000000000", ethAsset, "1.5 ETH"},
		{"101500000000000000000", ethAsset, "101.5 ETH"},
		{"2000000000000000000", ethAsset, "2 ETH"},
		{"12500000000000000000", tst, "12.5 TST"},
		{"1234567", usdc, "1.234567 USDC"},
		{"1050", nosym, "10.5 of token 0x0000000000000000000000000000000000000004"},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639935", ethAsset, "115792089237316195423570985008687907853269984665640564039457.584007913129639935 ETH"},
	}
	for _, c := range cases {
		v, _ := new(big.Int).SetString(c.v, 10)
		got := c.a.format(v)
		if got != c.want {
			t.Errorf("format(%s %s) = %q, want %q", c.v, c.a.symbol, got, c.want)
		}
		if c.a.symbol == "" {
			continue
		}
		back, err := parseAmount(strings.TrimSuffix(got, " "+c.a.symbol), c.a)
		if err != nil || back.Cmp(v) != 0 {
			t.Errorf("%q parses back to %v, %v", got, back, err)
		}
	}
}

// FuzzParseAmount: the amount parser never panics, and what it accepts
// prints back in whole units to a string that parses to the same amount.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1", "1.5gwei", "0.25ether", "..", "1e3", "  7 wei ", "2.5", "3TST"} {
		f.Add(s, uint8(18), false)
	}
	f.Fuzz(func(t *testing.T, s string, dec uint8, token bool) {
		a := ethAsset
		if token {
			a = asset{token: common.HexToAddress("0x1"), symbol: "TST", decimals: dec % 78}
		}
		v, err := parseAmount(s, a)
		if err != nil {
			return
		}
		again, err := parseAmount(formatUnits(v, int(a.decimals)), a)
		if err != nil || again.Cmp(v) != 0 {
			t.Fatalf("%q parsed to %s, which prints as %q and parses to %v, %v", s, v, formatUnits(v, int(a.decimals)), again, err)
		}
	})
}

// TestParseAddress: an address is 0x and 40 hex digits, all lower case,
// all upper case, or with its EIP-55 checksum right; a wrong length is
// named as such.
func TestParseAddress(t *testing.T) {
	good := "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	for _, s := range []string{good, strings.ToLower(good), "0x" + strings.ToUpper(good[2:]), " " + good + " "} {
		if a, err := parseAddress(s); err != nil || a.Hex() != good {
			t.Errorf("parseAddress(%q) = %v, %v", s, a, err)
		}
	}
	// One letter's case flipped: the checksum is wrong.
	typo := strings.Replace(good, "Fd6e", "fd6e", 1)
	if _, err := parseAddress(typo); !errors.Is(err, errBadChecksum) {
		t.Errorf("parseAddress(%q) = %v, want errBadChecksum", typo, err)
	}
	for in, want := range map[string]string{
		good[:41]:  "39 hex digits",
		good + "0": "41 hex digits",
		"0x1234":   "4 hex digits",
		"f39Fd6e51aad88F6F4ce6aB8827279cffFb92266":   "want 0x",
		"0xg39Fd6e51aad88F6F4ce6aB8827279cffFb92266": "want 0x",
		"": "want 0x",
	} {
		_, err := parseAddress(in)
		if !errors.Is(err, errNoAddress) || !strings.Contains(err.Error(), want) {
			t.Errorf("parseAddress(%q) = %v, want errNoAddress saying %q", in, err, want)
		}
	}
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
	for _, want := range []string{"--amount", "1.5ether", "whole tokens", "12.5TST", "--l1-rpc value, --l1 value", "VIADUCT_KEY"} {
		if !strings.Contains(help.String(), want) {
			t.Errorf("deposit --help lacks %q:\n%s", want, help.String())
		}
	}
}
