package chain

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// State history. A light client asks for the state of the block L1 names
// at a level of finality (posted, final, settled), which a busy chain has
// left thousands of blocks behind. The chain keeps, besides the head's
// state, one replica of the state per level ("view": flat values and a
// state tree under its own key prefix, with a small in-memory cache), at
// the block the engine names for that level (SetAnchors). A view moves
// forward by the forward records of the blocks it passes (the values each
// block wrote, stored by Append), merged and hashed once per step, in a
// goroutine of its own (History), under the view's own lock: the writer of
// the chain never waits for it. A rewind of the chain below a view takes
// the view back first, by the undo records, under the view's lock.
//
// A proof at a view's block reads the view: O(tree depth). A proof at
// another block reads the nearest view with the records between laid over
// it (state.Past), at a cost that grows with the distance; those are
// bounded by a semaphore, so a flood queues instead of taking every core.
// The head's own state serves proofs at the head only (never an older
// block: that would need its tree to stand still while a diff is hashed
// and proven, which is what made the writer wait).
//
// History is served from the oldest view's block (the settled one, or its
// target) up to the head; earlier blocks get ErrTooOld. The undo and
// forward records of blocks more than Options.KeepBelow below it are
// pruned in the background: no proof needs them, and a rewind that deep
// (which neither a fraud proof nor an L1 reorg on a real network makes) is
// refused with ErrNoUndo.

// Key prefixes of the history (chain.go lists the others). A view's state
// is under "sv" ‖ its id (package state's keys).
var (
	forwardPrefix = []byte("cr") // cr ‖ number → state.Diff the block wrote
	viewPrefix    = []byte("cv") // cv ‖ view id → number ‖ hash of the block the view holds
)

// Defaults of Options.
const (
	// DefaultViewCacheDepth is a view's state tree cache depth: 4,096
	// internal nodes in memory (about 0.5 MB a view); the rest is read from
	// Pebble, which a view that moves once per L1 block can afford.
	DefaultViewCacheDepth = 12
	// DefaultKeepBelow is how many blocks of records are kept below the
	// oldest view: room for a development L1 that reorganizes below its
	// finalized block.
	DefaultKeepBelow = 4096
)

// How much one step of a view merges before it hashes and commits (a
// step holds the view's write lock only to commit). The step's update and
// its Pebble batch (which Pebble keeps until its memtable is flushed) are
// what a catching-up view holds: a step of 16,384 new accounts into a view
// of 400,000 allocates about 110 MB, one of 65,536 about 285 MB.
const (
	stepBlocks  = 1024
	stepEntries = 1 << 14
)

// ErrTooOld is returned by ProveAt for a block older than the state history
// the chain keeps (below the settled anchor).
var ErrTooOld = errors.New("chain: block is older than the state history this node keeps")

// errHeadMoved: the head moved while a proof at the head was read.
var errHeadMoved = errors.New("chain: the head moved during the proof")

// Options tune what the chain keeps in memory and how it serves history.
// The zero value is the defaults.
type Options struct {
	// CacheDepth is the head state tree's cache depth: the levels of the
	// tree kept in memory (statetree.Options.CacheDepth). 0 keeps the
	// database's (statetree.DefaultCacheDepth for a new one); another value
	// moves the stored tree to it at Open. Memory and CPU trade against
	// each other: docs/performance.md, "Memory".
	CacheDepth int
	// ViewCacheDepth is each view's tree cache depth (default
	// DefaultViewCacheDepth; a view stored at another moves to it).
	ViewCacheDepth int
	// KeepBelow is how many blocks of undo and forward records are kept
	// below the oldest view (default DefaultKeepBelow).
	KeepBelow uint64
	// MaxProofs bounds the proofs computed at once from a view and records
	// (default half the cores, at least 1); more wait their turn.
	MaxProofs int
	// Log receives what the history does in the background (nil: nothing).
	Log *slog.Logger
}

// Anchors are the blocks L1 names at each level of finality, as the engine
// computes them: the newest block a batch on L1 holds (Safe, "posted"),
// the same as of L1's finalized block (Finalized), and the last block of
// the newest batch whose challenge window is over as of L1's finalized
// block (Settled). Settled ≤ Finalized ≤ Safe.
type Anchors struct {
	Safe, Finalized, Settled uint64
}

