package channel

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// testLog discards logs unless VIADUCT_TEST_LOG is set.
func testLog() *slog.Logger {
	if os.Getenv("VIADUCT_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

type testNet struct {
	t        *testing.T
	chain    *devl1.Chain
	contract common.Address
}

func newTestNet(t *testing.T) *testNet {
	t.Helper()
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	addr, err := chain.DeployChannels(ctx, 2, 3600)
	if err != nil {
		t.Fatal(err)
	}
	return &testNet{t: t, chain: chain, contract: addr}
}

func (n *testNet) l1(key *ecdsa.PrivateKey) *L1 {
	n.t.Helper()
	s, err := n.chain.Sender(key)
	if err != nil {
		n.t.Fatal(err)
	}
	l, err := NewL1(context.Background(), n.chain.Client, s, n.contract)
	if err != nil {
		n.t.Fatal(err)
	}
	return l
}

// testPeer is a peer with its own store and WebSocket server, restartable
// on the same directory and port.
type testPeer struct {
	n     *testNet
	key   *ecdsa.PrivateKey
	dir   string
	addr  string // listen address, fixed after the first start
	tower string
	// limits are the peer's stranger limits (zero: the defaults).
	limits Limits
	// watch is how often its watcher reads L1 (zero: 50ms).
	watch time.Duration
	p     *Peer
	srv   *Server
	st    *Store
}

func (n *testNet) peer(keyIndex int, tower string) *testPeer {
	return n.peerWithLimits(keyIndex, tower, Limits{})
}

func (n *testNet) peerWithLimits(keyIndex int, tower string, lim Limits) *testPeer {
	tp := &testPeer{n: n, key: devl1.DevKey(keyIndex), dir: filepath.Join(n.t.TempDir(), "peer"), addr: "127.0.0.1:0", tower: tower, limits: lim}
	tp.start()
	n.t.Cleanup(tp.stop)
	return tp
}

func (tp *testPeer) start() {
	t := tp.n.t
	t.Helper()
	st, err := OpenStore(tp.dir)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := ListenWS(tp.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	tp.addr = srv.ln.Addr().String()
	p, err := NewPeer(PeerConfig{Key: tp.key, L1: tp.n.l1(tp.key), Store: st, URL: srv.URL(), TowerURL: tp.tower,
		Logger: testLog(), WatchInterval: cmp.Or(tp.watch, 50*time.Millisecond), Limits: tp.limits})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Register(p.APIs()); err != nil {
		t.Fatal(err)
	}
	if err := p.Start(); err != nil {
		t.Fatal(err)
	}
	tp.p, tp.srv, tp.st = p, srv, st
}

func (tp *testPeer) stop() {
	if tp.p == nil {
		return
	}
	tp.srv.Close()
	tp.p.Stop()
	tp.st.Close()
	tp.p = nil
}

func gwei(n uint64) *uint256.Int { return new(uint256.Int).Mul(uint256.NewInt(n), uint256.NewInt(1e9)) }

func eth(n uint64) *uint256.Int { return new(uint256.Int).Mul(uint256.NewInt(n), uint256.NewInt(1e18)) }

// payMany makes count payments of amount from tp concurrently.
func payMany(t *testing.T, tp *testPeer, id common.Hash, amount *uint256.Int, count, conc int) {
	t.Helper()
	rep, err := NewCtlAPI(tp.p).Pay(context.Background(), id, amount, count, conc)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Paid != count {
		t.Fatalf("paid %d of %d: %s", rep.Paid, count, rep.FirstError)
	}
}

func latestOf(t *testing.T, tp *testPeer, id common.Hash) SignedState {
	t.Helper()
	rt, err := tp.p.channel(id)
	if err != nil {
		t.Fatal(err)
	}
	rt.mu.Lock()
	defer rt.mu.Unlock()
	return rt.latest
}

func waitAnnounced(t *testing.T, tp *testPeer, id common.Hash) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := tp.p.channel(id); err == nil {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%s never learned of channel %s", tp.p.Address(), id)
}

func TestPaymentsBothWaysThenCooperativeClose(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	ctx := context.Background()
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(10), 60)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(3), 100, 1) // B needs funds to pay back
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); payMany(t, a, info.ID, gwei(3), 300, 32) }()
	go func() { defer wg.Done(); payMany(t, b, info.ID, gwei(1), 300, 32) }()
	wg.Wait()
	la, lb := latestOf(t, a, info.ID), latestOf(t, b, info.ID)
	if !la.State.Equal(&lb.State) {
		t.Fatalf("parties disagree: A %v, B %v", &la.State, &lb.State)
	}
	wantB := new(uint256.Int).Sub(gwei(1200), gwei(300))
	if !la.BalanceB.Eq(wantB) {
		t.Fatalf("B's balance %s, want %s", la.BalanceB.Dec(), wantB.Dec())
	}
	beforeA, _ := n.chain.Client.BalanceAt(ctx, a.p.Address(), nil)
	beforeB, _ := n.chain.Client.BalanceAt(ctx, b.p.Address(), nil)
	final, err := a.p.Close(ctx, info.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !final.BalanceB.Eq(wantB) {
		t.Fatalf("final state gives B %s, want %s", final.BalanceB.Dec(), wantB.Dec())
	}
	afterA, _ := n.chain.Client.BalanceAt(ctx, a.p.Address(), nil)
	afterB, _ := n.chain.Client.BalanceAt(ctx, b.p.Address(), nil)
	// B paid no gas for the close and receives exactly its balance.
	if got := new(big.Int).Sub(afterB, beforeB); got.Cmp(final.BalanceB.ToBig()) != 0 {
		t.Fatalf("B received %s on close, want %s", got, final.BalanceB.Dec())
	}
	if afterA.Cmp(beforeA) <= 0 {
		t.Fatal("A received nothing on close")
	}
	// No payment after the final state.
	if err := a.p.Pay(ctx, info.ID, gwei(1)); !errors.Is(err, ErrNotOpen) {
		t.Fatalf("payment after close: %v, want ErrNotOpen", err)
	}
}

