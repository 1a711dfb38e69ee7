package wallet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/wire"
)

// fakeL2 serves the calls that name a block's withdrawals: one block (7)
// holding forced withdrawals from its queue items and withdrawal
// transactions between other kinds, as a node would answer them.
type fakeL2 struct {
	blocks   map[uint64]*l2Block
	receipts map[common.Hash]*types.Receipt
	queue    map[uint64]*wire.QueueItemStatus
	wds      map[[2]uint64]*wire.WithdrawalProof
	unsealed bool // the receipt's block is not served yet, once
}

type fakeEth struct{ f *fakeL2 }

func (e *fakeEth) GetTransactionReceipt(h common.Hash) (map[string]any, error) {
	r, ok := e.f.receipts[h]
	if !ok {
		return nil, nil
	}
	return map[string]any{
		"transactionHash": h, "blockNumber": hexutil.Uint64(r.BlockNumber.Uint64()), "transactionIndex": hexutil.Uint64(r.TransactionIndex),
		"blockHash": common.Hash{1}, "status": "0x1", "cumulativeGasUsed": "0x0", "gasUsed": "0x0", "logs": []any{},
		"logsBloom": types.Bloom{}, "type": "0x2", "effectiveGasPrice": "0x1",
	}, nil
}

func (e *fakeEth) GetBlockByNumber(n hexutil.Uint64, full bool) (*l2Block, error) {
	if e.f.unsealed && n == 7 {
		e.f.unsealed = false
		return nil, nil
	}
	return e.f.blocks[uint64(n)], nil
}

func (e *fakeEth) BlockNumber() hexutil.Uint64 { return 7 }

type fakeViaduct struct{ f *fakeL2 }

func (v *fakeViaduct) GetQueueItem(i hexutil.Uint64) (*wire.QueueItemStatus, error) {
	return v.f.queue[uint64(i)], nil
}

func (v *fakeViaduct) GetWithdrawal(n, i hexutil.Uint64) (*wire.WithdrawalProof, error) {
	w, ok := v.f.wds[[2]uint64{uint64(n), uint64(i)}]
	if !ok {
		return nil, fmt.Errorf("block %d has no withdrawal %d", n, i)
	}
	return w, nil
}

// fakeL1 answers what the state of a withdrawal reads: nothing is paid,
// batch 3 was submitted at L1 time 1,000, the window is 120 s, and L1's
// latest block is at 1,030.
type fakeL1 struct{ L1 }

func (fakeL1) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(50), Time: 1030}, nil
}

func (fakeL1) CallContract(_ context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	r := bindings.NewRollup()
	a := r.GetABI()
	switch string(msg.Data[:4]) {
	case string(a.Methods["isWithdrawalFinalized"].ID):
		return a.Methods["isWithdrawalFinalized"].Outputs.Pack(false)
	case string(a.Methods["getBatch"].ID):
		return a.Methods["getBatch"].Outputs.Pack(bindings.RollupBatch{SubmittedAt: 1000, LastBlock: 7, FirstBlock: 7})
	case string(a.Methods["challengeWindow"].ID):
		return a.Methods["challengeWindow"].Outputs.Pack(uint64(120))
	}
	return nil, errors.New("fake L1: no such call")
}

