package node

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/derive"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/sequencer"
)

// selfSequencer lets a verifier keep the rollup live when the sequencer
// does not (D6): while the Rollup's inclusion window is open (a queue item
// waited too long, or nothing was posted for too long) anyone with a bond
// may post, and this node then seals blocks of the waiting queue items
// (deposits, forced withdrawals) on the chain it derived and posts them
// itself. It has no mempool of its own: users who need it are those whose
// forced withdrawals the sequencer ignores, and those go through L1.
//
// It works inside derivation's lock (derive.Deriver.Exclusive) and only
// when the derived chain is caught up with what L1 holds, so the blocks it
// appends always extend L1's latest block; derivation then reads its
// batches back as blocks it already has. If the sequencer comes back and
// posts first, this node's unposted block loses: derivation sees another
// block at that height on L1 and takes its own back. A sequencer cannot
// post first with blocks that leave the expired items out: L1 refuses them
// (forced inclusion, spec section 15). Each block this node seals applies
// every confirmed queue item it can, up to core.MaxQueueItemsPerBlock, so
// its own batches keep that rule; one sealed before an item was confirmed
// here is sealed again (batcher Config.OnSkippedQueue).
type selfSequencer struct {
	deriver *derive.Deriver
	chain   *chain.Chain
	rollup  *l1.Rollup
	seq     *sequencer.Sequencer
	batcher *batcher.Batcher
	log     *slog.Logger
	every   time.Duration

	cancel context.CancelFunc
	done   chan struct{}
}

// queueOnly hides the watcher's reorg reports from the self-sequencer's
// Sequencer: derivation consumes them (they are reported once) and takes
// back whatever a reorg removed, blocks of this node's included.
type queueOnly struct{ q sequencer.Queue }

func (q queueOnly) QueueItems(from uint64, max int) []core.QueueItem {
	return q.q.QueueItems(from, max)
}

func (s *selfSequencer) step(ctx context.Context) error {
	open, err := s.rollup.InclusionWindowOpen(ctx)
	if err != nil {
		return err
	}
	if !open {
		return nil
	}
	return s.deriver.Exclusive(func(flagged bool) error {
		if flagged {
			return nil // the chain stops at a wrong block: prove it first
		}
		lb, err := s.rollup.LatestBlock(ctx, nil)
		if err != nil {
			return err
		}
		head := s.chain.Head()
		if head.Number < lb.Number {
			return nil // derivation has not caught up yet
		}
		mine, err := s.chain.BlockByNumber(lb.Number)
		if err != nil {
			return err
		}
		if mine.Hash() != common.Hash(lb.BlockHash) {
			return nil // derivation will take the local block back
		}
		if head.Number == lb.Number {
			blk, err := s.seq.Seal()
			if err != nil {
				return err
			}
			if blk == nil {
				return nil
			}
			// Only an idle or censoring sequencer leaves the window open
			// with queue items waiting: worth a warning each time.
			s.log.Warn("the inclusion window is open: sealed the waiting queue items here, to post them", "block", blk.Header.Number, "queueItems", blk.QueueItems, "withdrawals", len(blk.Withdrawals))
		}
		if _, err := s.batcher.Step(ctx); err != nil {
			return fmt.Errorf("self-sequencing: %w", err)
		}
		return nil
	})
}

func (s *selfSequencer) Start() error {
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel, s.done = cancel, make(chan struct{})
	go func() {
		defer close(s.done)
		t := time.NewTicker(s.every)
		defer t.Stop()
		for {
			if err := s.step(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("self-sequencing step failed", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return nil
}

func (s *selfSequencer) Stop() error {
	if s.cancel == nil {
		return nil
	}
	s.cancel()
	<-s.done
	return nil
}
