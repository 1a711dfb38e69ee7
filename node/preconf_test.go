package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"sync/atomic"
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
	"github.com/viaduct-l2/viaduct/state"
)

// preconfNet is a sequencer and a verifier on an in-process L1, with a
// block interval the test chooses.
type preconfNet struct {
	t        *testing.T
	ctx      context.Context
	l1       *devl1.Chain
	rollup   common.Address
	seq, ver *Node
	ec       *ethclient.Client
}

func startPreconfNet(t *testing.T, interval time.Duration, lie func(state.Reader, []core.QueueItem, *core.Outcome) (*core.Outcome, bool, error)) *preconfNet {
	t.Helper()
	chain, err := devl1.Start(devl1.Config{MaxBlockInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	t.Cleanup(cancel)
	seqKey := devl1.DevKey(4)
	addr, deployBlock, err := chain.DeployRollup(ctx, devl1.DevKey(0), rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey)))
	if err != nil {
		t.Fatal(err)
	}
	p := &preconfNet{t: t, ctx: ctx, l1: chain, rollup: addr}
	for _, role := range []string{RoleSequencer, RoleVerifier} {
		cfg := Config{
			Role: role, DataDir: t.TempDir(), L1: chain.Client, Rollup: addr, DeployBlock: deployBlock, L2: core.DevConfig(),
			RPCAddr: "127.0.0.1:0", PollInterval: 100 * time.Millisecond, Log: testLog(t),
			BlockInterval: interval, FeeRecipient: common.HexToAddress("0xfee"),
		}
		cfg.Batch.Interval = 200 * time.Millisecond
		if role == RoleSequencer {
			cfg.BatcherKey, cfg.Lie = seqKey, lie
		}
		n, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { n.Stop(context.Background()) })
		if role == RoleSequencer {
			p.seq = n
		} else {
			p.ver = n
		}
	}
	p.ec, err = ethclient.Dial("http://" + p.seq.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.ec.Close)
	return p
}

// l1Send sends a Rollup call from dev key i on L1.
func (p *preconfNet) l1Send(i int, data []byte, value *big.Int) {
	p.t.Helper()
	if _, err := p.l1.Send(p.ctx, devl1.DevKey(i), &p.rollup, data, value); err != nil {
		p.t.Fatal(err)
	}
}

// fund deposits wei for dev key i and waits for it on L2.
func (p *preconfNet) fund(i int, wei *big.Int) {
	p.t.Helper()
	addr := crypto.PubkeyToAddress(devl1.DevKey(i).PublicKey)
	applied := p.seq.Chain.Head().QueueCursor // every earlier deposit was waited for
	p.l1Send(i, bindings.NewRollup().PackDepositETH(addr), wei)
	// The state shows a block's effects a moment before the head names the
	// block: a test that reads the head next must find the deposit's block.
	waitFor(p.t, "the deposit on L2", 30*time.Second, func() bool {
		a, err := p.seq.Chain.State().Account(addr)
		return err == nil && a.Balance.Sign() > 0 && p.seq.Chain.Head().QueueCursor > applied
	})
}

