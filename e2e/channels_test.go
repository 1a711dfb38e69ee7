package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/channel"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/internal/devl1"
)

const gwei = 1_000_000_000

// TestChannelPaymentsSurviveACrashAndCloseCooperatively: open a channel,
// make over 10,000 payments in both directions, SIGKILL the payee in the
// middle of a stream in both directions, restart it: both parties hold the
// same latest state, payments resume, and the cooperative close pays
// exactly that state's balances on L1.
func TestChannelPaymentsSurviveACrashAndCloseCooperatively(t *testing.T) {
	h := newHarness(t)
	l1 := h.devchain()
	a := h.party("alice", 1, l1)
	b := h.party("bob", 2, l1)
	out, progress, err := runAll("channel", "open", "--datadir", a.datadir, "--peer", b.url, "--amount", "10ether", "--challenge-period", "60")
	if err != nil {
		t.Fatal(err)
	}
	id := strings.TrimSpace(out)
	// The wait for L1 is shown as it happens.
	for _, want := range []string{"open: sent transaction", "open: mined in block"} {
		if !strings.Contains(progress, want) {
			t.Fatalf("open printed no %q:\n%s", want, progress)
		}
	}
	st := h.status(a, id)
	bob := st.Info.PartyB
	waitFor(t, "bob to learn of the channel", 10*time.Second, func() bool { _, err := b.ctl("status", "--channel", id); return err == nil })

	// Phase 1: 4,000 payments of 2 gwei from alice to bob.
	if rep, err := h.pay(a, id, "2gwei", 4000, 64); err != nil || rep.Paid != 4000 {
		t.Fatalf("phase 1: %+v %v", rep, err)
	}
	// Phase 2: both pay at once, alice 1 gwei at a time and bob 1 wei at a
	// time (so the state says exactly how many of each it holds), and bob
	// is killed mid-stream.
	var wg sync.WaitGroup
	var repA payReport
	wg.Add(2)
	go func() { defer wg.Done(); repA, _ = h.pay(a, id, "1gwei", 3000, 16) }()
	go func() { defer wg.Done(); _, _ = h.pay(b, id, "1wei", 3000, 16) }() // its report dies with bob
	time.Sleep(700 * time.Millisecond)
	b.p.kill()
	wg.Wait()
	h.restart(b)
	// Each side may have lost the answer to its last proposals; each asks
	// the other (a restarted peer also does so by itself at start).
	h.ctl(a, "sync", "--channel", id)
	h.ctl(b, "sync", "--channel", id)
	sa, sb := h.status(a, id), h.status(b, id)
	if sa.Latest != sb.Latest {
		t.Fatalf("after the restart the parties disagree: alice %+v, bob %+v", sa.Latest, sb.Latest)
	}
	// balanceB = 8000 gwei + inA gwei - inB wei, with inB < 1 gwei.
	delta := new(big.Int).Sub(dec(t, sa.Latest.BalanceB), big.NewInt(8000*gwei))
	inA := new(big.Int).Div(new(big.Int).Add(delta, big.NewInt(gwei-1)), big.NewInt(gwei)).Int64()
	inB := inA*gwei - delta.Int64()
	t.Logf("at the crash: alice had %d payments confirmed (%d failed, %d in doubt); the state holds %d of alice's and %d of bob's",
		repA.Paid, repA.Failed, repA.InDoubt, inA, inB)
	if inA < int64(repA.Paid) || inA > int64(repA.Paid+repA.InDoubt) {
		t.Fatalf("the state holds %d of alice's payments; %d were confirmed and %d in doubt", inA, repA.Paid, repA.InDoubt)
	}
	if inA == 3000 || inB < 0 || inB > 3000 {
		t.Fatalf("the crash did not land mid-stream: %d of alice's, %d of bob's in the state", inA, inB)
	}
	// Phase 3: the rest of the 10,000, both ways, all must succeed.
	restA, restB := 3000-int(inA), 3000-int(inB)
	wg.Add(2)
	var errA, errB error
	var rA, rB payReport
	go func() { defer wg.Done(); rA, errA = h.pay(a, id, "1gwei", restA, 16) }()
	go func() { defer wg.Done(); rB, errB = h.pay(b, id, "1wei", restB, 16) }()
	wg.Wait()
	if errA != nil || errB != nil || rA.Paid != restA || rB.Paid != restB {
		t.Fatalf("phase 3: alice %+v %v; bob %+v %v", rA, errA, rB, errB)
	}
	sa, sb = h.status(a, id), h.status(b, id)
	if sa.Latest != sb.Latest {
		t.Fatalf("the parties disagree: alice %+v, bob %+v", sa.Latest, sb.Latest)
	}
	// 4,000 + 3,000 + 3,000 payments are in the final state.
	wantB := big.NewInt(8000*gwei + 3000*gwei - 3000)
	if dec(t, sa.Latest.BalanceB).Cmp(wantB) != 0 {
		t.Fatalf("bob's balance %s, want %s", sa.Latest.BalanceB, wantB)
	}
	// Alice closes cooperatively; bob, who pays no gas, receives exactly
	// his balance in the final state.
	before := l1Balance(t, l1, bob)
	h.ctl(a, "close", "--channel", id)
	after := l1Balance(t, l1, bob)
	if d := new(big.Int).Sub(after, before); d.Cmp(wantB) != 0 {
		t.Fatalf("bob received %s on L1, want %s", d, wantB)
	}
	if st := h.status(b, id); st.L1Status != 3 {
		t.Fatalf("L1 status %d after close, want 3 (closed)", st.L1Status)
	}
}

