package api

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/mempool"
)

// walletSend is what a wallet does to send a transfer: the pending nonce,
// the suggested tip and gas price from the node, then
// eth_sendRawTransaction.
func walletSend(t *testing.T, ec *ethclient.Client, key *ecdsa.PrivateKey, to common.Address) (*types.Transaction, error) {
	t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := ec.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	price, err := ec.SuggestGasPrice(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Mul(price, big.NewInt(2)),
		Gas: core.TransferGas, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx, ec.SendTransaction(ctx, tx)
}

// sendBatches sends raw transactions in JSON-RPC batches, as an attacker
// would, and returns how many the node accepted.
func sendBatches(t *testing.T, c *rpc.Client, txs []*types.Transaction) int {
	t.Helper()
	accepted := 0
	for len(txs) > 0 {
		n := min(len(txs), 500)
		elems := make([]rpc.BatchElem, n)
		hashes := make([]common.Hash, n)
		for i, tx := range txs[:n] {
			raw, _ := tx.MarshalBinary()
			elems[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: &hashes[i]}
		}
		if err := c.BatchCallContext(context.Background(), elems); err != nil {
			t.Fatal(err)
		}
		for _, el := range elems {
			if el.Error == nil {
				accepted++
			}
		}
		txs = txs[n:]
	}
	return accepted
}

// TestGappedNonceJamThroughTheRPC: 131 accounts holding 0.0001 ETH each
// send every nonce but the first, in batches, which filled all 8,192
// slots and left a wallet's transfer at the suggested tip with "txpool is
// full". The wallet's transfer now gets in and is sealed, and after a
// restart (the pool re-admitting its journal) the next one gets in too.
func TestGappedNonceJamThroughTheRPC(t *testing.T) {
	e := newEnv(t)
	pool := e.seq.Pool()
	if err := pool.SetJournal(e.chain.PoolJournal()); err != nil {
		t.Fatal(err)
	}
	var attack []*types.Transaction
	for range 131 {
		k, _ := crypto.GenerateKey()
		a := crypto.PubkeyToAddress(k.PublicKey)
		e.queue.items = append(e.queue.items, core.QueueItem{Kind: core.QueueDepositETH, From: a, To: a, Amount: *uint256.NewInt(1e14)})
		for n := uint64(1); n < uint64(mempool.DefaultConfig.PerSender); n++ {
			tx, err := types.SignNewTx(k, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
				ChainID: cfg.BigChainID(), Nonce: n, GasTipCap: SuggestedTip, GasFeeCap: cfg.BaseFee.ToBig(),
				Gas: core.TransferGas, To: &a, Value: big.NewInt(0),
			})
			if err != nil {
				t.Fatal(err)
			}
			attack = append(attack, tx)
		}
	}
	for e.seal(t) != nil { // the deposits, 16 a block
	}
	accepted := sendBatches(t, e.ec.Client(), attack)
	bob := common.HexToAddress("0xb0b")
	tx, err := walletSend(t, e.ec, e.key, bob)
	if err != nil {
		t.Fatalf("the wallet's transfer during the jam: %v", err)
	}
	if _, queued := pool.Stats(); accepted == 0 || queued != accepted || queued > mempool.DefaultConfig.QueueTotal {
		t.Fatalf("the node accepted %d gapped transactions and holds %d (share %d)", accepted, queued, mempool.DefaultConfig.QueueTotal)
	}
	b := e.seal(t)
	if b == nil || len(b.Txs) != 1 || b.Txs[0].Hash(cfg.ChainID) != tx.Hash() {
		t.Fatal("the wallet's transfer was not sealed")
	}

	// Restart: a new pool re-admits the journal, a new RPC server serves it.
	p2 := mempool.New(cfg, mempool.DefaultConfig, e.chain.State())
	if err := p2.SetJournal(e.chain.PoolJournal()); err != nil {
		t.Fatal(err)
	}
	rs, err := NewServer(&Backend{Chain: e.chain, Pool: p2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rs.Stop)
	ec := ethclient.NewClient(rpc.DialInProc(rs))
	t.Cleanup(ec.Close)
	if _, queued := p2.Stats(); queued != accepted {
		t.Fatalf("after the restart the node holds %d gapped transactions, had %d", queued, accepted)
	}
	// Each attacker sends again the first of its transactions the node
	// does not hold.
	var retry []*types.Transaction
	for i := 0; i < len(attack); i += mempool.DefaultConfig.PerSender - 1 {
		for _, tx := range attack[i : i+mempool.DefaultConfig.PerSender-1] {
			if p2.Get(tx.Hash()) == nil {
				retry = append(retry, tx)
				break
			}
		}
	}
	if again := sendBatches(t, ec.Client(), retry); again != 0 {
		t.Fatalf("after the restart the node accepted %d more gapped transactions", again)
	}
	if _, err := walletSend(t, ec, e.key, bob); err != nil {
		t.Fatalf("the wallet's transfer after the restart: %v", err)
	}
}

// TestSendRawTransactionReportsAnOverflowingFeeCap: a fee cap whose
// product with the gas limit passes 2^256-1 was refused as "insufficient
// funds … want 0"; a wallet now reads go-ethereum's fee cap error.
func TestSendRawTransactionReportsAnOverflowingFeeCap(t *testing.T) {
	e := newEnv(t)
	bob := common.HexToAddress("0xb0b")
	feeCap := new(big.Int).Div(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(int64(core.TransferGas)))
	feeCap.Add(feeCap, big.NewInt(1))
	tx, err := types.SignNewTx(e.key, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: 0, GasTipCap: SuggestedTip, GasFeeCap: feeCap,
		Gas: core.TransferGas, To: &bob, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	err = e.ec.SendTransaction(context.Background(), tx)
	if err == nil || !strings.Contains(err.Error(), "max fee per gas higher than 2^256-1") || strings.Contains(err.Error(), "insufficient funds") {
		t.Fatalf("SendTransaction with gas × fee cap past 2^256-1 = %v", err)
	}
}
