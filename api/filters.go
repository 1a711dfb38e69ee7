package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/chain"
)

// Filters are what a client polls over HTTP instead of subscribing over a
// WebSocket (web3.js, ethers' contract events, a dapp's block watcher): it
// installs one (eth_newFilter, eth_newBlockFilter,
// eth_newPendingTransactionFilter) and reads what happened since its last
// poll with eth_getFilterChanges, with go-ethereum's semantics: a filter
// not polled for FilterTimeout is uninstalled; a log filter reports the
// logs of the blocks appended after it was installed (within its range,
// if it names one), and when a rewind (an L1 reorg, a fraud proof) takes
// blocks back, their logs again with "removed": true.
//
// What a filter costs is bounded: at most MaxFilters on a node, each
// holding at most MaxFilterChanges changes between two polls (a filter
// past that is uninstalled, and its next poll says so: the client learns
// that it missed some, and eth_getLogs reads them). Installing one is
// charged against the caller's budget as eth_getBlockByNumber with
// transactions is (10 units), reading a log filter's changes as well and
// in the same class of slots, eth_getFilterLogs as the eth_getLogs it is.
//
// The filters learn of new blocks, rewinds and transactions from the
// chain's and the API's feeds, in order, on goroutines of their own that
// run only while a filter is installed: the chain's writer never waits on
// a filter.

// Defaults of the filters.
const (
	// FilterTimeout is how long a filter lives without a poll
	// (go-ethereum's default).
	FilterTimeout = 5 * time.Minute
	// MaxFilters is the most filters a node holds at once.
	MaxFilters = 256
	// MaxFilterChanges is the most changes (logs, block or transaction
	// hashes) one filter holds between two polls.
	MaxFilterChanges = 10_000
)

// Errors of the filter methods.
var (
	// ErrFilterNotFound is go-ethereum's answer for an unknown filter id.
	ErrFilterNotFound = errors.New("filter not found")
	// ErrTooManyFilters refuses a filter past MaxFilters.
	ErrTooManyFilters = fmt.Errorf("too many filters: this node holds at most %d; uninstall some (eth_uninstallFilter) or let them expire", MaxFilters)
	// ErrFilterFellBehind is the one answer a filter uninstalled for
	// holding MaxFilterChanges gives.
	ErrFilterFellBehind = fmt.Errorf("filter uninstalled: more than %d changes waited for one poll; install a new filter and read what it missed with eth_getLogs", MaxFilterChanges)
	// errInvalidBlockRange and errPendingLogs are go-ethereum's.
	errInvalidBlockRange = &methodError{msg: "invalid block range params", code: -32602}
	errPendingLogs       = &methodError{msg: "pending logs are not supported", code: -32602}
)

type filterKind int

const (
	logFilter filterKind = iota
	blockFilter
	pendingFilter
)

// pendingTx is a transaction as it entered the pool.
type pendingTx struct {
	tx   *types.Transaction
	from common.Address
}

type filter struct {
	kind  filterKind
	crit  filters.FilterCriteria // a log filter's, for eth_getFilterLogs
	match chain.LogFilter
	// first is the first block whose logs the filter reports (the one
	// after the head when it was installed): a rewind of earlier blocks
	// takes back nothing it reported.
	first  uint64
	fullTx bool
	used   time.Time

	logs   []*types.Log
	hashes []common.Hash
	txs    []*pendingTx
}

func (f *filter) changes() int { return len(f.logs) + len(f.hashes) + len(f.txs) }

// matches reports whether a log filter reports l (go-ethereum's range
// check: a bound that is a tag does not bound).
func (f *filter) matches(l *types.Log) bool {
	if f.crit.BlockHash != nil && *f.crit.BlockHash != l.BlockHash {
		return false
	}
	if b := f.crit.FromBlock; b != nil && b.Sign() >= 0 && b.Uint64() > l.BlockNumber {
		return false
	}
	if b := f.crit.ToBlock; b != nil && b.Sign() >= 0 && b.Uint64() < l.BlockNumber {
		return false
	}
	return f.match.Matches(l)
}

// filterSystem holds a server's filters.
type filterSystem struct {
	b          *Backend
	now        func() time.Time
	timeout    time.Duration
	max        int
	maxChanges int

	mu      sync.Mutex
	filters map[rpc.ID]*filter
	lost    map[rpc.ID]bool // uninstalled for falling behind, not told yet
	feeds   *feedLoop       // nil while no filter is installed
}

func newFilterSystem(b *Backend) *filterSystem {
	return &filterSystem{
		b: b, now: time.Now, timeout: FilterTimeout, max: MaxFilters, maxChanges: MaxFilterChanges,
		filters: map[rpc.ID]*filter{}, lost: map[rpc.ID]bool{},
	}
}

