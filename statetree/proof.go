package statetree

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Proof errors. Verify wraps ErrInvalidProof for every way a proof can fail to
// match a root; the other errors are about malformed encodings.
var (
	ErrInvalidProof   = errors.New("statetree: proof does not match the root")
	ErrMalformedProof = errors.New("statetree: malformed proof")
)

// MaxProofDepth bounds the siblings of a proof: 256 levels in all.
const MaxProofDepth = 256

// Proof shows what a key holds in the tree with a given root: either its
// value hash (inclusion) or that it is absent (exclusion).
//
// Siblings runs from the root down: Siblings[i] is the hash of the sibling of
// the path at depth i+1, i.e. the other child of the node at depth i. The walk
// ends at depth len(Siblings) in one of two ways:
//   - Leaf is false: the subtree there is empty, so the key is absent;
//   - Leaf is true: the subtree is the single leaf (LeafKey, LeafValueHash).
//     If LeafKey is the key asked for, that is its value; otherwise LeafKey
//     shares the key's first len(Siblings) bits and the key is absent.
type Proof struct {
	Siblings      []common.Hash
	Leaf          bool
	LeafKey       common.Hash
	LeafValueHash common.Hash
}

// Prove returns a proof for key against the committed root.
func (t *Tree) Prove(key common.Hash) (*Proof, error) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return prove(key, t.read)
}

// Prove returns a proof of key against u.Root, the root of the tree the
// update leads to, without committing it: the update's records first, the
// committed tree's below them. It is how a state other than the committed
// one is proven (state.Past: an earlier block's state, reached by an undo
// diff). It fails with ErrStaleUpdate once the tree has moved past u.Base.
func (u *Update) Prove(key common.Hash) (*Proof, error) {
	t := u.tree
	t.mu.RLock()
	defer t.mu.RUnlock()
	if t.root != u.Base {
		return nil, ErrStaleUpdate
	}
	u.indexOnce.Do(func() {
		u.index = make(map[nodeID]*record, len(u.writes))
		for _, w := range u.writes {
			u.index[w.id] = w.rec
		}
	})
	return prove(key, func(id nodeID) (*record, error) {
		if r, ok := u.index[id]; ok {
			return r, nil
		}
		return t.read(id)
	})
}

// prove walks from the root to key, reading nodes with read.
func prove(key common.Hash, read func(nodeID) (*record, error)) (*Proof, error) {
	p := &Proof{}
	id := nodeID{}
	for {
		r, err := read(id)
		if err != nil {
			return nil, err
		}
		switch {
		case r == nil:
			if id.depth > 0 {
				return nil, fmt.Errorf("%w: empty child at depth %d", ErrCorrupt, id.depth)
			}
			return p, nil
		case r.kind == kindLeaf:
			p.Leaf, p.LeafKey, p.LeafValueHash = true, r.a, r.b
			return p, nil
		}
		if id.depth >= MaxProofDepth {
			return nil, fmt.Errorf("%w: internal node at depth 256", ErrCorrupt)
		}
		side := bit(key, int(id.depth))
		if side == 0 {
			p.Siblings = append(p.Siblings, r.b)
			if r.a == (common.Hash{}) {
				return p, nil
			}
		} else {
			p.Siblings = append(p.Siblings, r.a)
			if r.b == (common.Hash{}) {
				return p, nil
			}
		}
		id = id.child(side)
	}
}

// Verify checks the proof for key against root and returns the value hash
// that key holds: the zero hash when the proof shows the key absent.
func (p *Proof) Verify(root, key common.Hash) (common.Hash, error) {
	depth := len(p.Siblings)
	if depth > MaxProofDepth {
		return common.Hash{}, fmt.Errorf("%w: %d siblings", ErrMalformedProof, depth)
	}
	h := getHasher()
	defer putHasher(h)
	var cur, value common.Hash
	if p.Leaf {
		if p.LeafValueHash == (common.Hash{}) {
			return common.Hash{}, fmt.Errorf("%w: leaf with zero value", ErrInvalidProof)
		}
		if !samePrefix(p.LeafKey, key, depth) {
			return common.Hash{}, fmt.Errorf("%w: leaf key %x is not on the path of %x", ErrInvalidProof, p.LeafKey, key)
		}
		cur = h.leaf(p.LeafKey, p.LeafValueHash)
		if p.LeafKey == key {
			value = p.LeafValueHash
		}
	}
	for i := depth - 1; i >= 0; i-- {
		if bit(key, i) == 0 {
			cur = h.node(cur, p.Siblings[i])
		} else {
			cur = h.node(p.Siblings[i], cur)
		}
	}
	if cur != root {
		return common.Hash{}, fmt.Errorf("%w: computed %x, want %x", ErrInvalidProof, cur, root)
	}
	return value, nil
}

