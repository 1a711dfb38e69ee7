package blob

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// testBlobs returns n distinct valid blobs (every field element's first
// byte zero) and their commitments and versioned hashes.
func testBlobs(t testing.TB, seed uint64, n int) ([]kzg4844.Blob, []kzg4844.Commitment, []common.Hash) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 1))
	blobs := make([]kzg4844.Blob, n)
	commitments := make([]kzg4844.Commitment, n)
	hashes := make([]common.Hash, n)
	for i := range blobs {
		for e := 0; e < 4096; e += 7 { // some elements, not all: quicker
			for k := 1; k < 32; k++ {
				blobs[i][e*32+k] = byte(r.Uint32())
			}
		}
		h, c, err := VersionedHash(&blobs[i])
		if err != nil {
			t.Fatal(err)
		}
		commitments[i], hashes[i] = c, h
	}
	return blobs, commitments, hashes
}

func memStore(t testing.TB) *Store {
	t.Helper()
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return NewStore(db)
}

// testClock: 12 s slots from time 1000, as a public network's.
var testClock = Clock{Genesis: 1000, SecondsPerSlot: 12}

func archiveServer(t testing.TB, st *Store) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(&Handler{Backend: &Archive{Store: st, ClockFunc: func(context.Context) (Clock, error) { return testClock, nil }}, Version: "test"})
	t.Cleanup(srv.Close)
	return srv
}

func newFetcher(t testing.TB, beacon string, archives []string, st *Store) *Fetcher {
	t.Helper()
	f, err := NewFetcher(FetcherConfig{Beacon: beacon, Archives: archives, Store: st})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func ctxT(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func TestStorePutGetAndSlotIndex(t *testing.T) {
	st := memStore(t)
	blobs, cs, hs := testBlobs(t, 1, 3)
	ref := Ref{Block: 7, Hash: common.Hash{7}, Time: 1000 + 12*5 + 3, Index: 2}
	if err := st.Put(ref, types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, cs, nil), hs); err != nil {
		t.Fatal(err)
	}
	for i, h := range hs {
		got, ok, err := st.Get(h)
		if err != nil || !ok || got.Blob != blobs[i] || got.Commitment != cs[i] || got.Proof != nil {
			t.Fatalf("blob %d: ok %v err %v", i, ok, err)
		}
	}
	if _, ok, err := st.Get(common.Hash{1}); ok || err != nil {
		t.Fatalf("unknown hash: ok %v err %v", ok, err)
	}
	from, to := testClock.Span(5)
	placed, err := st.Between(from, to)
	if err != nil {
		t.Fatal(err)
	}
	if len(placed) != 3 {
		t.Fatalf("slot 5 holds %d blobs, want 3", len(placed))
	}
	for i, p := range placed {
		if p.Hash != hs[i] || p.Index != uint64(2+i) || p.Block != 7 || p.BlockHash != ref.Hash || p.Time != ref.Time {
			t.Fatalf("entry %d: %+v", i, p)
		}
	}
	if placed, _ := st.Between(testClock.Span(6)); len(placed) != 0 {
		t.Fatalf("slot 6 holds %d blobs", len(placed))
	}
}

func TestStoreRefusesABlobOfAnotherHash(t *testing.T) {
	st := memStore(t)
	blobs, cs, hs := testBlobs(t, 2, 2)
	hs[1] = hs[0]
	err := st.Put(Ref{Block: 1, Time: 2000}, types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, cs, nil), hs)
	if !errors.Is(err, ErrMismatch) {
		t.Fatalf("put blob 1 under blob 0's hash: %v, want ErrMismatch", err)
	}
	if n, _ := st.Count(); n != 0 {
		t.Fatalf("a refused put kept %d blobs", n)
	}
}

func TestStoreKeepsBlobsAcrossARestart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	blobs, cs, hs := testBlobs(t, 3, 2)
	db, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := NewStore(db).PutBlobs(Ref{Block: 9, Time: 5000}, blobs, cs, hs); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = pebble.Open(dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st := NewStore(db)
	for i, h := range hs {
		if got, ok, err := st.Get(h); err != nil || !ok || got.Blob != blobs[i] {
			t.Fatalf("after a restart, blob %d: ok %v err %v", i, ok, err)
		}
	}
	if placed, err := st.Between(5000, 5001); err != nil || len(placed) != 2 {
		t.Fatalf("after a restart, the index holds %d entries (%v)", len(placed), err)
	}
}