func signTransfer(t *testing.T, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int) *types.Transaction {
	t.Helper()
	cfg := core.DevConfig()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: core.TransferGas, To: &to, Value: value,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// sealedReceipt waits for tx's block to be sealed and returns its
// receipt then.
func (p *preconfNet) sealedReceipt(tx *types.Transaction) *types.Receipt {
	p.t.Helper()
	var r *types.Receipt
	waitFor(p.t, "the block of "+tx.Hash().Hex(), 30*time.Second, func() bool {
		var err error
		r, err = p.ec.TransactionReceipt(p.ctx, tx.Hash())
		return err == nil && r.BlockHash != (common.Hash{})
	})
	return r
}

// TestPreconfirmedReceiptThroughTheRPCEqualsTheSealedOne: with a block
// time far longer than the test, eth_sendRawTransaction answers only once
// the transfer is pre-confirmed: its receipt is there at once (the number
// of the open block, its index, a zero block hash), the sender's balance
// and nonce at "latest" already show it, and eth_blockNumber has not
// moved. Once the block is sealed (here: when it is full) the receipt is
// the same but for the block hash, which is the block's.
func TestPreconfirmedReceiptThroughTheRPCEqualsTheSealedOne(t *testing.T) {
	p := startPreconfNet(t, time.Hour, nil)
	alice := devl1.DevKey(1)
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	p.fund(1, ether(1))
	head, err := p.ec.BlockNumber(p.ctx)
	if err != nil {
		t.Fatal(err)
	}
	bob := common.HexToAddress("0xb0b")
	var txs []*types.Transaction
	var early []*types.Receipt
	for i := range core.MaxTxsPerBlock {
		tx := signTransfer(t, alice, uint64(i), bob, big.NewInt(int64(i+1)))
		if err := p.ec.SendTransaction(p.ctx, tx); err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
		if i == core.MaxTxsPerBlock-1 {
			break // the block is full: it is being sealed
		}
		r, err := p.ec.TransactionReceipt(p.ctx, tx.Hash())
		if err != nil {
			t.Fatalf("no receipt right after eth_sendRawTransaction: %v", err)
		}
		if r.BlockNumber.Uint64() != head+1 || r.TransactionIndex != uint(i) || r.BlockHash != (common.Hash{}) || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("pre-confirmed receipt: block %v index %d hash %s status %d; want block %d index %d, zero hash", r.BlockNumber, r.TransactionIndex, r.BlockHash, r.Status, head+1, i)
		}
		early = append(early, r)
		if i == 0 {
			if n, err := p.ec.BlockNumber(p.ctx); err != nil || n != head {
				t.Fatalf("eth_blockNumber %d (%v) before the block is sealed, want %d", n, err, head)
			}
			if nonce, err := p.ec.NonceAt(p.ctx, aliceAddr, nil); err != nil || nonce != 1 {
				t.Fatalf("latest nonce %d (%v), want 1", nonce, err)
			}
			if b, err := p.ec.BalanceAt(p.ctx, bob, nil); err != nil || b.Int64() != 1 {
				t.Fatalf("bob's latest balance %v (%v), want 1 wei", b, err)
			}
			var byHash map[string]any
			if err := p.ec.Client().CallContext(p.ctx, &byHash, "eth_getTransactionByHash", tx.Hash()); err != nil || byHash["blockNumber"] != hexutil.Uint64(head+1).String() {
				t.Fatalf("eth_getTransactionByHash %v (%v)", byHash["blockNumber"], err)
			}
		}
	}
	for i, r := range early {
		sealed := p.sealedReceipt(txs[i])
		if sealed.BlockNumber.Uint64() != head+1 {
			t.Fatalf("tx %d sealed in block %v, pre-confirmed for %d", i, sealed.BlockNumber, head+1)
		}
		r.BlockHash = sealed.BlockHash
		a, _ := json.Marshal(r)
		b, _ := json.Marshal(sealed)
		if string(a) != string(b) {
			t.Fatalf("tx %d: pre-confirmed receipt %s\nsealed %s", i, a, b)
		}
	}
	blk, err := p.seq.Chain.BlockByNumber(head + 1)
	if err != nil || len(blk.Txs) != core.MaxTxsPerBlock {
		t.Fatalf("block %d: %v", head+1, err)
	}
}

// TestDepositAndForcedWithdrawalDuringPreconfirmations: alice's transfer
// is pre-confirmed; then a forced withdrawal of all her ETH arrives from
// L1. Applied first in her transfer's block it would leave her nothing to
// pay with. The sequencer seals her block before it instead: her transfer
// is in the block and at the index pre-confirmed, with the same receipt,
// and the withdrawal, in a later block, takes what she had left. A
// verifier derives the same blocks from L1.
func TestDepositAndForcedWithdrawalDuringPreconfirmations(t *testing.T) {
	p := startPreconfNet(t, time.Hour, nil)
	alice := devl1.DevKey(1)
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	p.fund(1, ether(1))
	half := new(big.Int).Div(ether(1), big.NewInt(2))
	tx := signTransfer(t, alice, 0, common.HexToAddress("0xb0b"), half)
	if err := p.ec.SendTransaction(p.ctx, tx); err != nil {
		t.Fatal(err)
	}
	pre, err := p.ec.TransactionReceipt(p.ctx, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	queued := p.seq.Chain.Head().QueueCursor
	carol := common.HexToAddress("0xca201")
	p.l1Send(1, bindings.NewRollup().PackRequestWithdrawal(carol, common.Address{}, ether(1)), nil)
	p.l1Send(2, bindings.NewRollup().PackDepositETH(aliceAddr), big.NewInt(1e15))
	waitFor(t, "the queue items on L2", 30*time.Second, func() bool { return p.seq.Chain.Head().QueueCursor >= queued+2 })
	sealed := p.sealedReceipt(tx)
	if sealed.BlockNumber.Cmp(pre.BlockNumber) != 0 || sealed.TransactionIndex != pre.TransactionIndex || sealed.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("sealed in block %v index %d, pre-confirmed block %v index %d", sealed.BlockNumber, sealed.TransactionIndex, pre.BlockNumber, pre.TransactionIndex)
	}
	blk, err := p.seq.Chain.BlockByNumber(pre.BlockNumber.Uint64())
	if err != nil || blk.QueueItems != 0 {
		t.Fatalf("the pre-confirmed block applies %d queue items (%v)", blk.QueueItems, err)
	}
	after, err := p.seq.Chain.BlockApplying(queued)
	if err != nil || after.Header.Number <= pre.BlockNumber.Uint64() || len(after.Withdrawals) != 1 {
		t.Fatalf("the forced withdrawal is in block %v: %v", after, err)
	}
	fee := new(big.Int).Mul(sealed.EffectiveGasPrice, new(big.Int).SetUint64(sealed.GasUsed))
	left := new(big.Int).Sub(new(big.Int).Sub(ether(1), half), fee)
	if got := after.Withdrawals[0].Amount.ToBig(); got.Cmp(left) != 0 {
		t.Fatalf("the forced withdrawal took %v, want what the transfer left: %v", got, left)
	}
	waitFor(t, "the verifier to derive the blocks", 60*time.Second, func() bool {
		return p.ver.Chain.Head().Number >= after.Header.Number
	})
	for n := pre.BlockNumber.Uint64(); n <= after.Header.Number; n++ {
		a, _ := p.seq.Chain.BlockByNumber(n)
		b, err := p.ver.Chain.BlockByNumber(n)
		if err != nil || a.Hash() != b.Hash() {
			t.Fatalf("block %d differs on the verifier (%v)", n, err)
		}
	}
}

