package blob

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// BenchmarkFetchSixBlobs: what a verifier spends on the blobs of one full
// blob batch (six blobs, 761,856 payload bytes: about 7,000 ETH transfers)
// fetched from an archive over loopback HTTP, each checked against its
// versioned hash; the store is not written.
func BenchmarkFetchSixBlobs(b *testing.B) {
	blobs, cs, hs := testBlobs(b, 11, 6)
	st := memStore(b)
	from, _ := testClock.Span(100)
	ref := Ref{Block: 1, Hash: common.Hash{1}, Time: from}
	if err := st.PutBlobs(ref, blobs, cs, hs); err != nil {
		b.Fatal(err)
	}
	f := newFetcher(b, archiveServer(b, st).URL, nil, nil)
	ctx := ctxT(b)
	if _, err := f.Fetch(ctx, ref, hs); err != nil { // the clock, and KZG's setup
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := f.Fetch(ctx, ref, hs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(hs))/1000, "ms/blob")
}

// BenchmarkVersionedHash is the check of one blob: its KZG commitment.
func BenchmarkVersionedHash(b *testing.B) {
	blobs, _, _ := testBlobs(b, 12, 1)
	for range b.N {
		if _, _, err := VersionedHash(&blobs[0]); err != nil {
			b.Fatal(err)
		}
	}
}
