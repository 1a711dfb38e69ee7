package sequencer

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
)

// Reorg handles an L1 reorg that took away (or replaced) queue item `from`
// and the later ones: blocks that applied them no longer follow from L1.
// It takes the chain back to the last block whose queue cursor is at most
// `from` (chain.Rewind) and then re-sequences the user transactions of the
// blocks it took back, in their order, each new block first applying the
// queue items L1 holds now, as Seal does. A transaction that no longer
// passes (its sender's funds came from the vanished deposit, say) is left
// out with a log line, as in Seal.
//
// The transactions were acknowledged, so before anything is taken back they
// are written to the mempool journal (synced): if the node dies in the
// middle, the restart re-admits them from there. It returns the new blocks.
// With nothing applied from `from` on, it does nothing.
func (s *Sequencer) Reorg(from uint64) ([]*chain.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reorg(from)
}

func (s *Sequencer) reorg(from uint64) ([]*chain.Block, error) {
	head := s.chain.Head()
	if head.QueueCursor <= from {
		return nil, nil
	}
	// The last block whose cursor is at most `from`: cursors only grow, so
	// walk back from the head (a reorg reaches back a few blocks).
	target := head.Number
	for target > 0 {
		b, err := s.chain.BlockByNumber(target - 1)
		if err != nil {
			return nil, fmt.Errorf("sequencer: reorg: block %d: %w", target-1, err)
		}
		target--
		if b.Header.QueueCursor <= from {
			break
		}
	}
	return s.rewind(target, "L1 reorg took away queue items the chain applied; rewound", "queueIndex", from)
}

// RewindFraud handles a fraud proof on L1 that reverted block n and every
// later one: it takes the chain back to block n-1 and re-sequences the
// transactions of the blocks it took back that are still valid (a lying
// block's invented ones are not), as Reorg does. A chain that does not
// reach n is left alone.
func (s *Sequencer) RewindFraud(n uint64) ([]*chain.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n == 0 || s.chain.Head().Number < n {
		return nil, nil
	}
	return s.rewind(n-1, "a fraud proof on L1 reverted a block of this chain; rewound", "block", n)
}

// RewindSkippedQueue handles a block that L1 would refuse because it leaves
// a queue item past the inclusion window unapplied (the Rollup's
// forced-inclusion rule; it was sealed before the item was confirmed here,
// and its posting lagged): it takes the chain back to block n-1 and
// re-sequences the transactions of the blocks it took back, each new block
// first applying the queue items L1 holds, as Reorg does. A chain that
// does not reach n is left alone.
func (s *Sequencer) RewindSkippedQueue(n uint64) ([]*chain.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n == 0 || s.chain.Head().Number < n {
		return nil, nil
	}
	return s.rewind(n-1, "a block leaves a queue item past the inclusion window unapplied, which L1 refuses; rewound to apply it", "block", n)
}

// rewind takes the chain back to block target and re-sequences the user
// transactions of the blocks after it, journaled first (see Reorg).
func (s *Sequencer) rewind(target uint64, why string, args ...any) ([]*chain.Block, error) {
	head := s.chain.Head()
	cfg := s.chain.Config()
	journal := s.chain.PoolJournal()
	var txs []*core.Tx
	var done []common.Hash
	for n := target + 1; n <= head.Number; n++ {
		b, err := s.chain.BlockByNumber(n)
		if err != nil {
			return nil, fmt.Errorf("sequencer: rewind: block %d: %w", n, err)
		}
		for _, tx := range b.Txs {
			signed := tx.Transaction(cfg.ChainID)
			raw, err := signed.MarshalBinary()
			if err != nil {
				return nil, fmt.Errorf("sequencer: rewind: encode tx of block %d: %w", n, err)
			}
			h := signed.Hash()
			if err := journal.Put(h, raw); err != nil {
				return nil, fmt.Errorf("sequencer: rewind: journal tx of block %d: %w", n, err)
			}
			// Checked again from its signature, as a new submission is:
			// a block read back names each sender from its receipt, and
			// the receipts of a block taken back after a fraud proof are
			// not to be trusted.
			fresh, err := core.FromTransaction(signed, cfg)
			if err != nil {
				s.log.Info("dropping re-sequenced transaction that no longer applies", "tx", h, "err", err)
				done = append(done, h)
				continue
			}
			txs = append(txs, fresh)
		}
	}
	dropped, err := s.chain.Rewind(target)
	if err != nil {
		return nil, fmt.Errorf("sequencer: rewind: %w", err)
	}
	s.log.Warn(why, append(args, "from", head.Number, "to", target, "blocks", len(dropped), "txs", len(txs))...)
	var made []*chain.Block
	for len(txs) > 0 {
		blk, used, err := s.resequence(txs)
		if err != nil {
			return made, err
		}
		if blk != nil {
			made = append(made, blk)
		}
		if used == 0 {
			break // cannot happen: each of txs fitted a block before
		}
		for _, tx := range txs[:used] {
			done = append(done, tx.Hash(cfg.ChainID))
		}
		txs = txs[used:]
	}
	// Included or refused: either way no longer the journal's to keep. A
	// failed delete leaves entries that reloading refuses as nonce too low.
	if err := journal.Delete(done); err != nil {
		s.log.Warn("cleaning the mempool journal after a rewind", "err", err)
	}
	if err := s.pool.Prune(); err != nil {
		s.log.Warn("pruning mempool", "err", err)
	}
	return made, nil
}

// resequence builds one block on the head from the queue items L1 holds
// and then txs in order, as many as fit. It returns the block (nil if it
// would be empty) and how many of txs it consumed (included or refused).
func (s *Sequencer) resequence(txs []*core.Tx) (*chain.Block, int, error) {
	parent := s.chain.Head()
	cfg := s.chain.Config()
	items := s.queue.QueueItems(parent.QueueCursor, core.MaxQueueItemsPerBlock)
	ts := max(uint64(s.cfg.Now().Unix()), parent.Timestamp)
	b, err := core.NewBuilder(cfg, s.chain.State(), parent, ts, s.cfg.FeeRecipient)
	if err != nil {
		return nil, 0, fmt.Errorf("sequencer: block %d: %w", parent.Number+1, err)
	}
	for i := range items {
		if err := b.ApplyQueueItem(&items[i]); err != nil {
			return nil, 0, fmt.Errorf("sequencer: queue item %d: %w", parent.QueueCursor+uint64(i), err)
		}
	}
	used := 0
	for _, tx := range txs {
		if b.TxCount() == core.MaxTxsPerBlock {
			break
		}
		err := b.ApplyTx(tx)
		if errors.Is(err, core.ErrTxDataTooLarge) {
			break // the next block
		}
		used++
		if err != nil {
			s.log.Info("dropping re-sequenced transaction that no longer applies", "tx", tx.Hash(cfg.ChainID), "err", err)
		}
	}
	if len(items) == 0 && b.TxCount() == 0 {
		return nil, used, nil
	}
	o, err := b.Finish()
	if err != nil {
		return nil, 0, fmt.Errorf("sequencer: finish block %d: %w", parent.Number+1, err)
	}
	p, err := s.chain.Prepare(o.Diff)
	if err != nil {
		return nil, 0, fmt.Errorf("sequencer: state root of block %d: %w", parent.Number+1, err)
	}
	blk := chain.FromOutcome(o, p.Root())
	if err := s.chain.Append(blk, p); err != nil {
		return nil, 0, err
	}
	if s.OnBlock != nil {
		s.OnBlock(blk)
	}
	return blk, used, nil
}
