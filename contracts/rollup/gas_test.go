package rollup_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/core"
)

// The gas report. Regenerate docs/contracts-gas.md with
//
//	go test ./contracts/rollup -run TestGasReport -count=1 -gasreport=../../docs/contracts-gas.md
//
// (the path is relative to the package directory). Without -gasreport the
// test measures a reduced set on the Osaka chain and checks the figures
// that the design depends on.
var gasReportPath = flag.String("gasreport", "", "measure everything and write the gas report (markdown) to this file")

// txPoolMaxSize is go-ethereum's txpool limit on one transaction's size
// (legacypool.txMaxSize): a larger batch cannot travel the public mempool.
const txPoolMaxSize = 128 * 1024

// fullBlocks returns n blocks' tx data of MaxTxsPerBlock transfers each,
// signed by 64 senders (nonce = block index, so 1 byte), with amounts of 8
// significant bytes, tip 1 gwei and fee cap 2 gwei: ETH transfers (the
// typical ~105-byte transfer of spec section 7), or with token ≠ 0 ERC-20
// transfers of that token (~128 bytes).
func fullBlocks(t testing.TB, n int, token common.Address) [][]byte {
	t.Helper()
	keys := make([]*ecdsa.PrivateKey, core.MaxTxsPerBlock)
	for i := range keys {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("gas report sender %d", i))))
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	r := rand.New(rand.NewPCG(7, 8))
	out := make([][]byte, n)
	for b := range out {
		txs := make([]*core.Tx, len(keys))
		for i, k := range keys {
			to := common.BytesToAddress(randHash(r).Bytes())
			value := new(big.Int).SetUint64(1<<56 + r.Uint64()>>8)
			if token != (common.Address{}) {
				txs[i] = l2Tx(t, k, uint64(b), token, nil, transferCall(to, value))
			} else {
				txs[i] = l2Tx(t, k, uint64(b), to, value, nil)
			}
		}
		out[b] = core.EncodeTxs(txs)
	}
	return out
}

// blocksFrom builds headers continuing f's tip over the given tx data.
func (f *fixture) blocksFrom(txData [][]byte) []rollup.Block {
	now := f.chain.Now()
	parent := f.tip
	blocks := make([]rollup.Block, len(txData))
	for i, d := range txData {
		h := nextHeader(parent, now, d, parent.QueueCursor, nil)
		blocks[i] = rollup.Block{Header: h, TxData: d}
		parent = h
	}
	return blocks
}

// calldataCost is a transaction's calldata in EIP-2028/EIP-7623 terms.
type calldataCost struct {
	bytes, zeros, tokens int
	standard, floor      uint64 // 21000 + 4/16 per byte; 21000 + 10 per token (EIP-7623)
}

func costOf(data []byte) calldataCost {
	c := calldataCost{bytes: len(data)}
	for _, b := range data {
		if b == 0 {
			c.zeros++
		}
	}
	c.tokens = c.zeros + 4*(c.bytes-c.zeros)
	c.standard = params.TxGas + uint64(4*c.tokens)
	c.floor = params.TxGas + uint64(10*c.tokens)
	return c
}

type batchFigure struct {
	blocks, transfers int
	kind              string // "ETH" or "ERC-20" transfers
	l1                uint64 // gas of the same transfer on L1
	txDataBytes       int
	calldata          calldataCost
	gas               uint64 // receipt gas, or the estimate
	how               string // "sent", "estimated", or why it does not fit
	fits              bool
}

type opFigure struct {
	name     string
	gas      uint64
	calldata int
	note     string
}

// blobFigure is a blob batch of full blocks.
type blobFigure struct {
	blobs, blocks, transfers int
	txDataBytes              int
	calldata                 calldataCost
	gas, blobGas             uint64
}

type gasFigures struct {
	fork      string
	ops       []opFigure
	batches   []batchFigure
	maxBlock  int // most full blocks that fit the txpool size limit
	blobs     []blobFigure
	challenge []opFigure // the worst blob challenge's transactions, in order
}

