package bench

import (
	"context"
	"crypto/ecdsa"
	"encoding/xml"
	"errors"
	"io"
	"net"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/internal/devl1"
)

func TestPercentilesAreNearestRank(t *testing.T) {
	ms := func(v ...int64) []int64 {
		for i := range v {
			v[i] *= 1e6
		}
		return v
	}
	for _, tc := range []struct {
		name string
		in   []int64
		want Percentiles
	}{
		{"empty", nil, Percentiles{}},
		{"one", ms(7), Percentiles{Count: 1, P50: 7, P95: 7, P99: 7, Max: 7}},
		{"unsorted ten", ms(10, 1, 9, 2, 8, 3, 7, 4, 6, 5), Percentiles{Count: 10, P50: 5, P95: 10, P99: 10, Max: 10}},
		{"hundred", func() []int64 {
			var v []int64
			for i := 100; i >= 1; i-- {
				v = append(v, int64(i))
			}
			return ms(v...)
		}(), Percentiles{Count: 100, P50: 50, P95: 95, P99: 99, Max: 100}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := percentiles(tc.in); got != tc.want {
				t.Fatalf("percentiles = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestTokensCountEIP7623(t *testing.T) {
	for _, tc := range []struct {
		data       []byte
		zero       int
		toks       uint64
		floorGas   uint64
		standardGa uint64
	}{
		{nil, 0, 0, 21_000, 21_000},
		{[]byte{0, 0, 0}, 3, 3, 21_030, 21_012},
		{[]byte{1, 0, 0xff}, 1, 9, 21_090, 21_036},
	} {
		zero, toks := tokens(tc.data)
		if zero != tc.zero || toks != tc.toks {
			t.Fatalf("tokens(%x) = %d, %d; want %d, %d", tc.data, zero, toks, tc.zero, tc.toks)
		}
		if f := 21_000 + 10*toks; f != tc.floorGas {
			t.Fatalf("floor of %x = %d, want %d", tc.data, f, tc.floorGas)
		}
		if s := 21_000 + 4*toks; s != tc.standardGa {
			t.Fatalf("standard of %x = %d, want %d", tc.data, s, tc.standardGa)
		}
	}
}

func TestCheckLoopbackRefusesOtherHosts(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"http://127.0.0.1:9545", true},
		{"ws://localhost:9545", true},
		{"http://[::1]:8545", true},
		{"http://127.0.0.2:1", true}, // all of 127/8 is loopback
		{"http://10.0.0.1:9545", false},
		{"https://mainnet.example.org", false},
		{"ftp://127.0.0.1", false},
		{"127.0.0.1:9545", false},
	} {
		err := CheckLoopback(tc.url)
		if (err == nil) != tc.ok {
			t.Errorf("CheckLoopback(%q) = %v, want ok=%v", tc.url, err, tc.ok)
		}
	}
	if err := CheckLoopback("http://192.168.1.1"); !errors.Is(err, ErrNotLoopback) {
		t.Fatalf("a LAN host: %v, want ErrNotLoopback", err)
	}
}

func TestParseProcStatus(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want ProcMemory
		err  bool
	}{
		{"both", "Name:\tviaduct\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n", ProcMemory{RSS: 100 << 20, Peak: 200 << 20}, false},
		{"none", "Name:\tviaduct\n", ProcMemory{}, true},
		{"not kB", "VmRSS:\t1 MB\n", ProcMemory{}, true},
		{"not a number", "VmRSS:\tx kB\n", ProcMemory{}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseProcStatus(tc.text)
			if (err != nil) != tc.err || got != tc.want {
				t.Fatalf("ParseProcStatus = %+v, %v; want %+v, err=%v", got, err, tc.want, tc.err)
			}
		})
	}
}

func FuzzParseProcStatus(f *testing.F) {
	f.Add("VmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n")
	f.Add("VmRSS: 1 kB")
	f.Add("VmRSS:\t99999999999999999999 kB\n")
	f.Fuzz(func(t *testing.T, text string) {
		m, err := ParseProcStatus(text)
		if err != nil {
			return
		}
		if m.RSS > 1<<54 || m.Peak > 1<<54 {
			t.Fatalf("accepted an impossible size: %+v", m)
		}
	})
}

