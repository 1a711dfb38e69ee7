// Package engine is the one writer of a node's L2 chain and the owner of
// its heads (design decision D12). The sequencer, derivation, the catch-up
// of a sequencer that finds L1 holding other blocks, and self-sequencing
// all hand it what to do; none of them appends to or takes back the chain
// store (package chain) itself.
//
// Model. These operations write the chain, each written once here:
//   - Preconfirm executes transactions in the open block, the block after
//     the head, as they arrive, and journals them; SealOpen seals it with
//     exactly those transactions and results (preconf.go): a sequencer's
//     blocks.
//   - Seal makes a whole block from a Plan (queue items, then candidate
//     transactions in order) with the core state transition and appends
//     it: blocks of queue items alone, and the self-sequencer's.
//   - Insert executes a block that L1 holds (its header, tx data and queue
//     items), checks the header against the result and appends it, or
//     refuses it as invalid (ErrInvalidBlock): derivation.
//   - Rewind takes the chain back to a block, after writing the user
//     transactions of the blocks it takes back (and of the open block) to
//     the mempool journal, and returns them so that the caller can offer
//     them again.
//
// The heads: latest is the chain's head; safe is the newest block that a
// batch on L1 holds as this chain holds it, and finalized the same as of
// L1's finalized block; settled is the last block of the newest batch
// whose challenge window is over as of L1's finalized block. FollowL1
// computes them from a follower snapshot (package l1); Rewind lowers them
// at once. Both hand them to the chain (chain.SetAnchors), whose state
// views follow them so that proofs at those blocks stay cheap.
//
// Guarantees. Writes are serialized (one at a time, whoever calls). Every
// check of a block happens before its first write (core.Builder), and a
// block and its state are stored in one batch (chain.Append), synced unless
// the pre-confirmation journal can make the block again (Recover). No
// acknowledged transaction is lost by a rewind or a crash: it is in a
// journal, synced, before its block is taken back, and a pre-confirmed one
// is sealed as it was answered.
package engine

import (
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/state"
)

// ErrInvalidBlock is returned by Insert for a block whose execution fails
// or disagrees with its header; the error is an *InvalidBlockError.
var ErrInvalidBlock = errors.New("engine: invalid block")

// ErrNotNext is returned by Insert for a header that does not extend the
// head (a caller's bug, or a chain that moved under it).
var ErrNotNext = errors.New("engine: block does not extend the head")

// InvalidBlockError names the posted block that was refused and why.
type InvalidBlockError struct {
	Number uint64
	Err    error
}

func (e *InvalidBlockError) Error() string {
	return fmt.Sprintf("engine: invalid block %d: %v", e.Number, e.Err)
}

// Is makes errors.Is(err, ErrInvalidBlock) true.
func (e *InvalidBlockError) Is(target error) bool { return target == ErrInvalidBlock }

func (e *InvalidBlockError) Unwrap() error { return e.Err }

// Lie makes a sealed block wrong on purpose (tests and demos; package
// internal/misbehave): given the state before the block, the queue items
// it applied and its honest outcome, it returns the outcome to store
// instead, or ok false to leave the block honest.
type Lie func(pre state.Reader, queue []core.QueueItem, o *core.Outcome) (lie *core.Outcome, ok bool, err error)

// Candidate is a transaction offered to a block.
type Candidate struct {
	Tx     *core.Tx
	Hash   common.Hash
	Sender common.Address
}

// Plan is what Seal makes a block of.
type Plan struct {
	// Timestamp is the block's time; one before the parent's is raised to
	// the parent's.
	Timestamp    uint64
	FeeRecipient common.Address
	// Items are the queue items the block applies, first, all of them (at
	// most core.MaxQueueItemsPerBlock).
	Items []core.QueueItem
	// Txs are tried in order until the block is full. One that fails is
	// left out (Dropped) and so are its sender's later ones (a nonce gap);
	// one that does not fit the tx data left waits for the next block, and
	// so do its sender's later ones.
	Txs []Candidate
	Lie Lie // nil: an honest block
}

