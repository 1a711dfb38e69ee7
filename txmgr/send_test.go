package txmgr_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/viaduct-l2/viaduct/txmgr"
)

// flood fills the next block with four transfers that outbid anything
// else (blocks of withGasLimit(84000) hold exactly four), and mines it:
// the base fee rises by an eighth.
func (s *sim) flood() {
	s.t.Helper()
	k := keyOf("flood")
	from := addrOf(k)
	n := s.pendingNonce(from)
	for i := range uint64(4) {
		tx := types.MustSignNewTx(k, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
			ChainID: big.NewInt(1337), Nonce: n + i, GasTipCap: big.NewInt(100e9), GasFeeCap: big.NewInt(10_000e9),
			Gas: 21000, To: &common.Address{0xf1}, Value: big.NewInt(1),
		})
		if err := s.client.SendTransaction(context.Background(), tx); err != nil {
			s.t.Fatal(err)
		}
	}
	// The miner takes what the pool has promoted to pending.
	until(s.t, "the flood to be pending", func() bool { return s.pendingNonce(from) == n+4 })
	s.commit()
	if h := s.head(); h.GasUsed != h.GasLimit {
		s.t.Fatalf("flood block %d used %d of %d gas", h.Number, h.GasUsed, h.GasLimit)
	}
}

// TestUnderpricedTransactionIsReplacedWhenTheBaseFeeRises: a transaction
// is priced at twice the base fee, then full blocks of higher bids push the
// base fee above its fee cap, so it can never be mined at its price. The
// manager replaces it at once (not after its resubmission interval, set
// here beyond the test) with a fee cap from a fresh quote, not merely 10%
// more (which would still be under the base fee), the node accepts the
// replacement, and it is mined in the next block that has room.
func TestUnderpricedTransactionIsReplacedWhenTheBaseFeeRises(t *testing.T) {
	s := newSim(t, withGasLimit(84000))
	key := keyOf("sender")
	m, rec := startManager(t, txmgr.Config{Client: s.client, Key: key, ResubmitBlocks: 1000})
	done := sendAsync(s.ctx(), m, transfer("0xb0b", 7))
	first, _ := rec.waitFor(t, 0, "the first version", published(0, 0))
	for s.head().BaseFee.Cmp(first.tx.GasFeeCap()) <= 0 {
		s.flood()
	}
	if n := s.nonce(addrOf(key)); n != 0 {
		t.Fatalf("the transaction was mined during the flood (nonce %d)", n)
	}
	second, _ := rec.waitFor(t, 0, "the replacement", sent(0, 1))
	accepted(t, second)
	base := s.head().BaseFee
	next := new(big.Int).Add(base, new(big.Int).Div(base, big.NewInt(8))) // the next block's, after a full one
	if second.tx.GasFeeCap().Cmp(next) < 0 {
		t.Fatalf("replacement %s cannot pay the next base fee %s", describe(second.tx), next)
	}
	if tenPercent := new(big.Int).Div(new(big.Int).Mul(first.tx.GasFeeCap(), big.NewInt(110)), big.NewInt(100)); tenPercent.Cmp(base) >= 0 {
		t.Fatalf("test too weak: a 10%% bump (%s) would pay the base fee %s", tenPercent, base)
	}
	want := s.commit()
	if n := s.nonce(addrOf(key)); n != 1 {
		t.Fatalf("the replacement was not mined in the next block (nonce %d)", n)
	}
	res := wait(t, done)
	if res.err != nil {
		t.Fatal(res.err)
	}
	if res.r.BlockHash != want || res.r.TxHash != second.tx.Hash() {
		t.Fatalf("mined %s in %s, want the replacement %s in the next block %s", res.r.TxHash, res.r.BlockHash, second.tx.Hash(), want)
	}
	for _, e := range rec.all() {
		if e.kind == "published" && e.err != nil {
			t.Fatalf("the node refused %s: %v", describe(e.tx), e.err)
		}
	}
}

