package api

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/viaduct-l2/viaduct/core"
)

// TestNextSlotGoesToTheClientBelowItsShare is the share rule: a freed slot
// goes to the waiting client that runs the fewest expensive calls, then to
// the one that used the slots least lately, then to the first come; never
// to a call of a class whose slots are all taken.
func TestNextSlotGoesToTheClientBelowItsShare(t *testing.T) {
	type w struct {
		cl    class
		held  int
		usage float64
	}
	full := [numClasses]int{1, 1, 1}
	for _, tc := range []struct {
		name    string
		waiting []w // in arrival order
		running [numClasses]int
		want    int
	}{
		{"none waiting", nil, [numClasses]int{}, -1},
		{"one waiting", []w{{classLogs, 0, 3}}, [numClasses]int{}, 0},
		{"a flooder running a call waits behind one running none",
			[]w{{classProofs, 1, 0}, {classProofs, 1, 0}, {classProofs, 0, 9}}, [numClasses]int{}, 2},
		{"among clients running none, the one that used the slots least",
			[]w{{classProofs, 0, 2.5}, {classProofs, 0, 2.4}, {classProofs, 0, 0.01}, {classProofs, 0, 3}}, [numClasses]int{}, 2},
		{"fewer calls running outweighs less use",
			[]w{{classProofs, 2, 0}, {classProofs, 1, 50}}, [numClasses]int{}, 1},
		{"equal clients: the first come", []w{{classLogs, 0, 1}, {classLogs, 0, 1}}, [numClasses]int{}, 0},
		{"a class with its slots taken waits, another goes",
			[]w{{classLogs, 0, 0}, {classBlocks, 3, 9}}, [numClasses]int{classLogs: 1}, 1},
		{"every class taken", []w{{classLogs, 0, 0}, {classBlocks, 0, 0}, {classProofs, 0, 0}}, full, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ws []*waiter
			for i, x := range tc.waiting {
				ws = append(ws, &waiter{cl: x.cl, seq: uint64(i), r: rank{held: x.held, usage: x.usage, seq: uint64(i)}})
			}
			if got := next(ws, tc.running, 1); got != tc.want {
				t.Fatalf("next = %d, want %d", got, tc.want)
			}
		})
	}
}

// TestFirstInLineIgnoresTheClasses: the first in line, whose wait is
// extended once past SlotWait, is ranked over every waiter, whatever its
// class.
func TestFirstInLineIgnoresTheClasses(t *testing.T) {
	for _, tc := range []struct {
		ranks []rank
		want  int
	}{
		{nil, -1},
		{[]rank{{1, 0, 0}, {0, 5, 1}}, 1},
		{[]rank{{0, 5, 0}, {0, 4, 1}, {0, 4, 2}}, 1},
		{[]rank{{0, 1, 3}, {0, 1, 2}}, 1},
	} {
		var ws []*waiter
		for i, r := range tc.ranks {
			ws = append(ws, &waiter{cl: class(i % int(numClasses)), r: r})
		}
		if got := first(ws); got != tc.want {
			t.Errorf("first(%v) = %d, want %d", tc.ranks, got, tc.want)
		}
	}
}

