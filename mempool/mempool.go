// Package mempool holds the signed L2 transactions that the sequencer has
// not yet put in a block, and refuses with go-ethereum's error texts, which
// wallets parse.
//
// # Model
//
// Each sender's transactions are kept by nonce. Those whose nonces follow
// the account's without a gap are executable: the next blocks can include
// them, and they pay when they are. Those behind a gap are not: until the
// missing nonce arrives they can neither execute nor pay, so the pool gives
// them a bounded share and a bounded time:
//
//   - Executable transactions may take any of the pool's Total slots, at
//     most PerSender per sender (whose nonces may run at most PerSender
//     ahead of its account's).
//   - Non-executable ones: at most QueuePerSender per sender and
//     QueueTotal in all, each for at most Lifetime from its arrival.
//   - A sender's pooled transactions are paid for together: the sum of
//     gas × fee cap + value over them (and of the amounts of each token)
//     must not exceed its balance, a replacement counted instead of the
//     transaction it replaces.
//   - A replacement (same sender and nonce) must raise both tip and fee
//     cap by ReplaceBumpPercent.
//
// A transaction moves between the two as gaps open and close: the missing
// nonce arriving (or a block that advances the account's nonce past the
// gap) makes the ones behind it executable; a transaction dropped from its
// block opens a gap.
//
// # Guarantees
//
//   - A transaction that can execute is never refused for room while one
//     that cannot is pooled: when the pool is full it evicts a
//     non-executable transaction, whatever that one's tip; only when none
//     is left does it have to outbid the cheapest executable transaction
//     that is last of its sender (so no sender is left with a gap). A
//     non-executable newcomer never evicts an executable transaction.
//   - It is not refused for its sender's non-executable transactions'
//     costs either: those are dropped (highest nonce first) as far as
//     needed to pay for it.
//   - Every admitted transaction is in the journal before its hash is
//     returned; a transaction the pool drops (included, evicted, expired)
//     is deleted from it. After a restart the journal is re-admitted as
//     Readmit does: the non-executable share and lifetime apply again, with
//     each transaction's arrival reset to the time of the reload.
//
// Admission checks a transaction against the state after the head block. A
// transaction admitted here can still fail in its block (a forced
// withdrawal from L1 spent the funds first, or a transaction re-admitted
// after a rewind was not checked against the balance); the sequencer then
// drops it.
package mempool

