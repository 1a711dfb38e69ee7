package l1

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

// Queue gives confirmed L1 queue items from an index on (a Snapshot does).
type Queue interface {
	QueueItems(from uint64, max int) []core.QueueItem
}

// Snapshot is the Follower's view of the Rollup at one confirmed L1 block.
// It does not change; a newer view is a new Snapshot. Its records are read
// from the follower's database on demand: a record an L1 reorg has since
// replaced there is read as it is now, which only a reader holding an old
// snapshot across a reset can see (it learns of the reset from the newer
// snapshot's Generation).
type Snapshot struct {
	f      *Follower
	state  followerState
	params *rollupParams

	// L1Block is the last L1 block read (the confirmed head when caught
	// up), with its hash and time; before the first read, the block before
	// the deployment with a zero hash.
	L1Block uint64
	L1Hash  common.Hash
	L1Time  uint64
	// L1Head and L1HeadTime are L1's latest block as last seen (not
	// confirmed); L1Finalized is L1's finalized block (0: none yet) and
	// L1FinalizedTime its time.
	L1Head          uint64
	L1HeadTime      uint64
	L1Finalized     uint64
	L1FinalizedTime uint64
	// Generation counts the resets that L1 reorgs caused.
	Generation uint64
	// QueueSettled is false while queue items that a reorg took away may
	// still come back (see Follower).
	QueueSettled bool

	latest    *BatchRecord
	finalized *BatchRecord
	settled   *BatchRecord
}

func (f *Follower) makeSnapshot(st followerState, params *rollupParams, head, headTime, finalized, finalizedTime uint64) (*Snapshot, error) {
	s := &Snapshot{
		f: f, state: st, params: params, L1Head: head, L1HeadTime: headTime, L1Finalized: finalized, L1FinalizedTime: finalizedTime,
		Generation: st.Generation, QueueSettled: len(f.orphans) == 0,
		L1Hash: st.LastHash, L1Time: st.LastTime,
	}
	if st.Next > 0 {
		s.L1Block = st.Next - 1
	}
	if st.BatchCount > 0 {
		rec, err := f.batch(st.BatchCount - 1)
		if err != nil {
			return nil, err
		}
		s.latest = &rec
		if finalized > 0 {
			// Batches are in L1 order: the newest whose block is final.
			var ferr error
			i := sort.Search(int(st.BatchCount), func(i int) bool {
				r, err := f.batch(uint64(i))
				if err != nil {
					ferr = err
					return true
				}
				return r.L1Block > finalized
			})
			if ferr != nil {
				return nil, ferr
			}
			if i > 0 {
				r, err := f.batch(uint64(i - 1))
				if err != nil {
					return nil, err
				}
				s.finalized = &r
			}
		}
	}
	if s.finalized != nil && params != nil {
		// Batches are in L1 order, so by time too: the newest of the
		// finalized ones whose challenge window is over at L1's finalized
		// block's time (what Rollup.isFinalized answers there).
		var ferr error
		i := sort.Search(int(s.finalized.Index)+1, func(i int) bool {
			r, err := f.batch(uint64(i))
			if err != nil {
				ferr = err
				return true
			}
			return r.SubmittedAt+params.ChallengeWindow > finalizedTime
		})
		if ferr != nil {
			return nil, ferr
		}
		if i > 0 {
			r, err := f.batch(uint64(i - 1))
			if err != nil {
				return nil, err
			}
			s.settled = &r
		}
	}
	return s, nil
}

// Ready reports whether the follower has read L1 at least once.
func (s *Snapshot) Ready() bool { return s.params != nil }

// ChallengeWindow is the Rollup's challenge window in seconds (0 before
// the first read).
func (s *Snapshot) ChallengeWindow() uint64 {
	if s.params == nil {
		return 0
	}
	return s.params.ChallengeWindow
}

// InclusionWindow is the Rollup's inclusion window in seconds (0 before
// the first read).
func (s *Snapshot) InclusionWindow() uint64 {
	if s.params == nil {
		return 0
	}
	return s.params.InclusionWindow
}

// QueueLen is the number of confirmed queue items.
func (s *Snapshot) QueueLen() uint64 { return s.state.QueueLen }

// QueueEntry returns confirmed queue item i with the L1 block that added it.
func (s *Snapshot) QueueEntry(i uint64) (QueueEntry, error) {
	if i >= s.state.QueueLen {
		return QueueEntry{}, fmt.Errorf("l1: queue item %d of %d confirmed", i, s.state.QueueLen)
	}
	return s.f.queueEntry(i)
}

// QueueItems returns up to max confirmed queue items from index `from` on.
func (s *Snapshot) QueueItems(from uint64, max int) []core.QueueItem {
	var out []core.QueueItem
	for i := from; i < s.state.QueueLen && len(out) < max; i++ {
		e, err := s.f.queueEntry(i)
		if err != nil {
			break
		}
		out = append(out, e.Item)
	}
	return out
}

