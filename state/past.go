package state

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/statetree"
)

// Prover proves what the state holds at one root.
type Prover interface {
	// Root is the state root the proofs are against.
	Root() common.Hash
	// AccountProof returns the account and its proof against Root.
	AccountProof(addr common.Address) (Account, *statetree.Proof, error)
	// TokenProof returns the token balance and its proof against Root.
	TokenProof(owner, token common.Address) (uint256.Int, *statetree.Proof, error)
}

// Past is the state as it was at another block, seen through a committed
// one: the committed values and tree with a diff laid over them (the
// merged undo records of the blocks since, see Undo and Merge, or the
// merged forward diffs of the blocks after it), proven against the root
// that diff leads to, with nothing committed. With an empty diff it is the
// committed state itself. It serves reads and proofs at a block a light
// client can check against L1 while the head has moved on. It is valid
// only while the database does not change (its proofs then fail with
// statetree.ErrStaleUpdate): the caller keeps the writer out, as
// chain.ProveAt does with the replica it proves from.
type Past struct {
	db   *DB
	undo *Diff
	p    *Pending
}

// Past returns the state that the diff undo takes the committed state to
// (back, or forward).
func (db *DB) Past(undo *Diff) (*Past, error) {
	p, err := db.Prepare(undo)
	if err != nil {
		return nil, fmt.Errorf("state: past state: %w", err)
	}
	return &Past{db: db, undo: undo, p: p}, nil
}

// Root is the past state's root.
func (s *Past) Root() common.Hash { return s.p.Root() }

// Account implements Reader.
func (s *Past) Account(addr common.Address) (Account, error) {
	if a, ok := s.undo.Accounts[addr]; ok {
		return a, nil
	}
	return s.db.Account(addr)
}

// TokenBalance implements Reader.
func (s *Past) TokenBalance(owner, token common.Address) (uint256.Int, error) {
	if b, ok := s.undo.Tokens[TokenID{owner, token}]; ok {
		return b, nil
	}
	return s.db.TokenBalance(owner, token)
}

// AccountProof returns the account and its proof against Root.
func (s *Past) AccountProof(addr common.Address) (Account, *statetree.Proof, error) {
	a, err := s.Account(addr)
	if err != nil {
		return Account{}, nil, err
	}
	p, err := s.prove(AccountKey(addr), a.ValueHash())
	return a, p, err
}

// TokenProof returns the token balance and its proof against Root.
func (s *Past) TokenProof(owner, token common.Address) (uint256.Int, *statetree.Proof, error) {
	b, err := s.TokenBalance(owner, token)
	if err != nil {
		return b, nil, err
	}
	p, err := s.prove(TokenKey(owner, token), TokenValueHash(&b))
	return b, p, err
}

// prove proves key and checks that the proof shows value: the flat values
// and the tree must agree, and a disagreement is corruption, not a proof.
func (s *Past) prove(key, value common.Hash) (*statetree.Proof, error) {
	p, err := s.p.update.Prove(key)
	if err != nil {
		return nil, err
	}
	v, err := p.Verify(s.Root(), key)
	if err != nil {
		return nil, fmt.Errorf("%w: past proof of %s: %w", ErrCorrupt, key, err)
	}
	if v != value {
		return nil, fmt.Errorf("%w: past value of %s disagrees with the tree", ErrCorrupt, key)
	}
	return p, nil
}
