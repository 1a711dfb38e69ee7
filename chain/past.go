package chain

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
	"github.com/viaduct-l2/viaduct/statetree"
)

// maxAttempts bounds how often a proof starts again because the head or a
// view moved under it (each time, it moved on by a block or more).
const maxAttempts = 8

// ProveAt calls fn with the state after block n (n ≤ head) and n's
// header, so that whatever fn proves is of that one block. The state is
// the view nearest to n (history.go) with the records of the blocks
// between laid over it, checked to lead to n's state root before fn sees
// it; at the head, the head state. Nothing it does holds up the chain's
// writer: proofs that merge records wait their turn for one of
// Options.MaxProofs slots (or until ctx ends). It fails with ErrTooOld
// for a block older than the history kept (HistoryStatus.Oldest) and
// ErrNotFound for one above the head. fn may be called again if the head
// moved while it ran at the head; the last call counts.
func (c *Chain) ProveAt(ctx context.Context, n uint64, fn func(state.Prover, *core.Header) error) error {
	return c.proveAt(ctx, n, c.oldest, fn)
}

// StateFrom is the oldest block whose state ReadAt serves: the records of
// the blocks below the oldest view are kept Options.KeepBelow blocks
// further down (for rewinds), and laid over that view they give the state
// of those blocks too, at a cost that grows with the distance. It is at
// least KeepBelow blocks below the head, whatever L1 has settled.
func (c *Chain) StateFrom() uint64 {
	lo := c.oldest()
	return max(lo-min(lo, c.hist.keepBelow), c.hist.pruned.Load())
}

// ReadAt is ProveAt down to StateFrom rather than HistoryStatus.Oldest:
// the state of any block whose records are kept (the eth_ state reads at
// past blocks). It fails with ErrTooOld below StateFrom.
func (c *Chain) ReadAt(ctx context.Context, n uint64, fn func(state.Prover, *core.Header) error) error {
	return c.proveAt(ctx, n, c.StateFrom, fn)
}

// proveAt is ProveAt serving the blocks from lo() on.
func (c *Chain) proveAt(ctx context.Context, n uint64, lo func() uint64, fn func(state.Prover, *core.Header) error) error {
	for range maxAttempts {
		head := c.Head()
		if n > head.Number {
			return fmt.Errorf("%w: block %d (head %d)", ErrNotFound, n, head.Number)
		}
		if n == head.Number {
			err := c.proveHead(head, fn)
			if !errors.Is(err, errHeadMoved) {
				return err
			}
			continue
		}
		err := c.provePast(ctx, n, lo, fn)
		if !errors.Is(err, errMoved) {
			return err
		}
	}
	return fmt.Errorf("chain: state of block %d: the chain kept moving under the proof", n)
}

// ProveHead is ProveAt at the head, whichever block that is when fn runs.
func (c *Chain) ProveHead(ctx context.Context, fn func(state.Prover, *core.Header) error) error {
	var head *core.Header
	for range maxAttempts {
		head = c.Head()
		err := c.proveHead(head, fn)
		if !errors.Is(err, errHeadMoved) {
			return err
		}
	}
	// Blocks came faster than the proofs: prove the last head seen from
	// the history.
	return c.ProveAt(ctx, head.Number, fn)
}

// proveHead proves from the head state, which moves on without waiting:
// every proof is checked to be against head's root.
func (c *Chain) proveHead(head *core.Header, fn func(state.Prover, *core.Header) error) error {
	return fn(&headProver{db: c.st, root: head.StateRoot}, head)
}

// headProver proves from the head state while it is at root.
type headProver struct {
	db   *state.DB
	root common.Hash
}

func (p *headProver) Root() common.Hash { return p.root }

func (p *headProver) AccountProof(addr common.Address) (state.Account, *statetree.Proof, error) {
	a, pr, root, err := p.db.AccountProof(addr)
	if err == nil && root != p.root {
		err = errHeadMoved
	}
	return a, pr, err
}

func (p *headProver) TokenProof(owner, token common.Address) (uint256.Int, *statetree.Proof, error) {
	b, pr, root, err := p.db.TokenProof(owner, token)
	if err == nil && root != p.root {
		err = errHeadMoved
	}
	return b, pr, err
}

// errMoved: the view a proof started from moved, or a rewind began, while
// it read the records: start again.
var errMoved = errors.New("chain: the history moved during the proof")

// provePast proves block n (below the head, from lo() on) from the
// nearest view.
func (c *Chain) provePast(ctx context.Context, n uint64, lo func() uint64, fn func(state.Prover, *core.Header) error) error {
	h := &c.hist
	epoch := h.epoch.Load()
	if lo := lo(); n < lo {
		return fmt.Errorf("%w: block %d (history is kept from block %d)", ErrTooOld, n, lo)
	}
	v, at := c.nearest(n)
	hdr, err := c.HeaderByNumber(n)
	if err != nil {
		return fmt.Errorf("chain: state of block %d: %w", n, err)
	}
	d := newDiff()
	if at.Number != n {
		select {
		case h.sem <- struct{}{}:
			defer func() { <-h.sem }()
		case <-ctx.Done():
			return fmt.Errorf("chain: state of block %d: %w", n, ctx.Err())
		}
		// Forward records oldest first, undo records newest first: either
		// way the value nearest block n wins (state.Diff.Merge).
		for k := at.Number + 1; k <= n; k++ {
			if err := c.mergeRecord(d, forwardPrefix, k); err != nil {
				return c.pastErr(n, epoch, lo, err)
			}
		}
		for k := at.Number; k > n; k-- {
			if err := c.mergeRecord(d, undoPrefix, k); err != nil {
				return c.pastErr(n, epoch, lo, err)
			}
		}
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	if v.at.Load() != at {
		return errMoved
	}
	past, err := v.db.Past(d)
	if err != nil {
		return fmt.Errorf("chain: state of block %d: %w", n, err)
	}
	if h.epoch.Load() != epoch {
		return errMoved
	}
	if past.Root() != hdr.StateRoot {
		return fmt.Errorf("%w: the records take the %s view (block %d) to root %s, block %d has %s", state.ErrCorrupt, v.name, at.Number, past.Root(), n, hdr.StateRoot)
	}
	return fn(past, hdr)
}

// pastErr explains a record that could not be read for a proof at n: a
// rewind or the pruner got there first.
func (c *Chain) pastErr(n, epoch uint64, lo func() uint64, err error) error {
	if c.hist.epoch.Load() != epoch {
		return errMoved
	}
	if lo := lo(); n < lo && !errors.Is(err, ErrTooOld) {
		err = fmt.Errorf("%w: %w", ErrTooOld, err)
	}
	return fmt.Errorf("chain: state of block %d: %w", n, err)
}

// nearest returns the view fewest blocks from n, and the block it is at.
func (c *Chain) nearest(n uint64) (*view, *core.Header) {
	var best *view
	var bestAt *core.Header
	dist := ^uint64(0)
	for _, v := range c.hist.views {
		at := v.at.Load()
		d := max(at.Number, n) - min(at.Number, n)
		if d < dist {
			best, bestAt, dist = v, at, d
		}
	}
	return best, bestAt
}
