package fraud_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
	"github.com/viaduct-l2/viaduct/state"
)

var rollupABI = bindings.NewRollup()

const challengeWindow = 3600

var bond = big.NewInt(1e18)

// l2 follows the L2 chain the tests post: the state after the last block
// and the headers of the batches posted so far.
type l2 struct {
	t        *testing.T
	chain    *simtest.Chain
	rollup   common.Address
	cfg      *core.Config
	db       *state.DB
	parent   *core.Header
	sequence *simtest.Account
}

func newL2(t *testing.T) *l2 {
	chain := simtest.New(t, 3)
	cfg := core.DevConfig()
	rc := rollup.Config{
		L2ChainID: cfg.ChainID, Sequencer: chain.Accounts[0].Address,
		ChallengeWindow: challengeWindow, InclusionWindow: 24 * 3600, Bond: bond,
		L2BaseFee: cfg.BaseFee.ToBig(), MinDeposit: big.NewInt(1), MaxDeposit: new(big.Int).Lsh(big.NewInt(1), 100),
		MinTokenDeposit: big.NewInt(1), MaxTokenDeposit: new(big.Int).Lsh(big.NewInt(1), 100),
	}
	args, err := rc.ConstructorArgs()
	if err != nil {
		t.Fatal(err)
	}
	addr := chain.Deploy(chain.Accounts[0], &bindings.RollupMetaData, args)
	return &l2{t: t, chain: chain, rollup: addr, cfg: cfg, db: memState(t), parent: core.Genesis(), sequence: chain.Accounts[0]}
}

// block executes a block on the current state; lie, if set, changes the
// header before it is returned. It does not commit the state.
func (c *l2) block(queue []core.QueueItem, txs []*core.Tx, lie func(h *core.Header)) (*core.Header, []byte, *fraud.Built, *core.Outcome) {
	c.t.Helper()
	txData := core.EncodeTxs(txs)
	ts := c.chain.Now()
	h, built := honest(c.t, c.cfg, c.db, c.parent, ts, common.Address{0xfe}, queue, txData)
	o, err := core.Execute(c.cfg, c.db, c.parent, ts, common.Address{0xfe}, queue, txData)
	if err != nil {
		c.t.Fatal(err)
	}
	if lie != nil {
		lie(h)
	}
	return h, txData, built, o
}

// filler returns an empty block on c.parent that copies its roots (no
// witness: it is built on a header that may lie).
func (c *l2) filler() *core.Header {
	return &core.Header{
		ParentHash: c.parent.Hash(), Number: c.parent.Number + 1, Timestamp: c.chain.Now(),
		TxDataHash: core.EmptyTxDataHash, StateRoot: c.parent.StateRoot, QueueCursor: c.parent.QueueCursor,
	}
}

func (c *l2) submit(h *core.Header, txData []byte) {
	c.t.Helper()
	c.chain.MustSend(c.sequence, c.rollup, rollupABI.PackSubmitBatch(rollup.BatchArg([]rollup.Block{{Header: h, TxData: txData}})), bond)
}

func (c *l2) call(data []byte) []byte {
	c.t.Helper()
	out, err := c.chain.Call(c.rollup, data)
	if err != nil {
		c.t.Fatal(err)
	}
	return out
}

func (c *l2) batchCount() uint64 {
	n, err := rollupABI.UnpackBatchCount(c.call(rollupABI.PackBatchCount()))
	if err != nil {
		c.t.Fatal(err)
	}
	return n.Uint64()
}

func (c *l2) claimable(a common.Address) *big.Int {
	n, err := rollupABI.UnpackClaimable(c.call(rollupABI.PackClaimable(a)))
	if err != nil {
		c.t.Fatal(err)
	}
	return n
}

func challengeCall(batch uint64, parent, h *core.Header, txData []byte, queue []core.QueueItem, w *fraud.Witness, salt common.Hash) []byte {
	enc, err := w.MarshalBinary()
	if err != nil {
		panic(err) // witnesses from Build always encode
	}
	return rollup.ChallengeCall(batch, parent, []*core.Header{h}, 0, txData, queue, enc, salt)
}

