// Package batcher posts a node's blocks that L1 does not hold yet to the
// Rollup, with the bond, as calldata (submitBatch) or in the blobs of a
// blob transaction (submitBlobBatch, spec section 17), and keeps the key's
// accounts with the Rollup in order: it settles a pending rollback, claims
// the bonds a rollback returned, and takes back the bonds of its batches
// whose challenge window is over.
//
// Each step reads a status (Status: the view of L1 the node's chain was
// last brought to, the local chain, the batches in flight, what the key
// has pending), decides with the pure function Decide (and, for the kind
// of batch, ChooseDA), and then acts, through the key's L1 transaction
// manager (package txmgr). What L1 holds is read again each step, so it
// never skips a block, and a restarted batcher resumes from what L1 holds.
//
// # Several batches in flight
//
// A batch is sent (txmgr Submit) and not waited for: the next one
// continues the last block of the one before, up to MaxInFlight batches
// pending on L1 in nonce order, so posting keeps up with a sequencer that
// seals more than one L1 block carries. The transaction manager prices
// them, replaces them at higher fees (and blob fees) under the txpool's
// replacement rules, resends what a reorg took away, and reports each
// outcome. A batch that fails (reverted when mined: the Rollup changed
// first; or lost in a nonce gap) takes the later ones with it, since they
// continue its blocks: they are forgotten (those still pending revert on
// the Rollup's parent check and change nothing), and the blocks are built
// again from what L1 holds. A batch whose blocks the chain writer took
// back (an L1 reorg, a fraud proof) is not built on; the batcher waits for
// L1 to settle the ones in flight. A batch continuing one in flight cannot
// be estimated on L1's latest block (which lacks its parent): it is sent
// with a gas limit from a model of the Rollup's costs.
//
// # Calldata or blobs
//
// Config.DA chooses: calldata, blobs, or auto: for each
// batch, whichever costs less per byte of tx data at the base fee and tip
// and the blob base fee (at least the EIP-7918 floor) read just before.
// A blob batch packs the ready blocks' tx data back to back over up to
// MaxBlobs blobs (rollup.EncodeBlobs), as many as one transaction may
// carry. Blobs fall back to calldata on an L1 that takes none (before
// Cancun, no blob base fee, or a node that refuses the transaction type),
// and are tried again after blobRetry. The sidecar of every blob batch
// mined is handed to Config.OnMined, for the node's blob store; after a
// restart, also those of the batches an earlier process sent and did not
// see mined (a crash in between), built again from the chain's blocks.
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
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/service"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// Config bounds batches.
type Config struct {
	// DA is how batches carry their tx data. Empty is DACalldata, which
	// every L1 takes and every verifier reads without a blob source;
	// `viaduct node` defaults to DAAuto.
	DA DA
	// MaxBlocks is the most blocks in one batch (default 16 for a calldata
	// batch, 1,024 for a blob batch, whose blocks cost only their headers'
	// calldata).
	MaxBlocks int
	// MaxBytes bounds a batch's calldata (default 100,000: under the
	// 128 KiB an L1 txpool takes, docs/contracts-gas.md); a blob batch's
	// calldata is its headers and lengths, about 290 bytes a block.
	MaxBytes int
	// MaxBlobs is the most blobs in one blob batch (default and at most
	// rollup.MaxBlobsPerBatch, what one transaction may carry).
	MaxBlobs int
	// MaxInFlight is the most batches pending on L1 at once (default 16,
	// the txpools' per-account default).
	MaxInFlight int
	// Interval is the time between steps (default 1s).
	Interval time.Duration
	// InFlightWait is how long a step waits for a transaction of the
	// batcher's key that is pending on L1 and none of its pipeline's (a
	// batch an L1 reorg put back in the txpool, one sent before a restart)
	// before posting anyway (default 1 minute).
	InFlightWait time.Duration
	// OnMined, if set, receives the receipt and sidecar of every blob
	// batch mined (the node keeps the blobs it posts), from the step that
	// sees it mined; it should not take long. A batch mined while no
	// process watched (sent before a crash) is handed on by the first step
	// of the next start that has nothing in flight, its sidecar built again
	// from the chain's blocks (blobs and commitments, no proofs).
	OnMined func(r *types.Receipt, sidecar *types.BlobTxSidecar)
	// BlobLie, if set, may change the tx data a blob batch's blobs carry
	// (a test and demo mode, package internal/misbehave): given the
	// blocks' tx data in order it returns the bytes to carry and whether
	// it changed any. Nil in production.
	BlobLie func(txData [][]byte) ([][]byte, bool)
}

