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

// keptSections marks where the part of docs/channels-performance.md that
// -perfdoc writes ends: what follows it is kept.
const keptSections = "<!-- measured by other tests: kept by -perfdoc -->"

// BenchmarkChannelPayments measures payments per second over loopback
// between two `viaduct channel serve` processes (each payment a new state
// signed by the payer, checked and countersigned by the payee, and synced to
// disk by both before it counts), and the latency of one payment when
// payments go one at a time; once to a payee without a watchtower, once to
// a payee whose watchtower (a `viaduct channel tower` process) must
// acknowledge each countersigned state before the countersignature leaves.
// Run it with
//
//	go test ./e2e -run '^$' -bench BenchmarkChannelPayments -benchtime 3x -perfdoc
//
// which also writes docs/channels-performance.md.
func BenchmarkChannelPayments(b *testing.B) {
	h := newHarness(b)
	l1 := h.devchain()
	towerPort := freePort(b)
	h.start("tower", "serving", "channel", "tower", "--datadir", b.TempDir(), "--dev-account", "3",
		"--l1", l1.L1, "--contract", l1.Contract.Hex(), "--listen", "127.0.0.1:"+itoa(towerPort), "--log-level", "warn")
	a := h.party("alice", 1, l1)
	payees := []struct {
		name, what string
		pt         *party
	}{
		{"bob", "payee without a watchtower", h.party("bob", 2, l1)},
		{"dave", "payee with a watchtower", h.party("dave", 4, l1, "--tower", "ws://127.0.0.1:"+itoa(towerPort))},
	}
	const count, conc = 30000, 1024
	type result struct {
		rates []float64
		lat   payReport
	}
	results := make([]result, len(payees))
	load0 := loadavg()
	for i, payee := range payees {
		id := strings.TrimSpace(h.mustRun("channel", "open", "--datadir", a.datadir, "--peer", payee.pt.url, "--amount", "100ether", "--challenge-period", "60"))
		waitFor(b, payee.name+" to learn of the channel", 10*time.Second, func() bool { _, err := payee.pt.ctl("status", "--channel", id); return err == nil })
		// Warm up: connections, caches, the first Pebble files.
		if _, err := h.pay(a, id, "1gwei", 2000, 256); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for n := 0; n < b.N; n++ {
			rep, err := h.pay(a, id, "1gwei", count, conc)
			if err != nil || rep.Paid != count {
				b.Fatalf("throughput run to the %s: %+v %v", payee.what, rep, err)
			}
			results[i].rates = append(results[i].rates, rep.PerSecond)
		}
		b.StopTimer()
		lat, err := h.pay(a, id, "1gwei", 3000, 1)
		if err != nil {
			b.Fatal(err)
		}
		results[i].lat = lat
	}
	load1 := loadavg()
	median := func(rates []float64) float64 {
		sorted := append([]float64(nil), rates...)
		sort.Float64s(sorted)
		return sorted[len(sorted)/2]
	}
	plain, towered := results[0], results[1]
	b.ReportMetric(median(plain.rates), "payments/s")
	b.ReportMetric(float64(plain.lat.P50Micros), "p50-µs")
	b.ReportMetric(median(towered.rates), "tower-payments/s")
	b.ReportMetric(float64(towered.lat.P50Micros), "tower-p50-µs")
	if !*perfDoc {
		return
	}
	var d strings.Builder
	d.WriteString("# Channels: payment throughput and latency\n\n")
	d.WriteString("Measured by `BenchmarkChannelPayments` (e2e/bench_test.go): `viaduct channel serve`\n")
	d.WriteString("processes on 127.0.0.1 talking JSON-RPC over WebSocket, with the development L1\n")
	d.WriteString("(go-ethereum's simulated chain, `e2e/devchain`) and a watchtower (`viaduct channel tower`) as processes of\n")
	d.WriteString("their own. A payment counts once the payer has signed the new state (EIP-712, secp256k1)\n")
	d.WriteString("and synced it to Pebble, the payee has checked the rules and the payer's signature,\n")
	d.WriteString("countersigned, and synced it to Pebble, and the payer has the countersignature (it checks\n")
	d.WriteString("the last one of each batch: every earlier state is superseded and worse for it). A payee\n")
	d.WriteString("with a watchtower also waits, before its countersignature leaves, for the tower to check\n")
	d.WriteString("the state's two signatures and sync it to its own Pebble (one `tower_register` call per\n")
	d.WriteString("batch, for the batch's last state). Payments queued together travel as one\n")
	d.WriteString("`channel_propose` batch of consecutive states (one state and two signatures per payment,\n")
	d.WriteString("one fsync per party per batch), with up to two batches in flight. Regenerate with:\n\n")
	d.WriteString("    go test ./e2e -run '^$' -bench BenchmarkChannelPayments -benchtime 3x -perfdoc\n\n")
	d.WriteString("| measure | payee without a watchtower | payee with a watchtower | with / without |\n|---|---:|---:|---:|\n")
	runs := func(rates []float64) string {
		out := make([]string, len(rates))
		for i, r := range rates {
			out[i] = fmt.Sprintf("%.0f", r)
		}
		return strings.Join(out, ", ")
	}
	ratio := func(with, without float64) string { return fmt.Sprintf("%.2f", with/without) }
	fmt.Fprintf(&d, "| throughput, one channel, one direction (%d payments, %d outstanding), median of %d runs, payments/s | %.0f | %.0f | %s |\n",
		count, conc, len(plain.rates), median(plain.rates), median(towered.rates), ratio(median(towered.rates), median(plain.rates)))
	fmt.Fprintf(&d, "| the runs, payments/s | %s | %s | |\n", runs(plain.rates), runs(towered.rates))
	fmt.Fprintf(&d, "| latency of one payment, one at a time (%d payments), p50 | %d µs | %d µs | %s |\n",
		plain.lat.Requested, plain.lat.P50Micros, towered.lat.P50Micros, ratio(float64(towered.lat.P50Micros), float64(plain.lat.P50Micros)))
	fmt.Fprintf(&d, "| latency of one payment, one at a time, p99 | %d µs | %d µs | %s |\n",
		plain.lat.P99Micros, towered.lat.P99Micros, ratio(float64(towered.lat.P99Micros), float64(plain.lat.P99Micros)))
	fmt.Fprintf(&d, "| sequential rate (one at a time), payments/s | %.0f | %.0f | %s |\n\n",
		plain.lat.PerSecond, towered.lat.PerSecond, ratio(towered.lat.PerSecond, plain.lat.PerSecond))
	d.WriteString("The watchtower's acknowledgement adds, per exchange, one `tower_register` round trip, the\n")
	d.WriteString("tower's check of two signatures and one fsync on the tower, after the payee's own fsync (the\n")
	d.WriteString("payee's state must be on its disk before its signature leaves, to the tower too). A payment\n")
	d.WriteString("made alone waits for all of it; payments queued together share one exchange, so the\n")
	d.WriteString("throughput hardly moves. Both columns come from the same run, one after the other, on\n")
	d.WriteString("the same machine: compare them as the ratio.\n\n")
	d.WriteString("Machine:\n\n")
	fmt.Fprintf(&d, "- CPUs (nproc): %d, %s\n", runtime.NumCPU(), cpuModel())
	fmt.Fprintf(&d, "- RAM: %s\n", memTotal())
	fmt.Fprintf(&d, "- %s, %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(&d, "- load average before / after the run: %s / %s (the machine is shared; other\n  processes' load is in these figures)\n", load0, load1)
	fmt.Fprintf(&d, "- measured %s\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	path := filepath.Join("..", "docs", "channels-performance.md")
	// Sections measured by other tests follow keptSections; keep them.
	if old, err := os.ReadFile(path); err == nil {
		if i := strings.Index(string(old), keptSections); i >= 0 {
			d.WriteString(string(old[i:]))
		}
	}
	if err := os.WriteFile(path, []byte(d.String()), 0o644); err != nil {
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
