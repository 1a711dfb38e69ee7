// Package batcher posts a node's blocks that L1 does not hold yet to the
// Rollup (submitBatch, with the bond), and keeps the key's accounts with
// the Rollup in order: it settles a pending rollback, claims the bonds a
// rollback returned, and takes back the bonds of its batches whose
// challenge window is over.
//
// Each step reads a status (Status: the view of L1 the node's chain was
// last brought to, the local chain, what the key has pending), decides
// with the pure function Decide, and then acts, through the key's L1
// transaction manager (package txmgr). It keeps no state that matters:
// what L1 holds is read again each step, so it never skips a block, never
// posts one twice (a second post would fail the contract's parent check
// anyway), and a restarted batcher resumes from what L1 holds.
//
// It never writes the chain. A chain that does not continue L1's (an L1
// reorg, a fraud proof, another poster) is brought to L1's by the node's
// chain writer before the batcher sees that view, so the batcher only
// waits. L1 refuses a block that leaves a queue item past the inclusion
// window unapplied when it could apply it (forced inclusion, spec section
// 15): a block sealed before such an item was confirmed here breaks that
// rule once its posting lags the window; rather than post a batch that
// would revert forever, the batcher posts the blocks before it and asks
// the chain writer (Source.Reseal) to seal it again with the queue items.
package batcher

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/internal/service"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/txmgr"
)

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
	// batcher's key that is already pending on L1 (a batch an L1 reorg
	// put back in the txpool) before posting anyway (default 1 minute).
	InFlightWait time.Duration
}

// Source is the node's chain writer as the batcher sees it.
type Source interface {
	// Synced returns the view of L1 the chain was last brought to (nil
	// before the first), and whether the chain stopped before a wrong
	// block that view holds.
	Synced() (view *l1.Snapshot, stopped bool)
	// Reseal asks for the chain to be taken back before block n and its
	// transactions sealed again (after the queue items L1 holds).
	Reseal(n uint64)
	// Wake is signalled when Synced changes, so that a step runs at once.
	Wake() <-chan struct{}
}

// Batcher posts blocks to L1.
type Batcher struct {
	cfg    Config
	chain  *chain.Chain
	src    Source
	rollup *l1.Rollup
	tx     *txmgr.Manager
	log    *slog.Logger
	loop   *service.Loop

	mu            sync.Mutex
	inFlightSince time.Time
	proofsSeen    uint64 // the fraud proofs seen when claims were last looked at
	claimChecked  bool
	stats         Stats
}

// Stats is what the batcher has done since it started.
type Stats struct {
	Batches  uint64 // batches posted
	Blocks   uint64 // blocks posted in them
	Reverted uint64 // batches mined but reverted (the Rollup changed first)
	Last     Decision
}

// New returns a batcher that posts c's blocks to r, sending with tx.
func New(cfg Config, c *chain.Chain, src Source, r *l1.Rollup, tx *txmgr.Manager, log *slog.Logger) *Batcher {
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
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	b := &Batcher{cfg: cfg, chain: c, src: src, rollup: r, tx: tx, log: log}
	b.loop = &service.Loop{Name: "batcher", Interval: cfg.Interval, Wake: src.Wake(), Log: log, Step: func(ctx context.Context) error {
		// A backlog is posted batch after batch, not one per interval.
		for range maxPostsPerRound {
			d, err := b.Step(ctx)
			if err != nil || d.Kind != Post || ctx.Err() != nil {
				return err
			}
		}
		return nil
	}}
	return b
}

// Start starts posting.
func (b *Batcher) Start(ctx context.Context) error { return b.loop.Start(ctx) }

// Stop stops posting, abandoning the wait for a batch in flight (the
// transaction manager keeps it priced; the next start finds it on L1).
func (b *Batcher) Stop(ctx context.Context) error { return b.loop.Stop(ctx) }

// Stats returns the counters.
func (b *Batcher) Stats() Stats {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.stats
}

// maxPostsPerRound bounds the batches one round of the loop posts back to
// back before it waits for the next tick (or wake).
const maxPostsPerRound = 32

// blockOverhead is the ABI encoding of one block besides its tx data: the
// eight header words, the offset and length words, and the tx data padding.
const blockOverhead = 12 * 32

// forcedInclusionMargin bounds how much later than the L1 head a batch is
// assumed to be mined, when judging the forced-inclusion rule: one slot of
// a public chain. It is at most a quarter of the inclusion window.
const forcedInclusionMargin = 12

