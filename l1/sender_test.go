package l1_test

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
)

// lossyClient loses the first transaction sent through it, as a node that
// accepted it and then dropped it from its txpool would.
type lossyClient struct {
	l1.Client
	sent atomic.Int32
}

func (c *lossyClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if c.sent.Add(1) == 1 {
		return nil
	}
	return c.Client.SendTransaction(ctx, tx)
}

// TestSenderResendsALostTransaction: the node forgets the first send; the
// sender notices the node does not know the transaction and sends it again
// (same nonce); it is mined, once.
func TestSenderResendsALostTransaction(t *testing.T) {
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	lc := &lossyClient{Client: chain.Client}
	s := &l1.Sender{Client: lc, Key: devl1.DevKey(1), ResendAfter: 300 * time.Millisecond}
	to := common.HexToAddress("0xb0b")
	r, err := s.Send(ctx, to, nil, big.NewInt(7))
	if err != nil {
		t.Fatal(err)
	}
	if lc.sent.Load() < 2 {
		t.Fatalf("sent %d times, want at least 2", lc.sent.Load())
	}
	tx, _, err := chain.Client.TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != 0 || tx.GasTipCap().Cmp(big.NewInt(0)) <= 0 {
		t.Fatalf("mined tx nonce %d tip %s", tx.Nonce(), tx.GasTipCap())
	}
	if b, err := chain.Client.BalanceAt(ctx, to, nil); err != nil || b.Int64() != 7 {
		t.Fatalf("recipient %v, %v", b, err)
	}
}

func TestSenderRefusesACallThatWouldRevert(t *testing.T) {
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s := &l1.Sender{Client: chain.Client, Key: devl1.DevKey(1)}
	// Creation code that reverts at once: PUSH1 0 PUSH1 0 REVERT.
	if _, err := s.Deploy(ctx, []byte{0x60, 0x00, 0x60, 0x00, 0xfd}); err == nil {
		t.Fatal("a reverting deployment was sent")
	}
	n, err := chain.Client.PendingNonceAt(ctx, s.Address())
	if err != nil || n != 0 {
		t.Fatalf("nonce used: %d, %v", n, err)
	}
}

// TestSenderResendsATransactionAReorgDropped: the transaction is mined, and
// before it is Confirmations deep an L1 reorg replaces its block with blocks
// that do not hold it (and the txpool forgets it). The sender sends it
// again, with the same nonce, and returns once that is deep enough.
func TestSenderResendsATransactionAReorgDropped(t *testing.T) {
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s := &l1.Sender{Client: chain.Client, Key: devl1.DevKey(1), ResendAfter: time.Hour, Poll: 5 * time.Millisecond, Confirmations: 3}
	type result struct {
		r   *types.Receipt
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := s.Send(ctx, common.HexToAddress("0xb0b"), nil, big.NewInt(7))
		done <- result{r, err}
	}()
	mined := func() uint64 {
		n, err := chain.Client.NonceAt(ctx, s.Address(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for mined() == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	first, err := chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.Reorg(ctx, 1, true); err != nil {
		t.Fatal(err)
	}
	// The new branch does not hold it; the sender gives it back, and the
	// chain mines it (devl1 mines what is pending). Then blocks on top.
	var res result
	for res.r == nil && res.err == nil {
		select {
		case res = <-done:
		case <-time.After(10 * time.Millisecond):
			if mined() == 1 {
				chain.Mine(1)
			}
		}
	}
	if res.err != nil {
		t.Fatal(res.err)
	}
	// The resend may land in the new branch's block of the same number
	// (the sender can resend before the branch's first block is mined),
	// never in the block the reorg replaced.
	if res.r.BlockHash == first.Hash() {
		t.Fatalf("receipt in block %d %s, the block the reorg replaced", res.r.BlockNumber, first.Hash())
	}
	canon, err := chain.Client.HeaderByNumber(ctx, res.r.BlockNumber)
	if err != nil || canon.Hash() != res.r.BlockHash {
		t.Fatalf("the receipt's block is not in the chain: %v", err)
	}
	if n := mined(); n != 1 {
		t.Fatalf("nonce %d after the resend, want 1 (the same nonce again)", n)
	}
	if b, err := chain.Client.BalanceAt(ctx, common.HexToAddress("0xb0b"), nil); err != nil || b.Int64() != 7 {
		t.Fatalf("recipient %v, %v (paid once)", b, err)
	}
}

// TestSenderReportsANonceGapAfterAReorg: two transactions are mined, each in
// its block; an L1 reorg removes both and the txpool forgets them. The
// second, sent again, cannot be mined before the first: the sender, still
// waiting for it, returns ErrNonceGap, and the next Send takes the freed
// nonce.
func TestSenderReportsANonceGapAfterAReorg(t *testing.T) {
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	to := common.HexToAddress("0xb0b")
	first := &l1.Sender{Client: chain.Client, Key: devl1.DevKey(1)}
	if _, err := first.Send(ctx, to, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	s := &l1.Sender{Client: chain.Client, Key: devl1.DevKey(1), ResendAfter: time.Hour, Poll: 5 * time.Millisecond, Confirmations: 100}
	done := make(chan error, 1)
	go func() {
		_, err := s.Send(ctx, to, nil, big.NewInt(2))
		done <- err
	}()
	for {
		n, err := chain.Client.NonceAt(ctx, s.Address(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if n == 2 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if _, err := chain.Reorg(ctx, 2, true); err != nil {
		t.Fatal(err)
	}
	if err := <-done; !errors.Is(err, l1.ErrNonceGap) {
		t.Fatalf("Send = %v, want ErrNonceGap", err)
	}
	// The next send takes nonce 0 again (devl1 mines what it sees pending;
	// mine here too, as its pending count lags after a reorg).
	type result struct {
		r   *types.Receipt
		err error
	}
	next := make(chan result, 1)
	go func() {
		r, err := s.Send(ctx, to, nil, big.NewInt(3))
		next <- result{r, err}
	}()
	var res result
	for res.r == nil && res.err == nil {
		select {
		case res = <-next:
		case <-time.After(10 * time.Millisecond):
			chain.Mine(1)
		}
	}
	if res.err != nil {
		t.Fatal(res.err)
	}
	tx, _, err := chain.Client.TransactionByHash(ctx, res.r.TxHash)
	if err != nil || tx.Nonce() != 0 {
		t.Fatalf("the next send took nonce %d (%v), want 0", tx.Nonce(), err)
	}
}
