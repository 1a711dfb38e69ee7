package sequencer

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/engine"
	"github.com/viaduct-l2/viaduct/internal/misbehave"
	"github.com/viaduct-l2/viaduct/mempool"
	"github.com/viaduct-l2/viaduct/state"
)

var cfg = core.DevConfig()

// sliceQueue is the L1 queue as a test writes it.
type sliceQueue struct{ items []core.QueueItem }

func (q *sliceQueue) QueueItems(from uint64, max int) []core.QueueItem {
	if from >= uint64(len(q.items)) {
		return nil
	}
	return q.items[from:min(uint64(len(q.items)), from+uint64(max))]
}

type env struct {
	chain  *chain.Chain
	engine *engine.Engine
	pool   *mempool.Pool
	queue  *sliceQueue
	seq    *Sequencer
}

func newEnv(t *testing.T) *env {
	return newEnvWith(t, nil, nil)
}

// newEnvWith builds a sequencer whose pool reads state through wrap (nil:
// the chain's state directly) and that lies with lie (nil: honest).
func newEnvWith(t *testing.T, wrap func(state.Reader) state.Reader, lie engine.Lie) *env {
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pdb.Close() })
	c, err := chain.Open(pdb, cfg)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{chain: c, engine: engine.New(c, nil), queue: &sliceQueue{}}
	var st state.Reader = c.State()
	if wrap != nil {
		st = wrap(st)
	}
	e.pool = mempool.New(cfg, mempool.Config{PerSender: 200, Total: 1000}, st)
	if err := e.pool.SetJournal(c.PoolJournal()); err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_800_000_000, 0)
	e.seq = New(Config{FeeRecipient: common.HexToAddress("0xfee"), Now: func() time.Time { return now }, Lie: lie}, e.engine, e.pool)
	return e
}

