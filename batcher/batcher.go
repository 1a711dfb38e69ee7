// Package batcher posts the sequencer's blocks to the Rollup contract on L1
// (submitBatch, with the bond) and tracks how far they are confirmed.
//
// It keeps no state of its own: each step it reads the last block L1 has
// accepted (Rollup.latestBlock) and posts the blocks after it, in order, as
// one batch within the size limits, then waits until that transaction is
// mined before the next step. So it never skips a block, never posts one
// twice (a second post would fail the contract's parent check anyway), and a
// restarted batcher resumes from what L1 holds. An L1 reorg that removes a
// posted batch lowers Rollup.latestBlock, so the next step posts those
// blocks again; if L1's txpool took the removed transaction back (what a
// node does), the step first waits for it to be mined again.
//
// A fraud proof on L1 (FraudProven) also lowers Rollup.latestBlock, but
// then the local blocks from the proven one on must not be posted again:
// before posting, each step reads the FraudProven events it has not
// handled (from a cursor and a list of handled proofs kept in the chain's
// metadata, so neither a restart nor an L1 reorg that mines a proof again
// makes it miss or repeat one) and has OnFraud take the local chain back to
// the block before the proven one. It settles a pending rollback (no batch is
// accepted until it is settled) and claims the bonds of this key's reverted
// batches that the rollback returned. When it has nothing to post, it takes
// back the bonds of its batches whose challenge window is over.
//
// L1 refuses a block that leaves a queue item past the inclusion window
// unapplied when it could apply it (forced inclusion, spec section 15). A
// block sealed before such an item was confirmed here breaks that rule
// once its posting lags the window; rather than post a batch that would
// revert forever, a step posts the blocks before it and has OnSkippedQueue
// take the chain back to seal it again with the queue items.
package batcher

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/l1"
)

// ErrForeignChain is returned when L1 holds a block that is not the local
// chain's block of that number: this node's store is not the chain that was
// posted, and posting on top would fail.
var ErrForeignChain = errors.New("batcher: L1 holds a different block than the local chain")

// Config bounds batches.
type Config struct {
	// MaxBlocks is the most blocks in one batch (default 16).
	MaxBlocks int
	// MaxBytes bounds a batch's calldata (default 100,000: under the
	// 128 KiB an L1 txpool takes, docs/contracts-gas.md).
	MaxBytes int
	// Interval is the time between steps (default 1s).
	Interval time.Duration
	// InFlightWait is how long a step waits for a transaction of the
	// batcher's key that is already in L1's txpool (a batch an L1 reorg put
	// back there) before posting anyway (default 1 minute).
	InFlightWait time.Duration
	// FromBlock is the L1 block to read FraudProven events from the first
	// time (the Rollup's deployment).
	FromBlock uint64
	// OnFraud is called with the L2 block a fraud proof reverted (with all
	// later ones) when the local chain holds it; it must take the chain
	// back before it (sequencer.RewindFraud). Nil: the step fails instead,
	// rather than post a proven block again.
	OnFraud func(block uint64) error
	// OnSkippedQueue is called with the first local block that L1 would
	// refuse because it leaves a queue item past the inclusion window
	// unapplied although it could apply more (ForcedInclusionSkipped, spec
	// section 15): a block sealed before the item was confirmed here and
	// posted later than the window allows. It must take the chain back
	// before that block and seal again with the queue items
	// (sequencer.RewindSkippedQueue). Nil: the step posts the blocks before
	// it, and fails with ErrSkipsQueueItem when there are none.
	OnSkippedQueue func(block uint64) error
	// OnForeign is called when L1 holds blocks the local chain does not
	// (others posted while the inclusion window was open, or this store is
	// not the chain that was posted); it must bring the local chain to
	// L1's. Nil: the step fails with ErrForeignChain.
	OnForeign func(ctx context.Context) error
}

// ErrProvenFraud is returned by Step when L1 reverted blocks of the local
// chain and no Config.OnFraud is set to take them back.
var ErrProvenFraud = errors.New("batcher: a fraud proof reverted blocks of the local chain")

// ErrSkipsQueueItem is returned by Step when the next block to post leaves
// a queue item past the inclusion window unapplied, which L1 refuses, and
// no Config.OnSkippedQueue is set to seal it again.
var ErrSkipsQueueItem = errors.New("batcher: a block leaves a queue item past the inclusion window unapplied")

