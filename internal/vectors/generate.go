package vectors

import (
	"bytes"
	"cmp"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/merkle"
	"github.com/viaduct-l2/viaduct/state"
	"github.com/viaduct-l2/viaduct/statetree"
)

// Files are the vector files, by name.
var Files = []string{"encodings.json", "proofs.json", "blocks.json"}

// Generate produces every vector file, keyed by file name.
func Generate() (map[string][]byte, error) {
	g := newGen()
	enc, err := g.encodings()
	if err != nil {
		return nil, fmt.Errorf("encodings: %w", err)
	}
	prf, err := g.proofs()
	if err != nil {
		return nil, fmt.Errorf("proofs: %w", err)
	}
	blk, err := g.blocks()
	if err != nil {
		return nil, fmt.Errorf("blocks: %w", err)
	}
	out := map[string][]byte{}
	for name, v := range map[string]any{"encodings.json": enc, "proofs.json": prf, "blocks.json": blk} {
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out[name] = append(b, '\n')
	}
	return out, nil
}

var (
	gwei     = big.NewInt(1_000_000_000)
	oneEther = new(big.Int).Mul(gwei, gwei)
	tokenA   = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	tokenB   = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	feeTo    = common.HexToAddress("0x000000000000000000000000000000000000fee5")
	maxU256  = new(uint256.Int).SetAllOne()
	// secp256k1N is the curve order, for building high-s signatures.
	secp256k1N, _ = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
)

type gen struct {
	cfg   *core.Config
	keys  []*ecdsa.PrivateKey
	addrs []common.Address
}

func newGen() *gen {
	g := &gen{cfg: core.DevConfig()}
	for i := range 8 {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("viaduct test vector key %d", i))))
		if err != nil {
			panic(err) // a keccak output is a valid key with overwhelming probability; these are fixed
		}
		g.keys = append(g.keys, k)
		g.addrs = append(g.addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	return g
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), oneEther) }

func transferCall(to common.Address, amount *big.Int) []byte {
	data := make([]byte, 68)
	copy(data, core.TransferSelector[:])
	copy(data[16:36], to[:])
	amount.FillBytes(data[36:68])
	return data
}

// spec describes a transaction to sign; nil and zero fields get defaults.
type spec struct {
	key      int
	legacy   bool
	chainID  uint64
	nonce    uint64
	tip, cap *big.Int
	gas      uint64
	to       common.Address
	value    *big.Int
	data     []byte
}

func (g *gen) sign(s spec) *types.Transaction {
	if s.chainID == 0 {
		s.chainID = g.cfg.ChainID
	}
	if s.tip == nil {
		s.tip = gwei
	}
	if s.cap == nil {
		s.cap = new(big.Int).Mul(gwei, big.NewInt(2))
	}
	if s.value == nil {
		s.value = new(big.Int)
	}
	if s.gas == 0 {
		s.gas = kindGas(s.to, s.data)
	}
	to := s.to
	var inner types.TxData
	if s.legacy {
		inner = &types.LegacyTx{Nonce: s.nonce, GasPrice: s.cap, Gas: s.gas, To: &to, Value: s.value, Data: s.data}
	} else {
		inner = &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(s.chainID), Nonce: s.nonce, GasTipCap: s.tip,
			GasFeeCap: s.cap, Gas: s.gas, To: &to, Value: s.value, Data: s.data}
	}
	tx, err := types.SignNewTx(g.keys[s.key], types.LatestSignerForChainID(new(big.Int).SetUint64(s.chainID)), inner)
	if err != nil {
		panic(err) // only fails for an invalid key or signer, both fixed here
	}
	return tx
}

func kindGas(to common.Address, data []byte) uint64 {
	switch {
	case len(data) == 68 && common.BytesToAddress(data[16:36]) == core.BridgeAddress:
		return core.TokenWithdrawalGas
	case len(data) > 0:
		return core.TokenTransferGas
	case to == core.BridgeAddress:
		return core.WithdrawalGas
	}
	return core.TransferGas
}

// raw turns a signed transaction into an L2 transaction without validating
// it, so that invalid ones can be put into tx data.
func (g *gen) raw(t *types.Transaction) *core.Tx {
	tx := &core.Tx{Legacy: t.Type() == types.LegacyTxType, Nonce: t.Nonce(), Gas: t.Gas(), To: *t.To()}
	tx.GasTipCap.SetFromBig(t.GasTipCap())
	tx.GasFeeCap.SetFromBig(t.GasFeeCap())
	tx.Value.SetFromBig(t.Value())
	if d := t.Data(); len(d) == 68 {
		tx.Token = true
		copy(tx.Recipient[:], d[16:36])
		tx.Amount.SetBytes(d[36:68])
	}
	v, r, s := t.RawSignatureValues()
	tx.R.SetFromBig(r)
	tx.S.SetFromBig(s)
	if tx.Legacy {
		tx.YParity = uint8(new(big.Int).Sub(v, big.NewInt(35)).Bit(0))
	} else {
		tx.YParity = uint8(v.Uint64())
	}
	return tx
}

