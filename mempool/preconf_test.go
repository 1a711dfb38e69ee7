package mempool

import (
	"crypto/ecdsa"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// lockedState is a MemState that a fake sequencer updates while the pool
// reads it.
type lockedState struct {
	mu sync.Mutex
	st *state.MemState
}

func (l *lockedState) Account(a common.Address) (state.Account, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.st.Account(a)
}

func (l *lockedState) TokenBalance(o, t common.Address) (uint256.Int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.st.TokenBalance(o, t)
}

// preconfPool is a pre-confirming pool and the answers of its Adds.
type preconfPool struct {
	p       *Pool
	st      *lockedState
	journal mapJournal
	adds    chan addResult
}

type addResult struct {
	hash common.Hash
	err  error
}

func newPreconfPool(t *testing.T) *preconfPool {
	t.Helper()
	pp := &preconfPool{st: &lockedState{st: state.NewMemState()}, journal: mapJournal{}, adds: make(chan addResult, 16)}
	pp.p = New(cfg, Config{}, pp.st)
	if err := pp.p.SetJournal(pp.journal); err != nil {
		t.Fatal(err)
	}
	pp.p.EnablePreconfirmation()
	return pp
}

// add calls Add in the background, as the RPC does.
func (pp *preconfPool) add(t *testing.T, s txSpec) common.Hash {
	tx := sign(t, s)
	go func() {
		h, err := pp.p.Add(tx)
		pp.adds <- addResult{h, err}
	}()
	return tx.Hash()
}

func (pp *preconfPool) answer(t *testing.T) addResult {
	t.Helper()
	select {
	case r := <-pp.adds:
		return r
	case <-time.After(30 * time.Second):
		t.Fatal("no Add returned")
	}
	return addResult{}
}

func (pp *preconfPool) noAnswer(t *testing.T) {
	t.Helper()
	select {
	case r := <-pp.adds:
		t.Fatalf("Add returned (%s, %v) before its pre-confirmation", r.hash, r.err)
	default:
	}
}

// settleIncluded settles h as pre-confirmed, its sender's account moving
// to after under the pool's lock, as the engine's publish does.
func (pp *preconfPool) settleIncluded(h common.Hash, sender common.Address, after state.Account) {
	pp.p.Settle(Settlement{Included: []common.Hash{h}, Touched: []common.Address{sender}, Publish: func() {
		pp.st.mu.Lock()
		pp.st.st.Accounts[sender] = after
		pp.st.mu.Unlock()
	}})
}

// waitReady waits until the pool hands n transactions to the sequencer.
func (pp *preconfPool) waitReady(t *testing.T, n int) []*Entry {
	t.Helper()
	var got []*Entry
	deadline := time.Now().Add(30 * time.Second)
	for len(got) < n {
		if time.Now().After(deadline) {
			t.Fatalf("%d ready, want %d", len(got), n)
		}
		select {
		case <-pp.p.Notify():
		case <-time.After(10 * time.Millisecond):
		}
		got = append(got, pp.p.TakeReady()...)
	}
	return got
}

// TestAddAnswersOncePreconfirmed: an executable transaction is not
// acknowledged before the sequencer pre-confirmed it (nor journaled by
// the pool: the engine's journal holds it); one that fails when executed
// is refused with the error; one behind a nonce gap is journaled and
// acknowledged at once, and handed over when the gap closes.
func TestAddAnswersOncePreconfirmed(t *testing.T) {
	pp := newPreconfPool(t)
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	pp.st.mu.Lock()
	pp.st.st.Accounts[addr] = state.Account{Balance: *uint256.NewInt(1e18)}
	pp.st.mu.Unlock()

	h0 := pp.add(t, txSpec{key: key, nonce: 0})
	ready := pp.waitReady(t, 1)
	if ready[0].Hash != h0 {
		t.Fatalf("ready %s, want %s", ready[0].Hash, h0)
	}
	pp.noAnswer(t)
	if _, ok := pp.journal[h0]; ok {
		t.Fatal("the pool journaled a transaction the engine journals")
	}
	// Pre-confirmed: the state moves under the pool's lock, then the Add
	// returns.
	pp.settleIncluded(h0, addr, state.Account{Nonce: 1, Balance: *uint256.NewInt(1e18 - 21000)})
	if r := pp.answer(t); r.err != nil || r.hash != h0 {
		t.Fatalf("Add answered (%s, %v)", r.hash, r.err)
	}
	if n, _ := pp.p.PendingNonce(addr); n != 1 || pp.p.Get(h0) != nil {
		t.Fatalf("pending nonce %d after the pre-confirmation; still pooled: %v", n, pp.p.Get(h0) != nil)
	}

	// Behind a gap: acknowledged at once, journaled.
	h2 := pp.add(t, txSpec{key: key, nonce: 2})
	if r := pp.answer(t); r.err != nil || r.hash != h2 {
		t.Fatalf("gapped Add answered (%s, %v)", r.hash, r.err)
	}
	if _, ok := pp.journal[h2]; !ok {
		t.Fatal("a transaction behind a gap is acknowledged without being journaled")
	}
	// The missing nonce fails when executed: refused with its error, and
	// the one behind it stays behind the gap.
	h1 := pp.add(t, txSpec{key: key, nonce: 1})
	if got := pp.waitReady(t, 1); got[0].Hash != h1 {
		t.Fatalf("ready %s, want %s", got[0].Hash, h1)
	}
	boom := errors.New("insufficient funds for gas * price + value")
	pp.p.Settle(Settlement{Dropped: []Dropped{{h1, boom}}, Touched: []common.Address{addr}})
	if r := pp.answer(t); !errors.Is(r.err, boom) {
		t.Fatalf("failed Add answered (%s, %v), want its error", r.hash, r.err)
	}
	if _, q := pp.p.Stats(); q != 1 {
		t.Fatalf("%d queued, want nonce 2 behind the gap", q)
	}
	// The gap closes: nonce 1 again, then 2 follows it to the sequencer.
	h1b := pp.add(t, txSpec{key: key, nonce: 1, tip: 2})
	got := pp.waitReady(t, 2)
	if got[0].Hash != h1b || got[1].Hash != h2 {
		t.Fatalf("ready %v, want nonce 1 then nonce 2", []common.Hash{got[0].Hash, got[1].Hash})
	}
	pp.p.Close()
	if r := pp.answer(t); !errors.Is(r.err, ErrStopped) {
		t.Fatalf("an Add waiting when the sequencer stops answered (%s, %v)", r.hash, r.err)
	}
}

// TestADemotedTransactionIsJournaled: an executable transaction waiting
// for pre-confirmation whose earlier nonce is dropped waits behind the gap
// now: its Add journals it and acknowledges it, as any gapped one.
func TestADemotedTransactionIsJournaled(t *testing.T) {
	pp := newPreconfPool(t)
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	pp.st.mu.Lock()
	pp.st.st.Accounts[addr] = state.Account{Balance: *uint256.NewInt(1e18)}
	pp.st.mu.Unlock()
	h0 := pp.add(t, txSpec{key: key, nonce: 0})
	pp.waitReady(t, 1)
	h1 := pp.add(t, txSpec{key: key, nonce: 1})
	pp.waitReady(t, 1)
	pp.p.Settle(Settlement{Dropped: []Dropped{{h0, core.ErrInsufficientFunds}}, Touched: []common.Address{addr}})
	first, second := pp.answer(t), pp.answer(t)
	if first.hash == h1 {
		first, second = second, first
	}
	if !errors.Is(first.err, core.ErrInsufficientFunds) || second.err != nil || second.hash != h1 {
		t.Fatalf("answers (%s, %v) and (%s, %v)", first.hash, first.err, second.hash, second.err)
	}
	if _, ok := pp.journal[h1]; !ok {
		t.Fatal("the demoted transaction was acknowledged without being journaled")
	}
}

// TestATransactionBeingPreconfirmedIsNeitherReplacedNorEvicted: once the
// sequencer has taken a transaction (it may be executed in the open block
// already, its journal write syncing), a replacement is refused with
// go-ethereum's "nonce too low", and a full pool evicts another sender's
// transaction for a better-paying one, never the taken one; with every
// candidate taken, the newcomer is refused. The taken one's Add is
// answered as pre-confirmed when it settles.
func TestATransactionBeingPreconfirmedIsNeitherReplacedNorEvicted(t *testing.T) {
	pp := &preconfPool{st: &lockedState{st: state.NewMemState()}, journal: mapJournal{}, adds: make(chan addResult, 16)}
	pp.p = New(cfg, Config{PerSender: 4, Total: 2}, pp.st)
	if err := pp.p.SetJournal(pp.journal); err != nil {
		t.Fatal(err)
	}
	pp.p.EnablePreconfirmation()
	keys := make([]*ecdsa.PrivateKey, 3)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		pp.st.st.Accounts[crypto.PubkeyToAddress(keys[i].PublicKey)] = state.Account{Balance: *uint256.NewInt(1e18)}
	}
	alice, bob, carol := keys[0], keys[1], keys[2]

	a0 := pp.add(t, txSpec{key: alice, nonce: 0, tip: 1})
	if got := pp.waitReady(t, 1); got[0].Hash != a0 {
		t.Fatalf("took %s, want alice's %s", got[0].Hash, a0)
	}
	pp.add(t, txSpec{key: alice, nonce: 0, tip: 100, cap: 2e9})
	if r := pp.answer(t); !errors.Is(r.err, core.ErrNonceTooLow) {
		t.Fatalf("an Add answered %v, want the replacement of the taken transaction refused with %v", r.err, core.ErrNonceTooLow)
	}

	// Full: bob's untaken one goes for carol's, alice's stays.
	b0 := pp.add(t, txSpec{key: bob, nonce: 0, tip: 2})
	for pp.p.Get(b0) == nil {
		time.Sleep(time.Millisecond)
	}
	c0 := pp.add(t, txSpec{key: carol, nonce: 0, tip: 100})
	if r := pp.answer(t); !errors.Is(r.err, ErrPoolFull) {
		t.Fatalf("an Add answered %v, want bob's evicted with %v", r.err, ErrPoolFull)
	}
	if pp.p.Get(b0) != nil || pp.p.Get(a0) == nil || pp.p.Get(c0) == nil {
		t.Fatal("want bob's evicted, the taken transaction and the newcomer pooled")
	}
	pp.waitReady(t, 1) // carol's, taken too
	pp.add(t, txSpec{key: bob, nonce: 0, tip: 1000, cap: 2e9})
	if r := pp.answer(t); !errors.Is(r.err, ErrPoolFull) {
		t.Fatalf("with every pooled transaction taken, an Add answered %v, want %v", r.err, ErrPoolFull)
	}
	pp.noAnswer(t)

	addr := crypto.PubkeyToAddress(alice.PublicKey)
	pp.settleIncluded(a0, addr, state.Account{Nonce: 1, Balance: *uint256.NewInt(1e18 - 21000)})
	if r := pp.answer(t); r.hash != a0 || r.err != nil {
		t.Fatalf("alice's Add answered (%s, %v), want pre-confirmed", r.hash, r.err)
	}
}
