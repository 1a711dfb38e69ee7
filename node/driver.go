package node

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/derive"
	"github.com/viaduct-l2/viaduct/engine"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/sequencer"
)

// driver is the one goroutine of a node that writes its chain (design
// decision D12): it brings the chain to L1's each time the follower has a
// new view (derive.Syncer: deriving, and taking back what L1 proved wrong
// or no longer holds); on a sequencer it pre-confirms the transactions the
// mempool hands over as they arrive and seals the open block when it is
// full, when its time (interval) is up, or when new queue items wait; on a
// self-sequencing verifier it seals the queue items L1 lets anyone
// include. Everything else reads the chain, or asks the driver (Reseal).
type driver struct {
	engine   *engine.Engine
	follower *l1.Follower
	syncer   *derive.Syncer
	seq      *sequencer.Sequencer // the sequencer's, or a self-sequencing verifier's
	selfSeq  bool                 // seal only queue items, only while the inclusion window is open
	interval time.Duration        // an open block's time (sequencer)
	retry    time.Duration        // between syncs while waiting
	log      *slog.Logger
	onSealed func(n int)

	mu      sync.Mutex
	synced  *l1.Snapshot
	stopped bool
	last    derive.Action
	reseal  uint64 // a block to seal again (0: none), from the batcher
	wake    chan struct{}
	request chan struct{}
	sealNow chan struct{} // the RPC needs the open block sealed (SealThrough)

	cancel context.CancelFunc
	done   chan struct{}
}

// maxStartSyncs bounds the syncs Start makes before it returns: a node far
// behind L1 goes on catching up while it serves.
const maxStartSyncs = 16

func newDriver(e *engine.Engine, f *l1.Follower, s *derive.Syncer, seq *sequencer.Sequencer, selfSeq bool, interval, retry time.Duration, log *slog.Logger) *driver {
	return &driver{
		engine: e, follower: f, syncer: s, seq: seq, selfSeq: selfSeq, interval: interval, retry: retry, log: log,
		wake: make(chan struct{}, 1), request: make(chan struct{}, 1), sealNow: make(chan struct{}, 1),
	}
}

