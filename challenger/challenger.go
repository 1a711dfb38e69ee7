// Package challenger is the node's fraud prover (D8, spec section 16). A
// verifier's derivation (package derive) stops at the first posted block
// whose execution disagrees with its header and flags it; the challenger
// then builds the proof from the verifier's own chain (whose head is the
// flagged block's parent), the confirmed queue items and the batch as L1
// holds it, and submits Rollup.challenge. On L1 the proof reverts the batch
// and every later one, slashes the bond (half to the rewarded challenger) and starts
// a rollback, which the challenger settles if the challenge could not, and
// it claims its reward. Derivation sees the revert (L1's latest block goes
// back below the flagged one) and goes on from the last good block.
//
// The reward of a proof goes to the challenger who revealed the earliest
// commitment to the block (spec section 16.1), so a proof takes three
// steps, one L1 transaction each: commitChallenge with a hash that names
// no block, revealChallenge once that commitment is in an earlier L1 block
// (the reward is then this key's before any proof is public), and the
// proof itself. The commitment's salt is derived from the key, the Rollup
// and the batch, so it needs no storage either.
//
// A proof larger than one transaction should carry (MaxTxBytes; geth's
// txpool takes no transaction over 128 KiB) is staged (spec section 16.2):
// Rollup.startChallenge with the witness's values, then
// Rollup.continueChallenge with its entries' proofs in chunks, the last of
// which applies the verdict.
//
// The challenger keeps no state of its own: after a restart, derivation
// flags the block again if L1 still holds it, and a challenge already
// mined has removed it; a commitment and a reveal are found on L1 again
// (Rollup.challengeCommitment, challengeLeader), and a staged challenge
// goes on from the session the Rollup holds for the challenger's key.
// While a transaction of its key is pending on L1 (a challenge sent before
// a crash or a reorg) it waits rather than send a second one that would
// only revert.
//
// A block of a blob batch is proven as any other, its tx data in the
// proof's calldata checked against its header. A block whose batch's blobs
// do not hold its tx data (derive.ErrTxDataNotInBlobs: other bytes at its
// place, or a field element there whose first byte is not zero) is proven
// by opening the blobs instead (spec section 17.3), one transaction per
// step after the commitment and the reveal: startBlobChallenge, then
// openBlobChallenge with the KZG openings of the block's field elements,
// rollup.OpeningsPerTx at a time, then finishBlobChallenge with the
// verdict. A restarted challenger goes on from the session the Rollup
// holds for its key (blobChallengeProgress).
package challenger

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/derive"
	"github.com/viaduct-l2/viaduct/fraud"
	"github.com/viaduct-l2/viaduct/internal/service"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// ErrNotProvable is returned for a flagged block that no fraud proof can
// revert: the Rollup would not have accepted it as posted (a wrong parent,
// number or queue cursor), or the flag was raised by an error the verifier
// does not judge.
var ErrNotProvable = errors.New("challenger: flagged block cannot be proven on L1")

// DefaultMaxTxBytes is the default Challenger.MaxTxBytes: three quarters
// of the 128 KiB that geth's txpool accepts for a transaction, leaving room
// for the envelope and the ABI encoding around the proof.
const DefaultMaxTxBytes = 96 * 1024

// Challenger proves flagged blocks wrong on L1.
type Challenger struct {
	// Flagged is the block derivation found wrong (derive.Syncer.Flagged).
	Flagged func() *derive.Flag
	// Chain is the verifier's chain: its head is the flagged block's
	// parent while derivation is stopped there.
	Chain *chain.Chain
	// View is the view of L1 the chain was last brought to.
	View   func() *l1.Snapshot
	Rollup *l1.Rollup
	// Tx sends the challenges; Key is its key (the commitments' salts are
	// derived from it).
	Tx       *txmgr.Manager
	Key      *ecdsa.PrivateKey
	Interval time.Duration // between steps (default 1s)
	// MaxTxBytes bounds a challenge transaction's calldata: a larger proof
	// is staged over several transactions of at most this size (default
	// DefaultMaxTxBytes).
	MaxTxBytes int
	Log        *slog.Logger

	mu       sync.Mutex
	window   uint64      // the Rollup's challenge window, read once
	given    common.Hash // a flagged block given up on (logged once)
	proven   uint64
	failures uint64
	owed     bool // a reward may be claimable (checked at start and after a proof)

	opened     *rollup.BlockOpening // the last blob challenge's openings
	openedHash common.Hash          // of this block

	loop *service.Loop
}

