package rollup_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

// rehash recomputes the parent hashes of blocks[i+1:] after blocks[i]'s
// header was changed, so that only the intended field is wrong.
func rehash(blocks []rollup.Block, from int) {
	for i := from + 1; i < len(blocks); i++ {
		blocks[i].Header.ParentHash = blocks[i-1].Header.Hash()
	}
}

func TestBatchRejectsWrongParentHash(t *testing.T) {
	f := newFixture(t)

	// The first batch must continue the genesis block.
	blocks := f.emptyBlocks(2, 0)
	blocks[0].Header.ParentHash = common.Hash{1}
	rehash(blocks, 0)
	_, err := f.submit(f.seq, blocks)
	wantRevert(t, err, "WrongParentHash", uint64(1), core.Genesis().Hash(), common.Hash{1})

	// A block inside a batch must continue the one before it.
	blocks = f.emptyBlocks(3, 0)
	blocks[2].Header.ParentHash = blocks[0].Header.Hash()
	_, err = f.submit(f.seq, blocks)
	wantRevert(t, err, "WrongParentHash", uint64(3), blocks[1].Header.Hash(), blocks[0].Header.Hash())

	// A later batch must continue the last accepted block, not an older one.
	f.mustSubmit(f.seq, f.emptyBlocks(2, 0))
	stale := nextHeader(f.batches[0][0], f.chain.Now(), nil, 0, nil)
	stale.Number = 3
	_, err = f.submit(f.seq, []rollup.Block{{Header: stale}})
	wantRevert(t, err, "WrongParentHash", uint64(3), f.tip.Hash(), f.batches[0][0].Hash())

	// Replaying an accepted batch fails too.
	replay := []rollup.Block{{Header: f.batches[0][0]}, {Header: f.batches[0][1]}}
	_, err = f.submit(f.seq, replay)
	wantRevert(t, err, "WrongParentHash", uint64(1), f.tip.Hash(), core.Genesis().Hash())
}

func TestBatchRejectsWrongNumber(t *testing.T) {
	f := newFixture(t)
	blocks := f.emptyBlocks(2, 0)
	blocks[1].Header.Number = 3
	_, err := f.submit(f.seq, blocks)
	wantRevert(t, err, "WrongBlockNumber", uint64(2), uint64(3))

	blocks = f.emptyBlocks(1, 0)
	blocks[0].Header.Number = 0
	_, err = f.submit(f.seq, blocks)
	wantRevert(t, err, "WrongBlockNumber", uint64(1), uint64(0))
}

func TestBatchRejectsBadTimestamps(t *testing.T) {
	f := newFixture(t)
	now := f.chain.Now()

	// Not in the future: the L1 block that includes the batch is at most a
	// few seconds after `now`, never an hour.
	blocks := f.emptyBlocks(1, 0)
	blocks[0].Header.Timestamp = now + 3600
	_, err := f.submit(f.seq, blocks)
	data, ok := simtest.RevertData(err)
	id := rollupABI.GetABI().Errors["TimestampInFuture"].ID
	if !ok || len(data) < 4 || string(data[:4]) != string(id[:4]) {
		t.Fatalf("future timestamp: got %v, want TimestampInFuture", err)
	}

	// Not before the parent's.
	blocks = f.emptyBlocks(2, 0)
	blocks[0].Header.Timestamp = now - 10
	blocks[1].Header.Timestamp = now - 11
	rehash(blocks, 0)
	_, err = f.submit(f.seq, blocks)
	wantRevert(t, err, "TimestampBeforeParent", uint64(2), now-11, now-10)

	// Equal timestamps are fine, and a later batch cannot go back in time.
	blocks = f.emptyBlocks(2, 0)
	f.mustSubmit(f.seq, blocks)
	back := f.emptyBlocks(1, 0)
	back[0].Header.Timestamp = f.tip.Timestamp - 1
	_, err = f.submit(f.seq, back)
	wantRevert(t, err, "TimestampBeforeParent", uint64(3), f.tip.Timestamp-1, f.tip.Timestamp)
}

