package derive

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/merkle"
)

// fakeChain is a local chain of headers; block i applied queue items
// items[i] (indices from its parent's cursor on).
type fakeChain struct {
	headers []*core.Header
	items   [][]core.QueueItem
}

// newFakeChain makes blocks 1..n on genesis; tag changes the blocks' hashes
// (another chain of the same shape); queue[i] are block i's items.
func newFakeChain(n int, tag byte, queue map[int][]core.QueueItem) *fakeChain {
	c := &fakeChain{headers: []*core.Header{core.Genesis()}, items: [][]core.QueueItem{nil}}
	for i := 1; i <= n; i++ {
		c.push(tag, queue[i])
	}
	return c
}

func (c *fakeChain) push(tag byte, items []core.QueueItem) {
	p := c.headers[len(c.headers)-1]
	c.headers = append(c.headers, &core.Header{
		ParentHash: p.Hash(), Number: p.Number + 1, Timestamp: p.Timestamp + 1,
		FeeRecipient: common.Address{tag}, QueueCursor: p.QueueCursor + uint64(len(items)),
	})
	c.items = append(c.items, items)
}

func (c *fakeChain) Head() *core.Header { return c.headers[len(c.headers)-1] }

func (c *fakeChain) HashOf(n uint64) (common.Hash, bool) {
	if n >= uint64(len(c.headers)) {
		return common.Hash{}, false
	}
	return c.headers[n].Hash(), true
}

func (c *fakeChain) QueueApplied(i uint64) (uint64, uint64, int, []common.Hash, bool) {
	for n := 1; n < len(c.headers); n++ {
		h := c.headers[n]
		first := h.QueueCursor - uint64(len(c.items[n]))
		if first <= i && i < h.QueueCursor {
			var hs []common.Hash
			for _, it := range c.items[n] {
				hs = append(hs, it.Hash())
			}
			return h.Number, first, len(c.items[n]), hs, true
		}
	}
	return 0, 0, 0, nil, false
}

// fakeView is L1 holding batches of a chain's blocks, a queue and proofs.
type fakeView struct {
	batches []l1.BatchRecord
	queue   []core.QueueItem
	proofs  []l1.ProofRecord
	final   int // index of the finalized batch; -1 none
}

// post makes batches of c's blocks: sizes[i] blocks each, from block 1.
func post(c *fakeChain, sizes ...int) []l1.BatchRecord {
	var out []l1.BatchRecord
	n := uint64(1)
	for i, s := range sizes {
		last := n + uint64(s) - 1
		out = append(out, l1.BatchRecord{
			Index: uint64(i), FirstBlock: n, LastBlock: last, LastBlockHash: c.headers[last].Hash(),
			BlocksRoot: root(c, n, last), QueueCursor: c.headers[last].QueueCursor,
		})
		n = last + 1
	}
	return out
}

func root(c *fakeChain, first, last uint64) common.Hash {
	var hs []common.Hash
	for k := first; k <= last; k++ {
		hs = append(hs, c.headers[k].Hash())
	}
	return merkle.Root(hs)
}

func (v *fakeView) BatchCount() uint64 { return uint64(len(v.batches)) }
func (v *fakeView) Batch(i uint64) (l1.BatchRecord, error) {
	if i >= uint64(len(v.batches)) {
		return l1.BatchRecord{}, l1.ErrUnknownBatch
	}
	return v.batches[i], nil
}
func (v *fakeView) BatchOf(n uint64) (l1.BatchRecord, error) {
	for _, b := range v.batches {
		if b.FirstBlock <= n && n <= b.LastBlock {
			return b, nil
		}
	}
	return l1.BatchRecord{}, l1.ErrNotPostedYet
}
func (v *fakeView) Posted() l1.PostedBlock {
	if len(v.batches) == 0 {
		return l1.PostedBlock{Hash: core.Genesis().Hash()}
	}
	b := v.batches[len(v.batches)-1]
	return l1.PostedBlock{Number: b.LastBlock, Hash: b.LastBlockHash, Cursor: b.QueueCursor, Batch: b.Index, HasBatch: true}
}
func (v *fakeView) FinalizedPosted() l1.PostedBlock {
	if v.final < 0 {
		return l1.PostedBlock{Hash: core.Genesis().Hash()}
	}
	b := v.batches[v.final]
	return l1.PostedBlock{Number: b.LastBlock, Hash: b.LastBlockHash, Cursor: b.QueueCursor, Batch: b.Index, HasBatch: true}
}
func (v *fakeView) QueueLen() uint64 { return uint64(len(v.queue)) }
func (v *fakeView) QueueEntry(i uint64) (l1.QueueEntry, error) {
	if i >= uint64(len(v.queue)) {
		return l1.QueueEntry{}, errors.New("no such item")
	}
	return l1.QueueEntry{Item: v.queue[i]}, nil
}
func (v *fakeView) ProofCount() uint64                     { return uint64(len(v.proofs)) }
func (v *fakeView) Proof(i uint64) (l1.ProofRecord, error) { return v.proofs[i], nil }

