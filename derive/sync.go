package derive

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/blob"
	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/engine"
	"github.com/viaduct-l2/viaduct/l1"
)

// Syncer brings a node's chain to what L1 holds: it asks Plan what to do
// and does it through the engine (the chain's one writer), reading batch
// data from L1. A verifier runs it on every new view of L1; a sequencer
// too, to take back its blocks that L1 proved wrong or no longer builds
// on, and to adopt blocks that another poster put on L1.
type Syncer struct {
	Engine *engine.Engine
	Rollup *l1.Rollup // reads batch data: calldata, and blob batches' transactions
	// Blobs gives the blobs of blob batches (a *blob.Fetcher). While it
	// lacks one, Sync derives nothing from that batch and waits (Wait,
	// naming the blob), asking again at the next Sync.
	Blobs BlobSource
	// Seals is true for a node that seals blocks of its own (Params.Seals).
	Seals bool
	Log   *slog.Logger

	mu      sync.Mutex // guards flag for readers (Flagged), and waiting
	flag    *Flag
	waiting string // the blobs derivation last waited for, as logged
	memo    Memo
	count   struct{ rewinds, derived uint64 }
}

// Result is what one Sync did.
type Result struct {
	Last    Action            // the action it ended on: Idle, Wait, Stopped (or the last of maxSteps)
	Rewound []*engine.Rewound // every rewind, oldest first
	Derived int               // blocks inserted
}

// maxSteps bounds the actions of one Sync, so that a caller that also
// seals (a sequencer) is not held for long; the next Sync goes on.
const maxSteps = 64

// Flagged returns the block derivation found wrong, while L1 still holds
// it (nil: none).
func (s *Syncer) Flagged() *Flag {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.flag
}

// Counts returns how many rewinds Sync made and blocks it derived.
func (s *Syncer) Counts() (rewinds, derived uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.count.rewinds, s.count.derived
}

// Sync acts on Plan until the chain is L1's (Idle), must wait (Wait,
// Stopped), or maxSteps actions were taken.
func (s *Syncer) Sync(ctx context.Context, v *l1.Snapshot) (Result, error) {
	var res Result
	s.mu.Lock()
	if s.flag != nil && !s.flag.Holds(v) {
		if s.Log != nil {
			s.Log.Warn("the flagged block is no longer on L1; deriving again", "block", s.flag.Number)
		}
		s.flag = nil
	}
	flag := s.flag
	s.mu.Unlock()
	local := Local(chainLocal{s.Engine.Chain()})
	for range maxSteps {
		a, err := Plan(local, v, Params{Generation: v.Generation, Settled: v.QueueSettled, Flag: flag, Seals: s.Seals}, &s.memo)
		if err != nil {
			return res, err
		}
		res.Last = a
		switch a.Kind {
		case Idle, Wait, Stopped:
			return res, nil
		case Rewind:
			r, err := s.Engine.Rewind(a.To, "taking blocks back to follow L1", "reason", a.Why)
			if err != nil {
				return res, err
			}
			res.Rewound = append(res.Rewound, r)
			s.mu.Lock()
			s.count.rewinds++
			s.mu.Unlock()
		case Derive:
			n, f, err := s.derive(ctx, v, a.Batch, &res)
			res.Derived += n
			if errors.Is(err, blob.ErrUnavailable) {
				res.Last = Action{Kind: Wait, Why: err.Error()}
				s.waitingForBlobs(a.Batch, err)
				return res, nil
			}
			if err != nil {
				return res, err
			}
			if f != nil {
				s.mu.Lock()
				s.flag, flag = f, f
				s.mu.Unlock()
				if s.Log != nil {
					s.Log.Error("posted block is invalid; derivation stops here", "block", f.Number, "batch", f.Batch, "err", f.Err)
				}
			}
			if n == 0 && f == nil {
				// Its queue items are not all confirmed here yet.
				res.Last = Action{Kind: Wait, Why: "a posted block applies queue items not confirmed here yet"}
				return res, nil
			}
		}
	}
	return res, nil
}

