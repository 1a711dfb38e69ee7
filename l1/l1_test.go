package l1_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/node"
)

// TestWatcherReadsTheQueueAndDetectsADeepReorg: deposits become queue items
// in order; when L1 replaces a block the watcher has already read, Poll
// refuses with ErrReorg instead of reading on.
func TestWatcherReadsTheQueueAndDetectsADeepReorg(t *testing.T) {
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	seq := crypto.PubkeyToAddress(devl1.DevKey(4).PublicKey)
	addr, deployBlock, err := chain.DeployRollup(ctx, devl1.DevKey(0), node.DevRollupConfig(seq))
	if err != nil {
		t.Fatal(err)
	}
	r := &l1.Rollup{Client: chain.Client, Address: addr}
	w := &l1.Watcher{Rollup: r, FromBlock: deployBlock}
	s := &l1.Sender{Client: chain.Client, Key: devl1.DevKey(1)}
	alice := crypto.PubkeyToAddress(devl1.DevKey(1).PublicKey)
	for _, amount := range []int64{1e15, 2e15} {
		if _, err := s.Send(ctx, addr, bindings.NewRollup().PackDepositETH(alice), big.NewInt(amount)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	items := w.QueueItems(0, 16)
	if len(items) != 2 || items[0].Kind != core.QueueDepositETH || items[1].Amount.Uint64() != 2e15 || items[0].To != alice {
		t.Fatalf("queue items %+v", items)
	}
	if got := w.QueueItems(1, 16); len(got) != 1 {
		t.Fatalf("items from 1: %d", len(got))
	}

	// Replace the last two blocks with three others.
	head, err := chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	parent, err := chain.Client.HeaderByNumber(ctx, new(big.Int).Sub(head.Number, big.NewInt(2)))
	if err != nil {
		t.Fatal(err)
	}
	if err := chain.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		chain.Backend.Commit()
	}
	if err := w.Poll(ctx); !errors.Is(err, l1.ErrReorg) {
		t.Fatalf("Poll after a reorg = %v, want ErrReorg", err)
	}
}
