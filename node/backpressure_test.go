package node

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/txmgr"
	"github.com/viaduct-l2/viaduct/wire"
)

// TestBackpressureBoundsTheUnpostedBacklog: while L1 takes none of the
// sequencer's batches, its blocks pile up unposted; once they are more than
// MaxUnposted, new transactions are refused with "txpool is full" and a
// reason, so the backlog stays bounded; light-client proofs at the block L1
// names keep answering. Once batches land again, transactions are taken
// again.
func TestBackpressureBoundsTheUnpostedBacklog(t *testing.T) {
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	seqKey := devl1.DevKey(4)
	addr, deployBlock, err := chain.DeployRollup(ctx, devl1.DevKey(0), rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey)))
	if err != nil {
		t.Fatal(err)
	}
	held := &heldBatches{Client: chain.Client}
	held.held.Store(true)
	const limit = 3
	cfg := Config{
		Role: RoleSequencer, DataDir: t.TempDir(), L1: held, Rollup: addr, DeployBlock: deployBlock, L2: core.DevConfig(),
		RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, BlockInterval: 50 * time.Millisecond, Log: testLog(t),
		BatcherKey: seqKey, FeeRecipient: crypto.PubkeyToAddress(seqKey.PublicKey), MaxUnposted: limit,
	}
	cfg.Batch.Interval = 100 * time.Millisecond
	seq, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { seq.Stop(context.Background()) })
	ec, err := ethclient.Dial("http://" + seq.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)

	// Fund alice on L2 through the bridge.
	alice := devl1.DevKey(1)
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	depositor, err := txmgr.New(txmgr.Config{Client: chain.Client, Key: alice, Log: testLog(t)})
	if err != nil {
		t.Fatal(err)
	}
	if err := depositor.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { depositor.Stop(context.Background()) })
	if _, err := depositor.Send(ctx, txmgr.Candidate{To: &addr, Data: bindings.NewRollup().PackDepositETH(aliceAddr), Value: big.NewInt(1e18)}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the deposit on L2", 20*time.Second, func() bool {
		b, err := ec.BalanceAt(ctx, aliceAddr, nil)
		return err == nil && b.Sign() > 0
	})

	// One transfer per block until the sequencer refuses.
	cc := core.DevConfig()
	send := func(nonce uint64) error {
		to := common.HexToAddress("0xb0b")
		tx, err := types.SignNewTx(alice, types.LatestSignerForChainID(cc.BigChainID()), &types.DynamicFeeTx{
			ChainID: cc.BigChainID(), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
			Gas: core.TransferGas, To: &to, Value: big.NewInt(1),
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := ec.SendTransaction(ctx, tx); err != nil {
			return err
		}
		// Its receipt comes at once (pre-confirmed); the next transfer
		// waits for its block to be sealed, so that each has a block.
		waitFor(t, "the transfer in a sealed block", 20*time.Second, func() bool {
			r, err := ec.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return false
			}
			head, err := ec.BlockNumber(ctx)
			return err == nil && head >= r.BlockNumber.Uint64()
		})
		return nil
	}
	nonce := uint64(0)
	var refused error
	for ; nonce < 20 && refused == nil; nonce++ {
		refused = send(nonce)
	}
	nonce-- // the refused one
	if refused == nil || !strings.Contains(refused.Error(), "txpool is full") || !strings.Contains(refused.Error(), "posting is behind") {
		t.Fatalf("after %d transfers with L1 taking no batch: %v, want the backlog refusal", nonce, refused)
	}
	head, safe := seq.Engine.Head().Number, seq.Engine.SafeBlock()
	if head-safe > limit+1 {
		var blocks []string
		for n := safe + 1; n <= head; n++ {
			b, err := seq.Chain.BlockByNumber(n)
			if err == nil {
				blocks = append(blocks, fmt.Sprintf("%d: %d txs, %d queue items", n, len(b.Txs), b.QueueItems))
			}
		}
		t.Fatalf("%d blocks unposted (safe %d), want at most %d: %v", head-safe, safe, limit+1, blocks)
	}
	// A light client's proof at the block L1 names still answers.
	var p wire.StateProof
	if err := ec.Client().CallContext(ctx, &p, "viaduct_getProof", aliceAddr, []common.Address{}, hexutil.Uint64(safe)); err != nil {
		t.Fatalf("proof at the posted block %d during the backlog: %v", safe, err)
	}

	// L1 takes batches again: the backlog is posted, and transfers are taken.
	held.held.Store(false)
	waitFor(t, "the backlog posted", 30*time.Second, func() bool { return seq.Engine.SafeBlock() >= head })
	if err := send(nonce); err != nil {
		t.Fatalf("a transfer once the backlog is posted: %v", err)
	}
}
