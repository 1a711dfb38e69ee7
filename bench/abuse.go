package bench

// The load-and-abuse run (`viaduct bench --abuse`). An honest load of
// transfers is offered open loop in three phases: calm, abuse (every
// attacker below running at once), calm again. The honest transfers are
// timed as in the plain bench (send → the block holding them is the head),
// and every one the node acknowledged must be in a block at the end.
// Meanwhile a light client reads an account's balance verified against the
// Rollup's root on L1, the node's unposted backlog and pool are sampled,
// and so are its memory and disk. The attackers, each a group of a bounded
// number of clients counting what they sent and how it was answered:
//
//   - gapped-nonce jam: accounts holding 0.0001 ETH send nonces 1–63 at the
//     lowest fee (the honest transfers go at the node's suggested tip);
//   - cumulative cost: an account sends 64 transactions at once that each
//     cost 30% of its balance;
//   - historical proofs: batches of 20 viaduct_getProof at blocks from the
//     oldest the node proves to its head;
//   - wide log queries: batches of 20 eth_getLogs over the widest range;
//   - oversized requests: a batch of 1,001 calls, params nested 50,000
//     deep, a 2 MiB body and WebSocket message, a batch of 1,000 whole
//     blocks;
//   - connection flood: WebSocket connections held open, and slowloris
//     connections that never finish their headers;
//   - browser attacks: an evil Origin over HTTP (call and preflight) and
//     WebSocket, and a rebound Host over both.
//
// Nothing reported is assumed: every figure is counted or read.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/internal/version"
	"github.com/viaduct-l2/viaduct/light"
	"github.com/viaduct-l2/viaduct/wire"
)

// AbuseConfig is one load-and-abuse run. Config's stack and honest-load
// fields apply (Duration is the abuse phase's length; the L1 twin, the
// half load and finality waits do not).
type AbuseConfig struct {
	Config
	// Calm is the length of each calm phase, before and after the abuse.
	Calm time.Duration
	// Clients is the number of clients of each flooding attacker (proofs,
	// logs, jam senders); the others are derived from it.
	Clients int
	// Conns is the number of WebSocket connections held open.
	Conns int
}

// Check refuses a configuration that cannot work, naming the field.
func (c *AbuseConfig) Check() error {
	if err := c.Config.Check(); err != nil {
		return err
	}
	bad := func(f string, a ...any) error { return fmt.Errorf("%w: %s", ErrBadConfig, fmt.Sprintf(f, a...)) }
	switch {
	case c.Rate <= 0:
		return bad("--rate %g: --abuse offers the honest load open loop, at a rate above 0", c.Rate)
	case c.Calm <= 0 || c.Calm > time.Hour:
		return bad("--calm %s: more than 0 and at most 1h", c.Calm)
	case c.Clients < 1 || c.Clients > 256:
		return bad("--abuse-clients %d: between 1 and 256", c.Clients)
	case c.Conns < 0 || c.Conns > 10_000:
		return bad("--abuse-conns %d: between 0 and 10000", c.Conns)
	}
	return nil
}

// The attackers' sizes, from Clients.
func (c *AbuseConfig) jamAccounts() int { return 16 * c.Clients }
func (c *AbuseConfig) costPairs() int   { return max(1, c.Clients/4) }
func (c *AbuseConfig) slowClients() int { return 4 * c.Clients }
func (c *AbuseConfig) sideClients() int { return max(1, c.Clients/2) } // oversized, browser
func (c *AbuseConfig) honestPerAccount() int {
	return phasePer(c.Rate, 2*c.Calm+c.Duration, c.Accounts) + 3
}
func phasePer(rate float64, d time.Duration, accounts int) int {
	return max((int(rate*d.Seconds())+2*accounts-1)/accounts, 1)
}

// probeBalance is what the account the verified reads ask about holds: an
// amount no other account has, so a verified answer is checked exactly.
var probeBalance = big.NewInt(12_345_678_901_234_567)

