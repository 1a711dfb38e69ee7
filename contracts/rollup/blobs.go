package rollup

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
)

// The layout of a blob batch (docs/spec.md section 17).
const (
	// BlobElements is the number of field elements in a blob (EIP-4844).
	BlobElements = params.BlobTxFieldElementsPerBlob
	// BlobElementBytes is the payload of one field element: its bytes 1 to
	// 31 (byte 0 is zero, which keeps the element below the field modulus).
	BlobElementBytes = 31
	// BlobPayloadBytes is the payload of one blob: 4096 × 31 = 126,976 bytes.
	BlobPayloadBytes = BlobElements * BlobElementBytes
	// MaxBlobsPerBatch is the most blobs a blob batch may carry
	// (Rollup.MAX_BLOBS_PER_BATCH): what one transaction may carry since
	// Osaka (EIP-7594).
	MaxBlobsPerBatch = params.BlobTxMaxBlobs
	// MaxBlobBatchBytes is the most tx data a blob batch holds.
	MaxBlobBatchBytes = MaxBlobsPerBatch * BlobPayloadBytes
	// OpeningSize is the size of one field element's opening as
	// openBlobChallenge takes it: the element's 32 bytes ‖ the 48-byte KZG
	// proof of its value at its point.
	OpeningSize = 32 + 48
	// OpeningsPerTx is how many openings OpenBlobChallengeCalls puts in one
	// transaction: about 13.6M gas (each opening is 50,000 gas of the
	// point-evaluation precompile and about 3,000 more), under the EIP-7825
	// cap of 2^24 with room for a gas estimate's margin, and 20 KiB of
	// calldata.
	OpeningsPerTx = 256
	// FraudTxDataNotInBlobs is FraudVerifier.Fraud.TxDataNotInBlobs, the
	// fraud kind of a FraudProven event whose block's tx data was not the
	// bytes its blobs hold at its place.
	FraudTxDataNotInBlobs uint8 = 7
)

var (
	// ErrBlobLayout is returned for blobs and lengths that no blob batch
	// the Rollup accepts can have: no blob, more than MaxBlobsPerBatch, a
	// length over core.MaxTxDataBytes, or lengths that end past the blobs.
	ErrBlobLayout = errors.New("rollup: blob batch layout")
	// ErrBlobElement is returned (inside a *BlobElementError) when a block's
	// tx data lies on a field element whose first byte is not zero: the
	// block has no tx data, and is fraudulent whatever its header says.
	ErrBlobElement = errors.New("rollup: a field element holding tx data has a non-zero first byte")
	// ErrNotSubmitBlobBatch is returned by DecodeBlobBatch for calldata that
	// is not a well-formed submitBlobBatch call.
	ErrNotSubmitBlobBatch = errors.New("rollup: not a submitBlobBatch call")
)

// BlobElementError names the first block of a blob batch whose tx data lies
// on a field element with a non-zero first byte: element Element of blob
// Blob.
type BlobElementError struct {
	Block   int // index of the block in the batch
	Blob    int
	Element int
}

func (e *BlobElementError) Error() string {
	return fmt.Sprintf("%v: block %d of the batch, blob %d, element %d", ErrBlobElement, e.Block, e.Blob, e.Element)
}

func (e *BlobElementError) Unwrap() error { return ErrBlobElement }

// BlobsFor returns how many blobs `payload` bytes of tx data need.
func BlobsFor(payload int) int {
	return (payload + BlobPayloadBytes - 1) / BlobPayloadBytes
}

// EncodeBlobs lays the tx data of a run of blocks (in block order) over
// blobs as a blob batch carries them: back to back, 31 bytes in each field
// element after a zero byte, as few blobs as hold them (at least one);
// unused bytes are zero. It returns the blobs and each block's length, the
// arguments of submitBlobBatch (SubmitBlobBatchCall) and of its
// transaction. A block's tx data over core.MaxTxDataBytes, or more than
// MaxBlobBatchBytes in all, is ErrBlobLayout.
func EncodeBlobs(txData [][]byte) ([]kzg4844.Blob, []uint32, error) {
	lengths := make([]uint32, len(txData))
	total := 0
	for i, d := range txData {
		if len(d) > core.MaxTxDataBytes {
			return nil, nil, fmt.Errorf("%w: block %d's tx data is %d bytes, over %d", ErrBlobLayout, i, len(d), core.MaxTxDataBytes)
		}
		lengths[i] = uint32(len(d))
		total += len(d)
	}
	if total > MaxBlobBatchBytes {
		return nil, nil, fmt.Errorf("%w: %d bytes of tx data, over the %d of %d blobs", ErrBlobLayout, total, MaxBlobBatchBytes, MaxBlobsPerBatch)
	}
	blobs := make([]kzg4844.Blob, max(1, BlobsFor(total)))
	pos := 0
	for _, d := range txData {
		for len(d) > 0 {
			b, e, o := payloadAt(pos)
			n := copy(blobs[b][e*32+1+o:e*32+32], d)
			d = d[n:]
			pos += n
		}
	}
	return blobs, lengths, nil
}

