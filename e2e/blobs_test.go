package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/blob"
	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/txmgr"
	"github.com/viaduct-l2/viaduct/wire"
)

// blobPoster sequences an L2 of its own and posts it in blob batches with
// the contract helpers, as a batcher posting blobs does: the test's
// stand-in for a sequencer on a Rollup it deployed.
type blobPoster struct {
	t      *testing.T
	ctx    context.Context
	l1     *ethclient.Client
	info   wire.RollupInfo
	rollup *l1.Rollup
	send   *txmgr.Manager
	key    int // the dev account that sequences (and funds its L2 account)
	chain  *chain.Chain
	nonce  uint64 // its next L2 nonce
}

func newBlobPoster(t *testing.T, ctx context.Context, l1URL, cfgFile string, key int) *blobPoster {
	t.Helper()
	raw, err := os.ReadFile(cfgFile)
	if err != nil {
		t.Fatal(err)
	}
	p := &blobPoster{t: t, ctx: ctx, key: key}
	if err := json.Unmarshal(raw, &p.info); err != nil {
		t.Fatal(err)
	}
	if p.l1, err = ethclient.DialContext(ctx, l1URL); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.l1.Close)
	p.rollup = &l1.Rollup{Client: p.l1, Address: p.info.Rollup}
	if p.send, err = txmgr.New(txmgr.Config{Client: p.l1, Key: devl1.DevKey(key), PollInterval: 100 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	if err := p.send.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.send.Stop(context.Background()) })
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if p.chain, err = chain.Open(db, p.l2()); err != nil {
		t.Fatal(err)
	}
	return p
}

func (p *blobPoster) l2() *core.Config {
	c := &core.Config{ChainID: p.info.L2ChainID}
	fee, _ := new(big.Int).SetString(p.info.L2BaseFee, 10)
	c.BaseFee.SetFromBig(fee)
	return c
}

// fund deposits on L1 for the poster's own L2 account and seals the block
// that applies it.
func (p *blobPoster) fund() *chain.Block {
	p.t.Helper()
	me := crypto.PubkeyToAddress(devl1.DevKey(p.key).PublicKey)
	if _, err := p.send.Send(p.ctx, txmgr.Candidate{To: &p.info.Rollup, Data: bindings.NewRollup().PackDepositETH(me), Value: big.NewInt(1e18)}); err != nil {
		p.t.Fatal(err)
	}
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		p.t.Fatal(err)
	}
	defer db.Close()
	f, err := l1.NewFollower(l1.FollowerConfig{Rollup: p.rollup, DB: db, FromBlock: p.info.DeployBlock})
	if err != nil {
		p.t.Fatal(err)
	}
	if err := f.Poll(p.ctx); err != nil {
		p.t.Fatal(err)
	}
	items := f.Snapshot().QueueItems(0, 1)
	if len(items) != 1 {
		p.t.Fatalf("the deposit is not in the Rollup's queue (%d items)", len(items))
	}
	return p.seal(items, nil)
}

// transfers seals a block of n transfers from the poster's account.
func (p *blobPoster) transfers(n int) *chain.Block {
	p.t.Helper()
	cfg := p.l2()
	var txs []*core.Tx
	for i := range n {
		to := common.BigToAddress(big.NewInt(int64(0xcafe + i)))
		signed, err := types.SignNewTx(devl1.DevKey(p.key), types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
			ChainID: cfg.BigChainID(), Nonce: p.nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
			Gas: core.TransferGas, To: &to, Value: big.NewInt(int64(1000 + i)),
		})
		if err != nil {
			p.t.Fatal(err)
		}
		tx, err := core.FromTransaction(signed, cfg)
		if err != nil {
			p.t.Fatal(err)
		}
		txs = append(txs, tx)
		p.nonce++
	}
	return p.seal(nil, core.EncodeTxs(txs))
}

