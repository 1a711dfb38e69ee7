package chain

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/viaduct-l2/viaduct/state"
)

// Logs and their index.
//
// Viaduct has no EVM: its logs are the ERC-20 Transfer events a token
// transaction would emit on L1 (a withdrawal's is a transfer to the bridge
// address). They are derived from the block (TxLogs), and, so that a log
// query costs what it returns rather than what its block range holds,
// writeBlock stores in the block's own Pebble batch:
//
//	cg ‖ block ‖ log index               → the log (storedLog)
//	ci ‖ field ‖ value ‖ block ‖ log index → nothing: one entry for the log's
//	                                        address (field 0, 20 bytes) and
//	                                        one per topic (field 1+position,
//	                                        32 bytes; the first four)
//	cj ‖ block                            → nothing: the block's logs are
//	                                        indexed
//
// and deleteBlock removes them in the rewind's batch. FilterLogs walks the
// entries of the values asked for, intersecting them, so it visits about as
// many entries as the narrowest of them holds in the range; a query with no
// address and no topic walks the logs themselves. Blocks stored before the
// index existed have no cj entry: they are read and their logs derived, as
// before, at most MaxUnindexedBlocks per query.
var (
	logPrefix      = []byte("cg")
	logIndexPrefix = []byte("ci")
	indexedPrefix  = []byte("cj")
)

// TransferTopic is the ERC-20 Transfer event's topic.
var TransferTopic = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))

// maxIndexedTopics is how many topics of a log are indexed (an EVM log has
// at most four).
const maxIndexedTopics = 4

// TxLogs returns the logs of transaction i of b, numbered from first
// (their block-wide index): a token transaction logs an ERC-20 Transfer,
// as the token contract on L1 would; ETH transfers log nothing, as on
// Ethereum.
func (b *Block) TxLogs(i int, first uint, chainID uint64) []*types.Log {
	return b.txLogs(i, first, chainID, b.Hash())
}

func (b *Block) txLogs(i int, first uint, chainID uint64, hash common.Hash) []*types.Log {
	tx := b.Txs[i]
	if !tx.Token {
		return []*types.Log{}
	}
	amount := tx.Amount.Bytes32()
	return []*types.Log{{
		Address: tx.To,
		Topics: []common.Hash{
			TransferTopic,
			common.BytesToHash(b.Receipts[i].Sender[:]),
			common.BytesToHash(tx.Recipient[:]),
		},
		Data:           amount[:],
		BlockNumber:    b.Header.Number,
		TxHash:         tx.Hash(chainID),
		TxIndex:        uint(i),
		BlockHash:      hash,
		BlockTimestamp: b.Header.Timestamp,
		Index:          first,
	}}
}

// Logs returns every log of b, in order, with block-wide indices.
func (b *Block) Logs(chainID uint64) []*types.Log {
	var out []*types.Log
	hash := b.Hash()
	for i := range b.Txs {
		out = append(out, b.txLogs(i, uint(len(out)), chainID, hash)...)
	}
	return out
}

// storedLog is a log as the index keeps it (its block number and index
// are in its key).
type storedLog struct {
	Address   common.Address
	Topics    []common.Hash
	Data      []byte
	TxHash    common.Hash
	TxIndex   uint64
	BlockHash common.Hash
	// BlockTimestamp is absent (zero) in logs stored before it was kept:
	// the query reads it from the block's header then.
	BlockTimestamp uint64 `rlp:"optional"`
}

func encodeLog(l *types.Log) ([]byte, error) {
	return rlp.EncodeToBytes(&storedLog{
		Address: l.Address, Topics: l.Topics, Data: l.Data, TxHash: l.TxHash,
		TxIndex: uint64(l.TxIndex), BlockHash: l.BlockHash, BlockTimestamp: l.BlockTimestamp,
	})
}

