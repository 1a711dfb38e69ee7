package light_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/light"
	"github.com/viaduct-l2/viaduct/node"
	"github.com/viaduct-l2/viaduct/state"
	"github.com/viaduct-l2/viaduct/wire"
)

// lie rewrites the result of one JSON-RPC call; it returns nil to leave it.
type lie func(method string, params []json.RawMessage, result map[string]any) any

// rpcError, returned by a lie, makes the call fail with that message.
type rpcError string

// proxy is a lying L2 node: it forwards every call to an honest node and
// lets the test rewrite the answers.
type proxy struct {
	upstream string
	mu       sync.Mutex
	lie      lie
}

func (p *proxy) set(l lie) { p.mu.Lock(); p.lie = l; p.mu.Unlock() }

func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req struct {
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, "the proxy takes single calls: "+err.Error(), http.StatusBadRequest)
		return
	}
	resp, err := http.Post(p.upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var msg map[string]json.RawMessage
	if err := json.NewDecoder(resp.Body).Decode(&msg); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	p.mu.Lock()
	l := p.lie
	p.mu.Unlock()
	if res, ok := msg["result"]; ok && l != nil {
		var m map[string]any
		_ = json.Unmarshal(res, &m) // scalar results leave m nil
		switch out := l(req.Method, req.Params, m).(type) {
		case nil:
		case rpcError:
			delete(msg, "result")
			msg["error"], _ = json.Marshal(map[string]any{"code": -32000, "message": string(out)})
		default:
			msg["result"], _ = json.Marshal(out)
		}
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(msg)
}

func testLog() *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

var ether = big.NewInt(1e18)

// sendL2 signs an EIP-1559 transaction with key and waits for its receipt
// in a sealed block: a pre-confirmed receipt (zero block hash) names a block
// the node does not serve yet.
func sendL2(t *testing.T, ctx context.Context, ec *ethclient.Client, key []byte, nonce uint64, to common.Address, value *big.Int, gas uint64) *types.Receipt {
	t.Helper()
	k, err := crypto.ToECDSA(key)
	if err != nil {
		t.Fatal(err)
	}
	cfg := core.DevConfig()
	tx, err := types.SignNewTx(k, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9), Gas: gas, To: &to, Value: value,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	var r *types.Receipt
	waitFor(t, "the receipt of "+tx.Hash().Hex(), func() bool {
		r, err = ec.TransactionReceipt(ctx, tx.Hash())
		return err == nil && r.BlockHash != (common.Hash{})
	})
	return r
}

// postedHead is the node's head block if it is in a batch on L1, else 0.
func postedHead(ctx context.Context, ec *ethclient.Client) uint64 {
	var st wire.BlockStatus
	if ec.Client().CallContext(ctx, &st, wire.MethodBlockStatus, "latest") != nil || st.Status == "latest" {
		return 0
	}
	return uint64(st.Number)
}

func blockProof(t *testing.T, ctx context.Context, raw *rpc.Client, n uint64) map[string]any {
	t.Helper()
	var m map[string]any
	if err := raw.CallContext(ctx, &m, "viaduct_getBlockProof", hexutil.Uint64(n)); err != nil {
		t.Fatal(err)
	}
	return m
}

// stateProofAt is the node's viaduct_getProof answer at block n.
func stateProofAt(t *testing.T, ctx context.Context, raw *rpc.Client, addr common.Address, tokens []common.Address, n uint64) map[string]any {
	t.Helper()
	var m map[string]any
	if err := raw.CallContext(ctx, &m, "viaduct_getProof", addr, tokens, hexutil.Uint64(n)); err != nil {
		t.Fatal(err)
	}
	return m
}

func stateProof(t *testing.T, ctx context.Context, raw *rpc.Client, addr common.Address, tokens []common.Address) map[string]any {
	t.Helper()
	var m map[string]any
	if err := raw.CallContext(ctx, &m, "viaduct_getProof", addr, tokens); err != nil {
		t.Fatal(err)
	}
	return m
}

// rig is a sequencer on the dev L1 (challenge window 2 s) that has
// bridged 5 ETH and 1,000,000 units of a token to alice, then made a
// transfer of 1 ETH from alice to bob: the deposits' block firstHead
// (alice at nonce 0 with 5 ETH) and the transfer's block head (nonce 1,
// less than 4 ETH) are the last blocks of two batches on L1. Its light
// client reaches the node through a proxy that lies as the test says.
type rig struct {
	l1c        *devl1.Chain
	rollupAddr common.Address
	seqKey     *ecdsa.PrivateKey
	aliceKey   *ecdsa.PrivateKey
	alice, bob common.Address
	token      common.Address
	amount     *big.Int // token units bridged to alice
	ec         *ethclient.Client
	raw        *rpc.Client
	firstHead  uint64 // the deposits' block
	head       uint64 // the transfer's block
	p          *proxy
	c          *light.Client
}

func newRig(t *testing.T, ctx context.Context) *rig {
	t.Helper()
	l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l1c.Close() })
	r := &rig{l1c: l1c, seqKey: devl1.DevKey(4), aliceKey: devl1.DevKey(1), amount: big.NewInt(1_000_000)}
	r.alice = crypto.PubkeyToAddress(r.aliceKey.PublicKey)
	r.bob = common.HexToAddress("0x000000000000000000000000000000000000b0b0")
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(r.seqKey.PublicKey))
	rcfg.ChallengeWindow = 2
	rollupAddr, deployBlock, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rcfg)
	if err != nil {
		t.Fatal(err)
	}
	r.rollupAddr = rollupAddr
	if r.token, _, err = l1c.Deploy(ctx, r.aliceKey, common.FromHex(testbindings.TestTokenMetaData.Bin)); err != nil {
		t.Fatal(err)
	}
	n, err := node.New(node.Config{
		Role: node.RoleSequencer, DataDir: t.TempDir(), L1: l1c.Client, Rollup: rollupAddr, DeployBlock: deployBlock,
		L2: core.DevConfig(), RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, Log: testLog(),
		BlockInterval: 50 * time.Millisecond, BatcherKey: r.seqKey, FeeRecipient: crypto.PubkeyToAddress(r.seqKey.PublicKey),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Stop(context.Background()) })
	url := "http://" + n.RPCAddr()
	if r.ec, err = ethclient.Dial(url); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.ec.Close)
	r.raw = r.ec.Client()

	// Bridge 1,000,000 token units and 5 ETH to alice.
	tt := testbindings.NewTestToken()
	rb := bindings.NewRollup()
	for _, call := range []struct {
		to   common.Address
		data []byte
		val  *big.Int
	}{
		{r.token, tt.PackMint(r.alice, r.amount), nil},
		{r.token, tt.PackApprove(rollupAddr, r.amount), nil},
		{rollupAddr, rb.PackDepositToken(r.token, r.alice, r.amount), nil},
		{rollupAddr, rb.PackDepositETH(r.alice), new(big.Int).Mul(big.NewInt(5), ether)},
	} {
		if _, err := l1c.Send(ctx, r.aliceKey, &call.to, call.data, call.val); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "the deposits on L2", func() bool {
		b, err := r.ec.BalanceAt(ctx, r.alice, nil)
		return err == nil && b.Sign() > 0
	})
	// The head and whether it is posted are read together: a block sealed
	// after a wait for "the head is posted" would not be posted yet.
	waitFor(t, "the deposits' block on L1", func() bool { r.firstHead = postedHead(ctx, r.ec); return r.firstHead > 0 })

	// A transfer to bob makes a block of a later batch.
	sendL2(t, ctx, r.ec, crypto.FromECDSA(r.aliceKey), 0, r.bob, ether, core.TransferGas)
	waitFor(t, "the transfer's block on L1", func() bool { r.head = postedHead(ctx, r.ec); return r.head > r.firstHead })

	r.p = &proxy{upstream: url}
	srv := httptest.NewServer(r.p)
	t.Cleanup(srv.Close)
	l2, err := rpc.Dial(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l2.Close)
	if r.c, err = light.New(ctx, l1c.Client, l2, rollupAddr); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestLyingNodeIsCaught asks for balances through a proxy that lies in