func TestRestartedPeerKeepsItsLatestState(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	ctx := context.Background()
	if _, err := a.p.OpenTo(ctx, b.srv.URL(), common.Address{4}, common.Address{}, eth(1), 60); !errors.Is(err, ErrWrongPeer) {
		t.Fatalf("opening to a peer that is not the pinned address: %v, want ErrWrongPeer", err)
	}
	info, err := a.p.OpenTo(ctx, b.srv.URL(), b.p.Address(), common.Address{}, eth(1), 60)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(1), 200, 16)
	before := latestOf(t, b, info.ID)
	b.stop()
	b.start()
	after := latestOf(t, b, info.ID)
	if !before.State.Equal(&after.State) || !after.Complete() {
		t.Fatalf("after restart B holds %v, before it held %v", &after.State, &before.State)
	}
	if err := after.VerifyBoth(a.p.Domain(), a.p.Address(), b.p.Address()); err != nil {
		t.Fatal(err)
	}
	// Payments go on where they stopped, both ways.
	payMany(t, a, info.ID, gwei(1), 10, 1)
	payMany(t, b, info.ID, gwei(2), 10, 1)
	if got := latestOf(t, a, info.ID); !got.BalanceB.Eq(gwei(190)) {
		t.Fatalf("B's balance %s, want 190 gwei", got.BalanceB.Dec())
	}
}

