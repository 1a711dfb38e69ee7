package batcher_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
)

// appendBlock appends a block stamped ts that applies the queue items.
func appendBlock(t *testing.T, c *chain.Chain, ts uint64, items []core.QueueItem) {
	t.Helper()
	o, err := core.Execute(core.DevConfig(), c.State(), c.Head(), ts, common.Address{}, items, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.Prepare(o.Diff)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Append(chain.FromOutcome(o, p.Root()), p); err != nil {
		t.Fatal(err)
	}
}

// TestBatcherSealsAgainABlockThatSkipsAnExpiredQueueItem: blocks sealed
// before queue items were confirmed, posted once the items are past the
// inclusion window, would revert on L1 forever (ForcedInclusionSkipped).
// The batcher posts the blocks before the first such block and has
// OnSkippedQueue take the chain back from it; without OnSkippedQueue it
// refuses to post it (ErrSkipsQueueItem).
func TestBatcherSealsAgainABlockThatSkipsAnExpiredQueueItem(t *testing.T) {
	l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	seqKey, aliceKey := devl1.DevKey(4), devl1.DevKey(1)
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
	rcfg.InclusionWindow = 2 // L1 seconds
	addr, _, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rcfg)
	if err != nil {
		t.Fatal(err)
	}
	head, err := l1c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := openChain(t)
	grow(t, c, 1, head.Time, common.Address{}) // block 1: sealed before any queue item
	r := &l1.Rollup{Client: l1c.Client, Address: addr}
	sender := &l1.Sender{Client: l1c.Client, Key: aliceKey}
	item := core.QueueItem{Kind: core.QueueForcedWithdrawal, From: alice, To: alice, Amount: *uint256.NewInt(1)}
	var items []core.QueueItem
	var last uint64
	for range 17 {
		rc, err := sender.Send(ctx, addr, bindings.NewRollup().PackRequestWithdrawal(alice, common.Address{}, big.NewInt(1)), nil)
		if err != nil {
			t.Fatal(err)
		}
		items, last = append(items, item), rc.BlockNumber.Uint64()
	}
	added, err := l1c.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(last))
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for head.Time <= added.Time+rcfg.InclusionWindow { // every item past the window
		if time.Now().After(deadline) {
			t.Fatal("L1 time does not pass the inclusion window")
		}
		time.Sleep(50 * time.Millisecond)
		if head, err = l1c.Client.HeaderByNumber(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	seqSender := &l1.Sender{Client: l1c.Client, Key: seqKey}

	// Block 1 leaves item 0 unapplied: nothing can be posted.
	plain := batcher.New(batcher.Config{}, c, r, seqSender, log)
	if _, err := plain.Step(ctx); !errors.Is(err, batcher.ErrSkipsQueueItem) {
		t.Fatalf("step with block 1 leaving item 0: %v, want ErrSkipsQueueItem", err)
	}
	var taken []uint64
	b := batcher.New(batcher.Config{OnSkippedQueue: func(n uint64) error {
		taken = append(taken, n)
		if _, err := c.Rewind(n - 1); err != nil {
			return err
		}
		// Sealed again: the first block applies all it may of the
		// queue, the next one nothing (it is left to the next round).
		appendBlock(t, c, head.Time, items[:core.MaxQueueItemsPerBlock])
		appendBlock(t, c, head.Time, nil)
		return nil
	}}, c, r, seqSender, log)
	if n, err := b.Step(ctx); err != nil || n != 0 || len(taken) != 1 || taken[0] != 1 {
		t.Fatalf("step: posted %d (%v), taken back from %v; want nothing posted, taken back from block 1", n, err, taken)
	}
	// Block 1 now applies 16 expired items, block 2 leaves the 17th: the
	// step posts block 1 and takes the chain back from block 2.
	if n, err := b.Step(ctx); err != nil || n != 1 || len(taken) != 2 || taken[1] != 2 {
		t.Fatalf("step: posted %d (%v), taken back from %v; want block 1 posted, taken back from block 2", n, err, taken)
	}
	lb, err := r.LatestBlock(ctx, nil)
	if err != nil || lb.Number != 1 || lb.Cursor != core.MaxQueueItemsPerBlock {
		t.Fatalf("L1 latest block %d at cursor %d (%v), want 1 at 16", lb.Number, lb.Cursor, err)
	}
	// Sealed again with the last item, block 2 is posted.
	if _, err := c.Rewind(1); err != nil {
		t.Fatal(err)
	}
	appendBlock(t, c, head.Time, items[core.MaxQueueItemsPerBlock:])
	if n, err := b.Step(ctx); err != nil || n != 1 || len(taken) != 2 {
		t.Fatalf("step: posted %d (%v), taken back from %v; want block 2 posted", n, err, taken)
	}
	if lb, err := r.LatestBlock(ctx, nil); err != nil || lb.Number != 2 || lb.Cursor != 17 {
		t.Fatalf("L1 latest block %d at cursor %d (%v), want 2 at 17", lb.Number, lb.Cursor, err)
	}
}
