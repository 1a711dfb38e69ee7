package core

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/merkle"
	"github.com/viaduct-l2/viaduct/state"
)

func newBuilder(t *testing.T, pre state.Reader) *Builder {
	t.Helper()
	b, err := NewBuilder(testCfg, pre, genesis, 10, feeTo)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func finish(t *testing.T, b *Builder) *Outcome {
	t.Helper()
	o, err := b.Finish()
	if err != nil {
		t.Fatalf("finish: %v", err)
	}
	return o
}

func acct(t *testing.T, r state.Reader, a common.Address) state.Account {
	t.Helper()
	x, err := r.Account(a)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func tok(t *testing.T, r state.Reader, owner common.Address) *big.Int {
	t.Helper()
	x, err := r.TokenBalance(owner, tokenA)
	if err != nil {
		t.Fatal(err)
	}
	return x.ToBig()
}

func fee(tx *Tx) *big.Int { return tx.Fee(&testCfg.BaseFee).ToBig() }

func TestEthTransferMovesValueAndPaysFeeOncePerBlock(t *testing.T) {
	pre := fundedState()
	b := newBuilder(t, pre)
	tx1 := mustTx(t, testKeys[0], txSpec{nonce: 0, to: testAddrs[1], value: ether(1)})
	tx2 := mustTx(t, testKeys[0], txSpec{nonce: 1, to: testAddrs[2], value: ether(2), tip: big.NewInt(5)})
	for _, tx := range []*Tx{tx1, tx2} {
		if err := b.ApplyTx(tx); err != nil {
			t.Fatal(err)
		}
	}
	o := finish(t, b)
	post := state.NewMemState()
	post.Apply(&state.Diff{Accounts: pre.Accounts, Tokens: pre.Tokens})
	post.Apply(o.Diff)

	fees := new(big.Int).Add(fee(tx1), fee(tx2))
	want := new(big.Int).Sub(ether(10), ether(3))
	want.Sub(want, fees)
	if a := acct(t, post, testAddrs[0]); a.Balance.ToBig().Cmp(want) != 0 || a.Nonce != 2 {
		t.Fatalf("sender: nonce %d balance %s, want 2 and %s", a.Nonce, a.Balance.Dec(), want)
	}
	if a := acct(t, post, testAddrs[1]); a.Balance.ToBig().Cmp(ether(11)) != 0 {
		t.Fatalf("recipient balance %s", a.Balance.Dec())
	}
	if a := acct(t, post, feeTo); a.Balance.ToBig().Cmp(fees) != 0 {
		t.Fatalf("fee recipient has %s, want %s", a.Balance.Dec(), fees)
	}
	if o.Fees.ToBig().Cmp(fees) != 0 {
		t.Fatalf("outcome fees %s", o.Fees.Dec())
	}
	// base fee 0.1 gwei + tip 1000 wei, 21,000 gas
	if want := new(big.Int).Mul(big.NewInt(100_001_000), big.NewInt(21_000)); fee(tx1).Cmp(want) != 0 {
		t.Fatalf("fee %s, want %s", fee(tx1), want)
	}
	if o.Receipts[1].GasUsed != TransferGas || o.Receipts[1].Sender != testAddrs[0] {
		t.Fatalf("receipt %+v", o.Receipts[1])
	}
}

func TestTokenTransferMovesTokensAndChargesEthFee(t *testing.T) {
	pre := fundedState()
	b := newBuilder(t, pre)
	tx := mustTx(t, testKeys[0], txSpec{to: tokenA, data: transferData(testAddrs[1], ether(7))})
	if err := b.ApplyTx(tx); err != nil {
		t.Fatal(err)
	}
	st := b.State()
	if got := tok(t, st, testAddrs[0]); got.Cmp(ether(993)) != 0 {
		t.Fatalf("sender tokens %s", got)
	}
	if got := tok(t, st, testAddrs[1]); got.Cmp(ether(1007)) != 0 {
		t.Fatalf("recipient tokens %s", got)
	}
	want := new(big.Int).Sub(ether(10), fee(tx))
	if a := acct(t, st, testAddrs[0]); a.Balance.ToBig().Cmp(want) != 0 || a.Nonce != 1 {
		t.Fatalf("sender account %d %s", a.Nonce, a.Balance.Dec())
	}
	if fee(tx).Cmp(new(big.Int).Mul(big.NewInt(100_001_000), big.NewInt(int64(TokenTransferGas)))) != 0 {
		t.Fatalf("token transfer fee %s", fee(tx))
	}
}

func TestWithdrawalsBecomeLeavesInOrder(t *testing.T) {
	pre := fundedState()
	b := newBuilder(t, pre)
	q := QueueItem{Kind: QueueForcedWithdrawal, From: testAddrs[3], To: testAddrs[3], Token: tokenA, Amount: u256(ether(5))}
	if err := b.ApplyQueueItem(&q); err != nil {
		t.Fatal(err)
	}
	ethW := mustTx(t, testKeys[0], txSpec{to: BridgeAddress, value: ether(1)})
	tokW := mustTx(t, testKeys[1], txSpec{to: tokenA, data: transferData(BridgeAddress, ether(2))})
	for _, tx := range []*Tx{ethW, tokW} {
		if err := b.ApplyTx(tx); err != nil {
			t.Fatal(err)
		}
	}
	o := finish(t, b)
	want := []Withdrawal{
		{Block: 1, Index: 0, Recipient: testAddrs[3], Token: tokenA, Amount: u256(ether(5))},
		{Block: 1, Index: 1, Recipient: testAddrs[0], Amount: u256(ether(1))},
		{Block: 1, Index: 2, Recipient: testAddrs[1], Token: tokenA, Amount: u256(ether(2))},
	}
	if len(o.Withdrawals) != len(want) {
		t.Fatalf("%d withdrawals, want %d", len(o.Withdrawals), len(want))
	}
	for i := range want {
		if o.Withdrawals[i].Leaf() != want[i].Leaf() {
			t.Fatalf("withdrawal %d = %+v, want %+v", i, o.Withdrawals[i], want[i])
		}
	}
	if o.Receipts[0].Withdrawal != 1 || o.Receipts[1].Withdrawal != 2 {
		t.Fatalf("receipts point at withdrawals %d, %d", o.Receipts[0].Withdrawal, o.Receipts[1].Withdrawal)
	}
	if got := tok(t, b.State(), testAddrs[1]); got.Cmp(ether(998)) != 0 {
		t.Fatalf("token withdrawal left %s", got)
	}
	root := o.Header(common.Hash{}).WithdrawalsRoot
	for i := range o.Withdrawals {
		if !verifyWithdrawal(root, &o.Withdrawals[i], WithdrawalProof(o.Withdrawals, i)) {
			t.Fatalf("withdrawal %d does not prove", i)
		}
	}
}

func verifyWithdrawal(root common.Hash, w *Withdrawal, proof []common.Hash) bool {
	return merkle.Verify(root, w.Leaf(), proof)
}

func TestStatefulRulesRejectWithGethWording(t *testing.T) {
	poor := makeKeys(9)[8] // an address with nothing
	cases := []struct {
		name  string
		setup []*Tx // applied first, must succeed
		tx    *Tx
		want  error
	}{
		{"nonce too low", []*Tx{mustTx(t, testKeys[0], txSpec{nonce: 0, to: testAddrs[1]})}, mustTx(t, testKeys[0], txSpec{nonce: 0, to: testAddrs[2]}), ErrNonceTooLow},
		{"duplicate tx", []*Tx{mustTx(t, testKeys[0], txSpec{nonce: 0, to: testAddrs[1]})}, mustTx(t, testKeys[0], txSpec{nonce: 0, to: testAddrs[1]}), ErrNonceTooLow},
		{"nonce gap", nil, mustTx(t, testKeys[0], txSpec{nonce: 1, to: testAddrs[1]}), ErrNonceTooHigh},
		{"no funds for gas", nil, mustTx(t, poor, txSpec{to: testAddrs[1]}), ErrInsufficientFunds},
		{"value above balance", nil, mustTx(t, testKeys[0], txSpec{to: testAddrs[1], value: ether(10)}), ErrInsufficientFunds},
		{"gas limit at fee cap above balance", nil, mustTx(t, testKeys[0], txSpec{to: testAddrs[1], gas: 10_000_000, cap: ether(1)}), ErrInsufficientFunds},
		{"withdrawal above balance", nil, mustTx(t, testKeys[0], txSpec{to: BridgeAddress, value: ether(11)}), ErrInsufficientFunds},
		{"token above balance", nil, mustTx(t, testKeys[0], txSpec{to: tokenA, data: transferData(testAddrs[1], ether(1001))}), ErrTokenBalanceTooLow},
		{"token not bridged", nil, mustTx(t, testKeys[0], txSpec{to: common.HexToAddress("0x1234"), data: transferData(testAddrs[1], big.NewInt(1))}), ErrTokenBalanceTooLow},
		{"token withdrawal above balance", nil, mustTx(t, testKeys[0], txSpec{to: tokenA, data: transferData(BridgeAddress, ether(1001))}), ErrTokenBalanceTooLow},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := newBuilder(t, fundedState())
			for _, tx := range c.setup {
				if err := b.ApplyTx(tx); err != nil {
					t.Fatalf("setup: %v", err)
				}
			}
			before := b.State().(*state.Overlay).Diff()
			err := b.ApplyTx(c.tx)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			after := b.State().(*state.Overlay).Diff()
			if len(after.Accounts) != len(before.Accounts) || len(after.Tokens) != len(before.Tokens) || b.TxCount() != len(c.setup) {
				t.Fatalf("a rejected tx changed the block")
			}
		})
	}
}

