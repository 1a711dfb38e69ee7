package node

import (
	"net/http"

	"github.com/ethereum/go-ethereum/metrics"
	"github.com/ethereum/go-ethereum/metrics/prometheus"

	"github.com/viaduct-l2/viaduct/chain"
)

// nodeMetrics are the node's Prometheus metrics, served at /metrics on the
// RPC port (go-ethereum's metrics package and its Prometheus exporter, so
// no further dependency). Gauges are read when scraped; counters follow the
// chain's block feed.
type nodeMetrics struct {
	reg                     metrics.Registry
	head, safe, final, pool *metrics.Gauge
	queued                  *metrics.Gauge
	settled, oldest         *metrics.Gauge
	appendBusy, appendWait  *metrics.Gauge
	blocks, txs, queueItems *metrics.Counter
	withdrawals             *metrics.Counter
	flagged, proven         *metrics.Gauge
}

func newNodeMetrics() *nodeMetrics {
	r := metrics.NewRegistry()
	return &nodeMetrics{
		reg:         r,
		head:        metrics.NewRegisteredGauge("viaduct/l2/head", r),
		safe:        metrics.NewRegisteredGauge("viaduct/l2/safe", r),
		final:       metrics.NewRegisteredGauge("viaduct/l2/finalized", r),
		settled:     metrics.NewRegisteredGauge("viaduct/l2/settled", r),
		oldest:      metrics.NewRegisteredGauge("viaduct/history/oldest", r),
		appendBusy:  metrics.NewRegisteredGauge("viaduct/chain/append/busy_us", r),
		appendWait:  metrics.NewRegisteredGauge("viaduct/chain/append/lockwait_us", r),
		pool:        metrics.NewRegisteredGauge("viaduct/mempool/size", r),
		queued:      metrics.NewRegisteredGauge("viaduct/mempool/queued", r),
		blocks:      metrics.NewRegisteredCounter("viaduct/blocks/stored", r),
		txs:         metrics.NewRegisteredCounter("viaduct/txs/stored", r),
		queueItems:  metrics.NewRegisteredCounter("viaduct/queue/applied", r),
		withdrawals: metrics.NewRegisteredCounter("viaduct/withdrawals/made", r),
		flagged:     metrics.NewRegisteredGauge("viaduct/derive/flagged", r),
		proven:      metrics.NewRegisteredGauge("viaduct/challenger/proven", r),
	}
}

func (m *nodeMetrics) count(b *chain.Block) {
	m.blocks.Inc(1)
	m.txs.Inc(int64(len(b.Txs)))
	m.queueItems.Inc(int64(b.QueueItems))
	m.withdrawals.Inc(int64(len(b.Withdrawals)))
}

// handler refreshes the gauges from the node and serves the registry.
func (m *nodeMetrics) handler(n *Node) http.Handler {
	h := prometheus.Handler(m.reg)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.head.Update(int64(n.Chain.Head().Number))
		m.safe.Update(int64(n.Engine.SafeBlock()))
		m.final.Update(int64(n.Engine.FinalizedBlock()))
		m.settled.Update(int64(n.Engine.SettledBlock()))
		// The oldest block whose state proofs are served, and the time
		// Append spent in all and waiting for readers' locks (which a
		// read load must not make grow).
		m.oldest.Update(int64(n.Chain.HistoryStatus().Oldest))
		as := n.Chain.AppendStats()
		m.appendBusy.Update(as.Busy.Microseconds())
		m.appendWait.Update(as.LockWait.Microseconds())
		if n.Pool != nil {
			exec, queued := n.Pool.Stats()
			m.pool.Update(int64(exec))
			m.queued.Update(int64(queued))
		}
		// The block derivation stopped at as wrong, 0 while none is.
		var flagged int64
		if f := n.Syncer.Flagged(); f != nil {
			flagged = int64(f.Number)
		}
		m.flagged.Update(flagged)
		if n.Challenger != nil {
			m.proven.Update(int64(n.Challenger.Stats().Proven))
		}
		h.ServeHTTP(w, r)
	})
}
