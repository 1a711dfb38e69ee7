package batcher

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

func gwei(f float64) *big.Int {
	v, _ := new(big.Float).Mul(big.NewFloat(f), big.NewFloat(1e9)).Int(nil)
	return v
}

// TestChooseDA is the DA decision table: the configured kinds, the
// fallback on an L1 without blobs, and auto against the prices, with the
// EIP-7918 floor, for full and nearly empty batches.
func TestChooseDA(t *testing.T) {
	// A full calldata batch: 14 full blocks, about 100 KB, EIP-7623
	// floor bound (40 gas a byte); a full blob batch: 113 blocks in six
	// blobs, about 1.14M gas of execution.
	fullC := Candidate{Gas: 4_000_000, TxDataBytes: 94_080}
	fullB := Candidate{Gas: 1_137_000, Blobs: 6, TxDataBytes: 759_360}
	// A quiet chain: one block of a few transfers, as either kind.
	tinyC := Candidate{Gas: 21_000 + 180_000 + 40*420, TxDataBytes: 420}
	tinyB := Candidate{Gas: 21_000 + 180_000 + 5_500 + 4_600, Blobs: 1, TxDataBytes: 420}
	cheapBlobs := Prices{BaseFee: gwei(10), Tip: gwei(1), BlobBaseFee: big.NewInt(1)}
	for _, tc := range []struct {
		name   string
		mode   DA
		p      Prices
		ok     bool
		c, b   Candidate
		want   DA
		reason string
	}{
		{"calldata configured", DACalldata, cheapBlobs, true, fullC, fullB, DACalldata, ""},
		{"blobs configured", DABlobs, cheapBlobs, true, fullC, fullB, DABlobs, ""},
		{"blobs configured, the L1 refused them", DABlobs, cheapBlobs, false, fullC, fullB, DACalldata, ""},
		{"blobs configured, no blob base fee", DABlobs, Prices{BaseFee: gwei(10), Tip: gwei(1)}, true, fullC, fullB, DACalldata, ""},
		{"auto, full batches, cheap blobs", DAAuto, cheapBlobs, true, fullC, fullB, DABlobs, ""},
		// At the floor a blob costs 8,192 gas of base fee: 6 blobs and
		// 1.14M gas against 4M gas for an eighth of the bytes.
		{"auto, full batches, blobs at the EIP-7918 floor", DAAuto, Prices{BaseFee: gwei(10), Tip: gwei(1), BlobBaseFee: new(big.Int).Div(gwei(10), big.NewInt(16))}, true, fullC, fullB, DABlobs, ""},
		// Blob fees far above the floor: a blob byte costs more than a
		// calldata byte's 40 gas.
		{"auto, a blob fee spike", DAAuto, Prices{BaseFee: gwei(1), Tip: gwei(0.1), BlobBaseFee: gwei(60)}, true, fullC, fullB, DACalldata, ""},
		{"auto, a tiny batch: a whole blob for 420 bytes at the floor", DAAuto, Prices{BaseFee: gwei(10), Tip: gwei(0), BlobBaseFee: big.NewInt(1)}, true, tinyC, tinyB, DACalldata, "the floor prices the blob, not the quote"},
		{"auto, a tiny batch, no floor at a zero base fee", DAAuto, Prices{BaseFee: big.NewInt(0), Tip: gwei(1), BlobBaseFee: big.NewInt(1)}, true, tinyC, tinyB, DABlobs, ""},
		{"auto, empty blocks", DAAuto, cheapBlobs, true, Candidate{Gas: 300_000}, Candidate{Gas: 250_000, Blobs: 1}, DACalldata, ""},
		{"auto, the L1 takes no blobs", DAAuto, cheapBlobs, false, fullC, fullB, DACalldata, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, why := ChooseDA(tc.mode, tc.p, tc.ok, tc.c, tc.b); got != tc.want {
				t.Fatalf("%s (%s), want %s %s", got, why, tc.want, tc.reason)
			}
		})
	}
}

