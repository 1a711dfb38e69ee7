package e2e

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"sync"
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

// TestDevDepositTransferAndBatch starts `viaduct dev`, deposits on L1,
// transfers on L2 from several senders at once through the JSON-RPC with
// ethclient, and sees the transfers' blocks posted to the Rollup on L1.
func TestDevDepositTransferAndBatch(t *testing.T) {
	h := newHarness(t)
	l1Port, l2Port, verPort := freePort(t), freePort(t), freePort(t)
	p := h.start("dev", "viaduct dev is ready", "dev", "--l1-port", fmt.Sprint(l1Port), "--port", fmt.Sprint(l2Port), "--verifier-port", fmt.Sprint(verPort),
		"--datadir", t.TempDir(), "--log-level", "info")
	m := regexp.MustCompile(`Rollup\s+(0x[0-9a-fA-F]{40})`).FindStringSubmatch(p.out.String())
	if m == nil {
		t.Fatalf("no Rollup address printed:\n%s", p.out.String())
	}
	rollupAddr := common.HexToAddress(m[1])
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	l1c, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", l1Port))
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	l2c, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", l2Port))
	if err != nil {
		t.Fatal(err)
	}
	defer l2c.Close()
	l2cfg := core.DevConfig()
	if id, err := l2c.ChainID(ctx); err != nil || id.Uint64() != l2cfg.ChainID {
		t.Fatalf("L2 chain id %v, %v", id, err)
	}

	// A deposit on L1 for a fresh account shows on L2.
	fresh, _ := crypto.GenerateKey()
	freshAddr := crypto.PubkeyToAddress(fresh.PublicKey)
	amount := big.NewInt(3e18)
	depositor := devl1.DevKey(3)
	nonce, err := l1c.PendingNonceAt(ctx, crypto.PubkeyToAddress(depositor.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	dep, err := types.SignNewTx(depositor, types.LatestSignerForChainID(big.NewInt(devl1.ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(devl1.ChainID), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
		Gas: 500_000, To: &rollupAddr, Value: amount, Data: bindings.NewRollup().PackDepositETH(freshAddr),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := l1c.SendTransaction(ctx, dep); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the L1 deposit on L2", 20*time.Second, func() bool {
		b, err := l2c.BalanceAt(ctx, freshAddr, nil)
		return err == nil && b.Cmp(amount) == 0
	})

	// Four funded dev accounts and the fresh one send 10 transfers each,
	// concurrently, to one recipient.
	recipient := common.HexToAddress("0x000000000000000000000000000000000000beef")
	senders := []*ecdsa.PrivateKey{fresh}
	for i := range 4 {
		senders = append(senders, devl1.DevKey(i))
	}
	const perSender = 10
	var mu sync.Mutex
	var hashes []common.Hash
	var wg sync.WaitGroup
	errs := make(chan error, len(senders))
	for _, s := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from := crypto.PubkeyToAddress(s.PublicKey)
			n, err := l2c.PendingNonceAt(ctx, from)
			if err != nil {
				errs <- err
				return
			}
			tip, err := l2c.SuggestGasTipCap(ctx)
			if err != nil {
				errs <- err
				return
			}
			for i := range uint64(perSender) {
				tx, err := types.SignNewTx(s, types.LatestSignerForChainID(l2cfg.BigChainID()), &types.DynamicFeeTx{
					ChainID: l2cfg.BigChainID(), Nonce: n + i, GasTipCap: tip, GasFeeCap: big.NewInt(1e9),
					Gas: core.TransferGas, To: &recipient, Value: big.NewInt(1e15),
				})
				if err != nil {
					errs <- err
					return
				}
				if err := l2c.SendTransaction(ctx, tx); err != nil {
					errs <- fmt.Errorf("%s nonce %d: %w", from, n+i, err)
					return
				}
				mu.Lock()
				hashes = append(hashes, tx.Hash())
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	var last uint64
	for _, hash := range hashes {
		waitFor(t, "receipt of "+hash.Hex(), 20*time.Second, func() bool {
			r, err := l2c.TransactionReceipt(ctx, hash)
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					t.Fatalf("transaction %s failed", hash)
				}
				last = max(last, r.BlockNumber.Uint64())
			}
			return err == nil
		})
	}
	want := new(big.Int).Mul(big.NewInt(int64(len(senders)*perSender)), big.NewInt(1e15))
	if b, err := l2c.BalanceAt(ctx, recipient, nil); err != nil || b.Cmp(want) != 0 {
		t.Fatalf("recipient holds %v (%v), want %v", b, err, want)
	}

	// The blocks reach L1: Rollup.latestBlock passes the last transfer's
	// block, and the L2 RPC calls it safe.
	waitFor(t, "the transfers' blocks on L1", 30*time.Second, func() bool {
		out, err := l1c.CallContract(ctx, ethereum.CallMsg{To: &rollupAddr, Data: bindings.NewRollup().PackLatestBlock()}, nil)
		if err != nil {
			return false
		}
		lb, err := bindings.NewRollup().UnpackLatestBlock(out)
		return err == nil && lb.Number >= last
	})
	// The batcher learns of its batch when it sees the receipt, which may be
	// a poll after the call above saw the block.
	waitFor(t, "the L2 RPC to call the block safe", 10*time.Second, func() bool {
		var st wire.BlockStatus
		err := l2c.Client().CallContext(ctx, &st, wire.MethodBlockStatus, fmt.Sprintf("0x%x", last))
		return err == nil && st.Status != "latest"
	})
	if b, err := l2c.BlockByNumber(ctx, new(big.Int).SetUint64(last)); err != nil || len(b.Transactions()) == 0 {
		t.Fatalf("block %d: %v", last, err)
	}

	// The verifier of `viaduct dev` derives the same block from L1.
	vc, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", verPort))
	if err != nil {
		t.Fatal(err)
	}
	defer vc.Close()
	waitFor(t, "the verifier to derive the last transfer's block", 20*time.Second, func() bool {
		n, err := vc.BlockNumber(ctx)
		return err == nil && n >= last
	})
	var seqBlk, verBlk map[string]any
	if err := l2c.Client().CallContext(ctx, &seqBlk, "eth_getBlockByNumber", fmt.Sprintf("0x%x", last), false); err != nil {
		t.Fatal(err)
	}
	if err := vc.Client().CallContext(ctx, &verBlk, "eth_getBlockByNumber", fmt.Sprintf("0x%x", last), false); err != nil {
		t.Fatal(err)
	}
	if seqBlk["hash"] != verBlk["hash"] || seqBlk["stateRoot"] != verBlk["stateRoot"] {
		t.Fatalf("block %d: sequencer %v, verifier %v", last, seqBlk["hash"], verBlk["hash"])
	}

	// A graceful stop ends the process.
	p.stop()
	select {
	case <-p.done:
	default:
		t.Fatal("viaduct dev did not stop")
	}
}

// TestDevShowsAFraudProofLive: `viaduct dev --misbehave skip-deposit`
// posts one block that skips a start-up deposit; its own verifier proves
// it on L1, the sequencer takes the block back, and both nodes end with
// every funded dev account holding its 100 ETH; after its banner, viaduct
// dev says so in a summary read from the Rollup's events.
func TestDevShowsAFraudProofLive(t *testing.T) {
	h := newHarness(t)
	l1Port, l2Port, verPort := freePort(t), freePort(t), freePort(t)
	p := h.start("dev", "viaduct dev is ready", "dev", "--l1-port", fmt.Sprint(l1Port), "--port", fmt.Sprint(l2Port), "--verifier-port", fmt.Sprint(verPort),
		"--datadir", t.TempDir(), "--misbehave", "skip-deposit")
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	waitFor(t, "the fraud proof and the rewind in the log", 30*time.Second, func() bool {
		out := p.out.String()
		return strings.Contains(out, `msg="fraud proven on L1"`) && strings.Contains(out, `reason="a fraud proof on L1 reverted block`)
	})
	hundred := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	for _, port := range []int{l2Port, verPort} {
		c, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", port))
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		waitFor(t, "the start-up deposits on the honest chain", 30*time.Second, func() bool {
			for i := range 4 {
				b, err := c.BalanceAt(ctx, crypto.PubkeyToAddress(devl1.DevKey(i).PublicKey), nil)
				if err != nil || b.Cmp(hundred) != 0 {
					return false
				}
			}
			return true
		})
	}
	if !strings.Contains(p.out.String(), "Misbehaving on purpose (--misbehave skip-deposit)") {
		t.Fatalf("viaduct dev did not say it misbehaves:\n%s", p.out.String())
	}
	// After the banner, a summary a user can follow: the wrong block, who
	// proved it, what that earned, where the chain went on from.
	var after string
	waitFor(t, "the fraud proof's summary after the banner", 30*time.Second, func() bool {
		_, after, _ = strings.Cut(p.out.String(), "viaduct dev is ready")
		return strings.Contains(after, "  resumed ")
	})
	for _, want := range []string{
		"Fraud proven on L1 (tx 0x",
		"  wrong block  L2 block ",
		"posted by the sequencer (dev account 4): its state root is wrong",
		"  proven by    " + crypto.PubkeyToAddress(devl1.DevKey(5).PublicKey).Hex() + " (the verifier's challenger, dev account 5)",
		" ETH of the sequencer's bond (",
		"the last good one, and the chain goes on from there",
	} {
		if !strings.Contains(after, want) {
			t.Fatalf("the summary after the banner lacks %q:\n%s", want, after)
		}
	}
}
