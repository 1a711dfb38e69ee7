package fraud_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
	"github.com/viaduct-l2/viaduct/state"
)

// randBytes returns n bytes from r.
func randBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// blobBatch is a batch the tests posted in blobs.
type blobBatch struct {
	index   uint64
	headers []*core.Header
	blobs   []kzg4844.Blob
	lengths []uint32
	hashes  []common.Hash
}

// sidecarOf computes the sidecar a blob batch's transaction carries.
func sidecarOf(t testing.TB, blobs []kzg4844.Blob) *types.BlobTxSidecar {
	t.Helper()
	sc, err := simtest.BlobSidecar(blobs)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// submitBlobs posts headers and lengths as the sequencer, in a transaction
// carrying sc's blobs.
func (c *l2) submitBlobs(headers []*core.Header, lengths []uint32, sc *types.BlobTxSidecar) *blobBatch {
	c.t.Helper()
	index := c.batchCount()
	if _, err := c.chain.SendBlobs(c.sequence, c.rollup, rollup.SubmitBlobBatchCall(headers, lengths), bond, sc); err != nil {
		c.t.Fatalf("posting a blob batch: %v", err)
	}
	return &blobBatch{index: index, headers: headers, blobs: sc.Blobs, lengths: lengths, hashes: sc.BlobHashes()}
}

// headerOver returns a header continuing parent whose tx data hashes to
// dataHash; its roots are the parent's (the Rollup does not check them).
func (c *l2) headerOver(parent *core.Header, dataHash common.Hash) *core.Header {
	return &core.Header{
		ParentHash: parent.Hash(), Number: parent.Number + 1, Timestamp: c.chain.Now(),
		TxDataHash: dataHash, StateRoot: parent.StateRoot, QueueCursor: parent.QueueCursor,
	}
}

// open computes the openings of block k of b.
func (b *blobBatch) open(t testing.TB, k int) *rollup.BlockOpening {
	t.Helper()
	o, err := rollup.OpenBlock(context.Background(), b.blobs, b.lengths, k)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// startBlob commits from `from` to block k of b and starts a blob challenge
// of it with the given versioned hashes and lengths.
func (c *l2) startBlob(from *simtest.Account, b *blobBatch, k int, hashes []common.Hash, lengths []uint32) (*types.Receipt, error) {
	c.t.Helper()
	salt := c.commit(from, b.index, b.headers[k].Hash())
	return c.chain.Send(from, c.rollup, rollup.StartBlobChallengeCall(b.index, b.headers, k, hashes, lengths, salt), nil)
}

func (c *l2) openBlob(from *simtest.Account, b *blobBatch, k int, commitments []byte, openings []byte) (*types.Receipt, error) {
	return c.chain.Send(from, c.rollup, rollupABI.PackOpenBlobChallenge(new(big.Int).SetUint64(b.index), b.headers[k].Hash(), commitments, openings), nil)
}

func (c *l2) finishBlob(from *simtest.Account, b *blobBatch, k int, elements []byte) (*types.Receipt, error) {
	return c.chain.Send(from, c.rollup, rollupABI.PackFinishBlobChallenge(new(big.Int).SetUint64(b.index), b.headers[k].Hash(), elements), nil)
}

// progress is blobChallengeProgress for from's challenge of block k of b.
func (c *l2) progress(from *simtest.Account, b *blobBatch, k int) (uint64, uint64) {
	c.t.Helper()
	out, err := rollupABI.UnpackBlobChallengeProgress(c.call(rollupABI.PackBlobChallengeProgress(from.Address, new(big.Int).SetUint64(b.index), b.headers[k].Hash())))
	if err != nil {
		c.t.Fatal(err)
	}
	return out.Next.Uint64(), out.End.Uint64()
}

// blobChallenge runs a whole blob challenge of block k of b from `from`
// with o's openings (nil: none, for a block without tx data), at most
// perTx to a transaction: it returns every receipt, or the first error.
func (c *l2) blobChallenge(from *simtest.Account, b *blobBatch, k int, o *rollup.BlockOpening, perTx int) ([]*types.Receipt, error) {
	c.t.Helper()
	r, err := c.startBlob(from, b, k, b.hashes, b.lengths)
	if err != nil || o == nil {
		return []*types.Receipt{r}, err
	}
	receipts := []*types.Receipt{r}
	calls, err := rollup.OpenBlobChallengeCalls(b.index, b.headers[k].Hash(), o, o.Place.First, perTx)
	if err != nil {
		c.t.Fatal(err)
	}
	for _, call := range calls {
		r, err := c.chain.Send(from, c.rollup, call, nil)
		if err != nil {
			return receipts, err
		}
		receipts = append(receipts, r)
	}
	r, err = c.chain.Send(from, c.rollup, rollup.FinishBlobChallengeCall(b.index, b.headers[k].Hash(), o), nil)
	return append(receipts, r), err
}

// packOpenings lays openings out as openBlobChallenge takes them.
func packOpenings(ops []rollup.Opening) []byte {
	var out []byte
	for _, op := range ops {
		out = append(append(out, op.Element[:]...), op.Proof[:]...)
	}
	return out
}

func packCommitments(cs []kzg4844.Commitment) []byte {
	var out []byte
	for i := range cs {
		out = append(out, cs[i][:]...)
	}
	return out
}

// TestBlobChallengeOfAnHonestBlockIsNoFraud: an honest batch of four
// blocks in one blob, the third's tx data starting inside a field element.
// Opening that block's elements gives its tx data, which is its header's:
// the last step says NoFraud and nothing is reverted; the same for a
// block without tx data, decided at the start; and the block's ordinary
// one-transaction challenge, tx data in calldata, says NoFraud too.
func TestBlobChallengeOfAnHonestBlockIsNoFraud(t *testing.T) {
	c := newL2(t)
	seq, challenger := c.chain.Accounts[0], c.chain.Accounts[1]
	alice, bob := newSigner("alice"), newSigner("bob")
	deposit := core.QueueItem{Kind: core.QueueDepositETH, From: seq.Address, To: alice.addr, Amount: *uint256.NewInt(5e18)}
	c.chain.MustSend(seq, c.rollup, rollupABI.PackDepositETH(alice.addr), deposit.Amount.ToBig())
	var headers []*core.Header
	var data [][]byte
	var witnesses []*fraud.Witness
	next := func(queue []core.QueueItem, txs []*core.Tx) {
		h, d, built, o := c.block(queue, txs, nil)
		commit(t, c.db, o.Diff)
		headers, data, witnesses = append(headers, h), append(data, d), append(witnesses, built.Witness)
		c.parent = h
	}
	transfer := func(nonce uint64) *core.Tx {
		return sign(t, c.cfg, txSpec{from: alice, nonce: nonce, to: bob.addr, value: uint256.NewInt(1e17)})
	}
	next([]core.QueueItem{deposit}, nil)
	next(nil, []*core.Tx{transfer(0)})
	next(nil, []*core.Tx{transfer(1), transfer(2), transfer(3)})
	next(nil, nil)
	blobs, lengths, err := rollup.EncodeBlobs(data)
	if err != nil {
		t.Fatal(err)
	}
	b := c.submitBlobs(headers, lengths, sidecarOf(t, blobs))
	o := b.open(t, 2)
	if o.Place.Skip == 0 || len(o.Openings) < 2 {
		t.Fatalf("the third block's place %+v does not start inside an element", o.Place)
	}

	rs, err := c.blobChallenge(challenger, b, 2, o, 2)
	wantRollupRevert(t, err, "NoFraud()")
	if len(rs) < 3 {
		t.Fatalf("NoFraud after %d transactions, want the start, the openings, then the last step", len(rs))
	}
	if n := c.batchCount(); n != 1 {
		t.Fatalf("batch count %d after challenging an honest block", n)
	}
	if next, end := c.progress(challenger, b, 2); next != uint64(o.Place.End) || end != uint64(o.Place.End) {
		t.Fatalf("session at %d..%d after NoFraud, want it left at its end %d", next, end, o.Place.End)
	}
	_, err = c.blobChallenge(challenger, b, 0, nil, 0)
	wantRollupRevert(t, err, "NoFraud()")
	_, err = c.blobChallenge(challenger, b, 3, nil, 0)
	wantRollupRevert(t, err, "NoFraud()")

	// The one-transaction challenge of the same block, its tx data in
	// calldata and checked against its header.
	witness, err := witnesses[2].MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	salt := c.commit(challenger, b.index, headers[2].Hash())
	_, err = c.chain.Send(challenger, c.rollup, rollup.ChallengeCall(b.index, headers[1], headers, 2, data[2], nil, witness, salt), nil)
	wantRollupRevert(t, err, "NoFraud()")
	if n := c.batchCount(); n != 1 {
		t.Fatalf("batch count %d", n)
	}
}

// TestBlobChallengeProvesTxDataNotInBlobs: a block whose blobs do not hold
// its tx data is proven so, whatever the way: other bytes than its
// header's hash, its bytes on a field element whose first byte is not
// zero, bytes where its header claims none, none where it claims some
// (decided at the start). Each time the batch is reverted and the
// challenger rewarded with half the bond; the Go decoder agrees that the
// block has no tx data matching its header.
func TestBlobChallengeProvesTxDataNotInBlobs(t *testing.T) {
	c := newL2(t)
	challenger := c.chain.Accounts[1]
	r := rand.New(rand.NewPCG(11, 12))
	pad := randBytes(r, 45)
	real := randBytes(r, 200)
	other := bytes.Clone(real)
	other[100] ^= 1
	for i, tc := range []struct {
		name   string
		claim  []byte // what the header's txDataHash is the hash of
		blob   []byte // what the blob holds at the block's place
		breakE bool   // set the first byte of the block's last element
	}{
		{"other bytes", real, other, false},
		{"a non-zero first byte", real, real, true},
		{"bytes where none are claimed", nil, real[:10], false},
		{"no bytes where some are claimed", real, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c.t = t
			blobs, lengths, err := rollup.EncodeBlobs([][]byte{pad, tc.blob})
			if err != nil {
				t.Fatal(err)
			}
			place, err := rollup.Place(lengths, 1)
			if err != nil {
				t.Fatal(err)
			}
			if tc.breakE {
				blobs[0][(place.End-1)*32] = 0x01
			}
			h1 := c.headerOver(c.parent, crypto.Keccak256Hash(pad))
			h2 := c.headerOver(h1, crypto.Keccak256Hash(tc.claim))
			b := c.submitBlobs([]*core.Header{h1, h2}, lengths, sidecarOf(t, blobs))
			got, err := rollup.DecodeBlobs(b.blobs, b.lengths)
			if tc.breakE {
				var ee *rollup.BlobElementError
				if len(got) != 1 || !errors.As(err, &ee) || ee.Block != 1 {
					t.Fatalf("DecodeBlobs = %d blocks, %v; want block 1 refused", len(got), err)
				}
			} else if err != nil || crypto.Keccak256Hash(got[1]) == h2.TxDataHash {
				t.Fatalf("DecodeBlobs = %v: the Go decoder finds the header's tx data", err)
			}
			var o *rollup.BlockOpening
			if place.Length > 0 {
				o = b.open(t, 1)
			}
			claimable := c.claimable(challenger.Address)
			rs, err := c.blobChallenge(challenger, b, 1, o, 0)
			if err != nil {
				t.Fatal(err)
			}
			ev := proven(rs[len(rs)-1])
			if ev == nil || ev.Fraud != rollup.FraudTxDataNotInBlobs || ev.BatchIndex.Uint64() != b.index || ev.BlockNumber != h2.Number || ev.Challenger != challenger.Address {
				t.Fatalf("FraudProven %+v", ev)
			}
			if n := c.batchCount(); n != uint64(i) {
				t.Fatalf("batch count %d after the proof, want %d", n, i)
			}
			want := new(big.Int).Add(claimable, new(big.Int).Div(bond, big.NewInt(2)))
			if got := c.claimable(challenger.Address); got.Cmp(want) != 0 {
				t.Fatalf("challenger may claim %s, want %s", got, want)
			}
			// Post the honest filler in its place, so that the next case
			// starts a new batch index.
			h := c.filler()
			c.submit(h, nil)
			c.parent = h
		})
	}
}

// TestBlobChallengeAttacks: against a lying block whose tx data crosses
// from one blob into the next, every way to cheat a blob challenge is
// refused without changing the session: a calldata batch's block, blob
// hashes or lengths other than the batch committed to, openings of another
// value, with another element's proof or another blob's commitment,
// malformed or too many openings, another account's openings, the last step
// too early or with other elements; and a challenge whose batch is
// reverted, replaced or past its window by its last step fails there.
func TestBlobChallengeAttacks(t *testing.T) {
	c := newL2(t)
	challenger, other := c.chain.Accounts[1], c.chain.Accounts[2]
	// Batch 0: a calldata batch.
	h0 := c.filler()
	c.submit(h0, nil)
	c.parent = h0
	// Batch 1: eight blocks fill the first blob but 10 bytes; the ninth's
	// 50 bytes of tx data start there and end in the second blob, and its
	// header claims other bytes.
	r := rand.New(rand.NewPCG(13, 14))
	var data [][]byte
	for range 7 {
		data = append(data, randBytes(r, core.MaxTxDataBytes))
	}
	data = append(data, randBytes(r, rollup.BlobPayloadBytes-10-7*core.MaxTxDataBytes), randBytes(r, 50))
	blobs, lengths, err := rollup.EncodeBlobs(data)
	if err != nil {
		t.Fatal(err)
	}
	sc := sidecarOf(t, blobs)
	var headers []*core.Header
	parent := c.parent
	for i, d := range data {
		h := c.headerOver(parent, crypto.Keccak256Hash(d))
		if i == len(data)-1 {
			h.TxDataHash[0] ^= 1
		}
		headers, parent = append(headers, h), h
	}
	b := c.submitBlobs(headers, lengths, sc)
	const k = 8
	o := b.open(t, k)
	if len(o.Commitments) != 2 || len(o.Openings) != 3 {
		t.Fatalf("the block lies in %d blobs over %d elements, want 2 and 3", len(o.Commitments), len(o.Openings))
	}
	commitments := packCommitments(o.Commitments)

	_, err = c.openBlob(challenger, b, k, commitments, packOpenings(o.Openings))
	wantRollupRevert(t, err, "UnknownChallenge(uint256,bytes32)")
	salt := c.commit(challenger, 0, h0.Hash())
	_, err = c.chain.Send(challenger, c.rollup, rollup.StartBlobChallengeCall(0, []*core.Header{h0}, 0, b.hashes, []uint32{0}, salt), nil)
	wantRollupRevert(t, err, "NotABlobBatch(uint256)")
	for name, start := range map[string]struct {
		hashes  []common.Hash
		lengths []uint32
		err     string
	}{
		"another blob's hash": {[]common.Hash{b.hashes[0], b.hashes[0]}, lengths, "DataRootMismatch(bytes32,bytes32)"},
		"the blobs swapped":   {[]common.Hash{b.hashes[1], b.hashes[0]}, lengths, "DataRootMismatch(bytes32,bytes32)"},
		"a blob left out":     {b.hashes[:1], lengths, "DataRootMismatch(bytes32,bytes32)"},
		"another length":      {b.hashes, append(slices.Clone(lengths[:k]), 49), "DataRootMismatch(bytes32,bytes32)"},
		"lengths moved":       {b.hashes, append(slices.Clone(lengths[:7]), lengths[8], lengths[7]), "DataRootMismatch(bytes32,bytes32)"},
		"a length left out":   {b.hashes, lengths[:k], "MalformedLengths(uint256,uint256)"},
		"one length too many": {b.hashes, append(slices.Clone(lengths), 0), "MalformedLengths(uint256,uint256)"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := c.startBlob(challenger, b, k, start.hashes, start.lengths)
			wantRollupRevert(t, err, start.err)
		})
	}

	if _, err := c.startBlob(challenger, b, k, b.hashes, b.lengths); err != nil {
		t.Fatal(err)
	}
	if next, end := c.progress(challenger, b, k); next != uint64(o.Place.First) || end != uint64(o.Place.End) {
		t.Fatalf("session at %d..%d, want %d..%d", next, end, o.Place.First, o.Place.End)
	}
	_, err = c.openBlob(other, b, k, commitments, packOpenings(o.Openings))
	wantRollupRevert(t, err, "UnknownChallenge(uint256,bytes32)")
	first := new(big.Int).SetUint64(uint64(o.Place.First))
	wrongValue := slices.Clone(o.Openings[:1])
	wrongValue[0].Element[31] ^= 1
	otherProof := slices.Clone(o.Openings[:1])
	otherProof[0].Proof = o.Openings[1].Proof
	for name, bad := range map[string]struct {
		commitments, openings []byte
		err                   string
	}{
		"another value":             {commitments, packOpenings(wrongValue), "BadOpening(uint256)"},
		"another element's proof":   {commitments, packOpenings(otherProof), "BadOpening(uint256)"},
		"the commitments swapped":   {append(o.Commitments[1][:], o.Commitments[0][:]...), packOpenings(o.Openings[:1]), "BadOpening(uint256)"},
		"one commitment":            {o.Commitments[0][:], packOpenings(o.Openings[:1]), "MalformedOpenings(uint256)"},
		"a partial opening":         {commitments, packOpenings(o.Openings[:1])[:79], "MalformedOpenings(uint256)"},
		"no opening":                {commitments, nil, "MalformedOpenings(uint256)"},
		"more openings than remain": {commitments, packOpenings(append(slices.Clone(o.Openings), o.Openings[0])), "MalformedOpenings(uint256)"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := c.openBlob(challenger, b, k, bad.commitments, bad.openings)
			wantRollupRevert(t, err, bad.err)
		})
	}
	_, err = c.openBlob(challenger, b, k, commitments, packOpenings(wrongValue))
	if data, _ := simtest.RevertData(err); !bytes.Equal(data, append(simtest.ErrorSelector("BadOpening(uint256)"), common.LeftPadBytes(first.Bytes(), 32)...)) {
		t.Fatalf("a wrong opening of element %s: %v", first, err)
	}
	if next, _ := c.progress(challenger, b, k); next != uint64(o.Place.First) {
		t.Fatalf("refused openings moved the session to %d", next)
	}
	// One element, then the last step too early.
	if _, err := c.openBlob(challenger, b, k, commitments, packOpenings(o.Openings[:1])); err != nil {
		t.Fatal(err)
	}
	_, err = c.finishBlob(challenger, b, k, o.Elements())
	wantRollupRevert(t, err, "OpeningsMissing(uint256,uint256)")
	_, err = c.openBlob(challenger, b, k, commitments, packOpenings(o.Openings[:1]))
	wantRollupRevert(t, err, "BadOpening(uint256)") // the first element again, in the second's place
	if _, err := c.openBlob(challenger, b, k, commitments, packOpenings(o.Openings[1:])); err != nil {
		t.Fatal(err)
	}
	elements := o.Elements()
	altered := slices.Clone(elements)
	altered[40] ^= 1
	_, err = c.finishBlob(challenger, b, k, altered)
	wantRollupRevert(t, err, "ElementsMismatch(bytes32,bytes32)")
	_, err = c.finishBlob(challenger, b, k, elements[:64])
	wantRollupRevert(t, err, "MalformedElements(uint256)")

	// Another challenger proves the block first: the batch is gone.
	if _, err := c.blobChallenge(other, b, k, o, 0); err != nil {
		t.Fatal(err)
	}
	_, err = c.finishBlob(challenger, b, k, elements)
	wantRollupRevert(t, err, "UnknownBatch(uint256)")
	// The sequencer posts the same lie again at the same index: the old
	// session's batch is not this one.
	b = c.submitBlobs(headers, lengths, sc)
	_, err = c.finishBlob(challenger, b, k, elements)
	wantRollupRevert(t, err, "BatchReplaced(uint256)")
	// The window closes before the last step of a fresh session.
	if _, err := c.startBlob(challenger, b, k, b.hashes, b.lengths); err != nil {
		t.Fatal(err)
	}
	if _, err := c.openBlob(challenger, b, k, commitments, packOpenings(o.Openings)); err != nil {
		t.Fatal(err)
	}
	c.chain.AdvanceTime(challengeWindow * time.Second)
	_, err = c.finishBlob(challenger, b, k, elements)
	wantRollupRevert(t, err, "ChallengeWindowClosed(uint256,uint256)")
	if n := c.batchCount(); n != 2 {
		t.Fatalf("batch count %d, want 2", n)
	}
}

