// Package chain is the node's store of the L2 chain: the blocks (header, tx
// data, receipts, withdrawals), an index of transactions by hash, of
// blocks by hash and of logs by address and topic (logs.go), and the state
// after the head block (package state), all in one Pebble database.
//
// A block is appended in the same Pebble batch as the state it leads to
// (state.DB.Commit's extra writer), written with sync, so after a crash the
// store holds the state of block n together with block n, never one without
// the other; and the head that readers see moves only after that write
// returned, so whatever the RPC reports is on disk.
//
// Each block also keeps two records of its state change: the undo record
// (the values it overwrote) and the forward record (the values it wrote).
// They let the chain rewind, and serve the state of earlier blocks
// (history.go) from replicas of the state kept at the blocks L1 anchors,
// without ever holding up the writer.
package chain

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// Key prefixes. The state package owns "s…"; the chain owns "c…".
var (
	blockPrefix = []byte("cb") // cb ‖ number → stored block
	hashPrefix  = []byte("ch") // ch ‖ block hash → number
	txPrefix    = []byte("ct") // ct ‖ tx hash → number ‖ index
	headKey     = []byte("cH") // → number of the head block
	metaPrefix  = []byte("cm") // cm ‖ name → caller's metadata
	undoPrefix  = []byte("cu") // cu ‖ number → state.Diff that undoes the block
	supplyKey   = []byte("cs") // cs ‖ token → the token's L2 supply at the head (big-endian)
)

// Errors callers branch on.
var (
	// ErrNotFound is returned for a block or transaction the chain does not hold.
	ErrNotFound = errors.New("chain: not found")
	// ErrNotParent is returned by Append for a block whose parent is not the head.
	ErrNotParent = errors.New("chain: block does not extend the head")
	// ErrNoUndo is returned by Rewind when a block to take back has no undo
	// record (it was stored by a version before rewinding existed).
	ErrNoUndo = errors.New("chain: block has no undo record")
)

// Block is one L2 block as the node keeps it.
type Block struct {
	Header      *core.Header
	TxData      []byte
	Txs         []*core.Tx
	Receipts    []core.Receipt
	Withdrawals []core.Withdrawal
	QueueItems  int // how many L1 queue items it applied
	// Minted is what its token deposits credited, per token (nil if none).
	Minted map[common.Address]uint256.Int
	// QueueWithdrawals: per queue item applied, its withdrawal's index in
	// Withdrawals or -1 (core.Outcome.QueueWithdrawals). Nil for blocks
	// stored before it was kept.
	QueueWithdrawals []int
	// QueueHashes are the hashes of the queue items it applied
	// (core.Outcome.QueueHashes). Nil for blocks stored before they were
	// kept.
	QueueHashes []common.Hash
}

// Hash returns the block hash.
func (b *Block) Hash() common.Hash { return b.Header.Hash() }

// FromOutcome makes the block that a state transition outcome and its state
// root describe.
func FromOutcome(o *core.Outcome, root common.Hash) *Block {
	return &Block{
		Header: o.Header(root), TxData: o.TxData, Txs: o.Txs, Receipts: o.Receipts,
		Withdrawals: o.Withdrawals, QueueItems: o.QueueItems, Minted: o.Minted,
		QueueWithdrawals: o.QueueWithdrawals, QueueHashes: o.QueueHashes,
	}
}

// storedBlock is the RLP form of a block. The transactions are not stored
// apart: they are the tx data, decoded again on read.
type storedBlock struct {
	Header      []byte
	TxData      []byte
	Receipts    []storedReceipt
	Withdrawals [][]byte
	QueueItems  uint64
	Minted      []storedMint `rlp:"optional"` // in token order
	// Per queue item: its withdrawal's index + 1, or 0 for none.
	QueueWithdrawals []uint64 `rlp:"optional"`
	// Per queue item: its hash.
	QueueHashes []common.Hash `rlp:"optional"`
}

type storedMint struct {
	Token  common.Address
	Amount *uint256.Int
}

type storedReceipt struct {
	Kind       uint8
	Sender     common.Address
	GasUsed    uint64
	Price      *uint256.Int
	Fee        *uint256.Int
	Withdrawal uint64 // index + 1; 0 for none
}

// Chain is the L2 chain store. It is safe for concurrent use: one writer
// (the sequencer or the derivation) appends, any number of readers read.
type Chain struct {
	cfg *core.Config
	pdb *pebble.DB
	st  *state.DB

	// mu serializes the writes (Append, Rewind). Readers take no lock:
	// the head is published by an atomic pointer once its write returned.
	mu   sync.Mutex
	head atomic.Pointer[core.Header]

	feed        event.Feed // of *Block, after each Append
	rewindFeed  event.Feed // of uint64 (the new head), after each Rewind
	droppedFeed event.Feed // of []*Block (the blocks taken back), after each Rewind

	stats appendStats
	hist  history // state views at the L1 anchors (history.go)
}