// feedEvent is one thing that happened, in the order it happened.
type feedEvent struct {
	block   *chain.Block
	dropped []*chain.Block
	tx      *pendingTx
}

// maxFeedBacklog bounds the events waiting for the filters: past it (the
// machine starved the filters' goroutine for that long) every filter is
// uninstalled as fallen behind, rather than the queue growing.
const maxFeedBacklog = 4096

// feedLoop is the goroutines that bring the feeds to the filters while
// any is installed. One relay receives from all the feeds, so that the
// events keep their order (a block's removal before its replacement); it
// only queues them, so the chain's writer waits on nothing but a slice
// append.
type feedLoop struct {
	quit     chan struct{}
	wake     chan struct{}
	mu       sync.Mutex
	queue    []feedEvent
	overflow bool
}

// install adds f and returns its id; the caller has charged for it.
func (fs *filterSystem) install(f *filter) (rpc.ID, error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.expireLocked()
	if len(fs.filters) >= fs.max {
		return "", &limitError{ErrTooManyFilters.Error()}
	}
	f.used = fs.now()
	f.first = fs.b.Chain.Head().Number + 1
	id := rpc.NewID()
	fs.filters[id] = f
	if fs.feeds == nil {
		fs.feeds = fs.start()
	}
	return id, nil
}

// start subscribes to the feeds. The caller holds fs.mu.
func (fs *filterSystem) start() *feedLoop {
	l := &feedLoop{quit: make(chan struct{}), wake: make(chan struct{}, 1)}
	// Unbuffered: a feed's Send returns once the relay took the event, so
	// the chain's next event cannot overtake it.
	blocks, dropped, txs := make(chan *chain.Block), make(chan []*chain.Block), make(chan *pendingTx)
	subs := []event.Subscription{
		fs.b.Chain.SubscribeBlocks(blocks), fs.b.Chain.SubscribeDropped(dropped), fs.b.txFeed.Subscribe(txs),
	}
	go func() {
		defer func() {
			for _, s := range subs {
				s.Unsubscribe()
			}
		}()
		for {
			var ev feedEvent
			select {
			case ev.block = <-blocks:
			case ev.dropped = <-dropped:
			case ev.tx = <-txs:
			case <-l.quit:
				return
			}
			l.push(ev)
		}
	}()
	go fs.run(l)
	return l
}

