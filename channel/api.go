package channel

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
)

// Hello introduces a peer: who it is and which deployment it uses.
type Hello struct {
	Address common.Address `json:"address"`
	Domain  Domain         `json:"domain"`
}

// API is the channel_ JSON-RPC namespace that counterparties call. Every
// call that changes anything carries a signature by the channel party it
// claims to come from (a state signature, or an Announce/Sync message).
// channel_propose, the one call whose checking costs thousands of
// signatures, is further taken only from the channel's counterparty over a
// connection it authenticated (Dial, AuthHeader): served by ListenWS, the
// API knows who is at the other end of each WebSocket connection; on any
// other server every caller is a stranger and channel_propose is refused.
// Strangers' calls are held to the peer's Limits (see gate).
type API struct {
	p *Peer
	// conns names the callers of the server the API is bound to (nil:
	// none is named).
	conns *connTable
}

// NewAPI returns the channel_ service object of a peer. Register it on a
// Server (ListenWS) for the counterparties' connections to be recognised.
func NewAPI(p *Peer) *API { return &API{p: p} }

// APIs returns the RPC services a node should mount for this peer: only the
// public channel_ namespace. The owner's controls (CtlAPI) are for a local,
// private endpoint.
func (p *Peer) APIs() []rpc.API {
	return []rpc.API{{Namespace: "channel", Service: NewAPI(p)}}
}

// Hello is channel_hello.
func (a *API) Hello(ctx context.Context) (*Hello, error) {
	if _, err := a.p.gate.admit(ctx, a.conns); err != nil {
		return nil, err
	}
	return &Hello{Address: a.p.addr, Domain: a.p.domain}, nil
}

// Announce is channel_announce: the counterparty of channel id is reachable
// at url; sig is its Announce signature.
func (a *API) Announce(ctx context.Context, id common.Hash, url string, sig hexutil.Bytes) error {
	if _, err := a.p.gate.admit(ctx, a.conns); err != nil {
		return err
	}
	return a.p.handleAnnounce(ctx, id, url, sig)
}

// Propose is channel_propose: consecutive proposals built on our latest
// state `base`, each signed by the payer, from the payer's authenticated
// connection. The states are decoded only once the caller is known to be
// the payer: a stranger's are not even parsed.
func (a *API) Propose(ctx context.Context, id common.Hash, base uint64, raw json.RawMessage) (*ProposeResult, error) {
	caller, err := a.p.gate.admit(ctx, a.conns)
	if err != nil {
		return nil, err
	}
	if !a.p.isPayer(caller, id) {
		return nil, notCounterparty("channel_propose", caller, id)
	}
	var props []SignedState
	if err := json.Unmarshal(raw, &props); err != nil {
		return nil, &codedError{code: errCodeInvalidParams, err: fmt.Errorf("invalid argument 2: %w", err)}
	}
	return a.p.handlePropose(ctx, caller, id, base, props)
}

// Latest is channel_latest: our latest state signed by both, for a
// counterparty that lost our last answer.
func (a *API) Latest(ctx context.Context, id common.Hash, at uint64, sig hexutil.Bytes) (*SyncResult, error) {
	if _, err := a.p.gate.admit(ctx, a.conns); err != nil {
		return nil, err
	}
	return a.p.handleLatest(ctx, id, at, sig)
}

// CloseRequest is channel_closeRequest: countersign a FinalState.
func (a *API) CloseRequest(ctx context.Context, f State, sig hexutil.Bytes) (*closeResult, error) {
	if _, err := a.p.gate.admit(ctx, a.conns); err != nil {
		return nil, err
	}
	return a.p.handleCloseRequest(ctx, f, sig)
}

// CtlAPI is the channelctl_ namespace: the owner's controls, served only on
// a private endpoint (a Unix socket in the data directory), never to peers.
type CtlAPI struct {
	p *Peer

	mu    sync.Mutex
	subs  map[*progressSub]struct{}
	marks atomic.Uint64
}

// ProgressNote is one notification of channelctl_subscribe("progress"):
// a line of L1 progress, or a mark that channelctl_progressMark asked for.
type ProgressNote struct {
	Line string `json:"line,omitempty"`
	Mark uint64 `json:"mark,omitempty"`
}

// progressSub is one subscriber's queue, drained in order by the goroutine
// that writes its notifications.
type progressSub struct {
	ch   chan ProgressNote
	done chan struct{} // closed when that goroutine returns
}

