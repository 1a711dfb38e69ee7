package l1

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/service"
)

// Follower is the node's one reader of the Rollup on L1 (design decision
// D12). Every other part of the node learns what L1 holds from its
// Snapshot, never by reading logs itself.
//
// Model. The follower reads the Rollup's events block by block up to the
// confirmed L1 head (the head less Confirmations) and keeps, in the node's
// Pebble database, the view they build: the L1 queue (each item with the L1
// block and time that added it), the tokens registered, the batches the
// Rollup holds now (a revert lowers the count; a later submission at the
// same index overwrites the record) and the fraud proofs; and, for the
// explorer, what the Rollup's state does not keep: the challengers'
// revealed commitments (ChallengeLeader), the batches each proof reverted
// as they were, and the withdrawals paid out. Each L1 block
// that changed the view stores an undo record, and the hash of every block
// read up to is kept as a checkpoint.
//
// Guarantees.
//   - L1 is followed by parent hash: a range is read only if its first
//     block's parent is the last block read, and every event is checked to
//     come from the block that the range's last header descends from (the
//     headers are read again after the logs). A reorg is found in one place,
//     here, once.
//   - On a reorg the view goes back to the newest checkpoint still in the
//     chain by applying undo records, newest first, and reading resumes
//     after it; the Snapshot's Generation counts these resets. When no
//     checkpoint is left in the chain, the view is read again from the
//     Rollup's deployment.
//   - The view, its undo records and its checkpoints are written in one
//     Pebble batch per range read: a restarted follower resumes where the
//     last write left it, without reading L1 from the deployment again.
//   - A Snapshot never changes: readers hold one and decide from it, and
//     a later change reaches them as a new Snapshot (Subscribe).
//   - Queue items a reorg took away are awaited until the new chain has
//     been read as far as the old one was; until then QueueSettled is
//     false, so a consumer does not take for gone an item that is coming
//     back.
type Follower struct {
	cfg FollowerConfig
	db  *pebble.DB

	mu sync.Mutex // one Poll at a time; guards state, snap, orphans, subs
	// state is what the database holds: it changes only once a write of
	// it has been committed, and Poll publishes a snapshot of it before it
	// returns, whatever the error.
	state followerState
	snap  *Snapshot
	subs  map[chan struct{}]struct{}
	// Queue items a reorg took away that the new chain has not shown again
	// (in memory: after a restart every confirmed item is as L1 has it).
	orphans     []QueueEntry
	orphanFrom  uint64
	settleAt    uint64
	lastRemoved []removedEntry // the queue items the last roll-back took away

	loop *service.Loop
}

// FollowerConfig configures a Follower.
type FollowerConfig struct {
	Rollup *Rollup
	DB     *pebble.DB // the node's database; the follower owns keys under "l"
	// Confirmations is how deep an L1 block must be before its events count.
	Confirmations uint64
	// FromBlock is the L1 block the Rollup was deployed in.
	FromBlock uint64
	// MaxRange bounds the L1 blocks of one log query (default 2,000).
	MaxRange uint64
	// Interval is the polling interval of Start (default 500ms).
	Interval time.Duration
	Log      *slog.Logger
}

// Key prefixes under "l" (the chain owns "c", the state "s").
var (
	flwState  = []byte("lS") // → followerState
	flwQueue  = []byte("lq") // ‖ index → queueEntry
	flwBatch  = []byte("lb") // ‖ index → BatchRecord
	flwByLast = []byte("lB") // ‖ the batch's last L2 block → index (stale entries are checked away)
	flwProof  = []byte("lp") // ‖ seq → ProofRecord
	flwToken  = []byte("lt") // ‖ token → Token
	flwCheck  = []byte("lk") // ‖ L1 number → L1 hash
	flwUndo   = []byte("lu") // ‖ L1 number → undoRecord
	flwConfig = []byte("lC") // → rollupParams
	// What an explorer shows of L1 besides the view the chain needs: the
	// challenges revealed, the withdrawals paid, the batches a proof
	// reverted (their records are overwritten when the indexes are posted
	// again).
	flwChallenge = []byte("lc") // ‖ seq → ChallengeRecord
	flwPaid      = []byte("lw") // ‖ L2 block ‖ withdrawal index (4) → PaidRecord
	flwReverted  = []byte("lr") // ‖ proof seq ‖ batch index → BatchRecord, as it was when reverted
)

// maxCheckpointWalk bounds how many checkpoints a reorg search reads back
// before reading L1 again from the deployment.
const maxCheckpointWalk = 512

// keepBelowFinalized is how many L1 blocks below L1's finalized block the
// checkpoints and undo records are kept: the finalized block cannot be
// reorged on Ethereum, but development chains can reorg below theirs.
const keepBelowFinalized = 128

// ErrFollowerGap is returned when the Rollup's events do not follow each
// other (a queue index or a batch index out of order): the L1 node answered
// inconsistently, and the next Poll reads again.
var ErrFollowerGap = errors.New("l1: Rollup events out of order")

