package api

import (
	"context"
	"math"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// Fair shares of the expensive slots. The slots are few (half the cores),
// and a client that floods them must not take them from a client that
// sends an expensive call now and then. So a freed slot does not go to
// whichever call has waited longest, but to the waiting client that
//
//  1. runs the fewest expensive calls at that moment: with n clients
//     waiting or running, none gets a slot beyond its share (TotalSlots/n)
//     while another below it waits;
//  2. of those, has used the slots least lately: the time its calls held a
//     slot, and SlotWait for each of its calls refused (after its wait, or
//     at once for the budget: Costs.Budget), halving every usageHalfLife;
//     so a client whose calls are rare or short goes before one that keeps
//     the slots busy, and before one that keeps asking beyond its share
//     (among many flooders each gets a slot seldom, and the time held
//     alone would not tell them from a client that calls now and then);
//  3. of those, came first.
//
// A call that has waited SlotWait is refused with ErrLimitExceeded, unless
// it is first in line by that order: then it keeps its place for one more
// SlotWait, time for the call before it to end and rest (under a flood the
// slot goes from one long call to the next, and the one a client finds
// running may take most of SlotWait). So a client within its share is
// served, and the refusals fall on the clients beyond theirs. However the
// slots are shared, no more calls run at once than Costs.Slots and
// TotalSlots allow, and no more wait than requests are in progress: the
// sharing decides only whose call runs next.
//
// What a client is. The RPC serves the local machine only (Listen), so
// every client has the same address: a client is its connection, a
// WebSocket connection or an HTTP keep-alive connection (go-ethereum's
// rpc.PeerInfo: transport and remote address with its port). New
// connections are, for their first call, one client together: a new one
// starts with the use that new connections' first calls made lately, and
// its first call adds to it. So a flooder that opens a connection for each
// call competes as one client, not as a new one each time, and a client
// that connects for one call now and then (viaduct light balance) ranks as
// the new connections do: first, unless connections are being opened to
// flood. In-process calls are the node's own, one client.

// usageHalfLife is how fast a client's past use of the slots is forgiven.
const usageHalfLife = 2 * time.Second

// clientIdle is how long a client with no call running or waiting is
// remembered; its use has halved 15 times by then.
const clientIdle = 30 * time.Second

// clientOf names the client a call is charged to (see above).
func clientOf(ctx context.Context) string {
	p := rpc.PeerInfoFromContext(ctx)
	if p.Transport == "" {
		return ""
	}
	return p.Transport + " " + p.RemoteAddr
}

// decay is what use u is worth d later.
func decay(u float64, d time.Duration) float64 {
	if d <= 0 {
		return u
	}
	return u * math.Exp2(-d.Seconds()/usageHalfLife.Seconds())
}

// client is what the scheduler knows of one client.
type client struct {
	held    int       // calls running
	waiting int       // calls waiting
	usage   float64   // seconds of slot time used (SlotWait a refused call), decayed as of at
	at      time.Time // when usage was last decayed
	seen    time.Time // when a call of it last began or ended
	young   bool      // its first call has not ended: its use is the new connections' too
}

func (c *client) use(now time.Time) float64 {
	c.usage = decay(c.usage, now.Sub(c.at))
	c.at = now
	return c.usage
}

// rank is a waiting call's place in line: lower goes first.
type rank struct {
	held  int     // its client's calls running
	usage float64 // its client's use of the slots lately
	seq   uint64  // arrival
}

func (a rank) before(b rank) bool {
	if a.held != b.held {
		return a.held < b.held
	}
	if a.usage != b.usage {
		return a.usage < b.usage
	}
	return a.seq < b.seq
}

// waiter is a call waiting for a slot.
type waiter struct {
	c       *client
	cl      class
	r       rank
	seq     uint64
	ready   chan error  // nil once granted, or the refusal
	start   time.Time   // when granted
	t       *time.Timer // ends the wait
	overdue bool        // waited SlotWait while first in line: waits once more
}

// next is the waiter that gets a slot now: the first in line among those
// whose class has a free slot (running counts the calls of each class, out
// of slots each); -1 if none can run.
func next(ws []*waiter, running [numClasses]int, slots int) int {
	best := -1
	for i, w := range ws {
		if running[w.cl] >= slots {
			continue
		}
		if best < 0 || w.r.before(ws[best].r) {
			best = i
		}
	}
	return best
}

// first is the first in line of all waiters, whatever their class; -1 if
// none wait.
func first(ws []*waiter) int {
	best := -1
	for i, w := range ws {
		if best < 0 || w.r.before(ws[best].r) {
			best = i
		}
	}
	return best
}

// scheduler hands out the expensive slots of one server.
type scheduler struct {
	costs Costs

	mu      sync.Mutex
	running [numClasses]int // calls running, per class
	busy    int             // total slots taken: running or resting
	waiting []*waiter       // in arrival order
	seq     uint64
	clients map[string]*client
	fresh   client // the new connections' first calls together
	swept   time.Time
}

func newScheduler(c Costs) *scheduler {
	return &scheduler{costs: c, clients: map[string]*client{}}
}

// acquire waits for a slot of class cl and one of the total for client
// key, and returns the function that gives them back.
func (s *scheduler) acquire(ctx context.Context, key string, cl class) (func(), error) {
	s.mu.Lock()
	now := time.Now()
	s.sweep(now)
	c := s.client(key, now)
	c.seen = now
	w := &waiter{c: c, cl: cl, seq: s.seq, ready: make(chan error, 1)}
	s.seq++
	c.waiting++
	s.waiting = append(s.waiting, w)
	s.dispatch(now)
	if len(w.ready) == 0 {
		w.t = time.AfterFunc(s.costs.SlotWait, func() { s.expire(w) })
	}
	s.mu.Unlock()
	stop := func() {
		s.mu.Lock()
		if w.t != nil {
			w.t.Stop()
		}
		s.mu.Unlock()
	}
	select {
	case err := <-w.ready:
		stop()
		if err != nil {
			return nil, err
		}
		return s.release(w), nil
	case <-ctx.Done():
		stop()
		s.mu.Lock()
		if s.remove(w) {
			s.mu.Unlock()
			return nil, ctx.Err()
		}
		s.mu.Unlock()
		// Granted or refused meanwhile: a granted slot goes back.
		if err := <-w.ready; err == nil {
			s.release(w)()
		}
		return nil, ctx.Err()
	}
}

// release returns the function that ends w's call: its class slot frees at
// once, its share of the total after a rest as long as the call ran (at
// most half the wait, so that a client calling again is served within
// it): expensive calls keep their slots busy half the time at most,
// leaving the other half of those cores to sequencing and the cheap calls
// even on a machine that other work also loads.
func (s *scheduler) release(w *waiter) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			now := time.Now()
			ran := now.Sub(w.start)
			s.running[w.cl]--
			w.c.held--
			w.c.seen = now
			s.charge(w.c, ran, now)
			w.c.young = false
			s.dispatch(now)
			s.mu.Unlock()
			time.AfterFunc(min(ran, s.costs.SlotWait/2), func() {
				s.mu.Lock()
				s.busy--
				s.dispatch(time.Now())
				s.mu.Unlock()
			})
		})
	}
}