// TestBlobChallengeOfTheWorstBlock proves a block whose blobs do not hold
// its tx data, at its worst for the prover: 16,384 bytes (the limit)
// starting at the last payload byte of a field element and ending in the
// next blob, so 530 elements to open, the most a block's tx data covers.
// The challenge is staged as the Go helpers split it (OpeningsPerTx
// openings a transaction), each transaction sent and mined on the
// simulated chain: every one stays under the EIP-7825 gas cap and geth's
// txpool size limit, and the last reverts the batch.
func TestBlobChallengeOfTheWorstBlock(t *testing.T) {
	c := newL2(t)
	challenger := c.chain.Accounts[1]
	r := rand.New(rand.NewPCG(15, 16))
	offset := rollup.BlobPayloadBytes - 100*rollup.BlobElementBytes - 1
	var data [][]byte
	for rest := offset; rest > 0; rest -= core.MaxTxDataBytes {
		data = append(data, randBytes(r, min(rest, core.MaxTxDataBytes)))
	}
	data = append(data, randBytes(r, core.MaxTxDataBytes))
	k := len(data) - 1
	blobs, lengths, err := rollup.EncodeBlobs(data)
	if err != nil {
		t.Fatal(err)
	}
	var headers []*core.Header
	parent := c.parent
	for _, d := range data {
		h := c.headerOver(parent, crypto.Keccak256Hash(d))
		headers, parent = append(headers, h), h
	}
	headers[k].TxDataHash[31] ^= 1 // the header claims other bytes
	b := c.submitBlobs(headers, lengths, sidecarOf(t, blobs))
	began := time.Now()
	o := b.open(t, k)
	t.Logf("%d openings computed in %s", len(o.Openings), time.Since(began).Round(time.Millisecond))
	if len(o.Openings) != 530 || len(o.Commitments) != 2 || o.Place.Skip != rollup.BlobElementBytes-1 {
		t.Fatalf("the block covers %d elements of %d blobs from byte %d of the first", len(o.Openings), len(o.Commitments), o.Place.Skip)
	}

	salt := c.commit(challenger, b.index, headers[k].Hash())
	calls := [][]byte{rollup.StartBlobChallengeCall(b.index, headers, k, b.hashes, b.lengths, salt)}
	opens, err := rollup.OpenBlobChallengeCalls(b.index, headers[k].Hash(), o, o.Place.First, 0)
	if err != nil {
		t.Fatal(err)
	}
	calls = append(append(calls, opens...), rollup.FinishBlobChallengeCall(b.index, headers[k].Hash(), o))
	var total uint64
	var last *types.Receipt
	for i, call := range calls {
		r, err := c.chain.Send(challenger, c.rollup, call, nil)
		if err != nil {
			t.Fatalf("transaction %d of %d: %v", i+1, len(calls), err)
		}
		what := "openBlobChallenge"
		switch i {
		case 0:
			what = "startBlobChallenge"
		case len(calls) - 1:
			what = "finishBlobChallenge"
		}
		t.Logf("%s: calldata %d bytes, %d gas", what, len(call), r.GasUsed)
		if r.GasUsed > core.MaxTxGas || len(call) >= txpoolMaxSize {
			t.Fatalf("%s takes %d gas and %d bytes: over the EIP-7825 cap or the txpool's limit", what, r.GasUsed, len(call))
		}
		total += r.GasUsed
		last = r
	}
	ev := proven(last)
	if ev == nil || ev.Fraud != rollup.FraudTxDataNotInBlobs || ev.BlockNumber != headers[k].Number {
		t.Fatalf("FraudProven %+v", ev)
	}
	if n := c.batchCount(); n != b.index {
		t.Fatalf("batch count %d, want %d", n, b.index)
	}
	t.Logf("blob challenge of the worst block: %d elements, %d transactions, %d gas in all (besides the commitment)", len(o.Openings), len(calls), total)
}

