package bench

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"

	"github.com/viaduct-l2/viaduct/light"
)

func TestNormalizeMessageGroupsByKind(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"state of block 812 is not kept", "state of block N is not kept"},
		{"nonce too high: address 0xAbC123, tx: 5 state: 3", "nonce too high: address 0x…, tx: N state: N"},
		{"  limit exceeded: all 1 slots busy for 500ms\nsecond line", "limit exceeded: all N slots busy for 500ms"},
		{strings.Repeat("é", 100), strings.Repeat("é", 80) + "…"},
	} {
		if got := NormalizeMessage(tc.in); got != tc.want {
			t.Errorf("NormalizeMessage(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// codeError is a JSON-RPC error as the client returns it.
type codeError struct {
	code int
	msg  string
}

func (e codeError) Error() string  { return e.msg }
func (e codeError) ErrorCode() int { return e.code }

func TestTallyCountsEveryCallOnce(t *testing.T) {
	for _, tc := range []struct {
		name     string
		err      error
		calls    int
		answered int64
		refused  map[string]int64
		failed   map[string]int64
	}{
		{"answered", nil, 3, 3, nil, nil},
		{"a JSON-RPC error is a refusal", fmt.Errorf("wrapped: %w", codeError{-32005, "limit exceeded: 1000 units"}), 2, 0,
			map[string]int64{"[-32005] limit exceeded: N units": 2}, nil},
		{"an HTTP status is a refusal", rpc.HTTPError{StatusCode: 413, Status: "413", Body: []byte("content length too large (2097218>1048576)\n")}, 1, 0,
			map[string]int64{"HTTP 413: content length too large (N>N)": 1}, nil},
		{"no answer is a failure", errors.New("connection reset by peer"), 20, 0, nil, map[string]int64{"connection reset by peer": 20}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var tl tally
			tl.request(tc.calls)
			tl.outcome(tc.err, tc.calls)
			got := tl.snapshot()
			if !got.Consistent() || got.Answered != tc.answered || fmt.Sprint(got.Refused) != fmt.Sprint(tc.refused) || fmt.Sprint(got.Failed) != fmt.Sprint(tc.failed) {
				t.Fatalf("tally %+v, want answered %d refused %v failed %v", got, tc.answered, tc.refused, tc.failed)
			}
		})
	}
	if (Tally{Requests: 1, Calls: 3, Answered: 1, Refused: map[string]int64{"x": 1}}).Consistent() {
		t.Fatal("a call counted nowhere passed as consistent")
	}
}

func TestCountAnswersReadsBatchesAndRefusals(t *testing.T) {
	for _, tc := range []struct {
		name     string
		status   int
		body     string
		calls    int
		answered int64
		refused  int64
		failed   int64
	}{
		{"HTTP status refuses every call", 413, "content length too large", 1001, 0, 1001, 0},
		{"one error answers a whole batch", 200, `[{"jsonrpc":"2.0","id":0,"error":{"code":-32600,"message":"batch too large"}}]`, 1001, 0, 1001, 0},
		{"a single call refused", 200, `{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error"}}`, 1, 0, 1, 0},
		{"mixed batch", 200, `[{"id":1,"result":"0x1"},{"id":2,"error":{"code":-32005,"message":"limit exceeded"}},{"id":3,"result":null}]`, 3, 2, 1, 0},
		{"answers missing", 200, `[{"id":1,"result":"0x1"}]`, 3, 1, 0, 2},
		{"garbage", 200, `<html>`, 2, 0, 0, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var tl tally
			tl.request(tc.calls)
			countAnswers(&tl, tc.status, []byte(tc.body), tc.calls)
			got := tl.snapshot()
			if !got.Consistent() || got.Answered != tc.answered || sum(got.Refused) != tc.refused || sum(got.Failed) != tc.failed {
				t.Fatalf("tally %+v, want %d answered, %d refused, %d failed", got, tc.answered, tc.refused, tc.failed)
			}
		})
	}
}

func TestCalmVsAbuseMergesBothCalmPhases(t *testing.T) {
	ms := func(v ...int64) []int64 {
		for i := range v {
			v[i] *= 1e6
		}
		return v
	}
	for _, tc := range []struct {
		name                     string
		before, abuse, after     []int64
		calmP50, abP50, r50, r99 float64
	}{
		{"both calm phases count", ms(100, 100), ms(300, 300), ms(200, 200), 100, 300, 3, 1.5},
		{"no abuse transfer", ms(100), nil, ms(100), 100, 0, 0, 0},
		{"no calm transfer", nil, ms(100), nil, 0, 100, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			calm, ab, r50, r99 := calmVsAbuse(tc.before, tc.abuse, tc.after)
			if calm.P50 != tc.calmP50 || ab.P50 != tc.abP50 || r50 != tc.r50 || r99 != tc.r99 {
				t.Fatalf("calm %+v abuse %+v ratios %v %v; want p50 %v, %v, ratios %v %v", calm, ab, r50, r99, tc.calmP50, tc.abP50, tc.r50, tc.r99)
			}
			if calm.Count != len(tc.before)+len(tc.after) {
				t.Fatalf("calm count %d", calm.Count)
			}
		})
	}
}