// decodeLog decodes a stored log; key is its cg key.
func decodeLog(key, v []byte) (*types.Log, error) {
	if len(key) != len(logPrefix)+12 {
		return nil, fmt.Errorf("%w: log key of %d bytes", state.ErrCorrupt, len(key))
	}
	var s storedLog
	if err := rlp.DecodeBytes(v, &s); err != nil {
		return nil, fmt.Errorf("%w: log: %w", state.ErrCorrupt, err)
	}
	if s.Topics == nil {
		s.Topics = []common.Hash{}
	}
	p := key[len(logPrefix):]
	return &types.Log{
		Address: s.Address, Topics: s.Topics, Data: s.Data,
		BlockNumber: binary.BigEndian.Uint64(p), TxHash: s.TxHash, TxIndex: uint(s.TxIndex),
		BlockHash: s.BlockHash, BlockTimestamp: s.BlockTimestamp, Index: uint(binary.BigEndian.Uint32(p[8:])),
	}, nil
}

// logPos is a log's place in the chain: block number ‖ block-wide index,
// big-endian, so that byte order is chain order.
type logPos [12]byte

func posOf(block uint64, index uint) logPos {
	var p logPos
	binary.BigEndian.PutUint64(p[:], block)
	binary.BigEndian.PutUint32(p[8:], uint32(index))
	return p
}

func (p logPos) block() uint64 { return binary.BigEndian.Uint64(p[:]) }

// next is the position right after p.
func (p logPos) next() logPos {
	for i := len(p) - 1; i >= 0; i-- {
		p[i]++
		if p[i] != 0 {
			break
		}
	}
	return p
}

func logKey(p logPos) []byte { return append(slices.Clone(logPrefix), p[:]...) }

// indexKey is the index entry prefix of a field's value, followed by pos
// if given.
func indexKey(field byte, value []byte, pos *logPos) []byte {
	k := make([]byte, 0, len(logIndexPrefix)+1+len(value)+12)
	k = append(append(append(k, logIndexPrefix...), field), value...)
	if pos != nil {
		k = append(k, pos[:]...)
	}
	return k
}

// logEntries returns the keys writeBlock stores for b's logs (the log
// records and their index entries), with the log records' values.
func logEntries(b *Block, chainID uint64) ([][2][]byte, error) {
	var out [][2][]byte
	for _, l := range b.Logs(chainID) {
		pos := posOf(l.BlockNumber, l.Index)
		enc, err := encodeLog(l)
		if err != nil {
			return nil, fmt.Errorf("chain: encode log %d of block %d: %w", l.Index, l.BlockNumber, err)
		}
		out = append(out, [2][]byte{logKey(pos), enc}, [2][]byte{indexKey(0, l.Address[:], &pos), nil})
		for i, t := range l.Topics[:min(len(l.Topics), maxIndexedTopics)] {
			out = append(out, [2][]byte{indexKey(byte(1+i), t[:], &pos), nil})
		}
	}
	return out, nil
}

// stageLogs stages b's logs, their index entries and b's indexed mark.
func stageLogs(batch *pebble.Batch, b *Block, chainID uint64) error {
	entries, err := logEntries(b, chainID)
	if err != nil {
		return err
	}
	entries = append(entries, [2][]byte{numKey(indexedPrefix, b.Header.Number), nil})
	for _, kv := range entries {
		if err := batch.Set(kv[0], kv[1], nil); err != nil {
			return fmt.Errorf("chain: stage logs of block %d: %w", b.Header.Number, err)
		}
	}
	return nil
}

// unstageLogs stages the removal of what stageLogs wrote for b (nothing is
// there for a block stored before the index: deleting it is harmless).
func unstageLogs(batch *pebble.Batch, b *Block, chainID uint64) error {
	entries, err := logEntries(b, chainID)
	if err != nil {
		return err
	}
	entries = append(entries, [2][]byte{numKey(indexedPrefix, b.Header.Number), nil})
	for _, kv := range entries {
		if err := batch.Delete(kv[0], nil); err != nil {
			return fmt.Errorf("chain: stage removal of the logs of block %d: %w", b.Header.Number, err)
		}
	}
	return nil
}

