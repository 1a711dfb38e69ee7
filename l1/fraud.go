package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/txmgr"
)

var (
	fraudTopic    = abiEvents[bindings.RollupFraudProvenEventName].ID
	revertedTopic = abiEvents[bindings.RollupBatchesRevertedEventName].ID
	leaderTopic   = abiEvents[bindings.RollupChallengeLeaderEventName].ID
	paidTopic     = abiEvents[bindings.RollupWithdrawalFinalizedEventName].ID
)

// FraudProof is one FraudProven event: a block proven wrong on L1, which
// reverted its batch and every later one.
type FraudProof struct {
	Event     *bindings.RollupFraudProven
	Tx        common.Hash
	Block     uint64
	BlockHash common.Hash
}

// FraudProofs returns the FraudProven events in L1 blocks from..to.
func (r *Rollup) FraudProofs(ctx context.Context, from, to uint64) ([]FraudProof, error) {
	logs, err := r.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{r.Address}, Topics: [][]common.Hash{{fraudTopic}},
	})
	if err != nil {
		return nil, fmt.Errorf("l1: read FraudProven %d..%d: %w", from, to, err)
	}
	var out []FraudProof
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := rollupABI.UnpackFraudProvenEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("l1: FraudProven in %s: %w", logs[i].TxHash, err)
		}
		out = append(out, FraudProof{Event: ev, Tx: logs[i].TxHash, Block: logs[i].BlockNumber, BlockHash: logs[i].BlockHash})
	}
	return out, nil
}

// GetBatch returns what the Rollup keeps of batch i as of L1 block `at`
// (nil: the latest); ErrUnknownBatch if it has no such batch (never posted,
// or reverted and not posted again).
func (r *Rollup) GetBatch(ctx context.Context, i uint64, at *big.Int) (bindings.RollupBatch, error) {
	out, err := r.call(ctx, rollupABI.PackGetBatch(new(big.Int).SetUint64(i)), at)
	if err != nil {
		if RevertName(err) == "UnknownBatch" {
			return bindings.RollupBatch{}, fmt.Errorf("%w: %d", ErrUnknownBatch, i)
		}
		return bindings.RollupBatch{}, fmt.Errorf("l1: Rollup.getBatch(%d): %w", i, err)
	}
	return rollupABI.UnpackGetBatch(out)
}

// ChallengeSession returns challenger's staged challenge (spec section
// 16.2) of block blockHash in batch `batch`; its BlocksRoot is zero when
// there is none.
func (r *Rollup) ChallengeSession(ctx context.Context, challenger common.Address, batch uint64, blockHash common.Hash) (bindings.RollupSession, error) {
	out, err := r.call(ctx, rollupABI.PackChallengeSession(challenger, new(big.Int).SetUint64(batch), blockHash), nil)
	if err != nil {
		return bindings.RollupSession{}, fmt.Errorf("l1: Rollup.challengeSession: %w", err)
	}
	return rollupABI.UnpackChallengeSession(out)
}

// ChallengeCommitment returns the L1 time at which a challenge commitment
// (spec section 16.1) was recorded, zero if never.
func (r *Rollup) ChallengeCommitment(ctx context.Context, commitment common.Hash) (uint64, error) {
	out, err := r.call(ctx, rollupABI.PackChallengeCommitment(commitment), nil)
	if err != nil {
		return 0, fmt.Errorf("l1: Rollup.challengeCommitment: %w", err)
	}
	return rollupABI.UnpackChallengeCommitment(out)
}

// ChallengeLeader returns who a proof of block blockHash of batch `batch`
// would reward now (the earliest commitment revealed) and when it
// committed; the zero address if no one revealed one.
func (r *Rollup) ChallengeLeader(ctx context.Context, batch uint64, blockHash common.Hash) (common.Address, uint64, error) {
	out, err := r.call(ctx, rollupABI.PackChallengeLeader(new(big.Int).SetUint64(batch), blockHash), nil)
	if err != nil {
		return common.Address{}, 0, fmt.Errorf("l1: Rollup.challengeLeader: %w", err)
	}
	l, err := rollupABI.UnpackChallengeLeader(out)
	if err != nil {
		return common.Address{}, 0, err
	}
	return l.Challenger, l.CommittedAt, nil
}

// ErrUnknownBatch is returned by GetBatch for a batch index the Rollup
// does not hold.
var ErrUnknownBatch = errors.New("l1: no such batch")

// BatchCount returns the number of accepted batches.
func (r *Rollup) BatchCount(ctx context.Context, at *big.Int) (uint64, error) {
	out, err := r.call(ctx, rollupABI.PackBatchCount(), at)
	if err != nil {
		return 0, fmt.Errorf("l1: Rollup.batchCount: %w", err)
	}
	n, err := rollupABI.UnpackBatchCount(out)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// RollbackPending reports whether reverted batches are still to be settled
// (no batch is accepted until they are, unless the batch can settle what is
// left itself).
func (r *Rollup) RollbackPending(ctx context.Context) (bool, error) {
	out, err := r.call(ctx, rollupABI.PackRollbackEnd(), nil)
	if err != nil {
		return false, fmt.Errorf("l1: Rollup.rollbackEnd: %w", err)
	}
	end, err := rollupABI.UnpackRollbackEnd(out)
	if err != nil {
		return false, err
	}
	return end.Sign() != 0, nil
}

// Claimable returns the ETH the Rollup owes addr (challenge rewards, bonds
// of reverted batches), paid by claim().
func (r *Rollup) Claimable(ctx context.Context, addr common.Address) (*big.Int, error) {
	out, err := r.call(ctx, rollupABI.PackClaimable(addr), nil)
	if err != nil {
		return nil, fmt.Errorf("l1: Rollup.claimable: %w", err)
	}
	return rollupABI.UnpackClaimable(out)
}

// InclusionWindowOpen reports whether anyone with a bond may post batches
// now (the sequencer left a queue item or posted nothing for too long).
func (r *Rollup) InclusionWindowOpen(ctx context.Context) (bool, error) {
	out, err := r.call(ctx, rollupABI.PackInclusionWindowOpen(), nil)
	if err != nil {
		return false, fmt.Errorf("l1: Rollup.inclusionWindowOpen: %w", err)
	}
	return rollupABI.UnpackInclusionWindowOpen(out)
}

// Sequencer returns the address that may always post batches.
func (r *Rollup) Sequencer(ctx context.Context) (common.Address, error) {
	out, err := r.call(ctx, rollupABI.PackSequencer(), nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("l1: Rollup.sequencer: %w", err)
	}
	return rollupABI.UnpackSequencer(out)
}

// RevertName returns the name of the Rollup's custom error that err (a
// call, gas estimate or send through JSON-RPC) reverted with, or "" if err
// is not such a revert.
func RevertName(err error) string {
	var re *txmgr.RevertError
	if errors.As(err, &re) && re.Name != "" {
		return re.Name
	}
	var de rpc.DataError
	if !errors.As(err, &de) {
		return ""
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return ""
	}
	for name, e := range rollupABI.GetABI().Errors {
		if [4]byte(e.ID.Bytes()[:4]) == [4]byte(data[:4]) {
			return name
		}
	}
	return ""
}