// payloadAt returns where payload byte i lies: blob, element in the blob,
// and byte of the element's payload (0..30; the element's byte 1 + that).
func payloadAt(i int) (blob, element, off int) {
	blob, rest := i/BlobPayloadBytes, i%BlobPayloadBytes
	return blob, rest / BlobElementBytes, rest % BlobElementBytes
}

// checkLayout checks what the Rollup checks of a blob batch's layout.
func checkLayout(nblobs int, lengths []uint32) error {
	if nblobs == 0 || nblobs > MaxBlobsPerBatch {
		return fmt.Errorf("%w: %d blobs, want 1 to %d", ErrBlobLayout, nblobs, MaxBlobsPerBatch)
	}
	end, capacity := uint64(0), uint64(nblobs)*BlobPayloadBytes
	for i, l := range lengths {
		if l > core.MaxTxDataBytes {
			return fmt.Errorf("%w: block %d's tx data is %d bytes, over %d", ErrBlobLayout, i, l, core.MaxTxDataBytes)
		}
		end += uint64(l)
		if end > capacity {
			return fmt.Errorf("%w: block %d's tx data ends at byte %d, past the %d bytes of %d blobs", ErrBlobLayout, i, end, capacity, nblobs)
		}
	}
	return nil
}

// DecodeBlobs returns each block's tx data from a blob batch's blobs (in
// the order of its versioned hashes) and lengths (in block order), as
// spec section 17 defines it. Blobs and lengths that the Rollup never
// accepts together are ErrBlobLayout. A block whose tx data lies on a
// field element with a non-zero first byte has no tx data: DecodeBlobs
// then returns the tx data of the blocks before it and a
// *BlobElementError naming it (the block is fraudulent, and proven so by a
// blob challenge, StartBlobChallengeCall). Bytes outside every block's
// place are not read.
//
// The caller checks each block's tx data against its header's txDataHash:
// the Rollup does not (it cannot see the blobs), and a block whose bytes
// do not hash to it is fraudulent in the same way.
func DecodeBlobs(blobs []kzg4844.Blob, lengths []uint32) ([][]byte, error) {
	if err := checkLayout(len(blobs), lengths); err != nil {
		return nil, err
	}
	out := make([][]byte, 0, len(lengths))
	pos := 0
	for k, l := range lengths {
		d := make([]byte, 0, l)
		for end := pos + int(l); pos < end; {
			b, e, o := payloadAt(pos)
			elem := blobs[b][e*32 : e*32+32]
			if elem[0] != 0 {
				return out, &BlobElementError{Block: k, Blob: b, Element: e}
			}
			n := min(end-pos, BlobElementBytes-o)
			d = append(d, elem[1+o:1+o+n]...)
			pos += n
		}
		out = append(out, d)
	}
	return out, nil
}

// BlobPlace is where block K of a blob batch lies in the batch's blobs
// (FraudVerifier.BlobPlace): its tx data is the payload bytes
// [Offset, Offset+Length) of the batch, that is bytes [Skip, Skip+Length)
// of the payloads of field elements [First, End), counted over the blobs
// in order (element e is element e mod 4096 of blob e / 4096). With
// Length zero, First = End and the block opens nothing.
type BlobPlace struct {
	K              int
	Offset, Length int
	First, End     int
	Skip           int
}

// Blobs returns the indices of the blobs the place's elements lie in: one,
// or two in a row (a block's tx data is shorter than a blob's payload).
func (p BlobPlace) Blobs() []int {
	if p.First == p.End {
		return nil
	}
	a, b := p.First/BlobElements, (p.End-1)/BlobElements
	if a == b {
		return []int{a}
	}
	return []int{a, b}
}

