package wallet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/wire"
)

// A withdrawal is named on L1 by its L2 block and its index among the
// block's withdrawals (docs/spec.md section 9): the forced withdrawals of
// the block's queue items first, in queue order, then those of its
// transactions, in transaction order. A withdrawal sent from a wallet (a
// transfer to the bridge address) logs nothing, so its index is computed
// here from the block, as a verifier would.

// Errors callers branch on.
var (
	// ErrNotAWithdrawal: the transaction is not a withdrawal (not a
	// transfer of ETH or a bridged token to the bridge address).
	ErrNotAWithdrawal = errors.New("wallet: not a withdrawal")
	// ErrAlreadyFinalized: the withdrawal was paid out on L1 already.
	ErrAlreadyFinalized = errors.New("wallet: the withdrawal was already paid out on L1")
)

// WithdrawalState is where a withdrawal is on its way to L1.
type WithdrawalState string

// The states of a withdrawal, in the order it goes through them.
const (
	// WithdrawalUnposted: its L2 block is not in a batch on L1 yet.
	WithdrawalUnposted WithdrawalState = "unposted"
	// WithdrawalWaiting: its batch is on L1, in its challenge window.
	WithdrawalWaiting WithdrawalState = "waiting"
	// WithdrawalReady: the challenge window is over; Finalize pays it.
	WithdrawalReady WithdrawalState = "ready"
	// WithdrawalPaid: finalized on L1.
	WithdrawalPaid WithdrawalState = "paid"
)

// WithdrawalInfo is one withdrawal and its state. The withdrawal and its
// batch are the L2 node's word; whether it is paid and when its challenge
// window ends are read from L1. Finalize verifies it all before paying.
type WithdrawalInfo struct {
	Block uint64 // the L2 block
	Index uint32 // its index among the block's withdrawals
	// Tx is the L2 transaction that made it; zero for a forced withdrawal
	// (asked on L1).
	Tx        common.Hash
	Recipient common.Address // paid on L1
	Token     common.Address // zero: ETH
	Amount    *big.Int
	State     WithdrawalState
	// Batch is the batch that holds the block (with State past unposted).
	Batch uint64
	// FinalAt is the L1 time at which the batch's challenge window ends,
	// and Left how long that is after L1's latest block (zero once over).
	FinalAt uint64
	Left    time.Duration
}

// l2Tx and l2Block are the parts of eth_getBlockByNumber's answer that
// name a block's withdrawals.
type l2Tx struct {
	Hash  common.Hash     `json:"hash"`
	From  common.Address  `json:"from"`
	To    *common.Address `json:"to"`
	Input hexutil.Bytes   `json:"input"`
	Value *hexutil.Big    `json:"value"`
}

type l2Block struct {
	Number       hexutil.Uint64 `json:"number"`
	QueueCursor  hexutil.Uint64 `json:"queueCursor"`
	Transactions []l2Tx         `json:"transactions"`
}

// withdrawal classifies tx (docs/spec.md section 5.2): the token (zero for
// ETH) and amount it withdraws, or ok false for any other kind.
func (w *Wallet) withdrawal(tx *l2Tx) (token common.Address, amount *big.Int, ok bool) {
	if tx.To == nil {
		return common.Address{}, nil, false
	}
	if len(tx.Input) == 0 {
		if *tx.To != core.BridgeAddress || tx.Value == nil || tx.Value.ToInt().Sign() <= 0 {
			return common.Address{}, nil, false
		}
		return common.Address{}, tx.Value.ToInt(), true
	}
	m := w.erc20.GetABI().Methods["transfer"]
	if len(tx.Input) < 4 || !bytes.Equal(tx.Input[:4], m.ID) {
		return common.Address{}, nil, false
	}
	args, err := m.Inputs.Unpack(tx.Input[4:])
	if err != nil || len(args) != 2 {
		return common.Address{}, nil, false
	}
	to, _ := args[0].(common.Address)
	v, _ := args[1].(*big.Int)
	if to != core.BridgeAddress || v == nil || v.Sign() <= 0 {
		return common.Address{}, nil, false
	}
	return *tx.To, v, true
}

