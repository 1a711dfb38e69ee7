// Package mempool holds the signed L2 transactions that the sequencer has
// not yet put in a block. It keeps each sender's transactions by nonce,
// replaces one by the same nonce only for a fee at least ReplaceBumpPercent
// higher, bounds what one sender and what everyone together may hold, and
// refuses with go-ethereum's error texts, which wallets parse.
//
// Admission checks a transaction against the state after the head block:
// its nonce must not be below the account's, its nonce must not run further
// ahead of it than the sender limit, and the sender must afford it. A
// transaction admitted here can still fail in its block (another of the
// sender's transactions spent the funds first); the sequencer then drops it.
package mempool

import (
	"errors"
	"fmt"
	"slices"
	"sync"

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
)

// ReplaceBumpPercent is how much higher (tip and fee cap both) a replacement
// must pay, as go-ethereum's default price bump.
const ReplaceBumpPercent = 10

// Config bounds the pool.
type Config struct {
	// PerSender is the most transactions one sender may have in the pool,
	// and so how far its nonces may run ahead of its account's.
	PerSender int
	// Total is the most transactions in the pool.
	Total int
}

// DefaultConfig is what the node uses unless told otherwise.
var DefaultConfig = Config{PerSender: 64, Total: 8192}

// Entry is one pooled transaction.
type Entry struct {
	Tx     *core.Tx
	Signed *types.Transaction
	Sender common.Address
	Hash   common.Hash
	seq    uint64 // arrival order, to break ties
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

	mu      sync.Mutex
	seq     uint64
	senders map[common.Address]map[uint64]*Entry
	all     map[common.Hash]*Entry
	notify  chan struct{}
	forget  []common.Hash // removed, still to delete from the journal
}

// flushLocked deletes removed transactions from the journal.
func (p *Pool) flushLocked() {
	if p.journal != nil && len(p.forget) > 0 {
		// A failed delete leaves stale entries, which reloading discards.
		_ = p.journal.Delete(p.forget)
	}
	p.forget = p.forget[:0]
}

// New returns an empty pool that checks transactions against st (the state
// after the head block, read at each admission).
func New(cfg *core.Config, lim Config, st state.Reader) *Pool {
	if lim.PerSender <= 0 {
		lim.PerSender = DefaultConfig.PerSender
	}
	if lim.Total <= 0 {
		lim.Total = DefaultConfig.Total
	}
	return &Pool{
		cfg: cfg, lim: lim, state: st,
		senders: make(map[common.Address]map[uint64]*Entry),
		all:     make(map[common.Hash]*Entry),
		notify:  make(chan struct{}, 1),
	}
}

// SetJournal makes the pool keep its transactions in j, after first
// re-admitting those j holds (from before a restart) as Readmit does: they
// were acknowledged, and a crash in the middle of a rewind may have left
// the chain short of the deposit that funds them. Entries that are no
// longer admissible (included meanwhile) are deleted from j.
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
// a transaction was added.
func (p *Pool) Notify() <-chan struct{} { return p.notify }

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
	hash := signed.Hash()
	acct, err := p.state.Account(sender)
	if err != nil {
		return common.Hash{}, fmt.Errorf("mempool: read account: %w", err)
	}
	if tx.Nonce < acct.Nonce {
		return common.Hash{}, fmt.Errorf("%w: address %s, tx: %d state: %d", core.ErrNonceTooLow, sender, tx.Nonce, acct.Nonce)
	}
	if tx.Nonce >= acct.Nonce+uint64(p.lim.PerSender) {
		return common.Hash{}, fmt.Errorf("%w: address %s, tx: %d state: %d (at most %d ahead)", core.ErrNonceTooHigh, sender, tx.Nonce, acct.Nonce, p.lim.PerSender)
	}
	maxCost, overflow := new(uint256.Int).MulOverflow(uint256.NewInt(tx.Gas), &tx.GasFeeCap)
	if !overflow {
		_, overflow = maxCost.AddOverflow(maxCost, &tx.Value)
	}
	if overflow || acct.Balance.Lt(maxCost) {
		return common.Hash{}, fmt.Errorf("%w: address %s have %s want %s", core.ErrInsufficientFunds, sender, acct.Balance.Dec(), maxCost.Dec())
	}
	if tx.Token {
		bal, err := p.state.TokenBalance(sender, tx.To)
		if err != nil {
			return common.Hash{}, fmt.Errorf("mempool: read token balance: %w", err)
		}
		if bal.Lt(&tx.Amount) {
			return common.Hash{}, fmt.Errorf("%w: address %s token %s have %s want %s", core.ErrTokenBalanceTooLow, sender, tx.To, bal.Dec(), tx.Amount.Dec())
		}
	}

	e, j, err := p.insert(tx, signed, sender, hash)
	if err != nil {
		return common.Hash{}, err
	}
	if j != nil {
		// Durable before the hash is returned. Written outside the lock so
		// that concurrent admissions share Pebble's syncs; if a block
		// includes the transaction (and Remove deletes its entry) first,
		// the late entry is stale and refused when reloaded.
		raw, err := signed.MarshalBinary()
		if err == nil {
			err = j.Put(hash, raw)
		}
		if err != nil {
			p.Remove(e.Hash)
			return common.Hash{}, fmt.Errorf("mempool: journal: %w", err)
		}
	}
	select {
	case p.notify <- struct{}{}:
	default:
	}
	return hash, nil
}

