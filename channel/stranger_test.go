package channel

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// proposeRequest is a channel_propose JSON-RPC request of n states built on
// base, each carrying the same signature by key (valid, but by whoever key
// is): what a stranger who read the channel id on L1 sends. Encoded once,
// so that sending it costs the attacker next to nothing.
func proposeRequest(t *testing.T, id common.Hash, base State, n int, signer *testPeer) []byte {
	t.Helper()
	props := make([]SignedState, n)
	var sig []byte
	for i := range props {
		s := base
		s.Nonce = base.Nonce + 1 + uint64(i)
		props[i].State = s
		if sig == nil {
			var err error
			if sig, err = s.Sign(signer.key, signer.p.Domain(), StateTypeHash); err != nil {
				t.Fatal(err)
			}
		}
		props[i].SigA, props[i].SigB = sig, sig
	}
	req, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "channel_propose", "params": []any{id, base.Nonce, props}})
	if err != nil {
		t.Fatal(err)
	}
	return req
}

// flood sends messages to a peer over WebSocket connections as fast as
// the server reads them, and reads (and keeps) the answers, until stop.
type flood struct {
	wg      sync.WaitGroup
	stopped atomic.Bool
	conns   []*websocket.Conn
	sent    atomic.Int64
	mu      sync.Mutex
	answers [][]byte
}

// attacker is one kind of connection a flood opens.
type attacker struct {
	from   string      // local loopback address
	header http.Header // the handshake's headers (an Auth of the stranger's own, say)
	msg    []byte
}

// maskedFrames is msg as client WebSocket text frames, repeated to fill
// at least 64 KiB, and how many: written with one call each time, they
// cost the attacker next to nothing, as an attacker would have it.
func maskedFrames(msg []byte) ([]byte, int) {
	frame := []byte{0x81, 0x80}
	switch {
	case len(msg) < 126:
		frame[1] |= byte(len(msg))
	case len(msg) <= 0xffff:
		frame[1] |= 126
		frame = binary.BigEndian.AppendUint16(frame, uint16(len(msg)))
	default:
		frame[1] |= 127
		frame = binary.BigEndian.AppendUint64(frame, uint64(len(msg)))
	}
	key := []byte{0x5a, 0x17, 0xc3, 0x88}
	frame = append(frame, key...)
	for i, c := range msg {
		frame = append(frame, c^key[i%4])
	}
	var out []byte
	n := 0
	for len(out) < 64<<10 || n == 0 {
		out = append(out, frame...)
		n++
	}
	return out, n
}

func startFlood(t *testing.T, url string, attackers []attacker) *flood {
	t.Helper()
	f := &flood{}
	for _, at := range attackers {
		c, _, err := dialFrom(at.from).Dial(url, at.header)
		if err != nil {
			t.Fatalf("the stranger's connection: %v", err)
		}
		burst, frames := maskedFrames(at.msg)
		f.conns = append(f.conns, c)
		f.wg.Add(2)
		go func() {
			defer f.wg.Done()
			raw := c.UnderlyingConn()
			for !f.stopped.Load() {
				if _, err := raw.Write(burst); err != nil {
					return
				}
				f.sent.Add(int64(frames))
			}
		}()
		go func() {
			defer f.wg.Done()
			for {
				_, b, err := c.ReadMessage()
				if err != nil {
					return
				}
				f.mu.Lock()
				if len(f.answers) < 1000 {
					f.answers = append(f.answers, b)
				}
				f.mu.Unlock()
			}
		}()
	}
	return f
}

func (f *flood) stop() {
	f.stopped.Store(true)
	for _, c := range f.conns {
		c.Close()
	}
	f.wg.Wait()
}

