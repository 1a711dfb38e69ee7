package e2e

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
)

var perfDoc = flag.Bool("perfdoc", false, "write the measured channel figures to docs/channels-performance.md")

// BenchmarkChannelPayments measures payments per second over loopback
// between two `viaduct channel serve` processes (each payment a new state
// signed by the payer, checked and countersigned by the payee, and synced to
// disk by both before it counts), and the latency of one payment when
// payments go one at a time. Run it with
//
//	go test ./e2e -run '^$' -bench BenchmarkChannelPayments -benchtime 3x -perfdoc
//
// which also writes docs/channels-performance.md.
func BenchmarkChannelPayments(b *testing.B) {
	h := newHarness(b)
	l1 := h.devchain()
	a := h.party("alice", 1, l1)
	bob := h.party("bob", 2, l1)
	id := strings.TrimSpace(h.mustRun("channel", "open", "--datadir", a.datadir, "--peer", bob.url, "--amount", "100ether", "--challenge-period", "60"))
	waitFor(b, "bob to learn of the channel", 10*time.Second, func() bool { _, err := bob.ctl("status", "--channel", id); return err == nil })
	// Warm up: connections, caches, the first Pebble files.
	if _, err := h.pay(a, id, "1gwei", 2000, 256); err != nil {
		b.Fatal(err)
	}
	load0 := loadavg()
	const count, conc = 30000, 1024
	var rates []float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rep, err := h.pay(a, id, "1gwei", count, conc)
		if err != nil || rep.Paid != count {
			b.Fatalf("throughput run: %+v %v", rep, err)
		}
		rates = append(rates, rep.PerSecond)
	}
	b.StopTimer()
	sorted := append([]float64(nil), rates...)
	sort.Float64s(sorted)
	median := sorted[len(sorted)/2]
	lat, err := h.pay(a, id, "1gwei", 3000, 1)
	if err != nil {
		b.Fatal(err)
	}
	load1 := loadavg()
	b.ReportMetric(median, "payments/s")
	b.ReportMetric(float64(lat.P50Micros), "p50-µs")
	b.ReportMetric(float64(lat.P99Micros), "p99-µs")
	if !*perfDoc {
		return
	}
	var d strings.Builder
	d.WriteString("# Channels: payment throughput and latency\n\n")
	d.WriteString("Measured by `BenchmarkChannelPayments` (e2e/bench_test.go): two `viaduct channel serve`\n")
	d.WriteString("processes on 127.0.0.1 talking JSON-RPC over WebSocket, with the development L1\n")
	d.WriteString("(`viaduct channel devchain`) as a third process. A payment counts once the payer has\n")
	d.WriteString("signed the new state (EIP-712, secp256k1) and synced it to Pebble, the payee has checked\n")
	d.WriteString("the rules and the payer's signature, countersigned, and synced it to Pebble, and the payer\n")
	d.WriteString("has the countersignature (it checks the last one of each batch: every earlier state is\n")
	d.WriteString("superseded and worse for it). Payments queued together travel as one `channel_propose` batch\n")
	d.WriteString("of consecutive states (one state and two signatures per payment, one fsync per side per\n")
	d.WriteString("batch), with up to two batches in flight. Regenerate with:\n\n")
	d.WriteString("    go test ./e2e -run '^$' -bench BenchmarkChannelPayments -benchtime 3x -perfdoc\n\n")
	d.WriteString("| measure | value |\n|---|---:|\n")
	runs := make([]string, len(rates))
	for i, r := range rates {
		runs[i] = fmt.Sprintf("%.0f", r)
	}
	fmt.Fprintf(&d, "| throughput, one channel, one direction (%d payments, %d outstanding), median of %d runs | %.0f payments/s |\n", count, conc, len(rates), median)
	fmt.Fprintf(&d, "| the runs | %s payments/s |\n", strings.Join(runs, ", "))
	fmt.Fprintf(&d, "| latency of one payment, one at a time (%d payments), p50 | %d µs |\n", lat.Requested, lat.P50Micros)
	fmt.Fprintf(&d, "| latency of one payment, one at a time, p99 | %d µs |\n", lat.P99Micros)
	fmt.Fprintf(&d, "| sequential rate (one at a time) | %.0f payments/s |\n\n", lat.PerSecond)
	d.WriteString("Machine:\n\n")
	fmt.Fprintf(&d, "- CPUs (nproc): %d, %s\n", runtime.NumCPU(), cpuModel())
	fmt.Fprintf(&d, "- RAM: %s\n", memTotal())
	fmt.Fprintf(&d, "- %s, %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(&d, "- load average before / after the run: %s / %s (the machine is shared; other\n  processes' load is in these figures)\n", load0, load1)
	fmt.Fprintf(&d, "- measured %s\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	if err := os.WriteFile(filepath.Join("..", "docs", "channels-performance.md"), []byte(d.String()), 0o644); err != nil {
		b.Fatal(err)
	}
}

func readFile(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return string(b)
}

func cpuModel() string {
	for _, l := range strings.Split(readFile("/proc/cpuinfo"), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

func memTotal() string {
	for _, l := range strings.Split(readFile("/proc/meminfo"), "\n") {
		if strings.HasPrefix(l, "MemTotal:") {
			var kb int64
			fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(l, "MemTotal:")), "%d", &kb)
			return fmt.Sprintf("%.1f GiB", float64(kb)/(1<<20))
		}
	}
	return "unknown"
}

func loadavg() string {
	f := strings.Fields(readFile("/proc/loadavg"))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
