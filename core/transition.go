package core

import (
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/state"
)

// ErrQueueAfterTxs is returned when a queue item is applied after a
// transaction: a block applies its queue items first.
var ErrQueueAfterTxs = errors.New("queue items must be applied before transactions")

// Receipt is what applying one transaction did.
type Receipt struct {
	Kind              Kind
	Sender            common.Address
	GasUsed           uint64
	EffectiveGasPrice uint256.Int
	Fee               uint256.Int
	// Withdrawal is the index of the withdrawal it made in the block's
	// withdrawals, or -1.
	Withdrawal int
}

// Builder applies one block's queue items and transactions, in order, to a
// pre-state, recording the writes in an overlay. The sequencer drives it one
// transaction at a time and skips those that fail; a verifier drives it
// through Execute and fails the block on the first error. A rejected item
// leaves the builder as it was.
type Builder struct {
	cfg    *Config
	parent *Header
	number uint64
	time   uint64
	feeTo  common.Address

	st          *state.Overlay
	queue       int
	txs         []*Tx
	txData      []byte
	receipts    []Receipt
	withdrawals []Withdrawal
	queueWs     []int // per queue item: its withdrawal's index, or -1
	queueHashes []common.Hash
	fees        uint256.Int
	minted      map[common.Address]uint256.Int
}

// NewBuilder starts block parent.Number+1 on pre (the state after parent).
func NewBuilder(cfg *Config, pre state.Reader, parent *Header, timestamp uint64, feeRecipient common.Address) (*Builder, error) {
	if timestamp < parent.Timestamp {
		return nil, fmt.Errorf("%w: %d < %d", ErrTimestampTooLow, timestamp, parent.Timestamp)
	}
	if parent.Number == math.MaxUint64 {
		return nil, fmt.Errorf("%w: parent is the last block number", ErrBadNumber)
	}
	return &Builder{
		cfg: cfg, parent: parent, number: parent.Number + 1, time: timestamp, feeTo: feeRecipient,
		st: state.NewOverlay(pre),
	}, nil
}

// Number returns the number of the block being built.
func (b *Builder) Number() uint64 { return b.number }

// TxCount returns the number of transactions applied so far.
func (b *Builder) TxCount() int { return len(b.txs) }

// QueueCount returns the number of queue items applied so far.
func (b *Builder) QueueCount() int { return b.queue }

// State returns the state as the block has left it so far.
func (b *Builder) State() state.Reader { return b.st }

// Diff returns a copy of the writes made so far (the fees are credited
// only by Finish).
func (b *Builder) Diff() *state.Diff { return b.st.Diff() }

// Receipts returns the receipts of the transactions applied so far, in
// order; the caller must not change them.
func (b *Builder) Receipts() []Receipt { return b.receipts }

// ApplyQueueItem applies the next L1 queue item. Deposits credit the
// recipient (saturating at 2^256-1, which the L1 deposit limits make
// unreachable); a forced withdrawal takes what there is, up to the amount
// asked, and never fails.
func (b *Builder) ApplyQueueItem(q *QueueItem) error {
	if len(b.txs) > 0 {
		return ErrQueueAfterTxs
	}
	if b.queue == MaxQueueItemsPerBlock {
		return ErrTooManyQueueItems
	}
	if err := q.Check(); err != nil {
		return err
	}
	w := -1
	switch q.Kind {
	case QueueDepositETH:
		a, err := b.st.Account(q.To)
		if err != nil {
			return err
		}
		saturatingAdd(&a.Balance, &q.Amount)
		b.st.SetAccount(q.To, a)
	case QueueDepositToken:
		bal, err := b.st.TokenBalance(q.To, q.Token)
		if err != nil {
			return err
		}
		before := bal
		saturatingAdd(&bal, &q.Amount)
		b.st.SetTokenBalance(q.To, q.Token, bal)
		// What was credited, not what was sent: they differ only when a
		// balance saturates.
		credited := new(uint256.Int).Sub(&bal, &before)
		if b.minted == nil {
			b.minted = map[common.Address]uint256.Int{}
		}
		m := b.minted[q.Token]
		saturatingAdd(&m, credited)
		b.minted[q.Token] = m
	case QueueForcedWithdrawal:
		var amount uint256.Int
		if q.Token == (common.Address{}) {
			a, err := b.st.Account(q.From)
			if err != nil {
				return err
			}
			amount = minInt(&q.Amount, &a.Balance)
			a.Balance.Sub(&a.Balance, &amount)
			b.st.SetAccount(q.From, a)
		} else {
			bal, err := b.st.TokenBalance(q.From, q.Token)
			if err != nil {
				return err
			}
			amount = minInt(&q.Amount, &bal)
			bal.Sub(&bal, &amount)
			b.st.SetTokenBalance(q.From, q.Token, bal)
		}
		if !amount.IsZero() {
			w = b.withdraw(q.To, q.Token, &amount)
		}
	}
	b.queueWs = append(b.queueWs, w)
	b.queueHashes = append(b.queueHashes, q.Hash())
	b.queue++
	return nil
}