// payRate makes payments of 1 gwei from tp, conc at a time, for about d,
// and returns how many completed per second (every payment started is
// waited for and counted in the elapsed time).
func payRate(t *testing.T, tp *testPeer, id common.Hash, d time.Duration, conc int) float64 {
	t.Helper()
	var paid, failed atomic.Int64
	var firstErr atomic.Value
	var stop atomic.Bool
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				if err := tp.p.Pay(context.Background(), id, gwei(1)); err != nil {
					failed.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
					continue
				}
				paid.Add(1)
			}
		}()
	}
	deadline := time.NewTimer(d)
	<-deadline.C
	stop.Store(true)
	wg.Wait()
	el := time.Since(start)
	if failed.Load() > 0 {
		t.Fatalf("%d payments failed: %v", failed.Load(), firstErr.Load())
	}
	return float64(paid.Load()) / el.Seconds()
}

// TestStrangerFloodingProposeLeavesTheCounterpartysThroughput is the
// attack: a stranger who read a channel id on L1 floods the payee's
// channel_propose while the counterparty pays: batches of 4,096 states
// signed by the wrong key, over plain connections and over connections
// authenticated with the stranger's own key, and one-state proposals and
// bare channel_hello calls as fast as they go from four more addresses.
// The payee used to verify every signature of every batch before it
// looked at who was asking, and the counterparty's payments fell to a
// small fraction of their rate. The rates with and without the flood are
// measured in the same test, in alternating rounds, and compared as the
// median of the rounds' ratios.
func TestStrangerFloodingProposeLeavesTheCounterpartysThroughput(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	id := openPaid(t, a, b)
	stranger := &testPeer{key: devl1.DevKey(5), p: a.p}
	base := latestOf(t, b, id).State
	big := proposeRequest(t, id, base, maxProposals, stranger)
	small := proposeRequest(t, id, base, 1, stranger)
	ownAuth := func() http.Header {
		tok, err := signAuth(stranger.key, b.p.Domain(), b.p.Address(), time.Now())
		if err != nil {
			t.Fatal(err)
		}
		return http.Header{AuthHeader: {tok}}
	}
	tiny := []byte(`{"jsonrpc":"2.0","id":1,"method":"channel_hello"}`)
	attackers := func() []attacker {
		return []attacker{
			{from: "127.0.0.1", msg: big}, {from: "127.0.0.1", msg: big},
			{from: "127.0.0.1", header: ownAuth(), msg: big}, {from: "127.0.0.1", header: ownAuth(), msg: big},
			{from: "127.0.0.2", msg: small}, {from: "127.0.0.3", msg: small},
			{from: "127.0.0.4", msg: tiny}, {from: "127.0.0.5", msg: tiny},
		}
	}
	payRate(t, a, id, 500*time.Millisecond, 256) // warm up

	// Short rounds, alternately without and with the flood, and the
	// median of their ratios: the shared machine's load moves the rates
	// far more than from one second to the next.
	const rounds, window = 5, time.Second
	var ratios []float64
	var answers [][]byte
	for round := 0; round < rounds; round++ {
		calm := payRate(t, a, id, window, 256)
		f := startFlood(t, b.srv.URL(), attackers())
		attacked := payRate(t, a, id, window, 256)
		f.stop()
		answers = append(answers, f.answers...)
		ratios = append(ratios, attacked/calm)
		t.Logf("round %d: %.0f payments/s without the flood, %.0f with it (%d messages sent, %d answered)",
			round, calm, attacked, f.sent.Load(), len(f.answers))
	}
	slices.Sort(ratios)
	ratio := ratios[rounds/2]
	t.Logf("under the flood the counterparty pays at %.2f of its rate without it (the median of %.2f)", ratio, ratios)
	if ratio < 0.5 {
		t.Errorf("under a stranger's flood the counterparty pays at %.2f of its unattacked rate, want at least 0.5", ratio)
	}
	// Every answer the stranger got, but to a hello within the limits, is
	// a refusal: not the counterparty, or over the limit.
	refusals := map[int]int{}
	for _, ans := range answers {
		var m struct {
			Result json.RawMessage `json:"result"`
			Error  *struct {
				Code int `json:"code"`
			} `json:"error"`
		}
		if bytes.Contains(ans, []byte(`"domain"`)) {
			continue // an answered hello
		}
		if err := json.Unmarshal(ans, &m); err != nil || m.Result != nil || m.Error == nil ||
			(m.Error.Code != ErrCodeNotCounterparty && m.Error.Code != ErrCodeLimitExceeded) {
			t.Fatalf("the stranger got %.300s, want a refusal", ans)
		}
		refusals[m.Error.Code]++
	}
	t.Logf("the stranger's answers: %d not the counterparty, %d over the limit", refusals[ErrCodeNotCounterparty], refusals[ErrCodeLimitExceeded])
	if refusals[ErrCodeLimitExceeded] == 0 {
		t.Errorf("no call of the stranger's was refused for its rate: the flood never reached the limit")
	}
}

