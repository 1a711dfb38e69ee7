package derive_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/derive"
	"github.com/viaduct-l2/viaduct/engine"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
)

// env is an L1 with the Rollup, a poster that builds empty blocks on its
// own chain and posts them, and a way to make verifiers.
type env struct {
	t      *testing.T
	ctx    context.Context
	l1     *devl1.Chain
	rollup *l1.Rollup
	deploy uint64
	chain  *chain.Chain // the poster's
	seqKey *ecdsa.PrivateKey
	bond   interface{}
}

func newEnv(t *testing.T, blockInterval time.Duration) *env {
	t.Helper()
	return newEnvWith(t, devl1.Config{MaxBlockInterval: blockInterval})
}

func newEnvWith(t *testing.T, cfg devl1.Config) *env {
	t.Helper()
	l1c, err := devl1.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l1c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	seqKey := devl1.DevKey(4)
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
	addr, deployBlock, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rcfg)
	if err != nil {
		t.Fatal(err)
	}
	_, c := openStore(t)
	return &env{t: t, ctx: ctx, l1: l1c, rollup: &l1.Rollup{Client: l1c.Client, Address: addr}, deploy: deployBlock,
		chain: c, seqKey: seqKey}
}

func openStore(t *testing.T) (*pebble.DB, *chain.Chain) {
	t.Helper()
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pdb.Close() })
	c, err := chain.Open(pdb, core.DevConfig())
	if err != nil {
		t.Fatal(err)
	}
	return pdb, c
}

// build appends n empty blocks with fees to feeTo to c.
func build(t *testing.T, c *chain.Chain, ts uint64, n int, feeTo common.Address) []rollup.Block {
	t.Helper()
	var blocks []rollup.Block
	for range n {
		o, err := core.Execute(core.DevConfig(), c.State(), c.Head(), max(ts, c.Head().Timestamp), feeTo, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		p, err := c.Prepare(o.Diff)
		if err != nil {
			t.Fatal(err)
		}
		blk := chain.FromOutcome(o, p.Root())
		if err := c.Append(blk, p); err != nil {
			t.Fatal(err)
		}
		blocks = append(blocks, rollup.Block{Header: blk.Header})
	}
	return blocks
}

func (e *env) submit(blocks []rollup.Block) {
	e.t.Helper()
	bond, err := e.rollup.Bond(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.l1.Send(e.ctx, e.seqKey, &e.rollup.Address, bindings.NewRollup().PackSubmitBatch(rollup.BatchArg(blocks)), bond); err != nil {
		e.t.Fatal(err)
	}
}

// post appends n empty blocks to the poster's chain and posts them as one
// batch.
func (e *env) post(n int, feeTo common.Address) {
	e.t.Helper()
	head, err := e.l1.Client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	e.submit(build(e.t, e.chain, head.Time, n, feeTo))
}

// verifier is what a verifier node runs to follow L1: a follower, an
// engine on its own chain and a syncer.
type verifier struct {
	f *l1.Follower
	e *engine.Engine
	s *derive.Syncer
}

func (e *env) verifier(c *chain.Chain, db *pebble.DB) *verifier {
	e.t.Helper()
	f, err := l1.NewFollower(l1.FollowerConfig{Rollup: e.rollup, DB: db, FromBlock: e.deploy})
	if err != nil {
		e.t.Fatal(err)
	}
	eng := engine.New(c, nil)
	return &verifier{f: f, e: eng, s: &derive.Syncer{Engine: eng, Rollup: e.rollup}}
}

func (v *verifier) step(t *testing.T, ctx context.Context) derive.Result {
	t.Helper()
	if err := v.f.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	snap := v.f.Snapshot()
	res, err := v.s.Sync(ctx, snap)
	if err != nil {
		t.Fatal(err)
	}
	v.e.FollowL1(snap)
	return res
}

// TestWrongPostedHeaderIsFlagged posts, as the sequencer, blocks whose
// headers lie (a wrong state root; a wrong withdrawals root) and checks the
// verifier derives the good prefix and flags the first bad block with the
// field that differs; once L1 finalizes the batch, block 1 is finalized,
// never the flagged block 2.
func TestWrongPostedHeaderIsFlagged(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(h *core.Header)
		want   error
	}{
		{"state root", func(h *core.Header) { h.StateRoot = common.HexToHash("0xbad") }, core.ErrBadStateRoot},
		{"withdrawals root", func(h *core.Header) { h.WithdrawalsRoot = common.HexToHash("0xbad") }, core.ErrBadWithdrawalsRoot},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, 20*time.Millisecond)
			head, err := e.l1.Client.HeaderByNumber(e.ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			blocks := build(t, e.chain, head.Time, 2, common.Address{})
			// The lie in block 2 (its hash changes; the contract checks only
			// the linkage, which still holds).
			bad := *blocks[1].Header
			tc.mutate(&bad)
			blocks[1].Header = &bad
			e.submit(blocks)
			db, c := openStore(t)
			v := e.verifier(c, db)
			res := v.step(t, e.ctx)
			f := v.s.Flagged()
			if res.Derived != 1 || res.Last.Kind != derive.Stopped || f == nil || f.Number != 2 || !errors.Is(f.Err, tc.want) {
				t.Fatalf("derived %d, ended %s, flagged %+v; want 1, stopped, block 2 with %v", res.Derived, res.Last.Kind, f, tc.want)
			}
			if c.Head().Hash() != blocks[0].Header.Hash() || v.e.SafeBlock() != 0 {
				t.Fatalf("verifier head %d, safe %d; want 1, 0 (the batch is not this chain's)", c.Head().Number, v.e.SafeBlock())
			}
			if f.Header.Hash() != bad.Hash() || len(f.Headers) != 2 || f.Batch != 0 {
				t.Fatalf("the flag lacks what a proof needs: %+v", f)
			}
			// A second step changes nothing: stopped at the flagged block.
			if res := v.step(t, e.ctx); res.Last.Kind != derive.Stopped || res.Derived != 0 {
				t.Fatalf("second step: %+v", res)
			}
		})
	}
}