// Readmit puts back transactions that the node had acknowledged and then
// took out of its chain (a rewind after an L1 reorg or a fraud proof; they
// are in the journal already). They are checked as a block will check them
// (signature, chain id, a supported kind, a nonce not below the account's)
// but not against the pool's limits, which guard admission, not what was
// admitted before, and not against the sender's balance: the chain may be
// short of the deposit that funds them until its next block applies it
// again, and a transaction that fails in its block is dropped there. A
// transaction the pool holds already, or one of the same sender and nonce,
// is kept as the pool has it. It returns the hashes refused, which it
// deletes from the journal.
func (p *Pool) Readmit(txs []*types.Transaction) []common.Hash {
	var refused []common.Hash
	p.mu.Lock()
	defer p.mu.Unlock()
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
		txs := p.senders[sender]
		if txs == nil {
			txs = make(map[uint64]*Entry)
			p.senders[sender] = txs
		}
		if _, ok := txs[tx.Nonce]; ok {
			refused = append(refused, h)
			continue
		}
		p.seq++
		e := &Entry{Tx: tx, Signed: signed, Sender: sender, Hash: h, seq: p.seq}
		txs[tx.Nonce] = e
		p.all[h] = e
	}
	p.forget = append(p.forget, refused...)
	p.flushLocked()
	if len(txs) > len(refused) {
		select {
		case p.notify <- struct{}{}:
		default:
		}
	}
	return refused
}

// insert puts an admissible transaction into the pool's maps (replacing,
// evicting or refusing under the limits) and returns the journal to write.
func (p *Pool) insert(tx *core.Tx, signed *types.Transaction, sender common.Address, hash common.Hash) (*Entry, Journal, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.all[hash]; ok {
		return nil, nil, ErrAlreadyKnown
	}
	txs := p.senders[sender]
	if old, ok := txs[tx.Nonce]; ok {
		if !bumped(&old.Tx.GasTipCap, &tx.GasTipCap) || !bumped(&old.Tx.GasFeeCap, &tx.GasFeeCap) {
			return nil, nil, fmt.Errorf("%w: need tip and fee cap %d%% above %s/%s", ErrReplaceUnderpriced, ReplaceBumpPercent, old.Tx.GasTipCap.Dec(), old.Tx.GasFeeCap.Dec())
		}
		delete(p.all, old.Hash)
		delete(txs, tx.Nonce)
		p.forget = append(p.forget, old.Hash)
		defer p.flushLocked()
	} else {
		if len(txs) >= p.lim.PerSender {
			return nil, nil, fmt.Errorf("%w: %s has %d pending transactions", ErrAccountLimit, sender, len(txs))
		}
		if len(p.all) >= p.lim.Total {
			if err := p.evictFor(tx); err != nil {
				return nil, nil, err
			}
		}
	}
	if txs == nil {
		txs = make(map[uint64]*Entry)
		p.senders[sender] = txs
	}
	p.seq++
	e := &Entry{Tx: tx, Signed: signed, Sender: sender, Hash: hash, seq: p.seq}
	txs[tx.Nonce] = e
	p.all[hash] = e
	return e, p.journal, nil
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

// evictFor makes room for tx by dropping the pool's cheapest transaction
// that is the last of its sender's (so no sender is left with a gap), if
// tx pays a higher tip; otherwise the pool is full for tx.
func (p *Pool) evictFor(tx *core.Tx) error {
	var victim *Entry
	for _, txs := range p.senders {
		var last *Entry
		for _, e := range txs {
			if last == nil || e.Tx.Nonce > last.Tx.Nonce {
				last = e
			}
		}
		if last != nil && (victim == nil || last.Tx.GasTipCap.Lt(&victim.Tx.GasTipCap)) {
			victim = last
		}
	}
	if victim == nil || !victim.Tx.GasTipCap.Lt(&tx.GasTipCap) {
		return fmt.Errorf("%w: %d transactions, none paying a tip below %s", ErrPoolFull, len(p.all), tx.GasTipCap.Dec())
	}
	p.removeLocked(victim)
	p.flushLocked()
	return nil
}

func (p *Pool) removeLocked(e *Entry) {
	p.forget = append(p.forget, e.Hash)
	delete(p.all, e.Hash)
	txs := p.senders[e.Sender]
	delete(txs, e.Tx.Nonce)
	if len(txs) == 0 {
		delete(p.senders, e.Sender)
	}
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
	for p.senders[addr][n] != nil {
		n++
	}
	return n, nil
}

// Executable returns up to max transactions ready for the next block: for
// each sender its pooled transactions from its account nonce on, without a
// gap, in nonce order; senders interleaved by tip (highest first, then by
// arrival), as a block builder takes them.
func (p *Pool) Executable(max int) ([]*Entry, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	type queue struct{ txs []*Entry }
	var queues []*queue
	for addr, txs := range p.senders {
		acct, err := p.state.Account(addr)
		if err != nil {
			return nil, err
		}
		q := &queue{}
		for n := acct.Nonce; txs[n] != nil; n++ {
			q.txs = append(q.txs, txs[n])
		}
		if len(q.txs) > 0 {
			queues = append(queues, q)
		}
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

// Remove drops the given transactions (included in a block, or failed).
func (p *Pool) Remove(hashes ...common.Hash) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, h := range hashes {
		if e := p.all[h]; e != nil {
			p.removeLocked(e)
		}
	}
	p.flushLocked()
}

// Prune drops every transaction whose nonce the state has passed (included
// in a block, or superseded by one that was), after a new head.
func (p *Pool) Prune() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	for addr, txs := range p.senders {
		acct, err := p.state.Account(addr)
		if err != nil {
			return err
		}
		for n, e := range txs {
			if n < acct.Nonce {
				p.removeLocked(e)
			}
		}
	}
	p.flushLocked()
	return nil
}