// LogFilter selects logs as eth_getLogs does: blocks From to To
// (inclusive), emitted by one of Addresses (any if empty), with, at each
// position i of Topics, one of Topics[i] (any if empty); a log with fewer
// topics than Topics has positions does not match.
type LogFilter struct {
	From, To  uint64
	Addresses []common.Address
	Topics    [][]common.Hash
}

// Matches reports whether l passes f's address and topic conditions (not
// its block range).
func (f *LogFilter) Matches(l *types.Log) bool {
	if len(f.Addresses) > 0 && !slices.Contains(f.Addresses, l.Address) {
		return false
	}
	if len(f.Topics) > len(l.Topics) {
		return false
	}
	for i, alts := range f.Topics {
		if len(alts) > 0 && !slices.Contains(alts, l.Topics[i]) {
			return false
		}
	}
	return true
}

// Limits on one FilterLogs call.
const (
	// MaxLogResults is the most logs one query returns.
	MaxLogResults = 10_000
	// MaxLogVisits is the most index entries and logs one query visits:
	// what keeps a query that matches little in a busy range (two
	// frequent values that rarely meet) as cheap as one that matches
	// much.
	MaxLogVisits = 100_000
	// MaxUnindexedBlocks is the most blocks stored before the index
	// existed that one query reads.
	MaxUnindexedBlocks = 1_000
)

// The limits as the code reads them (tests lower them).
var (
	maxLogResults      = MaxLogResults
	maxLogVisits       = MaxLogVisits
	maxUnindexedBlocks = uint64(MaxUnindexedBlocks)
)

// Errors of FilterLogs.
var (
	// ErrTooManyLogs is returned when more than MaxLogResults logs match.
	ErrTooManyLogs = fmt.Errorf("query returned more than %d results", MaxLogResults)
	// ErrLogQueryTooCostly is returned when a query would visit more than
	// MaxLogVisits entries, or read more than MaxUnindexedBlocks blocks
	// stored before the index.
	ErrLogQueryTooCostly = errors.New("query exceeds the log index's work limit: narrow the block range or add an address or topic")
)

// FilterLogs returns the logs that f selects, in chain order. It reads one
// Pebble snapshot, so a concurrent append or rewind is seen entirely or
// not at all (blocks beyond the head are simply not there), and takes no
// lock the writer waits on. It stops early when ctx ends.
func (c *Chain) FilterLogs(ctx context.Context, f LogFilter) ([]*types.Log, error) {
	logs, _, err := c.filterLogs(ctx, f)
	return logs, err
}

// filterLogs is FilterLogs, also returning how many entries it visited.
func (c *Chain) filterLogs(ctx context.Context, f LogFilter) ([]*types.Log, int, error) {
	f.To = min(f.To, math.MaxUint64-1) // no block there; To+1 bounds the range
	if f.From > f.To {
		return []*types.Log{}, 0, nil
	}
	snap := c.pdb.NewSnapshot()
	defer snap.Close()
	q := &logQuery{ctx: ctx, c: c, snap: snap, f: f, out: []*types.Log{}}
	first, err := q.firstIndexed()
	if err != nil {
		return nil, q.visits, err
	}
	if f.From < first {
		if err := q.unindexed(f.From, min(f.To, first-1)); err != nil {
			return nil, q.visits, err
		}
	}
	if f.To >= first {
		if err := q.indexed(max(f.From, first)); err != nil {
			return nil, q.visits, err
		}
	}
	return q.out, q.visits, nil
}

type logQuery struct {
	ctx    context.Context
	c      *Chain
	snap   *pebble.Snapshot
	f      LogFilter
	out    []*types.Log
	visits int
	// The last header read for a log stored without its block's time.
	stampBlock uint64
	stampTime  uint64
}