// TestWatchtowerAnswersAStaleForceClose: bob hands his states to a
// watchtower and goes offline (SIGKILL); alice force-closes with an old
// state that pays her more; the tower answers with bob's latest state
// within the challenge period, and the settlement pays bob in full.
func TestWatchtowerAnswersAStaleForceClose(t *testing.T) {
	h := newHarness(t)
	l1 := h.devchain()
	towerPort := freePort(t)
	tower := h.start("tower", "serving", "channel", "tower", "--datadir", t.TempDir(), "--dev-account", "3",
		"--l1", l1.L1, "--contract", l1.Contract.Hex(), "--listen", "127.0.0.1:"+itoa(towerPort), "--log-level", "info")
	towerURL := "ws://127.0.0.1:" + itoa(towerPort)
	a := h.party("alice", 1, l1)
	b := h.party("bob", 2, l1, "--tower", towerURL)
	// Dev account 2: alice pins the address she means to pay.
	id := strings.TrimSpace(h.mustRun("channel", "open", "--datadir", a.datadir, "--peer", b.url,
		"--peer-address", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "--amount", "1ether", "--challenge-period", "10"))
	waitFor(t, "bob to learn of the channel", 10*time.Second, func() bool { _, err := b.ctl("status", "--channel", id); return err == nil })
	if rep, err := h.pay(a, id, "1gwei", 100, 1); err != nil || rep.Paid != 100 {
		t.Fatalf("first payments: %+v %v", rep, err)
	}
	stale := h.status(a, id).Latest.Nonce
	if rep, err := h.pay(a, id, "1gwei", 400, 8); err != nil || rep.Paid != 400 {
		t.Fatalf("more payments: %+v %v", rep, err)
	}
	latest := h.status(b, id).Latest
	bob := h.status(b, id).Info.PartyB

	// The tower holds bob's latest state; then bob vanishes.
	tc, err := rpc.Dial(towerURL)
	if err != nil {
		t.Fatal(err)
	}
	defer tc.Close()
	waitFor(t, "the tower to hold bob's latest state", 10*time.Second, func() bool {
		var held struct {
			Nonce uint64 `json:"nonce"`
		}
		return tc.CallContext(context.Background(), &held, "tower_best", common.HexToHash(id)) == nil && held.Nonce == latest.Nonce
	})
	b.p.kill()

	before := l1Balance(t, l1, bob)
	out := h.ctl(a, "force-close", "--channel", id, "--stale-nonce", itoa(int(stale)))
	t.Logf("alice cheats: %s", strings.TrimSpace(out))
	waitFor(t, "the tower's challenge", 30*time.Second, func() bool { return h.status(a, id).L1Nonce == latest.Nonce })
	// It was the tower that answered: alice's own peer leaves alice's close
	// alone, and bob is dead.
	waitFor(t, "the tower to log its challenge", 10*time.Second, func() bool { return strings.Contains(tower.out.String(), "msg=challenged") })
	_, progress, err := runAll("channel", "settle", "--datadir", a.datadir, "--channel", id)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(progress, "challenge period of the close with nonce ") || !strings.Contains(progress, "settle: mined in block") {
		t.Fatalf("settle did not show the wait:\n%s", progress)
	}
	got := new(big.Int).Sub(l1Balance(t, l1, bob), before)
	if want := dec(t, latest.BalanceB); got.Cmp(want) != 0 {
		t.Fatalf("bob received %s on L1, want his latest balance %s", got, want)
	}
	if got.Cmp(big.NewInt(500*gwei)) != 0 {
		t.Fatalf("bob received %s, want 500 gwei", got)
	}
}

