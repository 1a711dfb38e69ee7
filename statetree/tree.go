// Package statetree is Viaduct's authenticated key-value store: a compact
// sparse Merkle tree over 256-bit keys, hashed with keccak256, persisted in
// Pebble, with inclusion and exclusion proofs cheap enough to check in
// Solidity.
//
// # Model
//
// Conceptually the tree is a binary tree of depth 256 in which the key's bits,
// most significant first, give the path to its leaf. It is stored compactly:
// a subtree that holds exactly one key is represented by that key's leaf,
// placed at the top of the subtree ("shortcut leaf"), and an empty subtree is
// the zero hash. Only subtrees holding two or more keys become internal nodes.
// With N random keys a leaf therefore sits about log2(N) levels down instead
// of 256, so an update hashes about 20 nodes for a million keys and a proof
// carries about 20 siblings.
//
// A leaf stores a 32-byte value hash; the zero value hash means "absent", so
// writing it deletes the key. What a value hash commits to is the caller's
// business (see package state).
//
// # Guarantees
//
// Updates are prepared in batches (one per L2 block): Prepare computes the new
// root without changing anything, Commit writes the node records together with
// the caller's own writes in one Pebble batch, so a crash leaves either the old
// tree or the new one, never a mix. The internal nodes of the top levels (down
// to Options.CacheDepth) are held in memory and not stored, because every
// block rewrites them; Open recomputes them from the stored nodes below. The
// root is not stored either: it is the hash of the top node, so it cannot
// disagree with the nodes.
package statetree

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
)

// ErrStaleUpdate is returned by Commit when the tree changed after the update
// was prepared.
var ErrStaleUpdate = errors.New("statetree: update prepared against another root")

// ErrCorrupt is returned when a stored node record cannot be decoded.
var ErrCorrupt = errors.New("statetree: corrupt node record")

const (
	kindInternal byte = 1
	kindLeaf     byte = 2
)

// record is one stored node. For an internal node a and b are the hashes of
// its left and right children; for a leaf they are the key and value hash.
type record struct {
	kind   byte
	a, b   common.Hash
	hash   common.Hash
	hashed bool
}

func (r *record) hashWith(h *hasher) common.Hash {
	if r == nil {
		return common.Hash{}
	}
	if !r.hashed {
		if r.kind == kindLeaf {
			r.hash = h.leaf(r.a, r.b)
		} else {
			r.hash = h.node(r.a, r.b)
		}
		r.hashed = true
	}
	return r.hash
}

// cached is a record as the in-memory top of the tree keeps it: without the
// memoised hash (a parent holds its children's hashes): 99 bytes of key and
// value per entry instead of 132 (about 200 bytes per entry with the map's
// own overhead).
type cached struct {
	kind byte
	a, b common.Hash
}

func slim(r *record) cached      { return cached{kind: r.kind, a: r.a, b: r.b} }
func (c cached) record() *record { return &record{kind: c.kind, a: c.a, b: c.b} }

func (r *record) encode() []byte {
	out := make([]byte, 65)
	out[0] = r.kind
	copy(out[1:33], r.a[:])
	copy(out[33:65], r.b[:])
	return out
}

func decodeRecord(v []byte) (*record, error) {
	r := new(record)
	if err := r.decode(v); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *record) decode(v []byte) error {
	if len(v) != 65 || (v[0] != kindInternal && v[0] != kindLeaf) {
		return fmt.Errorf("%w: %d bytes, kind %x", ErrCorrupt, len(v), v[:min(1, len(v))])
	}
	*r = record{kind: v[0]}
	copy(r.a[:], v[1:33])
	copy(r.b[:], v[33:65])
	return nil
}

// nodeID names a position in the tree: a depth and the first depth bits of
// the path (the remaining bits are zero).
type nodeID struct {
	depth uint16
	path  common.Hash
}

