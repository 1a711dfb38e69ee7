// Package rollup is the Go side of Viaduct's L1 Rollup contract
// (contracts/src/Rollup.sol, docs/spec.md section 15): its deployment
// configuration, the conversions between package core's types and the
// contract's ABI types, the batch commitment (the Merkle root over a batch's
// block hashes, with proofs that a block belongs to a batch), and the decoding
// of queue items from the contract's events.
//
// The generated bindings (package contracts/bindings) pack and unpack calls;
// this package knows what the values mean. Its tests run the contract on
// go-ethereum's simulated chain.
package rollup

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/merkle"
)

var (
	// ErrBadEvent is returned when a contract event does not decode into a
	// well-formed value.
	ErrBadEvent = errors.New("rollup: malformed event")
	// ErrNotSubmitBatch is returned by DecodeBatch for calldata that is not
	// a well-formed submitBatch call.
	ErrNotSubmitBatch = errors.New("rollup: not a submitBatch call")
)

// contract packs and unpacks the Rollup's calls (its ABI, parsed once).
var (
	contract    = bindings.NewRollup()
	contractABI = contract.GetABI()
)

// Config is the Rollup's deployment configuration. Every field becomes an
// immutable of the contract; nothing can change it afterwards.
type Config struct {
	L2ChainID       uint64         // L2 chain id (1 ≤ id ≤ 2^53)
	Sequencer       common.Address // the only poster while the inclusion window is closed
	ChallengeWindow uint64         // seconds a batch can be challenged
	InclusionWindow uint64         // seconds before anyone with a bond may post
	Bond            *big.Int       // wei posted with each batch
	L2BaseFee       *big.Int       // L2 base fee, wei per gas
	MinDeposit      *big.Int       // smallest ETH deposit, wei
	MaxDeposit      *big.Int       // largest ETH deposit, wei
	MinTokenDeposit *big.Int       // smallest token deposit received, base units
	MaxTokenDeposit *big.Int       // largest token deposit received, base units
}

// maxDepositBound is the largest allowed deposit maximum, 2^128: with it no
// number of deposits can make an L2 balance saturate (spec section 8).
var maxDepositBound = new(big.Int).Lsh(big.NewInt(1), 128)

// Check refuses a configuration that the contract's constructor would
// refuse, naming the field.
func (c *Config) Check() error {
	positive := func(x *big.Int) bool { return x != nil && x.Sign() > 0 }
	switch {
	case c.L2ChainID == 0 || c.L2ChainID > 1<<53:
		return fmt.Errorf("rollup config: L2ChainID %d out of range [1, 2^53]", c.L2ChainID)
	case c.Sequencer == (common.Address{}):
		return errors.New("rollup config: Sequencer must be set")
	case c.ChallengeWindow == 0:
		return errors.New("rollup config: ChallengeWindow must be positive")
	case c.InclusionWindow == 0:
		return errors.New("rollup config: InclusionWindow must be positive")
	case !positive(c.Bond):
		return errors.New("rollup config: Bond must be positive")
	case !positive(c.L2BaseFee):
		return errors.New("rollup config: L2BaseFee must be positive")
	case !positive(c.MinDeposit) || c.MaxDeposit == nil || c.MinDeposit.Cmp(c.MaxDeposit) > 0 || c.MaxDeposit.Cmp(maxDepositBound) > 0:
		return errors.New("rollup config: need 0 < MinDeposit ≤ MaxDeposit ≤ 2^128")
	case !positive(c.MinTokenDeposit) || c.MaxTokenDeposit == nil || c.MinTokenDeposit.Cmp(c.MaxTokenDeposit) > 0 || c.MaxTokenDeposit.Cmp(maxDepositBound) > 0:
		return errors.New("rollup config: need 0 < MinTokenDeposit ≤ MaxTokenDeposit ≤ 2^128")
	}
	return nil
}

// ConstructorArgs returns the packed constructor arguments, after Check.
func (c *Config) ConstructorArgs() ([]byte, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	return contract.PackConstructor(bindings.RollupConfig{
		L2ChainId: c.L2ChainID, Sequencer: c.Sequencer,
		ChallengeWindow: c.ChallengeWindow, InclusionWindow: c.InclusionWindow,
		Bond: c.Bond, L2BaseFee: c.L2BaseFee,
		MinDeposit: c.MinDeposit, MaxDeposit: c.MaxDeposit,
		MinTokenDeposit: c.MinTokenDeposit, MaxTokenDeposit: c.MaxTokenDeposit,
	}), nil
}

