package api

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/state"
	"github.com/viaduct-l2/viaduct/wire"
)

// ViaductAPI is the viaduct_ namespace: what only a rollup node has.
type ViaductAPI struct{ b *Backend }

// RollupConfig is viaduct_rollupConfig: the deployment the node follows.
func (api *ViaductAPI) RollupConfig() any { return api.b.RollupConfig }

// BlockStatus is viaduct_blockStatus: how far block n is confirmed.
func (api *ViaductAPI) BlockStatus(n rpc.BlockNumber) (*wire.BlockStatus, error) {
	num := api.b.resolve(n)
	blk, err := api.b.Chain.BlockByNumber(num)
	if errors.Is(err, chain.ErrNotFound) {
		return nil, fmt.Errorf("%w: %d", ErrUnknownBlock, num)
	}
	if err != nil {
		return nil, err
	}
	safe, final := api.b.resolve(rpc.SafeBlockNumber), api.b.resolve(rpc.FinalizedBlockNumber)
	st := "latest"
	switch {
	case num <= final:
		st = "finalized"
	case num <= safe:
		st = "safe"
	}
	return &wire.BlockStatus{Number: hexutil.Uint64(num), Hash: blk.Hash(), Status: st, Safe: hexutil.Uint64(safe), Finalized: hexutil.Uint64(final)}, nil
}

// MaxProofTokens bounds the token balances one viaduct_getProof proves:
// each is a proof of its own, and the answer grows with them.
const MaxProofTokens = 64

// GetProof is viaduct_getProof: the state of addr and its tokens after
// block (default latest; a number or a tag, back to the settled block L1
// names, whatever the head's lead), with proofs against that block's
// state root. A light client asks about the block L1 names at a level of
// finality, which a busy chain has left behind; the node keeps replicas
// of the state at those blocks (chain.ProveAt), and proofs at other blocks
// take their turn.
func (api *ViaductAPI) GetProof(ctx context.Context, addr common.Address, tokens []common.Address, block *rpc.BlockNumber) (*wire.StateProof, error) {
	if len(tokens) > MaxProofTokens {
		return nil, fmt.Errorf("too many tokens: %d (at most %d per call)", len(tokens), MaxProofTokens)
	}
	done, err := api.b.guard.begin(ctx, classProofs, "viaduct_getProof", costProof)
	if err != nil {
		return nil, err
	}
	defer done()
	var res *wire.StateProof
	prove := func(st state.Prover, h *core.Header) error {
		a, p, err := st.AccountProof(addr)
		if err != nil {
			return err
		}
		enc, err := p.MarshalBinary()
		if err != nil {
			return err
		}
		res = &wire.StateProof{
			Address: addr, Nonce: hexutil.Uint64(a.Nonce), Balance: (*hexutil.Big)(a.Balance.ToBig()),
			AccountProof: enc, StateRoot: h.StateRoot, Number: hexutil.Uint64(h.Number), BlockHash: h.Hash(),
			Tokens: make([]wire.TokenProof, 0, len(tokens)),
		}
		for _, t := range tokens {
			bal, tp, err := st.TokenProof(addr, t)
			if err != nil {
				return err
			}
			tenc, err := tp.MarshalBinary()
			if err != nil {
				return err
			}
			res.Tokens = append(res.Tokens, wire.TokenProof{Token: t, Balance: (*hexutil.Big)(bal.ToBig()), Proof: tenc})
		}
		return nil
	}
	if block == nil || *block == rpc.LatestBlockNumber || *block == rpc.PendingBlockNumber {
		// The head as it is when the proof is read: the answer names it.
		if err := api.b.Chain.ProveHead(ctx, prove); err != nil {
			return nil, err
		}
		return res, nil
	}
	if *block >= 0 && uint64(*block) > api.b.Chain.Head().Number {
		return nil, fmt.Errorf("%w: %d", ErrUnknownBlock, *block)
	}
	n := api.b.resolve(*block)
	err = api.b.Chain.ProveAt(ctx, n, prove)
	switch {
	case errors.Is(err, chain.ErrTooOld):
		return nil, fmt.Errorf("state of block %d is not kept: this node serves proofs from block %d (the settled block L1 names) on", n, api.b.Chain.HistoryStatus().Oldest)
	case errors.Is(err, chain.ErrNotFound):
		return nil, fmt.Errorf("%w: %d", ErrUnknownBlock, n)
	case err != nil:
		return nil, err
	}
	return res, nil
}

