package channel

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
)

// Errors a Peer's callers branch on.
var (
	ErrUnknownChannel = errors.New("unknown channel")
	ErrNotOpen        = errors.New("channel is not open")
	// ErrInDoubt: a payment was proposed (and signed) but the answer was
	// lost; the counterparty may hold it. The next exchange settles it.
	ErrInDoubt = errors.New("payment in doubt: the counterparty did not answer")
	// ErrRejected: the counterparty refused the proposal.
	ErrRejected = errors.New("counterparty refused the proposal")
	// ErrPeerUnavailable: the counterparty could not be reached; nothing
	// was signed for the payment.
	ErrPeerUnavailable = errors.New("counterparty unavailable")
	ErrStopped         = errors.New("peer stopped")
	ErrWrongPeer       = errors.New("counterparty is not who the channel names")
)

// PeerConfig configures a Peer.
type PeerConfig struct {
	Key   *ecdsa.PrivateKey
	L1    *L1
	Store *Store
	// URL is this peer's channel_ endpoint, announced to counterparties so
	// they can pay back.
	URL string
	// TowerURL, if set, is a watchtower's tower_ endpoint. Every state this
	// peer countersigns is handed to it, and the countersignature leaves
	// only once the tower has acknowledged (synced to disk) the state; if
	// it does not, the proposal is refused. Without a tower, nobody
	// answers a stale close of this peer's channels while it is offline.
	TowerURL string
	// TowerTimeout is how long to wait for the tower's acknowledgement
	// (0: five seconds).
	TowerTimeout time.Duration
	Logger       *slog.Logger
	// MaxBatch bounds how many payments go out in one exchange.
	MaxBatch int
	// WatchInterval is how often L1 is polled for closes (0: one second).
	WatchInterval time.Duration
	// Limits bound what callers that are not a counterparty of one of our
	// channels may cost this peer (zero fields: DefaultLimits).
	Limits Limits
}

// Check refuses a configuration that cannot work, naming the field.
func (c *PeerConfig) Check() error {
	switch {
	case c.Key == nil:
		return errors.New("peer config: Key is required")
	case c.L1 == nil:
		return errors.New("peer config: L1 is required")
	case c.Store == nil:
		return errors.New("peer config: Store is required")
	case c.URL == "":
		return errors.New("peer config: URL is required")
	}
	return nil
}

// Peer is one party's channel engine: it pays, countersigns, persists,
// closes and watches L1 for its channels. It is a service in the
// go-ethereum sense: NewPeer does no work, Start starts it, Stop stops it.
type Peer struct {
	cfg    PeerConfig
	addr   common.Address
	domain Domain
	log    *slog.Logger

	mu       sync.Mutex
	channels map[common.Hash]*chanRT
	// counterparties are the other parties of our channels: the callers
	// the gate lets past the stranger limits.
	counterparties map[common.Address]bool
	clients        map[string]*rpc.Client // by clientKey

	gate *gate
	// sigChecks counts the payer signatures checked on proposals.
	sigChecks atomic.Int64

	tower   *towerClient
	watcher *watcher
	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
}

// chanRT is a channel's runtime state; mu guards every field below it.
type chanRT struct {
	mu      sync.Mutex
	info    *Info
	latest  SignedState // the latest state both signed
	highest uint64      // the highest nonce this party signed
	// shareable is the nonce up to which latest may be given to the
	// counterparty (channel_latest, a refusal): it already holds it (it
	// countersigned it, or sent it to us) or our tower acknowledged it. A
	// state we countersigned is in latest only once the tower has it;
	// after a restart, what the tower holds is unknown until it answers.
	shareable uint64
	onL1      Deposits // deposits last read from L1
	inflight  int      // batches of ours awaiting an answer
	broken    bool     // a batch in flight was refused or lost: build on latest once all are answered
	tip       *State   // our last proposal while batches are in flight (nil: latest)
	prevDone  chan struct{}
	retryAt   time.Time
	// advanced is closed (and replaced) whenever latest moves or a batch
	// is refused, for a payee waiting for the batch a pipelined batch
	// builds on.
	advanced chan struct{}
	// deadBases are last nonces of batches we refused: a batch built on one
	// can never apply.
	deadBases map[uint64]bool
	needSync  bool   // an answer was lost: ask the peer for its latest
	peerHigh  uint64 // highest nonce the peer said it signed
	queue     []*payReq
	wake      chan struct{}
	// yieldUntil: we refused a proposal of the counterparty because ours
	// were in flight; hold our next batch until then so it gets a turn.
	yieldUntil time.Time
}

func newChanRT(info *Info) *chanRT {
	rt := &chanRT{info: info, wake: make(chan struct{}, 1), advanced: make(chan struct{}), deadBases: map[uint64]bool{}}
	rt.latest.ChannelID = info.ID
	return rt
}

// setLatest moves the latest state both signed; rt.mu is held.
func (rt *chanRT) setLatest(ss SignedState) {
	rt.latest = ss
	rt.signal()
}

// signal wakes the payee calls waiting for the latest state to move (or
// for the batch they build on to be refused); rt.mu is held.
func (rt *chanRT) signal() {
	close(rt.advanced)
	rt.advanced = make(chan struct{})
}

type payReq struct {
	amount uint256.Int
	done   chan error
	// refusals counts the retryable refusals of this payment since the
	// latest state last moved (at nonce seen); see maxStalledRefusals.
	refusals int
	seen     uint64
}

// maxStalledRefusals bounds how often one payment is retried after
// refusals that the protocol calls retryable (a colliding proposal, a base
// the payee does not hold) while the channel does not move. Two honest
// parties paying each other at once refuse each other a few times, but
// each refusal comes with the other's batch going through. A payee that
// refuses every time, lying or confused, gets an error back to the payer
// instead of a retry loop that only a context deadline would end.
const maxStalledRefusals = 64

