package batcher_test

import (
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// handed records what OnMined received.
type handed struct {
	mu  sync.Mutex
	got []*types.BlobTxSidecar
	at  []*types.Receipt
}

func (h *handed) onMined(r *types.Receipt, sc *types.BlobTxSidecar) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.got, h.at = append(h.got, sc), append(h.at, r)
}

func (h *handed) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.got)
}

// TestBlobsOfABatchMinedAfterACrashAreHandedOn: a batcher sends a blob
// batch and its process dies before it sees it mined (it never steps
// again), so the node never got the sidecar to keep and serve; the
// batcher of the next start hands OnMined the batch's blobs, built again
// from the chain's blocks, whose commitments are the mined transaction's
// versioned hashes, once, and none of a batch it handed on itself.
func TestBlobsOfABatchMinedAfterACrashAreHandedOn(t *testing.T) {
	skipBlobsUnderRace(t)
	e := newManualEnv(t, txmgr.Config{}, nil)
	ts := e.l1Time()
	growTransfers(t, e, 4, ts)
	var first handed
	b := e.batcher(batcher.Config{DA: batcher.DABlobs, OnMined: first.onMined})
	step(t, e.ctx, b, batcher.Post, 4)
	e.mine() // the process is gone: b never sees it mined
	if first.count() != 0 {
		t.Fatal("the batch was handed on before it was mined")
	}

	var second handed
	b2 := e.batcher(batcher.Config{DA: batcher.DABlobs, OnMined: second.onMined})
	until(t, e.ctx, b2, batcher.Nothing, 0)
	step(t, e.ctx, b2, batcher.Nothing, 0)
	if n := second.count(); n != 1 {
		t.Fatalf("OnMined got %d sidecars after the restart, want 1", n)
	}
	txs := e.minedBatches(0)
	tx := txs[len(txs)-1]
	sc := second.got[0]
	if tx.Type() != types.BlobTxType || !slices.Equal(sc.BlobHashes(), tx.BlobHashes()) || second.at[0].TxHash != tx.Hash() {
		t.Fatal("the sidecar handed on is not the mined transaction's")
	}
	headers, lengths, err := rollup.DecodeBlobBatch(tx.Data())
	if err != nil {
		t.Fatal(err)
	}
	data, err := rollup.DecodeBlobs(sc.Blobs, lengths)
	if err != nil {
		t.Fatal(err)
	}
	if len(headers) != 4 || len(data[len(data)-1]) == 0 {
		t.Fatalf("%d blocks, the last with %d bytes of tx data: the test proves nothing", len(headers), len(data[len(data)-1]))
	}

	// A batch the batcher saw mined and handed on itself is not handed on
	// again by the next start.
	growTransfers(t, e, 2, ts)
	step(t, e.ctx, b2, batcher.Post, 2)
	e.mine()
	until(t, e.ctx, b2, batcher.Nothing, 0)
	if n := second.count(); n != 2 {
		t.Fatalf("OnMined got %d sidecars, want 2", n)
	}
	var third handed
	b3 := e.batcher(batcher.Config{DA: batcher.DABlobs, OnMined: third.onMined})
	step(t, e.ctx, b3, batcher.Nothing, 0)
	if n := third.count(); n != 0 {
		t.Fatalf("the next start handed on %d sidecars handed on before, want none", n)
	}
}
