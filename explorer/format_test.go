package explorer

import (
	"math/big"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestUnitsAreExactWithTheirGrouping(t *testing.T) {
	for _, tc := range []struct {
		v    string
		dec  uint8
		want string
	}{
		{"0", 18, "0"},
		{"1", 18, "0.000000000000000001"},
		{"1500000000000000000", 18, "1.5"},
		{"2100000021000", 18, "0.000002100000021"},
		{"1234567000000000000000000", 18, "1,234,567"},
		{"1000", 0, "1,000"},
		{"999", 0, "999"},
		{"123456", 3, "123.456"},
		{"-1500", 3, "-1.5"},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639935", 18,
			"115,792,089,237,316,195,423,570,985,008,687,907,853,269,984,665,640,564,039,457.584007913129639935"},
	} {
		v, _ := new(big.Int).SetString(tc.v, 10)
		if got := units(v, tc.dec); got != tc.want {
			t.Errorf("units(%s, %d) = %q, want %q", tc.v, tc.dec, got, tc.want)
		}
	}
}

func TestAgesAndSpansReadAsEtherscansDo(t *testing.T) {
	now := time.Unix(1_000_000, 0)
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{0, "just now"},
		{-time.Minute, "just now"}, // a block stamped ahead of this clock
		{12 * time.Second, "12 s ago"},
		{5 * time.Minute, "5 min ago"},
		{5*time.Minute + 3*time.Second, "5 min 3 s ago"},
		{2*time.Hour + 10*time.Minute, "2 h 10 min ago"},
		{3 * time.Hour, "3 h ago"},
		{76 * time.Hour, "3 d 4 h ago"},
		{48 * time.Hour, "2 d ago"},
	} {
		if got := ago(now.Add(-tc.d), now); got != tc.want {
			t.Errorf("ago(%s) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestShortHexKeepsBothEnds(t *testing.T) {
	h := common.HexToHash("0x1234567890abcdef000000000000000000000000000000000000000000ff00aa").Hex()
	if got := shortHex(h); got != "0x123456…00aa" {
		t.Fatalf("shortHex = %q", got)
	}
	if got := shortHex("0x12"); got != "0x12" {
		t.Fatalf("shortHex of a short string = %q", got)
	}
}

// TestLabelDisarmsWhatATokenMayCallItself: markup is left to the templates'
// escaping, but control characters, bidirectional overrides (which make
// text read backwards), invisible format characters and invalid UTF-8
// never reach a page, and a long name is cut.
func TestLabelDisarmsWhatATokenMayCallItself(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"USDC", "USDC"},
		{"<script>alert(1)</script>", "<script>alert(1)</script>"},
		{"USD\u202eCDSU", "USD\ufffdCDSU"},
		{"a\u200bb", "a\ufffdb"},
		{"line\nbreak\x00", "line\ufffdbreak\ufffd"},
		{"bad\xffutf8", "bad\ufffdutf8"},
		{"\u2066isolate\u2069", "\ufffdisolate\ufffd"},
		{strings.Repeat("x", 100), strings.Repeat("x", maxLabel) + "…"},
	} {
		if got := label(tc.in); got != tc.want {
			t.Errorf("label(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFraudNamesAreTheVerifiers: the names the fraud page gives verdicts
// and rules are the FraudVerifier's enums, in order.
func TestFraudNamesAreTheVerifiers(t *testing.T) {
	src, err := os.ReadFile("../contracts/src/FraudVerifier.sol")
	if err != nil {
		t.Fatal(err)
	}
	for enum, names := range map[string][]string{"Fraud": fraudNames, "Rule": ruleNames} {
		m := regexp.MustCompile(`enum ` + enum + ` \{([^}]*)\}`).FindSubmatch(src)
		if m == nil {
			t.Fatalf("no enum %s in FraudVerifier.sol", enum)
		}
		var want []string
		for _, f := range strings.Split(string(m[1]), ",") {
			if f = strings.TrimSpace(f); f != "" {
				want = append(want, f)
			}
		}
		if strings.Join(want, ",") != strings.Join(names, ",") {
			t.Fatalf("enum %s is %v; the explorer names %v", enum, want, names)
		}
	}
	if fraudNames[fraudInvalidTx] != "InvalidTx" {
		t.Fatal("fraudInvalidTx is not InvalidTx")
	}
}

// TestParseQueryTellsWhatASearchMayMean is the search box's decoder.
func TestParseQueryTellsWhatASearchMayMean(t *testing.T) {
	h := "0x" + strings.Repeat("ab", 32)
	a := "0x" + strings.Repeat("cd", 20)
	for _, tc := range []struct {
		q    string
		want []queryKind
	}{
		{h, []queryKind{queryTx, queryBlockHash}},
		{"  " + strings.ToUpper(h[2:]), nil},
		{a, []queryKind{queryAddress}},
		{"12", []queryKind{queryBlock, queryBatch}},
		{"1,234", []queryKind{queryBlock, queryBatch}},
		{"#7", []queryKind{queryBlock, queryBatch}},
		{"batch 12", []queryKind{queryBatch}},
		{"Batch #3", []queryKind{queryBatch}},
		{"b12", []queryKind{queryBatch}},
		{"block 9", []queryKind{queryBlock}},
		{"", nil},
		{"0x123", nil},
		{"<script>", nil},
		{"-1", nil},
		{"18446744073709551616", nil},
	} {
		var got []queryKind
		for _, c := range parseQuery(tc.q) {
			got = append(got, c.kind)
		}
		if len(got) != len(tc.want) {
			t.Errorf("parseQuery(%q) = %v, want %v", tc.q, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("parseQuery(%q) = %v, want %v", tc.q, got, tc.want)
			}
		}
	}
}

// FuzzParseQuery: any search text parses without panicking, and what it
// finds is well formed (a hash or address read from exactly its digits).
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"12", "batch 3", "0x" + strings.Repeat("ab", 32), "0x" + strings.Repeat("cd", 20), "b", "block #", "\u202e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, c := range parseQuery(q) {
			switch c.kind {
			case queryTx, queryBlockHash:
				if !strings.EqualFold(strings.TrimSpace(q), c.hash.Hex()) {
					t.Fatalf("%q read as hash %s", q, c.hash.Hex())
				}
			case queryAddress:
				if !strings.EqualFold(strings.TrimSpace(q), c.addr.Hex()) {
					t.Fatalf("%q read as address %s", q, c.addr.Hex())
				}
			}
		}
	})
}

// FuzzLabel: whatever a token calls itself, its label is valid UTF-8 with
// no control or bidirectional formatting character, and short.
func FuzzLabel(f *testing.F) {
	for _, s := range []string{"USDC", "<b>", "a\u202eb", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l := label(s)
		if !isValidUTF8(l) {
			t.Fatalf("label(%q) = %q is not UTF-8", s, l)
		}
		n := 0
		for _, r := range l {
			n++
			if r < 0x20 || r == 0x7f || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f {
				t.Fatalf("label(%q) = %q keeps %U", s, l, r)
			}
		}
		if n > maxLabel+1 {
			t.Fatalf("label(%q) has %d characters", s, n)
		}
	})
}

func isValidUTF8(s string) bool { return strings.ToValidUTF8(s, "") == s }
