package l1_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/state"
)

// post posts one batch of the blocks mk builds on the Rollup's latest
// block and returns them.
func (e *followEnv) post(t *testing.T, mk ...func(parent *core.Header) *core.Header) []*core.Header {
	t.Helper()
	lb, err := e.rollup.LatestBlock(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	parent, ok := e.headers[lb.BlockHash]
	if !ok {
		t.Fatalf("the Rollup's latest block %d %x was not built here", lb.Number, lb.BlockHash)
	}
	var blocks []rollup.Block
	var headers []*core.Header
	for _, f := range mk {
		h := f(parent)
		e.headers[h.Hash()] = h
		blocks = append(blocks, rollup.Block{Header: h})
		headers = append(headers, h)
		parent = h
	}
	bond, err := e.rollup.Bond(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.send(t, 4, bindings.NewRollup().PackSubmitBatch(rollup.BatchArg(blocks)), bond)
	return headers
}

// emptyOn is an empty block on parent; with withdrawals, a block claiming
// them (the Rollup checks withdrawals against the header only).
func emptyOn(parent *core.Header, ws ...core.Withdrawal) *core.Header {
	return &core.Header{
		ParentHash: parent.Hash(), Number: parent.Number + 1, Timestamp: parent.Timestamp,
		TxDataHash: core.EmptyTxDataHash, StateRoot: parent.StateRoot,
		WithdrawalsRoot: core.WithdrawalsRoot(ws), QueueCursor: parent.QueueCursor,
	}
}

func (e *followEnv) l1Head(t *testing.T) uint64 {
	t.Helper()
	n, err := e.chain.Client.BlockNumber(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// recordsEnv is a Rollup that has paid a withdrawal and reverted a wrong
// block after a challenger revealed its commitment, and posted another
// batch at the reverted index.
type recordsEnv struct {
	*followEnv
	paidID     l1.WithdrawalID
	paidAmount *big.Int
	recipient  common.Address
	challenger common.Address
	lie        *core.Header
	beforePaid uint64 // the L1 head before the withdrawal was paid
}

func newRecordsEnv(t *testing.T) *recordsEnv {
	e := &recordsEnv{followEnv: newFollowEnv(t), recipient: common.HexToAddress("0xbeef"),
		challenger: crypto.PubkeyToAddress(devl1.DevKey(2).PublicKey), paidAmount: big.NewInt(3e15)}
	e.deposit(t, 1, 1e16) // the Rollup's ETH pays the withdrawal
	w := core.Withdrawal{Block: 1, Index: 0, Recipient: e.recipient, Amount: *uint256.MustFromBig(e.paidAmount)}
	e.paidID = l1.WithdrawalID{Block: 1, Index: 0}
	batchA := e.post(t, func(p *core.Header) *core.Header { return emptyOn(p, w) })
	if err := e.chain.AdvanceTime(e.ctx, 121*time.Second); err != nil { // rollup.DevConfig's window is 120 s
		t.Fatal(err)
	}
	e.chain.Mine(1)
	e.beforePaid = e.l1Head(t)
	e.send(t, 3, rollup.FinalizeCall(0, batchA, 0, []core.Withdrawal{w}, 0), nil)

	// Batch 1: a block claiming a state root no execution gives.
	lie := e.post(t, func(p *core.Header) *core.Header {
		h := emptyOn(p)
		h.StateRoot = crypto.Keccak256Hash([]byte("lie"))
		return h
	})
	e.lie = lie[0]
	salt := common.Hash{7}
	e.send(t, 2, rollup.CommitChallengeCall(rollup.ChallengeCommitment(e.challenger, 1, e.lie.Hash(), salt)), nil)
	e.chain.Mine(1) // the reveal must come after the commitment's L1 time, and is estimated at the head
	e.send(t, 2, rollup.RevealChallengeCall(1, e.lie.Hash(), salt), nil)
	pre, err := state.New(memDB(t))
	if err != nil {
		t.Fatal(err)
	}
	built, err := fraud.Build(core.DevConfig(), pre, batchA[0], e.lie, nil, nil)
	if err != nil || built.Invalid != nil {
		t.Fatalf("witness: %v, %v", err, built.Invalid)
	}
	witness, err := built.Witness.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	e.send(t, 2, rollup.ChallengeCall(1, batchA[0], lie, 0, nil, nil, witness, salt), nil)
	// Batch 1 again, honest this time: its record replaces the lie's.
	e.post(t, func(p *core.Header) *core.Header { return emptyOn(p) })
	return e
}

// countKeys counts the follower's keys under prefix.
func countKeys(t *testing.T, db *pebble.DB, prefix string) int {
	t.Helper()
	end := []byte(prefix)
	end[len(end)-1]++
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: []byte(prefix), UpperBound: end})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	n := 0
	for ok := it.First(); ok; ok = it.Next() {
		n++
	}
	return n
}

// checkRecords checks what an explorer shows of newRecordsEnv's L1.
func (e *recordsEnv) checkRecords(t *testing.T, s *l1.Snapshot) {
	t.Helper()
	if s.ChallengeCount() != 1 {
		t.Fatalf("%d challenges, want 1", s.ChallengeCount())
	}
	c, err := s.Challenge(0)
	if err != nil {
		t.Fatal(err)
	}
	if c.BatchIndex != 1 || c.BlockHash != e.lie.Hash() || c.Challenger != e.challenger || c.CommittedAt == 0 || c.L1Time <= c.CommittedAt || c.Tx == (common.Hash{}) {
		t.Fatalf("challenge %+v", c)
	}
	if _, err := s.Challenge(1); err == nil {
		t.Fatal("a second challenge")
	}
	if s.ProofCount() != 1 {
		t.Fatalf("%d proofs, want 1", s.ProofCount())
	}
	p, err := s.Proof(0)
	if err != nil {
		t.Fatal(err)
	}
	bond, err := e.rollup.Bond(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	half := new(big.Int).Div(bond, big.NewInt(2))
	if p.BatchIndex != 1 || p.BlockNumber != 2 || p.Challenger != e.challenger || p.Fraud != 6 ||
		p.Reward.Cmp(half) != 0 || p.Burned == nil || p.Burned.Cmp(half) != 0 || p.RevertedTo != 1 || p.L1Time < c.L1Time {
		t.Fatalf("proof %+v; want batch 1 block 2 StateRoot, %s rewarded and burned", p, half)
	}
	rev, err := s.RevertedBatch(0, 1)
	if err != nil {
		t.Fatal(err)
	}
	now, err := s.Batch(1)
	if err != nil {
		t.Fatal(err)
	}
	if rev.LastBlockHash != e.lie.Hash() || rev.Index != 1 || now.LastBlockHash == e.lie.Hash() || rev.Tx == now.Tx {
		t.Fatalf("reverted batch %+v, batch 1 now %+v: the reverted one must be the lie's", rev, now)
	}
	if _, err := s.RevertedBatch(0, 0); err == nil {
		t.Fatal("proof 0 reverted batch 0")
	}
	paid, ok, err := s.Paid(e.paidID)
	if err != nil || !ok {
		t.Fatalf("withdrawal %+v not paid: %v", e.paidID, err)
	}
	if paid.Recipient != e.recipient || paid.Amount.Cmp(e.paidAmount) != 0 || paid.Token != (common.Address{}) || paid.L1Block <= e.beforePaid || paid.Tx == (common.Hash{}) {
		t.Fatalf("paid %+v", paid)
	}
	if _, ok, err := s.Paid(l1.WithdrawalID{Block: 1, Index: 1}); ok || err != nil {
		t.Fatalf("withdrawal 1/1 paid: %v, %v", ok, err)
	}
}

// TestFollowerKeepsChallengesPaymentsAndRevertedBatches: the follower keeps
// what the Rollup's state forgets and an explorer shows: the challenger who
// revealed first, the whole verdict, the batch a proof reverted as it was
// (its index is posted again), the payment of a withdrawal; a restarted
// follower has them, and an L1 reorg that removes them removes every record.
func TestFollowerKeepsChallengesPaymentsAndRevertedBatches(t *testing.T) {
	e := newRecordsEnv(t)
	db := memDB(t)
	f := e.follower(t, db)
	s := pollF(t, e.ctx, f)
	e.checkAgainstL1(t, s)
	e.checkRecords(t, s)

	g := e.follower(t, db) // restarted on the same database
	e.checkRecords(t, g.Snapshot())

	// A reorg that drops the payment, the challenge and the proof.
	if _, err := e.chain.ReorgFrom(e.ctx, e.beforePaid+1, true); err != nil {
		t.Fatal(err)
	}
	s = pollF(t, e.ctx, g)
	for !s.QueueSettled {
		e.chain.Mine(1)
		s = pollF(t, e.ctx, g)
	}
	e.checkAgainstL1(t, s)
	if s.ChallengeCount() != 0 || s.ProofCount() != 0 || s.BatchCount() != 1 {
		t.Fatalf("after the reorg: %d challenges, %d proofs, %d batches; want 0, 0, 1", s.ChallengeCount(), s.ProofCount(), s.BatchCount())
	}
	if _, ok, err := s.Paid(e.paidID); ok || err != nil {
		t.Fatalf("withdrawal still paid after the reorg took its payment away (%v)", err)
	}
	for prefix, what := range map[string]string{"lc": "challenge", "lw": "payment", "lr": "reverted batch"} {
		if n := countKeys(t, db, prefix); n != 0 {
			t.Fatalf("%d %s records left after the reorg removed them", n, what)
		}
	}
	// A fresh follower reads the same, compared at the same L1 block: L1
	// may mine one between the two polls (a transaction of the reorged
	// blocks sent again), and each follower reads up to the head it sees.
	ff := e.follower(t, memDB(t))
	fresh := pollF(t, e.ctx, ff)
	for range 100 {
		if fresh.L1Block == s.L1Block {
			break
		}
		s, fresh = pollF(t, e.ctx, g), pollF(t, e.ctx, ff)
	}
	if fresh.ChallengeCount() != 0 || fresh.ProofCount() != 0 || fresh.BatchCount() != s.BatchCount() {
		t.Fatalf("fresh follower: %d challenges, %d proofs, %d batches", fresh.ChallengeCount(), fresh.ProofCount(), fresh.BatchCount())
	}
	if fresh.L1Block != s.L1Block || !bytes.Equal(fresh.L1Hash[:], s.L1Hash[:]) {
		t.Fatalf("fresh follower at L1 block %d %x, followed one at %d %x", fresh.L1Block, fresh.L1Hash, s.L1Block, s.L1Hash)
	}
}
