package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/bench"
	"github.com/viaduct-l2/viaduct/internal/service"
)

func benchEnv(name string) []string { return []string{"VIADUCT_BENCH_" + name} }

var (
	benchAccounts    = &cli.IntFlag{Name: "accounts", Usage: "number of funded bench accounts (senders and recipients)", Value: 256, EnvVars: benchEnv("ACCOUNTS")}
	benchERC20       = &cli.Float64Flag{Name: "erc20", Usage: "share of ERC-20 transfers in the mix, 0 to 1 (the gas target is judged on ETH transfers alone: 0)", Value: 0, EnvVars: benchEnv("ERC20")}
	benchRate        = &cli.Float64Flag{Name: "rate", Usage: "open loop: transfers per second offered (0: closed loop at --concurrency)", Value: 5000, EnvVars: benchEnv("RATE")}
	benchConc        = &cli.IntFlag{Name: "concurrency", Usage: "requests in flight (closed loop), or workers sending on schedule (open loop)", Value: 32, EnvVars: benchEnv("CONCURRENCY")}
	benchBatch       = &cli.IntFlag{Name: "batch", Usage: "transfers per JSON-RPC request (1: single eth_sendRawTransaction calls; more: JSON-RPC batches)", Value: 20, EnvVars: benchEnv("BATCH")}
	benchWS          = &cli.BoolFlag{Name: "ws", Usage: "send over WebSocket instead of HTTP", EnvVars: benchEnv("WS")}
	benchDuration    = &cli.DurationFlag{Name: "duration", Usage: "load time per layer", Value: 60 * time.Second, EnvVars: benchEnv("DURATION")}
	benchTxs         = &cli.IntFlag{Name: "txs", Usage: "transfers planned per layer (0: rate × duration, or 8,000/s × duration in closed loop)", EnvVars: benchEnv("TXS")}
	benchDrain       = &cli.DurationFlag{Name: "drain", Usage: "longest wait for inclusion after the load", Value: time.Minute, EnvVars: benchEnv("DRAIN")}
	benchFinality    = &cli.DurationFlag{Name: "finality", Usage: "longest wait for safe and finalized after that", Value: 2 * time.Minute, EnvVars: benchEnv("FINALITY")}
	benchHalfLoad    = &cli.DurationFlag{Name: "half-load", Usage: "after the L2 run, this long again open loop at half the load, for the latency at half load (0: skip)", Value: 20 * time.Second, EnvVars: benchEnv("HALF_LOAD")}
	benchIdle        = &cli.IntFlag{Name: "idle", Usage: "before the load, this many transfers one at a time on the idle node, send → receipt (eth_sendRawTransactionSync if the node has it; 0: skip)", Value: 200, EnvVars: benchEnv("IDLE")}
	benchNoL1        = &cli.BoolFlag{Name: "no-l1", Usage: "skip the L1 twin run", EnvVars: benchEnv("NO_L1")}
	benchOut         = &cli.StringFlag{Name: "out", Usage: "JSON report file", Value: "bench-report.json", EnvVars: benchEnv("OUT")}
	benchSVG         = &cli.StringFlag{Name: "svg", Usage: "SVG chart of throughput and latency over time", Value: "bench.svg", EnvVars: benchEnv("SVG")}
	benchDoc         = &cli.StringFlag{Name: "doc", Usage: "rewrite the \"viaduct bench\" section of this Markdown file (e.g. docs/performance.md) from the run", EnvVars: benchEnv("DOC")}
	benchDataDir     = &cli.StringFlag{Name: "datadir", Usage: "where the child stack's database goes (a new directory inside it, removed at the end)", Value: os.TempDir(), EnvVars: benchEnv("DATADIR")}
	benchL1BlockTime = &cli.DurationFlag{Name: "l1-block-time", Usage: "the child stack's longest time between L1 blocks (finality is 32–64 L1 blocks)", Value: time.Second, EnvVars: benchEnv("L1_BLOCK_TIME")}
	benchNodePID     = &cli.IntFlag{Name: "node-pid", Usage: "with --l2-rpc: the node's process id, to measure its memory", EnvVars: benchEnv("NODE_PID")}
	benchNodeDataDir = &cli.StringFlag{Name: "node-datadir", Usage: "with --l2-rpc: the node's database directory, to measure its disk use", EnvVars: benchEnv("NODE_DATADIR")}
	benchSeed        = &cli.Uint64Flag{Name: "seed", Usage: "seed of the workload's recipients and mix", Value: 1, EnvVars: benchEnv("SEED")}
	benchFresh       = &cli.BoolFlag{Name: "fresh-recipients", Usage: "send each transfer to a new address, so the state grows by an account per transfer (give each run its own --seed)", EnvVars: benchEnv("FRESH_RECIPIENTS")}
	benchQuietFlag   = &cli.BoolFlag{Name: "quiet", Usage: "no progress bar", EnvVars: benchEnv("QUIET")}

	benchAbuse        = &cli.BoolFlag{Name: "abuse", Usage: "the load-and-abuse run: an honest load calm, then with every attacker running for --duration, then calm again (docs/bench.md)", EnvVars: benchEnv("ABUSE")}
	benchCalm         = &cli.DurationFlag{Name: "calm", Usage: "--abuse: length of each calm phase, before and after the abuse", Value: 20 * time.Second, EnvVars: benchEnv("CALM")}
	benchAbuseClients = &cli.IntFlag{Name: "abuse-clients", Usage: "--abuse: clients of each flooding attacker (proof and log floods, jam senders; the other attackers are sized from it)", Value: 8, EnvVars: benchEnv("ABUSE_CLIENTS")}
	benchAbuseConns   = &cli.IntFlag{Name: "abuse-conns", Usage: "--abuse: WebSocket connections held open during the abuse", Value: 2000, EnvVars: benchEnv("ABUSE_CONNS")}
)