// TestConcurrentSendsAreInFlightTogether: six Sends at once get the nonces
// 0..5, one each, all reach the node before any block is mined (so they
// are in flight together, not one after another), and all are mined.
func TestConcurrentSendsAreInFlightTogether(t *testing.T) {
	s := newSim(t)
	key := keyOf("sender")
	m, rec := startManager(t, txmgr.Config{Client: s.client, Key: key})
	const n = 6
	ctx := s.ctx()
	var dones []<-chan result
	for i := range n {
		dones = append(dones, sendAsync(ctx, m, transfer("0xb0b", int64(i+1))))
	}
	var nonces []uint64
	from := 0
	for range n {
		e, i := rec.waitFor(t, from, "a first version", func(e event) bool { return e.kind == "published" && e.bump == 0 })
		from = i + 1
		if e.err != nil {
			t.Fatalf("the node refused %s: %v", describe(e.tx), e.err)
		}
		nonces = append(nonces, e.tx.Nonce())
	}
	slices.Sort(nonces)
	for i, got := range nonces {
		if got != uint64(i) {
			t.Fatalf("nonces %v, want 0..%d once each", nonces, n-1)
		}
	}
	if c := m.PendingCount(); c != n {
		t.Fatalf("PendingCount %d, want %d", c, n)
	}
	if in, err := m.InFlight(ctx); err != nil || !in {
		t.Fatalf("InFlight = %v, %v", in, err)
	}
	block := s.commit()
	for _, d := range dones {
		res := wait(t, d)
		if res.err != nil {
			t.Fatal(res.err)
		}
		if res.r.BlockHash != block {
			t.Fatalf("receipt in %s, want %s (all in one block)", res.r.BlockHash, block)
		}
	}
	if got := s.nonce(addrOf(key)); got != n {
		t.Fatalf("nonce %d after the sends, want %d", got, n)
	}
	if b, _ := s.client.BalanceAt(ctx, common.HexToAddress("0xb0b"), nil); b.Int64() != 21 {
		t.Fatalf("recipient got %s, want 21 (each transfer once)", b)
	}
	if c := m.PendingCount(); c != 0 {
		t.Fatalf("PendingCount %d after all mined", c)
	}
}

