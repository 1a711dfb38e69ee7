package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/viaduct-l2/viaduct/internal/version"
)

// DAReport is a bench run of the same workload once per data availability
// mode (viaduct dev --da), each on a stack of its own started for it, side
// by side: what L1 charged per transfer, the bytes it carried, and how
// posting kept up with the load.
type DAReport struct {
	Version string    `json:"version"`
	Started time.Time `json:"started"`
	Machine Machine   `json:"machine"`
	Runs    []*Report `json:"runs"` // one per mode, in the order given
	Targets []Target  `json:"targets"`
}

// RunDA runs the bench once per mode in modes (calldata, blobs, auto),
// each against a `viaduct dev --da MODE` it starts; the L1 twin runs only
// with the last mode (its figures do not depend on the mode).
func RunDA(ctx context.Context, cfg Config, modes []string) (*DAReport, error) {
	if cfg.L2URL != "" {
		return nil, fmt.Errorf("%w: comparing data availability modes needs stacks the bench starts itself (no --l2-rpc, --l1-rpc)", ErrBadConfig)
	}
	if len(modes) == 0 {
		return nil, fmt.Errorf("%w: no --da mode", ErrBadConfig)
	}
	rep := &DAReport{Version: version.Version, Started: time.Now().UTC(), Machine: describeMachine()}
	for i, m := range modes {
		c := cfg
		c.DA = m
		c.SkipL1 = cfg.SkipL1 || i < len(modes)-1
		if c.Progress != nil {
			progress := c.Progress
			c.Progress = func(p Progress) {
				p.Layer = p.Layer + " " + m
				progress(p)
			}
		}
		r, err := Run(ctx, c)
		if err != nil {
			return nil, fmt.Errorf("bench: --da %s: %w", m, err)
		}
		rep.Runs = append(rep.Runs, r)
	}
	rep.Machine.LoadAfter = loadavg()
	rep.judge()
	return rep, nil
}

// run returns the run of mode m (nil: none).
func (rep *DAReport) run(m string) *Report {
	for _, r := range rep.Runs {
		if r.DA == m {
			return r
		}
	}
	return nil
}

// gwei renders wei as gwei.
func gwei(wei float64) string {
	switch {
	case wei == 0:
		return "0"
	case wei < 1e5:
		return fmt.Sprintf("%.3g wei", wei)
	}
	return fmt.Sprintf("%.4g gwei", wei/1e9)
}

// pct renders a ratio as a percentage.
func pct(r float64) string {
	if r == 0 || math.IsNaN(r) || math.IsInf(r, 0) {
		return "–"
	}
	if r < 0.001 {
		return fmt.Sprintf("%.4f %%", 100*r)
	}
	return fmt.Sprintf("%.2f %%", 100*r)
}

