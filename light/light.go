// Package light is Viaduct's light client: it checks what an untrusted L2
// node says about an account against the commitments that the Rollup
// contract holds on L1, and returns nothing it has not verified.
//
// # Model
//
// L1 holds, for every batch b, the Merkle root over the hashes of the
// batch's block headers (docs/spec.md section 15) and the hash and state
// root of its last block. A block's header carries the state root after the
// block (section 10), and the state tree proves any key's value, or its
// absence, under that root (section 4). So with an L1 endpoint (trusted, as
// the user's own Ethereum node or provider is) and the Rollup's address,
// the client checks an L2 node's answer in three links, each computed here
// and never taken from the node:
//
//  1. the block L1 names: read at one L1 block (the latest for Posted, the
//     finalized one for Final and Settled), the last block of the latest
//     batch (Posted, Final) or of the newest batch past its challenge
//     window (Settled);
//  2. header-in-batch: the node's header hashes to exactly that block's
//     hash and state root as L1 holds them, the node names that batch, and
//     its proof leads from the hash to the batch's blocks root;
//  3. account-in-state: the node's state proofs for the account and its
//     token balances are for that block, verify under the header's state
//     root, and give exactly the values the node claims (for an absent key,
//     the proof is an exclusion proof: "this address holds nothing of this
//     token").
//
// # Guarantees
//
// Balance returns the values at the block L1 names at the level asked for,
// as of the L1 block it reports (Anchor.L1Block), or an error: an answer
// about any other block, an older one that L1 also holds included, fails
// with ErrWrongBlock, and a node that will not prove the named block gets
// no second question. A failed link is an error wrapping one of the
// sentinel errors below, which names the lie (ErrWrongBlock,
// ErrValueMismatch, ErrBadProof, ErrHeaderMismatch, ErrWrongBatch,
// ErrHeaderNotInBatch, ErrUnknownBatch, ErrWrongChain, ...); ErrNotPosted,
// ErrFinalityNotReached and ErrNodeBehind say the answer is not verifiable
// yet, not that it is false.
//
// # Limits
//
// A Viaduct node proves the state of every block from the settled one
// (the oldest block L1 names) to its head, so the block L1 names is
// provable at every level however far a busy chain's head runs ahead of
// L1; a node behind that block (a verifier still deriving) answers nothing
// verifiable until it catches up. The value is the one at that
// block, not at the node's head. The Rollup's address must come from a
// trusted source: an L2 node that chose it could point at a contract of its
// own.
package light

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/merkle"
	"github.com/viaduct-l2/viaduct/wire"
)

// The lies a node can tell, and the three answers that are not lies but are
// not verifiable (yet). Every error the client returns about an L2 answer
// wraps exactly one of them.
var (
	// ErrWrongChain: the L2 node serves another chain id than the one the
	// Rollup on L1 was deployed for.
	ErrWrongChain = errors.New("light: the L2 node answers for another chain")
	// ErrMalformedAnswer: the answer does not decode, or is about another
	// address, token or block than the one asked for.
	ErrMalformedAnswer = errors.New("light: malformed answer from the L2 node")
	// ErrBadProof: a state proof does not verify under the header's state
	// root (an altered or swapped proof).
	ErrBadProof = errors.New("light: state proof does not verify under the header's state root")
	// ErrValueMismatch: the proof verifies, but proves another value than
	// the one the node claims (an altered balance or nonce).
	ErrValueMismatch = errors.New("light: claimed value differs from the proven value")
	// ErrHeaderMismatch: the header does not hash to the block the proofs
	// name, or its number or state root is not theirs.
	ErrHeaderMismatch = errors.New("light: header is not the block the proof is against")
	// ErrWrongBatch: the batch the node names is not the one L1 holds
	// the block in, or does not cover the block's number on L1.
	ErrWrongBatch = errors.New("light: the named batch does not cover the block")
	// ErrHeaderNotInBatch: the header's hash is not the one L1 holds for
	// the block, or not under the batch's blocks root (a header of a
	// reverted batch, or a fabricated one).
	ErrHeaderNotInBatch = errors.New("light: header is not in the batch L1 holds")
	// ErrUnknownBatch: L1 holds no batch with the index the node names.
	ErrUnknownBatch = errors.New("light: L1 holds no such batch")
	// ErrBadWithdrawalProof: a withdrawal is not under its header's
	// withdrawals root.
	ErrBadWithdrawalProof = errors.New("light: withdrawal is not in its block")
	// ErrWrongBlock: the answer is for another block than the one L1
	// names at the finality level asked for (a stale block, even one
	// that L1 holds in an earlier batch, or a newer one L1 does not name).
	ErrWrongBlock = errors.New("light: the node answered for another block than the one L1 names")
	// ErrNodeBehind: the node has not reached the block L1 names yet (a
	// verifier still deriving); not a lie, worth a retry.
	ErrNodeBehind = errors.New("light: the L2 node is behind the block L1 names")
	// ErrNotPosted: L1 holds no batch yet, or the node says the block is
	// not posted (it has not seen the batch yet).
	ErrNotPosted = errors.New("light: block not posted to L1 yet")
	// ErrFinalityNotReached: no batch has reached the finality level
	// asked for yet.
	ErrFinalityNotReached = errors.New("light: finality level not reached yet")
)