// parent returns the node above id and which side of it id is.
func (id nodeID) parent() (nodeID, int) {
	p := nodeID{depth: id.depth - 1, path: id.path}
	mask := byte(0x80) >> (p.depth & 7)
	side := 0
	if p.path[p.depth>>3]&mask != 0 {
		side = 1
	}
	p.path[p.depth>>3] &^= mask
	return p, side
}

func (id nodeID) child(side uint) nodeID {
	c := nodeID{depth: id.depth + 1, path: id.path}
	if side == 1 {
		c.path[id.depth>>3] |= 0x80 >> (id.depth & 7)
	}
	return c
}

// Options tunes a Tree. The zero value is usable.
type Options struct {
	// Prefix is prepended to every Pebble key the tree writes, so that a tree
	// can share a database with other data.
	Prefix []byte
	// CacheDepth keeps every node above this depth in memory, where the
	// internal ones are never written to Pebble: the top levels are touched
	// by every update, so this removes most reads and most writes. It holds
	// at most 2^CacheDepth nodes (about 75 bytes each where the levels are
	// dense, more in sparse ones) and is fixed when the tree is created: a
	// stored tree keeps its depth whatever Options say later, unless
	// MoveCacheDepth. Default DefaultCacheDepth.
	CacheDepth int
	// MoveCacheDepth moves a stored tree of another cache depth to
	// CacheDepth: Open stores the internal nodes between the two depths (a
	// smaller depth) or deletes them (a larger one) and records the new
	// depth, in one batch, so that a crash leaves the tree at one depth or
	// the other. It costs one pass over the nodes between the depths.
	MoveCacheDepth bool
}

// Tree is a compact sparse Merkle tree stored in Pebble. It is safe for
// concurrent use: readers see the last committed tree.
type Tree struct {
	db         *pebble.DB
	prefix     []byte
	cacheDepth uint16

	mu    sync.RWMutex
	cache *nodeCache
	root  common.Hash

	// lockWait is the time Commit spent waiting for mu: readers (proofs,
	// Prepare) hold it, and a writer that waits on them is what a node
	// under a read load must not do.
	lockWait atomic.Int64
}

// LockWait is the time Commit has waited in all for readers of the tree
// (Prove, Prepare) to let go: a measure of how much a read load slows the
// writer.
func (t *Tree) LockWait() time.Duration { return time.Duration(t.lockWait.Load()) }

// DefaultCacheDepth is the cache depth of a new tree unless Options say
// otherwise. With a million random keys nearly every node sits above depth
// 24, so updates and proofs read no node from Pebble; the price is memory,
// which grows with the keys up to 2^24 nodes: the opened tree keeps about
// 93 MB for 250,000 keys, 254 MB for a million (2.27M cached nodes) and
// 850 MB for four million, against at most about 75 MB at depth 20
// (BenchmarkOpenMemory). The state-transition benchmark spends 195 CPU-µs
// per transfer at depth 24 against 276 at depth 20.
const DefaultCacheDepth = 24

// metaDepth is the depth field of the tree's one metadata key, which records
// the cache depth. No node has it (depths go to 256).
const metaDepth = 0xffff

// Open opens the tree stored in db under opts.Prefix (an empty tree if none).
func Open(db *pebble.DB, opts Options) (*Tree, error) {
	if opts.CacheDepth <= 0 {
		opts.CacheDepth = DefaultCacheDepth
	}
	if opts.CacheDepth > 64 {
		return nil, fmt.Errorf("statetree: cache depth %d too large (max 64)", opts.CacheDepth)
	}
	t := &Tree{
		db:         db,
		prefix:     slices.Clone(opts.Prefix),
		cacheDepth: uint16(opts.CacheDepth),
	}
	if err := t.fixDepth(); err != nil {
		return nil, err
	}
	t.cache = newNodeCache(t.cacheDepth)
	if err := t.loadCache(); err != nil {
		return nil, err
	}
	if want := uint16(opts.CacheDepth); opts.MoveCacheDepth && want != t.cacheDepth {
		if err := t.moveDepth(want); err != nil {
			return nil, err
		}
	}
	h := getHasher()
	defer putHasher(h)
	if top, ok := t.cache.get(nodeID{}); ok {
		t.root = top.record().hashWith(h)
	}
	return t, nil
}

