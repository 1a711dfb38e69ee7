package chain

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/cockroachdb/pebble/vfs"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// TestReadAtServesTheRecordsKeptBelowTheViews: ReadAt answers the state of
// every block whose records are kept, KeepBelow blocks below the oldest
// view (where ProveAt stops), each the model's values for that block, and
// refuses the blocks below with ErrTooOld; StateFrom names the first.
func TestReadAtServesTheRecordsKeptBelowTheViews(t *testing.T) {
	h := newHistRig(t, 5, vfs.NewMem(), Options{KeepBelow: 20})
	h.c.hist.pruneStep = 1
	for range 200 {
		h.appendBlock()
	}
	h.c.SetAnchors(Anchors{Safe: 190, Finalized: 170, Settled: 150})
	if err := h.c.SyncViews(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s := h.c.HistoryStatus(); s.Oldest != 150 || s.Pruned != 130 || h.c.StateFrom() != 130 {
		t.Fatalf("history %+v, state from %d", s, h.c.StateFrom())
	}
	read := func(n uint64) error {
		want := h.states[n]
		return h.c.ReadAt(context.Background(), n, func(p state.Prover, hdr *core.Header) error {
			if hdr.Number != n || p.Root() != hdr.StateRoot {
				return fmt.Errorf("asked for block %d, read block %d at root %s", n, hdr.Number, p.Root())
			}
			for _, addr := range h.addrs[:len(h.keys)] {
				a, _, err := p.AccountProof(addr)
				if err != nil {
					return err
				}
				b, _, err := p.TokenProof(addr, h.token)
				if err != nil {
					return err
				}
				if a != want.Accounts[addr] || b != want.Tokens[state.TokenID{Owner: addr, Token: h.token}] {
					return fmt.Errorf("block %d, %s: %+v and %s, the model %+v", n, addr, a, &b, want.Accounts[addr])
				}
			}
			return nil
		})
	}
	for n := uint64(130); n <= 200; n++ {
		if err := read(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.c.ProveAt(context.Background(), 149, func(state.Prover, *core.Header) error { return nil }); !errors.Is(err, ErrTooOld) {
		t.Fatalf("ProveAt below the oldest view: %v", err)
	}
	if err := read(129); !errors.Is(err, ErrTooOld) {
		t.Fatalf("ReadAt below the records kept: %v", err)
	}
}