// goodAbuseReport is a run in which every check holds.
func goodAbuseReport() *AbuseReport {
	ph := func(name string, acc int64, p50 float64) AbusePhase {
		return AbusePhase{Name: name, Honest: HonestPhase{Planned: int(acc), Sent: acc, Accepted: acc, Included: acc, LoadSeconds: 10, AcceptedPerSec: float64(acc) / 10,
			SoftConfirm: Percentiles{Count: int(acc), P50: p50, P95: 2 * p50, P99: 3 * p50, Max: 4 * p50}},
			Verified: VerifiedReads{Tries: 10, OK: 8, NotYet: 2, NotYetWhy: map[string]int64{"light: block not posted to L1 yet": 2}}, MaxUnposted: 7, RSSEnd: 100 << 20, RSSPeak: 120 << 20}
	}
	rep := &AbuseReport{Started: time.Date(2026, 12, 7, 16, 0, 0, 0, time.UTC), Machine: Machine{Cores: 2, LoadBefore: "1 2 3", LoadAfter: "2 3 4"},
		Workload: AbuseWorkload{Accounts: 4, Rate: 100, Transport: "http", TipWei: "1000000", CalmSeconds: 10, AbuseSeconds: 10, Clients: 2, Conns: 10},
		Phases:   []AbusePhase{ph(PhaseCalmBefore, 1000, 100), ph(PhaseAbuse, 1000, 150), ph(PhaseCalmAfter, 1000, 100)},
		Node:     AbuseNodeUse{Measured: true, PeakRSS: 130 << 20, DiskBefore: 1 << 20, DiskAfter: 3 << 20, MemoryIncludes: "the process"},
	}
	rep.Phases[1].Honest.Refused = map[string]int64{"txpool is full: L1 posting is behind": 3}
	a := &rep.Attacks
	a.Jam = JamResult{Accounts: 32, Tally: Tally{Requests: 1, Calls: 63, Answered: 32, Refused: map[string]int64{"[-32000] account limit exceeded": 31}}, Admitted: 32, HonestAdmitted: 1000}
	a.Cost = CostResult{Accounts: 2, Rounds: 3, Tally: Tally{Requests: 3, Calls: 192, Answered: 9, Refused: map[string]int64{"[-32000] insufficient funds": 183}}, Covered: 9}
	a.Oversized = []KindResult{{Kind: "batch of 1,001 calls", MustRefuse: true, Tally: Tally{Requests: 1, Calls: 1001, Refused: map[string]int64{"[-32600] batch too large": 1001}}},
		{Kind: "big", Tally: Tally{Requests: 1, Calls: 1000, Answered: 100, Refused: map[string]int64{"[-32005] limit exceeded | x": 900}}}}
	a.Browser = []KindResult{{Kind: "evil origin", MustRefuse: true, Tally: Tally{Requests: 5, Calls: 5, Refused: map[string]int64{"HTTP 403: origin not allowed": 5}}}}
	a.Conns = ConnResult{Target: 10, Tally: Tally{Requests: 10, Calls: 10, Answered: 10}, Served: 10, AliveAtEnd: 10}
	a.Slowloris = SlowlorisResult{Clients: 2, Connections: 4, Closed: 2, OpenAtEnd: 2, HeldP50: 5, HeldMax: 5}
	l := goodLatencies()
	rep.summarize(l[0], l[1], l[2])
	rep.judge()
	return rep
}

// goodLatencies are the honest latencies of goodAbuseReport's phases:
// 100 ms calm, 150 ms under abuse.
func goodLatencies() [3][]int64 {
	lat := func(n int, v int64) []int64 {
		out := make([]int64, n)
		for i := range out {
			out[i] = v * 1e6
		}
		return out
	}
	return [3][]int64{lat(1000, 100), lat(1000, 150), lat(1000, 100)}
}

