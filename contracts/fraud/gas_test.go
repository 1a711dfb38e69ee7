package fraud_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// worstBlock builds, on a state of `filler` random keys plus its own
// accounts, the block whose proof costs the most that the spec's limits
// allow: 64 ERC-20 transfers with every field at its longest encoding from
// 64 senders to 64 new recipients, each emptying the sender's token balance
// (a deletion, which carries a sibling), 16 deposits to new accounts, and a
// new fee recipient: 209 state accesses and about 13.6 KB of tx data.
func worstBlock(t *testing.T, cfg *core.Config, db *state.DB, filler int) (*proof, []core.QueueItem, int) {
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
			Kind: core.QueueDepositETH, To: newSigner(fmt.Sprintf("worst-dep-%d", i)).addr,
			Amount: *new(uint256.Int).Lsh(uint256.NewInt(1), 127),
		})
	}
	txData := core.EncodeTxs(txs)
	parent := &core.Header{Number: 99, Timestamp: 1000, StateRoot: db.Root(), QueueCursor: 3, TxDataHash: core.EmptyTxDataHash}
	header, built := honest(t, cfg, db, parent, 1000, newSigner("worst-fee").addr, queue, txData)
	return newProof(t, parent, header, txData, queue, built.Witness), queue, len(built.Witness.Entries)
}

// TestGasWorstBlock measures the gas of proving the worst block (as
// eth_estimateGas gives it: execution plus calldata, under the chain's
// pricing) in a tree of random keys. VIADUCT_FRAUD_GAS_KEYS sets the number
// of keys (default 65,536); docs/performance.md has the figures.
func TestGasWorstBlock(t *testing.T) {
	filler := 1 << 16
	if s := os.Getenv("VIADUCT_FRAUD_GAS_KEYS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatal(err)
		}
		filler = n
	}
	cfg := core.DevConfig()
	r := newRig(t, cfg)
	db := memState(t)
	p, queue, entries := worstBlock(t, cfg, db, filler)
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
	// The depth of the tree along the witness's paths.
	var depth int
	for _, k := range []common.Hash{state.AccountKey(newSigner("worst-0").addr)} {
		pr, err := db.Prove(k)
		if err != nil {
			t.Fatal(err)
		}
		depth = len(pr.Siblings)
	}
	data := wrong.calldata()
	gas, err := r.chain.Client.EstimateGas(context.Background(), ethereum.CallMsg{
		From: r.chain.Accounts[0].Address, To: &r.verifier, Data: data,
	})
	if err != nil {
		t.Fatalf("estimating gas: %v", err)
	}
	t.Logf("worst block: %d filler keys in the tree (a sender's path has %d siblings), %d witness entries, tx data %d bytes, witness %d bytes, calldata %d bytes: %d gas",
		filler, depth, entries, len(p.txData), len(p.witness), len(data), gas)
	if gas > core.MaxTxGas {
		t.Fatalf("proving the worst block takes %d gas, above the EIP-7825 cap of %d", gas, core.MaxTxGas)
	}
}
