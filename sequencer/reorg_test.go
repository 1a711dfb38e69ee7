package sequencer

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/misbehave"
	"github.com/viaduct-l2/viaduct/state"
)

// TestReorgTakesBackAVanishedDepositAndResequences: bob's deposit (queue
// item 1) is applied in block 2 and spent in block 3; an L1 reorg takes it
// away (or puts another deposit in its place). The next Seal rewinds to
// block 1 and re-sequences alice's transactions in their order; bob's
// transfer, which only his deposit paid for, is left out in the first case.
func TestReorgTakesBackAVanishedDepositAndResequences(t *testing.T) {
	for _, tc := range []struct {
		name       string
		newItem    bool // the new L1 branch holds another deposit for bob at index 1
		wantBobTx  bool
		wantBlocks int // the head after the reorg
	}{
		{"deposit gone", false, false, 2},
		{"deposit replaced", true, true, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			aliceKey, _ := crypto.GenerateKey()
			bobKey, _ := crypto.GenerateKey()
			alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
			bob := crypto.PubkeyToAddress(bobKey.PublicKey)
			e.queue.items = append(e.queue.items, deposit(alice, 1e18))
			if _, err := e.seq.Seal(); err != nil {
				t.Fatal(err)
			}
			e.queue.items = append(e.queue.items, deposit(bob, 1e18))
			a0 := transfer(t, aliceKey, 0, 5)
			mustAdd(t, e, a0)
			if b, err := e.seq.Seal(); err != nil || b.Header.QueueCursor != 2 {
				t.Fatalf("block 2: %v", err)
			}
			b0, a1 := transfer(t, bobKey, 0, 7), transfer(t, aliceKey, 1, 11)
			mustAdd(t, e, b0)
			mustAdd(t, e, a1)
			if b, err := e.seq.Seal(); err != nil || len(b.Txs) != 2 {
				t.Fatalf("block 3: %v", err)
			}

			// The reorg.
			e.queue.items = e.queue.items[:1]
			if tc.newItem {
				e.queue.items = append(e.queue.items, deposit(bob, 2e18))
			}
			e.queue.dropped = []uint64{1}
			b, err := e.seq.Seal()
			if err != nil {
				t.Fatal(err)
			}
			if b != nil {
				t.Fatalf("Seal made block %d from an empty mempool", b.Header.Number)
			}
			head := e.chain.Head()
			if head.Number != uint64(tc.wantBlocks) || head.QueueCursor != uint64(len(e.queue.items)) {
				t.Fatalf("head %d cursor %d after the reorg", head.Number, head.QueueCursor)
			}
			blk, err := e.chain.BlockByNumber(2)
			if err != nil {
				t.Fatal(err)
			}
			var got []common.Hash
			for _, tx := range blk.Txs {
				got = append(got, tx.Hash(cfg.ChainID))
			}
			want := []common.Hash{a0.Hash(), a1.Hash()}
			if tc.wantBobTx {
				want = []common.Hash{a0.Hash(), b0.Hash(), a1.Hash()}
			}
			if len(got) != len(want) {
				t.Fatalf("re-sequenced %d txs, want %d", len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("tx %d of the new block 2 is %s, want %s (order kept)", i, got[i], want[i])
				}
			}
			bobAcct, _ := e.chain.State().Account(bob)
			if !tc.wantBobTx && !bobAcct.Balance.IsZero() {
				t.Fatalf("bob keeps %s of a deposit that is gone", bobAcct.Balance.Dec())
			}
			if _, _, err := e.chain.TxLocation(b0.Hash()); (err == nil) != tc.wantBobTx {
				t.Fatalf("bob's transfer in the chain: %v, want %v", err == nil, tc.wantBobTx)
			}
			// The journal held the transactions while they were out of the
			// chain; nothing is left in it now.
			left := 0
			if err := e.chain.PoolJournal().Load(func([]byte) { left++ }); err != nil {
				t.Fatal(err)
			}
			if left != 0 {
				t.Fatalf("%d transactions left in the journal", left)
			}
			// A drop beyond what the chain applied changes nothing.
			if made, err := e.seq.Reorg(5); err != nil || made != nil || e.chain.Head().Hash() != head.Hash() {
				t.Fatalf("Reorg(5) = %d blocks, %v", len(made), err)
			}
		})
	}
}

func mustAdd(t *testing.T, e *env, tx *types.Transaction) {
	t.Helper()
	if _, err := e.pool.Add(tx); err != nil {
		t.Fatal(err)
	}
}