// Drop is a candidate that failed in its block.
type Drop struct {
	Candidate
	Err error
}

// Sealed is what Seal did.
type Sealed struct {
	Block    *chain.Block // nil: nothing to include, no block made
	Included []common.Hash
	Dropped  []Drop
	Lied     bool // the block is Plan.Lie's
}

// Rewound is what Rewind took back.
type Rewound struct {
	From, To uint64 // the old head and the new one
	Blocks   []*chain.Block
	// Txs are the user transactions of Blocks, in their order, as signed;
	// they are in the mempool journal.
	Txs []*types.Transaction
}

// Engine writes one chain.
type Engine struct {
	chain   *chain.Chain
	journal *chain.PoolJournal
	log     *slog.Logger

	mu                       sync.Mutex // one write at a time
	safe, finalized, settled atomic.Uint64

	open      *openBlock // the block being pre-confirmed (preconf.go), under mu
	discarded []*types.Transaction
	pending   atomic.Pointer[PendingBlock] // the open block as published
	preFeed   event.Feed                   // of []*Preconfirmation
}

// New returns the engine of c.
func New(c *chain.Chain, log *slog.Logger) *Engine {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	e := &Engine{chain: c, journal: c.PoolJournal(), log: log}
	e.pending.Store(noPending)
	return e
}

// Chain is the chain the engine writes, for reading.
func (e *Engine) Chain() *chain.Chain { return e.chain }

// Head is the latest block's header.
func (e *Engine) Head() *core.Header { return e.chain.Head() }

// SafeBlock is the newest block a batch on L1 holds as this chain does.
func (e *Engine) SafeBlock() uint64 { return min(e.safe.Load(), e.chain.Head().Number) }

// FinalizedBlock is SafeBlock as of L1's finalized block.
func (e *Engine) FinalizedBlock() uint64 { return min(e.finalized.Load(), e.SafeBlock()) }

// SettledBlock is the last block of the newest batch whose challenge window
// is over as of L1's finalized block (0 until the L1 view tells it).
func (e *Engine) SettledBlock() uint64 { return min(e.settled.Load(), e.FinalizedBlock()) }

// anchor hands the heads to the chain's state views.
func (e *Engine) anchor() {
	e.chain.SetAnchors(chain.Anchors{Safe: e.SafeBlock(), Finalized: e.FinalizedBlock(), Settled: e.SettledBlock()})
}

// Seal makes the next block from p and appends it. With no queue item and
// no transaction that applies, it makes no block (Sealed.Block nil).
func (e *Engine) Seal(p Plan) (*Sealed, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	c := e.chain
	// A block pre-confirmed so far comes first, as it was pre-confirmed.
	if _, err := e.sealOpenLocked(nil); err != nil {
		return nil, err
	}
	parent := c.Head()
	cfg := c.Config()
	if len(p.Items) > core.MaxQueueItemsPerBlock {
		return nil, fmt.Errorf("engine: block %d: %d queue items, at most %d", parent.Number+1, len(p.Items), core.MaxQueueItemsPerBlock)
	}
	b, err := core.NewBuilder(cfg, c.State(), parent, max(p.Timestamp, parent.Timestamp), p.FeeRecipient)
	if err != nil {
		return nil, fmt.Errorf("engine: block %d: %w", parent.Number+1, err)
	}
	for i := range p.Items {
		if err := b.ApplyQueueItem(&p.Items[i]); err != nil {
			// Queue items never fail on a well-formed item (spec section
			// 8), and the follower passes only well-formed ones.
			return nil, fmt.Errorf("engine: block %d: queue item %d: %w", parent.Number+1, parent.QueueCursor+uint64(i), err)
		}
	}
	out := &Sealed{}
	skip := map[common.Address]bool{}
	for _, cand := range p.Txs {
		if b.TxCount() == core.MaxTxsPerBlock {
			break
		}
		if skip[cand.Sender] {
			continue
		}
		err := b.ApplyTx(cand.Tx)
		switch {
		case err == nil:
			out.Included = append(out.Included, cand.Hash)
		case errors.Is(err, core.ErrTxDataTooLarge):
			skip[cand.Sender] = true // it may fit the next block
		default:
			out.Dropped = append(out.Dropped, Drop{cand, err})
			skip[cand.Sender] = true // its later nonces now have a gap
		}
	}
	if len(p.Items) == 0 && len(out.Included) == 0 {
		return out, nil
	}
	o, err := b.Finish()
	if err != nil {
		return nil, fmt.Errorf("engine: finish block %d: %w", parent.Number+1, err)
	}
	if p.Lie != nil {
		lie, ok, err := p.Lie(c.State(), p.Items[:o.QueueItems], o)
		switch {
		case err != nil:
			e.log.Warn("misbehaving: could not make a wrong block", "block", o.Number, "err", err)
		case ok:
			o, out.Lied = lie, true
		}
	}
	blk, err := e.append(o)
	if err != nil {
		return nil, err
	}
	out.Block = blk
	return out, nil
}