func TestBatchRejectsTxDataNotMatchingHeader(t *testing.T) {
	f := newFixture(t)
	blocks := f.emptyBlocks(2, 0)
	// The header commits to empty tx data, the batch carries one byte: the
	// contract hashes what is posted, so data the header does not commit
	// to cannot be posted (and the other way round).
	blocks[1].TxData = []byte{0x01}
	_, err := f.submit(f.seq, blocks)
	wantRevert(t, err, "TxDataHashMismatch", uint64(2), crypto.Keccak256Hash([]byte{0x01}), core.EmptyTxDataHash)

	blocks = f.emptyBlocks(1, 0)
	blocks[0].Header.TxDataHash = crypto.Keccak256Hash([]byte("withheld"))
	_, err = f.submit(f.seq, blocks)
	wantRevert(t, err, "TxDataHashMismatch", uint64(1), core.EmptyTxDataHash, crypto.Keccak256Hash([]byte("withheld")))
}

func TestBatchRejectsTxDataOverLimit(t *testing.T) {
	f := newFixture(t)
	big := make([]byte, core.MaxTxDataBytes+1)
	for i := range big {
		big[i] = byte(i)
	}
	h := nextHeader(f.tip, f.chain.Now(), big, 0, nil)
	_, err := f.submit(f.seq, []rollup.Block{{Header: h, TxData: big}})
	wantRevert(t, err, "TxDataTooLarge", uint64(1), big1(core.MaxTxDataBytes+1))

	// Exactly at the limit is accepted.
	atLimit := big[:core.MaxTxDataBytes]
	h = nextHeader(f.tip, f.chain.Now(), atLimit, 0, nil)
	f.mustSubmit(f.seq, []rollup.Block{{Header: h, TxData: atLimit}})
}

func big1(n int) *big.Int { return big.NewInt(int64(n)) }

func TestBatchRejectsQueueCursorBeyondQueue(t *testing.T) {
	f := newFixture(t)
	// No queue items yet: cursor 1 is beyond the queue.
	_, err := f.submit(f.seq, f.emptyBlocks(1, 1))
	wantRevert(t, err, "QueueCursorBeyondQueue", uint64(1), uint64(1), big1(0))

	for i := 0; i < 2; i++ {
		if _, err := f.depositETH(f.alice, f.alice.Address, minDeposit); err != nil {
			t.Fatal(err)
		}
	}
	_, err = f.submit(f.seq, f.emptyBlocks(1, 3))
	wantRevert(t, err, "QueueCursorBeyondQueue", uint64(1), uint64(3), big1(2))
	// Consuming exactly the queue is fine.
	f.mustSubmit(f.seq, f.emptyBlocks(1, 2))
}

func TestBatchRejectsQueueCursorGoingBack(t *testing.T) {
	f := newFixture(t)
	for i := 0; i < 2; i++ {
		if _, err := f.depositETH(f.alice, f.alice.Address, minDeposit); err != nil {
			t.Fatal(err)
		}
	}
	f.mustSubmit(f.seq, f.emptyBlocks(1, 2))
	_, err := f.submit(f.seq, f.emptyBlocks(1, 1))
	wantRevert(t, err, "QueueCursorDecreasing", uint64(2), uint64(1), uint64(2))

	blocks := f.emptyBlocks(2, 2)
	blocks[1].Header.QueueCursor = 1
	_, err = f.submit(f.seq, blocks)
	wantRevert(t, err, "QueueCursorDecreasing", uint64(3), uint64(1), uint64(2))
}

func TestBatchRejectsTooManyQueueItemsInOneBlock(t *testing.T) {
	f := newFixture(t)
	n := core.MaxQueueItemsPerBlock + 1
	for i := 0; i < n; i++ {
		if _, err := f.depositETH(f.alice, f.alice.Address, minDeposit); err != nil {
			t.Fatal(err)
		}
	}
	_, err := f.submit(f.seq, f.emptyBlocks(1, uint64(n)))
	wantRevert(t, err, "TooManyQueueItems", uint64(1), big1(n))
	// Spread over two blocks it is fine.
	blocks := f.emptyBlocks(2, uint64(n))
	blocks[0].Header.QueueCursor = uint64(core.MaxQueueItemsPerBlock)
	rehash(blocks, 0)
	f.mustSubmit(f.seq, blocks)
}