// abuseRun is one run's state.
type abuseRun struct {
	cfg    AbuseConfig
	rep    *AbuseReport
	l2l    *layer
	tg     *target
	accts  []account
	pid    int
	phase  atomic.Int32 // index into rep.Phases of the phase running
	probe  common.Address
	rollup common.Address
	l1URL  string

	mu       sync.Mutex // guards the phases' sampled figures and verified reads
	verified [3]VerifiedReads
	samp     [3]struct {
		maxUnposted      uint64
		maxQueued, maxSz int64
		rssPeak          uint64
	}
}

// RunAbuse runs the load-and-abuse run.
func RunAbuse(ctx context.Context, cfg AbuseConfig) (*AbuseReport, error) {
	cfg.SkipL1, cfg.HalfLoad = true, 0
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if len(cfg.Funders) == 0 {
		for i := range 4 {
			cfg.Funders = append(cfg.Funders, devl1.DevKey(i))
		}
	}
	if cfg.Drain == 0 {
		cfg.Drain = time.Minute
	}
	rep := &AbuseReport{Version: version.Version, Started: time.Now().UTC(), Machine: describeMachine()}
	rep.Workload = AbuseWorkload{Accounts: cfg.Accounts, ERC20Share: cfg.ERC20, Rate: cfg.Rate, Concurrency: cfg.Concurrency,
		Batch: cfg.Batch, Transport: "http", CalmSeconds: cfg.Calm.Seconds(), AbuseSeconds: cfg.Duration.Seconds(), Clients: cfg.Clients, Conns: cfg.Conns}
	if cfg.WebSocket {
		rep.Workload.Transport = "ws"
	}
	pid, nodeDir := cfg.NodePID, cfg.NodeDataDir
	if cfg.L2URL == "" {
		st, err := startDev(ctx, cfg.Binary, cfg.DataDir, cfg.L1BlockTime, cfg.DA, cfg.StackLog)
		if err != nil {
			return nil, err
		}
		defer st.stop()
		cfg.L2URL, cfg.L1URL, pid, nodeDir = st.l2URL, st.l1URL, st.pid(), st.l2Dir()
		rep.StackNote = fmt.Sprintf("`viaduct dev` started as a child process (embedded L1, sequencer, batcher; no verifier), --l1-block-time %s", cfg.L1BlockTime)
	} else {
		rep.StackNote = "a running stack: L2 " + cfg.L2URL + ", L1 " + cfg.L1URL
	}
	ar := &abuseRun{cfg: cfg, rep: rep, pid: pid, l1URL: httpURL(cfg.L1URL)}
	if err := ar.setup(ctx); err != nil {
		return nil, err
	}
	defer ar.l2l.close()

	if pid != 0 {
		m, err := readProcMemory(pid)
		if err != nil {
			return nil, err
		}
		rep.Node.Measured, rep.Node.RSSBefore = true, m.RSS
		rep.Node.MemoryIncludes = "the whole `viaduct dev` process: sequencer, batcher, RPC and the embedded L1 chain"
		if cfg.NodePID != 0 {
			rep.Node.MemoryIncludes = fmt.Sprintf("process %d", pid)
		}
	}
	if nodeDir != "" {
		var err error
		if rep.Node.DiskBefore, err = dirSize(nodeDir); err != nil {
			return nil, err
		}
	}
	sctx, stopSampler := context.WithCancel(ctx)
	samplerDone := make(chan struct{})
	go func() { defer close(samplerDone); ar.sample(sctx) }()
	vctx, stopVerified := context.WithCancel(ctx)
	verifiedDone := make(chan error, 1)
	go func() { verifiedDone <- ar.verifiedReads(vctx) }()
	stopAll := func() {
		stopSampler()
		<-samplerDone
		stopVerified()
		<-verifiedDone
	}

	var runs [3]*run
	var err error
	if runs[0], err = ar.honestPhase(ctx, 0, PhaseCalmBefore, cfg.Calm, nil); err != nil {
		stopAll()
		return nil, err
	}
	if runs[1], err = ar.abusePhase(ctx); err != nil {
		stopAll()
		return nil, err
	}
	if runs[2], err = ar.honestPhase(ctx, 2, PhaseCalmAfter, cfg.Calm, nil); err != nil {
		stopAll()
		return nil, err
	}
	stopSampler()
	<-samplerDone
	stopVerified()
	if err := <-verifiedDone; err != nil {
		return nil, err
	}

	// Every acknowledged transfer: in a block, or lost.
	var lat [3][]int64
	for i, r := range runs {
		read, err := ar.settle(ctx, r, &rep.Phases[i].Honest)
		if err != nil {
			return nil, err
		}
		rep.Honest.ReceiptsRead += read
		lat[i] = r.latencies()
	}
	ar.mu.Lock()
	for i := range rep.Phases {
		rep.Phases[i].Verified = ar.verified[i]
		s := ar.samp[i]
		rep.Phases[i].MaxUnposted, rep.Phases[i].MaxQueued, rep.Phases[i].MaxPooled, rep.Phases[i].RSSPeak = s.maxUnposted, s.maxQueued, s.maxSz, s.rssPeak
	}
	ar.mu.Unlock()
	rep.Attacks.Jam.HonestAdmitted = rep.Phases[1].Honest.Accepted
	for msg, n := range rep.Phases[1].Honest.Refused {
		if strings.Contains(msg, "txpool is full") && !strings.Contains(msg, "L1 posting is behind") {
			rep.Attacks.Jam.HonestPoolFull += n
		}
	}
	if pid != 0 {
		m, err := readProcMemory(pid)
		if err != nil {
			return nil, err
		}
		rep.Node.PeakRSS = m.Peak
	}
	if nodeDir != "" {
		if rep.Node.DiskAfter, err = dirSize(nodeDir); err != nil {
			return nil, err
		}
	}
	rep.summarize(lat[0], lat[1], lat[2])
	rep.judge()
	rep.Machine.LoadAfter = loadavg()
	return rep, nil
}