// decode decodes a stored log, with its block's time: from the log, or,
// for a log stored before logs kept it, from the block's header in the
// query's snapshot (every block but genesis, which has no logs, has a
// time after zero).
func (q *logQuery) decode(key, v []byte) (*types.Log, error) {
	l, err := decodeLog(key, v)
	if err != nil || l.BlockTimestamp != 0 {
		return l, err
	}
	if q.stampBlock != l.BlockNumber || q.stampTime == 0 {
		enc, closer, err := q.snap.Get(numKey(blockPrefix, l.BlockNumber))
		if err != nil {
			return nil, fmt.Errorf("%w: log of block %d without its block: %w", state.ErrCorrupt, l.BlockNumber, err)
		}
		h, err := decodeStoredHeader(l.BlockNumber, enc)
		closer.Close()
		if err != nil {
			return nil, err
		}
		q.stampBlock, q.stampTime = l.BlockNumber, h.Timestamp
	}
	l.BlockTimestamp = q.stampTime
	return l, nil
}

func (q *logQuery) visit(n int) error {
	before := q.visits
	q.visits += n
	if q.visits > maxLogVisits {
		return ErrLogQueryTooCostly
	}
	if q.visits/1024 != before/1024 {
		return q.ctx.Err()
	}
	return nil
}

func (q *logQuery) emit(l *types.Log) error {
	if !q.f.Matches(l) {
		return nil
	}
	if len(q.out) == maxLogResults {
		return ErrTooManyLogs
	}
	q.out = append(q.out, l)
	return nil
}

// firstIndexed returns the first block whose logs are indexed: every block
// after it is, as every block written since the index exists is (a rewind
// below it takes the indexed blocks back with their marks). Beyond the
// head if none is.
func (q *logQuery) firstIndexed() (uint64, error) {
	it, err := q.snap.NewIter(&pebble.IterOptions{LowerBound: indexedPrefix, UpperBound: prefixEnd(indexedPrefix)})
	if err != nil {
		return 0, err
	}
	defer it.Close()
	if it.First() {
		k := it.Key()
		if len(k) != len(indexedPrefix)+8 {
			return 0, fmt.Errorf("%w: indexed mark of %d bytes", state.ErrCorrupt, len(k))
		}
		return binary.BigEndian.Uint64(k[len(indexedPrefix):]), nil
	}
	if err := it.Error(); err != nil {
		return 0, err
	}
	return ^uint64(0), nil
}

// unindexed reads blocks from..to, stored before the index existed, and
// derives their logs.
func (q *logQuery) unindexed(from, to uint64) error {
	if to-from >= maxUnindexedBlocks {
		return fmt.Errorf("%w (blocks %d to %d were stored before this node indexed logs: at most %d of them per query)", ErrLogQueryTooCostly, from, to, maxUnindexedBlocks)
	}
	for n := from; n <= to; n++ {
		if err := q.ctx.Err(); err != nil {
			return err
		}
		blk, err := q.c.BlockByNumber(n)
		if errors.Is(err, ErrNotFound) {
			break // beyond the head
		}
		if err != nil {
			return err
		}
		for _, l := range blk.Logs(q.c.cfg.ChainID) {
			if err := q.emit(l); err != nil {
				return err
			}
		}
	}
	return nil
}

