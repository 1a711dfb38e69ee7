package fraud

import (
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
	"github.com/viaduct-l2/viaduct/statetree"
)

// ErrWrongPreState is returned when the state given to Build is not the
// state after the block's parent.
var ErrWrongPreState = errors.New("fraud: state is not the parent's post-state")

// Source is the state after the parent block: its values, its root and a
// proof of any key against that root (*state.DB is one).
type Source interface {
	state.Reader
	Root() common.Hash
	Prove(key common.Hash) (*statetree.Proof, error)
}

// Built is the witness of a block and what the core says of the block.
type Built struct {
	Witness *Witness
	// Invalid is why the core rejects the block (a *core.TxError, malformed
	// tx data, too many transactions, a fee credit overflow), or nil.
	Invalid error
	// PostRoot is, for a valid block, the state root after it as the
	// witness's writes compute it.
	PostRoot common.Hash
}

// Build executes the block of header on pre (the state after parent) with
// the core's rules and returns the witness the verifier needs to re-execute
// it (spec section 16). queue are the block's queue items and txData its tx
// data, both as L1 holds them.
func Build(cfg *core.Config, pre Source, parent, header *core.Header, queue []core.QueueItem, txData []byte) (*Built, error) {
	if pre.Root() != parent.StateRoot {
		return nil, fmt.Errorf("%w: root %s, parent's %s", ErrWrongPreState, pre.Root(), parent.StateRoot)
	}
	rec := &recorder{src: pre, accounts: map[common.Address]bool{}, tokens: map[state.TokenID]bool{}}
	out, err := core.Execute(cfg, rec, parent, header.Timestamp, header.FeeRecipient, queue, txData)
	var txErr *core.TxError
	switch {
	case err == nil:
	case errors.As(err, &txErr), errors.Is(err, core.ErrFeeCreditOverflow):
		// The block stops before writing anything: every proof is against
		// the parent's root.
		w, err2 := rec.entries()
		if err2 != nil {
			return nil, err2
		}
		for i := range w.Entries {
			if w.Entries[i].Proof, err2 = pre.Prove(w.Entries[i].Key); err2 != nil {
				return nil, fmt.Errorf("fraud: proving %s: %w", w.Entries[i].Key, err2)
			}
		}
		return &Built{Witness: w, Invalid: err}, nil
	case errors.Is(err, core.ErrMalformedTxData), errors.Is(err, core.ErrTooManyTxs):
		// The verifier decides these from the tx data alone.
		return &Built{Witness: &Witness{}, Invalid: err}, nil
	default:
		// A block L1 would not accept (too many queue items, a timestamp
		// before the parent's, a malformed queue item): nothing to prove.
		return nil, fmt.Errorf("fraud: block %d cannot be posted: %w", header.Number, err)
	}

	w, err := rec.entries()
	if err != nil {
		return nil, err
	}
	t := newPtree(parent.StateRoot, pre.Prove)
	for i := range w.Entries {
		if err := t.add(w.Entries[i].Key); err != nil {
			return nil, err
		}
	}
	for i := range w.Entries {
		e := &w.Entries[i]
		post := rec.post(e, out.Diff)
		if e.Proof, err = t.proof(e.Key); err != nil {
			return nil, err
		}
		if post != e.ValueHash() && post == (common.Hash{}) && len(e.Proof.Siblings) > 0 {
			if e.Sibling, err = t.sibling(e.Key, len(e.Proof.Siblings)); err != nil {
				return nil, err
			}
		}
		if err := t.set(e.Key, post); err != nil {
			return nil, err
		}
		e.Post = post
	}
	w.Writes = true
	return &Built{Witness: w, PostRoot: hashOf(t.root)}, nil
}

// recorder is a state.Reader that notes every account and token balance
// the core reads: the witness must hold exactly those.
type recorder struct {
	src      state.Reader
	accounts map[common.Address]bool
	tokens   map[state.TokenID]bool
	keys     map[common.Hash]any // tree key -> address or TokenID, filled by entries
}

func (r *recorder) Account(addr common.Address) (state.Account, error) {
	r.accounts[addr] = true
	return r.src.Account(addr)
}

func (r *recorder) TokenBalance(owner, token common.Address) (uint256.Int, error) {
	r.tokens[state.TokenID{Owner: owner, Token: token}] = true
	return r.src.TokenBalance(owner, token)
}

// entries returns the values read, sorted by tree key, without proofs.
func (r *recorder) entries() (*Witness, error) {
	r.keys = map[common.Hash]any{}
	w := &Witness{}
	for addr := range r.accounts {
		a, err := r.src.Account(addr)
		if err != nil {
			return nil, err
		}
		k := state.AccountKey(addr)
		r.keys[k] = addr
		w.Entries = append(w.Entries, Entry{Key: k, Account: true, Nonce: a.Nonce, Balance: a.Balance})
	}
	for id := range r.tokens {
		b, err := r.src.TokenBalance(id.Owner, id.Token)
		if err != nil {
			return nil, err
		}
		k := state.TokenKey(id.Owner, id.Token)
		r.keys[k] = id
		w.Entries = append(w.Entries, Entry{Key: k, Balance: b})
	}
	slices.SortFunc(w.Entries, func(a, b Entry) int { return a.Key.Cmp(b.Key) })
	if len(w.Entries) > MaxEntries {
		return nil, fmt.Errorf("fraud: %d state values in one block", len(w.Entries))
	}
	return w, nil
}

// post returns the entry's value hash after the block.
func (r *recorder) post(e *Entry, d *state.Diff) common.Hash {
	switch id := r.keys[e.Key].(type) {
	case common.Address:
		if a, ok := d.Accounts[id]; ok {
			return a.ValueHash()
		}
	case state.TokenID:
		if b, ok := d.Tokens[id]; ok {
			return state.TokenValueHash(&b)
		}
	}
	return e.ValueHash()
}