func TestPayerThatLostTheAnswerResynchronises(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	ctx := context.Background()
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 60)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(1), 5, 1)
	// B countersigns a proposal whose answer A never sees: simulate by
	// having A's proposal reach B directly, as if the reply was lost.
	rt, _ := a.p.channel(info.ID)
	rt.mu.Lock()
	base := rt.latest
	next, err := Pay(&base.State, rt.highest+1, SideA, gwei(7), Deposits{A: base.DepositA, B: base.DepositB})
	if err != nil {
		t.Fatal(err)
	}
	prop := SignedState{State: next}
	prop.SigA, _ = next.Sign(a.key, a.p.Domain(), StateTypeHash)
	if err := a.st.SaveStates(info.ID, []SignedState{prop}, Meta{Latest: base.Nonce, Highest: next.Nonce}, true); err != nil {
		t.Fatal(err)
	}
	rt.highest = next.Nonce
	rt.mu.Unlock()
	res, err := b.p.handlePropose(ctx, a.p.Address(), info.ID, base.Nonce, []SignedState{prop})
	if err != nil || len(res.Sigs) != 1 {
		t.Fatalf("B refused: %v %+v", err, res)
	}
	// A restarts; it learns the countersigned state from B by itself.
	a.stop()
	a.start()
	deadline := time.Now().Add(5 * time.Second)
	for got := latestOf(t, a, info.ID); !got.BalanceB.Eq(gwei(12)); got = latestOf(t, a, info.ID) {
		if time.Now().After(deadline) {
			t.Fatalf("after a restart A holds %v, want B's countersigned state (12 gwei to B)", &got.State)
		}
		time.Sleep(10 * time.Millisecond)
	}
	payMany(t, a, info.ID, gwei(1), 1, 1)
	if got := latestOf(t, a, info.ID); !got.BalanceB.Eq(gwei(13)) {
		t.Fatalf("B's balance %s, want 13 gwei (5 + 7 + 1)", got.BalanceB.Dec())
	}
}

