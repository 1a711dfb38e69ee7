package txmgr_test

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/viaduct-l2/viaduct/txmgr"
)

// gateClient gives no answer to SendTransaction while held, as a node out
// of reach would, and can lose the first transaction sent through it.
type gateClient struct {
	simulated.Client
	held      atomic.Bool
	loseFirst atomic.Bool
	sends     atomic.Int32
}

func (c *gateClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if c.held.Load() {
		return errGate
	}
	if c.sends.Add(1) == 1 && c.loseFirst.Load() {
		return nil // taken, then dropped from the node's txpool
	}
	return c.Client.SendTransaction(ctx, tx)
}

func (c *gateClient) BlobBaseFee(ctx context.Context) (*big.Int, error) {
	return c.Client.(txmgr.BlobFeeReader).BlobBaseFee(ctx)
}

// forkAt makes block n-1 the head (an L1 reorg away from block n and its
// successors) and waits for the txpool to take back the removed
// transactions of from (wantBack of them); with drop, it then empties the
// txpool, as a node that never saw them on the new branch.
func (s *sim) forkAt(n uint64, from common.Address, wantBack uint64, drop bool) {
	s.t.Helper()
	parent, err := s.client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n-1))
	if err != nil {
		s.t.Fatal(err)
	}
	if err := s.backend.Fork(parent.Hash()); err != nil {
		s.t.Fatal(err)
	}
	base := s.nonce(from)
	until(s.t, "the txpool to take the reorged transactions back", func() bool { return s.pendingNonce(from) == base+wantBack })
	if drop {
		until(s.t, "the txpool to forget them", func() bool {
			s.backend.Rollback()
			return s.pendingNonce(from) == base
		})
	}
}

// TestReorgedOutTransactionIsSentAgainAndMined: the transaction is mined,
// then an L1 reorg replaces its block before it is Confirmations deep, and
// the node forgets it. The manager does not return the stale receipt: it
// sends the transaction again (same nonce) and returns the receipt of the
// block of the new branch it is mined in.
func TestReorgedOutTransactionIsSentAgainAndMined(t *testing.T) {
	s := newSim(t)
	c := &gateClient{Client: s.client}
	key := keyOf("sender")
	from := addrOf(key)
	m, rec := startManager(t, txmgr.Config{Client: c, Key: key, Confirmations: 2, ResubmitBlocks: 1000})
	done := sendAsync(s.ctx(), m, transfer("0xb0b", 7))
	rec.waitFor(t, 0, "the transaction", published(0, 0))
	old := s.commit()
	until(t, "the manager to see it mined", func() bool { p := m.Pending(); return len(p) == 1 && p[0].Mined != nil })
	// The node is out of reach while the reorg happens, so the manager
	// cannot hand the transaction back before the new branch is built.
	c.held.Store(true)
	s.forkAt(1, from, 1, true)
	s.commit()
	s.commit()
	if s.nonce(from) != 0 || s.pendingNonce(from) != 0 {
		t.Fatal("the new branch or the txpool holds the transaction")
	}
	mark := len(rec.all())
	c.held.Store(false)
	res := s.mineUntil(t, done)
	if res.err != nil {
		t.Fatal(res.err)
	}
	rec.waitFor(t, mark, "the transaction sent again", published(0, 0))
	if res.r.BlockHash == old || !s.canonical(res.r) {
		t.Fatalf("receipt in block %d %s: the reorged block or not in the chain", res.r.BlockNumber, res.r.BlockHash)
	}
	if d := s.head().Number.Uint64() - res.r.BlockNumber.Uint64(); d < 2 {
		t.Fatalf("returned at depth %d, want Confirmations (2)", d)
	}
	if b, _ := s.client.BalanceAt(context.Background(), common.HexToAddress("0xb0b"), nil); b.Int64() != 7 {
		t.Fatalf("recipient got %s, want 7 (paid once)", b)
	}
}

// TestReorgedOutTransactionIsWaitedForAgain: as above, but the node keeps
// the transaction (as go-ethereum does) and mines it again on the new
// branch: the manager returns that receipt, not the reorged one.
func TestReorgedOutTransactionIsWaitedForAgain(t *testing.T) {
	s := newSim(t)
	key := keyOf("sender")
	m, rec := startManager(t, txmgr.Config{Client: s.client, Key: key, Confirmations: 2, ResubmitBlocks: 1000})
	done := sendAsync(s.ctx(), m, transfer("0xb0b", 7))
	rec.waitFor(t, 0, "the transaction", published(0, 0))
	old := s.commit()
	s.commit()
	until(t, "the manager to see it mined", func() bool { p := m.Pending(); return len(p) == 1 && p[0].Mined != nil })
	s.forkAt(1, addrOf(key), 1, false)
	again := s.commit()
	s.commit()
	s.commit()
	res := wait(t, done)
	if res.err != nil {
		t.Fatal(res.err)
	}
	if res.r.BlockHash != again || res.r.BlockHash == old {
		t.Fatalf("receipt in block %s; the reorged one was %s, the new one %s", res.r.BlockHash, old, again)
	}
}