// NewPeer creates a peer; it does nothing until Start.
func NewPeer(cfg PeerConfig) (*Peer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.MaxBatch <= 0 {
		cfg.MaxBatch = 256
	}
	if cfg.WatchInterval <= 0 {
		cfg.WatchInterval = time.Second
	}
	if cfg.TowerTimeout <= 0 {
		cfg.TowerTimeout = defaultTowerTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	p := &Peer{
		cfg:            cfg,
		addr:           crypto.PubkeyToAddress(cfg.Key.PublicKey),
		domain:         cfg.L1.Domain(),
		log:            cfg.Logger,
		channels:       map[common.Hash]*chanRT{},
		counterparties: map[common.Address]bool{},
		clients:        map[string]*rpc.Client{},
	}
	p.gate = newGate(p.addr, p.domain, cfg.Limits, p.isCounterparty)
	return p, nil
}

// Address is this peer's Ethereum address, its identity.
func (p *Peer) Address() common.Address { return p.addr }

// Domain is the Channels deployment this peer uses.
func (p *Peer) Domain() Domain { return p.domain }

// Start loads every channel from the store, resynchronises those with
// answers in doubt, and starts the payment senders, the tower feed and the
// L1 watcher.
func (p *Peer) Start() error {
	p.ctx, p.cancel = context.WithCancel(context.Background())
	infos, err := p.cfg.Store.Channels()
	if err != nil {
		return err
	}
	for _, info := range infos {
		rt, err := p.load(info)
		if err != nil {
			return err
		}
		p.mu.Lock()
		p.track(rt)
		p.mu.Unlock()
	}
	if p.cfg.TowerURL != "" {
		p.tower = newTowerClient(p.cfg.TowerURL, p.cfg.TowerTimeout, p.log)
		p.wg.Add(1)
		go func() { defer p.wg.Done(); p.tower.run(p.ctx) }()
	} else {
		p.log.Warn("no watchtower: while this peer is offline, nobody answers a stale close of its channels")
	}
	for _, rt := range p.channels {
		p.startSender(rt)
		if p.tower != nil && rt.latest.Complete() {
			// We may have crashed between countersigning and the tower's
			// acknowledgement: hand the latest state over again before
			// anything gives it out (makeShareable waits for the tower).
			p.wg.Add(1)
			go func(rt *chanRT) {
				defer p.wg.Done()
				rt.mu.Lock()
				defer rt.mu.Unlock()
				if err := p.makeShareable(p.ctx, rt); err != nil {
					p.log.Warn("handing the latest state to the watchtower after a restart", "channel", rt.info.ID, "err", err)
				}
			}(rt)
		}
		if rt.info.Status == StatusOpen {
			// We may have moved, or our announcement may have been lost:
			// tell the counterparty where we are (best effort). And if we
			// crashed with proposals unanswered, learn now whether the
			// counterparty countersigned them, rather than at our next
			// payment.
			p.wg.Add(1)
			go func(rt *chanRT) {
				defer p.wg.Done()
				ctx, cancel := context.WithTimeout(p.ctx, 10*time.Second)
				defer cancel()
				if err := p.announce(ctx, rt); err != nil {
					p.log.Debug("re-announcing", "channel", rt.info.ID, "err", err)
				}
				rt.mu.Lock()
				need := rt.needSync && rt.inflight == 0
				rt.mu.Unlock()
				if need {
					if err := p.syncLatest(ctx, rt); err != nil {
						p.log.Warn("resynchronising after a restart", "channel", rt.info.ID, "err", err)
					}
				}
			}(rt)
		}
	}
	p.watcher = &watcher{l1: p.cfg.L1, store: p.cfg.Store, log: p.log, interval: p.cfg.WatchInterval, best: p.bestState, onEvent: p.onCloseEvent,
		// Our own force-close used the state we chose; the counterparty
		// answers it if it is stale, not us.
		skip: func(ev CloseEvent) bool { return ev.By == p.addr }}
	p.wg.Add(1)
	go func() { defer p.wg.Done(); p.watcher.run(p.ctx) }()
	p.log.Info("channel peer started", "address", p.addr, "channels", len(p.channels), "url", p.cfg.URL)
	return nil
}

// Stop stops every goroutine; payments still queued fail with ErrStopped.
func (p *Peer) Stop() error {
	if p.cancel == nil {
		return nil
	}
	p.cancel()
	p.wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.clients {
		c.Close()
	}
	p.clients = map[string]*rpc.Client{}
	if p.tower != nil {
		p.tower.close()
	}
	return nil
}

func (p *Peer) load(info *Info) (*chanRT, error) {
	meta, err := p.cfg.Store.Meta(info.ID)
	if err != nil {
		return nil, err
	}
	rt := newChanRT(info)
	rt.highest = meta.Highest
	if meta.Latest > 0 {
		ss, err := p.cfg.Store.State(info.ID, meta.Latest)
		if err != nil {
			return nil, err
		}
		rt.latest = *ss
	}
	if p.cfg.TowerURL == "" {
		rt.shareable = rt.latest.Nonce
	}
	rt.onL1 = Deposits{A: rt.latest.DepositA, B: rt.latest.DepositB}
	// Proposals of ours newer than the latest complete state may have been
	// countersigned before we crashed: ask before proposing again.
	rt.needSync = meta.Highest > meta.Latest
	return rt, nil
}

// track adds a channel; p.mu is held.
func (p *Peer) track(rt *chanRT) {
	p.channels[rt.info.ID] = rt
	p.counterparties[rt.info.Party(rt.info.Me.Other())] = true
}

// isCounterparty reports whether addr is the other party of one of our
// channels.
func (p *Peer) isCounterparty(addr common.Address) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.counterparties[addr]
}

// isPayer reports whether caller is the other party of our channel id,
// the one that proposes to us on it.
func (p *Peer) isPayer(caller common.Address, id common.Hash) bool {
	rt, err := p.channel(id)
	if err != nil {
		return false
	}
	rt.mu.Lock()
	defer rt.mu.Unlock()
	return caller != (common.Address{}) && caller == rt.info.Party(rt.info.Me.Other())
}

