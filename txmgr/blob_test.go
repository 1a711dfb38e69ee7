package txmgr_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"

	"github.com/viaduct-l2/viaduct/txmgr"
)

// testBlob fills a blob with bytes from seed, keeping every 32-byte field
// element below the BLS modulus (its first byte zero).
func testBlob(seed byte) kzg4844.Blob {
	var b kzg4844.Blob
	for i := range b {
		if i%32 != 0 {
			b[i] = seed + byte(i*7)
		}
	}
	return b
}

// TestBlobTransactionIsSentAndMined: a Candidate with two blobs becomes a
// type 3 transaction whose versioned hashes are those of its blobs' KZG
// commitments, sent with a version 1 sidecar (cell proofs, what an Osaka
// node takes) that checks, and mined on the simulated chain.
func TestBlobTransactionIsSentAndMined(t *testing.T) {
	s := newSim(t)
	m, rec := startManager(t, txmgr.Config{Client: s.client, Key: keyOf("sender")})
	to := common.HexToAddress("0xda7a")
	blobs := []kzg4844.Blob{testBlob(1), testBlob(2)}
	done := sendAsync(s.ctx(), m, txmgr.Candidate{To: &to, Data: []byte("batch"), Blobs: blobs})
	e, _ := rec.waitFor(t, 0, "the blob transaction", published(0, 0))
	sc := e.tx.BlobTxSidecar()
	if e.tx.Type() != types.BlobTxType || sc == nil || sc.Version != types.BlobSidecarVersion1 {
		t.Fatalf("sent type %d with sidecar %v", e.tx.Type(), sc)
	}
	if len(sc.Proofs) != 2*kzg4844.CellProofsPerBlob {
		t.Fatalf("%d proofs, want %d cell proofs", len(sc.Proofs), 2*kzg4844.CellProofsPerBlob)
	}
	if err := kzg4844.VerifyCellProofs(sc.Blobs, sc.Commitments, sc.Proofs); err != nil {
		t.Fatalf("the sidecar's proofs do not check: %v", err)
	}
	for i := range blobs {
		c, _ := kzg4844.BlobToCommitment(&blobs[i])
		if sc.Commitments[i] != c || e.tx.BlobHashes()[i] != sc.BlobHashes()[i] {
			t.Fatalf("blob %d: commitment or versioned hash not the blob's", i)
		}
	}
	s.commit()
	res := wait(t, done)
	if res.err != nil {
		t.Fatal(res.err)
	}
	if res.r.Type != types.BlobTxType || res.r.BlobGasUsed != 2*params.BlobTxBlobGasPerBlob {
		t.Fatalf("receipt type %d, blob gas %d", res.r.Type, res.r.BlobGasUsed)
	}
	mined, _, err := s.client.TransactionByHash(context.Background(), res.r.TxHash)
	if err != nil || len(mined.BlobHashes()) != 2 || mined.BlobHashes()[1] != sc.BlobHashes()[1] {
		t.Fatalf("mined transaction's blob hashes %v (%v)", mined.BlobHashes(), err)
	}
}

// TestBlobReplacementRaisesEveryPrice: a blob transaction priced under the
// base fee is replaced with every price (tip, fee cap, blob fee cap) at
// least doubled, as go-ethereum's blob pool demands (10% more, enough for
// other transactions, is refused), the node accepts it and it is mined.
// A transaction without blobs sent meanwhile from the same key waits until
// the blob transaction is mined (the node refuses it before: an account
// is in one txpool at a time), then goes through.
func TestBlobReplacementRaisesEveryPrice(t *testing.T) {
	s := newSim(t)
	low := &lowClient{Client: s.client}
	low.low.Store(true)
	key := keyOf("sender")
	m, rec := startManager(t, txmgr.Config{Client: low, Key: key, ResubmitBlocks: 1000})
	ctx := s.ctx()
	to := common.HexToAddress("0xda7a")
	blobTx, err := m.Submit(ctx, txmgr.Candidate{To: &to, Blobs: []kzg4844.Blob{testBlob(3)}})
	if err != nil {
		t.Fatal(err)
	}
	plain := sendAsync(ctx, m, transfer("0xb0b", 1))
	first, _ := rec.waitFor(t, 0, "the blob transaction", published(0, 0))
	low.low.Store(false)
	s.commit() // not mined: under the base fee
	second, i := rec.waitFor(t, 0, "its replacement", sent(0, 1))
	accepted(t, second)
	for _, p := range [][2]*big.Int{
		{first.tx.GasTipCap(), second.tx.GasTipCap()},
		{first.tx.GasFeeCap(), second.tx.GasFeeCap()},
		{first.tx.BlobGasFeeCap(), second.tx.BlobGasFeeCap()},
	} {
		if p[1].Cmp(new(big.Int).Mul(p[0], big.NewInt(2))) < 0 {
			t.Fatalf("replacement price %s, less than twice %s", p[1], p[0])
		}
	}
	for _, e := range rec.all()[:i] {
		if e.kind == "published" && e.tx.Nonce() == 1 {
			t.Fatalf("the plain transaction was sent while the blob one was pending: %v", e.err)
		}
	}
	s.commit()
	r, err := blobTx.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.TxHash != second.tx.Hash() {
		t.Fatalf("mined %s, want the replacement %s", r.TxHash, second.tx.Hash())
	}
	rec.waitFor(t, 0, "the plain transaction", published(1, 0))
	s.commit()
	if res := wait(t, plain); res.err != nil {
		t.Fatalf("plain Send = %v", res.err)
	}
	for _, e := range rec.all() {
		if e.kind == "published" && e.err != nil && e.tx.Nonce() == 0 {
			t.Fatalf("the node refused %s: %v", describe(e.tx), e.err)
		}
	}
}

