package batcher_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
)

// TestBatchRemovedByAReorgIsPostedAgainOnce posts blocks 1–2 and then 3 in
// two batches; an L1 reorg replaces the block of the second. Whether the new
// branch holds the batch transaction again (the txpool took it back) or not
// (it is gone), L1 ends up holding block 3 exactly once: the batcher re-posts
// it in the second case and posts nothing in the first.
func TestBatchRemovedByAReorgIsPostedAgainOnce(t *testing.T) {
	for _, tc := range []struct {
		name     string
		dropTxs  bool
		reposted int
	}{
		{"batch included again by the new branch", false, 0},
		{"batch gone", true, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: time.Hour})
			if err != nil {
				t.Fatal(err)
			}
			defer l1c.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			seqKey := devl1.DevKey(4)
			seq := crypto.PubkeyToAddress(seqKey.PublicKey)
			addr, _, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rollup.DevConfig(seq))
			if err != nil {
				t.Fatal(err)
			}
			head, err := l1c.Client.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			c := openChain(t)
			r := &l1.Rollup{Client: l1c.Client, Address: addr}
			b := batcher.New(batcher.Config{}, c, r, &l1.Sender{Client: l1c.Client, Key: seqKey}, slog.New(slog.NewTextHandler(io.Discard, nil)))
			step := func(want int) {
				t.Helper()
				n, err := b.Step(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if n != want {
					t.Fatalf("step posted %d blocks, want %d", n, want)
				}
			}
			grow(t, c, 2, head.Time, common.Address{})
			step(2)
			grow(t, c, 1, head.Time, common.Address{})
			step(1)
			if _, err := l1c.Reorg(ctx, 1, tc.dropTxs); err != nil {
				t.Fatal(err)
			}
			step(tc.reposted)
			step(0)
			lb, err := r.LatestBlock(ctx, nil)
			if err != nil || lb.Number != 3 || common.Hash(lb.BlockHash) != c.Head().Hash() {
				t.Fatalf("L1 holds block %d (%v), want 3", lb.Number, err)
			}
			// Two batch transactions in the chain, none wasted on a repeat.
			if n, err := l1c.Client.NonceAt(ctx, seq, nil); err != nil || n != 2 {
				t.Fatalf("the batcher's key sent %d transactions, want 2 (%v)", n, err)
			}
		})
	}
}