// samePrefix reports whether a and b agree on their first n bits.
func samePrefix(a, b common.Hash, n int) bool {
	full := n / 8
	if [32]byte(a) == [32]byte(b) {
		return true
	}
	for i := 0; i < full; i++ {
		if a[i] != b[i] {
			return false
		}
	}
	if rem := n % 8; rem != 0 {
		mask := byte(0xff << (8 - rem))
		return a[full]&mask == b[full]&mask
	}
	return true
}

// MarshalBinary encodes the proof as specified in docs/spec.md:
//
//	depth     uint16, big-endian: the number of siblings
//	bitmap    ceil(depth/8) bytes: bit i (MSB first) set iff sibling i is non-zero
//	siblings  32 bytes each, the non-zero ones, root first
//	terminal  1 byte: 0 empty, 1 leaf
//	leaf      if terminal is 1: key (32) ‖ value hash (32)
func (p *Proof) MarshalBinary() ([]byte, error) {
	depth := len(p.Siblings)
	if depth > MaxProofDepth {
		return nil, fmt.Errorf("%w: %d siblings", ErrMalformedProof, depth)
	}
	nb := (depth + 7) / 8
	out := make([]byte, 2+nb, 2+nb+32*depth+65)
	binary.BigEndian.PutUint16(out, uint16(depth))
	for i, s := range p.Siblings {
		if s != (common.Hash{}) {
			out[2+i/8] |= 0x80 >> (i % 8)
			out = append(out, s[:]...)
		}
	}
	if p.Leaf {
		out = append(out, 1)
		out = append(out, p.LeafKey[:]...)
		out = append(out, p.LeafValueHash[:]...)
	} else {
		out = append(out, 0)
	}
	return out, nil
}

// UnmarshalBinary decodes a proof, rejecting anything but the one canonical
// encoding.
func (p *Proof) UnmarshalBinary(data []byte) error {
	if len(data) < 3 {
		return fmt.Errorf("%w: %d bytes", ErrMalformedProof, len(data))
	}
	depth := int(binary.BigEndian.Uint16(data))
	if depth > MaxProofDepth {
		return fmt.Errorf("%w: depth %d", ErrMalformedProof, depth)
	}
	nb := (depth + 7) / 8
	if len(data) < 2+nb+1 {
		return fmt.Errorf("%w: truncated bitmap", ErrMalformedProof)
	}
	bitmap := data[2 : 2+nb]
	if rem := depth % 8; rem != 0 && bitmap[nb-1]&(0xff>>rem) != 0 {
		return fmt.Errorf("%w: bitmap padding not zero", ErrMalformedProof)
	}
	rest := data[2+nb:]
	sib := make([]common.Hash, depth)
	for i := range depth {
		if bitmap[i/8]&(0x80>>(i%8)) == 0 {
			continue
		}
		if len(rest) < 32 {
			return fmt.Errorf("%w: truncated siblings", ErrMalformedProof)
		}
		copy(sib[i][:], rest[:32])
		if sib[i] == (common.Hash{}) {
			return fmt.Errorf("%w: zero sibling marked non-zero", ErrMalformedProof)
		}
		rest = rest[32:]
	}
	if len(rest) == 0 {
		return fmt.Errorf("%w: missing terminal", ErrMalformedProof)
	}
	q := Proof{Siblings: sib}
	switch rest[0] {
	case 0:
		if len(rest) != 1 {
			return fmt.Errorf("%w: %d trailing bytes", ErrMalformedProof, len(rest)-1)
		}
	case 1:
		if len(rest) != 65 {
			return fmt.Errorf("%w: leaf terminal of %d bytes", ErrMalformedProof, len(rest)-1)
		}
		q.Leaf = true
		copy(q.LeafKey[:], rest[1:33])
		copy(q.LeafValueHash[:], rest[33:65])
	default:
		return fmt.Errorf("%w: terminal kind %d", ErrMalformedProof, rest[0])
	}
	*p = q
	return nil
}
