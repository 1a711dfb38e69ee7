// Package explorer is the block explorer every Viaduct node serves on its
// RPC port at / (design decision D15): the rollup as it lives on L1, in
// pages a browser reads without JavaScript.
//
// # Model
//
// The pages are rendered on the server with html/template from what the
// node already holds: the chain (blocks, transactions, withdrawals), the
// engine's latest/safe/finalized heads, the follower's view of the Rollup
// on L1 (batches with their L1 transactions and challenge windows, the L1
// queue, fraud proofs and challenges, withdrawals paid), the mempool on a
// sequencer, and an index of its own (index.go) for what the chain does not
// keep by address. The account page also shows the balance checked by the
// light client against the state root on L1 (Verifier), marked verified.
//
// # Guarantees
//
//   - Everything shown is escaped by html/template; names and symbols of
//     tokens, which their L1 contracts choose, are also stripped of control
//     and bidirectional formatting characters and shortened (label). Pages
//     are sent with a Content-Security-Policy that allows only the
//     explorer's own script and style, and no framing.
//   - No page reads more than a bounded amount: lists are cut at a fixed
//     length and read from indexes, never by scanning the chain, so a page
//     costs the same on a chain of a hundred blocks and of a million
//     (docs/performance.md has the figures).
//   - The explorer only reads: it holds no lock the chain's writer waits for.
//     The verified balance is computed at most one at a time and cached per
//     L1 block, so that loading pages cannot make the node flood its L1
//     endpoint.
package explorer

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"math/big"
	"net/http"
	"sync"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/light"
	"github.com/viaduct-l2/viaduct/mempool"
)

//go:embed templates static
var files embed.FS

// Heads gives the L2 blocks that are safe (posted in an L1 block) and
// finalized (posted in a finalized L1 block): the engine does.
type Heads interface {
	SafeBlock() uint64
	FinalizedBlock() uint64
}

// L1View gives the node's latest view of the Rollup (the follower does).
type L1View interface {
	Snapshot() *l1.Snapshot
}

// Pool finds a transaction waiting in the sequencer's mempool.
type Pool interface {
	Get(h common.Hash) *mempool.Entry
}

// Verifier returns addr's balances at the block L1 names (light.Posted),
// checked by the light client against L1: LightVerifier makes one.
type Verifier func(ctx context.Context, addr common.Address, tokens []common.Address) (*light.Account, error)

// Config is what the explorer reads.
type Config struct {
	Chain  *chain.Chain
	DB     *pebble.DB // the node's; the explorer's index lives under "e"
	Heads  Heads
	L1     L1View
	Rollup *l1.Rollup // for the bond, read once from L1
	Pool   Pool       // nil on a verifier
	Verify Verifier   // nil: no verified balance
	Role   string     // "sequencer" or "verifier", shown in the footer
	Log    *slog.Logger
	// Now is the clock ages and countdowns are computed against (default
	// time.Now).
	Now func() time.Time
}

// Explorer serves the pages (Handler) and keeps the index (Start, Stop).
type Explorer struct {
	cfg   Config
	idx   *indexer
	pages map[string]*template.Template

	bondMu sync.Mutex
	bond   *big.Int

	verify verifyCache
}