// TestLostTransactionIsSentAgain: the node accepts the first send and then
// loses it; at the next head the manager finds the node does not know the
// transaction and sends it again, with the same nonce.
func TestLostTransactionIsSentAgain(t *testing.T) {
	s := newSim(t)
	c := &gateClient{Client: s.client}
	c.loseFirst.Store(true)
	key := keyOf("sender")
	m, rec := startManager(t, txmgr.Config{Client: c, Key: key, ResubmitBlocks: 1000})
	done := sendAsync(s.ctx(), m, transfer("0xb0b", 7))
	_, i := rec.waitFor(t, 0, "the lost send", published(0, 0))
	s.commit() // empty: the node lost it
	rec.waitFor(t, i+1, "the second send", published(0, 0))
	s.commit()
	res := wait(t, done)
	if res.err != nil {
		t.Fatal(res.err)
	}
	if c.sends.Load() != 2 || s.nonce(addrOf(key)) != 1 {
		t.Fatalf("%d sends, nonce %d; want 2 sends of one nonce", c.sends.Load(), s.nonce(addrOf(key)))
	}
}

// TestNonceGapAfterADeepReorg: the first transaction is mined and its Send
// returns; the second is mined and waiting for confirmations when an L1
// reorg removes both blocks and the node forgets both. The second can never
// be mined (its nonce follows a nonce now unused), so its Send returns
// ErrNonceGap; the next Send takes the freed nonce and is mined, and the
// gapped transaction is not sent again behind it.
func TestNonceGapAfterADeepReorg(t *testing.T) {
	s := newSim(t)
	key := keyOf("sender")
	from := addrOf(key)
	m, rec := startManager(t, txmgr.Config{Client: s.client, Key: key, Confirmations: 1, ResubmitBlocks: 1000})
	ctx := s.ctx()
	first := sendAsync(ctx, m, transfer("0xb0b", 1))
	rec.waitFor(t, 0, "the first transaction", published(0, 0))
	s.commit()
	s.commit()
	if res := wait(t, first); res.err != nil {
		t.Fatal(res.err)
	}
	second := sendAsync(ctx, m, transfer("0xb0b", 2))
	rec.waitFor(t, 0, "the second transaction", published(1, 0))
	s.commit()
	until(t, "the manager to see it mined", func() bool { p := m.Pending(); return len(p) == 1 && p[0].Mined != nil })
	s.forkAt(1, from, 2, true)
	res := s.mineUntil(t, second) // the gap must be seen at two heads
	if !errors.Is(res.err, txmgr.ErrNonceGap) {
		t.Fatalf("second Send = %v, want ErrNonceGap", res.err)
	}
	mark := len(rec.all())
	third := sendAsync(ctx, m, transfer("0xb0b", 3))
	e, _ := rec.waitFor(t, mark, "the third transaction", func(e event) bool { return e.kind == "published" && e.err == nil })
	if e.tx.Nonce() != 0 {
		t.Fatalf("the next Send took nonce %d, want the freed 0", e.tx.Nonce())
	}
	s.commit()
	s.commit()
	if res := wait(t, third); res.err != nil {
		t.Fatal(res.err)
	}
	s.commit()
	s.commit()
	if n := s.nonce(from); n != 1 {
		t.Fatalf("nonce %d: the gapped transaction was mined after all", n)
	}
	if b, _ := s.client.BalanceAt(ctx, common.HexToAddress("0xb0b"), nil); b.Int64() != 3 {
		t.Fatalf("recipient holds %s, want 3 (only the third transfer)", b)
	}
}

// mineUntil mines a block at a time until done has the Send's result.
func (s *sim) mineUntil(t testing.TB, done <-chan result) result {
	t.Helper()
	end := time.Now().Add(deadline)
	for time.Now().Before(end) {
		s.commit()
		select {
		case res := <-done:
			return res
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatal("timed out mining for a Send")
	return result{}
}

// canonical reports whether r's block is in the chain.
func (s *sim) canonical(r *types.Receipt) bool {
	h, err := s.client.HeaderByNumber(context.Background(), r.BlockNumber)
	return err == nil && h.Hash() == r.BlockHash
}
