package bench

import (
	"strings"
	"testing"
	"time"
)

// TestSoftConfirmationSaysHowItWasMeasured: the soft confirmation is the
// pushed pre-confirmation where the node has the stream (the bench's own
// polling is not in it), the block seen by the tracker otherwise, and the
// result says which, for each part of the run.
func TestSoftConfirmationSaysHowItWasMeasured(t *testing.T) {
	p := &plan{txs: make([]plannedTx, 4), byAcct: [][]int32{{0, 1, 2, 3}}}
	r := newRun(&layer{name: "L2"}, p, MaxInflightPerAccount)
	r.start = time.Unix(1000, 0)
	r.loadEnd = r.start.Add(2 * time.Second)
	base := r.start.UnixNano()
	for k := range p.txs {
		r.ok[k] = true
		r.sendAt[k] = base + int64(k)*int64(time.Millisecond)
		r.inclAt[k] = r.sendAt[k] + int64(200*time.Millisecond) // the block, seen by polling
		r.block[k] = 1
	}
	for k := range p.txs {
		r.preAt[k] = r.sendAt[k] + int64(3*time.Millisecond)
	}
	res := r.result()
	if res.SoftConfirmBy != SoftByStream || res.SoftConfirm.P99 != 3 || res.SoftConfirm.Count != 4 {
		t.Fatalf("with the stream: by %q, p99 %.1f ms over %d", res.SoftConfirmBy, res.SoftConfirm.P99, res.SoftConfirm.Count)
	}
	if res.IncludedPerSec == 0 {
		t.Fatal("inclusion is still counted from the blocks")
	}
	r.preAt[3] = 0 // the stream dropped the bench before the last one
	res = r.result()
	if !strings.Contains(res.SoftConfirmBy, "for 3 transfers") || res.SoftConfirm.Max != 200 {
		t.Fatalf("mixed: by %q, max %.1f ms", res.SoftConfirmBy, res.SoftConfirm.Max)
	}
	clear(r.preAt) // a node without the stream
	if res = r.result(); res.SoftConfirmBy != SoftByTracker || res.SoftConfirm.P50 != 200 {
		t.Fatalf("without the stream: by %q, p50 %.1f ms", res.SoftConfirmBy, res.SoftConfirm.P50)
	}
}

// TestReleaseFreesASlotOnce: a transfer's in-flight slot is released at
// its pre-confirmation or its block, whichever is seen first, never twice.
func TestReleaseFreesASlotOnce(t *testing.T) {
	p := &plan{txs: make([]plannedTx, 2), byAcct: [][]int32{{0, 1}}}
	r := newRun(&layer{name: "L2"}, p, 1)
	ids, _ := r.g.take(2, nil)
	if len(ids) != 1 {
		t.Fatalf("took %v with one slot", ids)
	}
	r.release(0)
	r.release(0)
	if got := r.g.total.Load(); got != 0 {
		t.Fatalf("%d in flight after releasing one transfer twice", got)
	}
}
