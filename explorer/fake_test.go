package explorer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/l1"
)

// fakeL1 is an L1 that holds what a follower reads of a long-lived Rollup
// (deposits, a token, one batch per 16 L2 blocks, a lie proven and posted
// again, withdrawals paid) without mining a transaction: each L1 block of
// it holds the events the test gave it.
type fakeL1 struct {
	l1.Client // the methods the follower and the explorer do not call are not implemented
	rollup    common.Address
	headers   []*types.Header
	logs      []types.Log
}

var rollupABI = bindings.NewRollup().GetABI()

func newFakeL1() *fakeL1 {
	f := &fakeL1{rollup: common.HexToAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3")}
	f.mine(0, 1_000_000)
	return f
}

// mine adds an L1 block at time t holding the given events.
func (f *fakeL1) mine(t uint64, _ uint64, events ...types.Log) {
	n := uint64(len(f.headers))
	parent := common.Hash{}
	if n > 0 {
		parent = f.headers[n-1].Hash()
	}
	h := &types.Header{Number: new(big.Int).SetUint64(n), ParentHash: parent, Time: t, Difficulty: new(big.Int)}
	f.headers = append(f.headers, h)
	for i, e := range events {
		e.Address, e.BlockNumber, e.BlockHash, e.Index, e.TxHash = f.rollup, n, h.Hash(), uint(i), crypto.Keccak256Hash(h.Hash().Bytes(), []byte{byte(i)})
		f.logs = append(f.logs, e)
	}
}

// event packs a Rollup event with its arguments in the ABI's order.
func event(name string, args ...any) types.Log {
	ev := rollupABI.Events[name]
	var data []any
	topics := []common.Hash{ev.ID}
	for i, in := range ev.Inputs {
		if in.Indexed {
			enc, err := abi.Arguments{{Type: in.Type}}.Pack(args[i])
			if err != nil {
				panic(fmt.Sprintf("%s.%s: %v", name, in.Name, err))
			}
			topics = append(topics, common.BytesToHash(enc))
			continue
		}
		data = append(data, args[i])
	}
	enc, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		panic(fmt.Sprintf("%s: %v", name, err))
	}
	return types.Log{Topics: topics, Data: enc}
}

func (f *fakeL1) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil || n.Sign() < 0 { // latest, finalized
		return f.headers[len(f.headers)-1], nil
	}
	if n.Uint64() >= uint64(len(f.headers)) {
		return nil, ethereum.NotFound
	}
	return f.headers[n.Uint64()], nil
}

func (f *fakeL1) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var out []types.Log
	for _, l := range f.logs {
		if l.BlockNumber >= q.FromBlock.Uint64() && l.BlockNumber <= q.ToBlock.Uint64() {
			out = append(out, l)
		}
	}
	return out, nil
}

func (f *fakeL1) CallContract(_ context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	for name, v := range map[string]any{"challengeWindow": uint64(120), "inclusionWindow": uint64(3600), "deployedAt": uint64(1_000_000), "bond": big.NewInt(1e16)} {
		m := rollupABI.Methods[name]
		if string(msg.Data[:4]) == string(m.ID) {
			return m.Outputs.Pack(v)
		}
	}
	return nil, fmt.Errorf("fakeL1: call %x not served", msg.Data[:4])
}

// benchEnv is a chain of many blocks of transfers, token transfers and
// withdrawals, the fake L1 that posted it, and an explorer over both.
type benchEnv struct {
	pdb     *pebble.DB
	chain   *chain.Chain
	l1      *fakeL1
	f       *l1.Follower
	ex      *Explorer
	users   []common.Address
	keys    []*ecdsa.PrivateKey
	token   common.Address
	txs     []common.Hash // one transaction hash per 1,000 blocks
	lie     uint64        // the batch index proven wrong
	batches uint64        // posted so far
	wdraws  []core.Withdrawal
}

type fixedHeads struct{ safe, final uint64 }