func TestTowerAnswersAStaleForceCloseWhileVictimIsOffline(t *testing.T) {
	n := newTestNet(t)
	ctx := context.Background()
	towerKey := devl1.DevKey(3)
	tst, err := OpenStore(filepath.Join(t.TempDir(), "tower"))
	if err != nil {
		t.Fatal(err)
	}
	defer tst.Close()
	tower, err := NewTower(TowerConfig{L1: n.l1(towerKey), Store: tst, Logger: testLog(), Interval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := tower.Start(); err != nil {
		t.Fatal(err)
	}
	defer tower.Stop()
	tsrv, err := ListenWS("127.0.0.1:0", tower.APIs())
	if err != nil {
		t.Fatal(err)
	}
	defer tsrv.Close()

	a, b := n.peer(1, ""), n.peer(2, tsrv.URL())
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 5)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(1), 50, 1)
	stale := latestOf(t, a, info.ID).Nonce
	payMany(t, a, info.ID, gwei(1), 50, 8)
	latest := latestOf(t, b, info.ID)
	b.stop() // the victim goes offline
	// The tower acknowledged every state B countersigned before A had it.
	if got := tower.Best(info.ID); got == nil || got.Nonce != latest.Nonce {
		t.Fatalf("tower holds %v, want nonce %d", got, latest.Nonce)
	}
	if _, _, err := a.p.ForceClose(ctx, info.ID, stale); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		ch, err := a.p.cfg.L1.Channel(ctx, info.ID)
		if err != nil {
			t.Fatal(err)
		}
		if ch.Nonce == latest.Nonce {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("L1 still holds nonce %d, want the tower's %d", ch.Nonce, latest.Nonce)
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The answer came from the tower (alice's own peer does not answer the
	// close alice chose to make).
	for tower.Challenged() != 1 {
		if time.Now().After(deadline) {
			t.Fatalf("the tower sent %d challenges, want 1", tower.Challenged())
		}
		time.Sleep(10 * time.Millisecond)
	}
	// After the period, anyone settles; B gets the latest balance.
	beforeB, _ := n.chain.Client.BalanceAt(ctx, b.key2addr(), nil)
	for {
		err := a.p.Settle(ctx, info.ID)
		if err == nil {
			break
		}
		if !errors.Is(err, ErrChallengePeriodNotOver) {
			t.Fatal(err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	afterB, _ := n.chain.Client.BalanceAt(ctx, b.key2addr(), nil)
	if got := new(big.Int).Sub(afterB, beforeB); got.Cmp(gwei(100).ToBig()) != 0 {
		t.Fatalf("B received %s, want 100 gwei", got)
	}
}

func (tp *testPeer) key2addr() common.Address { return crypto.PubkeyToAddress(tp.key.PublicKey) }

func TestPayeeRefusesForgedStaleAndGreedyProposals(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	ctx := context.Background()
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 60)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(5), 2, 1)
	latest := latestOf(t, b, info.ID)
	propose := func(signer *ecdsa.PrivateKey, base uint64, s State) *Rejection {
		t.Helper()
		ss := SignedState{State: s}
		ss.SigA, _ = s.Sign(signer, a.p.Domain(), StateTypeHash)
		res, err := b.p.handlePropose(ctx, a.p.Address(), info.ID, base, []SignedState{ss})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Sigs) != 0 || res.Rejected == nil {
			t.Fatalf("B countersigned %v", &s)
		}
		return res.Rejected
	}
	next, _ := Pay(&latest.State, latest.Nonce+1, SideA, gwei(1), Deposits{A: latest.DepositA})
	if r := propose(devl1.DevKey(4), latest.Nonce, next); r.Code != CodeBadSig {
		t.Fatalf("proposal signed by a stranger: %+v", r)
	}
	if r := propose(a.key, latest.Nonce-1, next); r.Code != CodeStale || r.Latest == nil || r.Latest.Nonce != latest.Nonce {
		t.Fatalf("proposal on an old base: %+v", r)
	}
	greedy, _ := Pay(&latest.State, latest.Nonce+1, SideB, gwei(1), Deposits{A: latest.DepositA})
	if r := propose(a.key, latest.Nonce, greedy); r.Code != CodeRefused {
		t.Fatalf("proposal taking from B: %+v", r)
	}
	old := latest.State
	if r := propose(a.key, latest.Nonce, old); r.Code != CodeNonce {
		t.Fatalf("replayed state: %+v", r)
	}
	// Announcements and sync requests need the counterparty's signature too.
	if err := b.p.handleAnnounce(ctx, info.ID, "ws://127.0.0.1:1", make([]byte, 65)); err == nil {
		t.Fatal("unsigned announcement accepted")
	}
	sig, _ := signDigest(devl1.DevKey(4), SyncDigest(a.p.Domain(), info.ID, uint64(time.Now().Unix())))
	if _, err := b.p.handleLatest(ctx, info.ID, uint64(time.Now().Unix()), sig); err == nil {
		t.Fatal("sync request by a stranger answered")
	}
	if got := latestOf(t, b, info.ID); !got.State.Equal(&latest.State) {
		t.Fatalf("B's state moved to %v", &got.State)
	}
}

// propose builds n consecutive payments of amount from a's latest (or from
// base), signed by a, without sending them.
func signedPayments(t *testing.T, a *testPeer, base State, firstNonce uint64, n int, amount *uint256.Int) []SignedState {
	t.Helper()
	out := make([]SignedState, 0, n)
	prev := base
	for i := 0; i < n; i++ {
		next, err := Pay(&prev, firstNonce+uint64(i), SideA, amount, Deposits{A: prev.DepositA, B: prev.DepositB})
		if err != nil {
			t.Fatal(err)
		}
		ss := SignedState{State: next}
		ss.SigA, _ = next.Sign(a.key, a.p.Domain(), StateTypeHash)
		out = append(out, ss)
		prev = next
	}
	return out
}

func TestPipelinedBatchMayOvertakeTheOneItBuildsOn(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	ctx := context.Background()
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 60)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(1), 1, 1)
	latest := latestOf(t, b, info.ID)
	props := signedPayments(t, a, latest.State, latest.Nonce+1, 20, gwei(1))
	first, second := props[:10], props[10:]
	// The second batch reaches the payee first; it waits for the first.
	done := make(chan *ProposeResult, 1)
	go func() {
		res, err := b.p.handlePropose(ctx, a.p.Address(), info.ID, first[9].Nonce, second)
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	time.Sleep(50 * time.Millisecond)
	res1, err := b.p.handlePropose(ctx, a.p.Address(), info.ID, latest.Nonce, first)
	if err != nil || len(res1.Sigs) != 10 {
		t.Fatalf("first batch: %+v %v", res1, err)
	}
	if res2 := <-done; res2 == nil || len(res2.Sigs) != 10 {
		t.Fatalf("second batch: %+v", res2)
	}
	if got := latestOf(t, b, info.ID); got.Nonce != second[9].Nonce {
		t.Fatalf("B's latest nonce %d, want %d", got.Nonce, second[9].Nonce)
	}
	// A batch built on a refused one is refused at once, not after a wait.
	latest = latestOf(t, b, info.ID)
	bad := signedPayments(t, a, latest.State, latest.Nonce+1, 2, gwei(1))
	bad[1].SigA = bad[0].SigA // the second proposal is not signed by A
	if res, _ := b.p.handlePropose(ctx, a.p.Address(), info.ID, latest.Nonce, bad); res.Rejected == nil || res.Rejected.Code != CodeBadSig || len(res.Sigs) != 1 {
		t.Fatalf("batch with a bad signature: %+v", res)
	}
	onDead := signedPayments(t, a, bad[1].State, bad[1].Nonce+1, 1, gwei(1))
	start := time.Now()
	res, _ := b.p.handlePropose(ctx, a.p.Address(), info.ID, bad[1].Nonce, onDead)
	if res.Rejected == nil || res.Rejected.Code != CodeStale {
		t.Fatalf("batch on a refused one: %+v", res)
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("the payee waited %s for a base that can never come", d)
	}
}

func TestCooperativeCloseCatchesUpWithTheCounterparty(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	ctx := context.Background()
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 60)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(2), 3, 1)
	// B countersigns a payment whose answer A never sees.
	rt, _ := a.p.channel(info.ID)
	rt.mu.Lock()
	props := signedPayments(t, a, rt.latest.State, rt.highest+1, 1, gwei(5))
	rt.highest = props[0].Nonce
	rt.mu.Unlock()
	if res, err := b.p.handlePropose(ctx, a.p.Address(), info.ID, props[0].Nonce-1, props); err != nil || len(res.Sigs) != 1 {
		t.Fatalf("B refused: %+v %v", res, err)
	}
	// A closes: B refuses A's out-of-date final state, A catches up and
	// signs a new one, and L1 pays the balances B holds.
	final, err := a.p.Close(ctx, info.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !final.BalanceB.Eq(gwei(11)) {
		t.Fatalf("final state gives B %s, want 11 gwei", final.BalanceB.Dec())
	}
	ch, err := a.p.cfg.L1.Channel(ctx, info.ID)
	if err != nil || ch.Status != l1StatusClosed || ch.Nonce != final.Nonce {
		t.Fatalf("L1: status %d nonce %d (%v), want closed at %d", ch.Status, ch.Nonce, err, final.Nonce)
	}
}

