// Package bench is Viaduct's load generator and the measurement behind
// `viaduct bench`: it runs one workload of ETH and ERC-20 transfers against
// the L2 through its public JSON-RPC, then the same transfers directly on
// the L1 the rollup posts to, so that every L2 figure has its L1 twin
// measured on the same machine in the same run.
//
// The model. N bench accounts (derived from a fixed seed) are funded on
// both layers by the dev accounts. Every transfer of the run is signed
// before the clock starts (signing is the wallets' work), in nonce order
// per account, with the same sender, recipient and kind on both layers.
// The load is offered open loop (at a target rate; a request that cannot
// be sent on time is sent late, and the lag is reported) or closed loop (a
// fixed number of requests in flight), as single eth_sendRawTransaction
// calls or JSON-RPC batches, over HTTP or WebSocket, bounded by a duration
// and by the number of transfers planned. At most 64 transfers of one
// account are in flight (the L2 mempool's per-sender bound).
//
// What is measured. Accepted: the RPC answered a hash. Included: a block
// holding the transfer was seen by a tracker that polls the head every
// 10 ms (the node answers receipts once a block is its head, so this is
// the soft confirmation, within the 10 ms poll); a sample of receipts is
// read back to check. Safe and finalized: the time the tag was first seen
// (100 ms sampling) at or past the transfer's block. L1 gas and calldata
// per L2 transfer come from the receipts and inputs of the real batch
// transactions (EIP-7623's floor is in the gas used; the report also says
// how many batches paid the floor). Memory is the node process's peak RSS
// (VmHWM), disk the growth of its database, both only when the bench
// started the node itself (or was given its pid and directory).
//
// Only loopback endpoints are accepted: the bench floods what it is given.
package bench

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/internal/version"
	"github.com/viaduct-l2/viaduct/txmgr"
	"github.com/viaduct-l2/viaduct/wire"
)

// Config is one bench run.
type Config struct {
	// L2URL and L1URL name a running stack (both, or neither: then the
	// bench starts `Binary dev` as a child process).
	L2URL, L1URL string
	Binary       string        // the viaduct binary for the child stack
	DataDir      string        // parent of the child stack's database (default: the system temp dir)
	L1BlockTime  time.Duration // the child's --l1-block-time
	DA           string        // the child's --da: calldata, blobs or auto ("": viaduct dev's own, blobs)
	StackLog     string        // a file the child's output is appended to ("": none)
	NodePID      int           // with URLs: the node's pid, for its memory (0: not measured)
	NodeDataDir  string        // with URLs: the node's database, for its disk use ("" : not measured)

	Accounts    int
	ERC20       float64 // share of ERC-20 transfers, 0..1
	Rate        float64 // open loop, transfers/s; 0: closed loop
	Concurrency int     // requests in flight (workers)
	Batch       int     // transfers per request; 1: single calls
	WebSocket   bool
	Duration    time.Duration
	MaxTxs      int           // transfers planned per layer (0: derived from rate or 8,000/s × duration)
	Drain       time.Duration // longest wait for inclusion after the load
	Finality    time.Duration // longest wait for safe and finalized after that
	SkipL1      bool          // no L1 twin
	// HalfLoad, if set, adds an L2 phase of this length after the main one,
	// open loop at half the load (half of Rate, or of the measured accepted
	// rate in closed loop): the latency target is set at half load.
	HalfLoad time.Duration
	// Idle is how many transfers the idle probe sends one at a time before
	// the load (0: none): send → receipt on a node with nothing else to do.
	Idle int
	Seed uint64
	// FreshRecipients sends each transfer to an address of its own, so
	// that the state grows with the transfers (a new account each).
	FreshRecipients bool

	Funders  []*ecdsa.PrivateKey // pay for the bench accounts (default: dev accounts 0–3)
	Progress func(Progress)      // called while running (nil: silent)
}

// Progress is a snapshot for a progress bar.
type Progress struct {
	Layer, Phase       string
	Elapsed, Total     time.Duration
	Sent, Accepted     int64
	Included, Rejected int64
}

// Sentinel errors of Check.
var (
	ErrBadConfig = errors.New("bench: bad configuration")
)

