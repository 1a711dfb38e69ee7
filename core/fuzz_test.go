package core

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/state"
)

// seedTxs returns a few valid transactions of every kind, for fuzz seeds.
func seedTxs(t testing.TB) []*Tx {
	return []*Tx{
		mustTx(t, testKeys[0], txSpec{to: testAddrs[1], value: ether(1)}),
		mustTx(t, testKeys[1], txSpec{legacy: true, nonce: 7, to: testAddrs[2], value: big.NewInt(5)}),
		mustTx(t, testKeys[2], txSpec{to: tokenA, data: transferData(testAddrs[3], ether(2))}),
		mustTx(t, testKeys[3], txSpec{to: BridgeAddress, value: big.NewInt(1)}),
		mustTx(t, testKeys[0], txSpec{nonce: 1, gas: 30_000, to: testAddrs[4], value: big.NewInt(9)}),
	}
}

// FuzzDecodeTxs: the tx data decoder never panics, accepts only the
// canonical encoding (what it decodes re-encodes to the same bytes), and a
// decoded transaction that passes validation survives the trip through the
// wallet envelope.
func FuzzDecodeTxs(f *testing.F) {
	txs := seedTxs(f)
	f.Add([]byte{})
	f.Add(EncodeTxs(txs))
	for _, tx := range txs {
		f.Add(AppendTx(nil, tx))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		txs, err := DecodeTxs(data)
		if err != nil {
			if !errors.Is(err, ErrMalformedTxData) && !errors.Is(err, ErrTooManyTxs) && !errors.Is(err, ErrTxDataTooLarge) {
				t.Fatalf("decode error outside the spec's: %v", err)
			}
			return
		}
		if got := EncodeTxs(txs); !bytes.Equal(got, data) {
			t.Fatalf("decoded tx data re-encodes as %x, input %x", got, data)
		}
		for i, tx := range txs {
			if tx.Validate(testCfg) != nil {
				continue
			}
			env := tx.Transaction(testCfg.ChainID)
			back, err := FromTransaction(env, testCfg)
			if err != nil {
				t.Fatalf("tx %d validates but its envelope does not: %v", i, err)
			}
			if !bytes.Equal(AppendTx(nil, back), AppendTx(nil, tx)) || back.Hash(testCfg.ChainID) != tx.Hash(testCfg.ChainID) {
				t.Fatalf("tx %d changes through its envelope", i)
			}
		}
	})
}

// FuzzFromTransaction: arbitrary envelopes (eth_sendRawTransaction input)
// never panic the classifier, and an accepted one has a compact form that
// decodes to the same transaction, sender and hash.
func FuzzFromTransaction(f *testing.F) {
	for _, tx := range seedTxs(f) {
		raw, err := tx.Transaction(testCfg.ChainID).MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte{0x02})
	f.Fuzz(func(t *testing.T, raw []byte) {
		var env types.Transaction
		if env.UnmarshalBinary(raw) != nil {
			return
		}
		tx, err := FromTransaction(&env, testCfg)
		if err != nil {
			return
		}
		if tx.Hash(testCfg.ChainID) != env.Hash() {
			t.Fatalf("L2 hash %s, envelope hash %s", tx.Hash(testCfg.ChainID), env.Hash())
		}
		back, err := DecodeTxs(AppendTx(nil, tx))
		if err != nil || len(back) != 1 {
			t.Fatalf("compact form of an accepted tx does not decode: %v", err)
		}
		s1, err1 := tx.Sender(testCfg.ChainID)
		s2, err2 := back[0].Sender(testCfg.ChainID)
		if err1 != nil || err2 != nil || s1 != s2 || back[0].Hash(testCfg.ChainID) != env.Hash() {
			t.Fatalf("compact round trip changed sender or hash")
		}
	})
}

// FuzzDecodeHeader: exactly the 172-byte inputs decode, and they re-encode to
// themselves.
func FuzzDecodeHeader(f *testing.F) {
	f.Add(Genesis().Encode())
	f.Add(make([]byte, HeaderSize-1))
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := DecodeHeader(b)
		if (err == nil) != (len(b) == HeaderSize) {
			t.Fatalf("%d bytes: error %v", len(b), err)
		}
		if err == nil && !bytes.Equal(h.Encode(), b) {
			t.Fatal("header does not re-encode to its input")
		}
	})
}

