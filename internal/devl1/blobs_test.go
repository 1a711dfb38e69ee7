package devl1

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/blob"
	"github.com/viaduct-l2/viaduct/txmgr"
)

func devBlobs(n int, fill byte) []kzg4844.Blob {
	out := make([]kzg4844.Blob, n)
	for i := range out {
		for e := 0; e < 4096; e += 3 {
			out[i][e*32+1] = fill + byte(i)
			out[i][e*32+31] = byte(e)
		}
	}
	return out
}

// The chain keeps the blobs of the blob transactions sent to it over its
// RPC and mined, and serves them through the beacon API on its port as a
// beacon node does: a Fetcher given it as --l1-beacon gets them (checked
// against their versioned hashes), blob_sidecars carries valid KZG proofs,
// and once the blocks kept (BlobRetention) have moved past the block, the
// blobs are gone as they are from a consensus client past its window.
func TestBeaconAPIServesTheBlobsItMinedUntilTheyLeaveTheRetentionWindow(t *testing.T) {
	const retention = 4
	chain, err := Start(Config{Port: freePort(t), MaxBlockInterval: time.Hour, BlobRetention: retention})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	// Sent over HTTP, as another process's batcher sends.
	ec, err := ethclient.DialContext(ctx, chain.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	m, err := txmgr.New(txmgr.Config{Client: ec, Key: DevKey(2), PollInterval: senderPoll})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer stopSender(m)
	chain.Mine(1) // a block before: the blob block's slot is not the first
	to := common.HexToAddress("0xb10b")
	blobs := devBlobs(2, 5)
	r, err := m.Send(ctx, txmgr.Candidate{To: &to, Blobs: blobs})
	if err != nil {
		t.Fatal(err)
	}
	block, err := chain.Client.BlockByHash(ctx, r.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	ref, tx, err := blob.Locate(block, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	f, err := blob.NewFetcher(blob.FetcherConfig{Beacon: chain.URL})
	if err != nil {
		t.Fatal(err)
	}
	got, err := f.Fetch(ctx, ref, tx.BlobHashes())
	if err != nil {
		t.Fatal(err)
	}
	for i := range blobs {
		if got[i] != blobs[i] {
			t.Fatalf("blob %d differs from the one sent", i)
		}
	}

	// op-node's way: the slot from the block's time and the API's clock,
	// then the sidecars by index, each proof checked.
	clock, err := f.Clock(ctx)
	if err != nil || clock.SecondsPerSlot != SecondsPerSlot {
		t.Fatalf("clock %+v, %v", clock, err)
	}
	slot, _ := clock.Slot(block.Time())
	resp, err := http.Get(chain.URL + "/eth/v1/beacon/blob_sidecars/" + strconv.FormatUint(slot, 10) + "?indices=1")
	if err != nil {
		t.Fatal(err)
	}
	var sc struct {
		Data []struct {
			Index         string             `json:"index"`
			Blob          kzg4844.Blob       `json:"blob"`
			KZGCommitment kzg4844.Commitment `json:"kzg_commitment"`
			KZGProof      kzg4844.Proof      `json:"kzg_proof"`
		} `json:"data"`
	}
	err = json.NewDecoder(resp.Body).Decode(&sc)
	resp.Body.Close()
	if err != nil || len(sc.Data) != 1 || sc.Data[0].Index != "1" || sc.Data[0].Blob != blobs[1] {
		t.Fatalf("blob_sidecars?indices=1: %d sidecars, %v", len(sc.Data), err)
	}
	if err := kzg4844.VerifyBlobProof(&sc.Data[0].Blob, sc.Data[0].KZGCommitment, sc.Data[0].KZGProof); err != nil {
		t.Fatalf("the sidecar's proof does not verify: %v", err)
	}
	// The block before has no blobs: an empty answer, not an error; a slot
	// without a block is not found.
	parent, err := chain.Client.HeaderByHash(ctx, block.ParentHash())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		time uint64
		code int
	}{{parent.Time, 200}, {block.Time() + 1000, 404}} {
		s, _ := clock.Slot(c.time)
		resp, err = http.Get(chain.URL + "/eth/v1/beacon/blob_sidecars/" + strconv.FormatUint(s, 10))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != c.code {
			t.Fatalf("slot %d: status %d, want %d", s, resp.StatusCode, c.code)
		}
	}

	// The newest `retention` blocks keep their blobs; then they are gone.
	chain.Mine(retention - 1)
	if _, err := blob.NewFetcher(blob.FetcherConfig{Beacon: chain.URL}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Fetch(ctx, ref, tx.BlobHashes()); err != nil {
		t.Fatalf("within the window: %v", err)
	}
	chain.Mine(1)
	_, err = f.Fetch(ctx, ref, tx.BlobHashes())
	if !errors.Is(err, blob.ErrUnavailable) {
		t.Fatalf("past the window: %v, want the blobs unavailable", err)
	}
}

// A reorg that mines a blob transaction again, in another block, leaves
// its blobs served under the new block.
func TestBeaconAPIServesABlobTransactionMinedAgainAfterAReorg(t *testing.T) {
	chain, err := Start(Config{MaxBlockInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	srv := httptest.NewServer(chain.Beacon())
	defer srv.Close()
	m, err := chain.Sender(DevKey(2))
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0xb10b")
	blobs := devBlobs(1, 9)
	r, err := m.Send(ctx, txmgr.Candidate{To: &to, Blobs: blobs})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.ReorgFrom(ctx, r.BlockNumber.Uint64(), false); err != nil {
		t.Fatal(err)
	}
	var again *types.Receipt
	for again == nil || again.BlockHash == r.BlockHash {
		if err := ctx.Err(); err != nil {
			t.Fatalf("the blob transaction was not mined again: %v", err)
		}
		again, _ = chain.Client.TransactionReceipt(ctx, r.TxHash)
		if again == nil || again.BlockHash == r.BlockHash {
			chain.Mine(1)
		}
	}
	block, err := chain.Client.BlockByHash(ctx, again.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	ref, tx, err := blob.Locate(block, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	f, err := blob.NewFetcher(blob.FetcherConfig{Beacon: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	got, err := f.Fetch(ctx, ref, tx.BlobHashes())
	if err != nil || got[0] != blobs[0] {
		t.Fatalf("the blobs of the transaction mined again in block %d: %v", again.BlockNumber, err)
	}
}
