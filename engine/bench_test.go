package engine

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// sealBench is a chain on disk (Pebble with the node's options) whose
// accounts send each other transfers, for the sealing path's benchmarks.
type sealBench struct {
	e      *Engine
	keys   []*ecdsa.PrivateKey
	addrs  []common.Address
	nonces []uint64
	next   int
}

func newSealBench(b *testing.B, accounts int) *sealBench {
	b.Helper()
	pdb, err := pebble.Open(b.TempDir(), state.PebbleOptions(64<<20))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { pdb.Close() })
	c, err := chain.Open(pdb, cfg)
	if err != nil {
		b.Fatal(err)
	}
	s := &sealBench{e: New(c, nil), nonces: make([]uint64, accounts)}
	var items []core.QueueItem
	for i := range accounts {
		k, _ := crypto.GenerateKey()
		s.keys = append(s.keys, k)
		s.addrs = append(s.addrs, crypto.PubkeyToAddress(k.PublicKey))
		items = append(items, deposit(s.addrs[i], 1e18))
	}
	for len(items) > 0 {
		n := min(len(items), core.MaxQueueItemsPerBlock)
		if _, err := s.e.Seal(Plan{Items: items[:n]}); err != nil {
			b.Fatal(err)
		}
		items = items[n:]
	}
	return s
}

// candidates signs n transfers, round robin over the accounts, each to the
// next account (the state does not grow).
func (s *sealBench) candidates(b *testing.B, n int) []Candidate {
	b.Helper()
	signer := types.LatestSignerForChainID(cfg.BigChainID())
	out := make([]Candidate, 0, n)
	for range n {
		i := s.next % len(s.keys)
		s.next++
		to := s.addrs[(i+1)%len(s.addrs)]
		signed, err := types.SignNewTx(s.keys[i], signer, &types.DynamicFeeTx{
			ChainID: cfg.BigChainID(), Nonce: s.nonces[i], GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
			Gas: core.TransferGas, To: &to, Value: big.NewInt(1),
		})
		if err != nil {
			b.Fatal(err)
		}
		s.nonces[i]++
		tx, err := core.FromTransaction(signed, cfg)
		if err != nil {
			b.Fatal(err)
		}
		tx.KnownSender(cfg.ChainID, s.addrs[i])
		out = append(out, Candidate{Tx: tx, Hash: signed.Hash(), Sender: s.addrs[i]})
	}
	return out
}

// BenchmarkSealPhases is where a sealed block's time goes: executing its
// transactions (core.Builder), its state root (chain.Prepare), and storing
// it with its state (chain.AppendWith: one Pebble batch, synced, or not
// synced as a block whose transactions the pre-confirmation journal holds
// is stored). Blocks of transfers among 256 accounts, on disk.
//
//	go test -run '^$' -bench SealPhases -benchtime 200x ./engine
func BenchmarkSealPhases(b *testing.B) {
	for _, c := range []struct {
		txs    int
		noSync bool
	}{{1, false}, {16, false}, {core.MaxTxsPerBlock, false}, {1, true}, {16, true}, {core.MaxTxsPerBlock, true}} {
		txs := c.txs
		b.Run(fmt.Sprintf("txs=%d/nosync=%v", txs, c.noSync), func(b *testing.B) {
			s := newSealBench(b, 256)
			blocks := make([][]Candidate, b.N)
			for i := range blocks {
				blocks[i] = s.candidates(b, txs)
			}
			ch := s.e.Chain()
			var exec, root, store time.Duration
			b.ResetTimer()
			for i := range b.N {
				t0 := time.Now()
				parent := ch.Head()
				bl, err := core.NewBuilder(cfg, ch.State(), parent, parent.Timestamp, common.Address{0xfe})
				if err != nil {
					b.Fatal(err)
				}
				for _, cand := range blocks[i] {
					if err := bl.ApplyTx(cand.Tx); err != nil {
						b.Fatal(err)
					}
				}
				o, err := bl.Finish()
				if err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				p, err := ch.Prepare(o.Diff)
				if err != nil {
					b.Fatal(err)
				}
				t2 := time.Now()
				if err := ch.AppendWith(chain.FromOutcome(o, p.Root()), p, chain.AppendOptions{NoSync: c.noSync}); err != nil {
					b.Fatal(err)
				}
				t3 := time.Now()
				exec += t1.Sub(t0)
				root += t2.Sub(t1)
				store += t3.Sub(t2)
			}
			n := float64(b.N)
			b.ReportMetric(float64(exec.Microseconds())/n, "exec-µs/block")
			b.ReportMetric(float64(root.Microseconds())/n, "root-µs/block")
			b.ReportMetric(float64(store.Microseconds())/n, "store-µs/block")
		})
	}
}
