package e2e

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/internal/misbehave"
	"github.com/viaduct-l2/viaduct/wire"
)

// verdictTxDataNotInBlobs: a block's tx data is not what its blob batch's
// blobs hold at its place (rollup.FraudTxDataNotInBlobs).
const verdictTxDataNotInBlobs = 7

// TestSequencerPostsBlobsAndAVerifierFollows: `viaduct node --da blobs`
// posts its batches as blob transactions to the L1 (geth --dev by default,
// VIADUCT_E2E_L1 chooses), and a verifier with no beacon node derives the
// same chain from the blobs the sequencer keeps and serves
// (--blob-archive): a deposit and a transfer, the same on both.
func TestSequencerPostsBlobsAndAVerifierFollows(t *testing.T) {
	h := newHarness(t)
	l1 := h.l1()
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "rollup.json")
	h.mustRun("deploy", "--l1-rpc", l1.HTTP, "--dev-account", "4", "--out", cfgFile, "--challenge-window", "5m")
	seqPort, verPort := freePort(t), freePort(t)
	seqURL, verURL := fmt.Sprintf("http://127.0.0.1:%d", seqPort), fmt.Sprintf("http://127.0.0.1:%d", verPort)
	h.start("sequencer", "serving", "node", "--config", cfgFile, "--l1-rpc", l1.HTTP, "--dev-account", "4", "--da", "blobs",
		"--datadir", filepath.Join(dir, "seq"), "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", seqPort), "--block-time", "100ms")
	h.start("verifier", "serving", "node", "--role", "verifier", "--config", cfgFile, "--l1-rpc", l1.HTTP,
		"--datadir", filepath.Join(dir, "ver"), "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", verPort), "--blob-archive", seqURL)

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	h.mustRun("deposit", "--dev-account", "1", "--amount", "1", "--l1-rpc", l1.HTTP, "--l2-rpc", seqURL, "--timeout", "60s")
	sc, err := ethclient.DialContext(ctx, seqURL)
	if err != nil {
		t.Fatal(err)
	}
	defer sc.Close()
	vc, err := ethclient.DialContext(ctx, verURL)
	if err != nil {
		t.Fatal(err)
	}
	defer vc.Close()
	cfg := core.DevConfig()
	bob := common.HexToAddress("0x000000000000000000000000000000000000b0b0")
	tx, err := types.SignNewTx(devl1.DevKey(1), types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(2e9), Gas: core.TransferGas, To: &bob, Value: big.NewInt(1e17),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := sc.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the verifier to derive the transfer from the blobs", 2*time.Minute, func() bool {
		r, err := vc.TransactionReceipt(ctx, tx.Hash())
		return err == nil && r.Status == types.ReceiptStatusSuccessful
	})
	for name, c := range map[string]*ethclient.Client{"sequencer": sc, "verifier": vc} {
		if b, err := c.BalanceAt(ctx, bob, nil); err != nil || b.Cmp(big.NewInt(1e17)) != 0 {
			t.Fatalf("bob on the %s: %v (%v)", name, b, err)
		}
	}
	// Every batch on L1 is a blob transaction.
	var info wire.RollupInfo
	if err := sc.Client().CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
		t.Fatal(err)
	}
	l1c, err := ethclient.DialContext(ctx, l1.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(info.DeployBlock), Addresses: []common.Address{info.Rollup},
		Topics: [][]common.Hash{{rollupABI.GetABI().Events["BatchSubmitted"].ID}},
	})
	if err != nil || len(logs) == 0 {
		t.Fatalf("%d batches on L1 (%v)", len(logs), err)
	}
	for _, lg := range logs {
		btx, _, err := l1c.TransactionByHash(ctx, lg.TxHash)
		if err != nil || btx.Type() != types.BlobTxType || len(btx.BlobHashes()) == 0 {
			t.Fatalf("batch transaction %s: %v (%v), want a blob transaction", lg.TxHash, btx, err)
		}
	}
}

// TestFraudProofsOnBlobBatches runs TestFraudProofs' kinds of wrong block
// on blob batches: `viaduct node --da blobs --misbehave KIND` against a
// verifier fetching the blobs from the sequencer (--blob-archive), all on
// one L1. Every lie of a block is proven with the block's tx data in
// calldata, checked against the header's txDataHash (bad-txdata:
// undecodable bytes in a blob); blob-data, blobs that do not hold a
// block's tx data, is proven by opening the blobs (TxDataNotInBlobs).
// Each is proven on L1 with the expected verdict and both nodes converge
// on the honest chain.
func TestFraudProofsOnBlobBatches(t *testing.T) {
	h := newHarness(t)
	l1 := h.l1()
	for _, tc := range append(fraudKinds, fraudCase{misbehave.BlobData, true, verdictTxDataNotInBlobs, 0}) {
		t.Run(string(tc.kind), func(t *testing.T) {
			fraudRoundWith(t, h, l1, tc.kind, tc.transfer, tc.verdict, tc.rule, []string{"--da", "blobs"})
		})
	}
}

