// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// CodecHeader is an auto generated low-level Go binding around an user-defined struct.
type CodecHeader struct {
	ParentHash      [32]byte
	Number          uint64
	Timestamp       uint64
	TxDataHash      [32]byte
	StateRoot       [32]byte
	WithdrawalsRoot [32]byte
	QueueCursor     uint64
	FeeRecipient    common.Address
}

// RollupBatch is an auto generated low-level Go binding around an user-defined struct.
type RollupBatch struct {
	BlocksRoot    [32]byte
	LastBlockHash [32]byte
	StateRoot     [32]byte
	LastBlock     uint64
	LastTimestamp uint64
	QueueCursor   uint64
	SubmittedAt   uint64
	Submitter     common.Address
	FirstBlock    uint64
	BondHeld      bool
}

// RollupBlockData is an auto generated low-level Go binding around an user-defined struct.
type RollupBlockData struct {
	Header CodecHeader
	TxData []byte
}

// RollupChallenge is an auto generated low-level Go binding around an user-defined struct.
type RollupChallenge struct {
	BatchIndex *big.Int
	Parent     []byte
	Header     []byte
	BlockProof [][32]byte
	TxData     []byte
	QueueItems []byte
	Witness    []byte
	Salt       [32]byte
}

// RollupChallengeStart is an auto generated low-level Go binding around an user-defined struct.
type RollupChallengeStart struct {
	BatchIndex *big.Int
	Parent     []byte
	Header     []byte
	BlockProof [][32]byte
	TxData     []byte
	QueueItems []byte
	Values     []byte
	Salt       [32]byte
}

// RollupConfig is an auto generated low-level Go binding around an user-defined struct.
type RollupConfig struct {
	L2ChainId       uint64
	Sequencer       common.Address
	ChallengeWindow uint64
	InclusionWindow uint64
	Bond            *big.Int
	L2BaseFee       *big.Int
	MinDeposit      *big.Int
	MaxDeposit      *big.Int
	MinTokenDeposit *big.Int
	MaxTokenDeposit *big.Int
}

// RollupSession is an auto generated low-level Go binding around an user-defined struct.
type RollupSession struct {
	BlocksRoot  [32]byte
	Digest      [32]byte
	Root        [32]byte
	StateRoot   [32]byte
	BlockNumber uint64
	SubmittedAt uint64
	Remaining   uint16
	TxIndex     uint16
	Fraud       uint8
	Rule        uint8
	Commit      bool
}

// RollupTokenInfo is an auto generated low-level Go binding around an user-defined struct.
type RollupTokenInfo struct {
	Registered bool
	Decimals   uint8
	Name       string
	Symbol     string
}