// TestReorgUnderAPostedBatchIsTakenBackAndRederived: blocks 1–2 and then
// block 3 are posted in two L1 blocks; the verifier derives all three. An L1
// reorg removes the second batch: the verifier takes block 3 back. Another
// block 3 is posted on the new branch: the verifier derives it. A verifier
// that was stopped holding the old block 3 finds the difference when it
// comes back, however long it was away.
func TestReorgUnderAPostedBatchIsTakenBackAndRederived(t *testing.T) {
	e := newEnv(t, time.Hour)
	db, c := openStore(t)
	v := e.verifier(c, db)
	e.post(2, common.Address{})
	e.post(1, common.Address{})
	v.step(t, e.ctx)
	old3 := e.chain.Head()
	if c.Head().Hash() != old3.Hash() || v.e.SafeBlock() != 3 {
		t.Fatalf("derived up to %d (safe %d), want 3", c.Head().Number, v.e.SafeBlock())
	}
	staleDB, stale := openStore(t)
	sv := e.verifier(stale, staleDB)
	sv.step(t, e.ctx) // it holds the old block 3, then stops

	if _, err := e.l1.Reorg(e.ctx, 1, true); err != nil {
		t.Fatal(err)
	}
	v.step(t, e.ctx)
	if rewinds, _ := v.s.Counts(); c.Head().Number != 2 || v.e.SafeBlock() != 2 || rewinds != 1 {
		t.Fatalf("after the reorg: head %d, safe %d, %d rewinds; want 2, 2, 1", c.Head().Number, v.e.SafeBlock(), rewinds)
	}

	// The sequencer posts another block 3.
	if _, err := e.chain.Rewind(2); err != nil {
		t.Fatal(err)
	}
	e.post(1, common.HexToAddress("0xfee"))
	new3 := e.chain.Head()
	v.step(t, e.ctx)
	if c.Head().Hash() != new3.Hash() || v.s.Flagged() != nil {
		t.Fatalf("derived %d %s, want the new block 3 %s (flagged: %v)", c.Head().Number, c.Head().Hash(), new3.Hash(), v.s.Flagged())
	}

	if stale.Head().Hash() != old3.Hash() {
		t.Fatal("the stale verifier does not hold the old block 3")
	}
	sv.step(t, e.ctx)
	if rewinds, _ := sv.s.Counts(); stale.Head().Hash() != new3.Hash() || rewinds != 1 {
		t.Fatalf("restarted verifier at %d %s after %d rewinds, want the new block 3", stale.Head().Number, stale.Head().Hash(), rewinds)
	}
}
