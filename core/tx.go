package core

import (
	"bytes"
	"fmt"
	"math/big"
	"runtime"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// Kind is what a transaction does.
type Kind uint8

const (
	// KindTransfer moves ETH to another L2 account.
	KindTransfer Kind = iota
	// KindTokenTransfer moves a bridged ERC-20 to another L2 account.
	KindTokenTransfer
	// KindWithdrawal sends ETH to the bridge: it leaves L2 for the sender's L1 address.
	KindWithdrawal
	// KindTokenWithdrawal sends a bridged ERC-20 to the bridge.
	KindTokenWithdrawal
)

func (k Kind) String() string {
	switch k {
	case KindTransfer:
		return "transfer"
	case KindTokenTransfer:
		return "token-transfer"
	case KindWithdrawal:
		return "withdrawal"
	case KindTokenWithdrawal:
		return "token-withdrawal"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Gas returns the fixed L2 gas of the kind.
func (k Kind) Gas() uint64 {
	switch k {
	case KindTokenTransfer:
		return TokenTransferGas
	case KindWithdrawal:
		return WithdrawalGas
	case KindTokenWithdrawal:
		return TokenWithdrawalGas
	}
	return TransferGas
}

// TransferSelector is the selector of ERC-20 transfer(address,uint256).
var TransferSelector = [4]byte{0xa9, 0x05, 0x9c, 0xbb}

// Tx is an L2 transaction: an ordinary signed Ethereum transaction (legacy
// EIP-155 or EIP-1559) of one of the supported kinds, held in the fields that
// the compact tx-data encoding carries.
type Tx struct {
	Legacy    bool        // legacy EIP-155 rather than EIP-1559 (type 2)
	Nonce     uint64      //
	GasTipCap uint256.Int // legacy: the gas price
	GasFeeCap uint256.Int // legacy: the gas price
	Gas       uint64      // gas limit
	To        common.Address
	Value     uint256.Int // ETH value; zero for token calls
	Token     bool        // an ERC-20 transfer(Recipient, Amount) call on the token at To
	Recipient common.Address
	Amount    uint256.Int
	YParity   uint8
	R, S      uint256.Int

	once   sync.Once
	sender common.Address
	err    error
	hash   common.Hash
}

// Kind classifies the transaction.
func (tx *Tx) Kind() Kind {
	switch {
	case tx.Token && tx.Recipient == BridgeAddress:
		return KindTokenWithdrawal
	case tx.Token:
		return KindTokenTransfer
	case tx.To == BridgeAddress:
		return KindWithdrawal
	}
	return KindTransfer
}

// TokenCalldata returns the ERC-20 transfer calldata of a token transaction.
func (tx *Tx) TokenCalldata() []byte {
	if !tx.Token {
		return nil
	}
	data := make([]byte, 68)
	copy(data, TransferSelector[:])
	copy(data[16:36], tx.Recipient[:])
	tx.Amount.WriteToSlice(data[36:68])
	return data
}

// Transaction rebuilds the signed go-ethereum transaction. Its hash is the
// transaction hash that the wallet computed.
func (tx *Tx) Transaction(chainID uint64) *types.Transaction {
	to := tx.To
	r, s := tx.R.ToBig(), tx.S.ToBig()
	if tx.Legacy {
		v := new(big.Int).SetUint64(chainID*2 + 35 + uint64(tx.YParity))
		return types.NewTx(&types.LegacyTx{
			Nonce: tx.Nonce, GasPrice: tx.GasFeeCap.ToBig(), Gas: tx.Gas, To: &to,
			Value: tx.Value.ToBig(), Data: tx.TokenCalldata(), V: v, R: r, S: s,
		})
	}
	return types.NewTx(&types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(chainID), Nonce: tx.Nonce,
		GasTipCap: tx.GasTipCap.ToBig(), GasFeeCap: tx.GasFeeCap.ToBig(), Gas: tx.Gas, To: &to,
		Value: tx.Value.ToBig(), Data: tx.TokenCalldata(),
		V: big.NewInt(int64(tx.YParity)), R: r, S: s,
	})
}

// recover computes the hash and the sender once; both need the rebuilt
// transaction, and recovery is the most expensive step of validation.
func (tx *Tx) recover(chainID uint64) {
	tx.once.Do(func() {
		t := tx.Transaction(chainID)
		tx.hash = t.Hash()
		sender, err := types.Sender(types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), t)
		if err != nil {
			tx.err = fmt.Errorf("%w: %v", ErrInvalidSender, err)
			return
		}
		tx.sender = sender
	})
}

// recoverFrom is recover for a transaction converted from the signed one,
// t: the sender is recovered from t itself, so that t's own cache holds it
// too and whoever holds t (the RPC, the mempool's feeds) does not recover
// it again. The hash is the rebuilt transaction's, which FromTransaction
// compares with t's.
func (tx *Tx) recoverFrom(t *types.Transaction, chainID uint64) {
	tx.once.Do(func() {
		tx.hash = tx.Transaction(chainID).Hash()
		sender, err := types.Sender(types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), t)
		if err != nil {
			tx.err = fmt.Errorf("%w: %v", ErrInvalidSender, err)
			return
		}
		tx.sender = sender
	})
}

