package api

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
)

// blockOfThree seals a block with an ETH transfer, a token transfer and a
// withdrawal from alice, and returns it.
func (e *env) blockOfThree(t *testing.T) *chain.Block {
	t.Helper()
	ctx := context.Background()
	bob := common.HexToAddress("0xb0b")
	n, err := e.ec.PendingNonceAt(ctx, e.alice)
	if err != nil {
		t.Fatal(err)
	}
	for i, tx := range []struct {
		to   common.Address
		v    int64
		data []byte
		gas  uint64
	}{
		{bob, 5, nil, core.TransferGas},
		{e.token, 0, transferData(bob, 7), core.TokenTransferGas},
		{core.BridgeAddress, 3, nil, core.WithdrawalGas},
	} {
		if err := e.ec.SendTransaction(ctx, e.sign(t, e.key, n+uint64(i), tx.to, tx.v, tx.data, tx.gas)); err != nil {
			t.Fatal(err)
		}
	}
	blk := e.seal(t)
	if len(blk.Txs) != 3 {
		t.Fatalf("block of %d transactions", len(blk.Txs))
	}
	return blk
}

// call makes a JSON-RPC call and returns its raw answer.
func (e *env) call(t *testing.T, method string, params ...any) json.RawMessage {
	t.Helper()
	var raw json.RawMessage
	if err := e.ec.Client().CallContext(context.Background(), &raw, method, params...); err != nil {
		t.Fatalf("%s%v: %v", method, params, err)
	}
	return raw
}

func decode[T any](t *testing.T, raw json.RawMessage) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s: %v", raw, err)
	}
	return v
}

// TestBlockReceiptsCountsAndTransactionsByIndex: eth_getBlockReceipts is
// the block's eth_getTransactionReceipt answers in order, the counts and
// the transactions by index are the block's, uncles are none, and each
// names an unknown block with null.
func TestBlockReceiptsCountsAndTransactionsByIndex(t *testing.T) {
	e := newEnv(t)
	blk := e.blockOfThree(t)
	num, hash := hexU(blk.Header.Number), blk.Hash()
	for _, ref := range []any{num, hash, "latest"} {
		got := decode[[]json.RawMessage](t, e.call(t, "eth_getBlockReceipts", ref))
		if len(got) != 3 {
			t.Fatalf("eth_getBlockReceipts(%v): %d receipts", ref, len(got))
		}
		for i, tx := range blk.Txs {
			want := e.call(t, "eth_getTransactionReceipt", tx.Hash(cfg.ChainID))
			if !jsonEqual(t, got[i], want) {
				t.Fatalf("receipt %d of the block:\n%s\nby hash:\n%s", i, got[i], want)
			}
		}
		if c := decode[string](t, e.call(t, "eth_getBlockTransactionCountBy"+strings.TrimPrefix(byWhat(ref), "Block"), ref)); c != "0x3" {
			t.Fatalf("transaction count of %v: %s", ref, c)
		}
		if c := decode[string](t, e.call(t, "eth_getUncleCountBy"+byWhat(ref), ref)); c != "0x0" {
			t.Fatalf("uncle count of %v: %s", ref, c)
		}
		for i, tx := range blk.Txs {
			got := e.call(t, "eth_getTransactionBy"+byWhat(ref)+"AndIndex", ref, hexU(uint64(i)))
			want := e.call(t, "eth_getTransactionByHash", tx.Hash(cfg.ChainID))
			if !jsonEqual(t, got, want) {
				t.Fatalf("transaction %d of %v:\n%s\nby hash:\n%s", i, ref, got, want)
			}
		}
		if got := e.call(t, "eth_getTransactionBy"+byWhat(ref)+"AndIndex", ref, "0x3"); string(got) != "null" {
			t.Fatalf("transaction 3 of a block of 3: %s", got)
		}
	}
	for _, ref := range []any{hexU(blk.Header.Number + 1), common.HexToHash("0x1234")} {
		for _, m := range []string{"eth_getBlockReceipts", "eth_getBlockTransactionCountBy" + strings.TrimPrefix(byWhat(ref), "Block"), "eth_getUncleCountBy" + byWhat(ref)} {
			if got := e.call(t, m, ref); string(got) != "null" {
				t.Fatalf("%s of unknown block %v: %s", m, ref, got)
			}
		}
		if got := e.call(t, "eth_getTransactionBy"+byWhat(ref)+"AndIndex", ref, "0x0"); string(got) != "null" {
			t.Fatalf("a transaction of unknown block %v: %s", ref, got)
		}
	}
}

