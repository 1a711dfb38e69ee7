package core

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

func TestFromTransactionClassifiesSupportedKinds(t *testing.T) {
	k := testKeys[0]
	cases := []struct {
		name string
		spec txSpec
		want Kind
	}{
		{"eth transfer", txSpec{to: testAddrs[1], value: ether(1)}, KindTransfer},
		{"zero-value eth transfer", txSpec{to: testAddrs[1]}, KindTransfer},
		{"legacy eth transfer", txSpec{legacy: true, to: testAddrs[1], value: ether(1)}, KindTransfer},
		{"token transfer", txSpec{to: tokenA, data: transferData(testAddrs[1], big.NewInt(5))}, KindTokenTransfer},
		{"eth withdrawal", txSpec{to: BridgeAddress, value: ether(1)}, KindWithdrawal},
		{"token withdrawal", txSpec{to: tokenA, data: transferData(BridgeAddress, big.NewInt(5))}, KindTokenWithdrawal},
		{"self transfer", txSpec{to: testAddrs[0], value: ether(1)}, KindTransfer},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			signed := signTx(t, k, c.spec)
			tx, err := FromTransaction(signed, testCfg)
			if err != nil {
				t.Fatalf("rejected: %v", err)
			}
			if tx.Kind() != c.want {
				t.Fatalf("kind %v, want %v", tx.Kind(), c.want)
			}
			if s, _ := tx.Sender(testCfg.ChainID); s != testAddrs[0] {
				t.Fatalf("sender %s, want %s", s, testAddrs[0])
			}
			if tx.Hash(testCfg.ChainID) != signed.Hash() {
				t.Fatalf("hash differs from the wallet's")
			}
		})
	}
}