import (
	"container/heap"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// Admission errors, in go-ethereum's words where it has them
// (core/txpool/errors.go).
var (
	ErrAlreadyKnown       = errors.New("already known")
	ErrReplaceUnderpriced = errors.New("replacement transaction underpriced")
	ErrPoolFull           = errors.New("txpool is full")
	ErrAccountLimit       = errors.New("account limit exceeded")
	// ErrDropped answers a transaction that left the pool before it was
	// pre-confirmed, for a reason without an error of its own.
	ErrDropped = errors.New("transaction dropped before it was pre-confirmed")
	// ErrStopped answers a transaction that waited for pre-confirmation
	// when the sequencer stopped.
	ErrStopped = errors.New("the sequencer is stopping; send the transaction again")
)

// ReplaceBumpPercent is how much higher (tip and fee cap both) a replacement
// must pay, as go-ethereum's default price bump.
const ReplaceBumpPercent = 10

// Config bounds the pool. A zero field takes its default.
type Config struct {
	// PerSender is the most transactions one sender may have in the pool,
	// and so how far its nonces may run ahead of its account's (default 64).
	PerSender int
	// Total is the most transactions in the pool (default 8,192).
	Total int
	// QueuePerSender is the most transactions one sender may have behind a
	// nonce gap (default: half of PerSender, 32): room for a burst of
	// transactions that reach the node out of order.
	QueuePerSender int
	// QueueTotal is the most transactions behind nonce gaps in the pool
	// (default: an eighth of Total, 1,024, as go-ethereum's global queue).
	QueueTotal int
	// Lifetime is how long a transaction may stay behind a nonce gap,
	// counted from its arrival (default 3 hours, as go-ethereum's).
	Lifetime time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// DefaultConfig is what the node uses unless told otherwise.
var DefaultConfig = Config{PerSender: 64, Total: 8192, QueuePerSender: 32, QueueTotal: 1024, Lifetime: 3 * time.Hour}

func (c Config) withDefaults() Config {
	if c.PerSender <= 0 {
		c.PerSender = DefaultConfig.PerSender
	}
	if c.Total <= 0 {
		c.Total = DefaultConfig.Total
	}
	if c.QueuePerSender <= 0 {
		c.QueuePerSender = max(1, c.PerSender/2)
	}
	if c.QueueTotal <= 0 {
		c.QueueTotal = max(1, c.Total/8)
	}
	if c.Lifetime <= 0 {
		c.Lifetime = DefaultConfig.Lifetime
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Entry is one pooled transaction.
type Entry struct {
	Tx     *core.Tx
	Signed *types.Transaction
	Sender common.Address
	Hash   common.Hash

	seq      uint64      // arrival order, to break ties
	arrived  time.Time   // when it entered this pool (its lifetime's start)
	cost     uint256.Int // gas × fee cap + value
	costOver bool        // the cost does not fit 256 bits (only a re-admitted one)
	queued   bool        // behind a nonce gap
	qi       int         // its index in the pool's heap of queued transactions

	// Pre-confirmation (EnablePreconfirmation): wait answers the Add that
	// waits for it; journaled says it is in the journal; inReady that it
	// waits in the ready list; taken that the sequencer has it (TakeReady)
	// and has not settled it yet: it may be in the open block already, so
	// nothing replaces or evicts it.
	wait      chan admission
	journaled bool
	inReady   bool
	taken     bool
}

// admission is what an Add waiting for pre-confirmation learns: an error,
// or that the transaction waits behind a nonce gap now (and must be
// journaled), or (neither) that it was pre-confirmed or replaced.
type admission struct {
	err    error
	queued bool
}

// account is one sender's pooled transactions. The ones from nonce (the
// account's, as the pool last read it) up to next are executable; the ones
// above next, queued of them, are not.
type account struct {
	txs    map[uint64]*Entry
	nonce  uint64
	next   uint64
	queued int
}

// Journal keeps the pooled transactions on disk, so that a transaction
// whose hash the RPC returned survives a crash of the node: Put is durable
// when it returns; Delete may be lazy (a stale entry is refused as "nonce
// too low" when reloaded, and deleted then).
type Journal interface {
	Put(hash common.Hash, raw []byte) error
	Delete(hashes []common.Hash) error
	Load(fn func(raw []byte)) error
}

// Pool is the mempool. It is safe for concurrent use.
type Pool struct {
	cfg     *core.Config
	lim     Config
	state   state.Reader
	journal Journal

	mu       sync.Mutex
	seq      uint64
	accounts map[common.Address]*account
	gapped   map[common.Address]*account // the accounts with queued transactions
	all      map[common.Hash]*Entry
	queued   int       // transactions behind a gap
	evict    queueHeap // the same, the next to evict on top
	oldest   time.Time // no queued transaction arrived before it
	notify   chan struct{}
	forget   []common.Hash // removed, still to delete from the journal

	// Pre-confirmation (EnablePreconfirmation).
	preconfirm bool
	ready      []*Entry // executable since the sequencer last took them
	stop       chan struct{}
	stopOnce   sync.Once
}

// New returns an empty pool that checks transactions against st (the state
// after the head block, read at each admission).
func New(cfg *core.Config, lim Config, st state.Reader) *Pool {
	return &Pool{
		cfg: cfg, lim: lim.withDefaults(), state: st,
		accounts: make(map[common.Address]*account),
		gapped:   make(map[common.Address]*account),
		all:      make(map[common.Hash]*Entry),
		notify:   make(chan struct{}, 1),
		stop:     make(chan struct{}),
	}
}

// EnablePreconfirmation makes the pool the admission of a sequencer that
// pre-confirms (package engine): a transaction that can execute now is not
// journaled here but handed to the sequencer (TakeReady), and Add returns
// only once it was pre-confirmed (journaled by the engine, its receipt
// available) or refused; one behind a nonce gap is journaled here and
// acknowledged at once, as before, and handed over when its gap closes.
// The pool's state must then be the engine's pending state, which
// Settle's publish moves under the pool's lock.
func (p *Pool) EnablePreconfirmation() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.preconfirm = true
	for _, e := range p.all {
		e.journaled = true // readmitted from the journal before
		if !e.queued {
			p.readyLocked(e)
		}
	}
}

// Close answers every Add waiting for pre-confirmation with ErrStopped,
// and those that come later too: the sequencer no longer takes them.
func (p *Pool) Close() { p.stopOnce.Do(func() { close(p.stop) }) }

func (p *Pool) readyLocked(e *Entry) {
	if p.preconfirm && !e.inReady {
		e.inReady = true
		p.ready = append(p.ready, e)
	}
}

// answerLocked tells the Add that waits for e, if any, what became of it.
func answerLocked(e *Entry, a admission) {
	if e.wait != nil {
		e.wait <- a
		e.wait = nil
	}
}

// flushLocked deletes removed transactions from the journal.
func (p *Pool) flushLocked() {
	if p.journal != nil && len(p.forget) > 0 {
		// A failed delete leaves stale entries, which reloading discards.
		_ = p.journal.Delete(p.forget)
	}
	p.forget = p.forget[:0]
}

// SetJournal makes the pool keep its transactions in j, after first
// re-admitting those j holds (from before a restart) as Readmit does: they
// were acknowledged, and a crash in the middle of a rewind may have left
// the chain short of the deposit that funds them. Entries that are no
// longer admissible (included meanwhile), and non-executable ones beyond
// the pool's share, are deleted from j.
func (p *Pool) SetJournal(j Journal) error {
	var txs []*types.Transaction
	var undecodable []common.Hash
	err := j.Load(func(raw []byte) {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			undecodable = append(undecodable, crypto.Keccak256Hash(raw))
			return
		}
		txs = append(txs, tx)
	})
	if err != nil {
		return fmt.Errorf("mempool: load journal: %w", err)
	}
	p.mu.Lock()
	p.journal = j
	p.mu.Unlock()
	p.Readmit(txs)
	if len(undecodable) > 0 {
		if err := j.Delete(undecodable); err != nil {
			return fmt.Errorf("mempool: clean journal: %w", err)
		}
	}
	return nil
}

// Notify returns a channel that receives (without blocking the pool) after
// transactions became executable: admitted, promoted by the one that
// closed their sender's gap, or re-admitted.
func (p *Pool) Notify() <-chan struct{} { return p.notify }

func (p *Pool) wake() {
	select {
	case p.notify <- struct{}{}:
	default:
	}
}

// maxCost is what the sender must hold for tx: gas × fee cap + value.
func maxCost(tx *core.Tx, sender common.Address) (*uint256.Int, error) {
	c, overflow := new(uint256.Int).MulOverflow(uint256.NewInt(tx.Gas), &tx.GasFeeCap)
	if overflow {
		return nil, fmt.Errorf("%w: address %s, gas limit %d × maxFeePerGas %s does not fit in 256 bits", core.ErrFeeCapVeryHigh, sender, tx.Gas, tx.GasFeeCap.Dec())
	}
	if _, overflow = c.AddOverflow(c, &tx.Value); overflow {
		return nil, fmt.Errorf("%w: address %s required balance exceeds 256 bits", core.ErrInsufficientFunds, sender)
	}
	return c, nil
}

// Add validates a signed transaction and admits it. It returns the
// transaction's hash.
func (p *Pool) Add(signed *types.Transaction) (common.Hash, error) {
	tx, err := core.FromTransaction(signed, p.cfg)
	if err != nil {
		return common.Hash{}, err
	}
	sender, err := tx.Sender(p.cfg.ChainID)
	if err != nil {
		return common.Hash{}, err
	}
	cost, err := maxCost(tx, sender)
	if err != nil {
		return common.Hash{}, err
	}
	hash := signed.Hash()
	e, j, promoted, wait, err := p.insert(tx, signed, sender, hash, cost)
	if err != nil {
		return common.Hash{}, err
	}
	if wait != nil {
		p.wake()
		select {
		case a := <-wait:
			if a.err != nil {
				return common.Hash{}, a.err
			}
			if !a.queued {
				return hash, nil // pre-confirmed: in the engine's journal
			}
			// Behind a nonce gap now (an earlier nonce was dropped): it
			// waits, journaled here, as any other.
		case <-p.stop:
			return common.Hash{}, ErrStopped
		}
	}
	if j != nil {
		// Durable before the hash is returned. Written outside the lock so
		// that concurrent admissions share Pebble's syncs.
		raw, err := signed.MarshalBinary()
		if err == nil {
			err = j.Put(hash, raw)
		}
		if err != nil {
			p.Remove(e.Hash)
			return common.Hash{}, fmt.Errorf("mempool: journal: %w", err)
		}
		// Dropped meanwhile (included, evicted): its removal deleted the
		// entry before it was written, so delete it now.
		p.mu.Lock()
		if p.all[hash] != e {
			p.forget = append(p.forget, hash)
			p.flushLocked()
		} else {
			e.journaled = true
		}
		p.mu.Unlock()
	}
	if promoted {
		p.wake()
	}
	return hash, nil
}

// Readmit puts back transactions that the node had acknowledged and then
// took out of its chain (a rewind after an L1 reorg or a fraud proof; they
// are in the journal already). They are checked as a block will check them
// (signature, chain id, a supported kind, a nonce not below the account's)
// but not against the pool's limits on executable transactions, which guard
// admission, not what was admitted before, and not against the sender's
// balance: the chain may be short of the deposit that funds them until its
// next block applies it again, and a transaction that fails in its block
// is dropped there. Those left behind a nonce gap count against the
// non-executable share and lifetime as any other (their arrival is now). A
// transaction the pool holds already, or one of the same sender and nonce,
// is kept as the pool has it. It returns the hashes refused or dropped,
// which it deletes from the journal.
func (p *Pool) Readmit(txs []*types.Transaction) []common.Hash {
	var refused []common.Hash
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.lim.Now()
	nonces := make(map[common.Address]uint64)
	var linked []*Entry
	for _, signed := range txs {
		h := signed.Hash()
		if _, ok := p.all[h]; ok {
			continue
		}
		tx, err := core.FromTransaction(signed, p.cfg)
		if err != nil {
			refused = append(refused, h)
			continue
		}
		sender, err := tx.Sender(p.cfg.ChainID)
		if err != nil {
			refused = append(refused, h)
			continue
		}
		acct, err := p.state.Account(sender)
		if err != nil || tx.Nonce < acct.Nonce {
			refused = append(refused, h)
			continue
		}
		a := p.accounts[sender]
		if a == nil {
			a = &account{txs: make(map[uint64]*Entry), nonce: acct.Nonce, next: acct.Nonce}
			p.accounts[sender] = a
		}
		if _, ok := a.txs[tx.Nonce]; ok {
			refused = append(refused, h)
			continue
		}
		p.seq++
		e := &Entry{Tx: tx, Signed: signed, Sender: sender, Hash: h, seq: p.seq, arrived: now, journaled: true}
		c, over := new(uint256.Int).MulOverflow(uint256.NewInt(tx.Gas), &tx.GasFeeCap)
		if _, o := c.AddOverflow(c, &tx.Value); o || over {
			e.costOver = true
		}
		e.cost = *c
		a.txs[tx.Nonce] = e
		p.all[h] = e
		nonces[sender] = acct.Nonce
		linked = append(linked, e)
	}
	for addr, n := range nonces {
		if a := p.accounts[addr]; a != nil {
			p.refreshLocked(addr, a, n)
		}
	}
	p.trimLocked()
	p.sweepLocked()
	p.forget = append(p.forget, refused...)
	kept := false
	for _, e := range linked {
		if p.all[e.Hash] == e {
			kept = true
			if !e.queued {
				p.readyLocked(e)
			}
		} else {
			refused = append(refused, e.Hash) // in p.forget already
		}
	}
	p.flushLocked()
	if kept {
		p.wake()
	}
	return refused
}

// insert admits a transaction that passed the stateless checks: it checks
// it against the sender's account and pooled transactions, makes room
// under the limits, and returns the entry, the journal to write, whether
// transactions became executable, and (pre-confirming, for an executable
// one) the channel its answer comes on.
func (p *Pool) insert(tx *core.Tx, signed *types.Transaction, sender common.Address, hash common.Hash, cost *uint256.Int) (*Entry, Journal, bool, chan admission, error) {
	e, j, promoted, err := p.insertLocked(tx, signed, sender, hash, cost)
	if err != nil || !p.preconfirm || e.queued {
		p.mu.Unlock()
		return e, j, promoted, nil, err
	}
	defer p.mu.Unlock()
	e.wait = make(chan admission, 1)
	p.readyLocked(e)
	return e, j, promoted, e.wait, nil
}

// insertLocked is insert's work; it takes the lock and leaves it held.
func (p *Pool) insertLocked(tx *core.Tx, signed *types.Transaction, sender common.Address, hash common.Hash, cost *uint256.Int) (*Entry, Journal, bool, error) {
	p.mu.Lock()
	defer p.flushLocked()
	if _, ok := p.all[hash]; ok {
		return nil, nil, false, ErrAlreadyKnown
	}
	// Read under the lock: the sequencer commits a block before it takes
	// the block's transactions out (under this lock), so the account read
	// here is never older than the pool's view of the sender.
	acct, err := p.state.Account(sender)
	if err != nil {
		return nil, nil, false, fmt.Errorf("mempool: read account: %w", err)
	}
	if tx.Nonce < acct.Nonce {
		return nil, nil, false, fmt.Errorf("%w: address %s, tx: %d state: %d", core.ErrNonceTooLow, sender, tx.Nonce, acct.Nonce)
	}
	if tx.Nonce >= acct.Nonce+uint64(p.lim.PerSender) {
		return nil, nil, false, fmt.Errorf("%w: address %s, tx: %d state: %d (at most %d ahead)", core.ErrNonceTooHigh, sender, tx.Nonce, acct.Nonce, p.lim.PerSender)
	}
	p.sweepLocked()
	a := p.accounts[sender]
	if a != nil {
		p.refreshLocked(sender, a, acct.Nonce)
		a = p.accounts[sender]
	}
	if a == nil {
		a = &account{txs: make(map[uint64]*Entry), nonce: acct.Nonce, next: acct.Nonce}
	}
	old := a.txs[tx.Nonce]
	if old != nil && old.taken {
		// Its transaction is being pre-confirmed: once its journal write
		// syncs, the state says what this says now. (If it fails in the
		// block instead, the nonce is free again a moment later.)
		return nil, nil, false, fmt.Errorf("%w: address %s, tx: %d state: %d (the pooled transaction with this nonce is being pre-confirmed)", core.ErrNonceTooLow, sender, tx.Nonce, tx.Nonce+1)
	}
	if old != nil && (!bumped(&old.Tx.GasTipCap, &tx.GasTipCap) || !bumped(&old.Tx.GasFeeCap, &tx.GasFeeCap)) {
		return nil, nil, false, fmt.Errorf("%w: need tip and fee cap %d%% above %s/%s", ErrReplaceUnderpriced, ReplaceBumpPercent, old.Tx.GasTipCap.Dec(), old.Tx.GasFeeCap.Dec())
	}
	executable := tx.Nonce <= a.next
	drop, err := p.affordLocked(sender, a, tx, old, cost, &acct.Balance)
	if err != nil {
		return nil, nil, false, err
	}
	if old == nil {
		more, err := p.roomLocked(sender, a, tx, executable, drop)
		if err != nil {
			return nil, nil, false, err
		}
		drop = append(drop, more...)
	}
	// Every check passed: from here on the pool changes.
	for _, d := range drop {
		answerLocked(d, admission{err: fmt.Errorf("%w: evicted for a transaction paying more", ErrPoolFull)})
		p.removeLocked(d)
	}
	if old != nil {
		answerLocked(old, admission{}) // replaced, as its sender asked
		p.unlinkLocked(old)
	}
	if p.accounts[sender] == nil {
		a = &account{txs: make(map[uint64]*Entry), nonce: acct.Nonce, next: acct.Nonce}
		p.accounts[sender] = a
	} else {
		a = p.accounts[sender]
	}
	p.seq++
	e := &Entry{Tx: tx, Signed: signed, Sender: sender, Hash: hash, seq: p.seq, arrived: p.lim.Now(), cost: *cost}
	a.txs[tx.Nonce] = e
	p.all[hash] = e
	before := a.next
	p.classifyLocked(sender, a)
	return e, p.journal, a.next > before, nil
}

// bumped reports whether next > old and next ≥ old × (100 +
// ReplaceBumpPercent) / 100, go-ethereum's rule (the first part matters
// for tiny values, where the rounded threshold equals old).
func bumped(old, next *uint256.Int) bool {
	if !next.Gt(old) {
		return false
	}
	need := new(uint256.Int).Mul(old, uint256.NewInt(100+ReplaceBumpPercent))
	need.Div(need, uint256.NewInt(100))
	return !next.Lt(need)
}

// sum adds up costs, remembering an overflow (which no balance covers).
type sum struct {
	v    uint256.Int
	over bool
}

func (s *sum) add(x *uint256.Int, over bool) {
	if _, o := s.v.AddOverflow(&s.v, x); o || over {
		s.over = true
	}
}

func (s *sum) exceeds(bal *uint256.Int) bool { return s.over || s.v.Gt(bal) }

// affordLocked checks that the sender can pay for tx together with its
// other pooled transactions that would execute before it (old, which tx
// replaces, left out). The non-executable ones above tx that no longer fit
// with it are not a reason to refuse it: it returns them to drop, lowest
// nonce first.
func (p *Pool) affordLocked(sender common.Address, a *account, tx *core.Tx, old *Entry, cost, balance *uint256.Int) ([]*Entry, error) {
	var tokenBal uint256.Int
	if tx.Token {
		var err error
		if tokenBal, err = p.state.TokenBalance(sender, tx.To); err != nil {
			return nil, fmt.Errorf("mempool: read token balance: %w", err)
		}
	}
	var eth, tok sum // the others counted so far: the executable ones first
	var queued []*Entry
	count := func(eth, tok *sum, e *Entry) {
		eth.add(&e.cost, e.costOver)
		if tx.Token && e.Tx.Token && e.Tx.To == tx.To {
			tok.add(&e.Tx.Amount, false)
		}
	}
	for _, e := range a.txs {
		switch {
		case e == old:
		case e.queued:
			queued = append(queued, e)
		default:
			count(&eth, &tok, e)
		}
	}
	slices.SortFunc(queued, func(x, y *Entry) int { return cmpUint64(x.Tx.Nonce, y.Tx.Nonce) })
	fits := func(eth, tok sum) bool {
		eth.add(cost, false)
		tok.add(&tx.Amount, false)
		return !eth.exceeds(balance) && (!tx.Token || !tok.exceeds(&tokenBal))
	}
	// tx is checked against what would execute before it: the executable
	// ones and, for a tx behind a gap, those behind the gap with lower
	// nonces. Those above it that no longer fit with it are dropped: they
	// would execute after it. (An executable tx has every non-executable
	// one above it.) Counting the ones above too would let a later nonce
	// that arrived first keep an earlier one out, which a wallet sending
	// its nonces in one JSON-RPC batch, taken in any order, would see at
	// random.
	below := 0
	for ; below < len(queued) && queued[below].Tx.Nonce < tx.Nonce; below++ {
		count(&eth, &tok, queued[below])
	}
	if !fits(eth, tok) {
		return nil, fundsError(sender, tx, cost, balance, &tokenBal, eth, tok)
	}
	above := queued[below:]
	for i, e := range above {
		eth2, tok2 := eth, tok
		count(&eth2, &tok2, e)
		if !fits(eth2, tok2) {
			return above[i:], nil
		}
		eth, tok = eth2, tok2
	}
	return nil, nil
}

// fundsError refuses tx, which costs cost (and its token amount) on top of
// the pooled transactions counted in eth and tok, in go-ethereum's words.
func fundsError(sender common.Address, tx *core.Tx, cost, balance, tokenBal *uint256.Int, eth, tok sum) error {
	need := eth
	need.add(cost, false)
	switch {
	case !need.exceeds(balance):
		return fmt.Errorf("%w: address %s token %s have %s want %s (%s of them pooled)", core.ErrTokenBalanceTooLow, sender, tx.To, tokenBal.Dec(), new(uint256.Int).Add(&tok.v, &tx.Amount).Dec(), tok.v.Dec())
	case need.over:
		return fmt.Errorf("%w: address %s required balance exceeds 256 bits", core.ErrInsufficientFunds, sender)
	case eth.v.IsZero():
		return fmt.Errorf("%w: address %s have %s want %s", core.ErrInsufficientFunds, sender, balance.Dec(), cost.Dec())
	}
	return fmt.Errorf("%w: address %s, balance %s, pooled cost %s, tx cost %s, overshot %s", core.ErrInsufficientFunds, sender, balance.Dec(), eth.v.Dec(), cost.Dec(), new(uint256.Int).Sub(&need.v, balance).Dec())
}

func cmpUint64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// roomLocked finds room for a new nonce of the sender (drop already to be
// dropped, all the sender's non-executable transactions): the transactions
// to evict, or the error that refuses tx.
func (p *Pool) roomLocked(sender common.Address, a *account, tx *core.Tx, executable bool, drop []*Entry) ([]*Entry, error) {
	var more []*Entry
	skip := func(e *Entry) bool { return slices.Contains(drop, e) || slices.Contains(more, e) }
	own := len(a.txs) - len(drop)
	ownQueued := a.queued - len(drop)
	total := len(p.all) - len(drop)
	queued := p.queued - len(drop)
	if own >= p.lim.PerSender {
		// Only re-admitted transactions can hold a sender's every slot
		// with a free nonce below its limit.
		var v *Entry
		if executable {
			for _, e := range a.txs {
				if e.queued && !skip(e) && (v == nil || e.Tx.Nonce > v.Tx.Nonce) {
					v = e
				}
			}
		}
		if v == nil {
			return nil, fmt.Errorf("%w: %s has %d pending transactions", ErrAccountLimit, sender, own)
		}
		more = append(more, v)
		own, ownQueued, total, queued = own-1, ownQueued-1, total-1, queued-1
	}
	if !executable {
		if ownQueued >= p.lim.QueuePerSender {
			return nil, fmt.Errorf("%w: %s has %d transactions behind a nonce gap (at most %d)", ErrAccountLimit, sender, ownQueued, p.lim.QueuePerSender)
		}
		if queued >= p.lim.QueueTotal || total >= p.lim.Total {
			v := p.cheapestQueuedLocked(skip)
			if v == nil || !v.Tx.GasTipCap.Lt(&tx.GasTipCap) {
				return nil, fmt.Errorf("%w: %d transactions, %d of them behind a nonce gap (at most %d), none of those paying a tip below %s", ErrPoolFull, total, queued, p.lim.QueueTotal, tx.GasTipCap.Dec())
			}
			more = append(more, v)
		}
		return more, nil
	}
	if total >= p.lim.Total {
		v := p.cheapestQueuedLocked(skip)
		if v == nil {
			v = p.cheapestLastLocked(sender)
			if v != nil && !v.Tx.GasTipCap.Lt(&tx.GasTipCap) {
				v = nil
			}
		}
		if v == nil {
			return nil, fmt.Errorf("%w: %d transactions, none paying a tip below %s", ErrPoolFull, total, tx.GasTipCap.Dec())
		}
		more = append(more, v)
	}
	return more, nil
}

// evictsFirst orders eviction candidates: the lowest tip, then the latest
// arrival.
func evictsFirst(x, y *Entry) bool {
	if c := x.Tx.GasTipCap.Cmp(&y.Tx.GasTipCap); c != 0 {
		return c < 0
	}
	return x.seq > y.seq
}

// cheapestQueuedLocked returns the non-executable transaction to evict
// first, skipping those skip says, or nil.
func (p *Pool) cheapestQueuedLocked(skip func(*Entry) bool) *Entry {
	if len(p.evict) == 0 {
		return nil
	}
	if !skip(p.evict[0]) {
		return p.evict[0]
	}
	// Only the newcomer's sender's own transactions are skipped: rare,
	// and few.
	var v *Entry
	for _, e := range p.evict {
		if !skip(e) && (v == nil || evictsFirst(e, v)) {
			v = e
		}
	}
	return v
}

// queueHeap orders the non-executable transactions by evictsFirst.
type queueHeap []*Entry

func (h queueHeap) Len() int           { return len(h) }
func (h queueHeap) Less(i, j int) bool { return evictsFirst(h[i], h[j]) }
func (h queueHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].qi, h[j].qi = i, j
}
func (h *queueHeap) Push(x any) {
	e := x.(*Entry)
	e.qi = len(*h)
	*h = append(*h, e)
}
func (h *queueHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return e
}

// cheapestLastLocked returns the executable transaction to evict first
// among those that are last of their sender's (so that no sender is left
// with a gap), other than sender's, or nil.
func (p *Pool) cheapestLastLocked(sender common.Address) *Entry {
	var v *Entry
	for addr, a := range p.accounts {
		if addr == sender || a.next == a.nonce {
			continue
		}
		if e := a.txs[a.next-1]; e != nil && !e.taken && (v == nil || evictsFirst(e, v)) {
			v = e
		}
	}
	return v
}

// unlinkLocked takes e out of the pool's maps and schedules its journal
// entry for deletion. The other entries of its sender keep their
// classification, which the caller fixes if e was executable.
func (p *Pool) unlinkLocked(e *Entry) {
	answerLocked(e, admission{err: ErrDropped})
	a := p.accounts[e.Sender]
	delete(a.txs, e.Tx.Nonce)
	delete(p.all, e.Hash)
	if e.journaled || !p.preconfirm {
		p.forget = append(p.forget, e.Hash)
	}
	if e.queued {
		e.queued = false
		heap.Remove(&p.evict, e.qi)
		a.queued--
		p.queued--
		if a.queued == 0 {
			delete(p.gapped, e.Sender)
		}
	}
	if len(a.txs) == 0 {
		delete(p.accounts, e.Sender)
	}
}

// removeLocked drops e and keeps its sender's classification: the
// executable transactions after it, if any, are behind a gap now.
func (p *Pool) removeLocked(e *Entry) {
	queued := e.queued
	p.unlinkLocked(e)
	a := p.accounts[e.Sender]
	if a == nil || queued || e.Tx.Nonce < a.nonce {
		return
	}
	if e.Tx.Nonce+1 == a.next {
		a.next--
		return
	}
	p.classifyLocked(e.Sender, a)
}

// classifyLocked marks which of a's transactions are executable (nonces
// from a.nonce on without a gap) and which are behind a gap.
func (p *Pool) classifyLocked(addr common.Address, a *account) {
	n := a.nonce
	for a.txs[n] != nil {
		n++
	}
	a.next = n
	var promoted []*Entry
	defer func() {
		// In nonce order: the sequencer takes a sender's in the order given.
		slices.SortFunc(promoted, func(x, y *Entry) int { return cmpUint64(x.Tx.Nonce, y.Tx.Nonce) })
		for _, e := range promoted {
			p.readyLocked(e)
		}
	}()
	for nonce, e := range a.txs {
		q := nonce > n
		if q == e.queued {
			continue
		}
		e.queued = q
		if q {
			answerLocked(e, admission{queued: true})
			if p.queued == 0 || e.arrived.Before(p.oldest) {
				p.oldest = e.arrived
			}
			heap.Push(&p.evict, e)
			a.queued++
			p.queued++
		} else {
			heap.Remove(&p.evict, e.qi)
			a.queued--
			p.queued--
			promoted = append(promoted, e)
		}
	}
	if a.queued > 0 {
		p.gapped[addr] = a
	} else {
		delete(p.gapped, addr)
	}
}

// refreshLocked brings a to the account's nonce read from the state: the
// transactions below it are gone (included, or superseded by one that
// was), and the rest classified again.
func (p *Pool) refreshLocked(addr common.Address, a *account, nonce uint64) {
	a.nonce = nonce
	for n, e := range a.txs {
		if n < nonce {
			answerLocked(e, admission{err: fmt.Errorf("%w: address %s, tx: %d state: %d", core.ErrNonceTooLow, addr, n, nonce)})
			p.unlinkLocked(e)
		}
	}
	if p.accounts[addr] == a {
		p.classifyLocked(addr, a)
	}
}

// trimLocked brings the non-executable transactions back within their
// share, after re-admission or a block opened gaps: each sender keeps its
// lowest nonces, and then the pool its best tips.
func (p *Pool) trimLocked() {
	for _, a := range p.gapped {
		if a.queued <= p.lim.QueuePerSender {
			continue
		}
		var qs []*Entry
		for _, e := range a.txs {
			if e.queued {
				qs = append(qs, e)
			}
		}
		slices.SortFunc(qs, func(x, y *Entry) int { return cmpUint64(y.Tx.Nonce, x.Tx.Nonce) })
		for _, e := range qs[:len(qs)-p.lim.QueuePerSender] {
			p.unlinkLocked(e)
		}
	}
	for p.queued > p.lim.QueueTotal {
		p.unlinkLocked(p.evict[0])
	}
}

// sweepLocked drops the non-executable transactions older than the
// lifetime. It costs a pass over them only when one has expired.
func (p *Pool) sweepLocked() {
	if p.queued == 0 {
		return
	}
	now := p.lim.Now()
	if now.Sub(p.oldest) <= p.lim.Lifetime {
		return
	}
	var oldest time.Time
	for _, a := range p.gapped {
		for _, e := range a.txs {
			if !e.queued {
				continue
			}
			if now.Sub(e.arrived) > p.lim.Lifetime {
				p.unlinkLocked(e)
				continue
			}
			if oldest.IsZero() || e.arrived.Before(oldest) {
				oldest = e.arrived
			}
		}
	}
	p.oldest = oldest
}

// Get returns the pooled transaction with the given hash, or nil.
func (p *Pool) Get(h common.Hash) *Entry {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.all[h]
}

// Len returns the number of pooled transactions.
func (p *Pool) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.all)
}

