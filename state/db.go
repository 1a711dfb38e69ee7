package state

import (
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/statetree"
)

// Pebble key prefixes. The flat values answer reads in one lookup; the tree
// (under treePrefix) authenticates them. Both are written in one batch.
var (
	accountPrefix = []byte("sa")
	tokenPrefix   = []byte("sk")
	treePrefix    = []byte("st")
)

// ErrCorrupt is returned when a stored value cannot be decoded.
var ErrCorrupt = errors.New("state: corrupt stored value")

// DB is the persistent L2 state: flat values plus the state tree, in a Pebble
// database that the caller may share for its own data (blocks, receipts).
type DB struct {
	pdb  *pebble.DB
	tree *statetree.Tree
}

// New opens the state kept in pdb.
func New(pdb *pebble.DB) (*DB, error) {
	tr, err := statetree.Open(pdb, statetree.Options{Prefix: treePrefix})
	if err != nil {
		return nil, fmt.Errorf("state: open tree: %w", err)
	}
	return &DB{pdb: pdb, tree: tr}, nil
}

// Pebble returns the underlying database.
func (db *DB) Pebble() *pebble.DB { return db.pdb }

// Root returns the state root of the committed state.
func (db *DB) Root() common.Hash { return db.tree.Root() }

func accountKey(addr common.Address) []byte {
	return append(append(make([]byte, 0, 22), accountPrefix...), addr[:]...)
}

func tokenKey(owner, token common.Address) []byte {
	k := append(make([]byte, 0, 42), tokenPrefix...)
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
	v, err := db.get(accountKey(addr), 40)
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
	v, err := db.get(tokenKey(owner, token), 32)
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
			err = b.Delete(accountKey(addr), nil)
		} else {
			err = b.Set(accountKey(addr), a.encode(), nil)
		}
		if err != nil {
			return fmt.Errorf("state: stage account: %w", err)
		}
	}
	for id, bal := range p.Diff.Tokens {
		var err error
		if bal.IsZero() {
			err = b.Delete(tokenKey(id.Owner, id.Token), nil)
		} else {
			v := bal.Bytes32()
			err = b.Set(tokenKey(id.Owner, id.Token), v[:], nil)
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