// The views, oldest anchor first.
const (
	viewSettled = iota
	viewFinalized
	viewSafe
	numViews
)

var viewIDs = [numViews]byte{'s', 'f', 'p'}
var viewNames = [numViews]string{"settled", "finalized", "safe"}

// view is a replica of the state at one block of the chain.
type view struct {
	id   byte
	name string
	// mu is held for reading while a proof uses db, and for writing while
	// db moves (History's step, or a rewind).
	mu sync.RWMutex
	db *state.DB
	at atomic.Pointer[core.Header] // the block db holds the state after
	// target is the block the view should move to (the anchor);
	// ^uint64(0) until the engine names one.
	target atomic.Uint64
}

// history is the chain's part that serves the past (see above).
type history struct {
	views      [numViews]*view
	keepBelow  uint64
	stepBlocks uint64
	pruneStep  uint64        // prune when the bound moved this far
	sem        chan struct{} // one token per proof computed from records
	log        *slog.Logger
	rebuilt    int // views Open built again from the head state

	// epoch counts the rewinds begun: a proof or a step that read records
	// under one epoch and finds another started may have read blocks that
	// a rewind took away.
	epoch  atomic.Uint64
	wake   chan struct{}
	pruned atomic.Uint64 // records of blocks up to here are deleted
}

func viewKey(id byte) []byte { return append(append([]byte(nil), viewPrefix...), id) }

func viewStatePrefix(id byte) []byte { return []byte{'s', 'v', id} }

// openHistory opens the views, rebuilding from the head state any that is
// missing (a new database, or one from before views) or that does not
// hold the state of a block of this chain (its meta record was written by
// a process that did not rewind it).
func (c *Chain) openHistory(opts Options) error {
	h := &c.hist
	h.keepBelow = opts.KeepBelow
	if h.keepBelow == 0 {
		h.keepBelow = DefaultKeepBelow
	}
	n := opts.MaxProofs
	if n <= 0 {
		n = max(1, runtime.GOMAXPROCS(0)/2)
	}
	h.sem = make(chan struct{}, n)
	h.stepBlocks = stepBlocks
	h.pruneStep = 256
	h.wake = make(chan struct{}, 1)
	h.log = opts.Log
	if h.log == nil {
		h.log = slog.New(slog.DiscardHandler)
	}
	depth := opts.ViewCacheDepth
	if depth <= 0 {
		depth = DefaultViewCacheDepth
	}
	// Records below the first undo record kept were pruned (genesis has
	// none: block 1's is the first there is).
	it, err := c.pdb.NewIter(&pebble.IterOptions{LowerBound: numKey(undoPrefix, 1), UpperBound: numKey(undoPrefix, ^uint64(0))})
	if err != nil {
		return fmt.Errorf("chain: read the records kept: %w", err)
	}
	if it.First() && len(it.Key()) == len(undoPrefix)+8 {
		h.pruned.Store(binary.BigEndian.Uint64(it.Key()[len(undoPrefix):]) - 1)
	}
	if err := errors.Join(it.Error(), it.Close()); err != nil {
		return fmt.Errorf("chain: read the records kept: %w", err)
	}
	for i := range numViews {
		v := &view{id: viewIDs[i], name: viewNames[i]}
		v.target.Store(^uint64(0))
		h.views[i] = v
		ok, err := c.loadView(v, depth)
		if err != nil {
			return err
		}
		if !ok {
			if err := c.rebuildView(v, depth); err != nil {
				return err
			}
			h.rebuilt++
		}
	}
	return nil
}

