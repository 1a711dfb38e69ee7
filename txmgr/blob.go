package txmgr

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
)

// MaxBlobsPerTx is the most blobs one transaction may carry (EIP-7594's
// per-transaction limit since Osaka; go-ethereum's txpool refuses more).
const MaxBlobsPerTx = params.BlobTxMaxBlobs

// BuildSidecar computes the KZG commitments and proofs of blobs and returns
// the sidecar a blob transaction is sent with (its BlobHashes are the
// transaction's versioned hashes).
//
// version selects the proofs: types.BlobSidecarVersion1 carries a cell
// proof per cell (128 per blob, EIP-7594), which is what a node takes since
// Osaka (go-ethereum 1.17 takes nothing else); types.BlobSidecarVersion0
// carries one proof per blob, for an L1 before Osaka. Cell proofs cost
// about three times as much CPU (BenchmarkBuildSidecar).
func BuildSidecar(blobs []kzg4844.Blob, version byte) (*types.BlobTxSidecar, error) {
	if len(blobs) == 0 {
		return nil, errors.New("txmgr: a blob sidecar needs at least one blob")
	}
	if len(blobs) > MaxBlobsPerTx {
		return nil, fmt.Errorf("txmgr: %d blobs, at most %d fit one transaction", len(blobs), MaxBlobsPerTx)
	}
	if version != types.BlobSidecarVersion0 && version != types.BlobSidecarVersion1 {
		return nil, fmt.Errorf("txmgr: unknown blob sidecar version %d", version)
	}
	own := append([]kzg4844.Blob(nil), blobs...) // the caller may reuse its buffers
	commitments := make([]kzg4844.Commitment, len(own))
	proofs := make([][]kzg4844.Proof, len(own))
	errs := make([]error, len(own))
	// A blob's cell proofs take up to a second of one core: the blobs of a
	// sidecar are proven on every core, so that a batch of six waits for
	// about a third of the time one core would take.
	work := make(chan int, len(own))
	for i := range own {
		work <- i
	}
	close(work)
	var wg sync.WaitGroup
	for range min(len(own), runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				commitments[i], proofs[i], errs[i] = proveBlob(&own[i], i, version)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return types.NewBlobTxSidecar(version, own, commitments, slices.Concat(proofs...)), nil
}

// proveBlob computes blob i's commitment and its proofs of the version.
func proveBlob(blob *kzg4844.Blob, i int, version byte) (kzg4844.Commitment, []kzg4844.Proof, error) {
	c, err := kzg4844.BlobToCommitment(blob)
	if err != nil {
		return kzg4844.Commitment{}, nil, fmt.Errorf("txmgr: commitment of blob %d: %w", i, err)
	}
	if version == types.BlobSidecarVersion1 {
		ps, err := kzg4844.ComputeCellProofs(blob)
		if err != nil {
			return kzg4844.Commitment{}, nil, fmt.Errorf("txmgr: cell proofs of blob %d: %w", i, err)
		}
		return c, ps, nil
	}
	p, err := kzg4844.ComputeBlobProof(blob, c)
	if err != nil {
		return kzg4844.Commitment{}, nil, fmt.Errorf("txmgr: proof of blob %d: %w", i, err)
	}
	return c, []kzg4844.Proof{p}, nil
}