// Step decides and does one thing; it returns what it decided.
func (b *Batcher) Step(ctx context.Context) (Decision, error) {
	s, blocks, err := b.status(ctx)
	if err != nil {
		return Decision{}, err
	}
	d := Decide(s, b.cfg.InFlightWait)
	if d.Kind == Nothing || (d.Kind == Wait && s.PostedHeld && !s.Stopped && !s.InFlight && s.Ready == 0 && s.Reseal == 0) {
		// Nothing to post now: the time to look for bonds to take back.
		if s.Reclaimable, err = b.reclaimable(ctx); err != nil {
			return Decision{}, err
		}
		d = Decide(s, b.cfg.InFlightWait)
	}
	b.mu.Lock()
	b.stats.Last = d
	b.mu.Unlock()
	return d, b.act(ctx, d, blocks)
}

// status reads what Decide needs, and the blocks a Post would post.
func (b *Batcher) status(ctx context.Context) (Status, []rollup.Block, error) {
	v, stopped := b.src.Synced()
	if v == nil {
		return Status{PostedNumber: 1, LocalHead: 0}, nil, nil // nothing read yet: wait
	}
	posted := v.Posted()
	head := b.chain.Head()
	s := Status{PostedNumber: posted.Number, LocalHead: head.Number, Stopped: stopped}
	if posted.Number <= head.Number {
		if h, err := b.chain.HeaderByNumber(posted.Number); err == nil && h.Hash() == posted.Hash {
			s.PostedHeld = true
		}
	}
	inFlight, err := b.tx.InFlight(ctx)
	if err != nil {
		return Status{}, nil, err
	}
	b.mu.Lock()
	switch {
	case !inFlight:
		b.inFlightSince = time.Time{}
	case b.inFlightSince.IsZero():
		b.inFlightSince = time.Now()
	}
	if inFlight {
		s.InFlight, s.InFlightFor = true, time.Since(b.inFlightSince)
	}
	proofs := v.ProofCount()
	checkClaims := !b.claimChecked || proofs != b.proofsSeen
	b.mu.Unlock()
	if checkClaims {
		owed, err := b.rollup.Claimable(ctx, b.tx.Address())
		if err != nil {
			return Status{}, nil, err
		}
		s.Claimable = owed.Sign() > 0
		b.mu.Lock()
		b.claimChecked, b.proofsSeen = !s.Claimable, proofs
		b.mu.Unlock()
	}
	if !s.PostedHeld || stopped || posted.Number >= head.Number {
		return s, nil, nil
	}
	// The blocks after L1's, within the batch limits, and not later than
	// L1's head (the contract refuses a timestamp after its block's).
	var blocks []rollup.Block
	size := 4 + 64
	for n := posted.Number + 1; n <= head.Number && len(blocks) < b.cfg.MaxBlocks; n++ {
		blk, err := b.chain.BlockByNumber(n)
		if err != nil {
			return Status{}, nil, err
		}
		if blk.Header.Timestamp > v.L1HeadTime {
			break
		}
		bs := blockOverhead + (len(blk.TxData)+31)/32*32
		if len(blocks) > 0 && size+bs > b.cfg.MaxBytes {
			break
		}
		size += bs
		blocks = append(blocks, rollup.Block{Header: blk.Header, TxData: blk.TxData})
	}
	// Forced inclusion: the first block L1 would refuse, at the time the
	// batch may be mined.
	if len(blocks) > 0 {
		cursors := make([]uint64, len(blocks))
		for i, blk := range blocks {
			cursors[i] = blk.Header.QueueCursor
		}
		window := v.InclusionWindow()
		now := v.L1HeadTime + min(forcedInclusionMargin, window/4)
		bad, err := rollup.SkipsExpiredItem(posted.Cursor, cursors, v.QueueLen(), func(i uint64) (uint64, error) {
			e, err := v.QueueEntry(i)
			return e.L1Time, err
		}, window, now)
		if err != nil {
			return Status{}, nil, err
		}
		if bad >= 0 {
			if bad == 0 {
				s.Reseal = blocks[0].Header.Number
			}
			blocks = blocks[:bad]
		}
	}
	s.Ready = len(blocks)
	if s.Ready > 0 {
		pending, err := b.rollup.RollbackPending(ctx)
		if err != nil {
			return Status{}, nil, err
		}
		s.RollbackPending = pending
	}
	return s, blocks, nil
}

// settleBatches is how many reverted batches one settleRollback call
// settles (about 25,000 gas each).
const settleBatches = 128

