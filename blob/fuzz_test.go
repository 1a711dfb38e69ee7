package blob

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// The decoders read what any source answers: they must refuse, never
// panic, and what they accept must be what a Handler would have written.

func FuzzDecodeGenesis(f *testing.F) {
	f.Add([]byte(`{"data":{"genesis_time":"1606824023","genesis_validators_root":"0x4b36","genesis_fork_version":"0x00000000"}}`))
	f.Add([]byte(`{"data":{"genesis_time":12}}`))
	f.Add([]byte(`{"data":{"genesis_time":"-1"}}`))
	f.Add([]byte(`{"data":{}}`))
	f.Add([]byte(`{"data":null}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		g, err := decodeGenesis(bytes.NewReader(in))
		if err != nil {
			return
		}
		out, _ := json.Marshal(genesisResponse{Data: genesisData{GenesisTime: decimal(g)}})
		if again, err := decodeGenesis(bytes.NewReader(out)); err != nil || again != g {
			t.Fatalf("genesis %d does not round-trip: %d, %v", g, again, err)
		}
	})
}

func FuzzDecodeSpec(f *testing.F) {
	f.Add([]byte(`{"data":{"CONFIG_NAME":"mainnet","SECONDS_PER_SLOT":"12","SLOTS_PER_EPOCH":"32"}}`))
	f.Add([]byte(`{"data":{"SECONDS_PER_SLOT":"0"}}`))
	f.Add([]byte(`{"data":{"SECONDS_PER_SLOT":["12"]}}`))
	f.Add([]byte(`{"data":[]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		s, err := decodeSpec(bytes.NewReader(in))
		if err != nil {
			return
		}
		if s == 0 {
			t.Fatal("accepted zero seconds per slot")
		}
		out, _ := json.Marshal(specResponse{Data: specData{SecondsPerSlot: decimal(s)}})
		if again, err := decodeSpec(bytes.NewReader(out)); err != nil || again != s {
			t.Fatalf("seconds per slot %d does not round-trip: %d, %v", s, again, err)
		}
	})
}

func blobHex(fill byte) string {
	var b kzg4844.Blob
	for i := range b {
		b[i] = fill
	}
	return hexutil.Encode(b[:])
}

func FuzzDecodeBlobs(f *testing.F) {
	f.Add([]byte(`{"execution_optimistic":false,"finalized":true,"data":["` + blobHex(0) + `","` + blobHex(7) + `"]}`))
	f.Add([]byte(`{"data":[]}`))
	f.Add([]byte(`{"data":[null]}`))
	f.Add([]byte(`{"data":["0x00"]}`))
	f.Add([]byte(`{"data":["` + blobHex(1)[:100] + `"]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		blobs, err := decodeBlobs(bytes.NewReader(in))
		if err != nil {
			return
		}
		if len(blobs) > MaxBlobsPerResponse {
			t.Fatalf("accepted %d blobs", len(blobs))
		}
		resp := blobsResponse{Data: make([]*hexBlob, len(blobs))}
		for i := range blobs {
			resp.Data[i] = (*hexBlob)(&blobs[i])
		}
		out, _ := json.Marshal(resp)
		again, err := decodeBlobs(bytes.NewReader(out))
		if err != nil || len(again) != len(blobs) {
			t.Fatalf("blobs do not round-trip: %v", err)
		}
		for i := range blobs {
			if again[i] != blobs[i] {
				t.Fatalf("blob %d changed in a round trip", i)
			}
		}
	})
}

func FuzzDecodeSidecars(f *testing.F) {
	c := hexutil.Encode(make([]byte, 48))
	f.Add([]byte(`{"data":[{"index":"3","blob":"` + blobHex(0) + `","kzg_commitment":"` + c + `","kzg_proof":"` + c + `","signed_block_header":{"message":{"slot":"1"}},"kzg_commitment_inclusion_proof":[]}]}`))
	f.Add([]byte(`{"data":[{"index":"3","blob":"` + blobHex(0) + `"}]}`))
	f.Add([]byte(`{"data":[{"index":"x","blob":"0x","kzg_commitment":"0x"}]}`))
	f.Add([]byte(`{"data":{}}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		scs, err := decodeSidecars(bytes.NewReader(in))
		if err != nil {
			return
		}
		if len(scs) > MaxBlobsPerResponse {
			t.Fatalf("accepted %d sidecars", len(scs))
		}
		resp := sidecarsResponse{Data: make([]apiSidecar, len(scs))}
		for i, sc := range scs {
			if sc.Blob == nil {
				t.Fatalf("sidecar %d accepted without a blob", i)
			}
			resp.Data[i] = apiSidecar{Index: decimal(sc.Index), Blob: (*hexBlob)(sc.Blob), Commitment: sc.Commitment}
		}
		out, _ := json.Marshal(resp)
		again, err := decodeSidecars(bytes.NewReader(out))
		if err != nil || len(again) != len(scs) {
			t.Fatalf("sidecars do not round-trip: %v", err)
		}
		for i := range scs {
			if again[i].Index != scs[i].Index || *again[i].Blob != *scs[i].Blob || again[i].Commitment != scs[i].Commitment {
				t.Fatalf("sidecar %d changed in a round trip", i)
			}
		}
	})
}

// FuzzParseRequest: what a client puts in a path or query is refused or
// bounded, never a panic.
func FuzzParseRequest(f *testing.F) {
	f.Add("123", "1,2", "0x0100000000000000000000000000000000000000000000000000000000000000")
	f.Add("head", "", "")
	f.Add("0xabcdef", "18446744073709551616", "0x01,0x02")
	f.Add("-1", " 4 , 5", strings.Repeat("0x0100000000000000000000000000000000000000000000000000000000000000,", 3))
	f.Fuzz(func(t *testing.T, id, indices, hashes string) {
		if bid, err := ParseBlockID(id); err == nil {
			if again, err := ParseBlockID(bid.String()); err != nil || again != bid {
				t.Fatalf("block id %q parsed as %q, which parses as %q (%v)", id, bid, again, err)
			}
		}
		if is, err := parseIndices([]string{indices}); err == nil && len(is) > MaxBlobsPerResponse {
			t.Fatalf("%d indices accepted", len(is))
		}
		if hs, err := parseHashes([]string{hashes}); err == nil && len(hs) > MaxBlobsPerResponse {
			t.Fatalf("%d hashes accepted", len(hs))
		}
	})
}
