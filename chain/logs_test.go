package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
)

// logRig grows a chain of random token transfers, withdrawals and ETH
// transfers between a few accounts, so that every address and topic value
// recurs, and answers log queries the slow way to compare with the index.
type logRig struct {
	t       testing.TB
	pdb     *pebble.DB
	c       *Chain
	rng     *rand.Rand
	tokens  []common.Address
	keys    []*ecdsa.PrivateKey
	senders []common.Address
	nonces  []uint64
	to      []common.Address // recipients (the bridge among them: withdrawals)
}

func newLogRig(t *testing.T, seed uint64) *logRig {
	r := &logRig{t: t, rng: rand.New(rand.NewPCG(seed, 1))}
	r.pdb, r.c = openFS(t, vfs.NewMem())
	t.Cleanup(func() { r.pdb.Close() })
	r.tokens = []common.Address{common.HexToAddress("0x70c1"), common.HexToAddress("0x70c2"), common.HexToAddress("0x70c3")}
	var queue []core.QueueItem
	for i := range 4 {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'k'}))
		if err != nil {
			t.Fatal(err)
		}
		a := crypto.PubkeyToAddress(k.PublicKey)
		r.keys, r.senders, r.nonces = append(r.keys, k), append(r.senders, a), append(r.nonces, 0)
		queue = append(queue, core.QueueItem{Kind: core.QueueDepositETH, From: a, To: a, Amount: *uint256.NewInt(1e18)})
		for _, tok := range r.tokens {
			queue = append(queue, core.QueueItem{Kind: core.QueueDepositToken, From: a, To: a, Token: tok, Amount: *uint256.NewInt(1e12)})
		}
	}
	r.to = append(slices.Clone(r.senders), common.HexToAddress("0xb0b"), common.HexToAddress("0xca401"), core.BridgeAddress)
	for len(queue) > 0 {
		n := min(len(queue), core.MaxQueueItemsPerBlock)
		b, p := build(t, r.c, queue[:n])
		if err := r.c.Append(b, p); err != nil {
			t.Fatal(err)
		}
		queue = queue[n:]
	}
	return r
}

func (r *logRig) tokenTx(i int, token, to common.Address, amount int64) *core.Tx {
	r.t.Helper()
	gas := core.TokenTransferGas
	if to == core.BridgeAddress {
		gas = core.TokenWithdrawalGas
	}
	data := append(append(append([]byte{}, core.TransferSelector[:]...), common.LeftPadBytes(to[:], 32)...), common.LeftPadBytes(big.NewInt(amount).Bytes(), 32)...)
	st, err := types.SignNewTx(r.keys[i], types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: r.nonces[i], GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: gas, To: &token, Data: data,
	})
	if err != nil {
		r.t.Fatal(err)
	}
	tx, err := core.FromTransaction(st, cfg)
	if err != nil {
		r.t.Fatal(err)
	}
	r.nonces[i]++
	return tx
}

// grow appends n blocks of up to 6 random transactions (some blocks have
// none that log).
func (r *logRig) grow(n int) {
	r.t.Helper()
	for range n {
		var txs []*core.Tx
		for range r.rng.IntN(7) {
			i := r.rng.IntN(len(r.keys))
			if r.rng.IntN(5) == 0 {
				txs = append(txs, signedTx(r.t, r.keys[i], r.nonces[i], r.to[r.rng.IntN(len(r.to))], 1))
				r.nonces[i]++
				continue
			}
			txs = append(txs, r.tokenTx(i, r.tokens[r.rng.IntN(len(r.tokens))], r.to[r.rng.IntN(len(r.to))], int64(1+r.rng.IntN(9))))
		}
		b, p := build(r.t, r.c, nil, txs...)
		if err := r.c.Append(b, p); err != nil {
			r.t.Fatal(err)
		}
	}
}

