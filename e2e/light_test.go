package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/viaduct-l2/viaduct/wire"
)

// lightResult is the part of `viaduct light balance --json` the test reads.
type lightResult struct {
	Address  common.Address `json:"address"`
	Balance  string         `json:"balance"`
	Nonce    uint64         `json:"nonce"`
	Absent   bool           `json:"absent"`
	L2Block  uint64         `json:"l2Block"`
	Batch    uint64         `json:"batch"`
	L1Block  uint64         `json:"l1Block"`
	Finality string         `json:"finality"`
	Rollup   common.Address `json:"rollup"`
	L1Calls  int            `json:"l1Calls"`
	Proof    int            `json:"proofBytes"`
	Tokens   []struct {
		Balance string `json:"balance"`
		Absent  bool   `json:"absent"`
	} `json:"tokens"`
}

// TestLightClientOnDev runs `viaduct dev`, makes a transfer, and checks the
// recipient with `viaduct light balance`: once the batch is posted the
// verified balance equals the sequencer's eth_getBalance, and the same
// answer verifies as final and then settled as L1 finalizes and the
// challenge window passes. The verifier node proves the same balance, the
// wallet's balance command shows the verified figure, --rollup and
// --finality hold before and after the address, a Rollup address that is
// not the rollup's is refused wherever it is written, and so is a node
// that raises balances.
func TestLightClientOnDev(t *testing.T) {
	h := newHarness(t)
	l1Port, l2Port, verPort := freePort(t), freePort(t), freePort(t)
	h.start("dev", "viaduct dev is ready", "dev", "--l1-port", fmt.Sprint(l1Port), "--port", fmt.Sprint(l2Port), "--verifier-port", fmt.Sprint(verPort),
		"--datadir", t.TempDir(), "--fund", "1", "--challenge-window", "3s", "--l1-block-time", "250ms")
	l2URL := fmt.Sprintf("http://127.0.0.1:%d", l2Port)
	rpcs := []string{"--l1-rpc", fmt.Sprintf("http://127.0.0.1:%d", l1Port), "--l2-rpc", l2URL}
	cmd := func(args ...string) string { return h.mustRun(append(args, rpcs...)...) }

	bob := "0x000000000000000000000000000000000000b0b0"
	cmd("deposit", "--dev-account", "2", "--amount", "2.5")
	cmd("transfer", "--dev-account", "2", "--to", bob, "--amount", "0.25")

	light := func(finality string, extra ...string) lightResult {
		t.Helper()
		out := cmd(append([]string{"light", "balance", bob, "--json", "--finality", finality, "--wait", "2m"}, extra...)...)
		var r lightResult
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("light balance --json printed %q: %v", out, err)
		}
		return r
	}
	ec, err := ethclient.Dial(l2URL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	seqSays, err := ec.BalanceAt(context.Background(), common.HexToAddress(bob), nil)
	if err != nil {
		t.Fatal(err)
	}
	head, err := ec.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// The verified answer is at the newest block L1 holds: until the
	// transfer's block is posted, that is an earlier one.
	var posted lightResult
	waitFor(t, "the light client to verify block "+fmt.Sprint(head), time.Minute, func() bool {
		posted = light("posted")
		if posted.L2Block > head {
			t.Fatalf("verified block %d beyond the head %d", posted.L2Block, head)
		}
		return posted.L2Block == head
	})
	want := new(big.Int).Div(new(big.Int).Mul(big.NewInt(25), big.NewInt(1e18)), big.NewInt(100))
	if posted.Balance != seqSays.String() || seqSays.Cmp(want) != 0 || posted.Finality != "posted" || posted.L2Block != head || posted.Absent {
		t.Fatalf("verified %+v; the sequencer says %s wei at block %d", posted, seqSays, head)
	}
	t.Logf("posted: L2 block %d, batch %d, L1 block %d, %d L1 calls, %d proof bytes", posted.L2Block, posted.Batch, posted.L1Block, posted.L1Calls, posted.Proof)

	// Any node will do: the verifier node, which derives the chain from L1
	// alone, proves the same balance at the same block. It may still be a
	// batch behind; the command then waits for it to reach the block L1
	// names (it never answers for the node's older head).
	out := h.mustRun("light", "balance", bob, "--json", "--wait", "2m", "--l1-rpc", rpcs[1], "--l2-rpc", fmt.Sprintf("http://127.0.0.1:%d", verPort))
	var fromVerifier lightResult
	if err := json.Unmarshal([]byte(out), &fromVerifier); err != nil {
		t.Fatalf("light balance --json printed %q: %v", out, err)
	}
	if fromVerifier.Balance != posted.Balance || fromVerifier.L2Block != posted.L2Block || fromVerifier.Batch != posted.Batch {
		t.Fatalf("through the verifier node %+v, through the sequencer %+v", fromVerifier, posted)
	}

	prev := posted.L1Block
	for _, level := range []string{"final", "settled"} {
		// The answer is at the newest block L1 holds at that level, which
		// reaches the transfer's block as L1 finalizes and the window ends.
		var r lightResult
		waitFor(t, level+" to reach block "+fmt.Sprint(posted.L2Block), 2*time.Minute, func() bool {
			r = light(level, "--token", "0x00000000000000000000000000000000000070c1")
			if r.Finality != level || r.L2Block > posted.L2Block {
				t.Fatalf("%s: %+v after %+v", level, r, posted)
			}
			return r.L2Block == posted.L2Block
		})
		if r.Finality != level || r.Balance != posted.Balance || r.L2Block != posted.L2Block || r.L1Block < prev {
			t.Fatalf("%s: %+v after %+v", level, r, posted)
		}
		if len(r.Tokens) != 1 || !r.Tokens[0].Absent || r.Tokens[0].Balance != "0" {
			t.Fatalf("%s: a token bob never held: %+v", level, r.Tokens)
		}
		t.Logf("%s: L1 block %d, %d L1 calls", level, r.L1Block, r.L1Calls)
		prev = r.L1Block
	}

	// On a busy chain the head is never posted; the client proves the last
	// block L1 holds instead of waiting for the head. Keep blocks coming
	// (dev account 2 pays carol every 50 ms) and ask with a wait that is a
	// deadline only: the client waits for the node to have followed the
	// batch L1 holds the block in, and under CI's load the node's view of
	// L1 has lagged L1 by over 3 s ("the node says block 10 is not
	// posted; L1 holds it in batch 7"); a client waiting for the head
	// would wait past any deadline.
	carol := "0x00000000000000000000000000000000000ca401"
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
			if _, err := run(append([]string{"transfer", "--dev-account", "2", "--to", carol, "--amount", "0.001"}, rpcs...)...); err != nil {
				t.Errorf("transfer to carol: %v", err)
				return
			}
		}
	}()
	for range 3 {
		time.Sleep(time.Second)
		r := light("posted", "--wait", "30s")
		head, err := ec.BlockNumber(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if r.Balance != posted.Balance || r.L2Block < posted.L2Block || r.L2Block > head {
			t.Fatalf("while blocks keep coming: %+v (head %d)", r, head)
		}
		t.Logf("while blocks keep coming: verified at L2 block %d, head %d", r.L2Block, head)
	}
	close(stop)
	<-done

	out = cmd("balance", "--address", bob)
	if !strings.Contains(out, "L2 0.25 ETH (verified, posted: L2 block") {
		t.Fatalf("balance printed:\n%s", out)
	}
	// The text form names what the answer was checked against.
	out = cmd("light", "balance", bob)
	for _, s := range []string{"balance   0.25 ETH", "verified  posted: L2 chain 13370", "in batch"} {
		if !strings.Contains(out, s) {
			t.Fatalf("light balance printed %q, lacking %q", out, s)
		}
	}
	// The pin and the level hold wherever the flags are written, and a
	// wrong pin is refused wherever it is written.
	var info wire.RollupInfo
	if err := ec.Client().CallContext(context.Background(), &info, wire.MethodRollupConfig); err != nil {
		t.Fatal(err)
	}
	pin := info.Rollup.Hex()
	for _, args := range [][]string{
		{"--rollup", pin, "--finality", "final", bob, "--json"},
		{bob, "--json", "--rollup", pin, "--finality", "final"},
		{"--finality", "final", bob, "--rollup", pin, "--json"},
		{"--rollup", pin, bob, "--json", "--finality", "final"},
	} {
		out, stderr, err := runAll(append(append([]string{"light", "balance"}, args...), rpcs...)...)
		var r lightResult
		if err == nil {
			err = json.Unmarshal([]byte(out), &r)
		}
		if err != nil || r.Finality != "final" || r.Rollup != info.Rollup || strings.Contains(stderr, "as the L2 node names it") {
			t.Fatalf("light balance %q: %+v, %v; stderr %q", args, r, err, stderr)
		}
	}
	for _, args := range [][]string{
		{"--rollup", bob, bob, "--json"},
		{bob, "--rollup", bob, "--json"},
		{"--json", bob, "--rollup", bob},
	} {
		if out, err := run(append(append([]string{"light", "balance"}, args...), rpcs...)...); err == nil {
			t.Fatalf("light balance %q: a Rollup address with no contract was accepted: %s", args, out)
		}
	}

	// Behind a node that raises every balance it proves, the light client
	// and the wallet refuse the answer and name the lie.
	liar := httptest.NewServer(raiseBalances(t, l2URL))
	defer liar.Close()
	lying := []string{"--l1-rpc", rpcs[1], "--l2-rpc", liar.URL}
	for _, args := range [][]string{{"light", "balance", bob}, {"balance", "--address", bob}} {
		_, err := run(append(args, lying...)...)
		if err == nil || !strings.Contains(err.Error(), "claimed value differs from the proven value") {
			t.Fatalf("%v behind a lying node: %v", args, err)
		}
	}
}

