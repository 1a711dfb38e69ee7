package node

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
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
)

// BenchmarkRPCTransfers measures signed ETH transfers through the JSON-RPC
// (ethclient over HTTP, 4 concurrent senders) until every one has a
// receipt: admission (with its synced journal write), sequencing, storage.
// go test -run '^$' -bench RPCTransfers -benchtime 2000x ./node
func BenchmarkRPCTransfers(b *testing.B) {
	l1c, err := devl1.Start(devl1.Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer l1c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	seqKey := devl1.DevKey(4)
	addr, deployBlock, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey)))
	if err != nil {
		b.Fatal(err)
	}
	n, err := New(Config{
		Role: RoleSequencer, DataDir: b.TempDir(), L1: l1c.Client, Rollup: addr, DeployBlock: deployBlock,
		L2: core.DevConfig(), RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, Log: testLog(nil),
		BatcherKey: seqKey, FeeRecipient: crypto.PubkeyToAddress(seqKey.PublicKey),
	})
	if err != nil {
		b.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		b.Fatal(err)
	}
	defer n.Stop(context.Background())
	senders := []*ecdsa.PrivateKey{devl1.DevKey(0), devl1.DevKey(1), devl1.DevKey(2), devl1.DevKey(3)}
	for _, k := range senders {
		if _, err := l1c.Send(ctx, k, &addr, bindings.NewRollup().PackDepositETH(crypto.PubkeyToAddress(k.PublicKey)), new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))); err != nil {
			b.Fatal(err)
		}
	}
	for n.Chain.Head().QueueCursor < uint64(len(senders)) {
		time.Sleep(20 * time.Millisecond)
	}
	cfg := core.DevConfig()
	to := common.HexToAddress("0xb0b")
	// Signing is the wallet's work, not the node's: done before the clock.
	per := (b.N + len(senders) - 1) / len(senders)
	txs := make([][]*types.Transaction, len(senders))
	for i, k := range senders {
		for j := range per {
			tx, err := types.SignNewTx(k, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
				ChainID: cfg.BigChainID(), Nonce: uint64(j), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
				Gas: core.TransferGas, To: &to, Value: big.NewInt(1),
			})
			if err != nil {
				b.Fatal(err)
			}
			txs[i] = append(txs[i], tx)
		}
	}
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for i := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := ethclient.Dial("http://" + n.RPCAddr())
			if err != nil {
				b.Error(err)
				return
			}
			defer c.Close()
			for _, tx := range txs[i] {
				for {
					err := c.SendTransaction(ctx, tx)
					if err == nil {
						break
					}
					// The sender's allowance (64 pending) is full: wait for a block.
					time.Sleep(5 * time.Millisecond)
				}
			}
		}()
	}
	wg.Wait()
	for _, list := range txs {
		last := list[per-1].Hash()
		for {
			if _, _, err := n.Chain.TxLocation(last); err == nil {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	el := time.Since(start)
	b.ReportMetric(float64(per*len(senders))/el.Seconds(), "tx/s")
}