// rewind takes the chain back to n; the senders' nonces follow the state.
func (r *logRig) rewind(n uint64) {
	r.t.Helper()
	if _, err := r.c.Rewind(n); err != nil {
		r.t.Fatal(err)
	}
	for i, a := range r.senders {
		acct, err := r.c.State().Account(a)
		if err != nil {
			r.t.Fatal(err)
		}
		r.nonces[i] = acct.Nonce
	}
}

// scan answers f by reading every block of its range.
func (r *logRig) scan(f LogFilter) []*types.Log {
	r.t.Helper()
	out := []*types.Log{}
	for n := f.From; n <= min(f.To, r.c.Head().Number); n++ {
		blk, err := r.c.BlockByNumber(n)
		if err != nil {
			r.t.Fatal(err)
		}
		for _, l := range blk.Logs(cfg.ChainID) {
			if f.Matches(l) {
				out = append(out, l)
			}
		}
	}
	return out
}

// randomFilter picks a range and conditions from the values the chain
// holds (and one it never holds), with wildcards and alternatives.
func (r *logRig) randomFilter() LogFilter {
	head := r.c.Head().Number
	a, b := r.rng.Uint64N(head+2), r.rng.Uint64N(head+2)
	f := LogFilter{From: min(a, b), To: max(a, b)}
	absent := common.HexToAddress("0xabse47")
	for range r.rng.IntN(3) {
		f.Addresses = append(f.Addresses, append(slices.Clone(r.tokens), absent)[r.rng.IntN(len(r.tokens)+1)])
	}
	values := []common.Hash{TransferTopic, common.BytesToHash(absent[:])}
	for _, a := range r.to {
		values = append(values, common.BytesToHash(a[:]))
	}
	for range r.rng.IntN(5) {
		var alts []common.Hash
		if r.rng.IntN(3) > 0 {
			for range 1 + r.rng.IntN(2) {
				alts = append(alts, values[r.rng.IntN(len(values))])
			}
		}
		f.Topics = append(f.Topics, alts)
	}
	return f
}

func (r *logRig) check(f LogFilter) {
	r.t.Helper()
	got, err := r.c.FilterLogs(context.Background(), f)
	if err != nil {
		r.t.Fatalf("FilterLogs(%+v): %v", f, err)
	}
	want := r.scan(f)
	if len(got) != len(want) {
		r.t.Fatalf("FilterLogs(%+v): %d logs, a scan of the blocks %d", f, len(got), len(want))
	}
	for i := range got {
		if !logsEqual(got[i], want[i]) {
			r.t.Fatalf("FilterLogs(%+v): log %d is %+v, the block's %+v", f, i, got[i], want[i])
		}
	}
}

func logsEqual(a, b *types.Log) bool {
	return a.Address == b.Address && slices.Equal(a.Topics, b.Topics) && slices.Equal(a.Data, b.Data) &&
		a.BlockNumber == b.BlockNumber && a.TxHash == b.TxHash && a.TxIndex == b.TxIndex &&
		a.BlockHash == b.BlockHash && a.BlockTimestamp == b.BlockTimestamp && a.Index == b.Index && a.Removed == b.Removed
}

// countKeys counts the keys under prefix.
func (r *logRig) countKeys(prefix []byte) int {
	r.t.Helper()
	it, err := r.pdb.NewIter(&pebble.IterOptions{LowerBound: prefix, UpperBound: prefixEnd(prefix)})
	if err != nil {
		r.t.Fatal(err)
	}
	defer it.Close()
	n := 0
	for it.First(); it.Valid(); it.Next() {
		n++
	}
	return n
}

