package channel

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// openPaid opens a channel from a to b funded with 1 ether and makes one
// payment of 5 gwei, so that both hold a state signed by both.
func openPaid(t *testing.T, a, b *testPeer) common.Hash {
	t.Helper()
	info, err := a.p.Open(context.Background(), b.srv.URL(), common.Address{}, eth(1), 2)
	if err != nil {
		t.Fatal(err)
	}
	waitAnnounced(t, b, info.ID)
	payMany(t, a, info.ID, gwei(5), 1, 1)
	return info.ID
}

// proposeAs sends b one proposal built on b's latest state, signed by a's
// key (a is the payer): what a malicious counterparty's own software may
// send, whatever a's peer would do.
func proposeAs(t *testing.T, a, b *testPeer, id common.Hash, nonce uint64, amount *uint256.Int) *ProposeResult {
	t.Helper()
	latest := latestOf(t, b, id)
	next, err := Pay(&latest.State, nonce, SideA, amount, Deposits{A: latest.DepositA, B: latest.DepositB})
	if err != nil {
		t.Fatal(err)
	}
	ss := SignedState{State: next}
	if ss.SigA, err = next.Sign(a.key, a.p.Domain(), StateTypeHash); err != nil {
		t.Fatal(err)
	}
	res, err := b.p.handlePropose(context.Background(), a.p.Address(), id, latest.Nonce, []SignedState{ss})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// within gives an operation a generous deadline. It is a safety net: an
// operation that hits it has hung, which is the failure these tests look
// for, so the tests check that no error is the deadline's.
func within(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func notHung(t *testing.T, what string, ctx context.Context, err error) {
	t.Helper()
	if ctx.Err() != nil {
		t.Fatalf("%s hung until its deadline: %v", what, err)
	}
}

// TestMaliciousProposalsCannotWedgeTheChannel is the attack: the payer
// proposes a state whose nonce has no successor (2^64-1), or one that
// jumps to 2^64-2 so that the next payment takes the last nonce. Once
// countersigned, every later nonce computed as max+1 wrapped to 0, and
// payments and the cooperative close hung until their contexts expired.
// The payee refuses both; payments go on both ways and the channel
// closes cooperatively.
func TestMaliciousProposalsCannotWedgeTheChannel(t *testing.T) {
	for _, tc := range []struct {
		name  string
		nonce uint64
		want  error
	}{
		{"nonce 2^64-1 has no successor", math.MaxUint64, ErrNonceExhausted},
		{"nonce 2^64-2 then pay", math.MaxUint64 - 1, ErrNonceJump},
		{"a jump past the protocol's bound", 2 + MaxNonceJump + 1, ErrNonceJump},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := newTestNet(t)
			a, b := n.peer(1, ""), n.peer(2, "")
			id := openPaid(t, a, b)
			before := latestOf(t, b, id)
			res := proposeAs(t, a, b, id, tc.nonce, gwei(1))
			if len(res.Sigs) != 0 || res.Rejected == nil || res.Rejected.Code != CodeRefused ||
				!strings.Contains(res.Rejected.Message, tc.want.Error()) {
				t.Errorf("proposal at nonce %d: %+v, want refused with %q", tc.nonce, res, tc.want)
			}
			// The attacker's own peer learns whatever B countersigned, as
			// the attacker would.
			if err := a.p.Sync(within(t), id); err != nil {
				t.Fatal(err)
			}
			// Both pay, then close cooperatively; nothing may hang.
			for _, payer := range []*testPeer{a, b, a} {
				ctx := within(t)
				err := payer.p.Pay(ctx, id, gwei(1))
				notHung(t, "a payment", ctx, err)
				if err != nil {
					t.Fatalf("payment by %s after the attack: %v", payer.p.Address(), err)
				}
			}
			ctx := within(t)
			final, err := b.p.Close(ctx, id)
			notHung(t, "the cooperative close", ctx, err)
			if err != nil {
				t.Fatal(err)
			}
			want := new(uint256.Int).Add(&before.BalanceB, gwei(1))
			if final.Nonce >= MaxStateNonce || !final.BalanceB.Eq(want) {
				t.Fatalf("closed with %v, want B at %s wei and a small nonce", &final.State, want.Dec())
			}
		})
	}
}

