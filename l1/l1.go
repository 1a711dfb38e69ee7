// Package l1 is the node's access to Ethereum: the Rollup contract's queue
// (deposits and forced withdrawals) and token registry as read from its
// events, the contract's views, and a transaction sender with its own key
// and nonce. Everything goes through the standard JSON-RPC API (ethclient or
// anything with the same methods), so any Ethereum node will do (D1).
//
// Queue items are taken only once their L1 block is Confirmations deep, so a
// shallow L1 reorg cannot take back a deposit the L2 has already applied.
// Deeper reorgs are not handled yet.
package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

// Client is the part of the Ethereum JSON-RPC API the node uses; both
// ethclient.Client and the simulated chain's client implement it.
type Client interface {
	ethereum.ChainReader
	ethereum.ChainIDReader
	ethereum.ContractCaller
	ethereum.LogFilterer
	ethereum.TransactionReader
	ethereum.TransactionSender
	ethereum.GasPricer
	ethereum.GasEstimator
	ethereum.PendingStateReader
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

var (
	rollupABI   = bindings.NewRollup()
	abiEvents   = rollupABI.GetABI().Events
	queueTopic  = abiEvents[bindings.RollupQueueItemAddedEventName].ID
	tokenTopic  = abiEvents[bindings.RollupTokenRegisteredEventName].ID
	batchTopic  = abiEvents[bindings.RollupBatchSubmittedEventName].ID
	errGapQueue = errors.New("l1: queue event out of order")
)

// ErrReorg is returned when a block the watcher has already scanned is no
// longer in the L1 chain: a reorg deeper than the confirmation depth. The
// node stops taking queue items rather than build on events that are gone;
// un-applying them is not implemented yet.
var ErrReorg = errors.New("l1: reorg deeper than the confirmation depth")

// Rollup reads the Rollup contract at Address.
type Rollup struct {
	Client  Client
	Address common.Address
}

func (r *Rollup) call(ctx context.Context, data []byte, at *big.Int) ([]byte, error) {
	return r.Client.CallContract(ctx, ethereum.CallMsg{To: &r.Address, Data: data}, at)
}

// LatestBlock returns the last L2 block the contract has accepted, as of L1
// block `at` (nil for the latest).
func (r *Rollup) LatestBlock(ctx context.Context, at *big.Int) (bindings.LatestBlockOutput, error) {
	out, err := r.call(ctx, rollupABI.PackLatestBlock(), at)
	if err != nil {
		return bindings.LatestBlockOutput{}, fmt.Errorf("l1: Rollup.latestBlock: %w", err)
	}
	return rollupABI.UnpackLatestBlock(out)
}

// Bond returns the bond each batch must carry.
func (r *Rollup) Bond(ctx context.Context) (*big.Int, error) {
	out, err := r.call(ctx, rollupABI.PackBond(), nil)
	if err != nil {
		return nil, fmt.Errorf("l1: Rollup.bond: %w", err)
	}
	return rollupABI.UnpackBond(out)
}

// ChallengeWindow returns the contract's challenge window in seconds.
func (r *Rollup) ChallengeWindow(ctx context.Context) (uint64, error) {
	out, err := r.call(ctx, rollupABI.PackChallengeWindow(), nil)
	if err != nil {
		return 0, fmt.Errorf("l1: Rollup.challengeWindow: %w", err)
	}
	return rollupABI.UnpackChallengeWindow(out)
}

// L2ChainID returns the L2 chain id the contract was deployed for.
func (r *Rollup) L2ChainID(ctx context.Context) (uint64, error) {
	out, err := r.call(ctx, rollupABI.PackL2ChainId(), nil)
	if err != nil {
		return 0, fmt.Errorf("l1: Rollup.l2ChainId: %w", err)
	}
	return rollupABI.UnpackL2ChainId(out)
}

// Token is what the Rollup recorded of a bridged token when it was first
// deposited.
type Token struct {
	Name, Symbol string
	Decimals     uint8
}

// Watcher follows the Rollup's queue and token registry on L1. Poll reads
// the new events up to the confirmed head; the sequencer takes queue items
// from it in order.
type Watcher struct {
	Rollup        *Rollup
	Confirmations uint64 // how deep a block must be before its events count
	FromBlock     uint64 // the L1 block to start scanning at (the deployment)

	mu       sync.RWMutex
	next     uint64      // the next L1 block to scan
	lastHash common.Hash // hash of block next-1 when it was scanned
	started  bool
	items    []core.QueueItem
	tokens   map[common.Address]Token
	l1Head   uint64
}

// Poll scans the confirmed L1 blocks not scanned yet.
func (w *Watcher) Poll(ctx context.Context) error {
	head, err := w.Rollup.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("l1: read head: %w", err)
	}
	w.mu.Lock()
	if !w.started {
		w.next, w.started = w.FromBlock, true
	}
	from := w.next
	w.l1Head = head.Number.Uint64()
	w.mu.Unlock()
	if head.Number.Uint64() < w.Confirmations || head.Number.Uint64()-w.Confirmations < from {
		return nil
	}
	to := head.Number.Uint64() - w.Confirmations
	if from > 0 && w.lastHash != (common.Hash{}) {
		prev, err := w.Rollup.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(from-1))
		if err != nil {
			return fmt.Errorf("l1: read block %d: %w", from-1, err)
		}
		if prev.Hash() != w.lastHash {
			return fmt.Errorf("%w: block %d was %s, is %s", ErrReorg, from-1, w.lastHash, prev.Hash())
		}
	}
	toHeader, err := w.Rollup.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return fmt.Errorf("l1: read block %d: %w", to, err)
	}
	logs, err := w.Rollup.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{w.Rollup.Address},
		Topics:    [][]common.Hash{{queueTopic, tokenTopic}},
	})
	if err != nil {
		return fmt.Errorf("l1: read Rollup events %d..%d: %w", from, to, err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.tokens == nil {
		w.tokens = make(map[common.Address]Token)
	}
	for i := range logs {
		lg := &logs[i]
		if lg.Removed || len(lg.Topics) == 0 {
			continue
		}
		switch lg.Topics[0] {
		case queueTopic:
			ev, err := rollupABI.UnpackQueueItemAddedEvent(lg)
			if err != nil {
				return fmt.Errorf("l1: QueueItemAdded in %s: %w", lg.TxHash, err)
			}
			idx, q, err := rollup.QueueItem(ev)
			if err != nil {
				return err
			}
			if idx != uint64(len(w.items)) {
				return fmt.Errorf("%w: item %d after %d items", errGapQueue, idx, len(w.items))
			}
			w.items = append(w.items, *q)
		case tokenTopic:
			ev, err := rollupABI.UnpackTokenRegisteredEvent(lg)
			if err != nil {
				return fmt.Errorf("l1: TokenRegistered in %s: %w", lg.TxHash, err)
			}
			w.tokens[ev.Token] = Token{Name: ev.Name, Symbol: ev.Symbol, Decimals: ev.Decimals}
		}
	}
	w.next, w.lastHash = to+1, toHeader.Hash()
	return nil
}

// QueueItems returns up to max confirmed queue items from index `from` on.
func (w *Watcher) QueueItems(from uint64, max int) []core.QueueItem {
	w.mu.RLock()
	defer w.mu.RUnlock()
	if from >= uint64(len(w.items)) {
		return nil
	}
	end := min(uint64(len(w.items)), from+uint64(max))
	return append([]core.QueueItem(nil), w.items[from:end]...)
}

// QueueLength returns the number of confirmed queue items.
func (w *Watcher) QueueLength() uint64 {
	w.mu.RLock()
	defer w.mu.RUnlock()
	return uint64(len(w.items))
}

// Token returns the metadata of a bridged token.
func (w *Watcher) Token(addr common.Address) (Token, bool) {
	w.mu.RLock()
	defer w.mu.RUnlock()
	t, ok := w.tokens[addr]
	return t, ok
}

// BatchLog is one BatchSubmitted event with the transaction that posted it.
type BatchLog struct {
	Event *bindings.RollupBatchSubmitted
	Tx    common.Hash
	Block uint64
}

// Batches returns the BatchSubmitted events in L1 blocks from..to.
func (r *Rollup) Batches(ctx context.Context, from, to uint64) ([]BatchLog, error) {
	logs, err := r.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{r.Address}, Topics: [][]common.Hash{{batchTopic}},
	})
	if err != nil {
		return nil, fmt.Errorf("l1: read BatchSubmitted %d..%d: %w", from, to, err)
	}
	out := make([]BatchLog, 0, len(logs))
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := rollupABI.UnpackBatchSubmittedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("l1: BatchSubmitted in %s: %w", logs[i].TxHash, err)
		}
		out = append(out, BatchLog{Event: ev, Tx: logs[i].TxHash, Block: logs[i].BlockNumber})
	}
	return out, nil
}