// setup dials the stack, funds the honest accounts (as the plain bench
// does), the attackers' accounts and the probe account, and waits until a
// verified read of the probe gives its balance.
func (ar *abuseRun) setup(ctx context.Context) error {
	cfg := ar.cfg
	l2l, err := dialLayer(ctx, "L2", httpURL(cfg.L2URL))
	if err != nil {
		return err
	}
	l1l, err := dialLayer(ctx, "L1", httpURL(cfg.L1URL))
	if err != nil {
		l2l.close()
		return err
	}
	defer l1l.close()
	ar.l2l = l2l
	var info wire.RollupInfo
	if err := l2l.rpc.CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
		return fmt.Errorf("bench: viaduct_rollupConfig: %w", err)
	}
	baseFee, ok := new(big.Int).SetString(info.L2BaseFee, 10)
	if !ok {
		return fmt.Errorf("bench: viaduct_rollupConfig: l2BaseFee %q", info.L2BaseFee)
	}
	var tip hexutil.Big
	if err := l2l.rpc.CallContext(ctx, &tip, "eth_maxPriorityFeePerGas"); err != nil {
		return fmt.Errorf("bench: the suggested tip: %w", err)
	}
	// The honest transfers pay what a wallet pays: the suggested tip, and
	// a fee cap of twice the base fee on top.
	l2l.tip = (*big.Int)(&tip)
	l2l.feeCap = new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(2)), l2l.tip)
	l2l.ethGas, l2l.tokenGas = core.TransferGas, core.TokenTransferGas
	l1l.tip, l1l.feeCap, l1l.ethGas = big.NewInt(1e9), big.NewInt(200e9), 21_000
	ar.rep.Workload.TipWei = l2l.tip.String()
	ar.rollup = info.Rollup

	ar.accts = newAccounts(cfg.Accounts)
	say(cfg.Config, "setup", "funders")
	if _, err := l1l.fundFunders(ctx, cfg.Funders); err != nil {
		return err
	}
	if bridged, err := bridgeToFunders(ctx, cfg.Config, l1l, l2l, info.Rollup); err != nil {
		return err
	} else if bridged {
		ar.rep.StackNote += "; the funders deposited ETH through the Rollup to fund the L2"
	}
	if err := setupTokens(ctx, cfg.Config, l1l, l2l, info.Rollup, ar.accts, cfg.honestPerAccount()); err != nil {
		return err
	}

	u, err := url.Parse(httpURL(cfg.L2URL))
	if err != nil {
		return fmt.Errorf("bench: %s: %w", cfg.L2URL, err)
	}
	ar.tg = &target{url: httpURL(cfg.L2URL), ws: wsURL(httpURL(cfg.L2URL)), hostport: u.Host, chainID: l2l.chainID,
		baseFee: baseFee, tip: l2l.tip, token: l2l.token, view: &chainView{}}
	for _, a := range ar.accts {
		ar.tg.honest = append(ar.tg.honest, a.addr)
	}
	if err := ar.readView(ctx, nil); err != nil {
		return err
	}

	// The attackers' accounts and the probe.
	say(cfg.Config, "setup", "funding the attackers")
	probeKey := abuseKey("probe", 0)
	ar.probe = crypto.PubkeyToAddress(probeKey.PublicKey)
	reqs := []fundReq{{to: ar.probe, value: probeBalance, gas: core.TransferGas}}
	for i := range cfg.jamAccounts() {
		reqs = append(reqs, fundReq{to: crypto.PubkeyToAddress(abuseKey("jam", i).PublicKey), value: jamBalance, gas: core.TransferGas})
	}
	for i := range 2 * cfg.costPairs() {
		reqs = append(reqs, fundReq{to: crypto.PubkeyToAddress(abuseKey("cost", i).PublicKey), value: costBalance, gas: core.TransferGas})
	}
	if err := l2l.fund(ctx, cfg.Funders, reqs); err != nil {
		return err
	}
	// A verified read of the probe, before any load: the stack posts, and
	// the light client verifies what the bench funded.
	say(cfg.Config, "setup", "waiting for a verified read")
	lc, closeLC, err := light.Dial(ctx, ar.l1URL, ar.tg.url, ar.rollup)
	if err != nil {
		return fmt.Errorf("bench: the light client: %w", err)
	}
	defer closeLC()
	deadline := time.Now().Add(3 * time.Minute)
	for {
		acct, err := lc.Balance(ctx, ar.probe, nil, light.Posted)
		if err == nil && acct.Balance.Cmp(probeBalance) == 0 {
			return nil
		}
		if err != nil && !light.Retryable(err) {
			return fmt.Errorf("bench: a verified read of the probe account before the load: %w", err)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("bench: the probe account's funding was not verifiable on L1 within 3 minutes (last: %v)", err)
		}
		if err := sleepCtx(ctx, 250*time.Millisecond); err != nil {
			return err
		}
	}
}

