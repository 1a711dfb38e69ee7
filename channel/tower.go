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
type Tower struct {
	cfg     TowerConfig
	log     *slog.Logger
	mu      sync.Mutex
	best    map[common.Hash]*SignedState
	parties map[common.Hash][2]common.Address
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
	return &Tower{cfg: cfg, log: cfg.Logger, best: map[common.Hash]*SignedState{}, parties: map[common.Hash][2]common.Address{}}, nil
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

// Register hands the tower a state signed by both parties. It is kept (on
// disk, before the answer) if it is newer than what the tower holds. The
// answer is the nonce the tower now holds.
func (t *Tower) Register(ctx context.Context, ss *SignedState) (uint64, error) {
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
	}
	if err := ss.Check(); err != nil {
		return 0, err
	}
	if err := ss.VerifyBoth(t.cfg.L1.Domain(), parties[0], parties[1]); err != nil {
		return 0, err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.parties[ss.ChannelID] = parties
	if cur := t.best[ss.ChannelID]; cur != nil && cur.Nonce >= ss.Nonce {
		return cur.Nonce, nil
	}
	if err := t.cfg.Store.SaveStates(ss.ChannelID, []SignedState{*ss}, Meta{Latest: ss.Nonce, Highest: ss.Nonce}, true); err != nil {
		return 0, err
	}
	c := *ss
	t.best[ss.ChannelID] = &c
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

// towerPusher hands a peer's newest states to its watchtower: only the
// newest per channel matters, so updates are coalesced and sent at most
// every pushInterval, off the payment path.
type towerPusher struct {
	url     string
	log     *slog.Logger
	mu      sync.Mutex
	pending map[common.Hash]SignedState
	client  *rpc.Client
}

const pushInterval = 100 * time.Millisecond

func newTowerPusher(url string, log *slog.Logger) *towerPusher {
	return &towerPusher{url: url, log: log, pending: map[common.Hash]SignedState{}}
}

func (tp *towerPusher) push(ss *SignedState) {
	tp.mu.Lock()
	defer tp.mu.Unlock()
	if cur, ok := tp.pending[ss.ChannelID]; !ok || cur.Nonce < ss.Nonce {
		tp.pending[ss.ChannelID] = *ss
	}
}

func (tp *towerPusher) run(ctx context.Context) {
	t := time.NewTicker(pushInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			// One last flush, so a clean shutdown leaves the tower current.
			fctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			tp.flush(fctx)
			cancel()
			return
		case <-t.C:
			tp.flush(ctx)
		}
	}
}

func (tp *towerPusher) flush(ctx context.Context) {
	tp.mu.Lock()
	batch := tp.pending
	tp.pending = map[common.Hash]SignedState{}
	tp.mu.Unlock()
	if len(batch) == 0 {
		return
	}
	if tp.client == nil {
		c, err := rpc.DialContext(ctx, tp.url)
		if err != nil {
			tp.log.Warn("dialing watchtower", "url", tp.url, "err", err)
			tp.requeue(batch)
			return
		}
		tp.client = c
	}
	for id, ss := range batch {
		var held uint64
		if err := tp.client.CallContext(ctx, &held, "tower_register", ss); err != nil {
			tp.log.Warn("handing state to watchtower", "channel", id, "nonce", ss.Nonce, "err", err)
			var rpcErr rpc.Error
			if !errors.As(err, &rpcErr) {
				tp.client.Close()
				tp.client = nil
			}
			tp.requeue(map[common.Hash]SignedState{id: ss})
		}
	}
}

func (tp *towerPusher) requeue(batch map[common.Hash]SignedState) {
	for _, ss := range batch {
		tp.push(&ss)
	}
}

func (tp *towerPusher) close() {
	if tp.client != nil {
		tp.client.Close()
	}
}