// DecodeBatch decodes the calldata of a submitBatch call (the input of the
// transaction that emitted BatchSubmitted, when it called the Rollup
// directly) into its blocks. A verifier checks the result against the
// event's blocksRoot.
func DecodeBatch(calldata []byte) ([]Block, error) {
	m := contractABI.Methods["submitBatch"]
	if len(calldata) < 4 || !bytes.Equal(calldata[:4], m.ID) {
		return nil, ErrNotSubmitBatch
	}
	vals, err := m.Inputs.Unpack(calldata[4:])
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotSubmitBatch, err)
	}
	raw, ok := abi.ConvertType(vals[0], new([]bindings.RollupBlockData)).(*[]bindings.RollupBlockData)
	if !ok {
		return nil, fmt.Errorf("%w: unexpected argument type %T", ErrNotSubmitBatch, vals[0])
	}
	blocks := make([]Block, len(*raw))
	for i, b := range *raw {
		h := b.Header
		blocks[i] = Block{
			Header: &core.Header{
				ParentHash: h.ParentHash, Number: h.Number, Timestamp: h.Timestamp,
				TxDataHash: h.TxDataHash, StateRoot: h.StateRoot, WithdrawalsRoot: h.WithdrawalsRoot,
				QueueCursor: h.QueueCursor, FeeRecipient: h.FeeRecipient,
			},
			TxData: b.TxData,
		}
	}
	return blocks, nil
}

// HeaderArg converts a core header to the contract's Codec.Header.
func HeaderArg(h *core.Header) bindings.CodecHeader {
	return bindings.CodecHeader{
		ParentHash: h.ParentHash, Number: h.Number, Timestamp: h.Timestamp,
		TxDataHash: h.TxDataHash, StateRoot: h.StateRoot, WithdrawalsRoot: h.WithdrawalsRoot,
		QueueCursor: h.QueueCursor, FeeRecipient: h.FeeRecipient,
	}
}

// Block is one L2 block as a batch posts it.
type Block struct {
	Header *core.Header
	TxData []byte
}

// BatchArg converts blocks to the argument of submitBatch.
func BatchArg(blocks []Block) []bindings.RollupBlockData {
	out := make([]bindings.RollupBlockData, len(blocks))
	for i, b := range blocks {
		out[i] = bindings.RollupBlockData{Header: HeaderArg(b.Header), TxData: b.TxData}
	}
	return out
}

// BlocksRoot is the batch commitment the contract stores: the Merkle root
// (package merkle) over the hashes of the batch's headers, in order.
func BlocksRoot(headers []*core.Header) common.Hash {
	return merkle.Root(blockHashes(headers))
}

// BlockProof returns the siblings that prove headers[i] under
// BlocksRoot(headers), for finalizeWithdrawal and the fraud proof.
func BlockProof(headers []*core.Header, i int) []common.Hash {
	return merkle.Proof(blockHashes(headers), i)
}

func blockHashes(headers []*core.Header) []common.Hash {
	hs := make([]common.Hash, len(headers))
	for i, h := range headers {
		hs[i] = h.Hash()
	}
	return hs
}

// WithdrawalArg converts a core withdrawal to the contract's Withdrawal (the
// block number travels in the header).
func WithdrawalArg(w *core.Withdrawal) bindings.RollupWithdrawal {
	return bindings.RollupWithdrawal{
		Index: w.Index, Recipient: w.Recipient, Token: w.Token, Amount: w.Amount.ToBig(),
	}
}

// FinalizeCall packs the finalizeWithdrawal call that pays ws[w], a
// withdrawal of block headers[b] of batch `batch` (headers are all the
// batch's blocks, ws all of block b's withdrawals, in order).
func FinalizeCall(batch uint64, headers []*core.Header, b int, ws []core.Withdrawal, w int) []byte {
	return contract.PackFinalizeWithdrawal(
		new(big.Int).SetUint64(batch),
		HeaderArg(headers[b]),
		Proof(BlockProof(headers, b)),
		WithdrawalArg(&ws[w]),
		Proof(core.WithdrawalProof(ws, w)),
	)
}

// ChallengeCommitment is what a challenger commits to before it reveals a
// challenge of block blockHash of batch `batch` with salt (spec section
// 16.1): keccak256(abi.encode(challenger, batch, blockHash, salt)).
func ChallengeCommitment(challenger common.Address, batch uint64, blockHash, salt common.Hash) common.Hash {
	var buf [128]byte
	copy(buf[12:32], challenger[:])
	new(big.Int).SetUint64(batch).FillBytes(buf[32:64])
	copy(buf[64:96], blockHash[:])
	copy(buf[96:128], salt[:])
	return crypto.Keccak256Hash(buf[:])
}

