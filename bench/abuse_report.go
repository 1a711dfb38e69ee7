package bench

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// AbuseReport is the whole result of `viaduct bench --abuse`; it is what
// the JSON file holds.
type AbuseReport struct {
	Version   string        `json:"version"`
	Started   time.Time     `json:"started"`
	Machine   Machine       `json:"machine"`
	Workload  AbuseWorkload `json:"workload"`
	StackNote string        `json:"stack"`
	// Phases are the honest load's three phases in order: calm before,
	// abuse (every attacker running), calm after.
	Phases  []AbusePhase  `json:"phases"`
	Honest  HonestSummary `json:"honest"`
	Attacks Attacks       `json:"attacks"`
	Node    AbuseNodeUse  `json:"node"`
	Checks  []AbuseCheck  `json:"checks"`
}

// AbuseWorkload echoes what was offered.
type AbuseWorkload struct {
	Accounts     int     `json:"honestAccounts"`
	ERC20Share   float64 `json:"erc20Share"`
	Rate         float64 `json:"honestRate"`
	Concurrency  int     `json:"honestWorkers"`
	Batch        int     `json:"honestBatch"`
	Transport    string  `json:"honestTransport"`
	TipWei       string  `json:"honestTipWei"` // the node's suggested tip (eth_maxPriorityFeePerGas)
	CalmSeconds  float64 `json:"calmSecondsEach"`
	AbuseSeconds float64 `json:"abuseSeconds"`
	Clients      int     `json:"abuseClients"`
	Conns        int     `json:"abuseConns"`
}

// Names of the phases, in order.
const (
	PhaseCalmBefore = "calm before"
	PhaseAbuse      = "abuse"
	PhaseCalmAfter  = "calm after"
)

// AbusePhase is one phase of the honest load and what was seen meanwhile.
type AbusePhase struct {
	Name     string        `json:"name"`
	Honest   HonestPhase   `json:"honest"`
	Verified VerifiedReads `json:"verifiedReads"`
	// MaxUnposted is the largest head − safe (L2 blocks not yet posted to
	// L1) sampled every 500 ms; MaxQueued and MaxPooled the largest
	// viaduct_mempool_queued (behind a nonce gap) and viaduct_mempool_size
	// (executable) read from /metrics at the same times.
	MaxUnposted uint64 `json:"maxUnpostedBlocks"`
	MaxQueued   int64  `json:"maxPoolQueued"`
	MaxPooled   int64  `json:"maxPoolExecutable"`
	// RSSEnd is the node's RSS when the phase's load ended, RSSPeak the
	// largest of the per-second samples during it (0: not measured).
	RSSEnd   uint64  `json:"nodeRssAtEndBytes"`
	RSSPeak  uint64  `json:"nodeRssPeakBytes"`
	NodeCPU  float64 `json:"nodeCpuCores"`
	BenchCPU float64 `json:"benchCpuCores"`
	Steal    float64 `json:"cpuStolen"` // share of the machine's CPU the host took; -1 unknown
}

// HonestPhase is the honest load of one phase.
type HonestPhase struct {
	Planned        int         `json:"planned"`
	Sent           int64       `json:"sent"`
	Accepted       int64       `json:"accepted"`
	Rejected       int64       `json:"rejected"`
	Included       int64       `json:"included"`
	IncludedLate   int64       `json:"includedAfterTheDrain"` // found by its receipt at the end, not by the tracker
	Lost           int64       `json:"lost"`                  // accepted, and no receipt at the end
	LoadSeconds    float64     `json:"loadSeconds"`
	AcceptedPerSec float64     `json:"acceptedPerSec"`
	IncludedPerSec float64     `json:"includedPerSec"`
	SoftConfirm    Percentiles `json:"softConfirm"`
	MaxLagMs       float64     `json:"openLoopMaxLagMs"`
	// Refused are the transfers refused after their retries, by message.
	Refused map[string]int64 `json:"refused,omitempty"`
}

