// Package light is Viaduct's light client: it checks what an untrusted L2
// node says about an account against the commitments that the Rollup
// contract holds on L1, and returns nothing it has not verified.
//
// # Model
//
// L1 holds, for every batch b, the Merkle root over the hashes of the
// batch's block headers (docs/spec.md section 15). A block's header carries
// the state root after the block (section 10), and the state tree proves
// any key's value, or its absence, under that root (section 4). So with an
// L1 endpoint (trusted, as the user's own Ethereum node or provider is) and
// the Rollup's address, the client checks an L2 node's answer in three
// links, each computed here and never taken from the node:
//
//  1. account-in-state: the node's state proofs for the account and its
//     token balances verify under the header's state root, and give exactly
//     the values the node claims (for an absent key, the proof is an
//     exclusion proof: "this address holds nothing of this token");
//  2. header-in-batch: the header hashes to the block hash the proofs name,
//     and that hash is under the blocks root L1 stores for the batch the
//     node names, whose block range holds the block;
//  3. finality: the batch is read at L1's latest block (posted), at L1's
//     finalized block (final), or found past its challenge window as of
//     L1's finalized block (settled), whichever the caller asks for.
//
// A failed link is an error wrapping one of the sentinel errors below, which
// names the lie (ErrValueMismatch, ErrBadProof, ErrHeaderMismatch,
// ErrWrongBatch, ErrHeaderNotInBatch, ErrUnknownBatch, ErrWrongChain, ...);
// ErrNotPosted and ErrFinalityNotReached say the answer is not verifiable
// yet, not that it is false.
//
// # Limits
//
// A Viaduct node keeps the state of its head block only, so a balance is
// verifiable once the node's head block is posted (and, for the stronger
// levels, once its batch is final or settled). On a chain that never rests
// the head is always ahead of L1; the caller then retries (the CLI's
// --wait). The Rollup's address must come from a trusted source: an L2 node
// that chose it could point at a contract of its own.
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
)

// The lies a node can tell, and the two answers that are not lies but are
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
	// ErrWrongBatch: the batch the node names does not cover the block's
	// number on L1.
	ErrWrongBatch = errors.New("light: the named batch does not cover the block")
	// ErrHeaderNotInBatch: the header's hash is not under the blocks root
	// L1 holds for the batch (a header of another or of a reverted batch,
	// or a fabricated one).
	ErrHeaderNotInBatch = errors.New("light: header is not in the batch L1 holds")
	// ErrUnknownBatch: L1 holds no batch with the index the node names.
	ErrUnknownBatch = errors.New("light: L1 holds no such batch")
	// ErrBadWithdrawalProof: a withdrawal is not under its header's
	// withdrawals root.
	ErrBadWithdrawalProof = errors.New("light: withdrawal is not in its block")
	// ErrNotPosted: the node says the block is not posted to L1 yet.
	ErrNotPosted = errors.New("light: block not posted to L1 yet")
	// ErrFinalityNotReached: the answer verifies, but its batch has not
	// reached the finality level asked for.
	ErrFinalityNotReached = errors.New("light: finality level not reached yet")
)

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

func (c *Client) call(ctx context.Context, data []byte, at *big.Int) ([]byte, error) {
	c.l1Calls.Add(1)
	return c.l1.CallContract(ctx, ethereum.CallMsg{To: &c.rollup, Data: data}, at)
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

// BlockProof mirrors the node's viaduct_getBlockProof answer.
type BlockProof struct {
	Number     hexutil.Uint64  `json:"number"`
	Hash       common.Hash     `json:"hash"`
	Header     hexutil.Bytes   `json:"header"`
	Posted     bool            `json:"posted"`
	Batch      *hexutil.Uint64 `json:"batch"`
	BlockProof []common.Hash   `json:"blockProof"`
}

// Balance returns addr's nonce, ETH balance and balances of tokens at the
// node's head block, verified down to the finality level want.
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
	var sp StateProof
	if err := c.l2.CallContext(ctx, &sp, "viaduct_getProof", addr, tokens); err != nil {
		return nil, fmt.Errorf("light: L2 viaduct_getProof: %w", err)
	}
	var bp BlockProof
	if err := c.l2.CallContext(ctx, &bp, "viaduct_getBlockProof", sp.Number); err != nil {
		return nil, fmt.Errorf("light: L2 viaduct_getBlockProof(%d): %w", uint64(sp.Number), err)
	}
	h, err := checkHeader(&bp, uint64(sp.Number), sp.BlockHash)
	if err != nil {
		return nil, err
	}
	if sp.StateRoot != h.StateRoot {
		return nil, fmt.Errorf("%w: the proofs claim state root %s, block %d's header has %s", ErrHeaderMismatch, sp.StateRoot, h.Number, h.StateRoot)
	}
	acct, err := VerifyState(h.StateRoot, addr, tokens, &sp)
	if err != nil {
		return nil, err
	}
	acct.ProofBytes += len(bp.Header) + 32*len(bp.BlockProof)
	if !bp.Posted || bp.Batch == nil {
		return nil, fmt.Errorf("%w: L2 block %d", ErrNotPosted, h.Number)
	}
	anchor, err := c.anchor(ctx, h, uint64(*bp.Batch), bp.BlockProof, want)
	if err != nil {
		return nil, err
	}
	acct.Anchor = *anchor
	return acct, nil
}

