package devl1

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/viaduct-l2/viaduct/blob"
)

// blobKeeper keeps the blobs of the blob transactions the chain mines, as
// a consensus client does for its retention window, and serves them
// through the beacon API (beaconView): the sidecar of each blob
// transaction sent to the chain is kept from the moment it is sent, filed
// under the block that mines it (and under the next one that does, should
// a reorg put it back), and forgotten once another transaction took its
// nonce or its block is deep (reorgDepth).
type blobKeeper struct {
	// retention is how many of the newest blocks' blobs are kept (0: all):
	// a consensus client keeps them about 18 days.
	retention uint64
	log       *slog.Logger

	mu      sync.Mutex
	pending map[common.Hash]*sentBlobs  // by transaction hash, sent or mined
	blocks  map[common.Hash]*minedBlobs // by block hash
	seen    map[common.Hash]uint64      // blocks looked at, by hash: their numbers
	seq     uint64
}

// maxPending bounds the sidecars of transactions sent and not mined (a
// sender that gave up, a replacement never mined).
const maxPending = 1024

// reorgDepth is how deep a block must be before the sidecars of its
// transactions are no longer kept for a reorg that mines them again (the
// block's own copy stays, within the retention window).
const reorgDepth = 256

type sentBlobs struct {
	from    common.Address
	nonce   uint64
	sidecar *types.BlobTxSidecar
	seq     uint64
	mined   uint64 // the number of the last block that mined it (0: none)
}

type minedBlobs struct {
	number uint64
	blobs  []keptBlob // in index order
}

// keptBlob is one blob of a mined block; blob is nil for a transaction
// whose sidecar the chain never saw (sent some other way than its RPC).
type keptBlob struct {
	hash       common.Hash
	blob       *kzg4844.Blob
	commitment kzg4844.Commitment
	proof      *kzg4844.Proof // the blob's KZG proof, once known
}

func newBlobKeeper(retention uint64, log *slog.Logger) *blobKeeper {
	return &blobKeeper{retention: retention, log: log, pending: map[common.Hash]*sentBlobs{},
		blocks: map[common.Hash]*minedBlobs{}, seen: map[common.Hash]uint64{}}
}

var devSigner = types.LatestSignerForChainID(big.NewInt(ChainID))

// sent keeps the sidecar of a raw transaction about to be sent, if it is
// a blob transaction with one.
func (k *blobKeeper) sent(raw []byte) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil || tx.Type() != types.BlobTxType || tx.BlobTxSidecar() == nil {
		return // not one to keep; go-ethereum answers for it
	}
	from, err := types.Sender(devSigner, tx)
	if err != nil {
		return
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	k.seq++
	k.pending[tx.Hash()] = &sentBlobs{from: from, nonce: tx.Nonce(), sidecar: tx.BlobTxSidecar(), seq: k.seq}
	if k.unmined() > maxPending {
		var oldest common.Hash
		min := k.seq
		for h, p := range k.pending {
			if p.mined == 0 && p.seq < min {
				oldest, min = h, p.seq
			}
		}
		delete(k.pending, oldest)
	}
}

func (k *blobKeeper) unmined() int {
	n := 0
	for _, p := range k.pending {
		if p.mined == 0 {
			n++
		}
	}
	return n
}

// sealed files the sidecars of the blob transactions of the blocks sealed
// since it last looked (the head and its ancestors not seen yet), and
// forgets the blobs past the retention window.
func (k *blobKeeper) sealed(bc *core.BlockChain) {
	head := bc.CurrentBlock()
	var todo []*types.Block
	k.mu.Lock()
	for h, n := head.Hash(), head.Number.Uint64(); len(todo) < 128; n-- {
		if _, ok := k.seen[h]; ok {
			break
		}
		b := bc.GetBlock(h, n)
		if b == nil {
			break
		}
		todo = append(todo, b)
		if n == 0 {
			break
		}
		h = b.ParentHash()
	}
	for i := len(todo) - 1; i >= 0; i-- {
		k.file(todo[i])
	}
	top := head.Number.Uint64()
	for h, n := range k.seen {
		if n+reorgDepth < top {
			delete(k.seen, h)
		}
	}
	for h, p := range k.pending {
		if p.mined != 0 && p.mined+reorgDepth < top {
			delete(k.pending, h)
		}
	}
	if k.retention > 0 && top >= k.retention {
		for h, m := range k.blocks {
			if m.number <= top-k.retention {
				delete(k.blocks, h)
			}
		}
	}
	k.mu.Unlock()
}