// indexed answers for blocks from..f.To from the index.
func (q *logQuery) indexed(from uint64) error {
	lo, hi := posOf(from, 0), posOf(q.f.To+1, 0)
	var streams []posStream
	defer func() {
		for _, s := range streams {
			s.close()
		}
	}()
	add := func(field byte, values [][]byte) error {
		u := &unionStream{}
		streams = append(streams, u)
		for _, v := range values {
			it, err := q.snap.NewIter(&pebble.IterOptions{LowerBound: indexKey(field, v, &lo), UpperBound: indexKey(field, v, &hi)})
			if err != nil {
				return err
			}
			u.subs = append(u.subs, &entryStream{it: it, pre: indexKey(field, v, nil)})
		}
		return nil
	}
	if len(q.f.Addresses) > 0 {
		vals := make([][]byte, len(q.f.Addresses))
		for i := range q.f.Addresses {
			vals[i] = q.f.Addresses[i][:]
		}
		if err := add(0, vals); err != nil {
			return err
		}
	}
	for i, alts := range q.f.Topics {
		if len(alts) == 0 || i >= maxIndexedTopics {
			continue
		}
		vals := make([][]byte, len(alts))
		for j := range alts {
			vals[j] = alts[j][:]
		}
		if err := add(byte(1+i), vals); err != nil {
			return err
		}
	}
	if len(streams) == 0 {
		return q.scanLogs(lo, hi)
	}
	// Leapfrog: every stream moves to the highest position any of them
	// holds, until they all hold the same one (a log that has every value
	// asked for) or one runs out.
	p := lo
	for {
		agreed := true
		for _, s := range streams {
			got, ok, n, err := s.seek(p)
			if err != nil {
				return err
			}
			if err := q.visit(n); err != nil {
				return err
			}
			if !ok {
				return nil
			}
			if got != p {
				p, agreed = got, false
				break
			}
		}
		if !agreed {
			continue
		}
		v, closer, err := q.snap.Get(logKey(p))
		if err != nil {
			return fmt.Errorf("%w: index entry without its log at block %d: %w", state.ErrCorrupt, p.block(), err)
		}
		l, err := q.decode(logKey(p), v)
		closer.Close()
		if err != nil {
			return err
		}
		if err := q.emit(l); err != nil {
			return err
		}
		p = p.next()
	}
}

// scanLogs walks the stored logs between lo and hi: a query with no address
// and no topic costs what the range holds in logs, not in blocks.
func (q *logQuery) scanLogs(lo, hi logPos) error {
	it, err := q.snap.NewIter(&pebble.IterOptions{LowerBound: logKey(lo), UpperBound: logKey(hi)})
	if err != nil {
		return err
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		if err := q.visit(1); err != nil {
			return err
		}
		l, err := q.decode(it.Key(), it.Value())
		if err != nil {
			return err
		}
		if err := q.emit(l); err != nil {
			return err
		}
	}
	return it.Error()
}

// posStream is a sorted stream of log positions.
type posStream interface {
	// seek returns the first position at or after p (ok false if none),
	// and how many entries it visited.
	seek(p logPos) (got logPos, ok bool, visited int, err error)
	close()
}

// entryStream is the index entries of one value.
type entryStream struct {
	it    *pebble.Iterator
	pre   []byte // the entries' key before the position
	cur   logPos
	valid bool
	done  bool
}

func (s *entryStream) seek(p logPos) (logPos, bool, int, error) {
	switch {
	case s.done:
		return logPos{}, false, 0, nil
	case s.valid && bytes.Compare(s.cur[:], p[:]) >= 0:
		return s.cur, true, 0, nil
	}
	if !s.it.SeekGE(append(slices.Clip(s.pre), p[:]...)) {
		s.done, s.valid = true, false
		return logPos{}, false, 1, s.it.Error()
	}
	k := s.it.Key()
	if len(k) != len(s.pre)+len(p) {
		return logPos{}, false, 1, fmt.Errorf("%w: log index key of %d bytes", state.ErrCorrupt, len(k))
	}
	copy(s.cur[:], k[len(s.pre):])
	s.valid = true
	return s.cur, true, 1, nil
}

func (s *entryStream) close() { s.it.Close() }

// unionStream is the union of several values' entries (one of them).
type unionStream struct{ subs []*entryStream }

func (u *unionStream) seek(p logPos) (logPos, bool, int, error) {
	var best logPos
	found, visited := false, 0
	for _, s := range u.subs {
		got, ok, n, err := s.seek(p)
		visited += n
		if err != nil {
			return logPos{}, false, visited, err
		}
		if ok && (!found || bytes.Compare(got[:], best[:]) < 0) {
			best, found = got, true
		}
	}
	return best, found, visited, nil
}

func (u *unionStream) close() {
	for _, s := range u.subs {
		s.close()
	}
}

// prefixEnd is the first key after every key that starts with prefix.
func prefixEnd(prefix []byte) []byte {
	end := slices.Clone(prefix)
	for i := len(end) - 1; i >= 0; i-- {
		end[i]++
		if end[i] != 0 {
			return end[:i+1]
		}
	}
	return nil
}