// followerState is what the follower has read, persisted with the view.
type followerState struct {
	Next       uint64      // the next L1 block to read
	LastHash   common.Hash // the hash of block Next-1 (zero before the first read)
	LastTime   uint64
	QueueLen   uint64
	BatchCount uint64
	ProofCount uint64
	Generation uint64
	// ChallengeCount counts the ChallengeLeader events read.
	ChallengeCount uint64 `rlp:"optional"`
}

// rollupParams are the Rollup's immutables the snapshot needs.
type rollupParams struct {
	ChallengeWindow uint64
	InclusionWindow uint64
	DeployedAt      uint64
}

// QueueEntry is one L1 queue item with where L1 added it.
type QueueEntry struct {
	Item    core.QueueItem
	L1Block uint64
	L1Time  uint64
}

type storedQueueEntry struct {
	Item    []byte // core.QueueItem.Encode
	L1Block uint64
	L1Time  uint64
}

// BatchRecord is a batch the Rollup holds, as its BatchSubmitted event and
// the L1 block that holds it tell.
type BatchRecord struct {
	Index         uint64
	FirstBlock    uint64
	LastBlock     uint64
	BlocksRoot    common.Hash
	LastBlockHash common.Hash
	StateRoot     common.Hash
	QueueCursor   uint64
	Submitter     common.Address
	SubmittedAt   uint64 // the L1 block's time: the challenge window runs from it
	Tx            common.Hash
	L1Block       uint64
	L1Hash        common.Hash
}

// ProofRecord is a fraud proof L1 applied: block BlockNumber of batch
// BatchIndex was proven wrong, and that batch (whose record is BatchRoot,
// BatchFirst..BatchLast) and every later one were reverted.
type ProofRecord struct {
	BatchIndex  uint64
	BlockNumber uint64
	Challenger  common.Address
	Fraud       uint8
	Reward      *big.Int
	BatchRoot   common.Hash
	BatchFirst  uint64
	BatchLast   uint64
	// BatchLastHash is the hash of the proven batch's last block.
	BatchLastHash common.Hash
	Tx            common.Hash
	L1Block       uint64
	// The rest of the verdict (FraudProven): the bond burned (Reward is
	// the other part), the invalid transaction's index and the rule it
	// breaks (Fraud InvalidTx); the last batch the proof reverted
	// (BatchIndex..RevertedTo, kept by Snapshot.RevertedBatch) and the L1
	// time of the proof. Zero in records stored before they were kept
	// (Burned nil).
	Burned     *big.Int `rlp:"optional"`
	TxIndex    uint64   `rlp:"optional"`
	Rule       uint8    `rlp:"optional"`
	RevertedTo uint64   `rlp:"optional"`
	L1Time     uint64   `rlp:"optional"`
}

// ChallengeRecord is a ChallengeLeader event: Challenger revealed the
// earliest commitment so far (made at L1 time CommittedAt) to block
// BlockHash of batch BatchIndex, so a proof of that block would reward it.
type ChallengeRecord struct {
	BatchIndex  uint64
	BlockHash   common.Hash
	Challenger  common.Address
	CommittedAt uint64
	Tx          common.Hash
	L1Block     uint64
	L1Time      uint64
}

// PaidRecord is a WithdrawalFinalized event: the withdrawal was paid out
// on L1 by transaction Tx.
type PaidRecord struct {
	Recipient common.Address
	Token     common.Address
	Amount    *big.Int
	Tx        common.Hash
	L1Block   uint64
	L1Time    uint64
}

// WithdrawalID names a withdrawal: its L2 block and index there.
type WithdrawalID struct {
	Block uint64
	Index uint32
}

func paidKey(id WithdrawalID) []byte {
	return binary.BigEndian.AppendUint32(numKey(flwPaid, id.Block), id.Index)
}

func revertedKey(proof, batch uint64) []byte {
	return binary.BigEndian.AppendUint64(numKey(flwReverted, proof), batch)
}

// undoRecord is how to take back what one L1 block did to the view.
type undoRecord struct {
	QueueLen    uint64
	BatchCount  uint64
	ProofCount  uint64
	Overwritten []BatchRecord    // batch records the block replaced, as they were
	NewTokens   []common.Address // tokens it registered
	// Absent in records stored before they were kept.
	ChallengeCount uint64         `rlp:"optional"`
	Paid           []WithdrawalID `rlp:"optional"` // withdrawals it paid
}

// PostedBlock is the last L2 block of the Rollup's chain at some L1 block:
// what Rollup.latestBlock answers there (the genesis block before any
// batch).
type PostedBlock struct {
	Number    uint64
	Hash      common.Hash
	Timestamp uint64
	Cursor    uint64
	StateRoot common.Hash
	Batch     uint64 // the batch that posted it (meaningless for genesis)
	HasBatch  bool
}

