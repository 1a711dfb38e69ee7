package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"

	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/state"
)

// thief is credited by the test's lie.
var thief = common.HexToAddress("0x7417")

// mintLie credits the thief 1,000 ETH in the first block with a
// transaction: a block whose state root no honest execution gives.
func mintLie(_ state.Reader, _ []core.QueueItem, o *core.Outcome) (*core.Outcome, bool, error) {
	if len(o.Txs) == 0 {
		return nil, false, nil
	}
	lie := *o
	lie.Diff = &state.Diff{Accounts: map[common.Address]state.Account{}, Tokens: o.Diff.Tokens}
	for a, v := range o.Diff.Accounts {
		lie.Diff.Accounts[a] = v
	}
	acct := lie.Diff.Accounts[thief]
	acct.Balance.Add(&acct.Balance, uint256.MustFromDecimal("1000000000000000000000"))
	lie.Diff.Accounts[thief] = acct
	return &lie, true, nil
}

// TestFraudProofRevertsTheLieAndTheNodesConverge: a sequencer posts a block
// with a wrong state root; the verifier flags it and its challenger proves
// it on L1; the Rollup reverts the batch and pays the challenger half the
// bond; the sequencer takes the chain back before the lie and re-sequences
// the transfer it held; and both nodes end on the same honest chain.
func TestFraudProofRevertsTheLieAndTheNodesConverge(t *testing.T) {
	challengerKey := devl1.DevKey(2)
	net := newLyingNet(t, 120, challengerKey)
	ctx, chain, seq, ver, ec := net.ctx, net.chain, net.seq, net.vers[0], net.seqRPC
	deployBlock, addr := net.deployBlock, net.rollup.Address
	challengerAddr := crypto.PubkeyToAddress(challengerKey.PublicKey)
	bob := common.HexToAddress("0xb0b")
	tx := net.lieInATransfer(t) // alice's transfer to bob; its block is the lie
	r := &l1.Rollup{Client: chain.Client, Address: addr}
	var proofs []l1.FraudProof
	waitFor(t, "the fraud proof on L1", 40*time.Second, func() bool {
		head, err := chain.Client.BlockNumber(ctx)
		if err != nil {
			return false
		}
		proofs, err = r.FraudProofs(ctx, deployBlock, head)
		return err == nil && len(proofs) > 0
	})
	p := proofs[0].Event
	if p.Challenger != challengerAddr || p.Fraud != 6 /* StateRoot */ {
		t.Fatalf("FraudProven %+v", p)
	}
	// The challenger committed, then revealed in a later L1 block, then
	// proved: the reward was its own before the proof was public.
	if n := net.countCalls(t, challengerAddr, "commitChallenge"); n != 1 {
		t.Fatalf("%d commitChallenge transactions, want 1", n)
	}
	leaders := net.leaderEvents(t)
	if len(leaders) != 1 || leaders[0].ev.Challenger != challengerAddr || leaders[0].block >= proofs[0].Block {
		t.Fatalf("ChallengeLeader events %v, want one for the challenger before the proof's L1 block %d", leaders, proofs[0].Block)
	}
	half := new(big.Int).Div(net.bond, big.NewInt(2))
	if p.Reward.Cmp(half) != 0 || p.Burned.Cmp(half) != 0 {
		t.Fatalf("reward %s, burned %s; want half the bond %s each", p.Reward, p.Burned, half)
	}

	// The nodes converge on the honest chain, the transfer re-sequenced.
	waitFor(t, "the honest chain posted and derived", 40*time.Second, func() bool {
		lb, err := r.LatestBlock(ctx, nil)
		if err != nil || lb.Number < p.BlockNumber {
			return false
		}
		sb, err1 := seq.Chain.BlockByNumber(lb.Number)
		vb, err2 := ver.Chain.BlockByNumber(lb.Number)
		return err1 == nil && err2 == nil && sb.Hash() == common.Hash(lb.BlockHash) && vb.Hash() == sb.Hash()
	})
	if inv := ver.Flagged(); inv != nil {
		t.Fatalf("verifier still flags block %d: %v", inv.Number, inv.Err)
	}
	if _, err := ec.TransactionReceipt(ctx, tx.Hash()); err != nil {
		t.Fatalf("the re-sequenced transfer: %v", err)
	}
	vc, err := ethclient.Dial("http://" + ver.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer vc.Close()
	for name, c := range map[string]*ethclient.Client{"sequencer": ec, "verifier": vc} {
		if b, err := c.BalanceAt(ctx, bob, nil); err != nil || b.Cmp(big.NewInt(1e18)) != 0 {
			t.Fatalf("bob on the %s: %v, %v", name, b, err)
		}
		if b, err := c.BalanceAt(ctx, thief, nil); err != nil || b.Sign() != 0 {
			t.Fatalf("the thief on the %s: %v, %v", name, b, err)
		}
	}
	// The challenger claimed its reward.
	claimed := abiEvent("Claimed")
	waitFor(t, "the reward claimed", 20*time.Second, func() bool {
		logs, err := chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(deployBlock), Addresses: []common.Address{addr},
			Topics: [][]common.Hash{{claimed}, {common.BytesToHash(challengerAddr[:])}},
		})
		if err != nil || len(logs) == 0 {
			return false
		}
		ev, err := bindings.NewRollup().UnpackClaimedEvent(&logs[0])
		return err == nil && ev.Amount.Cmp(half) == 0
	})
	if owed, err := r.Claimable(ctx, challengerAddr); err != nil || owed.Sign() != 0 {
		t.Fatalf("still claimable: %v, %v", owed, err)
	}
	if s := ver.Challenger.Stats(); s.Proven != 1 {
		t.Fatalf("challenger stats %+v", s)
	}
	resp, err := http.Get("http://" + ver.RPCAddr() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{"viaduct_challenger_proven 1", "viaduct_derive_flagged 0"} {
		if !strings.Contains(string(body), want) {
			t.Fatalf("verifier metrics lack %q:\n%s", want, body)
		}
	}
	// Both nodes' explorers show the proof: the wrong block, the verdict,
	// the challenger who committed first, the batch it reverted.
	for name, n := range map[string]*Node{"sequencer": seq, "verifier": ver} {
		resp, err := http.Get("http://" + n.RPCAddr() + "/fraud")
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, want := range []string{
			fmt.Sprintf("block %d of batch %d — StateRoot", p.BlockNumber, p.BatchIndex.Uint64()),
			challengerAddr.Hex(), fmt.Sprintf(`href="/batch/%d"`, p.BatchIndex.Uint64()), "Challenges revealed before the proof",
		} {
			if !strings.Contains(string(page), want) {
				t.Fatalf("the %s's fraud page lacks %q:\n%s", name, want, page)
			}
		}
	}
}

