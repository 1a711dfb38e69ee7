package bench

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// MaxInflightPerAccount is how many of one account's transfers the
// generator keeps sent but not yet in a block on the L2: the L2 mempool
// takes 64 per sender (docs/node.md).
const MaxInflightPerAccount = 64

// MaxInflight bounds the transfers in flight over all accounts, on both
// layers: the L2 mempool holds 8,192 (and, when full, evicts a sender's
// last transaction for a better-paying one) and the L1 pool guarantees
// 5,120; a transaction evicted after it was accepted leaves a nonce gap
// that stops its account for the rest of the run.
const MaxInflight = 4096

// L1InflightPerAccount is the same bound on the L1: go-ethereum's
// transaction pool guarantees 16 pending per account (AccountSlots) and
// 5,120 in all (GlobalSlots); past that it drops transactions of the
// accounts with the most, which leaves nonce gaps that never fill. A
// wallet on L1 waits for its transactions instead, and so does the twin:
// 16 per account, fewer when the accounts would exceed 4,096 in all.
func L1InflightPerAccount(accounts int) int32 {
	return int32(max(1, min(16, 4096/max(accounts, 1))))
}

// loadOpts is how the load is offered.
type loadOpts struct {
	rate        float64 // tx/s, open loop; 0: closed loop
	concurrency int     // requests in flight
	batch       int     // transfers per JSON-RPC request (1: single calls)
	ws          bool
	duration    time.Duration
	drain       time.Duration // longest wait for inclusion after the load
	finality    time.Duration // longest wait for safe and finalized after that
	progress    func(p progress)
	loadEdge    func(start bool, wall time.Duration) // called as the load starts and ends (nil: not)
}

// progress is what the progress bar shows.
type progress struct {
	layer              string
	phase              string
	elapsed, total     time.Duration
	sent, accepted     int64
	included, rejected int64
}

// generator hands out the next transfers, one account at a time round
// robin, never more than limit of an account in flight.
type generator struct {
	p        *plan
	mu       sync.Mutex
	next     []int
	inflight []atomic.Int32
	cursor   int
	limit    int32
	total    atomic.Int32 // in flight over all accounts
}

func newGenerator(p *plan, limit int32) *generator {
	return &generator{p: p, next: make([]int, len(p.byAcct)), inflight: make([]atomic.Int32, len(p.byAcct)), limit: limit}
}

// take returns up to n transfers to send now, and whether any remain to
// be sent at all.
func (g *generator) take(n int, out []int32) ([]int32, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	accts := len(g.p.byAcct)
	misses, left := 0, false
	for len(out) < n && misses < accts && g.total.Load() < MaxInflight {
		a := g.cursor
		g.cursor = (g.cursor + 1) % accts
		if g.next[a] >= len(g.p.byAcct[a]) {
			misses++
			continue
		}
		left = true
		if g.inflight[a].Load() >= g.limit {
			misses++
			continue
		}
		out = append(out, g.p.byAcct[a][g.next[a]])
		g.next[a]++
		g.inflight[a].Add(1)
		g.total.Add(1)
		misses = 0
	}
	if g.total.Load() >= MaxInflight {
		left = true // the pool bound, not the plan, stopped us
	}
	return out, left || len(out) > 0
}

// drop stops using an account whose transfer was refused: its later nonces
// could never be included.
func (g *generator) drop(a int32) {
	g.mu.Lock()
	g.next[a] = len(g.p.byAcct[a])
	g.mu.Unlock()
}

// landed releases an account's in-flight slot: its transfer is in a block
// (or was refused).
func (g *generator) landed(a int32) {
	g.inflight[a].Add(-1)
	g.total.Add(-1)
}

// run is one layer's measured run.
type run struct {
	l      *layer
	p      *plan
	g      *generator
	sendAt []int64 // unix ns; 0: not sent
	inclAt []int64 // unix ns when the tracker saw its block; 0: not seen
	preAt  []int64 // unix ns when its pre-confirmation was pushed; 0: not seen
	block  []uint64
	ok     []bool        // accepted by the RPC
	done   []atomic.Bool // its in-flight slot was released
	// preconf: the soft confirmation is measured by the node's
	// pre-confirmation stream (preAt), not by the block tracker.
	preconf atomic.Bool

	sent, accepted, rejected, included atomic.Int64
	lateNs                             atomic.Int64 // open loop: how far behind schedule the last request went
	errMu                              sync.Mutex
	errs                               map[string]int

	start, loadEnd time.Time
	blockSeen      map[uint64]int64
	safe, final    []mark
	firstBlock     uint64
	lastBlock      uint64
	maxIncl        uint64 // highest block holding one of the plan's transfers (under errMu)
}