// BatchCount is the number of batches the Rollup holds.
func (s *Snapshot) BatchCount() uint64 { return s.state.BatchCount }

// Batch returns batch i.
func (s *Snapshot) Batch(i uint64) (BatchRecord, error) {
	if i >= s.state.BatchCount {
		return BatchRecord{}, fmt.Errorf("%w: %d of %d", ErrUnknownBatch, i, s.state.BatchCount)
	}
	return s.f.batch(i)
}

// LatestBatch returns the Rollup's newest batch, if any.
func (s *Snapshot) LatestBatch() (BatchRecord, bool) {
	if s.latest == nil {
		return BatchRecord{}, false
	}
	return *s.latest, true
}

// Posted is the Rollup's latest block: the last block of its newest batch.
func (s *Snapshot) Posted() PostedBlock { return posted(s.latest) }

// FinalizedPosted is the Rollup's latest block as of L1's finalized block.
func (s *Snapshot) FinalizedPosted() PostedBlock { return posted(s.finalized) }

// SettledPosted is the last block of the newest batch whose challenge
// window is over as of L1's finalized block: what a light client proves at
// "settled", the oldest block L1 names.
func (s *Snapshot) SettledPosted() PostedBlock { return posted(s.settled) }

func posted(r *BatchRecord) PostedBlock {
	if r == nil {
		return PostedBlock{Hash: core.Genesis().Hash()}
	}
	// The batch record does not carry its last block's timestamp.
	return PostedBlock{Number: r.LastBlock, Hash: r.LastBlockHash, Cursor: r.QueueCursor, StateRoot: r.StateRoot, Batch: r.Index, HasBatch: true}
}

// ErrNotPostedYet is returned by BatchOf for a block no batch holds.
var ErrNotPostedYet = errors.New("l1: block not posted yet")

// BatchOf returns the batch that holds L2 block n. It seeks the index of
// batches by last block, so its cost does not grow with the chain's age;
// entries a reorg or a fraud proof left stale are checked against the
// batch records and skipped (a binary search over the records is the
// fallback).
func (s *Snapshot) BatchOf(n uint64) (BatchRecord, error) {
	if n == 0 || s.latest == nil || n > s.latest.LastBlock {
		return BatchRecord{}, fmt.Errorf("%w: %d", ErrNotPostedYet, n)
	}
	if rec, ok, err := s.seekBatch(n); err != nil || ok {
		return rec, err
	}
	var ferr error
	i := sort.Search(int(s.state.BatchCount), func(i int) bool {
		r, err := s.f.batch(uint64(i))
		if err != nil {
			ferr = err
			return true
		}
		return r.LastBlock >= n
	})
	if ferr != nil {
		return BatchRecord{}, ferr
	}
	return s.Batch(uint64(i))
}

// maxStaleSeeks bounds the stale index entries BatchOf skips before it
// searches the records instead.
const maxStaleSeeks = 8

func (s *Snapshot) seekBatch(n uint64) (BatchRecord, bool, error) {
	it, err := s.f.db.NewIter(&pebble.IterOptions{LowerBound: numKey(flwByLast, n), UpperBound: prefixEnd(flwByLast)})
	if err != nil {
		return BatchRecord{}, false, err
	}
	defer it.Close()
	steps := 0
	for ok := it.First(); ok && steps < maxStaleSeeks; ok, steps = it.Next(), steps+1 {
		if len(it.Key()) != len(flwByLast)+8 || len(it.Value()) != 8 {
			continue
		}
		last, i := binary.BigEndian.Uint64(it.Key()[len(flwByLast):]), binary.BigEndian.Uint64(it.Value())
		if i >= s.state.BatchCount {
			continue
		}
		rec, err := s.f.batch(i)
		if err != nil {
			return BatchRecord{}, false, err
		}
		if rec.LastBlock == last && rec.FirstBlock <= n {
			return rec, true, nil
		}
	}
	return BatchRecord{}, false, it.Error()
}

// ProofCount is the number of fraud proofs the Rollup applied.
func (s *Snapshot) ProofCount() uint64 { return s.state.ProofCount }

// Proof returns fraud proof i, oldest first.
func (s *Snapshot) Proof(i uint64) (ProofRecord, error) {
	if i >= s.state.ProofCount {
		return ProofRecord{}, fmt.Errorf("l1: fraud proof %d of %d", i, s.state.ProofCount)
	}
	v, err := s.f.get(numKey(flwProof, i))
	if err != nil {
		return ProofRecord{}, err
	}
	if v == nil {
		return ProofRecord{}, fmt.Errorf("l1: follower: no fraud proof %d", i)
	}
	var p ProofRecord
	if err := rlp.DecodeBytes(v, &p); err != nil {
		return ProofRecord{}, fmt.Errorf("l1: follower: fraud proof %d: %w", i, err)
	}
	return p, nil
}

