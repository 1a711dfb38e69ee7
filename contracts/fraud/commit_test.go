package fraud_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

// proven returns the FraudProven event of r, or nil.
func proven(r *types.Receipt) *bindings.RollupFraudProven {
	for _, l := range r.Logs {
		if ev, err := rollupABI.UnpackFraudProvenEvent(l); err == nil {
			return ev
		}
	}
	return nil
}

// leader returns the leader of block h of batch 1 as the Rollup holds it.
func (s *stagedL2) leader() (common.Address, uint64) {
	s.t.Helper()
	out, err := rollupABI.UnpackChallengeLeader(s.call(rollupABI.PackChallengeLeader(big.NewInt(1), s.header.Hash())))
	if err != nil {
		s.t.Fatal(err)
	}
	return out.Challenger, out.CommittedAt
}

// wantRewarded checks who the proof in r rewarded and what each may claim.
func (s *stagedL2) wantRewarded(r *types.Receipt, who *simtest.Account, nothing ...*simtest.Account) {
	s.t.Helper()
	ev := proven(r)
	if ev == nil || ev.Challenger != who.Address || ev.BatchIndex.Uint64() != 1 {
		s.t.Fatalf("FraudProven %+v, want the reward to %s", ev, who.Address)
	}
	half := new(big.Int).Div(bond, big.NewInt(2))
	if got := s.claimable(who.Address); got.Cmp(half) != 0 {
		s.t.Fatalf("%s may claim %s, want %s", who.Address, got, half)
	}
	for _, a := range nothing {
		if got := s.claimable(a.Address); got.Sign() != 0 {
			s.t.Fatalf("%s may claim %s, want nothing", a.Address, got)
		}
	}
}

// TestCopierOfAOneShotChallengeGetsNothing: a copier sees the honest
// challenger's one-transaction challenge in the mempool and sends the same
// bytes first. Without a commitment of its own the copy reverts; committing
// on sight does not help either, for the commitment must be in an L1 block
// before the one that reveals it. The honest challenge then proves the
// block and the honest committer is rewarded. (Today's code paid whoever's
// copy was mined first.)
func TestCopierOfAOneShotChallengeGetsNothing(t *testing.T) {
	s := newStagedL2(t, true)
	honest, copier := s.chain.Accounts[1], s.chain.Accounts[2]
	salt := s.commit(honest, 1, s.header.Hash())
	x := challengeCall(1, s.parent, s.header, s.txData, nil, s.witness, salt)

	_, err := s.chain.Send(copier, s.rollup, x, nil)
	wantRollupRevert(t, err, "UnknownCommitment(bytes32)")
	// The copier commits to the copy's target with the salt it just read,
	// and sends the copy in the same L1 block.
	cm := rollup.ChallengeCommitment(copier.Address, 1, s.header.Hash(), salt)
	rs := s.chain.SendBlock(
		simtest.Tx{From: copier, To: s.rollup, Data: rollup.CommitChallengeCall(cm), Gas: 400_000},
		simtest.Tx{From: copier, To: s.rollup, Data: x, Gas: 3_000_000},
	)
	if rs[0].Status != types.ReceiptStatusSuccessful || rs[1].Status == types.ReceiptStatusSuccessful {
		t.Fatalf("commit and copy in one block: statuses %d, %d; want the commit mined, the copy failed", rs[0].Status, rs[1].Status)
	}
	_, err = s.chain.CallFrom(copier.Address, s.rollup, x, nil)
	wantRollupRevert(t, err, "CommitmentNotEarlier(uint64,uint256)")

	r, err := s.chain.Send(honest, s.rollup, x, nil)
	if err != nil {
		t.Fatalf("the honest challenge: %v", err)
	}
	s.wantRewarded(r, honest, copier)
}

