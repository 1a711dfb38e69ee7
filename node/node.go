// Package node wires a Viaduct node together (docs/architecture.md): the
// chain store in Pebble; the L1 follower, the node's one reader of L1; the
// engine, the chain's one writer, driven by one goroutine (the driver)
// that brings the chain to L1's and seals the sequencer's blocks; one L1
// transaction manager for the node's key; the batcher and the challenger;
// and the JSON-RPC server in front. The sequencer's data path is RPC →
// mempool → sequencer → engine → store → batcher → L1; a verifier's is L1
// → follower → derivation → engine → store. New opens everything and
// starts nothing; Start starts the services in data-path order and Stop
// stops them in reverse, so the store closes last.
package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/api"
	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/blob"
	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/challenger"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/derive"
	"github.com/viaduct-l2/viaduct/engine"
	"github.com/viaduct-l2/viaduct/explorer"
	"github.com/viaduct-l2/viaduct/internal/service"
	"github.com/viaduct-l2/viaduct/internal/version"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/light"
	"github.com/viaduct-l2/viaduct/mempool"
	"github.com/viaduct-l2/viaduct/sequencer"
	"github.com/viaduct-l2/viaduct/state"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// Roles a node can have.
const (
	RoleSequencer = "sequencer"
	RoleVerifier  = "verifier"
)

// Config configures a node.
type Config struct {
	Role    string // RoleSequencer or RoleVerifier
	DataDir string // the Pebble database; created if missing

	L1          l1.Client
	Rollup      common.Address // the Rollup contract on L1
	DeployBlock uint64         // the L1 block it was deployed in (where scanning starts)
	L2          *core.Config

	RPCAddr string // host:port on loopback; port 0 picks one
	// Browser access to the RPC (api.Options): the origins whose pages
	// may call it over HTTP (CORS) and open a WebSocket, and the host
	// names requests may use besides IP addresses (empty: localhost and
	// RPCAddr's host). No other origin's pages by default.
	RPCCORS      []string
	RPCWSOrigins []string
	RPCVHosts    []string
	// RPCSyncTimeout is how long eth_sendRawTransactionSync waits for a
	// receipt when the call names no timeout, and the longest one it may
	// name (0: api.DefaultSyncTimeout).
	RPCSyncTimeout time.Duration

	// Sequencer only.
	BatcherKey    *ecdsa.PrivateKey // posts batches; must be the Rollup's sequencer
	FeeRecipient  common.Address
	BlockInterval time.Duration
	Batch         batcher.Config
	Mempool       mempool.Config
	// Lie makes the sequencer post one wrong block (a test and demo mode:
	// sequencer.Config.Lie, package internal/misbehave). Nil in production.
	Lie func(pre state.Reader, queue []core.QueueItem, o *core.Outcome) (*core.Outcome, bool, error)

	// Verifier only. With Challenge, L1Key pays for fraud proofs against
	// the blocks derivation flags (package challenger) and receives the
	// rewards; without it a flagged block is only logged. With
	// SelfSequence it posts batches (and their bonds) while the Rollup's
	// inclusion window is open (see selfSequencer).
	L1Key        *ecdsa.PrivateKey
	Challenge    bool
	SelfSequence bool
	// ChallengeTxBytes bounds a challenge transaction's calldata; a larger
	// proof is staged over several (challenger.Challenger.MaxTxBytes; 0:
	// challenger.DefaultMaxTxBytes).
	ChallengeTxBytes int

	// Blob data availability (package blob): the blobs of blob batches
	// are fetched from L1Beacon, a beacon node's API (--l1-beacon), then
	// from each of BlobArchives in turn (--blob-archive: another node's
	// RPC URL, a blob archiver), each checked against its versioned hash.
	// Every node keeps the blobs it posted or derived and serves them
	// under /eth/v1/ on its RPC port, for other nodes' BlobArchives.
	L1Beacon     string
	BlobArchives []string

	// MaxUnposted bounds the sequencer's blocks that L1 does not hold yet:
	// past it, new transactions are refused (ErrBacklog) until the batcher
	// has posted enough (default DefaultMaxUnposted; sized so that the
	// batcher clears it: docs/operators.md).
	MaxUnposted uint64

	// StateCacheDepth is how many levels of the state tree the node keeps
	// in memory (chain.Options.CacheDepth): 0 keeps the database's (24 for
	// a new one); another value moves the stored tree to it at start.
	// Lower uses less memory and more CPU per block (docs/performance.md,
	// "Memory").
	StateCacheDepth int

	// HistoryBlocks is how many blocks of state history the node keeps
	// below the settled block (chain.Options.KeepBelow; 0 is
	// chain.DefaultKeepBelow, 4,096): balances, nonces and proofs at past
	// blocks are answered back to there.
	HistoryBlocks uint64

	Confirmations uint64        // L1 blocks before an event counts (default 0)
	PollInterval  time.Duration // L1 polling (default 500ms)
	Log           *slog.Logger
	RollupInfo    any // answered by viaduct_rollupConfig
}

