package statetree

import (
	"testing"

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
