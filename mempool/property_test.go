package mempool

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// sim drives a pool through adds, blocks, balance drops, clock ticks and
// restarts, as the node does, and checks the pool's promises after each
// step. Its input is a byte string, so that the fuzzer can drive it.
type sim struct {
	t       testing.TB
	st      *state.MemState
	keys    []*ecdsa.PrivateKey
	addrs   []common.Address
	lim     Config
	clock   *clock
	j       mapJournal
	p       *Pool
	tainted map[common.Address]bool // balance dropped outside the pool: its costs may exceed it
	in      []byte
	steps   []string
}

var simKeys = func() []*ecdsa.PrivateKey {
	var ks []*ecdsa.PrivateKey
	for i := range 6 {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("mempool sim %d", i))))
		if err != nil {
			panic(err)
		}
		ks = append(ks, k)
	}
	return ks
}()

func newSim(t testing.TB, in []byte) *sim {
	s := &sim{t: t, st: state.NewMemState(), keys: simKeys, clock: newClock(), j: mapJournal{}, tainted: map[common.Address]bool{}, in: in}
	s.lim = Config{PerSender: 5, Total: 10, QueuePerSender: 2, QueueTotal: 4, Lifetime: time.Hour, Now: s.clock.now}
	// Rich, middling and poor senders: the poor can pay for a few
	// transactions at the base fee only.
	for i, k := range s.keys {
		a := crypto.PubkeyToAddress(k.PublicKey)
		s.addrs = append(s.addrs, a)
		bal := []uint64{1e18, 1e18, 1e16, 1e16, 2e13, 1e13}[i]
		s.st.Accounts[a] = state.Account{Balance: *uint256.NewInt(bal)}
	}
	s.p = New(cfg, s.lim, s.st)
	if err := s.p.SetJournal(s.j); err != nil {
		t.Fatal(err)
	}
	return s
}

func (s *sim) byte() byte {
	if len(s.in) == 0 {
		return 0
	}
	b := s.in[0]
	s.in = s.in[1:]
	return b
}

func (s *sim) fail(format string, args ...any) {
	s.t.Helper()
	steps := s.steps[max(0, len(s.steps)-30):]
	s.t.Fatalf("after %d steps, the last %v: %s", len(s.steps), steps, fmt.Sprintf(format, args...))
}

func (s *sim) run() {
	for len(s.in) > 0 {
		switch op := s.byte() % 12; op {
		case 0, 1, 2, 3, 4, 5, 6:
			s.add()
		case 7:
			s.block()
		case 8, 9:
			s.tick()
		case 10:
			s.restart()
		case 11:
			s.withdraw()
		}
	}
}

func (s *sim) pendingNonces() map[common.Address]uint64 {
	m := map[common.Address]uint64{}
	for _, a := range s.addrs {
		n, err := s.p.PendingNonce(a)
		if err != nil {
			s.fail("pending nonce: %v", err)
		}
		m[a] = n
	}
	return m
}

// executableSet is every pooled executable transaction, by hash.
func (s *sim) executableSet() map[common.Hash]*Entry {
	s.p.mu.Lock()
	defer s.p.mu.Unlock()
	m := map[common.Hash]*Entry{}
	for h, e := range s.p.all {
		if !e.queued {
			m[h] = e
		}
	}
	return m
}

