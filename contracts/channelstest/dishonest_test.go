package channelstest

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/channel"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
)

// The dishonest paths come first: each test is an attack and proves it fails.

func TestStaleForceCloseIsAnsweredByNewerState(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), ether(5))
	// State 1 gives alice 14 ether; by state 7 she has paid bob down to 3.
	old := state(id, 1, ether(10), ether(5), ether(14))
	oa, ob := e.sign(old)
	latest := state(id, 7, ether(10), ether(5), ether(3))
	la, lb := e.sign(latest)

	track := e.track(e.alice, e.bob, e.carol)
	r, err := e.forceClose(e.alice, id, old, oa, ob)
	if err != nil {
		t.Fatalf("forceClose with an old but valid state: %v", err)
	}
	track.paid(e.alice, r)
	if ch := e.channel(id); ch.Status != 2 || ch.Nonce != 1 || ch.PayoutA.Cmp(ether(14)) != 0 {
		t.Fatalf("after forceClose: status %d nonce %d payoutA %s, want Closing, 1, 14 ether", ch.Status, ch.Nonce, ch.PayoutA)
	}
	// Carol, bob's watchtower, answers with the newer state.
	r, err = e.challenge(e.carol, id, latest, la, lb)
	if err != nil {
		t.Fatalf("challenge with the newer state: %v", err)
	}
	track.paid(e.carol, r)
	e.advance(period * time.Second)
	r, err = e.settle(e.carol, id)
	if err != nil {
		t.Fatalf("settle: %v", err)
	}
	track.paid(e.carol, r)
	track.want(e.alice, ether(3))
	track.want(e.bob, ether(12))
	track.want(e.carol, new(big.Int))
}

func TestChallengeWithOlderOrSameNonceIsRefused(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	s5 := state(id, 5, ether(10), big.NewInt(0), ether(4))
	a5, b5 := e.sign(s5)
	if _, err := e.forceClose(e.bob, id, s5, a5, b5); err != nil {
		t.Fatal(err)
	}
	for _, nonce := range []uint64{4, 5} {
		s := state(id, nonce, ether(10), big.NewInt(0), ether(9))
		sa, sb := e.sign(s)
		_, err := e.challenge(e.alice, id, s, sa, sb)
		wantRevert(t, err, "StaleState(uint64,uint64)")
	}
}

func TestForgedSignaturesAreRefused(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), ether(10))
	s := state(id, 3, ether(10), ether(10), ether(20))
	sa, sb := e.sign(s)
	byCarol, err := s.Sign(e.carol.Key, e.domain, channel.StateTypeHash)
	if err != nil {
		t.Fatal(err)
	}
	highS := flipS(sb)
	cases := []struct {
		name       string
		sigA, sigB []byte
	}{
		{"bob's signature forged by alice's peer carol", sa, byCarol},
		{"alice's signature in bob's place", sa, sa},
		{"signatures swapped", sb, sa},
		{"bob's signature missing", sa, nil},
		{"bob's signature truncated", sa, sb[:64]},
		{"v as 0/1 instead of 27/28", sa, append(append([]byte{}, sb[:64]...), sb[64]-27)},
		{"malleated s (upper half)", sa, highS},
		{"one bit flipped in r", sa, flipBit(sb, 5)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.forceClose(e.alice, id, s, tc.sigA, tc.sigB)
			wantRevert(t, err, "InvalidSignature(address)")
			// Go's verifier refuses what the contract refuses.
			ss := channel.SignedState{State: s, SigA: tc.sigA, SigB: tc.sigB}
			if ss.VerifyBoth(e.domain, e.alice.Address, e.bob.Address) == nil {
				t.Fatal("Go accepts signatures the contract refuses")
			}
		})
	}
	// The malleated signature still recovers to bob with plain ecrecover:
	// only the lower-s rule refuses it, in both Go and Solidity.
	if _, err := channel.Recover(s.Digest(e.domain, channel.StateTypeHash), highS); err == nil {
		t.Fatal("Go accepts an upper-half s")
	}
}

// flipS returns the other valid signature of the same message (s -> n - s,
// v flipped), which ecrecover accepts and EIP-2 forbids.
func flipS(sig []byte) []byte {
	n, _ := new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	s := new(big.Int).SetBytes(sig[32:64])
	out := append([]byte{}, sig...)
	new(big.Int).Sub(n, s).FillBytes(out[32:64])
	out[64] ^= 1 // 27 <-> 28
	return out
}