// Check refuses a Config that cannot work, naming the field.
func (c *Config) Check() error {
	if c.DA != "" {
		if _, err := ParseDA(string(c.DA)); err != nil {
			return fmt.Errorf("batcher: Config.DA: %w", err)
		}
	}
	switch {
	case c.MaxBlobs < 0 || c.MaxBlobs > rollup.MaxBlobsPerBatch:
		return fmt.Errorf("batcher: Config.MaxBlobs %d: at most %d blobs fit one batch", c.MaxBlobs, rollup.MaxBlobsPerBatch)
	case c.MaxBlocks < 0 || c.MaxBytes < 0 || c.MaxInFlight < 0:
		return errors.New("batcher: Config.MaxBlocks, MaxBytes and MaxInFlight cannot be negative")
	}
	return nil
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
	wake   chan struct{}

	// Owned by the step (the loop's goroutine, or a test's).
	flights  []*flight
	blocks   map[uint64]rollup.Block // blocks read after the last in flight (readyBlocks)
	bond     *big.Int
	blobsOff time.Time // blobs are not tried before this (the L1 refused them)
	waiting  string    // why the last step waited, as logged
	l1Head   uint64    // L1's head as the last step read it
	// recovered: the blob batches earlier processes sent were looked for
	// (recoverHanded); until then, reap leaves the mark where it is.
	recovered bool
	// refusedAt, refusedView and refusedFirst are L1's head, the view's
	// L1 block and the batch's first block when L1 last refused a batch
	// at its gas estimate (refusedAt 0: none since): a batch goes again
	// only once one of them has changed.
	refusedAt, refusedView uint64
	refusedFirst           common.Hash
	stepView               uint64 // the view's L1 block as the step's status read it

	mu            sync.Mutex
	inFlightSince time.Time
	proofsSeen    uint64 // the fraud proofs seen when claims were last looked at
	claimChecked  bool
	stats         Stats
}

// flight is a batch sent to L1 and not yet in the view.
type flight struct {
	first, last uint64
	lastHash    common.Hash
	da          DA
	blocks      int
	tx          *txmgr.Tx
	mined       *types.Receipt // set once mined; dropped when the view has read its block
}

// Stats is what the batcher has done since it started.
type Stats struct {
	Batches     uint64 // batches mined
	Blocks      uint64 // blocks in them
	BlobBatches uint64 // of the batches, those carried in blobs
	Blobs       uint64 // blobs in them
	Reverted    uint64 // batches refused at the estimate or mined but reverted (the Rollup changed first)
	Failed      uint64 // batches lost otherwise (a nonce gap), rebuilt from L1's view
	InFlight    int    // batches sent and not yet in the view
	Last        Decision
}