// NewFollower opens the follower's view kept in cfg.DB, or starts one at
// cfg.FromBlock.
func NewFollower(cfg FollowerConfig) (*Follower, error) {
	if cfg.Rollup == nil || cfg.DB == nil {
		return nil, errors.New("l1: follower needs a Rollup and a database")
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 2000
	}
	if cfg.Interval <= 0 {
		cfg.Interval = 500 * time.Millisecond
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	f := &Follower{cfg: cfg, db: cfg.DB, subs: map[chan struct{}]struct{}{}}
	st, err := f.loadState()
	if err != nil {
		return nil, err
	}
	var params *rollupParams
	if v, err := f.get(flwConfig); err != nil {
		return nil, err
	} else if v != nil {
		params = new(rollupParams)
		if err := rlp.DecodeBytes(v, params); err != nil {
			return nil, fmt.Errorf("l1: follower: stored Rollup parameters: %w", err)
		}
	}
	snap, err := f.makeSnapshot(st, params, 0, 0, 0, 0)
	if err != nil {
		return nil, err
	}
	f.state, f.snap = st, snap
	return f, nil
}

func (f *Follower) loadState() (followerState, error) {
	st := followerState{Next: f.cfg.FromBlock}
	v, err := f.get(flwState)
	if err != nil || v == nil {
		return st, err
	}
	if err := rlp.DecodeBytes(v, &st); err != nil {
		return st, fmt.Errorf("l1: follower state: %w", err)
	}
	return st, nil
}

// Snapshot returns the current view.
func (f *Follower) Snapshot() *Snapshot {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.snap
}

// Subscribe returns a channel that receives (without ever blocking the
// follower) after the view changes, and a function that ends the
// subscription.
func (f *Follower) Subscribe() (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	f.mu.Lock()
	f.subs[ch] = struct{}{}
	f.mu.Unlock()
	return ch, func() {
		f.mu.Lock()
		delete(f.subs, ch)
		f.mu.Unlock()
	}
}

func (f *Follower) notifyLocked() {
	for ch := range f.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// Start polls L1 every Interval until ctx ends or Stop.
func (f *Follower) Start(ctx context.Context) error {
	f.loop = &service.Loop{Name: "L1 poll", Interval: f.cfg.Interval, Log: f.cfg.Log, Step: f.Poll}
	return f.loop.Start(ctx)
}

// Stop stops polling.
func (f *Follower) Stop(ctx context.Context) error {
	if f.loop == nil {
		return nil
	}
	return f.loop.Stop(ctx)
}

// Poll reads the confirmed L1 blocks not read yet, after going back from
// what a reorg removed. It reads at most MaxRange blocks; Synced tells
// whether it reached the confirmed head.
func (f *Follower) Poll(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.cfg.Rollup.Client
	snap := f.snap
	params := snap.params
	if params == nil {
		p, err := f.readParams(ctx)
		if err != nil {
			return err
		}
		params = p
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("l1: head: %w", err)
	}
	finalized, finalizedTime := snap.L1Finalized, snap.L1FinalizedTime
	if fh, err := c.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber))); err == nil {
		finalized, finalizedTime = fh.Number.Uint64(), fh.Time
	}
	// What is written is published, even when a later read fails: a
	// snapshot that lags the database would be taken back again from a
	// state whose undo records are gone.
	defer func() {
		if f.state != f.snap.state {
			if next, err := f.makeSnapshot(f.state, params, head.Number.Uint64(), head.Time, finalized, finalizedTime); err == nil {
				f.snap = next
				f.notifyLocked()
			}
		}
	}()
	st := f.state
	changed := false
	reset, err := f.checkReorg(ctx, &st)
	if err != nil {
		return err
	}
	if reset {
		f.state = st
	}
	changed = changed || reset
	target := uint64(0)
	if h := head.Number.Uint64(); h >= f.cfg.Confirmations {
		target = h - f.cfg.Confirmations
	}
	if target >= st.Next {
		to := min(target, st.Next+f.cfg.MaxRange-1)
		ok, err := f.readRange(ctx, &st, to)
		if err != nil {
			return err
		}
		if !ok {
			// The chain moved under the read: the next Poll sees the reorg
			// at its start and goes back first.
			return nil
		}
		f.state = st
		changed = true
	}
	if st.LastHash != (common.Hash{}) && finalized > 0 {
		f.prune(min(finalized, st.Next-1))
	}
	if !changed && finalized == snap.L1Finalized && head.Number.Uint64() == snap.L1Head && snap.params != nil {
		return nil
	}
	next, err := f.makeSnapshot(f.state, params, head.Number.Uint64(), head.Time, finalized, finalizedTime)
	if err != nil {
		return err
	}
	f.snap = next
	f.notifyLocked()
	return nil
}