// TestDevProvesABlobLieLive: `viaduct dev --misbehave blob-data` posts one
// blob batch whose blobs do not hold a block's tx data; its verifier
// fetches the blobs from the embedded L1's beacon API, flags the block and
// proves TxDataNotInBlobs on L1 by opening them, and the chain goes on:
// every funded dev account ends with its deposit.
func TestDevProvesABlobLieLive(t *testing.T) {
	h := newHarness(t)
	l1Port, l2Port, verPort := freePort(t), freePort(t), freePort(t)
	p := h.start("dev", "viaduct dev is ready", "dev", "--l1-port", fmt.Sprint(l1Port), "--port", fmt.Sprint(l2Port), "--verifier-port", fmt.Sprint(verPort),
		"--datadir", t.TempDir(), "--misbehave", "blob-data")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	l1c, err := ethclient.DialContext(ctx, fmt.Sprintf("http://127.0.0.1:%d", l1Port))
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	sc, err := ethclient.DialContext(ctx, fmt.Sprintf("http://127.0.0.1:%d", l2Port))
	if err != nil {
		t.Fatal(err)
	}
	defer sc.Close()
	var info wire.RollupInfo
	if err := sc.Client().CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
		t.Fatal(err)
	}
	// The lie needs a blob batch with tx data: a transfer.
	cfg := core.DevConfig()
	tx, err := types.SignNewTx(devl1.DevKey(0), types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(2e9), Gas: core.TransferGas,
		To: &common.Address{0xb0}, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := sc.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the proof of the blob lie on L1", 2*time.Minute, func() bool {
		logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(info.DeployBlock), Addresses: []common.Address{info.Rollup},
			Topics: [][]common.Hash{{rollupABI.GetABI().Events["FraudProven"].ID}},
		})
		if err != nil || len(logs) == 0 {
			return false
		}
		ev, err := rollupABI.UnpackFraudProvenEvent(&logs[0])
		if err != nil {
			t.Fatal(err)
		}
		if ev.Fraud != verdictTxDataNotInBlobs || ev.Challenger != crypto.PubkeyToAddress(devl1.DevKey(challengerAccount).PublicKey) {
			t.Fatalf("FraudProven %+v, want TxDataNotInBlobs by the verifier's challenger", ev)
		}
		return true
	})
	hundred := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	vc, err := ethclient.DialContext(ctx, fmt.Sprintf("http://127.0.0.1:%d", verPort))
	if err != nil {
		t.Fatal(err)
	}
	defer vc.Close()
	waitFor(t, "the transfer on the honest chain, on both nodes", 2*time.Minute, func() bool {
		for _, c := range []*ethclient.Client{sc, vc} {
			r, err := c.TransactionReceipt(ctx, tx.Hash())
			if err != nil || r.Status != types.ReceiptStatusSuccessful {
				return false
			}
			if b, err := c.BalanceAt(ctx, crypto.PubkeyToAddress(devl1.DevKey(1).PublicKey), nil); err != nil || b.Cmp(hundred) != 0 {
				return false
			}
		}
		return true
	})
	if out := p.out.String(); !strings.Contains(out, "challenging a block whose batch's blobs do not hold its tx data") || !strings.Contains(out, "fraud proven on L1") {
		t.Fatalf("the log lacks the blob challenge:\n%s", out)
	}
}

