package chain

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// MaxPastBlocks is how far below the head ProveAt reaches: each block back
// is one more undo record to read and merge, and the writer waits meanwhile.
// A light client asks about the last block posted to L1, which trails the
// head by one batching interval: a few hundred blocks at most.
const MaxPastBlocks = 4096

// ErrTooOld is returned by ProveAt for a block more than MaxPastBlocks
// below the head.
var ErrTooOld = errors.New("chain: block too far below the head to prove")

// ProveAt calls fn with the state after block n (n ≤ head) and n's header,
// while no block is appended or taken back, so that whatever fn reads and
// proves is of that one block. The state is the current one with the merged
// undo records of the later blocks laid over it (state.Past), checked to
// lead to n's state root before fn sees it. fn must not call the chain's
// own methods (they take the lock ProveAt holds).
func (c *Chain) ProveAt(n uint64, fn func(*state.Past, *core.Header) error) error {
	c.mu.RLock()
	defer c.mu.RUnlock()
	head := c.head.Number
	if n > head {
		return fmt.Errorf("%w: block %d (head %d)", ErrNotFound, n, head)
	}
	if head-n > MaxPastBlocks {
		return fmt.Errorf("%w: block %d is %d below the head (at most %d)", ErrTooOld, n, head-n, MaxPastBlocks)
	}
	target := c.head
	if n < head {
		b, err := c.BlockByNumber(n)
		if err != nil {
			return fmt.Errorf("chain: state of block %d: %w", n, err)
		}
		target = b.Header
	}
	// Newest first: for a key several blocks wrote, the value from before
	// the oldest of them wins (state.Diff.Merge).
	undo := &state.Diff{Accounts: map[common.Address]state.Account{}, Tokens: map[state.TokenID]uint256.Int{}}
	for k := head; k > n; k-- {
		if err := c.mergeUndo(undo, k); err != nil {
			return fmt.Errorf("chain: state of block %d: %w", n, err)
		}
	}
	past, err := c.st.Past(undo)
	if err != nil {
		return fmt.Errorf("chain: state of block %d: %w", n, err)
	}
	if past.Root() != target.StateRoot {
		return fmt.Errorf("%w: the undo records take the state to root %s, block %d has %s", state.ErrCorrupt, past.Root(), n, target.StateRoot)
	}
	return fn(past, target)
}
