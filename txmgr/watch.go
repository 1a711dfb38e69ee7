package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
)

// missingHeads is how many heads a transaction's nonce may be mined without
// a receipt of ours turning up before the nonce counts as taken by someone
// else (a node's receipt index can lag its head by a little).
const missingHeads = 3

// gapSighting remembers a nonce gap seen at one head: it is reported only
// when seen again at another, since a node's txpool takes back the
// transactions of reorged blocks a moment after the new head.
type gapSighting struct {
	seen  bool
	nonce uint64
	head  common.Hash
}

// watch follows the transactions in flight until ctx ends.
func (m *Manager) watch(ctx context.Context) {
	defer close(m.done)
	t := time.NewTicker(m.cfg.PollInterval)
	defer t.Stop()
	for {
		if m.PendingCount() > 0 {
			m.tick(ctx)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-m.kick:
		}
	}
}

// headView caches what one tick reads of the chain.
type headView struct {
	head    *types.Header
	number  uint64
	headers map[uint64]common.Hash // canonical block hashes by number
}

// canonical reports whether r's block is in the chain.
func (m *Manager) canonical(ctx context.Context, v *headView, r *types.Receipt) (bool, error) {
	if r.BlockNumber == nil || r.BlockNumber.Uint64() > v.number {
		return false, nil
	}
	n := r.BlockNumber.Uint64()
	h, ok := v.headers[n]
	if !ok {
		hdr, err := m.cfg.Client.HeaderByNumber(ctx, r.BlockNumber)
		if errors.Is(err, ethereum.NotFound) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		h = hdr.Hash()
		v.headers[n] = h
	}
	return h == r.BlockHash, nil
}

func (m *Manager) deep(v *headView, r *types.Receipt) bool {
	return v.number >= r.BlockNumber.Uint64()+m.cfg.Confirmations
}

// snapshot lists the transactions in flight in nonce order.
func (m *Manager) snapshot() []*tracked {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]*tracked, 0, len(m.txs))
	for _, t := range m.txs {
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b *tracked) int { return cmpUint64(a.nonce, b.nonce) })
	return out
}

// tick looks at every transaction in flight once.
func (m *Manager) tick(ctx context.Context) {
	head, err := m.cfg.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		if ctx.Err() == nil {
			m.log.Debug("reading the L1 head", "err", err)
		}
		return
	}
	newHead := head.Hash() != m.lastHead
	m.lastHead = head.Hash()
	txs := m.snapshot()
	if !newHead && !m.timeDue(txs) {
		return
	}
	v := &headView{head: head, number: head.Number.Uint64(), headers: map[uint64]common.Hash{head.Number.Uint64(): head.Hash()}}
	mined, err := m.cfg.Client.NonceAt(ctx, m.from, head.Number)
	if err != nil {
		if ctx.Err() == nil {
			m.log.Debug("reading the key's nonce", "err", err)
		}
		return
	}
	var unmined []*tracked
	for _, t := range txs {
		if t.mined != nil {
			ok, err := m.canonical(ctx, v, t.mined)
			if err != nil {
				continue
			}
			if ok {
				if m.deep(v, t.mined) {
					m.finishMined(ctx, t, t.mined)
				}
				continue
			}
			m.log.Warn("an L1 reorg removed the block of a transaction; waiting for it again", "nonce", t.nonce, "tx", t.mined.TxHash, "block", t.mined.BlockNumber)
			m.setMined(t, nil)
		}
		if t.nonce < mined {
			r, absent := m.findReceipt(ctx, v, t)
			if r != nil {
				m.setMined(t, r)
				m.log.Info("L1 transaction mined", "nonce", t.nonce, "tx", r.TxHash, "block", r.BlockNumber, "status", r.Status, "gasUsed", r.GasUsed)
				if m.deep(v, r) {
					m.finishMined(ctx, t, r)
				}
				continue
			}
			if newHead && absent {
				t.missing++
			}
			if t.missing >= missingHeads {
				if t.resumed {
					// Journaled before a restart: some version of it was
					// mined, maybe one the journal no longer holds.
					m.finish(t, nil, nil)
				} else {
					m.finish(t, nil, fmt.Errorf("%w: nonce %d is mined, by none of the %d versions sent from here", ErrNonceTaken, t.nonce, len(t.hashes)))
				}
			}
			continue
		}
		t.missing = 0
		unmined = append(unmined, t)
	}
	m.dropFloors(mined)
	if len(unmined) == 0 {
		m.gap = gapSighting{}
		return
	}
	if m.gapped(ctx, head, unmined[0].nonce) || m.gap.seen {
		// Nothing above a suspected gap is sent again: the node would
		// queue it, to be mined once someone fills the gap.
		return
	}
	q := Quote{BaseFee: head.BaseFee}
	for _, t := range unmined {
		if t.blob && q.BlobBaseFee == nil {
			if q.BlobBaseFee, err = m.blobBaseFee(ctx); err != nil {
				m.log.Debug("reading the blob base fee", "err", err)
			}
		}
	}
	for i, t := range unmined {
		m.keepUp(ctx, v, newHead, &q, t, i == 0)
	}
}

