package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync/atomic"
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
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/wire"
)

// TestForcedWithdrawalWithoutTheSequencer: the sequencer stops; a user asks
// for a forced withdrawal on L1; once the inclusion window has passed, a
// verifier with a bond includes it itself and posts the batch; after the
// challenge window the withdrawal is paid on L1. No sequencer took part.
// Then the sequencer comes back, adopts the verifier's blocks and goes on.
func TestForcedWithdrawalWithoutTheSequencer(t *testing.T) {
	f := newForcedNet(t, 3, nil)
	ctx, chain, addr, seqCfg, seq, ver := f.ctx, f.chain, f.addr, f.seqCfg, f.seq, f.ver
	backupKey, aliceKey, alice, rollup := f.backupKey, f.aliceKey, f.alice, f.rollup
	r := bindings.NewRollup()
	ether := big.NewInt(1e18)
	if err := seq.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	// (Whether the inclusion window is still closed here depends on how
	// long the stop took; the Rollup refuses a batch from any other key
	// while it is, so the verifier's post below proves it had opened.)

	carol := common.HexToAddress("0x00000000000000000000000000000000000ca401") // a fresh L1 account
	two := new(big.Int).Mul(big.NewInt(2), ether)
	if _, err := chain.Send(ctx, aliceKey, &addr, r.PackRequestWithdrawal(carol, common.Address{}, two), nil); err != nil {
		t.Fatal(err)
	}
	var at uint64
	waitFor(t, "the forced withdrawal in a block the verifier posted", 40*time.Second, func() bool {
		head := ver.Chain.Head()
		if head.QueueCursor < 2 {
			return false
		}
		for b := head.Number; b > 0 && at == 0; b-- {
			blk, err := ver.Chain.BlockByNumber(b)
			if err != nil {
				t.Fatal(err)
			}
			if len(blk.Withdrawals) == 1 && blk.Withdrawals[0].Recipient == carol {
				at = b
			}
		}
		lb, err := rollup.LatestBlock(ctx, nil)
		return at != 0 && err == nil && lb.Number >= at
	})
	count, err := rollup.BatchCount(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	batch, err := rollup.GetBatch(ctx, count-1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if batch.Submitter != crypto.PubkeyToAddress(backupKey.PublicKey) {
		t.Fatalf("the last batch was posted by %s, want the verifier's key", batch.Submitter)
	}

	vc, err := ethclient.Dial("http://" + ver.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer vc.Close()
	var w wire.WithdrawalProof
	waitFor(t, "the challenge window to pass", 30*time.Second, func() bool {
		if err := vc.Client().CallContext(ctx, &w, "viaduct_getWithdrawal", hexU(at), hexU(0)); err != nil {
			t.Fatal(err)
		}
		return w.Finalizable
	})
	before, err := chain.Client.BalanceAt(ctx, carol, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.Send(ctx, devl1.DevKey(3), &addr, w.FinalizeInput, nil); err != nil {
		t.Fatal(err)
	}
	after, err := chain.Client.BalanceAt(ctx, carol, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Cmp(two) != 0 {
		t.Fatalf("carol was paid %s, want %s", got, two)
	}
	if inv := ver.Flagged(); inv != nil {
		t.Fatalf("the verifier flagged its own block %d: %v", inv.Number, inv.Err)
	}

	// The sequencer comes back: it adopts the blocks the verifier posted
	// (its own first block on restart, sealed from the same queue item,
	// is not L1's and goes) and sequences again on top of them.
	seq, err = New(seqCfg)
	if err != nil {
		t.Fatal(err)
	}
	// Before it reads L1's batches, it seals its own block 2 from the same
	// queue item, as a sequencer coming back does.
	if err := seq.Follower.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if own, err := seq.driver.seq.Seal(seq.Follower.Snapshot()); err != nil || own == nil || own.Header.Number != at || own.Hash() == w.BlockHash {
		t.Fatalf("the sequencer's own block: %v, %v", own, err)
	}
	if err := seq.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer seq.Stop(context.Background())
	sc, err := ethclient.Dial("http://" + seq.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer sc.Close()
	waitFor(t, "the sequencer to adopt L1's blocks", 30*time.Second, func() bool {
		lb, err := rollup.LatestBlock(ctx, nil)
		if err != nil || lb.Number < at {
			return false
		}
		b, err := seq.Chain.BlockByNumber(lb.Number)
		return err == nil && b.Hash() == common.Hash(lb.BlockHash)
	})
	tx, err := types.SignNewTx(aliceKey, types.LatestSignerForChainID(core.DevConfig().BigChainID()), &types.DynamicFeeTx{
		ChainID: core.DevConfig().BigChainID(), Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: core.TransferGas, To: &carol, Value: ether,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := sc.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the transfer posted by the sequencer and derived by the verifier", 30*time.Second, func() bool {
		r, err := sc.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return false
		}
		vb, err := ver.Chain.BlockByNumber(r.BlockNumber.Uint64())
		return err == nil && vb.Hash() == r.BlockHash
	})
	if b, err := vc.BalanceAt(ctx, alice, nil); err != nil || b.Cmp(new(big.Int).Mul(big.NewInt(2), ether)) > 0 {
		t.Fatalf("alice on the verifier: %v (%v), want at most 5 - 2 - 1 ETH", b, err)
	}
}

// forcedNet is an L1 with a Rollup of the given inclusion window (L1
// seconds), a sequencer (still running: the test stops it) that has
// applied alice's deposit of 5 ETH, and a verifier with a bond that
// self-sequences, reaching L1 through wrap(the L1 client) (wrap nil:
// directly).
type forcedNet struct {
	ctx               context.Context
	chain             *devl1.Chain
	addr              common.Address
	rollup            *l1.Rollup
	seqCfg            Config
	seq, ver          *Node
	seqKey, backupKey *ecdsa.PrivateKey
	aliceKey          *ecdsa.PrivateKey
	alice             common.Address
}

func newForcedNet(t *testing.T, window uint64, wrap func(l1.Client) l1.Client) *forcedNet {
	t.Helper()
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	f := &forcedNet{ctx: ctx, chain: chain, seqKey: devl1.DevKey(4), backupKey: devl1.DevKey(2), aliceKey: devl1.DevKey(1)}
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(f.seqKey.PublicKey))
	rcfg.InclusionWindow, rcfg.ChallengeWindow = window, 2
	var deployBlock uint64
	if f.addr, deployBlock, err = chain.DeployRollup(ctx, devl1.DevKey(0), rcfg); err != nil {
		t.Fatal(err)
	}
	f.rollup = &l1.Rollup{Client: chain.Client, Address: f.addr}
	base := Config{
		L1: chain.Client, Rollup: f.addr, DeployBlock: deployBlock, L2: core.DevConfig(),
		RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, Log: testLog(t),
		BlockInterval: 50 * time.Millisecond, FeeRecipient: crypto.PubkeyToAddress(f.seqKey.PublicKey),
	}
	base.Batch.Interval = 200 * time.Millisecond
	inTestDA(t, &base, chain)
	f.seqCfg = base
	f.seqCfg.Role, f.seqCfg.DataDir, f.seqCfg.BatcherKey = RoleSequencer, t.TempDir(), f.seqKey
	if f.seq, err = New(f.seqCfg); err != nil {
		t.Fatal(err)
	}
	if err := f.seq.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.seq.Stop(context.Background()) })
	verCfg := base
	verCfg.Role, verCfg.DataDir, verCfg.L1Key, verCfg.SelfSequence = RoleVerifier, t.TempDir(), f.backupKey, true
	if wrap != nil {
		verCfg.L1 = wrap(chain.Client)
	}
	if f.ver, err = New(verCfg); err != nil {
		t.Fatal(err)
	}
	if err := f.ver.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.ver.Stop(context.Background()) })
	f.alice = crypto.PubkeyToAddress(f.aliceKey.PublicKey)
	five := new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))
	if _, err := chain.Send(ctx, f.aliceKey, &f.addr, bindings.NewRollup().PackDepositETH(f.alice), five); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the deposit derived by the verifier", 20*time.Second, func() bool {
		return f.ver.Chain.Head().QueueCursor == 1
	})
	return f
}

