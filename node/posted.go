package node

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/viaduct-l2/viaduct/blob"
)

// keepPosted returns the batcher's OnMined that keeps the blobs of every
// blob batch this node posts, once mined, in its blob store (then next, if
// set): a sequencer never derives its own batches, and without them it
// could not serve what it posted to the verifiers that use it as an
// archive (--blob-archive). The blobs' place in their L1 block, which the
// beacon API numbers them by, is read from the block.
func (n *Node) keepPosted(next func(*types.Receipt, *types.BlobTxSidecar)) func(*types.Receipt, *types.BlobTxSidecar) {
	return func(r *types.Receipt, sc *types.BlobTxSidecar) {
		if err := n.putPosted(r, sc); err != nil {
			n.cfg.Log.Error("cannot keep the blobs of a posted batch; this node will not serve them", "tx", r.TxHash, "l1Block", r.BlockNumber, "err", err)
		}
		if next != nil {
			next(r, sc)
		}
	}
}

func (n *Node) putPosted(r *types.Receipt, sc *types.BlobTxSidecar) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b, err := n.cfg.L1.BlockByHash(ctx, r.BlockHash)
	if err != nil {
		return err
	}
	ref, tx, err := blob.Locate(b, r.TxHash)
	if err != nil {
		return err
	}
	return n.Blobs.Put(ref, sc, tx.BlobHashes())
}
