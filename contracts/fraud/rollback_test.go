package fraud_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
)

// badTxData does not decode: a block carrying it is proven wrong
// (MalformedTxData) with an empty witness, whatever its parent.
var badTxData = []byte{0xff}

// postBadBlocks posts n batches of one block each on c.parent, every block
// carrying badTxData, and returns their headers by batch index offset.
func (c *l2) postBadBlocks(n int) []*core.Header {
	c.t.Helper()
	out := make([]*core.Header, n)
	for i := range out {
		h := c.filler()
		h.TxDataHash = crypto.Keccak256Hash(badTxData)
		c.submit(h, badTxData)
		c.parent, out[i] = h, h
	}
	return out
}

// proveBad proves batch `batch`'s block h (posted by postBadBlocks on
// parent) wrong from `from`.
func (c *l2) proveBad(from *simtest.Account, batch uint64, parent, h *core.Header) error {
	c.t.Helper()
	_, err := c.prove(from, batch, parent, h, badTxData, nil, &fraud.Witness{})
	return err
}

// rollbackRange returns [rollbackNext, rollbackEnd).
func (c *l2) rollbackRange() (uint64, uint64) {
	c.t.Helper()
	next, err := rollupABI.UnpackRollbackNext(c.call(rollupABI.PackRollbackNext()))
	if err != nil {
		c.t.Fatal(err)
	}
	end, err := rollupABI.UnpackRollbackEnd(c.call(rollupABI.PackRollbackEnd()))
	if err != nil {
		c.t.Fatal(err)
	}
	return next.Uint64(), end.Uint64()
}

// released returns, per batch index, how many BondReleased events the
// Rollup emitted for it, and to whom.
func (c *l2) released() (map[uint64]int, map[uint64]common.Address) {
	c.t.Helper()
	logs, err := c.chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{c.rollup},
		Topics: [][]common.Hash{{rollupABI.GetABI().Events["BondReleased"].ID}},
	})
	if err != nil {
		c.t.Fatal(err)
	}
	n, to := map[uint64]int{}, map[uint64]common.Address{}
	for i := range logs {
		ev, err := rollupABI.UnpackBondReleasedEvent(&logs[i])
		if err != nil {
			c.t.Fatal(err)
		}
		if ev.Amount.Cmp(bond) != 0 {
			c.t.Fatalf("batch %s released %s wei, want the bond %s", ev.BatchIndex, ev.Amount, bond)
		}
		n[ev.BatchIndex.Uint64()]++
		to[ev.BatchIndex.Uint64()] = ev.Submitter
	}
	return n, to
}

// checkBonds checks where every batch's bond is once no rollback is
// pending: a batch still on L1 holds its bond, a batch a proof slashed
// released nothing (its bond went half to the challenger, half burned),
// and every other reverted batch released its bond once to its submitter.
// posted is how many batches were ever posted (all by c.sequence), proofs
// the slashed batches with their rewarded challengers. The Rollup's balance
// is exactly what it owes, plus `deposits` (ETH deposited to L2).
func (c *l2) checkBonds(posted uint64, proofs map[uint64]common.Address, deposits *big.Int) {
	c.t.Helper()
	if next, end := c.rollbackRange(); next != 0 || end != 0 {
		c.t.Fatalf("rollback [%d, %d) still pending", next, end)
	}
	count := c.batchCount()
	n, to := c.released()
	returned := 0
	for i := range posted {
		_, slashed := proofs[i]
		switch {
		case i < count || slashed:
			if n[i] != 0 {
				c.t.Fatalf("batch %d (live or slashed) released its bond %d times", i, n[i])
			}
		case n[i] != 1 || to[i] != c.sequence.Address:
			c.t.Fatalf("reverted batch %d released its bond %d times (to %s), want once to its submitter", i, n[i], to[i])
		default:
			returned++
		}
	}
	half := new(big.Int).Div(bond, big.NewInt(2))
	want := map[common.Address]*big.Int{c.sequence.Address: new(big.Int).Mul(bond, big.NewInt(int64(returned)))}
	for _, who := range proofs {
		if want[who] == nil {
			want[who] = new(big.Int)
		}
		want[who].Add(want[who], half)
	}
	owed := new(big.Int)
	for who, w := range want {
		if got := c.claimable(who); got.Cmp(w) != 0 {
			c.t.Fatalf("%s may claim %s, want %s", who, got, w)
		}
		owed.Add(owed, w)
	}
	held := new(big.Int).Mul(bond, new(big.Int).SetUint64(count))
	if got, want := c.chain.Balance(c.rollup), new(big.Int).Add(owed, held); got.Cmp(want.Add(want, deposits)) != 0 {
		c.t.Fatalf("the Rollup holds %s wei, want %s owed plus %s in the bonds of its %d batches plus %s deposited", got, owed, held, count, deposits)
	}
}

