package devl1

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// TestAdvanceTimeWithAPendingTransaction: the simulated beacon refuses to
// move time while the txpool lists a transaction (a node's, sent just
// before, or one mined whose removal the pool has not done yet);
// AdvanceTime gets its block anyway, d later than the one before, and
// the transaction is mined.
func TestAdvanceTimeWithAPendingTransaction(t *testing.T) {
	chain, err := Start(Config{MaxBlockInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	chain.Mine(1)
	head, err := chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0xb0b")
	tx, err := types.SignNewTx(DevKey(5), types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), Nonce: 0, To: &to, Value: big.NewInt(1), Gas: 21_000,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := chain.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	const d = 600 * time.Second
	if err := chain.AdvanceTime(ctx, d); err != nil {
		t.Fatalf("advancing time with a transaction pending: %v", err)
	}
	now, err := chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if now.Time < head.Time+uint64(d/time.Second) {
		t.Fatalf("head time %d, want at least %d (%s after %d)", now.Time, head.Time+uint64(d/time.Second), d, head.Time)
	}
	if r, err := chain.Client.TransactionReceipt(ctx, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the pending transfer: receipt %v, %v", r, err)
	}
}

// TestReorgFromReplacesTheBlocksItNames: ReorgFrom(n) replaces block n and
// every block after it, and no block before, whatever the chain mined
// since the caller looked (Reorg's depth, counted from a head read before,
// would leave block n in place once a block is mined in between).
func TestReorgFromReplacesTheBlocksItNames(t *testing.T) {
	chain, err := Start(Config{MaxBlockInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	chain.Mine(5)
	hashes := map[uint64]common.Hash{}
	for n := uint64(1); n <= 5; n++ {
		h, err := chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		hashes[n] = h.Hash()
	}
	chain.Mine(2) // mined after the caller chose block 3
	first, err := chain.ReorgFrom(ctx, 3, true)
	if err != nil || first != 3 {
		t.Fatalf("ReorgFrom(3) = %d, %v; want 3", first, err)
	}
	for n := uint64(1); n <= 5; n++ {
		h, err := chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		if replaced := h.Hash() != hashes[n]; replaced != (n >= 3) {
			t.Errorf("block %d replaced: %v, want %v", n, replaced, n >= 3)
		}
	}
	if _, err := chain.ReorgFrom(ctx, 0, true); err == nil {
		t.Error("ReorgFrom(0) replaced genesis")
	}
}
