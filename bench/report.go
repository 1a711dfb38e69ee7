package bench

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
	"time"
)

// ProgressLine renders a progress snapshot as one line with a bar.
func ProgressLine(p Progress) string {
	if p.Total <= 0 {
		return fmt.Sprintf("%-5s %s", p.Layer, p.Phase)
	}
	const width = 30
	frac := min(max(p.Elapsed.Seconds()/p.Total.Seconds(), 0), 1)
	n := int(frac * width)
	line := fmt.Sprintf("%-3s %-15s [%s%s] %5.1fs/%-5.0fs sent %d accepted %d included %d rejected %d",
		p.Layer, p.Phase, strings.Repeat("#", n), strings.Repeat(".", width-n), p.Elapsed.Seconds(), p.Total.Seconds(),
		p.Sent, p.Accepted, p.Included, p.Rejected)
	if s := p.Elapsed.Seconds(); p.Phase == "load" && s > 0 {
		line += fmt.Sprintf(" (%.0f accepted/s)", float64(p.Accepted)/s)
	}
	return line
}

func f0(v float64) string {
	if v == 0 {
		return "–"
	}
	return groupThousands(fmt.Sprintf("%.0f", v))
}

func groupThousands(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func ms(v float64) string {
	if v == 0 {
		return "–"
	}
	if v >= 10_000 {
		return fmt.Sprintf("%.1f s", v/1000)
	}
	if v < 10 {
		return fmt.Sprintf("%.1f ms", v)
	}
	return fmt.Sprintf("%.0f ms", v)
}

func ratio(rep *Report, name string) string {
	if r, ok := rep.Ratios[name]; ok {
		return fmt.Sprintf("%.3g", r)
	}
	return "–"
}

// rows is the comparison table: measure, L2, L1, L2/L1.
func (rep *Report) rows() [][4]string {
	l1 := rep.L1
	if l1 == nil {
		l1 = &LayerResult{}
	}
	var l1gas, l1bytes float64
	if rep.L1Cost != nil {
		l1gas, l1bytes = rep.L1Cost.MixGas, rep.L1Cost.TxBytes
	}
	rows := [][4]string{
		{"transfers accepted / included", fmt.Sprintf("%s / %s", f0(float64(rep.L2.Accepted)), f0(float64(rep.L2.Included))), fmt.Sprintf("%s / %s", f0(float64(l1.Accepted)), f0(float64(l1.Included))), ""},
		{"accepted tx/s", f0(rep.L2.AcceptedPerSec), f0(l1.AcceptedPerSec), ratio(rep, "acceptedPerSec")},
		{"included tx/s", f0(rep.L2.IncludedPerSec), f0(l1.IncludedPerSec), ratio(rep, "includedPerSec")},
		{"soft confirmation p50 (send → receipt)", ms(rep.L2.SoftConfirm.P50), ms(l1.SoftConfirm.P50), ratio(rep, "softConfirmP50")},
		{"soft confirmation p95", ms(rep.L2.SoftConfirm.P95), ms(l1.SoftConfirm.P95), ""},
		{"soft confirmation p99", ms(rep.L2.SoftConfirm.P99), ms(l1.SoftConfirm.P99), ratio(rep, "softConfirmP99")},
		{"time to safe p50 / p99", ms(rep.L2.Safe.P50) + " / " + ms(rep.L2.Safe.P99), ms(l1.Safe.P50) + " / " + ms(l1.Safe.P99), ratio(rep, "safeP50")},
		{"time to finalized p50 / p99", ms(rep.L2.Finalized.P50) + " / " + ms(rep.L2.Finalized.P99), ms(l1.Finalized.P50) + " / " + ms(l1.Finalized.P99), ratio(rep, "finalizedP50")},
		{"  reached finalized (of included)", fmt.Sprintf("%d of %d", rep.L2.Finalized.Count, rep.L2.Included), fmt.Sprintf("%d of %d", l1.Finalized.Count, l1.Included), ""},
		{"L1 gas per transfer", f0(rep.Batches.GasPerTx), f0(l1gas), ratio(rep, "l1GasPerTransfer")},
		{"  of which the EIP-7623 floor would be", f0(rep.Batches.FloorPerTx), "", ""},
		{"L1 bytes per transfer (calldata / signed tx)", fmt.Sprintf("%.1f", rep.Batches.BytesPerTx), fmt.Sprintf("%.1f", l1bytes), ratio(rep, "l1BytesPerTransfer")},
		{"batches (paid the floor) / L2 txs in them", fmt.Sprintf("%d (%d) / %d", rep.Batches.Batches, rep.Batches.FloorBinding, rep.Batches.L2Txs), "", ""},
	}
	rows = append(rows, [4]string{"  soft confirmation measured by", rep.L2.SoftConfirmBy, "", ""})
	if i := rep.Idle; i != nil {
		rows = append(rows, [4]string{"idle node, one transfer at a time: send → receipt p50 / p99", fmt.Sprintf("%.1f ms / %.1f ms", i.Latency.P50, i.Latency.P99), "", ""},
			[4]string{"  idle probe measured by", i.Method, "", ""})
	}
	rows = append(rows, rep.Posting.rows()...)
	if h := rep.L2Half; h != nil {
		rows = append(rows, [4]string{fmt.Sprintf("half load (%s/s offered): accepted / included tx/s", f0(rep.HalfRate)), f0(h.AcceptedPerSec) + " / " + f0(h.IncludedPerSec), "", ""},
			[4]string{"half load: soft confirmation p50 / p95 / p99", ms(h.SoftConfirm.P50) + " / " + ms(h.SoftConfirm.P95) + " / " + ms(h.SoftConfirm.P99), "", ""})
	}
	if rep.Node.Measured {
		rows = append(rows,
			[4]string{"node peak RSS", fmt.Sprintf("%.0f MiB", mib(rep.Node.PeakRSS)), "", ""},
			[4]string{"CPU during the L2 load, node / load generator (cores)", fmt.Sprintf("%.2f / %.2f", rep.Node.CPUCores, rep.Node.BenchCPUCores), "", ""},
			[4]string{"node disk per 1,000,000 transfers (extrapolated)", fmt.Sprintf("%.2f GiB", rep.Node.DiskPer1M/(1<<30)), "", ""})
	}
	return rows
}

// WriteTable writes the comparison table and the targets.
func (rep *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "measure\tL2 (viaduct)\tL1 (embedded)\tL2/L1\n")
	for _, r := range rep.rows() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r[0], r[1], r[2], r[3])
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("bench: table: %w", err)
	}
	fmt.Fprintf(w, "\ntargets:\n")
	for _, t := range rep.Targets {
		fmt.Fprintf(w, "  [%s] %s: %s", verdict(t.Met), t.Name, t.Measured)
		if t.Note != "" {
			fmt.Fprintf(w, " (%s)", t.Note)
		}
		fmt.Fprintln(w)
	}
	for _, l := range []*LayerResult{&rep.L2, rep.L2Half, rep.L1} {
		if l != nil && len(l.Errors) > 0 {
			fmt.Fprintf(w, "%s refusals: %s\n", l.Layer, strings.Join(l.Errors, "; "))
		}
	}
	_, err := fmt.Fprintf(w, "load average before / after: %s / %s; CPU stolen by the host during the load: %s (a shared machine: the figures are noisy)\n",
		rep.Machine.LoadBefore, rep.Machine.LoadAfter, rep.Machine.stealText())
	return err
}