func (e *env) seal(t *testing.T) *chain.Block {
	t.Helper()
	b, err := e.seq.Seal(e.queue)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func deposit(to common.Address, wei uint64) core.QueueItem {
	return core.QueueItem{Kind: core.QueueDepositETH, From: to, To: to, Amount: *uint256.NewInt(wei)}
}

func transfer(t *testing.T, key *ecdsa.PrivateKey, nonce uint64, value int64) *types.Transaction {
	t.Helper()
	to := common.HexToAddress("0xb0b")
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: core.TransferGas, To: &to, Value: big.NewInt(value),
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func mustAdd(t *testing.T, e *env, tx *types.Transaction) {
	t.Helper()
	if _, err := e.pool.Add(tx); err != nil {
		t.Fatal(err)
	}
}

func hashes(b *chain.Block) []common.Hash {
	var out []common.Hash
	for _, tx := range b.Txs {
		out = append(out, tx.Hash(cfg.ChainID))
	}
	return out
}

func TestNothingToIncludeMakesNoBlock(t *testing.T) {
	e := newEnv(t)
	if b := e.seal(t); b != nil {
		t.Fatalf("Seal = block %d; want no block", b.Header.Number)
	}
}

// TestQueueItemsComeFirstAndAtMost16 deposits to a sender whose
// transaction is already pooled: the deposits land before it, in order, 16
// per block.
func TestQueueItemsComeFirstAndAtMost16(t *testing.T) {
	e := newEnv(t)
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	for range 20 {
		e.queue.items = append(e.queue.items, deposit(alice, 1e17))
	}
	b1 := e.seal(t)
	if b1.QueueItems != 16 || b1.Header.QueueCursor != 16 || len(b1.Txs) != 0 {
		t.Fatalf("block 1: %d queue items, cursor %d, %d txs", b1.QueueItems, b1.Header.QueueCursor, len(b1.Txs))
	}
	mustAdd(t, e, transfer(t, key, 0, 5))
	b2 := e.seal(t)
	if b2.QueueItems != 4 || b2.Header.QueueCursor != 20 || len(b2.Txs) != 1 {
		t.Fatalf("block 2: %d queue items, cursor %d, %d txs", b2.QueueItems, b2.Header.QueueCursor, len(b2.Txs))
	}
	a, _ := e.chain.State().Account(alice)
	want := uint256.NewInt(2e18)
	want.Sub(want, uint256.NewInt(5))
	want.Sub(want, new(uint256.Int).Mul(uint256.NewInt(core.TransferGas), b2.Receipts[0].EffectiveGasPrice.Clone()))
	if a.Nonce != 1 || !a.Balance.Eq(want) {
		t.Fatalf("alice %d %s, want 1 %s", a.Nonce, a.Balance.Dec(), want.Dec())
	}
	if e.pool.Len() != 0 {
		t.Fatalf("mempool still holds %d", e.pool.Len())
	}
}

// TestFailingTransactionIsDroppedNotIncluded: two transactions that the
// sender cannot pay for together (admission refuses the second; one
// re-admitted after a rewind is not checked against the balance); the
// second is dropped.
func TestFailingTransactionIsDroppedNotIncluded(t *testing.T) {
	e := newEnv(t)
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	e.seal(t)
	spendAll := transfer(t, key, 0, 9e17)
	tooMuch := transfer(t, key, 1, 9e17)
	mustAdd(t, e, spendAll)
	if refused := e.pool.Readmit([]*types.Transaction{tooMuch}); len(refused) != 0 {
		t.Fatalf("re-admission refused %v", refused)
	}
	b := e.seal(t)
	if len(b.Txs) != 1 || b.Txs[0].Hash(cfg.ChainID) != spendAll.Hash() {
		t.Fatalf("block has %d txs", len(b.Txs))
	}
	if e.pool.Len() != 0 {
		t.Fatalf("the failing transaction is still pooled")
	}
	if _, _, err := e.chain.TxLocation(tooMuch.Hash()); err == nil {
		t.Fatal("the failing transaction is in the chain")
	}
}

func TestSealAllSplitsAt64(t *testing.T) {
	e := newEnv(t)
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	e.seal(t)
	for n := range uint64(100) {
		mustAdd(t, e, transfer(t, key, n, 1))
	}
	n, err := e.seq.SealAll(e.queue)
	if err != nil || n != 2 {
		t.Fatalf("SealAll = %d, %v; want 2 blocks", n, err)
	}
	b2, _ := e.chain.BlockByNumber(2)
	b3, _ := e.chain.BlockByNumber(3)
	if len(b2.Txs) != core.MaxTxsPerBlock || len(b3.Txs) != 36 || e.pool.Len() != 0 {
		t.Fatalf("blocks of %d and %d txs, pool %d", len(b2.Txs), len(b3.Txs), e.pool.Len())
	}
}

// TestRewoundTransactionsAreSealedAgain: bob's deposit (queue item 1) is
// applied in block 2 and spent in block 3; an L1 reorg takes it away (or
// puts another deposit in its place), and the chain is taken back to block
// 1. The readmitted transactions go into the next block in their order,
// after the queue items L1 holds now; bob's transfer, which only his
// deposit paid for, is dropped in the first case. Nothing stays in the
// journal.
func TestRewoundTransactionsAreSealedAgain(t *testing.T) {
	for _, tc := range []struct {
		name      string
		newItem   bool // the new L1 branch holds another deposit for bob at index 1
		wantBobTx bool
	}{
		{"deposit gone", false, false},
		{"deposit replaced", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			aliceKey, _ := crypto.GenerateKey()
			bobKey, _ := crypto.GenerateKey()
			alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
			bob := crypto.PubkeyToAddress(bobKey.PublicKey)
			e.queue.items = append(e.queue.items, deposit(alice, 1e18))
			e.seal(t)
			e.queue.items = append(e.queue.items, deposit(bob, 1e18))
			a0 := transfer(t, aliceKey, 0, 5)
			mustAdd(t, e, a0)
			if b := e.seal(t); b.Header.QueueCursor != 2 {
				t.Fatalf("block 2 cursor %d", b.Header.QueueCursor)
			}
			b0, a1 := transfer(t, bobKey, 0, 7), transfer(t, aliceKey, 1, 11)
			mustAdd(t, e, b0)
			mustAdd(t, e, a1)
			if b := e.seal(t); len(b.Txs) != 2 {
				t.Fatalf("block 3 has %d txs", len(b.Txs))
			}

			// The reorg.
			e.queue.items = e.queue.items[:1]
			if tc.newItem {
				e.queue.items = append(e.queue.items, deposit(bob, 2e18))
			}
			r, err := e.engine.Rewind(1, "test: a queue item was replaced")
			if err != nil {
				t.Fatal(err)
			}
			e.seq.Readmit(r)
			b := e.seal(t)
			want := []common.Hash{a0.Hash(), a1.Hash()}
			if tc.wantBobTx {
				want = []common.Hash{a0.Hash(), b0.Hash(), a1.Hash()}
			}
			if b.Header.Number != 2 || b.Header.QueueCursor != uint64(len(e.queue.items)) || fmt.Sprint(hashes(b)) != fmt.Sprint(want) {
				t.Fatalf("block %d cursor %d holds %v, want %v", b.Header.Number, b.Header.QueueCursor, hashes(b), want)
			}
			if bobAcct, _ := e.chain.State().Account(bob); !tc.wantBobTx && !bobAcct.Balance.IsZero() {
				t.Fatalf("bob keeps %s of a deposit that is gone", bobAcct.Balance.Dec())
			}
			left := 0
			if err := e.chain.PoolJournal().Load(func([]byte) { left++ }); err != nil {
				t.Fatal(err)
			}
			if left != 0 || e.pool.Len() != 0 {
				t.Fatalf("%d transactions left in the journal, %d in the pool", left, e.pool.Len())
			}
		})
	}
}

// TestLieIsToldOnceAndWhatIsValidIsSealedAgain: a misbehaving sequencer
// (Config.Lie) replays alice's transfer in its block and mints for a
// thief, once; after a fraud proof the chain is taken back before that
// block and its transactions readmitted: the transfer goes in once, the
// replay is dropped, nothing is minted.
func TestLieIsToldOnceAndWhatIsValidIsSealedAgain(t *testing.T) {
	thief := common.HexToAddress("0x7417")
	lies := 0
	lie := func(_ state.Reader, _ []core.QueueItem, o *core.Outcome) (*core.Outcome, bool, error) {
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
	e := newEnvWith(t, nil, lie)
	aliceKey, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	e.seal(t) // block 1: no transaction, no lie
	a0 := transfer(t, aliceKey, 0, 5)
	mustAdd(t, e, a0)
	if b := e.seal(t); len(b.Txs) != 2 { // block 2: the lie
		t.Fatalf("block 2 has %d txs", len(b.Txs))
	}
	mustAdd(t, e, transfer(t, aliceKey, 1, 6))
	if b := e.seal(t); len(b.Txs) != 1 || lies != 1 {
		t.Fatalf("block 3: %d txs (lies told: %d)", len(b.Txs), lies)
	}
	r, err := e.engine.Rewind(1, "test: a fraud proof")
	if err != nil {
		t.Fatal(err)
	}
	e.seq.Readmit(r)
	b := e.seal(t)
	if got := hashes(b); len(got) != 2 || got[0] != a0.Hash() {
		t.Fatalf("the new block 2 holds %v, want alice's two transfers once each", got)
	}
	if a, _ := e.chain.State().Account(thief); !a.Balance.IsZero() {
		t.Fatalf("the thief keeps %s", a.Balance.Dec())
	}
	if a, _ := e.chain.State().Account(alice); a.Nonce != 2 {
		t.Fatalf("alice's nonce %d, want 2", a.Nonce)
	}
}

// TestReadmitDropsAForgedTransaction: the lying block holds a transfer
// whose signature does not recover (misbehave.BadSignature) under a
// receipt naming a sender of the block. A block read back names each
// sender from its receipt; readmission checks every transaction again from
// its signature, so the forged one is dropped and the honest one kept.
func TestReadmitDropsAForgedTransaction(t *testing.T) {
	e := newEnvWith(t, nil, func(pre state.Reader, q []core.QueueItem, o *core.Outcome) (*core.Outcome, bool, error) {
		return misbehave.Lie(misbehave.BadSignature, cfg, pre, q, o)
	})
	aliceKey, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	e.seal(t)
	a0 := transfer(t, aliceKey, 0, 5)
	mustAdd(t, e, a0)
	if lie := e.seal(t); len(lie.Txs) != 2 {
		t.Fatalf("block 2: %d txs; want the transfer and the forged one", len(lie.Txs))
	}
	r, err := e.engine.Rewind(1, "test: a fraud proof")
	if err != nil {
		t.Fatal(err)
	}
	e.seq.Readmit(r)
	if b := e.seal(t); len(b.Txs) != 1 || b.Txs[0].Hash(cfg.ChainID) != a0.Hash() {
		t.Fatalf("sealed again: %v; want alice's transfer alone", hashes(b))
	}
}

// TestTakenBackBlockIsSealedAgainWithTheQueueItemsFirst: block 2 was
// sealed before a forced withdrawal was confirmed here, so it leaves it
// unapplied; L1 would refuse it once the item is past the inclusion
// window. Taken back and sealed again, the new block 2 applies the waiting
// queue items first, then alice's transfers in order.
func TestTakenBackBlockIsSealedAgainWithTheQueueItemsFirst(t *testing.T) {
	e := newEnv(t)
	aliceKey, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	e.seal(t)
	a0, a1 := transfer(t, aliceKey, 0, 5), transfer(t, aliceKey, 1, 7)
	mustAdd(t, e, a0)
	mustAdd(t, e, a1)
	if b := e.seal(t); b.Header.QueueCursor != 1 || len(b.Txs) != 2 {
		t.Fatalf("block 2: cursor %d, %d txs", b.Header.QueueCursor, len(b.Txs))
	}
	forced := core.QueueItem{Kind: core.QueueForcedWithdrawal, From: alice, To: alice, Amount: *uint256.NewInt(1e17)}
	e.queue.items = append(e.queue.items, forced)
	r, err := e.engine.Rewind(1, "test: forced inclusion")
	if err != nil {
		t.Fatal(err)
	}
	e.seq.Readmit(r)
	b := e.seal(t)
	if b.Header.Number != 2 || b.Header.QueueCursor != 2 || len(b.Withdrawals) != 1 || b.Withdrawals[0].Recipient != alice {
		t.Fatalf("new block 2: number %d, cursor %d, withdrawals %v", b.Header.Number, b.Header.QueueCursor, b.Withdrawals)
	}
	if fmt.Sprint(hashes(b)) != fmt.Sprint([]common.Hash{a0.Hash(), a1.Hash()}) {
		t.Fatalf("new block 2 holds %v, want alice's two in order", hashes(b))
	}
}

// slowReader is the chain's state read a little slowly, as a loaded
// machine reads it: it widens the gap between a pool's read of an account
// and what the pool does next, so that a block sealed in that gap shows.
type slowReader struct{ state.Reader }

func (r slowReader) Account(a common.Address) (state.Account, error) {
	acct, err := r.Reader.Account(a)
	time.Sleep(100 * time.Microsecond)
	return acct, err
}

// TestPendingNonceNeverGoesBack: a wallet asks for its pending nonce while
// the sequencer seals its transactions one block after another. Once a
// transaction is admitted (the RPC returned its hash), every later answer
// counts it, whether it is still pooled or already in a block: an answer
// that counted neither would have the wallet sign the same nonce again
// ("nonce too low").
func TestPendingNonceNeverGoesBack(t *testing.T) {
	e := newEnvWith(t, func(s state.Reader) state.Reader { return slowReader{s} }, nil)
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	e.seal(t)
	const n = 300
	var admitted atomic.Uint64
	stop := make(chan struct{})
	sealed := make(chan error, 1)
	go func() {
		sealed <- func() error {
			for i := range uint64(n) {
				select {
				case <-stop:
					return nil
				default:
				}
				if _, err := e.pool.Add(transfer(t, key, i, 1)); err != nil {
					return err
				}
				admitted.Store(i + 1)
				if _, err := e.seq.Seal(e.queue); err != nil {
					return err
				}
			}
			return nil
		}()
	}()
	// The first answer that goes back stops the sealer (before the store
	// closes) and fails the test.
	var wrong error
	for last := uint64(0); wrong == nil && admitted.Load() < n; {
		before := admitted.Load()
		got, err := e.pool.PendingNonce(alice)
		switch {
		case err != nil:
			wrong = err
		case got < before || got < last:
			wrong = fmt.Errorf("pending nonce %d after %d transactions were admitted (last answer %d)", got, before, last)
		}
		last = got
	}
	close(stop)
	if err := <-sealed; err != nil {
		t.Fatal(err)
	}
	if wrong != nil {
		t.Fatal(wrong)
	}
	if got, err := e.pool.PendingNonce(alice); err != nil || got != n {
		t.Fatalf("pending nonce %d (%v) after %d transactions", got, err, n)
	}
}

// TestSealAppliesEveryConfirmedQueueItemItCan: a block applies every
// confirmed queue item waiting, up to core.MaxQueueItemsPerBlock, before
// any transaction, so that no block the sequencer seals leaves out an item
// it could have applied (L1's forced-inclusion rule refuses such a block
// once the item is past the inclusion window).
func TestSealAppliesEveryConfirmedQueueItemItCan(t *testing.T) {
	e := newEnv(t)
	aliceKey, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	if b, err := e.seq.Seal(e.queue); err != nil || b.QueueItems != 1 {
		t.Fatalf("block 1: %v", err)
	}
	for range core.MaxQueueItemsPerBlock + 4 {
		e.queue.items = append(e.queue.items, deposit(common.HexToAddress("0xd0"), 1))
	}
	mustAdd(t, e, transfer(t, aliceKey, 0, 5))
	for _, want := range []int{core.MaxQueueItemsPerBlock, 4} {
		b, err := e.seq.Seal(e.queue)
		if err != nil {
			t.Fatal(err)
		}
		if b.QueueItems != want {
			t.Fatalf("block %d applied %d queue items, want %d", b.Header.Number, b.QueueItems, want)
		}
	}
	if head := e.chain.Head(); head.QueueCursor != uint64(len(e.queue.items)) {
		t.Fatalf("queue cursor %d, want every item applied (%d)", head.QueueCursor, len(e.queue.items))
	}
}
