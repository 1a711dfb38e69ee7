package node

import (
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// TestCumulativeCostHoldsWhileBlocksAreSealed is the overdraft attack on
// admission while the sequencer pre-confirms and seals blocks every few
// milliseconds: two accounts take turns sending their next 64 nonces in
// one batch, each worth 30% of the sender's balance at "latest", so that
// the balance covers exactly three; the node must keep exactly three in
// every round (execute them, and hold none of the rest), whether a block
// is being sealed or stored at the time or not. A pre-confirmation whose
// cost the admission check did not see (a view of the state that missed a
// block being stored, or the pool's costs read apart from the state they
// add to) shows here as a fourth transfer kept.
func TestCumulativeCostHoldsWhileBlocksAreSealed(t *testing.T) {
	p := startPreconfNet(t, 5*time.Millisecond, nil)
	keys := []int{1, 2}
	for _, i := range keys {
		p.fund(i, big.NewInt(1e18))
	}
	c := p.ec.Client()
	const rounds = 40
	feeCap := big.NewInt(1e9)
	for r := range rounds {
		fromKey, toKey := devl1.DevKey(keys[r%2]), devl1.DevKey(keys[(r+1)%2])
		from, to := crypto.PubkeyToAddress(fromKey.PublicKey), crypto.PubkeyToAddress(toKey.PublicKey)
		var bal hexutil.Big
		var nonce hexutil.Uint64
		if err := c.BatchCallContext(p.ctx, []rpc.BatchElem{
			{Method: "eth_getBalance", Args: []any{from, "latest"}, Result: &bal},
			{Method: "eth_getTransactionCount", Args: []any{from, "latest"}, Result: &nonce},
		}); err != nil {
			t.Fatal(err)
		}
		b := (*big.Int)(&bal)
		value := new(big.Int).Div(new(big.Int).Mul(b, big.NewInt(3)), big.NewInt(10))
		cost := new(big.Int).Add(value, new(big.Int).Mul(big.NewInt(int64(core.TransferGas)), feeCap))
		covered := new(big.Int).Div(b, cost).Int64()
		elems := make([]rpc.BatchElem, 64)
		for i := range elems {
			raw, err := signTransfer(t, fromKey, uint64(nonce)+uint64(i), to, value).MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			elems[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)}
		}
		if err := c.BatchCallContext(p.ctx, elems); err != nil {
			t.Fatal(err)
		}
		// The batch's sends are taken in any order: a later nonce may be
		// pooled behind the gap while the costs pooled then fit, and is
		// evicted once executable ones take the balance. What must hold is
		// what the node keeps: executed, or still pooled once the round's
		// executable transactions are in.
		var latest, pending hexutil.Uint64
		waitFor(t, "the round's executable transfers", 30*time.Second, func() bool {
			if err := c.BatchCallContext(p.ctx, []rpc.BatchElem{
				{Method: "eth_getTransactionCount", Args: []any{from, "latest"}, Result: &latest},
				{Method: "eth_getTransactionCount", Args: []any{from, "pending"}, Result: &pending},
			}); err != nil {
				t.Fatal(err)
			}
			return latest == pending
		})
		kept := int64(latest) - int64(nonce)
		for i, e := range elems {
			if e.Error != nil || uint64(nonce)+uint64(i) < uint64(latest) {
				continue
			}
			var got json.RawMessage
			if err := c.CallContext(p.ctx, &got, "eth_getTransactionByHash", e.Result); err != nil {
				t.Fatal(err)
			}
			if len(got) > 0 && string(got) != "null" {
				kept++
			}
		}
		if kept != covered {
			t.Fatalf("round %d: the node kept %d of 64 transfers of %v wei from a balance of %v wei that covers %d", r, kept, value, b, covered)
		}
	}
}