// New builds the explorer; it starts nothing.
func New(cfg Config) (*Explorer, error) {
	if cfg.Chain == nil || cfg.DB == nil || cfg.Heads == nil || cfg.L1 == nil {
		return nil, errors.New("explorer: needs the chain, the database, the heads and the L1 view")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	queue := func(i uint64) (core.QueueItem, error) {
		e, err := cfg.L1.Snapshot().QueueEntry(i)
		return e.Item, err
	}
	idx, err := newIndexer(cfg.DB, cfg.Chain, queue, cfg.Log)
	if err != nil {
		return nil, err
	}
	e := &Explorer{cfg: cfg, idx: idx, pages: map[string]*template.Template{}}
	base, err := template.New("").Funcs(funcs(cfg.Now)).ParseFS(files, "templates/layout.html")
	if err != nil {
		return nil, fmt.Errorf("explorer: templates: %w", err)
	}
	for _, name := range []string{"home", "block", "tx", "batch", "address", "fraud", "search", "error"} {
		t, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if e.pages[name], err = t.ParseFS(files, "templates/"+name+".html"); err != nil {
			return nil, fmt.Errorf("explorer: template %s: %w", name, err)
		}
	}
	return e, nil
}

// Start indexes the chain in the background.
func (e *Explorer) Start(ctx context.Context) error { return e.idx.Start(ctx) }

// Stop stops indexing.
func (e *Explorer) Stop(ctx context.Context) error { return e.idx.Stop(ctx) }

// IndexStep indexes the next blocks now (tests and benchmarks, which do
// not Start the explorer); it reports whether more are waiting.
func (e *Explorer) IndexStep() (bool, error) { return e.idx.Step() }

// csp allows the explorer's own script and style sheet and nothing else:
// whatever slipped through escaping could not run, load or frame anything.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
	"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// Handler serves the pages. Every path it is given is the explorer's: the
// RPC server sends it the GET requests that are not JSON-RPC (api.Route).
func (e *Explorer) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(files, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(time.Hour, http.FileServerFS(static))))
	mux.HandleFunc("GET /{$}", e.home)
	mux.HandleFunc("GET /block/{id}", e.block)
	mux.HandleFunc("GET /tx/{hash}", e.tx)
	mux.HandleFunc("GET /batch/{index}", e.batch)
	mux.HandleFunc("GET /address/{addr}", e.address)
	mux.HandleFunc("GET /fraud", e.fraud)
	mux.HandleFunc("GET /search", e.search)
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		e.fail(w, r, http.StatusNotFound, "No such page", "This node's explorer has no page at this address.")
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		mux.ServeHTTP(w, r)
	})
}

func cacheFor(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(d/time.Second)))
		h.ServeHTTP(w, r)
	})
}

// bondAmount is the Rollup's bond, read from L1 once (nil until a read
// succeeds).
func (e *Explorer) bondAmount(ctx context.Context) *big.Int {
	e.bondMu.Lock()
	defer e.bondMu.Unlock()
	if e.bond == nil && e.cfg.Rollup != nil {
		ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		if b, err := e.cfg.Rollup.Bond(ctx); err == nil {
			e.bond = b
		}
	}
	return e.bond
}

// LightVerifier returns a Verifier that checks balances with the light
// client, exactly as `viaduct light balance` does: the node's answers
// (from dialL2, the node's own RPC in process) against the Rollup at
// rollupAddr on l1. The client is made at the first call that succeeds in
// making it.
func LightVerifier(l1c light.L1, dialL2 func() light.L2, rollupAddr common.Address) Verifier {
	var (
		mu sync.Mutex
		c  *light.Client
	)
	return func(ctx context.Context, addr common.Address, tokens []common.Address) (*light.Account, error) {
		mu.Lock()
		if c == nil {
			var err error
			if c, err = light.New(ctx, l1c, dialL2(), rollupAddr); err != nil {
				c = nil
				mu.Unlock()
				return nil, err
			}
		}
		client := c
		mu.Unlock()
		return client.Balance(ctx, addr, tokens, light.Posted)
	}
}

// verifyCache runs the verifier one call at a time and keeps its answers
// for the L1 block they were checked at: the answer cannot change until
// the view of L1 does.
type verifyCache struct {
	sem     chan struct{}
	once    sync.Once
	mu      sync.Mutex
	l1Block uint64
	answers map[common.Address]verified
}

type verified struct {
	acct *light.Account
	err  error
}

// verifyWait is how long a page waits for another page's verification.
const verifyWait = 2 * time.Second

// errVerifyBusy is shown when other pages keep the verifier busy.
var errVerifyBusy = errors.New("the light client is busy checking other accounts; reload in a moment")

func (e *Explorer) verified(ctx context.Context, l1Block uint64, addr common.Address, tokens []common.Address) (*light.Account, error) {
	vc := &e.verify
	vc.once.Do(func() { vc.sem = make(chan struct{}, 1) })
	vc.mu.Lock()
	if vc.l1Block != l1Block {
		vc.l1Block, vc.answers = l1Block, map[common.Address]verified{}
	}
	if v, ok := vc.answers[addr]; ok {
		vc.mu.Unlock()
		return v.acct, v.err
	}
	vc.mu.Unlock()
	select {
	case vc.sem <- struct{}{}:
	case <-time.After(verifyWait):
		return nil, errVerifyBusy
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-vc.sem }()
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	acct, err := e.cfg.Verify(cctx, addr, tokens)
	if ctx.Err() == nil && (err == nil || light.Retryable(err)) {
		vc.mu.Lock()
		if vc.l1Block == l1Block && len(vc.answers) < 4096 {
			vc.answers[addr] = verified{acct, err}
		}
		vc.mu.Unlock()
	}
	return acct, err
}