// TestWatchtowerAnswersWithTheStateCountersignedJustBeforeACrash is the
// attack on the watchtower's window. Alice pays bob 1 gwei, then her
// software sends bob a payment of 3 ether and bob is SIGKILLed the moment
// his countersignature reaches her. Alice force-closes with the state
// before (the latest her peer holds, 1 gwei to bob) while bob stays dead.
// Bob's tower must hold the 3-ether state, which bob handed it before his
// countersignature left, and answer with it, so that bob receives the full
// 3.000000001 ether. The tower is SIGKILLed and restarted before the close:
// its acknowledgement meant the state was on its disk. It runs on the L1
// that VIADUCT_E2E_L1 names (geth --dev by default).
func TestWatchtowerAnswersWithTheStateCountersignedJustBeforeACrash(t *testing.T) {
	h := newHarness(t)
	l1 := deployChannels(t, h.l1())
	towerPort := freePort(t)
	towerURL := "ws://127.0.0.1:" + itoa(towerPort)
	towerArgs := []string{"channel", "tower", "--datadir", t.TempDir(), "--dev-account", "3",
		"--l1", l1.L1, "--contract", l1.Contract.Hex(), "--listen", "127.0.0.1:" + itoa(towerPort), "--log-level", "info"}
	tower := h.start("tower", "serving", towerArgs...)
	a := h.party("alice", 1, l1)
	b := h.party("bob", 2, l1, "--tower", towerURL)
	// The period leaves the tower time to see the close and have its
	// challenge mined on a loaded machine; settle waits it out.
	id := strings.TrimSpace(h.mustRun("channel", "open", "--datadir", a.datadir, "--peer", b.url,
		"--peer-address", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "--amount", "10ether", "--challenge-period", "30"))
	waitFor(t, "bob to learn of the channel", 30*time.Second, func() bool { _, err := b.ctl("status", "--channel", id); return err == nil })
	if rep, err := h.pay(a, id, "1gwei", 1, 1); err != nil || rep.Paid != 1 {
		t.Fatalf("first payment: %+v %v", rep, err)
	}
	var st struct {
		Info   channel.Info        `json:"info"`
		Latest channel.SignedState `json:"latest"`
	}
	if err := json.Unmarshal([]byte(h.ctl(a, "status", "--channel", id, "--json")), &st); err != nil {
		t.Fatal(err)
	}
	prev := st.Latest
	bob := st.Info.PartyB
	if prev.Nonce != 1 || !prev.BalanceB.Eq(uint256.NewInt(gwei)) {
		t.Fatalf("alice's latest state %v, want nonce 1 with 1 gwei to bob", &prev.State)
	}

	// Alice's software proposes the next state, 3 ether more to bob, and
	// bob dies as soon as he has answered.
	three := new(uint256.Int).Mul(uint256.NewInt(3), uint256.NewInt(1e18))
	next, err := channel.Pay(&prev.State, prev.Nonce+1, channel.SideA, three, channel.Deposits{A: prev.DepositA, B: prev.DepositB})
	if err != nil {
		t.Fatal(err)
	}
	prop := channel.SignedState{State: next}
	if prop.SigA, err = next.Sign(devl1.DevKey(1), st.Info.Domain, channel.StateTypeHash); err != nil {
		t.Fatal(err)
	}
	// Only the counterparty's own connection may propose: alice's key
	// authenticates it to bob.
	bc, err := channel.Dial(context.Background(), b.url, devl1.DevKey(1), st.Info.Domain, bob)
	if err != nil {
		t.Fatal(err)
	}
	var res channel.ProposeResult
	err = bc.CallContext(context.Background(), &res, "channel_propose", common.HexToHash(id), prev.Nonce, []channel.SignedState{prop})
	b.p.kill()
	bc.Close()
	if err != nil || len(res.Sigs) != 1 {
		t.Fatalf("bob's answer: %+v %v", res, err)
	}
	if err := next.Verify(st.Info.Domain, channel.StateTypeHash, res.Sigs[0], bob); err != nil {
		t.Fatalf("bob's countersignature: %v", err)
	}

	// The tower crashes and comes back: what it acknowledged was on disk.
	tower.kill()
	tower = h.start("tower (restarted)", "serving", towerArgs...)

	before := l1Balance(t, l1, bob)
	out := h.ctl(a, "force-close", "--channel", id)
	t.Logf("alice closes with the state before: %s", strings.TrimSpace(out))
	// What she closed with is what her command says: L1's status may show
	// the tower's answer already (it needs only the next L1 block).
	if !strings.Contains(out, fmt.Sprintf("closing with nonce %d;", prev.Nonce)) {
		t.Fatalf("alice's close: %q, want one with nonce %d", strings.TrimSpace(out), prev.Nonce)
	}
	waitFor(t, "the tower's challenge with the newest state", 60*time.Second, func() bool { return h.status(a, id).L1Nonce == next.Nonce })
	waitFor(t, "the restarted tower to log its challenge", 10*time.Second, func() bool { return strings.Contains(tower.out.String(), "msg=challenged") })
	h.ctl(a, "settle", "--channel", id)
	got := new(big.Int).Sub(l1Balance(t, l1, bob), before)
	if want := next.BalanceB.ToBig(); got.Cmp(want) != 0 {
		t.Fatalf("bob received %s wei, want %s (3.000000001 ether)", got, want)
	}
}

