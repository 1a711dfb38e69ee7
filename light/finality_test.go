package light

import "testing"

// TestParseFinalityTakesTheThreeLevelsOnly checks the names the CLI takes
// and that they order from weakest to strongest.
func TestParseFinalityTakesTheThreeLevelsOnly(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Finality
		ok   bool
	}{
		{"posted", Posted, true},
		{"final", Final, true},
		{"settled", Settled, true},
		{"finalized", 0, false},
		{"Posted", 0, false},
		{"", 0, false},
	} {
		got, err := ParseFinality(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseFinality(%q) = %v, %v; want %v (ok %v)", tc.in, got, err, tc.want, tc.ok)
		}
		if tc.ok && got.String() != tc.in {
			t.Errorf("%v.String() = %q", got, got.String())
		}
	}
	if !(Posted < Final && Final < Settled) {
		t.Fatal("finality levels are not ordered weakest first")
	}
}
