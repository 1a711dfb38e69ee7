package state

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
)

// TestUndoRestoresTheStateAndRoot commits a chain of random diffs, keeping
// each one's undo, then merges the undos newest first and commits them as
// one diff: the state and the root are those from before, whatever the
// diffs had in common.
func TestUndoRestoresTheStateAndRoot(t *testing.T) {
	_, db := openAt(t, "", vfs.NewMem())
	r := rand.New(rand.NewPCG(5, 6))
	base := randomDiff(r, 40)
	baseRoot := commit(t, db, base, false)
	want := NewMemState()
	want.Apply(base)

	var undos []*Diff
	for range 5 {
		d := randomDiff(r, 30)
		// Touch some of the base's keys too, and empty one account.
		for addr := range base.Accounts {
			d.Accounts[addr] = Account{Nonce: r.Uint64()}
			break
		}
		d.Accounts[addr(9999)] = Account{}
		u, err := db.Undo(d)
		if err != nil {
			t.Fatal(err)
		}
		undos = append(undos, u)
		commit(t, db, d, false)
	}
	if db.Root() == baseRoot {
		t.Fatal("the diffs changed nothing")
	}
	all := &Diff{Accounts: map[common.Address]Account{}, Tokens: map[TokenID]uint256.Int{}}
	for i := len(undos) - 1; i >= 0; i-- {
		all.Merge(undos[i])
	}
	if got := commit(t, db, all, false); got != baseRoot {
		t.Fatalf("root after undo %s, want %s", got, baseRoot)
	}
	checkMatches(t, db, want)
}

func TestDiffEncodingRoundTrips(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, d := range []*Diff{
		{Accounts: map[common.Address]Account{}, Tokens: map[TokenID]uint256.Int{}},
		randomDiff(r, 1),
		randomDiff(r, 50),
	} {
		enc := d.Encode()
		got, err := DecodeDiff(enc)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Encode(), enc) || len(got.Accounts) != len(d.Accounts) || len(got.Tokens) != len(d.Tokens) {
			t.Fatalf("round trip changed the diff")
		}
		for a, v := range d.Accounts {
			if g := got.Accounts[a]; g.Nonce != v.Nonce || !g.Balance.Eq(&v.Balance) {
				t.Fatalf("account %s: %+v, want %+v", a, g, v)
			}
		}
	}
}

func TestDecodeDiffRefusesGarbage(t *testing.T) {
	a := addr(1)
	dup := storedDiff{Accounts: []storedAccount{{Address: a, Balance: uint256.NewInt(1)}, {Address: a, Balance: uint256.NewInt(2)}}}
	dupEnc := mustRLP(t, &dup)
	for _, tc := range []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"not a list", []byte{0x80}},
		{"truncated", randomDiff(rand.New(rand.NewPCG(1, 1)), 3).Encode()[:10]},
		{"repeated account", dupEnc},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := DecodeDiff(tc.in); !errors.Is(err, ErrCorrupt) {
				t.Fatalf("DecodeDiff = %v, want ErrCorrupt", err)
			}
		})
	}
}

func FuzzDecodeDiff(f *testing.F) {
	f.Add(randomDiff(rand.New(rand.NewPCG(2, 2)), 4).Encode())
	f.Add([]byte{0xc2, 0xc0, 0xc0})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := DecodeDiff(b)
		if err != nil {
			return
		}
		// Whatever decodes re-encodes to something that decodes alike.
		again, err := DecodeDiff(d.Encode())
		if err != nil || !bytes.Equal(again.Encode(), d.Encode()) {
			t.Fatalf("re-encoding is not stable: %v", err)
		}
	})
}

func mustRLP(t *testing.T, v any) []byte {
	t.Helper()
	b, err := rlp.EncodeToBytes(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
