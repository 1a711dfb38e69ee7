package api

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
)

func TestGetLogsAndSubscriptions(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ws, err := ethclient.DialContext(ctx, "ws://"+e.srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 4)
	hsub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer hsub.Unsubscribe()
	logs := make(chan types.Log, 4)
	lsub, err := ws.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{e.token}}, logs)
	if err != nil {
		t.Fatal(err)
	}
	defer lsub.Unsubscribe()

	bob, carol := common.HexToAddress("0xb0b"), common.HexToAddress("0xca401")
	for i, to := range []common.Address{bob, carol} {
		if err := e.ec.SendTransaction(ctx, e.sign(t, e.key, uint64(i), e.token, 0, transferData(to, int64(i+1)), core.TokenTransferGas)); err != nil {
			t.Fatal(err)
		}
	}
	blk := e.seal(t)

	select {
	case h := <-heads:
		if h.Number.Uint64() != blk.Header.Number {
			t.Fatalf("newHeads sent block %d, want %d", h.Number, blk.Header.Number)
		}
	case <-ctx.Done():
		t.Fatal("no newHeads notification")
	}
	for i := range 2 {
		select {
		case l := <-logs:
			if l.Index != uint(i) || l.BlockNumber != blk.Header.Number {
				t.Fatalf("log %d: index %d block %d", i, l.Index, l.BlockNumber)
			}
		case <-ctx.Done():
			t.Fatal("no logs notification")
		}
	}

	// Only carol's transfer matches a filter on the recipient topic.
	got, err := e.ec.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{e.token},
		Topics: [][]common.Hash{{chain.TransferTopic}, nil, {common.BytesToHash(carol[:])}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Index != 1 || new(big.Int).SetBytes(got[0].Data).Int64() != 2 {
		t.Fatalf("filtered logs %+v", got)
	}
	got, err = e.ec.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: ptr(blk.Hash())})
	if err != nil || len(got) != 2 {
		t.Fatalf("logs by block hash: %d, %v", len(got), err)
	}
	if _, err := e.ec.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: ptr(common.HexToHash("0x01"))}); !errorContains(err, ErrUnknownBlock.Error()) {
		t.Fatalf("logs of an unknown block: %v", err)
	}
	// HTTP has no subscriptions.
	if _, err := e.ec.SubscribeNewHead(ctx, make(chan *types.Header)); err == nil {
		t.Fatal("a subscription over HTTP was accepted")
	}
}

func ptr[T any](v T) *T { return &v }

// TestLogQueryValuesAreBounded: at most MaxLogQueryValues addresses, and
// alternatives at one topic position (go-ethereum's decoder refuses more
// topics already), in go-ethereum's words.
func TestLogQueryValuesAreBounded(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	many := make([]common.Address, MaxLogQueryValues+1)
	topics := make([]common.Hash, MaxLogQueryValues+1)
	for i := range many {
		many[i] = common.BigToAddress(big.NewInt(int64(i)))
		topics[i] = common.BigToHash(big.NewInt(int64(i)))
	}
	for _, q := range []ethereum.FilterQuery{
		{Addresses: many},
		{Topics: [][]common.Hash{nil, topics}},
	} {
		if _, err := e.ec.FilterLogs(ctx, q); !errorContains(err, "exceed max") {
			t.Fatalf("%d values: %v", MaxLogQueryValues+1, err)
		}
	}
	if _, err := e.ec.FilterLogs(ctx, ethereum.FilterQuery{Addresses: many[:MaxLogQueryValues]}); err != nil {
		t.Fatalf("%d addresses: %v", MaxLogQueryValues, err)
	}
}
