package bench

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/wire"
)

// Percentiles of a latency distribution, in milliseconds.
type Percentiles struct {
	Count int     `json:"count"`
	P50   float64 `json:"p50Ms"`
	P95   float64 `json:"p95Ms"`
	P99   float64 `json:"p99Ms"`
	Max   float64 `json:"maxMs"`
}

// percentiles computes nearest-rank percentiles of durations in ns.
func percentiles(ns []int64) Percentiles {
	if len(ns) == 0 {
		return Percentiles{}
	}
	s := append([]int64(nil), ns...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	at := func(q float64) float64 {
		i := int(math.Ceil(q*float64(len(s)))) - 1
		i = min(max(i, 0), len(s)-1)
		return float64(s[i]) / 1e6
	}
	return Percentiles{Count: len(s), P50: at(0.50), P95: at(0.95), P99: at(0.99), Max: float64(s[len(s)-1]) / 1e6}
}

// Point is one second of a run, for the chart.
type Point struct {
	Second   int     `json:"second"`
	Accepted int     `json:"accepted"`
	Included int     `json:"included"`
	P50Ms    float64 `json:"p50Ms"`
	P99Ms    float64 `json:"p99Ms"`
}

// LayerResult is one layer's figures.
type LayerResult struct {
	Layer          string      `json:"layer"`
	Planned        int         `json:"planned"`
	Sent           int64       `json:"sent"`
	Accepted       int64       `json:"accepted"`
	Rejected       int64       `json:"rejected"`
	Included       int64       `json:"included"`
	LoadSeconds    float64     `json:"loadSeconds"`
	AcceptedPerSec float64     `json:"acceptedPerSec"`
	IncludedPerSec float64     `json:"includedPerSec"`
	SoftConfirm    Percentiles `json:"softConfirm"`
	Safe           Percentiles `json:"safe"`
	Finalized      Percentiles `json:"finalized"`
	MaxLagMs       float64     `json:"openLoopMaxLagMs"`
	FirstBlock     uint64      `json:"firstBlock"`
	LastBlock      uint64      `json:"lastBlock"`
	Errors         []string    `json:"errors,omitempty"`
	Series         []Point     `json:"series"`

	// SoftConfirmBy says how the soft confirmation was seen: pushed by the
	// node's pre-confirmation stream, or by the block tracker's polling.
	SoftConfirmBy string `json:"softConfirmMeasuredBy"`
}

// How the soft confirmation is seen (LayerResult.SoftConfirmBy).
const (
	SoftByStream  = "the node's pre-confirmation stream (eth_subscribe \"preconfirmedTransactions\" over WebSocket): send → pushed, no polling"
	SoftByTracker = "a tracker polling eth_blockNumber every 10 ms: send → the block holding it seen as the head"
)

func firstMark(ms []mark, n uint64) int64 {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].n >= n })
	if i == len(ms) {
		return 0
	}
	return ms[i].at
}