func TestParseProcStat(t *testing.T) {
	for _, tc := range []struct {
		text string
		want uint64
		err  bool
	}{
		{"123 (viaduct) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 9 0 100", 300, false},
		{"123 (a) b) (c) R 1 2 3 4 5 6 7 8 9 10 7 3 0 0", 10, false},
		{"123 viaduct S 1 2", 0, true},
		{"123 (v) S 1 2 3", 0, true},
		{"123 (v) S 1 2 3 4 5 6 7 8 9 10 x 3 0", 0, true},
	} {
		got, err := ParseProcStat(tc.text)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("ParseProcStat(%q) = %d, %v; want %d, err=%v", tc.text, got, err, tc.want, tc.err)
		}
	}
	if procCPU(os.Getpid()) < 0 {
		t.Fatal("negative CPU time")
	}
}

func FuzzParseProcStat(f *testing.F) {
	f.Add("123 (viaduct) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 9 0 100")
	f.Add("1 ()) R 0 0 0 0 0 0 0 0 0 0 1 1")
	f.Fuzz(func(t *testing.T, text string) {
		if n, err := ParseProcStat(text); err == nil && n > 1<<51 {
			t.Fatalf("accepted an impossible CPU time %d", n)
		}
	})
}

func FuzzCheckLoopback(f *testing.F) {
	for _, s := range []string{"http://127.0.0.1:9545", "ws://localhost", "http://[::1]:1", "http://10.0.0.1", "http://127.0.0.1.example.com", "http://user@127.0.0.1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if CheckLoopback(raw) != nil {
			return
		}
		// Whatever is accepted is dialled at a loopback host.
		u, err := url.Parse(raw)
		if err != nil {
			t.Fatalf("accepted unparsable %q", raw)
		}
		h := u.Hostname()
		if ip := net.ParseIP(h); h != "localhost" && (ip == nil || !ip.IsLoopback()) {
			t.Fatalf("accepted %q with host %q", raw, h)
		}
	})
}