// highS returns the same transaction with the other, high-s form of its
// signature, which recovers the same key on the curve but breaks EIP-2.
func highS(t *types.Transaction) *types.Transaction {
	v, r, s := t.RawSignatureValues()
	s2 := new(big.Int).Sub(secp256k1N, s)
	inner := &types.DynamicFeeTx{ChainID: t.ChainId(), Nonce: t.Nonce(), GasTipCap: t.GasTipCap(), GasFeeCap: t.GasFeeCap(),
		Gas: t.Gas(), To: t.To(), Value: t.Value(), Data: t.Data(), V: new(big.Int).Xor(v, big.NewInt(1)), R: r, S: s2}
	return types.NewTx(inner)
}

func (g *gen) encodings() (*Encodings, error) {
	e := &Encodings{Spec: SpecID, ChainID: g.cfg.ChainID, BaseFee: g.cfg.BaseFee.Dec(), Constants: map[string]string{
		"bridge":                core.BridgeAddress.Hex(),
		"transferGas":           fmt.Sprint(core.TransferGas),
		"tokenTransferGas":      fmt.Sprint(core.TokenTransferGas),
		"withdrawalGas":         fmt.Sprint(core.WithdrawalGas),
		"tokenWithdrawalGas":    fmt.Sprint(core.TokenWithdrawalGas),
		"maxTxGas":              fmt.Sprint(core.MaxTxGas),
		"maxTxsPerBlock":        fmt.Sprint(core.MaxTxsPerBlock),
		"maxQueueItemsPerBlock": fmt.Sprint(core.MaxQueueItemsPerBlock),
		"maxTxDataBytes":        fmt.Sprint(core.MaxTxDataBytes),
		"genesisHash":           core.Genesis().Hash().Hex(),
		"emptyTxDataHash":       core.EmptyTxDataHash.Hex(),
	}}
	a := g.addrs
	big255 := new(big.Int).Lsh(big.NewInt(1), 255)
	type named struct {
		name string
		tx   *types.Transaction
	}
	unprotected, err := types.SignNewTx(g.keys[0], types.HomesteadSigner{},
		&types.LegacyTx{Nonce: 0, GasPrice: gwei, Gas: 21000, To: &a[1], Value: big.NewInt(1)})
	if err != nil {
		return nil, err
	}
	accessList := types.AccessList{{Address: a[1], StorageKeys: []common.Hash{{1}}}}
	chainID := new(big.Int).SetUint64(g.cfg.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	mustSign := func(inner types.TxData) *types.Transaction {
		t, err := types.SignNewTx(g.keys[0], signer, inner)
		if err != nil {
			panic(err)
		}
		return t
	}
	txs := []named{
		{"eth transfer, EIP-1559", g.sign(spec{to: a[1], value: new(big.Int).Div(ether(3), big.NewInt(2))})},
		{"eth transfer, legacy EIP-155", g.sign(spec{legacy: true, to: a[1], value: ether(1), cap: gwei})},
		{"eth transfer, gas limit above the kind's gas", g.sign(spec{to: a[1], value: big.NewInt(1), gas: 30_000})},
		{"eth transfer, zero value", g.sign(spec{to: a[1]})},
		{"eth transfer, large nonce and value", g.sign(spec{nonce: 1 << 40, to: a[2], value: big255})},
		{"eth transfer, y parity 1", g.sign(spec{nonce: 3, to: a[3], value: big.NewInt(7)})},
		{"token transfer", g.sign(spec{to: tokenA, data: transferCall(a[1], ether(5))})},
		{"token transfer, legacy", g.sign(spec{legacy: true, cap: gwei, to: tokenA, data: transferCall(a[2], big.NewInt(1))})},
		{"eth withdrawal", g.sign(spec{to: core.BridgeAddress, value: new(big.Int).Div(ether(1), big.NewInt(10))})},
		{"token withdrawal", g.sign(spec{to: tokenA, data: transferCall(core.BridgeAddress, ether(2))})},
		{"tip above base fee but capped by fee cap", g.sign(spec{to: a[1], value: big.NewInt(1), tip: gwei, cap: big.NewInt(150_000_000)})},

		{"signed for another chain", g.sign(spec{chainID: 1, to: a[1], value: big.NewInt(1)})},
		{"unprotected legacy", unprotected},
		{"contract creation", mustSign(&types.DynamicFeeTx{ChainID: chainID, GasTipCap: gwei, GasFeeCap: gwei, Gas: 100_000, Data: []byte{0x60, 0x00}})},
		{"access list", mustSign(&types.DynamicFeeTx{ChainID: chainID, GasTipCap: gwei, GasFeeCap: gwei, Gas: 30_000, To: &a[1], AccessList: accessList})},
		{"access list type 1", mustSign(&types.AccessListTx{ChainID: chainID, GasPrice: gwei, Gas: 21_000, To: &a[1]})},
		{"blob type 3", mustSign(&types.BlobTx{ChainID: uint256.MustFromBig(chainID), GasTipCap: uint256.NewInt(1e9), GasFeeCap: uint256.NewInt(1e9),
			Gas: 21_000, To: a[1], BlobFeeCap: uint256.NewInt(1), BlobHashes: []common.Hash{{1}}})},
		{"approve calldata", g.sign(spec{to: tokenA, gas: 50_000, data: append([]byte{0x09, 0x5e, 0xa7, 0xb3}, transferCall(a[1], big.NewInt(1))[4:]...)})},
		{"transfer calldata with dirty address padding", g.sign(spec{to: tokenA, gas: 50_000, data: func() []byte {
			d := transferCall(a[1], big.NewInt(1))
			d[4] = 1
			return d
		}()})},
		{"intrinsic gas too low", g.sign(spec{to: a[1], value: big.NewInt(1), gas: 20_999})},
		{"token transfer with transfer gas", g.sign(spec{to: tokenA, gas: 21_000, data: transferCall(a[1], big.NewInt(1))})},
		{"gas limit above the cap", g.sign(spec{to: a[1], value: big.NewInt(1), gas: core.MaxTxGas + 1})},
		{"tip above fee cap", g.sign(spec{to: a[1], value: big.NewInt(1), tip: ether(1), cap: gwei})},
		{"fee cap below base fee", g.sign(spec{to: a[1], value: big.NewInt(1), tip: big.NewInt(1), cap: big.NewInt(99_999_999)})},
		{"value in a token call", g.sign(spec{to: tokenA, value: big.NewInt(1), data: transferCall(a[1], big.NewInt(1))})},
		{"zero-amount token transfer", g.sign(spec{to: tokenA, data: transferCall(a[1], new(big.Int))})},
		{"zero eth withdrawal", g.sign(spec{to: core.BridgeAddress})},
		{"token call on the bridge", g.sign(spec{to: core.BridgeAddress, gas: 60_000, data: transferCall(a[1], big.NewInt(1))})},
		{"high-s signature", highS(g.sign(spec{to: a[1], value: big.NewInt(1)}))},
	}
	for _, n := range txs {
		raw, err := n.tx.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n.name, err)
		}
		v := TxVector{Name: n.name, Raw: raw}
		tx, err := core.FromTransaction(n.tx, g.cfg)
		if err != nil {
			if v.Error, err = RuleText(err); err != nil {
				return nil, fmt.Errorf("%s: %w", n.name, err)
			}
			e.Txs = append(e.Txs, v)
			continue
		}
		sender, _ := tx.Sender(g.cfg.ChainID)
		v.Kind, v.Sender, v.Hash = tx.Kind().String(), sender, tx.Hash(g.cfg.ChainID)
		v.Compact = core.AppendTx(nil, tx)
		v.EffectiveGasPrice = tx.EffectiveGasPrice(&g.cfg.BaseFee).Dec()
		v.Fee = tx.Fee(&g.cfg.BaseFee).Dec()
		e.Txs = append(e.Txs, v)
	}

	if err := g.txDataVectors(e); err != nil {
		return nil, err
	}

	full := &core.Header{ParentHash: crypto.Keccak256Hash([]byte("parent")), Number: 1 << 33, Timestamp: 1_764_000_000,
		TxDataHash: crypto.Keccak256Hash([]byte("txdata")), StateRoot: crypto.Keccak256Hash([]byte("state")),
		WithdrawalsRoot: crypto.Keccak256Hash([]byte("withdrawals")), QueueCursor: math.MaxUint64, FeeRecipient: feeTo}
	for _, h := range []struct {
		name string
		h    *core.Header
	}{{"genesis", core.Genesis()}, {"every field set", full}} {
		e.Headers = append(e.Headers, HeaderVector{Name: h.name, Header: FromHeader(h.h), Encoding: h.h.Encode(), Hash: h.h.Hash()})
	}

	items := []struct {
		name string
		q    core.QueueItem
	}{
		{"eth deposit", core.QueueItem{Kind: core.QueueDepositETH, From: a[0], To: a[1], Amount: *uint256.MustFromBig(ether(1))}},
		{"token deposit", core.QueueItem{Kind: core.QueueDepositToken, From: a[0], To: a[0], Token: tokenA, Amount: *maxU256}},
		{"forced eth withdrawal", core.QueueItem{Kind: core.QueueForcedWithdrawal, From: a[2], To: a[3], Amount: *uint256.NewInt(5)}},
		{"forced token withdrawal", core.QueueItem{Kind: core.QueueForcedWithdrawal, From: a[2], To: a[2], Token: tokenA, Amount: *maxU256}},
	}
	for _, it := range items {
		qi := FromQueueItem(&it.q)
		e.QueueItems = append(e.QueueItems, QueueVector{Name: it.name, Item: &qi, Encoding: it.q.Encode(), Hash: it.q.Hash()})
	}
	bad := []struct {
		name string
		q    core.QueueItem
		cut  int
	}{
		{"unknown kind", core.QueueItem{Kind: 4, From: a[0], To: a[1], Amount: *uint256.NewInt(1)}, 0},
		{"eth deposit naming a token", core.QueueItem{Kind: core.QueueDepositETH, From: a[0], To: a[1], Token: tokenA, Amount: *uint256.NewInt(1)}, 0},
		{"token deposit without a token", core.QueueItem{Kind: core.QueueDepositToken, From: a[0], To: a[1], Amount: *uint256.NewInt(1)}, 0},
		{"truncated", core.QueueItem{Kind: core.QueueDepositETH, From: a[0], To: a[1], Amount: *uint256.NewInt(1)}, 1},
	}
	for _, it := range bad {
		b := it.q.Encode()
		b = b[:len(b)-it.cut]
		_, err := core.DecodeQueueItem(b)
		if err == nil {
			return nil, fmt.Errorf("queue item %q decoded", it.name)
		}
		text, err := RuleText(err)
		if err != nil {
			return nil, err
		}
		e.QueueItems = append(e.QueueItems, QueueVector{Name: it.name, Encoding: b, Error: text})
	}

	ws := []core.Withdrawal{
		{Block: 1, Index: 0, Recipient: a[0], Amount: *uint256.MustFromBig(ether(1))},
		{Block: 1, Index: 1, Recipient: a[1], Token: tokenA, Amount: *uint256.NewInt(12345)},
		{Block: 1, Index: 2, Recipient: a[2], Amount: *maxU256},
		{Block: 1, Index: 3, Recipient: a[3], Token: tokenB, Amount: *uint256.NewInt(1)},
		{Block: 1 << 40, Index: math.MaxUint32, Recipient: a[4], Token: tokenA, Amount: *uint256.NewInt(2)},
	}
	for i := range ws {
		e.Withdrawals = append(e.Withdrawals, WithdrawalLeaf{Withdrawal: FromWithdrawal(&ws[i]), Encoding: ws[i].Encode(), Leaf: ws[i].Leaf()})
	}
	for _, n := range []int{0, 1, 2, 3, 5} {
		var t WithdrawalTree
		for i := range n {
			t.Leaves = append(t.Leaves, ws[i].Leaf())
		}
		t.Root = merkle.Root(t.Leaves)
		t.Leaves = append([]common.Hash{}, t.Leaves...)
		t.Proofs = [][]common.Hash{}
		for i := range n {
			t.Proofs = append(t.Proofs, append([]common.Hash{}, merkle.Proof(t.Leaves, i)...))
		}
		e.WithdrawalTrees = append(e.WithdrawalTrees, t)
	}
	return e, nil
}