// honestPhase offers the honest load for d as phase i, open loop, and
// waits for its inclusion. onLoadEnd is called as the load ends.
func (ar *abuseRun) honestPhase(ctx context.Context, i int, name string, d time.Duration, onLoadEnd func()) (*run, error) {
	cfg := ar.cfg
	say(cfg.Config, name, "signing")
	nonces, err := ar.l2l.nonces(ctx, ar.accts)
	if err != nil {
		return nil, err
	}
	p, err := signPlan(ar.l2l, ar.accts, nonces, planShape(len(ar.accts), phasePer(cfg.Rate, d, len(ar.accts)), cfg.ERC20, cfg.Seed+uint64(i), cfg.FreshRecipients))
	if err != nil {
		return nil, err
	}
	r := newRun(ar.l2l, p, MaxInflightPerAccount)
	ph := AbusePhase{Name: name, Steal: -1}
	var cpu0, self0 float64
	var steal0 CPUTicks
	opts := loadOpts{rate: cfg.Rate, concurrency: cfg.Concurrency, batch: cfg.Batch, ws: cfg.WebSocket, duration: d, drain: cfg.Drain}
	opts.loadEdge = func(start bool, wall time.Duration) {
		if start {
			ar.phase.Store(int32(i))
			steal0, cpu0, self0 = machineCPU(), procCPU(ar.pid), procCPU(os.Getpid())
			return
		}
		if onLoadEnd != nil {
			onLoadEnd()
		}
		ph.Steal = machineCPU().StealSince(steal0)
		if ar.pid != 0 {
			ph.NodeCPU = (procCPU(ar.pid) - cpu0) / wall.Seconds()
			if m, err := readProcMemory(ar.pid); err == nil {
				ph.RSSEnd = m.RSS
			}
		}
		ph.BenchCPU = (procCPU(os.Getpid()) - self0) / wall.Seconds()
	}
	if cfg.Progress != nil {
		opts.progress = func(pr progress) {
			cfg.Progress(Progress{Layer: name, Phase: pr.phase, Elapsed: pr.elapsed, Total: pr.total, Sent: pr.sent, Accepted: pr.accepted, Included: pr.included, Rejected: pr.rejected})
		}
	}
	if err := r.execute(ctx, opts); err != nil {
		return nil, fmt.Errorf("bench: honest load, %s: %w", name, err)
	}
	res := r.result()
	ph.Honest = HonestPhase{Planned: res.Planned, Sent: res.Sent, Accepted: res.Accepted, Rejected: res.Rejected, Included: res.Included,
		LoadSeconds: res.LoadSeconds, AcceptedPerSec: res.AcceptedPerSec, IncludedPerSec: res.IncludedPerSec, SoftConfirm: res.SoftConfirm, MaxLagMs: res.MaxLagMs}
	r.errMu.Lock()
	for msg, n := range r.errs {
		if ph.Honest.Refused == nil {
			ph.Honest.Refused = map[string]int64{}
		}
		ph.Honest.Refused[NormalizeMessage(msg)] += int64(n)
	}
	r.errMu.Unlock()
	ar.rep.Phases = append(ar.rep.Phases, ph)
	return r, nil
}