func (w *Wallet) l2Block(ctx context.Context, n uint64) (*l2Block, error) {
	var b *l2Block
	if err := w.cfg.L2.CallContext(ctx, &b, "eth_getBlockByNumber", hexutil.Uint64(n), true); err != nil {
		return nil, fmt.Errorf("wallet: L2 block %d: %w", n, err)
	}
	if b == nil {
		return nil, fmt.Errorf("wallet: L2 block %d: %w", n, ethereum.NotFound)
	}
	return b, nil
}

// queueWithdrawals is the forced withdrawals block b made from its queue
// items: their indices in the block, by queue item, in queue order.
// parentCursor is the parent block's queue cursor, read here when nil.
func (w *Wallet) queueWithdrawals(ctx context.Context, b *l2Block, parentCursor *uint64) ([]uint64, error) {
	var parent uint64
	switch {
	case parentCursor != nil:
		parent = *parentCursor
	case b.Number > 0:
		p, err := w.l2Block(ctx, uint64(b.Number)-1)
		if err != nil {
			return nil, err
		}
		parent = uint64(p.QueueCursor)
	}
	var out []uint64
	for q := parent; q < uint64(b.QueueCursor); q++ {
		var st wire.QueueItemStatus
		if err := w.cfg.L2.CallContext(ctx, &st, wire.MethodGetQueueItem, hexutil.Uint64(q)); err != nil {
			return nil, fmt.Errorf("wallet: L2 queue item %d: %w", q, err)
		}
		if st.Withdrawal != nil {
			out = append(out, uint64(*st.Withdrawal))
		}
	}
	return out, nil
}