// appendStats measure Append (AppendStats).
type appendStats struct {
	blocks         atomic.Uint64
	busy, lockWait atomic.Int64 // nanoseconds
}

// AppendStats is what Append has cost so far: the blocks appended, the
// time spent in Append, and the part of it spent waiting for locks that
// readers hold (the chain's and the state tree's). A read load that makes
// the writer wait shows as LockWait growing faster than Busy.
type AppendStats struct {
	Blocks         uint64
	Busy, LockWait time.Duration
}

// AppendStats returns what Append has cost since Open.
func (c *Chain) AppendStats() AppendStats {
	return AppendStats{
		Blocks:   c.stats.blocks.Load(),
		Busy:     time.Duration(c.stats.busy.Load()),
		LockWait: time.Duration(c.stats.lockWait.Load()),
	}
}

// SubscribeBlocks sends each appended block to ch once it is stored. A slow
// receiver delays the next Append: give ch a buffer and drain it.
func (c *Chain) SubscribeBlocks(ch chan<- *Block) event.Subscription { return c.feed.Subscribe(ch) }

// Open opens the chain kept in pdb (which it does not close), starting from
// genesis if the database is new, with the default Options.
func Open(pdb *pebble.DB, cfg *core.Config) (*Chain, error) {
	return OpenWith(pdb, cfg, Options{})
}

// OpenWith opens the chain kept in pdb with opts.
func OpenWith(pdb *pebble.DB, cfg *core.Config, opts Options) (*Chain, error) {
	st, err := state.Open(pdb, state.Options{CacheDepth: opts.CacheDepth})
	if err != nil {
		return nil, err
	}
	c := &Chain{cfg: cfg, pdb: pdb, st: st}
	if err := c.open(); err != nil {
		return nil, err
	}
	if err := c.openHistory(opts); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Chain) open() error {
	pdb, st, cfg := c.pdb, c.st, c.cfg
	v, closer, err := pdb.Get(headKey)
	switch {
	case errors.Is(err, pebble.ErrNotFound):
		g := &Block{Header: core.Genesis()}
		if st.Root() != (common.Hash{}) {
			return fmt.Errorf("chain: database holds state (root %s) but no blocks", st.Root())
		}
		b := pdb.NewBatch()
		defer b.Close()
		if err := writeBlock(b, g, cfg.ChainID); err != nil {
			return err
		}
		if err := b.Commit(pebble.Sync); err != nil {
			return fmt.Errorf("chain: write genesis: %w", err)
		}
		c.head.Store(g.Header)
		return nil
	case err != nil:
		return fmt.Errorf("chain: read head: %w", err)
	}
	n := binary.BigEndian.Uint64(v)
	closer.Close()
	blk, err := c.BlockByNumber(n)
	if err != nil {
		return fmt.Errorf("chain: read head block %d: %w", n, err)
	}
	if blk.Header.StateRoot != st.Root() {
		return fmt.Errorf("chain: head block %d has state root %s but the state is at %s", n, blk.Header.StateRoot, st.Root())
	}
	c.head.Store(blk.Header)
	return nil
}

// Config returns the L2 configuration the chain was opened with.
func (c *Chain) Config() *core.Config { return c.cfg }

// Head returns the header of the last block.
func (c *Chain) Head() *core.Header { return c.head.Load() }

// State returns the state after the head block.
func (c *Chain) State() *state.DB { return c.st }

// Prepare computes the state root that a block's diff leads to.
func (c *Chain) Prepare(diff *state.Diff) (*state.Pending, error) { return c.st.Prepare(diff) }

// Append writes a block and the state it leads to in one synced batch and
// makes it the head. p must be the Prepare of the block's diff, and the
// block must extend the head.
func (c *Chain) Append(b *Block, p *state.Pending) error {
	return c.AppendWith(b, p, AppendOptions{})
}

// AppendOptions change how AppendWith stores a block.
type AppendOptions struct {
	// Extra stages the caller's own writes in the block's batch, so that
	// they are stored with it or not at all.
	Extra func(*pebble.Batch) error
	// NoSync leaves the batch to the next synced write (Pebble's log keeps
	// writes in order). Only for a block that the caller can make again,
	// identically, from what it has synced before (the sequencer's
	// pre-confirmation journal): a crash may lose it.
	NoSync bool
}