// blobGasRun is a blob batch of full blocks to post: the first `blocks` of
// the signed blocks over `sidecar`'s blobs (computed once for every fork).
type blobGasRun struct {
	blobs, blocks int
	lengths       []uint32
	sidecar       *types.BlobTxSidecar
}

// fullBlocksIn is about how many full blocks of ETH transfers (6,720 bytes
// each, give or take a few) n blobs hold, one more for the slack.
func fullBlocksIn(n int) int { return n*rollup.BlobPayloadBytes/6700 + 1 }

// worstBlobChallenge is the block whose blob challenge costs the most: 16,384
// bytes starting at the last payload byte of an element and ending in the
// next blob (530 elements), after filler blocks; its header claims other
// bytes. The openings are computed once for every fork.
type worstBlobChallenge struct {
	data    [][]byte
	lengths []uint32
	sidecar *types.BlobTxSidecar
	opening *rollup.BlockOpening
}

func newWorstBlobChallenge(t *testing.T) *worstBlobChallenge {
	r := rand.New(rand.NewPCG(21, 22))
	offset := rollup.BlobPayloadBytes - 100*rollup.BlobElementBytes - 1
	var data [][]byte
	for rest := offset; rest > 0; rest -= core.MaxTxDataBytes {
		data = append(data, randBytes(r, min(rest, core.MaxTxDataBytes)))
	}
	data = append(data, randBytes(r, core.MaxTxDataBytes))
	blobs, lengths, err := rollup.EncodeBlobs(data)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := simtest.BlobSidecar(blobs)
	if err != nil {
		t.Fatal(err)
	}
	o, err := rollup.OpenBlock(context.Background(), blobs, lengths, len(data)-1)
	if err != nil {
		t.Fatal(err)
	}
	return &worstBlobChallenge{data: data, lengths: lengths, sidecar: sc, opening: o}
}

