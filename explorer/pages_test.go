package explorer

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
)

func (e *benchEnv) page(tb testing.TB, path string, want int) string {
	tb.Helper()
	rec := httptest.NewRecorder()
	e.ex.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	body, _ := io.ReadAll(rec.Result().Body)
	if rec.Code != want {
		tb.Fatalf("GET %s: %d, want %d:\n%s", path, rec.Code, want, body)
	}
	return string(body)
}

// TestFraudPageShowsTheWrongBlockTheProofAndTheChainResuming: a batch was
// posted with a wrong last block, a challenger revealed its commitment,
// the proof reverted it, and the batch was posted again at its index. The
// fraud page shows the wrong block's hash, the verdict, the reward and
// what was burned, the challenger, the reverted batch, and the chain's
// block at that number now with the batch posted again; the batch page
// lists the reverted version beside the one L1 holds.
func TestFraudPageShowsTheWrongBlockTheProofAndTheChainResuming(t *testing.T) {
	e := newBenchEnv(t, 400, 2)
	s := e.f.Snapshot()
	if s.ProofCount() != 1 || s.ChallengeCount() != 1 {
		t.Fatalf("%d proofs, %d challenges on the fake L1", s.ProofCount(), s.ChallengeCount())
	}
	p, err := s.Proof(0)
	if err != nil {
		t.Fatal(err)
	}
	lie := crypto.Keccak256Hash([]byte("the lie"))
	now, err := e.chain.HeaderByNumber(p.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	body := e.page(t, "/fraud", 200)
	for _, want := range []string{
		fmt.Sprintf("Proof #0: block %d of batch %d — StateRoot", p.BlockNumber, e.lie),
		lie.Hex(), "0.005 ETH", common.HexToAddress("0xc4a1").Hex(),
		fmt.Sprintf(`href="/batch/%d">batch %d</a>`, e.lie, e.lie), now.Hash().Hex()[:8], "was posted again",
	} {
		if !strings.Contains(body, want) {
			t.Fatalf("fraud page lacks %q:\n%s", want, body)
		}
	}
	batch := e.page(t, fmt.Sprintf("/batch/%d", e.lie), 200)
	for _, want := range []string{"Reverted at this index", lie.Hex(), "reverted by fraud proof", now.Hash().Hex()} {
		if !strings.Contains(batch, want) {
			t.Fatalf("batch page lacks %q:\n%s", want, batch)
		}
	}
}

// TestIndexFollowsTheChainBack: the chain takes blocks back and seals
// others in their place (an L1 reorg, a fraud proof); the account page
// shows the transactions of the new blocks and none of the blocks taken
// back, the home page's latest blocks are the chain's, and a transaction
// taken back and not sealed again is not found.
func TestIndexFollowsTheChainBack(t *testing.T) {
	e := newBenchEnv(t, 40, 2)
	alice := e.users[0]
	cfg := core.DevConfig()
	nonce, err := e.chain.State().Account(alice)
	if err != nil {
		t.Fatal(err)
	}
	dropped := e.sign(t, 0, nonce.Nonce, common.HexToAddress("0xdead"), 7e14, nil, core.TransferGas)
	e.appendTxs(t, dropped)
	e.index(t)
	if body := e.page(t, "/address/"+alice.Hex(), 200); !strings.Contains(body, dropped.Hash(cfg.ChainID).Hex()[:8]) {
		t.Fatalf("the new transaction is not on the account page:\n%s", body)
	}
	if _, err := e.chain.Rewind(e.chain.Head().Number - 3); err != nil {
		t.Fatal(err)
	}
	kept := e.sign(t, 0, nonce.Nonce, common.HexToAddress("0xbeef"), 3e14, nil, core.TransferGas)
	e.appendTxs(t, kept)
	e.appendTxs(t)
	e.index(t)
	body := e.page(t, "/address/"+alice.Hex(), 200)
	if strings.Contains(body, dropped.Hash(cfg.ChainID).Hex()[:8]) {
		t.Fatalf("the account page shows a transaction of a block taken back:\n%s", body)
	}
	if !strings.Contains(body, kept.Hash(cfg.ChainID).Hex()[:8]) {
		t.Fatalf("the account page lacks the transaction sealed in its place:\n%s", body)
	}
	e.page(t, "/tx/"+dropped.Hash(cfg.ChainID).Hex(), 404)
	home := e.page(t, "/", 200)
	head := e.chain.Head()
	if !strings.Contains(home, head.Hash().Hex()) {
		t.Fatalf("home does not list the head %d %s:\n%s", head.Number, head.Hash(), home)
	}
	if tip := e.ex.idx.Tip(); tip.Number != head.Number || tip.Hash != head.Hash() {
		t.Fatalf("index at %d %s, the chain at %d %s", tip.Number, tip.Hash, head.Number, head.Hash())
	}
}

// appendTxs seals a block of txs on the chain's head.
func (e *benchEnv) appendTxs(tb testing.TB, txs ...*core.Tx) {
	tb.Helper()
	head := e.chain.Head()
	b, err := core.NewBuilder(core.DevConfig(), e.chain.State(), head, head.Timestamp+1, common.HexToAddress("0xfee"))
	if err != nil {
		tb.Fatal(err)
	}
	for _, tx := range txs {
		if err := b.ApplyTx(tx); err != nil {
			tb.Fatal(err)
		}
	}
	o, err := b.Finish()
	if err != nil {
		tb.Fatal(err)
	}
	p, err := e.chain.Prepare(o.Diff)
	if err != nil {
		tb.Fatal(err)
	}
	if err := e.chain.Append(chain.FromOutcome(o, p.Root()), p); err != nil {
		tb.Fatal(err)
	}
}

func (e *benchEnv) index(tb testing.TB) {
	tb.Helper()
	for {
		more, err := e.ex.IndexStep()
		if err != nil {
			tb.Fatal(err)
		}
		if !more {
			return
		}
	}
}

// TestPagesOfALongChain renders every page of a chain of many batches, a
// lie proven among them, withdrawals paid and waiting, and a token whose
// name and symbol are markup; nothing unescaped reaches a page.
func TestPagesOfALongChain(t *testing.T) {
	e := newBenchEnv(t, 2000, 2)
	user := e.users[5]
	var paid, ready core.Withdrawal
	for _, w := range e.wdraws {
		if w.Block <= 1000 {
			paid = w
		} else if ready.Block == 0 {
			ready = w
		}
	}
	for path, wants := range map[string][]string{
		"/":                                 {"Latest batches", "2,000", "Transfers per second"},
		"/block/1500":                       {"Block 1500", "Token transfer", "&lt;b&gt;EVIL\ufffd"},
		"/tx/" + e.txs[1].Hex():             {"Withdrawal", "block/2000"},
		"/batch/50":                         {"Batch 50", "Blocks root", "0.01 ETH"},
		"/address/" + user.Hex():            {"Transactions", "Older transactions", "&lt;b&gt;EVIL"},
		"/address/" + paid.Recipient.Hex():  {"paid on L1"},
		"/address/" + ready.Recipient.Hex(): {fmt.Sprintf("viaduct finalize --block %d --index %d", ready.Block, ready.Index)},
		"/fraud":                            {"StateRoot"},
	} {
		body := e.page(t, path, 200)
		for _, w := range wants {
			if !strings.Contains(body, w) {
				t.Fatalf("%s lacks %q:\n%s", path, w, body)
			}
		}
		for _, bad := range []string{"<script>alert", "<b>EVIL", "\u202e"} {
			if strings.Contains(body, bad) {
				t.Fatalf("%s shows %q unescaped", path, bad)
			}
		}
	}
}
