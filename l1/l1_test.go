package l1_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
)

// rollupChain starts a development L1 that mines only when a transaction
// is pending, with the Rollup deployed, and a watcher on it.
func rollupChain(t *testing.T) (context.Context, *devl1.Chain, *l1.Watcher) {
	t.Helper()
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	seq := crypto.PubkeyToAddress(devl1.DevKey(4).PublicKey)
	addr, deployBlock, err := chain.DeployRollup(ctx, devl1.DevKey(0), rollup.DevConfig(seq))
	if err != nil {
		t.Fatal(err)
	}
	r := &l1.Rollup{Client: chain.Client, Address: addr}
	return ctx, chain, &l1.Watcher{Rollup: r, FromBlock: deployBlock}
}

func deposit(t *testing.T, ctx context.Context, w *l1.Watcher, key int, amount int64) {
	t.Helper()
	s := &l1.Sender{Client: w.Rollup.Client, Key: devl1.DevKey(key)}
	to := crypto.PubkeyToAddress(devl1.DevKey(key).PublicKey)
	if _, err := s.Send(ctx, w.Rollup.Address, bindings.NewRollup().PackDepositETH(to), big.NewInt(amount)); err != nil {
		t.Fatal(err)
	}
}

func poll(t *testing.T, ctx context.Context, w *l1.Watcher) []core.QueueItem {
	t.Helper()
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	return w.QueueItems(0, 16)
}

// TestWatcherReadsTheQueue: deposits become queue items in order.
func TestWatcherReadsTheQueue(t *testing.T) {
	ctx, _, w := rollupChain(t)
	alice := crypto.PubkeyToAddress(devl1.DevKey(1).PublicKey)
	deposit(t, ctx, w, 1, 1e15)
	deposit(t, ctx, w, 1, 2e15)
	items := poll(t, ctx, w)
	if len(items) != 2 || items[0].Kind != core.QueueDepositETH || items[1].Amount.Uint64() != 2e15 || items[0].To != alice {
		t.Fatalf("queue items %+v", items)
	}
	if got := w.QueueItems(1, 16); len(got) != 1 {
		t.Fatalf("items from 1: %d", len(got))
	}
	if _, ok := w.TakeDropped(); ok || w.Reorgs() != 0 {
		t.Fatal("a drop or a reorg without any reorg")
	}
}

// TestWatcherFollowsL1Reorgs reorganises the L1 under the watcher's last
// deposit in three ways; the table says what the new branch holds and what
// the watcher must report.
func TestWatcherFollowsL1Reorgs(t *testing.T) {
	for _, tc := range []struct {
		name      string
		dropTxs   bool  // the new branch does not include the old transactions
		replace   int64 // then a deposit of this amount is made on it (0: none)
		wantItems []uint64
		wantDrop  bool
	}{
		{"deposit included again", false, 0, []uint64{1e15, 2e15}, false},
		{"deposit gone", true, 0, []uint64{1e15}, true},
		{"another deposit in its place", true, 5e15, []uint64{1e15, 5e15}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, chain, w := rollupChain(t)
			deposit(t, ctx, w, 1, 1e15)
			deposit(t, ctx, w, 2, 2e15)
			if got := poll(t, ctx, w); len(got) != 2 {
				t.Fatalf("%d items before the reorg", len(got))
			}
			if _, err := chain.Reorg(ctx, 1, tc.dropTxs); err != nil {
				t.Fatal(err)
			}
			if tc.replace != 0 {
				deposit(t, ctx, w, 3, tc.replace)
			}
			items := poll(t, ctx, w)
			var amounts []uint64
			for _, it := range items {
				amounts = append(amounts, it.Amount.Uint64())
			}
			if fmt.Sprint(amounts) != fmt.Sprint(tc.wantItems) {
				t.Fatalf("items after the reorg %v, want %v", amounts, tc.wantItems)
			}
			from, ok := w.TakeDropped()
			if ok != tc.wantDrop || (ok && from != 1) {
				t.Fatalf("TakeDropped = %d, %v; want 1, %v", from, ok, tc.wantDrop)
			}
			if _, ok := w.TakeDropped(); ok {
				t.Fatal("a drop is reported twice")
			}
			if w.Reorgs() != 1 {
				t.Fatalf("%d reorgs seen", w.Reorgs())
			}
		})
	}
}