// Place returns where block k of a blob batch with the given lengths lies.
func Place(lengths []uint32, k int) (BlobPlace, error) {
	if k < 0 || k >= len(lengths) {
		return BlobPlace{}, fmt.Errorf("%w: block %d of a batch of %d", ErrBlobLayout, k, len(lengths))
	}
	p := BlobPlace{K: k, Length: int(lengths[k])}
	for _, l := range lengths[:k] {
		p.Offset += int(l)
	}
	p.First, p.Skip = p.Offset/BlobElementBytes, p.Offset%BlobElementBytes
	p.End = p.First
	if p.Length > 0 {
		p.End = (p.Offset+p.Length-1)/BlobElementBytes + 1
	}
	return p, nil
}

// PackLengths packs lengths as the Rollup hashes them and a blob challenge
// carries them: 4-byte big-endian integers back to back.
func PackLengths(lengths []uint32) []byte {
	out := make([]byte, 4*len(lengths))
	for i, l := range lengths {
		binary.BigEndian.PutUint32(out[4*i:], l)
	}
	return out
}

// UnpackLengths is the inverse of PackLengths; a length not a multiple of
// 4 is ErrBlobLayout.
func UnpackLengths(b []byte) ([]uint32, error) {
	if len(b)%4 != 0 {
		return nil, fmt.Errorf("%w: %d bytes of packed lengths", ErrBlobLayout, len(b))
	}
	out := make([]uint32, len(b)/4)
	for i := range out {
		out[i] = binary.BigEndian.Uint32(b[4*i:])
	}
	return out, nil
}

// DataRoot is the commitment a blob batch's record keeps (Batch.dataRoot):
// keccak256(blobHash_0 ‖ … ‖ blobHash_{n−1} ‖ keccak256(PackLengths(lengths))).
func DataRoot(blobHashes []common.Hash, lengths []uint32) common.Hash {
	buf := make([]byte, 0, 32*(len(blobHashes)+1))
	for _, h := range blobHashes {
		buf = append(buf, h[:]...)
	}
	buf = append(buf, crypto.Keccak256(PackLengths(lengths))...)
	return crypto.Keccak256Hash(buf)
}

// BlobHashes returns the KZG commitments of blobs and their versioned hashes
// (what BLOBHASH gives the Rollup for a transaction carrying them).
func BlobHashes(blobs []kzg4844.Blob) ([]common.Hash, []kzg4844.Commitment, error) {
	hashes := make([]common.Hash, len(blobs))
	commitments := make([]kzg4844.Commitment, len(blobs))
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return nil, nil, fmt.Errorf("rollup: commitment of blob %d: %w", i, err)
		}
		commitments[i] = c
		hashes[i] = kzg4844.CalcBlobHashV1(sha256.New(), &c)
	}
	return hashes, commitments, nil
}

// blsModulus is r, the order of the BLS12-381 scalar field (EIP-4844's
// BLS_MODULUS); omega is the primitive 4096th root of unity
// 7^((r−1)/4096) mod r.
var (
	blsModulus, _ = new(big.Int).SetString("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16)
	omega         = new(big.Int).Exp(big.NewInt(7), new(big.Int).Div(new(big.Int).Sub(blsModulus, big.NewInt(1)), big.NewInt(BlobElements)), blsModulus)
)

// EvaluationPoint returns the point at which field element j (0 ≤ j <
// 4096) of a blob is the blob polynomial's value: ω^brp(j), brp the 12-bit
// bit reversal (EIP-4844's bit-reversed roots of unity, as go-ethereum's
// kzg4844 and the point-evaluation precompile use them).
func EvaluationPoint(j int) kzg4844.Point {
	var rev int64
	for b := 0; b < 12; b++ {
		if j&(1<<b) != 0 {
			rev |= 1 << (11 - b)
		}
	}
	var p kzg4844.Point
	new(big.Int).Exp(omega, big.NewInt(rev), blsModulus).FillBytes(p[:])
	return p
}

// Opening is one field element opened against its blob's commitment: its
// 32 bytes (the polynomial's value at the element's point) and the KZG
// proof of that value, what the point-evaluation precompile checks.
type Opening struct {
	Element [32]byte
	Proof   kzg4844.Proof
}

// BlockOpening is what a blob challenge of one block opens: the block's
// place, the commitments of the blobs it lies in (Place.Blobs, in order),
// and the openings of its elements, First to End−1.
type BlockOpening struct {
	Place       BlobPlace
	Commitments []kzg4844.Commitment
	Openings    []Opening
}

// OpenBlock computes the openings of block k's field elements from its
// batch's blobs and lengths (one KZG proof per element, computed on every
// CPU: about a tenth of a second of CPU each, 529 or 530 for a block at
// core.MaxTxDataBytes). Each proof's value is checked against the blob.
func OpenBlock(ctx context.Context, blobs []kzg4844.Blob, lengths []uint32, k int) (*BlockOpening, error) {
	if err := checkLayout(len(blobs), lengths); err != nil {
		return nil, err
	}
	p, err := Place(lengths, k)
	if err != nil {
		return nil, err
	}
	o := &BlockOpening{Place: p, Openings: make([]Opening, p.End-p.First)}
	for _, b := range p.Blobs() {
		c, err := kzg4844.BlobToCommitment(&blobs[b])
		if err != nil {
			return nil, fmt.Errorf("rollup: commitment of blob %d: %w", b, err)
		}
		o.Commitments = append(o.Commitments, c)
	}
	work := make(chan int)
	errs := make([]error, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for w := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				if errs[w] != nil {
					continue
				}
				e := p.First + i
				blob, j := &blobs[e/BlobElements], e%BlobElements
				proof, claim, err := kzg4844.ComputeProof(blob, EvaluationPoint(j))
				switch {
				case err != nil:
					errs[w] = fmt.Errorf("rollup: opening element %d of blob %d: %w", j, e/BlobElements, err)
				case !bytes.Equal(claim[:], blob[j*32:j*32+32]):
					errs[w] = fmt.Errorf("rollup: opening element %d of blob %d gave another value", j, e/BlobElements)
				default:
					o.Openings[i] = Opening{Element: claim, Proof: proof}
				}
			}
		}()
	}