func byWhat(ref any) string {
	if _, ok := ref.(common.Hash); ok {
		return "BlockHash"
	}
	return "BlockNumber"
}

func jsonEqual(t *testing.T, a, b json.RawMessage) bool {
	t.Helper()
	return reflect.DeepEqual(decode[any](t, a), decode[any](t, b))
}

// TestTransactionsAndLogsCarryTheBlocksTime: a mined transaction (by hash,
// by index, in a full block) and every log of its receipt carry
// blockTimestamp, the block's time (viem shows event times from it); a
// pooled transaction has it null.
func TestTransactionsAndLogsCarryTheBlocksTime(t *testing.T) {
	e := newEnv(t)
	blk := e.blockOfThree(t)
	stamp := hexU(blk.Header.Timestamp)
	if blk.Header.Timestamp == 0 {
		t.Fatal("a block at time 0")
	}
	for i, tx := range blk.Txs {
		h := tx.Hash(cfg.ChainID)
		for _, raw := range []json.RawMessage{
			e.call(t, "eth_getTransactionByHash", h),
			e.call(t, "eth_getTransactionByBlockNumberAndIndex", hexU(blk.Header.Number), hexU(uint64(i))),
		} {
			if got := decode[map[string]any](t, raw)["blockTimestamp"]; got != stamp {
				t.Fatalf("transaction %d has blockTimestamp %v, its block %s", i, got, stamp)
			}
		}
		r := decode[map[string]any](t, e.call(t, "eth_getTransactionReceipt", h))
		for _, l := range r["logs"].([]any) {
			if got := l.(map[string]any)["blockTimestamp"]; got != stamp {
				t.Fatalf("a log of transaction %d has blockTimestamp %v, its block %s", i, got, stamp)
			}
		}
	}
	full := decode[map[string]any](t, e.call(t, "eth_getBlockByNumber", hexU(blk.Header.Number), true))
	for _, tx := range full["transactions"].([]any) {
		if got := tx.(map[string]any)["blockTimestamp"]; got != stamp {
			t.Fatalf("a full block's transaction has blockTimestamp %v, the block %s", got, stamp)
		}
	}
	logs := decode[[]map[string]any](t, e.call(t, "eth_getLogs", map[string]any{"fromBlock": hexU(blk.Header.Number), "toBlock": hexU(blk.Header.Number)}))
	if len(logs) != 1 { // the token transfer's
		t.Fatalf("%d logs in a block of one token transfer", len(logs))
	}
	for _, l := range logs {
		if l["blockTimestamp"] != stamp {
			t.Fatalf("eth_getLogs gives blockTimestamp %v, the block %s", l["blockTimestamp"], stamp)
		}
	}
	// A pooled transaction is in no block yet.
	pooled := e.sign(t, e.key, 3, common.HexToAddress("0xb0b"), 1, nil, core.TransferGas)
	if err := e.ec.SendTransaction(context.Background(), pooled); err != nil {
		t.Fatal(err)
	}
	m := decode[map[string]any](t, e.call(t, "eth_getTransactionByHash", pooled.Hash()))
	if v, ok := m["blockTimestamp"]; !ok || v != nil {
		t.Fatalf("a pooled transaction has blockTimestamp %v (present: %v)", v, ok)
	}
}