func TestTowerKeepsOnlyGenuineNewerStates(t *testing.T) {
	n := newTestNet(t)
	ctx := context.Background()
	st, err := OpenStore(filepath.Join(t.TempDir(), "tower"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tower, err := NewTower(TowerConfig{L1: n.l1(devl1.DevKey(3)), Store: st, Logger: testLog()})
	if err != nil {
		t.Fatal(err)
	}
	a, b := n.peer(1, ""), n.peer(2, "")
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 60)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(1), 5, 1)
	good := latestOf(t, b, info.ID)
	if held, err := tower.Register(ctx, &good); err != nil || held != good.Nonce {
		t.Fatalf("register: %d %v", held, err)
	}
	// A newer state B never signed: refused.
	forged := signedPayments(t, a, good.State, good.Nonce+1, 1, gwei(1))[0]
	forged.SigB, _ = forged.State.Sign(devl1.DevKey(4), a.p.Domain(), StateTypeHash)
	if _, err := tower.Register(ctx, &forged); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("forged state: %v, want ErrWrongSigner", err)
	}
	// An older genuine state: kept out, the newer one stays.
	old, err := b.st.State(info.ID, good.Nonce-1)
	if err != nil {
		t.Fatal(err)
	}
	if held, err := tower.Register(ctx, old); err != nil || held != good.Nonce {
		t.Fatalf("older state: held %d, %v", held, err)
	}
	// A state of a channel that does not exist: refused.
	ghost := good
	ghost.ChannelID = common.Hash{7}
	if _, err := tower.Register(ctx, &ghost); !errors.Is(err, ErrUnknownChannel) {
		t.Fatalf("unknown channel: %v", err)
	}
	// What the tower holds survives a restart on the same store.
	again, err := NewTower(TowerConfig{L1: n.l1(devl1.DevKey(3)), Store: st, Logger: testLog()})
	if err != nil {
		t.Fatal(err)
	}
	if err := again.Start(); err != nil {
		t.Fatal(err)
	}
	defer again.Stop()
	if got := again.Best(info.ID); got == nil || !got.State.Equal(&good.State) {
		t.Fatalf("after a restart the tower holds %v, want nonce %d", got, good.Nonce)
	}
}