feed:
	for i := range o.Openings {
		select {
		case work <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(work)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return o, nil
}

// Elements returns the opened elements back to back, 32 bytes each: the
// argument of finishBlobChallenge.
func (o *BlockOpening) Elements() []byte {
	out := make([]byte, 0, 32*len(o.Openings))
	for i := range o.Openings {
		out = append(out, o.Openings[i].Element[:]...)
	}
	return out
}

// TxData returns the block's tx data as the opened elements hold it, and
// false if an element's first byte is not zero (then the block has none).
func (o *BlockOpening) TxData() ([]byte, bool) {
	payload := make([]byte, 0, BlobElementBytes*len(o.Openings))
	for i := range o.Openings {
		if o.Openings[i].Element[0] != 0 {
			return nil, false
		}
		payload = append(payload, o.Openings[i].Element[1:]...)
	}
	if o.Place.Length == 0 {
		return []byte{}, true
	}
	return payload[o.Place.Skip : o.Place.Skip+o.Place.Length], true
}

// SubmitBlobBatchArg converts headers to the headers argument of
// submitBlobBatch.
func SubmitBlobBatchArg(headers []*core.Header) []bindings.CodecHeader {
	out := make([]bindings.CodecHeader, len(headers))
	for i, h := range headers {
		out[i] = HeaderArg(h)
	}
	return out
}

// SubmitBlobBatchCall packs submitBlobBatch(headers, lengths): the call of a
// blob transaction carrying the blobs EncodeBlobs laid the blocks' tx data
// over (lengths are EncodeBlobs's), with value = the bond.
func SubmitBlobBatchCall(headers []*core.Header, lengths []uint32) []byte {
	return contract.PackSubmitBlobBatch(SubmitBlobBatchArg(headers), lengths)
}

// DecodeBlobBatch decodes the calldata of a submitBlobBatch call (the input
// of the transaction that emitted BatchSubmitted and BlobBatchSubmitted,
// when it called the Rollup directly) into its headers and lengths. A
// verifier checks the headers against the BatchSubmitted event's
// blocksRoot and takes the lengths and the blobs' versioned hashes from
// BlobBatchSubmitted (BlobBatch), which the Rollup emitted from what it
// checked and committed to.
func DecodeBlobBatch(calldata []byte) ([]*core.Header, []uint32, error) {
	m := contractABI.Methods["submitBlobBatch"]
	if len(calldata) < 4 || !bytes.Equal(calldata[:4], m.ID) {
		return nil, nil, ErrNotSubmitBlobBatch
	}
	vals, err := m.Inputs.Unpack(calldata[4:])
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrNotSubmitBlobBatch, err)
	}
	raw, ok := abi.ConvertType(vals[0], new([]bindings.CodecHeader)).(*[]bindings.CodecHeader)
	if !ok {
		return nil, nil, fmt.Errorf("%w: unexpected argument type %T", ErrNotSubmitBlobBatch, vals[0])
	}
	lengths, ok := vals[1].([]uint32)
	if !ok {
		return nil, nil, fmt.Errorf("%w: unexpected argument type %T", ErrNotSubmitBlobBatch, vals[1])
	}
	headers := make([]*core.Header, len(*raw))
	for i, h := range *raw {
		headers[i] = &core.Header{
			ParentHash: h.ParentHash, Number: h.Number, Timestamp: h.Timestamp,
			TxDataHash: h.TxDataHash, StateRoot: h.StateRoot, WithdrawalsRoot: h.WithdrawalsRoot,
			QueueCursor: h.QueueCursor, FeeRecipient: h.FeeRecipient,
		}
	}
	return headers, lengths, nil
}