// WithdrawalOfTx names the withdrawal that L2 transaction tx made, with
// its state: what Finalize needs, found from the transaction hash alone.
func (w *Wallet) WithdrawalOfTx(ctx context.Context, tx common.Hash) (*WithdrawalInfo, error) {
	r, err := w.l2.TransactionReceipt(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("wallet: L2 transaction %s: %w", tx, err)
	}
	// A receipt comes as soon as the transaction is executed, before its
	// block is sealed (docs/node.md): the block may not be served yet.
	var b *l2Block
	for {
		b, err = w.l2Block(ctx, r.BlockNumber.Uint64())
		if err == nil {
			break
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		if serr := w.sleep(ctx); serr != nil {
			return nil, fmt.Errorf("wallet: waiting for L2 block %d of transaction %s: %w", r.BlockNumber, tx, serr)
		}
	}
	if int(r.TransactionIndex) >= len(b.Transactions) || b.Transactions[r.TransactionIndex].Hash != tx {
		return nil, fmt.Errorf("wallet: L2 block %d does not hold transaction %s at index %d", uint64(b.Number), tx, r.TransactionIndex)
	}
	if _, _, ok := w.withdrawal(&b.Transactions[r.TransactionIndex]); !ok {
		return nil, fmt.Errorf("%w: L2 transaction %s sends nothing to the bridge address %s", ErrNotAWithdrawal, tx, core.BridgeAddress)
	}
	forced, err := w.queueWithdrawals(ctx, b, nil)
	if err != nil {
		return nil, err
	}
	index := uint64(len(forced))
	for i := range r.TransactionIndex {
		if _, _, ok := w.withdrawal(&b.Transactions[i]); ok {
			index++
		}
	}
	info, err := w.WithdrawalStatus(ctx, uint64(b.Number), uint32(index))
	if err != nil {
		return nil, err
	}
	info.Tx = tx
	return info, nil
}

// WithdrawalStatus returns withdrawal `index` of L2 block `block` and its
// state.
func (w *Wallet) WithdrawalStatus(ctx context.Context, block uint64, index uint32) (*WithdrawalInfo, error) {
	var wp wire.WithdrawalProof
	if err := w.cfg.L2.CallContext(ctx, &wp, wire.MethodGetWithdrawal, hexutil.Uint64(block), hexutil.Uint64(index)); err != nil {
		return nil, fmt.Errorf("wallet: withdrawal %d of L2 block %d: %w", index, block, err)
	}
	info := &WithdrawalInfo{Block: block, Index: index, Recipient: wp.Recipient, Token: wp.Token, Amount: new(big.Int), State: WithdrawalUnposted}
	if wp.Amount != nil {
		info.Amount = wp.Amount.ToInt()
	}
	if err := w.withdrawalState(ctx, info, wp.Posted, wp.Batch); err != nil {
		return nil, err
	}
	return info, nil
}

// withdrawalState fills info's state from L1: paid, or, once posted, how
// long its batch's challenge window has left.
func (w *Wallet) withdrawalState(ctx context.Context, info *WithdrawalInfo, posted bool, batch *hexutil.Uint64) error {
	out, err := w.cfg.L1.CallContract(ctx, ethereum.CallMsg{To: &w.rollup, Data: w.rollupABI.PackIsWithdrawalFinalized(info.Block, info.Index)}, nil)
	if err != nil {
		return fmt.Errorf("wallet: isWithdrawalFinalized(%d, %d) on L1: %w", info.Block, info.Index, err)
	}
	paid, err := w.rollupABI.UnpackIsWithdrawalFinalized(out)
	if err != nil {
		return fmt.Errorf("wallet: isWithdrawalFinalized on L1: %w", err)
	}
	if !posted || batch == nil {
		info.State = WithdrawalUnposted
		if paid {
			info.State = WithdrawalPaid
		}
		return nil
	}
	info.Batch = uint64(*batch)
	end, left, err := w.windowLeft(ctx, info.Batch)
	if err != nil {
		return err
	}
	info.FinalAt, info.Left = end, left
	switch {
	case paid:
		info.State = WithdrawalPaid
	case left > 0:
		info.State = WithdrawalWaiting
	default:
		info.State = WithdrawalReady
	}
	return nil
}

// windowLeft reads from L1 when batch b's challenge window ends (L1 time)
// and how long that is after L1's latest block.
func (w *Wallet) windowLeft(ctx context.Context, b uint64) (end uint64, left time.Duration, err error) {
	head, err := w.cfg.L1.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("wallet: L1 head: %w", err)
	}
	at := head.Number
	out, err := w.cfg.L1.CallContract(ctx, ethereum.CallMsg{To: &w.rollup, Data: w.rollupABI.PackGetBatch(new(big.Int).SetUint64(b))}, at)
	if err != nil {
		return 0, 0, fmt.Errorf("wallet: batch %d on L1: %w", b, err)
	}
	batch, err := w.rollupABI.UnpackGetBatch(out)
	if err != nil {
		return 0, 0, fmt.Errorf("wallet: batch %d on L1: %w", b, err)
	}
	out, err = w.cfg.L1.CallContract(ctx, ethereum.CallMsg{To: &w.rollup, Data: w.rollupABI.PackChallengeWindow()}, at)
	if err != nil {
		return 0, 0, fmt.Errorf("wallet: challengeWindow on L1: %w", err)
	}
	window, err := w.rollupABI.UnpackChallengeWindow(out)
	if err != nil {
		return 0, 0, fmt.Errorf("wallet: challengeWindow on L1: %w", err)
	}
	end = batch.SubmittedAt + window
	if end > head.Time {
		left = time.Duration(end-head.Time) * time.Second
	}
	return end, left, nil
}

// scanChunk is how many L2 blocks one JSON-RPC batch asks for: a full
// block costs the node 10 of the 1,000 units a request may spend.
const scanChunk = 50

