// Package sequencer produces L2 blocks: on a timer, or at once when the
// mempool holds a full block, it takes the confirmed L1 queue items the
// chain has not applied yet (in queue order, at most
// core.MaxQueueItemsPerBlock), then the mempool's executable transactions,
// runs them through core.Builder, and appends the block to the chain store,
// which persists it before anything reports it.
//
// A transaction that fails the stateful rules when its turn comes (its
// sender spent the funds in an earlier transaction of the block, say) is
// left out of the block and dropped from the mempool with a log line, as
// the spec's section 11 describes. No block is made when there is nothing
// to include.
package sequencer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/mempool"
	"github.com/viaduct-l2/viaduct/state"
)

// Queue gives the confirmed L1 queue items from an index on (l1.Watcher).
type Queue interface {
	QueueItems(from uint64, max int) []core.QueueItem
}

// DropReporter is a Queue that follows L1 reorgs (l1.Watcher does):
// TakeDropped reports, once, the lowest index whose item a reorg took away
// or replaced, so that the blocks that applied it are taken back. A Queue
// without it (a fixed list in a test) never drops anything.
type DropReporter interface {
	TakeDropped() (uint64, bool)
}

// TakeDropped asks q for a queue drop, if q reports them (DropReporter).
func TakeDropped(q Queue) (uint64, bool) {
	if dr, ok := q.(DropReporter); ok {
		return dr.TakeDropped()
	}
	return 0, false
}

// Config configures a sequencer.
type Config struct {
	// Interval is the longest a pending transaction waits for its block.
	Interval time.Duration
	// FeeRecipient receives each block's fees.
	FeeRecipient common.Address
	// Now is the clock (default time.Now); block timestamps are its seconds.
	Now func() time.Time
	// Lie, if set, makes this a misbehaving sequencer for tests and demos
	// (package internal/misbehave): each sealed block's honest outcome is
	// passed to it, with the state before the block and the queue items it
	// applied, until it returns ok once; that lying outcome is stored (and
	// so posted) instead. Never set in production.
	Lie func(pre state.Reader, queue []core.QueueItem, o *core.Outcome) (lie *core.Outcome, ok bool, err error)
}

// DefaultInterval is the block interval of `viaduct dev`.
const DefaultInterval = 250 * time.Millisecond

// Sequencer builds blocks. Start runs it; Seal builds one block on demand.
type Sequencer struct {
	cfg   Config
	chain *chain.Chain
	pool  *mempool.Pool
	queue Queue
	log   *slog.Logger

	// OnBlock, if set before Start, is called after each block is stored.
	OnBlock func(*chain.Block)

	mu      sync.Mutex // one writer of the chain: Seal or a rewind
	lied    bool       // Lie has been told
	drop    uint64     // a queue drop not handled yet (a failed Reorg is retried)
	hasDrop bool

	cancel context.CancelFunc
	done   chan struct{}
}

// New returns a sequencer; it does nothing until Start.
func New(cfg Config, c *chain.Chain, pool *mempool.Pool, queue Queue, log *slog.Logger) *Sequencer {
	if cfg.Interval <= 0 {
		cfg.Interval = DefaultInterval
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Sequencer{cfg: cfg, chain: c, pool: pool, queue: queue, log: log}
}

// Start starts producing blocks.
func (s *Sequencer) Start() error {
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel, s.done = cancel, make(chan struct{})
	go s.loop(ctx)
	return nil
}

// Stop stops producing blocks and waits for the block in progress.
func (s *Sequencer) Stop() error {
	if s.cancel == nil {
		return nil
	}
	s.cancel()
	<-s.done
	return nil
}

func (s *Sequencer) loop(ctx context.Context) {
	defer close(s.done)
	t := time.NewTicker(s.cfg.Interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.pool.Notify():
			// Seal early only for a full block; otherwise wait for the tick
			// so that a block gathers what arrives within the interval.
			if s.pool.Len() < core.MaxTxsPerBlock {
				continue
			}
		}
		for {
			b, err := s.Seal()
			if err != nil {
				s.log.Error("sealing block failed", "err", err)
				break
			}
			if b == nil || (len(b.Txs) < core.MaxTxsPerBlock && b.QueueItems < core.MaxQueueItemsPerBlock) {
				break // nothing left that makes another block worthwhile now
			}
		}
	}
}

