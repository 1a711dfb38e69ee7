package l1_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
)

// followEnv is a development L1 that mines only when a transaction is
// pending, with the Rollup deployed, and what a test needs to post batches
// of empty L2 blocks on it.
type followEnv struct {
	ctx     context.Context
	chain   *devl1.Chain
	rollup  *l1.Rollup
	deploy  uint64
	headers map[common.Hash]*core.Header // every L2 header built, by hash
	logs    atomic.Int64                 // FilterLogs calls through counting
}

func newFollowEnv(t *testing.T) *followEnv {
	t.Helper()
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	seq := crypto.PubkeyToAddress(devl1.DevKey(4).PublicKey)
	addr, deployBlock, err := chain.DeployRollup(ctx, devl1.DevKey(0), rollup.DevConfig(seq))
	if err != nil {
		t.Fatal(err)
	}
	e := &followEnv{ctx: ctx, chain: chain, deploy: deployBlock, headers: map[common.Hash]*core.Header{}}
	e.rollup = &l1.Rollup{Client: &countingClient{Client: chain.Client, logs: &e.logs}, Address: addr}
	g := core.Genesis()
	e.headers[g.Hash()] = g
	return e
}

// countingClient counts log queries.
type countingClient struct {
	l1.Client
	logs *atomic.Int64
}

func (c *countingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.logs.Add(1)
	return c.Client.FilterLogs(ctx, q)
}

