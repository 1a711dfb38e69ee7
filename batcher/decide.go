package batcher

import (
	"fmt"
	"time"
)

// Status is what one batcher step knows, read before it decides: where
// L1's chain ends and whether the local chain continues it, the batches of
// its own still on their way to L1, what is ready to post after them, and
// what the batcher's own key has pending or owed on L1.
type Status struct {
	// L1 is the Rollup's latest block (number and whether the local chain
	// holds it as L1 does), as of the view the node's chain was last
	// brought to.
	PostedNumber uint64
	PostedHeld   bool
	LocalHead    uint64
	// Stopped: L1 holds a wrong block after the last one both chains
	// share; nothing can be posted until a fraud proof reverts it.
	Stopped bool
	// Pipeline is the number of this batcher's batches sent and not yet
	// in the view (pending on L1, or mined and not read yet), of kind
	// PipelineDA; the next batch continues the last of them. MaxInFlight
	// bounds it.
	Pipeline    int
	PipelineDA  DA
	MaxInFlight int
	// Stale: the local chain no longer holds the last block of a batch in
	// flight (the chain writer took it back): nothing is built on it.
	Stale bool
	// InFlight: a transaction of the batcher's key that is none of the
	// pipeline's is pending on L1 (a batch an L1 reorg put back in the
	// txpool, or one sent before a restart), for InFlightFor.
	InFlight    bool
	InFlightFor time.Duration
	// Ready is how many blocks after the pipeline's last (or L1's) fit the
	// next batch of kind DA (size limits, and timestamps no later than
	// L1's head); Full: more ready blocks wait behind them.
	Ready int
	Full  bool
	DA    DA
	// Reseal is the first ready block that L1 would refuse because it
	// leaves an expired queue item unconsumed (0: none; see
	// contracts/rollup.SkipsExpiredItem).
	Reseal uint64
	// Refused is the L1 head at which L1 refused the next batch at its gas
	// estimate, when neither a newer L1 block, nor a newer view of L1, nor
	// another first block has come since (0: none): the same call on the
	// same state reverts again, so it is not sent before one has.
	Refused uint64
	// RollbackPending: reverted batches are still to be settled; no batch
	// is accepted until they are.
	RollbackPending bool
	// Claimable: the Rollup owes the key bonds of reverted batches.
	Claimable bool
	// Reclaimable is the index+1 of the key's oldest batch whose challenge
	// window is over and whose bond the Rollup still holds (0: none).
	Reclaimable uint64
}

// Kind is what a step does.
type Kind int

// The kinds of step.
const (
	Nothing     Kind = iota // all posted, nothing owed
	Wait                    // something must happen first (Why)
	Post                    // post the Ready blocks
	Reseal                  // ask the sequencer to seal again from block Block
	Settle                  // settle the pending rollback
	Claim                   // claim what the Rollup owes
	ReclaimBond             // take back the bond of batch Batch
)

func (k Kind) String() string {
	return [...]string{"nothing", "wait", "post", "reseal", "settle", "claim", "reclaim"}[k]
}

// Decision is Decide's answer.
type Decision struct {
	Kind  Kind
	Count int    // Post: how many blocks
	DA    DA     // Post: as calldata or in blobs
	Block uint64 // Reseal: the first block to seal again
	Batch uint64 // ReclaimBond: the batch
	Why   string
}

// Decide is the batcher's step as a pure function of its status.
//
// Batches go out as a pipeline: the next continues the last one in
// flight, so posting keeps up with a sequencer whose blocks outrun one L1
// block's worth. A batch goes at once when nothing is in flight (the
// latency of a quiet chain is one L1 block); while some are, only a full
// one goes, so that the blocks sealed meanwhile fill the next batch rather
// than many small ones. Bookkeeping (claims, bonds, a rollback to settle)
// waits for an empty pipeline: a rollback makes every batch in flight
// revert anyway, and the L1 txpool keeps a key's blob and other
// transactions apart.
func Decide(s Status, inFlightWait time.Duration) Decision {
	switch {
	case s.PostedNumber > s.LocalHead || !s.PostedHeld:
		return Decision{Kind: Wait, Why: fmt.Sprintf("L1's block %d is not this chain's: the node is bringing its chain to L1's", s.PostedNumber)}
	case s.Stopped:
		return Decision{Kind: Wait, Why: "L1 holds a wrong block: waiting for a fraud proof to revert it"}
	case s.Stale:
		return Decision{Kind: Wait, Why: "batches in flight carry blocks this chain took back: waiting for L1 to settle them"}
	case s.InFlight && s.InFlightFor < inFlightWait:
		return Decision{Kind: Wait, Why: "a transaction of this key is pending on L1"}
	case s.Pipeline == 0 && s.Claimable:
		return Decision{Kind: Claim}
	case s.Pipeline == 0 && s.PostedNumber == s.LocalHead:
		if s.Reclaimable > 0 {
			return Decision{Kind: ReclaimBond, Batch: s.Reclaimable - 1}
		}
		return Decision{Kind: Nothing}
	case s.Reseal > 0 && s.Pipeline == 0:
		return Decision{Kind: Reseal, Block: s.Reseal, Why: fmt.Sprintf("block %d leaves an expired queue item unconsumed; L1 would refuse it", s.Reseal)}
	case s.Reseal > 0:
		// The batches in flight may skip the same item and fail: the
		// block to seal again is known once they have landed.
		return Decision{Kind: Wait, Why: fmt.Sprintf("block %d leaves an expired queue item unconsumed: waiting for the batches in flight before sealing it again", s.Reseal)}
	case s.RollbackPending && s.Pipeline == 0:
		return Decision{Kind: Settle}
	case s.RollbackPending:
		return Decision{Kind: Wait, Why: "a rollback is pending: waiting for the batches in flight before settling it"}
	case s.Refused > 0 && s.Ready > 0:
		return Decision{Kind: Wait, Why: fmt.Sprintf("L1 refused the batch at its block %d: waiting for a newer L1 block or view of it, or other blocks to post", s.Refused)}
	case s.Ready == 0:
		if s.Pipeline == 0 && s.Reclaimable > 0 {
			return Decision{Kind: ReclaimBond, Batch: s.Reclaimable - 1}
		}
		if s.Pipeline > 0 {
			return Decision{Kind: Wait, Why: "every block is in a batch in flight"}
		}
		return Decision{Kind: Wait, Why: "the next block's timestamp is later than L1's head"}
	case s.Pipeline >= max(s.MaxInFlight, 1):
		return Decision{Kind: Wait, Why: fmt.Sprintf("%d batches in flight, the most allowed", s.Pipeline)}
	case s.Pipeline > 0 && s.DA != s.PipelineDA:
		return Decision{Kind: Wait, Why: fmt.Sprintf("the next batch goes as %s: waiting for the %s batches in flight (an L1 txpool keeps a key's blob and other transactions apart)", s.DA, s.PipelineDA)}
	case s.Pipeline > 0 && !s.Full:
		return Decision{Kind: Wait, Why: "filling the next batch while one is in flight"}
	}
	return Decision{Kind: Post, Count: s.Ready, DA: s.DA}
}
