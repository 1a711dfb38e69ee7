package node

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// TestTokenDepositAndTransfer bridges an ERC-20 from L1 and moves it on L2
// as a wallet would: eth_getCode is non-empty at the token, eth_call
// answers balanceOf, symbol and decimals, and the transfer's receipt has
// the ERC-20 Transfer log.
func TestTokenDepositAndTransfer(t *testing.T) {
	l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	seqKey := devl1.DevKey(4)
	addr, deployBlock, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey)))
	if err != nil {
		t.Fatal(err)
	}
	aliceKey := devl1.DevKey(1)
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	token, _, err := l1c.Deploy(ctx, aliceKey, common.FromHex(testbindings.TestTokenMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	n, err := New(Config{
		Role: RoleSequencer, DataDir: t.TempDir(), L1: l1c.Client, Rollup: addr, DeployBlock: deployBlock,
		L2: core.DevConfig(), RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, Log: testLog(t),
		BlockInterval: 50 * time.Millisecond, BatcherKey: seqKey, FeeRecipient: crypto.PubkeyToAddress(seqKey.PublicKey),
		Batch: batcherConfig(time.Second),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer n.Stop(context.Background())
	ec, err := ethclient.Dial("http://" + n.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()

	tt := testbindings.NewTestToken()
	amount := big.NewInt(1_000_000)
	for _, call := range []struct {
		to   common.Address
		data []byte
		val  *big.Int
	}{
		{token, tt.PackMint(alice, amount), nil},
		{token, tt.PackApprove(addr, amount), nil},
		{addr, bindings.NewRollup().PackDepositToken(token, alice, amount), nil},
		{addr, bindings.NewRollup().PackDepositETH(alice), big.NewInt(1e18)}, // for the fee
	} {
		if _, err := l1c.Send(ctx, aliceKey, &call.to, call.data, call.val); err != nil {
			t.Fatal(err)
		}
	}
	balanceOf := func(who common.Address) *big.Int {
		out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &token, Data: append(common.FromHex("0x70a08231"), common.LeftPadBytes(who[:], 32)...)}, nil)
		if err != nil {
			return big.NewInt(-1)
		}
		return new(big.Int).SetBytes(out)
	}
	waitFor(t, "the deposits on L2", 20*time.Second, func() bool {
		eth, err := ec.BalanceAt(ctx, alice, nil)
		return balanceOf(alice).Cmp(amount) == 0 && err == nil && eth.Sign() > 0
	})
	if code, err := ec.CodeAt(ctx, token, nil); err != nil || len(code) == 0 {
		t.Fatalf("code at the token: %x, %v", code, err)
	}
	out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &token, Data: common.FromHex("0x95d89b41")}, nil)
	if err != nil || !strings.Contains(string(out), "TST") {
		t.Fatalf("symbol: %q, %v", out, err)
	}

	bob := common.HexToAddress("0xb0b")
	data := append(append(append([]byte{}, core.TransferSelector[:]...), common.LeftPadBytes(bob[:], 32)...), common.LeftPadBytes(big.NewInt(250).Bytes(), 32)...)
	gas, err := ec.EstimateGas(ctx, ethereum.CallMsg{From: alice, To: &token, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(aliceKey, types.LatestSignerForChainID(core.DevConfig().BigChainID()), &types.DynamicFeeTx{
		ChainID: core.DevConfig().BigChainID(), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9), Gas: gas, To: &token, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	var r *types.Receipt
	waitFor(t, "the token transfer's receipt", 10*time.Second, func() bool {
		r, err = ec.TransactionReceipt(ctx, tx.Hash())
		return err == nil
	})
	if len(r.Logs) != 1 || r.Logs[0].Address != token || common.BytesToAddress(r.Logs[0].Topics[1][:]) != alice {
		t.Fatalf("receipt logs %+v", r.Logs)
	}
	if got := balanceOf(bob); got.Int64() != 250 {
		t.Fatalf("bob holds %v", got)
	}
}
