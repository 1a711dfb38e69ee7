package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/engine"
	"github.com/viaduct-l2/viaduct/state"
)

// Pre-confirmed transactions. A sequencer executes each transaction as it
// arrives and journals it before eth_sendRawTransaction answers; its
// receipt is served at once (eth_getTransactionReceipt,
// eth_getTransactionByHash, eth_sendRawTransactionSync) and pushed to
// eth_subscribe("preconfirmedTransactions"). Until its block is sealed the
// receipt carries the block's number and the transaction's index, both
// final, and a blockHash of 32 zero bytes: the hash depends on the
// block's state root, known only once the block is sealed (at the latest
// the block time later). The "latest" state includes them (headState);
// eth_blockNumber, the "latest" block and newHeads move with sealed blocks
// only.

// PendingSource gives the sequencer's pre-confirmed transactions
// (engine.Engine).
type PendingSource interface {
	Pending() *engine.PendingBlock
	// PendingState is the state after the head and the pre-confirmed
	// transactions.
	PendingState() state.Reader
	SubscribePreconfirmations(ch chan<- []*engine.Preconfirmation) event.Subscription
	// SealThrough has the open block sealed now if its number is at most
	// n, and returns once it is (at once if there is nothing to seal).
	SealThrough(ctx context.Context, n uint64) error
}

// sealWait bounds how long a read of the open block waits for its seal.
const sealWait = 5 * time.Second

// sealThrough makes sure that block n, if it is the open block, is
// sealed before a read of blocks up to n (its logs, its header): a client
// that has a pre-confirmed receipt and asks for its block gets the block,
// not nothing. A failure leaves the read to answer what is sealed.
func (b *Backend) sealThrough(ctx context.Context, n uint64) {
	if b.Pending == nil || n <= b.Chain.Head().Number {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, sealWait)
	defer cancel()
	_ = b.Pending.SealThrough(ctx, n)
}

// headState is the state that "latest" and "pending" read: with the
// pre-confirmed transactions, so that a wallet that has a receipt reads
// the balances and nonce it left (the latest block's stateRoot is the
// sealed state's).
func (b *Backend) headState() stateReader {
	if b.Pending != nil {
		return b.Pending.PendingState()
	}
	return b.Chain.State()
}

// DefaultSyncTimeout is how long eth_sendRawTransactionSync waits for a
// receipt when the call names no timeout, and the longest it may name
// (EIP-7966 recommends 2 s).
const DefaultSyncTimeout = 2 * time.Second

// EIP-7966's error codes.
const (
	errcodeSyncTimeout  = 4
	errcodeSyncNotReady = 5
)

// syncError is an EIP-7966 error: its data is the transaction hash.
type syncError struct {
	code int
	msg  string
	hash common.Hash
}

func (e *syncError) Error() string          { return e.msg }
func (e *syncError) ErrorCode() int         { return e.code }
func (e *syncError) ErrorData() interface{} { return e.hash }

// pendingBlock is the open block as a chain.Block for the JSON encoders:
// its number, timestamp, transactions and receipts up to tx i. Its hash
// is not known: callers replace it with the zero hash.
func pendingBlock(pb *engine.PendingBlock, i int) *chain.Block {
	blk := &chain.Block{Header: &core.Header{Number: pb.Number, Timestamp: pb.Timestamp}}
	for _, pc := range pb.Txs[:i+1] {
		blk.Txs = append(blk.Txs, pc.Tx)
		blk.Receipts = append(blk.Receipts, pc.Receipt)
	}
	return blk
}

// preconfirmed returns a pre-confirmed transaction's index and its block.
func (b *Backend) preconfirmed(h common.Hash) (*engine.PendingBlock, int, bool) {
	if b.Pending == nil {
		return nil, 0, false
	}
	pb := b.Pending.Pending()
	pc, ok := pb.Lookup(h)
	if !ok {
		return nil, 0, false
	}
	return pb, pc.Index, true
}