// Check refuses a configuration that cannot work, naming the field.
func (c *Config) Check() error {
	switch {
	case c.Role != RoleSequencer && c.Role != RoleVerifier:
		return fmt.Errorf("node config: Role %q must be %q or %q", c.Role, RoleSequencer, RoleVerifier)
	case c.DataDir == "":
		return errors.New("node config: DataDir must be set")
	case c.L1 == nil:
		return errors.New("node config: L1 client must be set")
	case c.Rollup == (common.Address{}):
		return errors.New("node config: Rollup address must be set")
	case c.L2 == nil:
		return errors.New("node config: L2 configuration must be set")
	case c.Role == RoleSequencer && c.BatcherKey == nil:
		return errors.New("node config: a sequencer needs BatcherKey")
	case c.SelfSequence && (c.Role != RoleVerifier || c.L1Key == nil):
		return errors.New("node config: SelfSequence is for a verifier with an L1Key (it posts batches and bonds)")
	case c.Challenge && (c.Role != RoleVerifier || c.L1Key == nil):
		return errors.New("node config: Challenge is for a verifier with an L1Key (it pays for fraud proofs)")
	case c.StateCacheDepth < 0 || c.StateCacheDepth > 64:
		return fmt.Errorf("node config: StateCacheDepth %d must be between 0 and 64", c.StateCacheDepth)
	case c.ChallengeTxBytes < 0:
		return fmt.Errorf("node config: ChallengeTxBytes %d must not be negative", c.ChallengeTxBytes)
	case c.Log == nil:
		return errors.New("node config: Log must be set")
	}
	if _, _, err := net.SplitHostPort(c.RPCAddr); err != nil {
		return fmt.Errorf("node config: RPCAddr %q: %w", c.RPCAddr, err)
	}
	if _, err := blob.NewFetcher(blob.FetcherConfig{Beacon: c.L1Beacon, Archives: c.BlobArchives}); err != nil {
		return fmt.Errorf("node config: L1Beacon or BlobArchives: %w", err)
	}
	return c.L2.Check()
}

// Node is a running (or ready) node.
type Node struct {
	cfg        Config
	pdb        *pebble.DB
	Chain      *chain.Chain
	Engine     *engine.Engine
	Follower   *l1.Follower
	Syncer     *derive.Syncer
	Pool       *mempool.Pool // the sequencer's; nil on a verifier
	Tx         *txmgr.Manager
	Batcher    *batcher.Batcher
	Challenger *challenger.Challenger // verifiers with Challenge
	Blobs      *blob.Store            // the blobs this node posted or derived
	Explorer   *explorer.Explorer     // the pages at / on the RPC port
	driver     *driver
	rpcSrv     *rpc.Server
	prefetch   func([]byte) func() // the RPC's batch prefetch (api.Backend.PrefetchBatch)
	http       *api.HTTPServer
	rollup     *l1.Rollup
	beacon     http.Handler // the blob store, as a beacon API
	metrics    *nodeMetrics
	services   service.Group
	cancel     context.CancelFunc
	feedDone   chan struct{}
}

