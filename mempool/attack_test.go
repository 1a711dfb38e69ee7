package mempool

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// The attacks on the pool, as a tester ran them against a node: each of
// these tests failed before the pool kept non-executable transactions
// apart and added up a sender's costs.

// suggestedTip is the tip the node suggests to wallets (api.SuggestedTip).
const suggestedTip = 1_000_000

// jammer is the attack: accounts holding 0.0001 ETH each send transactions
// behind a nonce gap (nonce 0 never comes), which can never execute nor
// pay, at the suggested tip and the base fee, as many as the pool takes.
type jammer struct {
	keys []*ecdsa.PrivateKey
	txs  []*types.Transaction // every one signed, admitted or not
}

var (
	jamOnce    sync.Once
	jamFixture *jammer
)

// newJammer returns the attack of 131 accounts (signed once for every
// test: signing is most of the cost), funded in st.
func newJammer(t testing.TB, st *state.MemState) *jammer {
	jamOnce.Do(func() {
		j := &jammer{}
		for range 131 {
			k, _ := crypto.GenerateKey()
			j.keys = append(j.keys, k)
			for n := uint64(1); n < uint64(DefaultConfig.PerSender); n++ {
				j.txs = append(j.txs, sign(t, txSpec{key: k, nonce: n, tip: suggestedTip, cap: int64(cfg.BaseFee.Uint64())}))
			}
		}
		jamFixture = j
	})
	for _, k := range jamFixture.keys {
		st.Accounts[crypto.PubkeyToAddress(k.PublicKey)] = state.Account{Balance: *uint256.NewInt(1e14)}
	}
	return jamFixture
}

// jam sends every transaction and returns how many the pool admitted.
func (j *jammer) jam(p *Pool) int {
	admitted := 0
	for _, tx := range j.txs {
		if _, err := p.Add(tx); err == nil {
			admitted++
		}
	}
	return admitted
}