// FuzzDecodeQueueItem: a decoded item is well formed and re-encodes to the
// input.
func FuzzDecodeQueueItem(f *testing.F) {
	for _, q := range []QueueItem{
		{Kind: QueueDepositETH, From: testAddrs[0], To: testAddrs[1], Amount: *uint256.NewInt(1)},
		{Kind: QueueDepositToken, From: testAddrs[0], To: testAddrs[1], Token: tokenA, Amount: *uint256.NewInt(1)},
		{Kind: QueueForcedWithdrawal, From: testAddrs[0], To: testAddrs[1], Amount: *uint256.NewInt(1)},
	} {
		f.Add(q.Encode())
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		q, err := DecodeQueueItem(b)
		if err != nil {
			if !errors.Is(err, ErrMalformedQueueItem) {
				t.Fatalf("error outside the spec's: %v", err)
			}
			return
		}
		if q.Check() != nil || !bytes.Equal(q.Encode(), b) {
			t.Fatal("decoded item is malformed or re-encodes differently")
		}
	})
}

// FuzzExecute runs arbitrary blocks (tx data and queue items) on a funded
// state: execution never panics, is deterministic, and a valid block
// conserves ETH — what leaves the senders arrives at recipients, the fee
// recipient and the withdrawals, and deposits add exactly their amount.
func FuzzExecute(f *testing.F) {
	txs := seedTxs(f)
	dep := QueueItem{Kind: QueueDepositETH, From: testAddrs[5], To: testAddrs[6], Amount: *uint256.NewInt(1000)}
	forced := QueueItem{Kind: QueueForcedWithdrawal, From: testAddrs[1], To: testAddrs[1], Amount: *uint256.NewInt(7)}
	f.Add(EncodeTxs(txs), append(dep.Encode(), forced.Encode()...))
	f.Add(EncodeTxs(txs[:2]), []byte{})
	f.Add([]byte{}, dep.Encode())
	pre := fundedState()
	parent := &Header{Number: 1, Timestamp: 100, TxDataHash: EmptyTxDataHash}
	f.Fuzz(func(t *testing.T, txData, queueBytes []byte) {
		var queue []QueueItem
		for len(queueBytes) >= QueueItemSize {
			q, err := DecodeQueueItem(queueBytes[:QueueItemSize])
			queueBytes = queueBytes[QueueItemSize:]
			if err != nil {
				return
			}
			queue = append(queue, *q)
		}
		o1, err1 := Execute(testCfg, pre, parent, 101, feeTo, queue, txData)
		o2, err2 := Execute(testCfg, pre, parent, 101, feeTo, queue, txData)
		if fmt.Sprint(err1) != fmt.Sprint(err2) {
			t.Fatalf("two runs disagree: %v / %v", err1, err2)
		}
		if err1 != nil {
			return
		}
		if fmt.Sprintf("%+v %+v %v", o1.Diff, o1.Withdrawals, o1.Fees) != fmt.Sprintf("%+v %+v %v", o2.Diff, o2.Withdrawals, o2.Fees) {
			t.Fatal("two runs give different outcomes")
		}
		checkConservation(t, pre, queue, o1)
	})
}

// checkConservation compares the ETH in the touched accounts before and
// after a block with what came in (deposits) and went out (withdrawals).
// Saturated deposits are excluded by the caller's choice of amounts.
func checkConservation(t *testing.T, pre *state.MemState, queue []QueueItem, o *Outcome) {
	t.Helper()
	var before, after, in, out big.Int
	for addr, a := range o.Diff.Accounts {
		b := pre.Accounts[addr].Balance
		before.Add(&before, b.ToBig())
		after.Add(&after, a.Balance.ToBig())
	}
	for i := range queue {
		if queue[i].Kind == QueueDepositETH {
			in.Add(&in, queue[i].Amount.ToBig())
		}
	}
	for _, w := range o.Withdrawals {
		if w.Token == ([20]byte{}) {
			out.Add(&out, w.Amount.ToBig())
		}
	}
	// A deposit that saturates a balance at 2^256-1 loses the excess; only
	// then may the books not balance.
	maxBal := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, a := range o.Diff.Accounts {
		if a.Balance.ToBig().Cmp(maxBal) == 0 {
			return
		}
	}
	want := new(big.Int).Add(&before, &in)
	want.Sub(want, &out)
	if after.Cmp(want) != 0 {
		t.Fatalf("ETH not conserved: before %s + deposits %s - withdrawals %s != after %s", &before, &in, &out, &after)
	}
}
