package txmgr

import (
	"math/big"
	"testing"
)

func bi(x int64) *big.Int { return big.NewInt(x) }

// gethReplaces is go-ethereum's replacement rule as its pools write it
// (legacypool list.Add; blobpool validateTx): strictly more on each price,
// and at least old·(100+bump)/100 rounded down.
func gethReplaces(next, prev Fees, bump int64, blob bool) bool {
	ok := func(n, p *big.Int) bool {
		if p.Cmp(n) >= 0 {
			return false
		}
		t := new(big.Int).Mul(big.NewInt(100+bump), p)
		return n.Cmp(t.Div(t, big.NewInt(100))) >= 0
	}
	return ok(next.Tip, prev.Tip) && ok(next.FeeCap, prev.FeeCap) && (!blob || ok(next.BlobFeeCap, prev.BlobFeeCap))
}

func TestReplacementRule(t *testing.T) {
	for _, tc := range []struct {
		name string
		prev Fees
		q    Quote
		blob bool
		want Fees
	}{
		{"quote fell: 10% on both", Fees{Tip: bi(100), FeeCap: bi(2100)}, Quote{Tip: bi(90), BaseFee: bi(900)}, false, Fees{Tip: bi(110), FeeCap: bi(2310)}},
		{"base fee rose past the bump: fresh fee cap over the bumped tip", Fees{Tip: bi(100), FeeCap: bi(2100)}, Quote{Tip: bi(100), BaseFee: bi(5000)}, false, Fees{Tip: bi(110), FeeCap: bi(10110)}},
		{"tip rose past the bump", Fees{Tip: bi(100), FeeCap: bi(2100)}, Quote{Tip: bi(500), BaseFee: bi(1000)}, false, Fees{Tip: bi(500), FeeCap: bi(2500)}},
		{"rounding up: 7 becomes 8, not 7", Fees{Tip: bi(7), FeeCap: bi(15)}, Quote{Tip: bi(1), BaseFee: bi(1)}, false, Fees{Tip: bi(8), FeeCap: bi(17)}},
		{"zero tip still rises", Fees{Tip: bi(0), FeeCap: bi(10)}, Quote{Tip: bi(0), BaseFee: bi(1)}, false, Fees{Tip: bi(1), FeeCap: bi(11)}},
		{"blob: every price doubles", Fees{Tip: bi(100), FeeCap: bi(2100), BlobFeeCap: bi(10)}, Quote{Tip: bi(90), BaseFee: bi(900), BlobBaseFee: bi(1)}, true, Fees{Tip: bi(200), FeeCap: bi(4200), BlobFeeCap: bi(20)}},
		{"blob: blob base fee rose", Fees{Tip: bi(100), FeeCap: bi(2100), BlobFeeCap: bi(10)}, Quote{Tip: bi(90), BaseFee: bi(900), BlobBaseFee: bi(50)}, true, Fees{Tip: bi(200), FeeCap: bi(4200), BlobFeeCap: bi(100)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Replacement(tc.prev, tc.q, tc.blob)
			if got.Tip.Cmp(tc.want.Tip) != 0 || got.FeeCap.Cmp(tc.want.FeeCap) != 0 || (tc.blob && got.BlobFeeCap.Cmp(tc.want.BlobFeeCap) != 0) {
				t.Fatalf("Replacement = %v/%v/%v, want %v/%v/%v", got.Tip, got.FeeCap, got.BlobFeeCap, tc.want.Tip, tc.want.FeeCap, tc.want.BlobFeeCap)
			}
			if !Replaces(got, tc.prev, tc.blob) || !gethReplaces(got, tc.prev, bumpPercent(tc.blob), tc.blob) {
				t.Fatal("the replacement does not replace")
			}
		})
	}
}

// TestReplacesIsGethsRule: 10% on tip and fee cap is enough for a plain
// transaction and not for a blob transaction, whose pool wants 100% on all
// three prices.
func TestReplacesIsGethsRule(t *testing.T) {
	prev := Fees{Tip: bi(100), FeeCap: bi(1000), BlobFeeCap: bi(10)}
	tenPercent := Fees{Tip: bi(110), FeeCap: bi(1100), BlobFeeCap: bi(20)}
	if !Replaces(Fees{Tip: bi(110), FeeCap: bi(1100)}, prev, false) {
		t.Fatal("10% refused for a plain transaction")
	}
	if Replaces(Fees{Tip: bi(109), FeeCap: bi(1100)}, prev, false) || Replaces(Fees{Tip: bi(110), FeeCap: bi(1099)}, prev, false) {
		t.Fatal("under 10% accepted")
	}
	if Replaces(tenPercent, prev, true) {
		t.Fatal("a blob replacement with 10% on tip and fee cap accepted")
	}
	if !Replaces(Fees{Tip: bi(200), FeeCap: bi(2000), BlobFeeCap: bi(20)}, prev, true) {
		t.Fatal("doubling refused for a blob transaction")
	}
}

