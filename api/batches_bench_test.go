package api

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/merkle"
)

// fakeL1 is an L1 whose block k (1..n) holds the Rollup's batch k-1,
// which posted L2 block k: what a follower reads of a chain n batches
// long, without mining n transactions.
type fakeL1 struct {
	l1.Client // the methods the follower does not call are not implemented
	rollup    common.Address
	headers   []*types.Header
	batches   []*types.Log
}

func newFakeL1(t testing.TB, c *chain.Chain, n int) *fakeL1 {
	f := &fakeL1{rollup: common.HexToAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3")}
	parent := common.Hash{}
	for k := 0; k <= n; k++ {
		h := &types.Header{Number: big.NewInt(int64(k)), ParentHash: parent, Time: uint64(k) * 100, Difficulty: new(big.Int)}
		f.headers = append(f.headers, h)
		parent = h.Hash()
	}
	ev := bindings.NewRollup().GetABI().Events[bindings.RollupBatchSubmittedEventName]
	for k := 1; k <= n; k++ {
		h, err := c.HeaderByNumber(uint64(k))
		if err != nil {
			t.Fatal(err)
		}
		data, err := ev.Inputs.NonIndexed().Pack(h.Number, h.Number, merkle.Root([]common.Hash{h.Hash()}), h.Hash(), h.StateRoot, h.QueueCursor)
		if err != nil {
			t.Fatal(err)
		}
		f.batches = append(f.batches, &types.Log{
			Address: f.rollup, Topics: []common.Hash{ev.ID, common.BigToHash(big.NewInt(int64(k - 1))), {}},
			Data: data, BlockNumber: uint64(k), BlockHash: f.headers[k].Hash(), Index: 0,
		})
	}
	return f
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
	for _, l := range f.batches {
		if l.BlockNumber >= q.FromBlock.Uint64() && l.BlockNumber <= q.ToBlock.Uint64() {
			out = append(out, *l)
		}
	}
	return out, nil
}

func (f *fakeL1) CallContract(_ context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	abi := bindings.NewRollup().GetABI()
	for _, name := range []string{"challengeWindow", "inclusionWindow", "deployedAt"} {
		m := abi.Methods[name]
		if string(msg.Data[:4]) == string(m.ID) {
			return m.Outputs.Pack(uint64(120))
		}
	}
	return nil, fmt.Errorf("fakeL1: call %x not served", msg.Data[:4])
}

// BenchmarkBatchLookups: viaduct_getBlockProof and viaduct_getWithdrawal of
// a block in the middle of a chain of 10 and of 10,000 batches. They search
// the follower's batch records and read the batch's headers from the local
// chain, so their cost does not grow with the chain's age (they scanned L1's
// logs from the deployment before).
func BenchmarkBatchLookups(b *testing.B) {
	for _, n := range []int{10, 10_000} {
		pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
		if err != nil {
			b.Fatal(err)
		}
		c, err := chain.Open(pdb, cfg)
		if err != nil {
			b.Fatal(err)
		}
		alice := common.HexToAddress("0xa11ce")
		target := uint64(n / 2)
		for k := uint64(1); k <= uint64(n); k++ {
			var items []core.QueueItem
			if k == target { // a deposit and a forced withdrawal: one withdrawal in the block
				items = []core.QueueItem{
					{Kind: core.QueueDepositETH, From: alice, To: alice, Amount: *uint256.NewInt(1e18)},
					{Kind: core.QueueForcedWithdrawal, From: alice, To: alice, Amount: *uint256.NewInt(1e17)},
				}
			}
			o, err := core.Execute(cfg, c.State(), c.Head(), k, common.Address{}, items, nil)
			if err != nil {
				b.Fatal(err)
			}
			p, err := c.Prepare(o.Diff)
			if err != nil {
				b.Fatal(err)
			}
			if err := c.Append(chain.FromOutcome(o, p.Root()), p); err != nil {
				b.Fatal(err)
			}
		}
		fake := newFakeL1(b, c, n)
		f, err := l1.NewFollower(l1.FollowerConfig{Rollup: &l1.Rollup{Client: fake, Address: fake.rollup}, DB: pdb})
		if err != nil {
			b.Fatal(err)
		}
		for f.Snapshot().L1Block < uint64(n) {
			if err := f.Poll(context.Background()); err != nil {
				b.Fatal(err)
			}
		}
		// Compacted, as a running node's store is: a fresh one holds its
		// writes in level-0 files that every read looks through.
		if err := pdb.Compact([]byte{0}, []byte{0xff}, true); err != nil {
			b.Fatal(err)
		}
		be := &Backend{Chain: c, L1: f, Status: fixedStatus{uint64(n), 0}}
		be.guard = newGuard(be.Costs) // NewServer's accounting, at the default costs
		api := &ViaductAPI{be}
		if got := f.Snapshot().BatchCount(); got != uint64(n) {
			b.Fatalf("%d batches read, want %d", got, n)
		}
		b.Run(fmt.Sprintf("getBlockProof/batches=%d", n), func(b *testing.B) {
			for range b.N {
				p, err := api.GetBlockProof(context.Background(), hexutil.Uint64(target))
				if err != nil || !p.Posted || uint64(*p.Batch) != target-1 {
					b.Fatalf("%+v, %v", p, err)
				}
			}
		})
		b.Run(fmt.Sprintf("getWithdrawal/batches=%d", n), func(b *testing.B) {
			for range b.N {
				w, err := api.GetWithdrawal(context.Background(), hexutil.Uint64(target), 0)
				if err != nil || !w.Posted || !w.Finalizable {
					b.Fatalf("%+v, %v", w, err)
				}
			}
		})
		pdb.Close()
	}
}
