package api

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// costServer serves e's chain with costs, and returns its backend.
func costServer(t *testing.T, e *env, costs Costs) (*Backend, string) {
	t.Helper()
	b := &Backend{Chain: e.chain, Costs: costs, ClientVersion: "viaduct/test"}
	rs, err := NewServer(b)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := Listen("127.0.0.1:0", rs, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rs.Stop(); srv.Close() })
	return b, srv.Addr()
}

func logsBatch(n int) []rpc.BatchElem {
	batch := make([]rpc.BatchElem, n)
	for i := range batch {
		batch[i] = rpc.BatchElem{Method: "eth_getLogs", Args: []any{map[string]any{"fromBlock": "0x0"}}, Result: new([]any)}
	}
	return batch
}

func isLimit(err error) bool {
	var re rpc.Error
	return errors.As(err, &re) && re.ErrorCode() == -32005 && errorContains(err, "limit exceeded")
}

// TestBatchIsChargedForWhatItsItemsCost: one HTTP request may spend the
// budget; a batch of expensive calls gets answers for what the budget
// covers and -32005 "limit exceeded" for the rest, while a batch of as
// many cheap calls is answered whole; the next request has a budget of its
// own.
func TestBatchIsChargedForWhatItsItemsCost(t *testing.T) {
	e := newEnv(t)
	_, addr := costServer(t, e, Costs{})
	c, err := rpc.Dial("http://" + addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	fits := DefaultCosts.Budget / costLogs
	for range 2 {
		batch := logsBatch(fits + 5)
		if err := c.BatchCallContext(ctx, batch); err != nil {
			t.Fatal(err)
		}
		for i, b := range batch {
			if i < fits && b.Error != nil {
				t.Fatalf("call %d of a batch of %d, within the budget: %v", i, len(batch), b.Error)
			}
			if i >= fits && !isLimit(b.Error) {
				t.Fatalf("call %d of a batch of %d, past the budget: %v", i, len(batch), b.Error)
			}
		}
	}
	cheap := make([]rpc.BatchElem, DefaultLimits.BatchItems)
	for i := range cheap {
		cheap[i] = rpc.BatchElem{Method: "eth_blockNumber", Result: new(hexutil.Uint64)}
	}
	if err := c.BatchCallContext(ctx, cheap); err != nil {
		t.Fatal(err)
	}
	for i, b := range cheap {
		if b.Error != nil {
			t.Fatalf("cheap call %d: %v", i, b.Error)
		}
	}
	// Blocks with their transactions are charged; without, not.
	blocks := make([]rpc.BatchElem, DefaultCosts.Budget/costFullBlock+1)
	for i := range blocks {
		blocks[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{"latest", true}, Result: new(map[string]any)}
	}
	if err := c.BatchCallContext(ctx, blocks); err != nil {
		t.Fatal(err)
	}
	if last := blocks[len(blocks)-1].Error; !isLimit(last) || blocks[0].Error != nil {
		t.Fatalf("full blocks past the budget: first %v, last %v", blocks[0].Error, last)
	}
	for i := range blocks {
		blocks[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{"latest", false}, Result: new(map[string]any)}
	}
	if err := c.BatchCallContext(ctx, blocks); err != nil || blocks[len(blocks)-1].Error != nil {
		t.Fatalf("headers: %v, %v", err, blocks[len(blocks)-1].Error)
	}
}

// TestWebSocketConnectionIsCharged: on WebSocket, where a connection
// lives long, the budget is the connection's, per second: a flood of
// expensive calls on one connection is refused past it.
func TestWebSocketConnectionIsCharged(t *testing.T) {
	e := newEnv(t)
	_, addr := costServer(t, e, Costs{Budget: 2 * costLogs})
	c, err := rpc.Dial("ws://" + addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	batch := logsBatch(10)
	start := time.Now()
	if err := c.BatchCallContext(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	// The budget refills by two calls a second: all ten only if the batch
	// took four seconds.
	refused := 0
	for _, b := range batch {
		if isLimit(b.Error) {
			refused++
		} else if b.Error != nil {
			t.Fatal(b.Error)
		}
	}
	if refused == 0 {
		t.Fatalf("ten log queries at a budget of two a second, in %v: none refused", time.Since(start))
	}
}

func TestBucketRefillsWithTime(t *testing.T) {
	var b bucket
	t0 := time.Unix(1000, 0)
	for i, step := range []struct {
		at   time.Duration
		cost int
		want bool
	}{
		{0, 60, true},
		{0, 50, false}, // 60 + 50 > 100
		{0, 40, true},  // exactly 100
		{100 * time.Millisecond, 20, false},
		{200 * time.Millisecond, 20, true}, // 20 refilled
		{10 * time.Second, 100, true},      // full again, not more
		{10 * time.Second, 1, false},
	} {
		if got := b.take(step.cost, 100, t0.Add(step.at)); got != step.want {
			t.Fatalf("step %d: take(%d) = %v", i, step.cost, got)
		}
	}
}

// TestExpensiveCallWaitsForASlotThenIsRefused: with every slot of a class
// busy, a call waits SlotWait and is refused with -32005; calls of other
// classes go on while the total has room, and cheap ones always; once a
// slot frees, the call is served.
func TestExpensiveCallWaitsForASlotThenIsRefused(t *testing.T) {
	e := newEnv(t)
	b, addr := costServer(t, e, Costs{Slots: 1, TotalSlots: 2, SlotWait: 50 * time.Millisecond})
	done, err := b.guard.begin(context.Background(), classLogs, "test", 1)
	if err != nil {
		t.Fatal(err)
	}
	c, err := rpc.Dial("http://" + addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	var logs []any
	if err := c.CallContext(ctx, &logs, "eth_getLogs", map[string]any{}); !isLimit(err) {
		t.Fatalf("eth_getLogs with its slot taken: %v", err)
	}
	var blk map[string]any
	if err := c.CallContext(ctx, &blk, "eth_getBlockByNumber", "latest", true); err != nil {
		t.Fatalf("a full block, another class: %v", err)
	}
	// The total taken too: the other class waits as well.
	other, err := b.guard.begin(context.Background(), classProofs, "test", 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.CallContext(ctx, &blk, "eth_getBlockByNumber", "latest", true); !isLimit(err) {
		t.Fatalf("a full block with the total taken: %v", err)
	}
	other()
	var n hexutil.Uint64
	if err := c.CallContext(ctx, &n, "eth_blockNumber"); err != nil {
		t.Fatal(err)
	}
	done()
	if err := c.CallContext(ctx, &logs, "eth_getLogs", map[string]any{}); err != nil {
		t.Fatalf("eth_getLogs with its slot free: %v", err)
	}
}

// TestProofTokenListIsBounded: viaduct_getProof proves at most
// MaxProofTokens token balances; a longer list (20,000 tokens made a
// 25 MB answer) is refused before any proof, with an error saying so.
func TestProofTokenListIsBounded(t *testing.T) {
	e := newEnv(t)
	tokens := func(n int) []common.Address {
		out := make([]common.Address, n)
		for i := range out {
			out[i] = common.BigToAddress(new(big.Int).Lsh(big.NewInt(1), uint(i%150)))
		}
		return out
	}
	ctx := context.Background()
	var p map[string]any
	if err := e.ec.Client().CallContext(ctx, &p, "viaduct_getProof", e.alice, tokens(MaxProofTokens)); err != nil {
		t.Fatalf("%d tokens: %v", MaxProofTokens, err)
	}
	if got := len(p["tokens"].([]any)); got != MaxProofTokens {
		t.Fatalf("%d tokens proven, want %d", got, MaxProofTokens)
	}
	for _, n := range []int{MaxProofTokens + 1, 20_000} {
		err := e.ec.Client().CallContext(ctx, &p, "viaduct_getProof", e.alice, tokens(n))
		if !errorContains(err, "too many tokens") {
			t.Fatalf("%d tokens: %v", n, err)
		}
	}
}