// append stores an outcome as the next block.
func (e *Engine) append(o *core.Outcome) (*chain.Block, error) {
	p, err := e.chain.Prepare(o.Diff)
	if err != nil {
		return nil, fmt.Errorf("engine: state root of block %d: %w", o.Number, err)
	}
	blk := chain.FromOutcome(o, p.Root())
	if err := e.chain.Append(blk, p); err != nil {
		return nil, err
	}
	return blk, nil
}

// Insert executes block h (tx data txData, applying queue items `items`,
// which must be the h.QueueCursor - parent.QueueCursor items from the
// parent's cursor on) on the head and appends it if it re-executes to h.
// A block the core refuses or whose header differs from the result is not
// appended: the error is an *InvalidBlockError.
func (e *Engine) Insert(h *core.Header, txData []byte, items []core.QueueItem) (*chain.Block, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	c := e.chain
	parent := c.Head()
	if h.Number != parent.Number+1 || h.ParentHash != parent.Hash() {
		return nil, fmt.Errorf("%w: block %d with parent %s, head %d %s", ErrNotNext, h.Number, h.ParentHash, parent.Number, parent.Hash())
	}
	// L1 holds this block: an open block at its number is taken back.
	txs, err := e.discardLocked()
	if err != nil {
		return nil, err
	}
	e.discarded = append(e.discarded, txs...)
	if h.QueueCursor < parent.QueueCursor || h.QueueCursor-parent.QueueCursor > core.MaxQueueItemsPerBlock {
		return nil, &InvalidBlockError{h.Number, core.ErrBadQueueCursor}
	}
	if want := h.QueueCursor - parent.QueueCursor; uint64(len(items)) != want {
		return nil, fmt.Errorf("engine: block %d applies %d queue items, given %d", h.Number, want, len(items))
	}
	o, err := core.Execute(c.Config(), c.State(), parent, h.Timestamp, h.FeeRecipient, items, txData)
	if err != nil {
		return nil, &InvalidBlockError{h.Number, err}
	}
	p, err := c.Prepare(o.Diff)
	if err != nil {
		return nil, fmt.Errorf("engine: state root of block %d: %w", h.Number, err)
	}
	if err := core.CheckHeader(h, o, p.Root()); err != nil {
		return nil, &InvalidBlockError{h.Number, err}
	}
	blk := chain.FromOutcome(o, p.Root())
	if err := c.Append(blk, p); err != nil {
		return nil, err
	}
	return blk, nil
}

