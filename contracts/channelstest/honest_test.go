package channelstest

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/channel"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
)

// callWithGas simulates a call with a fixed gas limit.
func callWithGas(e *env, from *simtest.Account, data []byte, gas uint64) ([]byte, error) {
	out, err := e.chain.Client.CallContract(context.Background(), ethereum.CallMsg{
		From: from.Address, To: &e.contract, Data: data, Gas: gas,
	}, nil)
	if err != nil {
		var de rpc.DataError
		if errors.As(err, &de) {
			if s, ok := de.ErrorData().(string); ok {
				return nil, &simtest.RevertError{Data: common.FromHex(s), Err: err}
			}
		}
		return nil, err
	}
	return out, nil
}

func TestGoHashingMatchesTheContract(t *testing.T) {
	e := newEnv(t)
	sep := simtest.MustCall(e.chain, e.contract, abiC.PackDomainSeparator(), abiC.UnpackDomainSeparator)
	if common.Hash(sep) != e.domain.Separator() {
		t.Fatalf("domain separator: contract %x, Go %x", sep, e.domain.Separator())
	}
	th := simtest.MustCall(e.chain, e.contract, abiC.PackSTATETYPEHASH(), abiC.UnpackSTATETYPEHASH)
	fh := simtest.MustCall(e.chain, e.contract, abiC.PackFINALSTATETYPEHASH(), abiC.UnpackFINALSTATETYPEHASH)
	if common.Hash(th) != channel.StateTypeHash || common.Hash(fh) != channel.FinalStateTypeHash {
		t.Fatal("type hashes differ between Go and the contract")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	max := new(uint256.Int).SetAllOne()
	for i := range 40 {
		var s channel.State
		for j := range s.ChannelID {
			s.ChannelID[j] = byte(rng.Uint32())
		}
		s.Nonce = rng.Uint64()
		for _, v := range []*uint256.Int{&s.DepositA, &s.DepositB, &s.BalanceA, &s.BalanceB} {
			switch i % 4 {
			case 0:
				v.SetUint64(rng.Uint64())
			case 1:
				v.Set(max)
			case 2:
				v.Clear()
			default:
				v.SetBytes32(randBytes(rng, 32))
			}
		}
		got := simtest.MustCall(e.chain, e.contract, abiC.PackStateDigest(s.Binding()), abiC.UnpackStateDigest)
		if want := s.Digest(e.domain, channel.StateTypeHash); common.Hash(got) != want {
			t.Fatalf("stateDigest of %v: contract %x, Go %x", &s, got, want)
		}
		got = simtest.MustCall(e.chain, e.contract, abiC.PackFinalStateDigest(s.Binding()), abiC.UnpackFinalStateDigest)
		if want := s.Digest(e.domain, channel.FinalStateTypeHash); common.Hash(got) != want {
			t.Fatalf("finalStateDigest of %v: contract %x, Go %x", &s, got, want)
		}
	}
}

func randBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

func TestCooperativeClosePaysAtOnce(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), ether(5))
	s := state(id, 42, ether(10), ether(5), ether(8))
	fa, fb := e.signFinal(s)
	track := e.track(e.alice, e.bob)
	r, err := e.coopClose(e.alice, id, s, fa, fb)
	if err != nil {
		t.Fatal(err)
	}
	track.paid(e.alice, r)
	track.want(e.alice, ether(8))
	track.want(e.bob, ether(7))
	if ch := e.channel(id); ch.Status != 3 || ch.Nonce != 42 {
		t.Fatalf("status %d nonce %d, want Closed at 42", ch.Status, ch.Nonce)
	}
}

func TestCooperativeCloseEndsADispute(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	zero := state(id, 0, big.NewInt(0), big.NewInt(0), big.NewInt(0))
	if _, err := e.forceClose(e.alice, id, zero, nil, nil); err != nil {
		t.Fatal(err)
	}
	s := state(id, 3, ether(10), big.NewInt(0), ether(1))
	fa, fb := e.signFinal(s)
	track := e.track(e.alice, e.bob)
	if _, err := e.coopClose(e.carol, id, s, fa, fb); err != nil {
		t.Fatal(err)
	}
	track.want(e.alice, ether(1))
	track.want(e.bob, ether(9))
}

func TestEmptyInitialStateRefundsEveryDeposit(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), ether(4))
	zero := state(id, 0, big.NewInt(0), big.NewInt(0), big.NewInt(0))
	track := e.track(e.alice, e.bob)
	r, err := e.forceClose(e.bob, id, zero, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	track.paid(e.bob, r)
	e.advance(period * time.Second)
	r, err = e.settle(e.bob, id)
	if err != nil {
		t.Fatal(err)
	}
	track.paid(e.bob, r)
	track.want(e.alice, ether(10))
	track.want(e.bob, ether(4))
}

func TestUnacknowledgedTopUpIsRefundedToItsDepositor(t *testing.T) {
	e := newEnv(t)
	id := e.openETH(ether(10), big.NewInt(0))
	s := state(id, 6, ether(10), big.NewInt(0), ether(4)) // bob has 6
	sa, sb := e.sign(s)
	// Both top up after state 6; no state accounts for it.
	e.chain.MustSend(e.alice, e.contract, abiC.PackDeposit(id, ether(2)), ether(2))
	e.chain.MustSend(e.bob, e.contract, abiC.PackDeposit(id, ether(3)), ether(3))
	if _, err := e.forceClose(e.alice, id, s, sa, sb); err != nil {
		t.Fatal(err)
	}
	ch := e.channel(id)
	if ch.PayoutA.Cmp(ether(6)) != 0 || ch.PayoutB.Cmp(ether(9)) != 0 {
		t.Fatalf("payouts %s/%s, want 6/9 ether", ch.PayoutA, ch.PayoutB)
	}
}

