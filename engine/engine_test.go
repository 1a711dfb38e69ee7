package engine

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/state"
)

var cfg = core.DevConfig()

func newEngine(t *testing.T) *Engine {
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
	return New(c, nil)
}

func deposit(to common.Address, wei uint64) core.QueueItem {
	return core.QueueItem{Kind: core.QueueDepositETH, From: to, To: to, Amount: *uint256.NewInt(wei)}
}

// candidate signs a transfer of value wei from key with nonce n.
func candidate(t *testing.T, key *ecdsa.PrivateKey, n uint64, value int64) Candidate {
	t.Helper()
	to := common.HexToAddress("0xb0b")
	signed, err := types.SignNewTx(key, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: n, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
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

func seal(t *testing.T, e *Engine, p Plan) *Sealed {
	t.Helper()
	s, err := e.Seal(p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSealMakesNoEmptyBlock(t *testing.T) {
	e := newEngine(t)
	if s := seal(t, e, Plan{Timestamp: 5}); s.Block != nil || e.Head().Number != 0 {
		t.Fatalf("sealed %v with nothing to include", s.Block)
	}
}

// TestSealTakesQueueItemsFirstAndSkipsASenderAfterItsFailure: a failing
// transaction is dropped and its sender's later one left out (not
// dropped: its nonce now has a gap), while another sender's goes in.
func TestSealTakesQueueItemsFirstAndSkipsASenderAfterItsFailure(t *testing.T) {
	e := newEngine(t)
	alice, _ := crypto.GenerateKey()
	bob, _ := crypto.GenerateKey()
	aliceAddr, bobAddr := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)
	spend := candidate(t, alice, 0, 9e17)
	tooMuch := candidate(t, alice, 1, 9e17)
	after := candidate(t, alice, 2, 1)
	fromBob := candidate(t, bob, 0, 1)
	s := seal(t, e, Plan{
		Timestamp: 10, Items: []core.QueueItem{deposit(aliceAddr, 1e18), deposit(bobAddr, 1e18)},
		Txs: []Candidate{spend, tooMuch, after, fromBob},
	})
	if s.Block == nil || s.Block.QueueItems != 2 || len(s.Block.Txs) != 2 {
		t.Fatalf("block %+v", s.Block)
	}
	if fmt.Sprint(s.Included) != fmt.Sprint([]common.Hash{spend.Hash, fromBob.Hash}) {
		t.Fatalf("included %v", s.Included)
	}
	if len(s.Dropped) != 1 || s.Dropped[0].Hash != tooMuch.Hash || !errors.Is(s.Dropped[0].Err, core.ErrInsufficientFunds) {
		t.Fatalf("dropped %+v", s.Dropped)
	}
	if e.Head().Number != 1 || e.Head().Timestamp != 10 {
		t.Fatalf("head %+v", e.Head())
	}
}

// TestSealTellsALie: a Lie's outcome is what is stored.
func TestSealTellsALie(t *testing.T) {
	e := newEngine(t)
	thief := common.HexToAddress("0x7417")
	lie := func(_ state.Reader, _ []core.QueueItem, o *core.Outcome) (*core.Outcome, bool, error) {
		l := *o
		l.Diff = &state.Diff{Accounts: map[common.Address]state.Account{thief: {Balance: *uint256.NewInt(1)}}, Tokens: o.Diff.Tokens}
		return &l, true, nil
	}
	s := seal(t, e, Plan{Items: []core.QueueItem{deposit(common.HexToAddress("0xa11ce"), 1e18)}, Lie: lie})
	if !s.Lied {
		t.Fatal("not lied")
	}
	if a, _ := e.Chain().State().Account(thief); a.Balance.Uint64() != 1 {
		t.Fatalf("the lie is not stored: %v", a)
	}
}

// TestInsertAppendsWhatReExecutesAndRefusesTheRest: a block built
// elsewhere is appended; the same block with another state root, or out of
// order, is not, and nothing is written.
func TestInsertAppendsWhatReExecutesAndRefusesTheRest(t *testing.T) {
	maker, taker := newEngine(t), newEngine(t)
	alice, _ := crypto.GenerateKey()
	items := []core.QueueItem{deposit(crypto.PubkeyToAddress(alice.PublicKey), 1e18)}
	b1 := seal(t, maker, Plan{Timestamp: 3, Items: items}).Block
	b2 := seal(t, maker, Plan{Timestamp: 4, Txs: []Candidate{candidate(t, alice, 0, 5)}}).Block

	if _, err := taker.Insert(b2.Header, b2.TxData, nil); !errors.Is(err, ErrNotNext) {
		t.Fatalf("out of order: %v", err)
	}
	wrong := *b1.Header
	wrong.StateRoot = common.HexToHash("0x01")
	_, err := taker.Insert(&wrong, b1.TxData, items)
	var inv *InvalidBlockError
	if !errors.As(err, &inv) || inv.Number != 1 || !errors.Is(err, ErrInvalidBlock) || !errors.Is(err, core.ErrBadStateRoot) {
		t.Fatalf("a wrong state root: %v", err)
	}
	if taker.Head().Number != 0 || taker.Chain().State().Root() != (common.Hash{}) {
		t.Fatal("a refused block wrote something")
	}
	for _, b := range []*chain.Block{b1, b2} {
		its := items
		if b == b2 {
			its = nil
		}
		if _, err := taker.Insert(b.Header, b.TxData, its); err != nil {
			t.Fatal(err)
		}
	}
	if taker.Head().Hash() != maker.Head().Hash() {
		t.Fatal("the chains differ")
	}
}

// TestRewindJournalsTheTransactionsBeforeTakingThemBack.
func TestRewindJournalsTheTransactionsBeforeTakingThemBack(t *testing.T) {
	e := newEngine(t)
	alice, _ := crypto.GenerateKey()
	seal(t, e, Plan{Items: []core.QueueItem{deposit(crypto.PubkeyToAddress(alice.PublicKey), 1e18)}})
	var want []common.Hash
	for n := range uint64(3) {
		c := candidate(t, alice, n, 1)
		seal(t, e, Plan{Txs: []Candidate{c}})
		want = append(want, c.Hash)
	}
	e.safe.Store(4)
	r, err := e.Rewind(1, "test")
	if err != nil {
		t.Fatal(err)
	}
	var got []common.Hash
	for _, tx := range r.Txs {
		got = append(got, tx.Hash())
	}
	if fmt.Sprint(got) != fmt.Sprint(want) || len(r.Blocks) != 3 || r.From != 4 || r.To != 1 {
		t.Fatalf("rewound %+v: txs %v, want %v", r, got, want)
	}
	journaled := map[common.Hash]bool{}
	if err := e.Chain().PoolJournal().Load(func(raw []byte) {
		tx := new(types.Transaction)
		if tx.UnmarshalBinary(raw) == nil {
			journaled[tx.Hash()] = true
		}
	}); err != nil {
		t.Fatal(err)
	}
	for _, h := range want {
		if !journaled[h] {
			t.Fatalf("%s is not in the journal", h)
		}
	}
	if e.Head().Number != 1 || e.SafeBlock() != 1 {
		t.Fatalf("head %d, safe %d", e.Head().Number, e.SafeBlock())
	}
}

// fakeL1 is an L1View of given batch records.
type fakeL1 struct {
	batches   []l1.BatchRecord
	finalized int // index of the finalized batch, -1: none
}

func (f *fakeL1) BatchCount() uint64 { return uint64(len(f.batches)) }
func (f *fakeL1) Batch(i uint64) (l1.BatchRecord, error) {
	if i >= uint64(len(f.batches)) {
		return l1.BatchRecord{}, l1.ErrUnknownBatch
	}
	return f.batches[i], nil
}
func (f *fakeL1) FinalizedPosted() l1.PostedBlock {
	if f.finalized < 0 {
		return l1.PostedBlock{}
	}
	b := f.batches[f.finalized]
	return l1.PostedBlock{Number: b.LastBlock, Hash: b.LastBlockHash, Batch: uint64(f.finalized), HasBatch: true}
}

// settledL1 is a fakeL1 that also names the settled batch.
type settledL1 struct {
	fakeL1
	settled int // index of the settled batch, -1: none
}

func (f *settledL1) SettledPosted() l1.PostedBlock {
	if f.settled < 0 {
		return l1.PostedBlock{}
	}
	b := f.batches[f.settled]
	return l1.PostedBlock{Number: b.LastBlock, Hash: b.LastBlockHash, Batch: uint64(f.settled), HasBatch: true}
}

// TestFollowL1SetsTheSettledHeadAndTheChainsAnchors: the settled head is
// the last block of the settled batch when this chain holds it, never
// above the finalized head; the chain's state views are pointed at the
// three heads, and a rewind lowers them all.
func TestFollowL1SetsTheSettledHeadAndTheChainsAnchors(t *testing.T) {
	e := newEngine(t)
	for i := range 6 {
		seal(t, e, Plan{Items: []core.QueueItem{deposit(common.HexToAddress("0xa11ce"), uint64(1e12+i))}})
	}
	hash := func(n uint64) common.Hash {
		b, err := e.Chain().BlockByNumber(n)
		if err != nil {
			t.Fatal(err)
		}
		return b.Hash()
	}
	rec := func(i, first, last uint64, h common.Hash) l1.BatchRecord {
		return l1.BatchRecord{Index: i, FirstBlock: first, LastBlock: last, LastBlockHash: h}
	}
	batches := []l1.BatchRecord{rec(0, 1, 2, hash(2)), rec(1, 3, 4, hash(4)), rec(2, 5, 6, hash(6))}
	for _, tc := range []struct {
		name                     string
		l1                       L1View
		safe, finalized, settled uint64
	}{
		{"no settled batch", &settledL1{fakeL1{batches, 1}, -1}, 6, 4, 0},
		{"one settled", &settledL1{fakeL1{batches, 1}, 0}, 6, 4, 2},
		{"settled as far as finalized", &settledL1{fakeL1{batches, 2}, 2}, 6, 6, 6},
		{"settled batch not this chain's", &settledL1{fakeL1{[]l1.BatchRecord{rec(0, 1, 2, hash(2)), rec(1, 3, 4, common.Hash{1})}, 1}, 1}, 2, 2, 2},
		{"a view that does not tell", &fakeL1{batches, 1}, 6, 4, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.FollowL1(tc.l1)
			if e.SafeBlock() != tc.safe || e.FinalizedBlock() != tc.finalized || e.SettledBlock() != tc.settled {
				t.Fatalf("safe %d, finalized %d, settled %d; want %d, %d, %d", e.SafeBlock(), e.FinalizedBlock(), e.SettledBlock(), tc.safe, tc.finalized, tc.settled)
			}
			if got := e.Chain().HistoryStatus().Targets; got != [3]uint64{tc.settled, tc.finalized, tc.safe} {
				t.Fatalf("the chain's views follow %v", got)
			}
		})
	}
	if _, err := e.Rewind(3, "test"); err != nil {
		t.Fatal(err)
	}
	if got := e.Chain().HistoryStatus().Targets; got != [3]uint64{2, 3, 3} {
		t.Fatalf("after a rewind to 3 the chain's views follow %v", got)
	}
}

// TestFollowL1SetsTheHeadsFromTheBatchesThisChainHolds.
func TestFollowL1SetsTheHeadsFromTheBatchesThisChainHolds(t *testing.T) {
	e := newEngine(t)
	for i := range 6 {
		seal(t, e, Plan{Items: []core.QueueItem{deposit(common.HexToAddress("0xa11ce"), uint64(1e12+i))}})
	}
	hash := func(n uint64) common.Hash {
		b, err := e.Chain().BlockByNumber(n)
		if err != nil {
			t.Fatal(err)
		}
		return b.Hash()
	}
	rec := func(i, first, last uint64, h common.Hash) l1.BatchRecord {
		return l1.BatchRecord{Index: i, FirstBlock: first, LastBlock: last, LastBlockHash: h}
	}
	for _, tc := range []struct {
		name            string
		l1              *fakeL1
		safe, finalized uint64
	}{
		{"nothing posted", &fakeL1{finalized: -1}, 0, 0},
		{"posted, none final", &fakeL1{[]l1.BatchRecord{rec(0, 1, 2, hash(2)), rec(1, 3, 4, hash(4))}, -1}, 4, 0},
		{"one final", &fakeL1{[]l1.BatchRecord{rec(0, 1, 2, hash(2)), rec(1, 3, 4, hash(4))}, 0}, 4, 2},
		{"L1's newest batch is not this chain's", &fakeL1{[]l1.BatchRecord{rec(0, 1, 2, hash(2)), rec(1, 3, 4, common.Hash{1})}, 0}, 2, 2},
		{"L1 ahead of this chain", &fakeL1{[]l1.BatchRecord{rec(0, 1, 3, hash(3)), rec(1, 4, 9, common.Hash{2})}, 1}, 3, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.FollowL1(tc.l1)
			if e.SafeBlock() != tc.safe || e.FinalizedBlock() != tc.finalized {
				t.Fatalf("safe %d, finalized %d; want %d, %d", e.SafeBlock(), e.FinalizedBlock(), tc.safe, tc.finalized)
			}
		})
	}
}
