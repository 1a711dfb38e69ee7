package channel

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// TowerConfig configures a Tower.
type TowerConfig struct {
	// L1 sends the challenges; its key pays their gas.
	L1       *L1
	Store    *Store
	Logger   *slog.Logger
	Interval time.Duration // L1 polling interval (0: one second)
}

// Tower is a watchtower: it keeps the newest state signed by both parties
// of every channel handed to it and answers a stale unilateral close with
// it within the challenge period, whoever is online. It trusts nothing it
// is given: a state is kept only if L1 names its signers as the channel's
// parties. It never needs a party's key.
//
// Its acknowledgement of a state (the answer to tower_register) means the
// state, or a newer one, is synced to its store: a tower restarted after a
// crash still answers with it. Registrations of different channels run
// concurrently, so that their fsyncs share Pebble's commits.
type Tower struct {
	cfg     TowerConfig
	log     *slog.Logger
	mu      sync.Mutex // guards the maps
	best    map[common.Hash]*SignedState
	parties map[common.Hash][2]common.Address
	// locks order the registrations of one channel: check, write, publish.
	locks   map[common.Hash]*sync.Mutex
	watcher *watcher
	cancel  context.CancelFunc
	wg      sync.WaitGroup
}

// NewTower creates a tower; it does nothing until Start.
func NewTower(cfg TowerConfig) (*Tower, error) {
	if cfg.L1 == nil || cfg.Store == nil {
		return nil, errors.New("tower config: L1 and Store are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Interval <= 0 {
		cfg.Interval = time.Second
	}
	return &Tower{cfg: cfg, log: cfg.Logger, best: map[common.Hash]*SignedState{}, parties: map[common.Hash][2]common.Address{},
		locks: map[common.Hash]*sync.Mutex{}}, nil
}

// Start loads the registered states and starts watching L1.
func (t *Tower) Start() error {
	infos, err := t.cfg.Store.Channels()
	if err != nil {
		return err
	}
	for _, info := range infos {
		meta, err := t.cfg.Store.Meta(info.ID)
		if err != nil {
			return err
		}
		t.parties[info.ID] = [2]common.Address{info.PartyA, info.PartyB}
		if meta.Latest > 0 {
			ss, err := t.cfg.Store.State(info.ID, meta.Latest)
			if err != nil {
				return err
			}
			t.best[info.ID] = ss
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.cancel = cancel
	t.watcher = &watcher{l1: t.cfg.L1, store: t.cfg.Store, log: t.log, interval: t.cfg.Interval, best: t.Best}
	t.wg.Add(1)
	go func() { defer t.wg.Done(); t.watcher.run(ctx) }()
	t.log.Info("watchtower started", "channels", len(t.best), "address", t.cfg.L1.Address())
	return nil
}

// Stop stops watching.
func (t *Tower) Stop() error {
	if t.cancel != nil {
		t.cancel()
		t.wg.Wait()
	}
	return nil
}

// Best returns the newest state held for a channel, or nil.
func (t *Tower) Best(id common.Hash) *SignedState {
	t.mu.Lock()
	defer t.mu.Unlock()
	if b, ok := t.best[id]; ok {
		c := *b
		return &c
	}
	return nil
}

// Challenged is how many stale closes the tower has answered.
func (t *Tower) Challenged() int64 { return t.watcher.challenged.Load() }

// Register hands the tower a state signed by both parties. It is kept if
// it is newer than what the tower holds, and synced to disk before
// Register returns. The answer is the nonce the tower now holds, on disk:
// a peer that registers the state it countersigned may let its
// countersignature go once the answer is at least that state's nonce.
func (t *Tower) Register(ctx context.Context, ss *SignedState) (uint64, error) {
	t.mu.Lock()
	lock, ok := t.locks[ss.ChannelID]
	if !ok {
		lock = new(sync.Mutex)
		t.locks[ss.ChannelID] = lock
	}
	t.mu.Unlock()
	lock.Lock()
	defer lock.Unlock()

	t.mu.Lock()
	parties, known := t.parties[ss.ChannelID]
	cur := t.best[ss.ChannelID]
	t.mu.Unlock()
	if cur != nil && cur.Nonce >= ss.Nonce {
		return cur.Nonce, nil
	}
	if !known {
		ch, err := t.cfg.L1.Channel(ctx, ss.ChannelID)
		if err != nil {
			return 0, err
		}
		if ch.Status == l1StatusNone {
			return 0, fmt.Errorf("%w: %s is not a channel on L1", ErrUnknownChannel, ss.ChannelID)
		}
		parties = [2]common.Address{ch.PartyA, ch.PartyB}
		info := &Info{ID: ss.ChannelID, Domain: t.cfg.L1.Domain(), PartyA: ch.PartyA, PartyB: ch.PartyB,
			Token: ch.Token, ChallengePeriod: ch.ChallengePeriod, Status: StatusOpen}
		if err := t.cfg.Store.PutChannel(info); err != nil {
			return 0, err
		}
		t.mu.Lock()
		t.parties[ss.ChannelID] = parties
		t.mu.Unlock()
	}
	if err := ss.Check(); err != nil {
		return 0, err
	}
	if err := ss.VerifyBoth(t.cfg.L1.Domain(), parties[0], parties[1]); err != nil {
		return 0, err
	}
	var old uint64
	if cur != nil {
		old = cur.Nonce
	}
	if err := t.cfg.Store.ReplaceState(ss, old); err != nil {
		return 0, err
	}
	c := *ss
	t.mu.Lock()
	t.best[ss.ChannelID] = &c
	t.mu.Unlock()
	return ss.Nonce, nil
}

// TowerAPI is the tower_ JSON-RPC namespace.
type TowerAPI struct{ t *Tower }

// Register is tower_register.
func (a *TowerAPI) Register(ctx context.Context, ss SignedState) (uint64, error) {
	return a.t.Register(ctx, &ss)
}

// Best is tower_best: the nonce and balances the tower holds for a channel.
func (a *TowerAPI) Best(id common.Hash) (*SignedState, error) {
	b := a.t.Best(id)
	if b == nil {
		return nil, fmt.Errorf("%w: %s", ErrUnknownChannel, id)
	}
	return b, nil
}

// APIs returns the tower's RPC services, for any rpc.Server to mount.
func (t *Tower) APIs() []rpc.API {
	return []rpc.API{{Namespace: "tower", Service: &TowerAPI{t}}}
}

// ErrTowerUnavailable: the peer's watchtower did not acknowledge that it
// holds a state, so the countersignature that would need it stays with
// the peer.
var ErrTowerUnavailable = errors.New("watchtower did not acknowledge the state")

// defaultTowerTimeout is how long a payee waits for its tower's
// acknowledgement before it refuses to countersign.
const defaultTowerTimeout = 5 * time.Second

// towerClient is a peer's link to its watchtower. register is the
// synchronous path that guards every countersignature: it returns once the
// tower has the state on disk. push is the coalesced, best-effort path for
// states whose signatures are already with the counterparty (our own
// payments, a state adopted from the counterparty), sent at most every
// pushInterval and on shutdown.
type towerClient struct {
	url     string
	log     *slog.Logger
	timeout time.Duration

	connMu sync.Mutex
	client *rpc.Client

	mu      sync.Mutex
	pending map[common.Hash]SignedState
}

const pushInterval = 100 * time.Millisecond

func newTowerClient(url string, timeout time.Duration, log *slog.Logger) *towerClient {
	return &towerClient{url: url, timeout: timeout, log: log, pending: map[common.Hash]SignedState{}}
}

func (tc *towerClient) conn(ctx context.Context) (*rpc.Client, error) {
	tc.connMu.Lock()
	defer tc.connMu.Unlock()
	if tc.client != nil {
		return tc.client, nil
	}
	c, err := rpc.DialContext(ctx, tc.url)
	if err != nil {
		return nil, err
	}
	tc.client = c
	return c, nil
}

// drop forgets a connection that failed, so the next call redials.
func (tc *towerClient) drop(c *rpc.Client) {
	tc.connMu.Lock()
	defer tc.connMu.Unlock()
	if tc.client == c {
		tc.client = nil
		c.Close()
	}
}

// register hands ss to the tower and returns nil once the tower answers
// that it holds ss, or a newer state, on disk. A dead connection (a
// restarted tower) is redialled once; anything else, or no answer within
// the timeout, is ErrTowerUnavailable.
func (tc *towerClient) register(ctx context.Context, ss *SignedState) error {
	ctx, cancel := context.WithTimeout(ctx, tc.timeout)
	defer cancel()
	var err error
	for attempt := 0; attempt < 2; attempt++ {
		var c *rpc.Client
		if c, err = tc.conn(ctx); err != nil {
			break
		}
		var held uint64
		if err = c.CallContext(ctx, &held, "tower_register", ss); err == nil {
			if held < ss.Nonce {
				return fmt.Errorf("%w: %s holds nonce %d of %s, not %d", ErrTowerUnavailable, tc.url, held, ss.ChannelID, ss.Nonce)
			}
			return nil
		}
		var rpcErr rpc.Error
		if errors.As(err, &rpcErr) || ctx.Err() != nil {
			break // the tower answered, or the time is up
		}
		tc.drop(c)
	}
	return fmt.Errorf("%w: %s, state %d of %s: %w", ErrTowerUnavailable, tc.url, ss.Nonce, ss.ChannelID, err)
}

// push queues ss for the tower; only the newest state per channel is kept.
func (tc *towerClient) push(ss *SignedState) {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	if cur, ok := tc.pending[ss.ChannelID]; !ok || cur.Nonce < ss.Nonce {
		tc.pending[ss.ChannelID] = *ss
	}
}

func (tc *towerClient) run(ctx context.Context) {
	t := time.NewTicker(pushInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			// One last flush, so a clean shutdown leaves the tower current.
			fctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			tc.flush(fctx)
			cancel()
			return
		case <-t.C:
			tc.flush(ctx)
		}
	}
}

func (tc *towerClient) flush(ctx context.Context) {
	tc.mu.Lock()
	batch := tc.pending
	tc.pending = map[common.Hash]SignedState{}
	tc.mu.Unlock()
	for id, ss := range batch {
		if err := tc.register(ctx, &ss); err != nil {
			// Keep what is left for the next round rather than wait out
			// the timeout once per channel.
			tc.log.Warn("handing state to watchtower", "channel", id, "nonce", ss.Nonce, "err", err)
			for _, rest := range batch {
				tc.push(&rest)
			}
			return
		}
	}
}

func (tc *towerClient) close() {
	tc.connMu.Lock()
	defer tc.connMu.Unlock()
	if tc.client != nil {
		tc.client.Close()
		tc.client = nil
	}
}