func (f *Follower) readParams(ctx context.Context) (*rollupParams, error) {
	r := f.cfg.Rollup
	window, err := r.ChallengeWindow(ctx)
	if err != nil {
		return nil, err
	}
	out, err := r.call(ctx, rollupABI.PackInclusionWindow(), nil)
	if err != nil {
		return nil, fmt.Errorf("l1: Rollup.inclusionWindow: %w", err)
	}
	incl, err := rollupABI.UnpackInclusionWindow(out)
	if err != nil {
		return nil, err
	}
	out, err = r.call(ctx, rollupABI.PackDeployedAt(), nil)
	if err != nil {
		return nil, fmt.Errorf("l1: Rollup.deployedAt: %w", err)
	}
	deployed, err := rollupABI.UnpackDeployedAt(out)
	if err != nil {
		return nil, err
	}
	p := &rollupParams{ChallengeWindow: window, InclusionWindow: incl, DeployedAt: deployed}
	enc, err := rlp.EncodeToBytes(p)
	if err != nil {
		return nil, err
	}
	if err := f.db.Set(flwConfig, enc, pebble.Sync); err != nil {
		return nil, fmt.Errorf("l1: follower: store Rollup parameters: %w", err)
	}
	return p, nil
}

// checkReorg finds whether the last block read is still in the chain and,
// if not, takes the view back to the newest checkpoint that is. It reports
// whether it did.
func (f *Follower) checkReorg(ctx context.Context, st *followerState) (bool, error) {
	if st.LastHash == (common.Hash{}) {
		return false, nil
	}
	same, err := f.canonical(ctx, st.Next-1, st.LastHash)
	if err != nil || same {
		return false, err
	}
	oldLast := st.Next - 1
	// The newest checkpoint still in the chain.
	var keep *checkpointAt
	walked := 0
	err = f.checkpointsDown(oldLast, func(cp checkpointAt) (bool, error) {
		walked++
		if walked > maxCheckpointWalk {
			return false, nil
		}
		ok, err := f.canonical(ctx, cp.number, cp.hash)
		if err != nil {
			return false, err
		}
		if ok {
			keep = &cp
			return false, nil
		}
		return true, nil
	})
	if err != nil {
		return false, err
	}
	before := *st
	// The new generation is written with the view it goes back to.
	st.Generation++
	if keep == nil {
		f.cfg.Log.Warn("L1 reorg deeper than the follower's checkpoints: reading the Rollup again from its deployment", "lastRead", oldLast)
		if err := f.restart(st); err != nil {
			*st = before
			return false, err
		}
	} else if err := f.rollBack(st, keep.number, keep.hash); err != nil {
		*st = before
		return false, err
	}
	// The queue items taken away are awaited until the new chain has been
	// read as far as the old one was.
	if st.QueueLen < before.QueueLen {
		gone := make([]QueueEntry, 0, before.QueueLen-st.QueueLen)
		for i := st.QueueLen; i < before.QueueLen; i++ {
			if e, ok := f.orphanAt(i); ok {
				gone = append(gone, e)
			}
		}
		f.orphans = append(gone, f.orphans...)
		f.orphanFrom = st.QueueLen
		f.settleAt = max(f.settleAt, oldLast)
	}
	f.cfg.Log.Warn("L1 reorg: the Rollup view went back", "from", oldLast, "to", st.Next-1, "queue", st.QueueLen, "batches", st.BatchCount)
	return true, nil
}

// orphanAt returns a queue entry just taken back (still in memory of the
// undo pass, kept in f.lastRemoved).
func (f *Follower) orphanAt(i uint64) (QueueEntry, bool) {
	for _, e := range f.lastRemoved {
		if e.index == i {
			return e.entry, true
		}
	}
	return QueueEntry{}, false
}

type checkpointAt struct {
	number uint64
	hash   common.Hash
}

// checkpointsDown calls fn for the checkpoints at or below n, newest first,
// while it returns true.
func (f *Follower) checkpointsDown(n uint64, fn func(checkpointAt) (bool, error)) error {
	it, err := f.db.NewIter(&pebble.IterOptions{LowerBound: flwCheck, UpperBound: numKey(flwCheck, n+1)})
	if err != nil {
		return err
	}
	defer it.Close()
	for ok := it.Last(); ok; ok = it.Prev() {
		k := it.Key()
		if len(k) != len(flwCheck)+8 {
			continue
		}
		cp := checkpointAt{number: binary.BigEndian.Uint64(k[len(flwCheck):]), hash: common.BytesToHash(it.Value())}
		more, err := fn(cp)
		if err != nil || !more {
			return err
		}
	}
	return it.Error()
}

func (f *Follower) canonical(ctx context.Context, n uint64, hash common.Hash) (bool, error) {
	h, err := f.cfg.Rollup.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("l1: block %d: %w", n, err)
	}
	return h.Hash() == hash, nil
}

type removedEntry struct {
	index uint64
	entry QueueEntry
}

