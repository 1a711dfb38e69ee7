package channel

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// cheapQuotes is an L1 client that, while armed, under-reports what L1
// charges, as a lagging node behind a load balancer would: a tenth of the
// head's base fee and a tip of 1 wei. The first transaction sent through
// it disarms it, so that exactly that one is priced from the stale quote:
// its fee cap is under the base fee, and it can never be mined as it is.
type cheapQuotes struct {
	simulated.Client
	armed atomic.Bool

	mu   sync.Mutex
	sent []sentTx // the transactions sent since it was armed, in order
}

// sentTx is a transaction sent through cheapQuotes and the real base fee
// of the head when it was sent.
type sentTx struct {
	tx      *types.Transaction
	baseFee *big.Int
}

func (c *cheapQuotes) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := c.Client.HeaderByNumber(ctx, n)
	if err != nil || n != nil || !c.armed.Load() {
		return h, err
	}
	h = types.CopyHeader(h)
	h.BaseFee = new(big.Int).Div(h.BaseFee, big.NewInt(10))
	return h, nil
}

func (c *cheapQuotes) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if c.armed.Load() {
		return big.NewInt(1), nil
	}
	return c.Client.SuggestGasTipCap(ctx)
}

func (c *cheapQuotes) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	err = c.Client.SendTransaction(ctx, tx)
	c.armed.Store(false)
	c.mu.Lock()
	c.sent = append(c.sent, sentTx{tx: tx, baseFee: head.BaseFee})
	c.mu.Unlock()
	return err
}

// arm makes the next transaction sent the underpriced one, and forgets
// the ones sent before.
func (c *cheapQuotes) arm() {
	c.mu.Lock()
	c.sent = nil
	c.mu.Unlock()
	c.armed.Store(true)
}

func (c *cheapQuotes) all() []sentTx {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]sentTx(nil), c.sent...)
}

// cheapL1 is a channel L1 client for key whose transactions go through a
// manager on a cheapQuotes client.
func (n *testNet) cheapL1(key *ecdsa.PrivateKey) (*L1, *cheapQuotes) {
	n.t.Helper()
	cq := &cheapQuotes{Client: n.chain.Client}
	m, err := txmgr.New(txmgr.Config{Client: cq, Key: key, PollInterval: 10 * time.Millisecond, Log: testLog()})
	if err != nil {
		n.t.Fatal(err)
	}
	if err := m.Start(context.Background()); err != nil {
		n.t.Fatal(err)
	}
	n.t.Cleanup(func() { _ = m.Stop(context.Background()) })
	l, err := NewL1(context.Background(), n.chain.Client, m, n.contract)
	if err != nil {
		n.t.Fatal(err)
	}
	return l, cq
}

