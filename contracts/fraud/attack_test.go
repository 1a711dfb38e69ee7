package fraud_test

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
	"github.com/viaduct-l2/viaduct/internal/vectors"
)

func vectorNamed(t *testing.T, blocks []vectors.BlockVector, name string) vectors.BlockVector {
	t.Helper()
	for _, v := range blocks {
		if v.Name == name {
			return v
		}
	}
	t.Fatalf("no block vector %q", name)
	return vectors.BlockVector{}
}

// clone deep-copies a witness through its encoding.
func clone(t *testing.T, w *fraud.Witness) *fraud.Witness {
	t.Helper()
	b, err := w.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var out fraud.Witness
	if err := out.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	return &out
}

// mustRevertAny checks that the call reverts with one of the named errors.
func (r *rig) mustRevertAny(p *proof, sigs ...string) {
	r.t.Helper()
	res, err := r.verify(p)
	if err == nil {
		r.t.Fatalf("verify gave verdict %s, want a revert (%v)", describe(res), sigs)
	}
	data, _ := simtest.RevertData(err)
	for _, s := range sigs {
		if bytes.HasPrefix(data, simtest.ErrorSelector(s)) {
			return
		}
	}
	r.t.Fatalf("verify failed with %v, want one of %v", err, sigs)
}

const (
	errValueMismatch = "ValueMismatch(bytes32,bytes32,bytes32)"
	errInvalidProof  = "InvalidProof()"
	errMissing       = "MissingWitness(bytes32)"
	errMalformed     = "MalformedWitness(uint256)"
	errBadSibling    = "BadSibling(bytes32)"
)

// TestWrongWitnessIsRejected: every way of lying in the witness about an
// honest block (or an invalid one) makes the proof revert; none yields a
// verdict, so a challenger cannot make an honest block look fraudulent nor
// a sequencer make a fraudulent one look honest.
func TestWrongWitnessIsRejected(t *testing.T) {
	cfg, blocks := loadBlocks(t)
	r := newRig(t, cfg)
	valid := prepare(t, cfg, vectorNamed(t, blocks, "token deposit, token transfer, withdrawals"))
	r.enqueue(valid.parent.QueueCursor, valid.queue)
	good := valid.built.Witness
	if len(good.Entries) < 3 {
		t.Fatalf("vector touches %d keys; the attacks need 3", len(good.Entries))
	}
	prove := func(w *fraud.Witness) *proof {
		return newProof(t, valid.parent, valid.header, valid.v.TxData, valid.queue, w)
	}
	if res := r.mustVerdict(prove(good)); res.Fraud != fraudNone {
		t.Fatalf("honest block: %s", describe(res))
	}

	t.Run("balance raised", func(t *testing.T) {
		r.t = t
		w := clone(t, good)
		w.Entries[0].Balance.AddUint64(&w.Entries[0].Balance, 1)
		r.mustRevert(prove(w), errValueMismatch)
	})
	t.Run("every balance zero, proofs against the parent root", func(t *testing.T) {
		// What a challenger would send to claim the honest block spends
		// money its senders do not have.
		r.t = t
		w := clone(t, good)
		for i := range w.Entries {
			w.Entries[i].Balance = uint256.Int{}
			w.Entries[i].Sibling = fraud.Sibling{}
			p, err := valid.db.Prove(w.Entries[i].Key)
			if err != nil {
				t.Fatal(err)
			}
			w.Entries[i].Proof = p
		}
		r.mustRevertAny(prove(w), errValueMismatch, errInvalidProof)
	})
	t.Run("nonce changed", func(t *testing.T) {
		r.t = t
		w := clone(t, good)
		for i := range w.Entries {
			if w.Entries[i].Account {
				w.Entries[i].Nonce++
				r.mustRevertAny(prove(w), errValueMismatch, errBadSibling, errInvalidProof)
				return
			}
		}
		t.Fatal("no account in the witness")
	})
	t.Run("proof of another key", func(t *testing.T) {
		r.t = t
		w := clone(t, good)
		w.Entries[0].Proof, w.Entries[1].Proof = w.Entries[1].Proof, w.Entries[0].Proof
		r.mustRevertAny(prove(w), errInvalidProof, errValueMismatch)
	})
	t.Run("entry for another key", func(t *testing.T) {
		r.t = t
		w := clone(t, good)
		w.Entries[0].Key = common.Hash{} // sorts first: still a valid order
		r.mustRevertAny(prove(w), errMissing, errInvalidProof, errValueMismatch)
	})
	t.Run("entry missing", func(t *testing.T) {
		r.t = t
		for i := range good.Entries {
			w := clone(t, good)
			w.Entries = append(w.Entries[:i], w.Entries[i+1:]...)
			r.mustRevertAny(prove(w), errMissing, errInvalidProof, errValueMismatch)
		}
	})
	t.Run("truncated bytes", func(t *testing.T) {
		r.t = t
		p := prove(good)
		for _, cut := range []int{1, 32, 65, len(p.witness) - 2} {
			q := *p
			q.witness = p.witness[:len(p.witness)-cut]
			r.mustRevertAny(&q, errMalformed, "MalformedProof()")
		}
	})
	t.Run("no witness", func(t *testing.T) {
		r.t = t
		r.mustRevert(prove(&fraud.Witness{}), errMissing)
	})
	t.Run("trailing byte", func(t *testing.T) {
		r.t = t
		p := prove(good)
		p.witness = append(p.witness, 0)
		r.mustRevert(p, errMalformed)
	})

	invalid := prepare(t, cfg, vectorNamed(t, blocks, "insufficient funds for value"))
	r.enqueue(invalid.parent.QueueCursor, invalid.queue)
	t.Run("sender made rich to hide an overdraft", func(t *testing.T) {
		r.t = t
		w := clone(t, invalid.built.Witness)
		for i := range w.Entries {
			if w.Entries[i].Account {
				w.Entries[i].Balance.SetAllOne()
			}
		}
		// Either a key the now-valid block goes on to read is missing, or
		// the proofs (against the parent root) do not show the lie.
		r.mustRevertAny(newProof(t, invalid.parent, invalid.header, invalid.v.TxData, invalid.queue, w),
			errValueMismatch, errMissing, errInvalidProof)
	})
}

