package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// histRig is a chain under test with a model of it: the state after every
// block of the chain as it now is, computed from the blocks' own diffs
// applied to plain maps from genesis on, never from the chain's records or
// views.
type histRig struct {
	t      *testing.T
	r      *rand.Rand
	pdb    *pebble.DB
	c      *Chain
	keys   []*ecdsa.PrivateKey
	addrs  []common.Address // every address the chain has touched
	token  common.Address
	states []*state.MemState // states[n]: after block n
}

func newHistRig(t *testing.T, seed uint64, fs vfs.FS, opts Options) *histRig {
	t.Helper()
	pdb, err := pebble.Open("", &pebble.Options{FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	c, err := OpenWith(pdb, cfg, opts)
	if err != nil {
		t.Fatal(err)
	}
	h := &histRig{t: t, r: rand.New(rand.NewPCG(seed, 7)), pdb: pdb, c: c, token: common.HexToAddress("0x70c1"), states: []*state.MemState{state.NewMemState()}}
	for range 4 {
		k, _ := crypto.GenerateKey()
		h.keys = append(h.keys, k)
		h.addrs = append(h.addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	return h
}

func cloneMem(m *state.MemState) *state.MemState {
	return &state.MemState{Accounts: maps.Clone(m.Accounts), Tokens: maps.Clone(m.Tokens)}
}

// appendBlock appends a block of random deposits (ETH and the token) and
// transfers (to the keys, to fresh addresses, to the bridge).
func (h *histRig) appendBlock() {
	h.t.Helper()
	cur := h.states[len(h.states)-1]
	var queue []core.QueueItem
	for range h.r.IntN(3) {
		to := h.addrs[h.r.IntN(len(h.addrs))]
		q := core.QueueItem{Kind: core.QueueDepositETH, From: to, To: to, Amount: *uint256.NewInt(1e15 + h.r.Uint64N(1e15))}
		if h.r.IntN(2) == 0 {
			q.Kind, q.Token, q.Amount = core.QueueDepositToken, h.token, *uint256.NewInt(1 + h.r.Uint64N(1000))
		}
		queue = append(queue, q)
	}
	var txs []*core.Tx
	for i, k := range h.keys {
		a := cur.Accounts[h.addrs[i]]
		if a.Balance.Uint64() < 1e14 || h.r.IntN(2) == 0 {
			continue
		}
		var to common.Address
		switch h.r.IntN(4) {
		case 0:
			to = core.BridgeAddress
		case 1:
			to = common.Address{0xf0, byte(h.r.IntN(256)), byte(h.r.IntN(256))}
			h.addrs = append(h.addrs, to)
		default:
			to = h.addrs[h.r.IntN(len(h.keys))]
		}
		txs = append(txs, signedTx(h.t, k, a.Nonce, to, 1+h.r.Int64N(1e9)))
	}
	if len(queue) == 0 && len(txs) == 0 {
		to := h.addrs[0]
		queue = []core.QueueItem{{Kind: core.QueueDepositETH, From: to, To: to, Amount: *uint256.NewInt(1e16)}}
	}
	b, p := build(h.t, h.c, queue, txs...)
	if err := h.c.Append(b, p); err != nil {
		h.t.Fatal(err)
	}
	next := cloneMem(cur)
	next.Apply(p.Diff)
	h.states = append(h.states, next)
}

func (h *histRig) rewind(n uint64) {
	h.t.Helper()
	if _, err := h.c.Rewind(n); err != nil {
		h.t.Fatalf("rewind to %d: %v", n, err)
	}
	h.states = h.states[:n+1]
}

// anchors names random anchors on the chain (settled ≤ finalized ≤ safe ≤
// head), rising as a real L1's do.
func (h *histRig) anchors() {
	head := h.c.Head().Number
	s := h.c.HistoryStatus()
	lo := func(i int) uint64 {
		if s.Targets[i] == ^uint64(0) {
			return 0
		}
		return min(s.Targets[i], head)
	}
	safe := lo(viewSafe) + h.r.Uint64N(head-lo(viewSafe)+1)
	fin := lo(viewFinalized) + h.r.Uint64N(max(safe, lo(viewFinalized))-lo(viewFinalized)+1)
	fin = min(fin, safe)
	set := lo(viewSettled) + h.r.Uint64N(max(fin, lo(viewSettled))-lo(viewSettled)+1)
	set = min(set, fin)
	h.c.SetAnchors(Anchors{Safe: safe, Finalized: fin, Settled: set})
}

// checkViews: every view holds exactly the model's state at its block, and
// its root is that block's.
func (h *histRig) checkViews() {
	h.t.Helper()
	for _, v := range h.c.hist.views {
		at := v.at.Load()
		if at.Number >= uint64(len(h.states)) {
			h.t.Fatalf("the %s view is at block %d, the head is %d", v.name, at.Number, len(h.states)-1)
		}
		hdr, err := h.c.HeaderByNumber(at.Number)
		if err != nil || hdr.Hash() != at.Hash() {
			h.t.Fatalf("the %s view is at block %d (%s), not a block of the chain: %v", v.name, at.Number, at.Hash(), err)
		}
		if v.db.Root() != hdr.StateRoot {
			h.t.Fatalf("the %s view at block %d has root %s, the block %s", v.name, at.Number, v.db.Root(), hdr.StateRoot)
		}
		got := state.NewMemState()
		if err := v.db.Entries(h.pdb, 100, func(d *state.Diff) error { got.Apply(d); return nil }); err != nil {
			h.t.Fatal(err)
		}
		want := nonEmpty(h.states[at.Number])
		if !maps.Equal(got.Accounts, want.Accounts) || !maps.Equal(got.Tokens, want.Tokens) {
			h.t.Fatalf("the %s view at block %d holds %d accounts and %d balances, the state recomputed from the blocks %d and %d, or other values",
				v.name, at.Number, len(got.Accounts), len(got.Tokens), len(want.Accounts), len(want.Tokens))
		}
	}
}

func nonEmpty(m *state.MemState) *state.MemState {
	out := state.NewMemState()
	for a, acc := range m.Accounts {
		if !acc.IsEmpty() {
			out.Accounts[a] = acc
		}
	}
	for id, b := range m.Tokens {
		if !b.IsZero() {
			out.Tokens[id] = b
		}
	}
	return out
}

// checkProofs proves every address and its token balance at block n: the
// proofs verify against n's state root and show the model's values.
func (h *histRig) checkProofs(n uint64) {
	h.t.Helper()
	want := h.states[n]
	err := h.c.ProveAt(context.Background(), n, func(p state.Prover, hdr *core.Header) error {
		if hdr.Number != n || p.Root() != hdr.StateRoot {
			return fmt.Errorf("asked for block %d, proving block %d at root %s", n, hdr.Number, p.Root())
		}
		// The keys, and a few of the other addresses.
		addrs := h.addrs[:len(h.keys)]
		for range 4 {
			addrs = append(addrs, h.addrs[h.r.IntN(len(h.addrs))])
		}
		for _, addr := range addrs {
			a, pr, err := p.AccountProof(addr)
			if err != nil {
				return err
			}
			if v, err := pr.Verify(hdr.StateRoot, state.AccountKey(addr)); err != nil || v != a.ValueHash() || a != want.Accounts[addr] {
				return fmt.Errorf("account %s: %+v (model %+v), proof %v", addr, a, want.Accounts[addr], err)
			}
			b, pr, err := p.TokenProof(addr, h.token)
			if err != nil {
				return err
			}
			if v, err := pr.Verify(hdr.StateRoot, state.TokenKey(addr, h.token)); err != nil || v != state.TokenValueHash(&b) || b != want.Tokens[state.TokenID{Owner: addr, Token: h.token}] {
				return fmt.Errorf("token balance of %s: %s, proof %v", addr, &b, err)
			}
		}
		return nil
	})
	if err != nil {
		h.t.Fatalf("ProveAt(%d) (head %d, history %+v): %v", n, h.c.Head().Number, h.c.HistoryStatus(), err)
	}
}

// TestViewsEqualTheStateRecomputedFromTheBlocks is a property test over
// random chains with random anchors, partial and full moves of the views,
// rewinds (some below the views) and pruning: after every operation each
// view holds exactly the state recomputed from the blocks at its block,
// every block from the oldest served to the head proves the model's
// values with proofs that verify against its header's state root, older
// blocks are refused with ErrTooOld, and a rewind is refused (changing
// nothing) only below the records kept.
func TestViewsEqualTheStateRecomputedFromTheBlocks(t *testing.T) {
	for seed := range uint64(4) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			h := newHistRig(t, seed, vfs.NewMem(), Options{KeepBelow: 5})
			h.c.hist.stepBlocks, h.c.hist.pruneStep = 3, 1
			for range 8 {
				h.appendBlock()
			}
			for op := range 400 {
				head := h.c.Head().Number
				switch k := h.r.IntN(20); {
				case k < 11:
					h.appendBlock()
				case k < 13:
					h.anchors()
				case k < 15:
					for _, v := range h.c.hist.views {
						if _, err := h.c.step(v); err != nil {
							t.Fatal(err)
						}
					}
				case k < 18:
					if err := h.c.SyncViews(context.Background()); err != nil {
						t.Fatal(err)
					}
				default:
					kept := h.c.hist.pruned.Load()
					n := head - h.r.Uint64N(min(head-kept, 5)+1) // as deep as the records kept, at times
					if h.r.IntN(12) == 0 {
						n = kept
					}
					if n == kept && kept > 0 {
						// Below the records kept: refused, nothing changed.
						if _, err := h.c.Rewind(n - 1); !errors.Is(err, ErrNoUndo) || h.c.Head().Number != head {
							t.Fatalf("op %d: rewind to %d below the records kept (%d): %v", op, n-1, kept, err)
						}
						break
					}
					h.rewind(n)
				}
				h.checkViews()
				head = h.c.Head().Number
				oldest := h.c.HistoryStatus().Oldest
				for range 2 {
					h.checkProofs(oldest + h.r.Uint64N(head-oldest+1))
				}
				h.checkProofs(head)
				if oldest > 0 {
					err := h.c.ProveAt(context.Background(), oldest-1, func(state.Prover, *core.Header) error { return nil })
					if !errors.Is(err, ErrTooOld) {
						t.Fatalf("op %d: proof below the oldest block served (%d): %v", op, oldest, err)
					}
				}
			}
			s := h.c.HistoryStatus()
			t.Logf("head %d, views %v, targets %v, oldest %d, pruned %d", h.c.Head().Number, s.Views, s.Targets, s.Oldest, s.Pruned)
			if s.Pruned == 0 {
				t.Fatal("nothing was ever pruned")
			}
		})
	}
}

// TestPruningKeepsWhatRewindsAndProofsNeed: after the views move and the
// records behind them are pruned, every block from KeepBelow below the
// oldest view up proves and can be rewound to; the records of blocks
// further back are gone (the store does not grow with the chain's age).
func TestPruningKeepsWhatRewindsAndProofsNeed(t *testing.T) {
	h := newHistRig(t, 11, vfs.NewMem(), Options{KeepBelow: 20})
	h.c.hist.pruneStep = 1
	for range 700 {
		h.appendBlock()
	}
	h.c.SetAnchors(Anchors{Safe: 690, Finalized: 650, Settled: 600})
	if err := h.c.SyncViews(context.Background()); err != nil {
		t.Fatal(err)
	}
	s := h.c.HistoryStatus()
	if s.Views != [numViews]uint64{600, 650, 690} || s.Oldest != 600 || s.Pruned != 580 {
		t.Fatalf("history %+v", s)
	}
	for n := uint64(1); n <= 700; n++ {
		_, errU := h.c.get(numKey(undoPrefix, n))
		_, errF := h.c.get(numKey(forwardPrefix, n))
		if gone := n <= 580; gone != errors.Is(errU, ErrNotFound) || gone != errors.Is(errF, ErrNotFound) {
			t.Fatalf("block %d: undo record %v, forward record %v (pruned up to 580)", n, errU, errF)
		}
	}
	for n := uint64(600); n <= 700; n += 7 {
		h.checkProofs(n)
	}
	if err := h.c.ProveAt(context.Background(), 599, func(state.Prover, *core.Header) error { return nil }); !errors.Is(err, ErrTooOld) {
		t.Fatalf("proof at 599: %v", err)
	}
	// A rewind below every view, as deep as the records kept allow.
	h.rewind(581)
	h.checkViews()
	h.checkProofs(581)
	if _, err := h.c.Rewind(579); !errors.Is(err, ErrNoUndo) || !errors.Is(err, ErrTooOld) {
		t.Fatalf("rewind below the records kept: %v", err)
	}
	h.checkViews()
}

// TestProofAtABlockFarBelowTheHead: with the finalized block 10,500
// blocks below the head (the old code refused beyond 4,096), proofs at
// the settled, finalized and safe blocks read their views, and a block in
// between is proven too.
func TestProofAtABlockFarBelowTheHead(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 11,000 blocks")
	}
	h := newHistRig(t, 3, vfs.NewMem(), Options{})
	h.c.SetAnchors(Anchors{Safe: 200, Finalized: 150, Settled: 100})
	for range 11000 {
		h.appendBlock()
	}
	if err := h.c.SyncViews(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, n := range []uint64{100, 150, 200, 175, 5000, 10999, 11000} {
		h.checkProofs(n)
	}
	if h.c.Head().Number-150 < 10000 {
		t.Fatal("the finalized block is not 10,000 blocks below the head")
	}
}

// TestWriterNeverWaitsForHistoricalProofs: while 8 goroutines prove
// blocks far below the head without pause (the views far from them, so
// each merges hundreds of records), the writer appends; the time Append
// spends waiting for locks stays a small share of its time, as it is
// without the readers. (Before, a proof held the chain's read lock while
// it merged, and Append waited for it.)
func TestWriterNeverWaitsForHistoricalProofs(t *testing.T) {
	h := newHistRig(t, 5, vfs.NewMem(), Options{MaxProofs: 8})
	for range 600 {
		h.appendBlock()
	}
	appendSome := func(n int) AppendStats {
		before := h.c.AppendStats()
		for range n {
			h.appendBlock()
		}
		after := h.c.AppendStats()
		return AppendStats{Blocks: after.Blocks - before.Blocks, Busy: after.Busy - before.Busy, LockWait: after.LockWait - before.LockWait}
	}
	quiet := appendSome(100)

	stop := make(chan struct{})
	var wg sync.WaitGroup
	var proofs atomic.Int64
	errs := make(chan error, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(g), 1))
			for {
				select {
				case <-stop:
					return
				default:
				}
				n := 300 + r.Uint64N(300) // the views are at genesis: 300 to 600 records each
				err := h.c.ProveAt(context.Background(), n, func(p state.Prover, hdr *core.Header) error {
					_, _, err := p.AccountProof(h.addrs[0])
					return err
				})
				if err != nil {
					errs <- err
					return
				}
				proofs.Add(1)
			}
		}()
	}
	for proofs.Load() < 8 {
		select {
		case err := <-errs:
			t.Fatal(err)
		default:
		}
		// The readers get going before the writer is measured.
		runtime.Gosched()
	}
	loaded := appendSome(100)
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	share := func(s AppendStats) float64 { return float64(s.LockWait) / float64(s.Busy) }
	t.Logf("Append waited for locks %.3f%% of its time alone, %.3f%% beside %d proofs", 100*share(quiet), 100*share(loaded), proofs.Load())
	if share(loaded) > max(2*share(quiet), 0.05) {
		t.Fatalf("Append waited for locks %.1f%% of its time under the proofs (%.3f%% alone)", 100*share(loaded), 100*share(quiet))
	}
}

