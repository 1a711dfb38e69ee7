package statetree

import (
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"sync/atomic"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
)

// TestReopenRebuildsCachedTop: the internal nodes above the cache depth are
// never stored, so a reopened tree must rebuild them from the stored leaves
// and the records at the cache depth. Property test over cache depths and
// random histories of inserts, updates and deletes (which move leaves above
// and below the cache depth).
func TestReopenRebuildsCachedTop(t *testing.T) {
	for _, depth := range []int{1, 2, 3, 5, 8, DefaultCacheDepth} {
		r := rand.New(rand.NewPCG(uint64(depth), 99))
		db := memDB(t)
		tr, err := Open(db, Options{CacheDepth: depth, Prefix: []byte("t")})
		if err != nil {
			t.Fatal(err)
		}
		want := map[common.Hash]common.Hash{}
		var keys []common.Hash
		for round := range 30 {
			var changes []Change
			for range 1 + r.IntN(60) {
				var k common.Hash
				if len(keys) > 0 && r.IntN(3) == 0 {
					k = keys[r.IntN(len(keys))]
				} else {
					k = randHash(r)
					keys = append(keys, k)
				}
				v := randHash(r)
				if r.IntN(3) == 0 {
					v = common.Hash{} // delete
				}
				changes = append(changes, Change{k, v})
				want[k] = v
			}
			commit(t, tr, db, changes)
			re, err := Open(db, Options{CacheDepth: depth, Prefix: []byte("t")})
			if err != nil {
				t.Fatalf("depth %d round %d: reopen: %v", depth, round, err)
			}
			if re.Root() != tr.Root() || re.Root() != referenceRoot(want) {
				t.Fatalf("depth %d round %d: reopened root %s, live %s, reference %s", depth, round, re.Root(), tr.Root(), referenceRoot(want))
			}
			for _, k := range keys[max(0, len(keys)-5):] {
				p, err := re.Prove(k)
				if err != nil {
					t.Fatal(err)
				}
				if got, err := p.Verify(re.Root(), k); err != nil || got != want[k] {
					t.Fatalf("depth %d: proof from the reopened tree: %s, %v; want %s", depth, got, err, want[k])
				}
			}
		}
	}
}

// TestCacheDepthIsFixedAtCreation: reopening with other options keeps the
// depth the tree was built with, since nodes above it were never stored.
func TestCacheDepthIsFixedAtCreation(t *testing.T) {
	db := memDB(t)
	tr, err := Open(db, Options{CacheDepth: 4})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 1))
	var changes []Change
	for range 300 {
		changes = append(changes, Change{randHash(r), randHash(r)})
	}
	root := commit(t, tr, db, changes)
	for _, other := range []int{1, 12, 30} {
		re, err := Open(db, Options{CacheDepth: other})
		if err != nil {
			t.Fatal(err)
		}
		if re.cacheDepth != 4 || re.Root() != root {
			t.Fatalf("opened with depth %d: depth %d root %s, want 4 %s", other, re.cacheDepth, re.Root(), root)
		}
	}
}

// TestCacheDepthMovesBothWays: a stored tree opened with MoveCacheDepth at
// a smaller or larger depth keeps its root and its proofs, goes on taking
// updates, reopens at the new depth (loadCache refuses an internal node
// stored above the cache depth, so a wrong move would not open), and keeps
// in memory only what the new depth holds: its memory follows the option.
func TestCacheDepthMovesBothWays(t *testing.T) {
	db := memDB(t)
	tr, err := Open(db, Options{CacheDepth: 10})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 3))
	want := map[common.Hash]common.Hash{}
	var keys []common.Hash
	update := func(tr *Tree) {
		var changes []Change
		for range 2000 {
			k := randHash(r)
			if len(keys) > 0 && r.IntN(4) == 0 {
				k = keys[r.IntN(len(keys))]
			} else {
				keys = append(keys, k)
			}
			v := randHash(r)
			if r.IntN(5) == 0 {
				v = common.Hash{}
			}
			changes = append(changes, Change{k, v})
			want[k] = v
		}
		commit(t, tr, db, changes)
	}
	update(tr)
	for _, depth := range []int{4, 4, 13, 1, 24, 10} {
		before := tr.cache.len()
		re, err := Open(db, Options{CacheDepth: depth, MoveCacheDepth: true})
		if err != nil {
			t.Fatalf("move to depth %d: %v", depth, err)
		}
		if re.cacheDepth != uint16(depth) || re.Root() != referenceRoot(want) {
			t.Fatalf("moved to depth %d: depth %d, root %s, want %s", depth, re.cacheDepth, re.Root(), referenceRoot(want))
		}
		if depth < int(tr.cacheDepth) && re.cache.len() >= before {
			t.Fatalf("moved from depth %d to %d: %d cached nodes, before %d", tr.cacheDepth, depth, re.cache.len(), before)
		}
		for _, k := range keys[len(keys)-20:] {
			p, err := re.Prove(k)
			if err != nil {
				t.Fatal(err)
			}
			if v, err := p.Verify(re.Root(), k); err != nil || v != want[k] {
				t.Fatalf("depth %d: proof %s, %v; want %s", depth, v, err, want[k])
			}
		}
		update(re)
		plain, err := Open(db, Options{})
		if err != nil {
			t.Fatalf("reopen at depth %d: %v", depth, err)
		}
		if plain.cacheDepth != uint16(depth) || plain.Root() != referenceRoot(want) {
			t.Fatalf("reopened after the move to %d: depth %d, root %s", depth, plain.cacheDepth, plain.Root())
		}
		tr = plain
	}
}

