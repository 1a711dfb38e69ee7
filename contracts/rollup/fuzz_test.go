package rollup_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

// FuzzDecodeBatch: a verifier decodes whatever calldata an L1 transaction
// carried. The decoder never panics, fails only with ErrNotSubmitBatch, and
// what it decodes packs back into calldata that decodes to the same blocks.
func FuzzDecodeBatch(f *testing.F) {
	packer := bindings.NewRollup()
	seed := func(blocks []rollup.Block) []byte {
		return packer.PackSubmitBatch(rollup.BatchArg(blocks))
	}
	h := core.Genesis()
	f.Add(seed(nil))
	f.Add(seed([]rollup.Block{{Header: h, TxData: []byte{1, 2, 3}}}))
	f.Add(seed([]rollup.Block{{Header: h}, {Header: &core.Header{Number: 2, FeeRecipient: common.Address{9}}, TxData: make([]byte, 100)}}))
	f.Add([]byte{0x01, 0x02})
	f.Fuzz(func(t *testing.T, calldata []byte) {
		blocks, err := rollup.DecodeBatch(calldata)
		if err != nil {
			if !errors.Is(err, rollup.ErrNotSubmitBatch) {
				t.Fatalf("error outside ErrNotSubmitBatch: %v", err)
			}
			return
		}
		again, err := rollup.DecodeBatch(seed(blocks))
		if err != nil {
			t.Fatalf("re-packed batch does not decode: %v", err)
		}
		if len(again) != len(blocks) {
			t.Fatalf("%d blocks, re-decoded %d", len(blocks), len(again))
		}
		for i := range blocks {
			if *again[i].Header != *blocks[i].Header || !reflect.DeepEqual(norm(again[i].TxData), norm(blocks[i].TxData)) {
				t.Fatalf("block %d changed through a re-pack", i)
			}
		}
	})
}

func norm(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}

// fuzzBlobs builds blobs and lengths from fuzz input: n blobs (0 to 7),
// filled with data once from byte 0 with every element's first byte zero,
// or, if spread is set, with data repeated over every byte; lengths are
// 4-byte integers taken modulo MaxTxDataBytes + 2 (one over the limit).
func fuzzBlobs(n uint8, spread bool, data, raw []byte) ([]kzg4844.Blob, []uint32) {
	blobs := make([]kzg4844.Blob, n%8)
	if len(data) > 0 {
		for i := range blobs {
			for j := range blobs[i] {
				pos := i*len(blobs[i]) + j
				switch {
				case spread:
					blobs[i][j] = data[pos%len(data)]
				case pos < len(data) && j%32 != 0:
					blobs[i][j] = data[pos]
				}
			}
		}
	}
	lengths := make([]uint32, len(raw)/4)
	for i := range lengths {
		lengths[i] = binary.BigEndian.Uint32(raw[4*i:]) % (core.MaxTxDataBytes + 2)
	}
	return blobs, lengths
}

// FuzzDecodeBlobs: a verifier decodes whatever blobs and lengths it is
// given. DecodeBlobs never panics; it refuses exactly the layouts the
// Rollup refuses (ErrBlobLayout); every block it returns is the payload
// bytes at the block's place, on elements whose first byte is zero; it
// stops exactly at the first block with a non-zero first byte under its
// bytes (*BlobElementError); and what it decodes encodes back into blobs
// that decode the same.
func FuzzDecodeBlobs(f *testing.F) {
	f.Add(uint8(1), false, []byte{0, 1, 2, 3, 4, 5}, []byte{0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 40})
	f.Add(uint8(1), true, []byte{1, 2, 3}, []byte{0, 0, 0, 3})
	f.Add(uint8(2), false, []byte{9}, []byte{0, 0, 0x40, 0, 0, 0, 0x40, 0, 0, 0, 0x40, 0, 0, 0, 0x40, 0, 0, 0, 0x40, 0, 0, 0, 0x40, 0, 0, 0, 0x40, 0, 0, 0, 0x40, 0})
	f.Add(uint8(0), false, []byte{}, []byte{})
	f.Add(uint8(7), false, []byte{}, []byte{0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, n uint8, spread bool, data, raw []byte) {
		blobs, lengths := fuzzBlobs(n, spread, data, raw)
		got, err := rollup.DecodeBlobs(blobs, lengths)
		// The Rollup's own checks, restated.
		layoutOK := len(blobs) >= 1 && len(blobs) <= rollup.MaxBlobsPerBatch
		total := 0
		for _, l := range lengths {
			total += int(l)
			layoutOK = layoutOK && l <= core.MaxTxDataBytes
		}
		layoutOK = layoutOK && total <= len(blobs)*rollup.BlobPayloadBytes
		if !layoutOK {
			if !errors.Is(err, rollup.ErrBlobLayout) {
				t.Fatalf("a layout the Rollup refuses: DecodeBlobs = %v", err)
			}
			return
		}
		var ee *rollup.BlobElementError
		if err != nil && !errors.As(err, &ee) {
			t.Fatalf("DecodeBlobs = %v", err)
		}
		offset := 0
		for k, l := range lengths {
			p, perr := rollup.Place(lengths, k)
			if perr != nil || p.Offset != offset {
				t.Fatalf("block %d placed at %+v (%v), want offset %d", k, p, perr, offset)
			}
			canonical := true
			var want []byte
			for i := offset; i < offset+int(l); i++ {
				b, rest := i/rollup.BlobPayloadBytes, i%rollup.BlobPayloadBytes
				e, o := rest/rollup.BlobElementBytes, rest%rollup.BlobElementBytes
				canonical = canonical && blobs[b][e*32] == 0
				want = append(want, blobs[b][e*32+1+o])
			}
			switch {
			case k < len(got):
				if !canonical || !bytes.Equal(got[k], want) {
					t.Fatalf("block %d decoded as %x, its place holds %x (canonical %v)", k, got[k], want, canonical)
				}
			case ee != nil && k == ee.Block:
				if canonical {
					t.Fatalf("block %d refused, but its elements are canonical", k)
				}
				return
			default:
				t.Fatalf("block %d neither decoded nor refused (%v)", k, err)
			}
			offset += int(l)
		}
		if err != nil {
			t.Fatalf("every block decoded, yet %v", err)
		}
		again, againLengths, err := rollup.EncodeBlobs(got)
		if err != nil {
			t.Fatalf("decoded blocks do not encode: %v", err)
		}
		redecoded, err := rollup.DecodeBlobs(again, againLengths)
		if err != nil || len(redecoded) != len(got) || !slices.Equal(againLengths, lengths) {
			t.Fatalf("re-encoded blocks decode to %d blocks (%v)", len(redecoded), err)
		}
		for k := range got {
			if !bytes.Equal(redecoded[k], got[k]) {
				t.Fatalf("block %d changed through a re-encoding", k)
			}
		}
	})
}

