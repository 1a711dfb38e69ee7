package explorer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/service"
)

// The index is what the chain does not keep and the pages need: for each
// address, the transactions, queue items and withdrawals it appears in,
// and the tokens it has held; for each block, a small summary (hash, time,
// counts) that the home page's lists and chart read without decoding
// blocks.
//
// Model. The indexer follows the chain by parent hash, as the follower
// follows L1: it indexes the blocks after its cursor (the last block
// indexed, with its hash) in one Pebble batch per step with the cursor, and
// when the block at its cursor is no longer the chain's (a rewind) it walks
// back to the last block whose summary still matches the chain. Entries of
// blocks taken back are not deleted: every entry carries its block's hash
// and is shown only while the chain holds that block, so a reader never
// sees a block the chain has dropped, and the blocks sealed again in their
// place are indexed anew. The index is written without sync: it is derived
// from the chain, and a crash only makes the indexer redo its last steps.

// Keys under "e" in the node's database (the chain owns "c", the state
// "s", the follower "l").
var (
	idxCursor = []byte("eC") // → cursor
	idxBlock  = []byte("eb") // ‖ number → blockSummary
	idxAddr   = []byte("ea") // ‖ list (1) ‖ address (20) ‖ number (8) ‖ position (4) → block hash (32) [‖ queue index (8)]
	idxTokens = []byte("ek") // ‖ address (20) ‖ token (20) → empty
)

// The lists of an address.
const (
	listTxs         = 't' // transactions it sent or received (position: the tx's index)
	listQueue       = 'q' // L1 queue items to or from it (position: the item's place among its block's)
	listWithdrawals = 'w' // withdrawals paid to it on L1 (position: the withdrawal's index)
)

type cursor struct {
	Number uint64
	Hash   common.Hash
}

// blockSummary is what the lists show of a block.
type blockSummary struct {
	Hash        common.Hash
	Time        uint64
	Txs         uint32
	QueueItems  uint32
	Withdrawals uint32
}

// stepBlocks bounds the blocks one step indexes (one Pebble batch).
const stepBlocks = 256

type indexer struct {
	db    *pebble.DB
	chain *chain.Chain
	queue func(i uint64) (core.QueueItem, error)
	log   *slog.Logger

	mu  sync.Mutex // one step at a time
	cur cursor     // guarded by mu
	// tip is the cursor as last committed, for readers.
	tipMu sync.RWMutex
	tip   cursor

	loop       *service.Loop
	cancelFeed context.CancelFunc
	feedDone   chan struct{}
}

func newIndexer(db *pebble.DB, c *chain.Chain, queue func(uint64) (core.QueueItem, error), log *slog.Logger) (*indexer, error) {
	ix := &indexer{db: db, chain: c, queue: queue, log: log}
	v, closer, err := db.Get(idxCursor)
	switch {
	case errors.Is(err, pebble.ErrNotFound):
		ix.cur = cursor{Hash: core.Genesis().Hash()}
	case err != nil:
		return nil, fmt.Errorf("explorer: index cursor: %w", err)
	default:
		err = rlp.DecodeBytes(v, &ix.cur)
		closer.Close()
		if err != nil {
			return nil, fmt.Errorf("explorer: index cursor: %w", err)
		}
	}
	ix.tip = ix.cur
	return ix, nil
}

// Tip is the last block indexed.
func (ix *indexer) Tip() cursor {
	ix.tipMu.RLock()
	defer ix.tipMu.RUnlock()
	return ix.tip
}

// Start indexes in the background: at once, then after every new block
// (the chain's feed wakes it) and every second.
func (ix *indexer) Start(ctx context.Context) error {
	blocks := make(chan *chain.Block, 16)
	sub := ix.chain.SubscribeBlocks(blocks)
	wake := make(chan struct{}, 1)
	ix.feedDone = make(chan struct{})
	fctx, cancel := context.WithCancel(ctx)
	ix.cancelFeed = cancel
	go func() {
		defer close(ix.feedDone)
		defer sub.Unsubscribe()
		for {
			select {
			case <-blocks:
				select {
				case wake <- struct{}{}:
				default:
				}
			case <-fctx.Done():
				return
			case <-sub.Err():
				return
			}
		}
	}()
	ix.loop = &service.Loop{Name: "explorer index", Interval: time.Second, Wake: wake, Log: ix.log, Step: func(ctx context.Context) error {
		for ctx.Err() == nil {
			more, err := ix.Step()
			if err != nil || !more {
				return err
			}
		}
		return nil
	}}
	if err := ix.loop.Start(ctx); err != nil {
		cancel()
		<-ix.feedDone
		return err
	}
	return nil
}

// Stop waits for the step in progress.
func (ix *indexer) Stop(ctx context.Context) error {
	if ix.loop == nil {
		return nil
	}
	err := ix.loop.Stop(ctx)
	ix.cancelFeed()
	<-ix.feedDone
	return err
}