// Check refuses a configuration that cannot work, naming the field.
func (c *Config) Check() error {
	bad := func(f string, a ...any) error { return fmt.Errorf("%w: %s", ErrBadConfig, fmt.Sprintf(f, a...)) }
	switch {
	case (c.L2URL == "") != (c.L1URL == ""):
		return bad("--l2-rpc and --l1-rpc go together (or neither, to start a stack)")
	case c.L2URL == "" && c.Binary == "":
		return bad("no viaduct binary to start the stack with")
	case c.Accounts < 2 || c.Accounts > 10_000:
		return bad("--accounts %d: between 2 and 10000", c.Accounts)
	case c.ERC20 < 0 || c.ERC20 > 1:
		return bad("--erc20 %g: a share between 0 and 1", c.ERC20)
	case c.Rate < 0:
		return bad("--rate %g: not negative", c.Rate)
	case c.Concurrency < 1 || c.Concurrency > 1024:
		return bad("--concurrency %d: between 1 and 1024", c.Concurrency)
	case c.Batch < 1 || c.Batch > 1000:
		return bad("--batch %d: between 1 and 1000 (the RPC's batch limit)", c.Batch)
	case c.Duration <= 0 || c.Duration > time.Hour:
		return bad("--duration %s: more than 0 and at most 1h", c.Duration)
	case c.HalfLoad < 0 || c.HalfLoad > time.Hour:
		return bad("--half-load %s: at most 1h", c.HalfLoad)
	case c.MaxTxs < 0 || c.MaxTxs > 5_000_000:
		return bad("--txs %d: at most 5000000", c.MaxTxs)
	case c.Idle < 0 || c.Idle > 100_000:
		return bad("--idle %d: between 0 and 100000", c.Idle)
	}
	for _, u := range []string{c.L2URL, c.L1URL} {
		if u != "" {
			if err := CheckLoopback(u); err != nil {
				return err
			}
		}
	}
	return nil
}

// perAccount is how many transfers each account has in the plan.
func (c *Config) perAccount() int {
	total := c.MaxTxs
	if total == 0 {
		rate := c.Rate
		if rate == 0 {
			rate = 8000 // closed loop: more than this machine has been seen to include
		}
		total = int(rate*c.Duration.Seconds()) + c.Accounts
	}
	return max((total+c.Accounts-1)/c.Accounts, 1)
}

// Report is the whole result; it is what the JSON file holds.
type Report struct {
	Version   string             `json:"version"`
	Started   time.Time          `json:"started"`
	Machine   Machine            `json:"machine"`
	Workload  Workload           `json:"workload"`
	L2        LayerResult        `json:"l2"`
	L2Half    *LayerResult       `json:"l2HalfLoad,omitempty"`
	Idle      *IdleResult        `json:"l2Idle,omitempty"`
	HalfRate  float64            `json:"halfLoadRate,omitempty"`
	L1        *LayerResult       `json:"l1,omitempty"`
	Batches   BatchCost          `json:"l2BatchesOnL1"`
	L1Cost    *L1TransferCost    `json:"l1TransferCost,omitempty"`
	DA        string             `json:"da,omitempty"`
	Posting   *Posting           `json:"posting,omitempty"`
	Node      NodeUse            `json:"node"`
	Ratios    map[string]float64 `json:"ratiosL2overL1"`
	Targets   []Target           `json:"targets"`
	StackNote string             `json:"stack"`
}

// Workload echoes what was offered.
type Workload struct {
	Accounts    int     `json:"accounts"`
	ERC20Share  float64 `json:"erc20Share"`
	Mode        string  `json:"mode"` // "open loop" or "closed loop"
	Rate        float64 `json:"rate,omitempty"`
	Concurrency int     `json:"concurrency"`
	Batch       int     `json:"batch"`
	Transport   string  `json:"transport"`
	Duration    float64 `json:"durationSeconds"`
	PerLayer    int     `json:"plannedPerLayer"`
}

// NodeUse is the node's memory and disk.
type NodeUse struct {
	Measured       bool     `json:"measured"`
	PeakRSS        uint64   `json:"peakRssBytes"`
	RSSSeries      []uint64 `json:"rssPerSecondBytes,omitempty"`
	CPUCores       float64  `json:"nodeCpuCoresDuringL2Load"` // CPU time of the node process over the wall time of the L2 load
	BenchCPUCores  float64  `json:"benchCpuCoresDuringL2Load"`
	RSSFirst       uint64   `json:"rssAfterFirstTenthBytes"`
	RSSLoadEnd     uint64   `json:"rssAtLoadEndBytes"`
	RSSLast        uint64   `json:"rssAtEndBytes"`
	DiskBefore     int64    `json:"diskBeforeBytes"`
	DiskAfter      int64    `json:"diskAfterBytes"`
	DiskPer1M      float64  `json:"diskBytesPer1MTransfersExtrapolated"`
	MemoryIncludes string   `json:"memoryIncludes"`
}

// Target is one of the project's throughput, cost and latency targets,
// judged on this run.
type Target struct {
	Name     string `json:"name"`
	Measured string `json:"measured"`
	Met      *bool  `json:"met"` // nil: not measurable in this run
	Note     string `json:"note,omitempty"`
}

