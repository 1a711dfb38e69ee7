package bench

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// fakeRun is a run of n transfers, one sent every 100 ms from t0, each
// included 50 ms after it was sent, in a block of its own (block k+1);
// safeAt(k) is when the safe tag first reached block k+1 (0: never).
func fakeRun(n int, load time.Duration, safeAt func(k int) time.Duration) *run {
	t0 := time.Unix(1_000_000, 0)
	r := &run{p: &plan{txs: make([]plannedTx, n)}, sendAt: make([]int64, n), inclAt: make([]int64, n), block: make([]uint64, n), ok: make([]bool, n),
		start: t0, loadEnd: t0.Add(load)}
	for k := range n {
		sent := t0.Add(time.Duration(k) * 100 * time.Millisecond)
		r.sendAt[k], r.inclAt[k], r.block[k], r.ok[k] = sent.UnixNano(), sent.Add(50*time.Millisecond).UnixNano(), uint64(k+1), true
		if d := safeAt(k); d != 0 {
			r.safe = append(r.safe, mark{at: t0.Add(d).UnixNano(), n: uint64(k + 1)})
		}
	}
	return r
}

// TestPostingFollowsTheBacklog: a batcher that posts every block 2 s
// after it was sealed shows a backlog of 20 transfers, a time to safe of
// about 2 s that does not grow, and clears 2 s after the load; one that
// falls behind shows the backlog and the time to safe growing and, when
// it never posts the last blocks, no clearing.
func TestPostingFollowsTheBacklog(t *testing.T) {
	steady := postingOf(fakeRun(100, 10*time.Second, func(k int) time.Duration {
		return time.Duration(k)*100*time.Millisecond + 2050*time.Millisecond
	}))
	if steady.MaxBacklog != 20 || steady.BacklogAtLoadEnd != 20 || steady.ClearedAfterMs < 1900 || steady.ClearedAfterMs > 2100 {
		t.Fatalf("steady: %+v", steady)
	}
	if steady.SafeFirst.P99 != 2050 || steady.SafeLast.P99 != 2050 || steady.PostedPerSec < 7 || steady.PostedPerSec > 8.1 {
		t.Fatalf("steady: safe %+v / %+v, posted %f/s", steady.SafeFirst, steady.SafeLast, steady.PostedPerSec)
	}
	behind := postingOf(fakeRun(100, 10*time.Second, func(k int) time.Duration {
		if k >= 95 {
			return 0 // never posted
		}
		return time.Duration(k) * 200 * time.Millisecond // half the rate
	}))
	if behind.ClearedAfterMs != -1 || behind.MaxBacklog < 45 || behind.SafeLast.P99 < 4*behind.SafeFirst.P99 {
		t.Fatalf("behind: cleared %f, largest backlog %d, safe %+v / %+v", behind.ClearedAfterMs, behind.MaxBacklog, behind.SafeFirst, behind.SafeLast)
	}
	if s := behind.Series[len(behind.Series)-1]; s.Backlog != 5 {
		t.Fatalf("behind: last second %+v, want the 5 never posted", s)
	}
}

// TestDATargetsAreJudgedOnTheFigures: each target of the DA comparison is
// met by a run that meets it and missed by one that does not.
func TestDATargetsAreJudgedOnTheFigures(t *testing.T) {
	blobs := func(mutate func(r *Report)) *DAReport {
		r := &Report{DA: "blobs", Workload: Workload{Rate: 5000}, StackNote: "`viaduct dev`, --l1-block-time 1s, --da blobs",
			L2: LayerResult{Safe: Percentiles{P50: 3000, P99: 6000}, IncludedPerSec: 5000, LoadSeconds: 60},
			Batches: BatchCost{Batches: 50, BlobBatches: 50, Blobs: 250, L2Txs: 300_000, GasUsed: 300_000 * 160, CalldataBytes: 300_000 * 5,
				BlobTxData: 300_000 * 100, BlobGasUsed: 250 * 131072, GasPerTx: 160, BytesPerTx: 5,
				ExecWei: 300_000 * 160 * 2e9, BlobWei: 250 * 131072, BlobFloorWei: 250 * 131072 * 1e9 / 16, GasPriceWei: 2e9},
			Posting: &Posting{SafeFirst: Percentiles{P99: 5000}, SafeLast: Percentiles{P99: 5500}, MaxBacklog: 20_000, ClearedAfterMs: 4000}}
		for s := range 70 {
			r.Posting.Series = append(r.Posting.Series, PostingPoint{Second: s, Backlog: 15_000})
		}
		if mutate != nil {
			mutate(r)
		}
		calldata := &Report{DA: "calldata", Batches: BatchCost{BytesPerTx: 110}}
		rep := &DAReport{Runs: []*Report{calldata, r}}
		rep.judge()
		return rep
	}
	verdicts := func(rep *DAReport) []bool {
		var out []bool
		for _, tg := range rep.Targets[:5] {
			out = append(out, tg.Met != nil && *tg.Met)
		}
		return out
	}
	if v := verdicts(blobs(nil)); !allTrue(v) {
		t.Fatalf("a run meeting every target: %v\n%+v", v, blobs(nil).Targets)
	}
	for i, tc := range []func(r *Report){
		func(r *Report) { r.Batches.GasPerTx = 230 },
		func(r *Report) { r.Batches.BlobFloorWei = 250 * 131072 * 1e9 }, // blob gas priced at the base fee
		func(r *Report) { r.Posting.SafeLast.P99 = 40_000 },
		func(r *Report) { r.Batches.BlobTxData = 300_000 * 120 },
		func(r *Report) {
			r.Posting.ClearedAfterMs = 30_000
			for i := range r.Posting.Series[35:] {
				r.Posting.Series[35+i].Backlog = 25_000 // and growing: the second half's above 1.25 times the first's
			}
		},
	} {
		if v := verdicts(blobs(tc)); v[i] || !allTrue(append(v[:i:i], v[i+1:]...)) {
			t.Errorf("missing target %d only: %v", i+1, v)
		}
	}
	rep := blobs(nil)
	var b bytes.Buffer
	if err := rep.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	md := rep.Markdown("viaduct bench --da calldata,blobs", "bench-da.svg")
	for _, want := range []string{"--da blobs", "160", "0.0", "bench-da.svg", "L1 execution gas per ETH transfer in blob batches ≤ 200"} {
		if !strings.Contains(b.String()+md, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if !bytes.Contains(rep.SVG(), []byte("<svg")) {
		t.Error("no chart")
	}
}

func allTrue(v []bool) bool {
	for _, b := range v {
		if !b {
			return false
		}
	}
	return true
}
