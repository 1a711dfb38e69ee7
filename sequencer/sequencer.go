// Package sequencer decides what goes into a sequencer's next L2 block: the
// confirmed L1 queue items the chain has not applied yet (in queue order,
// at most core.MaxQueueItemsPerBlock), then the mempool's executable
// transactions. The engine (package engine), the chain's one writer, makes
// and stores the block; the sequencer then takes the block's transactions
// out of the mempool, and drops those that failed in it (spec section 11).
// No block is made when there is nothing to include.
//
// A node's sequencer pre-confirms (Config.Preconfirm): each transaction the
// mempool finds executable is executed at once in the open block, in order
// of arrival, and journaled (Preconfirm: a group commit of those that
// arrived together); its receipt is available from then on. A block is
// sealed when it is full, when its time is up, or before new queue items
// (which open the next block, so that they change no pre-confirmed
// result). Without pre-confirmation (tests, a self-sequencing verifier)
// Seal makes a whole block at once from the mempool, best tip first.
//
// When the chain is taken back (an L1 reorg, a fraud proof, L1 holding
// other blocks), the transactions of the blocks taken back come back to
// the mempool through Readmit and go into the next blocks like any other.
package sequencer

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/engine"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/mempool"

	"github.com/ethereum/go-ethereum/common"
)

// Config configures a sequencer.
type Config struct {
	// FeeRecipient receives each block's fees.
	FeeRecipient common.Address
	// Now is the clock (default time.Now); block timestamps are its seconds.
	Now func() time.Time
	// Lie, if set, makes this a misbehaving sequencer for tests and demos
	// (package internal/misbehave): each block's honest outcome is passed
	// to it until it lies once; the wrong block is stored (and so posted)
	// instead. Never set in production.
	Lie engine.Lie
	// Preconfirm makes Preconfirm the way transactions reach blocks; the
	// mempool must have pre-confirmation enabled
	// (mempool.Pool.EnablePreconfirmation).
	Preconfirm bool
	Log        *slog.Logger
}

// DefaultInterval is the block interval of `viaduct dev`.
const DefaultInterval = 250 * time.Millisecond

// Sequencer builds blocks. It keeps no state but whether it has lied.
type Sequencer struct {
	cfg    Config
	engine *engine.Engine
	pool   *mempool.Pool
	lied   bool
}

// New returns a sequencer that seals on e from pool.
func New(cfg Config, e *engine.Engine, pool *mempool.Pool) *Sequencer {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	return &Sequencer{cfg: cfg, engine: e, pool: pool}
}

// Pool is the mempool the sequencer takes transactions from.
func (s *Sequencer) Pool() *mempool.Pool { return s.pool }

// Seal builds the next block from the queue items of q not applied yet
// (nil q: none) and the mempool, and returns it (nil: nothing to include).
// Pre-confirming, it seals the open block if one is open, and otherwise a
// block of the waiting queue items alone: transactions reach blocks by
// Preconfirm.
func (s *Sequencer) Seal(q l1.Queue) (*chain.Block, error) {
	if s.cfg.Preconfirm {
		if b, err := s.SealOpen(); err != nil || b != nil {
			return b, err
		}
	}
	head := s.engine.Head()
	var items []core.QueueItem
	if q != nil {
		items = q.QueueItems(head.QueueCursor, core.MaxQueueItemsPerBlock)
	}
	var pending []*mempool.Entry
	if !s.cfg.Preconfirm {
		var err error
		if pending, err = s.pool.Executable(2 * core.MaxTxsPerBlock); err != nil {
			return nil, fmt.Errorf("sequencer: read mempool: %w", err)
		}
	}
	if len(items) == 0 && len(pending) == 0 {
		return nil, nil
	}
	p := engine.Plan{Timestamp: uint64(s.cfg.Now().Unix()), FeeRecipient: s.cfg.FeeRecipient, Items: items}
	for _, e := range pending {
		p.Txs = append(p.Txs, engine.Candidate{Tx: e.Tx, Hash: e.Hash, Sender: e.Sender})
	}
	if !s.lied {
		p.Lie = s.cfg.Lie
	}
	sealed, err := s.engine.Seal(p)
	if err != nil {
		return nil, err
	}
	var drop []common.Hash
	for _, d := range sealed.Dropped {
		s.cfg.Log.Info("dropping transaction that fails in its block", "tx", d.Hash, "sender", d.Sender, "nonce", d.Tx.Nonce, "err", d.Err)
		drop = append(drop, d.Hash)
	}
	s.pool.Remove(drop...)
	blk := sealed.Block
	if blk == nil {
		return nil, nil
	}
	if sealed.Lied {
		s.lied = true
		s.cfg.Log.Warn("misbehaving: sealed a wrong block on purpose", "block", blk.Header.Number, "hash", blk.Hash(), "txs", len(blk.Txs))
	}
	s.pool.Remove(sealed.Included...)
	if err := s.pool.Prune(); err != nil {
		s.cfg.Log.Warn("pruning mempool", "err", err)
	}
	s.cfg.Log.Debug("sealed block", "number", blk.Header.Number, "txs", len(blk.Txs), "queueItems", blk.QueueItems, "hash", blk.Hash())
	return blk, nil
}