// Run runs the bench.
func Run(ctx context.Context, cfg Config) (*Report, error) {
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
	if cfg.Finality == 0 {
		cfg.Finality = 2 * time.Minute
	}
	rep := &Report{Version: version.Version, Started: time.Now().UTC(), Machine: describeMachine(), Ratios: map[string]float64{}}
	rep.Workload = Workload{Accounts: cfg.Accounts, ERC20Share: cfg.ERC20, Mode: "closed loop", Rate: cfg.Rate,
		Concurrency: cfg.Concurrency, Batch: cfg.Batch, Transport: "http", Duration: cfg.Duration.Seconds(), PerLayer: cfg.perAccount() * cfg.Accounts}
	if cfg.Rate > 0 {
		rep.Workload.Mode = "open loop"
	}
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
		if cfg.DA != "" {
			rep.StackNote += ", --da " + cfg.DA
		}
		rep.DA = cfg.DA
	} else {
		rep.StackNote = "a running stack: L2 " + cfg.L2URL + ", L1 " + cfg.L1URL
	}
	l2l, err := dialLayer(ctx, "L2", httpURL(cfg.L2URL))
	if err != nil {
		return nil, err
	}
	defer l2l.close()
	l1l, err := dialLayer(ctx, "L1", httpURL(cfg.L1URL))
	if err != nil {
		return nil, err
	}
	defer l1l.close()
	var info wire.RollupInfo
	if err := l2l.rpc.CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
		return nil, fmt.Errorf("bench: viaduct_rollupConfig: %w", err)
	}
	baseFee, ok := new(big.Int).SetString(info.L2BaseFee, 10)
	if !ok {
		return nil, fmt.Errorf("bench: viaduct_rollupConfig: l2BaseFee %q", info.L2BaseFee)
	}
	l2l.tip, l2l.feeCap = big.NewInt(1), new(big.Int).Mul(baseFee, big.NewInt(2))
	l2l.ethGas, l2l.tokenGas = core.TransferGas, core.TokenTransferGas
	// L1 fees: generous, since the base fee climbs while the twin fills blocks.
	l1l.tip, l1l.feeCap = big.NewInt(1e9), big.NewInt(200e9)
	l1l.ethGas = 21_000

	accts := newAccounts(cfg.Accounts)
	per := cfg.perAccount()
	say(cfg, "setup", "funders")
	paid, err := l1l.fundFunders(ctx, cfg.Funders)
	if err != nil {
		return nil, err
	}
	if paid {
		rep.StackNote += "; the funders were paid on L1 from the L1 node's unlocked account"
	}
	bridged, err := bridgeToFunders(ctx, cfg, l1l, l2l, info.Rollup)
	if err != nil {
		return nil, err
	}
	if bridged {
		rep.StackNote += "; the funders deposited ETH through the Rollup to fund the L2"
	}
	if err := setupTokens(ctx, cfg, l1l, l2l, info.Rollup, accts, per); err != nil {
		return nil, err
	}
	shapes := planShape(cfg.Accounts, per, cfg.ERC20, cfg.Seed, cfg.FreshRecipients)
	opts := loadOpts{rate: cfg.Rate, concurrency: cfg.Concurrency, batch: cfg.Batch, ws: cfg.WebSocket,
		duration: cfg.Duration, drain: cfg.Drain, finality: cfg.Finality}
	if cfg.Progress != nil {
		opts.progress = func(p progress) {
			cfg.Progress(Progress{Layer: p.layer, Phase: p.phase, Elapsed: p.elapsed, Total: p.total, Sent: p.sent, Accepted: p.accepted, Included: p.included, Rejected: p.rejected})
		}
	}

	// One transfer at a time on the idle node, before any load.
	if cfg.Idle > 0 {
		say(cfg, "L2", "idle probe")
		if rep.Idle, err = idleProbe(ctx, l2l, accts[0], accts[1%len(accts)].addr, cfg.Idle); err != nil {
			return nil, err
		}
	}

	// The L2 run.
	say(cfg, "L2", "signing")
	nonces, err := l2l.nonces(ctx, accts)
	if err != nil {
		return nil, err
	}
	p2, err := signPlan(l2l, accts, nonces, shapes)
	if err != nil {
		return nil, err
	}
	if nodeDir != "" {
		if rep.Node.DiskBefore, err = dirSize(nodeDir); err != nil {
			return nil, err
		}
	}
	r2 := newRun(l2l, p2, MaxInflightPerAccount)
	mem := startMemorySampler(pid)
	// CPU and memory over the load itself, not the waits for finality.
	var cpu0, self0 float64
	var rssAtLoadEnd uint64
	var steal0 CPUTicks
	l2opts := opts
	l2opts.loadEdge = func(start bool, wall time.Duration) {
		if start {
			steal0 = machineCPU()
		} else {
			rep.Machine.StealL2 = machineCPU().StealSince(steal0)
		}
		if pid == 0 {
			return
		}
		if start {
			cpu0, self0 = procCPU(pid), procCPU(os.Getpid())
			return
		}
		rep.Node.CPUCores = (procCPU(pid) - cpu0) / wall.Seconds()
		rep.Node.BenchCPUCores = (procCPU(os.Getpid()) - self0) / wall.Seconds()
		if m, err := readProcMemory(pid); err == nil {
			rssAtLoadEnd = m.RSS
		}
	}
	err = r2.execute(ctx, l2opts)
	samples := mem.stop()
	if err != nil {
		return nil, fmt.Errorf("bench: L2 run: %w", err)
	}
	rep.L2 = r2.result()
	if err := checkL2Receipts(ctx, r2, 200); err != nil {
		return nil, err
	}
	if rep.Batches, err = batchCost(ctx, l1l, l2l, r2.firstBlock, r2.lastBlock); err != nil {
		return nil, err
	}
	rep.Posting = postingOf(r2)
	if pid != 0 {
		m, err := readProcMemory(pid)
		if err != nil {
			return nil, err
		}
		rep.Node.Measured, rep.Node.PeakRSS, rep.Node.RSSLast, rep.Node.RSSLoadEnd = true, m.Peak, m.RSS, rssAtLoadEnd
		for _, s := range samples {
			rep.Node.RSSSeries = append(rep.Node.RSSSeries, s.RSS)
		}
		// Samples are a second apart from the start of the load.
		if i := int(cfg.Duration.Seconds() / 10); len(samples) > 0 {
			rep.Node.RSSFirst = samples[min(i, len(samples)-1)].RSS
		}
		rep.Node.MemoryIncludes = "the whole `viaduct dev` process: sequencer, batcher, RPC and the embedded L1 chain"
		if cfg.NodePID != 0 {
			rep.Node.MemoryIncludes = fmt.Sprintf("process %d", pid)
		}
	}
	if nodeDir != "" {
		if rep.Node.DiskAfter, err = dirSize(nodeDir); err != nil {
			return nil, err
		}
		if rep.L2.Included > 0 {
			rep.Node.DiskPer1M = float64(rep.Node.DiskAfter-rep.Node.DiskBefore) / float64(rep.L2.Included) * 1e6
		}
	}

	if cfg.HalfLoad > 0 {
		if err := halfLoad(ctx, cfg, rep, l2l, accts, opts); err != nil {
			return nil, err
		}
	}

	// The L1 twin: the same transfers, signed for the L1.
	if !cfg.SkipL1 {
		say(cfg, "L1", "signing")
		nonces, err := l1l.nonces(ctx, accts)
		if err != nil {
			return nil, err
		}
		p1, err := signPlan(l1l, accts, nonces, shapes)
		if err != nil {
			return nil, err
		}
		r1 := newRun(l1l, p1, L1InflightPerAccount(cfg.Accounts))
		l1opts := opts
		l1opts.loadEdge = func(start bool, _ time.Duration) {
			if start {
				steal0 = machineCPU()
			} else {
				rep.Machine.StealL1 = machineCPU().StealSince(steal0)
			}
		}
		if err := r1.execute(ctx, l1opts); err != nil {
			return nil, fmt.Errorf("bench: L1 run: %w", err)
		}
		res := r1.result()
		rep.L1 = &res
		cost, err := l1TransferCost(ctx, r1)
		if err != nil {
			return nil, err
		}
		rep.L1Cost = &cost
	}
	rep.ratios()
	rep.judge()
	rep.Machine.LoadAfter = loadavg()
	return rep, nil
}

