package batcher_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/state"
)

// TestBatcherTakesBackAProvenBlockAndNeverPostsItAgain posts three
// one-block batches, the second block lying about its state root; proves
// it on L1; and checks that the batcher refuses to go on without a way to
// take the block back, takes it back once (the cursor survives a restart),
// claims the returned bond of the third batch, and posts the honest block
// in its place.
func TestBatcherTakesBackAProvenBlockAndNeverPostsItAgain(t *testing.T) {
	l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	seqKey := devl1.DevKey(4)
	addr, deployBlock, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey)))
	if err != nil {
		t.Fatal(err)
	}
	head, err := l1c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := openChain(t)
	cfg := core.DevConfig()
	grow(t, c, 1, head.Time, common.Address{})
	// Block 2 mints 1 wei out of nothing.
	parent := c.Head()
	o, err := core.Execute(cfg, c.State(), parent, head.Time, common.Address{}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	o.Diff = &state.Diff{Accounts: map[common.Address]state.Account{{0x7}: {Balance: *uint256.NewInt(1)}}}
	p, err := c.Prepare(o.Diff)
	if err != nil {
		t.Fatal(err)
	}
	lie := chain.FromOutcome(o, p.Root())
	if err := c.Append(lie, p); err != nil {
		t.Fatal(err)
	}
	grow(t, c, 1, head.Time, common.Address{})

	r := &l1.Rollup{Client: l1c.Client, Address: addr}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	sender := &l1.Sender{Client: l1c.Client, Key: seqKey}
	bcfg := batcher.Config{MaxBlocks: 1, FromBlock: deployBlock}
	b := batcher.New(bcfg, c, r, sender, log)
	for range 3 {
		if _, err := b.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	// Someone proves block 2 (batch 1) wrong, which reverts batches 1 and 2.
	pre := openChain(t)
	grow(t, pre, 1, head.Time, common.Address{})
	built, err := fraud.Build(cfg, pre.State(), parent, lie.Header, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	w, err := built.Witness.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	challenger := &l1.Sender{Client: l1c.Client, Key: devl1.DevKey(2)}
	if _, err := challenger.Send(ctx, addr, rollup.ChallengeCall(1, parent, []*core.Header{lie.Header}, 0, nil, nil, w), nil); err != nil {
		t.Fatal(err)
	}

	if _, err := b.Step(ctx); !errors.Is(err, batcher.ErrProvenFraud) {
		t.Fatalf("a step without OnFraud after the proof: %v, want ErrProvenFraud", err)
	}
	var rewound []uint64
	bcfg.OnFraud = func(n uint64) error {
		rewound = append(rewound, n)
		_, err := c.Rewind(n - 1)
		return err
	}
	b = batcher.New(bcfg, c, r, sender, log)
	if n, err := b.Step(ctx); err != nil || n != 0 {
		t.Fatalf("step after the proof: posted %d, %v", n, err)
	}
	if len(rewound) != 1 || rewound[0] != 2 || c.Head().Number != 1 {
		t.Fatalf("OnFraud calls %v, head %d; want one for block 2 and head 1", rewound, c.Head().Number)
	}
	if owed, err := r.Claimable(ctx, sender.Address()); err != nil || owed.Sign() != 0 {
		t.Fatalf("the reverted third batch's bond is still owed: %v, %v", owed, err)
	}
	// The honest block 2 goes to L1; a restarted batcher does not handle
	// the proof again.
	grow(t, c, 1, head.Time, common.Address{})
	bcfg.OnFraud = func(n uint64) error { t.Errorf("OnFraud(%d) called again", n); return nil }
	b = batcher.New(bcfg, c, r, sender, log)
	if n, err := b.Step(ctx); err != nil || n != 1 {
		t.Fatalf("posting the honest block 2: %d, %v", n, err)
	}
	lb, err := r.LatestBlock(ctx, nil)
	if err != nil || lb.Number != 2 || common.Hash(lb.BlockHash) != c.Head().Hash() || c.Head().Hash() == lie.Hash() {
		t.Fatalf("L1 holds block %d %x (%v); want the honest block 2 %s", lb.Number, lb.BlockHash, err, c.Head().Hash())
	}
}
