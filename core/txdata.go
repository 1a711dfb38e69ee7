package core

import (
	"fmt"
	"math/bits"

	"github.com/holiman/uint256"
)

// The compact tx-data encoding (docs/spec.md, "Tx data"). A block's tx data
// is its transactions' encodings concatenated, with nothing in between: each
// encoding delimits itself. Per transaction:
//
//	flags      1 byte: bit 0 ERC-20 transfer call, bit 1 legacy, bit 2 y parity,
//	           bit 3 gas limit is the kind's fixed gas (and is not encoded);
//	           bits 4-7 zero
//	nonce      int
//	dynamic:   tip int ‖ fee cap int;   legacy: gas price int
//	gas        int, only if bit 3 is clear; then it differs from the kind's gas
//	to         20 bytes
//	ETH:       value int;   ERC-20: recipient 20 bytes ‖ amount int
//	r, s       32 bytes each
//
// "int" is the RLP encoding of an unsigned integer (a byte below 0x80 stands
// for itself, otherwise 0x80+length then the big-endian bytes without leading
// zeros; at most 32 bytes, 8 for nonce and gas). Using RLP's own integer form
// lets an on-chain verifier splice the fields into the signed payload without
// re-encoding them. The sender is not encoded: it is recovered from the
// signature. The nonce is encoded because recovery needs the signed payload,
// which commits to it. The chain id is the rollup's and is not encoded.

const (
	flagToken   = 1 << 0
	flagLegacy  = 1 << 1
	flagYParity = 1 << 2
	flagKindGas = 1 << 3
	flagsUsed   = flagToken | flagLegacy | flagYParity | flagKindGas
)

// AppendTx appends the compact encoding of tx to dst.
func AppendTx(dst []byte, tx *Tx) []byte {
	var flags byte
	if tx.Token {
		flags |= flagToken
	}
	if tx.Legacy {
		flags |= flagLegacy
	}
	if tx.YParity == 1 {
		flags |= flagYParity
	}
	// Wallets set the gas limit to eth_estimateGas, which is the kind's gas:
	// then it costs nothing to carry.
	kindGas := tx.Gas == tx.Kind().Gas()
	if kindGas {
		flags |= flagKindGas
	}
	dst = append(dst, flags)
	dst = appendUint64(dst, tx.Nonce)
	if tx.Legacy {
		dst = appendInt(dst, &tx.GasFeeCap)
	} else {
		dst = appendInt(dst, &tx.GasTipCap)
		dst = appendInt(dst, &tx.GasFeeCap)
	}
	if !kindGas {
		dst = appendUint64(dst, tx.Gas)
	}
	dst = append(dst, tx.To[:]...)
	if tx.Token {
		dst = append(dst, tx.Recipient[:]...)
		dst = appendInt(dst, &tx.Amount)
	} else {
		dst = appendInt(dst, &tx.Value)
	}
	r, s := tx.R.Bytes32(), tx.S.Bytes32()
	dst = append(dst, r[:]...)
	return append(dst, s[:]...)
}

// EncodeTxs returns the tx data of a block holding txs.
func EncodeTxs(txs []*Tx) []byte {
	out := make([]byte, 0, len(txs)*112)
	for _, tx := range txs {
		out = AppendTx(out, tx)
	}
	return out
}

// DecodeTxs decodes a block's tx data. Only the canonical encoding is
// accepted, so that each list of transactions has exactly one tx data.
// The transactions are not validated; see Tx.Validate.
func DecodeTxs(data []byte) ([]*Tx, error) {
	if len(data) > MaxTxDataBytes {
		return nil, ErrTxDataTooLarge
	}
	var txs []*Tx
	d := decoder{buf: data}
	for d.pos < len(d.buf) {
		start := d.pos
		tx, err := d.tx()
		if err != nil {
			return nil, fmt.Errorf("%w: tx %d at byte %d: %v", ErrMalformedTxData, len(txs), start, err)
		}
		if len(txs) == MaxTxsPerBlock {
			return nil, ErrTooManyTxs
		}
		txs = append(txs, tx)
	}
	return txs, nil
}

type decoder struct {
	buf []byte
	pos int
}