// loadView opens v's state and checks it against the chain: ok is false
// when it must be rebuilt.
func (c *Chain) loadView(v *view, depth int) (bool, error) {
	db, err := state.Open(c.pdb, state.Options{Prefix: viewStatePrefix(v.id), CacheDepth: depth})
	if err != nil {
		return false, nil // rebuilt, or the error is met again there
	}
	v.db = db
	meta, err := c.get(viewKey(v.id))
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("chain: read the %s view's block: %w", v.name, err)
	}
	if len(meta) != 40 {
		return false, nil
	}
	n, hash := binary.BigEndian.Uint64(meta[:8]), common.Hash(meta[8:])
	if n > c.Head().Number {
		return false, nil
	}
	hdr, err := c.HeaderByNumber(n)
	if err != nil {
		return false, nil
	}
	if hdr.Hash() != hash || hdr.StateRoot != db.Root() {
		return false, nil
	}
	v.at.Store(hdr)
	return true, nil
}

// rebuildView makes v a copy of the head state. It runs in Open, before
// anything writes the chain.
func (c *Chain) rebuildView(v *view, depth int) error {
	head := c.Head()
	lower := viewStatePrefix(v.id)
	upper := viewStatePrefix(v.id + 1)
	b := c.pdb.NewBatch()
	err := errors.Join(b.Delete(viewKey(v.id), nil), b.DeleteRange(lower, upper, nil), b.Commit(pebble.Sync))
	b.Close()
	if err != nil {
		return fmt.Errorf("chain: clear the %s view: %w", v.name, err)
	}
	db, err := state.Open(c.pdb, state.Options{Prefix: viewStatePrefix(v.id), CacheDepth: depth})
	if err != nil {
		return fmt.Errorf("chain: open the %s view: %w", v.name, err)
	}
	if head.Number > 0 {
		c.hist.log.Info("building a state view from the head state", "view", v.name, "block", head.Number)
	}
	err = c.st.Entries(c.pdb, stepEntries, func(d *state.Diff) error {
		p, err := db.Prepare(d)
		if err != nil {
			return err
		}
		return db.Commit(p, nil, false)
	})
	if err != nil {
		return fmt.Errorf("chain: build the %s view: %w", v.name, err)
	}
	if db.Root() != head.StateRoot {
		return fmt.Errorf("%w: the %s view built from the head state has root %s, the head %s", state.ErrCorrupt, v.name, db.Root(), head.StateRoot)
	}
	if err := c.pdb.Set(viewKey(v.id), viewMeta(head), pebble.Sync); err != nil {
		return fmt.Errorf("chain: record the %s view's block: %w", v.name, err)
	}
	v.db = db
	v.at.Store(head)
	return nil
}

func viewMeta(h *core.Header) []byte {
	hash := h.Hash()
	return append(binary.BigEndian.AppendUint64(nil, h.Number), hash[:]...)
}

// SetAnchors names the blocks the views follow (the engine calls it when
// its heads change). The views move there in the background (History), or
// at SyncViews.
func (c *Chain) SetAnchors(a Anchors) {
	a.Finalized = min(a.Finalized, a.Safe)
	a.Settled = min(a.Settled, a.Finalized)
	h := &c.hist
	h.views[viewSettled].target.Store(a.Settled)
	h.views[viewFinalized].target.Store(a.Finalized)
	h.views[viewSafe].target.Store(a.Safe)
	select {
	case h.wake <- struct{}{}:
	default:
	}
}

// HistoryStatus is where the state history stands.
type HistoryStatus struct {
	// Oldest is the oldest block whose state is served.
	Oldest uint64
	// Views are the blocks the settled, finalized and safe views hold,
	// and Targets the blocks they move to (^0: not named yet).
	Views, Targets [numViews]uint64
	// Pruned: the records of blocks up to it are deleted (0: none).
	Pruned uint64
}

// HistoryStatus returns where the state history stands.
func (c *Chain) HistoryStatus() HistoryStatus {
	h := &c.hist
	s := HistoryStatus{Oldest: c.oldest(), Pruned: h.pruned.Load()}
	for i, v := range h.views {
		s.Views[i], s.Targets[i] = v.at.Load().Number, v.target.Load()
	}
	return s
}

// oldest is the oldest block served: the lowest view or anchor (views
// move no lower, and the records above it are kept), but no block whose
// records were pruned (an anchor that went back after they were).
func (c *Chain) oldest() uint64 {
	lo := ^uint64(0)
	for _, v := range c.hist.views {
		lo = min(lo, v.at.Load().Number, v.target.Load())
	}
	return max(lo, c.hist.pruned.Load())
}