// GetWithdrawal is viaduct_getWithdrawal: withdrawal `index` of block
// `number`, with what finalizeWithdrawal needs of the block.
func (api *ViaductAPI) GetWithdrawal(ctx context.Context, number hexutil.Uint64, index hexutil.Uint64) (*wire.WithdrawalProof, error) {
	done, err := api.b.guard.begin(ctx, classBlocks, "viaduct_getWithdrawal", costWithdrawal)
	if err != nil {
		return nil, err
	}
	defer done()
	blk, err := api.b.Chain.BlockByNumber(uint64(number))
	if errors.Is(err, chain.ErrNotFound) {
		return nil, fmt.Errorf("%w: %d", ErrUnknownBlock, number)
	}
	if err != nil {
		return nil, err
	}
	if uint64(index) >= uint64(len(blk.Withdrawals)) {
		return nil, fmt.Errorf("block %d has %d withdrawals", number, len(blk.Withdrawals))
	}
	w := blk.Withdrawals[index]
	res := &wire.WithdrawalProof{
		Block: number, Index: index, Recipient: w.Recipient, Token: w.Token,
		Amount: (*hexutil.Big)(w.Amount.ToBig()), Leaf: w.Leaf(),
		Proof:  core.WithdrawalProof(blk.Withdrawals, int(index)),
		Header: blk.Header.Encode(), BlockHash: blk.Hash(),
	}
	batch, headers, pos, final, err := api.b.batchOf(blk)
	if err != nil || headers == nil {
		return res, err
	}
	b := hexutil.Uint64(batch)
	res.Posted, res.Batch, res.Finalizable = true, &b, final
	res.BlockProof = rollup.BlockProof(headers, pos)
	res.FinalizeInput = rollup.FinalizeCall(batch, headers, pos, blk.Withdrawals, int(index))
	return res, nil
}

// batchOf finds the L1 batch that holds blk, from the node's view of L1
// (a search over its batch records, no L1 call): the batch's index, all
// its headers (the local chain's, checked against the batch's blocks
// root), blk's position among them, and whether the batch's challenge
// window is over at the latest L1 block seen. headers is nil while blk is
// not posted (or the node has no view of L1).
func (b *Backend) batchOf(blk *chain.Block) (uint64, []*core.Header, int, bool, error) {
	number := blk.Header.Number
	if b.L1 == nil || number == 0 || number > b.resolve(rpc.SafeBlockNumber) {
		return 0, nil, 0, false, nil
	}
	v := b.L1.Snapshot()
	rec, err := v.BatchOf(number)
	if errors.Is(err, l1.ErrNotPostedYet) {
		return 0, nil, 0, false, nil
	}
	if err != nil {
		return 0, nil, 0, false, fmt.Errorf("finding the batch of block %d: %w", number, err)
	}
	headers := make([]*core.Header, 0, rec.LastBlock-rec.FirstBlock+1)
	for n := rec.FirstBlock; n <= rec.LastBlock; n++ {
		h, err := b.Chain.HeaderByNumber(n)
		if err != nil {
			return 0, nil, 0, false, fmt.Errorf("block %d of batch %d: %w", n, rec.Index, err)
		}
		headers = append(headers, h)
	}
	pos := int(number - rec.FirstBlock)
	if rollup.BlocksRoot(headers) != rec.BlocksRoot || headers[pos].Hash() != blk.Hash() {
		return 0, nil, 0, false, fmt.Errorf("L1 batch %d does not hold this node's block %d", rec.Index, number)
	}
	final := v.L1HeadTime >= rec.SubmittedAt+v.ChallengeWindow()
	return rec.Index, headers, pos, final, nil
}