func TestOpenValidatesItsArguments(t *testing.T) {
	e := newEnv(t)
	_, err := e.chain.Send(e.alice, e.contract, abiC.PackOpen(e.alice.Address, common.Address{}, ether(1), period), ether(1))
	wantRevert(t, err, "InvalidCounterparty(address)")
	_, err = e.chain.Send(e.alice, e.contract, abiC.PackOpen(common.Address{}, common.Address{}, ether(1), period), ether(1))
	wantRevert(t, err, "InvalidCounterparty(address)")
	_, err = e.chain.Send(e.alice, e.contract, abiC.PackOpen(e.bob.Address, common.Address{}, ether(1), minPeriod-1), ether(1))
	wantRevert(t, err, "InvalidChallengePeriod(uint64,uint64,uint64)")
	_, err = e.chain.Send(e.alice, e.contract, abiC.PackOpen(e.bob.Address, common.Address{}, ether(1), maxPeriod+1), ether(1))
	wantRevert(t, err, "InvalidChallengePeriod(uint64,uint64,uint64)")
	_, err = e.chain.Send(e.alice, e.contract, abiC.PackOpen(e.bob.Address, common.Address{}, ether(2), period), ether(1))
	wantRevert(t, err, "ValueMismatch(uint256,uint256)")
	id := e.openETH(big.NewInt(0), big.NewInt(0))
	_, err = e.chain.Send(e.carol, e.contract, abiC.PackDeposit(id, ether(1)), ether(1))
	wantRevert(t, err, "NotParty(bytes32,address)")
	_, err = e.chain.Send(e.bob, e.contract, abiC.PackDeposit(id, big.NewInt(0)), nil)
	wantRevert(t, err, "ZeroDeposit()")
	_, err = e.chain.Send(e.deployer, e.contract, nil, nil)
	if _, ok := simtest.RevertData(err); !ok {
		t.Fatalf("plain ETH transfer to the contract: %v, want a revert", err)
	}
}

func TestConstructorRefusesBadBounds(t *testing.T) {
	chain := simtest.New(t, 1)
	for _, b := range [][2]uint64{{0, 10}, {10, 9}} {
		data := append(common.FromHex(bindings.ChannelsMetaData.Bin), abiC.PackConstructor(b[0], b[1])...)
		_, err := chain.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: chain.Accounts[0].Address, Data: data})
		if err == nil {
			t.Fatalf("deploy with bounds %v succeeded", b)
		}
	}
}

func TestTokenChannelsCreditWhatArrives(t *testing.T) {
	e := newEnv(t)
	// A fee-on-transfer token: the channel credits what it received.
	fee := testbindings.NewFeeOnTransferToken()
	feeTok := e.chain.Deploy(e.deployer, &testbindings.FeeOnTransferTokenMetaData, fee.PackConstructor(big.NewInt(100))) // 1%
	e.chain.MustSend(e.alice, feeTok, fee.PackMint(e.alice.Address, ether(100)), nil)
	e.chain.MustSend(e.alice, feeTok, fee.PackApprove(e.contract, ether(100)), nil)
	id := e.openedID(e.chain.MustSend(e.alice, e.contract, abiC.PackOpen(e.bob.Address, feeTok, ether(100), period), nil))
	if ch := e.channel(id); ch.DepositA.Cmp(ether(99)) != 0 {
		t.Fatalf("credited %s, want 99 ether", ch.DepositA)
	}
	_, err := e.chain.Send(e.alice, e.contract, abiC.PackOpen(e.bob.Address, feeTok, ether(1), period), big.NewInt(1))
	wantRevert(t, err, "ValueMismatch(uint256,uint256)")

	// A token that returns nothing (USDT-style) works both ways.
	nr := testbindings.NewNoReturnToken()
	nrTok := e.chain.Deploy(e.deployer, &testbindings.NoReturnTokenMetaData, nil)
	e.chain.MustSend(e.alice, nrTok, nr.PackMint(e.alice.Address, big.NewInt(1000)), nil)
	e.chain.MustSend(e.alice, nrTok, nr.PackApprove(e.contract, big.NewInt(1000)), nil)
	e.chain.MustSend(e.bob, nrTok, nr.PackMint(e.bob.Address, big.NewInt(500)), nil)
	e.chain.MustSend(e.bob, nrTok, nr.PackApprove(e.contract, big.NewInt(500)), nil)
	id = e.openedID(e.chain.MustSend(e.alice, e.contract, abiC.PackOpen(e.bob.Address, nrTok, big.NewInt(1000), period), nil))
	e.chain.MustSend(e.bob, e.contract, abiC.PackDeposit(id, big.NewInt(500)), nil)
	s := state(id, 9, big.NewInt(1000), big.NewInt(500), big.NewInt(250))
	fa, fb := e.signFinal(s)
	if _, err := e.coopClose(e.bob, id, s, fa, fb); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		who  common.Address
		want int64
	}{{e.alice.Address, 250}, {e.bob.Address, 1250}, {e.contract, 0}} {
		if b := simtest.MustCall(e.chain, nrTok, nr.PackBalanceOf(c.who), nr.UnpackBalanceOf); b.Int64() != c.want {
			t.Fatalf("%s holds %s, want %d", c.who, b, c.want)
		}
	}
}