// New returns a batcher that posts c's blocks to r, sending with tx.
func New(cfg Config, c *chain.Chain, src Source, r *l1.Rollup, tx *txmgr.Manager, log *slog.Logger) *Batcher {
	if cfg.DA == "" {
		cfg.DA = DACalldata
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = 100_000
	}
	if cfg.MaxBlobs <= 0 || cfg.MaxBlobs > rollup.MaxBlobsPerBatch {
		cfg.MaxBlobs = rollup.MaxBlobsPerBatch
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = 16
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
	b := &Batcher{cfg: cfg, chain: c, src: src, rollup: r, tx: tx, log: log, wake: make(chan struct{}, 1)}
	b.loop = &service.Loop{Name: "batcher", Interval: cfg.Interval, Wake: b.wake, Log: log, Step: func(ctx context.Context) error {
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
func (b *Batcher) Start(ctx context.Context) error {
	if err := b.cfg.Check(); err != nil {
		return err
	}
	if b.cfg.DA != DACalldata {
		// The KZG library builds its tables at first use: seconds of CPU
		// (more on a busy machine) that would otherwise delay the first
		// blob batch.
		go func() {
			var blob kzg4844.Blob
			_, _ = kzg4844.BlobToCommitment(&blob)
		}()
	}
	if err := b.loop.Start(ctx); err != nil {
		return err
	}
	// The chain writer's new views wake a step, as do the batches mined.
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-b.src.Wake():
				b.kick()
			}
		}
	}()
	return nil
}

// Stop stops posting. The batches in flight stay with the transaction
// manager, which keeps them priced; the next start finds them on L1, or
// pending (Status.InFlight).
func (b *Batcher) Stop(ctx context.Context) error { return b.loop.Stop(ctx) }

func (b *Batcher) kick() {
	select {
	case b.wake <- struct{}{}:
	default:
	}
}

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

// blobBlockOverhead is a blob batch's calldata per block: the eight header
// words and the length word.
const blobBlockOverhead = 9 * 32

// blobRetry is how long blobs are not tried again after the L1 refused a
// blob transaction.
const blobRetry = 10 * time.Minute

// forcedInclusionMargin bounds how much later than the L1 head a batch is
// assumed to be mined, when judging the forced-inclusion rule: one slot of
// a public chain. It is at most a quarter of the inclusion window.
const forcedInclusionMargin = 12

// Step decides and does one thing; it returns what it decided.
func (b *Batcher) Step(ctx context.Context) (Decision, error) {
	v, _ := b.src.Synced()
	b.reap(ctx, v)
	s, next, err := b.status(ctx)
	if err != nil {
		return Decision{}, err
	}
	if !b.recovered && b.cfg.OnMined != nil && v != nil && len(b.flights) == 0 && !s.InFlight {
		// Before the first batch of this process: nothing of the key is
		// pending, so every batch an earlier one sent is mined or gone.
		if err := b.recoverHanded(ctx); err != nil {
			b.log.Warn("cannot look for the blob batches sent before this start; trying again at the next step", "err", err)
		} else {
			b.recovered = true
		}
	}
	d := Decide(s, b.cfg.InFlightWait)
	if d.Kind == Nothing || (d.Kind == Wait && s.Pipeline == 0 && s.PostedHeld && !s.Stopped && !s.InFlight && s.Ready == 0 && s.Reseal == 0) {
		// Nothing to post now: the time to look for bonds to take back.
		if s.Reclaimable, err = b.reclaimable(ctx); err != nil {
			return Decision{}, err
		}
		d = Decide(s, b.cfg.InFlightWait)
	}
	b.mu.Lock()
	b.stats.Last = d
	b.stats.InFlight = len(b.flights)
	b.mu.Unlock()
	if d.Kind == Wait && d.Why != b.waiting {
		// The view's L1 block against L1's head: a view far behind holds
		// the batches in flight (they leave the pipeline once it has read
		// their blocks) and the node's safe head.
		var viewL1 uint64
		if v != nil {
			viewL1 = v.L1Block
		}
		b.log.Debug("batcher waits", "why", d.Why, "inFlight", len(b.flights), "viewL1Block", viewL1, "l1Head", b.l1Head)
	}
	b.waiting = ""
	if d.Kind == Wait {
		b.waiting = d.Why
	}
	return d, b.act(ctx, d, next)
}

// reap takes in the outcomes of the batches in flight, oldest first: a
// mined one is counted (and its blobs handed on) and kept until the view
// has read its L1 block; a failed one is dropped with every later one,
// whose blocks continue it.
func (b *Batcher) reap(ctx context.Context, v *l1.Snapshot) {
	for i := 0; i < len(b.flights); i++ {
		f := b.flights[i]
		if f.mined != nil {
			continue
		}
		select {
		case <-f.tx.Done():
		default:
			continue
		}
		r, err := f.tx.Wait(ctx)
		if err == nil {
			f.mined = r
			b.mu.Lock()
			b.stats.Batches++
			b.stats.Blocks += uint64(f.blocks)
			if f.da == DABlobs {
				b.stats.BlobBatches++
				b.stats.Blobs += uint64(len(f.tx.Sidecar().Blobs))
			}
			b.mu.Unlock()
			b.log.Info("batch mined", "first", f.first, "last", f.last, "da", f.da, "l1Block", r.BlockNumber, "gas", r.GasUsed, "blobGas", r.BlobGasUsed)
			if f.da == DABlobs && b.cfg.OnMined != nil {
				b.cfg.OnMined(r, f.tx.Sidecar())
			}
			if b.recovered && b.cfg.OnMined != nil && !slices.ContainsFunc(b.flights[:i], func(e *flight) bool { return e.mined == nil }) {
				// Every batch before it was handed on too: a restart
				// looks from the block after.
				if err := b.setHandedMark(r.BlockNumber.Uint64() + 1); err != nil {
					b.log.Warn("cannot keep how far the blobs of mined batches were handed on", "err", err)
				}
			}
			continue
		}
		b.mu.Lock()
		if errors.Is(err, txmgr.ErrReverted) {
			b.stats.Reverted++
		} else {
			b.stats.Failed++
		}
		b.mu.Unlock()
		dropped := b.flights[i:]
		b.log.Warn("batch failed on L1; the batches after it are built again from what L1 holds", "first", f.first, "last", f.last,
			"da", f.da, "dropped", len(dropped), "err", err)
		b.flights = b.flights[:i]
		break
	}
	// A mined batch is L1's once the view has read its block; before, the
	// view may not show it yet.
	for len(b.flights) > 0 && b.flights[0].mined != nil && v != nil && v.L1Block >= b.flights[0].mined.BlockNumber.Uint64() {
		b.flights = b.flights[1:]
	}
}

// pending is a batch Decide may post: the blocks, and the kind chosen.
type pending struct {
	blocks []rollup.Block
	da     DA
	// parent is the block the batch continues (a batch in flight's last,
	// or L1's latest).
	parent uint64
}

// status reads what Decide needs, and the batch a Post would post.
func (b *Batcher) status(ctx context.Context) (Status, *pending, error) {
	v, stopped := b.src.Synced()
	if v == nil {
		return Status{PostedNumber: 1, LocalHead: 0}, nil, nil // nothing read yet: wait
	}
	posted := v.Posted()
	head := b.chain.Head()
	s := Status{PostedNumber: posted.Number, LocalHead: head.Number, Stopped: stopped, Pipeline: len(b.flights), MaxInFlight: b.cfg.MaxInFlight}
	if posted.Number <= head.Number {
		if h, err := b.chain.HeaderByNumber(posted.Number); err == nil && h.Hash() == posted.Hash {
			s.PostedHeld = true
		}
	}
	// The block the next batch continues.
	tip, tipCursor := posted.Number, posted.Cursor
	if n := len(b.flights); n > 0 {
		last := b.flights[n-1]
		s.PipelineDA = last.da
		h, err := b.chain.HeaderByNumber(last.last)
		if err != nil || h.Hash() != last.lastHash {
			s.Stale = true
			return s, nil, nil
		}
		tip, tipCursor = h.Number, h.QueueCursor
	} else {
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
		b.mu.Unlock()
	}
	b.mu.Lock()
	proofs := v.ProofCount()
	checkClaims := !b.claimChecked || proofs != b.proofsSeen
	b.mu.Unlock()
	if checkClaims && len(b.flights) == 0 {
		owed, err := b.rollup.Claimable(ctx, b.tx.Address())
		if err != nil {
			return Status{}, nil, err
		}
		s.Claimable = owed.Sign() > 0
		b.mu.Lock()
		b.claimChecked, b.proofsSeen = !s.Claimable, proofs
		b.mu.Unlock()
	}
	if !s.PostedHeld || stopped || tip >= head.Number {
		return s, nil, nil
	}
	// L1's head as of now, not as of the view: a node busy sealing can
	// bring its chain to a new view seconds late, and blocks newer than
	// the view's L1 time would wait for it.
	l1Time := v.L1HeadTime
	if h, err := b.rollup.Client.HeaderByNumber(ctx, nil); err == nil {
		b.l1Head = h.Number.Uint64()
		l1Time = max(l1Time, h.Time)
	}
	blocks, more, err := b.readyBlocks(l1Time, tip, head.Number)
	if err != nil {
		return Status{}, nil, err
	}
	// Forced inclusion: the first block L1 would refuse, at the time the
	// batch may be mined.
	if len(blocks) > 0 {
		cursors := make([]uint64, len(blocks))
		for i, blk := range blocks {
			cursors[i] = blk.Header.QueueCursor
		}
		window := v.InclusionWindow()
		now := l1Time + min(forcedInclusionMargin, window/4)
		bad, err := rollup.SkipsExpiredItem(tipCursor, cursors, v.QueueLen(), func(i uint64) (uint64, error) {
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
			blocks, more = blocks[:bad], false
		}
	}
	if len(blocks) == 0 {
		return s, nil, nil
	}
	p := &pending{parent: tip}
	p.blocks, s.DA, s.Full, err = b.choose(ctx, blocks, more)
	if err != nil {
		return Status{}, nil, err
	}
	p.da, s.Ready = s.DA, len(p.blocks)
	if first := p.blocks[0].Header.Hash(); b.refusedAt != 0 && (b.l1Head > b.refusedAt || v.L1Block != b.refusedView || first != b.refusedFirst) {
		b.refusedAt = 0
	}
	s.Refused = b.refusedAt
	b.stepView = v.L1Block
	if len(b.flights) == 0 {
		pending, err := b.rollup.RollbackPending(ctx)
		if err != nil {
			return Status{}, nil, err
		}
		s.RollbackPending = pending
	}
	return s, p, nil
}

// readyBlocks returns the blocks after tip, up to head, that one batch of
// the kinds the batcher may post could carry (and not later than L1's
// head, at l1Time: the contract refuses a timestamp after its block's), and whether a
// block after them waits (the batch would be full). Blocks read once are
// kept (b.blocks) while the chain holds them, so that a step with batches
// in flight reads only the blocks sealed since the last.
func (b *Batcher) readyBlocks(l1Time, tip, head uint64) ([]rollup.Block, bool, error) {
	for n := range b.blocks {
		if n <= tip {
			delete(b.blocks, n)
		}
	}
	calldataOnly := b.cfg.DA == DACalldata
	maxBlocks := b.cfg.MaxBlocks
	if maxBlocks <= 0 {
		maxBlocks = defaultBlobBlocks
		if calldataOnly {
			maxBlocks = defaultCalldataBlocks
		}
	}
	capacity := b.cfg.MaxBlobs * rollup.BlobPayloadBytes
	var blocks []rollup.Block
	calldata, txData := 4+64, 0
	for n := tip + 1; n <= head; n++ {
		blk, err := b.block(n)
		if err != nil {
			return nil, false, err
		}
		if blk.Header.Timestamp > l1Time {
			return blocks, false, nil
		}
		if calldataOnly {
			calldata += blockOverhead + (len(blk.TxData)+31)/32*32
		} else {
			// The blob batch's bounds (the larger kind's).
			calldata += blobBlockOverhead
			txData += len(blk.TxData)
		}
		if len(blocks) > 0 && (len(blocks) >= maxBlocks || calldata > b.cfg.MaxBytes || txData > capacity) {
			return blocks, true, nil
		}
		blocks = append(blocks, blk)
	}
	return blocks, false, nil
}

// block returns block n of the chain, from b.blocks if the chain still
// holds the block read there.
func (b *Batcher) block(n uint64) (rollup.Block, error) {
	if b.blocks == nil {
		b.blocks = map[uint64]rollup.Block{}
	}
	if blk, ok := b.blocks[n]; ok {
		h, err := b.chain.HeaderByNumber(n)
		if err != nil {
			return rollup.Block{}, err
		}
		if h.Hash() == blk.Header.Hash() {
			return blk, nil
		}
	}
	full, err := b.chain.BlockByNumber(n)
	if err != nil {
		return rollup.Block{}, err
	}
	blk := rollup.Block{Header: full.Header, TxData: full.TxData}
	b.blocks[n] = blk
	return blk, nil
}

// defaultCalldataBlocks and defaultBlobBlocks are Config.MaxBlocks's
// defaults for each kind of batch.
const (
	defaultCalldataBlocks = 16
	defaultBlobBlocks     = 1024
)

// asCalldata returns how many of blocks one calldata batch carries.
func (b *Batcher) asCalldata(blocks []rollup.Block) int {
	maxBlocks := b.cfg.MaxBlocks
	if maxBlocks <= 0 {
		maxBlocks = defaultCalldataBlocks
	}
	size := 4 + 64
	for i, blk := range blocks {
		size += blockOverhead + (len(blk.TxData)+31)/32*32
		if i > 0 && (i >= maxBlocks || size > b.cfg.MaxBytes) {
			return i
		}
	}
	return len(blocks)
}

// asBlobs returns how many of blocks one blob batch carries.
func (b *Batcher) asBlobs(blocks []rollup.Block) int {
	maxBlocks := b.cfg.MaxBlocks
	if maxBlocks <= 0 {
		maxBlocks = defaultBlobBlocks
	}
	return min(len(blocks), maxBlocks) // readyBlocks kept to the blobs' other bounds
}

// choose decides the kind of the next batch and returns its blocks, and
// whether it is full (ready blocks are left for the one after). With
// batches in flight, only a full batch of their kind can go (Decide): the
// prices are read only then.
func (b *Batcher) choose(ctx context.Context, blocks []rollup.Block, more bool) ([]rollup.Block, DA, bool, error) {
	nc, nb := b.asCalldata(blocks), b.asBlobs(blocks)
	pick := func(da DA) ([]rollup.Block, DA, bool, error) {
		n := nc
		if da == DABlobs {
			n = nb
		}
		return blocks[:n], da, more || n < len(blocks), nil
	}
	if b.cfg.DA == DACalldata {
		return pick(DACalldata)
	}
	if n := len(b.flights); n > 0 {
		if kind := b.flights[n-1].da; !more && ((kind == DABlobs && nb == len(blocks)) || (kind == DACalldata && nc == len(blocks))) {
			return pick(kind) // not full: Decide waits
		}
	}
	p, blobsOK, err := b.prices(ctx)
	if err != nil {
		return nil, "", false, err
	}
	cd, bd := txDataBytes(blocks[:nc]), txDataBytes(blocks[:nb])
	cs, cf := calldataBatchGas(cd, nc)
	bs, bf := blobBatchGas(nb)
	asCalldata := Candidate{Gas: expectedGasOf(cs, cf, nc), TxDataBytes: cd}
	asBlobs := Candidate{Gas: expectedGasOf(bs, bf, nb), Blobs: blobCount(bd), TxDataBytes: bd}
	da, why := ChooseDA(b.cfg.DA, p, blobsOK, asCalldata, asBlobs)
	b.log.Debug("chose the next batch's data availability", "da", da, "why", why, "baseFee", p.BaseFee, "blobBaseFee", p.BlobBaseFee,
		"calldataCost", asCalldata.Cost(p), "calldataBytes", asCalldata.TxDataBytes, "blobCost", asBlobs.Cost(p), "blobBytes", asBlobs.TxDataBytes)
	return pick(da)
}

func txDataBytes(blocks []rollup.Block) int {
	n := 0
	for _, blk := range blocks {
		n += len(blk.TxData)
	}
	return n
}

// prices reads what L1 charges now, and whether blobs may be tried: the
// head has an excess blob gas (Cancun), the node quotes a blob base fee,
// and no blob transaction was refused within blobRetry.
func (b *Batcher) prices(ctx context.Context) (Prices, bool, error) {
	head, err := b.rollup.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return Prices{}, false, fmt.Errorf("batcher: L1 head: %w", err)
	}
	if head.BaseFee == nil {
		return Prices{}, false, errors.New("batcher: the L1 head has no base fee (before London)")
	}
	tip, err := b.rollup.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return Prices{}, false, fmt.Errorf("batcher: suggested tip: %w", err)
	}
	p := Prices{BaseFee: head.BaseFee, Tip: tip}
	if head.ExcessBlobGas == nil || time.Now().Before(b.blobsOff) {
		return p, false, nil
	}
	if r, ok := b.rollup.Client.(txmgr.BlobFeeReader); ok {
		if p.BlobBaseFee, err = r.BlobBaseFee(ctx); err != nil {
			b.log.Debug("the L1 quotes no blob base fee; posting calldata", "err", err)
			p.BlobBaseFee = nil
		}
	}
	return p, p.BlobBaseFee != nil, nil
}

