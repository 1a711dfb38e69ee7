package batcher

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/params"

	"github.com/viaduct-l2/viaduct/contracts/rollup"
)

// DA is how a batch's tx data reaches L1: in the calldata of submitBatch,
// or in the blobs of a blob transaction calling submitBlobBatch (spec
// section 17).
type DA string

// The DA modes of Config.DA; a batch is posted as DACalldata or DABlobs.
const (
	DACalldata DA = "calldata"
	DABlobs    DA = "blobs"
	// DAAuto posts each batch the way that costs less per byte of tx data
	// at the L1 prices read before it is built (ChooseDA).
	DAAuto DA = "auto"
)

// ParseDA returns the mode named s.
func ParseDA(s string) (DA, error) {
	switch d := DA(strings.ToLower(strings.TrimSpace(s))); d {
	case DACalldata, DABlobs, DAAuto:
		return d, nil
	}
	return "", fmt.Errorf("unknown data availability mode %q (want calldata, blobs or auto)", s)
}

// Prices are what L1 charges now, in wei per gas: the head's base fee, the
// suggested tip and the next block's blob base fee (nil: the L1 has no
// blobs, before Cancun or a node that cannot quote it).
type Prices struct {
	BaseFee, Tip, BlobBaseFee *big.Int
}

// BlobFeeFloor is the least blob base fee EIP-7918 lets the blob market
// settle at for an execution base fee: BLOB_BASE_COST × baseFee per blob,
// spread over the blob's GAS_PER_BLOB. Below it the blob base fee only
// rises, so a batcher that chose blobs for a price under the floor would
// soon pay more.
func BlobFeeFloor(baseFee *big.Int) *big.Int {
	f := new(big.Int).Mul(baseFee, big.NewInt(params.BlobBaseCost))
	return f.Div(f, big.NewInt(params.BlobTxBlobGasPerBlob))
}

// effectiveBlobFee is the blob base fee a decision prices blobs at: the
// quoted one, or the EIP-7918 floor when that is higher.
func (p Prices) effectiveBlobFee() *big.Int {
	floor := BlobFeeFloor(p.BaseFee)
	if p.BlobBaseFee != nil && p.BlobBaseFee.Cmp(floor) > 0 {
		return p.BlobBaseFee
	}
	return floor
}

// Candidate is a batch the batcher could post: its L1 execution gas (an
// estimate, calldata included) and blobs, and the tx data it carries.
type Candidate struct {
	Gas         uint64
	Blobs       int
	TxDataBytes int
}

// Cost is what the candidate pays L1 at p: its gas at the base fee plus
// the tip, its blobs' blob gas at the blob base fee (at least the EIP-7918
// floor).
func (c Candidate) Cost(p Prices) *big.Int {
	price := new(big.Int).Add(p.BaseFee, p.Tip)
	cost := new(big.Int).Mul(new(big.Int).SetUint64(c.Gas), price)
	if c.Blobs > 0 {
		blobGas := new(big.Int).SetUint64(uint64(c.Blobs) * params.BlobTxBlobGasPerBlob)
		cost.Add(cost, blobGas.Mul(blobGas, p.effectiveBlobFee()))
	}
	return cost
}

// ChooseDA decides how the next batch is posted. mode DACalldata and
// DABlobs are obeyed, except that blobs fall back to calldata while the L1
// takes none (blobsOK false: before Cancun, no blob base fee, or the node
// refused a blob transaction). DAAuto compares the cost per byte of tx
// data of the two batches that could go next (asCalldata, asBlobs: each
// as many ready blocks as that kind of batch holds), as op-batcher does;
// a tie goes to blobs, which leave the execution gas to others.
func ChooseDA(mode DA, p Prices, blobsOK bool, asCalldata, asBlobs Candidate) (DA, string) {
	switch {
	case mode == DACalldata:
		return DACalldata, "configured"
	case !blobsOK || p.BlobBaseFee == nil:
		return DACalldata, "the L1 takes no blobs"
	case mode == DABlobs:
		return DABlobs, "configured"
	case asCalldata.TxDataBytes == 0 || asBlobs.TxDataBytes == 0:
		// Empty blocks only: a whole blob for nothing.
		return DACalldata, "no tx data to carry"
	}
	// cost_c / bytes_c < cost_b / bytes_b, without division.
	c := new(big.Int).Mul(asCalldata.Cost(p), big.NewInt(int64(asBlobs.TxDataBytes)))
	b := new(big.Int).Mul(asBlobs.Cost(p), big.NewInt(int64(asCalldata.TxDataBytes)))
	if c.Cmp(b) < 0 {
		return DACalldata, "calldata costs less per byte"
	}
	return DABlobs, "blobs cost less per byte"
}

