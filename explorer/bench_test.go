package explorer

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

var (
	benchOnce sync.Once
	bench     *benchEnv
)

// benchBlocks is the chain length of BenchmarkPages:
// VIADUCT_EXPLORER_BENCH_BLOCKS, 100,000 by default.
func benchBlocks() int {
	if n, err := strconv.Atoi(os.Getenv("VIADUCT_EXPLORER_BENCH_BLOCKS")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// BenchmarkPages is each page's server time on a chain of 100,000 blocks
// (2 transactions each: transfers, token transfers, a withdrawal every
// 100 blocks; 6,250 batches on L1, one of them a lie proven and posted
// again; half the withdrawals paid), from the request to the last byte of
// the page, without the network. The account page is measured without
// the light client's check, which adds its L1 calls once per account
// and L1 block read (then cached).
//
//	go test -run '^$' -bench Pages -benchtime 200x ./explorer
func BenchmarkPages(b *testing.B) {
	benchOnce.Do(func() {
		start := time.Now()
		bench = newBenchEnv(b, benchBlocks(), 2)
		// Compacted, as a running node's store is.
		if err := bench.pdb.Compact([]byte{0}, []byte{0xff}, true); err != nil {
			b.Fatal(err)
		}
		b.Logf("built %d blocks, %d batches in %s", bench.chain.Head().Number, bench.f.Snapshot().BatchCount(), time.Since(start).Round(time.Second))
	})
	e := bench
	n := e.chain.Head().Number
	busy := e.users[7]
	var w0 = e.wdraws[len(e.wdraws)-1]
	for _, p := range []struct{ name, path string }{
		{"home", "/"},
		{"block", fmt.Sprintf("/block/%d", n/2)},
		{"block-by-hash", "/block/" + must(e.chain.HeaderByNumber(n/3)).Hash().Hex()},
		{"tx", "/tx/" + e.txs[len(e.txs)/2].Hex()},
		{"batch", fmt.Sprintf("/batch/%d", e.f.Snapshot().BatchCount()/2)},
		{"batch-reverted", fmt.Sprintf("/batch/%d", e.lie)},
		{"address", "/address/" + busy.Hex()},
		{"address-older", fmt.Sprintf("/address/%s?before=%d", busy.Hex(), n/2)},
		{"address-withdrawals", "/address/" + w0.Recipient.Hex()},
		{"fraud", "/fraud"},
		{"search-tx", "/search?q=" + e.txs[0].Hex()},
		{"search-number", fmt.Sprintf("/search?q=%d", n/4)},
	} {
		b.Run(p.name, func(b *testing.B) {
			h := e.ex.Handler()
			var worst time.Duration
			cpu0 := cpuTime()
			for b.Loop() {
				rec := httptest.NewRecorder()
				t0 := time.Now()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p.path, nil))
				worst = max(worst, time.Since(t0))
				if rec.Code != http.StatusOK && rec.Code != http.StatusSeeOther {
					b.Fatalf("GET %s: %d\n%s", p.path, rec.Code, rec.Body)
				}
			}
			// On a shared machine the wall time includes waiting for a
			// core; the process's CPU time per page is the page's cost.
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(worst.Microseconds())/1000, "worst-ms")
		})
	}
}

// cpuTime is the process's CPU time (user and system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
