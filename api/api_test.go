package api

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/engine"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/mempool"
	"github.com/viaduct-l2/viaduct/sequencer"
	"github.com/viaduct-l2/viaduct/statetree"
	"github.com/viaduct-l2/viaduct/wire"
)

var cfg = core.DevConfig()

type tokenMap map[common.Address]l1.Token

func (m tokenMap) Token(a common.Address) (l1.Token, bool) { t, ok := m[a]; return t, ok }

type sliceQueue struct{ items []core.QueueItem }

func (q *sliceQueue) QueueItems(from uint64, max int) []core.QueueItem {
	if from >= uint64(len(q.items)) {
		return nil
	}
	return q.items[from:min(uint64(len(q.items)), from+uint64(max))]
}

// TakeDropped reports no reorg: these tests never take queue items back.
func (q *sliceQueue) TakeDropped() (uint64, bool) { return 0, false }

type fixedStatus struct{ safe, final uint64 }

func (s fixedStatus) SafeBlock() uint64      { return s.safe }
func (s fixedStatus) FinalizedBlock() uint64 { return s.final }

type env struct {
	backend *Backend
	chain   *chain.Chain
	seq     *sequencer.Sequencer
	queue   *sliceQueue
	srv     *HTTPServer
	url     string
	ec      *ethclient.Client
	key     *ecdsa.PrivateKey
	alice   common.Address
	token   common.Address
}

// newEnv serves a chain opened with opts (the defaults if none).
func newEnv(t *testing.T, opts ...chain.Options) *env {
	t.Helper()
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pdb.Close() })
	c, err := chain.OpenWith(pdb, cfg, append(opts, chain.Options{})[0])
	if err != nil {
		t.Fatal(err)
	}
	pool := mempool.New(cfg, mempool.DefaultConfig, c.State())
	e := &env{chain: c, queue: &sliceQueue{}, token: common.HexToAddress("0x70ce")}
	e.key, _ = crypto.GenerateKey()
	e.alice = crypto.PubkeyToAddress(e.key.PublicKey)
	e.seq = sequencer.New(sequencer.Config{FeeRecipient: common.HexToAddress("0xfee")}, engine.New(c, nil), pool)
	e.backend = &Backend{
		Chain: c, Pool: pool, Tokens: tokenMap{e.token: {Name: "Test Token", Symbol: "TT", Decimals: 6}},
		Status: fixedStatus{1, 0}, RollupConfig: map[string]any{"l2ChainId": cfg.ChainID}, ClientVersion: "viaduct/test",
	}
	rs, err := NewServer(e.backend)
	if err != nil {
		t.Fatal(err)
	}
	e.srv, err = Listen("127.0.0.1:0", rs, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rs.Stop(); e.srv.Close() })
	e.url = "http://" + e.srv.Addr()
	e.ec, err = ethclient.Dial(e.url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.ec.Close)
	// Fund alice with ETH and tokens through the queue.
	e.queue.items = append(e.queue.items,
		core.QueueItem{Kind: core.QueueDepositETH, From: e.alice, To: e.alice, Amount: *uint256.NewInt(1e18)},
		core.QueueItem{Kind: core.QueueDepositToken, From: e.alice, To: e.alice, Token: e.token, Amount: *uint256.NewInt(1000)},
	)
	e.seal(t)
	return e
}