// The gas model of a batch, in two forms. What a batch is expected to
// cost, for the DA decision: the Rollup's execution besides calldata under
// mainnet rules, about 160,000 for the batch (its record, the bond) and
// 5,500 a block (the header's checks and hash), from docs/contracts-gas.md
// (a blob batch of 18 full blocks 334,365 gas, of 113 blocks 1,137,124).
// And the gas a batch is sent with when it cannot be estimated on L1's
// latest block because it continues a batch still in flight: a bound with
// room, whose fixed part also covers a new batch record under the draft
// EIP-8037 state gas of the development chain (about 700,000).
const (
	execGasFixed     = 160_000
	execGasPerBlock  = 5_500
	limitGasFixed    = 800_000
	limitGasPerBlock = 12_000
)

// expectedGas is what a batch with this calldata and number of blocks is
// expected to use: calldata plus execution, or the EIP-7623 floor.
func expectedGas(data []byte, blocks int) uint64 {
	standard, floor := calldataGas(data)
	return expectedGasOf(standard, floor, blocks)
}

// expectedGasOf is expectedGas from the calldata's intrinsic gas.
func expectedGasOf(standard, floor uint64, blocks int) uint64 {
	return max(standard+execGasFixed+execGasPerBlock*uint64(blocks), floor)
}

// A block's calldata besides its tx data, for the DA decision (which
// estimates from sizes rather than pack candidates it does not post): the
// header's eight words, about 160 bytes of them not zero (four hashes and
// the fee recipient), and the offset, length and padding words.
const (
	headerNonZero = 160
	headerZero    = 8*32 - headerNonZero
)

// calldataBatchGas estimates the intrinsic gas of a calldata batch of
// `blocks` blocks carrying txData bytes, its tx data taken as non-zero.
func calldataBatchGas(txData, blocks int) (standard, floor uint64) {
	tokens := uint64(4*txData + blocks*(4*headerNonZero+headerZero+4*32) + 4 + 64)
	return params.TxGas + 4*tokens, params.TxGas + params.TxCostFloorPerToken*tokens
}

// blobBatchGas estimates the intrinsic gas of a blob batch's calldata:
// each block's header and length word.
func blobBatchGas(blocks int) (standard, floor uint64) {
	tokens := uint64(blocks*(4*headerNonZero+headerZero+32) + 4 + 128)
	return params.TxGas + 4*tokens, params.TxGas + params.TxCostFloorPerToken*tokens
}

// calldataGas is the intrinsic gas of calldata: EIP-2028's 4 per zero
// byte and 16 per other, or EIP-7623's floor of 10 per token (a zero byte
// one token, another four), whichever is more; 21,000 included.
func calldataGas(data []byte) (standard, floor uint64) {
	zeros := 0
	for _, b := range data {
		if b == 0 {
			zeros++
		}
	}
	tokens := uint64(zeros + 4*(len(data)-zeros))
	return params.TxGas + 4*tokens, params.TxGas + params.TxCostFloorPerToken*tokens
}

// gasLimit is the gas a batch with this calldata and number of blocks is
// sent with when it is not estimated: the model's bound, at most the
// per-transaction cap (EIP-7825).
func gasLimit(data []byte, blocks int) uint64 {
	standard, floor := calldataGas(data)
	g := max(standard+limitGasFixed+limitGasPerBlock*uint64(blocks), floor)
	return min(g, params.MaxTxGas)
}

// blobCount is how many blobs a blob batch of this much tx data takes.
func blobCount(txData int) int { return max(1, rollup.BlobsFor(txData)) }