// fraudCursorKey names the chain metadata that holds the next L1 block to
// read FraudProven events from.
const fraudCursorKey = "batcher/fraud-scan"

// blockOverhead is the ABI encoding of one block besides its tx data: the
// eight header words, the offset and length words, and the tx data padding.
const blockOverhead = 12 * 32

// Batcher posts blocks to L1.
type Batcher struct {
	cfg    Config
	chain  *chain.Chain
	rollup *l1.Rollup
	sender *l1.Sender
	log    *slog.Logger

	safe, finalized atomic.Uint64
	inFlightSince   time.Time // when a step first found a transaction in flight
	window          uint64    // the Rollup's challenge window, read once
	inclusion       uint64    // the Rollup's inclusion window, read once

	cancel context.CancelFunc
	done   chan struct{}
}

// New returns a batcher; it does nothing until Start.
func New(cfg Config, c *chain.Chain, r *l1.Rollup, s *l1.Sender, log *slog.Logger) *Batcher {
	if cfg.MaxBlocks <= 0 {
		cfg.MaxBlocks = 16
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = 100_000
	}
	if cfg.Interval <= 0 {
		cfg.Interval = time.Second
	}
	if cfg.InFlightWait <= 0 {
		cfg.InFlightWait = time.Minute
	}
	return &Batcher{cfg: cfg, chain: c, rollup: r, sender: s, log: log}
}

// SafeBlock is the last L2 block posted in an L1 block.
func (b *Batcher) SafeBlock() uint64 { return b.safe.Load() }

// FinalizedBlock is the last L2 block posted in a finalized L1 block.
func (b *Batcher) FinalizedBlock() uint64 { return b.finalized.Load() }