func TestReplaceSection(t *testing.T) {
	for _, tc := range []struct {
		name, doc, want string
	}{
		{"appended to an empty file", "", "## viaduct bench\nnew\n"},
		{"appended after others", "# P\n\n## Core\nx\n", "# P\n\n## Core\nx\n\n## viaduct bench\nnew\n"},
		{"replaced in the middle", "# P\n## viaduct bench\nold\nold\n## Next\ny\n", "# P\n## viaduct bench\nnew\n\n## Next\ny\n"},
		{"replaced at the end", "# P\n## viaduct bench\nold\n### sub\nold\n", "# P\n## viaduct bench\nnew\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ReplaceSection(tc.doc, "## viaduct bench", "## viaduct bench\nnew\n"); got != tc.want {
				t.Fatalf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func sampleReport() *Report {
	l2 := LayerResult{Layer: "L2", Accepted: 10, Included: 9, AcceptedPerSec: 5, IncludedPerSec: 4.5,
		SoftConfirm: Percentiles{Count: 9, P50: 100, P95: 200, P99: 300, Max: 300},
		Series:      []Point{{0, 5, 4, 90, 120}, {1, 5, 5, 110, 300}}}
	l1 := LayerResult{Layer: "L1", Accepted: 10, Included: 10, AcceptedPerSec: 5, IncludedPerSec: 5,
		SoftConfirm: Percentiles{Count: 10, P50: 50, P95: 60, P99: 70, Max: 70}, Series: []Point{{0, 5, 5, 50, 70}, {1, 5, 5, 50, 70}}}
	rep := &Report{Started: time.Date(2026, 12, 2, 18, 0, 0, 0, time.UTC), L2: l2, L1: &l1, Ratios: map[string]float64{},
		Workload: Workload{Accounts: 4, Mode: "open loop <&>", Rate: 5, Duration: 2},
		Batches:  BatchCost{Batches: 1, L2Txs: 9, GasUsed: 40_000, GasPerTx: 4444},
		L1Cost:   &L1TransferCost{ETHGas: 21_000, MixGas: 21_000}}
	rep.ratios()
	rep.judge()
	return rep
}

func TestReportRendersAndJudges(t *testing.T) {
	rep := sampleReport()
	if r := rep.Ratios["includedPerSec"]; r != 0.9 {
		t.Fatalf("included ratio %v, want 0.9", r)
	}
	// The SVG is well-formed XML (the title carries characters to escape).
	d := xml.NewDecoder(strings.NewReader(string(rep.SVG())))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
	}
	var b strings.Builder
	if err := rep.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"included tx/s", "MISSED", "0.9"} {
		if !strings.Contains(b.String(), want) {
			t.Fatalf("table lacks %q:\n%s", want, b.String())
		}
	}
	if md := rep.Markdown("viaduct bench"); !strings.HasPrefix(md, "## viaduct bench\n") || !strings.Contains(md, "| included tx/s |") {
		t.Fatalf("markdown section:\n%s", md)
	}
	// An ETH-only run is judged on the gas target: 4,444 > 21,000/5.
	rep.Workload.ERC20Share = 0
	rep.judge()
	if m := rep.Targets[3].Met; m == nil || *m {
		t.Fatalf("gas target: %+v, want missed", rep.Targets[3])
	}
}

func TestGeneratorKeepsAtMost64InFlightPerAccount(t *testing.T) {
	p := &plan{byAcct: [][]int32{make([]int32, 100), make([]int32, 3)}}
	for i := range p.byAcct[0] {
		p.byAcct[0][i] = int32(i)
	}
	for i := range p.byAcct[1] {
		p.byAcct[1][i] = int32(100 + i)
	}
	g := newGenerator(p, MaxInflightPerAccount)
	var got []int32
	for {
		ids, left := g.take(10, nil)
		got = append(got, ids...)
		if len(ids) == 0 {
			if !left {
				t.Fatal("reported the plan used up while account 0 has transfers left")
			}
			break
		}
	}
	if len(got) != MaxInflightPerAccount+3 {
		t.Fatalf("took %d before a block, want %d", len(got), MaxInflightPerAccount+3)
	}
	// Nonce order within an account.
	last := int32(-1)
	for _, id := range got {
		if id < 100 {
			if id != last+1 {
				t.Fatalf("account 0 out of order: %d after %d", id, last)
			}
			last = id
		}
	}
	// A block includes 10 of account 0: 10 more can go.
	for range 10 {
		g.landed(0)
	}
	ids, _ := g.take(100, nil)
	if len(ids) != 10 || ids[0] != MaxInflightPerAccount {
		t.Fatalf("after inclusion took %v", ids)
	}
	// A refused transfer drops the account: nothing more of it is sent.
	g.drop(0)
	if ids, left := g.take(100, nil); len(ids) != 0 || left {
		t.Fatalf("after drop: %v, left %v", ids, left)
	}
}

func TestGeneratorKeepsUnderThePoolsTotal(t *testing.T) {
	accts := MaxInflight/MaxInflightPerAccount + 10
	p := &plan{byAcct: make([][]int32, accts)}
	for a := range p.byAcct {
		p.byAcct[a] = make([]int32, 100)
	}
	g := newGenerator(p, MaxInflightPerAccount)
	n := 0
	for {
		ids, _ := g.take(1000, nil)
		if len(ids) == 0 {
			break
		}
		n += len(ids)
	}
	if n != MaxInflight {
		t.Fatalf("%d in flight, want the bound %d", n, MaxInflight)
	}
	g.landed(0)
	if ids, left := g.take(1000, nil); len(ids) != 1 || !left {
		t.Fatalf("after one landed: %d taken, left %v", len(ids), left)
	}
}

func TestL1InflightStaysUnderThePoolsGlobalSlots(t *testing.T) {
	for _, tc := range []struct {
		accounts int
		want     int32
	}{{1, 16}, {256, 16}, {257, 15}, {1000, 4}, {5000, 1}, {10_000, 1}} {
		got := L1InflightPerAccount(tc.accounts)
		if got != tc.want {
			t.Errorf("L1InflightPerAccount(%d) = %d, want %d", tc.accounts, got, tc.want)
		}
		if tc.accounts <= 4096 && int(got)*tc.accounts > 5120 {
			t.Errorf("%d accounts × %d in flight exceeds the pool's 5,120 slots", tc.accounts, got)
		}
	}
}

func TestPlanShapeIsSeededAndMixed(t *testing.T) {
	a := planShape(50, 40, 0.25, 7, false)
	b := planShape(50, 40, 0.25, 7, false)
	erc := 0
	for i := range a {
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				t.Fatal("the same seed gave another plan")
			}
			if a[i][j].to == i {
				t.Fatalf("account %d sends to itself", i)
			}
			if a[i][j].kind == KindERC20 {
				erc++
			}
		}
	}
	if share := float64(erc) / 2000; share < 0.2 || share > 0.3 {
		t.Fatalf("ERC-20 share %.3f, want about 0.25", share)
	}
}