func abiEvent(name string) common.Hash { return bindings.NewRollup().GetABI().Events[name].ID }

// TestTwoChallengersOneProof: two verifiers with keys flag the same lie;
// one proof is mined, the other challenger sees that it is not needed (or
// the block already gone), and both verifiers converge with the sequencer.
func TestTwoChallengersOneProof(t *testing.T) {
	net := newLyingNet(t, 120, devl1.DevKey(2), devl1.DevKey(3))
	net.lieInATransfer(t)
	waitFor(t, "both verifiers on the honest chain", 40*time.Second, func() bool { return net.onHonestChain(net.vers...) })
	proofs, err := net.rollup.FraudProofs(net.ctx, net.deployBlock, net.l1Head(t))
	if err != nil || len(proofs) != 1 {
		t.Fatalf("%d fraud proofs on L1 (%v), want 1", len(proofs), err)
	}
	if total := net.vers[0].Challenger.Stats().Proven + net.vers[1].Challenger.Stats().Proven; total != 1 {
		t.Fatalf("challengers report %d proofs mined, want 1", total)
	}
}

// TestChallengerGivesUpAfterTheWindow: a verifier that comes up after the
// lie's challenge window has ended cannot revert it: it flags the block,
// sends nothing, and stays at the last good block.
func TestChallengerGivesUpAfterTheWindow(t *testing.T) {
	net := newLyingNet(t, 1) // no verifier yet
	net.lieInATransfer(t)
	waitFor(t, "the lie posted", 20*time.Second, func() bool {
		lb, err := net.rollup.LatestBlock(net.ctx, nil)
		return err == nil && lb.Number >= 2
	})
	// Let the 1 s window pass in L1 time.
	lb, _ := net.rollup.LatestBlock(net.ctx, nil)
	waitFor(t, "the challenge window to end", 20*time.Second, func() bool {
		h, err := net.chain.Client.HeaderByNumber(net.ctx, nil)
		return err == nil && h.Time > lb.Timestamp+3
	})
	ver := net.addVerifier(t, devl1.DevKey(2))
	waitFor(t, "the verifier to flag the lie", 20*time.Second, func() bool { return ver.Flagged() != nil })
	time.Sleep(time.Second) // a few challenger steps
	if s := ver.Challenger.Stats(); s.Proven != 0 {
		t.Fatalf("challenger stats %+v after the window", s)
	}
	if proofs, err := net.rollup.FraudProofs(net.ctx, net.deployBlock, net.l1Head(t)); err != nil || len(proofs) != 0 {
		t.Fatalf("%d fraud proofs (%v) after the window", len(proofs), err)
	}
	if ver.Chain.Head().Number != 1 {
		t.Fatalf("verifier head %d, want the last good block 1", ver.Chain.Head().Number)
	}
}