// attacker is one of the attacks, run until its context ends.
type attacker interface {
	run(ctx context.Context, tg *target) error
}

// abusePhase starts every attacker, waits for the jam's first round, then
// runs the honest load for the configured duration; the attackers stop as
// the honest load does.
func (ar *abuseRun) abusePhase(ctx context.Context) (*run, error) {
	cfg := ar.cfg
	ar.phase.Store(1)
	say(cfg.Config, PhaseAbuse, "signing the attackers' transactions")
	jam, err := newJamAttack(ar.tg, cfg.jamAccounts(), cfg.Clients)
	if err != nil {
		return nil, err
	}
	cost := newCostAttack(cfg.costPairs())
	proofs := &floodAttack{clients: cfg.Clients, what: "batches of 20 viaduct_getProof at blocks from the oldest proven to the head", batch: proofBatch}
	logs := &floodAttack{clients: cfg.Clients, what: "batches of 20 eth_getLogs over the widest range (every log, the token's, transfers to one account)", batch: logBatch}
	over := &oversizedAttack{clients: cfg.sideClients(), kinds: oversizedKinds()}
	conns := &connAttack{target: cfg.Conns, clients: cfg.Clients}
	slow := &slowAttack{clients: cfg.slowClients()}
	browser := &browserAttack{clients: cfg.sideClients(), kinds: browserKinds()}
	attackers := []attacker{jam, cost, proofs, logs, over, conns, slow, browser}

	actx, stopAttack := context.WithCancel(ctx)
	defer stopAttack()
	var wg sync.WaitGroup
	errs := make([]error, len(attackers))
	for i, a := range attackers {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = a.run(actx, ar.tg) }()
	}
	say(cfg.Config, PhaseAbuse, "the jam's first round")
	select {
	case <-jam.first:
	case <-ctx.Done():
		stopAttack()
		wg.Wait()
		return nil, ctx.Err()
	}
	if err := ar.readView(ctx, nil); err != nil {
		stopAttack()
		wg.Wait()
		return nil, err
	}
	queuedAtStart := ar.tg.view.queued.Load()
	r, err := ar.honestPhase(ctx, 1, PhaseAbuse, cfg.Duration, stopAttack)
	stopAttack()
	wg.Wait()
	if err != nil {
		return nil, err
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("bench: an attacker could not run: %w", err)
	}
	a := &ar.rep.Attacks
	a.Jam = jam.result()
	a.Jam.QueuedAtStart = queuedAtStart
	a.Cost = cost.result()
	a.Proofs, a.Logs = proofs.result(), logs.result()
	a.Oversized = over.result()
	a.Conns = conns.result()
	a.Slowloris = slow.result()
	a.Browser = browser.result()
	return r, nil
}