func TestExactBalanceIsEnough(t *testing.T) {
	tx := mustTx(t, testKeys[0], txSpec{to: testAddrs[1], value: ether(1)})
	need := new(big.Int).Mul(big.NewInt(21_000), gwei) // gas × fee cap
	need.Add(need, ether(1))
	pre := state.NewMemState()
	pre.Accounts[testAddrs[0]] = state.Account{Balance: u256(need)}
	if err := newBuilder(t, pre).ApplyTx(tx); err != nil {
		t.Fatalf("exact balance rejected: %v", err)
	}
	pre.Accounts[testAddrs[0]] = state.Account{Balance: u256(new(big.Int).Sub(need, big.NewInt(1)))}
	if err := newBuilder(t, pre).ApplyTx(tx); !errors.Is(err, ErrInsufficientFunds) {
		t.Fatalf("one wei short: %v", err)
	}
}

func TestSelfTransfersPayOnlyTheFee(t *testing.T) {
	b := newBuilder(t, fundedState())
	eth := mustTx(t, testKeys[0], txSpec{nonce: 0, to: testAddrs[0], value: ether(3)})
	erc := mustTx(t, testKeys[0], txSpec{nonce: 1, to: tokenA, data: transferData(testAddrs[0], ether(3))})
	for _, tx := range []*Tx{eth, erc} {
		if err := b.ApplyTx(tx); err != nil {
			t.Fatal(err)
		}
	}
	want := new(big.Int).Sub(ether(10), new(big.Int).Add(fee(eth), fee(erc)))
	if a := acct(t, b.State(), testAddrs[0]); a.Balance.ToBig().Cmp(want) != 0 || a.Nonce != 2 {
		t.Fatalf("self transfer left nonce %d balance %s, want %s", a.Nonce, a.Balance.Dec(), want)
	}
	if got := tok(t, b.State(), testAddrs[0]); got.Cmp(ether(1000)) != 0 {
		t.Fatalf("token self transfer changed the balance to %s", got)
	}
}

