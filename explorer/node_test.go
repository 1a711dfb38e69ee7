package explorer_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/node"
	"github.com/viaduct-l2/viaduct/wire"
)

// evilName and evilSymbol are what a token's L1 contract may answer for
// name() and symbol(): markup, and a right-to-left override that would
// make the text after it read backwards.
const (
	evilName   = `<script>alert("name")</script>`
	evilSymbol = "<img src=x onerror=alert(1)>\u202eXYZ"
)

// net is a development L1 with the Rollup (a challenge window of a few
// seconds), a sequencer node serving the explorer, and what the tests
// did on it.
type net struct {
	t      *testing.T
	ctx    context.Context
	chain  *devl1.Chain
	rollup *l1.Rollup
	seq    *node.Node
	ec     *ethclient.Client
	base   string // the explorer's URL
	token  common.Address
	alice  *ecdsa.PrivateKey
	bob    common.Address
}

func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func testLog(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

const window = 6 // seconds: withdrawals become ready within the test

func newNet(t *testing.T) *net {
	t.Helper()
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	t.Cleanup(cancel)
	seqKey := devl1.DevKey(4)
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
	rcfg.ChallengeWindow = window
	addr, deployBlock, err := chain.DeployRollup(ctx, devl1.DevKey(0), rcfg)
	if err != nil {
		t.Fatal(err)
	}
	n := &net{t: t, ctx: ctx, chain: chain, rollup: &l1.Rollup{Client: chain.Client, Address: addr}, alice: devl1.DevKey(1), bob: common.HexToAddress("0xb0b")}
	cfg := node.Config{
		Role: node.RoleSequencer, DataDir: t.TempDir(), L1: chain.Client, Rollup: addr, DeployBlock: deployBlock, L2: core.DevConfig(),
		RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, Log: testLog(t),
		BlockInterval: 50 * time.Millisecond, BatcherKey: seqKey, FeeRecipient: crypto.PubkeyToAddress(seqKey.PublicKey),
		RollupInfo: wire.NewRollupInfo(addr, deployBlock, devl1.ChainID, rcfg),
	}
	cfg.Batch.Interval = 200 * time.Millisecond
	if n.seq, err = node.New(cfg); err != nil {
		t.Fatal(err)
	}
	if err := n.seq.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.seq.Stop(context.Background()) })
	n.base = "http://" + n.seq.RPCAddr()
	if n.ec, err = ethclient.Dial(n.base); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.ec.Close)
	return n
}

// fund deposits ETH and the evil token for alice and waits for both on L2.
func (n *net) fund() {
	t := n.t
	aliceAddr := crypto.PubkeyToAddress(n.alice.PublicKey)
	var err error
	n.token, _, err = n.chain.Deploy(n.ctx, n.alice, append(common.FromHex(bindings.DevTokenMetaData.Bin),
		bindings.NewDevToken().PackConstructor(evilName, evilSymbol, []common.Address{aliceAddr}, big.NewInt(1e18))...))
	if err != nil {
		t.Fatal(err)
	}
	five := new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))
	r := bindings.NewRollup()
	for _, c := range []struct {
		to   common.Address
		data []byte
		val  *big.Int
	}{
		{n.rollup.Address, r.PackDepositETH(aliceAddr), five},
		{n.token, bindings.NewDevToken().PackApprove(n.rollup.Address, big.NewInt(5e17)), nil},
		{n.rollup.Address, r.PackDepositToken(n.token, aliceAddr, big.NewInt(5e17)), nil},
	} {
		if _, err := n.chain.Send(n.ctx, n.alice, &c.to, c.data, c.val); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "the deposits on L2", 30*time.Second, func() bool { return n.seq.Chain.Head().QueueCursor >= 2 })
}

// send signs and sends alice's transaction of the given kind and waits for
// its receipt.
func (n *net) send(to common.Address, value *big.Int, data []byte, gas uint64) *types.Transaction {
	t := n.t
	cfg := core.DevConfig()
	nonce, err := n.ec.PendingNonceAt(n.ctx, crypto.PubkeyToAddress(n.alice.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(n.alice, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9), Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.ec.SendTransaction(n.ctx, tx); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the receipt of "+tx.Hash().Hex(), 20*time.Second, func() bool {
		_, err := n.ec.TransactionReceipt(n.ctx, tx.Hash())
		return err == nil
	})
	return tx
}