// TestPowerCutWhileViewsMoveReopensConsistent cuts the power at a random
// point of a run of appends, anchor changes, view steps (which Pebble does
// not sync: the next synced write carries them) and rewinds (which move
// the views back first): every write after the cut is lost. The store
// reopens with every view at a block of the chain holding exactly the
// state recomputed from the blocks there, none of them built again from
// the head, and proofs at every block served verify.
func TestPowerCutWhileViewsMoveReopensConsistent(t *testing.T) {
	for seed := range uint64(16) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			fs := vfs.NewStrictMem()
			h := newHistRig(t, seed, fs, Options{KeepBelow: 4})
			h.c.hist.stepBlocks, h.c.hist.pruneStep = 2, 1
			cut := 20 + h.r.IntN(40)
			var durable []*state.MemState
			for op := range cut + 20 {
				if op == cut {
					fs.SetIgnoreSyncs(true)
					durable = append([]*state.MemState(nil), h.states...)
				}
				switch k := h.r.IntN(10); {
				case k < 4:
					h.appendBlock()
				case k < 6:
					h.anchors()
				case k < 9:
					for _, v := range h.c.hist.views {
						if _, err := h.c.step(v); err != nil {
							t.Fatal(err)
						}
					}
				default:
					head, kept := h.c.Head().Number, h.c.hist.pruned.Load()
					h.rewind(head - h.r.Uint64N(min(head-kept, 4)+1))
				}
			}
			h.pdb.Close()
			fs.ResetToSyncedState()
			fs.SetIgnoreSyncs(false)
			pdb, err := pebble.Open("", &pebble.Options{FS: fs})
			if err != nil {
				t.Fatal(err)
			}
			defer pdb.Close()
			c, err := OpenWith(pdb, cfg, Options{KeepBelow: 4})
			if err != nil {
				t.Fatalf("reopen after the cut: %v", err)
			}
			h.pdb, h.c, h.states = pdb, c, durable
			if c.Head().Number != uint64(len(durable)-1) {
				t.Fatalf("reopened at block %d; %d blocks were synced before the cut", c.Head().Number, len(durable)-1)
			}
			if c.hist.rebuilt != 0 {
				t.Fatalf("%d views were built again from the head: the cut left them inconsistent", c.hist.rebuilt)
			}
			h.checkViews()
			s := c.HistoryStatus()
			for n := s.Oldest; n <= c.Head().Number; n++ {
				h.checkProofs(n)
			}
			t.Logf("cut at op %d: reopened at block %d with views at %v", cut, c.Head().Number, s.Views)
		})
	}
}

