package engine

import (
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/core"
)

// holdStores makes e's stores wait, before their state root, until the
// returned release is called; entered receives each held block's number.
func holdStores(e *Engine) (entered <-chan uint64, release func()) {
	in := make(chan uint64, 4)
	gate := make(chan struct{})
	e.SetStoreHook(func(n uint64) {
		in <- n
		<-gate
	})
	return in, func() { close(gate) }
}

// TestPreconfirmationsGoOnWhileTheSealedBlockIsStored: while a block
// StartSeal sealed is being stored (held here before its state root), the
// next block opens on top of it and pre-confirms at once: the receipts,
// the pending state and the lookups of both blocks are answered, the
// head is still the block before; once stored, the next block names it
// as its parent, both hold exactly what was pre-confirmed, and a verifier
// re-executing them finds the same headers.
func TestPreconfirmationsGoOnWhileTheSealedBlockIsStored(t *testing.T) {
	e := newEngine(t)
	keys, items := fundedKeys(t, e, 2)
	alice := crypto.PubkeyToAddress(keys[0].PublicKey)
	bob := common.HexToAddress("0xb0b")
	entered, release := holdStores(e)
	g1 := preconfirm(t, e, opener(5), transfer(t, keys[0], 0, bob, 1, 1), transfer(t, keys[1], 0, bob, 2, 1))
	if n, err := e.StartSeal(); err != nil || n != 2 {
		t.Fatalf("StartSeal: block %d, %v", n, err)
	}
	if n := <-entered; n != 2 {
		t.Fatalf("storing block %d, want 2", n)
	}
	// Block 2 is held in its store: block 3 pre-confirms meanwhile, on
	// top of it (alice's nonce 1 needs block 2's nonce 0).
	g2 := preconfirm(t, e, opener(6), transfer(t, keys[0], 1, bob, 3, 1))
	if len(g2.Included) != 1 || g2.Included[0].Block != 3 || g2.Included[0].Index != 0 {
		t.Fatalf("pre-confirmed during the store: %d included, block %d", len(g2.Included), g2.Included[0].Block)
	}
	if h := e.Head().Number; h != 1 {
		t.Fatalf("head %d while block 2 is held in its store", h)
	}
	if n, cursor := e.Tip(); n != 2 || cursor != uint64(len(items)) {
		t.Fatalf("tip %d cursor %d, want block 2 after %d queue items", n, cursor, len(items))
	}
	if a, _ := e.PendingState().Account(alice); a.Nonce != 2 {
		t.Fatalf("pending nonce %d, want 2 (block 2's and block 3's)", a.Nonce)
	}
	pb := e.Pending()
	for _, pc := range append(g1.Included, g2.Included...) {
		blk, got, ok := pb.Find(pc.Hash)
		if !ok || got != pc || blk.Number != pc.Block {
			t.Fatalf("tx %s of block %d not found in the pending blocks", pc.Hash, pc.Block)
		}
	}
	release()
	if err := e.Flush(); err != nil {
		t.Fatal(err)
	}
	if e.Head().Number != 2 {
		t.Fatalf("head %d after the store", e.Head().Number)
	}
	s, err := e.SealOpen(nil)
	if err != nil {
		t.Fatal(err)
	}
	b2, b3 := mustBlock(t, e, 2), s.Block
	if b3.Header.ParentHash != b2.Hash() {
		t.Fatalf("block 3's parent %s, block 2 %s", b3.Header.ParentHash, b2.Hash())
	}
	for i, pc := range g1.Included {
		if b2.Txs[i].Hash(cfg.ChainID) != pc.Hash || !reflect.DeepEqual(b2.Receipts[i], pc.Receipt) {
			t.Fatalf("block 2 tx %d differs from its pre-confirmation", i)
		}
	}
	if len(b3.Txs) != 1 || b3.Txs[0].Hash(cfg.ChainID) != g2.Included[0].Hash || !reflect.DeepEqual(b3.Receipts[0], g2.Included[0].Receipt) {
		t.Fatal("block 3 differs from its pre-confirmation")
	}
	verify(t, e, items, 3)
	if journaled(t, e) != 0 {
		t.Fatal("the journal still holds a stored block")
	}
}