// TestLieIsToldOnceAndRewindFraudResequencesWhatIsValid: a misbehaving
// sequencer (Config.Lie) replays alice's transfer in its block and mints
// for a thief, once; after a fraud proof, RewindFraud takes the chain back
// before that block and re-sequences its transactions: the transfer once,
// the replay dropped, nothing minted. A proof beyond the head changes
// nothing.
func TestLieIsToldOnceAndRewindFraudResequencesWhatIsValid(t *testing.T) {
	e := newEnv(t)
	thief := common.HexToAddress("0x7417")
	lies := 0
	e.seq.cfg.Lie = func(_ state.Reader, _ []core.QueueItem, o *core.Outcome) (*core.Outcome, bool, error) {
		if len(o.Txs) == 0 {
			return nil, false, nil
		}
		lies++
		l := *o
		l.Txs = append(append([]*core.Tx(nil), o.Txs...), o.Txs[0])
		l.TxData = core.EncodeTxs(l.Txs)
		l.Receipts = append(append([]core.Receipt(nil), o.Receipts...), o.Receipts[0])
		l.Diff = &state.Diff{Accounts: map[common.Address]state.Account{thief: {Balance: *uint256.NewInt(1e18)}}, Tokens: o.Diff.Tokens}
		for a, v := range o.Diff.Accounts {
			l.Diff.Accounts[a] = v
		}
		return &l, true, nil
	}
	aliceKey, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	if _, err := e.seq.Seal(); err != nil { // block 1: no transaction, no lie
		t.Fatal(err)
	}
	a0 := transfer(t, aliceKey, 0, 5)
	mustAdd(t, e, a0)
	lie, err := e.seq.Seal() // block 2: the lie
	if err != nil || len(lie.Txs) != 2 {
		t.Fatalf("block 2: %v", err)
	}
	mustAdd(t, e, transfer(t, aliceKey, 1, 6))
	if b, err := e.seq.Seal(); err != nil || len(b.Txs) != 1 || lies != 1 {
		t.Fatalf("block 3: %v (lies told: %d)", err, lies)
	}
	if a, _ := e.chain.State().Account(thief); a.Balance.IsZero() {
		t.Fatal("the lie minted nothing")
	}

	if made, err := e.seq.RewindFraud(4); err != nil || made != nil {
		t.Fatalf("RewindFraud beyond the head: %d blocks, %v", len(made), err)
	}
	made, err := e.seq.RewindFraud(2)
	if err != nil {
		t.Fatal(err)
	}
	if len(made) != 1 || made[0].Header.Number != 2 || made[0].Hash() == lie.Hash() {
		t.Fatalf("re-sequenced %d blocks", len(made))
	}
	var got []common.Hash
	for _, tx := range made[0].Txs {
		got = append(got, tx.Hash(cfg.ChainID))
	}
	if len(got) != 2 || got[0] != a0.Hash() {
		t.Fatalf("the new block 2 holds %v, want alice's two transfers once each", got)
	}
	if a, _ := e.chain.State().Account(thief); !a.Balance.IsZero() {
		t.Fatalf("the thief keeps %s", a.Balance.Dec())
	}
	if a, _ := e.chain.State().Account(alice); a.Nonce != 2 {
		t.Fatalf("alice's nonce %d, want 2", a.Nonce)
	}
}

// TestRewindFraudDropsAForgedTransaction: the lying block holds a transfer
// whose signature does not recover (misbehave.BadSignature) under a receipt
// naming a sender of the block. A block read back names each sender from
// its receipt; RewindFraud must check every transaction again from its
// signature, so the forged one is dropped and the honest one kept.
func TestRewindFraudDropsAForgedTransaction(t *testing.T) {
	e := newEnv(t)
	e.seq.cfg.Lie = func(pre state.Reader, q []core.QueueItem, o *core.Outcome) (*core.Outcome, bool, error) {
		return misbehave.Lie(misbehave.BadSignature, cfg, pre, q, o)
	}
	aliceKey, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	if _, err := e.seq.Seal(); err != nil {
		t.Fatal(err)
	}
	a0 := transfer(t, aliceKey, 0, 5)
	mustAdd(t, e, a0)
	lie, err := e.seq.Seal()
	if err != nil || len(lie.Txs) != 2 {
		t.Fatalf("block 2: %d txs, %v; want the transfer and the forged one", len(lie.Txs), err)
	}
	made, err := e.seq.RewindFraud(2)
	if err != nil {
		t.Fatal(err)
	}
	if len(made) != 1 || len(made[0].Txs) != 1 || made[0].Txs[0].Hash(cfg.ChainID) != a0.Hash() {
		t.Fatalf("re-sequenced %d blocks; want one holding alice's transfer alone", len(made))
	}
}

// TestRewindSkippedQueueSealsTheQueueItemsFirst: block 2 was sealed before
// a forced withdrawal was confirmed here, so it leaves it unapplied; L1
// would refuse it once the item is past the inclusion window.
// RewindSkippedQueue takes the chain back before block 2 and seals alice's
// transfers again in a block that first applies the waiting queue items.
func TestRewindSkippedQueueSealsTheQueueItemsFirst(t *testing.T) {
	e := newEnv(t)
	aliceKey, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	if _, err := e.seq.Seal(); err != nil {
		t.Fatal(err)
	}
	a0, a1 := transfer(t, aliceKey, 0, 5), transfer(t, aliceKey, 1, 7)
	mustAdd(t, e, a0)
	mustAdd(t, e, a1)
	if b, err := e.seq.Seal(); err != nil || b.Header.QueueCursor != 1 || len(b.Txs) != 2 {
		t.Fatalf("block 2: %v", err)
	}
	forced := core.QueueItem{Kind: core.QueueForcedWithdrawal, From: alice, To: alice, Amount: *uint256.NewInt(1e17)}
	e.queue.items = append(e.queue.items, forced)
	if made, err := e.seq.RewindSkippedQueue(3); err != nil || made != nil || e.chain.Head().Number != 2 {
		t.Fatalf("RewindSkippedQueue beyond the head: %d blocks, %v", len(made), err)
	}
	made, err := e.seq.RewindSkippedQueue(2)
	if err != nil || len(made) != 1 {
		t.Fatalf("RewindSkippedQueue(2) = %d blocks, %v", len(made), err)
	}
	b := made[0]
	if b.Header.Number != 2 || b.Header.QueueCursor != 2 || len(b.Withdrawals) != 1 || b.Withdrawals[0].Recipient != alice {
		t.Fatalf("new block 2: number %d, cursor %d, withdrawals %v", b.Header.Number, b.Header.QueueCursor, b.Withdrawals)
	}
	if len(b.Txs) != 2 || b.Txs[0].Hash(cfg.ChainID) != a0.Hash() || b.Txs[1].Hash(cfg.ChainID) != a1.Hash() {
		t.Fatalf("new block 2 holds %d transactions, want alice's two in order", len(b.Txs))
	}
}
