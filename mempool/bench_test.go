//go:build unix

package mempool

import (
	"crypto/ecdsa"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/state"
)

// signedBatch is transfers of senders × nonces (nonces from first), in
// the order they are sent: every sender's next nonce in turn.
type signedBatch struct {
	keys []*ecdsa.PrivateKey
	txs  []*types.Transaction
}

func newBatch(b testing.TB, senders int, first, nonces uint64, tip int64) *signedBatch {
	s := &signedBatch{}
	for range senders {
		k, _ := crypto.GenerateKey()
		s.keys = append(s.keys, k)
	}
	for n := first; n < first+nonces; n++ {
		for _, k := range s.keys {
			s.txs = append(s.txs, sign(b, txSpec{key: k, nonce: n, tip: tip, cap: 2 * int64(cfg.BaseFee.Uint64())}))
		}
	}
	return s
}

func (s *signedBatch) fund(st *state.MemState, wei uint64) {
	for _, k := range s.keys {
		st.Accounts[crypto.PubkeyToAddress(k.PublicKey)] = state.Account{Balance: *uint256.NewInt(wei)}
	}
}

var (
	benchOnce                          sync.Once
	benchTransfers, benchMore, benchEx *signedBatch
)

// BenchmarkAdd is the cost of admitting one transaction (the signature's
// recovery included) in four pools:
//
//   - transfer: executable transfers of 64 senders into a pool below its
//     limits;
//   - jammed/gapped: one more attacker's gapped transaction into the pool
//     the gapped-nonce jam filled (131 accounts with 0.0001 ETH each);
//   - jammed/transfer: a wallet's transfer at the suggested tip into that
//     pool;
//   - full/transfer: the same into a pool full of executable transactions
//     at a higher tip plus the jam's gapped ones.
//
// admitted/op says which of them got in.
func BenchmarkAdd(b *testing.B) {
	benchOnce.Do(func() {
		benchTransfers = newBatch(b, 64, 0, uint64(DefaultConfig.PerSender), suggestedTip)
		benchMore = newBatch(b, 64, 1, uint64(DefaultConfig.PerSender)-1, suggestedTip)
		benchEx = newBatch(b, 112, 0, uint64(DefaultConfig.PerSender), 2*suggestedTip)
	})
	run := func(b *testing.B, txs []*types.Transaction, fresh func() *Pool) {
		var p *Pool
		var cpu time.Duration // the process's, outside the pool's making
		admitted := 0
		start := cpuTime()
		for i := range b.N {
			if i%len(txs) == 0 {
				b.StopTimer()
				cpu += cpuTime() - start
				p = fresh()
				start = cpuTime()
				b.StartTimer()
			}
			if _, err := p.Add(txs[i%len(txs)]); err == nil {
				admitted++
			}
		}
		cpu += cpuTime() - start
		b.ReportMetric(float64(admitted)/float64(b.N), "admitted/op")
		b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/op")
	}
	b.Run("transfer", func(b *testing.B) {
		st := state.NewMemState()
		benchTransfers.fund(st, 1e18)
		run(b, benchTransfers.txs, func() *Pool { return New(cfg, DefaultConfig, st) })
	})
	jammed := func(b *testing.B, executable bool) func() *Pool {
		st := state.NewMemState()
		attack := newJammer(b, st)
		benchMore.fund(st, 1e14)
		benchTransfers.fund(st, 1e18)
		benchEx.fund(st, 1e18)
		return func() *Pool {
			p := New(cfg, DefaultConfig, st)
			if executable {
				for _, tx := range benchEx.txs {
					if _, err := p.Add(tx); err != nil {
						b.Fatal(err)
					}
				}
			}
			attack.jam(p)
			return p
		}
	}
	b.Run("jammed/gapped", func(b *testing.B) { run(b, benchMore.txs, jammed(b, false)) })
	b.Run("jammed/transfer", func(b *testing.B) { run(b, benchTransfers.txs, jammed(b, false)) })
	b.Run("full/transfer", func(b *testing.B) {
		// The pool keeps at most QueueTotal gapped transactions: each
		// transfer evicts one, so the pool is made again after as many.
		run(b, benchTransfers.txs[:1024], jammed(b, true))
	})
}

// cpuTime is the CPU time the process has used (every thread): it depends
// far less than wall time on what else the machine runs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
