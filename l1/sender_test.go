package l1_test

import (
	"context"
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

func TestSenderResendsALostTransactionWithHigherFees(t *testing.T) {
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
	if lc.sent.Load() != 2 {
		t.Fatalf("sent %d times, want 2", lc.sent.Load())
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