// TestSubmitTakesNoncesInCallOrder: a pipeline submits one after another
// and waits later; the nonces follow the calls, so transactions that
// depend on each other (batch i+1 on batch i) are mined in order.
func TestSubmitTakesNoncesInCallOrder(t *testing.T) {
	s := newSim(t)
	m, _ := startManager(t, txmgr.Config{Client: s.client, Key: keyOf("sender")})
	ctx := s.ctx()
	var txs []*txmgr.Tx
	for i := range 4 {
		c := transfer("0xb0b", int64(i+1))
		c.GasLimit = 21000 // as a pipeline would: no estimate
		tx, err := m.Submit(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		if tx.Nonce() != uint64(i) {
			t.Fatalf("submit %d took nonce %d", i, tx.Nonce())
		}
		txs = append(txs, tx)
	}
	if p := m.Pending(); len(p) != 4 || p[3].Nonce != 3 || p[0].Mined != nil {
		t.Fatalf("Pending = %+v", p)
	}
	s.commit()
	for i, tx := range txs {
		r, err := tx.Wait(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if r.TransactionIndex != uint(i) {
			t.Fatalf("nonce %d at index %d", i, r.TransactionIndex)
		}
	}
}

// revertingCode is creation code that reverts with the custom error
// Nope(uint256) and argument 7.
var revertingCode = []byte{
	0x63, 0, 0, 0, 0, // PUSH4 selector (filled in init)
	0x60, 0xe0, 0x1b, // PUSH1 224 SHL
	0x60, 0x00, 0x52, // PUSH1 0 MSTORE
	0x60, 0x07, 0x60, 0x04, 0x52, // PUSH1 7 PUSH1 4 MSTORE
	0x60, 0x24, 0x60, 0x00, 0xfd, // PUSH1 36 PUSH1 0 REVERT
}

const nopeABI = `[{"type":"error","name":"Nope","inputs":[{"name":"code","type":"uint256"}]}]`

func init() {
	sel := selector("Nope(uint256)")
	copy(revertingCode[1:5], sel)
}

// TestRevertIsRefusedAtTheEstimateWithoutANonce: a call that would revert
// is refused before it is sent, as ErrReverted naming the custom error;
// the nonce is not used, so the next Send takes it.
func TestRevertIsRefusedAtTheEstimateWithoutANonce(t *testing.T) {
	s := newSim(t)
	key := keyOf("sender")
	m, _ := startManager(t, txmgr.Config{Client: s.client, Key: key, ABIs: []*abi.ABI{mustABI(t, nopeABI)}})
	ctx := s.ctx()
	_, err := m.Send(ctx, txmgr.Candidate{Data: revertingCode})
	var re *txmgr.RevertError
	if !errors.Is(err, txmgr.ErrReverted) || !errors.As(err, &re) {
		t.Fatalf("Send = %v, want a RevertError", err)
	}
	if re.Name != "Nope" || re.Reason != "Nope(7)" || re.Receipt != nil {
		t.Fatalf("revert %q %q receipt %v, want Nope(7) unmined", re.Name, re.Reason, re.Receipt)
	}
	if p := s.pendingNonce(addrOf(key)); p != 0 || m.PendingCount() != 0 {
		t.Fatalf("pending nonce %d, %d in flight after a refused call", p, m.PendingCount())
	}
	done := sendAsync(ctx, m, transfer("0xb0b", 1))
	until(t, "the transfer to reach the node", func() bool { return s.pendingNonce(addrOf(key)) == 1 })
	s.commit()
	res := wait(t, done)
	if res.err != nil {
		t.Fatal(res.err)
	}
	tx, _, err := s.client.TransactionByHash(ctx, res.r.TxHash)
	if err != nil || tx.Nonce() != 0 {
		t.Fatalf("next send took nonce %v (%v), want 0", tx.Nonce(), err)
	}
}

// TestMinedRevertIsErrRevertedWithItsReceipt: a transaction that fails
// when mined (here sent with a gas limit, so without an estimate) returns
// its receipt and a RevertError with the reason found by replaying it.
func TestMinedRevertIsErrRevertedWithItsReceipt(t *testing.T) {
	s := newSim(t)
	m, rec := startManager(t, txmgr.Config{Client: s.client, Key: keyOf("sender"), ABIs: []*abi.ABI{mustABI(t, nopeABI)}})
	done := sendAsync(s.ctx(), m, txmgr.Candidate{Data: revertingCode, GasLimit: 100_000})
	rec.waitFor(t, 0, "the transaction", published(0, 0))
	s.commit()
	res := wait(t, done)
	var re *txmgr.RevertError
	if !errors.Is(res.err, txmgr.ErrReverted) || !errors.As(res.err, &re) {
		t.Fatalf("Send = %v, want a RevertError", res.err)
	}
	if res.r == nil || res.r.Status != types.ReceiptStatusFailed || re.Receipt != res.r {
		t.Fatalf("receipt %+v, want the failed one", res.r)
	}
	if re.Name != "Nope" {
		t.Fatalf("revert named %q (%v), want Nope", re.Name, re)
	}
}

// sendForeign sends a transfer from key at nonce, as another process
// holding the same key would, priced to pass and to replace.
func (s *sim) sendForeign(key *ecdsa.PrivateKey, nonce uint64) *types.Transaction {
	s.t.Helper()
	tip := big.NewInt(1e9)
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(1337), Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Lsh(s.head().BaseFee, 1), tip),
		Gas: 21000, To: &common.Address{0xf0}, Value: big.NewInt(1),
	})
	if err := s.client.SendTransaction(context.Background(), tx); err != nil {
		s.t.Fatal(err)
	}
	return tx
}

// TestNonceTakenByAnotherSender: another process with the same key
// replaces the manager's waiting transaction in the txpool and has its own
// mined at that nonce. The manager does not wait forever for a receipt
// that cannot come: its Send returns ErrNonceTaken.
func TestNonceTakenByAnotherSender(t *testing.T) {
	s := newSim(t)
	low := &lowClient{Client: s.client}
	low.low.Store(true) // the manager's transaction waits, underpriced
	key := keyOf("sender")
	m, rec := startManager(t, txmgr.Config{Client: low, Key: key, ResubmitBlocks: 1000})
	done := sendAsync(s.ctx(), m, transfer("0xb0b", 1))
	rec.waitFor(t, 0, "the manager's transaction", published(0, 0))
	foreign := s.sendForeign(key, 0)
	res := s.mineUntil(t, done)
	if !errors.Is(res.err, txmgr.ErrNonceTaken) {
		t.Fatalf("Send = %v, want ErrNonceTaken", res.err)
	}
	if r, err := s.client.TransactionReceipt(context.Background(), foreign.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the other sender's transaction: %v %v", r, err)
	}
}

