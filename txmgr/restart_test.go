package txmgr_test

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/viaduct-l2/viaduct/txmgr"
)

// lowClient under-reports the head's base fee (a tenth of it) while low
// is set, as a lagging node behind a load balancer would: transactions
// priced from it cannot be mined.
type lowClient struct {
	simulated.Client
	low atomic.Bool
}

func (c *lowClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := c.Client.HeaderByNumber(ctx, n)
	if err != nil || n != nil || !c.low.Load() {
		return h, err
	}
	h = types.CopyHeader(h)
	h.BaseFee = new(big.Int).Div(h.BaseFee, big.NewInt(10))
	return h, nil
}

func (c *lowClient) BlobBaseFee(ctx context.Context) (*big.Int, error) {
	return c.Client.(txmgr.BlobFeeReader).BlobBaseFee(ctx)
}

func openPebble(t testing.TB) *pebble.DB {
	t.Helper()
	db, err := pebble.Open(t.TempDir(), &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// TestRestartResumesAJournaledUnderpricedTransaction: a process sends a
// transaction priced under the base fee (its node under-reported it),
// journals it, and dies. The restarted process's Start finds it in the
// journal and replaces it at a price L1 takes, and its next Send (the
// following nonce) goes through: it is not stuck behind its own
// transaction, and nothing is sent twice.
func TestRestartResumesAJournaledUnderpricedTransaction(t *testing.T) {
	s := newSim(t)
	key := keyOf("sender")
	from := addrOf(key)
	j, err := txmgr.NewPebbleJournal(openPebble(t), []byte("txmgr/batcher/"))
	if err != nil {
		t.Fatal(err)
	}
	low := &lowClient{Client: s.client}
	low.low.Store(true)
	first, _ := startManager(t, txmgr.Config{Client: low, Key: key, Journal: j, ResubmitBlocks: 1000})
	ctx := s.ctx()
	tx, err := first.Submit(ctx, transfer("0xb0b", 7))
	if err != nil {
		t.Fatal(err)
	}
	if base := s.head().BaseFee; first.Pending()[0].Fees.FeeCap.Cmp(base) >= 0 {
		t.Fatalf("test setup: fee cap %s not under the base fee %s", first.Pending()[0].Fees.FeeCap, base)
	}
	s.commit()
	if s.nonce(from) != 0 {
		t.Fatal("test setup: the underpriced transaction was mined")
	}
	if err := first.Stop(ctx); err != nil { // the process dies
		t.Fatal(err)
	}
	if _, err := tx.Wait(ctx); !errors.Is(err, txmgr.ErrStopped) {
		t.Fatalf("Wait after Stop = %v, want ErrStopped", err)
	}
	if es, err := j.Load(); err != nil || len(es) != 1 || es[0].Nonce != 0 {
		t.Fatalf("journal after the crash: %v, %v", es, err)
	}

	second, rec := startManager(t, txmgr.Config{Client: s.client, Key: key, Journal: j, ResubmitBlocks: 1000})
	if p := second.Pending(); len(p) != 1 || !p[0].Resumed || p[0].Nonce != 0 {
		t.Fatalf("Pending after Start = %+v, want the journaled nonce 0", p)
	}
	bumped, _ := rec.waitFor(t, 0, "the journaled transaction replaced", sent(0, 1))
	accepted(t, bumped)
	if bumped.tx.GasFeeCap().Cmp(s.head().BaseFee) < 0 {
		t.Fatalf("replacement %s still under the base fee %s", describe(bumped.tx), s.head().BaseFee)
	}
	s.commit()
	done := sendAsync(ctx, second, transfer("0xb0b", 8))
	next, _ := rec.waitFor(t, 0, "the next transaction", published(1, 0))
	s.commit()
	res := wait(t, done)
	if res.err != nil {
		t.Fatal(res.err)
	}
	if res.r.TxHash != next.tx.Hash() || s.nonce(from) != 2 {
		t.Fatalf("receipt %s, nonce %d; want %s and 2", res.r.TxHash, s.nonce(from), next.tx.Hash())
	}
	if b, _ := s.client.BalanceAt(ctx, common.HexToAddress("0xb0b"), nil); b.Int64() != 15 {
		t.Fatalf("recipient holds %s, want 15 (each transfer once)", b)
	}
	until(t, "the journal to empty", func() bool { es, err := j.Load(); return err == nil && len(es) == 0 })
}

// TestStartForgetsJournaledTransactionsAlreadyConfirmed: the process died
// after its transaction was mined but before it deleted the entry; Start
// deletes it and the next Send takes the following nonce.
func TestStartForgetsJournaledTransactionsAlreadyConfirmed(t *testing.T) {
	s := newSim(t)
	key := keyOf("sender")
	j := txmgr.NewMemJournal()
	signer := types.LatestSignerForChainID(big.NewInt(1337))
	tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(1337), Nonce: 0, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(10e9), Gas: 21000,
		To: &common.Address{0xb0}, Value: big.NewInt(1),
	})
	raw, _ := tx.MarshalBinary()
	if err := j.Put(0, raw); err != nil {
		t.Fatal(err)
	}
	if err := s.client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	s.commit()
	m, rec := startManager(t, txmgr.Config{Client: s.client, Key: key, Journal: j})
	if es, _ := j.Load(); len(es) != 0 || m.PendingCount() != 0 {
		t.Fatalf("journal %v, %d in flight after Start; want both empty", es, m.PendingCount())
	}
	done := sendAsync(s.ctx(), m, transfer("0xb0b", 1))
	rec.waitFor(t, 0, "the next transaction", published(1, 0))
	s.commit()
	if res := wait(t, done); res.err != nil {
		t.Fatal(res.err)
	}
}

