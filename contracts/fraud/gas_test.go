package fraud_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
	"github.com/viaduct-l2/viaduct/state"
)

// worstBlock builds, on a state of `filler` random keys plus its own
// accounts, the block whose proof costs the most that the spec's limits
// allow: 64 ERC-20 transfers with every field at its longest encoding from
// 64 senders to 64 new recipients, each emptying the sender's token balance
// (a deletion, which carries a sibling), 16 deposits to new accounts, and a
// new fee recipient: 209 state accesses and about 13.6 KB of tx data.
// The deposits come from `from` with `deposit` wei each; parentOf gives the
// parent header for the pre-state root (nil: a free-standing parent).
func worstBlock(t *testing.T, cfg *core.Config, db *state.DB, filler int, from common.Address, deposit *uint256.Int, parentOf func(root common.Hash) *core.Header) (*proof, []core.QueueItem, *fraud.Witness) {
	rng := rand.New(rand.NewPCG(uint64(filler), 9))
	d := &state.Diff{Accounts: map[common.Address]state.Account{}, Tokens: map[state.TokenID]uint256.Int{}}
	for range filler {
		var owner common.Address
		for i := range owner {
			owner[i] = byte(rng.Uint32())
		}
		d.Tokens[state.TokenID{Owner: owner, Token: testToken}] = *uint256.NewInt(rng.Uint64() | 1)
	}
	maxBal := new(uint256.Int).SetAllOne()
	feeCap := new(uint256.Int).Lsh(uint256.NewInt(1), 231)
	feeCap.AddUint64(feeCap, 0x0123456789)
	var txs []*core.Tx
	for i := range core.MaxTxsPerBlock {
		s := newSigner(fmt.Sprintf("worst-%d", i))
		d.Accounts[s.addr] = state.Account{Nonce: 1 << 63, Balance: *maxBal}
		bal := new(uint256.Int).Lsh(uint256.NewInt(1), 255)
		bal.AddUint64(bal, rng.Uint64())
		d.Tokens[state.TokenID{Owner: s.addr, Token: testToken}] = *bal
		txs = append(txs, sign(t, cfg, txSpec{
			from: s, nonce: 1 << 63, to: testToken, token: true,
			recipient: newSigner(fmt.Sprintf("worst-to-%d", i)).addr, amount: bal,
			gas: core.MaxTxGas - 1, tip: feeCap, cap: feeCap,
		}))
	}
	commit(t, db, d)
	var queue []core.QueueItem
	for i := range core.MaxQueueItemsPerBlock {
		queue = append(queue, core.QueueItem{
			Kind: core.QueueDepositETH, From: from, To: newSigner(fmt.Sprintf("worst-dep-%d", i)).addr,
			Amount: *deposit,
		})
	}
	txData := core.EncodeTxs(txs)
	parent := &core.Header{Number: 99, Timestamp: 1000, StateRoot: db.Root(), QueueCursor: 3, TxDataHash: core.EmptyTxDataHash}
	if parentOf != nil {
		parent = parentOf(db.Root())
	}
	header, built := honest(t, cfg, db, parent, parent.Timestamp, newSigner("worst-fee").addr, queue, txData)
	return newProof(t, parent, header, txData, queue, built.Witness), queue, built.Witness
}

// TestGasWorstBlock measures the gas of proving the worst block (as
// eth_estimateGas gives it: execution plus calldata, under the chain's
// pricing) in a tree of random keys. VIADUCT_FRAUD_GAS_KEYS sets the number
// of keys (default 65,536); docs/performance.md has the figures.
func TestGasWorstBlock(t *testing.T) {
	filler := fillerKeys(t)
	cfg := core.DevConfig()
	r := newRig(t, cfg)
	db := memState(t)
	p, queue, w := worstBlock(t, cfg, db, filler, common.Address{}, new(uint256.Int).Lsh(uint256.NewInt(1), 127), nil)
	r.enqueue(p.parent.QueueCursor, queue)
	if res := r.mustVerdict(p); res.Fraud != fraudNone {
		t.Fatalf("honest worst block: %s", describe(res))
	}
	wrong := *p
	h := *p.header
	h.StateRoot[0] ^= 1
	wrong.header = &h
	if res := r.mustVerdict(&wrong); res.Fraud != fraudStateRoot {
		t.Fatalf("worst block with a wrong root: %s", describe(res))
	}
	// The mean and the largest depth of the witness's proofs.
	var sum, deepest int
	for _, e := range w.Entries {
		sum += len(e.Proof.Siblings)
		deepest = max(deepest, len(e.Proof.Siblings))
	}
	data := wrong.calldata()
	gas, err := r.chain.Client.EstimateGas(context.Background(), ethereum.CallMsg{
		From: r.chain.Accounts[0].Address, To: &r.verifier, Data: data,
	})
	if err != nil {
		t.Fatalf("estimating gas: %v", err)
	}
	t.Logf("worst block: %d filler keys, %d witness entries with proofs of %.1f siblings on average (at most %d), tx data %d bytes, witness %d bytes, calldata %d bytes: %d gas",
		filler, len(w.Entries), float64(sum)/float64(len(w.Entries)), deepest, len(p.txData), len(p.witness), len(data), gas)
	if gas > core.MaxTxGas {
		t.Fatalf("proving the worst block takes %d gas, above the EIP-7825 cap of %d", gas, core.MaxTxGas)
	}
}

