package node

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
)

// testLog is the nodes' logger in a test: to stderr with -v; otherwise
// kept, and printed (its last 256 KiB) if the test fails, so that a
// failure seen once under load comes with what the nodes did.
func testLog(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	w := &tailBuffer{max: 256 << 10}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("the nodes' log (its end):\n%s", w.String())
		}
	})
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// tailBuffer keeps the last max bytes written to it (about: it drops the
// older half when full).
type tailBuffer struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (w *tailBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.b = append(w.b, p...)
	if len(w.b) > w.max {
		w.b = append(w.b[:0], w.b[len(w.b)-w.max/2:]...)
	}
	return len(p), nil
}

func (w *tailBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return string(w.b)
}

func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestConfigCheckNamesTheField(t *testing.T) {
	good := Config{Role: RoleVerifier, DataDir: "x", L1: nil, Rollup: common.HexToAddress("0x1"), L2: core.DevConfig(), RPCAddr: "127.0.0.1:0", Log: slog.Default()}
	for _, tc := range []struct {
		name   string
		mutate func(c *Config)
	}{
		{"Role", func(c *Config) { c.Role = "miner" }},
		{"DataDir", func(c *Config) { c.DataDir = "" }},
		{"L1", func(c *Config) {}},
		{"BatcherKey", func(c *Config) { c.L1 = &ethclient.Client{}; c.Role = RoleSequencer }},
		{"RPCAddr", func(c *Config) { c.L1 = &ethclient.Client{}; c.RPCAddr = "nope" }},
		{"StateCacheDepth", func(c *Config) { c.L1 = &ethclient.Client{}; c.StateCacheDepth = 65 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := good
			tc.mutate(&c)
			err := c.Check()
			if err == nil || !strings.Contains(err.Error(), tc.name) {
				t.Fatalf("Check = %v, want an error naming %s", err, tc.name)
			}
		})
	}
}

