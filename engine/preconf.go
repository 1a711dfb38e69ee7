package engine

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// Pre-confirmation. A sequencer executes each transaction as it arrives,
// in the open block: the block after the head, whose timestamp, fee
// recipient and queue items were fixed when it opened (the queue items
// applied first, as in every block). Preconfirm applies a group of
// transactions with the core state transition and writes them to the
// pre-confirmation journal in one synced Pebble batch (a group commit);
// from then on their receipts are final in everything but the block hash,
// which the block's state root decides when it is sealed. SealOpen seals
// the open block with exactly those transactions, in that order, with
// those results: the same core.Builder finishes it.
//
// The journal holds the open block: one record of what it opened with,
// one per transaction. A sealed block deletes its records in the batch
// that stores it, so the block needs no sync of its own: a crash that
// loses it leaves its records, and Recover seals it again, identically,
// before anything else runs. Pebble's log keeps writes in order, so a
// synced write makes every earlier one durable too.
//
// Sealing is pipelined. StartSeal finishes the open block (its
// transactions, receipts and diff are fixed then) and stores it, its
// state root and its batch, on a goroutine of its own, while the next
// block opens at once on top of it: its transactions execute against the
// sealed block's diff over the stored state, and are journaled and
// answered meanwhile, so that the transactions arriving while a block is
// stored wait for none of it. One block is in flight at a time: every
// other write (the next seal, Insert, Rewind, Seal, Recover) waits for it
// first; FollowL1 reads the stored chain and does not. The next block's open record cannot name its
// parent's hash before the parent's state root is known: it names the
// grandparent instead (the parent is then the block before it in the
// journal, or the head if that one was stored), which Recover checks.
//
// Queue items never join a block that has transactions: they are applied
// first in the block that opens after them, so no pre-confirmed result
// depends on a deposit or forced withdrawal that arrived later (the
// sequencer seals the open block when new queue items wait).

// journalPrefix keys the pre-confirmation journal: pj ‖ block number (8) ‖
// slot (4); slot 0 is the open record, slot i+1 transaction i.
var journalPrefix = []byte("pj")

func journalKey(n uint64, slot uint32) []byte {
	k := binary.BigEndian.AppendUint64(append([]byte(nil), journalPrefix...), n)
	return binary.BigEndian.AppendUint32(k, slot)
}

// ErrCorruptJournal is returned by Recover for a journal record it cannot
// read.
var ErrCorruptJournal = errors.New("engine: corrupt pre-confirmation journal")

// Open is what a new open block starts with.
type Open struct {
	Timestamp    uint64 // raised to the parent's if below it
	FeeRecipient common.Address
	// Items are the queue items the block applies before any transaction
	// (at most core.MaxQueueItemsPerBlock).
	Items []core.QueueItem
}

// Preconfirmation is one transaction executed in the open block.
type Preconfirmation struct {
	Hash    common.Hash
	Tx      *core.Tx
	Block   uint64 // the number the block will have
	Index   int    // its index in the block
	Receipt core.Receipt
}

// Sender is the transaction's sender.
func (p *Preconfirmation) Sender() common.Address { return p.Receipt.Sender }

// PendingBlock is the open block as last published: what the RPC answers
// for pre-confirmed transactions. It is never changed once published.
type PendingBlock struct {
	Number    uint64 // 0: no block is open
	Timestamp uint64
	// Txs are its pre-confirmed transactions, in order.
	Txs   []*Preconfirmation
	index map[common.Hash]int
	diff  *state.Diff // the state its transactions left (fees not credited yet)
	// sealing is the block before it as it was being stored (StartSeal)
	// when this view was made: its transactions are answered from it
	// until the chain has the block (stored).
	sealing *PendingBlock
	stored  *atomic.Bool // of a block being stored: set once the chain has it
}

// Storing returns the block before this one while it is being stored
// (StartSeal: its transactions are pre-confirmed, the chain does not
// have it yet), or nil.
func (p *PendingBlock) Storing() *PendingBlock {
	if s := p.sealing; s != nil && !s.stored.Load() {
		return s
	}
	return nil
}

// Lookup returns a pre-confirmed transaction of the block.
func (p *PendingBlock) Lookup(h common.Hash) (*Preconfirmation, bool) {
	i, ok := p.index[h]
	if !ok {
		return nil, false
	}
	return p.Txs[i], true
}