// Stats returns how many pooled transactions are executable and how many
// wait behind a nonce gap, as of the pool's last read of their senders'
// accounts (each admission, block and Executable reads them).
func (p *Pool) Stats() (executable, queued int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.all) - p.queued, p.queued
}

// PendingNonce returns the nonce a sender's next transaction should have:
// its account nonce plus its pooled transactions that follow without a gap.
//
// The account is read under the pool's lock. The sequencer commits a block
// before it removes the block's transactions from the pool (under the same
// lock), so a transaction is always counted by one of the two: read before
// the lock, the account could predate a block whose transactions had left
// the pool by the time the lock was taken, and the answer would go back
// to a nonce already used.
func (p *Pool) PendingNonce(addr common.Address) (uint64, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	acct, err := p.state.Account(addr)
	if err != nil {
		return 0, err
	}
	n := acct.Nonce
	if a := p.accounts[addr]; a != nil {
		for a.txs[n] != nil {
			n++
		}
	}
	return n, nil
}

// Executable returns up to max transactions ready for the next block: for
// each sender its pooled transactions from its account nonce on, without a
// gap, in nonce order; senders interleaved by tip (highest first, then by
// arrival), as a block builder takes them. It reads every sender's account,
// and so also classifies the pool again.
func (p *Pool) Executable(max int) ([]*Entry, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	defer p.flushLocked()
	type queue struct{ txs []*Entry }
	var queues []*queue
	for addr, a := range p.accounts {
		acct, err := p.state.Account(addr)
		if err != nil {
			return nil, err
		}
		p.refreshLocked(addr, a, acct.Nonce)
		if p.accounts[addr] != a || a.next == a.nonce {
			continue
		}
		q := &queue{}
		for n := a.nonce; n < a.next; n++ {
			q.txs = append(q.txs, a.txs[n])
		}
		queues = append(queues, q)
	}
	better := func(a, b *Entry) bool {
		if c := a.Tx.GasTipCap.Cmp(&b.Tx.GasTipCap); c != 0 {
			return c > 0
		}
		return a.seq < b.seq
	}
	var out []*Entry
	for len(out) < max && len(queues) > 0 {
		best := 0
		for i := 1; i < len(queues); i++ {
			if better(queues[i].txs[0], queues[best].txs[0]) {
				best = i
			}
		}
		out = append(out, queues[best].txs[0])
		queues[best].txs = queues[best].txs[1:]
		if len(queues[best].txs) == 0 {
			queues = slices.Delete(queues, best, best+1)
		}
	}
	return out, nil
}

