// Package devl1 is a small development L1 for tests and for `viaduct dev`,
// which runs the rollup and the channels on it: go-ethereum's
// simulated chain (chain id 1337, every fork active), optionally served over
// HTTP and WebSocket on 127.0.0.1, with the well-known development accounts
// funded and a block mined as soon as a transaction is pending (and at least
// once a second, so block time follows the wall clock for challenge periods).
//
// It keeps the blobs of the blob transactions it mines, as a consensus
// client does, and serves them on the same port through the beacon API
// (/eth/v1/beacon/blob_sidecars/{slot}, /eth/v1/beacon/blobs/{slot}; one
// slot a second from the genesis block's time), for --l1-beacon; with
// Config.BlobRetention it forgets them as a consensus client does after
// its retention window.
//
// Every transaction it sends goes through a txmgr.Manager, one per key
// (Sender), as every other L1 sender of Viaduct does.
//
// It is not a node: no peers, no persistence; it exists for tests (served
// alone by e2e/devchain) and `viaduct dev`.
package devl1

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// ChainID is the chain id of the development L1.
const ChainID = 1337

// DevKeys are the first accounts of the test mnemonic "test test test test
// test test test test test test test junk" (m/44'/60'/0'/0/i), the same as
// Hardhat's and Anvil's, so wallets and docs agree on them.
var DevKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", // 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", // 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a", // 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6", // 0x90F79bf6EB2c4f870365E785982E1f101E93b906
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a", // 0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba", // 0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc
}

// DevKey returns development key i.
func DevKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(DevKeys[i])
	if err != nil {
		panic(fmt.Sprintf("devl1: bad built-in key %d: %v", i, err)) // a constant
	}
	return k
}

// Config configures a development chain.
type Config struct {
	// Port, if not zero, serves HTTP and WebSocket JSON-RPC on
	// 127.0.0.1:Port.
	Port int
	// Fund lists extra addresses to fund besides the development accounts.
	Fund []common.Address
	// MaxBlockInterval is the longest time without a block (default 1s).
	MaxBlockInterval time.Duration
	// BlobRetention is how many of the newest blocks' blobs the beacon API
	// keeps (0: all). A consensus client keeps about 18 days' worth; a
	// small number lets a test see blobs leave the L1.
	BlobRetention uint64
	// Log receives the log lines of the chain's transaction managers
	// (default: none).
	Log *slog.Logger
}

// Chain is a running development L1.
type Chain struct {
	Backend *Backend
	Client  simulated.Client
	URL     string // http://127.0.0.1:Port, or "" if not served; the beacon API is under it too

	mineMu sync.Mutex
	stop   chan struct{}
	done   chan struct{}
	log    *slog.Logger

	sendMu  sync.Mutex
	senders map[common.Address]*txmgr.Manager
}

// Balance is what each funded account starts with: a million ether.
var Balance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

// Start starts a development chain.
func Start(cfg Config) (*Chain, error) {
	alloc := types.GenesisAlloc{}
	for i := range DevKeys {
		alloc[crypto.PubkeyToAddress(DevKey(i).PublicKey)] = types.Account{Balance: Balance}
	}
	for _, a := range cfg.Fund {
		alloc[a] = types.Account{Balance: Balance}
	}
	if cfg.MaxBlockInterval <= 0 {
		cfg.MaxBlockInterval = time.Second
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	backend, err := newBackend(alloc, cfg.Port, newBlobKeeper(cfg.BlobRetention, log))
	if err != nil {
		return nil, err
	}
	c := &Chain{Backend: backend, Client: backend.Client(), stop: make(chan struct{}), done: make(chan struct{}),
		log: log, senders: map[common.Address]*txmgr.Manager{}}
	if cfg.Port != 0 {
		c.URL = fmt.Sprintf("http://127.0.0.1:%d", cfg.Port)
	}
	go c.mine(cfg.MaxBlockInterval)
	return c, nil
}

type pendingCounter interface {
	PendingTransactionCount(ctx context.Context) (uint, error)
}

// mine seals a block whenever a transaction is pending, and at least every
// maxInterval. The simulated beacon stamps blocks with the wall clock (and
// at least one second after the parent), so L1 time tracks real time as
// long as blocks are not mined faster than one per second on average.
func (c *Chain) mine(maxInterval time.Duration) {
	defer close(c.done)
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	last := time.Now()
	pc, _ := c.Client.(pendingCounter)
	for {
		select {
		case <-c.stop:
			return
		case <-t.C:
		}
		pending := uint(0)
		if pc != nil {
			n, err := pc.PendingTransactionCount(context.Background())
			if err == nil {
				pending = n
			}
		}
		if pending > 0 || time.Since(last) >= maxInterval {
			c.mineMu.Lock()
			c.Backend.Commit()
			c.mineMu.Unlock()
			last = time.Now()
		}
	}
}

// Beacon returns the chain's beacon API (what it serves under URL), for a
// chain not served on a port.
func (c *Chain) Beacon() http.Handler { return c.Backend.beaconHandler() }

// Close stops the transaction managers, mining and the chain.
func (c *Chain) Close() error {
	close(c.stop)
	<-c.done
	c.sendMu.Lock()
	for _, m := range c.senders {
		stopSender(m)
	}
	c.senders = map[common.Address]*txmgr.Manager{}
	c.sendMu.Unlock()
	return c.Backend.Close()
}

// senderPoll is how often a manager of the chain looks at its transactions
// in flight: the chain mines within 20ms of a pending transaction.
const senderPoll = 10 * time.Millisecond

// Sender returns the transaction manager of key on this chain: one per
// key, started at the first call, stopped by Close. A Reorg that drops
// transactions restarts it (see Reorg).
func (c *Chain) Sender(key *ecdsa.PrivateKey) (*txmgr.Manager, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	c.sendMu.Lock()
	defer c.sendMu.Unlock()
	if m, ok := c.senders[from]; ok {
		return m, nil
	}
	m, err := txmgr.New(txmgr.Config{Client: c.Client, Key: key, PollInterval: senderPoll, Log: c.log})
	if err != nil {
		return nil, err
	}
	if err := m.Start(context.Background()); err != nil {
		return nil, fmt.Errorf("devl1: starting the sender of %s: %w", from, err)
	}
	c.senders[from] = m
	return m, nil
}

// Send sends a call (or, with a nil to, a contract creation) from key
// through its Sender and waits for it to be mined; a call that would
// revert is refused before anything is sent.
func (c *Chain) Send(ctx context.Context, key *ecdsa.PrivateKey, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	m, err := c.Sender(key)
	if err != nil {
		return nil, err
	}
	return m.Send(ctx, txmgr.Candidate{To: to, Data: data, Value: value})
}

func stopSender(m *txmgr.Manager) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = m.Stop(ctx) // only an expired context fails it
}