func item(n uint64) core.QueueItem {
	a := common.Address{0xaa, byte(n)}
	return core.QueueItem{Kind: core.QueueDepositETH, From: a, To: a, Amount: *uint256.NewInt(1e12 + n)}
}

// TestPlan decides over snapshots of every situation a node meets: the
// chains agree, L1 is behind or ahead, they diverged (an L1 reorg, or
// another poster), a proven lie, a replaced or vanished queue item, a
// flagged block, and nothing to do.
func TestPlan(t *testing.T) {
	mine := newFakeChain(6, 0, map[int][]core.QueueItem{2: {item(0), item(1)}, 5: {item(2)}})
	other := newFakeChain(8, 1, nil) // another chain of the same height and more
	queue := []core.QueueItem{item(0), item(1), item(2)}
	sameUpTo3 := newFakeChain(3, 0, map[int][]core.QueueItem{2: {item(0), item(1)}})
	for k := 0; k < 3; k++ {
		sameUpTo3.push(2, nil) // diverges after block 3
	}
	flagged := &Flag{Number: 4, Hash: sameUpTo3.headers[4].Hash(), Batch: 1, Header: sameUpTo3.headers[4]}
	for _, tc := range []struct {
		name    string
		local   *fakeChain
		view    *fakeView
		settled bool
		flag    *Flag
		want    string
		// verifier: the node seals no blocks of its own (Params.Seals false).
		verifier bool
	}{
		{"nothing posted", mine, &fakeView{queue: queue, final: -1}, true, nil, "idle", false},
		{"the chains agree", mine, &fakeView{batches: post(mine, 3, 3), queue: queue, final: 0}, true, nil, "idle", false},
		{"L1 behind the sequencer", mine, &fakeView{batches: post(mine, 2), queue: queue, final: -1}, true, nil, "idle", false},
		{"L1 behind a verifier (a batch reverted or reorged away)", mine, &fakeView{batches: post(mine, 2), queue: queue, final: -1}, true, nil, "rewind to 2", true},
		{"L1 ahead", newFakeChain(3, 0, map[int][]core.QueueItem{2: {item(0), item(1)}}), &fakeView{batches: post(mine, 3, 2, 1), queue: queue, final: -1}, true, nil, "derive batch 1", false},
		{"L1 ahead, mid-batch", newFakeChain(4, 0, map[int][]core.QueueItem{2: {item(0), item(1)}}), &fakeView{batches: post(mine, 3, 3), queue: queue, final: -1}, true, nil, "derive batch 1", false},
		{"fresh verifier", newFakeChain(0, 0, nil), &fakeView{batches: post(mine, 3, 3), queue: queue, final: -1}, true, nil, "derive batch 0", false},
		{"another chain on L1", mine, &fakeView{batches: post(other, 4, 4), queue: queue, final: -1}, true, nil, "rewind to 0", false},
		{"diverged after a shared batch", sameUpTo3, &fakeView{batches: post(mine, 3, 3), queue: queue, final: 0}, true, nil, "rewind to 3", false},
		{"proven lie in a held batch", mine, &fakeView{batches: post(mine, 3), queue: queue, final: -1,
			proofs: []l1.ProofRecord{{BatchIndex: 1, BlockNumber: 5, BatchFirst: 4, BatchLast: 6, BatchRoot: root(mine, 4, 6), BatchLastHash: mine.headers[6].Hash()}}}, true, nil, "rewind to 4", false},
		{"proof of a batch this chain no longer holds", mine, &fakeView{batches: post(mine, 3), queue: queue, final: -1,
			proofs: []l1.ProofRecord{{BatchIndex: 1, BlockNumber: 5, BatchFirst: 4, BatchLast: 6, BatchRoot: common.Hash{9}, BatchLastHash: common.Hash{9}}}}, true, nil, "idle", false},
		{"a queue item replaced", mine, &fakeView{batches: post(mine, 3), queue: []core.QueueItem{item(0), item(9), item(2)}, final: -1}, true, nil, "rewind to 1", false},
		{"a queue item gone", mine, &fakeView{batches: post(mine, 3), queue: queue[:2], final: -1}, true, nil, "rewind to 4", false},
		{"a queue item maybe coming back", mine, &fakeView{batches: post(mine, 3), queue: queue[:2], final: -1}, false, nil, "wait", false},
		{"flagged block next", newFakeChain(3, 0, map[int][]core.QueueItem{2: {item(0), item(1)}}), &fakeView{batches: post(sameUpTo3, 3, 3), queue: queue, final: -1}, true,
			&Flag{Number: 4, Batch: 1, BlocksRoot: root(sameUpTo3, 4, 6), Header: sameUpTo3.headers[4], Hash: sameUpTo3.headers[4].Hash()}, "stopped", false},
		{"sequencer past a flagged L1 block", mine, &fakeView{batches: post(sameUpTo3, 3, 3), queue: queue, final: -1}, true,
			&Flag{Number: 4, Batch: 1, BlocksRoot: root(sameUpTo3, 4, 6), Header: sameUpTo3.headers[4], Hash: sameUpTo3.headers[4].Hash()}, "stopped", false},
		{"flag of a batch L1 no longer holds", newFakeChain(3, 0, map[int][]core.QueueItem{2: {item(0), item(1)}}), &fakeView{batches: post(mine, 3, 3), queue: queue, final: -1}, true, flagged, "derive batch 1", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Plan(tc.local, tc.view, Params{Settled: tc.settled, Flag: tc.flag, Seals: !tc.verifier}, &Memo{})
			if err != nil {
				t.Fatal(err)
			}
			got := a.Kind.String()
			switch a.Kind {
			case Rewind:
				got = fmt.Sprintf("rewind to %d", a.To)
			case Derive:
				got = fmt.Sprintf("derive batch %d", a.Batch.Index)
			}
			if got != tc.want {
				t.Fatalf("%s (%s), want %s", got, a.Why, tc.want)
			}
		})
	}
}