func (e *followEnv) follower(t *testing.T, db *pebble.DB) *l1.Follower {
	t.Helper()
	f, err := l1.NewFollower(l1.FollowerConfig{Rollup: e.rollup, DB: db, FromBlock: e.deploy})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func memDB(t *testing.T) *pebble.DB {
	t.Helper()
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func (e *followEnv) send(t *testing.T, key int, data []byte, value *big.Int) {
	t.Helper()
	if _, err := e.chain.Send(e.ctx, devl1.DevKey(key), &e.rollup.Address, data, value); err != nil {
		t.Fatal(err)
	}
}

func (e *followEnv) deposit(t *testing.T, key int, wei int64) {
	t.Helper()
	to := crypto.PubkeyToAddress(devl1.DevKey(key).PublicKey)
	e.send(t, key, bindings.NewRollup().PackDepositETH(to), big.NewInt(wei))
}

// postEmpty posts a batch of n empty L2 blocks on the Rollup's latest
// block, applying the next queue item (if any) in the first.
func (e *followEnv) postEmpty(t *testing.T, n int) {
	t.Helper()
	lb, err := e.rollup.LatestBlock(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	parent, ok := e.headers[lb.BlockHash]
	if !ok {
		t.Fatalf("the Rollup's latest block %d %x was not built here", lb.Number, lb.BlockHash)
	}
	var blocks []rollup.Block
	for range n {
		h := &core.Header{
			ParentHash: parent.Hash(), Number: parent.Number + 1, Timestamp: parent.Timestamp,
			TxDataHash: core.EmptyTxDataHash, StateRoot: parent.StateRoot,
			WithdrawalsRoot: core.WithdrawalsRoot(nil), QueueCursor: parent.QueueCursor,
		}
		e.headers[h.Hash()] = h
		blocks = append(blocks, rollup.Block{Header: h})
		parent = h
	}
	bond, err := e.rollup.Bond(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.send(t, 4, bindings.NewRollup().PackSubmitBatch(rollup.BatchArg(blocks)), bond)
}

// checkAgainstL1 compares a snapshot with what the Rollup answers at the
// snapshot's L1 block: the oracle is the contract itself.
func (e *followEnv) checkAgainstL1(t *testing.T, s *l1.Snapshot) {
	t.Helper()
	at := new(big.Int).SetUint64(s.L1Block)
	h, err := e.chain.Client.HeaderByNumber(e.ctx, at)
	if err != nil {
		t.Fatal(err)
	}
	if h.Hash() != s.L1Hash {
		t.Fatalf("snapshot at L1 block %d has hash %x, the chain %x", s.L1Block, s.L1Hash, h.Hash())
	}
	abi := bindings.NewRollup()
	out, err := e.chain.Client.CallContract(e.ctx, ethereum.CallMsg{To: &e.rollup.Address, Data: abi.PackQueueLength()}, at)
	if err != nil {
		t.Fatal(err)
	}
	qlen, _ := abi.UnpackQueueLength(out)
	if qlen.Uint64() != s.QueueLen() {
		t.Fatalf("queue length %d, the Rollup %d", s.QueueLen(), qlen)
	}
	for i := range s.QueueLen() {
		out, err := e.chain.Client.CallContract(e.ctx, ethereum.CallMsg{To: &e.rollup.Address, Data: abi.PackQueueItemHash(new(big.Int).SetUint64(i))}, at)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := abi.UnpackQueueItemHash(out)
		got, err := s.QueueEntry(i)
		if err != nil || got.Item.Hash() != common.Hash(want) {
			t.Fatalf("queue item %d: %v (%v), the Rollup holds %x", i, got.Item, err, want)
		}
	}
	count, err := e.rollup.BatchCount(e.ctx, at)
	if err != nil {
		t.Fatal(err)
	}
	if count != s.BatchCount() {
		t.Fatalf("%d batches, the Rollup %d", s.BatchCount(), count)
	}
	for i := range count {
		want, err := e.rollup.GetBatch(e.ctx, i, at)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Batch(i)
		if err != nil {
			t.Fatal(err)
		}
		if got.BlocksRoot != want.BlocksRoot || got.LastBlock != want.LastBlock || got.FirstBlock != want.FirstBlock ||
			got.SubmittedAt != want.SubmittedAt || got.Submitter != want.Submitter || got.QueueCursor != want.QueueCursor {
			t.Fatalf("batch %d: %+v, the Rollup %+v", i, got, want)
		}
	}
	lb, err := e.rollup.LatestBlock(e.ctx, at)
	if err != nil {
		t.Fatal(err)
	}
	if p := s.Posted(); p.Number != lb.Number || p.Hash != lb.BlockHash || p.Cursor != lb.Cursor {
		t.Fatalf("posted %+v, the Rollup's latest block %+v", p, lb)
	}
}

func pollF(t *testing.T, ctx context.Context, f *l1.Follower) *l1.Snapshot {
	t.Helper()
	if err := f.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	return f.Snapshot()
}

// TestFollowerReadsQueueAndBatches: deposits and batches show in the
// snapshot as the Rollup holds them, and BatchOf finds any block's batch.
func TestFollowerReadsQueueAndBatches(t *testing.T) {
	e := newFollowEnv(t)
	f := e.follower(t, memDB(t))
	if f.Snapshot().Ready() {
		t.Fatal("ready before the first poll")
	}
	e.deposit(t, 1, 1e15)
	e.deposit(t, 2, 2e15)
	e.postEmpty(t, 3)
	e.postEmpty(t, 2)
	s := pollF(t, e.ctx, f)
	e.checkAgainstL1(t, s)
	if !s.Ready() || s.QueueLen() != 2 || s.BatchCount() != 2 || s.Posted().Number != 5 || s.ChallengeWindow() != 120 {
		t.Fatalf("snapshot: ready %v, queue %d, batches %d, posted %d, window %d", s.Ready(), s.QueueLen(), s.BatchCount(), s.Posted().Number, s.ChallengeWindow())
	}
	items := s.QueueItems(0, 16)
	if len(items) != 2 || items[1].Amount.Uint64() != 2e15 {
		t.Fatalf("queue items %+v", items)
	}
	for n, want := range map[uint64]uint64{1: 0, 3: 0, 4: 1, 5: 1} {
		b, err := s.BatchOf(n)
		if err != nil || b.Index != want {
			t.Fatalf("BatchOf(%d) = %d, %v; want batch %d", n, b.Index, err, want)
		}
	}
	if _, err := s.BatchOf(6); err == nil {
		t.Fatal("BatchOf a block not posted")
	}
	e1, _ := s.QueueEntry(0)
	if e1.L1Time == 0 || e1.L1Block <= e.deploy {
		t.Fatalf("queue entry %+v lacks its L1 block", e1)
	}
}

// TestFollowerResumesAfterARestart: a follower opened again on the same
// database goes on from the block it had read, without reading the Rollup
// again from its deployment.
func TestFollowerResumesAfterARestart(t *testing.T) {
	e := newFollowEnv(t)
	db := memDB(t)
	f := e.follower(t, db)
	e.deposit(t, 1, 1e15)
	e.postEmpty(t, 2)
	before := pollF(t, e.ctx, f)
	e.chain.Mine(5)
	g := e.follower(t, db)
	s := g.Snapshot()
	if s.L1Block != before.L1Block || s.QueueLen() != 1 || s.BatchCount() != 1 {
		t.Fatalf("reopened at L1 block %d with %d items, %d batches; want %d, 1, 1", s.L1Block, s.QueueLen(), s.BatchCount(), before.L1Block)
	}
	e.logs.Store(0)
	s = pollF(t, e.ctx, g)
	e.checkAgainstL1(t, s)
	if n := e.logs.Load(); n != 1 {
		t.Fatalf("%d log queries after the restart, want 1 (the new blocks)", n)
	}
}

// TestFollowerGoesBackOnReorgs reorganises L1 under deposits and a batch in
// the ways a real chain does; after each, the view is the Rollup's at the
// new head, Generation counts the reset, and queue items that may still
// come back are awaited (QueueSettled).
func TestFollowerGoesBackOnReorgs(t *testing.T) {
	for _, tc := range []struct {
		name    string
		dropTxs bool
		replace bool // a different deposit on the new branch
	}{
		{"included again", false, false},
		{"gone", true, false},
		{"replaced", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newFollowEnv(t)
			f := e.follower(t, memDB(t))
			e.deposit(t, 1, 1e15)
			e.postEmpty(t, 1)
			e.deposit(t, 2, 2e15)
			e.postEmpty(t, 2)
			before := pollF(t, e.ctx, f)
			if before.QueueLen() != 2 || before.BatchCount() != 2 {
				t.Fatalf("before: %d items, %d batches", before.QueueLen(), before.BatchCount())
			}
			if _, err := e.chain.Reorg(e.ctx, 2, tc.dropTxs); err != nil {
				t.Fatal(err)
			}
			if tc.replace {
				e.deposit(t, 3, 5e15)
			}
			s := pollF(t, e.ctx, f)
			if s.Generation != before.Generation+1 {
				t.Fatalf("generation %d after a reorg, was %d", s.Generation, before.Generation)
			}
			// The new branch was read as far as the old one: settled.
			for !s.QueueSettled {
				e.chain.Mine(1)
				s = pollF(t, e.ctx, f)
			}
			e.checkAgainstL1(t, s)
			switch {
			case !tc.dropTxs && (s.QueueLen() != 2 || s.BatchCount() != 2):
				t.Fatalf("included again: %d items, %d batches", s.QueueLen(), s.BatchCount())
			case tc.dropTxs && s.BatchCount() != 1:
				t.Fatalf("dropped: %d batches, want 1", s.BatchCount())
			}
		})
	}
}

// TestFollowerMatchesTheRollupThroughRandomReorgs drives deposits, batches
// and L1 reorgs of random depth in a random order, polling at random
// times, and checks after every poll that the view is the Rollup's at the
// snapshot's L1 block; at the end a follower that reads the whole chain
// afresh must hold the same view.
func TestFollowerMatchesTheRollupThroughRandomReorgs(t *testing.T) {
	for seed := range uint64(2) {
		t.Run("", func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 1))
			e := newFollowEnv(t)
			f := e.follower(t, memDB(t))
			for range 20 {
				switch op := r.IntN(10); {
				case op < 3:
					e.deposit(t, 1+r.IntN(3), int64(1e15*(1+r.IntN(9))))
				case op < 6:
					e.postEmpty(t, 1+r.IntN(3))
				case op < 8:
					head, err := e.chain.Client.BlockNumber(e.ctx)
					if err != nil {
						t.Fatal(err)
					}
					depth := uint64(1 + r.IntN(4))
					if head-depth > e.deploy {
						if _, err := e.chain.Reorg(e.ctx, depth, r.IntN(2) == 0); err != nil {
							t.Fatal(err)
						}
					}
				default:
					e.chain.Mine(1 + r.IntN(3))
				}
				if r.IntN(2) == 0 {
					e.checkAgainstL1(t, pollF(t, e.ctx, f))
				}
			}
			s := pollF(t, e.ctx, f)
			e.checkAgainstL1(t, s)
			fresh := pollF(t, e.ctx, e.follower(t, memDB(t)))
			if fresh.L1Block != s.L1Block || fresh.QueueLen() != s.QueueLen() || fresh.BatchCount() != s.BatchCount() || fresh.Posted() != s.Posted() {
				t.Fatalf("followed: block %d, %d items, %d batches, posted %+v; fresh: %d, %d, %d, %+v",
					s.L1Block, s.QueueLen(), s.BatchCount(), s.Posted(), fresh.L1Block, fresh.QueueLen(), fresh.BatchCount(), fresh.Posted())
			}
		})
	}
}

