package bench

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// IdleResult is the idle probe: one transfer at a time on a node with no
// other load, send → receipt.
type IdleResult struct {
	// Method is how the receipt was had: eth_sendRawTransactionSync (one
	// call), or eth_sendRawTransaction then eth_getTransactionReceipt
	// polled every PollMs (a node without EIP-7966).
	Method  string      `json:"method"`
	PollMs  float64     `json:"pollMs,omitempty"`
	Latency Percentiles `json:"latency"`
}

// Idle probe methods.
const (
	IdleSync = "eth_sendRawTransactionSync (EIP-7966): one call, send → receipt"
	IdlePoll = "eth_sendRawTransaction, then eth_getTransactionReceipt polled every 1 ms"
)

// idlePoll is how often the idle probe polls for a receipt on a node
// without eth_sendRawTransactionSync.
const idlePoll = time.Millisecond

// isMethodNotFound reports whether the node lacks the method called.
func isMethodNotFound(err error) bool {
	var re rpc.Error
	return errors.As(err, &re) && re.ErrorCode() == -32601
}

// idleProbe sends n transfers of 1 wei from a to `to`, one at a time over
// HTTP, each once the previous one has its receipt, and measures send →
// receipt: with eth_sendRawTransactionSync if the node has it, else by
// polling the receipt every millisecond (so the figure is the node's, up
// to a millisecond). The transfers are signed before the clock starts.
func idleProbe(ctx context.Context, l *layer, a account, to common.Address, n int) (*IdleResult, error) {
	var nonce hexutil.Uint64
	if err := l.rpc.CallContext(ctx, &nonce, "eth_getTransactionCount", a.addr, "pending"); err != nil {
		return nil, fmt.Errorf("bench: idle probe nonce: %w", err)
	}
	signer := types.LatestSignerForChainID(l.chainID)
	raws := make([]hexutil.Bytes, n)
	hashes := make([]common.Hash, n)
	for i := range n {
		tx, err := types.SignNewTx(a.key, signer, &types.DynamicFeeTx{
			ChainID: l.chainID, Nonce: uint64(nonce) + uint64(i), GasTipCap: l.tip, GasFeeCap: l.feeCap,
			Gas: l.ethGas, To: &to, Value: big.NewInt(1),
		})
		if err != nil {
			return nil, err
		}
		if raws[i], err = tx.MarshalBinary(); err != nil {
			return nil, err
		}
		hashes[i] = tx.Hash()
	}
	res := &IdleResult{Method: IdleSync}
	var lat []int64
	for i := range n {
		start := time.Now()
		var r map[string]any
		err := l.rpc.CallContext(ctx, &r, "eth_sendRawTransactionSync", raws[i])
		if isMethodNotFound(err) {
			res.Method, res.PollMs = IdlePoll, float64(idlePoll)/float64(time.Millisecond)
			if err = sendAndPoll(ctx, l, raws[i], hashes[i]); err == nil {
				r = map[string]any{}
			}
		}
		if err != nil {
			return nil, fmt.Errorf("bench: idle probe transfer %d: %w", i, err)
		}
		if r == nil {
			return nil, fmt.Errorf("bench: idle probe transfer %d: no receipt", i)
		}
		lat = append(lat, int64(time.Since(start)))
	}
	res.Latency = percentiles(lat)
	return res, nil
}

// sendAndPoll sends raw and polls for its receipt every idlePoll, for at
// most a minute.
func sendAndPoll(ctx context.Context, l *layer, raw hexutil.Bytes, h common.Hash) error {
	var got common.Hash
	if err := l.rpc.CallContext(ctx, &got, "eth_sendRawTransaction", raw); err != nil {
		return err
	}
	deadline := time.Now().Add(time.Minute)
	for {
		var r map[string]any
		if err := l.rpc.CallContext(ctx, &r, "eth_getTransactionReceipt", h); err != nil {
			return err
		}
		if r != nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no receipt for %s within a minute", h)
		}
		time.Sleep(idlePoll)
	}
}
