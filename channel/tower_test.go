package channel

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// testTower is a watchtower with its own store, served over WebSocket on
// a fixed loopback address so that it can go down and come back.
type testTower struct {
	t     *testing.T
	tower *Tower
	addr  string
	srv   *Server
	api   any // what is served as tower_ (the tower's own API unless a test wraps it)
}

func (n *testNet) tower() *testTower {
	t := n.t
	st, err := OpenStore(filepath.Join(t.TempDir(), "tower"))
	if err != nil {
		t.Fatal(err)
	}
	tw, err := NewTower(TowerConfig{L1: n.l1(devl1.DevKey(3)), Store: st, Logger: testLog(), Interval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := tw.Start(); err != nil {
		t.Fatal(err)
	}
	tt := &testTower{t: t, tower: tw, addr: "127.0.0.1:0", api: &TowerAPI{tw}}
	tt.up()
	t.Cleanup(func() {
		tt.down()
		tw.Stop()
		st.Close()
	})
	return tt
}

// up serves the tower (again, on the same address).
func (tt *testTower) up() {
	tt.t.Helper()
	srv, err := ListenWS(tt.addr, nil)
	if err != nil {
		tt.t.Fatal(err)
	}
	if err := srv.rpc.RegisterName("tower", tt.api); err != nil {
		tt.t.Fatal(err)
	}
	tt.srv, tt.addr = srv, srv.ln.Addr().String()
}

// down stops serving: connections are closed and new ones refused.
func (tt *testTower) down() {
	if tt.srv != nil {
		tt.srv.Close()
		tt.srv = nil
	}
}

func (tt *testTower) url() string { return "ws://" + tt.addr }

// gatedTower holds every registration until the test releases it, and
// tells the test which nonce arrived.
type gatedTower struct {
	tower   *Tower
	entered chan uint64
	release chan struct{}
}

func (g *gatedTower) Register(ctx context.Context, ss SignedState) (uint64, error) {
	g.entered <- ss.Nonce
	<-g.release
	return g.tower.Register(ctx, &ss)
}

// TestCountersignatureLeavesOnlyAfterTheTowerAcknowledges: the payee's
// answer (its countersignature) does not reach the payer while its tower
// has not acknowledged the state; once the tower answers, it does, and the
// tower holds exactly the state both parties hold. The payee used to
// answer first and hand the state over up to 100 ms later: a payee that
// died in between left its tower with the state before, which is the one
// a cheating payer closes with.
func TestCountersignatureLeavesOnlyAfterTheTowerAcknowledges(t *testing.T) {
	n := newTestNet(t)
	tt := n.tower()
	gate := &gatedTower{tower: tt.tower, entered: make(chan uint64, 16), release: make(chan struct{})}
	tt.down()
	tt.api = gate
	tt.up()
	a, b := n.peer(1, ""), n.peer(2, tt.url())
	info, err := a.p.Open(context.Background(), b.srv.URL(), common.Address{}, eth(1), 60)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	done := make(chan error, 1)
	go func() { done <- a.p.Pay(within(t), info.ID, gwei(3)) }()
	select {
	case nonce := <-gate.entered:
		if nonce != 1 {
			t.Fatalf("the tower was handed nonce %d, want 1", nonce)
		}
	case err := <-done:
		t.Fatalf("the payment returned (%v) before the payee asked its tower", err)
	case <-time.After(30 * time.Second):
		t.Fatal("the payee never asked its tower")
	}
	// The tower has not answered: the payer cannot have the
	// countersignature, and the tower holds nothing yet.
	select {
	case err := <-done:
		t.Fatalf("the payment returned (%v) before the tower acknowledged the state", err)
	default:
	}
	if got := tt.tower.Best(info.ID); got != nil {
		t.Fatalf("the tower holds %v before it answered", got)
	}
	close(gate.release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	la, lb, held := latestOf(t, a, info.ID), latestOf(t, b, info.ID), tt.tower.Best(info.ID)
	if held == nil || !held.State.Equal(&lb.State) || !la.State.Equal(&lb.State) || !held.Complete() {
		t.Fatalf("tower %v, payee %v, payer %v: want one state", held, &lb.State, &la.State)
	}
}

// TestPayeeWhoseTowerIsDownRefusesToCountersign, in both directions: with
// its tower down the payee refuses every proposal with CodeTower (the
// payer's payment fails with ErrRejected naming the tower), the refused
// state is never given out, not even to a resynchronising payer, and it
// stays refused after a restart; the payee may still pay (a state it
// proposes is worse for it than the one its tower holds). Once the tower
// is back, payments go on and the tower holds the latest state.
func TestPayeeWhoseTowerIsDownRefusesToCountersign(t *testing.T) {
	n := newTestNet(t)
	tt := n.tower()
	a, b := n.peer(1, ""), n.peer(2, tt.url())
	ctx := context.Background()
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 60)
	if err != nil {
		t.Fatal(err)
	}
	id := info.ID
	waitAnnounced(t, b, id)
	payMany(t, a, id, gwei(10), 3, 1)
	before := latestOf(t, b, id)
	if held := tt.tower.Best(id); held == nil || held.Nonce != before.Nonce {
		t.Fatalf("the tower holds %v, want nonce %d", held, before.Nonce)
	}

	tt.down()
	refused := func() {
		t.Helper()
		err := a.p.Pay(within(t), id, gwei(1))
		if !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), ErrTowerUnavailable.Error()) || !strings.Contains(err.Error(), CodeTower) {
			t.Fatalf("payment to a payee whose tower is down: %v, want ErrRejected (%s)", err, CodeTower)
		}
	}
	refused()
	if la, lb := latestOf(t, a, id), latestOf(t, b, id); !la.State.Equal(&before.State) || !lb.State.Equal(&before.State) {
		t.Fatalf("after the refusal: payer %v, payee %v, want both at %v", &la.State, &lb.State, &before.State)
	}
	meta, err := b.st.Meta(id)
	if err != nil || meta.Latest != before.Nonce || meta.Highest <= before.Nonce {
		t.Fatalf("payee's nonces on disk: %+v %v, want latest %d and the refused ones signed", meta, err, before.Nonce)
	}
	// A payer resynchronising gets the state before, not the refused one.
	now := uint64(time.Now().Unix())
	sig, _ := signDigest(a.key, SyncDigest(a.p.Domain(), id, now))
	res, err := b.p.handleLatest(ctx, id, now, sig)
	if err != nil || res.Latest == nil || res.Latest.Nonce != before.Nonce {
		t.Fatalf("channel_latest while the tower is down: %+v %v, want nonce %d", res, err, before.Nonce)
	}
	// The payee pays: no tower needed.
	payMany(t, b, id, gwei(1), 2, 1)
	if got := latestOf(t, a, id); !got.BalanceB.Eq(gwei(28)) {
		t.Fatalf("B's balance %s, want 28 gwei", got.BalanceB.Dec())
	}
	b.stop()
	b.start()
	refused()

	tt.up()
	payMany(t, a, id, gwei(1), 5, 2)
	lb := latestOf(t, b, id)
	if held := tt.tower.Best(id); held == nil || !held.State.Equal(&lb.State) {
		t.Fatalf("the tower holds %v, want %v", held, &lb.State)
	}
	if !lb.BalanceB.Eq(gwei(33)) {
		t.Fatalf("B's balance %s, want 33 gwei", lb.BalanceB.Dec())
	}
}