// pendingReceiptJSON is a pre-confirmed transaction's receipt, or nil.
func (b *Backend) pendingReceiptJSON(h common.Hash) map[string]any {
	pb, i, ok := b.preconfirmed(h)
	if !ok {
		return nil
	}
	m := b.receiptJSON(pendingBlock(pb, i), i)
	m["blockHash"] = common.Hash{}
	for _, l := range m["logs"].([]*types.Log) {
		l.BlockHash = common.Hash{}
	}
	return m
}

// pendingTxJSON is a pre-confirmed transaction as eth_getTransactionByHash
// answers it, or nil.
func (b *Backend) pendingTxJSON(h common.Hash) (map[string]any, error) {
	pb, i, ok := b.preconfirmed(h)
	if !ok {
		return nil, nil
	}
	m, err := b.blockTxJSON(pendingBlock(pb, i), i)
	if err != nil {
		return nil, err
	}
	m["blockHash"] = common.Hash{}
	return m, nil
}

// receiptOf is a transaction's receipt, sealed or pre-confirmed; nil if
// it has none yet.
func (b *Backend) receiptOf(h common.Hash) (map[string]any, error) {
	num, idx, err := b.Chain.TxLocation(h)
	if err == nil {
		blk, err := b.Chain.BlockByNumber(num)
		if err != nil {
			return nil, err
		}
		return b.receiptJSON(blk, idx), nil
	}
	if m := b.pendingReceiptJSON(h); m != nil {
		return m, nil
	}
	// Sealed between the two reads.
	if num, idx, err := b.Chain.TxLocation(h); err == nil {
		blk, err := b.Chain.BlockByNumber(num)
		if err != nil {
			return nil, err
		}
		return b.receiptJSON(blk, idx), nil
	}
	return nil, nil
}

// senderOf is the sender of an admitted transaction: from its
// pre-confirmation, else recovered.
func (b *Backend) senderOf(tx *types.Transaction) (common.Address, error) {
	if pb, i, ok := b.preconfirmed(tx.Hash()); ok {
		return pb.Txs[i].Sender(), nil
	}
	return types.Sender(types.LatestSignerForChainID(b.cfg().BigChainID()), tx)
}

// syncTimeout is eth_sendRawTransactionSync's timeout parameter: a
// number of milliseconds, as a JSON number or a hex quantity. One that is
// not a positive number up to the node's maximum means the default
// (EIP-7966), and so does any other value.
type syncTimeout struct {
	ms    uint64
	valid bool
}

func (t *syncTimeout) UnmarshalJSON(b []byte) error {
	*t = syncTimeout{}
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var q hexutil.Uint64
		if err := json.Unmarshal(b, &q); err == nil {
			t.ms, t.valid = uint64(q), true
		}
		return nil
	}
	if v, err := strconv.ParseUint(string(b), 10, 64); err == nil {
		t.ms, t.valid = v, true
	}
	return nil
}

