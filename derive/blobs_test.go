package derive_test

import (
	"context"
	"errors"
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/viaduct-l2/viaduct/blob"
	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/derive"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// funded deposits 100 ETH on L1 for dev account 1 and has the poster
// apply it in block 1 of its chain; it returns that block and a maker of
// the account's transfers.
func (e *env) funded() (*chain.Block, func(nonce uint64, n int) []byte) {
	e.t.Helper()
	alice := devl1.DevKey(1)
	addr := crypto.PubkeyToAddress(alice.PublicKey)
	amount := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	if _, err := e.l1.Send(e.ctx, alice, &e.rollup.Address, bindings.NewRollup().PackDepositETH(addr), amount); err != nil {
		e.t.Fatal(err)
	}
	// The queue item as L1 holds it.
	db, _ := openStore(e.t)
	f, err := l1.NewFollower(l1.FollowerConfig{Rollup: e.rollup, DB: db, FromBlock: e.deploy})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := f.Poll(e.ctx); err != nil {
		e.t.Fatal(err)
	}
	items := f.Snapshot().QueueItems(0, 1)
	if len(items) != 1 {
		e.t.Fatalf("the deposit is not in L1's queue (%d items)", len(items))
	}
	blk := e.seal(items, nil)
	signer := types.LatestSignerForChainID(core.DevConfig().BigChainID())
	// transfers returns the tx data of n transfers from alice, from nonce on.
	transfers := func(nonce uint64, n int) []byte {
		var txs []*core.Tx
		for i := range n {
			to := common.BigToAddress(big.NewInt(int64(0xb0b + i)))
			signed, err := types.SignNewTx(alice, signer, &types.DynamicFeeTx{
				ChainID: core.DevConfig().BigChainID(), Nonce: nonce + uint64(i), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
				Gas: core.TransferGas, To: &to, Value: big.NewInt(int64(1000 + i)),
			})
			if err != nil {
				e.t.Fatal(err)
			}
			tx, err := core.FromTransaction(signed, core.DevConfig())
			if err != nil {
				e.t.Fatal(err)
			}
			txs = append(txs, tx)
		}
		return core.EncodeTxs(txs)
	}
	return blk, transfers
}

// seal appends a block with queue items and tx data to the poster's chain.
func (e *env) seal(items []core.QueueItem, txData []byte) *chain.Block {
	e.t.Helper()
	head, err := e.l1.Client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	c := e.chain
	o, err := core.Execute(core.DevConfig(), c.State(), c.Head(), max(head.Time, c.Head().Timestamp), common.Address{}, items, txData)
	if err != nil {
		e.t.Fatal(err)
	}
	p, err := c.Prepare(o.Diff)
	if err != nil {
		e.t.Fatal(err)
	}
	blk := chain.FromOutcome(o, p.Root())
	if err := c.Append(blk, p); err != nil {
		e.t.Fatal(err)
	}
	return blk
}

// postBlobs posts blocks as one blob batch, their tx data laid over blobs
// as rollup.EncodeBlobs lays it, or over the blobs `lay` returns from it.
func (e *env) postBlobs(blocks []*chain.Block, lay func([]kzg4844.Blob, []uint32) []kzg4844.Blob) *types.Receipt {
	e.t.Helper()
	headers := make([]*core.Header, len(blocks))
	data := make([][]byte, len(blocks))
	for i, b := range blocks {
		headers[i], data[i] = b.Header, b.TxData
	}
	blobs, lengths, err := rollup.EncodeBlobs(data)
	if err != nil {
		e.t.Fatal(err)
	}
	if lay != nil {
		blobs = lay(blobs, lengths)
	}
	bond, err := e.rollup.Bond(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	m, err := e.l1.Sender(e.seqKey)
	if err != nil {
		e.t.Fatal(err)
	}
	r, err := m.Send(e.ctx, txmgr.Candidate{To: &e.rollup.Address, Data: rollup.SubmitBlobBatchCall(headers, lengths), Value: bond, Blobs: blobs})
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// blobVerifier is a verifier whose Syncer fetches blobs with f.
func (e *env) blobVerifier(f *blob.Fetcher) (*verifier, *chain.Chain) {
	db, c := openStore(e.t)
	v := e.verifier(c, db)
	v.s.Blobs = f
	return v, c
}

func (e *env) fetcher(st *blob.Store, beacon string, archives ...string) *blob.Fetcher {
	e.t.Helper()
	f, err := blob.NewFetcher(blob.FetcherConfig{Beacon: beacon, Archives: archives, Store: st})
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

func memBlobStore(t *testing.T) (*blob.Store, *pebble.DB) {
	db, _ := openStore(t)
	return blob.NewStore(db), db
}

func (e *env) beacon() string {
	srv := httptest.NewServer(e.l1.Beacon())
	e.t.Cleanup(srv.Close)
	return srv.URL
}

// A verifier derives blocks posted in blob batches, among calldata
// batches, from the blobs the L1's beacon API serves: the same chain as
// the poster's, block by block, with every blob it derived in its store.
func TestBlobBatchesAreDerived(t *testing.T) {
	skipBlobsUnderRace(t)
	e := newEnv(t, time.Hour)
	b1, transfers := e.funded()
	b2 := e.seal(nil, transfers(0, 3))
	b3 := e.seal(nil, nil)
	b4 := e.seal(nil, transfers(3, 40))
	e.postBlobs([]*chain.Block{b1, b2, b3, b4}, nil)
	e.post(1, common.Address{}) // block 5 in calldata
	b6 := e.seal(nil, transfers(43, 7))
	e.postBlobs([]*chain.Block{b6}, nil)

	st, _ := memBlobStore(t)
	v, c := e.blobVerifier(e.fetcher(st, e.beacon()))
	for v.step(t, e.ctx).Last.Kind == derive.Derive {
	}
	if c.Head().Hash() != e.chain.Head().Hash() || c.Head().Number != 6 || v.s.Flagged() != nil {
		t.Fatalf("verifier at %d %s (flagged %v), want the poster's block 6 %s", c.Head().Number, c.Head().Hash(), v.s.Flagged(), e.chain.Head().Hash())
	}
	for n := uint64(1); n <= 6; n++ {
		mine, _ := c.BlockByNumber(n)
		theirs, _ := e.chain.BlockByNumber(n)
		if mine.Hash() != theirs.Hash() || string(mine.TxData) != string(theirs.TxData) {
			t.Fatalf("block %d differs from the poster's", n)
		}
	}
	if n, err := st.Count(); err != nil || n != 2 {
		t.Fatalf("the store holds %d blobs (%v), want the 2 derived", n, err)
	}
}

// With no source that has a batch's blob, the verifier derives nothing
// from that batch, says which blob it lacks, and derives it once a source
// has it; nothing is derived wrong meanwhile.
func TestMissingBlobIsNamedAndDerivationWaits(t *testing.T) {
	skipBlobsUnderRace(t)
	e := newEnv(t, time.Hour)
	b1, transfers := e.funded()
	b2 := e.seal(nil, transfers(0, 5))
	r := e.postBlobs([]*chain.Block{b1, b2}, nil)
	tx, _, err := e.l1.Client.TransactionByHash(e.ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	missing := tx.BlobHashes()[0]

	st, _ := memBlobStore(t)
	empty := httptest.NewServer(&blob.Handler{Backend: &blob.Archive{Store: func() *blob.Store { s, _ := memBlobStore(t); return s }(),
		ClockFunc: func(context.Context) (blob.Clock, error) { return blob.Clock{SecondsPerSlot: 1}, nil }}})
	defer empty.Close()
	v, c := e.blobVerifier(e.fetcher(st, "", empty.URL))
	for range 2 { // and again: it goes on waiting
		res := v.step(t, e.ctx)
		if res.Last.Kind != derive.Wait || !strings.Contains(res.Last.Why, missing.Hex()) || res.Derived != 0 || c.Head().Number != 0 {
			t.Fatalf("without the blob: ended %s (%q), derived %d, head %d; want a wait naming %s", res.Last.Kind, res.Last.Why, res.Derived, c.Head().Number, missing)
		}
	}
	if v.s.Flagged() != nil {
		t.Fatalf("a missing blob flagged a block: %+v", v.s.Flagged())
	}
	v.s.Blobs = e.fetcher(st, e.beacon(), empty.URL)
	v.step(t, e.ctx)
	if c.Head().Hash() != b2.Hash() {
		t.Fatalf("once the blob is found: head %d, want block 2", c.Head().Number)
	}
}

// The L1 forgets blobs past its retention window: a verifier started
// after that derives the batch from another verifier's archive (its store
// served by the beacon API), which it asks after the beacon node.
func TestVerifierResyncsFromAnArchiveAfterTheL1ForgotTheBlobs(t *testing.T) {
	skipBlobsUnderRace(t)
	e := newEnvWith(t, devl1.Config{MaxBlockInterval: time.Hour, BlobRetention: 2})
	b1, transfers := e.funded()
	b2 := e.seal(nil, transfers(0, 4))
	e.postBlobs([]*chain.Block{b1, b2}, nil)
	beacon := e.beacon()

	// An early verifier derives the batch while the L1 has its blobs.
	stA, _ := memBlobStore(t)
	fA := e.fetcher(stA, beacon)
	a, ca := e.blobVerifier(fA)
	a.step(t, e.ctx)
	if ca.Head().Hash() != b2.Hash() {
		t.Fatalf("the early verifier is at %d, want block 2", ca.Head().Number)
	}
	archive := httptest.NewServer(&blob.Handler{Backend: &blob.Archive{Store: stA, ClockFunc: fA.Clock}})
	defer archive.Close()

	e.l1.Mine(2) // the batch's block leaves the L1's window
	stB, _ := memBlobStore(t)
	b, cb := e.blobVerifier(e.fetcher(stB, beacon))
	if res := b.step(t, e.ctx); res.Last.Kind != derive.Wait || cb.Head().Number != 0 {
		t.Fatalf("from the L1 alone: ended %s, head %d; want a wait at 0 (the L1 forgot the blobs)", res.Last.Kind, cb.Head().Number)
	}
	b.s.Blobs = e.fetcher(stB, beacon, archive.URL)
	b.step(t, e.ctx)
	if cb.Head().Hash() != b2.Hash() {
		t.Fatalf("with the archive: head %d, want block 2", cb.Head().Number)
	}
}

// Blocks of a blob batch whose blobs do not hold their tx data are
// flagged (ErrTxDataNotInBlobs) with what a blob challenge needs, and
// derivation stops before them: bytes that hash to another txDataHash,
// and bytes on a field element whose first byte is not zero.
func TestBlobBlockWithoutItsTxDataIsFlagged(t *testing.T) {
	skipBlobsUnderRace(t)
	for _, tc := range []struct {
		name string
		lay  func(blobs []kzg4844.Blob, lengths []uint32) []kzg4844.Blob
	}{
		{"other bytes", func(blobs []kzg4844.Blob, lengths []uint32) []kzg4844.Blob {
			p, _ := rollup.Place(lengths, 1)
			e := p.First + 1
			blobs[e/4096][(e%4096)*32+5] ^= 0xff
			return blobs
		}},
		{"a non-zero first byte", func(blobs []kzg4844.Blob, lengths []uint32) []kzg4844.Blob {
			p, _ := rollup.Place(lengths, 1)
			e := p.End - 1
			blobs[e/4096][(e%4096)*32] = 0x01 // still below the field modulus
			return blobs
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, time.Hour)
			b1, transfers := e.funded()
			b2 := e.seal(nil, transfers(0, 6))
			b3 := e.seal(nil, transfers(6, 1))
			r := e.postBlobs([]*chain.Block{b1, b2, b3}, tc.lay)
			st, _ := memBlobStore(t)
			v, c := e.blobVerifier(e.fetcher(st, e.beacon()))
			res := v.step(t, e.ctx)
			f := v.s.Flagged()
			if res.Last.Kind != derive.Stopped || c.Head().Hash() != b1.Hash() || f == nil || f.Number != 2 || !errors.Is(f.Err, derive.ErrTxDataNotInBlobs) {
				t.Fatalf("ended %s at %d, flagged %+v; want stopped at 1 with block 2 flagged ErrTxDataNotInBlobs", res.Last.Kind, c.Head().Number, f)
			}
			tx, _, err := e.l1.Client.TransactionByHash(e.ctx, r.TxHash)
			if err != nil {
				t.Fatal(err)
			}
			bb := f.Blobs
			if bb == nil || len(bb.Blobs) != 1 || bb.Hashes[0] != tx.BlobHashes()[0] || len(bb.Lengths) != 3 || len(f.Headers) != 3 || bb.Ref.Block != r.BlockNumber.Uint64() {
				t.Fatalf("the flag lacks what a blob challenge needs: %+v", bb)
			}
			if _, err := rollup.OpenBlock(e.ctx, bb.Blobs, bb.Lengths, 1); err != nil {
				t.Fatalf("the flag's blobs do not open block 2: %v", err)
			}
		})
	}
}
