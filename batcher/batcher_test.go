package batcher_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
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
	"github.com/viaduct-l2/viaduct/txmgr"
)

// env is an L1 with the Rollup, a chain store for the sequencer's blocks,
// a follower, the sequencer key's transaction manager, and a batcher over
// them whose Source polls the follower at each step.
type env struct {
	t      *testing.T
	ctx    context.Context
	l1     *devl1.Chain
	rollup *l1.Rollup
	cfg    rollup.Config
	chain  *chain.Chain
	src    *source
	tx     *txmgr.Manager
	seq    common.Address
}

type source struct {
	t        *testing.T
	ctx      context.Context
	f        *l1.Follower
	resealed []uint64
	wake     chan struct{}
}

func (s *source) Synced() (*l1.Snapshot, bool) {
	if err := s.f.Poll(s.ctx); err != nil {
		s.t.Fatal(err)
	}
	return s.f.Snapshot(), false
}
func (s *source) Reseal(n uint64)       { s.resealed = append(s.resealed, n) }
func (s *source) Wake() <-chan struct{} { return s.wake }

func newEnv(t *testing.T, blockInterval time.Duration, mutate func(*rollup.Config)) *env {
	t.Helper()
	l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: blockInterval})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l1c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	seqKey := devl1.DevKey(4)
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
	if mutate != nil {
		mutate(&rcfg)
	}
	addr, deploy, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rcfg)
	if err != nil {
		t.Fatal(err)
	}
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pdb.Close() })
	c, err := chain.Open(pdb, core.DevConfig())
	if err != nil {
		t.Fatal(err)
	}
	r := &l1.Rollup{Client: l1c.Client, Address: addr}
	f, err := l1.NewFollower(l1.FollowerConfig{Rollup: r, DB: pdb, FromBlock: deploy})
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	tx, err := txmgr.New(txmgr.Config{Client: l1c.Client, Key: seqKey, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Stop(context.Background()) })
	return &env{t: t, ctx: ctx, l1: l1c, rollup: r, cfg: rcfg, chain: c, tx: tx, seq: crypto.PubkeyToAddress(seqKey.PublicKey),
		src: &source{t: t, ctx: ctx, f: f, wake: make(chan struct{})}}
}

func (e *env) batcher(cfg batcher.Config) *batcher.Batcher {
	return batcher.New(cfg, e.chain, e.src, e.rollup, e.tx, slog.New(slog.NewTextHandler(io.Discard, nil)))
}