// TestLogIndexAnswersAsAScanOfTheBlocks: through appends and rewinds (to
// below blocks whose logs were queried, and growing other blocks there),
// every query answers what reading every block of its range answers, and
// the store holds the entries of the chain's logs and no others.
func TestLogIndexAnswersAsAScanOfTheBlocks(t *testing.T) {
	r := newLogRig(t, 7)
	for round := range 12 {
		r.grow(15 + r.rng.IntN(20))
		for range 40 {
			r.check(r.randomFilter())
		}
		if round%3 == 2 {
			head := r.c.Head().Number
			r.rewind(head - 1 - r.rng.Uint64N(min(head-2, 25)))
		}
	}
	logs, entries := 0, 0
	for n := uint64(0); n <= r.c.Head().Number; n++ {
		blk, err := r.c.BlockByNumber(n)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range blk.Logs(cfg.ChainID) {
			logs++
			entries += 1 + len(l.Topics)
		}
	}
	if got := r.countKeys(logPrefix); got != logs {
		t.Fatalf("%d stored logs, the chain has %d", got, logs)
	}
	if got := r.countKeys(logIndexPrefix); got != entries {
		t.Fatalf("%d index entries, the chain's logs need %d", got, entries)
	}
	if got := r.countKeys(indexedPrefix); got != int(r.c.Head().Number)+1 {
		t.Fatalf("%d blocks marked indexed, the chain has %d", got, r.c.Head().Number+1)
	}
}