// restartSenders stops and starts every manager of the chain, so that each
// takes its next nonce from the node again.
func (c *Chain) restartSenders(ctx context.Context) error {
	c.sendMu.Lock()
	defer c.sendMu.Unlock()
	for from, m := range c.senders {
		stopSender(m)
		if err := m.Start(ctx); err != nil {
			return fmt.Errorf("devl1: restarting the sender of %s: %w", from, err)
		}
	}
	return nil
}

// DeployChannels deploys the Channels contract from development account 0
// and returns its address.
func (c *Chain) DeployChannels(ctx context.Context, minPeriod, maxPeriod uint64) (common.Address, error) {
	data := append(common.FromHex(bindings.ChannelsMetaData.Bin), bindings.NewChannels().PackConstructor(minPeriod, maxPeriod)...)
	addr, _, err := c.Deploy(ctx, DevKey(0), data)
	if err != nil {
		return common.Address{}, fmt.Errorf("Channels: %w", err)
	}
	return addr, nil
}

// DeployRollup deploys the Rollup contract with cfg from key and returns
// its address and the L1 block it was deployed in.
func (c *Chain) DeployRollup(ctx context.Context, key *ecdsa.PrivateKey, cfg rollup.Config) (common.Address, uint64, error) {
	args, err := cfg.ConstructorArgs()
	if err != nil {
		return common.Address{}, 0, err
	}
	addr, block, err := c.Deploy(ctx, key, append(common.FromHex(bindings.RollupMetaData.Bin), args...))
	if err != nil {
		return common.Address{}, 0, fmt.Errorf("Rollup: %w", err)
	}
	return addr, block, nil
}

// Deploy sends a contract creation with data (code and constructor
// arguments) from key and waits for it; it returns the contract's address
// and the block it was mined in.
func (c *Chain) Deploy(ctx context.Context, key *ecdsa.PrivateKey, data []byte) (common.Address, uint64, error) {
	r, err := c.Send(ctx, key, nil, data, nil)
	if err != nil {
		return common.Address{}, 0, fmt.Errorf("deploying: %w", err)
	}
	return r.ContractAddress, r.BlockNumber.Uint64(), nil
}

// Reorg replaces the last depth blocks with depth+1 new ones, so that the
// new branch is the longer and becomes the chain, as in an L1 reorg. With
// dropTxs the transactions of the replaced blocks are dropped (the new
// branch's miner never saw them); without, the txpool takes them back and
// the new blocks include them again, as a real node's would. Transactions
// pending when it is called are mined first, in a block that is replaced
// too. With dropTxs the chain's Senders are restarted once the txpool has
// let the dropped transactions go, so that each takes its nonces from the
// node again, as a process that starts after such a reorg would (a wait in
// flight on one of them ends with txmgr.ErrStopped). It returns the number
// of the first new block.
func (c *Chain) Reorg(ctx context.Context, depth uint64, dropTxs bool) (uint64, error) {
	c.mineMu.Lock()
	defer c.mineMu.Unlock()
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("devl1: reorg: head: %w", err)
	}
	if head.Number.Uint64() < depth {
		return 0, fmt.Errorf("devl1: reorg of %d blocks on a chain of %d", depth, head.Number.Uint64())
	}
	return c.reorgAfter(ctx, head.Number.Uint64()-depth, dropTxs)
}