// TestWithdrawalIndexFromTheBlock: a withdrawal's index is its position
// among its block's withdrawals, forced ones (from queue items) first, then
// those of the transactions in order, so the index of a withdrawal sent as
// a plain transfer to the bridge, which logs nothing, is computed from the
// block: for each withdrawal transaction, from its hash alone; any other
// transaction is named as not a withdrawal. Withdrawals lists an account's
// (its transactions' and the forced ones paying it) with their state.
func TestWithdrawalIndexFromTheBlock(t *testing.T) {
	alice, bob := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")
	token := common.HexToAddress("0x70ce")
	erc20 := bindings.NewIERC20Metadata()
	bridge := core.BridgeAddress
	big1 := (*hexutil.Big)(big.NewInt(1e18))
	h := func(i byte) common.Hash { return common.Hash{0xaa, i} }
	txs := []l2Tx{
		{Hash: h(0), From: alice, To: &bob, Value: big1},                                                                           // ETH transfer
		{Hash: h(1), From: alice, To: &bridge, Value: big1},                                                                        // ETH withdrawal: index 1
		{Hash: h(2), From: bob, To: &token, Value: (*hexutil.Big)(new(big.Int)), Input: erc20.PackTransfer(alice, big.NewInt(5))},  // token transfer
		{Hash: h(3), From: bob, To: &token, Value: (*hexutil.Big)(new(big.Int)), Input: erc20.PackTransfer(bridge, big.NewInt(7))}, // token withdrawal: index 2
		{Hash: h(4), From: alice, To: &bridge, Value: (*hexutil.Big)(big.NewInt(3))},                                               // ETH withdrawal: index 3
	}
	f := &fakeL2{
		blocks: map[uint64]*l2Block{
			6: {Number: 6, QueueCursor: 5},
			7: {Number: 7, QueueCursor: 8, Transactions: txs},
		},
		receipts: map[common.Hash]*types.Receipt{},
		queue: map[uint64]*wire.QueueItemStatus{
			5: {Index: 5, Applied: true}, // a deposit
			6: {Index: 6, Applied: true, Withdrawal: ptr(hexutil.Uint64(0))},
			7: {Index: 7, Applied: true}, // a forced withdrawal that found nothing
		},
		wds:      map[[2]uint64]*wire.WithdrawalProof{},
		unsealed: true,
	}
	for i, tx := range txs {
		f.receipts[tx.Hash] = &types.Receipt{BlockNumber: big.NewInt(7), TransactionIndex: uint(i)}
	}
	batch := hexutil.Uint64(3)
	add := func(i uint64, to, tok common.Address, amount int64) {
		f.wds[[2]uint64{7, i}] = &wire.WithdrawalProof{Block: 7, Index: hexutil.Uint64(i), Recipient: to, Token: tok, Amount: (*hexutil.Big)(big.NewInt(amount)), Posted: true, Batch: &batch}
	}
	add(0, alice, token, 9) // the forced one, for alice
	add(1, alice, common.Address{}, 1e18)
	add(2, bob, token, 7)
	add(3, alice, common.Address{}, 3)
	f.wds[[2]uint64{7, 3}].Posted, f.wds[[2]uint64{7, 3}].Batch = false, nil // not in a batch yet

	srv := rpc.NewServer()
	defer srv.Stop()
	if err := srv.RegisterName("eth", &fakeEth{f}); err != nil {
		t.Fatal(err)
	}
	if err := srv.RegisterName("viaduct", &fakeViaduct{f}); err != nil {
		t.Fatal(err)
	}
	cl := rpc.DialInProc(srv)
	defer cl.Close()
	w := &Wallet{cfg: Config{L1: fakeL1{}, L2: cl, PollInterval: time.Millisecond}, l2: ethclient.NewClient(cl),
		rollupABI: bindings.NewRollup(), erc20: erc20}
	ctx := context.Background()

	for i, want := range map[int]uint32{1: 1, 3: 2, 4: 3} {
		info, err := w.WithdrawalOfTx(ctx, txs[i].Hash)
		if err != nil || info.Block != 7 || info.Index != want || info.Tx != txs[i].Hash {
			t.Fatalf("tx %d: %+v, %v; want withdrawal %d of block 7", i, info, err, want)
		}
		if want == 3 {
			if info.State != WithdrawalUnposted {
				t.Fatalf("tx %d: state %q, want unposted", i, info.State)
			}
			continue
		}
		if info.State != WithdrawalWaiting || info.Batch != 3 || info.FinalAt != 1120 || info.Left != 90*time.Second {
			t.Fatalf("tx %d: state %s batch %d final at %d, %s left; want waiting in batch 3 until 1120, 1m30s left", i, info.State, info.Batch, info.FinalAt, info.Left)
		}
	}
	for _, i := range []int{0, 2} {
		if _, err := w.WithdrawalOfTx(ctx, txs[i].Hash); !errors.Is(err, ErrNotAWithdrawal) {
			t.Fatalf("tx %d (not a withdrawal): %v, want ErrNotAWithdrawal", i, err)
		}
	}

	list, err := w.Withdrawals(ctx, alice, 7, 0) // the head is 7
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range list {
		got = append(got, fmt.Sprintf("%d/%d %s %s %s", x.Block, x.Index, x.Tx.TerminalString(), x.Amount, x.State))
	}
	want := []string{
		fmt.Sprintf("7/0 %s 9 waiting", common.Hash{}.TerminalString()),
		fmt.Sprintf("7/1 %s 1000000000000000000 waiting", h(1).TerminalString()),
		fmt.Sprintf("7/3 %s 3 unposted", h(4).TerminalString()),
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("alice's withdrawals:\n%q\nwant\n%q", got, want)
	}
}

func ptr[T any](v T) *T { return &v }