// settleBatches is how many reverted batches one settleRollback call
// settles (about 25,000 gas each).
const settleBatches = 128

func (b *Batcher) act(ctx context.Context, d Decision, next *pending) error {
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
		return b.post(ctx, next.blocks[:d.Count], d.DA)
	}
	return fmt.Errorf("batcher: unknown decision %v", d.Kind)
}

func (b *Batcher) send(ctx context.Context, data []byte, value *big.Int) (*types.Receipt, error) {
	to := b.rollup.Address
	return b.tx.Send(ctx, txmgr.Candidate{To: &to, Data: data, Value: value})
}

// post sends blocks as one batch of kind da, after the batches in flight.
func (b *Batcher) post(ctx context.Context, blocks []rollup.Block, da DA) error {
	if b.bond == nil {
		bond, err := b.rollup.Bond(ctx)
		if err != nil {
			return err
		}
		b.bond = bond
	}
	to := b.rollup.Address
	c := txmgr.Candidate{To: &to, Value: b.bond}
	if da == DABlobs {
		txData := make([][]byte, len(blocks))
		headers := make([]*core.Header, len(blocks))
		for i, blk := range blocks {
			txData[i], headers[i] = blk.TxData, blk.Header
		}
		if b.cfg.BlobLie != nil {
			if lie, ok := b.cfg.BlobLie(txData); ok {
				b.log.Warn("misbehaving on purpose: the blobs carry other bytes than the blocks' tx data", "first", blocks[0].Header.Number, "last", blocks[len(blocks)-1].Header.Number)
				txData = lie
			}
		}
		blobs, lengths, err := rollup.EncodeBlobs(txData)
		if err != nil {
			return fmt.Errorf("batcher: blobs of blocks %d..%d: %w", blocks[0].Header.Number, blocks[len(blocks)-1].Header.Number, err)
		}
		c.Data, c.Blobs = rollup.SubmitBlobBatchCall(headers, lengths), blobs
	} else {
		c.Data = bindings.NewRollup().PackSubmitBatch(rollup.BatchArg(blocks))
	}
	if len(b.flights) > 0 {
		// L1's latest block lacks the parent: no estimate.
		c.GasLimit = gasLimit(c.Data, len(blocks))
	}
	first, last := blocks[0].Header, blocks[len(blocks)-1].Header
	tx, err := b.tx.Submit(ctx, c)
	switch {
	case errors.Is(err, txmgr.ErrReverted):
		// Refused at the estimate: something changed the Rollup first (a
		// fraud proof, another poster), or the view the batch was built on
		// is behind L1. The next steps read L1 again, but send nothing
		// before L1 has a newer block or the node a newer view of it: on
		// the same state the same call reverts again, and a blob batch's
		// sidecar, built before the estimate, costs seconds of CPU.
		b.mu.Lock()
		b.stats.Reverted++
		b.mu.Unlock()
		b.refusedAt, b.refusedView, b.refusedFirst = max(b.l1Head, 1), b.stepView, first.Hash()
		b.log.Warn("batch refused by L1: the Rollup changed before it; reading L1 again once it or the view moves", "first", first.Number, "last", last.Number,
			"da", da, "l1Head", b.l1Head, "err", err)
		return nil
	case err != nil && da == DABlobs && blobsRefused(err):
		b.blobsOff = time.Now().Add(blobRetry)
		b.log.Warn("the L1 refuses blob transactions; posting calldata", "retryIn", blobRetry, "err", err)
		return nil
	case err != nil:
		return fmt.Errorf("batcher: post blocks %d..%d: %w", first.Number, last.Number, err)
	}
	f := &flight{first: first.Number, last: last.Number, lastHash: last.Hash(), da: da, blocks: len(blocks), tx: tx}
	b.flights = append(b.flights, f)
	b.mu.Lock()
	b.stats.InFlight = len(b.flights)
	b.mu.Unlock()
	go func() {
		select {
		case <-tx.Done():
			b.kick()
		case <-ctx.Done():
		}
	}()
	attrs := []any{"first", first.Number, "last", last.Number, "da", da, "bytes", len(c.Data), "nonce", tx.Nonce(), "inFlight", len(b.flights)}
	if da == DABlobs {
		attrs = append(attrs, "blobs", len(c.Blobs), "txData", txDataBytes(blocks))
	}
	b.log.Info("batch sent", attrs...)
	return nil
}

// blobsRefused reports whether a failed Submit of a blob transaction says
// the L1 takes none: the client quotes no blob base fee, or the node
// refuses the transaction type.
func blobsRefused(err error) bool {
	if errors.Is(err, txmgr.ErrNoBlobFee) {
		return true
	}
	// go-ethereum's core.ErrTxTypeNotSupported, as it crosses JSON-RPC.
	return strings.Contains(err.Error(), "transaction type not supported")
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
