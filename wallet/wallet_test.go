package wallet_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/light"
	"github.com/viaduct-l2/viaduct/node"
	"github.com/viaduct-l2/viaduct/wallet"
	"github.com/viaduct-l2/viaduct/wire"
)

// stack is a development L1 with the Rollup (a 2-second challenge window)
// and a sequencer that posts its blocks.
type stack struct {
	t      *testing.T
	ctx    context.Context
	chain  *devl1.Chain
	rollup common.Address
	node   *node.Node
}

func testLog() *slog.Logger {
	if os.Getenv("VIADUCT_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func newStack(t *testing.T) *stack {
	t.Helper()
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	seqKey := devl1.DevKey(4)
	rcfg := rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
	rcfg.ChallengeWindow = 2
	addr, deployBlock, err := chain.DeployRollup(ctx, devl1.DevKey(0), rcfg)
	if err != nil {
		t.Fatal(err)
	}
	n, err := node.New(node.Config{
		Role: node.RoleSequencer, DataDir: t.TempDir(), L1: chain.Client, Rollup: addr, DeployBlock: deployBlock,
		L2: core.DevConfig(), RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, Log: testLog(),
		BlockInterval: 50 * time.Millisecond, BatcherKey: seqKey, FeeRecipient: crypto.PubkeyToAddress(seqKey.PublicKey),
		Batch:      batcher.Config{Interval: 200 * time.Millisecond},
		RollupInfo: wire.NewRollupInfo(addr, deployBlock, devl1.ChainID, rcfg),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Stop(context.Background()) })
	return &stack{t: t, ctx: ctx, chain: chain, rollup: addr, node: n}
}

// wallet opens a wallet of key (nil: read-only) on the stack, sending on
// L1 through the chain's manager of the key.
func (s *stack) wallet(key *ecdsa.PrivateKey, cfg wallet.Config) *wallet.Wallet {
	s.t.Helper()
	l2, err := rpc.DialContext(s.ctx, "http://"+s.node.RPCAddr())
	if err != nil {
		s.t.Fatal(err)
	}
	s.t.Cleanup(l2.Close)
	cfg.L1, cfg.L2, cfg.Key = s.chain.Client, l2, key
	if key != nil && cfg.Sender == nil {
		if cfg.Sender, err = s.chain.Sender(key); err != nil {
			s.t.Fatal(err)
		}
	}
	cfg.Progress = func(msg string) { s.t.Log(msg) }
	w, err := wallet.New(s.ctx, cfg)
	if err != nil {
		s.t.Fatal(err)
	}
	s.t.Cleanup(func() { w.Close() })
	return w
}

var ether = big.NewInt(1e18)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func wantBalance(t *testing.T, what string, got *big.Int, err error, want *big.Int) {
	t.Helper()
	if err != nil || got.Cmp(want) != 0 {
		t.Fatalf("%s: %v (%v), want %s", what, got, err, want)
	}
}

// TestWalletFlowsMoveFundsBothWays drives every flow of the package from a
// Go program against a sequencer that posts to L1: deposits of ETH and of a
// token (approve, then deposit), transfers of both on L2, a withdrawal on
// L2 and a forced withdrawal asked on L1, both finalized on L1 after the
// light client verified them; each lands exactly where and in the amount
// it should.
func TestWalletFlowsMoveFundsBothWays(t *testing.T) {
	s := newStack(t)
	ctx := s.ctx
	aliceKey, payerKey := devl1.DevKey(1), devl1.DevKey(2)
	alice, bob, carol := addr(aliceKey), common.HexToAddress("0xb0b"), common.HexToAddress("0xca401")
	w := s.wallet(aliceKey, wallet.Config{})
	if w.Address() != alice || w.Rollup() != s.rollup || w.Pinned() || w.Info().L2ChainID != core.DevConfig().ChainID {
		t.Fatalf("wallet of %s on Rollup %s (pinned %v, L2 chain %d)", w.Address(), w.Rollup(), w.Pinned(), w.Info().L2ChainID)
	}

	// A test token on L1, minted to alice.
	tokenAddr, _, err := s.chain.Deploy(ctx, aliceKey, common.FromHex(testbindings.TestTokenMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.chain.Send(ctx, aliceKey, &tokenAddr, testbindings.NewTestToken().PackMint(alice, big.NewInt(1_000_000)), nil); err != nil {
		t.Fatal(err)
	}
	if d, err := w.Decimals(ctx, tokenAddr); err != nil || d != 18 {
		t.Fatalf("decimals of the token before it is bridged: %d, %v (from L1)", d, err)
	}

	// Deposits.
	q, err := w.Deposit(ctx, alice, common.Address{}, eth(5))
	if err != nil {
		t.Fatal(err)
	}
	if st, err := w.WaitApplied(ctx, q.Index); err != nil || !st.Applied || st.Withdrawal != nil {
		t.Fatalf("ETH deposit (queue item %d) on L2: %+v, %v", q.Index, st, err)
	}
	bal, err := w.L2Balance(ctx, alice, common.Address{})
	wantBalance(t, "alice's L2 ETH after the deposit", bal, err, eth(5))
	// More of the token than alice holds on L1: refused before an approve
	// is sent for nothing.
	nonce, err := s.chain.Client.PendingNonceAt(ctx, alice)
	if err != nil {
		t.Fatal(err)
	}
	var short *wallet.BalanceError
	if _, err := w.Deposit(ctx, alice, tokenAddr, big.NewInt(1_000_001)); !errors.As(err, &short) || !errors.Is(err, wallet.ErrInsufficientBalance) ||
		short.Have.Int64() != 1_000_000 || short.Want.Int64() != 1_000_001 || short.Token != tokenAddr {
		t.Fatalf("depositing more than the L1 balance: %v, want a BalanceError of 1000000 held, 1000001 asked", err)
	}
	if n, err := s.chain.Client.PendingNonceAt(ctx, alice); err != nil || n != nonce {
		t.Fatalf("alice's L1 nonce went from %d to %d (%v): something was sent", nonce, n, err)
	}
	tq, err := w.Deposit(ctx, alice, tokenAddr, big.NewInt(600_000))
	if err != nil {
		t.Fatal(err)
	}
	if tq.Index != q.Index+1 {
		t.Fatalf("token deposit is queue item %d, want %d", tq.Index, q.Index+1)
	}
	if _, err := w.WaitApplied(ctx, tq.Index); err != nil {
		t.Fatal(err)
	}
	bal, err = w.L2Balance(ctx, alice, tokenAddr)
	wantBalance(t, "alice's L2 token after the deposit", bal, err, big.NewInt(600_000))

	// Transfers on L2.
	if _, err := w.Transfer(ctx, bob, common.Address{}, eth(1)); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Transfer(ctx, bob, tokenAddr, big.NewInt(250_000)); err != nil {
		t.Fatal(err)
	}
	bal, err = w.L2Balance(ctx, bob, common.Address{})
	wantBalance(t, "bob's L2 ETH", bal, err, eth(1))
	bal, err = w.L2Balance(ctx, bob, tokenAddr)
	wantBalance(t, "bob's L2 token", bal, err, big.NewInt(250_000))
	vb, err := w.VerifiedBalance(ctx, bob, tokenAddr, light.Posted)
	if err != nil || vb.Behind || vb.Amount.Cmp(big.NewInt(250_000)) != 0 {
		t.Fatalf("bob's verified token balance: %+v, %v", vb, err)
	}

	// A withdrawal on L2, finalized by someone else on L1.
	r, err := w.Withdraw(ctx, common.Address{}, eth(1))
	if err != nil {
		t.Fatal(err)
	}
	payer := s.wallet(payerKey, wallet.Config{})
	before, err := payer.L1Balance(ctx, alice)
	if err != nil {
		t.Fatal(err)
	}
	f, err := payer.Finalize(ctx, r.BlockNumber.Uint64(), 0)
	if err != nil {
		t.Fatal(err)
	}
	after, err := payer.L1Balance(ctx, alice)
	wantBalance(t, "alice's L1 gain from her withdrawal", new(big.Int).Sub(after, before), err, eth(1))
	if f.Withdrawal.Recipient != alice || f.Withdrawal.Amount.Cmp(eth(1)) != 0 || f.Receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("finalized %+v, receipt status %d", f.Withdrawal, f.Receipt.Status)
	}
	if _, err := payer.Finalize(ctx, r.BlockNumber.Uint64(), 0); !errors.Is(err, wallet.ErrAlreadyFinalized) {
		t.Fatalf("finalizing twice: %v, want ErrAlreadyFinalized before anything is sent", err)
	}
	// Named by its L2 transaction alone, the withdrawal is the same one,
	// and paid.
	byTx, err := w.WithdrawalOfTx(ctx, r.TxHash)
	if err != nil || byTx.Block != r.BlockNumber.Uint64() || byTx.Index != 0 || byTx.State != wallet.WithdrawalPaid || byTx.Amount.Cmp(eth(1)) != 0 {
		t.Fatalf("WithdrawalOfTx(%s) = %+v, %v; want withdrawal 0 of block %d, 1 ether, paid", r.TxHash, byTx, err, r.BlockNumber)
	}

	// A forced withdrawal of tokens to carol, asked on L1.
	fq, err := w.RequestWithdrawal(ctx, carol, tokenAddr, big.NewInt(100_000))
	if err != nil {
		t.Fatal(err)
	}
	st, err := w.WaitApplied(ctx, fq.Index)
	if err != nil || st.Withdrawal == nil {
		t.Fatalf("forced withdrawal (queue item %d): %+v, %v", fq.Index, st, err)
	}
	if _, err := payer.Finalize(ctx, uint64(*st.Block), uint32(*st.Withdrawal)); err != nil {
		t.Fatal(err)
	}
	out, err := s.chain.Client.CallContract(ctx, callBalanceOf(tokenAddr, carol), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := testbindings.NewTestToken().UnpackBalanceOf(out)
	wantBalance(t, "carol's L1 token balance", got, err, big.NewInt(100_000))
	bal, err = w.L2Balance(ctx, alice, tokenAddr)
	wantBalance(t, "alice's L2 token left", bal, err, big.NewInt(250_000))

	// Both are listed: alice's by her transaction, carol's forced one by
	// its block and index, each paid.
	list, err := w.Withdrawals(ctx, alice, 0, 0)
	if err != nil || len(list) != 1 || list[0].Tx != r.TxHash || list[0].State != wallet.WithdrawalPaid {
		t.Fatalf("alice's withdrawals: %+v, %v; want her one, paid", list, err)
	}
	list, err = w.Withdrawals(ctx, carol, 0, 0)
	if err != nil || len(list) != 1 || list[0].Tx != (common.Hash{}) || list[0].Block != uint64(*st.Block) || list[0].Index != uint32(*st.Withdrawal) ||
		list[0].Token != tokenAddr || list[0].State != wallet.WithdrawalPaid {
		t.Fatalf("carol's withdrawals: %+v, %v; want the forced one of block %d, paid", list, err, *st.Block)
	}
}

// TestWalletRefusesWhatItCannotDo: a wallet without a key reads but does
// not send; an amount that is not positive is refused before anything is
// sent; an L2 transfer beyond the balance comes back in go-ethereum's
// wording; a wallet on another L1 than the Rollup's is refused at New; a
// pinned address that holds no Rollup of this L2 is refused at New.
func TestWalletRefusesWhatItCannotDo(t *testing.T) {
	s := newStack(t)
	ctx := s.ctx
	ro := s.wallet(nil, wallet.Config{})
	if _, err := ro.Transfer(ctx, common.HexToAddress("0xb0b"), common.Address{}, eth(1)); !errors.Is(err, wallet.ErrNoKey) {
		t.Fatalf("transfer without a key: %v", err)
	}
	if _, err := ro.Deposit(ctx, common.HexToAddress("0xb0b"), common.Address{}, eth(1)); !errors.Is(err, wallet.ErrNoKey) {
		t.Fatalf("deposit without a key: %v", err)
	}
	if b, err := ro.L1Balance(ctx, addr(devl1.DevKey(1))); err != nil || b.Cmp(devl1.Balance) != 0 {
		t.Fatalf("read-only L1 balance: %v, %v", b, err)
	}
	w := s.wallet(devl1.DevKey(1), wallet.Config{})
	for _, amount := range []*big.Int{nil, big.NewInt(0), big.NewInt(-1)} {
		if _, err := w.Deposit(ctx, w.Address(), common.Address{}, amount); !errors.Is(err, wallet.ErrBadAmount) {
			t.Fatalf("deposit of %v: %v", amount, err)
		}
		if _, err := w.Transfer(ctx, w.Address(), common.Address{}, amount); !errors.Is(err, wallet.ErrBadAmount) {
			t.Fatalf("transfer of %v: %v", amount, err)
		}
	}
	if _, err := w.Transfer(ctx, common.HexToAddress("0xb0b"), common.Address{}, eth(1)); err == nil || !strings.Contains(err.Error(), "insufficient funds") {
		t.Fatalf("transfer with nothing on L2: %v, want insufficient funds", err)
	}

	other, err := devl1.Start(devl1.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	l2, err := rpc.DialContext(ctx, "http://"+s.node.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	wrongL1 := &otherChainID{L1: other.Client}
	if _, err := wallet.New(ctx, wallet.Config{L1: wrongL1, L2: l2}); !errors.Is(err, wallet.ErrWrongL1) {
		t.Fatalf("a wallet on L1 chain 7 for a Rollup on %d: %v", devl1.ChainID, err)
	}

	// Pinned to an address that holds no Rollup of this L2: refused before
	// a deposit could pay it.
	if _, err := wallet.New(ctx, wallet.Config{L1: s.chain.Client, L2: l2, Rollup: common.HexToAddress("0xdead")}); !errors.Is(err, wallet.ErrNoRollup) {
		t.Fatalf("a wallet pinned to 0xdead: %v, want ErrNoRollup", err)
	}
}

func callBalanceOf(token, who common.Address) ethereum.CallMsg {
	return ethereum.CallMsg{To: &token, Data: bindings.NewIERC20Metadata().PackBalanceOf(who)}
}

// otherChainID is an L1 client that answers another chain id.
type otherChainID struct{ wallet.L1 }

func (otherChainID) ChainID(context.Context) (*big.Int, error) { return big.NewInt(7), nil }
