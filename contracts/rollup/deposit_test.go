package rollup_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/core"
)

var (
	testToken     = testbindings.NewTestToken()
	feeToken      = testbindings.NewFeeOnTransferToken()
	badToken      = testbindings.NewMisbehavingToken()
	noReturnToken = testbindings.NewNoReturnToken()
	reentrant     = testbindings.NewReentrantToken()
	reenterer     = testbindings.NewReenterer()
)

// erc20 packs the calls every test token shares (they all have TestToken's
// mint/approve/transfer/balanceOf signatures).
var erc20 = testToken

// deployToken deploys a token and gives `holder` amount of it, approved to
// the Rollup.
func (f *fixture) deployToken(meta *bind.MetaData, ctorArgs []byte, holder *simtest.Account, amount *big.Int) common.Address {
	f.t.Helper()
	token := f.chain.Deploy(f.deployer, meta, ctorArgs)
	f.chain.MustSend(f.deployer, token, erc20.PackMint(holder.Address, amount), nil)
	f.chain.MustSend(holder, token, erc20.PackApprove(f.addr, amount), nil)
	return token
}

func (f *fixture) tokenBalance(token, owner common.Address) *big.Int {
	f.t.Helper()
	return simtest.MustCall(f.chain, token, erc20.PackBalanceOf(owner), erc20.UnpackBalanceOf)
}

func (f *fixture) depositToken(from *simtest.Account, token, to common.Address, amount *big.Int) (*types.Receipt, error) {
	return f.send(from, f.r.PackDepositToken(token, to, amount), nil)
}

// wantQueueItem checks that receipt announced exactly q, and that the
// contract stored q's hash (computed by package core) at the announced index.
func (f *fixture) wantQueueItem(receipt *types.Receipt, index uint64, q core.QueueItem) {
	f.t.Helper()
	items := f.queueItemsOf(receipt)
	if len(items) != 1 {
		f.t.Fatalf("%d queue items announced, want 1", len(items))
	}
	if *items[0] != q {
		f.t.Fatalf("announced %+v, want %+v", items[0], q)
	}
	if got := f.queueHash(index); got != q.Hash() {
		f.t.Fatalf("stored hash of item %d = %x, core computes %x", index, got, q.Hash())
	}
}

func u256(x *big.Int) uint256.Int {
	var u uint256.Int
	if u.SetFromBig(x) {
		panic("overflow")
	}
	return u
}

func TestDepositETHBounds(t *testing.T) {
	f := newFixture(t)
	below := new(big.Int).Sub(minDeposit, big.NewInt(1))
	_, err := f.depositETH(f.alice, f.alice.Address, below)
	wantRevert(t, err, "DepositTooSmall", below, minDeposit)
	_, err = f.depositETH(f.alice, f.alice.Address, nil)
	wantRevert(t, err, "DepositTooSmall", big1(0), minDeposit)
	above := new(big.Int).Add(maxDeposit, big.NewInt(1))
	_, err = f.depositETH(f.alice, f.alice.Address, above)
	wantRevert(t, err, "DepositTooLarge", above, maxDeposit)
	if n := f.queueLength(); n != 0 {
		t.Fatalf("queue length %d after refused deposits, want 0", n)
	}

	// At the bounds it works, and the item is exactly what core encodes.
	for i, amount := range []*big.Int{minDeposit, maxDeposit} {
		receipt, err := f.depositETH(f.alice, f.bob.Address, amount)
		if err != nil {
			t.Fatalf("deposit of %s: %v", amount, err)
		}
		f.wantQueueItem(receipt, uint64(i), core.QueueItem{
			Kind: core.QueueDepositETH, From: f.alice.Address, To: f.bob.Address, Amount: u256(amount),
		})
	}
	if got, want := f.chain.Balance(f.addr), new(big.Int).Add(minDeposit, maxDeposit); got.Cmp(want) != 0 {
		t.Fatalf("contract holds %s wei, want %s", got, want)
	}
}

