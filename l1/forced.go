package l1

import (
	"context"
	"fmt"
	"math/big"
)

// InclusionWindow returns the Rollup's inclusion window in seconds: past
// it, anyone with a bond may post, and a block must apply an expired
// queue item it could apply (spec section 15).
func (r *Rollup) InclusionWindow(ctx context.Context) (uint64, error) {
	out, err := r.call(ctx, rollupABI.PackInclusionWindow(), nil)
	if err != nil {
		return 0, fmt.Errorf("l1: Rollup.inclusionWindow: %w", err)
	}
	return rollupABI.UnpackInclusionWindow(out)
}

// QueueLength returns the number of queue items ever added, as of L1
// block `at` (nil: the latest).
func (r *Rollup) QueueLength(ctx context.Context, at *big.Int) (uint64, error) {
	out, err := r.call(ctx, rollupABI.PackQueueLength(), at)
	if err != nil {
		return 0, fmt.Errorf("l1: Rollup.queueLength: %w", err)
	}
	n, err := rollupABI.UnpackQueueLength(out)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// QueueItemTime returns the L1 time at which queue item i was added, as of
// L1 block `at` (nil: the latest).
func (r *Rollup) QueueItemTime(ctx context.Context, i uint64, at *big.Int) (uint64, error) {
	out, err := r.call(ctx, rollupABI.PackQueueItemTime(new(big.Int).SetUint64(i)), at)
	if err != nil {
		return 0, fmt.Errorf("l1: Rollup.queueItemTime(%d): %w", i, err)
	}
	return rollupABI.UnpackQueueItemTime(out)
}
