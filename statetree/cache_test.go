package statetree

import (
	"errors"
	"math/rand/v2"
	"testing"

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