// KnownSender records the sender of a transaction whose signature was
// checked before (a block this node stored, whose receipts name each
// sender), so that Sender does not run ecrecover again: it is most of the
// CPU a block read costs. No effect once the sender is known.
func (tx *Tx) KnownSender(chainID uint64, sender common.Address) {
	tx.once.Do(func() {
		tx.hash = tx.Transaction(chainID).Hash()
		tx.sender = sender
	})
}

// Sender returns the address that signed the transaction, or ErrInvalidSender.
// The first call fixes the chain id that the result holds for.
func (tx *Tx) Sender(chainID uint64) (common.Address, error) {
	tx.recover(chainID)
	return tx.sender, tx.err
}

// Hash returns the transaction hash (keccak256 of the signed envelope).
func (tx *Tx) Hash(chainID uint64) common.Hash {
	tx.recover(chainID)
	return tx.hash
}

// EffectiveGasPrice is min(fee cap, base fee + tip): what each unit of gas
// costs the sender.
func (tx *Tx) EffectiveGasPrice(baseFee *uint256.Int) *uint256.Int {
	p := new(uint256.Int).Add(baseFee, &tx.GasTipCap)
	if p.Lt(baseFee) || p.Gt(&tx.GasFeeCap) { // overflow, or above the cap
		p.Set(&tx.GasFeeCap)
	}
	return p
}

// Fee is the fee the transaction pays: its kind's gas × effective gas price.
func (tx *Tx) Fee(baseFee *uint256.Int) *uint256.Int {
	p := tx.EffectiveGasPrice(baseFee)
	return p.Mul(p, uint256.NewInt(tx.Kind().Gas()))
}

// Validate checks every rule that does not depend on the state (docs/spec.md,
// "Stateless rules"), in the order the spec lists them, and recovers the
// sender.
func (tx *Tx) Validate(cfg *Config) error {
	if tx.Token {
		if tx.To == BridgeAddress {
			return ErrBridgeNotToken
		}
		if !tx.Value.IsZero() {
			return ErrValueWithTokenCall
		}
		if tx.Amount.IsZero() {
			return ErrZeroAmount
		}
	}
	if !tx.Token && tx.To == BridgeAddress && tx.Value.IsZero() {
		return ErrZeroAmount
	}
	if tx.Legacy && !tx.GasTipCap.Eq(&tx.GasFeeCap) {
		return fmt.Errorf("%w: legacy transaction with distinct tip and fee cap", ErrMalformedTxData)
	}
	if tx.Gas > MaxTxGas {
		return ErrGasLimitTooHigh
	}
	if tx.Gas < tx.Kind().Gas() {
		return ErrIntrinsicGas
	}
	if tx.GasTipCap.Gt(&tx.GasFeeCap) {
		return ErrTipAboveFeeCap
	}
	if tx.GasFeeCap.Lt(&cfg.BaseFee) {
		return ErrFeeCapTooLow
	}
	if tx.YParity > 1 {
		return fmt.Errorf("%w: y parity %d", ErrInvalidSender, tx.YParity)
	}
	_, err := tx.Sender(cfg.ChainID)
	return err
}