// HonestSummary is the honest load over the three phases.
type HonestSummary struct {
	Accepted int64 `json:"accepted"`
	Included int64 `json:"included"`
	Lost     int64 `json:"lost"`
	// CalmSoft is the soft confirmation of the transfers of both calm
	// phases together; RatioP50 and RatioP99 are the abuse phase's over it.
	CalmSoft  Percentiles `json:"calmSoftConfirm"`
	AbuseSoft Percentiles `json:"abuseSoftConfirm"`
	RatioP50  float64     `json:"ratioP50AbuseOverCalm"`
	RatioP99  float64     `json:"ratioP99AbuseOverCalm"`
	// ReceiptsRead is how many receipts were read at the end: a sample of
	// the included transfers, and every accepted one the tracker missed.
	ReceiptsRead int `json:"receiptsRead"`
}

// VerifiedReads counts `viaduct light balance`'s work done during a phase:
// a balance proven at the block L1 names as posted, checked against the
// Rollup's root on L1, of an account whose balance the bench knows.
type VerifiedReads struct {
	Tries  int64 `json:"tries"`
	OK     int64 `json:"verified"`
	NotYet int64 `json:"notVerifiableYet"` // light.Retryable: not posted yet, node behind
	// NotYetWhy are the reasons of NotYet, by message.
	NotYetWhy map[string]int64 `json:"notVerifiableYetWhy,omitempty"`
	// Lies are answers the light client refused as false (a proof that
	// does not verify, a wrong block, ...): the node lied. Wrong are
	// verified answers whose value is not the account's: the check let a
	// lie through. Both must stay 0.
	Lies   int64            `json:"liesCaught"`
	Wrong  int64            `json:"wrongValuesVerified"`
	Failed map[string]int64 `json:"failed,omitempty"` // no answer (refused, timed out), by message
}

// Tally counts one attacker's calls and what became of them. Every call
// ends in exactly one of Answered, Refused or Failed.
type Tally struct {
	Requests int64            `json:"requests"` // HTTP requests, WebSocket messages or connection attempts
	Calls    int64            `json:"calls"`    // JSON-RPC calls in them (a connection attempt is one)
	Answered int64            `json:"answered"` // answered with a result (for a browser attack: granted)
	Refused  map[string]int64 `json:"refused,omitempty"`
	Failed   map[string]int64 `json:"failed,omitempty"` // no answer at all (connection closed, timed out)
}

// Consistent reports whether every call is counted once.
func (t Tally) Consistent() bool {
	return t.Calls >= t.Requests && t.Answered >= 0 && t.Answered+sum(t.Refused)+sum(t.Failed) == t.Calls
}

// RefusedCalls is how many calls the node refused.
func (t Tally) RefusedCalls() int64 { return sum(t.Refused) }

func sum(m map[string]int64) int64 {
	var n int64
	for _, v := range m {
		n += v
	}
	return n
}

// tally is a Tally being counted by several goroutines.
type tally struct {
	mu sync.Mutex
	t  Tally
}

func (t *tally) request(calls int) {
	t.mu.Lock()
	t.t.Requests++
	t.t.Calls += int64(calls)
	t.mu.Unlock()
}

func (t *tally) answered(n int) {
	t.mu.Lock()
	t.t.Answered += int64(n)
	t.mu.Unlock()
}

func (t *tally) refused(msg string, n int) { t.add(&t.t.Refused, msg, n) }
func (t *tally) failed(msg string, n int)  { t.add(&t.t.Failed, msg, n) }

func (t *tally) add(m *map[string]int64, msg string, n int) {
	if n == 0 {
		return
	}
	t.mu.Lock()
	if *m == nil {
		*m = map[string]int64{}
	}
	(*m)[msg] += int64(n)
	t.mu.Unlock()
}

// outcome counts n calls that ended with err (nil: answered): refused if
// the node answered with an error (a JSON-RPC error or an HTTP status),
// failed if it did not answer at all.
func (t *tally) outcome(err error, n int) {
	if err == nil {
		t.answered(n)
		return
	}
	if msg, refused := classify(err); refused {
		t.refused(msg, n)
	} else {
		t.failed(msg, n)
	}
}

