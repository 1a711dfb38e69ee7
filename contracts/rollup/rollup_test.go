package rollup_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

func TestQueueItemRefusesMalformedEvents(t *testing.T) {
	ok := bindings.RollupQueueItemAdded{Index: big.NewInt(3), Kind: 2, From: common.Address{1}, To: common.Address{2}, Token: common.Address{3}, Amount: big.NewInt(5)}
	index, q, err := rollup.QueueItem(&ok)
	if err != nil || index != 3 || q.Kind != core.QueueDepositToken || q.Amount.Uint64() != 5 || q.Token != (common.Address{3}) {
		t.Fatalf("well-formed event decoded as %d %+v (%v)", index, q, err)
	}
	bad := []func(ev *bindings.RollupQueueItemAdded){
		func(ev *bindings.RollupQueueItemAdded) { ev.Kind = 4 },
		func(ev *bindings.RollupQueueItemAdded) { ev.Kind = 1 },                 // ETH deposit naming a token
		func(ev *bindings.RollupQueueItemAdded) { ev.Token = common.Address{} }, // token deposit without a token
		func(ev *bindings.RollupQueueItemAdded) { ev.Index = new(big.Int).Lsh(big.NewInt(1), 64) },
		func(ev *bindings.RollupQueueItemAdded) { ev.Amount = new(big.Int).Lsh(big.NewInt(1), 256) },
	}
	for i, edit := range bad {
		ev := ok
		edit(&ev)
		if _, _, err := rollup.QueueItem(&ev); !errors.Is(err, rollup.ErrBadEvent) {
			t.Fatalf("malformed event %d: got %v, want ErrBadEvent", i, err)
		}
	}
}

func TestDecodeBatchRefusesOtherCalldata(t *testing.T) {
	for _, data := range [][]byte{nil, {1, 2, 3}, rollupABI.PackDepositETH(common.Address{1})} {
		if _, err := rollup.DecodeBatch(data); !errors.Is(err, rollup.ErrNotSubmitBatch) {
			t.Fatalf("calldata %x: got %v, want ErrNotSubmitBatch", data, err)
		}
	}
	// The right selector with a truncated body.
	good := rollupABI.PackSubmitBatch(rollup.BatchArg([]rollup.Block{{Header: core.Genesis(), TxData: []byte{1}}}))
	if _, err := rollup.DecodeBatch(good[:len(good)-40]); !errors.Is(err, rollup.ErrNotSubmitBatch) {
		t.Fatalf("truncated submitBatch: got %v, want ErrNotSubmitBatch", err)
	}
	blocks, err := rollup.DecodeBatch(good)
	if err != nil || len(blocks) != 1 || *blocks[0].Header != *core.Genesis() || string(blocks[0].TxData) != "\x01" {
		t.Fatalf("round trip: %+v (%v)", blocks, err)
	}
}

func TestBlockProofsVerifyUnderBlocksRoot(t *testing.T) {
	var headers []*core.Header
	parent := core.Genesis()
	for i := 0; i < 11; i++ {
		h := nextHeader(parent, uint64(i), nil, 0, nil)
		headers = append(headers, h)
		parent = h
	}
	root := rollup.BlocksRoot(headers)
	c := newCodec(t)
	for i, h := range headers {
		proof := rollup.BlockProof(headers, i)
		if !c.verify(proof, root, h.Hash()) {
			t.Fatalf("block %d: MerkleProof.verify rejects its proof", i)
		}
		if c.verify(proof, root, headers[(i+1)%len(headers)].Hash()) {
			t.Fatalf("block %d's proof also proves block %d", i, (i+1)%len(headers))
		}
	}
}
