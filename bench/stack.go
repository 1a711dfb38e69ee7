package bench

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// ErrNotLoopback is returned for an endpoint that is not on this machine:
// the bench floods what it is pointed at, so it only talks to 127.0.0.1.
var ErrNotLoopback = errors.New("bench: endpoint is not on the loopback interface")

// CheckLoopback refuses a URL whose host is not 127.0.0.1, ::1 or localhost.
func CheckLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("bench: endpoint %q: %w", raw, err)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("bench: endpoint %q: scheme must be http or ws", raw)
	}
	h := u.Hostname()
	if h == "localhost" {
		return nil
	}
	if ip := net.ParseIP(h); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("%w: %q", ErrNotLoopback, raw)
}

// wsURL turns an http(s) endpoint into the WebSocket one on the same port
// (the L2 RPC and the embedded L1 serve both on one port).
func wsURL(raw string) string {
	switch {
	case strings.HasPrefix(raw, "http://"):
		return "ws://" + strings.TrimPrefix(raw, "http://")
	case strings.HasPrefix(raw, "https://"):
		return "wss://" + strings.TrimPrefix(raw, "https://")
	}
	return raw
}

func httpURL(raw string) string {
	switch {
	case strings.HasPrefix(raw, "ws://"):
		return "http://" + strings.TrimPrefix(raw, "ws://")
	case strings.HasPrefix(raw, "wss://"):
		return "https://" + strings.TrimPrefix(raw, "wss://")
	}
	return raw
}

// devStack is a `viaduct dev` started as a child process, so that its
// memory and disk are the node's own and not the load generator's.
type devStack struct {
	cmd     *exec.Cmd
	dir     string
	l1URL   string
	l2URL   string
	logs    *tailBuffer
	exited  chan struct{}
	waitErr error
	logFile *os.File // --stack-log, or nil
}

// startDev runs `binary dev` on free loopback ports with its database in a
// new directory under parent (and `--da da` unless da is empty), and waits
// until it prints that it is ready. With logFile, the stack's output (its
// warnings and errors) is also appended there.
func startDev(ctx context.Context, binary, parent string, l1BlockTime time.Duration, da, logFile string) (*devStack, error) {
	dir, err := os.MkdirTemp(parent, "viaduct-bench-")
	if err != nil {
		return nil, fmt.Errorf("bench: data directory: %w", err)
	}
	l1Port, err := freePort()
	if err != nil {
		return nil, err
	}
	l2Port, err := freePort()
	if err != nil {
		return nil, err
	}
	args := []string{"dev", "--datadir", dir, "--l1-port", strconv.Itoa(l1Port), "--port", strconv.Itoa(l2Port),
		"--verifier-port", "0", "--fund", "4", "--log-level", "warn", "--l1-block-time", l1BlockTime.String()}
	if da != "" {
		args = append(args, "--da", da)
	}
	cmd := exec.Command(binary, args...)
	dieWithParent(cmd)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("bench: viaduct dev: %w", err)
	}
	s := &devStack{cmd: cmd, dir: dir, logs: &tailBuffer{max: 64 << 10}, exited: make(chan struct{}),
		l1URL: fmt.Sprintf("http://127.0.0.1:%d", l1Port), l2URL: fmt.Sprintf("http://127.0.0.1:%d", l2Port)}
	cmd.Stderr = s.logs
	if logFile != "" {
		f, err := os.OpenFile(logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			return nil, fmt.Errorf("bench: --stack-log: %w", err)
		}
		s.logFile = f
		cmd.Stderr = io.MultiWriter(s.logs, f)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("bench: starting %s dev: %w", binary, err)
	}
	go func() { s.waitErr = cmd.Wait(); close(s.exited) }()
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		signalled := false
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(cmd.Stderr, line)
			if !signalled && strings.Contains(line, "viaduct dev is ready") {
				signalled = true
				close(ready)
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
	}()
	select {
	case <-ready:
		return s, nil
	case <-s.exited:
		return nil, fmt.Errorf("bench: viaduct dev exited before it was ready (%v); its output:\n%s", s.waitErr, s.logs)
	case <-ctx.Done():
		s.stop()
		return nil, fmt.Errorf("bench: waiting for viaduct dev: %w", ctx.Err())
	case <-time.After(3 * time.Minute):
		s.stop()
		return nil, fmt.Errorf("bench: viaduct dev not ready within 3 minutes; its output:\n%s", s.logs)
	}
}