func (t *tally) snapshot() Tally {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := t.t
	out.Refused, out.Failed = maps.Clone(out.Refused), maps.Clone(out.Failed)
	return out
}

// classify turns an error into its tally message, and says whether the
// node answered it (a JSON-RPC error or an HTTP status: a refusal) or not
// (a transport error).
func classify(err error) (string, bool) {
	var he rpc.HTTPError
	if errors.As(err, &he) {
		return fmt.Sprintf("HTTP %d: %s", he.StatusCode, NormalizeMessage(string(he.Body))), true
	}
	var re rpc.Error
	if errors.As(err, &re) {
		return fmt.Sprintf("[%d] %s", re.ErrorCode(), NormalizeMessage(re.Error())), true
	}
	return NormalizeMessage(err.Error()), false
}

var (
	hexRun   = regexp.MustCompile(`0x[0-9a-fA-F]+`)
	digitRun = regexp.MustCompile(`\b[0-9]+\b`)
)

// NormalizeMessage makes an error message a tally key: its first line,
// with hex values and numbers (not parts of words: "L1" stays) replaced,
// so that "state of block 812 is not kept" and "... 813 ..." count
// together; at most 160 bytes.
func NormalizeMessage(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	s = hexRun.ReplaceAllString(s, "0x…")
	s = digitRun.ReplaceAllString(s, "N")
	if len(s) > 160 {
		s = strings.ToValidUTF8(s[:160], "") + "…"
	}
	return s
}

// Attacks are the attackers' results.
type Attacks struct {
	Jam       JamResult       `json:"gappedNonceJam"`
	Cost      CostResult      `json:"cumulativeCost"`
	Proofs    FloodResult     `json:"historicalProofs"`
	Logs      FloodResult     `json:"wideLogQueries"`
	Oversized []KindResult    `json:"oversized"`
	Conns     ConnResult      `json:"webSocketConnections"`
	Slowloris SlowlorisResult `json:"slowloris"`
	Browser   []KindResult    `json:"browser"`
}

// JamResult is the gapped-nonce jam: accounts holding a tiny balance send
// transactions behind a nonce gap at the lowest fee.
type JamResult struct {
	Accounts int   `json:"accounts"`
	Tally    Tally `json:"sends"`
	// Admitted is how many distinct jam transactions the node took.
	Admitted int64 `json:"admittedDistinct"`
	// HonestAdmitted and HonestPoolFull are the honest transfers admitted
	// during the abuse phase (all sent after the jam's first round), and
	// those refused with `txpool is full` (not counting backpressure's
	// `txpool is full: L1 posting is behind`).
	HonestAdmitted int64 `json:"honestAdmittedDuringTheJam"`
	HonestPoolFull int64 `json:"honestRefusedPoolFull"`
	// QueuedAtStart is viaduct_mempool_queued when the honest abuse phase
	// started, after the jam's first round.
	QueuedAtStart int64 `json:"queuedWhenHonestLoadStarted"`
}

// CostResult is the cumulative-cost attack: an account sends, at once, 64
// transactions that each cost 30% of its balance.
type CostResult struct {
	Accounts int   `json:"accounts"`
	Rounds   int64 `json:"rounds"`
	Tally    Tally `json:"sends"`
	// Covered is, summed over the rounds, how many of a round's
	// transactions the sender's balance covers; Overdrafts how many the
	// node kept (executed, or pooled behind a nonce gap once the round's
	// executable ones were in) beyond that (must be 0).
	Covered    int64 `json:"coveredByBalance"`
	Overdrafts int64 `json:"keptBeyondBalance"`
}

// FloodResult is a flood of expensive reads by Clients clients.
type FloodResult struct {
	Clients int    `json:"clients"`
	What    string `json:"what"`
	Tally   Tally  `json:"calls"`
}

