package devl1

import (
	"context"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// The addresses of the test mnemonic's first accounts, as every Ethereum
// development tool prints them; DESIGN.md names the first.
func TestDevKeysAreTheTestMnemonicAccounts(t *testing.T) {
	want := []string{
		"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
		"0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
		"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
		"0x90F79bf6EB2c4f870365E785982E1f101E93b906",
		"0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
	}
	for i, w := range want {
		if got := crypto.PubkeyToAddress(DevKey(i).PublicKey); got != common.HexToAddress(w) {
			t.Errorf("dev account %d is %s, want %s", i, got, w)
		}
	}
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func TestServedChainMinesAndHostsChannels(t *testing.T) {
	chain, err := Start(Config{Port: freePort(t), MaxBlockInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	addr, err := chain.DeployChannels(ctx, 2, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, url := range []string{chain.URL, "ws" + chain.URL[len("http"):]} {
		c, err := ethclient.DialContext(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		code, err := c.CodeAt(ctx, addr, nil)
		c.Close()
		if err != nil || len(code) == 0 {
			t.Fatalf("over %s: code at %s: %d bytes, %v", url, addr, len(code), err)
		}
	}
	// Empty blocks keep coming, so L1 time moves without transactions.
	n0, _ := chain.Client.BlockNumber(ctx)
	time.Sleep(400 * time.Millisecond)
	if n1, _ := chain.Client.BlockNumber(ctx); n1 <= n0 {
		t.Fatalf("no block mined in 400ms (still %d)", n1)
	}
}

// TestSenderIsOnePerKeyAndSendsOnAfterAReorgDroppedItsTransaction: the
// chain hands out one transaction manager per key, and after a reorg that
// dropped the key's mined transaction the next send takes the freed nonce
// at once (without the restart, the manager would send above a nonce gap
// and its caller would get txmgr.ErrNonceGap).
func TestSenderIsOnePerKeyAndSendsOnAfterAReorgDroppedItsTransaction(t *testing.T) {
	// Blocks only for pending transactions: the transfer's block stays the
	// head until the reorg replaces it.
	chain, err := Start(Config{MaxBlockInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, err := chain.Sender(DevKey(1))
	if err != nil {
		t.Fatal(err)
	}
	if b, err := chain.Sender(DevKey(1)); err != nil || b != a {
		t.Fatalf("second Sender for the same key = %p, %v; want the first, %p", b, err, a)
	}
	from := crypto.PubkeyToAddress(DevKey(1).PublicKey)
	to := common.HexToAddress("0xb0b")
	if _, err := chain.Send(ctx, DevKey(1), &to, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	if _, err := chain.Reorg(ctx, 1, true); err != nil {
		t.Fatal(err)
	}
	if n, err := chain.Client.NonceAt(ctx, from, nil); err != nil || n != 0 {
		t.Fatalf("nonce after the reorg %d, %v; want 0 (the transaction dropped)", n, err)
	}
	r, err := chain.Send(ctx, DevKey(1), &to, nil, big.NewInt(2))
	if err != nil {
		t.Fatalf("send after the reorg: %v", err)
	}
	if tx, _, err := chain.Client.TransactionByHash(ctx, r.TxHash); err != nil || tx.Nonce() != 0 {
		t.Fatalf("the send after the reorg took nonce %v (%v), want the freed 0", tx.Nonce(), err)
	}
	if b, err := chain.Client.BalanceAt(ctx, to, nil); err != nil || b.Int64() != 2 {
		t.Fatalf("recipient holds %v, %v; want 2 (the dropped transfer gone, the new one in)", b, err)
	}
}

// TestReorgTakesATransactionTheMinersPendingBlockDoesNotShowYet: the
// miner's pending block, which the pending transaction count reads, is
// cached for up to two seconds, so a transaction sent just after it was
// built is invisible to the count; a reorg then must not give up on the
// "pending block dirty" that transaction causes (a node's batch or proof
// arrives so in the tests that reorg under live nodes).
func TestReorgTakesATransactionTheMinersPendingBlockDoesNotShowYet(t *testing.T) {
	chain, err := Start(Config{MaxBlockInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	chain.Mine(2)
	pc, ok := chain.Client.(pendingCounter)
	if !ok {
		t.Fatal("the simulated client counts no pending transactions")
	}
	if n, err := pc.PendingTransactionCount(ctx); err != nil || n != 0 {
		t.Fatalf("pending count %d, %v; want 0", n, err)
	}
	key := DevKey(3)
	from := crypto.PubkeyToAddress(key.PublicKey)
	to := common.HexToAddress("0xb0b")
	head, err := chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), Nonce: 0, To: &to, Value: big.NewInt(1), Gas: 21_000,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := chain.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if _, err := chain.Reorg(ctx, 1, true); err != nil {
		t.Fatalf("reorg with a transaction the pending count misses: %v", err)
	}
	if n, err := chain.Client.NonceAt(ctx, from, nil); err != nil || n != 0 {
		t.Fatalf("nonce after the reorg %d, %v; want 0 (the transaction went into a replaced block)", n, err)
	}
}