func (p *blobPoster) seal(items []core.QueueItem, txData []byte) *chain.Block {
	p.t.Helper()
	head, err := p.l1.HeaderByNumber(p.ctx, nil)
	if err != nil {
		p.t.Fatal(err)
	}
	c := p.chain
	o, err := core.Execute(p.l2(), c.State(), c.Head(), max(head.Time, c.Head().Timestamp), common.Address{}, items, txData)
	if err != nil {
		p.t.Fatal(err)
	}
	pr, err := c.Prepare(o.Diff)
	if err != nil {
		p.t.Fatal(err)
	}
	blk := chain.FromOutcome(o, pr.Root())
	if err := c.Append(blk, pr); err != nil {
		p.t.Fatal(err)
	}
	return blk
}

// post posts blocks as one blob batch and returns its transaction's
// versioned hashes, its blobs and its L1 block.
func (p *blobPoster) post(blocks ...*chain.Block) ([]common.Hash, []kzg4844.Blob, uint64) {
	p.t.Helper()
	headers := make([]*core.Header, len(blocks))
	data := make([][]byte, len(blocks))
	for i, b := range blocks {
		headers[i], data[i] = b.Header, b.TxData
	}
	blobs, lengths, err := rollup.EncodeBlobs(data)
	if err != nil {
		p.t.Fatal(err)
	}
	bond, _ := new(big.Int).SetString(p.info.Bond, 10)
	r, err := p.send.Send(p.ctx, txmgr.Candidate{To: &p.info.Rollup, Data: rollup.SubmitBlobBatchCall(headers, lengths), Value: bond, Blobs: blobs})
	if err != nil {
		p.t.Fatal(err)
	}
	tx, _, err := p.l1.TransactionByHash(p.ctx, r.TxHash)
	if err != nil {
		p.t.Fatal(err)
	}
	return tx.BlobHashes(), blobs, r.BlockNumber.Uint64()
}

// l2Head reads a node's head block number and hash.
func l2Head(ctx context.Context, url string) (uint64, common.Hash, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return 0, common.Hash{}, err
	}
	defer c.Close()
	var b struct {
		Number string      `json:"number"`
		Hash   common.Hash `json:"hash"`
	}
	if err := c.CallContext(ctx, &b, "eth_getBlockByNumber", "latest", false); err != nil {
		return 0, common.Hash{}, err
	}
	n, err := strconv.ParseUint(strings.TrimPrefix(b.Number, "0x"), 16, 64)
	return n, b.Hash, err
}

// liar is a blob archive that answers, for each blob asked, another blob
// under the true commitment (whose versioned hash is the one asked).
type liar struct {
	clock  blob.Clock
	hashes []common.Hash
	claims []kzg4844.Commitment
	junk   kzg4844.Blob
}

func (l *liar) Clock(context.Context) (blob.Clock, error) { return l.clock, nil }

func (l *liar) Sidecars(_ context.Context, _ blob.BlockID, keep func(uint64, common.Hash) bool, _ bool) ([]blob.Sidecar, bool, error) {
	var out []blob.Sidecar
	for i, h := range l.hashes {
		if keep(uint64(i), h) {
			out = append(out, blob.Sidecar{Index: uint64(i), Hash: h, Blob: &l.junk, Commitment: l.claims[i]})
		}
	}
	return out, true, nil
}