func TestBatchRejectsEmptyBatchAndWrongBond(t *testing.T) {
	f := newFixture(t)
	_, err := f.submit(f.seq, nil)
	wantRevert(t, err, "EmptyBatch")

	blocks := f.emptyBlocks(1, 0)
	_, err = f.submitValue(f.seq, blocks, nil)
	wantRevert(t, err, "WrongBond", big1(0), bondAmount)
	more := new(big.Int).Add(bondAmount, big.NewInt(1))
	_, err = f.submitValue(f.seq, blocks, more)
	wantRevert(t, err, "WrongBond", more, bondAmount)
}

func TestNonSequencerCannotPostInsideInclusionWindow(t *testing.T) {
	f := newFixture(t)
	_, err := f.submit(f.carol, f.emptyBlocks(1, 0))
	wantRevert(t, err, "NotSequencer", f.carol.Address)

	// The sequencer posts regularly; a deposit waits less than the window.
	f.mustSubmit(f.seq, f.emptyBlocks(1, 0))
	if _, err := f.depositETH(f.alice, f.alice.Address, minDeposit); err != nil {
		t.Fatal(err)
	}
	f.chain.AdvanceTime(30 * time.Minute)
	_, err = f.submit(f.carol, f.emptyBlocks(1, 0))
	wantRevert(t, err, "NotSequencer", f.carol.Address)
	if f.windowOpen() {
		t.Fatal("inclusion window open after 30 minutes")
	}
}

func TestAnyoneWithBondCanPostWhenSequencerStalls(t *testing.T) {
	f := newFixture(t)
	receipt := f.mustSubmit(f.seq, f.emptyBlocks(1, 0))
	// Exactly one window after the last batch it is still closed ...
	f.advanceTo(receipt, inclusionWindow)
	if f.windowOpen() {
		t.Fatal("inclusion window open exactly one window after the last batch")
	}
	// ... and one second later it is open.
	f.chain.AdvanceTime(time.Second)
	if !f.windowOpen() {
		t.Fatal("inclusion window closed after the sequencer stalled")
	}
	// The self-sequencer still needs the bond.
	_, err := f.submitValue(f.carol, f.emptyBlocks(1, 0), nil)
	wantRevert(t, err, "WrongBond", big1(0), bondAmount)
	f.mustSubmit(f.carol, f.emptyBlocks(1, 0))
	got := simtest.MustCall(f.chain, f.addr, f.r.PackGetBatch(big1(1)), f.r.UnpackGetBatch)
	if got.Submitter != f.carol.Address {
		t.Fatalf("batch 1 submitter %s, want %s", got.Submitter, f.carol.Address)
	}
	// Its batch closes the window again.
	_, err = f.submit(f.bob, f.emptyBlocks(1, 0))
	wantRevert(t, err, "NotSequencer", f.bob.Address)
}

func TestAnyoneWithBondCanPostWhenQueueItemIsOverdue(t *testing.T) {
	f := newFixture(t)
	deposit, err := f.depositETH(f.alice, f.alice.Address, minDeposit)
	if err != nil {
		t.Fatal(err)
	}
	// The sequencer keeps posting, but leaves the deposit out.
	f.chain.AdvanceTime(40 * time.Minute)
	f.mustSubmit(f.seq, f.emptyBlocks(1, 0))
	f.advanceTo(deposit, inclusionWindow)
	if f.windowOpen() {
		t.Fatal("inclusion window open exactly one window after the deposit")
	}
	_, err = f.submit(f.carol, f.emptyBlocks(1, 1))
	wantRevert(t, err, "NotSequencer", f.carol.Address)
	f.chain.AdvanceTime(time.Second)
	if !f.windowOpen() {
		t.Fatal("inclusion window closed with an overdue deposit")
	}
	// Anyone includes it.
	f.mustSubmit(f.carol, f.emptyBlocks(1, 1))
	if f.windowOpen() {
		t.Fatal("inclusion window still open after the overdue deposit was included")
	}
	_, err = f.submit(f.carol, f.emptyBlocks(1, 1))
	wantRevert(t, err, "NotSequencer", f.carol.Address)
}