// TestNonceUsedBeforeTheFirstSend: another process used the nonce the
// manager was about to take; the node answers "nonce too low", and the
// manager takes the next one instead of failing.
func TestNonceUsedBeforeTheFirstSend(t *testing.T) {
	s := newSim(t)
	key := keyOf("sender")
	m, rec := startManager(t, txmgr.Config{Client: s.client, Key: key})
	s.sendForeign(key, 0)
	s.commit()
	done := sendAsync(s.ctx(), m, transfer("0xb0b", 1))
	e, _ := rec.waitFor(t, 0, "the manager's transaction", func(e event) bool { return e.kind == "published" && e.err == nil })
	if e.tx.Nonce() != 1 {
		t.Fatalf("sent at nonce %d, want 1", e.tx.Nonce())
	}
	s.commit()
	if res := wait(t, done); res.err != nil {
		t.Fatal(res.err)
	}
}

// TestResubmissionInterval: a transaction that is not mined (full blocks
// of higher bids, here; the base fee stays under its fee cap, and the node
// took it, so only the interval applies) is replaced after ResubmitBlocks
// blocks, or after ResubmitAfter without any block, and the node takes the
// replacement.
func TestResubmissionInterval(t *testing.T) {
	t.Run("blocks", func(t *testing.T) {
		s := newSim(t, withGasLimit(84000))
		m, rec := startManager(t, txmgr.Config{Client: s.client, Key: keyOf("sender"), ResubmitBlocks: 2})
		done := sendAsync(s.ctx(), m, transfer("0xb0b", 1))
		first, _ := rec.waitFor(t, 0, "the transaction", published(0, 0))
		s.flood()
		s.flood()
		if s.head().BaseFee.Cmp(first.tx.GasFeeCap()) >= 0 {
			t.Fatal("test setup: the base fee passed the fee cap")
		}
		second, _ := rec.waitFor(t, 0, "the replacement", sent(0, 1))
		accepted(t, second)
		if res := s.mineUntil(t, done); res.err != nil {
			t.Fatal(res.err)
		}
	})
	t.Run("time", func(t *testing.T) {
		s := newSim(t)
		m, rec := startManager(t, txmgr.Config{Client: s.client, Key: keyOf("sender"), ResubmitAfter: 20 * time.Millisecond})
		done := sendAsync(s.ctx(), m, transfer("0xb0b", 1))
		second, _ := rec.waitFor(t, 0, "the replacement", sent(0, 1))
		accepted(t, second)
		s.commit()
		res := wait(t, done)
		if res.err != nil {
			t.Fatal(res.err)
		}
		tx, _, _ := s.client.TransactionByHash(context.Background(), res.r.TxHash)
		if tx.GasFeeCap().Cmp(second.tx.GasFeeCap()) < 0 {
			t.Fatalf("mined %s, an earlier version than the replacement", describe(tx))
		}
	})
}

// TestMarginStaysInsideTheBlockGasLimit: a transaction whose estimate fits
// a block but whose estimate plus the margin does not (a large contract
// deployed on geth --dev's 11.5M-gas blocks) is sent with the block's gas
// limit and mined; with the margin alone the node refused it ("exceeds
// block gas limit").
func TestMarginStaysInsideTheBlockGasLimit(t *testing.T) {
	const limit = 1_000_000
	s := newSim(t, withGasLimit(limit))
	m, _ := startManager(t, txmgr.Config{Client: s.client, Key: keyOf("sender")})
	to := common.HexToAddress("0xb0b")
	data := make([]byte, 20_700) // 21,000 + 40 a non-zero byte (the EIP-7623 floor): about 849,000 gas
	for i := range data {
		data[i] = 1
	}
	done := sendAsync(s.ctx(), m, txmgr.Candidate{To: &to, Data: data})
	res := s.mineUntil(t, done)
	if res.err != nil {
		t.Fatal(res.err)
	}
	if res.r.GasUsed < limit*8/10 {
		t.Fatalf("gas used %d: the test's transaction is too small to need the cap", res.r.GasUsed)
	}
}