// rows is the side-by-side table: measure, then one column per mode.
func (rep *DAReport) rows() [][]string {
	col := func(f func(r *Report) string) []string {
		out := make([]string, len(rep.Runs))
		for i, r := range rep.Runs {
			out[i] = f(r)
		}
		return out
	}
	row := func(name string, f func(r *Report) string) []string { return append([]string{name}, col(f)...) }
	perTx := func(r *Report, v float64) float64 {
		if r.Batches.L2Txs == 0 {
			return 0
		}
		return v / float64(r.Batches.L2Txs)
	}
	post := func(r *Report) *Posting {
		if r.Posting == nil {
			return &Posting{ClearedAfterMs: -1}
		}
		return r.Posting
	}
	return [][]string{
		row("offered, accepted / included tx/s", func(r *Report) string {
			return fmt.Sprintf("%s, %s / %s", f0(r.Workload.Rate), f0(r.L2.AcceptedPerSec), f0(r.L2.IncludedPerSec))
		}),
		row("batches (blob batches, blobs) / L2 txs in them", func(r *Report) string {
			return fmt.Sprintf("%d (%d, %d) / %s", r.Batches.Batches, r.Batches.BlobBatches, r.Batches.Blobs, f0(float64(r.Batches.L2Txs)))
		}),
		row("L1 execution gas per transfer", func(r *Report) string { return f0(r.Batches.GasPerTx) }),
		row("blob gas per transfer", func(r *Report) string { return fmt.Sprintf("%.1f", perTx(r, float64(r.Batches.BlobGasUsed))) }),
		row("the batches' gas price (effective, gas-weighted)", func(r *Report) string { return gwei(r.Batches.GasPriceWei) }),
		row("L1 cost per transfer at the run's prices", func(r *Report) string { run, _ := r.Batches.costPerTx(); return gwei(run) }),
		row("  vs an L1 ETH transfer at the same prices", func(r *Report) string {
			run, _ := r.Batches.costPerTx()
			return pct(run / r.Batches.l1TransferWei())
		}),
		row("L1 cost per transfer, blob gas at the EIP-7918 floor", func(r *Report) string { _, fl := r.Batches.costPerTx(); return gwei(fl) }),
		row("  vs an L1 ETH transfer at the same prices", func(r *Report) string {
			_, fl := r.Batches.costPerTx()
			return pct(fl / r.Batches.l1TransferWei())
		}),
		row("L1 bytes per transfer: calldata + blob tx data", func(r *Report) string {
			return fmt.Sprintf("%.1f + %.1f = %.1f", r.Batches.BytesPerTx, perTx(r, float64(r.Batches.BlobTxData)), r.Batches.BytesPerTx+perTx(r, float64(r.Batches.BlobTxData)))
		}),
		row("  blob space per transfer (whole blobs)", func(r *Report) string {
			return fmt.Sprintf("%.1f", perTx(r, float64(r.Batches.Blobs)*131072))
		}),
		row("time to safe p50 / p99", func(r *Report) string { return ms(r.L2.Safe.P50) + " / " + ms(r.L2.Safe.P99) }),
		row("  p99 of the first / last tenth of the load", func(r *Report) string {
			p := post(r)
			return ms(p.SafeFirst.P99) + " / " + ms(p.SafeLast.P99)
		}),
		row("unposted backlog, largest / at the end of the load (transfers)", func(r *Report) string {
			p := post(r)
			return f0(float64(p.MaxBacklog)) + " / " + f0(float64(p.BacklogAtLoadEnd))
		}),
		row("  cleared after the load stopped", func(r *Report) string {
			if c := post(r).ClearedAfterMs; c >= 0 {
				return ms(max(c, 1))
			}
			return "not within the wait"
		}),
		row("posted (safe) per second during the load", func(r *Report) string { return f0(post(r).PostedPerSec) }),
		row("CPU during the load, node (cores)", func(r *Report) string {
			if !r.Node.Measured {
				return "–"
			}
			return fmt.Sprintf("%.2f", r.Node.CPUCores)
		}),
	}
}