// SendRawTransactionSync is eth_sendRawTransactionSync (EIP-7966): it
// sends the transaction as eth_sendRawTransaction does and returns its
// receipt. On a pre-confirming sequencer the receipt exists once the
// transaction is admitted, so the call costs one round trip. Errors: those
// of eth_sendRawTransaction, at once; code 5 (data: the hash) for a
// transaction admitted behind a nonce gap, which cannot execute until the
// missing nonce arrives; code 4 (data: the hash) when no receipt came
// within the timeout (milliseconds, at most the node's maximum
// Backend.SyncTimeout, which is also the default).
func (api *EthAPI) SendRawTransactionSync(ctx context.Context, input hexutil.Bytes, timeout *syncTimeout) (map[string]any, error) {
	wait := api.b.SyncTimeout
	if wait <= 0 {
		wait = DefaultSyncTimeout
	}
	if timeout != nil && timeout.valid && timeout.ms > 0 && time.Duration(timeout.ms)*time.Millisecond <= wait {
		wait = time.Duration(timeout.ms) * time.Millisecond
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(input); err != nil {
		return nil, err
	}
	hash := tx.Hash()
	timeoutErr := &syncError{errcodeSyncTimeout, fmt.Sprintf("The transaction was added to the mempool but wasn't processed in %s.", wait), hash}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	type sent struct {
		h   common.Hash
		err error
	}
	done := make(chan sent, 1)
	go func() {
		h, err := api.SendRawTransaction(input)
		done <- sent{h, err}
	}()
	select {
	case s := <-done:
		if s.err != nil {
			return nil, s.err
		}
	case <-timer.C:
		return nil, timeoutErr
	case <-ctx.Done():
		return nil, timeoutErr
	}
	if m, err := api.b.receiptOf(hash); err != nil || m != nil {
		return m, err
	}
	if api.b.Pending == nil {
		// A node that does not pre-confirm: wait for the block.
		return api.waitReceipt(ctx, hash, timer.C, timeoutErr)
	}
	return nil, &syncError{errcodeSyncNotReady, "The transaction was added to the mempool but wasn't processed due to a missing nonce: it waits for its sender's earlier transactions.", hash}
}

// waitReceipt waits for a transaction's block.
func (api *EthAPI) waitReceipt(ctx context.Context, h common.Hash, timeout <-chan time.Time, timeoutErr error) (map[string]any, error) {
	ch := make(chan *chain.Block, 16)
	sub := api.b.Chain.SubscribeBlocks(ch)
	defer sub.Unsubscribe()
	for {
		if m, err := api.b.receiptOf(h); err != nil || m != nil {
			return m, err
		}
		select {
		case <-ch:
		case <-timeout:
			return nil, timeoutErr
		case <-ctx.Done():
			return nil, timeoutErr
		}
	}
}

// preconfirmedJSON is what eth_subscribe("preconfirmedTransactions")
// pushes for each transaction.
func (b *Backend) preconfirmedJSON(pc *engine.Preconfirmation) map[string]any {
	r := pc.Receipt
	return map[string]any{
		"transactionHash":   pc.Hash,
		"from":              r.Sender,
		"nonce":             hexutil.Uint64(pc.Tx.Nonce),
		"to":                pc.Tx.To,
		"blockNumber":       hexutil.Uint64(pc.Block),
		"transactionIndex":  hexutil.Uint64(pc.Index),
		"status":            hexutil.Uint64(types.ReceiptStatusSuccessful),
		"gasUsed":           hexutil.Uint64(r.GasUsed),
		"effectiveGasPrice": (*hexutil.Big)(r.EffectiveGasPrice.ToBig()),
	}
}

// preconfQueue is how many groups of pre-confirmations a subscriber may
// fall behind before it is dropped.
const preconfQueue = 1024

// PreconfirmedTransactions is eth_subscribe("preconfirmedTransactions"):
// each transaction the sequencer pre-confirms, as it happens, in order:
// its hash, sender, nonce, recipient, block number and index, status
// (always success: a transaction that fails is refused, never included)
// and gas. A subscriber that falls preconfQueue groups behind is dropped;
// the sequencer never waits on one. On a node that does not pre-confirm
// (a verifier) the subscription sends nothing.
func (api *EthAPI) PreconfirmedTransactions(ctx context.Context) (*rpc.Subscription, error) {
	notifier, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return &rpc.Subscription{}, rpc.ErrNotificationsUnsupported
	}
	sub := notifier.CreateSubscription()
	if api.b.Pending == nil {
		return sub, nil
	}
	ch := make(chan []*engine.Preconfirmation, 16)
	feed := api.b.Pending.SubscribePreconfirmations(ch)
	queue := make(chan []*engine.Preconfirmation, preconfQueue)
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for group := range queue {
			for _, pc := range group {
				if notifier.Notify(sub.ID, api.b.preconfirmedJSON(pc)) != nil {
					return
				}
			}
		}
	}()
	go func() {
		defer feed.Unsubscribe()
		defer close(queue)
		for {
			select {
			case g := <-ch:
				select {
				case queue <- g:
				default:
					return // too slow: dropped
				}
			case <-writerDone:
				return
			case <-sub.Err():
				return
			}
		}
	}()
	return sub, nil
}
