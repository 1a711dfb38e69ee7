package engine

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
)

// crashable is an engine on a file system that can lose what was not
// synced, as a machine that crashes does.
type crashable struct {
	fs  *vfs.MemFS
	pdb *pebble.DB
	e   *Engine
}

func newCrashable(t *testing.T) *crashable {
	t.Helper()
	c := &crashable{fs: vfs.NewStrictMem()}
	c.open(t)
	t.Cleanup(func() {
		if c.pdb != nil {
			c.pdb.Close()
		}
	})
	return c
}

func (c *crashable) open(t *testing.T) {
	t.Helper()
	pdb, err := pebble.Open("", &pebble.Options{FS: c.fs})
	if err != nil {
		t.Fatal(err)
	}
	ch, err := chain.Open(pdb, cfg)
	if err != nil {
		t.Fatal(err)
	}
	c.pdb, c.e = pdb, New(ch, nil)
}

// crash loses every write not synced, and opens the database again.
func (c *crashable) crash(t *testing.T) {
	t.Helper()
	c.fs.SetIgnoreSyncs(true)
	c.pdb.Close()
	c.fs.ResetToSyncedState()
	c.fs.SetIgnoreSyncs(false)
	c.open(t)
}

// transfer signs a transfer of value wei with the given tip.
func transfer(t *testing.T, key *ecdsa.PrivateKey, n uint64, to common.Address, value, tip int64) Candidate {
	t.Helper()
	signed, err := types.SignNewTx(key, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: n, GasTipCap: big.NewInt(tip), GasFeeCap: big.NewInt(1e9),
		Gas: core.TransferGas, To: &to, Value: big.NewInt(value),
	})
	if err != nil {
		t.Fatal(err)
	}
	tx, err := core.FromTransaction(signed, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return Candidate{Tx: tx, Hash: signed.Hash(), Sender: crypto.PubkeyToAddress(key.PublicKey)}
}

func opener(ts uint64, items ...core.QueueItem) func() Open {
	return func() Open { return Open{Timestamp: ts, FeeRecipient: common.HexToAddress("0xfee"), Items: items} }
}

func preconfirm(t *testing.T, e *Engine, open func() Open, cands ...Candidate) *Group {
	t.Helper()
	g, err := e.Preconfirm(open, cands)
	if err != nil {
		t.Fatal(err)
	}
	g.Publish()
	return g
}

// fundedKeys deposits 1 ETH to n new keys in a block of their own, and
// returns the keys and the deposits.
func fundedKeys(t *testing.T, e *Engine, n int) ([]*ecdsa.PrivateKey, []core.QueueItem) {
	t.Helper()
	var keys []*ecdsa.PrivateKey
	var items []core.QueueItem
	for range n {
		k, _ := crypto.GenerateKey()
		keys = append(keys, k)
		items = append(items, deposit(crypto.PubkeyToAddress(k.PublicKey), 1e18))
	}
	seal(t, e, Plan{Timestamp: 1, Items: items})
	return keys, items
}

// verify re-executes e's blocks from..to on a fresh engine, as a verifier
// does, given block 1's queue items.
func verify(t *testing.T, e *Engine, items []core.QueueItem, to uint64) {
	t.Helper()
	v := newEngine(t)
	for n := uint64(1); n <= to; n++ {
		b, err := e.Chain().BlockByNumber(n)
		if err != nil {
			t.Fatal(err)
		}
		var q []core.QueueItem
		if n == 1 {
			q = items
		}
		if _, err := v.Insert(b.Header, b.TxData, q); err != nil {
			t.Fatalf("a verifier refuses block %d: %v", n, err)
		}
	}
}

