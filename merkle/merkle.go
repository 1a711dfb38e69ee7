// Package merkle builds the binary Merkle trees that Viaduct posts to L1 (the
// withdrawals of a block, the blocks of a batch) and their proofs, in the form
// that OpenZeppelin's MerkleProof.verify checks: each parent is keccak256 of
// its two children sorted, so a proof is just the list of siblings.
//
// Shape: the leaves are paired left to right, level by level; an odd node out
// at the end of a level moves up unchanged. The root of no leaves is zero and
// the root of one leaf is the leaf.
//
// Leaves must be hashes of preimages that are not 64 bytes long, so that no
// leaf can be mistaken for an inner node.
package merkle

import (
	"bytes"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// hashPair is OpenZeppelin's commutative keccak256.
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Root returns the root of the tree over leaves.
func Root(leaves []common.Hash) common.Hash {
	if len(leaves) == 0 {
		return common.Hash{}
	}
	level := append([]common.Hash(nil), leaves...)
	for len(level) > 1 {
		next := level[:0]
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
			} else {
				next = append(next, hashPair(level[i], level[i+1]))
			}
		}
		level = next
	}
	return level[0]
}

// Proof returns the siblings that prove leaves[index] under Root(leaves).
func Proof(leaves []common.Hash, index int) []common.Hash {
	if index < 0 || index >= len(leaves) {
		return nil
	}
	var proof []common.Hash
	level := append([]common.Hash(nil), leaves...)
	for len(level) > 1 {
		sib := index ^ 1
		if sib < len(level) {
			proof = append(proof, level[sib])
		}
		next := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
			} else {
				next = append(next, hashPair(level[i], level[i+1]))
			}
		}
		level, index = next, index/2
	}
	return proof
}

// Verify reports whether proof shows leaf under root (OpenZeppelin's
// MerkleProof.verify).
func Verify(root, leaf common.Hash, proof []common.Hash) bool {
	h := leaf
	for _, s := range proof {
		h = hashPair(h, s)
	}
	return h == root
}