// NewCtlAPI returns the owner's control service of a peer, and routes the
// peer's L1 progress messages to its progress subscribers.
func NewCtlAPI(p *Peer) *CtlAPI {
	c := &CtlAPI{p: p, subs: map[*progressSub]struct{}{}}
	prev := p.cfg.L1.Progress
	p.cfg.L1.Progress = func(msg string) {
		if prev != nil {
			prev(msg)
		}
		c.broadcast(msg)
	}
	return c
}

func (c *CtlAPI) broadcast(msg string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for s := range c.subs {
		select {
		case s.ch <- ProgressNote{Line: msg}:
		default: // a slow reader misses progress lines, nothing else
		}
	}
}

// Progress is channelctl_subscribe("progress"): a note for each step of a
// wait on L1, in the order the steps happened.
func (c *CtlAPI) Progress(ctx context.Context) (*rpc.Subscription, error) {
	n, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return nil, rpc.ErrNotificationsUnsupported
	}
	sub := n.CreateSubscription()
	s := &progressSub{ch: make(chan ProgressNote, 64), done: make(chan struct{})}
	c.mu.Lock()
	c.subs[s] = struct{}{}
	c.mu.Unlock()
	go func() {
		defer func() {
			c.mu.Lock()
			delete(c.subs, s)
			c.mu.Unlock()
			close(s.done)
		}()
		for {
			select {
			case note := <-s.ch:
				if err := n.Notify(sub.ID, note); err != nil {
					return
				}
			case <-sub.Err():
				return
			}
		}
	}()
	return sub, nil
}

// ProgressMark is channelctl_progressMark: it queues a mark behind every
// progress line sent so far, to every subscriber, and returns its number.
// A control call's lines are all queued before its answer, so a client
// that asks for a mark once the answer is in and reads its subscription
// up to that mark has seen every line of its call: without it, the last
// line ("mined in block ...") could still be on its way when the answer
// arrived, and be lost.
func (c *CtlAPI) ProgressMark(ctx context.Context) (uint64, error) {
	n := c.marks.Add(1)
	c.mu.Lock()
	subs := make([]*progressSub, 0, len(c.subs))
	for s := range c.subs {
		subs = append(subs, s)
	}
	c.mu.Unlock()
	for _, s := range subs {
		// Unlike a line, a mark is never dropped: the reader waits for it.
		select {
		case s.ch <- ProgressNote{Mark: n}:
		case <-s.done:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
	return n, nil
}

// WithProgress runs call, a control call on cl, while it hands the peer's
// L1 progress lines to line in order, and calls heartbeat with the time
// waited after every quiet interval. Once call is answered it reads the
// lines up to a mark the peer queues behind them, so that the call's last
// line (the one that says it was mined) is handed over, not lost in
// flight. Progress is a nicety: if the subscription fails, call still
// runs.
func WithProgress(ctx context.Context, cl *rpc.Client, call func() error, interval time.Duration, line func(string), heartbeat func(time.Duration)) error {
	notes := make(chan ProgressNote, 16)
	sub, err := cl.Subscribe(ctx, "channelctl", notes, "progress")
	if err != nil {
		sub = nil
	}
	done := make(chan error, 1)
	go func() { done <- call() }()
	start := time.Now()
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if sub != nil {
				flushProgress(ctx, cl, sub, notes, line)
				sub.Unsubscribe()
			}
			return err
		case n := <-notes:
			if n.Line != "" {
				line(n.Line)
			}
		case <-tick.C:
			heartbeat(time.Since(start))
		}
	}
}

// flushProgress hands over the lines still on their way to sub, up to a
// mark the peer queues now. The peer is local and answers at once; the
// time bound only keeps a wedged peer from holding the caller.
func flushProgress(ctx context.Context, cl *rpc.Client, sub *rpc.ClientSubscription, notes <-chan ProgressNote, line func(string)) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var mark uint64
	if err := cl.CallContext(ctx, &mark, "channelctl_progressMark"); err != nil {
		return
	}
	for {
		select {
		case n := <-notes:
			if n.Line != "" {
				line(n.Line)
			}
			if n.Mark >= mark {
				return
			}
		case <-sub.Err():
			return
		case <-ctx.Done():
			return
		}
	}
}

// Whoami is channelctl_whoami.
func (c *CtlAPI) Whoami() Hello { return Hello{Address: c.p.addr, Domain: c.p.domain} }

