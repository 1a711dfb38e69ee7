package txmgr

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func testKey(label string) *ecdsa.PrivateKey {
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte("viaduct/txmgr/" + label)))
	return k
}

func rawTx(t testing.TB, key *ecdsa.PrivateKey, chainID int64, nonce uint64) []byte {
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(chainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(chainID), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &common.Address{1},
	})
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func memPebble(t testing.TB) *pebble.DB {
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// TestJournals: both journals keep the latest version per nonce, delete,
// and load in nonce order; a Pebble journal sees only its own prefix, also
// next to a prefix that is its successor or all 0xff.
func TestJournals(t *testing.T) {
	db := memPebble(t)
	mk := func(p string) Journal {
		j, err := NewPebbleJournal(db, []byte(p))
		if err != nil {
			t.Fatal(err)
		}
		return j
	}
	for name, j := range map[string]Journal{"mem": NewMemJournal(), "pebble": mk("tx/a"), "pebble 0xff": mk("\xff\xff")} {
		t.Run(name, func(t *testing.T) {
			for _, n := range []uint64{300, 2, 1 << 40} {
				if err := j.Put(n, []byte{byte(n), 1}); err != nil {
					t.Fatal(err)
				}
			}
			_ = j.Put(2, []byte{2, 2}) // a bump overwrites
			_ = j.Delete(300)
			_ = j.Delete(7) // absent: fine
			es, err := j.Load()
			if err != nil {
				t.Fatal(err)
			}
			if len(es) != 2 || es[0].Nonce != 2 || !bytes.Equal(es[0].Raw, []byte{2, 2}) || es[1].Nonce != 1<<40 {
				t.Fatalf("Load = %v", es)
			}
		})
	}
	// The neighbours' keys: "tx/b" is "tx/a"'s successor prefix.
	other := mk("tx/b")
	_ = other.Put(5, []byte{5})
	if es, _ := mk("tx/a").Load(); len(es) != 2 {
		t.Fatalf("tx/a sees %d entries, want its own 2", len(es))
	}
	if es, _ := other.Load(); len(es) != 1 || es[0].Nonce != 5 {
		t.Fatalf("tx/b sees %v", es)
	}
	// A key under the prefix that is not prefix‖nonce is corruption.
	_ = db.Set([]byte("tx/a-odd"), []byte{1}, pebble.Sync)
	if _, err := mk("tx/a").Load(); !errors.Is(err, ErrCorruptJournal) {
		t.Fatalf("Load with a stray key = %v", err)
	}
	if _, err := NewPebbleJournal(db, nil); err == nil {
		t.Fatal("empty prefix accepted")
	}
}

func TestPrefixEnd(t *testing.T) {
	for _, tc := range []struct{ in, want []byte }{
		{[]byte("a"), []byte("b")},
		{[]byte{1, 0xff}, []byte{2}},
		{[]byte{0xff, 0xff}, nil},
	} {
		if got := prefixEnd(tc.in); !bytes.Equal(got, tc.want) {
			t.Errorf("prefixEnd(%x) = %x, want %x", tc.in, got, tc.want)
		}
	}
}

func TestDecodeEntry(t *testing.T) {
	key := testKey("sender")
	from := crypto.PubkeyToAddress(key.PublicKey)
	signer := types.LatestSignerForChainID(big.NewInt(1337))
	if tx, err := decodeEntry(JournalEntry{Nonce: 4, Raw: rawTx(t, key, 1337, 4)}, signer, big.NewInt(1337), from); err != nil || tx.Nonce() != 4 {
		t.Fatalf("a good entry: %v", err)
	}
	for name, e := range map[string]JournalEntry{
		"another key":   {Nonce: 4, Raw: rawTx(t, testKey("other"), 1337, 4)},
		"another chain": {Nonce: 4, Raw: rawTx(t, key, 1, 4)},
		"another nonce": {Nonce: 5, Raw: rawTx(t, key, 1337, 4)},
		"not a tx":      {Nonce: 4, Raw: []byte{0x02, 0xc0}},
		"empty":         {Nonce: 4},
		"legacy tx":     {Nonce: 0, Raw: legacyRaw(t, key)},
	} {
		if _, err := decodeEntry(e, signer, big.NewInt(1337), from); !errors.Is(err, ErrCorruptJournal) {
			t.Errorf("%s: %v, want ErrCorruptJournal", name, err)
		}
	}
}

func legacyRaw(t testing.TB, key *ecdsa.PrivateKey) []byte {
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(1337)), &types.LegacyTx{Gas: 21000, GasPrice: big.NewInt(1), To: &common.Address{1}})
	raw, _ := tx.MarshalBinary()
	return raw
}

// FuzzDecodeEntry: a journal entry is read back from disk, where anything
// can happen to it; decoding never panics, and what it accepts is a
// transaction of this key, chain and nonce.
func FuzzDecodeEntry(f *testing.F) {
	key := testKey("sender")
	from := crypto.PubkeyToAddress(key.PublicKey)
	f.Add(uint64(4), rawTx(f, key, 1337, 4))
	f.Add(uint64(0), legacyRaw(f, key))
	f.Add(uint64(0), []byte{0x03, 0xc0})
	signer := types.LatestSignerForChainID(big.NewInt(1337))
	f.Fuzz(func(t *testing.T, nonce uint64, raw []byte) {
		tx, err := decodeEntry(JournalEntry{Nonce: nonce, Raw: raw}, signer, big.NewInt(1337), from)
		if err != nil {
			if !errors.Is(err, ErrCorruptJournal) {
				t.Fatalf("error %v is not ErrCorruptJournal", err)
			}
			return
		}
		sender, serr := types.Sender(signer, tx)
		if serr != nil || sender != from || tx.Nonce() != nonce || tx.ChainId().Int64() != 1337 {
			t.Fatalf("accepted a transaction of %s nonce %d chain %s", sender, tx.Nonce(), tx.ChainId())
		}
	})
}