// KindResult is one kind of request of an attacker.
type KindResult struct {
	Kind string `json:"kind"`
	// MustRefuse: the node must answer no call of this kind (Tally.Answered
	// is what it granted). Otherwise partial answers are expected.
	MustRefuse bool  `json:"mustRefuse"`
	Tally      Tally `json:"calls"`
	// MaxAnswerBytes is the largest answer body read.
	MaxAnswerBytes int64 `json:"maxAnswerBytes,omitempty"`
}

// ConnResult is the WebSocket connection flood: Target connections opened
// and held for the abuse phase.
type ConnResult struct {
	Target int   `json:"target"`
	Tally  Tally `json:"dials"` // Answered: opened
	// Served: the first call on a connection was answered; AliveAtEnd: a
	// call at the end of the phase was; Dropped: the node closed it
	// before the end.
	Served     int64 `json:"servedFirstCall"`
	AliveAtEnd int64 `json:"aliveAtEnd"`
	Dropped    int64 `json:"droppedByTheNode"`
}

// SlowlorisResult: connections that send an HTTP request's headers one
// line a second and never finish them.
type SlowlorisResult struct {
	Clients     int     `json:"clients"`
	Connections int64   `json:"connections"`
	DialFailed  int64   `json:"dialFailed"`
	Closed      int64   `json:"closedByTheNode"`
	OpenAtEnd   int64   `json:"openAtTheEnd"`
	HeldP50     float64 `json:"heldP50Seconds"` // of those the node closed
	HeldMax     float64 `json:"heldMaxSeconds"`
}

// AbuseNodeUse is the node's memory and disk over the run.
type AbuseNodeUse struct {
	Measured       bool   `json:"measured"`
	PeakRSS        uint64 `json:"peakRssBytes"` // VmHWM at the end: since the node started
	RSSBefore      uint64 `json:"rssBeforeBytes"`
	DiskBefore     int64  `json:"diskBeforeBytes"`
	DiskAfter      int64  `json:"diskAfterBytes"`
	MemoryIncludes string `json:"memoryIncludes"`
}

// AbuseCheck is one property the run must show, judged on its figures.
type AbuseCheck struct {
	Name     string `json:"name"`
	OK       bool   `json:"ok"`
	Measured string `json:"measured"`
}

// phase returns the phase named name (a zero one if absent).
func (rep *AbuseReport) phase(name string) AbusePhase {
	for _, p := range rep.Phases {
		if p.Name == name {
			return p
		}
	}
	return AbusePhase{Name: name}
}

// summarize fills Honest from the phases and the calm/abuse latencies
// (send → soft confirmation, ns) of the transfers of each phase.
func (rep *AbuseReport) summarize(calmBefore, abuse, calmAfter []int64) {
	var h HonestSummary
	for _, p := range rep.Phases {
		h.Accepted += p.Honest.Accepted
		h.Included += p.Honest.Included + p.Honest.IncludedLate
		h.Lost += p.Honest.Lost
	}
	h.CalmSoft, h.AbuseSoft, h.RatioP50, h.RatioP99 = calmVsAbuse(calmBefore, abuse, calmAfter)
	h.ReceiptsRead = rep.Honest.ReceiptsRead
	rep.Honest = h
}

// calmVsAbuse is the soft confirmation of both calm phases together, the
// abuse phase's, and the ratios abuse/calm of their p50 and p99 (0 when
// either side has no transfer).
func calmVsAbuse(calmBefore, abuse, calmAfter []int64) (calm, ab Percentiles, r50, r99 float64) {
	calm = percentiles(append(slices.Clone(calmBefore), calmAfter...))
	ab = percentiles(abuse)
	if calm.P50 > 0 && ab.Count > 0 {
		r50 = ab.P50 / calm.P50
	}
	if calm.P99 > 0 && ab.Count > 0 {
		r99 = ab.P99 / calm.P99
	}
	return calm, ab, r50, r99
}

