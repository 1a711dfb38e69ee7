package blob

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// Archive is a Store as a Backend: the blobs a node posted or derived,
// served by the slots of the beacon clock it follows, so that another node
// can use it as a --blob-archive.
type Archive struct {
	Store *Store
	// ClockFunc returns the beacon clock the slots follow (a node's
	// --l1-beacon's, or one it makes up when it has none: Fetcher.Clock).
	ClockFunc func(ctx context.Context) (Clock, error)

	proofMu sync.Mutex // one KZG proof computed at a time: 60 ms of CPU each
}

// Clock implements Backend.
func (a *Archive) Clock(ctx context.Context) (Clock, error) { return a.ClockFunc(ctx) }

// Sidecars implements Backend: the blobs the store holds of the L1 blocks
// in slot id (only slots: an archive has no head). A blob's KZG proof is
// computed the first time a client asks for it, and kept.
func (a *Archive) Sidecars(ctx context.Context, id BlockID, keep func(uint64, common.Hash) bool, proofs bool) ([]Sidecar, bool, error) {
	if id.Named != "" {
		return nil, false, fmt.Errorf("%w: a blob archive serves slots, not %q", ErrBadRequest, id.Named)
	}
	clock, err := a.ClockFunc(ctx)
	if err != nil {
		return nil, false, err
	}
	from, to := clock.Span(id.Slot)
	placed, err := a.Store.Between(from, to)
	if err != nil {
		return nil, false, err
	}
	if len(placed) == 0 {
		return nil, false, fmt.Errorf("%w: this archive holds no blob of slot %d", ErrNoBlock, id.Slot)
	}
	var out []Sidecar
	seen := map[common.Hash]bool{}
	for _, p := range placed {
		// A slot holds one block; entries of another are what an L1 reorg
		// left behind, and a client checks every blob against its hash.
		if seen[p.Hash] || !keep(p.Index, p.Hash) {
			continue
		}
		seen[p.Hash] = true
		st, ok, err := a.Store.Get(p.Hash)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			return nil, false, fmt.Errorf("%w: indexed blob %s missing", ErrCorrupt, p.Hash)
		}
		sc := Sidecar{Index: p.Index, Hash: p.Hash, Blob: &st.Blob, Commitment: st.Commitment}
		if proofs {
			if sc.Proof, err = a.proof(ctx, st); err != nil {
				return nil, false, err
			}
		}
		out = append(out, sc)
	}
	return out, false, nil
}

func (a *Archive) proof(ctx context.Context, st *Stored) (kzg4844.Proof, error) {
	if st.Proof != nil {
		return *st.Proof, nil
	}
	a.proofMu.Lock()
	defer a.proofMu.Unlock()
	if err := ctx.Err(); err != nil {
		return kzg4844.Proof{}, err
	}
	// Another request may have computed it while this one waited.
	if again, ok, err := a.Store.Get(st.Hash); err == nil && ok && again.Proof != nil {
		return *again.Proof, nil
	}
	p, err := kzg4844.ComputeBlobProof(&st.Blob, st.Commitment)
	if err != nil {
		return kzg4844.Proof{}, fmt.Errorf("blob: proof of %s: %w", st.Hash, err)
	}
	if err := a.Store.SetProof(st.Hash, p); err != nil {
		return kzg4844.Proof{}, err
	}
	return p, nil
}