func (s *sim) add() {
	i := int(s.byte()) % len(s.keys)
	key, who := s.keys[i], s.addrs[i]
	pn := s.pendingNonces()
	acct := s.st.Accounts[who]
	// Mostly the next nonce; else a replacement, one below the account's,
	// or one behind a gap (up to past the sender limit).
	var nonce uint64
	switch b := s.byte() % 16; {
	case b < 8:
		nonce = pn[who]
	case b < 11 && pn[who] > acct.Nonce:
		nonce = acct.Nonce + uint64(s.byte())%(pn[who]-acct.Nonce)
	case b == 11 && acct.Nonce > 0:
		nonce = acct.Nonce - 1
	default:
		nonce = pn[who] + 1 + uint64(s.byte()%uint8(s.lim.PerSender+1))
	}
	spec := txSpec{key: key, nonce: nonce, tip: 1 + int64(s.byte()%5), cap: int64(cfg.BaseFee.Uint64()) * (1 + int64(s.byte()%4))}
	if spec.tip > spec.cap {
		spec.tip = spec.cap
	}
	if v := s.byte() % 8; v < 3 && !acct.Balance.IsZero() {
		spec.value = int64(new(uint256.Int).Div(&acct.Balance, uint256.NewInt(uint64(8<<v))).Uint64())
	}
	tx := sign(s.t, spec)
	executable := nonce >= acct.Nonce && nonce <= pn[who]
	_, queuedBefore := s.p.Stats()
	s.p.mu.Lock()
	ownQueued := 0
	if a := s.p.accounts[who]; a != nil {
		ownQueued = a.queued
	}
	var execCosts sum // the sender's executable pooled costs, other than a replaced one's
	if a := s.p.accounts[who]; a != nil {
		for n, e := range a.txs {
			if !e.queued && n != nonce {
				execCosts.add(&e.cost, e.costOver)
			}
		}
	}
	s.p.mu.Unlock()
	before := s.executableSet()

	_, err := s.p.Add(tx)
	s.steps = append(s.steps, fmt.Sprintf("add(%d n%d tip%d exec=%v: %v)", i, nonce, spec.tip, executable, err))
	switch {
	case err == nil:
		e := s.p.Get(tx.Hash())
		if e == nil {
			s.fail("admitted transaction not pooled")
		}
		if executable && e.queued {
			s.fail("admitted executable transaction is queued")
		}
	case executable && errors.Is(err, ErrPoolFull) && queuedBefore > 0:
		s.fail("executable transaction refused (%v) while %d non-executable were pooled", err, queuedBefore)
	case executable && errors.Is(err, ErrAccountLimit) && ownQueued > 0:
		s.fail("executable transaction refused (%v) while its sender had %d non-executable pooled", err, ownQueued)
	case executable && errors.Is(err, core.ErrInsufficientFunds):
		cost, _ := maxCost(mustTx(s.t, tx), who)
		need := execCosts
		need.add(cost, false)
		if !need.exceeds(&acct.Balance) {
			s.fail("executable transaction refused (%v) though its sender's executable ones leave room", err)
		}
	}
	// Pending nonces go back only for a sender that lost an executable
	// transaction to a better-paying executable newcomer.
	after := s.pendingNonces()
	for _, a := range s.addrs {
		if after[a] >= pn[a] {
			continue
		}
		lost := false
		for h, e := range before {
			if e.Sender == a && s.p.Get(h) == nil {
				lost = true
				if err != nil || !executable || !e.Tx.GasTipCap.Lt(uint256.NewInt(uint64(spec.tip))) || a == who {
					s.fail("%s's executable nonce %d evicted by %s", a, e.Tx.Nonce, s.steps[len(s.steps)-1])
				}
			}
		}
		if !lost {
			s.fail("%s's pending nonce went from %d to %d", a, pn[a], after[a])
		}
	}
	s.check(err == nil)
}