// TestStartRefusesAForeignJournal: a journal entry signed by another key
// (a prefix shared by mistake) stops Start instead of being sent.
func TestStartRefusesAForeignJournal(t *testing.T) {
	s := newSim(t)
	j := txmgr.NewMemJournal()
	tx := types.MustSignNewTx(keyOf("other"), types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(1337), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1), Gas: 21000, To: &common.Address{1},
	})
	raw, _ := tx.MarshalBinary()
	_ = j.Put(0, raw)
	m, err := txmgr.New(txmgr.Config{Client: s.client, Key: keyOf("sender"), Journal: j})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Start(context.Background()); !errors.Is(err, txmgr.ErrCorruptJournal) {
		t.Fatalf("Start = %v, want ErrCorruptJournal", err)
	}
}

// TestStopEndsWaitsNotTransactions: Stop makes Wait and later Sends return
// ErrStopped; the transaction stays with the node and in the journal.
func TestStopEndsWaitsNotTransactions(t *testing.T) {
	s := newSim(t)
	j := txmgr.NewMemJournal()
	m, _ := startManager(t, txmgr.Config{Client: s.client, Key: keyOf("sender"), Journal: j})
	ctx := s.ctx()
	tx, err := m.Submit(ctx, transfer("0xb0b", 1))
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Wait(ctx); !errors.Is(err, txmgr.ErrStopped) {
		t.Fatalf("Wait = %v, want ErrStopped", err)
	}
	if _, err := m.Send(ctx, transfer("0xb0b", 1)); !errors.Is(err, txmgr.ErrStopped) {
		t.Fatalf("Send after Stop = %v, want ErrStopped", err)
	}
	if es, _ := j.Load(); len(es) != 1 || s.pendingNonce(addrOf(keyOf("sender"))) != 1 {
		t.Fatalf("journal %v after Stop; want the transaction kept", es)
	}
}

// TestFeeLimit: a quote above MaxFeeCap is refused without a nonce; a
// transaction whose replacement would pass the limit is replaced at the
// limit, its Wait returns ErrFeeLimit, and the manager keeps it (no more
// bumps) until falling fees let it be mined.
func TestFeeLimit(t *testing.T) {
	s := newSim(t)
	key := keyOf("sender")
	ctx := s.ctx()
	base := s.head().BaseFee
	tight, _ := startManager(t, txmgr.Config{Client: s.client, Key: keyOf("other"), MaxFeeCap: base})
	if _, err := tight.Send(ctx, transfer("0xb0b", 1)); !errors.Is(err, txmgr.ErrFeeLimit) {
		t.Fatalf("Send over the limit = %v, want ErrFeeLimit", err)
	}
	if s.pendingNonce(addrOf(keyOf("other"))) != 0 {
		t.Fatal("a refused send used a nonce")
	}

	low := &lowClient{Client: s.client}
	low.low.Store(true)
	maxFee := new(big.Int).Div(base, big.NewInt(2))
	m, rec := startManager(t, txmgr.Config{Client: low, Key: key, MaxFeeCap: maxFee, ResubmitBlocks: 1000})
	tx, err := m.Submit(ctx, transfer("0xb0b", 1))
	if err != nil {
		t.Fatal(err)
	}
	low.low.Store(false)
	s.commit()
	if _, err := tx.Wait(ctx); !errors.Is(err, txmgr.ErrFeeLimit) {
		t.Fatalf("Wait = %v, want ErrFeeLimit", err)
	}
	capped, _ := rec.waitFor(t, 0, "the capped replacement", sent(0, 1))
	accepted(t, capped)
	if capped.tx.GasFeeCap().Cmp(maxFee) != 0 {
		t.Fatalf("replacement fee cap %s, want the limit %s", capped.tx.GasFeeCap(), maxFee)
	}
	if m.PendingCount() != 1 {
		t.Fatal("the capped transaction is no longer watched")
	}
	// Empty blocks lower the base fee by an eighth each: it falls under
	// the capped fee cap and the transaction is mined.
	until(t, "the capped transaction to be mined", func() bool {
		s.commit()
		return m.PendingCount() == 0
	})
	for _, e := range rec.all() {
		if e.kind == "published" && e.bump > 1 {
			t.Fatalf("bumped past the limit: %s", describe(e.tx))
		}
	}
	if s.nonce(addrOf(key)) != 1 {
		t.Fatal("not mined")
	}
}
