package main

import (
	"bytes"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/channel"
)

// TestJSONAmountsAreDecimalStrings: no --json output carries an amount as
// a JSON number, which jq and JavaScript read as a double (wrong past 2^53
// wei), or as an array of 64-bit limbs: every field named for an amount is
// a string, and the channel types that carry uint256 amounts encode them
// as decimal strings by value, as printJSON is given them.
func TestJSONAmountsAreDecimalStrings(t *testing.T) {
	amount := regexp.MustCompile(`(?i)amount|balance|deposit|reward|burned|fee|bond|value`)
	var check func(path string, typ reflect.Type, seen map[reflect.Type]bool)
	check = func(path string, typ reflect.Type, seen map[reflect.Type]bool) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] {
			return
		}
		seen[typ] = true
		for i := range typ.NumField() {
			f := typ.Field(i)
			name := path + "." + f.Name
			ft := f.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			switch ft.Kind() {
			case reflect.Int, reflect.Int64, reflect.Uint, reflect.Uint64, reflect.Uint32, reflect.Float64, reflect.Array:
				if amount.MatchString(f.Name) && ft.String() != "common.Address" && ft.String() != "common.Hash" {
					t.Errorf("%s is a %s: an amount must be a decimal string", name, ft)
				}
			case reflect.Struct:
				check(name, ft, seen)
			}
		}
	}
	for _, v := range []any{depositJSON{}, transferJSON{}, withdrawJSON{}, withdrawalJSON{}, finalizeJSON{}, balanceJSON{}, statusJSON{}, lightJSON{}} {
		check(reflect.TypeOf(v).Name(), reflect.TypeOf(v), map[reflect.Type]bool{})
	}
	// The channel types hold uint256 amounts: encoded by value, as the
	// command prints them.
	big := uint256.MustFromDecimal("123456789012345678901234567890")
	ss := channel.SignedState{State: channel.State{DepositA: *big, BalanceA: *big}}
	for _, v := range []any{
		channel.ChannelStatus{MyBalance: *big, L1DepositA: *big, Latest: &ss},
		ss,
		channel.ForceCloseResult{State: &ss},
		channel.Info{Final: &ss},
	} {
		var out bytes.Buffer
		if err := printJSON(&out, v); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out.String(), "[") || !strings.Contains(out.String(), `"123456789012345678901234567890"`) {
			t.Errorf("%T prints as:\n%s", v, out.String())
		}
	}
}

// TestCountdownIsOneLine: a countdown on a pipe prints a line when what it
// waits for changes and then every countdownStep, not once a poll; the
// seconds left are in each line.
func TestCountdownIsOneLine(t *testing.T) {
	var out bytes.Buffer
	cd := newCountdown(&out)
	for left := 120 * time.Second; left >= 0; left -= 250 * time.Millisecond {
		cd.update("challenge window of batch 3", left)
	}
	cd.done()
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(lines) < 2 || len(lines) > 6 {
		t.Fatalf("%d lines for 481 polls of a two-minute wait:\n%s", len(lines), out.String())
	}
	if lines[0] != "  challenge window of batch 3: 2m0s left" || lines[len(lines)-1] != "  challenge window of batch 3: over" {
		t.Fatalf("lines:\n%s", out.String())
	}
	out.Reset()
	cd.update("the first thing", time.Minute)
	cd.update("another thing", time.Minute)
	if n := strings.Count(out.String(), "\n"); n != 2 {
		t.Fatalf("a new thing to wait for is a new line: %q", out.String())
	}
}