// dispatch gives the free slots to the waiters first in line, and refuses
// the overdue waiters that are no longer first. s.mu is held.
func (s *scheduler) dispatch(now time.Time) {
	for s.busy < s.costs.TotalSlots && len(s.waiting) > 0 {
		s.rank(now)
		i := next(s.waiting, s.running, s.costs.Slots)
		if i < 0 {
			break
		}
		w := s.waiting[i]
		s.waiting = append(s.waiting[:i], s.waiting[i+1:]...)
		w.c.waiting--
		w.c.held++
		s.running[w.cl]++
		s.busy++
		w.start = now
		w.ready <- nil
	}
	overdue := false
	for _, w := range s.waiting {
		overdue = overdue || w.overdue
	}
	if !overdue {
		return
	}
	s.rank(now)
	f := s.waiting[first(s.waiting)]
	for _, w := range append([]*waiter(nil), s.waiting...) {
		if w.overdue && w != f {
			s.refuse(w)
		}
	}
}

// rank puts each waiter's place in line as of now. s.mu is held.
func (s *scheduler) rank(now time.Time) {
	for _, w := range s.waiting {
		w.r = rank{held: w.c.held, usage: w.c.use(now), seq: w.seq}
	}
}

// expire ends w's wait of SlotWait: refused, unless it is first in line
// the first time.
func (s *scheduler) expire(w *waiter) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := -1
	for j, o := range s.waiting {
		if o == w {
			i = j
		}
	}
	if i < 0 {
		return // granted meanwhile
	}
	s.rank(time.Now())
	if first(s.waiting) == i && !w.overdue {
		w.overdue = true
		w.t = time.AfterFunc(s.costs.SlotWait, func() { s.expire(w) })
		return
	}
	s.refuse(w)
}

// refused counts a call of client key refused for the budget.
func (s *scheduler) refused(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	s.sweep(now)
	c := s.client(key, now)
	c.seen = now
	s.charge(c, s.costs.SlotWait, now)
	c.young = false
}

// charge adds d to c's use. s.mu is held.
func (s *scheduler) charge(c *client, d time.Duration, now time.Time) {
	c.use(now)
	c.usage += d.Seconds()
	if c.young {
		s.fresh.use(now)
		s.fresh.usage += d.Seconds()
	}
}

// refuse takes w out of line with ErrLimitExceeded. s.mu is held.
func (s *scheduler) refuse(w *waiter) {
	if !s.remove(w) {
		return
	}
	s.charge(w.c, s.costs.SlotWait, time.Now())
	w.c.young = false
	n, what := s.costs.TotalSlots, "expensive calls"
	if s.running[w.cl] >= s.costs.Slots {
		n, what = s.costs.Slots, classNames[w.cl]+" calls"
	}
	// At least SlotWait: an overdue call waited longer.
	w.ready <- limitErrorf("all %d slots for %s stayed busy for %v; retry later", n, what, s.costs.SlotWait)
}

// remove takes w out of line, if it is in it. s.mu is held.
func (s *scheduler) remove(w *waiter) bool {
	for i, o := range s.waiting {
		if o == w {
			s.waiting = append(s.waiting[:i], s.waiting[i+1:]...)
			w.c.waiting--
			return true
		}
	}
	return false
}

// client returns key's record; a new one starts with the new connections'
// use. s.mu is held.
func (s *scheduler) client(key string, now time.Time) *client {
	if c := s.clients[key]; c != nil {
		return c
	}
	c := &client{usage: s.fresh.use(now), at: now, seen: now, young: true}
	s.clients[key] = c
	return c
}

// sweep forgets, once a second, the clients idle for clientIdle: closed
// connections leave nothing behind. s.mu is held.
func (s *scheduler) sweep(now time.Time) {
	if now.Sub(s.swept) < time.Second {
		return
	}
	s.swept = now
	for k, c := range s.clients {
		if c.held == 0 && c.waiting == 0 && now.Sub(c.seen) > clientIdle {
			delete(s.clients, k)
		}
	}
}
