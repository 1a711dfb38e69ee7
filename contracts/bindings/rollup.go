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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"inclusionWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"l2BaseFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minTokenDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxTokenDeposit\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.Config\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"BadWithdrawalProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"BlockNotInBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"BondNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"DepositTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"DepositTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EthTransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGasForMetadata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"InvalidToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBatches\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"queueLength\",\"type\":\"uint256\"}],\"name\":\"QueueCursorBeyondQueue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentCursor\",\"type\":\"uint64\"}],\"name\":\"QueueCursorDecreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentTimestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeParent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now\",\"type\":\"uint256\"}],\"name\":\"TimestampInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"before\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"afterwards\",\"type\":\"uint256\"}],\"name\":\"TokenBalanceDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyQueueItems\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"posted\",\"type\":\"bytes32\"}],\"name\":\"TxDataHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"TxDataTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownQueueItem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"posted\",\"type\":\"uint64\"}],\"name\":\"WrongBlockNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"posted\",\"type\":\"bytes32\"}],\"name\":\"WrongParentHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blocksRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"}],\"name\":\"BatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"QueueItemAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"}],\"name\":\"TokenRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_DECIMALS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GENESIS_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_QUEUE_ITEMS_PER_BLOCK\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOKEN_STRING_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TX_DATA_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"METADATA_CALL_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"depositETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"blockProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.Withdrawal\",\"name\":\"w\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"withdrawalProof\",\"type\":\"bytes32[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"getBatch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blocksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"bondHeld\",\"type\":\"bool\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindowOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"isWithdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2BaseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTokenDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minTokenDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueCursor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"queueItemHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"queueItemTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"reclaimBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"}],\"internalType\":\"structRollup.BlockData[]\",\"name\":\"blocks\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"}],\"internalType\":\"structRollup.TokenInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Rollup",
	Bin: "0x6101e0604052348015610010575f5ffd5b5060405161352838038061352883398101604081905261002f916103bf565b80516001600160401b0316158061005857506620000000000000815f01516001600160401b0316115b15610097576040516389a6198960e01b81526020600482015260096024820152681b0c90da185a5b925960ba1b60448201526064015b60405180910390fd5b60208101516001600160a01b03166100de576040516389a6198960e01b815260206004820152600960248201526839b2b8bab2b731b2b960b91b604482015260640161008e565b80604001516001600160401b03165f0361012d576040516389a6198960e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b604482015260640161008e565b80606001516001600160401b03165f0361017c576040516389a6198960e01b815260206004820152600f60248201526e696e636c7573696f6e57696e646f7760881b604482015260640161008e565b80608001515f036101b9576040516389a6198960e01b815260040161008e90602080825260049082015263189bdb9960e21b604082015260600190565b8060a001515f036101f9576040516389a6198960e01b81526020600482015260096024820152686c324261736546656560b81b604482015260640161008e565b60c0810151158061021157508060e001518160c00151115b806102235750600160801b8160e00151115b15610262576040516389a6198960e01b815260206004820152600e60248201526d6465706f73697420626f756e647360901b604482015260640161008e565b610100810151158061027d5750806101200151816101000151115b806102905750600160801b816101200151115b156102de576040516389a6198960e01b815260206004820152601460248201527f746f6b656e206465706f73697420626f756e6473000000000000000000000000604482015260640161008e565b80516001600160401b03908116608090815260208301516001600160a01b031660a09081526040840151831660c09081526060850151841660e090815292850151610100908152918501516101209081529085015161014052918401516101605283015161018052909101516101a05242166101c05261045f565b60405161014081016001600160401b038111828210171561038857634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b03811681146103a4575f5ffd5b919050565b80516001600160a01b03811681146103a4575f5ffd5b5f6101408284031280156103d1575f5ffd5b506103da610359565b6103e38361038e565b81526103f1602084016103a9565b60208201526104026040840161038e565b60408201526104136060840161038e565b60608201526080838101519082015260a0808401519082015260c0808401519082015260e080840151908201526101008084015190820152610120928301519281019290925250919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c051612ff56105335f395f81816106c3015261119201525f81816102a501526118f101525f818161051101526118d001525f81816104410152610e0a01525f818161036e0152610de901525f61065d01525f81816104740152818161081a0152818161085401526122c101525f818161069001528181611207015261124c01525f81816104a70152818161114d015261210801525f81816103f601526107c001525f61062a0152612ff55ff3fe608060405260043610610207575f3560e01c80638fd1e17e11610113578063e3176bd51161009d578063f057a15e1161006d578063f057a15e146106fb578063f087392e1461070f578063f40caf1a14610742578063f5dab71114610761578063fb0f97a81461078d575f5ffd5b8063e3176bd51461064c578063e88816e71461067f578063eae4c19f146106b2578063ee9a31a2146106e5575f5ffd5b8063ac2efaf7116100e3578063ac2efaf7146105ab578063b406b3a4146105bf578063bad81634146105de578063c5008f46146105f3578063d6ae3cd514610619575f5ffd5b80638fd1e17e1461050057806394b9092014610533578063a1651fe214610552578063ab91c7b014610596575f5ffd5b806341b3d185116101945780635c1bba38116101645780635c1bba38146103e55780636083e59a1461043057806364c9ec6f14610463578063861a1412146104965780638985646a146104e1575f5ffd5b806341b3d1851461035d5780634213032b1461039057806344591a07146103a55780635ac44282146103b9575f5ffd5b80631ab5cbe1116101da5780631ab5cbe1146102c75780632d2da806146102f65780632f3daacd1461030957806333727c4d1461032a57806338ebcf1014610349575f5ffd5b806303144c611461020b57806306f130561461023157806307e2da96146102455780630c0cb9dd14610294575b5f5ffd5b61021e61021936600461295d565b6107ac565b6040519081526020015b60405180910390f35b34801561023c575f5ffd5b5061021e5f5481565b348015610250575f5ffd5b50610259610d02565b604080516001600160401b0396871681526020810195909552928516928401929092529092166060820152608081019190915260a001610228565b34801561029f575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102d2575f5ffd5b506102e66102e13660046129c4565b610da9565b6040519015158152602001610228565b61021e610304366004612a0b565b610dd1565b348015610314575f5ffd5b50610328610323366004612a24565b610e4b565b005b348015610335575f5ffd5b506102e6610344366004612ad5565b61111e565b348015610354575f5ffd5b5061021e604081565b348015610368575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561039b575f5ffd5b5061021e61c35081565b3480156103b0575f5ffd5b506102e6611185565b3480156103c4575f5ffd5b506103d86103d3366004612ad5565b611292565b6040516102289190612aec565b3480156103f0575f5ffd5b506104187f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610228565b34801561043b575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561046e575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b3480156104a1575f5ffd5b506104c97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610228565b3480156104ec575f5ffd5b5061021e6104fb366004612bcc565b6113b6565b34801561050b575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561053e575f5ffd5b5061021e61054d366004612ad5565b611421565b34801561055d575f5ffd5b50610566611459565b60405161022894939291909384526001600160401b03928316602085015291166040830152606082015260800190565b3480156105a1575f5ffd5b5061021e60025481565b3480156105b6575f5ffd5b5061021e601081565b3480156105ca575f5ffd5b506104c96105d9366004612ad5565b6114dd565b3480156105e9575f5ffd5b5061021e61400081565b3480156105fe575f5ffd5b50610607601281565b60405160ff9091168152602001610228565b348015610624575f5ffd5b506104c97f000000000000000000000000000000000000000000000000000000000000000081565b348015610657575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561068a575f5ffd5b506104c97f000000000000000000000000000000000000000000000000000000000000000081565b3480156106bd575f5ffd5b506104c97f000000000000000000000000000000000000000000000000000000000000000081565b3480156106f0575f5ffd5b50610418620b81d681565b348015610706575f5ffd5b506104c961150c565b34801561071a575f5ffd5b5061021e7ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af81565b34801561074d575f5ffd5b5061032861075c366004612ad5565b611552565b34801561076c575f5ffd5b5061078061077b366004612a0b565b6115ce565b6040516102289190612c34565b348015610798575f5ffd5b5061021e6107a7366004612bcc565b611754565b5f6107b5611959565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015906107f357506107f1611185565b155b1561081857604051630596787760e01b81523360048201526024015b60405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000034146108805760405163062f01ed60e11b81523460048201527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161080f565b815f8190036108a25760405163c2e5347d60e01b815260040160405180910390fd5b5f805492507ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af9080808515610921575f6001816108df828a612ca2565b815260208101919091526040015f2060018101546003909101549095506001600160401b038082169550600160401b820481169450600160801b909104169150505b5f61092d846001612cb5565b6002549091505f876001600160401b0381111561094c5761094c612cd4565b604051908082528060200260200182016040528015610975578160200160208202803683370190505b5090505f5b88811015610a5657368c8c8381811061099557610995612ce8565b90506020028101906109a79190612cfc565b90506109ea818e8e858181106109bf576109bf612ce8565b90506020028101906109d19190612cfc565b6109e090610100810190612d1b565b8c8c8c8c8b6119c8565b6109f381611d9f565b985088838381518110610a0857610a08612ce8565b602002602001018181525050806020016020810190610a279190612d5d565b9750610a396060820160408301612d5d565b9650610a4b60e0820160c08301612d5d565b95505060010161097a565b505f610a6182611db7565b90505f8c8c610a7160018d612ca2565b818110610a8057610a80612ce8565b9050602002810190610a929190612cfc565b5f016080013590506040518061014001604052808381526020018a8152602001828152602001896001600160401b03168152602001886001600160401b03168152602001876001600160401b03168152602001426001600160401b03168152602001336001600160a01b03168152602001866001600160401b031681526020016001151581525060015f8d81526020019081526020015f205f820151815f015560208201518160010155604082015181600201556060820151816003015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060808201518160030160086101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160030160106101000a8154816001600160401b0302191690836001600160401b0316021790555060c08201518160030160186101000a8154816001600160401b0302191690836001600160401b0316021790555060e0820151816004015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506101008201518160040160146101000a8154816001600160401b0302191690836001600160401b0316021790555061012082015181600401601c6101000a81548160ff0219169083151502179055509050508a6001610c849190612d76565b5f55604080516001600160401b0387811682528a81166020830152818301859052606082018c905260808201849052881660a0820152905133918d917f954a6e48693707209bf3bb9979315bcaeb60600aa9ab918753dc2cd65bd776549181900360c00190a350505050505050505050610cfc611eff565b92915050565b5f5f5f5f5f5f5f549050805f03610d4857505f94507ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af9350849250829150819050610da2565b5f600181610d568285612ca2565b815260208101919091526040015f20600381015460018201546002909201546001600160401b038083169a50929850600160401b820483169750600160801b9091049091169450925050505b9091929394565b5f5f5f610db68585611f29565b5f918252600560205260409091205416151595945050505050565b5f610dda611959565b610de382611f56565b610e2e347f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611fa0565b610e3c600133845f34611ffb565b9050610e46611eff565b919050565b610e53611959565b5f610e5d886120bf565b90505f610e6988611d9f565b9050610e7a8787845f01548461216a565b610ea15760405163202d040b60e21b8152600481018a90526024810182905260440161080f565b5f610eec610eb560408b0160208c01612d5d565b610ec26020890189612d89565b610ed260408a0160208b01612a0b565b610ee260608b0160408c01612a0b565b8a60600135612181565b9050610efe85858b60a001358461216a565b610f4f57610f1260408a0160208b01612d5d565b610f1f6020880188612d89565b60405163012fee2360e61b81526001600160401b03909216600483015263ffffffff16602482015260440161080f565b5f80610f76610f6460408d0160208e01612d5d565b610f7160208b018b612d89565b611f29565b5f82815260056020526040902054919350915080821615610fde57610fa160408d0160208e01612d5d565b610fae60208b018b612d89565b604051632297018b60e11b81526001600160401b03909216600483015263ffffffff16602482015260440161080f565b5f838152600560205260409081902082841790556110029060608b01908b01612a0b565b6001600160a01b031661101b60408b0160208c01612a0b565b6001600160a01b03168d60200160208101906110379190612d5d565b6001600160401b03167fc6ab5df4558222b5394ba45557882776675ab5e049932e801f9092168461cfcc61106e60208e018e612d89565b6040805163ffffffff909216825260608f013560208301520160405180910390a45f6110a060608b0160408c01612a0b565b6001600160a01b0316036110d0576110cb6110c160408b0160208c01612a0b565b8a606001356121a1565b611107565b6111076110e360408b0160208c01612a0b565b60608b018035906110f79060408e01612a0b565b6001600160a01b031691906121dc565b505050505050611115611eff565b50505050505050565b5f5f54821061112e57505f919050565b5f8281526001602052604090206003015461117c906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416612d76565b42101592915050565b5f80546001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168282156111fa575f6001816111c78287612ca2565b815260208101919091526040015f20600301546001600160401b03600160c01b820481169450600160801b909104169150505b61122d6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001683612d76565b42111561123e576001935050505090565b6002548110801561128a57507f00000000000000000000000000000000000000000000000000000000000000006112748261223b565b61127e9190612cb5565b6001600160401b031642115b935050505090565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905290548210611305576040516321c9773560e11b81526004810183905260240161080f565b505f9081526001602081815260409283902083516101408101855281548152928101549183019190915260028101549282019290925260038201546001600160401b038082166060840152600160401b820481166080840152600160801b8204811660a0840152600160c01b909104811660c08301526004909201546001600160a01b03811660e0830152600160a01b8104909216610100820152600160e01b90910460ff16151561012082015290565b5f6001600160a01b0384166113e957604051630bc2c5df60e11b81526001600160a01b038516600482015260240161080f565b815f0361140957604051631f2a200560e01b815260040160405180910390fd5b611417600333868686611ffb565b90505b9392505050565b5f60025482106114475760405163446ca86160e01b81526004810183905260240161080f565b505f9081526003602052604090205490565b5f5f5f5f5f5f549050805f036114825760405163d63ba36560e01b815260040160405180910390fd5b5f6001816114908285612ca2565b81526020019081526020015f2090506001826114ac9190612ca2565b6004820154600383015460029093015491986001600160401b03600160a01b90920482169850921695509350915050565b5f60025482106115035760405163446ca86160e01b81526004810183905260240161080f565b610cfc8261223b565b5f8054801561154a5760015f6115228284612ca2565b815260208101919091526040015f2060030154600160801b90046001600160401b031661154c565b5f5b91505090565b61155a611959565b611563816120bf565b505f5f61156f83612266565b91509150816001600160a01b0316837f6c3d03ead7c2811da29344b0cde807a4ea58d6d60ffe580502e01de3062a3584836040516115af91815260200190565b60405180910390a36115c182826121a1565b50506115cb611eff565b50565b60408051608080820183525f80835260208084018290526060848601819052808501526001600160a01b0386168252600681529084902084519283018552805460ff80821615158552610100909104169183019190915260018101805493949293919284019161163d90612da2565b80601f016020809104026020016040519081016040528092919081815260200182805461166990612da2565b80156116b45780601f1061168b576101008083540402835291602001916116b4565b820191905f5260205f20905b81548152906001019060200180831161169757829003601f168201915b505050505081526020016002820180546116cd90612da2565b80601f01602080910402602001604051908101604052809291908181526020018280546116f990612da2565b80156117445780601f1061171b57610100808354040283529160200191611744565b820191905f5260205f20905b81548152906001019060200180831161172757829003601f168201915b5050505050815250509050919050565b5f61175d611959565b6001600160a01b03841661178f5760405163961c9a4f60e01b81526001600160a01b038516600482015260240161080f565b61179883611f56565b6040516370a0823160e01b815230600482015284905f906001600160a01b038316906370a0823190602401602060405180830381865afa1580156117de573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118029190612dd4565b90506118196001600160a01b0383163330876122e7565b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa15801561185d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118819190612dd4565b9050818110156118bd576040516317805de360e21b81526001600160a01b0388166004820152602481018390526044810182905260640161080f565b5f6118c88383612ca2565b9050611915817f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611fa0565b6001600160a01b0388165f9081526006602052604090205460ff1661193d5761193d88612326565b61194b600233898b85611ffb565b94505050505061141a611eff565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561199957604051633ee5aeb560e01b815260040160405180910390fd5b6119c660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906123f3565b565b87358514611a13576119e06040890160208a01612d5d565b60405163b89d80bd60e01b81526001600160401b039091166004820152602481018690528835604482015260640161080f565b611a1e846001612cb5565b6001600160401b0316611a3760408a0160208b01612d5d565b6001600160401b031614611a8c57611a50846001612cb5565b611a6060408a0160208b01612d5d565b604051631816694360e31b81526001600160401b0392831660048201529116602482015260440161080f565b6001600160401b038316611aa660608a0160408b01612d5d565b6001600160401b03161015611b0a57611ac56040890160208a01612d5d565b611ad560608a0160408b01612d5d565b6040516354d3121d60e01b81526001600160401b0392831660048201529082166024820152908416604482015260640161080f565b42611b1b60608a0160408b01612d5d565b6001600160401b03161115611b7c57611b3a6040890160208a01612d5d565b611b4a60608a0160408b01612d5d565b604051631960437360e01b81526001600160401b0392831660048201529116602482015242604482015260640161080f565b614000861115611bc257611b966040890160208a01612d5d565b60405163019420e960e51b81526001600160401b0390911660048201526024810187905260440161080f565b5f611bcd88886123fa565b905088606001358114611c2057611bea60408a0160208b01612d5d565b60405163e72be9f160e01b81526001600160401b0390911660048201526024810182905260608a0135604482015260640161080f565b6001600160401b038316611c3a60e08b0160c08c01612d5d565b6001600160401b03161015611c9e57611c5960408a0160208b01612d5d565b611c6960e08b0160c08c01612d5d565b604051631f1293cb60e31b81526001600160401b0392831660048201529082166024820152908416604482015260640161080f565b81611caf60e08b0160c08c01612d5d565b6001600160401b03161115611d1157611cce60408a0160208b01612d5d565b611cde60e08b0160c08c01612d5d565b6040516351469ca160e11b81526001600160401b039283166004820152911660248201526044810183905260640161080f565b601083611d2460e08c0160c08d01612d5d565b611d2e9190612deb565b6001600160401b03161115611d9457611d4d60408a0160208b01612d5d565b83611d5e60e08c0160c08d01612d5d565b611d689190612deb565b604051637c77a79960e01b81526001600160401b0392831660048201529116602482015260440161080f565b505050505050505050565b5f611da98261240c565b805190602001209050919050565b80515f90808203611dca57505f92915050565b6001811115611edd575f611ddf600283612e1e565b90505f5b81811015611e6d57611e4885611dfa836002612e31565b81518110611e0a57611e0a612ce8565b602002602001015186836002611e209190612e31565b611e2b906001612d76565b81518110611e3b57611e3b612ce8565b60200260200101516124d7565b858281518110611e5a57611e5a612ce8565b6020908102919091010152600101611de3565b50611e79600283612e48565b600103611ed35783611e8c600184612ca2565b81518110611e9c57611e9c612ce8565b6020026020010151848281518110611eb657611eb6612ce8565b6020908102919091010152611ecc816001612d76565b9150611ed7565b8091505b50611dca565b825f81518110611eef57611eef612ce8565b6020026020010151915050919050565b6119c65f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006119c0565b6bffffffffffffffff00000000602083901b1663ffffffff82161760081c600160ff83161b5b9250929050565b6001600160a01b0381161580611f7757506001600160a01b038116620b81d6145b156115cb57604051630bc2c5df60e11b81526001600160a01b038216600482015260240161080f565b81831015611fcb5760405163253bf97d60e11b8152600481018490526024810183905260440161080f565b80831115611ff657604051630f7b656760e41b8152600481018490526024810182905260440161080f565b505050565b60025461200b8686868686612500565b5f828152600360208190526040918290209290925561202c91831690612e31565b600282901c5f9081526004602052604090208054426001600160401b031690921b909117905561205d816001612d76565b6002556040805160ff881681526001600160a01b0385811660208301529181018490528186169187169083907f2f4c1c86fee211f5a2c370158f8b00904dfc37c6977033fe06eecf2164776e999060600160405180910390a495945050505050565b5f5f5482106120e4576040516321c9773560e11b81526004810183905260240161080f565b505f8181526001602052604081206003810154909190612137906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416612d76565b9050804210156121645760405163076f615b60e41b8152600481018490526024810182905260440161080f565b50919050565b5f8261217786868561250e565b1495945050505050565b5f61218f868686868661254f565b80519060200120905095945050505050565b5f5f5f5f5f85875af1905080611ff657604051636f54afdd60e11b81526001600160a01b03841660048201526024810183905260440161080f565b6040516001600160a01b03838116602483015260448201839052611ff691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506125c1565b5f61224a600383166040612e31565b60029290921c5f9081526004602052604090205490911c919050565b5f8181526001602052604081206004810154829190600160e01b900460ff166122a557604051636e6f3de160e01b81526004810185905260240161080f565b600401805460ff60e01b1981169091556001600160a01b0316937f00000000000000000000000000000000000000000000000000000000000000009350915050565b6040516001600160a01b0384811660248301528381166044830152606482018390526123209186918216906323b872dd90608401612209565b50505050565b5f612338826306fdde0360e01b61262d565b90505f61234c836395d89b4160e01b61262d565b90505f612358846127ee565b6001600160a01b0385165f9081526006602052604090208054600161ffff1990911661010060ff85160217811782559192509081016123978582612eb1565b50600281016123a68482612eb1565b50846001600160a01b03167f063765b272ccfe8c5b747b73e618a2d710b3796d89b51946c128404ca6c85cc88585856040516123e493929190612f6f565b60405180910390a25050505050565b80825d5050565b5f604051828482379190912092915050565b606081356124206040840160208501612d5d565b6124306060850160408601612d5d565b6060850135608086013560a087013561244f60e0890160c08a01612d5d565b6124606101008a0160e08b01612a0b565b60408051602081019990995260c097881b6001600160c01b0319908116918a019190915295871b8616604889015260508801949094526070870192909252609086015290921b1660b083015260601b6001600160601b03191660b882015260cc016040516020818303038152906040529050919050565b5f8183106124f1575f82815260208490526040902061141a565b505f9182526020526040902090565b5f61218f8686868686612847565b5f81815b848110156125465761253c8287878481811061253057612530612ce8565b905060200201356124d7565b9150600101612512565b50949350505050565b6040805160c087901b6001600160c01b031916602082015260e086901b6001600160e01b0319166028820152606085811b6001600160601b0319908116602c84015285821b1692820192909252605481018390526074015b604051602081830303815290604052905095945050505050565b5f5f60205f8451602086015f885af1806125e0576040513d5f823e3d81fd5b50505f513d915081156125f7578060011415612604565b6001600160a01b0384163b155b1561232057604051635274afe760e01b81526001600160a01b038516600482015260240161080f565b60605f5f5f61263c8686612897565b925092509250826126605760405180602001604052805f8152509350505050610cfc565b5f5f836020036126b4575b60208110801561269a575082818151811061268857612688612ce8565b01602001516001600160f81b03191615155b156126af576126a881612fa7565b905061266b565b61273b565b604084106127205760208381015160408501519091821415806126e057506126dd604087612ca2565b81115b156127025760405180602001604052805f815250975050505050505050610cfc565b6040935060408110612715576040612717565b805b9250505061273b565b60405180602001604052805f81525095505050505050610cfc565b5f816001600160401b0381111561275457612754612cd4565b6040519080825280601f01601f19166020018201604052801561277e576020820181803683370190505b5090505f5b828110156127e157846127968286612d76565b815181106127a6576127a6612ce8565b602001015160f81c60f81b8282815181106127c3576127c3612ce8565b60200101906001600160f81b03191690815f1a905350600101612783565b5098975050505050505050565b5f8080806128038563313ce56760e01b612897565b9250925092508215806128165750602082105b1561282657506012949350505050565b602081015160ff81111561283b57601261283d565b805b9695505050505050565b60405160f886901b6001600160f81b0319166020820152606085811b6001600160601b0319908116602184015285821b8116603584015284821b166049830152605d820183905290607d016125a7565b5f8060606128a8603f61c350612e1e565b6128b49061c350612d76565b6128c090611388612d76565b5a10156128e0576040516306a1f12b60e51b815260040160405180910390fd5b60408051608080825260a0820190925290602082018180368337019050509050835f5260806020820160045f8861c350fa92503d91509250925092565b5f5f83601f84011261292d575f5ffd5b5081356001600160401b03811115612943575f5ffd5b6020830191508360208260051b8501011115611f4f575f5ffd5b5f5f6020838503121561296e575f5ffd5b82356001600160401b03811115612983575f5ffd5b61298f8582860161291d565b90969095509350505050565b80356001600160401b0381168114610e46575f5ffd5b803563ffffffff81168114610e46575f5ffd5b5f5f604083850312156129d5575f5ffd5b6129de8361299b565b91506129ec602084016129b1565b90509250929050565b80356001600160a01b0381168114610e46575f5ffd5b5f60208284031215612a1b575f5ffd5b61141a826129f5565b5f5f5f5f5f5f5f8789036101e0811215612a3c575f5ffd5b88359750610100601f1982011215612a52575f5ffd5b6020890196506101208901356001600160401b03811115612a71575f5ffd5b612a7d8b828c0161291d565b909750955050608061013f1982011215612a95575f5ffd5b50610140880192506101c08801356001600160401b03811115612ab6575f5ffd5b612ac28a828b0161291d565b989b979a50959850939692959293505050565b5f60208284031215612ae5575f5ffd5b5035919050565b5f610140820190508251825260208301516020830152604083015160408301526060830151612b2660608401826001600160401b03169052565b506080830151612b4160808401826001600160401b03169052565b5060a0830151612b5c60a08401826001600160401b03169052565b5060c0830151612b7760c08401826001600160401b03169052565b5060e0830151612b9260e08401826001600160a01b03169052565b50610100830151612baf6101008401826001600160401b03169052565b50610120830151612bc561012084018215159052565b5092915050565b5f5f5f60608486031215612bde575f5ffd5b612be7846129f5565b9250612bf5602085016129f5565b929592945050506040919091013590565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815281511515602082015260ff60208301511660408201525f604083015160806060840152612c6860a0840182612c06565b90506060840151601f19848303016080850152612c858282612c06565b95945050505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610cfc57610cfc612c8e565b6001600160401b038181168382160190811115610cfc57610cfc612c8e565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f823561011e19833603018112612d11575f5ffd5b9190910192915050565b5f5f8335601e19843603018112612d30575f5ffd5b8301803591506001600160401b03821115612d49575f5ffd5b602001915036819003821315611f4f575f5ffd5b5f60208284031215612d6d575f5ffd5b61141a8261299b565b80820180821115610cfc57610cfc612c8e565b5f60208284031215612d99575f5ffd5b61141a826129b1565b600181811c90821680612db657607f821691505b60208210810361216457634e487b7160e01b5f52602260045260245ffd5b5f60208284031215612de4575f5ffd5b5051919050565b6001600160401b038281168282160390811115610cfc57610cfc612c8e565b634e487b7160e01b5f52601260045260245ffd5b5f82612e2c57612e2c612e0a565b500490565b8082028115828204841417610cfc57610cfc612c8e565b5f82612e5657612e56612e0a565b500690565b601f821115611ff65782821115611ff657805f5260205f20601f840160051c6020851015612e8657505f5b90810190601f840160051c035f5b81811015612ea9575f83820155600101612e94565b505050505050565b81516001600160401b03811115612eca57612eca612cd4565b612ede81612ed88454612da2565b84612e5b565b6020601f821160018114612f10575f8315612ef95750848201515b5f19600385901b1c1916600184901b178455612f68565b5f84815260208120601f198516915b82811015612f3f5787850151825560209485019460019092019101612f1f565b5084821015612f5c57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b606081525f612f816060830186612c06565b8281036020840152612f938186612c06565b91505060ff83166040830152949350505050565b5f60018201612fb857612fb8612c8e565b506001019056fea2646970667358221220e028dca47cf80ef8fbb6c1164f128fe97ae60506f902c77d13659c7fce03f69864736f6c63430008220033",
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotSequencer"].ID.Bytes()[:4]) {
		return rollup.UnpackNotSequencerError(raw[4:])
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