// halfLoad runs the L2 again, open loop at half the load, without waiting
// for finality: the soft-confirmation latency at half load.
func halfLoad(ctx context.Context, cfg Config, rep *Report, l2l *layer, accts []account, opts loadOpts) error {
	rate := cfg.Rate / 2
	if rate == 0 {
		rate = rep.L2.AcceptedPerSec / 2
	}
	if rate < 1 {
		return nil
	}
	say(cfg, "L2", "signing half load")
	per := max((int(rate*cfg.HalfLoad.Seconds())+len(accts)+len(accts)-1)/len(accts), 1)
	nonces, err := l2l.nonces(ctx, accts)
	if err != nil {
		return err
	}
	p, err := signPlan(l2l, accts, nonces, planShape(len(accts), per, cfg.ERC20, cfg.Seed+1, cfg.FreshRecipients))
	if err != nil {
		return err
	}
	r := newRun(l2l, p, MaxInflightPerAccount)
	opts.rate, opts.duration, opts.finality = rate, cfg.HalfLoad, 0
	if err := r.execute(ctx, opts); err != nil {
		return fmt.Errorf("bench: L2 half-load run: %w", err)
	}
	res := r.result()
	res.Layer = "L2 half load"
	rep.L2Half, rep.HalfRate = &res, rate
	return nil
}

func say(cfg Config, layer, phase string) {
	if cfg.Progress != nil {
		cfg.Progress(Progress{Layer: layer, Phase: phase})
	}
}

// l2Grant is what a funder short of funderFloor on the L2 deposits
// through the Rollup (less if the Rollup's maxDeposit is lower).
var l2Grant = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))