// lyingNet is an L1 with a Rollup, a sequencer that lies once (mintLie)
// and verifiers with challengers.
type lyingNet struct {
	ctx         context.Context
	chain       *devl1.Chain
	rollup      *l1.Rollup
	deployBlock uint64
	base        Config
	seq         *Node
	vers        []*Node
	seqRPC      *ethclient.Client
	bond        *big.Int
}

func newLyingNet(t *testing.T, window uint64, challengers ...*ecdsa.PrivateKey) *lyingNet {
	t.Helper()
	return newLyingNetWith(t, window, nil, challengers...)
}

// newLyingNetWith is newLyingNet whose lie, with blobLie set, is the
// batcher's instead of mintLie: its blob batches' blobs carry what
// blobLie makes of the blocks' tx data.
func newLyingNetWith(t *testing.T, window uint64, blobLie func([][]byte) ([][]byte, bool), challengers ...*ecdsa.PrivateKey) *lyingNet {
	t.Helper()
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	seqKey := devl1.DevKey(4)
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
	rcfg.ChallengeWindow = window
	addr, deployBlock, err := chain.DeployRollup(ctx, devl1.DevKey(0), rcfg)
	if err != nil {
		t.Fatal(err)
	}
	net := &lyingNet{ctx: ctx, chain: chain, rollup: &l1.Rollup{Client: chain.Client, Address: addr}, deployBlock: deployBlock, bond: rcfg.Bond}
	net.base = Config{
		L1: chain.Client, Rollup: addr, DeployBlock: deployBlock, L2: core.DevConfig(),
		RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, Log: testLog(t),
		BlockInterval: 50 * time.Millisecond, FeeRecipient: crypto.PubkeyToAddress(seqKey.PublicKey),
	}
	net.base.Batch.Interval = 200 * time.Millisecond
	inTestDA(t, &net.base, chain)
	if blobLie != nil {
		net.base.Batch.DA = batcher.DABlobs
		if net.base.L1Beacon == "" {
			beacon := httptest.NewServer(chain.Beacon())
			t.Cleanup(beacon.Close)
			net.base.L1Beacon = beacon.URL
		}
	}
	seqCfg := net.base
	seqCfg.Role, seqCfg.DataDir, seqCfg.BatcherKey, seqCfg.Lie = RoleSequencer, t.TempDir(), seqKey, mintLie
	if blobLie != nil {
		seqCfg.Lie, seqCfg.Batch.BlobLie = nil, blobLie
	}
	if net.seq, err = New(seqCfg); err != nil {
		t.Fatal(err)
	}
	if err := net.seq.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { net.seq.Stop(context.Background()) })
	if net.seqRPC, err = ethclient.Dial("http://" + net.seq.RPCAddr()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(net.seqRPC.Close)
	for _, k := range challengers {
		net.addVerifier(t, k)
	}
	return net
}

func (net *lyingNet) addVerifier(t *testing.T, key *ecdsa.PrivateKey) *Node {
	t.Helper()
	return net.addVerifierOn(t, key, net.base.L1)
}