// TestRestartedPayeeGivesOutItsLatestStateOnlyOnceTheTowerHoldsIt: a payee
// that crashed after it synced a countersigned state to disk but before
// its tower acknowledged it holds that state as its latest after a
// restart, and gives it to the payer (channel_latest, a refusal) only once
// the tower holds it.
func TestRestartedPayeeGivesOutItsLatestStateOnlyOnceTheTowerHoldsIt(t *testing.T) {
	n := newTestNet(t)
	tt := n.tower()
	a, b := n.peer(1, ""), n.peer(2, tt.url())
	ctx := context.Background()
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 60)
	if err != nil {
		t.Fatal(err)
	}
	id := info.ID
	waitAnnounced(t, b, id)
	payMany(t, a, id, gwei(1), 1, 1)
	// The payee countersigned nonce 2 and synced it, then died before
	// the tower answered.
	unacked := signedByBoth(t, a, b, id, 2, gwei(7))
	tt.down()
	b.stop()
	st, err := OpenStore(b.dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveStates(id, []SignedState{unacked}, Meta{Latest: 2, Highest: 2}, true); err != nil {
		t.Fatal(err)
	}
	st.Close()
	b.start()
	if got := latestOf(t, b, id); got.Nonce != 2 {
		t.Fatalf("restarted payee holds nonce %d, want 2", got.Nonce)
	}
	if err := a.p.Sync(within(t), id); err == nil || !strings.Contains(err.Error(), ErrTowerUnavailable.Error()) {
		t.Fatalf("resynchronising while the payee's tower is down: %v, want the tower named", err)
	}
	// A payment builds on nonce 1: refused as stale, without the state.
	rt, _ := a.p.channel(id)
	rt.mu.Lock()
	props := signedPayments(t, a, rt.latest.State, 3, 1, gwei(1))
	rt.highest = 3
	rt.mu.Unlock()
	res, err := b.p.handlePropose(ctx, a.p.Address(), id, 1, props)
	if err != nil || res.Rejected == nil || res.Rejected.Code != CodeStale || res.Rejected.Latest != nil {
		t.Fatalf("stale proposal: %+v %v, want refused without the unacknowledged state", res, err)
	}
	if got := latestOf(t, a, id); got.Nonce != 1 {
		t.Fatalf("the payer holds nonce %d, want 1", got.Nonce)
	}

	tt.up()
	if err := a.p.Sync(within(t), id); err != nil {
		t.Fatal(err)
	}
	if got, held := latestOf(t, a, id), tt.tower.Best(id); got.Nonce != 2 || held == nil || held.Nonce != 2 {
		t.Fatalf("payer holds %d, tower %v: want both at nonce 2", got.Nonce, held)
	}
}