// judge sets the checks from the figures.
func (rep *AbuseReport) judge() {
	h, ab, after := rep.Honest, rep.phase(PhaseAbuse), rep.phase(PhaseCalmAfter)
	a := rep.Attacks
	var checks []AbuseCheck
	add := func(ok bool, name, format string, args ...any) {
		checks = append(checks, AbuseCheck{Name: name, OK: ok, Measured: fmt.Sprintf(format, args...)})
	}
	add(h.Lost == 0 && h.Accepted > 0, "every acknowledged honest transfer was included",
		"%d accepted, %d included, %d lost", h.Accepted, h.Included, h.Lost)
	var granted, tried int64
	for _, k := range a.Browser {
		granted += k.Tally.Answered
		tried += k.Tally.Calls
	}
	add(granted == 0 && tried > 0, "no evil Origin or rebound Host was granted", "%d granted of %d attempts", granted, tried)
	add(a.Jam.HonestPoolFull == 0 && a.Jam.HonestAdmitted > 0, "the gapped-nonce jam kept no honest transfer out",
		"jam: %d distinct transactions admitted of %d sent by %d accounts (%d behind nonce gaps when the honest load started); honest: %d admitted during the jam, %d refused `txpool is full`",
		a.Jam.Admitted, a.Jam.Tally.Calls, a.Jam.Accounts, a.Jam.QueuedAtStart, a.Jam.HonestAdmitted, a.Jam.HonestPoolFull)
	add(a.Cost.Overdrafts == 0 && a.Cost.Rounds > 0, "no sender had more kept than its balance covers",
		"%d rounds of 64: %d answered with a hash, %d covered by the balance, %d kept beyond it", a.Cost.Rounds, a.Cost.Tally.Answered, a.Cost.Covered, a.Cost.Overdrafts)
	var lies, wrong int64
	for _, p := range rep.Phases {
		lies += p.Verified.Lies
		wrong += p.Verified.Wrong
	}
	add(ab.Verified.OK > 0 && lies == 0 && wrong == 0, "verified reads kept answering during the abuse, never wrong",
		"during the abuse %d of %d verified (%d not verifiable yet, %d failed); in all phases %d lies caught, %d wrong values verified",
		ab.Verified.OK, ab.Verified.Tries, ab.Verified.NotYet, sum(ab.Verified.Failed), lies, wrong)
	var over, overCalls int64
	for _, k := range a.Oversized {
		if k.MustRefuse {
			over += k.Tally.Answered
			overCalls += k.Tally.Calls
		}
	}
	add(over == 0 && overCalls > 0, "oversized and malformed requests were refused", "%d of %d calls answered", over, overCalls)
	add(after.Honest.Accepted > 0 && after.Honest.Included > 0, "the node served honest transfers after the abuse",
		"%d accepted, %d included in the calm after", after.Honest.Accepted, after.Honest.Included)
	add(h.RatioP50 > 0 && h.RatioP50 <= 2, "honest confirmation under abuse within twice the calm one (p50)",
		"p50 %s under abuse against %s calm: ×%.2f (p99 %s against %s: ×%.2f)",
		ms(h.AbuseSoft.P50), ms(h.CalmSoft.P50), h.RatioP50, ms(h.AbuseSoft.P99), ms(h.CalmSoft.P99), h.RatioP99)
	rep.Checks = checks
}

// topRefusals lists a message map's entries, most frequent first, at most n.
func topRefusals(m map[string]int64, n int) string {
	type kv struct {
		k string
		v int64
	}
	var all []kv
	for k, v := range m {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v || (all[i].v == all[j].v && all[i].k < all[j].k) })
	var out []string
	for i := range min(n, len(all)) {
		out = append(out, fmt.Sprintf("%s× %s", groupThousands(fmt.Sprint(all[i].v)), all[i].k))
	}
	if len(all) > n {
		out = append(out, fmt.Sprintf("%d more kinds", len(all)-n))
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, "; ")
}

func n0(v int64) string { return groupThousands(fmt.Sprint(v)) }