func (g *gen) txDataVectors(e *Encodings) error {
	a := g.addrs
	t1 := core.AppendTx(nil, g.raw(g.sign(spec{to: a[1], value: ether(1)})))
	t2 := core.AppendTx(nil, g.raw(g.sign(spec{nonce: 1, to: tokenA, data: transferCall(a[2], big.NewInt(10))})))
	t3 := core.AppendTx(nil, g.raw(g.sign(spec{legacy: true, nonce: 200, cap: gwei, gas: 25_000, to: a[3], value: big.NewInt(0)})))
	cases := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"one eth transfer", t1},
		{"three transactions", slices.Concat(t1, t2, t3)},
		{"unknown flag bit", append([]byte{t1[0] | 0x10}, t1[1:]...)},
		{"truncated", t1[:len(t1)-1]},
		{"trailing byte", append(slices.Clone(t1), 0x00)},
		{"integer with a leading zero", slices.Concat([]byte{t1[0], 0x82, 0x00, 0x01}, t1[2:])},
		{"zero written as 0x00", slices.Concat([]byte{t1[0], 0x00}, t1[2:])},
		{"single byte integer written long", slices.Concat([]byte{t1[0], 0x81, 0x05}, t1[2:])},
		{"nonce longer than 8 bytes", slices.Concat([]byte{t1[0], 0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9}, t1[2:])},
		{"gas written although it is the kind's gas", func() []byte {
			tx := g.raw(g.sign(spec{to: a[1], value: ether(1)}))
			tx.Gas = 30_000 // encoded with a gas field, then patch the field to 21000
			b := core.AppendTx(nil, tx)
			i := bytes.Index(b, []byte{0x82, 0x75, 0x30})
			return slices.Concat(b[:i], []byte{0x82, 0x52, 0x08}, b[i+3:])
		}()},
		{"too many transactions", bytes.Repeat(t1, core.MaxTxsPerBlock+1)},
		{"too many bytes", make([]byte, core.MaxTxDataBytes+1)},
	}
	for _, c := range cases {
		v := TxDataVector{Name: c.name, Data: c.data}
		txs, err := core.DecodeTxs(c.data)
		if err != nil {
			if v.Error, err = RuleText(err); err != nil {
				return fmt.Errorf("%s: %w", c.name, err)
			}
		} else {
			v.Hashes = []common.Hash{}
			for _, tx := range txs {
				v.Hashes = append(v.Hashes, tx.Hash(g.cfg.ChainID))
			}
		}
		e.TxData = append(e.TxData, v)
	}
	return nil
}