// Step indexes up to stepBlocks blocks; it reports whether more are
// waiting.
func (ix *indexer) Step() (bool, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	head := ix.chain.Head()
	if err := ix.backToChain(head.Number); err != nil {
		return false, err
	}
	if ix.cur.Number >= head.Number {
		return false, nil
	}
	last := min(head.Number, ix.cur.Number+stepBlocks)
	b := ix.db.NewBatch()
	defer b.Close()
	next := ix.cur
	parent, err := ix.chain.HeaderByNumber(next.Number)
	if err != nil {
		return false, fmt.Errorf("explorer: index: block %d: %w", next.Number, err)
	}
	for n := next.Number + 1; n <= last; n++ {
		blk, err := ix.chain.BlockByNumber(n)
		if errors.Is(err, chain.ErrNotFound) {
			break // taken back since the head was read
		}
		if err != nil {
			return false, fmt.Errorf("explorer: index: block %d: %w", n, err)
		}
		if blk.Header.ParentHash != next.Hash {
			break // a rewind since: the next step walks back
		}
		if err := ix.stage(b, blk, parent.QueueCursor); err != nil {
			return false, err
		}
		next, parent = cursor{Number: n, Hash: blk.Hash()}, blk.Header
	}
	if next == ix.cur {
		return false, nil
	}
	if err := ix.commit(b, next); err != nil {
		return false, err
	}
	return next.Number < head.Number, nil
}

// backToChain moves the cursor back to the newest block whose summary is
// still the chain's block (ix.mu held).
func (ix *indexer) backToChain(head uint64) error {
	n := min(ix.cur.Number, head)
	if n == ix.cur.Number {
		if h, err := ix.chain.HeaderByNumber(n); err == nil && h.Hash() == ix.cur.Hash {
			return nil
		}
	}
	for n > 0 {
		h, err := ix.chain.HeaderByNumber(n)
		if err != nil && !errors.Is(err, chain.ErrNotFound) {
			return fmt.Errorf("explorer: index: block %d: %w", n, err)
		}
		if err == nil {
			if s, ok, err := ix.summary(n); err != nil {
				return err
			} else if ok && s.Hash == h.Hash() {
				break
			}
		}
		n--
	}
	to := cursor{Hash: core.Genesis().Hash()}
	if n > 0 {
		h, err := ix.chain.HeaderByNumber(n)
		if err != nil {
			return err
		}
		to = cursor{Number: n, Hash: h.Hash()}
	}
	ix.log.Info("explorer index follows the chain back", "from", ix.cur.Number, "to", n)
	b := ix.db.NewBatch()
	defer b.Close()
	return ix.commit(b, to)
}

func (ix *indexer) commit(b *pebble.Batch, to cursor) error {
	enc, err := rlp.EncodeToBytes(&to)
	if err != nil {
		return err
	}
	if err := b.Set(idxCursor, enc, nil); err != nil {
		return err
	}
	if err := b.Commit(pebble.NoSync); err != nil {
		return fmt.Errorf("explorer: index: write to block %d: %w", to.Number, err)
	}
	ix.cur = to
	ix.tipMu.Lock()
	ix.tip = to
	ix.tipMu.Unlock()
	return nil
}

// stage writes blk's summary and entries; cursor is its parent's queue
// cursor (the first queue item it applies).
func (ix *indexer) stage(b *pebble.Batch, blk *chain.Block, queueFrom uint64) error {
	n, hash := blk.Header.Number, blk.Hash()
	sum := blockSummary{Hash: hash, Time: blk.Header.Timestamp, Txs: uint32(len(blk.Txs)), QueueItems: uint32(blk.Header.QueueCursor - queueFrom), Withdrawals: uint32(len(blk.Withdrawals))}
	enc, err := rlp.EncodeToBytes(&sum)
	if err != nil {
		return err
	}
	if err := b.Set(be64(idxBlock, n), enc, nil); err != nil {
		return err
	}
	put := func(list byte, a common.Address, pos uint32, extra []byte) error {
		if a == (common.Address{}) {
			return nil
		}
		return b.Set(addrKey(list, a, n, pos), append(hash.Bytes(), extra...), nil)
	}
	holds := func(a, token common.Address) error {
		if a == (common.Address{}) || a == core.BridgeAddress {
			return nil
		}
		return b.Set(append(append(slices.Clone(idxTokens), a[:]...), token[:]...), nil, nil)
	}
	for i, tx := range blk.Txs {
		from := blk.Receipts[i].Sender
		for _, a := range []common.Address{from, tx.To, tx.Recipient} {
			if err := put(listTxs, a, uint32(i), nil); err != nil {
				return err
			}
		}
		if tx.Token {
			for _, a := range []common.Address{from, tx.Recipient} {
				if err := holds(a, tx.To); err != nil {
					return err
				}
			}
		}
	}
	for q := queueFrom; q < blk.Header.QueueCursor; q++ {
		item, err := ix.queue(q)
		if err != nil {
			// The follower no longer holds it: an L1 reorg took it, and
			// the chain will take this block back.
			ix.log.Debug("explorer index: queue item not in the L1 view", "index", q, "err", err)
			continue
		}
		extra := binary.BigEndian.AppendUint64(nil, q)
		for _, a := range []common.Address{item.From, item.To} {
			if err := put(listQueue, a, uint32(q-queueFrom), extra); err != nil {
				return err
			}
		}
		if item.Token != (common.Address{}) {
			owner := item.To
			if item.Kind == core.QueueForcedWithdrawal {
				owner = item.From
			}
			if err := holds(owner, item.Token); err != nil {
				return err
			}
		}
	}
	for i, w := range blk.Withdrawals {
		if err := put(listWithdrawals, w.Recipient, uint32(i), nil); err != nil {
			return err
		}
	}
	return nil
}