func tokenTransfer(to common.Address, amount *big.Int) []byte {
	return bindings.NewDevToken().PackTransfer(to, amount)
}

// get fetches a page and checks it is HTML served with the explorer's
// headers.
func (n *net) get(path string, want int) string {
	n.t.Helper()
	resp, err := http.Get(n.base + path)
	if err != nil {
		n.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		n.t.Fatal(err)
	}
	if resp.StatusCode != want {
		n.t.Fatalf("GET %s: %d, want %d:\n%s", path, resp.StatusCode, want, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		n.t.Fatalf("GET %s: Content-Type %q", path, ct)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") {
		n.t.Fatalf("GET %s: Content-Security-Policy %q", path, csp)
	}
	return string(body)
}

func must(t *testing.T, page, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Fatalf("%s lacks %q:\n%s", page, w, body)
		}
	}
}

// noRawMarkup fails if an attacker's markup reached the page unescaped.
func noRawMarkup(t *testing.T, page, body string) {
	t.Helper()
	for _, bad := range []string{"<script>alert", "<img src=x", "\u202e"} {
		if strings.Contains(body, bad) {
			t.Fatalf("%s shows the token's %q unescaped", page, bad)
		}
	}
}

// TestPagesRenderTheNodesData: a sequencer that took deposits of ETH and of
// a token whose name and symbol are markup, then an ETH transfer, a token
// transfer and a withdrawal, serves every page of the explorer from its
// data: the home page with its heads, batches, blocks and chart; the
// block, transaction and batch pages; the account page with balances,
// transactions, deposits and the withdrawal from "waiting for the
// challenge window" to "ready to finalize" (with the command) to "paid on
// L1"; the balance verified by the light client against L1; search; and
// the token's name and symbol escaped everywhere. JSON-RPC keeps working on
// the same port.
func TestPagesRenderTheNodesData(t *testing.T) {
	n := newNet(t)
	n.fund()
	aliceAddr := crypto.PubkeyToAddress(n.alice.PublicKey)
	transfer := n.send(n.bob, big.NewInt(15e17), nil, core.TransferGas)
	tokenTx := n.send(n.token, nil, tokenTransfer(n.bob, big.NewInt(25e16)), core.TokenTransferGas)
	withdraw := n.send(core.BridgeAddress, big.NewInt(1e18), nil, core.WithdrawalGas)
	r, err := n.ec.TransactionReceipt(n.ctx, withdraw.Hash())
	if err != nil {
		t.Fatal(err)
	}
	wblock := r.BlockNumber.Uint64()
	waitFor(t, "the withdrawal's block posted", 30*time.Second, func() bool {
		return n.seq.Engine.SafeBlock() >= wblock
	})
	waitFor(t, "the index", 10*time.Second, func() bool {
		body := n.get("/address/"+aliceAddr.Hex(), 200)
		return strings.Contains(body, withdraw.Hash().Hex()[:8])
	})

	home := n.get("/", 200)
	must(t, "home", home, "Latest batches", "Latest blocks", "Transfers per second", "L1 queue", `href="/batch/0"`, "<svg")
	noRawMarkup(t, "home", home)

	tx := n.get("/tx/"+transfer.Hash().Hex(), 200)
	must(t, "transfer page", tx, "1.5 ETH", n.bob.Hex(), aliceAddr.Hex(), `id="level"`, "0.000002100000021 ETH", "batch ")
	tok := n.get("/tx/"+tokenTx.Hash().Hex(), 200)
	must(t, "token transfer page", tok, "0.25 &lt;img src=x onerror=alert(1)&gt;\ufffdXYZ", "&lt;script&gt;alert(&#34;name&#34;)&lt;/script&gt;")
	noRawMarkup(t, "token transfer page", tok)

	blk := n.get(fmt.Sprintf("/block/%d", wblock), 200)
	must(t, "block page", blk, "Withdrawal", withdraw.Hash().Hex()[:8], "Withdrawals")
	if got := n.get("/block/"+n.blockHash(wblock).Hex(), 200); !strings.Contains(got, fmt.Sprintf("Block %d", wblock)) {
		t.Fatalf("block by hash:\n%s", got)
	}
	batch := n.get("/batch/0", 200)
	must(t, "batch page", batch, "Challenge window", "Poster", "0.01 ETH", "Blocks root")

	// The account: balances (the token's escaped), transactions, the
	// deposits, the withdrawal waiting for its window, then ready.
	acct := n.get("/address/"+aliceAddr.Hex(), 200)
	must(t, "account page", acct, transfer.Hash().Hex()[:8], tokenTx.Hash().Hex()[:8], "Deposit", "0.25 &lt;img", "Verified against L1", `class="badge settled">verified`)
	noRawMarkup(t, "account page", acct)
	waitFor(t, "the withdrawal ready to finalize", 30*time.Second, func() bool {
		return strings.Contains(n.get("/address/"+aliceAddr.Hex(), 200), "ready to finalize")
	})
	cmd := fmt.Sprintf("viaduct finalize --block %d --index 0", wblock)
	must(t, "account page, ready", n.get("/address/"+aliceAddr.Hex(), 200), cmd)
	var wp wire.WithdrawalProof
	rc, err := rpc.Dial(n.base)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if err := rc.CallContext(n.ctx, &wp, wire.MethodGetWithdrawal, hexutil.Uint64(wblock), hexutil.Uint64(0)); err != nil || !wp.Finalizable {
		t.Fatalf("viaduct_getWithdrawal on the explorer's port: %+v, %v", wp, err)
	}
	paid, err := n.chain.Send(n.ctx, devl1.DevKey(2), &n.rollup.Address, wp.FinalizeInput, nil)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the withdrawal paid", 20*time.Second, func() bool {
		return strings.Contains(n.get("/address/"+aliceAddr.Hex(), 200), "paid on L1")
	})
	must(t, "account page, paid", n.get("/address/"+aliceAddr.Hex(), 200), paid.TxHash.Hex())

	// The token's own page names it, escaped.
	noRawMarkup(t, "token address page", n.get("/address/"+n.token.Hex(), 200))

	// Search: each kind lands on its page; nothing found is a 404 page.
	for q, want := range map[string]string{
		transfer.Hash().Hex():            "/tx/" + transfer.Hash().Hex(),
		strings.ToLower(aliceAddr.Hex()): "/address/" + aliceAddr.Hex(),
		"batch 0":                        "/batch/0",
		n.blockHash(wblock).Hex():        fmt.Sprintf("/block/%d", wblock),
	} {
		if got := n.searchLands(q); got != want {
			t.Fatalf("search %q lands on %q, want %q", q, got, want)
		}
	}
	must(t, "search page", n.get("/search?q=1", 200), `href="/block/1"`, `href="/batch/1"`)
	notFound := n.get("/search?q="+url.QueryEscape(evilName), 404)
	must(t, "search for nothing", notFound, "Nothing on this node matches")
	noRawMarkup(t, "search for markup", notFound)
	n.get("/tx/0x"+strings.Repeat("ab", 32), 404)
	n.get("/block/99999999", 404)
	n.get("/nowhere", 404)
	fraud := n.get("/fraud", 200)
	must(t, "fraud page", fraud, "No fraud proof on L1")

	// JSON-RPC still answers on the same port.
	if id, err := n.ec.ChainID(n.ctx); err != nil || id.Uint64() != core.DevConfig().ChainID {
		t.Fatalf("eth_chainId beside the explorer: %v, %v", id, err)
	}
}

func (n *net) blockHash(num uint64) common.Hash {
	b, err := n.seq.Chain.HeaderByNumber(num)
	if err != nil {
		n.t.Fatal(err)
	}
	return b.Hash()
}

// searchLands follows the search's redirect and returns where it went.
func (n *net) searchLands(q string) string {
	n.t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(n.base + "/search?q=" + url.QueryEscape(q))
	if err != nil {
		n.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		return fmt.Sprintf("status %d", resp.StatusCode)
	}
	return resp.Header.Get("Location")
}