func mustTx(t testing.TB, signed *types.Transaction) *core.Tx {
	tx, err := core.FromTransaction(signed, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// block does what the sequencer does: take executable transactions, apply
// them in order (a transaction that fails is dropped, as are its sender's
// later ones), remove them from the pool and prune.
func (s *sim) block() {
	pn := s.pendingNonces()
	ents, err := s.p.Executable(1 + int(s.byte()%4))
	if err != nil {
		s.fail("executable: %v", err)
	}
	var included, dropped []common.Hash
	for _, e := range ents {
		acct := s.st.Accounts[e.Sender]
		fee := e.Tx.Fee(&cfg.BaseFee)
		need := new(uint256.Int).Add(fee, &e.Tx.Value)
		if e.Tx.Nonce != acct.Nonce || acct.Balance.Lt(need) {
			if !s.tainted[e.Sender] {
				s.fail("%s's nonce %d fails in its block (account nonce %d, balance %s, needs %s)", e.Sender, e.Tx.Nonce, acct.Nonce, acct.Balance.Dec(), need.Dec())
			}
			dropped = append(dropped, e.Hash)
			continue
		}
		acct.Nonce++
		acct.Balance.Sub(&acct.Balance, need)
		s.st.Accounts[e.Sender] = acct
		included = append(included, e.Hash)
	}
	s.p.Remove(dropped...)
	s.p.Remove(included...)
	if err := s.p.Prune(); err != nil {
		s.fail("prune: %v", err)
	}
	s.steps = append(s.steps, fmt.Sprintf("block(%d in, %d dropped)", len(included), len(dropped)))
	after := s.pendingNonces()
	for _, a := range s.addrs {
		if after[a] < pn[a] && !s.tainted[a] {
			s.fail("%s's pending nonce went from %d to %d in a block", a, pn[a], after[a])
		}
	}
	s.check(true)
}

func (s *sim) tick() {
	d := time.Duration(s.byte()) * time.Minute / 2
	s.clock.t = s.clock.t.Add(d)
	s.steps = append(s.steps, fmt.Sprintf("tick(%s)", d))
}

// restart reloads the pool from its journal, sometimes with a smaller
// share for non-executable transactions than the one that wrote it.
func (s *sim) restart() {
	pn := s.pendingNonces()
	exec, _ := s.p.Stats()
	if s.byte()%2 == 0 {
		s.lim.QueuePerSender, s.lim.QueueTotal = 1, 2
	} else {
		s.lim.QueuePerSender, s.lim.QueueTotal = 2, 4
	}
	s.p = New(cfg, s.lim, s.st)
	if err := s.p.SetJournal(s.j); err != nil {
		s.fail("reload: %v", err)
	}
	s.steps = append(s.steps, fmt.Sprintf("restart(%d/%d)", s.lim.QueuePerSender, s.lim.QueueTotal))
	if e, _ := s.p.Stats(); e != exec {
		s.fail("%d executable before the restart, %d after", exec, e)
	}
	for a, n := range s.pendingNonces() {
		if n != pn[a] {
			s.fail("%s's pending nonce %d before the restart, %d after", a, pn[a], n)
		}
	}
	s.check(true)
}

// withdraw takes funds from a sender outside the pool (a forced withdrawal
// from L1): its pooled transactions may now fail in their block.
func (s *sim) withdraw() {
	i := int(s.byte()) % len(s.keys)
	a := s.st.Accounts[s.addrs[i]]
	a.Balance.Div(&a.Balance, uint256.NewInt(2))
	s.st.Accounts[s.addrs[i]] = a
	s.tainted[s.addrs[i]] = true
	s.steps = append(s.steps, fmt.Sprintf("withdraw(%d)", i))
}

// check verifies the pool's state: the journal holds exactly the pool;
// the limits and the non-executable share hold; each transaction is
// classified as the state says; no non-executable one is past its
// lifetime (swept says a sweep ran); untainted senders can pay for all
// their pooled transactions.
func (s *sim) check(swept bool) {
	p := s.p
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(s.j) != len(p.all) {
		s.fail("journal holds %d, pool %d", len(s.j), len(p.all))
	}
	for h := range s.j {
		if p.all[h] == nil {
			s.fail("journal holds %s, which the pool does not", h)
		}
	}
	if len(p.all) > s.lim.Total || p.queued > s.lim.QueueTotal {
		s.fail("pool holds %d (limit %d), %d queued (limit %d)", len(p.all), s.lim.Total, p.queued, s.lim.QueueTotal)
	}
	queued := 0
	for who, a := range p.accounts {
		acct := s.st.Accounts[who]
		if len(a.txs) == 0 || len(a.txs) > s.lim.PerSender || a.queued > s.lim.QueuePerSender {
			s.fail("%s holds %d, %d queued", who, len(a.txs), a.queued)
		}
		next := acct.Nonce
		for a.txs[next] != nil {
			next++
		}
		var costs sum
		q := 0
		for n, e := range a.txs {
			if n < acct.Nonce {
				s.fail("%s's nonce %d pooled, the account's is %d", who, n, acct.Nonce)
			}
			if e.queued != (n > next) {
				s.fail("%s's nonce %d queued=%v; the account's nonce is %d, the gap at %d", who, n, e.queued, acct.Nonce, next)
			}
			if e.queued {
				q++
				if swept && s.clock.t.Sub(e.arrived) > s.lim.Lifetime {
					s.fail("%s's nonce %d is past its lifetime", who, n)
				}
			}
			costs.add(&e.cost, e.costOver)
		}
		if q != a.queued || (q > 0) != (p.gapped[who] == a) {
			s.fail("%s counts %d queued, holds %d", who, a.queued, q)
		}
		queued += q
		if !s.tainted[who] && costs.exceeds(&acct.Balance) {
			s.fail("%s's pooled costs %s exceed its balance %s", who, costs.v.Dec(), acct.Balance.Dec())
		}
	}
	if queued != p.queued || len(p.evict) != queued {
		s.fail("pool counts %d queued, holds %d, its eviction heap %d", p.queued, queued, len(p.evict))
	}
	for i, e := range p.evict {
		if !e.queued || e.qi != i || p.all[e.Hash] != e || (i > 0 && evictsFirst(e, p.evict[(i-1)/2])) {
			s.fail("eviction heap entry %d (nonce %d of %s) out of place", i, e.Tx.Nonce, e.Sender)
		}
	}
}

// TestPoolProperties runs random sequences of adds, blocks, balance drops,
// clock ticks and restarts and checks the pool's promises after each:
// limits and the non-executable share, classification, lifetime, the
// journal, costs, an executable transaction never refused while a
// non-executable one is pooled, pending nonces that go back only for an
// evicted or dropped transaction.
func TestPoolProperties(t *testing.T) {
	seeds := 40
	if testing.Short() {
		seeds = 8
	}
	for seed := range uint64(seeds) {
		r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
		in := make([]byte, 600)
		for i := range in {
			in[i] = byte(r.Uint32())
		}
		t.Run(fmt.Sprint(seed), func(t *testing.T) { newSim(t, in).run() })
	}
}

func FuzzPoolProperties(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0, 1, 0, 1, 1, 4, 3})
	f.Add([]byte{0, 1, 3, 1, 1, 0, 0, 1, 2, 2, 2, 1, 5, 200, 4, 1, 6})
	f.Add([]byte{7, 4, 0, 4, 0, 0, 0, 3, 0, 4, 1, 0, 0, 0, 4, 8, 6, 0, 5, 3})
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) > 2000 {
			in = in[:2000]
		}
		newSim(t, in).run()
	})
}
