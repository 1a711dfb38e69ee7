package statetree

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// FuzzProofDecodeVerify feeds arbitrary bytes to the proof decoder and the
// verifier: neither may panic, a decoded proof re-encodes to the same bytes,
// and a proof that verifies against the real root gives the real value.
func FuzzProofDecodeVerify(f *testing.F) {
	db := memDB(f)
	tr, _ := Open(db, Options{})
	var changes []Change
	for i := byte(1); i <= 40; i++ {
		changes = append(changes, Change{common.BytesToHash([]byte{i, i * 7, i * 13}), common.BytesToHash([]byte{i})})
	}
	root := commit(f, tr, db, changes)
	for _, c := range changes[:5] {
		p, _ := tr.Prove(c.Key)
		enc, _ := p.MarshalBinary()
		f.Add(enc, c.Key[:])
	}
	f.Add([]byte{0, 0, 0}, []byte{1})
	f.Fuzz(func(t *testing.T, data, keyBytes []byte) {
		var p Proof
		if err := p.UnmarshalBinary(data); err != nil {
			return
		}
		enc, err := p.MarshalBinary()
		if err != nil || !bytes.Equal(enc, data) {
			t.Fatalf("decoded proof re-encodes differently")
		}
		key := common.BytesToHash(keyBytes)
		v, err := p.Verify(root, key)
		if err != nil {
			return
		}
		want, _ := tr.Get(key)
		if v != want {
			t.Fatalf("proof verified to %x for key %x, tree holds %x", v, key, want)
		}
	})
}
