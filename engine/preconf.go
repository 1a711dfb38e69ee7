package engine

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
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
}

// Lookup returns a pre-confirmed transaction of the block.
func (p *PendingBlock) Lookup(h common.Hash) (*Preconfirmation, bool) {
	i, ok := p.index[h]
	if !ok {
		return nil, false
	}
	return p.Txs[i], true
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

func (r pendingReader) Account(addr common.Address) (state.Account, error) {
	if d := r.e.pending.Load().diff; d != nil {
		if a, ok := d.Accounts[addr]; ok {
			return a, nil
		}
	}
	// A sealed block's writes are the same values as its pending diff,
	// so a read that falls between the block's commit and the view's
	// reset still sees the right value.
	return r.e.chain.State().Account(addr)
}

func (r pendingReader) TokenBalance(owner, token common.Address) (uint256.Int, error) {
	if d := r.e.pending.Load().diff; d != nil {
		if b, ok := d.Tokens[state.TokenID{Owner: owner, Token: token}]; ok {
			return b, nil
		}
	}
	return r.e.chain.State().TokenBalance(owner, token)
}

// startLocked opens the block after the head.
func (e *Engine) startLocked(p Open) (*openBlock, error) {
	parent := e.chain.Head()
	if len(p.Items) > core.MaxQueueItemsPerBlock {
		return nil, fmt.Errorf("engine: block %d: %d queue items, at most %d", parent.Number+1, len(p.Items), core.MaxQueueItemsPerBlock)
	}
	p.Timestamp = max(p.Timestamp, parent.Timestamp)
	b, err := core.NewBuilder(e.chain.Config(), e.chain.State(), parent, p.Timestamp, p.FeeRecipient)
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
		rec, err := encodeOpen(ob.parent.Hash(), ob.params)
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
	v := &PendingBlock{
		Number: ob.parent.Number + 1, Timestamp: ob.params.Timestamp, Txs: slices.Clip(ob.txs),
		index: make(map[common.Hash]int, len(ob.txs)), diff: ob.b.Diff(),
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
	ob := e.open
	out := &Sealed{}
	if ob == nil {
		return out, nil
	}
	if len(ob.txs) == 0 && len(ob.params.Items) == 0 {
		e.open = nil
		return out, nil
	}
	o, err := ob.b.Finish()
	if err != nil {
		return nil, fmt.Errorf("engine: finish block %d: %w", ob.parent.Number+1, err)
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
	ParentHash   common.Hash
	Timestamp    uint64
	FeeRecipient common.Address
	Items        [][]byte // core.QueueItem encodings
}

func encodeOpen(parent common.Hash, p Open) ([]byte, error) {
	r := openRecord{ParentHash: parent, Timestamp: p.Timestamp, FeeRecipient: p.FeeRecipient}
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
	blocks, err := e.readJournal()
	if err != nil {
		return 0, err
	}
	sealed := 0
	for _, jb := range blocks {
		head := e.chain.Head()
		switch {
		case jb.open != nil && jb.number == head.Number+1 && jb.open.ParentHash == head.Hash():
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
