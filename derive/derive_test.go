package derive_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
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
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/node"
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

// TestWrongPostedHeaderIsFlagged posts, as the sequencer, blocks whose
// headers lie (a wrong state root; a wrong withdrawals root) and checks the
// verifier derives the good prefix and flags the first bad block with the
// field that differs.
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
			l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: 20 * time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			defer l1c.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			seqKey := devl1.DevKey(4)
			rcfg := node.DevRollupConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
			addr, deployBlock, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rcfg)
			if err != nil {
				t.Fatal(err)
			}
			r := &l1.Rollup{Client: l1c.Client, Address: addr}
			// The honest chain: two empty blocks, built by the core.
			honest := openChain(t)
			head, err := l1c.Client.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			var blocks []rollup.Block
			for range 2 {
				o, err := core.Execute(core.DevConfig(), honest.State(), honest.Head(), head.Time, common.Address{}, nil, nil)
				if err != nil {
					t.Fatal(err)
				}
				p, err := honest.Prepare(o.Diff)
				if err != nil {
					t.Fatal(err)
				}
				blk := chain.FromOutcome(o, p.Root())
				if err := honest.Append(blk, p); err != nil {
					t.Fatal(err)
				}
				blocks = append(blocks, rollup.Block{Header: blk.Header})
			}
			// The lie in block 2 (its hash changes; the contract checks only
			// the linkage, which still holds).
			bad := *blocks[1].Header
			tc.mutate(&bad)
			blocks[1].Header = &bad
			s := &l1.Sender{Client: l1c.Client, Key: seqKey}
			if _, err := s.Send(ctx, addr, bindings.NewRollup().PackSubmitBatch(rollup.BatchArg(blocks)), rcfg.Bond); err != nil {
				t.Fatal(err)
			}
			w := &l1.Watcher{Rollup: r, FromBlock: deployBlock}
			if err := w.Poll(ctx); err != nil {
				t.Fatal(err)
			}
			d := &derive.Deriver{Chain: openChain(t), Rollup: r, Queue: w, FromBlock: deployBlock, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
			n, err := d.Step(ctx)
			if err != nil {
				t.Fatal(err)
			}
			inv := d.Invalid()
			if n != 1 || inv == nil || inv.Number != 2 || !errors.Is(inv.Err, tc.want) {
				t.Fatalf("derived %d blocks, flagged %+v; want 1 and block 2 with %v", n, inv, tc.want)
			}
			if d.Chain.Head().Hash() != blocks[0].Header.Hash() || d.SafeBlock() != 1 {
				t.Fatalf("verifier head %d", d.Chain.Head().Number)
			}
			// Once L1 finalizes the batch's block (the simulated chain
			// finalizes 32 blocks behind its head; devl1 mines every 20ms
			// here), the derived part of it is finalized: block 1, not the
			// flagged block 2.
			deadline := time.Now().Add(15 * time.Second)
			for d.FinalizedBlock() != 1 {
				if time.Now().After(deadline) {
					t.Fatalf("finalized %d, want 1", d.FinalizedBlock())
				}
				time.Sleep(50 * time.Millisecond)
				if _, err := d.Step(ctx); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
