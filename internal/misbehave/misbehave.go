// Package misbehave is the test and demo mode of a sequencer that posts a
// wrong block on purpose (`viaduct dev --misbehave KIND`, `viaduct node
// --misbehave KIND`), so that the verifier's challenger and the on-chain
// fraud proof (docs/spec.md section 16) can be seen working, one kind of
// lie at a time. It is never on unless asked for.
//
// A lie starts from the honest outcome of a block (core.Builder) and
// changes what the kind needs: the state diff, the transactions and their
// tx data, or the withdrawals. The sequencer stores the lying block with
// the state root of its own diff, so the block is self-consistent and the
// Rollup accepts it (parent, number, timestamp and queue cursor are the
// honest ones); only re-executing it by the rules shows it wrong. Every
// lie pays the thief (Thief), which the honest chain never credits.
package misbehave

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// Kind names a kind of wrong block.
type Kind string

// The kinds, each what the fraud proof finds (spec section 16's verdicts).
const (
	// StateRoot credits 1,000 ETH to Thief out of nothing (StateRoot).
	StateRoot Kind = "state-root"
	// WithdrawalsRoot adds a withdrawal of 1,000 ETH to Thief that no
	// transaction made; the state is honest (WithdrawalsRoot).
	WithdrawalsRoot Kind = "withdrawals-root"
	// BadSignature appends a transfer "from" a sender of the block to
	// Thief whose signature has r = 0, and moves the funds (InvalidTx,
	// invalid sender).
	BadSignature Kind = "bad-signature"
	// NonceReplay appends a copy of an ETH transfer of the block and
	// applies it a second time (InvalidTx, nonce too low).
	NonceReplay Kind = "nonce-replay"
	// Overdraft appends a validly signed transfer of 1,000 ETH by ThiefKey,
	// which holds nothing, and credits it anyway (InvalidTx, insufficient
	// funds).
	Overdraft Kind = "overdraft"
	// BadTxData posts tx data that does not decode, in a block without
	// transactions (MalformedTxData).
	BadTxData Kind = "bad-txdata"
	// SkipDeposit moves the queue cursor over an ETH deposit without
	// crediting it (StateRoot).
	SkipDeposit Kind = "skip-deposit"
	// InventDeposit applies an ETH deposit of the block twice, as if the
	// queue held a second one (StateRoot).
	InventDeposit Kind = "invent-deposit"
	// FeeCredit credits the fee recipient twice the block's fees
	// (StateRoot).
	FeeCredit Kind = "fee-credit"
	// BlobData is a lie of the batcher, not of the sequencer: the block is
	// honest, but the blobs of the blob batch that posts it carry other
	// bytes in its place (its last tx data byte changed), so the data the
	// Rollup committed to is not what the header's txDataHash names
	// (TxDataNotInBlobs, proven by opening the blobs: spec section 17).
	BlobData Kind = "blob-data"
)

// Kinds returns every kind.
func Kinds() []Kind {
	return []Kind{StateRoot, WithdrawalsRoot, BadSignature, NonceReplay, Overdraft, BadTxData, SkipDeposit, InventDeposit, FeeCredit, BlobData}
}

// ErrBatcherKind is returned by Lie for a kind that the batcher tells
// (BlobLie), not the sequencer.
var ErrBatcherKind = errors.New("misbehave: a lie of the batcher, not of a block")

// Batcher reports whether kind k is the batcher's lie (BlobLie) rather
// than a block's (Lie).
func (k Kind) Batcher() bool { return k == BlobData }

// BlobLie returns the batcher's lie of kind k (batcher.Config.BlobLie),
// told once: the first blob batch with tx data carries its first
// non-empty block's bytes with the last one changed, at the same length.
func BlobLie(k Kind) (func(txData [][]byte) ([][]byte, bool), error) {
	if !k.Batcher() {
		return nil, fmt.Errorf("%w: %q is a block's lie", ErrUnknownKind, k)
	}
	var told atomic.Bool
	return func(txData [][]byte) ([][]byte, bool) {
		if told.Load() {
			return nil, false
		}
		for i, d := range txData {
			if len(d) == 0 {
				continue
			}
			lie := slices.Clone(txData)
			lie[i] = slices.Clone(d)
			lie[i][len(d)-1] ^= 0xff
			told.Store(true)
			return lie, true
		}
		return nil, false
	}, nil
}

// ErrUnknownKind is returned by Parse for a name that is no kind.
var ErrUnknownKind = errors.New("misbehave: unknown kind")