// Rewind makes block n the head again. The user transactions of the
// blocks it takes back are first written to the mempool journal (synced),
// so that a crash in the middle loses none; they are returned, in order,
// for the caller to offer again (a sequencer) or to forget (a verifier,
// which derives them again from L1). why and args are logged.
func (e *Engine) Rewind(n uint64, why string, args ...any) (*Rewound, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	c := e.chain
	head := c.Head().Number
	out := &Rewound{From: head, To: n}
	if n >= head {
		out.To = head
		return out, nil
	}
	cfg := c.Config()
	// The open block comes after every block taken back: its
	// transactions go back too, after theirs.
	open, err := e.discardLocked()
	if err != nil {
		return nil, fmt.Errorf("engine: rewind: %w", err)
	}
	for k := n + 1; k <= head; k++ {
		b, err := c.BlockByNumber(k)
		if err != nil {
			return nil, fmt.Errorf("engine: rewind: block %d: %w", k, err)
		}
		for _, tx := range b.Txs {
			signed := tx.Transaction(cfg.ChainID)
			raw, err := signed.MarshalBinary()
			if err != nil {
				return nil, fmt.Errorf("engine: rewind: encode a transaction of block %d: %w", k, err)
			}
			if err := e.journal.Put(signed.Hash(), raw); err != nil {
				return nil, fmt.Errorf("engine: rewind: journal a transaction of block %d: %w", k, err)
			}
			out.Txs = append(out.Txs, signed)
		}
	}
	out.Txs = append(out.Txs, open...)
	dropped, err := c.Rewind(n)
	if err != nil {
		return nil, fmt.Errorf("engine: rewind to %d: %w", n, err)
	}
	out.Blocks = dropped
	if e.safe.Load() > n {
		e.safe.Store(n)
	}
	if e.finalized.Load() > n {
		e.finalized.Store(n)
	}
	if e.settled.Load() > n {
		e.settled.Store(n)
	}
	e.anchor()
	e.log.Warn(why, append(args, "from", head, "to", n, "blocks", len(dropped), "txs", len(out.Txs))...)
	return out, nil
}

// maxBatchWalk bounds how many batches FollowL1 looks back for one this
// chain holds: more than any rewind leaves between L1 and the chain.
const maxBatchWalk = 64

// L1View is what FollowL1 reads of L1: an l1.Snapshot.
type L1View interface {
	BatchCount() uint64
	Batch(i uint64) (l1.BatchRecord, error)
	FinalizedPosted() l1.PostedBlock
}

// SettledView is what FollowL1 also reads of L1 when the view has it (an
// l1.Snapshot does): the Rollup's last block whose batch's challenge
// window is over as of L1's finalized block.
type SettledView interface {
	SettledPosted() l1.PostedBlock
}

// FollowL1 sets the safe, finalized and settled heads from a follower
// snapshot: the last block of the newest batch (as of L1's latest
// confirmed block, as of its finalized block, and past its challenge
// window as of the finalized block) whose last block is this chain's.
func (e *Engine) FollowL1(s L1View) {
	e.mu.Lock()
	defer e.mu.Unlock()
	defer e.anchor()
	head := e.chain.Head().Number
	safe, ok := e.held(s, s.BatchCount(), head)
	if ok {
		e.safe.Store(safe)
	} else if e.safe.Load() > head {
		e.safe.Store(head)
	}
	fin := s.FinalizedPosted()
	if !fin.HasBatch {
		e.finalized.Store(0)
		e.settled.Store(0)
		return
	}
	if f, ok := e.held(s, fin.Batch+1, min(head, safe)); ok {
		e.finalized.Store(f)
	}
	sv, ok := s.(SettledView)
	if !ok {
		return
	}
	switch set := sv.SettledPosted(); {
	case !set.HasBatch:
		e.settled.Store(0)
	default:
		if f, ok := e.held(s, set.Batch+1, min(head, e.finalized.Load())); ok {
			e.settled.Store(f)
		}
	}
}

// held returns the last block of the newest batch below index `end` that
// this chain holds (its last block at most `limit`, with the same hash),
// looking back at most maxBatchWalk batches; genesis (0) when there is
// none but the search reached the first batch.
func (e *Engine) held(s L1View, end, limit uint64) (uint64, bool) {
	for i, walked := end, 0; i > 0 && walked < maxBatchWalk; i, walked = i-1, walked+1 {
		rec, err := s.Batch(i - 1)
		if err != nil {
			return 0, false
		}
		if rec.LastBlock > limit {
			continue
		}
		mine, err := e.chain.BlockByNumber(rec.LastBlock)
		if err == nil && mine.Hash() == rec.LastBlockHash {
			return rec.LastBlock, true
		}
	}
	if end <= maxBatchWalk {
		return 0, true
	}
	return 0, false
}
