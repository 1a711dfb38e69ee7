package batcher_test

import (
	"log/slog"
	"strings"
	"testing"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// frozen is a Source whose view of L1 stays as it was: a node whose chain
// writer is seconds behind L1 under load.
type frozen struct {
	*source
	view *l1.Snapshot
}

func (f *frozen) Synced() (*l1.Snapshot, bool) { return f.view, false }

// TestARefusedBatchWaitsForL1OrTheViewToMove: a batcher whose view of L1
// is behind builds a batch L1 refuses at its gas estimate (its parent is
// no longer L1's latest block: WrongParentHash). It does not send it again
// while neither L1 nor the view has moved, since the same call on the same
// state reverts again (and a blob batch's sidecar, built before the
// estimate, is seconds of CPU); a newer view, a newer L1 block, or other
// blocks to post, and it tries again.
func TestARefusedBatchWaitsForL1OrTheViewToMove(t *testing.T) {
	e := newManualEnv(t, txmgr.Config{}, nil)
	grow(t, e.chain, 4, e.l1Time(), nil)
	before, _ := e.src.Synced()
	b := e.batcher(batcher.Config{MaxBlocks: 2})
	step(t, e.ctx, b, batcher.Post, 2)
	e.mine()
	middle, _ := e.src.Synced() // L1 holds blocks 1 and 2
	until(t, e.ctx, b, batcher.Post, 2)
	e.mine()
	until(t, e.ctx, b, batcher.Nothing, 0)

	// Another start of the batcher on a view from before both batches.
	view := &frozen{source: e.src, view: before}
	lagging := batcher.New(batcher.Config{MaxBlocks: 2}, e.chain, view, e.rollup, e.tx, slog.New(slog.DiscardHandler))
	refused := func(want uint64) {
		t.Helper()
		if s := lagging.Stats(); s.Reverted != want || s.InFlight != 0 {
			t.Fatalf("stats %+v, want %d batches refused at their estimate", s, want)
		}
	}
	waits := func() {
		t.Helper()
		for range 3 {
			d := step(t, e.ctx, lagging, batcher.Wait, 0)
			if !strings.Contains(d.Why, "refused") {
				t.Fatalf("waits because %q, want because L1 refused the batch", d.Why)
			}
		}
	}
	step(t, e.ctx, lagging, batcher.Post, 2)
	refused(1)
	waits()
	refused(1)
	// A newer view (still behind L1): built again on it, refused again.
	view.view = middle
	step(t, e.ctx, lagging, batcher.Post, 2)
	refused(2)
	waits()
	// A newer L1 block: tried again.
	e.mine()
	step(t, e.ctx, lagging, batcher.Post, 2)
	refused(3)
	waits()
	// Other blocks on the same view and L1 block (the chain writer took
	// them back and sealed others): tried again.
	if _, err := e.chain.Rewind(2); err != nil {
		t.Fatal(err)
	}
	grow(t, e.chain, 2, e.l1Time(), nil)
	step(t, e.ctx, lagging, batcher.Post, 2)
	refused(4)
	if n := e.pendingOnL1(); n != 0 {
		t.Fatalf("%d transactions pending on L1: a refused batch was sent", n)
	}
}