func flipBit(sig []byte, i int) []byte {
	out := append([]byte{}, sig...)
	out[i] ^= 1
	return out
}

func TestStateOfAnotherChannelIsRefused(t *testing.T) {
	e := newEnv(t)
	id1 := e.openETH(ether(10), big.NewInt(0))
	id2 := e.openETH(ether(10), big.NewInt(0))
	// A state of channel 2, with both signatures, used on channel 1.
	s2 := state(id2, 9, ether(10), big.NewInt(0), big.NewInt(0))
	a2, b2 := e.sign(s2)
	_, err := e.forceClose(e.bob, id1, s2, a2, b2)
	wantRevert(t, err, "WrongChannel(bytes32,bytes32)")
	// The same state relabelled as channel 1 no longer matches its signatures.
	relabelled := s2
	relabelled.ChannelID = id1
	_, err = e.forceClose(e.bob, id1, relabelled, a2, b2)
	wantRevert(t, err, "InvalidSignature(address)")
}

func TestStateSignedForAnotherChainIsRefused(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	s := state(id, 2, ether(10), big.NewInt(0), big.NewInt(0))
	other := channel.Domain{ChainID: 1, Contract: e.contract}
	sa, sb := e.signIn(other, s, channel.StateTypeHash)
	_, err := e.forceClose(e.bob, id, s, sa, sb)
	wantRevert(t, err, "InvalidSignature(address)")
}

func TestStateSignedForAnotherDeploymentIsRefused(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	second := e.chain.Deploy(e.deployer, &bindings.ChannelsMetaData, abiC.PackConstructor(minPeriod, maxPeriod))
	s := state(id, 2, ether(10), big.NewInt(0), big.NewInt(0))
	sa, sb := e.signIn(channel.Domain{ChainID: simtest.ChainID, Contract: second}, s, channel.StateTypeHash)
	_, err := e.forceClose(e.bob, id, s, sa, sb)
	wantRevert(t, err, "InvalidSignature(address)")
	// And a channel id of this deployment means nothing to the other one.
	_, err = e.chain.Send(e.bob, second, abiC.PackForceClose(id, s.Binding(), sa, sb), nil)
	wantRevert(t, err, "WrongStatus(bytes32,uint8)")
}

func TestDisputeStateCannotCloseCooperativelyAndViceVersa(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	s := state(id, 4, ether(10), big.NewInt(0), ether(1))
	da, db := e.sign(s)
	_, err := e.coopClose(e.alice, id, s, da, db)
	wantRevert(t, err, "InvalidSignature(address)")
	fa, fb := e.signFinal(s)
	_, err = e.forceClose(e.alice, id, s, fa, fb)
	wantRevert(t, err, "InvalidSignature(address)")
}

func TestOnlyAPartyMayForceClose(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	s := state(id, 1, ether(10), big.NewInt(0), ether(10))
	sa, sb := e.sign(s)
	_, err := e.forceClose(e.carol, id, s, sa, sb)
	wantRevert(t, err, "NotParty(bytes32,address)")
}

func TestSettleBeforeChallengePeriodEndsIsRefused(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	s := state(id, 1, ether(10), big.NewInt(0), ether(6))
	sa, sb := e.sign(s)
	if _, err := e.forceClose(e.alice, id, s, sa, sb); err != nil {
		t.Fatal(err)
	}
	_, err := e.settle(e.alice, id)
	wantRevert(t, err, "ChallengePeriodNotOver(uint64)")
	e.advance((period - 30) * time.Second)
	_, err = e.settle(e.alice, id)
	wantRevert(t, err, "ChallengePeriodNotOver(uint64)")
}

func TestChallengeAfterChallengePeriodIsRefused(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	s1 := state(id, 1, ether(10), big.NewInt(0), ether(6))
	a1, b1 := e.sign(s1)
	if _, err := e.forceClose(e.alice, id, s1, a1, b1); err != nil {
		t.Fatal(err)
	}
	e.advance(period * time.Second)
	s2 := state(id, 2, ether(10), big.NewInt(0), ether(5))
	a2, b2 := e.sign(s2)
	_, err := e.challenge(e.bob, id, s2, a2, b2)
	wantRevert(t, err, "ChallengePeriodOver(uint64)")
}