// phaseRows is the honest load's table: a row per measure, a column per
// phase.
func (rep *AbuseReport) phaseRows() [][]string {
	rows := [][]string{{"honest load"}}
	for _, p := range rep.Phases {
		rows[0] = append(rows[0], fmt.Sprintf("%s (%.0f s)", p.Name, p.Honest.LoadSeconds))
	}
	row := func(name string, f func(p AbusePhase) string) {
		r := []string{name}
		for _, p := range rep.Phases {
			r = append(r, f(p))
		}
		rows = append(rows, r)
	}
	row("accepted / included / lost", func(p AbusePhase) string {
		return fmt.Sprintf("%s / %s / %s", n0(p.Honest.Accepted), n0(p.Honest.Included+p.Honest.IncludedLate), n0(p.Honest.Lost))
	})
	row("accepted tx/s", func(p AbusePhase) string { return f0(p.Honest.AcceptedPerSec) })
	row("soft confirmation p50 / p99", func(p AbusePhase) string {
		return ms(p.Honest.SoftConfirm.P50) + " / " + ms(p.Honest.SoftConfirm.P99)
	})
	row("refused (after 5 retries)", func(p AbusePhase) string { return n0(p.Honest.Rejected) })
	row("verified reads: ok / not yet / failed", func(p AbusePhase) string {
		return fmt.Sprintf("%d / %d / %d", p.Verified.OK, p.Verified.NotYet, sum(p.Verified.Failed))
	})
	row("  lies caught / wrong values verified", func(p AbusePhase) string {
		return fmt.Sprintf("%d / %d", p.Verified.Lies, p.Verified.Wrong)
	})
	row("max unposted blocks (head − safe)", func(p AbusePhase) string { return n0(int64(p.MaxUnposted)) })
	row("max pool: executable / behind a gap", func(p AbusePhase) string {
		return fmt.Sprintf("%s / %s", n0(p.MaxPooled), n0(p.MaxQueued))
	})
	if rep.Node.Measured {
		row("node RSS peak / at end", func(p AbusePhase) string {
			return fmt.Sprintf("%.0f / %.0f MiB", mib(p.RSSPeak), mib(p.RSSEnd))
		})
	}
	row("CPU cores: node / bench", func(p AbusePhase) string { return fmt.Sprintf("%.2f / %.2f", p.NodeCPU, p.BenchCPU) })
	row("CPU stolen by the host", func(p AbusePhase) string { return pctText(p.Steal) })
	return rows
}

func pctText(x float64) string {
	if x < 0 {
		return "unknown"
	}
	return fmt.Sprintf("%.0f%%", 100*x)
}

// attackRow is one attacker's line: name, what it sent, answered,
// refused (top messages), failed.
type attackRow struct {
	name, sent, answered, refused, failed string
	nRefused                              int64
}

func tallyRow(name string, t Tally) attackRow {
	sent := n0(t.Calls) + " calls"
	if t.Requests != t.Calls {
		sent = fmt.Sprintf("%s calls in %s requests", n0(t.Calls), n0(t.Requests))
	}
	return attackRow{name, sent, n0(t.Answered), topRefusals(t.Refused, 3), topRefusals(t.Failed, 2), t.RefusedCalls()}
}

func (rep *AbuseReport) attackRows() []attackRow {
	a := rep.Attacks
	rows := []attackRow{
		tallyRow(fmt.Sprintf("gapped-nonce jam (%d accounts)", a.Jam.Accounts), a.Jam.Tally),
		tallyRow(fmt.Sprintf("cumulative cost (%d accounts, %d rounds)", a.Cost.Accounts, a.Cost.Rounds), a.Cost.Tally),
		tallyRow(fmt.Sprintf("historical proofs (%d clients)", a.Proofs.Clients), a.Proofs.Tally),
		tallyRow(fmt.Sprintf("wide log queries (%d clients)", a.Logs.Clients), a.Logs.Tally),
	}
	for _, k := range a.Oversized {
		rows = append(rows, tallyRow("oversized: "+k.Kind, k.Tally))
	}
	c := tallyRow(fmt.Sprintf("WebSocket connections (%d held)", a.Conns.Target), a.Conns.Tally)
	c.sent = n0(a.Conns.Tally.Calls) + " dials"
	c.answered = fmt.Sprintf("%s opened, %s served, %s alive at end, %s dropped", n0(a.Conns.Tally.Answered), n0(a.Conns.Served), n0(a.Conns.AliveAtEnd), n0(a.Conns.Dropped))
	rows = append(rows, c)
	s := a.Slowloris
	rows = append(rows, attackRow{name: fmt.Sprintf("slowloris (%d clients)", s.Clients), sent: n0(s.Connections) + " connections",
		answered: fmt.Sprintf("%s closed by the node (held p50 %.1f s, max %.1f s), %s open at end", n0(s.Closed), s.HeldP50, s.HeldMax, n0(s.OpenAtEnd)),
		refused:  "none", failed: fmt.Sprintf("%d dials failed", s.DialFailed)})
	for _, k := range a.Browser {
		r := tallyRow("browser: "+k.Kind, k.Tally)
		r.answered = n0(k.Tally.Answered) + " granted"
		rows = append(rows, r)
	}
	return rows
}

