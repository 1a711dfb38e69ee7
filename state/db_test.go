package state

import (
	"errors"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/statetree"
)

func openAt(t *testing.T, dir string, fs vfs.FS) (*pebble.DB, *DB) {
	t.Helper()
	pdb, err := pebble.Open(dir, &pebble.Options{FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	db, err := New(pdb)
	if err != nil {
		pdb.Close()
		t.Fatal(err)
	}
	return pdb, db
}

func commit(t *testing.T, db *DB, d *Diff, sync bool) common.Hash {
	t.Helper()
	p, err := db.Prepare(d)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(p, nil, sync); err != nil {
		t.Fatal(err)
	}
	if db.Root() != p.Root() {
		t.Fatalf("root after commit %s, prepared %s", db.Root(), p.Root())
	}
	return p.Root()
}

func addr(i int) common.Address { return common.BytesToAddress([]byte{0xaa, byte(i >> 8), byte(i)}) }

var token = common.HexToAddress("0x00000000000000000000000000000000000A11CE")

func randomDiff(r *rand.Rand, n int) *Diff {
	d := &Diff{Accounts: map[common.Address]Account{}, Tokens: map[TokenID]uint256.Int{}}
	for range n {
		a := addr(r.IntN(64))
		switch r.IntN(4) {
		case 0: // emptied: the key leaves the tree
			d.Accounts[a] = Account{}
		case 1:
			d.Tokens[TokenID{a, token}] = *uint256.NewInt(r.Uint64N(3)) // zero deletes
		case 2:
			d.Tokens[TokenID{a, addr(r.IntN(3))}] = *uint256.NewInt(r.Uint64())
		default:
			var bal uint256.Int
			bal.SetBytes(common.BigToHash(common.Big1).Bytes()[:r.IntN(32)+1])
			bal.Lsh(&bal, uint(r.IntN(200)))
			d.Accounts[a] = Account{Nonce: r.Uint64N(1 << 40), Balance: bal}
		}
	}
	return d
}

// checkMatches verifies that db answers every read of want, with proofs
// against its root.
func checkMatches(t *testing.T, db *DB, want *MemState) {
	t.Helper()
	root := db.Root()
	for a, acct := range want.Accounts {
		got, p, r, err := db.AccountProof(a)
		if err != nil {
			t.Fatal(err)
		}
		if got != acct || r != root {
			t.Fatalf("account %s: %+v at %s, want %+v at %s", a, got, r, acct, root)
		}
		v, err := p.Verify(root, AccountKey(a))
		if err != nil {
			t.Fatal(err)
		}
		if (v == common.Hash{}) != acct.IsEmpty() {
			t.Fatalf("account %s: proof says present=%v, account empty=%v", a, v != common.Hash{}, acct.IsEmpty())
		}
	}
	for id, bal := range want.Tokens {
		got, p, _, err := db.TokenProof(id.Owner, id.Token)
		if err != nil {
			t.Fatal(err)
		}
		if got != bal {
			t.Fatalf("token %v: %s, want %s", id, got.Dec(), bal.Dec())
		}
		if _, err := p.Verify(root, TokenKey(id.Owner, id.Token)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRootIsHistoryIndependent is a property test: any sequence of diffs
// leaves the same root, and the same reads, as writing the final state in
// one go. It is what lets a node that restarts or re-executes agree with one
// that never stopped.
func TestRootIsHistoryIndependent(t *testing.T) {
	for seed := range uint64(20) {
		r := rand.New(rand.NewPCG(seed, 7))
		_, db := openAt(t, "", vfs.NewMem())
		want := NewMemState()
		for range 1 + r.IntN(8) {
			d := randomDiff(r, 1+r.IntN(40))
			commit(t, db, d, false)
			want.Apply(d)
		}
		checkMatches(t, db, want)

		_, fresh := openAt(t, "", vfs.NewMem())
		final := &Diff{Accounts: want.Accounts, Tokens: want.Tokens}
		if root := commit(t, fresh, final, false); root != db.Root() {
			t.Fatalf("seed %d: incremental root %s, one-shot root %s", seed, db.Root(), root)
		}
	}
}

func TestEmptyingEverythingGivesTheEmptyRoot(t *testing.T) {
	_, db := openAt(t, "", vfs.NewMem())
	empty := db.Root()
	d := &Diff{Accounts: map[common.Address]Account{addr(1): {Nonce: 1}}, Tokens: map[TokenID]uint256.Int{{addr(1), token}: *uint256.NewInt(5)}}
	if commit(t, db, d, false) == empty {
		t.Fatal("root did not change")
	}
	d = &Diff{Accounts: map[common.Address]Account{addr(1): {}}, Tokens: map[TokenID]uint256.Int{{addr(1), token}: {}}}
	if got := commit(t, db, d, false); got != empty {
		t.Fatalf("root %s after deleting every key, want the empty root %s", got, empty)
	}
	if a, _ := db.Account(addr(1)); !a.IsEmpty() {
		t.Fatalf("deleted account reads %+v", a)
	}
}

// TestReopen: a committed state survives closing and reopening the database.
func TestReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state")
	pdb, db := openAt(t, dir, vfs.Default)
	r := rand.New(rand.NewPCG(1, 2))
	want := NewMemState()
	for range 5 {
		d := randomDiff(r, 50)
		commit(t, db, d, true)
		want.Apply(d)
	}
	root := db.Root()
	if err := pdb.Close(); err != nil {
		t.Fatal(err)
	}
	pdb, db = openAt(t, dir, vfs.Default)
	defer pdb.Close()
	if db.Root() != root {
		t.Fatalf("root after reopening %s, want %s", db.Root(), root)
	}
	checkMatches(t, db, want)
}

// TestCacheDepthFollowsTheOption: a state opened with no cache depth keeps
// its tree's, one opened with another moves its tree there (down and
// back up), and either way the root and the values are the same.
func TestCacheDepthFollowsTheOption(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state")
	pdb, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer pdb.Close()
	r := rand.New(rand.NewPCG(7, 7))
	want := NewMemState()
	for _, step := range []struct{ open, depth int }{{0, statetree.DefaultCacheDepth}, {0, statetree.DefaultCacheDepth}, {6, 6}, {0, 6}, {20, 20}, {0, 20}} {
		db, err := Open(pdb, Options{CacheDepth: step.open})
		if err != nil {
			t.Fatal(err)
		}
		if got := db.tree.CacheDepth(); got != step.depth {
			t.Fatalf("opened with cache depth %d: the tree's is %d, want %d", step.open, got, step.depth)
		}
		checkMatches(t, db, want)
		d := randomDiff(r, 50)
		commit(t, db, d, true)
		want.Apply(d)
	}
}

// TestCrash simulates a power cut: what was committed with sync survives,
// what was not may be lost, and in both cases the flat values and the tree
// agree (they are written in one batch).
func TestCrash(t *testing.T) {
	fs := vfs.NewStrictMem()
	pdb, db := openAt(t, "", fs)
	r := rand.New(rand.NewPCG(3, 4))
	synced := NewMemState()
	d := randomDiff(r, 60)
	syncedRoot := commit(t, db, d, true)
	synced.Apply(d)

	unsynced := randomDiff(r, 60)
	commit(t, db, unsynced, false)

	fs.SetIgnoreSyncs(true)
	pdb.Close()
	fs.ResetToSyncedState()
	fs.SetIgnoreSyncs(false)

	pdb, db = openAt(t, "", fs)
	defer pdb.Close()
	if db.Root() != syncedRoot {
		// Pebble may have flushed the unsynced batch with a later sync of its
		// own; then the whole batch must be there.
		after := NewMemState()
		after.Apply(&Diff{Accounts: synced.Accounts, Tokens: synced.Tokens})
		after.Apply(unsynced)
		checkMatches(t, db, after)
		return
	}
	checkMatches(t, db, synced)
}

func TestStaleUpdateIsRefused(t *testing.T) {
	_, db := openAt(t, "", vfs.NewMem())
	a, err := db.Prepare(&Diff{Accounts: map[common.Address]Account{addr(1): {Nonce: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.Prepare(&Diff{Accounts: map[common.Address]Account{addr(2): {Nonce: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(a, nil, false); err != nil {
		t.Fatal(err)
	}
	root := db.Root()
	if err := db.Commit(b, nil, false); !errors.Is(err, statetree.ErrStaleUpdate) {
		t.Fatalf("committing an update prepared on an old root: %v, want ErrStaleUpdate", err)
	}
	if db.Root() != root {
		t.Fatal("a refused commit changed the root")
	}
	if acct, _ := db.Account(addr(2)); !acct.IsEmpty() {
		t.Fatal("a refused commit wrote its flat values")
	}
}

func TestExtraWritesShareTheBatch(t *testing.T) {
	pdb, db := openAt(t, "", vfs.NewMem())
	p, err := db.Prepare(&Diff{Accounts: map[common.Address]Account{addr(1): {Nonce: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	if err := db.Commit(p, func(b *pebble.Batch) error { return boom }, false); !errors.Is(err, boom) {
		t.Fatalf("error %v, want the extra writer's", err)
	}
	if acct, _ := db.Account(addr(1)); !acct.IsEmpty() {
		t.Fatal("a failed commit wrote the state")
	}
	if err := db.Commit(p, func(b *pebble.Batch) error { return b.Set([]byte("block"), []byte("1"), nil) }, false); err != nil {
		t.Fatal(err)
	}
	v, closer, err := pdb.Get([]byte("block"))
	if err != nil || string(v) != "1" {
		t.Fatalf("extra write missing: %q %v", v, err)
	}
	closer.Close()
}

func TestCorruptValue(t *testing.T) {
	pdb, db := openAt(t, "", vfs.NewMem())
	commit(t, db, &Diff{Accounts: map[common.Address]Account{addr(1): {Nonce: 1}}}, false)
	if err := pdb.Set(db.accountKey(addr(1)), []byte{1, 2, 3}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Account(addr(1)); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("short account value: %v, want ErrCorrupt", err)
	}
	// A well-formed value the tree does not authenticate is caught by the proof.
	bad := Account{Nonce: 2}
	if err := pdb.Set(db.accountKey(addr(1)), bad.encode(), nil); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := db.AccountProof(addr(1)); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("flat value out of step with the tree: %v, want ErrCorrupt", err)
	}
}

func TestOverlay(t *testing.T) {
	base := NewMemState()
	base.Accounts[addr(1)] = Account{Nonce: 3}
	o := NewOverlay(base)
	if a, _ := o.Account(addr(1)); a.Nonce != 3 {
		t.Fatal("overlay does not read through")
	}
	o.SetAccount(addr(1), Account{Nonce: 4})
	o.SetTokenBalance(addr(2), token, *uint256.NewInt(9))
	if a, _ := o.Account(addr(1)); a.Nonce != 4 {
		t.Fatal("overlay does not read its own write")
	}
	if base.Accounts[addr(1)].Nonce != 3 {
		t.Fatal("overlay wrote through to its base")
	}
	d := o.Diff()
	if len(d.Accounts) != 1 || len(d.Tokens) != 1 {
		t.Fatalf("diff %+v", d)
	}
	// The diff is a copy: later overlay writes do not change it.
	o.SetAccount(addr(5), Account{Nonce: 1})
	if len(d.Accounts) != 1 {
		t.Fatal("diff shares the overlay's map")
	}
}