func memPebble() (*pebble.DB, error) {
	return pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
}

func (g *gen) proofs() (*Proofs, error) {
	pdb, err := memPebble()
	if err != nil {
		return nil, err
	}
	defer pdb.Close()
	tree, err := statetree.Open(pdb, statetree.Options{})
	if err != nil {
		return nil, err
	}
	p := &Proofs{Spec: SpecID}
	// Empty tree: every key is absent, with the empty proof.
	emptyKey := crypto.Keccak256Hash([]byte("any key"))
	if err := g.addProof(p, "empty tree", tree, emptyKey, ""); err != nil {
		return nil, err
	}
	var changes []statetree.Change
	for i := range 40 {
		changes = append(changes, statetree.Change{
			Key: crypto.Keccak256Hash([]byte(fmt.Sprintf("key %d", i))), ValueHash: crypto.Keccak256Hash([]byte(fmt.Sprintf("value %d", i))),
		})
	}
	// Two keys that differ only in their last bit: a path of 255 levels, of
	// which all but the last sibling are empty. Verifiers must handle it.
	deepA := common.HexToHash("0xdeadbeef00000000000000000000000000000000000000000000000000000000")
	deepB := deepA
	deepB[31] = 0x01
	changes = append(changes,
		statetree.Change{Key: deepA, ValueHash: crypto.Keccak256Hash([]byte("deep a"))},
		statetree.Change{Key: deepB, ValueHash: crypto.Keccak256Hash([]byte("deep b"))},
	)
	u, err := tree.Prepare(changes)
	if err != nil {
		return nil, err
	}
	b := pdb.NewBatch()
	if err := tree.Commit(b, u, pebble.Sync); err != nil {
		return nil, err
	}
	p.Root = tree.Root()
	for _, c := range changes {
		p.Entries = append(p.Entries, TreeEntry{Key: c.Key, ValueHash: c.ValueHash})
	}
	slices.SortFunc(p.Entries, func(x, y TreeEntry) int { return bytes.Compare(x.Key[:], y.Key[:]) })

	for _, i := range []int{0, 17, 39} {
		if err := g.addProof(p, "inclusion", tree, changes[i].Key, ""); err != nil {
			return nil, err
		}
	}
	if err := g.addProof(p, "inclusion at depth 256", tree, deepA, ""); err != nil {
		return nil, err
	}
	if err := g.addProof(p, "inclusion at depth 256", tree, deepB, ""); err != nil {
		return nil, err
	}
	// Find absent keys of both exclusion shapes.
	var emptyEnd, leafEnd bool
	for i := 0; !(emptyEnd && leafEnd); i++ {
		k := crypto.Keccak256Hash([]byte(fmt.Sprintf("absent %d", i)))
		pr, err := tree.Prove(k)
		if err != nil {
			return nil, err
		}
		switch {
		case pr.Leaf && !leafEnd:
			leafEnd = true
			err = g.addProof(p, "exclusion: another key's leaf", tree, k, "")
		case !pr.Leaf && !emptyEnd:
			emptyEnd = true
			err = g.addProof(p, "exclusion: empty subtree", tree, k, "")
		}
		if err != nil {
			return nil, err
		}
	}
	deepC := deepA
	deepC[31] = 0x02
	if err := g.addProof(p, "exclusion next to the deep pair", tree, deepC, ""); err != nil {
		return nil, err
	}

	// Tampered proofs: each must fail.
	good, err := tree.Prove(changes[5].Key)
	if err != nil {
		return nil, err
	}
	tamper := func(name string, key common.Hash, f func(q *statetree.Proof)) error {
		q := &statetree.Proof{Siblings: slices.Clone(good.Siblings), Leaf: good.Leaf, LeafKey: good.LeafKey, LeafValueHash: good.LeafValueHash}
		f(q)
		return g.addProofVector(p, name, p.Root, key, q)
	}
	if err := tamper("wrong sibling", changes[5].Key, func(q *statetree.Proof) { q.Siblings[len(q.Siblings)-1][0] ^= 1 }); err != nil {
		return nil, err
	}
	if err := tamper("wrong value", changes[5].Key, func(q *statetree.Proof) { q.LeafValueHash[31] ^= 1 }); err != nil {
		return nil, err
	}
	if err := tamper("missing sibling", changes[5].Key, func(q *statetree.Proof) { q.Siblings = q.Siblings[1:] }); err != nil {
		return nil, err
	}
	if err := tamper("extra sibling", changes[5].Key, func(q *statetree.Proof) { q.Siblings = append(q.Siblings, common.Hash{}) }); err != nil {
		return nil, err
	}
	if err := tamper("leaf with a zero value", changes[5].Key, func(q *statetree.Proof) { q.LeafValueHash = common.Hash{} }); err != nil {
		return nil, err
	}
	if err := tamper("inclusion passed off as exclusion", changes[5].Key, func(q *statetree.Proof) { q.Leaf = false }); err != nil {
		return nil, err
	}
	other := changes[6].Key
	if err := tamper("proof of another key", other, func(*statetree.Proof) {}); err != nil {
		return nil, err
	}
	enc, err := good.MarshalBinary()
	if err != nil {
		return nil, err
	}
	malformed := []struct {
		name string
		b    []byte
	}{
		{"truncated", enc[:len(enc)-1]},
		{"trailing byte", append(slices.Clone(enc), 0)},
		{"unknown terminal", append(slices.Clone(enc[:len(enc)-65]), 2)},
		{"depth above 256", []byte{0x01, 0x01, 0x00}},
		{"bitmap padding set", func() []byte {
			q := []byte{0x00, 0x01, 0x7f, 0x00} // depth 1, bitmap 0x7f: padding bits set
			return q
		}()},
		{"zero sibling marked non-zero", slices.Concat([]byte{0x00, 0x01, 0x80}, make([]byte, 32), []byte{0x00})},
		{"empty", nil},
	}
	for _, m := range malformed {
		var q statetree.Proof
		err := q.UnmarshalBinary(m.b)
		if err == nil {
			return nil, fmt.Errorf("malformed proof %q decoded", m.name)
		}
		text, err := RuleText(err)
		if err != nil {
			return nil, err
		}
		p.Proofs = append(p.Proofs, ProofVector{Name: "malformed: " + m.name, Key: changes[5].Key, Root: p.Root, Encoded: m.b, Error: text})
	}
	return p, nil
}

