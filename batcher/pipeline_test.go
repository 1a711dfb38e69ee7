package batcher_test

import (
	"bytes"
	"context"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// pendingOnL1 is how many transactions of the sequencer's key the L1 node
// holds unmined.
func (e *env) pendingOnL1() uint64 {
	e.t.Helper()
	p, err := e.client.PendingNonceAt(e.ctx, e.seq)
	if err != nil {
		e.t.Fatal(err)
	}
	m, err := e.client.NonceAt(e.ctx, e.seq, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return p - m
}

// waitPendingOnL1 waits until n of the key's transactions are pending on
// L1. The simulated chain's txpool takes a transaction in at once but
// promotes it to pending on a goroutine of its own, so a count read just
// after the send may miss it (and a block mined then would leave it out).
func (e *env) waitPendingOnL1(n uint64) {
	e.t.Helper()
	deadline := time.Now().Add(30 * time.Second) // a safety net
	for {
		got := e.pendingOnL1()
		if got == n {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("%d transactions of the key pending on L1, want %d", got, n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// minedBatches returns the sequencer's transactions in L1 blocks from..head.
func (e *env) minedBatches(from uint64) []*types.Transaction {
	e.t.Helper()
	head, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(big.NewInt(devl1.ChainID))
	var out []*types.Transaction
	for n := from; n <= head.Number.Uint64(); n++ {
		blk, err := e.client.BlockByNumber(e.ctx, new(big.Int).SetUint64(n))
		if err != nil {
			e.t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if s, err := types.Sender(signer, tx); err == nil && s == e.seq {
				out = append(out, tx)
			}
		}
	}
	return out
}

func (e *env) l1Head() uint64 {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Number.Uint64()
}

// reorgOwn takes the manual L1's last depth blocks away (the block before
// them is the head again); the node's txpool takes their transactions
// back, as a real node's does, and the test mines them again when it
// wants.
func (e *env) reorgOwn(depth uint64) {
	e.t.Helper()
	parent, err := e.client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(e.l1Head()-depth))
	if err != nil {
		e.t.Fatal(err)
	}
	mined, err := e.client.NonceAt(e.ctx, e.seq, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.sim.Fork(parent.Hash()); err != nil {
		e.t.Fatal(err)
	}
	// The fork point is the head now; the txpool takes the replaced
	// transactions back on its own goroutine.
	deadline := time.Now().Add(time.Minute)
	for {
		p, perr := e.client.PendingNonceAt(e.ctx, e.seq)
		n, nerr := e.client.NonceAt(e.ctx, e.seq, nil)
		if perr == nil && nerr == nil && n < mined && p == mined {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("the txpool did not take back the reorged transactions (nonce %d, pending %d, before %d)", n, p, mined)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// growTransfers appends n blocks stamped ts of one ETH transfer each, from
// a dev account that a deposit on L1, applied by the first block of the
// chain, funds; so that the blocks carry tx data.
func growTransfers(t *testing.T, e *env, n int, ts uint64) {
	t.Helper()
	key := devl1.DevKey(2)
	from := crypto.PubkeyToAddress(key.PublicKey)
	cfg := core.DevConfig()
	if e.chain.Head().Number == 0 {
		e.sendMined(key, &e.rollup.Address, bindings.NewRollup().PackDepositETH(from), big.NewInt(1e18))
		item := core.QueueItem{Kind: core.QueueDepositETH, From: from, To: from, Amount: *uint256.NewInt(1e18)}
		appendBlock(t, e.chain, ts, []core.QueueItem{item}, nil)
		ts = max(ts, e.chain.Head().Timestamp)
		n--
	}
	signer := types.LatestSignerForChainID(cfg.BigChainID())
	for range n {
		a, err := e.chain.State().Account(from)
		if err != nil {
			t.Fatal(err)
		}
		signed := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: cfg.BigChainID(), Nonce: a.Nonce,
			GasTipCap: new(big.Int), GasFeeCap: cfg.BaseFee.ToBig(), Gas: core.TransferGas, To: &common.Address{1}, Value: big.NewInt(1)})
		tx, err := core.FromTransaction(signed, cfg)
		if err != nil {
			t.Fatal(err)
		}
		appendBlock(t, e.chain, ts, nil, core.EncodeTxs([]*core.Tx{tx}))
	}
}

func appendBlock(t *testing.T, c *chain.Chain, ts uint64, items []core.QueueItem, txData []byte) {
	t.Helper()
	o, err := core.Execute(core.DevConfig(), c.State(), c.Head(), ts, common.Address{}, items, txData)
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.Prepare(o.Diff)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Append(chain.FromOutcome(o, p.Root()), p); err != nil {
		t.Fatal(err)
	}
}

// TestPipelineKeepsSeveralBatchesInFlight: with L1 not mining, the batcher
// sends batch after batch, each continuing the last block of the one
// before, while a full one is ready; the last, not full, waits. Mined in
// one L1 block, all of them are L1's, in order, each block once; in blobs
// as in calldata.
func TestPipelineKeepsSeveralBatchesInFlight(t *testing.T) {
	skipBlobsUnderRace(t)
	for _, da := range []batcher.DA{batcher.DACalldata, batcher.DABlobs} {
		t.Run(string(da), func(t *testing.T) {
			e := newManualEnv(t, txmgr.Config{}, nil)
			grow(t, e.chain, 7, e.l1Time(), nil)
			b := e.batcher(batcher.Config{MaxBlocks: 2, DA: da})
			from := e.l1Head() + 1
			for range 3 {
				if d := step(t, e.ctx, b, batcher.Post, 2); d.DA != da {
					t.Fatalf("posted as %s, want %s", d.DA, da)
				}
			}
			if d := step(t, e.ctx, b, batcher.Wait, 0); b.Stats().InFlight != 3 {
				t.Fatalf("%d batches in flight (%s), want 3", b.Stats().InFlight, d.Why)
			}
			e.waitPendingOnL1(3)
			e.mine()
			if n := e.pendingOnL1(); n != 0 {
				t.Fatalf("%d batches still pending after a block", n)
			}
			until(t, e.ctx, b, batcher.Post, 1)
			e.mine()
			until(t, e.ctx, b, batcher.Nothing, 0)
			lb, err := e.rollup.LatestBlock(e.ctx, nil)
			if err != nil || lb.Number != 7 || common.Hash(lb.BlockHash) != e.chain.Head().Hash() {
				t.Fatalf("L1 holds block %d (%v), want 7", lb.Number, err)
			}
			if n, err := e.rollup.BatchCount(e.ctx, nil); err != nil || n != 4 {
				t.Fatalf("%d batches (%v), want 4", n, err)
			}
			txs := e.minedBatches(from)
			if len(txs) != 4 {
				t.Fatalf("the key sent %d transactions, want 4", len(txs))
			}
			for _, tx := range txs {
				if blob := tx.Type() == types.BlobTxType; blob != (da == batcher.DABlobs) {
					t.Fatalf("a batch of type %d posted in %s mode", tx.Type(), da)
				}
			}
			s := b.Stats()
			if s.Batches != 4 || s.Blocks != 7 || s.InFlight != 0 || s.Reverted != 0 || s.Failed != 0 {
				t.Fatalf("stats %+v", s)
			}
			if da == batcher.DABlobs && (s.BlobBatches != 4 || s.Blobs != 4) {
				t.Fatalf("stats %+v, want 4 blob batches of one blob", s)
			}
		})
	}
}

// TestBlobBatchCarriesTheBlocks: a blob batch's blobs hold the blocks' tx
// data as spec section 17 lays it out, its event the lengths and the
// blobs' versioned hashes, and OnMined gets the sidecar once it is mined.
func TestBlobBatchCarriesTheBlocks(t *testing.T) {
	skipBlobsUnderRace(t)
	e := newManualEnv(t, txmgr.Config{}, nil)
	ts := e.l1Time()
	growTransfers(t, e, 5, ts)
	var mu sync.Mutex
	var got []*types.BlobTxSidecar
	b := e.batcher(batcher.Config{DA: batcher.DABlobs, OnMined: func(r *types.Receipt, sc *types.BlobTxSidecar) {
		mu.Lock()
		got = append(got, sc)
		mu.Unlock()
	}})
	step(t, e.ctx, b, batcher.Post, 5)
	e.mine()
	until(t, e.ctx, b, batcher.Nothing, 0)
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 1 {
		t.Fatalf("OnMined got %d sidecars, want 1", len(got))
	}
	txs := e.minedBatches(0)
	tx := txs[len(txs)-1]
	if !slices.Equal(tx.BlobHashes(), got[0].BlobHashes()) {
		t.Fatal("the sidecar handed on is not the mined transaction's")
	}
	headers, lengths, err := rollup.DecodeBlobBatch(tx.Data())
	if err != nil {
		t.Fatal(err)
	}
	data, err := rollup.DecodeBlobs(got[0].Blobs, lengths)
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range headers {
		blk, err := e.chain.BlockByNumber(h.Number)
		if err != nil {
			t.Fatal(err)
		}
		if h.Hash() != blk.Header.Hash() || !bytes.Equal(data[i], blk.TxData) || crypto.Keccak256Hash(data[i]) != h.TxDataHash {
			t.Fatalf("block %d: the blobs do not carry its tx data", h.Number)
		}
	}
	if len(data[1]) == 0 {
		t.Fatal("the blocks carry no tx data: the test proves nothing")
	}
}

// TestPipelineWaitsOutAReorgOfItsOwnBatches: batches in flight are mined,
// and an L1 reorg takes their block away before they are Confirmations
// deep; the node's txpool has them again and mines them again. The batcher
// builds nothing on the reorged view and sends nothing twice.
func TestPipelineWaitsOutAReorgOfItsOwnBatches(t *testing.T) {
	e := newManualEnv(t, txmgr.Config{Confirmations: 2}, nil)
	grow(t, e.chain, 7, e.l1Time(), nil)
	b := e.batcher(batcher.Config{MaxBlocks: 2, DA: batcher.DACalldata})
	from := e.l1Head() + 1
	for range 3 {
		step(t, e.ctx, b, batcher.Post, 2)
	}
	e.mine()
	// The view reads the batches; the transaction manager waits for depth.
	deadline := time.Now().Add(time.Minute)
	for {
		v, _ := e.src.Synced()
		if v.Posted().Number == 6 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the view holds block %d, want 6", v.Posted().Number)
		}
		time.Sleep(10 * time.Millisecond)
	}
	e.reorgOwn(1)
	for range 5 {
		if d, err := b.Step(e.ctx); err != nil || d.Kind != batcher.Wait {
			t.Fatalf("step during the reorg: %s (%s), %v; want a wait", d.Kind, d.Why, err)
		}
	}
	e.waitPendingOnL1(3) // the reorg's 3 batches, back in the txpool
	e.mine()             // mined again
	e.mine()
	e.mine() // two deep
	until(t, e.ctx, b, batcher.Post, 1)
	for range 3 {
		e.mine()
	}
	until(t, e.ctx, b, batcher.Nothing, 0)
	if txs := e.minedBatches(from); len(txs) != 4 {
		t.Fatalf("the key's transactions on L1: %d, want 4 (each batch once)", len(txs))
	}
	if n, err := e.rollup.BatchCount(e.ctx, nil); err != nil || n != 4 {
		t.Fatalf("%d batches (%v), want 4", n, err)
	}
	if s := b.Stats(); s.Batches != 4 || s.Failed != 0 || s.Reverted != 0 {
		t.Fatalf("stats %+v", s)
	}
}

// TestPipelineBumpsTheFeesOfBatchesInFlight: batches that L1 does not mine
// are replaced at higher prices (blob batches: tip, fee cap and blob fee
// cap doubled, the blob pool's rule) and the replacements are what L1
// mines, in order.
func TestPipelineBumpsTheFeesOfBatchesInFlight(t *testing.T) {
	for _, da := range []batcher.DA{batcher.DACalldata, batcher.DABlobs} {
		t.Run(string(da), func(t *testing.T) {
			e := newManualEnv(t, txmgr.Config{ResubmitAfter: 200 * time.Millisecond}, nil)
			grow(t, e.chain, 5, e.l1Time(), nil)
			b := e.batcher(batcher.Config{MaxBlocks: 2, DA: da})
			from := e.l1Head() + 1
			step(t, e.ctx, b, batcher.Post, 2)
			step(t, e.ctx, b, batcher.Post, 2)
			first := e.tx.Pending()
			if len(first) != 2 {
				t.Fatalf("%d in flight, want 2", len(first))
			}
			deadline := time.Now().Add(time.Minute)
			for {
				p := e.tx.Pending()
				if len(p) == 2 && p[0].Bumps > 0 && p[1].Bumps > 0 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatal("the batches in flight were not replaced")
				}
				time.Sleep(20 * time.Millisecond)
			}
			e.mine()
			until(t, e.ctx, b, batcher.Post, 1)
			e.mine()
			until(t, e.ctx, b, batcher.Nothing, 0)
			txs := e.minedBatches(from)
			if len(txs) != 3 {
				t.Fatalf("%d batches mined, want 3", len(txs))
			}
			for i, p := range first {
				tx := txs[i]
				if tx.Hash() == p.Hash || tx.Nonce() != p.Nonce {
					t.Fatalf("batch %d: the first version was mined, not a replacement", i)
				}
				if !txmgr.Replaces(feesOf(tx), p.Fees, da == batcher.DABlobs) {
					t.Fatalf("batch %d: mined at %+v, which does not replace %+v", i, feesOf(tx), p.Fees)
				}
			}
			if lb, err := e.rollup.LatestBlock(e.ctx, nil); err != nil || lb.Number != 5 {
				t.Fatalf("L1 holds block %d (%v), want 5", lb.Number, err)
			}
		})
	}
}

func feesOf(tx *types.Transaction) txmgr.Fees {
	f := txmgr.Fees{Tip: tx.GasTipCap(), FeeCap: tx.GasFeeCap()}
	if tx.Type() == types.BlobTxType {
		f.BlobFeeCap = tx.BlobGasFeeCap()
	}
	return f
}

// TestAFailedBatchTakesTheLaterOnesWithIt: three batches in flight skip a
// queue item that is within the inclusion window when they are sent and
// past it when L1 mines them: the first reverts (ForcedInclusionSkipped),
// and so do the two after it, which continue its blocks. The batcher drops
// them all, reads L1 again and, rather than send them again, has the first
// block sealed again with the item; then posts the new blocks.
func TestAFailedBatchTakesTheLaterOnesWithIt(t *testing.T) {
	e := newManualEnv(t, txmgr.Config{}, func(c *rollup.Config) { c.InclusionWindow = 3 })
	aliceKey := devl1.DevKey(1)
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	rc := e.sendMined(aliceKey, &e.rollup.Address, bindings.NewRollup().PackRequestWithdrawal(alice, common.Address{}, big.NewInt(1)), nil)
	added, err := e.client.HeaderByNumber(e.ctx, rc.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	item := core.QueueItem{Kind: core.QueueForcedWithdrawal, From: alice, To: alice, Amount: *uint256.NewInt(1)}
	ts := e.l1Time()
	grow(t, e.chain, 4, ts, nil) // sealed without the item
	b := e.batcher(batcher.Config{MaxBlocks: 1, DA: batcher.DACalldata})
	from := e.l1Head() + 1
	for range 3 {
		step(t, e.ctx, b, batcher.Post, 1)
	}
	for time.Now().Unix() <= int64(added.Time+e.cfg.InclusionWindow) {
		time.Sleep(50 * time.Millisecond) // the next L1 block's time is the wall clock's
	}
	e.mine()
	if txs := e.minedBatches(from); len(txs) != 3 {
		t.Fatalf("%d batches mined, want 3", len(txs))
	}
	if d := until(t, e.ctx, b, batcher.Reseal, 0); d.Block != 1 || !slices.Equal(e.src.resealed, []uint64{1}) {
		t.Fatalf("reseal %+v, asked %v; want block 1", d, e.src.resealed)
	}
	if s := b.Stats(); s.Reverted != 1 || s.InFlight != 0 || s.Batches != 0 {
		t.Fatalf("stats %+v: want the first batch reverted and the others dropped", s)
	}
	if n, err := e.rollup.BatchCount(e.ctx, nil); err != nil || n != 0 {
		t.Fatalf("%d batches on L1 (%v), want none", n, err)
	}
	// Sealed again with the item, the blocks are posted from L1's view.
	if _, err := e.chain.Rewind(0); err != nil {
		t.Fatal(err)
	}
	ts = e.l1Time()
	grow(t, e.chain, 1, ts, []core.QueueItem{item})
	grow(t, e.chain, 2, ts, nil)
	until(t, e.ctx, b, batcher.Post, 1)
	deadline := time.Now().Add(time.Minute)
	for {
		e.mine()
		d, err := b.Step(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d.Kind == batcher.Nothing {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the new blocks are not posted: %s (%s)", d.Kind, d.Why)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if lb, err := e.rollup.LatestBlock(e.ctx, nil); err != nil || lb.Number != 3 || lb.Cursor != 1 || common.Hash(lb.BlockHash) != e.chain.Head().Hash() {
		t.Fatalf("L1 holds block %d at cursor %d (%v), want 3 at 1", lb.Number, lb.Cursor, err)
	}
}

// refusing is an L1 client whose node refuses blob transactions, as a node
// before Cancun does.
type refusing struct {
	simulated.Client
	mu      sync.Mutex
	refused int
}

func (r *refusing) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if tx.Type() == types.BlobTxType {
		r.mu.Lock()
		r.refused++
		r.mu.Unlock()
		return rpcError("transaction type not supported: received type 3")
	}
	return r.Client.SendTransaction(ctx, tx)
}

// rpcError is an error as the node answers it over JSON-RPC.
type rpcError string

func (e rpcError) Error() string  { return string(e) }
func (e rpcError) ErrorCode() int { return -32000 }

func (r *refusing) BlobBaseFee(ctx context.Context) (*big.Int, error) {
	return r.Client.(txmgr.BlobFeeReader).BlobBaseFee(ctx)
}

// TestBlobsFallBackToCalldata: a batcher told to post blobs to an L1 that
// refuses blob transactions posts the batch as calldata instead.
func TestBlobsFallBackToCalldata(t *testing.T) {
	var c *refusing
	e := newManualEnvWith(t, func(sc simulated.Client) simulated.Client { c = &refusing{Client: sc}; return c }, txmgr.Config{}, nil)
	grow(t, e.chain, 2, e.l1Time(), nil)
	b := e.batcher(batcher.Config{DA: batcher.DABlobs})
	if d := step(t, e.ctx, b, batcher.Post, 2); d.DA != batcher.DABlobs {
		t.Fatalf("first try as %s, want blobs", d.DA)
	}
	if d := step(t, e.ctx, b, batcher.Post, 2); d.DA != batcher.DACalldata {
		t.Fatalf("after the refusal as %s, want calldata", d.DA)
	}
	e.mine()
	until(t, e.ctx, b, batcher.Nothing, 0)
	txs := e.minedBatches(0)
	if len(txs) != 1 || txs[0].Type() != types.DynamicFeeTxType || c.refused != 1 {
		t.Fatalf("%d batches, refused %d blob transactions; want one calldata batch after one refusal", len(txs), c.refused)
	}
	if lb, err := e.rollup.LatestBlock(e.ctx, nil); err != nil || lb.Number != 2 {
		t.Fatalf("L1 holds block %d (%v), want 2", lb.Number, err)
	}
}