// Start starts posting.
func (b *Batcher) Start() error {
	ctx, cancel := context.WithCancel(context.Background())
	b.cancel, b.done = cancel, make(chan struct{})
	go func() {
		defer close(b.done)
		t := time.NewTicker(b.cfg.Interval)
		defer t.Stop()
		for {
			if _, err := b.Step(ctx); err != nil && ctx.Err() == nil {
				b.log.Error("batcher step failed", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return nil
}

// Stop stops posting, abandoning the wait for a batch in flight (the next
// start finds it on L1 or posts it again).
func (b *Batcher) Stop() error {
	if b.cancel == nil {
		return nil
	}
	b.cancel()
	<-b.done
	return nil
}

// UpdateStatus reads how far L1 holds the chain: the safe and finalized
// block numbers.
func (b *Batcher) UpdateStatus(ctx context.Context) (bindings.LatestBlockOutput, error) {
	return b.updateStatus(ctx, nil)
}

// updateStatus is UpdateStatus as of L1 block `at` (nil: the latest).
func (b *Batcher) updateStatus(ctx context.Context, at *big.Int) (bindings.LatestBlockOutput, error) {
	latest, err := b.rollup.LatestBlock(ctx, at)
	if err != nil {
		return latest, err
	}
	b.safe.Store(latest.Number)
	// Before the L1 has a finalized block (a fresh dev chain), nothing is.
	if fin, err := b.rollup.Client.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber))); err == nil {
		if lf, err := b.rollup.LatestBlock(ctx, fin.Number); err == nil {
			b.finalized.Store(lf.Number)
		}
	}
	return latest, nil
}

// Step posts one batch if there are blocks L1 does not hold yet, and waits
// for it to be mined. It returns the number of blocks posted.
func (b *Batcher) Step(ctx context.Context) (int, error) {
	// The Rollup's latest block is read at the L1 block up to which fraud
	// proofs were handled: one read later could see a proof's revert
	// before the chain is taken back, and post the proven block again.
	checked, err := b.checkFraud(ctx)
	if err != nil {
		return 0, err
	}
	latest, err := b.updateStatus(ctx, new(big.Int).SetUint64(checked))
	if err != nil {
		return 0, err
	}
	head := b.chain.Head()
	var foreign error
	if latest.Number > head.Number {
		foreign = fmt.Errorf("%w: L1 is at block %d, the local chain at %d", ErrForeignChain, latest.Number, head.Number)
	} else {
		mine, err := b.chain.BlockByNumber(latest.Number)
		if err != nil {
			return 0, err
		}
		if mine.Hash() != common.Hash(latest.BlockHash) {
			foreign = fmt.Errorf("%w: block %d is %s on L1, %s here", ErrForeignChain, latest.Number, common.Hash(latest.BlockHash), mine.Hash())
		}
	}
	if foreign != nil {
		if b.cfg.OnForeign == nil {
			return 0, foreign
		}
		b.log.Warn("L1 holds blocks this chain does not (posted by another node while the inclusion window was open?); adopting them", "err", foreign)
		if err := b.cfg.OnForeign(ctx); err != nil {
			return 0, fmt.Errorf("batcher: adopting L1's blocks: %w", err)
		}
		return 0, nil
	}
	if latest.Number == head.Number {
		b.inFlightSince = time.Time{}
		return 0, b.reclaim(ctx)
	}
	// After an L1 reorg removed a batch, L1's txpool usually holds it again
	// and mines it soon: posting the same blocks now would only have one of
	// the two fail the contract's parent check. Wait for it, for a while.
	inFlight, err := b.sender.InFlight(ctx)
	if err != nil {
		return 0, err
	}
	switch {
	case !inFlight:
		b.inFlightSince = time.Time{}
	case b.inFlightSince.IsZero():
		b.inFlightSince = time.Now()
		b.log.Info("a batcher transaction is pending on L1; waiting for it", "l1Latest", latest.Number)
		return 0, nil
	case time.Since(b.inFlightSince) < b.cfg.InFlightWait:
		return 0, nil
	default:
		b.log.Warn("a batcher transaction stays pending on L1; posting anyway", "l1Latest", latest.Number, "waited", time.Since(b.inFlightSince))
	}
	l1Head, err := b.rollup.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("batcher: L1 head: %w", err)
	}
	var blocks []rollup.Block
	size := 4 + 64
	for n := latest.Number + 1; n <= head.Number && len(blocks) < b.cfg.MaxBlocks; n++ {
		blk, err := b.chain.BlockByNumber(n)
		if err != nil {
			return 0, err
		}
		// The contract refuses a timestamp after its L1 block's; any later
		// L1 block is at least as late as the current head, so blocks up to
		// the head's time are safe to post. Later ones wait a step.
		if blk.Header.Timestamp > l1Head.Time {
			break
		}
		bs := blockOverhead + (len(blk.TxData)+31)/32*32
		if len(blocks) > 0 && size+bs > b.cfg.MaxBytes {
			break
		}
		size += bs
		blocks = append(blocks, rollup.Block{Header: blk.Header, TxData: blk.TxData})
	}
	if len(blocks) == 0 {
		return 0, b.reclaim(ctx)
	}
	if blocks, err = b.forcedInclusion(ctx, latest.Cursor, blocks, l1Head.Time); err != nil || len(blocks) == 0 {
		return 0, err
	}
	bond, err := b.rollup.Bond(ctx)
	if err != nil {
		return 0, err
	}
	if pending, err := b.rollup.RollbackPending(ctx); err != nil {
		return 0, err
	} else if pending {
		// A long rollback that the challenge could not settle itself:
		// nobody may post until it is. Anyone may settle; we do.
		r, err := b.sender.Send(ctx, b.rollup.Address, bindings.NewRollup().PackSettleRollback(big.NewInt(settleBatches)), nil)
		if err != nil {
			return 0, fmt.Errorf("batcher: settle the pending rollback: %w", err)
		}
		b.log.Info("settled reverted batches", "l1Block", r.BlockNumber, "gas", r.GasUsed)
		b.claim(ctx)
		return 0, nil
	}
	data := bindings.NewRollup().PackSubmitBatch(rollup.BatchArg(blocks))
	first, last := blocks[0].Header.Number, blocks[len(blocks)-1].Header.Number
	r, err := b.sender.Send(ctx, b.rollup.Address, data, bond)
	if errors.Is(err, l1.ErrReverted) {
		// Accepted by the gas estimate, reverted when mined: something
		// mined first changed the Rollup (a fraud proof, a self-sequenced
		// batch). The next step reads L1 again.
		b.log.Warn("batch reverted on L1: the Rollup changed before it was mined; reading L1 again", "first", first, "last", last, "err", err)
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("batcher: post blocks %d..%d: %w", first, last, err)
	}
	b.safe.Store(last)
	b.log.Info("posted batch", "first", first, "last", last, "bytes", len(data), "l1Block", r.BlockNumber, "gas", r.GasUsed)
	return len(blocks), nil
}