// TestFreshRecipientsGrowTheState: with fresh recipients every transfer of
// a run pays an address of its own that is no bench account's, and another
// seed pays others again, so each run adds an account per transfer.
func TestFreshRecipientsGrowTheState(t *testing.T) {
	accts := newAccounts(8)
	seen := map[common.Address]bool{}
	for _, a := range accts {
		seen[a.addr] = true
	}
	for _, seed := range []uint64{1, 2} {
		for i, row := range planShape(len(accts), 50, 0.25, seed, true) {
			for j, s := range row {
				if s.to != -1 || seen[s.addr] {
					t.Fatalf("seed %d, transfer %d of account %d: recipient %d %s is not fresh", seed, j, i, s.to, s.addr)
				}
				seen[s.addr] = true
			}
		}
	}
	if len(seen) != 8+2*8*50 {
		t.Fatalf("%d addresses, want %d", len(seen), 8+2*8*50)
	}
}

func TestConfigCheckNamesTheField(t *testing.T) {
	ok := Config{Binary: "viaduct", Accounts: 4, Concurrency: 1, Batch: 1, Duration: time.Second}
	if err := ok.Check(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		mutate func(*Config)
		field  string
	}{
		{func(c *Config) { c.L2URL = "http://127.0.0.1:1" }, "--l1-rpc"},
		{func(c *Config) { c.Accounts = 1 }, "--accounts"},
		{func(c *Config) { c.ERC20 = 1.5 }, "--erc20"},
		{func(c *Config) { c.Batch = 1001 }, "--batch"},
		{func(c *Config) { c.Duration = 0 }, "--duration"},
		{func(c *Config) { c.L2URL, c.L1URL = "http://10.1.1.1:1", "http://127.0.0.1:2" }, "loopback"},
	} {
		c := ok
		tc.mutate(&c)
		if err := c.Check(); err == nil || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("Check() = %v, want an error naming %s", err, tc.field)
		}
	}
}

func TestParseCPUTicks(t *testing.T) {
	for _, tc := range []struct {
		text string
		want CPUTicks
		err  bool
	}{
		{"cpu  10 1 5 100 2 0 1 7 0 0\ncpu0 5 0 2 50 1 0 0 3 0 0\n", CPUTicks{Total: 126, Steal: 7}, false},
		{"cpu  10 1 5 100 2 0 1 7\n", CPUTicks{Total: 126, Steal: 7}, false},
		{"cpu  10 1 5 100 2 0 1\n", CPUTicks{}, true}, // a kernel without the steal column
		{"cpu0 10 1 5 100 2 0 1 7\n", CPUTicks{}, true},
		{"cpu  10 1 5 x 2 0 1 7\n", CPUTicks{}, true},
		{"", CPUTicks{}, true},
	} {
		got, err := ParseCPUTicks(tc.text)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("ParseCPUTicks(%q) = %+v, %v; want %+v, err=%v", tc.text, got, err, tc.want, tc.err)
		}
	}
	before, after := CPUTicks{Total: 1000, Steal: 10}, CPUTicks{Total: 1400, Steal: 110}
	if got := after.StealSince(before); got != 0.25 {
		t.Errorf("StealSince = %v, want 0.25", got)
	}
	if got := before.StealSince(CPUTicks{}); got != -1 {
		t.Errorf("StealSince from nothing = %v, want -1 (unknown)", got)
	}
}

func FuzzParseCPUTicks(f *testing.F) {
	f.Add("cpu  10 1 5 100 2 0 1 7 0 0\n")
	f.Fuzz(func(t *testing.T, text string) {
		if c, err := ParseCPUTicks(text); err == nil && c.Steal > c.Total {
			t.Fatalf("steal %d above the total %d", c.Steal, c.Total)
		}
	})
}

// TestFundFundersNeedsAnUnlockedAccount: funders that hold ETH are left
// alone; a funder without any, on an L1 whose node unlocks no account (the
// embedded L1), is an ErrFundersEmpty that names what to fund.
func TestFundFundersNeedsAnUnlockedAccount(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	chain, err := devl1.Start(devl1.Config{Port: port})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	l, err := dialLayer(ctx, "L1", chain.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer l.close()
	if paid, err := l.fundFunders(ctx, []*ecdsa.PrivateKey{devl1.DevKey(0), devl1.DevKey(1)}); err != nil || paid {
		t.Fatalf("funded dev accounts: paid %v, %v; want nothing to do", paid, err)
	}
	empty, _ := crypto.GenerateKey()
	_, err = l.fundFunders(ctx, []*ecdsa.PrivateKey{devl1.DevKey(0), empty})
	if !errors.Is(err, ErrFundersEmpty) || !strings.Contains(err.Error(), crypto.PubkeyToAddress(empty.PublicKey).Hex()) {
		t.Fatalf("got %v, want ErrFundersEmpty naming the empty funder", err)
	}
}