func TestFromTransactionRejectsWithGethWording(t *testing.T) {
	k := testKeys[0]
	to := testAddrs[1]
	signer := types.LatestSignerForChainID(testCfg.BigChainID())
	sign := func(inner types.TxData) *types.Transaction {
		tx, err := types.SignNewTx(k, signer, inner)
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	unprotected, _ := types.SignNewTx(k, types.HomesteadSigner{}, &types.LegacyTx{Gas: 21000, GasPrice: gwei, To: &to, Value: big.NewInt(1)})
	chainID := testCfg.BigChainID()
	huge := new(big.Int).Lsh(big.NewInt(1), 256)
	cases := []struct {
		name string
		tx   *types.Transaction
		want error
		text string
	}{
		{"wrong chain id", signTx(t, k, txSpec{chainID: 1, to: to}), ErrInvalidChainID, "invalid chain id for signer"},
		{"legacy wrong chain id", signTx(t, k, txSpec{legacy: true, chainID: 1, to: to}), ErrInvalidChainID, ""},
		{"unprotected legacy", unprotected, ErrUnprotectedTx, "only replay-protected (EIP-155) transactions allowed over RPC"},
		{"access list tx", sign(&types.AccessListTx{ChainID: chainID, Gas: 21000, GasPrice: gwei, To: &to}), ErrTxTypeNotSupported, "transaction type not supported"},
		{"blob tx", sign(&types.BlobTx{ChainID: uint256.MustFromBig(chainID), Gas: 21000, GasFeeCap: uint256.NewInt(1e9), BlobFeeCap: uint256.NewInt(1)}), ErrTxTypeNotSupported, ""},
		{"set code tx", sign(&types.SetCodeTx{ChainID: uint256.MustFromBig(chainID), Gas: 21000, GasFeeCap: uint256.NewInt(1e9)}), ErrTxTypeNotSupported, ""},
		{"access list in 1559 tx", sign(&types.DynamicFeeTx{ChainID: chainID, Gas: 21000, GasFeeCap: gwei, GasTipCap: gwei, To: &to, AccessList: types.AccessList{{Address: to}}}), ErrAccessList, ""},
		{"contract creation", sign(&types.DynamicFeeTx{ChainID: chainID, Gas: 100000, GasFeeCap: gwei, GasTipCap: gwei, Data: []byte{0x60}}), ErrContractCreation, ""},
		{"other calldata", signTx(t, k, txSpec{to: to, data: []byte{1, 2, 3, 4}}), ErrUnsupportedCalldata, ""},
		{"approve calldata", signTx(t, k, txSpec{to: tokenA, data: append([]byte{0x09, 0x5e, 0xa7, 0xb3}, transferData(to, big.NewInt(1))[4:]...)}), ErrUnsupportedCalldata, ""},
		{"transfer with dirty address word", signTx(t, k, txSpec{to: tokenA, data: func() []byte { d := transferData(to, big.NewInt(1)); d[4] = 1; return d }()}), ErrUnsupportedCalldata, ""},
		{"transfer calldata too long", signTx(t, k, txSpec{to: tokenA, data: append(transferData(to, big.NewInt(1)), 0)}), ErrUnsupportedCalldata, ""},
		{"value with token call", signTx(t, k, txSpec{to: tokenA, value: big.NewInt(1), data: transferData(to, big.NewInt(1))}), ErrValueWithTokenCall, ""},
		{"zero token amount", signTx(t, k, txSpec{to: tokenA, data: transferData(to, big.NewInt(0))}), ErrZeroAmount, ""},
		{"zero eth withdrawal", signTx(t, k, txSpec{to: BridgeAddress}), ErrZeroAmount, ""},
		{"token call on the bridge", signTx(t, k, txSpec{to: BridgeAddress, data: transferData(to, big.NewInt(1))}), ErrBridgeNotToken, ""},
		{"gas below intrinsic", signTx(t, k, txSpec{to: to, gas: 20_999}), ErrIntrinsicGas, "intrinsic gas too low"},
		{"token gas below intrinsic", signTx(t, k, txSpec{to: tokenA, gas: 49_999, data: transferData(to, big.NewInt(1))}), ErrIntrinsicGas, ""},
		{"gas above cap", signTx(t, k, txSpec{to: to, gas: MaxTxGas + 1}), ErrGasLimitTooHigh, "transaction gas limit too high"},
		{"tip above fee cap", signTx(t, k, txSpec{to: to, tip: big.NewInt(2e9), cap: gwei}), ErrTipAboveFeeCap, "max priority fee per gas higher than max fee per gas"},
		{"fee cap below base fee", signTx(t, k, txSpec{to: to, tip: big.NewInt(1), cap: big.NewInt(99_999_999)}), ErrFeeCapTooLow, "max fee per gas less than block base fee"},
		{"fee cap above 2^256", signTx(t, k, txSpec{to: to, cap: huge}), ErrFeeCapVeryHigh, "max fee per gas higher than 2^256-1"},
		{"tip above 2^256", signTx(t, k, txSpec{to: to, tip: huge, cap: huge}), ErrTipVeryHigh, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := FromTransaction(c.tx, testCfg)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if c.text != "" && err.Error() != c.text {
				t.Fatalf("text %q, want go-ethereum's %q", err.Error(), c.text)
			}
		})
	}
}

func TestBadSignatureIsInvalidSender(t *testing.T) {
	signed := signTx(t, testKeys[0], txSpec{to: testAddrs[1], value: big.NewInt(1)})
	v, r, s := signed.RawSignatureValues()
	cases := map[string]func() *types.Transaction{
		"high s": func() *types.Transaction {
			n := crypto.S256().Params().N
			return withSig(signed, v, r, new(big.Int).Sub(n, s))
		},
		"zero r":   func() *types.Transaction { return withSig(signed, v, new(big.Int), s) },
		"bad v":    func() *types.Transaction { return withSig(signed, big.NewInt(7), r, s) },
		"r over n": func() *types.Transaction { return withSig(signed, v, crypto.S256().Params().N, s) },
	}
	for name, mk := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := FromTransaction(mk(), testCfg); !errors.Is(err, ErrInvalidSender) {
				t.Fatalf("err = %v, want invalid sender", err)
			}
		})
	}
}