// saltOf is the tests' salt for from's challenge of block blockHash of
// batch `batch` as posted at L1 time submittedAt: a batch posted again at
// the same index (after a rollback) needs a commitment of its own.
func saltOf(from *simtest.Account, batch uint64, blockHash common.Hash, submittedAt uint64) common.Hash {
	return crypto.Keccak256Hash([]byte("viaduct/fraud-test/salt"), from.Address[:], new(big.Int).SetUint64(batch).Bytes(), blockHash[:], new(big.Int).SetUint64(submittedAt).Bytes())
}

// submittedAt returns when batch `batch` was posted (zero: no such batch).
func (c *l2) submittedAt(batch uint64) uint64 {
	c.t.Helper()
	out, err := c.chain.Call(c.rollup, rollupABI.PackGetBatch(new(big.Int).SetUint64(batch)))
	if err != nil {
		return 0
	}
	b, err := rollupABI.UnpackGetBatch(out)
	if err != nil {
		c.t.Fatal(err)
	}
	return b.SubmittedAt
}

// commitmentTime returns when a commitment was recorded (zero: never).
func (c *l2) commitmentTime(cm common.Hash) uint64 {
	c.t.Helper()
	at, err := rollupABI.UnpackChallengeCommitment(c.call(rollupABI.PackChallengeCommitment(cm)))
	if err != nil {
		c.t.Fatal(err)
	}
	return at
}

// commit records from's commitment to block blockHash of batch `batch`
// (once) and mines a later L1 block, so that a challenge may reveal it. It
// returns the salt.
func (c *l2) commit(from *simtest.Account, batch uint64, blockHash common.Hash) common.Hash {
	c.t.Helper()
	salt := saltOf(from, batch, blockHash, c.submittedAt(batch))
	cm := rollup.ChallengeCommitment(from.Address, batch, blockHash, salt)
	if c.commitmentTime(cm) == 0 {
		c.chain.MustSend(from, c.rollup, rollup.CommitChallengeCall(cm), nil)
		c.chain.AdvanceTime(time.Second)
	}
	return salt
}

// prove commits to block h of batch `batch` from `from` and sends its
// one-transaction challenge.
func (c *l2) prove(from *simtest.Account, batch uint64, parent, h *core.Header, txData []byte, queue []core.QueueItem, w *fraud.Witness) (*types.Receipt, error) {
	c.t.Helper()
	salt := c.commit(from, batch, h.Hash())
	return c.chain.Send(from, c.rollup, challengeCall(batch, parent, h, txData, queue, w, salt), nil)
}

func wantRollupRevert(t *testing.T, err error, sig string) {
	t.Helper()
	data, ok := simtest.RevertData(err)
	if err == nil || !ok || len(data) < 4 || string(data[:4]) != string(simtest.ErrorSelector(sig)) {
		t.Fatalf("got %v, want revert %s", err, sig)
	}
}