// TestPreconfirmedReceiptsAreTheSealedBlocks: the block sealed after
// pre-confirmations holds exactly the pre-confirmed transactions, in the
// order they arrived (not the tip order a whole-block builder would
// choose), with the receipts, numbers and indices that were answered
// before it was sealed; a transaction that fails is left out and its
// sender's later one waits behind the gap instead of being dropped.
func TestPreconfirmedReceiptsAreTheSealedBlocks(t *testing.T) {
	e := newEngine(t)
	keys, items := fundedKeys(t, e, 3)
	poor, _ := crypto.GenerateKey()
	bob := common.HexToAddress("0xb0b")
	cheap := transfer(t, keys[0], 0, bob, 1, 1)  // arrives first, pays least
	rich := transfer(t, keys[1], 0, bob, 2, 500) // arrives second, pays most
	g1 := preconfirm(t, e, opener(10), cheap, rich)
	broke := transfer(t, poor, 0, bob, 1, 1)
	after := transfer(t, poor, 1, bob, 1, 1)
	third := transfer(t, keys[0], 1, bob, 3, 1)
	g2 := preconfirm(t, e, opener(99), broke, after, third)
	if len(g1.Included) != 2 || len(g2.Included) != 1 || len(g2.Dropped) != 1 || len(g2.Gapped) != 1 {
		t.Fatalf("groups: %d included; %d included, %d dropped, %d gapped", len(g1.Included), len(g2.Included), len(g2.Dropped), len(g2.Gapped))
	}
	if !errors.Is(g2.Dropped[0].Err, core.ErrInsufficientFunds) || g2.Gapped[0].Hash != after.Hash {
		t.Fatalf("dropped %v, gapped %v", g2.Dropped[0].Err, g2.Gapped[0].Hash)
	}
	answered := append(g1.Included, g2.Included...)
	pb := e.Pending()
	if pb.Number != 2 || len(pb.Txs) != 3 {
		t.Fatalf("pending block %d with %d txs", pb.Number, len(pb.Txs))
	}
	if a, _ := e.PendingState().Account(crypto.PubkeyToAddress(keys[0].PublicKey)); a.Nonce != 2 {
		t.Fatalf("pending nonce %d, want 2", a.Nonce)
	}
	if a, _ := e.Chain().State().Account(crypto.PubkeyToAddress(keys[0].PublicKey)); a.Nonce != 0 {
		t.Fatalf("sealed nonce %d before the block is sealed", a.Nonce)
	}
	s, err := e.SealOpen(nil)
	if err != nil {
		t.Fatal(err)
	}
	blk := s.Block
	if blk == nil || blk.Header.Number != 2 || blk.Header.Timestamp != 10 || len(blk.Txs) != 3 {
		t.Fatalf("sealed %+v", blk)
	}
	for i, pc := range answered {
		if pc.Block != blk.Header.Number || pc.Index != i || blk.Txs[i].Hash(cfg.ChainID) != pc.Hash {
			t.Fatalf("tx %d: answered block %d index %d %s; sealed %s", i, pc.Block, pc.Index, pc.Hash, blk.Txs[i].Hash(cfg.ChainID))
		}
		if !reflect.DeepEqual(blk.Receipts[i], pc.Receipt) {
			t.Fatalf("tx %d: receipt answered %+v, sealed %+v", i, pc.Receipt, blk.Receipts[i])
		}
	}
	if e.Pending().Number != 0 {
		t.Fatal("a pending block is still published after sealing")
	}
	// A verifier re-executing the block finds the same header.
	verify(t, e, items, 2)
	if journaled(t, e) != 0 {
		t.Fatal("the journal still holds the sealed block")
	}
}

// journaled counts the journal's records.
func journaled(t *testing.T, e *Engine) int {
	t.Helper()
	bs, err := e.readJournal()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range bs {
		n += len(b.txs)
		if b.open != nil {
			n++
		}
	}
	return n
}