func TestSettleTwiceIsRefused(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	s := state(id, 1, ether(10), big.NewInt(0), ether(6))
	sa, sb := e.sign(s)
	if _, err := e.forceClose(e.alice, id, s, sa, sb); err != nil {
		t.Fatal(err)
	}
	e.advance(period * time.Second)
	if _, err := e.settle(e.bob, id); err != nil {
		t.Fatal(err)
	}
	_, err := e.settle(e.bob, id)
	wantRevert(t, err, "WrongStatus(bytes32,uint8)")
	// Nor can a closed channel be closed again any other way.
	fa, fb := e.signFinal(s)
	_, err = e.coopClose(e.bob, id, s, fa, fb)
	wantRevert(t, err, "WrongStatus(bytes32,uint8)")
	_, err = e.forceClose(e.alice, id, s, sa, sb)
	wantRevert(t, err, "WrongStatus(bytes32,uint8)")
}

func TestCooperativeCloseTwiceIsRefused(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	s := state(id, 3, ether(10), big.NewInt(0), ether(6))
	fa, fb := e.signFinal(s)
	if _, err := e.coopClose(e.carol, id, s, fa, fb); err != nil {
		t.Fatal(err)
	}
	_, err := e.coopClose(e.carol, id, s, fa, fb)
	wantRevert(t, err, "WrongStatus(bytes32,uint8)")
}

func TestAbandonedFinalStateCannotUndoANewerState(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	// A FinalState signed at nonce 2 and never submitted; the parties went on
	// to nonce 6, and bob force-closed with it.
	f2 := state(id, 2, ether(10), big.NewInt(0), ether(9))
	fa, fb := e.signFinal(f2)
	s6 := state(id, 6, ether(10), big.NewInt(0), ether(2))
	a6, b6 := e.sign(s6)
	if _, err := e.forceClose(e.bob, id, s6, a6, b6); err != nil {
		t.Fatal(err)
	}
	_, err := e.coopClose(e.alice, id, f2, fa, fb)
	wantRevert(t, err, "StaleState(uint64,uint64)")
}

func TestStateClaimingMoreThanDepositedIsRefused(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), ether(1))
	s := state(id, 1, ether(10), ether(2), ether(12))
	sa, sb := e.sign(s)
	_, err := e.forceClose(e.alice, id, s, sa, sb)
	wantRevert(t, err, "StateExceedsDeposits(uint256,uint256,uint256,uint256)")
}

func TestBalancesNotSummingToDepositsAreRefused(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), ether(1))
	s := state(id, 1, ether(10), ether(1), ether(5))
	s.BalanceB = u(ether(7)) // 5 + 7 != 11
	sa, sb := e.sign(s)
	_, err := e.forceClose(e.alice, id, s, sa, sb)
	wantRevert(t, err, "BalancesDoNotSumToDeposits(uint256,uint256,uint256)")
	if s.Check() == nil {
		t.Fatal("Go's State.Check accepts balances the contract refuses")
	}
}

func TestUnsignedInitialStateMustBeEmpty(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	// Bob pretends the opening state gave him everything.
	s := state(id, 0, ether(10), big.NewInt(0), big.NewInt(0))
	_, err := e.forceClose(e.bob, id, s, nil, nil)
	wantRevert(t, err, "InitialStateNotEmpty()")
}

func TestDepositWhileClosingIsRefused(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	zero := state(id, 0, big.NewInt(0), big.NewInt(0), big.NewInt(0))
	if _, err := e.forceClose(e.alice, id, zero, nil, nil); err != nil {
		t.Fatal(err)
	}
	_, err := e.chain.Send(e.bob, e.contract, abiC.PackDeposit(id, ether(1)), ether(1))
	wantRevert(t, err, "WrongStatus(bytes32,uint8)")
}

