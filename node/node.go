// Package node wires a Viaduct node together: the chain store in Pebble,
// the L1 watcher, and either the sequencer's data path (RPC → mempool →
// sequencer → core → store → batcher → L1) or the verifier's (L1 →
// derivation → core → store), with the JSON-RPC server in front. New opens
// everything and starts nothing; Start starts the services in data-path
// order and Stop stops them in reverse, so the store closes last.
package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"sync"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/api"
	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/challenger"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/derive"
	"github.com/viaduct-l2/viaduct/internal/version"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/mempool"
	"github.com/viaduct-l2/viaduct/sequencer"
	"github.com/viaduct-l2/viaduct/state"
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
	case c.ChallengeTxBytes < 0:
		return fmt.Errorf("node config: ChallengeTxBytes %d must not be negative", c.ChallengeTxBytes)
	case c.Log == nil:
		return errors.New("node config: Log must be set")
	}
	if _, _, err := net.SplitHostPort(c.RPCAddr); err != nil {
		return fmt.Errorf("node config: RPCAddr %q: %w", c.RPCAddr, err)
	}
	return c.L2.Check()
}

// Node is a running (or ready) node.
type Node struct {
	cfg     Config
	pdb     *pebble.DB
	Chain   *chain.Chain
	Pool    *mempool.Pool
	Watcher *l1.Watcher
	Seq     *sequencer.Sequencer
	Batcher *batcher.Batcher
	Deriver *derive.Deriver
	// Challenger proves flagged blocks wrong (verifiers with a ChallengerKey).
	Challenger *challenger.Challenger
	selfSeq    *selfSequencer
	rpcSrv     *rpc.Server
	http       *api.HTTPServer
	rollup     *l1.Rollup
	// wrongL1 is L1's latest block when catch-up last found it wrong: until
	// L1 moves on (a proof reverts it), catch-up takes nothing back again.
	// Guarded by the sequencer's exclusive section.
	wrongL1 common.Hash

	metrics  *nodeMetrics
	stopPoll context.CancelFunc
	pollDone chan struct{}
	mu       sync.Mutex
	started  []interface{ Stop() error }
}

