package mempool

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

var cfg = core.DevConfig()

type txSpec struct {
	key      *ecdsa.PrivateKey
	nonce    uint64
	tip, cap int64
	value    int64
	chainID  uint64
}

func sign(t testing.TB, s txSpec) *types.Transaction {
	t.Helper()
	if s.cap == 0 {
		s.cap = 1e9
	}
	if s.tip == 0 {
		s.tip = 1
	}
	if s.chainID == 0 {
		s.chainID = cfg.ChainID
	}
	to := common.HexToAddress("0xb0b")
	id := new(big.Int).SetUint64(s.chainID)
	tx, err := types.SignNewTx(s.key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: s.nonce, GasTipCap: big.NewInt(s.tip), GasFeeCap: big.NewInt(s.cap),
		Gas: core.TransferGas, To: &to, Value: big.NewInt(s.value),
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func funded(t testing.TB, st *state.MemState, nonce uint64, wei uint64) *ecdsa.PrivateKey {
	key, _ := crypto.GenerateKey()
	st.Accounts[crypto.PubkeyToAddress(key.PublicKey)] = state.Account{Nonce: nonce, Balance: *uint256.NewInt(wei)}
	return key
}

func TestAddRefusesWithGoEthereumErrors(t *testing.T) {
	st := state.NewMemState()
	rich := funded(t, st, 3, 1e18)
	poor := funded(t, st, 0, 21_000*1e9-1)
	p := New(cfg, Config{PerSender: 4, Total: 100}, st)
	if _, err := p.Add(sign(t, txSpec{key: rich, nonce: 3, tip: 100})); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		tx   *types.Transaction
		want error
	}{
		{"wrong chain id", sign(t, txSpec{key: rich, nonce: 4, chainID: 1}), core.ErrInvalidChainID},
		{"nonce below the account's", sign(t, txSpec{key: rich, nonce: 2}), core.ErrNonceTooLow},
		{"nonce past the sender limit", sign(t, txSpec{key: rich, nonce: 7}), core.ErrNonceTooHigh},
		{"cannot afford gas × fee cap", sign(t, txSpec{key: poor, nonce: 0}), core.ErrInsufficientFunds},
		{"cannot afford the value", sign(t, txSpec{key: rich, nonce: 4, value: 2e18}), core.ErrInsufficientFunds},
		{"fee cap under the base fee", sign(t, txSpec{key: rich, nonce: 4, cap: 1}), core.ErrFeeCapTooLow},
		{"same transaction again", sign(t, txSpec{key: rich, nonce: 3, tip: 100}), ErrAlreadyKnown},
		{"replacement with a 9% bump", sign(t, txSpec{key: rich, nonce: 3, tip: 109, cap: 1.1e9}), ErrReplaceUnderpriced},
		{"replacement bumping the tip only", sign(t, txSpec{key: rich, nonce: 3, tip: 200}), ErrReplaceUnderpriced},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := p.Add(tc.tx); !errors.Is(err, tc.want) {
				t.Fatalf("Add = %v, want %v", err, tc.want)
			}
		})
	}
	if p.Len() != 1 {
		t.Fatalf("pool holds %d, want 1", p.Len())
	}
	// A 10% bump of both replaces.
	repl := sign(t, txSpec{key: rich, nonce: 3, tip: 110, cap: 1.1e9})
	if _, err := p.Add(repl); err != nil {
		t.Fatalf("10%% replacement: %v", err)
	}
	if p.Len() != 1 || p.Get(repl.Hash()) == nil {
		t.Fatal("replacement did not take the old transaction's place")
	}
}

