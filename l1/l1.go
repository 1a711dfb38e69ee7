// Package l1 is the node's access to Ethereum: the Rollup contract's queue
// (deposits and forced withdrawals) and token registry as read from its
// events, the contract's views, and a transaction sender with its own key
// and nonce. Everything goes through the standard JSON-RPC API (ethclient or
// anything with the same methods), so any Ethereum node will do (D1).
//
// Queue items are taken only once their L1 block is Confirmations deep, so a
// shallow L1 reorg never reaches the L2. A deeper one is followed: the
// Watcher forgets what the reorg removed and reports queue items that are
// gone for good (TakeDropped), for the sequencer or the derivation to take
// back the L2 blocks that applied them.
package l1

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
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
	ethereum.ChainStateReader
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
//
// L1 reorgs: each Poll first checks that the last L1 block it read is still
// in the chain. If not, it walks back its checkpoints (the last block of each
// Poll) to the newest one still in the chain, forgets the queue items and
// tokens read after it, and reads on from there. The forgotten items are
// kept aside: once the new chain has been read as far as the old one had
// been, every one of them that came back unchanged (a deposit the new chain
// included again) is as good as before, and the first one that did not
// (gone, or another item in its place) is reported by TakeDropped, once, to
// the consumer that has to take back what it built on it.
type Watcher struct {
	Rollup        *Rollup
	Confirmations uint64 // how deep a block must be before its events count
	FromBlock     uint64 // the L1 block to start scanning at (the deployment)

	mu          sync.RWMutex
	next        uint64       // the next L1 block to scan
	checkpoints []checkpoint // the last block of recent polls, oldest first
	started     bool
	items       []queued
	tokens      map[common.Address]token
	l1Head      uint64
	reorgs      uint64

	orphans    []queued // items a reorg took away, not yet seen again
	orphanFrom uint64   // the queue index of orphans[0]
	settleAt   uint64   // the old chain's last scanned block: judge orphans once scanned past it
	dropped    uint64   // lowest queue index reported gone or replaced
	hasDropped bool
}

type checkpoint struct {
	number uint64
	hash   common.Hash
}

type queued struct {
	item  core.QueueItem
	block uint64 // the L1 block of its event
}

type token struct {
	Token
	block uint64
}

// maxCheckpoints bounds the reorg depth the watcher can follow back without
// starting over from FromBlock (which is always correct, only slower).
const maxCheckpoints = 256

// Poll scans the confirmed L1 blocks not scanned yet, after taking back what
// an L1 reorg removed.
func (w *Watcher) Poll(ctx context.Context) error {
	head, err := w.Rollup.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("l1: read head: %w", err)
	}
	w.mu.Lock()
	if !w.started {
		w.next, w.started = w.FromBlock, true
	}
	w.l1Head = head.Number.Uint64()
	cps := append([]checkpoint(nil), w.checkpoints...)
	w.mu.Unlock()
	// Only Poll writes next and the checkpoints, and Poll is called from one
	// goroutine, so they can be read outside the lock from here on.
	if n := len(cps); n > 0 {
		same, err := w.canonical(ctx, cps[n-1])
		if err != nil {
			return err
		}
		if !same {
			keep := -1
			for i := n - 2; i >= 0; i-- {
				ok, err := w.canonical(ctx, cps[i])
				if err != nil {
					return err
				}
				if ok {
					keep = i
					break
				}
			}
			w.rollBack(cps, keep)
		}
	}
	from := w.next
	if head.Number.Uint64() < w.Confirmations || head.Number.Uint64()-w.Confirmations < from {
		return nil
	}
	to := head.Number.Uint64() - w.Confirmations
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
		w.tokens = make(map[common.Address]token)
	}
	items := w.items
	tokens := map[common.Address]token{}
	for i := range logs {
		lg := &logs[i]
		if lg.Removed || len(lg.Topics) == 0 {
			continue
		}
		// The logs must come from the block read as `to` (or before it): a
		// reorg between the two reads would mix chains. The next Poll sees
		// the reorg through the checkpoint and reads again.
		if lg.BlockNumber == to && lg.BlockHash != toHeader.Hash() {
			return fmt.Errorf("l1: block %d changed while being read", to)
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
			if idx != uint64(len(items)) {
				return fmt.Errorf("%w: item %d after %d items", errGapQueue, idx, len(items))
			}
			items = append(items, queued{item: *q, block: lg.BlockNumber})
		case tokenTopic:
			ev, err := rollupABI.UnpackTokenRegisteredEvent(lg)
			if err != nil {
				return fmt.Errorf("l1: TokenRegistered in %s: %w", lg.TxHash, err)
			}
			tokens[ev.Token] = token{Token{Name: ev.Name, Symbol: ev.Symbol, Decimals: ev.Decimals}, lg.BlockNumber}
		}
	}
	w.items = items
	maps.Copy(w.tokens, tokens)
	w.next = to + 1
	w.checkpoints = append(w.checkpoints, checkpoint{to, toHeader.Hash()})
	if len(w.checkpoints) > maxCheckpoints {
		w.checkpoints = w.checkpoints[len(w.checkpoints)-maxCheckpoints:]
	}
	w.judgeOrphans(to)
	return nil
}

func (w *Watcher) canonical(ctx context.Context, cp checkpoint) (bool, error) {
	h, err := w.Rollup.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(cp.number))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil // the chain is shorter now
	}
	if err != nil {
		return false, fmt.Errorf("l1: read block %d: %w", cp.number, err)
	}
	return h.Hash() == cp.hash, nil
}