func TestFeeRecipientThatSendsGetsFeesOnlyAtTheEnd(t *testing.T) {
	pre := fundedState()
	b, err := NewBuilder(testCfg, pre, genesis, 10, testAddrs[0]) // the sender is the fee recipient
	if err != nil {
		t.Fatal(err)
	}
	// Spend everything but the max gas cost: the fees of this block are not
	// spendable inside it.
	gasCost := new(big.Int).Mul(big.NewInt(21_000), gwei)
	tx1 := mustTx(t, testKeys[0], txSpec{nonce: 0, to: testAddrs[1], value: new(big.Int).Sub(ether(10), gasCost)})
	if err := b.ApplyTx(tx1); err != nil {
		t.Fatal(err)
	}
	other := mustTx(t, testKeys[1], txSpec{to: testAddrs[2], value: big.NewInt(1)})
	if err := b.ApplyTx(other); err != nil {
		t.Fatal(err)
	}
	tx2 := mustTx(t, testKeys[0], txSpec{nonce: 1, to: testAddrs[1], value: big.NewInt(1)})
	if err := b.ApplyTx(tx2); !errors.Is(err, ErrInsufficientFunds) {
		t.Fatalf("fee recipient spent this block's fees: %v", err)
	}
	o, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	post := state.NewMemState()
	post.Apply(&state.Diff{Accounts: pre.Accounts, Tokens: pre.Tokens})
	post.Apply(o.Diff)
	// 10 ETH - value - own fee + both fees = gasCost - fee1 + fee1 + fee2
	want := new(big.Int).Sub(gasCost, fee(tx1))
	want.Add(want, fee(tx1))
	want.Add(want, fee(other))
	if a := acct(t, post, testAddrs[0]); a.Balance.ToBig().Cmp(want) != 0 {
		t.Fatalf("fee recipient ends with %s, want %s", a.Balance.Dec(), want)
	}
}