// AppendWith is Append with options.
func (c *Chain) AppendWith(b *Block, p *state.Pending, opts AppendOptions) error {
	if err := c.append(b, p, opts); err != nil {
		return err
	}
	// Outside the lock, so that readers are not held up by subscribers.
	// Blocks come from one writer, so subscribers see them in order.
	c.feed.Send(b)
	return nil
}

func (c *Chain) append(b *Block, p *state.Pending, opts AppendOptions) error {
	start := time.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	treeWait := c.st.LockWait()
	defer func() {
		c.stats.lockWait.Add(int64(c.st.LockWait() - treeWait))
		c.stats.busy.Add(int64(time.Since(start)))
	}()
	c.stats.lockWait.Add(int64(time.Since(start)))
	head := c.Head()
	if b.Header.ParentHash != head.Hash() || b.Header.Number != head.Number+1 {
		return fmt.Errorf("%w: block %d has parent %s, head is %d %s", ErrNotParent, b.Header.Number, b.Header.ParentHash, head.Number, head.Hash())
	}
	if p.Root() != b.Header.StateRoot {
		return fmt.Errorf("chain: block %d state root %s, prepared state %s", b.Header.Number, b.Header.StateRoot, p.Root())
	}
	// The undo is read before the commit: it holds the values the block
	// overwrites. It goes in the same batch, so no block is ever stored
	// without the means to take it back.
	undo, err := c.st.Undo(p.Diff)
	if err != nil {
		return fmt.Errorf("chain: undo of block %d: %w", b.Header.Number, err)
	}
	err = c.st.Commit(p, func(batch *pebble.Batch) error {
		if err := batch.Set(numKey(undoPrefix, b.Header.Number), undo.Encode(), nil); err != nil {
			return fmt.Errorf("chain: stage undo of block %d: %w", b.Header.Number, err)
		}
		// The values it wrote: what moves a state view forward over
		// the block without executing it again (history.go).
		if err := batch.Set(numKey(forwardPrefix, b.Header.Number), p.Diff.Encode(), nil); err != nil {
			return fmt.Errorf("chain: stage forward record of block %d: %w", b.Header.Number, err)
		}
		if err := c.stageSupply(batch, supplyDelta(b, 1)); err != nil {
			return err
		}
		if opts.Extra != nil {
			if err := opts.Extra(batch); err != nil {
				return err
			}
		}
		return writeBlock(batch, b, c.cfg.ChainID)
	}, !opts.NoSync)
	if err != nil {
		return fmt.Errorf("chain: commit block %d: %w", b.Header.Number, err)
	}
	c.head.Store(b.Header)
	c.stats.blocks.Add(1)
	return nil
}

func numKey(prefix []byte, n uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), prefix...), n)
}

func writeBlock(batch *pebble.Batch, b *Block, chainID uint64) error {
	sb := storedBlock{Header: b.Header.Encode(), TxData: b.TxData, QueueItems: uint64(b.QueueItems), QueueHashes: b.QueueHashes}
	for _, w := range b.QueueWithdrawals {
		sb.QueueWithdrawals = append(sb.QueueWithdrawals, uint64(w+1))
	}
	for _, r := range b.Receipts {
		price, fee := r.EffectiveGasPrice, r.Fee
		sb.Receipts = append(sb.Receipts, storedReceipt{
			Kind: uint8(r.Kind), Sender: r.Sender, GasUsed: r.GasUsed, Price: &price, Fee: &fee,
			Withdrawal: uint64(r.Withdrawal + 1),
		})
	}
	for i := range b.Withdrawals {
		sb.Withdrawals = append(sb.Withdrawals, b.Withdrawals[i].Encode())
	}
	for _, tok := range slices.SortedFunc(maps.Keys(b.Minted), common.Address.Cmp) {
		amt := b.Minted[tok]
		sb.Minted = append(sb.Minted, storedMint{Token: tok, Amount: &amt})
	}
	enc, err := rlp.EncodeToBytes(&sb)
	if err != nil {
		return fmt.Errorf("chain: encode block %d: %w", b.Header.Number, err)
	}
	n := b.Header.Number
	num := binary.BigEndian.AppendUint64(nil, n)
	hash := b.Hash()
	sets := [][2][]byte{
		{numKey(blockPrefix, n), enc},
		{append(append([]byte(nil), hashPrefix...), hash[:]...), num},
		{headKey, num},
	}
	for i, tx := range b.Txs {
		h := tx.Hash(chainID)
		loc := binary.BigEndian.AppendUint32(append([]byte(nil), num...), uint32(i))
		sets = append(sets, [2][]byte{append(append([]byte(nil), txPrefix...), h[:]...), loc})
	}
	for _, kv := range sets {
		if err := batch.Set(kv[0], kv[1], nil); err != nil {
			return fmt.Errorf("chain: stage block %d: %w", n, err)
		}
	}
	return stageLogs(batch, b, chainID)
}