// SealThrough has the open block sealed now if its number is at most n,
// and waits until it is: for a read of the block itself (its logs, its
// header) that a pre-confirmed receipt led a client to. It returns at once
// when no block at most n holds pre-confirmed transactions.
func (d *driver) SealThrough(ctx context.Context, n uint64) error {
	ch := make(chan *chain.Block, 16)
	sub := d.engine.Chain().SubscribeBlocks(ch)
	defer sub.Unsubscribe()
	for d.engine.Head().Number < n {
		if pb := d.engine.Pending(); pb.Number == 0 || pb.Number > n || len(pb.Txs) == 0 {
			return nil
		}
		select {
		case d.sealNow <- struct{}{}:
		default:
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// pendingSource is what the RPC reads of the sequencer's pre-confirmations
// (api.PendingSource): the engine's, and the driver's SealThrough.
type pendingSource struct {
	*engine.Engine
	d *driver
}

func (p pendingSource) SealThrough(ctx context.Context, n uint64) error {
	return p.d.SealThrough(ctx, n)
}

// Synced returns the view of L1 the chain was last brought to, and whether
// it stopped before a wrong block of that view (batcher.Source).
func (d *driver) Synced() (*l1.Snapshot, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.synced, d.stopped
}

// Wake is signalled after each sync (batcher.Source).
func (d *driver) Wake() <-chan struct{} { return d.wake }

// Reseal asks the driver to take the chain back before block n and seal
// its transactions again (batcher.Source).
func (d *driver) Reseal(n uint64) {
	d.mu.Lock()
	if d.reseal == 0 || n < d.reseal {
		d.reseal = n
	}
	d.mu.Unlock()
	select {
	case d.request <- struct{}{}:
	default:
	}
}

// Last returns the action the last sync ended on.
func (d *driver) Last() derive.Action {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.last
}

// Start brings the chain to L1's view once, so that a restarted node does
// not serve or seal on what L1 took away while it was stopped, then runs
// the driver until ctx ends or Stop.
func (d *driver) Start(ctx context.Context) error {
	for range maxStartSyncs {
		if !d.sync(ctx) {
			break
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	d.cancel, d.done = cancel, make(chan struct{})
	go d.run(ctx)
	return nil
}

// Stop stops the driver after the write in progress.
func (d *driver) Stop(ctx context.Context) error {
	if d.cancel == nil {
		return nil
	}
	d.cancel()
	select {
	case <-d.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (d *driver) run(ctx context.Context) {
	defer close(d.done)
	views, unsubscribe := d.follower.Subscribe()
	defer unsubscribe()
	seq := d.seq != nil && !d.selfSeq
	var pooled <-chan struct{}
	if seq {
		pooled = d.seq.Pool().Notify()
		// A clean stop seals what was pre-confirmed; then no Add waits.
		defer d.seq.Pool().Close()
		defer d.sealBlocks()
	}
	deadline := time.NewTimer(time.Hour)
	deadline.Stop()
	defer deadline.Stop()
	retry := time.NewTicker(d.retry)
	defer retry.Stop()
	needSync := true
	for {
		if needSync {
			if d.sync(ctx) {
				continue // a long catch-up: keep going, sealing between rounds
			}
			needSync = false
		}
		if seq {
			// The open block is sealed when its time is up.
			if _, _, _, opened, ok := d.engine.OpenBlock(); ok {
				deadline.Reset(time.Until(opened.Add(d.interval)))
			} else {
				deadline.Stop()
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-views:
			needSync = true
		case <-retry.C:
			needSync = true
		case <-d.request:
			needSync = true
		case <-deadline.C:
			d.sealBlocks()
		case <-d.sealNow:
			d.sealBlocks()
		case <-pooled:
			d.preconfirm()
		}
	}
}

// mayWrite returns the view the chain was brought to, if the sequencer
// may add to the chain: it holds L1's chain (or stops at a wrong block
// L1 holds, which a proof reverts). Its queue is nil while items a reorg
// took may come back changed: none is applied then.
func (d *driver) mayWrite() (*l1.Snapshot, l1.Queue, bool) {
	d.mu.Lock()
	v, last := d.synced, d.last.Kind
	d.mu.Unlock()
	if v == nil || (last != derive.Idle && last != derive.Stopped) {
		return nil, nil, false
	}
	if !v.QueueSettled {
		return v, nil, true
	}
	return v, v, true
}

// preconfirm pre-confirms what the mempool hands over.
func (d *driver) preconfirm() {
	_, q, ok := d.mayWrite()
	if !ok {
		return // after the next sync
	}
	n, err := d.seq.Preconfirm(q)
	if err != nil {
		d.log.Error("pre-confirming transactions failed", "err", err)
	}
	if d.onSealed != nil && n > 0 {
		d.onSealed(n)
	}
}

// sync brings the chain to the follower's view, does what the batcher
// asked, and seals a self-sequencing verifier's block. It returns true
// when a sync stopped short (its bound on actions) and should go on at
// once.
func (d *driver) sync(ctx context.Context) bool {
	v := d.follower.Snapshot()
	if !v.Ready() {
		return false
	}
	d.mu.Lock()
	reseal := d.reseal
	d.reseal = 0
	d.mu.Unlock()
	if reseal > 0 && d.seq != nil {
		if r, err := d.engine.Rewind(reseal-1, "a block leaves a queue item past the inclusion window unapplied, which L1 refuses; sealing it again with the queue items", "block", reseal); err != nil {
			d.log.Error("taking the chain back to seal again", "block", reseal, "err", err)
		} else {
			d.seq.Readmit(r)
		}
	}
	res, err := d.syncer.Sync(ctx, v)
	if err != nil {
		if ctx.Err() == nil {
			d.log.Warn("following L1 failed", "err", err)
		}
		return false
	}
	if d.seq != nil {
		d.seq.Readmit(res.Rewound...)
	}
	d.engine.FollowL1(v)
	more := res.Last.Kind == derive.Rewind || res.Last.Kind == derive.Derive
	d.mu.Lock()
	d.synced, d.stopped, d.last = v, res.Last.Kind == derive.Stopped, res.Last
	d.mu.Unlock()
	select {
	case d.wake <- struct{}{}:
	default:
	}
	if d.seq != nil && !d.selfSeq && !more {
		// Queue items that arrived wait for no timer: the open block is
		// sealed before them, and they go into blocks of their own.
		if _, q, ok := d.mayWrite(); ok && q != nil && len(q.QueueItems(d.queueCursor(), 1)) > 0 {
			d.sealBlocks()
		}
		// What was taken back, and what waited for this sync.
		d.preconfirm()
	}
	if d.selfSeq && !more {
		d.selfSequence(v, res.Last)
	}
	return more
}

// queueCursor is the queue items applied by the chain and the open block.
func (d *driver) queueCursor() uint64 {
	if _, _, cursor, _, ok := d.engine.OpenBlock(); ok {
		return cursor
	}
	return d.engine.Head().QueueCursor
}

// sealBlocks seals the open block and then blocks of the waiting queue
// items, if the chain may grow.
func (d *driver) sealBlocks() {
	_, q, ok := d.mayWrite()
	if !ok {
		return
	}
	n, err := d.seq.SealAll(q)
	if err != nil {
		d.log.Error("sealing block failed", "err", err)
	}
	if d.onSealed != nil && n > 0 {
		d.onSealed(n)
	}
}

// selfSequence seals, on a verifier run with self-sequencing, a block of
// the queue items waiting on L1 while the Rollup's inclusion window is open
// (a sequencer that is down or censors) and the chain holds exactly what L1
// does; its batcher posts it. If the sequencer posts first, the block loses
// and the next sync takes it back.
func (d *driver) selfSequence(v *l1.Snapshot, last derive.Action) {
	if last.Kind != derive.Idle || !v.InclusionWindowOpen(v.L1HeadTime) {
		return
	}
	head := d.engine.Head()
	if p := v.Posted(); p.Number != head.Number || p.Hash != head.Hash() {
		return // a block of its own is not posted yet
	}
	blk, err := d.seq.Seal(v)
	if err != nil {
		d.log.Error("self-sequencing: sealing failed", "err", err)
		return
	}
	if blk != nil {
		// Only an idle or censoring sequencer leaves the window open with
		// queue items waiting: worth a warning each time.
		d.log.Warn("the inclusion window is open: sealed the waiting queue items here, to post them", "block", blk.Header.Number, "queueItems", blk.QueueItems, "withdrawals", len(blk.Withdrawals))
	}
}