func verdict(b *bool) string {
	switch {
	case b == nil:
		return "n/a "
	case *b:
		return "met "
	}
	return "MISSED"
}

// Markdown is the "viaduct bench" section of docs/performance.md.
func (rep *Report) Markdown(command string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## viaduct bench\n\n")
	fmt.Fprintf(&b, "Written by `viaduct bench --doc docs/performance.md` from its latest run (how it measures: [bench.md](bench.md)). Command:\n\n    %s\n\n", command)
	fmt.Fprintf(&b, "Run of %s. Machine: %d cores (`nproc`), %s, %s RAM, %s %s. Load average before / after: %s / %s; CPU stolen by the host (other virtual machines) during the load: %s. The machine is shared with other engineers' builds and tests, and the load generator runs on it too: the figures are noisy, the ratios hold better than the absolute numbers.\n\n",
		rep.Started.Format("2006-01-02 15:04 MST"), rep.Machine.Cores, rep.Machine.CPU, rep.Machine.Memory, rep.Machine.Go, rep.Machine.OS, rep.Machine.LoadBefore, rep.Machine.LoadAfter, rep.Machine.stealText())
	w := rep.Workload
	load := fmt.Sprintf("closed loop, %d requests in flight", w.Concurrency)
	if w.Mode == "open loop" {
		load = fmt.Sprintf("open loop at %.0f transfers/s (%d workers)", w.Rate, w.Concurrency)
	}
	fmt.Fprintf(&b, "Workload: %d accounts, %.0f %% ERC-20 transfers, %s, %d transfer(s) per request over %s, %.0f s of load per layer. Stack: %s.\n\n",
		w.Accounts, w.ERC20Share*100, load, w.Batch, strings.ToUpper(w.Transport), w.Duration, rep.StackNote)
	fmt.Fprintf(&b, "| measure | L2 (viaduct) | L1 (embedded) | L2/L1 |\n|---|--:|--:|--:|\n")
	for _, r := range rep.rows() {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", strings.TrimSpace(r[0]), r[1], r[2], r[3])
	}
	fmt.Fprintf(&b, "\nTargets:\n\n")
	for _, t := range rep.Targets {
		fmt.Fprintf(&b, "- **%s** %s: %s", strings.TrimSpace(verdict(t.Met)), t.Name, t.Measured)
		if t.Note != "" {
			fmt.Fprintf(&b, " (%s)", t.Note)
		}
		b.WriteString(".\n")
	}
	b.WriteString("\n![throughput and latency over time](bench.svg)\n")
	return b.String()
}