// rollBack applies the undo records of the blocks after n, newest first,
// and makes n the last block read.
func (f *Follower) rollBack(st *followerState, n uint64, hash common.Hash) error {
	b := f.db.NewBatch()
	defer b.Close()
	var undos []struct {
		number uint64
		u      undoRecord
	}
	it, err := f.db.NewIter(&pebble.IterOptions{LowerBound: numKey(flwUndo, n+1), UpperBound: prefixEnd(flwUndo)})
	if err != nil {
		return err
	}
	for ok := it.First(); ok; ok = it.Next() {
		var u undoRecord
		if err := rlp.DecodeBytes(it.Value(), &u); err != nil {
			it.Close()
			return fmt.Errorf("l1: follower undo record: %w", err)
		}
		undos = append(undos, struct {
			number uint64
			u      undoRecord
		}{binary.BigEndian.Uint64(it.Key()[len(flwUndo):]), u})
	}
	if err := it.Close(); err != nil {
		return err
	}
	f.lastRemoved = f.lastRemoved[:0]
	for i := len(undos) - 1; i >= 0; i-- {
		u := undos[i].u
		for q := u.QueueLen; q < st.QueueLen; q++ {
			if e, err := f.queueEntry(q); err == nil {
				f.lastRemoved = append(f.lastRemoved, removedEntry{q, e})
			}
			if err := b.Delete(numKey(flwQueue, q), nil); err != nil {
				return err
			}
		}
		for p := u.ProofCount; p < st.ProofCount; p++ {
			if err := b.Delete(numKey(flwProof, p), nil); err != nil {
				return err
			}
			// A proof at the same sequence number on the new branch may
			// revert fewer batches: none of these may outlive it.
			if err := b.DeleteRange(numKey(flwReverted, p), numKey(flwReverted, p+1), nil); err != nil {
				return err
			}
		}
		for c := u.ChallengeCount; c < st.ChallengeCount; c++ {
			if err := b.Delete(numKey(flwChallenge, c), nil); err != nil {
				return err
			}
		}
		for _, id := range u.Paid {
			if err := b.Delete(paidKey(id), nil); err != nil {
				return err
			}
		}
		for _, rec := range u.Overwritten {
			enc, err := rlp.EncodeToBytes(&rec)
			if err != nil {
				return err
			}
			if err := b.Set(numKey(flwBatch, rec.Index), enc, nil); err != nil {
				return err
			}
			if err := b.Set(numKey(flwByLast, rec.LastBlock), binary.BigEndian.AppendUint64(nil, rec.Index), nil); err != nil {
				return err
			}
		}
		for _, t := range u.NewTokens {
			if err := b.Delete(append(slices.Clone(flwToken), t[:]...), nil); err != nil {
				return err
			}
		}
		st.QueueLen, st.BatchCount, st.ProofCount, st.ChallengeCount = u.QueueLen, u.BatchCount, u.ProofCount, u.ChallengeCount
	}
	if err := b.DeleteRange(numKey(flwUndo, n+1), prefixEnd(flwUndo), nil); err != nil {
		return err
	}
	if err := b.DeleteRange(numKey(flwCheck, n+1), prefixEnd(flwCheck), nil); err != nil {
		return err
	}
	st.Next, st.LastHash = n+1, hash
	if err := f.stageState(b, st); err != nil {
		return err
	}
	return b.Commit(pebble.Sync)
}

// restart forgets the whole view: the next read starts at the deployment.
func (f *Follower) restart(st *followerState) error {
	f.lastRemoved = f.lastRemoved[:0]
	for q := uint64(0); q < st.QueueLen; q++ {
		if e, err := f.queueEntry(q); err == nil {
			f.lastRemoved = append(f.lastRemoved, removedEntry{q, e})
		}
	}
	gen := st.Generation
	*st = followerState{Next: f.cfg.FromBlock, Generation: gen}
	b := f.db.NewBatch()
	defer b.Close()
	for _, p := range [][]byte{flwQueue, flwBatch, flwByLast, flwProof, flwToken, flwCheck, flwUndo, flwChallenge, flwPaid, flwReverted} {
		if err := b.DeleteRange(p, prefixEnd(p), nil); err != nil {
			return err
		}
	}
	if err := f.stageState(b, st); err != nil {
		return err
	}
	return b.Commit(pebble.Sync)
}

// Rollup events the follower reads.
var (
	followTopics = []common.Hash{queueTopic, tokenTopic, batchTopic, revertedTopic, fraudTopic, leaderTopic, paidTopic}
)