func TestReentrantReceiverCannotReenter(t *testing.T) {
	e := newEnv(t)
	// Bob's account gets receive-hook code by EIP-7702 and keeps his key.
	recvImpl := e.chain.Deploy(e.deployer, &testbindings.ChannelReceiverMetaData, nil)
	e.chain.Delegate(e.deployer, e.bob, recvImpl)
	rcv := testbindings.NewChannelReceiver()

	id := e.openETH(ether(10), ether(10))
	other := e.openETH(ether(3), big.NewInt(0)) // funds bob would like to drain
	s := state(id, 8, ether(10), ether(10), ether(5))
	sa, sb := e.sign(s)
	if _, err := e.forceClose(e.alice, id, s, sa, sb); err != nil {
		t.Fatal(err)
	}
	e.advance(period * time.Second)
	// During his payout, bob calls settle again on the same channel.
	e.chain.MustSend(e.deployer, e.bob.Address, rcv.PackConfigure(2, e.contract, abiC.PackSettle(id)), nil)
	track := e.track(e.alice, e.bob)
	if _, err := e.settle(e.carol, id); err != nil {
		t.Fatalf("settle: %v", err)
	}
	if w := e.withdrawable(common.Address{}, e.bob.Address); w.Sign() != 0 {
		t.Fatalf("bob's payout was deferred (%s wei): the hook did not fit in the payout gas", w)
	}
	if got := simtest.MustCall(e.chain, e.bob.Address, rcv.PackOutcome(), rcv.UnpackOutcome); got.Int64() != 2 {
		t.Fatalf("reentry outcome = %d, want 2 (ran and failed)", got)
	}
	head := simtest.MustCall(e.chain, e.bob.Address, rcv.PackReentryResult(), rcv.UnpackReentryResult)
	if !bytes.Equal(head[:4], simtest.ErrorSelector("ReentrancyGuardReentrantCall()")) || !bytes.Equal(head[4:], make([]byte, 28)) {
		t.Fatalf("reentrant call failed with %x, want ReentrancyGuardReentrantCall", head)
	}
	track.want(e.alice, ether(5))
	track.want(e.bob, ether(15))
	if ch := e.channel(other); ch.Status != 1 || ch.DepositA.Cmp(ether(3)) != 0 {
		t.Fatalf("the other channel changed: status %d deposit %s", ch.Status, ch.DepositA)
	}
}

func TestReceiverThatRejectsOrBurnsGasIsCreditedAndWithdraws(t *testing.T) {
	for _, mode := range []struct {
		name string
		mode uint8
	}{{"reverts", 1}, {"burns all gas", 3}} {
		t.Run(mode.name, func(t *testing.T) {
			e := newEnv(t)
			recvImpl := e.chain.Deploy(e.deployer, &testbindings.ChannelReceiverMetaData, nil)
			e.chain.Delegate(e.deployer, e.bob, recvImpl)
			rcv := testbindings.NewChannelReceiver()
			e.chain.MustSend(e.deployer, e.bob.Address, rcv.PackConfigure(mode.mode, common.Address{}, nil), nil)

			id := e.openETH(ether(10), big.NewInt(0))
			s := state(id, 2, ether(10), big.NewInt(0), ether(4))
			fa, fb := e.signFinal(s)
			track := e.track(e.alice, e.bob)
			// Bob's refusal cannot keep alice from her money.
			if _, err := e.coopClose(e.carol, id, s, fa, fb); err != nil {
				t.Fatalf("cooperativeClose: %v", err)
			}
			track.want(e.alice, ether(4))
			track.want(e.bob, new(big.Int))
			if w := e.withdrawable(common.Address{}, e.bob.Address); w.Cmp(ether(6)) != 0 {
				t.Fatalf("bob's withdrawable = %s, want 6 ether", w)
			}
			// Bob pulls his payout to an address that accepts it, once.
			payTo := simtest.NewAccount("bob's cold wallet")
			e.chain.MustSend(e.bob, e.contract, abiC.PackWithdraw(common.Address{}, payTo.Address), nil)
			if got := e.chain.Balance(payTo.Address); got.Cmp(ether(6)) != 0 {
				t.Fatalf("withdrawn %s, want 6 ether", got)
			}
			_, err := e.chain.Send(e.bob, e.contract, abiC.PackWithdraw(common.Address{}, payTo.Address), nil)
			wantRevert(t, err, "NothingToWithdraw()")
		})
	}
}

func TestSettleWithTooLittleGasCannotDeferAPayout(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	s := state(id, 1, ether(10), big.NewInt(0), ether(6))
	sa, sb := e.sign(s)
	if _, err := e.forceClose(e.alice, id, s, sa, sb); err != nil {
		t.Fatal(err)
	}
	e.advance(period * time.Second)
	// A caller who picks a gas limit too small for the receiver's full
	// PAYOUT_GAS gets a revert, not a deferred payout.
	_, err := callWithGas(e, e.carol, abiC.PackSettle(id), 120_000)
	wantRevert(t, err, "InsufficientGas(uint256,uint256)")
}

