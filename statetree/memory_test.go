package statetree

import (
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
)

// TestHashingDoesNotAllocate: an update hashes about 20 nodes per changed
// key, so a hash that allocates its 32-byte result (a local read through
// the Keccak interface escapes) turns every block into thousands of small
// allocations for the collector.
func TestHashingDoesNotAllocate(t *testing.T) {
	h := getHasher()
	defer putHasher(h)
	a, b := common.Hash{1}, common.Hash{2}
	if n := testing.AllocsPerRun(1000, func() { a = h.node(a, b); b = h.leaf(b, a) }); n != 0 {
		t.Fatalf("%.1f allocations per two hashes, want 0", n)
	}
}

// openMemory opens the tree stored in db and returns what Open allocated
// on the way and what the opened tree keeps (live heap after a collection).
func openMemory(t testing.TB, db *pebble.DB, opts Options) (alloc, live uint64, tr *Tree) {
	t.Helper()
	var before, after runtime.MemStats
	// Twice: sync.Pools (Pebble's batch buffers) are emptied over two
	// collections, and whatever they held would count against Open.
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	tr, err := Open(db, opts)
	if err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	alloc = after.TotalAlloc - before.TotalAlloc
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	live = after.HeapAlloc - before.HeapAlloc
	runtime.KeepAlive(tr)
	return alloc, live, tr
}

// openedTree is a tree of 100,000 random keys at the default cache depth,
// stored and flushed, and what Open allocated and kept when it opened it
// again; cached is the number of records its cache holds.
func openedTree(t *testing.T) (alloc, live uint64, cached int) {
	db := memDB(t)
	tr, err := Open(db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(5, 100_000))
	changes := make([]Change, 100_000)
	for i := range changes {
		changes[i] = Change{randHash(r), randHash(r)}
	}
	commit(t, tr, db, changes)
	if err := db.Flush(); err != nil {
		t.Fatal(err)
	}
	alloc, live, re := openMemory(t, db, Options{})
	if re.Root() != tr.Root() {
		t.Fatalf("reopened root %s, want %s", re.Root(), tr.Root())
	}
	t.Logf("%d cached records: Open allocated %d MB and keeps %d MB", re.cache.len(), alloc>>20, live>>20)
	return alloc, live, re.cache.len()
}

// TestOpenAllocatesLittleBesideTheCache: Open rebuilds the cached top of
// the tree from the stored leaves; the rebuild's scratch (what Open
// allocates beyond what the opened tree keeps) is a small fraction of the
// cache. Maps of node ids allocated about 430 bytes of scratch per cached
// record, which a node paid again at every start (its peak memory) and
// the runtime was slow to give back.
func TestOpenAllocatesLittleBesideTheCache(t *testing.T) {
	alloc, live, cached := openedTree(t)
	if scratch := (alloc - min(alloc, live)) / uint64(cached); scratch > 200 {
		t.Fatalf("Open allocated %d bytes of scratch per cached record, want at most 200", scratch)
	}
}

// TestCachedTopCostsLittlePerRecord: the cache's levels are paged arrays,
// a page allocated whole when its first entry is written. A tree of
// 100,000 keys leaves the deeper paged levels sparse, where pages of 64
// entries cost about 440 bytes per record held; pages of 8, about 170.
func TestCachedTopCostsLittlePerRecord(t *testing.T) {
	_, live, cached := openedTree(t)
	if per := live / uint64(cached); per > 300 {
		t.Fatalf("the opened tree keeps %d bytes per cached record, want at most 300", per)
	}
}