func (h fixedHeads) SafeBlock() uint64      { return h.safe }
func (h fixedHeads) FinalizedBlock() uint64 { return h.final }

// evil names the benchmark's token as an attacker would.
const (
	evilTokenName   = `<script>alert("name")</script>`
	evilTokenSymbol = "<b>EVIL\u202e"
)

// newBenchEnv builds a chain of n blocks (a few transactions each, their
// timestamps ending now), posts it to a fake L1 in batches of 16 blocks
// (one of them a lie, proven and posted again), pays some withdrawals,
// has the follower read it and the explorer index it.
func newBenchEnv(tb testing.TB, n int, txsPerBlock int) *benchEnv {
	tb.Helper()
	cfg := core.DevConfig()
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { pdb.Close() })
	c, err := chain.Open(pdb, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	e := &benchEnv{pdb: pdb, chain: c, l1: newFakeL1(), token: common.HexToAddress("0x7070")}
	for i := range 64 {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("explorer bench %d", i))))
		e.keys, e.users = append(e.keys, k), append(e.users, crypto.PubkeyToAddress(k.PublicKey))
	}
	start := uint64(time.Now().Unix()) - uint64(n)/4 // 4 blocks a second, ending now
	l1Time := func(l2 uint64) uint64 { return start + l2/4 + 1 }

	// L1 block 1: the token and a deposit of ETH and of the token for each user.
	var queue []core.QueueItem
	evs := []types.Log{event("TokenRegistered", e.token, evilTokenName, evilTokenSymbol, uint8(6))}
	for _, u := range e.users {
		for _, q := range []core.QueueItem{
			{Kind: core.QueueDepositETH, From: u, To: u, Amount: *uint256.NewInt(1e18)},
			{Kind: core.QueueDepositToken, From: u, To: u, Token: e.token, Amount: *uint256.NewInt(1e12)},
		} {
			evs = append(evs, event("QueueItemAdded", big.NewInt(int64(len(queue))), uint8(q.Kind), q.From, q.To, q.Token, q.Amount.ToBig()))
			queue = append(queue, q)
		}
	}
	e.l1.mine(start, 0, evs...)

	nonces := make([]uint64, len(e.users))
	var headers []*core.Header
	batchFirst := uint64(1)
	for k := uint64(1); k <= uint64(n); k++ {
		b, err := core.NewBuilder(cfg, c.State(), c.Head(), start+k/4, common.HexToAddress("0xfee"))
		if err != nil {
			tb.Fatal(err)
		}
		// The deposits first, 16 a block; transactions once all are in.
		applied := c.Head().QueueCursor
		for i := applied; i < uint64(len(queue)) && i < applied+16; i++ {
			if err := b.ApplyQueueItem(&queue[i]); err != nil {
				tb.Fatal(err)
			}
		}
		for j := range txsPerBlock {
			if applied+16 < uint64(len(queue)) {
				break
			}
			from := int(k*uint64(txsPerBlock)+uint64(j)) % len(e.users)
			to := e.users[(from+1+j)%len(e.users)]
			var tx *core.Tx
			switch {
			case k%100 == 0 && j == 0:
				tx = e.sign(tb, from, nonces[from], core.BridgeAddress, 1e15, nil, core.WithdrawalGas)
			case j%2 == 1:
				data := append(append(append([]byte{}, core.TransferSelector[:]...), common.LeftPadBytes(to[:], 32)...), common.LeftPadBytes(big.NewInt(1000).Bytes(), 32)...)
				tx = e.sign(tb, from, nonces[from], e.token, 0, data, core.TokenTransferGas)
			default:
				tx = e.sign(tb, from, nonces[from], to, 1e12, nil, core.TransferGas)
			}
			if err := b.ApplyTx(tx); err != nil {
				tb.Fatalf("block %d tx %d: %v", k, j, err)
			}
			nonces[from]++
			if k%1000 == 0 && j == 0 {
				e.txs = append(e.txs, tx.Hash(cfg.ChainID))
			}
		}
		o, err := b.Finish()
		if err != nil {
			tb.Fatal(err)
		}
		p, err := c.Prepare(o.Diff)
		if err != nil {
			tb.Fatal(err)
		}
		blk := chain.FromOutcome(o, p.Root())
		if err := c.Append(blk, p); err != nil {
			tb.Fatal(err)
		}
		e.wdraws = append(e.wdraws, blk.Withdrawals...)
		headers = append(headers, blk.Header)
		if len(headers) == 16 || k == uint64(n) {
			e.post(headers, batchFirst, l1Time(k))
			batchFirst, headers = k+1, nil
		}
	}
	// Withdrawals from the first half are paid on L1.
	var paid []types.Log
	for _, w := range e.wdraws {
		if w.Block <= uint64(n)/2 {
			paid = append(paid, event("WithdrawalFinalized", w.Block, w.Index, w.Recipient, w.Token, w.Amount.ToBig()))
		}
	}
	e.l1.mine(l1Time(uint64(n))+1, 0, paid...)

	e.f, err = l1.NewFollower(l1.FollowerConfig{Rollup: &l1.Rollup{Client: e.l1, Address: e.l1.rollup}, DB: pdb, MaxRange: 100_000})
	if err != nil {
		tb.Fatal(err)
	}
	for e.f.Snapshot().L1Block < uint64(len(e.l1.headers)-1) {
		if err := e.f.Poll(context.Background()); err != nil {
			tb.Fatal(err)
		}
	}
	e.ex, err = New(Config{Chain: c, DB: pdb, Heads: fixedHeads{uint64(n), uint64(n) / 2}, L1: e.f, Rollup: &l1.Rollup{Client: e.l1, Address: e.l1.rollup}, Role: "verifier"})
	if err != nil {
		tb.Fatal(err)
	}
	for {
		more, err := e.ex.IndexStep()
		if err != nil {
			tb.Fatal(err)
		}
		if !more {
			break
		}
	}
	return e
}

