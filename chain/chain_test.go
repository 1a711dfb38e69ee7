package chain

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

var cfg = core.DevConfig()

func openFS(t testing.TB, fs vfs.FS) (*pebble.DB, *Chain) {
	t.Helper()
	pdb, err := pebble.Open("", &pebble.Options{FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Open(pdb, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return pdb, c
}

func signedTx(t testing.TB, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value int64) *core.Tx {
	t.Helper()
	gas := core.TransferGas
	if to == core.BridgeAddress {
		gas = core.WithdrawalGas
	}
	st, err := types.SignNewTx(key, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: gas, To: &to, Value: big.NewInt(value),
	})
	if err != nil {
		t.Fatal(err)
	}
	tx, err := core.FromTransaction(st, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// build makes the next block on c: the queue items, then the transactions.
func build(t testing.TB, c *Chain, queue []core.QueueItem, txs ...*core.Tx) (*Block, *state.Pending) {
	t.Helper()
	b, err := core.NewBuilder(cfg, c.State(), c.Head(), c.Head().Timestamp+1, common.HexToAddress("0xfee"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range queue {
		if err := b.ApplyQueueItem(&queue[i]); err != nil {
			t.Fatal(err)
		}
	}
	for _, tx := range txs {
		if err := b.ApplyTx(tx); err != nil {
			t.Fatal(err)
		}
	}
	o, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.Prepare(o.Diff)
	if err != nil {
		t.Fatal(err)
	}
	return FromOutcome(o, p.Root()), p
}

func TestAppendRefusesABlockThatDoesNotExtendTheHead(t *testing.T) {
	_, c := openFS(t, vfs.NewMem())
	for _, tc := range []struct {
		name   string
		mutate func(h *core.Header)
	}{
		{"wrong parent hash", func(h *core.Header) { h.ParentHash = common.HexToHash("0x01") }},
		{"wrong number", func(h *core.Header) { h.Number = 5 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blk, p := build(t, c, nil)
			tc.mutate(blk.Header)
			if err := c.Append(blk, p); !errors.Is(err, ErrNotParent) {
				t.Fatalf("Append = %v, want ErrNotParent", err)
			}
			if c.Head().Number != 0 {
				t.Fatalf("head moved to %d", c.Head().Number)
			}
		})
	}
	blk, p := build(t, c, nil)
	blk.Header.StateRoot = common.HexToHash("0x02")
	if err := c.Append(blk, p); err == nil {
		t.Fatal("Append accepted a header whose state root is not the prepared one")
	}
}

func TestLookupsOfUnknownThingsAreNotFound(t *testing.T) {
	_, c := openFS(t, vfs.NewMem())
	if _, err := c.BlockByNumber(1); !errors.Is(err, ErrNotFound) {
		t.Fatalf("BlockByNumber(1) = %v", err)
	}
	if _, err := c.BlockByHash(common.HexToHash("0x01")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("BlockByHash = %v", err)
	}
	if _, _, err := c.TxLocation(common.HexToHash("0x01")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("TxLocation = %v", err)
	}
	g, err := c.BlockByNumber(0)
	if err != nil || g.Hash() != core.Genesis().Hash() {
		t.Fatalf("genesis = %v, %v", g, err)
	}
}

// TestBlocksSurviveACrash appends blocks, cuts the power (only synced writes
// survive) and reopens: the head, the blocks, the tx index and the state are
// all those of the last appended block.
func TestBlocksSurviveACrash(t *testing.T) {
	fs := vfs.NewStrictMem()
	pdb, c := openFS(t, fs)
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	bob := common.HexToAddress("0xb0b")
	deposit := core.QueueItem{Kind: core.QueueDepositETH, From: alice, To: alice, Amount: *uint256.NewInt(1e18)}
	b1, p1 := build(t, c, []core.QueueItem{deposit})
	if err := c.Append(b1, p1); err != nil {
		t.Fatal(err)
	}
	tx0, tx1 := signedTx(t, key, 0, bob, 5), signedTx(t, key, 1, core.BridgeAddress, 7)
	b2, p2 := build(t, c, nil, tx0, tx1)
	if err := c.Append(b2, p2); err != nil {
		t.Fatal(err)
	}
	head := c.Head()

	fs.SetIgnoreSyncs(true)
	pdb.Close()
	fs.ResetToSyncedState()
	fs.SetIgnoreSyncs(false)

	pdb, c = openFS(t, fs)
	defer pdb.Close()
	if c.Head().Hash() != head.Hash() {
		t.Fatalf("head after crash %d %s, want %d %s", c.Head().Number, c.Head().Hash(), head.Number, head.Hash())
	}
	got, err := c.BlockByHash(head.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Txs) != 2 || len(got.Receipts) != 2 || len(got.Withdrawals) != 1 {
		t.Fatalf("block 2 has %d txs, %d receipts, %d withdrawals", len(got.Txs), len(got.Receipts), len(got.Withdrawals))
	}
	if got.Receipts[1].Withdrawal != 0 || got.Receipts[0].Withdrawal != -1 || got.Receipts[1].Sender != alice {
		t.Fatalf("receipts %+v", got.Receipts)
	}
	if got.Withdrawals[0].Amount.Uint64() != 7 || got.Withdrawals[0].Recipient != alice {
		t.Fatalf("withdrawal %+v", got.Withdrawals[0])
	}
	n, i, err := c.TxLocation(tx1.Hash(cfg.ChainID))
	if err != nil || n != 2 || i != 1 {
		t.Fatalf("TxLocation = %d, %d, %v", n, i, err)
	}
	b, err := c.State().Account(bob)
	if err != nil || b.Balance.Uint64() != 5 {
		t.Fatalf("bob = %+v, %v", b, err)
	}
	a, _ := c.State().Account(alice)
	if a.Nonce != 2 {
		t.Fatalf("alice nonce %d", a.Nonce)
	}
	// The chain goes on from where it was.
	b3, p3 := build(t, c, nil, signedTx(t, key, 2, bob, 1))
	if err := c.Append(b3, p3); err != nil {
		t.Fatal(err)
	}
}

// TestPoolJournalLoadsEveryHash: the journal is keyed by transaction hash;
// Load returns entries at both ends of the hash range (a bound of
// prefix‖0xff once lost every transaction whose hash starts with 0xff) and
// nothing that belongs to the keys around it.
func TestPoolJournalLoadsEveryHash(t *testing.T) {
	fs := vfs.NewStrictMem()
	pdb, c := openFS(t, fs)
	j := c.PoolJournal()
	hashes := []common.Hash{
		{},
		common.HexToHash("0x01"),
		common.HexToHash("0xff00000000000000000000000000000000000000000000000000000000000000"),
		common.HexToHash("0xffcb3fa86e0ca3affef8106961b145addf8ac24b9e0201a5a0cc1a1a908d0cc0"),
		common.HexToHash("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
	}
	for i, h := range hashes {
		if err := j.Put(h, []byte{byte(i)}); err != nil {
			t.Fatal(err)
		}
	}
	// Neighbours of the journal's key range: a meta value ("cm…") and one
	// under the next prefix ("cq…").
	if err := c.SetMeta("x", []byte{0xee}); err != nil {
		t.Fatal(err)
	}
	if err := pdb.Set([]byte("cq"), []byte{0xdd}, pebble.Sync); err != nil {
		t.Fatal(err)
	}
	// Put is durable: a crash right after keeps every entry.
	fs.SetIgnoreSyncs(true)
	pdb.Close()
	fs.ResetToSyncedState()
	fs.SetIgnoreSyncs(false)
	pdb, c = openFS(t, fs)
	defer pdb.Close()
	load := func() map[byte]bool {
		got := map[byte]bool{}
		if err := c.PoolJournal().Load(func(raw []byte) {
			if len(raw) != 1 || got[raw[0]] {
				t.Fatalf("Load returned %x", raw)
			}
			got[raw[0]] = true
		}); err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := load(); len(got) != len(hashes) {
		t.Fatalf("Load returned %d of %d entries: %v", len(got), len(hashes), got)
	}
	if err := c.PoolJournal().Delete(hashes[2:]); err != nil {
		t.Fatal(err)
	}
	if got := load(); len(got) != 2 || !got[0] || !got[1] {
		t.Fatalf("after Delete, Load returned %v", got)
	}
}

// TestBlockWithUndecodableTxDataIsKept: a misbehaving sequencer stores a
// block whose tx data does not decode (and so has no receipts) for a fraud
// proof to revert; it reads back as posted, with no transactions, and can
// be taken back.
func TestBlockWithUndecodableTxDataIsKept(t *testing.T) {
	_, c := openFS(t, vfs.NewMem())
	o, err := core.Execute(cfg, c.State(), c.Head(), 1, common.Address{}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	o.TxData = []byte{0xff}
	p, err := c.Prepare(o.Diff)
	if err != nil {
		t.Fatal(err)
	}
	b := FromOutcome(o, p.Root())
	if err := c.Append(b, p); err != nil {
		t.Fatal(err)
	}
	got, err := c.BlockByNumber(1)
	if err != nil {
		t.Fatal(err)
	}
	if got.Hash() != b.Hash() || len(got.Txs) != 0 || string(got.TxData) != "\xff" {
		t.Fatalf("read back %+v", got)
	}
	if _, err := c.Rewind(0); err != nil {
		t.Fatal(err)
	}
	if c.Head().Number != 0 {
		t.Fatalf("head %d after rewinding", c.Head().Number)
	}
}

// TestBlockReadGivesTheSendersAndHashes: a block read back has each
// transaction's sender (from its receipt, without ecrecover) and hash.
func TestBlockReadGivesTheSendersAndHashes(t *testing.T) {
	pdb, c := openFS(t, vfs.NewMem())
	defer pdb.Close()
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	deposit := core.QueueItem{Kind: core.QueueDepositETH, From: alice, To: alice, Amount: *uint256.NewInt(1e18)}
	b1, p1 := build(t, c, []core.QueueItem{deposit})
	if err := c.Append(b1, p1); err != nil {
		t.Fatal(err)
	}
	txs := []*core.Tx{signedTx(t, key, 0, common.HexToAddress("0xb0b"), 5), signedTx(t, key, 1, core.BridgeAddress, 7)}
	b2, p2 := build(t, c, nil, txs...)
	if err := c.Append(b2, p2); err != nil {
		t.Fatal(err)
	}
	got, err := c.BlockByNumber(2)
	if err != nil {
		t.Fatal(err)
	}
	for i, tx := range got.Txs {
		s, err := tx.Sender(cfg.ChainID)
		if err != nil || s != alice || tx.Hash(cfg.ChainID) != txs[i].Hash(cfg.ChainID) {
			t.Fatalf("tx %d: sender %s (%v), hash %s; want %s, %s", i, s, err, tx.Hash(cfg.ChainID), alice, txs[i].Hash(cfg.ChainID))
		}
	}
}

// TestHeaderByNumberIsTheBlocksHeader: the header read alone is the one
// the whole block holds, and an unknown block is not found.
func TestHeaderByNumberIsTheBlocksHeader(t *testing.T) {
	pdb, c := openFS(t, vfs.NewMem())
	defer pdb.Close()
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	b1, p1 := build(t, c, []core.QueueItem{{Kind: core.QueueDepositETH, From: alice, To: alice, Amount: *uint256.NewInt(1e18)}})
	if err := c.Append(b1, p1); err != nil {
		t.Fatal(err)
	}
	b2, p2 := build(t, c, nil, signedTx(t, key, 0, common.HexToAddress("0xb0b"), 5))
	if err := c.Append(b2, p2); err != nil {
		t.Fatal(err)
	}
	for n := range uint64(3) {
		h, err := c.HeaderByNumber(n)
		if err != nil {
			t.Fatal(err)
		}
		b, err := c.BlockByNumber(n)
		if err != nil || h.Hash() != b.Hash() {
			t.Fatalf("block %d: header %s, block %s (%v)", n, h.Hash(), b.Hash(), err)
		}
	}
	if _, err := c.HeaderByNumber(3); !errors.Is(err, ErrNotFound) {
		t.Fatalf("block 3: %v", err)
	}
}

// BenchmarkBlockByNumber reads a stored block of 64 transfers back (the
// RPC's eth_getBlockByNumber and the batcher do, for every block).
func BenchmarkBlockByNumber(b *testing.B) {
	t := b
	pdb, c := openFS(t, vfs.NewMem())
	defer pdb.Close()
	var queue []core.QueueItem
	var keys []*ecdsa.PrivateKey
	for range 64 {
		key, _ := crypto.GenerateKey()
		a := crypto.PubkeyToAddress(key.PublicKey)
		keys = append(keys, key)
		queue = append(queue, core.QueueItem{Kind: core.QueueDepositETH, From: a, To: a, Amount: *uint256.NewInt(1e18)})
	}
	for i := 0; i < len(queue); i += core.MaxQueueItemsPerBlock {
		blk, p := build(t, c, queue[i:i+core.MaxQueueItemsPerBlock])
		if err := c.Append(blk, p); err != nil {
			b.Fatal(err)
		}
	}
	var txs []*core.Tx
	for _, k := range keys {
		txs = append(txs, signedTx(t, k, 0, common.HexToAddress("0xb0b"), 1))
	}
	blk, p := build(t, c, nil, txs...)
	if err := c.Append(blk, p); err != nil {
		b.Fatal(err)
	}
	n := c.Head().Number
	b.ResetTimer()
	for range b.N {
		got, err := c.BlockByNumber(n)
		if err != nil || len(got.Txs) != 64 {
			b.Fatal(err)
		}
		if _, err := got.Txs[63].Sender(cfg.ChainID); err != nil {
			b.Fatal(err)
		}
	}
}
