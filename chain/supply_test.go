package chain

import (
	"testing"

	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
)

// TestTokenSupplyFollowsDepositsWithdrawalsAndRewinds: the supply is what
// deposits credited less what withdrawals took, stays exact past 2^256 (and
// answers the cap there), survives a reopen, and a rewind takes it back.
func TestTokenSupplyFollowsDepositsWithdrawalsAndRewinds(t *testing.T) {
	fs := vfs.NewMem()
	pdb, c := openFS(t, fs)
	tok, other := common.HexToAddress("0x70c1"), common.HexToAddress("0x70c2")
	alice, bob, carol := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b"), common.HexToAddress("0xca401")
	deposit := func(to, token common.Address, amt *uint256.Int) core.QueueItem {
		return core.QueueItem{Kind: core.QueueDepositToken, From: to, To: to, Token: token, Amount: *amt}
	}
	forced := func(from, token common.Address, amt uint64) core.QueueItem {
		return core.QueueItem{Kind: core.QueueForcedWithdrawal, From: from, To: from, Token: token, Amount: *uint256.NewInt(amt)}
	}
	max := new(uint256.Int).SetAllOne()
	want := func(token common.Address, w *uint256.Int) {
		t.Helper()
		got, err := c.TokenSupply(token)
		if err != nil {
			t.Fatal(err)
		}
		if got != *w {
			t.Fatalf("supply of %s at block %d = %s, want %s", token, c.Head().Number, &got, w)
		}
	}
	appendBlock := func(queue ...core.QueueItem) {
		t.Helper()
		b, p := build(t, c, queue)
		if err := c.Append(b, p); err != nil {
			t.Fatal(err)
		}
	}

	appendBlock(deposit(alice, tok, uint256.NewInt(1000)), deposit(bob, tok, uint256.NewInt(500)),
		core.QueueItem{Kind: core.QueueDepositETH, From: carol, To: carol, Amount: *uint256.NewInt(7)})
	want(tok, uint256.NewInt(1500))
	want(other, new(uint256.Int))
	// A forced withdrawal of more than the balance takes what there is.
	appendBlock(forced(alice, tok, 300), forced(bob, tok, 9999), deposit(carol, other, uint256.NewInt(5)))
	want(tok, uint256.NewInt(700))
	want(other, uint256.NewInt(5))
	// Saturating deposits: alice's balance caps, and what was credited is
	// what counts; two of them take the sum past 2^256.
	appendBlock(deposit(alice, tok, max), deposit(carol, tok, max))
	want(tok, max)
	appendBlock(forced(carol, tok, 1))
	want(tok, max) // 2·(2^256-1) - 1: still past the cap

	// The blocks remember what they minted.
	b1, err := c.BlockByNumber(1)
	if err != nil {
		t.Fatal(err)
	}
	if m := b1.Minted[tok]; m.Uint64() != 1500 || len(b1.Minted) != 1 {
		t.Fatalf("block 1 minted %v", b1.Minted)
	}

	if _, err := c.Rewind(2); err != nil {
		t.Fatal(err)
	}
	want(tok, uint256.NewInt(700))
	want(other, uint256.NewInt(5))

	// Reopened, the supply is as stored.
	if err := pdb.Close(); err != nil {
		t.Fatal(err)
	}
	pdb, c = openFS(t, fs)
	defer pdb.Close()
	want(tok, uint256.NewInt(700))
	if _, err := c.Rewind(0); err != nil {
		t.Fatal(err)
	}
	want(tok, new(uint256.Int))
	want(other, new(uint256.Int))
}