// BatchBlocks reads the blocks a batch posted from its transaction's input
// and checks them against the event's blocks root.
func (r *Rollup) BatchBlocks(ctx context.Context, b BatchLog) ([]rollup.Block, error) {
	tx, _, err := r.Client.TransactionByHash(ctx, b.Tx)
	if err != nil {
		return nil, fmt.Errorf("l1: read batch transaction %s: %w", b.Tx, err)
	}
	blocks, err := rollup.DecodeBatch(tx.Data())
	if err != nil {
		return nil, fmt.Errorf("l1: batch %s in %s: %w", b.Event.BatchIndex, b.Tx, err)
	}
	headers := make([]*core.Header, len(blocks))
	for i := range blocks {
		headers[i] = blocks[i].Header
	}
	if rollup.BlocksRoot(headers) != b.Event.BlocksRoot {
		return nil, fmt.Errorf("l1: batch %s: posted blocks do not match the blocks root", b.Event.BatchIndex)
	}
	return blocks, nil
}

// ErrNotPosted is returned by FindBatch for a block no batch holds yet.
var ErrNotPosted = errors.New("l1: block not posted yet")

// FindBatch returns the batch that posted L2 block n: its index and all its
// headers, read from L1 (events from L1 block `from` on, then the batch's
// calldata).
func (r *Rollup) FindBatch(ctx context.Context, from, n uint64) (uint64, []*core.Header, error) {
	head, err := r.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, nil, fmt.Errorf("l1: head: %w", err)
	}
	batches, err := r.Batches(ctx, from, head.Number.Uint64())
	if err != nil {
		return 0, nil, err
	}
	for _, b := range batches {
		if b.Event.FirstBlock <= n && n <= b.Event.LastBlock {
			blocks, err := r.BatchBlocks(ctx, b)
			if err != nil {
				return 0, nil, err
			}
			headers := make([]*core.Header, len(blocks))
			for i := range blocks {
				headers[i] = blocks[i].Header
			}
			return b.Event.BatchIndex.Uint64(), headers, nil
		}
	}
	return 0, nil, fmt.Errorf("%w: %d", ErrNotPosted, n)
}

// IsFinalized reports whether batch b's challenge window is over.
func (r *Rollup) IsFinalized(ctx context.Context, b uint64) (bool, error) {
	out, err := r.call(ctx, rollupABI.PackIsFinalized(new(big.Int).SetUint64(b)), nil)
	if err != nil {
		return false, fmt.Errorf("l1: Rollup.isFinalized: %w", err)
	}
	return rollupABI.UnpackIsFinalized(out)
}