// judge sets the targets of blob data availability against the blobs run,
// with the calldata run for the bytes.
func (rep *DAReport) judge() {
	blobs, calldata := rep.run("blobs"), rep.run("calldata")
	if blobs == nil {
		rep.Targets = []Target{{Name: "blob data availability targets", Measured: "no --da blobs run"}}
		return
	}
	bc := blobs.Batches
	run, floor := bc.costPerTx()
	l1 := bc.l1TransferWei()
	t1 := Target{Name: "L1 execution gas per ETH transfer in blob batches ≤ 200", Measured: fmt.Sprintf("%.0f gas (%d blob batches of %d)", bc.GasPerTx, bc.BlobBatches, bc.Batches)}
	if bc.L2Txs > 0 && bc.BlobBatches == bc.Batches {
		t1.Met = boolp(bc.GasPerTx <= 200)
	} else if bc.BlobBatches != bc.Batches {
		t1.Note = "not every batch went in blobs"
	}
	t2 := Target{Name: "total L1 cost per ETH transfer (execution and blob gas) ≤ 1/100 of an L1 ETH transfer in the same run, at the run's prices and at the EIP-7918 floor",
		Measured: fmt.Sprintf("%s (%s) at the run's prices, %s (%s) at the floor, against %s for an L1 ETH transfer", gwei(run), pct(run/l1), gwei(floor), pct(floor/l1), gwei(l1))}
	if l1 > 0 && bc.L2Txs > 0 {
		t2.Met = boolp(run <= l1/100 && floor <= l1/100)
	}
	t3 := Target{Name: "time to safe at 5,000 transfers/s: p99 ≤ 20 s on the embedded L1 (1 s L1 blocks), not growing over the run"}
	if p := blobs.Posting; p != nil {
		grows := p.SafeLast.P99 > max(1.5*p.SafeFirst.P99, p.SafeFirst.P99+2000)
		t3.Measured = fmt.Sprintf("p99 %s over the run (%s in the first tenth, %s in the last) at %s/s offered, %s included/s",
			ms(blobs.L2.Safe.P99), ms(p.SafeFirst.P99), ms(p.SafeLast.P99), f0(blobs.Workload.Rate), f0(blobs.L2.IncludedPerSec))
		t3.Met = boolp(blobs.L2.Safe.P99 <= 20_000 && !grows)
		if blobs.Workload.Rate < 5000 {
			t3.Note = "the load offered is below 5,000/s"
		}
		if grows {
			t3.Note = strings.TrimPrefix(t3.Note+"; it grows (the last tenth's p99 above 1.5 times and 2 s more than the first's)", "; ")
		}
	}
	t4 := Target{Name: "bytes of L1 data per transfer in blobs no more than in calldata (≤ 105)"}
	blobBytes := bc.BytesPerTx
	if bc.L2Txs > 0 {
		blobBytes += float64(bc.BlobTxData) / float64(bc.L2Txs)
	}
	t4.Measured = fmt.Sprintf("%.1f (calldata %.1f + blob tx data %.1f; whole blobs %.1f)", blobBytes, bc.BytesPerTx, blobBytes-bc.BytesPerTx, float64(bc.Blobs)*131072/math.Max(float64(bc.L2Txs), 1))
	if calldata != nil {
		t4.Measured += fmt.Sprintf(", calldata run %.1f", calldata.Batches.BytesPerTx)
		t4.Met = boolp(blobBytes <= 105 && blobBytes <= calldata.Batches.BytesPerTx)
	} else {
		t4.Met = boolp(blobBytes <= 105)
	}
	t5 := Target{Name: "posting keeps up: the unposted backlog stays bounded and is cleared within 20 s of the load stopping"}
	if p := blobs.Posting; p != nil {
		half := len(p.Series) / 2
		var first, second int
		for i, pt := range p.Series {
			if float64(pt.Second) >= blobs.L2.LoadSeconds {
				break
			}
			if i < half {
				first = max(first, pt.Backlog)
			} else {
				second = max(second, pt.Backlog)
			}
		}
		bounded := float64(second) <= 1.25*float64(first)+blobs.L2.IncludedPerSec
		t5.Measured = fmt.Sprintf("largest backlog %s transfers (%s in the first half of the load, %s in the second), %s at the end of the load, cleared %s after it",
			f0(float64(p.MaxBacklog)), f0(float64(first)), f0(float64(second)), f0(float64(p.BacklogAtLoadEnd)), clearedText(p.ClearedAfterMs))
		t5.Met = boolp(bounded && p.ClearedAfterMs >= 0 && p.ClearedAfterMs <= 20_000)
		if !bounded {
			t5.Note = "the backlog grew through the load (the second half's largest above 1.25 times the first half's and a second of load)"
		}
	}
	t6 := Target{Name: "with 12 s L1 blocks (mainnet's slot time), the rate the batcher sustains",
		Measured: "not in a side-by-side run: the embedded L1 mines as soon as a transaction is pending, so its --l1-block-time is no block time under load; bench a sequencer with --da blobs on geth --dev --dev.period 12 (--l2-rpc, --l1-rpc): its posted-per-second figure is the rate"}
	rep.Targets = []Target{t1, t2, t3, t4, t5, t6}
}

func clearedText(c float64) string {
	if c < 0 {
		return "not within the wait"
	}
	return ms(max(c, 1))
}

