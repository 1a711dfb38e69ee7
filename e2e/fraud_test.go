package e2e

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
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
	"github.com/viaduct-l2/viaduct/internal/misbehave"
	"github.com/viaduct-l2/viaduct/wire"
)

// The FraudVerifier's verdicts and rules that the tests expect
// (docs/spec.md section 16).
const (
	verdictMalformedTxData = 1
	verdictInvalidTx       = 3
	verdictWithdrawalsRoot = 5
	verdictStateRoot       = 6

	ruleInvalidSender     = 7
	ruleNonceTooLow       = 8
	ruleInsufficientFunds = 11
)

// challengerAccount is the verifier's key in these tests: it pays for the
// fraud proofs and receives the rewards.
const challengerAccount = 5

var rollupABI = bindings.NewRollup()

// fraudCase is one fraud kind as an e2e round proves it.
type fraudCase struct {
	kind     misbehave.Kind
	transfer bool // the lie needs a transaction in its block
	verdict  uint8
	rule     uint8
}

// fraudKinds are the kinds every data mode is proven for.
var fraudKinds = []fraudCase{
	{misbehave.StateRoot, false, verdictStateRoot, 0},
	{misbehave.WithdrawalsRoot, false, verdictWithdrawalsRoot, 0},
	{misbehave.BadSignature, true, verdictInvalidTx, ruleInvalidSender},
	{misbehave.NonceReplay, true, verdictInvalidTx, ruleNonceTooLow},
	{misbehave.Overdraft, true, verdictInvalidTx, ruleInsufficientFunds},
	{misbehave.BadTxData, false, verdictMalformedTxData, 0},
	{misbehave.SkipDeposit, false, verdictStateRoot, 0},
	{misbehave.InventDeposit, false, verdictStateRoot, 0},
	{misbehave.FeeCredit, true, verdictStateRoot, 0},
}

// TestFraudProofs runs, for each kind of wrong block a sequencer can post,
// `viaduct node --misbehave KIND` against a verifier with a key (its
// challenger is on by default), all as processes on one L1 (geth --dev by
// default): the verifier proves the block on L1 with the expected verdict,
// the batch and its successors are reverted, half the liar's bond goes to
// the challenger (claimed) and half is burned, and the sequencer and the
// verifier converge on the same honest chain, in which the user's deposit
// and transfer are as they should be and the thief holds nothing.
func TestFraudProofs(t *testing.T) {
	h := newHarness(t)
	l1 := h.l1()
	for _, tc := range fraudKinds {
		t.Run(string(tc.kind), func(t *testing.T) {
			fraudRound(t, h, l1, tc.kind, tc.transfer, tc.verdict, tc.rule)
		})
	}
	// Staged proofs (spec section 16.2), one state value per transaction:
	// a block that writes its changes and one that stops at an invalid
	// transaction.
	for _, tc := range []struct {
		kind     misbehave.Kind
		transfer bool
		verdict  uint8
		rule     uint8
	}{
		{misbehave.FeeCredit, true, verdictStateRoot, 0},
		{misbehave.Overdraft, true, verdictInvalidTx, ruleInsufficientFunds},
	} {
		t.Run("staged "+string(tc.kind), func(t *testing.T) {
			fraudRound(t, h, l1, tc.kind, tc.transfer, tc.verdict, tc.rule, "--challenge-tx-bytes", "1")
		})
	}
}

func fraudRound(t *testing.T, h *harness, l1 l1Chain, kind misbehave.Kind, transfer bool, verdict, rule uint8, verifierFlags ...string) {
	fraudRoundWith(t, h, l1, kind, transfer, verdict, rule, nil, verifierFlags...)
}

