package vectors

import (
	"fmt"
	"slices"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// NewState returns an in-memory state database holding the listed accounts
// and token balances, and a function that closes it.
func NewState(accts []AccountEntry, toks []TokenEntry) (*state.DB, func(), error) {
	d, err := StateFromEntries(accts, toks)
	if err != nil {
		return nil, nil, err
	}
	pdb, err := memPebble()
	if err != nil {
		return nil, nil, err
	}
	db, err := state.New(pdb)
	if err == nil {
		var p *state.Pending
		if p, err = db.Prepare(d); err == nil {
			err = db.Commit(p, nil, false)
		}
	}
	if err != nil {
		pdb.Close()
		return nil, nil, err
	}
	return db, func() { pdb.Close() }, nil
}

// Run executes the block that v describes (its parent, timestamp, fee
// recipient, queue and tx data) on db, which must hold v's pre-state, and
// returns v with the outcome filled in: the header, block hash, withdrawals,
// fees and every state entry the block wrote. An invalid block returns the
// state transition's error.
func Run(cfg *core.Config, db *state.DB, v *BlockVector) (*BlockVector, error) {
	if db.Root() != v.Parent.StateRoot {
		return nil, fmt.Errorf("vectors: pre-state root %s is not the parent's state root %s", db.Root(), v.Parent.StateRoot)
	}
	queue := make([]core.QueueItem, len(v.Queue))
	for i := range v.Queue {
		q, err := v.Queue[i].Core()
		if err != nil {
			return nil, err
		}
		queue[i] = q
	}
	parent := v.Parent.Core()
	o, err := core.Execute(cfg, db, parent, v.Timestamp, v.FeeRecipient, queue, v.TxData)
	if err != nil {
		return nil, err
	}
	p, err := db.Prepare(o.Diff)
	if err != nil {
		return nil, err
	}
	h := o.Header(p.Root())
	if err := core.CheckHeader(h, o, p.Root()); err != nil {
		return nil, err
	}
	out := *v
	hv := FromHeader(h)
	out.Header = &hv
	out.BlockHash = h.Hash()
	out.Withdrawals = []Withdrawal{}
	for i := range o.Withdrawals {
		out.Withdrawals = append(out.Withdrawals, FromWithdrawal(&o.Withdrawals[i]))
	}
	out.Fees = o.Fees.Dec()
	out.PostAccount, out.PostTokens = entries(o.Diff)
	out.PreAccounts = slices.Clone(v.PreAccounts)
	return &out, nil
}
