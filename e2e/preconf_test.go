package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/wire"
)

// TestSIGKILLBetweenPreconfirmationAndSealing runs `viaduct node` with a
// block time of an hour, so that what it pre-confirms stays in the open
// block; sends transfers (each answered once pre-confirmed, its receipt
// there at once); kills the sequencer with SIGKILL before the block is
// sealed; restarts it; and finds the block sealed with exactly those
// transfers, at the pre-confirmed number and indices, with the
// pre-confirmed receipts; the batcher posts it and L1 holds it.
func TestSIGKILLBetweenPreconfirmationAndSealing(t *testing.T) {
	h := newHarness(t)
	l1 := h.l1()
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "rollup.json")
	h.mustRun("deploy", "--l1-rpc", l1.HTTP, "--dev-account", "4", "--out", cfgFile)
	port := freePort(t)
	args := []string{"node", "--config", cfgFile, "--l1-rpc", l1.HTTP, "--dev-account", "4", "--datadir", filepath.Join(dir, "seq"),
		"--rpc-addr", fmt.Sprintf("127.0.0.1:%d", port), "--block-time", "1h"}
	seq := h.start("sequencer", "serving", args...)

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	l1c, err := ethclient.Dial(l1.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	l2c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	var info wire.RollupInfo
	if err := l2c.Client().CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
		t.Fatal(err)
	}
	// Fund the sender through the bridge: queue items are sealed at once.
	key := devl1.DevKey(0)
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := l1c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	dep, _ := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(devl1.ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(devl1.ChainID), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
		Gas: 500_000, To: &info.Rollup, Value: big.NewInt(1e18), Data: bindings.NewRollup().PackDepositETH(from),
	})
	if err := l1c.SendTransaction(ctx, dep); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the deposit on L2", 30*time.Second, func() bool {
		b, err := l2c.BalanceAt(ctx, from, nil)
		return err == nil && b.Sign() > 0
	})
	head, err := l2c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}

	cfg := core.DevConfig()
	to := common.HexToAddress("0x000000000000000000000000000000000000cafe")
	var sent []*types.Transaction
	var answered []*types.Receipt
	for i := range 20 {
		tx, _ := types.SignNewTx(key, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
			ChainID: cfg.BigChainID(), Nonce: uint64(i), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
			Gas: core.TransferGas, To: &to, Value: big.NewInt(int64(i + 1)),
		})
		if err := l2c.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		r, err := l2c.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatalf("transfer %d: no receipt once eth_sendRawTransaction answered: %v", i, err)
		}
		sent, answered = append(sent, tx), append(answered, r)
	}
	if n, err := l2c.BlockNumber(ctx); err != nil || n != head {
		t.Fatalf("head %d (%v) before the kill: the block was sealed, the test proves nothing", n, err)
	}
	l2c.Close()
	seq.kill()

	h.start("sequencer (restarted)", "serving", args...)
	l2c, err = ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer l2c.Close()
	if n, err := l2c.BlockNumber(ctx); err != nil || n != head+1 {
		t.Fatalf("head %d (%v) after the restart, want the pre-confirmed block %d", n, err, head+1)
	}
	// The block as the node serves it (its hash is Viaduct's, not what
	// ethclient would compute from Ethereum's header fields).
	var blk struct {
		Hash         common.Hash   `json:"hash"`
		Transactions []common.Hash `json:"transactions"`
	}
	if err := l2c.Client().CallContext(ctx, &blk, "eth_getBlockByNumber", fmt.Sprintf("0x%x", head+1), false); err != nil {
		t.Fatal(err)
	}
	if len(blk.Transactions) != len(sent) {
		t.Fatalf("block %d holds %d transactions, %d were pre-confirmed", head+1, len(blk.Transactions), len(sent))
	}
	for i, tx := range sent {
		r, err := l2c.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatalf("transfer %d lost: %v", i, err)
		}
		if blk.Transactions[i] != tx.Hash() || r.BlockHash != blk.Hash {
			t.Fatalf("transfer %d: at index %d of %s, want %d of %s", i, r.TransactionIndex, r.BlockHash, i, blk.Hash)
		}
		want := *answered[i]
		want.BlockHash = blk.Hash
		a, _ := json.Marshal(&want)
		b, _ := json.Marshal(r)
		if string(a) != string(b) {
			t.Fatalf("transfer %d: pre-confirmed %s\nafter the restart %s", i, a, b)
		}
	}
	// The batcher posts the block that was sealed again: L1 holds its hash.
	waitFor(t, "the block on L1", 60*time.Second, func() bool {
		out, err := l1c.CallContract(ctx, callMsg(info.Rollup, bindings.NewRollup().PackLatestBlock()), nil)
		if err != nil {
			return false
		}
		lb, err := bindings.NewRollup().UnpackLatestBlock(out)
		return err == nil && lb.Number >= head+1
	})
	out, err := l1c.CallContract(ctx, callMsg(info.Rollup, bindings.NewRollup().PackLatestBlock()), nil)
	if err != nil {
		t.Fatal(err)
	}
	lb, _ := bindings.NewRollup().UnpackLatestBlock(out)
	if lb.Number == head+1 && common.Hash(lb.BlockHash) != blk.Hash {
		t.Fatalf("L1 holds block %d %x, the sequencer %s", lb.Number, lb.BlockHash, blk.Hash)
	}
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