// TestVerifiersFetchAndCheckBlobs: blob batches posted to a Rollup on
// `viaduct dev`'s L1, whose beacon API keeps the blobs of its newest blocks
// only (--l1-blob-retention), as a consensus client keeps 18 days. The L1
// mines only for transactions, so its window moves when the test says.
//   - A verifier derives them through --l1-beacon (the embedded L1's
//     beacon API) and keeps the blobs.
//   - Once the L1 has forgotten them, a verifier with the L1's beacon API
//     and a lying archive (each blob it serves is another under the true
//     commitment) derives nothing: it names the blob it lacks, says the
//     archive lied, and stays at genesis.
//   - A verifier with the same sources and, after them, the first
//     verifier's RPC URL as another --blob-archive resyncs the whole chain:
//     the lie passed over, the blobs taken from the node that kept them.
func TestVerifiersFetchAndCheckBlobs(t *testing.T) {
	h := newHarness(t)
	l1Port, l2Port := freePort(t), freePort(t)
	const retention = 8
	h.start("dev", "viaduct dev is ready", "dev", "--l1-port", fmt.Sprint(l1Port), "--port", fmt.Sprint(l2Port), "--verifier-port", "0",
		"--fund", "1", "--l1-block-time", "1h", "--l1-blob-retention", fmt.Sprint(retention), "--datadir", t.TempDir(), "--log-level", "info")
	l1URL := fmt.Sprintf("http://127.0.0.1:%d", l1Port)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "rollup.json")
	poster := 3
	h.mustRun("deploy", "--l1-rpc", l1URL, "--dev-account", "2", "--sequencer", crypto.PubkeyToAddress(devl1.DevKey(poster).PublicKey).Hex(), "--out", cfgFile)
	p := newBlobPoster(t, ctx, l1URL, cfgFile, poster)
	b1 := p.fund()
	b2 := p.transfers(5)
	b3 := p.transfers(60)
	hashes, blobs, batchBlock := p.post(b1, b2, b3)
	b4 := p.transfers(3)
	p.post(b4)
	want := p.chain.Head().Hash()

	verifier := func(name string, sources ...string) (*proc, string) {
		port := freePort(t)
		args := append([]string{"node", "--role", "verifier", "--config", cfgFile, "--l1-rpc", l1URL, "--datadir", filepath.Join(dir, name),
			"--rpc-addr", fmt.Sprintf("127.0.0.1:%d", port), "--log-level", "info"}, sources...)
		return h.start(name, "serving", args...), fmt.Sprintf("http://127.0.0.1:%d", port)
	}
	derived := func(url string) bool {
		n, hash, err := l2Head(ctx, url)
		return err == nil && n == 4 && hash == want
	}

	_, aURL := verifier("verifier-beacon", "--l1-beacon", l1URL)
	waitFor(t, "the verifier with --l1-beacon to derive the blob batches", 3*time.Minute, func() bool { return derived(aURL) })

	// The L1 moves on, and its beacon API forgets the first batch's blobs.
	for {
		n, err := p.l1.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n >= batchBlock+retention {
			break
		}
		if _, err := p.send.Send(ctx, txmgr.Candidate{To: &common.Address{0xb1}, Value: big.NewInt(1)}); err != nil {
			t.Fatal(err)
		}
	}
	clockOf := func() blob.Clock {
		f, err := blob.NewFetcher(blob.FetcherConfig{Beacon: l1URL})
		if err != nil {
			t.Fatal(err)
		}
		c, err := f.Clock(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	l := &liar{clock: clockOf(), hashes: hashes}
	for i := range blobs {
		_, c, err := blob.VersionedHash(&blobs[i])
		if err != nil {
			t.Fatal(err)
		}
		l.claims = append(l.claims, c)
	}
	l.junk[100] = 1
	lying := httptest.NewServer(&blob.Handler{Backend: l})
	defer lying.Close()

	c, cURL := verifier("verifier-lied-to", "--l1-beacon", l1URL, "--blob-archive", lying.URL)
	waitFor(t, "the verifier without an honest source to name the blob it lacks", 3*time.Minute, func() bool {
		out := c.out.String()
		return strings.Contains(out, "waiting for blobs") && strings.Contains(out, hashes[0].Hex())
	})
	if out := c.out.String(); !strings.Contains(out, "a blob source lied") {
		t.Fatalf("the lie was not reported:\n%s", out)
	}
	if n, _, err := l2Head(ctx, cURL); err != nil || n != 0 {
		t.Fatalf("the verifier without the blobs is at block %d (%v), want 0", n, err)
	}

	_, dURL := verifier("verifier-resync", "--l1-beacon", l1URL, "--blob-archive", lying.URL, "--blob-archive", aURL)
	waitFor(t, "the verifier to resync from the first verifier's archive", 3*time.Minute, func() bool { return derived(dURL) })
	if n, _, err := l2Head(ctx, cURL); err != nil || n != 0 {
		t.Fatalf("the verifier without the blobs moved to block %d (%v)", n, err)
	}
}

// blockAt reads a node's block number n ("safe", "latest" or a number).
func blockAt(ctx context.Context, url, n string) (uint64, common.Hash, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return 0, common.Hash{}, err
	}
	defer c.Close()
	var b *struct {
		Number string      `json:"number"`
		Hash   common.Hash `json:"hash"`
	}
	if err := c.CallContext(ctx, &b, "eth_getBlockByNumber", n, false); err != nil {
		return 0, common.Hash{}, err
	}
	if b == nil {
		return 0, common.Hash{}, fmt.Errorf("no block %s", n)
	}
	num, err := strconv.ParseUint(strings.TrimPrefix(b.Number, "0x"), 16, 64)
	return num, b.Hash, err
}