// forcedInclusionMargin bounds how much later than the L1 head a batch is
// assumed to be mined, when judging the forced-inclusion rule: one slot of
// a public chain. It is at most a quarter of the inclusion window.
const forcedInclusionMargin = 12

// forcedInclusion applies the Rollup's forced-inclusion rule
// (rollup.SkipsExpiredItem) to the blocks about to be posted on a parent of
// queue cursor `parent`, at the L1 time the batch may be mined at (the
// head's, plus a margin). A block that breaks it would make the batch
// revert on L1 forever: the blocks before it are returned to be posted,
// and OnSkippedQueue takes the chain back from it to seal it again with
// the queue items.
func (b *Batcher) forcedInclusion(ctx context.Context, parent uint64, blocks []rollup.Block, l1Time uint64) ([]rollup.Block, error) {
	if b.inclusion == 0 {
		w, err := b.rollup.InclusionWindow(ctx)
		if err != nil {
			return nil, err
		}
		b.inclusion = w
	}
	length, err := b.rollup.QueueLength(ctx, nil)
	if err != nil {
		return nil, err
	}
	cursors := make([]uint64, len(blocks))
	for i, blk := range blocks {
		cursors[i] = blk.Header.QueueCursor
	}
	times := map[uint64]uint64{}
	queueTime := func(i uint64) (uint64, error) {
		if t, ok := times[i]; ok {
			return t, nil
		}
		t, err := b.rollup.QueueItemTime(ctx, i, nil)
		times[i] = t
		return t, err
	}
	now := l1Time + min(forcedInclusionMargin, b.inclusion/4)
	bad, err := rollup.SkipsExpiredItem(parent, cursors, length, queueTime, b.inclusion, now)
	if err != nil || bad < 0 {
		return blocks, err
	}
	n := blocks[bad].Header.Number
	if b.cfg.OnSkippedQueue == nil {
		if bad == 0 {
			return nil, fmt.Errorf("%w: block %d leaves queue item %d", ErrSkipsQueueItem, n, cursors[bad])
		}
		return blocks[:bad], nil
	}
	b.log.Warn("a block leaves a queue item past the inclusion window unapplied, which L1 refuses; taking the chain back to seal it again with the queue items",
		"block", n, "queueIndex", cursors[bad], "queueItemTime", times[cursors[bad]], "inclusionWindow", b.inclusion, "l1Time", l1Time)
	if err := b.cfg.OnSkippedQueue(n); err != nil {
		return nil, fmt.Errorf("batcher: take back the blocks from %d: %w", n, err)
	}
	return blocks[:bad], nil
}

// settleBatches is how many reverted batches one settleRollback call
// settles (about 25,000 gas each).
const settleBatches = 128

// fraudReorgMargin is how many L1 blocks below its cursor each step reads
// FraudProven events again: an L1 reorg may have mined a proof anew in a
// block the cursor has passed. The proofs already handled are remembered
// (fraudHandledKey, by transaction hash), so reading one again does
// nothing.
const fraudReorgMargin = 64

// fraudHandledKey names the chain metadata that lists the transactions of
// the last maxHandled proofs handled, 32 bytes each.
const (
	fraudHandledKey = "batcher/fraud-handled"
	maxHandled      = 64
)