// TestStorageProofAndAccessList: eth_getStorageAt answers zero (no
// contract storage on Viaduct) for any slot go-ethereum takes, refuses
// what it refuses and an unknown block; eth_getProof says to use
// viaduct_getProof; eth_createAccessList gives an empty list and the
// transaction's gas; eth_call of allowance answers zero.
func TestStorageProofAndAccessList(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	zero := "0x" + strings.Repeat("0", 64)
	for _, slot := range []string{"0x0", "0x00", "0x" + strings.Repeat("ab", 32), "0x1"} {
		for _, ref := range []any{"latest", "0x0", e.chain.Head().Hash()} {
			if got := decode[string](t, e.call(t, "eth_getStorageAt", e.token, slot, ref)); got != zero {
				t.Fatalf("eth_getStorageAt(%s, %v) = %s", slot, ref, got)
			}
		}
	}
	var out string
	for _, slot := range []string{"0x" + strings.Repeat("ab", 33), "0xzz"} {
		if err := e.ec.Client().CallContext(ctx, &out, "eth_getStorageAt", e.token, slot, "latest"); !errorContains(err, "unable to decode storage key") {
			t.Fatalf("slot %s: %v", slot, err)
		}
	}
	if err := e.ec.Client().CallContext(ctx, &out, "eth_getStorageAt", e.token, "0x0", "0x99"); !errorContains(err, ErrUnknownBlock.Error()) {
		t.Fatalf("storage at an unknown block: %v", err)
	}

	var proof any
	err := e.ec.Client().CallContext(ctx, &proof, "eth_getProof", e.alice, []string{}, "latest")
	var rerr rpc.Error
	if !errors.As(err, &rerr) || rerr.ErrorCode() != -32601 || !strings.Contains(err.Error(), "viaduct_getProof") {
		t.Fatalf("eth_getProof = %v", err)
	}

	bob := common.HexToAddress("0xb0b")
	for _, tc := range []struct {
		args map[string]any
		gas  uint64
	}{
		{map[string]any{"from": e.alice, "to": bob, "value": "0x1"}, core.TransferGas},
		{map[string]any{"from": e.alice, "to": e.token, "data": hexBytes(transferData(bob, 1))}, core.TokenTransferGas},
		{map[string]any{"from": e.alice, "to": core.BridgeAddress, "value": "0x1"}, core.WithdrawalGas},
	} {
		got := decode[map[string]any](t, e.call(t, "eth_createAccessList", tc.args, "latest"))
		if l, ok := got["accessList"].([]any); !ok || len(l) != 0 || got["gasUsed"] != hexU(tc.gas) || len(got) != 2 {
			t.Fatalf("eth_createAccessList(%v) = %v, want an empty list and gas %d", tc.args, got, tc.gas)
		}
	}
	if err := e.ec.Client().CallContext(ctx, &proof, "eth_createAccessList", map[string]any{"from": e.alice, "to": e.token, "data": "0xdeadbeef"}); !errorContains(err, core.ErrUnsupportedCalldata.Error()) {
		t.Fatalf("an access list for calldata Viaduct refuses: %v", err)
	}

	allowance := func(words ...[]byte) ([]byte, error) {
		data := common.FromHex("0xdd62ed3e")
		for _, w := range words {
			data = append(data, w...)
		}
		return e.ec.CallContract(ctx, ethereum.CallMsg{To: &e.token, Data: data}, nil)
	}
	got, err := allowance(common.LeftPadBytes(e.alice[:], 32), common.LeftPadBytes(bob[:], 32))
	if err != nil || len(got) != 32 || new(big.Int).SetBytes(got).Sign() != 0 {
		t.Fatalf("allowance = %x, %v", got, err)
	}
	dirty := common.LeftPadBytes(bob[:], 32)
	dirty[0] = 1
	if _, err := allowance(common.LeftPadBytes(e.alice[:], 32), dirty); !errorContains(err, ErrReverted.Error()) {
		t.Fatalf("allowance with a dirty address: %v", err)
	}
	if _, err := allowance(common.LeftPadBytes(e.alice[:], 32)); !errorContains(err, ErrReverted.Error()) {
		t.Fatalf("allowance with one argument: %v", err)
	}
}

func hexBytes(b []byte) string { return "0x" + common.Bytes2Hex(b) }