// peerOn starts a peer of key that talks to L1 through l.
func (n *testNet) peerOn(key *ecdsa.PrivateKey, l *L1) *testPeer {
	t := n.t
	t.Helper()
	st, err := OpenStore(filepath.Join(t.TempDir(), "peer"))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := ListenWS("127.0.0.1:0", nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewPeer(PeerConfig{Key: key, L1: l, Store: st, URL: srv.URL(), Logger: testLog(), WatchInterval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Register(p.APIs()); err != nil {
		t.Fatal(err)
	}
	if err := p.Start(); err != nil {
		t.Fatal(err)
	}
	tp := &testPeer{n: n, key: key, p: p, srv: srv, st: st}
	t.Cleanup(tp.stop)
	return tp
}

// mined returns the transaction of sent that L1 mined (with its receipt),
// failing the test if none or more than one was.
func mined(t *testing.T, n *testNet, what string, sent []sentTx) (*types.Transaction, *types.Receipt) {
	t.Helper()
	var tx *types.Transaction
	var r *types.Receipt
	for _, s := range sent {
		rc, err := n.chain.Client.TransactionReceipt(context.Background(), s.tx.Hash())
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if tx != nil {
			t.Fatalf("%s: two versions mined (%s and %s)", what, tx.Hash(), s.tx.Hash())
		}
		tx, r = s.tx, rc
	}
	if tx == nil {
		t.Fatalf("%s: none of the %d versions sent is mined", what, len(sent))
	}
	return tx, r
}

// underpricedThenReplaced checks that the first version of what was priced
// under the base fee, is not the one mined, and that the one mined offers
// more.
func underpricedThenReplaced(t *testing.T, n *testNet, what string, cq *cheapQuotes) *types.Receipt {
	t.Helper()
	sent := cq.all()
	if len(sent) < 2 {
		t.Fatalf("%s: %d versions sent, want the underpriced one and a replacement", what, len(sent))
	}
	first := sent[0]
	if first.tx.GasFeeCap().Cmp(first.baseFee) >= 0 {
		t.Fatalf("test setup: %s's first version offers a fee cap of %s, not under the base fee %s", what, first.tx.GasFeeCap(), first.baseFee)
	}
	tx, r := mined(t, n, what, sent)
	if tx.Hash() == first.tx.Hash() || tx.Nonce() != first.tx.Nonce() {
		t.Fatalf("%s: mined %s (nonce %d), want a replacement of %s (nonce %d)", what, tx.Hash(), tx.Nonce(), first.tx.Hash(), first.tx.Nonce())
	}
	if tx.GasFeeCap().Cmp(first.tx.GasFeeCap()) <= 0 || tx.GasTipCap().Cmp(first.tx.GasTipCap()) <= 0 {
		t.Fatalf("%s: the mined version offers fee cap %s, tip %s; the first offered %s, %s", what, tx.GasFeeCap(), tx.GasTipCap(), first.tx.GasFeeCap(), first.tx.GasTipCap())
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("%s: mined and failed", what)
	}
	return r
}

// TestUnderpricedForceCloseAndTowerAnswerAreReplacedAndMinedInTime: a
// payer's force-close with a stale state and the watchtower's answer to it
// are each first priced under the L1 base fee (their node under-reported
// it) and could never be mined as sent. The transaction manager replaces
// each at higher fees: the force-close is mined, and the tower's challenge
// is mined before the challenge period ends, so L1 closes with the payee's
// latest state. Before the channel code sent through the manager, it sent
// once and waited for a receipt that never came: the answer missed the
// deadline.
func TestUnderpricedForceCloseAndTowerAnswerAreReplacedAndMinedInTime(t *testing.T) {
	n := newTestNet(t)
	ctx := within(t)
	tl1, towerQuotes := n.cheapL1(devl1.DevKey(3))
	tst, err := OpenStore(filepath.Join(t.TempDir(), "tower"))
	if err != nil {
		t.Fatal(err)
	}
	defer tst.Close()
	tower, err := NewTower(TowerConfig{L1: tl1, Store: tst, Logger: testLog(), Interval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := tower.Start(); err != nil {
		t.Fatal(err)
	}
	defer tower.Stop()
	tsrv, err := ListenWS("127.0.0.1:0", tower.APIs())
	if err != nil {
		t.Fatal(err)
	}
	defer tsrv.Close()

	al1, aliceQuotes := n.cheapL1(devl1.DevKey(1))
	a, b := n.peerOn(devl1.DevKey(1), al1), n.peer(2, tsrv.URL())
	const period = 20 // seconds: ample for a replacement, a deadline all the same
	info, err := a.p.Open(ctx, b.srv.URL(), common.Address{}, eth(1), period)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(1), 3, 1)
	stale := latestOf(t, a, info.ID).Nonce
	payMany(t, a, info.ID, gwei(1), 7, 1)
	latest := latestOf(t, b, info.ID)
	b.stop() // the payee goes offline; its tower holds its latest state
	if got := tower.Best(info.ID); got == nil || got.Nonce != latest.Nonce {
		t.Fatalf("the tower holds %v, want nonce %d", got, latest.Nonce)
	}

	aliceQuotes.arm()
	towerQuotes.arm()
	_, closesAt, err := a.p.ForceClose(ctx, info.ID, stale)
	if err != nil {
		t.Fatal(err)
	}
	underpricedThenReplaced(t, n, "the force-close", aliceQuotes)

	for {
		ch, err := al1.Channel(ctx, info.ID)
		if err != nil {
			t.Fatal(err)
		}
		if ch.Nonce == latest.Nonce {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("L1 still closes with nonce %d, want the tower's %d", ch.Nonce, latest.Nonce)
		case <-time.After(20 * time.Millisecond):
		}
	}
	r := underpricedThenReplaced(t, n, "the tower's challenge", towerQuotes)
	blk, err := n.chain.Client.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if blk.Time >= closesAt {
		t.Fatalf("the challenge was mined at L1 time %d, the period ended at %d", blk.Time, closesAt)
	}
	for tower.Challenged() != 1 {
		select {
		case <-ctx.Done():
			t.Fatalf("the tower counts %d challenges sent, want 1", tower.Challenged())
		case <-time.After(10 * time.Millisecond):
		}
	}
}
