package derive_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/derive"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/node"
)

// poster builds empty blocks on its own chain and posts them as batches.
type poster struct {
	t      *testing.T
	ctx    context.Context
	l1     *devl1.Chain
	chain  *chain.Chain
	sender *l1.Sender
	rollup *l1.Rollup
}

// post appends n empty blocks with fees to feeTo and posts them as one batch.
func (p *poster) post(n int, feeTo common.Address) {
	p.t.Helper()
	head, err := p.l1.Client.HeaderByNumber(p.ctx, nil)
	if err != nil {
		p.t.Fatal(err)
	}
	var blocks []rollup.Block
	for range n {
		ts := max(head.Time, p.chain.Head().Timestamp)
		o, err := core.Execute(core.DevConfig(), p.chain.State(), p.chain.Head(), ts, feeTo, nil, nil)
		if err != nil {
			p.t.Fatal(err)
		}
		pend, err := p.chain.Prepare(o.Diff)
		if err != nil {
			p.t.Fatal(err)
		}
		blk := chain.FromOutcome(o, pend.Root())
		if err := p.chain.Append(blk, pend); err != nil {
			p.t.Fatal(err)
		}
		blocks = append(blocks, rollup.Block{Header: blk.Header})
	}
	bond, err := p.rollup.Bond(p.ctx)
	if err != nil {
		p.t.Fatal(err)
	}
	if _, err := p.sender.Send(p.ctx, p.rollup.Address, bindings.NewRollup().PackSubmitBatch(rollup.BatchArg(blocks)), bond); err != nil {
		p.t.Fatal(err)
	}
}

// TestReorgUnderAPostedBatchIsTakenBackAndRederived: blocks 1–2 and then
// block 3 are posted in two L1 blocks; the verifier derives all three. An L1
// reorg removes the second batch: the verifier takes block 3 back. Another
// block 3 is posted on the new branch: the verifier derives it. A verifier
// restarted on the old chain (no memory of batches) finds the difference
// by reading L1 again.
func TestReorgUnderAPostedBatchIsTakenBackAndRederived(t *testing.T) {
	l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	seqKey := devl1.DevKey(4)
	rcfg := node.DevRollupConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
	addr, deployBlock, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rcfg)
	if err != nil {
		t.Fatal(err)
	}
	r := &l1.Rollup{Client: l1c.Client, Address: addr}
	p := &poster{t: t, ctx: ctx, l1: l1c, chain: openChain(t), sender: &l1.Sender{Client: l1c.Client, Key: seqKey}, rollup: r}
	w := &l1.Watcher{Rollup: r, FromBlock: deployBlock}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	d := &derive.Deriver{Chain: openChain(t), Rollup: r, Queue: w, FromBlock: deployBlock, Log: log}
	step := func(d *derive.Deriver) {
		t.Helper()
		if _, err := d.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}

	p.post(2, common.Address{})
	p.post(1, common.Address{})
	step(d)
	old3 := p.chain.Head()
	if d.Chain.Head().Hash() != old3.Hash() {
		t.Fatalf("derived up to %d, want 3", d.Chain.Head().Number)
	}

	if _, err := l1c.Reorg(ctx, 1, true); err != nil {
		t.Fatal(err)
	}
	step(d)
	if d.Chain.Head().Number != 2 || d.SafeBlock() != 2 || d.Rewinds() != 1 {
		t.Fatalf("after the reorg: head %d, safe %d, %d rewinds; want 2, 2, 1", d.Chain.Head().Number, d.SafeBlock(), d.Rewinds())
	}

	// The sequencer posts another block 3.
	if _, err := p.chain.Rewind(2); err != nil {
		t.Fatal(err)
	}
	p.post(1, common.HexToAddress("0xfee"))
	new3 := p.chain.Head()
	step(d)
	if d.Chain.Head().Hash() != new3.Hash() || d.Invalid() != nil {
		t.Fatalf("derived %d %s, want the new block 3 %s (invalid: %v)", d.Chain.Head().Number, d.Chain.Head().Hash(), new3.Hash(), d.Invalid())
	}

	// A verifier that derived the old block 3 and was stopped before the
	// reorg: on restart it reads L1 again and replaces it.
	stale := openChain(t)
	sd := &derive.Deriver{Chain: stale, Rollup: r, Queue: w, FromBlock: deployBlock, Log: log}
	for n := uint64(1); n <= 3; n++ {
		b, err := d.Chain.BlockByNumber(n)
		if err != nil {
			t.Fatal(err)
		}
		if n == 3 {
			// Block 3 as the old batch had it: rebuild it on the stale chain.
			o, err := core.Execute(core.DevConfig(), stale.State(), stale.Head(), old3.Timestamp, old3.FeeRecipient, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			pend, _ := stale.Prepare(o.Diff)
			if err := stale.Append(chain.FromOutcome(o, pend.Root()), pend); err != nil {
				t.Fatal(err)
			}
			continue
		}
		o, err := core.Execute(core.DevConfig(), stale.State(), stale.Head(), b.Header.Timestamp, b.Header.FeeRecipient, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		pend, _ := stale.Prepare(o.Diff)
		if err := stale.Append(chain.FromOutcome(o, pend.Root()), pend); err != nil {
			t.Fatal(err)
		}
	}
	if stale.Head().Hash() != old3.Hash() {
		t.Fatal("the stale chain is not the old one")
	}
	step(sd)
	if stale.Head().Hash() != new3.Hash() || sd.Rewinds() != 1 {
		t.Fatalf("restarted verifier at %d %s after %d rewinds, want the new block 3", stale.Head().Number, stale.Head().Hash(), sd.Rewinds())
	}
}
