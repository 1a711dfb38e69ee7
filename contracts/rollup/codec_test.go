package rollup_test

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/merkle"
)

var codecABI = testbindings.NewCodecHarness()

// codec is the CodecHarness deployed on a simulated chain: the Solidity
// Codec library, callable from Go.
type codec struct {
	t     *testing.T
	chain *simtest.Chain
	addr  common.Address
}

func newCodec(t *testing.T) *codec {
	chain := simtest.New(t, 1)
	return &codec{t: t, chain: chain, addr: chain.Deploy(chain.Accounts[0], &testbindings.CodecHarnessMetaData, nil)}
}

func (c *codec) encodeHeader(h *core.Header) []byte {
	return simtest.MustCall(c.chain, c.addr, codecABI.PackEncodeHeader(toHarnessHeader(h)), codecABI.UnpackEncodeHeader)
}

func (c *codec) hashHeader(h *core.Header) common.Hash {
	return simtest.MustCall(c.chain, c.addr, codecABI.PackHashHeader(toHarnessHeader(h)), codecABI.UnpackHashHeader)
}

func (c *codec) hashTxData(d []byte) common.Hash {
	return simtest.MustCall(c.chain, c.addr, codecABI.PackHashTxData(d), codecABI.UnpackHashTxData)
}

func (c *codec) encodeQueueItem(q *core.QueueItem) []byte {
	return simtest.MustCall(c.chain, c.addr, codecABI.PackEncodeQueueItem(uint8(q.Kind), q.From, q.To, q.Token, q.Amount.ToBig()), codecABI.UnpackEncodeQueueItem)
}

func (c *codec) hashQueueItem(q *core.QueueItem) common.Hash {
	return simtest.MustCall(c.chain, c.addr, codecABI.PackHashQueueItem(uint8(q.Kind), q.From, q.To, q.Token, q.Amount.ToBig()), codecABI.UnpackHashQueueItem)
}

func (c *codec) encodeWithdrawal(w *core.Withdrawal) []byte {
	return simtest.MustCall(c.chain, c.addr, codecABI.PackEncodeWithdrawal(w.Block, w.Index, w.Recipient, w.Token, w.Amount.ToBig()), codecABI.UnpackEncodeWithdrawal)
}

func (c *codec) withdrawalLeaf(w *core.Withdrawal) common.Hash {
	return simtest.MustCall(c.chain, c.addr, codecABI.PackWithdrawalLeaf(w.Block, w.Index, w.Recipient, w.Token, w.Amount.ToBig()), codecABI.UnpackWithdrawalLeaf)
}

func (c *codec) merkleRoot(leaves []common.Hash) common.Hash {
	return simtest.MustCall(c.chain, c.addr, codecABI.PackMerkleRoot(rollup.Proof(leaves)), codecABI.UnpackMerkleRoot)
}

// toHarnessHeader converts to the harness binding's own copy of Codec.Header.
func toHarnessHeader(h *core.Header) testbindings.CodecHeader {
	a := rollup.HeaderArg(h)
	return testbindings.CodecHeader(a)
}

func randHash(r *rand.Rand) (h common.Hash) {
	for i := range h {
		h[i] = byte(r.UintN(256))
	}
	return h
}

func randAddr(r *rand.Rand) common.Address { return common.BytesToAddress(randHash(r).Bytes()) }

func randU256(r *rand.Rand) uint256.Int {
	var u uint256.Int
	switch r.IntN(3) {
	case 0:
		u.SetUint64(r.Uint64())
	case 1:
		u.SetBytes32(randHash(r).Bytes())
	default:
		u.SetAllOne()
	}
	return u
}

