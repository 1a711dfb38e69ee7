package light

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/merkle"
	"github.com/viaduct-l2/viaduct/wire"
)

// Withdrawal is a verified withdrawal: in its block's withdrawals root, its
// block in a batch that L1 holds.
type Withdrawal struct {
	Block     uint64         `json:"block"`
	Index     uint32         `json:"index"`
	Recipient common.Address `json:"recipient"`
	Token     common.Address `json:"token"`
	Amount    *big.Int       `json:"amount"`
	Anchor
	// Settled is true when the batch's challenge window is over at L1's
	// latest block, so that Rollup.finalizeWithdrawal pays it.
	Settled bool `json:"settled"`
	// FinalizeInput is the Rollup.finalizeWithdrawal calldata, packed here
	// from the verified header, withdrawal and proofs.
	FinalizeInput hexutil.Bytes `json:"finalizeInput"`
}

// Withdrawal returns withdrawal `index` of L2 block `block`, verified: its
// leaf (computed here) is under the header's withdrawals root, and the
// header under the blocks root L1 holds for the batch. It fails with
// ErrNotPosted while the block is not posted.
func (c *Client) Withdrawal(ctx context.Context, block uint64, index uint32) (*Withdrawal, error) {
	if err := c.checkChain(ctx); err != nil {
		return nil, err
	}
	// Of the node's answer only the withdrawal, its proofs and the header
	// are read: the leaf, the finalize calldata and "finalizable" are
	// computed here or read from L1.
	var wa wire.WithdrawalProof
	if err := c.l2.CallContext(ctx, &wa, wire.MethodGetWithdrawal, hexutil.Uint64(block), hexutil.Uint64(index)); err != nil {
		return nil, fmt.Errorf("light: L2 viaduct_getWithdrawal(%d, %d): %w", block, index, err)
	}
	h, err := checkHeader(&wire.BlockProof{Number: hexutil.Uint64(block), Hash: wa.BlockHash, Header: wa.Header}, block, wa.BlockHash)
	if err != nil {
		return nil, err
	}
	if uint64(wa.Block) != block || uint64(wa.Index) != uint64(index) {
		return nil, fmt.Errorf("%w: asked for withdrawal %d of block %d, got %d of %d", ErrMalformedAnswer, index, block, uint64(wa.Index), uint64(wa.Block))
	}
	w := core.Withdrawal{Block: block, Index: index, Recipient: wa.Recipient, Token: wa.Token}
	if err := setU256(&w.Amount, wa.Amount); err != nil {
		return nil, fmt.Errorf("%w: withdrawal amount: %w", ErrMalformedAnswer, err)
	}
	if !merkle.Verify(h.WithdrawalsRoot, w.Leaf(), wa.Proof) {
		return nil, fmt.Errorf("%w: withdrawal %d of block %d (%s to %s) is not under the withdrawals root %s", ErrBadWithdrawalProof, index, block, w.Amount.Dec(), w.Recipient, h.WithdrawalsRoot)
	}
	if !wa.Posted || wa.Batch == nil {
		return nil, fmt.Errorf("%w: L2 block %d", ErrNotPosted, block)
	}
	// The block is the one asked for (its number is in the leaf and the
	// header); L1's latest block must hold it in the batch the node names.
	b := uint64(*wa.Batch)
	latest, err := c.header(ctx, nil)
	if err != nil {
		return nil, err
	}
	batch, found, err := c.batchAt(ctx, b, latest)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("%w: batch %d at L1 block %d", ErrUnknownBatch, b, latest.Number)
	}
	if err := holds(batch, b, h, wa.BlockProof); err != nil {
		return nil, err
	}
	settled, err := c.isFinalized(ctx, b, latest)
	if err != nil {
		return nil, err
	}
	anchor := &Anchor{
		Block: block, BlockHash: h.Hash(), StateRoot: h.StateRoot, Batch: b,
		L1Block: latest.Number.Uint64(), L1Hash: latest.Hash(), Rollup: c.rollup, Finality: Posted,
	}
	return &Withdrawal{
		Block: block, Index: index, Recipient: w.Recipient, Token: w.Token, Amount: w.Amount.ToBig(),
		Anchor: *anchor, Settled: settled,
		FinalizeInput: rollupABI.PackFinalizeWithdrawal(new(big.Int).SetUint64(b), rollup.HeaderArg(h),
			rollup.Proof(wa.BlockProof), rollup.WithdrawalArg(&w), rollup.Proof(wa.Proof)),
	}, nil
}
