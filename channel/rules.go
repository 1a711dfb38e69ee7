package channel

import (
	"errors"
	"fmt"

	"github.com/holiman/uint256"
)

// Side is a party's role in a channel: A opened it, B is the counterparty.
type Side uint8

const (
	SideA Side = iota
	SideB
)

// Other returns the other side.
func (s Side) Other() Side { return 1 - s }

func (s Side) String() string {
	if s == SideA {
		return "A"
	}
	return "B"
}

// Sentinel errors of the countersigning rules. Each is a reason a payee
// refuses a proposal; the protocol sends them to the payer as codes.
var (
	ErrWrongChannel     = errors.New("state is for another channel")
	ErrNonceNotFresh    = errors.New("nonce is not above every nonce already signed")
	ErrNotOnLatest      = errors.New("proposal does not build on the latest countersigned state")
	ErrDepositDecreased = errors.New("a deposit decreased")
	ErrDepositNotOnL1   = errors.New("state accounts for more than is deposited on L1")
	ErrTakesFromPayee   = errors.New("proposal takes from the payee")
	ErrNoFunds          = errors.New("insufficient channel balance")
)

// Deposits are the cumulative deposits of both parties.
type Deposits struct {
	A, B uint256.Int
}

// deposit returns side's value of a per-side pair.
func pick(s Side, a, b *uint256.Int) *uint256.Int {
	if s == SideA {
		return a
	}
	return b
}

// Balance returns side's balance in the state.
func (s *State) Balance(side Side) *uint256.Int { return pick(side, &s.BalanceA, &s.BalanceB) }

// Deposit returns side's deposit accounted for in the state.
func (s *State) Deposit(side Side) *uint256.Int { return pick(side, &s.DepositA, &s.DepositB) }

// CheckProposal decides whether `me` may countersign `next`. It is the whole
// of what protects a payee, so it is deliberately small:
//
//   - next is for this channel, and its balances sum to its deposits;
//   - next.Nonce is above every nonce `me` has signed (highest), so `me`
//     never signs two states with one nonce;
//   - deposits never decrease, and never exceed what L1 holds (onL1), so
//     the state is usable in the contract;
//   - measured against `latest` (the last state both signed), `me` loses
//     nothing: its balance grows at least by its own newly acknowledged
//     deposit. Everything else (amount, who pays) is the payer's business.
func CheckProposal(latest *State, highest uint64, next *State, me Side, onL1 Deposits) error {
	if next.ChannelID != latest.ChannelID {
		return fmt.Errorf("%w: %s, want %s", ErrWrongChannel, next.ChannelID, latest.ChannelID)
	}
	if next.Nonce <= highest || next.Nonce <= latest.Nonce {
		return fmt.Errorf("%w: %d, highest signed %d", ErrNonceNotFresh, next.Nonce, max(highest, latest.Nonce))
	}
	if err := next.Check(); err != nil {
		return err
	}
	if next.DepositA.Lt(&latest.DepositA) || next.DepositB.Lt(&latest.DepositB) {
		return fmt.Errorf("%w: %s/%s after %s/%s", ErrDepositDecreased,
			next.DepositA.Dec(), next.DepositB.Dec(), latest.DepositA.Dec(), latest.DepositB.Dec())
	}
	if next.DepositA.Gt(&onL1.A) || next.DepositB.Gt(&onL1.B) {
		return fmt.Errorf("%w: %s/%s, on L1 %s/%s", ErrDepositNotOnL1,
			next.DepositA.Dec(), next.DepositB.Dec(), onL1.A.Dec(), onL1.B.Dec())
	}
	// me's balance net of me's own deposits must not fall:
	//   next.bal - next.dep >= latest.bal - latest.dep
	// rearranged to stay in unsigned arithmetic; AddOverflow refuses inputs
	// so large that the sums would wrap.
	var lhs, rhs uint256.Int
	_, o1 := lhs.AddOverflow(next.Balance(me), latest.Deposit(me))
	_, o2 := rhs.AddOverflow(latest.Balance(me), next.Deposit(me))
	if o1 || o2 || lhs.Lt(&rhs) {
		return fmt.Errorf("%w: %s's balance %s -> %s, deposit %s -> %s", ErrTakesFromPayee, me,
			latest.Balance(me).Dec(), next.Balance(me).Dec(), latest.Deposit(me).Dec(), next.Deposit(me).Dec())
	}
	return nil
}

// Pay returns the state after `payer` pays `amount` on top of `base`, with
// nonce `nonce`, acknowledging the deposits in `deposits` (which must not be
// below base's; a deposit increase is credited to its depositor).
func Pay(base *State, nonce uint64, payer Side, amount *uint256.Int, deposits Deposits) (State, error) {
	next := *base
	next.Nonce = nonce
	if deposits.A.Lt(&base.DepositA) || deposits.B.Lt(&base.DepositB) {
		return State{}, ErrDepositDecreased
	}
	var addA, addB uint256.Int
	addA.Sub(&deposits.A, &base.DepositA)
	addB.Sub(&deposits.B, &base.DepositB)
	next.DepositA, next.DepositB = deposits.A, deposits.B
	if _, o := next.BalanceA.AddOverflow(&next.BalanceA, &addA); o {
		return State{}, ErrDepositOverflow
	}
	if _, o := next.BalanceB.AddOverflow(&next.BalanceB, &addB); o {
		return State{}, ErrDepositOverflow
	}
	from, to := next.Balance(payer), next.Balance(payer.Other())
	if from.Lt(amount) {
		return State{}, fmt.Errorf("%w: %s has %s, paying %s", ErrNoFunds, payer, from.Dec(), amount.Dec())
	}
	from.Sub(from, amount)
	to.Add(to, amount) // cannot overflow: to + amount <= total deposits
	return next, nil
}
