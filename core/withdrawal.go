package core

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/merkle"
)

// WithdrawalLeafSize is the length of an encoded withdrawal.
const WithdrawalLeafSize = 8 + 4 + 20 + 20 + 32

// Withdrawal is value leaving L2 for L1: made by a withdrawal transaction or a
// forced withdrawal queue item, paid out on L1 once its block is past the
// challenge window. Block and Index make every withdrawal unique, so the L1
// contract can mark it spent.
type Withdrawal struct {
	Block     uint64         // the L2 block that made it
	Index     uint32         // its position among that block's withdrawals
	Recipient common.Address // who is paid on L1
	Token     common.Address // zero for ETH
	Amount    uint256.Int
}

// Encode returns block (8) ‖ index (4) ‖ recipient (20) ‖ token (20) ‖ amount (32):
// abi.encodePacked(uint64, uint32, address, address, uint256).
func (w *Withdrawal) Encode() []byte {
	b := make([]byte, WithdrawalLeafSize)
	binary.BigEndian.PutUint64(b[0:8], w.Block)
	binary.BigEndian.PutUint32(b[8:12], w.Index)
	copy(b[12:32], w.Recipient[:])
	copy(b[32:52], w.Token[:])
	w.Amount.WriteToSlice(b[52:84])
	return b
}

// Leaf returns keccak256 of the encoding: the withdrawal's leaf in its block's
// withdrawals tree. The preimage is 84 bytes, so a leaf is never an inner node.
func (w *Withdrawal) Leaf() common.Hash { return crypto.Keccak256Hash(w.Encode()) }

// WithdrawalsRoot returns the root of the withdrawals tree (package merkle)
// over ws in order; zero when there are none.
func WithdrawalsRoot(ws []Withdrawal) common.Hash {
	return merkle.Root(withdrawalLeaves(ws))
}

// WithdrawalProof returns the proof of ws[i] under WithdrawalsRoot(ws).
func WithdrawalProof(ws []Withdrawal, i int) []common.Hash {
	return merkle.Proof(withdrawalLeaves(ws), i)
}

func withdrawalLeaves(ws []Withdrawal) []common.Hash {
	leaves := make([]common.Hash, len(ws))
	for i := range ws {
		leaves[i] = ws[i].Leaf()
	}
	return leaves
}