// checkFraud reads the FraudProven events since the last step's (and a
// margin before, for L1 reorgs) and, for each not handled yet that
// reverted a block the local chain holds, takes the chain back before it.
// The proof is recorded as handled only after that: a crash in between
// handles it again, which takes back blocks re-made meanwhile (their
// transactions are re-sequenced again) rather than post the proven block
// again. It returns the L1 block it read the proofs up to.
func (b *Batcher) checkFraud(ctx context.Context) (uint64, error) {
	next := b.cfg.FromBlock
	if v, err := b.chain.Meta(fraudCursorKey); err == nil && len(v) == 8 {
		next = binary.BigEndian.Uint64(v)
	} else if err != nil && !errors.Is(err, chain.ErrNotFound) {
		return 0, err
	}
	handled, err := b.chain.Meta(fraudHandledKey)
	if err != nil && !errors.Is(err, chain.ErrNotFound) {
		return 0, err
	}
	from := max(b.cfg.FromBlock, next-min(next, fraudReorgMargin))
	head, err := b.rollup.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("batcher: L1 head: %w", err)
	}
	to := head.Number.Uint64()
	if to < from {
		return to, nil
	}
	proofs, err := b.rollup.FraudProofs(ctx, from, to)
	if err != nil {
		return 0, err
	}
	acted := false
	for _, p := range proofs {
		if isHandled(handled, p.Tx) {
			continue
		}
		n := p.Event.BlockNumber
		b.log.Warn("fraud proven on L1", "block", n, "batch", p.Event.BatchIndex, "challenger", p.Event.Challenger, "verdict", p.Event.Fraud, "l1Block", p.Block)
		if b.chain.Head().Number >= n {
			if b.cfg.OnFraud == nil {
				return 0, fmt.Errorf("%w: block %d", ErrProvenFraud, n)
			}
			if err := b.cfg.OnFraud(n); err != nil {
				return 0, fmt.Errorf("batcher: take back the blocks from %d: %w", n, err)
			}
			acted = true
		}
		handled = append(handled, p.Tx[:]...)
		if len(handled) > maxHandled*32 {
			handled = handled[len(handled)-maxHandled*32:]
		}
		if err := b.chain.SetMeta(fraudHandledKey, handled); err != nil {
			return 0, err
		}
	}
	if acted {
		b.claim(ctx)
	}
	return to, b.chain.SetMeta(fraudCursorKey, binary.BigEndian.AppendUint64(nil, to+1))
}

func isHandled(handled []byte, tx common.Hash) bool {
	for i := 0; i+32 <= len(handled); i += 32 {
		if common.Hash(handled[i:i+32]) == tx {
			return true
		}
	}
	return false
}

// reclaimKey names the chain metadata that holds the next batch index
// whose bond reclaim looks at.
const reclaimKey = "batcher/reclaim-next"

// reclaimPerStep bounds the reclaimBond calls of one idle step.
const reclaimPerStep = 4

// reclaim takes back the bonds of this key's batches whose challenge
// window is over (Rollup.reclaimBond, about 35,000 L1 gas each), oldest
// first, a few per step and only when there is nothing to post: bonds
// wait, batches do not. A rollback lowers the batch count; the batches
// that take the reverted indices are looked at again.
func (b *Batcher) reclaim(ctx context.Context) error {
	next := uint64(0)
	if v, err := b.chain.Meta(reclaimKey); err == nil && len(v) == 8 {
		next = binary.BigEndian.Uint64(v)
	} else if err != nil && !errors.Is(err, chain.ErrNotFound) {
		return err
	}
	count, err := b.rollup.BatchCount(ctx, nil)
	if err != nil {
		return err
	}
	next = min(next, count)
	if b.window == 0 {
		if b.window, err = b.rollup.ChallengeWindow(ctx); err != nil {
			return err
		}
	}
	head, err := b.rollup.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("batcher: L1 head: %w", err)
	}
	me := b.sender.Address()
	for sent := 0; next < count && sent < reclaimPerStep; next++ {
		batch, err := b.rollup.GetBatch(ctx, next, nil)
		if err != nil {
			return err
		}
		if batch.Submitter != me || !batch.BondHeld {
			continue
		}
		if head.Time < batch.SubmittedAt+b.window {
			break // later batches' windows end later still
		}
		r, err := b.sender.Send(ctx, b.rollup.Address, bindings.NewRollup().PackReclaimBond(new(big.Int).SetUint64(next)), nil)
		if err != nil {
			return fmt.Errorf("batcher: reclaim the bond of batch %d: %w", next, err)
		}
		sent++
		b.log.Debug("reclaimed a batch's bond", "batch", next, "l1Block", r.BlockNumber, "gas", r.GasUsed)
	}
	return b.chain.SetMeta(reclaimKey, binary.BigEndian.AppendUint64(nil, next))
}

// claim collects what the Rollup owes this key: the bonds of its batches
// that a rollback reverted without proving them wrong. A failure is only
// logged: the ETH stays claimable.
func (b *Batcher) claim(ctx context.Context) {
	owed, err := b.rollup.Claimable(ctx, b.sender.Address())
	if err != nil || owed.Sign() == 0 {
		return
	}
	r, err := b.sender.Send(ctx, b.rollup.Address, bindings.NewRollup().PackClaim(), nil)
	if err != nil {
		b.log.Warn("claiming returned bonds", "owed", owed, "err", err)
		return
	}
	b.log.Info("claimed returned bonds", "amount", owed, "l1Block", r.BlockNumber)
}
