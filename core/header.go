package core

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// HeaderSize is the length of an encoded header.
const HeaderSize = 32 + 8 + 8 + 32 + 32 + 32 + 8 + 20

// Header is an L2 block header (D5). Its encoding is the fields packed in this
// order, integers big-endian (Solidity's abi.encodePacked of the same types);
// the block hash is keccak256 of that.
type Header struct {
	ParentHash      common.Hash
	Number          uint64
	Timestamp       uint64      // seconds; never before the parent's
	TxDataHash      common.Hash // keccak256 of the block's tx data
	StateRoot       common.Hash // state root after the block
	WithdrawalsRoot common.Hash // root of the block's withdrawals tree
	QueueCursor     uint64      // L1 queue items applied by this block and all before it
	FeeRecipient    common.Address
}

// Encode returns the packed encoding of the header.
func (h *Header) Encode() []byte {
	b := make([]byte, HeaderSize)
	copy(b[0:32], h.ParentHash[:])
	binary.BigEndian.PutUint64(b[32:40], h.Number)
	binary.BigEndian.PutUint64(b[40:48], h.Timestamp)
	copy(b[48:80], h.TxDataHash[:])
	copy(b[80:112], h.StateRoot[:])
	copy(b[112:144], h.WithdrawalsRoot[:])
	binary.BigEndian.PutUint64(b[144:152], h.QueueCursor)
	copy(b[152:172], h.FeeRecipient[:])
	return b
}

// DecodeHeader decodes a packed header.
func DecodeHeader(b []byte) (*Header, error) {
	if len(b) != HeaderSize {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrMalformedHeader, len(b), HeaderSize)
	}
	h := &Header{}
	copy(h.ParentHash[:], b[0:32])
	h.Number = binary.BigEndian.Uint64(b[32:40])
	h.Timestamp = binary.BigEndian.Uint64(b[40:48])
	copy(h.TxDataHash[:], b[48:80])
	copy(h.StateRoot[:], b[80:112])
	copy(h.WithdrawalsRoot[:], b[112:144])
	h.QueueCursor = binary.BigEndian.Uint64(b[144:152])
	copy(h.FeeRecipient[:], b[152:172])
	return h, nil
}

// Hash returns the block hash: keccak256 of the encoded header.
func (h *Header) Hash() common.Hash { return crypto.Keccak256Hash(h.Encode()) }

// EmptyTxDataHash is keccak256 of no bytes: the tx data hash of a block with
// no transactions.
var EmptyTxDataHash = crypto.Keccak256Hash(nil)

// Genesis returns block 0: the empty state, no queue items applied, every
// other field zero. Its hash is a constant that the L1 contract starts from.
func Genesis() *Header {
	return &Header{TxDataHash: EmptyTxDataHash}
}
