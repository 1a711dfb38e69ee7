package rollup_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

// TestCensoringSequencerCannotOutraceTheSelfSequencer: a user asks for a
// forced withdrawal on L1 and the sequencer will not include it. Once the
// inclusion window has passed, anyone with a bond may post; the sequencer
// used to front-run each such batch with a valid empty block that left the
// queue cursor at the forced withdrawal, so the self-sequencer's batch
// failed WrongParentHash, round after round, and the withdrawal never got
// in. Now L1 refuses the censoring block (ForcedInclusionSkipped), and the
// self-sequencer's block includes the withdrawal, in each of five rounds.
func TestCensoringSequencerCannotOutraceTheSelfSequencer(t *testing.T) {
	f := newFixture(t)
	f.mustSubmit(f.seq, f.emptyBlocks(1, 0))
	for round := range 5 {
		r := f.mustSend(f.alice, f.r.PackRequestWithdrawal(f.alice.Address, common.Address{}, ether), nil)
		index := f.queueLength() - 1
		f.advanceTo(r, inclusionWindow+1)
		if !f.windowOpen() {
			t.Fatalf("round %d: the inclusion window is closed with the forced withdrawal past it", round)
		}
		// The sequencer's front-running block: valid in every other
		// respect, it leaves the cursor at the expired withdrawal.
		censor := f.emptyBlocks(1, f.tip.QueueCursor)
		_, err := f.submit(f.seq, censor)
		wantRevert(t, err, "ForcedInclusionSkipped", censor[0].Header.Number, index)
		// The self-sequencer's block applies it.
		h := nextHeader(f.tip, f.chain.Now(), nil, index+1, nil)
		f.mustSubmit(f.carol, []rollup.Block{{Header: h}})
		if c := simtest.MustCall(f.chain, f.addr, f.r.PackQueueCursor(), f.r.UnpackQueueCursor); c != index+1 {
			t.Fatalf("round %d: queue cursor %d, want %d: the forced withdrawal is applied", round, c, index+1)
		}
	}
}

// TestForcedInclusionRuleOnL1: what a block must apply once queue items
// are past the inclusion window, judged at the L1 time of the submission.
func TestForcedInclusionRuleOnL1(t *testing.T) {
	f := newFixture(t)
	f.mustSubmit(f.seq, f.emptyBlocks(1, 0))
	var first uint64
	var r0 = f.mustSend(f.alice, f.r.PackRequestWithdrawal(f.alice.Address, common.Address{}, ether), nil)
	for range 19 { // 20 items, all within a few L1 blocks
		f.mustSend(f.alice, f.r.PackRequestWithdrawal(f.alice.Address, common.Address{}, ether), nil)
	}
	call := func(from *simtest.Account, applied ...uint64) error {
		parent, c := f.tip, f.tip.QueueCursor
		var blocks []rollup.Block
		for _, a := range applied {
			c += a
			h := nextHeader(parent, f.chain.Now(), nil, c, nil)
			blocks, parent = append(blocks, rollup.Block{Header: h}), h
		}
		_, err := f.chain.CallFrom(from.Address, f.addr, f.r.PackSubmitBatch(rollup.BatchArg(blocks)), bondAmount)
		return err
	}
	number := f.tip.Number + 1
	// At exactly the window's end item 0 is not past it: a block may
	// leave it, and so may anyone (the window is not open yet).
	f.advanceTo(r0, inclusionWindow)
	if err := call(f.seq, 0); err != nil {
		t.Fatalf("an empty block at the window's end: %v", err)
	}
	f.chain.AdvanceTime(inclusionWindow * time.Second)
	for _, c := range []struct {
		name    string
		applied []uint64
		block   uint64 // the refused block's offset in the run
		index   uint64 // the item it leaves
	}{
		{"an empty block", []uint64{0}, 0, first},
		{"one of the expired items", []uint64{1}, 0, first + 1},
		{"fifteen", []uint64{15}, 0, first + 15},
		{"sixteen, then none", []uint64{16, 0}, 1, first + 16},
		{"sixteen, then three of four", []uint64{16, 3}, 1, first + 19},
		{"ten, then ten", []uint64{10, 10}, 0, first + 10},
	} {
		for _, from := range []*simtest.Account{f.seq, f.carol} {
			err := call(from, c.applied...)
			wantRevert(t, err, "ForcedInclusionSkipped", number+c.block, c.index)
		}
	}
	for _, applied := range [][]uint64{{16}, {16, 4}, {16, 4, 0}} {
		if err := call(f.carol, applied...); err != nil {
			t.Fatalf("blocks applying %v of 20 expired items: %v", applied, err)
		}
	}
}

// queueTimes is a lookup for SkipsExpiredItem over a list of times.
func queueTimes(ts []uint64) func(uint64) (uint64, error) {
	return func(i uint64) (uint64, error) {
		if i >= uint64(len(ts)) {
			return 0, fmt.Errorf("no queue item %d", i)
		}
		return ts[i], nil
	}
}

