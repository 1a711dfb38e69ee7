// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbindings

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

// QueueHarnessMetaData contains all meta data concerning the QueueHarness contract.
var QueueHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownQueueItem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"queueItemHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"name\":\"setQueueItemHash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "QueueHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506101168061001c5f395ff3fe6080604052348015600e575f5ffd5b50600436106030575f3560e01c806394b90920146034578063e7a4147c146055575b5f5ffd5b6043603f36600460ab565b6073565b60405190815260200160405180910390f35b6071606036600460c1565b5f9182526020829052604090912055565b005b5f818152602081905260408120548060a55760405163446ca86160e01b81526004810184905260240160405180910390fd5b92915050565b5f6020828403121560ba575f5ffd5b5035919050565b5f5f6040838503121560d1575f5ffd5b5050803592602090910135915056fea2646970667358221220197d3aef1ce3c218443cef3dceb022b7ce879d16c35c60de5e70d84a2820931c64736f6c63430008220033",
}

// QueueHarness is an auto generated Go binding around an Ethereum contract.
type QueueHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *QueueHarness) GetABI() abi.ABI {
	return c.abi
}

// NewQueueHarness creates a new instance of QueueHarness.
func NewQueueHarness() *QueueHarness {
	parsed, err := QueueHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &QueueHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *QueueHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackQueueItemHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94b90920.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueItemHash(uint256 index) view returns(bytes32)
func (queueHarness *QueueHarness) PackQueueItemHash(index *big.Int) []byte {
	enc, err := queueHarness.abi.Pack("queueItemHash", index)
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
func (queueHarness *QueueHarness) TryPackQueueItemHash(index *big.Int) ([]byte, error) {
	return queueHarness.abi.Pack("queueItemHash", index)
}

// UnpackQueueItemHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94b90920.
//
// Solidity: function queueItemHash(uint256 index) view returns(bytes32)
func (queueHarness *QueueHarness) UnpackQueueItemHash(data []byte) ([32]byte, error) {
	out, err := queueHarness.abi.Unpack("queueItemHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetQueueItemHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7a4147c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setQueueItemHash(uint256 index, bytes32 h) returns()
func (queueHarness *QueueHarness) PackSetQueueItemHash(index *big.Int, h [32]byte) []byte {
	enc, err := queueHarness.abi.Pack("setQueueItemHash", index, h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetQueueItemHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7a4147c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setQueueItemHash(uint256 index, bytes32 h) returns()
func (queueHarness *QueueHarness) TryPackSetQueueItemHash(index *big.Int, h [32]byte) ([]byte, error) {
	return queueHarness.abi.Pack("setQueueItemHash", index, h)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (queueHarness *QueueHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], queueHarness.abi.Errors["UnknownQueueItem"].ID.Bytes()[:4]) {
		return queueHarness.UnpackUnknownQueueItemError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// QueueHarnessUnknownQueueItem represents a UnknownQueueItem error raised by the QueueHarness contract.
type QueueHarnessUnknownQueueItem struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownQueueItem(uint256 index)
func QueueHarnessUnknownQueueItemErrorID() common.Hash {
	return common.HexToHash("0x446ca8612e6eb7a7bdfb68a458492331adb146713723bbc64084a365b6133663")
}

// UnpackUnknownQueueItemError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownQueueItem(uint256 index)
func (queueHarness *QueueHarness) UnpackUnknownQueueItemError(raw []byte) (*QueueHarnessUnknownQueueItem, error) {
	out := new(QueueHarnessUnknownQueueItem)
	if err := queueHarness.abi.UnpackIntoInterface(out, "UnknownQueueItem", raw); err != nil {
		return nil, err
	}
	return out, nil
}
