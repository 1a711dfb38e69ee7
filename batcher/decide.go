package batcher

import (
	"fmt"
	"time"
)

// Status is what one batcher step knows, read before it decides: where
// L1's chain ends and whether the local chain continues it, what is ready
// to post, and what the batcher's own key has pending or owed on L1.
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
	// InFlight: a transaction of the batcher's key is pending on L1 (a
	// batch an L1 reorg put back in the txpool), for InFlightFor.
	InFlight    bool
	InFlightFor time.Duration
	// Ready is how many blocks after PostedNumber fit the next batch
	// (size limits, and timestamps no later than L1's head).
	Ready int
	// Reseal is the first ready block that L1 would refuse because it
	// leaves an expired queue item unconsumed (0: none; see
	// contracts/rollup.SkipsExpiredItem).
	Reseal uint64
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
	Block uint64 // Reseal: the first block to seal again
	Batch uint64 // ReclaimBond: the batch
	Why   string
}

// Decide is the batcher's step as a pure function of its status.
func Decide(s Status, inFlightWait time.Duration) Decision {
	switch {
	case s.PostedNumber > s.LocalHead || !s.PostedHeld:
		return Decision{Kind: Wait, Why: fmt.Sprintf("L1's block %d is not this chain's: the node is bringing its chain to L1's", s.PostedNumber)}
	case s.Stopped:
		return Decision{Kind: Wait, Why: "L1 holds a wrong block: waiting for a fraud proof to revert it"}
	case s.InFlight && s.InFlightFor < inFlightWait:
		return Decision{Kind: Wait, Why: "a transaction of this key is pending on L1"}
	case s.Claimable:
		return Decision{Kind: Claim}
	case s.PostedNumber == s.LocalHead:
		if s.Reclaimable > 0 {
			return Decision{Kind: ReclaimBond, Batch: s.Reclaimable - 1}
		}
		return Decision{Kind: Nothing}
	case s.Reseal > 0:
		return Decision{Kind: Reseal, Block: s.Reseal, Why: fmt.Sprintf("block %d leaves an expired queue item unconsumed; L1 would refuse it", s.Reseal)}
	case s.RollbackPending:
		return Decision{Kind: Settle}
	case s.Ready == 0:
		if s.Reclaimable > 0 {
			return Decision{Kind: ReclaimBond, Batch: s.Reclaimable - 1}
		}
		return Decision{Kind: Wait, Why: "the next block's timestamp is later than L1's head"}
	}
	return Decision{Kind: Post, Count: s.Ready}
}
