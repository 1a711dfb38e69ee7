package chain

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/event"

	"github.com/viaduct-l2/viaduct/state"
)

// Rewind makes block n the head again, taking back every later block: the
// state returns to block n's (from the undo records Append stores with each
// block), and the later blocks, their hash and transaction index entries and
// their undo records are deleted. It is for an L1 reorg that took away what
// those blocks were built on, and for a fraud proof that reverted them.
//
// Everything is one synced Pebble batch, so a crash leaves the store either
// as before the call or at block n, never in between (the state views above
// n are taken back to n first, each in a batch of its own: a view at block
// n of a chain that still holds it is as good as one at the old block); and before writing,
// the state root the undo leads to is checked against block n's header, so a
// wrong undo record is refused rather than written. It returns the blocks
// taken back, oldest first (the caller may re-apply their transactions).
// Rewinding to the head or beyond changes nothing.
//
// Like Append it is for the chain's single writer. Subscribers to
// SubscribeRewinds learn the new head once it is stored.
func (c *Chain) Rewind(n uint64) ([]*Block, error) {
	dropped, err := c.rewind(n)
	if err != nil || len(dropped) == 0 {
		return dropped, err
	}
	c.rewindFeed.Send(n)
	c.droppedFeed.Send(dropped)
	return dropped, nil
}

func (c *Chain) rewind(n uint64) ([]*Block, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	head := c.Head().Number
	if n >= head {
		return nil, nil
	}
	target, err := c.BlockByNumber(n)
	if err != nil {
		return nil, fmt.Errorf("chain: rewind to %d: %w", n, err)
	}
	// The views first: they need the undo records this rewind deletes.
	if err := c.rewindViews(n, target.Header); err != nil {
		return nil, fmt.Errorf("chain: rewind to %d: %w", n, err)
	}
	// Newest first, so that for a key several blocks wrote the value from
	// before the oldest of them wins (state.Diff.Merge).
	undo := newDiff()
	dropped := make([]*Block, head-n)
	for k := head; k > n; k-- {
		blk, err := c.BlockByNumber(k)
		if err != nil {
			return nil, fmt.Errorf("chain: rewind to %d: block %d: %w", n, k, err)
		}
		dropped[k-n-1] = blk
		if err := c.mergeUndo(undo, k); err != nil {
			return nil, fmt.Errorf("chain: rewind to %d: %w", n, err)
		}
	}
	p, err := c.st.Prepare(undo)
	if err != nil {
		return nil, fmt.Errorf("chain: rewind to %d: %w", n, err)
	}
	if p.Root() != target.Header.StateRoot {
		return nil, fmt.Errorf("%w: rewinding to block %d gives state root %s, the block has %s", state.ErrCorrupt, n, p.Root(), target.Header.StateRoot)
	}
	err = c.st.Commit(p, func(b *pebble.Batch) error {
		back := map[common.Address]*big.Int{}
		for _, blk := range dropped {
			if err := deleteBlock(b, blk, c.cfg.ChainID); err != nil {
				return err
			}
			for tok, d := range supplyDelta(blk, -1) {
				if back[tok] == nil {
					back[tok] = new(big.Int)
				}
				back[tok].Add(back[tok], d)
			}
		}
		if err := c.stageSupply(b, back); err != nil {
			return err
		}
		if err := b.Set(headKey, binary.BigEndian.AppendUint64(nil, n), nil); err != nil {
			return fmt.Errorf("chain: stage head %d: %w", n, err)
		}
		return nil
	}, true)
	if err != nil {
		return nil, fmt.Errorf("chain: commit rewind to %d: %w", n, err)
	}
	c.head.Store(target.Header)
	return dropped, nil
}

// deleteBlock stages the removal of everything writeBlock wrote for blk,
// and of its undo and forward records. (A transaction is in one block only: its nonce
// forbids a second, so its index entry can go with the block.)
func deleteBlock(b *pebble.Batch, blk *Block, chainID uint64) error {
	n := blk.Header.Number
	hash := blk.Hash()
	dels := [][]byte{
		numKey(blockPrefix, n),
		numKey(undoPrefix, n),
		numKey(forwardPrefix, n),
		append(append([]byte(nil), hashPrefix...), hash[:]...),
	}
	for _, tx := range blk.Txs {
		h := tx.Hash(chainID)
		dels = append(dels, append(append([]byte(nil), txPrefix...), h[:]...))
	}
	for _, k := range dels {
		if err := b.Delete(k, nil); err != nil {
			return fmt.Errorf("chain: stage removal of block %d: %w", n, err)
		}
	}
	return unstageLogs(b, blk, chainID)
}

// SubscribeRewinds sends the new head's number after each Rewind that took
// blocks back, once it is stored.
func (c *Chain) SubscribeRewinds(ch chan<- uint64) event.Subscription {
	return c.rewindFeed.Subscribe(ch)
}

// SubscribeDropped sends the blocks each Rewind took back (oldest first),
// once the rewind is stored: what a log filter reports as removed. The
// receiver must not change them. Like SubscribeBlocks, a slow receiver
// delays the writer: give ch a buffer and drain it.
func (c *Chain) SubscribeDropped(ch chan<- []*Block) event.Subscription {
	return c.droppedFeed.Subscribe(ch)
}

// mergeUndo merges block k's undo record into undo (which must hold the
// undos of the blocks after k already: state.Diff.Merge).
func (c *Chain) mergeUndo(undo *state.Diff, k uint64) error {
	return c.mergeRecord(undo, undoPrefix, k)
}