// SyncViews moves every view to its anchor now (History does it in the
// background) and prunes the records behind the oldest.
func (c *Chain) SyncViews(ctx context.Context) error {
	for {
		moved := false
		for _, v := range c.hist.views {
			ok, err := c.step(v)
			if err != nil {
				return err
			}
			moved = moved || ok
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if !moved {
			return c.prune()
		}
	}
}

// step moves v forward towards its target by up to stepBlocks blocks (or
// stepEntries merged entries), and reports whether it moved. A view above
// its target stays: only a rewind takes a view back (the target comes back
// up, as when L1 holds a batch again after a reorg, and meanwhile proofs
// reach the lower block through the undo records).
func (c *Chain) step(v *view) (bool, error) {
	h := &c.hist
	epoch := h.epoch.Load()
	at := v.at.Load()
	target := min(v.target.Load(), c.Head().Number)
	if target <= at.Number {
		return false, nil
	}
	d := newDiff()
	end := at.Number
	for end < target && end-at.Number < h.stepBlocks && len(d.Accounts)+len(d.Tokens) < stepEntries {
		end++
		if err := c.mergeRecord(d, forwardPrefix, end); err != nil {
			return false, fmt.Errorf("chain: move the %s view to block %d: %w", v.name, target, err)
		}
	}
	hdr, err := c.HeaderByNumber(end)
	if err != nil {
		return false, fmt.Errorf("chain: move the %s view to block %d: %w", v.name, end, err)
	}
	// Hash under the read lock, so that proofs from the view go on
	// meanwhile; commit under the write lock.
	v.mu.RLock()
	if v.at.Load() != at {
		v.mu.RUnlock()
		return true, nil // a rewind moved it: look again
	}
	p, err := v.db.Prepare(d)
	v.mu.RUnlock()
	if err != nil {
		return false, fmt.Errorf("chain: move the %s view to block %d: %w", v.name, end, err)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.at.Load() != at || h.epoch.Load() != epoch {
		return true, nil // a rewind began after the records were read
	}
	if p.Root() != hdr.StateRoot {
		return false, fmt.Errorf("%w: the forward records of blocks %d to %d take the %s view to root %s, block %d has %s", state.ErrCorrupt, at.Number+1, end, v.name, p.Root(), end, hdr.StateRoot)
	}
	// Not synced: a view that loses its last steps in a crash reopens at
	// an earlier block of the chain, which is as good.
	err = v.db.Commit(p, func(b *pebble.Batch) error { return b.Set(viewKey(v.id), viewMeta(hdr), nil) }, false)
	if err != nil {
		return false, fmt.Errorf("chain: move the %s view to block %d: %w", v.name, end, err)
	}
	v.at.Store(hdr)
	return true, nil
}

// rewindViews takes every view above block n back to n, by the undo
// records, before a rewind deletes them. The caller holds c.mu (it is
// the rewind). Views at n or below stay.
func (c *Chain) rewindViews(n uint64, target *core.Header) error {
	h := &c.hist
	h.epoch.Add(1)
	for _, v := range h.views {
		if t := v.target.Load(); t > n && t != ^uint64(0) {
			v.target.Store(n)
		}
	}
	for _, v := range h.views {
		if err := c.rewindView(v, n, target); err != nil {
			return err
		}
	}
	return nil
}

func (c *Chain) rewindView(v *view, n uint64, target *core.Header) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	at := v.at.Load()
	if at.Number <= n {
		return nil
	}
	undo := newDiff()
	for k := at.Number; k > n; k-- {
		if err := c.mergeUndo(undo, k); err != nil {
			return fmt.Errorf("chain: take the %s view back to block %d: %w", v.name, n, err)
		}
	}
	p, err := v.db.Prepare(undo)
	if err != nil {
		return fmt.Errorf("chain: take the %s view back to block %d: %w", v.name, n, err)
	}
	if p.Root() != target.StateRoot {
		return fmt.Errorf("%w: taking the %s view back to block %d gives root %s, the block has %s", state.ErrCorrupt, v.name, n, p.Root(), target.StateRoot)
	}
	// Not synced: the rewind's own batch, synced, comes after it in the
	// log; a crash before that leaves the view at block n of a chain that
	// still holds it.
	err = v.db.Commit(p, func(b *pebble.Batch) error { return b.Set(viewKey(v.id), viewMeta(target), nil) }, false)
	if err != nil {
		return fmt.Errorf("chain: take the %s view back to block %d: %w", v.name, n, err)
	}
	v.at.Store(target)
	return nil
}

// prune deletes the undo and forward records of the blocks more than
// keepBelow below the oldest block served. Readers that still read one
// (a proof that began before the views moved that far) fail with
// ErrTooOld.
func (c *Chain) prune() error {
	h := &c.hist
	lo := ^uint64(0)
	for _, v := range h.views {
		lo = min(lo, v.at.Load().Number, v.target.Load())
	}
	if lo <= h.keepBelow {
		return nil
	}
	upTo := lo - h.keepBelow
	// In steps of a few hundred blocks: a range deletion each time is cheap,
	// one per block would not be.
	if upTo < h.pruned.Load()+h.pruneStep {
		return nil
	}
	b := c.pdb.NewBatch()
	defer b.Close()
	for _, prefix := range [][]byte{undoPrefix, forwardPrefix} {
		if err := b.DeleteRange(numKey(prefix, 0), numKey(prefix, upTo+1), nil); err != nil {
			return fmt.Errorf("chain: prune records up to block %d: %w", upTo, err)
		}
	}
	if err := b.Commit(pebble.NoSync); err != nil {
		return fmt.Errorf("chain: prune records up to block %d: %w", upTo, err)
	}
	h.pruned.Store(upTo)
	return nil
}

// mergeRecord merges block k's record under prefix (undo or forward) into d.
func (c *Chain) mergeRecord(d *state.Diff, prefix []byte, k uint64) error {
	enc, err := c.get(numKey(prefix, k))
	if errors.Is(err, ErrNotFound) {
		missing := fmt.Errorf("%w: block %d has no forward record", ErrNotFound, k)
		if string(prefix) == string(undoPrefix) {
			missing = fmt.Errorf("%w: block %d", ErrNoUndo, k)
		}
		if p := c.hist.pruned.Load(); k <= p {
			return fmt.Errorf("%w (the records of blocks up to %d are pruned): %w", ErrTooOld, p, missing)
		}
		return missing
	}
	if err != nil {
		return fmt.Errorf("record of block %d: %w", k, err)
	}
	r, err := state.DecodeDiff(enc)
	if err != nil {
		return fmt.Errorf("record of block %d: %w", k, err)
	}
	d.Merge(r)
	return nil
}

func newDiff() *state.Diff {
	return &state.Diff{Accounts: map[common.Address]state.Account{}, Tokens: map[state.TokenID]uint256.Int{}}
}

// History is the service that keeps the chain's state views at their
// anchors and prunes the records behind the oldest: started by the node,
// it works off the writer's path.
type History struct {
	c      *Chain
	cancel context.CancelFunc
	done   chan struct{}
}

// History returns the chain's history service.
func (c *Chain) History() *History { return &History{c: c} }

// Start runs the service until ctx ends or Stop.
func (s *History) Start(ctx context.Context) error {
	ctx, s.cancel = context.WithCancel(ctx)
	s.done = make(chan struct{})
	go s.run(ctx)
	return nil
}

// Stop stops the service after the step in progress.
func (s *History) Stop(ctx context.Context) error {
	if s.cancel == nil {
		return nil
	}
	s.cancel()
	select {
	case <-s.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *History) run(ctx context.Context) {
	defer close(s.done)
	h := &s.c.hist
	var failed error
	for {
		select {
		case <-ctx.Done():
			return
		case <-h.wake:
		}
		// Log a failure once, not at every anchor until it clears.
		if err := s.c.SyncViews(ctx); err != nil && ctx.Err() == nil {
			if failed == nil || failed.Error() != err.Error() {
				h.log.Error("moving the state views", "err", err)
			}
			failed = err
		} else {
			failed = nil
		}
	}
}