func TestUnderpricedAndLimit(t *testing.T) {
	q := Quote{Tip: bi(1), BaseFee: bi(100), BlobBaseFee: bi(10)}
	if !underpriced(Fees{Tip: bi(1), FeeCap: bi(99)}, q) || underpriced(Fees{Tip: bi(1), FeeCap: bi(100)}, q) {
		t.Fatal("fee cap against base fee")
	}
	if !underpriced(Fees{Tip: bi(1), FeeCap: bi(500), BlobFeeCap: bi(9)}, q) {
		t.Fatal("blob fee cap against blob base fee")
	}
	f, over := limit(Fees{Tip: bi(80), FeeCap: bi(300), BlobFeeCap: bi(40)}, bi(50), bi(30))
	if !over || f.FeeCap.Int64() != 50 || f.Tip.Int64() != 50 || f.BlobFeeCap.Int64() != 30 {
		t.Fatalf("limit = %v/%v/%v over %v", f.Tip, f.FeeCap, f.BlobFeeCap, over)
	}
	if _, over := limit(Fees{Tip: bi(1), FeeCap: bi(50)}, bi(50), nil); over {
		t.Fatal("a fee cap at the limit counts as over")
	}
}

func TestWithMargin(t *testing.T) {
	for _, tc := range []struct{ est, pct, want uint64 }{
		{21000, 25, 26250},
		{14_000_000, 25, 1 << 24},    // capped at EIP-7825's limit
		{17_000_000, 25, 17_000_000}, // already above: the estimate
		{1 << 24, 25, 1 << 24},       // exactly the cap
		{100, 0, 100},
	} {
		if got := withMargin(tc.est, tc.pct); got != tc.want {
			t.Errorf("withMargin(%d, %d) = %d, want %d", tc.est, tc.pct, got, tc.want)
		}
	}
}

// FuzzReplacement: whatever the previous prices and the quote, the
// replacement replaces under go-ethereum's own rule, asks at least the
// quote, and keeps the fee cap above the tip.
func FuzzReplacement(f *testing.F) {
	f.Add(uint64(100), uint64(2100), uint64(10), uint64(90), uint64(900), uint64(1), false)
	f.Add(uint64(0), uint64(0), uint64(0), uint64(0), uint64(0), uint64(0), true)
	f.Add(uint64(7), uint64(15), uint64(1), uint64(1<<62), uint64(1<<63), uint64(5), true)
	f.Fuzz(func(t *testing.T, tip, feeCap, blobCap, qTip, qBase, qBlob uint64, blob bool) {
		prev := Fees{Tip: new(big.Int).SetUint64(tip), FeeCap: new(big.Int).SetUint64(feeCap)}
		q := Quote{Tip: new(big.Int).SetUint64(qTip), BaseFee: new(big.Int).SetUint64(qBase)}
		if blob {
			prev.BlobFeeCap = new(big.Int).SetUint64(blobCap)
			q.BlobBaseFee = new(big.Int).SetUint64(qBlob)
		}
		next := Replacement(prev, q, blob)
		if !gethReplaces(next, prev, bumpPercent(blob), blob) {
			t.Fatalf("%v/%v/%v does not replace %v/%v/%v", next.Tip, next.FeeCap, next.BlobFeeCap, prev.Tip, prev.FeeCap, prev.BlobFeeCap)
		}
		if !Replaces(next, prev, blob) {
			t.Fatal("Replaces disagrees with go-ethereum's rule")
		}
		fresh := q.Fees(blob)
		if next.Tip.Cmp(fresh.Tip) < 0 || next.FeeCap.Cmp(fresh.FeeCap) < 0 || next.FeeCap.Cmp(next.Tip) < 0 {
			t.Fatalf("%v/%v under the fresh quote %v/%v", next.Tip, next.FeeCap, fresh.Tip, fresh.FeeCap)
		}
		if blob && next.BlobFeeCap.Cmp(fresh.BlobFeeCap) < 0 {
			t.Fatalf("blob fee cap %v under the fresh quote %v", next.BlobFeeCap, fresh.BlobFeeCap)
		}
	})
}

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want sendResult
	}{
		{nil, sendOK},
		{rpcErr("already known"), sendOK},
		{rpcErr("nonce too low: address 0x1, tx: 0 state: 1"), sendNonceTooLow},
		{rpcErr("replacement transaction underpriced"), sendUnderpriced},
		{rpcErr("transaction underpriced: tip needed 1, tip permitted 0"), sendUnderpriced},
		{rpcErr("transaction gas price below minimum: gas tip cap 0, minimum needed 1"), sendUnderpriced},
		{rpcErr("tx fee (1.20 ether) exceeds the configured cap (1.00 ether)"), sendFeeCap},
		{rpcErr("address already reserved"), sendReserved},
		{rpcErr("insufficient funds for gas * price + value"), sendRefused},
		{errString("dial tcp 127.0.0.1:8545: connection refused"), sendAmbiguous},
	} {
		if got := classify(tc.err); got != tc.want {
			t.Errorf("classify(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}

// rpcErr is an error the node answered with (it has a JSON-RPC code).
type rpcErr string

func (e rpcErr) Error() string  { return string(e) }
func (e rpcErr) ErrorCode() int { return -32000 }

type errString string

func (e errString) Error() string { return string(e) }