// readRange reads blocks st.Next..to. It returns false (and changes
// nothing) when the chain moved while it read.
func (f *Follower) readRange(ctx context.Context, st *followerState, to uint64) (bool, error) {
	c := f.cfg.Rollup.Client
	from := st.Next
	first, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(from))
	if err != nil {
		return false, fmt.Errorf("l1: block %d: %w", from, err)
	}
	if st.LastHash != (common.Hash{}) && first.ParentHash != st.LastHash {
		return false, nil // a reorg below `from`: found at the next Poll's start
	}
	toHeader := first
	if to != from {
		if toHeader, err = c.HeaderByNumber(ctx, new(big.Int).SetUint64(to)); err != nil {
			return false, fmt.Errorf("l1: block %d: %w", to, err)
		}
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{f.cfg.Rollup.Address}, Topics: [][]common.Hash{followTopics},
	})
	if err != nil {
		return false, fmt.Errorf("l1: Rollup events %d..%d: %w", from, to, err)
	}
	// The header of each block with events: its time, and a check that the
	// logs are that block's.
	headers := map[uint64]*types.Header{from: first, to: toHeader}
	for i := range logs {
		lg := &logs[i]
		if lg.Removed {
			return false, nil
		}
		h, ok := headers[lg.BlockNumber]
		if !ok {
			if h, err = c.HeaderByNumber(ctx, new(big.Int).SetUint64(lg.BlockNumber)); err != nil {
				return false, fmt.Errorf("l1: block %d: %w", lg.BlockNumber, err)
			}
			headers[lg.BlockNumber] = h
		}
		if h.Hash() != lg.BlockHash {
			return false, nil
		}
	}
	// Read last: if the chain changed at or below `to` since the logs were
	// read, this hash differs.
	if again, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(to)); err != nil {
		return false, fmt.Errorf("l1: block %d: %w", to, err)
	} else if again.Hash() != toHeader.Hash() {
		return false, nil
	}
	slices.SortFunc(logs, func(a, b types.Log) int {
		if a.BlockNumber != b.BlockNumber {
			return int(a.BlockNumber - b.BlockNumber)
		}
		return int(a.Index) - int(b.Index)
	})

	b := f.db.NewBatch()
	defer b.Close()
	next := *st
	var undo *undoRecord
	undoBlock := uint64(0)
	flushUndo := func() error {
		if undo == nil {
			return nil
		}
		enc, err := rlp.EncodeToBytes(undo)
		if err != nil {
			return err
		}
		if err := b.Set(numKey(flwUndo, undoBlock), enc, nil); err != nil {
			return err
		}
		return b.Set(numKey(flwCheck, undoBlock), headers[undoBlock].Hash().Bytes(), nil)
	}
	batches := map[uint64]BatchRecord{} // written in this range, by index
	for i := range logs {
		lg := &logs[i]
		if undo == nil || lg.BlockNumber != undoBlock {
			if err := flushUndo(); err != nil {
				return false, err
			}
			undo = &undoRecord{QueueLen: next.QueueLen, BatchCount: next.BatchCount, ProofCount: next.ProofCount, ChallengeCount: next.ChallengeCount}
			undoBlock = lg.BlockNumber
		}
		h := headers[lg.BlockNumber]
		switch lg.Topics[0] {
		case queueTopic:
			ev, err := rollupABI.UnpackQueueItemAddedEvent(lg)
			if err != nil {
				return false, fmt.Errorf("l1: QueueItemAdded in %s: %w", lg.TxHash, err)
			}
			idx, q, err := rollup.QueueItem(ev)
			if err != nil {
				return false, err
			}
			if idx != next.QueueLen {
				return false, fmt.Errorf("%w: queue item %d after %d items", ErrFollowerGap, idx, next.QueueLen)
			}
			enc, err := rlp.EncodeToBytes(&storedQueueEntry{Item: q.Encode(), L1Block: lg.BlockNumber, L1Time: h.Time})
			if err != nil {
				return false, err
			}
			if err := b.Set(numKey(flwQueue, idx), enc, nil); err != nil {
				return false, err
			}
			next.QueueLen++
		case tokenTopic:
			ev, err := rollupABI.UnpackTokenRegisteredEvent(lg)
			if err != nil {
				return false, fmt.Errorf("l1: TokenRegistered in %s: %w", lg.TxHash, err)
			}
			key := append(slices.Clone(flwToken), ev.Token[:]...)
			if v, err := f.get(key); err != nil {
				return false, err
			} else if v != nil {
				continue // registered once; a repeat would be a reorg's, handled by undo
			}
			enc, err := rlp.EncodeToBytes(&Token{Name: ev.Name, Symbol: ev.Symbol, Decimals: ev.Decimals})
			if err != nil {
				return false, err
			}
			if err := b.Set(key, enc, nil); err != nil {
				return false, err
			}
			undo.NewTokens = append(undo.NewTokens, ev.Token)
		case batchTopic:
			ev, err := rollupABI.UnpackBatchSubmittedEvent(lg)
			if err != nil {
				return false, fmt.Errorf("l1: BatchSubmitted in %s: %w", lg.TxHash, err)
			}
			if !ev.BatchIndex.IsUint64() || ev.BatchIndex.Uint64() != next.BatchCount {
				return false, fmt.Errorf("%w: batch %s after %d batches", ErrFollowerGap, ev.BatchIndex, next.BatchCount)
			}
			idx := next.BatchCount
			if old, ok := batches[idx]; ok {
				undo.Overwritten = append(undo.Overwritten, old)
			} else if old, err := f.batch(idx); err == nil {
				undo.Overwritten = append(undo.Overwritten, old)
			} else if !errors.Is(err, ErrUnknownBatch) {
				return false, err
			}
			rec := BatchRecord{
				Index: idx, FirstBlock: ev.FirstBlock, LastBlock: ev.LastBlock, BlocksRoot: ev.BlocksRoot,
				LastBlockHash: ev.LastBlockHash, StateRoot: ev.StateRoot, QueueCursor: ev.QueueCursor,
				Submitter: ev.Submitter, SubmittedAt: h.Time, Tx: lg.TxHash, L1Block: lg.BlockNumber, L1Hash: lg.BlockHash,
			}
			enc, err := rlp.EncodeToBytes(&rec)
			if err != nil {
				return false, err
			}
			if err := b.Set(numKey(flwBatch, idx), enc, nil); err != nil {
				return false, err
			}
			if err := b.Set(numKey(flwByLast, rec.LastBlock), binary.BigEndian.AppendUint64(nil, idx), nil); err != nil {
				return false, err
			}
			batches[idx] = rec
			next.BatchCount++
		case revertedTopic:
			ev, err := rollupABI.UnpackBatchesRevertedEvent(lg)
			if err != nil {
				return false, fmt.Errorf("l1: BatchesReverted in %s: %w", lg.TxHash, err)
			}
			if !ev.FromBatch.IsUint64() || ev.FromBatch.Uint64() > next.BatchCount {
				return false, fmt.Errorf("%w: batches reverted from %s of %d", ErrFollowerGap, ev.FromBatch, next.BatchCount)
			}
			next.BatchCount = ev.FromBatch.Uint64()
		case fraudTopic:
			ev, err := rollupABI.UnpackFraudProvenEvent(lg)
			if err != nil {
				return false, fmt.Errorf("l1: FraudProven in %s: %w", lg.TxHash, err)
			}
			if !ev.BatchIndex.IsUint64() || ev.BatchIndex.Uint64() >= next.BatchCount {
				return false, fmt.Errorf("%w: fraud proven in batch %s of %d", ErrFollowerGap, ev.BatchIndex, next.BatchCount)
			}
			bi := ev.BatchIndex.Uint64()
			rec, ok := batches[bi]
			if !ok {
				if rec, err = f.batch(bi); err != nil {
					return false, err
				}
			}
			p := ProofRecord{
				BatchIndex: bi, BlockNumber: ev.BlockNumber, Challenger: ev.Challenger, Fraud: ev.Fraud,
				Reward: ev.Reward, BatchRoot: rec.BlocksRoot, BatchFirst: rec.FirstBlock, BatchLast: rec.LastBlock,
				BatchLastHash: rec.LastBlockHash, Tx: lg.TxHash, L1Block: lg.BlockNumber,
				Burned: ev.Burned, Rule: ev.Rule, RevertedTo: next.BatchCount - 1, L1Time: h.Time,
			}
			if ev.TxIndex.IsUint64() {
				p.TxIndex = ev.TxIndex.Uint64()
			}
			// The records of the batches it reverts (the BatchesReverted
			// that follows), which the next batches posted overwrite.
			for i := bi; i < next.BatchCount; i++ {
				r, ok := batches[i]
				if !ok {
					if r, err = f.batch(i); err != nil {
						return false, err
					}
				}
				enc, err := rlp.EncodeToBytes(&r)
				if err != nil {
					return false, err
				}
				if err := b.Set(revertedKey(next.ProofCount, i), enc, nil); err != nil {
					return false, err
				}
			}
			enc, err := rlp.EncodeToBytes(&p)
			if err != nil {
				return false, err
			}
			if err := b.Set(numKey(flwProof, next.ProofCount), enc, nil); err != nil {
				return false, err
			}
			next.ProofCount++
		case leaderTopic:
			ev, err := rollupABI.UnpackChallengeLeaderEvent(lg)
			if err != nil {
				return false, fmt.Errorf("l1: ChallengeLeader in %s: %w", lg.TxHash, err)
			}
			if !ev.BatchIndex.IsUint64() {
				return false, fmt.Errorf("%w: challenge of batch %s", ErrFollowerGap, ev.BatchIndex)
			}
			enc, err := rlp.EncodeToBytes(&ChallengeRecord{
				BatchIndex: ev.BatchIndex.Uint64(), BlockHash: ev.BlockHash, Challenger: ev.Challenger, CommittedAt: ev.CommittedAt,
				Tx: lg.TxHash, L1Block: lg.BlockNumber, L1Time: h.Time,
			})
			if err != nil {
				return false, err
			}
			if err := b.Set(numKey(flwChallenge, next.ChallengeCount), enc, nil); err != nil {
				return false, err
			}
			next.ChallengeCount++
		case paidTopic:
			ev, err := rollupABI.UnpackWithdrawalFinalizedEvent(lg)
			if err != nil {
				return false, fmt.Errorf("l1: WithdrawalFinalized in %s: %w", lg.TxHash, err)
			}
			id := WithdrawalID{Block: ev.BlockNumber, Index: ev.Index}
			enc, err := rlp.EncodeToBytes(&PaidRecord{
				Recipient: ev.Recipient, Token: ev.Token, Amount: ev.Amount, Tx: lg.TxHash, L1Block: lg.BlockNumber, L1Time: h.Time,
			})
			if err != nil {
				return false, err
			}
			if err := b.Set(paidKey(id), enc, nil); err != nil {
				return false, err
			}
			undo.Paid = append(undo.Paid, id)
		}
	}
	if err := flushUndo(); err != nil {
		return false, err
	}
	if err := b.Set(numKey(flwCheck, to), toHeader.Hash().Bytes(), nil); err != nil {
		return false, err
	}
	next.Next, next.LastHash, next.LastTime = to+1, toHeader.Hash(), toHeader.Time
	if err := f.stageState(b, &next); err != nil {
		return false, err
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return false, fmt.Errorf("l1: follower: write blocks %d..%d: %w", from, to, err)
	}
	*st = next
	f.judgeOrphans(st)
	return true, nil
}