// New opens the node's store and builds its services; it starts nothing.
func New(cfg Config) (*Node, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 500 * time.Millisecond
	}
	if cfg.BlockInterval <= 0 {
		cfg.BlockInterval = sequencer.DefaultInterval
	}
	pdb, err := pebble.Open(cfg.DataDir, state.PebbleOptions(64<<20))
	// Pebble's lock: EAGAIN from another process, its own error in this one.
	if errors.Is(err, syscall.EAGAIN) || errors.Is(err, syscall.EWOULDBLOCK) || (err != nil && strings.Contains(err.Error(), "lock held by current process")) {
		return nil, fmt.Errorf("%w: %s (stop the other process, or give this one another data directory)", ErrDataDirInUse, cfg.DataDir)
	}
	if err != nil {
		return nil, fmt.Errorf("node: open %s: %w", cfg.DataDir, err)
	}
	n, err := build(cfg, pdb)
	if err != nil {
		pdb.Close()
		return nil, err
	}
	// Opening the chain rebuilt the state tree's in-memory top, whose
	// scratch is garbage now: give it back to the OS at once rather than
	// hold the start's peak until the runtime's next cycles.
	debug.FreeOSMemory()
	return n, nil
}

func build(cfg Config, pdb *pebble.DB) (*Node, error) {
	c, err := chain.OpenWith(pdb, cfg.L2, chain.Options{CacheDepth: cfg.StateCacheDepth, KeepBelow: cfg.HistoryBlocks, Log: cfg.Log.With("service", "history")})
	if err != nil {
		return nil, err
	}
	r := &l1.Rollup{Client: cfg.L1, Address: cfg.Rollup}
	f, err := l1.NewFollower(l1.FollowerConfig{
		Rollup: r, DB: pdb, Confirmations: cfg.Confirmations, FromBlock: cfg.DeployBlock,
		Interval: cfg.PollInterval, Log: cfg.Log.With("service", "l1"),
	})
	if err != nil {
		return nil, err
	}
	eng := engine.New(c, cfg.Log.With("service", "engine"))
	// Blocks pre-confirmed before a crash are sealed as they were, before
	// the mempool reads its journal or anything else writes the chain.
	if _, err := eng.Recover(); err != nil {
		return nil, err
	}
	n := &Node{cfg: cfg, pdb: pdb, Chain: c, Engine: eng, Follower: f, rollup: r, metrics: newNodeMetrics()}
	key := cfg.BatcherKey
	if cfg.Role == RoleVerifier {
		key = cfg.L1Key
	}
	if key != nil {
		// One key, so one manager: its nonces are managed in one place.
		j, err := txmgr.NewPebbleJournal(pdb, []byte("x"))
		if err != nil {
			return nil, err
		}
		rollupABI := bindings.NewRollup().GetABI()
		n.Tx, err = txmgr.New(txmgr.Config{
			Client: cfg.L1, Key: key, Confirmations: cfg.Confirmations, Journal: j,
			ABIs: []*abi.ABI{&rollupABI}, Log: cfg.Log.With("service", "l1-sender"),
		})
		if err != nil {
			return nil, err
		}
	}
	n.Blobs = blob.NewStore(pdb)
	fetcher, err := blob.NewFetcher(blob.FetcherConfig{Beacon: cfg.L1Beacon, Archives: cfg.BlobArchives, Store: n.Blobs, Log: cfg.Log.With("service", "blobs")})
	if err != nil {
		return nil, err
	}
	n.beacon = &blob.Handler{Backend: &blob.Archive{Store: n.Blobs, ClockFunc: fetcher.ServedClock(cfg.L1)}, Version: "viaduct/v" + version.Version, Log: cfg.Log.With("service", "blobs")}
	n.Syncer = &derive.Syncer{Engine: eng, Rollup: r, Blobs: fetcher, Seals: cfg.Role == RoleSequencer || cfg.SelfSequence, Log: cfg.Log.With("service", "derive")}
	backend := &api.Backend{
		Chain: c, Tokens: followerTokens{f}, Status: eng, RollupConfig: cfg.RollupInfo, L1: f,
		ClientVersion: "viaduct/v" + version.Version + "/" + cfg.Role,
		SyncTimeout:   cfg.RPCSyncTimeout,
	}
	var seq *sequencer.Sequencer
	switch {
	case cfg.Role == RoleSequencer:
		// Admission checks against the pre-confirmed state, and hands each
		// transaction that can execute to the driver to pre-confirm.
		n.Pool = mempool.New(cfg.L2, cfg.Mempool, eng.PendingState())
		if err := n.Pool.SetJournal(c.PoolJournal()); err != nil {
			return nil, err
		}
		n.Pool.EnablePreconfirmation()
		seq = sequencer.New(sequencer.Config{FeeRecipient: cfg.FeeRecipient, Lie: cfg.Lie, Preconfirm: true, Log: cfg.Log.With("service", "sequencer")}, eng, n.Pool)
		backend.Pool = n.Pool
		limit := cfg.MaxUnposted
		if limit == 0 {
			limit = DefaultMaxUnposted
		}
		backend.Admit = func() error { return backpressure(eng, limit) }
	case cfg.SelfSequence:
		// No mempool of its own: the users who need it are those whose
		// forced withdrawals the sequencer ignores, and those go through L1.
		me := crypto.PubkeyToAddress(cfg.L1Key.PublicKey)
		seq = sequencer.New(sequencer.Config{FeeRecipient: me, Log: cfg.Log.With("service", "self-sequencer")}, eng, mempool.New(cfg.L2, mempool.Config{}, c.State()))
	}
	n.driver = newDriver(eng, f, n.Syncer, seq, cfg.Role == RoleVerifier, cfg.BlockInterval, cfg.PollInterval, cfg.Log.With("service", "driver"))
	if n.Pool != nil {
		backend.Pending = pendingSource{eng, n.driver}
		n.prefetch = backend.PrefetchBatch
	}
	if cfg.Role == RoleSequencer || cfg.SelfSequence {
		name := "batcher"
		if cfg.SelfSequence {
			name = "self-sequencer"
		}
		bc := cfg.Batch
		bc.OnMined = n.keepPosted(bc.OnMined)
		n.Batcher = batcher.New(bc, c, n.driver, r, n.Tx, cfg.Log.With("service", name))
	}
	if cfg.Challenge {
		n.Challenger = &challenger.Challenger{
			Flagged: n.Syncer.Flagged, Chain: c, View: func() *l1.Snapshot { v, _ := n.driver.Synced(); return v },
			Rollup: r, Tx: n.Tx, Key: cfg.L1Key, Interval: cfg.PollInterval, MaxTxBytes: cfg.ChallengeTxBytes,
			Log: cfg.Log.With("service", "challenger"),
		}
	}
	n.rpcSrv, err = api.NewServer(backend)
	if err != nil {
		return nil, err
	}
	ecfg := explorer.Config{
		Chain: c, DB: pdb, Heads: eng, L1: f, Rollup: r, Role: cfg.Role, Log: cfg.Log.With("service", "explorer"),
		// The light client checks this node's own answers against L1.
		Verify: explorer.LightVerifier(cfg.L1, func() light.L2 { return rpc.DialInProc(n.rpcSrv) }, cfg.Rollup),
	}
	if n.Pool != nil {
		ecfg.Pool = n.Pool
	}
	if n.Explorer, err = explorer.New(ecfg); err != nil {
		return nil, err
	}
	return n, nil
}