func (e *env) l1Time() uint64 {
	e.t.Helper()
	h, err := e.l1.Client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// grow appends n blocks stamped ts, with fee recipient feeTo (which makes
// two chains of the same length differ), the first applying items.
func grow(t *testing.T, c *chain.Chain, n int, ts uint64, items []core.QueueItem) {
	t.Helper()
	for range n {
		o, err := core.Execute(core.DevConfig(), c.State(), c.Head(), ts, common.Address{}, items, nil)
		if err != nil {
			t.Fatal(err)
		}
		items = nil
		p, err := c.Prepare(o.Diff)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Append(chain.FromOutcome(o, p.Root()), p); err != nil {
			t.Fatal(err)
		}
	}
}

func step(t *testing.T, ctx context.Context, b *batcher.Batcher, want batcher.Kind, count int) batcher.Decision {
	t.Helper()
	d, err := b.Step(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d.Kind != want || (want == batcher.Post && d.Count != count) {
		t.Fatalf("step: %s of %d (%s), want %s of %d", d.Kind, d.Count, d.Why, want, count)
	}
	return d
}

func TestBatchesAreBoundedInOrderAndNeverRepeated(t *testing.T) {
	e := newEnv(t, 100*time.Millisecond, nil)
	grow(t, e.chain, 5, e.l1Time(), nil)
	b := e.batcher(batcher.Config{MaxBlocks: 2})
	step(t, e.ctx, b, batcher.Post, 2)
	step(t, e.ctx, b, batcher.Post, 2)
	step(t, e.ctx, b, batcher.Post, 1)
	step(t, e.ctx, b, batcher.Nothing, 0)
	lb, err := e.rollup.LatestBlock(e.ctx, nil)
	if err != nil || lb.Number != 5 || common.Hash(lb.BlockHash) != e.chain.Head().Hash() {
		t.Fatalf("L1 holds block %d (%v)", lb.Number, err)
	}
	if s := b.Stats(); s.Batches != 3 || s.Blocks != 5 {
		t.Fatalf("stats %+v", s)
	}
}

// TestBatcherWaitsOnAChainThatIsNotL1s: a batcher whose chain does not
// hold L1's latest block (another chain of the same length) posts
// nothing: bringing the chain to L1's is the node's chain writer's job.
func TestBatcherWaitsOnAChainThatIsNotL1s(t *testing.T) {
	e := newEnv(t, 100*time.Millisecond, nil)
	grow(t, e.chain, 3, e.l1Time(), nil)
	step(t, e.ctx, e.batcher(batcher.Config{}), batcher.Post, 3)
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	defer pdb.Close()
	other, err := chain.Open(pdb, core.DevConfig())
	if err != nil {
		t.Fatal(err)
	}
	grow(t, other, 4, e.l1Time()+1, nil)
	ob := batcher.New(batcher.Config{}, other, e.src, e.rollup, e.tx, nil)
	step(t, e.ctx, ob, batcher.Wait, 0)
	if n, err := e.l1.Client.NonceAt(e.ctx, e.seq, nil); err != nil || n != 1 {
		t.Fatalf("the key sent %d transactions, want 1", n)
	}
}

// TestIdleBatcherReclaimsBondsAfterTheWindow: once their challenge window
// is over, an idle batcher takes back the bonds of its batches, and only
// then.
func TestIdleBatcherReclaimsBondsAfterTheWindow(t *testing.T) {
	// L1 seconds: the simulated chain's clock runs ahead of the wall's.
	e := newEnv(t, 100*time.Millisecond, func(c *rollup.Config) { c.ChallengeWindow = 30 })
	grow(t, e.chain, 3, e.l1Time(), nil)
	b := e.batcher(batcher.Config{MaxBlocks: 1})
	held := func() (n int) {
		for i := range uint64(3) {
			batch, err := e.rollup.GetBatch(e.ctx, i, nil)
			if err != nil {
				t.Fatal(err)
			}
			if batch.BondHeld {
				n++
			}
		}
		return n
	}
	for range 3 {
		step(t, e.ctx, b, batcher.Post, 1)
	}
	step(t, e.ctx, b, batcher.Nothing, 0) // inside the window
	if n := held(); n != 3 {
		t.Fatalf("%d bonds held inside the window, want 3", n)
	}
	before, err := e.l1.Client.BalanceAt(e.ctx, e.seq, nil)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for held() > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%d bonds still held after the window", held())
		}
		if _, err := b.Step(e.ctx); err != nil {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	after, err := e.l1.Client.BalanceAt(e.ctx, e.seq, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Three bonds back, less the gas of three reclaimBond calls.
	if gained := new(big.Int).Sub(after, before); gained.Cmp(new(big.Int).Mul(e.cfg.Bond, big.NewInt(2))) <= 0 {
		t.Fatalf("the sequencer gained %s, want about three bonds of %s", gained, e.cfg.Bond)
	}
}

// TestBatchRemovedByAReorgIsPostedAgainOnce posts blocks 1–2 and then 3 in
// two batches; an L1 reorg replaces the block of the second. Whether the new
// branch holds the batch transaction again (the txpool took it back) or not
// (it is gone), L1 ends up holding block 3 exactly once, in the Rollup's
// second batch: the batcher waits for the transaction the txpool holds, or
// re-posts block 3 when it is gone. (When it is gone, a post sent before the
// key's transaction manager saw the nonce gap may still be mined after the
// gap is filled: it reverts on the Rollup's parent check and changes
// nothing; txmgr's package doc.)
func TestBatchRemovedByAReorgIsPostedAgainOnce(t *testing.T) {
	for _, tc := range []struct {
		name    string
		dropTxs bool
		txs     uint64 // batch transactions mined at least
	}{
		{"batch included again by the new branch", false, 2},
		{"batch gone", true, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// L1 makes blocks on its own, as a real one does: the key's
			// transaction manager sees a lost nonce at new heads.
			e := newEnv(t, 200*time.Millisecond, nil)
			b := e.batcher(batcher.Config{})
			ts := e.l1Time()
			grow(t, e.chain, 2, ts, nil)
			step(t, e.ctx, b, batcher.Post, 2)
			grow(t, e.chain, 1, ts, nil)
			step(t, e.ctx, b, batcher.Post, 1)
			if _, err := e.l1.Reorg(e.ctx, 1, tc.dropTxs); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(30 * time.Second)
			for {
				lb, err := e.rollup.LatestBlock(e.ctx, nil)
				if err != nil {
					t.Fatal(err)
				}
				if lb.Number == 3 && common.Hash(lb.BlockHash) == e.chain.Head().Hash() {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("L1 holds block %d, want 3", lb.Number)
				}
				if _, err := b.Step(e.ctx); err != nil && !errors.Is(err, txmgr.ErrNonceGap) {
					t.Fatal(err)
				}
			}
			step(t, e.ctx, b, batcher.Nothing, 0)
			if n, err := e.rollup.BatchCount(e.ctx, nil); err != nil || n != 2 {
				t.Fatalf("the Rollup holds %d batches (%v), want 2: block 3 posted once", n, err)
			}
			if n, err := e.l1.Client.NonceAt(e.ctx, e.seq, nil); err != nil || n < tc.txs {
				t.Fatalf("the batcher's key sent %d transactions, want at least %d (%v)", n, tc.txs, err)
			}
		})
	}
}

// TestBatcherSealsAgainABlockThatSkipsAnExpiredQueueItem: blocks sealed
// before queue items were confirmed, posted once the items are past the
// inclusion window, would revert on L1 forever (ForcedInclusionSkipped).
// The batcher posts the blocks before the first such block and asks the
// chain writer to seal it again (Source.Reseal).
func TestBatcherSealsAgainABlockThatSkipsAnExpiredQueueItem(t *testing.T) {
	e := newEnv(t, 100*time.Millisecond, func(c *rollup.Config) { c.InclusionWindow = 2 })
	aliceKey := devl1.DevKey(1)
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	grow(t, e.chain, 1, e.l1Time(), nil) // block 1: sealed before any queue item
	item := core.QueueItem{Kind: core.QueueForcedWithdrawal, From: alice, To: alice, Amount: *uint256.NewInt(1)}
	var items []core.QueueItem
	var last uint64
	for range 17 {
		rc, err := e.l1.Send(e.ctx, aliceKey, &e.rollup.Address, bindings.NewRollup().PackRequestWithdrawal(alice, common.Address{}, big.NewInt(1)), nil)
		if err != nil {
			t.Fatal(err)
		}
		items, last = append(items, item), rc.BlockNumber.Uint64()
	}
	added, err := e.l1.Client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(last))
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for e.l1Time() <= added.Time+e.cfg.InclusionWindow { // every item past the window
		if time.Now().After(deadline) {
			t.Fatal("L1 time does not pass the inclusion window")
		}
		time.Sleep(50 * time.Millisecond)
	}
	b := e.batcher(batcher.Config{})
	// Block 1 leaves item 0 unapplied: it must be sealed again.
	if d := step(t, e.ctx, b, batcher.Reseal, 0); d.Block != 1 || len(e.src.resealed) != 1 {
		t.Fatalf("reseal %+v, asked %v", d, e.src.resealed)
	}
	// Sealed again: the first block applies all it may of the queue, the
	// next one nothing (it is left to the next round). The step posts
	// block 1 and stops before block 2.
	ts := e.l1Time()
	if _, err := e.chain.Rewind(0); err != nil {
		t.Fatal(err)
	}
	grow(t, e.chain, 1, ts, items[:core.MaxQueueItemsPerBlock])
	grow(t, e.chain, 1, ts, nil)
	step(t, e.ctx, b, batcher.Post, 1)
	if d := step(t, e.ctx, b, batcher.Reseal, 0); d.Block != 2 {
		t.Fatalf("reseal %+v", d)
	}
	lb, err := e.rollup.LatestBlock(e.ctx, nil)
	if err != nil || lb.Number != 1 || lb.Cursor != core.MaxQueueItemsPerBlock {
		t.Fatalf("L1 latest block %d at cursor %d (%v), want 1 at 16", lb.Number, lb.Cursor, err)
	}
	// Sealed again with the last item, block 2 is posted.
	if _, err := e.chain.Rewind(1); err != nil {
		t.Fatal(err)
	}
	grow(t, e.chain, 1, ts, items[core.MaxQueueItemsPerBlock:])
	step(t, e.ctx, b, batcher.Post, 1)
	if lb, err := e.rollup.LatestBlock(e.ctx, nil); err != nil || lb.Number != 2 || lb.Cursor != 17 {
		t.Fatalf("L1 latest block %d at cursor %d (%v), want 2 at 17", lb.Number, lb.Cursor, err)
	}
}