func TestGasReport(t *testing.T) {
	full := *gasReportPath != ""
	sizes := []int{1, 10}
	if full {
		sizes = []int{1, 10, 100}
	}
	// The reduced run signs enough blocks to find the txpool limit (about
	// 18 full blocks) and to fill a blob batch of MaxBlobsPerBatch blobs,
	// the full run enough for the 100-block batch and blob batches of
	// every size.
	blobCounts := []int{rollup.MaxBlobsPerBatch}
	if full {
		blobCounts = nil
		for nb := 1; nb <= rollup.MaxBlobsPerBatch; nb++ {
			blobCounts = append(blobCounts, nb)
		}
	}
	n := max(24, fullBlocksIn(rollup.MaxBlobsPerBatch))
	if full {
		n = max(100, n)
	}
	start := time.Now()
	data := fullBlocks(t, n, common.Address{})
	tokenData := fullBlocks(t, 10, common.HexToAddress("0x70ce70ce70ce70ce70ce70ce70ce70ce70ce70ce"))
	t.Logf("signed %d transfers in %s", (n+10)*core.MaxTxsPerBlock, time.Since(start).Round(time.Millisecond))
	start = time.Now()
	var blobRuns []blobGasRun
	for _, nb := range blobCounts {
		blocks, size := 0, 0
		for blocks < len(data) && size+len(data[blocks]) <= nb*rollup.BlobPayloadBytes {
			size += len(data[blocks])
			blocks++
		}
		blobs, lengths, err := rollup.EncodeBlobs(data[:blocks])
		if err != nil {
			t.Fatal(err)
		}
		if len(blobs) != nb {
			t.Fatalf("%d full blocks need %d blobs, want %d", blocks, len(blobs), nb)
		}
		sc, err := simtest.BlobSidecar(blobs)
		if err != nil {
			t.Fatal(err)
		}
		blobRuns = append(blobRuns, blobGasRun{blobs: nb, blocks: blocks, lengths: lengths, sidecar: sc})
	}
	var worst *worstBlobChallenge
	if full {
		worst = newWorstBlobChallenge(t)
	}
	t.Logf("computed the blob sidecars and openings in %s", time.Since(start).Round(time.Millisecond))

	forks := []struct {
		name string
		opts []simtest.Option
	}{
		{"Osaka (mainnet rules)", []simtest.Option{simtest.WithChainConfig(simtest.OsakaConfig())}},
	}
	if full {
		forks = append(forks, struct {
			name string
			opts []simtest.Option
		}{"Bogota (the simulated chain's default: Osaka + draft EIP-8037/8038 state gas)", nil})
	}
	var all []gasFigures
	for _, fk := range forks {
		all = append(all, measureGas(t, fk.name, fk.opts, data, tokenData, sizes, full, blobRuns, worst))
	}

	// What the design depends on, under mainnet rules: an L2 transfer
	// costs its L1 data and little else; a batch of 10 full blocks fits
	// the txpool; deposits and withdrawals cost about an L1 token transfer.
	osaka := all[0]
	for _, b := range osaka.batches {
		if !b.fits {
			continue
		}
		perTransfer, limit := b.gas/uint64(b.transfers), uint64(5_000)
		if b.kind == "ERC-20" {
			limit = 6_000
		}
		if perTransfer > limit {
			t.Errorf("%d full blocks of %s transfers: %d gas per L2 transfer, want under %d", b.blocks, b.kind, perTransfer, limit)
		}
		if b.blocks >= 10 && b.gas > b.calldata.floor*12/10 {
			t.Errorf("%d full blocks: %d gas, more than 1.2 × the calldata floor %d", b.blocks, b.gas, b.calldata.floor)
		}
	}
	if osaka.maxBlock < 10 {
		t.Errorf("only %d full blocks fit one L1 transaction", osaka.maxBlock)
	}
	// A full blob batch (MaxBlobsPerBatch blobs of full blocks: what the
	// batcher posts while blocks wait) costs at most 200 gas of L1
	// execution per transfer; the blob gas is priced apart.
	for _, b := range osaka.blobs {
		if per := b.gas / uint64(b.transfers); b.blobs == rollup.MaxBlobsPerBatch && per > 200 {
			t.Errorf("a blob batch of %d blobs: %d gas per L2 transfer, want at most 200", b.blobs, per)
		}
	}
	for _, op := range osaka.challenge {
		if op.gas > params.MaxTxGas || op.calldata >= txPoolMaxSize {
			t.Errorf("%s: %d gas and %d bytes, over the EIP-7825 cap or the txpool's limit", op.name, op.gas, op.calldata)
		}
	}
	for _, op := range osaka.ops {
		if strings.HasPrefix(op.name, "finalizeWithdrawal") && op.gas > 150_000 {
			t.Errorf("%s: %d gas", op.name, op.gas)
		}
		if strings.HasPrefix(op.name, "depositETH") && op.gas > 100_000 {
			t.Errorf("%s: %d gas", op.name, op.gas)
		}
	}
	for _, g := range all {
		for _, op := range g.ops {
			t.Logf("%s: %-45s %9d gas %s", g.fork[:5], op.name, op.gas, op.note)
		}
		for _, b := range g.blobs {
			t.Logf("%s: blob batch of %d blobs, %3d full blocks: %9d gas, %d blob gas, %7d calldata bytes, floor %d, %d gas per transfer",
				g.fork[:5], b.blobs, b.blocks, b.gas, b.blobGas, b.calldata.bytes, b.calldata.floor, b.gas/uint64(b.transfers))
		}
		for _, op := range g.challenge {
			t.Logf("%s: worst blob challenge: %-40s %9d gas, %6d calldata bytes %s", g.fork[:5], op.name, op.gas, op.calldata, op.note)
		}
		for _, b := range g.batches {
			t.Logf("%s: batch of %3d full blocks of %s transfers: %9d gas (%s), %7d calldata bytes, floor %d, %d gas and %.1f bytes per transfer",
				g.fork[:5], b.blocks, b.kind, b.gas, b.how, b.calldata.bytes, b.calldata.floor, b.gas/uint64(b.transfers), float64(b.calldata.bytes)/float64(b.transfers))
		}
	}
	if full {
		if err := os.WriteFile(*gasReportPath, []byte(renderGasReport(all)), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", *gasReportPath)
	}
}

func measureGas(t *testing.T, fork string, opts []simtest.Option, data, tokenData [][]byte, sizes []int, full bool, blobRuns []blobGasRun, worst *worstBlobChallenge) gasFigures {
	f := newFixture(t, opts...)
	g := gasFigures{fork: fork}
	op := func(name string, r *types.Receipt, calldata []byte, note string) {
		g.ops = append(g.ops, opFigure{name: name, gas: r.GasUsed, calldata: len(calldata), note: note})
	}
	send := func(from *simtest.Account, to common.Address, calldata []byte, value *big.Int) *types.Receipt {
		t.Helper()
		return f.chain.MustSend(from, to, calldata, value)
	}

	// L1 references.
	op("L1 ETH transfer", send(f.alice, f.bob.Address, nil, big.NewInt(1)), nil, "to an existing account")
	token := f.deployToken(&testbindings.TestTokenMetaData, nil, f.alice, new(big.Int).Mul(big.NewInt(1000), ether))
	call := erc20.PackTransfer(f.bob.Address, big.NewInt(1))
	op("L1 ERC-20 transfer (new holder)", send(f.alice, token, call, nil), call, "OpenZeppelin ERC20, recipient had no balance")
	erc20Transfer := send(f.alice, token, call, nil)
	op("L1 ERC-20 transfer", erc20Transfer, call, "OpenZeppelin ERC20, recipient holds some")

	// Deposits: ETH (the average of 8, whose queue-time word is new every
	// 4th), the first token deposit (records the metadata) and later ones.
	var sum uint64
	calldata := f.r.PackDepositETH(f.bob.Address)
	for i := 0; i < 8; i++ {
		sum += send(f.alice, f.addr, calldata, ether).GasUsed
	}
	g.ops = append(g.ops, opFigure{name: "depositETH", gas: sum / 8, calldata: len(calldata), note: "average of 8"})
	calldata = f.r.PackDepositToken(token, f.bob.Address, ether)
	op("depositToken (first of a token)", send(f.alice, f.addr, calldata, nil), calldata, "records name, symbol, decimals")
	sum = 0
	for i := 0; i < 8; i++ {
		sum += send(f.alice, f.addr, calldata, nil).GasUsed
	}
	g.ops = append(g.ops, opFigure{name: "depositToken", gas: sum / 8, calldata: len(calldata), note: "average of 8"})
	calldata = f.r.PackRequestWithdrawal(f.alice.Address, common.Address{}, ether)
	op("requestWithdrawal (forced)", send(f.alice, f.addr, calldata, nil), calldata, "")

	// Batches of full blocks. A batch applies no queue items, so the
	// figures are the data's.
	f.mustSubmit(f.seq, f.emptyBlocks(1, 0)) // the first batch's storage is not the typical one
	// The most full blocks one transaction can carry through the txpool.
	for n := len(data); n > 0; n-- {
		if len(f.r.PackSubmitBatch(rollup.BatchArg(f.blocksFrom(data[:n]))))+200 <= txPoolMaxSize {
			g.maxBlock = n
			break
		}
	}
	if full {
		sizes = []int{1, 10, g.maxBlock, 100}
	}
	type batchRun struct {
		data [][]byte
		kind string
		l1   uint64 // the same transfer on L1
	}
	var runs []batchRun
	for _, n := range sizes {
		runs = append(runs, batchRun{data[:n], "ETH", params.TxGas})
	}
	runs = append(runs, batchRun{tokenData, "ERC-20", erc20Transfer.GasUsed})
	for _, run := range runs {
		n := len(run.data)
		blocks := f.blocksFrom(run.data)
		cd := f.r.PackSubmitBatch(rollup.BatchArg(blocks))
		b := batchFigure{blocks: n, kind: run.kind, l1: run.l1, transfers: n * core.MaxTxsPerBlock, calldata: costOf(cd)}
		for _, d := range run.data {
			b.txDataBytes += len(d)
		}
		if len(cd)+200 <= txPoolMaxSize {
			r := f.mustSubmit(f.seq, blocks)
			b.gas, b.how, b.fits = r.GasUsed, "sent", true
			if n == g.maxBlock && run.kind == "ETH" {
				b.how = "sent: the largest batch of full blocks the txpool takes"
			}
		} else {
			gas, err := f.chain.Client.EstimateGas(bgCtx(), ethereum.CallMsg{From: f.seq.Address, To: &f.addr, Value: bondAmount, Data: cd})
			switch {
			case err == nil:
				b.gas, b.how = gas, fmt.Sprintf("eth_estimateGas: %s bytes are over the txpool's %s", commas(uint64(len(cd))), commas(txPoolMaxSize))
			case b.calldata.floor > params.MaxTxGas:
				b.how = fmt.Sprintf("does not fit one L1 transaction: its calldata floor alone is %s gas, over the EIP-7825 cap of %s, and %s bytes are over the txpool's %s", commas(b.calldata.floor), commas(params.MaxTxGas), commas(uint64(len(cd))), commas(txPoolMaxSize))
			default:
				b.how = fmt.Sprintf("does not fit: %v", err)
			}
		}
		g.batches = append(g.batches, b)
	}

	// Blob batches of full blocks: the calldata carries the headers and the
	// lengths, the blobs the tx data.
	for _, br := range blobRuns {
		var headers []*core.Header
		parent, now := f.tip, f.chain.Now()
		for _, d := range data[:br.blocks] {
			h := nextHeader(parent, now, d, parent.QueueCursor, nil)
			headers, parent = append(headers, h), h
		}
		cd := rollup.SubmitBlobBatchCall(headers, br.lengths)
		r, err := f.submitBlobs(f.seq, headers, br.lengths, br.sidecar, bondAmount)
		if err != nil {
			t.Fatalf("a blob batch of %d blobs: %v", br.blobs, err)
		}
		b := blobFigure{blobs: br.blobs, blocks: br.blocks, transfers: br.blocks * core.MaxTxsPerBlock, calldata: costOf(cd), gas: r.GasUsed, blobGas: r.BlobGasUsed}
		for _, d := range data[:br.blocks] {
			b.txDataBytes += len(d)
		}
		g.blobs = append(g.blobs, b)
	}

	// The forced-inclusion rule reads a queue item's time for each block
	// that leaves one waiting (not expired here) and applies fewer than
	// MAX_QUEUE_ITEMS_PER_BLOCK; with nothing waiting it reads nothing.
	cd := f.r.PackSubmitBatch(rollup.BatchArg(f.emptyBlocks(16, f.tip.QueueCursor)))
	op("submitBatch (16 empty blocks, queue items waiting)", f.mustSubmit(f.seq, f.emptyBlocks(16, f.tip.QueueCursor)), cd, "each block reads the waiting item's time")
	var apply []rollup.Block
	for c, parent := f.tip.QueueCursor, f.tip; c < f.queueLength(); {
		c = min(c+core.MaxQueueItemsPerBlock, f.queueLength())
		h := nextHeader(parent, f.chain.Now(), nil, c, nil)
		apply, parent = append(apply, rollup.Block{Header: h}), h
	}
	f.mustSubmit(f.seq, apply)
	cd = f.r.PackSubmitBatch(rollup.BatchArg(f.emptyBlocks(16, f.tip.QueueCursor)))
	op("submitBatch (16 empty blocks, no queue item waiting)", f.mustSubmit(f.seq, f.emptyBlocks(16, f.tip.QueueCursor)), cd, "")

	// A challenge's commitment and its reveal, the two transactions before
	// the proof (whose gas depends on the block: docs/fraud.md).
	batch, blockHash, salt := uint64(len(f.batches)-1), f.tip.Hash(), common.Hash{0x5a}
	cd = rollup.CommitChallengeCall(rollup.ChallengeCommitment(f.carol.Address, batch, blockHash, salt))
	op("commitChallenge", send(f.carol, f.addr, cd, nil), cd, "a new commitment")
	f.chain.AdvanceTime(time.Second) // revealed from a later L1 block
	cd = rollup.RevealChallengeCall(batch, blockHash, salt)
	op("revealChallenge", send(f.carol, f.addr, cd, nil), cd, "the block's first reveal: its leader")

	// Withdrawals: a batch of 10 blocks whose 5th makes 16 withdrawals (8
	// ETH, 8 token), so both proofs have 4 levels.
	var ws []core.Withdrawal
	for i := 0; i < 8; i++ {
		ws = append(ws, ethWithdrawal(f.carol.Address, big.NewInt(1e15)), tokenWithdrawal(f.carol.Address, token, 1000))
	}
	perBlock := make([][]core.Withdrawal, 10)
	perBlock[4] = ws
	p := f.postWithdrawals(perBlock...)
	f.pastWindow(p)
	fin := func(name string, w int, note string) {
		cd := f.finalizeCall(p, 4, w)
		op(name, send(f.bob, f.addr, cd, nil), cd, note)
	}
	fin("finalizeWithdrawal ETH", 0, "proofs of 4 + 4 levels, to an existing account")
	fin("finalizeWithdrawal ERC-20 (new holder)", 1, "recipient had no balance")
	fin("finalizeWithdrawal ERC-20", 3, "recipient holds some")
	cd = f.r.PackReclaimBond(big.NewInt(int64(p.index)))
	op("reclaimBond", send(f.bob, f.addr, cd, nil), cd, "")

	if worst != nil {
		g.challenge = measureBlobChallenge(t, f, worst)
	}
	return g
}

// measureBlobChallenge posts the worst blob challenge's batch and proves
// its last block in the transactions the Go helpers pack, after the
// commitment; it returns each transaction's figures.
func measureBlobChallenge(t *testing.T, f *fixture, w *worstBlobChallenge) []opFigure {
	var headers []*core.Header
	parent, now := f.tip, f.chain.Now()
	for _, d := range w.data {
		h := nextHeader(parent, now, d, parent.QueueCursor, nil)
		headers, parent = append(headers, h), h
	}
	k := len(headers) - 1
	headers[k].TxDataHash[31] ^= 1
	if _, err := f.submitBlobs(f.seq, headers, w.lengths, w.sidecar, bondAmount); err != nil {
		t.Fatal(err)
	}
	batch, blockHash, salt := uint64(len(f.batches)-1), headers[k].Hash(), common.Hash{0xb1}
	f.mustSend(f.carol, rollup.CommitChallengeCall(rollup.ChallengeCommitment(f.carol.Address, batch, blockHash, salt)), nil)
	f.chain.AdvanceTime(time.Second)
	calls := []struct {
		name, note string
		data       []byte
	}{{"startBlobChallenge", "reveals the commitment, stores the session", rollup.StartBlobChallengeCall(batch, headers, k, w.sidecar.BlobHashes(), w.lengths, salt)}}
	opens, err := rollup.OpenBlobChallengeCalls(batch, blockHash, w.opening, w.opening.Place.First, 0)
	if err != nil {
		t.Fatal(err)
	}
	left := len(w.opening.Openings)
	for i, o := range opens {
		n := min(left, rollup.OpeningsPerTx)
		left -= n
		calls = append(calls, struct {
			name, note string
			data       []byte
		}{fmt.Sprintf("openBlobChallenge %d", i+1), fmt.Sprintf("%d openings", n), o})
	}
	calls = append(calls, struct {
		name, note string
		data       []byte
	}{"finishBlobChallenge", fmt.Sprintf("%d elements; the verdict, the batch reverted", len(w.opening.Openings)), rollup.FinishBlobChallengeCall(batch, blockHash, w.opening)})
	var out []opFigure
	for _, c := range calls {
		r := f.mustSend(f.carol, c.data, nil)
		out = append(out, opFigure{name: c.name, gas: r.GasUsed, calldata: len(c.data), note: c.note})
	}
	if n := simtest.MustCall(f.chain, f.addr, f.r.PackBatchCount(), f.r.UnpackBatchCount); n.Uint64() != batch {
		t.Fatalf("batch count %d after the blob challenge, want %d", n, batch)
	}
	return out
}

func renderGasReport(all []gasFigures) string {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("# Gas of the L1 contracts\n\n")
	p("Measured by `go test ./contracts/rollup -run TestGasReport -count=1 -gasreport=../../docs/contracts-gas.md`,\n")
	p("which writes this file. Every figure is a receipt's `gasUsed` on go-ethereum's simulated chain\n")
	p("(so it includes the 21,000 base, calldata and, where it binds, the EIP-7623 floor), measured in\n")
	p("one run together with the plain L1 transfers it is compared with. Contracts: solc 0.8.34,\n")
	p("optimizer 200 runs, EVM prague (contracts/compile.js).\n\n")
	p("Machine: %s.\n\n", machine())
	p("A full block is %d signed transfers (MAX_TXS_PER_BLOCK), each encoded as in spec section 7\n", core.MaxTxsPerBlock)
	p("(nonce < 128, tip 1 gwei, fee cap 2 gwei, an 8-byte amount: about 105 bytes for ETH, 128 for\n")
	p("an ERC-20 transfer), compared with the same transfer on L1 (21,000 gas; the ERC-20 transfer to\n")
	p("a holder measured above). The floor is EIP-7623's 21,000 + 10 gas per calldata token (zero\n")
	p("byte 1 token, other byte 4); \"binds\" says whether the transaction paid the floor rather than\n")
	p("21,000 + 4/16 per byte + execution.\n")
	for _, g := range all {
		p("\n## %s\n\n", g.fork)
		p("| operation | gas | calldata bytes | note |\n|---|--:|--:|---|\n")
		for _, op := range g.ops {
			p("| %s | %s | %d | %s |\n", op.name, commas(op.gas), op.calldata, op.note)
		}
		p("\n| batch of full blocks | L2 transfers | tx data bytes | calldata bytes | gas | EIP-7623 floor | floor binds | gas per transfer | calldata bytes per transfer | vs. the same transfer on L1 | how |\n")
		p("|--:|--:|--:|--:|--:|--:|---|--:|--:|--:|---|\n")
		for _, bf := range g.batches {
			gas, per, ratio, binds := "–", "–", "–", "–"
			if bf.gas > 0 {
				gas = commas(bf.gas)
				per = commas(bf.gas / uint64(bf.transfers))
				ratio = fmt.Sprintf("%.1f %%", 100*float64(bf.gas)/float64(bf.transfers)/float64(bf.l1))
				binds = "no"
				if bf.gas <= bf.calldata.floor {
					binds = "yes"
				}
			}
			p("| %d | %s %s | %s | %s | %s | %s | %s | %s | %.1f | %s | %s |\n", bf.blocks, commas(uint64(bf.transfers)), bf.kind, commas(uint64(bf.txDataBytes)),
				commas(uint64(bf.calldata.bytes)), gas, commas(bf.calldata.floor), binds, per, float64(bf.calldata.bytes)/float64(bf.transfers), ratio, bf.how)
		}
		p("\nThe most full blocks one batch can carry through the public txpool (%s bytes per transaction) is **%d**.\n", commas(txPoolMaxSize), g.maxBlock)
		if len(g.blobs) > 0 {
			p("\nBlob batches (`submitBlobBatch`) of full blocks of ETH transfers, as many as the blobs hold (%s payload bytes each):\n\n", commas(rollup.BlobPayloadBytes))
			p("| blobs | full blocks | L2 transfers | tx data bytes | calldata bytes | gas | EIP-7623 floor | floor binds | gas per transfer | blob gas | blob gas per transfer |\n")
			p("|--:|--:|--:|--:|--:|--:|--:|---|--:|--:|--:|\n")
			for _, bf := range g.blobs {
				binds := "no"
				if bf.gas <= bf.calldata.floor {
					binds = "yes"
				}
				p("| %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", bf.blobs, bf.blocks, commas(uint64(bf.transfers)), commas(uint64(bf.txDataBytes)),
					commas(uint64(bf.calldata.bytes)), commas(bf.gas), commas(bf.calldata.floor), binds, commas(bf.gas/uint64(bf.transfers)),
					commas(bf.blobGas), commas(bf.blobGas/uint64(bf.transfers)))
			}
		}
		if len(g.challenge) > 0 {
			var total uint64
			p("\nThe worst blob challenge (`TxDataNotInBlobs`): a block of 16,384 bytes from the last payload byte of an element into the next blob, 530 elements, opened %d to a transaction (`rollup.OpeningsPerTx`), after `commitChallenge`:\n\n", rollup.OpeningsPerTx)
			p("| transaction | gas | calldata bytes | note |\n|---|--:|--:|---|\n")
			for _, op := range g.challenge {
				total += op.gas
				p("| %s | %s | %s | %s |\n", op.name, commas(op.gas), commas(uint64(op.calldata)), op.note)
			}
			p("| **in all** | **%s** | | %d transactions |\n", commas(total), len(g.challenge))
		}
	}
	p("\n## Reading the figures\n\n")
	p("- A batch costs its calldata and little else: the contract hashes each block's tx data and header and\n")
	p("  stores one 5-slot commitment per batch, so beyond a few blocks the EIP-7623 floor is the price.\n")
	p("- 100 full blocks (about 700 KB) do not fit one L1 transaction: the EIP-7825 cap (2^24 gas) and the\n")
	p("  txpool's 128 KB limit bind first. A batcher splits them; the per-transfer price does not change.\n")
	p("- The forced-inclusion rule reads, for a block that leaves a queue item waiting and applies fewer than\n")
	p("  MAX_QUEUE_ITEMS_PER_BLOCK items, that item's time (a cold read for the batch's first such block, warm\n")
	p("  after); a block that applies the whole queue reads nothing. Measured on Osaka against the contract\n")
	p("  without the rule, a batch of 16 empty blocks costs 16,436 gas more with an item waiting (271,741 ->\n")
	p("  288,177) and 4,360 more without (271,897 -> 276,257): about 1,030 and 270 gas per block. Batches of\n")
	p("  full blocks pay the calldata floor either way.\n")
	p("- A blob batch's calldata is its headers and lengths (about 290 bytes a block); its tx data travels in\n")
	p("  blobs, priced in blob gas (%s a blob) on their own market. The contract checks and hashes each\n", commas(params.BlobTxBlobGasPerBlob))
	p("  header and stores a 6-slot record (the data root is the sixth), so the execution gas per transfer\n")
	p("  falls as the batch fills: see the table; a full batch (MAX_BLOBS_PER_BATCH blobs of full blocks) is\n")
	p("  what the batcher posts while blocks wait. A calldata batch writes the zero data root too: submitBatch\n")
	p("  of 16 empty blocks costs about 5,000 gas more than before blob batches (276,329 without a queue item\n")
	p("  waiting, in the last run before them), 2,200 of it that slot's cold write.\n")
	p("- A blob challenge opens each 31-byte element with the point-evaluation precompile (50,000 gas), so\n")
	p("  the worst block (530 elements) takes about 29M gas over five transactions, each under the EIP-7825\n")
	p("  cap and at most 21 KB: the cost of proving that a poster's blobs lack a block's data. Every other fraud\n")
	p("  kind on a blob batch's block is proven as on a calldata batch, the tx data in the proof's calldata.\n")
	p("- A fraud proof is three transactions: commitChallenge, revealChallenge and the proof (or the staged\n")
	p("  proof's transactions); the proof's gas is the block's and is measured in docs/fraud.md.\n")
	p("- Under the Bogota rules (draft EIP-8037) every new storage slot costs about 100,000 gas more, which\n")
	p("  is what raises deposits (a new queue slot each) and the first token deposit (metadata strings).\n")
	if err := w.Flush(); err != nil {
		panic(err)
	}
	return b.String()
}

func commas(n uint64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// machine describes where the figures were taken.
func machine() string {
	cpu, ram := "unknown CPU", "unknown RAM"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb uint64
		if _, err := fmt.Sscanf(string(b), "MemTotal: %d kB", &kb); err == nil {
			ram = fmt.Sprintf("%.1f GiB RAM", float64(kb)/(1<<20))
		}
	}
	// Test binaries carry no dependency versions; go.mod has them.
	geth := "go-ethereum (version unknown)"
	if b, err := os.ReadFile("../../go.mod"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "github.com/ethereum/go-ethereum" {
				geth = "go-ethereum " + f[1]
			}
		}
	}
	return fmt.Sprintf("%d CPUs (nproc), %s, %s, %s %s/%s, %s", runtime.NumCPU(), cpu, ram, runtime.Version(), runtime.GOOS, runtime.GOARCH, geth)
}