func (p *Peer) channel(id common.Hash) (*chanRT, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	rt, ok := p.channels[id]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownChannel, id)
	}
	return rt, nil
}

// client returns a connection to the counterparty at url. With peer set,
// every connection opens with our Auth signature addressed to peer (Dial),
// so that peer knows it is us; hello, to an address not yet known, goes
// without.
func (p *Peer) client(ctx context.Context, url string, peer common.Address) (*rpc.Client, string, error) {
	key := url
	if peer != (common.Address{}) {
		key = url + "#" + peer.Hex()
	}
	p.mu.Lock()
	c, ok := p.clients[key]
	p.mu.Unlock()
	if ok {
		return c, key, nil
	}
	var err error
	if peer == (common.Address{}) {
		c, err = rpc.DialContext(ctx, url)
	} else {
		c, err = Dial(ctx, url, p.cfg.Key, p.domain, peer)
	}
	if err != nil {
		return nil, key, fmt.Errorf("dialing counterparty %s: %w", url, err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if old, ok := p.clients[key]; ok {
		c.Close()
		return old, key, nil
	}
	p.clients[key] = c
	return c, key, nil
}

// dropClient forgets a connection that failed, so the next call redials.
func (p *Peer) dropClient(key string, c *rpc.Client) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.clients[key] == c {
		delete(p.clients, key)
		c.Close()
	}
}

// callIdempotent calls a method that may safely run twice on the
// counterparty peer at url (zero: not yet known), redialling once if the
// connection turns out to be dead (a restarted counterparty).
// channel_propose never goes through here: resending a batch that was
// countersigned would pay twice.
func (p *Peer) callIdempotent(ctx context.Context, url string, peer common.Address, result any, method string, args ...any) error {
	var err error
	for attempt := 0; attempt < 2; attempt++ {
		var c *rpc.Client
		var key string
		if c, key, err = p.client(ctx, url, peer); err != nil {
			return err
		}
		if err = c.CallContext(ctx, result, method, args...); err == nil {
			return nil
		}
		var rpcErr rpc.Error
		if errors.As(err, &rpcErr) || ctx.Err() != nil {
			return err // the counterparty answered: no point in redialling
		}
		p.dropClient(key, c)
	}
	return err
}

// ---------------------------------------------------------------- opening

// Open opens a channel on L1 to the peer at url, funded with amount of
// token, and announces it to the peer.
func (p *Peer) Open(ctx context.Context, url string, token common.Address, amount *uint256.Int, period uint64) (*Info, error) {
	return p.OpenTo(ctx, url, common.Address{}, token, amount, period)
}

// OpenTo is Open that first checks that the peer at url is `expect` (unless
// expect is zero). The peer's hello is not signed: pinning the address is
// how an owner makes sure the funds go into a channel with the party they
// mean, not with whoever answers at url.
func (p *Peer) OpenTo(ctx context.Context, url string, expect, token common.Address, amount *uint256.Int, period uint64) (*Info, error) {
	var hello Hello
	if err := p.callIdempotent(ctx, url, common.Address{}, &hello, "channel_hello"); err != nil {
		return nil, fmt.Errorf("greeting %s: %w", url, err)
	}
	if hello.Domain != p.domain {
		return nil, fmt.Errorf("%w: %s uses chain %d contract %s, we use chain %d contract %s", ErrWrongPeer,
			url, hello.Domain.ChainID, hello.Domain.Contract, p.domain.ChainID, p.domain.Contract)
	}
	if expect != (common.Address{}) && hello.Address != expect {
		return nil, fmt.Errorf("%w: %s is %s, want %s", ErrWrongPeer, url, hello.Address, expect)
	}
	if hello.Address == p.addr {
		return nil, fmt.Errorf("%w: %s is ourselves", ErrWrongPeer, url)
	}
	id, err := p.cfg.L1.Open(ctx, hello.Address, token, amount.ToBig(), period)
	if err != nil {
		return nil, fmt.Errorf("opening channel to %s: %w", hello.Address, err)
	}
	info := &Info{ID: id, Domain: p.domain, PartyA: p.addr, PartyB: hello.Address, Me: SideA,
		Token: token, ChallengePeriod: period, PeerURL: url, Status: StatusOpen}
	if err := p.cfg.Store.PutChannel(info); err != nil {
		return nil, err
	}
	rt := newChanRT(info)
	rt.onL1 = Deposits{A: *amount}
	p.mu.Lock()
	p.track(rt)
	p.mu.Unlock()
	p.startSender(rt)
	if err := p.announce(ctx, rt); err != nil {
		return info, fmt.Errorf("channel %s is open on L1, but announcing it failed (the peer announces it again when it restarts): %w", id, err)
	}
	return info, nil
}

// announce tells the counterparty that this party is reachable at our URL.
func (p *Peer) announce(ctx context.Context, rt *chanRT) error {
	rt.mu.Lock()
	id, url, peer := rt.info.ID, rt.info.PeerURL, rt.info.Party(rt.info.Me.Other())
	rt.mu.Unlock()
	sig, err := signDigest(p.cfg.Key, AnnounceDigest(p.domain, id, p.cfg.URL))
	if err != nil {
		return err
	}
	if err := p.callIdempotent(ctx, url, peer, nil, "channel_announce", id, p.cfg.URL, hexutil.Bytes(sig)); err != nil {
		return fmt.Errorf("announcing %s to %s: %w", id, url, err)
	}
	return nil
}

// handleAnnounce registers (or re-addresses) a channel the counterparty
// opened, after checking it on L1 and checking the announcement's signature
// against the party L1 names.
func (p *Peer) handleAnnounce(ctx context.Context, id common.Hash, url string, sig []byte) error {
	ch, err := p.cfg.L1.Channel(ctx, id)
	if err != nil {
		return err
	}
	if ch.Status != l1StatusOpen {
		return fmt.Errorf("%w: %s has L1 status %d", ErrNotOpen, id, ch.Status)
	}
	var me Side
	switch p.addr {
	case ch.PartyA:
		me = SideA
	case ch.PartyB:
		me = SideB
	default:
		return fmt.Errorf("%w: %s is between %s and %s", ErrWrongPeer, id, ch.PartyA, ch.PartyB)
	}
	other := ch.PartyA
	if me == SideA {
		other = ch.PartyB
	}
	if err := verifyDigest(AnnounceDigest(p.domain, id, url), sig, other); err != nil {
		return fmt.Errorf("announcement of %s: %w", id, err)
	}
	if rt, err := p.channel(id); err == nil {
		rt.mu.Lock()
		rt.info.PeerURL = url
		err := p.cfg.Store.PutChannel(rt.info)
		rt.mu.Unlock()
		return err
	}
	info := &Info{ID: id, Domain: p.domain, PartyA: ch.PartyA, PartyB: ch.PartyB, Me: me,
		Token: ch.Token, ChallengePeriod: ch.ChallengePeriod, PeerURL: url, Status: StatusOpen}
	if err := p.cfg.Store.PutChannel(info); err != nil {
		return err
	}
	meta, err := p.cfg.Store.Meta(id)
	if err != nil {
		return err
	}
	rt := newChanRT(info)
	rt.highest = meta.Highest
	rt.onL1 = Deposits{A: *uint256.MustFromBig(ch.DepositA), B: *uint256.MustFromBig(ch.DepositB)}
	p.mu.Lock()
	if _, dup := p.channels[id]; dup {
		p.mu.Unlock()
		return nil
	}
	p.track(rt)
	p.mu.Unlock()
	p.startSender(rt)
	p.log.Info("channel announced by counterparty", "channel", id, "counterparty", other, "url", url)
	return nil
}

// ---------------------------------------------------------------- paying

// Pay pays amount to the counterparty of channel id and returns once the
// counterparty has countersigned (and both have persisted) the new state.
func (p *Peer) Pay(ctx context.Context, id common.Hash, amount *uint256.Int) error {
	if amount == nil || amount.IsZero() {
		return ErrZeroAmount
	}
	rt, err := p.channel(id)
	if err != nil {
		return err
	}
	req := &payReq{amount: *amount, done: make(chan error, 1)}
	rt.mu.Lock()
	if rt.info.Status != StatusOpen {
		rt.mu.Unlock()
		return fmt.Errorf("%w: %s is %s", ErrNotOpen, id, rt.info.Status)
	}
	rt.queue = append(rt.queue, req)
	rt.mu.Unlock()
	select {
	case rt.wake <- struct{}{}:
	default:
	}
	select {
	case err := <-req.done:
		return err
	case <-ctx.Done():
		// The payment may still go out; the caller gave up waiting.
		return fmt.Errorf("%w: %w", ErrInDoubt, ctx.Err())
	}
}

func (p *Peer) startSender(rt *chanRT) {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		p.sender(rt)
	}()
}