// TestSequencerBatcherAndVerifierAgree runs the whole L2 on an in-process
// L1: a deposit on L1 reaches L2, a transfer through the RPC is sequenced
// and posted, a verifier derives the same chain from L1 alone, and a
// restarted sequencer resumes where it was.
func TestSequencerBatcherAndVerifierAgree(t *testing.T) {
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	seqKey := devl1.DevKey(4)
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
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
	inTestDA(t, &base, chain)
	seqCfg := base
	seqCfg.Role, seqCfg.DataDir, seqCfg.BatcherKey = RoleSequencer, t.TempDir(), seqKey
	seq, err := New(seqCfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer func() { seq.Stop(context.Background()) }()

	// Deposit 5 ETH on L1 for alice.
	alice := devl1.DevKey(1)
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	five := new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))
	if _, err := chain.Send(ctx, alice, &addr, bindings.NewRollup().PackDepositETH(aliceAddr), five); err != nil {
		t.Fatal(err)
	}
	ec, err := ethclient.Dial("http://" + seq.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	waitFor(t, "the deposit on L2", 20*time.Second, func() bool {
		b, err := ec.BalanceAt(ctx, aliceAddr, nil)
		return err == nil && b.Cmp(five) == 0
	})
	// Transfer on L2 through the RPC.
	bob := common.HexToAddress("0xb0b")
	tx, err := types.SignNewTx(alice, types.LatestSignerForChainID(core.DevConfig().BigChainID()), &types.DynamicFeeTx{
		ChainID: core.DevConfig().BigChainID(), Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: core.TransferGas, To: &bob, Value: big.NewInt(1e18),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	var txBlock uint64
	waitFor(t, "the transfer's receipt", 10*time.Second, func() bool {
		r, err := ec.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			txBlock = r.BlockNumber.Uint64()
		}
		return err == nil
	})
	waitFor(t, "the transfer's block to be posted to L1", 20*time.Second, func() bool {
		return seq.Engine.SafeBlock() >= txBlock
	})
	r := &l1.Rollup{Client: chain.Client, Address: addr}
	lb, err := r.LatestBlock(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	posted, err := seq.Chain.BlockByNumber(lb.Number)
	if err != nil || posted.Hash() != common.Hash(lb.BlockHash) {
		t.Fatalf("L1 holds block %d %x, the sequencer %v (%v)", lb.Number, lb.BlockHash, posted, err)
	}

	// A verifier derives the same chain from L1 alone.
	verCfg := base
	verCfg.Role, verCfg.DataDir = RoleVerifier, t.TempDir()
	ver, err := New(verCfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := ver.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer ver.Stop(context.Background())
	waitFor(t, "the verifier to derive the posted blocks", 20*time.Second, func() bool {
		return ver.Chain.Head().Number >= txBlock
	})
	if inv := ver.Flagged(); inv != nil {
		t.Fatalf("verifier flagged block %d: %v", inv.Number, inv.Err)
	}
	for n := uint64(1); n <= txBlock; n++ {
		a, _ := seq.Chain.BlockByNumber(n)
		b, err := ver.Chain.BlockByNumber(n)
		if err != nil || a.Hash() != b.Hash() {
			t.Fatalf("block %d: sequencer %s, verifier %v (%v)", n, a.Hash(), b, err)
		}
	}
	vc, err := ethclient.Dial("http://" + ver.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer vc.Close()
	if b, err := vc.BalanceAt(ctx, bob, nil); err != nil || b.Cmp(big.NewInt(1e18)) != 0 {
		t.Fatalf("bob on the verifier: %v, %v", b, err)
	}
	if err := vc.SendTransaction(ctx, tx); err == nil {
		t.Fatal("the verifier accepted a transaction")
	}
	for _, nd := range []*Node{seq, ver} {
		resp, err := http.Get("http://" + nd.RPCAddr() + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, want := range []string{fmt.Sprintf("viaduct_l2_head %d", nd.Chain.Head().Number), "viaduct_txs_stored 1", "viaduct_l2_safe "} {
			if !strings.Contains(string(body), want) {
				t.Fatalf("%s metrics lack %q:\n%s", nd.cfg.Role, want, body)
			}
		}
	}

	// The sequencer restarts where it was and goes on.
	head := seq.Chain.Head()
	if err := seq.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	seq, err = New(seqCfg)
	if err != nil {
		t.Fatal(err)
	}
	if seq.Chain.Head().Hash() != head.Hash() {
		t.Fatalf("restarted at %d, was at %d", seq.Chain.Head().Number, head.Number)
	}
	if err := seq.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := chain.Send(ctx, alice, &addr, bindings.NewRollup().PackDepositETH(bob), five); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "a block after the restart to be posted and derived", 20*time.Second, func() bool {
		return seq.Chain.Head().Number > head.Number && ver.Chain.Head().Number == seq.Chain.Head().Number
	})
	if inv := ver.Flagged(); inv != nil {
		t.Fatalf("verifier flagged block %d: %v", inv.Number, inv.Err)
	}
}

// batcherConfig is a test sequencer's batcher: posting in testDA.
func batcherConfig(interval time.Duration) batcher.Config {
	return batcher.Config{Interval: interval, DA: testDA}
}

// rewinds is how many times the node's chain was taken back to follow L1.
func (n *Node) rewinds() uint64 {
	r, _ := n.Syncer.Counts()
	return r
}

// TestDataDirInUseIsNamed: a second node on the data directory of a
// running one, in another process or in this one, is refused with an error
// that says so, not with the lock's "resource temporarily unavailable".
func TestDataDirInUseIsNamed(t *testing.T) {
	if dir := os.Getenv("VIADUCT_TEST_HOLD_DATADIR"); dir != "" {
		// The other process: hold the directory until killed.
		cfg := Config{Role: RoleVerifier, DataDir: dir, L1: &ethclient.Client{}, Rollup: common.HexToAddress("0x1"),
			L2: core.DevConfig(), RPCAddr: "127.0.0.1:0", Log: testLog(t)}
		if _, err := New(cfg); err != nil {
			t.Fatal(err)
		}
		fmt.Println("holding")
		select {}
	}
	chain, err := devl1.Start(devl1.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	cfg := Config{
		Role: RoleVerifier, DataDir: t.TempDir(), L1: chain.Client, Rollup: common.HexToAddress("0x1"),
		L2: core.DevConfig(), RPCAddr: "127.0.0.1:0", Log: testLog(t),
	}
	check := func(who string) {
		t.Helper()
		_, err := New(cfg)
		if !errors.Is(err, ErrDataDirInUse) || !strings.Contains(err.Error(), "in use by another viaduct process") || !strings.Contains(err.Error(), cfg.DataDir) {
			t.Fatalf("a node on a data directory %s holds: %v", who, err)
		}
	}
	other := exec.Command(os.Args[0], "-test.run=^TestDataDirInUseIsNamed$")
	other.Env = append(os.Environ(), "VIADUCT_TEST_HOLD_DATADIR="+cfg.DataDir)
	out, err := other.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { other.Process.Kill(); other.Wait() }()
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || !strings.Contains(line, "holding") {
		t.Fatalf("the other process: %q, %v", line, err)
	}
	check("another process")
	other.Process.Kill()
	other.Wait()
	first, err := New(cfg)
	if err != nil {
		t.Fatalf("the directory once the other process is gone: %v", err)
	}
	defer first.Stop(context.Background())
	check("this process")
}