// every way a node can: each lie is refused with the sentinel error that
// names it, while the honest answer verifies and equals the node's eth_
// answers. It then watches the finality level rise, and finalizes a
// withdrawal on L1 with the calldata the light client packed from verified
// data.
func TestLyingNodeIsCaught(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	rg := newRig(t, ctx)
	l1c, rollupAddr, seqKey, aliceKey := rg.l1c, rg.rollupAddr, rg.seqKey, rg.aliceKey
	alice, bob, token, amount := rg.alice, rg.bob, rg.token, rg.amount
	ec, raw, firstHead, head, p, c := rg.ec, rg.raw, rg.firstHead, rg.head, rg.p, rg.c
	bpFirst := blockProof(t, ctx, raw, firstHead)

	other := common.HexToAddress("0x00000000000000000000000000000000000070c1") // never bridged
	tokens := []common.Address{token, other}

	// The honest answer verifies and equals what the node's eth_ API says.
	calls, start := c.L1Calls(), time.Now()
	acct, err := c.Balance(ctx, alice, tokens, light.Posted)
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	wantBal, err := ec.BalanceAt(ctx, alice, nil)
	if err != nil {
		t.Fatal(err)
	}
	if acct.Balance.Cmp(wantBal) != 0 || acct.Nonce != 1 || acct.Absent || acct.Block != head || acct.Finality != light.Posted {
		t.Fatalf("verified %+v, the node says balance %s at block %d", acct, wantBal, head)
	}
	if acct.Tokens[0].Balance.Cmp(amount) != 0 || acct.Tokens[0].Absent || acct.Tokens[1].Balance.Sign() != 0 || !acct.Tokens[1].Absent {
		t.Fatalf("verified tokens %+v", acct.Tokens)
	}
	t.Logf("posted: %d L1 calls, %d proof bytes, %s for the whole query (in-process L1 and L2)", c.L1Calls()-calls, acct.ProofBytes, took)
	empty, err := c.Balance(ctx, common.HexToAddress("0x00000000000000000000000000000000000e4971"), []common.Address{token}, light.Posted)
	if err != nil || !empty.Absent || empty.Balance.Sign() != 0 || !empty.Tokens[0].Absent {
		t.Fatalf("an account nobody funded: %+v, %v", empty, err)
	}

	// What the lies are made of: the head's real answers, another account's
	// proof, a block of another batch, and a state the node made up.
	real := stateProof(t, ctx, raw, alice, tokens)
	seq := stateProof(t, ctx, raw, crypto.PubkeyToAddress(seqKey.PublicKey), []common.Address{})
	bpHead := blockProof(t, ctx, raw, head)
	forgedState, forgedBP := forge(t, head, alice, tokens, bpHead)
	if bpHead["batch"] == bpFirst["batch"] {
		t.Fatalf("blocks %d and %d are in the same batch %v", firstHead, head, bpHead["batch"])
	}
	onProof := func(f func(m map[string]any)) lie {
		return func(method string, _ []json.RawMessage, m map[string]any) any {
			if method != "viaduct_getProof" {
				return nil
			}
			f(m)
			return m
		}
	}
	onBlock := func(f func(m map[string]any)) lie {
		return func(method string, _ []json.RawMessage, m map[string]any) any {
			if method != "viaduct_getBlockProof" {
				return nil
			}
			f(m)
			return m
		}
	}
	tok := func(m map[string]any, i int) map[string]any { return m["tokens"].([]any)[i].(map[string]any) }
	for _, tc := range []struct {
		name string
		lie  lie
		want error
	}{
		{"balance raised", onProof(func(m map[string]any) { m["balance"] = "0x56bc75e2d63100000" }), light.ErrValueMismatch},
		{"nonce lowered", onProof(func(m map[string]any) { m["nonce"] = "0x0" }), light.ErrValueMismatch},
		{"token balance raised", onProof(func(m map[string]any) { tok(m, 0)["balance"] = "0xf4241" }), light.ErrValueMismatch},
		{"a balance where nothing is held", onProof(func(m map[string]any) { tok(m, 1)["balance"] = "0x1" }), light.ErrValueMismatch},
		{"a holder reported empty", onProof(func(m map[string]any) { tok(m, 0)["balance"] = "0x0" }), light.ErrValueMismatch},
		{"balance and proof leaf altered together", onProof(func(m map[string]any) {
			m["balance"] = "0x56bc75e2d63100000"
			var a state.Account
			a.Nonce = 1
			a.Balance.SetFromBig(new(big.Int).Mul(big.NewInt(100), ether))
			enc := common.FromHex(m["accountProof"].(string))
			copy(enc[len(enc)-32:], a.ValueHash().Bytes())
			m["accountProof"] = hexutil.Encode(enc)
		}), light.ErrBadProof},
		{"another account's proof", onProof(func(m map[string]any) {
			m["accountProof"], m["nonce"], m["balance"] = seq["accountProof"], seq["nonce"], seq["balance"]
		}), light.ErrBadProof},
		{"account and token proofs swapped", onProof(func(m map[string]any) {
			m["accountProof"], tok(m, 0)["proof"] = tok(real, 0)["proof"], real["accountProof"]
		}), light.ErrBadProof},
		{"two token proofs swapped", onProof(func(m map[string]any) {
			tok(m, 0)["proof"], tok(m, 1)["proof"] = tok(real, 1)["proof"], tok(real, 0)["proof"]
		}), light.ErrBadProof},
		{"garbage proof", onProof(func(m map[string]any) { m["accountProof"] = "0x0001" }), light.ErrBadProof},
		{"answer about another address", onProof(func(m map[string]any) { m["address"] = bob.Hex() }), light.ErrMalformedAnswer},
		{"state root of another block", onProof(func(m map[string]any) { m["stateRoot"] = common.Hash{1}.Hex() }), light.ErrHeaderMismatch},
		{"header of a block of another batch", onBlock(func(m map[string]any) {
			for k, v := range bpFirst {
				m[k] = v
			}
		}), light.ErrHeaderMismatch},
		{"block claimed in another batch", onBlock(func(m map[string]any) { m["batch"] = bpFirst["batch"] }), light.ErrWrongBatch},
		{"block proof that does not lead to the blocks root", onBlock(func(m map[string]any) {
			m["blockProof"] = []string{common.Hash{7}.Hex()}
		}), light.ErrHeaderNotInBatch},
		{"made-up state under a header no batch holds (as a reverted batch's)", func(method string, _ []json.RawMessage, m map[string]any) any {
			switch method {
			case "viaduct_getProof":
				return forgedState
			case "viaduct_getBlockProof":
				return forgedBP
			}
			return nil
		}, light.ErrHeaderNotInBatch},
		{"made-up state in a batch L1 does not hold", func(method string, _ []json.RawMessage, m map[string]any) any {
			switch method {
			case "viaduct_getProof":
				return forgedState
			case "viaduct_getBlockProof":
				out := map[string]any{}
				for k, v := range forgedBP {
					out[k] = v
				}
				out["batch"] = "0x3e7"
				return out
			}
			return nil
		}, light.ErrHeaderNotInBatch},
		{"the right block claimed in a batch L1 does not hold", onBlock(func(m map[string]any) { m["batch"] = "0x3e7" }), light.ErrWrongBatch},
		{"another chain id", func(method string, _ []json.RawMessage, _ map[string]any) any {
			if method == "eth_chainId" {
				return "0x1"
			}
			return nil
		}, light.ErrWrongChain},
		{"block said not posted", onBlock(func(m map[string]any) { m["posted"] = false; delete(m, "batch") }), light.ErrNotPosted},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p.set(tc.lie)
			defer p.set(nil)
			got, err := c.Balance(ctx, alice, tokens, light.Posted)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %+v, %v; want %v", got, err, tc.want)
			}
			t.Log(err)
		})
	}

	// The finality level rises as L1 finalizes and the challenge window
	// passes; until then the stronger levels are refused as not reached.
	for _, f := range []light.Finality{light.Final, light.Settled} {
		waitFor(t, f.String(), func() bool {
			before := c.L1Calls()
			a, err := c.Balance(ctx, alice, tokens, f)
			if errors.Is(err, light.ErrFinalityNotReached) {
				return false
			}
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if a.Finality != f || a.Balance.Cmp(wantBal) != 0 || a.L1Block == 0 {
				t.Fatalf("%s: %+v", f, a)
			}
			t.Logf("%s: %d L1 calls, L1 block %d", f, c.L1Calls()-before, a.L1Block)
			return true
		})
	}

	// A withdrawal verified by the light client is paid on L1 with the
	// calldata it packed; a node lying about the amount is caught.
	rcpt := sendL2(t, ctx, ec, crypto.FromECDSA(aliceKey), 1, core.BridgeAddress, ether, core.WithdrawalGas)
	wblock := rcpt.BlockNumber.Uint64()
	p.set(func(method string, _ []json.RawMessage, m map[string]any) any {
		if method != "viaduct_getWithdrawal" {
			return nil
		}
		m["amount"] = "0x1bc16d674ec80000" // 2 ETH
		return m
	})
	if _, err := c.Withdrawal(ctx, wblock, 0); !errors.Is(err, light.ErrBadWithdrawalProof) {
		t.Fatalf("withdrawal with a raised amount: %v", err)
	}
	p.set(nil)
	waitFor(t, "the withdrawal's block on L1", func() bool {
		_, err = c.Withdrawal(ctx, wblock, 0)
		return !errors.Is(err, light.ErrNotPosted)
	})
	p.set(func(method string, _ []json.RawMessage, m map[string]any) any {
		if method != "viaduct_getWithdrawal" {
			return nil
		}
		m["batch"] = "0x3e7"
		return m
	})
	if _, err := c.Withdrawal(ctx, wblock, 0); !errors.Is(err, light.ErrUnknownBatch) {
		t.Fatalf("withdrawal claimed in a batch L1 does not hold: %v", err)
	}
	p.set(func(method string, _ []json.RawMessage, m map[string]any) any {
		if method != "viaduct_getWithdrawal" {
			return nil
		}
		m["batch"] = bpFirst["batch"]
		return m
	})
	if _, err := c.Withdrawal(ctx, wblock, 0); !errors.Is(err, light.ErrWrongBatch) {
		t.Fatalf("withdrawal claimed in an older batch: %v", err)
	}
	p.set(nil)
	var w *light.Withdrawal
	waitFor(t, "the withdrawal's challenge window", func() bool {
		w, err = c.Withdrawal(ctx, wblock, 0)
		if errors.Is(err, light.ErrNotPosted) {
			return false
		}
		if err != nil {
			t.Fatal(err)
		}
		return w.Settled
	})
	if w.Recipient != alice || w.Amount.Cmp(ether) != 0 {
		t.Fatalf("withdrawal %+v", w)
	}
	before, err := l1c.Client.BalanceAt(ctx, alice, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l1c.Send(ctx, devl1.DevKey(2), &rollupAddr, w.FinalizeInput, nil); err != nil {
		t.Fatalf("finalizeWithdrawal with the light client's calldata: %v", err)
	}
	after, err := l1c.Client.BalanceAt(ctx, alice, nil)
	if err != nil {
		t.Fatal(err)
	}
	if new(big.Int).Sub(after, before).Cmp(ether) != 0 {
		t.Fatalf("alice was paid %s on L1, want 1 ETH", new(big.Int).Sub(after, before))
	}
}