func TestAbuseChecksFailOnTheirFigure(t *testing.T) {
	rep := goodAbuseReport()
	for _, c := range rep.Checks {
		if !c.OK {
			t.Fatalf("check %q failed on a good run: %s", c.Name, c.Measured)
		}
	}
	if rep.Honest.RatioP50 != 1.5 || rep.Honest.Accepted != 3000 || rep.Honest.Lost != 0 {
		t.Fatalf("summary %+v", rep.Honest)
	}
	for _, tc := range []struct {
		name  string
		check string
		spoil func(r *AbuseReport, lat *[3][]int64)
	}{
		{"a lost transfer", "every acknowledged honest transfer was included", func(r *AbuseReport, _ *[3][]int64) { r.Phases[1].Honest.Lost = 1 }},
		{"a granted evil origin", "no evil Origin or rebound Host was granted", func(r *AbuseReport, _ *[3][]int64) {
			r.Attacks.Browser[0].Tally.Answered, r.Attacks.Browser[0].Tally.Refused = 1, map[string]int64{"HTTP 403: origin not allowed": 4}
		}},
		{"honest refused by the jam", "the gapped-nonce jam kept no honest transfer out", func(r *AbuseReport, _ *[3][]int64) { r.Attacks.Jam.HonestPoolFull = 1 }},
		{"no honest transfer during the jam", "the gapped-nonce jam kept no honest transfer out", func(r *AbuseReport, _ *[3][]int64) { r.Attacks.Jam.HonestAdmitted = 0 }},
		{"an overdraft", "no sender had more kept than its balance covers", func(r *AbuseReport, _ *[3][]int64) { r.Attacks.Cost.Overdrafts = 1 }},
		{"no verified read under abuse", "verified reads kept answering during the abuse, never wrong", func(r *AbuseReport, _ *[3][]int64) { r.Phases[1].Verified.OK = 0 }},
		{"a lie after the abuse", "verified reads kept answering during the abuse, never wrong", func(r *AbuseReport, _ *[3][]int64) { r.Phases[2].Verified.Lies = 1 }},
		{"a wrong value verified", "verified reads kept answering during the abuse, never wrong", func(r *AbuseReport, _ *[3][]int64) { r.Phases[0].Verified.Wrong = 1 }},
		{"an oversized batch answered", "oversized and malformed requests were refused", func(r *AbuseReport, _ *[3][]int64) { r.Attacks.Oversized[0].Tally.Answered = 1 }},
		{"nothing after the abuse", "the node served honest transfers after the abuse", func(r *AbuseReport, _ *[3][]int64) { r.Phases[2].Honest.Accepted = 0 }},
		{"slow under abuse", "honest confirmation under abuse within twice the calm one (p50)", func(_ *AbuseReport, lat *[3][]int64) {
			for i := range lat[1] {
				lat[1][i] = 201e6
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, lat := goodAbuseReport(), goodLatencies()
			tc.spoil(r, &lat)
			r.summarize(lat[0], lat[1], lat[2])
			r.judge()
			for _, c := range r.Checks {
				if (c.Name == tc.check) == c.OK {
					t.Errorf("check %q ok=%v: %s", c.Name, c.OK, c.Measured)
				}
			}
		})
	}
}

func TestAbuseReportRenders(t *testing.T) {
	rep := goodAbuseReport()
	var b strings.Builder
	if err := rep.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"calm before (10 s)", "abuse / calm", "×1.50", "gapped-nonce jam (32 accounts)", "1,001 calls", "txpool is full: L1 posting is behind", "[ok    ]"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
	md := rep.Markdown("viaduct bench --abuse")
	if !strings.HasPrefix(md, AbuseHeading+"\n") || !strings.Contains(md, `limit exceeded \| x`) || !strings.Contains(md, "| accepted / included / lost | 1,000 / 1,000 / 0 |") {
		t.Fatalf("markdown section:\n%s", md)
	}
	// The section sits beside the plain bench's and replaces only itself.
	doc := "# P\n\n## viaduct bench\n\nplain\n\n" + AbuseHeading + "\n\nold\n\n## Next\n\nkept\n"
	got := ReplaceSection(doc, AbuseHeading, md)
	if !strings.Contains(got, "## viaduct bench\n\nplain\n\n"+AbuseHeading) || strings.Contains(got, "\nold\n") || !strings.HasSuffix(got, "## Next\n\nkept\n") {
		t.Fatalf("replaced document:\n%s", got)
	}
}

func TestCountVerifiedSortsAnswers(t *testing.T) {
	good := &light.Account{Balance: new(big.Int).Set(probeBalance), Tokens: []light.TokenBalance{{Balance: new(big.Int), Absent: true}}}
	for _, tc := range []struct {
		name string
		acct *light.Account
		err  error
		want VerifiedReads
	}{
		{"verified", good, nil, VerifiedReads{Tries: 1, OK: 1}},
		{"another balance verified", &light.Account{Balance: big.NewInt(1)}, nil, VerifiedReads{Tries: 1, Wrong: 1}},
		{"a token verified present", &light.Account{Balance: probeBalance, Tokens: []light.TokenBalance{{Balance: big.NewInt(5)}}}, nil, VerifiedReads{Tries: 1, Wrong: 1}},
		{"a bad proof caught", nil, fmt.Errorf("x: %w", light.ErrBadProof), VerifiedReads{Tries: 1, Lies: 1}},
		{"a wrong block caught", nil, fmt.Errorf("x: %w", light.ErrWrongBlock), VerifiedReads{Tries: 1, Lies: 1}},
		{"not posted yet", nil, light.ErrNotPosted, VerifiedReads{Tries: 1, NotYet: 1, NotYetWhy: map[string]int64{light.ErrNotPosted.Error(): 1}}},
		{"refused", nil, fmt.Errorf("light: %w", codeError{-32005, "limit exceeded"}), VerifiedReads{Tries: 1, Failed: map[string]int64{"[-32005] limit exceeded": 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v VerifiedReads
			countVerified(&v, tc.acct, tc.err)
			if fmt.Sprint(v) != fmt.Sprint(tc.want) {
				t.Fatalf("got %+v, want %+v", v, tc.want)
			}
		})
	}
}

func TestParseMetrics(t *testing.T) {
	m := ParseMetrics("# TYPE viaduct_mempool_queued gauge\nviaduct_mempool_queued 1024\n\nviaduct_l2_head 7\nwith_labels{a=\"b\"} 3\nbroken\n")
	if len(m) != 2 || m["viaduct_mempool_queued"] != 1024 || m["viaduct_l2_head"] != 7 {
		t.Fatalf("metrics %v", m)
	}
}

func TestAbuseConfigCheckNamesTheField(t *testing.T) {
	good := AbuseConfig{Config: Config{Binary: "viaduct", Accounts: 4, Rate: 100, Concurrency: 4, Batch: 1, Duration: time.Second}, Calm: time.Second, Clients: 2, Conns: 10}
	if err := good.Check(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		field string
		spoil func(c *AbuseConfig)
	}{
		{"--rate", func(c *AbuseConfig) { c.Rate = 0 }},
		{"--calm", func(c *AbuseConfig) { c.Calm = 0 }},
		{"--abuse-clients", func(c *AbuseConfig) { c.Clients = 0 }},
		{"--abuse-conns", func(c *AbuseConfig) { c.Conns = -1 }},
		{"--accounts", func(c *AbuseConfig) { c.Accounts = 1 }},
	} {
		c := good
		tc.spoil(&c)
		if err := c.Check(); !errors.Is(err, ErrBadConfig) || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: %v", tc.field, err)
		}
	}
}

// runUntil runs an attacker until cond holds (or a generous deadline),
// then stops it.
func runUntil(t *testing.T, a attacker, tg *target, cond func() bool) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.run(ctx, tg) }()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !cond() {
		t.Fatal("the attacker did not get there within 30 s")
	}
}