func TestSkipsExpiredItem(t *testing.T) {
	const w = 100
	times := []uint64{1000, 1000, 1010, 1200}
	for i := 0; i < 40; i++ { // items 4..43, piled up at 1300
		times = append(times, 1300)
	}
	for _, c := range []struct {
		name    string
		parent  uint64
		cursors []uint64
		length  uint64
		now     uint64
		want    int
	}{
		{"nothing waiting", 4, []uint64{4, 4}, 4, 5000, -1},
		{"waiting, not expired", 0, []uint64{0}, 4, 1100, -1},
		{"expired by one second", 0, []uint64{0}, 4, 1101, 0},
		{"left at an expired item", 0, []uint64{1}, 4, 1101, 0},
		{"left at one not expired yet", 0, []uint64{2}, 4, 1101, -1},
		{"sixteen, then none", 4, []uint64{20, 20}, 44, 9999, 1},
		{"a block applies all it can", 4, []uint64{20, 36, 44}, 44, 9999, -1},
		{"and then one stops short", 4, []uint64{20, 35, 44}, 44, 9999, 1},
		{"an empty block after the queue's end", 44, []uint64{44}, 44, 9999, -1},
		{"the queue longer than known blocks read", 0, []uint64{3}, 4, 1301, 0},
		{"overflowing time", 0, []uint64{0}, 1, ^uint64(0), 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := rollup.SkipsExpiredItem(c.parent, c.cursors, c.length, queueTimes(times), w, c.now)
			if err != nil || got != c.want {
				t.Fatalf("SkipsExpiredItem = %d, %v; want %d", got, err, c.want)
			}
		})
	}
	if _, err := rollup.SkipsExpiredItem(5, []uint64{4}, 44, queueTimes(times), w, 0); err == nil {
		t.Fatal("a cursor below its parent's was accepted")
	}
	lookupErr := errors.New("no L1")
	if _, err := rollup.SkipsExpiredItem(0, []uint64{0}, 4, func(uint64) (uint64, error) { return 0, lookupErr }, w, 0); !errors.Is(err, lookupErr) {
		t.Fatalf("a failed lookup gave %v", err)
	}
	if !rollup.Expired(0, ^uint64(0)-1, ^uint64(0)) || rollup.Expired(1, ^uint64(0)-1, ^uint64(0)) || rollup.Expired(10, 5, 5) {
		t.Fatal("Expired at the bounds")
	}
}

// TestSkipsExpiredItemMatchesTheRollup: over random queues (items added at
// random L1 times), random runs of blocks and random L1 times, the Go rule
// accepts or refuses exactly the runs the Rollup does, at the same block
// and item.
func TestSkipsExpiredItemMatchesTheRollup(t *testing.T) {
	f := newFixture(t)
	rng := rand.New(rand.NewPCG(14, 6))
	var times []uint64 // from the receipts, not from the contract
	trials, refused := 0, 0
	for step := range 400 {
		switch k := rng.IntN(10); {
		case k < 2:
			for range 1 + rng.IntN(5) {
				r := f.mustSend(f.alice, f.r.PackRequestWithdrawal(f.alice.Address, common.Address{}, ether), nil)
				times = append(times, f.blockTime(r))
			}
		case k < 4:
			f.chain.AdvanceTime(time.Duration(rng.IntN(inclusionWindow)) * time.Second)
		default:
			qlen := uint64(len(times))
			var blocks []rollup.Block
			var cursors []uint64
			parent, c := f.tip, f.tip.QueueCursor
			for range 1 + rng.IntN(4) {
				left := min(qlen-c, core.MaxQueueItemsPerBlock)
				var a uint64
				switch rng.IntN(3) {
				case 0:
					a = left
				case 1:
					a = rng.Uint64N(left + 1)
				}
				c += a
				h := nextHeader(parent, f.chain.Now(), nil, c, nil)
				blocks, parent, cursors = append(blocks, rollup.Block{Header: h}), h, append(cursors, c)
			}
			now := f.chain.Now()
			want, err := rollup.SkipsExpiredItem(f.tip.QueueCursor, cursors, qlen, queueTimes(times), inclusionWindow, now)
			if err != nil {
				t.Fatal(err)
			}
			_, got := f.chain.CallFrom(f.seq.Address, f.addr, f.r.PackSubmitBatch(rollup.BatchArg(blocks)), bondAmount)
			trials++
			if want < 0 {
				if got != nil {
					t.Fatalf("step %d: cursors %v from %d, queue of %d, now %d: the Go rule accepts, the Rollup: %v", step, cursors, f.tip.QueueCursor, qlen, now, got)
				}
				// Post it, if it stays valid for the L1 time it is mined at.
				if later, _ := rollup.SkipsExpiredItem(f.tip.QueueCursor, cursors, qlen, queueTimes(times), inclusionWindow, now+60); later < 0 && rng.IntN(2) == 0 {
					f.mustSubmit(f.seq, blocks)
				}
				continue
			}
			refused++
			wantRevert(t, got, "ForcedInclusionSkipped", blocks[want].Header.Number, cursors[want])
		}
	}
	t.Logf("%d runs compared, %d refused, %d queue items, %d batches", trials, refused, len(times), len(f.batches))
	if refused == 0 || refused == trials {
		t.Fatalf("%d of %d runs refused: the comparison did not cover both verdicts", refused, trials)
	}
}