// TestSnapshotNamesTheSettledBatchAsTheRollupDoes: batches posted minutes
// apart (L1 time moved on between them) pass their challenge window one
// after the other; at every step the snapshot's settled batch is the newest
// one the Rollup itself calls finalized (isFinalized) at L1's finalized
// block, which is what a light client proves at "settled".
func TestSnapshotNamesTheSettledBatchAsTheRollupDoes(t *testing.T) {
	e := newFollowEnv(t)
	f := e.follower(t, memDB(t))
	abi := bindings.NewRollup()
	window := 120 * time.Second // rollup.DevConfig's
	for round := range 4 {
		e.postEmpty(t, 2)
		if err := e.chain.AdvanceTime(e.ctx, window/2); err != nil {
			t.Fatal(err)
		}
		e.chain.Mine(40) // past an epoch of 32: L1 finalizes what came before
		s := pollF(t, e.ctx, f)
		if s.L1Finalized == 0 || s.L1FinalizedTime == 0 {
			t.Fatalf("round %d: no finalized L1 block (%d at %d)", round, s.L1Finalized, s.L1FinalizedTime)
		}
		at := new(big.Int).SetUint64(s.L1Finalized)
		want, wantAny := uint64(0), false
		for i := range s.BatchCount() {
			out, err := e.chain.Client.CallContract(e.ctx, ethereum.CallMsg{To: &e.rollup.Address, Data: abi.PackIsFinalized(new(big.Int).SetUint64(i))}, at)
			if err != nil {
				t.Fatal(err)
			}
			if ok, err := abi.UnpackIsFinalized(out); err != nil {
				t.Fatal(err)
			} else if ok {
				want, wantAny = i, true
			}
		}
		got := s.SettledPosted()
		if got.HasBatch != wantAny || (wantAny && got.Batch != want) {
			t.Fatalf("round %d: settled %+v; the Rollup at L1's finalized block %d calls batch %d settled (%v)", round, got, s.L1Finalized, want, wantAny)
		}
		if wantAny {
			rec, _ := s.Batch(want)
			if got.Number != rec.LastBlock || got.Hash != rec.LastBlockHash {
				t.Fatalf("round %d: settled block %d %s, the batch's last is %d %s", round, got.Number, got.Hash, rec.LastBlock, rec.LastBlockHash)
			}
		}
		t.Logf("round %d: %d batches, settled %v (batch %d)", round, s.BatchCount(), got.HasBatch, got.Batch)
	}
}