// codeOf is the JSON-RPC error code of err, or 0.
func codeOf(err error) int {
	var e rpc.Error
	if errors.As(err, &e) {
		return e.ErrorCode()
	}
	return 0
}

func httpURL(tp *testPeer) string { return "http://" + tp.addr }

// TestAStrangersStaleProposalLearnsNothing is the attack: a stranger sends
// a proposal built on an old state, over every way in. The payee used to
// answer it like the counterparty's, with its latest state signed by both
// (balances and payment count) and the highest nonce it had signed. Now a
// caller that is not the channel's counterparty on a connection the
// counterparty's key opened gets one error, the same as for a channel the
// payee does not hold; the counterparty's own stale proposal still gets
// the latest state, which is how a payer that lost an answer catches up.
func TestAStrangersStaleProposalLearnsNothing(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	id := openPaid(t, a, b)
	payMany(t, a, id, gwei(7), 3, 1)
	latest := latestOf(t, b, id)
	dom := b.p.Domain()
	prop := signedPayments(t, a, latest.State, latest.Nonce+1, 1, gwei(1))
	ctx := within(t)
	stale := func(c *rpc.Client, id common.Hash) (*ProposeResult, error) {
		var res *ProposeResult
		err := c.CallContext(ctx, &res, "channel_propose", id, latest.Nonce-1, prop)
		return res, err
	}
	elsewhere := crypto.Keccak256Hash([]byte("a channel b does not hold"))
	for _, tc := range []struct {
		name string
		dial func() (*rpc.Client, error)
	}{
		{"an unauthenticated WebSocket", func() (*rpc.Client, error) { return rpc.DialContext(ctx, b.srv.URL()) }},
		{"plain HTTP", func() (*rpc.Client, error) { return rpc.DialContext(ctx, httpURL(b)) }},
		{"a stranger's authenticated WebSocket", func() (*rpc.Client, error) {
			return Dial(ctx, b.srv.URL(), devl1.DevKey(5), dom, b.p.Address())
		}},
		{"the payer's Auth over plain HTTP", func() (*rpc.Client, error) { return Dial(ctx, httpURL(b), a.key, dom, b.p.Address()) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := tc.dial()
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			res, err := stale(c, id)
			if res != nil || codeOf(err) != ErrCodeNotCounterparty {
				t.Fatalf("a stranger's stale proposal: %+v %v, want only an error with code %d", res, err, ErrCodeNotCounterparty)
			}
			_, other := stale(c, elsewhere)
			if other == nil || strings.ReplaceAll(other.Error(), elsewhere.Hex(), id.Hex()) != err.Error() {
				t.Fatalf("the answer depends on the channel: %q for it, %q for one b does not hold", err, other)
			}
			// Nor does it carry a number of the channel's: past the channel
			// id and the caller's address, no balance, no nonce.
			rest := regexp.MustCompile(`0x[0-9a-fA-F]+`).ReplaceAllString(err.Error(), "")
			for _, leak := range []string{latest.BalanceB.Dec(), latest.BalanceA.Dec(), fmt.Sprint(latest.Nonce), "latest", "highest"} {
				if regexp.MustCompile(`\b` + leak + `\b`).MatchString(rest) {
					t.Fatalf("the stranger learns %q: %v", leak, err)
				}
			}
			// The other calls that hold state want the counterparty's signature.
			now := uint64(time.Now().Unix())
			sig, _ := signDigest(devl1.DevKey(5), SyncDigest(dom, id, now))
			var sync *SyncResult
			if err := c.CallContext(ctx, &sync, "channel_latest", id, now, hexutil.Bytes(sig)); err == nil || sync != nil {
				t.Fatalf("channel_latest signed by a stranger: %+v %v", sync, err)
			}
		})
	}
	// A handshake passed on from another peer (a's Auth addressed to
	// someone else) is refused, not taken for a's.
	tok, err := signAuth(a.key, dom, common.Address{9}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, resp, err := websocket.DefaultDialer.Dial(b.srv.URL(), http.Header{AuthHeader: {tok}}); err == nil || resp == nil || resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("a's handshake addressed to another peer: %v %v, want 401", resp, err)
	}
	// The counterparty's stale proposal gets what it needs to catch up.
	c, err := Dial(ctx, b.srv.URL(), a.key, dom, b.p.Address())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	res, err := stale(c, id)
	if err != nil || res == nil || res.Rejected == nil || res.Rejected.Code != CodeStale || res.Rejected.Latest == nil ||
		!res.Rejected.Latest.State.Equal(&latest.State) || res.Rejected.Highest != latest.Nonce {
		t.Fatalf("the counterparty's stale proposal: %+v %v, want refused as stale with the latest state (nonce %d)", res, err, latest.Nonce)
	}
}

