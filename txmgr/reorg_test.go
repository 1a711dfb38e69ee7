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

// lossyClient can lose the first transaction sent through it, as a node
// that took it and then dropped it from its txpool would.
type lossyClient struct {
	simulated.Client
	loseFirst atomic.Bool
	sends     atomic.Int32
}

func (c *lossyClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if c.sends.Add(1) == 1 && c.loseFirst.Load() {
		return nil
	}
	return c.Client.SendTransaction(ctx, tx)
}

func (c *lossyClient) BlobBaseFee(ctx context.Context) (*big.Int, error) {
	return c.Client.(txmgr.BlobFeeReader).BlobBaseFee(ctx)
}

// mine seals n blocks.
func (s *sim) mine(n int) {
	for range n {
		s.commit()
	}
}

// deepFork makes block n-1 the head, an L1 reorg replacing blocks n and
// after, on a chain more than 64 blocks past n-1: go-ethereum's txpool
// takes back the transactions of a reorg only up to 64 blocks deep, so the
// node forgets those of the replaced blocks, for good and at once.
func (s *sim) deepFork(n uint64) {
	s.t.Helper()
	if h := s.head().Number.Uint64(); h-(n-1) <= 64 {
		s.t.Fatalf("deepFork at %d on a chain of %d blocks: not deeper than 64", n, h)
	}
	parent, err := s.client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n-1))
	if err != nil {
		s.t.Fatal(err)
	}
	if err := s.backend.Fork(parent.Hash()); err != nil {
		s.t.Fatal(err)
	}
}

// shallowFork makes block n-1 the head, an L1 reorg replacing blocks n
// and after; the node's txpool takes their transactions back, as
// go-ethereum's does for a reorg up to 64 blocks deep.
func (s *sim) shallowFork(n uint64) {
	s.t.Helper()
	parent, err := s.client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n-1))
	if err != nil {
		s.t.Fatal(err)
	}
	if err := s.backend.Fork(parent.Hash()); err != nil {
		s.t.Fatal(err)
	}
}

// TestReorgedOutTransactionIsSentAgainAndMined: the transaction is mined,
// then an L1 reorg replaces its block before it is Confirmations deep, and
// the node forgets it (the reorg is deeper than its txpool looks back).
// The manager does not return the stale receipt: it sends the transaction
// again (same nonce) and returns the receipt of the block of the new
// branch it is mined in.
func TestReorgedOutTransactionIsSentAgainAndMined(t *testing.T) {
	s := newSim(t)
	key := keyOf("sender")
	from := addrOf(key)
	m, rec := startManager(t, txmgr.Config{Client: s.client, Key: key, Confirmations: 70, ResubmitBlocks: 1000})
	done := sendAsync(s.ctx(), m, transfer("0xb0b", 7))
	rec.waitFor(t, 0, "the transaction", published(0, 0))
	old := s.commit()
	until(t, "the manager to see it mined", func() bool { p := m.Pending(); return len(p) == 1 && p[0].Mined != nil })
	s.mine(65)
	mark := len(rec.all())
	s.deepFork(1)
	if s.nonce(from) != 0 {
		t.Fatal("the transaction is still mined after the reorg")
	}
	until(t, "the transaction mined again", func() bool {
		s.commit()
		return s.nonce(from) == 1
	})
	rec.waitFor(t, mark, "the transaction sent again", published(0, 0))
	s.mine(70)
	res := wait(t, done)
	if res.err != nil {
		t.Fatal(res.err)
	}
	if res.r.BlockHash == old || !s.canonical(res.r) {
		t.Fatalf("receipt in block %d %s: the reorged block or not in the chain", res.r.BlockNumber, res.r.BlockHash)
	}
	if d := s.head().Number.Uint64() - res.r.BlockNumber.Uint64(); d < 70 {
		t.Fatalf("returned at depth %d, want Confirmations (70)", d)
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
	s.shallowFork(1)
	res := s.mineUntil(t, done)
	if res.err != nil {
		t.Fatal(res.err)
	}
	if res.r.BlockHash == old || !s.canonical(res.r) {
		t.Fatalf("receipt in block %d %s: the reorged block or not in the chain", res.r.BlockNumber, res.r.BlockHash)
	}
	if d := s.head().Number.Uint64() - res.r.BlockNumber.Uint64(); d < 2 {
		t.Fatalf("returned at depth %d, want Confirmations (2)", d)
	}
}

// TestLostTransactionIsSentAgain: the node accepts the first send and then
// loses it; at the next head the manager finds the node does not know the
// transaction and sends it again, with the same nonce; it is mined once.
func TestLostTransactionIsSentAgain(t *testing.T) {
	s := newSim(t)
	c := &lossyClient{Client: s.client}
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
	if c.sends.Load() < 2 || s.nonce(addrOf(key)) != 1 {
		t.Fatalf("%d sends, nonce %d; want it sent again at the one nonce", c.sends.Load(), s.nonce(addrOf(key)))
	}
	if b, _ := s.client.BalanceAt(context.Background(), common.HexToAddress("0xb0b"), nil); b.Int64() != 7 {
		t.Fatalf("recipient got %s, want 7 (paid once)", b)
	}
}

// TestNonceGapAfterADeepReorg: the first transaction is mined and its Send
// returns; the second is mined and waiting for confirmations when an L1
// reorg deeper than the node's txpool looks back removes both blocks. The
// second can never be mined (its nonce follows a nonce now unused), so its
// Send returns ErrNonceGap; the next Send takes the freed nonce and is
// mined, and the gapped transaction is not sent again behind it.
func TestNonceGapAfterADeepReorg(t *testing.T) {
	s := newSim(t)
	key := keyOf("sender")
	from := addrOf(key)
	m, rec := startManager(t, txmgr.Config{Client: s.client, Key: key, Confirmations: 1, ResubmitBlocks: 1000})
	ctx := s.ctx()
	first := sendAsync(ctx, m, transfer("0xb0b", 1))
	rec.waitFor(t, 0, "the first transaction", published(0, 0))
	s.mine(2)
	if res := wait(t, first); res.err != nil {
		t.Fatal(res.err)
	}
	s.mine(64)
	second := sendAsync(ctx, m, transfer("0xb0b", 2))
	rec.waitFor(t, 0, "the second transaction", published(1, 0))
	s.commit()
	until(t, "the manager to see it mined", func() bool { p := m.Pending(); return len(p) == 1 && p[0].Mined != nil })
	s.deepFork(1)
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
	if res := s.mineUntil(t, third); res.err != nil {
		t.Fatal(res.err)
	}
	s.mine(2)
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
