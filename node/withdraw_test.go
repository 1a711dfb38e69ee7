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

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/wire"
)

// TestWithdrawalsAreFinalizedOnL1 withdraws on L2 (a transaction to the
// bridge) and by a forced withdrawal enqueued on L1, waits for the
// challenge window through viaduct_getWithdrawal, and finalizes both on L1
// with the calldata it returns: each recipient is paid exactly the amount.
func TestWithdrawalsAreFinalizedOnL1(t *testing.T) {
	l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	seqKey := devl1.DevKey(4)
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
	rcfg.ChallengeWindow = 2
	addr, deployBlock, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rcfg)
	if err != nil {
		t.Fatal(err)
	}
	n, err := New(Config{
		Role: RoleSequencer, DataDir: t.TempDir(), L1: l1c.Client, Rollup: addr, DeployBlock: deployBlock,
		L2: core.DevConfig(), RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, Log: testLog(t),
		BlockInterval: 50 * time.Millisecond, BatcherKey: seqKey, FeeRecipient: crypto.PubkeyToAddress(seqKey.PublicKey),
		Batch: batcherConfig(200 * time.Millisecond),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer n.Stop(context.Background())
	ec, err := ethclient.Dial("http://" + n.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()

	aliceKey := devl1.DevKey(1)
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	carol := common.HexToAddress("0x00000000000000000000000000000000000ca401") // a fresh L1 account
	payer := devl1.DevKey(2)                                                   // finalizes (anyone may)
	r := bindings.NewRollup()
	ether := big.NewInt(1e18)
	if _, err := l1c.Send(ctx, aliceKey, &addr, r.PackDepositETH(alice), new(big.Int).Mul(big.NewInt(5), ether)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the deposit", 20*time.Second, func() bool {
		b, err := ec.BalanceAt(ctx, alice, nil)
		return err == nil && b.Sign() > 0
	})

	// An L2 withdrawal of 1 ETH to alice's own L1 address.
	bridge := core.BridgeAddress
	tx, err := types.SignNewTx(aliceKey, types.LatestSignerForChainID(core.DevConfig().BigChainID()), &types.DynamicFeeTx{
		ChainID: core.DevConfig().BigChainID(), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: core.WithdrawalGas, To: &bridge, Value: ether,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	// A forced withdrawal of 0.5 ETH of alice's L2 balance to carol, asked on L1.
	half := new(big.Int).Div(ether, big.NewInt(2))
	if _, err := l1c.Send(ctx, aliceKey, &addr, r.PackRequestWithdrawal(carol, common.Address{}, half), nil); err != nil {
		t.Fatal(err)
	}

	// Find both withdrawals in the chain.
	type loc struct{ block, index uint64 }
	found := map[common.Address]loc{}
	waitFor(t, "both withdrawals in L2 blocks", 20*time.Second, func() bool {
		for b := uint64(1); b <= n.Chain.Head().Number; b++ {
			blk, err := n.Chain.BlockByNumber(b)
			if err != nil {
				t.Fatal(err)
			}
			for i, w := range blk.Withdrawals {
				found[w.Recipient] = loc{b, uint64(i)}
			}
		}
		return len(found) == 2
	})

	for _, tc := range []struct {
		name string
		to   common.Address
		want *big.Int
	}{
		{"withdrawal transaction", alice, ether},
		{"forced withdrawal", carol, half},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := found[tc.to]
			var w wire.WithdrawalProof
			waitFor(t, "the challenge window to pass", 30*time.Second, func() bool {
				if err := ec.Client().CallContext(ctx, &w, "viaduct_getWithdrawal", hexU(l.block), hexU(l.index)); err != nil {
					t.Fatal(err)
				}
				return w.Finalizable
			})
			if w.Recipient != tc.to || w.Amount.ToInt().Cmp(tc.want) != 0 || !w.Posted {
				t.Fatalf("withdrawal %+v", w)
			}
			before, err := l1c.Client.BalanceAt(ctx, tc.to, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := l1c.Send(ctx, payer, &addr, w.FinalizeInput, nil); err != nil {
				t.Fatal(err)
			}
			after, err := l1c.Client.BalanceAt(ctx, tc.to, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := new(big.Int).Sub(after, before); got.Cmp(tc.want) != 0 {
				t.Fatalf("paid %s, want %s", got, tc.want)
			}
			// Finalizing twice is refused (the estimate reverts).
			if _, err := l1c.Send(ctx, payer, &addr, w.FinalizeInput, nil); err == nil {
				t.Fatal("the withdrawal was finalized twice")
			}
		})
	}
}

func hexU(n uint64) string { return "0x" + new(big.Int).SetUint64(n).Text(16) }
