package txmgr_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/txmgr"
)

// TestReplacementIsAcceptedByTheTxpool checks txmgr.Replacement against
// go-ethereum's own txpools (legacy and blob) on the simulated chain: the
// node takes every replacement it prices, and where it prices exactly at
// the minimum, one wei less on any price is refused as underpriced. So the
// rule is neither short (a replacement the node refuses leaves the
// transaction stuck) nor padded by accident.
func TestReplacementIsAcceptedByTheTxpool(t *testing.T) {
	s := newSim(t)
	sidecar, err := txmgr.BuildSidecar([]kzg4844.Blob{testBlob(9)}, types.BlobSidecarVersion1)
	if err != nil {
		t.Fatal(err)
	}
	gwei := func(x float64) *big.Int { return big.NewInt(int64(x * 1e9)) }
	low := txmgr.Quote{Tip: big.NewInt(1), BaseFee: big.NewInt(1), BlobBaseFee: big.NewInt(1)}
	for i, tc := range []struct {
		name  string
		prev  txmgr.Fees
		q     txmgr.Quote
		blob  bool
		exact bool // Replacement is the minimum: one wei less is refused
	}{
		{"plain, the bump decides", txmgr.Fees{Tip: gwei(1), FeeCap: gwei(3)}, low, false, true},
		{"plain, odd prices round up", txmgr.Fees{Tip: big.NewInt(1_000_000_007), FeeCap: big.NewInt(3_000_000_013)}, low, false, false},
		{"plain, the fresh quote decides", txmgr.Fees{Tip: gwei(1), FeeCap: gwei(3)}, txmgr.Quote{Tip: gwei(5), BaseFee: gwei(4)}, false, false},
		{"blob, the bump decides", txmgr.Fees{Tip: gwei(1), FeeCap: gwei(3), BlobFeeCap: big.NewInt(10)}, low, true, true},
		{"blob, the fresh quote decides", txmgr.Fees{Tip: gwei(1), FeeCap: gwei(3), BlobFeeCap: big.NewInt(10)}, txmgr.Quote{Tip: gwei(3), BaseFee: gwei(5), BlobBaseFee: big.NewInt(40)}, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			key := keyOf("r" + string(rune('0'+i)))
			send := func(f txmgr.Fees) error {
				var inner types.TxData
				if tc.blob {
					inner = &types.BlobTx{
						ChainID: uint256.NewInt(1337), GasTipCap: uint256.MustFromBig(f.Tip), GasFeeCap: uint256.MustFromBig(f.FeeCap),
						Gas: 21000, To: common.Address{0xda}, Value: new(uint256.Int), BlobFeeCap: uint256.MustFromBig(f.BlobFeeCap),
						BlobHashes: sidecar.BlobHashes(), Sidecar: sidecar,
					}
				} else {
					inner = &types.DynamicFeeTx{ChainID: big.NewInt(1337), GasTipCap: f.Tip, GasFeeCap: f.FeeCap, Gas: 21000, To: &common.Address{0xda}}
				}
				return s.client.SendTransaction(context.Background(), types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(1337)), inner))
			}
			if err := send(tc.prev); err != nil {
				t.Fatalf("first version: %v", err)
			}
			next := txmgr.Replacement(tc.prev, tc.q, tc.blob)
			if tc.exact {
				less := func(x *big.Int) *big.Int { return new(big.Int).Sub(x, big.NewInt(1)) }
				for field, f := range map[string]txmgr.Fees{
					"tip":          {Tip: less(next.Tip), FeeCap: next.FeeCap, BlobFeeCap: next.BlobFeeCap},
					"fee cap":      {Tip: next.Tip, FeeCap: less(next.FeeCap), BlobFeeCap: next.BlobFeeCap},
					"blob fee cap": {Tip: next.Tip, FeeCap: next.FeeCap, BlobFeeCap: lessOrNil(next.BlobFeeCap)},
				} {
					if !tc.blob && field == "blob fee cap" {
						continue
					}
					if err := send(f); err == nil || !strings.Contains(err.Error(), "underpriced") {
						t.Fatalf("one wei less %s: %v, want refused as underpriced", field, err)
					}
				}
			}
			if err := send(next); err != nil {
				t.Fatalf("the node refused the replacement %v/%v/%v: %v", next.Tip, next.FeeCap, next.BlobFeeCap, err)
			}
		})
	}
}

func lessOrNil(x *big.Int) *big.Int {
	if x == nil {
		return nil
	}
	return new(big.Int).Sub(x, big.NewInt(1))
}