// judgeOrphans compares the queue items a reorg took away with those read
// since: once the new chain has been read as far as the old one was (or an
// item came back different), nothing is awaited any more, and consumers
// judge the queue by what it holds.
func (f *Follower) judgeOrphans(st *followerState) {
	if len(f.orphans) == 0 {
		return
	}
	for i, o := range f.orphans {
		idx := f.orphanFrom + uint64(i)
		if idx >= st.QueueLen {
			if st.Next-1 >= f.settleAt {
				break // not back, and the old chain's length is read: gone
			}
			f.orphans, f.orphanFrom = f.orphans[i:], idx
			return
		}
		e, err := f.queueEntry(idx)
		if err != nil || e.Item.Hash() != o.Item.Hash() {
			break // replaced
		}
	}
	f.orphans, f.settleAt = nil, 0
}

// prune deletes checkpoints and undo records that no reorg can need: those
// of blocks well below L1's finalized block.
func (f *Follower) prune(finalized uint64) {
	if finalized <= keepBelowFinalized {
		return
	}
	below := finalized - keepBelowFinalized
	// Keep the newest checkpoint below the cut: the anchor a search ends at.
	var anchor *checkpointAt
	_ = f.checkpointsDown(below-1, func(cp checkpointAt) (bool, error) {
		anchor = &cp
		return false, nil
	})
	if anchor == nil {
		return
	}
	b := f.db.NewBatch()
	defer b.Close()
	_ = b.DeleteRange(flwCheck, numKey(flwCheck, anchor.number), nil)
	_ = b.DeleteRange(flwUndo, numKey(flwUndo, anchor.number+1), nil)
	_ = b.Commit(pebble.NoSync)
}