// ReorgFrom is Reorg of the blocks from first on: a caller that names the
// first block to replace gets exactly that, whatever blocks the chain mines
// meanwhile (a depth counted from a head read before would replace one
// block less for each).
func (c *Chain) ReorgFrom(ctx context.Context, first uint64, dropTxs bool) (uint64, error) {
	c.mineMu.Lock()
	defer c.mineMu.Unlock()
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("devl1: reorg: head: %w", err)
	}
	if first == 0 || first > head.Number.Uint64() {
		return 0, fmt.Errorf("devl1: reorg from block %d on a chain of %d", first, head.Number.Uint64())
	}
	return c.reorgAfter(ctx, first-1, dropTxs)
}

// reorgAfter replaces every block after base (mineMu held).
func (c *Chain) reorgAfter(ctx context.Context, base uint64, dropTxs bool) (uint64, error) {
	parent, err := c.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(base))
	if err != nil {
		return 0, fmt.Errorf("devl1: reorg: block %d: %w", base, err)
	}
	var (
		depth   uint64
		senders map[common.Address]uint64
	)
	for attempt := 0; ; attempt++ {
		// Fork refuses while transactions are pending: they go in a block
		// that the reorg replaces too. A node may send one between that
		// block and the fork, so the fork is tried again, after a block
		// that takes it. The pending block's count is the miner's, cached
		// for up to two seconds, so only the first attempt trusts it: a
		// refused fork is proof enough that something is pending.
		dirty := attempt > 0
		if pc, ok := c.Client.(pendingCounter); ok && !dirty {
			n, err := pc.PendingTransactionCount(ctx)
			dirty = err == nil && n > 0
		}
		if dirty {
			c.Backend.Commit()
		}
		head, err := c.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			return 0, fmt.Errorf("devl1: reorg: head: %w", err)
		}
		depth = head.Number.Uint64() - base
		// The senders of the replaced transactions, and their nonces with them.
		senders = map[common.Address]uint64{}
		for n := base + 1; n <= head.Number.Uint64(); n++ {
			b, err := c.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				return 0, fmt.Errorf("devl1: reorg: block %d: %w", n, err)
			}
			for _, tx := range b.Transactions() {
				from, err := types.Sender(types.LatestSignerForChainID(big.NewInt(ChainID)), tx)
				if err != nil {
					return 0, fmt.Errorf("devl1: reorg: sender of %s: %w", tx.Hash(), err)
				}
				senders[from] = 0
			}
		}
		for a := range senders {
			n, err := c.Client.NonceAt(ctx, a, head.Number)
			if err != nil {
				return 0, fmt.Errorf("devl1: reorg: nonce of %s: %w", a, err)
			}
			senders[a] = n
		}
		err = c.Backend.Fork(parent.Hash())
		if err == nil {
			break
		}
		if !strings.Contains(err.Error(), "pending block dirty") || attempt == 20 {
			return 0, fmt.Errorf("devl1: fork at block %d: %w", base, err)
		}
	}
	// The txpool takes the replaced transactions back when it hears of the
	// new head, on its own goroutine; a Rollback before that clears nothing.
	// So wait until its nonces say it has moved: with dropTxs, to the fork
	// point's (the transactions gone); without, back to the old head's.
	for {
		if dropTxs {
			c.Backend.Rollback()
		}
		settled := true
		for a, old := range senders {
			pending, err := c.Client.PendingNonceAt(ctx, a)
			if err != nil {
				return 0, fmt.Errorf("devl1: reorg: pending nonce of %s: %w", a, err)
			}
			want := old
			if dropTxs {
				if want, err = c.Client.NonceAt(ctx, a, nil); err != nil {
					return 0, fmt.Errorf("devl1: reorg: nonce of %s: %w", a, err)
				}
			}
			settled = settled && pending == want
		}
		if settled {
			break
		}
		select {
		case <-ctx.Done():
			return 0, fmt.Errorf("devl1: reorg: waiting for the txpool: %w", ctx.Err())
		case <-time.After(2 * time.Millisecond):
		}
	}
	for range depth + 1 {
		c.Backend.Commit()
	}
	if dropTxs {
		if err := c.restartSenders(ctx); err != nil {
			return 0, err
		}
	}
	return base + 1, nil
}

// Mine seals n blocks now, with whatever transactions are pending.
func (c *Chain) Mine(n int) {
	c.mineMu.Lock()
	defer c.mineMu.Unlock()
	for range n {
		c.Backend.Commit()
	}
}