// ErrDataDirInUse is returned by New for a data directory that another
// process (another viaduct node) holds open.
var ErrDataDirInUse = errors.New("node: the data directory is in use by another viaduct process")

// DefaultMaxUnposted is Config.MaxUnposted's default: 64 batches of 16
// blocks, which a batcher posting one batch per L1 block of 1 s clears in
// about a minute.
const DefaultMaxUnposted = 1024

// ErrBacklog is returned for a transaction sent while the sequencer's
// blocks that L1 does not hold yet are over Config.MaxUnposted. Its text
// starts with go-ethereum's "txpool is full", which wallets and libraries
// treat as "try again later".
var ErrBacklog = errors.New("txpool is full: L1 posting is behind")

// backpressure refuses new transactions while the blocks L1 does not hold
// yet are more than limit.
func backpressure(e *engine.Engine, limit uint64) error {
	head, safe := e.Head().Number, e.SafeBlock()
	if head > safe && head-safe > limit {
		return fmt.Errorf("%w: %d blocks wait to be posted (at most %d); retry shortly", ErrBacklog, head-safe, limit)
	}
	return nil
}

// followerTokens answers token metadata from the follower's latest view.
type followerTokens struct{ f *l1.Follower }

func (t followerTokens) Token(addr common.Address) (l1.Token, bool) {
	return t.f.Snapshot().Token(addr)
}