func (f *Follower) stageState(b *pebble.Batch, st *followerState) error {
	enc, err := rlp.EncodeToBytes(st)
	if err != nil {
		return err
	}
	return b.Set(flwState, enc, nil)
}

func (f *Follower) get(key []byte) ([]byte, error) {
	v, closer, err := f.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	return slices.Clone(v), nil
}

func (f *Follower) queueEntry(i uint64) (QueueEntry, error) {
	v, err := f.get(numKey(flwQueue, i))
	if err != nil {
		return QueueEntry{}, err
	}
	if v == nil {
		return QueueEntry{}, fmt.Errorf("l1: follower: no queue item %d", i)
	}
	var s storedQueueEntry
	if err := rlp.DecodeBytes(v, &s); err != nil {
		return QueueEntry{}, fmt.Errorf("l1: follower: queue item %d: %w", i, err)
	}
	q, err := core.DecodeQueueItem(s.Item)
	if err != nil {
		return QueueEntry{}, fmt.Errorf("l1: follower: queue item %d: %w", i, err)
	}
	return QueueEntry{Item: *q, L1Block: s.L1Block, L1Time: s.L1Time}, nil
}

func (f *Follower) batch(i uint64) (BatchRecord, error) {
	v, err := f.get(numKey(flwBatch, i))
	if err != nil {
		return BatchRecord{}, err
	}
	if v == nil {
		return BatchRecord{}, fmt.Errorf("%w: %d", ErrUnknownBatch, i)
	}
	var r BatchRecord
	if err := rlp.DecodeBytes(v, &r); err != nil {
		return BatchRecord{}, fmt.Errorf("l1: follower: batch %d: %w", i, err)
	}
	return r, nil
}

func numKey(prefix []byte, n uint64) []byte {
	return binary.BigEndian.AppendUint64(slices.Clone(prefix), n)
}

func prefixEnd(prefix []byte) []byte {
	end := slices.Clone(prefix)
	end[len(end)-1]++
	return end
}
