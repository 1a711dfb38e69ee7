package rollup_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/internal/vectors"
)

// The shared test vectors (docs/spec.md section 13), generated from the Go
// core and committed under testdata/vectors, replayed against the Solidity
// Codec: every header, queue item, withdrawal leaf, withdrawals tree and tx
// data hashes on chain to the bytes the vectors pin down.

const vectorsDir = "../../testdata/vectors"

func loadVectors(t *testing.T, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(vectorsDir, name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

func (c *codec) verify(proof []common.Hash, root, leaf common.Hash) bool {
	return simtest.MustCall(c.chain, c.addr, codecABI.PackVerify(rollup.Proof(proof), root, leaf), codecABI.UnpackVerify)
}

func TestVectorsEncodingsReplayOnChain(t *testing.T) {
	var e vectors.Encodings
	loadVectors(t, "encodings.json", &e)
	if e.Spec != vectors.SpecID {
		t.Fatalf("encodings.json is for %q, want %q", e.Spec, vectors.SpecID)
	}
	c := newCodec(t)
	var n int

	if len(e.Headers) == 0 || len(e.QueueItems) == 0 || len(e.Withdrawals) == 0 || len(e.WithdrawalTrees) == 0 || len(e.TxData) == 0 {
		t.Fatal("encodings.json lacks a section")
	}
	for _, v := range e.Headers {
		h := v.Header.Core()
		if got := c.encodeHeader(h); !bytes.Equal(got, v.Encoding) {
			t.Fatalf("header %q: contract encodes %x, vector %x", v.Name, got, []byte(v.Encoding))
		}
		if got := c.hashHeader(h); got != v.Hash {
			t.Fatalf("header %q: contract hashes %x, vector %x", v.Name, got, v.Hash)
		}
		n++
	}
	for _, v := range e.QueueItems {
		if v.Item == nil {
			continue // an encoding that does not decode: nothing for the contract to produce
		}
		q, err := v.Item.Core()
		if err != nil {
			t.Fatal(err)
		}
		if got := c.encodeQueueItem(&q); !bytes.Equal(got, v.Encoding) {
			t.Fatalf("queue item %q: contract encodes %x, vector %x", v.Name, got, []byte(v.Encoding))
		}
		if v.Error == "" {
			if got := c.hashQueueItem(&q); got != v.Hash {
				t.Fatalf("queue item %q: contract hashes %x, vector %x", v.Name, got, v.Hash)
			}
		}
		n++
	}
	for _, v := range e.Withdrawals {
		w, err := v.Withdrawal.Core()
		if err != nil {
			t.Fatal(err)
		}
		if got := c.encodeWithdrawal(&w); !bytes.Equal(got, v.Encoding) {
			t.Fatalf("withdrawal %+v: contract encodes %x, vector %x", v.Withdrawal, got, []byte(v.Encoding))
		}
		if got := c.withdrawalLeaf(&w); got != v.Leaf {
			t.Fatalf("withdrawal %+v: contract leaf %x, vector %x", v.Withdrawal, got, v.Leaf)
		}
		n++
	}
	for i, v := range e.WithdrawalTrees {
		if got := c.merkleRoot(v.Leaves); got != v.Root {
			t.Fatalf("withdrawals tree %d (%d leaves): contract root %x, vector %x", i, len(v.Leaves), got, v.Root)
		}
		for j, p := range v.Proofs {
			if !c.verify(p, v.Root, v.Leaves[j]) {
				t.Fatalf("withdrawals tree %d: MerkleProof.verify rejects the proof of leaf %d", i, j)
			}
			// The proof of one leaf does not prove another.
			if len(v.Leaves) > 1 && c.verify(p, v.Root, v.Leaves[(j+1)%len(v.Leaves)]) {
				t.Fatalf("withdrawals tree %d: the proof of leaf %d proves leaf %d", i, j, (j+1)%len(v.Leaves))
			}
		}
		n++
	}
	for _, v := range e.TxData {
		if got := c.hashTxData(v.Data); got != crypto.Keccak256Hash(v.Data) {
			t.Fatalf("tx data %q: contract hashes %x", v.Name, got)
		}
		n++
	}
	t.Logf("replayed %d encoding vectors on chain", n)
}

// TestVectorsBlocksReplayOnChain: for every valid block of blocks.json the
// contract computes the vector's block hash from its header, the header's
// tx data hash from the block's tx data, its withdrawals root from the
// block's withdrawals, and the hash of each queue item it applied.
func TestVectorsBlocksReplayOnChain(t *testing.T) {
	var bv vectors.Blocks
	loadVectors(t, "blocks.json", &bv)
	if bv.Spec != vectors.SpecID {
		t.Fatalf("blocks.json is for %q, want %q", bv.Spec, vectors.SpecID)
	}
	c := newCodec(t)
	var valid int
	for _, v := range bv.Blocks {
		for _, qv := range v.Queue {
			q, err := qv.Core()
			if err != nil {
				t.Fatal(err)
			}
			if got := c.hashQueueItem(&q); got != q.Hash() {
				t.Fatalf("block %q: queue item %+v hashes to %x on chain, %x in core", v.Name, qv, got, q.Hash())
			}
		}
		if v.Header == nil {
			continue
		}
		valid++
		h := v.Header.Core()
		if got := c.hashHeader(h); got != v.BlockHash {
			t.Fatalf("block %q: contract hashes the header to %x, vector %x", v.Name, got, v.BlockHash)
		}
		if got := c.hashHeader(v.Parent.Core()); got != h.ParentHash {
			t.Fatalf("block %q: contract hashes the parent to %x, header names %x", v.Name, got, h.ParentHash)
		}
		if got := c.hashTxData(v.TxData); got != h.TxDataHash {
			t.Fatalf("block %q: contract hashes the tx data to %x, header has %x", v.Name, got, h.TxDataHash)
		}
		leaves := make([]common.Hash, len(v.Withdrawals))
		for i, wv := range v.Withdrawals {
			w, err := wv.Core()
			if err != nil {
				t.Fatal(err)
			}
			leaves[i] = c.withdrawalLeaf(&w)
			if leaves[i] != w.Leaf() {
				t.Fatalf("block %q: withdrawal %d leaf %x on chain, %x in core", v.Name, i, leaves[i], w.Leaf())
			}
		}
		if got := c.merkleRoot(leaves); got != h.WithdrawalsRoot {
			t.Fatalf("block %q: contract's withdrawals root %x, header has %x", v.Name, got, h.WithdrawalsRoot)
		}
	}
	if valid == 0 {
		t.Fatal("blocks.json has no valid block")
	}
	t.Logf("replayed %d valid blocks (of %d) on chain", valid, len(bv.Blocks))
}