// FuzzDecodeBlobBatch: a verifier decodes whatever calldata a blob
// batch's transaction carried. The decoder never panics, fails only with
// ErrNotSubmitBlobBatch, and what it decodes packs back into calldata that
// decodes the same.
func FuzzDecodeBlobBatch(f *testing.F) {
	h := core.Genesis()
	f.Add(rollup.SubmitBlobBatchCall(nil, nil))
	f.Add(rollup.SubmitBlobBatchCall([]*core.Header{h}, []uint32{3}))
	f.Add(rollup.SubmitBlobBatchCall([]*core.Header{h, {Number: 2, FeeRecipient: common.Address{9}}}, []uint32{0, 16384}))
	f.Add([]byte{0x01, 0x02})
	f.Fuzz(func(t *testing.T, calldata []byte) {
		headers, lengths, err := rollup.DecodeBlobBatch(calldata)
		if err != nil {
			if !errors.Is(err, rollup.ErrNotSubmitBlobBatch) {
				t.Fatalf("error outside ErrNotSubmitBlobBatch: %v", err)
			}
			return
		}
		again, againLengths, err := rollup.DecodeBlobBatch(rollup.SubmitBlobBatchCall(headers, lengths))
		if err != nil {
			t.Fatalf("re-packed batch does not decode: %v", err)
		}
		if len(again) != len(headers) || !slices.Equal(againLengths, lengths) {
			t.Fatalf("%d headers and lengths %v, re-decoded %d and %v", len(headers), lengths, len(again), againLengths)
		}
		for i := range headers {
			if *again[i] != *headers[i] {
				t.Fatalf("header %d changed through a re-pack", i)
			}
		}
	})
}

// FuzzUnpackLengths: packed lengths unpack exactly when they are whole
// 4-byte integers, and pack back to the same bytes.
func FuzzUnpackLengths(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 0, 0x40, 0})
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		lengths, err := rollup.UnpackLengths(b)
		if len(b)%4 != 0 {
			if !errors.Is(err, rollup.ErrBlobLayout) {
				t.Fatalf("%d bytes unpacked: %v", len(b), err)
			}
			return
		}
		if err != nil || !bytes.Equal(rollup.PackLengths(lengths), b) {
			t.Fatalf("unpacked %v (%v), packs to another %x", lengths, err, b)
		}
	})
}

// FuzzBlobBatchEvent: a BlobBatchSubmitted event is taken only as the
// Rollup emits it: a batch index that fits 64 bits, version 1 blob hashes,
// at least one block, and lengths within the blobs; anything else is
// ErrBadEvent, never a panic.
func FuzzBlobBatchEvent(f *testing.F) {
	vh := append([]byte{0x01}, make([]byte, 31)...)
	f.Add([]byte{7}, vh, []byte{0, 0, 0, 5})
	f.Add([]byte{1, 0, 0, 0, 0, 0, 0, 0, 0}, vh, []byte{0, 0, 0, 5})
	f.Add([]byte{}, []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, index, hashes, raw []byte) {
		ev := &bindings.RollupBlobBatchSubmitted{BatchIndex: new(big.Int).SetBytes(index)}
		for i := 0; i+32 <= len(hashes); i += 32 {
			ev.BlobHashes = append(ev.BlobHashes, [32]byte(hashes[i:i+32]))
		}
		_, ev.Lengths = fuzzBlobs(0, false, nil, raw)
		batch, hs, lengths, err := rollup.BlobBatch(ev)
		valid := ev.BatchIndex.IsUint64() && len(ev.Lengths) > 0 && len(ev.BlobHashes) >= 1 && len(ev.BlobHashes) <= rollup.MaxBlobsPerBatch
		total := 0
		for _, h := range ev.BlobHashes {
			valid = valid && h[0] == 0x01
		}
		for _, l := range ev.Lengths {
			total += int(l)
			valid = valid && l <= core.MaxTxDataBytes
		}
		valid = valid && total <= len(ev.BlobHashes)*rollup.BlobPayloadBytes
		if !valid {
			if !errors.Is(err, rollup.ErrBadEvent) {
				t.Fatalf("an event the Rollup never emits: BlobBatch = %v", err)
			}
			return
		}
		if err != nil || batch != ev.BatchIndex.Uint64() || len(hs) != len(ev.BlobHashes) || !slices.Equal(lengths, ev.Lengths) {
			t.Fatalf("BlobBatch = %d, %v, %v, %v", batch, hs, lengths, err)
		}
	})
}
