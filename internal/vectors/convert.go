package vectors

import (
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
	"github.com/viaduct-l2/viaduct/statetree"
)

// ruleErrors are the spec's errors, most specific first. A vector records the
// text of the rule an error breaks, not the details around it (addresses,
// amounts), so that another implementation can match it exactly.
var ruleErrors = []error{
	core.ErrNonceTooLow, core.ErrNonceTooHigh, core.ErrNonceMax, core.ErrInsufficientFunds,
	core.ErrIntrinsicGas, core.ErrGasLimitTooHigh, core.ErrTipAboveFeeCap, core.ErrTipVeryHigh,
	core.ErrFeeCapVeryHigh, core.ErrFeeCapTooLow, core.ErrInvalidSender, core.ErrTxTypeNotSupported,
	core.ErrInvalidChainID, core.ErrUnprotectedTx, core.ErrContractCreation, core.ErrAccessList,
	core.ErrUnsupportedCalldata, core.ErrValueWithTokenCall, core.ErrZeroAmount, core.ErrValueTooLarge,
	core.ErrTokenBalanceTooLow, core.ErrBalanceOverflow, core.ErrBridgeNotToken,
	core.ErrTooManyTxs, core.ErrTooManyQueueItems, core.ErrTxDataTooLarge, core.ErrBadParentHash,
	core.ErrBadNumber, core.ErrTimestampTooLow, core.ErrBadQueueCursor, core.ErrBadTxDataHash,
	core.ErrBadStateRoot, core.ErrBadWithdrawalsRoot, core.ErrBadFeeRecipient, core.ErrFeeCreditOverflow,
	core.ErrMalformedTxData, core.ErrMalformedHeader, core.ErrMalformedQueueItem,
	statetree.ErrMalformedProof, statetree.ErrInvalidProof,
}

// RuleText returns the spec's text for the rule err breaks.
func RuleText(err error) (string, error) {
	for _, r := range ruleErrors {
		if errors.Is(err, r) {
			return r.Error(), nil
		}
	}
	return "", fmt.Errorf("vectors: %v is not one of the spec's errors", err)
}

// Where reports where a block failed: "tx" or "queue" with the index, or
// "block".
func Where(err error) (string, uint64) {
	var te *core.TxError
	var qe *core.QueueError
	switch {
	case errors.As(err, &te):
		return "tx", uint64(te.Index)
	case errors.As(err, &qe):
		return "queue", qe.Index
	}
	return "block", 0
}

func dec(x *uint256.Int) string { return x.Dec() }

// ParseAmount parses a decimal amount of at most 256 bits.
func ParseAmount(s string) (uint256.Int, error) {
	var x uint256.Int
	if err := x.SetFromDecimal(s); err != nil {
		return x, fmt.Errorf("vectors: amount %q: %w", s, err)
	}
	return x, nil
}

// FromHeader converts a core header.
func FromHeader(h *core.Header) Header {
	return Header{
		ParentHash: h.ParentHash, Number: h.Number, Timestamp: h.Timestamp, TxDataHash: h.TxDataHash,
		StateRoot: h.StateRoot, WithdrawalsRoot: h.WithdrawalsRoot, QueueCursor: h.QueueCursor,
		FeeRecipient: h.FeeRecipient,
	}
}

// Core converts back to a core header.
func (h *Header) Core() *core.Header {
	return &core.Header{
		ParentHash: h.ParentHash, Number: h.Number, Timestamp: h.Timestamp, TxDataHash: h.TxDataHash,
		StateRoot: h.StateRoot, WithdrawalsRoot: h.WithdrawalsRoot, QueueCursor: h.QueueCursor,
		FeeRecipient: h.FeeRecipient,
	}
}

// FromQueueItem converts a core queue item.
func FromQueueItem(q *core.QueueItem) QueueItem {
	return QueueItem{Kind: uint8(q.Kind), From: q.From, To: q.To, Token: q.Token, Amount: dec(&q.Amount)}
}

// Core converts back to a core queue item.
func (q *QueueItem) Core() (core.QueueItem, error) {
	amt, err := ParseAmount(q.Amount)
	return core.QueueItem{Kind: core.QueueKind(q.Kind), From: q.From, To: q.To, Token: q.Token, Amount: amt}, err
}

// FromWithdrawal converts a core withdrawal.
func FromWithdrawal(w *core.Withdrawal) Withdrawal {
	return Withdrawal{Block: w.Block, Index: w.Index, Recipient: w.Recipient, Token: w.Token, Amount: dec(&w.Amount)}
}

// Core converts back to a core withdrawal.
func (w *Withdrawal) Core() (core.Withdrawal, error) {
	amt, err := ParseAmount(w.Amount)
	return core.Withdrawal{Block: w.Block, Index: w.Index, Recipient: w.Recipient, Token: w.Token, Amount: amt}, err
}

// FromProof converts a state tree proof (without its verdict).
func FromProof(p *statetree.Proof) (siblings []common.Hash, leaf *TreeEntry) {
	siblings = slices.Clone(p.Siblings)
	if p.Leaf {
		leaf = &TreeEntry{Key: p.LeafKey, ValueHash: p.LeafValueHash}
	}
	return siblings, leaf
}

// StateFromEntries builds the diff that creates the listed state.
func StateFromEntries(accts []AccountEntry, toks []TokenEntry) (*state.Diff, error) {
	d := &state.Diff{Accounts: map[common.Address]state.Account{}, Tokens: map[state.TokenID]uint256.Int{}}
	for _, a := range accts {
		bal, err := ParseAmount(a.Balance)
		if err != nil {
			return nil, err
		}
		d.Accounts[a.Address] = state.Account{Nonce: a.Nonce, Balance: bal}
	}
	for _, t := range toks {
		bal, err := ParseAmount(t.Balance)
		if err != nil {
			return nil, err
		}
		d.Tokens[state.TokenID{Owner: t.Owner, Token: t.Token}] = bal
	}
	return d, nil
}
