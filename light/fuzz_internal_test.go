package light

import (
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
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
