package rollup_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

// FuzzDecodeBatch: a verifier decodes whatever calldata an L1 transaction
// carried. The decoder never panics, fails only with ErrNotSubmitBatch, and
// what it decodes packs back into calldata that decodes to the same blocks.
func FuzzDecodeBatch(f *testing.F) {
	packer := bindings.NewRollup()
	seed := func(blocks []rollup.Block) []byte {
		return packer.PackSubmitBatch(rollup.BatchArg(blocks))
	}
	h := core.Genesis()
	f.Add(seed(nil))
	f.Add(seed([]rollup.Block{{Header: h, TxData: []byte{1, 2, 3}}}))
	f.Add(seed([]rollup.Block{{Header: h}, {Header: &core.Header{Number: 2, FeeRecipient: common.Address{9}}, TxData: make([]byte, 100)}}))
	f.Add([]byte{0x01, 0x02})
	f.Fuzz(func(t *testing.T, calldata []byte) {
		blocks, err := rollup.DecodeBatch(calldata)
		if err != nil {
			if !errors.Is(err, rollup.ErrNotSubmitBatch) {
				t.Fatalf("error outside ErrNotSubmitBatch: %v", err)
			}
			return
		}
		again, err := rollup.DecodeBatch(seed(blocks))
		if err != nil {
			t.Fatalf("re-packed batch does not decode: %v", err)
		}
		if len(again) != len(blocks) {
			t.Fatalf("%d blocks, re-decoded %d", len(blocks), len(again))
		}
		for i := range blocks {
			if *again[i].Header != *blocks[i].Header || !reflect.DeepEqual(norm(again[i].TxData), norm(blocks[i].TxData)) {
				t.Fatalf("block %d changed through a re-pack", i)
			}
		}
	})
}

func norm(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}