// WriteTable writes the run's tables and checks.
func (rep *AbuseReport) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, r := range rep.phaseRows() {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	h := rep.Honest
	fmt.Fprintf(tw, "abuse / calm (before and after together), p50 and p99\t×%.2f (%s / %s)\t×%.2f (%s / %s)\n",
		h.RatioP50, ms(h.AbuseSoft.P50), ms(h.CalmSoft.P50), h.RatioP99, ms(h.AbuseSoft.P99), ms(h.CalmSoft.P99))
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("bench: table: %w", err)
	}
	for _, p := range rep.Phases {
		if len(p.Honest.Refused) > 0 {
			fmt.Fprintf(w, "honest refusals, %s: %s\n", p.Name, topRefusals(p.Honest.Refused, 4))
		}
		if len(p.Verified.NotYetWhy) > 0 {
			fmt.Fprintf(w, "verified reads not verifiable yet, %s: %s\n", p.Name, topRefusals(p.Verified.NotYetWhy, 3))
		}
		if len(p.Verified.Failed) > 0 {
			fmt.Fprintf(w, "verified reads failed, %s: %s\n", p.Name, topRefusals(p.Verified.Failed, 3))
		}
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "attacker\tsent\tanswered\trefused\tno answer")
	rows := rep.attackRows()
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.name, r.sent, r.answered, n0(r.nRefused), r.failed)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("bench: table: %w", err)
	}
	fmt.Fprintln(w, "\nrefusals (top messages):")
	for _, r := range rows {
		if r.nRefused > 0 {
			fmt.Fprintf(w, "  %s: %s\n", r.name, r.refused)
		}
	}
	if rep.Node.Measured {
		fmt.Fprintf(w, "\nnode: peak RSS %.0f MiB (%.0f MiB before the load; %s); database %.1f → %.1f MiB\n",
			mib(rep.Node.PeakRSS), mib(rep.Node.RSSBefore), rep.Node.MemoryIncludes, mib(uint64(rep.Node.DiskBefore)), mib(uint64(rep.Node.DiskAfter)))
	}
	fmt.Fprintf(w, "\nchecks:\n")
	for _, c := range rep.Checks {
		v := "ok    "
		if !c.OK {
			v = "FAILED"
		}
		fmt.Fprintf(w, "  [%s] %s: %s\n", v, c.Name, c.Measured)
	}
	_, err := fmt.Fprintf(w, "load average before / after: %s / %s (a shared machine: the figures are noisy)\n", rep.Machine.LoadBefore, rep.Machine.LoadAfter)
	return err
}

// AbuseHeading is the heading of the --doc section.
const AbuseHeading = "## viaduct bench --abuse"