// Find returns a pre-confirmed transaction that the chain may not hold
// yet, in the open block or in the block being stored, and that block.
func (p *PendingBlock) Find(h common.Hash) (*PendingBlock, *Preconfirmation, bool) {
	if pc, ok := p.Lookup(h); ok {
		return p, pc, true
	}
	if s := p.Storing(); s != nil {
		if pc, ok := s.Lookup(h); ok {
			return s, pc, true
		}
	}
	return nil, nil, false
}

var noPending = &PendingBlock{}

// openBlock is the block being filled.
type openBlock struct {
	parent    *core.Header
	params    Open
	b         *core.Builder
	txs       []*Preconfirmation
	journaled bool // its open record is in the journal
	opened    time.Time
}

// Group is what one Preconfirm did.
type Group struct {
	Included []*Preconfirmation
	Dropped  []Drop
	// Deferred were not tried: the block filled up first. Seal it and offer
	// them again.
	Deferred []Candidate
	// Gapped failed only because an earlier nonce of their sender is
	// missing (it was dropped in this group): not dropped themselves.
	Gapped []Candidate
	// Full is true when the open block takes no more transactions.
	Full bool

	e    *Engine
	view *PendingBlock
}

// Publish makes the group's transactions visible: the pending state and
// PendingBlock show them from now on. Call it once, after the journal
// write (Preconfirm has done it), at the moment admission may see them.
func (g *Group) Publish() {
	if g.view != nil {
		g.e.pending.Store(g.view)
	}
}

// Announce sends the group's pre-confirmations to the subscribers.
func (g *Group) Announce() {
	if len(g.Included) > 0 {
		g.e.preFeed.Send(g.Included)
	}
}

// SubscribePreconfirmations sends each published group's
// pre-confirmations to ch, in order. A slow receiver delays the sequencer:
// give ch a buffer and drain it.
func (e *Engine) SubscribePreconfirmations(ch chan<- []*Preconfirmation) event.Subscription {
	return e.preFeed.Subscribe(ch)
}

// Pending returns the open block as last published.
func (e *Engine) Pending() *PendingBlock { return e.pending.Load() }

// OpenBlock reports the open block: its number, its transactions so far,
// the queue cursor after its queue items, and when it opened.
func (e *Engine) OpenBlock() (number uint64, txs int, cursor uint64, opened time.Time, ok bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	ob := e.open
	if ob == nil {
		return 0, 0, 0, time.Time{}, false
	}
	return ob.parent.Number + 1, len(ob.txs), ob.parent.QueueCursor + uint64(len(ob.params.Items)), ob.opened, true
}

// PendingState returns the state after the head block and the published
// pre-confirmations: what admission checks a new transaction against. Each
// read reads the latest published view.
func (e *Engine) PendingState() state.Reader { return pendingReader{e} }

type pendingReader struct{ e *Engine }

// A sealed block's writes are the same values as its pending diff, so a
// read that falls between the block's commit and the view's reset (or
// the stored flag of a block being stored) still sees the right value.
// Once stored, a block's diff is not read: a rewind may have taken it
// back since.
func (r pendingReader) reader() diffReader {
	pb := r.e.pending.Load()
	base := diffReader{nil, r.e.chain.State()}
	if s := pb.Storing(); s != nil {
		base = base.over(s.diff)
	}
	return base.over(pb.diff)
}

func (r pendingReader) Account(addr common.Address) (state.Account, error) {
	return r.reader().Account(addr)
}

func (r pendingReader) TokenBalance(owner, token common.Address) (uint256.Int, error) {
	return r.reader().TokenBalance(owner, token)
}

// diffReader reads d (nil: nothing) over base: the state after a block
// whose writes are d, on the state before it.
type diffReader struct {
	d    *state.Diff
	base state.Reader
}

func (r diffReader) over(d *state.Diff) diffReader {
	if d == nil {
		return r
	}
	if r.d == nil {
		return diffReader{d, r.base}
	}
	return diffReader{d, r}
}

func (r diffReader) Account(addr common.Address) (state.Account, error) {
	if r.d != nil {
		if a, ok := r.d.Accounts[addr]; ok {
			return a, nil
		}
	}
	return r.base.Account(addr)
}

func (r diffReader) TokenBalance(owner, token common.Address) (uint256.Int, error) {
	if r.d != nil {
		if b, ok := r.d.Tokens[state.TokenID{Owner: owner, Token: token}]; ok {
			return b, nil
		}
	}
	return r.base.TokenBalance(owner, token)
}