func (g *gen) addProof(p *Proofs, name string, tree *statetree.Tree, key common.Hash, _ string) error {
	pr, err := tree.Prove(key)
	if err != nil {
		return err
	}
	return g.addProofVector(p, name, tree.Root(), key, pr)
}

// addProofVector records pr for key against root with its verdict.
func (g *gen) addProofVector(p *Proofs, name string, root, key common.Hash, pr *statetree.Proof) error {
	enc, err := pr.MarshalBinary()
	if err != nil {
		return err
	}
	sib, leaf := FromProof(pr)
	v := ProofVector{Name: name, Key: key, Root: root, Siblings: sib, Leaf: leaf, Encoded: enc}
	if v.ValueHash, err = pr.Verify(root, key); err != nil {
		if v.Error, err = RuleText(err); err != nil {
			return err
		}
	}
	p.Proofs = append(p.Proofs, v)
	return nil
}

// blockCase is a block to execute on a pre-state.
type blockCase struct {
	name      string
	pre       func(d *state.Diff)
	queue     []core.QueueItem
	txs       []*core.Tx
	txData    []byte // instead of txs
	timestamp uint64
	feeTo     common.Address
	invalid   bool
}

func (g *gen) basePre() *state.Diff {
	d := &state.Diff{Accounts: map[common.Address]state.Account{}, Tokens: map[state.TokenID]uint256.Int{}}
	for _, a := range g.addrs[:4] {
		d.Accounts[a] = state.Account{Balance: *uint256.MustFromBig(ether(10))}
		d.Tokens[state.TokenID{Owner: a, Token: tokenA}] = *uint256.MustFromBig(ether(1000))
	}
	return d
}