// mark is the time a tag (safe, finalized) was first seen at a number.
type mark struct {
	at int64
	n  uint64
}

func newRun(l *layer, p *plan, inflight int32) *run {
	n := len(p.txs)
	return &run{l: l, p: p, g: newGenerator(p, inflight), sendAt: make([]int64, n), inclAt: make([]int64, n), preAt: make([]int64, n),
		block: make([]uint64, n), ok: make([]bool, n), done: make([]atomic.Bool, n), errs: map[string]int{}, blockSeen: map[uint64]int64{}}
}

// release frees transfer k's in-flight slot, once: at its pre-confirmation
// (it left the mempool) or its block, whichever is seen first.
func (r *run) release(k int32) {
	if r.done[k].CompareAndSwap(false, true) {
		r.g.landed(r.p.txs[k].account)
	}
}

// preconfNote is the part of a pushed pre-confirmation the bench reads.
type preconfNote struct {
	Hash common.Hash `json:"transactionHash"`
}

// subscribePreconf subscribes to the node's stream of pre-confirmed
// transactions (eth_subscribe "preconfirmedTransactions" over WebSocket)
// and records when each of the plan's transfers is pushed: the moment its
// receipt exists on the node, without the bench's polling in the figure.
// It returns false, having started nothing, for a node without the
// stream (an L1, or a node that does not pre-confirm).
func (r *run) subscribePreconf(ctx context.Context) (stop func(), ok bool) {
	c, err := rpc.DialContext(ctx, wsURL(r.l.url))
	if err != nil {
		return nil, false
	}
	ch := make(chan preconfNote, 8192)
	sub, err := c.EthSubscribe(ctx, ch, "preconfirmedTransactions")
	if err != nil {
		c.Close()
		return nil, false
	}
	r.preconf.Store(true)
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case n := <-ch:
				now := time.Now().UnixNano()
				if k, ok := r.p.index[n.Hash]; ok && atomic.CompareAndSwapInt64(&r.preAt[k], 0, now) {
					r.release(k)
				}
			case err := <-sub.Err():
				if err != nil {
					// Dropped (the bench fell behind): the tracker
					// measures from here on, and the report says so.
					r.preconf.Store(false)
					r.errMu.Lock()
					r.errs["pre-confirmation stream: "+err.Error()]++
					r.errMu.Unlock()
				}
				return
			case <-quit:
				return
			}
		}
	}()
	return func() {
		close(quit)
		<-done
		sub.Unsubscribe()
		c.Close()
	}, true
}

// execute offers the load, then waits for inclusion and for the safe and
// finalized tags to pass the last block (each wait bounded).
func (r *run) execute(ctx context.Context, o loadOpts) error {
	head, err := r.l.blockNumber(ctx)
	if err != nil {
		return err
	}
	r.firstBlock = head + 1
	if stop, ok := r.subscribePreconf(ctx); ok {
		defer stop()
	}
	tctx, cancelTracker := context.WithCancel(ctx)
	trackerDone := make(chan error, 1)
	go func() { trackerDone <- r.track(tctx, head) }()
	var once sync.Once
	var trackErr error
	stopTracker := func() error {
		once.Do(func() {
			cancelTracker()
			if err := <-trackerDone; err != nil && !errors.Is(err, context.Canceled) {
				trackErr = err
			}
		})
		return trackErr
	}
	defer stopTracker()

	url := r.l.url
	if o.ws {
		url = wsURL(url)
	}
	nconn := min(o.concurrency, 16)
	if !o.ws {
		nconn = 1 // one HTTP client pools its connections
	}
	conns := make([]*rpc.Client, nconn)
	for i := range conns {
		// One HTTP client keeps a connection per worker alive: the default
		// transport keeps two, and re-dialling would be measured as latency.
		hc := &http.Client{Transport: &http.Transport{MaxIdleConns: o.concurrency, MaxIdleConnsPerHost: o.concurrency, IdleConnTimeout: time.Minute}}
		c, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(hc))
		if err != nil {
			return fmt.Errorf("bench: %s load connection %s: %w", r.l.name, url, err)
		}
		defer c.Close()
		conns[i] = c
	}

	if o.loadEdge != nil {
		o.loadEdge(true, 0)
	}
	r.start = time.Now()
	deadline := r.start.Add(o.duration)
	stopProgress := r.showProgress(o, "load", deadline)
	var issued atomic.Int64
	var wg sync.WaitGroup
	for w := range o.concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.worker(ctx, conns[w%len(conns)], o, deadline, &issued)
		}()
	}
	wg.Wait()
	r.loadEnd = time.Now()
	if o.loadEdge != nil {
		o.loadEdge(false, r.loadEnd.Sub(r.start))
	}
	stopProgress()

	// Inclusion: until every accepted transfer is in a block, or nothing
	// has moved for 10 s, or the drain bound.
	stopProgress = r.showProgress(o, "inclusion", time.Now().Add(o.drain))
	waitUntil(ctx, o.drain, func() bool { return r.included.Load() >= r.accepted.Load() }, func() int64 { return r.included.Load() })
	stopProgress()
	r.errMu.Lock()
	r.lastBlock = r.maxIncl
	r.errMu.Unlock()
	stopProgress = r.showProgress(o, "safe+finalized", time.Now().Add(o.finality))
	waitUntil(ctx, o.finality, func() bool {
		r.errMu.Lock()
		defer r.errMu.Unlock()
		return r.lastBlock == 0 || (last(r.safe) >= r.lastBlock && last(r.final) >= r.lastBlock)
	}, nil)
	stopProgress()
	if err := stopTracker(); err != nil {
		return err
	}
	return ctx.Err()
}