// sample reads the chain view every 500 ms (the backlog, the pool, the
// oldest block proven) and the node's RSS, into the running phase's
// maxima.
func (ar *abuseRun) sample(ctx context.Context) {
	hc := &http.Client{Timeout: 10 * time.Second}
	for ctx.Err() == nil {
		i := ar.phase.Load()
		_ = ar.readView(ctx, hc) // a read refused under load is skipped, not fatal
		v := ar.tg.view
		var rss uint64
		if ar.pid != 0 {
			if m, err := readProcMemory(ar.pid); err == nil {
				rss = m.RSS
			}
		}
		ar.mu.Lock()
		s := &ar.samp[i]
		if h, sf := v.head.Load(), v.safe.Load(); h > sf {
			s.maxUnposted = max(s.maxUnposted, h-sf)
		}
		s.maxQueued = max(s.maxQueued, v.queued.Load())
		s.maxSz = max(s.maxSz, v.pooled.Load())
		s.rssPeak = max(s.rssPeak, rss)
		ar.mu.Unlock()
		_ = sleepCtx(ctx, 500*time.Millisecond)
	}
}

// readView reads the head and safe block (viaduct_blockStatus, one answer)
// and the pool and oldest proven block (/metrics) into the view.
func (ar *abuseRun) readView(ctx context.Context, hc *http.Client) error {
	var st wire.BlockStatus
	if err := ar.l2l.rpc.CallContext(ctx, &st, wire.MethodBlockStatus, "latest"); err != nil {
		return fmt.Errorf("bench: viaduct_blockStatus: %w", err)
	}
	v := ar.tg.view
	v.head.Store(uint64(st.Number))
	v.safe.Store(uint64(st.Safe))
	if hc == nil {
		hc = &http.Client{Timeout: 10 * time.Second}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ar.tg.url+"/metrics", nil)
	if err != nil {
		return fmt.Errorf("bench: /metrics: %w", err)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("bench: /metrics: %w", err)
	}
	defer resp.Body.Close()
	m := ParseMetrics(readBody(resp, 1<<20))
	v.queued.Store(int64(m["viaduct_mempool_queued"]))
	v.pooled.Store(int64(m["viaduct_mempool_size"]))
	v.oldest.Store(uint64(m["viaduct_history_oldest"]))
	return nil
}

// ParseMetrics reads the samples of a Prometheus text exposition (metric
// names without labels, as the node's are) into a map.
func ParseMetrics(text string) map[string]float64 {
	out := map[string]float64{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 || strings.ContainsAny(f[0], "{}") {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			continue
		}
		out[f[0]] = v
	}
	return out
}

