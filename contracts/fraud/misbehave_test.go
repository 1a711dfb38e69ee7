package fraud_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
	"github.com/viaduct-l2/viaduct/internal/misbehave"
)

// TestEveryDemoLieIsProvenOnChain: each kind of wrong block that
// `--misbehave` makes a sequencer post gets the expected verdict from the
// deployed FraudVerifier, with a witness that package fraud builds from
// the honest parent state, as the challenger does.
func TestEveryDemoLieIsProvenOnChain(t *testing.T) {
	cfg := core.DevConfig()
	r := newRig(t, cfg)
	alice := newSigner("misbehave alice")
	carol := common.HexToAddress("0xca401")
	fund := core.QueueItem{Kind: core.QueueDepositETH, From: alice.addr, To: alice.addr, Amount: *uint256.NewInt(10e18)}
	deposit := core.QueueItem{Kind: core.QueueDepositETH, From: carol, To: carol, Amount: *uint256.NewInt(2e18)}
	r.enqueue(0, []core.QueueItem{fund, deposit})
	for _, tc := range []struct {
		kind      misbehave.Kind
		queue     bool // the block applies carol's deposit
		transfers int
		fraud     uint8
		rule      uint8
		txIndex   uint64
	}{
		{misbehave.StateRoot, false, 0, fraudStateRoot, 0, 0},
		{misbehave.WithdrawalsRoot, false, 1, fraudWithdrawalsRoot, 0, 0},
		{misbehave.BadSignature, false, 2, fraudInvalidTx, ruleOf[core.ErrInvalidSender], 2},
		{misbehave.NonceReplay, false, 1, fraudInvalidTx, ruleOf[core.ErrNonceTooLow], 1},
		{misbehave.Overdraft, false, 1, fraudInvalidTx, ruleOf[core.ErrInsufficientFunds], 1},
		{misbehave.BadTxData, true, 0, fraudMalformedTxData, 0, 0},
		{misbehave.SkipDeposit, true, 1, fraudStateRoot, 0, 0},
		{misbehave.InventDeposit, true, 0, fraudStateRoot, 0, 0},
		{misbehave.FeeCredit, false, 1, fraudStateRoot, 0, 0},
	} {
		t.Run(string(tc.kind), func(t *testing.T) {
			r.t = t
			db := memState(t)
			genesis := core.Genesis()
			o1, err := core.Execute(cfg, db, genesis, 1, common.Address{0xfe}, []core.QueueItem{fund}, nil)
			if err != nil {
				t.Fatal(err)
			}
			p1, err := db.Prepare(o1.Diff)
			if err != nil {
				t.Fatal(err)
			}
			parent := o1.Header(p1.Root())
			commit(t, db, o1.Diff)
			var queue []core.QueueItem
			if tc.queue {
				queue = []core.QueueItem{deposit}
			}
			var txs []*core.Tx
			for i := range tc.transfers {
				txs = append(txs, sign(t, cfg, txSpec{from: alice, nonce: uint64(i), to: common.HexToAddress("0xb0b"), value: uint256.NewInt(1e18)}))
			}
			o, err := core.Execute(cfg, db, parent, 2, common.Address{0xfe}, queue, core.EncodeTxs(txs))
			if err != nil {
				t.Fatal(err)
			}
			lie, ok, err := misbehave.Lie(tc.kind, cfg, db, queue, o)
			if err != nil || !ok {
				t.Fatalf("Lie = %v, %v", ok, err)
			}
			pl, err := db.Prepare(lie.Diff)
			if err != nil {
				t.Fatal(err)
			}
			h := lie.Header(pl.Root())
			built, err := fraud.Build(cfg, db, parent, h, queue, lie.TxData)
			if err != nil {
				t.Fatal(err)
			}
			res := r.mustVerdict(newProof(t, parent, h, lie.TxData, queue, built.Witness))
			if res.Fraud != tc.fraud || res.Rule != tc.rule || (tc.fraud == fraudInvalidTx && res.TxIndex.Uint64() != tc.txIndex) {
				t.Fatalf("verdict %s, want fraud %d rule %d at tx %d", describe(res), tc.fraud, tc.rule, tc.txIndex)
			}
		})
	}
}