func (b *Batcher) act(ctx context.Context, d Decision, blocks []rollup.Block) error {
	abi := bindings.NewRollup()
	switch d.Kind {
	case Nothing, Wait:
		return nil
	case Reseal:
		b.log.Warn("a block leaves a queue item past the inclusion window unapplied, which L1 refuses; sealing it again with the queue items", "block", d.Block)
		b.src.Reseal(d.Block)
		return nil
	case Settle:
		r, err := b.send(ctx, abi.PackSettleRollback(big.NewInt(settleBatches)), nil)
		if err != nil {
			return fmt.Errorf("batcher: settle the pending rollback: %w", err)
		}
		b.log.Info("settled reverted batches", "l1Block", r.BlockNumber, "gas", r.GasUsed)
		return nil
	case Claim:
		r, err := b.send(ctx, abi.PackClaim(), nil)
		if errors.Is(err, txmgr.ErrReverted) {
			return nil // claimed meanwhile (NothingToClaim)
		}
		if err != nil {
			return fmt.Errorf("batcher: claim returned bonds: %w", err)
		}
		b.log.Info("claimed returned bonds", "l1Block", r.BlockNumber)
		b.mu.Lock()
		b.claimChecked = true
		b.mu.Unlock()
		return nil
	case ReclaimBond:
		r, err := b.send(ctx, abi.PackReclaimBond(new(big.Int).SetUint64(d.Batch)), nil)
		if err != nil && !errors.Is(err, txmgr.ErrReverted) {
			return fmt.Errorf("batcher: reclaim the bond of batch %d: %w", d.Batch, err)
		}
		if err == nil {
			b.log.Debug("reclaimed a batch's bond", "batch", d.Batch, "l1Block", r.BlockNumber, "gas", r.GasUsed)
		}
		return b.chain.SetMeta(reclaimKey, binary.BigEndian.AppendUint64(nil, d.Batch+1))
	case Post:
		return b.post(ctx, blocks[:d.Count])
	}
	return fmt.Errorf("batcher: unknown decision %v", d.Kind)
}

func (b *Batcher) send(ctx context.Context, data []byte, value *big.Int) (*types.Receipt, error) {
	to := b.rollup.Address
	return b.tx.Send(ctx, txmgr.Candidate{To: &to, Data: data, Value: value})
}

func (b *Batcher) post(ctx context.Context, blocks []rollup.Block) error {
	bond, err := b.rollup.Bond(ctx)
	if err != nil {
		return err
	}
	data := bindings.NewRollup().PackSubmitBatch(rollup.BatchArg(blocks))
	first, last := blocks[0].Header.Number, blocks[len(blocks)-1].Header.Number
	r, err := b.send(ctx, data, bond)
	if errors.Is(err, txmgr.ErrReverted) {
		// Refused at the estimate or when mined: something changed the
		// Rollup first (a fraud proof, another poster). The next step
		// reads L1 again.
		b.mu.Lock()
		b.stats.Reverted++
		b.mu.Unlock()
		b.log.Warn("batch refused by L1: the Rollup changed before it; reading L1 again", "first", first, "last", last, "err", err)
		return nil
	}
	if err != nil {
		return fmt.Errorf("batcher: post blocks %d..%d: %w", first, last, err)
	}
	b.mu.Lock()
	b.stats.Batches++
	b.stats.Blocks += uint64(len(blocks))
	b.mu.Unlock()
	b.log.Info("posted batch", "first", first, "last", last, "bytes", len(data), "l1Block", r.BlockNumber, "gas", r.GasUsed)
	return nil
}

// reclaimKey names the chain metadata that holds the next batch index
// whose bond reclaim looks at.
const reclaimKey = "batcher/reclaim-next"

// reclaimable returns the index+1 of the key's oldest batch whose
// challenge window is over and whose bond the Rollup still holds (0:
// none). It starts where the last look left off and moves that mark past
// the batches it finds done (not the key's, or their bond taken back).
func (b *Batcher) reclaimable(ctx context.Context) (uint64, error) {
	v, _ := b.src.Synced()
	if v == nil {
		return 0, nil
	}
	next := uint64(0)
	if m, err := b.chain.Meta(reclaimKey); err == nil && len(m) == 8 {
		next = binary.BigEndian.Uint64(m)
	} else if err != nil && !errors.Is(err, chain.ErrNotFound) {
		return 0, err
	}
	// A rollback lowers the count: indices above it are new batches.
	i := min(next, v.BatchCount())
	defer func() {
		if i != next {
			_ = b.chain.SetMeta(reclaimKey, binary.BigEndian.AppendUint64(nil, i))
		}
	}()
	me := b.tx.Address()
	for ; i < v.BatchCount(); i++ {
		rec, err := v.Batch(i)
		if err != nil {
			return 0, err
		}
		if v.L1HeadTime < rec.SubmittedAt+v.ChallengeWindow() {
			return 0, nil // later batches' windows end later still
		}
		if rec.Submitter != me {
			continue
		}
		batch, err := b.rollup.GetBatch(ctx, i, nil)
		if errors.Is(err, l1.ErrUnknownBatch) {
			return 0, nil
		}
		if err != nil {
			return 0, err
		}
		if batch.BondHeld {
			return i + 1, nil
		}
	}
	return 0, nil
}
