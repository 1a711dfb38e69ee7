package node

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/derive"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/internal/misbehave"
)

// TestTxDataNotInBlobsIsProvenAndTheNodesConverge: the sequencer's blocks
// are honest, but the blobs of the blob batch posting its transfer carry
// other bytes at the transfer block's place (misbehave.BlobData). The
// verifier derives the blobs, flags the block (derive.ErrTxDataNotInBlobs),
// and its challenger proves it by opening the blobs (startBlobChallenge,
// openBlobChallenge, finishBlobChallenge): TxDataNotInBlobs. The Rollup
// reverts the batch, the sequencer posts its blocks again, honestly, and
// both nodes end on the same chain, the transfer in it.
func TestTxDataNotInBlobsIsProvenAndTheNodesConverge(t *testing.T) {
	skipBlobsUnderRace(t)
	challengerKey := devl1.DevKey(2)
	lie, err := misbehave.BlobLie(misbehave.BlobData)
	if err != nil {
		t.Fatal(err)
	}
	net := newLyingNetWith(t, 120, lie, challengerKey)
	ver := net.vers[0]
	tx := net.lieInATransfer(t)
	var flagged error
	waitFor(t, "the verifier to flag the block whose blobs lack its tx data", 40*time.Second, func() bool {
		if f := ver.Flagged(); f != nil {
			flagged = f.Err
		}
		return flagged != nil
	})
	if !errors.Is(flagged, derive.ErrTxDataNotInBlobs) {
		t.Fatalf("flagged for %v, want its tx data not in its blobs", flagged)
	}
	p := net.provenOnce(t)
	if p.Event.Fraud != rollup.FraudTxDataNotInBlobs || p.Event.Challenger != crypto.PubkeyToAddress(challengerKey.PublicKey) {
		t.Fatalf("FraudProven %+v, want TxDataNotInBlobs by the challenger", p.Event)
	}
	for _, method := range []string{"commitChallenge", "startBlobChallenge", "openBlobChallenge", "finishBlobChallenge"} {
		if n := net.countCalls(t, crypto.PubkeyToAddress(challengerKey.PublicKey), method); n != 1 {
			t.Fatalf("%d %s transactions, want 1", n, method)
		}
	}
	waitFor(t, "the honest chain posted and derived", 60*time.Second, func() bool {
		return net.onHonestChain(ver)
	})
	if _, err := net.seqRPC.TransactionReceipt(net.ctx, tx.Hash()); err != nil {
		t.Fatalf("the re-sequenced transfer: %v", err)
	}
	vc, err := ethclient.Dial("http://" + ver.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer vc.Close()
	bob := common.HexToAddress("0xb0b")
	waitFor(t, "the transfer on the verifier", 30*time.Second, func() bool {
		b, err := vc.BalanceAt(net.ctx, bob, nil)
		return err == nil && b.Cmp(big.NewInt(1e18)) == 0
	})
	if s := net.seq.Batcher.Stats(); s.BlobBatches == 0 {
		t.Fatalf("stats %+v: no blob batch", s)
	}
}
