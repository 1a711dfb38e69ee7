package chain

import (
	"context"
	"errors"
	"testing"

	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// TestProveAtEveryEarlierBlock: the accounts noted right after each block
// are what ProveAt of that block later reads, with proofs that verify
// against that block's state root, while the head's state is untouched.
func TestProveAtEveryEarlierBlock(t *testing.T) {
	_, c := openFS(t, vfs.NewMem())
	key, _ := crypto.GenerateKey()
	alice, bob, tok := crypto.PubkeyToAddress(key.PublicKey), common.HexToAddress("0xb0b"), common.HexToAddress("0x70c1")
	type seen struct {
		alice, bob state.Account
		tokens     uint256.Int
	}
	note := func() seen {
		a, _ := c.State().Account(alice)
		b, _ := c.State().Account(bob)
		tb, _ := c.State().TokenBalance(alice, tok)
		return seen{a, b, tb}
	}
	want := []seen{note()} // genesis
	b, p := build(t, c, []core.QueueItem{
		{Kind: core.QueueDepositETH, From: alice, To: alice, Amount: *uint256.NewInt(1e18)},
		{Kind: core.QueueDepositToken, From: alice, To: alice, Token: tok, Amount: *uint256.NewInt(99)},
	})
	if err := c.Append(b, p); err != nil {
		t.Fatal(err)
	}
	want = append(want, note())
	for i := range uint64(10) {
		b, p := build(t, c, nil, signedTx(t, key, i, bob, int64(i+1)))
		if err := c.Append(b, p); err != nil {
			t.Fatal(err)
		}
		want = append(want, note())
	}
	headRoot := c.Head().StateRoot
	for n := range uint64(len(want)) {
		err := c.ProveAt(context.Background(), n, func(s state.Prover, h *core.Header) error {
			if h.Number != n || s.Root() != h.StateRoot {
				t.Fatalf("block %d: header %d, root %s vs %s", n, h.Number, s.Root(), h.StateRoot)
			}
			for _, who := range []struct {
				addr common.Address
				want state.Account
			}{{alice, want[n].alice}, {bob, want[n].bob}} {
				a, pr, err := s.AccountProof(who.addr)
				if err != nil {
					return err
				}
				if a != who.want {
					t.Fatalf("block %d: %s is %+v, want %+v", n, who.addr, a, who.want)
				}
				if v, err := pr.Verify(h.StateRoot, state.AccountKey(who.addr)); err != nil || v != a.ValueHash() {
					t.Fatalf("block %d: proof of %s: %x, %v", n, who.addr, v, err)
				}
			}
			tb, pr, err := s.TokenProof(alice, tok)
			if err != nil {
				return err
			}
			if tb != want[n].tokens {
				t.Fatalf("block %d: token balance %s, want %s", n, &tb, &want[n].tokens)
			}
			if v, err := pr.Verify(h.StateRoot, state.TokenKey(alice, tok)); err != nil || v != state.TokenValueHash(&tb) {
				t.Fatalf("block %d: token proof: %x, %v", n, v, err)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("ProveAt(%d): %v", n, err)
		}
	}
	if c.State().Root() != headRoot {
		t.Fatal("ProveAt changed the head's state")
	}
	if err := c.ProveAt(context.Background(), c.Head().Number+1, func(state.Prover, *core.Header) error { return nil }); !errors.Is(err, ErrNotFound) {
		t.Fatalf("beyond the head: %v", err)
	}
}
