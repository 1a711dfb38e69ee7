package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/derive"
	"github.com/viaduct-l2/viaduct/mempool"
)

// errL1Wrong: L1 holds a block that does not re-execute to its header.
var errL1Wrong = errors.New("L1 holds a wrong block")

// catchUp brings a sequencer's chain to what L1 holds when L1 holds blocks
// it does not: another node posted while the inclusion window was open
// (the sequencer was down or ignored a forced withdrawal), so the Rollup's
// chain went on without it. L1 is the chain: the sequencer takes its own
// blocks back to the last one L1 holds, derives L1's blocks from there as a
// verifier does, and puts the transactions of the blocks it took back into
// its mempool again (journaled first, so a crash in the middle loses none;
// those that no longer apply are refused and dropped). It runs while the
// sequencer seals nothing, and may leave the chain short of L1 when L1's
// newest batches are not confirmed yet: the batcher's next step calls it
// again. When L1's chain holds a wrong block, the sequencer goes on from
// the last good block below it, posting nothing until a proof reverts it,
// and is not taken back again while L1's latest block stays the same.
func (n *Node) catchUp(ctx context.Context) error {
	return n.Seq.Exclusive(func() error {
		c, r := n.Chain, n.rollup
		latest, err := r.LatestBlock(ctx, nil)
		if err != nil {
			return err
		}
		if common.Hash(latest.BlockHash) == n.wrongL1 {
			return fmt.Errorf("%w: block %d, waiting for a verifier to prove it", errL1Wrong, latest.Number)
		}
		l1Head, err := r.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("L1 head: %w", err)
		}
		batches, err := r.Batches(ctx, n.cfg.DeployBlock, l1Head.Number.Uint64())
		if err != nil {
			return err
		}
		// The newest batch whose last block is the local chain's.
		head := c.Head()
		common_ := uint64(0)
		for i := len(batches) - 1; i >= 0; i-- {
			ev := batches[i].Event
			if ev.LastBlock > head.Number {
				continue
			}
			mine, err := c.BlockByNumber(ev.LastBlock)
			if err != nil {
				return err
			}
			if mine.Hash() == common.Hash(ev.LastBlockHash) {
				common_ = ev.LastBlock
				break
			}
		}
		cfg := c.Config()
		journal := c.PoolJournal()
		var txs []*core.Tx
		for b := common_ + 1; b <= head.Number; b++ {
			blk, err := c.BlockByNumber(b)
			if err != nil {
				return err
			}
			for _, tx := range blk.Txs {
				raw, err := tx.Transaction(cfg.ChainID).MarshalBinary()
				if err != nil {
					return err
				}
				if err := journal.Put(tx.Hash(cfg.ChainID), raw); err != nil {
					return fmt.Errorf("journal tx of block %d: %w", b, err)
				}
				txs = append(txs, tx)
			}
		}
		if head.Number > common_ {
			if _, err := c.Rewind(common_); err != nil {
				return err
			}
			n.cfg.Log.Warn("took back blocks L1 does not hold, to derive L1's", "from", head.Number, "to", common_, "txs", len(txs))
		}
		// The transactions taken back go into the mempool again whatever
		// derivation finds: when L1 holds a wrong block (a verifier must
		// prove it first), they would otherwise wait in the journal for a
		// restart.
		derr := n.adoptL1(ctx)
		refused := []common.Hash{}
		for _, tx := range txs {
			if _, err := n.Pool.Add(tx.Transaction(cfg.ChainID)); err != nil && !errors.Is(err, mempool.ErrAlreadyKnown) {
				refused = append(refused, tx.Hash(cfg.ChainID))
			}
		}
		if err := journal.Delete(refused); err != nil {
			n.cfg.Log.Warn("cleaning the mempool journal after adopting L1's blocks", "err", err)
		}
		if errors.Is(derr, errL1Wrong) {
			n.wrongL1 = latest.BlockHash
		}
		if derr != nil {
			return derr
		}
		return n.Pool.Prune()
	})
}

// adoptL1 derives the blocks L1 holds on top of the local chain, as a
// verifier does, for at most 30 seconds.
func (n *Node) adoptL1(ctx context.Context) error {
	d := &derive.Deriver{
		Chain: n.Chain, Rollup: n.rollup, Queue: queueOnly{n.Watcher}, Confirmations: n.cfg.Confirmations,
		FromBlock: n.cfg.DeployBlock, Log: n.cfg.Log.With("service", "catch-up"),
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		got, err := d.Step(ctx)
		if err != nil {
			return err
		}
		if inv := d.Invalid(); inv != nil {
			return fmt.Errorf("%w: block %d (%v), a verifier must prove it first", errL1Wrong, inv.Number, inv.Err)
		}
		if got == 0 || time.Now().After(deadline) {
			break
		}
	}
	n.cfg.Log.Warn("adopted the blocks L1 holds", "head", n.Chain.Head().Number)
	return nil
}