// TestCensoringSequencerCannotStopAForcedWithdrawal: the sequencer will not
// include alice's forced withdrawal; it posts valid empty blocks on L1's
// latest that leave the queue cursor at the withdrawal, and used to do so
// past the inclusion window too, front-running the self-sequencing
// verifier each time. Now, once the withdrawal is past the window, L1
// refuses the censor's block (ForcedInclusionSkipped), and the verifier's
// block with the withdrawal gets in. The verifier's batches are held back
// (heldBatches) until the censor has tried, so the censor always gets the
// first move after the window, as a front-runner would.
func TestCensoringSequencerCannotStopAForcedWithdrawal(t *testing.T) {
	const window = 20 // L1 seconds: the censor's first block lands inside it
	hold := &heldBatches{}
	hold.held.Store(true)
	f := newForcedNet(t, window, func(c l1.Client) l1.Client { hold.Client = c; return hold })
	ctx := f.ctx
	if err := f.seq.Stop(context.Background()); err != nil { // its key censors from here on
		t.Fatal(err)
	}
	carol := common.HexToAddress("0x00000000000000000000000000000000000ca402")
	two := new(big.Int).Mul(big.NewInt(2), big.NewInt(1e18))
	rc, err := f.chain.Send(ctx, f.aliceKey, &f.addr, bindings.NewRollup().PackRequestWithdrawal(carol, common.Address{}, two), nil)
	if err != nil {
		t.Fatal(err)
	}
	added, err := f.chain.Client.HeaderByNumber(ctx, rc.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	expiry := added.Time + window
	post := func() (*core.Header, error) {
		lb, err := f.rollup.LatestBlock(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		head, err := f.chain.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		empty := &core.Header{
			ParentHash: lb.BlockHash, Number: lb.Number + 1, Timestamp: head.Time,
			TxDataHash: core.EmptyTxDataHash, StateRoot: lb.StateRoot, QueueCursor: lb.Cursor,
		}
		_, err = f.chain.Send(ctx, f.seqKey, &f.addr, bindings.NewRollup().PackSubmitBatch(rollup.BatchArg([]rollup.Block{{Header: empty}})), f.bond(t))
		return empty, err
	}
	// Inside the window the censor's block is valid, and the verifier
	// derives it.
	h, err := post()
	if err != nil {
		t.Fatalf("the censor's block inside the window: %v", err)
	}
	waitFor(t, "the verifier to derive the censor's block", 20*time.Second, func() bool {
		b, err := f.ver.Chain.BlockByNumber(h.Number)
		return err == nil && b.Hash() == h.Hash()
	})
	waitFor(t, "the withdrawal's window to pass on L1", 30*time.Second, func() bool {
		head, err := f.chain.Client.HeaderByNumber(ctx, nil)
		return err == nil && head.Time > expiry
	})
	h, err = post()
	if name := l1.RevertName(err); name != "ForcedInclusionSkipped" {
		t.Fatalf("the censor's block %d past the window: %v (%q), want ForcedInclusionSkipped", h.Number, err, name)
	}
	hold.held.Store(false)
	var at uint64
	waitFor(t, "the forced withdrawal in a block the verifier posted", 40*time.Second, func() bool {
		lb, err := f.rollup.LatestBlock(ctx, nil)
		if err != nil || lb.Cursor < 2 {
			return false
		}
		for b := lb.Number; b > 0 && at == 0; b-- {
			blk, err := f.ver.Chain.BlockByNumber(b)
			if err != nil {
				return false
			}
			if len(blk.Withdrawals) == 1 && blk.Withdrawals[0].Recipient == carol {
				at = b
			}
		}
		return at != 0
	})
	if err := f.ver.Follower.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	rec, err := f.ver.Follower.Snapshot().BatchOf(at)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Submitter != crypto.PubkeyToAddress(f.backupKey.PublicKey) {
		t.Fatalf("block %d with the withdrawal was posted by %s, want the verifier", at, rec.Submitter)
	}
}

// heldBatches is an L1 client that refuses submitBatch transactions while
// held: a self-sequencer on it cannot post.
type heldBatches struct {
	l1.Client
	held atomic.Bool
}

var submitBatchID = bindings.NewRollup().GetABI().Methods["submitBatch"].ID

func (h *heldBatches) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if d := tx.Data(); h.held.Load() && len(d) >= 4 && bytes.Equal(d[:4], submitBatchID) {
		return errors.New("test: batches are held")
	}
	return h.Client.SendTransaction(ctx, tx)
}

func (f *forcedNet) bond(t *testing.T) *big.Int {
	t.Helper()
	b, err := f.rollup.Bond(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (f *forcedNet) l1Head(t *testing.T) uint64 {
	t.Helper()
	n, err := f.chain.Client.BlockNumber(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
