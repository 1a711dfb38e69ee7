package statetree

import (
	"encoding/binary"
	"fmt"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const benchKeys = 1_000_000

var (
	benchOnce sync.Once
	benchTree *Tree
	benchDB   *pebble.DB
)

func benchKey(i uint64) common.Hash {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], i)
	return crypto.Keccak256Hash(b[:])
}

// loadBenchTree builds a tree of a million keys (like the account keys of a
// million accounts: keccak hashes) once per process.
func loadBenchTree(b *testing.B) *Tree {
	benchOnce.Do(func() {
		db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem(), Cache: pebble.NewCache(1 << 30)})
		if err != nil {
			b.Fatal(err)
		}
		tr, err := Open(db, Options{})
		if err != nil {
			b.Fatal(err)
		}
		const chunk = 100_000
		for start := uint64(0); start < benchKeys; start += chunk {
			changes := make([]Change, 0, chunk)
			for i := start; i < start+chunk; i++ {
				changes = append(changes, Change{benchKey(i), benchKey(i + benchKeys)})
			}
			commit(b, tr, db, changes)
		}
		benchTree, benchDB = tr, db
	})
	return benchTree
}

// BenchmarkProve1M: generating an inclusion proof in a million-key tree, and
// its size as the L1 verifier receives it.
func BenchmarkProve1M(b *testing.B) {
	tr := loadBenchTree(b)
	var bytes, siblings int
	i := uint64(0)
	for b.Loop() {
		p, err := tr.Prove(benchKey(i % benchKeys))
		if err != nil {
			b.Fatal(err)
		}
		enc, err := p.MarshalBinary()
		if err != nil {
			b.Fatal(err)
		}
		bytes += len(enc)
		siblings += len(p.Siblings)
		i += 7919
	}
	b.ReportMetric(float64(bytes)/float64(b.N), "bytes/proof")
	b.ReportMetric(float64(siblings)/float64(b.N), "siblings/proof")
}

// BenchmarkProveAbsent1M: exclusion proofs, which end at a leaf of another
// key or at an empty subtree.
func BenchmarkProveAbsent1M(b *testing.B) {
	tr := loadBenchTree(b)
	var bytes int
	i := uint64(0)
	for b.Loop() {
		p, err := tr.Prove(benchKey(benchKeys*3 + i))
		if err != nil {
			b.Fatal(err)
		}
		enc, _ := p.MarshalBinary()
		bytes += len(enc)
		i++
	}
	b.ReportMetric(float64(bytes)/float64(b.N), "bytes/proof")
}

// BenchmarkVerify1M: checking a proof (what a light client does per balance).
func BenchmarkVerify1M(b *testing.B) {
	tr := loadBenchTree(b)
	root := tr.Root()
	proofs := make([]*Proof, 256)
	keys := make([]common.Hash, len(proofs))
	for j := range proofs {
		keys[j] = benchKey(uint64(j) * 3907)
		p, err := tr.Prove(keys[j])
		if err != nil {
			b.Fatal(err)
		}
		proofs[j] = p
	}
	j := 0
	for b.Loop() {
		if _, err := proofs[j%len(proofs)].Verify(root, keys[j%len(proofs)]); err != nil {
			b.Fatal(err)
		}
		j++
	}
}

// BenchmarkUpdate1M: one block's worth of changes (130 keys: 64 transfers'
// senders and recipients and the fee recipient) on a million-key tree,
// prepare and commit.
func BenchmarkUpdate1M(b *testing.B) {
	tr := loadBenchTree(b)
	n := uint64(0)
	cpu0 := processCPU()
	for b.Loop() {
		changes := make([]Change, 130)
		for j := range changes {
			n++
			changes[j] = Change{benchKey((n * 7757) % benchKeys), benchKey(n + 5*benchKeys)}
		}
		commit(b, tr, benchDB, changes)
	}
	// CPU time, not wall time: the figure that holds on a shared machine.
	b.ReportMetric(float64((processCPU()-cpu0).Microseconds())/float64(b.N), "cpu-µs/op")
}