// fixDepth reads the cache depth the stored tree was created with, or
// records the chosen one for a new tree. Nodes above the depth are not
// stored, so opening a tree with another depth would lose them.
func (t *Tree) fixDepth() error {
	meta := append(slices.Clone(t.prefix), 0xff, 0xff)
	v, closer, err := t.db.Get(meta)
	switch {
	case errors.Is(err, pebble.ErrNotFound):
		var b [2]byte
		binary.BigEndian.PutUint16(b[:], t.cacheDepth)
		if err := t.db.Set(meta, b[:], pebble.Sync); err != nil {
			return fmt.Errorf("statetree: record cache depth: %w", err)
		}
		return nil
	case err != nil:
		return fmt.Errorf("statetree: read cache depth: %w", err)
	}
	defer closer.Close()
	if len(v) != 2 || binary.BigEndian.Uint16(v) == 0 || binary.BigEndian.Uint16(v) > 64 {
		return fmt.Errorf("%w: cache depth record %x", ErrCorrupt, v)
	}
	t.cacheDepth = binary.BigEndian.Uint16(v)
	return nil
}

// moveDepth moves the stored tree (its cache loaded) to cache depth want:
// to a smaller depth, the internal nodes at depths [want, current) are
// stored; to a larger one, those at [current, want) are deleted (loadCache
// recomputes them); the depth record changes in the same batch. Leaves are
// stored at every depth either way.
func (t *Tree) moveDepth(want uint16) error {
	b := t.db.NewBatch()
	defer b.Close()
	if want < t.cacheDepth {
		for d := want; d < t.cacheDepth; d++ {
			var err error
			t.cache.each(d, func(id nodeID, c cached) {
				if c.kind == kindInternal && err == nil {
					r := c.record()
					err = b.Set(t.key(id), r.encode(), nil)
				}
			})
			if err != nil {
				return fmt.Errorf("statetree: move cache depth to %d: %w", want, err)
			}
		}
	} else {
		lower := t.key(nodeID{depth: t.cacheDepth})[:len(t.prefix)+2]
		upper := t.key(nodeID{depth: want})[:len(t.prefix)+2]
		it, err := t.db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: upper})
		if err != nil {
			return fmt.Errorf("statetree: move cache depth to %d: %w", want, err)
		}
		var r record
		for it.First(); it.Valid(); it.Next() {
			if err := r.decode(it.Value()); err != nil {
				it.Close()
				return fmt.Errorf("statetree: move cache depth to %d: %w", want, err)
			}
			if r.kind == kindInternal {
				if err := b.Delete(it.Key(), nil); err != nil {
					it.Close()
					return fmt.Errorf("statetree: move cache depth to %d: %w", want, err)
				}
			}
		}
		if err := errors.Join(it.Error(), it.Close()); err != nil {
			return fmt.Errorf("statetree: move cache depth to %d: %w", want, err)
		}
	}
	var v [2]byte
	binary.BigEndian.PutUint16(v[:], want)
	if err := b.Set(append(slices.Clone(t.prefix), 0xff, 0xff), v[:], nil); err != nil {
		return fmt.Errorf("statetree: move cache depth to %d: %w", want, err)
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("statetree: move cache depth to %d: %w", want, err)
	}
	t.cacheDepth = want
	t.cache = newNodeCache(want)
	return t.loadCache()
}