// TestStateAtPastBlocks: balances, nonces and token balances are answered
// at every block of the state history, by number, hash or tag (safe,
// finalized), each the value the head had when that block was the head,
// down to KeepBelow blocks below the settled one; an older block is
// refused with "historical state is not available", one above the head as
// unknown.
func TestStateAtPastBlocks(t *testing.T) {
	e := newEnv(t, chain.Options{KeepBelow: 2})
	ctx := context.Background()
	bob := common.HexToAddress("0xb0b")
	type seen struct {
		eth, tok *big.Int
		nonce    uint64
	}
	at := map[uint64]seen{}
	record := func() {
		h := e.chain.Head().Number
		eth, err := e.ec.BalanceAt(ctx, e.alice, nil)
		if err != nil {
			t.Fatal(err)
		}
		nonce, err := e.ec.NonceAt(ctx, e.alice, nil)
		if err != nil {
			t.Fatal(err)
		}
		tok, err := e.ec.CallContract(ctx, ethereum.CallMsg{To: &e.token, Data: balanceOfData(e.alice)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		at[h] = seen{eth, new(big.Int).SetBytes(tok), nonce}
	}
	record()
	for i := range 6 {
		for j, tx := range []struct {
			to   common.Address
			v    int64
			data []byte
			gas  uint64
		}{{bob, int64(i + 1), nil, core.TransferGas}, {e.token, 0, transferData(bob, int64(i+1)), core.TokenTransferGas}} {
			if err := e.ec.SendTransaction(ctx, e.sign(t, e.key, uint64(2*i+j), tx.to, tx.v, tx.data, tx.gas)); err != nil {
				t.Fatal(err)
			}
		}
		e.seal(t)
		record()
	}
	head := e.chain.Head().Number
	check := func(ref any, want seen) {
		t.Helper()
		bal := decode[string](t, e.call(t, "eth_getBalance", e.alice, ref))
		nonce := decode[string](t, e.call(t, "eth_getTransactionCount", e.alice, ref))
		tok := decode[string](t, e.call(t, "eth_call", map[string]any{"to": e.token, "data": hexBytes(balanceOfData(e.alice))}, ref))
		if bal != hexBig(want.eth) || nonce != hexU(want.nonce) || new(big.Int).SetBytes(common.FromHex(tok)).Cmp(want.tok) != 0 {
			t.Fatalf("at %v: balance %s nonce %s token %s, want %s %d %s", ref, bal, nonce, tok, want.eth, want.nonce, want.tok)
		}
	}
	for n := uint64(0); n <= head; n++ {
		want, ok := at[n]
		if !ok {
			continue
		}
		hdr, err := e.chain.HeaderByNumber(n)
		if err != nil {
			t.Fatal(err)
		}
		check(hexU(n), want)
		check(map[string]any{"blockHash": hdr.Hash()}, want)
	}
	// env's Status: safe is block 1, finalized block 0.
	check("safe", at[1])
	check("finalized", seen{new(big.Int), new(big.Int), 0})

	// L1 settles block 6: with 2 blocks of records kept below it, the
	// history starts at block 4.
	e.chain.SetAnchors(chain.Anchors{Safe: 6, Finalized: 6, Settled: 6})
	if err := e.chain.SyncViews(ctx); err != nil {
		t.Fatal(err)
	}
	if e.chain.StateFrom() != 4 {
		t.Fatalf("state served from block %d", e.chain.StateFrom())
	}
	check(hexU(4), at[4])
	check(hexU(5), at[5])
	var out string
	for _, m := range []string{"eth_getBalance", "eth_getTransactionCount"} {
		err := e.ec.Client().CallContext(ctx, &out, m, e.alice, hexU(3))
		if !errorContains(err, "historical state is not available") {
			t.Fatalf("%s at block 3, below the history: %v", m, err)
		}
		err = e.ec.Client().CallContext(ctx, &out, m, e.alice, hexU(head+1))
		if !errorContains(err, ErrUnknownBlock.Error()) {
			t.Fatalf("%s above the head: %v", m, err)
		}
	}
	err := e.ec.Client().CallContext(ctx, &out, "eth_call", map[string]any{"to": e.token, "data": hexBytes(balanceOfData(e.alice))}, hexU(3))
	if !errorContains(err, "historical state is not available") {
		t.Fatalf("balanceOf below the history: %v", err)
	}
	err = e.ec.Client().CallContext(ctx, &out, "eth_call", map[string]any{"to": e.token, "data": "0x18160ddd"}, hexU(head-1))
	if !errorContains(err, "historical state is not available") {
		t.Fatalf("totalSupply at a past block: %v", err)
	}
}

func balanceOfData(a common.Address) []byte {
	return append(common.FromHex("0x70a08231"), common.LeftPadBytes(a[:], 32)...)
}

func hexBig(b *big.Int) string { return "0x" + b.Text(16) }