// junkArchive speaks the beacon API with the clock of the beacon node at
// clockFrom, and answers every blob asked with one of its own: the blobs
// of /blobs hash to nothing asked, and the sidecars of /blob_sidecars
// claim commitments that are not their blobs'.
func junkArchive(t *testing.T, clock blob.Clock) *httptest.Server {
	var junk kzg4844.Blob
	junk[33] = 7
	_, c, err := blob.VersionedHash(&junk)
	if err != nil {
		t.Fatal(err)
	}
	other := c
	other[47] ^= 1
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hexBlob := "0x" + common.Bytes2Hex(junk[:])
		w.Header().Set("Content-Type", "application/json")
		switch {
		case r.URL.Path == "/eth/v1/beacon/genesis":
			fmt.Fprintf(w, `{"data":{"genesis_time":"%d"}}`, clock.Genesis)
		case r.URL.Path == "/eth/v1/config/spec":
			fmt.Fprintf(w, `{"data":{"SECONDS_PER_SLOT":"%d"}}`, clock.SecondsPerSlot)
		case strings.HasPrefix(r.URL.Path, "/eth/v1/beacon/blobs/"):
			n := len(r.URL.Query()["versioned_hashes"])
			items := make([]string, max(n, 1))
			for i := range items {
				items[i] = `"` + hexBlob + `"`
			}
			fmt.Fprintf(w, `{"execution_optimistic":false,"finalized":true,"data":[%s]}`, strings.Join(items, ","))
		case strings.HasPrefix(r.URL.Path, "/eth/v1/beacon/blob_sidecars/"):
			fmt.Fprintf(w, `{"data":[{"index":"0","blob":"%s","kzg_commitment":"0x%x","kzg_proof":"0x%x"}]}`, hexBlob, other[:], make([]byte, 48))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestDevPostsBlobsAndVerifiersDeriveThem: `viaduct dev`'s sequencer posts
// its batches in blobs (--da blobs, the default); its verifier derives the
// same chain through the embedded L1's beacon API, and a verifier started
// apart, with no beacon node, derives it from the sequencer's RPC port
// (which keeps the blobs it posted), passing over a lying archive asked
// first.
func TestDevPostsBlobsAndVerifiersDeriveThem(t *testing.T) {
	h := newHarness(t)
	l1Port, l2Port, verPort := freePort(t), freePort(t), freePort(t)
	h.start("dev", "viaduct dev is ready", "dev", "--l1-port", fmt.Sprint(l1Port), "--port", fmt.Sprint(l2Port), "--verifier-port", fmt.Sprint(verPort),
		"--datadir", t.TempDir(), "--log-level", "info")
	l1URL := fmt.Sprintf("http://127.0.0.1:%d", l1Port)
	seqURL := fmt.Sprintf("http://127.0.0.1:%d", l2Port)
	verURL := fmt.Sprintf("http://127.0.0.1:%d", verPort)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	l2c, err := ethclient.DialContext(ctx, seqURL)
	if err != nil {
		t.Fatal(err)
	}
	defer l2c.Close()
	var info wire.RollupInfo
	if err := l2c.Client().CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
		t.Fatal(err)
	}

	// Transfers from two funded dev accounts.
	l2cfg := core.DevConfig()
	var last common.Hash
	for _, k := range []int{0, 1} {
		key := devl1.DevKey(k)
		n, err := l2c.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		for i := range uint64(60) {
			to := common.BigToAddress(big.NewInt(int64(0xbeef + i)))
			tx, err := types.SignNewTx(key, types.LatestSignerForChainID(l2cfg.BigChainID()), &types.DynamicFeeTx{
				ChainID: l2cfg.BigChainID(), Nonce: n + i, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
				Gas: core.TransferGas, To: &to, Value: big.NewInt(1e12),
			})
			if err != nil {
				t.Fatal(err)
			}
			if err := l2c.SendTransaction(ctx, tx); err != nil {
				t.Fatal(err)
			}
			last = tx.Hash()
		}
	}
	var lastBlock uint64
	waitFor(t, "the last transfer's receipt", time.Minute, func() bool {
		r, err := l2c.TransactionReceipt(ctx, last)
		if err == nil {
			lastBlock = r.BlockNumber.Uint64()
		}
		return err == nil
	})
	var target common.Hash
	waitFor(t, "the transfers posted (safe)", 2*time.Minute, func() bool {
		n, _, err := blockAt(ctx, seqURL, "safe")
		if err != nil || n < lastBlock {
			return false
		}
		_, target, err = blockAt(ctx, seqURL, hexutil.EncodeUint64(n))
		lastBlock = n
		return err == nil
	})

	// Every batch on L1 is a blob batch.
	l1c, err := ethclient.DialContext(ctx, l1URL)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	events := bindings.NewRollup().GetABI().Events
	count := func(name string) int {
		logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(info.DeployBlock), Addresses: []common.Address{info.Rollup},
			Topics: [][]common.Hash{{events[name].ID}}})
		if err != nil {
			t.Fatal(err)
		}
		return len(logs)
	}
	if batches, blobBatches := count(bindings.RollupBatchSubmittedEventName), count(bindings.RollupBlobBatchSubmittedEventName); batches == 0 || blobBatches != batches {
		t.Fatalf("%d batches on L1, %d of them in blobs; want all in blobs", batches, blobBatches)
	}

	derived := func(url string) func() bool {
		return func() bool {
			_, hash, err := blockAt(ctx, url, hexutil.EncodeUint64(lastBlock))
			return err == nil && hash == target
		}
	}
	waitFor(t, "viaduct dev's verifier to derive the blob batches through the L1's beacon API", 2*time.Minute, derived(verURL))

	f, err := blob.NewFetcher(blob.FetcherConfig{Beacon: l1URL})
	if err != nil {
		t.Fatal(err)
	}
	clock, err := f.Clock(ctx)
	if err != nil {
		t.Fatal(err)
	}
	liar := junkArchive(t, clock)
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "rollup.json")
	raw, _ := json.Marshal(info)
	if err := os.WriteFile(cfgFile, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	v := h.start("verifier-archive", "serving", "node", "--role", "verifier", "--config", cfgFile, "--l1-rpc", l1URL, "--datadir", filepath.Join(dir, "v"),
		"--rpc-addr", fmt.Sprintf("127.0.0.1:%d", port), "--log-level", "info", "--blob-archive", liar.URL, "--blob-archive", seqURL)
	waitFor(t, "a verifier to derive the blob batches from the sequencer's archive", 2*time.Minute, derived(fmt.Sprintf("http://127.0.0.1:%d", port)))
	if !strings.Contains(v.out.String(), "a blob source lied") {
		t.Fatalf("the lying archive was not reported:\n%s", v.out.String())
	}
}