// fraudRoundWith is fraudRound with more flags for the sequencer (--da).
// The verifier fetches blob batches' blobs from the sequencer's RPC
// (--blob-archive): geth --dev has no beacon API.
func fraudRoundWith(t *testing.T, h *harness, l1 l1Chain, kind misbehave.Kind, transfer bool, verdict, rule uint8, seqFlags []string, verifierFlags ...string) {
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "rollup.json")
	h.mustRun("deploy", "--l1-rpc", l1.HTTP, "--dev-account", "4", "--out", cfgFile, "--challenge-window", "5m")
	seqPort, verPort := freePort(t), freePort(t)
	seqURL, verURL := fmt.Sprintf("http://127.0.0.1:%d", seqPort), fmt.Sprintf("http://127.0.0.1:%d", verPort)
	seq := h.start("sequencer "+string(kind), "serving", append([]string{"node", "--config", cfgFile, "--l1-rpc", l1.HTTP, "--dev-account", "4",
		"--datadir", filepath.Join(dir, "seq"), "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", seqPort), "--block-time", "100ms",
		"--misbehave", string(kind)}, seqFlags...)...)
	defer seq.stop()
	ver := h.start("verifier "+string(kind), "serving", append([]string{"node", "--role", "verifier", "--config", cfgFile, "--l1-rpc", l1.HTTP,
		"--dev-account", fmt.Sprint(challengerAccount), "--datadir", filepath.Join(dir, "ver"), "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", verPort),
		"--blob-archive", seqURL}, verifierFlags...)...)
	defer ver.stop()

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	l1c, err := ethclient.DialContext(ctx, l1.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
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
	var info wire.RollupInfo
	if err := sc.Client().CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
		t.Fatal(err)
	}
	bond, _ := new(big.Int).SetString(info.Bond, 10)

	// The user deposits 1 ETH on L1 and, for the kinds that lie about a
	// transaction, sends 0.1 ETH to bob on L2.
	userKey := devl1.DevKey(1)
	user := crypto.PubkeyToAddress(userKey.PublicKey)
	bob := common.HexToAddress("0x000000000000000000000000000000000000b0b0")
	ether := big.NewInt(1e18)
	tenth := new(big.Int).Div(ether, big.NewInt(10))
	h.mustRun("deposit", "--dev-account", "1", "--amount", "1", "--l1-rpc", l1.HTTP, "--l2-rpc", seqURL, "--timeout", "30s")
	var tx *types.Transaction
	if transfer {
		cfg := core.DevConfig()
		tx, err = types.SignNewTx(userKey, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
			ChainID: cfg.BigChainID(), Nonce: 0, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(2e9),
			Gas: core.TransferGas, To: &bob, Value: tenth,
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := sc.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}

	// The challenger proves the lie on L1.
	var proven *bindings.RollupFraudProven
	waitFor(t, "the fraud proof on L1", 90*time.Second, func() bool {
		logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(info.DeployBlock), Addresses: []common.Address{info.Rollup},
			Topics: [][]common.Hash{{rollupABI.GetABI().Events["FraudProven"].ID}},
		})
		if err != nil || len(logs) == 0 {
			return false
		}
		if proven, err = rollupABI.UnpackFraudProvenEvent(&logs[0]); err != nil {
			t.Fatal(err)
		}
		return true
	})
	if proven.Fraud != verdict || proven.Rule != rule {
		t.Fatalf("FraudProven verdict %d rule %d (tx %s), want verdict %d rule %d", proven.Fraud, proven.Rule, proven.TxIndex, verdict, rule)
	}
	if slices.Contains(seqFlags, "blobs") {
		// The lie was posted in a blob batch.
		logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(info.DeployBlock), Addresses: []common.Address{info.Rollup},
			Topics: [][]common.Hash{{rollupABI.GetABI().Events["BlobBatchSubmitted"].ID}, {common.BigToHash(proven.BatchIndex)}},
		})
		if err != nil || len(logs) == 0 {
			t.Fatalf("batch %s, proven fraudulent, is not a blob batch (%v)", proven.BatchIndex, err)
		}
	}
	if len(verifierFlags) > 0 {
		// Staged: the start, then one chunk per state value.
		if out := ver.out.String(); !strings.Contains(out, "staged challenge started") || !strings.Contains(out, "staged challenge chunk proven") {
			t.Fatalf("the verifier did not prove the block in stages")
		}
	}
	challenger := crypto.PubkeyToAddress(devl1.DevKey(challengerAccount).PublicKey)
	half := new(big.Int).Div(bond, big.NewInt(2))
	if proven.Challenger != challenger || proven.Reward.Cmp(half) != 0 || proven.Burned.Cmp(new(big.Int).Sub(bond, half)) != 0 {
		t.Fatalf("FraudProven %+v: want the challenger %s rewarded %s and %s burned", proven, challenger, half, half)
	}

	// Both nodes go on from the last good block and agree with L1 on the
	// honest chain, which holds the user's deposit and transfer.
	waitFor(t, "the honest chain on L1 and in both nodes", 90*time.Second, func() bool {
		out, err := l1c.CallContract(ctx, ethereum.CallMsg{To: &info.Rollup, Data: rollupABI.PackLatestBlock()}, nil)
		if err != nil {
			return false
		}
		lb, err := rollupABI.UnpackLatestBlock(out)
		if err != nil || lb.Number < proven.BlockNumber {
			return false
		}
		for _, c := range []*ethclient.Client{sc, vc} {
			var blk map[string]any
			if err := c.Client().CallContext(ctx, &blk, "eth_getBlockByNumber", fmt.Sprintf("0x%x", lb.Number), false); err != nil || blk == nil {
				return false
			}
			if blk["hash"] != common.Hash(lb.BlockHash).Hex() {
				return false
			}
		}
		if transfer {
			if r, err := vc.TransactionReceipt(ctx, tx.Hash()); err != nil || r.BlockNumber.Uint64() > lb.Number {
				return false
			}
		}
		vb, err := vc.BalanceAt(ctx, user, nil)
		return err == nil && vb.Sign() > 0
	})
	wantBob := big.NewInt(0)
	if transfer {
		wantBob = tenth
	}
	for name, c := range map[string]*ethclient.Client{"sequencer": sc, "verifier": vc} {
		if b, err := c.BalanceAt(ctx, bob, nil); err != nil || b.Cmp(wantBob) != 0 {
			t.Fatalf("bob on the %s: %v (%v), want %s", name, b, err, wantBob)
		}
		if b, err := c.BalanceAt(ctx, misbehave.Thief, nil); err != nil || b.Sign() != 0 {
			t.Fatalf("the thief on the %s: %v (%v), want nothing", name, b, err)
		}
		want := new(big.Int).Set(ether)
		if transfer {
			want.Sub(want, tenth)
		}
		if b, err := c.BalanceAt(ctx, user, nil); err != nil || b.Cmp(want) > 0 || (!transfer && b.Cmp(want) != 0) {
			t.Fatalf("the user on the %s: %v (%v), want %s less fees", name, b, err, want)
		}
	}
	// The challenger claimed its reward.
	waitFor(t, "the challenger's claim", 30*time.Second, func() bool {
		logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(info.DeployBlock), Addresses: []common.Address{info.Rollup},
			Topics: [][]common.Hash{{rollupABI.GetABI().Events["Claimed"].ID}, {common.BytesToHash(challenger[:])}},
		})
		if err != nil || len(logs) == 0 {
			return false
		}
		ev, err := rollupABI.UnpackClaimedEvent(&logs[0])
		return err == nil && ev.Amount.Cmp(half) == 0
	})
	for _, p := range []*proc{seq, ver} {
		if out := p.out.String(); strings.Contains(out, "level=ERROR") && !strings.Contains(out, "posted block is invalid") {
			t.Fatalf("%s logged an unexpected error:\n%s", p.name, out)
		}
	}
}

