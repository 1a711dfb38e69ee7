package misbehave

import (
	"errors"
	"math/big"
	"reflect"
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

var (
	cfg      = core.DevConfig()
	aliceKey = mustKey(crypto.Keccak256([]byte("misbehave test alice")))
	alice    = crypto.PubkeyToAddress(aliceKey.PublicKey)
	bob      = common.HexToAddress("0xb0b")
	carol    = common.HexToAddress("0xca401")
	feeTo    = common.HexToAddress("0xfee")
)

// block is a block to lie about: the state after its parent, the parent,
// its queue items and its honest outcome.
type block struct {
	db     *state.DB
	parent *core.Header
	queue  []core.QueueItem
	o      *core.Outcome
}

// newBlock funds alice with 10 ETH in block 1 and builds block 2 on it
// with the given queue items and transfers of 1 ETH from alice to bob.
func newBlock(t *testing.T, queue []core.QueueItem, transfers int) *block {
	t.Helper()
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pdb.Close() })
	db, err := state.New(pdb)
	if err != nil {
		t.Fatal(err)
	}
	fund := []core.QueueItem{{Kind: core.QueueDepositETH, From: alice, To: alice, Amount: *uint256.NewInt(10e18)}}
	o1, err := core.Execute(cfg, db, core.Genesis(), 1, feeTo, fund, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := db.Prepare(o1.Diff)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(p, nil, true); err != nil {
		t.Fatal(err)
	}
	parent := o1.Header(p.Root())
	var txs []*core.Tx
	for i := range transfers {
		st, err := types.SignNewTx(aliceKey, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
			ChainID: cfg.BigChainID(), Nonce: uint64(i), GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(2e9),
			Gas: core.TransferGas, To: &bob, Value: big.NewInt(1e18),
		})
		if err != nil {
			t.Fatal(err)
		}
		tx, err := core.FromTransaction(st, cfg)
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	o, err := core.Execute(cfg, db, parent, 2, feeTo, queue, core.EncodeTxs(txs))
	if err != nil {
		t.Fatal(err)
	}
	return &block{db: db, parent: parent, queue: queue, o: o}
}

var carolDeposit = core.QueueItem{Kind: core.QueueDepositETH, From: carol, To: carol, Amount: *uint256.NewInt(2e18)}

// TestEveryLieIsFoundByReExecution: each kind turns an honest block into
// one that the core, re-executing it from the parent as a verifier does,
// finds wrong for the kind's reason; the honest outcome is left as it was.
func TestEveryLieIsFoundByReExecution(t *testing.T) {
	for _, tc := range []struct {
		kind      Kind
		queue     []core.QueueItem
		transfers int
		want      error // what core.Execute or core.CheckHeader returns
		txIndex   int   // for a *core.TxError
	}{
		{StateRoot, nil, 0, core.ErrBadStateRoot, 0},
		{WithdrawalsRoot, nil, 1, core.ErrBadWithdrawalsRoot, 0},
		{BadSignature, nil, 2, core.ErrInvalidSender, 2},
		{NonceReplay, nil, 1, core.ErrNonceTooLow, 1},
		{Overdraft, nil, 1, core.ErrInsufficientFunds, 1},
		{BadTxData, []core.QueueItem{carolDeposit}, 0, core.ErrMalformedTxData, 0},
		{SkipDeposit, []core.QueueItem{carolDeposit}, 1, core.ErrBadStateRoot, 0},
		{InventDeposit, []core.QueueItem{carolDeposit}, 0, core.ErrBadStateRoot, 0},
		{FeeCredit, nil, 1, core.ErrBadStateRoot, 0},
	} {
		t.Run(string(tc.kind), func(t *testing.T) {
			b := newBlock(t, tc.queue, tc.transfers)
			before := clone(b.o)
			lie, ok, err := Lie(tc.kind, cfg, b.db, b.queue, b.o)
			if err != nil || !ok {
				t.Fatalf("Lie = %v, %v", ok, err)
			}
			if !reflect.DeepEqual(before, b.o) {
				t.Fatal("Lie changed the honest outcome")
			}
			if len(lie.Txs) != len(lie.Receipts) || lie.QueueCursor != b.o.QueueCursor || lie.ParentHash != b.o.ParentHash {
				t.Fatalf("the lie breaks what the Rollup checks: %d txs, %d receipts, cursor %d", len(lie.Txs), len(lie.Receipts), lie.QueueCursor)
			}
			p, err := b.db.Prepare(lie.Diff)
			if err != nil {
				t.Fatal(err)
			}
			h := lie.Header(p.Root())
			o, err := core.Execute(cfg, b.db, b.parent, h.Timestamp, h.FeeRecipient, b.queue, lie.TxData)
			if err == nil {
				var honest *state.Pending
				if honest, err = b.db.Prepare(o.Diff); err != nil {
					t.Fatal(err)
				}
				err = core.CheckHeader(h, o, honest.Root())
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("re-executing the lie: %v, want %v", err, tc.want)
			}
			var txErr *core.TxError
			if errors.As(err, &txErr) && txErr.Index != tc.txIndex {
				t.Fatalf("the lie fails at tx %d, want %d", txErr.Index, tc.txIndex)
			}
		})
	}
}