// TestNewConnectionsAreOneClientForTheirFirstCall: a connection the
// scheduler has not seen starts with the use that new connections' first
// calls made lately, and its first call (answered or refused) adds to it,
// its later calls not; so reconnecting for each call gains a flooder
// nothing. Use halves every usageHalfLife; idle clients are forgotten.
func TestNewConnectionsAreOneClientForTheirFirstCall(t *testing.T) {
	s := newScheduler(Costs{Slots: 1, TotalSlots: 1, SlotWait: 500 * time.Millisecond})
	// Now: a refusal is charged as of the time it happens. The steps take
	// microseconds, a millionth of a half-life.
	now := time.Now()
	for i, step := range []struct {
		key      string
		starts   float64 // its use when it is new
		ran      time.Duration
		refused  bool
		freshEnd float64 // the new connections' use after the call
	}{
		{"http 127.0.0.1:1", 0, 300 * time.Millisecond, false, 0.3},
		{"http 127.0.0.1:1", -1, 200 * time.Millisecond, false, 0.3}, // not its first call
		{"http 127.0.0.1:2", 0.3, 0, true, 0.8},                      // refused: SlotWait
		{"http 127.0.0.1:3", 0.8, 100 * time.Millisecond, false, 0.9},
		{"http 127.0.0.1:2", -1, 0, true, 0.9},
	} {
		_, known := s.clients[step.key]
		c := s.client(step.key, now)
		if !known && (c.usage < step.starts-1e-4 || c.usage > step.starts+1e-4) {
			t.Fatalf("step %d: %s starts with %v, want %v", i, step.key, c.usage, step.starts)
		}
		if known != (step.starts < 0) {
			t.Fatalf("step %d: %s known %v", i, step.key, known)
		}
		if step.refused {
			w := &waiter{c: c, ready: make(chan error, 1)}
			s.waiting = append(s.waiting, w)
			c.waiting++
			s.refuse(w)
		} else {
			s.charge(c, step.ran, now)
			c.young = false
		}
		if got := s.fresh.use(now); got < step.freshEnd-1e-4 || got > step.freshEnd+1e-4 {
			t.Fatalf("step %d: new connections' use %v, want %v", i, got, step.freshEnd)
		}
	}
	if got := s.clients["http 127.0.0.1:1"].usage; got < 0.5-1e-4 || got > 0.5+1e-4 {
		t.Fatalf("a connection's own use after two calls: %v, want 0.5", got)
	}
	later := now.Add(usageHalfLife)
	if got := s.fresh.use(later); got < 0.45-1e-4 || got > 0.45+1e-4 {
		t.Fatalf("use after a half-life: %v, want 0.45", got)
	}
	s.sweep(later.Add(clientIdle + time.Second))
	if len(s.clients) != 0 {
		t.Fatalf("after the idle time: %d clients kept", len(s.clients))
	}
}

