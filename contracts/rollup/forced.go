package rollup

import (
	"fmt"

	"github.com/viaduct-l2/viaduct/core"
)

// Expired reports whether a queue item added at L1 time `added` is past the
// inclusion window at L1 time now: now > added + window, the comparison
// the Rollup makes (inclusionWindowOpen, and submitBatch's forced-inclusion
// rule), without overflow.
func Expired(added, window, now uint64) bool {
	return now > added && now-added > window
}

// SkipsExpiredItem applies the Rollup's forced-inclusion rule (spec section
// 15, ForcedInclusionSkipped) to a run of blocks that continues a block of
// queue cursor `parent`: a block that applies fewer than
// core.MaxQueueItemsPerBlock items and leaves the queue cursor at an item
// the queue holds (index < length) that is expired at L1 time now is
// refused. cursors are the blocks' queue cursors in order, each at least
// the one before (the Rollup refuses a run that is not, before this rule).
// queueTime returns the L1 time at which queue item i was added; it is
// asked only for the items the rule reads. It returns the index in cursors
// of the first block refused, or -1 if the Rollup accepts them all at time
// now, as far as this rule goes.
func SkipsExpiredItem(parent uint64, cursors []uint64, length uint64, queueTime func(i uint64) (uint64, error), window, now uint64) (int, error) {
	for i, c := range cursors {
		if c < parent {
			return 0, fmt.Errorf("rollup: queue cursor %d of block %d of the run is below its parent's %d", c, i, parent)
		}
		if c-parent < core.MaxQueueItemsPerBlock && c < length {
			added, err := queueTime(c)
			if err != nil {
				return 0, err
			}
			if Expired(added, window, now) {
				return i, nil
			}
		}
		parent = c
	}
	return -1, nil
}