func TestInternalNodeAboveCacheDepthIsCorrupt(t *testing.T) {
	db := memDB(t)
	tr, err := Open(db, Options{CacheDepth: 4})
	if err != nil {
		t.Fatal(err)
	}
	bad := &record{kind: kindInternal, a: common.Hash{1}, b: common.Hash{2}}
	if err := db.Set(tr.key(nodeID{depth: 2}), bad.encode(), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(db, Options{}); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("open: %v, want ErrCorrupt", err)
	}
}

// TestNodeCacheMatchesMap: the paged and mapped levels of nodeCache behave
// as one map from nodeID to record, at every depth it holds.
func TestNodeCacheMatchesMap(t *testing.T) {
	for _, depth := range []uint16{1, 7, arrayLevels, arrayLevels + 1, DefaultCacheDepth, 64} {
		r := rand.New(rand.NewPCG(uint64(depth), 7))
		c := newNodeCache(depth)
		want := map[nodeID]cached{}
		for range 20_000 {
			d := uint16(r.IntN(int(depth)))
			// Shallow levels have few positions: draw paths that collide.
			id := nodeID{depth: d, path: randHash(r)}
			for i := int(d); i < 256; i++ {
				id.path[i/8] &^= 0x80 >> (i % 8)
			}
			switch r.IntN(3) {
			case 0:
				c.del(id)
				delete(want, id)
			default:
				v := cached{kind: byte(r.IntN(2)), a: randHash(r)}
				c.set(id, v)
				want[id] = v
			}
			got, ok := c.get(id)
			if w, wok := want[id]; ok != wok || got != w {
				t.Fatalf("depth %d: get(%d, %x) = %v %v, want %v %v", depth, id.depth, id.path[:8], got, ok, w, wok)
			}
		}
		if c.len() != len(want) {
			t.Fatalf("depth %d: len %d, want %d", depth, c.len(), len(want))
		}
		for id, w := range want {
			if got, ok := c.get(id); !ok || got != w {
				t.Fatalf("depth %d: lost (%d, %x)", depth, id.depth, id.path[:8])
			}
		}
	}
}