// startLocked opens the block after the head, or after the block being
// stored.
func (e *Engine) startLocked(p Open) (*openBlock, error) {
	parent, pre := e.chain.Head(), state.Reader(e.chain.State())
	if s := e.sealing; s != nil {
		parent, pre = s.header, diffReader{s.outcome.Diff, pre}
	}
	if len(p.Items) > core.MaxQueueItemsPerBlock {
		return nil, fmt.Errorf("engine: block %d: %d queue items, at most %d", parent.Number+1, len(p.Items), core.MaxQueueItemsPerBlock)
	}
	p.Timestamp = max(p.Timestamp, parent.Timestamp)
	b, err := core.NewBuilder(e.chain.Config(), pre, parent, p.Timestamp, p.FeeRecipient)
	if err != nil {
		return nil, fmt.Errorf("engine: block %d: %w", parent.Number+1, err)
	}
	for i := range p.Items {
		if err := b.ApplyQueueItem(&p.Items[i]); err != nil {
			return nil, fmt.Errorf("engine: block %d: queue item %d: %w", parent.Number+1, parent.QueueCursor+uint64(i), err)
		}
	}
	return &openBlock{parent: parent, params: p, b: b, opened: time.Now()}, nil
}

// Preconfirm executes cands, in order, in the open block (opening one
// with open() if none is), writes those that apply to the journal (one
// synced batch), and returns what it did. A candidate that fails is
// dropped; one whose sender's earlier nonce was dropped in the group is
// gapped; once the block is full the rest are deferred. The group is not
// visible before Publish.
func (e *Engine) Preconfirm(open func() Open, cands []Candidate) (*Group, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.open == nil {
		ob, err := e.startLocked(open())
		if err != nil {
			return nil, err
		}
		e.open = ob
	}
	ob := e.open
	number := ob.parent.Number + 1
	g := &Group{e: e}
	batch := e.chain.State().Pebble().NewBatch()
	defer batch.Close()
	before := len(ob.txs)
	dropped := map[common.Address]bool{}
	for i, c := range cands {
		if ob.b.TxCount() == core.MaxTxsPerBlock {
			g.Deferred, g.Full = cands[i:], true
			break
		}
		if dropped[c.Sender] {
			g.Gapped = append(g.Gapped, c)
			continue
		}
		err := ob.b.ApplyTx(c.Tx)
		switch {
		case err == nil:
		case errors.Is(err, core.ErrTxDataTooLarge) && ob.b.TxCount() > 0:
			g.Deferred, g.Full = cands[i:], true
		case errors.Is(err, core.ErrNonceTooHigh):
			// An earlier nonce is not in the block: the mempool sorts it
			// out (the transaction waits behind the gap).
			g.Gapped = append(g.Gapped, c)
			dropped[c.Sender] = true
			continue
		default:
			g.Dropped = append(g.Dropped, Drop{c, err})
			dropped[c.Sender] = true
			continue
		}
		if g.Full {
			break
		}
		r := ob.b.Receipts()[ob.b.TxCount()-1]
		pc := &Preconfirmation{Hash: c.Hash, Tx: c.Tx, Block: number, Index: len(ob.txs), Receipt: r}
		ob.txs = append(ob.txs, pc)
		g.Included = append(g.Included, pc)
		rec := append(append(make([]byte, 0, 20+128), r.Sender[:]...), core.AppendTx(nil, c.Tx)...)
		if err := batch.Set(journalKey(number, uint32(pc.Index)+1), rec, nil); err != nil {
			return nil, e.undoGroupLocked(before, fmt.Errorf("engine: journal a transaction of block %d: %w", number, err))
		}
	}
	if ob.b.TxCount() == core.MaxTxsPerBlock {
		g.Full = true
	}
	if len(g.Included) == 0 {
		if len(ob.txs) == 0 && len(ob.params.Items) == 0 {
			e.open = nil // nothing in it: open afresh next time
		}
		return g, nil
	}
	if !ob.journaled {
		rec, err := e.encodeOpenLocked(ob)
		if err == nil {
			err = batch.Set(journalKey(number, 0), rec, nil)
		}
		if err != nil {
			return nil, e.undoGroupLocked(before, fmt.Errorf("engine: journal block %d: %w", number, err))
		}
	}
	if err := batch.Commit(pebble.Sync); err != nil {
		return nil, e.undoGroupLocked(before, fmt.Errorf("engine: journal block %d: %w", number, err))
	}
	ob.journaled = true
	g.view = e.viewLocked()
	return g, nil
}