func testTarget(srv *httptest.Server) *target {
	hostport := strings.TrimPrefix(srv.URL, "http://")
	return &target{url: srv.URL, ws: "ws://" + hostport, hostport: hostport, view: &chainView{}}
}

// TestBrowserAttacksCountWhatIsGranted: against a server that grants
// every origin and host, every attempt counts as granted; against one that
// refuses, none does. The figure is measured, not assumed.
func TestBrowserAttacksCountWhatIsGranted(t *testing.T) {
	for _, tc := range []struct {
		name  string
		grant bool
	}{{"granting server", true}, {"refusing server", false}} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if !tc.grant {
					http.Error(w, "origin not allowed", http.StatusForbidden)
					return
				}
				w.Header().Set("Access-Control-Allow-Origin", "*")
				if r.Header.Get("Upgrade") == "websocket" {
					up := websocketUpgrader()
					c, err := up.Upgrade(w, r, nil)
					if err == nil {
						c.Close()
					}
					return
				}
				fmt.Fprint(w, `{"jsonrpc":"2.0","id":1,"result":"0x1"}`)
			}))
			defer srv.Close()
			b := &browserAttack{clients: 2, kinds: browserKinds()}
			runUntil(t, b, testTarget(srv), func() bool {
				for _, k := range b.kinds {
					if k.t.snapshot().Calls == 0 {
						return false
					}
				}
				return true
			})
			for _, k := range b.result() {
				tl := k.Tally
				if !tl.Consistent() || tl.Calls == 0 {
					t.Fatalf("%s: %+v", k.Kind, tl)
				}
				if tc.grant && tl.Answered != tl.Calls {
					t.Errorf("%s: %d of %d granted by a server that grants all", k.Kind, tl.Answered, tl.Calls)
				}
				if !tc.grant && (tl.Answered != 0 || tl.Refused["HTTP 403: origin not allowed"] != tl.Calls) {
					t.Errorf("%s: %+v from a server that refuses all", k.Kind, tl)
				}
			}
		})
	}
}