// Retryable reports whether err says only "not yet" (ErrNotPosted,
// ErrFinalityNotReached, ErrNodeBehind): the same question asked later may
// verify. Any other error names a lie or a failure.
func Retryable(err error) bool {
	return errors.Is(err, ErrNotPosted) || errors.Is(err, ErrFinalityNotReached) || errors.Is(err, ErrNodeBehind)
}

// Finality is how firmly L1 holds a verified value.
type Finality int

const (
	// Posted: the block's batch is in L1's latest block. An L1 reorg or a
	// fraud proof can still take it back.
	Posted Finality = iota + 1
	// Final: the batch is in L1's finalized block; only a fraud proof
	// within the challenge window can still take it back.
	Final
	// Settled: as of L1's finalized block, the batch's challenge window is
	// over. Nothing can take it back; withdrawals from it can be paid.
	Settled
)

// String is the level's name as the CLI takes it.
func (f Finality) String() string {
	switch f {
	case Posted:
		return "posted"
	case Final:
		return "final"
	case Settled:
		return "settled"
	}
	return fmt.Sprintf("Finality(%d)", int(f))
}

// MarshalText writes the level's name.
func (f Finality) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// ParseFinality reads "posted", "final" or "settled".
func ParseFinality(s string) (Finality, error) {
	for _, f := range []Finality{Posted, Final, Settled} {
		if f.String() == s {
			return f, nil
		}
	}
	return 0, fmt.Errorf("finality %q: want posted, final or settled", s)
}