// undoGroupLocked takes the open block back to its first `keep`
// transactions after a journal write failed (the builder cannot take a
// transaction back, so the block is executed again), and returns err.
func (e *Engine) undoGroupLocked(keep int, err error) error {
	ob := e.open
	nb, serr := e.startLocked(ob.params)
	if serr != nil {
		e.open = nil
		return errors.Join(err, serr)
	}
	nb.journaled, nb.opened = ob.journaled, ob.opened
	for _, pc := range ob.txs[:keep] {
		if aerr := nb.b.ApplyTx(pc.Tx); aerr != nil {
			e.open = nil
			return errors.Join(err, aerr)
		}
		nb.txs = append(nb.txs, pc)
	}
	e.open = nb
	return err
}

// viewLocked is the open block as it stands.
func (e *Engine) viewLocked() *PendingBlock {
	ob := e.open
	if ob == nil {
		return noPending
	}
	v := blockView(ob, ob.b.Diff())
	if e.sealing != nil {
		v.sealing = e.sealing.view
	}
	return v
}

// blockView is the view of an open block whose transactions left diff.
func blockView(ob *openBlock, diff *state.Diff) *PendingBlock {
	v := &PendingBlock{
		Number: ob.parent.Number + 1, Timestamp: ob.params.Timestamp, Txs: slices.Clip(ob.txs),
		index: make(map[common.Hash]int, len(ob.txs)), diff: diff,
	}
	for i, pc := range ob.txs {
		v.index[pc.Hash] = i
	}
	return v
}

// SealOpen seals the open block (Sealed.Block nil if none is open), with
// its transactions as they were pre-confirmed; lie, if set, may make it
// wrong on purpose (Plan.Lie).
func (e *Engine) SealOpen(lie Lie) (*Sealed, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.sealOpenLocked(lie)
}

func (e *Engine) sealOpenLocked(lie Lie) (*Sealed, error) {
	if err := e.waitSealLocked(); err != nil {
		return nil, err
	}
	ob := e.open
	out := &Sealed{}
	if ob == nil {
		return out, nil
	}
	if len(ob.txs) == 0 && len(ob.params.Items) == 0 {
		e.open = nil
		return out, nil
	}
	o, err := e.finishLocked(ob)
	if err != nil {
		return nil, err
	}
	if lie != nil {
		l, ok, err := lie(e.chain.State(), ob.params.Items, o)
		switch {
		case err != nil:
			e.log.Warn("misbehaving: could not make a wrong block", "block", o.Number, "err", err)
		case ok:
			o, out.Lied = l, true
		}
	}
	p, err := e.chain.Prepare(o.Diff)
	if err != nil {
		return nil, e.reopenLocked(fmt.Errorf("engine: state root of block %d: %w", o.Number, err))
	}
	blk := chain.FromOutcome(o, p.Root())
	n := o.Number
	err = e.chain.AppendWith(blk, p, chain.AppendOptions{
		// Only a block its journal can make again needs no sync of its own.
		NoSync: ob.journaled && !out.Lied,
		Extra: func(b *pebble.Batch) error {
			if !ob.journaled {
				return nil
			}
			return b.DeleteRange(journalKey(n, 0), journalKey(n+1, 0), nil)
		},
	})
	if err != nil {
		return nil, e.reopenLocked(err)
	}
	e.open = nil
	e.pending.Store(noPending)
	out.Block = blk
	for _, pc := range ob.txs {
		out.Included = append(out.Included, pc.Hash)
	}
	return out, nil
}

// finishLocked finishes the open block: its outcome, naming its parent
// (which the builder may have been given before the parent's state root
// was known).
func (e *Engine) finishLocked(ob *openBlock) (*core.Outcome, error) {
	o, err := ob.b.Finish()
	if err != nil {
		return nil, fmt.Errorf("engine: finish block %d: %w", ob.parent.Number+1, err)
	}
	o.ParentHash = ob.parent.Hash()
	return o, nil
}

// sealing is a block StartSeal finished and is storing.
type sealing struct {
	ob      *openBlock
	outcome *core.Outcome
	header  *core.Header  // its header but for the state root: the next block's parent until it is stored
	view    *PendingBlock // its transactions, answered until the chain has it
	done    chan struct{} // closed once stored, or failed
	block   *chain.Block
	err     error
}