// withLatest stops a and b, writes ss (signed by both) into both stores
// as their latest state, and starts them again: a channel in the state an
// earlier version could leave it in.
func withLatest(t *testing.T, a, b *testPeer, ss SignedState) {
	t.Helper()
	for _, tp := range []*testPeer{a, b} {
		tp.stop()
		st, err := OpenStore(tp.dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.SaveStates(ss.ChannelID, []SignedState{ss}, Meta{Latest: ss.Nonce, Highest: ss.Nonce}, true); err != nil {
			t.Fatal(err)
		}
		st.Close()
		tp.start()
	}
}

// signedByBoth is b's latest state moved to nonce with one more payment of
// amount from a, signed by both.
func signedByBoth(t *testing.T, a, b *testPeer, id common.Hash, nonce uint64, amount *uint256.Int) SignedState {
	t.Helper()
	latest := latestOf(t, b, id)
	next, err := Pay(&latest.State, nonce, SideA, amount, Deposits{A: latest.DepositA, B: latest.DepositB})
	if err != nil {
		t.Fatal(err)
	}
	ss := SignedState{State: next}
	ss.SigA, _ = next.Sign(a.key, a.p.Domain(), StateTypeHash)
	ss.SigB, _ = next.Sign(b.key, b.p.Domain(), StateTypeHash)
	return ss
}

// TestAChannelAtTheLastNoncesFailsPaymentsAtOnceAndStillCloses: a channel
// whose latest state already carries one of the last two nonces (as an
// earlier version could countersign) never hangs: payments fail at once
// with ErrNonceExhausted. At 2^64-2 the final state takes the last nonce
// and the channel closes cooperatively; at 2^64-1 no final state is
// possible, the close says so, and the force-close with the latest state
// pays it.
func TestAChannelAtTheLastNoncesFailsPaymentsAtOnceAndStillCloses(t *testing.T) {
	for _, nonce := range []uint64{math.MaxUint64 - 1, math.MaxUint64} {
		t.Run("", func(t *testing.T) {
			n := newTestNet(t)
			a, b := n.peer(1, ""), n.peer(2, "")
			id := openPaid(t, a, b)
			wedged := signedByBoth(t, a, b, id, nonce, gwei(2))
			withLatest(t, a, b, wedged)
			for _, payer := range []*testPeer{a, b} {
				ctx := within(t)
				err := payer.p.Pay(ctx, id, gwei(1))
				notHung(t, "a payment", ctx, err)
				if !errors.Is(err, ErrNonceExhausted) {
					t.Fatalf("payment on a channel at nonce %d: %v, want ErrNonceExhausted", nonce, err)
				}
			}
			ctx := within(t)
			final, err := a.p.Close(ctx, id)
			notHung(t, "the cooperative close", ctx, err)
			if nonce == math.MaxUint64 {
				if !errors.Is(err, ErrNonceExhausted) {
					t.Fatalf("cooperative close at nonce 2^64-1: %v, want ErrNonceExhausted", err)
				}
				ss, _, err := b.p.ForceClose(ctx, id, 0)
				if err != nil || ss.Nonce != nonce {
					t.Fatalf("force-close: %v %v", ss, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if final.Nonce != math.MaxUint64 || !final.BalanceB.Eq(&wedged.BalanceB) {
				t.Fatalf("final state %v, want the latest balances at nonce 2^64-1", &final.State)
			}
		})
	}
}

// refusingAPI is a counterparty that refuses every proposal with a code
// the protocol calls retryable, whatever the payer does.
type refusingAPI struct {
	*API
	code string
}

func (r refusingAPI) Propose(ctx context.Context, id common.Hash, base uint64, props []SignedState) (*ProposeResult, error) {
	return &ProposeResult{Rejected: &Rejection{Code: r.code, Message: "refused, again"}}, nil
}

// TestPaymentsToAPayeeThatAlwaysRefusesEndInAnError: a payee that answers
// every proposal with a retryable refusal (a collision, a stale base) kept
// the payer retrying until the caller's context expired. The payment now
// fails with ErrRejected once it has been refused maxStalledRefusals times
// while the channel did not move.
func TestPaymentsToAPayeeThatAlwaysRefusesEndInAnError(t *testing.T) {
	for _, code := range []string{CodeNonce, CodeStale} {
		t.Run(code, func(t *testing.T) {
			n := newTestNet(t)
			a, b := n.peer(1, ""), n.peer(2, "")
			id := openPaid(t, a, b)
			srv, err := ListenWS("127.0.0.1:0", nil)
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			if err := srv.rpc.RegisterName("channel", refusingAPI{srv.bind(NewAPI(b.p)), code}); err != nil {
				t.Fatal(err)
			}
			rt, _ := a.p.channel(id)
			rt.mu.Lock()
			rt.info.PeerURL = srv.URL()
			rt.mu.Unlock()
			ctx := within(t)
			err = a.p.Pay(ctx, id, gwei(1))
			notHung(t, "a payment", ctx, err)
			if !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), "refused, again") {
				t.Fatalf("payment to a payee that always refuses: %v, want ErrRejected", err)
			}
		})
	}
}