// opSidecars is the answer of /blob_sidecars as op-node's beacon client
// decodes it (op-service/eth: APIGetBlobSidecarsResponse).
type opSidecars struct {
	Data []struct {
		Index         string             `json:"index"`
		Blob          kzg4844.Blob       `json:"blob"`
		KZGCommitment kzg4844.Commitment `json:"kzg_commitment"`
		KZGProof      kzg4844.Proof      `json:"kzg_proof"`
	} `json:"data"`
}

func getJSON(t *testing.T, u string, v any) int {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatalf("%s: %v", u, err)
		}
	}
	return resp.StatusCode
}

// An archive answers as a beacon node does, in the shapes op-node reads:
// the clock, the sidecars of a slot (with valid KZG proofs, which op-node
// checks) and its blobs by versioned hash.
func TestArchiveServesTheBeaconAPI(t *testing.T) {
	st := memStore(t)
	blobs, cs, hs := testBlobs(t, 4, 3)
	slot := uint64(40)
	from, _ := testClock.Span(slot)
	if err := st.PutBlobs(Ref{Block: 100, Hash: common.Hash{1}, Time: from + 4, Index: 1}, blobs, cs, hs); err != nil {
		t.Fatal(err)
	}
	srv := archiveServer(t, st)

	var g struct {
		Data struct {
			GenesisTime string `json:"genesis_time"`
		} `json:"data"`
	}
	var s struct {
		Data struct {
			SecondsPerSlot string `json:"SECONDS_PER_SLOT"`
		} `json:"data"`
	}
	if getJSON(t, srv.URL+"/eth/v1/beacon/genesis", &g) != 200 || g.Data.GenesisTime != "1000" {
		t.Fatalf("genesis: %+v", g)
	}
	if getJSON(t, srv.URL+"/eth/v1/config/spec", &s) != 200 || s.Data.SecondsPerSlot != "12" {
		t.Fatalf("spec: %+v", s)
	}

	var sc opSidecars
	if code := getJSON(t, srv.URL+"/eth/v1/beacon/blob_sidecars/40?indices=1&indices=3", &sc); code != 200 {
		t.Fatalf("blob_sidecars: status %d", code)
	}
	if len(sc.Data) != 2 || sc.Data[0].Index != "1" || sc.Data[1].Index != "3" {
		t.Fatalf("blob_sidecars?indices=1,3 answered %d sidecars", len(sc.Data))
	}
	for k, i := range []int{0, 2} {
		d := sc.Data[k]
		if d.Blob != blobs[i] || d.KZGCommitment != cs[i] {
			t.Fatalf("sidecar %s is not blob %d", d.Index, i)
		}
		if err := kzg4844.VerifyBlobProof(&d.Blob, d.KZGCommitment, d.KZGProof); err != nil {
			t.Fatalf("sidecar %s: its proof does not verify: %v", d.Index, err)
		}
	}
	// The proof computed for the first client is kept.
	if got, _, _ := st.Get(hs[0]); got.Proof == nil {
		t.Fatal("the proof computed was not kept")
	}

	var all opSidecars
	if getJSON(t, srv.URL+"/eth/v1/beacon/blob_sidecars/40", &all) != 200 || len(all.Data) != 3 {
		t.Fatalf("blob_sidecars without indices: %d sidecars, want 3", len(all.Data))
	}
	var b struct {
		Data []kzg4844.Blob `json:"data"`
	}
	if code := getJSON(t, srv.URL+"/eth/v1/beacon/blobs/40?versioned_hashes="+hs[2].Hex()+","+hs[1].Hex(), &b); code != 200 {
		t.Fatalf("blobs: status %d", code)
	}
	if len(b.Data) != 2 || b.Data[0] != blobs[1] || b.Data[1] != blobs[2] {
		t.Fatalf("blobs?versioned_hashes answered %d blobs, not blobs 1 and 2 in index order", len(b.Data))
	}

	for _, c := range []struct {
		path string
		code int
	}{
		{"/eth/v1/beacon/blob_sidecars/41", 404},
		{"/eth/v1/beacon/blobs/39", 404},
		{"/eth/v1/beacon/blob_sidecars/head", 400},
		{"/eth/v1/beacon/blob_sidecars/0x" + strings.Repeat("00", 32), 400},
		{"/eth/v1/beacon/blob_sidecars/forty", 400},
		{"/eth/v1/beacon/blob_sidecars/40?indices=x", 400},
		{"/eth/v1/beacon/blobs/40?versioned_hashes=0x01", 400},
		{"/eth/v1/beacon/headers/40", 404},
	} {
		var v any
		if code := getJSON(t, srv.URL+c.path, &v); code != c.code {
			t.Errorf("%s: status %d, want %d", c.path, code, c.code)
		}
	}
}