// Open is channelctl_open; expect, if not zero, pins the peer's address.
func (c *CtlAPI) Open(ctx context.Context, url string, expect, token common.Address, amount *uint256.Int, period uint64) (*Info, error) {
	return c.p.OpenTo(ctx, url, expect, token, amount, period)
}

// Asset is channelctl_asset: the symbol and decimals of token (zero: ETH)
// on L1, which the command line reads and prints amounts in.
func (c *CtlAPI) Asset(ctx context.Context, token common.Address) (Asset, error) {
	return c.p.cfg.L1.Asset(ctx, token)
}

// Deposit is channelctl_deposit.
func (c *CtlAPI) Deposit(ctx context.Context, id common.Hash, amount *uint256.Int) error {
	return c.p.Deposit(ctx, id, amount)
}

// PayReport sums up a run of payments.
type PayReport struct {
	Requested  int     `json:"requested"`
	Paid       int     `json:"paid"`
	Failed     int     `json:"failed"`
	InDoubt    int     `json:"inDoubt"`
	FirstError string  `json:"firstError,omitempty"`
	Seconds    float64 `json:"seconds"`
	PerSecond  float64 `json:"perSecond"`
	// Latency of one payment, from Pay to countersigned and persisted.
	P50Micros int64 `json:"p50Micros"`
	P99Micros int64 `json:"p99Micros"`
}

// maxPayCount bounds one channelctl_pay call (it keeps every latency).
const maxPayCount = 10_000_000

// Pay is channelctl_pay: count payments of amount each, at most
// concurrency of them outstanding at once (1: one after the other).
func (c *CtlAPI) Pay(ctx context.Context, id common.Hash, amount *uint256.Int, count, concurrency int) (*PayReport, error) {
	if count <= 0 || count > maxPayCount {
		return nil, fmt.Errorf("count %d: must be between 1 and %d", count, maxPayCount)
	}
	if _, err := c.p.channel(id); err != nil {
		return nil, err
	}
	concurrency = max(1, min(concurrency, count))
	rep := &PayReport{Requested: count}
	lat := make([]time.Duration, 0, count)
	var mu sync.Mutex
	next := 0
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				if next >= count || ctx.Err() != nil {
					mu.Unlock()
					return
				}
				next++
				mu.Unlock()
				t0 := time.Now()
				err := c.p.Pay(ctx, id, amount)
				d := time.Since(t0)
				mu.Lock()
				switch {
				case err == nil:
					rep.Paid++
					lat = append(lat, d)
				default:
					rep.Failed++
					if isInDoubt(err) {
						rep.InDoubt++
					}
					if rep.FirstError == "" {
						rep.FirstError = err.Error()
					}
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	rep.Seconds = el.Seconds()
	if el > 0 {
		rep.PerSecond = float64(rep.Paid) / el.Seconds()
	}
	if len(lat) > 0 {
		slices.Sort(lat)
		rep.P50Micros = lat[len(lat)/2].Microseconds()
		rep.P99Micros = lat[min(len(lat)-1, len(lat)*99/100)].Microseconds()
	}
	return rep, nil
}

// Status is channelctl_status.
func (c *CtlAPI) Status(ctx context.Context, id common.Hash) (*ChannelStatus, error) {
	return c.p.Status(ctx, id)
}

// List is channelctl_list.
func (c *CtlAPI) List() []Info { return c.p.List() }

// Close is channelctl_close (cooperative).
func (c *CtlAPI) Close(ctx context.Context, id common.Hash) (*SignedState, error) {
	return c.p.Close(ctx, id)
}

// ForceCloseResult answers channelctl_forceClose.
type ForceCloseResult struct {
	State    *SignedState `json:"state"`
	ClosesAt uint64       `json:"closesAt"`
}

// ForceClose is channelctl_forceClose; staleNonce 0 means the latest state.
func (c *CtlAPI) ForceClose(ctx context.Context, id common.Hash, staleNonce uint64) (*ForceCloseResult, error) {
	ss, at, err := c.p.ForceClose(ctx, id, staleNonce)
	if err != nil {
		return nil, err
	}
	return &ForceCloseResult{State: ss, ClosesAt: at}, nil
}

// Settle is channelctl_settle.
func (c *CtlAPI) Settle(ctx context.Context, id common.Hash) error { return c.p.Settle(ctx, id) }

// Sync is channelctl_sync: fetch the counterparty's latest state now.
func (c *CtlAPI) Sync(ctx context.Context, id common.Hash) error { return c.p.Sync(ctx, id) }
