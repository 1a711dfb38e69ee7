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
	DataRoot      [32]byte
}

// RollupBlobChallengeStart is an auto generated low-level Go binding around an user-defined struct.
type RollupBlobChallengeStart struct {
	BatchIndex *big.Int
	Header     []byte
	BlockProof [][32]byte
	BlobHashes [][32]byte
	Lengths    []byte
	Salt       [32]byte
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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"inclusionWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"l2BaseFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minTokenDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxTokenDeposit\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.Config\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"BadWithdrawalProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"BatchReplaced\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"BlockNotInBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"capacity\",\"type\":\"uint256\"}],\"name\":\"BlockOutsideBlobs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"BondNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"}],\"name\":\"CommitmentBeforeBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now\",\"type\":\"uint256\"}],\"name\":\"CommitmentNotEarlier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"DepositTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"DepositTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EthTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"ForcedInclusionSkipped\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGasForMetadata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"InvalidToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lengths\",\"type\":\"uint256\"}],\"name\":\"LengthsMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBatches\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBlobs\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFraud\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"NotABlobBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"queueLength\",\"type\":\"uint256\"}],\"name\":\"QueueCursorBeyondQueue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentCursor\",\"type\":\"uint64\"}],\"name\":\"QueueCursorDecreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"}],\"name\":\"RollbackPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentTimestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeParent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now\",\"type\":\"uint256\"}],\"name\":\"TimestampInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"before\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"afterwards\",\"type\":\"uint256\"}],\"name\":\"TokenBalanceDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyBlobs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyQueueItems\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"posted\",\"type\":\"bytes32\"}],\"name\":\"TxDataHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"TxDataTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"UnknownChallenge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"UnknownCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownQueueItem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"posted\",\"type\":\"uint64\"}],\"name\":\"WrongBlockNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"posted\",\"type\":\"bytes32\"}],\"name\":\"WrongParentHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blocksRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"}],\"name\":\"BatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromBatch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toBatch\",\"type\":\"uint256\"}],\"name\":\"BatchesReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"lengths\",\"type\":\"uint32[]\"}],\"name\":\"BlobBatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"elements\",\"type\":\"uint256\"}],\"name\":\"BlobChallengeStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"}],\"name\":\"ChallengeLeader\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"entries\",\"type\":\"uint256\"}],\"name\":\"ChallengeStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"fraud\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"rule\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"FraudProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"QueueItemAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"}],\"name\":\"TokenRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CHALLENGER_SHARE_PERCENT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_DECIMALS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GENESIS_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BLOBS_PER_BATCH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_QUEUE_ITEMS_PER_BLOCK\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOKEN_STRING_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TX_DATA_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"METADATA_CALL_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLE_PER_CHALLENGE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"blobChallengeProgress\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"parent\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"blockProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"queueItems\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Challenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"challengeCommitment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"challengeLeader\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"challengeSession\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blocksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"remaining\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"txIndex\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"fraud\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"rule\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"commit\",\"type\":\"bool\"}],\"internalType\":\"structRollup.Session\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"}],\"name\":\"continueChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"depositETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"blockProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.Withdrawal\",\"name\":\"w\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"withdrawalProof\",\"type\":\"bytes32[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"elements\",\"type\":\"bytes\"}],\"name\":\"finishBlobChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fraudVerifier\",\"outputs\":[{\"internalType\":\"contractFraudVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"getBatch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blocksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"bondHeld\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindowOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"isWithdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2BaseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTokenDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minTokenDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"commitments\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"openings\",\"type\":\"bytes\"}],\"name\":\"openBlobChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueCursor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"queueItemHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"queueItemTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"reclaimBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackEnd\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackNext\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBatches\",\"type\":\"uint256\"}],\"name\":\"settleRollback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"blockProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"lengths\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.BlobChallengeStart\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"startBlobChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"parent\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"blockProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"queueItems\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"values\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.ChallengeStart\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"startChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.BlockData[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header[]\",\"name\":\"headers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint32[]\",\"name\":\"lengths\",\"type\":\"uint32[]\"}],\"name\":\"submitBlobBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"}],\"internalType\":\"structRollup.TokenInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Rollup",
	Bin: "0x610200604052348015610010575f5ffd5b5060405161b85e38038061b85e83398101604081905261002f91610430565b80516001600160401b0316158061005857506620000000000000815f01516001600160401b0316115b15610097576040516389a6198960e01b81526020600482015260096024820152681b0c90da185a5b925960ba1b60448201526064015b60405180910390fd5b60208101516001600160a01b03166100de576040516389a6198960e01b815260206004820152600960248201526839b2b8bab2b731b2b960b91b604482015260640161008e565b80604001516001600160401b03165f0361012d576040516389a6198960e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b604482015260640161008e565b80606001516001600160401b03165f0361017c576040516389a6198960e01b815260206004820152600f60248201526e696e636c7573696f6e57696e646f7760881b604482015260640161008e565b80608001515f036101b9576040516389a6198960e01b815260040161008e90602080825260049082015263189bdb9960e21b604082015260600190565b8060a001515f036101f9576040516389a6198960e01b81526020600482015260096024820152686c324261736546656560b81b604482015260640161008e565b60c0810151158061021157508060e001518160c00151115b806102235750600160801b8160e00151115b15610262576040516389a6198960e01b815260206004820152600e60248201526d6465706f73697420626f756e647360901b604482015260640161008e565b610100810151158061027d5750806101200151816101000151115b806102905750600160801b816101200151115b156102de576040516389a6198960e01b815260206004820152601460248201527f746f6b656e206465706f73697420626f756e6473000000000000000000000000604482015260640161008e565b80516001600160401b03908116608090815260208301516001600160a01b031660a0908152604080850151841660c09081526060860151851660e0908152938601516101009081529286018051610120908152918701516101405293860151610160529185015161018052908401516101a052429092166101c05282519051915130929061036b906103bd565b6001600160a01b0390931683526001600160401b0390911660208301526040820152606001604051809103905ff0801580156103a9573d5f5f3e3d5ffd5b506001600160a01b03166101e052506104d0565b6155a8806162b683390190565b60405161014081016001600160401b03811182821017156103f957634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b0381168114610415575f5ffd5b919050565b80516001600160a01b0381168114610415575f5ffd5b5f610140828403128015610442575f5ffd5b5061044b6103ca565b610454836103ff565b81526104626020840161041a565b6020820152610473604084016103ff565b6040820152610484606084016103ff565b60608201526080838101519082015260a0808401519082015260c0808401519082015260e080840151908201526101008084015190820152610120928301519281019290925250919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051615cad6106095f395f818161068801528181610f88015281816118550152818161197e01528181611ccb0152818161214e015281816127a60152612d0a01525f8181610b0d015261155501525f818161040f0152612c9e01525f81816108820152612c7d01525f8181610725015261110101525f81816105a601526110e001525f610a8801525f818161077701528181612e9901528181612ed3015281816144340152818161446f015261456201525f8181610ada015281816115cb01528181611610015261335501525f81816108300152818161146b015281816127250152818161379501528181613de1015261404501525f81816106d30152612e4401525f610a410152615cad5ff3fe608060405260043610610371575f3560e01c8063861a1412116101c8578063d2f515c3116100fd578063eae4c19f1161009d578063f40caf1a1161006d578063f40caf1a14610b8c578063f5dab71114610bab578063fb0f97a814610bd7578063fbc209c814610bf6575f5ffd5b8063eae4c19f14610afc578063ee9a31a214610b2f578063f057a15e14610b45578063f087392e14610b59575f5ffd5b8063e2c9ea72116100d8578063e2c9ea7214610a63578063e3176bd514610a77578063e51130f514610aaa578063e88816e714610ac9575f5ffd5b8063d2f515c314610a07578063d6160d3914610a1c578063d6ae3cd514610a30575f5ffd5b8063ab91c7b011610168578063b9fa39e711610143578063b9fa39e71461098e578063bad81634146109ad578063c5008f46146109c2578063ca22f381146109e8575f5ffd5b8063ab91c7b014610946578063ac2efaf71461095b578063b406b3a41461096f575f5ffd5b806394b90920116101a357806394b90920146108a4578063a1651fe2146108c3578063a3944c5a14610907578063a6932dc014610933575f5ffd5b8063861a14121461081f5780638985646a146108525780638fd1e17e14610871575f5ffd5b806342c77358116102a95780636083e59a11610249578063787bfada11610219578063787bfada146107ae5780637a1a3446146107cd5780637a8c75f0146107ec578063847b314c1461080b575f5ffd5b80636083e59a1461071457806360d0d5761461074757806364c9ec6f14610766578063726a4f3a14610799575f5ffd5b80635ac44282116102845780635ac442821461064b5780635c0b2cd3146106775780635c1bba38146106c25780635f599d62146106f5575f5ffd5b806342c77358146105dd57806344591a07146106235780634e71d92d14610637575f5ffd5b80632d2da8061161031457806338ebcf10116102ef57806338ebcf1014610556578063402914f51461056a57806341b3d185146105955780634213032b146105c8575f5ffd5b80632d2da806146105055780632f3daacd1461051857806333727c4d14610537575f5ffd5b80630c0cb9dd1161034f5780630c0cb9dd146103fe5780631ab5cbe11461043157806320c0f0681461049857806320ecd418146104b9575f5ffd5b806303144c611461037557806306f130561461039b57806307e2da96146103af575b5f5ffd5b610388610383366004614d2e565b610c2a565b6040519081526020015b60405180910390f35b3480156103a6575f5ffd5b506103885f5481565b3480156103ba575f5ffd5b506103c3610e7d565b604080516001600160401b0396871681526020810195909552928516928401929092529092166060820152608081019190915260a001610392565b348015610409575f5ffd5b506103887f000000000000000000000000000000000000000000000000000000000000000081565b34801561043c575f5ffd5b5061048861044b366004614d93565b6bffffffffffffffff00000000602092831b1663ffffffff821617600890811c5f9081529252604090912054600160ff9092169190911b16151590565b6040519015158152602001610392565b3480156104a3575f5ffd5b506104b76104b2366004614dd7565b610f25565b005b3480156104c4575f5ffd5b506104ed6104d3366004614e08565b5f908152600a60205260409020546001600160401b031690565b6040516001600160401b039091168152602001610392565b610388610513366004614e35565b6110c8565b348015610523575f5ffd5b506104b7610532366004614e4e565b611142565b348015610542575f5ffd5b50610488610551366004614e08565b61143c565b348015610561575f5ffd5b50610388604081565b348015610575575f5ffd5b50610388610584366004614e35565b60036020525f908152604090205481565b3480156105a0575f5ffd5b506103887f000000000000000000000000000000000000000000000000000000000000000081565b3480156105d3575f5ffd5b5061038861c35081565b3480156105e8575f5ffd5b506105fc6105f7366004614ef6565b6114a3565b604080516001600160a01b0390931683526001600160401b03909116602083015201610392565b34801561062e575f5ffd5b50610488611548565b348015610642575f5ffd5b506104b7611656565b348015610656575f5ffd5b5061066a610665366004614e08565b6116f0565b6040516103929190614f16565b348015610682575f5ffd5b506106aa7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610392565b3480156106cd575f5ffd5b506106aa7f000000000000000000000000000000000000000000000000000000000000000081565b348015610700575f5ffd5b506104b761070f36600461503c565b611827565b34801561071f575f5ffd5b506103887f000000000000000000000000000000000000000000000000000000000000000081565b348015610752575f5ffd5b506104b76107613660046150bc565b61190a565b348015610771575f5ffd5b506103887f000000000000000000000000000000000000000000000000000000000000000081565b3480156107a4575f5ffd5b5061038860015481565b3480156107b9575f5ffd5b506104b76107c8366004614dd7565b611c6f565b3480156107d8575f5ffd5b506104b76107e7366004614e08565b612078565b3480156107f7575f5ffd5b506104b761080636600461510a565b6120cc565b348015610816575f5ffd5b50610388603281565b34801561082a575f5ffd5b506104ed7f000000000000000000000000000000000000000000000000000000000000000081565b34801561085d575f5ffd5b5061038861086c366004615140565b612304565b34801561087c575f5ffd5b506103887f000000000000000000000000000000000000000000000000000000000000000081565b3480156108af575f5ffd5b506103886108be366004614e08565b61236f565b3480156108ce575f5ffd5b506108d76123a7565b60405161039294939291909384526001600160401b03928316602085015291166040830152606082015260800190565b348015610912575f5ffd5b5061092661092136600461517a565b61242c565b60405161039291906151aa565b610388610941366004615280565b61254c565b348015610951575f5ffd5b5061038860055481565b348015610966575f5ffd5b50610388601081565b34801561097a575f5ffd5b506104ed610989366004614e08565b612696565b348015610999575f5ffd5b506104b76109a8366004614e08565b6126c5565b3480156109b8575f5ffd5b5061038861400081565b3480156109cd575f5ffd5b506109d6601281565b60405160ff9091168152602001610392565b3480156109f3575f5ffd5b506104b7610a0236600461530c565b6126d6565b348015610a12575f5ffd5b5061038860025481565b348015610a27575f5ffd5b50610388600681565b348015610a3b575f5ffd5b506104ed7f000000000000000000000000000000000000000000000000000000000000000081565b348015610a6e575f5ffd5b50610388602081565b348015610a82575f5ffd5b506103887f000000000000000000000000000000000000000000000000000000000000000081565b348015610ab5575f5ffd5b506104b7610ac43660046150bc565b61279b565b348015610ad4575f5ffd5b506104ed7f000000000000000000000000000000000000000000000000000000000000000081565b348015610b07575f5ffd5b506104ed7f000000000000000000000000000000000000000000000000000000000000000081565b348015610b3a575f5ffd5b506106aa620b81d681565b348015610b50575f5ffd5b506104ed6128bb565b348015610b64575f5ffd5b506103887ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af81565b348015610b97575f5ffd5b506104b7610ba6366004614e08565b612902565b348015610bb6575f5ffd5b50610bca610bc5366004614e35565b61297b565b6040516103929190615363565b348015610be2575f5ffd5b50610388610bf1366004615140565b612b01565b348015610c01575f5ffd5b50610c15610c1036600461517a565b612d06565b60408051928352602083019190915201610392565b5f610c33612daa565b604080516080810182525f808252602082018190529181018290526060810191909152610c5e612e17565b9092509050825f819003610c855760405163c2e5347d60e01b815260040160405180910390fd5b6005545f826001600160401b03811115610ca157610ca16153bd565b604051908082528060200260200182016040528015610cca578160200160208202803683370190505b5090505f5b83811015610e2c5736888883818110610cea57610cea6153d1565b9050602002810190610cfc91906153e5565b9050365f8a8a85818110610d1257610d126153d1565b9050602002810190610d2491906153e5565b610d3390610100810190615404565b91509150610d418389612fcf565b614000811115610d8c57610d5b6040840160208501615446565b60405163019420e960e51b81526001600160401b039091166004820152602481018290526044015b60405180910390fd5b5f610d97838361319f565b905083606001358114610dea57610db46040850160208601615446565b60405163e72be9f160e01b81526001600160401b0390911660048201526024810182905260608501356044820152606401610d83565b610df5848a896131b1565b610dff848a6133fd565b868681518110610e1157610e116153d1565b60200260200101818152505050505050806001019050610ccf565b50610e6b8582868a8a610e4060018a615475565b818110610e4f57610e4f6153d1565b9050602002810190610e6191906153e5565b608001355f61346f565b50505050610e77613722565b92915050565b5f5f5f5f5f5f5f549050805f03610ec357505f94507ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af9350849250829150819050610f1e565b5f600481610ed2600185615475565b815260208101919091526040015f20600381015460018201546002909201546001600160401b038083169a50929850600160401b820483169750600160801b9091049091169450925050505b9091929394565b610f2d612daa565b5f610f528235610f406040850185615404565b610f4d6060870187615488565b61374c565b90505f610f6a610f656040850185615404565b61319f565b9050610f7d8335838360e087013561383e565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016638bf26133610fba6020870187615404565b610fc76040890189615404565b610fd460808b018b615404565b610fe160a08d018d615404565b610fee60c08f018f615404565b6040518b63ffffffff1660e01b81526004016110139a999897969594939291906154f5565b606060405180830381865afa15801561102e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061105291906155dd565b90505f81516007811115611068576110686155f7565b036110865760405163bb6a9cb560e01b815260040160405180910390fd5b6110ba84356110986040870187615404565b6110a79160289160209161560b565b6110b091615632565b60c01c8484613a2d565b5050506110c5613722565b50565b5f6110d1612daa565b6110da82613c34565b611125347f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000613c7e565b611133600133845f34613cd4565b905061113d613722565b919050565b61114a612daa565b5f61115488613d98565b90505f61116088613e43565b90506111718787845f015484613e5b565b6111985760405163202d040b60e21b8152600481018a905260248101829052604401610d83565b5f6111e36111ac60408b0160208c01615446565b6111b96020890189615668565b6111c960408a0160208b01614e35565b6111d960608b0160408c01614e35565b8a60600135613e72565b90506111f585858b60a0013584613e5b565b6112465761120960408a0160208b01615446565b6112166020880188615668565b60405163012fee2360e61b81526001600160401b03909216600483015263ffffffff166024820152604401610d83565b5f8061129461125b60408d0160208e01615446565b61126860208b018b615668565b6bffffffffffffffff00000000602083901b1663ffffffff82161760081c600160ff83161b9250929050565b5f828152600860205260409020549193509150808216156112fc576112bf60408d0160208e01615446565b6112cc60208b018b615668565b604051632297018b60e11b81526001600160401b03909216600483015263ffffffff166024820152604401610d83565b5f838152600860205260409081902082841790556113209060608b01908b01614e35565b6001600160a01b031661133960408b0160208c01614e35565b6001600160a01b03168d60200160208101906113559190615446565b6001600160401b03167fc6ab5df4558222b5394ba45557882776675ab5e049932e801f9092168461cfcc61138c60208e018e615668565b6040805163ffffffff909216825260608f013560208301520160405180910390a45f6113be60608b0160408c01614e35565b6001600160a01b0316036113ee576113e96113df60408b0160208c01614e35565b8a60600135613e92565b611425565b61142561140160408b0160208c01614e35565b60608b018035906114159060408e01614e35565b6001600160a01b03169190613ecd565b505050505050611433613722565b50505050505050565b5f5f54821061144c57505f919050565b5f8281526004602052604090206003015461149a906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416615681565b42101592915050565b5f5f5f5484106114b757505f905080611541565b5f8481526004602052604081208054909190600b9082906114da90899089613f2c565b815260208101919091526040015f20600383015481549192506001600160401b03600160c01b9091048116600160a01b9092041611611520575f5f935093505050611541565b546001600160a01b0381169350600160a01b90046001600160401b03169150505b9250929050565b5f80546001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168282156115be575f60048161158b600187615475565b815260208101919091526040015f20600301546001600160401b03600160c01b820481169450600160801b909104169150505b6115f16001600160401b037f00000000000000000000000000000000000000000000000000000000000000001683615681565b421115611602576001935050505090565b6005548110801561164e57507f000000000000000000000000000000000000000000000000000000000000000061163882613f69565b6116429190615694565b6001600160401b031642115b935050505090565b61165e612daa565b335f9081526003602052604081205490819003611690576040516332559a3360e11b8152336004820152602401610d83565b335f8181526003602052604080822091909155517fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a906116d39084815260200190565b60405180910390a26116e53382613e92565b506116ee613722565b565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290529054821061176b576040516321c9773560e11b815260048101839052602401610d83565b505f908152600460208181526040928390208351610160810185528154815260018201549281019290925260028101549382019390935260038301546001600160401b038082166060840152600160401b820481166080840152600160801b8204811660a0840152600160c01b909104811660c0830152918301546001600160a01b03811660e0830152600160a01b8104909216610100820152600160e01b90910460ff16151561012082015260059091015461014082015290565b61182f612daa565b5f61183b338888613f94565b604051637f1df1e160e11b81529091506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063fe3be3c29061189290849089908990899089906004016156b3565b6020604051808303815f875af11580156118ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118d291906156fa565b6118f9576040516307e63e0360e31b81526004810188905260248101879052604401610d83565b50611902613722565b505050505050565b611912612daa565b5f61191e338686613f94565b5f818152600c60205260408120805492935091900361195a576040516307e63e0360e31b81526004810187905260248101869052604401610d83565b600481810154600283015460018401546040516279839b60e91b81525f94859485947f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169463f3073600946119c794600160b01b90940460ff16938e918e9101615713565b606060405180830381865afa1580156119e2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a069190615745565b60048701549295509093509150600160801b900461ffff16811015611a79576002840183905560018401829055600484018054829190601090611a55908490600160801b900461ffff16615770565b92506101000a81548161ffff021916908361ffff1602179055505050505050611c61565b604080516101608101825285548152600180870154602080840191909152600280890154848601526003808a015460608601526004808b01546001600160401b038082166080890152600160401b82041660a0880190815261ffff600160801b8304811660c08a0152600160901b83041660e089015260ff600160a01b830481166101008a0152600160a81b830481166101208a0152600160b01b90920490911615156101408801525f8d8152600c9095529684208481559485018490559184018390558301919091550180546001600160b81b0319169055805191519091611b64918c9190613fbe565b5f81610100015160ff166007811115611b7f57611b7f6155f7565b90505f816007811115611b9457611b946155f7565b148015611ba357508161014001515b8015611bb3575081606001518514155b15611bbc575060065b5f816007811115611bcf57611bcf6155f7565b03611bed5760405163bb6a9cb560e01b815260040160405180910390fd5b611c598b83608001518c6040518060600160405280866007811115611c1457611c146155f7565b81526020018760e0015161ffff16815260200187610120015160ff16600d811115611c4157611c416155f7565b600d811115611c5257611c526155f7565b9052613a2d565b505050505050505b611c69613722565b50505050565b611c77612daa565b5f611c8a8235610f406040850185615404565b90505f611c9d610f656040850185615404565b9050611cb08335838360e087013561383e565b5f611cbd33853584613f94565b90505f806001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016634ddfd1e1611cfd6020890189615404565b611d0a60408b018b615404565b611d1760808d018d615404565b611d2460a08f018f615404565b8f8060c00190611d349190615404565b6040518b63ffffffff1660e01b8152600401611d599a999897969594939291906154f5565b61010060405180830381865afa158015611d75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d99919061578a565b90925090505f611dac6040880188615404565b611dbb9160289160209161560b565b611dc491615632565b60c01c905081602001515f03611e55575f83516007811115611de857611de86155f7565b03611e065760405163bb6a9cb560e01b815260040160405180910390fd5b5f848152600c602052604081208181556001810182905560028101829055600381019190915560040180546001600160b81b0319169055611e4a8735828786613a2d565b505050505050612070565b604051806101600160405280875f01548152602001836040015181526020018360600151815260200183608001518152602001826001600160401b031681526020018760030160189054906101000a90046001600160401b03166001600160401b03168152602001836020015161ffff168152602001846020015161ffff168152602001845f01516007811115611eee57611eee6155f7565b60ff1681526020018460400151600d811115611f0c57611f0c6155f7565b60ff9081168252845115156020928301525f878152600c835260409081902084518155848401516001820155848201516002820155606080860151600383015560808601516004909201805460a088015160c089015160e08a01516101008b01516101208c0151610140909c01516001600160401b039889166fffffffffffffffffffffffffffffffff1990961695909517600160401b948916949094029390931763ffffffff60801b1916600160801b61ffff9384160261ffff60901b191617600160901b92909116919091021761ffff60a01b1916600160a01b9188169190910260ff60a81b191617600160a81b98909616979097029490941760ff60b01b1916600160b01b9615159690960295909517909255828601518151928616835292820189905281019190915288359133917f8d23ea339a16d50541d5018b1522d0d550a86666ac1ceeddabfea8a88ddcb879910160405180910390a35050505050505b6110c5613722565b612080612daa565b5f818152600a60205260408120546001600160401b03169003612070575f818152600a60205260409020805467ffffffffffffffff1916426001600160401b03161790556110c5613722565b6120d4612daa565b5f6120f482356120e76020850185615404565b610f4d6040870187615488565b90505f612107610f656020850185615404565b905061211a8335838360a087013561383e565b60058201545f03612141576040516304f51fc760e51b815283356004820152602401610d83565b5f80806001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663f1b5b9a161217f33893588613f94565b6040805160a0810182528954815260058a015460208083019190915260048b01546001600160401b03600160a01b90910481169383019390935260038b01548084166060840152600160c01b90049092166080820152906121e2908b018b615404565b6121ef60608d018d615488565b6121fc60808f018f615404565b6040518963ffffffff1660e01b815260040161221f989796959493929190615851565b6060604051808303815f875af115801561223b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061225f91906158ee565b925092509250815f146122c557604080516001600160401b03851681526020810186905290810183905286359033907fbc340c3d34e6dd019664e33080b8068b135ae0371465cbe12e46e82d51dd9bed9060600160405180910390a35050505050612070565b806122e35760405163bb6a9cb560e01b815260040160405180910390fd5b6122f7863584866122f26140a1565b613a2d565b50505050506110c5613722565b5f6001600160a01b03841661233757604051630bc2c5df60e11b81526001600160a01b0385166004820152602401610d83565b815f0361235757604051631f2a200560e01b815260040160405180910390fd5b612365600333868686613cd4565b90505b9392505050565b5f60055482106123955760405163446ca86160e01b815260048101839052602401610d83565b505f9081526006602052604090205490565b5f5f5f5f5f5f549050805f036123d05760405163d63ba36560e01b815260040160405180910390fd5b5f6004816123df600185615475565b81526020019081526020015f2090506001826123fb9190615475565b6004820154600383015460029093015491986001600160401b03600160a01b90920482169850921695509350915050565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810191909152600c5f612492868686613f94565b815260208082019290925260409081015f208151610160810183528154815260018201549381019390935260028101549183019190915260038101546060830152600401546001600160401b038082166080840152600160401b82041660a083015261ffff600160801b8204811660c0840152600160901b82041660e083015260ff600160a01b82048116610100840152600160a81b82048116610120840152600160b01b90910416151561014082015290509392505050565b5f612555612daa565b604080516080810182525f808252602082018190529181018290526060810191909152612580612e17565b9092509050845f8190036125a75760405163c2e5347d60e01b815260040160405180910390fd5b8381146125d157604051630949bc6d60e31b81526004810182905260248101859052604401610d83565b5f6125da6140e1565b90505f6125fa89898989886201f00088516125f5919061592a565b6141ca565b90505f6126108361260b8a8a61435b565b614393565b90506126458683878d8d61262560018b615475565b818110612634576126346153d1565b90506101000201608001358561346f565b857fc198292b87e6510b410b9c47fa752c89fbf6bcf1c6cff8a60a64aa1704ff8b7e848a8a60405161267993929190615941565b60405180910390a2505050505061268e613722565b949350505050565b5f60055482106126bc5760405163446ca86160e01b815260048101839052602401610d83565b610e7782613f69565b6126cd612daa565b612070816143be565b6126de612daa565b5f548310612702576040516321c9773560e11b815260048101849052602401610d83565b5f8381526004602052604081206003810154909190612754906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416615681565b9050804210612780576040516348c3f48160e11b81526004810186905260248101829052604401610d83565b61278c8583868661383e565b5050612796613722565b505050565b6127a3612daa565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166383d956f96127de338888613f94565b85856040518463ffffffff1660e01b81526004016127fe939291906159c9565b6080604051808303815f875af115801561281a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061283e91906159e2565b80519091505f0361286c576040516307e63e0360e31b81526004810186905260248101859052604401610d83565b61287e85825f01518360200151613fbe565b80606001516128a05760405163bb6a9cb560e01b815260040160405180910390fd5b6128b2858260400151866122f26140a1565b50611c69613722565b5f805480156128fa5760045f6128d2600184615475565b815260208101919091526040015f2060030154600160801b90046001600160401b03166128fc565b5f5b91505090565b61290a612daa565b61291381613d98565b505f5f61291f83614506565b91509150816001600160a01b0316837f6c3d03ead7c2811da29344b0cde807a4ea58d6d60ffe580502e01de3062a35848360405161295f91815260200190565b60405180910390a36129718282613e92565b50506110c5613722565b60408051608080820183525f80835260208084018290526060848601819052808501526001600160a01b0386168252600981529084902084519283018552805460ff8082161515855261010090910416918301919091526001810180549394929391928401916129ea90615a5b565b80601f0160208091040260200160405190810160405280929190818152602001828054612a1690615a5b565b8015612a615780601f10612a3857610100808354040283529160200191612a61565b820191905f5260205f20905b815481529060010190602001808311612a4457829003601f168201915b50505050508152602001600282018054612a7a90615a5b565b80601f0160208091040260200160405190810160405280929190818152602001828054612aa690615a5b565b8015612af15780601f10612ac857610100808354040283529160200191612af1565b820191905f5260205f20905b815481529060010190602001808311612ad457829003601f168201915b5050505050815250509050919050565b5f612b0a612daa565b6001600160a01b038416612b3c5760405163961c9a4f60e01b81526001600160a01b0385166004820152602401610d83565b612b4583613c34565b6040516370a0823160e01b815230600482015284905f906001600160a01b038316906370a0823190602401602060405180830381865afa158015612b8b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612baf9190615a8d565b9050612bc66001600160a01b038316333087614588565b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa158015612c0a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612c2e9190615a8d565b905081811015612c6a576040516317805de360e21b81526001600160a01b03881660048201526024810183905260448101829052606401610d83565b5f612c758383615475565b9050612cc2817f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000613c7e565b6001600160a01b0388165f9081526009602052604090205460ff16612cea57612cea886145c1565b612cf8600233898b85613cd4565b945050505050612368613722565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637fafaf7a612d42878787613f94565b6040518263ffffffff1660e01b8152600401612d6091815260200190565b6040805180830381865afa158015612d7a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d9e9190615aa4565b91509150935093915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15612dea57604051633ee5aeb560e01b815260040160405180910390fd5b6116ee60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061468e565b604080516080810182525f8082526020820181905291810182905260608101829052336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801590612e775750612e75611548565b155b15612e9757604051630596787760e01b8152336004820152602401610d83565b7f00000000000000000000000000000000000000000000000000000000000000003414612eff5760405163062f01ed60e11b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610d83565b60025415612f4157612f1160206143be565b60025415612f41576001546002546040516309249c3f60e01b815260048101929092526024820152604401610d83565b5f547ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af825291508115612fcb575f600481612f7d600186615475565b815260208082019290925260409081015f2060018101548552600301546001600160401b0380821693860193909352600160401b8104831691850191909152600160801b9004166060830152505b9091565b805182351461301b57612fe86040830160208401615446565b815160405163b89d80bd60e01b81526001600160401b039092166004830152602482015282356044820152606401610d83565b602081015161302b906001615694565b6001600160401b03166130446040840160208501615446565b6001600160401b03161461309e576020810151613062906001615694565b6130726040840160208501615446565b604051631816694360e31b81526001600160401b03928316600482015291166024820152604401610d83565b80604001516001600160401b03168260400160208101906130bf9190615446565b6001600160401b03161015613129576130de6040830160208401615446565b6130ee6060840160408501615446565b60408084015190516354d3121d60e01b81526001600160401b0393841660048201529183166024830152919091166044820152606401610d83565b4261313a6060840160408501615446565b6001600160401b0316111561319b576131596040830160208401615446565b6131696060840160408501615446565b604051631960437360e01b81526001600160401b03928316600482015291166024820152426044820152606401610d83565b5050565b5f604051828482379190912092915050565b60608201516001600160401b03166131cf60e0850160c08601615446565b6001600160401b03161015613239576131ee6040840160208501615446565b6131fe60e0850160c08601615446565b6060840151604051631f1293cb60e31b81526001600160401b0393841660048201529183166024830152919091166044820152606401610d83565b8061324a60e0850160c08601615446565b6001600160401b031611156132ac576132696040840160208501615446565b61327960e0850160c08601615446565b6040516351469ca160e11b81526001600160401b0392831660048201529116602482015260448101829052606401610d83565b60608201515f906132c360e0860160c08701615446565b6132cd9190615ac6565b6001600160401b03169050601081111561331d576132f16040850160208601615446565b604051637c77a79960e01b81526001600160401b03909116600482015260248101829052604401610d83565b60108110801561334457508161333960e0860160c08701615446565b6001600160401b0316105b80156133ac57506001600160401b037f00000000000000000000000000000000000000000000000000000000000000001661339661338860e0870160c08801615446565b6001600160401b0316613f69565b6001600160401b03166133a99190615681565b42115b15611c69576133c16040850160208601615446565b6133d160e0860160c08701615446565b60405163bb332c4560e01b81526001600160401b03928316600482015291166024820152604401610d83565b5f61340783613e43565b808352905061341c6040840160208501615446565b6001600160401b0316602083015261343a6060840160408501615446565b6001600160401b0316604083015261345860e0840160c08501615446565b6001600160401b0316606090920191909152919050565b5f845184602001516134819190615ac6565b61348c906001615694565b90505f61349886614695565b9050604051806101600160405280828152602001865f0151815260200185815260200186602001516001600160401b0316815260200186604001516001600160401b0316815260200186606001516001600160401b03168152602001426001600160401b03168152602001336001600160a01b03168152602001836001600160401b031681526020016001151581526020018481525060045f8981526020019081526020015f205f820151815f015560208201518160010155604082015181600201556060820151816003015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060808201518160030160086101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160030160106101000a8154816001600160401b0302191690836001600160401b0316021790555060c08201518160030160186101000a8154816001600160401b0302191690836001600160401b0316021790555060e0820151816004015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506101008201518160040160146101000a8154816001600160401b0302191690836001600160401b0316021790555061012082015181600401601c6101000a81548160ff02191690831515021790555061014082015181600501559050508660016136a49190615681565b5f556020858101518651606080890151604080516001600160401b03808a16825295861696810196909652850186905290840191909152608083018790521660a0820152339088907f954a6e48693707209bf3bb9979315bcaeb60600aa9ab918753dc2cd65bd776549060c00160405180910390a350505050505050565b6116ee5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612e11565b5f5f548610613771576040516321c9773560e11b815260048101879052602401610d83565b505f85815260046020526040812060038101549091906137c4906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416615681565b90508042106137f0576040516348c3f48160e11b81526004810188905260248101829052604401610d83565b5f6137fb878761319f565b905061380c8585855f015484613e5b565b6138335760405163202d040b60e21b81526004810189905260248101829052604401610d83565b505095945050505050565b6040805133602082015290810185905260608101839052608081018290525f9060a00160408051601f1981840301815291815281516020928301205f818152600a909352908220549092506001600160401b0316908190036138b657604051630fcffcff60e21b815260048101839052602401610d83565b60038501546001600160401b03600160c01b9091048116908216811061390257604051630754e3f560e21b81526001600160401b03808416600483015282166024820152604401610d83565b42826001600160401b03161061393c57604051635d2ed3b960e11b81526001600160401b0383166004820152426024820152604401610d83565b5f600b5f61394e8a8a5f01548a613f2c565b815260208101919091526040015f2080549091506001600160a01b0316158061398b575080546001600160401b03808416600160a01b9092041611155b806139aa575080546001600160401b03600160a01b9091048116908416105b15613a235780546001600160401b038416600160a01b810267ffffffffffffffff60a01b19339081166001600160e01b0319909416939093171783556040805189815260208101929092528a917fd3d0ddd97117f7546d4e8e3a62231ad54cf5fbd3a1b8410a70f5d2440e1612d6910160405180910390a35b5050505050505050565b5f84815260046020526040812054613a4790869085613f2c565b5f818152600b60205260409020549091506001600160a01b031680613a695750335b5f828152600b6020526040812080546001600160e01b0319169055613a8d87614506565b91505f90506064613a9f60328461592a565b613aa99190615af9565b6001600160a01b0384165f90815260036020526040812080549293508392909190613ad5908490615681565b90915550505f80548982556002549091908210613af25781613af6565b6002545b9050613b038a6001615681565b811115613b1e57613b158a6001615681565b60015560028190555b846001600160a01b03168a7fc7c952fa785f571ac1e669341f36fbab74cf3249647abaaafcb18be6ddeb8f3e8b8a5f01516007811115613b6057613b606155f7565b8b602001518c60400151600d811115613b7b57613b7b6155f7565b89613b86818d615475565b604080516001600160401b03909716875260ff958616602088015286019390935292166060840152608083019190915260a082015260c00160405180910390a37ffddbc0123e8329393180b2d7d65a454f36a951b44f6629dcb46e34e8c18b315a8a613bf3600185615475565b6040805192835260208301919091520160405180910390a1613c1560206143be565b613c285f613c238587615475565b613e92565b50505050505050505050565b6001600160a01b0381161580613c5557506001600160a01b038116620b81d6145b156110c557604051630bc2c5df60e11b81526001600160a01b0382166004820152602401610d83565b81831015613ca95760405163253bf97d60e11b81526004810184905260248101839052604401610d83565b8083111561279657604051630f7b656760e41b81526004810184905260248101829052604401610d83565b600554613ce486868686866147dd565b5f828152600660205260409081902091909155613d0590600383169061592a565b600282901c5f9081526007602052604090208054426001600160401b031690921b9091179055613d36816001615681565b6005556040805160ff881681526001600160a01b0385811660208301529181018490528186169187169083907f2f4c1c86fee211f5a2c370158f8b00904dfc37c6977033fe06eecf2164776e999060600160405180910390a495945050505050565b5f5f548210613dbd576040516321c9773560e11b815260048101839052602401610d83565b505f8181526004602052604081206003810154909190613e10906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416615681565b905080421015613e3d5760405163076f615b60e41b81526004810184905260248101829052604401610d83565b50919050565b5f613e4d826147eb565b805190602001209050919050565b5f82613e688686856148b6565b1495945050505050565b5f613e8086868686866148f7565b80519060200120905095945050505050565b5f5f5f5f5f85875af190508061279657604051636f54afdd60e11b81526001600160a01b038416600482015260248101839052604401610d83565b6040516001600160a01b0383811660248301526044820183905261279691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050614969565b6040805160208101859052908101839052606081018290525f906080015b6040516020818303038152906040528051906020012090509392505050565b5f613f7860038316604061592a565b60029290921c5f9081526007602052604090205490911c919050565b604080516001600160a01b0385166020820152908101839052606081018290525f90608001613f4a565b5f548310613fe2576040516321c9773560e11b815260048101849052602401610d83565b5f838152600460205260409020805483141580614016575060038101546001600160401b03838116600160c01b9092041614155b15614037576040516368cffd9560e01b815260048101859052602401610d83565b5f61406e6001600160401b037f00000000000000000000000000000000000000000000000000000000000000008116908516615681565b905080421061409a576040516348c3f48160e11b81526004810186905260248101829052604401610d83565b5050505050565b6140c1604080516060810182525f80825260208201819052909182015290565b60408051606081018252600781525f602082018190529091820152919050565b60605f5b600681111580156140f65750804915155b1561410b5761410481615b0c565b90506140e5565b805f0361412b5760405163fdac229f60e01b815260040160405180910390fd5b60068111156141505760405163204c270160e21b815260066004820152602401610d83565b806001600160401b03811115614168576141686153bd565b604051908082528060200260200182016040528015614191578160200160208202803683370190505b5091505f5b818110156141c55780498382815181106141b2576141b26153d1565b6020908102919091010152600101614196565b505090565b600554606090866001600160401b038111156141e8576141e86153bd565b604051908082528060200260200182016040528015614211578160200160208202803683370190505b5091505f805b8881101561434e57368a8a83818110614232576142326153d1565b9050610100020190506142458188612fcf565b5f898984818110614258576142586153d1565b905060200201602081019061426d9190615668565b63ffffffff1690506140008111156142bb5761428f6040830160208401615446565b60405163019420e960e51b81526001600160401b03909116600482015260248101829052604401610d83565b6142c58185615681565b935086841115614312576142df6040830160208401615446565b604051630ee20b1d60e11b81526001600160401b0390911660048201526024810185905260448101889052606401610d83565b61431d8289876131b1565b61432782896133fd565b868481518110614339576143396153d1565b60209081029190910101525050600101614217565b5050509695505050505050565b5f816040515f5b82811015614383576020810286013560e01b60048202830152600101614362565b5060049190910290209392505050565b5f82516040516020820260208601825e83602083028201526020600183010281209250505092915050565b6001546002545f8190036143d157505050565b5f5b83811080156143e157508183105b156144e9575f83815260046020819052604090912090810154600160e01b900460ff16156144cc5760048101805460ff60e01b1981169091556001600160a01b03165f90815260036020526040812080547f00000000000000000000000000000000000000000000000000000000000000009290614460908490615681565b909155505060048101546040517f000000000000000000000000000000000000000000000000000000000000000081526001600160a01b039091169085907f237ac240588fc2f18748d2b311309d8199900409a14802ac197d8e56d66911729060200160405180910390a35b6144d584615b0c565b935050806144e290615b0c565b90506143d3565b508082036144ff575f6001819055600255505050565b5060015550565b5f818152600460208190526040822090810154829190600160e01b900460ff1661454657604051636e6f3de160e01b815260048101859052602401610d83565b600401805460ff60e01b1981169091556001600160a01b0316937f00000000000000000000000000000000000000000000000000000000000000009350915050565b6040516001600160a01b038481166024830152838116604483015260648201839052611c699186918216906323b872dd90608401613efa565b5f6145d3826306fdde0360e01b6149d5565b90505f6145e7836395d89b4160e01b6149d5565b90505f6145f384614b96565b6001600160a01b0385165f9081526009602052604090208054600161ffff1990911661010060ff85160217811782559192509081016146328582615b72565b50600281016146418482615b72565b50846001600160a01b03167f063765b272ccfe8c5b747b73e618a2d710b3796d89b51946c128404ca6c85cc885858560405161467f93929190615c2c565b60405180910390a25050505050565b80825d5050565b80515f908082036146a857505f92915050565b60018111156147bb575f6146bd600283615af9565b90505f5b8181101561474b57614726856146d883600261592a565b815181106146e8576146e86153d1565b6020026020010151868360026146fe919061592a565b614709906001615681565b81518110614719576147196153d1565b6020026020010151614bef565b858281518110614738576147386153d1565b60209081029190910101526001016146c1565b50614757600283615c64565b6001036147b1578361476a600184615475565b8151811061477a5761477a6153d1565b6020026020010151848281518110614794576147946153d1565b60209081029190910101526147aa816001615681565b91506147b5565b8091505b506146a8565b825f815181106147cd576147cd6153d1565b6020026020010151915050919050565b5f613e808686868686614c18565b606081356147ff6040840160208501615446565b61480f6060850160408601615446565b6060850135608086013560a087013561482e60e0890160c08a01615446565b61483f6101008a0160e08b01614e35565b60408051602081019990995260c097881b6001600160c01b0319908116918a019190915295871b8616604889015260508801949094526070870192909252609086015290921b1660b083015260601b6001600160601b03191660b882015260cc016040516020818303038152906040529050919050565b5f81815b848110156148ee576148e4828787848181106148d8576148d86153d1565b90506020020135614bef565b91506001016148ba565b50949350505050565b6040805160c087901b6001600160c01b031916602082015260e086901b6001600160e01b0319166028820152606085811b6001600160601b0319908116602c84015285821b1692820192909252605481018390526074015b604051602081830303815290604052905095945050505050565b5f5f60205f8451602086015f885af180614988576040513d5f823e3d81fd5b50505f513d9150811561499f5780600114156149ac565b6001600160a01b0384163b155b15611c6957604051635274afe760e01b81526001600160a01b0385166004820152602401610d83565b60605f5f5f6149e48686614c68565b92509250925082614a085760405180602001604052805f8152509350505050610e77565b5f5f83602003614a5c575b602081108015614a425750828181518110614a3057614a306153d1565b01602001516001600160f81b03191615155b15614a5757614a5081615b0c565b9050614a13565b614ae3565b60408410614ac8576020838101516040850151909182141580614a885750614a85604087615475565b81115b15614aaa5760405180602001604052805f815250975050505050505050610e77565b6040935060408110614abd576040614abf565b805b92505050614ae3565b60405180602001604052805f81525095505050505050610e77565b5f816001600160401b03811115614afc57614afc6153bd565b6040519080825280601f01601f191660200182016040528015614b26576020820181803683370190505b5090505f5b82811015614b895784614b3e8286615681565b81518110614b4e57614b4e6153d1565b602001015160f81c60f81b828281518110614b6b57614b6b6153d1565b60200101906001600160f81b03191690815f1a905350600101614b2b565b5098975050505050505050565b5f808080614bab8563313ce56760e01b614c68565b925092509250821580614bbe5750602082105b15614bce57506012949350505050565b602081015160ff811115614be3576012614be5565b805b9695505050505050565b5f818310614c09575f828152602084905260409020612368565b505f9182526020526040902090565b60405160f886901b6001600160f81b0319166020820152606085811b6001600160601b0319908116602184015285821b8116603584015284821b166049830152605d820183905290607d0161494f565b5f806060614c79603f61c350615af9565b614c859061c350615681565b614c9190611388615681565b5a1015614cb1576040516306a1f12b60e51b815260040160405180910390fd5b60408051608080825260a0820190925290602082018180368337019050509050835f5260806020820160045f8861c350fa92503d91509250925092565b5f5f83601f840112614cfe575f5ffd5b5081356001600160401b03811115614d14575f5ffd5b6020830191508360208260051b8501011115611541575f5ffd5b5f5f60208385031215614d3f575f5ffd5b82356001600160401b03811115614d54575f5ffd5b614d6085828601614cee565b90969095509350505050565b6001600160401b03811681146110c5575f5ffd5b803563ffffffff8116811461113d575f5ffd5b5f5f60408385031215614da4575f5ffd5b8235614daf81614d6c565b9150614dbd60208401614d80565b90509250929050565b5f6101008284031215613e3d575f5ffd5b5f60208284031215614de7575f5ffd5b81356001600160401b03811115614dfc575f5ffd5b61268e84828501614dc6565b5f60208284031215614e18575f5ffd5b5035919050565b80356001600160a01b038116811461113d575f5ffd5b5f60208284031215614e45575f5ffd5b61236882614e1f565b5f5f5f5f5f5f5f8789036101e0811215614e66575f5ffd5b88359750614e778a60208b01614dc6565b96506101208901356001600160401b03811115614e92575f5ffd5b614e9e8b828c01614cee565b909750955050608061013f1982011215614eb6575f5ffd5b50610140880192506101c08801356001600160401b03811115614ed7575f5ffd5b614ee38a828b01614cee565b989b979a50959850939692959293505050565b5f5f60408385031215614f07575f5ffd5b50508035926020909101359150565b5f610160820190508251825260208301516020830152604083015160408301526060830151614f5060608401826001600160401b03169052565b506080830151614f6b60808401826001600160401b03169052565b5060a0830151614f8660a08401826001600160401b03169052565b5060c0830151614fa160c08401826001600160401b03169052565b5060e0830151614fbc60e08401826001600160a01b03169052565b50610100830151614fd96101008401826001600160401b03169052565b50610120830151614fef61012084018215159052565b5061014092830151919092015290565b5f5f83601f84011261500f575f5ffd5b5081356001600160401b03811115615025575f5ffd5b602083019150836020828501011115611541575f5ffd5b5f5f5f5f5f5f60808789031215615051575f5ffd5b863595506020870135945060408701356001600160401b03811115615074575f5ffd5b61508089828a01614fff565b90955093505060608701356001600160401b0381111561509e575f5ffd5b6150aa89828a01614fff565b979a9699509497509295939492505050565b5f5f5f5f606085870312156150cf575f5ffd5b843593506020850135925060408501356001600160401b038111156150f2575f5ffd5b6150fe87828801614fff565b95989497509550505050565b5f6020828403121561511a575f5ffd5b81356001600160401b0381111561512f575f5ffd5b820160c08185031215612368575f5ffd5b5f5f5f60608486031215615152575f5ffd5b61515b84614e1f565b925061516960208501614e1f565b929592945050506040919091013590565b5f5f5f6060848603121561518c575f5ffd5b61519584614e1f565b95602085013595506040909401359392505050565b5f610160820190508251825260208301516020830152604083015160408301526060830151606083015260808301516151ee60808401826001600160401b03169052565b5060a083015161520960a08401826001600160401b03169052565b5060c083015161521f60c084018261ffff169052565b5060e083015161523560e084018261ffff169052565b5061010083015161524c61010084018260ff169052565b5061012083015161526361012084018260ff169052565b5061014083015161527961014084018215159052565b5092915050565b5f5f5f5f60408587031215615293575f5ffd5b84356001600160401b038111156152a8575f5ffd5b8501601f810187136152b8575f5ffd5b80356001600160401b038111156152cd575f5ffd5b8760208260081b84010111156152e1575f5ffd5b6020918201955093508501356001600160401b03811115615300575f5ffd5b6150fe87828801614cee565b5f5f5f6060848603121561531e575f5ffd5b505081359360208301359350604090920135919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815281511515602082015260ff60208301511660408201525f60408301516080606084015261539760a0840182615335565b90506060840151601f198483030160808501526153b48282615335565b95945050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f823561011e198336030181126153fa575f5ffd5b9190910192915050565b5f5f8335601e19843603018112615419575f5ffd5b8301803591506001600160401b03821115615432575f5ffd5b602001915036819003821315611541575f5ffd5b5f60208284031215615456575f5ffd5b813561236881614d6c565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610e7757610e77615461565b5f5f8335601e1984360301811261549d575f5ffd5b8301803591506001600160401b038211156154b6575f5ffd5b6020019150600581901b3603821315611541575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60a081525f61550860a083018c8e6154cd565b828103602084015261551b818b8d6154cd565b9050828103604084015261553081898b6154cd565b905082810360608401526155458187896154cd565b9050828103608084015261555a8185876154cd565b9d9c50505050505050505050505050565b5f6060828403121561557b575f5ffd5b604051606081016001600160401b038111828210171561559d5761559d6153bd565b80604052508091508251600881106155b3575f5ffd5b8152602083810151908201526040830151600e81106155d0575f5ffd5b6040919091015292915050565b5f606082840312156155ed575f5ffd5b612368838361556b565b634e487b7160e01b5f52602160045260245ffd5b5f5f85851115615619575f5ffd5b83861115615625575f5ffd5b5050820193919092039150565b80356001600160c01b03198116906008841015615279576001600160c01b031960089490940360031b84901b1690921692915050565b5f60208284031215615678575f5ffd5b61236882614d80565b80820180821115610e7757610e77615461565b6001600160401b038181168382160190811115610e7757610e77615461565b858152606060208201525f6156cc6060830186886154cd565b82810360408401526156df8185876154cd565b98975050505050505050565b8051801515811461113d575f5ffd5b5f6020828403121561570a575f5ffd5b612368826156eb565b8515158152846020820152836040820152608060608201525f61573a6080830184866154cd565b979650505050505050565b5f5f5f60608486031215615757575f5ffd5b5050815160208301516040909301519094929350919050565b61ffff8281168282160390811115610e7757610e77615461565b5f5f82840361010081121561579d575f5ffd5b6157a7858561556b565b925060a0605f19820112156157ba575f5ffd5b5060405160a081016001600160401b03811182821017156157dd576157dd6153bd565b6040526157ec606085016156eb565b8152608084810151602083015260a0850151604083015260c0850151606083015260e090940151938101939093525092909150565b8183525f6001600160fb1b03831115615838575f5ffd5b8260051b80836020870137939093016020019392505050565b88815287516020820152602088015160408201526001600160401b0360408901511660608201526001600160401b0360608901511660808201526001600160401b0360808901511660a082015261012060c08201525f6158b66101208301888a6154cd565b82810360e08401526158c9818789615821565b90508281036101008401526158df8185876154cd565b9b9a5050505050505050505050565b5f5f5f60608486031215615900575f5ffd5b835161590b81614d6c565b60208501519093509150615921604085016156eb565b90509250925092565b8082028115828204841417610e7757610e77615461565b604080825284519082018190525f9060208601906060840190835b8181101561597a57835183526020938401939092019160010161595c565b5050838103602080860191909152858252019050845f5b858110156159bd5763ffffffff6159a783614d80565b1683526020928301929190910190600101615991565b50909695505050505050565b838152604060208201525f6153b46040830184866154cd565b5f60808284031280156159f3575f5ffd5b50604051608081016001600160401b0381118282101715615a1657615a166153bd565b604052825181526020830151615a2b81614d6c565b60208201526040830151615a3e81614d6c565b6040820152615a4f606084016156eb565b60608201529392505050565b600181811c90821680615a6f57607f821691505b602082108103613e3d57634e487b7160e01b5f52602260045260245ffd5b5f60208284031215615a9d575f5ffd5b5051919050565b5f5f60408385031215615ab5575f5ffd5b505080516020909101519092909150565b6001600160401b038281168282160390811115610e7757610e77615461565b634e487b7160e01b5f52601260045260245ffd5b5f82615b0757615b07615ae5565b500490565b5f60018201615b1d57615b1d615461565b5060010190565b601f821115612796578282111561279657805f5260205f20601f840160051c6020851015615b4f57505f5b90810190601f840160051c035f5b81811015611902575f83820155600101615b5d565b81516001600160401b03811115615b8b57615b8b6153bd565b615b9f81615b998454615a5b565b84615b24565b6020601f821160018114615bd1575f8315615bba5750848201515b5f19600385901b1c1916600184901b17845561409a565b5f84815260208120601f198516915b82811015615c005787850151825560209485019460019092019101615be0565b5084821015615c1d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b606081525f615c3e6060830186615335565b8281036020840152615c508186615335565b91505060ff83166040830152949350505050565b5f82615c7257615c72615ae5565b50069056fea264697066735822122004a54135fef9d9c7eaeebf41e07d708942bd198f27ec7cf8ca9676ddc645dd9564736f6c6343000822003360e060405234801561000f575f5ffd5b506040516155a83803806155a883398101604081905261002e91610050565b6001600160a01b039092166080526001600160401b031660a05260c0526100a6565b5f5f5f60608486031215610062575f5ffd5b83516001600160a01b0381168114610078575f5ffd5b60208501519093506001600160401b0381168114610094575f5ffd5b80925050604084015190509250925092565b60805160a05160c0516154a76101015f395f818161010e01528181612b9b0152613ada01525f818161028c015261183001525f81816102cb015281816106b801528181610d97015281816112a3015261171301526154a75ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c806394a638a51161006e57806394a638a51461020b5780639a8a059214610287578063e10d29ee146102c6578063f1b5b9a114610305578063f30736001461033f578063fe3be3c21461036d575f5ffd5b80631bad262f146100b55780634ddfd1e1146100e85780636ef25c3a146101095780637fafaf7a1461013e57806383d956f91461018d5780638bf26133146101eb575b5f5ffd5b6100c86100c3366004614be5565b610390565b604080519384529115156020840152908201526060015b60405180910390f35b6100fb6100f6366004614c39565b61047b565b6040516100df929190614d86565b6101307f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016100df565b61017861014c366004614dcd565b5f9081526020819052604090206005015463ffffffff600160a01b8204811692600160c01b9092041690565b604080519283526020830191909152016100df565b6101a061019b366004614de4565b61068a565b6040516100df91905f608082019050825182526001600160401b0360208401511660208301526001600160401b03604084015116604083015260608301511515606083015292915050565b6101fe6101f9366004614c39565b610918565b6040516100df9190614e2b565b61021e610219366004614e8f565b610a80565b6040516100df91905f610100820190506001600160401b0383511682526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e083015292915050565b6102ae7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016100df565b6102ed7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100df565b610318610313366004614f57565b610d89565b604080516001600160401b03909416845260208401929092521515908201526060016100df565b61035261034d366004615019565b6110c7565b604080519384526020840192909252908201526060016100df565b61038061037b366004615081565b611297565b60405190151581526020016100df565b5f808061039e8660206150ef565b87146103c45760405162ef5d3760e11b8152600481018890526024015b60405180910390fd5b600191505f6103d4601f886150ef565b6103df906001615106565b6001600160401b038111156103f6576103f6615119565b6040519080825280601f01601f191660200182016040528015610420576020820181803683370190505b509050602081015f5b8881101561046657602081028b01358060f81c15610445575f95505b600881901b601f83028401525f968752602052604090952094600101610429565b50858782012092505050955095509592505050565b61049b604080516060810182525f80825260208201819052909182015290565b6104ca6040518060a001604052805f151581526020015f81526020015f81526020015f81526020015f81525090565b5f6104db8d8d8d8d8d8d8d8d6114b1565b60a0810151606084015260c08101516080908101519084015290505f806105028b8b6117e4565b90925090505f82600781111561051a5761051a614d34565b1461056657604051806060016040528083600781111561053c5761053c614d34565b81526020015f81526020015f600d81111561055957610559614d34565b815250945050505061067b565b61057187875f6118c5565b835261057f83828b8b611d38565b945061058a85611f7a565b1515845282515160208501528251515f905b801561062d5784515f906105b160018461512d565b815181106105c1576105c1615140565b602002602001015190505f6105d7826001611fb3565b825189519192506106189183906105ee57836105f8565b6105f8855f611fb3565b876040805194855260208501939093529183015260608201526080902090565b935050508061062690615154565b905061059c565b5060408501819052602085015115801561065857505f8651600781111561065657610656614d34565b145b801561066c57508460800151856060015114155b1561067657600686525b505050505b9a509a98505050505050505050565b604080516080810182525f808252602082018190529181018290526060810191909152336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106f857604051638fe3dc5360e01b81523360048201526024016103bb565b5f8481526020818152604080832081516101808101835281548082526001830154948201949094526002820154928101929092526003810154606083015260048101546080830152600501546001600160401b0380821660a08401526801000000000000000082041660c083015263ffffffff600160801b8204811660e0840152600160a01b82048116610100840152600160c01b82041661012083015261ffff600160e01b82048116610140840152600160f01b9091041661016082015291036107c35750610911565b80610120015163ffffffff1681610100015163ffffffff16146108155761010081015161012082015160405163388f09e760e01b815263ffffffff9283166004820152911660248201526044016103bb565b5f5f5f61085187878660e001518761012001516108329190615169565b63ffffffff1687610140015161ffff1688610160015161ffff16610390565b9250925092508360800151831461088b576080840151604051631194627160e01b81526004810191909152602481018490526044016103bb565b5f88815260208181526040808320838155600181018490556002810184905560038101849055600481018490556005019290925581516080810183528651815260c08701516001600160401b039081169282019290925260a08701519091169181019190915260608101831580610906575085602001518314155b151590529450505050505b9392505050565b610938604080516060810182525f80825260208201819052909182015290565b5f6109498c8c8c8c8c8c8c8c6114b1565b90505f5f6109578a8a6117e4565b90925090505f82600781111561096f5761096f614d34565b146109bb57604051806060016040528083600781111561099157610991614d34565b81526020015f81526020015f600d8111156109ae576109ae614d34565b8152509350505050610a72565b6109c7868660016118c5565b83525f6109d684838b8b611d38565b90506109e181611f7a565b610a00576109f58488888760a00151612036565b9350610a7292505050565b5f610a118589898860a001516120b1565b90505f82516007811115610a2757610a27614d34565b148015610a3c57508460c00151608001518114155b15610a6b5760408051606081018252600681525f60208201819052909182019081525095505050505050610a72565b5093505050505b9a9950505050505050505050565b610ac96040518061010001604052805f6001600160401b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f610ad48b8b612135565b90505f610aed6001600160401b03808c16908b1661512d565b610af8906001615106565b9050610b058160046150ef565b8414610b2e57604051639b7400d760e01b815260048101859052602481018290526044016103bb565b5f610b818888808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050604051610b7492508a91508990615185565b6040518091039020612250565b9050888114610bad5760405163446cf8a360e01b8152600481018a9052602481018290526044016103bb565b5f8b8460200151610bbe9190615194565b6001600160401b031690505f805b82811015610c25578888610be18360046150ef565b90610bed8460046150ef565b610bf8906004615106565b92610c05939291906151b3565b610c0e916151da565b610c1b9060e01c83615106565b9150600101610bcc565b506020808601516001600160401b031687526060860151908701528787610c4d8460046150ef565b90610c598560046150ef565b610c64906004615106565b92610c71939291906151b3565b610c7a916151da565b60e090811c9087018190525f03610c95575050505050610d7c565b610ca0601f82615224565b608087015260e0860151601f90600190610cba9084615106565b610cc4919061512d565b610cce9190615224565b610cd9906001615106565b60a0870152610ce9601f82615237565b60c087015260808601515f90610d029061100090615224565b90508a8a82818110610d1657610d16615140565b905060200201358760400181815250508061100060018960a00151610d3b919061512d565b610d459190615224565b14610d75578a8a610d57836001615106565b818110610d6657610d66615140565b60200291909101356060890152505b5050505050505b9998505050505050505050565b5f8080336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610dd757604051638fe3dc5360e01b81523360048201526024016103bb565b5f610e118a8a8d6040016020810190610df0919061524a565b8e6060016020810190610e03919061524a565b8f602001358d8d8d8d610a80565b9050805f015193508060e001515f03610e88575f8c81526020818152604082208281556001810183905560028101839055600381018390556004810183905560050182905591909101519092507fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470141590506110b9565b6040518061018001604052808c5f013581526020018260200151815260200182604001518152602001826060015181526020015f5f1b8152602001825f01516001600160401b031681526020018c6080016020810190610ee8919061524a565b6001600160401b03168152602001826080015163ffffffff168152602001826080015163ffffffff1681526020018260a0015163ffffffff1681526020018260c0015161ffff1681526020018260e0015161ffff168152505f5f8e81526020019081526020015f205f820151815f01556020820151816001015560408201518160020155606082015181600301556080820151816004015560a0820151816005015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060c08201518160050160086101000a8154816001600160401b0302191690836001600160401b0316021790555060e08201518160050160106101000a81548163ffffffff021916908363ffffffff1602179055506101008201518160050160146101000a81548163ffffffff021916908363ffffffff1602179055506101208201518160050160186101000a81548163ffffffff021916908363ffffffff16021790555061014082015181600501601c6101000a81548161ffff021916908361ffff16021790555061016082015181600501601e6101000a81548161ffff021916908361ffff1602179055509050508381608001518260a001516110b0919061512d565b5f935093509350505b985098509895505050505050565b5f808060028410156110ed576040516228295b60e91b81525f60048201526024016103bb565b8484600181811061110057611100615140565b919091013560f81c9050600886865f8161111c5761111c615140565b9050013560f81c60f81b60f81c60ff16901b179050805f03611152576040516228295b60e91b81525f60048201526024016103bb565b5f816001600160401b0381111561116b5761116b615119565b604051908082528060200260200182016040528015611194578160200160208202803683370190505b50905060025f5b838110156111d757818382815181106111b6576111b6615140565b6020026020010181815250506111cd88888461227b565b915060010161119b565b506111e3816020615106565b8614611204576040516228295b60e91b8152600481018290526024016103bb565b868187611212826020615106565b9261121f939291906151b3565b61122891615263565b9350611237878784878c612380565b8894505f5b8381101561128057611276888885848151811061125b5761125b615140565b60200260200101518e61126e578d611270565b895b8f612499565b955060010161123c565b508961128a578894505b5050955095509592505050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146112e357604051638fe3dc5360e01b81523360048201526024016103bb565b5f8681526020819052604081208054909103611302575f9150506114a8565b6005810154600160a01b900463ffffffff165f611320605086615224565b61132a9083615106565b9050841580611342575061133f605086615237565b15155b8061135d57506005830154600160c01b900463ffffffff1681115b1561137e5760405163514717fb60e01b8152600481018690526024016103bb565b60038301541561138f576060611392565b60305b60ff1687146113b75760405163514717fb60e01b8152600481018890526024016103bb565b600483015486895b838510156114755760058601545f906113e89061100090600160801b900463ffffffff16615224565b6113f461100088615224565b1415905061142d8161140a578760020154611410565b87600301545b87858461141d57856125fc565b611428866030615106565b6125fc565b61144d5760405163c0e8e17f60e01b8152600481018790526024016103bb565b5f9384528235602052604090932092611467605084615106565b9250508460010194506113bf565b50506004840155506005909101805463ffffffff909216600160a01b0263ffffffff60a01b199092169190911790555060015b95945050505050565b6114b9614a2e565b5f6114c48a8a612135565b90505f6114d18989612135565b90505f8b8b6040516114e4929190615185565b60405180910390209050815f0151811461151e5781516040516359b3f2d360e01b81526004810191909152602481018290526044016103bb565b602083015161152e906001615280565b6001600160401b031682602001516001600160401b031614158061156b575082604001516001600160401b031682604001516001600160401b0316105b8061158f57508260c001516001600160401b03168260c001516001600160401b0316105b806115b6575060108360c001518360c001516115ab9190615194565b6001600160401b0316115b806115c2575061400087115b156115e057604051635b2683d760e01b815260040160405180910390fd5b5f88886040516115f1929190615185565b604051809103902090508260600151811461162f576060830151604051633fdec4ef60e11b81526004810191909152602481018290526044016103bb565b5f8460c001518460c001516116449190615194565b6001600160401b0316905061165a605d826150ef565b871461168e578661166c605d836150ef565b60405163485af02360e11b8152600481019290925260248201526044016103bb565b5f5b818110156117b0575f818760c001516001600160401b03166116b29190615106565b90505f8a8a6116c2605d866150ef565b90605d6116d0876001615106565b6116da91906150ef565b926116e7939291906151b3565b6040516116f5929190615185565b6040519081900381206304a5c84960e51b82526004820184905291507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906394b9092090602401602060405180830381865afa158015611760573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611784919061529f565b81146117a65760405163405d55d160e11b8152600481018390526024016103bb565b5050600101611690565b5050505060c08301819052602001516001600160401b0316608080840191909152015160a082015298975050505050505050565b60408051818152610820810182525f9160609190816020015b611805614a70565b8152602001906001900390816117fd5790505090505f5f5b848110156118b7575f5f5f6118548989867f000000000000000000000000000000000000000000000000000000000000000061268d565b9250925092508261186d576001965050505050506118be565b60408503611883576002965050505050506118be565b81868661188f816152b6565b9750815181106118a1576118a1615140565b602002602001018190525080935050505061181d565b5081525f91505b9250929050565b606060028310156118eb57604051632dfca8b160e11b81525f60048201526024016103bb565b5f848460018181106118ff576118ff615140565b919091013560f81c9050600886865f8161191b5761191b615140565b9050013560f81c60f81b60f81c60ff16901b179050806001600160401b0381111561194857611948615119565b60405190808252806020026020018201604052801561198157816020015b61196e614ad3565b8152602001906001900390816119665790505b50915060025f805b83811015611d0a575f8582815181106119a4576119a4615140565b602002602001015190508360216119bb9190615106565b8810156119de57604051632dfca8b160e11b8152600481018590526024016103bb565b8884896119ec826020615106565b926119f9939291906151b3565b611a0291615263565b81528115801590611a14575080518310155b15611a3557604051632dfca8b160e11b8152600481018590526024016103bb565b805192505f8989611a47876020615106565b818110611a5657611a56615140565b919091013560f81c9150611a6d9050602186615106565b94508060ff16600103611b2157611a85856028615106565b891015611aa857604051632dfca8b160e11b8152600481018690526024016103bb565b6001602083015289858a611abd826008615106565b92611aca939291906151b3565b611ad3916152ce565b60c01c60408301528989611ae8876008615106565b90611af4886028615106565b92611b01939291906151b3565b611b0a91615263565b6060830152611b1a602886615106565b9450611bb5565b8060ff16600203611b8e57611b37856020615106565b891015611b5a57604051632dfca8b160e11b8152600481018690526024016103bb565b89858a611b68826020615106565b92611b75939291906151b3565b611b7e91615263565b6060830152611b1a602086615106565b611b9960018661512d565b604051632dfca8b160e11b81526004016103bb91815260200190565b60408201516001600160401b03166080830152606082015160a083015287611bde575050611d02565b611be9856002615106565b891015611c0c57604051632dfca8b160e11b8152600481018690526024016103bb565b5f8a8a611c1a886001615106565b818110611c2957611c29615140565b919091013560f81c905060088c8c89818110611c4757611c47615140565b919091013560f81c90911b919091179150611c659050600287615106565b9550611c718187615106565b611c7c906001615106565b8a1015611c9f57604051632dfca8b160e11b8152600481018790526024016103bb565b60c08301869052611cb08187615106565b60e0840152611cbf8187615106565b95505f611ccd8c8c8961273a565b61010086019190915290505f819003611cfc57604051632dfca8b160e11b8152600481018890526024016103bb565b95505050505b600101611989565b50818614611d2e57604051632dfca8b160e11b8152600481018390526024016103bb565b5050509392505050565b611d58604080516060810182525f80825260208201819052909182015290565b611d6460106040615106565b6001600160401b03811115611d7b57611d7b615119565b604051908082528060200260200182016040528015611da4578160200160208202803683370190505b5060208601525f611db6605d84615224565b90505f5b81811015611e0657611dfe878686611dd3605d866150ef565b90605d611de1876001615106565b611deb91906150ef565b92611df8939291906151b3565b8461286e565b600101611dba565b505f5b8551811015611e91575f611e3688888481518110611e2957611e29615140565b6020026020010151612a43565b90505f81600d811115611e4b57611e4b614d34565b14611e88576040805160608101909152806003815260200183815260200182600d811115611e7b57611e7b614d34565b8152509350505050611f72565b50600101611e09565b50606086015115611f0e575f611eaf878860c0015160e00151612e7d565b905086606001515f19611ec2919061512d565b8160a001511115611ef357505060408051606081018252600481525f60208201819052918101919091529050611f72565b86606001518160a001818151611f099190615106565b905250505b6020860151604087015180825260c088015160a00151611f2d83612ecf565b14611f525760408051606081018252600581525f602082018190529091820190611e7b565b604080516060810182525f80825260208201819052909182015293505050505b949350505050565b5f8082516007811115611f8f57611f8f614d34565b1480611fad5750600582516007811115611fab57611fab614d34565b145b92915050565b5f5f82611fc4578360800151611fca565b83604001515b90505f83611fdc578460a00151611fe2565b84606001515b90508460200151611ff6579150611fad9050565b6001600160401b03821615801561200b575080155b1561201b57505f9150611fad9050565b60405160c09290921b82526008820152602890209392505050565b83515f5b81518110156120a9575f82828151811061205657612056615140565b602002602001015190505f61206c826001611fb3565b825160c084015160e085015192935061209b9288929161208e91908b8d6151b3565b8586886101000151613017565b50505080600101905061203a565b505050505050565b83515f90815b815181101561212a575f8282815181106120d3576120d3615140565b6020026020010151905061211f85825f015189898560c00151908660e00151926120ff939291906151b3565b61210a866001611fb3565b612114875f611fb3565b876101000151613017565b9450506001016120b7565b509195945050505050565b61213d614b47565b60ac82146121615760405163187eb95b60e31b8152600481018390526024016103bb565b61216e60205f84866151b3565b61217791615263565b81526121876028602084866151b3565b612190916152ce565b60c01c60208201526121a66030602884866151b3565b6121af916152ce565b60c01c60408201526121c56050603084866151b3565b6121ce91615263565b60608201526121e16070605084866151b3565b6121ea91615263565b60808201526121fd6090607084866151b3565b61220691615263565b60a08201526122196098609084866151b3565b612222916152ce565b60c090811c9082015261223960ac609884866151b3565b61224291615304565b60601c60e082015292915050565b5f82516040516020820260208601825e83602083028201526020600183010281209250505092915050565b5f612287826062615106565b8310156122a9576040516228295b60e91b8152600481018390526024016103bb565b5f84846122b7856061615106565b8181106122c6576122c6615140565b919091013560f81c9050600886866122df876060615106565b8181106122ee576122ee615140565b919091013560f81c90911b91909117915061230c9050816062615106565b6123169084615106565b9250612323836001615106565b84101561234f57612334818461512d565b6040516228295b60e91b81526004016103bb91815260200190565b5f61235b86868661273a565b915050805f036114a8576040516228295b60e91b8152600481018590526024016103bb565b825182905b801561246e575f8561239860018461512d565b815181106123a8576123a8615140565b6020026020010151905061245a888883908460206123c69190615106565b926123d3939291906151b3565b6123dc91615263565b89896123e9856020615106565b906123f5866040615106565b92612402939291906151b3565b61240b91615263565b8a8a612418866040615106565b90612424876060615106565b92612431939291906151b3565b61243a91615263565b866040805194855260208501939093529183015260608201526080902090565b9250508061246790615154565b9050612385565b508181146120a95760405163d717b0fd60e01b815260048101839052602481018290526044016103bb565b5f5f6040518060600160405280888888908960206124b79190615106565b926124c4939291906151b3565b6124cd91615263565b815260200188888860206124e19190615106565b906124ed8a6040615106565b926124fa939291906151b3565b61250391615263565b81526020018888612515896040615106565b906125218a6060615106565b9261252e939291906151b3565b61253791615263565b905290508261254b57602081015160408201525b5f612557866062615106565b90505f8888612567896061615106565b81811061257657612576615140565b919091013560f81c905060088a8a61258f8b6060615106565b81811061259e5761259e615140565b919091013560f81c90911b9190911791505f90506125c68a8a6125c18587615106565b61273a565b508451909150610a729088908c868d6125df8883615106565b926125ec939291906151b3565b602089015160408a015187613017565b5f8061261261260d61100087615237565b61303d565b905060405186815281602082015260208560408301376030846060830137603060208601609083013760408160c083600a61c350fa925060403d14831692507f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff0000000160208201511461100082511416831692505050949350505050565b5f612696614a70565b5f6126ec6040518061016001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f60ff1681526020015f81526020015f81525090565b6126f9888888868561333d565b90945091508361270c575f935050612730565b60405161271c898986858a61373a565b6001600160a01b0316610160850152604052505b9450945094915050565b61275e60405180606001604052805f60ff1681526020015f81526020015f81525090565b5f5f85858581811061277257612772615140565b919091013560f81c915050600181148061278f575060ff81166002145b156128425761279f846041615106565b8510156127af57505f9050612866565b60405180606001604052808260ff16815260200187878760016127d29190615106565b906127de896021615106565b926127eb939291906151b3565b6127f491615263565b81526020018787612806886021615106565b90612812896041615106565b9261281f939291906151b3565b61282891615263565b9052925082612838856041615106565b9250925050612866565b60ff81161561285457505f9050612866565b82612860856001615106565b92509250505b935093915050565b5f83835f81811061288157612881615140565b919091013560f81c91505f905061289c6015600186886151b3565b6128a591615304565b60601c90505f6128b96029601587896151b3565b6128c291615304565b60601c90505f6128d6603d6029888a6151b3565b6128df91615304565b60601c90505f6128f3605d603d898b6151b3565b6128fc91615263565b90505f1960ff86160161295a576001600160a01b0382161561293457604051638999754d60e01b8152600481018790526024016103bb565b5f61293f8a85612e7d565b905061294f8160a00151836138c7565b60a090910152612a38565b60011960ff86160161299c576001600160a01b03821661299057604051638999754d60e01b8152600481018790526024016103bb565b5f61293f8a85856138e2565b60021960ff861601612a1c575f6001600160a01b038316156129c8576129c38a86856138e2565b6129d2565b6129d28a86612e7d565b90505f8160a0015183106129ea578160a001516129ec565b825b9050808260a001818151612a00919061512d565b9052508015612a1557612a158b86868461393e565b5050612a38565b604051638999754d60e01b8152600481018790526024016103bb565b505050505050505050565b5f5f612a4e836139f4565b90505f81600d811115612a6357612a63614d34565b14612a6f579050611fad565b5f612a7f85856101600151612e7d565b905080608001516001600160401b031684606001516001600160401b03161015612aae57600892505050611fad565b80608001516001600160401b031684606001516001600160401b03161115612adb57600992505050611fad565b6001600160401b03801681608001516001600160401b031603612b0357600a92505050611fad565b6080840151612b1c906001600160401b03165f19615224565b8460c001511115612b3257600b92505050611fad565b5f8460c0015185608001516001600160401b0316612b5091906150ef565b90508461010001515f19612b64919061512d565b811180612b835750610100850151612b7c9082615106565b8260a00151105b15612b9457600b9350505050611fad565b60a08501517f000000000000000000000000000000000000000000000000000000000000000090810190811080612bce57508560c0015181115b15612bda575060c08501515b5f612be88760400151613b2e565b612bfb906001600160401b0316836150ef565b9050612c05614ad3565b875115612c4257612c20898961016001518a60e001516138e2565b90508761014001518160a001511015612c4257600c9650505050505050611fad565b604088015160ff16612cfb578761016001516001600160a01b03168860e001516001600160a01b031614158015612c7d575061010088015115155b15612cf6575f612c918a8a60e00151612e7d565b90508861010001515f19612ca5919061512d565b8160a001511115612cc057600d975050505050505050611fad565b8861010001518660a001818151612cd7919061512d565b90525061010089015160a082018051612cf1908390615106565b905250505b612e22565b600260ff16886040015160ff1603612d40578761010001518560a001818151612d24919061512d565b905250610160880151610100890151612cf6918b915f9061393e565b600160ff16886040015160ff1603612dea578761016001516001600160a01b03168861012001516001600160a01b031614612cf6575f612d8a8a8a61012001518b60e001516138e2565b90508861014001515f19612d9e919061512d565b8160a001511115612db957600d975050505050505050611fad565b8861014001518260a001818151612dd0919061512d565b90525061014089015160a082018051612cf1908390615106565b8761014001518160a001818151612e01919061512d565b91508181525050612e22898961016001518a60e001518b610140015161393e565b600185608001818151612e359190615280565b6001600160401b031690525060a085018051839190612e5590839061512d565b905250606089018051839190612e6c908390615106565b9052505f9998505050505050505050565b612e85614ad3565b606082901b5f908152601490208351612e9e9082613b76565b91508160200151612ec8578151604051632d902ed960e11b815260048101919091526024016103bb565b5092915050565b80515f90808203612ee257505f92915050565b6001811115612ff5575f612ef7600283615224565b90505f5b81811015612f8557612f6085612f128360026150ef565b81518110612f2257612f22615140565b602002602001015186836002612f3891906150ef565b612f43906001615106565b81518110612f5357612f53615140565b6020026020010151613bf8565b858281518110612f7257612f72615140565b6020908102919091010152600101612efb565b50612f91600283615237565b600103612feb5783612fa460018461512d565b81518110612fb457612fb4615140565b6020026020010151848281518110612fce57612fce615140565b6020908102919091010152612fe4816001615106565b9150612fef565b8091505b50612ee2565b825f8151811061300757613007615140565b6020026020010151915050919050565b6040515f9061302b89898989898989613c21565b91508060405250979650505050505050565b60017f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000018282161561309c57808061307657613076615210565b7f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000000830991505b60028316156130d15780806130b3576130b3615210565b778d51ccce760304d0ec030002760300000001000000000000830991505b600483161561310e5780806130e8576130e8615210565b7f345766f603fa66e78c0625cd70d77ce2b38b21c28713b7007228fd3397743f7a830991505b600883161561314b57808061312557613125615210565b7f20b1ce9140267af9dd1c0af834cec32c17beb312f20b6f7653ea61d87742bcce830991505b601083161561318857808061316257613162615210565b7f50e0903a157988bab4bcd40e22f55448bf6e88fb4c38fb8a360c60997369df4e830991505b60208316156131c557808061319f5761319f615210565b7f45af6345ec055e4d14a1e27164d8fdbd2d967f4be2f951558140d032f0a9ee53830991505b60408316156132025780806131dc576131dc615210565b7f6898111413588742b7c68b4d7fdd60d098d0caac87f5713c5130c2c1660125be830991505b608083161561323f57808061321957613219615210565b7f4f9b4098e2e9f12e6b368121ac0cf4ad0a0865a899e8deff4935bd2f817f694b830991505b61010083161561327d57808061325757613257615210565b7f095166525526a65439feec240d80689fd697168a3a6000fe4541b8ff2ee0434e830991505b6102008316156132bb57808061329557613295615210565b7f325db5c3debf77a18f4de02c0f776af3ea437f9626fc085e3c28d666a5c2d854830991505b6104008316156132f95780806132d3576132d3615210565b7f6d031f1b5c49c83409f1ca610a08f16655ea6811be9c622d4a838b5d59cd79e5830991505b61080083161561333757808061331157613311615210565b7f564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d36306830991505b50919050565b5f8085851061335057505f905083613730565b5f87878781811061336357613363615140565b919091013560f81c91505060f0811615613383575f869250925050613730565b60018116151585526002811615156020860152600481165f036133a6575f6133a9565b60015b60ff166101008501526133bd866001615106565b80855291505f6133d08989856008613d38565b9195509093509050836133e7575f93505050613730565b6001600160401b0381166060870152602080860184905260408601849052613414908a908a908690613d38565b91955090935090508361342b575f93505050613730565b60a086018190526020860151156134485760c08601819052613474565b6134558989856020613d38565b91955090935090508361346c575f93505050613730565b60c086018190525b60608501839052600882165f036134c757608085018390526134998989856008613d38565b9195509093509050836134b0575f93505050613730565b6001600160401b038116608087015260a085018390525b6134d2836014615106565b8810156134e3575f93505050613730565b8883896134f1826014615106565b926134fe939291906151b3565b61350791615304565b60601c60e087015261351a601484615106565b8651909350156135ab5761352f836014615106565b881015613540575f93505050613730565b88838961354e826014615106565b9261355b939291906151b3565b61356491615304565b60601c610120870152613578601484615106565b92506135878989856020613d38565b91955090935090508361359e575f93505050613730565b61014086018190526135e6565b60c085018390526135bf8989856020613d38565b9195509093509050836135d6575f93505050613730565b610100860181905260e085018390525b85511561361c576101208601516001600160a01b0316620b81d61461360c57600161360f565b60035b60ff166040870152613645565b60e08601516001600160a01b0316620b81d614613639575f61363c565b60025b60ff1660408701525b600882161561366e5761365b8660400151613b2e565b6001600160401b031660808701526136a1565b61367b8660400151613b2e565b6001600160401b031686608001516001600160401b0316036136a1575f93505050613730565b6136ac836040615106565b8810156136bd575f93505050613730565b8883896136cb826020615106565b926136d8939291906151b3565b6136e191615263565b61012086015288886136f4856020615106565b90613700866040615106565b9261370d939291906151b3565b61371691615263565b6101408601526001613729846040615106565b9350935050505b9550959350505050565b5f61374f836101200151846101400151613eef565b61375a57505f6114a8565b5f61376787878787613f4f565b90505f61377c846001600160401b0316614107565b90505f8660200151156137e8575f838360405160200161379d929190615351565b60405160208183030381529060405290506137b881516141b0565b816040516020016137ca929190615378565b60405160208183030381529060405280519060200120915050613843565b5f82846040516020016137fc929190615386565b604051602081830303815290604052905061381781516141b0565b816040516020016138299291906153a6565b604051602081830303815290604052805190602001209150505b600181876101000151601b61385891906153be565b6101208901516101408a0151604080515f8152602081018083529590955260ff909316928401929092526060830152608082015260a0016020604051602081039080840390855afa1580156138af573d5f5f3e3d5ffd5b5050604051601f1901519a9950505050505050505050565b5f8282018381106138d85780611f72565b5f19949350505050565b6138ea614ad3565b5f8360601b5f528260601b60145260285f20905061390b855f015182613b76565b9150816020015115613936578151604051632d902ed960e11b815260048101919091526024016103bb565b509392505050565b6040848101516080860151825160c09190911b6001600160c01b03191660208083019190915260e083901b6001600160e01b0319166028830152606087811b6001600160601b0319908116602c8501529087901b168285015260548083018690528451808403909101815260749092019093528051920191909120856020015182815181106139cf576139cf615140565b60209081029190910101526139e5816001615106565b60409095019490945250505050565b80515f9015613a3e57620b81d66001600160a01b03168260e001516001600160a01b031603613a2557506001919050565b8161014001515f03613a3957506002919050565b613a6d565b60e08201516001600160a01b0316620b81d6148015613a605750610100820151155b15613a6d57506002919050565b630100000082608001516001600160401b03161115613a8e57506003919050565b613a9b8260400151613b2e565b6001600160401b031682608001516001600160401b03161015613ac057506004919050565b8160c001518260a001511115613ad857506005919050565b7f00000000000000000000000000000000000000000000000000000000000000008260c001511015613b0c57506006919050565b6101608201516001600160a01b0316613b2757506007919050565b505f919050565b5f5f1960ff831601613b43575061c350919050565b60011960ff831601613b585750619c40919050565b60021960ff831601613b6d575061ea60919050565b50615208919050565b613b7e614ad3565b5f5f84515b80821015613bd55780820160011c600181016020028701518051878103613bb25750945060019350613bd59050565b87811060018114613bc557839450613bcc565b6001840195505b50505050613b83565b505080612ec857604051632d902ed960e11b8152600481018490526024016103bb565b5f818310613c12575f828152602084905260409020610911565b505f9182526020526040902090565b5f5f613c2e87878a614200565b9050848160c0015114613c6b5760c0810151604051634f7232a560e01b8152600481018a90526024810191909152604481018690526064016103bb565b5f5f868603613c9f57845160ff1615613c9a57604051631e6bad1b60e11b8152600481018b90526024016103bb565b613cb3565b613cad8a8a8a868a8a61454b565b90925090505b5f5f5f613cc48d8d8d898989614743565b9250925092508015613ce957604051630f4ea0ab60e41b815260040160405180910390fd5b8560e0015180613cf957508d8314155b15613d17576040516309bde33960e01b815260040160405180910390fd5b898914613d245781613d26565b8d5b9e9d5050505050505050505050505050565b5f8080858510613d4f57505f915081905083612730565b5f878787818110613d6257613d62615140565b919091013560f81c9150505f819003613d84575f5f8793509350935050612730565b60808160ff161015613dae57600181613d9d8883615106565b91955060ff16935091506127309050565b5f613dba6080836153d7565b60ff169050805f03613de05760015f613dd38983615106565b9450945094505050612730565b85811180613e02575080613df5886001615106565b613dff9190615106565b88105b15613e17575f5f889450945094505050612730565b5f8989613e258a6001615106565b818110613e3457613e34615140565b919091013560f81c915050801580613e5a5750816001148015613e5a575060808160ff16105b15613e70575f5f89955095509550505050612730565b613e7b82602061512d565b613e869060086150ef565b8a8a613e938b6001615106565b9085613ea08d6001615106565b613eaa9190615106565b92613eb7939291906151b3565b613ec091615263565b901c945060018583613ed28b84615106565b613edc9190615106565b9550955095505050509450945094915050565b5f82828115801590613f12575070014551231950b75fc4402da1732fc9bebe1982105b8015613f1d57508015155b80156114a857507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a01015949350505050565b60608082608001515f03613f7a57613f7384608001516001600160401b0316614107565b9050613fc6565b608083015160a0840151613f8f9187896151b3565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509293505050505b6040805180820182526001808252600160ff1b602080840182905284518086019095529184529083015285519091901561405a57610120860151610140870151604051612e1160f21b602082015263a9059cbb60e01b60228201525f602682015260609290921b6001600160601b0319166032830152604682015260660160405160208183030381529060405290506140a6565b60c085015160e086015161406f91898b6151b3565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509294505050505b845160208601516140b891898b6151b3565b604087015160608801516140cd918b8d6151b3565b60e08a01516040516140eb95949392918991899089906020016153f0565b6040516020818303038152906040529350505050949350505050565b6060815f0361412d5750506040805180820190915260018152600160ff1b602082015290565b6080821015614167576040516001600160f81b031960f884901b1660208201526021015b6040516020818303038152906040529050919050565b5f614171836147ff565b905061417e816080615106565b6141888483614823565b604051602001614199929190615452565b604051602081830303815290604052915050919050565b606060388210156141e9576141c68260c0615106565b604051602001614151919060f89190911b6001600160f81b031916815260010190565b5f6141f3836147ff565b905061417e8160f7615106565b6142446040518061010001604052805f81526020015f81526020015f151581526020015f81526020015f81526020015f81526020015f81526020015f151581525090565b600383101561426657604051630f4ea0ab60e41b815260040160405180910390fd5b5f8484600181811061427a5761427a615140565b919091013560f81c9050600886865f8161429657614296615140565b9050013560f81c60f81b60f81c60ff16901b1790506101008111156142ce57604051630f4ea0ab60e41b815260040160405180910390fd5b5f60086142dc836007615106565b6142e69190615224565b6142f1906002615106565b905080851161431357604051630f4ea0ab60e41b815260040160405180910390fd5b5f5f828801600289015b8181101561434a5780355f1a5b801561434157600193909301925f1981011661432a565b5060010161431d565b50506020028201905061435e600884615237565b158015906143a35750614372600884615237565b60ff901c878761438360018661512d565b81811061439257614392615140565b919091013560f81c91909116151590505b156143c157604051630f4ea0ab60e41b815260040160405180910390fd5b8086116143e157604051630f4ea0ab60e41b815260040160405180910390fd5b828452602084018190525f8787838181106143fe576143fe615140565b919091013560f81c91505060018190036145075761441d826041615106565b871461443c57604051630f4ea0ab60e41b815260040160405180910390fd5b5f888861444a856001615106565b90614456866021615106565b92614463939291906151b3565b61446c91615263565b90505f898961447c866021615106565b90614488876041615106565b92614495939291906151b3565b61449e91615263565b60016040890152606088018390526080880181905290506144bf82826148ca565b60a08801528015806144ea575085158015906144ea57506144e28661010061512d565b828918901c15155b151560e08801528782036145005760c087018190525b5050614540565b60ff8116151580614522575061451e826001615106565b8714155b1561454057604051630f4ea0ab60e41b815260040160405180910390fd5b505050509392505050565b825160408401515f9190819015806145665750888660600151145b156146f85784156145aa57835160ff161561459757604051631e6bad1b60e11b8152600481018a90526024016103bb565b6145a189866148ca565b92509050614738565b805f036145e357835160ff16156145d757604051631e6bad1b60e11b8152600481018a90526024016103bb565b505f9150819050614738565b5f6145f989896145f460018661512d565b6148e7565b1561462e57888860208960200151614611919061512d565b60208a0151614622939092906151b3565b61462b91615263565b90505b845160ff166001148015614652575080614650866020015187604001516148ca565b145b1561469f5761466260018361512d565b92505b5f83118015614681575061467f89896145f460018761512d565b155b156146965761468f83615154565b9250614665565b92506147389050565b845160ff1660021480156146cc5750806146ca866020015187604001515f9182526020526040902090565b145b156146dc57505f92509050614738565b604051631e6bad1b60e11b8152600481018b90526024016103bb565b835160ff161561471e57604051631e6bad1b60e11b8152600481018a90526024016103bb565b61473389868860600151896080015185614935565b925090505b965096945050505050565b8251602084015160a08501519184915f919060028a018a8201835b80156147ee575f19015f600382901c840135811a6080600784161c16156147935750601f199091019081358061479357600196505b60018f8360ff031c165f81146147c857815f528960205260405f2099508a8310156147c3578860205260405f2098505b6147e7565b895f528160205260405f2099508a8310156147e757885f5260405f2098505b505061475e565b505050505096509650969350505050565b5f5b811561481e57614810816152b6565b9050600882901c9150614801565b919050565b6060816001600160401b0381111561483d5761483d615119565b6040519080825280601f01601f191660200182016040528015614867576020820181803683370190505b5090505f5b82811015612ec85761487f8160086150ef565b84901c60f81b828261489260018761512d565b61489c919061512d565b815181106148ac576148ac615140565b60200101906001600160f81b03191690815f1a90535060010161486c565b5f6040516001815360018101939093525060218201526041902090565b5f6148f3600883615237565b6080901c8484614904600886615224565b61490f906002615106565b81811061491e5761491e615140565b919091013560f81c91909116151595945050505050565b5f818685185b6149468260ff61512d565b81901c6001165f036149625761495b826152b6565b915061493b565b5f61496d89896148ca565b90505f61497a88886148ca565b90506149868a85614a10565b1561499d575f8181526020839052604090206149ab565b5f8281526020829052604090205b9450835b86811115614a02576149cb8b6149c660018461512d565b614a10565b156149e2575f8080526020879052604090206149f0565b5f8681526020819052604090205b95506149fb81615154565b90506149af565b505050505095945050505050565b5f614a1c8260ff61512d565b9290921c60011692915050565b905290565b6040518060e0016040528060608152602001606081526020015f81526020015f81526020015f6001600160401b031681526020015f8152602001614a29614b47565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915290565b6040518061012001604052805f81526020015f151581526020015f6001600160401b031681526020015f81526020015f6001600160401b031681526020015f81526020015f81526020015f8152602001614a2960405180606001604052805f60ff1681526020015f81526020015f81525090565b6040518061010001604052805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f6001600160401b031681526020015f6001600160a01b031681525090565b5f5f83601f840112614bb8575f5ffd5b5081356001600160401b03811115614bce575f5ffd5b6020830191508360208285010111156118be575f5ffd5b5f5f5f5f5f60808688031215614bf9575f5ffd5b85356001600160401b03811115614c0e575f5ffd5b614c1a88828901614ba8565b9099909850602088013597604081013597506060013595509350505050565b5f5f5f5f5f5f5f5f5f5f60a08b8d031215614c52575f5ffd5b8a356001600160401b03811115614c67575f5ffd5b614c738d828e01614ba8565b909b5099505060208b01356001600160401b03811115614c91575f5ffd5b614c9d8d828e01614ba8565b90995097505060408b01356001600160401b03811115614cbb575f5ffd5b614cc78d828e01614ba8565b90975095505060608b01356001600160401b03811115614ce5575f5ffd5b614cf18d828e01614ba8565b90955093505060808b01356001600160401b03811115614d0f575f5ffd5b614d1b8d828e01614ba8565b915080935050809150509295989b9194979a5092959850565b634e487b7160e01b5f52602160045260245ffd5b805160088110614d5a57614d5a614d34565b8252602081810151908301526040810151600e8110614d7b57614d7b614d34565b806040840152505050565b6101008101614d958285614d48565b82511515606083015260208301516080830152604083015160a0830152606083015160c0830152608083015160e08301529392505050565b5f60208284031215614ddd575f5ffd5b5035919050565b5f5f5f60408486031215614df6575f5ffd5b8335925060208401356001600160401b03811115614e12575f5ffd5b614e1e86828701614ba8565b9497909650939450505050565b60608101611fad8284614d48565b80356001600160401b038116811461481e575f5ffd5b5f5f83601f840112614e5f575f5ffd5b5081356001600160401b03811115614e75575f5ffd5b6020830191508360208260051b85010111156118be575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215614ea7575f5ffd5b89356001600160401b03811115614ebc575f5ffd5b614ec88c828d01614ba8565b909a509850614edb905060208b01614e39565b9650614ee960408b01614e39565b955060608a0135945060808a01356001600160401b03811115614f0a575f5ffd5b614f168c828d01614e4f565b90955093505060a08a01356001600160401b03811115614f34575f5ffd5b614f408c828d01614ba8565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f5f5f888a03610120811215614f70575f5ffd5b8935985060a0601f1982011215614f85575f5ffd5b5060208901965060c08901356001600160401b03811115614fa4575f5ffd5b614fb08b828c01614ba8565b90975095505060e08901356001600160401b03811115614fce575f5ffd5b614fda8b828c01614e4f565b9095509350506101008901356001600160401b03811115614ff9575f5ffd5b6150058b828c01614ba8565b999c989b5096995094979396929594505050565b5f5f5f5f5f6080868803121561502d575f5ffd5b8535801515811461503c575f5ffd5b9450602086013593506040860135925060608601356001600160401b03811115615064575f5ffd5b61507088828901614ba8565b969995985093965092949392505050565b5f5f5f5f5f60608688031215615095575f5ffd5b8535945060208601356001600160401b038111156150b1575f5ffd5b6150bd88828901614ba8565b90955093505060408601356001600160401b03811115615064575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417611fad57611fad6150db565b80820180821115611fad57611fad6150db565b634e487b7160e01b5f52604160045260245ffd5b81810381811115611fad57611fad6150db565b634e487b7160e01b5f52603260045260245ffd5b5f81615162576151626150db565b505f190190565b63ffffffff8281168282160390811115611fad57611fad6150db565b818382375f9101908152919050565b6001600160401b038281168282160390811115611fad57611fad6150db565b5f5f858511156151c1575f5ffd5b838611156151cd575f5ffd5b5050820193919092039150565b80356001600160e01b03198116906004841015612ec8576001600160e01b031960049490940360031b84901b1690921692915050565b634e487b7160e01b5f52601260045260245ffd5b5f8261523257615232615210565b500490565b5f8261524557615245615210565b500690565b5f6020828403121561525a575f5ffd5b61091182614e39565b80356020831015611fad575f19602084900360031b1b1692915050565b6001600160401b038181168382160190811115611fad57611fad6150db565b5f602082840312156152af575f5ffd5b5051919050565b5f600182016152c7576152c76150db565b5060010190565b80356001600160c01b03198116906008841015612ec8576001600160c01b031960089490940360031b84901b1690921692915050565b80356001600160601b03198116906014841015612ec8576001600160601b031960149490940360031b84901b1690921692915050565b5f81518060208401855e5f93019283525090919050565b5f61536561535f838661533a565b8461533a565b61010160f71b8152600201949350505050565b5f611f7261535f838661533a565b5f61539461535f838661533a565b600360fe1b8152600101949350505050565b600160f91b81525f611f7261535f600184018661533a565b60ff8181168382160190811115611fad57611fad6150db565b60ff8281168282160390811115611fad57611fad6150db565b878982375f8882015f8152878982375f908801908152615410818861533a565b602560fa1b8152606087901b6001600160601b0319166001820152905061544361543d601583018761533a565b8561533a565b9b9a5050505050505050505050565b60f883901b6001600160f81b03191681525f611f72600183018461533a56fea26469706673582212209cfac02890088942a30711c31becae6d5490cac2185d9189bbbc5867e383c5f364736f6c63430008220033",
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

// PackMAXBLOBSPERBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6160d39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BLOBS_PER_BATCH() view returns(uint256)
func (rollup *Rollup) PackMAXBLOBSPERBATCH() []byte {
	enc, err := rollup.abi.Pack("MAX_BLOBS_PER_BATCH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBLOBSPERBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6160d39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BLOBS_PER_BATCH() view returns(uint256)
func (rollup *Rollup) TryPackMAXBLOBSPERBATCH() ([]byte, error) {
	return rollup.abi.Pack("MAX_BLOBS_PER_BATCH")
}

// UnpackMAXBLOBSPERBATCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6160d39.
//
// Solidity: function MAX_BLOBS_PER_BATCH() view returns(uint256)
func (rollup *Rollup) UnpackMAXBLOBSPERBATCH(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_BLOBS_PER_BATCH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackBlobChallengeProgress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbc209c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobChallengeProgress(address challenger, uint256 batchIndex, bytes32 blockHash) view returns(uint256 next, uint256 end)
func (rollup *Rollup) PackBlobChallengeProgress(challenger common.Address, batchIndex *big.Int, blockHash [32]byte) []byte {
	enc, err := rollup.abi.Pack("blobChallengeProgress", challenger, batchIndex, blockHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobChallengeProgress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbc209c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobChallengeProgress(address challenger, uint256 batchIndex, bytes32 blockHash) view returns(uint256 next, uint256 end)
func (rollup *Rollup) TryPackBlobChallengeProgress(challenger common.Address, batchIndex *big.Int, blockHash [32]byte) ([]byte, error) {
	return rollup.abi.Pack("blobChallengeProgress", challenger, batchIndex, blockHash)
}

// BlobChallengeProgressOutput serves as a container for the return parameters of contract
// method BlobChallengeProgress.
type BlobChallengeProgressOutput struct {
	Next *big.Int
	End  *big.Int
}

// UnpackBlobChallengeProgress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbc209c8.
//
// Solidity: function blobChallengeProgress(address challenger, uint256 batchIndex, bytes32 blockHash) view returns(uint256 next, uint256 end)
func (rollup *Rollup) UnpackBlobChallengeProgress(data []byte) (BlobChallengeProgressOutput, error) {
	out, err := rollup.abi.Unpack("blobChallengeProgress", data)
	outstruct := new(BlobChallengeProgressOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Next = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.End = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
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

// PackFinishBlobChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe51130f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finishBlobChallenge(uint256 batchIndex, bytes32 blockHash, bytes elements) returns()
func (rollup *Rollup) PackFinishBlobChallenge(batchIndex *big.Int, blockHash [32]byte, elements []byte) []byte {
	enc, err := rollup.abi.Pack("finishBlobChallenge", batchIndex, blockHash, elements)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinishBlobChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe51130f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finishBlobChallenge(uint256 batchIndex, bytes32 blockHash, bytes elements) returns()
func (rollup *Rollup) TryPackFinishBlobChallenge(batchIndex *big.Int, blockHash [32]byte, elements []byte) ([]byte, error) {
	return rollup.abi.Pack("finishBlobChallenge", batchIndex, blockHash, elements)
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
// Solidity: function getBatch(uint256 batchIndex) view returns((bytes32,bytes32,bytes32,uint64,uint64,uint64,uint64,address,uint64,bool,bytes32))
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
// Solidity: function getBatch(uint256 batchIndex) view returns((bytes32,bytes32,bytes32,uint64,uint64,uint64,uint64,address,uint64,bool,bytes32))
func (rollup *Rollup) TryPackGetBatch(batchIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("getBatch", batchIndex)
}

// UnpackGetBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ac44282.
//
// Solidity: function getBatch(uint256 batchIndex) view returns((bytes32,bytes32,bytes32,uint64,uint64,uint64,uint64,address,uint64,bool,bytes32))
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

// PackOpenBlobChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f599d62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openBlobChallenge(uint256 batchIndex, bytes32 blockHash, bytes commitments, bytes openings) returns()
func (rollup *Rollup) PackOpenBlobChallenge(batchIndex *big.Int, blockHash [32]byte, commitments []byte, openings []byte) []byte {
	enc, err := rollup.abi.Pack("openBlobChallenge", batchIndex, blockHash, commitments, openings)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenBlobChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f599d62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openBlobChallenge(uint256 batchIndex, bytes32 blockHash, bytes commitments, bytes openings) returns()
func (rollup *Rollup) TryPackOpenBlobChallenge(batchIndex *big.Int, blockHash [32]byte, commitments []byte, openings []byte) ([]byte, error) {
	return rollup.abi.Pack("openBlobChallenge", batchIndex, blockHash, commitments, openings)
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

// PackStartBlobChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a8c75f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startBlobChallenge((uint256,bytes,bytes32[],bytes32[],bytes,bytes32) c) returns()
func (rollup *Rollup) PackStartBlobChallenge(c RollupBlobChallengeStart) []byte {
	enc, err := rollup.abi.Pack("startBlobChallenge", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartBlobChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a8c75f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startBlobChallenge((uint256,bytes,bytes32[],bytes32[],bytes,bytes32) c) returns()
func (rollup *Rollup) TryPackStartBlobChallenge(c RollupBlobChallengeStart) ([]byte, error) {
	return rollup.abi.Pack("startBlobChallenge", c)
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

// PackSubmitBlobBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6932dc0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBlobBatch((bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address)[] headers, uint32[] lengths) payable returns(uint256 batchIndex)
func (rollup *Rollup) PackSubmitBlobBatch(headers []CodecHeader, lengths []uint32) []byte {
	enc, err := rollup.abi.Pack("submitBlobBatch", headers, lengths)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBlobBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6932dc0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBlobBatch((bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address)[] headers, uint32[] lengths) payable returns(uint256 batchIndex)
func (rollup *Rollup) TryPackSubmitBlobBatch(headers []CodecHeader, lengths []uint32) ([]byte, error) {
	return rollup.abi.Pack("submitBlobBatch", headers, lengths)
}

// UnpackSubmitBlobBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6932dc0.
//
// Solidity: function submitBlobBatch((bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address)[] headers, uint32[] lengths) payable returns(uint256 batchIndex)
func (rollup *Rollup) UnpackSubmitBlobBatch(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("submitBlobBatch", data)
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

// RollupBlobBatchSubmitted represents a BlobBatchSubmitted event raised by the Rollup contract.
type RollupBlobBatchSubmitted struct {
	BatchIndex *big.Int
	BlobHashes [][32]byte
	Lengths    []uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupBlobBatchSubmittedEventName = "BlobBatchSubmitted"

// ContractEventName returns the user-defined event name.
func (RollupBlobBatchSubmitted) ContractEventName() string {
	return RollupBlobBatchSubmittedEventName
}

// UnpackBlobBatchSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlobBatchSubmitted(uint256 indexed batchIndex, bytes32[] blobHashes, uint32[] lengths)
func (rollup *Rollup) UnpackBlobBatchSubmittedEvent(log *types.Log) (*RollupBlobBatchSubmitted, error) {
	event := "BlobBatchSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBlobBatchSubmitted)
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

// RollupBlobChallengeStarted represents a BlobChallengeStarted event raised by the Rollup contract.
type RollupBlobChallengeStarted struct {
	Challenger  common.Address
	BatchIndex  *big.Int
	BlockNumber uint64
	BlockHash   [32]byte
	Elements    *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupBlobChallengeStartedEventName = "BlobChallengeStarted"

// ContractEventName returns the user-defined event name.
func (RollupBlobChallengeStarted) ContractEventName() string {
	return RollupBlobChallengeStartedEventName
}

// UnpackBlobChallengeStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlobChallengeStarted(address indexed challenger, uint256 indexed batchIndex, uint64 blockNumber, bytes32 blockHash, uint256 elements)
func (rollup *Rollup) UnpackBlobChallengeStartedEvent(log *types.Log) (*RollupBlobChallengeStarted, error) {
	event := "BlobChallengeStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBlobChallengeStarted)
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["BlockOutsideBlobs"].ID.Bytes()[:4]) {
		return rollup.UnpackBlockOutsideBlobsError(raw[4:])
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["LengthsMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackLengthsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoBatches"].ID.Bytes()[:4]) {
		return rollup.UnpackNoBatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoBlobs"].ID.Bytes()[:4]) {
		return rollup.UnpackNoBlobsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoFraud"].ID.Bytes()[:4]) {
		return rollup.UnpackNoFraudError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotABlobBatch"].ID.Bytes()[:4]) {
		return rollup.UnpackNotABlobBatchError(raw[4:])
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["TooManyBlobs"].ID.Bytes()[:4]) {
		return rollup.UnpackTooManyBlobsError(raw[4:])
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

// RollupBlockOutsideBlobs represents a BlockOutsideBlobs error raised by the Rollup contract.
type RollupBlockOutsideBlobs struct {
	Number   uint64
	End      *big.Int
	Capacity *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockOutsideBlobs(uint64 number, uint256 end, uint256 capacity)
func RollupBlockOutsideBlobsErrorID() common.Hash {
	return common.HexToHash("0x1dc4163abe551c0e2b7c057d9bcbd061009a70e643254941840d31e45ac5e287")
}

// UnpackBlockOutsideBlobsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockOutsideBlobs(uint64 number, uint256 end, uint256 capacity)
func (rollup *Rollup) UnpackBlockOutsideBlobsError(raw []byte) (*RollupBlockOutsideBlobs, error) {
	out := new(RollupBlockOutsideBlobs)
	if err := rollup.abi.UnpackIntoInterface(out, "BlockOutsideBlobs", raw); err != nil {
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

// RollupLengthsMismatch represents a LengthsMismatch error raised by the Rollup contract.
type RollupLengthsMismatch struct {
	Blocks  *big.Int
	Lengths *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthsMismatch(uint256 blocks, uint256 lengths)
func RollupLengthsMismatchErrorID() common.Hash {
	return common.HexToHash("0x4a4de368775f4e7b048f69af59c3fc4c2859cfc2c4e825113b32a40cce8b9cb7")
}

// UnpackLengthsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthsMismatch(uint256 blocks, uint256 lengths)
func (rollup *Rollup) UnpackLengthsMismatchError(raw []byte) (*RollupLengthsMismatch, error) {
	out := new(RollupLengthsMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "LengthsMismatch", raw); err != nil {
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

// RollupNoBlobs represents a NoBlobs error raised by the Rollup contract.
type RollupNoBlobs struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBlobs()
func RollupNoBlobsErrorID() common.Hash {
	return common.HexToHash("0xfdac229fa6c61d2e4a6bc1ebc68087ecb60df7b4b811cc9f0a38c384fb4e0fd8")
}

// UnpackNoBlobsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBlobs()
func (rollup *Rollup) UnpackNoBlobsError(raw []byte) (*RollupNoBlobs, error) {
	out := new(RollupNoBlobs)
	if err := rollup.abi.UnpackIntoInterface(out, "NoBlobs", raw); err != nil {
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

// RollupNotABlobBatch represents a NotABlobBatch error raised by the Rollup contract.
type RollupNotABlobBatch struct {
	BatchIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotABlobBatch(uint256 batchIndex)
func RollupNotABlobBatchErrorID() common.Hash {
	return common.HexToHash("0x9ea3f8e01869175b9fc32f7a2a10b9a09931dbfeae5991249bd67cd509f8bef3")
}

// UnpackNotABlobBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotABlobBatch(uint256 batchIndex)
func (rollup *Rollup) UnpackNotABlobBatchError(raw []byte) (*RollupNotABlobBatch, error) {
	out := new(RollupNotABlobBatch)
	if err := rollup.abi.UnpackIntoInterface(out, "NotABlobBatch", raw); err != nil {
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

// RollupTooManyBlobs represents a TooManyBlobs error raised by the Rollup contract.
type RollupTooManyBlobs struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyBlobs(uint256 max)
func RollupTooManyBlobsErrorID() common.Hash {
	return common.HexToHash("0x81309c04c7128d06699494fba49f264247199b51f1b4bfdc26a097fa046833ed")
}

// UnpackTooManyBlobsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyBlobs(uint256 max)
func (rollup *Rollup) UnpackTooManyBlobsError(raw []byte) (*RollupTooManyBlobs, error) {
	out := new(RollupTooManyBlobs)
	if err := rollup.abi.UnpackIntoInterface(out, "TooManyBlobs", raw); err != nil {
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