// TestATransactionArrivingWhileABlockIsSealed: a transfer sent while the
// sequencer is sealing a block (held inside the seal by the test's hook)
// is pre-confirmed once the seal is done, in the next block, and the
// sealed block holds only what was pre-confirmed before it.
func TestATransactionArrivingWhileABlockIsSealed(t *testing.T) {
	var sealing atomic.Pointer[chan struct{}] // closed to let a held seal go on
	entered := make(chan struct{}, 1)
	hook := func(pre state.Reader, q []core.QueueItem, o *core.Outcome) (*core.Outcome, bool, error) {
		if c := sealing.Load(); c != nil && len(o.Txs) > 0 {
			entered <- struct{}{}
			<-*c
		}
		return nil, false, nil // honest
	}
	p := startPreconfNet(t, 300*time.Millisecond, hook)
	alice, bob := devl1.DevKey(1), devl1.DevKey(2)
	p.fund(1, ether(1))
	p.fund(2, ether(1))
	release := make(chan struct{})
	sealing.Store(&release)
	first := signTransfer(t, alice, 0, common.HexToAddress("0xb0b"), big.NewInt(1))
	if err := p.ec.SendTransaction(p.ctx, first); err != nil {
		t.Fatal(err)
	}
	pre, err := p.ec.TransactionReceipt(p.ctx, first.Hash())
	if err != nil {
		t.Fatal(err)
	}
	// The block time passes: the driver is held in the seal.
	select {
	case <-entered:
	case <-time.After(30 * time.Second):
		t.Fatal("the block was not sealed within 30 s")
	}
	second := signTransfer(t, bob, 0, common.HexToAddress("0xb0b"), big.NewInt(2))
	sent := make(chan error, 1)
	go func() { sent <- p.ec.SendTransaction(p.ctx, second) }()
	waitFor(t, "the second transfer to wait in the mempool", 10*time.Second, func() bool {
		select {
		case err := <-sent:
			t.Fatalf("eth_sendRawTransaction answered (%v) while the sequencer was sealing", err)
		default:
		}
		return p.seq.Pool.Get(second.Hash()) != nil
	})
	// eth_sendRawTransactionSync gives up after its timeout meanwhile:
	// EIP-7966's code 4, with the hash.
	third := signTransfer(t, alice, 1, common.HexToAddress("0xb0b"), big.NewInt(3))
	raw, _ := third.MarshalBinary()
	var r map[string]any
	err = p.ec.Client().CallContext(p.ctx, &r, "eth_sendRawTransactionSync", hexutil.Bytes(raw), 50)
	var rerr rpc.Error
	var derr rpc.DataError
	if !errors.As(err, &rerr) || rerr.ErrorCode() != 4 || !errors.As(err, &derr) || derr.ErrorData() != third.Hash().Hex() {
		t.Fatalf("eth_sendRawTransactionSync while the sequencer is held: %v, want code 4 with the hash", err)
	}
	sealing.Store(nil)
	close(release)
	if err := <-sent; err != nil {
		t.Fatal(err)
	}
	r1 := p.sealedReceipt(first)
	r2, err := p.ec.TransactionReceipt(p.ctx, second.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if r1.BlockNumber.Cmp(pre.BlockNumber) != 0 || r2.BlockNumber.Uint64() != pre.BlockNumber.Uint64()+1 || r2.TransactionIndex != 0 {
		t.Fatalf("first in block %v (pre-confirmed %v), second in block %v index %d", r1.BlockNumber, pre.BlockNumber, r2.BlockNumber, r2.TransactionIndex)
	}
	blk, err := p.seq.Chain.BlockByNumber(pre.BlockNumber.Uint64())
	if err != nil || len(blk.Txs) != 1 {
		t.Fatalf("the sealed block holds %d txs (%v), want the one pre-confirmed before it", len(blk.Txs), err)
	}
	if r := p.sealedReceipt(second); r.BlockNumber.Cmp(r2.BlockNumber) != 0 || r.TransactionIndex != 0 {
		t.Fatalf("second sealed in block %v index %d", r.BlockNumber, r.TransactionIndex)
	}
}

// TestReadsOfTheOpenBlockByNumberSealIt: a pre-confirmed receipt names
// a block that is not sealed yet (here the block time is longer than the
// test); eth_getBlockReceipts, eth_getBlockTransactionCountByNumber and
// eth_getTransactionByBlockNumberAndIndex by that number answer the block,
// sealed for them, as eth_getBlockByNumber does, not null.
func TestReadsOfTheOpenBlockByNumberSealIt(t *testing.T) {
	for _, method := range []string{"eth_getBlockReceipts", "eth_getBlockTransactionCountByNumber", "eth_getTransactionByBlockNumberAndIndex"} {
		t.Run(method, func(t *testing.T) {
			p := startPreconfNet(t, time.Hour, nil)
			p.fund(1, ether(1))
			tx := signTransfer(t, devl1.DevKey(1), 0, common.HexToAddress("0xb0b"), big.NewInt(1))
			if err := p.ec.SendTransaction(p.ctx, tx); err != nil {
				t.Fatal(err)
			}
			pre, err := p.ec.TransactionReceipt(p.ctx, tx.Hash())
			if err != nil || pre.BlockHash != (common.Hash{}) {
				t.Fatalf("pre-confirmed receipt %+v (%v), want one of the open block", pre, err)
			}
			num := hexutil.EncodeBig(pre.BlockNumber)
			var raw json.RawMessage
			args := []any{num}
			if method == "eth_getTransactionByBlockNumberAndIndex" {
				args = append(args, "0x0")
			}
			if err := p.ec.Client().CallContext(p.ctx, &raw, method, args...); err != nil {
				t.Fatal(err)
			}
			blk, err := p.seq.Chain.BlockByNumber(pre.BlockNumber.Uint64())
			if err != nil {
				t.Fatalf("%s answered %s but block %s is not sealed: %v", method, raw, num, err)
			}
			switch method {
			case "eth_getBlockReceipts":
				var rs []*types.Receipt
				if err := json.Unmarshal(raw, &rs); err != nil || len(rs) != 1 || rs[0].TxHash != tx.Hash() || rs[0].BlockHash != blk.Hash() {
					t.Fatalf("eth_getBlockReceipts(%s): %s (%v), want the receipt of %s in block %s", num, raw, err, tx.Hash(), blk.Hash())
				}
			case "eth_getBlockTransactionCountByNumber":
				if string(raw) != `"0x1"` {
					t.Fatalf("eth_getBlockTransactionCountByNumber(%s): %s, want 0x1", num, raw)
				}
			default:
				var got struct {
					Hash      common.Hash `json:"hash"`
					BlockHash common.Hash `json:"blockHash"`
				}
				if err := json.Unmarshal(raw, &got); err != nil || got.Hash != tx.Hash() || got.BlockHash != blk.Hash() {
					t.Fatalf("eth_getTransactionByBlockNumberAndIndex(%s, 0): %s (%v)", num, raw, err)
				}
			}
		})
	}
}

// TestSendRawTransactionSync: eth_sendRawTransactionSync returns the
// receipt in the same call, with the timeout given as nothing, a number or
// a quantity; a transfer behind a nonce gap is answered with EIP-7966's
// code 5 and its hash; a malformed transaction with eth_sendRawTransaction's
// error.
func TestSendRawTransactionSync(t *testing.T) {
	p := startPreconfNet(t, 200*time.Millisecond, nil)
	alice := devl1.DevKey(1)
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	p.fund(1, ether(1))
	bob := common.HexToAddress("0xb0b")
	for i, timeout := range []any{nil, 1500, "0x5dc"} {
		tx := signTransfer(t, alice, uint64(i), bob, big.NewInt(1))
		raw, _ := tx.MarshalBinary()
		args := []any{hexutil.Bytes(raw)}
		if timeout != nil {
			args = append(args, timeout)
		}
		var r map[string]any
		if err := p.ec.Client().CallContext(p.ctx, &r, "eth_sendRawTransactionSync", args...); err != nil {
			t.Fatalf("eth_sendRawTransactionSync %v: %v", timeout, err)
		}
		if r["transactionHash"] != tx.Hash().Hex() || r["status"] != "0x1" || r["from"] != strings.ToLower(aliceAddr.Hex()) || r["transactionIndex"] == nil {
			t.Fatalf("receipt %v", r)
		}
	}
	gapped := signTransfer(t, alice, 10, bob, big.NewInt(1))
	raw, _ := gapped.MarshalBinary()
	var r map[string]any
	err := p.ec.Client().CallContext(p.ctx, &r, "eth_sendRawTransactionSync", hexutil.Bytes(raw))
	var rerr rpc.Error
	var derr rpc.DataError
	if !errors.As(err, &rerr) || rerr.ErrorCode() != 5 || !errors.As(err, &derr) || derr.ErrorData() != gapped.Hash().Hex() {
		t.Fatalf("a transfer behind a nonce gap: %v, want code 5 with its hash", err)
	}
	low := signTransfer(t, alice, 0, bob, big.NewInt(1))
	raw, _ = low.MarshalBinary()
	if err := p.ec.Client().CallContext(p.ctx, &r, "eth_sendRawTransactionSync", hexutil.Bytes(raw)); err == nil || !strings.Contains(err.Error(), "nonce too low") {
		t.Fatalf("a used nonce: %v, want eth_sendRawTransaction's nonce too low", err)
	}
}

// TestThePreconfirmationStream: over WebSocket,
// eth_subscribe("preconfirmedTransactions") pushes each transfer as it is
// pre-confirmed (hash, sender, nonce, block and index, status), before its
// block is sealed; newHeads fires once the block is.
func TestThePreconfirmationStream(t *testing.T) {
	p := startPreconfNet(t, 300*time.Millisecond, nil)
	alice := devl1.DevKey(1)
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	p.fund(1, ether(1))
	ws, err := rpc.Dial("ws://" + p.seq.RPCAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	stream := make(chan map[string]any, 16)
	sub, err := ws.EthSubscribe(p.ctx, stream, "preconfirmedTransactions")
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	heads := make(chan map[string]any, 16)
	hsub, err := ws.EthSubscribe(p.ctx, heads, "newHeads")
	if err != nil {
		t.Fatal(err)
	}
	defer hsub.Unsubscribe()
	head := p.seq.Chain.Head().Number
	bob := common.HexToAddress("0xb0b")
	for i := range 3 {
		tx := signTransfer(t, alice, uint64(i), bob, big.NewInt(1))
		if err := p.ec.SendTransaction(p.ctx, tx); err != nil {
			t.Fatal(err)
		}
		select {
		case n := <-stream:
			if n["transactionHash"] != tx.Hash().Hex() || n["from"] != strings.ToLower(aliceAddr.Hex()) || n["nonce"] != hexutil.Uint64(i).String() ||
				n["blockNumber"] != hexutil.Uint64(head+1).String() || n["transactionIndex"] != hexutil.Uint64(i).String() || n["status"] != "0x1" {
				t.Fatalf("pushed %v for transfer %d", n, i)
			}
		case err := <-sub.Err():
			t.Fatal(err)
		case <-time.After(10 * time.Second):
			t.Fatal("no pre-confirmation pushed")
		}
	}
	for {
		select {
		case h := <-heads:
			if h["number"] == hexutil.Uint64(head+1).String() {
				blk, err := p.seq.Chain.BlockByNumber(head + 1)
				if err != nil || h["hash"] != blk.Hash().Hex() || len(blk.Txs) != 3 {
					t.Fatalf("newHeads pushed %v; block %d: %v", h, head+1, err)
				}
				return
			}
		case err := <-hsub.Err():
			t.Fatal(err)
		case <-time.After(30 * time.Second):
			t.Fatal("newHeads sent nothing once the block was sealed")
		}
	}
}