func (e *env) seal(t *testing.T) *chain.Block {
	t.Helper()
	b, err := e.seq.Seal(e.queue)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (e *env) sign(t *testing.T, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value int64, data []byte, gas uint64) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: SuggestedTip, GasFeeCap: big.NewInt(1e9),
		Gas: gas, To: &to, Value: big.NewInt(value), Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func transferData(to common.Address, amount int64) []byte {
	d := append([]byte{}, core.TransferSelector[:]...)
	d = append(d, common.LeftPadBytes(to[:], 32)...)
	return append(d, common.LeftPadBytes(big.NewInt(amount).Bytes(), 32)...)
}

func TestSendRawTransactionRefusesWithTheStandardErrors(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	other, _ := crypto.GenerateKey()
	bob := common.HexToAddress("0xb0b")
	wrongChain, _ := types.SignNewTx(e.key, types.LatestSignerForChainID(big.NewInt(1)), &types.DynamicFeeTx{
		ChainID: big.NewInt(1), Gas: 21000, GasFeeCap: big.NewInt(1e9), To: &bob,
	})
	for _, tc := range []struct {
		name string
		tx   *types.Transaction
		want string
	}{
		{"wrong chain id", wrongChain, "invalid chain id for signer"},
		{"unfunded sender", e.sign(t, other, 0, bob, 1, nil, 21000), "insufficient funds for gas * price + value"},
		{"nonce gap too far", e.sign(t, e.key, 1000, bob, 1, nil, 21000), "nonce too high"},
		{"gas below the kind's", e.sign(t, e.key, 0, bob, 1, nil, 20999), "intrinsic gas too low"},
		{"arbitrary calldata", e.sign(t, e.key, 0, bob, 0, []byte{1, 2, 3}, 100000), "unsupported calldata"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := e.ec.SendTransaction(ctx, tc.tx)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("SendTransaction = %v, want %q", err, tc.want)
			}
		})
	}
	// Garbage RLP.
	var h common.Hash
	err := e.ec.Client().CallContext(ctx, &h, "eth_sendRawTransaction", "0x02deadbeef")
	if err == nil {
		t.Fatal("garbage RLP accepted")
	}
	// An unknown method answers the standard JSON-RPC error.
	var out any
	err = e.ec.Client().CallContext(ctx, &out, "eth_sign", e.alice, "0x00")
	var rerr rpc.Error
	if !errors.As(err, &rerr) || rerr.ErrorCode() != -32601 {
		t.Fatalf("eth_sign = %v, want method not found", err)
	}
}

func TestOversizedAndMalformedRequestsGetErrorsAndTheServerGoesOn(t *testing.T) {
	e := newEnv(t)
	big := bytes.Repeat([]byte("a"), DefaultLimits.BodyBytes+1)
	resp, err := http.Post(e.url, "application/json", bytes.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized body: status %d", resp.StatusCode)
	}
	resp, err = http.Post(e.url, "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "-32700") {
		t.Fatalf("malformed JSON answered %s", body)
	}
	if id, err := e.ec.ChainID(context.Background()); err != nil || id.Uint64() != cfg.ChainID {
		t.Fatalf("after bad requests: chain id %v, %v", id, err)
	}
}

func TestListenRefusesNonLoopback(t *testing.T) {
	rs := rpc.NewServer()
	defer rs.Stop()
	for _, addr := range []string{"0.0.0.0:0", "8.8.8.8:0", ":0"} {
		if _, err := Listen(addr, rs, DefaultLimits); !errors.Is(err, ErrNotLoopback) {
			t.Fatalf("Listen(%q) = %v, want ErrNotLoopback", addr, err)
		}
	}
}

