package sequencer

import (
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/engine"
	"github.com/viaduct-l2/viaduct/mempool"
)

// newPreconfEnv is a pre-confirming sequencer: its pool admits against
// the engine's pending state and hands executable transactions over.
func newPreconfEnv(t *testing.T) *env {
	t.Helper()
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
	e.pool = mempool.New(cfg, mempool.Config{PerSender: 200, Total: 1000}, e.engine.PendingState())
	if err := e.pool.SetJournal(c.PoolJournal()); err != nil {
		t.Fatal(err)
	}
	e.pool.EnablePreconfirmation()
	t.Cleanup(e.pool.Close)
	e.seq = New(Config{FeeRecipient: common.HexToAddress("0xfee"), Now: func() time.Time { return time.Unix(1_800_000_000, 0) }, Preconfirm: true}, e.engine, e.pool)
	return e
}

// TestPreconfirmTakesOneGroupPerCall: each call pre-confirms what was ready
// when it began and returns, however much remains (here: a sender's 100
// transactions behind a gap that the first one closes: 101 ready at once,
// a block's 64 of them pre-confirmed and sealed, the rest left for the
// next call), so that the driver between two calls also follows L1 and
// seals on time; a loop until nothing is ready would not return while a
// load lasts.
func TestPreconfirmTakesOneGroupPerCall(t *testing.T) {
	e := newPreconfEnv(t)
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	e.queue.items = append(e.queue.items, deposit(alice, 1e18))
	if b := e.seal(t); b == nil || b.QueueItems != 1 {
		t.Fatal("the deposit was not sealed")
	}
	for n := uint64(1); n <= 100; n++ {
		mustAdd(t, e, transfer(t, key, n, 1)) // behind the gap: acknowledged at once
	}
	first := transfer(t, key, 0, 1)
	answered := make(chan error, 1)
	go func() {
		_, err := e.pool.Add(first)
		answered <- err
	}()
	deadline := time.Now().Add(30 * time.Second)
	for e.pool.Get(first.Hash()) == nil {
		if time.Now().After(deadline) {
			t.Fatal("the first transfer never reached the pool")
		}
		time.Sleep(time.Millisecond)
	}
	n, err := e.seq.Preconfirm(e.queue)
	if err != nil {
		t.Fatal(err)
	}
	if err := <-answered; err != nil {
		t.Fatal(err)
	}
	if n != 1 || e.engine.Head().Number != 2 || e.pool.Len() != 101-64 || len(e.engine.Pending().Txs) != 0 {
		t.Fatalf("one call: %d sealed, head %d, %d left pooled, %d open; want one full block sealed and 37 left for the next call",
			n, e.engine.Head().Number, e.pool.Len(), len(e.engine.Pending().Txs))
	}
	if n, err := e.seq.Preconfirm(e.queue); err != nil || n != 0 || e.pool.Len() != 0 || len(e.engine.Pending().Txs) != 37 {
		t.Fatalf("the next call: %d sealed (%v), %d pooled, %d open", n, err, e.pool.Len(), len(e.engine.Pending().Txs))
	}
}