func TestSameSenderFillsABlock(t *testing.T) {
	b := newBuilder(t, fundedState())
	for i := 0; i < MaxTxsPerBlock; i++ {
		tx := mustTx(t, testKeys[0], txSpec{nonce: uint64(i), to: testAddrs[1+i%7], value: big.NewInt(int64(i + 1))})
		if err := b.ApplyTx(tx); err != nil {
			t.Fatalf("tx %d: %v", i, err)
		}
	}
	if a := acct(t, b.State(), testAddrs[0]); a.Nonce != MaxTxsPerBlock {
		t.Fatalf("nonce %d", a.Nonce)
	}
	extra := mustTx(t, testKeys[1], txSpec{to: testAddrs[2]})
	if err := b.ApplyTx(extra); !errors.Is(err, ErrTooManyTxs) {
		t.Fatalf("tx %d: %v, want too many", MaxTxsPerBlock+1, err)
	}
}

func TestBalanceOverflowIsRejected(t *testing.T) {
	max := new(uint256.Int).SetAllOne()
	pre := fundedState()
	pre.Accounts[testAddrs[1]] = state.Account{Balance: *max}
	pre.Tokens[state.TokenID{Owner: testAddrs[1], Token: tokenA}] = *max
	b := newBuilder(t, pre)
	if err := b.ApplyTx(mustTx(t, testKeys[0], txSpec{to: testAddrs[1], value: big.NewInt(1)})); !errors.Is(err, ErrBalanceOverflow) {
		t.Fatalf("ETH overflow: %v", err)
	}
	if err := b.ApplyTx(mustTx(t, testKeys[0], txSpec{to: tokenA, data: transferData(testAddrs[1], big.NewInt(1))})); !errors.Is(err, ErrBalanceOverflow) {
		t.Fatalf("token overflow: %v", err)
	}
	// A zero-value transfer to a full account is fine: nothing is credited.
	if err := b.ApplyTx(mustTx(t, testKeys[0], txSpec{to: testAddrs[1]})); err != nil {
		t.Fatalf("zero-value transfer to a full account: %v", err)
	}
	// The full account can still send.
	if err := b.ApplyTx(mustTx(t, testKeys[1], txSpec{to: testAddrs[2], value: ether(1)})); err != nil {
		t.Fatalf("spending from a full account: %v", err)
	}
}

func TestDepositsSaturateAndFeeCreditOverflowFailsTheBlock(t *testing.T) {
	max := new(uint256.Int).SetAllOne()
	pre := fundedState()
	pre.Accounts[testAddrs[1]] = state.Account{Balance: *max}
	b := newBuilder(t, pre)
	if err := b.ApplyQueueItem(&QueueItem{Kind: QueueDepositETH, To: testAddrs[1], Amount: u256(ether(1))}); err != nil {
		t.Fatal(err)
	}
	if a := acct(t, b.State(), testAddrs[1]); !a.Balance.Eq(max) {
		t.Fatalf("deposit did not saturate: %s", a.Balance.Dec())
	}
	fb, _ := NewBuilder(testCfg, pre, genesis, 10, testAddrs[1])
	if err := fb.ApplyTx(mustTx(t, testKeys[0], txSpec{to: testAddrs[2]})); err != nil {
		t.Fatal(err)
	}
	if _, err := fb.Finish(); !errors.Is(err, ErrFeeCreditOverflow) {
		t.Fatalf("fee credit overflow: %v", err)
	}
}