// Stats is what the challenger has done since it started.
type Stats struct {
	Proven   uint64 // challenges mined
	Failures uint64 // steps that failed (logged)
}

// Stats returns the counters.
func (c *Challenger) Stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return Stats{Proven: c.proven, Failures: c.failures}
}

// challenge is a proof ready to send but for the salt of the commitment
// it reveals, built under the deriver's lock from copies of what it holds.
type challenge struct {
	number uint64
	hash   common.Hash
	batch  uint64
	root   common.Hash // the batch's blocks root, to check it is still on L1
	why    error       // what the core found wrong

	parent  *core.Header
	headers []*core.Header // the batch's
	idx     int            // the block's index in headers
	txData  []byte
	items   []core.QueueItem
	encoded []byte // the witness
	size    int    // of the one-transaction challenge's calldata

	// For a staged challenge: the witness and its values.
	witness *fraud.Witness
	values  []byte

	// For a block of a blob batch whose blobs do not hold its tx data: the
	// batch's blobs, opened instead (nil for a proof by re-execution).
	blob *derive.BlobBatch
}

// call packs the one-transaction challenge revealing salt.
func (ch *challenge) call(salt common.Hash) []byte {
	return rollup.ChallengeCall(ch.batch, ch.parent, ch.headers, ch.idx, ch.txData, ch.items, ch.encoded, salt)
}

// start packs the staged challenge's first transaction revealing salt.
func (ch *challenge) start(salt common.Hash) []byte {
	return rollup.StartChallengeCall(ch.batch, ch.parent, ch.headers, ch.idx, ch.txData, ch.items, ch.values, salt)
}

// Step proves the flagged block, if there is one and L1 still holds it
// inside its challenge window; otherwise it settles a pending rollback and
// claims rewards. It returns whether it proved a block.
func (c *Challenger) Step(ctx context.Context) (bool, error) {
	if c.window == 0 {
		w, err := c.Rollup.ChallengeWindow(ctx)
		if err != nil {
			return false, err
		}
		c.window, c.owed = w, true
	}
	if inFlight, err := c.Tx.InFlight(ctx); err != nil || inFlight {
		return false, err
	}
	// A wrong block first: a pending rollback does not hold a challenge
	// back, and settling it is anyone's bookkeeping.
	ch, err := c.build()
	if errors.Is(err, ErrNotProvable) {
		err = nil // logged once by build
	}
	if err != nil {
		return false, err
	}
	if ch == nil {
		return false, c.settleAndClaim(ctx)
	}
	b, err := c.Rollup.GetBatch(ctx, ch.batch, nil)
	if errors.Is(err, l1.ErrUnknownBatch) {
		return false, nil // reverted already: derivation will see it
	}
	if err != nil {
		return false, err
	}
	if common.Hash(b.BlocksRoot) != ch.root {
		return false, nil // another batch took the index: derivation will see it
	}
	head, err := c.Rollup.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("challenger: L1 head: %w", err)
	}
	if head.Time >= b.SubmittedAt+c.window {
		c.giveUp(ch.hash, "the batch's challenge window is over: the wrong block stands", "block", ch.number, "batch", ch.batch, "windowEnd", b.SubmittedAt+c.window)
		return false, nil
	}
	salt, ready, err := c.commitAndReveal(ctx, ch, b.SubmittedAt, head.Time)
	if err != nil || !ready {
		return false, err
	}
	if ch.blob != nil {
		return c.blobStaged(ctx, ch, salt)
	}
	if ch.size > c.maxTxBytes() {
		return c.staged(ctx, ch, salt)
	}
	c.Log.Warn("challenging a wrong block", "block", ch.number, "hash", ch.hash, "batch", ch.batch, "err", ch.why)
	r, err := c.send(ctx, ch.call(salt))
	if err != nil {
		return false, c.sendFailed(ctx, ch, err)
	}
	c.proved(ch, r)
	return true, nil
}

