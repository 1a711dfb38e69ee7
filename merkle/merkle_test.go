package merkle

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func leaves(n int) []common.Hash {
	out := make([]common.Hash, n)
	for i := range out {
		out[i] = crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8), 0xee})
	}
	return out
}

func TestEveryLeafProvesAndNoOtherDoes(t *testing.T) {
	for n := 1; n <= 33; n++ {
		ls := leaves(n)
		root := Root(ls)
		for i := range ls {
			p := Proof(ls, i)
			if !Verify(root, ls[i], p) {
				t.Fatalf("n=%d: leaf %d does not verify", n, i)
			}
			if Verify(root, crypto.Keccak256Hash(ls[i][:]), p) {
				t.Fatalf("n=%d: a foreign leaf verifies with leaf %d's proof", n, i)
			}
		}
	}
}

func TestSmallTrees(t *testing.T) {
	if Root(nil) != (common.Hash{}) {
		t.Fatal("empty root is not zero")
	}
	ls := leaves(3)
	if Root(ls[:1]) != ls[0] {
		t.Fatal("one-leaf root is not the leaf")
	}
	want := hashPair(hashPair(ls[0], ls[1]), ls[2])
	if Root(ls) != want {
		t.Fatal("three-leaf root has the wrong shape")
	}
	if Proof(ls, 3) != nil || Proof(ls, -1) != nil {
		t.Fatal("proof for an index out of range")
	}
}