// loadCache rebuilds the nodes above the cache depth. Only leaves are stored
// there (Commit keeps the internal nodes in memory, since every block
// rewrites them); the internal nodes are recomputed bottom-up from those
// leaves and the records at the cache depth. Depth is the first part of the
// key, so both are one contiguous range, each depth in path order: a level
// is a sorted list of positions, and its parents come out sorted too, so
// the rebuild holds the positions of the leaves and two levels of 40-byte
// entries at a time: about 80 bytes of scratch per cached record, where
// maps of node ids took about 400 (TestOpenAllocatesLittleBesideTheCache).
func (t *Tree) loadCache() error {
	lower := t.key(nodeID{})[:len(t.prefix)+2]
	upper := slices.Clone(lower)
	binary.BigEndian.PutUint16(upper[len(t.prefix):], t.cacheDepth+1)
	it, err := t.db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: upper})
	if err != nil {
		return fmt.Errorf("statetree: load cache: %w", err)
	}
	defer it.Close()
	h := getHasher()
	defer putHasher(h)
	// level holds the hashes of the non-empty positions one level below the
	// one being rebuilt; leaves[d] the positions of the stored leaves at
	// depth d (their records are in the cache).
	type entry struct {
		pos  uint64
		hash common.Hash
	}
	var level []entry
	leaves := make([][]uint64, t.cacheDepth)
	var r record
	for it.First(); it.Valid(); it.Next() {
		id, err := t.parseKey(it.Key())
		if err != nil {
			return err
		}
		if err := r.decode(it.Value()); err != nil {
			return fmt.Errorf("node at depth %d: %w", id.depth, err)
		}
		if id.depth == t.cacheDepth {
			level = append(level, entry{pos(id), r.hashWith(h)})
			continue
		}
		if r.kind != kindLeaf {
			return fmt.Errorf("%w: internal node stored at depth %d, above the cache depth %d", ErrCorrupt, id.depth, t.cacheDepth)
		}
		t.cache.set(id, slim(&r))
		leaves[id.depth] = append(leaves[id.depth], pos(id))
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("statetree: load cache: %w", err)
	}
	for d := int(t.cacheDepth) - 1; d >= 0; d-- {
		ls := leaves[d]
		leaf := func() entry {
			c, _ := t.cache.get(atPos(uint16(d), ls[0]))
			r := record{kind: c.kind, a: c.a, b: c.b}
			e := entry{ls[0], r.hashWith(h)}
			ls = ls[1:]
			return e
		}
		parents := 0
		for i := range level {
			if i == 0 || level[i].pos>>1 != level[i-1].pos>>1 {
				parents++
			}
		}
		next := make([]entry, 0, parents+len(ls))
		for i := 0; i < len(level); {
			p := level[i].pos >> 1
			var c [2]common.Hash
			c[level[i].pos&1] = level[i].hash
			i++
			if i < len(level) && level[i].pos>>1 == p {
				c[1] = level[i].hash
				i++
			}
			for len(ls) > 0 && ls[0] < p {
				next = append(next, leaf())
			}
			if len(ls) > 0 && ls[0] == p {
				return fmt.Errorf("%w: leaf at depth %d has nodes below it", ErrCorrupt, d)
			}
			r := record{kind: kindInternal, a: c[0], b: c[1]}
			t.cache.set(atPos(uint16(d), p), slim(&r))
			next = append(next, entry{p, r.hashWith(h)})
		}
		for len(ls) > 0 {
			next = append(next, leaf())
		}
		level = next
		leaves[d] = nil
	}
	return nil
}

// atPos is the node at depth (at most 64) whose path starts with the
// depth bits of p.
func atPos(depth uint16, p uint64) nodeID {
	id := nodeID{depth: depth}
	if depth > 0 {
		binary.BigEndian.PutUint64(id.path[:8], p<<(64-depth))
	}
	return id
}

// key returns the Pebble key of a node: prefix ‖ depth (2 bytes) ‖ the path
// bytes that the depth covers.
func (t *Tree) key(id nodeID) []byte {
	n := (int(id.depth) + 7) / 8
	k := make([]byte, len(t.prefix)+2+n)
	copy(k, t.prefix)
	binary.BigEndian.PutUint16(k[len(t.prefix):], id.depth)
	copy(k[len(t.prefix)+2:], id.path[:n])
	return k
}

