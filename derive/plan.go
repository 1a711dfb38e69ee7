package derive

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/merkle"
)

// ActionKind is what Plan decides.
type ActionKind int

// The actions.
const (
	// Idle: the local chain is L1's chain, or extends it with blocks not
	// posted yet (a sequencer's).
	Idle ActionKind = iota
	// Rewind: take the local chain back to block To.
	Rewind
	// Derive: read batch Batch from L1 and insert its blocks after the
	// local head (blocks it holds already are skipped).
	Derive
	// Wait: L1's next block applies queue items not confirmed here yet, or
	// queue items a reorg took away may still come back.
	Wait
	// Stopped: L1's next block is the flagged one; nothing changes until a
	// fraud proof or a reorg removes it.
	Stopped
)

func (k ActionKind) String() string {
	return [...]string{"idle", "rewind", "derive", "wait", "stopped"}[k]
}

// Action is Plan's decision.
type Action struct {
	Kind  ActionKind
	To    uint64         // Rewind's target
	Batch l1.BatchRecord // Derive's batch
	Why   string
}

// Local is what Plan reads of the local chain (a chain.Chain does).
type Local interface {
	Head() *core.Header
	// HashOf returns the hash of block n, false if the chain does not
	// hold it.
	HashOf(n uint64) (common.Hash, bool)
	// QueueApplied describes the block that applied queue item i: its
	// number, the first queue index it applied, how many, and their
	// hashes (nil for a block stored before blocks kept them); ok false if
	// no block applied i.
	QueueApplied(i uint64) (number, first uint64, count int, hashes []common.Hash, ok bool)
}

// View is what Plan reads of L1 (an l1.Snapshot is one).
type View interface {
	BatchCount() uint64
	Batch(i uint64) (l1.BatchRecord, error)
	BatchOf(n uint64) (l1.BatchRecord, error)
	Posted() l1.PostedBlock
	FinalizedPosted() l1.PostedBlock
	QueueLen() uint64
	QueueEntry(i uint64) (l1.QueueEntry, error)
	ProofCount() uint64
	Proof(i uint64) (l1.ProofRecord, error)
}

// Flag is a posted block derivation found wrong: the chain stops before
// it while L1 holds it (its batch, with the same blocks root).
type Flag struct {
	Number     uint64
	Hash       common.Hash
	Batch      uint64
	BlocksRoot common.Hash
	Err        error
	// What a fraud proof needs of L1: the block's header and tx data, and
	// every header of its batch (for the block's proof in it).
	Header  *core.Header
	TxData  []byte
	Headers []*core.Header
	// Blobs is the block's blob batch, for a block posted in one (nil for
	// calldata): what a blob challenge opens. With Err
	// ErrTxDataNotInBlobs, TxData is what the blobs hold at the block's
	// place (nil if an element there is not canonical).
	Blobs *BlobBatch
}

// Holds reports whether L1, as v shows it, still holds the flagged block.
func (f *Flag) Holds(v View) bool {
	if f == nil || f.Batch >= v.BatchCount() {
		return false
	}
	b, err := v.Batch(f.Batch)
	return err == nil && b.BlocksRoot == f.BlocksRoot
}

// Memo is what Plan remembers between calls so that it does not check
// again what it checked (the queue items the chain applied). The zero
// value is empty.
type Memo struct {
	generation uint64
	haveGen    bool
	queueOK    uint64 // queue items below this index were checked against L1
	// The block that applied item queueOK-1, as it was when checked: a
	// chain that no longer holds it was taken back and is checked again.
	checked     uint64
	checkedHash common.Hash
}

// maxProofs is how many of the newest fraud proofs Plan checks.
const maxProofs = 16

// maxWalk bounds how many batches Plan walks back to find the last block
// the local chain and L1 share.
const maxWalk = 256

// ErrTooFarApart is returned when the local chain and L1's share no block
// within the last maxWalk batches: an operator must look (a datadir of
// another deployment, say).
var ErrTooFarApart = errors.New("derive: the local chain and L1's share no recent block")

// Params are the rest of what Plan decides from.
type Params struct {
	Generation uint64 // the view's l1.Snapshot.Generation
	Settled    bool   // the view's l1.Snapshot.QueueSettled
	Flag       *Flag  // the block derivation last found wrong (nil: none)
	// Seals is true for a node that seals blocks of its own (a sequencer,
	// a self-sequencing verifier): its blocks beyond L1's are left alone.
	// A verifier's every block comes from L1, so one beyond L1's latest
	// block is taken back.
	Seals bool
}