// TestDecoyRollbackDoesNotBlockTheRealLie: the liar posts a real lie
// (batch 1: a withdrawal of ETH that the header's state root hides), a
// decoy lie right after it (batch 2, tx data that does not decode) and 40
// batches on top, and proves its own decoy first: the rollback is longer
// than one challenge settles, so it stays pending. The honest challenger's
// proof of the real lie must go through at once (it used to revert
// RollbackPending until someone settled the decoy's rollback), and at the
// end every bond's wei is where it belongs: the real lie's and the
// decoy's halves with their provers and burned, every other reverted
// batch's bond back with its submitter, batch 0's still held.
func TestDecoyRollbackDoesNotBlockTheRealLie(t *testing.T) {
	c := newL2(t)
	seq, challenger := c.chain.Accounts[0], c.chain.Accounts[1]
	alice := newSigner("alice")
	deposit := core.QueueItem{Kind: core.QueueDepositETH, From: seq.Address, To: alice.addr, Amount: *uint256.NewInt(5e18)}
	c.chain.MustSend(seq, c.rollup, rollupABI.PackDepositETH(alice.addr), deposit.Amount.ToBig())
	h1, data1, _, o1 := c.block([]core.QueueItem{deposit}, nil, nil)
	c.submit(h1, data1)
	commit(t, c.db, o1.Diff)
	c.parent = h1
	withdraw := sign(t, c.cfg, txSpec{from: alice, nonce: 0, to: core.BridgeAddress, value: uint256.NewInt(1e18)})
	h2, data2, built2, _ := c.block(nil, []*core.Tx{withdraw}, func(h *core.Header) { h.StateRoot[0] ^= 0xff })
	c.submit(h2, data2)
	c.parent = h2
	decoy := c.postBadBlocks(1)[0]
	for range 40 {
		h := c.filler()
		c.submit(h, nil)
		c.parent = h
	}
	const posted = 43

	if err := c.proveBad(seq, 2, h2, decoy); err != nil {
		t.Fatalf("the liar proves its decoy: %v", err)
	}
	if next, end := c.rollbackRange(); next == 0 || end != posted {
		t.Fatalf("rollback [%d, %d) after the decoy's proof, want one pending up to %d", next, end, posted)
	}
	if _, err := c.prove(challenger, 1, h1, h2, data2, nil, built2.Witness); err != nil {
		t.Fatalf("the real lie's proof during the decoy's rollback: %v", err)
	}
	if n := c.batchCount(); n != 1 {
		t.Fatalf("batch count %d, want 1", n)
	}
	// Nine reverted batches are left: the next batch settles them itself.
	c.parent = h1
	h := c.filler()
	c.submit(h, nil)
	c.checkBonds(posted, map[uint64]common.Address{1: challenger.Address, 2: seq.Address}, deposit.Amount.ToBig())
}

// TestRollbacksMerge proves batches in every order a pending rollback
// allows (each proof below the ones before, at the index right below, with
// the earlier range partly settled by the proof itself or by
// settleRollback) and checks where every bond ends.
func TestRollbacksMerge(t *testing.T) {
	type op struct {
		prove  int // batch to prove, or -1
		settle int // settleRollback(settle) when prove is -1
	}
	p := func(b int) op { return op{prove: b} }
	s := func(n int) op { return op{prove: -1, settle: n} }
	for _, tc := range []struct {
		name string
		ops  []op
	}{
		{"below the first", []op{p(40), p(10)}},
		{"right below the first", []op{p(40), p(39)}},
		{"below after a partial settle", []op{p(20), s(5), p(5)}},
		{"right below after a partial settle", []op{p(20), s(30), p(19)}},
		{"three, each below", []op{p(60), p(30), p(29), p(2)}},
		{"after the first was settled", []op{p(70), p(50)}},
		{"settles between", []op{p(40), s(3), p(39), s(1), p(0)}},
		{"the first batch, then none left", []op{p(79), p(0)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newL2(t)
			const posted = 80
			genesis := c.parent
			hs := c.postBadBlocks(posted)
			parentOf := func(i int) *core.Header {
				if i == 0 {
					return genesis
				}
				return hs[i-1]
			}
			proofs := map[uint64]common.Address{}
			for k, o := range tc.ops {
				who := c.chain.Accounts[1+k%2]
				if o.prove < 0 {
					c.chain.MustSend(who, c.rollup, rollupABI.PackSettleRollback(big.NewInt(int64(o.settle))), nil)
					continue
				}
				if err := c.proveBad(who, uint64(o.prove), parentOf(o.prove), hs[o.prove]); err != nil {
					t.Fatalf("op %d, proving batch %d: %v", k, o.prove, err)
				}
				proofs[uint64(o.prove)] = who.Address
				if n := c.batchCount(); n != uint64(o.prove) {
					t.Fatalf("batch count %d after proving batch %d", n, o.prove)
				}
			}
			if next, end := c.rollbackRange(); end != 0 {
				c.chain.MustSend(c.chain.Accounts[2], c.rollup, rollupABI.PackSettleRollback(big.NewInt(posted)), nil)
				t.Logf("settled [%d, %d) at the end", next, end)
			}
			c.checkBonds(posted, proofs, new(big.Int))
			// The chain goes on from the last live batch.
			count := c.batchCount()
			c.parent = parentOf(int(count))
			c.submit(c.filler(), nil)
			if n := c.batchCount(); n != count+1 {
				t.Fatalf("batch count %d after a new batch, want %d", n, count+1)
			}
		})
	}
}