// Markdown is the "viaduct bench --abuse" section of docs/performance.md.
func (rep *AbuseReport) Markdown(command string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", AbuseHeading)
	fmt.Fprintf(&b, "Written by `viaduct bench --abuse --doc docs/performance.md` from its latest run (what each attacker does and what the figures mean: [bench.md](bench.md#viaduct-bench---abuse)). Command:\n\n    %s\n\n", command)
	fmt.Fprintf(&b, "Run of %s. Machine: %d cores (`nproc`), %s, %s RAM, %s %s. Load average before / after: %s / %s (other engineers' builds and tests share the machine, and the attackers and the honest load generator run on it too: the figures are noisy, the ratios hold better than the absolute numbers).\n\n",
		rep.Started.Format("2006-01-02 15:04 MST"), rep.Machine.Cores, rep.Machine.CPU, rep.Machine.Memory, rep.Machine.Go, rep.Machine.OS, rep.Machine.LoadBefore, rep.Machine.LoadAfter)
	w := rep.Workload
	fmt.Fprintf(&b, "Honest load: %d accounts, %.0f %% ERC-20 transfers, open loop at %.0f transfers/s (%d workers, %d per request over %s) at the suggested tip (%s wei), %.0f s calm, %.0f s under abuse, %.0f s calm. Attackers: %d clients per flood, %d WebSocket connections. Stack: %s.\n\n",
		w.Accounts, w.ERC20Share*100, w.Rate, w.Concurrency, w.Batch, strings.ToUpper(w.Transport), w.TipWei, w.CalmSeconds, w.AbuseSeconds, w.CalmSeconds, w.Clients, w.Conns, rep.StackNote)
	rows := rep.phaseRows()
	b.WriteString("| " + strings.Join(rows[0], " | ") + " |\n|---" + strings.Repeat("|--:", len(rows[0])-1) + "|\n")
	for _, r := range rows[1:] {
		b.WriteString("| " + strings.TrimSpace(r[0]) + " | " + strings.Join(r[1:], " | ") + " |\n")
	}
	h := rep.Honest
	fmt.Fprintf(&b, "\nHonest soft confirmation under abuse over calm (both calm phases together): p50 ×%.2f (%s against %s), p99 ×%.2f (%s against %s).",
		h.RatioP50, ms(h.AbuseSoft.P50), ms(h.CalmSoft.P50), h.RatioP99, ms(h.AbuseSoft.P99), ms(h.CalmSoft.P99))
	for _, p := range rep.Phases {
		if len(p.Honest.Refused) > 0 {
			fmt.Fprintf(&b, " Honest refusals, %s: %s.", p.Name, mdEscape(topRefusals(p.Honest.Refused, 4)))
		}
		if len(p.Verified.NotYetWhy) > 0 {
			fmt.Fprintf(&b, " Verified reads not verifiable yet, %s: %s.", p.Name, mdEscape(topRefusals(p.Verified.NotYetWhy, 3)))
		}
		if len(p.Verified.Failed) > 0 {
			fmt.Fprintf(&b, " Verified reads failed, %s: %s.", p.Name, mdEscape(topRefusals(p.Verified.Failed, 3)))
		}
	}
	b.WriteString("\n\n| attacker | sent | answered | refused (top messages) | no answer |\n|---|--:|---|---|---|\n")
	for _, r := range rep.attackRows() {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", r.name, r.sent, r.answered, mdEscape(r.refused), mdEscape(r.failed))
	}
	if rep.Node.Measured {
		fmt.Fprintf(&b, "\nNode: peak RSS %.0f MiB (%.0f MiB before the load; %s); database %.1f MiB before the load, %.1f MiB after.\n",
			mib(rep.Node.PeakRSS), mib(rep.Node.RSSBefore), rep.Node.MemoryIncludes, mib(uint64(rep.Node.DiskBefore)), mib(uint64(rep.Node.DiskAfter)))
	}
	b.WriteString("\nChecks:\n\n")
	for _, c := range rep.Checks {
		v := "ok"
		if !c.OK {
			v = "FAILED"
		}
		fmt.Fprintf(&b, "- **%s** %s: %s.\n", v, c.Name, mdEscape(c.Measured))
	}
	return b.String()
}

// WriteJSON writes the report as indented JSON.
func (rep *AbuseReport) WriteJSON(path string) error {
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return fmt.Errorf("bench: encoding the report: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("bench: writing %s: %w", path, err)
	}
	return nil
}

// mdEscape keeps a message from breaking a Markdown table.
func mdEscape(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
