package core

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/state"
)

var (
	testCfg   = DevConfig()
	gwei      = big.NewInt(1_000_000_000)
	oneEther  = new(big.Int).Mul(gwei, gwei)
	tokenA    = common.HexToAddress("0x00000000000000000000000000000000000A11CE")
	feeTo     = common.HexToAddress("0x000000000000000000000000000000000000FEE5")
	genesis   = Genesis()
	testKeys  = makeKeys(8)
	testAddrs = keyAddrs(testKeys)
)

func makeKeys(n int) []*ecdsa.PrivateKey {
	out := make([]*ecdsa.PrivateKey, n)
	for i := range out {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'v', 'i', 'a'}))
		if err != nil {
			panic(err)
		}
		out[i] = k
	}
	return out
}

func keyAddrs(keys []*ecdsa.PrivateKey) []common.Address {
	out := make([]common.Address, len(keys))
	for i, k := range keys {
		out[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return out
}

// txSpec describes a transaction to sign; zero fields get sensible defaults.
type txSpec struct {
	legacy   bool
	chainID  uint64
	nonce    uint64
	tip, cap *big.Int
	gas      uint64
	to       common.Address
	value    *big.Int
	data     []byte
}

func signTx(t testing.TB, key *ecdsa.PrivateKey, s txSpec) *types.Transaction {
	t.Helper()
	if s.chainID == 0 {
		s.chainID = testCfg.ChainID
	}
	if s.cap == nil {
		s.cap = gwei
	}
	if s.tip == nil {
		s.tip = big.NewInt(1000)
	}
	if s.value == nil {
		s.value = new(big.Int)
	}
	if s.gas == 0 {
		s.gas = 21_000
		if len(s.data) > 0 {
			s.gas = 60_000
		}
		if s.to == BridgeAddress {
			s.gas = 40_000
		}
	}
	to := s.to
	var inner types.TxData
	if s.legacy {
		inner = &types.LegacyTx{Nonce: s.nonce, GasPrice: s.cap, Gas: s.gas, To: &to, Value: s.value, Data: s.data}
	} else {
		inner = &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(s.chainID), Nonce: s.nonce, GasTipCap: s.tip, GasFeeCap: s.cap, Gas: s.gas, To: &to, Value: s.value, Data: s.data}
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(s.chainID)), inner)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func mustTx(t testing.TB, key *ecdsa.PrivateKey, s txSpec) *Tx {
	t.Helper()
	tx, err := FromTransaction(signTx(t, key, s), testCfg)
	if err != nil {
		t.Fatalf("FromTransaction: %v", err)
	}
	return tx
}

func transferData(to common.Address, amount *big.Int) []byte {
	data := make([]byte, 68)
	copy(data, TransferSelector[:])
	copy(data[16:36], to[:])
	amount.FillBytes(data[36:68])
	return data
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), oneEther) }

func u256(b *big.Int) uint256.Int {
	var u uint256.Int
	u.SetFromBig(b)
	return u
}

// fundedState gives every test address 10 ETH and 1000 of tokenA.
func fundedState() *state.MemState {
	st := state.NewMemState()
	for _, a := range testAddrs {
		st.Accounts[a] = state.Account{Balance: u256(ether(10))}
		st.Tokens[state.TokenID{Owner: a, Token: tokenA}] = u256(ether(1000))
	}
	return st
}

// newStateDB returns a Pebble-backed state (in memory) holding init.
func newStateDB(t testing.TB, init *state.MemState) *state.DB {
	t.Helper()
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pdb.Close() })
	db, err := state.New(pdb)
	if err != nil {
		t.Fatal(err)
	}
	p, err := db.Prepare(&state.Diff{Accounts: init.Accounts, Tokens: init.Tokens})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(p, nil, false); err != nil {
		t.Fatal(err)
	}
	return db
}
