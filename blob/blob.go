// Package blob keeps, serves and fetches the EIP-4844 blobs that blob
// batches carry (docs/spec.md section 17): a verifier needs their contents
// to derive the chain, and L1 keeps only their versioned hashes.
//
// # Model
//
// A blob is 131,072 bytes; L1 names it by its versioned hash, 0x01 ‖ the
// last 31 bytes of sha256 of its KZG commitment. Consensus nodes keep blobs
// for about 18 days and serve them by slot through the beacon API
// (/eth/v1/beacon/blob_sidecars/{slot}, /eth/v1/beacon/blobs/{slot}); the
// slot of an L1 block follows from its timestamp, the beacon chain's
// genesis time and its seconds per slot.
//
//   - A Store keeps blobs in the node's Pebble database, under the key
//     prefix "b": every blob the node posted or derived, by versioned hash,
//     with the L1 block, time and index each was mined at. Nothing is ever
//     pruned from it: it is the archive other nodes resync from.
//   - A Handler serves a Backend (a Store, or the embedded development L1)
//     through the standard beacon API, so that any client of that API (a
//     Viaduct node's Fetcher, op-node) can fetch from it.
//   - A Fetcher fetches blobs from a beacon node (--l1-beacon) and any
//     number of archives (--blob-archive), in that order.
//
// # Guarantees
//
//   - No source is trusted. The Fetcher computes the KZG commitment of every
//     blob it receives and keeps it only if the commitment's versioned hash
//     is the one asked for; the commitment a source sends is used only to
//     tell which of its blobs to check. A source that lies, or has nothing,
//     is passed over for the next one: it can delay a verifier, never feed
//     it other data.
//   - When no source has a blob, Fetch fails with an *UnavailableError
//     naming each versioned hash it lacks (errors.Is ErrUnavailable); the
//     caller derives nothing from the batch and asks again later.
//   - A Store holds only blobs whose commitments hash to their versioned
//     hashes (Put checks it); its writes survive a restart.
package blob

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// Size is the size of a blob in bytes.
const Size = len(kzg4844.Blob{})

// Ref is where the blobs of one blob transaction lie on L1.
type Ref struct {
	Block uint64      // the L1 block the transaction was mined in
	Hash  common.Hash // that block's hash
	Time  uint64      // its timestamp, which gives its slot
	// Index is the index of the transaction's first blob among all the
	// blobs of its block: the beacon API numbers a block's blobs across
	// its transactions, in transaction order.
	Index uint64
}

// ErrNotInBlock is returned by Locate for a transaction its block does not
// hold.
var ErrNotInBlock = errors.New("blob: the transaction is not in the block")

// Locate finds transaction tx in L1 block b and returns it and the Ref of
// its blobs (a transaction without blobs has a Ref too, which names no
// blob).
func Locate(b *types.Block, tx common.Hash) (Ref, *types.Transaction, error) {
	ref := Ref{Block: b.NumberU64(), Hash: b.Hash(), Time: b.Time()}
	for _, t := range b.Transactions() {
		if t.Hash() == tx {
			return ref, t, nil
		}
		ref.Index += uint64(len(t.BlobHashes()))
	}
	return Ref{}, nil, fmt.Errorf("%w: %s in block %d (%s)", ErrNotInBlock, tx, b.NumberU64(), b.Hash())
}

// VersionedHash computes the commitment of a blob and its versioned hash:
// what checks a blob against the hash L1 holds (about 5 ms of CPU).
func VersionedHash(b *kzg4844.Blob) (common.Hash, kzg4844.Commitment, error) {
	c, err := kzg4844.BlobToCommitment(b)
	if err != nil {
		return common.Hash{}, kzg4844.Commitment{}, fmt.Errorf("blob: commitment: %w", err)
	}
	return hashOf(c), c, nil
}