// TestCopierThatHoldsBackTheProofPaysTheRevealer: the honest challenger
// reveals its commitment (revealChallenge) before it sends its proof. A
// copier that keeps the proof out of L1 for a while (a block builder, say),
// commits meanwhile and then sends the proof as its own is rewarded with
// nothing: its commitment is later than the one revealed. This is why the
// node reveals before it proves.
func TestCopierThatHoldsBackTheProofPaysTheRevealer(t *testing.T) {
	s := newStagedL2(t, true)
	honest, copier := s.chain.Accounts[1], s.chain.Accounts[2]
	salt := s.commit(honest, 1, s.header.Hash())
	s.chain.MustSend(honest, s.rollup, rollup.RevealChallengeCall(1, s.header.Hash(), salt), nil)
	if who, _ := s.leader(); who != honest.Address {
		t.Fatalf("leader %s after the reveal, want %s", who, honest.Address)
	}
	// The proof is seen and held back; the copier commits and proves.
	x := challengeCall(1, s.parent, s.header, s.txData, nil, s.witness, salt)
	s.commit(copier, 1, s.header.Hash())
	own := challengeCall(1, s.parent, s.header, s.txData, nil, s.witness, saltOf(copier, 1, s.header.Hash(), s.submittedAt(1)))
	r, err := s.chain.Send(copier, s.rollup, own, nil)
	if err != nil {
		t.Fatalf("the copier's proof: %v", err)
	}
	s.wantRewarded(r, honest, copier)
	_, err = s.chain.Send(honest, s.rollup, x, nil)
	wantRollupRevert(t, err, "UnknownBatch(uint256)")
}