// Token returns the metadata of a bridged token.
func (s *Snapshot) Token(addr common.Address) (Token, bool) {
	v, err := s.f.get(append(slices.Clone(flwToken), addr[:]...))
	if err != nil || v == nil {
		return Token{}, false
	}
	var t Token
	if rlp.DecodeBytes(v, &t) != nil {
		return Token{}, false
	}
	return t, true
}

// InclusionWindowOpen reports whether, at L1 time now, anyone with a bond
// may post (Rollup.inclusionWindowOpen): nothing posted for longer than the
// inclusion window, or the oldest queue item no posted block has applied
// is older than it.
func (s *Snapshot) InclusionWindowOpen(now uint64) bool {
	if s.params == nil {
		return false
	}
	lastPost, cursor := s.params.DeployedAt, uint64(0)
	if s.latest != nil {
		lastPost, cursor = s.latest.SubmittedAt, s.latest.QueueCursor
	}
	if now > lastPost+s.params.InclusionWindow {
		return true
	}
	if cursor >= s.state.QueueLen {
		return false
	}
	e, err := s.f.queueEntry(cursor)
	return err == nil && now > e.L1Time+s.params.InclusionWindow
}

// BatchData reads the blocks batch b posted from the calldata of its
// transaction and checks them against the batch's blocks root and range.
func (r *Rollup) BatchData(ctx context.Context, b BatchRecord) ([]rollup.Block, error) {
	tx, _, err := r.Client.TransactionByHash(ctx, b.Tx)
	if err != nil {
		return nil, fmt.Errorf("l1: read batch %d's transaction %s: %w", b.Index, b.Tx, err)
	}
	blocks, err := rollup.DecodeBatch(tx.Data())
	if err != nil {
		return nil, fmt.Errorf("l1: batch %d in %s: %w", b.Index, b.Tx, err)
	}
	headers := make([]*core.Header, len(blocks))
	for i := range blocks {
		headers[i] = blocks[i].Header
	}
	if len(headers) == 0 || rollup.BlocksRoot(headers) != b.BlocksRoot ||
		headers[0].Number != b.FirstBlock || headers[len(headers)-1].Number != b.LastBlock {
		return nil, fmt.Errorf("l1: batch %d: the posted blocks do not match its record", b.Index)
	}
	return blocks, nil
}

// ChallengeCount is the number of ChallengeLeader events read: each is a
// challenger revealing the earliest commitment so far to a block.
func (s *Snapshot) ChallengeCount() uint64 { return s.state.ChallengeCount }

// Challenge returns challenge record i, oldest first.
func (s *Snapshot) Challenge(i uint64) (ChallengeRecord, error) {
	if i >= s.state.ChallengeCount {
		return ChallengeRecord{}, fmt.Errorf("l1: challenge %d of %d", i, s.state.ChallengeCount)
	}
	var c ChallengeRecord
	if err := s.decode(numKey(flwChallenge, i), &c); err != nil {
		return ChallengeRecord{}, fmt.Errorf("l1: follower: challenge %d: %w", i, err)
	}
	return c, nil
}

// Paid returns how withdrawal id was paid out on L1; ok is false while it
// has not been (as of the last L1 block read).
func (s *Snapshot) Paid(id WithdrawalID) (p PaidRecord, ok bool, err error) {
	v, err := s.f.get(paidKey(id))
	if err != nil || v == nil {
		return PaidRecord{}, false, err
	}
	if err := rlp.DecodeBytes(v, &p); err != nil {
		return PaidRecord{}, false, fmt.Errorf("l1: follower: payment of withdrawal %d/%d: %w", id.Block, id.Index, err)
	}
	return p, true, nil
}

// RevertedBatch returns batch `batch` as it was when fraud proof `proof`
// reverted it (proof.BatchIndex ≤ batch ≤ proof.RevertedTo): the Rollup
// reuses the index for the next batch posted, whose record Batch returns.
func (s *Snapshot) RevertedBatch(proof, batch uint64) (BatchRecord, error) {
	p, err := s.Proof(proof)
	if err != nil {
		return BatchRecord{}, err
	}
	if p.Burned == nil || batch < p.BatchIndex || batch > p.RevertedTo {
		return BatchRecord{}, fmt.Errorf("%w: proof %d did not revert batch %d (or predates the record of what it reverted)", ErrUnknownBatch, proof, batch)
	}
	var r BatchRecord
	if err := s.decode(revertedKey(proof, batch), &r); err != nil {
		return BatchRecord{}, fmt.Errorf("l1: follower: batch %d reverted by proof %d: %w", batch, proof, err)
	}
	return r, nil
}

func (s *Snapshot) decode(key []byte, v any) error {
	enc, err := s.f.get(key)
	if err != nil {
		return err
	}
	if enc == nil {
		return errors.New("missing")
	}
	return rlp.DecodeBytes(enc, v)
}