// TestForcedWithdrawalWithoutTheSequencer: with the sequencer stopped, a
// user asks for a forced withdrawal on L1 (`viaduct withdraw --forced`);
// once the inclusion window has passed, a verifier started with
// --self-sequence includes it and posts the batch with its own bond; after
// the challenge window `viaduct finalize`, asking that verifier, pays it
// out on L1. The sequencer never comes back.
func TestForcedWithdrawalWithoutTheSequencer(t *testing.T) {
	h := newHarness(t)
	l1 := h.l1()
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "rollup.json")
	h.mustRun("deploy", "--l1-rpc", l1.HTTP, "--dev-account", "4", "--out", cfgFile,
		"--challenge-window", "5s", "--inclusion-window", "5s")
	seqPort, verPort := freePort(t), freePort(t)
	seqURL, verURL := fmt.Sprintf("http://127.0.0.1:%d", seqPort), fmt.Sprintf("http://127.0.0.1:%d", verPort)
	seq := h.start("sequencer", "serving", "node", "--config", cfgFile, "--l1-rpc", l1.HTTP, "--dev-account", "4",
		"--datadir", filepath.Join(dir, "seq"), "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", seqPort), "--block-time", "100ms")
	h.start("verifier", "serving", "node", "--role", "verifier", "--config", cfgFile, "--l1-rpc", l1.HTTP,
		"--dev-account", fmt.Sprint(challengerAccount), "--self-sequence", "--blob-archive", seqURL,
		"--datadir", filepath.Join(dir, "ver"), "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", verPort))

	h.mustRun("deposit", "--dev-account", "1", "--amount", "2", "--l1-rpc", l1.HTTP, "--l2-rpc", seqURL, "--timeout", "30s")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	vc, err := ethclient.DialContext(ctx, verURL)
	if err != nil {
		t.Fatal(err)
	}
	defer vc.Close()
	user := crypto.PubkeyToAddress(devl1.DevKey(1).PublicKey)
	waitFor(t, "the deposit derived by the verifier", 30*time.Second, func() bool {
		b, err := vc.BalanceAt(ctx, user, nil)
		return err == nil && b.Sign() > 0
	})
	seq.stop()

	carol := "0x00000000000000000000000000000000000ca401" // a fresh L1 account
	out := h.mustRun("withdraw", "--forced", "--dev-account", "1", "--amount", "0.5", "--to", carol,
		"--l1-rpc", l1.HTTP, "--l2-rpc", verURL, "--timeout", "90s")
	m := regexp.MustCompile(`included in L2 block (\d+) as withdrawal (\d+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("withdraw --forced printed:\n%s", out)
	}
	out = h.mustRun("finalize", "--dev-account", "3", "--block", m[1], "--index", m[2],
		"--l1-rpc", l1.HTTP, "--l2-rpc", verURL, "--timeout", "90s")
	if !strings.Contains(out, "finalized: "+common.HexToAddress(carol).Hex()+" paid 0.5 ETH") {
		t.Fatalf("finalize printed:\n%s", out)
	}
	l1c, err := ethclient.DialContext(ctx, l1.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	if b, err := l1c.BalanceAt(ctx, common.HexToAddress(carol), nil); err != nil || b.Cmp(big.NewInt(5e17)) != 0 {
		t.Fatalf("carol holds %v on L1 (%v), want 0.5 ETH", b, err)
	}
}