func TestQueueItems(t *testing.T) {
	pre := fundedState()
	newcomer := common.HexToAddress("0x00000000000000000000000000000000000000BE")
	b := newBuilder(t, pre)
	items := []QueueItem{
		{Kind: QueueDepositETH, From: testAddrs[0], To: newcomer, Amount: u256(ether(2))},
		{Kind: QueueDepositToken, From: testAddrs[0], To: newcomer, Token: tokenA, Amount: u256(ether(3))},
		// More than the balance: withdraws what there is.
		{Kind: QueueForcedWithdrawal, From: newcomer, To: testAddrs[5], Amount: u256(ether(100))},
		// Nothing left: no withdrawal, no failure.
		{Kind: QueueForcedWithdrawal, From: newcomer, To: testAddrs[5], Amount: u256(ether(1))},
		{Kind: QueueForcedWithdrawal, From: newcomer, To: newcomer, Token: tokenA, Amount: u256(ether(1))},
	}
	for i := range items {
		if err := b.ApplyQueueItem(&items[i]); err != nil {
			t.Fatalf("item %d: %v", i, err)
		}
	}
	st := b.State()
	if a := acct(t, st, newcomer); !a.Balance.IsZero() {
		t.Fatalf("forced withdrawal left %s", a.Balance.Dec())
	}
	if got := tok(t, st, newcomer); got.Cmp(ether(2)) != 0 {
		t.Fatalf("token forced withdrawal left %s", got)
	}
	if err := b.ApplyTx(mustTx(t, testKeys[0], txSpec{to: testAddrs[1]})); err != nil {
		t.Fatal(err)
	}
	if err := b.ApplyQueueItem(&items[0]); !errors.Is(err, ErrQueueAfterTxs) {
		t.Fatalf("queue item after a tx: %v", err)
	}
	o := finish(t, b)
	if o.QueueCursor != 5 || o.QueueItems != 5 {
		t.Fatalf("queue cursor %d items %d", o.QueueCursor, o.QueueItems)
	}
	if len(o.Withdrawals) != 2 || o.Withdrawals[0].Amount.ToBig().Cmp(ether(2)) != 0 || o.Withdrawals[0].Recipient != testAddrs[5] {
		t.Fatalf("withdrawals %+v", o.Withdrawals)
	}

	full := newBuilder(t, pre)
	for i := 0; i < MaxQueueItemsPerBlock; i++ {
		if err := full.ApplyQueueItem(&items[0]); err != nil {
			t.Fatal(err)
		}
	}
	if err := full.ApplyQueueItem(&items[0]); !errors.Is(err, ErrTooManyQueueItems) {
		t.Fatalf("queue item %d: %v", MaxQueueItemsPerBlock+1, err)
	}
	bad := []QueueItem{
		{Kind: 9, To: newcomer},
		{Kind: QueueDepositETH, To: newcomer, Token: tokenA},
		{Kind: QueueDepositToken, To: newcomer},
	}
	for _, q := range bad {
		if err := newBuilder(t, pre).ApplyQueueItem(&q); !errors.Is(err, ErrMalformedQueueItem) {
			t.Fatalf("malformed item %+v: %v", q, err)
		}
	}
}

func TestTimestampBeforeParentIsRejected(t *testing.T) {
	parent := &Header{Number: 5, Timestamp: 100}
	if _, err := NewBuilder(testCfg, fundedState(), parent, 99, feeTo); !errors.Is(err, ErrTimestampTooLow) {
		t.Fatalf("err = %v", err)
	}
	if _, err := NewBuilder(testCfg, fundedState(), parent, 100, feeTo); err != nil {
		t.Fatalf("equal timestamp: %v", err)
	}
}