// TestSequencerKilledWithABlobBatchInFlightServesItsBlobs: a sequencer
// posting blob batches is killed (SIGKILL) after it sent a batch and
// before it saw it mined, so it never kept that batch's blobs; restarted,
// it keeps them (built again from its blocks) and a verifier whose only
// blob source is that sequencer (--blob-archive) derives its whole chain,
// the batch mined while it was dead included.
func TestSequencerKilledWithABlobBatchInFlightServesItsBlobs(t *testing.T) {
	h := newHarness(t)
	l1 := h.l1()
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "rollup.json")
	h.mustRun("deploy", "--l1-rpc", l1.HTTP, "--dev-account", "4", "--out", cfgFile)
	seqPort, verPort := freePort(t), freePort(t)
	seqURL, verURL := fmt.Sprintf("http://127.0.0.1:%d", seqPort), fmt.Sprintf("http://127.0.0.1:%d", verPort)
	seqArgs := []string{"node", "--config", cfgFile, "--l1-rpc", l1.HTTP, "--dev-account", "4", "--da", "blobs",
		"--datadir", filepath.Join(dir, "seq"), "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", seqPort), "--block-time", "100ms"}
	seq := h.start("sequencer", "serving", seqArgs...)
	// Transfers keep blocks, and so blob batches, coming until the kill.
	h.mustRun("deposit", "--dev-account", "1", "--amount", "1", "--l1-rpc", l1.HTTP, "--l2-rpc", seqURL, "--timeout", "60s")
	sendCtx, stopSending := context.WithCancel(context.Background())
	defer stopSending()
	sent := make(chan struct{})
	go func() {
		defer close(sent)
		c, err := ethclient.DialContext(sendCtx, seqURL)
		if err != nil {
			return
		}
		defer c.Close()
		cfg := core.DevConfig()
		for nonce := uint64(0); sendCtx.Err() == nil; nonce++ {
			tx, err := types.SignNewTx(devl1.DevKey(1), types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
				ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(2e9), Gas: core.TransferGas,
				To: &common.Address{0xb0}, Value: big.NewInt(1),
			})
			if err != nil || c.SendTransaction(sendCtx, tx) != nil {
				return // the sequencer is gone
			}
			select {
			case <-sendCtx.Done():
			case <-time.After(20 * time.Millisecond): // a steady trickle, not a load
			}
		}
	}()
	waitFor(t, "a first blob batch mined", time.Minute, func() bool {
		return strings.Contains(seq.out.String(), `msg="batch mined"`)
	})
	// Kill it as soon as a batch is sent and not yet seen mined (the
	// transaction manager polls for receipts every 250 ms: a 2 ms poll
	// of the log lands in between).
	inFlight := func() bool {
		out := seq.out.String()
		return strings.Count(out, `msg="batch sent"`) > strings.Count(out, `msg="batch mined"`)
	}
	deadline := time.Now().Add(time.Minute)
	for !inFlight() {
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting for a blob batch in flight")
		}
		time.Sleep(2 * time.Millisecond)
	}
	seq.kill()
	if !inFlight() {
		t.Fatal("the batch was seen mined before the kill: the test proves nothing")
	}
	stopSending()
	<-sent
	// The last block of the batch in flight.
	sentLines := regexp.MustCompile(`msg="batch sent".* last=(\d+)`).FindAllStringSubmatch(seq.out.String(), -1)
	killed, err := strconv.ParseUint(sentLines[len(sentLines)-1][1], 10, 64)
	if err != nil {
		t.Fatal(err)
	}

	seq = h.start("sequencer (restarted)", "serving", seqArgs...)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	sc, err := ethclient.DialContext(ctx, seqURL)
	if err != nil {
		t.Fatal(err)
	}
	defer sc.Close()
	var info wire.RollupInfo
	if err := sc.Client().CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
		t.Fatal(err)
	}
	l1c, err := ethclient.DialContext(ctx, l1.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	// The batch sent before the kill is mined: L1 holds its blocks.
	var posted uint64
	waitFor(t, fmt.Sprintf("block %d, sent before the kill, on L1", killed), time.Minute, func() bool {
		out, err := l1c.CallContract(ctx, ethereum.CallMsg{To: &info.Rollup, Data: rollupABI.PackLatestBlock()}, nil)
		if err != nil {
			return false
		}
		lb, err := rollupABI.UnpackLatestBlock(out)
		if err != nil {
			return false
		}
		posted = lb.Number
		return posted >= killed
	})

	h.start("verifier", "serving", "node", "--role", "verifier", "--config", cfgFile, "--l1-rpc", l1.HTTP,
		"--datadir", filepath.Join(dir, "ver"), "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", verPort), "--blob-archive", seqURL)
	vc, err := ethclient.DialContext(ctx, verURL)
	if err != nil {
		t.Fatal(err)
	}
	defer vc.Close()
	waitFor(t, fmt.Sprintf("the verifier to derive block %d from the sequencer's blobs", posted), 2*time.Minute, func() bool {
		n, err := vc.BlockNumber(ctx)
		return err == nil && n >= posted
	})
	var a, b map[string]any
	if err := sc.Client().CallContext(ctx, &a, "eth_getBlockByNumber", fmt.Sprintf("0x%x", posted), false); err != nil {
		t.Fatal(err)
	}
	if err := vc.Client().CallContext(ctx, &b, "eth_getBlockByNumber", fmt.Sprintf("0x%x", posted), false); err != nil {
		t.Fatal(err)
	}
	if a["hash"] != b["hash"] {
		t.Fatalf("block %d: sequencer %v, verifier %v", posted, a["hash"], b["hash"])
	}
	if !strings.Contains(seq.out.String(), "handing on the blobs of a batch mined while the batcher was not watching") {
		t.Fatal("the restarted sequencer did not keep the blobs of the batch mined while it was dead")
	}
}