// verifiedReads does what `viaduct light balance` does, once a second,
// until ctx ends: the probe account's balance at the block L1 names as
// posted, proven by the node and checked against the Rollup's root on
// L1, and compared with what the bench funded it with.
func (ar *abuseRun) verifiedReads(ctx context.Context) error {
	lc, closeLC, err := light.Dial(ctx, ar.l1URL, ar.tg.url, ar.rollup)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("bench: the light client: %w", err)
	}
	defer closeLC()
	var tokens []common.Address
	if ar.tg.token != (common.Address{}) {
		tokens = []common.Address{ar.tg.token}
	}
	for ctx.Err() == nil {
		i := ar.phase.Load()
		cctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		acct, err := lc.Balance(cctx, ar.probe, tokens, light.Posted)
		cancel()
		if ctx.Err() != nil {
			return nil
		}
		ar.mu.Lock()
		countVerified(&ar.verified[i], acct, err)
		ar.mu.Unlock()
		_ = sleepCtx(ctx, time.Second)
	}
	return nil
}

// lies are the light client's errors that say the node's answer was false.
var lies = []error{light.ErrWrongChain, light.ErrMalformedAnswer, light.ErrBadProof, light.ErrValueMismatch, light.ErrHeaderMismatch,
	light.ErrWrongBatch, light.ErrHeaderNotInBatch, light.ErrUnknownBatch, light.ErrWrongBlock}

// countVerified counts one verified read of the probe account.
func countVerified(v *VerifiedReads, acct *light.Account, err error) {
	v.Tries++
	switch {
	case err == nil:
		if acct.Balance.Cmp(probeBalance) != 0 || acct.Nonce != 0 || !tokensAbsent(acct) {
			v.Wrong++
		} else {
			v.OK++
		}
	case light.Retryable(err):
		v.NotYet++
		if v.NotYetWhy == nil {
			v.NotYetWhy = map[string]int64{}
		}
		v.NotYetWhy[NormalizeMessage(err.Error())]++
	default:
		for _, l := range lies {
			if errors.Is(err, l) {
				v.Lies++
				return
			}
		}
		if v.Failed == nil {
			v.Failed = map[string]int64{}
		}
		msg, _ := classify(err)
		v.Failed[msg]++
	}
}

// tokensAbsent: the probe holds no token, so each must be proven absent.
func tokensAbsent(a *light.Account) bool {
	for _, t := range a.Tokens {
		if !t.Absent || t.Balance.Sign() != 0 {
			return false
		}
	}
	return true
}

// settle accounts for every transfer the node accepted in r: the tracker
// saw it in a block, or its receipt says where it is (included late), or
// it is lost. It also reads a sample of the tracked ones' receipts.
func (ar *abuseRun) settle(ctx context.Context, r *run, h *HonestPhase) (int, error) {
	if err := checkL2Receipts(ctx, r, 100); err != nil {
		return 0, err
	}
	read := min(100, int(r.included.Load()))
	var missing []int32
	for k := range r.p.txs {
		if r.ok[k] && r.inclAt[k] == 0 {
			missing = append(missing, int32(k))
		}
	}
	for start := 0; start < len(missing); start += 100 {
		ids := missing[start:min(start+100, len(missing))]
		rcs := make([]*types.Receipt, len(ids))
		elems := make([]rpc.BatchElem, len(ids))
		for i, k := range ids {
			elems[i] = rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{r.p.txs[k].hash}, Result: &rcs[i]}
		}
		if err := r.l.rpc.BatchCallContext(ctx, elems); err != nil {
			return read, fmt.Errorf("bench: receipts of unseen transfers: %w", err)
		}
		for i, e := range elems {
			if e.Error != nil {
				return read, fmt.Errorf("bench: receipt of %s: %w", r.p.txs[ids[i]].hash, e.Error)
			}
			if rcs[i] != nil && rcs[i].Status == types.ReceiptStatusSuccessful {
				h.IncludedLate++
			} else {
				h.Lost++
			}
		}
		read += len(ids)
	}
	return read, nil
}

// latencies are the send → soft confirmation times (ns) of r's included
// transfers.
func (r *run) latencies() []int64 {
	var out []int64
	for k := range r.p.txs {
		if r.ok[k] && r.inclAt[k] != 0 {
			out = append(out, r.inclAt[k]-r.sendAt[k])
		}
	}
	return out
}