// TestACrashWhileASealedBlockIsStoredLosesNothing: a crash that loses a
// block StartSeal stored (not synced: its journal can make it again) and
// the next block's pre-confirmations, journaled before the store ended
// (their open record names the grandparent, the parent's hash not being
// known yet): Recover seals both again, identically.
func TestACrashWhileASealedBlockIsStoredLosesNothing(t *testing.T) {
	c := newCrashable(t)
	keys, items := fundedKeys(t, c.e, 1)
	bob := common.HexToAddress("0xb0b")
	entered, release := holdStores(c.e)
	preconfirm(t, c.e, opener(7), transfer(t, keys[0], 0, bob, 1, 1))
	if _, err := c.e.StartSeal(); err != nil {
		t.Fatal(err)
	}
	<-entered
	g := preconfirm(t, c.e, opener(8), transfer(t, keys[0], 1, bob, 1, 1))
	// Nothing after this point is synced: block 2's store is lost.
	c.fs.SetIgnoreSyncs(true)
	release()
	if err := c.e.Flush(); err != nil {
		t.Fatal(err)
	}
	c.e.SetStoreHook(nil)
	s, err := c.e.SealOpen(nil)
	if err != nil {
		t.Fatal(err)
	}
	want2, want3 := mustBlock(t, c.e, 2).Hash(), s.Block.Hash()
	c.crash(t)
	if h := c.e.Head().Number; h != 1 {
		t.Fatalf("head %d after the crash: the unsynced blocks survived, the test proves nothing", h)
	}
	if n, err := c.e.Recover(); err != nil || n != 2 {
		t.Fatalf("Recover sealed %d blocks (%v), want blocks 2 and 3", n, err)
	}
	if got2, got3 := mustBlock(t, c.e, 2).Hash(), c.e.Head().Hash(); c.e.Head().Number != 3 || got2 != want2 || got3 != want3 {
		t.Fatalf("after recovery block 2 %s block 3 %s (head %d); before the crash %s %s", got2, got3, c.e.Head().Number, want2, want3)
	}
	if r := mustBlock(t, c.e, 3).Receipts[0]; !reflect.DeepEqual(r, g.Included[0].Receipt) {
		t.Fatalf("block 3's receipt %+v, pre-confirmed %+v", r, g.Included[0].Receipt)
	}
	verify(t, c.e, items, 3)
}

// TestACrashAfterTheStoreKeepsTheNextOpenBlock: the sealed block's store
// made durable by the next group's synced journal write, then a crash:
// the open block journaled on top of it (naming its grandparent) extends
// the head, and Recover seals it.
func TestACrashAfterTheStoreKeepsTheNextOpenBlock(t *testing.T) {
	c := newCrashable(t)
	keys, _ := fundedKeys(t, c.e, 1)
	bob := common.HexToAddress("0xb0b")
	entered, release := holdStores(c.e)
	preconfirm(t, c.e, opener(7), transfer(t, keys[0], 0, bob, 1, 1))
	if _, err := c.e.StartSeal(); err != nil {
		t.Fatal(err)
	}
	<-entered
	preconfirm(t, c.e, opener(8), transfer(t, keys[0], 1, bob, 1, 1))
	release()
	if err := c.e.Flush(); err != nil {
		t.Fatal(err)
	}
	want := c.e.Head().Hash()
	preconfirm(t, c.e, opener(8), transfer(t, keys[0], 2, bob, 1, 1)) // synced: block 2 too
	c.crash(t)
	if c.e.Head().Number != 2 || c.e.Head().Hash() != want {
		t.Fatalf("head %d after the crash, want block 2 %s", c.e.Head().Number, want)
	}
	if n, err := c.e.Recover(); err != nil || n != 1 || c.e.Head().Number != 3 {
		t.Fatalf("Recover sealed %d (%v), head %d; want block 3", n, err, c.e.Head().Number)
	}
	if b := mustBlock(t, c.e, 3); b.Header.ParentHash != want || len(b.Txs) != 2 {
		t.Fatalf("block 3: parent %s, %d txs; want block 2 %s and 2 txs", b.Header.ParentHash, len(b.Txs), want)
	}
}