func (t *Tree) parseKey(k []byte) (nodeID, error) {
	if len(k) < len(t.prefix)+2 {
		return nodeID{}, fmt.Errorf("%w: short key", ErrCorrupt)
	}
	var id nodeID
	id.depth = binary.BigEndian.Uint16(k[len(t.prefix):])
	rest := k[len(t.prefix)+2:]
	if id.depth > 256 || len(rest) != (int(id.depth)+7)/8 {
		return nodeID{}, fmt.Errorf("%w: key for depth %d has %d path bytes", ErrCorrupt, id.depth, len(rest))
	}
	copy(id.path[:], rest)
	return id, nil
}

// CacheDepth is the depth down to which the tree's nodes are held in
// memory (Options.CacheDepth, as stored with the tree).
func (t *Tree) CacheDepth() int { return int(t.cacheDepth) }

// Root returns the root hash of the committed tree.
func (t *Tree) Root() common.Hash {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.root
}

// read returns the committed record at id, or nil if there is none. The
// caller holds t.mu (read or write).
func (t *Tree) read(id nodeID) (*record, error) {
	if id.depth < t.cacheDepth {
		c, ok := t.cache.get(id)
		if !ok {
			return nil, nil
		}
		// A copy: updates hash and hand on records, and the cache is shared.
		return c.record(), nil
	}
	v, closer, err := t.db.Get(t.key(id))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("statetree: read node at depth %d: %w", id.depth, err)
	}
	defer closer.Close()
	r, err := decodeRecord(v)
	if err != nil {
		return nil, fmt.Errorf("node at depth %d: %w", id.depth, err)
	}
	return r, nil
}

// Change sets key to valueHash; the zero valueHash deletes key.
type Change struct {
	Key       common.Hash
	ValueHash common.Hash
}

// Update is a prepared batch of changes: the new root and the node records to
// write. It changes nothing until committed.
type Update struct {
	// Base is the root the update was prepared against; Root is the new root.
	Base, Root common.Hash

	tree *Tree
	// writes are the node records to store, in the order written; a nil
	// record deletes. A position is written at most once (see
	// cancelWrite), so Commit may apply them in any order. A slice, not a
	// map: hashing 34-byte keys and merging the maps of parallel subtrees
	// cost a tenth of a block's CPU.
	writes []write
	// index looks writes up by position, built on the first Prove.
	indexOnce sync.Once
	index     map[nodeID]*record
	h         *hasher
	err       error

	// parallelDepth is the depth above which both subtrees of a node are
	// updated concurrently: log2 of the cores, so each core gets a subtree.
	parallelDepth uint16
}

// parallelMinChanges is the smallest update worth splitting over cores: below
// it the goroutine costs more than the hashing it moves.
const parallelMinChanges = 64

// Prepare computes the tree that results from applying changes to the
// committed tree. When a key appears more than once the last change wins.
func (t *Tree) Prepare(changes []Change) (*Update, error) {
	sorted := make([]Change, len(changes))
	copy(sorted, changes)
	slices.SortStableFunc(sorted, func(x, y Change) int { return x.Key.Cmp(y.Key) })
	// Keep the last change per key.
	out := sorted[:0]
	for i, c := range sorted {
		if i+1 < len(sorted) && sorted[i+1].Key == c.Key {
			continue
		}
		out = append(out, c)
	}
	sorted = out

	t.mu.RLock()
	defer t.mu.RUnlock()
	u := &Update{Base: t.root, tree: t, writes: make([]write, 0, 4*len(sorted)+8), h: getHasher(),
		parallelDepth: uint16(bits.Len(uint(runtime.GOMAXPROCS(0) - 1)))}
	defer func() { putHasher(u.h); u.h = nil }()
	if len(sorted) == 0 {
		u.Root = t.root
		return u, nil
	}
	root, err := t.read(nodeID{})
	if err != nil {
		return nil, err
	}
	rec := u.update(nodeID{}, root, sorted)
	if u.err != nil {
		return nil, u.err
	}
	u.Root = rec.hashWith(u.h)
	return u, nil
}

