package rollup_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/core"
)

// posted is a batch the fixture posted, with the withdrawals of each block.
type posted struct {
	index       uint64
	headers     []*core.Header
	withdrawals [][]core.Withdrawal
	receipt     *types.Receipt
}

// postWithdrawals posts one batch whose block i makes the withdrawals
// perBlock[i] (their Block and Index are filled in here).
func (f *fixture) postWithdrawals(perBlock ...[]core.Withdrawal) *posted {
	f.t.Helper()
	now := f.chain.Now()
	parent := f.tip
	cursor := parent.QueueCursor
	qlen := f.queueLength()
	p := &posted{index: uint64(len(f.batches))}
	blocks := make([]rollup.Block, len(perBlock))
	for i, ws := range perBlock {
		// Each block applies the waiting queue items (the deposits that
		// fund the withdrawals), as a sequencer does: once they are past
		// the inclusion window the Rollup refuses a block that does not.
		cursor = min(cursor+core.MaxQueueItemsPerBlock, qlen)
		ws = append([]core.Withdrawal(nil), ws...)
		for j := range ws {
			ws[j].Block = parent.Number + 1
			ws[j].Index = uint32(j)
		}
		h := nextHeader(parent, now, nil, cursor, ws)
		blocks[i] = rollup.Block{Header: h}
		p.headers = append(p.headers, h)
		p.withdrawals = append(p.withdrawals, ws)
		parent = h
	}
	p.receipt = f.mustSubmit(f.seq, blocks)
	return p
}

// finalizeCall packs finalizeWithdrawal for withdrawal w of block b of p,
// with honest proofs.
func (f *fixture) finalizeCall(p *posted, b, w int) []byte {
	return rollup.FinalizeCall(p.index, p.headers, b, p.withdrawals[b], w)
}

func (f *fixture) finalize(from *simtest.Account, p *posted, b, w int) (*types.Receipt, error) {
	return f.send(from, f.finalizeCall(p, b, w), nil)
}

// pastWindow moves L1 time to the end of p's challenge window.
func (f *fixture) pastWindow(p *posted) {
	f.t.Helper()
	f.advanceTo(p.receipt, challengeWindow)
}

func (f *fixture) spent(w *core.Withdrawal) bool {
	f.t.Helper()
	return simtest.MustCall(f.chain, f.addr, f.r.PackIsWithdrawalFinalized(w.Block, w.Index), f.r.UnpackIsWithdrawalFinalized)
}

func ethWithdrawal(to common.Address, amount *big.Int) core.Withdrawal {
	return core.Withdrawal{Recipient: to, Amount: u256(amount)}
}

func tokenWithdrawal(to, token common.Address, amount int64) core.Withdrawal {
	return core.Withdrawal{Recipient: to, Token: token, Amount: *uint256.NewInt(uint64(amount))}
}

// fund deposits ETH so the contract can pay withdrawals.
func (f *fixture) fund(amount *big.Int) {
	f.t.Helper()
	if _, err := f.depositETH(f.deployer, f.deployer.Address, amount); err != nil {
		f.t.Fatal(err)
	}
}