// L1 is the part of the Ethereum JSON-RPC API the client reads:
// ethclient.Client implements it.
type L1 interface {
	ethereum.ContractCaller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// L2 is a JSON-RPC connection to any Viaduct node: *rpc.Client implements
// it. Nothing it answers is trusted.
type L2 interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// Client verifies L2 answers against one Rollup deployment.
type Client struct {
	l1      L1
	l2      L2
	rollup  common.Address
	chainID uint64 // the Rollup's l2ChainId, read from L1 once

	l1Calls atomic.Int64
}

var rollupABI = bindings.NewRollup()

// New returns a client for the Rollup at rollupAddr, reading its L2 chain id
// from L1 and checking that the L2 node serves that chain.
func New(ctx context.Context, l1 L1, l2 L2, rollupAddr common.Address) (*Client, error) {
	c := &Client{l1: l1, l2: l2, rollup: rollupAddr}
	out, err := c.call(ctx, rollupABI.PackL2ChainId(), nil)
	if err != nil {
		return nil, fmt.Errorf("light: reading l2ChainId of Rollup %s on L1: %w", rollupAddr, err)
	}
	if c.chainID, err = rollupABI.UnpackL2ChainId(out); err != nil {
		return nil, fmt.Errorf("light: Rollup %s on L1: l2ChainId: %w", rollupAddr, err)
	}
	if err := c.checkChain(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

// ChainID is the L2 chain id the Rollup on L1 was deployed for.
func (c *Client) ChainID() uint64 { return c.chainID }

// Rollup is the address of the Rollup contract the client checks against.
func (c *Client) Rollup() common.Address { return c.rollup }

// L1Calls is the number of L1 JSON-RPC calls the client has made.
func (c *Client) L1Calls() int64 { return c.l1Calls.Load() }

func (c *Client) checkChain(ctx context.Context) error {
	var id hexutil.Uint64
	if err := c.l2.CallContext(ctx, &id, "eth_chainId"); err != nil {
		return fmt.Errorf("light: L2 eth_chainId: %w", err)
	}
	if uint64(id) != c.chainID {
		return fmt.Errorf("%w: the node says chain id %d, the Rollup on L1 is for %d", ErrWrongChain, uint64(id), c.chainID)
	}
	return nil
}

// call calls the Rollup with data as of L1 block at (nil: the latest). An
// L1 client that can call at a block hash (ethclient's can) is asked at
// at's hash, so that every read of one query is of the same block even if
// L1 reorgs meanwhile.
func (c *Client) call(ctx context.Context, data []byte, at *types.Header) ([]byte, error) {
	c.l1Calls.Add(1)
	msg := ethereum.CallMsg{To: &c.rollup, Data: data}
	if at == nil {
		return c.l1.CallContract(ctx, msg, nil)
	}
	if hc, ok := c.l1.(hashCaller); ok {
		return hc.CallContractAtHash(ctx, msg, at.Hash())
	}
	return c.l1.CallContract(ctx, msg, at.Number)
}

// hashCaller is the optional part of L1 that calls at a block hash
// (EIP-1898).
type hashCaller interface {
	CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash) ([]byte, error)
}

func (c *Client) header(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.l1Calls.Add(1)
	h, err := c.l1.HeaderByNumber(ctx, n)
	if err != nil {
		return nil, fmt.Errorf("light: reading L1 block %v: %w", n, err)
	}
	return h, nil
}

// TokenBalance is one verified token balance.
type TokenBalance struct {
	Token   common.Address `json:"token"`
	Balance *big.Int       `json:"balance"`
	// Absent is true when the proof is an exclusion proof: the state tree
	// holds no balance of this token for the address at all.
	Absent bool `json:"absent"`
}

// Anchor is what a verified answer was checked against on L1.
type Anchor struct {
	Block     uint64         `json:"l2Block"`     // the L2 block
	BlockHash common.Hash    `json:"l2BlockHash"` // its hash, computed from its header
	StateRoot common.Hash    `json:"stateRoot"`   // the header's state root
	Batch     uint64         `json:"batch"`       // the batch that holds it
	L1Block   uint64         `json:"l1Block"`     // the L1 block the batch was read at
	L1Hash    common.Hash    `json:"l1BlockHash"` // its hash
	Rollup    common.Address `json:"rollup"`      // the contract read
	Finality  Finality       `json:"finality"`    // the level checked
}

// Account is a verified account with its token balances.
type Account struct {
	Address common.Address `json:"address"`
	Nonce   uint64         `json:"nonce"`
	Balance *big.Int       `json:"balance"`
	// Absent is true when the account is proven absent (nonce 0, no ETH).
	Absent bool           `json:"absent"`
	Tokens []TokenBalance `json:"tokens"`
	Anchor
	// ProofBytes is the size of the state and block proofs checked.
	ProofBytes int `json:"proofBytes"`
}

// Balance returns addr's nonce, ETH balance and balances of tokens at the
// block L1 names at the finality level want: the last block of the latest
// batch (Posted), of the latest batch as of L1's finalized block (Final),
// or of the newest batch past its challenge window as of L1's finalized
// block (Settled). The answer is for exactly that block or Balance fails:
// ErrWrongBlock for an answer about another block (a stale one that L1
// also holds included), ErrNodeBehind for a node whose head has not reached
// it, ErrNotPosted or ErrFinalityNotReached while L1 names no block at that
// level yet.
func (c *Client) Balance(ctx context.Context, addr common.Address, tokens []common.Address, want Finality) (*Account, error) {
	if want < Posted || want > Settled {
		return nil, fmt.Errorf("light: finality %d: want Posted, Final or Settled", want)
	}
	if err := c.checkChain(ctx); err != nil {
		return nil, err
	}
	if tokens == nil {
		tokens = []common.Address{}
	}
	nb, err := c.target(ctx, want)
	if err != nil {
		return nil, err
	}
	n := nb.batch.LastBlock
	// Only the block L1 names will do: a node that cannot prove it gets
	// no second question (its head, say), which would verify an older
	// block as readily as the right one.
	var sp wire.StateProof
	if err := c.l2.CallContext(ctx, &sp, wire.MethodGetProof, addr, tokens, hexutil.Uint64(n)); err != nil {
		return nil, c.noProof(ctx, n, err)
	}
	var bp wire.BlockProof
	if err := c.l2.CallContext(ctx, &bp, wire.MethodGetBlockProof, hexutil.Uint64(n)); err != nil {
		return nil, fmt.Errorf("light: L2 viaduct_getBlockProof(%d): %w", n, err)
	}
	h, err := nb.check(&sp, &bp)
	if err != nil {
		return nil, err
	}
	acct, err := VerifyState(h.StateRoot, addr, tokens, &sp)
	if err != nil {
		return nil, err
	}
	acct.ProofBytes += len(bp.Header) + 32*len(bp.BlockProof)
	acct.Anchor = Anchor{
		Block: n, BlockHash: h.Hash(), StateRoot: h.StateRoot, Batch: nb.index,
		L1Block: nb.l1.Number.Uint64(), L1Hash: nb.l1.Hash(), Rollup: c.rollup, Finality: want,
	}
	return acct, nil
}

// noProof explains a node's refusal to prove block n: a node whose head
// is below n is behind (ErrNodeBehind, worth a retry); any other refusal is
// returned as the node's error.
func (c *Client) noProof(ctx context.Context, n uint64, err error) error {
	var head hexutil.Uint64
	if herr := c.l2.CallContext(ctx, &head, "eth_blockNumber"); herr == nil && uint64(head) < n {
		return fmt.Errorf("%w: L1 names block %d, the node's head is block %d (%w)", ErrNodeBehind, n, uint64(head), err)
	}
	return fmt.Errorf("light: L2 viaduct_getProof at block %d, the block L1 names: %w", n, err)
}

// named is the block L1 names at a finality level: the last block of batch
// index, as L1 held the batch at block l1.
type named struct {
	level Finality
	index uint64
	batch bindings.RollupBatch
	l1    *types.Header
}

func (nb *named) String() string {
	return fmt.Sprintf("block %d, the last of batch %d, %s at L1 block %d", nb.batch.LastBlock, nb.index, nb.level, nb.l1.Number)
}

// check verifies that the node's answer (the state proofs sp and the block
// proof bp) is about exactly the block nb names, and returns the block's
// header, hashed here: its number, hash and state root must be the ones
// L1 holds for the batch's last block, the batch the node names must be
// nb's, and the node's proof must lead from the hash to the batch's blocks
// root.
func (nb *named) check(sp *wire.StateProof, bp *wire.BlockProof) (*core.Header, error) {
	n := nb.batch.LastBlock
	if uint64(sp.Number) != n {
		return nil, fmt.Errorf("%w: L1 names %s; the state proofs are for block %d", ErrWrongBlock, nb, uint64(sp.Number))
	}
	h, err := checkHeader(bp, n, sp.BlockHash)
	if err != nil {
		return nil, err
	}
	if sp.StateRoot != h.StateRoot {
		return nil, fmt.Errorf("%w: the proofs claim state root %s, block %d's header has %s", ErrHeaderMismatch, sp.StateRoot, h.Number, h.StateRoot)
	}
	if hash := h.Hash(); hash != nb.batch.LastBlockHash || h.StateRoot != nb.batch.StateRoot {
		return nil, fmt.Errorf("%w: block %d (%s, state root %s) is not the last block of batch %d, %s with state root %s",
			ErrHeaderNotInBatch, n, hash, h.StateRoot, nb.index, common.Hash(nb.batch.LastBlockHash), common.Hash(nb.batch.StateRoot))
	}
	if !bp.Posted || bp.Batch == nil {
		// L1 holds the block: a node that says otherwise has not seen
		// the batch yet.
		return nil, fmt.Errorf("%w: the node says block %d is not posted; L1 holds it in batch %d", ErrNotPosted, n, nb.index)
	}
	if uint64(*bp.Batch) != nb.index {
		return nil, fmt.Errorf("%w: L1 holds block %d in batch %d, the node names batch %d", ErrWrongBatch, n, nb.index, uint64(*bp.Batch))
	}
	if err := holds(nb.batch, nb.index, h, bp.BlockProof); err != nil {
		return nil, err
	}
	return h, nil
}

// checkHeader decodes the header of bp and checks that it is block number
// with hash, as hashed here.
func checkHeader(bp *wire.BlockProof, number uint64, hash common.Hash) (*core.Header, error) {
	h, err := core.DecodeHeader(bp.Header)
	if err != nil {
		return nil, fmt.Errorf("%w: header of block %d: %w", ErrMalformedAnswer, number, err)
	}
	got := h.Hash()
	switch {
	case got != hash:
		return nil, fmt.Errorf("%w: the header of block %d hashes to %s, the proofs are against %s", ErrHeaderMismatch, number, got, hash)
	case h.Number != number:
		return nil, fmt.Errorf("%w: asked for block %d, the header is block %d", ErrHeaderMismatch, number, h.Number)
	case uint64(bp.Number) != number || bp.Hash != got:
		return nil, fmt.Errorf("%w: the answer names block %d (%s), its header is block %d (%s)", ErrHeaderMismatch, uint64(bp.Number), bp.Hash, number, got)
	}
	return h, nil
}

// batchAt reads batch b from the Rollup as of L1 block at. found is false
// when L1 held no such batch then.
func (c *Client) batchAt(ctx context.Context, b uint64, at *types.Header) (batch bindings.RollupBatch, found bool, err error) {
	out, err := c.call(ctx, rollupABI.PackGetBatch(new(big.Int).SetUint64(b)), at)
	if err != nil {
		if isUnknownBatch(err) {
			return batch, false, nil
		}
		return batch, false, fmt.Errorf("light: Rollup.getBatch(%d) at L1 block %v: %w", b, at.Number, err)
	}
	if len(out) == 0 {
		// No code at the address at that block: the finalized block can
		// predate the Rollup's deployment.
		return batch, false, nil
	}
	batch, err = rollupABI.UnpackGetBatch(out)
	if err != nil {
		return batch, false, fmt.Errorf("light: Rollup.getBatch(%d): %w", b, err)
	}
	return batch, true, nil
}

// isFinalized reads Rollup.isFinalized(b) as of L1 block at: whether
// batch b's challenge window was over then.
func (c *Client) isFinalized(ctx context.Context, b uint64, at *types.Header) (bool, error) {
	out, err := c.call(ctx, rollupABI.PackIsFinalized(new(big.Int).SetUint64(b)), at)
	if err != nil {
		return false, fmt.Errorf("light: Rollup.isFinalized(%d) at L1 block %v: %w", b, at.Number, err)
	}
	ok, err := rollupABI.UnpackIsFinalized(out)
	if err != nil {
		return false, fmt.Errorf("light: Rollup.isFinalized(%d): %w", b, err)
	}
	return ok, nil
}

// isUnknownBatch reports whether err is the Rollup's UnknownBatch revert.
func isUnknownBatch(err error) bool { return isRevert(err, unknownBatchSelector) }

// isRevert reports whether err is a revert with the custom error sel.
func isRevert(err error, sel [4]byte) bool {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return false
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return false
	}
	return len(data) >= 4 && [4]byte(data[:4]) == sel
}

var (
	unknownBatchSelector = [4]byte(rollupABI.GetABI().Errors["UnknownBatch"].ID.Bytes()[:4])
	noBatchesSelector    = [4]byte(rollupABI.GetABI().Errors["NoBatches"].ID.Bytes()[:4])
)

// target finds the block L1 names at level want: the last block of the
// latest batch as of L1's latest block (Posted) or finalized block (Final),
// or, for Settled, of the newest batch past its challenge window as of the
// finalized block (windows end in batch order, so a binary search finds
// it). Every read is of that one L1 block. A busy chain's head is never
// posted, so asking about the head would never verify; and any other block
// than this one would be a stale answer. It fails with ErrNotPosted or
// ErrFinalityNotReached while no batch qualifies.
func (c *Client) target(ctx context.Context, want Finality) (*named, error) {
	var tag *big.Int // latest
	if want >= Final {
		tag = big.NewInt(int64(rpc.FinalizedBlockNumber))
	}
	at, err := c.header(ctx, tag)
	if err != nil {
		return nil, err
	}
	none := func(why string) error {
		if want == Posted {
			return fmt.Errorf("%w: %s at L1 block %d", ErrNotPosted, why, at.Number)
		}
		return fmt.Errorf("%w: %s at L1's finalized block %d", ErrFinalityNotReached, why, at.Number)
	}
	out, err := c.call(ctx, rollupABI.PackLatestBatch(), at)
	if err != nil {
		if isRevert(err, noBatchesSelector) {
			return nil, none("the Rollup holds no batch")
		}
		return nil, fmt.Errorf("light: Rollup.latestBatch at L1 block %v: %w", at.Number, err)
	}
	if len(out) == 0 {
		return nil, none("no Rollup yet") // L1's finalized block predates it
	}
	latest, err := rollupABI.UnpackLatestBatch(out)
	if err != nil {
		return nil, fmt.Errorf("light: Rollup.latestBatch: %w", err)
	}
	if !latest.BatchIndex.IsUint64() {
		return nil, fmt.Errorf("light: Rollup.latestBatch: batch index %s", latest.BatchIndex)
	}
	idx := latest.BatchIndex.Uint64()
	if want == Settled {
		if idx, err = c.newestSettled(ctx, idx, at); err != nil {
			if errors.Is(err, errNoneSettled) {
				return nil, none("no batch is past its challenge window")
			}
			return nil, err
		}
	}
	batch, found, err := c.batchAt(ctx, idx, at)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("light: Rollup at L1 block %d: latestBatch names batch %d, getBatch does not know it", at.Number, idx)
	}
	return &named{level: want, index: idx, batch: batch, l1: at}, nil
}