// BenchmarkProveAt measures a proof of one account at a view's block, at
// the head, and at blocks 64, 256 and 512 blocks of 64 transfers from
// the nearest view (records merged and hashed for each proof).
func BenchmarkProveAt(b *testing.B) {
	pdb, err := pebble.Open(b.TempDir(), state.PebbleOptions(64<<20))
	if err != nil {
		b.Fatal(err)
	}
	defer pdb.Close()
	c, err := OpenWith(pdb, cfg, Options{MaxProofs: 1})
	if err != nil {
		b.Fatal(err)
	}
	const accounts, blocks = 1024, 1100
	keys := make([]*ecdsa.PrivateKey, accounts)
	var queue []core.QueueItem
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		a := crypto.PubkeyToAddress(keys[i].PublicKey)
		queue = append(queue, core.QueueItem{Kind: core.QueueDepositETH, From: a, To: a, Amount: *uint256.NewInt(1e18)})
		if len(queue) == core.MaxQueueItemsPerBlock {
			blk, p := build(b, c, queue)
			if err := c.Append(blk, p); err != nil {
				b.Fatal(err)
			}
			queue = nil
		}
	}
	base := c.Head().Number
	nonces := make([]uint64, accounts)
	r := rand.New(rand.NewPCG(1, 2))
	for range blocks {
		var txs []*core.Tx
		for range core.MaxTxsPerBlock {
			i := r.IntN(accounts)
			to := crypto.PubkeyToAddress(keys[r.IntN(accounts)].PublicKey)
			txs = append(txs, signedTx(b, keys[i], nonces[i], to, 1))
			nonces[i]++
		}
		blk, p := build(b, c, nil, txs...)
		if err := c.Append(blk, p); err != nil {
			b.Fatal(err)
		}
	}
	head := c.Head().Number
	c.SetAnchors(Anchors{Safe: head, Finalized: base, Settled: base})
	if err := c.SyncViews(context.Background()); err != nil {
		b.Fatal(err)
	}
	who := crypto.PubkeyToAddress(keys[0].PublicKey)
	for _, tc := range []struct {
		name string
		n    uint64
	}{{"view", base}, {"head", head}, {"64back", head - 64}, {"256back", head - 256}, {"512back", head - 512}} {
		b.Run(tc.name, func(b *testing.B) {
			// CPU time, not wall time: the machine is shared.
			start := cpuTime()
			defer func() { b.ReportMetric(float64((cpuTime()-start).Microseconds())/float64(b.N), "cpu-µs/op") }()
			for b.Loop() {
				err := c.ProveAt(context.Background(), tc.n, func(p state.Prover, _ *core.Header) error {
					_, _, err := p.AccountProof(who)
					return err
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// cpuTime is the process's CPU time (user and system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