// Remove drops the given transactions (included in a block, or failed in
// it). The transactions of the same senders after a failed one wait behind
// its gap.
func (p *Pool) Remove(hashes ...common.Hash) {
	p.mu.Lock()
	defer p.mu.Unlock()
	touched := make(map[common.Address]bool)
	for _, h := range hashes {
		if e := p.all[h]; e != nil {
			p.removeLocked(e)
			touched[e.Sender] = true
		}
	}
	for addr := range touched {
		if a := p.accounts[addr]; a != nil {
			if acct, err := p.state.Account(addr); err == nil {
				p.refreshLocked(addr, a, acct.Nonce)
			}
		}
	}
	p.flushLocked()
}

// Prune drops every transaction whose nonce the state has passed (included
// in a block, or superseded by one that was), after a new head, promotes
// the ones whose gap the head closed, and drops the non-executable ones
// beyond their share or past their lifetime.
func (p *Pool) Prune() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	defer p.flushLocked()
	for addr, a := range p.accounts {
		acct, err := p.state.Account(addr)
		if err != nil {
			return err
		}
		p.refreshLocked(addr, a, acct.Nonce)
	}
	p.trimLocked()
	p.sweepLocked()
	return nil
}

// TakeReady returns the transactions that became executable since the
// last call (admitted, their gap closed, or re-admitted), for the
// sequencer to pre-confirm: in order of arrival, each sender's together in
// nonce order. They stay in the pool until Settle.
func (p *Pool) TakeReady() []*Entry {
	p.mu.Lock()
	defer p.mu.Unlock()
	var order []common.Address
	by := map[common.Address][]*Entry{}
	for _, e := range p.ready {
		e.inReady = false
		if p.all[e.Hash] != e || e.queued {
			continue
		}
		e.taken = true
		if _, ok := by[e.Sender]; !ok {
			order = append(order, e.Sender)
		}
		by[e.Sender] = append(by[e.Sender], e)
	}
	clear(p.ready)
	p.ready = p.ready[:0]
	var out []*Entry
	for _, addr := range order {
		es := by[addr]
		slices.SortFunc(es, func(x, y *Entry) int { return cmpUint64(x.Tx.Nonce, y.Tx.Nonce) })
		out = append(out, es...)
	}
	return out
}