// addVerifierOn starts a challenging verifier that reaches L1 through c.
func (net *lyingNet) addVerifierOn(t *testing.T, key *ecdsa.PrivateKey, c l1.Client) *Node {
	t.Helper()
	cfg := net.base
	cfg.L1 = c
	cfg.Role, cfg.DataDir, cfg.L1Key, cfg.Challenge = RoleVerifier, t.TempDir(), key, true
	v, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { v.Stop(context.Background()) })
	net.vers = append(net.vers, v)
	return v
}

// lieInATransfer funds alice with a deposit (block 1, honest) and sends
// her transfer of 1 ETH to 0xb0b, whose block (2) is the lie.
func (net *lyingNet) lieInATransfer(t *testing.T) *types.Transaction {
	t.Helper()
	alice := devl1.DevKey(1)
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	five := new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))
	if _, err := net.chain.Send(net.ctx, alice, &net.rollup.Address, bindings.NewRollup().PackDepositETH(aliceAddr), five); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the deposit on L2", 20*time.Second, func() bool {
		b, err := net.seqRPC.BalanceAt(net.ctx, aliceAddr, nil)
		return err == nil && b.Cmp(five) == 0
	})
	bob := common.HexToAddress("0xb0b")
	tx, err := types.SignNewTx(alice, types.LatestSignerForChainID(core.DevConfig().BigChainID()), &types.DynamicFeeTx{
		ChainID: core.DevConfig().BigChainID(), Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: core.TransferGas, To: &bob, Value: big.NewInt(1e18),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := net.seqRPC.SendTransaction(net.ctx, tx); err != nil {
		t.Fatal(err)
	}
	return tx
}

// onHonestChain reports whether L1 holds block 2 or later and the sequencer
// and the given verifiers all hold L1's latest block.
func (net *lyingNet) onHonestChain(vers ...*Node) bool {
	lb, err := net.rollup.LatestBlock(net.ctx, nil)
	if err != nil || lb.Number < 2 {
		return false
	}
	sb, err := net.seq.Chain.BlockByNumber(lb.Number)
	if err != nil || sb.Hash() != common.Hash(lb.BlockHash) {
		return false
	}
	for _, v := range vers {
		vb, err := v.Chain.BlockByNumber(lb.Number)
		if err != nil || vb.Hash() != sb.Hash() {
			return false
		}
	}
	return true
}

// provenOnce waits for the first fraud proof and for the sequencer's
// honest block 2 on L1 after it, and returns the proof.
func (net *lyingNet) provenOnce(t *testing.T) l1.FraudProof {
	t.Helper()
	var proofs []l1.FraudProof
	waitFor(t, "the first proof", 20*time.Second, func() bool {
		var err error
		proofs, err = net.rollup.FraudProofs(net.ctx, net.deployBlock, net.l1Head(t))
		return err == nil && len(proofs) == 1
	})
	waitFor(t, "the honest block 2 on L1", 20*time.Second, func() bool {
		lb, err := net.rollup.LatestBlock(net.ctx, nil)
		return err == nil && lb.Number >= 2
	})
	return proofs[0]
}

func (net *lyingNet) l1Head(t *testing.T) uint64 {
	t.Helper()
	n, err := net.chain.Client.BlockNumber(net.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestL1ReorgUnderTheChallenge: an L1 reorg removes the block with the
// fraud proof (and the transaction with it), so L1 holds the lie again;
// the verifier flags it again, its challenger proves it again, and the
// nodes converge on the honest chain.
func TestL1ReorgUnderTheChallenge(t *testing.T) {
	net := newLyingNet(t, 120, devl1.DevKey(2))
	net.lieInATransfer(t)
	// Once the sequencer has posted the honest block 2, the reorg takes
	// back everything from the proof on, its transaction included.
	first := net.provenOnce(t)
	if _, err := net.chain.ReorgFrom(net.ctx, first.Block, true); err != nil {
		t.Fatal(err)
	}
	var proofs []l1.FraudProof
	waitFor(t, "a proof on the new L1 branch", 30*time.Second, func() bool {
		var err error
		proofs, err = net.rollup.FraudProofs(net.ctx, net.deployBlock, net.l1Head(t))
		return err == nil && len(proofs) == 1 && proofs[0].BlockHash != first.BlockHash
	})
	waitFor(t, "the nodes on the honest chain", 40*time.Second, func() bool { return net.onHonestChain(net.vers[0]) })
	if b, err := net.seqRPC.BalanceAt(net.ctx, thief, nil); err != nil || b.Sign() != 0 {
		t.Fatalf("the thief holds %v on the sequencer (%v)", b, err)
	}
}

// TestSequencerKeepsItsTransactionsWhileL1HoldsAWrongBlock: an L1 reorg
// takes the fraud proof away and puts the lie back on L1 while no verifier
// is running, so the sequencer's batcher meets L1's wrong block before any
// new proof: it takes its honest blocks back and cannot adopt L1's. The
// transfer of the honest block must stay in its mempool (not only in the
// journal, read at the next start): once a verifier proves the lie again,
// the nodes converge with the transfer applied.
func TestSequencerKeepsItsTransactionsWhileL1HoldsAWrongBlock(t *testing.T) {
	net := newLyingNet(t, 120, devl1.DevKey(2))
	net.lieInATransfer(t)
	first := net.provenOnce(t)
	if err := net.vers[0].Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := net.chain.ReorgFrom(net.ctx, first.Block, true); err != nil {
		t.Fatal(err)
	}
	// L1 holds the lie again; the sequencer's batcher, at its next step,
	// takes its honest blocks back and stops at L1's wrong block 2.
	time.Sleep(2 * time.Second)
	net.addVerifier(t, devl1.DevKey(3))
	bob := common.HexToAddress("0xb0b")
	waitFor(t, "the nodes on the honest chain with the transfer", 40*time.Second, func() bool {
		if !net.onHonestChain(net.vers[1]) {
			return false
		}
		b, err := net.seqRPC.BalanceAt(net.ctx, bob, nil)
		return err == nil && b.Cmp(big.NewInt(1e18)) == 0
	})
	if b, err := net.seqRPC.BalanceAt(net.ctx, thief, nil); err != nil || b.Sign() != 0 {
		t.Fatalf("the thief holds %v on the sequencer (%v)", b, err)
	}
}

// TestStagedFraudProofRevertsTheLie: a verifier whose challenge
// transactions may carry one state value each proves the lie in stages
// (Rollup.startChallenge, then one continueChallenge per witness entry);
// the last stage reverts the batch and the nodes converge as after a
// one-transaction proof.
func TestStagedFraudProofRevertsTheLie(t *testing.T) {
	net := newLyingNet(t, 120)
	net.base.ChallengeTxBytes = 1
	key := devl1.DevKey(2)
	ver := net.addVerifier(t, key)
	net.lieInATransfer(t)
	var proofs []l1.FraudProof
	waitFor(t, "the staged proof", 30*time.Second, func() bool {
		var err error
		proofs, err = net.rollup.FraudProofs(net.ctx, net.deployBlock, net.l1Head(t))
		return err == nil && len(proofs) == 1
	})
	if ev := proofs[0].Event; ev.BlockNumber != 2 || ev.Fraud != 6 || ev.Challenger != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("FraudProven %+v, want block 2, StateRoot (6), by the verifier", ev)
	}
	// The start and at least two chunks (the transfer reads three values).
	sent, err := net.chain.Client.NonceAt(net.ctx, crypto.PubkeyToAddress(key.PublicKey), nil)
	if err != nil || sent < 3 {
		t.Fatalf("the challenger sent %d transactions (%v), want a start and a chunk per entry", sent, err)
	}
	waitFor(t, "the nodes on the honest chain", 40*time.Second, func() bool { return net.onHonestChain(ver) })
	if s := ver.Challenger.Stats(); s.Proven != 1 {
		t.Fatalf("challenger stats %+v, want one proof", s)
	}
	if b, err := net.seqRPC.BalanceAt(net.ctx, thief, nil); err != nil || b.Sign() != 0 {
		t.Fatalf("the thief holds %v on the sequencer (%v)", b, err)
	}
}

// TestStagedChallengeGoesOnAfterARestart: the verifier is stopped once its
// staged challenge has started; a verifier restarted with the same key goes
// on from the session the Rollup holds instead of starting again (one
// ChallengeStarted), and proves the block. The first verifier's L1 refuses
// its chunks (heldChunks), so the half-way state is made, not raced for:
// without the hold, a fast challenger finishes before the test can see the
// session, and the restart has nothing to go on from.
func TestStagedChallengeGoesOnAfterARestart(t *testing.T) {
	net := newLyingNet(t, 120)
	net.base.ChallengeTxBytes = 1
	key := devl1.DevKey(2)
	me := crypto.PubkeyToAddress(key.PublicKey)
	held := &heldChunks{Client: net.chain.Client}
	ver := net.addVerifierOn(t, key, held)
	net.lieInATransfer(t)
	var session bindings.RollupSession
	waitFor(t, "a staged challenge started and its first chunk refused", 30*time.Second, func() bool {
		f := ver.Flagged()
		if held.refused.Load() == 0 || f == nil {
			return false
		}
		s, err := net.rollup.ChallengeSession(net.ctx, me, f.Batch, f.Hash)
		session = s
		return err == nil && s.BlocksRoot != ([32]byte{})
	})
	if err := ver.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if proofs, err := net.rollup.FraudProofs(net.ctx, net.deployBlock, net.l1Head(t)); err != nil || len(proofs) != 0 {
		t.Fatalf("%d fraud proofs (%v) before the restart: the hold did not hold", len(proofs), err)
	}
	net.addVerifier(t, key)
	waitFor(t, "the proof", 30*time.Second, func() bool {
		proofs, err := net.rollup.FraudProofs(net.ctx, net.deployBlock, net.l1Head(t))
		return err == nil && len(proofs) == 1
	})
	logs, err := net.chain.Client.FilterLogs(net.ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(net.deployBlock), Addresses: []common.Address{net.rollup.Address},
		Topics: [][]common.Hash{{bindings.NewRollup().GetABI().Events[bindings.RollupChallengeStartedEventName].ID}},
	})
	if err != nil || len(logs) != 1 {
		t.Fatalf("%d ChallengeStarted events (%v), want one: the restarted verifier went on (session had %d entries left)", len(logs), err, session.Remaining)
	}
	// Nor did it commit or reveal again: it found both on L1.
	if n := net.countCalls(t, me, "commitChallenge"); n != 1 {
		t.Fatalf("%d commitChallenge transactions, want 1", n)
	}
	if leaders := net.leaderEvents(t); len(leaders) != 1 || leaders[0].ev.Challenger != me {
		t.Fatalf("ChallengeLeader events %v, want one for the challenger", leaders)
	}
}

// countCalls counts the transactions from `from` to the Rollup's method in
// the L1 blocks since the deployment.
func (net *lyingNet) countCalls(t *testing.T, from common.Address, method string) int {
	t.Helper()
	id := bindings.NewRollup().GetABI().Methods[method].ID
	signer := types.LatestSignerForChainID(big.NewInt(1337))
	n := 0
	for b := net.deployBlock; b <= net.l1Head(t); b++ {
		blk, err := net.chain.Client.BlockByNumber(net.ctx, new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			sender, err := types.Sender(signer, tx)
			if err == nil && sender == from && tx.To() != nil && *tx.To() == net.rollup.Address && len(tx.Data()) >= 4 && bytes.Equal(tx.Data()[:4], id) {
				n++
			}
		}
	}
	return n
}

type leaderEvent struct {
	ev    *bindings.RollupChallengeLeader
	block uint64
}

// leaderEvents returns the Rollup's ChallengeLeader events since the
// deployment.
func (net *lyingNet) leaderEvents(t *testing.T) []leaderEvent {
	t.Helper()
	logs, err := net.chain.Client.FilterLogs(net.ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(net.deployBlock), Addresses: []common.Address{net.rollup.Address},
		Topics: [][]common.Hash{{abiEvent("ChallengeLeader")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []leaderEvent
	for i := range logs {
		ev, err := bindings.NewRollup().UnpackChallengeLeaderEvent(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, leaderEvent{ev, logs[i].BlockNumber})
	}
	return out
}

// heldChunks is an L1 client that refuses every continueChallenge
// transaction: a challenger on it starts staged challenges and goes no
// further.
type heldChunks struct {
	l1.Client
	refused atomic.Int64
}

var continueChallengeID = bindings.NewRollup().GetABI().Methods["continueChallenge"].ID

func (h *heldChunks) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if d := tx.Data(); len(d) >= 4 && bytes.Equal(d[:4], continueChallengeID) {
		h.refused.Add(1)
		return errors.New("test: chunks are held")
	}
	return h.Client.SendTransaction(ctx, tx)
}
