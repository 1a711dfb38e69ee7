package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// indexerBlocks is how long a chain the indexer test reads.
const indexerBlocks = 2500

// TestLogIndexerOverThousandsOfBlocks runs what a log indexer does against
// `viaduct dev`: it reads a token's Transfer logs with eth_getLogs in
// ranges of 1,000 blocks over a chain of a few thousand blocks, and every
// block's receipts with eth_getBlockReceipts in batches; each log is in its
// block's receipts, exactly once, with its block's time, no receipt has a
// log the ranges missed, and the balances the indexer adds up from the
// logs are what balanceOf answers.
func TestLogIndexerOverThousandsOfBlocks(t *testing.T) {
	h := newHarness(t)
	// Short blocks, and no backpressure while L1 takes the batches.
	dev := startDevWithToken(t, h, 3, "--block-time", "5ms", "--max-unposted", "1000000")
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	c, err := rpc.DialContext(ctx, dev.l2URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ec := ethclient.NewClient(c)

	// Three senders, each waiting for its transaction's receipt before the
	// next: blocks of one to three transactions, token transfers to ten
	// fresh recipients among ETH transfers.
	var recipients []common.Address
	for i := range 10 {
		recipients = append(recipients, common.BigToAddress(big.NewInt(int64(0xa11ce0+i))))
	}
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	price, err := ec.SuggestGasPrice(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tt := testbindings.NewTestToken()
	sent := make(map[common.Address]*big.Int) // what the recipients were sent
	var mu sync.Mutex
	var transfers int
	var lastBlock uint64 // the newest block a receipt named
	errs := make(chan error, 3)
	var wg sync.WaitGroup
	for s := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := devl1.DevKey(s)
			nonce, err := ec.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
			if err != nil {
				errs <- err
				return
			}
			for i := 0; ; i++ {
				head, err := ec.BlockNumber(ctx)
				if err != nil {
					errs <- err
					return
				}
				if head >= indexerBlocks {
					return
				}
				to, value, data, gas := recipients[(i+s)%len(recipients)], big.NewInt(1), []byte(nil), uint64(21_000)
				amount := big.NewInt(int64(1 + i%7))
				if i%3 != 2 {
					data, to, value, gas = tt.PackTransfer(to, amount), dev.token, new(big.Int), 50_000
				}
				tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
					ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1_000_000), GasFeeCap: new(big.Int).Mul(price, big.NewInt(2)),
					Gas: gas, To: &to, Value: value, Data: data,
				})
				if err != nil {
					errs <- err
					return
				}
				if err := ec.SendTransaction(ctx, tx); err != nil {
					errs <- fmt.Errorf("sender %d nonce %d: %w", s, nonce, err)
					return
				}
				nonce++
				for {
					if r, err := ec.TransactionReceipt(ctx, tx.Hash()); err == nil {
						mu.Lock()
						lastBlock = max(lastBlock, r.BlockNumber.Uint64())
						mu.Unlock()
						break
					} else if ctx.Err() != nil {
						errs <- ctx.Err()
						return
					}
					time.Sleep(2 * time.Millisecond)
				}
				if data != nil {
					mu.Lock()
					r := recipients[(i+s)%len(recipients)]
					if sent[r] == nil {
						sent[r] = new(big.Int)
					}
					sent[r].Add(sent[r], amount)
					transfers++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	// A receipt can come before its block is the head (a pre-confirmed
	// transaction's block is sealed after): index up to a head that holds
	// every transfer.
	var head uint64
	for head < lastBlock {
		if head, err = ec.BlockNumber(ctx); err != nil {
			t.Fatal(err)
		}
		time.Sleep(10 * time.Millisecond) // polls the head; the deadline is ctx's
	}
	t.Logf("a chain of %d blocks with %d token transfers", head, transfers)

	// The indexer: logs by ranges of 1,000 blocks.
	start := time.Now()
	type logKey struct {
		tx    common.Hash
		index uint
	}
	indexed := map[logKey]types.Log{}
	balances := map[common.Address]*big.Int{}
	transferTopic := crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	stamps := map[uint64]uint64{}
	for from := uint64(0); from <= head; from += 1000 {
		var logs []json.RawMessage
		q := map[string]any{"fromBlock": hexutil.Uint64(from), "toBlock": hexutil.Uint64(min(from+999, head)), "address": dev.token, "topics": []any{transferTopic}}
		if err := c.CallContext(ctx, &logs, "eth_getLogs", q); err != nil {
			t.Fatal(err)
		}
		for _, raw := range logs {
			var l types.Log
			if err := json.Unmarshal(raw, &l); err != nil {
				t.Fatal(err)
			}
			k := logKey{l.TxHash, l.Index}
			if _, dup := indexed[k]; dup {
				t.Fatalf("log %d of %s returned twice", l.Index, l.TxHash)
			}
			if l.BlockTimestamp == 0 {
				t.Fatalf("log %d of %s has no block time: %s", l.Index, l.TxHash, raw)
			}
			indexed[k] = l
			stamps[l.BlockNumber] = l.BlockTimestamp
			to := common.BytesToAddress(l.Topics[2].Bytes())
			if balances[to] == nil {
				balances[to] = new(big.Int)
			}
			balances[to].Add(balances[to], new(big.Int).SetBytes(l.Data))
		}
	}
	if len(indexed) < transfers {
		t.Fatalf("the ranges gave %d logs, %d token transfers were made", len(indexed), transfers)
	}

	// Every block's receipts, in batches of 100 (a request's budget).
	inReceipts := 0
	for from := uint64(0); from <= head; from += 100 {
		var batch []rpc.BatchElem
		for n := from; n <= min(from+99, head); n++ {
			batch = append(batch, rpc.BatchElem{Method: "eth_getBlockReceipts", Args: []any{hexutil.Uint64(n)}, Result: new([]*types.Receipt)})
		}
		if err := c.BatchCallContext(ctx, batch); err != nil {
			t.Fatal(err)
		}
		for _, b := range batch {
			if b.Error != nil {
				t.Fatalf("eth_getBlockReceipts(%v): %v", b.Args[0], b.Error)
			}
			for _, r := range *b.Result.(*[]*types.Receipt) {
				if r.Status != types.ReceiptStatusSuccessful {
					t.Fatalf("receipt of %s: status %d", r.TxHash, r.Status)
				}
				for _, l := range r.Logs {
					if l.Address != dev.token {
						continue
					}
					got, ok := indexed[logKey{l.TxHash, l.Index}]
					if !ok {
						t.Fatalf("block %d's receipts have log %d of %s, which eth_getLogs did not give", r.BlockNumber, l.Index, l.TxHash)
					}
					if got.BlockHash != l.BlockHash || got.BlockNumber != l.BlockNumber || got.TxIndex != l.TxIndex ||
						!bytesEqual(got.Data, l.Data) || got.BlockTimestamp != l.BlockTimestamp {
						t.Fatalf("log %d of %s: eth_getLogs %+v, the receipt %+v", l.Index, l.TxHash, got, *l)
					}
					inReceipts++
				}
			}
		}
	}
	if inReceipts != len(indexed) {
		t.Fatalf("eth_getLogs gave %d logs, the receipts hold %d", len(indexed), inReceipts)
	}
	t.Logf("indexed %d logs and %d blocks' receipts in %v", len(indexed), head+1, time.Since(start).Round(time.Millisecond))

	// The blocks' times, for a sample of the blocks with logs.
	for n, stamp := range stamps {
		if n%25 != 0 {
			continue
		}
		h, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		if h.Time != stamp {
			t.Fatalf("block %d has time %d, its logs %d", n, h.Time, stamp)
		}
	}
	for _, r := range recipients {
		out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &dev.token, Data: tt.PackBalanceOf(r)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := sent[r]
		if want == nil {
			want = new(big.Int)
		}
		if got := new(big.Int).SetBytes(out); got.Cmp(want) != 0 || (balances[r] != nil && balances[r].Cmp(want) != 0) {
			t.Fatalf("%s: balanceOf %s, the indexer's sum %s, sent %s", r, got, balances[r], want)
		}
	}
}

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }
