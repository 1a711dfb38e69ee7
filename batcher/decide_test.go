package batcher

import (
	"testing"
	"time"
)

// TestDecide covers the snapshots a batcher meets: behind, ahead,
// diverged (reorged), a proven lie still held, a wrong block on L1, a
// rollback pending, a pending transaction of its own, owed bonds, a block
// L1 would refuse for skipping an expired queue item, nothing to do; and
// with batches in flight: only full batches go, up to the bound, never on
// a block the chain took back nor of the other kind, and the bookkeeping
// waits.
func TestDecide(t *testing.T) {
	wait := time.Minute
	ok := Status{PostedNumber: 4, PostedHeld: true, LocalHead: 9, Ready: 5, MaxInFlight: 16, DA: DABlobs, PipelineDA: DABlobs}
	with := func(f func(*Status)) Status { s := ok; f(&s); return s }
	for _, tc := range []struct {
		name string
		s    Status
		want Kind
	}{
		{"blocks to post", ok, Post},
		{"nothing to post", with(func(s *Status) { s.LocalHead, s.Ready = 4, 0 }), Nothing},
		{"nothing to post, a bond to take back", with(func(s *Status) { s.LocalHead, s.Ready, s.Reclaimable = 4, 0, 3 }), ReclaimBond},
		{"L1 ahead (another poster)", with(func(s *Status) { s.PostedNumber = 12 }), Wait},
		{"diverged (an L1 reorg)", with(func(s *Status) { s.PostedHeld = false }), Wait},
		{"a wrong block on L1", with(func(s *Status) { s.Stopped = true }), Wait},
		{"own transaction pending", with(func(s *Status) { s.InFlight, s.InFlightFor = true, time.Second }), Wait},
		{"own transaction pending too long", with(func(s *Status) { s.InFlight, s.InFlightFor = true, 2*time.Minute }), Post},
		{"bonds owed", with(func(s *Status) { s.Claimable = true }), Claim},
		{"rollback pending", with(func(s *Status) { s.RollbackPending = true }), Settle},
		{"a block L1 would refuse", with(func(s *Status) { s.Reseal = 6 }), Reseal},
		{"blocks too new for L1", with(func(s *Status) { s.Ready = 0 }), Wait},
		{"refused at the L1 head", with(func(s *Status) { s.Refused = 7 }), Wait},
		{"refused at the L1 head, bonds owed", with(func(s *Status) { s.Refused, s.Claimable = 7, true }), Claim},
		// The pipeline.
		{"a full batch while one is in flight", with(func(s *Status) { s.Pipeline, s.Full = 1, true }), Post},
		{"a batch filling while one is in flight", with(func(s *Status) { s.Pipeline = 1 }), Wait},
		{"as many in flight as allowed", with(func(s *Status) { s.Pipeline, s.MaxInFlight, s.Full = 4, 4, true }), Wait},
		{"every block in flight", with(func(s *Status) { s.Pipeline, s.Ready = 2, 0 }), Wait},
		{"the chain took back a block in flight", with(func(s *Status) { s.Pipeline, s.Stale, s.Full = 1, true, true }), Wait},
		{"the next batch of the other kind", with(func(s *Status) { s.Pipeline, s.PipelineDA, s.DA, s.Full = 1, DABlobs, DACalldata, true }), Wait},
		{"bonds owed while batches are in flight", with(func(s *Status) { s.Pipeline, s.Claimable, s.Full = 1, true, true }), Post},
		{"a rollback while batches are in flight", with(func(s *Status) { s.Pipeline, s.RollbackPending, s.Full = 1, true, true }), Wait},
		{"a bond to take back while batches are in flight", with(func(s *Status) { s.Pipeline, s.Ready, s.Reclaimable = 1, 0, 3 }), Wait},
		{"a block L1 would refuse after batches in flight", with(func(s *Status) { s.Pipeline, s.Reseal, s.Full = 1, 6, true }), Wait},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := Decide(tc.s, wait); d.Kind != tc.want {
				t.Fatalf("%s (%s), want %s", d.Kind, d.Why, tc.want)
			}
		})
	}
}