// RollupWithdrawal is an auto generated low-level Go binding around an user-defined struct.
type RollupWithdrawal struct {
	Index     uint32
	Recipient common.Address
	Token     common.Address
	Amount    *big.Int
}

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"inclusionWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"l2BaseFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minTokenDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxTokenDeposit\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.Config\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"BadWithdrawalProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"BatchReplaced\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"BlockNotInBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"BondNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"}],\"name\":\"CommitmentBeforeBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now\",\"type\":\"uint256\"}],\"name\":\"CommitmentNotEarlier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"DepositTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"DepositTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EthTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"ForcedInclusionSkipped\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGasForMetadata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"InvalidToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBatches\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFraud\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"queueLength\",\"type\":\"uint256\"}],\"name\":\"QueueCursorBeyondQueue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentCursor\",\"type\":\"uint64\"}],\"name\":\"QueueCursorDecreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"}],\"name\":\"RollbackPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentTimestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeParent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now\",\"type\":\"uint256\"}],\"name\":\"TimestampInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"before\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"afterwards\",\"type\":\"uint256\"}],\"name\":\"TokenBalanceDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyQueueItems\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"posted\",\"type\":\"bytes32\"}],\"name\":\"TxDataHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"TxDataTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"UnknownChallenge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"UnknownCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownQueueItem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"posted\",\"type\":\"uint64\"}],\"name\":\"WrongBlockNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"posted\",\"type\":\"bytes32\"}],\"name\":\"WrongParentHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blocksRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"}],\"name\":\"BatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromBatch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toBatch\",\"type\":\"uint256\"}],\"name\":\"BatchesReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"}],\"name\":\"ChallengeLeader\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"entries\",\"type\":\"uint256\"}],\"name\":\"ChallengeStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"fraud\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"rule\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"FraudProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"QueueItemAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"}],\"name\":\"TokenRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CHALLENGER_SHARE_PERCENT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_DECIMALS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GENESIS_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_QUEUE_ITEMS_PER_BLOCK\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOKEN_STRING_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TX_DATA_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"METADATA_CALL_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLE_PER_CHALLENGE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"parent\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"blockProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"queueItems\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Challenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"challengeCommitment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"challengeLeader\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"challengeSession\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blocksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"remaining\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"txIndex\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"fraud\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"rule\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"commit\",\"type\":\"bool\"}],\"internalType\":\"structRollup.Session\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"}],\"name\":\"continueChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"depositETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"blockProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.Withdrawal\",\"name\":\"w\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"withdrawalProof\",\"type\":\"bytes32[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fraudVerifier\",\"outputs\":[{\"internalType\":\"contractFraudVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"getBatch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blocksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"bondHeld\",\"type\":\"bool\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindowOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"isWithdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2BaseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTokenDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minTokenDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueCursor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"queueItemHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"queueItemTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"reclaimBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackEnd\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackNext\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBatches\",\"type\":\"uint256\"}],\"name\":\"settleRollback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"parent\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"blockProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"queueItems\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"values\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.ChallengeStart\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"startChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.BlockData[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"}],\"internalType\":\"structRollup.TokenInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Rollup",
	Bin: "0x610200604052348015610010575f5ffd5b506040516193b73803806193b783398101604081905261002f91610430565b80516001600160401b0316158061005857506620000000000000815f01516001600160401b0316115b15610097576040516389a6198960e01b81526020600482015260096024820152681b0c90da185a5b925960ba1b60448201526064015b60405180910390fd5b60208101516001600160a01b03166100de576040516389a6198960e01b815260206004820152600960248201526839b2b8bab2b731b2b960b91b604482015260640161008e565b80604001516001600160401b03165f0361012d576040516389a6198960e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b604482015260640161008e565b80606001516001600160401b03165f0361017c576040516389a6198960e01b815260206004820152600f60248201526e696e636c7573696f6e57696e646f7760881b604482015260640161008e565b80608001515f036101b9576040516389a6198960e01b815260040161008e90602080825260049082015263189bdb9960e21b604082015260600190565b8060a001515f036101f9576040516389a6198960e01b81526020600482015260096024820152686c324261736546656560b81b604482015260640161008e565b60c0810151158061021157508060e001518160c00151115b806102235750600160801b8160e00151115b15610262576040516389a6198960e01b815260206004820152600e60248201526d6465706f73697420626f756e647360901b604482015260640161008e565b610100810151158061027d5750806101200151816101000151115b806102905750600160801b816101200151115b156102de576040516389a6198960e01b815260206004820152601460248201527f746f6b656e206465706f73697420626f756e6473000000000000000000000000604482015260640161008e565b80516001600160401b03908116608090815260208301516001600160a01b031660a0908152604080850151841660c09081526060860151851660e0908152938601516101009081529286018051610120908152918701516101405293860151610160529185015161018052908401516101a052429092166101c05282519051915130929061036b906103bd565b6001600160a01b0390931683526001600160401b0390911660208301526040820152606001604051809103905ff0801580156103a9573d5f5f3e3d5ffd5b506001600160a01b03166101e052506104d0565b6140b78061530083390190565b60405161014081016001600160401b03811182821017156103f957634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b0381168114610415575f5ffd5b919050565b80516001600160a01b0381168114610415575f5ffd5b5f610140828403128015610442575f5ffd5b5061044b6103ca565b610454836103ff565b81526104626020840161041a565b6020820152610473604084016103ff565b6040820152610484606084016103ff565b60608201526080838101519082015260a0808401519082015260c0808401519082015260e080840151908201526101008084015190820152610120928301519281019290925250919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051614d136105ed5f395f818161060a0152818161119801528181611a980152611ec001525f8181610a0b015261176501525f818161039101526129f101525f81816107c601526129d001525f8181610688015261131101525f818161052801526112f001525f6109a501525f81816106da01528181610b6201528181610b9c01528181612b3c01528181612b770152613af501525f81816109d8015281816117db015281816118200152612ffb01525f81816107740152818161167b01528181611cfc015281816125980152818161328201526138d401525f81816106550152610b0801525f61095e0152614d135ff3fe6080604052600436106102f3575f3560e01c8063847b314c11610189578063ca22f381116100d8578063eae4c19f11610092578063f087392e1161006d578063f087392e14610a57578063f40caf1a14610a8a578063f5dab71114610aa9578063fb0f97a814610ad5575f5ffd5b8063eae4c19f146109fa578063ee9a31a214610a2d578063f057a15e14610a43575f5ffd5b8063ca22f38114610919578063d2f515c314610938578063d6ae3cd51461094d578063e2c9ea7214610980578063e3176bd514610994578063e88816e7146109c7575f5ffd5b8063a3944c5a11610143578063b406b3a41161011e578063b406b3a4146108a0578063b9fa39e7146108bf578063bad81634146108de578063c5008f46146108f3575f5ffd5b8063a3944c5a1461084b578063ab91c7b014610877578063ac2efaf71461088c575f5ffd5b8063847b314c1461074f578063861a1412146107635780638985646a146107965780638fd1e17e146107b557806394b90920146107e8578063a1651fe214610807575f5ffd5b80634213032b116102455780635c1bba38116101ff57806364c9ec6f116101da57806364c9ec6f146106c9578063726a4f3a146106fc578063787bfada146107115780637a1a344614610730575f5ffd5b80635c1bba38146106445780636083e59a1461067757806360d0d576146106aa575f5ffd5b80634213032b1461054a57806342c773581461055f57806344591a07146105a55780634e71d92d146105b95780635ac44282146105cd5780635c0b2cd3146105f9575f5ffd5b806320ecd418116102b057806333727c4d1161028b57806333727c4d146104b957806338ebcf10146104d8578063402914f5146104ec57806341b3d18514610517575f5ffd5b806320ecd4181461043b5780632d2da806146104875780632f3daacd1461049a575f5ffd5b806303144c61146102f757806306f130561461031d57806307e2da96146103315780630c0cb9dd146103805780631ab5cbe1146103b357806320c0f0681461041a575b5f5ffd5b61030a610305366004614179565b610af4565b6040519081526020015b60405180910390f35b348015610328575f5ffd5b5061030a5f5481565b34801561033c575f5ffd5b5061034561108d565b604080516001600160401b0396871681526020810195909552928516928401929092529092166060820152608081019190915260a001610314565b34801561038b575f5ffd5b5061030a7f000000000000000000000000000000000000000000000000000000000000000081565b3480156103be575f5ffd5b5061040a6103cd3660046141e0565b6bffffffffffffffff00000000602092831b1663ffffffff821617600890811c5f9081529252604090912054600160ff9092169190911b16151590565b6040519015158152602001610314565b348015610425575f5ffd5b50610439610434366004614222565b611135565b005b348015610446575f5ffd5b5061046f61045536600461425b565b5f908152600a60205260409020546001600160401b031690565b6040516001600160401b039091168152602001610314565b61030a610495366004614288565b6112d8565b3480156104a5575f5ffd5b506104396104b43660046142a1565b611352565b3480156104c4575f5ffd5b5061040a6104d336600461425b565b61164c565b3480156104e3575f5ffd5b5061030a604081565b3480156104f7575f5ffd5b5061030a610506366004614288565b60036020525f908152604090205481565b348015610522575f5ffd5b5061030a7f000000000000000000000000000000000000000000000000000000000000000081565b348015610555575f5ffd5b5061030a61c35081565b34801561056a575f5ffd5b5061057e610579366004614349565b6116b3565b604080516001600160a01b0390931683526001600160401b03909116602083015201610314565b3480156105b0575f5ffd5b5061040a611758565b3480156105c4575f5ffd5b50610439611866565b3480156105d8575f5ffd5b506105ec6105e736600461425b565b611900565b6040516103149190614369565b348015610604575f5ffd5b5061062c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610314565b34801561064f575f5ffd5b5061062c7f000000000000000000000000000000000000000000000000000000000000000081565b348015610682575f5ffd5b5061030a7f000000000000000000000000000000000000000000000000000000000000000081565b3480156106b5575f5ffd5b506104396106c4366004614449565b611a24565b3480156106d4575f5ffd5b5061030a7f000000000000000000000000000000000000000000000000000000000000000081565b348015610707575f5ffd5b5061030a60015481565b34801561071c575f5ffd5b5061043961072b366004614222565b611e64565b34801561073b575f5ffd5b5061043961074a36600461425b565b61226d565b34801561075a575f5ffd5b5061030a603281565b34801561076e575f5ffd5b5061046f7f000000000000000000000000000000000000000000000000000000000000000081565b3480156107a1575f5ffd5b5061030a6107b03660046144c3565b6122c1565b3480156107c0575f5ffd5b5061030a7f000000000000000000000000000000000000000000000000000000000000000081565b3480156107f3575f5ffd5b5061030a61080236600461425b565b61232c565b348015610812575f5ffd5b5061081b612364565b60405161031494939291909384526001600160401b03928316602085015291166040830152606082015260800190565b348015610856575f5ffd5b5061086a6108653660046144fd565b6123e9565b604051610314919061452d565b348015610882575f5ffd5b5061030a60055481565b348015610897575f5ffd5b5061030a601081565b3480156108ab575f5ffd5b5061046f6108ba36600461425b565b612509565b3480156108ca575f5ffd5b506104396108d936600461425b565b612538565b3480156108e9575f5ffd5b5061030a61400081565b3480156108fe575f5ffd5b50610907601281565b60405160ff9091168152602001610314565b348015610924575f5ffd5b506104396109333660046145fc565b612549565b348015610943575f5ffd5b5061030a60025481565b348015610958575f5ffd5b5061046f7f000000000000000000000000000000000000000000000000000000000000000081565b34801561098b575f5ffd5b5061030a602081565b34801561099f575f5ffd5b5061030a7f000000000000000000000000000000000000000000000000000000000000000081565b3480156109d2575f5ffd5b5061046f7f000000000000000000000000000000000000000000000000000000000000000081565b348015610a05575f5ffd5b5061046f7f000000000000000000000000000000000000000000000000000000000000000081565b348015610a38575f5ffd5b5061062c620b81d681565b348015610a4e575f5ffd5b5061046f61260e565b348015610a62575f5ffd5b5061030a7ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af81565b348015610a95575f5ffd5b50610439610aa436600461425b565b612655565b348015610ab4575f5ffd5b50610ac8610ac3366004614288565b6126ce565b6040516103149190614653565b348015610ae0575f5ffd5b5061030a610aef3660046144c3565b612854565b5f610afd612a59565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801590610b3b5750610b39611758565b155b15610b6057604051630596787760e01b81523360048201526024015b60405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000003414610bc85760405163062f01ed60e11b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610b57565b60025415610c0a57610bda6020612ac6565b60025415610c0a576001546002546040516309249c3f60e01b815260048101929092526024820152604401610b57565b815f819003610c2c5760405163c2e5347d60e01b815260040160405180910390fd5b5f805492507ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af9080808515610cac575f600481610c6a60018a6146c1565b815260208101919091526040015f2060018101546003909101549095506001600160401b038082169550600160401b820481169450600160801b909104169150505b5f610cb88460016146d4565b6005549091505f876001600160401b03811115610cd757610cd76146f3565b604051908082528060200260200182016040528015610d00578160200160208202803683370190505b5090505f5b88811015610de157368c8c83818110610d2057610d20614707565b9050602002810190610d32919061471b565b9050610d75818e8e85818110610d4a57610d4a614707565b9050602002810190610d5c919061471b565b610d6b9061010081019061473a565b8c8c8c8c8b612c0e565b610d7e816130af565b985088838381518110610d9357610d93614707565b602002602001018181525050806020016020810190610db2919061477c565b9750610dc4606082016040830161477c565b9650610dd660e0820160c0830161477c565b955050600101610d05565b505f610dec826130c7565b90505f8c8c610dfc60018d6146c1565b818110610e0b57610e0b614707565b9050602002810190610e1d919061471b565b5f016080013590506040518061014001604052808381526020018a8152602001828152602001896001600160401b03168152602001886001600160401b03168152602001876001600160401b03168152602001426001600160401b03168152602001336001600160a01b03168152602001866001600160401b031681526020016001151581525060045f8d81526020019081526020015f205f820151815f015560208201518160010155604082015181600201556060820151816003015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060808201518160030160086101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160030160106101000a8154816001600160401b0302191690836001600160401b0316021790555060c08201518160030160186101000a8154816001600160401b0302191690836001600160401b0316021790555060e0820151816004015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506101008201518160040160146101000a8154816001600160401b0302191690836001600160401b0316021790555061012082015181600401601c6101000a81548160ff0219169083151502179055509050508a600161100f9190614795565b5f55604080516001600160401b0387811682528a81166020830152818301859052606082018c905260808201849052881660a0820152905133918d917f954a6e48693707209bf3bb9979315bcaeb60600aa9ab918753dc2cd65bd776549181900360c00190a35050505050505050505061108761320f565b92915050565b5f5f5f5f5f5f5f549050805f036110d357505f94507ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af935084925082915081905061112e565b5f6004816110e26001856146c1565b815260208101919091526040015f20600381015460018201546002909201546001600160401b038083169a50929850600160401b820483169750600160801b9091049091169450925050505b9091929394565b61113d612a59565b5f6111628235611150604085018561473a565b61115d60608701876147a8565b613239565b90505f61117a611175604085018561473a565b61332b565b905061118d8335838360e087013561333d565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016638bf261336111ca602087018761473a565b6111d7604089018961473a565b6111e460808b018b61473a565b6111f160a08d018d61473a565b6111fe60c08f018f61473a565b6040518b63ffffffff1660e01b81526004016112239a99989796959493929190614815565b606060405180830381865afa15801561123e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112629190614925565b90505f815160068111156112785761127861493f565b036112965760405163bb6a9cb560e01b815260040160405180910390fd5b6112ca84356112a8604087018761473a565b6112b791602891602091614953565b6112c09161497a565b60c01c848461352c565b5050506112d561320f565b50565b5f6112e1612a59565b6112ea82613727565b611335347f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000613771565b611343600133845f346137c7565b905061134d61320f565b919050565b61135a612a59565b5f6113648861388b565b90505f611370886130af565b90506113818787845f015484613936565b6113a85760405163202d040b60e21b8152600481018a905260248101829052604401610b57565b5f6113f36113bc60408b0160208c0161477c565b6113c960208901896149b0565b6113d960408a0160208b01614288565b6113e960608b0160408c01614288565b8a6060013561394d565b905061140585858b60a0013584613936565b6114565761141960408a0160208b0161477c565b61142660208801886149b0565b60405163012fee2360e61b81526001600160401b03909216600483015263ffffffff166024820152604401610b57565b5f806114a461146b60408d0160208e0161477c565b61147860208b018b6149b0565b6bffffffffffffffff00000000602083901b1663ffffffff82161760081c600160ff83161b9250929050565b5f8281526008602052604090205491935091508082161561150c576114cf60408d0160208e0161477c565b6114dc60208b018b6149b0565b604051632297018b60e11b81526001600160401b03909216600483015263ffffffff166024820152604401610b57565b5f838152600860205260409081902082841790556115309060608b01908b01614288565b6001600160a01b031661154960408b0160208c01614288565b6001600160a01b03168d6020016020810190611565919061477c565b6001600160401b03167fc6ab5df4558222b5394ba45557882776675ab5e049932e801f9092168461cfcc61159c60208e018e6149b0565b6040805163ffffffff909216825260608f013560208301520160405180910390a45f6115ce60608b0160408c01614288565b6001600160a01b0316036115fe576115f96115ef60408b0160208c01614288565b8a6060013561396d565b611635565b61163561161160408b0160208c01614288565b60608b018035906116259060408e01614288565b6001600160a01b031691906139a8565b50505050505061164361320f565b50505050505050565b5f5f54821061165c57505f919050565b5f828152600460205260409020600301546116aa906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416614795565b42101592915050565b5f5f5f5484106116c757505f905080611751565b5f8481526004602052604081208054909190600b9082906116ea90899089613a07565b815260208101919091526040015f20600383015481549192506001600160401b03600160c01b9091048116600160a01b9092041611611730575f5f935093505050611751565b546001600160a01b0381169350600160a01b90046001600160401b03169150505b9250929050565b5f80546001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168282156117ce575f60048161179b6001876146c1565b815260208101919091526040015f20600301546001600160401b03600160c01b820481169450600160801b909104169150505b6118016001600160401b037f00000000000000000000000000000000000000000000000000000000000000001683614795565b421115611812576001935050505090565b6005548110801561185e57507f000000000000000000000000000000000000000000000000000000000000000061184882613a44565b61185291906146d4565b6001600160401b031642115b935050505090565b61186e612a59565b335f90815260036020526040812054908190036118a0576040516332559a3360e11b8152336004820152602401610b57565b335f8181526003602052604080822091909155517fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a906118e39084815260200190565b60405180910390a26118f5338261396d565b506118fe61320f565b565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905290548210611973576040516321c9773560e11b815260048101839052602401610b57565b505f908152600460208181526040928390208351610140810185528154815260018201549281019290925260028101549382019390935260038301546001600160401b038082166060840152600160401b820481166080840152600160801b8204811660a0840152600160c01b909104811660c083015292909101546001600160a01b03811660e0830152600160a01b8104909216610100820152600160e01b90910460ff16151561012082015290565b611a2c612a59565b5f611a38338686613a6f565b5f818152600c602052604081208054929350919003611a74576040516307e63e0360e31b81526004810187905260248101869052604401610b57565b600481810154600283015460018401546040516279839b60e91b81525f94859485947f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169463f307360094611ae194600160b01b90940460ff16938e918e91016149c9565b606060405180830381865afa158015611afc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b2091906149fb565b60048701549295509093509150600160801b900461ffff16811015611b93576002840183905560018401829055600484018054829190601090611b6f908490600160801b900461ffff16614a26565b92506101000a81548161ffff021916908361ffff1602179055505050505050611e56565b604080516101608101825285548152600180870154602080840191909152600280890154848601526003808a015460608601526004808b01546001600160401b038082166080890152600160401b82041660a088015261ffff600160801b8204811660c0890152600160901b82041660e088015260ff600160a01b82048116610100890152600160a81b82048116610120890152600160b01b9091041615156101408701525f8c8152600c9094529583208381559384018390559083018290558201819055920180546001600160b81b031916905590548a10611c8c576040516321c9773560e11b8152600481018b9052602401610b57565b5f8a815260046020526040902081518154141580611cc6575060a08201516003820154600160c01b90046001600160401b03908116911614155b15611ce7576040516368cffd9560e01b8152600481018c9052602401610b57565b60038101545f90611d2b906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416614795565b9050804210611d57576040516348c3f48160e11b8152600481018d905260248101829052604401610b57565b5f83610100015160ff166006811115611d7257611d7261493f565b90505f816006811115611d8757611d8761493f565b148015611d9657508361014001515b8015611da6575083606001518714155b15611daf575060065b5f816006811115611dc257611dc261493f565b03611de05760405163bb6a9cb560e01b815260040160405180910390fd5b611e4c8d85608001518e6040518060600160405280866006811115611e0757611e0761493f565b81526020018960e0015161ffff16815260200189610120015160ff16600d811115611e3457611e3461493f565b600d811115611e4557611e4561493f565b905261352c565b5050505050505050505b611e5e61320f565b50505050565b611e6c612a59565b5f611e7f8235611150604085018561473a565b90505f611e92611175604085018561473a565b9050611ea58335838360e087013561333d565b5f611eb233853584613a6f565b90505f806001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016634ddfd1e1611ef2602089018961473a565b611eff60408b018b61473a565b611f0c60808d018d61473a565b611f1960a08f018f61473a565b8f8060c00190611f29919061473a565b6040518b63ffffffff1660e01b8152600401611f4e9a99989796959493929190614815565b61010060405180830381865afa158015611f6a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f8e9190614a40565b90925090505f611fa1604088018861473a565b611fb091602891602091614953565b611fb99161497a565b60c01c905081602001515f0361204a575f83516006811115611fdd57611fdd61493f565b03611ffb5760405163bb6a9cb560e01b815260040160405180910390fd5b5f848152600c602052604081208181556001810182905560028101829055600381019190915560040180546001600160b81b031916905561203f873582878661352c565b505050505050612265565b604051806101600160405280875f01548152602001836040015181526020018360600151815260200183608001518152602001826001600160401b031681526020018760030160189054906101000a90046001600160401b03166001600160401b03168152602001836020015161ffff168152602001846020015161ffff168152602001845f015160068111156120e3576120e361493f565b60ff1681526020018460400151600d8111156121015761210161493f565b60ff9081168252845115156020928301525f878152600c835260409081902084518155848401516001820155848201516002820155606080860151600383015560808601516004909201805460a088015160c089015160e08a01516101008b01516101208c0151610140909c01516001600160401b039889166fffffffffffffffffffffffffffffffff1990961695909517600160401b948916949094029390931763ffffffff60801b1916600160801b61ffff9384160261ffff60901b191617600160901b92909116919091021761ffff60a01b1916600160a01b9188169190910260ff60a81b191617600160a81b98909616979097029490941760ff60b01b1916600160b01b9615159690960295909517909255828601518151928616835292820189905281019190915288359133917f8d23ea339a16d50541d5018b1522d0d550a86666ac1ceeddabfea8a88ddcb879910160405180910390a35050505050505b6112d561320f565b612275612a59565b5f818152600a60205260408120546001600160401b03169003612265575f818152600a60205260409020805467ffffffffffffffff1916426001600160401b03161790556112d561320f565b5f6001600160a01b0384166122f457604051630bc2c5df60e11b81526001600160a01b0385166004820152602401610b57565b815f0361231457604051631f2a200560e01b815260040160405180910390fd5b6123226003338686866137c7565b90505b9392505050565b5f60055482106123525760405163446ca86160e01b815260048101839052602401610b57565b505f9081526006602052604090205490565b5f5f5f5f5f5f549050805f0361238d5760405163d63ba36560e01b815260040160405180910390fd5b5f60048161239c6001856146c1565b81526020019081526020015f2090506001826123b891906146c1565b6004820154600383015460029093015491986001600160401b03600160a01b90920482169850921695509350915050565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810191909152600c5f61244f868686613a6f565b815260208082019290925260409081015f208151610160810183528154815260018201549381019390935260028101549183019190915260038101546060830152600401546001600160401b038082166080840152600160401b82041660a083015261ffff600160801b8204811660c0840152600160901b82041660e083015260ff600160a01b82048116610100840152600160a81b82048116610120840152600160b01b90910416151561014082015290509392505050565b5f600554821061252f5760405163446ca86160e01b815260048101839052602401610b57565b61108782613a44565b612540612a59565b61226581612ac6565b612551612a59565b5f548310612575576040516321c9773560e11b815260048101849052602401610b57565b5f83815260046020526040812060038101549091906125c7906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416614795565b90508042106125f3576040516348c3f48160e11b81526004810186905260248101829052604401610b57565b6125ff8583868661333d565b505061260961320f565b505050565b5f8054801561264d5760045f6126256001846146c1565b815260208101919091526040015f2060030154600160801b90046001600160401b031661264f565b5f5b91505090565b61265d612a59565b6126668161388b565b505f5f61267283613a99565b91509150816001600160a01b0316837f6c3d03ead7c2811da29344b0cde807a4ea58d6d60ffe580502e01de3062a3584836040516126b291815260200190565b60405180910390a36126c4828261396d565b50506112d561320f565b60408051608080820183525f80835260208084018290526060848601819052808501526001600160a01b0386168252600981529084902084519283018552805460ff80821615158552610100909104169183019190915260018101805493949293919284019161273d90614ac0565b80601f016020809104026020016040519081016040528092919081815260200182805461276990614ac0565b80156127b45780601f1061278b576101008083540402835291602001916127b4565b820191905f5260205f20905b81548152906001019060200180831161279757829003601f168201915b505050505081526020016002820180546127cd90614ac0565b80601f01602080910402602001604051908101604052809291908181526020018280546127f990614ac0565b80156128445780601f1061281b57610100808354040283529160200191612844565b820191905f5260205f20905b81548152906001019060200180831161282757829003601f168201915b5050505050815250509050919050565b5f61285d612a59565b6001600160a01b03841661288f5760405163961c9a4f60e01b81526001600160a01b0385166004820152602401610b57565b61289883613727565b6040516370a0823160e01b815230600482015284905f906001600160a01b038316906370a0823190602401602060405180830381865afa1580156128de573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129029190614af2565b90506129196001600160a01b038316333087613b1b565b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa15801561295d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129819190614af2565b9050818110156129bd576040516317805de360e21b81526001600160a01b03881660048201526024810183905260448101829052606401610b57565b5f6129c883836146c1565b9050612a15817f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000613771565b6001600160a01b0388165f9081526009602052604090205460ff16612a3d57612a3d88613b54565b612a4b600233898b856137c7565b94505050505061232561320f565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15612a9957604051633ee5aeb560e01b815260040160405180910390fd5b6118fe60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613c21565b6001546002545f819003612ad957505050565b5f5b8381108015612ae957508183105b15612bf1575f83815260046020819052604090912090810154600160e01b900460ff1615612bd45760048101805460ff60e01b1981169091556001600160a01b03165f90815260036020526040812080547f00000000000000000000000000000000000000000000000000000000000000009290612b68908490614795565b909155505060048101546040517f000000000000000000000000000000000000000000000000000000000000000081526001600160a01b039091169085907f237ac240588fc2f18748d2b311309d8199900409a14802ac197d8e56d66911729060200160405180910390a35b612bdd84614b09565b93505080612bea90614b09565b9050612adb565b50808203612c07575f6001819055600255505050565b5060015550565b87358514612c5957612c266040890160208a0161477c565b60405163b89d80bd60e01b81526001600160401b0390911660048201526024810186905288356044820152606401610b57565b612c648460016146d4565b6001600160401b0316612c7d60408a0160208b0161477c565b6001600160401b031614612cd257612c968460016146d4565b612ca660408a0160208b0161477c565b604051631816694360e31b81526001600160401b03928316600482015291166024820152604401610b57565b6001600160401b038316612cec60608a0160408b0161477c565b6001600160401b03161015612d5057612d0b6040890160208a0161477c565b612d1b60608a0160408b0161477c565b6040516354d3121d60e01b81526001600160401b03928316600482015290821660248201529084166044820152606401610b57565b42612d6160608a0160408b0161477c565b6001600160401b03161115612dc257612d806040890160208a0161477c565b612d9060608a0160408b0161477c565b604051631960437360e01b81526001600160401b03928316600482015291166024820152426044820152606401610b57565b614000861115612e0857612ddc6040890160208a0161477c565b60405163019420e960e51b81526001600160401b03909116600482015260248101879052604401610b57565b5f612e13888861332b565b905088606001358114612e6657612e3060408a0160208b0161477c565b60405163e72be9f160e01b81526001600160401b0390911660048201526024810182905260608a01356044820152606401610b57565b6001600160401b038316612e8060e08b0160c08c0161477c565b6001600160401b03161015612ee457612e9f60408a0160208b0161477c565b612eaf60e08b0160c08c0161477c565b604051631f1293cb60e31b81526001600160401b03928316600482015290821660248201529084166044820152606401610b57565b81612ef560e08b0160c08c0161477c565b6001600160401b03161115612f5757612f1460408a0160208b0161477c565b612f2460e08b0160c08c0161477c565b6040516351469ca160e11b81526001600160401b0392831660048201529116602482015260448101839052606401610b57565b5f83612f6960e08c0160c08d0161477c565b612f739190614b21565b6001600160401b031690506010811115612fc357612f9760408b0160208c0161477c565b604051637c77a79960e01b81526001600160401b03909116600482015260248101829052604401610b57565b601081108015612fea575082612fdf60e08c0160c08d0161477c565b6001600160401b0316105b801561305257506001600160401b037f00000000000000000000000000000000000000000000000000000000000000001661303c61302e60e08d0160c08e0161477c565b6001600160401b0316613a44565b6001600160401b031661304f9190614795565b42115b156130a35761306760408b0160208c0161477c565b61307760e08c0160c08d0161477c565b60405163bb332c4560e01b81526001600160401b03928316600482015291166024820152604401610b57565b50505050505050505050565b5f6130b982613c28565b805190602001209050919050565b80515f908082036130da57505f92915050565b60018111156131ed575f6130ef600283614b54565b90505f5b8181101561317d576131588561310a836002614b67565b8151811061311a5761311a614707565b6020026020010151868360026131309190614b67565b61313b906001614795565b8151811061314b5761314b614707565b6020026020010151613cf3565b85828151811061316a5761316a614707565b60209081029190910101526001016130f3565b50613189600283614b7e565b6001036131e3578361319c6001846146c1565b815181106131ac576131ac614707565b60200260200101518482815181106131c6576131c6614707565b60209081029190910101526131dc816001614795565b91506131e7565b8091505b506130da565b825f815181106131ff576131ff614707565b6020026020010151915050919050565b6118fe5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612ac0565b5f5f54861061325e576040516321c9773560e11b815260048101879052602401610b57565b505f85815260046020526040812060038101549091906132b1906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416614795565b90508042106132dd576040516348c3f48160e11b81526004810188905260248101829052604401610b57565b5f6132e8878761332b565b90506132f98585855f015484613936565b6133205760405163202d040b60e21b81526004810189905260248101829052604401610b57565b505095945050505050565b5f604051828482379190912092915050565b6040805133602082015290810185905260608101839052608081018290525f9060a00160408051601f1981840301815291815281516020928301205f818152600a909352908220549092506001600160401b0316908190036133b557604051630fcffcff60e21b815260048101839052602401610b57565b60038501546001600160401b03600160c01b9091048116908216811061340157604051630754e3f560e21b81526001600160401b03808416600483015282166024820152604401610b57565b42826001600160401b03161061343b57604051635d2ed3b960e11b81526001600160401b0383166004820152426024820152604401610b57565b5f600b5f61344d8a8a5f01548a613a07565b815260208101919091526040015f2080549091506001600160a01b0316158061348a575080546001600160401b03808416600160a01b9092041611155b806134a9575080546001600160401b03600160a01b9091048116908416105b156135225780546001600160401b038416600160a01b810267ffffffffffffffff60a01b19339081166001600160e01b0319909416939093171783556040805189815260208101929092528a917fd3d0ddd97117f7546d4e8e3a62231ad54cf5fbd3a1b8410a70f5d2440e1612d6910160405180910390a35b5050505050505050565b5f8481526004602052604081205461354690869085613a07565b5f818152600b60205260409020549091506001600160a01b0316806135685750335b5f828152600b6020526040812080546001600160e01b031916905561358c87613a99565b91505f9050606461359e603284614b67565b6135a89190614b54565b6001600160a01b0384165f908152600360205260408120805492935083929091906135d4908490614795565b90915550505f805489825560025490919082106135f157816135f5565b6002545b90506136028a6001614795565b81111561361d576136148a6001614795565b60015560028190555b846001600160a01b03168a7fc7c952fa785f571ac1e669341f36fbab74cf3249647abaaafcb18be6ddeb8f3e8b8a5f0151600681111561365f5761365f61493f565b8b602001518c60400151600d81111561367a5761367a61493f565b89613685818d6146c1565b604080516001600160401b03909716875260ff958616602088015286019390935292166060840152608083019190915260a082015260c00160405180910390a37ffddbc0123e8329393180b2d7d65a454f36a951b44f6629dcb46e34e8c18b315a8a6136f26001856146c1565b6040805192835260208301919091520160405180910390a16137146020612ac6565b6130a35f61372285876146c1565b61396d565b6001600160a01b038116158061374857506001600160a01b038116620b81d6145b156112d557604051630bc2c5df60e11b81526001600160a01b0382166004820152602401610b57565b8183101561379c5760405163253bf97d60e11b81526004810184905260248101839052604401610b57565b8083111561260957604051630f7b656760e41b81526004810184905260248101829052604401610b57565b6005546137d78686868686613d1c565b5f8281526006602052604090819020919091556137f8906003831690614b67565b600282901c5f9081526007602052604090208054426001600160401b031690921b9091179055613829816001614795565b6005556040805160ff881681526001600160a01b0385811660208301529181018490528186169187169083907f2f4c1c86fee211f5a2c370158f8b00904dfc37c6977033fe06eecf2164776e999060600160405180910390a495945050505050565b5f5f5482106138b0576040516321c9773560e11b815260048101839052602401610b57565b505f8181526004602052604081206003810154909190613903906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416614795565b9050804210156139305760405163076f615b60e41b81526004810184905260248101829052604401610b57565b50919050565b5f82613943868685613d2a565b1495945050505050565b5f61395b8686868686613d6b565b80519060200120905095945050505050565b5f5f5f5f5f85875af190508061260957604051636f54afdd60e11b81526001600160a01b038416600482015260248101839052604401610b57565b6040516001600160a01b0383811660248301526044820183905261260991859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613ddd565b6040805160208101859052908101839052606081018290525f906080015b6040516020818303038152906040528051906020012090509392505050565b5f613a53600383166040614b67565b60029290921c5f9081526007602052604090205490911c919050565b604080516001600160a01b0385166020820152908101839052606081018290525f90608001613a25565b5f818152600460208190526040822090810154829190600160e01b900460ff16613ad957604051636e6f3de160e01b815260048101859052602401610b57565b600401805460ff60e01b1981169091556001600160a01b0316937f00000000000000000000000000000000000000000000000000000000000000009350915050565b6040516001600160a01b038481166024830152838116604483015260648201839052611e5e9186918216906323b872dd906084016139d5565b5f613b66826306fdde0360e01b613e49565b90505f613b7a836395d89b4160e01b613e49565b90505f613b868461400a565b6001600160a01b0385165f9081526009602052604090208054600161ffff1990911661010060ff8516021781178255919250908101613bc58582614be7565b5060028101613bd48482614be7565b50846001600160a01b03167f063765b272ccfe8c5b747b73e618a2d710b3796d89b51946c128404ca6c85cc8858585604051613c1293929190614ca5565b60405180910390a25050505050565b80825d5050565b60608135613c3c604084016020850161477c565b613c4c606085016040860161477c565b6060850135608086013560a0870135613c6b60e0890160c08a0161477c565b613c7c6101008a0160e08b01614288565b60408051602081019990995260c097881b6001600160c01b0319908116918a019190915295871b8616604889015260508801949094526070870192909252609086015290921b1660b083015260601b6001600160601b03191660b882015260cc016040516020818303038152906040529050919050565b5f818310613d0d575f828152602084905260409020612325565b505f9182526020526040902090565b5f61395b8686868686614063565b5f81815b84811015613d6257613d5882878784818110613d4c57613d4c614707565b90506020020135613cf3565b9150600101613d2e565b50949350505050565b6040805160c087901b6001600160c01b031916602082015260e086901b6001600160e01b0319166028820152606085811b6001600160601b0319908116602c84015285821b1692820192909252605481018390526074015b604051602081830303815290604052905095945050505050565b5f5f60205f8451602086015f885af180613dfc576040513d5f823e3d81fd5b50505f513d91508115613e13578060011415613e20565b6001600160a01b0384163b155b15611e5e57604051635274afe760e01b81526001600160a01b0385166004820152602401610b57565b60605f5f5f613e5886866140b3565b92509250925082613e7c5760405180602001604052805f8152509350505050611087565b5f5f83602003613ed0575b602081108015613eb65750828181518110613ea457613ea4614707565b01602001516001600160f81b03191615155b15613ecb57613ec481614b09565b9050613e87565b613f57565b60408410613f3c576020838101516040850151909182141580613efc5750613ef96040876146c1565b81115b15613f1e5760405180602001604052805f815250975050505050505050611087565b6040935060408110613f31576040613f33565b805b92505050613f57565b60405180602001604052805f81525095505050505050611087565b5f816001600160401b03811115613f7057613f706146f3565b6040519080825280601f01601f191660200182016040528015613f9a576020820181803683370190505b5090505f5b82811015613ffd5784613fb28286614795565b81518110613fc257613fc2614707565b602001015160f81c60f81b828281518110613fdf57613fdf614707565b60200101906001600160f81b03191690815f1a905350600101613f9f565b5098975050505050505050565b5f80808061401f8563313ce56760e01b6140b3565b9250925092508215806140325750602082105b1561404257506012949350505050565b602081015160ff811115614057576012614059565b805b9695505050505050565b60405160f886901b6001600160f81b0319166020820152606085811b6001600160601b0319908116602184015285821b8116603584015284821b166049830152605d820183905290607d01613dc3565b5f8060606140c4603f61c350614b54565b6140d09061c350614795565b6140dc90611388614795565b5a10156140fc576040516306a1f12b60e51b815260040160405180910390fd5b60408051608080825260a0820190925290602082018180368337019050509050835f5260806020820160045f8861c350fa92503d91509250925092565b5f5f83601f840112614149575f5ffd5b5081356001600160401b0381111561415f575f5ffd5b6020830191508360208260051b8501011115611751575f5ffd5b5f5f6020838503121561418a575f5ffd5b82356001600160401b0381111561419f575f5ffd5b6141ab85828601614139565b90969095509350505050565b80356001600160401b038116811461134d575f5ffd5b803563ffffffff8116811461134d575f5ffd5b5f5f604083850312156141f1575f5ffd5b6141fa836141b7565b9150614208602084016141cd565b90509250929050565b5f6101008284031215613930575f5ffd5b5f60208284031215614232575f5ffd5b81356001600160401b03811115614247575f5ffd5b61425384828501614211565b949350505050565b5f6020828403121561426b575f5ffd5b5035919050565b80356001600160a01b038116811461134d575f5ffd5b5f60208284031215614298575f5ffd5b61232582614272565b5f5f5f5f5f5f5f8789036101e08112156142b9575f5ffd5b883597506142ca8a60208b01614211565b96506101208901356001600160401b038111156142e5575f5ffd5b6142f18b828c01614139565b909750955050608061013f1982011215614309575f5ffd5b50610140880192506101c08801356001600160401b0381111561432a575f5ffd5b6143368a828b01614139565b989b979a50959850939692959293505050565b5f5f6040838503121561435a575f5ffd5b50508035926020909101359150565b5f6101408201905082518252602083015160208301526040830151604083015260608301516143a360608401826001600160401b03169052565b5060808301516143be60808401826001600160401b03169052565b5060a08301516143d960a08401826001600160401b03169052565b5060c08301516143f460c08401826001600160401b03169052565b5060e083015161440f60e08401826001600160a01b03169052565b5061010083015161442c6101008401826001600160401b03169052565b5061012083015161444261012084018215159052565b5092915050565b5f5f5f5f6060858703121561445c575f5ffd5b843593506020850135925060408501356001600160401b0381111561447f575f5ffd5b8501601f8101871361448f575f5ffd5b80356001600160401b038111156144a4575f5ffd5b8760208284010111156144b5575f5ffd5b949793965060200194505050565b5f5f5f606084860312156144d5575f5ffd5b6144de84614272565b92506144ec60208501614272565b929592945050506040919091013590565b5f5f5f6060848603121561450f575f5ffd5b61451884614272565b95602085013595506040909401359392505050565b5f6101608201905082518252602083015160208301526040830151604083015260608301516060830152608083015161457160808401826001600160401b03169052565b5060a083015161458c60a08401826001600160401b03169052565b5060c08301516145a260c084018261ffff169052565b5060e08301516145b860e084018261ffff169052565b506101008301516145cf61010084018260ff169052565b506101208301516145e661012084018260ff169052565b5061014083015161444261014084018215159052565b5f5f5f6060848603121561460e575f5ffd5b505081359360208301359350604090920135919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815281511515602082015260ff60208301511660408201525f60408301516080606084015261468760a0840182614625565b90506060840151601f198483030160808501526146a48282614625565b95945050505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611087576110876146ad565b6001600160401b038181168382160190811115611087576110876146ad565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f823561011e19833603018112614730575f5ffd5b9190910192915050565b5f5f8335601e1984360301811261474f575f5ffd5b8301803591506001600160401b03821115614768575f5ffd5b602001915036819003821315611751575f5ffd5b5f6020828403121561478c575f5ffd5b612325826141b7565b80820180821115611087576110876146ad565b5f5f8335601e198436030181126147bd575f5ffd5b8301803591506001600160401b038211156147d6575f5ffd5b6020019150600581901b3603821315611751575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60a081525f61482860a083018c8e6147ed565b828103602084015261483b818b8d6147ed565b9050828103604084015261485081898b6147ed565b905082810360608401526148658187896147ed565b9050828103608084015261487a8185876147ed565b9d9c50505050505050505050505050565b60405160a081016001600160401b03811182821017156148ad576148ad6146f3565b60405290565b5f606082840312156148c3575f5ffd5b604051606081016001600160401b03811182821017156148e5576148e56146f3565b80604052508091508251600781106148fb575f5ffd5b8152602083810151908201526040830151600e8110614918575f5ffd5b6040919091015292915050565b5f60608284031215614935575f5ffd5b61232583836148b3565b634e487b7160e01b5f52602160045260245ffd5b5f5f85851115614961575f5ffd5b8386111561496d575f5ffd5b5050820193919092039150565b80356001600160c01b03198116906008841015614442576001600160c01b031960089490940360031b84901b1690921692915050565b5f602082840312156149c0575f5ffd5b612325826141cd565b8515158152846020820152836040820152608060608201525f6149f06080830184866147ed565b979650505050505050565b5f5f5f60608486031215614a0d575f5ffd5b5050815160208301516040909301519094929350919050565b61ffff8281168282160390811115611087576110876146ad565b5f5f828403610100811215614a53575f5ffd5b614a5d85856148b3565b925060a0605f1982011215614a70575f5ffd5b50614a7961488b565b60608401518015158114614a8b575f5ffd5b8152608084810151602083015260a0850151604083015260c0850151606083015260e090940151938101939093525092909150565b600181811c90821680614ad457607f821691505b60208210810361393057634e487b7160e01b5f52602260045260245ffd5b5f60208284031215614b02575f5ffd5b5051919050565b5f60018201614b1a57614b1a6146ad565b5060010190565b6001600160401b038281168282160390811115611087576110876146ad565b634e487b7160e01b5f52601260045260245ffd5b5f82614b6257614b62614b40565b500490565b8082028115828204841417611087576110876146ad565b5f82614b8c57614b8c614b40565b500690565b601f821115612609578282111561260957805f5260205f20601f840160051c6020851015614bbc57505f5b90810190601f840160051c035f5b81811015614bdf575f83820155600101614bca565b505050505050565b81516001600160401b03811115614c0057614c006146f3565b614c1481614c0e8454614ac0565b84614b91565b6020601f821160018114614c46575f8315614c2f5750848201515b5f19600385901b1c1916600184901b178455614c9e565b5f84815260208120601f198516915b82811015614c755787850151825560209485019460019092019101614c55565b5084821015614c9257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b606081525f614cb76060830186614625565b8281036020840152614cc98186614625565b91505060ff8316604083015294935050505056fea2646970667358221220d3949802e37e9a96b16121b9b4c0700bfd42c755d08bd7811cc775ce7ba396b864736f6c6343000822003360e060405234801561000f575f5ffd5b506040516140b73803806140b783398101604081905261002e91610050565b6001600160a01b039092166080526001600160401b031660a05260c0526100a6565b5f5f5f60608486031215610062575f5ffd5b83516001600160a01b0381168114610078575f5ffd5b60208501519093506001600160401b0381168114610094575f5ffd5b80925050604084015190509250925092565b60805160a05160c051613fcd6100ea5f395f8181609301528181611d12015261295101525f818160e80152610a5a01525f8181610127015261093d0152613fcd5ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80634ddfd1e1146100645780636ef25c3a1461008e5780638bf26133146100c35780639a8a0592146100e3578063e10d29ee14610122578063f307360014610161575b5f5ffd5b610077610072366004613a62565b61018f565b604051610085929190613baf565b60405180910390f35b6100b57f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610085565b6100d66100d1366004613a62565b61039e565b6040516100859190613bf6565b61010a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610085565b6101497f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610085565b61017461016f366004613c04565b610506565b60408051938452602084019290925290820152606001610085565b6101af604080516060810182525f80825260208201819052909182015290565b6101de6040518060a001604052805f151581526020015f81526020015f81526020015f81526020015f81525090565b5f6101ef8d8d8d8d8d8d8d8d6106db565b60a0810151606084015260c08101516080908101519084015290505f806102168b8b610a0e565b90925090505f82600681111561022e5761022e613b5d565b1461027a57604051806060016040528083600681111561025057610250613b5d565b81526020015f81526020015f600d81111561026d5761026d613b5d565b815250945050505061038f565b61028587875f610aef565b835261029383828b8b610f62565b945061029e856111a4565b1515845282515160208501528251515f905b80156103415784515f906102c5600184613c80565b815181106102d5576102d5613c93565b602002602001015190505f6102eb8260016111dd565b8251895191925061032c918390610302578361030c565b61030c855f6111dd565b876040805194855260208501939093529183015260608201526080902090565b935050508061033a90613ca7565b90506102b0565b5060408501819052602085015115801561036c57505f8651600681111561036a5761036a613b5d565b145b801561038057508460800151856060015114155b1561038a57600686525b505050505b9a509a98505050505050505050565b6103be604080516060810182525f80825260208201819052909182015290565b5f6103cf8c8c8c8c8c8c8c8c6106db565b90505f5f6103dd8a8a610a0e565b90925090505f8260068111156103f5576103f5613b5d565b1461044157604051806060016040528083600681111561041757610417613b5d565b81526020015f81526020015f600d81111561043457610434613b5d565b81525093505050506104f8565b61044d86866001610aef565b83525f61045c84838b8b610f62565b9050610467816111a4565b6104865761047b8488888760a00151611260565b93506104f892505050565b5f6104978589898860a001516112db565b90505f825160068111156104ad576104ad613b5d565b1480156104c257508460c00151608001518114155b156104f15760408051606081018252600681525f602082018190529091820190815250955050505050506104f8565b5093505050505b9a9950505050505050505050565b5f80806002841015610531576040516228295b60e91b81525f60048201526024015b60405180910390fd5b8484600181811061054457610544613c93565b919091013560f81c9050600886865f8161056057610560613c93565b9050013560f81c60f81b60f81c60ff16901b179050805f03610596576040516228295b60e91b81525f6004820152602401610528565b5f816001600160401b038111156105af576105af613cbc565b6040519080825280602002602001820160405280156105d8578160200160208202803683370190505b50905060025f5b8381101561061b57818382815181106105fa576105fa613c93565b60200260200101818152505061061188888461135f565b91506001016105df565b50610627816020613cd0565b8614610648576040516228295b60e91b815260048101829052602401610528565b868187610656826020613cd0565b9261066393929190613ce3565b61066c91613d0a565b935061067b878784878c61146d565b8894505f5b838110156106c4576106ba888885848151811061069f5761069f613c93565b60200260200101518e6106b2578d6106b4565b895b8f611586565b9550600101610680565b50896106ce578894505b5050955095509592505050565b6106e36138ab565b5f6106ee8a8a6116e9565b90505f6106fb89896116e9565b90505f8b8b60405161070e929190613d27565b60405180910390209050815f015181146107485781516040516359b3f2d360e01b8152600481019190915260248101829052604401610528565b6020830151610758906001613d36565b6001600160401b031682602001516001600160401b0316141580610795575082604001516001600160401b031682604001516001600160401b0316105b806107b957508260c001516001600160401b03168260c001516001600160401b0316105b806107e0575060108360c001518360c001516107d59190613d55565b6001600160401b0316115b806107ec575061400087115b1561080a57604051635b2683d760e01b815260040160405180910390fd5b5f888860405161081b929190613d27565b6040518091039020905082606001518114610859576060830151604051633fdec4ef60e11b8152600481019190915260248101829052604401610528565b5f8460c001518460c0015161086e9190613d55565b6001600160401b03169050610884605d82613d74565b87146108b85786610896605d83613d74565b60405163485af02360e11b815260048101929092526024820152604401610528565b5f5b818110156109da575f818760c001516001600160401b03166108dc9190613cd0565b90505f8a8a6108ec605d86613d74565b90605d6108fa876001613cd0565b6109049190613d74565b9261091193929190613ce3565b60405161091f929190613d27565b6040519081900381206304a5c84960e51b82526004820184905291507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906394b9092090602401602060405180830381865afa15801561098a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109ae9190613d8b565b81146109d05760405163405d55d160e11b815260048101839052602401610528565b50506001016108ba565b5050505060c08301819052602001516001600160401b0316608080840191909152015160a082015298975050505050505050565b60408051818152610820810182525f9160609190816020015b610a2f6138ed565b815260200190600190039081610a275790505090505f5f5b84811015610ae1575f5f5f610a7e8989867f0000000000000000000000000000000000000000000000000000000000000000611804565b92509250925082610a9757600196505050505050610ae8565b60408503610aad57600296505050505050610ae8565b818686610ab981613da2565b975081518110610acb57610acb613c93565b6020026020010181905250809350505050610a47565b5081525f91505b9250929050565b60606002831015610b1557604051632dfca8b160e11b81525f6004820152602401610528565b5f84846001818110610b2957610b29613c93565b919091013560f81c9050600886865f81610b4557610b45613c93565b9050013560f81c60f81b60f81c60ff16901b179050806001600160401b03811115610b7257610b72613cbc565b604051908082528060200260200182016040528015610bab57816020015b610b98613950565b815260200190600190039081610b905790505b50915060025f805b83811015610f34575f858281518110610bce57610bce613c93565b60200260200101519050836021610be59190613cd0565b881015610c0857604051632dfca8b160e11b815260048101859052602401610528565b888489610c16826020613cd0565b92610c2393929190613ce3565b610c2c91613d0a565b81528115801590610c3e575080518310155b15610c5f57604051632dfca8b160e11b815260048101859052602401610528565b805192505f8989610c71876020613cd0565b818110610c8057610c80613c93565b919091013560f81c9150610c979050602186613cd0565b94508060ff16600103610d4b57610caf856028613cd0565b891015610cd257604051632dfca8b160e11b815260048101869052602401610528565b6001602083015289858a610ce7826008613cd0565b92610cf493929190613ce3565b610cfd91613dba565b60c01c60408301528989610d12876008613cd0565b90610d1e886028613cd0565b92610d2b93929190613ce3565b610d3491613d0a565b6060830152610d44602886613cd0565b9450610ddf565b8060ff16600203610db857610d61856020613cd0565b891015610d8457604051632dfca8b160e11b815260048101869052602401610528565b89858a610d92826020613cd0565b92610d9f93929190613ce3565b610da891613d0a565b6060830152610d44602086613cd0565b610dc3600186613c80565b604051632dfca8b160e11b815260040161052891815260200190565b60408201516001600160401b03166080830152606082015160a083015287610e08575050610f2c565b610e13856002613cd0565b891015610e3657604051632dfca8b160e11b815260048101869052602401610528565b5f8a8a610e44886001613cd0565b818110610e5357610e53613c93565b919091013560f81c905060088c8c89818110610e7157610e71613c93565b919091013560f81c90911b919091179150610e8f9050600287613cd0565b9550610e9b8187613cd0565b610ea6906001613cd0565b8a1015610ec957604051632dfca8b160e11b815260048101879052602401610528565b60c08301869052610eda8187613cd0565b60e0840152610ee98187613cd0565b95505f610ef78c8c896118b1565b61010086019190915290505f819003610f2657604051632dfca8b160e11b815260048101889052602401610528565b95505050505b600101610bb3565b50818614610f5857604051632dfca8b160e11b815260048101839052602401610528565b5050509392505050565b610f82604080516060810182525f80825260208201819052909182015290565b610f8e60106040613cd0565b6001600160401b03811115610fa557610fa5613cbc565b604051908082528060200260200182016040528015610fce578160200160208202803683370190505b5060208601525f610fe0605d84613e04565b90505f5b8181101561103057611028878686610ffd605d86613d74565b90605d61100b876001613cd0565b6110159190613d74565b9261102293929190613ce3565b846119e5565b600101610fe4565b505f5b85518110156110bb575f6110608888848151811061105357611053613c93565b6020026020010151611bba565b90505f81600d81111561107557611075613b5d565b146110b2576040805160608101909152806003815260200183815260200182600d8111156110a5576110a5613b5d565b815250935050505061119c565b50600101611033565b50606086015115611138575f6110d9878860c0015160e00151611ff4565b905086606001515f196110ec9190613c80565b8160a00151111561111d57505060408051606081018252600481525f6020820181905291810191909152905061119c565b86606001518160a0018181516111339190613cd0565b905250505b6020860151604087015180825260c088015160a0015161115783612046565b1461117c5760408051606081018252600581525f6020820181905290918201906110a5565b604080516060810182525f80825260208201819052909182015293505050505b949350505050565b5f80825160068111156111b9576111b9613b5d565b14806111d757506005825160068111156111d5576111d5613b5d565b145b92915050565b5f5f826111ee5783608001516111f4565b83604001515b90505f83611206578460a0015161120c565b84606001515b905084602001516112205791506111d79050565b6001600160401b038216158015611235575080155b1561124557505f91506111d79050565b60405160c09290921b82526008820152602890209392505050565b83515f5b81518110156112d3575f82828151811061128057611280613c93565b602002602001015190505f6112968260016111dd565b825160c084015160e08501519293506112c5928892916112b891908b8d613ce3565b858688610100015161218e565b505050806001019050611264565b505050505050565b83515f90815b8151811015611354575f8282815181106112fd576112fd613c93565b6020026020010151905061134985825f015189898560c00151908660e001519261132993929190613ce3565b6113348660016111dd565b61133e875f6111dd565b87610100015161218e565b9450506001016112e1565b509195945050505050565b5f61136b826062613cd0565b83101561138d576040516228295b60e91b815260048101839052602401610528565b5f848461139b856061613cd0565b8181106113aa576113aa613c93565b919091013560f81c9050600886866113c3876060613cd0565b8181106113d2576113d2613c93565b919091013560f81c90911b9190911791506113f09050816062613cd0565b6113fa9084613cd0565b9250611407836001613cd0565b841015611433576114188184613c80565b6040516228295b60e91b815260040161052891815260200190565b5f61143f8686866118b1565b915050805f03611464576040516228295b60e91b815260048101859052602401610528565b95945050505050565b825182905b801561155b575f85611485600184613c80565b8151811061149557611495613c93565b60200260200101519050611547888883908460206114b39190613cd0565b926114c093929190613ce3565b6114c991613d0a565b89896114d6856020613cd0565b906114e2866040613cd0565b926114ef93929190613ce3565b6114f891613d0a565b8a8a611505866040613cd0565b90611511876060613cd0565b9261151e93929190613ce3565b61152791613d0a565b866040805194855260208501939093529183015260608201526080902090565b9250508061155490613ca7565b9050611472565b508181146112d35760405163d717b0fd60e01b81526004810183905260248101829052604401610528565b5f5f6040518060600160405280888888908960206115a49190613cd0565b926115b193929190613ce3565b6115ba91613d0a565b815260200188888860206115ce9190613cd0565b906115da8a6040613cd0565b926115e793929190613ce3565b6115f091613d0a565b81526020018888611602896040613cd0565b9061160e8a6060613cd0565b9261161b93929190613ce3565b61162491613d0a565b905290508261163857602081015160408201525b5f611644866062613cd0565b90505f8888611654896061613cd0565b81811061166357611663613c93565b919091013560f81c905060088a8a61167c8b6060613cd0565b81811061168b5761168b613c93565b919091013560f81c90911b9190911791505f90506116b38a8a6116ae8587613cd0565b6118b1565b5084519091506104f89088908c868d6116cc8883613cd0565b926116d993929190613ce3565b602089015160408a01518761218e565b6116f16139c4565b60ac82146117155760405163187eb95b60e31b815260048101839052602401610528565b61172260205f8486613ce3565b61172b91613d0a565b815261173b602860208486613ce3565b61174491613dba565b60c01c602082015261175a603060288486613ce3565b61176391613dba565b60c01c6040820152611779605060308486613ce3565b61178291613d0a565b6060820152611795607060508486613ce3565b61179e91613d0a565b60808201526117b1609060708486613ce3565b6117ba91613d0a565b60a08201526117cd609860908486613ce3565b6117d691613dba565b60c090811c908201526117ed60ac60988486613ce3565b6117f691613e17565b60601c60e082015292915050565b5f61180d6138ed565b5f6118636040518061016001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f60ff1681526020015f81526020015f81525090565b61187088888886856121b4565b909450915083611883575f9350506118a7565b604051611893898986858a6125b1565b6001600160a01b0316610160850152604052505b9450945094915050565b6118d560405180606001604052805f60ff1681526020015f81526020015f81525090565b5f5f8585858181106118e9576118e9613c93565b919091013560f81c9150506001811480611906575060ff81166002145b156119b957611916846041613cd0565b85101561192657505f90506119dd565b60405180606001604052808260ff16815260200187878760016119499190613cd0565b90611955896021613cd0565b9261196293929190613ce3565b61196b91613d0a565b8152602001878761197d886021613cd0565b90611989896041613cd0565b9261199693929190613ce3565b61199f91613d0a565b90529250826119af856041613cd0565b92509250506119dd565b60ff8116156119cb57505f90506119dd565b826119d7856001613cd0565b92509250505b935093915050565b5f83835f8181106119f8576119f8613c93565b919091013560f81c91505f9050611a13601560018688613ce3565b611a1c91613e17565b60601c90505f611a30602960158789613ce3565b611a3991613e17565b60601c90505f611a4d603d6029888a613ce3565b611a5691613e17565b60601c90505f611a6a605d603d898b613ce3565b611a7391613d0a565b90505f1960ff861601611ad1576001600160a01b03821615611aab57604051638999754d60e01b815260048101879052602401610528565b5f611ab68a85611ff4565b9050611ac68160a001518361273e565b60a090910152611baf565b60011960ff861601611b13576001600160a01b038216611b0757604051638999754d60e01b815260048101879052602401610528565b5f611ab68a8585612759565b60021960ff861601611b93575f6001600160a01b03831615611b3f57611b3a8a8685612759565b611b49565b611b498a86611ff4565b90505f8160a001518310611b61578160a00151611b63565b825b9050808260a001818151611b779190613c80565b9052508015611b8c57611b8c8b8686846127b5565b5050611baf565b604051638999754d60e01b815260048101879052602401610528565b505050505050505050565b5f5f611bc58361286b565b90505f81600d811115611bda57611bda613b5d565b14611be65790506111d7565b5f611bf685856101600151611ff4565b905080608001516001600160401b031684606001516001600160401b03161015611c25576008925050506111d7565b80608001516001600160401b031684606001516001600160401b03161115611c52576009925050506111d7565b6001600160401b03801681608001516001600160401b031603611c7a57600a925050506111d7565b6080840151611c93906001600160401b03165f19613e04565b8460c001511115611ca957600b925050506111d7565b5f8460c0015185608001516001600160401b0316611cc79190613d74565b90508461010001515f19611cdb9190613c80565b811180611cfa5750610100850151611cf39082613cd0565b8260a00151105b15611d0b57600b93505050506111d7565b60a08501517f000000000000000000000000000000000000000000000000000000000000000090810190811080611d4557508560c0015181115b15611d51575060c08501515b5f611d5f87604001516129a5565b611d72906001600160401b031683613d74565b9050611d7c613950565b875115611db957611d97898961016001518a60e00151612759565b90508761014001518160a001511015611db957600c96505050505050506111d7565b604088015160ff16611e72578761016001516001600160a01b03168860e001516001600160a01b031614158015611df4575061010088015115155b15611e6d575f611e088a8a60e00151611ff4565b90508861010001515f19611e1c9190613c80565b8160a001511115611e3757600d9750505050505050506111d7565b8861010001518660a001818151611e4e9190613c80565b90525061010089015160a082018051611e68908390613cd0565b905250505b611f99565b600260ff16886040015160ff1603611eb7578761010001518560a001818151611e9b9190613c80565b905250610160880151610100890151611e6d918b915f906127b5565b600160ff16886040015160ff1603611f61578761016001516001600160a01b03168861012001516001600160a01b031614611e6d575f611f018a8a61012001518b60e00151612759565b90508861014001515f19611f159190613c80565b8160a001511115611f3057600d9750505050505050506111d7565b8861014001518260a001818151611f479190613c80565b90525061014089015160a082018051611e68908390613cd0565b8761014001518160a001818151611f789190613c80565b91508181525050611f99898961016001518a60e001518b61014001516127b5565b600185608001818151611fac9190613d36565b6001600160401b031690525060a085018051839190611fcc908390613c80565b905250606089018051839190611fe3908390613cd0565b9052505f9998505050505050505050565b611ffc613950565b606082901b5f90815260149020835161201590826129ed565b9150816020015161203f578151604051632d902ed960e11b81526004810191909152602401610528565b5092915050565b80515f9080820361205957505f92915050565b600181111561216c575f61206e600283613e04565b90505f5b818110156120fc576120d785612089836002613d74565b8151811061209957612099613c93565b6020026020010151868360026120af9190613d74565b6120ba906001613cd0565b815181106120ca576120ca613c93565b6020026020010151612a6f565b8582815181106120e9576120e9613c93565b6020908102919091010152600101612072565b50612108600283613e4d565b600103612162578361211b600184613c80565b8151811061212b5761212b613c93565b602002602001015184828151811061214557612145613c93565b602090810291909101015261215b816001613cd0565b9150612166565b8091505b50612059565b825f8151811061217e5761217e613c93565b6020026020010151915050919050565b6040515f906121a289898989898989612a9e565b91508060405250979650505050505050565b5f808585106121c757505f9050836125a7565b5f8787878181106121da576121da613c93565b919091013560f81c91505060f08116156121fa575f8692509250506125a7565b60018116151585526002811615156020860152600481165f0361221d575f612220565b60015b60ff16610100850152612234866001613cd0565b80855291505f6122478989856008612bb5565b91955090935090508361225e575f935050506125a7565b6001600160401b038116606087015260208086018490526040860184905261228b908a908a908690612bb5565b9195509093509050836122a2575f935050506125a7565b60a086018190526020860151156122bf5760c086018190526122eb565b6122cc8989856020612bb5565b9195509093509050836122e3575f935050506125a7565b60c086018190525b60608501839052600882165f0361233e57608085018390526123108989856008612bb5565b919550909350905083612327575f935050506125a7565b6001600160401b038116608087015260a085018390525b612349836014613cd0565b88101561235a575f935050506125a7565b888389612368826014613cd0565b9261237593929190613ce3565b61237e91613e17565b60601c60e0870152612391601484613cd0565b865190935015612422576123a6836014613cd0565b8810156123b7575f935050506125a7565b8883896123c5826014613cd0565b926123d293929190613ce3565b6123db91613e17565b60601c6101208701526123ef601484613cd0565b92506123fe8989856020612bb5565b919550909350905083612415575f935050506125a7565b610140860181905261245d565b60c085018390526124368989856020612bb5565b91955090935090508361244d575f935050506125a7565b610100860181905260e085018390525b855115612493576101208601516001600160a01b0316620b81d614612483576001612486565b60035b60ff1660408701526124bc565b60e08601516001600160a01b0316620b81d6146124b0575f6124b3565b60025b60ff1660408701525b60088216156124e5576124d286604001516129a5565b6001600160401b03166080870152612518565b6124f286604001516129a5565b6001600160401b031686608001516001600160401b031603612518575f935050506125a7565b612523836040613cd0565b881015612534575f935050506125a7565b888389612542826020613cd0565b9261254f93929190613ce3565b61255891613d0a565b610120860152888861256b856020613cd0565b90612577866040613cd0565b9261258493929190613ce3565b61258d91613d0a565b61014086015260016125a0846040613cd0565b9350935050505b9550959350505050565b5f6125c6836101200151846101400151612d6c565b6125d157505f611464565b5f6125de87878787612dcc565b90505f6125f3846001600160401b0316612f84565b90505f86602001511561265f575f8383604051602001612614929190613e77565b604051602081830303815290604052905061262f815161302d565b81604051602001612641929190613e9e565b604051602081830303815290604052805190602001209150506126ba565b5f8284604051602001612673929190613eac565b604051602081830303815290604052905061268e815161302d565b816040516020016126a0929190613ecc565b604051602081830303815290604052805190602001209150505b600181876101000151601b6126cf9190613ee4565b6101208901516101408a0151604080515f8152602081018083529590955260ff909316928401929092526060830152608082015260a0016020604051602081039080840390855afa158015612726573d5f5f3e3d5ffd5b5050604051601f1901519a9950505050505050505050565b5f82820183811061274f578061119c565b5f19949350505050565b612761613950565b5f8360601b5f528260601b60145260285f209050612782855f0151826129ed565b91508160200151156127ad578151604051632d902ed960e11b81526004810191909152602401610528565b509392505050565b6040848101516080860151825160c09190911b6001600160c01b03191660208083019190915260e083901b6001600160e01b0319166028830152606087811b6001600160601b0319908116602c8501529087901b1682850152605480830186905284518084039091018152607490920190935280519201919091208560200151828151811061284657612846613c93565b602090810291909101015261285c816001613cd0565b60409095019490945250505050565b80515f90156128b557620b81d66001600160a01b03168260e001516001600160a01b03160361289c57506001919050565b8161014001515f036128b057506002919050565b6128e4565b60e08201516001600160a01b0316620b81d61480156128d75750610100820151155b156128e457506002919050565b630100000082608001516001600160401b0316111561290557506003919050565b61291282604001516129a5565b6001600160401b031682608001516001600160401b0316101561293757506004919050565b8160c001518260a00151111561294f57506005919050565b7f00000000000000000000000000000000000000000000000000000000000000008260c00151101561298357506006919050565b6101608201516001600160a01b031661299e57506007919050565b505f919050565b5f5f1960ff8316016129ba575061c350919050565b60011960ff8316016129cf5750619c40919050565b60021960ff8316016129e4575061ea60919050565b50615208919050565b6129f5613950565b5f5f84515b80821015612a4c5780820160011c600181016020028701518051878103612a295750945060019350612a4c9050565b87811060018114612a3c57839450612a43565b6001840195505b505050506129fa565b50508061203f57604051632d902ed960e11b815260048101849052602401610528565b5f818310612a89575f828152602084905260409020612a97565b5f8381526020839052604090205b9392505050565b5f5f612aab87878a61307d565b9050848160c0015114612ae85760c0810151604051634f7232a560e01b8152600481018a9052602481019190915260448101869052606401610528565b5f5f868603612b1c57845160ff1615612b1757604051631e6bad1b60e11b8152600481018b9052602401610528565b612b30565b612b2a8a8a8a868a8a6133c8565b90925090505b5f5f5f612b418d8d8d8989896135c0565b9250925092508015612b6657604051630f4ea0ab60e41b815260040160405180910390fd5b8560e0015180612b7657508d8314155b15612b94576040516309bde33960e01b815260040160405180910390fd5b898914612ba15781612ba3565b8d5b9e9d5050505050505050505050505050565b5f8080858510612bcc57505f9150819050836118a7565b5f878787818110612bdf57612bdf613c93565b919091013560f81c9150505f819003612c01575f5f87935093509350506118a7565b60808160ff161015612c2b57600181612c1a8883613cd0565b91955060ff16935091506118a79050565b5f612c37608083613efd565b60ff169050805f03612c5d5760015f612c508983613cd0565b94509450945050506118a7565b85811180612c7f575080612c72886001613cd0565b612c7c9190613cd0565b88105b15612c94575f5f8894509450945050506118a7565b5f8989612ca28a6001613cd0565b818110612cb157612cb1613c93565b919091013560f81c915050801580612cd75750816001148015612cd7575060808160ff16105b15612ced575f5f899550955095505050506118a7565b612cf8826020613c80565b612d03906008613d74565b8a8a612d108b6001613cd0565b9085612d1d8d6001613cd0565b612d279190613cd0565b92612d3493929190613ce3565b612d3d91613d0a565b901c945060018583612d4f8b84613cd0565b612d599190613cd0565b9550955095505050509450945094915050565b5f82828115801590612d8f575070014551231950b75fc4402da1732fc9bebe1982105b8015612d9a57508015155b801561146457507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a01015949350505050565b60608082608001515f03612df757612df084608001516001600160401b0316612f84565b9050612e43565b608083015160a0840151612e0c918789613ce3565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509293505050505b6040805180820182526001808252600160ff1b6020808401829052845180860190955291845290830152855190919015612ed757610120860151610140870151604051612e1160f21b602082015263a9059cbb60e01b60228201525f602682015260609290921b6001600160601b031916603283015260468201526066016040516020818303038152906040529050612f23565b60c085015160e0860151612eec91898b613ce3565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509294505050505b84516020860151612f3591898b613ce3565b60408701516060880151612f4a918b8d613ce3565b60e08a0151604051612f689594939291899189908990602001613f16565b6040516020818303038152906040529350505050949350505050565b6060815f03612faa5750506040805180820190915260018152600160ff1b602082015290565b6080821015612fe4576040516001600160f81b031960f884901b1660208201526021015b6040516020818303038152906040529050919050565b5f612fee8361367c565b9050612ffb816080613cd0565b61300584836136a0565b604051602001613016929190613f78565b604051602081830303815290604052915050919050565b60606038821015613066576130438260c0613cd0565b604051602001612fce919060f89190911b6001600160f81b031916815260010190565b5f6130708361367c565b9050612ffb8160f7613cd0565b6130c16040518061010001604052805f81526020015f81526020015f151581526020015f81526020015f81526020015f81526020015f81526020015f151581525090565b60038310156130e357604051630f4ea0ab60e41b815260040160405180910390fd5b5f848460018181106130f7576130f7613c93565b919091013560f81c9050600886865f8161311357613113613c93565b9050013560f81c60f81b60f81c60ff16901b17905061010081111561314b57604051630f4ea0ab60e41b815260040160405180910390fd5b5f6008613159836007613cd0565b6131639190613e04565b61316e906002613cd0565b905080851161319057604051630f4ea0ab60e41b815260040160405180910390fd5b5f5f828801600289015b818110156131c75780355f1a5b80156131be57600193909301925f198101166131a7565b5060010161319a565b5050602002820190506131db600884613e4d565b1580159061322057506131ef600884613e4d565b60ff901c8787613200600186613c80565b81811061320f5761320f613c93565b919091013560f81c91909116151590505b1561323e57604051630f4ea0ab60e41b815260040160405180910390fd5b80861161325e57604051630f4ea0ab60e41b815260040160405180910390fd5b828452602084018190525f87878381811061327b5761327b613c93565b919091013560f81c91505060018190036133845761329a826041613cd0565b87146132b957604051630f4ea0ab60e41b815260040160405180910390fd5b5f88886132c7856001613cd0565b906132d3866021613cd0565b926132e093929190613ce3565b6132e991613d0a565b90505f89896132f9866021613cd0565b90613305876041613cd0565b9261331293929190613ce3565b61331b91613d0a565b600160408901526060880183905260808801819052905061333c8282613747565b60a088015280158061336757508515801590613367575061335f86610100613c80565b828918901c15155b151560e088015287820361337d5760c087018190525b50506133bd565b60ff811615158061339f575061339b826001613cd0565b8714155b156133bd57604051630f4ea0ab60e41b815260040160405180910390fd5b505050509392505050565b825160408401515f9190819015806133e35750888660600151145b1561357557841561342757835160ff161561341457604051631e6bad1b60e11b8152600481018a9052602401610528565b61341e8986613747565b925090506135b5565b805f0361346057835160ff161561345457604051631e6bad1b60e11b8152600481018a9052602401610528565b505f91508190506135b5565b5f6134768989613471600186613c80565b613764565b156134ab5788886020896020015161348e9190613c80565b60208a015161349f93909290613ce3565b6134a891613d0a565b90505b845160ff1660011480156134cf5750806134cd86602001518760400151613747565b145b1561351c576134df600183613c80565b92505b5f831180156134fe57506134fc8989613471600187613c80565b155b156135135761350c83613ca7565b92506134e2565b92506135b59050565b845160ff166002148015613549575080613547866020015187604001515f9182526020526040902090565b145b1561355957505f925090506135b5565b604051631e6bad1b60e11b8152600481018b9052602401610528565b835160ff161561359b57604051631e6bad1b60e11b8152600481018a9052602401610528565b6135b0898688606001518960800151856137b2565b925090505b965096945050505050565b8251602084015160a08501519184915f919060028a018a8201835b801561366b575f19015f600382901c840135811a6080600784161c16156136105750601f199091019081358061361057600196505b60018f8360ff031c165f811461364557815f528960205260405f2099508a831015613640578860205260405f2098505b613664565b895f528160205260405f2099508a83101561366457885f5260405f2098505b50506135db565b505050505096509650969350505050565b5f5b811561369b5761368d81613da2565b9050600882901c915061367e565b919050565b6060816001600160401b038111156136ba576136ba613cbc565b6040519080825280601f01601f1916602001820160405280156136e4576020820181803683370190505b5090505f5b8281101561203f576136fc816008613d74565b84901c60f81b828261370f600187613c80565b6137199190613c80565b8151811061372957613729613c93565b60200101906001600160f81b03191690815f1a9053506001016136e9565b5f6040516001815360018101939093525060218201526041902090565b5f613770600883613e4d565b6080901c8484613781600886613e04565b61378c906002613cd0565b81811061379b5761379b613c93565b919091013560f81c91909116151595945050505050565b5f818685185b6137c38260ff613c80565b81901c6001165f036137df576137d882613da2565b91506137b8565b5f6137ea8989613747565b90505f6137f78888613747565b90506138038a8561388d565b1561381a575f818152602083905260409020613828565b5f8281526020829052604090205b9450835b8681111561387f576138488b613843600184613c80565b61388d565b1561385f575f80805260208790526040902061386d565b5f8681526020819052604090205b955061387881613ca7565b905061382c565b505050505095945050505050565b5f6138998260ff613c80565b9290921c60011692915050565b905290565b6040518060e0016040528060608152602001606081526020015f81526020015f81526020015f6001600160401b031681526020015f81526020016138a66139c4565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915290565b6040518061012001604052805f81526020015f151581526020015f6001600160401b031681526020015f81526020015f6001600160401b031681526020015f81526020015f81526020015f81526020016138a660405180606001604052805f60ff1681526020015f81526020015f81525090565b6040518061010001604052805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f6001600160401b031681526020015f6001600160a01b031681525090565b5f5f83601f840112613a35575f5ffd5b5081356001600160401b03811115613a4b575f5ffd5b602083019150836020828501011115610ae8575f5ffd5b5f5f5f5f5f5f5f5f5f5f60a08b8d031215613a7b575f5ffd5b8a356001600160401b03811115613a90575f5ffd5b613a9c8d828e01613a25565b909b5099505060208b01356001600160401b03811115613aba575f5ffd5b613ac68d828e01613a25565b90995097505060408b01356001600160401b03811115613ae4575f5ffd5b613af08d828e01613a25565b90975095505060608b01356001600160401b03811115613b0e575f5ffd5b613b1a8d828e01613a25565b90955093505060808b01356001600160401b03811115613b38575f5ffd5b613b448d828e01613a25565b915080935050809150509295989b9194979a5092959850565b634e487b7160e01b5f52602160045260245ffd5b805160078110613b8357613b83613b5d565b8252602081810151908301526040810151600e8110613ba457613ba4613b5d565b806040840152505050565b6101008101613bbe8285613b71565b82511515606083015260208301516080830152604083015160a0830152606083015160c0830152608083015160e08301529392505050565b606081016111d78284613b71565b5f5f5f5f5f60808688031215613c18575f5ffd5b85358015158114613c27575f5ffd5b9450602086013593506040860135925060608601356001600160401b03811115613c4f575f5ffd5b613c5b88828901613a25565b969995985093965092949392505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156111d7576111d7613c6c565b634e487b7160e01b5f52603260045260245ffd5b5f81613cb557613cb5613c6c565b505f190190565b634e487b7160e01b5f52604160045260245ffd5b808201808211156111d7576111d7613c6c565b5f5f85851115613cf1575f5ffd5b83861115613cfd575f5ffd5b5050820193919092039150565b803560208310156111d7575f19602084900360031b1b1692915050565b818382375f9101908152919050565b6001600160401b0381811683821601908111156111d7576111d7613c6c565b6001600160401b0382811682821603908111156111d7576111d7613c6c565b80820281158282048414176111d7576111d7613c6c565b5f60208284031215613d9b575f5ffd5b5051919050565b5f60018201613db357613db3613c6c565b5060010190565b80356001600160c01b0319811690600884101561203f576001600160c01b031960089490940360031b84901b1690921692915050565b634e487b7160e01b5f52601260045260245ffd5b5f82613e1257613e12613df0565b500490565b80356001600160601b0319811690601484101561203f576001600160601b031960149490940360031b84901b1690921692915050565b5f82613e5b57613e5b613df0565b500690565b5f81518060208401855e5f93019283525090919050565b5f613e8b613e858386613e60565b84613e60565b61010160f71b8152600201949350505050565b5f61119c613e858386613e60565b5f613eba613e858386613e60565b600360fe1b8152600101949350505050565b600160f91b81525f61119c613e856001840186613e60565b60ff81811683821601908111156111d7576111d7613c6c565b60ff82811682821603908111156111d7576111d7613c6c565b878982375f8882015f8152878982375f908801908152613f368188613e60565b602560fa1b8152606087901b6001600160601b03191660018201529050613f69613f636015830187613e60565b85613e60565b9b9a5050505050505050505050565b60f883901b6001600160f81b03191681525f61119c6001830184613e6056fea2646970667358221220bdc09f41761b9d41265c422ad17da3604754b5ba6b293d162ab6c686fa2eac4364736f6c63430008220033",
}