func (g *gen) blocks() (*Blocks, error) {
	a := g.addrs
	s := func(sp spec) *core.Tx { return g.raw(g.sign(sp)) }
	dep := func(to common.Address, amount *big.Int) core.QueueItem {
		return core.QueueItem{Kind: core.QueueDepositETH, From: to, To: to, Amount: *uint256.MustFromBig(amount)}
	}
	var max64 []*core.Tx
	for i := range core.MaxTxsPerBlock {
		max64 = append(max64, s(spec{key: i % 4, nonce: uint64(i / 4), to: a[(i+1)%4], value: big.NewInt(int64(i + 1))}))
	}
	var queue17 []core.QueueItem
	for range core.MaxQueueItemsPerBlock + 1 {
		queue17 = append(queue17, dep(a[5], big.NewInt(1)))
	}
	cases := []blockCase{
		{name: "empty block"},
		{name: "eth transfers, one sender twice", txs: []*core.Tx{
			s(spec{key: 0, to: a[1], value: ether(1)}),
			s(spec{key: 1, to: a[2], value: ether(2), tip: big.NewInt(5)}),
			s(spec{key: 0, nonce: 1, to: a[5], value: big.NewInt(1)}),
		}},
		{name: "deposit then spend it in the same block", queue: []core.QueueItem{dep(a[5], ether(1))}, txs: []*core.Tx{
			s(spec{key: 5, to: a[6], value: new(big.Int).Div(ether(1), big.NewInt(2))}),
		}},
		{name: "token deposit, token transfer, withdrawals", queue: []core.QueueItem{
			{Kind: core.QueueDepositToken, From: a[0], To: a[4], Token: tokenB, Amount: *uint256.NewInt(1000)},
			dep(a[4], ether(1)),
		}, txs: []*core.Tx{
			s(spec{key: 4, to: tokenB, data: transferCall(a[0], big.NewInt(400))}),
			s(spec{key: 4, nonce: 1, to: tokenB, data: transferCall(core.BridgeAddress, big.NewInt(100))}),
			s(spec{key: 0, to: core.BridgeAddress, value: ether(3)}),
			s(spec{key: 1, to: tokenA, data: transferCall(core.BridgeAddress, ether(1000))}),
		}},
		{name: "forced withdrawals of more than the balance and of nothing", queue: []core.QueueItem{
			{Kind: core.QueueForcedWithdrawal, From: a[0], To: a[6], Amount: *uint256.MustFromBig(ether(11))},
			{Kind: core.QueueForcedWithdrawal, From: a[1], To: a[1], Token: tokenA, Amount: *uint256.NewInt(5)},
			{Kind: core.QueueForcedWithdrawal, From: a[7], To: a[7], Amount: *uint256.NewInt(5)},
		}, txs: []*core.Tx{s(spec{key: 1, to: a[2], value: big.NewInt(1)})}},
		{name: "self transfers", txs: []*core.Tx{
			s(spec{key: 2, to: a[2], value: ether(5)}),
			s(spec{key: 2, nonce: 1, to: tokenA, data: transferCall(a[2], ether(1000))}),
		}},
		{name: "fee recipient is a sender", feeTo: a[3], txs: []*core.Tx{
			s(spec{key: 3, to: a[0], value: ether(9)}),
			s(spec{key: 0, to: a[1], value: big.NewInt(1)}),
		}},
		{name: "legacy and explicit gas limits", txs: []*core.Tx{
			s(spec{key: 0, legacy: true, cap: gwei, to: a[1], value: big.NewInt(1)}),
			s(spec{key: 1, gas: 1_000_000, to: a[2], value: big.NewInt(1)}),
			s(spec{key: 2, tip: big.NewInt(20_000_000), cap: big.NewInt(150_000_000), to: tokenA, data: transferCall(a[3], big.NewInt(1))}),
		}},
		{name: "deposit saturates at 2^256-1", pre: func(d *state.Diff) {
			d.Accounts[a[5]] = state.Account{Balance: *new(uint256.Int).Sub(maxU256, uint256.NewInt(10))}
		}, queue: []core.QueueItem{dep(a[5], big.NewInt(100))}},
		{name: "64 transfers", txs: max64},
		{name: "many senders to a new account", txs: []*core.Tx{
			s(spec{key: 0, to: a[7], value: big.NewInt(1)}),
			s(spec{key: 1, to: a[7], value: big.NewInt(2)}),
			s(spec{key: 2, to: a[7], value: big.NewInt(3)}),
		}},

		{name: "nonce gap", invalid: true, txs: []*core.Tx{s(spec{key: 0, to: a[1], value: big.NewInt(1)}), s(spec{key: 0, nonce: 2, to: a[1], value: big.NewInt(1)})}},
		{name: "duplicate transaction", invalid: true, txs: []*core.Tx{s(spec{key: 0, to: a[1], value: big.NewInt(1)}), s(spec{key: 0, to: a[1], value: big.NewInt(1)})}},
		{name: "signed for another chain", invalid: true, txs: []*core.Tx{s(spec{key: 0, chainID: 1, to: a[1], value: big.NewInt(1)})}},
		{name: "insufficient funds for value", invalid: true, txs: []*core.Tx{s(spec{key: 0, to: a[1], value: ether(10)})}},
		{name: "insufficient funds for gas limit at fee cap", invalid: true, txs: []*core.Tx{s(spec{key: 0, to: a[1], value: big.NewInt(1), cap: ether(1), gas: 21_000})}},
		{name: "insufficient token balance", invalid: true, txs: []*core.Tx{s(spec{key: 0, to: tokenA, data: transferCall(a[1], ether(1001))})}},
		{name: "token never bridged", invalid: true, txs: []*core.Tx{s(spec{key: 0, to: tokenB, data: transferCall(a[1], big.NewInt(1))})}},
		{name: "recipient balance overflow", invalid: true, pre: func(d *state.Diff) {
			d.Accounts[a[5]] = state.Account{Balance: *maxU256}
		}, txs: []*core.Tx{s(spec{key: 0, to: a[5], value: big.NewInt(1)})}},
		{name: "fee credit overflow", invalid: true, feeTo: a[5], pre: func(d *state.Diff) {
			d.Accounts[a[5]] = state.Account{Balance: *maxU256}
		}, txs: []*core.Tx{s(spec{key: 0, to: a[1], value: big.NewInt(1)})}},
		{name: "nonce at its maximum", invalid: true, pre: func(d *state.Diff) {
			d.Accounts[a[0]] = state.Account{Nonce: math.MaxUint64, Balance: *uint256.MustFromBig(ether(1))}
		}, txs: []*core.Tx{s(spec{key: 0, nonce: math.MaxUint64, to: a[1], value: big.NewInt(1)})}},
		{name: "intrinsic gas too low", invalid: true, txs: []*core.Tx{s(spec{key: 0, to: a[1], value: big.NewInt(1), gas: 20_000})}},
		{name: "fee cap below base fee", invalid: true, txs: []*core.Tx{s(spec{key: 0, to: a[1], value: big.NewInt(1), tip: big.NewInt(1), cap: big.NewInt(1)})}},
		{name: "tip above fee cap", invalid: true, txs: []*core.Tx{s(spec{key: 0, to: a[1], value: big.NewInt(1), tip: gwei, cap: big.NewInt(200_000_000)})}},
		{name: "high-s signature", invalid: true, txs: []*core.Tx{g.raw(highS(g.sign(spec{key: 0, to: a[1], value: big.NewInt(1)})))}},
		{name: "zero r", invalid: true, txs: []*core.Tx{func() *core.Tx {
			tx := s(spec{key: 0, to: a[1], value: big.NewInt(1)})
			tx.R.Clear()
			return tx
		}()}},
		{name: "zero eth withdrawal", invalid: true, txs: []*core.Tx{s(spec{key: 0, to: core.BridgeAddress})}},
		{name: "malformed tx data", invalid: true, txData: []byte{0xff}},
		{name: "too many queue items", invalid: true, queue: queue17},
		{name: "malformed queue item", invalid: true, queue: []core.QueueItem{{Kind: core.QueueDepositETH, From: a[0], To: a[0], Token: tokenA, Amount: *uint256.NewInt(1)}}},
		{name: "timestamp before the parent's", invalid: true, timestamp: 999},
	}
	out := &Blocks{Spec: SpecID, ChainID: g.cfg.ChainID, BaseFee: g.cfg.BaseFee.Dec()}
	for _, c := range cases {
		v, err := g.block(c)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.name, err)
		}
		out.Blocks = append(out.Blocks, *v)
	}
	return out, nil
}

