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

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
)

func openChain(t *testing.T) *chain.Chain {
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pdb.Close() })
	c, err := chain.Open(pdb, core.DevConfig())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// grow appends n empty blocks stamped ts, with fee recipient feeTo (which
// makes two chains of the same length differ).
func grow(t *testing.T, c *chain.Chain, n int, ts uint64, feeTo common.Address) {
	for range n {
		o, err := core.Execute(core.DevConfig(), c.State(), c.Head(), ts, feeTo, nil, nil)
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
}

func TestBatchesAreBoundedInOrderAndNeverRepeated(t *testing.T) {
	l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	seqKey := devl1.DevKey(4)
	addr, _, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey)))
	if err != nil {
		t.Fatal(err)
	}
	head, err := l1c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := openChain(t)
	grow(t, c, 5, head.Time, common.Address{})
	r := &l1.Rollup{Client: l1c.Client, Address: addr}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	b := batcher.New(batcher.Config{MaxBlocks: 2}, c, r, &l1.Sender{Client: l1c.Client, Key: seqKey}, log)
	for i, want := range []int{2, 2, 1, 0} {
		n, err := b.Step(ctx)
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if n != want {
			t.Fatalf("step %d posted %d blocks, want %d", i, n, want)
		}
	}
	lb, err := r.LatestBlock(ctx, nil)
	if err != nil || lb.Number != 5 || common.Hash(lb.BlockHash) != c.Head().Hash() || b.SafeBlock() != 5 {
		t.Fatalf("L1 holds block %d (%v), safe %d", lb.Number, err, b.SafeBlock())
	}

	// A second batcher on a different chain of the same length refuses to
	// post on top of blocks that are not its own.
	other := openChain(t)
	grow(t, other, 6, head.Time, common.HexToAddress("0xfee"))
	b2 := batcher.New(batcher.Config{}, other, r, &l1.Sender{Client: l1c.Client, Key: seqKey}, log)
	if _, err := b2.Step(ctx); !errors.Is(err, batcher.ErrForeignChain) {
		t.Fatalf("foreign chain: %v", err)
	}
}

// TestIdleBatcherReclaimsBondsAfterTheWindow: once their challenge window
// is over, an idle batcher takes back the bonds of its batches, and only
// then.
func TestIdleBatcherReclaimsBondsAfterTheWindow(t *testing.T) {
	l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	seqKey := devl1.DevKey(4)
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
	// L1 seconds: the simulated chain's clock runs ahead of the wall's.
	rcfg.ChallengeWindow = 30
	addr, _, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rcfg)
	if err != nil {
		t.Fatal(err)
	}
	head, err := l1c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := openChain(t)
	grow(t, c, 3, head.Time, common.Address{})
	r := &l1.Rollup{Client: l1c.Client, Address: addr}
	b := batcher.New(batcher.Config{MaxBlocks: 1}, c, r, &l1.Sender{Client: l1c.Client, Key: seqKey}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	held := func() (n int) {
		for i := range uint64(3) {
			batch, err := r.GetBatch(ctx, i, nil)
			if err != nil {
				t.Fatal(err)
			}
			if batch.BondHeld {
				n++
			}
		}
		return n
	}
	for range 4 { // three batches, then an idle step inside the window
		if _, err := b.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if n := held(); n != 3 {
		t.Fatalf("%d bonds held inside the window, want 3", n)
	}
	before, err := l1c.Client.BalanceAt(ctx, crypto.PubkeyToAddress(seqKey.PublicKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	waitFor := time.Now().Add(20 * time.Second)
	for held() > 0 {
		if time.Now().After(waitFor) {
			t.Fatalf("%d bonds still held after the window", held())
		}
		if _, err := b.Step(ctx); err != nil {
			t.Fatal(err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	after, err := l1c.Client.BalanceAt(ctx, crypto.PubkeyToAddress(seqKey.PublicKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Three bonds back, less the gas of three reclaimBond calls.
	if gained := new(big.Int).Sub(after, before); gained.Cmp(new(big.Int).Mul(rcfg.Bond, big.NewInt(2))) <= 0 {
		t.Fatalf("the sequencer gained %s, want about three bonds of %s", gained, rcfg.Bond)
	}
}