// forgedBatch is n proposals on base, all carrying one signature by
// stranger: a batch whose every signature would have to be checked.
func forgedBatch(t *testing.T, base State, n int, d Domain) []SignedState {
	t.Helper()
	props := make([]SignedState, n)
	for i := range props {
		s := base
		s.Nonce = base.Nonce + 1 + uint64(i)
		props[i].State = s
	}
	sig, err := props[0].Sign(devl1.DevKey(5), d, StateTypeHash)
	if err != nil {
		t.Fatal(err)
	}
	for i := range props {
		props[i].SigA = sig
	}
	return props
}

// TestProposeChecksTheCheapThingsBeforeAnySignature: the payee used to
// check every signature of a batch before it looked at who sent it, at
// the channel's status or at the base nonce. Now each of these refusals
// comes without a single signature checked, and a batch whose first
// signature is forged costs one chunk of checks, not the batch.
func TestProposeChecksTheCheapThingsBeforeAnySignature(t *testing.T) {
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peer(2, "")
	id := openPaid(t, a, b)
	latest := latestOf(t, b, id)
	dom := b.p.Domain()
	batch := forgedBatch(t, latest.State, maxProposals, dom)
	// The stale case below leaves its last nonce a refused base.
	deadBase := batch[len(batch)-1].Nonce
	setStatus := func(s Status) func() {
		return func() {
			rt, _ := b.p.channel(id)
			rt.mu.Lock()
			rt.info.Status = s
			rt.mu.Unlock()
		}
	}
	payer := a.p.Address()
	for _, tc := range []struct {
		name     string
		setup    func()
		caller   common.Address
		id       common.Hash
		base     uint64
		props    []SignedState
		wantErr  error
		wantCode string
	}{
		{name: "an unauthenticated caller", id: id, base: latest.Nonce, props: batch, wantErr: ErrNotCounterparty},
		{name: "an authenticated stranger", caller: addrOf(devl1.DevKey(5)), id: id, base: latest.Nonce, props: batch, wantErr: ErrNotCounterparty},
		{name: "the payee itself", caller: b.p.Address(), id: id, base: latest.Nonce, props: batch, wantErr: ErrNotCounterparty},
		{name: "a channel the payee does not hold", caller: payer, id: common.Hash{1}, base: latest.Nonce, props: batch, wantErr: ErrNotCounterparty},
		{name: "more proposals than a call may carry", caller: payer, id: id, base: latest.Nonce,
			props: append(append([]SignedState(nil), batch...), batch[0]), wantErr: ErrTooManyProposals},
		{name: "a stale base", caller: payer, id: id, base: latest.Nonce - 1, props: batch, wantCode: CodeStale},
		{name: "a base that was refused", caller: payer, id: id, base: deadBase, props: forgedBatch(t, batch[len(batch)-1].State, 16, dom), wantCode: CodeStale},
		{name: "a base no batch can reach", caller: payer, id: id, base: latest.Nonce + MaxNonceJump + maxProposals + 1, props: batch, wantCode: CodeStale},
		{name: "a closing channel", setup: setStatus(StatusClosing), caller: payer, id: id, base: latest.Nonce, props: batch, wantCode: CodeNotOpen},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.setup != nil {
				tc.setup()
				defer setStatus(StatusOpen)()
			}
			before := b.p.sigChecks.Load()
			res, err := b.p.handlePropose(within(t), tc.caller, tc.id, tc.base, tc.props)
			switch {
			case tc.wantErr != nil:
				if res != nil || !errors.Is(err, tc.wantErr) {
					t.Fatalf("%+v %v, want %v", res, err, tc.wantErr)
				}
			case err != nil || res.Rejected == nil || res.Rejected.Code != tc.wantCode || len(res.Sigs) != 0:
				t.Fatalf("%+v %v, want refused with %q", res, err, tc.wantCode)
			}
			if got := b.p.sigChecks.Load() - before; got != 0 {
				t.Fatalf("%d signatures checked, want none", got)
			}
		})
	}
	before := b.p.sigChecks.Load()
	res, err := b.p.handlePropose(within(t), payer, id, latest.Nonce, batch)
	if err != nil || res.Rejected == nil || res.Rejected.Code != CodeBadSig {
		t.Fatalf("a batch with a forged first signature: %+v %v", res, err)
	}
	if got := b.p.sigChecks.Load() - before; got == 0 || got > verifyChunk {
		t.Fatalf("a batch of %d with a forged first signature cost %d checks, want at most %d", len(batch), got, verifyChunk)
	}
	good := signedPayments(t, a, latest.State, latest.Nonce+1, 3, gwei(1))
	before = b.p.sigChecks.Load()
	if res, err := b.p.handlePropose(within(t), payer, id, latest.Nonce, good); err != nil || len(res.Sigs) != 3 {
		t.Fatalf("the payer's batch: %+v %v", res, err)
	}
	if got := b.p.sigChecks.Load() - before; got != 3 {
		t.Fatalf("the payer's batch of 3 cost %d checks, want 3", got)
	}
}