// TestRefusedCallCountsAsUse: a call refused after its wait counts as
// SlotWait of use for its client, so that a client that keeps asking
// beyond its share goes behind one that asks now and then, even when
// neither got a slot lately.
func TestRefusedCallCountsAsUse(t *testing.T) {
	s := newScheduler(Costs{Slots: 1, TotalSlots: 1, SlotWait: 10 * time.Millisecond})
	ctx := context.Background()
	done, err := s.acquire(ctx, "", classLogs)
	if err != nil {
		t.Fatal(err)
	}
	defer done()
	start := time.Now()
	if _, err := s.acquire(ctx, "http 127.0.0.1:2", classLogs); !errors.Is(err, ErrLimitExceeded) {
		t.Fatalf("a call with the slot held: %v", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	got := s.clients["http 127.0.0.1:2"].use(time.Now())
	// 10 ms, halved for the time since the wait began at most.
	if want := decay(0.01, time.Since(start)); got < want || got > 0.01 {
		t.Fatalf("use after a refusal: %v, want 0.01 decayed (%v)", got, want)
	}
}

// TestCallsBeyondTheBudgetCountAsUse: each call of a batch refused for
// the request's budget counts as SlotWait of use for the connection that
// sent it, which then goes behind a client that keeps to its budget.
func TestCallsBeyondTheBudgetCountAsUse(t *testing.T) {
	e := newEnv(t)
	b, addr := costServer(t, e, Costs{SlotWait: time.Second})
	c := ownConnection(t, "http://"+addr)
	batch := logsBatch(DefaultCosts.Budget/costLogs + 3)
	if err := c.BatchCallContext(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	s := b.guard.sched
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.clients) != 1 {
		t.Fatalf("%d clients known after one connection's batch", len(s.clients))
	}
	for key, cl := range s.clients {
		// Three refused: 3 s of use, less what the answered calls ran
		// for and the time since, decayed.
		if u := cl.use(time.Now()); u < 2.5 || u > 3.5 {
			t.Fatalf("%s: use %v after 3 calls refused for the budget, want about 3", key, u)
		}
	}
}

// TestFloodingClientDoesNotGetTheNextSlot: one client holds every slot
// and has more calls waiting; another client's call, sent after them, gets
// the first slot that frees.
func TestFloodingClientDoesNotGetTheNextSlot(t *testing.T) {
	s := newScheduler(Costs{Slots: 4, TotalSlots: 4, SlotWait: time.Minute})
	ctx := context.Background()
	var running []func()
	for range 4 {
		done, err := s.acquire(ctx, "ws 127.0.0.1:1", classProofs)
		if err != nil {
			t.Fatal(err)
		}
		running = append(running, done)
	}
	granted := make(chan string, 8)
	var wg sync.WaitGroup
	wait := func(who string) {
		wg.Go(func() {
			done, err := s.acquire(ctx, who, classProofs)
			if err != nil {
				t.Error(err)
				return
			}
			granted <- who
			done()
		})
	}
	waiting := func(n int) {
		for deadline := time.Now().Add(time.Minute); ; {
			s.mu.Lock()
			got := len(s.waiting)
			s.mu.Unlock()
			if got == n {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%d calls waiting, want %d", got, n)
			}
			time.Sleep(time.Millisecond)
		}
	}
	for range 3 {
		wait("ws 127.0.0.1:1")
	}
	waiting(3)
	wait("http 127.0.0.1:2")
	waiting(4)
	running[0]()
	if who := <-granted; who != "http 127.0.0.1:2" {
		t.Fatalf("the freed slot went to %s, the client holding the other three", who)
	}
	for _, done := range running[1:] {
		done()
	}
	wg.Wait()
}

// history seals blocks of 20 ETH transfers to new accounts, so that a
// proof at block n costs the node about n blocks of records.
func (e *env) history(t *testing.T, blocks int) {
	t.Helper()
	nonce, err := e.backend.Pool.PendingNonce(e.alice)
	if err != nil {
		t.Fatal(err)
	}
	for b := range blocks {
		for i := range 20 {
			to := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("history %d %d", b, i))))
			if _, err := e.backend.Pool.Add(e.sign(t, e.key, nonce, to, 1, nil, core.TransferGas)); err != nil {
				t.Fatal(err)
			}
			nonce++
		}
		e.seal(t)
	}
}

