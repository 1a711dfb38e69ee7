package api

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/wire"
)

// TestBlockProofGivesTheHeaderThatHashesToTheBlock checks
// viaduct_getBlockProof on a node without L1 access: the encoded header
// hashes to the block hash it names and carries the block's state root, the
// block is reported as not posted, and an unknown block is an error.
func TestBlockProofGivesTheHeaderThatHashesToTheBlock(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	blk := e.chain.Head()
	var bp wire.BlockProof
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

// TestTheServerAnswersExactlyTheWireMethods: every viaduct_ method package
// wire names is served, and the server has no viaduct_ method that wire
// does not name (a client would have no type to read its answer with).
func TestTheServerAnswersExactlyTheWireMethods(t *testing.T) {
	served := map[string]bool{}
	typ := reflect.TypeOf(&ViaductAPI{})
	for i := range typ.NumMethod() {
		name := typ.Method(i).Name
		served["viaduct_"+strings.ToLower(name[:1])+name[1:]] = true
	}
	for _, m := range wire.Methods {
		if !served[m] {
			t.Errorf("wire names %s, the server has no such method", m)
		}
		delete(served, m)
	}
	for m := range served {
		t.Errorf("the server answers %s, which package wire does not name", m)
	}
	e := newEnv(t)
	for _, m := range wire.Methods {
		var raw json.RawMessage
		err := e.ec.Client().CallContext(context.Background(), &raw, m)
		if err != nil && strings.Contains(err.Error(), "does not exist") {
			t.Errorf("%s over JSON-RPC: %v", m, err)
		}
	}
}