// file files block b's blobs (k.mu held).
func (k *blobKeeper) file(b *types.Block) {
	k.seen[b.Hash()] = b.NumberU64()
	var m *minedBlobs
	for _, tx := range b.Transactions() {
		if tx.Type() != types.BlobTxType {
			continue
		}
		if m == nil {
			m = &minedBlobs{number: b.NumberU64()}
		}
		hashes := tx.BlobHashes()
		p := k.pending[tx.Hash()]
		if p == nil {
			k.log.Warn("a blob transaction was mined whose blobs this chain never saw: its beacon API lacks them", "tx", tx.Hash(), "block", b.NumberU64())
		}
		for i, h := range hashes {
			kb := keptBlob{hash: h}
			if p != nil && i < len(p.sidecar.Blobs) {
				kb.blob, kb.commitment = &p.sidecar.Blobs[i], p.sidecar.Commitments[i]
				if p.sidecar.Version == types.BlobSidecarVersion0 && i < len(p.sidecar.Proofs) {
					proof := p.sidecar.Proofs[i]
					kb.proof = &proof
				}
			}
			m.blobs = append(m.blobs, kb)
		}
		if p != nil {
			// Those it replaced will not be mined; it is kept, should a
			// reorg mine it again.
			p.mined = b.NumberU64()
			for h, q := range k.pending {
				if h != tx.Hash() && q.from == p.from && q.nonce == p.nonce {
					delete(k.pending, h)
				}
			}
		}
	}
	if m != nil {
		k.blocks[b.Hash()] = m
	}
}

// beaconView serves the kept blobs as a beacon node would: one slot a
// second from the genesis block's time, so that each block (whose time is
// at least a second after its parent's) has a slot of its own.
type beaconView struct {
	k  *blobKeeper
	bc *core.BlockChain
}

// SecondsPerSlot is the slot length of a development L1's beacon API.
const SecondsPerSlot = 1

func (v *beaconView) Clock(context.Context) (blob.Clock, error) {
	return blob.Clock{Genesis: v.bc.Genesis().Time(), SecondsPerSlot: SecondsPerSlot}, nil
}

// header returns the canonical header at id, nil if no block is there.
func (v *beaconView) header(id blob.BlockID) *types.Header {
	switch id.Named {
	case "head":
		return v.bc.CurrentBlock()
	case "finalized":
		if f := v.bc.CurrentFinalBlock(); f != nil {
			return f
		}
		return v.bc.Genesis().Header()
	case "genesis":
		return v.bc.Genesis().Header()
	}
	t := v.bc.Genesis().Time() + id.Slot*SecondsPerSlot
	head := v.bc.CurrentBlock().Number.Uint64()
	// Block times increase with numbers: the first block not before t.
	n := uint64(sort.Search(int(head)+1, func(i int) bool {
		h := v.bc.GetHeaderByNumber(uint64(i))
		return h == nil || h.Time >= t
	}))
	if h := v.bc.GetHeaderByNumber(n); h != nil && h.Time == t {
		return h
	}
	return nil
}

func (v *beaconView) Sidecars(ctx context.Context, id blob.BlockID, keep func(uint64, common.Hash) bool, proofs bool) ([]blob.Sidecar, bool, error) {
	h := v.header(id)
	if h == nil {
		return nil, false, fmt.Errorf("%w: no block at slot %s", blob.ErrNoBlock, id)
	}
	final := false
	if f := v.bc.CurrentFinalBlock(); f != nil {
		final = h.Number.Cmp(f.Number) <= 0
	}
	if h.BlobGasUsed == nil || *h.BlobGasUsed == 0 {
		return nil, final, nil // a block without blobs
	}
	v.k.mu.Lock()
	m := v.k.blocks[h.Hash()]
	var out []blob.Sidecar
	var need []int // sidecars whose proofs are to compute
	if m != nil {
		for i, kb := range m.blobs {
			if kb.blob == nil || !keep(uint64(i), kb.hash) {
				continue
			}
			sc := blob.Sidecar{Index: uint64(i), Hash: kb.hash, Blob: kb.blob, Commitment: kb.commitment}
			if proofs {
				if kb.proof != nil {
					sc.Proof = *kb.proof
				} else {
					need = append(need, len(out))
				}
			}
			out = append(out, sc)
		}
	}
	v.k.mu.Unlock()
	if m == nil {
		return nil, final, fmt.Errorf("%w: the blobs of block %d (slot %s) are no longer kept (older than the %d blocks kept)", blob.ErrNoBlock, h.Number, id, v.k.retention)
	}
	for _, i := range need {
		if err := ctx.Err(); err != nil {
			return nil, false, err
		}
		p, err := kzg4844.ComputeBlobProof(out[i].Blob, out[i].Commitment)
		if err != nil {
			return nil, false, fmt.Errorf("devl1: proof of blob %s: %w", out[i].Hash, err)
		}
		out[i].Proof = p
		v.k.mu.Lock()
		if kb := &m.blobs[out[i].Index]; kb.proof == nil {
			kb.proof = &p
		}
		v.k.mu.Unlock()
	}
	return out, final, nil
}