func (b *Builder) withdraw(recipient, token common.Address, amount *uint256.Int) int {
	i := len(b.withdrawals)
	b.withdrawals = append(b.withdrawals, Withdrawal{
		Block: b.number, Index: uint32(i), Recipient: recipient, Token: token, Amount: *amount,
	})
	return i
}

// ApplyTx applies the next transaction: the stateless rules (Tx.Validate),
// then the stateful ones in the spec's order. On error nothing changes.
func (b *Builder) ApplyTx(tx *Tx) error {
	if len(b.txs) == MaxTxsPerBlock {
		return ErrTooManyTxs
	}
	n := len(b.txData)
	b.txData = AppendTx(b.txData, tx)
	if len(b.txData) > MaxTxDataBytes {
		b.txData = b.txData[:n]
		return ErrTxDataTooLarge
	}
	r, err := b.applyTx(tx)
	if err != nil {
		b.txData = b.txData[:n]
		return err
	}
	b.txs = append(b.txs, tx)
	b.receipts = append(b.receipts, r)
	return nil
}

func (b *Builder) applyTx(tx *Tx) (Receipt, error) {
	if err := tx.Validate(b.cfg); err != nil {
		return Receipt{}, err
	}
	sender := tx.sender
	kind := tx.Kind()
	acct, err := b.st.Account(sender)
	if err != nil {
		return Receipt{}, err
	}
	switch {
	case tx.Nonce < acct.Nonce:
		return Receipt{}, fmt.Errorf("%w: address %s, tx: %d state: %d", ErrNonceTooLow, sender, tx.Nonce, acct.Nonce)
	case tx.Nonce > acct.Nonce:
		return Receipt{}, fmt.Errorf("%w: address %s, tx: %d state: %d", ErrNonceTooHigh, sender, tx.Nonce, acct.Nonce)
	case acct.Nonce == math.MaxUint64:
		return Receipt{}, fmt.Errorf("%w: address %s, nonce: %d", ErrNonceMax, sender, acct.Nonce)
	}
	// The sender must afford the whole gas limit at the fee cap plus the
	// value, as on Ethereum, although it pays only the kind's gas.
	maxCost, overflow := new(uint256.Int).MulOverflow(uint256.NewInt(tx.Gas), &tx.GasFeeCap)
	if !overflow {
		_, overflow = maxCost.AddOverflow(maxCost, &tx.Value)
	}
	if overflow || acct.Balance.Lt(maxCost) {
		return Receipt{}, fmt.Errorf("%w: address %s have %s want %s", ErrInsufficientFunds, sender, acct.Balance.Dec(), costString(maxCost, overflow))
	}
	price := tx.EffectiveGasPrice(&b.cfg.BaseFee)
	fee := new(uint256.Int).Mul(price, uint256.NewInt(kind.Gas())) // ≤ maxCost: no overflow
	r := Receipt{Kind: kind, Sender: sender, GasUsed: kind.Gas(), EffectiveGasPrice: *price, Fee: *fee, Withdrawal: -1}

	var tokenBal uint256.Int
	if tx.Token {
		if tokenBal, err = b.st.TokenBalance(sender, tx.To); err != nil {
			return Receipt{}, err
		}
		if tokenBal.Lt(&tx.Amount) {
			return Receipt{}, fmt.Errorf("%w: address %s token %s have %s want %s", ErrTokenBalanceTooLow, sender, tx.To, tokenBal.Dec(), tx.Amount.Dec())
		}
	}
	// Every check that can fail comes before the first write.
	switch kind {
	case KindTransfer:
		if tx.To != sender && !tx.Value.IsZero() {
			to, err := b.st.Account(tx.To)
			if err != nil {
				return Receipt{}, err
			}
			if _, of := to.Balance.AddOverflow(&to.Balance, &tx.Value); of {
				return Receipt{}, ErrBalanceOverflow
			}
			debit(&acct, fee, &tx.Value)
			b.st.SetAccount(sender, acct)
			b.st.SetAccount(tx.To, to)
		} else {
			debit(&acct, fee, nil)
			b.st.SetAccount(sender, acct)
		}
	case KindWithdrawal:
		debit(&acct, fee, &tx.Value)
		b.st.SetAccount(sender, acct)
		r.Withdrawal = b.withdraw(sender, common.Address{}, &tx.Value)
	case KindTokenTransfer:
		if tx.Recipient != sender {
			to, err := b.st.TokenBalance(tx.Recipient, tx.To)
			if err != nil {
				return Receipt{}, err
			}
			if _, of := to.AddOverflow(&to, &tx.Amount); of {
				return Receipt{}, ErrBalanceOverflow
			}
			tokenBal.Sub(&tokenBal, &tx.Amount)
			b.st.SetTokenBalance(sender, tx.To, tokenBal)
			b.st.SetTokenBalance(tx.Recipient, tx.To, to)
		}
		debit(&acct, fee, nil)
		b.st.SetAccount(sender, acct)
	case KindTokenWithdrawal:
		tokenBal.Sub(&tokenBal, &tx.Amount)
		b.st.SetTokenBalance(sender, tx.To, tokenBal)
		debit(&acct, fee, nil)
		b.st.SetAccount(sender, acct)
		r.Withdrawal = b.withdraw(sender, tx.To, &tx.Amount)
	}
	b.fees.Add(&b.fees, fee) // fees are debited from balances first, so their sum fits
	return r, nil
}

