package api

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// A JSON-RPC batch is answered one call after another. On a sequencer that
// pre-confirms, each eth_sendRawTransaction waits for its transaction's
// pre-confirmation (a synced journal write), so a batch of them would wait
// for one write per call. PrefetchBatch, which the HTTP server calls with
// each request's body before the RPC server reads it, starts admitting
// every transaction of a batch at once: they share the writes (the engine
// commits what arrives together in one), and each call, when its turn
// comes, waits for the admission already under way and answers what it
// would have answered. WebSocket batches are not prefetched.

// admissions are the transactions being admitted by prefetch.
type admissions struct {
	mu sync.Mutex
	m  map[common.Hash]*admitting
}

type admitting struct {
	done chan struct{}
	hash common.Hash
	err  error
}

// batchCall is the part of a JSON-RPC call prefetch reads.
type batchCall struct {
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// PrefetchBatch starts admitting the transactions of the
// eth_sendRawTransaction calls of a JSON-RPC batch (body), and returns a
// function to call once the batch is answered (nil: nothing started).
// Anything it cannot read is left to the RPC server to refuse.
func (b *Backend) PrefetchBatch(body []byte) (release func()) {
	if b.Pool == nil {
		return nil
	}
	body = bytes.TrimLeft(body, " \t\r\n")
	if len(body) == 0 || body[0] != '[' {
		return nil
	}
	var calls []batchCall
	if json.Unmarshal(body, &calls) != nil {
		return nil
	}
	var started []common.Hash
	for _, c := range calls {
		if c.Method != "eth_sendRawTransaction" || len(c.Params) == 0 {
			continue
		}
		var raw hexutil.Bytes
		if json.Unmarshal(c.Params[0], &raw) != nil {
			continue
		}
		tx := new(types.Transaction)
		if tx.UnmarshalBinary(raw) != nil {
			continue
		}
		h := tx.Hash()
		b.adm.mu.Lock()
		if b.adm.m == nil {
			b.adm.m = map[common.Hash]*admitting{}
		}
		if _, ok := b.adm.m[h]; ok {
			b.adm.mu.Unlock()
			continue
		}
		a := &admitting{done: make(chan struct{})}
		b.adm.m[h] = a
		b.adm.mu.Unlock()
		started = append(started, h)
		go func() {
			defer close(a.done)
			a.hash, a.err = b.admitNow(tx)
		}()
	}
	if len(started) == 0 {
		return nil
	}
	return func() {
		b.adm.mu.Lock()
		defer b.adm.mu.Unlock()
		for _, h := range started {
			delete(b.adm.m, h)
		}
	}
}

// admit admits tx into the pool, or waits for the admission prefetch
// started, and returns its result.
func (b *Backend) admit(tx *types.Transaction) (common.Hash, error) {
	b.adm.mu.Lock()
	a := b.adm.m[tx.Hash()]
	b.adm.mu.Unlock()
	if a == nil {
		return b.admitNow(tx)
	}
	<-a.done
	return a.hash, a.err
}

// admitNow is the admission itself: the backpressure check, then the
// pool.
func (b *Backend) admitNow(tx *types.Transaction) (common.Hash, error) {
	if b.Admit != nil {
		if err := b.Admit(); err != nil {
			return common.Hash{}, err
		}
	}
	return b.Pool.Add(tx)
}

// prefetchRequest reads r's body (at most limit bytes; a larger one is
// left for the RPC server to refuse), gives it to prefetch, and puts it
// back for the RPC server. It returns what prefetch returned.
func prefetchRequest(r *http.Request, limit int, prefetch func([]byte) func()) func() {
	if r.Method != http.MethodPost || r.Body == nil {
		return nil
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, int64(limit)+1))
	r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), r.Body))
	if err != nil || len(body) > limit {
		return nil
	}
	return prefetch(body)
}