// Plan decides the next step that brings the local chain to L1's, for a
// verifier and for a sequencer alike. It reads, it does not write.
func Plan(local Local, v View, p Params, memo *Memo) (Action, error) {
	generation, settled, flag := p.Generation, p.Settled, p.Flag
	head := local.Head()
	// 1. A block of this chain was proven wrong on L1: take it back.
	if a, ok, err := planProofs(local, v, head.Number); err != nil || ok {
		return a, err
	}
	// 2. A queue item this chain applied is not L1's (a reorg replaced it)
	// or is gone.
	if a, ok, err := planQueue(local, v, generation, settled, memo); err != nil || ok {
		return a, err
	}
	// 3. The chains' last shared block, and what follows from it.
	posted := v.Posted()
	if flag.Holds(v) && flag.Number <= posted.Number {
		// L1's chain is good up to the flagged block's parent.
		if head.Number >= flag.Number-1 {
			if h, ok := local.HashOf(flag.Number - 1); ok && h == flag.Header.ParentHash {
				return Action{Kind: Stopped, Why: fmt.Sprintf("L1's block %d is wrong (%v)", flag.Number, flag.Err)}, nil
			}
		}
	}
	if posted.Number <= head.Number {
		if h, ok := local.HashOf(posted.Number); ok && h == posted.Hash {
			if posted.Number < head.Number && !p.Seals {
				return Action{Kind: Rewind, To: posted.Number, Why: fmt.Sprintf("L1 holds blocks up to %d", posted.Number)}, nil
			}
			return Action{Kind: Idle}, nil
		}
		common, err := shared(local, v, head.Number)
		if err != nil {
			return Action{}, err
		}
		return Action{Kind: Rewind, To: common, Why: fmt.Sprintf("L1 holds another block %d", posted.Number)}, nil
	}
	// L1 is ahead: derive the batch after the local head's, from the last
	// batch boundary both hold.
	next, err := v.BatchOf(head.Number + 1)
	if err != nil {
		return Action{}, err
	}
	if next.FirstBlock > 1 {
		h, ok := local.HashOf(next.FirstBlock - 1)
		prev, err := v.Batch(next.Index - 1)
		if err != nil {
			return Action{}, err
		}
		if !ok || h != prev.LastBlockHash {
			common, err := shared(local, v, head.Number)
			if err != nil {
				return Action{}, err
			}
			return Action{Kind: Rewind, To: common, Why: fmt.Sprintf("L1 holds another block %d", prev.LastBlock)}, nil
		}
	}
	if flag.Holds(v) && flag.Batch == next.Index {
		return Action{Kind: Stopped, Why: fmt.Sprintf("L1's block %d is wrong (%v)", flag.Number, flag.Err)}, nil
	}
	return Action{Kind: Derive, Batch: next}, nil
}

// planProofs finds a block of the local chain that a fraud proof reverted:
// the local blocks of the proven batch hash to its blocks root.
func planProofs(local Local, v View, head uint64) (Action, bool, error) {
	n := v.ProofCount()
	for i := n; i > 0 && n-i < maxProofs; i-- {
		p, err := v.Proof(i - 1)
		if err != nil {
			return Action{}, false, err
		}
		if p.BatchLast > head || p.BlockNumber == 0 {
			continue
		}
		// Cheap first: a chain taken back before the proven block no
		// longer holds the batch's last block.
		if h, ok := local.HashOf(p.BatchLast); !ok || h != p.BatchLastHash {
			continue
		}
		hashes := make([]common.Hash, 0, p.BatchLast-p.BatchFirst+1)
		held := true
		for k := p.BatchFirst; k <= p.BatchLast; k++ {
			h, ok := local.HashOf(k)
			if !ok {
				held = false
				break
			}
			hashes = append(hashes, h)
		}
		if held && merkle.Root(hashes) == p.BatchRoot {
			return Action{Kind: Rewind, To: p.BlockNumber - 1, Why: fmt.Sprintf("a fraud proof on L1 reverted block %d of this chain", p.BlockNumber)}, true, nil
		}
	}
	return Action{}, false, nil
}

// planQueue compares the queue items the local chain applied with L1's,
// from the cursor of L1's finalized posted block (older ones cannot have
// changed) or where the memo says it stopped checking.
func planQueue(local Local, v View, generation uint64, settled bool, memo *Memo) (Action, bool, error) {
	stale := !memo.haveGen || memo.generation != generation
	if !stale && memo.checked > 0 {
		h, ok := local.HashOf(memo.checked)
		stale = !ok || h != memo.checkedHash
	}
	if stale {
		*memo = Memo{generation: generation, haveGen: true, queueOK: v.FinalizedPosted().Cursor}
	}
	applied := local.Head().QueueCursor
	for i := memo.queueOK; i < applied; {
		number, first, count, hashes, ok := local.QueueApplied(i)
		if !ok {
			return Action{}, false, fmt.Errorf("derive: no local block applied queue item %d below the cursor %d", i, applied)
		}
		end := first + uint64(count)
		// A block stored before blocks kept their items' hashes is not
		// checked.
		for k := max(i, first); hashes != nil && k < end; k++ {
			if k >= v.QueueLen() {
				if !settled {
					return Action{Kind: Wait, Why: "queue items a reorg took away may come back"}, true, nil
				}
				return Action{Kind: Rewind, To: number - 1, Why: fmt.Sprintf("queue item %d this chain applied is gone from L1", k)}, true, nil
			}
			e, err := v.QueueEntry(k)
			if err != nil {
				return Action{}, false, err
			}
			if e.Item.Hash() != hashes[k-first] {
				return Action{Kind: Rewind, To: number - 1, Why: fmt.Sprintf("queue item %d this chain applied was replaced on L1", k)}, true, nil
			}
		}
		i = end
		if hashes != nil {
			if h, ok := local.HashOf(number); ok {
				memo.queueOK, memo.checked, memo.checkedHash = end, number, h
			}
		}
	}
	return Action{}, false, nil
}

// shared returns the last block of the newest batch that both L1 and the
// local chain hold (genesis if none of the first batches is).
func shared(local Local, v View, head uint64) (uint64, error) {
	for i, walked := v.BatchCount(), 0; i > 0; i, walked = i-1, walked+1 {
		if walked == maxWalk {
			return 0, fmt.Errorf("%w: within %d batches", ErrTooFarApart, maxWalk)
		}
		b, err := v.Batch(i - 1)
		if err != nil {
			return 0, err
		}
		if b.LastBlock > head {
			continue
		}
		if h, ok := local.HashOf(b.LastBlock); ok && h == b.LastBlockHash {
			return b.LastBlock, nil
		}
	}
	return 0, nil
}
