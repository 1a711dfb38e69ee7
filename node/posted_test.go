package node

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// TestSequencerServesTheBlobsItPosted: a sequencer posting blob batches
// keeps their blobs once mined, so that a verifier with no beacon node and
// the sequencer as its only blob archive derives the chain. A sequencer
// never derives its own batches: without keeping what it posts it would
// have nothing to serve, and the verifier would wait for the blobs forever.
func TestSequencerServesTheBlobsItPosted(t *testing.T) {
	l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	seqKey := devl1.DevKey(4)
	addr, deployBlock, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey)))
	if err != nil {
		t.Fatal(err)
	}
	base := Config{
		L1: l1c.Client, Rollup: addr, DeployBlock: deployBlock, L2: core.DevConfig(),
		RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, Log: testLog(t), BlockInterval: 50 * time.Millisecond,
	}
	seqCfg := base
	seqCfg.Role, seqCfg.DataDir, seqCfg.BatcherKey = RoleSequencer, t.TempDir(), seqKey
	seqCfg.Batch = batcher.Config{DA: batcher.DABlobs, Interval: 200 * time.Millisecond}
	seq, err := New(seqCfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer seq.Stop(context.Background())

	alice := devl1.DevKey(1)
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	if _, err := l1c.Send(ctx, alice, &addr, bindings.NewRollup().PackDepositETH(aliceAddr), big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	ec, err := ethclient.Dial("http://" + seq.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	waitFor(t, "the deposit on L2", 30*time.Second, func() bool {
		b, err := ec.BalanceAt(ctx, aliceAddr, nil)
		return err == nil && b.Sign() > 0
	})
	tx := types.MustSignNewTx(alice, types.LatestSignerForChainID(core.DevConfig().BigChainID()), &types.DynamicFeeTx{
		ChainID: core.DevConfig().BigChainID(), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: core.TransferGas, To: &common.Address{0xb0}, Value: big.NewInt(1),
	})
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	var txBlock uint64
	waitFor(t, "the transfer's receipt", 30*time.Second, func() bool {
		r, err := ec.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			txBlock = r.BlockNumber.Uint64()
		}
		return err == nil
	})
	waitFor(t, "the transfer's block posted and its blobs kept", 60*time.Second, func() bool {
		n, err := seq.Blobs.Count()
		return seq.Engine.SafeBlock() >= txBlock && err == nil && n > 0
	})
	if s := seq.Batcher.Stats(); s.BlobBatches != s.Batches {
		t.Fatalf("stats %+v: want every batch in blobs", s)
	}

	verCfg := base
	verCfg.Role, verCfg.DataDir, verCfg.BlobArchives = RoleVerifier, t.TempDir(), []string{"http://" + seq.RPCAddr()}
	ver, err := New(verCfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := ver.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer ver.Stop(context.Background())
	waitFor(t, "the verifier to derive the transfer's block from the sequencer's blobs", 60*time.Second, func() bool {
		return ver.Chain.Head().Number >= txBlock
	})
	want, err := seq.Chain.BlockByNumber(txBlock)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ver.Chain.BlockByNumber(txBlock)
	if err != nil || got.Hash() != want.Hash() || len(got.TxData) == 0 {
		t.Fatalf("the verifier's block %d: %v (%v), want the sequencer's %s with its transfer", txBlock, got, err, want.Hash())
	}
	if inv := ver.Flagged(); inv != nil {
		t.Fatalf("verifier flagged block %d: %v", inv.Number, inv.Err)
	}
}
