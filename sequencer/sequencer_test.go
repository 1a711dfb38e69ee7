package sequencer

import (
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
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
	"github.com/viaduct-l2/viaduct/mempool"
	"github.com/viaduct-l2/viaduct/state"
)

var cfg = core.DevConfig()

// sliceQueue is the L1 queue as a test writes it: items, and the index a
// reorg dropped from (reported once).
type sliceQueue struct {
	items   []core.QueueItem
	dropped []uint64
}

func (q *sliceQueue) QueueItems(from uint64, max int) []core.QueueItem {
	if from >= uint64(len(q.items)) {
		return nil
	}
	return q.items[from:min(uint64(len(q.items)), from+uint64(max))]
}

func (q *sliceQueue) TakeDropped() (uint64, bool) {
	if len(q.dropped) == 0 {
		return 0, false
	}
	d := q.dropped[0]
	q.dropped = q.dropped[1:]
	return d, true
}

type env struct {
	chain *chain.Chain
	pool  *mempool.Pool
	queue *sliceQueue
	seq   *Sequencer
}

func newEnv(t *testing.T) *env {
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pdb.Close() })
	c, err := chain.Open(pdb, cfg)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{chain: c, queue: &sliceQueue{}}
	e.pool = mempool.New(cfg, mempool.Config{PerSender: 200, Total: 1000}, c.State())
	now := time.Unix(1_800_000_000, 0)
	e.seq = New(Config{FeeRecipient: common.HexToAddress("0xfee"), Now: func() time.Time { return now }}, c, e.pool, e.queue, slog.New(slog.NewTextHandler(io.Discard, nil)))
	return e
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

func TestNothingToIncludeMakesNoBlock(t *testing.T) {
	e := newEnv(t)
	b, err := e.seq.Seal()
	if err != nil || b != nil {
		t.Fatalf("Seal = %v, %v; want no block", b, err)
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
	b1, err := e.seq.Seal()
	if err != nil {
		t.Fatal(err)
	}
	if b1.QueueItems != 16 || b1.Header.QueueCursor != 16 || len(b1.Txs) != 0 {
		t.Fatalf("block 1: %d queue items, cursor %d, %d txs", b1.QueueItems, b1.Header.QueueCursor, len(b1.Txs))
	}
	if _, err := e.pool.Add(transfer(t, key, 0, 5)); err != nil {
		t.Fatal(err)
	}
	b2, err := e.seq.Seal()
	if err != nil {
		t.Fatal(err)
	}
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

// TestFailingTransactionIsDroppedNotIncluded: two transactions that each
// pass admission alone but not together; the second is dropped.
func TestFailingTransactionIsDroppedNotIncluded(t *testing.T) {
	e := newEnv(t)
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	if _, err := e.seq.Seal(); err != nil {
		t.Fatal(err)
	}
	spendAll := transfer(t, key, 0, 9e17)
	tooMuch := transfer(t, key, 1, 9e17)
	for _, tx := range []*types.Transaction{spendAll, tooMuch} {
		if _, err := e.pool.Add(tx); err != nil {
			t.Fatal(err)
		}
	}
	b, err := e.seq.Seal()
	if err != nil {
		t.Fatal(err)
	}
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

func TestFullBlocksSplitAt64(t *testing.T) {
	e := newEnv(t)
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	if _, err := e.seq.Seal(); err != nil {
		t.Fatal(err)
	}
	for n := range uint64(100) {
		if _, err := e.pool.Add(transfer(t, key, n, 1)); err != nil {
			t.Fatal(err)
		}
	}
	b, err := e.seq.Seal()
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Txs) != core.MaxTxsPerBlock {
		t.Fatalf("first block has %d txs", len(b.Txs))
	}
	b, err = e.seq.Seal()
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Txs) != 36 || e.pool.Len() != 0 {
		t.Fatalf("second block has %d txs, pool %d", len(b.Txs), e.pool.Len())
	}
}

func TestStartSealsOnTheTimer(t *testing.T) {
	e := newEnv(t)
	e.seq.cfg.Interval = 10 * time.Millisecond
	sealed := make(chan *chain.Block, 4)
	e.seq.OnBlock = func(b *chain.Block) { sealed <- b }
	e.queue.items = append(e.queue.items, deposit(common.HexToAddress("0xa11ce"), 1))
	if err := e.seq.Start(); err != nil {
		t.Fatal(err)
	}
	defer e.seq.Stop()
	select {
	case b := <-sealed:
		if b.Header.Number != 1 {
			t.Fatalf("sealed block %d", b.Header.Number)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no block sealed")
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
	e := newEnv(t)
	e.pool = mempool.New(cfg, mempool.Config{PerSender: 200, Total: 1000}, slowReader{e.chain.State()})
	e.seq.pool = e.pool
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	if _, err := e.seq.Seal(); err != nil {
		t.Fatal(err)
	}
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
				if _, err := e.seq.Seal(); err != nil {
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
	if b, err := e.seq.Seal(); err != nil || b.QueueItems != 1 {
		t.Fatalf("block 1: %v", err)
	}
	for range core.MaxQueueItemsPerBlock + 4 {
		e.queue.items = append(e.queue.items, deposit(common.HexToAddress("0xd0"), 1))
	}
	mustAdd(t, e, transfer(t, aliceKey, 0, 5))
	for _, want := range []int{core.MaxQueueItemsPerBlock, 4} {
		b, err := e.seq.Seal()
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
