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

	"github.com/viaduct-l2/viaduct/api"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
)

// TestForcedWithdrawalWithoutTheSequencer: the sequencer stops; a user asks
// for a forced withdrawal on L1; once the inclusion window has passed, a
// verifier with a bond includes it itself and posts the batch; after the
// challenge window the withdrawal is paid on L1. No sequencer took part.
// Then the sequencer comes back, adopts the verifier's blocks and goes on.
func TestForcedWithdrawalWithoutTheSequencer(t *testing.T) {
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	seqKey, backupKey := devl1.DevKey(4), devl1.DevKey(2)
	rcfg := DevRollupConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
	rcfg.InclusionWindow, rcfg.ChallengeWindow = 3, 2
	addr, deployBlock, err := chain.DeployRollup(ctx, devl1.DevKey(0), rcfg)
	if err != nil {
		t.Fatal(err)
	}
	base := Config{
		L1: chain.Client, Rollup: addr, DeployBlock: deployBlock, L2: core.DevConfig(),
		RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, Log: testLog(t),
		BlockInterval: 50 * time.Millisecond, FeeRecipient: crypto.PubkeyToAddress(seqKey.PublicKey),
	}
	base.Batch.Interval = 200 * time.Millisecond
	seqCfg := base
	seqCfg.Role, seqCfg.DataDir, seqCfg.BatcherKey = RoleSequencer, t.TempDir(), seqKey
	seq, err := New(seqCfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(); err != nil {
		t.Fatal(err)
	}
	verCfg := base
	verCfg.Role, verCfg.DataDir, verCfg.L1Key, verCfg.SelfSequence = RoleVerifier, t.TempDir(), backupKey, true
	ver, err := New(verCfg)
	if err != nil {
		seq.Stop()
		t.Fatal(err)
	}
	if err := ver.Start(); err != nil {
		seq.Stop()
		t.Fatal(err)
	}
	defer ver.Stop()

	aliceKey := devl1.DevKey(1)
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	aliceL1 := &l1.Sender{Client: chain.Client, Key: aliceKey}
	r := bindings.NewRollup()
	ether := big.NewInt(1e18)
	if _, err := aliceL1.Send(ctx, addr, r.PackDepositETH(alice), new(big.Int).Mul(big.NewInt(5), ether)); err != nil {
		seq.Stop()
		t.Fatal(err)
	}
	waitFor(t, "the deposit derived by the verifier", 20*time.Second, func() bool {
		return ver.Chain.Head().QueueCursor == 1
	})
	// The sequencer is gone for good.
	if err := seq.Stop(); err != nil {
		t.Fatal(err)
	}
	rollup := &l1.Rollup{Client: chain.Client, Address: addr}
	if open, err := rollup.InclusionWindowOpen(ctx); err != nil || open {
		t.Fatalf("inclusion window open = %v (%v) right after a batch", open, err)
	}

	carol := common.HexToAddress("0x00000000000000000000000000000000000ca401") // a fresh L1 account
	two := new(big.Int).Mul(big.NewInt(2), ether)
	if _, err := aliceL1.Send(ctx, addr, r.PackRequestWithdrawal(carol, common.Address{}, two), nil); err != nil {
		t.Fatal(err)
	}
	var at uint64
	waitFor(t, "the forced withdrawal in a block the verifier posted", 40*time.Second, func() bool {
		head := ver.Chain.Head()
		if head.QueueCursor < 2 {
			return false
		}
		for b := head.Number; b > 0 && at == 0; b-- {
			blk, err := ver.Chain.BlockByNumber(b)
			if err != nil {
				t.Fatal(err)
			}
			if len(blk.Withdrawals) == 1 && blk.Withdrawals[0].Recipient == carol {
				at = b
			}
		}
		lb, err := rollup.LatestBlock(ctx, nil)
		return at != 0 && err == nil && lb.Number >= at
	})
	count, err := rollup.BatchCount(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	batch, err := rollup.GetBatch(ctx, count-1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if batch.Submitter != crypto.PubkeyToAddress(backupKey.PublicKey) {
		t.Fatalf("the last batch was posted by %s, want the verifier's key", batch.Submitter)
	}

	vc, err := ethclient.Dial("http://" + ver.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer vc.Close()
	var w api.WithdrawalProof
	waitFor(t, "the challenge window to pass", 30*time.Second, func() bool {
		if err := vc.Client().CallContext(ctx, &w, "viaduct_getWithdrawal", hexU(at), hexU(0)); err != nil {
			t.Fatal(err)
		}
		return w.Finalizable
	})
	before, err := chain.Client.BalanceAt(ctx, carol, nil)
	if err != nil {
		t.Fatal(err)
	}
	payer := &l1.Sender{Client: chain.Client, Key: devl1.DevKey(3)}
	if _, err := payer.Send(ctx, addr, w.FinalizeInput, nil); err != nil {
		t.Fatal(err)
	}
	after, err := chain.Client.BalanceAt(ctx, carol, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Cmp(two) != 0 {
		t.Fatalf("carol was paid %s, want %s", got, two)
	}
	if inv := ver.Deriver.Invalid(); inv != nil {
		t.Fatalf("the verifier flagged its own block %d: %v", inv.Number, inv.Err)
	}

	// The sequencer comes back: it adopts the blocks the verifier posted
	// (its own first block on restart, sealed from the same queue item,
	// is not L1's and goes) and sequences again on top of them.
	seq, err = New(seqCfg)
	if err != nil {
		t.Fatal(err)
	}
	// Before it reads L1's batches, it seals its own block 2 from the same
	// queue item, as a sequencer coming back does.
	if err := seq.Watcher.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if own, err := seq.Seq.Seal(); err != nil || own == nil || own.Header.Number != at || own.Hash() == w.BlockHash {
		t.Fatalf("the sequencer's own block: %v, %v", own, err)
	}
	if err := seq.Start(); err != nil {
		t.Fatal(err)
	}
	defer seq.Stop()
	sc, err := ethclient.Dial("http://" + seq.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer sc.Close()
	waitFor(t, "the sequencer to adopt L1's blocks", 30*time.Second, func() bool {
		lb, err := rollup.LatestBlock(ctx, nil)
		if err != nil || lb.Number < at {
			return false
		}
		b, err := seq.Chain.BlockByNumber(lb.Number)
		return err == nil && b.Hash() == common.Hash(lb.BlockHash)
	})
	tx, err := types.SignNewTx(aliceKey, types.LatestSignerForChainID(core.DevConfig().BigChainID()), &types.DynamicFeeTx{
		ChainID: core.DevConfig().BigChainID(), Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: core.TransferGas, To: &carol, Value: ether,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := sc.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the transfer posted by the sequencer and derived by the verifier", 30*time.Second, func() bool {
		r, err := sc.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return false
		}
		vb, err := ver.Chain.BlockByNumber(r.BlockNumber.Uint64())
		return err == nil && vb.Hash() == r.BlockHash
	})
	if b, err := vc.BalanceAt(ctx, alice, nil); err != nil || b.Cmp(new(big.Int).Mul(big.NewInt(2), ether)) > 0 {
		t.Fatalf("alice on the verifier: %v (%v), want at most 5 - 2 - 1 ETH", b, err)
	}
}