func TestBatchIsStoredAndAnnounced(t *testing.T) {
	f := newFixture(t)
	if _, err := f.depositETH(f.alice, f.bob.Address, minDeposit); err != nil {
		t.Fatal(err)
	}
	blocks := f.emptyBlocks(5, 1)
	receipt := f.mustSubmit(f.seq, blocks)
	headers := f.batches[0]

	batch := simtest.MustCall(f.chain, f.addr, f.r.PackGetBatch(big1(0)), f.r.UnpackGetBatch)
	if common.Hash(batch.BlocksRoot) != rollup.BlocksRoot(headers) {
		t.Fatalf("blocks root %x, want %x", batch.BlocksRoot, rollup.BlocksRoot(headers))
	}
	last := headers[4]
	if common.Hash(batch.LastBlockHash) != last.Hash() || common.Hash(batch.StateRoot) != last.StateRoot ||
		batch.FirstBlock != 1 || batch.LastBlock != 5 || batch.LastTimestamp != last.Timestamp ||
		batch.QueueCursor != 1 || batch.Submitter != f.seq.Address || !batch.BondHeld ||
		batch.SubmittedAt != f.blockTime(receipt) {
		t.Fatalf("stored batch %+v does not match the posted blocks", batch)
	}

	logs := f.logsOf(receipt)
	if len(logs) != 1 {
		t.Fatalf("%d logs, want 1", len(logs))
	}
	ev, err := f.r.UnpackBatchSubmittedEvent(logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if ev.BatchIndex.Uint64() != 0 || ev.Submitter != f.seq.Address || ev.FirstBlock != 1 || ev.LastBlock != 5 ||
		common.Hash(ev.BlocksRoot) != rollup.BlocksRoot(headers) || common.Hash(ev.LastBlockHash) != last.Hash() ||
		common.Hash(ev.StateRoot) != last.StateRoot || ev.QueueCursor != 1 {
		t.Fatalf("event %+v does not match the posted blocks", ev)
	}
	// The contract now holds the bond and the deposit.
	want := new(big.Int).Add(bondAmount, minDeposit)
	if got := f.chain.Balance(f.addr); got.Cmp(want) != 0 {
		t.Fatalf("contract balance %s, want %s", got, want)
	}
}

// TestNodeDerivesBatchFromCalldata decodes the submitting transaction's
// input the way a verifier does and checks it against the event.
func TestNodeDerivesBatchFromCalldata(t *testing.T) {
	f := newFixture(t)
	blocks := f.emptyBlocks(3, 0)
	blocks[1].TxData = []byte("not a real tx data, but the contract does not decode it")
	blocks[1].Header.TxDataHash = crypto.Keccak256Hash(blocks[1].TxData)
	rehash(blocks, 1)
	receipt := f.mustSubmit(f.seq, blocks)

	tx, _, err := f.chain.Client.TransactionByHash(bgCtx(), receipt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	a := rollupABI.GetABI()
	method, err := a.MethodById(tx.Data())
	if err != nil || method.Name != "submitBatch" {
		t.Fatalf("method %v (%v), want submitBatch", method, err)
	}
	derived, err := rollup.DecodeBatch(tx.Data())
	if err != nil {
		t.Fatal(err)
	}
	ev, err := f.r.UnpackBatchSubmittedEvent(f.logsOf(receipt)[0])
	if err != nil {
		t.Fatal(err)
	}
	headers := make([]*core.Header, len(derived))
	for i, b := range derived {
		headers[i] = b.Header
		if *b.Header != *blocks[i].Header || string(b.TxData) != string(blocks[i].TxData) {
			t.Fatalf("block %d decoded as %+v, posted %+v", i, b, blocks[i])
		}
	}
	if rollup.BlocksRoot(headers) != common.Hash(ev.BlocksRoot) {
		t.Fatal("decoded blocks do not match the event's blocks root")
	}
}