// maxInflight is how many batches a payer keeps in flight: two, so that it
// signs the next batch while the payee countersigns the last.
const maxInflight = 2

// sender is the one goroutine per channel that proposes this party's
// payments: it drains the queue into batches of consecutive states.
func (p *Peer) sender(rt *chanRT) {
	for {
		select {
		case <-p.ctx.Done():
			p.failQueue(rt, ErrStopped)
			return
		case <-rt.wake:
		}
		for p.ctx.Err() == nil {
			again, wait := p.dispatch(rt)
			if wait > 0 {
				select {
				case <-p.ctx.Done():
				case <-time.After(wait):
				}
				continue
			}
			if !again {
				break
			}
		}
	}
}

func (rt *chanRT) poke() {
	select {
	case rt.wake <- struct{}{}:
	default:
	}
}

// dispatch builds, signs, persists and sends one batch if it can. It
// reports whether to try again at once, or how long to wait first.
func (p *Peer) dispatch(rt *chanRT) (again bool, wait time.Duration) {
	rt.mu.Lock()
	if len(rt.queue) == 0 || rt.inflight >= maxInflight || (rt.broken && rt.inflight > 0) {
		rt.mu.Unlock()
		return false, 0 // a completion or a new payment pokes us
	}
	if w := time.Until(rt.yieldUntil); w > 0 {
		rt.mu.Unlock()
		return false, w
	}
	if w := time.Until(rt.retryAt); w > 0 {
		rt.mu.Unlock()
		return false, w
	}
	if rt.inflight == 0 {
		rt.broken, rt.tip = false, nil
	}
	if rt.needSync {
		rt.mu.Unlock()
		ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
		defer cancel()
		if err := p.syncLatest(ctx, rt); err != nil {
			p.failQueue(rt, fmt.Errorf("%w: resynchronising: %w", ErrPeerUnavailable, err))
			return false, 0
		}
		return true, 0
	}
	if rt.info.Status != StatusOpen {
		q := rt.queue
		rt.queue = nil
		st := rt.info.Status
		rt.mu.Unlock()
		p.failReqs(q, fmt.Errorf("%w: %s", ErrNotOpen, st))
		return false, 0
	}
	n := min(len(rt.queue), p.cfg.MaxBatch)
	reqs := append([]*payReq(nil), rt.queue[:n]...)
	rt.queue = rt.queue[n:]
	me := rt.info.Me
	base := rt.latest.State
	if rt.tip != nil {
		base = *rt.tip
	}
	nonce := max(rt.highest, rt.latest.Nonce, rt.peerHigh)
	// Acknowledge our own deposits as L1 shows them; the counterparty
	// acknowledges its own.
	deps := Deposits{A: base.DepositA, B: base.DepositB}
	if d := rt.onL1; me == SideA && d.A.Gt(&deps.A) {
		deps.A = d.A
	} else if me == SideB && d.B.Gt(&deps.B) {
		deps.B = d.B
	}
	props := make([]SignedState, 0, n)
	sent := make([]*payReq, 0, n)
	var failed []*payReq
	var failErrs []error
	prev := base
	for _, r := range reqs {
		n, err := NextNonce(nonce)
		if err != nil {
			failed, failErrs = append(failed, r), append(failErrs, fmt.Errorf("channel %s: %w", rt.info.ID, err))
			continue
		}
		next, err := Pay(&prev, n, me, &r.amount, deps)
		if err != nil {
			failed, failErrs = append(failed, r), append(failErrs, err)
			continue
		}
		nonce = n
		props = append(props, SignedState{State: next})
		sent = append(sent, r)
		prev = next
	}
	if len(props) == 0 {
		rt.mu.Unlock()
		for i, r := range failed {
			r.done <- failErrs[i]
		}
		return true, 0
	}
	// Reserve the nonces and make this batch the base of the next one.
	rt.highest = nonce
	tip := props[len(props)-1].State
	rt.tip = &tip
	rt.inflight++
	prevDone := rt.prevDone
	done := make(chan struct{})
	rt.prevDone = done
	url, id, peer := rt.info.PeerURL, rt.info.ID, rt.info.Party(me.Other())
	rt.mu.Unlock()
	for i, r := range failed {
		r.done <- failErrs[i]
	}

	b := &batch{rt: rt, base: base.Nonce, props: props, sent: sent, prevDone: prevDone, done: done}
	err := parallel(len(props), func(i int) error {
		sig, err := props[i].Sign(p.cfg.Key, p.domain, StateTypeHash)
		if me == SideA {
			props[i].SigA = sig
		} else {
			props[i].SigB = sig
		}
		return err
	})
	if err == nil {
		// On disk before anyone sees our signatures.
		rt.mu.Lock()
		err = p.cfg.Store.SaveStates(id, props, Meta{Latest: rt.latest.Nonce, Highest: rt.highest}, true)
		rt.mu.Unlock()
	}
	if err != nil {
		p.wg.Add(1)
		go func() { defer p.wg.Done(); p.finish(b, nil, fmt.Errorf("%w: %w", errLocal, err)) }()
		return true, 0
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
		defer cancel()
		var res ProposeResult
		c, key, err := p.client(ctx, url, peer)
		if err == nil {
			err = c.CallContext(ctx, &res, "channel_propose", id, b.base, props)
			var rpcErr rpc.Error
			if err != nil && !errors.As(err, &rpcErr) {
				p.dropClient(key, c) // transport failure: redial next time
			}
		}
		p.finish(b, &res, err)
	}()
	return true, 0
}

