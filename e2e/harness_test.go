// Package e2e holds Viaduct's whole-system tests: they build the viaduct
// binary, start real processes on 127.0.0.1 (an L1, channel peers, a
// watchtower) and drive them through the command line and public RPC only.
// A failing test prints the logs of every process it started.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// binary is the viaduct binary built once for all tests, devchainBinary
// the bare development L1 some of them run (e2e/devchain).
var binary, devchainBinary string

func TestMain(m *testing.M) {
	flag.Parse()
	// Listing tests (make fuzz does, looking for fuzz targets) and -short
	// runs need no binary; the tests skip themselves without one.
	if f := flag.Lookup("test.list"); (f != nil && f.Value.String() != "") || testing.Short() {
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "viaduct-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary, devchainBinary = filepath.Join(dir, "viaduct"), filepath.Join(dir, "devchain")
	for out, pkg := range map[string]string{binary: "../cmd/viaduct", devchainBinary: "./devchain"} {
		build := exec.Command("go", "build", "-o", out, pkg)
		build.Stdout, build.Stderr = os.Stdout, os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "building", pkg+":", err)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// proc is one long-running viaduct process.
type proc struct {
	name string
	args []string
	cmd  *exec.Cmd
	out  *lockedBuffer
	done chan struct{}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// harness starts processes and, if the test fails, prints their logs.
type harness struct {
	t     testing.TB
	mu    sync.Mutex
	procs []*proc
}

func newHarness(t testing.TB) *harness {
	if binary == "" {
		t.Skip("whole-system test: needs the viaduct binary, not built in -short mode")
	}
	h := &harness{t: t}
	t.Cleanup(func() {
		for _, p := range h.procs {
			p.stop()
		}
		if t.Failed() {
			for _, p := range h.procs {
				t.Logf("----- %s (%s) -----\n%s", p.name, strings.Join(p.args, " "), p.out.String())
			}
		}
	})
	return h
}

// start launches `viaduct args...` and waits until its output contains ready.
func (h *harness) start(name, ready string, args ...string) *proc {
	h.t.Helper()
	return h.startProgram(name, binary, ready, args...)
}

// startProgram launches any program (geth, viaduct) and waits until its
// output contains ready.
func (h *harness) startProgram(name, program, ready string, args ...string) *proc {
	h.t.Helper()
	p := &proc{name: name, args: args, out: &lockedBuffer{}, done: make(chan struct{})}
	p.cmd = exec.Command(program, args...)
	p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
	if err := p.cmd.Start(); err != nil {
		h.t.Fatalf("starting %s: %v", name, err)
	}
	go func() { _ = p.cmd.Wait(); close(p.done) }()
	h.mu.Lock()
	h.procs = append(h.procs, p)
	h.mu.Unlock()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(p.out.String(), ready) {
		select {
		case <-p.done:
			h.t.Fatalf("%s exited before it was ready:\n%s", name, p.out.String())
		default:
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("%s not ready after a minute:\n%s", name, p.out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	return p
}

// kill ends the process with SIGKILL: no shutdown code runs.
func (p *proc) kill() {
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

// stop ends the process gracefully (SIGTERM), killing it after 10s.
func (p *proc) stop() {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		p.kill()
	}
}

// run runs a short viaduct command and returns its stdout; stderr is
// returned in the error when it fails.
func run(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return out.String(), fmt.Errorf("viaduct %s: %w\n%s", strings.Join(args, " "), err, errb.String())
	}
	return out.String(), nil
}

// runAll runs a short viaduct command and returns its stdout and stderr.
func runAll(args ...string) (string, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if err != nil {
		err = fmt.Errorf("viaduct %s: %w\n%s", strings.Join(args, " "), err, errb.String())
	}
	return out.String(), errb.String(), err
}

func (h *harness) mustRun(args ...string) string {
	h.t.Helper()
	out, err := run(args...)
	if err != nil {
		h.t.Fatal(err)
	}
	return out
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// devchain is a running bare development L1 (e2e/devchain) with the
// Channels contract deployed.
type devchain struct {
	L1       string         `json:"l1"`
	Contract common.Address `json:"contract"`
}

func (h *harness) devchain() devchain {
	h.t.Helper()
	p := h.startProgram("l1", devchainBinary, `"contract"`, "--port", fmt.Sprint(freePort(h.t)), "--min-challenge-period", "2")
	sc := bufio.NewScanner(strings.NewReader(p.out.String()))
	for sc.Scan() {
		var d devchain
		if json.Unmarshal(sc.Bytes(), &d) == nil && d.L1 != "" {
			return d
		}
	}
	h.t.Fatalf("devchain printed no address:\n%s", p.out.String())
	return devchain{}
}

// party is one channel peer process and its data directory.
type party struct {
	name    string
	datadir string
	url     string
	args    []string
	p       *proc
}

func (h *harness) party(name string, dev int, l1 devchain, extra ...string) *party {
	h.t.Helper()
	port := freePort(h.t)
	pt := &party{name: name, datadir: filepath.Join(h.t.TempDir(), name), url: fmt.Sprintf("ws://127.0.0.1:%d", port)}
	pt.args = append([]string{"channel", "serve", "--datadir", pt.datadir, "--dev-account", fmt.Sprint(dev),
		"--l1", l1.L1, "--contract", l1.Contract.Hex(), "--listen", fmt.Sprintf("127.0.0.1:%d", port), "--log-level", "warn"}, extra...)
	pt.p = h.start(name, "serving", pt.args...)
	return pt
}

// restart starts the party again on the same data directory and port.
func (h *harness) restart(pt *party) {
	h.t.Helper()
	pt.p = h.start(pt.name+" (restarted)", "serving", pt.args...)
}

// ctl runs a control command against the party's peer.
func (pt *party) ctl(args ...string) (string, error) {
	full := append([]string{"channel", args[0], "--datadir", pt.datadir}, args[1:]...)
	return run(full...)
}

func (h *harness) ctl(pt *party, args ...string) string {
	h.t.Helper()
	out, err := pt.ctl(args...)
	if err != nil {
		h.t.Fatal(err)
	}
	return out
}

// status is the subset of `channel status --json` the tests read.
type status struct {
	Info struct {
		PartyA, PartyB common.Address
		Status         string
	} `json:"info"`
	Latest struct {
		Nonce    uint64 `json:"nonce"`
		BalanceA string `json:"balanceA"`
		BalanceB string `json:"balanceB"`
	} `json:"latest"`
	L1Status   uint8  `json:"l1Status"`
	L1Nonce    uint64 `json:"l1Nonce"`
	L1ClosesAt uint64 `json:"l1ClosesAt"`
}

func (h *harness) status(pt *party, id string) status {
	h.t.Helper()
	var st status
	if err := json.Unmarshal([]byte(h.ctl(pt, "status", "--channel", id, "--json")), &st); err != nil {
		h.t.Fatalf("decoding status of %s: %v", pt.name, err)
	}
	return st
}

// payReport is `channel pay --json`.
type payReport struct {
	Requested, Paid, Failed, InDoubt int
	FirstError                       string
	PerSecond                        float64
	P50Micros, P99Micros             int64
}

// pay runs `channel pay` and returns its report, even when some payments
// failed (the command then exits non-zero).
func (h *harness) pay(pt *party, id, amount string, count, conc int) (payReport, error) {
	h.t.Helper()
	out, err := pt.ctl("pay", "--channel", id, "--amount", amount, "--count", fmt.Sprint(count), "--concurrency", fmt.Sprint(conc), "--json")
	var rep payReport
	if jerr := json.Unmarshal([]byte(out), &rep); jerr != nil {
		if err == nil {
			err = jerr
		}
		return rep, err
	}
	return rep, err
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t testing.TB, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// l1Balance reads an address's ETH balance from the dev chain.
func l1Balance(t testing.TB, l1 devchain, addr common.Address) *big.Int {
	t.Helper()
	c, err := rpc.Dial(l1.L1)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var hex string
	if err := c.Call(&hex, "eth_getBalance", addr, "latest"); err != nil {
		t.Fatal(err)
	}
	v, err := hexutil.DecodeBig(hex)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// dec parses a decimal amount from JSON.
func dec(t testing.TB, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("not a decimal amount: %q", s)
	}
	return v
}