func TestSenderAndTotalLimits(t *testing.T) {
	st := state.NewMemState()
	a := funded(t, st, 0, 1e18)
	b := funded(t, st, 0, 1e18)
	c := funded(t, st, 0, 1e18)
	p := New(cfg, Config{PerSender: 2, Total: 3}, st)
	for n := range uint64(2) {
		if _, err := p.Add(sign(t, txSpec{key: a, nonce: n, tip: 5})); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := p.Add(sign(t, txSpec{key: a, nonce: 1, tip: 5, cap: 2e9})); !errors.Is(err, ErrReplaceUnderpriced) {
		t.Fatalf("underpriced replacement: %v", err)
	}
	if _, err := p.Add(sign(t, txSpec{key: b, nonce: 0, tip: 1})); err != nil {
		t.Fatal(err)
	}
	// Full: a cheaper-or-equal newcomer is refused, a better one evicts the
	// cheapest last-of-sender transaction (b's).
	if _, err := p.Add(sign(t, txSpec{key: c, nonce: 0, tip: 1})); !errors.Is(err, ErrPoolFull) {
		t.Fatalf("Add to a full pool = %v, want ErrPoolFull", err)
	}
	better := sign(t, txSpec{key: c, nonce: 0, tip: 2})
	if _, err := p.Add(better); err != nil {
		t.Fatalf("better newcomer: %v", err)
	}
	if p.Len() != 3 || p.Get(better.Hash()) == nil {
		t.Fatalf("pool after eviction holds %d", p.Len())
	}
	if n, _ := p.PendingNonce(crypto.PubkeyToAddress(b.PublicKey)); n != 0 {
		t.Fatalf("b's pending nonce %d after its transaction was evicted", n)
	}
}

func TestSenderAllowanceAllowsReplacementOnly(t *testing.T) {
	st := state.NewMemState()
	a := funded(t, st, 0, 1e18)
	p := New(cfg, Config{PerSender: 2, Total: 10}, st)
	// Nonces 0 and 1 fill a's allowance; nonce 1 again at a higher fee is a
	// replacement (allowed), a new nonce is too far ahead.
	for n := range uint64(2) {
		if _, err := p.Add(sign(t, txSpec{key: a, nonce: n})); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := p.Add(sign(t, txSpec{key: a, nonce: 1, tip: 2, cap: 2e9})); err != nil {
		t.Fatalf("replacement at the limit: %v", err)
	}
	if _, err := p.Add(sign(t, txSpec{key: a, nonce: 2})); !errors.Is(err, core.ErrNonceTooHigh) {
		t.Fatalf("third transaction = %v", err)
	}
}

func TestExecutableOrdersByNonceAndTip(t *testing.T) {
	st := state.NewMemState()
	a := funded(t, st, 5, 1e18)
	b := funded(t, st, 0, 1e18)
	p := New(cfg, DefaultConfig, st)
	add := func(s txSpec) *types.Transaction {
		tx := sign(t, s)
		if _, err := p.Add(tx); err != nil {
			t.Fatal(err)
		}
		return tx
	}
	a6 := add(txSpec{key: a, nonce: 6, tip: 50})
	a5 := add(txSpec{key: a, nonce: 5, tip: 1})
	b0 := add(txSpec{key: b, nonce: 0, tip: 10})
	add(txSpec{key: b, nonce: 2, tip: 99}) // gap at 1: not executable
	got, err := p.Executable(10)
	if err != nil {
		t.Fatal(err)
	}
	want := []common.Hash{b0.Hash(), a5.Hash(), a6.Hash()}
	if len(got) != len(want) {
		t.Fatalf("%d executable, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Hash != want[i] {
			t.Fatalf("executable[%d] = %s (nonce %d), want %s", i, got[i].Hash, got[i].Tx.Nonce, want[i])
		}
	}
	if n, _ := p.PendingNonce(crypto.PubkeyToAddress(a.PublicKey)); n != 7 {
		t.Fatalf("pending nonce %d, want 7", n)
	}
	// The state moves past a's 5 and 6: Prune drops them.
	st.Accounts[crypto.PubkeyToAddress(a.PublicKey)] = state.Account{Nonce: 7, Balance: *uint256.NewInt(1e18)}
	if err := p.Prune(); err != nil {
		t.Fatal(err)
	}
	if p.Get(a5.Hash()) != nil || p.Get(a6.Hash()) != nil || p.Len() != 2 {
		t.Fatalf("after prune the pool holds %d", p.Len())
	}
}

type mapJournal map[common.Hash][]byte

func (m mapJournal) Put(h common.Hash, raw []byte) error { m[h] = raw; return nil }
func (m mapJournal) Delete(hs []common.Hash) error {
	for _, h := range hs {
		delete(m, h)
	}
	return nil
}
func (m mapJournal) Load(fn func([]byte)) error {
	for _, r := range m {
		fn(r)
	}
	return nil
}

// TestJournalSurvivesARestart: what the pool admitted is back after a
// restart, except what the chain has included meanwhile.
func TestJournalSurvivesARestart(t *testing.T) {
	st := state.NewMemState()
	a := funded(t, st, 0, 1e18)
	j := mapJournal{}
	p := New(cfg, DefaultConfig, st)
	if err := p.SetJournal(j); err != nil {
		t.Fatal(err)
	}
	tx0, tx1 := sign(t, txSpec{key: a, nonce: 0}), sign(t, txSpec{key: a, nonce: 1})
	for _, tx := range []*types.Transaction{tx0, tx1} {
		if _, err := p.Add(tx); err != nil {
			t.Fatal(err)
		}
	}
	if len(j) != 2 {
		t.Fatalf("journal holds %d", len(j))
	}
	// tx0 was included before the crash; the pool never heard of it.
	st.Accounts[crypto.PubkeyToAddress(a.PublicKey)] = state.Account{Nonce: 1, Balance: *uint256.NewInt(1e18)}
	p2 := New(cfg, DefaultConfig, st)
	if err := p2.SetJournal(j); err != nil {
		t.Fatal(err)
	}
	if p2.Len() != 1 || p2.Get(tx1.Hash()) == nil || len(j) != 1 {
		t.Fatalf("after restart: pool %d, journal %d", p2.Len(), len(j))
	}
	p2.Remove(tx1.Hash())
	if len(j) != 0 {
		t.Fatalf("journal keeps a removed transaction")
	}
}

// TestReadmitKeepsWhatTheChainTookBack: transactions a rewind took back
// come back into the pool even when the chain is now short of the deposit
// that funds them and past the pool's limits; stale and forged ones are
// refused and leave the journal.
func TestReadmitKeepsWhatTheChainTookBack(t *testing.T) {
	st := state.NewMemState()
	broke := funded(t, st, 0, 0) // its deposit was in a block taken back
	used := funded(t, st, 2, 1e18)
	p := New(cfg, Config{PerSender: 2, Total: 3}, st)
	j := mapJournal{}
	if err := p.SetJournal(j); err != nil {
		t.Fatal(err)
	}
	var txs []*types.Transaction
	for n := range uint64(4) {
		txs = append(txs, sign(t, txSpec{key: broke, nonce: n, value: 1e17}))
	}
	stale := sign(t, txSpec{key: used, nonce: 1})
	forged := sign(t, txSpec{key: broke, nonce: 4, chainID: 1}) // signed for another chain
	all := append(append([]*types.Transaction{}, txs...), stale, forged)
	for _, tx := range all {
		raw, _ := tx.MarshalBinary()
		j[tx.Hash()] = raw // what engine.Rewind journals
	}
	refused := p.Readmit(all)
	if len(refused) != 2 || p.Len() != 4 {
		t.Fatalf("refused %d, pool holds %d; want 2 and 4", len(refused), p.Len())
	}
	for _, h := range []common.Hash{stale.Hash(), forged.Hash()} {
		if _, ok := j[h]; ok {
			t.Fatalf("refused %s is still journaled", h)
		}
	}
	if n, _ := p.PendingNonce(crypto.PubkeyToAddress(broke.PublicKey)); n != 4 {
		t.Fatalf("pending nonce %d, want 4", n)
	}
	// After a restart the journal gives the same pool.
	p2 := New(cfg, Config{PerSender: 2, Total: 3}, st)
	if err := p2.SetJournal(j); err != nil {
		t.Fatal(err)
	}
	if p2.Len() != 4 {
		t.Fatalf("after a restart the pool holds %d, want 4", p2.Len())
	}
}