// commitAndReveal takes the challenge's commitment (spec section 16.1) one
// transaction further per step, and reports when the proof may be sent:
// it commits, once the commitment is in an L1 block below the head it
// reveals it (revealChallenge) so that the reward is bound to this key
// before any proof is public, and then it is ready. It sends no reveal
// when someone revealed an earlier commitment: that challenger is
// rewarded, and the block is proven all the same. The salt comes from the
// key and the batch, so a restarted challenger finds its commitment and
// its reveal on L1 again.
func (c *Challenger) commitAndReveal(ctx context.Context, ch *challenge, submittedAt, l1Time uint64) (common.Hash, bool, error) {
	me := c.Tx.Address()
	salt := c.salt(ch.batch, ch.hash, submittedAt)
	commitment := rollup.ChallengeCommitment(me, ch.batch, ch.hash, salt)
	at, err := c.Rollup.ChallengeCommitment(ctx, commitment)
	if err != nil {
		return salt, false, err
	}
	if at == 0 {
		c.Log.Warn("committing to a challenge of a wrong block", "block", ch.number, "hash", ch.hash, "batch", ch.batch, "err", ch.why)
		r, err := c.send(ctx, rollup.CommitChallengeCall(commitment))
		if err != nil {
			return salt, false, fmt.Errorf("challenger: commit to a challenge of block %d: %w", ch.number, err)
		}
		c.Log.Info("challenge committed", "block", ch.number, "l1Block", r.BlockNumber, "gas", r.GasUsed)
		return salt, false, nil
	}
	if at <= submittedAt {
		// Only an L1 reorg that mined the batch again after this
		// commitment, at the same time, gets here: the Rollup will not
		// take the commitment, and the salt cannot change.
		c.giveUp(ch.hash, "the challenge's commitment is not later than its batch on L1", "block", ch.number, "committedAt", at, "submittedAt", submittedAt)
		return salt, false, nil
	}
	if l1Time <= at {
		return salt, false, nil // revealed in a later L1 block than the commitment's
	}
	leader, leaderAt, err := c.Rollup.ChallengeLeader(ctx, ch.batch, ch.hash)
	if err != nil {
		return salt, false, err
	}
	if leader != me && (leader == (common.Address{}) || leaderAt > at) {
		r, err := c.send(ctx, rollup.RevealChallengeCall(ch.batch, ch.hash, salt))
		if err != nil {
			return salt, false, c.sendFailed(ctx, ch, err)
		}
		c.Log.Info("challenge revealed", "block", ch.number, "l1Block", r.BlockNumber, "gas", r.GasUsed)
		return salt, false, nil
	}
	if leader != me {
		c.Log.Info("another challenger committed to the block first and is rewarded; proving it all the same", "block", ch.number, "leader", leader)
	}
	return salt, true, nil
}

// salt is this key's secret for its commitment to block blockHash of
// batch `batch` as posted at L1 time submittedAt: derived from the key,
// so a restarted challenger finds its commitment again, and no one else
// can tell from the commitment which block it names. A batch posted again
// at the same index after a rollback gets a commitment of its own.
func (c *Challenger) salt(batch uint64, blockHash common.Hash, submittedAt uint64) common.Hash {
	return crypto.Keccak256Hash([]byte("viaduct/challenge-salt/v1"), crypto.FromECDSA(c.Key), c.Rollup.Address[:],
		binary.BigEndian.AppendUint64(nil, batch), blockHash[:], binary.BigEndian.AppendUint64(nil, submittedAt))
}

func (c *Challenger) maxTxBytes() int {
	if c.MaxTxBytes > 0 {
		return c.MaxTxBytes
	}
	return DefaultMaxTxBytes
}

// proved counts and logs a challenge that L1 applied.
func (c *Challenger) proved(ch *challenge, r *types.Receipt) {
	c.mu.Lock()
	c.proven++
	c.owed = true
	c.mu.Unlock()
	c.Log.Warn("fraud proven on L1", "block", ch.number, "batch", ch.batch, "l1Block", r.BlockNumber, "gas", r.GasUsed)
}