// TestExecuteNamesTheBadTx: a verifier executing posted tx data finds the
// invalid transaction and the rule it breaks.
func TestExecuteNamesTheBadTx(t *testing.T) {
	good := mustTx(t, testKeys[0], txSpec{nonce: 0, to: testAddrs[1], value: big.NewInt(1)})
	replay := mustTx(t, testKeys[0], txSpec{nonce: 0, to: testAddrs[1], value: big.NewInt(1)})
	data := EncodeTxs([]*Tx{good, replay})
	_, err := Execute(testCfg, fundedState(), genesis, 10, feeTo, nil, data)
	var te *TxError
	if !errors.As(err, &te) || te.Index != 1 || !errors.Is(err, ErrNonceTooLow) {
		t.Fatalf("err = %v, want tx 1 nonce too low", err)
	}
	// A tx signed for another chain recovers to some other address, which
	// cannot pay: the block is invalid.
	foreign := signTx(t, testKeys[0], txSpec{chainID: 1, to: testAddrs[1], value: big.NewInt(1)})
	ft := &Tx{Nonce: foreign.Nonce(), Gas: foreign.Gas(), To: *foreign.To()}
	ft.GasTipCap.SetFromBig(foreign.GasTipCap())
	ft.GasFeeCap.SetFromBig(foreign.GasFeeCap())
	ft.Value.SetFromBig(foreign.Value())
	v, r, s := foreign.RawSignatureValues()
	ft.YParity = uint8(v.Uint64())
	ft.R.SetFromBig(r)
	ft.S.SetFromBig(s)
	_, err = Execute(testCfg, fundedState(), genesis, 10, feeTo, nil, EncodeTxs([]*Tx{ft}))
	if !errors.As(err, &te) || te.Index != 0 {
		t.Fatalf("tx signed for chain 1 accepted: %v", err)
	}
	if sender, _ := ft.Sender(testCfg.ChainID); sender == testAddrs[0] {
		t.Fatalf("a signature for chain 1 recovered to the signer on chain %d", testCfg.ChainID)
	}
}

// TestExecuteReproducesTheBuilder: the verifier's path (decode tx data, then
// execute) and the sequencer's path (build tx by tx) agree on everything, and
// CheckHeader catches each tampered field.
func TestExecuteReproducesTheBuilder(t *testing.T) {
	db := newStateDB(t, fundedState())
	b, _ := NewBuilder(testCfg, db, genesis, 10, feeTo)
	q := QueueItem{Kind: QueueDepositETH, From: testAddrs[0], To: testAddrs[6], Amount: u256(ether(1))}
	if err := b.ApplyQueueItem(&q); err != nil {
		t.Fatal(err)
	}
	for i, s := range []txSpec{
		{to: testAddrs[1], value: ether(1)},
		{nonce: 1, to: tokenA, data: transferData(testAddrs[2], ether(5))},
		{nonce: 2, to: BridgeAddress, value: ether(1)},
		{nonce: 3, legacy: true, to: testAddrs[3], value: big.NewInt(7), gas: 30_000},
	} {
		if err := b.ApplyTx(mustTx(t, testKeys[0], s)); err != nil {
			t.Fatalf("tx %d: %v", i, err)
		}
	}
	built, _ := b.Finish()
	p, err := db.Prepare(built.Diff)
	if err != nil {
		t.Fatal(err)
	}
	header := built.Header(p.Root())

	o, err := Execute(testCfg, db, genesis, header.Timestamp, header.FeeRecipient, []QueueItem{q}, built.TxData)
	if err != nil {
		t.Fatalf("execute: %v", err)
	}
	p2, _ := db.Prepare(o.Diff)
	if err := CheckHeader(header, o, p2.Root()); err != nil {
		t.Fatalf("honest header rejected: %v", err)
	}
	tamper := map[string]struct {
		f    func(h *Header)
		want error
	}{
		"state root":       {func(h *Header) { h.StateRoot[0] ^= 1 }, ErrBadStateRoot},
		"withdrawals root": {func(h *Header) { h.WithdrawalsRoot[0] ^= 1 }, ErrBadWithdrawalsRoot},
		"tx data hash":     {func(h *Header) { h.TxDataHash[0] ^= 1 }, ErrBadTxDataHash},
		"queue cursor":     {func(h *Header) { h.QueueCursor++ }, ErrBadQueueCursor},
		"fee recipient":    {func(h *Header) { h.FeeRecipient[0] ^= 1 }, ErrBadFeeRecipient},
		"parent hash":      {func(h *Header) { h.ParentHash[0] ^= 1 }, ErrBadParentHash},
		"number":           {func(h *Header) { h.Number++ }, ErrBadNumber},
	}
	for name, c := range tamper {
		h := *header
		c.f(&h)
		if err := CheckHeader(&h, o, p2.Root()); !errors.Is(err, c.want) {
			t.Errorf("%s tampered: %v, want %v", name, err, c.want)
		}
	}
}

