package rollup_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

const (
	challengeWindow = 24 * 3600 // seconds
	inclusionWindow = 3600      // seconds
)

var (
	ether           = big.NewInt(1e18)
	bondAmount      = new(big.Int).Set(ether)
	minDeposit      = big.NewInt(1e12)
	maxDeposit      = new(big.Int).Mul(big.NewInt(1000), ether)
	minTokenDeposit = big.NewInt(10)
	maxTokenDeposit = new(big.Int).Mul(big.NewInt(1_000_000), ether)

	rollupABI = bindings.NewRollup()
)

// fixture is a simulated L1 with a freshly deployed Rollup and the L2 chain
// as the contract has accepted it so far.
type fixture struct {
	t     *testing.T
	chain *simtest.Chain
	r     *bindings.Rollup
	addr  common.Address
	cfg   rollup.Config

	deployer, seq, alice, bob, carol *simtest.Account

	tip     *core.Header     // the last accepted L2 block
	batches [][]*core.Header // headers of each accepted batch
}

func testConfig(seq common.Address) rollup.Config {
	return rollup.Config{
		L2ChainID:       core.DevConfig().ChainID,
		Sequencer:       seq,
		ChallengeWindow: challengeWindow,
		InclusionWindow: inclusionWindow,
		Bond:            bondAmount,
		L2BaseFee:       core.DefaultBaseFee.ToBig(),
		MinDeposit:      minDeposit,
		MaxDeposit:      maxDeposit,
		MinTokenDeposit: minTokenDeposit,
		MaxTokenDeposit: maxTokenDeposit,
	}
}

func newFixture(t *testing.T, opts ...simtest.Option) *fixture {
	t.Helper()
	chain := simtest.New(t, 5, opts...)
	f := &fixture{
		t: t, chain: chain, r: rollupABI,
		deployer: chain.Accounts[0], seq: chain.Accounts[1], alice: chain.Accounts[2],
		bob: chain.Accounts[3], carol: chain.Accounts[4],
		tip: core.Genesis(),
	}
	f.cfg = testConfig(f.seq.Address)
	args, err := f.cfg.ConstructorArgs()
	if err != nil {
		t.Fatal(err)
	}
	f.addr = chain.Deploy(f.deployer, &bindings.RollupMetaData, args)
	return f
}

// send calls the Rollup.
func (f *fixture) send(from *simtest.Account, calldata []byte, value *big.Int) (*types.Receipt, error) {
	return f.chain.Send(from, f.addr, calldata, value)
}

func (f *fixture) mustSend(from *simtest.Account, calldata []byte, value *big.Int) *types.Receipt {
	f.t.Helper()
	return f.chain.MustSend(from, f.addr, calldata, value)
}

// nextHeader returns a header continuing parent, stamped with the latest L1
// time, with the given tx data, queue cursor and withdrawals; the state root
// is arbitrary (the contract does not check it) but distinct per block.
func nextHeader(parent *core.Header, now uint64, txData []byte, cursor uint64, ws []core.Withdrawal) *core.Header {
	n := parent.Number + 1
	return &core.Header{
		ParentHash:      parent.Hash(),
		Number:          n,
		Timestamp:       now,
		TxDataHash:      crypto.Keccak256Hash(txData),
		StateRoot:       crypto.Keccak256Hash([]byte(fmt.Sprintf("state %d", n))),
		WithdrawalsRoot: core.WithdrawalsRoot(ws),
		QueueCursor:     cursor,
		FeeRecipient:    common.HexToAddress("0xfee"),
	}
}

// emptyBlocks returns n blocks without transactions continuing the tip,
// each at queue cursor `cursor`.
func (f *fixture) emptyBlocks(n int, cursor uint64) []rollup.Block {
	now := f.chain.Now()
	parent := f.tip
	blocks := make([]rollup.Block, n)
	for i := range blocks {
		h := nextHeader(parent, now, nil, cursor, nil)
		blocks[i] = rollup.Block{Header: h}
		parent = h
	}
	return blocks
}

// submit posts blocks from `from` with the bond; on success the blocks
// become the tip.
func (f *fixture) submit(from *simtest.Account, blocks []rollup.Block) (*types.Receipt, error) {
	return f.submitValue(from, blocks, bondAmount)
}

func (f *fixture) submitValue(from *simtest.Account, blocks []rollup.Block, value *big.Int) (*types.Receipt, error) {
	receipt, err := f.send(from, f.r.PackSubmitBatch(rollup.BatchArg(blocks)), value)
	if err == nil {
		headers := make([]*core.Header, len(blocks))
		for i, b := range blocks {
			headers[i] = b.Header
		}
		f.batches = append(f.batches, headers)
		f.tip = headers[len(headers)-1]
	}
	return receipt, err
}

func (f *fixture) mustSubmit(from *simtest.Account, blocks []rollup.Block) *types.Receipt {
	f.t.Helper()
	receipt, err := f.submit(from, blocks)
	if err != nil {
		f.t.Fatalf("submitting %d blocks: %v", len(blocks), err)
	}
	return receipt
}