// sendFailed sorts out a challenge transaction that failed: nil when the
// challenge is no longer needed or must not be retried (logged), the error
// otherwise.
func (c *Challenger) sendFailed(ctx context.Context, ch *challenge, err error) error {
	switch name := l1.RevertName(err); name {
	case "UnknownBatch", "BlockNotInBatch", "BatchReplaced":
		// Someone proved it first, or a reorg moved it: derivation
		// sorts it out on its next step.
		c.Log.Info("challenge not needed any more", "block", ch.number, "reason", name)
		return nil
	case "NoFraud":
		// The Go core and the Solidity verifier disagree: a bug in
		// one of them, never to be retried blindly.
		c.giveUp(ch.hash, "the on-chain verifier does not find the block wrong", "block", ch.number, "err", ch.why)
		return nil
	case "ChallengeWindowClosed":
		c.giveUp(ch.hash, "the batch's challenge window is over: the wrong block stands", "block", ch.number, "batch", ch.batch)
		return nil
	case "UnknownCommitment", "CommitmentBeforeBatch", "CommitmentNotEarlier":
		// An L1 reorg took the commitment away or moved the batch, or
		// the head did not move past the commitment's block: the next
		// step looks at L1 again.
		c.Log.Info("challenge commitment not usable yet; looking again", "block", ch.number, "reason", name)
		return nil
	}
	if errors.Is(err, txmgr.ErrReverted) {
		// Mined but reverted: another challenger's proof came first
		// in the same L1 block, if the batch is gone now.
		if b, gerr := c.Rollup.GetBatch(ctx, ch.batch, nil); errors.Is(gerr, l1.ErrUnknownBatch) || (gerr == nil && common.Hash(b.BlocksRoot) != ch.root) {
			c.Log.Info("another challenger proved the block first", "block", ch.number)
			return nil
		}
	}
	return fmt.Errorf("challenger: challenge block %d: %w", ch.number, err)
}

// staged takes the block's staged proof (spec section 16.2) one
// transaction further per step: the start, or the next chunk of the session
// the Rollup holds for this key, if it is one of this batch. So every chunk
// is preceded by the checks each step makes (the batch still on L1, its
// window open), and a restarted verifier goes on where
// its session is. It returns whether the step's chunk proved the block.
func (c *Challenger) staged(ctx context.Context, ch *challenge, salt common.Hash) (bool, error) {
	sess, err := c.Rollup.ChallengeSession(ctx, c.Tx.Address(), ch.batch, ch.hash)
	if err != nil {
		return false, err
	}
	n := len(ch.witness.Entries)
	if common.Hash(sess.BlocksRoot) != ch.root || int(sess.Remaining) > n || sess.Remaining == 0 {
		c.Log.Warn("challenging a wrong block in stages", "block", ch.number, "hash", ch.hash, "batch", ch.batch,
			"entries", n, "proofBytes", ch.size, "err", ch.why)
		r, err := c.send(ctx, ch.start(salt))
		if err != nil {
			return false, c.sendFailed(ctx, ch, err)
		}
		if hasFraudProven(r) {
			// Decided at once (tx data that does not decode).
			c.proved(ch, r)
			return true, nil
		}
		c.Log.Info("staged challenge started", "block", ch.number, "l1Block", r.BlockNumber, "gas", r.GasUsed)
		return false, nil
	}
	from := n - int(sess.Remaining)
	chunks, err := ch.witness.Chunks(from, c.maxTxBytes())
	if err != nil {
		return false, fmt.Errorf("challenger: chunks of block %d: %w", ch.number, err)
	}
	r, err := c.send(ctx, rollup.ContinueChallengeCall(ch.batch, ch.hash, chunks[0]))
	if err != nil {
		if name := l1.RevertName(err); name == "UnknownChallenge" || name == "ChunkMismatch" {
			// A reorg took the session (or an earlier chunk) away: the
			// next step looks again and starts afresh if need be.
			c.Log.Warn("staged challenge lost its place on L1; starting again", "block", ch.number, "reason", name)
			return false, nil
		}
		return false, c.sendFailed(ctx, ch, err)
	}
	if len(chunks) == 1 {
		c.proved(ch, r)
		return true, nil
	}
	c.Log.Info("staged challenge chunk proven", "block", ch.number, "proven", from+int(binary.BigEndian.Uint16(chunks[0])),
		"entries", n, "l1Block", r.BlockNumber, "gas", r.GasUsed)
	return false, nil
}

// hasFraudProven reports whether the receipt holds a FraudProven event.
func hasFraudProven(r *types.Receipt) bool {
	for _, l := range r.Logs {
		if _, err := bindings.NewRollup().UnpackFraudProvenEvent(l); err == nil {
			return true
		}
	}
	return false
}

