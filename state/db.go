package state

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/statetree"
)

// Pebble key prefixes of the head state (DefaultPrefix). The flat values
// answer reads in one lookup; the tree (under prefix ‖ "t") authenticates
// them. Both are written in one batch. Another DB in the same database
// (a replica of the state at an earlier block) has its own prefix.
const (
	accountTag = 'a'
	tokenTag   = 'k'
	treeTag    = 't'
)

// DefaultPrefix is the prefix of the node's head state: its keys are "sa…",
// "sk…" and "st…".
var DefaultPrefix = []byte("s")

// ErrCorrupt is returned when a stored value cannot be decoded.
var ErrCorrupt = errors.New("state: corrupt stored value")

// Options choose where a DB keeps its keys and how much of its tree it
// holds in memory. The zero value is the node's head state.
type Options struct {
	// Prefix of every key the DB writes (default DefaultPrefix). Two DBs in
	// one Pebble database need prefixes neither of which starts the other.
	Prefix []byte
	// CacheDepth is the state tree's cache depth (statetree.Options): 0
	// keeps a stored tree's (statetree.DefaultCacheDepth for a new one);
	// another value moves a stored tree to it at Open.
	CacheDepth int
}

// DB is the persistent L2 state: flat values plus the state tree, in a Pebble
// database that the caller may share for its own data (blocks, receipts).
type DB struct {
	pdb    *pebble.DB
	tree   *statetree.Tree
	prefix []byte
}

// New opens the head state kept in pdb.
func New(pdb *pebble.DB) (*DB, error) { return Open(pdb, Options{}) }

// Open opens the state kept in pdb under opts.Prefix.
func Open(pdb *pebble.DB, opts Options) (*DB, error) {
	prefix := opts.Prefix
	if len(prefix) == 0 {
		prefix = DefaultPrefix
	}
	tr, err := statetree.Open(pdb, statetree.Options{
		Prefix: append(slices.Clone(prefix), treeTag), CacheDepth: opts.CacheDepth, MoveCacheDepth: opts.CacheDepth > 0,
	})
	if err != nil {
		return nil, fmt.Errorf("state: open tree: %w", err)
	}
	return &DB{pdb: pdb, tree: tr, prefix: slices.Clone(prefix)}, nil
}

// Pebble returns the underlying database.
func (db *DB) Pebble() *pebble.DB { return db.pdb }

// Root returns the state root of the committed state.
func (db *DB) Root() common.Hash { return db.tree.Root() }

// LockWait is the time commits have waited in all for readers of the state
// tree to let go (statetree.Tree.LockWait).
func (db *DB) LockWait() time.Duration { return db.tree.LockWait() }

func (db *DB) accountKey(addr common.Address) []byte {
	k := append(make([]byte, 0, len(db.prefix)+21), db.prefix...)
	k = append(k, accountTag)
	return append(k, addr[:]...)
}

func (db *DB) tokenKey(owner, token common.Address) []byte {
	k := append(make([]byte, 0, len(db.prefix)+41), db.prefix...)
	k = append(k, tokenTag)
	k = append(k, owner[:]...)
	return append(k, token[:]...)
}

func (db *DB) get(key []byte, size int) ([]byte, error) {
	v, closer, err := db.pdb.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	if len(v) != size {
		return nil, fmt.Errorf("%w: %x has %d bytes, want %d", ErrCorrupt, key, len(v), size)
	}
	return append([]byte(nil), v...), nil
}

// Account implements Reader.
func (db *DB) Account(addr common.Address) (Account, error) {
	v, err := db.get(db.accountKey(addr), 40)
	if err != nil || v == nil {
		return Account{}, err
	}
	var a Account
	a.Nonce = uint64(v[0])<<56 | uint64(v[1])<<48 | uint64(v[2])<<40 | uint64(v[3])<<32 |
		uint64(v[4])<<24 | uint64(v[5])<<16 | uint64(v[6])<<8 | uint64(v[7])
	a.Balance.SetBytes32(v[8:40])
	return a, nil
}

// TokenBalance implements Reader.
func (db *DB) TokenBalance(owner, token common.Address) (uint256.Int, error) {
	v, err := db.get(db.tokenKey(owner, token), 32)
	var b uint256.Int
	if err != nil || v == nil {
		return b, err
	}
	b.SetBytes32(v)
	return b, nil
}

// Pending is a diff whose new root has been computed but not yet committed.
type Pending struct {
	Diff   *Diff
	update *statetree.Update
}

// Root is the state root the database will have once the pending diff is
// committed.
func (p *Pending) Root() common.Hash { return p.update.Root }

// Prepare computes the root that diff leads to, changing nothing.
func (db *DB) Prepare(diff *Diff) (*Pending, error) {
	u, err := db.tree.Prepare(diff.Changes())
	if err != nil {
		return nil, err
	}
	return &Pending{Diff: diff, update: u}, nil
}