// StartSeal seals the open block as SealOpen does, but stores it (its
// state root, its batch) on a goroutine of its own: the next Preconfirm
// opens the next block on top of it at once, without waiting. It returns
// the number of the block it seals (0: none is open). Only one block is
// stored at a time: a StartSeal while one is waits for it first, and so
// does every other write; Flush waits for it. A lying sequencer (Plan.Lie)
// seals with SealOpen.
func (e *Engine) StartSeal() (uint64, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if err := e.waitSealLocked(); err != nil {
		return 0, err
	}
	ob := e.open
	if ob == nil {
		return 0, nil
	}
	if len(ob.txs) == 0 && len(ob.params.Items) == 0 {
		e.open = nil
		return 0, nil
	}
	if !ob.journaled {
		// Queue items alone: no journal can make the block again after a
		// crash, so it is stored, synced, before a block opens on it.
		out, err := e.sealOpenLocked(nil)
		if err != nil || out.Block == nil {
			return 0, err
		}
		return out.Block.Header.Number, nil
	}
	o, err := e.finishLocked(ob)
	if err != nil {
		return 0, err
	}
	s := &sealing{ob: ob, outcome: o, header: o.Header(common.Hash{}), view: blockView(ob, o.Diff), done: make(chan struct{})}
	s.view.stored = new(atomic.Bool)
	e.sealing, e.open = s, nil
	e.tip.Store(s.header)
	// The same values as the open block's view (its diff and the fees),
	// so that admission may read it at any time.
	e.pending.Store(&PendingBlock{sealing: s.view})
	go func() {
		defer close(s.done)
		s.block, s.err = e.store(s)
	}()
	return o.Number, nil
}

// store stores a finished block: its state root, then its batch (not
// synced when the journal can make it again), which deletes its journal.
func (e *Engine) store(s *sealing) (*chain.Block, error) {
	o := s.outcome
	if h := e.storeHook.Load(); h != nil {
		(*h)(o.Number)
	}
	p, err := e.chain.Prepare(o.Diff)
	if err != nil {
		return nil, fmt.Errorf("engine: state root of block %d: %w", o.Number, err)
	}
	blk := chain.FromOutcome(o, p.Root())
	n := o.Number
	err = e.chain.AppendWith(blk, p, chain.AppendOptions{
		NoSync: s.ob.journaled,
		Extra: func(b *pebble.Batch) error {
			if !s.ob.journaled {
				return nil
			}
			return b.DeleteRange(journalKey(n, 0), journalKey(n+1, 0), nil)
		},
	})
	if err != nil {
		return nil, err
	}
	s.view.stored.Store(true)
	return blk, nil
}

// waitSealLocked waits for the block being stored, if any, and makes the
// open block's parent its stored header. A store that failed is tried
// again once, here; if that fails too, the error is returned and the
// block stays in flight: nothing else is written before it.
func (e *Engine) waitSealLocked() error {
	s := e.sealing
	if s == nil {
		return nil
	}
	<-s.done
	if s.err != nil {
		e.log.Error("storing a sealed block failed; trying again", "block", s.outcome.Number, "err", s.err)
		s.block, s.err = e.store(s)
		if s.err != nil {
			return fmt.Errorf("engine: store block %d: %w", s.outcome.Number, s.err)
		}
	}
	e.sealing = nil
	e.tip.Store(nil)
	if e.open != nil && e.open.parent == s.header {
		e.open.parent = s.block.Header
	}
	return nil
}

// SetStoreHook makes f (nil: none) be called on the goroutine that
// stores each block StartSeal sealed, before its state root: for tests
// that hold a block in its store.
func (e *Engine) SetStoreHook(f func(number uint64)) {
	if f == nil {
		e.storeHook.Store(nil)
		return
	}
	e.storeHook.Store(&f)
}

// Flush waits until the block StartSeal is storing, if any, is stored.
func (e *Engine) Flush() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.waitSealLocked()
}

// Tip returns the number and queue cursor of the last sealed block: the
// head, or the block being stored.
func (e *Engine) Tip() (number, queueCursor uint64) {
	h := e.tip.Load()
	if h == nil {
		h = e.chain.Head()
	}
	return h.Number, h.QueueCursor
}