// send sends a call to the Rollup and waits for it to be mined.
func (c *Challenger) send(ctx context.Context, data []byte) (*types.Receipt, error) {
	to := c.Rollup.Address
	return c.Tx.Send(ctx, txmgr.Candidate{To: &to, Data: data})
}

// build makes the challenge of the flagged block from the verifier's
// chain, whose head is the block's parent while derivation is stopped
// there; a chain that moved while the proof was built (an L1 reorg) gives
// no challenge.
func (c *Challenger) build() (*challenge, error) {
	inv := c.Flagged()
	if inv == nil {
		return nil, nil
	}
	if inv.Header == nil {
		return nil, c.notProvable(common.Hash{}, inv.Number, inv.Err, "not a posted block")
	}
	hash := inv.Header.Hash()
	if hash == c.given {
		return nil, ErrNotProvable
	}
	chn := c.Chain
	parent := chn.Head()
	if parent.Hash() != inv.Header.ParentHash || parent.Number+1 != inv.Header.Number {
		return nil, c.notProvable(hash, inv.Number, inv.Err, "it does not follow the last good block")
	}
	if inv.Header.QueueCursor < parent.QueueCursor || inv.Header.QueueCursor-parent.QueueCursor > core.MaxQueueItemsPerBlock {
		return nil, c.notProvable(hash, inv.Number, inv.Err, "its queue cursor is out of bounds")
	}
	if errors.Is(inv.Err, derive.ErrTxDataNotInBlobs) {
		return c.buildBlob(inv, hash)
	}
	want := int(inv.Header.QueueCursor - parent.QueueCursor)
	items := c.View().QueueItems(parent.QueueCursor, want)
	if len(items) != want {
		return nil, fmt.Errorf("challenger: block %d applies %d queue items, %d confirmed here", inv.Number, want, len(items))
	}
	built, err := fraud.Build(chn.Config(), chn.State(), parent, inv.Header, items, inv.TxData)
	if err != nil {
		return nil, c.notProvable(hash, inv.Number, err, "no witness")
	}
	if built.Invalid == nil {
		// Valid transactions: the fraud is in the header's roots.
		o, err := core.Execute(chn.Config(), chn.State(), parent, inv.Header.Timestamp, inv.Header.FeeRecipient, items, inv.TxData)
		if err != nil {
			return nil, fmt.Errorf("challenger: re-execute block %d: %w", inv.Number, err)
		}
		if core.CheckHeader(inv.Header, o, built.PostRoot) == nil {
			return nil, c.notProvable(hash, inv.Number, inv.Err, "the block re-executes to its header")
		}
	}
	if chn.Head().Hash() != parent.Hash() {
		return nil, nil // the chain moved under the witness: the next step builds again
	}
	w, err := built.Witness.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("challenger: encode witness of block %d: %w", inv.Number, err)
	}
	idx := -1
	for i, h := range inv.Headers {
		if h.Hash() == hash {
			idx = i
		}
	}
	if idx < 0 {
		return nil, c.notProvable(hash, inv.Number, inv.Err, "not in the batch read from L1")
	}
	headers := make([]*core.Header, len(inv.Headers))
	for i, h := range inv.Headers {
		hc := *h
		headers[i] = &hc
	}
	p := *parent
	ch := &challenge{
		number: inv.Number, hash: hash, batch: inv.Batch, root: rollup.BlocksRoot(headers), why: inv.Err,
		parent: &p, headers: headers, idx: idx, txData: slices.Clone(inv.TxData), items: slices.Clone(items),
		encoded: w, witness: built.Witness,
	}
	ch.size = len(ch.call(common.Hash{})) // the salt is a fixed-size word
	if ch.size > c.maxTxBytes() {
		values, err := built.Witness.Values()
		if err != nil {
			return nil, fmt.Errorf("challenger: encode values of block %d: %w", inv.Number, err)
		}
		ch.values = values
	}
	return ch, nil
}

