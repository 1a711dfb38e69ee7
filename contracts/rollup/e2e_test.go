package rollup_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

var l2Config = core.DevConfig()

// l2Tx signs an L2 transaction (EIP-1559, the L2 chain id, the kind's gas)
// and converts it as the L2 RPC would.
func l2Tx(t testing.TB, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int, data []byte) *core.Tx {
	t.Helper()
	gas := core.TransferGas
	switch {
	case len(data) > 0 && common.BytesToAddress(data[16:36]) == core.BridgeAddress:
		gas = core.TokenWithdrawalGas
	case len(data) > 0:
		gas = core.TokenTransferGas
	case to == core.BridgeAddress:
		gas = core.WithdrawalGas
	}
	if value == nil {
		value = new(big.Int)
	}
	signed, err := types.SignNewTx(key, types.LatestSignerForChainID(l2Config.BigChainID()), &types.DynamicFeeTx{
		ChainID: l2Config.BigChainID(), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(2e9),
		Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	tx, err := core.FromTransaction(signed, l2Config)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func transferCall(to common.Address, amount *big.Int) []byte {
	data := make([]byte, 68)
	copy(data, core.TransferSelector[:])
	copy(data[16:36], to[:])
	amount.FillBytes(data[36:68])
	return data
}

// l2Node is the smallest node there is: it keeps the L2 state in memory and
// builds blocks with package core from the queue items the Rollup announced.
type l2Node struct {
	t      *testing.T
	db     *state.DB
	parent *core.Header
	queue  []core.QueueItem // every item announced so far, by index
}

func newL2Node(t *testing.T) *l2Node {
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pdb.Close() })
	db, err := state.New(pdb)
	if err != nil {
		t.Fatal(err)
	}
	return &l2Node{t: t, db: db, parent: core.Genesis()}
}

// observe records the queue items of an L1 receipt, in index order.
func (n *l2Node) observe(f *fixture, receipt *types.Receipt) {
	n.t.Helper()
	for _, l := range f.logsOf(receipt) {
		if l.Topics[0] != rollupABI.GetABI().Events["QueueItemAdded"].ID {
			continue
		}
		ev, err := f.r.UnpackQueueItemAddedEvent(l)
		if err != nil {
			n.t.Fatal(err)
		}
		index, q, err := rollup.QueueItem(ev)
		if err != nil {
			n.t.Fatal(err)
		}
		if index != uint64(len(n.queue)) {
			n.t.Fatalf("queue item %d announced after %d items", index, len(n.queue))
		}
		// The node checks what L1 stored, as a fraud proof will.
		if f.queueHash(index) != q.Hash() {
			n.t.Fatalf("queue item %d: stored hash differs from the event's item", index)
		}
		n.queue = append(n.queue, *q)
	}
}

// build executes the next block with the queue items up to `cursor` and
// txs, commits its state, and returns the block and its outcome.
func (n *l2Node) build(timestamp uint64, cursor uint64, txs ...*core.Tx) (rollup.Block, *core.Outcome) {
	n.t.Helper()
	txData := core.EncodeTxs(txs)
	o, err := core.Execute(l2Config, n.db, n.parent, timestamp, common.HexToAddress("0xfee"), n.queue[n.parent.QueueCursor:cursor], txData)
	if err != nil {
		n.t.Fatal(err)
	}
	p, err := n.db.Prepare(o.Diff)
	if err != nil {
		n.t.Fatal(err)
	}
	if err := n.db.Commit(p, nil, false); err != nil {
		n.t.Fatal(err)
	}
	h := o.Header(p.Root())
	n.parent = h
	return rollup.Block{Header: h, TxData: txData}, o
}

// TestDepositToWithdrawalEndToEnd runs the whole bridge once: L1 deposits of
// ETH and a token, an L2 block built by package core that applies them and
// withdraws by transaction, a forced withdrawal requested on L1 and applied
// by the next block, the batch posted, and every withdrawal paid on L1 after
// the challenge window with proofs from packages core and rollup.
func TestDepositToWithdrawalEndToEnd(t *testing.T) {
	f := newFixture(t)
	node := newL2Node(t)
	alice := f.alice // the same key on L1 and L2
	token := f.deployToken(&testbindings.TestTokenMetaData, nil, alice, big.NewInt(1000))

	receipt, err := f.depositETH(alice, alice.Address, ether)
	if err != nil {
		t.Fatal(err)
	}
	node.observe(f, receipt)
	receipt, err = f.depositToken(alice, token, alice.Address, big.NewInt(1000))
	if err != nil {
		t.Fatal(err)
	}
	node.observe(f, receipt)

	// Block 1: both deposits, then alice withdraws 0.1 ETH and 300 tokens
	// and pays bob 0.2 ETH.
	tenth := new(big.Int).Div(ether, big.NewInt(10))
	now := f.chain.Now()
	b1, o1 := node.build(now, 2,
		l2Tx(t, alice.Key, 0, core.BridgeAddress, tenth, nil),
		l2Tx(t, alice.Key, 1, token, nil, transferCall(core.BridgeAddress, big.NewInt(300))),
		l2Tx(t, alice.Key, 2, f.bob.Address, new(big.Int).Mul(tenth, big.NewInt(2)), nil),
	)
	// Alice asks on L1 for 200 tokens to carol, and more ETH than she has
	// left to herself: the L2 takes what there is.
	receipt = f.mustSend(alice, f.r.PackRequestWithdrawal(f.carol.Address, token, big.NewInt(200)), nil)
	node.observe(f, receipt)
	receipt = f.mustSend(alice, f.r.PackRequestWithdrawal(alice.Address, common.Address{}, ether), nil)
	node.observe(f, receipt)
	b2, o2 := node.build(now, 4)
	if len(o1.Withdrawals) != 2 || len(o2.Withdrawals) != 2 {
		t.Fatalf("blocks made %d and %d withdrawals, want 2 and 2", len(o1.Withdrawals), len(o2.Withdrawals))
	}
	aliceLeft := o2.Withdrawals[1].Amount.ToBig() // what alice had left on L2, all of it

	p := &posted{index: 0, headers: []*core.Header{b1.Header, b2.Header}, withdrawals: [][]core.Withdrawal{o1.Withdrawals, o2.Withdrawals}}
	p.receipt = f.mustSubmit(f.seq, []rollup.Block{b1, b2})
	f.pastWindow(p)

	ethBefore := f.chain.Balance(alice.Address)
	for b := range p.withdrawals {
		for w := range p.withdrawals[b] {
			if _, err := f.finalize(f.carol, p, b, w); err != nil {
				t.Fatalf("block %d withdrawal %d: %v", b+1, w, err)
			}
		}
	}
	wantETH := new(big.Int).Add(tenth, aliceLeft)
	if got := new(big.Int).Sub(f.chain.Balance(alice.Address), ethBefore); got.Cmp(wantETH) != 0 {
		t.Fatalf("alice got %s wei on L1, want %s", got, wantETH)
	}
	if got := f.tokenBalance(token, alice.Address); got.Int64() != 300 {
		t.Fatalf("alice holds %s tokens on L1, want 300", got)
	}
	if got := f.tokenBalance(token, f.carol.Address); got.Int64() != 200 {
		t.Fatalf("carol holds %s tokens on L1, want 200", got)
	}
	// What remains in the bridge is what remains on L2: bob's 0.2 ETH, the
	// fees, and alice's 500 tokens; plus the bond.
	l2ETH := new(big.Int)
	for _, a := range []common.Address{alice.Address, f.bob.Address, common.HexToAddress("0xfee")} {
		acct, err := node.db.Account(a)
		if err != nil {
			t.Fatal(err)
		}
		l2ETH.Add(l2ETH, acct.Balance.ToBig())
	}
	if got, want := f.chain.Balance(f.addr), new(big.Int).Add(l2ETH, bondAmount); got.Cmp(want) != 0 {
		t.Fatalf("bridge holds %s wei, L2 balances + bond = %s", got, want)
	}
	bal, err := node.db.TokenBalance(alice.Address, token)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.tokenBalance(token, f.addr); got.Cmp(bal.ToBig()) != 0 || !bal.Eq(uint256.NewInt(500)) {
		t.Fatalf("bridge holds %s tokens, alice has %s on L2, want 500 both", got, &bal)
	}
}