// TestConservationUnderRandomBlocks is the property test of the transition:
// with random transactions (many of them invalid) and queue items, ETH and
// tokens are conserved (what left went to withdrawals, fees went to the fee
// recipient), every included sender's nonce rises by its included count, and
// re-executing the built tx data yields the same diff.
func TestConservationUnderRandomBlocks(t *testing.T) {
	r := rand.New(rand.NewPCG(42, 7))
	pre := fundedState()
	for round := 0; round < 30; round++ {
		b, _ := NewBuilder(testCfg, pre, genesis, 10, testAddrs[r.IntN(len(testAddrs))])
		var deposited, depositedTok big.Int
		var queue []QueueItem
		for i := r.IntN(4); i > 0; i-- {
			amt := big.NewInt(r.Int64N(1e18))
			q := QueueItem{Kind: QueueDepositETH, To: testAddrs[r.IntN(8)], Amount: u256(amt)}
			if r.IntN(2) == 0 {
				q = QueueItem{Kind: QueueDepositToken, To: testAddrs[r.IntN(8)], Token: tokenA, Amount: u256(amt)}
				depositedTok.Add(&depositedTok, amt)
			} else {
				deposited.Add(&deposited, amt)
			}
			if err := b.ApplyQueueItem(&q); err != nil {
				t.Fatal(err)
			}
			queue = append(queue, q)
		}
		nonces := map[common.Address]uint64{}
		for _, a := range testAddrs {
			nonces[a] = pre.Accounts[a].Nonce
		}
		included := map[common.Address]uint64{}
		for i := 0; i < 40; i++ {
			k := r.IntN(len(testKeys))
			s := txSpec{nonce: nonces[testAddrs[k]] + uint64(r.IntN(5)/4), to: testAddrs[r.IntN(8)], value: big.NewInt(r.Int64N(3e18))}
			switch r.IntN(4) {
			case 1:
				s.to, s.value, s.data = tokenA, nil, transferData(testAddrs[r.IntN(8)], new(big.Int).Mul(big.NewInt(1+r.Int64N(300)), oneEther))
			case 2:
				s.to = BridgeAddress
				s.value.Add(s.value, big.NewInt(1))
			}
			if err := b.ApplyTx(mustTx(t, testKeys[k], s)); err == nil {
				nonces[testAddrs[k]]++
				included[testAddrs[k]]++
			}
		}
		o, err := b.Finish()
		if err != nil {
			t.Fatal(err)
		}
		post := state.NewMemState()
		post.Apply(&state.Diff{Accounts: pre.Accounts, Tokens: pre.Tokens})
		post.Apply(o.Diff)
		sum := func(s *state.MemState) (eth, tk big.Int) {
			for _, a := range s.Accounts {
				eth.Add(&eth, a.Balance.ToBig())
			}
			for _, v := range s.Tokens {
				tk.Add(&tk, v.ToBig())
			}
			return
		}
		e0, t0 := sum(pre)
		e1, t1 := sum(post)
		var wEth, wTok big.Int
		for _, w := range o.Withdrawals {
			if w.Token == (common.Address{}) {
				wEth.Add(&wEth, w.Amount.ToBig())
			} else {
				wTok.Add(&wTok, w.Amount.ToBig())
			}
		}
		e0.Add(&e0, &deposited)
		e1.Add(&e1, &wEth)
		t0.Add(&t0, &depositedTok)
		t1.Add(&t1, &wTok)
		if e0.Cmp(&e1) != 0 || t0.Cmp(&t1) != 0 {
			t.Fatalf("round %d: ETH %s → %s, tokens %s → %s", round, &e0, &e1, &t0, &t1)
		}
		for _, a := range testAddrs {
			if got := post.Accounts[a].Nonce; got != pre.Accounts[a].Nonce+included[a] {
				t.Fatalf("round %d: nonce of %s is %d, want %d", round, a, got, pre.Accounts[a].Nonce+included[a])
			}
		}
		o2, err := Execute(testCfg, pre, genesis, 10, o.FeeRecipient, queue, o.TxData)
		if err != nil {
			t.Fatalf("round %d: re-execution failed: %v", round, err)
		}
		if !reflect.DeepEqual(o2.Diff, o.Diff) || o2.Fees.Cmp(&o.Fees) != 0 || WithdrawalsRoot(o2.Withdrawals) != WithdrawalsRoot(o.Withdrawals) {
			t.Fatalf("round %d: re-execution differs", round)
		}
		pre = post
	}
}