func websocketUpgrader() *websocket.Upgrader {
	return &websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
}

// TestSlowlorisCountsWhatTheServerCloses: a server with a 200 ms header
// timeout closes every slow connection; the attacker counts each.
func TestSlowlorisCountsWhatTheServerCloses(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	srv.Config.ReadHeaderTimeout = 200 * time.Millisecond
	srv.Start()
	defer srv.Close()
	s := &slowAttack{clients: 2}
	runUntil(t, s, testTarget(srv), func() bool { return s.closed.Load() >= 4 })
	r := s.result()
	if r.Closed < 4 || r.Connections != r.Closed+r.OpenAtEnd || r.HeldP50 <= 0 || r.HeldMax < r.HeldP50 {
		t.Fatalf("slowloris %+v", r)
	}
}

// fakeEth is an "eth" JSON-RPC service that admits the first `admit`
// transactions of every burst (all with admit < 0) and mines them at once.
type fakeEth struct {
	mu      sync.Mutex
	admit   int
	nonce   map[common.Address]uint64
	balance *big.Int
	burst   int
}

func (f *fakeEth) GetBalance(common.Address, string) *hexutil.Big {
	return (*hexutil.Big)(f.balance)
}

func (f *fakeEth) GetTransactionCount(a common.Address, _ string) hexutil.Uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.burst = 0
	return hexutil.Uint64(f.nonce[a])
}

func (f *fakeEth) SendRawTransaction(raw hexutil.Bytes) (common.Hash, error) {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return common.Hash{}, err
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), &tx)
	if err != nil {
		return common.Hash{}, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.admit >= 0 && f.burst >= f.admit {
		return common.Hash{}, errors.New("insufficient funds for gas * price + value")
	}
	f.burst++
	f.nonce[from]++
	return tx.Hash(), nil
}

// TestCostAttackCountsOverdrafts: a node that admits only what the
// balance covers (3 of 64 at 30% each) shows no overdraft; one that
// admits all 64 shows 61.
func TestCostAttackCountsOverdrafts(t *testing.T) {
	for _, tc := range []struct {
		admit      int
		overdrafts int64
	}{{3, 0}, {-1, 61}} {
		t.Run(fmt.Sprint("admits ", tc.admit), func(t *testing.T) {
			f := &fakeEth{admit: tc.admit, nonce: map[common.Address]uint64{}, balance: big.NewInt(1e18)}
			srv := rpc.NewServer()
			if err := srv.RegisterName("eth", f); err != nil {
				t.Fatal(err)
			}
			hs := httptest.NewServer(srv)
			defer hs.Close()
			c, err := rpc.Dial(hs.URL)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			ca := newCostAttack(1)
			tg := &target{chainID: big.NewInt(13370), baseFee: big.NewInt(1e8), tip: big.NewInt(1e6)}
			feeCap := big.NewInt(2e8 + 1e6)
			if err := ca.round(context.Background(), c, tg, ca.keys[0], ca.keys[1], feeCap); err != nil {
				t.Fatal(err)
			}
			r := ca.result()
			if r.Rounds != 1 || r.Covered != 3 || r.Overdrafts != tc.overdrafts || !r.Tally.Consistent() || r.Tally.Calls != 64 {
				t.Fatalf("cost attack %+v", r)
			}
			if got := f.nonce[crypto.PubkeyToAddress(ca.keys[0].PublicKey)]; got != uint64(r.Tally.Answered) {
				t.Fatalf("the fake mined %d, the attack counted %d admitted", got, r.Tally.Answered)
			}
		})
	}
}
