package mempool

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func newClock() *clock { return &clock{t: time.Unix(1_800_000_000, 0)} }

func mustAdd(t testing.TB, p *Pool, tx *types.Transaction) {
	t.Helper()
	if _, err := p.Add(tx); err != nil {
		t.Fatalf("Add(nonce %d): %v", tx.Nonce(), err)
	}
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func fundEther(st *state.MemState, n uint64) *ecdsa.PrivateKey {
	key, _ := crypto.GenerateKey()
	var b uint256.Int
	b.Mul(uint256.NewInt(n), uint256.NewInt(1e18))
	st.Accounts[crypto.PubkeyToAddress(key.PublicKey)] = state.Account{Balance: b}
	return key
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// TestGappedTransactionsExpire: a transaction behind a gap is dropped, and
// deleted from the journal, once it is older than the lifetime; an
// executable one of the same age stays. A restart starts the lifetime
// again.
func TestGappedTransactionsExpire(t *testing.T) {
	st := state.NewMemState()
	c := newClock()
	lim := Config{Lifetime: time.Hour, Now: c.now}
	j := mapJournal{}
	p := New(cfg, lim, st)
	if err := p.SetJournal(j); err != nil {
		t.Fatal(err)
	}
	a, b := funded(t, st, 0, 1e18), funded(t, st, 0, 1e18)
	gapped, exec := sign(t, txSpec{key: a, nonce: 1}), sign(t, txSpec{key: b, nonce: 0})
	mustAdd(t, p, gapped)
	mustAdd(t, p, exec)
	c.t = c.t.Add(59 * time.Minute)
	if err := p.Prune(); err != nil {
		t.Fatal(err)
	}
	if p.Get(gapped.Hash()) == nil {
		t.Fatal("gapped transaction dropped before its lifetime")
	}
	// Past the lifetime the next admission drops it.
	c.t = c.t.Add(2 * time.Minute)
	mustAdd(t, p, sign(t, txSpec{key: b, nonce: 1}))
	if p.Get(gapped.Hash()) != nil {
		t.Fatal("gapped transaction kept past its lifetime")
	}
	if _, ok := j[gapped.Hash()]; ok {
		t.Fatal("expired transaction still journaled")
	}
	if p.Get(exec.Hash()) == nil {
		t.Fatal("an executable transaction expired")
	}

	// Arrival is reset by a restart: 50 minutes before it and 50 after,
	// the transaction is kept; an hour after it, dropped (here by a block's
	// Prune).
	gapped2 := sign(t, txSpec{key: a, nonce: 2})
	mustAdd(t, p, gapped2)
	c.t = c.t.Add(50 * time.Minute)
	p2 := New(cfg, lim, st)
	if err := p2.SetJournal(j); err != nil {
		t.Fatal(err)
	}
	c.t = c.t.Add(50 * time.Minute)
	if err := p2.Prune(); err != nil {
		t.Fatal(err)
	}
	if p2.Get(gapped2.Hash()) == nil {
		t.Fatal("gapped transaction dropped 50 minutes after the restart")
	}
	c.t = c.t.Add(11 * time.Minute)
	if err := p2.Prune(); err != nil {
		t.Fatal(err)
	}
	if p2.Get(gapped2.Hash()) != nil {
		t.Fatal("gapped transaction kept an hour after the restart")
	}
	if _, ok := j[gapped2.Hash()]; ok {
		t.Fatal("expired transaction still journaled after the restart")
	}
}

// TestClosingAGapPromotes: the missing nonce arriving makes the ones
// behind it executable (and wakes the sequencer); so does a block that
// advances the account's nonce to the gap.
func TestClosingAGapPromotes(t *testing.T) {
	st := state.NewMemState()
	a := funded(t, st, 0, 1e18)
	p := New(cfg, DefaultConfig, st)
	var txs []*types.Transaction
	for n := range uint64(3) {
		txs = append(txs, sign(t, txSpec{key: a, nonce: n}))
	}
	mustAdd(t, p, txs[1])
	mustAdd(t, p, txs[2])
	select {
	case <-p.Notify():
		t.Fatal("gapped transactions woke the sequencer")
	default:
	}
	if e, q := p.Stats(); e != 0 || q != 2 {
		t.Fatalf("stats %d executable, %d queued; want 0, 2", e, q)
	}
	if got, _ := p.Executable(10); len(got) != 0 {
		t.Fatalf("%d executable behind a gap", len(got))
	}
	if n, _ := p.PendingNonce(addr(a)); n != 0 {
		t.Fatalf("pending nonce %d, want 0", n)
	}
	mustAdd(t, p, txs[0])
	select {
	case <-p.Notify():
	default:
		t.Fatal("closing the gap did not wake the sequencer")
	}
	if e, q := p.Stats(); e != 3 || q != 0 {
		t.Fatalf("stats %d executable, %d queued; want 3, 0", e, q)
	}
	got, _ := p.Executable(10)
	if len(got) != 3 || got[0].Hash != txs[0].Hash() || got[2].Hash != txs[2].Hash() {
		t.Fatalf("%d executable after the gap closed", len(got))
	}
	if n, _ := p.PendingNonce(addr(a)); n != 3 {
		t.Fatalf("pending nonce %d, want 3", n)
	}

	// b's nonce 0 went into a block from elsewhere: the block closes the gap.
	b := funded(t, st, 0, 1e18)
	mustAdd(t, p, sign(t, txSpec{key: b, nonce: 1}))
	mustAdd(t, p, sign(t, txSpec{key: b, nonce: 2}))
	if _, q := p.Stats(); q != 2 {
		t.Fatalf("%d queued, want 2", q)
	}
	st.Accounts[addr(b)] = state.Account{Nonce: 1, Balance: *uint256.NewInt(1e18)}
	if err := p.Prune(); err != nil {
		t.Fatal(err)
	}
	if e, q := p.Stats(); e != 5 || q != 0 {
		t.Fatalf("after the block: %d executable, %d queued; want 5, 0", e, q)
	}
}

// TestGappedShare: the limits on transactions behind gaps, one sender's and
// everyone's; a gapped newcomer outbids only gapped ones; an executable
// newcomer takes a gapped one's slot whatever its tip, and otherwise must
// outbid the cheapest last-of-sender executable one.
func TestGappedShare(t *testing.T) {
	st := state.NewMemState()
	p := New(cfg, Config{PerSender: 8, Total: 12, QueuePerSender: 2, QueueTotal: 4}, st)
	a, b, c := funded(t, st, 0, 1e18), funded(t, st, 0, 1e18), funded(t, st, 0, 1e18)
	mustAdd(t, p, sign(t, txSpec{key: a, nonce: 1, tip: 5}))
	mustAdd(t, p, sign(t, txSpec{key: a, nonce: 2, tip: 5}))
	if _, err := p.Add(sign(t, txSpec{key: a, nonce: 3, tip: 5})); !errors.Is(err, ErrAccountLimit) || !strings.Contains(err.Error(), "behind a nonce gap") {
		t.Fatalf("a third gapped transaction of one sender: %v", err)
	}
	mustAdd(t, p, sign(t, txSpec{key: b, nonce: 1, tip: 5}))
	cheap := sign(t, txSpec{key: b, nonce: 2, tip: 1})
	mustAdd(t, p, cheap)
	if _, err := p.Add(sign(t, txSpec{key: c, nonce: 1, tip: 1})); !errors.Is(err, ErrPoolFull) {
		t.Fatalf("a gapped transaction into a full share at the lowest tip: %v", err)
	}
	mustAdd(t, p, sign(t, txSpec{key: c, nonce: 1, tip: 2}))
	if p.Get(cheap.Hash()) != nil {
		t.Fatal("the better-paying gapped newcomer did not evict the cheapest")
	}
	// Eight executable transactions fill the pool.
	d := funded(t, st, 0, 1e18)
	for n := range uint64(8) {
		mustAdd(t, p, sign(t, txSpec{key: d, nonce: n, tip: 10}))
	}
	if e, q := p.Stats(); e != 8 || q != 4 || p.Len() != 12 {
		t.Fatalf("stats %d/%d, pool %d", e, q, p.Len())
	}
	// Executable newcomers at the lowest tip take the gapped slots.
	for i := range 4 {
		k := funded(t, st, 0, 1e18)
		if _, err := p.Add(sign(t, txSpec{key: k, nonce: 0, tip: 1})); err != nil {
			t.Fatalf("executable newcomer %d into a pool with gapped transactions: %v", i, err)
		}
	}
	if e, q := p.Stats(); e != 12 || q != 0 {
		t.Fatalf("stats %d/%d after the executable newcomers", e, q)
	}
	// No gapped one left: a gapped newcomer cannot evict an executable
	// one, whatever its tip.
	if _, err := p.Add(sign(t, txSpec{key: a, nonce: 2, tip: 1e9, cap: 2e9})); !errors.Is(err, ErrPoolFull) {
		t.Fatalf("gapped newcomer into a pool of executable transactions: %v", err)
	}
	// An executable newcomer must outbid the cheapest last-of-sender.
	e := funded(t, st, 0, 1e18)
	if _, err := p.Add(sign(t, txSpec{key: e, nonce: 0, tip: 1})); !errors.Is(err, ErrPoolFull) {
		t.Fatalf("executable newcomer at the lowest tip: %v", err)
	}
	mustAdd(t, p, sign(t, txSpec{key: e, nonce: 0, tip: 2}))
	if e, q := p.Stats(); e != 12 || q != 0 {
		t.Fatalf("stats %d/%d", e, q)
	}
}

// TestExecutableTransactionIsNotRefusedForItsSendersGappedCosts: the
// gapped transactions a sender cannot pay for together with an
// executable one are dropped (highest nonce first) to admit it; a gapped
// one that does not fit is refused.
func TestExecutableTransactionIsNotRefusedForItsSendersGappedCosts(t *testing.T) {
	st := state.NewMemState()
	k := fundEther(st, 10)
	j := mapJournal{}
	p := New(cfg, DefaultConfig, st)
	if err := p.SetJournal(j); err != nil {
		t.Fatal(err)
	}
	four := ether(4)
	tx1 := signBig(t, k, 1, big.NewInt(1), big.NewInt(1e9), core.TransferGas, four)
	tx2 := signBig(t, k, 2, big.NewInt(1), big.NewInt(1e9), core.TransferGas, four)
	mustAdd(t, p, tx1)
	mustAdd(t, p, tx2)
	if _, err := p.Add(signBig(t, k, 3, big.NewInt(1), big.NewInt(1e9), core.TransferGas, four)); !errors.Is(err, core.ErrInsufficientFunds) {
		t.Fatalf("a gapped transaction past the balance: %v", err)
	}
	tx0 := signBig(t, k, 0, big.NewInt(1), big.NewInt(1e9), core.TransferGas, four)
	mustAdd(t, p, tx0)
	if p.Get(tx2.Hash()) != nil || p.Get(tx1.Hash()) == nil {
		t.Fatal("the executable transaction did not displace the last gapped one only")
	}
	if _, ok := j[tx2.Hash()]; ok {
		t.Fatal("the dropped transaction is still journaled")
	}
	if e, q := p.Stats(); e != 2 || q != 0 {
		t.Fatalf("stats %d/%d, want 2/0", e, q)
	}
	// An executable transaction the executable ones leave no room for is
	// refused, naming what is pooled.
	_, err := p.Add(signBig(t, k, 2, big.NewInt(1), big.NewInt(1e9), core.TransferGas, four))
	if !errors.Is(err, core.ErrInsufficientFunds) || !strings.Contains(err.Error(), "pooled cost") {
		t.Fatalf("executable transaction past the balance: %v", err)
	}
}

// TestReplacementIsCountedOnce: a replacement's cost takes the place of the
// replaced one's.
func TestReplacementIsCountedOnce(t *testing.T) {
	st := state.NewMemState()
	k := fundEther(st, 100)
	p := New(cfg, DefaultConfig, st)
	mustAdd(t, p, signBig(t, k, 0, big.NewInt(1), big.NewInt(1e9), core.TransferGas, ether(99)))
	mustAdd(t, p, signBig(t, k, 0, big.NewInt(2), big.NewInt(2e9), core.TransferGas, ether(99)))
	if _, err := p.Add(signBig(t, k, 1, big.NewInt(1), big.NewInt(1e9), core.TransferGas, ether(1))); !errors.Is(err, core.ErrInsufficientFunds) {
		t.Fatalf("1 ETH more on top of 99: %v", err)
	}
	mustAdd(t, p, signBig(t, k, 0, big.NewInt(3), big.NewInt(3e9), core.TransferGas, ether(50)))
	mustAdd(t, p, signBig(t, k, 1, big.NewInt(1), big.NewInt(1e9), core.TransferGas, ether(1)))
	if p.Len() != 2 {
		t.Fatalf("pool holds %d", p.Len())
	}
}

func signToken(t testing.TB, key *ecdsa.PrivateKey, nonce uint64, token common.Address, amount int64) *types.Transaction {
	t.Helper()
	data := append([]byte{}, core.TransferSelector[:]...)
	data = append(data, common.LeftPadBytes(common.HexToAddress("0xb0b").Bytes(), 32)...)
	data = append(data, common.LeftPadBytes(big.NewInt(amount).Bytes(), 32)...)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: core.TokenTransferGas, To: &token, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// TestTokenAmountsAreAddedUp: the amounts of one token a sender's pooled
// transactions move must not exceed its balance of that token.
func TestTokenAmountsAreAddedUp(t *testing.T) {
	st := state.NewMemState()
	k := funded(t, st, 0, 1e18)
	tokA, tokB := common.HexToAddress("0x7a"), common.HexToAddress("0x7b")
	st.Tokens[state.TokenID{Owner: addr(k), Token: tokA}] = *uint256.NewInt(1000)
	st.Tokens[state.TokenID{Owner: addr(k), Token: tokB}] = *uint256.NewInt(1000)
	p := New(cfg, DefaultConfig, st)
	mustAdd(t, p, signToken(t, k, 0, tokA, 600))
	_, err := p.Add(signToken(t, k, 1, tokA, 600))
	if !errors.Is(err, core.ErrTokenBalanceTooLow) || !strings.Contains(err.Error(), "want 1200") {
		t.Fatalf("600 more of token A on top of 600: %v", err)
	}
	mustAdd(t, p, signToken(t, k, 1, tokB, 600))
	mustAdd(t, p, signToken(t, k, 2, tokA, 400))
}

// TestADroppedTransactionOpensAGap: when a transaction fails in its block
// and is dropped, its sender's later ones wait behind the gap, within the
// share; re-sending the nonce promotes them again.
func TestADroppedTransactionOpensAGap(t *testing.T) {
	st := state.NewMemState()
	k := funded(t, st, 0, 1e18)
	j := mapJournal{}
	p := New(cfg, Config{PerSender: 8, QueuePerSender: 2}, st)
	if err := p.SetJournal(j); err != nil {
		t.Fatal(err)
	}
	var txs []*types.Transaction
	for n := range uint64(5) {
		txs = append(txs, sign(t, txSpec{key: k, nonce: n}))
		mustAdd(t, p, txs[n])
	}
	p.Remove(txs[0].Hash()) // failed in its block: the account's nonce stays 0
	if e, q := p.Stats(); e != 0 || q != 4 {
		t.Fatalf("after the drop: %d/%d, want 0/4", e, q)
	}
	if err := p.Prune(); err != nil {
		t.Fatal(err)
	}
	if p.Get(txs[1].Hash()) == nil || p.Get(txs[2].Hash()) == nil || p.Get(txs[3].Hash()) != nil || p.Get(txs[4].Hash()) != nil || len(j) != 2 {
		t.Fatalf("after the block the pool holds %d, the journal %d; want nonces 1 and 2", p.Len(), len(j))
	}
	mustAdd(t, p, sign(t, txSpec{key: k, nonce: 0, tip: 2}))
	if n, _ := p.PendingNonce(addr(k)); n != 3 {
		t.Fatalf("pending nonce %d, want 3", n)
	}
}