// FromTransaction converts a signed go-ethereum transaction, as a wallet sends
// it to eth_sendRawTransaction, into an L2 transaction and validates it
// statelessly. Anything Viaduct does not support is refused with a clear error.
func FromTransaction(t *types.Transaction, cfg *Config) (*Tx, error) {
	tx := &Tx{Nonce: t.Nonce(), Gas: t.Gas()}
	switch t.Type() {
	case types.LegacyTxType:
		if !t.Protected() {
			return nil, ErrUnprotectedTx
		}
		tx.Legacy = true
	case types.DynamicFeeTxType:
		if len(t.AccessList()) > 0 {
			return nil, ErrAccessList
		}
	default:
		return nil, ErrTxTypeNotSupported
	}
	if id := t.ChainId(); id == nil || !id.IsUint64() || id.Uint64() != cfg.ChainID {
		return nil, ErrInvalidChainID
	}
	if t.To() == nil {
		return nil, ErrContractCreation
	}
	tx.To = *t.To()
	if err := setBig(&tx.GasTipCap, t.GasTipCap(), ErrTipVeryHigh); err != nil {
		return nil, err
	}
	if err := setBig(&tx.GasFeeCap, t.GasFeeCap(), ErrFeeCapVeryHigh); err != nil {
		return nil, err
	}
	if err := setBig(&tx.Value, t.Value(), ErrValueTooLarge); err != nil {
		return nil, err
	}
	if data := t.Data(); len(data) > 0 {
		if len(data) != 68 || !bytes.Equal(data[:4], TransferSelector[:]) || !allZero(data[4:16]) {
			return nil, ErrUnsupportedCalldata
		}
		tx.Token = true
		copy(tx.Recipient[:], data[16:36])
		tx.Amount.SetBytes32(data[36:68])
	}
	v, r, s := t.RawSignatureValues()
	if r.BitLen() > 256 || s.BitLen() > 256 {
		return nil, ErrInvalidSender
	}
	tx.R.SetFromBig(r)
	tx.S.SetFromBig(s)
	if tx.Legacy {
		// v = chainID*2 + 35 + parity; the chain id was checked above.
		p := new(big.Int).Sub(v, new(big.Int).SetUint64(cfg.ChainID*2+35))
		if !p.IsUint64() || p.Uint64() > 1 {
			return nil, ErrInvalidChainID
		}
		tx.YParity = uint8(p.Uint64())
	} else {
		if !v.IsUint64() || v.Uint64() > 1 {
			return nil, ErrInvalidSender
		}
		tx.YParity = uint8(v.Uint64())
	}
	tx.recoverFrom(t, cfg.ChainID)
	if err := tx.Validate(cfg); err != nil {
		return nil, err
	}
	// The rebuilt transaction must be the one that was signed; it is, as
	// long as every field was carried over, and this keeps it so.
	if tx.Hash(cfg.ChainID) != t.Hash() {
		return nil, fmt.Errorf("%w: transaction does not survive re-encoding", ErrUnsupportedCalldata)
	}
	return tx, nil
}

func setBig(dst *uint256.Int, src *big.Int, tooBig error) error {
	if src.Sign() < 0 || dst.SetFromBig(src) {
		return tooBig
	}
	return nil
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// RecoverSenders recovers the senders of txs in parallel over the CPU cores,
// so that the sequential state transition finds them cached.
func RecoverSenders(txs []*Tx, chainID uint64) {
	workers := runtime.GOMAXPROCS(0)
	if workers > len(txs)/16 {
		workers = max(1, len(txs)/16)
	}
	if workers == 1 {
		for _, tx := range txs {
			tx.recover(chainID)
		}
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(txs); i += workers {
				txs[i].recover(chainID)
			}
		}()
	}
	wg.Wait()
}