// Withdrawals lists the withdrawals that pay `who` on L1 in L2 blocks
// [from, to] (to 0: the head), oldest first, with their states: those its
// transactions sent to the bridge and the forced ones asked on L1 for it.
// It reads every block of the range, so on a long chain give it the range
// to look in.
func (w *Wallet) Withdrawals(ctx context.Context, who common.Address, from, to uint64) ([]WithdrawalInfo, error) {
	if to == 0 {
		head, err := w.l2.BlockNumber(ctx)
		if err != nil {
			return nil, fmt.Errorf("wallet: L2 head: %w", err)
		}
		to = head
	}
	from = max(from, 1)
	var out []WithdrawalInfo
	var prevCursor *uint64
	for lo := from; lo <= to; lo += scanChunk {
		hi := min(to, lo+scanChunk-1)
		blocks := make([]*l2Block, hi-lo+1)
		batch := make([]rpc.BatchElem, len(blocks))
		for i := range batch {
			batch[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(lo + uint64(i)), true}, Result: &blocks[i]}
		}
		if err := w.cfg.L2.BatchCallContext(ctx, batch); err != nil {
			return nil, fmt.Errorf("wallet: L2 blocks %d-%d: %w", lo, hi, err)
		}
		for i, b := range blocks {
			if batch[i].Error != nil {
				return nil, fmt.Errorf("wallet: L2 block %d: %w", lo+uint64(i), batch[i].Error)
			}
			if b == nil {
				return nil, fmt.Errorf("wallet: L2 block %d: %w", lo+uint64(i), ethereum.NotFound)
			}
			found, err := w.blockWithdrawals(ctx, b, who, prevCursor)
			if err != nil {
				return nil, err
			}
			out = append(out, found...)
			c := uint64(b.QueueCursor)
			prevCursor = &c
		}
	}
	for i := range out {
		// One L1 read per withdrawal: its state.
		var wp wire.WithdrawalProof
		if err := w.cfg.L2.CallContext(ctx, &wp, wire.MethodGetWithdrawal, hexutil.Uint64(out[i].Block), hexutil.Uint64(out[i].Index)); err != nil {
			return nil, fmt.Errorf("wallet: withdrawal %d of L2 block %d: %w", out[i].Index, out[i].Block, err)
		}
		if err := w.withdrawalState(ctx, &out[i], wp.Posted, wp.Batch); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// blockWithdrawals is the withdrawals of block b that pay who, without
// their states. prevCursor is the parent's queue cursor when known.
func (w *Wallet) blockWithdrawals(ctx context.Context, b *l2Block, who common.Address, prevCursor *uint64) ([]WithdrawalInfo, error) {
	var out []WithdrawalInfo
	var forced []uint64
	hasQueue := prevCursor == nil || *prevCursor != uint64(b.QueueCursor)
	if hasQueue {
		var err error
		if forced, err = w.queueWithdrawals(ctx, b, prevCursor); err != nil {
			return nil, err
		}
		for _, idx := range forced {
			var wp wire.WithdrawalProof
			if err := w.cfg.L2.CallContext(ctx, &wp, wire.MethodGetWithdrawal, b.Number, hexutil.Uint64(idx)); err != nil {
				return nil, fmt.Errorf("wallet: withdrawal %d of L2 block %d: %w", idx, uint64(b.Number), err)
			}
			if wp.Recipient == who && wp.Amount != nil {
				out = append(out, WithdrawalInfo{Block: uint64(b.Number), Index: uint32(idx), Recipient: who, Token: wp.Token, Amount: wp.Amount.ToInt()})
			}
		}
	}
	index := uint64(len(forced))
	for i := range b.Transactions {
		tx := &b.Transactions[i]
		token, amount, ok := w.withdrawal(tx)
		if !ok {
			continue
		}
		if tx.From == who {
			out = append(out, WithdrawalInfo{Block: uint64(b.Number), Index: uint32(index), Tx: tx.Hash, Recipient: who, Token: token, Amount: amount})
		}
		index++
	}
	return out, nil
}