// buildBlob makes the blob challenge of a flagged block whose batch's
// blobs do not hold its tx data (derive.ErrTxDataNotInBlobs): no witness,
// the blobs are what it opens.
func (c *Challenger) buildBlob(inv *derive.Flag, hash common.Hash) (*challenge, error) {
	if inv.Blobs == nil || len(inv.Blobs.Blobs) != len(inv.Blobs.Hashes) {
		return nil, c.notProvable(hash, inv.Number, inv.Err, "its batch's blobs were not read")
	}
	idx := -1
	headers := make([]*core.Header, len(inv.Headers))
	for i, h := range inv.Headers {
		hc := *h
		headers[i] = &hc
		if h.Hash() == hash {
			idx = i
		}
	}
	if idx < 0 || len(inv.Blobs.Lengths) != len(headers) {
		return nil, c.notProvable(hash, inv.Number, inv.Err, "not in the batch read from L1")
	}
	return &challenge{
		number: inv.Number, hash: hash, batch: inv.Batch, root: rollup.BlocksRoot(headers), why: inv.Err,
		headers: headers, idx: idx, blob: inv.Blobs,
	}, nil
}

// blobStaged takes a blob challenge (spec section 17.3) one transaction
// further per step, from the session the Rollup holds for this key: start
// it (startBlobChallenge, which decides a block without tx data at once),
// open the block's field elements OpeningsPerTx at a time
// (openBlobChallenge), and finish (finishBlobChallenge, the verdict). The
// openings are computed once per block, on every core: about a tenth of a
// second each, up to 530 for a block of MAX_TX_DATA_BYTES. It returns
// whether the step's transaction proved the block.
func (c *Challenger) blobStaged(ctx context.Context, ch *challenge, salt common.Hash) (bool, error) {
	next, end, err := c.blobProgress(ctx, ch)
	if err != nil {
		return false, err
	}
	if end == 0 {
		c.Log.Warn("challenging a block whose batch's blobs do not hold its tx data", "block", ch.number, "hash", ch.hash, "batch", ch.batch, "err", ch.why)
		r, err := c.send(ctx, rollup.StartBlobChallengeCall(ch.batch, ch.headers, ch.idx, ch.blob.Hashes, ch.blob.Lengths, salt))
		if err != nil {
			return false, c.sendFailed(ctx, ch, err)
		}
		if hasFraudProven(r) {
			// Decided at once: a block without tx data.
			c.proved(ch, r)
			return true, nil
		}
		c.Log.Info("blob challenge started", "block", ch.number, "l1Block", r.BlockNumber, "gas", r.GasUsed)
		return false, nil
	}
	o, err := c.opening(ctx, ch)
	if err != nil {
		return false, err
	}
	if end != uint64(o.Place.End) || next < uint64(o.Place.First) || next > end {
		return false, fmt.Errorf("challenger: the Rollup's session for block %d is at element %d of ..%d, the block lies on elements %d..%d", ch.number, next, end, o.Place.First, o.Place.End)
	}
	if next < end {
		calls, err := rollup.OpenBlobChallengeCalls(ch.batch, ch.hash, o, int(next), 0)
		if err != nil {
			return false, fmt.Errorf("challenger: openings of block %d: %w", ch.number, err)
		}
		r, err := c.send(ctx, calls[0])
		if err != nil {
			if l1.RevertName(err) == "UnknownChallenge" {
				c.Log.Warn("blob challenge lost its place on L1; starting again", "block", ch.number)
				return false, nil
			}
			return false, c.sendFailed(ctx, ch, err)
		}
		c.Log.Info("blob challenge elements opened", "block", ch.number, "from", next, "end", end, "l1Block", r.BlockNumber, "gas", r.GasUsed)
		return false, nil
	}
	r, err := c.send(ctx, rollup.FinishBlobChallengeCall(ch.batch, ch.hash, o))
	if err != nil {
		if l1.RevertName(err) == "UnknownChallenge" {
			c.Log.Warn("blob challenge lost its place on L1; starting again", "block", ch.number)
			return false, nil
		}
		return false, c.sendFailed(ctx, ch, err)
	}
	c.proved(ch, r)
	return true, nil
}