// rollBack forgets what was read after checkpoint cps[keep] (everything
// for keep < 0) and sets aside the queue items it held.
func (w *Watcher) rollBack(cps []checkpoint, keep int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.reorgs++
	last := cps[len(cps)-1].number
	kept := w.FromBlock // the first block to read again
	if keep >= 0 {
		kept = cps[keep].number + 1
	}
	cut := len(w.items)
	for cut > 0 && w.items[cut-1].block >= kept {
		cut--
	}
	if cut < len(w.items) {
		gone := append([]queued(nil), w.items[cut:]...)
		// Orphans of an earlier reorg still awaited follow the queue's end
		// (judgeOrphans keeps orphanFrom there), so they follow these.
		w.orphans = append(gone, w.orphans...)
		w.orphanFrom = uint64(cut)
		w.items = w.items[:cut]
	}
	w.settleAt = max(w.settleAt, last)
	for a, t := range w.tokens {
		if t.block >= kept {
			delete(w.tokens, a)
		}
	}
	w.checkpoints = w.checkpoints[:keep+1]
	w.next = kept
}

// judgeOrphans compares the items set aside by a reorg with those read
// since: an item that came back unchanged is kept, a different one is a
// drop at once, and an item still missing when the new chain has been read
// as far as the old one was (scanned up to `to`) is a drop too.
func (w *Watcher) judgeOrphans(to uint64) {
	if len(w.orphans) == 0 {
		return
	}
	for i, o := range w.orphans {
		idx := w.orphanFrom + uint64(i)
		if idx >= uint64(len(w.items)) {
			if to >= w.settleAt {
				w.drop(idx)
				break
			}
			// Not back yet: keep waiting for the rest.
			w.orphans, w.orphanFrom = w.orphans[i:], idx
			return
		}
		if !sameItem(&w.items[idx].item, &o.item) {
			w.drop(idx)
			break
		}
	}
	w.orphans, w.settleAt = nil, 0
}

func (w *Watcher) drop(idx uint64) {
	if !w.hasDropped || idx < w.dropped {
		w.dropped = idx
	}
	w.hasDropped = true
}

func sameItem(a, b *core.QueueItem) bool {
	return a.Kind == b.Kind && a.From == b.From && a.To == b.To && a.Token == b.Token && a.Amount.Eq(&b.Amount)
}

// TakeDropped reports, once, the lowest queue index whose item an L1 reorg
// took away or replaced since the last call: whoever applied items from it
// on must take them back. Items that a reorg removed and the new chain
// included again unchanged are not reported.
func (w *Watcher) TakeDropped() (uint64, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	d, ok := w.dropped, w.hasDropped
	w.dropped, w.hasDropped = 0, false
	return d, ok
}

// Reorgs returns how many L1 reorgs the watcher has followed.
func (w *Watcher) Reorgs() uint64 {
	w.mu.RLock()
	defer w.mu.RUnlock()
	return w.reorgs
}

// QueueItems returns up to max confirmed queue items from index `from` on.
func (w *Watcher) QueueItems(from uint64, max int) []core.QueueItem {
	w.mu.RLock()
	defer w.mu.RUnlock()
	if from >= uint64(len(w.items)) {
		return nil
	}
	end := min(uint64(len(w.items)), from+uint64(max))
	out := make([]core.QueueItem, 0, end-from)
	for _, q := range w.items[from:end] {
		out = append(out, q.item)
	}
	return out
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
	return t.Token, ok
}

// BatchLog is one BatchSubmitted event with the transaction that posted it.
type BatchLog struct {
	Event     *bindings.RollupBatchSubmitted
	Tx        common.Hash
	Block     uint64
	BlockHash common.Hash // of L1 block Block, to notice a reorg that removes it
}

// Batches returns the BatchSubmitted events in L1 blocks from..to, less
// those of batches that a fraud proof later in the same range reverted
// (BatchesReverted): L1 no longer holds them, and a new batch of the same
// index may follow.
func (r *Rollup) Batches(ctx context.Context, from, to uint64) ([]BatchLog, error) {
	logs, err := r.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{r.Address}, Topics: [][]common.Hash{{batchTopic, revertedTopic}},
	})
	if err != nil {
		return nil, fmt.Errorf("l1: read BatchSubmitted %d..%d: %w", from, to, err)
	}
	var out []BatchLog
	// Backwards, so that each BatchSubmitted is judged by the reverts that
	// came after it: a revert from batch k drops every earlier submission
	// of index k or above, and none of the later ones.
	reverted := new(big.Int).SetUint64(^uint64(0))
	for i := len(logs) - 1; i >= 0; i-- {
		l := &logs[i]
		if l.Removed || len(l.Topics) == 0 {
			continue
		}
		if l.Topics[0] == revertedTopic {
			ev, err := rollupABI.UnpackBatchesRevertedEvent(l)
			if err != nil {
				return nil, fmt.Errorf("l1: BatchesReverted in %s: %w", l.TxHash, err)
			}
			if ev.FromBatch.Cmp(reverted) < 0 {
				reverted = ev.FromBatch
			}
			continue
		}
		ev, err := rollupABI.UnpackBatchSubmittedEvent(l)
		if err != nil {
			return nil, fmt.Errorf("l1: BatchSubmitted in %s: %w", l.TxHash, err)
		}
		if ev.BatchIndex.Cmp(reverted) >= 0 {
			continue
		}
		out = append(out, BatchLog{Event: ev, Tx: l.TxHash, Block: l.BlockNumber, BlockHash: l.BlockHash})
	}
	slices.Reverse(out)
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