// behindGap reads the node's pending nonce again right before the lowest
// transaction in flight is sent: sent above a nonce the node lacks, it
// would wait in the node's queue and be mined whenever someone fills the
// gap, after its Wait returned ErrNonceGap.
func (m *Manager) behindGap(ctx context.Context, t *tracked) bool {
	pending, err := m.cfg.Client.PendingNonceAt(ctx, m.from)
	return err != nil || pending < t.nonce
}

// timeDue reports whether a transaction is due for replacement by time.
func (m *Manager) timeDue(txs []*tracked) bool {
	if m.cfg.ResubmitAfter <= 0 {
		return false
	}
	for _, t := range txs {
		if t.mined == nil && !t.capped && time.Since(t.sentAt) >= m.cfg.ResubmitAfter {
			return true
		}
	}
	return false
}

// findReceipt looks for a receipt, in the canonical chain, of any version
// of t, the latest first. absent reports that the node said plainly that
// it has none (not found, for every version), as opposed to not saying
// ("transaction indexing is in progress", a failed call).
func (m *Manager) findReceipt(ctx context.Context, v *headView, t *tracked) (r *types.Receipt, absent bool) {
	absent = true
	for i := len(t.hashes) - 1; i >= 0; i-- {
		r, err := m.cfg.Client.TransactionReceipt(ctx, t.hashes[i])
		if err != nil || r == nil {
			absent = absent && errors.Is(err, ethereum.NotFound)
			continue
		}
		ok, err := m.canonical(ctx, v, r)
		if err == nil && ok {
			return r, false
		}
		absent = false // a receipt of a block no longer in the chain: the index lags
	}
	return nil, absent
}

func (m *Manager) setMined(t *tracked, r *types.Receipt) {
	m.mu.Lock()
	t.mined = r
	t.missing = 0
	m.signalChanged()
	m.mu.Unlock()
}

// finishMined ends t with its deep receipt r.
func (m *Manager) finishMined(ctx context.Context, t *tracked, r *types.Receipt) {
	var err error
	if r.Status != types.ReceiptStatusSuccessful {
		err = m.minedRevert(ctx, t.cur, r)
	}
	m.finish(t, r, err)
	if m.cfg.Metrics != nil && !t.resumed {
		m.cfg.Metrics.Mined(r, t.bumps, time.Since(t.since))
	}
}