func (c *Chain) get(key []byte) ([]byte, error) {
	v, closer, err := c.pdb.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	return append([]byte(nil), v...), nil
}

// BlockByNumber returns block n.
func (c *Chain) BlockByNumber(n uint64) (*Block, error) {
	v, err := c.get(numKey(blockPrefix, n))
	if err != nil {
		return nil, err
	}
	var sb storedBlock
	if err := rlp.DecodeBytes(v, &sb); err != nil {
		return nil, fmt.Errorf("%w: block %d: %w", state.ErrCorrupt, n, err)
	}
	h, err := core.DecodeHeader(sb.Header)
	if err != nil {
		return nil, fmt.Errorf("%w: block %d: %w", state.ErrCorrupt, n, err)
	}
	txs, err := core.DecodeTxs(sb.TxData)
	if err != nil {
		if len(sb.Receipts) > 0 {
			return nil, fmt.Errorf("%w: block %d: %w", state.ErrCorrupt, n, err)
		}
		// Tx data that does not decode, in a block without receipts: a
		// block that a sequencer in its misbehaving test mode made (it
		// posts one for a fraud proof to revert). Kept as it is, with no
		// transactions.
		txs = nil
	}
	if len(sb.Receipts) != len(txs) {
		return nil, fmt.Errorf("%w: block %d has %d txs and %d receipts", state.ErrCorrupt, n, len(txs), len(sb.Receipts))
	}
	// The receipts name the senders, recovered when the block was made or
	// derived: reading a block recovers nothing again.
	for i, tx := range txs {
		tx.KnownSender(c.cfg.ChainID, sb.Receipts[i].Sender)
	}
	b := &Block{Header: h, TxData: sb.TxData, Txs: txs, QueueItems: int(sb.QueueItems)}
	for _, m := range sb.Minted {
		if b.Minted == nil {
			b.Minted = map[common.Address]uint256.Int{}
		}
		b.Minted[m.Token] = *m.Amount
	}
	for _, w := range sb.QueueWithdrawals {
		b.QueueWithdrawals = append(b.QueueWithdrawals, int(w)-1)
	}
	b.QueueHashes = sb.QueueHashes
	for _, r := range sb.Receipts {
		b.Receipts = append(b.Receipts, core.Receipt{
			Kind: core.Kind(r.Kind), Sender: r.Sender, GasUsed: r.GasUsed,
			EffectiveGasPrice: *r.Price, Fee: *r.Fee, Withdrawal: int(r.Withdrawal) - 1,
		})
	}
	for _, enc := range sb.Withdrawals {
		w, err := decodeWithdrawal(enc)
		if err != nil {
			return nil, fmt.Errorf("%w: block %d: %w", state.ErrCorrupt, n, err)
		}
		b.Withdrawals = append(b.Withdrawals, w)
	}
	return b, nil
}

func decodeWithdrawal(b []byte) (core.Withdrawal, error) {
	if len(b) != core.WithdrawalLeafSize {
		return core.Withdrawal{}, fmt.Errorf("withdrawal of %d bytes", len(b))
	}
	w := core.Withdrawal{Block: binary.BigEndian.Uint64(b[0:8]), Index: binary.BigEndian.Uint32(b[8:12])}
	copy(w.Recipient[:], b[12:32])
	copy(w.Token[:], b[32:52])
	w.Amount.SetBytes32(b[52:84])
	return w, nil
}

// HeaderByNumber returns block n's header, reading nothing else of the
// block (its transactions are not decoded).
func (c *Chain) HeaderByNumber(n uint64) (*core.Header, error) {
	v, err := c.get(numKey(blockPrefix, n))
	if err != nil {
		return nil, err
	}
	return decodeStoredHeader(n, v)
}

// decodeStoredHeader decodes the header of stored block n (v) alone.
func decodeStoredHeader(n uint64, v []byte) (*core.Header, error) {
	content, _, err := rlp.SplitList(v)
	if err != nil {
		return nil, fmt.Errorf("%w: block %d: %w", state.ErrCorrupt, n, err)
	}
	enc, _, err := rlp.SplitString(content)
	if err != nil {
		return nil, fmt.Errorf("%w: block %d: %w", state.ErrCorrupt, n, err)
	}
	h, err := core.DecodeHeader(enc)
	if err != nil {
		return nil, fmt.Errorf("%w: block %d: %w", state.ErrCorrupt, n, err)
	}
	return h, nil
}