// blobProgress reads how far this key's blob challenge of the block has
// come on L1: the next element to open and one past the last (both zero:
// no session).
func (c *Challenger) blobProgress(ctx context.Context, ch *challenge) (next, end uint64, err error) {
	abi := bindings.NewRollup()
	to := c.Rollup.Address
	out, err := c.Rollup.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: abi.PackBlobChallengeProgress(c.Tx.Address(), new(big.Int).SetUint64(ch.batch), ch.hash)}, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("challenger: blob challenge progress of block %d: %w", ch.number, err)
	}
	p, err := abi.UnpackBlobChallengeProgress(out)
	if err != nil {
		return 0, 0, fmt.Errorf("challenger: blob challenge progress of block %d: %w", ch.number, err)
	}
	if !p.Next.IsUint64() || !p.End.IsUint64() {
		return 0, 0, fmt.Errorf("challenger: blob challenge progress of block %d out of range", ch.number)
	}
	return p.Next.Uint64(), p.End.Uint64(), nil
}

// opening returns the openings of the block's field elements, computed
// once per block.
func (c *Challenger) opening(ctx context.Context, ch *challenge) (*rollup.BlockOpening, error) {
	c.mu.Lock()
	o, hash := c.opened, c.openedHash
	c.mu.Unlock()
	if o != nil && hash == ch.hash {
		return o, nil
	}
	start := time.Now()
	o, err := rollup.OpenBlock(ctx, ch.blob.Blobs, ch.blob.Lengths, ch.idx)
	if err != nil {
		return nil, fmt.Errorf("challenger: open the blobs of block %d: %w", ch.number, err)
	}
	c.Log.Info("computed the openings of a block's field elements", "block", ch.number, "elements", len(o.Openings), "took", time.Since(start).Round(time.Millisecond))
	c.mu.Lock()
	c.opened, c.openedHash = o, ch.hash
	c.mu.Unlock()
	return o, nil
}

func (c *Challenger) notProvable(hash common.Hash, n uint64, err error, why string) error {
	c.giveUp(hash, "flagged block cannot be challenged: "+why, "block", n, "err", err)
	return ErrNotProvable
}

// giveUp logs, once per block, why it is not challenged.
func (c *Challenger) giveUp(hash common.Hash, msg string, args ...any) {
	c.mu.Lock()
	first := c.given != hash || hash == (common.Hash{})
	c.given = hash
	c.mu.Unlock()
	if first {
		c.Log.Error(msg, args...)
	}
}

// settleAndClaim settles a pending rollback (a proof reverted more
// batches than it settled itself; no batch is accepted until they are) and
// collects the challenger's rewards.
func (c *Challenger) settleAndClaim(ctx context.Context) error {
	if pending, err := c.Rollup.RollbackPending(ctx); err != nil {
		return err
	} else if pending {
		r, err := c.send(ctx, bindings.NewRollup().PackSettleRollback(big.NewInt(128)))
		if err != nil {
			return fmt.Errorf("challenger: settle the rollback: %w", err)
		}
		c.Log.Info("settled reverted batches", "l1Block", r.BlockNumber, "gas", r.GasUsed)
		return nil
	}
	return c.claim(ctx)
}

// claim collects the challenger's rewards.
func (c *Challenger) claim(ctx context.Context) error {
	c.mu.Lock()
	owed := c.owed
	c.mu.Unlock()
	if !owed {
		return nil
	}
	amount, err := c.Rollup.Claimable(ctx, c.Tx.Address())
	if err != nil {
		return err
	}
	if amount.Sign() > 0 {
		r, err := c.send(ctx, bindings.NewRollup().PackClaim())
		if err != nil {
			return fmt.Errorf("challenger: claim %s wei: %w", amount, err)
		}
		c.Log.Info("claimed the challenge reward", "amount", amount, "l1Block", r.BlockNumber)
	}
	c.mu.Lock()
	c.owed = false
	c.mu.Unlock()
	return nil
}

// Start runs Step every Interval until ctx ends or Stop.
func (c *Challenger) Start(ctx context.Context) error {
	if c.Interval <= 0 {
		c.Interval = time.Second
	}
	c.loop = &service.Loop{Name: "challenger", Interval: c.Interval, Log: c.Log, Step: func(ctx context.Context) error {
		_, err := c.Step(ctx)
		if err != nil {
			c.mu.Lock()
			c.failures++
			c.mu.Unlock()
		}
		return err
	}}
	return c.loop.Start(ctx)
}

// Stop stops it, abandoning a wait for a challenge in flight (the
// transaction manager keeps it priced; the next start finds it pending or
// mined).
func (c *Challenger) Stop(ctx context.Context) error {
	if c.loop == nil {
		return nil
	}
	return c.loop.Stop(ctx)
}
