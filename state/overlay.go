package state

import (
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/statetree"
)

// Overlay records writes on top of a Reader without touching it. The state
// transition runs on an overlay; the result is a Diff that the database
// commits atomically, or that a caller simply drops.
type Overlay struct {
	base     Reader
	accounts map[common.Address]Account
	tokens   map[TokenID]uint256.Int
}

// NewOverlay returns an empty overlay on base.
func NewOverlay(base Reader) *Overlay {
	return &Overlay{base: base, accounts: make(map[common.Address]Account), tokens: make(map[TokenID]uint256.Int)}
}

// Account returns the account as written in the overlay, or as in the base.
func (o *Overlay) Account(addr common.Address) (Account, error) {
	if a, ok := o.accounts[addr]; ok {
		return a, nil
	}
	return o.base.Account(addr)
}

// TokenBalance returns the balance as written in the overlay, or as in the base.
func (o *Overlay) TokenBalance(owner, token common.Address) (uint256.Int, error) {
	if b, ok := o.tokens[TokenID{owner, token}]; ok {
		return b, nil
	}
	return o.base.TokenBalance(owner, token)
}

// SetAccount writes an account.
func (o *Overlay) SetAccount(addr common.Address, a Account) { o.accounts[addr] = a }

// SetTokenBalance writes a token balance.
func (o *Overlay) SetTokenBalance(owner, token common.Address, b uint256.Int) {
	o.tokens[TokenID{owner, token}] = b
}

// Diff returns the writes made so far.
func (o *Overlay) Diff() *Diff {
	return &Diff{Accounts: maps.Clone(o.accounts), Tokens: maps.Clone(o.tokens)}
}

// Diff is a set of state writes: the new value of every account and token
// balance that a block touched.
type Diff struct {
	Accounts map[common.Address]Account
	Tokens   map[TokenID]uint256.Int
}

// Changes returns the diff as state tree changes, in a deterministic order.
func (d *Diff) Changes() []statetree.Change {
	out := make([]statetree.Change, 0, len(d.Accounts)+len(d.Tokens))
	for _, addr := range slices.SortedFunc(maps.Keys(d.Accounts), func(a, b common.Address) int { return a.Cmp(b) }) {
		a := d.Accounts[addr]
		out = append(out, statetree.Change{Key: AccountKey(addr), ValueHash: a.ValueHash()})
	}
	for _, id := range slices.SortedFunc(maps.Keys(d.Tokens), compareTokenID) {
		b := d.Tokens[id]
		out = append(out, statetree.Change{Key: TokenKey(id.Owner, id.Token), ValueHash: TokenValueHash(&b)})
	}
	return out
}

func compareTokenID(a, b TokenID) int {
	if c := a.Owner.Cmp(b.Owner); c != 0 {
		return c
	}
	return a.Token.Cmp(b.Token)
}

// MemState is a Reader over plain maps, for tests and for small tools.
type MemState struct {
	Accounts map[common.Address]Account
	Tokens   map[TokenID]uint256.Int
}

// NewMemState returns an empty in-memory state.
func NewMemState() *MemState {
	return &MemState{Accounts: map[common.Address]Account{}, Tokens: map[TokenID]uint256.Int{}}
}

// Account implements Reader.
func (m *MemState) Account(addr common.Address) (Account, error) { return m.Accounts[addr], nil }

// TokenBalance implements Reader.
func (m *MemState) TokenBalance(owner, token common.Address) (uint256.Int, error) {
	return m.Tokens[TokenID{owner, token}], nil
}

// Apply writes a diff into the in-memory state.
func (m *MemState) Apply(d *Diff) {
	for k, v := range d.Accounts {
		m.Accounts[k] = v
	}
	for k, v := range d.Tokens {
		m.Tokens[k] = v
	}
}
