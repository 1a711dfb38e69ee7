package e2e

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/viaduct-l2/viaduct/bench"
)

// TestBenchReportIsConsistent runs a few seconds of `viaduct bench` (its own
// `viaduct dev` as a child process, then the L1 twin) and checks that the
// report, the chart and the document section are produced and that the
// figures agree with each other. It asserts no speed: the machine is shared.
func TestBenchReportIsConsistent(t *testing.T) {
	if binary == "" {
		t.Skip("no binary (-short)")
	}
	for _, tc := range []struct {
		name string
		args []string
		l1   bool
	}{
		{"websocket batches, open loop, with the L1 twin", []string{"--ws", "--batch", "5", "--rate", "300", "--erc20", "0.3", "--half-load", "2s"}, true},
		{"http single calls, closed loop, L2 only", []string{"--batch", "1", "--rate", "0", "--concurrency", "4", "--txs", "400", "--erc20", "0", "--no-l1", "--half-load", "0"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			doc := filepath.Join(dir, "performance.md")
			if err := os.WriteFile(doc, []byte("# Performance\n\n## viaduct bench\n\nold figures\n\n## Channels\n\nkept\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			// One mode of posting: the report of calldata and blobs side by
			// side (the default) is bench/da_test.go's.
			args := append([]string{"bench", "--da", "calldata", "--duration", "3s", "--accounts", "16", "--l1-block-time", "100ms",
				"--drain", "30s", "--finality", "60s", "--datadir", dir, "--quiet",
				"--out", filepath.Join(dir, "r.json"), "--svg", filepath.Join(dir, "r.svg"), "--doc", doc}, tc.args...)
			out, err := run(args...)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out, "included tx/s") || !strings.Contains(out, "targets:") {
				t.Fatalf("no table on stdout:\n%s", out)
			}
			b, err := os.ReadFile(filepath.Join(dir, "r.json"))
			if err != nil {
				t.Fatal(err)
			}
			var rep bench.Report
			if err := json.Unmarshal(b, &rep); err != nil {
				t.Fatal(err)
			}
			checkLayer(t, rep.L2)
			if tc.l1 {
				if rep.L1 == nil || rep.L1Cost == nil {
					t.Fatal("no L1 twin in the report")
				}
				checkLayer(t, *rep.L1)
				// A plain ETH transfer's receipt says 21,000 on any Ethereum.
				if rep.L1Cost.ETHGas != 21_000 {
					t.Errorf("L1 ETH transfer gas %v, want 21000 from its receipt", rep.L1Cost.ETHGas)
				}
				if rep.L1Cost.ERC20Gas <= 21_000 {
					t.Errorf("L1 token transfer gas %v", rep.L1Cost.ERC20Gas)
				}
				if rep.Ratios["includedPerSec"] <= 0 || rep.Ratios["l1GasPerTransfer"] <= 0 {
					t.Errorf("ratios missing: %v", rep.Ratios)
				}
				// Half load: open loop at half of --rate, soft confirmation only.
				h := rep.L2Half
				if h == nil || rep.HalfRate != 150 {
					t.Fatalf("half-load phase: %+v at %v/s", h, rep.HalfRate)
				}
				if h.Included <= 0 || h.Included > h.Accepted || h.Accepted > h.Sent || h.SoftConfirm.P50 <= 0 || h.SoftConfirm.P99 < h.SoftConfirm.P50 {
					t.Errorf("half-load figures: %+v", h)
				}
			} else if rep.L1 != nil || rep.L2Half != nil {
				t.Error("--no-l1 --half-load 0 ran the L1 twin or the half-load phase")
			}
			// Gas from the real batch receipts: at least the EIP-7623
			// floor and the standard calldata cost of the same bytes.
			bc := rep.Batches
			if bc.Batches == 0 || bc.L2Txs < int(rep.L2.Included) {
				t.Fatalf("batches %+v do not hold the %d included transfers", bc, rep.L2.Included)
			}
			if bc.GasUsed < bc.FloorGas || bc.GasUsed < bc.StandardGas || bc.CalldataBytes == 0 {
				t.Errorf("batch gas below what its calldata costs: %+v", bc)
			}
			if !rep.Node.Measured || rep.Node.PeakRSS == 0 || rep.Node.DiskAfter <= rep.Node.DiskBefore || rep.Node.DiskPer1M <= 0 {
				t.Errorf("node use not measured: %+v", rep.Node)
			}
			// Every target judged says what was measured; the list grows
			// as the project sets targets, so only its floor is fixed.
			if len(rep.Targets) < 5 {
				t.Errorf("targets: %+v", rep.Targets)
			}
			for _, tg := range rep.Targets {
				if tg.Name == "" || tg.Measured == "" {
					t.Errorf("target without a name or a measure: %+v", tg)
				}
			}
			svg, err := os.ReadFile(filepath.Join(dir, "r.svg"))
			if err != nil {
				t.Fatal(err)
			}
			d := xml.NewDecoder(strings.NewReader(string(svg)))
			polylines := 0
			for {
				tok, err := d.Token()
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatalf("chart is not well-formed XML: %v", err)
				}
				if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "polyline" {
					polylines++
				}
			}
			if polylines < 4 {
				t.Errorf("chart has %d lines", polylines)
			}
			md, err := os.ReadFile(doc)
			if err != nil {
				t.Fatal(err)
			}
			if s := string(md); strings.Contains(s, "old figures") || !strings.Contains(s, "| included tx/s |") || !strings.HasSuffix(s, "## Channels\n\nkept\n") {
				t.Errorf("document section not rewritten in place:\n%s", s)
			}
		})
	}
}