// read returns the committed record at id. An update reads each position
// before it writes it, and never after, so the committed tree is the truth.
func (u *Update) read(id nodeID) *record {
	r, err := u.tree.read(id)
	if err != nil && u.err == nil {
		u.err = err
	}
	return r
}

// update applies changes (sorted, unique, all under id's path) to the subtree
// at id whose current record is cur, writes the new records and returns the
// subtree's new top record (nil when it became empty).
func (u *Update) update(id nodeID, cur *record, changes []Change) *record {
	if u.err != nil {
		return nil
	}
	if cur == nil || cur.kind == kindLeaf {
		entries := make([]Change, 0, len(changes)+1)
		inserted := cur == nil
		for _, c := range changes {
			if !inserted && cur.a.Cmp(c.Key) < 0 {
				entries = append(entries, Change{cur.a, cur.b})
				inserted = true
			}
			if !inserted && cur.a == c.Key {
				inserted = true // overridden by c
			}
			if c.ValueHash != (common.Hash{}) {
				entries = append(entries, c)
			}
		}
		if !inserted {
			entries = append(entries, Change{cur.a, cur.b})
		}
		rec := u.build(id, entries)
		if rec == nil && cur != nil {
			u.put(id, nil)
		}
		return rec
	}
	split := splitAt(changes, id.depth)
	sides := [2][]Change{changes[:split], changes[split:]}
	hashes := [2]common.Hash{cur.a, cur.b}
	var recs [2]*record
	var known [2]bool
	if id.depth < u.parallelDepth && len(changes) >= parallelMinChanges && len(sides[0]) > 0 && len(sides[1]) > 0 {
		// Both subtrees change: hash the left one on another core. It gets
		// its own write set and hasher; the subtrees share no node.
		sub := &Update{Base: u.Base, tree: u.tree, writes: make([]write, 0, 4*len(sides[0])), h: getHasher(), parallelDepth: u.parallelDepth}
		done := make(chan struct{})
		go func() {
			defer close(done)
			cid := id.child(0)
			recs[0] = sub.update(cid, sub.read(cid), sides[0])
			hashes[0] = recs[0].hashWith(sub.h)
		}()
		cid := id.child(1)
		recs[1] = u.update(cid, u.read(cid), sides[1])
		hashes[1] = recs[1].hashWith(u.h)
		<-done
		putHasher(sub.h)
		u.writes = append(u.writes, sub.writes...)
		if u.err == nil {
			u.err = sub.err
		}
		known = [2]bool{true, true}
	} else {
		for s := uint(0); s < 2; s++ {
			if len(sides[s]) == 0 {
				continue
			}
			cid := id.child(s)
			recs[s] = u.update(cid, u.read(cid), sides[s])
			hashes[s] = recs[s].hashWith(u.h)
			known[s] = true
		}
	}
	if u.err != nil {
		return nil
	}
	zero := common.Hash{}
	switch {
	case hashes[0] == zero && hashes[1] == zero:
		u.put(id, nil)
		return nil
	case hashes[0] == zero || hashes[1] == zero:
		s := uint(0)
		if hashes[0] == zero {
			s = 1
		}
		other := recs[s]
		if !known[s] {
			other = u.read(id.child(s))
			if other == nil && u.err == nil {
				u.err = fmt.Errorf("%w: missing child at depth %d", ErrCorrupt, id.depth+1)
			}
			if u.err != nil {
				return nil
			}
		}
		if other.kind == kindLeaf {
			// A subtree left with one key is represented by that key's leaf,
			// one level up: move it.
			if known[s] {
				u.cancelWrite(id.child(s), other)
			} else {
				u.put(id.child(s), nil)
			}
			u.put(id, other)
			return other
		}
	}
	rec := &record{kind: kindInternal, a: hashes[0], b: hashes[1]}
	u.put(id, rec)
	return rec
}

// write is one node record an update stores (nil: deletes).
type write struct {
	id  nodeID
	rec *record
}