// TestAJournaledBlockOnAnotherParentIsNotSealed: an open record that names
// a grandparent the head's parent is not (the chain moved under it) is
// not sealed on the head: its transactions go back to the mempool journal.
func TestAJournaledBlockOnAnotherParentIsNotSealed(t *testing.T) {
	e := newEngine(t)
	keys, _ := fundedKeys(t, e, 1)
	tx := transfer(t, keys[0], 0, common.HexToAddress("0xb0b"), 1, 1)
	head := e.Head()
	rec, err := encodeOpen(common.Hash{}, common.HexToHash("0x1234"), Open{Timestamp: 9})
	if err != nil {
		t.Fatal(err)
	}
	b := e.Chain().State().Pebble().NewBatch()
	raw := append(append([]byte(nil), crypto.PubkeyToAddress(keys[0].PublicKey).Bytes()...), core.AppendTx(nil, tx.Tx)...)
	if err := b.Set(journalKey(head.Number+1, 0), rec, nil); err != nil {
		t.Fatal(err)
	}
	if err := b.Set(journalKey(head.Number+1, 1), raw, nil); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(nil); err != nil {
		t.Fatal(err)
	}
	if n, err := e.Recover(); err != nil || n != 0 || e.Head().Number != head.Number {
		t.Fatalf("Recover sealed %d (%v), head %d", n, err, e.Head().Number)
	}
	if journaled(t, e) != 0 {
		t.Fatal("the journal still holds the block")
	}
}

// TestABlockOfQueueItemsAloneIsStoredSynced: an open block that holds
// queue items but no transaction is not in the journal, so StartSeal
// stores it, synced, before it returns: a crash right after keeps it, and
// no block opens on one that a crash could lose.
func TestABlockOfQueueItemsAloneIsStoredSynced(t *testing.T) {
	c := newCrashable(t)
	poor, _ := crypto.GenerateKey()
	g := preconfirm(t, c.e, opener(5, deposit(common.HexToAddress("0xabc"), 5)), transfer(t, poor, 0, common.HexToAddress("0xb0b"), 1, 1))
	if len(g.Included) != 0 || len(g.Dropped) != 1 {
		t.Fatalf("%d included, %d dropped; want the unfunded transfer dropped", len(g.Included), len(g.Dropped))
	}
	if n, err := c.e.StartSeal(); err != nil || n != 1 {
		t.Fatalf("StartSeal: block %d, %v", n, err)
	}
	if c.e.Head().Number != 1 {
		t.Fatalf("head %d once StartSeal returned, want the block of queue items stored", c.e.Head().Number)
	}
	c.crash(t)
	if c.e.Head().Number != 1 {
		t.Fatalf("head %d after a crash, want the block of queue items kept", c.e.Head().Number)
	}
}

// TestARewindAfterAStoreLeavesNoStaleState: a block stored by StartSeal
// and then taken back by a rewind is no longer read by the pending state
// nor answered as pre-confirmed, though the last view published still
// names it (no block opened since).
func TestARewindAfterAStoreLeavesNoStaleState(t *testing.T) {
	e := newEngine(t)
	keys, _ := fundedKeys(t, e, 1)
	alice := crypto.PubkeyToAddress(keys[0].PublicKey)
	tx := transfer(t, keys[0], 0, common.HexToAddress("0xb0b"), 1, 1)
	preconfirm(t, e, opener(5), tx)
	if _, err := e.StartSeal(); err != nil {
		t.Fatal(err)
	}
	if err := e.Flush(); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Rewind(1, "test"); err != nil {
		t.Fatal(err)
	}
	if a, _ := e.PendingState().Account(alice); a.Nonce != 0 {
		t.Fatalf("pending nonce %d after the rewind, want 0", a.Nonce)
	}
	if _, _, ok := e.Pending().Find(tx.Hash); ok {
		t.Fatal("a transaction of a block taken back is answered as pre-confirmed")
	}
}