// kindCase is one block to prove on a blob batch: its pre-state, queue
// items and tx data, a lie told about its header (nil: none), and whether
// to prove it in stages.
type kindCase struct {
	name   string
	pre    *state.DB
	queue  []core.QueueItem
	txData []byte
	feeTo  common.Address
	lie    func(h *core.Header)
	staged bool
	want   uint8 // for a lie about a valid block
}

// reproducible says whether the Rollup's queue can hold the items as they
// are applied: ETH deposits within the deposit bounds (their sender is not
// part of what a block does with them).
func reproducible(queue []core.QueueItem) bool {
	for _, q := range queue {
		if q.Kind != core.QueueDepositETH || q.Amount.IsZero() || q.Amount.BitLen() > 100 {
			return false
		}
	}
	return true
}

// TestEveryFraudKindOnABlobBatch: every verdict of re-execution is proven
// on a block of a blob batch exactly as on a calldata batch: the block's
// tx data travels in the challenge's calldata, checked against its
// header's txDataHash, its header under the batch's blocksRoot. The blocks
// are the JSON vectors (internal/vectors) that the Rollup's queue can hold,
// each re-parented onto the chain the Rollup holds (a parent header with
// the vector's pre-state root), a block of 65 transfers, and a valid
// vector's block with a wrong state root (proven in stages) and a wrong
// withdrawals root. A valid block is not provable. Every block's tx data
// lies in one blob shared by the batches, each batch placing it where it
// lies with filler blocks before it.
func TestEveryFraudKindOnABlobBatch(t *testing.T) {
	vcfg, vecs := loadBlocks(t)
	c := newL2(t)
	if vcfg.ChainID != c.cfg.ChainID || vcfg.BaseFee != c.cfg.BaseFee {
		t.Fatalf("the vectors' chain %+v is not the Rollup's %+v", vcfg, c.cfg)
	}
	challenger, depositor := c.chain.Accounts[1], c.chain.Accounts[2]
	var cases []kindCase
	lied := false
	for _, v := range vecs {
		vc := prepare(t, vcfg, v)
		if vc.err != nil || !reproducible(vc.queue) {
			continue // a block L1 never accepts, or items only a test queue holds
		}
		for i := range vc.queue {
			vc.queue[i].From = depositor.Address // as the Rollup's queue holds them
		}
		cases = append(cases, kindCase{name: v.Name, pre: vc.db, queue: vc.queue, txData: v.TxData, feeTo: v.FeeRecipient})
		if v.Error == "" && !lied && len(v.TxData) > 0 {
			lied = true
			cases = append(cases,
				kindCase{name: v.Name + ", wrong state root, staged", pre: vc.db, queue: vc.queue, txData: v.TxData, feeTo: v.FeeRecipient,
					lie: func(h *core.Header) { h.StateRoot[0] ^= 1 }, staged: true, want: fraudStateRoot},
				kindCase{name: v.Name + ", wrong withdrawals root", pre: vc.db, queue: vc.queue, txData: v.TxData, feeTo: v.FeeRecipient,
					lie: func(h *core.Header) { h.WithdrawalsRoot = common.Hash{0xbb} }, want: fraudWithdrawalsRoot})
		}
	}
	alice := newSigner("blob alice")
	pre := memState(t)
	commit(t, pre, &state.Diff{Accounts: map[common.Address]state.Account{alice.addr: {Balance: *uint256.NewInt(1e18)}}})
	var txs []*core.Tx
	for i := range core.MaxTxsPerBlock + 1 {
		txs = append(txs, sign(t, c.cfg, txSpec{from: alice, nonce: uint64(i), to: common.Address{0xb0}, value: uint256.NewInt(1)}))
	}
	cases = append(cases, kindCase{name: "65 transactions", pre: pre, txData: core.EncodeTxs(txs)})

	// The shared blob: every case's tx data back to back.
	var all [][]byte
	offsets := make([]int, len(cases))
	for i, kc := range cases {
		if i > 0 {
			offsets[i] = offsets[i-1] + len(cases[i-1].txData)
		}
		all = append(all, kc.txData)
	}
	blobs, _, err := rollup.EncodeBlobs(all)
	if err != nil || len(blobs) != 1 {
		t.Fatalf("the cases' tx data needs %d blobs (%v)", len(blobs), err)
	}
	sc := sidecarOf(t, blobs)
	payload := func(from, n int) []byte {
		var out []byte
		for i := from; i < from+n; i++ {
			out = append(out, blobs[0][i/rollup.BlobElementBytes*32+1+i%rollup.BlobElementBytes])
		}
		return out
	}

	seen := map[uint8]bool{}
	for i, kc := range cases {
		t.Run(kc.name, func(t *testing.T) {
			c.t = t
			// Filler blocks up to the case's tx data in the blob, then the
			// parent holding the case's pre-state, then the block.
			var headers []*core.Header
			var lengths []uint32
			parent := c.parent
			for at := 0; at < offsets[i]; at += core.MaxTxDataBytes {
				n := min(offsets[i]-at, core.MaxTxDataBytes)
				h := c.headerOver(parent, crypto.Keccak256Hash(payload(at, n)))
				headers, lengths, parent = append(headers, h), append(lengths, uint32(n)), h
			}
			cursor := c.queueLength()
			for _, q := range kc.queue {
				c.chain.MustSend(depositor, c.rollup, rollupABI.PackDepositETH(q.To), q.Amount.ToBig())
			}
			p := c.headerOver(parent, core.EmptyTxDataHash)
			p.StateRoot, p.QueueCursor = kc.pre.Root(), cursor
			header := &core.Header{
				ParentHash: p.Hash(), Number: p.Number + 1, Timestamp: c.chain.Now(),
				TxDataHash: crypto.Keccak256Hash(kc.txData), StateRoot: p.StateRoot,
				QueueCursor: cursor + uint64(len(kc.queue)), FeeRecipient: kc.feeTo,
			}
			if o, err := core.Execute(c.cfg, kc.pre, p, header.Timestamp, kc.feeTo, kc.queue, kc.txData); err == nil {
				pending, err := kc.pre.Prepare(o.Diff)
				if err != nil {
					t.Fatal(err)
				}
				header = o.Header(pending.Root())
			}
			built, err := fraud.Build(c.cfg, kc.pre, p, header, kc.queue, kc.txData)
			if err != nil {
				t.Fatal(err)
			}
			if kc.lie != nil {
				kc.lie(header)
			}
			headers = append(headers, p, header)
			lengths = append(lengths, 0, uint32(len(kc.txData)))
			b := c.submitBlobs(headers, lengths, sc)
			k := len(headers) - 1
			got, err := rollup.DecodeBlobs(b.blobs, b.lengths)
			if err != nil || !bytes.Equal(got[k], kc.txData) {
				t.Fatalf("the block's tx data is not at its place in the blob (%v)", err)
			}

			salt := c.commit(challenger, b.index, header.Hash())
			var r *types.Receipt
			if kc.staged {
				values, err := built.Witness.Values()
				if err != nil {
					t.Fatal(err)
				}
				r, err = c.chain.Send(challenger, c.rollup, rollup.StartChallengeCall(b.index, p, headers, k, kc.txData, kc.queue, values, salt), nil)
				if err != nil {
					t.Fatal(err)
				}
				chunks, err := built.Witness.Chunks(0, 1)
				if err != nil {
					t.Fatal(err)
				}
				for _, ch := range chunks {
					if r, err = c.chain.Send(challenger, c.rollup, rollup.ContinueChallengeCall(b.index, header.Hash(), ch), nil); err != nil {
						t.Fatal(err)
					}
				}
			} else {
				witness, err := built.Witness.MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				r, err = c.chain.Send(challenger, c.rollup, rollup.ChallengeCall(b.index, p, headers, k, kc.txData, kc.queue, witness, salt), nil)
				if built.Invalid == nil && kc.lie == nil {
					wantRollupRevert(t, err, "NoFraud()")
					c.parent = header // the honest block stays; the chain goes on from it
					seen[fraudNone] = true
					return
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			ev := proven(r)
			if ev == nil || ev.BatchIndex.Uint64() != b.index || ev.BlockNumber != header.Number {
				t.Fatalf("FraudProven %+v", ev)
			}
			res := bindings.FraudVerifierResult{Fraud: ev.Fraud, TxIndex: ev.TxIndex, Rule: ev.Rule}
			if kc.lie != nil {
				if ev.Fraud != kc.want {
					t.Fatalf("verdict %s, want fraud %d", describe(res), kc.want)
				}
			} else {
				checkInvalid(t, built.Invalid, res)
			}
			if n := c.batchCount(); n != b.index {
				t.Fatalf("batch count %d after the proof, want %d", n, b.index)
			}
			seen[ev.Fraud] = true
		})
	}
	for _, f := range []uint8{fraudNone, fraudMalformedTxData, fraudTooManyTxs, fraudInvalidTx, fraudFeeCreditOverflow, fraudWithdrawalsRoot, fraudStateRoot} {
		if !seen[f] {
			t.Errorf("no block of a blob batch got verdict %d", f)
		}
	}
}

// queueLength is the Rollup's queue length.
func (c *l2) queueLength() uint64 {
	c.t.Helper()
	n, err := rollupABI.UnpackQueueLength(c.call(rollupABI.PackQueueLength()))
	if err != nil {
		c.t.Fatal(err)
	}
	return n.Uint64()
}