// BlobBatch decodes a BlobBatchSubmitted event into its batch index, the
// versioned hashes of the batch's blobs (in order) and its blocks' tx data
// lengths (in block order), and checks them as the Rollup did.
func BlobBatch(ev *bindings.RollupBlobBatchSubmitted) (uint64, []common.Hash, []uint32, error) {
	if !ev.BatchIndex.IsUint64() {
		return 0, nil, nil, fmt.Errorf("%w: batch index %s", ErrBadEvent, ev.BatchIndex)
	}
	hashes := make([]common.Hash, len(ev.BlobHashes))
	for i, h := range ev.BlobHashes {
		if !kzg4844.IsValidVersionedHash(h[:]) {
			return 0, nil, nil, fmt.Errorf("%w: blob hash %x is not a version 1 hash", ErrBadEvent, h)
		}
		hashes[i] = h
	}
	if len(ev.Lengths) == 0 {
		return 0, nil, nil, fmt.Errorf("%w: a blob batch without blocks", ErrBadEvent)
	}
	if err := checkLayout(len(hashes), ev.Lengths); err != nil {
		return 0, nil, nil, fmt.Errorf("%w: %w", ErrBadEvent, err)
	}
	return ev.BatchIndex.Uint64(), hashes, ev.Lengths, nil
}

// StartBlobChallengeCall packs startBlobChallenge, the first transaction of
// a challenge that block headers[k] of blob batch `batch` is not the data
// its blobs hold at its place (spec section 17.3): headers are all the
// batch's blocks, blobHashes and lengths those the batch committed to.
func StartBlobChallengeCall(batch uint64, headers []*core.Header, k int, blobHashes []common.Hash, lengths []uint32, salt common.Hash) []byte {
	return contract.PackStartBlobChallenge(bindings.RollupBlobChallengeStart{
		BatchIndex: new(big.Int).SetUint64(batch), Header: headers[k].Encode(),
		BlockProof: Proof(BlockProof(headers, k)), BlobHashes: Proof(blobHashes),
		Lengths: PackLengths(lengths), Salt: salt,
	})
}

// OpenBlobChallengeCalls packs the openBlobChallenge transactions that
// open o's elements from element `next` on (counted over the batch's
// blobs, as blobChallengeProgress answers; o.Place.First for a session just
// started), at most perTx openings each (OpeningsPerTx if perTx ≤ 0).
func OpenBlobChallengeCalls(batch uint64, blockHash common.Hash, o *BlockOpening, next, perTx int) ([][]byte, error) {
	if next < o.Place.First || next > o.Place.End {
		return nil, fmt.Errorf("rollup: element %d is outside the block's elements %d..%d", next, o.Place.First, o.Place.End)
	}
	if perTx <= 0 {
		perTx = OpeningsPerTx
	}
	var commitments []byte
	for i := range o.Commitments {
		commitments = append(commitments, o.Commitments[i][:]...)
	}
	var calls [][]byte
	for i := next - o.Place.First; i < len(o.Openings); i += perTx {
		var openings []byte
		for _, op := range o.Openings[i:min(i+perTx, len(o.Openings))] {
			openings = append(append(openings, op.Element[:]...), op.Proof[:]...)
		}
		calls = append(calls, contract.PackOpenBlobChallenge(new(big.Int).SetUint64(batch), blockHash, commitments, openings))
	}
	return calls, nil
}

// FinishBlobChallengeCall packs finishBlobChallenge, the last transaction
// of a blob challenge, once every element of o is opened: the elements
// again, from which the Rollup reads the block's tx data and applies the
// verdict.
func FinishBlobChallengeCall(batch uint64, blockHash common.Hash, o *BlockOpening) []byte {
	return contract.PackFinishBlobChallenge(new(big.Int).SetUint64(batch), blockHash, o.Elements())
}