var errNoneSettled = errors.New("no batch is settled")

// newestSettled is the index of the newest batch up to latest whose
// challenge window is over as of L1 block at.
func (c *Client) newestSettled(ctx context.Context, latest uint64, at *types.Header) (uint64, error) {
	if ok, err := c.isFinalized(ctx, latest, at); err != nil || ok {
		return latest, err
	}
	if ok, err := c.isFinalized(ctx, 0, at); err != nil {
		return 0, err
	} else if !ok {
		return 0, errNoneSettled
	}
	// Invariant: batch lo is settled, batch hi is not.
	lo, hi := uint64(0), latest
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		ok, err := c.isFinalized(ctx, mid, at)
		if err != nil {
			return 0, err
		}
		if ok {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo, nil
}

// holds checks that batch (index b) covers header h and has its hash under
// its blocks root.
func holds(batch bindings.RollupBatch, b uint64, h *core.Header, proof []common.Hash) error {
	if h.Number < batch.FirstBlock || h.Number > batch.LastBlock {
		return fmt.Errorf("%w: batch %d holds blocks %d..%d, not %d", ErrWrongBatch, b, batch.FirstBlock, batch.LastBlock, h.Number)
	}
	if !merkle.Verify(batch.BlocksRoot, h.Hash(), proof) {
		return fmt.Errorf("%w: block %d (%s) is not under batch %d's blocks root %x", ErrHeaderNotInBatch, h.Number, h.Hash(), b, batch.BlocksRoot)
	}
	return nil
}

// Dial connects to an L1 and an L2 JSON-RPC endpoint and returns a client
// for the Rollup at rollupAddr, and a function that closes both
// connections.
func Dial(ctx context.Context, l1URL, l2URL string, rollupAddr common.Address) (*Client, func(), error) {
	l1c, err := rpc.DialContext(ctx, l1URL)
	if err != nil {
		return nil, nil, fmt.Errorf("light: L1 %s: %w", l1URL, err)
	}
	l2c, err := rpc.DialContext(ctx, l2URL)
	if err != nil {
		l1c.Close()
		return nil, nil, fmt.Errorf("light: L2 %s: %w", l2URL, err)
	}
	closeAll := func() { l1c.Close(); l2c.Close() }
	c, err := New(ctx, ethclient.NewClient(l1c), l2c, rollupAddr)
	if err != nil {
		closeAll()
		return nil, nil, err
	}
	return c, closeAll, nil
}