// TestACrashBeforeSealingLosesNothingPreconfirmed: transactions answered
// as pre-confirmed survive a crash before their block is sealed: Recover
// seals the block with them, in their order, with the receipts answered.
func TestACrashBeforeSealingLosesNothingPreconfirmed(t *testing.T) {
	c := newCrashable(t)
	keys, items := fundedKeys(t, c.e, 2)
	bob := common.HexToAddress("0xb0b")
	g1 := preconfirm(t, c.e, opener(7), transfer(t, keys[0], 0, bob, 1, 1), transfer(t, keys[1], 0, bob, 2, 1))
	g2 := preconfirm(t, c.e, opener(8), transfer(t, keys[0], 1, bob, 3, 1))
	answered := append(g1.Included, g2.Included...)
	c.crash(t)
	if h := c.e.Head().Number; h != 1 {
		t.Fatalf("head %d after the crash, want 1 (block 2 was not sealed)", h)
	}
	n, err := c.e.Recover()
	if err != nil || n != 1 {
		t.Fatalf("Recover sealed %d blocks: %v", n, err)
	}
	blk, err := c.e.Chain().BlockByNumber(2)
	if err != nil {
		t.Fatal(err)
	}
	if len(blk.Txs) != len(answered) || blk.Header.Timestamp != 7 {
		t.Fatalf("block 2 has %d txs, time %d; want %d, 7", len(blk.Txs), blk.Header.Timestamp, len(answered))
	}
	for i, pc := range answered {
		if blk.Txs[i].Hash(cfg.ChainID) != pc.Hash || !reflect.DeepEqual(blk.Receipts[i], pc.Receipt) {
			t.Fatalf("tx %d: sealed %s %+v, answered %s %+v", i, blk.Txs[i].Hash(cfg.ChainID), blk.Receipts[i], pc.Hash, pc.Receipt)
		}
	}
	verify(t, c.e, items, 2)
	// Done once: a second start finds nothing to do.
	c.crash(t)
	if n, err := c.e.Recover(); err != nil || n != 0 || c.e.Head().Number != 2 {
		t.Fatalf("second Recover sealed %d (%v), head %d", n, err, c.e.Head().Number)
	}
}

// TestACrashThatLosesTheSealedBlockSealsItAgainIdentically: a sealed
// block is stored without a sync of its own (its transactions are in the
// synced journal); a crash that loses it is repaired by Recover with the
// very same block, hash included, so what the batcher may have posted
// still holds.
func TestACrashThatLosesTheSealedBlockSealsItAgainIdentically(t *testing.T) {
	c := newCrashable(t)
	keys, _ := fundedKeys(t, c.e, 2)
	bob := common.HexToAddress("0xb0b")
	preconfirm(t, c.e, opener(7), transfer(t, keys[0], 0, bob, 1, 1), transfer(t, keys[1], 0, bob, 2, 1))
	s, err := c.e.SealOpen(nil)
	if err != nil {
		t.Fatal(err)
	}
	want := s.Block.Hash()
	c.crash(t)
	if h := c.e.Head().Number; h != 1 {
		t.Fatalf("head %d after the crash: the unsynced block survived, the test proves nothing", h)
	}
	if n, err := c.e.Recover(); err != nil || n != 1 {
		t.Fatalf("Recover sealed %d blocks: %v", n, err)
	}
	if got := c.e.Head().Hash(); c.e.Head().Number != 2 || got != want {
		t.Fatalf("block 2 after recovery %s, before the crash %s", got, want)
	}
}

// TestASyncedWriteAfterASealKeepsTheBlock: the next group's synced
// journal write makes the unsynced block before it durable (Pebble's log
// is written in order), and the journal holds only the new open block.
func TestASyncedWriteAfterASealKeepsTheBlock(t *testing.T) {
	c := newCrashable(t)
	keys, _ := fundedKeys(t, c.e, 1)
	bob := common.HexToAddress("0xb0b")
	preconfirm(t, c.e, opener(7), transfer(t, keys[0], 0, bob, 1, 1))
	s, err := c.e.SealOpen(nil)
	if err != nil {
		t.Fatal(err)
	}
	preconfirm(t, c.e, opener(8), transfer(t, keys[0], 1, bob, 1, 1))
	c.crash(t)
	if c.e.Head().Number != 2 || c.e.Head().Hash() != s.Block.Hash() {
		t.Fatalf("head %d after the crash, want block 2 %s", c.e.Head().Number, s.Block.Hash())
	}
	if n, err := c.e.Recover(); err != nil || n != 1 || c.e.Head().Number != 3 {
		t.Fatalf("Recover sealed %d (%v), head %d; want block 3", n, err, c.e.Head().Number)
	}
}

