package channel

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

var testID = common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111")

func st(nonce uint64, depA, depB, balA, balB uint64) State {
	return State{ChannelID: testID, Nonce: nonce,
		DepositA: *uint256.NewInt(depA), DepositB: *uint256.NewInt(depB),
		BalanceA: *uint256.NewInt(balA), BalanceB: *uint256.NewInt(balB)}
}

func TestCheckProposalRules(t *testing.T) {
	latest := st(10, 100, 50, 80, 70) // A has 80, B has 70
	onL1 := Deposits{A: *uint256.NewInt(120), B: *uint256.NewInt(50)}
	other := st(11, 100, 50, 70, 80)
	other.ChannelID = common.Hash{2}
	cases := []struct {
		name    string
		me      Side
		highest uint64
		next    State
		want    error
	}{
		{"A pays B 10; B countersigns", SideB, 10, st(11, 100, 50, 70, 80), nil},
		{"B pays A 10; A countersigns", SideA, 10, st(11, 100, 50, 90, 60), nil},
		{"a zero payment changes nothing", SideB, 10, st(11, 100, 50, 80, 70), nil},
		{"nonce may skip a burned one", SideB, 12, st(13, 100, 50, 70, 80), nil},
		{"A acknowledges its own top-up and pays", SideB, 10, st(11, 120, 50, 90, 80), nil},
		{"A acknowledges B's top-up crediting B", SideB, 10, st(11, 100, 50, 80, 70), nil},
		{"another channel", SideB, 10, other, ErrWrongChannel},
		{"nonce reused", SideB, 10, st(10, 100, 50, 70, 80), ErrNonceNotFresh},
		{"nonce below one signed but not complete", SideB, 12, st(12, 100, 50, 70, 80), ErrNonceNotFresh},
		{"balances exceed deposits", SideB, 10, st(11, 100, 50, 80, 80), ErrBalancesDoNotSum},
		{"balances short of deposits", SideB, 10, st(11, 100, 50, 60, 80), ErrBalancesDoNotSum},
		{"deposit shrinks", SideB, 10, st(11, 90, 50, 60, 80), ErrDepositDecreased},
		{"deposit not on L1", SideB, 10, st(11, 130, 50, 100, 80), ErrDepositNotOnL1},
		{"B's deposit not on L1", SideA, 10, st(11, 100, 60, 90, 70), ErrDepositNotOnL1},
		{"payer takes from payee", SideB, 10, st(11, 100, 50, 90, 60), ErrTakesFromPayee},
		{"payee's top-up credited to payer", SideA, 10, st(11, 120, 50, 80, 90), ErrTakesFromPayee},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckProposal(&latest, tc.highest, &tc.next, tc.me, onL1)
			if tc.want == nil && err != nil {
				t.Fatalf("refused: %v", err)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestCheckProposalOverflowIsRefusedNotWrapped(t *testing.T) {
	max := new(uint256.Int).SetAllOne()
	latest := State{ChannelID: testID}
	next := State{ChannelID: testID, Nonce: 1, DepositA: *max, DepositB: *uint256.NewInt(1), BalanceB: *uint256.NewInt(0)}
	next.BalanceA = *uint256.NewInt(0) // max + 1 wraps to 0 == balances: must not pass
	err := CheckProposal(&latest, 0, &next, SideB, Deposits{A: *max, B: *max})
	if !errors.Is(err, ErrDepositOverflow) {
		t.Fatalf("got %v, want ErrDepositOverflow", err)
	}
}

func TestPayBuildsTheNextState(t *testing.T) {
	base := st(4, 100, 0, 100, 0)
	next, err := Pay(&base, 5, SideA, uint256.NewInt(30), Deposits{A: *uint256.NewInt(150)})
	if err != nil {
		t.Fatal(err)
	}
	if want := st(5, 150, 0, 120, 30); !next.Equal(&want) {
		t.Fatalf("got %v, want %v", &next, &want)
	}
	if err := CheckProposal(&base, 4, &next, SideB, Deposits{A: *uint256.NewInt(150)}); err != nil {
		t.Fatalf("the payee refuses what Pay builds: %v", err)
	}
	if _, err := Pay(&base, 5, SideB, uint256.NewInt(1), Deposits{A: *uint256.NewInt(100)}); !errors.Is(err, ErrNoFunds) {
		t.Fatalf("B paying with nothing: %v, want ErrNoFunds", err)
	}
	if _, err := Pay(&base, 5, SideA, uint256.NewInt(1), Deposits{}); !errors.Is(err, ErrDepositDecreased) {
		t.Fatalf("dropping a deposit: %v, want ErrDepositDecreased", err)
	}
	for _, zero := range []*uint256.Int{uint256.NewInt(0), nil} {
		if _, err := Pay(&base, 5, SideA, zero, Deposits{A: *uint256.NewInt(100)}); !errors.Is(err, ErrZeroAmount) {
			t.Fatalf("paying %v: %v, want ErrZeroAmount", zero, err)
		}
	}
}

func TestSignatureRoundTripAndRefusals(t *testing.T) {
	key := testKey(t, 1)
	d := Domain{ChainID: 1337, Contract: common.Address{9}}
	s := st(3, 10, 0, 4, 6)
	sig, err := s.Sign(key, d, StateTypeHash)
	if err != nil {
		t.Fatal(err)
	}
	me := addrOf(key)
	if err := s.Verify(d, StateTypeHash, sig, me); err != nil {
		t.Fatal(err)
	}
	for name, check := range map[string]func() error{
		"other type":     func() error { return s.Verify(d, FinalStateTypeHash, sig, me) },
		"other chain":    func() error { return s.Verify(Domain{ChainID: 1, Contract: d.Contract}, StateTypeHash, sig, me) },
		"other contract": func() error { return s.Verify(Domain{ChainID: 1337}, StateTypeHash, sig, me) },
		"other signer":   func() error { return s.Verify(d, StateTypeHash, sig, common.Address{1}) },
		"short":          func() error { return s.Verify(d, StateTypeHash, sig[:64], me) },
		"v = 0":          func() error { return s.Verify(d, StateTypeHash, append(append([]byte{}, sig[:64]...), 0), me) },
	} {
		if check() == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestSignedStateBinaryRoundTrip(t *testing.T) {
	key := testKey(t, 2)
	d := Domain{ChainID: 1337}
	s := st(7, 1, 2, 3, 0)
	sig, _ := s.Sign(key, d, StateTypeHash)
	for _, ss := range []SignedState{{State: s}, {State: s, SigA: sig}, {State: s, SigB: sig}, {State: s, SigA: sig, SigB: sig}} {
		b, err := ss.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got SignedState
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if !got.State.Equal(&ss.State) || string(got.SigA) != string(ss.SigA) || string(got.SigB) != string(ss.SigB) {
			t.Fatalf("round trip changed %+v into %+v", ss, got)
		}
	}
	var bad SignedState
	if err := bad.UnmarshalBinary(make([]byte, stateFixedLen+1)); !errors.Is(err, ErrEncoding) {
		t.Fatalf("truncated: %v", err)
	}
}