func (s *devStack) pid() int { return s.cmd.Process.Pid }

// l2Dir is where the sequencer's Pebble database lives (cmd/viaduct/dev.go).
func (s *devStack) l2Dir() string { return filepath.Join(s.dir, "l2") }

// stop interrupts the stack (one SIGINT: a graceful stop), kills it if it
// has not exited within 30 s, and removes its directory.
func (s *devStack) stop() error {
	_ = s.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-s.exited:
	case <-time.After(30 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
	if s.logFile != nil {
		s.logFile.Close()
	}
	return os.RemoveAll(s.dir)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("bench: finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// tailBuffer keeps the last max bytes written to it: the child's logs, for
// the error message when it fails.
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
	max int
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if len(t.buf) > t.max {
		t.buf = append([]byte(nil), t.buf[len(t.buf)-t.max:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.buf)
}

// ProcMemory is what /proc/PID/status says of a process's memory.
type ProcMemory struct {
	RSS  uint64 // VmRSS, bytes
	Peak uint64 // VmHWM: the peak resident set, bytes
}

// ErrNoMemoryFields is returned for a status file without VmRSS and VmHWM.
var ErrNoMemoryFields = errors.New("bench: no VmRSS/VmHWM in the process status")

// ParseProcStatus reads VmRSS and VmHWM (in kB) from the text of
// /proc/PID/status.
func ParseProcStatus(text string) (ProcMemory, error) {
	var m ProcMemory
	found := 0
	for _, line := range strings.Split(text, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || (k != "VmRSS" && k != "VmHWM") {
			continue
		}
		f := strings.Fields(v)
		if len(f) != 2 || f[1] != "kB" {
			return ProcMemory{}, fmt.Errorf("bench: process status %s: unexpected %q", k, v)
		}
		n, err := strconv.ParseUint(f[0], 10, 64)
		if err != nil || n > 1<<44 {
			return ProcMemory{}, fmt.Errorf("bench: process status %s: %q is not a size in kB", k, f[0])
		}
		if k == "VmRSS" {
			m.RSS = n << 10
		} else {
			m.Peak = n << 10
		}
		found++
	}
	if found == 0 {
		return ProcMemory{}, ErrNoMemoryFields
	}
	return m, nil
}

func readProcMemory(pid int) (ProcMemory, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return ProcMemory{}, fmt.Errorf("bench: memory of process %d: %w", pid, err)
	}
	return ParseProcStatus(string(b))
}

// dirSize is the bytes of the regular files under dir.
func dirSize(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil // Pebble deletes obsolete files while we walk
			}
			return err
		}
		if d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				total += info.Size()
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("bench: size of %s: %w", dir, err)
	}
	return total, nil
}

// ParseProcStat returns utime+stime, in clock ticks, from the text of
// /proc/PID/stat (fields 14 and 15; the command name in field 2 may hold
// spaces and parentheses, so fields are counted after its last ')').
func ParseProcStat(text string) (uint64, error) {
	i := strings.LastIndexByte(text, ')')
	if i < 0 {
		return 0, fmt.Errorf("bench: process stat: no command name")
	}
	f := strings.Fields(text[i+1:])
	if len(f) < 13 {
		return 0, fmt.Errorf("bench: process stat: %d fields after the name", len(f))
	}
	var total uint64
	for _, s := range f[11:13] {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil || n > 1<<50 {
			return 0, fmt.Errorf("bench: process stat: CPU time %q", s)
		}
		total += n
	}
	return total, nil
}

// clockTicks is USER_HZ, 100 on every Linux the bench targets.
const clockTicks = 100

// procCPU is the CPU seconds a process has used (0 if unknown).
func procCPU(pid int) float64 {
	if pid == 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	t, err := ParseProcStat(string(b))
	if err != nil {
		return 0
	}
	return float64(t) / clockTicks
}