// Defaults that --abuse changes when the flag is not given: an honest
// load a loaded 2-core machine carries beside the attackers, with token
// transfers for the log floods to find, and a report file of its own.
const (
	abuseDefaultRate  = 200
	abuseDefaultERC20 = 0.25
	abuseDefaultOut   = "bench-abuse-report.json"
)

var benchCommand = &cli.Command{
	Name:  "bench",
	Usage: "measure the L2 against its L1 on the same workload: throughput, confirmation times, L1 gas per transfer, node memory and disk",
	Description: `Funds --accounts accounts on both layers, then offers the same ETH and ERC-20 transfers
to the L2 through its public JSON-RPC and then directly to the L1, and prints a table of
the figures and their ratios L2/L1, with a JSON report (--out) and an SVG chart (--svg).
By default it starts its own 'viaduct dev' as a child process on free loopback ports;
--l2-rpc and --l1-rpc (or VIADUCT_L2_RPC and VIADUCT_L1_RPC) point it at a running stack
instead, both on loopback. How it
measures: docs/bench.md.`,
	Flags: []cli.Flag{l2RPCFlag, l1RPCFlag, benchAccounts, benchERC20, benchRate, benchConc, benchBatch, benchWS, benchDuration, benchTxs,
		benchDrain, benchFinality, benchHalfLoad, benchIdle, benchNoL1, benchOut, benchSVG, benchDoc, benchDataDir, benchL1BlockTime, benchNodePID, benchNodeDataDir, benchSeed, benchFresh, benchQuietFlag,
		benchAbuse, benchCalm, benchAbuseClients, benchAbuseConns, benchDA, benchStackLog},
	Action: func(c *cli.Context) error {
		exe, err := os.Executable()
		if err != nil {
			return fmt.Errorf("finding the viaduct binary: %w", err)
		}
		// The endpoints' defaults are the dev ones: only endpoints given
		// (flag or environment) mean a running stack.
		var l2URL, l1URL string
		if c.IsSet(l2RPCFlag.Name) {
			l2URL = c.String(l2RPCFlag.Name)
		}
		if c.IsSet(l1RPCFlag.Name) {
			l1URL = c.String(l1RPCFlag.Name)
		}
		cfg := bench.Config{
			L2URL: l2URL, L1URL: l1URL, Binary: exe,
			DataDir: c.String(benchDataDir.Name), L1BlockTime: c.Duration(benchL1BlockTime.Name),
			NodePID: c.Int(benchNodePID.Name), NodeDataDir: c.String(benchNodeDataDir.Name),
			Accounts: c.Int(benchAccounts.Name), ERC20: c.Float64(benchERC20.Name), Rate: c.Float64(benchRate.Name),
			Concurrency: c.Int(benchConc.Name), Batch: c.Int(benchBatch.Name), WebSocket: c.Bool(benchWS.Name),
			Duration: c.Duration(benchDuration.Name), MaxTxs: c.Int(benchTxs.Name), Drain: c.Duration(benchDrain.Name),
			Finality: c.Duration(benchFinality.Name), SkipL1: c.Bool(benchNoL1.Name), HalfLoad: c.Duration(benchHalfLoad.Name), Idle: c.Int(benchIdle.Name), Seed: c.Uint64(benchSeed.Name),
			FreshRecipients: c.Bool(benchFresh.Name),
		}
		modes, err := benchModes(c, l2URL != "")
		if err != nil {
			return err
		}
		if len(modes) == 1 {
			cfg.DA = modes[0]
		}
		cfg.StackLog = c.String(benchStackLog.Name)
		if c.Bool(benchAbuse.Name) {
			return runAbuse(c, cfg)
		}
		for _, f := range []string{benchCalm.Name, benchAbuseClients.Name, benchAbuseConns.Name} {
			if c.IsSet(f) {
				return fmt.Errorf("%w: --%s goes with --abuse", bench.ErrBadConfig, f)
			}
		}
		if err := cfg.Check(); err != nil {
			return err
		}
		var bar *progressBar
		if !c.Bool(benchQuietFlag.Name) {
			bar = newProgressBar(c.App.ErrWriter)
			cfg.Progress = bar.update
		}
		if len(modes) > 1 {
			return runDABench(c, cfg, modes, bar)
		}
		return service.Run(func(ctx context.Context) error {
			rep, err := bench.Run(ctx, cfg)
			if bar != nil {
				bar.done()
			}
			if err != nil {
				return err
			}
			if err := rep.WriteTable(c.App.Writer); err != nil {
				return err
			}
			if p := c.String(benchOut.Name); p != "" {
				if err := rep.WriteJSON(p); err != nil {
					return err
				}
				fmt.Fprintf(c.App.Writer, "report: %s\n", p)
			}
			if p := c.String(benchSVG.Name); p != "" {
				if err := os.WriteFile(p, rep.SVG(), 0o644); err != nil {
					return fmt.Errorf("writing the chart: %w", err)
				}
				fmt.Fprintf(c.App.Writer, "chart: %s\n", p)
			}
			if p := c.String(benchDoc.Name); p != "" {
				old, err := os.ReadFile(p)
				if err != nil && !os.IsNotExist(err) {
					return fmt.Errorf("--doc: %w", err)
				}
				doc := bench.ReplaceSection(string(old), "## viaduct bench", rep.Markdown(commandLine(c)))
				if err := os.WriteFile(p, []byte(doc), 0o644); err != nil {
					return fmt.Errorf("--doc: %w", err)
				}
				fmt.Fprintf(c.App.Writer, "updated the \"viaduct bench\" section of %s\n", p)
			}
			return nil
		})
	},
}