func TestDepositRejectsUnusableRecipient(t *testing.T) {
	f := newFixture(t)
	_, err := f.depositETH(f.alice, common.Address{}, minDeposit)
	wantRevert(t, err, "InvalidRecipient", common.Address{})
	_, err = f.depositETH(f.alice, core.BridgeAddress, minDeposit)
	wantRevert(t, err, "InvalidRecipient", core.BridgeAddress)

	token := f.deployToken(&testbindings.TestTokenMetaData, nil, f.alice, big.NewInt(1000))
	_, err = f.depositToken(f.alice, token, core.BridgeAddress, big.NewInt(100))
	wantRevert(t, err, "InvalidRecipient", core.BridgeAddress)
	_, err = f.depositToken(f.alice, common.Address{}, f.bob.Address, big.NewInt(100))
	wantRevert(t, err, "InvalidToken", common.Address{})
	// A "token" without code fails in balanceOf, before anything moves.
	_, err = f.depositToken(f.alice, common.Address{0xee}, f.bob.Address, big.NewInt(100))
	if _, ok := simtest.RevertData(err); !ok {
		t.Fatalf("deposit of a token without code: got %v, want a revert", err)
	}
}

func TestDepositTokenBounds(t *testing.T) {
	f := newFixture(t)
	supply := new(big.Int).Mul(big.NewInt(2), maxTokenDeposit)
	token := f.deployToken(&testbindings.TestTokenMetaData, nil, f.alice, supply)

	below := new(big.Int).Sub(minTokenDeposit, big.NewInt(1))
	_, err := f.depositToken(f.alice, token, f.bob.Address, below)
	wantRevert(t, err, "DepositTooSmall", below, minTokenDeposit)
	above := new(big.Int).Add(maxTokenDeposit, big.NewInt(1))
	_, err = f.depositToken(f.alice, token, f.bob.Address, above)
	wantRevert(t, err, "DepositTooLarge", above, maxTokenDeposit)

	for i, amount := range []*big.Int{minTokenDeposit, maxTokenDeposit} {
		receipt, err := f.depositToken(f.alice, token, f.bob.Address, amount)
		if err != nil {
			t.Fatalf("deposit of %s: %v", amount, err)
		}
		f.wantQueueItem(receipt, uint64(i), core.QueueItem{
			Kind: core.QueueDepositToken, From: f.alice.Address, To: f.bob.Address, Token: token, Amount: u256(amount),
		})
	}
	if got, want := f.tokenBalance(token, f.addr), new(big.Int).Add(minTokenDeposit, maxTokenDeposit); got.Cmp(want) != 0 {
		t.Fatalf("contract holds %s, want %s", got, want)
	}
}

func TestFeeOnTransferTokenCreditsAmountReceived(t *testing.T) {
	f := newFixture(t)
	token := f.deployToken(&testbindings.FeeOnTransferTokenMetaData, feeToken.PackConstructor(big.NewInt(100)), f.alice, big.NewInt(1_000_000))
	receipt, err := f.depositToken(f.alice, token, f.bob.Address, big.NewInt(10_000))
	if err != nil {
		t.Fatal(err)
	}
	// 1% is burned on the way: the L2 gets 9,900, not 10,000.
	f.wantQueueItem(receipt, 0, core.QueueItem{
		Kind: core.QueueDepositToken, From: f.alice.Address, To: f.bob.Address, Token: token, Amount: *uint256.NewInt(9_900),
	})
	if got := f.tokenBalance(token, f.addr); got.Int64() != 9_900 {
		t.Fatalf("contract holds %s, want 9900", got)
	}
	// The bounds apply to what is received: 10 sent is 10 - 0 = 10 (the fee
	// rounds down to 0) and passes, 11 with a 100% fee token would not.
	all := f.deployToken(&testbindings.FeeOnTransferTokenMetaData, feeToken.PackConstructor(big.NewInt(10_000)), f.alice, big.NewInt(1_000))
	_, err = f.depositToken(f.alice, all, f.bob.Address, big.NewInt(500))
	wantRevert(t, err, "DepositTooSmall", big1(0), minTokenDeposit)
}