// bridgeToFunders deposits ETH through the Rollup for every funder that
// holds less than funderFloor on the L2 (a stack other than `viaduct dev`,
// which funds the dev accounts at start), and waits for the deposits to
// arrive. It reports whether it deposited anything.
func bridgeToFunders(ctx context.Context, cfg Config, l1l, l2l *layer, rollupAddr common.Address) (bool, error) {
	r := bindings.NewRollup()
	amount := new(big.Int).Set(l2Grant)
	if out, err := l1l.ec.CallContract(ctx, ethereum.CallMsg{To: &rollupAddr, Data: r.PackMaxDeposit()}, nil); err == nil {
		if maxDep, err := r.UnpackMaxDeposit(out); err == nil && maxDep.Cmp(amount) < 0 {
			amount = maxDep
		}
	}
	var waiting []common.Address
	for _, k := range cfg.Funders {
		a := crypto.PubkeyToAddress(k.PublicKey)
		b, err := l2l.ec.BalanceAt(ctx, a, nil)
		if err != nil {
			return false, fmt.Errorf("bench: L2 balance of funder %s: %w", a, err)
		}
		if b.Cmp(funderFloor) >= 0 {
			continue
		}
		s, err := l1l.sender(ctx, k)
		if err != nil {
			return false, err
		}
		if _, err := s.Send(ctx, txmgr.Candidate{To: &rollupAddr, Data: r.PackDepositETH(a), Value: amount}); err != nil {
			return false, fmt.Errorf("bench: funder %s depositing %s wei for the L2: %w", a, amount, err)
		}
		waiting = append(waiting, a)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for _, a := range waiting {
		for {
			b, err := l2l.ec.BalanceAt(ctx, a, nil)
			if err == nil && b.Cmp(funderFloor) >= 0 {
				break
			}
			if time.Now().After(deadline) {
				return false, fmt.Errorf("bench: funder %s's deposit did not reach the L2 within 2 minutes (balance %v, %v)", a, b, err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	return len(waiting) > 0, nil
}

// setupTokens funds the bench accounts on both layers: ETH for the fees
// (and the transfers' 1 wei), and, when the mix has ERC-20 transfers, a
// TestToken deployed on L1, bridged to L2 by deposits to the funders and
// handed out to the accounts on L2 and minted to them on L1.
func setupTokens(ctx context.Context, cfg Config, l1l, l2l *layer, rollupAddr common.Address, accts []account, per int) error {
	say(cfg, "setup", "funding")
	ether := big.NewInt(1e18)
	var token common.Address
	var mintGas uint64
	amount := new(big.Int).Mul(big.NewInt(1e6), ether)
	if cfg.ERC20 > 0 {
		s, err := l1l.sender(ctx, cfg.Funders[0])
		if err != nil {
			return err
		}
		rc, err := s.Send(ctx, txmgr.Candidate{Data: common.FromHex(testbindings.TestTokenMetaData.Bin)})
		if err != nil {
			return fmt.Errorf("bench: deploying the test token on L1: %w", err)
		}
		token = rc.ContractAddress
		tt, r := testbindings.NewTestToken(), bindings.NewRollup()
		total := new(big.Int).Mul(amount, big.NewInt(int64(len(cfg.Funders))))
		funder0 := crypto.PubkeyToAddress(cfg.Funders[0].PublicKey)
		// One share more than is bridged stays on L1 with funder 0, for the
		// gas estimate of an L1 token transfer below.
		if _, err := s.Send(ctx, txmgr.Candidate{To: &token, Data: tt.PackMint(funder0, new(big.Int).Add(total, amount))}); err != nil {
			return fmt.Errorf("bench: minting: %w", err)
		}
		if _, err := s.Send(ctx, txmgr.Candidate{To: &token, Data: tt.PackApprove(rollupAddr, total)}); err != nil {
			return fmt.Errorf("bench: approving the bridge: %w", err)
		}
		for _, f := range cfg.Funders {
			if _, err := s.Send(ctx, txmgr.Candidate{To: &rollupAddr, Data: r.PackDepositToken(token, crypto.PubkeyToAddress(f.PublicKey), amount)}); err != nil {
				return fmt.Errorf("bench: depositing the token: %w", err)
			}
		}
		last := crypto.PubkeyToAddress(cfg.Funders[len(cfg.Funders)-1].PublicKey)
		deadline := time.Now().Add(2 * time.Minute)
		for {
			b, err := l2l.tokenBalance(ctx, token, last)
			if err == nil && b.Sign() > 0 {
				break
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("bench: the token deposit did not reach L2 within 2 minutes (last: %v)", err)
			}
			time.Sleep(100 * time.Millisecond)
		}
		l1l.token, l2l.token = token, token
		// The twin's token transfer gas limit: measured, with room (the
		// recipients all hold tokens, so no transfer creates a slot).
		est, err := l1l.ec.EstimateGas(ctx, ethereumCall(funder0, token, transferCalldata(crypto.PubkeyToAddress(cfg.Funders[1%len(cfg.Funders)].PublicKey), big.NewInt(1))))
		if err != nil {
			return fmt.Errorf("bench: estimating an L1 token transfer: %w", err)
		}
		l1l.tokenGas = est * 2
		mintEst, err := l1l.ec.EstimateGas(ctx, ethereumCall(funder0, token, mintCalldata(accts[0].addr, big.NewInt(1))))
		if err != nil {
			return fmt.Errorf("bench: estimating an L1 token mint: %w", err)
		}
		mintGas = mintEst * 3 / 2
	}
	// ETH for every transfer's fee at the fee cap, twice over, and a margin.
	need := func(l *layer) *big.Int {
		gas := max(l.ethGas, l.tokenGas)
		v := new(big.Int).Mul(new(big.Int).SetUint64(gas*uint64(per)*2), l.feeCap)
		return v.Add(v, new(big.Int).Div(ether, big.NewInt(100)))
	}
	perToken := new(big.Int).Div(amount, big.NewInt(int64(len(accts))))
	var reqs2, reqs1 []fundReq
	for _, a := range accts {
		reqs2 = append(reqs2, fundReq{to: a.addr, value: need(l2l), gas: l2l.ethGas})
		reqs1 = append(reqs1, fundReq{to: a.addr, value: need(l1l), gas: l1l.ethGas})
		if cfg.ERC20 > 0 {
			reqs2 = append(reqs2, fundReq{to: token, value: new(big.Int), data: transferCalldata(a.addr, perToken), gas: l2l.tokenGas})
			reqs1 = append(reqs1, fundReq{to: token, value: new(big.Int), data: mintCalldata(a.addr, perToken), gas: mintGas})
		}
	}
	var wg sync.WaitGroup
	var err2, err1 error
	wg.Add(1)
	go func() { defer wg.Done(); err2 = l2l.fund(ctx, cfg.Funders, reqs2) }()
	if !cfg.SkipL1 {
		err1 = l1l.fund(ctx, cfg.Funders, reqs1)
	}
	wg.Wait()
	return errors.Join(err2, err1)
}

// ratios fills the L2/L1 ratios.
func (rep *Report) ratios() {
	if rep.L1 == nil {
		return
	}
	div := func(name string, a, b float64) {
		if b > 0 && a > 0 {
			rep.Ratios[name] = a / b
		}
	}
	div("acceptedPerSec", rep.L2.AcceptedPerSec, rep.L1.AcceptedPerSec)
	div("includedPerSec", rep.L2.IncludedPerSec, rep.L1.IncludedPerSec)
	div("softConfirmP50", rep.L2.SoftConfirm.P50, rep.L1.SoftConfirm.P50)
	div("softConfirmP99", rep.L2.SoftConfirm.P99, rep.L1.SoftConfirm.P99)
	div("safeP50", rep.L2.Safe.P50, rep.L1.Safe.P50)
	div("finalizedP50", rep.L2.Finalized.P50, rep.L1.Finalized.P50)
	if rep.L1Cost != nil {
		div("l1GasPerTransfer", rep.Batches.GasPerTx, rep.L1Cost.MixGas)
		div("l1BytesPerTransfer", rep.Batches.BytesPerTx, rep.L1Cost.TxBytes)
	}
}

func boolp(b bool) *bool { return &b }

// judge sets the project's targets against this run's figures.
func (rep *Report) judge() {
	l2 := rep.L2
	sustained := rep.Workload.Duration >= 60
	t1 := Target{Name: "≥ 5,000 transfers/s accepted and included through JSON-RPC, sustained 60 s",
		Measured: fmt.Sprintf("%.0f accepted/s, %.0f included/s over %.0f s", l2.AcceptedPerSec, l2.IncludedPerSec, l2.LoadSeconds)}
	t1.Met = boolp(sustained && l2.AcceptedPerSec >= 5000 && l2.IncludedPerSec >= 5000)
	if !sustained {
		t1.Note = "the run was shorter than 60 s"
	}
	t2 := Target{Name: "≥ 20× the L1 figure on the same machine"}
	if r, ok := rep.Ratios["includedPerSec"]; ok {
		t2.Measured, t2.Met = fmt.Sprintf("%.1f× (included/s)", r), boolp(r >= 20)
	} else {
		t2.Measured = "no L1 twin in this run"
	}
	t3 := Target{Name: "soft-confirmation p99 < 250 ms at half the 5,000/s load"}
	switch {
	case rep.L2Half != nil:
		h := rep.L2Half
		t3.Measured = fmt.Sprintf("p99 %.0f ms with %.0f/s offered open loop (%.0f accepted/s)", h.SoftConfirm.P99, rep.HalfRate, h.AcceptedPerSec)
		t3.Met = boolp(h.SoftConfirm.P99 < 250 && rep.HalfRate >= 2500)
		if rep.HalfRate < 2500 {
			t3.Note = "half of this run's load is below 2,500/s, so the target's load was not offered"
		}
	case rep.Workload.Rate > 0 && rep.Workload.Rate <= 2500:
		t3.Measured = fmt.Sprintf("p99 %.0f ms at %.0f accepted/s", l2.SoftConfirm.P99, l2.AcceptedPerSec)
		t3.Met = boolp(l2.SoftConfirm.P99 < 250)
	default:
		t3.Measured = fmt.Sprintf("p99 %.0f ms at full load, %.0f accepted/s", l2.SoftConfirm.P99, l2.AcceptedPerSec)
		t3.Note = "no half-load phase in this run (--half-load)"
	}
	t4 := Target{Name: "L1 gas per L2 ETH transfer ≤ 1/5 of an L1 ETH transfer (calldata, EIP-7623 floor included)"}
	if rep.L1Cost != nil && rep.Batches.L2Txs > 0 {
		r := rep.Batches.GasPerTx / rep.L1Cost.MixGas
		t4.Measured = fmt.Sprintf("%.0f against %.0f L1 gas: %.3f", rep.Batches.GasPerTx, rep.L1Cost.MixGas, r)
		if rep.Workload.ERC20Share == 0 {
			t4.Met = boolp(r <= 0.2)
		} else {
			t4.Note = "this run mixes ERC-20 transfers in; the target is judged on an ETH-only run (--erc20 0)"
		}
	} else {
		t4.Measured = "no batch or no L1 twin in this run"
	}
	t5 := Target{Name: "memory bounded: no growth with the number of transactions beyond the state size"}
	if rep.Node.Measured && rep.Node.RSSFirst > 0 && rep.Node.RSSLoadEnd > 0 {
		g := float64(rep.Node.RSSLoadEnd)/float64(rep.Node.RSSFirst) - 1
		t5.Measured = fmt.Sprintf("RSS %.0f MiB after the first tenth of the load, %.0f MiB at its end (%+.0f%%), %.0f MiB after the finality wait, peak %.0f MiB",
			mib(rep.Node.RSSFirst), mib(rep.Node.RSSLoadEnd), g*100, mib(rep.Node.RSSLast), mib(rep.Node.PeakRSS))
		t5.Note = "the state does not grow (transfers between the bench accounts), but the measured process is " + rep.Node.MemoryIncludes + "; the embedded L1 keeps every block, batches included, in memory, so this figure cannot be attributed to the node alone"
	} else {
		t5.Measured = "not measured (no node pid)"
	}
	rep.Targets = append([]Target{t1, t2, t3, t4, t5}, rep.latencyTargets()...)
}

// latencyTargets judges the confirmation-latency targets: soft
// confirmation at half load (2,500 transfers/s offered, open loop) p50 ≤
// 15 ms and p99 ≤ 50 ms; at 5,000/s p99 ≤ 100 ms; one
// eth_sendRawTransactionSync on an idle node p50 ≤ 5 ms.
func (rep *Report) latencyTargets() []Target {
	by := func(l *LayerResult) string { return "measured by " + l.SoftConfirmBy }
	half := Target{Name: "soft confirmation at half load (2,500 transfers/s offered, open loop): p50 ≤ 15 ms, p99 ≤ 50 ms"}
	var h *LayerResult
	switch {
	case rep.L2Half != nil && rep.HalfRate == 2500:
		h = rep.L2Half
	case rep.Workload.Mode == "open loop" && rep.Workload.Rate == 2500:
		h = &rep.L2
	}
	if h != nil {
		half.Measured = fmt.Sprintf("p50 %.1f ms, p99 %.1f ms (%.0f accepted/s)", h.SoftConfirm.P50, h.SoftConfirm.P99, h.AcceptedPerSec)
		half.Met, half.Note = boolp(h.SoftConfirm.P50 <= 15 && h.SoftConfirm.P99 <= 50), by(h)
	} else {
		half.Measured = "2,500/s was not offered open loop in this run (--rate 2500, or --rate 5000 with --half-load)"
	}
	full := Target{Name: "soft confirmation at 5,000 transfers/s offered, open loop: p99 ≤ 100 ms"}
	if rep.Workload.Mode == "open loop" && rep.Workload.Rate == 5000 {
		full.Measured = fmt.Sprintf("p99 %.1f ms (%.0f accepted/s, %.0f included/s)", rep.L2.SoftConfirm.P99, rep.L2.AcceptedPerSec, rep.L2.IncludedPerSec)
		full.Met, full.Note = boolp(rep.L2.SoftConfirm.P99 <= 100), by(&rep.L2)
	} else {
		full.Measured = "5,000/s was not offered open loop in this run (--rate 5000)"
	}
	idle := Target{Name: "eth_sendRawTransactionSync round trip for one transfer on an idle node: p50 ≤ 5 ms"}
	switch {
	case rep.Idle == nil:
		idle.Measured = "no idle probe in this run (--idle)"
	case rep.Idle.Method != IdleSync:
		idle.Measured = fmt.Sprintf("the node has no eth_sendRawTransactionSync; send → receipt polled every %.0f ms: p50 %.1f ms, p99 %.1f ms", rep.Idle.PollMs, rep.Idle.Latency.P50, rep.Idle.Latency.P99)
	default:
		idle.Measured = fmt.Sprintf("p50 %.1f ms, p99 %.1f ms over %d transfers", rep.Idle.Latency.P50, rep.Idle.Latency.P99, rep.Idle.Latency.Count)
		idle.Met = boolp(rep.Idle.Latency.P50 <= 5)
	}
	return []Target{half, full, idle}
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }

// memSampler samples a process's RSS every second.
type memSampler struct {
	stopc   chan struct{}
	done    chan struct{}
	samples []ProcMemory
}

func startMemorySampler(pid int) *memSampler {
	m := &memSampler{stopc: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(m.done)
		if pid == 0 {
			return
		}
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			if s, err := readProcMemory(pid); err == nil {
				m.samples = append(m.samples, s)
			}
			select {
			case <-m.stopc:
				return
			case <-t.C:
			}
		}
	}()
	return m
}

func (m *memSampler) stop() []ProcMemory {
	close(m.stopc)
	<-m.done
	return m.samples
}

// Machine describes where the run was made.
type Machine struct {
	CPU        string `json:"cpu"`
	Cores      int    `json:"cores"`
	Memory     string `json:"memory"`
	Go         string `json:"go"`
	OS         string `json:"os"`
	LoadBefore string `json:"loadAverageBefore"`
	LoadAfter  string `json:"loadAverageAfter"`
	// StealL2 and StealL1 are the shares of the machine's CPU time that
	// the host took for other guests during each layer's load (the steal
	// column of /proc/stat; -1 when unknown): on a shared virtual machine
	// they say how far a run's figures are the code's and how far the
	// neighbours'.
	StealL2 float64 `json:"cpuStolenDuringL2Load"`
	StealL1 float64 `json:"cpuStolenDuringL1Load,omitempty"`
}

func describeMachine() Machine {
	return Machine{CPU: cpuModel(), Cores: runtime.NumCPU(), Memory: memTotal(), Go: runtime.Version(),
		OS: runtime.GOOS + "/" + runtime.GOARCH, LoadBefore: loadavg()}
}

func readText(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return string(b)
}

func cpuModel() string {
	for _, l := range strings.Split(readText("/proc/cpuinfo"), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

func memTotal() string {
	for _, l := range strings.Split(readText("/proc/meminfo"), "\n") {
		if strings.HasPrefix(l, "MemTotal:") {
			var kb int64
			fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(l, "MemTotal:")), "%d", &kb)
			return fmt.Sprintf("%.1f GiB", float64(kb)/(1<<20))
		}
	}
	return "unknown"
}

// CPUTicks is the machine's CPU time so far (the "cpu" line of
// /proc/stat), in clock ticks: all of it, and what the host stole.
type CPUTicks struct {
	Total, Steal uint64
}

// ParseCPUTicks reads the first line of /proc/stat: "cpu" and then user,
// nice, system, idle, iowait, irq, softirq and steal (and guest times,
// which user and nice already count).
func ParseCPUTicks(text string) (CPUTicks, error) {
	line, _, _ := strings.Cut(text, "\n")
	f := strings.Fields(line)
	if len(f) < 9 || f[0] != "cpu" {
		return CPUTicks{}, fmt.Errorf("bench: /proc/stat: no cpu line with a steal column")
	}
	var t CPUTicks
	for i, s := range f[1:9] {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil || n > 1<<50 {
			return CPUTicks{}, fmt.Errorf("bench: /proc/stat: CPU time %q", s)
		}
		t.Total += n
		if i == 7 {
			t.Steal = n
		}
	}
	return t, nil
}

// machineCPU reads the machine's CPU ticks (zero if unknown).
func machineCPU() CPUTicks {
	t, _ := ParseCPUTicks(readText("/proc/stat"))
	return t
}

// StealSince is the share of the CPU time since `before` that was stolen,
// or -1 when it is unknown.
func (t CPUTicks) StealSince(before CPUTicks) float64 {
	if t.Total <= before.Total || t.Steal < before.Steal || before.Total == 0 {
		return -1
	}
	return float64(t.Steal-before.Steal) / float64(t.Total-before.Total)
}

func loadavg() string {
	f := strings.Fields(readText("/proc/loadavg"))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// WriteJSON writes the report as indented JSON.
func (rep *Report) WriteJSON(path string) error {
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return fmt.Errorf("bench: encoding the report: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("bench: writing %s: %w", path, err)
	}
	return nil
}
