package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/core"
)

// poll gathers filter id's changes until done says they are complete (the
// filters learn of blocks from the chain's feed, in the background: a
// poll may come before a block's changes are in; the deadline is a safety
// net).
func (e *env) poll(t *testing.T, id string, done func(got []json.RawMessage) bool) []json.RawMessage {
	t.Helper()
	var got []json.RawMessage
	deadline := time.Now().Add(10 * time.Second)
	for {
		got = append(got, decode[[]json.RawMessage](t, e.call(t, "eth_getFilterChanges", id))...)
		if done(got) {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("filter %s gathered %d changes: %s", id, len(got), got)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func count(n int) func([]json.RawMessage) bool {
	return func(got []json.RawMessage) bool { return len(got) >= n }
}

// TestFiltersReportWhatHappenedSinceTheLastPoll: a log filter gives the
// matching logs of the blocks appended since it was installed, a block
// filter their hashes, a pending filter the transactions the pool took (by
// hash, or whole with fullTx), each once; eth_getFilterLogs answers what
// eth_getLogs does for the filter's criteria; an uninstalled filter is not
// found.
func TestFiltersReportWhatHappenedSinceTheLastPoll(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	bob := common.HexToAddress("0xb0b")
	// A token transfer before the filters: theirs is what comes after.
	if err := e.ec.SendTransaction(ctx, e.sign(t, e.key, 0, e.token, 0, transferData(bob, 1), core.TokenTransferGas)); err != nil {
		t.Fatal(err)
	}
	before := e.seal(t)

	logsID := decode[string](t, e.call(t, "eth_newFilter", map[string]any{"address": e.token, "fromBlock": "earliest"}))
	toCarol := decode[string](t, e.call(t, "eth_newFilter", map[string]any{"topics": []any{nil, nil, common.BytesToHash(common.HexToAddress("0xca401").Bytes())}}))
	blocksID := decode[string](t, e.call(t, "eth_newBlockFilter"))
	pendingID := decode[string](t, e.call(t, "eth_newPendingTransactionFilter"))
	fullID := decode[string](t, e.call(t, "eth_newPendingTransactionFilter", true))
	for _, id := range []string{logsID, blocksID, pendingID, fullID} {
		if !strings.HasPrefix(id, "0x") || strings.HasPrefix(id, "0x0") {
			t.Fatalf("filter id %q is not a hex quantity", id)
		}
	}
	for _, id := range []string{logsID, toCarol, blocksID, pendingID, fullID} {
		if got := e.call(t, "eth_getFilterChanges", id); string(got) != "[]" {
			t.Fatalf("a new filter has changes: %s", got)
		}
	}

	var sent []common.Hash
	for i, to := range []common.Address{bob, common.HexToAddress("0xca401")} {
		tx := e.sign(t, e.key, uint64(i+1), e.token, 0, transferData(to, int64(i+2)), core.TokenTransferGas)
		if err := e.ec.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		sent = append(sent, tx.Hash())
	}
	eth := e.sign(t, e.key, 3, bob, 9, nil, core.TransferGas)
	if err := e.ec.SendTransaction(ctx, eth); err != nil {
		t.Fatal(err)
	}
	sent = append(sent, eth.Hash())

	hashes := e.poll(t, pendingID, count(3))
	full := e.poll(t, fullID, count(3))
	for i, h := range sent {
		if decode[common.Hash](t, hashes[i]) != h {
			t.Fatalf("pending filter: %s, sent %v", hashes, sent)
		}
		tx := decode[map[string]any](t, full[i])
		if tx["hash"] != h.Hex() || !strings.EqualFold(tx["from"].(string), e.alice.Hex()) || tx["blockHash"] != nil {
			t.Fatalf("pending filter with fullTx gave %v, sent %s from %s", tx, h, e.alice)
		}
	}
	blk := e.seal(t)
	if got := e.poll(t, blocksID, count(1)); len(got) != 1 || decode[common.Hash](t, got[0]) != blk.Hash() {
		t.Fatalf("block filter: %s, block %s", got, blk.Hash())
	}
	logs := e.poll(t, logsID, count(2))
	if len(logs) != 2 {
		t.Fatalf("log filter: %d logs, want the block's 2", len(logs))
	}
	for i, raw := range logs {
		var l types.Log
		if err := json.Unmarshal(raw, &l); err != nil {
			t.Fatal(err)
		}
		if l.TxHash != sent[i] || l.BlockHash != blk.Hash() || l.BlockTimestamp != blk.Header.Timestamp || l.Removed {
			t.Fatalf("log %d: %s", i, raw)
		}
	}
	if got := e.poll(t, toCarol, count(1)); len(got) != 1 || decode[types.Log](t, got[0]).TxHash != sent[1] {
		t.Fatalf("the filter of transfers to carol: %s", got)
	}
	// Each once.
	for _, id := range []string{logsID, toCarol, blocksID, pendingID, fullID} {
		if got := e.call(t, "eth_getFilterChanges", id); string(got) != "[]" {
			t.Fatalf("filter %s polled again: %s", id, got)
		}
	}
	// eth_getFilterLogs: the criteria's logs, from block 0 on, as eth_getLogs.
	all := e.call(t, "eth_getFilterLogs", logsID)
	if want := e.call(t, "eth_getLogs", map[string]any{"address": e.token, "fromBlock": "0x0"}); !jsonEqual(t, all, want) {
		t.Fatalf("eth_getFilterLogs:\n%s\neth_getLogs:\n%s", all, want)
	}
	if n := len(decode[[]any](t, all)); n != 3 || before.Header.Number >= blk.Header.Number {
		t.Fatalf("eth_getFilterLogs gave %d logs, want 3", n)
	}
	var out json.RawMessage
	if err := e.ec.Client().CallContext(ctx, &out, "eth_getFilterLogs", blocksID); !errorContains(err, ErrFilterNotFound.Error()) {
		t.Fatalf("eth_getFilterLogs of a block filter: %v", err)
	}

	if !decode[bool](t, e.call(t, "eth_uninstallFilter", logsID)) || decode[bool](t, e.call(t, "eth_uninstallFilter", logsID)) {
		t.Fatal("eth_uninstallFilter did not say once that the filter was installed")
	}
	if err := e.ec.Client().CallContext(ctx, &out, "eth_getFilterChanges", logsID); !errorContains(err, ErrFilterNotFound.Error()) {
		t.Fatalf("an uninstalled filter: %v", err)
	}
	// go-ethereum's refusals.
	for _, crit := range []map[string]any{
		{"fromBlock": "pending"},
		{"fromBlock": "0x5", "toBlock": "0x2"},
		{"fromBlock": "latest", "toBlock": "0x2"},
	} {
		if err := e.ec.Client().CallContext(ctx, &out, "eth_newFilter", crit); err == nil {
			t.Fatalf("eth_newFilter(%v) accepted", crit)
		}
	}
}

// TestLogFilterReportsRemovedLogsOnRewind: when a rewind takes back a
// block whose logs a filter reported, the filter reports them again with
// removed: true, before the logs of the block that replaces it; a filter
// installed after that block reports nothing of its removal.
func TestLogFilterReportsRemovedLogsOnRewind(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	id := decode[string](t, e.call(t, "eth_newFilter", map[string]any{"address": e.token}))
	bob := common.HexToAddress("0xb0b")
	if err := e.ec.SendTransaction(ctx, e.sign(t, e.key, 0, e.token, 0, transferData(bob, 1), core.TokenTransferGas)); err != nil {
		t.Fatal(err)
	}
	blk := e.seal(t)
	added := e.poll(t, id, count(1))
	later := decode[string](t, e.call(t, "eth_newFilter", map[string]any{"address": e.token}))

	dropped, err := e.chain.Rewind(blk.Header.Number - 1)
	if err != nil || len(dropped) != 1 {
		t.Fatalf("rewind: %d blocks, %v", len(dropped), err)
	}
	// The same transfer again, in another block (with another transfer,
	// so that the block differs even within the same second).
	e.pool().Readmit([]*types.Transaction{dropped[0].Txs[0].Transaction(cfg.ChainID)})
	if err := e.ec.SendTransaction(ctx, e.sign(t, e.key, 1, bob, 1, nil, core.TransferGas)); err != nil {
		t.Fatal(err)
	}
	again := e.seal(t)
	if again.Hash() == blk.Hash() {
		t.Fatal("the block appended again is the same block")
	}
	got := e.poll(t, id, count(2))
	var removed, readded types.Log
	if err := errors.Join(json.Unmarshal(got[0], &removed), json.Unmarshal(got[1], &readded)); err != nil {
		t.Fatal(err)
	}
	var first types.Log
	if err := json.Unmarshal(added[0], &first); err != nil {
		t.Fatal(err)
	}
	if !removed.Removed || removed.BlockHash != blk.Hash() || removed.TxHash != first.TxHash || removed.Index != first.Index {
		t.Fatalf("first change after the rewind: %s, want the reported log removed", got[0])
	}
	if readded.Removed || readded.BlockHash != again.Hash() {
		t.Fatalf("second change after the rewind: %s, want the log of block %s", got[1], again.Hash())
	}
	if got := e.poll(t, later, count(1)); decode[types.Log](t, got[0]).Removed {
		t.Fatalf("a filter installed after the block reports its removal: %s", got)
	}
}

func (e *env) pool() interface {
	Readmit([]*types.Transaction) []common.Hash
} {
	return e.backend.Pool
}

// TestFilterExpiresWithoutPolls: a filter not polled for FilterTimeout is
// uninstalled; each poll keeps it another FilterTimeout.
func TestFilterExpiresWithoutPolls(t *testing.T) {
	e := newEnv(t)
	var mu sync.Mutex
	now := time.Now()
	fs := e.backend.filters
	fs.mu.Lock()
	fs.now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	fs.mu.Unlock()
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }

	polled := decode[string](t, e.call(t, "eth_newBlockFilter"))
	idle := decode[string](t, e.call(t, "eth_newBlockFilter"))
	for range 3 {
		advance(FilterTimeout - time.Second)
		e.call(t, "eth_getFilterChanges", polled)
	}
	var out json.RawMessage
	if err := e.ec.Client().CallContext(context.Background(), &out, "eth_getFilterChanges", idle); !errorContains(err, ErrFilterNotFound.Error()) {
		t.Fatalf("a filter idle for %v: %v", 3*(FilterTimeout-time.Second), err)
	}
	advance(FilterTimeout)
	if err := e.ec.Client().CallContext(context.Background(), &out, "eth_getFilterChanges", polled); !errorContains(err, ErrFilterNotFound.Error()) {
		t.Fatalf("a filter idle for %v: %v", FilterTimeout, err)
	}
}

// TestFiltersAreBounded: a node holds at most MaxFilters filters (the
// next is refused with -32005 until one goes), installing them is charged
// (one request installs at most a budget's worth), and a filter that
// gathers more than its bound of changes is uninstalled, its next poll
// saying why.
func TestFiltersAreBounded(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	install := func(n int) []rpc.BatchElem {
		batch := make([]rpc.BatchElem, n)
		for i := range batch {
			batch[i] = rpc.BatchElem{Method: "eth_newBlockFilter", Result: new(string)}
		}
		if err := e.ec.Client().BatchCallContext(ctx, batch); err != nil {
			t.Fatal(err)
		}
		return batch
	}
	perRequest := DefaultCosts.Budget / costFilter
	batch := install(perRequest + 1)
	for i, b := range batch {
		if (b.Error == nil) != (i < perRequest) {
			t.Fatalf("filter %d of a request of %d: %v", i, len(batch), b.Error)
		}
	}
	if err := batch[perRequest].Error; !errorContains(err, "limit exceeded") {
		t.Fatalf("the filter past the request's budget: %v", err)
	}
	var ids []string
	for _, b := range batch[:perRequest] {
		ids = append(ids, *b.Result.(*string))
	}
	for len(ids) < MaxFilters {
		for _, b := range install(min(perRequest, MaxFilters-len(ids))) {
			if b.Error == nil {
				ids = append(ids, *b.Result.(*string))
			}
		}
		if len(ids) > MaxFilters {
			t.Fatalf("%d filters installed", len(ids))
		}
	}
	var id string
	err := e.ec.Client().CallContext(ctx, &id, "eth_newFilter", map[string]any{})
	var rerr rpc.Error
	if !errors.As(err, &rerr) || rerr.ErrorCode() != -32005 || !strings.Contains(err.Error(), "too many filters") {
		t.Fatalf("filter %d: %v", MaxFilters+1, err)
	}
	if !decode[bool](t, e.call(t, "eth_uninstallFilter", ids[0])) {
		t.Fatal("uninstall")
	}
	e.call(t, "eth_newFilter", map[string]any{})
	for _, id := range ids[1:] {
		e.call(t, "eth_uninstallFilter", id)
	}

	// Changes: a bound of 3 here, MaxFilterChanges in production.
	fs := e.backend.filters
	fs.mu.Lock()
	fs.maxChanges = 3
	fs.mu.Unlock()
	pending := decode[string](t, e.call(t, "eth_newPendingTransactionFilter"))
	kept := decode[string](t, e.call(t, "eth_newPendingTransactionFilter"))
	for i := range 4 {
		if err := e.ec.SendTransaction(ctx, e.sign(t, e.key, uint64(i), common.HexToAddress("0xb0b"), 1, nil, core.TransferGas)); err != nil {
			t.Fatal(err)
		}
		if i == 1 {
			e.poll(t, kept, count(2))
		}
	}
	e.poll(t, kept, count(2))
	var out json.RawMessage
	if err := e.ec.Client().CallContext(ctx, &out, "eth_getFilterChanges", pending); !errorContains(err, ErrFilterFellBehind.Error()) {
		t.Fatalf("a filter past its bound: %v", err)
	}
	if err := e.ec.Client().CallContext(ctx, &out, "eth_getFilterChanges", pending); !errorContains(err, ErrFilterNotFound.Error()) {
		t.Fatalf("a filter past its bound, polled again: %v", err)
	}
}

// TestNewPendingTransactionsSubscription: over a WebSocket, each
// transaction the pool takes is announced by hash, or whole with fullTx.
func TestNewPendingTransactionsSubscription(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ws, err := rpc.DialContext(ctx, "ws://"+e.srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	hashes := make(chan common.Hash, 4)
	hsub, err := ws.EthSubscribe(ctx, hashes, "newPendingTransactions")
	if err != nil {
		t.Fatal(err)
	}
	defer hsub.Unsubscribe()
	txs := make(chan map[string]any, 4)
	fsub, err := ws.EthSubscribe(ctx, txs, "newPendingTransactions", true)
	if err != nil {
		t.Fatal(err)
	}
	defer fsub.Unsubscribe()
	var sent []common.Hash
	for i := range 2 {
		tx := e.sign(t, e.key, uint64(i), common.HexToAddress("0xb0b"), int64(i+1), nil, core.TransferGas)
		if err := e.ec.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		sent = append(sent, tx.Hash())
	}
	for i, h := range sent {
		select {
		case got := <-hashes:
			if got != h {
				t.Fatalf("announcement %d: %s, sent %s", i, got, h)
			}
		case err := <-hsub.Err():
			t.Fatal(err)
		case <-ctx.Done():
			t.Fatalf("transaction %d not announced", i)
		}
		select {
		case got := <-txs:
			if got["hash"] != h.Hex() || !strings.EqualFold(fmt.Sprint(got["from"]), e.alice.Hex()) || got["value"] != hexU(uint64(i+1)) {
				t.Fatalf("full announcement %d: %v, sent %s", i, got, h)
			}
		case err := <-fsub.Err():
			t.Fatal(err)
		case <-ctx.Done():
			t.Fatalf("transaction %d not announced whole", i)
		}
	}
}