// liar is a Backend that serves other blobs than those it claims: each
// sidecar carries the true commitment (and so the true versioned hash)
// with another blob.
type liar struct {
	clock Clock
	claim []kzg4844.Commitment
	hash  []common.Hash
	first uint64 // index of the first
	other kzg4844.Blob
	asked atomic.Int64
}

func (l *liar) Clock(context.Context) (Clock, error) { return l.clock, nil }

func (l *liar) Sidecars(_ context.Context, id BlockID, keep func(uint64, common.Hash) bool, _ bool) ([]Sidecar, bool, error) {
	l.asked.Add(1)
	var out []Sidecar
	for i := range l.hash {
		if keep(l.first+uint64(i), l.hash[i]) {
			out = append(out, Sidecar{Index: l.first + uint64(i), Hash: l.hash[i], Blob: &l.other, Commitment: l.claim[i]})
		}
	}
	return out, false, nil
}

// The attack: an archive serves, for the blobs asked, other blobs under
// their true commitments (the commitments hash to the versioned hashes
// asked). The Fetcher checks each blob itself: the lie is passed over and
// the next source gives the true blobs; with no honest source, Fetch names
// the blobs it lacks and returns none.
func TestFetcherPassesOverALyingArchive(t *testing.T) {
	blobs, cs, hs := testBlobs(t, 5, 2)
	from, _ := testClock.Span(70)
	ref := Ref{Block: 300, Hash: common.Hash{3}, Time: from, Index: 0}

	other, _, _ := testBlobs(t, 99, 1)
	l := &liar{clock: testClock, claim: cs, hash: hs, other: other[0]}
	lying := httptest.NewServer(&Handler{Backend: l})
	defer lying.Close()
	honestStore := memStore(t)
	if err := honestStore.PutBlobs(ref, blobs, cs, hs); err != nil {
		t.Fatal(err)
	}
	honest := archiveServer(t, honestStore)

	mine := memStore(t)
	f := newFetcher(t, "", []string{lying.URL, honest.URL}, mine)
	got, err := f.Fetch(ctxT(t), ref, hs)
	if err != nil {
		t.Fatal(err)
	}
	if l.asked.Load() == 0 {
		t.Fatal("the lying archive was not asked first")
	}
	for i := range blobs {
		if got[i] != blobs[i] {
			t.Fatalf("blob %d is not the blob of its versioned hash", i)
		}
		if st, ok, _ := mine.Get(hs[i]); !ok || st.Blob != blobs[i] {
			t.Fatalf("blob %d fetched was not kept in the store", i)
		}
	}

	// Only the liar: nothing is returned, and the error names the blobs.
	f = newFetcher(t, lying.URL, nil, memStore(t))
	got, err = f.Fetch(ctxT(t), ref, hs)
	var ue *UnavailableError
	if !errors.As(err, &ue) || !errors.Is(err, ErrUnavailable) || got != nil {
		t.Fatalf("with only a lying source: %v (%d blobs), want an UnavailableError", err, len(got))
	}
	if len(ue.Missing) != 2 || ue.Missing[0] != hs[0] || ue.Missing[1] != hs[1] {
		t.Fatalf("the error names %v, want both blobs", ue.Missing)
	}
	if !strings.Contains(err.Error(), hs[0].Hex()) || !strings.Contains(err.Error(), "does not match its versioned hash") {
		t.Fatalf("the error does not say which blob or why: %v", err)
	}
}