// fakeClock is a clock that moves only when told.
type fakeClock struct{ ns atomic.Int64 }

func newFakeClock() *fakeClock {
	c := &fakeClock{}
	c.ns.Store(time.Now().UnixNano())
	return c
}

func (c *fakeClock) now() time.Time      { return time.Unix(0, c.ns.Load()) }
func (c *fakeClock) add(d time.Duration) { c.ns.Add(int64(d)) }
func dialFrom(ip string) *websocket.Dialer { // a client on another loopback address
	return &websocket.Dialer{NetDialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}).DialContext}
}

// hellos makes count channel_hello calls over c and returns how many were
// answered; every refusal must be the rate limit's, with its code.
func hellos(t *testing.T, c *rpc.Client, count int) int {
	t.Helper()
	ok := 0
	for i := 0; i < count; i++ {
		var h Hello
		err := c.CallContext(within(t), &h, "channel_hello")
		switch {
		case err == nil:
			ok++
		case codeOf(err) != ErrCodeLimitExceeded || !strings.Contains(err.Error(), ErrRateLimited.Error()):
			t.Fatalf("hello refused with %v (code %d), want the rate limit's error, code %d", err, codeOf(err), ErrCodeLimitExceeded)
		}
	}
	return ok
}

// TestStrangerLimitsRefuseAFloodAndRecover: strangers' calls and
// handshakes are limited per address and in total, refused with a clear
// error beyond, and admitted again as the limits refill; the
// counterparty pays throughout. There were no limits: a stranger could
// call as fast as it liked.
func TestStrangerLimitsRefuseAFloodAndRecover(t *testing.T) {
	clock := newFakeClock()
	lim := Limits{CallsPerAddress: Rate{PerSecond: 10, Burst: 10}, Calls: Rate{PerSecond: 15, Burst: 15},
		HandshakesPerAddress: Rate{PerSecond: 2, Burst: 2}, Handshakes: Rate{PerSecond: 3, Burst: 3}, Now: clock.now}
	n := newTestNet(t)
	a, b := n.peer(1, ""), n.peerWithLimits(2, "", lim)
	id := openPaid(t, a, b)
	clock.add(time.Minute) // what opening took is paid back
	ctx := within(t)

	one, err := rpc.DialOptions(ctx, b.srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	two, err := rpc.DialOptions(ctx, b.srv.URL(), rpc.WithWebsocketDialer(*dialFrom("127.0.0.2")))
	if err != nil {
		t.Fatal(err)
	}
	defer two.Close()
	if got := hellos(t, one, 30); got != 10 {
		t.Fatalf("127.0.0.1 had %d of 30 calls answered, want its 10", got)
	}
	if got := hellos(t, two, 30); got != 5 {
		t.Fatalf("127.0.0.2 had %d of 30 calls answered, want the 5 left of 15 in all", got)
	}
	// The counterparty is held to none of it.
	payMany(t, a, id, gwei(1), 20, 4)
	if err := a.p.Sync(ctx, id); err != nil {
		t.Fatalf("the counterparty's channel_latest while strangers are refused: %v", err)
	}

	// Handshakes: each costs the payee a signature recovery.
	stranger := devl1.DevKey(5)
	handshake := func() int {
		tok, err := signAuth(stranger, b.p.Domain(), b.p.Address(), clock.now())
		if err != nil {
			t.Fatal(err)
		}
		c, resp, err := websocket.DefaultDialer.Dial(b.srv.URL(), http.Header{AuthHeader: {tok}})
		if err == nil {
			c.Close()
		}
		if resp == nil {
			t.Fatalf("handshake: %v", err)
		}
		return resp.StatusCode
	}
	for i := 0; i < 2; i++ {
		if code := handshake(); code != http.StatusSwitchingProtocols {
			t.Fatalf("handshake %d: HTTP %d, want 101", i, code)
		}
	}
	if code := handshake(); code != http.StatusTooManyRequests {
		t.Fatalf("handshake over the limit: HTTP %d, want 429", code)
	}

	clock.add(time.Second)
	if got := hellos(t, one, 30); got != 10 {
		t.Fatalf("a second later 127.0.0.1 had %d of 30 calls answered, want 10", got)
	}
	if code := handshake(); code != http.StatusSwitchingProtocols {
		t.Fatalf("a handshake a second later: HTTP %d, want 101", code)
	}
}

// TestStrangersBytesArePacedNotTheCounterpartys: what a stranger sends is
// read no faster than the byte limits, every message counting as at least
// msgCost bytes, so that decoding and refusing it cannot take the payee's
// CPU; the counterparty's connection is read at once. A stranger's
// requests, sent first, used to be read and answered at once: a large one,
// or thousands of small ones.
func TestStrangersBytesArePacedNotTheCounterpartys(t *testing.T) {
	hello := []byte(`{"jsonrpc":"2.0","id":1,"method":"channel_hello"}`)
	for _, tc := range []struct {
		name string
		lim  Rate
		msgs [][]byte
	}{
		{"one large request", Rate{PerSecond: 1 << 10, Burst: 1 << 10},
			[][]byte{[]byte(`{"jsonrpc":"2.0","id":1,"method":"channel_hello","params":["` + strings.Repeat("0", 64<<10) + `"]}`)}},
		{"many small ones", Rate{PerSecond: 64 << 10, Burst: 128 << 10}, slices.Repeat([][]byte{hello}, 2000)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := newTestNet(t)
			a, b := n.peer(1, ""), n.peerWithLimits(2, "", Limits{BytesPerAddress: tc.lim, Bytes: tc.lim})
			id := openPaid(t, a, b)
			c, _, err := websocket.DefaultDialer.Dial(b.srv.URL(), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			var answered atomic.Int64
			go func() {
				for {
					if _, _, err := c.ReadMessage(); err != nil {
						return
					}
					answered.Add(1)
				}
			}()
			go func() {
				for _, m := range tc.msgs {
					if c.WriteMessage(websocket.TextMessage, m) != nil {
						return
					}
				}
			}()
			payMany(t, a, id, gwei(1), 20, 1)
			if got := answered.Load(); got >= int64(len(tc.msgs)) {
				t.Fatalf("all %d of the stranger's requests were read and answered before 20 of the counterparty's payments", got)
			}
		})
	}
}

// TestFramesAreCountedWhereverReadsSplitThem: the frame counter that
// charges a stranger per message finds every frame, masked or not, of
// every length form, however the stream is cut into reads.
func TestFramesAreCountedWhereverReadsSplitThem(t *testing.T) {
	var stream []byte
	sizes := []int{0, 1, 125, 126, 127, 65535, 65536, 70000, 3}
	for i, size := range sizes {
		stream = append(stream, wsFrame(size, i%2 == 0)...)
	}
	for _, chunk := range []int{1, 2, 3, 5, 13, 64, 4096, len(stream)} {
		var f frames
		got := 0
		for p := stream; len(p) > 0; {
			k := min(chunk, len(p))
			got += f.count(p[:k])
			p = p[k:]
		}
		if got != len(sizes) || f.have != 0 || f.skip != 0 {
			t.Fatalf("reads of %d bytes: %d frames counted (state %d/%d), want %d", chunk, got, f.have, f.skip, len(sizes))
		}
	}
}

// wsFrame is a binary WebSocket frame of size payload bytes.
func wsFrame(size int, masked bool) []byte {
	b := []byte{0x82, 0}
	switch {
	case size < 126:
		b[1] = byte(size)
	case size <= 0xffff:
		b[1] = 126
		b = binary.BigEndian.AppendUint16(b, uint16(size))
	default:
		b[1] = 127
		b = binary.BigEndian.AppendUint64(b, uint64(size))
	}
	if masked {
		b[1] |= 0x80
		b = append(b, 1, 2, 3, 4)
	}
	return append(b, make([]byte, size)...)
}

// FuzzFrames: the frame counter never panics on any bytes, and counts
// exactly the frames of a well-formed stream whatever the reads.
func FuzzFrames(f *testing.F) {
	f.Add([]byte{0, 1, 200, 7}, uint8(3), []byte{0x81, 0x85})
	f.Fuzz(func(t *testing.T, sizes []byte, chunk uint8, junk []byte) {
		var j frames
		j.count(junk)
		var stream []byte
		for i, s := range sizes {
			size := int(s)
			if s > 250 {
				size = 126 + int(s)*300 // the 16-bit length form
			}
			stream = append(stream, wsFrame(size, i%2 == 1)...)
		}
		step := int(chunk)%97 + 1
		var fr frames
		got := 0
		for p := stream; len(p) > 0; {
			k := min(step, len(p))
			got += fr.count(p[:k])
			p = p[k:]
		}
		if got != len(sizes) {
			t.Fatalf("%d frames counted, want %d", got, len(sizes))
		}
	})
}

// TestAuthHandshakeRules: what the payee makes of an AuthHeader value.
func TestAuthHandshakeRules(t *testing.T) {
	self := addrOf(testKey(t, 2))
	dom := Domain{ChainID: 1337, Contract: common.Address{7}}
	key := testKey(t, 1)
	now := time.Now()
	g := newGate(self, dom, Limits{HandshakesPerAddress: Rate{PerSecond: 1, Burst: 100}, Handshakes: Rate{PerSecond: 1, Burst: 100},
		Now: func() time.Time { return now }}, func(common.Address) bool { return false })
	sign := func(k *ecdsa.PrivateKey, peer common.Address, at time.Time) string {
		v, err := signAuth(k, dom, peer, at)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	valid := sign(key, self, now)
	tamper := func(v string, at int, b byte) string {
		raw := hexutil.MustDecode(v)
		raw[at] ^= b
		return hexutil.Encode(raw)
	}
	for _, tc := range []struct {
		name  string
		value string
		want  error
	}{
		{"valid", valid, nil},
		{"replayed", valid, ErrAuthRefused},
		{"empty", "", ErrAuthRefused},
		{"not hex", "0x" + strings.Repeat("zz", authLen), ErrAuthRefused},
		{"too short", valid[:len(valid)-2], ErrAuthRefused},
		{"too long", valid + "00", ErrAuthRefused},
		{"a minute and more old", sign(key, self, now.Add(-(authWindow+1)*time.Second)), ErrAuthRefused},
		{"a minute and more ahead", sign(key, self, now.Add((authWindow+1)*time.Second)), ErrAuthRefused},
		{"at the edge of the window", sign(key, self, now.Add(-authWindow*time.Second)), nil},
		{"addressed to another peer", sign(key, common.Address{9}, now), ErrAuthRefused},
		{"claiming another address", tamper(sign(key, self, now), 8+32, 1), ErrAuthRefused},
		{"another time than signed", tamper(sign(key, self, now), 7, 1), ErrAuthRefused},
		{"a malformed signature", tamper(sign(key, self, now), authLen-1, 0xff), ErrAuthRefused},
	} {
		t.Run(tc.name, func(t *testing.T) {
			who, err := g.authenticate(tc.value, "127.0.0.1")
			if !errors.Is(err, tc.want) || (tc.want == nil && who != addrOf(key)) {
				t.Fatalf("%s: %s %v, want %v", tc.value, who, err, tc.want)
			}
		})
	}
}

// FuzzParseAuth: the AuthHeader decoder never panics, and what it accepts
// re-encodes to the same value (one encoding per token).
func FuzzParseAuth(f *testing.F) {
	v, err := signAuth(testKey(f, 1), Domain{ChainID: 1337}, common.Address{2}, time.Unix(1700000000, 0))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(v)
	f.Add("")
	f.Add("0x")
	f.Add(strings.ToUpper(v))
	f.Fuzz(func(t *testing.T, s string) {
		tok, err := parseAuth(s)
		if err != nil {
			if !errors.Is(err, ErrAuthRefused) {
				t.Fatalf("%q: %v, want ErrAuthRefused", s, err)
			}
			return
		}
		if got := tok.encode(); !strings.EqualFold(got, s) {
			t.Fatalf("decoded %q, re-encoded %q", s, got)
		}
	})
}

// TestLargestProposalFitsOneMessage: a batch of maxProposals states with
// every number at its largest and both signatures fits the server's
// message limit, which is what keeps a stranger from making it buffer more.
func TestLargestProposalFitsOneMessage(t *testing.T) {
	maxU := new(uint256.Int).SetAllOne()
	sig := bytes.Repeat([]byte{0xff}, 65)
	s := SignedState{State: State{ChannelID: common.Hash{0xff}, Nonce: math.MaxUint64, DepositA: *maxU, DepositB: *maxU, BalanceA: *maxU, BalanceB: *maxU}, SigA: sig, SigB: sig}
	one, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if len(one) > maxStateJSON {
		t.Fatalf("the largest state is %d bytes of JSON, above maxStateJSON (%d)", len(one), maxStateJSON)
	}
	props := make([]SignedState, maxProposals)
	for i := range props {
		props[i] = s
	}
	req, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": math.MaxInt64, "method": "channel_propose", "params": []any{s.ChannelID, uint64(math.MaxUint64), props}})
	if err != nil {
		t.Fatal(err)
	}
	if len(req) > maxMessageBytes {
		t.Fatalf("the largest channel_propose is %d bytes, above the %d the server reads", len(req), maxMessageBytes)
	}
}