func (u *Update) put(id nodeID, r *record) { u.writes = append(u.writes, write{id, r}) }

// cancelWrite turns this update's write of r at id into a delete: r moves
// up a level. Searching back is short: r was written by the subtree just
// updated, at most one parallel subtree's writes ago.
func (u *Update) cancelWrite(id nodeID, r *record) {
	for i := len(u.writes) - 1; i >= 0; i-- {
		if u.writes[i].rec == r && u.writes[i].id == id {
			u.writes[i].rec = nil
			return
		}
	}
	if u.err == nil {
		u.err = fmt.Errorf("statetree: internal error: moved leaf at depth %d was not written", id.depth)
	}
}

// build writes a fresh subtree at id holding entries (sorted, non-zero) and
// returns its top record. Positions below id hold no records beforehand.
func (u *Update) build(id nodeID, entries []Change) *record {
	switch len(entries) {
	case 0:
		return nil
	case 1:
		rec := &record{kind: kindLeaf, a: entries[0].Key, b: entries[0].ValueHash}
		u.put(id, rec)
		return rec
	}
	if id.depth >= 256 {
		u.err = fmt.Errorf("%w: two keys share all 256 bits", ErrCorrupt)
		return nil
	}
	split := splitAt(entries, id.depth)
	l := u.build(id.child(0), entries[:split])
	r := u.build(id.child(1), entries[split:])
	if u.err != nil {
		return nil
	}
	rec := &record{kind: kindInternal, a: l.hashWith(u.h), b: r.hashWith(u.h)}
	u.put(id, rec)
	return rec
}

// splitAt returns the index of the first change whose key has bit depth set.
// The keys are sorted and share their first depth bits, so that bit is 0 for
// a prefix of them and 1 for the rest.
func splitAt(changes []Change, depth uint16) int {
	return sort.Search(len(changes), func(i int) bool { return bit(changes[i].Key, int(depth)) == 1 })
}

// Commit writes the update's node records into b, commits b (with whatever
// else the caller put in it) to the tree's database, and makes the new root
// visible. b must belong to the tree's database.
func (t *Tree) Commit(b *pebble.Batch, u *Update, opts *pebble.WriteOptions) error {
	start := time.Now()
	t.mu.Lock()
	defer t.mu.Unlock()
	t.lockWait.Add(int64(time.Since(start)))
	if u.tree != t || u.Base != t.root {
		return ErrStaleUpdate
	}
	for _, w := range u.writes {
		id, r := w.id, w.rec
		var err error
		switch {
		case id.depth < t.cacheDepth:
			// Internal nodes up here live in memory only (Open rebuilds
			// them): every block rewrites them, and storing them would
			// multiply the write volume. Leaves are stored.
			if r != nil && r.kind == kindLeaf {
				err = b.Set(t.key(id), r.encode(), nil)
			} else if old, ok := t.cache.get(id); ok && old.kind == kindLeaf {
				err = b.Delete(t.key(id), nil)
			}
		case r == nil:
			err = b.Delete(t.key(id), nil)
		default:
			err = b.Set(t.key(id), r.encode(), nil)
		}
		if err != nil {
			return fmt.Errorf("statetree: stage node: %w", err)
		}
	}
	if err := b.Commit(opts); err != nil {
		return fmt.Errorf("statetree: commit: %w", err)
	}
	for _, w := range u.writes {
		if id, r := w.id, w.rec; id.depth < t.cacheDepth {
			if r == nil {
				t.cache.del(id)
			} else {
				t.cache.set(id, slim(r))
			}
		}
	}
	t.root = u.Root
	return nil
}

// Get returns the value hash stored for key (zero if absent), by walking the
// tree. Callers that keep the values themselves (package state) do not need it.
func (t *Tree) Get(key common.Hash) (common.Hash, error) {
	p, err := t.Prove(key)
	if err != nil {
		return common.Hash{}, err
	}
	if p.Leaf && p.LeafKey == key {
		return p.LeafValueHash, nil
	}
	return common.Hash{}, nil
}