// TestLieNeedsSomethingToWorkWith: a kind that finds nothing to lie about
// in a block says so, and the sequencer keeps the honest block.
func TestLieNeedsSomethingToWorkWith(t *testing.T) {
	for _, tc := range []struct {
		kind      Kind
		queue     []core.QueueItem
		transfers int
	}{
		{BadSignature, nil, 0},
		{NonceReplay, nil, 0},
		{FeeCredit, nil, 0},
		{BadTxData, nil, 1},
		{SkipDeposit, nil, 1},
		{InventDeposit, nil, 1},
		{Overdraft, nil, core.MaxTxsPerBlock},
		{NonceReplay, nil, core.MaxTxsPerBlock},
	} {
		t.Run(string(tc.kind), func(t *testing.T) {
			b := newBlock(t, tc.queue, min(tc.transfers, 9))
			if tc.transfers == core.MaxTxsPerBlock {
				// A full block: pad it with its own first transaction.
				for len(b.o.Txs) < core.MaxTxsPerBlock {
					b.o.Txs = append(b.o.Txs, b.o.Txs[0])
					b.o.Receipts = append(b.o.Receipts, b.o.Receipts[0])
				}
			}
			if lie, ok, err := Lie(tc.kind, cfg, b.db, b.queue, b.o); ok || err != nil || lie != nil {
				t.Fatalf("Lie = %v, %v, %v; want nothing to lie about", lie != nil, ok, err)
			}
		})
	}
}

// TestBlobLieIsToldOnce: the batcher's lie changes one byte of one
// block's tx data in the first batch with any, keeps every length (so the
// Rollup takes the batch), leaves the caller's slices alone, and is not
// told again; it is no block's lie.
func TestBlobLieIsToldOnce(t *testing.T) {
	lie, err := BlobLie(BlobData)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := lie([][]byte{{}, {}}); ok {
		t.Fatal("lied about blocks without tx data")
	}
	honest := [][]byte{{}, {1, 2, 3}, {4, 5}}
	told, ok := lie(honest)
	if !ok || len(told) != len(honest) {
		t.Fatalf("told %v, %v", told, ok)
	}
	changed := 0
	for i := range honest {
		if len(told[i]) != len(honest[i]) {
			t.Fatalf("block %d: %d bytes, want %d", i, len(told[i]), len(honest[i]))
		}
		if string(told[i]) != string(honest[i]) {
			changed++
		}
	}
	if changed != 1 || honest[1][2] != 3 {
		t.Fatalf("%d blocks changed (the caller's: %v), want 1 and the caller's untouched", changed, honest)
	}
	if _, ok := lie(honest); ok {
		t.Fatal("the lie was told twice")
	}
	if _, _, err := Lie(BlobData, cfg, nil, nil, &core.Outcome{Diff: &state.Diff{}}); !errors.Is(err, ErrBatcherKind) {
		t.Fatalf("Lie(blob-data) = %v", err)
	}
	if _, err := BlobLie(StateRoot); err == nil {
		t.Fatal("a block's kind made a batcher's lie")
	}
}

func TestParse(t *testing.T) {
	for _, k := range Kinds() {
		if got, err := Parse(string(k)); err != nil || got != k {
			t.Fatalf("Parse(%q) = %q, %v", k, got, err)
		}
	}
	if _, err := Parse("lie"); !errors.Is(err, ErrUnknownKind) {
		t.Fatalf("Parse(lie) = %v", err)
	}
	if _, _, err := Lie("lie", cfg, nil, nil, &core.Outcome{Diff: &state.Diff{}}); !errors.Is(err, ErrUnknownKind) {
		t.Fatalf("Lie(lie) = %v", err)
	}
}