// errLocal marks a batch that failed before it was sent.
var errLocal = errors.New("local failure")

// batch is one exchange in flight.
type batch struct {
	rt       *chanRT
	base     uint64
	props    []SignedState
	sent     []*payReq
	prevDone chan struct{}
	done     chan struct{}
}

// finish applies a batch's answer, strictly after the batch before it.
func (p *Peer) finish(b *batch, res *ProposeResult, callErr error) {
	if b.prevDone != nil {
		<-b.prevDone
	}
	rt := b.rt
	defer close(b.done)
	defer rt.poke()
	rt.mu.Lock()
	defer rt.mu.Unlock()
	rt.inflight--
	props, sent := b.props, b.sent
	if callErr != nil {
		rt.broken = true
		if errors.Is(callErr, errLocal) {
			p.failReqs(sent, callErr)
			return
		}
		rt.needSync = true
		p.failReqs(sent, fmt.Errorf("%w: %w", ErrInDoubt, callErr))
		return
	}
	me := rt.info.Me
	// Only the last countersigned state matters to a payer: each
	// proposal pays more than the one before, so every earlier state is
	// both superseded and worse for us. Checking the last signature is
	// enough; the earlier ones stay on disk with our signature only. If the
	// last one is bad, find the valid prefix one by one.
	other := rt.info.Party(me.Other())
	counter := func(i int) {
		if me == SideA {
			props[i].SigB = res.Sigs[i]
		} else {
			props[i].SigA = res.Sigs[i]
		}
	}
	k := 0
	var verifyErr error
	switch n := len(res.Sigs); {
	case n > len(props):
		verifyErr = fmt.Errorf("%d signatures for %d proposals", n, len(props))
	case n > 0:
		if err := props[n-1].Verify(p.domain, StateTypeHash, res.Sigs[n-1], other); err == nil {
			k = n
			counter(n - 1)
			break
		}
		for k < n {
			if err := props[k].Verify(p.domain, StateTypeHash, res.Sigs[k], other); err != nil {
				verifyErr = err
				break
			}
			k++
		}
		if k > 0 {
			counter(k - 1)
		}
	}
	if k > 0 && props[k-1].Nonce > rt.latest.Nonce {
		// Not synced: the payee has it on disk, and losing it loses us
		// nothing (it is worse for us than the state before).
		if err := p.cfg.Store.SaveStates(rt.info.ID, props[k-1:k], Meta{Latest: props[k-1].Nonce, Highest: rt.highest}, false); err != nil {
			rt.broken, rt.needSync = true, true
			p.failReqs(sent, fmt.Errorf("%w: %w", ErrInDoubt, err))
			return
		}
		rt.setLatest(props[k-1])
		// The counterparty countersigned it, so it holds it; the tower
		// gets it off the payment path: a state we proposed is worse for
		// us than the one before, so the tower's older one protects us.
		rt.shareable = rt.latest.Nonce
		if p.tower != nil {
			p.tower.push(&rt.latest)
		}
	}
	for _, r := range sent[:k] {
		r.done <- nil
	}
	rest := sent[k:]
	if len(rest) == 0 {
		return
	}
	rt.broken = true
	if verifyErr != nil {
		rt.needSync = true
		p.failReqs(rest, fmt.Errorf("%w: countersignature: %w", ErrInDoubt, verifyErr))
		return
	}
	rej := res.Rejected
	if rej == nil {
		rej = &Rejection{Code: CodeInternal, Message: "no signature and no reason"}
	}
	if rej.Highest > rt.peerHigh {
		rt.peerHigh = rej.Highest
	}
	switch rej.Code {
	case CodeNonce, CodeStale:
		if rej.Code == CodeStale && b.base == rt.latest.Nonce {
			rt.needSync = true // not a batch of ours that died: we are behind
		}
		// Retry the rest first, with fresh nonces (NextNonce goes above
		// every nonce we signed, so a retry never repeats one). The other
		// side yields for yieldTurn after refusing us, so a retry well
		// inside that window finds it idle; jitter breaks ties when both
		// refused.
		retry := make([]*payReq, 0, len(rest)+len(rt.queue))
		for _, r := range rest {
			if rt.latest.Nonce > r.seen {
				r.seen, r.refusals = rt.latest.Nonce, 0
			}
			r.refusals++
			if r.refusals >= maxStalledRefusals {
				r.done <- fmt.Errorf("%w %d times while the channel stayed at nonce %d: %s: %s", ErrRejected, r.refusals, rt.latest.Nonce, rej.Code, rej.Message)
				continue
			}
			retry = append(retry, r)
		}
		rt.queue = append(retry, rt.queue...)
		rt.retryAt = time.Now().Add(time.Duration(200+rand.IntN(800)) * time.Microsecond)
	default:
		p.failReqs(rest, fmt.Errorf("%w: %s: %s", ErrRejected, rej.Code, rej.Message))
	}
}

