package fraud

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// A staged proof (spec section 16.2) carries the same witness over several
// L1 transactions, so that no transaction grows with the block: the first
// (Rollup.startChallenge) gives the values alone and the verifier executes
// the block on them and keeps a digest of the entries; each later one
// (Rollup.continueChallenge) proves the next entries, in key order, against
// the running root, and hands on the digest of the entries after them.
// A witness's size is not bounded by the block's limits alone (a key's
// proof is as deep as the tree around it, which an attacker can deepen by
// grinding addresses near the block's keys), while one entry's proof is at
// most 256 siblings: chunks of a bounded size always exist.

// Values encodes the witness's entries without their proofs: the values
// of a staged proof's first transaction (spec section 16.2): uint16 count,
// then per entry key ‖ type ‖ (accounts) nonce ‖ balance.
func (w *Witness) Values() ([]byte, error) {
	return w.encode(false)
}

// post is the value hash that entry i's link of the digest binds: its value
// after the block when the block writes, else its value before.
func (w *Witness) post(i int) common.Hash {
	if w.Writes {
		return w.Entries[i].Post
	}
	return w.Entries[i].ValueHash()
}

// Digests returns the digests of the witness's tails: d[i] covers entries
// i and after, d[i] = keccak256(key ‖ pre ‖ post ‖ d[i+1]) with d[count] =
// 0 (spec section 16.2). d[0] is what the verifier's first step computes.
func (w *Witness) Digests() []common.Hash {
	d := make([]common.Hash, len(w.Entries)+1)
	buf := make([]byte, 128)
	for i := len(w.Entries) - 1; i >= 0; i-- {
		pre, post := w.Entries[i].ValueHash(), w.post(i)
		copy(buf, w.Entries[i].Key[:])
		copy(buf[32:], pre[:])
		copy(buf[64:], post[:])
		copy(buf[96:], d[i+1][:])
		d[i] = crypto.Keccak256Hash(buf)
	}
	return d
}

// Chunks encodes the entries from index `from` on as a staged proof's
// chunks (spec section 16.2), each at most maxBytes long unless a single
// entry is longer: uint16 n, then n entries key ‖ pre value hash ‖ post
// value hash ‖ uint16 proof length ‖ proof ‖ sibling, then the digest of
// the entries after them.
func (w *Witness) Chunks(from, maxBytes int) ([][]byte, error) {
	if from < 0 || from > len(w.Entries) {
		return nil, fmt.Errorf("fraud: chunks from entry %d of %d", from, len(w.Entries))
	}
	digests := w.Digests()
	var chunks [][]byte
	var cur []byte
	n := 0
	flush := func(next int) {
		binary.BigEndian.PutUint16(cur, uint16(n))
		cur = append(cur, digests[next][:]...)
		chunks = append(chunks, cur)
		cur, n = nil, 0
	}
	for i := from; i < len(w.Entries); i++ {
		e, err := w.chunkEntry(i)
		if err != nil {
			return nil, err
		}
		if n > 0 && (len(cur)+len(e)+32 > maxBytes || n == MaxEntries) {
			flush(i)
		}
		if n == 0 {
			cur = make([]byte, 2, max(2+len(e)+32, min(maxBytes, 1<<20)))
		}
		cur = append(cur, e...)
		n++
	}
	if n > 0 {
		flush(len(w.Entries))
	}
	return chunks, nil
}

// chunkEntry encodes entry i as a chunk carries it.
func (w *Witness) chunkEntry(i int) ([]byte, error) {
	e := &w.Entries[i]
	pre, post := e.ValueHash(), w.post(i)
	out := make([]byte, 0, 96+1024) // a proof of about 24 siblings and a sibling preimage fit
	out = append(out, e.Key[:]...)
	out = append(out, pre[:]...)
	out = append(out, post[:]...)
	return e.appendProof(out, i)
}