// debit bumps the nonce and takes the fee and value; the caller has checked
// the balance covers them.
func debit(a *state.Account, fee, value *uint256.Int) {
	a.Nonce++
	a.Balance.Sub(&a.Balance, fee)
	if value != nil {
		a.Balance.Sub(&a.Balance, value)
	}
}

func costString(c *uint256.Int, overflow bool) string {
	if overflow {
		return "more than 2^256-1"
	}
	return c.Dec()
}

func saturatingAdd(dst, x *uint256.Int) {
	if _, of := dst.AddOverflow(dst, x); of {
		dst.SetAllOne()
	}
}

func minInt(a, b *uint256.Int) uint256.Int {
	if a.Lt(b) {
		return *a
	}
	return *b
}

// Outcome is a built block before its state root is known: everything the
// state transition decided.
type Outcome struct {
	Number       uint64
	Timestamp    uint64
	ParentHash   common.Hash
	FeeRecipient common.Address
	QueueCursor  uint64
	QueueItems   int
	Txs          []*Tx
	TxData       []byte
	Receipts     []Receipt
	Withdrawals  []Withdrawal
	Fees         uint256.Int
	// Minted is what the block's token deposits credited, per token (nil
	// when none): with the withdrawals, what a token's L2 supply moved by.
	Minted map[common.Address]uint256.Int
	// QueueWithdrawals has, for each queue item the block applied, the
	// index in Withdrawals of the withdrawal it made, or -1 (a deposit, or
	// a forced withdrawal that found nothing to take): how a user finds
	// the withdrawal of the forced withdrawal it asked for on L1.
	QueueWithdrawals []int
	// QueueHashes are the hashes of the queue items the block applied, in
	// order: what L1's queue stores at their indices. A node that finds L1
	// holding other items there (a reorg while it was stopped) knows its
	// blocks from there on are stale.
	QueueHashes []common.Hash
	Diff        *state.Diff
}