// ownConnection dials url with an HTTP transport of its own: a client of
// its own to the server.
func ownConnection(t *testing.T, url string) *rpc.Client {
	t.Helper()
	c, err := rpc.DialOptions(context.Background(), url, rpc.WithHTTPClient(&http.Client{Transport: &http.Transport{}}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// TestFloodLeavesAnOccasionalClientItsShare is the attack: eight clients
// (six HTTP keep-alive connections, two WebSocket connections, all from
// 127.0.0.1) flood historical viaduct_getProof calls, each as fast as it
// is answered, while two other clients send the same kind of call now and
// then (after every 24 flood calls answered): one over a keep-alive
// connection, one connecting for each call as a command-line tool does.
// Every call of theirs is answered, in a median time within three times
// its unloaded one (measured before and after the flood); the flood gets
// answers too, and -32005 for the calls beyond its share. With the slots
// first come, first served, those clients waited behind every flood call
// and were refused.
func TestFloodLeavesAnOccasionalClientItsShare(t *testing.T) {
	e := newEnv(t)
	e.history(t, 100)
	// One slot, as on two cores; a wait long enough for a flood call many
	// times slower than on a quiet machine to end before a call first in
	// line is refused.
	_, addr := costServer(t, e, Costs{Slots: 1, TotalSlots: 1, SlotWait: 250 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	proof := func(ctx context.Context, c *rpc.Client, n uint64) error {
		var p map[string]any
		return c.CallContext(ctx, &p, "viaduct_getProof", e.alice, []common.Address{}, hexutil.Uint64(n))
	}
	oneShot, err := rpc.DialOptions(ctx, "http://"+addr, rpc.WithHTTPClient(&http.Client{Transport: &http.Transport{DisableKeepAlives: true}}))
	if err != nil {
		t.Fatal(err)
	}
	defer oneShot.Close()
	type occasional struct {
		name              string
		c                 *rpc.Client
		unloaded, flooded []time.Duration
		failed            []error
	}
	clients := []*occasional{
		{name: "over a keep-alive connection", c: ownConnection(t, "http://"+addr)},
		{name: "connecting for each call", c: oneShot},
	}
	timed := func(o *occasional, into *[]time.Duration) {
		start := time.Now()
		if err := proof(ctx, o.c, 60); err != nil {
			o.failed = append(o.failed, fmt.Errorf("%s: %w", o.name, err))
			return
		}
		*into = append(*into, time.Since(start))
	}
	failures := func() (out []error) {
		for _, o := range clients {
			out = append(out, o.failed...)
		}
		return out
	}
	for range 10 {
		for _, o := range clients {
			timed(o, &o.unloaded)
		}
	}
	if f := failures(); len(f) > 0 {
		t.Fatalf("unloaded: %v", f)
	}

	fctx, stop := context.WithCancel(ctx)
	answered := make(chan struct{}, 4096)
	var nAnswered, nRefused atomic.Int64
	var wg sync.WaitGroup
	for i := range 8 {
		var c *rpc.Client
		if i < 6 {
			c = ownConnection(t, "http://"+addr)
		} else {
			var err error
			if c, err = rpc.Dial("ws://" + addr); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(c.Close)
		}
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(i), 1))
			for fctx.Err() == nil {
				err := proof(fctx, c, 40+rng.Uint64N(41))
				switch {
				case err == nil:
					nAnswered.Add(1)
					select {
					case answered <- struct{}{}:
					default:
					}
				case isLimit(err):
					nRefused.Add(1)
				case fctx.Err() == nil:
					t.Errorf("flood call: %v", err)
				}
			}
		})
	}
	// Before the connections close, on any failure too.
	t.Cleanup(func() { stop(); wg.Wait() })
	floodAnswers := func(n int) {
		for range n {
			select {
			case <-answered:
			case <-ctx.Done():
				t.Fatal("the flood stopped being answered")
			}
		}
	}
	floodAnswers(24)
	for range 12 {
		for _, o := range clients {
			// Only what is answered from now on counts.
			for len(answered) > 0 {
				<-answered
			}
			floodAnswers(24)
			timed(o, &o.flooded)
		}
	}
	stop()
	wg.Wait()
	if f := failures(); len(f) > 0 {
		t.Fatalf("%d of the occasional clients' 24 calls under the flood failed: %v", len(f), f)
	}
	for range 10 {
		for _, o := range clients {
			timed(o, &o.unloaded)
		}
	}
	if f := failures(); len(f) > 0 {
		t.Fatalf("unloaded, after the flood: %v", f)
	}
	t.Logf("flood: %d answered, %d refused", nAnswered.Load(), nRefused.Load())
	for _, o := range clients {
		calm, busy := median(o.unloaded), median(o.flooded)
		ratio := float64(busy) / float64(calm)
		t.Logf("occasional client %s: unloaded median %v, under the flood %v (ratio %.2f; each %v)", o.name, calm, busy, ratio, o.flooded)
		if ratio > 3 {
			t.Errorf("under the flood, the median of the occasional client %s is %.2f times its unloaded one (%v against %v), want at most 3", o.name, ratio, busy, calm)
		}
	}
	if nAnswered.Load() == 0 {
		t.Error("the flood got no answers")
	}
}
