package state

import (
	"fmt"
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
)

// Undo returns the diff that puts back, for every account and token balance
// that d writes, the value the database holds now. Committing d and then its
// undo leaves the state as it was, root included: the tree's root depends
// only on its contents (TestRootIsHistoryIndependent). The chain stores the
// undo of each block beside it, which is what lets it rewind (chain.Rewind)
// after an L1 reorg or a fraud proof without replaying from genesis.
func (db *DB) Undo(d *Diff) (*Diff, error) {
	u := &Diff{Accounts: make(map[common.Address]Account, len(d.Accounts)), Tokens: make(map[TokenID]uint256.Int, len(d.Tokens))}
	for addr := range d.Accounts {
		a, err := db.Account(addr)
		if err != nil {
			return nil, fmt.Errorf("state: undo of account %s: %w", addr, err)
		}
		u.Accounts[addr] = a
	}
	for id := range d.Tokens {
		b, err := db.TokenBalance(id.Owner, id.Token)
		if err != nil {
			return nil, fmt.Errorf("state: undo of token balance %s/%s: %w", id.Owner, id.Token, err)
		}
		u.Tokens[id] = b
	}
	return u, nil
}

// Merge writes older's values over d's: for a key both hold, older's wins.
// Merging the undos of blocks h, h-1, …, n+1 in that order gives the one diff
// that takes the state of block h back to that of block n.
func (d *Diff) Merge(older *Diff) {
	maps.Copy(d.Accounts, older.Accounts)
	maps.Copy(d.Tokens, older.Tokens)
}

// storedDiff is the RLP form of a Diff, in key order so that equal diffs
// encode alike.
type storedDiff struct {
	Accounts []storedAccount
	Tokens   []storedToken
}

type storedAccount struct {
	Address common.Address
	Nonce   uint64
	Balance *uint256.Int
}

type storedToken struct {
	Owner, Token common.Address
	Balance      *uint256.Int
}

// Encode returns the diff's stored form (RLP, in key order).
func (d *Diff) Encode() []byte {
	var sd storedDiff
	for _, addr := range slices.SortedFunc(maps.Keys(d.Accounts), func(a, b common.Address) int { return a.Cmp(b) }) {
		a := d.Accounts[addr]
		sd.Accounts = append(sd.Accounts, storedAccount{Address: addr, Nonce: a.Nonce, Balance: &a.Balance})
	}
	for _, id := range slices.SortedFunc(maps.Keys(d.Tokens), compareTokenID) {
		b := d.Tokens[id]
		sd.Tokens = append(sd.Tokens, storedToken{Owner: id.Owner, Token: id.Token, Balance: &b})
	}
	enc, err := rlp.EncodeToBytes(&sd)
	if err != nil {
		// Addresses, integers and 256-bit words always encode.
		panic(fmt.Sprintf("state: encode diff: %v", err))
	}
	return enc
}

// DecodeDiff reads a diff written by Encode. A key written twice is refused:
// Encode never does it, so the bytes are not what it wrote.
func DecodeDiff(b []byte) (*Diff, error) {
	var sd storedDiff
	if err := rlp.DecodeBytes(b, &sd); err != nil {
		return nil, fmt.Errorf("%w: diff: %w", ErrCorrupt, err)
	}
	d := &Diff{Accounts: make(map[common.Address]Account, len(sd.Accounts)), Tokens: make(map[TokenID]uint256.Int, len(sd.Tokens))}
	for _, a := range sd.Accounts {
		if _, dup := d.Accounts[a.Address]; dup || a.Balance == nil {
			return nil, fmt.Errorf("%w: diff: account %s repeated or without balance", ErrCorrupt, a.Address)
		}
		d.Accounts[a.Address] = Account{Nonce: a.Nonce, Balance: *a.Balance}
	}
	for _, t := range sd.Tokens {
		id := TokenID{t.Owner, t.Token}
		if _, dup := d.Tokens[id]; dup || t.Balance == nil {
			return nil, fmt.Errorf("%w: diff: token balance %s/%s repeated or without balance", ErrCorrupt, t.Owner, t.Token)
		}
		d.Tokens[id] = *t.Balance
	}
	return d, nil
}