func TestWithdrawalBeforeChallengeWindowEnds(t *testing.T) {
	f := newFixture(t)
	f.fund(ether)
	amount := big.NewInt(1e15)
	// The batch does not apply the funding deposit: it stays in the queue.
	p := f.postWithdrawals([]core.Withdrawal{ethWithdrawal(f.bob.Address, amount)})
	finalAt := big.NewInt(int64(f.blockTime(p.receipt) + challengeWindow))

	_, err := f.finalize(f.carol, p, 0, 0)
	wantRevert(t, err, "ChallengeWindowOpen", big1(0), finalAt)
	// One second before the end (calls are simulated at the latest block's
	// time, so this is exact).
	f.advanceTo(p.receipt, challengeWindow-1)
	if f.isFinalized(0) {
		t.Fatal("batch final 1 s before its window ends")
	}
	_, err = f.finalize(f.carol, p, 0, 0)
	wantRevert(t, err, "ChallengeWindowOpen", big1(0), finalAt)
	_, err = f.send(f.carol, f.r.PackReclaimBond(big1(0)), nil)
	wantRevert(t, err, "ChallengeWindowOpen", big1(0), finalAt)

	f.chain.AdvanceTime(time.Second)
	if !f.isFinalized(0) {
		t.Fatal("batch not final when its window ends")
	}
	before := f.chain.Balance(f.bob.Address)
	// Anyone may finalize; the recipient is paid.
	receipt, err := f.finalize(f.carol, p, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(f.chain.Balance(f.bob.Address), before); got.Cmp(amount) != 0 {
		t.Fatalf("recipient got %s, want %s", got, amount)
	}
	logs := f.logsOf(receipt)
	ev, err := f.r.UnpackWithdrawalFinalizedEvent(logs[0])
	if err != nil || ev.BlockNumber != 1 || ev.Index != 0 || ev.Recipient != f.bob.Address || ev.Token != (common.Address{}) || ev.Amount.Cmp(amount) != 0 {
		t.Fatalf("event %+v (%v) does not describe the withdrawal", ev, err)
	}
}

func TestWithdrawalCannotBeFinalizedTwice(t *testing.T) {
	f := newFixture(t)
	f.fund(ether)
	amount := big.NewInt(1e15)
	p := f.postWithdrawals([]core.Withdrawal{ethWithdrawal(f.bob.Address, amount), ethWithdrawal(f.bob.Address, amount)})
	f.pastWindow(p)
	if _, err := f.finalize(f.carol, p, 0, 1); err != nil {
		t.Fatal(err)
	}
	if !f.spent(&p.withdrawals[0][1]) || f.spent(&p.withdrawals[0][0]) {
		t.Fatal("spent bits do not match: want (1,1) spent and (1,0) not")
	}
	_, err := f.finalize(f.bob, p, 0, 1)
	wantRevert(t, err, "WithdrawalAlreadyFinalized", uint64(1), uint32(1))
	// Its twin with the same recipient and amount is a different withdrawal.
	if _, err := f.finalize(f.bob, p, 0, 0); err != nil {
		t.Fatal(err)
	}
	_, err = f.finalize(f.bob, p, 0, 0)
	wantRevert(t, err, "WithdrawalAlreadyFinalized", uint64(1), uint32(0))
}

func TestWithdrawalRejectsBadProofs(t *testing.T) {
	f := newFixture(t)
	f.fund(ether)
	amount := big.NewInt(1e15)
	ws := []core.Withdrawal{ethWithdrawal(f.bob.Address, amount), ethWithdrawal(f.carol.Address, amount), ethWithdrawal(f.alice.Address, amount)}
	p := f.postWithdrawals(nil, ws, ws[:1])
	q := f.postWithdrawals(ws[1:])
	f.pastWindow(q)
	idx := func(i uint64) *big.Int { return new(big.Int).SetUint64(i) }
	hdr, w := p.headers[1], p.withdrawals[1][1]
	blockProof := rollup.Proof(rollup.BlockProof(p.headers, 1))
	wProof := rollup.Proof(core.WithdrawalProof(p.withdrawals[1], 1))
	call := func(batch uint64, h *core.Header, bp [][32]byte, w core.Withdrawal, wp [][32]byte) error {
		_, err := f.send(f.carol, f.r.PackFinalizeWithdrawal(idx(batch), rollup.HeaderArg(h), bp, rollup.WithdrawalArg(&w), wp), nil)
		return err
	}

	// A header that is not in the batch: a forged withdrawals root.
	forged := *hdr
	forged.WithdrawalsRoot = w.Leaf()
	err := call(p.index, &forged, blockProof, w, nil)
	wantRevert(t, err, "BlockNotInBatch", idx(p.index), forged.Hash())
	// The right header against the wrong batch.
	err = call(q.index, hdr, blockProof, w, wProof)
	wantRevert(t, err, "BlockNotInBatch", idx(q.index), hdr.Hash())
	// A block proof for another block of the batch.
	err = call(p.index, hdr, rollup.Proof(rollup.BlockProof(p.headers, 0)), w, wProof)
	wantRevert(t, err, "BlockNotInBatch", idx(p.index), hdr.Hash())
	// A batch that does not exist.
	err = call(7, hdr, blockProof, w, wProof)
	wantRevert(t, err, "UnknownBatch", idx(7))

	// The leaf must be in the block: a larger amount, another recipient,
	// another index, a token instead of ETH, the proof of a sibling.
	bad := []core.Withdrawal{w, w, w, w}
	bad[0].Amount = *new(uint256.Int).Add(&w.Amount, uint256.NewInt(1))
	bad[1].Recipient = f.deployer.Address
	bad[2].Index = 0
	bad[3].Token = common.Address{1}
	for _, b := range bad {
		err = call(p.index, hdr, blockProof, b, wProof)
		wantRevert(t, err, "BadWithdrawalProof", uint64(2), b.Index)
	}
	err = call(p.index, hdr, blockProof, w, rollup.Proof(core.WithdrawalProof(p.withdrawals[1], 0)))
	wantRevert(t, err, "BadWithdrawalProof", uint64(2), uint32(1))
	// A block without withdrawals has root zero: nothing verifies.
	empty := p.withdrawals[1][0]
	empty.Block = 1
	err = call(p.index, p.headers[0], rollup.Proof(rollup.BlockProof(p.headers, 0)), empty, nil)
	wantRevert(t, err, "BadWithdrawalProof", uint64(1), uint32(0))
	// A withdrawal of block 3 presented with block 2's header: the leaf
	// is computed with the header's number, so it is not in block 2.
	err = call(p.index, hdr, blockProof, p.withdrawals[2][0], nil)
	wantRevert(t, err, "BadWithdrawalProof", uint64(2), uint32(0))

	// Nothing was spent; the honest proofs all work, including block 3's,
	// the unpaired node that moves up a level in the batch's tree.
	for _, c := range []struct {
		p    *posted
		b, w int
	}{{p, 1, 0}, {p, 1, 1}, {p, 1, 2}, {p, 2, 0}, {q, 0, 0}, {q, 0, 1}} {
		if _, err := f.finalize(f.carol, c.p, c.b, c.w); err != nil {
			t.Fatalf("batch %d block %d withdrawal %d: %v", c.p.index, c.b, c.w, err)
		}
	}
}

func TestReentrantReceiverIsPaidOnce(t *testing.T) {
	f := newFixture(t)
	f.fund(ether)
	receiver := f.chain.Deploy(f.deployer, &testbindings.ReentererMetaData, nil)
	amount := big.NewInt(1e15)
	p := f.postWithdrawals([]core.Withdrawal{ethWithdrawal(receiver, amount), ethWithdrawal(receiver, amount)})
	f.pastWindow(p)
	// On receipt of withdrawal 0 the receiver tries to finalize it again.
	f.chain.MustSend(f.deployer, receiver, reenterer.PackArm(f.addr, f.finalizeCall(p, 0, 0)), nil)
	if _, err := f.finalize(f.carol, p, 0, 0); err != nil {
		t.Fatal(err)
	}
	f.wantReentryRefused(receiver, reenterer.PackAttempted(), reenterer.UnpackAttempted, reenterer.PackLastOk(), reenterer.UnpackLastOk, reenterer.PackLastReturn(), reenterer.UnpackLastReturn)
	if got := f.chain.Balance(receiver); got.Cmp(amount) != 0 {
		t.Fatalf("receiver holds %s, want %s (paid once)", got, amount)
	}
	// Reentering for another withdrawal is refused as well (it can be
	// finalized on its own afterwards).
	f.chain.MustSend(f.deployer, receiver, reenterer.PackArm(f.addr, f.finalizeCall(p, 0, 1)), nil)
	f.fund(minDeposit)
	q := f.postWithdrawals([]core.Withdrawal{ethWithdrawal(receiver, amount)})
	f.pastWindow(q)
	if _, err := f.finalize(f.carol, q, 0, 0); err != nil {
		t.Fatal(err)
	}
	if f.spent(&p.withdrawals[0][1]) {
		t.Fatal("withdrawal finalized from inside another finalization")
	}
	if _, err := f.finalize(f.carol, p, 0, 1); err != nil {
		t.Fatal(err)
	}
	if got, want := f.chain.Balance(receiver), new(big.Int).Mul(amount, big.NewInt(3)); got.Cmp(want) != 0 {
		t.Fatalf("receiver holds %s, want %s", got, want)
	}
}

// wantReentryRefused checks the record a Reenterer or ReentrantToken keeps:
// a reentry was attempted and failed with ReentrancyGuardReentrantCall.
func (f *fixture) wantReentryRefused(at common.Address,
	packAttempted []byte, unpackAttempted func([]byte) (bool, error),
	packOk []byte, unpackOk func([]byte) (bool, error),
	packRet []byte, unpackRet func([]byte) ([]byte, error)) {
	f.t.Helper()
	attempted := simtest.MustCall(f.chain, at, packAttempted, unpackAttempted)
	ok := simtest.MustCall(f.chain, at, packOk, unpackOk)
	ret := simtest.MustCall(f.chain, at, packRet, unpackRet)
	id := rollupABI.GetABI().Errors["ReentrancyGuardReentrantCall"].ID
	if !attempted || ok || string(ret) != string(id[:4]) {
		f.t.Fatalf("reentry attempted=%v succeeded=%v returned %x, want a refused attempt", attempted, ok, ret)
	}
}

func TestReentrantTokenCannotFinalizeTwice(t *testing.T) {
	f := newFixture(t)
	token := f.deployToken(&testbindings.ReentrantTokenMetaData, nil, f.alice, big.NewInt(1000))
	if _, err := f.depositToken(f.alice, token, f.alice.Address, big.NewInt(1000)); err != nil {
		t.Fatal(err)
	}
	p := f.postWithdrawals([]core.Withdrawal{tokenWithdrawal(f.bob.Address, token, 300)})
	f.pastWindow(p)
	// The token's transfer out calls finalizeWithdrawal for the same
	// withdrawal again.
	f.chain.MustSend(f.deployer, token, reentrant.PackArm(f.addr, f.finalizeCall(p, 0, 0)), nil)
	if _, err := f.finalize(f.carol, p, 0, 0); err != nil {
		t.Fatal(err)
	}
	f.wantReentryRefused(token, reentrant.PackAttempted(), reentrant.UnpackAttempted, reentrant.PackLastOk(), reentrant.UnpackLastOk, reentrant.PackLastReturn(), reentrant.UnpackLastReturn)
	if got := f.tokenBalance(token, f.bob.Address); got.Int64() != 300 {
		t.Fatalf("recipient holds %s, want 300", got)
	}
	if got := f.tokenBalance(token, f.addr); got.Int64() != 700 {
		t.Fatalf("contract holds %s, want 700", got)
	}
}

// TestFailingTokenWithdrawalDoesNotLockOthers: a token transfer that returns
// false or reverts makes only that finalization revert. The withdrawal stays
// unspent and can be retried; other withdrawals of the same token, block and
// batch go through.
func TestFailingTokenWithdrawalDoesNotLockOthers(t *testing.T) {
	for _, mode := range []uint8{0, 1} { // ReturnFalse, Revert
		f := newFixture(t)
		token := f.deployToken(&testbindings.MisbehavingTokenMetaData, badToken.PackConstructor(mode), f.alice, big.NewInt(1000))
		if _, err := f.depositToken(f.alice, token, f.alice.Address, big.NewInt(1000)); err != nil {
			t.Fatal(err)
		}
		f.fund(ether)
		p := f.postWithdrawals([]core.Withdrawal{
			tokenWithdrawal(f.carol.Address, token, 100),
			tokenWithdrawal(f.bob.Address, token, 200),
			ethWithdrawal(f.carol.Address, big.NewInt(1e15)),
		})
		f.pastWindow(p)
		f.chain.MustSend(f.deployer, token, badToken.PackSetBlocked(f.carol.Address, true), nil)

		_, err := f.finalize(f.bob, p, 0, 0)
		if mode == 0 {
			wantRevert(t, err, "SafeERC20FailedOperation", token)
		} else {
			wantRevertReason(t, err, "MisbehavingToken: transfer refused")
		}
		if f.spent(&p.withdrawals[0][0]) {
			t.Fatalf("mode %d: failed withdrawal marked spent", mode)
		}
		for _, w := range []int{1, 2} {
			if _, err := f.finalize(f.bob, p, 0, w); err != nil {
				t.Fatalf("mode %d: withdrawal %d next to the failing one: %v", mode, w, err)
			}
		}
		f.chain.MustSend(f.deployer, token, badToken.PackSetBlocked(f.carol.Address, false), nil)
		if _, err := f.finalize(f.bob, p, 0, 0); err != nil {
			t.Fatalf("mode %d: retry after the token recovered: %v", mode, err)
		}
		if got := f.tokenBalance(token, f.carol.Address); got.Int64() != 100 {
			t.Fatalf("mode %d: carol holds %s, want 100", mode, got)
		}
	}
}

func TestRefusedETHWithdrawalCanBeRetried(t *testing.T) {
	f := newFixture(t)
	f.fund(ether)
	receiver := f.chain.Deploy(f.deployer, &testbindings.ReentererMetaData, nil)
	f.chain.MustSend(f.deployer, receiver, reenterer.PackSetRefuse(true), nil)
	amount := big.NewInt(1e15)
	p := f.postWithdrawals([]core.Withdrawal{ethWithdrawal(receiver, amount)})
	f.pastWindow(p)
	_, err := f.finalize(f.carol, p, 0, 0)
	wantRevert(t, err, "EthTransferFailed", receiver, amount)
	if f.spent(&p.withdrawals[0][0]) {
		t.Fatal("refused withdrawal marked spent")
	}
	f.chain.MustSend(f.deployer, receiver, reenterer.PackSetRefuse(false), nil)
	if _, err := f.finalize(f.carol, p, 0, 0); err != nil {
		t.Fatal(err)
	}
	if got := f.chain.Balance(receiver); got.Cmp(amount) != 0 {
		t.Fatalf("receiver holds %s, want %s", got, amount)
	}
}

func TestBondReclaimedAfterChallengeWindow(t *testing.T) {
	f := newFixture(t)
	p := f.postWithdrawals(nil)
	finalAt := big.NewInt(int64(f.blockTime(p.receipt) + challengeWindow))
	_, err := f.send(f.carol, f.r.PackReclaimBond(big1(0)), nil)
	wantRevert(t, err, "ChallengeWindowOpen", big1(0), finalAt)
	_, err = f.send(f.carol, f.r.PackReclaimBond(big1(1)), nil)
	wantRevert(t, err, "UnknownBatch", big1(1))

	f.pastWindow(p)
	before := f.chain.Balance(f.seq.Address)
	receipt, err := f.send(f.carol, f.r.PackReclaimBond(big1(0)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(f.chain.Balance(f.seq.Address), before); got.Cmp(bondAmount) != 0 {
		t.Fatalf("submitter got %s back, want the bond %s", got, bondAmount)
	}
	ev, err := f.r.UnpackBondReclaimedEvent(f.logsOf(receipt)[0])
	if err != nil || ev.BatchIndex.Uint64() != 0 || ev.Submitter != f.seq.Address || ev.Amount.Cmp(bondAmount) != 0 {
		t.Fatalf("event %+v (%v)", ev, err)
	}
	batch := simtest.MustCall(f.chain, f.addr, f.r.PackGetBatch(big1(0)), f.r.UnpackGetBatch)
	if batch.BondHeld {
		t.Fatal("batch still holds its bond")
	}
	_, err = f.send(f.seq, f.r.PackReclaimBond(big1(0)), nil)
	wantRevert(t, err, "BondNotHeld", big1(0))
}

// TestContractSubmitterReclaimsOnceAndCanRetry: a self-sequencing contract
// that refuses the bond keeps it claimable; one that reenters reclaimBond
// is refused and paid once.
func TestContractSubmitterReclaimsOnceAndCanRetry(t *testing.T) {
	f := newFixture(t)
	submitter := f.chain.Deploy(f.deployer, &testbindings.ReentererMetaData, nil)
	f.chain.Fund(submitter, new(big.Int).Mul(big.NewInt(2), bondAmount))
	f.chain.AdvanceTime((inclusionWindow + 1) * time.Second)
	blocks := f.emptyBlocks(1, 0)
	submit := f.r.PackSubmitBatch(rollup.BatchArg(blocks))
	receipt := f.chain.MustSend(f.deployer, submitter, reenterer.PackExecute(f.addr, submit, bondAmount), nil)
	f.batches = append(f.batches, []*core.Header{blocks[0].Header})
	f.tip = blocks[0].Header
	f.advanceTo(receipt, challengeWindow)

	f.chain.MustSend(f.deployer, submitter, reenterer.PackSetRefuse(true), nil)
	_, err := f.send(f.carol, f.r.PackReclaimBond(big1(0)), nil)
	wantRevert(t, err, "EthTransferFailed", submitter, bondAmount)

	f.chain.MustSend(f.deployer, submitter, reenterer.PackSetRefuse(false), nil)
	f.chain.MustSend(f.deployer, submitter, reenterer.PackArm(f.addr, f.r.PackReclaimBond(big1(0))), nil)
	before := f.chain.Balance(submitter)
	if _, err := f.send(f.carol, f.r.PackReclaimBond(big1(0)), nil); err != nil {
		t.Fatal(err)
	}
	f.wantReentryRefused(submitter, reenterer.PackAttempted(), reenterer.UnpackAttempted, reenterer.PackLastOk(), reenterer.UnpackLastOk, reenterer.PackLastReturn(), reenterer.UnpackLastReturn)
	if got := new(big.Int).Sub(f.chain.Balance(submitter), before); got.Cmp(bondAmount) != 0 {
		t.Fatalf("submitter got %s, want the bond once (%s)", got, bondAmount)
	}
}

// TestDelegatedEOAReceiverIsPaidOnce: since EIP-7702 an address with a key
// can run code, so "recipient is an EOA" is no defence. bob delegates his
// account to the Reenterer and tries to finalize his withdrawal again from
// inside the payment.
func TestDelegatedEOAReceiverIsPaidOnce(t *testing.T) {
	f := newFixture(t)
	f.fund(ether)
	user := simtest.NewAccount("delegated receiver")
	f.chain.Fund(user.Address, ether)
	impl := f.chain.Deploy(f.deployer, &testbindings.ReentererMetaData, nil)
	f.chain.Delegate(f.deployer, user, impl)
	amount := big.NewInt(1e15)
	p := f.postWithdrawals([]core.Withdrawal{ethWithdrawal(user.Address, amount)})
	f.pastWindow(p)
	// The delegated code keeps its state in the user's own storage.
	f.chain.MustSend(f.deployer, user.Address, reenterer.PackArm(f.addr, f.finalizeCall(p, 0, 0)), nil)
	before := f.chain.Balance(user.Address)
	if _, err := f.finalize(f.carol, p, 0, 0); err != nil {
		t.Fatal(err)
	}
	f.wantReentryRefused(user.Address, reenterer.PackAttempted(), reenterer.UnpackAttempted, reenterer.PackLastOk(), reenterer.UnpackLastOk, reenterer.PackLastReturn(), reenterer.UnpackLastReturn)
	if got := new(big.Int).Sub(f.chain.Balance(user.Address), before); got.Cmp(amount) != 0 {
		t.Fatalf("delegated receiver got %s, want %s once", got, amount)
	}
}