// Exclusive runs fn while no block is sealed or taken back but by fn: a
// node adopting blocks from L1 writes the chain in it.
func (s *Sequencer) Exclusive(fn func() error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return fn()
}

// Seal builds the next block from the queue and the mempool and appends it
// to the chain. It returns nil if there was nothing to include. First, if an
// L1 reorg took away a queue item the chain has applied, it takes the chain
// back and re-sequences (Reorg).
func (s *Sequencer) Seal() (*chain.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if from, ok := TakeDropped(s.queue); ok && (!s.hasDrop || from < s.drop) {
		s.drop, s.hasDrop = from, true
	}
	if s.hasDrop {
		if _, err := s.reorg(s.drop); err != nil {
			return nil, err // kept, to try again at the next Seal
		}
		s.hasDrop = false
	}
	return s.seal()
}

func (s *Sequencer) seal() (*chain.Block, error) {
	parent := s.chain.Head()
	items := s.queue.QueueItems(parent.QueueCursor, core.MaxQueueItemsPerBlock)
	pending, err := s.pool.Executable(2 * core.MaxTxsPerBlock)
	if err != nil {
		return nil, fmt.Errorf("sequencer: read mempool: %w", err)
	}
	if len(items) == 0 && len(pending) == 0 {
		return nil, nil
	}
	ts := max(uint64(s.cfg.Now().Unix()), parent.Timestamp)
	cfg := s.chain.Config()
	b, err := core.NewBuilder(cfg, s.chain.State(), parent, ts, s.cfg.FeeRecipient)
	if err != nil {
		return nil, fmt.Errorf("sequencer: block %d: %w", parent.Number+1, err)
	}
	for i := range items {
		if err := b.ApplyQueueItem(&items[i]); err != nil {
			// Queue items never fail on a well-formed item (spec section 8);
			// the watcher only passes well-formed ones.
			return nil, fmt.Errorf("sequencer: queue item %d: %w", parent.QueueCursor+uint64(i), err)
		}
	}
	var included, dropped []common.Hash
	skip := map[common.Address]bool{}
	for _, e := range pending {
		if b.TxCount() == core.MaxTxsPerBlock {
			break
		}
		if skip[e.Sender] {
			continue
		}
		err := b.ApplyTx(e.Tx)
		switch {
		case err == nil:
			included = append(included, e.Hash)
		case errors.Is(err, core.ErrTxDataTooLarge):
			skip[e.Sender] = true // it may fit the next block
		default:
			s.log.Info("dropping transaction that fails in its block", "tx", e.Hash, "sender", e.Sender, "nonce", e.Tx.Nonce, "err", err)
			dropped = append(dropped, e.Hash)
			skip[e.Sender] = true // its later nonces now have a gap
		}
	}
	s.pool.Remove(dropped...)
	if len(items) == 0 && len(included) == 0 {
		return nil, nil
	}
	o, err := b.Finish()
	if err != nil {
		return nil, fmt.Errorf("sequencer: finish block %d: %w", parent.Number+1, err)
	}
	lied := false
	if s.cfg.Lie != nil && !s.lied {
		lie, ok, err := s.cfg.Lie(s.chain.State(), items[:o.QueueItems], o)
		switch {
		case err != nil:
			s.log.Warn("misbehaving: could not make a wrong block", "block", o.Number, "err", err)
		case ok:
			o, lied = lie, true
		}
	}
	p, err := s.chain.Prepare(o.Diff)
	if err != nil {
		return nil, fmt.Errorf("sequencer: state root of block %d: %w", parent.Number+1, err)
	}
	blk := chain.FromOutcome(o, p.Root())
	if err := s.chain.Append(blk, p); err != nil {
		return nil, err
	}
	if lied {
		s.lied = true
		s.log.Warn("misbehaving: sealed a wrong block on purpose", "block", blk.Header.Number, "hash", blk.Hash(), "txs", len(blk.Txs))
	}
	s.pool.Remove(included...)
	if err := s.pool.Prune(); err != nil {
		s.log.Warn("pruning mempool", "err", err)
	}
	s.log.Debug("sealed block", "number", blk.Header.Number, "txs", len(blk.Txs), "queueItems", blk.QueueItems, "hash", blk.Hash())
	if s.OnBlock != nil {
		s.OnBlock(blk)
	}
	return blk, nil
}