func (l *feedLoop) push(ev feedEvent) {
	l.mu.Lock()
	if len(l.queue) >= maxFeedBacklog {
		l.queue, l.overflow = nil, true
	} else {
		l.queue = append(l.queue, ev)
	}
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// run applies the queued events to the filters and expires the idle ones,
// until none is left.
func (fs *filterSystem) run(l *feedLoop) {
	tick := time.NewTicker(fs.timeout / 2)
	defer tick.Stop()
	for {
		select {
		case <-l.wake:
		case <-tick.C:
		}
		fs.mu.Lock()
		fs.drainLocked(l)
		fs.expireLocked()
		if len(fs.filters) == 0 && fs.feeds == l {
			fs.feeds = nil
			fs.mu.Unlock()
			close(l.quit)
			return
		}
		fs.mu.Unlock()
	}
}

// drainLocked applies the events l queued. It runs under fs.mu, whoever
// calls it (the loop, or a poll that wants what is queued already), so
// events are applied in the order they came.
func (fs *filterSystem) drainLocked(l *feedLoop) {
	l.mu.Lock()
	queue, overflow := l.queue, l.overflow
	l.queue, l.overflow = nil, false
	l.mu.Unlock()
	if overflow {
		for id := range fs.filters {
			fs.dropLocked(id)
		}
	}
	for _, ev := range queue {
		fs.applyLocked(ev)
	}
}

// applyLocked adds what ev changes to each filter it concerns.
func (fs *filterSystem) applyLocked(ev feedEvent) {
	chainID := fs.b.cfg().ChainID
	switch {
	case ev.block != nil:
		var logs []*types.Log
		for id, f := range fs.filters {
			switch f.kind {
			case blockFilter:
				f.hashes = append(f.hashes, ev.block.Hash())
			case logFilter:
				if ev.block.Header.Number < f.first {
					continue // appended before the filter was
				}
				if logs == nil {
					logs = ev.block.Logs(chainID)
				}
				for _, l := range logs {
					if f.matches(l) {
						f.logs = append(f.logs, l)
					}
				}
			}
			fs.checkLocked(id, f)
		}
	case ev.dropped != nil:
		var removed []*types.Log
		for _, blk := range ev.dropped {
			for _, l := range blk.Logs(chainID) {
				cp := *l
				cp.Removed = true
				removed = append(removed, &cp)
			}
		}
		from := ev.dropped[0].Header.Number
		for id, f := range fs.filters {
			if f.kind != logFilter {
				continue
			}
			for _, l := range removed {
				if l.BlockNumber >= f.first && f.matches(l) {
					f.logs = append(f.logs, l)
				}
			}
			// The blocks that take their place come after the filter.
			f.first = min(f.first, from)
			fs.checkLocked(id, f)
		}
	case ev.tx != nil:
		for id, f := range fs.filters {
			if f.kind == pendingFilter {
				f.txs = append(f.txs, ev.tx)
				fs.checkLocked(id, f)
			}
		}
	}
}

// checkLocked uninstalls f if it holds more than it may.
func (fs *filterSystem) checkLocked(id rpc.ID, f *filter) {
	if f.changes() > fs.maxChanges {
		fs.dropLocked(id)
	}
}

func (fs *filterSystem) dropLocked(id rpc.ID) {
	delete(fs.filters, id)
	// Remembered until its next poll, as many as there may be filters.
	if len(fs.lost) >= fs.max {
		for k := range fs.lost {
			delete(fs.lost, k)
			break
		}
	}
	fs.lost[id] = true
}

// expireLocked uninstalls the filters not polled for the timeout.
func (fs *filterSystem) expireLocked() {
	now := fs.now()
	for id, f := range fs.filters {
		if now.Sub(f.used) >= fs.timeout {
			delete(fs.filters, id)
		}
	}
}

// get returns filter id, polled now, or an error saying why there is none.
func (fs *filterSystem) getLocked(id rpc.ID) (*filter, error) {
	if fs.feeds != nil {
		fs.drainLocked(fs.feeds)
	}
	fs.expireLocked()
	f, ok := fs.filters[id]
	if !ok {
		if fs.lost[id] {
			delete(fs.lost, id)
			return nil, ErrFilterFellBehind
		}
		return nil, ErrFilterNotFound
	}
	f.used = fs.now()
	return f, nil
}

// NewFilter is eth_newFilter: a filter of the logs of the blocks appended
// from now on that match crit (and its block range, if it names one).
func (api *EthAPI) NewFilter(ctx context.Context, crit filters.FilterCriteria) (rpc.ID, error) {
	if err := checkLogCriteria(crit); err != nil {
		return "", err
	}
	if crit.BlockHash == nil {
		from, to := rpc.LatestBlockNumber, rpc.LatestBlockNumber
		if crit.FromBlock != nil {
			from = rpc.BlockNumber(crit.FromBlock.Int64())
		}
		if crit.ToBlock != nil {
			to = rpc.BlockNumber(crit.ToBlock.Int64())
		}
		// earliest is block 0: this node keeps every block.
		if from == rpc.EarliestBlockNumber {
			from, crit.FromBlock = 0, new(big.Int)
		}
		if to == rpc.EarliestBlockNumber {
			to, crit.ToBlock = 0, new(big.Int)
		}
		switch {
		case from == rpc.PendingBlockNumber || to == rpc.PendingBlockNumber:
			return "", errPendingLogs
		case from == rpc.LatestBlockNumber && to == rpc.LatestBlockNumber,
			from >= 0 && to >= 0 && to >= from,
			from >= 0 && to == rpc.LatestBlockNumber:
		default:
			return "", errInvalidBlockRange
		}
	}
	if err := api.b.guard.charge(ctx, "eth_newFilter", costFilter); err != nil {
		return "", err
	}
	return api.b.filters.install(&filter{kind: logFilter, crit: crit, match: chain.LogFilter{Addresses: crit.Addresses, Topics: crit.Topics}})
}

// NewBlockFilter is eth_newBlockFilter: a filter of the hashes of the
// blocks appended from now on.
func (api *EthAPI) NewBlockFilter(ctx context.Context) (rpc.ID, error) {
	if err := api.b.guard.charge(ctx, "eth_newBlockFilter", costFilter); err != nil {
		return "", err
	}
	return api.b.filters.install(&filter{kind: blockFilter})
}

// NewPendingTransactionFilter is eth_newPendingTransactionFilter: a filter
// of the transactions the node's pool takes from now on (their hashes, or
// with fullTx the transactions).
func (api *EthAPI) NewPendingTransactionFilter(ctx context.Context, fullTx *bool) (rpc.ID, error) {
	if err := api.b.guard.charge(ctx, "eth_newPendingTransactionFilter", costFilter); err != nil {
		return "", err
	}
	return api.b.filters.install(&filter{kind: pendingFilter, fullTx: fullTx != nil && *fullTx})
}

// GetFilterChanges is eth_getFilterChanges: what filter id gathered since
// its last poll: logs, block hashes or transaction hashes (transactions,
// for a pending filter with fullTx).
func (api *EthAPI) GetFilterChanges(ctx context.Context, id rpc.ID) (json.RawMessage, error) {
	fs := api.b.filters
	fs.mu.Lock()
	f, err := fs.getLocked(id)
	if err != nil {
		fs.mu.Unlock()
		return nil, err
	}
	kind, fullTx := f.kind, f.fullTx
	logs, hashes, txs := f.logs, f.hashes, f.txs
	f.logs, f.hashes, f.txs = nil, nil, nil
	fs.mu.Unlock()
	switch {
	case kind == logFilter:
		// Encoding up to MaxFilterChanges logs is a log query's work.
		done, err := api.b.guard.begin(ctx, classLogs, "eth_getFilterChanges", costFilter)
		if err != nil {
			api.b.filters.putBack(id, logs, nil, nil)
			return nil, err
		}
		defer done()
		if logs == nil {
			logs = []*types.Log{}
		}
		return json.Marshal(logs)
	case kind == pendingFilter && fullTx:
		done, err := api.b.guard.begin(ctx, classBlocks, "eth_getFilterChanges", costFilter)
		if err != nil {
			api.b.filters.putBack(id, nil, nil, txs)
			return nil, err
		}
		defer done()
		out := make([]map[string]any, 0, len(txs))
		for _, p := range txs {
			m, err := txJSON(p.tx, p.from, nil, 0)
			if err != nil {
				return nil, err
			}
			out = append(out, m)
		}
		return json.Marshal(out)
	case kind == pendingFilter:
		hashes = make([]common.Hash, 0, len(txs))
		for _, p := range txs {
			hashes = append(hashes, p.tx.Hash())
		}
	}
	if hashes == nil {
		hashes = []common.Hash{}
	}
	return json.Marshal(hashes)
}

// putBack returns the changes of a poll that was refused (the caller's
// budget or slots) to its filter, ahead of those gathered meanwhile.
func (fs *filterSystem) putBack(id rpc.ID, logs []*types.Log, hashes []common.Hash, txs []*pendingTx) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if f, ok := fs.filters[id]; ok {
		f.logs = append(logs, f.logs...)
		f.hashes = append(hashes, f.hashes...)
		f.txs = append(txs, f.txs...)
		fs.checkLocked(id, f)
	}
}