// Rollup is an auto generated Go binding around an Ethereum contract.
type Rollup struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Rollup) GetABI() abi.ABI {
	return c.abi
}

// NewRollup creates a new instance of Rollup.
func NewRollup() *Rollup {
	parsed, err := RollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Rollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Rollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((uint64,address,uint64,uint64,uint256,uint256,uint256,uint256,uint256,uint256) cfg) returns()
func (rollup *Rollup) PackConstructor(cfg RollupConfig) []byte {
	enc, err := rollup.abi.Pack("", cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBRIDGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee9a31a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BRIDGE() view returns(address)
func (rollup *Rollup) PackBRIDGE() []byte {
	enc, err := rollup.abi.Pack("BRIDGE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBRIDGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee9a31a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BRIDGE() view returns(address)
func (rollup *Rollup) TryPackBRIDGE() ([]byte, error) {
	return rollup.abi.Pack("BRIDGE")
}

// UnpackBRIDGE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee9a31a2.
//
// Solidity: function BRIDGE() view returns(address)
func (rollup *Rollup) UnpackBRIDGE(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("BRIDGE", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCHALLENGERSHAREPERCENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x847b314c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHALLENGER_SHARE_PERCENT() view returns(uint256)
func (rollup *Rollup) PackCHALLENGERSHAREPERCENT() []byte {
	enc, err := rollup.abi.Pack("CHALLENGER_SHARE_PERCENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHALLENGERSHAREPERCENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x847b314c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHALLENGER_SHARE_PERCENT() view returns(uint256)
func (rollup *Rollup) TryPackCHALLENGERSHAREPERCENT() ([]byte, error) {
	return rollup.abi.Pack("CHALLENGER_SHARE_PERCENT")
}

// UnpackCHALLENGERSHAREPERCENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x847b314c.
//
// Solidity: function CHALLENGER_SHARE_PERCENT() view returns(uint256)
func (rollup *Rollup) UnpackCHALLENGERSHAREPERCENT(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("CHALLENGER_SHARE_PERCENT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5008f46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_DECIMALS() view returns(uint8)
func (rollup *Rollup) PackDEFAULTDECIMALS() []byte {
	enc, err := rollup.abi.Pack("DEFAULT_DECIMALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5008f46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_DECIMALS() view returns(uint8)
func (rollup *Rollup) TryPackDEFAULTDECIMALS() ([]byte, error) {
	return rollup.abi.Pack("DEFAULT_DECIMALS")
}

// UnpackDEFAULTDECIMALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5008f46.
//
// Solidity: function DEFAULT_DECIMALS() view returns(uint8)
func (rollup *Rollup) UnpackDEFAULTDECIMALS(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("DEFAULT_DECIMALS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGENESISHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf087392e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GENESIS_HASH() view returns(bytes32)
func (rollup *Rollup) PackGENESISHASH() []byte {
	enc, err := rollup.abi.Pack("GENESIS_HASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGENESISHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf087392e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GENESIS_HASH() view returns(bytes32)
func (rollup *Rollup) TryPackGENESISHASH() ([]byte, error) {
	return rollup.abi.Pack("GENESIS_HASH")
}

// UnpackGENESISHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf087392e.
//
// Solidity: function GENESIS_HASH() view returns(bytes32)
func (rollup *Rollup) UnpackGENESISHASH(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("GENESIS_HASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXQUEUEITEMSPERBLOCK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac2efaf7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_QUEUE_ITEMS_PER_BLOCK() view returns(uint256)
func (rollup *Rollup) PackMAXQUEUEITEMSPERBLOCK() []byte {
	enc, err := rollup.abi.Pack("MAX_QUEUE_ITEMS_PER_BLOCK")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXQUEUEITEMSPERBLOCK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac2efaf7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_QUEUE_ITEMS_PER_BLOCK() view returns(uint256)
func (rollup *Rollup) TryPackMAXQUEUEITEMSPERBLOCK() ([]byte, error) {
	return rollup.abi.Pack("MAX_QUEUE_ITEMS_PER_BLOCK")
}

// UnpackMAXQUEUEITEMSPERBLOCK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac2efaf7.
//
// Solidity: function MAX_QUEUE_ITEMS_PER_BLOCK() view returns(uint256)
func (rollup *Rollup) UnpackMAXQUEUEITEMSPERBLOCK(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_QUEUE_ITEMS_PER_BLOCK", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTOKENSTRINGBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38ebcf10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TOKEN_STRING_BYTES() view returns(uint256)
func (rollup *Rollup) PackMAXTOKENSTRINGBYTES() []byte {
	enc, err := rollup.abi.Pack("MAX_TOKEN_STRING_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTOKENSTRINGBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38ebcf10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TOKEN_STRING_BYTES() view returns(uint256)
func (rollup *Rollup) TryPackMAXTOKENSTRINGBYTES() ([]byte, error) {
	return rollup.abi.Pack("MAX_TOKEN_STRING_BYTES")
}

// UnpackMAXTOKENSTRINGBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38ebcf10.
//
// Solidity: function MAX_TOKEN_STRING_BYTES() view returns(uint256)
func (rollup *Rollup) UnpackMAXTOKENSTRINGBYTES(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_TOKEN_STRING_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTXDATABYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad81634.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TX_DATA_BYTES() view returns(uint256)
func (rollup *Rollup) PackMAXTXDATABYTES() []byte {
	enc, err := rollup.abi.Pack("MAX_TX_DATA_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTXDATABYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad81634.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TX_DATA_BYTES() view returns(uint256)
func (rollup *Rollup) TryPackMAXTXDATABYTES() ([]byte, error) {
	return rollup.abi.Pack("MAX_TX_DATA_BYTES")
}

// UnpackMAXTXDATABYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbad81634.
//
// Solidity: function MAX_TX_DATA_BYTES() view returns(uint256)
func (rollup *Rollup) UnpackMAXTXDATABYTES(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_TX_DATA_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMETADATACALLGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4213032b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function METADATA_CALL_GAS() view returns(uint256)
func (rollup *Rollup) PackMETADATACALLGAS() []byte {
	enc, err := rollup.abi.Pack("METADATA_CALL_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMETADATACALLGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4213032b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function METADATA_CALL_GAS() view returns(uint256)
func (rollup *Rollup) TryPackMETADATACALLGAS() ([]byte, error) {
	return rollup.abi.Pack("METADATA_CALL_GAS")
}

// UnpackMETADATACALLGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4213032b.
//
// Solidity: function METADATA_CALL_GAS() view returns(uint256)
func (rollup *Rollup) UnpackMETADATACALLGAS(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("METADATA_CALL_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSETTLEPERCHALLENGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2c9ea72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SETTLE_PER_CHALLENGE() view returns(uint256)
func (rollup *Rollup) PackSETTLEPERCHALLENGE() []byte {
	enc, err := rollup.abi.Pack("SETTLE_PER_CHALLENGE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSETTLEPERCHALLENGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2c9ea72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SETTLE_PER_CHALLENGE() view returns(uint256)
func (rollup *Rollup) TryPackSETTLEPERCHALLENGE() ([]byte, error) {
	return rollup.abi.Pack("SETTLE_PER_CHALLENGE")
}

// UnpackSETTLEPERCHALLENGE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2c9ea72.
//
// Solidity: function SETTLE_PER_CHALLENGE() view returns(uint256)
func (rollup *Rollup) UnpackSETTLEPERCHALLENGE(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("SETTLE_PER_CHALLENGE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCount() view returns(uint256)
func (rollup *Rollup) PackBatchCount() []byte {
	enc, err := rollup.abi.Pack("batchCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCount() view returns(uint256)
func (rollup *Rollup) TryPackBatchCount() ([]byte, error) {
	return rollup.abi.Pack("batchCount")
}

// UnpackBatchCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f13056.
//
// Solidity: function batchCount() view returns(uint256)
func (rollup *Rollup) UnpackBatchCount(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("batchCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond() view returns(uint256)
func (rollup *Rollup) PackBond() []byte {
	enc, err := rollup.abi.Pack("bond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond() view returns(uint256)
func (rollup *Rollup) TryPackBond() ([]byte, error) {
	return rollup.abi.Pack("bond")
}

// UnpackBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (rollup *Rollup) UnpackBond(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("bond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c0f068.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge((uint256,bytes,bytes,bytes32[],bytes,bytes,bytes,bytes32) c) returns()
func (rollup *Rollup) PackChallenge(c RollupChallenge) []byte {
	enc, err := rollup.abi.Pack("challenge", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c0f068.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge((uint256,bytes,bytes,bytes32[],bytes,bytes,bytes,bytes32) c) returns()
func (rollup *Rollup) TryPackChallenge(c RollupChallenge) ([]byte, error) {
	return rollup.abi.Pack("challenge", c)
}

// PackChallengeCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20ecd418.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeCommitment(bytes32 commitment) view returns(uint64)
func (rollup *Rollup) PackChallengeCommitment(commitment [32]byte) []byte {
	enc, err := rollup.abi.Pack("challengeCommitment", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20ecd418.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeCommitment(bytes32 commitment) view returns(uint64)
func (rollup *Rollup) TryPackChallengeCommitment(commitment [32]byte) ([]byte, error) {
	return rollup.abi.Pack("challengeCommitment", commitment)
}

// UnpackChallengeCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20ecd418.
//
// Solidity: function challengeCommitment(bytes32 commitment) view returns(uint64)
func (rollup *Rollup) UnpackChallengeCommitment(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("challengeCommitment", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallengeLeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42c77358.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeLeader(uint256 batchIndex, bytes32 blockHash) view returns(address challenger, uint64 committedAt)
func (rollup *Rollup) PackChallengeLeader(batchIndex *big.Int, blockHash [32]byte) []byte {
	enc, err := rollup.abi.Pack("challengeLeader", batchIndex, blockHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeLeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42c77358.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeLeader(uint256 batchIndex, bytes32 blockHash) view returns(address challenger, uint64 committedAt)
func (rollup *Rollup) TryPackChallengeLeader(batchIndex *big.Int, blockHash [32]byte) ([]byte, error) {
	return rollup.abi.Pack("challengeLeader", batchIndex, blockHash)
}

// ChallengeLeaderOutput serves as a container for the return parameters of contract
// method ChallengeLeader.
type ChallengeLeaderOutput struct {
	Challenger  common.Address
	CommittedAt uint64
}

// UnpackChallengeLeader is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42c77358.
//
// Solidity: function challengeLeader(uint256 batchIndex, bytes32 blockHash) view returns(address challenger, uint64 committedAt)
func (rollup *Rollup) UnpackChallengeLeader(data []byte) (ChallengeLeaderOutput, error) {
	out, err := rollup.abi.Unpack("challengeLeader", data)
	outstruct := new(ChallengeLeaderOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Challenger = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.CommittedAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackChallengeSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3944c5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeSession(address challenger, uint256 batchIndex, bytes32 blockHash) view returns((bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint16,uint16,uint8,uint8,bool))
func (rollup *Rollup) PackChallengeSession(challenger common.Address, batchIndex *big.Int, blockHash [32]byte) []byte {
	enc, err := rollup.abi.Pack("challengeSession", challenger, batchIndex, blockHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3944c5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeSession(address challenger, uint256 batchIndex, bytes32 blockHash) view returns((bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint16,uint16,uint8,uint8,bool))
func (rollup *Rollup) TryPackChallengeSession(challenger common.Address, batchIndex *big.Int, blockHash [32]byte) ([]byte, error) {
	return rollup.abi.Pack("challengeSession", challenger, batchIndex, blockHash)
}

// UnpackChallengeSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3944c5a.
//
// Solidity: function challengeSession(address challenger, uint256 batchIndex, bytes32 blockHash) view returns((bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint16,uint16,uint8,uint8,bool))
func (rollup *Rollup) UnpackChallengeSession(data []byte) (RollupSession, error) {
	out, err := rollup.abi.Unpack("challengeSession", data)
	if err != nil {
		return *new(RollupSession), err
	}
	out0 := *abi.ConvertType(out[0], new(RollupSession)).(*RollupSession)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (rollup *Rollup) PackChallengeWindow() []byte {
	enc, err := rollup.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (rollup *Rollup) TryPackChallengeWindow() ([]byte, error) {
	return rollup.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (rollup *Rollup) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (rollup *Rollup) PackClaim() []byte {
	enc, err := rollup.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns()
func (rollup *Rollup) TryPackClaim() ([]byte, error) {
	return rollup.abi.Pack("claim")
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable(address account) view returns(uint256)
func (rollup *Rollup) PackClaimable(account common.Address) []byte {
	enc, err := rollup.abi.Pack("claimable", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable(address account) view returns(uint256)
func (rollup *Rollup) TryPackClaimable(account common.Address) ([]byte, error) {
	return rollup.abi.Pack("claimable", account)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402914f5.
//
// Solidity: function claimable(address account) view returns(uint256)
func (rollup *Rollup) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a1a3446.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitChallenge(bytes32 commitment) returns()
func (rollup *Rollup) PackCommitChallenge(commitment [32]byte) []byte {
	enc, err := rollup.abi.Pack("commitChallenge", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a1a3446.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitChallenge(bytes32 commitment) returns()
func (rollup *Rollup) TryPackCommitChallenge(commitment [32]byte) ([]byte, error) {
	return rollup.abi.Pack("commitChallenge", commitment)
}

// PackContinueChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60d0d576.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function continueChallenge(uint256 batchIndex, bytes32 blockHash, bytes chunk) returns()
func (rollup *Rollup) PackContinueChallenge(batchIndex *big.Int, blockHash [32]byte, chunk []byte) []byte {
	enc, err := rollup.abi.Pack("continueChallenge", batchIndex, blockHash, chunk)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContinueChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60d0d576.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function continueChallenge(uint256 batchIndex, bytes32 blockHash, bytes chunk) returns()
func (rollup *Rollup) TryPackContinueChallenge(batchIndex *big.Int, blockHash [32]byte, chunk []byte) ([]byte, error) {
	return rollup.abi.Pack("continueChallenge", batchIndex, blockHash, chunk)
}

// PackDeployedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeae4c19f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployedAt() view returns(uint64)
func (rollup *Rollup) PackDeployedAt() []byte {
	enc, err := rollup.abi.Pack("deployedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeae4c19f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployedAt() view returns(uint64)
func (rollup *Rollup) TryPackDeployedAt() ([]byte, error) {
	return rollup.abi.Pack("deployedAt")
}

// UnpackDeployedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeae4c19f.
//
// Solidity: function deployedAt() view returns(uint64)
func (rollup *Rollup) UnpackDeployedAt(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("deployedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDepositETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2da806.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositETH(address to) payable returns(uint256 index)
func (rollup *Rollup) PackDepositETH(to common.Address) []byte {
	enc, err := rollup.abi.Pack("depositETH", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2da806.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositETH(address to) payable returns(uint256 index)
func (rollup *Rollup) TryPackDepositETH(to common.Address) ([]byte, error) {
	return rollup.abi.Pack("depositETH", to)
}

// UnpackDepositETH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d2da806.
//
// Solidity: function depositETH(address to) payable returns(uint256 index)
func (rollup *Rollup) UnpackDepositETH(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("depositETH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0f97a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositToken(address token, address to, uint256 amount) returns(uint256 index)
func (rollup *Rollup) PackDepositToken(token common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("depositToken", token, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0f97a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositToken(address token, address to, uint256 amount) returns(uint256 index)
func (rollup *Rollup) TryPackDepositToken(token common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("depositToken", token, to, amount)
}

// UnpackDepositToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb0f97a8.
//
// Solidity: function depositToken(address token, address to, uint256 amount) returns(uint256 index)
func (rollup *Rollup) UnpackDepositToken(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("depositToken", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalizeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f3daacd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeWithdrawal(uint256 batchIndex, (bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address) header, bytes32[] blockProof, (uint32,address,address,uint256) w, bytes32[] withdrawalProof) returns()
func (rollup *Rollup) PackFinalizeWithdrawal(batchIndex *big.Int, header CodecHeader, blockProof [][32]byte, w RollupWithdrawal, withdrawalProof [][32]byte) []byte {
	enc, err := rollup.abi.Pack("finalizeWithdrawal", batchIndex, header, blockProof, w, withdrawalProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f3daacd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeWithdrawal(uint256 batchIndex, (bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address) header, bytes32[] blockProof, (uint32,address,address,uint256) w, bytes32[] withdrawalProof) returns()
func (rollup *Rollup) TryPackFinalizeWithdrawal(batchIndex *big.Int, header CodecHeader, blockProof [][32]byte, w RollupWithdrawal, withdrawalProof [][32]byte) ([]byte, error) {
	return rollup.abi.Pack("finalizeWithdrawal", batchIndex, header, blockProof, w, withdrawalProof)
}

// PackFraudVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c0b2cd3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fraudVerifier() view returns(address)
func (rollup *Rollup) PackFraudVerifier() []byte {
	enc, err := rollup.abi.Pack("fraudVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFraudVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c0b2cd3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fraudVerifier() view returns(address)
func (rollup *Rollup) TryPackFraudVerifier() ([]byte, error) {
	return rollup.abi.Pack("fraudVerifier")
}

// UnpackFraudVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c0b2cd3.
//
// Solidity: function fraudVerifier() view returns(address)
func (rollup *Rollup) UnpackFraudVerifier(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("fraudVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ac44282.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBatch(uint256 batchIndex) view returns((bytes32,bytes32,bytes32,uint64,uint64,uint64,uint64,address,uint64,bool))
func (rollup *Rollup) PackGetBatch(batchIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("getBatch", batchIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ac44282.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBatch(uint256 batchIndex) view returns((bytes32,bytes32,bytes32,uint64,uint64,uint64,uint64,address,uint64,bool))
func (rollup *Rollup) TryPackGetBatch(batchIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("getBatch", batchIndex)
}

// UnpackGetBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ac44282.
//
// Solidity: function getBatch(uint256 batchIndex) view returns((bytes32,bytes32,bytes32,uint64,uint64,uint64,uint64,address,uint64,bool))
func (rollup *Rollup) UnpackGetBatch(data []byte) (RollupBatch, error) {
	out, err := rollup.abi.Unpack("getBatch", data)
	if err != nil {
		return *new(RollupBatch), err
	}
	out0 := *abi.ConvertType(out[0], new(RollupBatch)).(*RollupBatch)
	return out0, nil
}

// PackInclusionWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe88816e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (rollup *Rollup) PackInclusionWindow() []byte {
	enc, err := rollup.abi.Pack("inclusionWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInclusionWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe88816e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (rollup *Rollup) TryPackInclusionWindow() ([]byte, error) {
	return rollup.abi.Pack("inclusionWindow")
}

// UnpackInclusionWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe88816e7.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (rollup *Rollup) UnpackInclusionWindow(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("inclusionWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackInclusionWindowOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44591a07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inclusionWindowOpen() view returns(bool)
func (rollup *Rollup) PackInclusionWindowOpen() []byte {
	enc, err := rollup.abi.Pack("inclusionWindowOpen")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInclusionWindowOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44591a07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inclusionWindowOpen() view returns(bool)
func (rollup *Rollup) TryPackInclusionWindowOpen() ([]byte, error) {
	return rollup.abi.Pack("inclusionWindowOpen")
}

// UnpackInclusionWindowOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44591a07.
//
// Solidity: function inclusionWindowOpen() view returns(bool)
func (rollup *Rollup) UnpackInclusionWindowOpen(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("inclusionWindowOpen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinalized(uint256 batchIndex) view returns(bool)
func (rollup *Rollup) PackIsFinalized(batchIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("isFinalized", batchIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinalized(uint256 batchIndex) view returns(bool)
func (rollup *Rollup) TryPackIsFinalized(batchIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("isFinalized", batchIndex)
}

// UnpackIsFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33727c4d.
//
// Solidity: function isFinalized(uint256 batchIndex) view returns(bool)
func (rollup *Rollup) UnpackIsFinalized(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("isFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsWithdrawalFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ab5cbe1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isWithdrawalFinalized(uint64 blockNumber, uint32 index) view returns(bool)
func (rollup *Rollup) PackIsWithdrawalFinalized(blockNumber uint64, index uint32) []byte {
	enc, err := rollup.abi.Pack("isWithdrawalFinalized", blockNumber, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsWithdrawalFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ab5cbe1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isWithdrawalFinalized(uint64 blockNumber, uint32 index) view returns(bool)
func (rollup *Rollup) TryPackIsWithdrawalFinalized(blockNumber uint64, index uint32) ([]byte, error) {
	return rollup.abi.Pack("isWithdrawalFinalized", blockNumber, index)
}

// UnpackIsWithdrawalFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ab5cbe1.
//
// Solidity: function isWithdrawalFinalized(uint64 blockNumber, uint32 index) view returns(bool)
func (rollup *Rollup) UnpackIsWithdrawalFinalized(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("isWithdrawalFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackL2BaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3176bd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2BaseFee() view returns(uint256)
func (rollup *Rollup) PackL2BaseFee() []byte {
	enc, err := rollup.abi.Pack("l2BaseFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2BaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3176bd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2BaseFee() view returns(uint256)
func (rollup *Rollup) TryPackL2BaseFee() ([]byte, error) {
	return rollup.abi.Pack("l2BaseFee")
}

// UnpackL2BaseFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3176bd5.
//
// Solidity: function l2BaseFee() view returns(uint256)
func (rollup *Rollup) UnpackL2BaseFee(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("l2BaseFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2ChainId() view returns(uint64)
func (rollup *Rollup) PackL2ChainId() []byte {
	enc, err := rollup.abi.Pack("l2ChainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2ChainId() view returns(uint64)
func (rollup *Rollup) TryPackL2ChainId() ([]byte, error) {
	return rollup.abi.Pack("l2ChainId")
}

// UnpackL2ChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6ae3cd5.
//
// Solidity: function l2ChainId() view returns(uint64)
func (rollup *Rollup) UnpackL2ChainId(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("l2ChainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLatestBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1651fe2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestBatch() view returns(uint256 batchIndex, uint64 firstBlock, uint64 lastBlock, bytes32 stateRoot)
func (rollup *Rollup) PackLatestBatch() []byte {
	enc, err := rollup.abi.Pack("latestBatch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1651fe2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestBatch() view returns(uint256 batchIndex, uint64 firstBlock, uint64 lastBlock, bytes32 stateRoot)
func (rollup *Rollup) TryPackLatestBatch() ([]byte, error) {
	return rollup.abi.Pack("latestBatch")
}

// LatestBatchOutput serves as a container for the return parameters of contract
// method LatestBatch.
type LatestBatchOutput struct {
	BatchIndex *big.Int
	FirstBlock uint64
	LastBlock  uint64
	StateRoot  [32]byte
}

// UnpackLatestBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1651fe2.
//
// Solidity: function latestBatch() view returns(uint256 batchIndex, uint64 firstBlock, uint64 lastBlock, bytes32 stateRoot)
func (rollup *Rollup) UnpackLatestBatch(data []byte) (LatestBatchOutput, error) {
	out, err := rollup.abi.Unpack("latestBatch", data)
	outstruct := new(LatestBatchOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BatchIndex = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.FirstBlock = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.LastBlock = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.StateRoot = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackLatestBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07e2da96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestBlock() view returns(uint64 number, bytes32 blockHash, uint64 timestamp, uint64 cursor, bytes32 stateRoot)
func (rollup *Rollup) PackLatestBlock() []byte {
	enc, err := rollup.abi.Pack("latestBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07e2da96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestBlock() view returns(uint64 number, bytes32 blockHash, uint64 timestamp, uint64 cursor, bytes32 stateRoot)
func (rollup *Rollup) TryPackLatestBlock() ([]byte, error) {
	return rollup.abi.Pack("latestBlock")
}

// LatestBlockOutput serves as a container for the return parameters of contract
// method LatestBlock.
type LatestBlockOutput struct {
	Number    uint64
	BlockHash [32]byte
	Timestamp uint64
	Cursor    uint64
	StateRoot [32]byte
}

// UnpackLatestBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07e2da96.
//
// Solidity: function latestBlock() view returns(uint64 number, bytes32 blockHash, uint64 timestamp, uint64 cursor, bytes32 stateRoot)
func (rollup *Rollup) UnpackLatestBlock(data []byte) (LatestBlockOutput, error) {
	out, err := rollup.abi.Unpack("latestBlock", data)
	outstruct := new(LatestBlockOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Number = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.BlockHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.Timestamp = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Cursor = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.StateRoot = *abi.ConvertType(out[4], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6083e59a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxDeposit() view returns(uint256)
func (rollup *Rollup) PackMaxDeposit() []byte {
	enc, err := rollup.abi.Pack("maxDeposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6083e59a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDeposit() view returns(uint256)
func (rollup *Rollup) TryPackMaxDeposit() ([]byte, error) {
	return rollup.abi.Pack("maxDeposit")
}

// UnpackMaxDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (rollup *Rollup) UnpackMaxDeposit(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("maxDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxTokenDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c0cb9dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxTokenDeposit() view returns(uint256)
func (rollup *Rollup) PackMaxTokenDeposit() []byte {
	enc, err := rollup.abi.Pack("maxTokenDeposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxTokenDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c0cb9dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxTokenDeposit() view returns(uint256)
func (rollup *Rollup) TryPackMaxTokenDeposit() ([]byte, error) {
	return rollup.abi.Pack("maxTokenDeposit")
}

// UnpackMaxTokenDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c0cb9dd.
//
// Solidity: function maxTokenDeposit() view returns(uint256)
func (rollup *Rollup) UnpackMaxTokenDeposit(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("maxTokenDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41b3d185.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minDeposit() view returns(uint256)
func (rollup *Rollup) PackMinDeposit() []byte {
	enc, err := rollup.abi.Pack("minDeposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41b3d185.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minDeposit() view returns(uint256)
func (rollup *Rollup) TryPackMinDeposit() ([]byte, error) {
	return rollup.abi.Pack("minDeposit")
}

// UnpackMinDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41b3d185.
//
// Solidity: function minDeposit() view returns(uint256)
func (rollup *Rollup) UnpackMinDeposit(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("minDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinTokenDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fd1e17e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minTokenDeposit() view returns(uint256)
func (rollup *Rollup) PackMinTokenDeposit() []byte {
	enc, err := rollup.abi.Pack("minTokenDeposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinTokenDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fd1e17e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minTokenDeposit() view returns(uint256)
func (rollup *Rollup) TryPackMinTokenDeposit() ([]byte, error) {
	return rollup.abi.Pack("minTokenDeposit")
}

// UnpackMinTokenDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fd1e17e.
//
// Solidity: function minTokenDeposit() view returns(uint256)
func (rollup *Rollup) UnpackMinTokenDeposit(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("minTokenDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueueCursor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf057a15e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueCursor() view returns(uint64)
func (rollup *Rollup) PackQueueCursor() []byte {
	enc, err := rollup.abi.Pack("queueCursor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueCursor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf057a15e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueCursor() view returns(uint64)
func (rollup *Rollup) TryPackQueueCursor() ([]byte, error) {
	return rollup.abi.Pack("queueCursor")
}

// UnpackQueueCursor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf057a15e.
//
// Solidity: function queueCursor() view returns(uint64)
func (rollup *Rollup) UnpackQueueCursor(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("queueCursor", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQueueItemHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94b90920.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueItemHash(uint256 index) view returns(bytes32)
func (rollup *Rollup) PackQueueItemHash(index *big.Int) []byte {
	enc, err := rollup.abi.Pack("queueItemHash", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueItemHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94b90920.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueItemHash(uint256 index) view returns(bytes32)
func (rollup *Rollup) TryPackQueueItemHash(index *big.Int) ([]byte, error) {
	return rollup.abi.Pack("queueItemHash", index)
}

// UnpackQueueItemHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94b90920.
//
// Solidity: function queueItemHash(uint256 index) view returns(bytes32)
func (rollup *Rollup) UnpackQueueItemHash(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("queueItemHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackQueueItemTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb406b3a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueItemTime(uint256 index) view returns(uint64)
func (rollup *Rollup) PackQueueItemTime(index *big.Int) []byte {
	enc, err := rollup.abi.Pack("queueItemTime", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueItemTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb406b3a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueItemTime(uint256 index) view returns(uint64)
func (rollup *Rollup) TryPackQueueItemTime(index *big.Int) ([]byte, error) {
	return rollup.abi.Pack("queueItemTime", index)
}

// UnpackQueueItemTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb406b3a4.
//
// Solidity: function queueItemTime(uint256 index) view returns(uint64)
func (rollup *Rollup) UnpackQueueItemTime(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("queueItemTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQueueLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab91c7b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueLength() view returns(uint256)
func (rollup *Rollup) PackQueueLength() []byte {
	enc, err := rollup.abi.Pack("queueLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab91c7b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueLength() view returns(uint256)
func (rollup *Rollup) TryPackQueueLength() ([]byte, error) {
	return rollup.abi.Pack("queueLength")
}

// UnpackQueueLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab91c7b0.
//
// Solidity: function queueLength() view returns(uint256)
func (rollup *Rollup) UnpackQueueLength(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("queueLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReclaimBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf40caf1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimBond(uint256 batchIndex) returns()
func (rollup *Rollup) PackReclaimBond(batchIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("reclaimBond", batchIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf40caf1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimBond(uint256 batchIndex) returns()
func (rollup *Rollup) TryPackReclaimBond(batchIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("reclaimBond", batchIndex)
}

// PackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8985646a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdrawal(address recipient, address token, uint256 amount) returns(uint256 index)
func (rollup *Rollup) PackRequestWithdrawal(recipient common.Address, token common.Address, amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("requestWithdrawal", recipient, token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8985646a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdrawal(address recipient, address token, uint256 amount) returns(uint256 index)
func (rollup *Rollup) TryPackRequestWithdrawal(recipient common.Address, token common.Address, amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("requestWithdrawal", recipient, token, amount)
}

// UnpackRequestWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8985646a.
//
// Solidity: function requestWithdrawal(address recipient, address token, uint256 amount) returns(uint256 index)
func (rollup *Rollup) UnpackRequestWithdrawal(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("requestWithdrawal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevealChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca22f381.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealChallenge(uint256 batchIndex, bytes32 blockHash, bytes32 salt) returns()
func (rollup *Rollup) PackRevealChallenge(batchIndex *big.Int, blockHash [32]byte, salt [32]byte) []byte {
	enc, err := rollup.abi.Pack("revealChallenge", batchIndex, blockHash, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca22f381.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealChallenge(uint256 batchIndex, bytes32 blockHash, bytes32 salt) returns()
func (rollup *Rollup) TryPackRevealChallenge(batchIndex *big.Int, blockHash [32]byte, salt [32]byte) ([]byte, error) {
	return rollup.abi.Pack("revealChallenge", batchIndex, blockHash, salt)
}

// PackRollbackEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2f515c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackEnd() view returns(uint256)
func (rollup *Rollup) PackRollbackEnd() []byte {
	enc, err := rollup.abi.Pack("rollbackEnd")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollbackEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2f515c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollbackEnd() view returns(uint256)
func (rollup *Rollup) TryPackRollbackEnd() ([]byte, error) {
	return rollup.abi.Pack("rollbackEnd")
}

// UnpackRollbackEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2f515c3.
//
// Solidity: function rollbackEnd() view returns(uint256)
func (rollup *Rollup) UnpackRollbackEnd(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("rollbackEnd", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRollbackNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x726a4f3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackNext() view returns(uint256)
func (rollup *Rollup) PackRollbackNext() []byte {
	enc, err := rollup.abi.Pack("rollbackNext")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollbackNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x726a4f3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollbackNext() view returns(uint256)
func (rollup *Rollup) TryPackRollbackNext() ([]byte, error) {
	return rollup.abi.Pack("rollbackNext")
}

// UnpackRollbackNext is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x726a4f3a.
//
// Solidity: function rollbackNext() view returns(uint256)
func (rollup *Rollup) UnpackRollbackNext(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("rollbackNext", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) PackSequencer() []byte {
	enc, err := rollup.abi.Pack("sequencer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) TryPackSequencer() ([]byte, error) {
	return rollup.abi.Pack("sequencer")
}

// UnpackSequencer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c1bba38.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) UnpackSequencer(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("sequencer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSettleRollback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9fa39e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleRollback(uint256 maxBatches) returns()
func (rollup *Rollup) PackSettleRollback(maxBatches *big.Int) []byte {
	enc, err := rollup.abi.Pack("settleRollback", maxBatches)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleRollback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9fa39e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleRollback(uint256 maxBatches) returns()
func (rollup *Rollup) TryPackSettleRollback(maxBatches *big.Int) ([]byte, error) {
	return rollup.abi.Pack("settleRollback", maxBatches)
}

// PackStartChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x787bfada.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startChallenge((uint256,bytes,bytes,bytes32[],bytes,bytes,bytes,bytes32) c) returns()
func (rollup *Rollup) PackStartChallenge(c RollupChallengeStart) []byte {
	enc, err := rollup.abi.Pack("startChallenge", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x787bfada.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startChallenge((uint256,bytes,bytes,bytes32[],bytes,bytes,bytes,bytes32) c) returns()
func (rollup *Rollup) TryPackStartChallenge(c RollupChallengeStart) ([]byte, error) {
	return rollup.abi.Pack("startChallenge", c)
}

// PackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03144c61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBatch(((bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),bytes)[] blocks) payable returns(uint256 batchIndex)
func (rollup *Rollup) PackSubmitBatch(blocks []RollupBlockData) []byte {
	enc, err := rollup.abi.Pack("submitBatch", blocks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03144c61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBatch(((bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),bytes)[] blocks) payable returns(uint256 batchIndex)
func (rollup *Rollup) TryPackSubmitBatch(blocks []RollupBlockData) ([]byte, error) {
	return rollup.abi.Pack("submitBatch", blocks)
}

// UnpackSubmitBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03144c61.
//
// Solidity: function submitBatch(((bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),bytes)[] blocks) payable returns(uint256 batchIndex)
func (rollup *Rollup) UnpackSubmitBatch(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("submitBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5dab711.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenInfo(address token) view returns((bool,uint8,string,string))
func (rollup *Rollup) PackTokenInfo(token common.Address) []byte {
	enc, err := rollup.abi.Pack("tokenInfo", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5dab711.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenInfo(address token) view returns((bool,uint8,string,string))
func (rollup *Rollup) TryPackTokenInfo(token common.Address) ([]byte, error) {
	return rollup.abi.Pack("tokenInfo", token)
}

// UnpackTokenInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5dab711.
//
// Solidity: function tokenInfo(address token) view returns((bool,uint8,string,string))
func (rollup *Rollup) UnpackTokenInfo(data []byte) (RollupTokenInfo, error) {
	out, err := rollup.abi.Unpack("tokenInfo", data)
	if err != nil {
		return *new(RollupTokenInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(RollupTokenInfo)).(*RollupTokenInfo)
	return out0, nil
}

// RollupBatchSubmitted represents a BatchSubmitted event raised by the Rollup contract.
type RollupBatchSubmitted struct {
	BatchIndex    *big.Int
	Submitter     common.Address
	FirstBlock    uint64
	LastBlock     uint64
	BlocksRoot    [32]byte
	LastBlockHash [32]byte
	StateRoot     [32]byte
	QueueCursor   uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const RollupBatchSubmittedEventName = "BatchSubmitted"

// ContractEventName returns the user-defined event name.
func (RollupBatchSubmitted) ContractEventName() string {
	return RollupBatchSubmittedEventName
}

// UnpackBatchSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchSubmitted(uint256 indexed batchIndex, address indexed submitter, uint64 firstBlock, uint64 lastBlock, bytes32 blocksRoot, bytes32 lastBlockHash, bytes32 stateRoot, uint64 queueCursor)
func (rollup *Rollup) UnpackBatchSubmittedEvent(log *types.Log) (*RollupBatchSubmitted, error) {
	event := "BatchSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBatchSubmitted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBatchesReverted represents a BatchesReverted event raised by the Rollup contract.
type RollupBatchesReverted struct {
	FromBatch *big.Int
	ToBatch   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupBatchesRevertedEventName = "BatchesReverted"

// ContractEventName returns the user-defined event name.
func (RollupBatchesReverted) ContractEventName() string {
	return RollupBatchesRevertedEventName
}

// UnpackBatchesRevertedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchesReverted(uint256 fromBatch, uint256 toBatch)
func (rollup *Rollup) UnpackBatchesRevertedEvent(log *types.Log) (*RollupBatchesReverted, error) {
	event := "BatchesReverted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBatchesReverted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBondReclaimed represents a BondReclaimed event raised by the Rollup contract.
type RollupBondReclaimed struct {
	BatchIndex *big.Int
	Submitter  common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupBondReclaimedEventName = "BondReclaimed"

// ContractEventName returns the user-defined event name.
func (RollupBondReclaimed) ContractEventName() string {
	return RollupBondReclaimedEventName
}

// UnpackBondReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondReclaimed(uint256 indexed batchIndex, address indexed submitter, uint256 amount)
func (rollup *Rollup) UnpackBondReclaimedEvent(log *types.Log) (*RollupBondReclaimed, error) {
	event := "BondReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBondReclaimed)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBondReleased represents a BondReleased event raised by the Rollup contract.
type RollupBondReleased struct {
	BatchIndex *big.Int
	Submitter  common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupBondReleasedEventName = "BondReleased"

// ContractEventName returns the user-defined event name.
func (RollupBondReleased) ContractEventName() string {
	return RollupBondReleasedEventName
}

// UnpackBondReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondReleased(uint256 indexed batchIndex, address indexed submitter, uint256 amount)
func (rollup *Rollup) UnpackBondReleasedEvent(log *types.Log) (*RollupBondReleased, error) {
	event := "BondReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBondReleased)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupChallengeLeader represents a ChallengeLeader event raised by the Rollup contract.
type RollupChallengeLeader struct {
	BatchIndex  *big.Int
	BlockHash   [32]byte
	Challenger  common.Address
	CommittedAt uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupChallengeLeaderEventName = "ChallengeLeader"

// ContractEventName returns the user-defined event name.
func (RollupChallengeLeader) ContractEventName() string {
	return RollupChallengeLeaderEventName
}

// UnpackChallengeLeaderEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeLeader(uint256 indexed batchIndex, bytes32 blockHash, address indexed challenger, uint64 committedAt)
func (rollup *Rollup) UnpackChallengeLeaderEvent(log *types.Log) (*RollupChallengeLeader, error) {
	event := "ChallengeLeader"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupChallengeLeader)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupChallengeStarted represents a ChallengeStarted event raised by the Rollup contract.
type RollupChallengeStarted struct {
	Challenger  common.Address
	BatchIndex  *big.Int
	BlockNumber uint64
	BlockHash   [32]byte
	Entries     *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupChallengeStartedEventName = "ChallengeStarted"

// ContractEventName returns the user-defined event name.
func (RollupChallengeStarted) ContractEventName() string {
	return RollupChallengeStartedEventName
}

// UnpackChallengeStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeStarted(address indexed challenger, uint256 indexed batchIndex, uint64 blockNumber, bytes32 blockHash, uint256 entries)
func (rollup *Rollup) UnpackChallengeStartedEvent(log *types.Log) (*RollupChallengeStarted, error) {
	event := "ChallengeStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupChallengeStarted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupClaimed represents a Claimed event raised by the Rollup contract.
type RollupClaimed struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RollupClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (RollupClaimed) ContractEventName() string {
	return RollupClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed account, uint256 amount)
func (rollup *Rollup) UnpackClaimedEvent(log *types.Log) (*RollupClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupClaimed)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupFraudProven represents a FraudProven event raised by the Rollup contract.
type RollupFraudProven struct {
	BatchIndex  *big.Int
	BlockNumber uint64
	Challenger  common.Address
	Fraud       uint8
	TxIndex     *big.Int
	Rule        uint8
	Reward      *big.Int
	Burned      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupFraudProvenEventName = "FraudProven"

// ContractEventName returns the user-defined event name.
func (RollupFraudProven) ContractEventName() string {
	return RollupFraudProvenEventName
}

// UnpackFraudProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FraudProven(uint256 indexed batchIndex, uint64 blockNumber, address indexed challenger, uint8 fraud, uint256 txIndex, uint8 rule, uint256 reward, uint256 burned)
func (rollup *Rollup) UnpackFraudProvenEvent(log *types.Log) (*RollupFraudProven, error) {
	event := "FraudProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupFraudProven)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupQueueItemAdded represents a QueueItemAdded event raised by the Rollup contract.
type RollupQueueItemAdded struct {
	Index  *big.Int
	Kind   uint8
	From   common.Address
	To     common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RollupQueueItemAddedEventName = "QueueItemAdded"

// ContractEventName returns the user-defined event name.
func (RollupQueueItemAdded) ContractEventName() string {
	return RollupQueueItemAddedEventName
}

// UnpackQueueItemAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QueueItemAdded(uint256 indexed index, uint8 kind, address indexed from, address indexed to, address token, uint256 amount)
func (rollup *Rollup) UnpackQueueItemAddedEvent(log *types.Log) (*RollupQueueItemAdded, error) {
	event := "QueueItemAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupQueueItemAdded)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupTokenRegistered represents a TokenRegistered event raised by the Rollup contract.
type RollupTokenRegistered struct {
	Token    common.Address
	Name     string
	Symbol   string
	Decimals uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupTokenRegisteredEventName = "TokenRegistered"

// ContractEventName returns the user-defined event name.
func (RollupTokenRegistered) ContractEventName() string {
	return RollupTokenRegisteredEventName
}

// UnpackTokenRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenRegistered(address indexed token, string name, string symbol, uint8 decimals)
func (rollup *Rollup) UnpackTokenRegisteredEvent(log *types.Log) (*RollupTokenRegistered, error) {
	event := "TokenRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupTokenRegistered)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupWithdrawalFinalized represents a WithdrawalFinalized event raised by the Rollup contract.
type RollupWithdrawalFinalized struct {
	BlockNumber uint64
	Index       uint32
	Recipient   common.Address
	Token       common.Address
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupWithdrawalFinalizedEventName = "WithdrawalFinalized"

// ContractEventName returns the user-defined event name.
func (RollupWithdrawalFinalized) ContractEventName() string {
	return RollupWithdrawalFinalizedEventName
}

// UnpackWithdrawalFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalFinalized(uint64 indexed blockNumber, uint32 index, address indexed recipient, address indexed token, uint256 amount)
func (rollup *Rollup) UnpackWithdrawalFinalizedEvent(log *types.Log) (*RollupWithdrawalFinalized, error) {
	event := "WithdrawalFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupWithdrawalFinalized)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rollup *Rollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadWithdrawalProof"].ID.Bytes()[:4]) {
		return rollup.UnpackBadWithdrawalProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BatchReplaced"].ID.Bytes()[:4]) {
		return rollup.UnpackBatchReplacedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BlockNotInBatch"].ID.Bytes()[:4]) {
		return rollup.UnpackBlockNotInBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BondNotHeld"].ID.Bytes()[:4]) {
		return rollup.UnpackBondNotHeldError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return rollup.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return rollup.UnpackChallengeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["CommitmentBeforeBatch"].ID.Bytes()[:4]) {
		return rollup.UnpackCommitmentBeforeBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["CommitmentNotEarlier"].ID.Bytes()[:4]) {
		return rollup.UnpackCommitmentNotEarlierError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DepositTooLarge"].ID.Bytes()[:4]) {
		return rollup.UnpackDepositTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DepositTooSmall"].ID.Bytes()[:4]) {
		return rollup.UnpackDepositTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return rollup.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["EthTransferFailed"].ID.Bytes()[:4]) {
		return rollup.UnpackEthTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ForcedInclusionSkipped"].ID.Bytes()[:4]) {
		return rollup.UnpackForcedInclusionSkippedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InsufficientGasForMetadata"].ID.Bytes()[:4]) {
		return rollup.UnpackInsufficientGasForMetadataError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidRecipient"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidToken"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoBatches"].ID.Bytes()[:4]) {
		return rollup.UnpackNoBatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoFraud"].ID.Bytes()[:4]) {
		return rollup.UnpackNoFraudError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotSequencer"].ID.Bytes()[:4]) {
		return rollup.UnpackNotSequencerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return rollup.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["QueueCursorBeyondQueue"].ID.Bytes()[:4]) {
		return rollup.UnpackQueueCursorBeyondQueueError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["QueueCursorDecreasing"].ID.Bytes()[:4]) {
		return rollup.UnpackQueueCursorDecreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return rollup.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["RollbackPending"].ID.Bytes()[:4]) {
		return rollup.UnpackRollbackPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return rollup.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TimestampBeforeParent"].ID.Bytes()[:4]) {
		return rollup.UnpackTimestampBeforeParentError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TimestampInFuture"].ID.Bytes()[:4]) {
		return rollup.UnpackTimestampInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TokenBalanceDecreased"].ID.Bytes()[:4]) {
		return rollup.UnpackTokenBalanceDecreasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TooManyQueueItems"].ID.Bytes()[:4]) {
		return rollup.UnpackTooManyQueueItemsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TxDataHashMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackTxDataHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TxDataTooLarge"].ID.Bytes()[:4]) {
		return rollup.UnpackTxDataTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownBatch"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownChallenge"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownCommitment"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownQueueItem"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownQueueItemError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WithdrawalAlreadyFinalized"].ID.Bytes()[:4]) {
		return rollup.UnpackWithdrawalAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongBlockNumber"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongBlockNumberError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongParentHash"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongParentHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupBadWithdrawalProof represents a BadWithdrawalProof error raised by the Rollup contract.
type RollupBadWithdrawalProof struct {
	BlockNumber uint64
	Index       uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadWithdrawalProof(uint64 blockNumber, uint32 index)
func RollupBadWithdrawalProofErrorID() common.Hash {
	return common.HexToHash("0x4bfb88c07bb4d9c1b3125330587a08f480782fef912327ecc69a353ceacaeb7d")
}

// UnpackBadWithdrawalProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadWithdrawalProof(uint64 blockNumber, uint32 index)
func (rollup *Rollup) UnpackBadWithdrawalProofError(raw []byte) (*RollupBadWithdrawalProof, error) {
	out := new(RollupBadWithdrawalProof)
	if err := rollup.abi.UnpackIntoInterface(out, "BadWithdrawalProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBatchReplaced represents a BatchReplaced error raised by the Rollup contract.
type RollupBatchReplaced struct {
	BatchIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchReplaced(uint256 batchIndex)
func RollupBatchReplacedErrorID() common.Hash {
	return common.HexToHash("0x68cffd957f04a3b0c2b9568426da1764d9aec02585adc8c16fc9758b58e80663")
}

// UnpackBatchReplacedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchReplaced(uint256 batchIndex)
func (rollup *Rollup) UnpackBatchReplacedError(raw []byte) (*RollupBatchReplaced, error) {
	out := new(RollupBatchReplaced)
	if err := rollup.abi.UnpackIntoInterface(out, "BatchReplaced", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBlockNotInBatch represents a BlockNotInBatch error raised by the Rollup contract.
type RollupBlockNotInBatch struct {
	BatchIndex *big.Int
	BlockHash  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockNotInBatch(uint256 batchIndex, bytes32 blockHash)
func RollupBlockNotInBatchErrorID() common.Hash {
	return common.HexToHash("0x80b4102ccf8e414eb975fba2c03090084b741b04e8991a3bf07f2b4bfbb91203")
}

// UnpackBlockNotInBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockNotInBatch(uint256 batchIndex, bytes32 blockHash)
func (rollup *Rollup) UnpackBlockNotInBatchError(raw []byte) (*RollupBlockNotInBatch, error) {
	out := new(RollupBlockNotInBatch)
	if err := rollup.abi.UnpackIntoInterface(out, "BlockNotInBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBondNotHeld represents a BondNotHeld error raised by the Rollup contract.
type RollupBondNotHeld struct {
	BatchIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondNotHeld(uint256 batchIndex)
func RollupBondNotHeldErrorID() common.Hash {
	return common.HexToHash("0x6e6f3de17d6e97e903a1f5c08b30a68d1efb007a6f8ec996815eb04da7ac4690")
}

// UnpackBondNotHeldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondNotHeld(uint256 batchIndex)
func (rollup *Rollup) UnpackBondNotHeldError(raw []byte) (*RollupBondNotHeld, error) {
	out := new(RollupBondNotHeld)
	if err := rollup.abi.UnpackIntoInterface(out, "BondNotHeld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupChallengeWindowClosed represents a ChallengeWindowClosed error raised by the Rollup contract.
type RollupChallengeWindowClosed struct {
	BatchIndex *big.Int
	FinalAt    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(uint256 batchIndex, uint256 finalAt)
func RollupChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x9187e902a864dd02169704b56b0f0a5acefc83a01e2c0691c1c327f46c14eda7")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(uint256 batchIndex, uint256 finalAt)
func (rollup *Rollup) UnpackChallengeWindowClosedError(raw []byte) (*RollupChallengeWindowClosed, error) {
	out := new(RollupChallengeWindowClosed)
	if err := rollup.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupChallengeWindowOpen represents a ChallengeWindowOpen error raised by the Rollup contract.
type RollupChallengeWindowOpen struct {
	BatchIndex *big.Int
	FinalAt    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOpen(uint256 batchIndex, uint256 finalAt)
func RollupChallengeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x76f615b00a3ec6e9519258ee929d9e8422f067dfc91c8334beba4c9318def0a0")
}

// UnpackChallengeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOpen(uint256 batchIndex, uint256 finalAt)
func (rollup *Rollup) UnpackChallengeWindowOpenError(raw []byte) (*RollupChallengeWindowOpen, error) {
	out := new(RollupChallengeWindowOpen)
	if err := rollup.abi.UnpackIntoInterface(out, "ChallengeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupCommitmentBeforeBatch represents a CommitmentBeforeBatch error raised by the Rollup contract.
type RollupCommitmentBeforeBatch struct {
	CommittedAt uint64
	SubmittedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentBeforeBatch(uint64 committedAt, uint64 submittedAt)
func RollupCommitmentBeforeBatchErrorID() common.Hash {
	return common.HexToHash("0x1d538fd4dcfa51bb9577bf2c6bddd0c4283f5cf9e9b5276f802ac90e4aa29d51")
}

// UnpackCommitmentBeforeBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentBeforeBatch(uint64 committedAt, uint64 submittedAt)
func (rollup *Rollup) UnpackCommitmentBeforeBatchError(raw []byte) (*RollupCommitmentBeforeBatch, error) {
	out := new(RollupCommitmentBeforeBatch)
	if err := rollup.abi.UnpackIntoInterface(out, "CommitmentBeforeBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupCommitmentNotEarlier represents a CommitmentNotEarlier error raised by the Rollup contract.
type RollupCommitmentNotEarlier struct {
	CommittedAt uint64
	Now         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentNotEarlier(uint64 committedAt, uint256 now)
func RollupCommitmentNotEarlierErrorID() common.Hash {
	return common.HexToHash("0xba5da7721467785671f764cfc0cdc2a327a83fa00bf66fd901e031f7f60f1c39")
}

// UnpackCommitmentNotEarlierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentNotEarlier(uint64 committedAt, uint256 now)
func (rollup *Rollup) UnpackCommitmentNotEarlierError(raw []byte) (*RollupCommitmentNotEarlier, error) {
	out := new(RollupCommitmentNotEarlier)
	if err := rollup.abi.UnpackIntoInterface(out, "CommitmentNotEarlier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDepositTooLarge represents a DepositTooLarge error raised by the Rollup contract.
type RollupDepositTooLarge struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositTooLarge(uint256 amount, uint256 max)
func RollupDepositTooLargeErrorID() common.Hash {
	return common.HexToHash("0xf7b6567073c009de79258eba099fe6b4c9ee58367c789ca852cde5fe6172fc4c")
}

// UnpackDepositTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositTooLarge(uint256 amount, uint256 max)
func (rollup *Rollup) UnpackDepositTooLargeError(raw []byte) (*RollupDepositTooLarge, error) {
	out := new(RollupDepositTooLarge)
	if err := rollup.abi.UnpackIntoInterface(out, "DepositTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDepositTooSmall represents a DepositTooSmall error raised by the Rollup contract.
type RollupDepositTooSmall struct {
	Amount *big.Int
	Min    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositTooSmall(uint256 amount, uint256 min)
func RollupDepositTooSmallErrorID() common.Hash {
	return common.HexToHash("0x4a77f2fa62296c5cc216025004b03ed11b511d575baed7939c8b78bbe939738d")
}

// UnpackDepositTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositTooSmall(uint256 amount, uint256 min)
func (rollup *Rollup) UnpackDepositTooSmallError(raw []byte) (*RollupDepositTooSmall, error) {
	out := new(RollupDepositTooSmall)
	if err := rollup.abi.UnpackIntoInterface(out, "DepositTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupEmptyBatch represents a EmptyBatch error raised by the Rollup contract.
type RollupEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func RollupEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (rollup *Rollup) UnpackEmptyBatchError(raw []byte) (*RollupEmptyBatch, error) {
	out := new(RollupEmptyBatch)
	if err := rollup.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupEthTransferFailed represents a EthTransferFailed error raised by the Rollup contract.
type RollupEthTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EthTransferFailed(address to, uint256 amount)
func RollupEthTransferFailedErrorID() common.Hash {
	return common.HexToHash("0xdea95fbae37714be25fb44980c1fdf19a4910995d20a75ed8a5d10aa28a1b9da")
}

// UnpackEthTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EthTransferFailed(address to, uint256 amount)
func (rollup *Rollup) UnpackEthTransferFailedError(raw []byte) (*RollupEthTransferFailed, error) {
	out := new(RollupEthTransferFailed)
	if err := rollup.abi.UnpackIntoInterface(out, "EthTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupForcedInclusionSkipped represents a ForcedInclusionSkipped error raised by the Rollup contract.
type RollupForcedInclusionSkipped struct {
	Number uint64
	Index  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedInclusionSkipped(uint64 number, uint64 index)
func RollupForcedInclusionSkippedErrorID() common.Hash {
	return common.HexToHash("0xbb332c45e2a3bf2dfdad3505165dbf01cb4c5c0aba2473ef7085d697de0acdc9")
}

// UnpackForcedInclusionSkippedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedInclusionSkipped(uint64 number, uint64 index)
func (rollup *Rollup) UnpackForcedInclusionSkippedError(raw []byte) (*RollupForcedInclusionSkipped, error) {
	out := new(RollupForcedInclusionSkipped)
	if err := rollup.abi.UnpackIntoInterface(out, "ForcedInclusionSkipped", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInsufficientGasForMetadata represents a InsufficientGasForMetadata error raised by the Rollup contract.
type RollupInsufficientGasForMetadata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGasForMetadata()
func RollupInsufficientGasForMetadataErrorID() common.Hash {
	return common.HexToHash("0xd43e256075b5d21743a331a4efa802cd7f7e93d700a9ca8baccf6e78dc0d8c61")
}

// UnpackInsufficientGasForMetadataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGasForMetadata()
func (rollup *Rollup) UnpackInsufficientGasForMetadataError(raw []byte) (*RollupInsufficientGasForMetadata, error) {
	out := new(RollupInsufficientGasForMetadata)
	if err := rollup.abi.UnpackIntoInterface(out, "InsufficientGasForMetadata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidConfig represents a InvalidConfig error raised by the Rollup contract.
type RollupInvalidConfig struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string field)
func RollupInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string field)
func (rollup *Rollup) UnpackInvalidConfigError(raw []byte) (*RollupInvalidConfig, error) {
	out := new(RollupInvalidConfig)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidRecipient represents a InvalidRecipient error raised by the Rollup contract.
type RollupInvalidRecipient struct {
	Recipient common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRecipient(address recipient)
func RollupInvalidRecipientErrorID() common.Hash {
	return common.HexToHash("0x17858bbe33f2abed3758965a9f02dee0a7e83a84b7b813e2a23810c33c0858ea")
}

// UnpackInvalidRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRecipient(address recipient)
func (rollup *Rollup) UnpackInvalidRecipientError(raw []byte) (*RollupInvalidRecipient, error) {
	out := new(RollupInvalidRecipient)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidToken represents a InvalidToken error raised by the Rollup contract.
type RollupInvalidToken struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidToken(address token)
func RollupInvalidTokenErrorID() common.Hash {
	return common.HexToHash("0x961c9a4f74d4e632663c98ff08df58a4a4cfef4336b18bb01466eddc3157fb75")
}

// UnpackInvalidTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidToken(address token)
func (rollup *Rollup) UnpackInvalidTokenError(raw []byte) (*RollupInvalidToken, error) {
	out := new(RollupInvalidToken)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNoBatches represents a NoBatches error raised by the Rollup contract.
type RollupNoBatches struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBatches()
func RollupNoBatchesErrorID() common.Hash {
	return common.HexToHash("0xd63ba365513442d99993c6fd68eb6bbb9a0283425844a43ebd873ab90680f0db")
}

// UnpackNoBatchesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBatches()
func (rollup *Rollup) UnpackNoBatchesError(raw []byte) (*RollupNoBatches, error) {
	out := new(RollupNoBatches)
	if err := rollup.abi.UnpackIntoInterface(out, "NoBatches", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNoFraud represents a NoFraud error raised by the Rollup contract.
type RollupNoFraud struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoFraud()
func RollupNoFraudErrorID() common.Hash {
	return common.HexToHash("0xbb6a9cb54cbbbf928521eb87c047d0a049a304ad79d8a9ea5b254b1787818fe4")
}

// UnpackNoFraudError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoFraud()
func (rollup *Rollup) UnpackNoFraudError(raw []byte) (*RollupNoFraud, error) {
	out := new(RollupNoFraud)
	if err := rollup.abi.UnpackIntoInterface(out, "NoFraud", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotSequencer represents a NotSequencer error raised by the Rollup contract.
type RollupNotSequencer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSequencer(address caller)
func RollupNotSequencerErrorID() common.Hash {
	return common.HexToHash("0x0596787718e4a3212038e1b1501f602a660a34700b149722180893ceaca0f8ed")
}

// UnpackNotSequencerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSequencer(address caller)
func (rollup *Rollup) UnpackNotSequencerError(raw []byte) (*RollupNotSequencer, error) {
	out := new(RollupNotSequencer)
	if err := rollup.abi.UnpackIntoInterface(out, "NotSequencer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNothingToClaim represents a NothingToClaim error raised by the Rollup contract.
type RollupNothingToClaim struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(address account)
func RollupNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x64ab34663471cdf42e0c6b384f4d5a5ab07a23c81e7ddc69a6fbb3a660346f9a")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(address account)
func (rollup *Rollup) UnpackNothingToClaimError(raw []byte) (*RollupNothingToClaim, error) {
	out := new(RollupNothingToClaim)
	if err := rollup.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupQueueCursorBeyondQueue represents a QueueCursorBeyondQueue error raised by the Rollup contract.
type RollupQueueCursorBeyondQueue struct {
	Number      uint64
	Cursor      uint64
	QueueLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueCursorBeyondQueue(uint64 number, uint64 cursor, uint256 queueLength)
func RollupQueueCursorBeyondQueueErrorID() common.Hash {
	return common.HexToHash("0xa28d39429b176aadf1aa632d84016fe1bd1b2e72f39581277245a4924cb12c7c")
}

// UnpackQueueCursorBeyondQueueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueCursorBeyondQueue(uint64 number, uint64 cursor, uint256 queueLength)
func (rollup *Rollup) UnpackQueueCursorBeyondQueueError(raw []byte) (*RollupQueueCursorBeyondQueue, error) {
	out := new(RollupQueueCursorBeyondQueue)
	if err := rollup.abi.UnpackIntoInterface(out, "QueueCursorBeyondQueue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupQueueCursorDecreasing represents a QueueCursorDecreasing error raised by the Rollup contract.
type RollupQueueCursorDecreasing struct {
	Number       uint64
	Cursor       uint64
	ParentCursor uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueCursorDecreasing(uint64 number, uint64 cursor, uint64 parentCursor)
func RollupQueueCursorDecreasingErrorID() common.Hash {
	return common.HexToHash("0xf8949e588138af105b99e1cc58b445437f073adcc35287c50fb5052abad7ed0a")
}

// UnpackQueueCursorDecreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueCursorDecreasing(uint64 number, uint64 cursor, uint64 parentCursor)
func (rollup *Rollup) UnpackQueueCursorDecreasingError(raw []byte) (*RollupQueueCursorDecreasing, error) {
	out := new(RollupQueueCursorDecreasing)
	if err := rollup.abi.UnpackIntoInterface(out, "QueueCursorDecreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Rollup contract.
type RollupReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func RollupReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (rollup *Rollup) UnpackReentrancyGuardReentrantCallError(raw []byte) (*RollupReentrancyGuardReentrantCall, error) {
	out := new(RollupReentrancyGuardReentrantCall)
	if err := rollup.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollbackPending represents a RollbackPending error raised by the Rollup contract.
type RollupRollbackPending struct {
	Next *big.Int
	End  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RollbackPending(uint256 next, uint256 end)
func RollupRollbackPendingErrorID() common.Hash {
	return common.HexToHash("0x09249c3f28c338ff974c419d74f1e1ce8ce4bb80bc745cb72f2e280d35997a98")
}

// UnpackRollbackPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RollbackPending(uint256 next, uint256 end)
func (rollup *Rollup) UnpackRollbackPendingError(raw []byte) (*RollupRollbackPending, error) {
	out := new(RollupRollbackPending)
	if err := rollup.abi.UnpackIntoInterface(out, "RollbackPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Rollup contract.
type RollupSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RollupSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (rollup *Rollup) UnpackSafeERC20FailedOperationError(raw []byte) (*RollupSafeERC20FailedOperation, error) {
	out := new(RollupSafeERC20FailedOperation)
	if err := rollup.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTimestampBeforeParent represents a TimestampBeforeParent error raised by the Rollup contract.
type RollupTimestampBeforeParent struct {
	Number          uint64
	Timestamp       uint64
	ParentTimestamp uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampBeforeParent(uint64 number, uint64 timestamp, uint64 parentTimestamp)
func RollupTimestampBeforeParentErrorID() common.Hash {
	return common.HexToHash("0x54d3121d44b6ad9e8aad76982edf7a86d51fbdd5ecee44030922fad2ab0b26d4")
}

// UnpackTimestampBeforeParentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampBeforeParent(uint64 number, uint64 timestamp, uint64 parentTimestamp)
func (rollup *Rollup) UnpackTimestampBeforeParentError(raw []byte) (*RollupTimestampBeforeParent, error) {
	out := new(RollupTimestampBeforeParent)
	if err := rollup.abi.UnpackIntoInterface(out, "TimestampBeforeParent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTimestampInFuture represents a TimestampInFuture error raised by the Rollup contract.
type RollupTimestampInFuture struct {
	Number    uint64
	Timestamp uint64
	Now       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampInFuture(uint64 number, uint64 timestamp, uint256 now)
func RollupTimestampInFutureErrorID() common.Hash {
	return common.HexToHash("0x19604373512641ca0197175b5ac67d994a7119a5f744f578f47432c6ea910447")
}

// UnpackTimestampInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampInFuture(uint64 number, uint64 timestamp, uint256 now)
func (rollup *Rollup) UnpackTimestampInFutureError(raw []byte) (*RollupTimestampInFuture, error) {
	out := new(RollupTimestampInFuture)
	if err := rollup.abi.UnpackIntoInterface(out, "TimestampInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTokenBalanceDecreased represents a TokenBalanceDecreased error raised by the Rollup contract.
type RollupTokenBalanceDecreased struct {
	Token      common.Address
	Before     *big.Int
	Afterwards *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenBalanceDecreased(address token, uint256 before, uint256 afterwards)
func RollupTokenBalanceDecreasedErrorID() common.Hash {
	return common.HexToHash("0x5e01778c5de1f44d4dd5b5744c54f386d641f6f0669c38b223782d0b0211f345")
}

// UnpackTokenBalanceDecreasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenBalanceDecreased(address token, uint256 before, uint256 afterwards)
func (rollup *Rollup) UnpackTokenBalanceDecreasedError(raw []byte) (*RollupTokenBalanceDecreased, error) {
	out := new(RollupTokenBalanceDecreased)
	if err := rollup.abi.UnpackIntoInterface(out, "TokenBalanceDecreased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTooManyQueueItems represents a TooManyQueueItems error raised by the Rollup contract.
type RollupTooManyQueueItems struct {
	Number uint64
	Count  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyQueueItems(uint64 number, uint256 count)
func RollupTooManyQueueItemsErrorID() common.Hash {
	return common.HexToHash("0x7c77a799d7a09347883b2dc0bee2f191a9e9ea1efafb48c2421343dd17ad6e15")
}

// UnpackTooManyQueueItemsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyQueueItems(uint64 number, uint256 count)
func (rollup *Rollup) UnpackTooManyQueueItemsError(raw []byte) (*RollupTooManyQueueItems, error) {
	out := new(RollupTooManyQueueItems)
	if err := rollup.abi.UnpackIntoInterface(out, "TooManyQueueItems", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTxDataHashMismatch represents a TxDataHashMismatch error raised by the Rollup contract.
type RollupTxDataHashMismatch struct {
	Number   uint64
	Computed [32]byte
	Posted   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TxDataHashMismatch(uint64 number, bytes32 computed, bytes32 posted)
func RollupTxDataHashMismatchErrorID() common.Hash {
	return common.HexToHash("0xe72be9f1091f65547772376d3fcf7817e53a6afece62e38e872dd3b8cacfdb12")
}

// UnpackTxDataHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TxDataHashMismatch(uint64 number, bytes32 computed, bytes32 posted)
func (rollup *Rollup) UnpackTxDataHashMismatchError(raw []byte) (*RollupTxDataHashMismatch, error) {
	out := new(RollupTxDataHashMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "TxDataHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTxDataTooLarge represents a TxDataTooLarge error raised by the Rollup contract.
type RollupTxDataTooLarge struct {
	Number uint64
	Size   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TxDataTooLarge(uint64 number, uint256 size)
func RollupTxDataTooLargeErrorID() common.Hash {
	return common.HexToHash("0x32841d2070fd292944e4d369c31a9d56625277532d063e10bdc4ed5efb071e17")
}

// UnpackTxDataTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TxDataTooLarge(uint64 number, uint256 size)
func (rollup *Rollup) UnpackTxDataTooLargeError(raw []byte) (*RollupTxDataTooLarge, error) {
	out := new(RollupTxDataTooLarge)
	if err := rollup.abi.UnpackIntoInterface(out, "TxDataTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownBatch represents a UnknownBatch error raised by the Rollup contract.
type RollupUnknownBatch struct {
	BatchIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatch(uint256 batchIndex)
func RollupUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0x4392ee6a277b6a3f727911895d8c530bb19e11ffc893c9dfe3b57d6fde293d28")
}

// UnpackUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatch(uint256 batchIndex)
func (rollup *Rollup) UnpackUnknownBatchError(raw []byte) (*RollupUnknownBatch, error) {
	out := new(RollupUnknownBatch)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownChallenge represents a UnknownChallenge error raised by the Rollup contract.
type RollupUnknownChallenge struct {
	BatchIndex *big.Int
	BlockHash  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownChallenge(uint256 batchIndex, bytes32 blockHash)
func RollupUnknownChallengeErrorID() common.Hash {
	return common.HexToHash("0x3f31f0183162ead894f3a4dbbff9a4ecbf1de3a40d3a21cc8d1d89c77994f17c")
}

// UnpackUnknownChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownChallenge(uint256 batchIndex, bytes32 blockHash)
func (rollup *Rollup) UnpackUnknownChallengeError(raw []byte) (*RollupUnknownChallenge, error) {
	out := new(RollupUnknownChallenge)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownCommitment represents a UnknownCommitment error raised by the Rollup contract.
type RollupUnknownCommitment struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCommitment(bytes32 commitment)
func RollupUnknownCommitmentErrorID() common.Hash {
	return common.HexToHash("0x3f3ff3fce0a88e75f46b6412b76abfc6938b8ce21562ec2d541ab026ecccfa99")
}

// UnpackUnknownCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCommitment(bytes32 commitment)
func (rollup *Rollup) UnpackUnknownCommitmentError(raw []byte) (*RollupUnknownCommitment, error) {
	out := new(RollupUnknownCommitment)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownQueueItem represents a UnknownQueueItem error raised by the Rollup contract.
type RollupUnknownQueueItem struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownQueueItem(uint256 index)
func RollupUnknownQueueItemErrorID() common.Hash {
	return common.HexToHash("0x446ca8612e6eb7a7bdfb68a458492331adb146713723bbc64084a365b6133663")
}

// UnpackUnknownQueueItemError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownQueueItem(uint256 index)
func (rollup *Rollup) UnpackUnknownQueueItemError(raw []byte) (*RollupUnknownQueueItem, error) {
	out := new(RollupUnknownQueueItem)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownQueueItem", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWithdrawalAlreadyFinalized represents a WithdrawalAlreadyFinalized error raised by the Rollup contract.
type RollupWithdrawalAlreadyFinalized struct {
	BlockNumber uint64
	Index       uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalAlreadyFinalized(uint64 blockNumber, uint32 index)
func RollupWithdrawalAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0x452e0316df9a37e24882974b7afe30346fad2e5a67cdf7ef27a9b3b0e52395c6")
}

// UnpackWithdrawalAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalAlreadyFinalized(uint64 blockNumber, uint32 index)
func (rollup *Rollup) UnpackWithdrawalAlreadyFinalizedError(raw []byte) (*RollupWithdrawalAlreadyFinalized, error) {
	out := new(RollupWithdrawalAlreadyFinalized)
	if err := rollup.abi.UnpackIntoInterface(out, "WithdrawalAlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongBlockNumber represents a WrongBlockNumber error raised by the Rollup contract.
type RollupWrongBlockNumber struct {
	Expected uint64
	Posted   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBlockNumber(uint64 expected, uint64 posted)
func RollupWrongBlockNumberErrorID() common.Hash {
	return common.HexToHash("0xc0b34a1823d695e7b7285dcd26330d10dd0428f55fe153d913786129f329b56a")
}

// UnpackWrongBlockNumberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBlockNumber(uint64 expected, uint64 posted)
func (rollup *Rollup) UnpackWrongBlockNumberError(raw []byte) (*RollupWrongBlockNumber, error) {
	out := new(RollupWrongBlockNumber)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongBlockNumber", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongBond represents a WrongBond error raised by the Rollup contract.
type RollupWrongBond struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 sent, uint256 required)
func RollupWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 sent, uint256 required)
func (rollup *Rollup) UnpackWrongBondError(raw []byte) (*RollupWrongBond, error) {
	out := new(RollupWrongBond)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongParentHash represents a WrongParentHash error raised by the Rollup contract.
type RollupWrongParentHash struct {
	Number   uint64
	Expected [32]byte
	Posted   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongParentHash(uint64 number, bytes32 expected, bytes32 posted)
func RollupWrongParentHashErrorID() common.Hash {
	return common.HexToHash("0xb89d80bdfde4d4d620f9cf44e372854a2132358412318816467fa3c15b71a00f")
}

// UnpackWrongParentHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongParentHash(uint64 number, bytes32 expected, bytes32 posted)
func (rollup *Rollup) UnpackWrongParentHashError(raw []byte) (*RollupWrongParentHash, error) {
	out := new(RollupWrongParentHash)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongParentHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupZeroAmount represents a ZeroAmount error raised by the Rollup contract.
type RollupZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func RollupZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (rollup *Rollup) UnpackZeroAmountError(raw []byte) (*RollupZeroAmount, error) {
	out := new(RollupZeroAmount)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
