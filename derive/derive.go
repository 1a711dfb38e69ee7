// Package derive is the verifier's data path: it rebuilds the L2 chain from
// L1 alone (D1, D6). It reads the Rollup's BatchSubmitted events, takes each
// batch's blocks from the calldata of the transaction that posted it
// (checked against the event's blocks root), executes every block with the
// core state transition on the confirmed queue items it claims, compares
// the posted header with the result (core.CheckHeader) and appends it to
// its own chain store, which then serves the same RPC read API.
//
// A block whose execution fails or whose posted header differs from the
// result is flagged (Invalid) and derivation stops there: every later block
// builds on it. Acting on it is the challenger's job.
//
// L1 reorgs: every derived batch is remembered with its L1 block's hash.
// When the L1 block last read is no longer in the chain, the derived blocks
// of batches that the reorg removed are taken back (chain.Rewind) and the
// new chain's batches are read from the last batch still there. Two more
// checks catch what the memory does not hold (after a restart): a batch read
// again whose block differs from the local one rewinds to its parent, and a
// local chain longer than what the Rollup holds at the confirmed head is
// rewound to it. A queue item that a reorg removed (sequencer.DropReporter)
// rewinds past the first block that applied it.
package derive

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/sequencer"
)

// ErrQueueNotConfirmed is returned when a posted block applies queue items
// this node has not yet seen confirmed; derivation retries later.
var ErrQueueNotConfirmed = errors.New("derive: block applies queue items not yet confirmed here")

// Invalid is a posted block the verifier disagrees with, with what a fraud
// proof against it needs from L1.
type Invalid struct {
	Number uint64
	Err    error

	Header  *core.Header
	TxData  []byte
	Batch   uint64         // the index of the batch that posted it
	Headers []*core.Header // all the batch's headers, for the block's proof in it
	L1Block uint64         // the L1 block of the batch, and its hash
	L1Hash  common.Hash
}

// Deriver follows the Rollup's batches into a chain store.
type Deriver struct {
	Chain         *chain.Chain
	Rollup        *l1.Rollup
	Queue         sequencer.Queue
	Confirmations uint64
	FromBlock     uint64 // the L1 block to start at (the deployment)
	Interval      time.Duration
	Log           *slog.Logger

	safe      atomic.Uint64
	finalized atomic.Uint64
	mu        sync.Mutex
	next      uint64
	lastHash  common.Hash // of L1 block next-1 when it was read
	derived   []derived   // the batches derived since start, oldest first
	started   bool
	invalid   *Invalid
	rewinds   uint64
	drop      uint64 // a queue drop not handled yet (retried after a failure)
	hasDrop   bool
	cur       *Invalid // the batch being applied, for flag

	cancel context.CancelFunc
	done   chan struct{}
}

// derived is a batch the verifier has derived: it stays valid as long as
// L1 block l1Block has hash l1Hash.
type derived struct {
	l1Block uint64
	l1Hash  common.Hash
	last    uint64 // its last L2 block
}

// maxDerived bounds the batches remembered; a reorg deeper than all of them
// re-reads L1 from FromBlock (correct, only slower).
const maxDerived = 1024

// SafeBlock is the last derived block: everything a verifier holds came
// from L1.
func (d *Deriver) SafeBlock() uint64 { return d.safe.Load() }

// FinalizedBlock is the last derived block that L1's finalized block holds.
func (d *Deriver) FinalizedBlock() uint64 { return min(d.finalized.Load(), d.safe.Load()) }

// updateFinalized reads what the Rollup held at L1's finalized block; an L1
// without one yet (a fresh dev chain) leaves it at 0.
func (d *Deriver) updateFinalized(ctx context.Context) {
	fin, err := d.Rollup.Client.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	if err != nil {
		return
	}
	if lb, err := d.Rollup.LatestBlock(ctx, fin.Number); err == nil {
		d.finalized.Store(lb.Number)
	}
}

// Invalid returns the first block the verifier found wrong, or nil.
func (d *Deriver) Invalid() *Invalid {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.invalid
}

// Exclusive calls fn while derivation is held: no block is appended or
// taken back meanwhile except by fn (a self-sequencing node seals and posts
// its own blocks in it). flagged says whether derivation is stopped at a
// flagged block.
func (d *Deriver) Exclusive(fn func(flagged bool) error) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return fn(d.invalid != nil)
}

// WithInvalid calls fn with the flagged block while derivation is held, so
// that the chain's head stays the flagged block's parent (what a fraud
// proof's witness is read from) until fn returns. Without a flagged block
// it returns nil and does not call fn.
func (d *Deriver) WithInvalid(fn func(inv *Invalid, c *chain.Chain) error) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.invalid == nil {
		return nil
	}
	return fn(d.invalid, d.Chain)
}

