package derive

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/viaduct-l2/viaduct/blob"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/l1"
)

// BlobSource gives the blobs of a blob transaction, each checked against
// its versioned hash (a *blob.Fetcher); when no source has one it fails
// with an error that is errors.Is blob.ErrUnavailable.
type BlobSource interface {
	Fetch(ctx context.Context, ref blob.Ref, hashes []common.Hash) ([]kzg4844.Blob, error)
}

// ErrTxDataNotInBlobs flags a block of a blob batch whose tx data is not
// what the batch's blobs hold at its place (its bytes do not hash to its
// header's txDataHash, or lie on a field element whose first byte is not
// zero): the fraud a blob challenge proves (rollup.FraudTxDataNotInBlobs).
var ErrTxDataNotInBlobs = errors.New("derive: the block's tx data is not what its batch's blobs hold at its place")

// BlobBatch is what derivation read of a blob batch: where its blobs were
// mined, their versioned hashes and its blocks' tx data lengths (what the
// Rollup committed to as the batch's DataRoot), and the blobs.
type BlobBatch struct {
	Ref     blob.Ref
	Hashes  []common.Hash
	Lengths []uint32
	Blobs   []kzg4844.Blob
}

// DataRoot is the commitment the Rollup keeps in the batch's record.
func (bb *BlobBatch) DataRoot() common.Hash { return rollup.DataRoot(bb.Hashes, bb.Lengths) }

// posted is a posted block as derivation read it; bad is set for a block
// whose tx data its blob batch does not hold (ErrTxDataNotInBlobs).
type posted struct {
	rollup.Block
	bad error
}

// readBatch reads the blocks of batch b: from its transaction's calldata
// for a calldata batch, from its blobs for a blob batch.
func (s *Syncer) readBatch(ctx context.Context, b l1.BatchRecord) ([]posted, *BlobBatch, error) {
	blocks, err := s.Rollup.BatchData(ctx, b)
	if err == nil {
		out := make([]posted, len(blocks))
		for i := range blocks {
			out[i].Block = blocks[i]
		}
		return out, nil, nil
	}
	if !errors.Is(err, rollup.ErrNotSubmitBatch) {
		return nil, nil, err
	}
	return s.readBlobBatch(ctx, b)
}

// readBlobBatch reads blob batch b. The batch's transaction called the
// Rollup itself, so its calldata (headers and lengths) and its versioned
// hashes are what the Rollup checked and committed to; the headers are
// checked again against the batch's record, and each blob against its
// versioned hash (by the BlobSource). Every block is returned, its tx data
// read from its place in the blobs; one whose bytes are not its header's
// is marked bad.
func (s *Syncer) readBlobBatch(ctx context.Context, b l1.BatchRecord) ([]posted, *BlobBatch, error) {
	block, err := s.Rollup.Client.BlockByHash(ctx, b.L1Hash)
	if err != nil {
		return nil, nil, fmt.Errorf("derive: batch %d's L1 block %d (%s): %w", b.Index, b.L1Block, b.L1Hash, err)
	}
	ref, tx, err := blob.Locate(block, b.Tx)
	if err != nil {
		return nil, nil, fmt.Errorf("derive: batch %d: %w", b.Index, err)
	}
	if tx.To() == nil || *tx.To() != s.Rollup.Address {
		return nil, nil, fmt.Errorf("derive: batch %d's transaction %s did not call the Rollup itself: its blob batch cannot be read from it", b.Index, b.Tx)
	}
	headers, lengths, err := rollup.DecodeBlobBatch(tx.Data())
	if err != nil {
		return nil, nil, fmt.Errorf("derive: batch %d in %s: %w", b.Index, b.Tx, err)
	}
	if len(headers) == 0 || len(lengths) != len(headers) || rollup.BlocksRoot(headers) != b.BlocksRoot ||
		headers[0].Number != b.FirstBlock || headers[len(headers)-1].Number != b.LastBlock {
		return nil, nil, fmt.Errorf("derive: batch %d: the posted blocks do not match its record", b.Index)
	}
	bb := &BlobBatch{Ref: ref, Hashes: tx.BlobHashes(), Lengths: lengths}
	if s.Blobs == nil {
		return nil, nil, fmt.Errorf("derive: batch %d is a blob batch and this node has no blob source", b.Index)
	}
	if bb.Blobs, err = s.Blobs.Fetch(ctx, ref, bb.Hashes); err != nil {
		return nil, nil, fmt.Errorf("derive: batch %d: %w", b.Index, err)
	}
	data, err := rollup.DecodeBlobs(bb.Blobs, lengths)
	var elemErr *rollup.BlobElementError
	if err != nil && !errors.As(err, &elemErr) {
		// The Rollup checked the layout: this is not what it accepted.
		return nil, nil, fmt.Errorf("derive: batch %d: %w", b.Index, err)
	}
	out := make([]posted, len(headers))
	for i, h := range headers {
		out[i].Header = h
		switch {
		case i < len(data):
			out[i].TxData = data[i]
			if crypto.Keccak256Hash(data[i]) != h.TxDataHash {
				out[i].bad = fmt.Errorf("%w: its bytes hash to %s, its header says %s", ErrTxDataNotInBlobs, crypto.Keccak256Hash(data[i]), h.TxDataHash)
			}
		case i == len(data):
			out[i].bad = fmt.Errorf("%w: %w", ErrTxDataNotInBlobs, elemErr)
		default:
			out[i].bad = fmt.Errorf("%w: a block before it has none", ErrTxDataNotInBlobs)
		}
	}
	return out, bb, nil
}