// TestWrongInputsAreRejected: the parent, the tx data and the queue items
// must be the ones L1 holds.
func TestWrongInputsAreRejected(t *testing.T) {
	cfg, blocks := loadBlocks(t)
	r := newRig(t, cfg)
	c := prepare(t, cfg, vectorNamed(t, blocks, "token deposit, token transfer, withdrawals"))
	r.enqueue(c.parent.QueueCursor, c.queue)
	if len(c.queue) == 0 || len(c.v.TxData) == 0 {
		t.Fatal("vector needs queue items and transactions")
	}
	base := newProof(t, c.parent, c.header, c.v.TxData, c.queue, c.built.Witness)

	p := *base
	parent := *c.parent
	parent.StateRoot = common.Hash{1}
	p.parent = &parent
	r.mustRevert(&p, "ParentMismatch(bytes32,bytes32)")

	p = *base
	p.txData = append([]byte{}, base.txData...)
	p.txData[len(p.txData)-1] ^= 1
	r.mustRevert(&p, "TxDataMismatch(bytes32,bytes32)")

	p = *base
	p.queue = append([]byte{}, base.queue...)
	p.queue[len(p.queue)-1] ^= 1 // the amount of the last item
	r.mustRevert(&p, "QueueItemMismatch(uint256)")

	p = *base
	p.queue = base.queue[:len(base.queue)-core.QueueItemSize]
	r.mustRevert(&p, "QueueItemsLength(uint256,uint256)")

	// An invented queue item: the header claims one more item than the
	// queue holds.
	h := *c.header
	h.QueueCursor++
	extra := core.QueueItem{Kind: core.QueueDepositETH, To: common.Address{9}, Amount: *uint256.NewInt(1)}
	p = *base
	p.header = &h
	p.queue = append(append([]byte{}, base.queue...), extra.Encode()...)
	r.mustRevert(&p, "UnknownQueueItem(uint256)")
}

// TestWrongSiblingIsRejected: a deletion's sibling preimage must be the
// true one, of the true kind.
func TestWrongSiblingIsRejected(t *testing.T) {
	r := newRig(t, core.DevConfig())
	c := newChainRun(t, r, 11, 40, 40)
	for attempt := 0; attempt < 20 && c.lastDeletion == nil; attempt++ {
		c.block(4, 8)
	}
	if c.lastDeletion == nil {
		t.Fatal("no block deleted a key")
	}
	d := c.lastDeletion
	for _, mutate := range []func(s *fraud.Sibling){
		func(s *fraud.Sibling) { s.Kind = 3 - s.Kind },
		func(s *fraud.Sibling) { s.A[0] ^= 1 },
		func(s *fraud.Sibling) { *s = fraud.Sibling{} },
	} {
		w := clone(t, d.witness)
		mutate(&w.Entries[d.entry].Sibling)
		r.mustRevertAny(newProof(t, d.parent, d.header, d.txData, d.queue, w), errBadSibling)
	}
	// A sibling where none is needed.
	w := clone(t, d.witness)
	for i := range w.Entries {
		if w.Entries[i].Sibling.Kind == fraud.SiblingNone {
			w.Entries[i].Sibling = w.Entries[d.entry].Sibling
			r.mustRevertAny(newProof(t, d.parent, d.header, d.txData, d.queue, w), errBadSibling)
			return
		}
	}
}