// raiseBalances is an L2 node that forwards every call to upstream and
// answers viaduct_getProof with the balance raised to 1000 ETH, the proofs
// left as they are.
func raiseBalances(t *testing.T, upstream string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		resp, err := http.Post(upstream, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		var msg map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&msg); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		if res, ok := msg["result"].(map[string]any); ok && bytes.Contains(body, []byte(`"viaduct_getProof"`)) {
			res["balance"] = "0x3635c9adc5dea00000"
		}
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(msg); err != nil {
			t.Log(err)
		}
	})
}

// TestLightCLIRefusesAStaleBlock is the stale-block attack through the
// command line: behind a node that answers every proof with the state of
// an older block that L1 also holds (dev account 2 right after its
// deposit: more ETH, nonce 0, where it has since made a transfer),
// `viaduct light balance` and `viaduct balance` fail with a non-zero exit
// and say the node answered for another block, at posted, final and
// settled alike, while the honest node verifies at the transfer's block.
func TestLightCLIRefusesAStaleBlock(t *testing.T) {
	h := newHarness(t)
	l1Port, l2Port := freePort(t), freePort(t)
	h.start("dev", "viaduct dev is ready", "dev", "--l1-port", fmt.Sprint(l1Port), "--port", fmt.Sprint(l2Port), "--verifier-port", "0",
		"--datadir", t.TempDir(), "--fund", "1", "--challenge-window", "3s", "--l1-block-time", "250ms")
	l1URL, l2URL := fmt.Sprintf("http://127.0.0.1:%d", l1Port), fmt.Sprintf("http://127.0.0.1:%d", l2Port)
	payer := "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" // dev account 2
	verifiedAt := func(l2, finality string) (lightResult, error) {
		out, err := run("light", "balance", payer, "--json", "--finality", finality, "--wait", "2m", "--l1-rpc", l1URL, "--l2-rpc", l2)
		var r lightResult
		if err == nil {
			err = json.Unmarshal([]byte(out), &r)
		}
		return r, err
	}
	ec, err := ethclient.Dial(l2URL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	headNow := func() uint64 {
		n, err := ec.BlockNumber(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	h.mustRun("deposit", "--dev-account", "2", "--amount", "2.5", "--l1-rpc", l1URL, "--l2-rpc", l2URL)
	deposited := headNow()
	waitFor(t, "the deposit's block on L1", time.Minute, func() bool {
		r, err := verifiedAt(l2URL, "posted")
		return err == nil && r.L2Block == deposited
	})
	h.mustRun("transfer", "--dev-account", "2", "--to", "0x000000000000000000000000000000000000b0b0", "--amount", "0.25", "--l1-rpc", l1URL, "--l2-rpc", l2URL)
	transferred := headNow()

	liar := httptest.NewServer(staleNode(t, l2URL, deposited, common.HexToAddress(payer)))
	defer liar.Close()
	for _, level := range []string{"posted", "final", "settled"} {
		var honest lightResult
		waitFor(t, "the transfer's block at "+level, 2*time.Minute, func() bool {
			honest, err = verifiedAt(l2URL, level)
			if err != nil {
				t.Fatal(err)
			}
			return honest.L2Block == transferred
		})
		if honest.Nonce != 1 || honest.Finality != level {
			t.Fatalf("%s: the honest node verified %+v", level, honest)
		}
		for _, args := range [][]string{
			{"light", "balance", payer, "--finality", level},
			{"light", "balance", payer, "--json", "--finality", level},
			{"balance", "--address", payer, "--finality", level},
		} {
			out, err := run(append(args, "--wait", "5s", "--l1-rpc", l1URL, "--l2-rpc", liar.URL)...)
			if err == nil || !strings.Contains(err.Error(), "exit status 1") || !strings.Contains(err.Error(), "answered for another block") {
				t.Fatalf("%v behind a node serving block %d for %d: printed %q, %v", args, deposited, transferred, out, err)
			}
			t.Logf("%v: %v", args, err)
		}
	}
}

// staleNode is an L2 node that forwards every call to upstream but answers
// about block `block` whatever block it is asked about: a consistent liar
// serving an older block that L1 holds. It takes the state and the header of
// that block from upstream at once, as a node that kept them would serve
// them (upstream itself keeps the state only from the settled block on).
func staleNode(t *testing.T, upstream string, block uint64, who common.Address) http.Handler {
	t.Helper()
	up, err := rpc.Dial(upstream)
	if err != nil {
		t.Fatal(err)
	}
	defer up.Close()
	var proof, header json.RawMessage
	if err := up.Call(&proof, wire.MethodGetProof, who, []common.Address{}, hexutil.Uint64(block)); err != nil {
		t.Fatal(err)
	}
	if err := up.Call(&header, wire.MethodGetBlockProof, hexutil.Uint64(block)); err != nil {
		t.Fatal(err)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params []any           `json:"params"`
		}
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		answer := func(result json.RawMessage) {
			w.Header().Set("Content-Type", "application/json")
			if err := json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": result}); err != nil {
				t.Log(err)
			}
		}
		switch {
		case req.Method == wire.MethodGetProof && len(req.Params) >= 1 && strings.EqualFold(fmt.Sprint(req.Params[0]), who.Hex()):
			answer(proof)
			return
		case req.Method == wire.MethodGetBlockProof:
			answer(header)
			return
		}
		resp, err := http.Post(upstream, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.Header().Set("Content-Type", "application/json")
		if _, err := io.Copy(w, resp.Body); err != nil {
			t.Log(err)
		}
	})
}