// New opens the node's store and builds its services.
func New(cfg Config) (*Node, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 500 * time.Millisecond
	}
	pdb, err := pebble.Open(cfg.DataDir, state.PebbleOptions(64<<20))
	if err != nil {
		return nil, fmt.Errorf("node: open %s: %w", cfg.DataDir, err)
	}
	c, err := chain.Open(pdb, cfg.L2)
	if err != nil {
		pdb.Close()
		return nil, err
	}
	n := &Node{cfg: cfg, pdb: pdb, Chain: c, metrics: newNodeMetrics()}
	r := &l1.Rollup{Client: cfg.L1, Address: cfg.Rollup}
	n.rollup = r
	n.Watcher = &l1.Watcher{Rollup: r, Confirmations: cfg.Confirmations, FromBlock: cfg.DeployBlock}
	backend := &api.Backend{
		Chain: c, Tokens: n.Watcher, RollupConfig: cfg.RollupInfo, L1: r, L1DeployBlock: cfg.DeployBlock,
		ClientVersion: "viaduct/v" + version.Version + "/" + cfg.Role,
	}
	if cfg.Role == RoleSequencer {
		n.Pool = mempool.New(cfg.L2, cfg.Mempool, c.State())
		if err := n.Pool.SetJournal(c.PoolJournal()); err != nil {
			pdb.Close()
			return nil, err
		}
		n.Seq = sequencer.New(sequencer.Config{Interval: cfg.BlockInterval, FeeRecipient: cfg.FeeRecipient, Lie: cfg.Lie}, c, n.Pool, n.Watcher, cfg.Log.With("service", "sequencer"))
		// A batch counts as posted once its L1 block is as deep as a queue
		// item must be; a reorg before that has the sender post it again.
		sender := &l1.Sender{Client: cfg.L1, Key: cfg.BatcherKey, Confirmations: cfg.Confirmations}
		bcfg := cfg.Batch
		bcfg.FromBlock = cfg.DeployBlock
		bcfg.OnFraud = func(block uint64) error {
			_, err := n.Seq.RewindFraud(block)
			return err
		}
		bcfg.OnSkippedQueue = func(block uint64) error {
			_, err := n.Seq.RewindSkippedQueue(block)
			return err
		}
		bcfg.OnForeign = n.catchUp
		n.Batcher = batcher.New(bcfg, c, r, sender, cfg.Log.With("service", "batcher"))
		backend.Pool, backend.Status = n.Pool, n.Batcher
	} else {
		n.Deriver = &derive.Deriver{
			Chain: c, Rollup: r, Queue: n.Watcher, Confirmations: cfg.Confirmations,
			FromBlock: cfg.DeployBlock, Interval: cfg.PollInterval, Log: cfg.Log.With("service", "derive"),
		}
		backend.Status = n.Deriver
		if cfg.L1Key != nil {
			// One key, so one sender: its nonces are managed in one place.
			sender := &l1.Sender{Client: cfg.L1, Key: cfg.L1Key, Confirmations: cfg.Confirmations}
			if cfg.Challenge {
				n.Challenger = &challenger.Challenger{
					Deriver: n.Deriver, Rollup: r, Queue: n.Watcher, Interval: cfg.PollInterval,
					Sender: sender, MaxTxBytes: cfg.ChallengeTxBytes, Log: cfg.Log.With("service", "challenger"),
				}
			}
			if cfg.SelfSequence {
				me := crypto.PubkeyToAddress(cfg.L1Key.PublicKey)
				log := cfg.Log.With("service", "self-sequencer")
				pool := mempool.New(cfg.L2, mempool.Config{}, c.State())
				seq := sequencer.New(sequencer.Config{FeeRecipient: me}, c, pool, queueOnly{n.Watcher}, log)
				bcfg := cfg.Batch
				bcfg.FromBlock = cfg.DeployBlock
				// Derivation takes back whatever L1 no longer holds; the
				// blocks this node holds are ones it verified or made.
				bcfg.OnFraud = func(uint64) error { return nil }
				// Its blocks apply every confirmed queue item they can; one
				// sealed before an item was confirmed is sealed again.
				bcfg.OnSkippedQueue = func(block uint64) error {
					_, err := seq.RewindSkippedQueue(block)
					return err
				}
				n.selfSeq = &selfSequencer{
					deriver: n.Deriver, chain: c, rollup: r, seq: seq, log: log, every: cfg.PollInterval,
					batcher: batcher.New(bcfg, c, r, sender, log),
				}
			}
		}
	}
	n.rpcSrv, err = api.NewServer(backend)
	if err != nil {
		pdb.Close()
		return nil, err
	}
	return n, nil
}

// Start polls L1 once (so the first blocks see the queue), then starts the
// services and the RPC.
func (n *Node) Start() error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	err := n.Watcher.Poll(ctx)
	if err == nil && n.Seq != nil {
		err = n.reconcileQueue(ctx)
	}
	cancel()
	if err != nil {
		return fmt.Errorf("node: first L1 poll: %w", err)
	}
	pctx, pcancel := context.WithCancel(context.Background())
	n.stopPoll, n.pollDone = pcancel, make(chan struct{})
	go n.poll(pctx)
	blocks := make(chan *chain.Block, 64)
	feed := n.Chain.SubscribeBlocks(blocks)
	go func() {
		defer feed.Unsubscribe()
		for {
			select {
			case b := <-blocks:
				n.metrics.count(b)
			case <-pctx.Done():
				return
			}
		}
	}()
	var services []interface {
		Start() error
		Stop() error
	}
	if n.Seq != nil {
		services = append(services, n.Seq, n.Batcher)
	} else {
		services = append(services, n.Deriver)
		if n.Challenger != nil {
			services = append(services, n.Challenger)
		}
		if n.selfSeq != nil {
			services = append(services, n.selfSeq)
		}
	}
	for _, s := range services {
		if err := s.Start(); err != nil {
			n.Stop()
			return err
		}
		n.mu.Lock()
		n.started = append(n.started, s)
		n.mu.Unlock()
	}
	h, err := api.Listen(n.cfg.RPCAddr, n.rpcSrv, api.DefaultLimits, api.Route{Path: "/metrics", Handler: n.metrics.handler(n)})
	if err != nil {
		n.Stop()
		return err
	}
	n.http = h
	return nil
}

