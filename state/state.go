// Package state is Viaduct's account model on top of the authenticated tree:
// what an L2 account holds (a nonce and an ETH balance, and a balance of each
// bridged token), how each of those becomes a key and a value hash in the
// state tree (docs/spec.md, "State"), and the Pebble-backed database that
// keeps the flat values for fast reads next to the tree that authenticates
// them.
package state

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Account is what the state holds for an address: its nonce and ETH balance.
type Account struct {
	Nonce   uint64
	Balance uint256.Int
}

// IsEmpty reports whether the account is absent from the tree: nonce zero and
// no ETH.
func (a *Account) IsEmpty() bool { return a.Nonce == 0 && a.Balance.IsZero() }

// ValueHash is keccak256(nonce as 8 bytes big-endian ‖ balance as 32 bytes),
// or zero for an empty account (which deletes it from the tree).
func (a *Account) ValueHash() common.Hash {
	if a.IsEmpty() {
		return common.Hash{}
	}
	var buf [40]byte
	binary.BigEndian.PutUint64(buf[:8], a.Nonce)
	a.Balance.WriteToSlice(buf[8:40])
	return crypto.Keccak256Hash(buf[:])
}

// encode is the flat-store form: nonce (8) ‖ balance (32).
func (a *Account) encode() []byte {
	var buf [40]byte
	binary.BigEndian.PutUint64(buf[:8], a.Nonce)
	a.Balance.WriteToSlice(buf[8:40])
	return buf[:]
}

// TokenID names one token balance: the owner's balance of the bridged ERC-20
// at Token (the token's L1 address, which is also its L2 address).
type TokenID struct {
	Owner, Token common.Address
}

// AccountKey is the tree key of an account: keccak256(address).
func AccountKey(addr common.Address) common.Hash {
	return crypto.Keccak256Hash(addr[:])
}

// TokenKey is the tree key of a token balance: keccak256(owner ‖ token).
func TokenKey(owner, token common.Address) common.Hash {
	var buf [40]byte
	copy(buf[:20], owner[:])
	copy(buf[20:], token[:])
	return crypto.Keccak256Hash(buf[:])
}

// TokenValueHash is the balance as a 32-byte big-endian word (zero deletes).
func TokenValueHash(balance *uint256.Int) common.Hash {
	return common.Hash(balance.Bytes32())
}

// Reader reads the state. Absent accounts and balances read as zero.
type Reader interface {
	Account(addr common.Address) (Account, error)
	TokenBalance(owner, token common.Address) (uint256.Int, error)
}