// depositETH deposits amount wei from `from` to `to` on L2.
func (f *fixture) depositETH(from *simtest.Account, to common.Address, amount *big.Int) (*types.Receipt, error) {
	return f.send(from, f.r.PackDepositETH(to), amount)
}

// advancePast moves L1 time so that the latest block is `secs` seconds
// after the block that included receipt.
func (f *fixture) advanceTo(receipt *types.Receipt, secs uint64) {
	f.t.Helper()
	at := f.blockTime(receipt)
	now := f.chain.Now()
	if now >= at+secs {
		f.t.Fatalf("already %d s past, want to advance to %d s", now-at, secs)
	}
	f.chain.AdvanceTime(time.Duration(at+secs-now) * time.Second)
	if got := f.chain.Now(); got != at+secs {
		f.t.Fatalf("advanced to %d, want %d", got, at+secs)
	}
}

// blockTime returns the timestamp of the L1 block that included receipt.
func (f *fixture) blockTime(receipt *types.Receipt) uint64 {
	f.t.Helper()
	h, err := f.chain.Client.HeaderByHash(bgCtx(), receipt.BlockHash)
	if err != nil {
		f.t.Fatal(err)
	}
	return h.Time
}

// wantRevert checks that err is a revert with exactly the Rollup custom
// error `name` and arguments args.
func wantRevert(t *testing.T, err error, name string, args ...any) {
	t.Helper()
	wantRevertABI(t, rollupABI.GetABI(), err, name, args...)
}

func wantRevertABI(t *testing.T, a abi.ABI, err error, name string, args ...any) {
	t.Helper()
	if err == nil {
		t.Fatalf("call succeeded, want revert %s", name)
	}
	data, ok := simtest.RevertData(err)
	if !ok {
		t.Fatalf("got %v, want revert %s", err, name)
	}
	e, ok := a.Errors[name]
	if !ok {
		t.Fatalf("no error %s in the ABI", name)
	}
	packed, perr := e.Inputs.Pack(args...)
	if perr != nil {
		t.Fatalf("packing arguments of %s: %v", name, perr)
	}
	want := append(append([]byte{}, e.ID[:4]...), packed...)
	if !bytes.Equal(data, want) {
		got := fmt.Sprintf("%x", data)
		if v, uerr := a.ErrorByID([4]byte(data[:min(4, len(data))])); uerr == nil {
			vals, _ := v.Unpack(data)
			got = fmt.Sprintf("%s %v", v.Name, vals)
		}
		t.Fatalf("reverted with %s, want %s %v", got, name, args)
	}
}

// wantRevertReason checks that err is a revert with the string reason.
func wantRevertReason(t *testing.T, err error, reason string) {
	t.Helper()
	data, ok := simtest.RevertData(err)
	if !ok {
		t.Fatalf("got %v, want revert %q", err, reason)
	}
	got, uerr := abi.UnpackRevert(data)
	if uerr != nil || got != reason {
		t.Fatalf("reverted with %x (%q), want %q", data, got, reason)
	}
}

// logsOf returns the logs of receipt emitted by the Rollup.
func (f *fixture) logsOf(receipt *types.Receipt) []*types.Log {
	var out []*types.Log
	for _, l := range receipt.Logs {
		if l.Address == f.addr {
			out = append(out, l)
		}
	}
	return out
}

// queueItemsOf returns the queue items announced in receipt.
func (f *fixture) queueItemsOf(receipt *types.Receipt) []*core.QueueItem {
	f.t.Helper()
	var out []*core.QueueItem
	for _, l := range f.logsOf(receipt) {
		if l.Topics[0] != rollupABI.GetABI().Events["QueueItemAdded"].ID {
			continue
		}
		ev, err := f.r.UnpackQueueItemAddedEvent(l)
		if err != nil {
			f.t.Fatal(err)
		}
		_, q, err := rollup.QueueItem(ev)
		if err != nil {
			f.t.Fatal(err)
		}
		out = append(out, q)
	}
	return out
}

func (f *fixture) queueLength() uint64 {
	f.t.Helper()
	return simtest.MustCall(f.chain, f.addr, f.r.PackQueueLength(), f.r.UnpackQueueLength).Uint64()
}

func (f *fixture) queueHash(i uint64) common.Hash {
	f.t.Helper()
	return simtest.MustCall(f.chain, f.addr, f.r.PackQueueItemHash(new(big.Int).SetUint64(i)), f.r.UnpackQueueItemHash)
}

func (f *fixture) isFinalized(batch uint64) bool {
	f.t.Helper()
	return simtest.MustCall(f.chain, f.addr, f.r.PackIsFinalized(new(big.Int).SetUint64(batch)), f.r.UnpackIsFinalized)
}

func (f *fixture) windowOpen() bool {
	f.t.Helper()
	return simtest.MustCall(f.chain, f.addr, f.r.PackInclusionWindowOpen(), f.r.UnpackInclusionWindowOpen)
}

func bgCtx() context.Context { return context.Background() }