// TestRewoundLogsAreNotFound: a log of a block taken back is not answered,
// whatever the filter.
func TestRewoundLogsAreNotFound(t *testing.T) {
	r := newLogRig(t, 3)
	r.grow(5)
	base := r.c.Head().Number
	tx := r.tokenTx(0, r.tokens[0], common.HexToAddress("0x5ec1e7"), 5)
	b, p := build(t, r.c, nil, tx)
	if err := r.c.Append(b, p); err != nil {
		t.Fatal(err)
	}
	secret := common.HexToAddress("0x5ec1e7")
	f := LogFilter{To: 1000, Topics: [][]common.Hash{nil, nil, {common.BytesToHash(secret[:])}}}
	if got, err := r.c.FilterLogs(context.Background(), f); err != nil || len(got) != 1 || got[0].TxHash != tx.Hash(cfg.ChainID) {
		t.Fatalf("before the rewind: %v, %v", got, err)
	}
	r.rewind(base)
	for _, f := range []LogFilter{f, {To: 1000, Addresses: []common.Address{r.tokens[0]}}, {To: 1000}} {
		got, err := r.c.FilterLogs(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range got {
			if l.BlockNumber > base {
				t.Fatalf("FilterLogs(%+v) answered a log of block %d, taken back (head %d)", f, l.BlockNumber, base)
			}
		}
	}
}

// TestLogsOfBlocksStoredBeforeTheIndex: a store written before logs were
// indexed (here: the index entries of its first blocks removed, as such a
// store never had them) answers every query as a scan does, reading at
// most maxUnindexedBlocks of those blocks per query.
func TestLogsOfBlocksStoredBeforeTheIndex(t *testing.T) {
	r := newLogRig(t, 11)
	r.grow(60)
	old := uint64(40)
	batch := r.pdb.NewBatch()
	for n := uint64(0); n <= old; n++ {
		blk, err := r.c.BlockByNumber(n)
		if err != nil {
			t.Fatal(err)
		}
		if err := unstageLogs(batch, blk, cfg.ChainID); err != nil {
			t.Fatal(err)
		}
	}
	if err := batch.Commit(pebble.Sync); err != nil {
		t.Fatal(err)
	}
	r.grow(20)
	for range 200 {
		f := r.randomFilter()
		if f.From <= old && min(f.To, old)-f.From >= maxUnindexedBlocks {
			continue
		}
		r.check(f)
	}
	defer func(m uint64) { maxUnindexedBlocks = m }(maxUnindexedBlocks)
	maxUnindexedBlocks = 10
	if _, err := r.c.FilterLogs(context.Background(), LogFilter{From: 5, To: 15}); !errors.Is(err, ErrLogQueryTooCostly) {
		t.Fatalf("11 unindexed blocks with a limit of 10: %v", err)
	}
	r.check(LogFilter{From: 31, To: old + 30}) // 10 unindexed, then indexed ones
	// Rewinding below the indexed blocks and growing again: the new
	// blocks are indexed.
	r.rewind(old - 5)
	r.grow(10)
	r.check(LogFilter{From: old - 4, To: old + 5})
}

// TestLogsCarryTheirBlocksTime: every log a query returns has its block's
// timestamp (clients show event times from it), also a log stored before
// logs kept it, whose time comes from its block's header.
func TestLogsCarryTheirBlocksTime(t *testing.T) {
	r := newLogRig(t, 21)
	r.grow(30)
	// Block 10's logs as a node before timestamps stored them.
	blk, err := r.c.BlockByNumber(10)
	if err != nil {
		t.Fatal(err)
	}
	for len(blk.Logs(cfg.ChainID)) == 0 {
		if blk, err = r.c.BlockByNumber(blk.Header.Number + 1); err != nil {
			t.Fatal(err)
		}
	}
	oldFormat := 0
	for _, l := range blk.Logs(cfg.ChainID) {
		enc, err := rlp.EncodeToBytes(&struct {
			Address   common.Address
			Topics    []common.Hash
			Data      []byte
			TxHash    common.Hash
			TxIndex   uint64
			BlockHash common.Hash
		}{l.Address, l.Topics, l.Data, l.TxHash, uint64(l.TxIndex), l.BlockHash})
		if err != nil {
			t.Fatal(err)
		}
		if err := r.pdb.Set(logKey(posOf(l.BlockNumber, l.Index)), enc, pebble.Sync); err != nil {
			t.Fatal(err)
		}
		oldFormat++
	}
	for _, f := range []LogFilter{
		{From: 0, To: r.c.Head().Number},                                           // the stored logs walked
		{From: 0, To: r.c.Head().Number, Topics: [][]common.Hash{{TransferTopic}}}, // the index
	} {
		logs, err := r.c.FilterLogs(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, l := range logs {
			h, err := r.c.HeaderByNumber(l.BlockNumber)
			if err != nil {
				t.Fatal(err)
			}
			if l.BlockTimestamp == 0 || l.BlockTimestamp != h.Timestamp {
				t.Fatalf("log %d of block %d has time %d, its block %d", l.Index, l.BlockNumber, l.BlockTimestamp, h.Timestamp)
			}
			if l.BlockNumber == blk.Header.Number {
				seen++
			}
		}
		if seen != oldFormat {
			t.Fatalf("%d logs of block %d in the old format found, want %d", seen, blk.Header.Number, oldFormat)
		}
	}
	for _, l := range blk.Logs(cfg.ChainID) {
		if l.BlockTimestamp != blk.Header.Timestamp {
			t.Fatalf("a block's derived log has time %d, the block %d", l.BlockTimestamp, blk.Header.Timestamp)
		}
	}
}

// TestLogQueryCostsWhatItReturns: the index entries a query visits are
// about what it returns, not what its range holds: a rare recipient's
// transfers among a token's many; a query with no condition visits the
// logs, not the blocks; two frequent values that never meet in one log
// hit the work limit rather than walk the range; and more matches than
// the result limit fail.
func TestLogQueryCostsWhatItReturns(t *testing.T) {
	r := newLogRig(t, 5)
	rare, bob, carol := common.HexToAddress("0x4a4e"), common.HexToAddress("0xb0b"), common.HexToAddress("0xca401")
	for k := range 300 {
		var txs []*core.Tx
		for i := range r.keys {
			to := r.to[(k+i)%len(r.to)]
			if (k+i)%97 == 0 {
				to = rare
			}
			if i == 0 && to == bob {
				to = carol // sender 0 never pays bob: a pair that never meets
			}
			txs = append(txs, r.tokenTx(i, r.tokens[0], to, 1))
		}
		b, p := build(t, r.c, nil, txs...)
		if err := r.c.Append(b, p); err != nil {
			t.Fatal(err)
		}
	}
	head := r.c.Head().Number
	f := LogFilter{To: head, Addresses: []common.Address{r.tokens[0]}, Topics: [][]common.Hash{{TransferTopic}, nil, {common.BytesToHash(rare[:])}}}
	got, visits, err := r.c.filterLogs(context.Background(), f)
	if err != nil || len(got) == 0 {
		t.Fatalf("the rare recipient's transfers: %d, %v", len(got), err)
	}
	// Each of the three conditions is a stream; a result costs each of
	// them about two seeks (to the result, then past it).
	if visits > 2*3*(len(got)+1) {
		t.Fatalf("%d results cost %d visits among %d logs", len(got), visits, 300*len(r.keys))
	}
	r.check(f)
	all, visits, err := r.c.filterLogs(context.Background(), LogFilter{From: head - 49, To: head})
	if err != nil || len(all) != 50*len(r.keys) || visits != len(all) {
		t.Fatalf("every log of 50 blocks: %d logs, %d visits, %v", len(all), visits, err)
	}

	defer func(v, n int) { maxLogVisits, maxLogResults = v, n }(maxLogVisits, maxLogResults)
	maxLogVisits = 100
	// Sender 0's transfers and bob's: frequent each, never in one log.
	a, b := common.BytesToHash(r.senders[0][:]), common.BytesToHash(bob[:])
	if _, err := r.c.FilterLogs(context.Background(), LogFilter{To: head, Topics: [][]common.Hash{nil, {a}, {b}}}); !errors.Is(err, ErrLogQueryTooCostly) {
		t.Fatalf("a query that walks its range: %v", err)
	}
	maxLogVisits, maxLogResults = MaxLogVisits, 100
	if _, err := r.c.FilterLogs(context.Background(), LogFilter{To: head, Addresses: []common.Address{r.tokens[0]}}); !errors.Is(err, ErrTooManyLogs) {
		t.Fatalf("1,200 matches with a limit of 100: %v", err)
	}
}

// FuzzDecodeLog: a stored log decodes or fails with an error, never a
// panic, and what encodeLog writes decodes to the same log.
func FuzzDecodeLog(f *testing.F) {
	l := &types.Log{
		Address: common.HexToAddress("0x70c1"), Topics: []common.Hash{TransferTopic, {1}, {2}}, Data: []byte{9},
		BlockNumber: 7, TxHash: common.Hash{3}, TxIndex: 2, BlockHash: common.Hash{4}, Index: 5,
	}
	enc, err := encodeLog(l)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(logKey(posOf(7, 5)), enc)
	f.Add([]byte("cg"), []byte{0xc0})
	f.Fuzz(func(t *testing.T, key, v []byte) {
		got, err := decodeLog(key, v)
		if err != nil {
			return
		}
		again, err := encodeLog(got)
		if err != nil {
			t.Fatal(err)
		}
		back, err := decodeLog(key, again)
		if err != nil || !logsEqual(got, back) {
			t.Fatalf("%+v encodes to a log that decodes to %+v (%v)", got, back, err)
		}
	})
	if got, err := decodeLog(logKey(posOf(7, 5)), enc); err != nil || !logsEqual(got, l) {
		f.Fatalf("round trip: %+v, %v", got, err)
	}
}

// BenchmarkStageLogs measures what indexing adds to appending a block of 64
// token transfers: the logs, their entries and the mark, staged in the
// block's batch.
// go test -run '^$' -bench StageLogs ./chain
func BenchmarkStageLogs(b *testing.B) {
	r := &logRig{t: b, rng: rand.New(rand.NewPCG(1, 1))}
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		b.Fatal(err)
	}
	defer pdb.Close()
	key, _ := crypto.GenerateKey()
	r.keys, r.nonces = []*ecdsa.PrivateKey{key}, []uint64{0}
	blk := &Block{Header: &core.Header{Number: 7}}
	for range core.MaxTxsPerBlock {
		blk.Txs = append(blk.Txs, r.tokenTx(0, common.HexToAddress("0x70c1"), common.HexToAddress("0xb0b"), 1))
		blk.Receipts = append(blk.Receipts, core.Receipt{Sender: crypto.PubkeyToAddress(key.PublicKey)})
	}
	b.ResetTimer()
	for range b.N {
		batch := pdb.NewBatch()
		if err := stageLogs(batch, blk, cfg.ChainID); err != nil {
			b.Fatal(err)
		}
		batch.Close()
	}
}