// result turns a finished run into figures. Included tx/s counts from the
// first send to the last inclusion, so a backlog that drains after the load
// does not inflate it.
func (r *run) result() LayerResult {
	out := LayerResult{Layer: r.l.name, Planned: len(r.p.txs), Sent: r.sent.Load(), Accepted: r.accepted.Load(),
		Rejected: r.rejected.Load(), Included: r.included.Load(), LoadSeconds: r.loadEnd.Sub(r.start).Seconds(),
		MaxLagMs: float64(r.lateNs.Load()) / 1e6, FirstBlock: r.firstBlock, LastBlock: r.lastBlock, Errors: r.topErrors(3)}
	if out.LoadSeconds > 0 {
		out.AcceptedPerSec = float64(out.Accepted) / out.LoadSeconds
	}
	start := r.start.UnixNano()
	var soft, safe, final []int64
	var lastIncl int64
	included := 0
	secs := int(math.Ceil(r.loadEnd.Sub(r.start).Seconds())) + 1
	buckets := make([][]int64, 0, secs)
	acc := []int{}
	inc := []int{}
	grow := func(s int) {
		for len(buckets) <= s {
			buckets = append(buckets, nil)
			acc = append(acc, 0)
			inc = append(inc, 0)
		}
	}
	pushed := 0
	for k := range r.p.txs {
		if !r.ok[k] {
			continue
		}
		s := int((r.sendAt[k] - start) / 1e9)
		grow(s)
		acc[s]++
		// Soft confirmation: the pushed pre-confirmation if the node has
		// the stream, else the block seen by the tracker.
		conf := r.preAt[k]
		if conf != 0 {
			pushed++
		} else {
			conf = r.inclAt[k]
		}
		if conf != 0 {
			lat := max(conf-r.sendAt[k], 0)
			soft = append(soft, lat)
			ci := int((conf - start) / 1e9)
			grow(ci)
			buckets[ci] = append(buckets[ci], lat)
		}
		if r.inclAt[k] == 0 {
			continue
		}
		included++
		lastIncl = max(lastIncl, r.inclAt[k])
		si := int((r.inclAt[k] - start) / 1e9)
		grow(si)
		inc[si]++
		if t := firstMark(r.safe, r.block[k]); t != 0 {
			safe = append(safe, max(t-r.sendAt[k], 1))
		}
		if t := firstMark(r.final, r.block[k]); t != 0 {
			final = append(final, max(t-r.sendAt[k], 1))
		}
	}
	if lastIncl > start {
		out.IncludedPerSec = float64(included) / (float64(lastIncl-start) / 1e9)
	}
	switch {
	case pushed == len(soft) && pushed > 0:
		out.SoftConfirmBy = SoftByStream
	case pushed > 0:
		out.SoftConfirmBy = fmt.Sprintf("%s for %d transfers, %s for the other %d (the stream dropped the bench)", SoftByStream, pushed, SoftByTracker, len(soft)-pushed)
	default:
		out.SoftConfirmBy = SoftByTracker
	}
	out.SoftConfirm, out.Safe, out.Finalized = percentiles(soft), percentiles(safe), percentiles(final)
	for s := range buckets {
		p := percentiles(buckets[s])
		out.Series = append(out.Series, Point{Second: s, Accepted: acc[s], Included: inc[s], P50Ms: p.P50, P99Ms: p.P99})
	}
	return out
}

// BatchCost is what the L2's batches cost on L1, from their receipts.
type BatchCost struct {
	Batches       int     `json:"batches"`
	L2Blocks      uint64  `json:"l2Blocks"`
	L2Txs         int     `json:"l2Txs"`
	GasUsed       uint64  `json:"gasUsed"`
	CalldataBytes int     `json:"calldataBytes"`
	ZeroBytes     int     `json:"zeroBytes"`
	StandardGas   uint64  `json:"calldataGasStandard"` // 21,000 + 4 per token (EIP-7623 tokens: zero bytes + 4 × non-zero)
	FloorGas      uint64  `json:"calldataGasFloor"`    // 21,000 + 10 per token: the EIP-7623 floor
	FloorBinding  int     `json:"floorBindingBatches"` // batches whose gas used is the floor
	GasPerTx      float64 `json:"l1GasPerL2Transfer"`
	BytesPerTx    float64 `json:"calldataBytesPerL2Transfer"`
	FloorPerTx    float64 `json:"floorGasPerL2Transfer"`
	// Blob batches (type 3 transactions) among them: their blobs, blob
	// gas, and the tx data the blobs carry (the blocks' lengths).
	BlobBatches int    `json:"blobBatches"`
	Blobs       int    `json:"blobs"`
	BlobGasUsed uint64 `json:"blobGasUsed"`
	BlobTxData  int    `json:"blobTxDataBytes"`
	// What the batches paid in wei: gas used × effective gas price, and
	// blob gas × blob gas price; BlobFloorWei is their blob gas priced at
	// the EIP-7918 floor of each one's block (base fee / 16).
	ExecWei      float64 `json:"executionWei"`
	BlobWei      float64 `json:"blobWei"`
	BlobFloorWei float64 `json:"blobWeiAtFloor"`
	// GasPriceWei is the batches' effective gas price, averaged over their
	// gas: an L1 ETH transfer (21,000 gas) at it costs what one would have
	// cost on L1 at the same prices.
	GasPriceWei float64 `json:"gasPriceWei"`
}

// blobFloorDivisor is EIP-7918's BLOB_BASE_COST / GAS_PER_BLOB (2^13 /
// 2^17): the blob base fee tends to at least a sixteenth of the base fee.
const blobFloorDivisor = 16

// costPerTx returns what the batches paid L1 per L2 transfer, in wei: at
// the run's prices, and with the blob gas at the EIP-7918 floor.
func (c BatchCost) costPerTx() (atRun, atFloor float64) {
	if c.L2Txs == 0 {
		return 0, 0
	}
	n := float64(c.L2Txs)
	return (c.ExecWei + c.BlobWei) / n, (c.ExecWei + c.BlobFloorWei) / n
}