// Parse returns the kind named s.
func Parse(s string) (Kind, error) {
	if k := Kind(s); slices.Contains(Kinds(), k) {
		return k, nil
	}
	var names []string
	for _, k := range Kinds() {
		names = append(names, string(k))
	}
	return "", fmt.Errorf("%w %q (want one of %s)", ErrUnknownKind, s, strings.Join(names, ", "))
}

// ThiefKey is a fixed, publicly known key; Thief is its address. Lies
// credit Thief, so a test can check that the honest chain never does.
var (
	ThiefKey = mustKey(crypto.Keccak256([]byte("viaduct misbehave thief")))
	Thief    = crypto.PubkeyToAddress(ThiefKey.PublicKey)
)

func mustKey(b []byte) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(b)
	if err != nil {
		panic(err) // a keccak hash is a valid secp256k1 key but with negligible odds
	}
	return k
}

// loot is what most lies take: 1,000 ETH.
var loot = new(uint256.Int).Mul(uint256.NewInt(1000), uint256.NewInt(1e18))

// Lie returns the lying version of o, the honest outcome of a block built
// on pre (the state after its parent) that applied queue (o.QueueItems
// items, in order). ok is false when the block gives the kind nothing to
// work with; the caller then keeps the honest block and tries the next.
// o is not modified.
func Lie(k Kind, cfg *core.Config, pre state.Reader, queue []core.QueueItem, o *core.Outcome) (lie *core.Outcome, ok bool, err error) {
	l := &lying{cfg: cfg, pre: pre, o: clone(o)}
	switch k {
	case StateRoot:
		ok, err = l.credit(Thief, loot)
	case WithdrawalsRoot:
		l.o.Withdrawals = append(l.o.Withdrawals, core.Withdrawal{
			Block: o.Number, Index: uint32(len(o.Withdrawals)), Recipient: Thief, Amount: *loot,
		})
		ok = true
	case BadSignature:
		ok, err = l.badSignature()
	case NonceReplay:
		ok, err = l.replay()
	case Overdraft:
		ok, err = l.overdraft()
	case BadTxData:
		if len(o.Txs) == 0 {
			// 0xff sets flag bits the encoding does not define.
			l.o.TxData, l.o.Txs, l.o.Receipts = []byte{0xff}, nil, nil
			ok = true
		}
	case SkipDeposit, InventDeposit:
		ok, err = l.deposit(k, queue)
	case FeeCredit:
		if !o.Fees.IsZero() {
			ok, err = l.credit(o.FeeRecipient, &o.Fees)
		}
	case BlobData:
		return nil, false, fmt.Errorf("%w: %q (BlobLie)", ErrBatcherKind, k)
	default:
		return nil, false, fmt.Errorf("%w %q", ErrUnknownKind, k)
	}
	if err != nil || !ok {
		return nil, false, err
	}
	return l.o, true, nil
}

// lying is a lie being made.
type lying struct {
	cfg *core.Config
	pre state.Reader
	o   *core.Outcome
}

// clone copies what a lie may change.
func clone(o *core.Outcome) *core.Outcome {
	c := *o
	c.Txs = slices.Clone(o.Txs)
	c.TxData = slices.Clone(o.TxData)
	c.Receipts = slices.Clone(o.Receipts)
	c.Withdrawals = slices.Clone(o.Withdrawals)
	c.Diff = &state.Diff{Accounts: maps.Clone(o.Diff.Accounts), Tokens: maps.Clone(o.Diff.Tokens)}
	if c.Diff.Accounts == nil {
		c.Diff.Accounts = map[common.Address]state.Account{}
	}
	return &c
}

// account is addr's account after the block (as the lie has it so far).
func (l *lying) account(addr common.Address) (state.Account, error) {
	if a, ok := l.o.Diff.Accounts[addr]; ok {
		return a, nil
	}
	a, err := l.pre.Account(addr)
	if err != nil {
		return state.Account{}, fmt.Errorf("misbehave: read %s: %w", addr, err)
	}
	return a, nil
}

// credit adds amount to addr's balance; false if it would overflow.
func (l *lying) credit(addr common.Address, amount *uint256.Int) (bool, error) {
	a, err := l.account(addr)
	if err != nil {
		return false, err
	}
	if _, of := a.Balance.AddOverflow(&a.Balance, amount); of {
		return false, nil
	}
	l.o.Diff.Accounts[addr] = a
	return true, nil
}

// debit takes amount from addr's balance; false if it holds less.
func (l *lying) debit(addr common.Address, amount *uint256.Int) (bool, error) {
	a, err := l.account(addr)
	if err != nil {
		return false, err
	}
	if a.Balance.Lt(amount) {
		return false, nil
	}
	a.Balance.Sub(&a.Balance, amount)
	l.o.Diff.Accounts[addr] = a
	return true, nil
}