// reconcileQueue catches, at a sequencer's start, an L1 reorg that happened
// while it was stopped: the watcher starts afresh, so it cannot report the
// queue items that vanished; but if the chain applied more items than L1
// now holds confirmed, those are gone, and the sequencer takes them back as
// it does for a reorg seen live. Unless L1 itself holds a posted block that
// applied them: then they were there and are only not deep enough yet (a
// larger confirmation depth than before), and the sequencer waits. A reorg
// may also have *replaced* items (another deposit at the same index): the
// items the chain applied that L1 holds confirmed are compared by hash
// (replacedQueueItem), and the chain taken back from the first that differs.
func (n *Node) reconcileQueue(ctx context.Context) error {
	head := n.Chain.Head()
	confirmed := n.Watcher.QueueLength()
	replaced, err := n.replacedQueueItem(ctx, min(head.QueueCursor, confirmed))
	if err != nil {
		return err
	}
	if replaced < min(head.QueueCursor, confirmed) {
		n.cfg.Log.Warn("a queue item the chain applied was replaced on L1 (a reorg while stopped)", "index", replaced, "applied", head.QueueCursor)
		_, err := n.Seq.Reorg(replaced)
		return err
	}
	if head.QueueCursor <= confirmed {
		return nil
	}
	lb, err := n.rollup.LatestBlock(ctx, nil)
	if err != nil {
		return err
	}
	if lb.Number <= head.Number {
		posted, err := n.Chain.BlockByNumber(lb.Number)
		if err != nil {
			return fmt.Errorf("node: block %d: %w", lb.Number, err)
		}
		if posted.Hash() == common.Hash(lb.BlockHash) && posted.Header.QueueCursor > confirmed {
			n.cfg.Log.Warn("the chain applied queue items not confirmed on L1; L1 holds them, waiting", "applied", head.QueueCursor, "confirmed", confirmed)
			return nil
		}
	}
	n.cfg.Log.Warn("queue items the chain applied are gone from L1 (a reorg while stopped)", "applied", head.QueueCursor, "confirmed", confirmed)
	if _, err := n.Seq.Reorg(confirmed); err != nil {
		return err
	}
	return nil
}

// replacedQueueItem returns the first index below `end` at which the chain
// applied a queue item other than the one L1 holds confirmed there, or
// `end` if there is none. Items in a batch that a finalized L1 block holds
// cannot have been replaced, so the comparison starts at the queue cursor
// of the newest such batch; blocks stored before they kept their items'
// hashes are not compared.
func (n *Node) replacedQueueItem(ctx context.Context, end uint64) (uint64, error) {
	from := uint64(0)
	if fin, err := n.rollup.Client.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber))); err == nil {
		if lb, err := n.rollup.LatestBlock(ctx, fin.Number); err == nil {
			from = lb.Cursor
		}
	}
	for idx := from; idx < end; {
		blk, err := n.Chain.BlockApplying(idx)
		if err != nil {
			return 0, fmt.Errorf("node: the block that applied queue item %d: %w", idx, err)
		}
		first := blk.Header.QueueCursor - uint64(blk.QueueItems)
		if len(blk.QueueHashes) == blk.QueueItems {
			items := n.Watcher.QueueItems(first, blk.QueueItems)
			for i, h := range blk.QueueHashes {
				at := first + uint64(i)
				if at >= idx && at < end && (i >= len(items) || items[i].Hash() != h) {
					return at, nil
				}
			}
		}
		idx = blk.Header.QueueCursor
	}
	return end, nil
}

func (n *Node) poll(ctx context.Context) {
	defer close(n.pollDone)
	t := time.NewTicker(n.cfg.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := n.Watcher.Poll(ctx); err != nil && ctx.Err() == nil {
			n.cfg.Log.Warn("L1 poll failed", "err", err)
		}
	}
}

// RPCAddr returns the address the RPC serves (once started).
func (n *Node) RPCAddr() string {
	if n.http == nil {
		return ""
	}
	return n.http.Addr()
}

// Stop stops the RPC, the services in reverse order and the L1 polling,
// then closes the store.
func (n *Node) Stop() error {
	var errs []error
	if n.http != nil {
		errs = append(errs, n.http.Close())
		n.http = nil
	}
	n.rpcSrv.Stop()
	n.mu.Lock()
	for i := len(n.started) - 1; i >= 0; i-- {
		errs = append(errs, n.started[i].Stop())
	}
	n.started = nil
	n.mu.Unlock()
	if n.stopPoll != nil {
		n.stopPoll()
		<-n.pollDone
		n.stopPoll = nil
	}
	if n.pdb != nil {
		errs = append(errs, n.pdb.Close())
		n.pdb = nil
	}
	return errors.Join(errs...)
}