// l1TransferWei is what an L1 ETH transfer costs at the batches' gas price.
func (c BatchCost) l1TransferWei() float64 { return 21_000 * c.GasPriceWei }

// tokens is EIP-7623's count of calldata tokens.
func tokens(data []byte) (zero int, toks uint64) {
	for _, b := range data {
		if b == 0 {
			zero++
			toks++
		} else {
			toks += 4
		}
	}
	return zero, toks
}

// batchCost reads the batches that hold a block of first..last (from the
// L2 node: viaduct_getBlockProof, viaduct_getBatch) and the receipts and
// calldata of their L1 transactions; the transfers per batch are counted
// from the L2's own blocks.
func batchCost(ctx context.Context, l1l, l2l *layer, first, last uint64) (BatchCost, error) {
	var c BatchCost
	if last < first {
		return c, nil
	}
	// The batches that hold first..last, as the L2 node's view of L1 has
	// them: the batch of block `first`, and the ones after it.
	var bp wire.BlockProof
	if err := l2l.rpc.CallContext(ctx, &bp, wire.MethodGetBlockProof, hexutil.Uint64(first)); err != nil {
		return c, fmt.Errorf("bench: the batch of block %d: %w", first, err)
	}
	if bp.Batch == nil {
		return c, nil // not posted (yet)
	}
	var batches []wire.BatchInfo
	for i := uint64(*bp.Batch); ; i++ {
		var b wire.BatchInfo
		if err := l2l.rpc.CallContext(ctx, &b, wire.MethodGetBatch, hexutil.Uint64(i)); err != nil {
			if strings.Contains(err.Error(), wire.ErrUnknownBatch.Error()) {
				break
			}
			return c, fmt.Errorf("bench: batch %d: %w", i, err)
		}
		if uint64(b.FirstBlock) > last {
			break
		}
		batches = append(batches, b)
	}
	lo, hi := uint64(math.MaxUint64), uint64(0)
	baseFees := map[uint64]*big.Int{}
	for _, b := range batches {
		rc, err := l1l.ec.TransactionReceipt(ctx, b.L1Tx)
		if err != nil {
			return c, fmt.Errorf("bench: receipt of batch %s: %w", b.L1Tx, err)
		}
		tx, _, err := l1l.ec.TransactionByHash(ctx, b.L1Tx)
		if err != nil {
			return c, fmt.Errorf("bench: batch transaction %s: %w", b.L1Tx, err)
		}
		if rc.Status != types.ReceiptStatusSuccessful {
			continue // a refused batch posts nothing (docs/node.md); its gas is not the L2's cost per transfer
		}
		zero, toks := tokens(tx.Data())
		floor := 21_000 + 10*toks
		c.Batches++
		c.GasUsed += rc.GasUsed
		c.CalldataBytes += len(tx.Data())
		c.ZeroBytes += zero
		c.StandardGas += 21_000 + 4*toks
		c.FloorGas += floor
		if rc.GasUsed == floor {
			c.FloorBinding++
		}
		c.L2Blocks += uint64(b.LastBlock - b.FirstBlock + 1)
		lo, hi = min(lo, uint64(b.FirstBlock)), max(hi, uint64(b.LastBlock))
		if rc.EffectiveGasPrice != nil {
			c.ExecWei += float64(rc.GasUsed) * float64(rc.EffectiveGasPrice.Uint64())
		}
		if tx.Type() == types.BlobTxType {
			c.BlobBatches++
			c.Blobs += len(tx.BlobHashes())
			c.BlobGasUsed += rc.BlobGasUsed
			if rc.BlobGasPrice != nil {
				c.BlobWei += float64(rc.BlobGasUsed) * float64(rc.BlobGasPrice.Uint64())
			}
			if _, lengths, err := rollup.DecodeBlobBatch(tx.Data()); err == nil {
				for _, l := range lengths {
					c.BlobTxData += int(l)
				}
			}
			n := rc.BlockNumber.Uint64()
			if baseFees[n] == nil {
				h, err := l1l.ec.HeaderByNumber(ctx, rc.BlockNumber)
				if err != nil {
					return c, fmt.Errorf("bench: L1 block %d of batch %s: %w", n, b.L1Tx, err)
				}
				baseFees[n] = h.BaseFee
			}
			if bf := baseFees[n]; bf != nil {
				c.BlobFloorWei += float64(rc.BlobGasUsed) * float64(bf.Uint64()) / blobFloorDivisor
			}
		}
	}
	if c.GasUsed > 0 {
		c.GasPriceWei = c.ExecWei / float64(c.GasUsed)
	}
	if c.Batches == 0 {
		return c, nil
	}
	for start := lo; start <= hi; start += 64 {
		end := min(hi, start+63)
		blocks := make([]*rpcBlock, end-start+1)
		elems := make([]rpc.BatchElem, len(blocks))
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(start + uint64(i)), false}, Result: &blocks[i]}
		}
		if err := l2l.rpc.BatchCallContext(ctx, elems); err != nil {
			return c, fmt.Errorf("bench: L2 blocks %d..%d: %w", start, end, err)
		}
		for i, b := range blocks {
			if elems[i].Error != nil || b == nil {
				return c, fmt.Errorf("bench: L2 block %d: %v", start+uint64(i), elems[i].Error)
			}
			c.L2Txs += len(b.Transactions)
		}
	}
	if c.L2Txs > 0 {
		c.GasPerTx = float64(c.GasUsed) / float64(c.L2Txs)
		c.BytesPerTx = float64(c.CalldataBytes) / float64(c.L2Txs)
		c.FloorPerTx = float64(c.FloorGas) / float64(c.L2Txs)
	}
	return c, nil
}