func TestFetcherNamesTheBlobNoSourceHas(t *testing.T) {
	blobs, cs, hs := testBlobs(t, 6, 2)
	from, _ := testClock.Span(80)
	ref := Ref{Block: 400, Time: from}
	partial := memStore(t)
	if err := partial.PutBlobs(ref, blobs[:1], cs[:1], hs[:1]); err != nil {
		t.Fatal(err)
	}
	a, b := archiveServer(t, memStore(t)), archiveServer(t, partial)
	f := newFetcher(t, a.URL, []string{b.URL}, memStore(t))
	_, err := f.Fetch(ctxT(t), ref, hs)
	var ue *UnavailableError
	if !errors.As(err, &ue) {
		t.Fatalf("Fetch: %v, want an UnavailableError", err)
	}
	if len(ue.Missing) != 1 || ue.Missing[0] != hs[1] {
		t.Fatalf("missing %v, want only blob 1 (%s): blob 0 is in the second archive", ue.Missing, hs[1])
	}
	msg := err.Error()
	for _, want := range []string{hs[1].Hex(), "--l1-beacon " + a.URL, "--blob-archive " + b.URL, "L1 block 400"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the error %q does not say %q", msg, want)
		}
	}
	// Once a source has it, the same call succeeds.
	if err := partial.PutBlobs(ref, blobs, cs, hs); err != nil {
		t.Fatal(err)
	}
	got, err := f.Fetch(ctxT(t), ref, hs)
	if err != nil || got[0] != blobs[0] || got[1] != blobs[1] {
		t.Fatalf("asked again once the archive has them: %v", err)
	}
}

// The store is asked first: blobs it holds cost no request.
func TestFetcherTakesStoredBlobsWithoutAsking(t *testing.T) {
	blobs, cs, hs := testBlobs(t, 7, 1)
	st := memStore(t)
	ref := Ref{Block: 5, Time: 2000}
	if err := st.PutBlobs(ref, blobs, cs, hs); err != nil {
		t.Fatal(err)
	}
	var asked atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { asked.Add(1); w.WriteHeader(500) }))
	defer srv.Close()
	got, err := newFetcher(t, srv.URL, nil, st).Fetch(ctxT(t), ref, hs)
	if err != nil || got[0] != blobs[0] || asked.Load() != 0 {
		t.Fatalf("Fetch: %v, %d requests", err, asked.Load())
	}
}

// A source that speaks only the older endpoint (blob_sidecars) is read
// through it; one that answers /blobs is asked nothing more.
func TestFetcherReadsEitherEndpoint(t *testing.T) {
	blobs, cs, hs := testBlobs(t, 8, 2)
	from, _ := testClock.Span(90)
	ref := Ref{Block: 500, Time: from + 1, Index: 4}
	st := memStore(t)
	if err := st.PutBlobs(ref, blobs, cs, hs); err != nil {
		t.Fatal(err)
	}
	h := &Handler{Backend: &Archive{Store: st, ClockFunc: func(context.Context) (Clock, error) { return testClock, nil }}}
	for _, only := range []string{pathBlobs, pathSidecars} {
		var paths []string
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			paths = append(paths, r.URL.Path)
			if strings.HasPrefix(r.URL.Path, "/eth/v1/beacon/blob") && !strings.HasPrefix(r.URL.Path, only) {
				writeError(w, 404, "no such route")
				return
			}
			h.ServeHTTP(w, r)
		}))
		got, err := newFetcher(t, srv.URL, nil, nil).Fetch(ctxT(t), ref, hs)
		srv.Close()
		if err != nil || got[0] != blobs[0] || got[1] != blobs[1] {
			t.Fatalf("a source serving only %s: %v", only, err)
		}
		if only == pathBlobs && len(paths) != 3 { // genesis, spec, blobs
			t.Fatalf("a source answering %s was asked %v", only, paths)
		}
	}
}

func TestFetcherRefusesBadURLs(t *testing.T) {
	for _, u := range []string{"127.0.0.1:5052", "ftp://x", "http://", "http://h/?a=b"} {
		if _, err := NewFetcher(FetcherConfig{Archives: []string{u}}); err == nil || !strings.Contains(err.Error(), "--blob-archive") {
			t.Errorf("--blob-archive %q: %v", u, err)
		}
	}
}

func TestClockSlots(t *testing.T) {
	c := Clock{Genesis: 100, SecondsPerSlot: 12}
	for _, tc := range []struct {
		t, slot uint64
	}{{100, 0}, {111, 0}, {112, 1}, {100 + 12*1000 + 11, 1000}} {
		if s, err := c.Slot(tc.t); err != nil || s != tc.slot {
			t.Errorf("Slot(%d) = %d, %v; want %d", tc.t, s, err, tc.slot)
		}
		if from, to := c.Span(tc.slot); tc.t < from || tc.t >= to {
			t.Errorf("Span(%d) = [%d, %d) misses %d", tc.slot, from, to, tc.t)
		}
	}
	if _, err := c.Slot(99); !errors.Is(err, ErrBeforeGenesis) {
		t.Errorf("Slot before genesis: %v", err)
	}
}

