package txmgr

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// The txpool's replacement rules (go-ethereum's legacypool and blobpool
// defaults, which other clients follow): a transaction replaces another of
// the same nonce only if each of its prices is at least this many percent
// above the old one's, and strictly above it.
const (
	// PriceBump applies to the tip and the fee cap of a type 2 transaction.
	PriceBump = 10
	// BlobPriceBump applies to every price of a blob transaction: tip, fee
	// cap and blob fee cap (the blob pool keeps one pricing rule for all
	// three, so a replacement that doubles only the blob fee cap is refused).
	BlobPriceBump = 100
)

// Fees are the prices a transaction offers, in wei per gas (BlobFeeCap:
// per blob gas; nil for a transaction without blobs).
type Fees struct {
	Tip, FeeCap, BlobFeeCap *big.Int
}

// feesOf reads a signed transaction's prices.
func feesOf(tx *types.Transaction) Fees {
	f := Fees{Tip: tx.GasTipCap(), FeeCap: tx.GasFeeCap()}
	if tx.Type() == types.BlobTxType {
		f.BlobFeeCap = tx.BlobGasFeeCap()
	}
	return f
}

// Quote is what L1 charges now: the suggested tip, the head's base fee and
// the next block's blob base fee (nil unless asked for).
type Quote struct {
	Tip, BaseFee, BlobBaseFee *big.Int
}

// Fees prices a new transaction from the quote: the tip, and a fee cap of
// twice the base fee plus the tip, which stays above the base fee through
// six full blocks in a row (each raises it by at most an eighth). A blob
// transaction's blob fee cap is twice the blob base fee, for the same
// reason.
func (q Quote) Fees(blob bool) Fees {
	f := Fees{Tip: new(big.Int).Set(q.Tip), FeeCap: feeCapFor(q.BaseFee, q.Tip)}
	if blob {
		f.BlobFeeCap = blobFeeCapFor(q.BlobBaseFee)
	}
	return f
}

func feeCapFor(baseFee, tip *big.Int) *big.Int {
	return new(big.Int).Add(new(big.Int).Lsh(baseFee, 1), tip)
}

func blobFeeCapFor(blobBaseFee *big.Int) *big.Int {
	c := new(big.Int).Lsh(blobBaseFee, 1)
	if c.Sign() == 0 {
		c.SetInt64(1) // the blob pool refuses a blob fee cap of 0
	}
	return c
}

// minReplacement is the least price that replaces old under a bump of pct
// percent: old·(100+pct)/100 rounded up (go-ethereum rounds down; rounding up
// satisfies clients that round either way), and at least old+1.
func minReplacement(old *big.Int, pct int64) *big.Int {
	t := new(big.Int).Mul(old, big.NewInt(100+pct))
	t.Add(t, big.NewInt(99))
	t.Div(t, big.NewInt(100))
	if t.Cmp(old) <= 0 {
		t.Add(old, big.NewInt(1))
	}
	return t
}

func bumpPercent(blob bool) int64 {
	if blob {
		return BlobPriceBump
	}
	return PriceBump
}

// Replacement prices the replacement of a transaction that offered prev,
// given a fresh quote: every price is raised by the txpool's replacement
// rule, and none is below what the quote asks for a new transaction (when
// the base fee rose faster than the bumps, the fresh quote wins). The fee
// cap always leaves room for the tip over twice the current base fee.
func Replacement(prev Fees, q Quote, blob bool) Fees {
	pct := bumpPercent(blob)
	next := Fees{Tip: maxBig(minReplacement(prev.Tip, pct), q.Tip)}
	next.FeeCap = maxBig(minReplacement(prev.FeeCap, pct), feeCapFor(q.BaseFee, next.Tip))
	if blob {
		next.BlobFeeCap = minReplacement(prev.BlobFeeCap, pct)
		if q.BlobBaseFee != nil {
			next.BlobFeeCap = maxBig(next.BlobFeeCap, blobFeeCapFor(q.BlobBaseFee))
		}
	}
	return next
}

// Replaces reports whether a transaction offering next replaces one
// offering prev in the txpool (go-ethereum's rule, see PriceBump).
func Replaces(next, prev Fees, blob bool) bool {
	pct := big.NewInt(100 + bumpPercent(blob))
	ok := func(n, p *big.Int) bool {
		if n.Cmp(p) <= 0 {
			return false
		}
		t := new(big.Int).Mul(p, pct)
		return n.Cmp(t.Div(t, big.NewInt(100))) >= 0
	}
	if !ok(next.Tip, prev.Tip) || !ok(next.FeeCap, prev.FeeCap) {
		return false
	}
	return !blob || ok(next.BlobFeeCap, prev.BlobFeeCap)
}

// underpriced reports whether a transaction offering f cannot be mined at
// the quote's prices: its fee cap is under the base fee, or its blob fee
// cap under the blob base fee. Waiting does not help such a transaction
// unless fees fall.
func underpriced(f Fees, q Quote) bool {
	if f.FeeCap.Cmp(q.BaseFee) < 0 {
		return true
	}
	return f.BlobFeeCap != nil && q.BlobBaseFee != nil && f.BlobFeeCap.Cmp(q.BlobBaseFee) < 0
}

// limit lowers f to the caps (nil: none). It reports whether it had to.
func limit(f Fees, maxFeeCap, maxBlobFeeCap *big.Int) (Fees, bool) {
	out, over := f, false
	if maxFeeCap != nil && f.FeeCap.Cmp(maxFeeCap) > 0 {
		out.FeeCap, over = new(big.Int).Set(maxFeeCap), true
		if out.Tip.Cmp(out.FeeCap) > 0 {
			out.Tip = new(big.Int).Set(out.FeeCap)
		}
	}
	if maxBlobFeeCap != nil && f.BlobFeeCap != nil && f.BlobFeeCap.Cmp(maxBlobFeeCap) > 0 {
		out.BlobFeeCap, over = new(big.Int).Set(maxBlobFeeCap), true
	}
	return out, over
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