// TestAStrangersProposeFloodLeavesTheCounterpartysThroughput is the attack
// on running peers: while alice pays bob, a stranger who read the channel
// id on L1 floods bob's channel_propose with batches of 4,096 states
// signed by its own key, over four WebSocket connections, as fast as bob
// reads them. Bob used to check every signature of every batch before
// looking at who sent it: alice's payments fell from about a thousand a
// second to tens. The rates with and without the flood are measured in
// this test, alternately, and compared as a ratio.
//
//	VIADUCT_E2E_L1=embedded go test -count=1 -run TestAStrangersProposeFloodLeavesTheCounterpartysThroughput -v ./e2e/
func TestAStrangersProposeFloodLeavesTheCounterpartysThroughput(t *testing.T) {
	h := newHarness(t)
	l1 := h.devchain()
	a := h.party("alice", 1, l1)
	b := h.party("bob", 2, l1)
	id := strings.TrimSpace(h.mustRun("channel", "open", "--datadir", a.datadir, "--peer", b.url, "--amount", "100ether", "--challenge-period", "60"))
	waitFor(t, "bob to learn of the channel", 10*time.Second, func() bool { _, err := b.ctl("status", "--channel", id); return err == nil })
	if rep, err := h.pay(a, id, "1gwei", 2000, 256); err != nil || rep.Paid != 2000 {
		t.Fatalf("warming up: %+v %v", rep, err)
	}
	var st struct {
		Info   channel.Info        `json:"info"`
		Latest channel.SignedState `json:"latest"`
	}
	if err := json.Unmarshal([]byte(h.ctl(a, "status", "--channel", id, "--json")), &st); err != nil {
		t.Fatal(err)
	}
	msg := strangersBatch(t, st.Info.Domain, st.Latest.State, 4096)

	// Rounds alternately without and with the flood, and the median of
	// their ratios: the shared machine's load moves the rates more than
	// from one round to the next.
	const count, conc, rounds = 3000, 256, 3
	var ratios []float64
	for round := 0; round < rounds; round++ {
		calm, err := h.pay(a, id, "1gwei", count, conc)
		if err != nil || calm.Paid != count {
			t.Fatalf("payments without the flood: %+v %v", calm, err)
		}
		stop := floodWS(t, b.url, msg, 4)
		attacked, err := h.pay(a, id, "1gwei", count, conc)
		sent := stop()
		if err != nil || attacked.Paid != count {
			t.Fatalf("payments under the flood: %+v %v", attacked, err)
		}
		ratios = append(ratios, attacked.PerSecond/calm.PerSecond)
		t.Logf("round %d: %.0f payments/s without the flood, %.0f with it (the stranger sent %d batches)", round, calm.PerSecond, attacked.PerSecond, sent)
	}
	slices.Sort(ratios)
	ratio := ratios[rounds/2]
	t.Logf("under the flood alice pays at %.2f of her rate without it (the median of %.2f)", ratio, ratios)
	if ratio < 0.5 {
		t.Errorf("under a stranger's flood alice pays at %.2f of her unattacked rate, want at least 0.5", ratio)
	}
}

