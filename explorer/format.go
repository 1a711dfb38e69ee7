package explorer

import (
	"fmt"
	"html/template"
	"math/big"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// What the pages show follows what Etherscan and Blockscout users know:
// hashes and addresses shortened in the middle with the whole value a click
// away (title, copy button, link), ages as "12 s ago", amounts in their
// token's units with the unit named.

// shortHex shortens a 0x-prefixed hex string to 0x + 6 … 4 characters.
func shortHex(s string) string {
	if len(s) <= 14 {
		return s
	}
	return s[:8] + "…" + s[len(s)-4:]
}

// ago writes how long before now t was, coarsely.
func ago(t, now time.Time) string {
	d := now.Sub(t)
	if d < time.Second {
		return "just now"
	}
	return span(d) + " ago"
}

// span writes a duration the way the pages count: "42 s", "5 min 3 s",
// "2 h 10 min", "3 d 4 h".
func span(d time.Duration) string {
	s := int64(d / time.Second)
	switch {
	case s < 60:
		return fmt.Sprintf("%d s", s)
	case s < 3600:
		if s%60 == 0 {
			return fmt.Sprintf("%d min", s/60)
		}
		return fmt.Sprintf("%d min %d s", s/60, s%60)
	case s < 86400:
		if m := s % 3600 / 60; m != 0 {
			return fmt.Sprintf("%d h %d min", s/3600, m)
		}
		return fmt.Sprintf("%d h", s/3600)
	}
	if h := s % 86400 / 3600; h != 0 {
		return fmt.Sprintf("%d d %d h", s/86400, h)
	}
	return fmt.Sprintf("%d d", s/86400)
}

// units writes v (in the token's smallest unit) as a decimal number of
// whole tokens with `decimals` places, exactly (no rounding: an explorer
// that rounds a balance misleads), trailing zeros dropped, and the whole
// part grouped by thousands.
func units(v *big.Int, decimals uint8) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	digits := new(big.Int).Abs(v).String()
	d := int(decimals)
	whole, frac := digits, ""
	if d > 0 {
		if len(digits) <= d {
			digits = strings.Repeat("0", d-len(digits)+1) + digits
		}
		whole, frac = digits[:len(digits)-d], strings.TrimRight(digits[len(digits)-d:], "0")
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// ether writes a wei amount in ETH.
func ether(v *big.Int) string { return units(v, 18) + " ETH" }

func u256(v *uint256.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v.ToBig()
}

// maxLabel bounds how much of an attacker-chosen name a page shows.
const maxLabel = 40

// label makes a string that came from outside (a token's name or symbol,
// read from its L1 contract by the Rollup) safe to show as a label: the
// templates escape HTML; this also replaces control and bidirectional
// formatting characters (which can make "0xabc" read as another address,
// or reverse a line) and invalid UTF-8 with U+FFFD, and shortens it.
func label(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	n := 0
	for i, r := range s {
		if n == maxLabel {
			b.WriteString("…")
			break
		}
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				r = unicode.ReplacementChar
			}
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || unicode.In(r, unicode.Cf) {
			r = unicode.ReplacementChar
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// funcs are the templates' helpers. Everything they return is text the
// templates escape: none returns template.HTML.
func funcs(now func() time.Time) template.FuncMap {
	return template.FuncMap{
		"short": shortHex,
		"hash":  func(h common.Hash) string { return h.Hex() },
		"addr":  func(a common.Address) string { return a.Hex() },
		"ago": func(unix uint64) string {
			if unix == 0 {
				return ""
			}
			return ago(time.Unix(int64(unix), 0), now())
		},
		"left": func(unix uint64) string {
			d := time.Unix(int64(unix), 0).Sub(now())
			if d <= 0 {
				return "over"
			}
			return span(d) + " left"
		},
		"utc": func(unix uint64) string {
			return time.Unix(int64(unix), 0).UTC().Format("2006-01-02 15:04:05 UTC")
		},
		"ether": ether,
		"num":   func(n uint64) string { return units(new(big.Int).SetUint64(n), 0) },
		"label": label,
		"plus":  func(a, b uint64) uint64 { return a + b },
		"prev": func(a uint64) uint64 {
			if a == 0 {
				return 0
			}
			return a - 1
		},
		"list1": func(v any) []any { return []any{v} },
	}
}
