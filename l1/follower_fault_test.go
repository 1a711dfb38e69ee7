package l1_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/viaduct-l2/viaduct/l1"
)

// faultyClient fails the next log query when armed.
type faultyClient struct {
	l1.Client
	failLogs atomic.Bool
}

func (c *faultyClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if c.failLogs.CompareAndSwap(true, false) {
		return nil, errors.New("test: the L1 node failed the log query")
	}
	return c.Client.FilterLogs(ctx, q)
}

// TestFollowerThatFailsAfterGoingBackKeepsItsView: a poll goes back from
// a reorg (and writes that) and then fails to read on. The next poll must
// start from what was written: from the view published before the
// failure it would go back a second time, with the undo records already
// spent, and keep queue items and batches the reorg removed (the node then
// found its events out of order forever).
func TestFollowerThatFailsAfterGoingBackKeepsItsView(t *testing.T) {
	e := newFollowEnv(t)
	faulty := &faultyClient{Client: e.rollup.Client}
	e.rollup = &l1.Rollup{Client: faulty, Address: e.rollup.Address}
	f := e.follower(t, memDB(t))
	e.deposit(t, 1, 1e15)
	e.postEmpty(t, 1)
	e.deposit(t, 2, 2e15)
	e.postEmpty(t, 1)
	before := pollF(t, e.ctx, f)
	if before.QueueLen() != 2 || before.BatchCount() != 2 {
		t.Fatalf("before the reorg: %d items, %d batches", before.QueueLen(), before.BatchCount())
	}
	if _, err := e.chain.Reorg(e.ctx, 2, true); err != nil {
		t.Fatal(err)
	}
	e.deposit(t, 3, 5e15)
	faulty.failLogs.Store(true)
	if err := f.Poll(e.ctx); err == nil {
		t.Fatal("the armed log query did not fail")
	}
	s := pollF(t, e.ctx, f)
	for !s.QueueSettled {
		e.chain.Mine(1)
		s = pollF(t, e.ctx, f)
	}
	e.checkAgainstL1(t, s)
	if s.Generation != before.Generation+1 {
		t.Fatalf("generation %d after one reorg, was %d", s.Generation, before.Generation)
	}
}
