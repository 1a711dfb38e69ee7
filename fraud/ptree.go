package fraud

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/statetree"
)

// errIncomplete means the partial tree lacks a node a proof or a write
// needs; Build expands it from the pre-state, so it is a bug if it escapes.
var errIncomplete = errors.New("fraud: partial tree lacks a node")

// pnode is a node of a partial state tree: the paths of the keys a block
// touches, with every subtree off those paths kept as its hash only
// (opaque). nil is the empty subtree.
type pnode struct {
	kind uint8 // pOpaque, pLeaf, pInner
	hash common.Hash
	key  common.Hash // leaf
	val  common.Hash // leaf
	l, r *pnode      // inner
}

const (
	pOpaque = iota
	pLeaf
	pInner
)

func hashOf(n *pnode) common.Hash {
	if n == nil {
		return common.Hash{}
	}
	return n.hash
}

func newLeaf(key, val common.Hash) *pnode {
	return &pnode{kind: pLeaf, key: key, val: val, hash: statetree.LeafHash(key, val)}
}

func newInner(l, r *pnode) *pnode {
	return &pnode{kind: pInner, l: l, r: r, hash: statetree.NodeHash(hashOf(l), hashOf(r))}
}

func opaque(h common.Hash) *pnode {
	if h == (common.Hash{}) {
		return nil
	}
	return &pnode{kind: pOpaque, hash: h}
}

// bit returns bit i of key, most significant first (spec section 4.1).
func bit(key common.Hash, i int) uint {
	return uint(key[i/8]>>(7-uint(i%8))) & 1
}

// fromProof builds the subtree at depth `from` on key's path that proof
// shows (proof runs from the root to its terminal at depth len(Siblings)).
func fromProof(key common.Hash, p *statetree.Proof, from int) *pnode {
	var n *pnode
	if p.Leaf {
		n = newLeaf(p.LeafKey, p.LeafValueHash)
	}
	for i := len(p.Siblings) - 1; i >= from; i-- {
		s := opaque(p.Siblings[i])
		if bit(key, i) == 0 {
			n = newInner(n, s)
		} else {
			n = newInner(s, n)
		}
	}
	return n
}

// merge combines two views of the same subtree, keeping the expanded parts
// of both; they must have the same hash.
func merge(a, b *pnode) (*pnode, error) {
	if hashOf(a) != hashOf(b) {
		return nil, fmt.Errorf("fraud: proofs disagree on a subtree (%s, %s)", hashOf(a), hashOf(b))
	}
	switch {
	case a == nil:
		return nil, nil
	case a.kind == pOpaque:
		return b, nil
	case b.kind == pOpaque, a.kind == pLeaf:
		return a, nil
	case b.kind != pInner:
		return nil, fmt.Errorf("fraud: a leaf and an internal node with one hash %s", a.hash)
	}
	l, err := merge(a.l, b.l)
	if err != nil {
		return nil, err
	}
	r, err := merge(a.r, b.r)
	if err != nil {
		return nil, err
	}
	a.l, a.r = l, r
	return a, nil
}

// ptree is a partial state tree that can prove and write the keys whose
// paths it holds, with the same canonical compact shape as statetree.
type ptree struct {
	root  *pnode
	prove func(common.Hash) (*statetree.Proof, error) // proofs against the pre-state
}

func newPtree(root common.Hash, prove func(common.Hash) (*statetree.Proof, error)) *ptree {
	return &ptree{root: opaque(root), prove: prove}
}

// add merges the pre-state path of key into the tree.
func (t *ptree) add(key common.Hash) error {
	p, err := t.prove(key)
	if err != nil {
		return fmt.Errorf("fraud: proving %s: %w", key, err)
	}
	n, err := merge(t.root, fromProof(key, p, 0))
	if err != nil {
		return err
	}
	t.root = n
	return nil
}

// proof returns the proof of key against the tree's current root.
func (t *ptree) proof(key common.Hash) (*statetree.Proof, error) {
	p := &statetree.Proof{}
	n := t.root
	for depth := 0; ; depth++ {
		switch {
		case n == nil:
			return p, nil
		case n.kind == pLeaf:
			p.Leaf, p.LeafKey, p.LeafValueHash = true, n.key, n.val
			return p, nil
		case n.kind == pOpaque:
			return nil, fmt.Errorf("%w: opaque node on the path of %s at depth %d", errIncomplete, key, depth)
		}
		if bit(key, depth) == 0 {
			p.Siblings = append(p.Siblings, hashOf(n.r))
			n = n.l
		} else {
			p.Siblings = append(p.Siblings, hashOf(n.l))
			n = n.r
		}
	}
}