// yieldTurn is how long a party holds its next batch after refusing a
// colliding proposal, so that two parties paying each other at full speed
// take turns instead of one starving the other.
const yieldTurn = 3 * time.Millisecond

// ProposeResult is a payee's answer to a batch of proposals: its
// signatures of an accepted prefix, and why it refused the rest.
type ProposeResult struct {
	Sigs     []hexutil.Bytes `json:"sigs"`
	Rejected *Rejection      `json:"rejected,omitempty"`
}

// Rejection says why a proposal was refused, with what the payer needs to
// recover: the payee's latest state and the highest nonce it has signed.
type Rejection struct {
	Code    string       `json:"code"`
	Message string       `json:"message"`
	Latest  *SignedState `json:"latest,omitempty"`
	Highest uint64       `json:"highest"`
}

// Rejection codes; retryable ones are conflicts of two proposers.
const (
	CodeNonce    = "nonce"    // ErrNonceNotFresh: retry with a higher nonce
	CodeStale    = "stale"    // ErrNotOnLatest: resynchronise, then retry
	CodeRefused  = "refused"  // a rule refused it; not retryable
	CodeNotOpen  = "not-open" // the channel is closing
	CodeBadSig   = "bad-signature"
	CodeTower    = "tower" // the payee's watchtower did not acknowledge: not retried
	CodeInternal = "internal"
)

func (p *Peer) failReqs(reqs []*payReq, err error) {
	for _, r := range reqs {
		r.done <- err
	}
}

func (p *Peer) failQueue(rt *chanRT, err error) {
	rt.mu.Lock()
	q := rt.queue
	rt.queue = nil
	rt.mu.Unlock()
	p.failReqs(q, err)
}

// syncLatest asks the counterparty for its latest state and adopts it if
// it is newer than ours and signed by both of us.
func (p *Peer) syncLatest(ctx context.Context, rt *chanRT) error {
	rt.mu.Lock()
	id, url, peer := rt.info.ID, rt.info.PeerURL, rt.info.Party(rt.info.Me.Other())
	rt.mu.Unlock()
	now := uint64(time.Now().Unix())
	sig, err := signDigest(p.cfg.Key, SyncDigest(p.domain, id, now))
	if err != nil {
		return err
	}
	var res SyncResult
	if err := p.callIdempotent(ctx, url, peer, &res, "channel_latest", id, now, hexutil.Bytes(sig)); err != nil {
		return fmt.Errorf("asking %s for the latest state of %s: %w", url, id, err)
	}
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if res.Highest > rt.peerHigh {
		rt.peerHigh = res.Highest
	}
	theirs := res.Latest
	if theirs != nil && theirs.Nonce > rt.latest.Nonce {
		if theirs.ChannelID != id {
			return fmt.Errorf("latest state from %s: %w", url, ErrWrongChannel)
		}
		if err := theirs.VerifyBoth(p.domain, rt.info.PartyA, rt.info.PartyB); err != nil {
			return fmt.Errorf("latest state from %s: %w", url, err)
		}
		if err := theirs.Check(); err != nil {
			return fmt.Errorf("latest state from %s: %w", url, err)
		}
		high := max(rt.highest, theirs.Nonce)
		if err := p.cfg.Store.SaveStates(id, []SignedState{*theirs}, Meta{Latest: theirs.Nonce, Highest: high}, true); err != nil {
			return err
		}
		p.log.Info("adopted the counterparty's newer state", "channel", id, "nonce", theirs.Nonce, "was", rt.latest.Nonce)
		rt.setLatest(*theirs)
		rt.highest = high
		rt.shareable = theirs.Nonce // it came from the counterparty
		if p.tower != nil {
			p.tower.push(&rt.latest)
		}
	}
	rt.needSync = false
	return nil
}

// Sync is Start's recovery step made public: it resynchronises channel id
// with its counterparty now.
func (p *Peer) Sync(ctx context.Context, id common.Hash) error {
	rt, err := p.channel(id)
	if err != nil {
		return err
	}
	return p.syncLatest(ctx, rt)
}

// maxProposals bounds one channel_propose call.
const maxProposals = 4096

// ErrTooManyProposals: a channel_propose call with more than maxProposals.
var ErrTooManyProposals = errors.New("too many proposals in one call")

