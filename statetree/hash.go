package statetree

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The hashing rules of the tree (docs/spec.md, "State tree"):
//
//	empty subtree             = 0x00…00
//	leaf(key, valueHash)      = keccak256(0x01 ‖ key ‖ valueHash)   (65 bytes in)
//	internal(left, right)     = keccak256(left ‖ right)              (64 bytes in)
//
// Leaves and internal nodes hash inputs of different lengths, so one can never
// be passed off as the other without a keccak collision.

const leafTag = 0x01

// hasher is a reusable keccak state; the tree hashes millions of times per
// second and allocating a new state each time would dominate the profile.
type hasher struct {
	st  crypto.KeccakState
	buf [65]byte
	out common.Hash // read into here: a local would escape through the interface
}

var hasherPool = sync.Pool{New: func() any { return &hasher{st: crypto.NewKeccakState()} }}

func getHasher() *hasher  { return hasherPool.Get().(*hasher) }
func putHasher(h *hasher) { hasherPool.Put(h) }

func (h *hasher) sum(n int) common.Hash {
	h.st.Reset()
	h.st.Write(h.buf[:n])
	h.st.Read(h.out[:])
	return h.out
}

// leaf returns the hash of a leaf holding key with valueHash.
func (h *hasher) leaf(key, valueHash common.Hash) common.Hash {
	h.buf[0] = leafTag
	copy(h.buf[1:33], key[:])
	copy(h.buf[33:65], valueHash[:])
	return h.sum(65)
}

// node returns the hash of an internal node with the given children.
func (h *hasher) node(left, right common.Hash) common.Hash {
	copy(h.buf[0:32], left[:])
	copy(h.buf[32:64], right[:])
	return h.sum(64)
}

// LeafHash returns the hash of a leaf holding key with valueHash.
func LeafHash(key, valueHash common.Hash) common.Hash {
	h := getHasher()
	defer putHasher(h)
	return h.leaf(key, valueHash)
}

// NodeHash returns the hash of an internal node with the given children.
func NodeHash(left, right common.Hash) common.Hash {
	h := getHasher()
	defer putHasher(h)
	return h.node(left, right)
}

// bit returns bit i of key, counting from the most significant bit of byte 0.
func bit(key common.Hash, i int) uint {
	return uint(key[i>>3]>>(7-uint(i&7))) & 1
}