// TestPowerCutWhileCacheDepthMovesReopensConsistent cuts the power at a
// random sync of a run of synced updates and cache depth moves (a move
// stores or deletes the nodes between the two depths and records the new
// depth): every write after the cut is lost. The tree reopens with the
// depth and root of the last operation that completed before the cut, or
// of the one in progress if its writes were synced, never a mix (which
// Open refuses as corrupt, or which has another root), and its proofs
// verify.
func TestPowerCutWhileCacheDepthMovesReopensConsistent(t *testing.T) {
	type state struct {
		depth int
		root  common.Hash
		kv    map[common.Hash]common.Hash
		syncs int64 // syncs done when the operation completed
	}
	run := func(seed uint64, fs *cutFS) []state {
		r := rand.New(rand.NewPCG(seed, 17))
		db, err := pebble.Open("", &pebble.Options{FS: fs})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		depth := 1 + r.IntN(12)
		tr, err := Open(db, Options{CacheDepth: depth})
		if err != nil {
			t.Fatal(err)
		}
		want := map[common.Hash]common.Hash{}
		var keys []common.Hash
		// Before the tree's creation is synced, a reopened tree is a new one.
		states := []state{{DefaultCacheDepth, common.Hash{}, nil, 0}, {depth, tr.Root(), maps.Clone(want), fs.syncs.Load()}}
		for op := range 12 {
			if op%2 == 0 {
				var changes []Change
				for range 200 + r.IntN(400) {
					k := randHash(r)
					if len(keys) > 0 && r.IntN(3) == 0 {
						k = keys[r.IntN(len(keys))]
					} else {
						keys = append(keys, k)
					}
					v := randHash(r)
					if r.IntN(5) == 0 {
						v = common.Hash{}
					}
					changes = append(changes, Change{k, v})
					want[k] = v
				}
				u, err := tr.Prepare(changes)
				if err != nil {
					t.Fatal(err)
				}
				if err := tr.Commit(db.NewBatch(), u, pebble.Sync); err != nil {
					t.Fatal(err)
				}
			} else {
				depth = 1 + r.IntN(16)
				if tr, err = Open(db, Options{CacheDepth: depth, MoveCacheDepth: true}); err != nil {
					t.Fatalf("move to depth %d: %v", depth, err)
				}
				if tr.Root() != referenceRoot(want) {
					t.Fatalf("moved to depth %d: root %s, want %s", depth, tr.Root(), referenceRoot(want))
				}
			}
			states = append(states, state{depth, tr.Root(), maps.Clone(want), fs.syncs.Load()})
		}
		return states
	}
	for seed := range uint64(12) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			// A dry run counts the syncs, to cut at one of them.
			dry := run(seed, &cutFS{MemFS: vfs.NewStrictMem()})
			fs := &cutFS{MemFS: vfs.NewStrictMem()}
			fs.cutAt = 1 + rand.New(rand.NewPCG(seed, 18)).Int64N(dry[len(dry)-1].syncs)
			states := run(seed, fs)
			fs.ResetToSyncedState()
			fs.SetIgnoreSyncs(false)
			// The operation the cut fell in (background syncs shift the count
			// a little from the dry run's): its state before or after.
			k := len(states) - 1
			for i, s := range states {
				if s.syncs >= fs.cutAt {
					k = i
					break
				}
			}
			allowed := []state{states[k]}
			if k > 0 {
				allowed = append(allowed, states[k-1])
			}
			db, err := pebble.Open("", &pebble.Options{FS: fs.MemFS})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			re, err := Open(db, Options{})
			if err != nil {
				t.Fatalf("reopen after the cut at sync %d: %v", fs.cutAt, err)
			}
			var got *state
			for i := range allowed {
				if int(re.cacheDepth) == allowed[i].depth && re.Root() == allowed[i].root {
					got = &allowed[i]
				}
			}
			if got == nil {
				t.Fatalf("reopened after the cut at sync %d at depth %d with root %s; want one of %v", fs.cutAt, re.cacheDepth, re.Root(), allowed)
			}
			n := 0
			for k, v := range got.kv {
				if n++; n > 50 {
					break
				}
				p, err := re.Prove(k)
				if err != nil {
					t.Fatal(err)
				}
				if got, err := p.Verify(re.Root(), k); err != nil || got != v {
					t.Fatalf("proof after the cut: %s, %v; want %s", got, err, v)
				}
			}
		})
	}
}

// cutFS is a strict in-memory file system that counts syncs and, from its
// cutAt-th on, ignores them: ResetToSyncedState then loses every write
// after the cut, as a power cut at that moment would.
type cutFS struct {
	*vfs.MemFS
	cutAt int64 // 0: never
	syncs atomic.Int64
}

func (fs *cutFS) sync() {
	if n := fs.syncs.Add(1); fs.cutAt > 0 && n == fs.cutAt {
		fs.SetIgnoreSyncs(true)
	}
}

func (fs *cutFS) wrap(f vfs.File, err error) (vfs.File, error) {
	if err != nil {
		return nil, err
	}
	return &cutFile{File: f, fs: fs}, nil
}

func (fs *cutFS) Create(name string) (vfs.File, error)  { return fs.wrap(fs.MemFS.Create(name)) }
func (fs *cutFS) OpenDir(name string) (vfs.File, error) { return fs.wrap(fs.MemFS.OpenDir(name)) }
func (fs *cutFS) ReuseForWrite(old, new string) (vfs.File, error) {
	return fs.wrap(fs.MemFS.ReuseForWrite(old, new))
}
func (fs *cutFS) OpenReadWrite(name string, opts ...vfs.OpenOption) (vfs.File, error) {
	return fs.wrap(fs.MemFS.OpenReadWrite(name, opts...))
}

type cutFile struct {
	vfs.File
	fs *cutFS
}

func (f *cutFile) Sync() error     { f.fs.sync(); return f.File.Sync() }
func (f *cutFile) SyncData() error { f.fs.sync(); return f.File.SyncData() }
func (f *cutFile) SyncTo(n int64) (bool, error) {
	f.fs.sync()
	return f.File.SyncTo(n)
}
