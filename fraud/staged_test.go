package fraud

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

func stagedWitness(n int) *Witness {
	w := &Witness{Writes: true}
	for i := range n {
		e := Entry{Key: common.Hash{byte(i + 1)}, Account: i%2 == 0, Nonce: uint64(i), Balance: *uint256.NewInt(uint64(100 + i)), Proof: proofOf(i * 3)}
		e.Post = common.Hash{0xee, byte(i)}
		if i == 2 {
			e.Sibling = Sibling{Kind: SiblingInternal, A: common.Hash{1}, B: common.Hash{2}}
		}
		w.Entries = append(w.Entries, e)
	}
	return w
}

// TestChunksCoverTheEntriesInOrder: at every size, the chunks hold every
// entry from the start index once, in order, each chunk within the size
// unless one entry alone is larger, each ending with the digest of the
// entries after it; the digests chain as spec section 16.2 says.
func TestChunksCoverTheEntriesInOrder(t *testing.T) {
	w := stagedWitness(7)
	d := w.Digests()
	if d[len(w.Entries)] != (common.Hash{}) {
		t.Fatal("the empty tail's digest is not zero")
	}
	for i := range w.Entries {
		pre, post := w.Entries[i].ValueHash(), w.Entries[i].Post
		want := crypto.Keccak256Hash(w.Entries[i].Key[:], pre[:], post[:], d[i+1][:])
		if d[i] != want {
			t.Fatalf("digest %d does not chain", i)
		}
	}
	for _, from := range []int{0, 3, 7} {
		for _, size := range []int{1, 200, 400, 1 << 20} {
			chunks, err := w.Chunks(from, size)
			if err != nil {
				t.Fatal(err)
			}
			next := from
			for _, c := range chunks {
				n := int(binary.BigEndian.Uint16(c))
				if n == 0 {
					t.Fatalf("from %d size %d: an empty chunk", from, size)
				}
				if n > 1 && len(c) > size {
					t.Fatalf("from %d size %d: a chunk of %d entries and %d bytes", from, size, n, len(c))
				}
				p := 2
				for range n {
					e, err := w.chunkEntry(next)
					if err != nil {
						t.Fatal(err)
					}
					if !bytes.Equal(c[p:p+len(e)], e) {
						t.Fatalf("from %d size %d: entry %d out of place", from, size, next)
					}
					p += len(e)
					next++
				}
				if p+32 != len(c) || common.BytesToHash(c[p:]) != d[next] {
					t.Fatalf("from %d size %d: chunk does not end with the digest of entry %d on", from, size, next)
				}
			}
			if next != len(w.Entries) {
				t.Fatalf("from %d size %d: chunks end at entry %d of %d", from, size, next, len(w.Entries))
			}
		}
	}
	if _, err := w.Chunks(8, 100); err == nil {
		t.Fatal("chunks from past the end")
	}
}

// TestStagedDigestBindsPreValuesWhenNothingIsWritten: for a block that
// stops at an invalid transaction the digest's post value is the pre value,
// whatever Post holds.
func TestStagedDigestBindsPreValuesWhenNothingIsWritten(t *testing.T) {
	w := stagedWitness(3)
	w.Writes = false
	d := w.Digests()
	pre := w.Entries[2].ValueHash()
	if want := crypto.Keccak256Hash(w.Entries[2].Key[:], pre[:], pre[:], make([]byte, 32)); d[2] != want {
		t.Fatal("a block that writes nothing binds another post value")
	}
}

// TestValuesAreTheWitnessWithoutProofs: the values encoding is the
// witness's, entry by entry, less the proof and the sibling.
func TestValuesAreTheWitnessWithoutProofs(t *testing.T) {
	w := stagedWitness(4)
	v, err := w.Values()
	if err != nil {
		t.Fatal(err)
	}
	if got := binary.BigEndian.Uint16(v); int(got) != len(w.Entries) {
		t.Fatalf("count %d", got)
	}
	p := 2
	for i, e := range w.Entries {
		if !bytes.Equal(v[p:p+32], e.Key[:]) {
			t.Fatalf("entry %d key", i)
		}
		p += 33
		if e.Account {
			if v[p-1] != entryAccount || binary.BigEndian.Uint64(v[p:]) != e.Nonce {
				t.Fatalf("entry %d nonce", i)
			}
			p += 8
		} else if v[p-1] != entryToken {
			t.Fatalf("entry %d type", i)
		}
		if new(uint256.Int).SetBytes32(v[p:p+32]).Cmp(&e.Balance) != 0 {
			t.Fatalf("entry %d balance", i)
		}
		p += 32
	}
	if p != len(v) {
		t.Fatalf("%d trailing bytes", len(v)-p)
	}
	w.Entries[1].Key = w.Entries[0].Key
	if _, err := w.Values(); err == nil {
		t.Fatal("values with a repeated key")
	}
}
