package api

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// Cost accounting. A few methods cost the node far more than the others:
// a proof at an old block, a log query, a block with its transactions, a
// range of blocks. Each call of one of them is charged against a budget
// (the request's, on HTTP, where a batch is one request; the connection's,
// refilled every second, on WebSocket), and runs in one of a few slots of
// its class, so that however many clients send them, the work in progress
// stays within what the machine can do beside sequencing. The slots are
// shared fairly (share.go): a client that floods them gets no more than
// its share while others wait. A call that finds the budget spent, or no
// slot free within Costs.SlotWait, is refused at once with
// ErrLimitExceeded (JSON-RPC error -32005, as go-ethereum's rate limits and
// the major providers answer). Other calls cost one unit each and are
// bounded by the batch item limit (Limits.BatchItems).

// ErrLimitExceeded is the error of a call refused by the cost accounting;
// its JSON-RPC code is -32005.
var ErrLimitExceeded = errors.New("limit exceeded")

// limitError is an ErrLimitExceeded with its reason.
type limitError struct{ msg string }

func (e *limitError) Error() string        { return e.msg }
func (e *limitError) ErrorCode() int       { return -32005 }
func (e *limitError) Is(target error) bool { return target == ErrLimitExceeded }
func limitErrorf(format string, args ...any) error {
	return &limitError{ErrLimitExceeded.Error() + ": " + fmt.Sprintf(format, args...)}
}

// Costs bound what calls may cost the node (Backend.Costs).
type Costs struct {
	// Budget is what one HTTP request (a call or a batch) may spend, in
	// cost units, and what one WebSocket connection may spend per second.
	Budget int
	// Slots is how many calls of each expensive class run at once, and
	// TotalSlots how many of all classes together.
	Slots, TotalSlots int
	// SlotWait is how long a call waits for a slot before it is refused.
	SlotWait time.Duration
}

// DefaultCosts: a budget that a batch of 20 log queries or proofs spends;
// expensive calls on half the cores at most (at least one), so that the
// sequencer and the cheap calls keep the other half whatever the clients
// send; and a wait short enough that a refused client learns it soon.
var DefaultCosts = Costs{
	Budget: 1000, Slots: max(1, runtime.GOMAXPROCS(0)/2), TotalSlots: max(1, runtime.GOMAXPROCS(0)/2),
	SlotWait: 500 * time.Millisecond,
}

// Cost units of the expensive calls.
const (
	costLogs       = 50 // eth_getLogs
	costProof      = 50 // viaduct_getProof
	costFullBlock  = 10 // eth_getBlockBy* with transactions
	costWithdrawal = 10 // viaduct_getWithdrawal, viaduct_getBlockProof: a batch's headers
	costFeeHistory = 10 // eth_feeHistory, plus one per 16 blocks
	costFilter     = 10 // installing a filter; reading a log filter's changes
)

// class is a kind of expensive call, with slots of its own.
type class int

const (
	classLogs   class = iota // eth_getLogs
	classProofs              // viaduct_getProof
	classBlocks              // whole blocks and ranges of them
	numClasses
)

var classNames = [numClasses]string{"eth_getLogs", "viaduct_getProof", "block-reading"}

// guard does the accounting for one server.
type guard struct {
	costs Costs
	sched *scheduler

	mu    sync.Mutex
	conns map[*rpc.Client]*bucket // WebSocket connections' budgets
	swept time.Time
}

func newGuard(c Costs) *guard {
	if c.Budget <= 0 {
		c.Budget = DefaultCosts.Budget
	}
	if c.Slots <= 0 {
		c.Slots = DefaultCosts.Slots
	}
	if c.TotalSlots <= 0 {
		c.TotalSlots = DefaultCosts.TotalSlots
	}
	if c.SlotWait <= 0 {
		c.SlotWait = DefaultCosts.SlotWait
	}
	return &guard{costs: c, conns: map[*rpc.Client]*bucket{}, sched: newScheduler(c)}
}

// begin charges a call of method (class cl) cost units and takes a slot of
// its class and one of the total, shared fairly among the clients waiting
// for them (share.go); the caller runs done when the call's work is over.
func (g *guard) begin(ctx context.Context, cl class, method string, cost int) (done func(), err error) {
	if err := g.charge(ctx, method, cost); err != nil {
		return nil, err
	}
	return g.sched.acquire(ctx, clientOf(ctx), cl)
}

// requestScope marks the context of one HTTP request (Listen puts it
// there): the calls of a batch share its budget.
type requestScope struct {
	mu    sync.Mutex
	spent int
}

type scopeKey struct{}

func withRequestScope(ctx context.Context) context.Context {
	return context.WithValue(ctx, scopeKey{}, &requestScope{})
}

func (g *guard) charge(ctx context.Context, method string, cost int) error {
	if s, ok := ctx.Value(scopeKey{}).(*requestScope); ok {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.spent+cost > g.costs.Budget {
			g.sched.refused(clientOf(ctx))
			return limitErrorf("the calls of this request cost more than %d units (%s costs %d); send fewer expensive calls per request", g.costs.Budget, method, cost)
		}
		s.spent += cost
		return nil
	}
	if c, ok := rpc.ClientFromContext(ctx); ok {
		if !g.bucket(c).take(cost, g.costs.Budget, time.Now()) {
			g.sched.refused(clientOf(ctx))
			return limitErrorf("the calls of this connection cost more than %d units a second (%s costs %d); retry later", g.costs.Budget, method, cost)
		}
	}
	// Otherwise an in-process call: the caller is the node itself.
	return nil
}

// bucket returns a WebSocket connection's budget. A budget left alone for a
// second is full again, the same as a new one: those are forgotten, so
// closed connections leave nothing behind.
func (g *guard) bucket(c *rpc.Client) *bucket {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := time.Now()
	if now.Sub(g.swept) > time.Second {
		for k, b := range g.conns {
			if b.idle(now) {
				delete(g.conns, k)
			}
		}
		g.swept = now
	}
	b := g.conns[c]
	if b == nil {
		b = &bucket{}
		g.conns[c] = b
	}
	return b
}

// bucket is a budget refilled continuously: size units a second, at most
// size at once.
type bucket struct {
	mu   sync.Mutex
	used float64 // units spent and not refilled yet
	last time.Time
}

func (b *bucket) take(cost, size int, now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.last.IsZero() {
		b.used = max(0, b.used-now.Sub(b.last).Seconds()*float64(size))
	}
	b.last = now
	if b.used+float64(cost) > float64(size) {
		return false
	}
	b.used += float64(cost)
	return true
}

func (b *bucket) idle(now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return now.Sub(b.last) > time.Second
}