// TestBlobFeeFloor: EIP-7918's reserve price, BLOB_BASE_COST × base fee
// per blob, is base fee / 16 per blob gas.
func TestBlobFeeFloor(t *testing.T) {
	if got := BlobFeeFloor(gwei(16)); got.Cmp(gwei(1)) != 0 {
		t.Fatalf("floor at 16 gwei: %s", got)
	}
	p := Prices{BaseFee: gwei(16), Tip: new(big.Int), BlobBaseFee: big.NewInt(1)}
	want := new(big.Int).Mul(gwei(1), big.NewInt(params.BlobTxBlobGasPerBlob))
	if got := (Candidate{Blobs: 1}).Cost(p); got.Cmp(want) != 0 {
		t.Fatalf("a blob costs %s at a quote under the floor, want %s", got, want)
	}
}

// TestGasModel: the limit a batch in a pipeline is sent with covers the
// expected gas, the EIP-7623 floor of its calldata, and never passes the
// EIP-7825 cap.
func TestGasModel(t *testing.T) {
	for _, tc := range []struct {
		bytes, blocks int
		zero          bool
	}{{5_700, 16, false}, {100_000, 14, false}, {32_676, 113, false}, {5_316, 18, true}, {2_000_000, 1000, false}} {
		data := make([]byte, tc.bytes)
		for i := range data {
			if !tc.zero || i%2 == 0 {
				data[i] = byte(i | 1)
			}
		}
		_, floor := calldataGas(data)
		limit, expected := gasLimit(data, tc.blocks), expectedGas(data, tc.blocks)
		if limit > params.MaxTxGas {
			t.Errorf("%d bytes, %d blocks: limit %d over the cap", tc.bytes, tc.blocks, limit)
		}
		if limit < params.MaxTxGas && (limit < expected || limit < floor) {
			t.Errorf("%d bytes, %d blocks: limit %d under the expected %d or the floor %d", tc.bytes, tc.blocks, limit, expected, floor)
		}
	}
	if _, err := ParseDA("Blobs"); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseDA("ipfs"); err == nil {
		t.Fatal("an unknown DA mode accepted")
	}
}

// TestSizeEstimatesFollowTheCalldata: the DA decision's gas estimates from
// sizes (calldataBatchGas, blobBatchGas) stay within a tenth of the gas of
// the calldata the batch would carry, for full and nearly empty blocks.
func TestSizeEstimatesFollowTheCalldata(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	hash := func() common.Hash {
		var h common.Hash
		for i := range h {
			h[i] = byte(r.UintN(256))
		}
		return h
	}
	for _, tc := range []struct{ blocks, txData int }{{1, 6720}, {14, 6720}, {113, 6720}, {16, 100}, {300, 0}} {
		blocks := make([]rollup.Block, tc.blocks)
		headers := make([]*core.Header, tc.blocks)
		lengths := make([]uint32, tc.blocks)
		for i := range blocks {
			data := make([]byte, tc.txData)
			for j := range data {
				data[j] = byte(1 + r.UintN(255))
			}
			h := &core.Header{ParentHash: hash(), Number: uint64(1000 + i), Timestamp: 1_700_000_000, TxDataHash: hash(),
				StateRoot: hash(), WithdrawalsRoot: hash(), QueueCursor: 7, FeeRecipient: common.Address(hash().Bytes()[:20])}
			blocks[i], headers[i], lengths[i] = rollup.Block{Header: h, TxData: data}, h, uint32(len(data))
		}
		within := func(what string, est, exact uint64) {
			if diff := math.Abs(float64(est) - float64(exact)); diff > 0.1*float64(exact) {
				t.Errorf("%d blocks of %d bytes, %s: estimated %d, the calldata's %d", tc.blocks, tc.txData, what, est, exact)
			}
		}
		cs, cf := calldataGas(bindings.NewRollup().PackSubmitBatch(rollup.BatchArg(blocks)))
		es, ef := calldataBatchGas(tc.blocks*tc.txData, tc.blocks)
		within("calldata batch, standard", es, cs)
		within("calldata batch, floor", ef, cf)
		bs, bf := calldataGas(rollup.SubmitBlobBatchCall(headers, lengths))
		es, ef = blobBatchGas(tc.blocks)
		within("blob batch, standard", es, bs)
		within("blob batch, floor", ef, bf)
	}
}