// Start reads L1 once (so the first blocks see the queue), then starts the
// services in data-path order and the RPC. ctx bounds the node's life.
func (n *Node) Start(ctx context.Context) error {
	pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	err := n.Follower.Poll(pctx)
	cancel()
	if err != nil {
		return fmt.Errorf("node: first L1 poll: %w", err)
	}
	ctx, n.cancel = context.WithCancel(ctx)
	blocks := make(chan *chain.Block, 64)
	feed := n.Chain.SubscribeBlocks(blocks)
	n.feedDone = make(chan struct{})
	go func() {
		defer close(n.feedDone)
		defer feed.Unsubscribe()
		for {
			select {
			case b := <-blocks:
				n.metrics.count(b)
			case <-ctx.Done():
				return
			}
		}
	}()
	services := []service.Service{n.Follower}
	if n.Tx != nil {
		services = append(services, n.Tx)
	}
	// The state views follow the heads the driver sets, off its path.
	services = append(services, n.driver, n.Chain.History(), n.Explorer)
	if n.Batcher != nil {
		services = append(services, n.Batcher)
	}
	if n.Challenger != nil {
		services = append(services, n.Challenger)
	}
	if err := n.services.Start(ctx, services...); err != nil {
		n.cancel()
		return err
	}
	access := api.Options{CORSOrigins: n.cfg.RPCCORS, WSOrigins: n.cfg.RPCWSOrigins, VHosts: n.cfg.RPCVHosts, Prefetch: n.prefetch}
	h, err := api.ListenWith(n.cfg.RPCAddr, n.rpcSrv, api.DefaultLimits, access, api.Route{Path: "/metrics", Handler: n.metrics.handler(n)}, api.Route{Path: "/", Handler: n.Explorer.Handler()},
		api.Route{Path: blob.PathPrefix, Handler: n.beacon})
	if err != nil {
		stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		n.Stop(stopCtx)
		return err
	}
	n.http = h
	return nil
}

// RPCAddr returns the address the RPC serves (once started).
func (n *Node) RPCAddr() string {
	if n.http == nil {
		return ""
	}
	return n.http.Addr()
}

// Stop stops the RPC and the services in reverse order, then closes the
// store.
func (n *Node) Stop(ctx context.Context) error {
	var errs []error
	if n.http != nil {
		errs = append(errs, n.http.Close())
		n.http = nil
	}
	n.rpcSrv.Stop()
	errs = append(errs, n.services.Stop(ctx))
	if n.cancel != nil {
		n.cancel()
		<-n.feedDone
		n.cancel = nil
	}
	if n.pdb != nil {
		errs = append(errs, n.pdb.Close())
		n.pdb = nil
	}
	return errors.Join(errs...)
}

// Flagged returns the posted block derivation found wrong (nil: none).
func (n *Node) Flagged() *derive.Flag { return n.Syncer.Flagged() }