func last(ms []mark) uint64 {
	if len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].n
}

// waitUntil polls cond every 50 ms for at most d; with moved, it also
// gives up when moved's value has not changed for 10 s.
func waitUntil(ctx context.Context, d time.Duration, cond func() bool, moved func() int64) {
	end := time.Now().Add(d)
	lastMove, lastVal := time.Now(), int64(-1)
	for !cond() && time.Now().Before(end) && ctx.Err() == nil {
		if moved != nil {
			if v := moved(); v != lastVal {
				lastVal, lastMove = v, time.Now()
			} else if time.Since(lastMove) > 10*time.Second {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (r *run) worker(ctx context.Context, c *rpc.Client, o loadOpts, deadline time.Time, issued *atomic.Int64) {
	ids := make([]int32, 0, o.batch)
	for ctx.Err() == nil && time.Now().Before(deadline) {
		if o.rate > 0 {
			k := issued.Add(int64(o.batch)) - int64(o.batch)
			due := r.start.Add(time.Duration(float64(k) / o.rate * float64(time.Second)))
			if d := time.Until(due); d > 0 {
				if due.After(deadline) {
					return
				}
				time.Sleep(d)
			} else {
				r.lateNs.Store(int64(-d))
			}
		}
		var left bool
		for {
			ids, left = r.g.take(o.batch, ids[:0])
			if len(ids) > 0 || !left || !time.Now().Before(deadline) || ctx.Err() != nil {
				break
			}
			time.Sleep(time.Millisecond) // every account has its 64 in flight: wait for a block
		}
		if len(ids) == 0 {
			if !left {
				return // the plan is used up
			}
			continue
		}
		r.send(ctx, c, ids)
	}
}

// send sends ids as one request (a JSON-RPC batch when more than one);
// a refused transfer is retried alone a few times (a full pool empties
// with the next block) before its account is dropped.
func (r *run) send(ctx context.Context, c *rpc.Client, ids []int32) {
	now := time.Now().UnixNano()
	for _, id := range ids {
		r.sendAt[id] = now
	}
	r.sent.Add(int64(len(ids)))
	var failed []int32
	if len(ids) == 1 {
		var h common.Hash
		if err := c.CallContext(ctx, &h, "eth_sendRawTransaction", r.p.txs[ids[0]].raw); err != nil {
			failed = ids
		} else {
			r.accept(ids[0])
		}
	} else {
		hashes := make([]common.Hash, len(ids))
		elems := make([]rpc.BatchElem, len(ids))
		for i, id := range ids {
			elems[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{r.p.txs[id].raw}, Result: &hashes[i]}
		}
		if err := c.BatchCallContext(ctx, elems); err != nil {
			failed = ids
		} else {
			for i, e := range elems {
				if e.Error != nil {
					failed = append(failed, ids[i])
				} else {
					r.accept(ids[i])
				}
			}
		}
	}
	for _, id := range failed {
		var err error
		for attempt := range 5 {
			if ctx.Err() != nil {
				return
			}
			time.Sleep(time.Duration(attempt+1) * 20 * time.Millisecond)
			r.sendAt[id] = time.Now().UnixNano()
			var h common.Hash
			if err = c.CallContext(ctx, &h, "eth_sendRawTransaction", r.p.txs[id].raw); err == nil || strings.Contains(err.Error(), "already known") {
				err = nil
				break
			}
		}
		if err == nil {
			r.accept(id)
			continue
		}
		r.rejected.Add(1)
		r.g.drop(r.p.txs[id].account)
		r.release(id)
		r.errMu.Lock()
		msg := err.Error()
		if len(msg) > 120 {
			msg = msg[:120]
		}
		r.errs[msg]++
		r.errMu.Unlock()
	}
}

func (r *run) accept(id int32) {
	r.ok[id] = true
	r.accepted.Add(1)
}

// rpcBlock is the part of a block the tracker reads (L2 and L1 alike).
type rpcBlock struct {
	Number       hexutil.Uint64 `json:"number"`
	Transactions []common.Hash  `json:"transactions"`
}

func (l *layer) blockNumber(ctx context.Context) (uint64, error) {
	var n hexutil.Uint64
	if err := l.rpc.CallContext(ctx, &n, "eth_blockNumber"); err != nil {
		return 0, fmt.Errorf("bench: %s eth_blockNumber: %w", l.name, err)
	}
	return uint64(n), nil
}

// tagNumber reads the number of the block a tag (safe, finalized) names;
// 0 when the chain has none yet.
func (l *layer) tagNumber(ctx context.Context, tag string) (uint64, error) {
	var b *rpcBlock
	if err := l.rpc.CallContext(ctx, &b, "eth_getBlockByNumber", tag, false); err != nil {
		return 0, fmt.Errorf("bench: %s %s block: %w", l.name, tag, err)
	}
	if b == nil {
		return 0, nil
	}
	return uint64(b.Number), nil
}

// track follows the chain from block `from`+1: every new block's
// transactions are matched against the plan (the soft confirmation: the
// node answers a receipt once the block is its head), and the safe and
// finalized tags are sampled every 100 ms.
func (r *run) track(ctx context.Context, from uint64) error {
	next := from + 1
	lastTags := time.Time{}
	for ctx.Err() == nil {
		head, err := r.l.blockNumber(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return err
		}
		for next <= head && ctx.Err() == nil {
			end := min(head, next+31)
			blocks := make([]*rpcBlock, end-next+1)
			elems := make([]rpc.BatchElem, len(blocks))
			for i := range elems {
				elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(next + uint64(i)), false}, Result: &blocks[i]}
			}
			if err := r.l.rpc.BatchCallContext(ctx, elems); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				return fmt.Errorf("bench: %s blocks %d..%d: %w", r.l.name, next, end, err)
			}
			now := time.Now().UnixNano()
			for i, b := range blocks {
				if elems[i].Error != nil || b == nil {
					return fmt.Errorf("bench: %s block %d: %v", r.l.name, next+uint64(i), elems[i].Error)
				}
				r.errMu.Lock()
				r.blockSeen[uint64(b.Number)] = now
				r.errMu.Unlock()
				for _, h := range b.Transactions {
					k, ok := r.p.index[h]
					if !ok || r.inclAt[k] != 0 {
						continue
					}
					r.inclAt[k], r.block[k] = now, uint64(b.Number)
					r.release(k)
					r.included.Add(1)
					r.errMu.Lock()
					r.maxIncl = max(r.maxIncl, uint64(b.Number))
					r.errMu.Unlock()
				}
			}
			next = end + 1
		}
		if time.Since(lastTags) >= 100*time.Millisecond {
			lastTags = time.Now()
			for _, tag := range []string{"safe", "finalized"} {
				n, err := r.l.tagNumber(ctx, tag)
				if err != nil {
					if ctx.Err() != nil {
						return ctx.Err()
					}
					continue // an L2 with nothing posted yet may have no such block
				}
				r.errMu.Lock()
				list := &r.safe
				if tag == "finalized" {
					list = &r.final
				}
				if n > last(*list) {
					*list = append(*list, mark{at: time.Now().UnixNano(), n: n})
				}
				r.errMu.Unlock()
			}
		}
		select {
		case <-ctx.Done():
		case <-time.After(10 * time.Millisecond):
		}
	}
	return ctx.Err()
}

// topErrors lists the refusal messages, most frequent first.
func (r *run) topErrors(n int) []string {
	r.errMu.Lock()
	defer r.errMu.Unlock()
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range r.errs {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v })
	var out []string
	for i := range min(n, len(all)) {
		out = append(out, fmt.Sprintf("%d× %s", all[i].v, all[i].k))
	}
	return out
}

func (r *run) showProgress(o loadOpts, phase string, end time.Time) func() {
	if o.progress == nil {
		return func() {}
	}
	stop, done := make(chan struct{}), make(chan struct{})
	begin := time.Now()
	total := end.Sub(begin)
	emit := func() {
		o.progress(progress{layer: r.l.name, phase: phase, elapsed: time.Since(begin), total: total,
			sent: r.sent.Load(), accepted: r.accepted.Load(), included: r.included.Load(), rejected: r.rejected.Load()})
	}
	go func() {
		defer close(done)
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				emit()
				return
			case <-t.C:
				emit()
			}
		}
	}()
	return func() { close(stop); <-done }
}