// open is what a block opening now starts with: the queue items of q not
// applied yet, the clock's time, the fee recipient.
func (s *Sequencer) open(q l1.Queue) engine.Open {
	o := engine.Open{Timestamp: uint64(s.cfg.Now().Unix()), FeeRecipient: s.cfg.FeeRecipient}
	if q != nil {
		o.Items = q.QueueItems(s.engine.Head().QueueCursor, core.MaxQueueItemsPerBlock)
	}
	return o
}

// Preconfirm pre-confirms the transactions the mempool has ready (one
// group: what arrived since the last call) in the open block, opening one
// with the queue items of q not applied yet if none is open, and seals the
// block if it fills up; it returns how many blocks it sealed. Those that
// did not fit go back to the front of the mempool's ready list for the
// next call. One group per call, so that the driver between two calls
// also follows L1 and seals on time under a load that never lets up. A
// transaction that fails is dropped: the Add that waits for it returns
// the error.
func (s *Sequencer) Preconfirm(q l1.Queue) (int, error) {
	ready := s.pool.TakeReady()
	if len(ready) == 0 {
		return 0, nil
	}
	cands := make([]engine.Candidate, len(ready))
	touched := make([]common.Address, 0, len(ready))
	for i, e := range ready {
		cands[i] = engine.Candidate{Tx: e.Tx, Hash: e.Hash, Sender: e.Sender}
		touched = append(touched, e.Sender)
	}
	g, err := s.engine.Preconfirm(func() engine.Open { return s.open(q) }, cands)
	if err != nil {
		var back []common.Hash
		for _, c := range cands {
			back = append(back, c.Hash)
		}
		s.pool.Settle(mempool.Settlement{Deferred: back, Touched: touched})
		return 0, fmt.Errorf("sequencer: pre-confirm: %w", err)
	}
	st := mempool.Settlement{Publish: g.Publish, Touched: touched}
	for _, pc := range g.Included {
		st.Included = append(st.Included, pc.Hash)
	}
	for _, d := range g.Dropped {
		s.cfg.Log.Info("dropping transaction that fails in the open block", "tx", d.Hash, "sender", d.Sender, "nonce", d.Tx.Nonce, "err", d.Err)
		st.Dropped = append(st.Dropped, mempool.Dropped{Hash: d.Hash, Err: d.Err})
	}
	for _, c := range g.Deferred {
		st.Deferred = append(st.Deferred, c.Hash)
	}
	for _, c := range g.Gapped {
		st.Gapped = append(st.Gapped, c.Hash)
	}
	s.pool.Settle(st)
	g.Announce()
	if !g.Full {
		return 0, nil
	}
	b, err := s.SealOpen()
	if err != nil || b == nil {
		return 0, err
	}
	return 1, nil
}

// SealOpen seals the open block with its pre-confirmed transactions, and
// returns it (nil: no block is open).
func (s *Sequencer) SealOpen() (*chain.Block, error) {
	var lie engine.Lie
	if !s.lied {
		lie = s.cfg.Lie
	}
	sealed, err := s.engine.SealOpen(lie)
	if err != nil {
		return nil, err
	}
	blk := sealed.Block
	if blk == nil {
		return nil, nil
	}
	if sealed.Lied {
		s.lied = true
		s.cfg.Log.Warn("misbehaving: sealed a wrong block on purpose", "block", blk.Header.Number, "hash", blk.Hash(), "txs", len(blk.Txs))
	}
	s.cfg.Log.Debug("sealed block", "number", blk.Header.Number, "txs", len(blk.Txs), "queueItems", blk.QueueItems, "hash", blk.Hash())
	return blk, nil
}

// SealAll seals blocks while each one fills up (a backlog in the mempool
// or the queue), and returns how many it sealed.
func (s *Sequencer) SealAll(q l1.Queue) (int, error) {
	n := 0
	if s.cfg.Preconfirm {
		// The open block first, however full: then the queue items.
		b, err := s.SealOpen()
		if err != nil {
			return 0, err
		}
		if b != nil {
			n++
		}
	}
	for {
		b, err := s.Seal(q)
		if err != nil || b == nil {
			return n, err
		}
		n++
		if len(b.Txs) < core.MaxTxsPerBlock && b.QueueItems < core.MaxQueueItemsPerBlock {
			return n, nil
		}
	}
}

// Readmit puts the transactions of rewound blocks back into the mempool
// (mempool.Pool.Readmit), so that the next blocks include them again,
// and so do the pre-confirmed transactions of an open block that
// derivation took back (engine.Engine.TakeDiscarded).
func (s *Sequencer) Readmit(rs ...*engine.Rewound) {
	for _, r := range rs {
		if len(r.Txs) == 0 {
			continue
		}
		refused := s.pool.Readmit(r.Txs)
		s.cfg.Log.Info("transactions of blocks taken back go into the next blocks again", "from", r.From, "to", r.To, "txs", len(r.Txs), "refused", len(refused))
	}
	if txs := s.engine.TakeDiscarded(); len(txs) > 0 {
		refused := s.pool.Readmit(txs)
		s.cfg.Log.Info("pre-confirmed transactions of the open block taken back go into the next blocks again", "txs", len(txs), "refused", len(refused))
	}
}