// Step derives the batches in the confirmed L1 blocks not read yet, after
// taking back what an L1 reorg removed. It returns how many L2 blocks it
// appended.
func (d *Deriver) Step(ctx context.Context) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.updateFinalized(ctx)
	if !d.started {
		d.next, d.started = d.FromBlock, true
		// A restarted verifier holds what it derived before.
		d.safe.Store(d.Chain.Head().Number)
	}
	if from, ok := sequencer.TakeDropped(d.Queue); ok && (!d.hasDrop || from < d.drop) {
		d.drop, d.hasDrop = from, true
	}
	if d.hasDrop {
		if err := d.queueDropped(d.drop); err != nil {
			return 0, err // kept, to try again at the next step
		}
		d.hasDrop = false
	}
	if err := d.checkReorg(ctx); err != nil {
		return 0, err
	}
	head, err := d.Rollup.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("derive: L1 head: %w", err)
	}
	if head.Number.Uint64() < d.Confirmations || head.Number.Uint64()-d.Confirmations < d.next {
		return 0, nil
	}
	to := head.Number.Uint64() - d.Confirmations
	toHeader, err := d.Rollup.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return 0, fmt.Errorf("derive: L1 block %d: %w", to, err)
	}
	if err := d.checkLatest(ctx, toHeader); err != nil {
		return 0, err
	}
	if d.invalid != nil {
		return 0, nil
	}
	batches, err := d.Rollup.Batches(ctx, d.next, to)
	if err != nil {
		return 0, err
	}
	appended := 0
	for _, b := range batches {
		if b.Block == to && b.BlockHash != toHeader.Hash() {
			return appended, fmt.Errorf("derive: L1 block %d changed while being read", to)
		}
		blocks, err := d.Rollup.BatchBlocks(ctx, b)
		if err != nil {
			return appended, err
		}
		headers := make([]*core.Header, len(blocks))
		for i := range blocks {
			headers[i] = blocks[i].Header
		}
		for _, blk := range blocks {
			d.cur = &Invalid{
				Header: blk.Header, TxData: blk.TxData, Batch: b.Event.BatchIndex.Uint64(),
				Headers: headers, L1Block: b.Block, L1Hash: b.BlockHash,
			}
			n, err := d.apply(blk.Header, blk.TxData)
			appended += n
			if errors.Is(err, ErrQueueNotConfirmed) {
				// Read this batch again next step; blocks already applied
				// are skipped then.
				d.next, d.lastHash = b.Block, common.Hash{}
				return appended, nil
			}
			if err != nil {
				return appended, err
			}
			if d.invalid != nil {
				return appended, nil
			}
		}
		d.derived = append(d.derived, derived{b.Block, b.BlockHash, b.Event.LastBlock})
		if len(d.derived) > maxDerived {
			d.derived = d.derived[len(d.derived)-maxDerived:]
		}
	}
	d.next, d.lastHash = to+1, toHeader.Hash()
	return appended, nil
}

// Rewinds returns how many times derivation took blocks back.
func (d *Deriver) Rewinds() uint64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.rewinds
}

// checkReorg notices that the L1 block last read is gone and takes back the
// blocks of the batches that went with it.
func (d *Deriver) checkReorg(ctx context.Context) error {
	if d.lastHash == (common.Hash{}) || d.next == 0 {
		return nil
	}
	same, err := d.onL1(ctx, d.next-1, d.lastHash)
	if err != nil || same {
		return err
	}
	// Keep the batches still on L1 (newest first: once one is, the older
	// ones are too).
	keep := len(d.derived)
	for keep > 0 {
		rec := d.derived[keep-1]
		ok, err := d.onL1(ctx, rec.l1Block, rec.l1Hash)
		if err != nil {
			return err
		}
		if ok {
			break
		}
		keep--
	}
	d.lastHash = common.Hash{}
	if keep == 0 {
		// Nothing known to be still there: read L1 again from the start;
		// re-read blocks are compared with the local ones (apply).
		d.derived, d.next = nil, d.FromBlock
		return nil
	}
	rec := d.derived[keep-1]
	d.derived, d.next = d.derived[:keep], rec.l1Block+1
	return d.rewind(rec.last, "an L1 reorg removed the batches after L1 block "+fmt.Sprint(rec.l1Block))
}

// checkLatest takes back local blocks beyond what the Rollup holds at the
// confirmed L1 block to: only a reorg (or a reverted batch) makes that.
func (d *Deriver) checkLatest(ctx context.Context, to *types.Header) error {
	lb, err := d.Rollup.LatestBlock(ctx, to.Number)
	if err != nil {
		return err
	}
	if d.invalid != nil && lb.Number < d.invalid.Number {
		// The flagged block is gone from L1: proven fraudulent (its batch
		// and the later ones reverted) or removed by a reorg. Derivation
		// goes on from what L1 holds; d.next still points at or before
		// the flagged batch, and Batches leaves out reverted ones.
		if d.Log != nil {
			d.Log.Warn("the flagged block is no longer on L1; deriving again", "block", d.invalid.Number, "l1Latest", lb.Number)
		}
		d.invalid = nil
	}
	local := d.Chain.Head().Number
	if local <= lb.Number {
		return nil
	}
	mine, err := d.Chain.BlockByNumber(lb.Number)
	if err != nil {
		return fmt.Errorf("derive: block %d: %w", lb.Number, err)
	}
	if mine.Hash() != common.Hash(lb.BlockHash) {
		// Not even block lb.Number is L1's: read everything again.
		d.derived, d.next, d.lastHash = nil, d.FromBlock, common.Hash{}
	}
	return d.rewind(lb.Number, fmt.Sprintf("L1 holds blocks up to %d", lb.Number))
}