// handlePropose is the payee's side: check every proposal in order against
// the rules, countersign the accepted prefix, persist it, then answer.
//
// The checks go from the cheapest up, so that no caller makes the payee
// check a signature it could refuse without one: the batch's size, then
// the caller (only the channel's counterparty, authenticated by its
// connection, is answered at all, and with nothing that depends on the
// channel's state before that), then the channel's status and the base
// nonce, and only then the signatures, stopping at the first bad one.
func (p *Peer) handlePropose(ctx context.Context, caller common.Address, id common.Hash, base uint64, props []SignedState) (*ProposeResult, error) {
	if len(props) > maxProposals {
		return nil, fmt.Errorf("%w: %d, at most %d", ErrTooManyProposals, len(props), maxProposals)
	}
	rt, err := p.channel(id)
	if err != nil {
		return nil, notCounterparty("channel_propose", caller, id)
	}
	rt.mu.Lock()
	me := rt.info.Me
	payer := rt.info.Party(me.Other())
	if caller != payer {
		rt.mu.Unlock()
		return nil, notCounterparty("channel_propose", caller, id)
	}
	if res := p.refuseEarly(rt, base, props); res != nil {
		rt.mu.Unlock()
		return res, nil
	}
	rt.mu.Unlock()
	// Signature checks need no lock and are the expensive part: a batch
	// pipelined behind another is checked while that one is applied.
	valid, sigErr := p.verifyPayer(props, me, payer)

	rt.mu.Lock()
	defer rt.mu.Unlock()
	// A pipelined batch may overtake the one it builds on: wait for that
	// one, unless it was refused (then this one can never apply).
	deadline := time.Now().Add(2 * time.Second)
	for base > rt.latest.Nonce && !rt.deadBases[base] && time.Now().Before(deadline) {
		ch := rt.advanced
		rt.mu.Unlock()
		select {
		case <-ch:
		case <-time.After(10 * time.Millisecond):
		case <-ctx.Done():
		}
		rt.mu.Lock()
	}
	res := &ProposeResult{}
	defer func() {
		if res.Rejected != nil {
			p.markDead(rt, props)
		}
	}()
	reject := func(code string, err error) { p.refuse(rt, res, code, err) }
	if rt.info.Status != StatusOpen {
		reject(CodeNotOpen, fmt.Errorf("%w: %s", ErrNotOpen, rt.info.Status))
		return res, nil
	}
	if base != rt.latest.Nonce {
		reject(CodeStale, fmt.Errorf("%w: built on %d, latest is %d", ErrNotOnLatest, base, rt.latest.Nonce))
		return res, nil
	}
	latest, highest := rt.latest, rt.highest
	accepted := make([]SignedState, 0, len(props))
	for i := range props {
		if i == valid {
			reject(CodeBadSig, sigErr)
			break
		}
		err := CheckProposal(&latest.State, highest, &props[i].State, me, rt.onL1)
		if errors.Is(err, ErrDepositNotOnL1) {
			// The payer acknowledged a deposit we have not seen yet.
			if d, derr := p.cfg.L1.Deposits(ctx, id); derr == nil {
				rt.onL1 = d
				err = CheckProposal(&latest.State, highest, &props[i].State, me, rt.onL1)
			}
		}
		if err != nil {
			code := CodeRefused
			if errors.Is(err, ErrNonceNotFresh) {
				code = CodeNonce
			}
			reject(code, err)
			break
		}
		accepted = append(accepted, props[i])
		latest, highest = props[i], props[i].Nonce
	}
	if len(accepted) == 0 {
		return res, nil
	}
	res.Sigs = make([]hexutil.Bytes, len(accepted))
	if err := parallel(len(accepted), func(i int) error {
		sig, err := accepted[i].Sign(p.cfg.Key, p.domain, StateTypeHash)
		if me == SideA {
			accepted[i].SigA = sig
		} else {
			accepted[i].SigB = sig
		}
		res.Sigs[i] = sig
		return err
	}); err != nil {
		return nil, err
	}
	// On disk before the countersignatures leave, to the tower or the
	// payer: this is the state we may need on L1, and the nonces we must
	// never sign again.
	last := accepted[len(accepted)-1]
	prev := rt.latest.Nonce
	if err := p.cfg.Store.SaveStates(id, accepted, Meta{Latest: last.Nonce, Highest: last.Nonce}, true); err != nil {
		return nil, err
	}
	rt.highest = last.Nonce
	if p.tower != nil {
		// The countersignatures leave only once the tower holds the last
		// state (or a newer one) on disk: then every state the payer can
		// close with is either older than the tower's, which it answers,
		// or newer, and then one of our own payments, worse for us. A
		// payer that closes with the state before this one while we are
		// down finds it answered.
		if err := p.tower.register(ctx, &last); err != nil {
			p.log.Warn("refusing to countersign: the watchtower did not acknowledge the state", "channel", id, "nonce", last.Nonce, "err", err)
			// Signed but never given out: not our latest state. A crash
			// before this write leaves it latest on disk, and then it
			// is given out only once the tower holds it (shareable).
			if err := p.cfg.Store.SaveStates(id, nil, Meta{Latest: prev, Highest: last.Nonce}, true); err != nil {
				return nil, err
			}
			res.Sigs = nil
			res.Rejected = &Rejection{Code: CodeTower, Message: err.Error(), Highest: rt.highest}
			return res, nil
		}
	}
	rt.setLatest(last)
	rt.shareable = last.Nonce
	if res.Rejected != nil {
		res.Rejected.Highest = rt.highest
	}
	return res, nil
}

