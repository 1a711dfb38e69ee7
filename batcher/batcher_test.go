package batcher_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
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
	l1     *devl1.Chain       // an L1 that mines on its own (newEnv)
	sim    *simulated.Backend // or one that mines when the test says (newManualEnv)
	client simulated.Client
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
	e := &env{t: t, ctx: ctx, l1: l1c, client: l1c.Client, cfg: rcfg}
	e.finish(pdb, addr, deploy, seqKey, txmgr.Config{})
	return e
}

// newManualEnv is newEnv on an L1 that mines only when the test calls
// mine, so that batches stay in flight as long as it wants. txc sets the
// sequencer's transaction manager's options (Confirmations, resubmission).
func newManualEnv(t *testing.T, txc txmgr.Config, mutate func(*rollup.Config)) *env {
	t.Helper()
	return newManualEnvWith(t, nil, txc, mutate)
}

// newManualEnvWith is newManualEnv whose node, the follower's, the
// Rollup's and the sequencer key's, is the L1's client as wrap makes it.
func newManualEnvWith(t *testing.T, wrap func(simulated.Client) simulated.Client, txc txmgr.Config, mutate func(*rollup.Config)) *env {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for i := range devl1.DevKeys {
		alloc[crypto.PubkeyToAddress(devl1.DevKey(i).PublicKey)] = types.Account{Balance: devl1.Balance}
	}
	backend := simulated.NewBackend(alloc, func(nc *node.Config, _ *ethconfig.Config) { nc.IPCPath = "" })
	t.Cleanup(func() { backend.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	seqKey := devl1.DevKey(4)
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
	if mutate != nil {
		mutate(&rcfg)
	}
	e := &env{t: t, ctx: ctx, sim: backend, client: backend.Client(), cfg: rcfg}
	args, err := rcfg.ConstructorArgs()
	if err != nil {
		t.Fatal(err)
	}
	rc := e.sendMined(devl1.DevKey(0), nil, append(common.FromHex(bindings.RollupMetaData.Bin), args...), nil)
	if wrap != nil {
		e.client = wrap(e.client)
	}
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pdb.Close() })
	e.finish(pdb, rc.ContractAddress, rc.BlockNumber.Uint64(), seqKey, txc)
	return e
}

// finish opens the chain store, the follower and the sequencer key's
// transaction manager.
func (e *env) finish(pdb *pebble.DB, addr common.Address, deploy uint64, seqKey *ecdsa.PrivateKey, txc txmgr.Config) {
	t := e.t
	c, err := chain.Open(pdb, core.DevConfig())
	if err != nil {
		t.Fatal(err)
	}
	r := &l1.Rollup{Client: e.client, Address: addr}
	f, err := l1.NewFollower(l1.FollowerConfig{Rollup: r, DB: pdb, FromBlock: deploy})
	if err != nil {
		t.Fatal(err)
	}
	txc.Client, txc.Key, txc.Log = e.client, seqKey, slog.New(slog.NewTextHandler(io.Discard, nil))
	if txc.PollInterval == 0 {
		txc.PollInterval = 10 * time.Millisecond
	}
	tx, err := txmgr.New(txc)
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Start(e.ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Stop(context.Background()) })
	e.rollup, e.chain, e.tx, e.seq = r, c, tx, crypto.PubkeyToAddress(seqKey.PublicKey)
	e.src = &source{t: t, ctx: e.ctx, f: f, wake: make(chan struct{})}
}

// sendMined sends a transaction from key on the manual L1 and mines it.
func (e *env) sendMined(key *ecdsa.PrivateKey, to *common.Address, data []byte, value *big.Int) *types.Receipt {
	e.t.Helper()
	m, err := txmgr.New(txmgr.Config{Client: e.client, Key: key, PollInterval: 10 * time.Millisecond, Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := m.Start(e.ctx); err != nil {
		e.t.Fatal(err)
	}
	defer m.Stop(context.Background())
	tx, err := m.Submit(e.ctx, txmgr.Candidate{To: to, Data: data, Value: value})
	if err != nil {
		e.t.Fatal(err)
	}
	e.sim.Commit()
	r, err := tx.Wait(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// mine seals an L1 block with whatever is pending.
func (e *env) mine() { e.sim.Commit() }

// waitPosted waits until the Rollup's latest block is n.
func (e *env) waitPosted(n uint64) {
	e.t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		lb, err := e.rollup.LatestBlock(e.ctx, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		if lb.Number == n {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("the Rollup's latest block is %d, want %d", lb.Number, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (e *env) batcher(cfg batcher.Config) *batcher.Batcher {
	return batcher.New(cfg, e.chain, e.src, e.rollup, e.tx, slog.New(slog.NewTextHandler(io.Discard, nil)))
}

func (e *env) l1Time() uint64 {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, nil)
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

// until steps b until it decides want (a Post of count blocks), through
// the Waits of batches in flight and of a view of L1 behind them; it polls
// with a generous deadline.
func until(t *testing.T, ctx context.Context, b *batcher.Batcher, want batcher.Kind, count int) batcher.Decision {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		d, err := b.Step(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d.Kind == want && (want != batcher.Post || d.Count == count) {
			return d
		}
		if d.Kind != batcher.Wait || time.Now().After(deadline) {
			t.Fatalf("step: %s of %d (%s), want %s of %d", d.Kind, d.Count, d.Why, want, count)
		}
		time.Sleep(20 * time.Millisecond)
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
	b := e.batcher(batcher.Config{MaxBlocks: 2, DA: batcher.DACalldata})
	step(t, e.ctx, b, batcher.Post, 2)
	until(t, e.ctx, b, batcher.Post, 2)
	until(t, e.ctx, b, batcher.Post, 1)
	until(t, e.ctx, b, batcher.Nothing, 0)
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
	b := e.batcher(batcher.Config{})
	step(t, e.ctx, b, batcher.Post, 3)
	until(t, e.ctx, b, batcher.Nothing, 0)
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
		until(t, e.ctx, b, batcher.Post, 1)
	}
	until(t, e.ctx, b, batcher.Nothing, 0) // inside the window
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
			until(t, e.ctx, b, batcher.Nothing, 0)
			grow(t, e.chain, 1, ts, nil)
			step(t, e.ctx, b, batcher.Post, 1)
			until(t, e.ctx, b, batcher.Nothing, 0)
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
			until(t, e.ctx, b, batcher.Nothing, 0)
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
	if d := until(t, e.ctx, b, batcher.Reseal, 0); d.Block != 2 {
		t.Fatalf("reseal %+v", d)
	}
	e.waitPosted(1)
	lb, err := e.rollup.LatestBlock(e.ctx, nil)
	if err != nil || lb.Number != 1 || lb.Cursor != core.MaxQueueItemsPerBlock {
		t.Fatalf("L1 latest block %d at cursor %d (%v), want 1 at 16", lb.Number, lb.Cursor, err)
	}
	// Sealed again with the last item, block 2 is posted.
	if _, err := e.chain.Rewind(1); err != nil {
		t.Fatal(err)
	}
	grow(t, e.chain, 1, ts, items[core.MaxQueueItemsPerBlock:])
	until(t, e.ctx, b, batcher.Post, 1)
	e.waitPosted(2)
	if lb, err := e.rollup.LatestBlock(e.ctx, nil); err != nil || lb.Number != 2 || lb.Cursor != 17 {
		t.Fatalf("L1 latest block %d at cursor %d (%v), want 2 at 17", lb.Number, lb.Cursor, err)
	}
}