func TestTokenDepositThatReturnsFalseOrRevertsIsRefused(t *testing.T) {
	f := newFixture(t)
	for _, mode := range []uint8{0, 1} { // ReturnFalse, Revert
		token := f.deployToken(&testbindings.MisbehavingTokenMetaData, badToken.PackConstructor(mode), f.alice, big.NewInt(1000))
		// More than approved: the token refuses.
		_, err := f.depositToken(f.alice, token, f.bob.Address, big.NewInt(1001))
		if mode == 0 {
			wantRevert(t, err, "SafeERC20FailedOperation", token)
		} else {
			wantRevertReason(t, err, "MisbehavingToken: transfer refused")
		}
		if n := f.queueLength(); n != 0 {
			t.Fatalf("mode %d: queue length %d after a refused transfer", mode, n)
		}
	}
	// A token that returns nothing (like USDT) is accepted.
	token := f.deployToken(&testbindings.NoReturnTokenMetaData, nil, f.alice, big.NewInt(1000))
	receipt, err := f.depositToken(f.alice, token, f.bob.Address, big.NewInt(1000))
	if err != nil {
		t.Fatal(err)
	}
	f.wantQueueItem(receipt, 0, core.QueueItem{
		Kind: core.QueueDepositToken, From: f.alice.Address, To: f.bob.Address, Token: token, Amount: *uint256.NewInt(1000),
	})
}

// TestTokenCannotReenterDepositToDoubleCount: a token that calls
// depositToken again from inside transferFrom would, without the guard,
// have the inner deposit's tokens counted by the outer balance difference
// too.
func TestTokenCannotReenterDepositToDoubleCount(t *testing.T) {
	f := newFixture(t)
	token := f.deployToken(&testbindings.ReentrantTokenMetaData, nil, f.alice, big.NewInt(1000))
	// The token itself holds tokens and has approved the Rollup, so the
	// inner deposit would succeed on its own.
	f.chain.MustSend(f.deployer, token, erc20.PackMint(token, big.NewInt(500)), nil)
	inner := f.r.PackDepositToken(token, f.carol.Address, big.NewInt(500))
	f.chain.MustSend(f.deployer, token, reentrant.PackArm(f.addr, inner), nil)

	receipt, err := f.depositToken(f.alice, token, f.bob.Address, big.NewInt(100))
	if err != nil {
		t.Fatal(err)
	}
	attempted := simtest.MustCall(f.chain, token, reentrant.PackAttempted(), reentrant.UnpackAttempted)
	ok := simtest.MustCall(f.chain, token, reentrant.PackLastOk(), reentrant.UnpackLastOk)
	ret := simtest.MustCall(f.chain, token, reentrant.PackLastReturn(), reentrant.UnpackLastReturn)
	if !attempted || ok {
		t.Fatalf("reentry attempted=%v succeeded=%v, want attempted and refused", attempted, ok)
	}
	id := rollupABI.GetABI().Errors["ReentrancyGuardReentrantCall"].ID
	if string(ret) != string(id[:4]) {
		t.Fatalf("reentry failed with %x, want ReentrancyGuardReentrantCall", ret)
	}
	f.wantQueueItem(receipt, 0, core.QueueItem{
		Kind: core.QueueDepositToken, From: f.alice.Address, To: f.bob.Address, Token: token, Amount: *uint256.NewInt(100),
	})
}

