package e2e

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
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

// TestSequencerSurvivesSIGKILL runs `viaduct node` against a separate L1
// process, kills the sequencer with SIGKILL while transfers stream in,
// restarts it, and checks that every transaction whose hash the RPC
// returned is in the chain, that L1 holds the sequencer's blocks, and that a
// verifier derives the same chain.
func TestSequencerSurvivesSIGKILL(t *testing.T) {
	h := newHarness(t)
	l1 := h.l1() // geth --dev unless VIADUCT_E2E_L1=embedded
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "rollup.json")
	h.mustRun("deploy", "--l1-rpc", l1.HTTP, "--dev-account", "4", "--out", cfgFile)
	seqPort := freePort(t)
	seqArgs := []string{"node", "--config", cfgFile, "--l1-rpc", l1.HTTP, "--dev-account", "4", "--datadir", filepath.Join(dir, "seq"),
		"--rpc-addr", fmt.Sprintf("127.0.0.1:%d", seqPort), "--block-time", "100ms"}
	seq := h.start("sequencer", "serving", seqArgs...)

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Second)
	defer cancel()
	l1c, err := ethclient.Dial(l1.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	l2url := fmt.Sprintf("http://127.0.0.1:%d", seqPort)
	var info wire.RollupInfo
	l2c, err := ethclient.Dial(l2url)
	if err != nil {
		t.Fatal(err)
	}
	if err := l2c.Client().CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
		t.Fatal(err)
	}
	l2c.Close()

	// Fund two senders on L2 through the bridge.
	senders := []*ecdsa.PrivateKey{devl1.DevKey(0), devl1.DevKey(1)}
	for _, k := range senders {
		from := crypto.PubkeyToAddress(k.PublicKey)
		nonce, err := l1c.PendingNonceAt(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		dep, _ := types.SignNewTx(k, types.LatestSignerForChainID(big.NewInt(devl1.ChainID)), &types.DynamicFeeTx{
			ChainID: big.NewInt(devl1.ChainID), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
			Gas: 500_000, To: &info.Rollup, Value: big.NewInt(1e18), Data: bindings.NewRollup().PackDepositETH(from),
		})
		if err := l1c.SendTransaction(ctx, dep); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "the deposits on L2", 20*time.Second, func() bool {
		c, err := ethclient.Dial(l2url)
		if err != nil {
			return false
		}
		defer c.Close()
		for _, k := range senders {
			if b, err := c.BalanceAt(ctx, crypto.PubkeyToAddress(k.PublicKey), nil); err != nil || b.Sign() == 0 {
				return false
			}
		}
		return true
	})

	// Stream transfers; kill the sequencer after a while; keep what the RPC
	// acknowledged.
	l2cfg := core.DevConfig()
	recipient := common.HexToAddress("0x000000000000000000000000000000000000cafe")
	var mu sync.Mutex
	var acked []common.Hash
	var wg sync.WaitGroup
	for _, k := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := ethclient.Dial(l2url)
			if err != nil {
				return
			}
			defer c.Close()
			n, err := c.PendingNonceAt(ctx, crypto.PubkeyToAddress(k.PublicKey))
			if err != nil {
				return
			}
			for i := uint64(0); i < 200; i++ {
				tx, _ := types.SignNewTx(k, types.LatestSignerForChainID(l2cfg.BigChainID()), &types.DynamicFeeTx{
					ChainID: l2cfg.BigChainID(), Nonce: n + i, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
					Gas: core.TransferGas, To: &recipient, Value: big.NewInt(1),
				})
				if err := c.SendTransaction(ctx, tx); err != nil {
					return // the sequencer is gone
				}
				mu.Lock()
				acked = append(acked, tx.Hash())
				mu.Unlock()
			}
		}()
	}
	waitFor(t, "some acknowledged transfers", 20*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(acked) >= 50
	})
	seq.kill()
	wg.Wait()
	t.Logf("%d transfers acknowledged before SIGKILL", len(acked))

	seq = h.start("sequencer (restarted)", "serving", seqArgs...)
	l2c, err = ethclient.Dial(l2url)
	if err != nil {
		t.Fatal(err)
	}
	defer l2c.Close()
	var last uint64
	for _, hash := range acked {
		waitFor(t, "acknowledged transfer "+hash.Hex(), 20*time.Second, func() bool {
			r, err := l2c.TransactionReceipt(ctx, hash)
			if err == nil {
				last = max(last, r.BlockNumber.Uint64())
			}
			return err == nil
		})
	}
	// L1 holds the sequencer's blocks (none skipped or posted twice: the
	// contract's parent check would refuse it, and the hashes match).
	waitFor(t, "the transfers on L1", 20*time.Second, func() bool {
		out, err := l1c.CallContract(ctx, ethereum.CallMsg{To: &info.Rollup, Data: bindings.NewRollup().PackLatestBlock()}, nil)
		if err != nil {
			return false
		}
		lb, err := bindings.NewRollup().UnpackLatestBlock(out)
		if err != nil || lb.Number < last {
			return false
		}
		var blk map[string]any
		if err := l2c.Client().CallContext(ctx, &blk, "eth_getBlockByNumber", fmt.Sprintf("0x%x", lb.Number), false); err != nil {
			t.Fatal(err)
		}
		if blk["hash"] != common.Hash(lb.BlockHash).Hex() {
			t.Fatalf("L1 holds block %d %x, the sequencer %v", lb.Number, lb.BlockHash, blk["hash"])
		}
		return true
	})

	// A verifier derives the same chain from L1 alone. It is configured by
	// one file: the deploy output with a "node" section, no flags.
	verPort := freePort(t)
	verFile := filepath.Join(dir, "verifier.json")
	writeNodeFile(t, cfgFile, verFile, map[string]any{
		"role": "verifier", "l1-rpc": l1.HTTP, "datadir": filepath.Join(dir, "ver"),
		"rpc-addr": fmt.Sprintf("127.0.0.1:%d", verPort), "confirmations": 0,
		// Blob batches' blobs from the sequencer (geth --dev has no beacon API).
		"blob-archive": []string{fmt.Sprintf("http://127.0.0.1:%d", seqPort)},
	})
	h.start("verifier", "serving", "node", "--config", verFile)
	vc, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", verPort))
	if err != nil {
		t.Fatal(err)
	}
	defer vc.Close()
	waitFor(t, "the verifier to reach block "+fmt.Sprint(last), 30*time.Second, func() bool {
		n, err := vc.BlockNumber(ctx)
		return err == nil && n >= last
	})
	for _, n := range []uint64{1, last} {
		var a, b map[string]any
		if err := l2c.Client().CallContext(ctx, &a, "eth_getBlockByNumber", fmt.Sprintf("0x%x", n), false); err != nil {
			t.Fatal(err)
		}
		if err := vc.Client().CallContext(ctx, &b, "eth_getBlockByNumber", fmt.Sprintf("0x%x", n), false); err != nil {
			t.Fatal(err)
		}
		if a["hash"] != b["hash"] || a["stateRoot"] != b["stateRoot"] {
			t.Fatalf("block %d: sequencer %v %v, verifier %v %v", n, a["hash"], a["stateRoot"], b["hash"], b["stateRoot"])
		}
	}
	want := big.NewInt(int64(len(acked)))
	if b, err := vc.BalanceAt(ctx, recipient, nil); err != nil || b.Cmp(want) < 0 {
		t.Fatalf("recipient on the verifier %v (%v), want at least %v", b, err, want)
	}
}

// writeNodeFile writes to out the rollup configuration in deployed with a
// "node" section of settings added.
func writeNodeFile(t testing.TB, deployed, out string, settings map[string]any) {
	t.Helper()
	raw, err := os.ReadFile(deployed)
	if err != nil {
		t.Fatal(err)
	}
	var cfg map[string]any
	if err := json.Unmarshal(raw, &cfg); err != nil {
		t.Fatal(err)
	}
	cfg["node"] = settings
	raw, err = json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, raw, 0o644); err != nil {
		t.Fatal(err)
	}
}