// appendTx adds tx with its receipt at the end of the block; false if the
// block has no room (the verdict would then be another one).
func (l *lying) appendTx(tx *core.Tx, r core.Receipt) bool {
	data := core.AppendTx(slices.Clone(l.o.TxData), tx)
	if len(l.o.Txs) >= core.MaxTxsPerBlock || len(data) > core.MaxTxDataBytes {
		return false
	}
	l.o.Txs, l.o.TxData, l.o.Receipts = append(l.o.Txs, tx), data, append(l.o.Receipts, r)
	return true
}

// badSignature forges a transfer from the first transaction's sender (the
// victim) of half its balance to Thief. Its fields pass every stateless
// rule; r = 0 makes the signature invalid.
func (l *lying) badSignature() (bool, error) {
	if len(l.o.Txs) == 0 {
		return false, nil
	}
	victim := l.o.Receipts[0].Sender
	a, err := l.account(victim)
	if err != nil {
		return false, err
	}
	value := new(uint256.Int).Rsh(&a.Balance, 1)
	if value.IsZero() || victim == Thief {
		return false, nil
	}
	tx := &core.Tx{
		Nonce: a.Nonce, GasTipCap: l.cfg.BaseFee, GasFeeCap: l.cfg.BaseFee, Gas: core.TransferGas,
		To: Thief, Value: *value, S: *uint256.NewInt(1),
	}
	if !l.appendTx(tx, core.Receipt{Kind: core.KindTransfer, Sender: victim, GasUsed: core.TransferGas, Withdrawal: -1}) {
		return false, nil
	}
	if ok, err := l.debit(victim, value); !ok || err != nil {
		return false, err
	}
	return l.credit(Thief, value)
}

// replay applies the block's first ETH transfer to another account a
// second time, from the same signed transaction.
func (l *lying) replay() (bool, error) {
	for i, tx := range l.o.Txs {
		r := l.o.Receipts[i]
		if tx.Kind() != core.KindTransfer || tx.To == r.Sender || tx.Value.IsZero() {
			continue
		}
		cost := new(uint256.Int).Add(&tx.Value, &r.Fee)
		if !l.appendTx(tx, r) {
			return false, nil
		}
		if ok, err := l.debit(r.Sender, cost); !ok || err != nil {
			return false, err
		}
		if ok, err := l.credit(tx.To, &tx.Value); !ok || err != nil {
			return false, err
		}
		l.o.Fees.Add(&l.o.Fees, &r.Fee) // the receipts say so; credited below
		return l.credit(l.o.FeeRecipient, &r.Fee)
	}
	return false, nil
}

// overdraft has ThiefKey, which holds nothing, send itself 1,000 ETH.
func (l *lying) overdraft() (bool, error) {
	a, err := l.account(Thief)
	if err != nil {
		return false, err
	}
	if !a.Balance.IsZero() {
		return false, nil // it could pay: no overdraft to show
	}
	signed, err := types.SignNewTx(ThiefKey, types.LatestSignerForChainID(l.cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: l.cfg.BigChainID(), Nonce: a.Nonce, GasTipCap: new(big.Int), GasFeeCap: l.cfg.BaseFee.ToBig(),
		Gas: core.TransferGas, To: &Thief, Value: loot.ToBig(),
	})
	if err != nil {
		return false, fmt.Errorf("misbehave: sign the overdraft: %w", err)
	}
	tx, err := core.FromTransaction(signed, l.cfg)
	if err != nil {
		return false, fmt.Errorf("misbehave: the overdraft: %w", err)
	}
	if !l.appendTx(tx, core.Receipt{Kind: core.KindTransfer, Sender: Thief, GasUsed: core.TransferGas, Withdrawal: -1}) {
		return false, nil
	}
	a.Nonce++
	a.Balance.Add(&a.Balance, loot)
	l.o.Diff.Accounts[Thief] = a
	return true, nil
}

// deposit skips the block's first ETH deposit (its credit taken back) or
// invents a second one like it.
func (l *lying) deposit(k Kind, queue []core.QueueItem) (bool, error) {
	for i := range queue {
		q := &queue[i]
		if q.Kind != core.QueueDepositETH || q.Amount.IsZero() {
			continue
		}
		if k == SkipDeposit {
			return l.debit(q.To, &q.Amount)
		}
		return l.credit(q.To, &q.Amount)
	}
	return false, nil
}
