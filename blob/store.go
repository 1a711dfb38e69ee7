package blob

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// Key prefixes under "b" (the chain owns "c", the state "s", the follower
// "l"):
//
//	bb ‖ versioned hash → blob ‖ commitment [‖ proof]
//	bi ‖ L1 time ‖ L1 number ‖ index → versioned hash ‖ L1 block hash
//
// A blob is kept once however many transactions carried it (a batch of
// empty blocks has the zero blob); the index has one entry per place it
// was mined at, ordered by time so that a slot is one range.
var (
	storeBlob  = []byte("bb")
	storeIndex = []byte("bi")
)

const (
	commitmentSize = len(kzg4844.Commitment{})
	proofSize      = len(kzg4844.Proof{})
	indexKeySize   = 2 + 8 + 8 + 8
)

var (
	// ErrMismatch is returned by Put for a blob whose commitment is not
	// its versioned hash's.
	ErrMismatch = errors.New("blob: commitment does not match the versioned hash")
	// ErrCorrupt is returned for a stored record that cannot be read.
	ErrCorrupt = errors.New("blob: corrupt store record")
)

// Store keeps blobs in a Pebble database (the node's), under its own key
// prefix. Safe for concurrent use.
type Store struct {
	db *pebble.DB
}

// NewStore returns the store kept in db.
func NewStore(db *pebble.DB) *Store { return &Store{db: db} }

// Put keeps the blobs of a blob transaction mined at ref: sidecar's blobs,
// whose versioned hashes are hashes (the transaction's, in order). Each
// commitment must hash to its versioned hash (ErrMismatch); the blob is
// taken to be its commitment's, so the sidecar must be one the caller
// built or checked (a Fetcher checks every blob it returns). A version 0
// sidecar's blob proofs are kept too; the Handler computes those it lacks
// when a client first asks. Putting the same blobs again changes nothing.
//
// The batcher puts the sidecar of every blob batch it sees mined, so that
// the node serves what it posted; derivation puts every blob it fetched.
func (s *Store) Put(ref Ref, sidecar *types.BlobTxSidecar, hashes []common.Hash) error {
	if len(sidecar.Blobs) != len(hashes) || len(sidecar.Commitments) != len(hashes) {
		return fmt.Errorf("blob: put %d blobs, %d commitments for %d versioned hashes", len(sidecar.Blobs), len(sidecar.Commitments), len(hashes))
	}
	withProofs := sidecar.Version == types.BlobSidecarVersion0 && len(sidecar.Proofs) == len(hashes)
	b := s.db.NewBatch()
	defer b.Close()
	for i, h := range hashes {
		if hashOf(sidecar.Commitments[i]) != h {
			return fmt.Errorf("%w: blob %d of the transaction at L1 block %d, %s", ErrMismatch, i, ref.Block, h)
		}
		key := append(slices.Clone(storeBlob), h[:]...)
		old, err := s.get(key)
		if err != nil {
			return err
		}
		// A record with a proof is never replaced by one without.
		if old == nil || (withProofs && len(old) == Size+commitmentSize) {
			val := make([]byte, 0, Size+commitmentSize+proofSize)
			val = append(append(val, sidecar.Blobs[i][:]...), sidecar.Commitments[i][:]...)
			if withProofs {
				val = append(val, sidecar.Proofs[i][:]...)
			}
			if err := b.Set(key, val, nil); err != nil {
				return err
			}
		}
		val := make([]byte, 0, 64)
		val = append(append(val, h[:]...), ref.Hash[:]...)
		if err := b.Set(indexKey(ref.Time, ref.Block, ref.Index+uint64(i)), val, nil); err != nil {
			return err
		}
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("blob: put the blobs of L1 block %d: %w", ref.Block, err)
	}
	return nil
}

// PutBlobs keeps blobs that the caller checked against their versioned
// hashes, with the commitments it computed (a Fetcher's).
func (s *Store) PutBlobs(ref Ref, blobs []kzg4844.Blob, commitments []kzg4844.Commitment, hashes []common.Hash) error {
	return s.Put(ref, types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, commitments, nil), hashes)
}

// Stored is a blob the store holds.
type Stored struct {
	Hash       common.Hash
	Blob       kzg4844.Blob
	Commitment kzg4844.Commitment
	Proof      *kzg4844.Proof // nil if not computed yet
}

