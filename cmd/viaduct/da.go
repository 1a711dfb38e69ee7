package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/bench"
	"github.com/viaduct-l2/viaduct/internal/service"
)

// daFlag is --da, how a node's batcher carries the blocks' tx data to L1.
func daFlag(env []string, value batcher.DA) *cli.StringFlag {
	return &cli.StringFlag{
		Name: "da", Value: string(value), EnvVars: env,
		Usage: "how the batcher posts blocks to L1: calldata, blobs (EIP-4844 blob transactions; calldata while the L1 takes none) or auto (each batch whichever costs less per byte at the L1's base fee and blob base fee)",
	}
}

// devDAFlag is viaduct dev's --da: blobs, which the embedded L1 takes and
// serves to the verifier through its beacon API.
var devDAFlag = daFlag(devEnv("DA"), batcher.DABlobs)

// benchDA is viaduct bench's --da: the modes to measure side by side.
var benchDA = &cli.StringSliceFlag{
	Name: "da", Value: cli.NewStringSlice(string(batcher.DACalldata), string(batcher.DABlobs)), EnvVars: benchEnv("DA"),
	Usage: "data availability modes to measure, each on a 'viaduct dev --da MODE' of its own, side by side (calldata, blobs, auto; comma-separated); one mode: a single run. Ignored against a running stack (--l2-rpc) unless given",
}

// benchStackLog is viaduct bench's --stack-log.
var benchStackLog = &cli.StringFlag{Name: "stack-log", Usage: "append the output (warnings and errors) of each 'viaduct dev' the bench starts to this file", EnvVars: benchEnv("STACK_LOG")}

// benchModes returns the --da modes of a bench run, each checked; against
// a running stack, none unless the flag was given (its mode is its own).
func benchModes(c *cli.Context, running bool) ([]string, error) {
	if running && !c.IsSet(benchDA.Name) {
		return nil, nil
	}
	modes := c.StringSlice(benchDA.Name)
	for _, m := range modes {
		if _, err := batcher.ParseDA(m); err != nil {
			return nil, fmt.Errorf("%w: --da: %w", bench.ErrBadConfig, err)
		}
	}
	if running && len(modes) > 0 {
		return nil, fmt.Errorf("%w: --da chooses the mode of the stacks the bench starts; a running stack (--l2-rpc) posts as it was started", bench.ErrBadConfig)
	}
	return modes, nil
}

// runDABench runs the bench once per mode and reports them side by side:
// each mode's table, then the comparison; --out, --svg and --doc get the
// comparison (its JSON holds every run).
func runDABench(c *cli.Context, cfg bench.Config, modes []string, bar *progressBar) error {
	return service.Run(func(ctx context.Context) error {
		rep, err := bench.RunDA(ctx, cfg, modes)
		if bar != nil {
			bar.done()
		}
		if err != nil {
			return err
		}
		w := c.App.Writer
		for _, r := range rep.Runs {
			fmt.Fprintf(w, "\n--da %s:\n", r.DA)
			if err := r.WriteTable(w); err != nil {
				return err
			}
		}
		fmt.Fprintln(w)
		if err := rep.WriteTable(w); err != nil {
			return err
		}
		if p := c.String(benchOut.Name); p != "" {
			if err := rep.WriteJSON(p); err != nil {
				return err
			}
			fmt.Fprintf(w, "report: %s\n", p)
		}
		svg := c.String(benchSVG.Name)
		if svg != "" {
			if err := os.WriteFile(svg, rep.SVG(), 0o644); err != nil {
				return fmt.Errorf("writing the chart: %w", err)
			}
			fmt.Fprintf(w, "chart: %s\n", svg)
		}
		if p := c.String(benchDoc.Name); p != "" {
			old, err := os.ReadFile(p)
			if err != nil && !os.IsNotExist(err) {
				return fmt.Errorf("--doc: %w", err)
			}
			rel := svg
			if svg != "" {
				if r, err := filepath.Rel(filepath.Dir(p), svg); err == nil {
					rel = r
				}
			}
			doc := bench.ReplaceSection(string(old), bench.DASection, rep.Markdown(commandLine(c), rel))
			if err := os.WriteFile(p, []byte(doc), 0o644); err != nil {
				return fmt.Errorf("--doc: %w", err)
			}
			fmt.Fprintf(w, "updated the %q section of %s\n", strings.TrimPrefix(bench.DASection, "## "), p)
		}
		return nil
	})
}