// Finish credits the block's fees to the fee recipient and returns the
// outcome. The builder must not be used afterwards.
func (b *Builder) Finish() (*Outcome, error) {
	if !b.fees.IsZero() {
		a, err := b.st.Account(b.feeTo)
		if err != nil {
			return nil, err
		}
		if _, of := a.Balance.AddOverflow(&a.Balance, &b.fees); of {
			return nil, ErrFeeCreditOverflow
		}
		b.st.SetAccount(b.feeTo, a)
	}
	return &Outcome{
		Number: b.number, Timestamp: b.time, ParentHash: b.parent.Hash(), FeeRecipient: b.feeTo,
		QueueCursor: b.parent.QueueCursor + uint64(b.queue), QueueItems: b.queue,
		Txs: b.txs, TxData: b.txData, Receipts: b.receipts, Withdrawals: b.withdrawals,
		Fees: b.fees, Minted: b.minted, QueueWithdrawals: b.queueWs, QueueHashes: b.queueHashes, Diff: b.st.Diff(),
	}, nil
}

// Header returns the block's header, given the state root that the outcome's
// diff leads to.
func (o *Outcome) Header(stateRoot common.Hash) *Header {
	return &Header{
		ParentHash: o.ParentHash, Number: o.Number, Timestamp: o.Timestamp,
		TxDataHash: crypto.Keccak256Hash(o.TxData), StateRoot: stateRoot,
		WithdrawalsRoot: WithdrawalsRoot(o.Withdrawals), QueueCursor: o.QueueCursor,
		FeeRecipient: o.FeeRecipient,
	}
}

// Execute runs the state transition of one block as a verifier sees it: the
// parent header, the block's timestamp and fee recipient, the queue items it
// applies and its tx data. Any invalid item makes the whole block invalid;
// the error names the item and the rule (*QueueError, *TxError).
func Execute(cfg *Config, pre state.Reader, parent *Header, timestamp uint64, feeRecipient common.Address, queue []QueueItem, txData []byte) (*Outcome, error) {
	if len(queue) > MaxQueueItemsPerBlock {
		return nil, ErrTooManyQueueItems
	}
	txs, err := DecodeTxs(txData)
	if err != nil {
		return nil, err
	}
	RecoverSenders(txs, cfg.ChainID)
	b, err := NewBuilder(cfg, pre, parent, timestamp, feeRecipient)
	if err != nil {
		return nil, err
	}
	for i := range queue {
		if err := b.ApplyQueueItem(&queue[i]); err != nil {
			return nil, &QueueError{Index: parent.QueueCursor + uint64(i), Err: err}
		}
	}
	for i, tx := range txs {
		if err := b.ApplyTx(tx); err != nil {
			return nil, &TxError{Index: i, Err: err}
		}
	}
	return b.Finish()
}

// CheckHeader compares a posted header with the outcome of executing its
// block and the state root that outcome leads to. It returns the first field
// that differs, as an error a challenger can act on.
func CheckHeader(h *Header, o *Outcome, stateRoot common.Hash) error {
	switch {
	case h.ParentHash != o.ParentHash:
		return ErrBadParentHash
	case h.Number != o.Number:
		return ErrBadNumber
	case h.Timestamp != o.Timestamp:
		return fmt.Errorf("%w: timestamp differs", ErrMalformedHeader)
	case h.TxDataHash != crypto.Keccak256Hash(o.TxData):
		return ErrBadTxDataHash
	case h.QueueCursor != o.QueueCursor:
		return ErrBadQueueCursor
	case h.FeeRecipient != o.FeeRecipient:
		return ErrBadFeeRecipient
	case h.WithdrawalsRoot != WithdrawalsRoot(o.Withdrawals):
		return ErrBadWithdrawalsRoot
	case h.StateRoot != stateRoot:
		return fmt.Errorf("%w: posted %s, computed %s", ErrBadStateRoot, h.StateRoot, stateRoot)
	}
	return nil
}