// TestCopierOfAStagedChallengeGetsNothing: the honest challenger starts a
// staged challenge and sends its chunks; a copier, committing only once it
// sees the start, starts its own session with the same values, replays the
// honest chunks into it and sends the last one first. The block is proven,
// and the reward goes to the honest challenger, whose commitment is the
// earliest revealed. (Today's code paid the copier.)
func TestCopierOfAStagedChallengeGetsNothing(t *testing.T) {
	s := newStagedL2(t, true)
	honest, copier := s.chain.Accounts[1], s.chain.Accounts[2]
	if _, err := s.start(honest); err != nil {
		t.Fatal(err)
	}
	chunks := s.chunks(1)
	for _, c := range chunks[:len(chunks)-1] {
		if _, err := s.send(honest, c); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.start(copier); err != nil {
		t.Fatalf("the copier's start: %v", err)
	}
	for _, c := range chunks[:len(chunks)-1] {
		if _, err := s.send(copier, c); err != nil {
			t.Fatal(err)
		}
	}
	r, err := s.send(copier, chunks[len(chunks)-1])
	if err != nil {
		t.Fatalf("the copier's last chunk: %v", err)
	}
	s.wantRewarded(r, honest, copier)
	_, err = s.send(honest, chunks[len(chunks)-1])
	wantRollupRevert(t, err, "UnknownBatch(uint256)")
}

// TestChallengeCommitmentRules: a challenge reveals a commitment recorded
// after its batch was posted (not before, not in the batch's own L1 block)
// and before the challenge's L1 block; commitChallenge records a commitment
// once; the leader is the earliest commitment revealed, ties keeping the
// first revealed, whoever sends the proof. The liar itself can commit in
// the L1 block after its batch and lead: it then gets the reward back but
// still loses the burned half.
func TestChallengeCommitmentRules(t *testing.T) {
	c := newL2(t)
	seq, a, b := c.chain.Accounts[0], c.chain.Accounts[1], c.chain.Accounts[2]
	lie, data, built, _ := c.block(nil, nil, func(h *core.Header) { h.StateRoot = common.Hash{1} })
	hash := lie.Hash()
	genesis := c.parent
	call := func(salt common.Hash) []byte {
		return challengeCall(0, genesis, lie, data, nil, built.Witness, salt)
	}
	// Committed before the batch was posted.
	early := common.Hash{0xea}
	c.chain.MustSend(a, c.rollup, rollup.CommitChallengeCall(rollup.ChallengeCommitment(a.Address, 0, hash, early)), nil)
	// Committed in the batch's own L1 block.
	same := common.Hash{0x5a}
	rs := c.chain.SendBlock(
		simtest.Tx{From: seq, To: c.rollup, Data: rollupABI.PackSubmitBatch(rollup.BatchArg([]rollup.Block{{Header: lie, TxData: data}})), Value: bond, Gas: 1_000_000},
		simtest.Tx{From: b, To: c.rollup, Data: rollup.CommitChallengeCall(rollup.ChallengeCommitment(b.Address, 0, hash, same)), Gas: 400_000},
	)
	if rs[0].Status != types.ReceiptStatusSuccessful || rs[1].Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the batch and a commitment in one block: statuses %d, %d", rs[0].Status, rs[1].Status)
	}
	_, err := c.chain.Send(a, c.rollup, call(early), nil)
	wantRollupRevert(t, err, "CommitmentBeforeBatch(uint64,uint64)")
	_, err = c.chain.Send(b, c.rollup, call(same), nil)
	wantRollupRevert(t, err, "CommitmentBeforeBatch(uint64,uint64)")
	_, err = c.chain.Send(a, c.rollup, call(common.Hash{0x0c}), nil)
	wantRollupRevert(t, err, "UnknownCommitment(bytes32)")

	// The liar commits in the next L1 block; a and b later, in one block.
	salt := func(who *simtest.Account) common.Hash { return saltOf(who, 0, hash, c.submittedAt(0)) }
	liar := rollup.ChallengeCommitment(seq.Address, 0, hash, salt(seq))
	c.chain.MustSend(seq, c.rollup, rollup.CommitChallengeCall(liar), nil)
	at := c.commitmentTime(liar)
	c.chain.MustSend(seq, c.rollup, rollup.CommitChallengeCall(liar), nil) // again: nothing changes
	if again := c.commitmentTime(liar); again != at {
		t.Fatalf("a second commitChallenge moved the commitment from %d to %d", at, again)
	}
	c.chain.SendBlock(
		simtest.Tx{From: a, To: c.rollup, Data: rollup.CommitChallengeCall(rollup.ChallengeCommitment(a.Address, 0, hash, salt(a))), Gas: 400_000},
		simtest.Tx{From: b, To: c.rollup, Data: rollup.CommitChallengeCall(rollup.ChallengeCommitment(b.Address, 0, hash, salt(b))), Gas: 400_000},
	)
	c.chain.AdvanceTime(0)
	leader := func() common.Address {
		out, err := rollupABI.UnpackChallengeLeader(c.call(rollupABI.PackChallengeLeader(big.NewInt(0), hash)))
		if err != nil {
			t.Fatal(err)
		}
		return out.Challenger
	}
	for _, step := range []struct {
		who  *simtest.Account
		want common.Address
	}{{b, b.Address}, {a, b.Address}, {seq, seq.Address}} {
		c.chain.MustSend(step.who, c.rollup, rollup.RevealChallengeCall(0, hash, salt(step.who)), nil)
		if got := leader(); got != step.want {
			t.Fatalf("leader %s after %s revealed, want %s", got, step.who.Address, step.want)
		}
	}
	r, err := c.chain.Send(a, c.rollup, call(salt(a)), nil)
	if err != nil {
		t.Fatalf("a's proof: %v", err)
	}
	if ev := proven(r); ev == nil || ev.Challenger != seq.Address {
		t.Fatalf("FraudProven %+v, want the reward to the earliest committer, the liar", ev)
	}
	half := new(big.Int).Div(bond, big.NewInt(2))
	if got := c.claimable(seq.Address); got.Cmp(half) != 0 {
		t.Fatalf("the liar may claim %s, want half its bond %s: the other half is burned", got, half)
	}
	if got := c.claimable(a.Address); got.Sign() != 0 {
		t.Fatalf("a may claim %s", got)
	}
	if who := leader(); who != (common.Address{}) {
		t.Fatalf("leader %s after the proof, want none", who)
	}
}
