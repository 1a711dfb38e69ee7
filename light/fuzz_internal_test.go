package light

import (
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/wire"
)

// FuzzHeaderInBatch gives the header-in-batch check arbitrary header bytes
// and proof siblings against a batch of five blocks: it accepts exactly the
// batch's own headers, never another one, whatever the proof.
func FuzzHeaderInBatch(f *testing.F) {
	var headers []*core.Header
	parent := core.Genesis()
	for n := uint64(10); n < 15; n++ {
		h := &core.Header{ParentHash: parent.Hash(), Number: n, Timestamp: 1000 + n, TxDataHash: core.EmptyTxDataHash, StateRoot: common.Hash{byte(n)}}
		headers = append(headers, h)
		parent = h
	}
	batch := bindings.RollupBatch{BlocksRoot: rollup.BlocksRoot(headers), FirstBlock: 10, LastBlock: 14}
	hashes := make([]common.Hash, len(headers))
	for i, h := range headers {
		hashes[i] = h.Hash()
		var proof []byte
		for _, s := range rollup.BlockProof(headers, i) {
			proof = append(proof, s[:]...)
		}
		f.Add(h.Encode(), proof)
	}
	f.Add(make([]byte, core.HeaderSize), []byte{})
	f.Fuzz(func(t *testing.T, enc, proofBytes []byte) {
		h, err := core.DecodeHeader(enc)
		if err != nil {
			return
		}
		var proof []common.Hash
		for len(proofBytes) >= 32 {
			proof = append(proof, common.BytesToHash(proofBytes[:32]))
			proofBytes = proofBytes[32:]
		}
		if err := holds(batch, 0, h, proof); err == nil && !slices.Contains(hashes, h.Hash()) {
			t.Fatalf("header %x accepted in a batch that does not hold it", enc)
		}
	})
}

// FuzzAnswerIsForTheNamedBlock gives the check of a node's answer against
// the block L1 names (the last of a batch of five) arbitrary headers,
// proofs, block numbers, hashes and batch indexes: it accepts only the
// named block's own header, and refuses everything else with one of the
// client's sentinel errors; an older block of the same batch is refused
// whatever proof comes with it.
func FuzzAnswerIsForTheNamedBlock(f *testing.F) {
	var headers []*core.Header
	parent := core.Genesis()
	for n := uint64(10); n < 15; n++ {
		h := &core.Header{ParentHash: parent.Hash(), Number: n, Timestamp: 1000 + n, TxDataHash: core.EmptyTxDataHash, StateRoot: common.Hash{byte(n)}}
		headers = append(headers, h)
		parent = h
	}
	last := headers[len(headers)-1]
	nb := &named{level: Posted, index: 7, l1: &types.Header{Number: big.NewInt(100)}, batch: bindings.RollupBatch{
		BlocksRoot: rollup.BlocksRoot(headers), LastBlockHash: last.Hash(), StateRoot: last.StateRoot, FirstBlock: 10, LastBlock: 14,
	}}
	proofOf := func(i int) []byte {
		var p []byte
		for _, s := range rollup.BlockProof(headers, i) {
			p = append(p, s[:]...)
		}
		return p
	}
	for i, h := range headers {
		f.Add(h.Encode(), proofOf(i), h.Number, h.Number, true, uint64(7))
	}
	f.Add(last.Encode(), proofOf(4), uint64(14), uint64(14), true, uint64(6))
	f.Add(last.Encode(), proofOf(4), uint64(14), uint64(14), false, uint64(7))
	f.Add(headers[2].Encode(), proofOf(2), uint64(14), uint64(12), true, uint64(7))
	sentinels := []error{ErrWrongBlock, ErrHeaderMismatch, ErrHeaderNotInBatch, ErrWrongBatch, ErrNotPosted, ErrMalformedAnswer}
	f.Fuzz(func(t *testing.T, enc, proofBytes []byte, spNumber, bpNumber uint64, posted bool, batch uint64) {
		var proof []common.Hash
		for len(proofBytes) >= 32 {
			proof = append(proof, common.BytesToHash(proofBytes[:32]))
			proofBytes = proofBytes[32:]
		}
		// The node's own hash and state root for the block are those of
		// the header it sends when it decodes (the consistent liar), else
		// the named block's.
		hash, root := last.Hash(), last.StateRoot
		if h, err := core.DecodeHeader(enc); err == nil {
			hash, root = h.Hash(), h.StateRoot
		}
		b := hexutil.Uint64(batch)
		sp := &wire.StateProof{Number: hexutil.Uint64(spNumber), BlockHash: hash, StateRoot: root}
		bp := &wire.BlockProof{Number: hexutil.Uint64(bpNumber), Hash: hash, Header: enc, Posted: posted, Batch: &b, BlockProof: proof}
		h, err := nb.check(sp, bp)
		if err != nil {
			if !slices.ContainsFunc(sentinels, func(s error) bool { return errors.Is(err, s) }) {
				t.Fatalf("an error naming no lie: %v", err)
			}
			return
		}
		if h.Hash() != last.Hash() || h.Number != 14 || spNumber != 14 || batch != 7 {
			t.Fatalf("accepted block %d (%s) in batch %d; L1 names block 14 (%s) in batch 7", h.Number, h.Hash(), batch, last.Hash())
		}
	})
}