// ErrNoSection is returned when a document has no heading to replace
// and none can be appended.
var ErrNoSection = errors.New("bench: document section not found")

// ReplaceSection replaces the section of doc that starts with the line
// heading (up to the next heading of the same level or the end) with body;
// without such a section, body is appended.
func ReplaceSection(doc, heading, body string) string {
	lines := strings.SplitAfter(doc, "\n")
	start := -1
	for i, l := range lines {
		if strings.TrimRight(l, "\n") == heading {
			start = i
			break
		}
	}
	if !strings.HasSuffix(body, "\n") {
		body += "\n"
	}
	if start < 0 {
		if doc != "" && !strings.HasSuffix(doc, "\n") {
			doc += "\n"
		}
		if doc != "" {
			doc += "\n"
		}
		return doc + body
	}
	end := len(lines)
	for i := start + 1; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "## ") {
			end = i
			break
		}
	}
	tail := strings.Join(lines[end:], "")
	if tail != "" {
		body += "\n"
	}
	return strings.Join(lines[:start], "") + body + tail
}

// SVG draws throughput (included and accepted transfers per second) and
// soft-confirmation latency (p50, p99 of the transfers included in each
// second) over time, L2 and L1 on the same axes.
func (rep *Report) SVG() []byte {
	const W, H, left, right, top, gap, panel = 960, 560, 80, 170, 40, 60, 200
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", W, H, W, H)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	fmt.Fprintf(&b, `<text x="%d" y="22" font-size="15">viaduct bench, %s: %d accounts, %.0f %% ERC-20, %s</text>`+"\n", left, xmlEscape(rep.Started.Format(time.DateTime+" MST")), rep.Workload.Accounts, rep.Workload.ERC20Share*100, xmlEscape(rep.Workload.Mode))
	layers := []*LayerResult{&rep.L2}
	if rep.L1 != nil {
		layers = append(layers, rep.L1)
	}
	secs := 1
	var maxTPS, maxLat float64
	for _, l := range layers {
		secs = max(secs, len(l.Series))
		for _, p := range l.Series {
			maxTPS = max(maxTPS, float64(p.Included), float64(p.Accepted))
			maxLat = max(maxLat, p.P99Ms)
		}
	}
	maxTPS, maxLat = niceCeil(maxTPS), niceCeil(maxLat)
	plotW := float64(W - left - right)
	x := func(s float64) float64 { return left + s/float64(max(secs-1, 1))*plotW }
	type series struct {
		name, color, dash string
		pts               []float64
		gaps              bool // a zero is "no data" (no transfer included that second): the line breaks
	}
	draw := func(y0 int, title, unit string, maxV float64, ss []series) {
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="13">%s</text>`+"\n", left, y0-8, xmlEscape(title))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.0f" height="%d" fill="none" stroke="#999"/>`+"\n", left, y0, plotW, panel)
		for i := 0; i <= 4; i++ {
			v := maxV * float64(i) / 4
			y := float64(y0+panel) - float64(panel)*float64(i)/4
			fmt.Fprintf(&b, `<line x1="%d" x2="%.0f" y1="%.1f" y2="%.1f" stroke="#eee"/>`+"\n", left, left+plotW, y, y)
			fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end">%s</text>`+"\n", left-6, y+4, groupThousands(fmt.Sprintf("%.0f", v)))
		}
		fmt.Fprintf(&b, `<text x="14" y="%d" transform="rotate(-90 14 %d)" text-anchor="middle">%s</text>`+"\n", y0+panel/2, y0+panel/2, xmlEscape(unit))
		step := max(1, secs/10)
		for s := 0; s < secs; s += step {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%d</text>`+"\n", x(float64(s)), y0+panel+16, s)
		}
		for i, s := range ss {
			var pts []string
			flush := func() {
				if len(pts) > 0 {
					fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="1.6" stroke-dasharray="%s" points="%s"/>`+"\n", s.color, s.dash, strings.Join(pts, " "))
				}
				pts = pts[:0]
			}
			for sec, v := range s.pts {
				if s.gaps && v == 0 {
					flush()
					continue
				}
				y := float64(y0+panel) - float64(panel)*v/math.Max(maxV, 1)
				pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(float64(sec)), y))
			}
			flush()
			ly := y0 + 14 + i*18
			fmt.Fprintf(&b, `<line x1="%.0f" x2="%.0f" y1="%d" y2="%d" stroke="%s" stroke-width="2" stroke-dasharray="%s"/>`+"\n", left+plotW+10, left+plotW+34, ly-4, ly-4, s.color, s.dash)
			fmt.Fprintf(&b, `<text x="%.0f" y="%d">%s</text>`+"\n", left+plotW+40, ly, xmlEscape(s.name))
		}
	}
	colors := map[string]string{"L2": "#1f77b4", "L1": "#d62728"}
	var tput, lat []series
	for _, l := range layers {
		var inc, acc, p50, p99 []float64
		for _, p := range l.Series {
			inc, acc = append(inc, float64(p.Included)), append(acc, float64(p.Accepted))
			p50, p99 = append(p50, p.P50Ms), append(p99, p.P99Ms)
		}
		c := colors[l.Layer]
		tput = append(tput, series{l.Layer + " included/s", c, "", inc, false}, series{l.Layer + " accepted/s", c, "4 3", acc, false})
		lat = append(lat, series{l.Layer + " p50", c, "", p50, true}, series{l.Layer + " p99", c, "4 3", p99, true})
	}
	draw(top+20, "throughput (transfers per second)", "tx/s", maxTPS, tput)
	draw(top+20+panel+gap, "soft confirmation, send → receipt (of the transfers included in each second)", "ms", maxLat, lat)
	fmt.Fprintf(&b, `<text x="%.0f" y="%d" text-anchor="middle">seconds since the layer's first send</text>`+"\n", left+plotW/2, H-12)
	b.WriteString("</svg>\n")
	return b.Bytes()
}

// niceCeil rounds v up to 1, 2 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

func xmlEscape(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	return r.Replace(s)
}

// stealText says how much CPU the host took during each layer's load.
func (m Machine) stealText() string {
	pct := func(x float64) string {
		if x < 0 {
			return "unknown"
		}
		return fmt.Sprintf("%.0f%%", 100*x)
	}
	out := "L2 " + pct(m.StealL2)
	if m.StealL1 != 0 {
		out += ", L1 " + pct(m.StealL1)
	}
	return out
}