// Commit writes the pending diff (flat values and tree) and whatever extra
// puts in the same batch, atomically, and makes the new root visible. With
// sync the write is durable when Commit returns.
func (db *DB) Commit(p *Pending, extra func(b *pebble.Batch) error, sync bool) error {
	b := db.pdb.NewBatch()
	defer b.Close()
	for addr, a := range p.Diff.Accounts {
		var err error
		if a.IsEmpty() {
			err = b.Delete(db.accountKey(addr), nil)
		} else {
			err = b.Set(db.accountKey(addr), a.encode(), nil)
		}
		if err != nil {
			return fmt.Errorf("state: stage account: %w", err)
		}
	}
	for id, bal := range p.Diff.Tokens {
		var err error
		if bal.IsZero() {
			err = b.Delete(db.tokenKey(id.Owner, id.Token), nil)
		} else {
			v := bal.Bytes32()
			err = b.Set(db.tokenKey(id.Owner, id.Token), v[:], nil)
		}
		if err != nil {
			return fmt.Errorf("state: stage token balance: %w", err)
		}
	}
	if extra != nil {
		if err := extra(b); err != nil {
			return err
		}
	}
	opts := pebble.NoSync
	if sync {
		opts = pebble.Sync
	}
	return db.tree.Commit(b, p.update, opts)
}

// Prove returns a proof of any tree key against the current root. The fraud
// prover (package fraud) needs proofs of keys it reaches by a path in the
// tree rather than by an address.
func (db *DB) Prove(key common.Hash) (*statetree.Proof, error) { return db.tree.Prove(key) }

// AccountProof returns the account and a proof of it against the current root.
func (db *DB) AccountProof(addr common.Address) (Account, *statetree.Proof, common.Hash, error) {
	for {
		root := db.tree.Root()
		a, err := db.Account(addr)
		if err != nil {
			return Account{}, nil, common.Hash{}, err
		}
		p, err := db.tree.Prove(AccountKey(addr))
		if err != nil {
			return Account{}, nil, common.Hash{}, err
		}
		// The flat read and the proof are taken apart; retry the rare time a
		// commit fell between them.
		if v, err := p.Verify(root, AccountKey(addr)); err == nil && v == a.ValueHash() {
			return a, p, root, nil
		}
		if db.tree.Root() == root {
			return Account{}, nil, common.Hash{}, fmt.Errorf("%w: account %s disagrees with the tree", ErrCorrupt, addr)
		}
	}
}

// TokenProof returns a token balance and a proof of it against the current root.
func (db *DB) TokenProof(owner, token common.Address) (uint256.Int, *statetree.Proof, common.Hash, error) {
	key := TokenKey(owner, token)
	for {
		root := db.tree.Root()
		b, err := db.TokenBalance(owner, token)
		if err != nil {
			return b, nil, common.Hash{}, err
		}
		p, err := db.tree.Prove(key)
		if err != nil {
			return b, nil, common.Hash{}, err
		}
		if v, err := p.Verify(root, key); err == nil && v == TokenValueHash(&b) {
			return b, p, root, nil
		}
		if db.tree.Root() == root {
			return b, nil, common.Hash{}, fmt.Errorf("%w: token balance %s/%s disagrees with the tree", ErrCorrupt, owner, token)
		}
	}
}

// Entries calls fn with the flat values of the state as r (db's Pebble
// database or a snapshot of it) holds them, in diffs of at most max
// entries, accounts first, each in key order. Committing them all to an
// empty state gives a copy of this one, root included.
func (db *DB) Entries(r pebble.Reader, max int, fn func(*Diff) error) error {
	d := &Diff{Accounts: map[common.Address]Account{}, Tokens: map[TokenID]uint256.Int{}}
	flush := func(force bool) error {
		if n := len(d.Accounts) + len(d.Tokens); n == 0 || (!force && n < max) {
			return nil
		}
		if err := fn(d); err != nil {
			return err
		}
		d = &Diff{Accounts: map[common.Address]Account{}, Tokens: map[TokenID]uint256.Int{}}
		return nil
	}
	for _, tag := range []byte{accountTag, tokenTag} {
		lower := append(slices.Clone(db.prefix), tag)
		upper := append(slices.Clone(db.prefix), tag+1)
		it, err := r.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: upper})
		if err != nil {
			return fmt.Errorf("state: read flat values: %w", err)
		}
		for it.First(); it.Valid(); it.Next() {
			k, v := it.Key()[len(lower):], it.Value()
			switch {
			case tag == accountTag && len(k) == 20 && len(v) == 40:
				var a Account
				a.Nonce = binary.BigEndian.Uint64(v[:8])
				a.Balance.SetBytes32(v[8:40])
				d.Accounts[common.Address(k)] = a
			case tag == tokenTag && len(k) == 40 && len(v) == 32:
				var b uint256.Int
				b.SetBytes32(v)
				d.Tokens[TokenID{common.Address(k[:20]), common.Address(k[20:])}] = b
			default:
				it.Close()
				return fmt.Errorf("%w: flat entry %x of %d bytes", ErrCorrupt, it.Key(), len(v))
			}
			if err := flush(false); err != nil {
				it.Close()
				return err
			}
		}
		err = it.Error()
		if cerr := it.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("state: read flat values: %w", err)
		}
	}
	return flush(true)
}
