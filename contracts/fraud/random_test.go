package fraud_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
	"github.com/viaduct-l2/viaduct/state"
)

var testToken = common.HexToAddress("0x00000000000000000000000000000000000a11ce")

// chainRun drives random blocks on a state database and checks each one
// against the verifier.
type chainRun struct {
	t       *testing.T
	r       *rig
	db      *state.DB
	rng     *rand.Rand
	signers []signer
	parent  *core.Header
	fresh   int
	// siblings counts the deletions whose witness carried a leaf (index 1)
	// or an internal (index 2) sibling, so the test knows it exercised both.
	siblings [3]int
	// lastDeletion is the last block whose witness deleted a key.
	lastDeletion *deletion
}

// deletion is a block whose witness entry `entry` carries a sibling.
type deletion struct {
	parent, header *core.Header
	txData         []byte
	queue          []core.QueueItem
	witness        *fraud.Witness
	entry          int
}

func (c *chainRun) freshAddr() common.Address {
	c.fresh++
	return newSigner(fmt.Sprintf("fresh-%d", c.fresh)).addr
}

// block builds one random block: queue items that credit new addresses and
// empty old ones, and transactions that move whole balances, so that the
// block inserts keys, deletes keys (moving their siblings up) and updates
// others.
func (c *chainRun) block(maxQueue, maxTxs int) {
	t := c.t
	perm := c.rng.Perm(len(c.signers))
	var queue []core.QueueItem
	var txs []*core.Tx
	used := 0
	nq := c.rng.IntN(maxQueue + 1)
	for range nq {
		switch c.rng.IntN(4) {
		case 0:
			queue = append(queue, core.QueueItem{Kind: core.QueueDepositETH, To: c.freshAddr(), Amount: *uint256.NewInt(1e15)})
		case 1:
			queue = append(queue, core.QueueItem{Kind: core.QueueDepositToken, To: c.freshAddr(), Token: testToken, Amount: *uint256.NewInt(5)})
		case 2:
			s := c.signers[perm[used]]
			used++
			queue = append(queue, core.QueueItem{Kind: core.QueueForcedWithdrawal, From: s.addr, To: s.addr, Amount: *uint256.NewInt(1 << 62)})
		case 3:
			s := c.signers[perm[used]]
			used++
			queue = append(queue, core.QueueItem{Kind: core.QueueForcedWithdrawal, From: s.addr, To: s.addr, Token: testToken, Amount: *uint256.NewInt(1 << 62)})
		}
	}
	nt := c.rng.IntN(maxTxs + 1)
	for ; nt > 0 && used < len(c.signers); used++ {
		s := c.signers[perm[used]]
		a, err := c.db.Account(s.addr)
		if err != nil {
			t.Fatal(err)
		}
		if a.Balance.Lt(uint256.NewInt(1e16)) {
			continue // emptied by a forced withdrawal
		}
		tb, err := c.db.TokenBalance(s.addr, testToken)
		if err != nil {
			t.Fatal(err)
		}
		nt--
		spec := txSpec{from: s, nonce: a.Nonce, to: c.freshAddr(), value: uint256.NewInt(uint64(c.rng.IntN(1000)))}
		switch k := c.rng.IntN(4); {
		case k == 0 && !tb.IsZero():
			// The whole token balance to a new or an old owner: the
			// sender's token key is deleted.
			to := c.freshAddr()
			if c.rng.IntN(2) == 0 {
				to = c.signers[perm[c.rng.IntN(len(perm))]].addr
			}
			spec = txSpec{from: s, nonce: a.Nonce, to: testToken, token: true, recipient: to, amount: &tb}
		case k == 1 && !tb.IsZero():
			spec = txSpec{from: s, nonce: a.Nonce, to: testToken, token: true, recipient: core.BridgeAddress, amount: &tb}
		case k == 2:
			spec = txSpec{from: s, nonce: a.Nonce, to: core.BridgeAddress, value: uint256.NewInt(1e9)}
		}
		txs = append(txs, sign(t, c.r.cfg, spec))
	}
	txData := core.EncodeTxs(txs)
	feeTo := c.signers[c.rng.IntN(len(c.signers))].addr
	if c.rng.IntN(3) == 0 {
		feeTo = c.freshAddr()
	}
	header, built := honest(t, c.r.cfg, c.db, c.parent, c.parent.Timestamp+1, feeTo, queue, txData)
	for i, e := range built.Witness.Entries {
		c.siblings[e.Sibling.Kind]++
		if e.Sibling.Kind != fraud.SiblingNone {
			c.lastDeletion = &deletion{parent: c.parent, header: header, txData: txData, queue: queue, witness: built.Witness, entry: i}
		}
	}
	c.r.enqueue(c.parent.QueueCursor, queue)
	p := newProof(t, c.parent, header, txData, queue, built.Witness)
	if res := c.r.mustVerdict(p); res.Fraud != fraudNone {
		t.Fatalf("block %d: honest block judged fraudulent: %s", header.Number, describe(res))
	}
	wrong := *header
	wrong.StateRoot[31] ^= 1
	if res := c.r.mustVerdict(newProof(t, c.parent, &wrong, txData, queue, built.Witness)); res.Fraud != fraudStateRoot {
		t.Fatalf("block %d: wrong state root judged %s", header.Number, describe(res))
	}
	o, err := core.Execute(c.r.cfg, c.db, c.parent, header.Timestamp, feeTo, queue, txData)
	if err != nil {
		t.Fatal(err)
	}
	commit(t, c.db, o.Diff)
	c.parent = header
}