func withSig(tx *types.Transaction, v, r, s *big.Int) *types.Transaction {
	to := *tx.To()
	return types.NewTx(&types.DynamicFeeTx{
		ChainID: tx.ChainId(), Nonce: tx.Nonce(), GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(),
		Gas: tx.Gas(), To: &to, Value: tx.Value(), Data: tx.Data(), V: v, R: r, S: s,
	})
}

// TestCompactEncodingRoundTrips is a property test: any supported transaction
// survives encode → decode with every field, its hash and its sender.
func TestCompactEncodingRoundTrips(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	randBig := func(maxBytes int) *big.Int {
		b := make([]byte, r.IntN(maxBytes+1))
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return new(big.Int).SetBytes(b)
	}
	var txs []*Tx
	for i := 0; i < 300; i++ {
		s := txSpec{legacy: r.IntN(3) == 0, nonce: r.Uint64() >> uint(r.IntN(64)), gas: 60_000 + uint64(r.IntN(1_000_000))}
		s.cap = new(big.Int).Add(big.NewInt(100_000_000), randBig(31))
		s.tip = new(big.Int).Rem(randBig(31), new(big.Int).Add(s.cap, big.NewInt(1)))
		switch r.IntN(4) {
		case 0:
			s.to, s.value = testAddrs[r.IntN(len(testAddrs))], randBig(32)
		case 1:
			s.to, s.value = BridgeAddress, new(big.Int).Add(randBig(32), big.NewInt(1))
			if s.value.BitLen() > 256 {
				s.value = big.NewInt(1)
			}
		case 2:
			s.to, s.data = tokenA, transferData(testAddrs[r.IntN(len(testAddrs))], new(big.Int).Add(randBig(31), big.NewInt(1)))
		case 3:
			s.to, s.data = tokenA, transferData(BridgeAddress, new(big.Int).Add(randBig(31), big.NewInt(1)))
		}
		txs = append(txs, mustTx(t, testKeys[r.IntN(len(testKeys))], s))
	}
	for i := 0; i < len(txs); i += MaxTxsPerBlock {
		block := txs[i:min(i+MaxTxsPerBlock, len(txs))]
		data := EncodeTxs(block)
		got, err := DecodeTxs(data)
		if err != nil {
			t.Fatalf("decode: %v", err)
		}
		if len(got) != len(block) {
			t.Fatalf("decoded %d txs, want %d", len(got), len(block))
		}
		for j := range got {
			if got[j].Hash(testCfg.ChainID) != block[j].Hash(testCfg.ChainID) {
				t.Fatalf("tx %d: hash changed in round trip", i+j)
			}
			s1, err1 := got[j].Sender(testCfg.ChainID)
			s2, _ := block[j].Sender(testCfg.ChainID)
			if err1 != nil || s1 != s2 {
				t.Fatalf("tx %d: sender %s (%v), want %s", i+j, s1, err1, s2)
			}
			if got[j].Kind() != block[j].Kind() {
				t.Fatalf("tx %d: kind changed", i+j)
			}
		}
		if !bytes.Equal(EncodeTxs(got), data) {
			t.Fatalf("re-encoding differs")
		}
	}
}

func TestEncodedSizeOfTypicalTransfers(t *testing.T) {
	// What a wallet sends by default against `viaduct dev`: 1 gwei tip,
	// fee cap of a few gwei, gas from eth_estimateGas.
	eth := mustTx(t, testKeys[0], txSpec{nonce: 1000, tip: gwei, cap: big.NewInt(2_000_000_000), gas: TransferGas, to: testAddrs[1], value: ether(1)})
	erc := mustTx(t, testKeys[0], txSpec{nonce: 1000, tip: gwei, cap: big.NewInt(2_000_000_000), gas: TokenTransferGas, to: tokenA, data: transferData(testAddrs[1], ether(100))})
	if n := len(AppendTx(nil, eth)); n > 110 {
		t.Errorf("ETH transfer encodes to %d bytes, budget 110", n)
	}
	if n := len(AppendTx(nil, erc)); n > 130 {
		t.Errorf("ERC-20 transfer encodes to %d bytes, budget 130", n)
	}
}