func be64(prefix []byte, n uint64) []byte {
	return binary.BigEndian.AppendUint64(slices.Clone(prefix), n)
}

func addrKey(list byte, a common.Address, n uint64, pos uint32) []byte {
	k := append(append(slices.Clone(idxAddr), list), a[:]...)
	k = binary.BigEndian.AppendUint64(k, n)
	return binary.BigEndian.AppendUint32(k, pos)
}

func (ix *indexer) summary(n uint64) (blockSummary, bool, error) {
	v, closer, err := ix.db.Get(be64(idxBlock, n))
	if errors.Is(err, pebble.ErrNotFound) {
		return blockSummary{}, false, nil
	}
	if err != nil {
		return blockSummary{}, false, err
	}
	defer closer.Close()
	var s blockSummary
	if err := rlp.DecodeBytes(v, &s); err != nil {
		return blockSummary{}, false, fmt.Errorf("explorer: index: summary of block %d: %w", n, err)
	}
	return s, true, nil
}

// summaries calls fn with the summaries of blocks from `from` down, newest
// first, while fn returns true. Only blocks up to the index's tip that the
// chain still holds as indexed are given.
func (ix *indexer) summaries(from uint64, fn func(n uint64, s blockSummary) bool) error {
	tip := ix.Tip()
	from = min(from, tip.Number)
	it, err := ix.db.NewIter(&pebble.IterOptions{LowerBound: be64(idxBlock, 1), UpperBound: be64(idxBlock, from+1)})
	if err != nil {
		return err
	}
	defer it.Close()
	for ok := it.Last(); ok; ok = it.Prev() {
		k := it.Key()
		if len(k) != len(idxBlock)+8 {
			continue
		}
		var s blockSummary
		if err := rlp.DecodeBytes(it.Value(), &s); err != nil {
			return fmt.Errorf("explorer: index: block summary: %w", err)
		}
		if !fn(binary.BigEndian.Uint64(k[len(idxBlock):]), s) {
			return nil
		}
	}
	return it.Error()
}

// entry is one item of an address's list, in a block the chain holds.
type entry struct {
	Block uint64
	Pos   uint32
	Queue uint64 // listQueue: the queue item's index
}

// maxStale bounds the entries of blocks taken back that one read skips.
const maxStale = 1000

// list returns up to max entries of addr's list, newest first, in blocks
// below `before` (0: any).
func (ix *indexer) list(list byte, addr common.Address, before uint64, max int) ([]entry, bool, error) {
	lo := append(append(slices.Clone(idxAddr), list), addr[:]...)
	hi := addrKey(list, addr, before, 0)
	if before == 0 {
		hi = addrKey(list, addr, ^uint64(0), ^uint32(0))
	}
	it, err := ix.db.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
	if err != nil {
		return nil, false, err
	}
	defer it.Close()
	hashes := map[uint64]common.Hash{}
	var out []entry
	stale := 0
	for ok := it.Last(); ok; ok = it.Prev() {
		k, v := it.Key(), it.Value()
		if len(k) != len(lo)+12 || len(v) < 32 {
			continue
		}
		e := entry{Block: binary.BigEndian.Uint64(k[len(lo):]), Pos: binary.BigEndian.Uint32(k[len(lo)+8:])}
		if len(v) == 40 {
			e.Queue = binary.BigEndian.Uint64(v[32:])
		}
		h, ok := hashes[e.Block]
		if !ok {
			hdr, err := ix.chain.HeaderByNumber(e.Block)
			if err != nil && !errors.Is(err, chain.ErrNotFound) {
				return nil, false, err
			}
			if err == nil {
				h = hdr.Hash()
			}
			hashes[e.Block] = h
		}
		if h != common.BytesToHash(v[:32]) {
			if stale++; stale > maxStale {
				break
			}
			continue
		}
		if len(out) == max {
			return out, true, nil
		}
		out = append(out, e)
	}
	return out, false, it.Error()
}

// maxTokens bounds the tokens an account page shows balances of.
const maxTokens = 64

// tokens returns the tokens addr has received or sent (at most maxTokens).
func (ix *indexer) tokens(addr common.Address) ([]common.Address, error) {
	lo := append(slices.Clone(idxTokens), addr[:]...)
	hi := append(slices.Clone(lo), make([]byte, 20)...)
	for i := len(lo); i < len(hi); i++ {
		hi[i] = 0xff
	}
	it, err := ix.db.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: append(hi, 0)})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []common.Address
	for ok := it.First(); ok && len(out) < maxTokens; ok = it.Next() {
		if k := it.Key(); len(k) == len(lo)+20 {
			out = append(out, common.BytesToAddress(k[len(lo):]))
		}
	}
	return out, it.Error()
}