// Dropped is a transaction that failed when it was pre-confirmed.
type Dropped struct {
	Hash common.Hash
	Err  error
}

// Settlement is what pre-confirming transactions taken by TakeReady did.
type Settlement struct {
	// Publish makes the engine's pending state show Included; Settle calls
	// it under the pool's lock, so that no admission reads the state
	// between it and the pool's own update.
	Publish  func()
	Included []common.Hash
	Dropped  []Dropped
	// Deferred were not tried (the block filled up), or their journal
	// write did not sync: they come first the next time.
	Deferred []common.Hash
	// Gapped were not pre-confirmed because an earlier nonce of their
	// sender is missing: they stay in the pool.
	Gapped []common.Hash
	// Touched are senders whose transactions were offered: the pool reads
	// their accounts again.
	Touched []common.Address
}

// Settle records a pre-confirmation: the included transactions leave the
// pool (their Adds return), the dropped ones too (their Adds return the
// error; the transactions after them wait behind the gap), the deferred
// ones go back to the front of the ready list.
func (p *Pool) Settle(s Settlement) {
	p.mu.Lock()
	defer p.mu.Unlock()
	defer p.flushLocked()
	if s.Publish != nil {
		s.Publish()
	}
	touched := map[common.Address]bool{}
	for _, a := range s.Touched {
		touched[a] = true
	}
	for _, h := range s.Included {
		if e := p.all[h]; e != nil {
			answerLocked(e, admission{})
			p.unlinkLocked(e)
			touched[e.Sender] = true
		}
	}
	for _, d := range s.Dropped {
		if e := p.all[d.Hash]; e != nil {
			answerLocked(e, admission{err: d.Err})
			p.removeLocked(e)
			touched[e.Sender] = true
		}
	}
	var front []*Entry
	for _, h := range s.Deferred {
		if e := p.all[h]; e != nil {
			e.taken = false
			if !e.queued && !e.inReady {
				e.inReady = true
				front = append(front, e)
			}
		}
	}
	for _, h := range s.Gapped {
		if e := p.all[h]; e != nil {
			e.taken = false
		}
	}
	p.ready = append(front, p.ready...)
	for addr := range touched {
		a := p.accounts[addr]
		if a == nil {
			continue
		}
		if acct, err := p.state.Account(addr); err == nil {
			p.refreshLocked(addr, a, acct.Nonce)
		}
	}
	if len(p.ready) > 0 {
		p.wake()
	}
}
