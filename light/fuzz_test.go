package light_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/light"
	"github.com/viaduct-l2/viaduct/state"
	"github.com/viaduct-l2/viaduct/wire"
)

// fixture is a state of n accounts, each holding ETH and, every third one,
// a token, with honest viaduct_getProof answers built from it.
type fixture struct {
	db    *state.DB
	addrs []common.Address
	token common.Address
}

func newFixture(tb testing.TB, n int) *fixture {
	tb.Helper()
	f, closeDB, err := buildFixture(n)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(closeDB)
	return f
}

func buildFixture(n int) (*fixture, func(), error) {
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		return nil, nil, err
	}
	closeDB := func() { pdb.Close() }
	db, err := state.New(pdb)
	if err != nil {
		closeDB()
		return nil, nil, err
	}
	f := &fixture{db: db, token: common.HexToAddress("0x70ce")}
	o := state.NewOverlay(db)
	for i := range n {
		a := common.BigToAddress(big.NewInt(int64(1000 + i)))
		f.addrs = append(f.addrs, a)
		var acct state.Account
		acct.Nonce = uint64(i % 5)
		acct.Balance.SetUint64(uint64(i+1) * 1e15)
		o.SetAccount(a, acct)
		if i%3 == 0 {
			o.SetTokenBalance(a, f.token, *uint256.NewInt(uint64(i + 7)))
		}
	}
	p, err := db.Prepare(o.Diff())
	if err == nil {
		err = db.Commit(p, nil, false)
	}
	if err != nil {
		closeDB()
		return nil, nil, err
	}
	return f, closeDB, nil
}

// answer is the honest viaduct_getProof answer for addr and the token.
func (f *fixture) answer(tb testing.TB, addr common.Address) *wire.StateProof {
	tb.Helper()
	sp, err := f.proofOf(addr)
	if err != nil {
		tb.Fatal(err)
	}
	return sp
}

func (f *fixture) proofOf(addr common.Address) (*wire.StateProof, error) {
	a, ap, root, err := f.db.AccountProof(addr)
	if err != nil {
		return nil, err
	}
	bal, tp, _, err := f.db.TokenProof(addr, f.token)
	if err != nil {
		return nil, err
	}
	aenc, err := ap.MarshalBinary()
	if err != nil {
		return nil, err
	}
	tenc, err := tp.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return &wire.StateProof{
		Address: addr, Nonce: hexutil.Uint64(a.Nonce), Balance: (*hexutil.Big)(a.Balance.ToBig()), AccountProof: aenc,
		Tokens:    []wire.TokenProof{{Token: f.token, Balance: (*hexutil.Big)(bal.ToBig()), Proof: tenc}},
		StateRoot: root,
	}, nil
}

// FuzzVerifyState gives the verifier a node's answer with arbitrary
// claimed values and proof bytes. Whatever it is given, it either refuses
// with one of the client's sentinel errors or returns exactly the values the
// state holds: no made-up value ever verifies.
func FuzzVerifyState(f *testing.F) {
	fx := newFixture(f, 64)
	for i := 0; i < 6; i++ {
		sp := fx.answer(f, fx.addrs[i])
		f.Add(uint8(i), []byte(sp.AccountProof), uint64(sp.Nonce), sp.Balance.ToInt().Bytes(), []byte(sp.Tokens[0].Proof), sp.Tokens[0].Balance.ToInt().Bytes())
	}
	absent := fx.answer(f, common.HexToAddress("0xdead"))
	f.Add(uint8(200), []byte(absent.AccountProof), uint64(0), []byte{}, []byte(absent.Tokens[0].Proof), []byte{})
	f.Add(uint8(1), []byte{0, 1, 0x80, 0}, uint64(1), []byte{1}, []byte{0, 0, 0}, []byte{})
	root := fx.db.Root()
	f.Fuzz(func(t *testing.T, who uint8, accountProof []byte, nonce uint64, balance, tokenProof, tokenBalance []byte) {
		addr := common.BigToAddress(big.NewInt(int64(1000) + int64(who)))
		sp := &wire.StateProof{
			Address: addr, Nonce: hexutil.Uint64(nonce), Balance: (*hexutil.Big)(new(big.Int).SetBytes(balance)), AccountProof: accountProof,
			Tokens: []wire.TokenProof{{Token: fx.token, Balance: (*hexutil.Big)(new(big.Int).SetBytes(tokenBalance)), Proof: tokenProof}},
		}
		got, err := light.VerifyState(root, addr, []common.Address{fx.token}, sp)
		if err != nil {
			if !errors.Is(err, light.ErrBadProof) && !errors.Is(err, light.ErrValueMismatch) && !errors.Is(err, light.ErrMalformedAnswer) {
				t.Fatalf("an error naming no lie: %v", err)
			}
			return
		}
		acct, _ := fx.db.Account(addr)
		bal, _ := fx.db.TokenBalance(addr, fx.token)
		if got.Nonce != acct.Nonce || got.Balance.Cmp(acct.Balance.ToBig()) != 0 || got.Tokens[0].Balance.Cmp(bal.ToBig()) != 0 {
			t.Fatalf("verified nonce %d balance %s token %s; the state holds %d, %s, %s", got.Nonce, got.Balance, got.Tokens[0].Balance, acct.Nonce, acct.Balance.Dec(), bal.Dec())
		}
		if got.Absent != acct.IsEmpty() || got.Tokens[0].Absent != bal.IsZero() {
			t.Fatalf("absence: verified %v/%v, the state says %v/%v", got.Absent, got.Tokens[0].Absent, acct.IsEmpty(), bal.IsZero())
		}
	})
}

// ExampleVerifyState checks a node's answer for an account and a token
// under a state root, first as served, then with the balance raised by one
// wei.
func ExampleVerifyState() {
	// A state of 16 accounts standing in for the node's, and its answer
	// for one of them (in use, the root comes from a header whose hash L1
	// holds, and the answer from viaduct_getProof).
	fx, closeDB, err := buildFixture(16)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer closeDB()
	addr := fx.addrs[3]
	sp, err := fx.proofOf(addr)
	if err != nil {
		fmt.Println(err)
		return
	}
	acct, err := light.VerifyState(fx.db.Root(), addr, []common.Address{fx.token}, sp)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("nonce %d, balance %s wei, token %s (absent: %v)\n", acct.Nonce, acct.Balance, acct.Tokens[0].Balance, acct.Tokens[0].Absent)

	sp.Balance = (*hexutil.Big)(new(big.Int).Add(sp.Balance.ToInt(), big.NewInt(1)))
	_, err = light.VerifyState(fx.db.Root(), addr, []common.Address{fx.token}, sp)
	fmt.Println(errors.Is(err, light.ErrValueMismatch))
	// Output:
	// nonce 3, balance 4000000000000000 wei, token 10 (absent: false)
	// true
}

// BenchmarkVerifyState is the client's local work per query: decoding and
// verifying an account proof and a token proof, in states of 1,000 to
// 100,000 accounts (a third of them also holding a token).
func BenchmarkVerifyState(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("accounts=%d", n), func(b *testing.B) {
			fx := newFixture(b, n)
			sp := fx.answer(b, fx.addrs[42])
			root := fx.db.Root()
			b.ResetTimer()
			for b.Loop() {
				if _, err := light.VerifyState(root, fx.addrs[42], []common.Address{fx.token}, sp); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(sp.AccountProof)+len(sp.Tokens[0].Proof)), "proof-bytes")
		})
	}
}