func TestForcedWithdrawalRequest(t *testing.T) {
	f := newFixture(t)
	_, err := f.send(f.alice, f.r.PackRequestWithdrawal(f.alice.Address, common.Address{}, big.NewInt(0)), nil)
	wantRevert(t, err, "ZeroAmount")
	_, err = f.send(f.alice, f.r.PackRequestWithdrawal(common.Address{}, common.Address{}, big.NewInt(1)), nil)
	wantRevert(t, err, "InvalidRecipient", common.Address{})

	// msg.sender is the authority: the item's from is the caller, whatever
	// recipient it names.
	token := common.HexToAddress("0x70ce")
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	receipt, err := f.send(f.alice, f.r.PackRequestWithdrawal(f.bob.Address, token, max), nil)
	if err != nil {
		t.Fatal(err)
	}
	f.wantQueueItem(receipt, 0, core.QueueItem{
		Kind: core.QueueForcedWithdrawal, From: f.alice.Address, To: f.bob.Address, Token: token, Amount: u256(max),
	})
	receipt, err = f.send(f.carol, f.r.PackRequestWithdrawal(f.carol.Address, common.Address{}, big.NewInt(7)), nil)
	if err != nil {
		t.Fatal(err)
	}
	f.wantQueueItem(receipt, 1, core.QueueItem{
		Kind: core.QueueForcedWithdrawal, From: f.carol.Address, To: f.carol.Address, Amount: *uint256.NewInt(7),
	})
	// Queue items record when they were added, for the inclusion window.
	at := simtest.MustCall(f.chain, f.addr, f.r.PackQueueItemTime(big1(1)), f.r.UnpackQueueItemTime)
	if at != f.blockTime(receipt) {
		t.Fatalf("queue item 1 added at %d, receipt block at %d", at, f.blockTime(receipt))
	}
	_, err = f.chain.Call(f.addr, f.r.PackQueueItemHash(big1(2)))
	wantRevert(t, err, "UnknownQueueItem", big1(2))
}

// TestQueueTimesPackedFourToAWord: queue times share storage words; each
// item must read back its own time.
func TestQueueTimesPackedFourToAWord(t *testing.T) {
	f := newFixture(t)
	var times []uint64
	for i := 0; i < 9; i++ {
		receipt, err := f.depositETH(f.alice, f.alice.Address, minDeposit)
		if err != nil {
			t.Fatal(err)
		}
		times = append(times, f.blockTime(receipt))
		f.chain.AdvanceTime(7 * time.Second) // so that neighbours differ
	}
	for i, want := range times {
		got := simtest.MustCall(f.chain, f.addr, f.r.PackQueueItemTime(big1(i)), f.r.UnpackQueueItemTime)
		if got != want {
			t.Fatalf("queue item %d time %d, want %d", i, got, want)
		}
	}
}

// TestPlainETHTransferIsRefused: ETH sent without depositETH would be lost
// to the L2 (no queue item names a recipient), so the contract refuses it.
func TestPlainETHTransferIsRefused(t *testing.T) {
	f := newFixture(t)
	_, err := f.send(f.alice, nil, minDeposit)
	if _, ok := simtest.RevertData(err); !ok {
		t.Fatalf("plain ETH transfer to the Rollup: got %v, want a revert", err)
	}
	_, err = f.send(f.alice, []byte{0xde, 0xad, 0xbe, 0xef}, minDeposit)
	if _, ok := simtest.RevertData(err); !ok {
		t.Fatalf("unknown selector with ETH: got %v, want a revert", err)
	}
	if got := f.chain.Balance(f.addr); got.Sign() != 0 {
		t.Fatalf("contract holds %s wei", got)
	}
}

func TestTokenWhoseBalanceFallsIsRefused(t *testing.T) {
	f := newFixture(t)
	token := f.deployToken(&testbindings.ShrinkingTokenMetaData, nil, f.alice, big.NewInt(1000))
	// Give the Rollup a balance to shrink.
	f.chain.MustSend(f.deployer, token, erc20.PackMint(f.addr, big.NewInt(500)), nil)
	_, err := f.depositToken(f.alice, token, f.bob.Address, big.NewInt(100))
	wantRevert(t, err, "TokenBalanceDecreased", token, big.NewInt(500), big.NewInt(400))
}
