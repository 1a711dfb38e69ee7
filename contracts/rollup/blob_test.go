package rollup_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

// randBytes returns n bytes from r.
func randBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// payloadOf returns the payload bytes of blobs: bytes 1..31 of every
// element, in order.
func payloadOf(blobs []kzg4844.Blob) []byte {
	var out []byte
	for i := range blobs {
		for e := 0; e < rollup.BlobElements; e++ {
			out = append(out, blobs[i][e*32+1:e*32+32]...)
		}
	}
	return out
}

// TestEncodeBlobsLaysTheBlocksBackToBack: the blocks' tx data is the
// blobs' payload from byte 0, in block order, without gaps; every element's
// first byte and every byte after the last block are zero; as few blobs as
// hold the data; and DecodeBlobs gives the tx data back.
func TestEncodeBlobsLaysTheBlocksBackToBack(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	full := func(n int) [][]byte {
		out := make([][]byte, n)
		for i := range out {
			out[i] = randBytes(r, core.MaxTxDataBytes)
		}
		return out
	}
	for _, c := range []struct {
		name  string
		data  [][]byte
		blobs int
	}{
		{"no blocks", nil, 1},
		{"one empty block", [][]byte{{}}, 1},
		{"blocks within an element", [][]byte{{1, 2, 3}, {}, {4, 5}}, 1},
		{"blocks across elements", [][]byte{randBytes(r, 30), randBytes(r, 33), randBytes(r, 62), {}, randBytes(r, 1)}, 1},
		{"a blob exactly", append(full(7), randBytes(r, rollup.BlobPayloadBytes-7*core.MaxTxDataBytes)), 1},
		{"one byte more", append(full(7), randBytes(r, rollup.BlobPayloadBytes-7*core.MaxTxDataBytes+1)), 2},
		{"six blobs", append(full(46), randBytes(r, rollup.MaxBlobBatchBytes-46*core.MaxTxDataBytes)), 6},
	} {
		t.Run(c.name, func(t *testing.T) {
			blobs, lengths, err := rollup.EncodeBlobs(c.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(blobs) != c.blobs || len(lengths) != len(c.data) {
				t.Fatalf("%d blobs and %d lengths, want %d and %d", len(blobs), len(lengths), c.blobs, len(c.data))
			}
			var want []byte
			for i, d := range c.data {
				if int(lengths[i]) != len(d) {
					t.Fatalf("length %d of block %d, want %d", lengths[i], i, len(d))
				}
				want = append(want, d...)
			}
			payload := payloadOf(blobs)
			if !bytes.Equal(payload[:len(want)], want) || slices.ContainsFunc(payload[len(want):], func(b byte) bool { return b != 0 }) {
				t.Fatal("the payload is not the blocks' tx data back to back, then zeros")
			}
			for i := range blobs {
				for e := 0; e < rollup.BlobElements; e++ {
					if blobs[i][e*32] != 0 {
						t.Fatalf("blob %d element %d starts with %#x", i, e, blobs[i][e*32])
					}
				}
			}
			got, err := rollup.DecodeBlobs(blobs, lengths)
			if err != nil {
				t.Fatal(err)
			}
			for i := range c.data {
				if !bytes.Equal(got[i], c.data[i]) {
					t.Fatalf("block %d decoded differently", i)
				}
			}
		})
	}
	if _, _, err := rollup.EncodeBlobs([][]byte{make([]byte, core.MaxTxDataBytes+1)}); !errors.Is(err, rollup.ErrBlobLayout) {
		t.Fatalf("a block over the limit: %v", err)
	}
	if _, _, err := rollup.EncodeBlobs(append(full(46), make([]byte, rollup.MaxBlobBatchBytes-46*core.MaxTxDataBytes+1))); !errors.Is(err, rollup.ErrBlobLayout) {
		t.Fatalf("more than six blobs hold: %v", err)
	}
}

// TestDecodeBlobsRefusesWhatL1Refuses: blobs and lengths that the Rollup
// never accepts together are ErrBlobLayout; a field element with a
// non-zero first byte under a block's tx data makes that block (the first
// such) undecodable, with the blocks before it decoded; one outside every
// block is not read.
func TestDecodeBlobsRefusesWhatL1Refuses(t *testing.T) {
	data := [][]byte{bytes.Repeat([]byte{1}, 40), bytes.Repeat([]byte{2}, 40), bytes.Repeat([]byte{3}, 5)}
	blobs, lengths, err := rollup.EncodeBlobs(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		blobs   int
		lengths []uint32
	}{
		{"no blobs", 0, lengths},
		{"seven blobs", 7, lengths},
		{"a length over the limit", 1, []uint32{core.MaxTxDataBytes + 1}},
		{"lengths past the blob", 1, []uint32{16384, 16384, 16384, 16384, 16384, 16384, 16384, 12289}},
		{"lengths past two blobs", 2, slices.Repeat([]uint32{16384}, 16)},
	} {
		t.Run(c.name, func(t *testing.T) {
			bs := make([]kzg4844.Blob, c.blobs)
			_, err := rollup.DecodeBlobs(bs, c.lengths)
			if !errors.Is(err, rollup.ErrBlobLayout) {
				t.Fatalf("DecodeBlobs = %v, want ErrBlobLayout", err)
			}
		})
	}
	// Block 1 holds payload bytes 40..79: elements 1 (bytes 31..61) and 2.
	for _, c := range []struct {
		element   int
		block     int // the first block refused, -1: none
		decodedOK int
	}{
		{0, 0, 0},  // under block 0 only
		{1, 0, 0},  // bytes 31..61: blocks 0 and 1
		{2, 1, 1},  // bytes 62..92: blocks 1 and 2
		{3, -1, 3}, // bytes 93..: after every block
		{4095, -1, 3},
	} {
		bad := slices.Clone(blobs)
		bad[0][c.element*32] = 0x01
		got, err := rollup.DecodeBlobs(bad, lengths)
		var ee *rollup.BlobElementError
		if c.block < 0 {
			if err != nil {
				t.Fatalf("element %d: %v", c.element, err)
			}
		} else if !errors.As(err, &ee) || !errors.Is(err, rollup.ErrBlobElement) || ee.Block != c.block || ee.Blob != 0 || ee.Element != c.element {
			t.Fatalf("element %d: DecodeBlobs = %v, want block %d refused", c.element, err, c.block)
		}
		if len(got) != c.decodedOK {
			t.Fatalf("element %d: %d blocks decoded, want %d", c.element, len(got), c.decodedOK)
		}
		for i := range got {
			if !bytes.Equal(got[i], data[i]) {
				t.Fatalf("element %d: block %d decoded differently", c.element, i)
			}
		}
	}
}

// TestPlaceFindsTheElements: the field elements a block's tx data lies in.
func TestPlaceFindsTheElements(t *testing.T) {
	lengths := []uint32{30, 1, 0, 31, 16384, 126976 - 16384 - 62 - 10, 20}
	for _, c := range []struct {
		k                                int
		offset, length, first, end, skip int
		blobs                            []int
	}{
		{0, 0, 30, 0, 1, 0, []int{0}},
		{1, 30, 1, 0, 1, 30, []int{0}},
		{2, 31, 0, 1, 1, 0, nil},
		{3, 31, 31, 1, 2, 0, []int{0}},
		{4, 62, 16384, 2, 531, 0, []int{0}},
		{6, 126966, 20, 4095, 4097, 21, []int{0, 1}}, // the last 10 bytes of blob 0, the first 10 of blob 1
	} {
		p, err := rollup.Place(lengths, c.k)
		if err != nil {
			t.Fatal(err)
		}
		if p.Offset != c.offset || p.Length != c.length || p.First != c.first || p.End != c.end || p.Skip != c.skip || !slices.Equal(p.Blobs(), c.blobs) {
			t.Fatalf("block %d: %+v (blobs %v), want offset %d length %d elements %d..%d skip %d blobs %v", c.k, p, p.Blobs(), c.offset, c.length, c.first, c.end, c.skip, c.blobs)
		}
	}
	if _, err := rollup.Place(lengths, len(lengths)); err == nil {
		t.Fatal("a block past the batch has a place")
	}
}

// TestEvaluationPointsAreKZGs: a blob's element j is the value that
// go-ethereum's kzg4844 proves at EvaluationPoint(j), and OpenBlock's
// openings verify against the blob's commitment and give the block's tx
// data back, for a block across two blobs.
func TestEvaluationPointsAreKZGs(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var data [][]byte
	for range 7 {
		data = append(data, randBytes(r, core.MaxTxDataBytes))
	}
	data = append(data, randBytes(r, rollup.BlobPayloadBytes-10-7*core.MaxTxDataBytes))
	block := randBytes(r, 50) // 10 bytes in blob 0, 40 in blob 1
	blobs, lengths, err := rollup.EncodeBlobs(append(data, block))
	if err != nil {
		t.Fatal(err)
	}
	c0, err := kzg4844.BlobToCommitment(&blobs[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range []int{0, 1, 2, 3, 1000, 2048, 4095} {
		proof, claim, err := kzg4844.ComputeProof(&blobs[0], rollup.EvaluationPoint(j))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(claim[:], blobs[0][j*32:j*32+32]) {
			t.Fatalf("the value at EvaluationPoint(%d) is not element %d", j, j)
		}
		if err := kzg4844.VerifyProof(c0, rollup.EvaluationPoint(j), claim, proof); err != nil {
			t.Fatal(err)
		}
	}
	o, err := rollup.OpenBlock(context.Background(), blobs, lengths, 8)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Openings) != 3 || len(o.Commitments) != 2 || o.Commitments[0] != c0 {
		t.Fatalf("%d openings and %d commitments for a block over elements %d..%d", len(o.Openings), len(o.Commitments), o.Place.First, o.Place.End)
	}
	for i, op := range o.Openings {
		e := o.Place.First + i
		if err := kzg4844.VerifyProof(o.Commitments[e/rollup.BlobElements-o.Place.First/rollup.BlobElements], rollup.EvaluationPoint(e%rollup.BlobElements), op.Element, op.Proof); err != nil {
			t.Fatalf("opening %d: %v", i, err)
		}
	}
	if got, ok := o.TxData(); !ok || !bytes.Equal(got, block) {
		t.Fatal("the opened elements do not hold the block's tx data")
	}
	if len(o.Elements()) != 32*len(o.Openings) {
		t.Fatal("Elements is not the openings' elements")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := rollup.OpenBlock(ctx, blobs, lengths, 8); !errors.Is(err, context.Canceled) {
		t.Fatalf("OpenBlock with a cancelled context: %v", err)
	}
}

// TestLengthsPackAsTheRollupHashesThem: 4-byte big-endian lengths back to
// back, and back.
func TestLengthsPackAsTheRollupHashesThem(t *testing.T) {
	lengths := []uint32{0, 1, 0x01020304, 16384}
	packed := rollup.PackLengths(lengths)
	if !bytes.Equal(packed, []byte{0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4, 0, 0, 0x40, 0}) {
		t.Fatalf("packed %x", packed)
	}
	got, err := rollup.UnpackLengths(packed)
	if err != nil || !slices.Equal(got, lengths) {
		t.Fatalf("unpacked %v, %v", got, err)
	}
	if _, err := rollup.UnpackLengths(packed[:5]); !errors.Is(err, rollup.ErrBlobLayout) {
		t.Fatalf("5 bytes unpacked: %v", err)
	}
}

// blobRun is a run of blocks continuing the fixture's tip as a blob batch
// posts it.
type blobRun struct {
	headers []*core.Header
	txData  [][]byte
	lengths []uint32
	sidecar *types.BlobTxSidecar
}

// blobBlocks builds blocks over txData continuing the tip at queue cursor
// `cursor`, and their blobs' sidecar.
func (f *fixture) blobBlocks(txData [][]byte, cursor uint64) *blobRun {
	f.t.Helper()
	blobs, lengths, err := rollup.EncodeBlobs(txData)
	if err != nil {
		f.t.Fatal(err)
	}
	sc, err := simtest.BlobSidecar(blobs)
	if err != nil {
		f.t.Fatal(err)
	}
	run := &blobRun{txData: txData, lengths: lengths, sidecar: sc}
	now, parent := f.chain.Now(), f.tip
	for _, d := range txData {
		h := nextHeader(parent, now, d, cursor, nil)
		run.headers = append(run.headers, h)
		parent = h
	}
	return run
}

// submitBlobs posts headers and lengths in a transaction carrying sc's
// blobs; on success the headers become the tip.
func (f *fixture) submitBlobs(from *simtest.Account, headers []*core.Header, lengths []uint32, sc *types.BlobTxSidecar, value *big.Int) (*types.Receipt, error) {
	r, err := f.chain.SendBlobs(from, f.addr, rollup.SubmitBlobBatchCall(headers, lengths), value, sc)
	if err == nil {
		f.batches = append(f.batches, headers)
		f.tip = headers[len(headers)-1]
	}
	return r, err
}

// TestBlobBatchIsStoredAndAnnounced: a batch of nine blocks over two
// blobs is accepted; its record keeps the data root over the transaction's
// versioned hashes and the lengths (as DataRoot computes it), and its
// events say what a verifier needs without the calldata: BatchSubmitted as
// for any batch, then BlobBatchSubmitted with the versioned hashes and the
// lengths. The calldata decodes to the headers and lengths, the blobs to
// the tx data, and a calldata batch continues the chain with no data root.
func TestBlobBatchIsStoredAndAnnounced(t *testing.T) {
	f := newFixture(t)
	if _, err := f.depositETH(f.alice, f.bob.Address, minDeposit); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(5, 6))
	var data [][]byte
	for i := range 9 {
		n := core.MaxTxDataBytes
		if i == 2 {
			n = 0
		}
		data = append(data, randBytes(r, n))
	}
	run := f.blobBlocks(data, 0)
	for i := 3; i < len(run.headers); i++ { // the fourth block applies the deposit
		run.headers[i].QueueCursor = 1
		run.headers[i].ParentHash = run.headers[i-1].Hash()
	}
	receipt, err := f.submitBlobs(f.seq, run.headers, run.lengths, run.sidecar, bondAmount)
	if err != nil {
		t.Fatal(err)
	}
	hashes := run.sidecar.BlobHashes()
	if len(hashes) != 2 {
		t.Fatalf("%d blobs, want 2", len(hashes))
	}
	batch := simtest.MustCall(f.chain, f.addr, f.r.PackGetBatch(big1(0)), f.r.UnpackGetBatch)
	if common.Hash(batch.DataRoot) != rollup.DataRoot(hashes, run.lengths) || batch.DataRoot == ([32]byte{}) {
		t.Fatalf("data root %x, want %x", batch.DataRoot, rollup.DataRoot(hashes, run.lengths))
	}
	last := run.headers[len(run.headers)-1]
	if common.Hash(batch.BlocksRoot) != rollup.BlocksRoot(run.headers) || common.Hash(batch.LastBlockHash) != last.Hash() ||
		batch.FirstBlock != 1 || batch.LastBlock != 9 || batch.QueueCursor != 1 || !batch.BondHeld || batch.Submitter != f.seq.Address {
		t.Fatalf("stored batch %+v does not match the posted blocks", batch)
	}

	logs := f.logsOf(receipt)
	if len(logs) != 2 {
		t.Fatalf("%d logs, want 2", len(logs))
	}
	ev, err := f.r.UnpackBatchSubmittedEvent(logs[0])
	if err != nil || common.Hash(ev.BlocksRoot) != rollup.BlocksRoot(run.headers) || ev.LastBlock != 9 {
		t.Fatalf("BatchSubmitted %+v (%v)", ev, err)
	}
	bev, err := f.r.UnpackBlobBatchSubmittedEvent(logs[1])
	if err != nil {
		t.Fatal(err)
	}
	index, evHashes, evLengths, err := rollup.BlobBatch(bev)
	if err != nil || index != 0 || !slices.Equal(evHashes, hashes) || !slices.Equal(evLengths, run.lengths) {
		t.Fatalf("BlobBatchSubmitted: batch %d, hashes %v, lengths %v (%v)", index, evHashes, evLengths, err)
	}

	// A verifier's view: the transaction's input and its blobs.
	tx, _, err := f.chain.Client.TransactionByHash(bgCtx(), receipt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(tx.BlobHashes(), hashes) {
		t.Fatal("the transaction's blob hashes are not the event's")
	}
	headers, lengths, err := rollup.DecodeBlobBatch(tx.Data())
	if err != nil || !slices.Equal(lengths, run.lengths) || rollup.BlocksRoot(headers) != common.Hash(ev.BlocksRoot) {
		t.Fatalf("decoded calldata: %d headers, lengths %v (%v)", len(headers), lengths, err)
	}
	if _, err := rollup.DecodeBatch(tx.Data()); !errors.Is(err, rollup.ErrNotSubmitBatch) {
		t.Fatalf("DecodeBatch of a blob batch: %v", err)
	}
	if _, _, err := rollup.DecodeBlobBatch(f.r.PackSubmitBatch(nil)); !errors.Is(err, rollup.ErrNotSubmitBlobBatch) {
		t.Fatalf("DecodeBlobBatch of a calldata batch: %v", err)
	}
	got, err := rollup.DecodeBlobs(run.sidecar.Blobs, evLengths)
	if err != nil {
		t.Fatal(err)
	}
	for i := range data {
		if crypto.Keccak256Hash(got[i]) != headers[i].TxDataHash {
			t.Fatalf("block %d's blob bytes do not hash to its txDataHash", i)
		}
	}

	// A calldata batch goes on from the blob batch, without a data root.
	f.mustSubmit(f.seq, f.emptyBlocks(2, 1))
	batch = simtest.MustCall(f.chain, f.addr, f.r.PackGetBatch(big1(1)), f.r.UnpackGetBatch)
	if batch.DataRoot != ([32]byte{}) || batch.FirstBlock != 10 {
		t.Fatalf("calldata batch after the blob batch: %+v", batch)
	}
}

// TestBlobBatchRefusals: a blob batch is refused for what refuses a
// calldata batch (the header chain, the bond, who may post), for lengths
// that do not match its blocks or exceed MAX_TX_DATA_BYTES, for a block
// placed past the end of its blobs, and without blobs; lengths that fill
// the blob exactly are accepted.
func TestBlobBatchRefusals(t *testing.T) {
	f := newFixture(t)
	f.mustSubmit(f.seq, f.emptyBlocks(1, 0))
	blobs, _, err := rollup.EncodeBlobs([][]byte{{1}})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := simtest.BlobSidecar(blobs)
	if err != nil {
		t.Fatal(err)
	}
	// Headers whose tx data lengths are `lengths` (their hashes do not
	// matter to the Rollup).
	headers := func(lengths []uint32) []*core.Header {
		var hs []*core.Header
		parent := f.tip
		for range lengths {
			h := nextHeader(parent, f.chain.Now(), nil, parent.QueueCursor, nil)
			hs, parent = append(hs, h), h
		}
		return hs
	}
	full := slices.Repeat([]uint32{16384}, 7)
	try := func(from *simtest.Account, hs []*core.Header, lengths []uint32, value *big.Int) error {
		_, err := f.chain.SendBlobs(from, f.addr, rollup.SubmitBlobBatchCall(hs, lengths), value, sc)
		return err
	}

	err = try(f.seq, nil, nil, bondAmount)
	wantRevert(t, err, "EmptyBatch")
	err = try(f.seq, headers([]uint32{1, 2}), []uint32{1}, bondAmount)
	wantRevert(t, err, "LengthsMismatch", big.NewInt(2), big.NewInt(1))
	hs := headers([]uint32{1, 16385})
	err = try(f.seq, hs, []uint32{1, 16385}, bondAmount)
	wantRevert(t, err, "TxDataTooLarge", hs[1].Number, big.NewInt(16385))
	over := append(slices.Clone(full), 12289) // one byte past the blob
	hs = headers(over)
	err = try(f.seq, hs, over, bondAmount)
	wantRevert(t, err, "BlockOutsideBlobs", hs[7].Number, big.NewInt(126977), big.NewInt(126976))
	hs = headers([]uint32{1})
	err = try(f.seq, hs, []uint32{1}, big.NewInt(1))
	wantRevert(t, err, "WrongBond", big.NewInt(1), bondAmount)
	err = try(f.carol, hs, []uint32{1}, bondAmount)
	wantRevert(t, err, "NotSequencer", f.carol.Address)
	wrong := *hs[0]
	wrong.ParentHash = common.Hash{1}
	err = try(f.seq, []*core.Header{&wrong}, []uint32{1}, bondAmount)
	wantRevert(t, err, "WrongParentHash", wrong.Number, f.tip.Hash(), wrong.ParentHash)
	wrong = *hs[0]
	wrong.QueueCursor = 1
	err = try(f.seq, []*core.Header{&wrong}, []uint32{1}, bondAmount)
	wantRevert(t, err, "QueueCursorBeyondQueue", wrong.Number, uint64(1), big.NewInt(0))
	wrong = *hs[0]
	wrong.Timestamp = f.chain.Now() + 3600
	err = try(f.seq, []*core.Header{&wrong}, []uint32{1}, bondAmount)
	data, ok := simtest.RevertData(err)
	if id := rollupABI.GetABI().Errors["TimestampInFuture"].ID; !ok || len(data) < 4 || !bytes.Equal(data[:4], id[:4]) {
		t.Fatalf("future timestamp: got %v, want TimestampInFuture", err)
	}
	// Without blobs.
	_, err = f.send(f.seq, rollup.SubmitBlobBatchCall(hs, []uint32{1}), bondAmount)
	wantRevert(t, err, "NoBlobs")

	// The blob filled exactly.
	exact := append(slices.Clone(full), 126976-7*16384)
	if _, err := f.submitBlobs(f.seq, headers(exact), exact, sc, bondAmount); err != nil {
		t.Fatalf("lengths filling the blob exactly: %v", err)
	}
}

// TestBlobBatchesFollowTheForcedInclusionRule: on blob batches as on
// calldata batches, a sequencer's batch that leaves an expired queue item
// out is refused, anyone with a bond may post once the item is past the
// inclusion window and their batch that applies it is accepted, and no one
// but the sequencer may post inside the window.
func TestBlobBatchesFollowTheForcedInclusionRule(t *testing.T) {
	f := newFixture(t)
	f.mustSubmit(f.seq, f.emptyBlocks(1, 0))
	blobs, lengths, err := rollup.EncodeBlobs([][]byte{nil})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := simtest.BlobSidecar(blobs)
	if err != nil {
		t.Fatal(err)
	}
	one := func(cursor uint64) []*core.Header {
		return []*core.Header{nextHeader(f.tip, f.chain.Now(), nil, cursor, nil)}
	}
	_, err = f.submitBlobs(f.carol, one(0), lengths, sc, bondAmount)
	wantRevert(t, err, "NotSequencer", f.carol.Address)

	r := f.mustSend(f.alice, f.r.PackRequestWithdrawal(f.alice.Address, common.Address{}, ether), nil)
	index := f.queueLength() - 1
	f.advanceTo(r, inclusionWindow+1)
	censor := one(f.tip.QueueCursor)
	for _, from := range []*simtest.Account{f.seq, f.carol} {
		_, err = f.submitBlobs(from, censor, lengths, sc, bondAmount)
		wantRevert(t, err, "ForcedInclusionSkipped", censor[0].Number, index)
	}
	if _, err := f.submitBlobs(f.carol, one(index+1), lengths, sc, bondAmount); err != nil {
		t.Fatalf("the self-sequencer's blob batch with the expired item: %v", err)
	}
	if c := simtest.MustCall(f.chain, f.addr, f.r.PackQueueCursor(), f.r.UnpackQueueCursor); c != index+1 {
		t.Fatalf("queue cursor %d, want %d", c, index+1)
	}
	_, err = f.submitBlobs(f.carol, one(index+1), lengths, sc, bondAmount)
	wantRevert(t, err, "NotSequencer", f.carol.Address)
}
