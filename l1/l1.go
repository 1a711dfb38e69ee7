// Package l1 is the node's access to Ethereum: the Rollup contract's views
// and calls, and the Follower, the node's one reader of the Rollup's
// events (its queue of deposits and forced withdrawals, its token registry,
// its batches and fraud proofs), which follows L1 by parent hash and hands
// the rest of the node immutable Snapshots. Everything goes through the
// standard JSON-RPC API (ethclient or anything with the same methods), so
// any Ethereum node will do (D1).
//
// Events count only once their L1 block is Confirmations deep, so a
// shallow L1 reorg never reaches the L2. A deeper one is found by the
// Follower, once, and the view goes back (Snapshot.Generation); what the
// L2 chain built on what went away is taken back by the node's chain
// writer (package derive's Plan).
package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
)

// Client is the part of the Ethereum JSON-RPC API the node uses; both
// ethclient.Client and the simulated chain's client implement it.
type Client interface {
	ethereum.ChainReader
	ethereum.ChainStateReader
	ethereum.ChainIDReader
	ethereum.ContractCaller
	ethereum.LogFilterer
	ethereum.TransactionReader
	ethereum.TransactionSender
	ethereum.GasPricer
	ethereum.GasEstimator
	ethereum.PendingStateReader
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

var (
	rollupABI   = bindings.NewRollup()
	abiEvents   = rollupABI.GetABI().Events
	queueTopic  = abiEvents[bindings.RollupQueueItemAddedEventName].ID
	tokenTopic  = abiEvents[bindings.RollupTokenRegisteredEventName].ID
	batchTopic  = abiEvents[bindings.RollupBatchSubmittedEventName].ID
	errGapQueue = errors.New("l1: queue event out of order")
)

// Rollup reads the Rollup contract at Address.
type Rollup struct {
	Client  Client
	Address common.Address
}

func (r *Rollup) call(ctx context.Context, data []byte, at *big.Int) ([]byte, error) {
	return r.Client.CallContract(ctx, ethereum.CallMsg{To: &r.Address, Data: data}, at)
}

// LatestBlock returns the last L2 block the contract has accepted, as of L1
// block `at` (nil for the latest).
func (r *Rollup) LatestBlock(ctx context.Context, at *big.Int) (bindings.LatestBlockOutput, error) {
	out, err := r.call(ctx, rollupABI.PackLatestBlock(), at)
	if err != nil {
		return bindings.LatestBlockOutput{}, fmt.Errorf("l1: Rollup.latestBlock: %w", err)
	}
	return rollupABI.UnpackLatestBlock(out)
}

// Bond returns the bond each batch must carry.
func (r *Rollup) Bond(ctx context.Context) (*big.Int, error) {
	out, err := r.call(ctx, rollupABI.PackBond(), nil)
	if err != nil {
		return nil, fmt.Errorf("l1: Rollup.bond: %w", err)
	}
	return rollupABI.UnpackBond(out)
}

// ChallengeWindow returns the contract's challenge window in seconds.
func (r *Rollup) ChallengeWindow(ctx context.Context) (uint64, error) {
	out, err := r.call(ctx, rollupABI.PackChallengeWindow(), nil)
	if err != nil {
		return 0, fmt.Errorf("l1: Rollup.challengeWindow: %w", err)
	}
	return rollupABI.UnpackChallengeWindow(out)
}

// L2ChainID returns the L2 chain id the contract was deployed for.
func (r *Rollup) L2ChainID(ctx context.Context) (uint64, error) {
	out, err := r.call(ctx, rollupABI.PackL2ChainId(), nil)
	if err != nil {
		return 0, fmt.Errorf("l1: Rollup.l2ChainId: %w", err)
	}
	return rollupABI.UnpackL2ChainId(out)
}

// Token is what the Rollup recorded of a bridged token when it was first
// deposited.
type Token struct {
	Name, Symbol string
	Decimals     uint8
}

// IsFinalized reports whether batch b's challenge window is over.
func (r *Rollup) IsFinalized(ctx context.Context, b uint64) (bool, error) {
	out, err := r.call(ctx, rollupABI.PackIsFinalized(new(big.Int).SetUint64(b)), nil)
	if err != nil {
		return false, fmt.Errorf("l1: Rollup.isFinalized: %w", err)
	}
	return rollupABI.UnpackIsFinalized(out)
}