// L1TransferCost is the gas of the workload's transfers done on L1, from
// the receipts of a sample of the twin run's transfers.
type L1TransferCost struct {
	ETHGas     float64 `json:"ethTransferGas"`
	ERC20Gas   float64 `json:"erc20TransferGas"`
	MixGas     float64 `json:"mixGasPerTransfer"` // weighted by the workload's mix
	TxBytes    float64 `json:"txBytesPerTransfer"`
	SampleSize int     `json:"receiptsRead"`
}

// l1TransferCost reads up to 64 receipts of each kind of the run.
func l1TransferCost(ctx context.Context, r *run) (L1TransferCost, error) {
	var c L1TransferCost
	var gas, n [2]float64
	var bytes, all float64
	for k := range r.p.txs {
		t := r.p.txs[k]
		if r.ok[k] {
			bytes += float64(t.size)
			all++
		}
		if r.inclAt[k] == 0 || n[t.kind] >= 64 {
			continue
		}
		rc, err := r.l.ec.TransactionReceipt(ctx, t.hash)
		if err != nil {
			return c, fmt.Errorf("bench: L1 receipt %s: %w", t.hash, err)
		}
		if rc.Status != types.ReceiptStatusSuccessful {
			return c, fmt.Errorf("bench: L1 transfer %s: %w", t.hash, errFailed)
		}
		gas[t.kind] += float64(rc.GasUsed)
		n[t.kind]++
		c.SampleSize++
	}
	if n[KindETH] > 0 {
		c.ETHGas = gas[KindETH] / n[KindETH]
	}
	if n[KindERC20] > 0 {
		c.ERC20Gas = gas[KindERC20] / n[KindERC20]
	}
	eth := float64(r.p.ethCount) / float64(max(len(r.p.txs), 1))
	c.MixGas = eth*c.ETHGas + (1-eth)*c.ERC20Gas
	if all > 0 {
		c.TxBytes = bytes / all
	}
	return c, nil
}

// checkL2Receipts reads the receipts of a sample of the L2 transfers the
// tracker saw in blocks, and fails if one is missing or not successful:
// inclusion is counted from blocks, and this keeps that count honest.
func checkL2Receipts(ctx context.Context, r *run, sample int) error {
	step := max(len(r.p.txs)/max(sample, 1), 1)
	for k := 0; k < len(r.p.txs); k += step {
		if r.inclAt[k] == 0 {
			continue
		}
		rc, err := r.l.ec.TransactionReceipt(ctx, r.p.txs[k].hash)
		if err != nil {
			return fmt.Errorf("bench: %s receipt %s: %w", r.l.name, r.p.txs[k].hash, err)
		}
		if rc.Status != types.ReceiptStatusSuccessful || rc.BlockNumber.Uint64() != r.block[k] {
			return fmt.Errorf("bench: %s transfer %s: status %d in block %d, seen in block %d: %w", r.l.name, r.p.txs[k].hash, rc.Status, rc.BlockNumber, r.block[k], errFailed)
		}
	}
	return nil
}
