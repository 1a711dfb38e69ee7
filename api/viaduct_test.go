package api

import (
	"context"
	"strings"
	"testing"

	"github.com/viaduct-l2/viaduct/core"
)

// TestBlockProofGivesTheHeaderThatHashesToTheBlock checks
// viaduct_getBlockProof on a node without L1 access: the encoded header
// hashes to the block hash it names and carries the block's state root, the
// block is reported as not posted, and an unknown block is an error.
func TestBlockProofGivesTheHeaderThatHashesToTheBlock(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	blk := e.chain.Head()
	var bp BlockProof
	if err := e.ec.Client().CallContext(ctx, &bp, "viaduct_getBlockProof", hexU(blk.Number)); err != nil {
		t.Fatal(err)
	}
	h, err := core.DecodeHeader(bp.Header)
	if err != nil {
		t.Fatal(err)
	}
	if h.Hash() != bp.Hash || bp.Hash != blk.Hash() || h.StateRoot != blk.StateRoot || uint64(bp.Number) != blk.Number {
		t.Fatalf("block proof %+v does not describe block %d", bp, blk.Number)
	}
	if bp.Posted || bp.Batch != nil || len(bp.BlockProof) != 0 {
		t.Fatalf("a node without L1 reports block %d posted: %+v", blk.Number, bp)
	}
	err = e.ec.Client().CallContext(ctx, &bp, "viaduct_getBlockProof", hexU(blk.Number+5))
	if err == nil || !strings.Contains(err.Error(), ErrUnknownBlock.Error()) {
		t.Fatalf("unknown block: %v", err)
	}
}