// checkHeader decodes the header of bp and checks that it is block number
// with hash, as hashed here.
func checkHeader(bp *BlockProof, number uint64, hash common.Hash) (*core.Header, error) {
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
func (c *Client) batchAt(ctx context.Context, b uint64, at *big.Int) (batch bindings.RollupBatch, found bool, err error) {
	out, err := c.call(ctx, rollupABI.PackGetBatch(new(big.Int).SetUint64(b)), at)
	if err != nil {
		if isUnknownBatch(err) {
			return batch, false, nil
		}
		return batch, false, fmt.Errorf("light: Rollup.getBatch(%d) at L1 block %v: %w", b, at, err)
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

// isUnknownBatch reports whether err is the Rollup's UnknownBatch revert.
func isUnknownBatch(err error) bool {
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
	return len(data) >= 4 && [4]byte(data[:4]) == unknownBatchSelector
}

var unknownBatchSelector = [4]byte(rollupABI.GetABI().Errors["UnknownBatch"].ID.Bytes()[:4])

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

// anchor checks that header h is a block of batch b (by proof) as L1 holds
// it at level want. It reads L1's finalized block first for Final and
// Settled, and falls back to the latest block only to tell a lie from a
// batch that is not final yet.
func (c *Client) anchor(ctx context.Context, h *core.Header, b uint64, proof []common.Hash, want Finality) (*Anchor, error) {
	a := &Anchor{Block: h.Number, BlockHash: h.Hash(), StateRoot: h.StateRoot, Batch: b, Rollup: c.rollup, Finality: want}
	if want >= Final {
		fin, err := c.header(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		if err != nil {
			return nil, err
		}
		batch, found, err := c.batchAt(ctx, b, fin.Number)
		if err != nil {
			return nil, err
		}
		if found && holds(batch, b, h, proof) == nil {
			a.L1Block, a.L1Hash = fin.Number.Uint64(), fin.Hash()
			if want == Final {
				return a, nil
			}
			out, err := c.call(ctx, rollupABI.PackIsFinalized(new(big.Int).SetUint64(b)), fin.Number)
			if err != nil {
				return nil, fmt.Errorf("light: Rollup.isFinalized(%d): %w", b, err)
			}
			settled, err := rollupABI.UnpackIsFinalized(out)
			if err != nil {
				return nil, fmt.Errorf("light: Rollup.isFinalized(%d): %w", b, err)
			}
			if settled {
				return a, nil
			}
			return nil, fmt.Errorf("%w: batch %d is final on L1 (block %d) but inside its challenge window", ErrFinalityNotReached, b, a.L1Block)
		}
	}
	latest, err := c.header(ctx, nil)
	if err != nil {
		return nil, err
	}
	batch, found, err := c.batchAt(ctx, b, latest.Number)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("%w: batch %d at L1 block %d", ErrUnknownBatch, b, latest.Number)
	}
	if err := holds(batch, b, h, proof); err != nil {
		return nil, err
	}
	if want > Posted {
		return nil, fmt.Errorf("%w: block %d is in batch %d at L1 block %d, which is not final yet", ErrFinalityNotReached, h.Number, b, latest.Number)
	}
	a.L1Block, a.L1Hash = latest.Number.Uint64(), latest.Hash()
	return a, nil
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