// TestStaleAnswerIsRefusedAtEveryLevel is the stale-block attack: at each
// finality level, once the honest answer is the transfer's block (the
// newest that L1 names at that level), a node answers instead with the
// deposits' block, an older block that L1 also holds in an earlier batch,
// where alice has more ETH and her nonce is rolled back. The client must
// refuse it as an answer for another block (ErrWrongBlock). A node that
// will not prove the block L1 names, answering only for its head, is
// refused too (no fallback), and one whose head is below that block is
// told apart as behind (ErrNodeBehind), which is worth a retry.
func TestStaleAnswerIsRefusedAtEveryLevel(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	rg := newRig(t, ctx)
	tokens := []common.Address{rg.token}

	stale := stateProofAt(t, ctx, rg.raw, rg.alice, tokens, rg.firstHead)
	staleBP := blockProof(t, ctx, rg.raw, rg.firstHead)
	fresh := stateProofAt(t, ctx, rg.raw, rg.alice, tokens, rg.head)
	freshBP := blockProof(t, ctx, rg.raw, rg.head)
	hexBig := func(m map[string]any, k string) *big.Int { return hexutil.MustDecodeBig(m[k].(string)) }
	if hexBig(stale, "balance").Cmp(hexBig(fresh, "balance")) <= 0 || hexBig(stale, "nonce").Cmp(hexBig(fresh, "nonce")) >= 0 ||
		staleBP["posted"] != true || staleBP["batch"] == freshBP["batch"] {
		t.Fatalf("the stale block is not an older posted block with more ETH and a lower nonce:\nstale %v %v\nfresh %v %v", stale, staleBP, fresh, freshBP)
	}
	withBlock := func(params []json.RawMessage) bool { return len(params) == 3 }
	for _, f := range []light.Finality{light.Posted, light.Final, light.Settled} {
		waitFor(t, "the transfer's block at "+f.String(), func() bool {
			a, err := rg.c.Balance(ctx, rg.alice, tokens, f)
			if errors.Is(err, light.ErrFinalityNotReached) {
				return false
			}
			if err != nil {
				t.Fatalf("%s: the honest node: %v", f, err)
			}
			return a.Block == rg.head
		})
		for _, tc := range []struct {
			name string
			lie  lie
			want error // nil: any error but a verified answer
		}{
			{"an older block of an earlier batch, more ETH and the nonce rolled back", func(method string, _ []json.RawMessage, _ map[string]any) any {
				switch method {
				case "viaduct_getProof":
					return stale
				case "viaduct_getBlockProof":
					return staleBP
				}
				return nil
			}, light.ErrWrongBlock},
			{"the older block's state, the asked block's header", func(method string, _ []json.RawMessage, _ map[string]any) any {
				if method == "viaduct_getProof" {
					return stale
				}
				return nil
			}, light.ErrWrongBlock},
			{"no proof at the block L1 names, only at the head", func(method string, params []json.RawMessage, _ map[string]any) any {
				if method == "viaduct_getProof" && withBlock(params) {
					return rpcError("cannot prove that block")
				}
				return nil
			}, nil},
			{"behind the block L1 names", func(method string, params []json.RawMessage, _ map[string]any) any {
				switch {
				case method == "viaduct_getProof" && withBlock(params):
					return rpcError("unknown block")
				case method == "eth_blockNumber":
					return hexutil.Uint64(rg.firstHead)
				}
				return nil
			}, light.ErrNodeBehind},
		} {
			t.Run(f.String()+"/"+tc.name, func(t *testing.T) {
				rg.p.set(tc.lie)
				defer rg.p.set(nil)
				got, err := rg.c.Balance(ctx, rg.alice, tokens, f)
				if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) {
					t.Fatalf("verified %+v, %v; want %v", got, err, tc.want)
				}
				t.Log(err)
			})
		}
	}
}