// TestNodesPostAndDeriveBlobBatches: on the L1 VIADUCT_E2E_L1 names (geth
// --dev by default, which has no beacon API), a sequencer started with
// --da blobs posts its batches in blobs, and a verifier whose only blob
// source is the sequencer's RPC port (--blob-archive) derives the same
// chain.
func TestNodesPostAndDeriveBlobBatches(t *testing.T) {
	h := newHarness(t)
	l1 := h.l1()
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "rollup.json")
	h.mustRun("deploy", "--l1-rpc", l1.HTTP, "--dev-account", "4", "--out", cfgFile)
	seqPort, verPort := freePort(t), freePort(t)
	seqURL := fmt.Sprintf("http://127.0.0.1:%d", seqPort)
	h.start("sequencer", "serving", "node", "--config", cfgFile, "--l1-rpc", l1.HTTP, "--dev-account", "4", "--datadir", filepath.Join(dir, "seq"),
		"--rpc-addr", fmt.Sprintf("127.0.0.1:%d", seqPort), "--block-time", "100ms", "--da", "blobs", "--log-level", "info")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	h.mustRun("deposit", "--dev-account", "1", "--amount", "1", "--l1-rpc", l1.HTTP, "--l2-rpc", seqURL, "--timeout", "60s")
	l2c, err := ethclient.DialContext(ctx, seqURL)
	if err != nil {
		t.Fatal(err)
	}
	defer l2c.Close()
	var info wire.RollupInfo
	if err := l2c.Client().CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
		t.Fatal(err)
	}
	key := devl1.DevKey(1)
	l2cfg := core.DevConfig()
	n, err := l2c.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	var last common.Hash
	for i := range uint64(80) {
		to := common.BigToAddress(big.NewInt(int64(0xd00d + i)))
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(l2cfg.BigChainID()), &types.DynamicFeeTx{
			ChainID: l2cfg.BigChainID(), Nonce: n + i, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
			Gas: core.TransferGas, To: &to, Value: big.NewInt(1e12),
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := l2c.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		last = tx.Hash()
	}
	var safe uint64
	var target common.Hash
	waitFor(t, "the transfers posted", 3*time.Minute, func() bool {
		r, err := l2c.TransactionReceipt(ctx, last)
		if err != nil {
			return false
		}
		s, _, err := blockAt(ctx, seqURL, "safe")
		if err != nil || s < r.BlockNumber.Uint64() {
			return false
		}
		_, target, err = blockAt(ctx, seqURL, hexutil.EncodeUint64(s))
		safe = s
		return err == nil
	})
	l1c, err := ethclient.DialContext(ctx, l1.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	events := bindings.NewRollup().GetABI().Events
	count := func(name string) int {
		logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(info.DeployBlock), Addresses: []common.Address{info.Rollup},
			Topics: [][]common.Hash{{events[name].ID}}})
		if err != nil {
			t.Fatal(err)
		}
		return len(logs)
	}
	if batches, blobBatches := count(bindings.RollupBatchSubmittedEventName), count(bindings.RollupBlobBatchSubmittedEventName); batches == 0 || blobBatches != batches {
		t.Fatalf("%d batches on L1 (%s), %d of them in blobs; want all in blobs", batches, l1.Kind, blobBatches)
	}
	h.start("verifier", "serving", "node", "--role", "verifier", "--config", cfgFile, "--l1-rpc", l1.HTTP, "--datadir", filepath.Join(dir, "ver"),
		"--rpc-addr", fmt.Sprintf("127.0.0.1:%d", verPort), "--blob-archive", seqURL, "--log-level", "info")
	waitFor(t, "the verifier to derive the blob batches from the sequencer's archive", 2*time.Minute, func() bool {
		_, hash, err := blockAt(ctx, fmt.Sprintf("http://127.0.0.1:%d", verPort), hexutil.EncodeUint64(safe))
		return err == nil && hash == target
	})
}