// TestWalletFlow is what a wallet does: chain id, balance, nonce, fees,
// estimate, send, wait for the receipt, read the block.
func TestWalletFlow(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	bob := common.HexToAddress("0xb0b")
	if id, err := e.ec.ChainID(ctx); err != nil || id.Uint64() != cfg.ChainID {
		t.Fatalf("chain id %v, %v", id, err)
	}
	bal, err := e.ec.BalanceAt(ctx, e.alice, nil)
	if err != nil || bal.Cmp(big.NewInt(1e18)) != 0 {
		t.Fatalf("balance %v, %v", bal, err)
	}
	tip, err := e.ec.SuggestGasTipCap(ctx)
	if err != nil || tip.Cmp(SuggestedTip) != 0 {
		t.Fatalf("tip %v, %v", tip, err)
	}
	price, err := e.ec.SuggestGasPrice(ctx)
	if err != nil || price.Cmp(new(big.Int).Add(cfg.BaseFee.ToBig(), SuggestedTip)) != 0 {
		t.Fatalf("gas price %v, %v", price, err)
	}
	gas, err := e.ec.EstimateGas(ctx, ethereum.CallMsg{From: e.alice, To: &e.token, Data: transferData(bob, 10)})
	if err != nil || gas != core.TokenTransferGas {
		t.Fatalf("estimate %d, %v", gas, err)
	}
	if _, err := e.ec.EstimateGas(ctx, ethereum.CallMsg{From: e.alice, To: &bob, Value: big.NewInt(2e18)}); err == nil || !strings.Contains(err.Error(), "insufficient funds") {
		t.Fatalf("estimate of an unaffordable value: %v", err)
	}
	if _, err := e.ec.FeeHistory(ctx, 4, nil, []float64{50}); err != nil {
		t.Fatalf("fee history: %v", err)
	}

	ethTx := e.sign(t, e.key, 0, bob, 5, nil, core.TransferGas)
	tokTx := e.sign(t, e.key, 1, e.token, 0, transferData(bob, 10), core.TokenTransferGas)
	for _, tx := range []*types.Transaction{ethTx, tokTx} {
		if err := e.ec.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := e.ec.PendingNonceAt(ctx, e.alice); err != nil || n != 2 {
		t.Fatalf("pending nonce %d, %v", n, err)
	}
	if n, err := e.ec.NonceAt(ctx, e.alice, nil); err != nil || n != 0 {
		t.Fatalf("latest nonce %d, %v", n, err)
	}
	if _, pending, err := e.ec.TransactionByHash(ctx, tokTx.Hash()); err != nil || !pending {
		t.Fatalf("pooled transaction: pending %v, %v", pending, err)
	}
	if _, err := e.ec.TransactionReceipt(ctx, tokTx.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("receipt before the block: %v", err)
	}
	blk := e.seal(t)

	r, err := e.ec.TransactionReceipt(ctx, tokTx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != 1 || r.BlockNumber.Uint64() != blk.Header.Number || r.GasUsed != core.TokenTransferGas || len(r.Logs) != 1 {
		t.Fatalf("receipt %+v", r)
	}
	lg := r.Logs[0]
	if lg.Address != e.token || lg.Topics[0] != chain.TransferTopic || common.BytesToAddress(lg.Topics[2][:]) != bob || new(big.Int).SetBytes(lg.Data).Int64() != 10 {
		t.Fatalf("Transfer log %+v", lg)
	}
	if !types.BloomLookup(r.Bloom, chain.TransferTopic) {
		t.Fatal("receipt bloom lacks the Transfer topic")
	}
	tx, pending, err := e.ec.TransactionByHash(ctx, ethTx.Hash())
	if err != nil || pending || tx.Hash() != ethTx.Hash() {
		t.Fatalf("mined transaction: %v pending %v, %v", tx, pending, err)
	}
	if n, err := e.ec.BlockNumber(ctx); err != nil || n != blk.Header.Number {
		t.Fatalf("block number %d, %v", n, err)
	}
	b, err := e.ec.BlockByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Transactions()) != 2 || b.Transactions()[1].Hash() != tokTx.Hash() || b.BaseFee().Cmp(cfg.BaseFee.ToBig()) != 0 {
		t.Fatalf("block: %d txs, base fee %v", len(b.Transactions()), b.BaseFee())
	}
	var byHash map[string]any
	if err := e.ec.Client().CallContext(ctx, &byHash, "eth_getBlockByHash", blk.Hash(), false); err != nil || byHash["hash"] != blk.Hash().Hex() {
		t.Fatalf("block by hash %v, %v", byHash["hash"], err)
	}
	for tag, want := range map[string]uint64{"earliest": 0, "safe": 1, "finalized": 0, "pending": blk.Header.Number} {
		var m map[string]any
		if err := e.ec.Client().CallContext(ctx, &m, "eth_getBlockByNumber", tag, false); err != nil {
			t.Fatalf("%s: %v", tag, err)
		}
		if m["number"] != hexU(want) {
			t.Fatalf("%s block is %v, want %d", tag, m["number"], want)
		}
	}
	// Block 0 is within the state history: alice had nothing there.
	if bal, err := e.ec.BalanceAt(ctx, e.alice, big.NewInt(0)); err != nil || bal.Sign() != 0 {
		t.Fatalf("balance at block 0: %v, %v", bal, err)
	}
}

func hexU(n uint64) string { return "0x" + new(big.Int).SetUint64(n).Text(16) }

func errorContains(err error, s string) bool { return err != nil && strings.Contains(err.Error(), s) }

func TestERC20ViewsAndCode(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	call := func(data []byte) ([]byte, error) {
		return e.ec.CallContract(ctx, ethereum.CallMsg{To: &e.token, Data: data}, nil)
	}
	out, err := call(append(common.FromHex("0x70a08231"), common.LeftPadBytes(e.alice[:], 32)...))
	if err != nil || new(big.Int).SetBytes(out).Int64() != 1000 {
		t.Fatalf("balanceOf = %x, %v", out, err)
	}
	out, err = call(common.FromHex("0x18160ddd")) // totalSupply: the one deposit
	if err != nil || len(out) != 32 || new(big.Int).SetBytes(out).Int64() != 1000 {
		t.Fatalf("totalSupply = %x, %v", out, err)
	}
	if _, err := e.ec.CallContract(ctx, ethereum.CallMsg{To: &e.token, Data: common.FromHex("0x18160ddd")}, big.NewInt(0)); !errorContains(err, ErrHistoricalState.Error()) {
		t.Fatalf("totalSupply at block 0: %v", err)
	}
	out, err = call(common.FromHex("0x313ce567"))
	if err != nil || new(big.Int).SetBytes(out).Int64() != 6 {
		t.Fatalf("decimals = %x, %v", out, err)
	}
	out, err = call(common.FromHex("0x95d89b41"))
	if err != nil || len(out) != 96 || string(bytes.TrimRight(out[64:], "\x00")) != "TT" {
		t.Fatalf("symbol = %x, %v", out, err)
	}
	if _, err := call(common.FromHex("0xdeadbeef")); !errorContains(err, "execution reverted") {
		t.Fatalf("unknown selector: %v", err)
	}
	// The answers decode with the interface a wallet's library uses.
	erc20 := bindings.NewIERC20Metadata()
	out, err = call(erc20.PackName())
	if err != nil {
		t.Fatalf("name: %v", err)
	}
	if name, err := erc20.UnpackName(out); err != nil || name != "Test Token" {
		t.Fatalf("name = %q, %v", name, err)
	}
	if _, err := call(erc20.PackTransfer(e.alice, big.NewInt(1))); !errorContains(err, "execution reverted") {
		t.Fatalf("eth_call of transfer: %v", err)
	}
	dirty := erc20.PackBalanceOf(e.alice)
	dirty[4] = 1 // an address word with a dirty upper byte: Solidity's decoder reverts
	if _, err := call(dirty); !errorContains(err, "execution reverted") {
		t.Fatalf("balanceOf with a dirty address word: %v", err)
	}
	if _, err := call(erc20.PackBalanceOf(e.alice)[:20]); !errorContains(err, "execution reverted") {
		t.Fatalf("balanceOf cut short: %v", err)
	}
	code, err := e.ec.CodeAt(ctx, e.token, nil)
	if err != nil || len(code) == 0 {
		t.Fatalf("token code %x, %v", code, err)
	}
	code, err = e.ec.CodeAt(ctx, e.alice, nil)
	if err != nil || len(code) != 0 {
		t.Fatalf("account code %x, %v", code, err)
	}
}

func TestViaductNamespace(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	if err := e.ec.SendTransaction(ctx, e.sign(t, e.key, 0, core.BridgeAddress, 7, nil, core.WithdrawalGas)); err != nil {
		t.Fatal(err)
	}
	blk := e.seal(t)
	var p wire.StateProof
	if err := e.ec.Client().CallContext(ctx, &p, "viaduct_getProof", e.alice, []common.Address{e.token}); err != nil {
		t.Fatal(err)
	}
	var proof statetree.Proof
	if err := proof.UnmarshalBinary(p.AccountProof); err != nil {
		t.Fatal(err)
	}
	acct, _ := e.chain.State().Account(e.alice)
	if v, err := proof.Verify(blk.Header.StateRoot, crypto.Keccak256Hash(e.alice[:])); err != nil || v != acct.ValueHash() || p.StateRoot != blk.Header.StateRoot {
		t.Fatalf("account proof: %v, %v", v, err)
	}
	if len(p.Tokens) != 1 || p.Tokens[0].Balance.ToInt().Int64() != 1000 {
		t.Fatalf("token proofs %+v", p.Tokens)
	}
	// Once the head has moved on, the proof at that block still proves
	// that block's state (what a light client asks for: the block L1 holds).
	if err := e.ec.SendTransaction(ctx, e.sign(t, e.key, 1, core.BridgeAddress, 5, nil, core.WithdrawalGas)); err != nil {
		t.Fatal(err)
	}
	if next := e.seal(t); next.Header.Number != blk.Header.Number+1 {
		t.Fatalf("sealed block %d", next.Header.Number)
	}
	var past wire.StateProof
	if err := e.ec.Client().CallContext(ctx, &past, "viaduct_getProof", e.alice, []common.Address{e.token}, hexU(blk.Header.Number)); err != nil {
		t.Fatal(err)
	}
	if err := proof.UnmarshalBinary(past.AccountProof); err != nil {
		t.Fatal(err)
	}
	if v, err := proof.Verify(blk.Header.StateRoot, crypto.Keccak256Hash(e.alice[:])); err != nil || v != acct.ValueHash() ||
		uint64(past.Number) != blk.Header.Number || past.BlockHash != blk.Hash() || past.Balance.ToInt().Cmp(acct.Balance.ToBig()) != 0 {
		t.Fatalf("proof at block %d after the head moved: %+v (%x, %v)", blk.Header.Number, past, v, err)
	}
	if err := e.ec.Client().CallContext(ctx, &past, "viaduct_getProof", e.alice, []common.Address{}, "0x99"); !errorContains(err, ErrUnknownBlock.Error()) {
		t.Fatalf("proof beyond the head: %v", err)
	}
	var w wire.WithdrawalProof
	if err := e.ec.Client().CallContext(ctx, &w, "viaduct_getWithdrawal", hexU(blk.Header.Number), "0x0"); err != nil {
		t.Fatal(err)
	}
	if w.Recipient != e.alice || w.Amount.ToInt().Int64() != 7 || core.WithdrawalsRoot(blk.Withdrawals) != blk.Header.WithdrawalsRoot {
		t.Fatalf("withdrawal %+v", w)
	}
	var st wire.BlockStatus
	if err := e.ec.Client().CallContext(ctx, &st, "viaduct_blockStatus", "0x1"); err != nil || st.Status != "safe" {
		t.Fatalf("status of block 1: %+v, %v", st, err)
	}
	if err := e.ec.Client().CallContext(ctx, &st, "viaduct_blockStatus", "latest"); err != nil || st.Status != "latest" {
		t.Fatalf("status of the head: %+v, %v", st, err)
	}
	var cfgOut map[string]any
	if err := e.ec.Client().CallContext(ctx, &cfgOut, "viaduct_rollupConfig"); err != nil || cfgOut["l2ChainId"] == nil {
		t.Fatalf("rollup config %v, %v", cfgOut, err)
	}
}

func TestWebSocketAndBatch(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ws, err := rpc.DialContext(ctx, "ws://"+e.srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	var id, ver string
	var syncing bool
	var accounts []common.Address
	batch := []rpc.BatchElem{
		{Method: "eth_chainId", Result: &id},
		{Method: "web3_clientVersion", Result: &ver},
		{Method: "eth_syncing", Result: &syncing},
		{Method: "eth_accounts", Result: &accounts},
	}
	if err := ws.BatchCallContext(ctx, batch); err != nil {
		t.Fatalf("batch: %v", err)
	}
	for _, el := range batch {
		if el.Error != nil {
			t.Fatalf("%s: %v", el.Method, el.Error)
		}
	}
	if syncing || accounts == nil || len(accounts) != 0 {
		t.Fatalf("syncing %v, accounts %v", syncing, accounts)
	}
	if id != hexU(cfg.ChainID) || ver != "viaduct/test" {
		t.Fatalf("batch answered %s %s", id, ver)
	}
}

// TestBadSignatureAndAFloodFromOneSender: a signature in the upper half of
// the curve order is refused; a sender flooding the pool hits its allowance
// while another sender is still served.
func TestBadSignatureAndAFloodFromOneSender(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	bob := common.HexToAddress("0xb0b")
	good := e.sign(t, e.key, 0, bob, 1, nil, core.TransferGas)
	v, r, s := good.RawSignatureValues()
	highS := new(big.Int).Sub(crypto.S256().Params().N, s)
	bad, err := good.WithSignature(types.LatestSignerForChainID(cfg.BigChainID()), append(append(common.LeftPadBytes(r.Bytes(), 32), common.LeftPadBytes(highS.Bytes(), 32)...), byte(1-v.Uint64())))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.ec.SendTransaction(ctx, bad); !errorContains(err, "invalid sender") {
		t.Fatalf("high-s signature: %v", err)
	}

	accepted := 0
	var floodErr error
	for n := uint64(0); n < uint64(mempool.DefaultConfig.PerSender)+5; n++ {
		if err := e.ec.SendTransaction(ctx, e.sign(t, e.key, n, bob, 1, nil, core.TransferGas)); err != nil {
			floodErr = err
			break
		}
		accepted++
	}
	if accepted != mempool.DefaultConfig.PerSender || !errorContains(floodErr, "nonce too high") {
		t.Fatalf("flood: %d accepted, then %v", accepted, floodErr)
	}
	// Someone else is still served.
	other, _ := crypto.GenerateKey()
	otherAddr := crypto.PubkeyToAddress(other.PublicKey)
	e.queue.items = append(e.queue.items, core.QueueItem{Kind: core.QueueDepositETH, From: otherAddr, To: otherAddr, Amount: *uint256.NewInt(1e18)})
	e.seal(t)
	if err := e.ec.SendTransaction(ctx, e.sign(t, other, 0, bob, 1, nil, core.TransferGas)); err != nil {
		t.Fatalf("another sender during the flood: %v", err)
	}
}

func TestFeeHistoryTakesDecimalAndHexCounts(t *testing.T) {
	e := newEnv(t)
	for _, count := range []any{2, "0x2"} {
		var res FeeHistoryResult
		if err := e.ec.Client().CallContext(context.Background(), &res, "eth_feeHistory", count, "latest", []float64{25, 75}); err != nil {
			t.Fatalf("count %v: %v", count, err)
		}
		if len(res.BaseFee) != 3 || len(res.GasUsedRatio) != 2 || len(res.Reward) != 2 || res.BaseFee[0].ToInt().Cmp(cfg.BaseFee.ToBig()) != 0 {
			t.Fatalf("count %v: %+v", count, res)
		}
	}
	var res FeeHistoryResult
	if err := e.ec.Client().CallContext(context.Background(), &res, "eth_feeHistory", 1, "latest", []float64{75, 25}); err == nil {
		t.Fatal("decreasing percentiles accepted")
	}
}

// TestGetQueueItemFindsTheBlockAndTheWithdrawal: viaduct_getQueueItem names
// the block that applied each queue item and, for a forced withdrawal, the
// withdrawal it made there; one that found nothing to take made none, and
// an item not applied yet says so.
func TestGetQueueItemFindsTheBlockAndTheWithdrawal(t *testing.T) {
	e := newEnv(t) // block 1 applied items 0 and 1 (deposits)
	ctx := context.Background()
	carol := common.HexToAddress("0xca401")
	nobody := common.HexToAddress("0x0b0d1")
	e.queue.items = append(e.queue.items,
		core.QueueItem{Kind: core.QueueForcedWithdrawal, From: nobody, To: nobody, Amount: *uint256.NewInt(5)},                 // 2: nothing to take
		core.QueueItem{Kind: core.QueueForcedWithdrawal, From: e.alice, To: carol, Amount: *uint256.NewInt(3)},                 // 3
		core.QueueItem{Kind: core.QueueForcedWithdrawal, From: e.alice, To: carol, Token: e.token, Amount: *uint256.NewInt(9)}, // 4
	)
	blk := e.seal(t) // block 2
	for _, tc := range []struct {
		index      uint64
		block      uint64
		withdrawal int // -1: none
	}{
		{0, 1, -1}, {1, 1, -1}, {2, 2, -1}, {3, 2, 0}, {4, 2, 1},
	} {
		var st wire.QueueItemStatus
		if err := e.ec.Client().CallContext(ctx, &st, "viaduct_getQueueItem", hexU(tc.index)); err != nil {
			t.Fatal(err)
		}
		if !st.Applied || st.Block == nil || uint64(*st.Block) != tc.block {
			t.Fatalf("item %d: %+v, want block %d", tc.index, st, tc.block)
		}
		if tc.withdrawal < 0 {
			if st.Withdrawal != nil {
				t.Fatalf("item %d: withdrawal %d, want none", tc.index, *st.Withdrawal)
			}
			continue
		}
		if st.Withdrawal == nil || int(*st.Withdrawal) != tc.withdrawal {
			t.Fatalf("item %d: %+v, want withdrawal %d", tc.index, st, tc.withdrawal)
		}
		w := blk.Withdrawals[tc.withdrawal]
		if w.Recipient != carol || (tc.index == 4) != (w.Token == e.token) {
			t.Fatalf("item %d names withdrawal %+v", tc.index, w)
		}
	}
	var st wire.QueueItemStatus
	if err := e.ec.Client().CallContext(ctx, &st, "viaduct_getQueueItem", hexU(5)); err != nil || st.Applied || st.Block != nil {
		t.Fatalf("an item not in the queue yet: %+v, %v", st, err)
	}
}