// GetBlockProof is viaduct_getBlockProof: what a light client needs to check
// that block `number` is a block of a batch L1 holds. Nothing in it needs
// to be trusted: the client hashes the header and verifies the proof
// against the blocks root it reads from L1 itself.
func (api *ViaductAPI) GetBlockProof(ctx context.Context, number hexutil.Uint64) (*wire.BlockProof, error) {
	done, err := api.b.guard.begin(ctx, classBlocks, "viaduct_getBlockProof", costWithdrawal)
	if err != nil {
		return nil, err
	}
	defer done()
	blk, err := api.b.Chain.BlockByNumber(uint64(number))
	if errors.Is(err, chain.ErrNotFound) {
		return nil, fmt.Errorf("%w: %d", ErrUnknownBlock, number)
	}
	if err != nil {
		return nil, err
	}
	res := &wire.BlockProof{Number: number, Hash: blk.Hash(), Header: blk.Header.Encode(), BlockProof: []common.Hash{}}
	batch, headers, pos, _, err := api.b.batchOf(blk)
	if err != nil || headers == nil {
		return res, err
	}
	bi := hexutil.Uint64(batch)
	res.Posted, res.Batch, res.BlockProof = true, &bi, rollup.BlockProof(headers, pos)
	return res, nil
}

// GetQueueItem is viaduct_getQueueItem: where queue item `index` was
// applied.
func (api *ViaductAPI) GetQueueItem(index hexutil.Uint64) (*wire.QueueItemStatus, error) {
	res := &wire.QueueItemStatus{Index: index}
	blk, err := api.b.Chain.BlockApplying(uint64(index))
	if errors.Is(err, chain.ErrNotFound) {
		return res, nil
	}
	if err != nil {
		return nil, err
	}
	bn := hexutil.Uint64(blk.Header.Number)
	res.Applied, res.Block = true, &bn
	first := blk.Header.QueueCursor - uint64(blk.QueueItems)
	if pos := uint64(index) - first; pos < uint64(len(blk.QueueWithdrawals)) && blk.QueueWithdrawals[pos] >= 0 {
		w := hexutil.Uint64(blk.QueueWithdrawals[pos])
		res.Withdrawal = &w
	}
	return res, nil
}

// GetBatch is viaduct_getBatch: batch `index` as the Rollup holds it, from
// the node's view of L1 (no L1 call).
func (api *ViaductAPI) GetBatch(index hexutil.Uint64) (*wire.BatchInfo, error) {
	if api.b.L1 == nil {
		return nil, fmt.Errorf("%w: this node has no view of L1", wire.ErrUnknownBatch)
	}
	v := api.b.L1.Snapshot()
	rec, err := v.Batch(uint64(index))
	if errors.Is(err, l1.ErrUnknownBatch) {
		return nil, fmt.Errorf("%w: %d (the Rollup holds %d)", wire.ErrUnknownBatch, index, v.BatchCount())
	}
	if err != nil {
		return nil, err
	}
	end := rec.SubmittedAt + v.ChallengeWindow()
	return &wire.BatchInfo{
		Index: hexutil.Uint64(rec.Index), FirstBlock: hexutil.Uint64(rec.FirstBlock), LastBlock: hexutil.Uint64(rec.LastBlock),
		BlocksRoot: rec.BlocksRoot, LastBlockHash: rec.LastBlockHash, StateRoot: rec.StateRoot, QueueCursor: hexutil.Uint64(rec.QueueCursor),
		Submitter: rec.Submitter, SubmittedAt: hexutil.Uint64(rec.SubmittedAt), ChallengeWindowEnd: hexutil.Uint64(end),
		Final: v.L1HeadTime >= end, L1Tx: rec.Tx, L1Block: hexutil.Uint64(rec.L1Block), L1BlockHash: rec.L1Hash,
	}, nil
}
