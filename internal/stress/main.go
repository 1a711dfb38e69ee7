// Command stress runs test packages many times while other processes keep
// every core of the machine busy, and reports each test's failures out of
// its runs. A test that fails only under load is a bug (in the code or in
// the test) that CI would one day show as a red run; this finds it on
// purpose. `make stress` runs it; see docs/testing.md.
//
//	go run ./internal/stress -runs 20 ./node ./batcher
//	go run ./internal/stress -runs 20 -env VIADUCT_E2E_L1=embedded ./node ./e2e:5
//
// A package written PKG:N runs N times instead of -runs.
// Each package is compiled once (go test -c) and its test binary run in
// its own directory, as go test does, through go tool test2json, so that
// every top-level test and subtest is counted. The output of a run in which
// a test failed is kept under -logs for reading afterwards. CPU burners are
// copies of this command started with -burn: separate processes with their
// own scheduler and garbage collector, as a second job on a CI machine is.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/viaduct-l2/viaduct/internal/service"
)

func main() {
	var (
		runs     = flag.Int("runs", 20, "runs of each package")
		burners  = flag.Int("burn", -1, "CPU-burning processes during the runs (-1: one per core; 0: none)")
		run      = flag.String("run", "", "only tests matching this regexp (go test -run)")
		timeout  = flag.Duration("timeout", 20*time.Minute, "limit of one package run (go test -timeout)")
		logs     = flag.String("logs", "", "directory for the output of failed runs (default: a new temporary one)")
		envs     multiFlag
		burnSelf = flag.Bool("burn-self", false, "be a CPU burner (used by the command itself)")
	)
	flag.Var(&envs, "env", "NAME=VALUE set for the test binaries (repeatable)")
	flag.Parse()
	if *burnSelf {
		burn()
		return
	}
	pkgs := flag.Args()
	if len(pkgs) == 0 || *runs < 1 {
		fmt.Fprintln(os.Stderr, "usage: stress [-runs N] [-burn N] [-run REGEXP] [-env NAME=VALUE] PACKAGE...")
		os.Exit(2)
	}
	if err := stress(pkgs, *runs, *burners, *run, *timeout, *logs, envs); err != nil {
		fmt.Fprintln(os.Stderr, "stress:", err)
		os.Exit(1)
	}
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// burn keeps one core busy per GOMAXPROCS until killed.
func burn() {
	for range runtime.GOMAXPROCS(0) - 1 {
		go spin()
	}
	spin()
}

func spin() {
	x := uint64(1)
	for {
		x = x*6364136223846793005 + 1442695040888963407
		if x == 0 {
			fmt.Println(x)
		}
	}
}

// counts are one test's results.
type counts struct{ runs, fails int }

var errFailures = errors.New("some tests failed")

func stress(pkgs []string, runs, burners int, run string, timeout time.Duration, logs string, envs []string) error {
	return service.Run(func(ctx context.Context) error {
		return stressRuns(ctx, pkgs, runs, burners, run, timeout, logs, envs)
	})
}

// stressRuns is stress until ctx ends (the first interrupt).
func stressRuns(ctx context.Context, pkgs []string, runs, burners int, run string, timeout time.Duration, logs string, envs []string) error {
	bin, err := os.MkdirTemp("", "viaduct-stress-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(bin)
	if logs == "" {
		if logs, err = os.MkdirTemp("", "viaduct-stress-logs-"); err != nil {
			return err
		}
	} else if err := os.MkdirAll(logs, 0o755); err != nil {
		return err
	}

	type target struct {
		pkg, dir, binary string
		runs             int
	}
	var targets []target
	most := 0
	for _, arg := range pkgs {
		pkg, n := arg, runs
		if i := strings.LastIndex(arg, ":"); i > 0 {
			if _, err := fmt.Sscanf(arg[i+1:], "%d", &n); err != nil || n < 1 {
				return fmt.Errorf("%q: want PACKAGE:RUNS with RUNS at least 1", arg)
			}
			pkg = arg[:i]
		}
		most = max(most, n)
		dir, err := goList(pkg)
		if err != nil {
			return err
		}
		b := filepath.Join(bin, strings.ReplaceAll(strings.Trim(pkg, "./"), "/", "_")+".test")
		fmt.Printf("compiling %s\n", pkg)
		c := exec.CommandContext(ctx, "go", "test", "-c", "-o", b, pkg)
		c.Stdout, c.Stderr = os.Stdout, os.Stderr
		if err := c.Run(); err != nil {
			return fmt.Errorf("compile %s: %w", pkg, err)
		}
		targets = append(targets, target{pkg, dir, b, n})
	}

	if burners < 0 {
		burners = runtime.NumCPU()
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	var procs []*exec.Cmd
	for range burners {
		c := exec.Command(self, "-burn-self")
		c.Env = append(os.Environ(), "GOMAXPROCS=1")
		// A burner outlives nothing: killed with this process, however
		// it ends.
		c.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
		if err := c.Start(); err != nil {
			return fmt.Errorf("start a CPU burner: %w", err)
		}
		procs = append(procs, c)
	}
	defer func() {
		for _, c := range procs {
			c.Process.Kill()
			c.Wait()
		}
	}()
	fmt.Printf("%d CPU burners on %d cores; %d packages; failed runs' output in %s\n", burners, runtime.NumCPU(), len(targets), logs)

	results := map[string]*counts{} // "pkg TestName[/sub]"
	pkgFails := map[string]int{}
	start := time.Now()
	for i := 1; i <= most; i++ {
		for _, tg := range targets {
			if i > tg.runs {
				continue
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			t0 := time.Now()
			out, tests, ok, err := runOnce(ctx, tg.binary, tg.dir, run, timeout, envs)
			if err != nil {
				return fmt.Errorf("run %s: %w", tg.pkg, err)
			}
			nfail := 0
			for name, passed := range tests {
				c := results[tg.pkg+" "+name]
				if c == nil {
					c = &counts{}
					results[tg.pkg+" "+name] = c
				}
				c.runs++
				if !passed {
					c.fails++
					nfail++
				}
			}
			status := "ok"
			if !ok {
				pkgFails[tg.pkg]++
				status = "FAIL"
				name := filepath.Join(logs, fmt.Sprintf("%s.run%02d.log", filepath.Base(tg.binary), i))
				if err := os.WriteFile(name, out, 0o644); err != nil {
					return err
				}
				status += fmt.Sprintf(" (%d failed tests; output in %s)", nfail, name)
			}
			fmt.Printf("run %d/%d %-12s %6.1fs %s\n", i, tg.runs, tg.pkg, time.Since(t0).Seconds(), status)
		}
	}

	fmt.Printf("\n%s in %s, %d CPU burners on %d cores\n", strings.Join(pkgs, " "), time.Since(start).Round(time.Second), burners, runtime.NumCPU())
	var names []string
	total, failed := 0, 0
	for name, c := range results {
		total++
		if c.fails > 0 {
			failed++
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, tg := range targets {
		fmt.Printf("  %-12s %d of %d runs failed\n", tg.pkg, pkgFails[tg.pkg], tg.runs)
	}
	fmt.Printf("%d tests and subtests, %d failed at least once\n", total, failed)
	for _, n := range names {
		c := results[n]
		fmt.Printf("  FAIL %s: %d of %d runs\n", n, c.fails, c.runs)
	}
	if failed > 0 || len(pkgFails) > 0 {
		return errFailures
	}
	os.Remove(logs) // only if empty: it holds nothing then
	return nil
}

// runOnce runs a test binary once in dir through test2json and returns its
// output, each test's result (true: passed; skipped tests are left out),
// and whether the binary exited cleanly.
func runOnce(ctx context.Context, binary, dir, run string, timeout time.Duration, envs []string) ([]byte, map[string]bool, bool, error) {
	args := []string{"tool", "test2json", "-t", binary, "-test.v=test2json", "-test.count=1", "-test.timeout=" + timeout.String()}
	if run != "" {
		args = append(args, "-test.run="+run)
	}
	c := exec.CommandContext(ctx, "go", args...)
	c.Dir = dir
	c.Env = append(os.Environ(), envs...)
	stdout, err := c.StdoutPipe()
	if err != nil {
		return nil, nil, false, err
	}
	var raw strings.Builder
	c.Stderr = &raw
	if err := c.Start(); err != nil {
		return nil, nil, false, err
	}
	tests := map[string]bool{}
	var text strings.Builder
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var ev struct {
			Action string
			Test   string
			Output string
		}
		if json.Unmarshal(sc.Bytes(), &ev) != nil {
			text.WriteString(sc.Text() + "\n")
			continue
		}
		text.WriteString(ev.Output)
		if ev.Test == "" {
			continue
		}
		switch ev.Action {
		case "pass":
			tests[ev.Test] = true
		case "fail":
			tests[ev.Test] = false
		}
	}
	if err := sc.Err(); err != nil && err != io.EOF {
		return nil, nil, false, err
	}
	werr := c.Wait()
	if ctx.Err() != nil {
		return nil, nil, false, ctx.Err()
	}
	text.WriteString(raw.String())
	return []byte(text.String()), tests, werr == nil, nil
}

// goList returns the directory of a package.
func goList(pkg string) (string, error) {
	out, err := exec.Command("go", "list", "-f", "{{.Dir}}", pkg).Output()
	if err != nil {
		return "", fmt.Errorf("go list %s: %w", pkg, err)
	}
	return strings.TrimSpace(string(out)), nil
}