// TestPlanMemoChecksTheQueueOnce: the memo skips the queue items already
// checked, and a chain taken back is checked again.
func TestPlanMemoChecksTheQueueOnce(t *testing.T) {
	local := newFakeChain(6, 0, map[int][]core.QueueItem{2: {item(0), item(1)}, 5: {item(2)}})
	v := &fakeView{batches: post(local, 3), queue: []core.QueueItem{item(0), item(1), item(2)}, final: -1}
	memo := &Memo{}
	if a, err := Plan(local, v, Params{Settled: true, Seals: true}, memo); err != nil || a.Kind != Idle || memo.queueOK != 3 {
		t.Fatalf("%v %v, memo %+v", a, err, memo)
	}
	// L1's item 1 changes without a new generation (a test's liberty): the
	// memo does not look again...
	v.queue[1] = item(7)
	if a, _ := Plan(local, v, Params{Settled: true, Seals: true}, memo); a.Kind != Idle {
		t.Fatalf("memo ignored: %v", a)
	}
	// ...until the generation changes.
	if a, _ := Plan(local, v, Params{Generation: 1, Settled: true, Seals: true}, memo); a.Kind != Rewind || a.To != 1 {
		t.Fatalf("after a reset: %+v", a)
	}
	// A chain taken back and grown again with other items is checked again.
	v.queue[1] = item(1)
	if a, _ := Plan(local, v, Params{Generation: 1, Settled: true, Seals: true}, memo); a.Kind != Idle {
		t.Fatalf("%+v", a)
	}
	local.headers, local.items = local.headers[:2], local.items[:2]
	local.push(5, []core.QueueItem{item(0), item(8)})
	if a, _ := Plan(local, v, Params{Generation: 1, Settled: true, Seals: true}, memo); a.Kind != Rewind || a.To != 1 {
		t.Fatalf("a regrown chain: %+v", a)
	}
}
