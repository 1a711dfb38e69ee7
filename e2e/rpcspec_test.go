package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"

	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// devNet is a `viaduct dev` with an ERC-20 bridged to L2.
type devNet struct {
	l1URL, l2URL, l2WS string
	token              common.Address
}

// startDevWithToken starts `viaduct dev` funding dev accounts 0 to
// accounts-1 (extra flags appended), deploys an ERC-20 on its L1, mints
// 1,000 of it to each of those accounts and deposits 100 of each's to L2,
// where it lives at the same address.
func startDevWithToken(t *testing.T, h *harness, accounts int, extra ...string) devNet {
	t.Helper()
	l1Port, l2Port := freePort(t), freePort(t)
	args := append([]string{"dev", "--l1-port", fmt.Sprint(l1Port), "--port", fmt.Sprint(l2Port), "--verifier-port", "0",
		"--datadir", t.TempDir(), "--fund", fmt.Sprint(accounts)}, extra...)
	h.start("dev", "viaduct dev is ready", args...)
	n := devNet{
		l1URL: fmt.Sprintf("http://127.0.0.1:%d", l1Port), l2URL: fmt.Sprintf("http://127.0.0.1:%d", l2Port),
		l2WS: fmt.Sprintf("ws://127.0.0.1:%d", l2Port),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	ec, err := ethclient.DialContext(ctx, n.l1URL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	l2, err := ethclient.DialContext(ctx, n.l2URL)
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	s, err := txmgr.New(txmgr.Config{Client: ec, Key: devl1.DevKey(0)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer s.Stop(context.Background())
	r, err := s.Send(ctx, txmgr.Candidate{Data: common.FromHex(testbindings.TestTokenMetaData.Bin)})
	if err != nil {
		t.Fatalf("deploying the test token: %v", err)
	}
	n.token = r.ContractAddress
	tt := testbindings.NewTestToken()
	for i := range accounts {
		holder := crypto.PubkeyToAddress(devl1.DevKey(i).PublicKey)
		if _, err := s.Send(ctx, txmgr.Candidate{To: &n.token, Data: tt.PackMint(holder, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)))}); err != nil {
			t.Fatalf("minting: %v", err)
		}
		// The command waits until L2 holds it.
		h.mustRun("deposit", "--dev-account", fmt.Sprint(i), "--token", n.token.Hex(), "--amount", "100", "--l1-rpc", n.l1URL, "--l2-rpc", n.l2URL)
		out, err := l2.CallContract(ctx, ethereum.CallMsg{To: &n.token, Data: tt.PackBalanceOf(holder)}, nil)
		if want := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)); err != nil || new(big.Int).SetBytes(out).Cmp(want) != 0 {
			t.Fatalf("after the deposit %s holds %x on L2 (%v), want %s", holder, out, err, want)
		}
	}
	return n
}

// specMethods reads the vendored execution-apis sources
// (testdata/execution-apis) and compiles each eth_ method's result schema,
// its $refs resolved against the gathered components/schemas.
func specMethods(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	root := filepath.Join("..", "testdata", "execution-apis", "src")
	schemas := map[string]any{}
	files, err := filepath.Glob(filepath.Join(root, "schemas", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("the vendored schemas: %v (%d files)", err, len(files))
	}
	for _, f := range files {
		var m map[string]any
		readYAML(t, f, &m)
		for k, v := range m {
			if _, dup := schemas[k]; dup {
				t.Fatalf("schema %s defined twice", k)
			}
			schemas[k] = v
		}
	}
	results := map[string]any{}
	files, _ = filepath.Glob(filepath.Join(root, "eth", "*.yaml"))
	for _, f := range files {
		var methods []map[string]any
		readYAML(t, f, &methods)
		for _, m := range methods {
			results[m["name"].(string)] = m["result"].(map[string]any)["schema"]
		}
	}
	// One document, as the specification's build assembles openrpc.json,
	// through JSON so that the validator reads numbers as it reads answers.
	enc, err := json.Marshal(map[string]any{"components": map[string]any{"schemas": schemas}, "results": results})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(enc))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	// The draft the specification's own checker (speccheck) validates with.
	c.DefaultDraft(jsonschema.Draft2019)
	const url = "file:///execution-apis/openrpc.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]*jsonschema.Schema{}
	for name := range results {
		s, err := c.Compile(url + "#/results/" + name)
		if err != nil {
			t.Fatalf("compiling %s's result schema: %v", name, err)
		}
		out[name] = s
	}
	return out
}