func TestMalformedTxDataIsRejected(t *testing.T) {
	good := AppendTx(nil, mustTx(t, testKeys[0], txSpec{to: testAddrs[1], value: big.NewInt(300)}))
	// Offsets: flags 0, nonce 1, tip 2.., so patch by searching known spots.
	cases := map[string][]byte{
		"unknown flag":          append([]byte{0x10 | good[0]}, good[1:]...),
		"kind gas encoded":      append(append(append([]byte{good[0] &^ 0x08}, good[1:10]...), 0x82, 0x52, 0x08), good[10:]...),
		"truncated":             good[:len(good)-1],
		"trailing byte":         append(append([]byte{}, good...), 0x00),
		"non-canonical nonce":   append([]byte{good[0], 0x81, 0x05}, good[2:]...),
		"leading zero in nonce": append([]byte{good[0], 0x82, 0x00, 0x85}, good[2:]...),
		"nonce over 8 bytes":    append([]byte{good[0], 0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9}, good[2:]...),
		"only flags":            {0x00},
	}
	for name, data := range cases {
		if _, err := DecodeTxs(data); !errors.Is(err, ErrMalformedTxData) {
			t.Errorf("%s: err = %v, want ErrMalformedTxData", name, err)
		} else if name == "kind gas encoded" && !strings.Contains(err.Error(), "kind's gas") {
			t.Errorf("%s: rejected for another reason: %v", name, err)
		}
	}
	tooMany := bytes.Repeat(good, MaxTxsPerBlock+1)
	if _, err := DecodeTxs(tooMany); !errors.Is(err, ErrTooManyTxs) && !errors.Is(err, ErrTxDataTooLarge) {
		t.Errorf("too many txs: %v", err)
	}
	if _, err := DecodeTxs(make([]byte, MaxTxDataBytes+1)); !errors.Is(err, ErrTxDataTooLarge) {
		t.Errorf("oversized tx data: %v", err)
	}
	if txs, err := DecodeTxs(nil); err != nil || len(txs) != 0 {
		t.Errorf("empty tx data: %v, %d", err, len(txs))
	}
}

func TestUndecodableSignatureFailsValidationNotDecoding(t *testing.T) {
	tx := mustTx(t, testKeys[0], txSpec{to: testAddrs[1], value: big.NewInt(1)})
	data := AppendTx(nil, tx)
	copy(data[len(data)-64:], make([]byte, 64)) // r = s = 0
	txs, err := DecodeTxs(data)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	if err := txs[0].Validate(testCfg); !errors.Is(err, ErrInvalidSender) {
		t.Fatalf("validate: %v, want invalid sender", err)
	}
}

func TestFeeRule(t *testing.T) {
	base := uint256.NewInt(100)
	cases := []struct {
		tip, cap, want uint64
	}{
		{0, 100, 100},    // no tip: base fee
		{5, 1000, 105},   // base + tip
		{500, 300, 300},  // capped by fee cap
		{50, 120, 120},   // tip partially cut
		{100, 200, 200},  // exactly at the cap
		{1000, 100, 100}, // cap equal to base: no tip at all
	}
	for _, c := range cases {
		tx := &Tx{GasTipCap: *uint256.NewInt(c.tip), GasFeeCap: *uint256.NewInt(c.cap), To: common.Address{1}}
		if got := tx.EffectiveGasPrice(base).Uint64(); got != c.want {
			t.Errorf("tip %d cap %d: price %d, want %d", c.tip, c.cap, got, c.want)
		}
		if got := tx.Fee(base).Uint64(); got != c.want*TransferGas {
			t.Errorf("tip %d cap %d: fee %d, want %d", c.tip, c.cap, got, c.want*TransferGas)
		}
	}
}