func newChainRun(t *testing.T, r *rig, seed uint64, signers, tokenHolders int) *chainRun {
	c := &chainRun{t: t, r: r, db: memState(t), rng: rand.New(rand.NewPCG(seed, 7))}
	d := &state.Diff{Accounts: map[common.Address]state.Account{}, Tokens: map[state.TokenID]uint256.Int{}}
	for i := range signers {
		s := newSigner(fmt.Sprintf("%d-%d", seed, i))
		c.signers = append(c.signers, s)
		d.Accounts[s.addr] = state.Account{Balance: *uint256.NewInt(1e18)}
		if i < tokenHolders {
			d.Tokens[state.TokenID{Owner: s.addr, Token: testToken}] = *uint256.NewInt(uint64(1 + c.rng.IntN(1000)))
		}
	}
	commit(t, c.db, d)
	c.parent = &core.Header{Number: 41, Timestamp: 1000, StateRoot: c.db.Root(), QueueCursor: 0, TxDataHash: core.EmptyTxDataHash}
	return c
}

// TestRandomBlocksOnChain runs random blocks that insert and delete keys,
// in a tree of a few hundred keys and in trees of two or three keys (where
// deleting a leaf empties or collapses the whole tree), and checks each
// block's witness on the verifier: the honest header is not fraud, a wrong
// state root is.
func TestRandomBlocksOnChain(t *testing.T) {
	r := newRig(t, core.DevConfig())
	t.Run("large", func(t *testing.T) {
		r.t = t
		c := newChainRun(t, r, 1, 300, 200)
		for range 8 {
			c.block(6, 24)
		}
		if c.siblings[1] == 0 || c.siblings[2] == 0 {
			t.Fatalf("deletions with leaf / internal siblings: %d / %d; the blocks should make both", c.siblings[1], c.siblings[2])
		}
		t.Logf("entries without sibling %d, deletions next to a leaf %d, next to an internal node %d", c.siblings[0], c.siblings[1], c.siblings[2])
	})
	for seed := uint64(2); seed < 8; seed++ {
		t.Run(fmt.Sprintf("tiny-%d", seed), func(t *testing.T) {
			r.t = t
			c := newChainRun(t, r, seed, 3, 2)
			c.parent.QueueCursor = 1000 * seed // a queue range of its own
			for range 3 {
				c.block(2, 2)
			}
		})
	}
}