// forge makes up a state in which alice holds 100 ETH and the tokens a
// million units more, and a header for it (block `head`'s, with the forged
// state root), as a node would serve from a batch that L1 no longer holds.
func forge(t *testing.T, head uint64, alice common.Address, tokens []common.Address, bp map[string]any) (map[string]any, map[string]any) {
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
	o := state.NewOverlay(db)
	var a state.Account
	a.Nonce = 1
	a.Balance.SetFromBig(new(big.Int).Mul(big.NewInt(100), ether))
	o.SetAccount(alice, a)
	for _, tk := range tokens {
		o.SetTokenBalance(alice, tk, *uint256.NewInt(2_000_000))
	}
	pending, err := db.Prepare(o.Diff())
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(pending, nil, false); err != nil {
		t.Fatal(err)
	}
	h, err := core.DecodeHeader(common.FromHex(bp["header"].(string)))
	if err != nil {
		t.Fatal(err)
	}
	h.StateRoot = db.Root()
	_, ap, _, err := db.AccountProof(alice)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := ap.MarshalBinary()
	sp := map[string]any{
		"address": alice, "nonce": "0x1", "balance": (*hexutil.Big)(a.Balance.ToBig()), "accountProof": hexutil.Bytes(enc),
		"stateRoot": h.StateRoot, "blockNumber": hexutil.Uint64(head), "blockHash": h.Hash(),
	}
	var tps []map[string]any
	for _, tk := range tokens {
		_, tp, _, err := db.TokenProof(alice, tk)
		if err != nil {
			t.Fatal(err)
		}
		enc, _ := tp.MarshalBinary()
		tps = append(tps, map[string]any{"token": tk, "balance": "0x1e8480", "proof": hexutil.Bytes(enc)})
	}
	sp["tokens"] = tps
	fbp := map[string]any{}
	for k, v := range bp {
		fbp[k] = v
	}
	fbp["header"], fbp["hash"] = hexutil.Bytes(h.Encode()), h.Hash()
	return sp, fbp
}
