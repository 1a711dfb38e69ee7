package main

import (
	"errors"
	"testing"

	"github.com/holiman/uint256"
)

func TestParseAmount(t *testing.T) {
	cases := []struct {
		in   string
		want string // decimal wei, or "" for an error
	}{
		{"0", "0"},
		{"123", "123"},
		{"123wei", "123"},
		{"1gwei", "1000000000"},
		{"1.5gwei", "1500000000"},
		{"0.000000001gwei", "1"},
		{"0.0000000001gwei", ""},
		{"1ether", "1000000000000000000"},
		{"1.25 ETH", "1250000000000000000"},
		{".5ether", "500000000000000000"},
		{"2.ether", "2000000000000000000"},
		{"1.0wei", "1"},
		{"1.5wei", ""},
		{"-1", ""},
		{"1e18", ""},
		{"", ""},
		{".", ""},
		{"ether", ""},
		{"0x10", ""},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639936", ""},
	}
	for _, c := range cases {
		got, err := parseAmount(c.in)
		if c.want == "" {
			if !errors.Is(err, errBadAmount) {
				t.Errorf("parseAmount(%q) = %v, %v; want errBadAmount", c.in, got, err)
			}
			continue
		}
		if err != nil || got.Dec() != c.want {
			t.Errorf("parseAmount(%q) = %v, %v; want %s", c.in, got, err, c.want)
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

// FuzzParseAmount: the amount parser never panics, and what it accepts in
// wei prints back to the same number.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1", "1.5gwei", "0.25ether", "..", "1e3", "  7 wei "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseAmount(s)
		if err != nil {
			return
		}
		again, err := parseAmount(v.Dec())
		if err != nil || !again.Eq(v) {
			t.Fatalf("%q parsed to %s, which re-parses to %v, %v", s, v.Dec(), again, err)
		}
	})
}