// lyingTower acknowledges with a nonce below the state it was given.
type lyingTower struct{}

func (lyingTower) Register(ctx context.Context, ss SignedState) (uint64, error) {
	return ss.Nonce - 1, nil
}

// TestPayeeRefusesWhenTheTowerHoldsAnOlderState: an acknowledgement that
// names an older nonce is no acknowledgement.
func TestPayeeRefusesWhenTheTowerHoldsAnOlderState(t *testing.T) {
	n := newTestNet(t)
	tt := n.tower()
	tt.down()
	tt.api = lyingTower{}
	tt.up()
	a, b := n.peer(1, ""), n.peer(2, tt.url())
	info, err := a.p.Open(context.Background(), b.srv.URL(), common.Address{}, eth(1), 60)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	err = a.p.Pay(within(t), info.ID, gwei(1))
	if !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), "holds nonce 0") {
		t.Fatalf("payment to a payee whose tower holds an older state: %v", err)
	}
}

// TestOnlinePeerAnswersAStaleForceCloseItself: a party online needs no
// tower: its own peer watches L1 and challenges a stale close with its
// latest state.
func TestOnlinePeerAnswersAStaleForceCloseItself(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	ctx := context.Background()
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 5)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(1), 3, 1)
	stale := latestOf(t, a, info.ID).Nonce
	payMany(t, a, info.ID, gwei(1), 20, 4)
	latest := latestOf(t, b, info.ID)
	if _, _, err := a.p.ForceClose(ctx, info.ID, stale); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		ch, err := a.p.cfg.L1.Channel(ctx, info.ID)
		if err != nil {
			t.Fatal(err)
		}
		if ch.Nonce == latest.Nonce {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("L1 still holds nonce %d, want B's %d", ch.Nonce, latest.Nonce)
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The counter moves once Challenge has seen its receipt, which may be
	// after the test sees L1 move.
	for b.p.watcher.challenged.Load() != 1 {
		if time.Now().After(deadline) {
			t.Fatalf("B's peer sent %d challenges, want 1", b.p.watcher.challenged.Load())
		}
		time.Sleep(10 * time.Millisecond)
	}
}