func TestTopUpIsAcknowledgedByTheNextPayment(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	ctx := context.Background()
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 60)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(3), 1, 1)
	// B tops up on L1 and pays; the state now accounts for B's deposit,
	// and A (who had not seen it) checks it on L1 before countersigning.
	if err := b.p.Deposit(ctx, info.ID, gwei(100)); err != nil {
		t.Fatal(err)
	}
	payMany(t, b, info.ID, gwei(50), 1, 1)
	got := latestOf(t, a, info.ID)
	wantA := new(uint256.Int).Sub(eth(1), gwei(3))
	wantA.Add(wantA, gwei(50))
	if !got.DepositB.Eq(gwei(100)) || !got.BalanceB.Eq(gwei(53)) || !got.BalanceA.Eq(wantA) {
		t.Fatalf("after the top-up: %v", &got.State)
	}
	// A state claiming a deposit L1 does not hold is refused.
	rt, _ := b.p.channel(info.ID)
	rt.mu.Lock()
	base := rt.latest.State
	rt.mu.Unlock()
	greedy, _ := Pay(&base, base.Nonce+5, SideB, gwei(1), Deposits{A: base.DepositA, B: *new(uint256.Int).Add(gwei(100), gwei(1))})
	ss := SignedState{State: greedy}
	ss.SigB, _ = greedy.Sign(b.key, b.p.Domain(), StateTypeHash)
	res, err := a.p.handlePropose(ctx, b.p.Address(), info.ID, base.Nonce, []SignedState{ss})
	if err != nil || res.Rejected == nil || !strings.Contains(res.Rejected.Message, ErrDepositNotOnL1.Error()) {
		t.Fatalf("deposit not on L1: %+v %v", res, err)
	}
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func TestForceCloseWithTheLatestStateSettlesAfterThePeriod(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	ctx := context.Background()
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 2)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(9), 3, 1)
	// B's counterparty has vanished; B closes alone with the latest state.
	aAddr := a.p.Address()
	a.stop()
	before, _ := n.chain.Client.BalanceAt(ctx, aAddr, nil)
	ss, closesAt, err := b.p.ForceClose(ctx, info.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if ss.Nonce != latestOf(t, b, info.ID).Nonce || closesAt == 0 {
		t.Fatalf("closed with nonce %d (closes at %d), want the latest", ss.Nonce, closesAt)
	}
	if err := b.p.Pay(ctx, info.ID, gwei(1)); !errors.Is(err, ErrNotOpen) {
		t.Fatalf("payment on a closing channel: %v, want ErrNotOpen", err)
	}
	if err := b.p.Settle(ctx, info.ID); !errors.Is(err, ErrChallengePeriodNotOver) {
		t.Fatalf("settle at once: %v, want ErrChallengePeriodNotOver", err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		err := b.p.Settle(ctx, info.ID)
		if err == nil {
			break
		}
		if !errors.Is(err, ErrChallengePeriodNotOver) || time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	after, _ := n.chain.Client.BalanceAt(ctx, aAddr, nil)
	want := new(uint256.Int).Sub(eth(1), gwei(27))
	if got := new(big.Int).Sub(after, before); got.Cmp(want.ToBig()) != 0 {
		t.Fatalf("A received %s, want %s", got, want.Dec())
	}
	if st, err := b.p.Status(ctx, info.ID); err != nil || st.Info.Status != StatusClosed || st.L1Status != l1StatusClosed {
		t.Fatalf("status after settle: %+v %v", st, err)
	}
}

// TestZeroPaymentsAreRefused: a payment of nothing is refused before any
// state is signed; the channel's nonce does not move.
func TestZeroPaymentsAreRefused(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	ctx := context.Background()
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 60)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(1), 2, 1)
	before := latestOf(t, a, info.ID)
	if err := a.p.Pay(ctx, info.ID, uint256.NewInt(0)); !errors.Is(err, ErrZeroAmount) {
		t.Fatalf("paying 0: %v, want ErrZeroAmount", err)
	}
	if rep, err := NewCtlAPI(a.p).Pay(ctx, info.ID, uint256.NewInt(0), 3, 1); err != nil || rep.Paid != 0 || rep.Failed != 3 {
		t.Fatalf("channelctl_pay of 0: %+v, %v; want all three refused", rep, err)
	}
	if after := latestOf(t, a, info.ID); after.Nonce != before.Nonce || latestOf(t, b, info.ID).Nonce != before.Nonce {
		t.Fatalf("nonce moved from %d to %d (payee %d) on payments of nothing", before.Nonce, after.Nonce, latestOf(t, b, info.ID).Nonce)
	}
}

