package derive_test

import (
	"context"
	"math/big"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/blob"
	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/derive"
	"github.com/viaduct-l2/viaduct/engine"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// BenchmarkDeriveTransfers: a fresh verifier derives the same 100 blocks
// of 64 ETH transfers (6,400 transfers), posted once in calldata batches
// (12 blocks each) and once in blob batches (one batch of six blobs),
// fetched through the L1's beacon API and checked. The ratio of the two
// rates is what blobs cost derivation.
func BenchmarkDeriveTransfers(b *testing.B) {
	const blocks, perBlock, perCalldataBatch = 100, core.MaxTxsPerBlock, 12
	l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: time.Hour})
	if err != nil {
		b.Fatal(err)
	}
	defer l1c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	seqKey := devl1.DevKey(4)
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
	alice := devl1.DevKey(1)
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	type deployed struct {
		r      *l1.Rollup
		deploy uint64
	}
	var rollups [2]deployed // calldata, blobs
	for i := range rollups {
		addr, block, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rcfg)
		if err != nil {
			b.Fatal(err)
		}
		rollups[i] = deployed{&l1.Rollup{Client: l1c.Client, Address: addr}, block}
		if _, err := l1c.Send(ctx, alice, &addr, bindings.NewRollup().PackDepositETH(aliceAddr), new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))); err != nil {
			b.Fatal(err)
		}
	}

	// The blocks, once: the deposit, then the transfers.
	pdb, poster := benchStore(b)
	f, err := l1.NewFollower(l1.FollowerConfig{Rollup: rollups[0].r, DB: pdb, FromBlock: rollups[0].deploy})
	if err != nil {
		b.Fatal(err)
	}
	if err := f.Poll(ctx); err != nil {
		b.Fatal(err)
	}
	head, err := l1c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	signer := types.LatestSignerForChainID(core.DevConfig().BigChainID())
	var posted []*chain.Block
	seal := func(items []core.QueueItem, data []byte) {
		o, err := core.Execute(core.DevConfig(), poster.State(), poster.Head(), head.Time, common.Address{}, items, data)
		if err != nil {
			b.Fatal(err)
		}
		p, err := poster.Prepare(o.Diff)
		if err != nil {
			b.Fatal(err)
		}
		blk := chain.FromOutcome(o, p.Root())
		if err := poster.Append(blk, p); err != nil {
			b.Fatal(err)
		}
		posted = append(posted, blk)
	}
	seal(f.Snapshot().QueueItems(0, 1), nil)
	nonce := uint64(0)
	for range blocks - 1 {
		var txs []*core.Tx
		for k := range perBlock {
			to := common.BigToAddress(big.NewInt(int64(0x1000 + k)))
			s, err := types.SignNewTx(alice, signer, &types.DynamicFeeTx{ChainID: core.DevConfig().BigChainID(), Nonce: nonce,
				GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9), Gas: core.TransferGas, To: &to, Value: big.NewInt(1)})
			if err != nil {
				b.Fatal(err)
			}
			tx, err := core.FromTransaction(s, core.DevConfig())
			if err != nil {
				b.Fatal(err)
			}
			txs, nonce = append(txs, tx), nonce+1
		}
		seal(nil, core.EncodeTxs(txs))
	}

	// Posted in calldata to the first Rollup, in blobs to the second.
	m, err := l1c.Sender(seqKey)
	if err != nil {
		b.Fatal(err)
	}
	send := func(c txmgr.Candidate) {
		if _, err := m.Send(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
	for i := 0; i < len(posted); i += perCalldataBatch {
		var bs []rollup.Block
		for _, blk := range posted[i:min(i+perCalldataBatch, len(posted))] {
			bs = append(bs, rollup.Block{Header: blk.Header, TxData: blk.TxData})
		}
		send(txmgr.Candidate{To: &rollups[0].r.Address, Data: bindings.NewRollup().PackSubmitBatch(rollup.BatchArg(bs)), Value: rcfg.Bond})
	}
	headers := make([]*core.Header, len(posted))
	data := make([][]byte, len(posted))
	for i, blk := range posted {
		headers[i], data[i] = blk.Header, blk.TxData
	}
	blobs, lengths, err := rollup.EncodeBlobs(data)
	if err != nil {
		b.Fatal(err)
	}
	send(txmgr.Candidate{To: &rollups[1].r.Address, Data: rollup.SubmitBlobBatchCall(headers, lengths), Value: rcfg.Bond, Blobs: blobs})
	beacon := httptest.NewServer(l1c.Beacon())
	defer beacon.Close()
	want := poster.Head().Hash()

	for i, name := range []string{"calldata", "blobs"} {
		b.Run(name, func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				db, c := benchStore(b)
				fl, err := l1.NewFollower(l1.FollowerConfig{Rollup: rollups[i].r, DB: db, FromBlock: rollups[i].deploy})
				if err != nil {
					b.Fatal(err)
				}
				if err := fl.Poll(ctx); err != nil {
					b.Fatal(err)
				}
				fetcher, err := blob.NewFetcher(blob.FetcherConfig{Beacon: beacon.URL, Store: blob.NewStore(db)})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := fetcher.Clock(ctx); err != nil { // asked once per node
					b.Fatal(err)
				}
				s := &derive.Syncer{Engine: newEngine(c), Rollup: rollups[i].r, Blobs: fetcher}
				b.StartTimer()
				for c.Head().Hash() != want {
					res, err := s.Sync(ctx, fl.Snapshot())
					if err != nil {
						b.Fatal(err)
					}
					if res.Last.Kind != derive.Derive && c.Head().Hash() != want {
						b.Fatalf("stopped at %d: %s (%s)", c.Head().Number, res.Last.Kind, res.Last.Why)
					}
				}
			}
			b.ReportMetric(float64(b.N*(blocks-1)*perBlock)/b.Elapsed().Seconds(), "transfers/s")
		})
	}
}

func benchStore(tb testing.TB) (*pebble.DB, *chain.Chain) {
	tb.Helper()
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { pdb.Close() })
	c, err := chain.Open(pdb, core.DevConfig())
	if err != nil {
		tb.Fatal(err)
	}
	return pdb, c
}

func newEngine(c *chain.Chain) *engine.Engine { return engine.New(c, nil) }