func readYAML(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// rpcCase is one call whose answer is checked against its method's schema.
type rpcCase struct {
	method string
	params []any
	// answer, if set, is the answer the call got already (a call that
	// cannot be made twice).
	answer json.RawMessage
	// nonEmpty: the call is made again while it answers [] (a filter's
	// changes: an empty array is both alternatives of the schema's oneOf,
	// which refuses it on any node).
	nonEmpty bool
}

func (c rpcCase) String() string {
	p, _ := json.Marshal(c.params)
	return c.method + string(p)
}

// network is one chain the conformance cases run against.
type network struct {
	name  string
	url   string
	token common.Address
	key   *ecdsa.PrivateKey
	c     *rpc.Client
	ec    *ethclient.Client
}

// send signs and sends a transaction of the network's chain from its key
// with the fees and gas the node suggests, and waits for its receipt.
func (n *network) send(t *testing.T, ctx context.Context, to common.Address, value *big.Int, data []byte) (*types.Transaction, *types.Receipt) {
	t.Helper()
	tx := n.sign(t, ctx, to, value, data)
	if err := n.ec.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("%s: sending: %v", n.name, err)
	}
	return tx, n.wait(t, ctx, tx.Hash())
}

func (n *network) sign(t *testing.T, ctx context.Context, to common.Address, value *big.Int, data []byte) *types.Transaction {
	t.Helper()
	from := crypto.PubkeyToAddress(n.key.PublicKey)
	chainID, err := n.ec.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := n.ec.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	price, err := n.ec.SuggestGasPrice(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := n.ec.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var gas hexutil.Uint64
	if err := n.c.CallContext(ctx, &gas, "eth_estimateGas", map[string]any{"from": from, "to": to, "value": (*hexutil.Big)(value), "data": hexutil.Bytes(data)}); err != nil {
		t.Fatalf("%s: estimating gas: %v", n.name, err)
	}
	tx, err := types.SignNewTx(n.key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Mul(price, big.NewInt(2)),
		Gas: uint64(gas), To: &to, Value: value, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func (n *network) wait(t *testing.T, ctx context.Context, h common.Hash) *types.Receipt {
	t.Helper()
	var r *types.Receipt
	waitFor(t, n.name+" receipt of "+h.Hex(), time.Minute, func() bool {
		var err error
		r, err = n.ec.TransactionReceipt(ctx, h)
		return err == nil
	})
	return r
}

// TestRPCConformsToTheExecutionAPISpec calls every eth_ method Viaduct
// serves that the Ethereum execution API specification defines (the
// vendored snapshot in testdata/execution-apis) on a `viaduct dev` L2,
// and validates each answer against the method's result schema; its
// embedded go-ethereum L1 answers the same calls through the same checks,
// as the control: a case the control fails is a wrong case or a wrong
// schema, not a finding about Viaduct.
func TestRPCConformsToTheExecutionAPISpec(t *testing.T) {
	methods := specMethods(t)
	h := newHarness(t)
	dev := startDevWithToken(t, h, 2)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	var nets []*network
	for _, n := range []*network{{name: "viaduct L2", url: dev.l2URL}, {name: "embedded L1 (control)", url: dev.l1URL}} {
		c, err := rpc.DialContext(ctx, n.url)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		n.c, n.ec, n.token, n.key = c, ethclient.NewClient(c), dev.token, devl1.DevKey(1)
		nets = append(nets, n)
	}
	conform := map[string][2]int{} // per network: cases passed, cases run
	for _, n := range nets {
		cases := conformanceCases(t, ctx, n)
		passed := 0
		seen := map[string]bool{}
		for _, c := range cases {
			seen[c.method] = true
			raw := c.answer
			var err error
			deadline := time.Now().Add(time.Minute)
			for raw == nil || (c.nonEmpty && string(raw) == "[]" && time.Now().Before(deadline)) {
				if err = n.c.CallContext(ctx, &raw, c.method, c.params...); err != nil {
					break
				}
				if c.nonEmpty && string(raw) == "[]" {
					time.Sleep(10 * time.Millisecond)
				}
			}
			if err != nil {
				t.Errorf("%s: %s: %v", n.name, c, err)
				continue
			}
			s := methods[c.method]
			if s == nil {
				t.Fatalf("%s is not in the specification", c.method)
			}
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(v); err != nil {
				t.Errorf("%s: %s answers what its schema refuses:\n%s\n%v", n.name, c, raw, err)
				continue
			}
			passed++
		}
		conform[n.name] = [2]int{passed, len(cases)}
		t.Logf("%s: %d of %d calls (%d methods) conform", n.name, passed, len(cases), len(seen))
	}
	if a, b := conform[nets[0].name], conform[nets[1].name]; a[1] != b[1] {
		t.Fatalf("the networks ran different cases: %v", conform)
	}

	// The check can fail: a mined transaction without blockTimestamp (as
	// Viaduct's were) is refused by the schema.
	var tx map[string]any
	if err := nets[0].c.CallContext(ctx, &tx, "eth_getTransactionByBlockNumberAndIndex", "latest", "0x0"); err != nil || tx == nil {
		t.Fatalf("the latest block's first transaction: %v, %v", tx, err)
	}
	delete(tx, "blockTimestamp")
	enc, _ := json.Marshal(tx)
	v, _ := jsonschema.UnmarshalJSON(bytes.NewReader(enc))
	if err := methods["eth_getTransactionByHash"].Validate(v); err == nil {
		t.Fatal("a transaction without blockTimestamp passes the schema: the check checks nothing")
	}
}

// conformanceCases makes the network's cases: the same calls on either,
// with its own blocks, transactions and filters.
func conformanceCases(t *testing.T, ctx context.Context, n *network) []rpcCase {
	t.Helper()
	tt := testbindings.NewTestToken()
	from := crypto.PubkeyToAddress(n.key.PublicKey)
	bob := common.HexToAddress("0x00000000000000000000000000000000000b0b01")

	logFilter := call[string](t, ctx, n, "eth_newFilter", map[string]any{"address": n.token})
	sinceGenesis := call[string](t, ctx, n, "eth_newFilter", map[string]any{"address": n.token, "fromBlock": "0x0"})
	blockFilter := call[string](t, ctx, n, "eth_newBlockFilter")
	pendingFilter := call[string](t, ctx, n, "eth_newPendingTransactionFilter")
	// A token transfer (a log), then an ETH transfer sent raw.
	tokTx, tokR := n.send(t, ctx, n.token, new(big.Int), tt.PackTransfer(bob, big.NewInt(1e15)))
	raw := n.sign(t, ctx, bob, big.NewInt(1e9), nil)
	enc, err := raw.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var sentAnswer json.RawMessage
	if err := n.c.CallContext(ctx, &sentAnswer, "eth_sendRawTransaction", hexutil.Bytes(enc)); err != nil {
		t.Fatalf("%s: %v", n.name, err)
	}
	sent := raw.Hash()
	n.wait(t, ctx, sent)
	blk := tokR.BlockNumber.Uint64()
	// A pre-confirmed receipt names its block before the block is sealed,
	// without its hash: the hash is the sealed block's.
	var blkHash common.Hash
	waitFor(t, "the token transfer's block sealed", time.Minute, func() bool {
		var b struct {
			Hash common.Hash `json:"hash"`
		}
		err := n.c.CallContext(ctx, &b, "eth_getBlockByNumber", hexutil.Uint64(blk), false)
		blkHash = b.Hash
		return err == nil && b.Hash != (common.Hash{})
	})
	head := call[hexutil.Uint64](t, ctx, n, "eth_blockNumber")
	cases := []rpcCase{{method: "eth_sendRawTransaction", params: []any{hexutil.Bytes(enc)}, answer: sentAnswer}}
	for _, id := range []string{logFilter, blockFilter, pendingFilter} {
		cases = append(cases, rpcCase{method: "eth_getFilterChanges", params: []any{id}, nonEmpty: true})
	}
	cases = append(cases,
		rpcCase{method: "eth_chainId"},
		rpcCase{method: "eth_blockNumber"},
		rpcCase{method: "eth_syncing"},
		rpcCase{method: "eth_accounts"},
		rpcCase{method: "net_version"},
		rpcCase{method: "eth_gasPrice"},
		rpcCase{method: "eth_maxPriorityFeePerGas"},
		rpcCase{method: "eth_feeHistory", params: []any{"0x4", "latest", []float64{25, 75}}},
		rpcCase{method: "eth_getBalance", params: []any{from, "latest"}},
		rpcCase{method: "eth_getBalance", params: []any{from, hexutil.Uint64(blk - 1)}},
		rpcCase{method: "eth_getBalance", params: []any{from, "safe"}},
		rpcCase{method: "eth_getTransactionCount", params: []any{from, "latest"}},
		rpcCase{method: "eth_getTransactionCount", params: []any{from, "pending"}},
		rpcCase{method: "eth_getTransactionCount", params: []any{from, hexutil.Uint64(blk - 1)}},
		rpcCase{method: "eth_getCode", params: []any{n.token, "latest"}},
		rpcCase{method: "eth_getStorageAt", params: []any{n.token, "0x0", "latest"}},
		rpcCase{method: "eth_call", params: []any{map[string]any{"to": n.token, "data": hexutil.Bytes(tt.PackBalanceOf(from))}, "latest"}},
		rpcCase{method: "eth_call", params: []any{map[string]any{"to": n.token, "data": hexutil.Bytes(tt.PackAllowance(from, bob))}, "latest"}},
		rpcCase{method: "eth_estimateGas", params: []any{map[string]any{"from": from, "to": bob, "value": "0x1"}}},
		rpcCase{method: "eth_createAccessList", params: []any{map[string]any{"from": from, "to": bob, "value": "0x1"}, "latest"}},
		rpcCase{method: "eth_getBlockByNumber", params: []any{"latest", false}},
		rpcCase{method: "eth_getBlockByNumber", params: []any{hexutil.Uint64(blk), true}},
		rpcCase{method: "eth_getBlockByNumber", params: []any{"earliest", false}},
		rpcCase{method: "eth_getBlockByNumber", params: []any{"finalized", false}},
		rpcCase{method: "eth_getBlockByNumber", params: []any{hexutil.Uint64(head + 1000), false}},
		rpcCase{method: "eth_getBlockByHash", params: []any{blkHash, true}},
		rpcCase{method: "eth_getBlockByHash", params: []any{common.Hash{1}, false}},
		rpcCase{method: "eth_getBlockTransactionCountByNumber", params: []any{hexutil.Uint64(blk)}},
		rpcCase{method: "eth_getBlockTransactionCountByHash", params: []any{blkHash}},
		rpcCase{method: "eth_getBlockReceipts", params: []any{hexutil.Uint64(blk)}},
		rpcCase{method: "eth_getBlockReceipts", params: []any{blkHash}},
		rpcCase{method: "eth_getTransactionByHash", params: []any{tokTx.Hash()}},
		rpcCase{method: "eth_getTransactionByHash", params: []any{sent}},
		rpcCase{method: "eth_getTransactionByHash", params: []any{common.Hash{1}}},
		rpcCase{method: "eth_getTransactionByBlockHashAndIndex", params: []any{blkHash, hexutil.Uint(tokR.TransactionIndex)}},
		rpcCase{method: "eth_getTransactionByBlockNumberAndIndex", params: []any{hexutil.Uint64(blk), hexutil.Uint(tokR.TransactionIndex)}},
		rpcCase{method: "eth_getTransactionReceipt", params: []any{tokTx.Hash()}},
		rpcCase{method: "eth_getTransactionReceipt", params: []any{sent}},
		rpcCase{method: "eth_getTransactionReceipt", params: []any{common.Hash{1}}},
		rpcCase{method: "eth_getLogs", params: []any{map[string]any{"fromBlock": hexutil.Uint64(blk), "toBlock": hexutil.Uint64(blk), "address": n.token}}},
		rpcCase{method: "eth_getLogs", params: []any{map[string]any{"blockHash": blkHash}}},
		rpcCase{method: "eth_getFilterLogs", params: []any{sinceGenesis}, nonEmpty: true},
		rpcCase{method: "eth_newFilter", params: []any{map[string]any{"address": n.token, "fromBlock": "0x0"}}},
		rpcCase{method: "eth_newBlockFilter"},
		rpcCase{method: "eth_newPendingTransactionFilter"},
	)
	cases = append(cases, rpcCase{method: "eth_uninstallFilter", params: []any{blockFilter}})
	return slices.Clip(cases)
}

func call[T any](t *testing.T, ctx context.Context, n *network, method string, params ...any) T {
	t.Helper()
	var v T
	if err := n.c.CallContext(ctx, &v, method, params...); err != nil {
		t.Fatalf("%s: %s: %v", n.name, method, err)
	}
	return v
}