func TestCodecMatchesCoreHeaders(t *testing.T) {
	c := newCodec(t)
	if got := simtest.MustCall(c.chain, c.addr, codecABI.PackGenesisHash(), codecABI.UnpackGenesisHash); common.Hash(got) != core.Genesis().Hash() {
		t.Fatalf("contract genesis hash %x, core %x", got, core.Genesis().Hash())
	}
	if got := simtest.MustCall(c.chain, c.addr, codecABI.PackEmptyTxDataHash(), codecABI.UnpackEmptyTxDataHash); common.Hash(got) != core.EmptyTxDataHash {
		t.Fatalf("contract empty tx data hash %x, core %x", got, core.EmptyTxDataHash)
	}
	r := rand.New(rand.NewPCG(1, 2))
	headers := []*core.Header{core.Genesis(), {
		ParentHash: common.MaxHash, Number: ^uint64(0), Timestamp: ^uint64(0), TxDataHash: common.MaxHash,
		StateRoot: common.MaxHash, WithdrawalsRoot: common.MaxHash, QueueCursor: ^uint64(0),
		FeeRecipient: common.MaxAddress,
	}}
	for i := 0; i < 20; i++ {
		headers = append(headers, &core.Header{
			ParentHash: randHash(r), Number: r.Uint64(), Timestamp: r.Uint64(), TxDataHash: randHash(r),
			StateRoot: randHash(r), WithdrawalsRoot: randHash(r), QueueCursor: r.Uint64(), FeeRecipient: randAddr(r),
		})
	}
	for i, h := range headers {
		if got := c.encodeHeader(h); !bytes.Equal(got, h.Encode()) || len(got) != core.HeaderSize {
			t.Fatalf("header %d: contract encodes %x, core %x", i, got, h.Encode())
		}
		if got := c.hashHeader(h); got != h.Hash() {
			t.Fatalf("header %d: contract hashes %x, core %x", i, got, h.Hash())
		}
	}
}

func TestCodecMatchesCoreQueueItemsAndWithdrawals(t *testing.T) {
	c := newCodec(t)
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20; i++ {
		q := &core.QueueItem{Kind: core.QueueKind(1 + i%3), From: randAddr(r), To: randAddr(r), Amount: randU256(r)}
		if q.Kind != core.QueueDepositETH {
			q.Token = randAddr(r)
		}
		if got := c.encodeQueueItem(q); !bytes.Equal(got, q.Encode()) || len(got) != core.QueueItemSize {
			t.Fatalf("queue item %+v: contract encodes %x, core %x", q, got, q.Encode())
		}
		if got := c.hashQueueItem(q); got != q.Hash() {
			t.Fatalf("queue item %+v: contract hashes %x, core %x", q, got, q.Hash())
		}
		w := &core.Withdrawal{Block: r.Uint64(), Index: r.Uint32(), Recipient: randAddr(r), Token: q.Token, Amount: randU256(r)}
		if got := c.encodeWithdrawal(w); !bytes.Equal(got, w.Encode()) || len(got) != core.WithdrawalLeafSize {
			t.Fatalf("withdrawal %+v: contract encodes %x, core %x", w, got, w.Encode())
		}
		if got := c.withdrawalLeaf(w); got != w.Leaf() {
			t.Fatalf("withdrawal %+v: contract leaf %x, core %x", w, got, w.Leaf())
		}
	}
	for _, d := range [][]byte{nil, {0}, bytes.Repeat([]byte{0xab}, core.MaxTxDataBytes)} {
		if got := c.hashTxData(d); got != crypto.Keccak256Hash(d) {
			t.Fatalf("tx data of %d bytes: contract hashes %x, core %x", len(d), got, crypto.Keccak256Hash(d))
		}
	}
}

func TestCodecMerkleRootMatchesPackageMerkle(t *testing.T) {
	c := newCodec(t)
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n <= 33; n++ {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = randHash(r)
		}
		if got := c.merkleRoot(leaves); got != merkle.Root(leaves) {
			t.Fatalf("%d leaves: contract root %x, package merkle %x", n, got, merkle.Root(leaves))
		}
	}
	// Equal leaves and sorted/unsorted pairs: the commutative hash must
	// order each pair, whichever side is smaller.
	leaves := []common.Hash{common.MaxHash, {}, {}, common.MaxHash, {1}}
	if got := c.merkleRoot(leaves); got != merkle.Root(leaves) {
		t.Fatalf("edge leaves: contract root %x, package merkle %x", got, merkle.Root(leaves))
	}
}

// TestBlocksRootOfPostedBatchMatchesGo posts batches of several sizes and
// compares the stored commitment with rollup.BlocksRoot.
func TestBlocksRootOfPostedBatchMatchesGo(t *testing.T) {
	f := newFixture(t)
	for _, n := range []int{1, 2, 3, 7, 16} {
		f.mustSubmit(f.seq, f.emptyBlocks(n, 0))
		i := len(f.batches) - 1
		batch := simtest.MustCall(f.chain, f.addr, f.r.PackGetBatch(big.NewInt(int64(i))), f.r.UnpackGetBatch)
		if common.Hash(batch.BlocksRoot) != rollup.BlocksRoot(f.batches[i]) {
			t.Fatalf("batch of %d: stored root %x, Go %x", n, batch.BlocksRoot, rollup.BlocksRoot(f.batches[i]))
		}
	}
}