// TestChallengeRevertsTheBatchAndEveryLaterOne posts an honest batch, a
// batch whose block lies about its state root (and withdraws ETH), and a
// batch on top of it; proves the lie; and checks the consequences: batches
// 1 and 2 are gone (the queue cursor and latest block are batch 0's again),
// the liar's bond is split between the challenger and the zero address,
// batch 2's bond is returned, the withdrawal of the reverted block cannot be
// finalized, the same proof cannot be replayed, an honest block cannot be
// proven fraudulent, and the chain goes on from batch 0 with an honest batch.
func TestChallengeRevertsTheBatchAndEveryLaterOne(t *testing.T) {
	c := newL2(t)
	seq, challenger := c.chain.Accounts[0], c.chain.Accounts[1]
	alice := newSigner("alice")
	deposit := core.QueueItem{Kind: core.QueueDepositETH, From: seq.Address, To: alice.addr, Amount: *uint256.NewInt(5e18)}
	c.chain.MustSend(seq, c.rollup, rollupABI.PackDepositETH(alice.addr), deposit.Amount.ToBig())

	// Batch 0: the deposit, honest.
	h1, data1, built1, o1 := c.block([]core.QueueItem{deposit}, nil, nil)
	c.submit(h1, data1)
	commit(t, c.db, o1.Diff)
	genesis := c.parent
	c.parent = h1

	// Batch 1: alice withdraws 1 ETH; the header lies about the state root.
	withdraw := sign(t, c.cfg, txSpec{from: alice, nonce: 0, to: core.BridgeAddress, value: uint256.NewInt(1e18)})
	h2, data2, built2, o2 := c.block(nil, []*core.Tx{withdraw}, func(h *core.Header) { h.StateRoot[0] ^= 0xff })
	c.submit(h2, data2)
	commit(t, c.db, o2.Diff)
	c.parent = h2
	// Batch 2: an empty block on top of the lie.
	c.submit(c.filler(), nil)
	if n := c.batchCount(); n != 3 {
		t.Fatalf("batch count %d", n)
	}

	// An honest block is not fraud.
	_, err := c.prove(challenger, 0, genesis, h1, data1, []core.QueueItem{deposit}, built1.Witness)
	wantRollupRevert(t, err, "NoFraud()")

	// The simulated chain's coinbase is the zero address, so the burn is
	// measured as what leaves the Rollup: the slashed bond's other half
	// stays, owed to the challenger.
	heldBefore := c.chain.Balance(c.rollup)
	if _, err := c.prove(challenger, 1, h1, h2, data2, nil, built2.Witness); err != nil {
		t.Fatal(err)
	}
	if n := c.batchCount(); n != 1 {
		t.Fatalf("batch count %d after the challenge, want 1", n)
	}
	half := new(big.Int).Div(bond, big.NewInt(2))
	if got := c.claimable(challenger.Address); got.Cmp(half) != 0 {
		t.Fatalf("challenger may claim %s, want %s", got, half)
	}
	if got := c.claimable(seq.Address); got.Cmp(bond) != 0 {
		t.Fatalf("batch 2's submitter may claim %s, want its bond %s", got, bond)
	}
	if burned := new(big.Int).Sub(heldBefore, c.chain.Balance(c.rollup)); burned.Cmp(half) != 0 {
		t.Fatalf("burned %s, want %s", burned, half)
	}
	end, err := rollupABI.UnpackRollbackEnd(c.call(rollupABI.PackRollbackEnd()))
	if err != nil || end.Sign() != 0 {
		t.Fatalf("rollback still pending (end %v, %v)", end, err)
	}
	cursor, err := rollupABI.UnpackQueueCursor(c.call(rollupABI.PackQueueCursor()))
	if err != nil || cursor != 1 {
		t.Fatalf("queue cursor %d (%v), want batch 0's 1", cursor, err)
	}

	// The same proof again: batch 1 no longer exists.
	_, err = c.prove(challenger, 1, h1, h2, data2, nil, built2.Witness)
	wantRollupRevert(t, err, "UnknownBatch(uint256)")
	// The reverted block's withdrawal can never be finalized.
	c.chain.AdvanceTime(2 * challengeWindow * time.Second)
	_, err = c.chain.Send(challenger, c.rollup, rollup.FinalizeCall(1, []*core.Header{h2}, 0, o2.Withdrawals, 0), nil)
	wantRollupRevert(t, err, "UnknownBatch(uint256)")

	// The chain goes on from batch 0: the honest version of block 2.
	pre := memState(t)
	c.db = pre
	commit(t, c.db, o1.Diff)
	c.parent = h1
	h2b, data2b, _, _ := c.block(nil, []*core.Tx{withdraw}, nil)
	c.submit(h2b, data2b)
	if n := c.batchCount(); n != 2 {
		t.Fatalf("batch count %d after the honest batch, want 2", n)
	}
	// The old header is not a block of the new batch 1 either.
	c.chain.AdvanceTime(2 * challengeWindow * time.Second)
	_, err = c.chain.Send(challenger, c.rollup, rollup.FinalizeCall(1, []*core.Header{h2}, 0, o2.Withdrawals, 0), nil)
	wantRollupRevert(t, err, "BlockNotInBatch(uint256,bytes32)")

	// Rewards and returned bonds are claimed.
	before := c.chain.Balance(challenger.Address)
	r := c.chain.MustSend(challenger, c.rollup, rollupABI.PackClaim(), nil)
	paid := new(big.Int).Sub(c.chain.Balance(challenger.Address), before)
	paid.Add(paid, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
	if paid.Cmp(half) != 0 {
		t.Fatalf("claim paid %s, want %s", paid, half)
	}
	_, err = c.chain.Send(challenger, c.rollup, rollupABI.PackClaim(), nil)
	wantRollupRevert(t, err, "NothingToClaim(address)")
}

// TestChallengeOfAFinalizedBatchIsRejected: once a batch's challenge window
// has ended, even a true fraud proof no longer reverts it.
func TestChallengeOfAFinalizedBatchIsRejected(t *testing.T) {
	c := newL2(t)
	h1, data1, built1, _ := c.block(nil, nil, func(h *core.Header) { h.StateRoot = common.Hash{1} })
	c.submit(h1, data1)
	c.chain.AdvanceTime(challengeWindow * time.Second)
	_, err := c.prove(c.chain.Accounts[1], 0, core.Genesis(), h1, data1, nil, built1.Witness)
	wantRollupRevert(t, err, "ChallengeWindowClosed(uint256,uint256)")
	if n := c.batchCount(); n != 1 {
		t.Fatalf("batch count %d", n)
	}
}

// TestLongRollbackIsResumable: reverting more batches than one challenge
// settles leaves the rest to settleRollback, which anyone may call; a new
// batch settles up to SETTLE_PER_CHALLENGE of them itself, and is refused
// while more are left.
func TestLongRollbackIsResumable(t *testing.T) {
	c := newL2(t)
	h1, data1, built1, _ := c.block(nil, nil, func(h *core.Header) { h.StateRoot = common.Hash{1} })
	c.submit(h1, data1)
	parent := c.parent
	c.parent = h1
	const later = 70 // more than twice SETTLE_PER_CHALLENGE
	for range later {
		h := c.filler()
		c.submit(h, nil)
		c.parent = h
	}
	if _, err := c.prove(c.chain.Accounts[1], 0, parent, h1, data1, nil, built1.Witness); err != nil {
		t.Fatal(err)
	}
	// 38 reverted batches are left: a new batch must wait.
	c.parent = parent
	h, data, _, _ := c.block(nil, nil, nil)
	_, err := c.chain.Send(c.sequence, c.rollup, rollupABI.PackSubmitBatch(rollup.BatchArg([]rollup.Block{{Header: h, TxData: data}})), bond)
	wantRollupRevert(t, err, "RollbackPending(uint256,uint256)")
	c.chain.MustSend(c.chain.Accounts[2], c.rollup, rollupABI.PackSettleRollback(big.NewInt(6)), nil)
	if got, want := c.claimable(c.sequence.Address), new(big.Int).Mul(bond, big.NewInt(32+6)); got.Cmp(want) != 0 {
		t.Fatalf("sequencer may claim %s, want 38 bonds %s", got, want)
	}
	// 32 are left: the batch settles them.
	c.submit(h, data)
	want := new(big.Int).Mul(bond, big.NewInt(later))
	if got := c.claimable(c.sequence.Address); got.Cmp(want) != 0 {
		t.Fatalf("sequencer may claim %s, want the %d later bonds %s", got, later, want)
	}
	if n := c.batchCount(); n != 1 {
		t.Fatalf("batch count %d", n)
	}
}
