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

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/sequencer"
)

// ErrQueueNotConfirmed is returned when a posted block applies queue items
// this node has not yet seen confirmed; derivation retries later.
var ErrQueueNotConfirmed = errors.New("derive: block applies queue items not yet confirmed here")

// Invalid is a posted block the verifier disagrees with.
type Invalid struct {
	Number uint64
	Err    error
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
	started   bool
	invalid   *Invalid

	cancel context.CancelFunc
	done   chan struct{}
}

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

// Step derives the batches in the confirmed L1 blocks not read yet. It
// returns how many L2 blocks it appended.
func (d *Deriver) Step(ctx context.Context) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.updateFinalized(ctx)
	if d.invalid != nil {
		return 0, nil
	}
	if !d.started {
		d.next, d.started = d.FromBlock, true
		// A restarted verifier holds what it derived before.
		d.safe.Store(d.Chain.Head().Number)
	}
	head, err := d.Rollup.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("derive: L1 head: %w", err)
	}
	if head.Number.Uint64() < d.Confirmations || head.Number.Uint64()-d.Confirmations < d.next {
		return 0, nil
	}
	to := head.Number.Uint64() - d.Confirmations
	batches, err := d.Rollup.Batches(ctx, d.next, to)
	if err != nil {
		return 0, err
	}
	appended := 0
	for _, b := range batches {
		blocks, err := d.Rollup.BatchBlocks(ctx, b)
		if err != nil {
			return appended, err
		}
		for _, blk := range blocks {
			n, err := d.apply(blk.Header, blk.TxData)
			appended += n
			if errors.Is(err, ErrQueueNotConfirmed) {
				// Read this batch again next step; blocks already applied
				// are skipped then.
				d.next = b.Block
				return appended, nil
			}
			if err != nil {
				return appended, err
			}
			if d.invalid != nil {
				return appended, nil
			}
		}
	}
	d.next = to + 1
	return appended, nil
}

func (d *Deriver) apply(h *core.Header, txData []byte) (int, error) {
	local := d.Chain.Head()
	if h.Number <= local.Number {
		return 0, nil // derived already (a re-read batch)
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
	d.invalid = &Invalid{Number: n, Err: err}
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