// CommitChallengeCall packs commitChallenge(commitment).
func CommitChallengeCall(commitment common.Hash) []byte {
	return contract.PackCommitChallenge(commitment)
}

// RevealChallengeCall packs revealChallenge: the caller's commitment to
// block blockHash of batch `batch`, revealed with its salt, makes the
// caller the block's leader unless an earlier commitment was revealed.
func RevealChallengeCall(batch uint64, blockHash, salt common.Hash) []byte {
	return contract.PackRevealChallenge(new(big.Int).SetUint64(batch), blockHash, salt)
}

// ChallengeCall packs the challenge (fraud proof, spec section 16.1) of
// block headers[b] of batch `batch`: its parent's header, the queue items it
// applies, its tx data, the encoded state witness (package fraud) and the
// salt of the caller's commitment.
func ChallengeCall(batch uint64, parent *core.Header, headers []*core.Header, b int, txData []byte, queue []core.QueueItem, witness []byte, salt common.Hash) []byte {
	var q []byte
	for i := range queue {
		q = append(q, queue[i].Encode()...)
	}
	return contract.PackChallenge(bindings.RollupChallenge{
		BatchIndex: new(big.Int).SetUint64(batch), Parent: parent.Encode(), Header: headers[b].Encode(),
		BlockProof: Proof(BlockProof(headers, b)), TxData: txData, QueueItems: q, Witness: witness, Salt: salt,
	})
}

// StartChallengeCall packs the first transaction of a staged challenge
// (spec section 16.2) of block headers[b] of batch `batch`: the same inputs
// as ChallengeCall, with the witness's values (fraud.Witness.Values) in
// place of the witness.
func StartChallengeCall(batch uint64, parent *core.Header, headers []*core.Header, b int, txData []byte, queue []core.QueueItem, values []byte, salt common.Hash) []byte {
	var q []byte
	for i := range queue {
		q = append(q, queue[i].Encode()...)
	}
	return contract.PackStartChallenge(bindings.RollupChallengeStart{
		BatchIndex: new(big.Int).SetUint64(batch), Parent: parent.Encode(), Header: headers[b].Encode(),
		BlockProof: Proof(BlockProof(headers, b)), TxData: txData, QueueItems: q, Values: values, Salt: salt,
	})
}

// ContinueChallengeCall packs one chunk (fraud.Witness.Chunks) of the
// caller's staged challenge of block `blockHash` in batch `batch`.
func ContinueChallengeCall(batch uint64, blockHash common.Hash, chunk []byte) []byte {
	return contract.PackContinueChallenge(new(big.Int).SetUint64(batch), blockHash, chunk)
}

// Proof converts a list of hashes to the contract's bytes32[].
func Proof(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// QueueItem decodes a QueueItemAdded event into the queue item it announced
// and its index in the queue, and checks it is well formed.
func QueueItem(ev *bindings.RollupQueueItemAdded) (uint64, *core.QueueItem, error) {
	if !ev.Index.IsUint64() {
		return 0, nil, fmt.Errorf("%w: queue index %s", ErrBadEvent, ev.Index)
	}
	q := &core.QueueItem{Kind: core.QueueKind(ev.Kind), From: ev.From, To: ev.To, Token: ev.Token}
	if q.Amount.SetFromBig(ev.Amount) {
		return 0, nil, fmt.Errorf("%w: amount %s", ErrBadEvent, ev.Amount)
	}
	if err := q.Check(); err != nil {
		return 0, nil, fmt.Errorf("%w: %w", ErrBadEvent, err)
	}
	return ev.Index.Uint64(), q, nil
}

// DevConfig is the Rollup deployment of `viaduct dev`: the L2 chain
// id and base fee of core.DevConfig, a short challenge window so that a
// withdrawal can be finalized within a demo, and a small bond.
func DevConfig(seq common.Address) Config {
	ether := big.NewInt(1e18)
	l2 := core.DevConfig()
	return Config{
		L2ChainID:       l2.ChainID,
		Sequencer:       seq,
		ChallengeWindow: 120,  // seconds
		InclusionWindow: 3600, // seconds
		Bond:            new(big.Int).Div(ether, big.NewInt(100)),
		L2BaseFee:       l2.BaseFee.ToBig(),
		MinDeposit:      big.NewInt(1e12),
		MaxDeposit:      new(big.Int).Mul(big.NewInt(10_000), ether),
		MinTokenDeposit: big.NewInt(1),
		MaxTokenDeposit: new(big.Int).Lsh(big.NewInt(1), 128),
	}
}