// reopenLocked executes the open block again after Finish consumed its
// builder and storing the block failed, and returns err.
func (e *Engine) reopenLocked(err error) error {
	return e.undoGroupLocked(len(e.open.txs), err)
}

// discardLocked takes the open block back (a rewind, or L1 holding
// another block at its number): its transactions are written to the
// mempool journal and its own journal deleted in one synced batch, and
// they are returned, in order, as signed.
func (e *Engine) discardLocked() ([]*types.Transaction, error) {
	ob := e.open
	if ob == nil {
		return nil, nil
	}
	cfg := e.chain.Config()
	n := ob.parent.Number + 1
	batch := e.chain.State().Pebble().NewBatch()
	defer batch.Close()
	var txs []*types.Transaction
	for _, pc := range ob.txs {
		signed := pc.Tx.Transaction(cfg.ChainID)
		raw, err := signed.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("engine: encode a pre-confirmed transaction of block %d: %w", n, err)
		}
		if err := e.journal.Stage(batch, signed.Hash(), raw); err != nil {
			return nil, fmt.Errorf("engine: journal a pre-confirmed transaction of block %d: %w", n, err)
		}
		txs = append(txs, signed)
	}
	if ob.journaled {
		if err := batch.DeleteRange(journalKey(n, 0), journalKey(n+1, 0), nil); err != nil {
			return nil, fmt.Errorf("engine: delete the journal of block %d: %w", n, err)
		}
	}
	if err := batch.Commit(pebble.Sync); err != nil {
		return nil, fmt.Errorf("engine: take back open block %d: %w", n, err)
	}
	e.open = nil
	e.pending.Store(noPending)
	if len(txs) > 0 {
		e.log.Warn("taking back the open block's pre-confirmed transactions", "block", n, "txs", len(txs))
	}
	return txs, nil
}

// TakeDiscarded returns the pre-confirmed transactions of open blocks that
// Insert took back (L1 holds another block at the open block's number),
// for the sequencer to offer again; they are in the mempool journal.
func (e *Engine) TakeDiscarded() []*types.Transaction {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := e.discarded
	e.discarded = nil
	return out
}

// openRecord is the journal's record of an open block.
type openRecord struct {
	// ParentHash is zero when the block opened on a parent that was being
	// stored: Grandparent is then the parent's parent's hash.
	ParentHash   common.Hash
	Timestamp    uint64
	FeeRecipient common.Address
	Items        [][]byte    // core.QueueItem encodings
	Grandparent  common.Hash `rlp:"optional"`
}

// extends reports whether the journaled block extends head.
func (r *openRecord) extends(head *core.Header) bool {
	if r.ParentHash == (common.Hash{}) {
		return r.Grandparent == head.ParentHash
	}
	return r.ParentHash == head.Hash()
}

// encodeOpenLocked is the open record of ob.
func (e *Engine) encodeOpenLocked(ob *openBlock) ([]byte, error) {
	if s := e.sealing; s != nil && ob.parent == s.header {
		return encodeOpen(common.Hash{}, s.header.ParentHash, ob.params)
	}
	return encodeOpen(ob.parent.Hash(), common.Hash{}, ob.params)
}

func encodeOpen(parent, grandparent common.Hash, p Open) ([]byte, error) {
	r := openRecord{ParentHash: parent, Timestamp: p.Timestamp, FeeRecipient: p.FeeRecipient, Grandparent: grandparent}
	for i := range p.Items {
		r.Items = append(r.Items, p.Items[i].Encode())
	}
	return rlp.EncodeToBytes(&r)
}

// journaledBlock is one block's records, read back.
type journaledBlock struct {
	number uint64
	open   *openRecord
	params Open
	txs    []*core.Tx // senders known
}