// processCPU is the CPU time the process has used (user and system).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkOpenMemory builds trees of 250,000, 1,000,000 and 4,000,000
// random keys at cache depths 20 and 24 and opens them again, as a node
// does at start:
// what the in-memory top of the tree keeps per key once open (live heap
// after a collection) and what Open allocates on the way (its peak).
//
//	go test -run '^$' -bench OpenMemory -benchtime 1x ./statetree
func BenchmarkOpenMemory(b *testing.B) {
	for _, keys := range []uint64{250_000, 1_000_000, 4_000_000} {
		for _, depth := range []int{20, 24} {
			b.Run(fmt.Sprintf("keys=%d/depth=%d", keys, depth), func(b *testing.B) {
				db, err := pebble.Open(b.TempDir(), &pebble.Options{Cache: pebble.NewCache(64 << 20)})
				if err != nil {
					b.Fatal(err)
				}
				defer db.Close()
				tr, err := Open(db, Options{CacheDepth: depth})
				if err != nil {
					b.Fatal(err)
				}
				const chunk = 100_000
				for start := uint64(0); start < keys; start += chunk {
					changes := make([]Change, 0, chunk)
					for i := start; i < min(keys, start+chunk); i++ {
						changes = append(changes, Change{benchKey(i), benchKey(i + keys)})
					}
					commit(b, tr, db, changes)
				}
				// Settled, as a node's database at start: background
				// compactions would free memory while Open is measured.
				if err := db.Compact([]byte{0}, []byte{0xff}, true); err != nil {
					b.Fatal(err)
				}
				tr = nil
				var alloc, live uint64
				for b.Loop() {
					alloc, live, _ = openMemory(b, db, Options{CacheDepth: depth})
				}
				b.ReportMetric(float64(live)/float64(keys), "live-B/key")
				b.ReportMetric(float64(live)/(1<<20), "live-MB")
				b.ReportMetric(float64(alloc)/(1<<20), "open-alloc-MB")
			})
		}
	}
}

// BenchmarkCacheDepth1M is the trade-off of the cache depth on a tree of a
// million keys on disk (as a node's): a tree built at the default depth is
// moved (MoveCacheDepth) to 22, 20 and 16, and at each depth it reports
// what the move cost (CPU and allocation, once), the memory the tree keeps
// when opened at that depth (live heap after a collection), and the CPU
// time of one block's update (130 keys, prepare and commit) with a proof.
//
//	go test -run '^$' -bench CacheDepth1M -benchtime 2000x ./statetree
func BenchmarkCacheDepth1M(b *testing.B) {
	db, err := pebble.Open(b.TempDir(), &pebble.Options{Cache: pebble.NewCache(256 << 20)})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	tr, err := Open(db, Options{})
	if err != nil {
		b.Fatal(err)
	}
	const chunk = 100_000
	for start := uint64(0); start < benchKeys; start += chunk {
		changes := make([]Change, 0, chunk)
		for i := start; i < start+chunk; i++ {
			changes = append(changes, Change{benchKey(i), benchKey(i + benchKeys)})
		}
		commit(b, tr, db, changes)
	}
	if err := db.Compact([]byte{0}, []byte{0xff}, true); err != nil {
		b.Fatal(err)
	}
	tr = nil
	n := uint64(0)
	for _, depth := range []int{24, 22, 20, 16} {
		b.Run(fmt.Sprintf("depth=%d", depth), func(b *testing.B) {
			start := processCPU()
			moveAlloc, _, _ := openMemory(b, db, Options{CacheDepth: depth, MoveCacheDepth: true})
			moveCPU := processCPU() - start
			// The move's batch stays in memory until its memtable is
			// flushed: measure the tree as a restarted node opens it.
			if err := db.Flush(); err != nil {
				b.Fatal(err)
			}
			_, live, tr := openMemory(b, db, Options{})
			cpu0 := processCPU()
			for b.Loop() {
				changes := make([]Change, 130)
				for j := range changes {
					n++
					changes[j] = Change{benchKey((n * 7757) % benchKeys), benchKey(n + 5*benchKeys)}
				}
				commit(b, tr, db, changes)
				if _, err := tr.Prove(benchKey(n % benchKeys)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((processCPU()-cpu0).Microseconds())/float64(b.N), "cpu-µs/block")
			// After the loop: it resets the metrics reported before it.
			b.ReportMetric(float64(moveCPU.Milliseconds()), "move-cpu-ms")
			b.ReportMetric(float64(moveAlloc)/(1<<20), "move-alloc-MB")
			b.ReportMetric(float64(live)/(1<<20), "live-MB")
		})
	}
}
