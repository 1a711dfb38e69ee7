package fraud

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/vectors"
	"github.com/viaduct-l2/viaduct/statetree"
)

func loadBlocks(t *testing.T) (*core.Config, []vectors.BlockVector) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "vectors", "blocks.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		ChainID uint64                `json:"chainId"`
		BaseFee string                `json:"baseFee"`
		Blocks  []vectors.BlockVector `json:"blocks"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	cfg := &core.Config{ChainID: f.ChainID}
	if err := cfg.BaseFee.SetFromDecimal(f.BaseFee); err != nil {
		t.Fatal(err)
	}
	return cfg, f.Blocks
}

// TestBuildComputesThePostStateRoot checks, for every valid block vector,
// that the witness's one-key-at-a-time writes reach the vector's state root,
// and that the witness survives encoding.
func TestBuildComputesThePostStateRoot(t *testing.T) {
	cfg, blocks := loadBlocks(t)
	for _, v := range blocks {
		t.Run(v.Name, func(t *testing.T) {
			db, closeDB, err := vectors.NewState(v.PreAccounts, v.PreTokens)
			if err != nil {
				t.Fatal(err)
			}
			defer closeDB()
			queue := make([]core.QueueItem, len(v.Queue))
			for i := range v.Queue {
				if queue[i], err = v.Queue[i].Core(); err != nil {
					t.Fatal(err)
				}
			}
			header := &core.Header{Number: v.Parent.Number + 1, Timestamp: v.Timestamp, FeeRecipient: v.FeeRecipient}
			built, err := Build(cfg, db, v.Parent.Core(), header, queue, v.TxData)
			if v.Error != "" {
				if err == nil && built.Invalid == nil {
					t.Fatalf("invalid block (%s) built as valid", v.Error)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if built.Invalid != nil {
				t.Fatalf("valid block built as invalid: %v", built.Invalid)
			}
			if built.PostRoot != v.Header.StateRoot {
				t.Fatalf("post root %s, want %s", built.PostRoot, v.Header.StateRoot)
			}
			enc, err := built.Witness.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			var back Witness
			if err := back.UnmarshalBinary(enc); err != nil {
				t.Fatal(err)
			}
			again, err := back.MarshalBinary()
			if err != nil || !bytes.Equal(enc, again) {
				t.Fatalf("witness does not survive decoding: %v", err)
			}
		})
	}
}

func TestWitnessRejectsUnsortedKeys(t *testing.T) {
	w := &Witness{Entries: []Entry{{Key: [32]byte{2}, Proof: proofOf(0)}, {Key: [32]byte{1}, Proof: proofOf(0)}}}
	if _, err := w.MarshalBinary(); !errors.Is(err, ErrMalformedWitness) {
		t.Fatalf("got %v, want ErrMalformedWitness", err)
	}
}

func FuzzWitnessDecode(f *testing.F) {
	w := &Witness{Entries: []Entry{
		{Key: [32]byte{1}, Account: true, Nonce: 3, Balance: *uint256.NewInt(7), Proof: proofOf(0)},
		{Key: [32]byte{2}, Balance: *uint256.NewInt(9), Proof: proofOf(3), Sibling: Sibling{Kind: SiblingLeaf}},
	}}
	enc, err := w.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(enc)
	f.Add([]byte{0, 0})
	f.Add([]byte{0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		var w Witness
		if err := w.UnmarshalBinary(b); err != nil {
			if !errors.Is(err, ErrMalformedWitness) {
				t.Fatalf("error %v is not ErrMalformedWitness", err)
			}
			return
		}
		// What decodes is canonical: it encodes back to the same bytes.
		again, err := w.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded witness re-encodes differently (%v)", err)
		}
	})
}

func proofOf(depth int) *statetree.Proof {
	p := &statetree.Proof{Siblings: make([]common.Hash, depth)}
	for i := range p.Siblings {
		p.Siblings[i][0] = byte(i + 1)
	}
	return p
}
