package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// TestReadAtServesTheRecordsKeptBelowTheViews: ReadAt answers the state of
// every block whose records are kept, KeepBelow blocks below the oldest
// view (where ProveAt stops), each the model's values for that block, and
// refuses the blocks below with ErrTooOld; StateFrom names the first.
func TestReadAtServesTheRecordsKeptBelowTheViews(t *testing.T) {
	h := newHistRig(t, 5, vfs.NewMem(), Options{KeepBelow: 20})
	h.c.hist.pruneStep = 1
	for range 200 {
		h.appendBlock()
	}
	h.c.SetAnchors(Anchors{Safe: 190, Finalized: 170, Settled: 150})
	if err := h.c.SyncViews(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s := h.c.HistoryStatus(); s.Oldest != 150 || s.Pruned != 130 || h.c.StateFrom() != 130 {
		t.Fatalf("history %+v, state from %d", s, h.c.StateFrom())
	}
	read := func(n uint64) error {
		want := h.states[n]
		return h.c.ReadAt(context.Background(), n, func(p state.Prover, hdr *core.Header) error {
			if hdr.Number != n || p.Root() != hdr.StateRoot {
				return fmt.Errorf("asked for block %d, read block %d at root %s", n, hdr.Number, p.Root())
			}
			for _, addr := range h.addrs[:len(h.keys)] {
				a, _, err := p.AccountProof(addr)
				if err != nil {
					return err
				}
				b, _, err := p.TokenProof(addr, h.token)
				if err != nil {
					return err
				}
				if a != want.Accounts[addr] || b != want.Tokens[state.TokenID{Owner: addr, Token: h.token}] {
					return fmt.Errorf("block %d, %s: %+v and %s, the model %+v", n, addr, a, &b, want.Accounts[addr])
				}
			}
			return nil
		})
	}
	for n := uint64(130); n <= 200; n++ {
		if err := read(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.c.ProveAt(context.Background(), 149, func(state.Prover, *core.Header) error { return nil }); !errors.Is(err, ErrTooOld) {
		t.Fatalf("ProveAt below the oldest view: %v", err)
	}
	if err := read(129); !errors.Is(err, ErrTooOld) {
		t.Fatalf("ReadAt below the records kept: %v", err)
	}
}

// BenchmarkHistoryDiskPerBlock measures what the state history costs on
// disk per block: the undo and forward records each block stores (what
// ReadAt and ProveAt lay over a view, and Rewind takes a block back
// with), for blocks of MaxTxsPerBlock transfers among 1,024 accounts, raw
// and as Pebble stores them compacted (the views are a fixed cost: three
// copies of the state).
func BenchmarkHistoryDiskPerBlock(b *testing.B) {
	pdb, err := pebble.Open(b.TempDir(), state.PebbleOptions(64<<20))
	if err != nil {
		b.Fatal(err)
	}
	defer pdb.Close()
	c, err := OpenWith(pdb, cfg, Options{})
	if err != nil {
		b.Fatal(err)
	}
	const accounts, blocks = 1024, 512
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
	first := c.Head().Number + 1
	nonces := make([]uint64, accounts)
	r := rand.New(rand.NewPCG(1, 2))
	for range blocks {
		var txs []*core.Tx
		for range core.MaxTxsPerBlock {
			i := r.IntN(accounts)
			txs = append(txs, signedTx(b, keys[i], nonces[i], crypto.PubkeyToAddress(keys[r.IntN(accounts)].PublicKey), 1))
			nonces[i]++
		}
		blk, p := build(b, c, nil, txs...)
		if err := c.Append(blk, p); err != nil {
			b.Fatal(err)
		}
	}
	last := c.Head().Number
	if err := pdb.Flush(); err != nil {
		b.Fatal(err)
	}
	var raw, disk uint64
	for _, prefix := range [][]byte{undoPrefix, forwardPrefix} {
		lo, hi := numKey(prefix, first), numKey(prefix, last+1)
		if err := pdb.Compact(lo, hi, true); err != nil {
			b.Fatal(err)
		}
		it, err := pdb.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
		if err != nil {
			b.Fatal(err)
		}
		for it.First(); it.Valid(); it.Next() {
			raw += uint64(len(it.Key()) + len(it.Value()))
		}
		if err := it.Close(); err != nil {
			b.Fatal(err)
		}
		d, err := pdb.EstimateDiskUsage(lo, hi)
		if err != nil {
			b.Fatal(err)
		}
		disk += d
	}
	for b.Loop() {
		// The figures are of the chain built above; nothing to repeat.
	}
	n := float64(last - first + 1)
	b.ReportMetric(float64(raw)/n, "raw-B/block")
	b.ReportMetric(float64(disk)/n, "disk-B/block")
	b.ReportMetric(float64(core.MaxTxsPerBlock), "txs/block")
}