// fillerKeys is the number of random keys in the worst block's tree:
// VIADUCT_FRAUD_GAS_KEYS, 65,536 without it.
func fillerKeys(t *testing.T) int {
	s := os.Getenv("VIADUCT_FRAUD_GAS_KEYS")
	if s == "" {
		return 1 << 16
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestGasWorstChallenge measures a challenge through the Rollup of the worst
// block (65,536 random keys in the tree): the verifier's cost plus the
// Rollup's (block proof, forwarding the proof, slashing, the rollback). It
// is estimated, not sent: the transaction is larger than geth's txpool
// accepts (128 KiB).
func TestGasWorstChallenge(t *testing.T) {
	c := newL2(t)
	first, wrong, p, _, _ := c.worstOnRollup(t, 1<<16)
	call := rollupABI.PackChallenge(bindings.RollupChallenge{
		BatchIndex: big.NewInt(1), Parent: first.Encode(), Header: wrong.Encode(),
		BlockProof: rollup.Proof(rollup.BlockProof([]*core.Header{wrong}, 0)),
		TxData:     p.txData, QueueItems: p.queue, Witness: p.witness,
		Salt: c.commit(c.chain.Accounts[1], 1, wrong.Hash()),
	})
	gas, err := c.chain.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: c.chain.Accounts[1].Address, To: &c.rollup, Data: call})
	if err != nil {
		t.Fatalf("estimating the challenge: %v", err)
	}
	// eth_estimateGas runs the whole challenge (a revert fails it) but does
	// not send it: at this size the transaction is above geth's txpool limit
	// of 128 KiB per transaction (see docs/performance.md).
	t.Logf("challenge of the worst block, 65,536 filler keys: calldata %d bytes, estimated %d gas", len(call), gas)
	if gas > core.MaxTxGas {
		t.Fatalf("the challenge takes %d gas, above the EIP-7825 cap", gas)
	}
}

// worstOnRollup deposits the worst block's queue items on the Rollup and
// posts two batches: a first block that claims the worst block's pre-state
// as its post-state (the Rollup checks no state root when it accepts a
// batch), and the worst block (`filler` random keys in the tree) with a
// wrong state root on top. It returns both headers, the block's proof
// inputs, its queue items and its witness.
func (c *l2) worstOnRollup(t *testing.T, filler int) (first, wrong *core.Header, p *proof, queue []core.QueueItem, w *fraud.Witness) {
	t.Helper()
	seq := c.chain.Accounts[0]
	deposit := uint256.NewInt(1e18)
	for i := range core.MaxQueueItemsPerBlock {
		c.chain.MustSend(seq, c.rollup, rollupABI.PackDepositETH(newSigner(fmt.Sprintf("worst-dep-%d", i)).addr), deposit.ToBig())
	}
	p, queue, w = worstBlock(t, c.cfg, c.db, filler, seq.Address, deposit, func(root common.Hash) *core.Header {
		first = &core.Header{
			ParentHash: core.Genesis().Hash(), Number: 1, Timestamp: c.chain.Now(),
			TxDataHash: core.EmptyTxDataHash, StateRoot: root,
		}
		return first
	})
	c.submit(first, nil)
	h := *p.header
	h.StateRoot[0] ^= 1
	c.submit(&h, p.txData)
	return first, &h, p, queue, w
}
