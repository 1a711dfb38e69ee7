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

// TestARefusedBatchWaitsForANewL1Block: a batcher whose view of L1 is
// behind builds a batch L1 refuses at its gas estimate (its parent is no
// longer L1's latest block: WrongParentHash). It does not send it again
// before L1 has a newer block, where the same call on the same state
// reverts again (a blob batch's sidecar, built before the estimate, is
// seconds of CPU); once L1 has moved it tries again.
func TestARefusedBatchWaitsForANewL1Block(t *testing.T) {
	e := newManualEnv(t, txmgr.Config{}, nil)
	grow(t, e.chain, 4, e.l1Time(), nil)
	before, _ := e.src.Synced()
	b := e.batcher(batcher.Config{MaxBlocks: 2})
	step(t, e.ctx, b, batcher.Post, 2)
	e.mine()
	until(t, e.ctx, b, batcher.Post, 2)
	e.mine()
	until(t, e.ctx, b, batcher.Nothing, 0)

	// Another start of the batcher on a view from before both batches.
	lagging := batcher.New(batcher.Config{MaxBlocks: 2}, e.chain, &frozen{source: e.src, view: before}, e.rollup, e.tx, slog.New(slog.DiscardHandler))
	step(t, e.ctx, lagging, batcher.Post, 2)
	if s := lagging.Stats(); s.Reverted != 1 || s.InFlight != 0 {
		t.Fatalf("stats %+v, want one batch refused at its estimate", s)
	}
	for range 3 {
		d := step(t, e.ctx, lagging, batcher.Wait, 0)
		if !strings.Contains(d.Why, "refused") {
			t.Fatalf("waits because %q, want because L1 refused the batch", d.Why)
		}
	}
	if s := lagging.Stats(); s.Reverted != 1 {
		t.Fatalf("%d batches refused, want 1: the batcher sent the refused batch again on the same L1 block", s.Reverted)
	}
	e.mine()
	step(t, e.ctx, lagging, batcher.Post, 2)
	if s := lagging.Stats(); s.Reverted != 2 {
		t.Fatalf("%d batches refused, want 2: at a newer L1 block the batcher tries again", s.Reverted)
	}
	if n := e.pendingOnL1(); n != 0 {
		t.Fatalf("%d transactions pending on L1: a refused batch was sent", n)
	}
}