// sibling returns the preimage of the node at depth d next to key's path
// (the other child of the node at depth d-1), expanding it from the
// pre-state if the tree holds only its hash.
func (t *ptree) sibling(key common.Hash, d int) (Sibling, error) {
	parent := t.root
	for depth := 0; depth < d-1; depth++ {
		if parent == nil || parent.kind != pInner {
			return Sibling{}, fmt.Errorf("%w: no internal node at depth %d on the path of %s", errIncomplete, depth, key)
		}
		if bit(key, depth) == 0 {
			parent = parent.l
		} else {
			parent = parent.r
		}
	}
	if parent == nil || parent.kind != pInner {
		return Sibling{}, fmt.Errorf("%w: no internal node at depth %d on the path of %s", errIncomplete, d-1, key)
	}
	side := &parent.r
	if bit(key, d-1) == 1 {
		side = &parent.l
	}
	if *side != nil && (*side).kind == pOpaque {
		n, err := t.expand(key, d, *side)
		if err != nil {
			return Sibling{}, err
		}
		*side = n
	}
	switch s := *side; {
	case s == nil:
		return Sibling{}, fmt.Errorf("fraud: empty sibling of a leaf at depth %d (non-canonical tree)", d)
	case s.kind == pLeaf:
		return Sibling{Kind: SiblingLeaf, A: s.key, B: s.val}, nil
	default:
		return Sibling{Kind: SiblingInternal, A: hashOf(s.l), B: hashOf(s.r)}, nil
	}
}

// expand replaces an opaque node at depth d beside key's path (so on the
// path of key with bit d-1 flipped) by its pre-state structure. An opaque
// node is always where it was in the pre-state: writes move only leaves,
// and a leaf that moves is one the tree holds.
func (t *ptree) expand(key common.Hash, d int, n *pnode) (*pnode, error) {
	other := key
	other[(d-1)/8] ^= 0x80 >> uint((d-1)%8)
	p, err := t.prove(other)
	if err != nil {
		return nil, fmt.Errorf("fraud: proving %s: %w", other, err)
	}
	if len(p.Siblings) < d {
		return nil, fmt.Errorf("fraud: pre-state has no node at depth %d beside %s", d, key)
	}
	sub := fromProof(other, p, d)
	if hashOf(sub) != n.hash {
		return nil, fmt.Errorf("fraud: pre-state node at depth %d beside %s is not %s", d, key, n.hash)
	}
	return sub, nil
}

// set writes key's value hash (zero deletes), keeping the canonical shape.
func (t *ptree) set(key, val common.Hash) error {
	n, err := t.update(t.root, 0, key, val)
	if err != nil {
		return err
	}
	t.root = n
	return nil
}

func (t *ptree) update(n *pnode, depth int, key, val common.Hash) (*pnode, error) {
	switch {
	case n == nil:
		if val == (common.Hash{}) {
			return nil, nil
		}
		return newLeaf(key, val), nil
	case n.kind == pOpaque:
		return nil, fmt.Errorf("%w: opaque node on the path of %s at depth %d", errIncomplete, key, depth)
	case n.kind == pLeaf:
		switch {
		case n.key == key && val == (common.Hash{}):
			return nil, nil
		case n.key == key:
			return newLeaf(key, val), nil
		case val == (common.Hash{}):
			return n, nil
		}
		return split(depth, newLeaf(key, val), n), nil
	}
	child, other := n.l, n.r
	if bit(key, depth) == 1 {
		child, other = n.r, n.l
	}
	child, err := t.update(child, depth+1, key, val)
	if err != nil {
		return nil, err
	}
	if child == nil || child.kind == pLeaf {
		// One key or none left below: a single leaf moves up (spec 4.1).
		switch {
		case child == nil && other == nil:
			return nil, nil
		case child == nil && other.kind == pOpaque:
			return nil, fmt.Errorf("%w: sibling at depth %d of %s not expanded", errIncomplete, depth+1, key)
		case child == nil && other.kind == pLeaf:
			return other, nil
		case child != nil && other == nil:
			return child, nil
		}
	}
	if bit(key, depth) == 0 {
		return newInner(child, other), nil
	}
	return newInner(other, child), nil
}

// split places two leaves that share the path down to depth under the node
// at the first bit where their keys differ.
func split(depth int, a, b *pnode) *pnode {
	ba, bb := bit(a.key, depth), bit(b.key, depth)
	switch {
	case ba == bb && ba == 0:
		return newInner(split(depth+1, a, b), nil)
	case ba == bb:
		return newInner(nil, split(depth+1, a, b))
	case ba == 0:
		return newInner(a, b)
	}
	return newInner(b, a)
}