// refuseEarly refuses, before any signature is checked, a batch that can
// never apply: the channel is not open, or the batch builds on a state
// older than our latest, on a batch we refused, or further ahead than any
// batch in flight can reach (a batch's first nonce is at most MaxNonceJump
// above every nonce we signed, and it holds at most maxProposals). It
// returns nil for a batch worth checking; rt.mu is held.
func (p *Peer) refuseEarly(rt *chanRT, base uint64, props []SignedState) *ProposeResult {
	res := &ProposeResult{}
	floor := max(rt.highest, rt.latest.Nonce)
	switch {
	case rt.info.Status != StatusOpen:
		p.refuse(rt, res, CodeNotOpen, fmt.Errorf("%w: %s", ErrNotOpen, rt.info.Status))
	case base < rt.latest.Nonce || rt.deadBases[base]:
		p.refuse(rt, res, CodeStale, fmt.Errorf("%w: built on %d, latest is %d", ErrNotOnLatest, base, rt.latest.Nonce))
	case base > floor && base-floor > MaxNonceJump+maxProposals:
		p.refuse(rt, res, CodeStale, fmt.Errorf("%w: built on %d, which no batch can reach from %d", ErrNotOnLatest, base, floor))
	default:
		return nil
	}
	p.markDead(rt, props)
	return res
}

// refuse fills in res's rejection with what the payer needs to recover;
// rt.mu is held. Only the counterparty gets here.
func (p *Peer) refuse(rt *chanRT, res *ProposeResult, code string, err error) {
	res.Rejected = &Rejection{Code: code, Message: err.Error(), Highest: rt.highest}
	if (code == CodeNonce || code == CodeStale) && rt.inflight > 0 {
		// A collision with our own batch: give the payer a turn.
		rt.yieldUntil = time.Now().Add(yieldTurn)
	}
	if code == CodeStale {
		res.Rejected.Latest = p.shareableLatest(rt)
	}
}

// markDead records that the batch ending with props' last nonce was
// refused, so that a batch built on it gives up at once; rt.mu is held.
func (p *Peer) markDead(rt *chanRT, props []SignedState) {
	if len(props) == 0 {
		return
	}
	if len(rt.deadBases) > 256 {
		clear(rt.deadBases)
	}
	rt.deadBases[props[len(props)-1].Nonce] = true
	rt.signal() // a batch waiting on this one can give up now
}

// verifyChunk is how many signatures are checked (in parallel) between two
// looks for a bad one.
const verifyChunk = 256

// verifyPayer checks the payer's signature of each proposal in order and
// returns how many lead the batch valid, with the error of the next one.
// It stops at the first bad signature (within a chunk): a batch with a
// forged first state costs one chunk, not the whole batch.
func (p *Peer) verifyPayer(props []SignedState, me Side, payer common.Address) (int, error) {
	for lo := 0; lo < len(props); lo += verifyChunk {
		chunk := props[lo:min(lo+verifyChunk, len(props))]
		errs := make([]error, len(chunk))
		_ = parallel(len(chunk), func(i int) error {
			sig := chunk[i].SigA
			if me == SideA {
				sig = chunk[i].SigB
			}
			errs[i] = chunk[i].Verify(p.domain, StateTypeHash, sig, payer)
			return nil
		})
		p.sigChecks.Add(int64(len(chunk)))
		for i, err := range errs {
			if err != nil {
				return lo + i, err
			}
		}
	}
	return len(props), nil
}

// SyncResult answers channel_latest.
type SyncResult struct {
	Latest  *SignedState `json:"latest,omitempty"`
	Highest uint64       `json:"highest"`
}

// handleLatest returns our latest state to the counterparty, who must sign
// the request (within a minute of our clock).
func (p *Peer) handleLatest(ctx context.Context, id common.Hash, at uint64, sig []byte) (*SyncResult, error) {
	rt, err := p.channel(id)
	if err != nil {
		return nil, err
	}
	now := uint64(time.Now().Unix())
	if at+60 < now || at > now+60 {
		return nil, fmt.Errorf("sync request time %d is more than a minute from ours (%d)", at, now)
	}
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if err := verifyDigest(SyncDigest(p.domain, id, at), sig, rt.info.Party(rt.info.Me.Other())); err != nil {
		return nil, fmt.Errorf("sync request for %s: %w", id, err)
	}
	// After a restart our latest state may be one whose countersignature
	// never left us: it goes out only once our tower holds it.
	if err := p.makeShareable(ctx, rt); err != nil {
		return nil, fmt.Errorf("latest state of %s: %w", id, err)
	}
	return &SyncResult{Highest: rt.highest, Latest: p.shareableLatest(rt)}, nil
}

// shareableLatest is our latest state both signed if it may be given to
// the counterparty (see chanRT.shareable), else nil; rt.mu is held.
func (p *Peer) shareableLatest(rt *chanRT) *SignedState {
	if !rt.latest.Complete() || (p.tower != nil && rt.shareable < rt.latest.Nonce) {
		return nil
	}
	l := rt.latest
	return &l
}

// makeShareable makes sure our tower holds the latest state before it is
// given to the counterparty; rt.mu is held (the tower's answer is awaited
// under it, as a disk write is).
func (p *Peer) makeShareable(ctx context.Context, rt *chanRT) error {
	if p.tower == nil || !rt.latest.Complete() || rt.shareable >= rt.latest.Nonce {
		return nil
	}
	l := rt.latest
	if err := p.tower.register(ctx, &l); err != nil {
		return err
	}
	rt.shareable = max(rt.shareable, l.Nonce)
	return nil
}

// parallel runs f(0..n-1) on up to GOMAXPROCS goroutines and returns the
// first error. Small n runs inline: goroutines cost more than one signature.
func parallel(n int, f func(i int) error) error {
	workers := min(runtime.GOMAXPROCS(0), n/8)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			if err := f(i); err != nil {
				return err
			}
		}
		return nil
	}
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				if err := f(i); err != nil && errs[w] == nil {
					errs[w] = err
				}
			}
		}(w)
	}
	wg.Wait()
	return errors.Join(errs...)
}

func isInDoubt(err error) bool { return errors.Is(err, ErrInDoubt) }