func TestLocateCountsTheBlobsBefore(t *testing.T) {
	_, _, hs := testBlobs(t, 9, 3)
	tx := func(n uint64, blobs []common.Hash) *types.Transaction {
		if blobs == nil {
			return types.NewTx(&types.DynamicFeeTx{Nonce: n})
		}
		return types.NewTx(&types.BlobTx{Nonce: n, BlobHashes: blobs})
	}
	txs := []*types.Transaction{tx(0, hs[:2]), tx(1, nil), tx(2, hs[2:])}
	b := types.NewBlockWithHeader(&types.Header{Number: common.Big1, Time: 77}).WithBody(types.Body{Transactions: txs})
	ref, got, err := Locate(b, txs[2].Hash())
	if err != nil || got.Hash() != txs[2].Hash() || ref.Index != 2 || ref.Time != 77 || ref.Block != 1 || ref.Hash != b.Hash() {
		t.Fatalf("Locate: %+v, %v", ref, err)
	}
	if _, _, err := Locate(b, common.Hash{1}); !errors.Is(err, ErrNotInBlock) {
		t.Fatalf("Locate of another transaction: %v", err)
	}
}

type fakeL1 struct {
	id      int64
	genesis uint64
}

func (f fakeL1) ChainID(context.Context) (*big.Int, error) { return big.NewInt(f.id), nil }

func (f fakeL1) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Time: f.genesis}, nil
}

// Without sources, an archive's slots are a public network's, or one a
// second from the L1's genesis block (a development L1's, whose every
// block then has a slot of its own); with sources, theirs.
func TestServedClock(t *testing.T) {
	none := newFetcher(t, "", nil, nil)
	for _, tc := range []struct {
		l1   fakeL1
		want Clock
	}{
		{fakeL1{1, 0}, Clock{1606824023, 12}},
		{fakeL1{11155111, 0}, Clock{1655733600, 12}},
		{fakeL1{1337, 1700000000}, Clock{1700000000, 1}},
	} {
		if c, err := none.ServedClock(tc.l1)(ctxT(t)); err != nil || c != tc.want {
			t.Errorf("chain %d: %+v, %v; want %+v", tc.l1.id, c, err, tc.want)
		}
	}
	src := archiveServer(t, memStore(t))
	if c, err := newFetcher(t, src.URL, nil, nil).ServedClock(fakeL1{1, 0})(ctxT(t)); err != nil || c != testClock {
		t.Errorf("with a source: %+v, %v; want its %+v", c, err, testClock)
	}
}

type oneBlock struct{ b *types.Block }

func (o oneBlock) BlockByHash(_ context.Context, h common.Hash) (*types.Block, error) {
	if h != o.b.Hash() {
		return nil, errors.New("not found")
	}
	return o.b, nil
}

// PutMined files a posted transaction's blobs under its block's time and
// the index its blobs have among the block's.
func TestPutMinedFilesTheBlobsWhereTheyWereMined(t *testing.T) {
	blobs, cs, hs := testBlobs(t, 13, 3)
	other := types.NewTx(&types.BlobTx{Nonce: 0, BlobHashes: []common.Hash{{1, 2}, {1, 3}}})
	mine := types.NewTx(&types.BlobTx{Nonce: 1, BlobHashes: hs})
	b := types.NewBlockWithHeader(&types.Header{Number: big.NewInt(9), Time: 5000}).WithBody(types.Body{Transactions: []*types.Transaction{other, mine}})
	st := memStore(t)
	r := &types.Receipt{TxHash: mine.Hash(), BlockHash: b.Hash(), BlockNumber: big.NewInt(9)}
	if err := st.PutMined(ctxT(t), oneBlock{b}, r, types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, cs, nil)); err != nil {
		t.Fatal(err)
	}
	placed, err := st.Between(5000, 5001)
	if err != nil || len(placed) != 3 {
		t.Fatalf("%d entries (%v), want 3", len(placed), err)
	}
	for i, p := range placed {
		if p.Index != uint64(2+i) || p.Hash != hs[i] || p.Block != 9 || p.BlockHash != b.Hash() {
			t.Fatalf("entry %d: %+v", i, p)
		}
	}
}