// TestBenchTwinOnGeth runs `viaduct bench` against a sequencer deployed on
// a fresh `geth --dev`, whose only funded accounts are geth's own dev
// account and the sequencer's: the bench pays its funders on L1 from
// geth's unlocked account, bridges ETH to them for the L2, and runs the
// L1 twin on geth.
func TestBenchTwinOnGeth(t *testing.T) {
	if l1Kind(t) != "geth" {
		t.Skip("needs geth: " + l1EnvVar + "=geth")
	}
	h := newHarness(t)
	geth := h.gethFunding(4)
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "rollup.json")
	h.mustRun("deploy", "--l1-rpc", geth.HTTP, "--dev-account", "4", "--out", cfgFile)
	port := freePort(t)
	seqURL := fmt.Sprintf("http://127.0.0.1:%d", port)
	seq := h.start("sequencer", "serving", "node", "--config", cfgFile, "--l1-rpc", geth.HTTP, "--dev-account", "4",
		"--datadir", filepath.Join(dir, "seq"), "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", port), "--block-time", "100ms")
	defer seq.stop()
	out, err := run("bench", "--l2-rpc", seqURL, "--l1-rpc", geth.HTTP, "--duration", "3s", "--accounts", "8", "--rate", "100",
		"--erc20", "0.25", "--half-load", "0", "--drain", "60s", "--finality", "5s", "--quiet", "--out", filepath.Join(dir, "r.json"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "r.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rep bench.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(rep.StackNote, "paid on L1 from the L1 node's unlocked account") || !strings.Contains(rep.StackNote, "deposited ETH through the Rollup") {
		t.Fatalf("stack note %q: the funders were not paid from geth's account and bridged", rep.StackNote)
	}
	if rep.L1 == nil || rep.L1Cost == nil || rep.L1.Included <= 0 || rep.L2.Included <= 0 {
		t.Fatalf("no L1 twin on geth, or nothing included:\n%s", out)
	}
	if rep.L1Cost.ETHGas != 21_000 || rep.L1Cost.ERC20Gas <= 21_000 {
		t.Errorf("L1 transfer gas from geth's receipts: ETH %v, ERC-20 %v", rep.L1Cost.ETHGas, rep.L1Cost.ERC20Gas)
	}
}

func checkLayer(t *testing.T, l bench.LayerResult) {
	t.Helper()
	if l.Included <= 0 || l.Included > l.Accepted || l.Accepted > l.Sent || l.Sent > int64(l.Planned) {
		t.Fatalf("%s counts: planned %d sent %d accepted %d included %d", l.Layer, l.Planned, l.Sent, l.Accepted, l.Included)
	}
	if l.IncludedPerSec <= 0 || l.AcceptedPerSec <= 0 {
		t.Errorf("%s rates: %v %v", l.Layer, l.AcceptedPerSec, l.IncludedPerSec)
	}
	for name, p := range map[string]bench.Percentiles{"soft": l.SoftConfirm, "safe": l.Safe, "finalized": l.Finalized} {
		if p.Count <= 0 || p.P50 <= 0 || p.P95 < p.P50 || p.P99 < p.P95 || p.Max < p.P99 {
			t.Errorf("%s %s latency: %+v", l.Layer, name, p)
		}
	}
	if l.Safe.P50 < l.SoftConfirm.P50 || l.Finalized.P50 < l.Safe.P50 {
		t.Errorf("%s: safe before soft confirmation or finalized before safe: %+v %+v %+v", l.Layer, l.SoftConfirm, l.Safe, l.Finalized)
	}
	var acc, inc int64
	for _, p := range l.Series {
		acc += int64(p.Accepted)
		inc += int64(p.Included)
	}
	if acc != l.Accepted || inc != l.Included {
		t.Errorf("%s series sum to %d accepted and %d included, totals say %d and %d", l.Layer, acc, inc, l.Accepted, l.Included)
	}
}
