package batcher

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
)

// blobsHandedKey names the chain metadata that holds the first L1 block
// that may hold a blob batch of the key whose sidecar OnMined has not
// received: every one mined below it was handed on.
const blobsHandedKey = "batcher/blobs-handed-from"

// recoverHanded hands OnMined the blob batches of the key mined at or
// after the mark and never handed on: those a process sent and did not see
// mined before it stopped (a crash between sending a batch and reaping it
// loses its sidecar, and a node that keeps only what OnMined gives would
// never serve the blobs to the verifiers that use it as their archive).
// Their sidecars are built again from the chain's blocks, which the
// batch's headers name, and kept only if they hash to the transaction's
// versioned hashes. It runs once a process, when nothing of the key is in
// flight (every batch an earlier process sent is mined or gone), and moves
// the mark to L1's head.
func (b *Batcher) recoverHanded(ctx context.Context) error {
	head, err := b.rollup.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("batcher: L1 head: %w", err)
	}
	from, ok, err := b.handedMark()
	if err != nil {
		return err
	}
	// Without a mark, no earlier process of this node sent a batch.
	for ok && from <= head.Number.Uint64() {
		// In spans that L1 providers' log queries take, the mark kept
		// after each.
		to := min(from+recoverSpan-1, head.Number.Uint64())
		if err := b.rehand(ctx, from, to); err != nil {
			return err
		}
		if err := b.setHandedMark(to + 1); err != nil {
			return err
		}
		from = to + 1
	}
	return b.setHandedMark(head.Number.Uint64() + 1)
}

// recoverSpan is the most L1 blocks one log query of recoverHanded spans.
const recoverSpan = 5_000

func (b *Batcher) handedMark() (uint64, bool, error) {
	m, err := b.chain.Meta(blobsHandedKey)
	if errors.Is(err, chain.ErrNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	if len(m) != 8 {
		return 0, false, fmt.Errorf("batcher: %s holds %d bytes", blobsHandedKey, len(m))
	}
	return binary.BigEndian.Uint64(m), true, nil
}

func (b *Batcher) setHandedMark(n uint64) error {
	return b.chain.SetMeta(blobsHandedKey, binary.BigEndian.AppendUint64(nil, n))
}

// rehand hands on the key's blob batches mined in L1 blocks from..to.
func (b *Batcher) rehand(ctx context.Context, from, to uint64) error {
	me := b.tx.Address()
	logs, err := b.rollup.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{b.rollup.Address},
		Topics: [][]common.Hash{{bindings.NewRollup().GetABI().Events["BatchSubmitted"].ID}, nil, {common.BytesToHash(me[:])}},
	})
	if err != nil {
		return fmt.Errorf("batcher: the key's batches in L1 blocks %d..%d: %w", from, to, err)
	}
	var seen []common.Hash
	for _, lg := range logs {
		if lg.Removed || slices.Contains(seen, lg.TxHash) {
			continue
		}
		seen = append(seen, lg.TxHash)
		tx, _, err := b.rollup.Client.TransactionByHash(ctx, lg.TxHash)
		if err != nil {
			return fmt.Errorf("batcher: batch transaction %s: %w", lg.TxHash, err)
		}
		if tx.Type() != types.BlobTxType {
			continue
		}
		r, err := b.rollup.Client.TransactionReceipt(ctx, lg.TxHash)
		if err != nil {
			return fmt.Errorf("batcher: receipt of %s: %w", lg.TxHash, err)
		}
		sc, err := b.rebuildSidecar(tx)
		if err != nil {
			// A batch of blocks the chain took back (a fraud proof), or
			// one whose blobs lied on purpose: nothing to serve from here.
			b.log.Warn("cannot rebuild the blobs of a batch posted before a restart; this node will not serve them", "tx", lg.TxHash, "l1Block", r.BlockNumber, "err", err)
			continue
		}
		b.log.Info("handing on the blobs of a batch mined while the batcher was not watching", "tx", lg.TxHash, "l1Block", r.BlockNumber, "blobs", len(sc.Blobs))
		b.cfg.OnMined(r, sc)
	}
	return nil
}

// errNotOurs is a blob batch whose blobs the chain's blocks do not give.
var errNotOurs = errors.New("batcher: the chain's blocks do not give the batch's blobs")

// rebuildSidecar builds the sidecar of blob batch tx from the chain's
// blocks: the blobs and their commitments (no proofs: a node's blob store
// computes them when asked).
func (b *Batcher) rebuildSidecar(tx *types.Transaction) (*types.BlobTxSidecar, error) {
	headers, lengths, err := rollup.DecodeBlobBatch(tx.Data())
	if err != nil {
		return nil, err
	}
	txData := make([][]byte, len(headers))
	for i, h := range headers {
		blk, err := b.chain.BlockByNumber(h.Number)
		if err != nil {
			return nil, fmt.Errorf("block %d: %w", h.Number, err)
		}
		if blk.Header.Hash() != h.Hash() {
			return nil, fmt.Errorf("%w: block %d is not the one posted", errNotOurs, h.Number)
		}
		txData[i] = blk.TxData
	}
	blobs, got, err := rollup.EncodeBlobs(txData)
	if err != nil {
		return nil, err
	}
	hashes := tx.BlobHashes()
	if !slices.Equal(got, lengths) || len(blobs) != len(hashes) {
		return nil, fmt.Errorf("%w: %d blobs and lengths %v, posted %d and %v", errNotOurs, len(blobs), got, len(hashes), lengths)
	}
	commitments := make([]kzg4844.Commitment, len(blobs))
	for i := range blobs {
		if commitments[i], err = kzg4844.BlobToCommitment(&blobs[i]); err != nil {
			return nil, err
		}
		if kzg4844.CalcBlobHashV1(sha256.New(), &commitments[i]) != hashes[i] {
			return nil, fmt.Errorf("%w: blob %d is not %s", errNotOurs, i, hashes[i])
		}
	}
	return types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, commitments, nil), nil
}