// minedRevert explains a failed receipt: the call is replayed on the state
// before its block for the revert data (which may differ from what failed
// if an earlier transaction of the block changed the state).
func (m *Manager) minedRevert(ctx context.Context, tx *types.Transaction, r *types.Receipt) error {
	re := &RevertError{Receipt: r}
	at := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	if at.Sign() < 0 {
		return re
	}
	msg := ethereum.CallMsg{From: m.from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	if tx.Type() == types.BlobTxType {
		msg.BlobHashes, msg.BlobGasFeeCap = tx.BlobHashes(), tx.BlobGasFeeCap()
	}
	if _, err := m.cfg.Client.CallContract(ctx, msg, at); err != nil {
		if x, ok := revertFromCall(err, m.cfg.ABIs); ok {
			re.Data, re.Name, re.Reason = x.Data, x.Name, x.Reason
		}
	}
	return re
}

// finish ends t: it leaves the set in flight and its Wait returns r, err.
func (m *Manager) finish(t *tracked, r *types.Receipt, err error) {
	m.mu.Lock()
	if m.txs[t.nonce] != t {
		m.mu.Unlock()
		return
	}
	delete(m.txs, t.nonce)
	t.receipt, t.err = r, err
	close(t.done)
	m.signalChanged()
	m.mu.Unlock()
	m.journalDelete(t.nonce)
	m.pendingChanged()
	if err != nil && r == nil {
		m.log.Warn("gave up an L1 transaction", "nonce", t.nonce, "tx", t.cur.Hash(), "err", err)
	}
}

// dropFloors forgets the prices of gapped transactions whose nonce is mined.
func (m *Manager) dropFloors(mined uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for n := range m.floors {
		if n < mined {
			delete(m.floors, n)
		}
	}
}

// gapped checks whether the lowest transaction in flight waits behind a
// nonce that is neither mined nor in the node's txpool nor ours; seen at
// two heads, it ends every transaction in flight with ErrNonceGap and sets
// the next nonce to the missing one.
func (m *Manager) gapped(ctx context.Context, head *types.Header, lowest uint64) bool {
	pending, err := m.cfg.Client.PendingNonceAt(ctx, m.from)
	if err != nil {
		return false
	}
	if pending >= lowest {
		m.gap = gapSighting{}
		return false
	}
	if !m.gap.seen || m.gap.nonce != pending {
		m.gap = gapSighting{seen: true, nonce: pending, head: head.Hash()}
		m.log.Debug("nonce gap seen; checking at the next head", "missing", pending, "lowest", lowest)
		return false
	}
	if m.gap.head == head.Hash() {
		return false
	}
	m.gap = gapSighting{}
	// No Submit may take a nonce meanwhile: every transaction registered
	// from here on would be behind the gap too.
	m.sendMu.Lock()
	defer m.sendMu.Unlock()
	for _, t := range m.snapshot() {
		if t.nonce <= pending {
			continue
		}
		m.mu.Lock()
		m.floors[t.nonce] = feesOf(t.cur)
		m.mu.Unlock()
		m.finish(t, nil, fmt.Errorf("%w: nonce %d is neither mined nor pending; transaction %d (%s) waited behind it", ErrNonceGap, pending, t.nonce, t.cur.Hash()))
	}
	m.next = pending
	m.log.Warn("an earlier transaction of this key is lost (L1 reorg); the next one takes its nonce", "nonce", pending)
	return true
}

// keepUp resends or replaces t as needed (see the package doc).
func (m *Manager) keepUp(ctx context.Context, v *headView, newHead bool, q *Quote, t *tracked, lowest bool) {
	first := !t.handled
	t.handled = true
	later := v.number > t.sentHead
	f := feesOf(t.cur)
	switch {
	case lowest && m.behindGap(ctx, t):
		// The next tick sees the gap, or the node's txpool settled.
	case t.capped:
		if newHead && !m.known(ctx, t) {
			m.republish(ctx, t)
		}
	case underpriced(f, *q) && (later || first && t.resumed):
		m.bump(ctx, v, q, t, "it cannot pay the base fee")
	case !t.accepted && t.resumed && first:
		m.republish(ctx, t)
	case !t.accepted && later:
		m.bump(ctx, v, q, t, "the node refused it")
	case m.cfg.ResubmitBlocks > 0 && v.number >= t.sentHead+m.cfg.ResubmitBlocks:
		m.bump(ctx, v, q, t, fmt.Sprintf("not mined in %d blocks", v.number-t.sentHead))
	case m.cfg.ResubmitAfter > 0 && time.Since(t.sentAt) >= m.cfg.ResubmitAfter:
		m.bump(ctx, v, q, t, fmt.Sprintf("not mined in %s", time.Since(t.sentAt).Round(time.Second)))
	case newHead && !m.known(ctx, t):
		m.republish(ctx, t)
	}
}

// known reports whether the node has t's latest version (in its txpool,
// or indexed in a block).
func (m *Manager) known(ctx context.Context, t *tracked) bool {
	_, pending, err := m.cfg.Client.TransactionByHash(ctx, t.cur.Hash())
	// Any error counts as not known: sending again costs one call and an
	// "already known", while a node that answers "transaction indexing is
	// in progress" (go-ethereum after a start) may well have lost it. Not
	// pending but found: indexed in a block whose receipt did not count
	// (not canonical), so it is not in the txpool either.
	return err == nil && pending
}

// republish sends t's latest version again.
func (m *Manager) republish(ctx context.Context, t *tracked) {
	err := m.publish(ctx, t.cur, t.bumps)
	switch kind := classify(err); kind {
	case sendOK, sendAmbiguous:
		if err == nil {
			m.log.Info("sent an L1 transaction again: the node did not have it", "nonce", t.nonce, "tx", t.cur.Hash())
		}
		m.setAccepted(t, true)
	case sendUnderpriced:
		m.setAccepted(t, false)
		m.log.Warn("the node holds another transaction at this nonce; raising the fees", "nonce", t.nonce, "err", err)
	case sendNonceTooLow:
		// Mined meanwhile: the next tick finds it.
	default:
		m.log.Warn("the node refused an L1 transaction sent again", "nonce", t.nonce, "tx", t.cur.Hash(), "err", err)
	}
}

func (m *Manager) setAccepted(t *tracked, ok bool) {
	m.mu.Lock()
	t.accepted = ok
	m.mu.Unlock()
}

// bump replaces t's latest version with one at higher fees.
func (m *Manager) bump(ctx context.Context, v *headView, q *Quote, t *tracked, why string) {
	if q.Tip == nil {
		tip, err := m.cfg.Client.SuggestGasTipCap(ctx)
		if err != nil {
			m.log.Debug("reading the suggested tip", "err", err)
			return
		}
		q.Tip = tip
	}
	if t.blob && q.BlobBaseFee == nil {
		return // no quote: read again at the next tick
	}
	prev := feesOf(t.cur)
	want := Replacement(prev, *q, t.blob)
	next, over := limit(want, m.cfg.MaxFeeCap, m.cfg.MaxBlobFeeCap)
	if over {
		m.reachLimit(t, fmt.Errorf("%w: nonce %d needs a fee cap of %s%s; limit %v%s", ErrFeeLimit, t.nonce, want.FeeCap, blobFeeNote(want.BlobFeeCap), m.cfg.MaxFeeCap, blobLimitNote(t.blob, m.cfg.MaxBlobFeeCap)))
		if !Replaces(next, prev, t.blob) {
			return
		}
	}
	tx, err := m.sign(t.nonce, t.cur.To(), t.cur.Data(), t.cur.Value(), t.cur.Gas(), next, t.cur.BlobTxSidecar())
	if err != nil {
		m.log.Error("signing a replacement", "nonce", t.nonce, "err", err)
		return
	}
	if err := m.journalPut(tx); err != nil {
		m.log.Error("journaling a replacement; not sending it", "nonce", t.nonce, "err", err)
		return
	}
	err = m.publish(ctx, tx, t.bumps+1)
	switch kind := classify(err); kind {
	case sendOK, sendAmbiguous, sendUnderpriced:
		m.mu.Lock()
		t.cur = tx
		t.hashes = append(t.hashes, tx.Hash())
		t.bumps++
		t.sentHead, t.sentAt = v.number, time.Now()
		t.accepted = kind != sendUnderpriced
		m.mu.Unlock()
		if kind == sendUnderpriced {
			m.log.Warn("the node refused a replacement as underpriced; raising again at the next head", append(txAttrs(tx), "err", err)...)
		} else {
			m.log.Info("replaced an L1 transaction at higher fees", append(txAttrs(tx), "why", why, "bump", t.bumps)...)
		}
		return
	case sendNonceTooLow:
		// A version was mined meanwhile: the next tick finds it.
	case sendFeeCap:
		m.reachLimit(t, fmt.Errorf("%w: %v", ErrFeeLimit, err))
	default:
		// Try again after another interval, not at every poll.
		m.log.Warn("the node refused a replacement", append(txAttrs(tx), "err", err)...)
		t.sentHead, t.sentAt = v.number, time.Now()
	}
	// The journal holds the version not sent: put back the one the node has.
	if err := m.journalPut(t.cur); err != nil {
		m.log.Error("journaling", "nonce", t.nonce, "err", err)
	}
}

// reachLimit stops raising t's fees and tells its Wait.
func (m *Manager) reachLimit(t *tracked, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t.capped = true
	if t.limitErr == nil {
		t.limitErr = err
		close(t.limited)
		m.log.Warn("L1 fees passed the limit; the transaction stays at the highest allowed fees", "nonce", t.nonce, "err", err)
	}
}

// What a node's answer to eth_sendRawTransaction means for the sender.
type sendResult int

const (
	sendOK           sendResult = iota // taken (or known already)
	sendAmbiguous                      // no answer: it may have it
	sendUnderpriced                    // refused for its price: another transaction holds the nonce, or the pool's floor
	sendNonceTooLow                    // the nonce is mined
	sendNonceTooHigh                   // an earlier nonce is missing, and the pool takes no gapped transaction (the blob pool)
	sendFeeCap                         // above the node's fee cap for RPC transactions
	sendReserved                       // the account is held by the node's other txpool (blob or not)
	sendRefused                        // refused for another reason
)

// classify reads go-ethereum's txpool errors (other clients use the same
// wording). Only an answer from the node counts as a refusal: a transport
// error leaves open whether the node took the transaction.
func classify(err error) sendResult {
	if err == nil {
		return sendOK
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "already known"):
		return sendOK
	case strings.Contains(msg, "nonce too low"):
		return sendNonceTooLow
	case strings.Contains(msg, "nonce too high"):
		return sendNonceTooHigh
	case strings.Contains(msg, "underpriced"), strings.Contains(msg, "gas price below minimum"):
		return sendUnderpriced
	case strings.Contains(msg, "exceeds the configured cap"):
		return sendFeeCap
	case strings.Contains(msg, "address already reserved"):
		return sendReserved
	}
	var re rpc.Error
	if errors.As(err, &re) {
		return sendRefused
	}
	return sendAmbiguous
}

func uint256FromBig(x *big.Int) (*uint256.Int, bool) {
	if x == nil {
		return new(uint256.Int), false
	}
	return uint256.FromBig(x)
}
