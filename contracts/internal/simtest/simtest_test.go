package simtest_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
)

func TestDeployCallAndRevertData(t *testing.T) {
	chain := simtest.New(t, 2)
	alice, bob := chain.Accounts[0], chain.Accounts[1]
	token := testbindings.NewTestToken()
	addr := chain.Deploy(alice, &testbindings.TestTokenMetaData, nil)

	chain.MustSend(alice, addr, token.PackMint(alice.Address, big.NewInt(100)), nil)
	chain.MustSend(alice, addr, token.PackTransfer(bob.Address, big.NewInt(40)), nil)
	if got := simtest.MustCall(chain, addr, token.PackBalanceOf(bob.Address), token.UnpackBalanceOf); got.Int64() != 40 {
		t.Fatalf("bob's balance = %d, want 40", got)
	}

	// Overdrawing reverts with OpenZeppelin's custom error, and the raw
	// data reaches the test.
	_, err := chain.Send(bob, addr, token.PackTransfer(alice.Address, big.NewInt(41)), nil)
	data, ok := simtest.RevertData(err)
	if !ok {
		t.Fatalf("overdraw: got %v, want a revert", err)
	}
	want := simtest.ErrorSelector("ERC20InsufficientBalance(address,uint256,uint256)")
	if !bytes.HasPrefix(data, want) {
		t.Fatalf("overdraw reverted with %x, want selector %x", data, want)
	}
}

func TestAdvanceTime(t *testing.T) {
	chain := simtest.New(t, 1)
	before := chain.Now()
	chain.AdvanceTime(time.Hour)
	if after := chain.Now(); after < before+3600 {
		t.Fatalf("time moved from %d to %d, want at least an hour", before, after)
	}
}

func TestDelegateKeepsKeyAndGivesCode(t *testing.T) {
	chain := simtest.New(t, 2)
	sponsor := chain.Accounts[0]
	user := simtest.NewAccount("delegated")
	chain.Fund(user.Address, big.NewInt(1e18))
	impl := chain.Deploy(sponsor, &testbindings.TestTokenMetaData, nil)
	chain.Delegate(sponsor, user, impl)

	// The delegated account now runs the token's code against its own storage.
	token := testbindings.NewTestToken()
	chain.MustSend(sponsor, user.Address, token.PackMint(sponsor.Address, big.NewInt(7)), nil)
	if got := simtest.MustCall(chain, user.Address, token.PackBalanceOf(sponsor.Address), token.UnpackBalanceOf); got.Int64() != 7 {
		t.Fatalf("balance in delegated storage = %d, want 7", got)
	}
	// And it can still send transactions with its key.
	chain.MustSend(user, common.Address{1}, nil, big.NewInt(1))
}

// TestBlobAndCallFromOneAccountBackToBack: an account that sends a blob
// transaction and then at once an ordinary one (and the other way round)
// has both mined, however far the pool lags behind the block that mined the
// first: it holds an account to one kind of transaction until it has caught
// up, which it does on its own goroutine.
func TestBlobAndCallFromOneAccountBackToBack(t *testing.T) {
	chain := simtest.New(t, 2)
	alice, bob := chain.Accounts[0], chain.Accounts[1]
	sc, err := simtest.BlobSidecar(make([]kzg4844.Blob, 1))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 30 {
		if _, err := chain.SendBlobs(alice, bob.Address, nil, nil, sc); err != nil {
			t.Fatalf("round %d: the blob transaction: %v", i, err)
		}
		if _, err := chain.Send(alice, bob.Address, nil, big.NewInt(1)); err != nil {
			t.Fatalf("round %d: the ordinary transaction after the blob one: %v", i, err)
		}
	}
}

// TestSendBlockMinesEveryTransactionInOneBlock: SendBlock's transactions,
// several nonces of several senders sent back to back, are all in the
// block it mines, however far the pool lags behind in making them pending
// (it does so on its own goroutine).
func TestSendBlockMinesEveryTransactionInOneBlock(t *testing.T) {
	chain := simtest.New(t, 3)
	to := common.HexToAddress("0xb0b")
	for round := range 30 {
		var txs []simtest.Tx
		for i := range 6 {
			txs = append(txs, simtest.Tx{From: chain.Accounts[i%3], To: to, Value: big.NewInt(1), Gas: 21_000})
		}
		rs := chain.SendBlock(txs...)
		for i, r := range rs {
			if r.Status != 1 || r.BlockNumber.Cmp(rs[0].BlockNumber) != 0 {
				t.Fatalf("round %d: transaction %d: status %d in block %s, want mined in block %s", round, i, r.Status, r.BlockNumber, rs[0].BlockNumber)
			}
		}
	}
}