// WriteTable writes each mode's figures side by side, and the targets.
func (rep *DAReport) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	head := []string{"measure"}
	for _, r := range rep.Runs {
		head = append(head, "--da "+r.DA)
	}
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, r := range rep.rows() {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("bench: table: %w", err)
	}
	fmt.Fprintf(w, "\ntargets (blob data availability):\n")
	for _, t := range rep.Targets {
		fmt.Fprintf(w, "  [%s] %s: %s", verdict(t.Met), t.Name, t.Measured)
		if t.Note != "" {
			fmt.Fprintf(w, " (%s)", t.Note)
		}
		fmt.Fprintln(w)
	}
	_, err := fmt.Fprintf(w, "load average before / after: %s / %s\n", rep.Machine.LoadBefore, rep.Machine.LoadAfter)
	return err
}

// WriteJSON writes the report as indented JSON.
func (rep *DAReport) WriteJSON(path string) error {
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return fmt.Errorf("bench: encoding the report: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("bench: writing %s: %w", path, err)
	}
	return nil
}

// DASection is the heading of the section DAReport.Markdown writes.
const DASection = "## viaduct bench: calldata and blobs"

// Markdown is the DASection of docs/performance.md.
func (rep *DAReport) Markdown(command, svg string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", DASection)
	fmt.Fprintf(&b, "Written by `viaduct bench --doc docs/performance.md` from its latest run with several `--da` modes, each on a `viaduct dev --da MODE` of its own, one after the other (how it measures: [bench.md](bench.md)). Command:\n\n    %s\n\n", command)
	m := rep.Machine
	fmt.Fprintf(&b, "Run of %s. Machine: %d cores (`nproc`), %s, %s RAM, %s %s. Load average before / after: %s / %s. The machine is shared with other engineers' builds and tests, and the load generator runs on it too.\n\n",
		rep.Started.Format("2006-01-02 15:04 MST"), m.Cores, m.CPU, m.Memory, m.Go, m.OS, m.LoadBefore, m.LoadAfter)
	if len(rep.Runs) > 0 {
		r := rep.Runs[0]
		w := r.Workload
		fmt.Fprintf(&b, "Workload of each run: %d accounts, %.0f %% ERC-20 transfers, %s at %.0f transfers/s (%d workers), %d transfer(s) per request, %.0f s of load. Stack: %s.\n\n",
			w.Accounts, w.ERC20Share*100, w.Mode, w.Rate, w.Concurrency, w.Batch, w.Duration, strings.TrimSuffix(r.StackNote, ", --da "+r.DA))
	}
	b.WriteString("| measure |")
	for _, r := range rep.Runs {
		fmt.Fprintf(&b, " `--da %s` |", r.DA)
	}
	b.WriteString("\n|---|")
	for range rep.Runs {
		b.WriteString("--:|")
	}
	b.WriteString("\n")
	for _, r := range rep.rows() {
		fmt.Fprintf(&b, "| %s |\n", strings.Join(append([]string{strings.TrimSpace(r[0])}, r[1:]...), " | "))
	}
	b.WriteString("\nTargets (blob data availability):\n\n")
	for _, t := range rep.Targets {
		fmt.Fprintf(&b, "- **%s** %s: %s", strings.TrimSpace(verdict(t.Met)), t.Name, t.Measured)
		if t.Note != "" {
			fmt.Fprintf(&b, " (%s)", t.Note)
		}
		b.WriteString(".\n")
	}
	if svg != "" {
		fmt.Fprintf(&b, "\n![time to safe and unposted backlog over time, per mode](%s)\n", svg)
	}
	return b.String()
}

