package channel

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// TestTokenChannelOpensPaysAndCloses runs an ERC-20 channel through the
// peers: Open approves the contract and deposits, payments move tokens,
// and the cooperative close pays both sides in the token.
func TestTokenChannelOpensPaysAndCloses(t *testing.T) {
	n := newTestNet(t)
	ctx := context.Background()
	tok := testbindings.NewTestToken()
	token, _, err := n.chain.Deploy(ctx, devl1.DevKey(0), common.FromHex(testbindings.TestTokenMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	a, b := n.peer(1, ""), n.peer(2, "")
	if _, err := a.p.cfg.L1.send(ctx, "mint", token, tok.PackMint(a.p.Address(), gwei(1000).ToBig()), nil); err != nil {
		t.Fatal(err)
	}
	info, err := a.p.Open(ctx, b.srv.URL(), token, gwei(1000), 60)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(7), 10, 4)
	payMany(t, b, info.ID, gwei(5), 2, 1)
	if _, err := b.p.Close(ctx, info.ID); err != nil {
		t.Fatal(err)
	}
	balance := func(who common.Address) uint64 {
		out, err := n.chain.Client.CallContract(ctx, callMsg(token, tok.PackBalanceOf(who)), nil)
		if err != nil {
			t.Fatal(err)
		}
		v, err := tok.UnpackBalanceOf(out)
		if err != nil {
			t.Fatal(err)
		}
		return v.Uint64()
	}
	if got, want := balance(b.p.Address()), gwei(60).Uint64(); got != want {
		t.Fatalf("B holds %d tokens, want %d", got, want)
	}
	if got, want := balance(a.p.Address()), gwei(940).Uint64(); got != want {
		t.Fatalf("A holds %d tokens, want %d", got, want)
	}
	if got := balance(n.contract); got != 0 {
		t.Fatalf("the contract still holds %d tokens", got)
	}
}