// GetFilterLogs is eth_getFilterLogs: every log a log filter's criteria
// match now, as eth_getLogs answers them.
func (api *EthAPI) GetFilterLogs(ctx context.Context, id rpc.ID) (json.RawMessage, error) {
	fs := api.b.filters
	fs.mu.Lock()
	fs.expireLocked()
	f, ok := fs.filters[id]
	var crit filters.FilterCriteria
	if ok {
		crit = f.crit
	}
	fs.mu.Unlock()
	if !ok || f.kind != logFilter {
		return nil, ErrFilterNotFound
	}
	return api.GetLogs(ctx, crit)
}

// UninstallFilter is eth_uninstallFilter: whether filter id was installed.
func (api *EthAPI) UninstallFilter(id rpc.ID) bool {
	fs := api.b.filters
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.expireLocked()
	_, ok := fs.filters[id]
	delete(fs.filters, id)
	delete(fs.lost, id)
	return ok
}

// NewPendingTransactions is eth_subscribe("newPendingTransactions",
// [fullTx]): the hash of each transaction the node's pool takes (the
// transaction, with fullTx). A subscriber that falls subscriptionQueue
// transactions behind is dropped, as for newHeads.
func (api *EthAPI) NewPendingTransactions(ctx context.Context, fullTx *bool) (*rpc.Subscription, error) {
	notifier, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return &rpc.Subscription{}, rpc.ErrNotificationsUnsupported
	}
	full := fullTx != nil && *fullTx
	sub := notifier.CreateSubscription()
	ch := make(chan *pendingTx, 16)
	feed := api.b.txFeed.Subscribe(ch)
	queue := make(chan *pendingTx, subscriptionQueue)
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for p := range queue {
			var err error
			if full {
				var m map[string]any
				if m, err = txJSON(p.tx, p.from, nil, 0); err == nil {
					err = notifier.Notify(sub.ID, m)
				}
			} else {
				err = notifier.Notify(sub.ID, p.tx.Hash())
			}
			if err != nil {
				return
			}
		}
	}()
	go func() {
		defer feed.Unsubscribe()
		defer close(queue)
		for {
			select {
			case p := <-ch:
				select {
				case queue <- p:
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

// checkLogCriteria refuses criteria past the log query limits, in
// go-ethereum's words.
func checkLogCriteria(crit filters.FilterCriteria) error {
	if len(crit.Addresses) > MaxLogQueryValues {
		return ErrLogQueryLimit
	}
	for _, alts := range crit.Topics {
		if len(alts) > MaxLogQueryValues {
			return ErrLogQueryLimit
		}
	}
	return nil
}