// SVG draws, per mode, the time to safe (p50 and p99 of the transfers sent
// in each second) and the unposted backlog each second.
func (rep *DAReport) SVG() []byte {
	const W, H, left, right, top, gap, panel = 960, 560, 80, 190, 40, 60, 200
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", W, H, W, H)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	title := "viaduct bench, calldata and blobs"
	if len(rep.Runs) > 0 {
		title += fmt.Sprintf(", %s/s offered", f0(rep.Runs[0].Workload.Rate))
	}
	fmt.Fprintf(&b, `<text x="%d" y="22" font-size="15">%s, %s</text>`+"\n", left, xmlEscape(title), xmlEscape(rep.Started.Format(time.DateTime+" MST")))
	secs := 1
	var maxLat, maxBacklog, loadSecs float64
	for _, r := range rep.Runs {
		if r.Posting == nil {
			continue
		}
		secs = max(secs, len(r.Posting.Series))
		loadSecs = max(loadSecs, r.L2.LoadSeconds)
		for _, p := range r.Posting.Series {
			maxLat, maxBacklog = max(maxLat, p.SafeP99), max(maxBacklog, float64(p.Backlog))
		}
	}
	maxLat, maxBacklog = niceCeil(maxLat), niceCeil(maxBacklog)
	plotW := float64(W - left - right)
	x := func(s float64) float64 { return left + s/float64(max(secs-1, 1))*plotW }
	colors := []string{"#d62728", "#1f77b4", "#2ca02c", "#9467bd"}
	panelAt := func(y0 int, name, unit string, maxV float64) {
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="13">%s</text>`+"\n", left, y0-8, xmlEscape(name))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.0f" height="%d" fill="none" stroke="#999"/>`+"\n", left, y0, plotW, panel)
		for i := 0; i <= 4; i++ {
			y := float64(y0+panel) - float64(panel)*float64(i)/4
			fmt.Fprintf(&b, `<line x1="%d" x2="%.0f" y1="%.1f" y2="%.1f" stroke="#eee"/>`+"\n", left, left+plotW, y, y)
			fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end">%s</text>`+"\n", left-6, y+4, groupThousands(fmt.Sprintf("%.0f", maxV*float64(i)/4)))
		}
		fmt.Fprintf(&b, `<text x="14" y="%d" transform="rotate(-90 14 %d)" text-anchor="middle">%s</text>`+"\n", y0+panel/2, y0+panel/2, xmlEscape(unit))
		step := max(1, secs/10)
		for s := 0; s < secs; s += step {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%d</text>`+"\n", x(float64(s)), y0+panel+16, s)
		}
		if loadSecs > 0 {
			fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" stroke="#777" stroke-dasharray="2 3"/>`+"\n", x(loadSecs), x(loadSecs), y0, y0+panel)
		}
	}
	line := func(y0 int, maxV float64, vals []float64, color, dash string, gaps bool) {
		var pts []string
		flush := func() {
			if len(pts) > 1 {
				fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="1.6" stroke-dasharray="%s" points="%s"/>`+"\n", color, dash, strings.Join(pts, " "))
			}
			pts = pts[:0]
		}
		for s, v := range vals {
			if gaps && v == 0 {
				flush()
				continue
			}
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(float64(s)), float64(y0+panel)-float64(panel)*v/math.Max(maxV, 1)))
		}
		flush()
	}
	legend := func(y0, i int, name, color, dash string) {
		ly := y0 + 14 + i*18
		fmt.Fprintf(&b, `<line x1="%.0f" x2="%.0f" y1="%d" y2="%d" stroke="%s" stroke-width="2" stroke-dasharray="%s"/>`+"\n", left+plotW+10, left+plotW+34, ly-4, ly-4, color, dash)
		fmt.Fprintf(&b, `<text x="%.0f" y="%d">%s</text>`+"\n", left+plotW+40, ly, xmlEscape(name))
	}
	y1, y2 := top+20, top+20+panel+gap
	panelAt(y1, "time to safe of the transfers sent in each second (the dotted line: the load stops)", "ms", maxLat)
	panelAt(y2, "unposted backlog: transfers in blocks L1 does not hold yet", "transfers", maxBacklog)
	for i, r := range rep.Runs {
		if r.Posting == nil {
			continue
		}
		c := colors[i%len(colors)]
		var p50, p99, backlog []float64
		for _, p := range r.Posting.Series {
			p50, p99, backlog = append(p50, p.SafeP50), append(p99, p.SafeP99), append(backlog, float64(p.Backlog))
		}
		line(y1, maxLat, p50, c, "", true)
		line(y1, maxLat, p99, c, "4 3", true)
		line(y2, maxBacklog, backlog, c, "", false)
		legend(y1, 2*i, r.DA+" p50", c, "")
		legend(y1, 2*i+1, r.DA+" p99", c, "4 3")
		legend(y2, i, r.DA, c, "")
	}
	fmt.Fprintf(&b, `<text x="%.0f" y="%d" text-anchor="middle">seconds since the first send</text>`+"\n", left+plotW/2, H-12)
	b.WriteString("</svg>\n")
	return b.Bytes()
}