// waitingForBlobs logs, once per batch and the blobs it lacks, that
// derivation waits for blobs no source has.
func (s *Syncer) waitingForBlobs(b l1.BatchRecord, err error) {
	s.mu.Lock()
	same := s.waiting == err.Error()
	s.waiting = err.Error()
	s.mu.Unlock()
	if !same && s.Log != nil {
		s.Log.Warn("waiting for blobs: derivation stops before this batch until a source has them; give --l1-beacon or a --blob-archive that does", "batch", b.Index, "l1Block", b.L1Block, "err", err)
	}
}

// derive inserts the blocks of batch b after the local head. Blocks the
// chain holds already are skipped; one it holds differently is taken back
// first. It returns the blocks inserted and, for a block the engine
// refused (or whose tx data its blob batch does not hold), its flag.
func (s *Syncer) derive(ctx context.Context, v *l1.Snapshot, b l1.BatchRecord, res *Result) (int, *Flag, error) {
	blocks, bb, err := s.readBatch(ctx, b)
	if err != nil {
		return 0, nil, err
	}
	s.mu.Lock()
	s.waiting = ""
	s.mu.Unlock()
	headers := make([]*core.Header, len(blocks))
	for i := range blocks {
		headers[i] = blocks[i].Header
	}
	c := s.Engine.Chain()
	inserted := 0
	for _, blk := range blocks {
		h := blk.Header
		head := c.Head()
		if h.Number <= head.Number {
			mine, err := c.HeaderByNumber(h.Number)
			if err != nil {
				return inserted, nil, err
			}
			if mine.Hash() == h.Hash() {
				continue
			}
			r, err := s.Engine.Rewind(h.Number-1, "taking blocks back to follow L1", "reason", fmt.Sprintf("L1 holds another block %d", h.Number))
			if err != nil {
				return inserted, nil, err
			}
			res.Rewound = append(res.Rewound, r)
			head = c.Head()
		}
		var items []core.QueueItem
		if h.QueueCursor > head.QueueCursor && h.QueueCursor-head.QueueCursor <= core.MaxQueueItemsPerBlock {
			want := int(h.QueueCursor - head.QueueCursor)
			items = v.QueueItems(head.QueueCursor, want)
			if len(items) != want {
				return inserted, nil, nil // wait for them
			}
		}
		if blk.bad != nil {
			return inserted, &Flag{
				Number: h.Number, Hash: h.Hash(), Batch: b.Index, BlocksRoot: b.BlocksRoot, Err: blk.bad,
				Header: h, TxData: blk.TxData, Headers: headers, Blobs: bb,
			}, nil
		}
		_, err := s.Engine.Insert(h, blk.TxData, items)
		var inv *engine.InvalidBlockError
		if errors.As(err, &inv) {
			return inserted, &Flag{
				Number: h.Number, Hash: h.Hash(), Batch: b.Index, BlocksRoot: b.BlocksRoot, Err: inv.Err,
				Header: h, TxData: blk.TxData, Headers: headers, Blobs: bb,
			}, nil
		}
		if err != nil {
			return inserted, nil, err
		}
		inserted++
		s.mu.Lock()
		s.count.derived++
		s.mu.Unlock()
	}
	return inserted, nil, nil
}

// chainLocal is a chain.Chain as Plan reads it.
type chainLocal struct{ c *chain.Chain }

func (l chainLocal) Head() *core.Header { return l.c.Head() }

func (l chainLocal) HashOf(n uint64) (common.Hash, bool) {
	h, err := l.c.HeaderByNumber(n)
	if err != nil {
		return common.Hash{}, false
	}
	return h.Hash(), true
}

func (l chainLocal) QueueApplied(i uint64) (uint64, uint64, int, []common.Hash, bool) {
	b, err := l.c.BlockApplying(i)
	if err != nil {
		return 0, 0, 0, nil, false
	}
	return b.Header.Number, b.Header.QueueCursor - uint64(b.QueueItems), b.QueueItems, b.QueueHashes, true
}