// BlockApplying returns the block that applied L1 queue item `index`, or
// ErrNotFound if the chain has not applied it. Queue cursors only grow
// along the chain, so it is found by binary search.
func (c *Chain) BlockApplying(index uint64) (*Block, error) {
	head := c.Head()
	if head.QueueCursor <= index {
		return nil, fmt.Errorf("%w: queue item %d (the chain applied %d)", ErrNotFound, index, head.QueueCursor)
	}
	lo, hi := uint64(1), head.Number // the first block whose cursor passes index is in [lo, hi]
	for lo < hi {
		mid := lo + (hi-lo)/2
		h, err := c.HeaderByNumber(mid)
		if err != nil {
			return nil, err
		}
		if h.QueueCursor > index {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return c.BlockByNumber(lo)
}

// BlockByHash returns the block with the given hash.
func (c *Chain) BlockByHash(h common.Hash) (*Block, error) {
	v, err := c.get(append(append([]byte(nil), hashPrefix...), h[:]...))
	if err != nil {
		return nil, err
	}
	return c.BlockByNumber(binary.BigEndian.Uint64(v))
}

// TxLocation returns the block number and index of a transaction in the chain.
func (c *Chain) TxLocation(h common.Hash) (uint64, int, error) {
	v, err := c.get(append(append([]byte(nil), txPrefix...), h[:]...))
	if err != nil {
		return 0, 0, err
	}
	if len(v) != 12 {
		return 0, 0, fmt.Errorf("%w: tx index entry of %d bytes", state.ErrCorrupt, len(v))
	}
	return binary.BigEndian.Uint64(v[:8]), int(binary.BigEndian.Uint32(v[8:])), nil
}

// SetMeta stores a small value under name, for the node's own bookkeeping.
func (c *Chain) SetMeta(name string, v []byte) error {
	return c.pdb.Set(append(append([]byte(nil), metaPrefix...), name...), v, pebble.Sync)
}

// Meta returns the value stored under name, or ErrNotFound.
func (c *Chain) Meta(name string) ([]byte, error) {
	return c.get(append(append([]byte(nil), metaPrefix...), name...))
}

// poolPrefix keys the mempool journal: cp ‖ tx hash → raw transaction.
var poolPrefix = []byte("cp")

// PoolJournal keeps the mempool's transactions in the chain's database
// (it implements mempool.Journal).
type PoolJournal struct{ c *Chain }

// PoolJournal returns the mempool journal kept in this chain's database.
func (c *Chain) PoolJournal() *PoolJournal { return &PoolJournal{c} }

func poolKey(h common.Hash) []byte { return append(append([]byte(nil), poolPrefix...), h[:]...) }

// Put stores a transaction durably.
func (j *PoolJournal) Put(h common.Hash, raw []byte) error {
	return j.c.pdb.Set(poolKey(h), raw, pebble.Sync)
}

// Stage adds a transaction to b, for a caller that stores it together with
// other writes.
func (j *PoolJournal) Stage(b *pebble.Batch, h common.Hash, raw []byte) error {
	return b.Set(poolKey(h), raw, nil)
}

// Delete drops transactions; it does not wait for the disk.
func (j *PoolJournal) Delete(hs []common.Hash) error {
	if len(hs) == 0 {
		return nil
	}
	b := j.c.pdb.NewBatch()
	defer b.Close()
	for _, h := range hs {
		if err := b.Delete(poolKey(h), nil); err != nil {
			return err
		}
	}
	return b.Commit(pebble.NoSync)
}

// Load calls fn with every stored transaction.
func (j *PoolJournal) Load(fn func(raw []byte)) error {
	// The bound is the prefix's successor ("cq"), not prefix‖0xff: that
	// would leave out every transaction whose hash starts with 0xff.
	upper := append([]byte(nil), poolPrefix...)
	upper[len(upper)-1]++
	it, err := j.c.pdb.NewIter(&pebble.IterOptions{LowerBound: poolPrefix, UpperBound: upper})
	if err != nil {
		return err
	}
	defer it.Close()
	var raws [][]byte
	for it.First(); it.Valid(); it.Next() {
		raws = append(raws, append([]byte(nil), it.Value()...))
	}
	if err := it.Error(); err != nil {
		return err
	}
	// Re-admit in nonce order per sender would be ideal; the pool accepts
	// nonce gaps within its sender allowance, so key order does.
	for _, r := range raws {
		fn(r)
	}
	return nil
}