// walletTransfer is what a wallet sends: nonce from the node, the
// suggested tip, a fee cap of twice the base fee.
func walletTransfer(t testing.TB, p *Pool, key *ecdsa.PrivateKey) *types.Transaction {
	n, err := p.PendingNonce(crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	return sign(t, txSpec{key: key, nonce: n, tip: suggestedTip, cap: 2 * int64(cfg.BaseFee.Uint64()), value: 1e15})
}

// TestGappedNonceJamDoesNotKeepAWalletOut: 131 accounts with 0.0001 ETH
// each filled all 8,192 slots with gapped transactions, and a wallet's
// transfer at the suggested tip got "txpool is full". Now their share is
// bounded and the transfer gets in, before and after a restart.
func TestGappedNonceJamDoesNotKeepAWalletOut(t *testing.T) {
	st := state.NewMemState()
	attack := newJammer(t, st)
	j := mapJournal{}
	p := New(cfg, DefaultConfig, st)
	if err := p.SetJournal(j); err != nil {
		t.Fatal(err)
	}
	admitted := attack.jam(p)
	wallet := funded(t, st, 0, 1e18)
	tx := walletTransfer(t, p, wallet)
	if _, err := p.Add(tx); err != nil {
		t.Fatalf("the wallet's transfer at the suggested tip during the jam: %v", err)
	}
	if _, queued := p.Stats(); queued > DefaultConfig.QueueTotal || admitted != queued {
		t.Fatalf("%d gapped transactions admitted, %d pooled behind gaps; the share is %d", admitted, queued, DefaultConfig.QueueTotal)
	}
	if got, err := p.Executable(10); err != nil || len(got) != 1 || got[0].Hash != tx.Hash() {
		t.Fatalf("executable during the jam: %d, %v", len(got), err)
	}

	// A restart re-admits the journal: the jam does not come back bigger,
	// and the next transfer gets in too.
	p2 := New(cfg, DefaultConfig, st)
	if err := p2.SetJournal(j); err != nil {
		t.Fatal(err)
	}
	if p2.Get(tx.Hash()) == nil {
		t.Fatal("the wallet's acknowledged transfer is gone after the restart")
	}
	if _, queued := p2.Stats(); queued > DefaultConfig.QueueTotal {
		t.Fatalf("%d gapped transactions after the restart", queued)
	}
	// Each attacker tries again with the first transaction the pool does
	// not hold.
	for i, k := range attack.keys {
		for _, tx := range attack.txs[i*(DefaultConfig.PerSender-1) : (i+1)*(DefaultConfig.PerSender-1)] {
			if p2.Get(tx.Hash()) != nil {
				continue
			}
			if _, err := p2.Add(tx); err == nil {
				if _, queued := p2.Stats(); queued > DefaultConfig.QueueTotal {
					t.Fatalf("attacker %s took a gapped slot past the share after the restart", crypto.PubkeyToAddress(k.PublicKey))
				}
			}
			break
		}
	}
	next := walletTransfer(t, p2, wallet)
	if _, err := p2.Add(next); err != nil {
		t.Fatalf("the wallet's next transfer after the restart: %v", err)
	}
}

// TestJammedJournalIsTrimmedAtRestart: a journal holding a full pool of
// gapped transactions (as a node kept them before their share was
// bounded) is re-admitted within the share; the rest leave the journal, and
// a wallet's transfer gets in.
func TestJammedJournalIsTrimmedAtRestart(t *testing.T) {
	st := state.NewMemState()
	attack := newJammer(t, st)
	j := mapJournal{}
	for _, tx := range attack.txs[:DefaultConfig.Total] {
		raw, _ := tx.MarshalBinary()
		j[tx.Hash()] = raw
	}
	p := New(cfg, DefaultConfig, st)
	if err := p.SetJournal(j); err != nil {
		t.Fatal(err)
	}
	_, queued := p.Stats()
	if queued > DefaultConfig.QueueTotal || p.Len() != queued || len(j) != p.Len() {
		t.Fatalf("after the restart: %d pooled, %d behind gaps (share %d), %d journaled", p.Len(), queued, DefaultConfig.QueueTotal, len(j))
	}
	for h := range j {
		if p.Get(h) == nil {
			t.Fatalf("journal keeps %s, which the pool dropped", h)
		}
	}
	perSender := map[common.Address]int{}
	for h := range j {
		perSender[p.Get(h).Sender]++
	}
	for a, n := range perSender {
		if n > DefaultConfig.QueuePerSender {
			t.Fatalf("%s keeps %d gapped transactions, more than %d", a, n, DefaultConfig.QueuePerSender)
		}
	}
	wallet := funded(t, st, 0, 1e18)
	if _, err := p.Add(walletTransfer(t, p, wallet)); err != nil {
		t.Fatalf("the wallet's transfer after the restart: %v", err)
	}
}

// TestRaisingGappedTipsCannotKeepAnExecutableOut: the pool is full of
// executable transactions paying more than the suggested tip, plus the
// attacker's gapped ones; the attacker raises its gapped tips to 100 gwei
// (free: they never pay). A wallet's executable transfer at the suggested
// tip still gets in, in place of a gapped one, and the attacker cannot
// take the slot back.
func TestRaisingGappedTipsCannotKeepAnExecutableOut(t *testing.T) {
	st := state.NewMemState()
	lim := Config{PerSender: 16, Total: 64}
	p := New(cfg, lim, st)
	for range 7 {
		k := funded(t, st, 0, 1e18)
		for n := range uint64(8) {
			if _, err := p.Add(sign(t, txSpec{key: k, nonce: n, tip: 2 * suggestedTip})); err != nil {
				t.Fatal(err)
			}
		}
	}
	var gapped []txSpec
	for p.Len() < 64 {
		k := funded(t, st, 0, 1e16) // enough for a fee cap of 200 gwei, which it never pays
		s := txSpec{key: k, nonce: 1, tip: suggestedTip, cap: int64(cfg.BaseFee.Uint64())}
		if _, err := p.Add(sign(t, s)); err != nil {
			t.Fatalf("attacker's gapped transaction into a pool of %d: %v", p.Len(), err)
		}
		gapped = append(gapped, s)
	}
	for i := range gapped {
		gapped[i].tip, gapped[i].cap = 100e9, 100e9
		if _, err := p.Add(sign(t, gapped[i])); err != nil {
			t.Fatalf("raising a gapped tip: %v", err)
		}
	}
	wallet := funded(t, st, 0, 1e18)
	tx := walletTransfer(t, p, wallet)
	if _, err := p.Add(tx); err != nil {
		t.Fatalf("the wallet's executable transfer against raised gapped tips: %v", err)
	}
	if p.Len() != 64 || p.Get(tx.Hash()) == nil {
		t.Fatalf("pool holds %d", p.Len())
	}
	// The attacker's evicted transaction, sent again at a higher tip still,
	// may evict another gapped one, never an executable one.
	for _, s := range gapped {
		if p.Get(sign(t, s).Hash()) != nil {
			continue
		}
		s.tip, s.cap = 200e9, 200e9
		_, _ = p.Add(sign(t, s))
	}
	if got, _ := p.Executable(100); len(got) != 57 || p.Get(tx.Hash()) == nil || p.Len() > 64 {
		t.Fatalf("%d executable (want 57), the wallet's pooled: %v, pool %d", len(got), p.Get(tx.Hash()) != nil, p.Len())
	}
}

// TestSendersCostsAreAddedUp: an account holding 100 ETH had 64
// transactions of 99 ETH each admitted. Now the second is refused with
// go-ethereum's words, and the pool holds what the account can pay.
func TestSendersCostsAreAddedUp(t *testing.T) {
	st := state.NewMemState()
	k := funded(t, st, 0, 0)
	st.Accounts[crypto.PubkeyToAddress(k.PublicKey)] = state.Account{Balance: *uint256.MustFromDecimal("100000000000000000000")}
	p := New(cfg, DefaultConfig, st)
	ether99 := new(big.Int).Mul(big.NewInt(99), big.NewInt(1e18))
	admitted := 0
	var firstErr error
	for n := range uint64(64) {
		_, err := p.Add(signBig(t, k, n, big.NewInt(1), big.NewInt(1e9), core.TransferGas, ether99))
		if err == nil {
			admitted++
		} else if firstErr == nil {
			firstErr = err
		}
	}
	if admitted != 1 || !errors.Is(firstErr, core.ErrInsufficientFunds) || !strings.Contains(firstErr.Error(), "insufficient funds for gas * price + value") {
		t.Fatalf("%d of 64 transactions of 99 ETH admitted from 100 ETH; first refusal %v", admitted, firstErr)
	}
}

// TestOverflowingCostIsReportedAsSuch: gas × fee cap past 2^256-1 was
// reported as "insufficient funds … want 0". It is a fee cap too high for
// the gas limit, in go-ethereum's words; a value that makes the sum
// overflow is a balance no account can hold.
func TestOverflowingCostIsReportedAsSuch(t *testing.T) {
	st := state.NewMemState()
	k := funded(t, st, 0, 1e18)
	p := New(cfg, DefaultConfig, st)
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	// 2^256 / 21000 rounded up: gas × fee cap is just past 2^256-1.
	cap := new(big.Int).Div(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(int64(core.TransferGas)))
	cap.Add(cap, big.NewInt(1))
	_, err := p.Add(signBig(t, k, 0, big.NewInt(1), cap, core.TransferGas, big.NewInt(0)))
	if !errors.Is(err, core.ErrFeeCapVeryHigh) || !strings.Contains(err.Error(), "max fee per gas higher than 2^256-1") || strings.Contains(err.Error(), "want") {
		t.Fatalf("gas × fee cap overflowing: %v", err)
	}
	_, err = p.Add(signBig(t, k, 0, big.NewInt(1), big.NewInt(1e9), core.TransferGas, max))
	if !errors.Is(err, core.ErrInsufficientFunds) || !strings.Contains(err.Error(), "required balance exceeds 256 bits") {
		t.Fatalf("gas × fee cap + value overflowing: %v", err)
	}
}

func signBig(t testing.TB, key *ecdsa.PrivateKey, nonce uint64, tip, cap *big.Int, gas uint64, value *big.Int) *types.Transaction {
	t.Helper()
	to := common.HexToAddress("0xb0b")
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: cap, Gas: gas, To: &to, Value: value,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// TestALaterNonceThatArrivedFirstKeepsNoEarlierOneOut: a wallet sends
// nonces 0-5 of 30 ETH each from 100 ETH in one JSON-RPC batch, which the
// node may take in any order; nonces 4 and 5 arriving first were pooled
// behind the gap (their costs fit then), and nonce 2 was then refused
// because they were counted before it, though they would execute after
// it. Every order of arrival must keep exactly nonces 0-2 (what the
// balance covers, in the order they execute): a transaction is checked
// against the ones that execute before it, and those after it that no
// longer fit are dropped.
func TestALaterNonceThatArrivedFirstKeepsNoEarlierOneOut(t *testing.T) {
	ether30 := new(big.Int).Mul(big.NewInt(30), big.NewInt(1e18))
	for _, order := range [][]uint64{
		{0, 1, 2, 3, 4, 5},
		{4, 5, 0, 2, 1, 3},
		{5, 4, 3, 2, 1, 0},
		{2, 5, 1, 4, 0, 3},
		{3, 0, 4, 1, 5, 2},
	} {
		t.Run(fmt.Sprint(order), func(t *testing.T) {
			st := state.NewMemState()
			k := funded(t, st, 0, 0)
			from := crypto.PubkeyToAddress(k.PublicKey)
			st.Accounts[from] = state.Account{Balance: *uint256.MustFromDecimal("100000000000000000000")}
			p := New(cfg, DefaultConfig, st)
			txs := make([]*types.Transaction, 6)
			for _, n := range order {
				txs[n] = signBig(t, k, n, big.NewInt(1), big.NewInt(1e9), core.TransferGas, ether30)
				if _, err := p.Add(txs[n]); err != nil && !errors.Is(err, core.ErrInsufficientFunds) {
					t.Fatalf("nonce %d: %v", n, err)
				}
			}
			for n, tx := range txs {
				if kept := p.Get(tx.Hash()) != nil; kept != (n < 3) {
					t.Errorf("nonce %d pooled: %v, want %v", n, kept, n < 3)
				}
			}
		})
	}
}
