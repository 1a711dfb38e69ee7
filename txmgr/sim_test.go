package txmgr_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/viaduct-l2/viaduct/txmgr"
)

// The clients the callers hold satisfy Client, and blob quotes work on a
// real node's client.
var (
	_ txmgr.Client        = (*ethclient.Client)(nil)
	_ txmgr.BlobFeeReader = (*ethclient.Client)(nil)
	_ txmgr.Client        = simulated.Client(nil)
)

// deadline bounds every wait in these tests: a safety net, never a
// condition (they wait on the manager's events or poll L1's state).
const deadline = 2 * time.Minute

// keyOf derives a deterministic funded key from a label.
func keyOf(label string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("viaduct/txmgr/" + label)))
	if err != nil {
		panic(err) // keccak output is a valid key
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// sim is go-ethereum's simulated chain (chain id 1337, every fork through
// Osaka and later active), mined only when a test says so.
type sim struct {
	t       testing.TB
	backend *simulated.Backend
	client  simulated.Client
}

// funded are the labels of the accounts every sim funds.
var funded = []string{"sender", "flood", "other", "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9"}

func newSim(t testing.TB, opts ...func(*node.Config, *ethconfig.Config)) *sim {
	t.Helper()
	alloc := types.GenesisAlloc{}
	bal := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	for _, l := range funded {
		alloc[addrOf(keyOf(l))] = types.Account{Balance: bal}
	}
	b := simulated.NewBackend(alloc, opts...)
	t.Cleanup(func() { _ = b.Close() })
	return &sim{t: t, backend: b, client: b.Client()}
}

// withGasLimit makes every block hold at most gas.
func withGasLimit(gas uint64) func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.GasLimit = gas
		ec.Miner.GasCeil = gas
	}
}

func (s *sim) ctx() context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	s.t.Cleanup(cancel)
	return ctx
}

func (s *sim) commit() common.Hash { return s.backend.Commit() }

func (s *sim) head() *types.Header {
	s.t.Helper()
	h, err := s.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		s.t.Fatal(err)
	}
	return h
}

func (s *sim) nonce(a common.Address) uint64 {
	s.t.Helper()
	n, err := s.client.NonceAt(context.Background(), a, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	return n
}

func (s *sim) pendingNonce(a common.Address) uint64 {
	s.t.Helper()
	n, err := s.client.PendingNonceAt(context.Background(), a)
	if err != nil {
		s.t.Fatal(err)
	}
	return n
}

// until polls cond (L1 state or the manager's) until it holds.
func until(t testing.TB, what string, cond func() bool) {
	t.Helper()
	end := time.Now().Add(deadline)
	for !cond() {
		if time.Now().After(end) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// event is one Metrics call.
type event struct {
	kind    string // "published", "mined"
	tx      *types.Transaction
	bump    int
	err     error
	receipt *types.Receipt
}

// recorder is a Metrics that tests wait on.
type recorder struct {
	mu     sync.Mutex
	evs    []event
	notify chan struct{}
}

func newRecorder() *recorder { return &recorder{notify: make(chan struct{})} }

func (r *recorder) add(e event) {
	r.mu.Lock()
	r.evs = append(r.evs, e)
	close(r.notify)
	r.notify = make(chan struct{})
	r.mu.Unlock()
}

func (r *recorder) Published(tx *types.Transaction, bump int, err error) {
	r.add(event{kind: "published", tx: tx, bump: bump, err: err})
}
func (r *recorder) Mined(rc *types.Receipt, bumps int, _ time.Duration) {
	r.add(event{kind: "mined", receipt: rc, bump: bumps})
}
func (r *recorder) Pending(int) {}

// waitFor returns the first event from index `from` on that matches, waiting
// for it; it returns its index too.
func (r *recorder) waitFor(t testing.TB, from int, what string, match func(event) bool) (event, int) {
	t.Helper()
	timer := time.NewTimer(deadline)
	defer timer.Stop()
	for {
		r.mu.Lock()
		for i := from; i < len(r.evs); i++ {
			if match(r.evs[i]) {
				e := r.evs[i]
				r.mu.Unlock()
				return e, i
			}
		}
		ch := r.notify
		r.mu.Unlock()
		select {
		case <-ch:
		case <-timer.C:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

func (r *recorder) all() []event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]event(nil), r.evs...)
}

// published matches an accepted publication of nonce at bump.
func published(nonce uint64, bump int) func(event) bool {
	return func(e event) bool {
		return e.kind == "published" && e.err == nil && e.tx.Nonce() == nonce && e.bump == bump
	}
}

// sent matches a publication of nonce at bump, whatever the node said,
// so that a test checks the answer instead of waiting for a better one.
func sent(nonce uint64, bump int) func(event) bool {
	return func(e event) bool { return e.kind == "published" && e.tx.Nonce() == nonce && e.bump == bump }
}

// accepted ends the test if the node refused e's transaction.
func accepted(t testing.TB, e event) event {
	t.Helper()
	if e.err != nil {
		t.Fatalf("the node refused %s: %v", describe(e.tx), e.err)
	}
	return e
}

// startManager starts a manager on s's client (or c) for key with test
// defaults; it is stopped at cleanup.
func startManager(t testing.TB, cfg txmgr.Config) (*txmgr.Manager, *recorder) {
	t.Helper()
	rec := newRecorder()
	if cfg.Metrics == nil {
		cfg.Metrics = rec
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 2 * time.Millisecond
	}
	if cfg.Log == nil {
		cfg.Log = testLogger(t)
	}
	m, err := txmgr.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = m.Stop(context.Background()) })
	return m, rec
}

// result is a Send's outcome.
type result struct {
	r   *types.Receipt
	err error
}

// sendAsync runs m.Send in a goroutine.
func sendAsync(ctx context.Context, m *txmgr.Manager, c txmgr.Candidate) <-chan result {
	ch := make(chan result, 1)
	go func() {
		r, err := m.Send(ctx, c)
		ch <- result{r, err}
	}()
	return ch
}

func transfer(to string, wei int64) txmgr.Candidate {
	a := common.HexToAddress(to)
	return txmgr.Candidate{To: &a, Value: big.NewInt(wei)}
}

// wait returns a Send's result.
func wait(t testing.TB, ch <-chan result) result {
	t.Helper()
	select {
	case r := <-ch:
		return r
	case <-time.After(deadline):
		t.Fatal("timed out waiting for Send")
	}
	return result{}
}

func describe(tx *types.Transaction) string {
	return fmt.Sprintf("nonce %d tip %s feeCap %s", tx.Nonce(), tx.GasTipCap(), tx.GasFeeCap())
}

func mustABI(t testing.TB, js string) *abi.ABI {
	t.Helper()
	a, err := abi.JSON(strings.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return &a
}

// selector is a Solidity function's or error's 4-byte selector.
func selector(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }

// testLogger sends a manager's log to the test's, shown when it fails.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}