// readJournal reads the journal, block by block in number order.
func (e *Engine) readJournal() ([]*journaledBlock, error) {
	pdb := e.chain.State().Pebble()
	upper := append([]byte(nil), journalPrefix...)
	upper[len(upper)-1]++
	it, err := pdb.NewIter(&pebble.IterOptions{LowerBound: journalPrefix, UpperBound: upper})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	chainID := e.chain.Config().ChainID
	var out []*journaledBlock
	for it.First(); it.Valid(); it.Next() {
		k := it.Key()[len(journalPrefix):]
		if len(k) != 12 {
			return nil, fmt.Errorf("%w: key %x", ErrCorruptJournal, it.Key())
		}
		n, slot := binary.BigEndian.Uint64(k[:8]), binary.BigEndian.Uint32(k[8:])
		if len(out) == 0 || out[len(out)-1].number != n {
			out = append(out, &journaledBlock{number: n})
		}
		jb := out[len(out)-1]
		v := it.Value()
		if slot == 0 {
			var r openRecord
			if err := rlp.DecodeBytes(v, &r); err != nil {
				return nil, fmt.Errorf("%w: block %d: %w", ErrCorruptJournal, n, err)
			}
			jb.open = &r
			jb.params = Open{Timestamp: r.Timestamp, FeeRecipient: r.FeeRecipient}
			for _, enc := range r.Items {
				q, err := core.DecodeQueueItem(enc)
				if err != nil {
					return nil, fmt.Errorf("%w: block %d: %w", ErrCorruptJournal, n, err)
				}
				jb.params.Items = append(jb.params.Items, *q)
			}
			continue
		}
		if int(slot) != len(jb.txs)+1 || len(v) < 20 {
			return nil, fmt.Errorf("%w: block %d: transaction record %d out of order", ErrCorruptJournal, n, slot)
		}
		txs, err := core.DecodeTxs(v[20:])
		if err != nil || len(txs) != 1 {
			return nil, fmt.Errorf("%w: block %d: transaction %d: %v", ErrCorruptJournal, n, slot-1, err)
		}
		txs[0].KnownSender(chainID, common.BytesToAddress(v[:20]))
		jb.txs = append(jb.txs, txs[0])
	}
	return out, it.Error()
}

// Recover seals the blocks whose transactions were pre-confirmed but that
// a crash kept from being stored, exactly as they were pre-confirmed, and
// returns how many. Call it once, after opening the chain and before
// anything else writes it or reads the mempool journal. A journaled block
// that does not extend the head (none should: storing or taking back a
// block deletes its records in the same batch) has its transactions moved
// to the mempool journal, so that none acknowledged is lost: the mempool
// drops those the chain holds already.
func (e *Engine) Recover() (int, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if err := e.waitSealLocked(); err != nil {
		return 0, err
	}
	blocks, err := e.readJournal()
	if err != nil {
		return 0, err
	}
	sealed := 0
	for _, jb := range blocks {
		head := e.chain.Head()
		switch {
		case jb.open != nil && jb.number == head.Number+1 && jb.open.extends(head):
			err := e.resealLocked(jb)
			if err == nil {
				sealed++
				e.log.Info("sealed a pre-confirmed block a crash had kept from being stored", "block", jb.number, "txs", len(jb.txs))
				continue
			}
			e.log.Error("could not seal a pre-confirmed block again; its transactions go back to the mempool", "block", jb.number, "err", err)
		default:
			e.log.Error("pre-confirmed block does not extend the head; its transactions go back to the mempool", "block", jb.number, "head", head.Number)
		}
		if err := e.releaseLocked(jb); err != nil {
			return sealed, err
		}
	}
	return sealed, nil
}

// resealLocked executes a journaled block and stores it.
func (e *Engine) resealLocked(jb *journaledBlock) error {
	ob, err := e.startLocked(jb.params)
	if err != nil {
		return err
	}
	for i, tx := range jb.txs {
		if err := ob.b.ApplyTx(tx); err != nil {
			return fmt.Errorf("transaction %d: %w", i, err)
		}
		ob.txs = append(ob.txs, &Preconfirmation{Tx: tx})
	}
	ob.journaled = true
	e.open = ob
	if _, err := e.sealOpenLocked(nil); err != nil {
		e.open = nil
		return err
	}
	// Synced: the recovery is done once.
	return e.chain.State().Pebble().LogData(nil, pebble.Sync)
}

// releaseLocked moves a journaled block's transactions to the mempool
// journal.
func (e *Engine) releaseLocked(jb *journaledBlock) error {
	chainID := e.chain.Config().ChainID
	batch := e.chain.State().Pebble().NewBatch()
	defer batch.Close()
	for _, tx := range jb.txs {
		signed := tx.Transaction(chainID)
		raw, err := signed.MarshalBinary()
		if err != nil {
			return err
		}
		if err := e.journal.Stage(batch, signed.Hash(), raw); err != nil {
			return err
		}
	}
	if err := batch.DeleteRange(journalKey(jb.number, 0), journalKey(jb.number+1, 0), nil); err != nil {
		return err
	}
	return batch.Commit(pebble.Sync)
}
