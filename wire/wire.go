// Package wire is the viaduct_ JSON-RPC namespace as it travels: the
// method names and every request and answer type, declared once. The
// node's server (package api) answers with these types, and every client
// (the light client, the wallet, the bench, the command line) reads them,
// so the two sides cannot drift apart.
//
// Nothing a node answers is trusted by a careful client: the light client
// (package light) checks every proof here against the roots L1 holds. The
// package itself only names the fields; it links nothing of the node.
package wire

import (
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

// The viaduct_ methods (docs/node.md).
const (
	// MethodRollupConfig answers a RollupInfo: the deployment the node
	// follows.
	MethodRollupConfig = "viaduct_rollupConfig"
	// MethodBlockStatus takes a block number or tag and answers a
	// BlockStatus.
	MethodBlockStatus = "viaduct_blockStatus"
	// MethodGetProof takes an address, a list of token addresses and a
	// block (number or tag, optional) and answers a StateProof.
	MethodGetProof = "viaduct_getProof"
	// MethodGetWithdrawal takes an L2 block number and a withdrawal index
	// and answers a WithdrawalProof.
	MethodGetWithdrawal = "viaduct_getWithdrawal"
	// MethodGetBlockProof takes an L2 block number and answers a
	// BlockProof.
	MethodGetBlockProof = "viaduct_getBlockProof"
	// MethodGetQueueItem takes an L1 queue index and answers a
	// QueueItemStatus.
	MethodGetQueueItem = "viaduct_getQueueItem"
	// MethodGetBatch takes a batch index and answers a BatchInfo, or
	// fails with ErrUnknownBatch's message.
	MethodGetBatch = "viaduct_getBatch"
)

// Methods lists every viaduct_ method.
var Methods = []string{
	MethodRollupConfig, MethodBlockStatus, MethodGetProof, MethodGetWithdrawal,
	MethodGetBlockProof, MethodGetQueueItem, MethodGetBatch,
}

// ErrUnknownBatch is the error viaduct_getBatch answers for a batch the
// Rollup does not hold; a client recognises it by its message.
var ErrUnknownBatch = errors.New("unknown batch")

// RollupInfo is viaduct_rollupConfig's answer, and the configuration file
// `viaduct deploy` writes: one Rollup deployment.
type RollupInfo struct {
	Rollup          common.Address `json:"rollup"`
	DeployBlock     uint64         `json:"deployBlock"`
	L1ChainID       uint64         `json:"l1ChainId"`
	L2ChainID       uint64         `json:"l2ChainId"`
	L2BaseFee       string         `json:"l2BaseFee"` // wei per gas, decimal
	Sequencer       common.Address `json:"sequencer"`
	ChallengeWindow uint64         `json:"challengeWindow"` // seconds
	InclusionWindow uint64         `json:"inclusionWindow"` // seconds
	Bond            string         `json:"bond"`            // wei, decimal
	Bridge          common.Address `json:"bridge"`          // the L2 address a withdrawal is sent to
}

// NewRollupInfo describes the Rollup deployed at addr in L1 block
// deployBlock of chain l1ChainID with configuration c.
func NewRollupInfo(addr common.Address, deployBlock, l1ChainID uint64, c rollup.Config) RollupInfo {
	return RollupInfo{
		Rollup: addr, DeployBlock: deployBlock, L1ChainID: l1ChainID, L2ChainID: c.L2ChainID,
		L2BaseFee: c.L2BaseFee.String(), Sequencer: c.Sequencer, ChallengeWindow: c.ChallengeWindow,
		InclusionWindow: c.InclusionWindow, Bond: c.Bond.String(), Bridge: core.BridgeAddress,
	}
}

// BlockStatus is viaduct_blockStatus's answer: how far a block is
// confirmed.
type BlockStatus struct {
	Number hexutil.Uint64 `json:"number"`
	Hash   common.Hash    `json:"hash"`
	// Status is "latest" (sequenced and stored), "safe" (posted in an L1
	// block) or "finalized" (posted in a finalized L1 block).
	Status    string         `json:"status"`
	Safe      hexutil.Uint64 `json:"safe"`
	Finalized hexutil.Uint64 `json:"finalized"`
}

// TokenProof is one token balance of a StateProof with its state proof.
type TokenProof struct {
	Token   common.Address `json:"token"`
	Balance *hexutil.Big   `json:"balance"`
	Proof   hexutil.Bytes  `json:"proof"`
}

// StateProof is viaduct_getProof's answer: an account and token balances
// with proofs (docs/spec.md section 4.4 encoding) against the state root of
// block Number, which a light client checks against the root L1 holds.
type StateProof struct {
	Address      common.Address `json:"address"`
	Nonce        hexutil.Uint64 `json:"nonce"`
	Balance      *hexutil.Big   `json:"balance"`
	AccountProof hexutil.Bytes  `json:"accountProof"`
	Tokens       []TokenProof   `json:"tokens"`
	StateRoot    common.Hash    `json:"stateRoot"`
	Number       hexutil.Uint64 `json:"blockNumber"`
	BlockHash    common.Hash    `json:"blockHash"`
}

// WithdrawalProof is viaduct_getWithdrawal's answer: a withdrawal, its
// block's header (encoded, docs/spec.md section 10) and its proof under the
// header's withdrawals root (section 9), bottom-up.
type WithdrawalProof struct {
	Block     hexutil.Uint64 `json:"block"`
	Index     hexutil.Uint64 `json:"index"`
	Recipient common.Address `json:"recipient"`
	Token     common.Address `json:"token"`
	Amount    *hexutil.Big   `json:"amount"`
	Leaf      common.Hash    `json:"leaf"`
	Proof     []common.Hash  `json:"proof"`
	Header    hexutil.Bytes  `json:"header"`
	BlockHash common.Hash    `json:"blockHash"`

	// Set once the block is posted to L1: the batch, the block's proof
	// under the batch's blocks root, whether the challenge window is over,
	// and the finalizeWithdrawal calldata that pays the withdrawal on L1.
	Posted        bool            `json:"posted"`
	Batch         *hexutil.Uint64 `json:"batch,omitempty"`
	BlockProof    []common.Hash   `json:"blockProof,omitempty"`
	Finalizable   bool            `json:"finalizable"`
	FinalizeInput hexutil.Bytes   `json:"finalizeInput,omitempty"`
}

// BlockProof is viaduct_getBlockProof's answer: a block's header in its
// encoded form (docs/spec.md section 10), so that a light client hashes it
// itself, and, once the block is posted, the batch that holds it and the
// block's proof under that batch's blocks root (section 15), bottom-up.
type BlockProof struct {
	Number     hexutil.Uint64  `json:"number"`
	Hash       common.Hash     `json:"hash"`
	Header     hexutil.Bytes   `json:"header"`
	Posted     bool            `json:"posted"`
	Batch      *hexutil.Uint64 `json:"batch,omitempty"`
	BlockProof []common.Hash   `json:"blockProof,omitempty"`
}

// QueueItemStatus is viaduct_getQueueItem's answer: whether the chain has
// applied L1 queue item Index (a deposit or a forced withdrawal), in which
// block, and for a forced withdrawal the index of the withdrawal it made in
// that block (absent if it found nothing to take).
type QueueItemStatus struct {
	Index      hexutil.Uint64  `json:"index"`
	Applied    bool            `json:"applied"`
	Block      *hexutil.Uint64 `json:"block,omitempty"`
	Withdrawal *hexutil.Uint64 `json:"withdrawal,omitempty"`
}

// BatchInfo is viaduct_getBatch's answer: a batch the Rollup holds, as the
// node's view of L1 has it.
type BatchInfo struct {
	Index         hexutil.Uint64 `json:"index"`
	FirstBlock    hexutil.Uint64 `json:"firstBlock"`
	LastBlock     hexutil.Uint64 `json:"lastBlock"`
	BlocksRoot    common.Hash    `json:"blocksRoot"`
	LastBlockHash common.Hash    `json:"lastBlockHash"`
	StateRoot     common.Hash    `json:"stateRoot"`
	QueueCursor   hexutil.Uint64 `json:"queueCursor"`
	Submitter     common.Address `json:"submitter"`
	// SubmittedAt is the L1 time of the batch's block; its challenge
	// window ends at ChallengeWindowEnd.
	SubmittedAt        hexutil.Uint64 `json:"submittedAt"`
	ChallengeWindowEnd hexutil.Uint64 `json:"challengeWindowEnd"`
	// Final: the challenge window is over at the latest L1 block the node
	// has seen.
	Final       bool           `json:"final"`
	L1Tx        common.Hash    `json:"l1Tx"`
	L1Block     hexutil.Uint64 `json:"l1Block"`
	L1BlockHash common.Hash    `json:"l1BlockHash"`
}
