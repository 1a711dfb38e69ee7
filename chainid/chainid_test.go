package chainid

import (
	"errors"
	"strings"
	"testing"
)

// TestCheckL2RefusesIdsThatAreValidElsewhere is the rule: an L2 chain id
// equal to the L1's or to a well-known public chain's is refused with the
// chain's name; viaduct dev's own ids (L1 1337, L2 13370) and unlisted ids
// pass.
func TestCheckL2RefusesIdsThatAreValidElsewhere(t *testing.T) {
	for _, tc := range []struct {
		l2, l1 uint64
		want   error  // nil: accepted
		name   string // in the error
	}{
		{13370, 1337, nil, ""}, // viaduct dev
		{13370, 1, nil, ""},    // the dev L2's id on mainnet
		{13370, 11155111, nil, ""},
		{424242, 17000, nil, ""},
		{1337, 1337, ErrSameAsL1, "L1"},
		{13370, 13370, ErrSameAsL1, "L1"},
		{31337, 31337, ErrSameAsL1, "L1"},
		{1, 1337, ErrPublicChain, "Ethereum mainnet"},
		{11155111, 1337, ErrPublicChain, "Sepolia"},
		{17000, 1337, ErrPublicChain, "Holesky"},
		{560048, 1337, ErrPublicChain, "Hoodi"},
		{10, 1, ErrPublicChain, "OP Mainnet"},
		{8453, 1, ErrPublicChain, "Base"},
		{42161, 1, ErrPublicChain, "Arbitrum One"},
		{42170, 1, ErrPublicChain, "Arbitrum Nova"},
		{137, 1, ErrPublicChain, "Polygon PoS"},
		{56, 1, ErrPublicChain, "BNB Smart Chain"},
		{100, 1, ErrPublicChain, "Gnosis"},
		{324, 1, ErrPublicChain, "zkSync Era"},
		{59144, 1, ErrPublicChain, "Linea"},
		{534352, 1, ErrPublicChain, "Scroll"},
		{11155420, 11155111, ErrPublicChain, "OP Sepolia"},
		{84532, 11155111, ErrPublicChain, "Base Sepolia"},
		{421614, 11155111, ErrPublicChain, "Arbitrum Sepolia"},
		{43114, 1, ErrPublicChain, "Avalanche C-Chain"},
		{1, 1, ErrSameAsL1, "L1"}, // both: the L1 is named first
	} {
		err := CheckL2(tc.l2, tc.l1)
		if tc.want == nil {
			if err != nil {
				t.Errorf("CheckL2(%d, %d) = %v; want accepted", tc.l2, tc.l1, err)
			}
			continue
		}
		if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.name) {
			t.Errorf("CheckL2(%d, %d) = %v; want %v naming %q", tc.l2, tc.l1, err, tc.want, tc.name)
		}
	}
}

// TestPublicListsEachIdOnce: each id has one name, which Lookup finds, and
// viaduct dev's L2 id is not among them.
func TestPublicListsEachIdOnce(t *testing.T) {
	seen := map[uint64]string{}
	for _, c := range Public {
		if c.ID == 0 || c.Name == "" {
			t.Errorf("entry %+v", c)
		}
		if prev, ok := seen[c.ID]; ok {
			t.Errorf("chain id %d is both %s and %s", c.ID, prev, c.Name)
		}
		seen[c.ID] = c.Name
		if got, ok := Lookup(c.ID); !ok || got != c {
			t.Errorf("Lookup(%d) = %+v, %v", c.ID, got, ok)
		}
	}
	if _, ok := Lookup(13370); ok {
		t.Error("viaduct dev's L2 chain id is listed as a public chain's")
	}
}
