package statetree

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// referenceRoot computes the root of the compact tree straight from its
// definition, with no storage: the oracle the stored tree is checked against.
func referenceRoot(m map[common.Hash]common.Hash) common.Hash {
	keys := make([]common.Hash, 0, len(m))
	for k, v := range m {
		if v != (common.Hash{}) {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b common.Hash) int { return a.Cmp(b) })
	var rec func(depth int, ks []common.Hash) common.Hash
	rec = func(depth int, ks []common.Hash) common.Hash {
		switch len(ks) {
		case 0:
			return common.Hash{}
		case 1:
			v := m[ks[0]]
			return crypto.Keccak256Hash([]byte{0x01}, ks[0][:], v[:])
		}
		i := 0
		for i < len(ks) && bit(ks[i], depth) == 0 {
			i++
		}
		l, r := rec(depth+1, ks[:i]), rec(depth+1, ks[i:])
		return crypto.Keccak256Hash(l[:], r[:])
	}
	return rec(0, keys)
}

func memDB(t testing.TB) *pebble.DB {
	t.Helper()
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func commit(t testing.TB, tr *Tree, db *pebble.DB, changes []Change) common.Hash {
	t.Helper()
	u, err := tr.Prepare(changes)
	if err != nil {
		t.Fatalf("prepare: %v", err)
	}
	if _, bench := t.(*testing.B); !bench {
		// Commit relies on each position being written at most once.
		seen := map[nodeID]bool{}
		for _, w := range u.writes {
			if seen[w.id] {
				t.Fatalf("prepare wrote the node at depth %d, path %x twice", w.id.depth, w.id.path[:8])
			}
			seen[w.id] = true
		}
	}
	if err := tr.Commit(db.NewBatch(), u, pebble.NoSync); err != nil {
		t.Fatalf("commit: %v", err)
	}
	return u.Root
}

func randHash(r *rand.Rand) (h common.Hash) {
	for i := range h {
		h[i] = byte(r.Uint32())
	}
	return h
}

func TestEmptyTreeHasZeroRoot(t *testing.T) {
	tr, err := Open(memDB(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Root() != (common.Hash{}) {
		t.Fatalf("root = %x, want zero", tr.Root())
	}
	p, err := tr.Prove(common.HexToHash("0x01"))
	if err != nil {
		t.Fatal(err)
	}
	if v, err := p.Verify(common.Hash{}, common.HexToHash("0x01")); err != nil || v != (common.Hash{}) {
		t.Fatalf("exclusion in empty tree: %x, %v", v, err)
	}
}

func TestSingleLeafRootIsLeafHash(t *testing.T) {
	db := memDB(t)
	tr, _ := Open(db, Options{})
	k, v := common.HexToHash("0xaa"), common.HexToHash("0xbb")
	root := commit(t, tr, db, []Change{{k, v}})
	if want := LeafHash(k, v); root != want {
		t.Fatalf("root = %x, want leaf hash %x", root, want)
	}
}

// TestTreeMatchesReferenceUnderRandomBatches is the property test: after any
// sequence of batches of inserts, updates and deletes, the stored tree's root
// equals the root computed from the definition, every key's proof verifies
// to its value, and absent keys verify as absent.
func TestTreeMatchesReferenceUnderRandomBatches(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		r := rand.New(rand.NewPCG(seed, 99))
		db := memDB(t)
		// A small cache depth exercises both the cached and the stored paths.
		tr, err := Open(db, Options{CacheDepth: int(seed % 4)})
		if err != nil {
			t.Fatal(err)
		}
		model := map[common.Hash]common.Hash{}
		var keys []common.Hash
		for round := 0; round < 40; round++ {
			var changes []Change
			for n := r.IntN(30); n >= 0; n-- {
				var c Change
				switch op := r.IntN(10); {
				case op < 5 || len(keys) == 0: // insert a fresh key
					c = Change{randHash(r), randHash(r)}
					// Keys sharing long prefixes make deep paths.
					if r.IntN(4) == 0 && len(keys) > 0 {
						c.Key = keys[r.IntN(len(keys))]
						c.Key[31] ^= byte(1 + r.IntN(255))
					}
					keys = append(keys, c.Key)
				case op < 8: // update
					c = Change{keys[r.IntN(len(keys))], randHash(r)}
				default: // delete
					c = Change{keys[r.IntN(len(keys))], common.Hash{}}
				}
				changes = append(changes, c)
			}
			for _, c := range changes {
				model[c.Key] = c.ValueHash
			}
			root := commit(t, tr, db, changes)
			if want := referenceRoot(model); root != want {
				t.Fatalf("seed %d round %d: root %x, reference %x", seed, round, root, want)
			}
		}
		for k, v := range model {
			p, err := tr.Prove(k)
			if err != nil {
				t.Fatal(err)
			}
			got, err := p.Verify(tr.Root(), k)
			if err != nil {
				t.Fatalf("seed %d: proof for %x: %v", seed, k, err)
			}
			if got != v {
				t.Fatalf("seed %d: proof for %x gives %x, want %x", seed, k, got, v)
			}
		}
		for i := 0; i < 50; i++ {
			k := randHash(r)
			p, _ := tr.Prove(k)
			if got, err := p.Verify(tr.Root(), k); err != nil || got != (common.Hash{}) {
				t.Fatalf("absent key %x: %x, %v", k, got, err)
			}
		}
	}
}

func TestDeletingEveryKeyGivesEmptyTreeAndNoNodes(t *testing.T) {
	db := memDB(t)
	tr, _ := Open(db, Options{CacheDepth: 2})
	r := rand.New(rand.NewPCG(7, 7))
	var ins, del []Change
	for i := 0; i < 500; i++ {
		k := randHash(r)
		ins = append(ins, Change{k, randHash(r)})
		del = append(del, Change{k, common.Hash{}})
	}
	commit(t, tr, db, ins)
	// Delete in several batches so that leaves move up on the way.
	for i := 0; i < len(del); i += 37 {
		commit(t, tr, db, del[i:min(i+37, len(del))])
	}
	if tr.Root() != (common.Hash{}) {
		t.Fatalf("root after deleting all = %x", tr.Root())
	}
	it, _ := db.NewIter(nil)
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		if !bytes.Equal(it.Key(), []byte{0xff, 0xff}) { // the cache depth record stays
			t.Fatalf("node record left behind: %x", it.Key())
		}
	}
}

func TestReopenedTreeHasSameRootAndProofs(t *testing.T) {
	fs := vfs.NewMem()
	db, err := pebble.Open("db", &pebble.Options{FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	tr, _ := Open(db, Options{Prefix: []byte("s/")})
	r := rand.New(rand.NewPCG(3, 4))
	var changes []Change
	for i := 0; i < 2000; i++ {
		changes = append(changes, Change{randHash(r), randHash(r)})
	}
	root := commit(t, tr, db, changes)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = pebble.Open("db", &pebble.Options{FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tr2, err := Open(db, Options{Prefix: []byte("s/")})
	if err != nil {
		t.Fatal(err)
	}
	if tr2.Root() != root {
		t.Fatalf("reopened root %x, want %x", tr2.Root(), root)
	}
	c := changes[1234]
	if v, err := tr2.Get(c.Key); err != nil || v != c.ValueHash {
		t.Fatalf("get after reopen: %x, %v", v, err)
	}
}

func TestUncommittedUpdateChangesNothing(t *testing.T) {
	db := memDB(t)
	tr, _ := Open(db, Options{})
	root := commit(t, tr, db, []Change{{common.HexToHash("0x01"), common.HexToHash("0x02")}})
	u, err := tr.Prepare([]Change{{common.HexToHash("0x03"), common.HexToHash("0x04")}})
	if err != nil {
		t.Fatal(err)
	}
	if u.Root == root || tr.Root() != root {
		t.Fatalf("prepare changed the committed root or computed none")
	}
	if v, _ := tr.Get(common.HexToHash("0x03")); v != (common.Hash{}) {
		t.Fatalf("prepared but uncommitted key is visible")
	}
}

func TestStaleUpdateIsRefused(t *testing.T) {
	db := memDB(t)
	tr, _ := Open(db, Options{})
	u1, _ := tr.Prepare([]Change{{common.HexToHash("0x01"), common.HexToHash("0x02")}})
	u2, _ := tr.Prepare([]Change{{common.HexToHash("0x03"), common.HexToHash("0x04")}})
	if err := tr.Commit(db.NewBatch(), u1, pebble.NoSync); err != nil {
		t.Fatal(err)
	}
	if err := tr.Commit(db.NewBatch(), u2, pebble.NoSync); !errors.Is(err, ErrStaleUpdate) {
		t.Fatalf("commit of stale update: %v, want ErrStaleUpdate", err)
	}
}

func TestLastChangeForAKeyWins(t *testing.T) {
	db := memDB(t)
	tr, _ := Open(db, Options{})
	k := common.HexToHash("0x42")
	commit(t, tr, db, []Change{{k, common.HexToHash("0x01")}, {k, common.HexToHash("0x02")}, {k, common.HexToHash("0x03")}})
	if v, _ := tr.Get(k); v != common.HexToHash("0x03") {
		t.Fatalf("value = %x, want 0x03", v)
	}
}

// TestForgedProofsAreRejected is the attacker's view: every way of bending a
// valid proof must fail against the root, never succeed with another value.
func TestForgedProofsAreRejected(t *testing.T) {
	db := memDB(t)
	tr, _ := Open(db, Options{})
	r := rand.New(rand.NewPCG(11, 12))
	var changes []Change
	for i := 0; i < 300; i++ {
		changes = append(changes, Change{randHash(r), randHash(r)})
	}
	root := commit(t, tr, db, changes)
	present := changes[17]
	other := changes[18]
	absent := randHash(r)

	good, _ := tr.Prove(present.Key)
	mutate := map[string]func(p *Proof, key *common.Hash){
		"value changed": func(p *Proof, _ *common.Hash) { p.LeafValueHash[0] ^= 1 },
		"sibling changed": func(p *Proof, _ *common.Hash) {
			p.Siblings[len(p.Siblings)/2][5] ^= 1
		},
		"sibling dropped":   func(p *Proof, _ *common.Hash) { p.Siblings = p.Siblings[:len(p.Siblings)-1] },
		"sibling added":     func(p *Proof, _ *common.Hash) { p.Siblings = append(p.Siblings, common.Hash{1}) },
		"claimed empty":     func(p *Proof, _ *common.Hash) { p.Leaf = false },
		"proof for another": func(_ *Proof, key *common.Hash) { *key = other.Key },
		"zero value leaf":   func(p *Proof, _ *common.Hash) { p.LeafValueHash = common.Hash{} },
	}
	for name, m := range mutate {
		t.Run(name, func(t *testing.T) {
			p := &Proof{Siblings: slices.Clone(good.Siblings), Leaf: good.Leaf, LeafKey: good.LeafKey, LeafValueHash: good.LeafValueHash}
			key := present.Key
			m(p, &key)
			v, err := p.Verify(root, key)
			if !errors.Is(err, ErrInvalidProof) {
				t.Fatalf("forged proof accepted: value %x, err %v", v, err)
			}
		})
	}
	// An exclusion proof for an absent key cannot be turned into inclusion.
	ex, _ := tr.Prove(absent)
	if ex.Leaf {
		ex.LeafKey = absent
		if _, err := ex.Verify(root, absent); !errors.Is(err, ErrInvalidProof) {
			t.Fatalf("exclusion turned into inclusion: %v", err)
		}
	}
	// A present key's proof cannot prove a different key absent.
	if _, err := good.Verify(root, absent); err == nil {
		// Only acceptable if absent really is on that path, which a random key is not.
		if samePrefix(good.LeafKey, absent, len(good.Siblings)) {
			t.Skip("random key happens to share the path")
		}
		t.Fatalf("proof of %x accepted as exclusion proof of %x", present.Key, absent)
	}
}

func TestProofEncodingRoundTrips(t *testing.T) {
	db := memDB(t)
	tr, _ := Open(db, Options{})
	r := rand.New(rand.NewPCG(5, 6))
	var changes []Change
	for i := 0; i < 100; i++ {
		changes = append(changes, Change{randHash(r), randHash(r)})
	}
	root := commit(t, tr, db, changes)
	for _, k := range []common.Hash{changes[0].Key, randHash(r)} {
		p, _ := tr.Prove(k)
		enc, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var q Proof
		if err := q.UnmarshalBinary(enc); err != nil {
			t.Fatalf("decode: %v", err)
		}
		v1, err1 := p.Verify(root, k)
		v2, err2 := q.Verify(root, k)
		if err1 != nil || err2 != nil || v1 != v2 {
			t.Fatalf("round trip changed the proof: %v %v %x %x", err1, err2, v1, v2)
		}
		enc2, _ := q.MarshalBinary()
		if !bytes.Equal(enc, enc2) {
			t.Fatalf("re-encoding differs")
		}
	}
}

func TestMalformedProofEncodingsAreRejected(t *testing.T) {
	cases := map[string][]byte{
		"empty":             {},
		"depth too large":   {0x01, 0x01, 0, 0},
		"truncated bitmap":  {0x00, 0x09, 0xff},
		"bitmap padding":    {0x00, 0x01, 0x01, 0x00},
		"missing sibling":   {0x00, 0x01, 0x80, 0x00},
		"bad terminal":      {0x00, 0x00, 0x02},
		"trailing bytes":    {0x00, 0x00, 0x00, 0x00},
		"short leaf":        append([]byte{0x00, 0x00, 0x01}, make([]byte, 10)...),
		"missing terminal":  {0x00, 0x01, 0x00},
		"zero sibling byte": append(append([]byte{0x00, 0x01, 0x80}, make([]byte, 32)...), 0),
	}
	for name, enc := range cases {
		var p Proof
		if err := p.UnmarshalBinary(enc); !errors.Is(err, ErrMalformedProof) {
			t.Errorf("%s: err = %v, want ErrMalformedProof", name, err)
		}
	}
}

func TestCorruptRecordIsReported(t *testing.T) {
	db := memDB(t)
	tr, _ := Open(db, Options{CacheDepth: 1})
	r := rand.New(rand.NewPCG(1, 2))
	var changes []Change
	for i := 0; i < 20; i++ {
		changes = append(changes, Change{randHash(r), randHash(r)})
	}
	commit(t, tr, db, changes)
	// Damage a stored node below the cache.
	it, _ := db.NewIter(nil)
	var victim []byte
	for it.First(); it.Valid(); it.Next() {
		if id, _ := tr.parseKey(it.Key()); id.depth >= 1 {
			victim = slices.Clone(it.Key())
			break
		}
	}
	it.Close()
	if err := db.Set(victim, []byte{9, 9}, pebble.NoSync); err != nil {
		t.Fatal(err)
	}
	var err error
	for _, c := range changes {
		if _, err = tr.Prove(c.Key); err != nil {
			break
		}
	}
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("reading a corrupt record: %v, want ErrCorrupt", err)
	}
}

// TestParallelCollapseToOneLeaf: one update that changes both halves of the
// tree (so they are updated in parallel) and leaves a single key must move
// that key's leaf up to the root, store it once, and leave no other node,
// whichever half the survivor is in; the reopened tree agrees.
func TestParallelCollapseToOneLeaf(t *testing.T) {
	for _, survivorHalf := range []byte{0x00, 0x80} {
		db := memDB(t)
		tr, err := Open(db, Options{CacheDepth: 4})
		if err != nil {
			t.Fatal(err)
		}
		r := rand.New(rand.NewPCG(uint64(survivorHalf), 1))
		var keys []common.Hash
		var changes []Change
		for range 3 * parallelMinChanges {
			k := randHash(r)
			keys = append(keys, k)
			changes = append(changes, Change{k, randHash(r)})
		}
		commit(t, tr, db, changes)
		var survivor Change
		var deletes []Change
		for i, k := range keys {
			if k[0]&0x80 == survivorHalf && survivor.Key == (common.Hash{}) {
				survivor = changes[i]
				continue
			}
			deletes = append(deletes, Change{k, common.Hash{}})
		}
		root := commit(t, tr, db, deletes)
		if want := LeafHash(survivor.Key, survivor.ValueHash); root != want {
			t.Fatalf("half %x: root %x, want the survivor's leaf %x", survivorHalf, root, want)
		}
		if n := tr.cache.len(); n != 1 {
			t.Fatalf("half %x: %d cached nodes, want 1", survivorHalf, n)
		}
		re, err := Open(db, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if re.Root() != root {
			t.Fatalf("half %x: reopened root %x, want %x", survivorHalf, re.Root(), root)
		}
	}
}