func (d *decoder) tx() (*Tx, error) {
	flags, err := d.byte()
	if err != nil {
		return nil, err
	}
	if flags&^flagsUsed != 0 {
		return nil, fmt.Errorf("unknown flag bits %08b", flags)
	}
	tx := &Tx{Token: flags&flagToken != 0, Legacy: flags&flagLegacy != 0}
	if flags&flagYParity != 0 {
		tx.YParity = 1
	}
	if tx.Nonce, err = d.uint64(); err != nil {
		return nil, fmt.Errorf("nonce: %w", err)
	}
	if tx.Legacy {
		if err = d.int(&tx.GasFeeCap); err != nil {
			return nil, fmt.Errorf("gas price: %w", err)
		}
		tx.GasTipCap = tx.GasFeeCap
	} else {
		if err = d.int(&tx.GasTipCap); err != nil {
			return nil, fmt.Errorf("tip: %w", err)
		}
		if err = d.int(&tx.GasFeeCap); err != nil {
			return nil, fmt.Errorf("fee cap: %w", err)
		}
	}
	if flags&flagKindGas == 0 {
		if tx.Gas, err = d.uint64(); err != nil {
			return nil, fmt.Errorf("gas: %w", err)
		}
	}
	if err = d.bytes(tx.To[:]); err != nil {
		return nil, fmt.Errorf("to: %w", err)
	}
	if tx.Token {
		if err = d.bytes(tx.Recipient[:]); err != nil {
			return nil, fmt.Errorf("recipient: %w", err)
		}
		if err = d.int(&tx.Amount); err != nil {
			return nil, fmt.Errorf("amount: %w", err)
		}
	} else if err = d.int(&tx.Value); err != nil {
		return nil, fmt.Errorf("value: %w", err)
	}
	if flags&flagKindGas != 0 {
		tx.Gas = tx.Kind().Gas()
	} else if tx.Gas == tx.Kind().Gas() {
		return nil, fmt.Errorf("gas %d encoded although it is the kind's gas", tx.Gas)
	}
	var w [32]byte
	if err = d.bytes(w[:]); err != nil {
		return nil, fmt.Errorf("r: %w", err)
	}
	tx.R.SetBytes32(w[:])
	if err = d.bytes(w[:]); err != nil {
		return nil, fmt.Errorf("s: %w", err)
	}
	tx.S.SetBytes32(w[:])
	return tx, nil
}

func (d *decoder) byte() (byte, error) {
	if d.pos >= len(d.buf) {
		return 0, fmt.Errorf("unexpected end")
	}
	b := d.buf[d.pos]
	d.pos++
	return b, nil
}

func (d *decoder) bytes(dst []byte) error {
	if len(d.buf)-d.pos < len(dst) {
		return fmt.Errorf("unexpected end")
	}
	copy(dst, d.buf[d.pos:])
	d.pos += len(dst)
	return nil
}

// raw reads an RLP integer of at most maxLen bytes and returns its bytes.
func (d *decoder) raw(maxLen int) ([]byte, error) {
	p, err := d.byte()
	if err != nil {
		return nil, err
	}
	switch {
	case p == 0x00:
		// RLP writes zero as 0x80; 0x00 would give zero a second encoding.
		return nil, fmt.Errorf("zero written as 0x00")
	case p < 0x80:
		return []byte{p}, nil
	case p == 0x80:
		return nil, nil
	}
	n := int(p - 0x80)
	if n > maxLen {
		return nil, fmt.Errorf("integer of %d bytes (max %d)", n, maxLen)
	}
	if len(d.buf)-d.pos < n {
		return nil, fmt.Errorf("unexpected end")
	}
	b := d.buf[d.pos : d.pos+n]
	if b[0] == 0 {
		return nil, fmt.Errorf("integer with leading zero")
	}
	if n == 1 && b[0] < 0x80 {
		return nil, fmt.Errorf("non-canonical single byte integer")
	}
	d.pos += n
	return b, nil
}

func (d *decoder) int(dst *uint256.Int) error {
	b, err := d.raw(32)
	if err != nil {
		return err
	}
	dst.SetBytes(b)
	return nil
}

func (d *decoder) uint64() (uint64, error) {
	b, err := d.raw(8)
	if err != nil {
		return 0, err
	}
	var v uint64
	for _, x := range b {
		v = v<<8 | uint64(x)
	}
	return v, nil
}

func appendUint64(dst []byte, v uint64) []byte {
	switch {
	case v == 0:
		return append(dst, 0x80)
	case v < 0x80:
		return append(dst, byte(v))
	}
	n := (64 - bits.LeadingZeros64(v) + 7) / 8
	dst = append(dst, 0x80+byte(n))
	for i := n - 1; i >= 0; i-- {
		dst = append(dst, byte(v>>(8*i)))
	}
	return dst
}

func appendInt(dst []byte, v *uint256.Int) []byte {
	if v.IsUint64() {
		return appendUint64(dst, v.Uint64())
	}
	n := v.ByteLen()
	dst = append(dst, 0x80+byte(n))
	w := v.Bytes32()
	return append(dst, w[32-n:]...)
}
