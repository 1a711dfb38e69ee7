package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/chain"
)

// MaxLogRange is the most blocks one eth_getLogs may span.
const MaxLogRange = 10_000

// MaxLogQueryValues is the most addresses, and the most alternatives at
// one topic position, of one log query (go-ethereum's default
// --rpc.logquerylimit).
const MaxLogQueryValues = 1000

// Errors of eth_getLogs, in go-ethereum's words.
var (
	// ErrLogRange is returned for an eth_getLogs range over MaxLogRange blocks.
	ErrLogRange = fmt.Errorf("query exceeds max block range %d", MaxLogRange)
	// ErrLogQueryLimit is returned for more than MaxLogQueryValues
	// addresses or alternatives at one topic position.
	ErrLogQueryLimit = errors.New("exceed max addresses or topics per search position")
)

// GetLogs is eth_getLogs: the ERC-20 Transfer logs of the blocks in range
// (or of one block by hash) that match the addresses and topics, read from
// the chain's log index (chain.FilterLogs): a query costs what it returns.
// It is an expensive call (cost accounting), and answers at most
// chain.MaxLogResults logs, encoded while it holds its slot: encoding ten
// thousand logs is work too.
func (api *EthAPI) GetLogs(ctx context.Context, crit filters.FilterCriteria) (json.RawMessage, error) {
	if len(crit.Addresses) > MaxLogQueryValues {
		return nil, ErrLogQueryLimit
	}
	for _, alts := range crit.Topics {
		if len(alts) > MaxLogQueryValues {
			return nil, ErrLogQueryLimit
		}
	}
	done, err := api.b.guard.begin(ctx, classLogs, "eth_getLogs", costLogs)
	if err != nil {
		return nil, err
	}
	defer done()
	f := chain.LogFilter{Addresses: crit.Addresses, Topics: crit.Topics}
	if crit.BlockHash != nil {
		blk, err := api.b.Chain.BlockByHash(*crit.BlockHash)
		if errors.Is(err, chain.ErrNotFound) {
			return nil, fmt.Errorf("%w: %s", ErrUnknownBlock, crit.BlockHash)
		}
		if err != nil {
			return nil, err
		}
		f.From, f.To = blk.Header.Number, blk.Header.Number
	} else {
		head := api.b.Chain.Head().Number
		f.From, f.To = head, head
		if crit.FromBlock != nil {
			f.From = api.b.resolve(rpc.BlockNumber(crit.FromBlock.Int64()))
		}
		if crit.ToBlock != nil {
			f.To = api.b.resolve(rpc.BlockNumber(crit.ToBlock.Int64()))
		}
		if f.To > head {
			// A pre-confirmed transaction's block: sealed for this read.
			api.b.sealThrough(ctx, f.To)
			head = api.b.Chain.Head().Number
		}
		f.To = min(f.To, head)
		if f.From > f.To {
			return json.RawMessage("[]"), nil
		}
		if f.To-f.From >= MaxLogRange {
			return nil, ErrLogRange
		}
	}
	logs, err := api.b.Chain.FilterLogs(ctx, f)
	switch {
	case errors.Is(err, chain.ErrTooManyLogs), errors.Is(err, chain.ErrLogQueryTooCostly):
		return nil, &limitError{err.Error()}
	case err != nil:
		return nil, err
	}
	if crit.BlockHash != nil {
		// The block at that number may have been taken back meanwhile.
		logs = slices.DeleteFunc(logs, func(l *types.Log) bool { return l.BlockHash != *crit.BlockHash })
	}
	return json.Marshal(logs)
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
		f := chain.LogFilter{Addresses: crit.Addresses, Topics: crit.Topics}
		for _, l := range blk.Logs(api.b.cfg().ChainID) {
			if f.Matches(l) {
				if err := n.Notify(id, l); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