// TestBuildSidecar: both sidecar versions check against their blobs (cell
// proofs for version 1, one blob proof each for version 0), give the same
// versioned hashes, and the limits are refused.
func TestBuildSidecar(t *testing.T) {
	blobs := []kzg4844.Blob{testBlob(5), testBlob(6)}
	v1, err := txmgr.BuildSidecar(blobs, types.BlobSidecarVersion1)
	if err != nil {
		t.Fatal(err)
	}
	if err := kzg4844.VerifyCellProofs(v1.Blobs, v1.Commitments, v1.Proofs); err != nil {
		t.Fatal(err)
	}
	v0, err := txmgr.BuildSidecar(blobs, types.BlobSidecarVersion0)
	if err != nil {
		t.Fatal(err)
	}
	if len(v0.Proofs) != 2 {
		t.Fatalf("%d version 0 proofs, want 2", len(v0.Proofs))
	}
	for i := range blobs {
		if err := kzg4844.VerifyBlobProof(&v0.Blobs[i], v0.Commitments[i], v0.Proofs[i]); err != nil {
			t.Fatalf("blob %d: %v", i, err)
		}
		if v0.BlobHashes()[i] != v1.BlobHashes()[i] || !kzg4844.IsValidVersionedHash(v1.BlobHashes()[i][:]) {
			t.Fatalf("blob %d: versioned hashes differ or are not version 1", i)
		}
	}
	blobs[0][1] ^= 1 // the caller reuses its buffer: the sidecar keeps its own copy
	if err := kzg4844.VerifyCellProofs(v1.Blobs, v1.Commitments, v1.Proofs); err != nil {
		t.Fatal("the sidecar shares the caller's blob buffer")
	}
	if _, err := txmgr.BuildSidecar(nil, types.BlobSidecarVersion1); err == nil {
		t.Fatal("no blobs accepted")
	}
	if _, err := txmgr.BuildSidecar(make([]kzg4844.Blob, txmgr.MaxBlobsPerTx+1), types.BlobSidecarVersion1); err == nil {
		t.Fatal("too many blobs accepted")
	}
	var bad kzg4844.Blob
	for i := range bad {
		bad[i] = 0xff // field elements above the modulus
	}
	if _, err := txmgr.BuildSidecar([]kzg4844.Blob{bad}, types.BlobSidecarVersion1); err == nil {
		t.Fatal("a blob of non-canonical field elements accepted")
	}
}

// BenchmarkBuildSidecar measures the KZG work per blob of each sidecar
// version: what a blob batcher spends per blob before it can send; and the
// wall time of a full batch's six blobs, proven on every core.
func BenchmarkBuildSidecar(b *testing.B) {
	blob := []kzg4844.Blob{testBlob(7)}
	if _, err := txmgr.BuildSidecar(blob, types.BlobSidecarVersion1); err != nil { // loads the trusted setup
		b.Fatal(err)
	}
	for _, v := range []byte{types.BlobSidecarVersion0, types.BlobSidecarVersion1} {
		b.Run(fmt.Sprintf("version%d", v), func(b *testing.B) {
			for range b.N {
				if _, err := txmgr.BuildSidecar(blob, v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	six := make([]kzg4844.Blob, txmgr.MaxBlobsPerTx)
	for i := range six {
		six[i] = testBlob(byte(i))
	}
	b.Run("version1/6blobs", func(b *testing.B) {
		for range b.N {
			if _, err := txmgr.BuildSidecar(six, types.BlobSidecarVersion1); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestBlobTransactionTakesANonceAReorgFreed: a blob transaction is mined
// and its Send returns; an L1 reorg deeper than the node's txpool looks
// back takes it away, and the node forgets it. The next blob transaction
// cannot go at the nonce after it (the blob pool refuses a gapped nonce,
// "nonce too high"): it takes the freed nonce and is mined.
func TestBlobTransactionTakesANonceAReorgFreed(t *testing.T) {
	s := newSim(t)
	key := keyOf("sender")
	m, _ := startManager(t, txmgr.Config{Client: s.client, Key: key, ResubmitBlocks: 1000})
	to := common.HexToAddress("0xda7a")
	first := sendAsync(s.ctx(), m, txmgr.Candidate{To: &to, Data: []byte("first"), Blobs: []kzg4844.Blob{testBlob(1)}})
	if res := s.mineUntil(t, first); res.err != nil {
		t.Fatal(res.err)
	}
	s.mine(65)
	s.deepFork(1)
	if n := s.nonce(addrOf(key)); n != 0 {
		t.Fatalf("nonce %d after the reorg, want 0", n)
	}
	second := sendAsync(s.ctx(), m, txmgr.Candidate{To: &to, Data: []byte("second"), Blobs: []kzg4844.Blob{testBlob(2)}})
	res := s.mineUntil(t, second)
	if res.err != nil {
		t.Fatal(res.err)
	}
	tx, _, err := s.client.TransactionByHash(s.ctx(), res.r.TxHash)
	if err != nil || tx.Nonce() != 0 || string(tx.Data()) != "second" {
		t.Fatalf("mined %v (%v), want the second transaction at the freed nonce 0", tx, err)
	}
}
