package api

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/chain"
)

// MaxLogRange is the most blocks one eth_getLogs may scan.
const MaxLogRange = 10_000

// ErrLogRange is returned for an eth_getLogs range over MaxLogRange blocks.
var ErrLogRange = fmt.Errorf("query exceeds max block range %d", MaxLogRange)

// blockLogs returns every log of a block, with block-wide indices.
func (b *Backend) blockLogs(blk *chain.Block) []*types.Log {
	var out []*types.Log
	for i := range blk.Txs {
		out = append(out, logsOf(blk, i, uint(len(out)), b.cfg().ChainID)...)
	}
	return out
}

func matches(l *types.Log, addrs []common.Address, topics [][]common.Hash) bool {
	if len(addrs) > 0 && !slices.Contains(addrs, l.Address) {
		return false
	}
	if len(topics) > len(l.Topics) {
		return false
	}
	for i, alts := range topics {
		if len(alts) > 0 && !slices.Contains(alts, l.Topics[i]) {
			return false
		}
	}
	return true
}

// GetLogs is eth_getLogs: the ERC-20 Transfer logs of the blocks in range
// (or of one block by hash) that match the addresses and topics.
func (api *EthAPI) GetLogs(crit filters.FilterCriteria) ([]*types.Log, error) {
	var blocks []*chain.Block
	if crit.BlockHash != nil {
		blk, err := api.b.Chain.BlockByHash(*crit.BlockHash)
		if errors.Is(err, chain.ErrNotFound) {
			return nil, fmt.Errorf("%w: %s", ErrUnknownBlock, crit.BlockHash)
		}
		if err != nil {
			return nil, err
		}
		blocks = append(blocks, blk)
	} else {
		from, to := api.b.Chain.Head().Number, api.b.Chain.Head().Number
		if crit.FromBlock != nil {
			from = api.b.resolve(rpc.BlockNumber(crit.FromBlock.Int64()))
		}
		if crit.ToBlock != nil {
			to = api.b.resolve(rpc.BlockNumber(crit.ToBlock.Int64()))
		}
		to = min(to, api.b.Chain.Head().Number)
		if from > to {
			return []*types.Log{}, nil
		}
		if to-from >= MaxLogRange {
			return nil, ErrLogRange
		}
		for n := from; n <= to; n++ {
			blk, err := api.b.Chain.BlockByNumber(n)
			if err != nil {
				return nil, err
			}
			blocks = append(blocks, blk)
		}
	}
	out := []*types.Log{}
	for _, blk := range blocks {
		for _, l := range api.b.blockLogs(blk) {
			if matches(l, crit.Addresses, crit.Topics) {
				out = append(out, l)
			}
		}
	}
	return out, nil
}

// subscribe runs send for each new block until the subscriber leaves. The
// chain's feed never waits on a client: blocks queue here (up to
// subscriptionQueue) while a writer sends them, and a subscriber that falls
// that far behind is dropped, so a slow WebSocket cannot stall the
// sequencer.
func (api *EthAPI) subscribe(ctx context.Context, send func(n *rpc.Notifier, id rpc.ID, blk *chain.Block) error) (*rpc.Subscription, error) {
	notifier, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return &rpc.Subscription{}, rpc.ErrNotificationsUnsupported
	}
	sub := notifier.CreateSubscription()
	ch := make(chan *chain.Block, 16)
	feed := api.b.Chain.SubscribeBlocks(ch)
	queue := make(chan *chain.Block, subscriptionQueue)
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for blk := range queue {
			if send(notifier, sub.ID, blk) != nil {
				return
			}
		}
	}()
	go func() {
		defer feed.Unsubscribe()
		defer close(queue)
		for {
			select {
			case blk := <-ch:
				select {
				case queue <- blk:
				default:
					return // too slow: dropped
				}
			case <-writerDone:
				return
			case <-sub.Err():
				return
			}
		}
	}()
	return sub, nil
}

// subscriptionQueue is how many blocks a subscriber may fall behind.
const subscriptionQueue = 256

// NewHeads is eth_subscribe("newHeads"): each new block's header.
func (api *EthAPI) NewHeads(ctx context.Context) (*rpc.Subscription, error) {
	return api.subscribe(ctx, func(n *rpc.Notifier, id rpc.ID, blk *chain.Block) error {
		m, err := api.b.blockJSON(blk, false)
		if err != nil {
			return err
		}
		delete(m, "transactions")
		delete(m, "uncles")
		return n.Notify(id, m)
	})
}

// Logs is eth_subscribe("logs", filter): matching logs of each new block.
func (api *EthAPI) Logs(ctx context.Context, crit filters.FilterCriteria) (*rpc.Subscription, error) {
	return api.subscribe(ctx, func(n *rpc.Notifier, id rpc.ID, blk *chain.Block) error {
		for _, l := range api.b.blockLogs(blk) {
			if matches(l, crit.Addresses, crit.Topics) {
				if err := n.Notify(id, l); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