func TestFailingTokenPayoutIsDeferredNotLost(t *testing.T) {
	for _, mode := range []struct {
		name string
		mode uint8
	}{{"returns false", 0}, {"reverts", 1}} {
		t.Run(mode.name, func(t *testing.T) {
			e := newEnv(t)
			tok := testbindings.NewMisbehavingToken()
			token := e.chain.Deploy(e.deployer, &testbindings.MisbehavingTokenMetaData, tok.PackConstructor(mode.mode))
			e.chain.MustSend(e.alice, token, tok.PackMint(e.alice.Address, ether(10)), nil)
			e.chain.MustSend(e.alice, token, tok.PackApprove(e.contract, ether(10)), nil)
			r := e.chain.MustSend(e.alice, e.contract, abiC.PackOpen(e.bob.Address, token, ether(10), period), nil)
			id := e.openedID(r)
			// The token blocks bob after the channel opened.
			e.chain.MustSend(e.deployer, token, tok.PackSetBlocked(e.bob.Address, true), nil)

			s := state(id, 5, ether(10), big.NewInt(0), ether(7))
			fa, fb := e.signFinal(s)
			if _, err := e.coopClose(e.alice, id, s, fa, fb); err != nil {
				t.Fatalf("cooperativeClose: %v", err)
			}
			if b := simtest.MustCall(e.chain, token, tok.PackBalanceOf(e.alice.Address), tok.UnpackBalanceOf); b.Cmp(ether(7)) != 0 {
				t.Fatalf("alice holds %s tokens, want 7 ether", b)
			}
			if w := e.withdrawable(token, e.bob.Address); w.Cmp(ether(3)) != 0 {
				t.Fatalf("bob's withdrawable = %s, want 3 ether", w)
			}
			payTo := simtest.NewAccount("bob's unblocked wallet")
			e.chain.MustSend(e.bob, e.contract, abiC.PackWithdraw(token, payTo.Address), nil)
			if b := simtest.MustCall(e.chain, token, tok.PackBalanceOf(payTo.Address), tok.UnpackBalanceOf); b.Cmp(ether(3)) != 0 {
				t.Fatalf("withdrawn %s tokens, want 3 ether", b)
			}
		})
	}
}

// TestChallengePeriodCannotWedgeAClose: a channel whose challenge period is
// near 2^64 would end a unilateral close past what closesAt (a uint64)
// holds, so forceClose would always revert and only a cooperative close,
// which the other party may never sign, could get the funds out. A
// deployment refuses bounds above MAX_CHALLENGE_PERIOD (100 years), and a
// channel at that longest period still force-closes and settles.
func TestChallengePeriodCannotWedgeAClose(t *testing.T) {
	const limit = uint64(100 * 365 * 24 * 3600)
	e := newChainEnv(t)
	for _, maxP := range []uint64{^uint64(0), ^uint64(0) - uint64(time.Now().Unix()), limit + 1} {
		_, err := e.chain.TryDeploy(e.deployer, &bindings.ChannelsMetaData, abiC.PackConstructor(minPeriod, maxP))
		wantRevert(t, err, "ChallengePeriodTooLong(uint64,uint64)")
	}
	e.deploy(minPeriod, limit)
	if got := simtest.MustCall(e.chain, e.contract, abiC.PackMAXCHALLENGEPERIOD(), abiC.UnpackMAXCHALLENGEPERIOD); got != limit {
		t.Fatalf("MAX_CHALLENGE_PERIOD %d, want %d", got, limit)
	}
	_, err := e.chain.Send(e.alice, e.contract, abiC.PackOpen(e.bob.Address, common.Address{}, ether(1), limit+1), ether(1))
	wantRevert(t, err, "InvalidChallengePeriod(uint64,uint64,uint64)")

	r := e.chain.MustSend(e.alice, e.contract, abiC.PackOpen(e.bob.Address, common.Address{}, ether(1), limit), ether(1))
	id := e.openedID(r)
	opening := channel.State{ChannelID: id}
	if _, err := e.forceClose(e.bob, id, opening, nil, nil); err != nil {
		t.Fatalf("forceClose of a channel with the longest period: %v", err)
	}
	ch := e.channel(id)
	if now := e.chain.Now(); ch.ClosesAt != now+limit {
		t.Fatalf("closes at %d, want %d + %d", ch.ClosesAt, now, limit)
	}
	_, err = e.settle(e.alice, id)
	wantRevert(t, err, "ChallengePeriodNotOver(uint64)")
	e.advance(time.Duration(limit) * time.Second)
	track := e.track(e.alice)
	r, err = e.settle(e.alice, id)
	if err != nil {
		t.Fatalf("settle after the longest period: %v", err)
	}
	track.paid(e.alice, r)
	track.want(e.alice, ether(1))
}