// strangersBatch is a channel_propose request of n states built on base,
// all carrying one signature by a key that is no party's, encoded once so
// that sending it costs the stranger next to nothing.
func strangersBatch(t *testing.T, d channel.Domain, base channel.State, n int) []byte {
	t.Helper()
	props := make([]channel.SignedState, n)
	for i := range props {
		s := base
		s.Nonce = base.Nonce + 1 + uint64(i)
		props[i].State = s
	}
	sig, err := props[0].Sign(devl1.DevKey(5), d, channel.StateTypeHash)
	if err != nil {
		t.Fatal(err)
	}
	for i := range props {
		props[i].SigA, props[i].SigB = sig, sig
	}
	msg, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "channel_propose", "params": []any{base.ChannelID, base.Nonce, props}})
	if err != nil {
		t.Fatal(err)
	}
	return msg
}

// floodWS writes msg to url over conns WebSocket connections as fast as the
// server reads, discarding the answers, until the returned stop is called;
// stop returns how many messages were written.
func floodWS(t *testing.T, url string, msg []byte, conns int) (stop func() int64) {
	t.Helper()
	var sent atomic.Int64
	var quit atomic.Bool
	var wg sync.WaitGroup
	var cs []*websocket.Conn
	for i := 0; i < conns; i++ {
		c, _, err := websocket.DefaultDialer.Dial(url, nil)
		if err != nil {
			t.Fatalf("the stranger's connection: %v", err)
		}
		cs = append(cs, c)
		wg.Add(2)
		go func() {
			defer wg.Done()
			for !quit.Load() && c.WriteMessage(websocket.TextMessage, msg) == nil {
				sent.Add(1)
			}
		}()
		go func() {
			defer wg.Done()
			for {
				if _, _, err := c.ReadMessage(); err != nil {
					return
				}
			}
		}()
	}
	return func() int64 {
		quit.Store(true)
		for _, c := range cs {
			c.Close()
		}
		wg.Wait()
		return sent.Load()
	}
}

// deployChannels deploys a Channels contract (challenge periods of 2 s to
// 30 days) from development account 0 on l1, which may be geth or the
// embedded chain.
func deployChannels(t testing.TB, l1 l1Chain) devchain {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := ethclient.DialContext(ctx, l1.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	key := devl1.DevKey(0)
	from := crypto.PubkeyToAddress(key.PublicKey)
	data := append(common.FromHex(bindings.ChannelsMetaData.Bin), bindings.NewChannels().PackConstructor(2, 30*24*3600)...)
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)),
		Gas:       gas + gas/4, Data: data,
	}), types.LatestSignerForChainID(chainID), key)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	var r *types.Receipt
	waitFor(t, "the Channels deployment to be mined", time.Minute, func() bool {
		r, err = c.TransactionReceipt(ctx, tx.Hash())
		return err == nil
	})
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("deploying Channels failed")
	}
	return devchain{L1: l1.HTTP, Contract: r.ContractAddress}
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }
