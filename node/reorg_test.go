package node

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
)

// reorgEnv is a sequencer (with its batcher) and a verifier on an
// in-process L1 that a test reorganises.
type reorgEnv struct {
	t        *testing.T
	ctx      context.Context
	l1       *devl1.Chain
	rollup   *l1.Rollup
	seq, ver *Node
	seqCfg   Config
}

func startReorgEnv(t *testing.T) *reorgEnv {
	t.Helper()
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	t.Cleanup(cancel)
	seqKey := devl1.DevKey(4)
	addr, deployBlock, err := chain.DeployRollup(ctx, devl1.DevKey(0), rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey)))
	if err != nil {
		t.Fatal(err)
	}
	base := Config{
		L1: chain.Client, Rollup: addr, DeployBlock: deployBlock, L2: core.DevConfig(),
		RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, Log: testLog(t),
		BlockInterval: 50 * time.Millisecond, FeeRecipient: common.HexToAddress("0xfee"),
	}
	base.Batch.Interval = 200 * time.Millisecond
	inTestDA(t, &base, chain)
	e := &reorgEnv{t: t, ctx: ctx, l1: chain, rollup: &l1.Rollup{Client: chain.Client, Address: addr}}
	for _, role := range []string{RoleSequencer, RoleVerifier} {
		cfg := base
		cfg.Role, cfg.DataDir = role, t.TempDir()
		if role == RoleSequencer {
			cfg.BatcherKey = seqKey
			e.seqCfg = cfg
		}
		n, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		if role == RoleSequencer {
			e.seq = n
			t.Cleanup(func() { e.seq.Stop(context.Background()) })
		} else {
			e.ver = n
			t.Cleanup(func() { n.Stop(context.Background()) })
		}
	}
	return e
}

// deposit deposits wei for key's address on L1 and returns the L1 block.
func (e *reorgEnv) deposit(i int, wei *big.Int) uint64 {
	e.t.Helper()
	k := devl1.DevKey(i)
	r, err := e.l1.Send(e.ctx, k, &e.rollup.Address, bindings.NewRollup().PackDepositETH(crypto.PubkeyToAddress(k.PublicKey)), wei)
	if err != nil {
		e.t.Fatal(err)
	}
	return r.BlockNumber.Uint64()
}

// transfer sends value from dev key i to `to` on L2 (straight into the
// sequencer's mempool, as the RPC does) and waits for its block.
func (e *reorgEnv) transfer(i int, nonce uint64, to common.Address, value int64) *types.Transaction {
	e.t.Helper()
	cfg := core.DevConfig()
	tx, err := types.SignNewTx(devl1.DevKey(i), types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: core.TransferGas, To: &to, Value: big.NewInt(value),
	})
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.seq.Pool.Add(tx); err != nil {
		e.t.Fatal(err)
	}
	waitFor(e.t, "the transfer in a block", 20*time.Second, func() bool {
		_, _, err := e.seq.Chain.TxLocation(tx.Hash())
		return err == nil
	})
	return tx
}

// agree waits until L1 holds the sequencer's head and the verifier has
// derived it, then checks they agree block by block.
func (e *reorgEnv) agree(what string) {
	e.t.Helper()
	var agreed uint64 // the head they agree on: the sequencer may seal more meanwhile
	waitFor(e.t, what, 60*time.Second, func() bool {
		head := e.seq.Chain.Head()
		lb, err := e.rollup.LatestBlock(e.ctx, nil)
		agreed = head.Number
		return err == nil && lb.Number == head.Number && common.Hash(lb.BlockHash) == head.Hash() &&
			e.ver.Chain.Head().Hash() == head.Hash()
	})
	if inv := e.ver.Flagged(); inv != nil {
		e.t.Fatalf("verifier flagged block %d: %v", inv.Number, inv.Err)
	}
	for n := uint64(1); n <= agreed; n++ {
		a, _ := e.seq.Chain.BlockByNumber(n)
		b, err := e.ver.Chain.BlockByNumber(n)
		if err != nil || a.Hash() != b.Hash() {
			e.t.Fatalf("%s: block %d differs between sequencer and verifier (%v)", what, n, err)
		}
	}
}

func (e *reorgEnv) balance(n *Node, i int) *big.Int {
	e.t.Helper()
	a, err := n.Chain.State().Account(crypto.PubkeyToAddress(devl1.DevKey(i).PublicKey))
	if err != nil {
		e.t.Fatal(err)
	}
	return a.Balance.ToBig()
}

// reorgFrom replaces L1 from block n on (dropping its transactions).
func (e *reorgEnv) reorgFrom(n uint64) {
	e.t.Helper()
	if _, err := e.l1.ReorgFrom(e.ctx, n, true); err != nil {
		e.t.Fatal(err)
	}
}

// restartSequencer starts a new sequencer on the stopped one's data
// directory and makes it e.seq.
func (e *reorgEnv) restartSequencer() *Node {
	e.t.Helper()
	seq, err := New(e.seqCfg)
	if err != nil {
		e.t.Fatal(err)
	}
	e.seq = seq
	if err := seq.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	return seq
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// TestL1ReorgUnderADepositIsUnappliedAndRederived: alice's deposit is
// applied on L2, she pays bob from it, the blocks are posted and derived.
// Then an L1 reorg removes the deposit (and the batch after it). The
// sequencer takes the deposit back and re-sequences her transfer, which now
// fails; the batcher posts the new blocks; the verifier takes back what it
// derived and derives them. A new deposit is credited once, on both.
func TestL1ReorgUnderADepositIsUnappliedAndRederived(t *testing.T) {
	e := startReorgEnv(t)
	carol := 3 // an earlier deposit that the reorg leaves alone
	e.deposit(carol, ether(2))
	waitFor(t, "carol's deposit on L2", 20*time.Second, func() bool { return e.balance(e.seq, carol).Cmp(ether(2)) == 0 })
	alice := 1
	depBlock := e.deposit(alice, ether(5))
	waitFor(t, "alice's deposit on L2", 20*time.Second, func() bool { return e.balance(e.seq, alice).Cmp(ether(5)) == 0 })
	bob := common.HexToAddress("0xb0b")
	pay := e.transfer(alice, 0, bob, 1e18)
	e.agree("the deposit and the transfer posted and derived")

	e.reorgFrom(depBlock)
	waitFor(t, "the sequencer to take the deposit back", 30*time.Second, func() bool {
		return e.seq.Chain.Head().QueueCursor == 1
	})
	if _, _, err := e.seq.Chain.TxLocation(pay.Hash()); err == nil {
		t.Fatal("alice's transfer, paid by a deposit that is gone, is still in the chain")
	}
	e.agree("the chain without the deposit posted and derived")
	for _, n := range []*Node{e.seq, e.ver} {
		if e.balance(n, alice).Sign() != 0 || e.balance(n, carol).Cmp(ether(2)) != 0 {
			t.Fatalf("%s: alice %s, carol %s after the reorg; want 0 and 2 ETH", n.cfg.Role, e.balance(n, alice), e.balance(n, carol))
		}
		if a, _ := n.Chain.State().Account(bob); !a.Balance.IsZero() {
			t.Fatalf("%s: bob keeps %s", n.cfg.Role, a.Balance.Dec())
		}
	}
	if e.ver.rewinds() == 0 {
		t.Fatal("the verifier never took blocks back")
	}

	// Alice deposits again: credited once.
	e.deposit(alice, ether(3))
	// In a block: the chain's state shows a block's effects a moment
	// before its head names it, so the balance alone is not enough.
	waitFor(t, "alice's new deposit", 20*time.Second, func() bool { return e.seq.Chain.Head().QueueCursor == 2 })
	e.agree("the new deposit posted and derived")
	for _, n := range []*Node{e.seq, e.ver} {
		if got := e.balance(n, alice); got.Cmp(ether(3)) != 0 {
			t.Fatalf("%s: alice has %s, want 3 ETH", n.cfg.Role, got)
		}
	}
}

// TestL1ReorgUnderAPostedBatchIsPostedAgain: the batch holding alice's
// transfer is removed by an L1 reorg (the deposit before it stays). The
// sequencer's chain does not change; the batcher posts the blocks again,
// once; the verifier follows (taking its blocks back and deriving them
// again). Nothing is credited twice.
func TestL1ReorgUnderAPostedBatchIsPostedAgain(t *testing.T) {
	e := startReorgEnv(t)
	alice := 1
	e.deposit(alice, ether(5))
	waitFor(t, "alice's deposit on L2", 20*time.Second, func() bool { return e.balance(e.seq, alice).Cmp(ether(5)) == 0 })
	e.agree("the deposit posted and derived")
	bob := common.HexToAddress("0xb0b")
	pay := e.transfer(alice, 0, bob, 1e18)
	txBlock, _, err := e.seq.Chain.TxLocation(pay.Hash())
	if err != nil {
		t.Fatal(err)
	}
	e.agree("the transfer posted and derived")
	// Where L1 holds the transfer's block, as the sequencer's follower read it.
	var rec l1.BatchRecord
	waitFor(t, "the follower to read the transfer's batch", 20*time.Second, func() bool {
		var err error
		rec, err = e.seq.Follower.Snapshot().BatchOf(txBlock)
		return err == nil
	})
	batchL1, removedHash := rec.L1Block, rec.L1Hash
	seqHead := e.seq.Chain.Head()
	rewinds := e.ver.rewinds()

	e.reorgFrom(batchL1)
	lb, err := e.rollup.LatestBlock(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if lb.Number >= txBlock {
		t.Fatalf("the reorg left block %d on L1", lb.Number)
	}
	e.agree("the blocks posted again and derived")
	if e.seq.Chain.Head().Hash() != seqHead.Hash() {
		t.Fatal("the sequencer's chain changed though no queue item did")
	}
	// The blocks are on L1 again in a batch of the new branch. (The verifier
	// usually takes its blocks back first; if one of its steps straddled the
	// reorg and the re-post, it may find L1 holding the very blocks it has,
	// and keep them: either way it ends up with what L1 holds.)
	var again l1.BatchRecord
	waitFor(t, "the follower to read the batch posted again", 20*time.Second, func() bool {
		var err error
		again, err = e.seq.Follower.Snapshot().BatchOf(txBlock)
		return err == nil && again.L1Hash != removedHash
	})
	if again.L1Block < batchL1 || again.L1Hash == removedHash {
		t.Fatalf("block %d is in L1 block %d, not in the new branch", txBlock, again.L1Block)
	}
	t.Logf("verifier rewinds: %d before the reorg, %d after", rewinds, e.ver.rewinds())
	for _, n := range []*Node{e.seq, e.ver} {
		if a, _ := n.Chain.State().Account(bob); a.Balance.Uint64() != 1e18 {
			t.Fatalf("%s: bob has %s, want 1 ETH", n.cfg.Role, a.Balance.Dec())
		}
	}
}

// TestL1ReorgWhileTheSequencerIsStoppedIsCaughtAtStart: the sequencer
// applies alice's deposit and stops; an L1 reorg removes the deposit; the
// restarted sequencer (whose watcher never saw the old chain) finds it
// applied more queue items than L1 holds and takes them back. The verifier
// follows.
func TestL1ReorgWhileTheSequencerIsStoppedIsCaughtAtStart(t *testing.T) {
	e := startReorgEnv(t)
	carol, alice := 3, 1
	e.deposit(carol, ether(2))
	depBlock := e.deposit(alice, ether(5))
	waitFor(t, "the deposits on L2", 20*time.Second, func() bool { return e.balance(e.seq, alice).Cmp(ether(5)) == 0 })
	e.agree("the deposits posted and derived")
	if err := e.seq.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	e.reorgFrom(depBlock)
	seq := e.restartSequencer()
	// If one block applied both deposits, the sequencer took it back whole
	// and applies carol's again in a new block: wait for that.
	if c := seq.Chain.Head().QueueCursor; c > 1 {
		t.Fatalf("restarted sequencer's queue cursor %d, want at most 1 (carol's deposit only)", c)
	}
	waitFor(t, "carol's deposit applied again", 20*time.Second, func() bool { return seq.Chain.Head().QueueCursor == 1 })
	if e.balance(seq, alice).Sign() != 0 || e.balance(seq, carol).Cmp(ether(2)) != 0 {
		t.Fatalf("after the restart alice has %s, carol %s", e.balance(seq, alice), e.balance(seq, carol))
	}
	e.agree("the chain without alice's deposit posted and derived")
}

// TestL1ReorgReplacingADepositWhileTheSequencerIsStoppedIsCaughtAtStart:
// the sequencer applies alice's deposit (queue item 1) and stops; an L1
// reorg removes it and dave's deposit takes index 1, so L1 holds as many
// items as the chain applied. The restarted sequencer compares what it
// applied with what L1 holds, takes alice's deposit back and applies
// dave's; the verifier agrees.
func TestL1ReorgReplacingADepositWhileTheSequencerIsStoppedIsCaughtAtStart(t *testing.T) {
	e := startReorgEnv(t)
	carol, alice, dave := 3, 1, 2
	e.deposit(carol, ether(2))
	waitFor(t, "carol's deposit on L2", 20*time.Second, func() bool { return e.balance(e.seq, carol).Cmp(ether(2)) == 0 })
	depBlock := e.deposit(alice, ether(5))
	waitFor(t, "alice's deposit on L2", 20*time.Second, func() bool { return e.balance(e.seq, alice).Cmp(ether(5)) == 0 })
	e.agree("the deposits posted and derived")
	if err := e.seq.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	e.reorgFrom(depBlock)
	e.deposit(dave, ether(3))
	rabi := bindings.NewRollup()
	out, err := e.l1.Client.CallContract(e.ctx, ethereum.CallMsg{To: &e.rollup.Address, Data: rabi.PackQueueLength()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := rabi.UnpackQueueLength(out); err != nil || n.Uint64() != 2 {
		t.Fatalf("L1 queue length %v (%v), want 2: dave's deposit in alice's place", n, err)
	}
	seq := e.restartSequencer()
	waitFor(t, "dave's deposit applied in alice's place", 20*time.Second, func() bool {
		return e.balance(seq, dave).Cmp(ether(3)) == 0
	})
	if e.balance(seq, alice).Sign() != 0 || e.balance(seq, carol).Cmp(ether(2)) != 0 {
		t.Fatalf("after the restart alice has %s, carol %s", e.balance(seq, alice), e.balance(seq, carol))
	}
	e.agree("the chain with dave's deposit posted and derived")
}
