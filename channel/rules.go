package channel

import (
	"errors"
	"fmt"
	"math"

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
	// ErrZeroAmount: a payment of nothing, which would spend a nonce and
	// a signature exchange and move no money.
	ErrZeroAmount = errors.New("a payment must be more than 0")
	// ErrNonceExhausted: the nonce has no successor a state may take. A
	// payer gets it for a channel that has used its nonces up (it can
	// still close cooperatively while the last nonce is free); a payee
	// refuses such a proposal, which would leave the channel no next state.
	ErrNonceExhausted = errors.New("the channel has used its nonces up")
	// ErrNonceJump: a proposal skips further past every nonce signed than
	// the protocol ever needs.
	ErrNonceJump = errors.New("nonce jumps further than the protocol allows")
)

// The nonce space. Nonces are uint64, here and in Channels.sol, and a
// channel must never reach a state without a successor: once both sides
// held one, every "next nonce" wrapped to 0 and the channel was wedged.
const (
	// MaxStateNonce is the highest nonce a State may carry. The last one,
	// 2^64-1, is left to the FinalState, so that a channel whose states
	// have used every other nonce still closes cooperatively.
	MaxStateNonce = math.MaxUint64 - 1
	// MaxNonceJump is how far a proposal may skip above every nonce the
	// payee has signed. An honest payer skips only the nonces of its own
	// proposals that were refused or lost (at most maxProposals per
	// exchange, a few exchanges between two that succeed), far below
	// 2^32; the bound means that using the nonces up takes 2^32 accepted
	// states, not one.
	MaxNonceJump = 1 << 32
)

// NextNonce returns the nonce a new State takes above every nonce given
// (those this party signed, the latest both signed, the counterparty's
// highest), or ErrNonceExhausted if none is left for a State.
func NextNonce(signed ...uint64) (uint64, error) {
	top := uint64(0)
	for _, n := range signed {
		top = max(top, n)
	}
	if top >= MaxStateNonce {
		return 0, fmt.Errorf("%w: %d is the highest nonce signed and %d the last a state may carry; close the channel (its final state takes the last nonce)",
			ErrNonceExhausted, top, uint64(MaxStateNonce))
	}
	return top + 1, nil
}

// nextFinalNonce is NextNonce for a FinalState, which may take the last
// nonce: it ends the channel and needs no successor.
func nextFinalNonce(signed ...uint64) (uint64, error) {
	top := uint64(0)
	for _, n := range signed {
		top = max(top, n)
	}
	if top == math.MaxUint64 {
		return 0, fmt.Errorf("%w: a state carries nonce 2^64-1 and no final state can follow it; force-close the channel", ErrNonceExhausted)
	}
	return top + 1, nil
}

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
//     never signs two states with one nonce, at most MaxNonceJump above
//     it, and at most MaxStateNonce, so that the state has a successor;
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
	if next.Nonce > MaxStateNonce {
		return fmt.Errorf("%w: a state at nonce %d would have no successor (the last a state may carry is %d)", ErrNonceExhausted, next.Nonce, uint64(MaxStateNonce))
	}
	if floor := max(highest, latest.Nonce); next.Nonce-floor > MaxNonceJump { // next.Nonce > floor: no wrap
		return fmt.Errorf("%w: %d after %d (at most %d above)", ErrNonceJump, next.Nonce, floor, uint64(MaxNonceJump))
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
	if amount == nil || amount.IsZero() {
		return State{}, ErrZeroAmount
	}
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