// TestBothPartiesShowTheCloseAtOnce: the party that did not close reports
// a close the moment L1 holds it, before its watcher has seen the event
// (here: a watcher that reads L1 once a minute): a cooperative close as
// closed, with the very final state, nonce and balances, that the closer
// reports and L1 records; a force-close as closing, with its end.
func TestBothPartiesShowTheCloseAtOnce(t *testing.T) {
	n := newTestNet(t)
	ctx := context.Background()
	for _, force := range []bool{false, true} {
		a := n.peer(1, "")
		b := &testPeer{n: n, key: devl1.DevKey(2), dir: filepath.Join(n.t.TempDir(), "peer"), addr: "127.0.0.1:0", watch: time.Minute}
		b.start()
		info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), 60)
		if err != nil {
			t.Fatal(err)
		}
		waitAnnounced(t, b, info.ID)
		payMany(t, a, info.ID, gwei(5), 3, 1)
		if force {
			ss, closesAt, err := a.p.ForceClose(ctx, info.ID, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, tp := range []*testPeer{a, b} {
				st, err := tp.p.Status(ctx, info.ID)
				if err != nil || st.Info.Status != StatusClosing || st.Info.ClosesAt != closesAt || st.L1Nonce != ss.Nonce {
					t.Fatalf("force-close: %s reports %s closing at %d, L1 nonce %d (%v); want closing at %d with nonce %d", tp.p.Address(), st.Info.Status, st.Info.ClosesAt, st.L1Nonce, err, closesAt, ss.Nonce)
				}
			}
		} else {
			final, err := a.p.Close(ctx, info.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, tp := range []*testPeer{a, b} {
				st, err := tp.p.Status(ctx, info.ID)
				if err != nil || st.Info.Status != StatusClosed || st.Info.Final == nil || !st.Info.Final.State.Equal(&final.State) || st.L1Nonce != final.Nonce {
					t.Fatalf("cooperative close: %s reports %+v (%v); want closed with the final state of nonce %d that L1 holds", tp.p.Address(), st, err, final.Nonce)
				}
			}
		}
		a.stop()
		b.stop()
	}
}