func (e *benchEnv) sign(tb testing.TB, from int, nonce uint64, to common.Address, value int64, data []byte, gas uint64) *core.Tx {
	cfg := core.DevConfig()
	st, err := types.SignNewTx(e.keys[from], types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9), Gas: gas, To: &to, Value: big.NewInt(value), Data: data,
	})
	if err != nil {
		tb.Fatal(err)
	}
	tx, err := core.FromTransaction(st, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return tx
}

// post puts one batch of headers on the fake L1. The tenth batch is first
// posted as a lie (another last block), proven wrong and posted again.
func (e *benchEnv) post(headers []*core.Header, first uint64, t uint64) {
	count := e.batches
	e.batches++
	last := headers[len(headers)-1]
	root := rollup.BlocksRoot(headers)
	submit := func(lastHash, stateRoot common.Hash) types.Log {
		return event("BatchSubmitted", new(big.Int).SetUint64(count), common.HexToAddress("0x5e9"), first, last.Number, root, lastHash, stateRoot, last.QueueCursor)
	}
	if count == 10 {
		e.lie = count
		lieHash := crypto.Keccak256Hash([]byte("the lie"))
		e.l1.mine(t, 0, submit(lieHash, crypto.Keccak256Hash([]byte("a wrong state root"))))
		e.l1.mine(t+1, 0, event("ChallengeLeader", new(big.Int).SetUint64(count), lieHash, common.HexToAddress("0xc4a1"), t+1))
		e.l1.mine(t+2, 0,
			event("FraudProven", new(big.Int).SetUint64(count), last.Number, common.HexToAddress("0xc4a1"), uint8(6), big.NewInt(0), uint8(0), big.NewInt(5e15), big.NewInt(5e15)),
			event("BatchesReverted", new(big.Int).SetUint64(count), new(big.Int).SetUint64(count)))
		t += 3
	}
	e.l1.mine(t, 0, submit(last.Hash(), last.StateRoot))
}