// Get returns the blob with versioned hash h, and false if the store does
// not hold it.
func (s *Store) Get(h common.Hash) (*Stored, bool, error) {
	val, err := s.get(append(slices.Clone(storeBlob), h[:]...))
	if err != nil || val == nil {
		return nil, false, err
	}
	if len(val) != Size+commitmentSize && len(val) != Size+commitmentSize+proofSize {
		return nil, false, fmt.Errorf("%w: blob %s is %d bytes", ErrCorrupt, h, len(val))
	}
	st := &Stored{Hash: h}
	copy(st.Blob[:], val)
	copy(st.Commitment[:], val[Size:])
	if len(val) > Size+commitmentSize {
		var p kzg4844.Proof
		copy(p[:], val[Size+commitmentSize:])
		st.Proof = &p
	}
	return st, true, nil
}

// SetProof keeps the KZG proof of blob h, once computed.
func (s *Store) SetProof(h common.Hash, p kzg4844.Proof) error {
	st, ok, err := s.Get(h)
	if err != nil || !ok {
		return err
	}
	val := make([]byte, 0, Size+commitmentSize+proofSize)
	val = append(append(append(val, st.Blob[:]...), st.Commitment[:]...), p[:]...)
	return s.db.Set(append(slices.Clone(storeBlob), h[:]...), val, pebble.NoSync)
}

// Placed is one place a stored blob was mined at.
type Placed struct {
	Block     uint64
	BlockHash common.Hash
	Time      uint64
	Index     uint64 // among the blobs of its block
	Hash      common.Hash
}

// Between returns the places of the blobs mined in L1 blocks with a
// timestamp in [from, to), by time, block and index.
func (s *Store) Between(from, to uint64) ([]Placed, error) {
	if to <= from {
		return nil, nil
	}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: indexKey(from, 0, 0), UpperBound: indexKey(to, 0, 0)})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []Placed
	for it.First(); it.Valid(); it.Next() {
		k, v := it.Key(), it.Value()
		if len(k) != indexKeySize || len(v) != 64 {
			return nil, fmt.Errorf("%w: index entry %x", ErrCorrupt, k)
		}
		out = append(out, Placed{
			Time: binary.BigEndian.Uint64(k[2:]), Block: binary.BigEndian.Uint64(k[10:]), Index: binary.BigEndian.Uint64(k[18:]),
			Hash: common.BytesToHash(v[:32]), BlockHash: common.BytesToHash(v[32:]),
		})
	}
	return out, it.Error()
}

// Count returns how many blobs the store holds.
func (s *Store) Count() (int, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: storeBlob, UpperBound: []byte("bc")})
	if err != nil {
		return 0, err
	}
	defer it.Close()
	n := 0
	for it.First(); it.Valid(); it.Next() {
		n++
	}
	return n, it.Error()
}

func (s *Store) get(key []byte) ([]byte, error) {
	v, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("blob: read %x: %w", key[:min(len(key), 8)], err)
	}
	defer closer.Close()
	return bytes.Clone(v), nil
}

func indexKey(time, block, index uint64) []byte {
	k := make([]byte, 0, indexKeySize)
	k = append(k, storeIndex...)
	k = binary.BigEndian.AppendUint64(k, time)
	k = binary.BigEndian.AppendUint64(k, block)
	return binary.BigEndian.AppendUint64(k, index)
}

func hashOf(c kzg4844.Commitment) common.Hash {
	return kzg4844.CalcBlobHashV1(sha256.New(), &c)
}

// BlockReader reads an L1 block (an ethclient.Client does).
type BlockReader interface {
	BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error)
}

// PutMined keeps the blobs of a blob transaction the node sent and saw
// mined, given its receipt and sidecar: it reads the transaction's block
// for the block's time and the index of the transaction's first blob.
// The batcher's Config.OnMined is where a node calls it.
func (s *Store) PutMined(ctx context.Context, c BlockReader, r *types.Receipt, sidecar *types.BlobTxSidecar) error {
	b, err := c.BlockByHash(ctx, r.BlockHash)
	if err != nil {
		return fmt.Errorf("blob: L1 block %s of %s: %w", r.BlockHash, r.TxHash, err)
	}
	ref, tx, err := Locate(b, r.TxHash)
	if err != nil {
		return err
	}
	return s.Put(ref, sidecar, tx.BlobHashes())
}