// TestRewindTakesTheOpenBlockBack: a rewind takes the open block back
// with the blocks before it; its transactions come back (after theirs)
// and are in the mempool journal, and its own journal is gone, so a
// restart does not seal it on a chain that no longer has its parent.
func TestRewindTakesTheOpenBlockBack(t *testing.T) {
	e := newEngine(t)
	keys, _ := fundedKeys(t, e, 1)
	bob := common.HexToAddress("0xb0b")
	preconfirm(t, e, opener(5), transfer(t, keys[0], 0, bob, 1, 1))
	seal(t, e, Plan{Timestamp: 6}) // seals the open block first: block 2
	open := transfer(t, keys[0], 1, bob, 1, 1)
	preconfirm(t, e, opener(7), open)
	r, err := e.Rewind(1, "test")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Txs) != 2 || r.Txs[1].Hash() != open.Hash {
		t.Fatalf("rewind returned %d txs, want block 2's then the open block's", len(r.Txs))
	}
	if e.Pending().Number != 0 || journaled(t, e) != 0 {
		t.Fatal("the open block survived the rewind")
	}
	var inPool []common.Hash
	if err := e.Chain().PoolJournal().Load(func(raw []byte) {
		var tx types.Transaction
		if tx.UnmarshalBinary(raw) == nil {
			inPool = append(inPool, tx.Hash())
		}
	}); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, h := range inPool {
		found = found || h == open.Hash
	}
	if !found {
		t.Fatal("the open block's transaction is not in the mempool journal")
	}
	if n, err := e.Recover(); err != nil || n != 0 {
		t.Fatalf("Recover after the rewind sealed %d: %v", n, err)
	}
}

// TestInsertTakesBackTheOpenBlock: L1 holding a block at the open
// block's number (another poster's) wins: the open block is taken back
// and its transactions are handed out for the sequencer to offer again.
func TestInsertTakesBackTheOpenBlock(t *testing.T) {
	e := newEngine(t)
	keys, items := fundedKeys(t, e, 1)
	other := newEngine(t)
	if _, err := other.Insert(mustBlock(t, e, 1).Header, nil, items); err != nil {
		t.Fatal(err)
	}
	theirs := seal(t, other, Plan{Timestamp: 9, Items: []core.QueueItem{deposit(common.HexToAddress("0xabc"), 5)}}).Block
	mine := transfer(t, keys[0], 0, common.HexToAddress("0xb0b"), 1, 1)
	preconfirm(t, e, opener(5), mine)
	if _, err := e.Insert(theirs.Header, theirs.TxData, []core.QueueItem{deposit(common.HexToAddress("0xabc"), 5)}); err != nil {
		t.Fatal(err)
	}
	got := e.TakeDiscarded()
	if len(got) != 1 || got[0].Hash() != mine.Hash || e.Head().Hash() != theirs.Hash() || e.Pending().Number != 0 {
		t.Fatalf("discarded %d, head %s (L1's %s)", len(got), e.Head().Hash(), theirs.Hash())
	}
}

func mustBlock(t *testing.T, e *Engine, n uint64) *chain.Block {
	t.Helper()
	b, err := e.Chain().BlockByNumber(n)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAFullBlockDefersTheRest: past MaxTxsPerBlock the open block takes
// nothing more; the rest wait for the next block.
func TestAFullBlockDefersTheRest(t *testing.T) {
	e := newEngine(t)
	keys, _ := fundedKeys(t, e, core.MaxQueueItemsPerBlock)
	var cands []Candidate
	for i := range core.MaxTxsPerBlock + 3 {
		cands = append(cands, transfer(t, keys[i%len(keys)], uint64(i/len(keys)), common.HexToAddress("0xb0b"), 1, 1))
	}
	g := preconfirm(t, e, opener(5), cands...)
	if len(g.Included) != core.MaxTxsPerBlock || len(g.Deferred) != 3 || !g.Full {
		t.Fatalf("included %d, deferred %d, full %v", len(g.Included), len(g.Deferred), g.Full)
	}
	if _, err := e.SealOpen(nil); err != nil {
		t.Fatal(err)
	}
	g = preconfirm(t, e, opener(6), g.Deferred...)
	if len(g.Included) != 3 || g.Included[0].Block != 3 || g.Included[0].Index != 0 {
		t.Fatalf("the deferred went to block %d index %d", g.Included[0].Block, g.Included[0].Index)
	}
}