// queueDropped takes back the blocks that applied queue item `from` or a
// later one, and reads their batches again.
func (d *Deriver) queueDropped(from uint64) error {
	head := d.Chain.Head()
	if head.QueueCursor <= from {
		return nil
	}
	n := head.Number
	for n > 0 {
		b, err := d.Chain.BlockByNumber(n - 1)
		if err != nil {
			return fmt.Errorf("derive: block %d: %w", n-1, err)
		}
		n--
		if b.Header.QueueCursor <= from {
			break
		}
	}
	d.derived, d.next, d.lastHash = nil, d.FromBlock, common.Hash{}
	return d.rewind(n, fmt.Sprintf("an L1 reorg removed queue item %d", from))
}

func (d *Deriver) onL1(ctx context.Context, n uint64, hash common.Hash) (bool, error) {
	h, err := d.Rollup.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("derive: L1 block %d: %w", n, err)
	}
	return h.Hash() == hash, nil
}

// rewind takes the local chain back to block n; a flagged block above n
// is forgotten with it (L1 no longer holds it).
func (d *Deriver) rewind(n uint64, why string) error {
	from := d.Chain.Head().Number
	if n >= from {
		return nil
	}
	if _, err := d.Chain.Rewind(n); err != nil {
		return fmt.Errorf("derive: %s: %w", why, err)
	}
	d.rewinds++
	d.safe.Store(n)
	if d.invalid != nil && d.invalid.Number > n {
		d.invalid = nil
	}
	if d.Log != nil {
		d.Log.Warn("taking back derived blocks", "reason", why, "from", from, "to", n)
	}
	return nil
}

func (d *Deriver) apply(h *core.Header, txData []byte) (int, error) {
	local := d.Chain.Head()
	if h.Number <= local.Number {
		mine, err := d.Chain.BlockByNumber(h.Number)
		if err != nil {
			return 0, fmt.Errorf("derive: block %d: %w", h.Number, err)
		}
		if mine.Hash() == h.Hash() {
			// Derived already (a re-read batch), or sealed here by a
			// self-sequencing node: L1 holds it now either way.
			if h.Number > d.safe.Load() {
				d.safe.Store(h.Number)
			}
			return 0, nil
		}
		// L1 now holds another block at this height: ours went with a reorg.
		if err := d.rewind(h.Number-1, fmt.Sprintf("L1 holds another block %d", h.Number)); err != nil {
			return 0, err
		}
		local = d.Chain.Head()
	}
	if h.Number != local.Number+1 {
		d.flag(h.Number, fmt.Errorf("%w: after %d", core.ErrBadNumber, local.Number))
		return 0, nil
	}
	if h.QueueCursor < local.QueueCursor || h.QueueCursor-local.QueueCursor > core.MaxQueueItemsPerBlock {
		d.flag(h.Number, core.ErrBadQueueCursor)
		return 0, nil
	}
	want := int(h.QueueCursor - local.QueueCursor)
	items := d.Queue.QueueItems(local.QueueCursor, want)
	if len(items) != want {
		return 0, fmt.Errorf("%w: block %d applies %d, %d available", ErrQueueNotConfirmed, h.Number, want, len(items))
	}
	o, err := core.Execute(d.Chain.Config(), d.Chain.State(), local, h.Timestamp, h.FeeRecipient, items, txData)
	if err != nil {
		d.flag(h.Number, err)
		return 0, nil
	}
	p, err := d.Chain.Prepare(o.Diff)
	if err != nil {
		return 0, err
	}
	if err := core.CheckHeader(h, o, p.Root()); err != nil {
		d.flag(h.Number, err)
		return 0, nil
	}
	if err := d.Chain.Append(chain.FromOutcome(o, p.Root()), p); err != nil {
		return 0, err
	}
	d.safe.Store(h.Number)
	return 1, nil
}

func (d *Deriver) flag(n uint64, err error) {
	inv := Invalid{}
	if d.cur != nil && d.cur.Header.Number == n {
		inv = *d.cur
	}
	inv.Number, inv.Err = n, err
	d.invalid = &inv
	if d.Log != nil {
		d.Log.Error("posted block is invalid; derivation stops here", "block", n, "err", err)
	}
}

// Start derives on a timer.
func (d *Deriver) Start() error {
	if d.Interval <= 0 {
		d.Interval = time.Second
	}
	ctx, cancel := context.WithCancel(context.Background())
	d.cancel, d.done = cancel, make(chan struct{})
	go func() {
		defer close(d.done)
		t := time.NewTicker(d.Interval)
		defer t.Stop()
		for {
			if _, err := d.Step(ctx); err != nil && ctx.Err() == nil && d.Log != nil {
				d.Log.Warn("derivation step failed", "err", err)
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

// Stop stops deriving.
func (d *Deriver) Stop() error {
	if d.cancel == nil {
		return nil
	}
	d.cancel()
	<-d.done
	return nil
}