// block executes one case and records it.
func (g *gen) block(c blockCase) (*BlockVector, error) {
	pre := g.basePre()
	if c.pre != nil {
		c.pre(pre)
	}
	v := &BlockVector{Name: c.name, Timestamp: 1000, FeeRecipient: feeTo}
	if c.timestamp != 0 {
		v.Timestamp = c.timestamp
	}
	if c.feeTo != (common.Address{}) {
		v.FeeRecipient = c.feeTo
	}
	v.PreAccounts, v.PreTokens = entries(pre)
	db, closeDB, err := NewState(v.PreAccounts, v.PreTokens)
	if err != nil {
		return nil, err
	}
	defer closeDB()
	v.PreStateRoot = db.Root()
	parent := &core.Header{ParentHash: crypto.Keccak256Hash([]byte("grandparent")), Number: 7, Timestamp: 1000,
		TxDataHash: core.EmptyTxDataHash, StateRoot: v.PreStateRoot, QueueCursor: 5, FeeRecipient: feeTo}
	v.Parent = FromHeader(parent)
	v.Queue = []QueueItem{}
	for i := range c.queue {
		v.Queue = append(v.Queue, FromQueueItem(&c.queue[i]))
	}
	v.TxData = c.txData
	if c.txs != nil {
		v.TxData = core.EncodeTxs(c.txs)
	}
	if v.TxData == nil {
		v.TxData = []byte{}
	}
	res, err := Run(g.cfg, db, v)
	if err != nil {
		if !c.invalid {
			return nil, fmt.Errorf("valid block failed: %w", err)
		}
		v.ErrorAt, v.ErrorIndex = Where(err)
		if v.Error, err = RuleText(err); err != nil {
			return nil, err
		}
		return v, nil
	}
	if c.invalid {
		return nil, fmt.Errorf("invalid block executed")
	}
	*v = *res
	return v, nil
}

// entries lists a diff's accounts and balances in a fixed order.
func entries(d *state.Diff) ([]AccountEntry, []TokenEntry) {
	accts := []AccountEntry{}
	for _, addr := range slices.SortedFunc(maps.Keys(d.Accounts), common.Address.Cmp) {
		x := d.Accounts[addr]
		accts = append(accts, AccountEntry{Address: addr, Nonce: x.Nonce, Balance: x.Balance.Dec()})
	}
	toks := []TokenEntry{}
	ids := slices.SortedFunc(maps.Keys(d.Tokens), func(x, y state.TokenID) int {
		return cmp.Or(x.Owner.Cmp(y.Owner), x.Token.Cmp(y.Token))
	})
	for _, id := range ids {
		x := d.Tokens[id]
		toks = append(toks, TokenEntry{Owner: id.Owner, Token: id.Token, Balance: x.Dec()})
	}
	return accts, toks
}
