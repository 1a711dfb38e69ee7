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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"inclusionWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"l2BaseFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minTokenDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxTokenDeposit\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.Config\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"BadWithdrawalProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"BlockNotInBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"BondNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"DepositTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"DepositTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EthTransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGasForMetadata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"InvalidToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBatches\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFraud\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"queueLength\",\"type\":\"uint256\"}],\"name\":\"QueueCursorBeyondQueue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentCursor\",\"type\":\"uint64\"}],\"name\":\"QueueCursorDecreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"}],\"name\":\"RollbackPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentTimestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeParent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now\",\"type\":\"uint256\"}],\"name\":\"TimestampInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"before\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"afterwards\",\"type\":\"uint256\"}],\"name\":\"TokenBalanceDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyQueueItems\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"posted\",\"type\":\"bytes32\"}],\"name\":\"TxDataHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"TxDataTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownQueueItem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"posted\",\"type\":\"uint64\"}],\"name\":\"WrongBlockNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"posted\",\"type\":\"bytes32\"}],\"name\":\"WrongParentHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blocksRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"}],\"name\":\"BatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromBatch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toBatch\",\"type\":\"uint256\"}],\"name\":\"BatchesReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"fraud\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"rule\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"FraudProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"QueueItemAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"}],\"name\":\"TokenRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CHALLENGER_SHARE_PERCENT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_DECIMALS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GENESIS_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_QUEUE_ITEMS_PER_BLOCK\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOKEN_STRING_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TX_DATA_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"METADATA_CALL_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLE_PER_CHALLENGE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"parent\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"blockProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"queueItems\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.Challenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"depositETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"blockProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.Withdrawal\",\"name\":\"w\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"withdrawalProof\",\"type\":\"bytes32[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fraudVerifier\",\"outputs\":[{\"internalType\":\"contractFraudVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"getBatch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blocksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"bondHeld\",\"type\":\"bool\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindowOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"isWithdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2BaseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTokenDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minTokenDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueCursor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"queueItemHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"queueItemTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"reclaimBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackEnd\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackNext\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBatches\",\"type\":\"uint256\"}],\"name\":\"settleRollback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.BlockData[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"}],\"internalType\":\"structRollup.TokenInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Rollup",
	Bin: "0x610200604052348015610010575f5ffd5b506040516176b43803806176b483398101604081905261002f91610430565b80516001600160401b0316158061005857506620000000000000815f01516001600160401b0316115b15610097576040516389a6198960e01b81526020600482015260096024820152681b0c90da185a5b925960ba1b60448201526064015b60405180910390fd5b60208101516001600160a01b03166100de576040516389a6198960e01b815260206004820152600960248201526839b2b8bab2b731b2b960b91b604482015260640161008e565b80604001516001600160401b03165f0361012d576040516389a6198960e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b604482015260640161008e565b80606001516001600160401b03165f0361017c576040516389a6198960e01b815260206004820152600f60248201526e696e636c7573696f6e57696e646f7760881b604482015260640161008e565b80608001515f036101b9576040516389a6198960e01b815260040161008e90602080825260049082015263189bdb9960e21b604082015260600190565b8060a001515f036101f9576040516389a6198960e01b81526020600482015260096024820152686c324261736546656560b81b604482015260640161008e565b60c0810151158061021157508060e001518160c00151115b806102235750600160801b8160e00151115b15610262576040516389a6198960e01b815260206004820152600e60248201526d6465706f73697420626f756e647360901b604482015260640161008e565b610100810151158061027d5750806101200151816101000151115b806102905750600160801b816101200151115b156102de576040516389a6198960e01b815260206004820152601460248201527f746f6b656e206465706f73697420626f756e6473000000000000000000000000604482015260640161008e565b80516001600160401b03908116608090815260208301516001600160a01b031660a0908152604080850151841660c09081526060860151851660e0908152938601516101009081529286018051610120908152918701516101405293860151610160529185015161018052908401516101a052429092166101c05282519051915130929061036b906103bd565b6001600160a01b0390931683526001600160401b0390911660208301526040820152606001604051809103905ff0801580156103a9573d5f5f3e3d5ffd5b506001600160a01b03166101e052506104d0565b61377680613f3e83390190565b60405161014081016001600160401b03811182821017156103f957634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b0381168114610415575f5ffd5b919050565b80516001600160a01b0381168114610415575f5ffd5b5f610140828403128015610442575f5ffd5b5061044b6103ca565b610454836103ff565b81526104626020840161041a565b6020820152610473604084016103ff565b6040820152610484606084016103ff565b60608201526080838101519082015260a0808401519082015260c0808401519082015260e080840151908201526101008084015190820152610120928301519281019290925250919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516139746105ca5f395f8181610498015261184f01525f8181610828015261132901525f81816103080152611f3101525f818161060f0152611f1001525f81816105160152610fa101525f81816103fc0152610f8001525f6107c201525f81816105490152818161097f015281816109b901528181612912015281816129ae01526129e901525f81816107f50152818161139f01526113e401525f81816105a5015281816112e401528181611792015261274601525f81816104e3015261092501525f61077b01526139745ff3fe60806040526004361061026a575f3560e01c80638985646a1161014a578063d2f515c3116100be578063ee9a31a211610078578063ee9a31a21461084a578063f057a15e14610860578063f087392e14610874578063f40caf1a146108a7578063f5dab711146108c6578063fb0f97a8146108f2575f5ffd5b8063d2f515c314610755578063d6ae3cd51461076a578063e2c9ea721461079d578063e3176bd5146107b1578063e88816e7146107e4578063eae4c19f14610817575f5ffd5b8063ac2efaf71161010f578063ac2efaf7146106a9578063b1f5fcc3146106bd578063b406b3a4146106dc578063b9fa39e7146106fb578063bad816341461071a578063c5008f461461072f575f5ffd5b80638985646a146105df5780638fd1e17e146105fe57806394b9092014610631578063a1651fe214610650578063ab91c7b014610694575f5ffd5b80634213032b116101e15780635c1bba38116101a65780635c1bba38146104d25780636083e59a1461050557806364c9ec6f14610538578063726a4f3a1461056b578063847b314c14610580578063861a141214610594575f5ffd5b80634213032b1461041e57806344591a07146104335780634e71d92d146104475780635ac442821461045b5780635c0b2cd314610487575f5ffd5b80632d2da806116102325780632d2da806146103595780632f3daacd1461036c57806333727c4d1461038d57806338ebcf10146103ac578063402914f5146103c057806341b3d185146103eb575f5ffd5b806303144c611461026e57806306f130561461029457806307e2da96146102a85780630c0cb9dd146102f75780631ab5cbe11461032a575b5f5ffd5b61028161027c3660046130e4565b610911565b6040519081526020015b60405180910390f35b34801561029f575f5ffd5b506102815f5481565b3480156102b3575f5ffd5b506102bc610e98565b604080516001600160401b0396871681526020810195909552928516928401929092529092166060820152608081019190915260a00161028b565b348015610302575f5ffd5b506102817f000000000000000000000000000000000000000000000000000000000000000081565b348015610335575f5ffd5b5061034961034436600461314b565b610f40565b604051901515815260200161028b565b610281610367366004613192565b610f68565b348015610377575f5ffd5b5061038b6103863660046131ab565b610fe2565b005b348015610398575f5ffd5b506103496103a736600461325c565b6112b5565b3480156103b7575f5ffd5b50610281604081565b3480156103cb575f5ffd5b506102816103da366004613192565b60036020525f908152604090205481565b3480156103f6575f5ffd5b506102817f000000000000000000000000000000000000000000000000000000000000000081565b348015610429575f5ffd5b5061028161c35081565b34801561043e575f5ffd5b5061034961131c565b348015610452575f5ffd5b5061038b61142a565b348015610466575f5ffd5b5061047a61047536600461325c565b6114c4565b60405161028b9190613273565b348015610492575f5ffd5b506104ba7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161028b565b3480156104dd575f5ffd5b506104ba7f000000000000000000000000000000000000000000000000000000000000000081565b348015610510575f5ffd5b506102817f000000000000000000000000000000000000000000000000000000000000000081565b348015610543575f5ffd5b506102817f000000000000000000000000000000000000000000000000000000000000000081565b348015610576575f5ffd5b5061028160015481565b34801561058b575f5ffd5b50610281603281565b34801561059f575f5ffd5b506105c77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b03909116815260200161028b565b3480156105ea575f5ffd5b506102816105f9366004613353565b6115e8565b348015610609575f5ffd5b506102817f000000000000000000000000000000000000000000000000000000000000000081565b34801561063c575f5ffd5b5061028161064b36600461325c565b611653565b34801561065b575f5ffd5b5061066461168b565b60405161028b94939291909384526001600160401b03928316602085015291166040830152606082015260800190565b34801561069f575f5ffd5b5061028160055481565b3480156106b4575f5ffd5b50610281601081565b3480156106c8575f5ffd5b5061038b6106d736600461338d565b611710565b3480156106e7575f5ffd5b506105c76106f636600461325c565b611b06565b348015610706575f5ffd5b5061038b61071536600461325c565b611b35565b348015610725575f5ffd5b5061028161400081565b34801561073a575f5ffd5b50610743601281565b60405160ff909116815260200161028b565b348015610760575f5ffd5b5061028160025481565b348015610775575f5ffd5b506105c77f000000000000000000000000000000000000000000000000000000000000000081565b3480156107a8575f5ffd5b50610281602081565b3480156107bc575f5ffd5b506102817f000000000000000000000000000000000000000000000000000000000000000081565b3480156107ef575f5ffd5b506105c77f000000000000000000000000000000000000000000000000000000000000000081565b348015610822575f5ffd5b506105c77f000000000000000000000000000000000000000000000000000000000000000081565b348015610855575f5ffd5b506104ba620b81d681565b34801561086b575f5ffd5b506105c7611b4e565b34801561087f575f5ffd5b506102817ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af81565b3480156108b2575f5ffd5b5061038b6108c136600461325c565b611b95565b3480156108d1575f5ffd5b506108e56108e0366004613192565b611c0e565b60405161028b91906133f1565b3480156108fd575f5ffd5b5061028161090c366004613353565b611d94565b5f61091a611f99565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801590610958575061095661131c565b155b1561097d57604051630596787760e01b81523360048201526024015b60405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000034146109e55760405163062f01ed60e11b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610974565b60025415610a15576001546002546040516309249c3f60e01b815260048101929092526024820152604401610974565b815f819003610a375760405163c2e5347d60e01b815260040160405180910390fd5b5f805492507ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af9080808515610ab7575f600481610a7560018a61345f565b815260208101919091526040015f2060018101546003909101549095506001600160401b038082169550600160401b820481169450600160801b909104169150505b5f610ac3846001613472565b6005549091505f876001600160401b03811115610ae257610ae2613491565b604051908082528060200260200182016040528015610b0b578160200160208202803683370190505b5090505f5b88811015610bec57368c8c83818110610b2b57610b2b6134a5565b9050602002810190610b3d91906134b9565b9050610b80818e8e85818110610b5557610b556134a5565b9050602002810190610b6791906134b9565b610b76906101008101906134d8565b8c8c8c8c8b612006565b610b89816123dd565b985088838381518110610b9e57610b9e6134a5565b602002602001018181525050806020016020810190610bbd919061351a565b9750610bcf606082016040830161351a565b9650610be160e0820160c0830161351a565b955050600101610b10565b505f610bf7826123f5565b90505f8c8c610c0760018d61345f565b818110610c1657610c166134a5565b9050602002810190610c2891906134b9565b5f016080013590506040518061014001604052808381526020018a8152602001828152602001896001600160401b03168152602001886001600160401b03168152602001876001600160401b03168152602001426001600160401b03168152602001336001600160a01b03168152602001866001600160401b031681526020016001151581525060045f8d81526020019081526020015f205f820151815f015560208201518160010155604082015181600201556060820151816003015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060808201518160030160086101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160030160106101000a8154816001600160401b0302191690836001600160401b0316021790555060c08201518160030160186101000a8154816001600160401b0302191690836001600160401b0316021790555060e0820151816004015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506101008201518160040160146101000a8154816001600160401b0302191690836001600160401b0316021790555061012082015181600401601c6101000a81548160ff0219169083151502179055509050508a6001610e1a9190613533565b5f55604080516001600160401b0387811682528a81166020830152818301859052606082018c905260808201849052881660a0820152905133918d917f954a6e48693707209bf3bb9979315bcaeb60600aa9ab918753dc2cd65bd776549181900360c00190a350505050505050505050610e9261253d565b92915050565b5f5f5f5f5f5f5f549050805f03610ede57505f94507ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af9350849250829150819050610f39565b5f600481610eed60018561345f565b815260208101919091526040015f20600381015460018201546002909201546001600160401b038083169a50929850600160401b820483169750600160801b9091049091169450925050505b9091929394565b5f5f5f610f4d8585612567565b5f918252600860205260409091205416151595945050505050565b5f610f71611f99565b610f7a82612594565b610fc5347f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000006125de565b610fd3600133845f34612639565b9050610fdd61253d565b919050565b610fea611f99565b5f610ff4886126fd565b90505f611000886123dd565b90506110118787845f0154846127a8565b6110385760405163202d040b60e21b8152600481018a905260248101829052604401610974565b5f61108361104c60408b0160208c0161351a565b6110596020890189613546565b61106960408a0160208b01613192565b61107960608b0160408c01613192565b8a606001356127bf565b905061109585858b60a00135846127a8565b6110e6576110a960408a0160208b0161351a565b6110b66020880188613546565b60405163012fee2360e61b81526001600160401b03909216600483015263ffffffff166024820152604401610974565b5f8061110d6110fb60408d0160208e0161351a565b61110860208b018b613546565b612567565b5f828152600860205260409020549193509150808216156111755761113860408d0160208e0161351a565b61114560208b018b613546565b604051632297018b60e11b81526001600160401b03909216600483015263ffffffff166024820152604401610974565b5f838152600860205260409081902082841790556111999060608b01908b01613192565b6001600160a01b03166111b260408b0160208c01613192565b6001600160a01b03168d60200160208101906111ce919061351a565b6001600160401b03167fc6ab5df4558222b5394ba45557882776675ab5e049932e801f9092168461cfcc61120560208e018e613546565b6040805163ffffffff909216825260608f013560208301520160405180910390a45f61123760608b0160408c01613192565b6001600160a01b0316036112675761126261125860408b0160208c01613192565b8a606001356127df565b61129e565b61129e61127a60408b0160208c01613192565b60608b0180359061128e9060408e01613192565b6001600160a01b0316919061281a565b5050505050506112ac61253d565b50505050505050565b5f5f5482106112c557505f919050565b5f82815260046020526040902060030154611313906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416613533565b42101592915050565b5f80546001600160401b037f000000000000000000000000000000000000000000000000000000000000000016828215611392575f60048161135f60018761345f565b815260208101919091526040015f20600301546001600160401b03600160c01b820481169450600160801b909104169150505b6113c56001600160401b037f00000000000000000000000000000000000000000000000000000000000000001683613533565b4211156113d6576001935050505090565b6005548110801561142257507f000000000000000000000000000000000000000000000000000000000000000061140c82612879565b6114169190613472565b6001600160401b031642115b935050505090565b611432611f99565b335f9081526003602052604081205490819003611464576040516332559a3360e11b8152336004820152602401610974565b335f8181526003602052604080822091909155517fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a906114a79084815260200190565b60405180910390a26114b933826127df565b506114c261253d565b565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905290548210611537576040516321c9773560e11b815260048101839052602401610974565b505f908152600460208181526040928390208351610140810185528154815260018201549281019290925260028101549382019390935260038301546001600160401b038082166060840152600160401b820481166080840152600160801b8204811660a0840152600160c01b909104811660c083015292909101546001600160a01b03811660e0830152600160a01b8104909216610100820152600160e01b90910460ff16151561012082015290565b5f6001600160a01b03841661161b57604051630bc2c5df60e11b81526001600160a01b0385166004820152602401610974565b815f0361163b57604051631f2a200560e01b815260040160405180910390fd5b611649600333868686612639565b90505b9392505050565b5f60055482106116795760405163446ca86160e01b815260048101839052602401610974565b505f9081526006602052604090205490565b5f5f5f5f5f5f549050805f036116b45760405163d63ba36560e01b815260040160405180910390fd5b5f6004816116c360018561345f565b81526020019081526020015f2090506001826116df919061345f565b6004820154600383015460029093015491986001600160401b03600160a01b90920482169850921695509350915050565b611718611f99565b60025415611748576001546002546040516309249c3f60e01b815260048101929092526024820152604401610974565b5f54813590811061176f576040516321c9773560e11b815260048101829052602401610974565b5f81815260046020526040812060038101549091906117c1906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416613533565b90508042106117ed576040516348c3f48160e11b81526004810184905260248101829052604401610974565b5f6118036117fe60408701876134d8565b6128a4565b905061181d611815606087018761355f565b8554846127a8565b6118445760405163202d040b60e21b81526004810185905260248101829052604401610974565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016638bf2613361188160208901896134d8565b61188e60408b018b6134d8565b61189b60808d018d6134d8565b6118a860a08f018f6134d8565b8f8060c001906118b891906134d8565b6040518b63ffffffff1660e01b81526004016118dd9a999897969594939291906135cc565b606060405180830381865afa1580156118f8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061191c9190613642565b90505f81516006811115611932576119326136b0565b036119505760405163bb6a9cb560e01b815260040160405180910390fd5b5f61195a866128b6565b91505f9050606461196c6032846136c4565b61197691906136ef565b335f90815260036020526040812080549293508392909190611999908490613533565b90915550505f8054908890556119b0886001613533565b8111156119cb576119c2886001613533565b60015560028190555b33887fc7c952fa785f571ac1e669341f36fbab74cf3249647abaaafcb18be6ddeb8f3e6119fb60408d018d6134d8565b611a0a91602891602091613702565b611a1391613729565b60c01c875f01516006811115611a2b57611a2b6136b0565b88602001518960400151600d811115611a4657611a466136b0565b88611a51818c61345f565b604080516001600160401b03909716875260ff958616602088015286019390935292166060840152608083019190915260a082015260c00160405180910390a37ffddbc0123e8329393180b2d7d65a454f36a951b44f6629dcb46e34e8c18b315a88611abe60018461345f565b6040805192835260208301919091520160405180910390a1611ae06020612938565b611af35f611aee848661345f565b6127df565b5050505050505050611b0361253d565b50565b5f6005548210611b2c5760405163446ca86160e01b815260048101839052602401610974565b610e9282612879565b611b3d611f99565b611b4681612938565b611b0361253d565b5f80548015611b8d5760045f611b6560018461345f565b815260208101919091526040015f2060030154600160801b90046001600160401b0316611b8f565b5f5b91505090565b611b9d611f99565b611ba6816126fd565b505f5f611bb2836128b6565b91509150816001600160a01b0316837f6c3d03ead7c2811da29344b0cde807a4ea58d6d60ffe580502e01de3062a358483604051611bf291815260200190565b60405180910390a3611c0482826127df565b5050611b0361253d565b60408051608080820183525f80835260208084018290526060848601819052808501526001600160a01b0386168252600981529084902084519283018552805460ff808216151585526101009091041691830191909152600181018054939492939192840191611c7d9061375f565b80601f0160208091040260200160405190810160405280929190818152602001828054611ca99061375f565b8015611cf45780601f10611ccb57610100808354040283529160200191611cf4565b820191905f5260205f20905b815481529060010190602001808311611cd757829003601f168201915b50505050508152602001600282018054611d0d9061375f565b80601f0160208091040260200160405190810160405280929190818152602001828054611d399061375f565b8015611d845780601f10611d5b57610100808354040283529160200191611d84565b820191905f5260205f20905b815481529060010190602001808311611d6757829003601f168201915b5050505050815250509050919050565b5f611d9d611f99565b6001600160a01b038416611dcf5760405163961c9a4f60e01b81526001600160a01b0385166004820152602401610974565b611dd883612594565b6040516370a0823160e01b815230600482015284905f906001600160a01b038316906370a0823190602401602060405180830381865afa158015611e1e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e429190613791565b9050611e596001600160a01b038316333087612a80565b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa158015611e9d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ec19190613791565b905081811015611efd576040516317805de360e21b81526001600160a01b03881660048201526024810183905260448101829052606401610974565b5f611f08838361345f565b9050611f55817f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000006125de565b6001600160a01b0388165f9081526009602052604090205460ff16611f7d57611f7d88612abf565b611f8b600233898b85612639565b94505050505061164c61253d565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611fd957604051633ee5aeb560e01b815260040160405180910390fd5b6114c260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612b8c565b873585146120515761201e6040890160208a0161351a565b60405163b89d80bd60e01b81526001600160401b0390911660048201526024810186905288356044820152606401610974565b61205c846001613472565b6001600160401b031661207560408a0160208b0161351a565b6001600160401b0316146120ca5761208e846001613472565b61209e60408a0160208b0161351a565b604051631816694360e31b81526001600160401b03928316600482015291166024820152604401610974565b6001600160401b0383166120e460608a0160408b0161351a565b6001600160401b03161015612148576121036040890160208a0161351a565b61211360608a0160408b0161351a565b6040516354d3121d60e01b81526001600160401b03928316600482015290821660248201529084166044820152606401610974565b4261215960608a0160408b0161351a565b6001600160401b031611156121ba576121786040890160208a0161351a565b61218860608a0160408b0161351a565b604051631960437360e01b81526001600160401b03928316600482015291166024820152426044820152606401610974565b614000861115612200576121d46040890160208a0161351a565b60405163019420e960e51b81526001600160401b03909116600482015260248101879052604401610974565b5f61220b88886128a4565b90508860600135811461225e5761222860408a0160208b0161351a565b60405163e72be9f160e01b81526001600160401b0390911660048201526024810182905260608a01356044820152606401610974565b6001600160401b03831661227860e08b0160c08c0161351a565b6001600160401b031610156122dc5761229760408a0160208b0161351a565b6122a760e08b0160c08c0161351a565b604051631f1293cb60e31b81526001600160401b03928316600482015290821660248201529084166044820152606401610974565b816122ed60e08b0160c08c0161351a565b6001600160401b0316111561234f5761230c60408a0160208b0161351a565b61231c60e08b0160c08c0161351a565b6040516351469ca160e11b81526001600160401b0392831660048201529116602482015260448101839052606401610974565b60108361236260e08c0160c08d0161351a565b61236c91906137a8565b6001600160401b031611156123d25761238b60408a0160208b0161351a565b8361239c60e08c0160c08d0161351a565b6123a691906137a8565b604051637c77a79960e01b81526001600160401b03928316600482015291166024820152604401610974565b505050505050505050565b5f6123e782612b93565b805190602001209050919050565b80515f9080820361240857505f92915050565b600181111561251b575f61241d6002836136ef565b90505f5b818110156124ab57612486856124388360026136c4565b81518110612448576124486134a5565b60200260200101518683600261245e91906136c4565b612469906001613533565b81518110612479576124796134a5565b6020026020010151612c5e565b858281518110612498576124986134a5565b6020908102919091010152600101612421565b506124b76002836137c7565b60010361251157836124ca60018461345f565b815181106124da576124da6134a5565b60200260200101518482815181106124f4576124f46134a5565b602090810291909101015261250a816001613533565b9150612515565b8091505b50612408565b825f8151811061252d5761252d6134a5565b6020026020010151915050919050565b6114c25f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612000565b6bffffffffffffffff00000000602083901b1663ffffffff82161760081c600160ff83161b5b9250929050565b6001600160a01b03811615806125b557506001600160a01b038116620b81d6145b15611b0357604051630bc2c5df60e11b81526001600160a01b0382166004820152602401610974565b818310156126095760405163253bf97d60e11b81526004810184905260248101839052604401610974565b8083111561263457604051630f7b656760e41b81526004810184905260248101829052604401610974565b505050565b6005546126498686868686612c87565b5f82815260066020526040908190209190915561266a9060038316906136c4565b600282901c5f9081526007602052604090208054426001600160401b031690921b909117905561269b816001613533565b6005556040805160ff881681526001600160a01b0385811660208301529181018490528186169187169083907f2f4c1c86fee211f5a2c370158f8b00904dfc37c6977033fe06eecf2164776e999060600160405180910390a495945050505050565b5f5f548210612722576040516321c9773560e11b815260048101839052602401610974565b505f8181526004602052604081206003810154909190612775906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416613533565b9050804210156127a25760405163076f615b60e41b81526004810184905260248101829052604401610974565b50919050565b5f826127b5868685612c95565b1495945050505050565b5f6127cd8686868686612cd6565b80519060200120905095945050505050565b5f5f5f5f5f85875af190508061263457604051636f54afdd60e11b81526001600160a01b038416600482015260248101839052604401610974565b6040516001600160a01b0383811660248301526044820183905261263491859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612d48565b5f6128886003831660406136c4565b60029290921c5f9081526007602052604090205490911c919050565b5f604051828482379190912092915050565b5f818152600460208190526040822090810154829190600160e01b900460ff166128f657604051636e6f3de160e01b815260048101859052602401610974565b600401805460ff60e01b1981169091556001600160a01b0316937f00000000000000000000000000000000000000000000000000000000000000009350915050565b6001546002545f81900361294b57505050565b5f5b838110801561295b57508183105b15612a63575f83815260046020819052604090912090810154600160e01b900460ff1615612a465760048101805460ff60e01b1981169091556001600160a01b03165f90815260036020526040812080547f000000000000000000000000000000000000000000000000000000000000000092906129da908490613533565b909155505060048101546040517f000000000000000000000000000000000000000000000000000000000000000081526001600160a01b039091169085907f237ac240588fc2f18748d2b311309d8199900409a14802ac197d8e56d66911729060200160405180910390a35b612a4f846137da565b93505080612a5c906137da565b905061294d565b50808203612a79575f6001819055600255505050565b5060015550565b6040516001600160a01b038481166024830152838116604483015260648201839052612ab99186918216906323b872dd90608401612847565b50505050565b5f612ad1826306fdde0360e01b612db4565b90505f612ae5836395d89b4160e01b612db4565b90505f612af184612f75565b6001600160a01b0385165f9081526009602052604090208054600161ffff1990911661010060ff8516021781178255919250908101612b308582613848565b5060028101612b3f8482613848565b50846001600160a01b03167f063765b272ccfe8c5b747b73e618a2d710b3796d89b51946c128404ca6c85cc8858585604051612b7d93929190613906565b60405180910390a25050505050565b80825d5050565b60608135612ba7604084016020850161351a565b612bb7606085016040860161351a565b6060850135608086013560a0870135612bd660e0890160c08a0161351a565b612be76101008a0160e08b01613192565b60408051602081019990995260c097881b6001600160c01b0319908116918a019190915295871b8616604889015260508801949094526070870192909252609086015290921b1660b083015260601b6001600160601b03191660b882015260cc016040516020818303038152906040529050919050565b5f818310612c78575f82815260208490526040902061164c565b505f9182526020526040902090565b5f6127cd8686868686612fce565b5f81815b84811015612ccd57612cc382878784818110612cb757612cb76134a5565b90506020020135612c5e565b9150600101612c99565b50949350505050565b6040805160c087901b6001600160c01b031916602082015260e086901b6001600160e01b0319166028820152606085811b6001600160601b0319908116602c84015285821b1692820192909252605481018390526074015b604051602081830303815290604052905095945050505050565b5f5f60205f8451602086015f885af180612d67576040513d5f823e3d81fd5b50505f513d91508115612d7e578060011415612d8b565b6001600160a01b0384163b155b15612ab957604051635274afe760e01b81526001600160a01b0385166004820152602401610974565b60605f5f5f612dc3868661301e565b92509250925082612de75760405180602001604052805f8152509350505050610e92565b5f5f83602003612e3b575b602081108015612e215750828181518110612e0f57612e0f6134a5565b01602001516001600160f81b03191615155b15612e3657612e2f816137da565b9050612df2565b612ec2565b60408410612ea7576020838101516040850151909182141580612e675750612e6460408761345f565b81115b15612e895760405180602001604052805f815250975050505050505050610e92565b6040935060408110612e9c576040612e9e565b805b92505050612ec2565b60405180602001604052805f81525095505050505050610e92565b5f816001600160401b03811115612edb57612edb613491565b6040519080825280601f01601f191660200182016040528015612f05576020820181803683370190505b5090505f5b82811015612f685784612f1d8286613533565b81518110612f2d57612f2d6134a5565b602001015160f81c60f81b828281518110612f4a57612f4a6134a5565b60200101906001600160f81b03191690815f1a905350600101612f0a565b5098975050505050505050565b5f808080612f8a8563313ce56760e01b61301e565b925092509250821580612f9d5750602082105b15612fad57506012949350505050565b602081015160ff811115612fc2576012612fc4565b805b9695505050505050565b60405160f886901b6001600160f81b0319166020820152606085811b6001600160601b0319908116602184015285821b8116603584015284821b166049830152605d820183905290607d01612d2e565b5f80606061302f603f61c3506136ef565b61303b9061c350613533565b61304790611388613533565b5a1015613067576040516306a1f12b60e51b815260040160405180910390fd5b60408051608080825260a0820190925290602082018180368337019050509050835f5260806020820160045f8861c350fa92503d91509250925092565b5f5f83601f8401126130b4575f5ffd5b5081356001600160401b038111156130ca575f5ffd5b6020830191508360208260051b850101111561258d575f5ffd5b5f5f602083850312156130f5575f5ffd5b82356001600160401b0381111561310a575f5ffd5b613116858286016130a4565b90969095509350505050565b80356001600160401b0381168114610fdd575f5ffd5b803563ffffffff81168114610fdd575f5ffd5b5f5f6040838503121561315c575f5ffd5b61316583613122565b915061317360208401613138565b90509250929050565b80356001600160a01b0381168114610fdd575f5ffd5b5f602082840312156131a2575f5ffd5b61164c8261317c565b5f5f5f5f5f5f5f8789036101e08112156131c3575f5ffd5b88359750610100601f19820112156131d9575f5ffd5b6020890196506101208901356001600160401b038111156131f8575f5ffd5b6132048b828c016130a4565b909750955050608061013f198201121561321c575f5ffd5b50610140880192506101c08801356001600160401b0381111561323d575f5ffd5b6132498a828b016130a4565b989b979a50959850939692959293505050565b5f6020828403121561326c575f5ffd5b5035919050565b5f6101408201905082518252602083015160208301526040830151604083015260608301516132ad60608401826001600160401b03169052565b5060808301516132c860808401826001600160401b03169052565b5060a08301516132e360a08401826001600160401b03169052565b5060c08301516132fe60c08401826001600160401b03169052565b5060e083015161331960e08401826001600160a01b03169052565b506101008301516133366101008401826001600160401b03169052565b5061012083015161334c61012084018215159052565b5092915050565b5f5f5f60608486031215613365575f5ffd5b61336e8461317c565b925061337c6020850161317c565b929592945050506040919091013590565b5f6020828403121561339d575f5ffd5b81356001600160401b038111156133b2575f5ffd5b820160e0818503121561164c575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815281511515602082015260ff60208301511660408201525f60408301516080606084015261342560a08401826133c3565b90506060840151601f1984830301608085015261344282826133c3565b95945050505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610e9257610e9261344b565b6001600160401b038181168382160190811115610e9257610e9261344b565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f823561011e198336030181126134ce575f5ffd5b9190910192915050565b5f5f8335601e198436030181126134ed575f5ffd5b8301803591506001600160401b03821115613506575f5ffd5b60200191503681900382131561258d575f5ffd5b5f6020828403121561352a575f5ffd5b61164c82613122565b80820180821115610e9257610e9261344b565b5f60208284031215613556575f5ffd5b61164c82613138565b5f5f8335601e19843603018112613574575f5ffd5b8301803591506001600160401b0382111561358d575f5ffd5b6020019150600581901b360382131561258d575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60a081525f6135df60a083018c8e6135a4565b82810360208401526135f2818b8d6135a4565b9050828103604084015261360781898b6135a4565b9050828103606084015261361c8187896135a4565b905082810360808401526136318185876135a4565b9d9c50505050505050505050505050565b5f6060828403128015613653575f5ffd5b50604051606081016001600160401b038111828210171561367657613676613491565b604052825160078110613687575f5ffd5b8152602083810151908201526040830151600e81106136a4575f5ffd5b60408201529392505050565b634e487b7160e01b5f52602160045260245ffd5b8082028115828204841417610e9257610e9261344b565b634e487b7160e01b5f52601260045260245ffd5b5f826136fd576136fd6136db565b500490565b5f5f85851115613710575f5ffd5b8386111561371c575f5ffd5b5050820193919092039150565b80356001600160c01b0319811690600884101561334c576001600160c01b031960089490940360031b84901b1690921692915050565b600181811c9082168061377357607f821691505b6020821081036127a257634e487b7160e01b5f52602260045260245ffd5b5f602082840312156137a1575f5ffd5b5051919050565b6001600160401b038281168282160390811115610e9257610e9261344b565b5f826137d5576137d56136db565b500690565b5f600182016137eb576137eb61344b565b5060010190565b601f821115612634578282111561263457805f5260205f20601f840160051c602085101561381d57505f5b90810190601f840160051c035f5b81811015613840575f8382015560010161382b565b505050505050565b81516001600160401b0381111561386157613861613491565b6138758161386f845461375f565b846137f2565b6020601f8211600181146138a7575f83156138905750848201515b5f19600385901b1c1916600184901b1784556138ff565b5f84815260208120601f198516915b828110156138d657878501518255602094850194600190920191016138b6565b50848210156138f357868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b606081525f61391860608301866133c3565b828103602084015261392a81866133c3565b91505060ff8316604083015294935050505056fea26469706673582212204f37470d09a33f5ae418de333e90bdde24747682e58f173c483b440e6e6499cb64736f6c6343000822003360e060405234801561000f575f5ffd5b5060405161377638038061377683398101604081905261002e91610050565b6001600160a01b039092166080526001600160401b031660a05260c0526100a6565b5f5f5f60608486031215610062575f5ffd5b83516001600160a01b0381168114610078575f5ffd5b60208501519093506001600160401b0381168114610094575f5ffd5b80925050604084015190509250925092565b60805160a05160c05161368d6100e95f395f8181605301528181611303015261201e01525f818160ad015261057a01525f818160ec015261045d015261368d5ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80636ef25c3a1461004e5780638bf26133146100885780639a8a0592146100a8578063e10d29ee146100e7575b5f5ffd5b6100757f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b61009b6100963660046131d8565b610126565b60405161007f91906132e7565b6100cf7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b03909116815260200161007f565b61010e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161007f565b610146604080516060810182525f80825260208201819052909182015290565b5f6101578c8c8c8c8c8c8c8c6101f6565b90505f5f6101658a8a61052e565b90925090505f82600681111561017d5761017d6132d3565b146101c957604051806060016040528083600681111561019f5761019f6132d3565b81526020015f81526020015f600d8111156101bc576101bc6132d3565b81525093505050506101e8565b6101d68387878b8b61060f565b6101e2838288886106d2565b93505050505b9a9950505050505050505050565b6101fe613021565b5f6102098a8a6108cf565b90505f61021689896108cf565b90505f8b8b60405161022992919061332c565b60405180910390209050815f015181146102685781516040516359b3f2d360e01b81526004810191909152602481018290526044015b60405180910390fd5b602083015161027890600161334f565b6001600160401b031682602001516001600160401b03161415806102b5575082604001516001600160401b031682604001516001600160401b0316105b806102d957508260c001516001600160401b03168260c001516001600160401b0316105b80610300575060108360c001518360c001516102f5919061336e565b6001600160401b0316115b8061030c575061400087115b1561032a57604051635b2683d760e01b815260040160405180910390fd5b5f888860405161033b92919061332c565b6040518091039020905082606001518114610379576060830151604051633fdec4ef60e11b815260048101919091526024810182905260440161025f565b5f8460c001518460c0015161038e919061336e565b6001600160401b031690506103a4605d8261338d565b87146103d857866103b6605d8361338d565b60405163485af02360e11b81526004810192909252602482015260440161025f565b5f5b818110156104fa575f818760c001516001600160401b03166103fc91906133a4565b90505f8a8a61040c605d8661338d565b90605d61041a8760016133a4565b610424919061338d565b92610431939291906133b7565b60405161043f92919061332c565b6040519081900381206304a5c84960e51b82526004820184905291507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906394b9092090602401602060405180830381865afa1580156104aa573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104ce91906133de565b81146104f05760405163405d55d160e11b81526004810183905260240161025f565b50506001016103da565b5050505060c08301819052602001516001600160401b0316608080840191909152015160a082015298975050505050505050565b60408051818152610820810182525f9160609190816020015b61054f613063565b8152602001906001900390816105475790505090505f5f5b84811015610601575f5f5f61059e8989867f00000000000000000000000000000000000000000000000000000000000000006109ea565b925092509250826105b757600196505050505050610608565b604085036105cd57600296505050505050610608565b8186866105d981613409565b9750815181106105eb576105eb613421565b6020026020010181905250809350505050610567565b5081525f91505b9250929050565b6106198484610a97565b8552610627601060406133a4565b6001600160401b0381111561063e5761063e6133f5565b604051908082528060200260200182016040528015610667578160200160208202803683370190505b5060208601525f610679605d83613449565b90505f5b818110156106c9576106c1878585610696605d8661338d565b90605d6106a48760016133a4565b6106ae919061338d565b926106bb939291906133b7565b84610fd6565b60010161067d565b50505050505050565b6106f2604080516060810182525f80825260208201819052909182015290565b60a085015160c08601515f5b8651811015610793575f61072b8989848151811061071e5761071e613421565b60200260200101516111ab565b90505f81600d811115610740576107406132d3565b1461078a57610751898888876115e7565b6040805160608101909152806003815260200183815260200182600d81111561077c5761077c6132d3565b8152509450505050506108c7565b506001016106fe565b5060608701511561081a575f6107ad888360e00151611662565b905087606001515f196107c0919061345c565b8160a0015111156107ff576107d7888787866115e7565b60408051606081018252600481525f60208201819052909182019081525093505050506108c7565b87606001518160a00181815161081591906133a4565b905250505b5f610827888787866116b4565b602089015160408a015180825260a0850151929350909161084783611738565b146108875760408051606081019091528060055b81526020015f81526020015f600d811115610878576108786132d3565b815250955050505050506108c7565b836080015183146108a557604080516060810190915280600661085b565b604080516060810182525f808252602082018190529091820152955050505050505b949350505050565b6108d76130c6565b60ac82146108fb5760405163187eb95b60e31b81526004810183905260240161025f565b61090860205f84866133b7565b6109119161346f565b81526109216028602084866133b7565b61092a9161348c565b60c01c60208201526109406030602884866133b7565b6109499161348c565b60c01c604082015261095f6050603084866133b7565b6109689161346f565b606082015261097b6070605084866133b7565b6109849161346f565b60808201526109976090607084866133b7565b6109a09161346f565b60a08201526109b36098609084866133b7565b6109bc9161348c565b60c090811c908201526109d360ac609884866133b7565b6109dc916134c2565b60601c60e082015292915050565b5f6109f3613063565b5f610a496040518061016001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f60ff1681526020015f81526020015f81525090565b610a568888888685611880565b909450915083610a69575f935050610a8d565b604051610a79898986858a611c7d565b6001600160a01b0316610160850152604052505b9450945094915050565b60606002821015610abd57604051632dfca8b160e11b81525f600482015260240161025f565b5f83836001818110610ad157610ad1613421565b919091013560f81c9050600885855f81610aed57610aed613421565b9050013560f81c60f81b60f81c60ff16901b179050806001600160401b03811115610b1a57610b1a6133f5565b604051908082528060200260200182016040528015610b5357816020015b610b40613127565b815260200190600190039081610b385790505b50915060025f805b83811015610fa9575f858281518110610b7657610b76613421565b60200260200101519050836021610b8d91906133a4565b871015610bb057604051632dfca8b160e11b81526004810185905260240161025f565b878488610bbe8260206133a4565b92610bcb939291906133b7565b610bd49161346f565b81528115801590610be6575080518310155b15610c0757604051632dfca8b160e11b81526004810185905260240161025f565b805192505f8888610c198760206133a4565b818110610c2857610c28613421565b919091013560f81c9150610c3f90506021866133a4565b94508060ff16600103610cf357610c578560286133a4565b881015610c7a57604051632dfca8b160e11b81526004810186905260240161025f565b60016020830152888589610c8f8260086133a4565b92610c9c939291906133b7565b610ca59161348c565b60c01c60408301528888610cba8760086133a4565b90610cc68860286133a4565b92610cd3939291906133b7565b610cdc9161346f565b6060830152610cec6028866133a4565b9450610d87565b8060ff16600203610d6057610d098560206133a4565b881015610d2c57604051632dfca8b160e11b81526004810186905260240161025f565b888589610d3a8260206133a4565b92610d47939291906133b7565b610d509161346f565b6060830152610cec6020866133a4565b610d6b60018661345c565b604051632dfca8b160e11b815260040161025f91815260200190565b60408201516001600160401b03166080830152606082015160a0830152610daf8560026133a4565b881015610dd257604051632dfca8b160e11b81526004810186905260240161025f565b5f8989610de08860016133a4565b818110610def57610def613421565b919091013560f81c905060088b8b89818110610e0d57610e0d613421565b919091013560f81c90911b919091179150610e2b90506002876133a4565b9550610e3781876133a4565b610e429060016133a4565b891015610e6557604051632dfca8b160e11b81526004810187905260240161025f565b60c08301869052610e7681876133a4565b60e0840152610e8581876133a4565b95505f8a8a88818110610e9a57610e9a613421565b919091013560f81c9150610eb190506001886133a4565b965060ff811660011480610ec8575060ff81166002145b15610f8657610ed88760406133a4565b8a1015610efb57604051632dfca8b160e11b81526004810188905260240161025f565b60405180606001604052808260ff1681526020018c8c8a908b6020610f2091906133a4565b92610f2d939291906133b7565b610f369161346f565b81526020018c8c8a6020610f4a91906133a4565b90610f568c60406133a4565b92610f63939291906133b7565b610f6c9161346f565b9052610100850152610f7f6040886133a4565b9650610f9a565b60ff811615610f9a57610d6b60018861345c565b50505050806001019050610b5b565b50818514610fcd57604051632dfca8b160e11b81526004810183905260240161025f565b50505092915050565b5f83835f818110610fe957610fe9613421565b919091013560f81c91505f90506110046015600186886133b7565b61100d916134c2565b60601c90505f6110216029601587896133b7565b61102a916134c2565b60601c90505f61103e603d6029888a6133b7565b611047916134c2565b60601c90505f61105b605d603d898b6133b7565b6110649161346f565b90505f1960ff8616016110c2576001600160a01b0382161561109c57604051638999754d60e01b81526004810187905260240161025f565b5f6110a78a85611662565b90506110b78160a0015183611e0b565b60a0909101526111a0565b60011960ff861601611104576001600160a01b0382166110f857604051638999754d60e01b81526004810187905260240161025f565b5f6110a78a8585611e26565b60021960ff861601611184575f6001600160a01b038316156111305761112b8a8685611e26565b61113a565b61113a8a86611662565b90505f8160a001518310611152578160a00151611154565b825b9050808260a001818151611168919061345c565b905250801561117d5761117d8b868684611e82565b50506111a0565b604051638999754d60e01b81526004810187905260240161025f565b505050505050505050565b5f5f6111b683611f38565b90505f81600d8111156111cb576111cb6132d3565b146111d75790506115e1565b5f6111e785856101600151611662565b905080608001516001600160401b031684606001516001600160401b03161015611216576008925050506115e1565b80608001516001600160401b031684606001516001600160401b03161115611243576009925050506115e1565b6001600160401b03801681608001516001600160401b03160361126b57600a925050506115e1565b6080840151611284906001600160401b03165f19613449565b8460c00151111561129a57600b925050506115e1565b5f8460c0015185608001516001600160401b03166112b8919061338d565b90508461010001515f196112cc919061345c565b8111806112eb57506101008501516112e490826133a4565b8260a00151105b156112fc57600b93505050506115e1565b60a08501517f00000000000000000000000000000000000000000000000000000000000000009081019081108061133657508560c0015181115b15611342575060c08501515b5f6113508760400151612072565b611363906001600160401b03168361338d565b905061136d613127565b8751156113aa57611388898961016001518a60e00151611e26565b90508761014001518160a0015110156113aa57600c96505050505050506115e1565b604088015160ff16611463578761016001516001600160a01b03168860e001516001600160a01b0316141580156113e5575061010088015115155b1561145e575f6113f98a8a60e00151611662565b90508861010001515f1961140d919061345c565b8160a00151111561142857600d9750505050505050506115e1565b8861010001518660a00181815161143f919061345c565b90525061010089015160a0820180516114599083906133a4565b905250505b61158a565b600260ff16886040015160ff16036114a8578761010001518560a00181815161148c919061345c565b90525061016088015161010089015161145e918b915f90611e82565b600160ff16886040015160ff1603611552578761016001516001600160a01b03168861012001516001600160a01b03161461145e575f6114f28a8a61012001518b60e00151611e26565b90508861014001515f19611506919061345c565b8160a00151111561152157600d9750505050505050506115e1565b8861014001518260a001818151611538919061345c565b90525061014089015160a0820180516114599083906133a4565b8761014001518160a001818151611569919061345c565b9150818152505061158a898961016001518a60e001518b6101400151611e82565b60018560800181815161159d919061334f565b6001600160401b031690525060a0850180518391906115bd90839061345c565b9052506060890180518391906115d49083906133a4565b9052505f96505050505050505b92915050565b83515f5b815181101561165a575f82828151811061160757611607613421565b602002602001015190505f61161d8260016120ba565b825160c084015160e085015192935061164c9288929161163f91908b8d6133b7565b858688610100015161213d565b5050508060010190506115eb565b505050505050565b61166a613127565b606082901b5f9081526014902083516116839082612163565b915081602001516116ad578151604051632d902ed960e11b8152600481019190915260240161025f565b5092915050565b83515f90815b815181101561172d575f8282815181106116d6576116d6613421565b6020026020010151905061172285825f015189898560c00151908660e0015192611702939291906133b7565b61170d8660016120ba565b611717875f6120ba565b87610100015161213d565b9450506001016116ba565b509195945050505050565b80515f9080820361174b57505f92915050565b600181111561185e575f611760600283613449565b90505f5b818110156117ee576117c98561177b83600261338d565b8151811061178b5761178b613421565b6020026020010151868360026117a1919061338d565b6117ac9060016133a4565b815181106117bc576117bc613421565b60200260200101516121e5565b8582815181106117db576117db613421565b6020908102919091010152600101611764565b506117fa6002836134f8565b600103611854578361180d60018461345c565b8151811061181d5761181d613421565b602002602001015184828151811061183757611837613421565b602090810291909101015261184d8160016133a4565b9150611858565b8091505b5061174b565b825f8151811061187057611870613421565b6020026020010151915050919050565b5f8085851061189357505f905083611c73565b5f8787878181106118a6576118a6613421565b919091013560f81c91505060f08116156118c6575f869250925050611c73565b60018116151585526002811615156020860152600481165f036118e9575f6118ec565b60015b60ff166101008501526119008660016133a4565b80855291505f6119138989856008612214565b91955090935090508361192a575f93505050611c73565b6001600160401b0381166060870152602080860184905260408601849052611957908a908a908690612214565b91955090935090508361196e575f93505050611c73565b60a0860181905260208601511561198b5760c086018190526119b7565b6119988989856020612214565b9195509093509050836119af575f93505050611c73565b60c086018190525b60608501839052600882165f03611a0a57608085018390526119dc8989856008612214565b9195509093509050836119f3575f93505050611c73565b6001600160401b038116608087015260a085018390525b611a158360146133a4565b881015611a26575f93505050611c73565b888389611a348260146133a4565b92611a41939291906133b7565b611a4a916134c2565b60601c60e0870152611a5d6014846133a4565b865190935015611aee57611a728360146133a4565b881015611a83575f93505050611c73565b888389611a918260146133a4565b92611a9e939291906133b7565b611aa7916134c2565b60601c610120870152611abb6014846133a4565b9250611aca8989856020612214565b919550909350905083611ae1575f93505050611c73565b6101408601819052611b29565b60c08501839052611b028989856020612214565b919550909350905083611b19575f93505050611c73565b610100860181905260e085018390525b855115611b5f576101208601516001600160a01b0316620b81d614611b4f576001611b52565b60035b60ff166040870152611b88565b60e08601516001600160a01b0316620b81d614611b7c575f611b7f565b60025b60ff1660408701525b6008821615611bb157611b9e8660400151612072565b6001600160401b03166080870152611be4565b611bbe8660400151612072565b6001600160401b031686608001516001600160401b031603611be4575f93505050611c73565b611bef8360406133a4565b881015611c00575f93505050611c73565b888389611c0e8260206133a4565b92611c1b939291906133b7565b611c249161346f565b6101208601528888611c378560206133a4565b90611c438660406133a4565b92611c50939291906133b7565b611c599161346f565b6101408601526001611c6c8460406133a4565b9350935050505b9550959350505050565b5f611c928361012001518461014001516123cb565b611c9d57505f611e02565b5f611caa8787878761242b565b90505f611cbf846001600160401b03166125e3565b90505f866020015115611d2b575f8383604051602001611ce0929190613522565b6040516020818303038152906040529050611cfb815161268c565b81604051602001611d0d929190613549565b60405160208183030381529060405280519060200120915050611d86565b5f8284604051602001611d3f929190613557565b6040516020818303038152906040529050611d5a815161268c565b81604051602001611d6c929190613577565b604051602081830303815290604052805190602001209150505b600181876101000151601b611d9b919061358f565b6101208901516101408a0151604080515f8152602081018083529590955260ff909316928401929092526060830152608082015260a0016020604051602081039080840390855afa158015611df2573d5f5f3e3d5ffd5b5050506020604051035193505050505b95945050505050565b5f828201838110611e1c57806108c7565b5f19949350505050565b611e2e613127565b5f8360601b5f528260601b60145260285f209050611e4f855f015182612163565b9150816020015115611e7a578151604051632d902ed960e11b8152600481019190915260240161025f565b509392505050565b6040848101516080860151825160c09190911b6001600160c01b03191660208083019190915260e083901b6001600160e01b0319166028830152606087811b6001600160601b0319908116602c8501529087901b16828501526054808301869052845180840390910181526074909201909352805192019190912085602001518281518110611f1357611f13613421565b6020908102919091010152611f298160016133a4565b60409095019490945250505050565b80515f9015611f8257620b81d66001600160a01b03168260e001516001600160a01b031603611f6957506001919050565b8161014001515f03611f7d57506002919050565b611fb1565b60e08201516001600160a01b0316620b81d6148015611fa45750610100820151155b15611fb157506002919050565b630100000082608001516001600160401b03161115611fd257506003919050565b611fdf8260400151612072565b6001600160401b031682608001516001600160401b0316101561200457506004919050565b8160c001518260a00151111561201c57506005919050565b7f00000000000000000000000000000000000000000000000000000000000000008260c00151101561205057506006919050565b6101608201516001600160a01b031661206b57506007919050565b505f919050565b5f5f1960ff831601612087575061c350919050565b60011960ff83160161209c5750619c40919050565b60021960ff8316016120b1575061ea60919050565b50615208919050565b5f5f826120cb5783608001516120d1565b83604001515b90505f836120e3578460a001516120e9565b84606001515b905084602001516120fd5791506115e19050565b6001600160401b038216158015612112575080155b1561212257505f91506115e19050565b60405160c09290921b82526008820152602890209392505050565b6040515f90612151898989898989896126dc565b91508060405250979650505050505050565b61216b613127565b5f5f84515b808210156121c25780820160011c60018101602002870151805187810361219f57509450600193506121c29050565b878110600181146121b2578394506121b9565b6001840195505b50505050612170565b5050806116ad57604051632d902ed960e11b81526004810184905260240161025f565b5f8183106121ff575f82815260208490526040902061220d565b5f8381526020839052604090205b9392505050565b5f808085851061222b57505f915081905083610a8d565b5f87878781811061223e5761223e613421565b919091013560f81c9150505f819003612260575f5f8793509350935050610a8d565b60808160ff16101561228a5760018161227988836133a4565b91955060ff1693509150610a8d9050565b5f6122966080836135a8565b60ff169050805f036122bc5760015f6122af89836133a4565b9450945094505050610a8d565b858111806122de5750806122d18860016133a4565b6122db91906133a4565b88105b156122f3575f5f889450945094505050610a8d565b5f89896123018a60016133a4565b81811061231057612310613421565b919091013560f81c9150508015806123365750816001148015612336575060808160ff16105b1561234c575f5f89955095509550505050610a8d565b61235782602061345c565b61236290600861338d565b8a8a61236f8b60016133a4565b908561237c8d60016133a4565b61238691906133a4565b92612393939291906133b7565b61239c9161346f565b901c9450600185836123ae8b846133a4565b6123b891906133a4565b9550955095505050509450945094915050565b5f828281158015906123ee575070014551231950b75fc4402da1732fc9bebe1982105b80156123f957508015155b8015611e0257507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a01015949350505050565b60608082608001515f036124565761244f84608001516001600160401b03166125e3565b90506124a2565b608083015160a084015161246b9187896133b7565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509293505050505b6040805180820182526001808252600160ff1b602080840182905284518086019095529184529083015285519091901561253657610120860151610140870151604051612e1160f21b602082015263a9059cbb60e01b60228201525f602682015260609290921b6001600160601b031916603283015260468201526066016040516020818303038152906040529050612582565b60c085015160e086015161254b91898b6133b7565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509294505050505b8451602086015161259491898b6133b7565b604087015160608801516125a9918b8d6133b7565b60e08a01516040516125c795949392918991899089906020016135c1565b6040516020818303038152906040529350505050949350505050565b6060815f036126095750506040805180820190915260018152600160ff1b602082015290565b6080821015612643576040516001600160f81b031960f884901b1660208201526021015b6040516020818303038152906040529050919050565b5f61264d836127f3565b905061265a8160806133a4565b6126648483612817565b604051602001612675929190613623565b604051602081830303815290604052915050919050565b606060388210156126c5576126a28260c06133a4565b60405160200161262d919060f89190911b6001600160f81b031916815260010190565b5f6126cf836127f3565b905061265a8160f76133a4565b5f5f6126e987878a6128be565b9050848160c00151146127265760c0810151604051634f7232a560e01b8152600481018a905260248101919091526044810186905260640161025f565b5f5f86860361275a57845160ff161561275557604051631e6bad1b60e11b8152600481018b905260240161025f565b61276e565b6127688a8a8a868a8a612c09565b90925090505b5f5f5f61277f8d8d8d898989612e01565b92509250925080156127a457604051630f4ea0ab60e41b815260040160405180910390fd5b8560e00151806127b457508d8314155b156127d2576040516309bde33960e01b815260040160405180910390fd5b8989146127df57816127e1565b8d5b9e9d5050505050505050505050505050565b5f5b81156128125761280481613409565b9050600882901c91506127f5565b919050565b6060816001600160401b03811115612831576128316133f5565b6040519080825280601f01601f19166020018201604052801561285b576020820181803683370190505b5090505f5b828110156116ad5761287381600861338d565b84901c60f81b828261288660018761345c565b612890919061345c565b815181106128a0576128a0613421565b60200101906001600160f81b03191690815f1a905350600101612860565b6129026040518061010001604052805f81526020015f81526020015f151581526020015f81526020015f81526020015f81526020015f81526020015f151581525090565b600383101561292457604051630f4ea0ab60e41b815260040160405180910390fd5b5f8484600181811061293857612938613421565b919091013560f81c9050600886865f8161295457612954613421565b9050013560f81c60f81b60f81c60ff16901b17905061010081111561298c57604051630f4ea0ab60e41b815260040160405180910390fd5b5f600861299a8360076133a4565b6129a49190613449565b6129af9060026133a4565b90508085116129d157604051630f4ea0ab60e41b815260040160405180910390fd5b5f5f828801600289015b81811015612a085780355f1a5b80156129ff57600193909301925f198101166129e8565b506001016129db565b505060200282019050612a1c6008846134f8565b15801590612a615750612a306008846134f8565b60ff901c8787612a4160018661345c565b818110612a5057612a50613421565b919091013560f81c91909116151590505b15612a7f57604051630f4ea0ab60e41b815260040160405180910390fd5b808611612a9f57604051630f4ea0ab60e41b815260040160405180910390fd5b828452602084018190525f878783818110612abc57612abc613421565b919091013560f81c9150506001819003612bc557612adb8260416133a4565b8714612afa57604051630f4ea0ab60e41b815260040160405180910390fd5b5f8888612b088560016133a4565b90612b148660216133a4565b92612b21939291906133b7565b612b2a9161346f565b90505f8989612b3a8660216133a4565b90612b468760416133a4565b92612b53939291906133b7565b612b5c9161346f565b6001604089015260608801839052608088018190529050612b7d8282612ebd565b60a0880152801580612ba857508515801590612ba85750612ba08661010061345c565b828918901c15155b151560e0880152878203612bbe5760c087018190525b5050612bfe565b60ff8116151580612be05750612bdc8260016133a4565b8714155b15612bfe57604051630f4ea0ab60e41b815260040160405180910390fd5b505050509392505050565b825160408401515f919081901580612c245750888660600151145b15612db6578415612c6857835160ff1615612c5557604051631e6bad1b60e11b8152600481018a905260240161025f565b612c5f8986612ebd565b92509050612df6565b805f03612ca157835160ff1615612c9557604051631e6bad1b60e11b8152600481018a905260240161025f565b505f9150819050612df6565b5f612cb78989612cb260018661345c565b612eda565b15612cec57888860208960200151612ccf919061345c565b60208a0151612ce0939092906133b7565b612ce99161346f565b90505b845160ff166001148015612d10575080612d0e86602001518760400151612ebd565b145b15612d5d57612d2060018361345c565b92505b5f83118015612d3f5750612d3d8989612cb260018761345c565b155b15612d5457612d4d83613642565b9250612d23565b9250612df69050565b845160ff166002148015612d8a575080612d88866020015187604001515f9182526020526040902090565b145b15612d9a57505f92509050612df6565b604051631e6bad1b60e11b8152600481018b905260240161025f565b835160ff1615612ddc57604051631e6bad1b60e11b8152600481018a905260240161025f565b612df189868860600151896080015185612f28565b925090505b965096945050505050565b8251602084015160a08501519184915f919060028a018a8201835b8015612eac575f19015f600382901c840135811a6080600784161c1615612e515750601f1990910190813580612e5157600196505b60018f8360ff031c165f8114612e8657815f528960205260405f2099508a831015612e81578860205260405f2098505b612ea5565b895f528160205260405f2099508a831015612ea557885f5260405f2098505b5050612e1c565b505050505096509650969350505050565b5f6040516001815360018101939093525060218201526041902090565b5f612ee66008836134f8565b6080901c8484612ef7600886613449565b612f029060026133a4565b818110612f1157612f11613421565b919091013560f81c91909116151595945050505050565b5f818685185b612f398260ff61345c565b81901c6001165f03612f5557612f4e82613409565b9150612f2e565b5f612f608989612ebd565b90505f612f6d8888612ebd565b9050612f798a85613003565b15612f90575f818152602083905260409020612f9e565b5f8281526020829052604090205b9450835b86811115612ff557612fbe8b612fb960018461345c565b613003565b15612fd5575f808052602087905260409020612fe3565b5f8681526020819052604090205b9550612fee81613642565b9050612fa2565b505050505095945050505050565b5f61300f8260ff61345c565b9290921c60011692915050565b905290565b6040518060e0016040528060608152602001606081526020015f81526020015f81526020015f6001600160401b031681526020015f815260200161301c6130c6565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915290565b6040518061010001604052805f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f6001600160401b031681526020015f6001600160a01b031681525090565b6040518061012001604052805f81526020015f151581526020015f6001600160401b031681526020015f81526020015f6001600160401b031681526020015f81526020015f81526020015f815260200161301c60405180606001604052805f60ff1681526020015f81526020015f81525090565b5f5f83601f8401126131ab575f5ffd5b5081356001600160401b038111156131c1575f5ffd5b602083019150836020828501011115610608575f5ffd5b5f5f5f5f5f5f5f5f5f5f60a08b8d0312156131f1575f5ffd5b8a356001600160401b03811115613206575f5ffd5b6132128d828e0161319b565b909b5099505060208b01356001600160401b03811115613230575f5ffd5b61323c8d828e0161319b565b90995097505060408b01356001600160401b0381111561325a575f5ffd5b6132668d828e0161319b565b90975095505060608b01356001600160401b03811115613284575f5ffd5b6132908d828e0161319b565b90955093505060808b01356001600160401b038111156132ae575f5ffd5b6132ba8d828e0161319b565b915080935050809150509295989b9194979a5092959850565b634e487b7160e01b5f52602160045260245ffd5b81516060820190600781106132fe576132fe6132d3565b8252602083810151908301526040830151600e811061331f5761331f6132d3565b8060408401525092915050565b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156115e1576115e161333b565b6001600160401b0382811682821603908111156115e1576115e161333b565b80820281158282048414176115e1576115e161333b565b808201808211156115e1576115e161333b565b5f5f858511156133c5575f5ffd5b838611156133d1575f5ffd5b5050820193919092039150565b5f602082840312156133ee575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b5f6001820161341a5761341a61333b565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b5f8261345757613457613435565b500490565b818103818111156115e1576115e161333b565b803560208310156115e1575f19602084900360031b1b1692915050565b80356001600160c01b031981169060088410156116ad576001600160c01b031960089490940360031b84901b1690921692915050565b80356001600160601b031981169060148410156116ad576001600160601b031960149490940360031b84901b1690921692915050565b5f8261350657613506613435565b500690565b5f81518060208401855e5f93019283525090919050565b5f613536613530838661350b565b8461350b565b61010160f71b8152600201949350505050565b5f6108c7613530838661350b565b5f613565613530838661350b565b600360fe1b8152600101949350505050565b600160f91b81525f6108c7613530600184018661350b565b60ff81811683821601908111156115e1576115e161333b565b60ff82811682821603908111156115e1576115e161333b565b878982375f8882015f8152878982375f9088019081526135e1818861350b565b602560fa1b8152606087901b6001600160601b0319166001820152905061361461360e601583018761350b565b8561350b565b9b9a5050505050505050505050565b60f883901b6001600160f81b03191681525f6108c7600183018461350b565b5f816136505761365061333b565b505f19019056fea2646970667358221220840541aee12e057c365048686d4894aaf4a7c98b718afa879f3aba85e79b540d64736f6c63430008220033",
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
// the contract method with ID 0xb1f5fcc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge((uint256,bytes,bytes,bytes32[],bytes,bytes,bytes) c) returns()
func (rollup *Rollup) PackChallenge(c RollupChallenge) []byte {
	enc, err := rollup.abi.Pack("challenge", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1f5fcc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge((uint256,bytes,bytes,bytes32[],bytes,bytes,bytes) c) returns()
func (rollup *Rollup) TryPackChallenge(c RollupChallenge) ([]byte, error) {
	return rollup.abi.Pack("challenge", c)
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