// commandLine is the command as it was run, for the document section.
func commandLine(c *cli.Context) string {
	if len(os.Args) > 1 {
		return "viaduct " + strings.Join(os.Args[1:], " ")
	}
	return "viaduct " + strings.Join(c.Args().Slice(), " ")
}

// runAbuse is `viaduct bench --abuse`.
func runAbuse(c *cli.Context, base bench.Config) error {
	for _, f := range []string{benchSVG.Name, benchHalfLoad.Name, benchTxs.Name, benchFinality.Name} {
		if c.IsSet(f) {
			return fmt.Errorf("%w: --%s does not apply to --abuse (no chart, no half load, no planned count, no finality wait)", bench.ErrBadConfig, f)
		}
	}
	if !c.IsSet(benchRate.Name) {
		base.Rate = abuseDefaultRate
	}
	if !c.IsSet(benchERC20.Name) {
		base.ERC20 = abuseDefaultERC20
	}
	out := c.String(benchOut.Name)
	if !c.IsSet(benchOut.Name) {
		out = abuseDefaultOut
	}
	cfg := bench.AbuseConfig{Config: base, Calm: c.Duration(benchCalm.Name), Clients: c.Int(benchAbuseClients.Name), Conns: c.Int(benchAbuseConns.Name)}
	cfg.SkipL1, cfg.HalfLoad = true, 0
	if err := cfg.Check(); err != nil {
		return err
	}
	var bar *progressBar
	if !c.Bool(benchQuietFlag.Name) {
		bar = newProgressBar(c.App.ErrWriter)
		cfg.Progress = bar.update
	}
	return service.Run(func(ctx context.Context) error {
		rep, err := bench.RunAbuse(ctx, cfg)
		if bar != nil {
			bar.done()
		}
		if err != nil {
			return err
		}
		if err := rep.WriteTable(c.App.Writer); err != nil {
			return err
		}
		if out != "" {
			if err := rep.WriteJSON(out); err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "report: %s\n", out)
		}
		if p := c.String(benchDoc.Name); p != "" {
			old, err := os.ReadFile(p)
			if err != nil && !os.IsNotExist(err) {
				return fmt.Errorf("--doc: %w", err)
			}
			doc := bench.ReplaceSection(string(old), bench.AbuseHeading, rep.Markdown(commandLine(c)))
			if err := os.WriteFile(p, []byte(doc), 0o644); err != nil {
				return fmt.Errorf("--doc: %w", err)
			}
			fmt.Fprintf(c.App.Writer, "updated the %q section of %s\n", strings.TrimPrefix(bench.AbuseHeading, "## "), p)
		}
		return nil
	})
}

// progressBar redraws one line on a terminal; elsewhere (a log file, CI)
// it prints a line every 5 seconds.
type progressBar struct {
	mu       sync.Mutex
	w        io.Writer
	terminal bool
	last     time.Time
	drawn    bool
	phase    string
}

func newProgressBar(w io.Writer) *progressBar {
	term := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			term = true
		}
	}
	return &progressBar{w: w, terminal: term}
}

func (b *progressBar) update(p bench.Progress) {
	b.mu.Lock()
	defer b.mu.Unlock()
	line := bench.ProgressLine(p)
	if b.terminal {
		fmt.Fprintf(b.w, "\r\033[K%s", line)
		b.drawn = true
		return
	}
	phase := p.Layer + " " + p.Phase
	if phase != b.phase || time.Since(b.last) >= 5*time.Second {
		fmt.Fprintln(b.w, line)
		b.last, b.phase = time.Now(), phase
	}
}

func (b *progressBar) done() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.terminal && b.drawn {
		fmt.Fprintln(b.w)
	}
}
