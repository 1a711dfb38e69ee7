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

// ChannelReceiverMetaData contains all meta data concerning the ChannelReceiver contract.
var ChannelReceiverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"NOT_RUN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REENTRY_FAILED\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REENTRY_SUCCEEDED\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumChannelReceiver.Mode\",\"name\":\"mode_\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data_\",\"type\":\"bytes\"}],\"name\":\"configure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"data\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumChannelReceiver.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outcome\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryResult\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ChannelReceiver",
	Bin: "0x6080604052348015600e575f5ffd5b506106df8061001c5f395ff3fe608060405260043610610087575f3560e01c806373d4a13a1161005757806373d4a13a1461024a578063d4b839921461026b578063dbe5c304146102a6578063eecee061146102bb578063fcb756cc146102cf575f5ffd5b806327793f87146101ca578063295a5212146101f25780635bf236fd1461021757806368ba36201461022b575f5ffd5b366101c65760015f5460ff1660038111156100a4576100a46103cf565b036100f55760405162461bcd60e51b815260206004820152601960248201527f4368616e6e656c52656365697665723a2072656a656374656400000000000000604482015260640160405180910390fd5b60035f5460ff16600381111561010d5761010d6103cf565b03610118575b610113565b60025f5460ff166003811115610130576101306103cf565b036101c4575f8054604051829161010090046001600160a01b0316906101589060019061041b565b5f604051808303815f865af19150503d805f8114610191576040519150601f19603f3d011682016040523d82523d5f602084013e610196565b606091505b50915091505f5f825111156101ac575060208101515b826101b85760026101bb565b60035b60025560035550505b005b5f5ffd5b3480156101d5575f5ffd5b506101df60025481565b6040519081526020015b60405180910390f35b3480156101fd575f5ffd5b505f5461020a9060ff1681565b6040516101e9919061048c565b348015610222575f5ffd5b506101df600381565b348015610236575f5ffd5b506101c46102453660046104b2565b6102e3565b348015610255575f5ffd5b5061025e610343565b6040516101e9919061054e565b348015610276575f5ffd5b505f5461028e9061010090046001600160a01b031681565b6040516001600160a01b0390911681526020016101e9565b3480156102b1575f5ffd5b506101df60035481565b3480156102c6575f5ffd5b506101df600181565b3480156102da575f5ffd5b506101df600281565b5f805485919060ff19166001836003811115610301576103016103cf565b02179055505f8054610100600160a81b0319166101006001600160a01b0386160217905560016103328284836105ee565b5050600160025550505f1960035550565b60018054610350906103e3565b80601f016020809104026020016040519081016040528092919081815260200182805461037c906103e3565b80156103c75780601f1061039e576101008083540402835291602001916103c7565b820191905f5260205f20905b8154815290600101906020018083116103aa57829003601f168201915b505050505081565b634e487b7160e01b5f52602160045260245ffd5b600181811c908216806103f757607f821691505b60208210810361041557634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f8354610428816103e3565b60018216801561043f576001811461045457610481565b60ff1983168652811515820286019350610481565b865f5260205f205f5b838110156104795781548882015260019091019060200161045d565b505081860193505b509195945050505050565b60208101600483106104ac57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f5f5f606085870312156104c5575f5ffd5b8435600481106104d3575f5ffd5b935060208501356001600160a01b03811681146104ee575f5ffd5b9250604085013567ffffffffffffffff811115610509575f5ffd5b8501601f81018713610519575f5ffd5b803567ffffffffffffffff81111561052f575f5ffd5b876020828401011115610540575f5ffd5b949793965060200194505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52604160045260245ffd5b601f8211156105e957828211156105e957805f5260205f20601f840160051c60208510156105c257505f5b90810190601f840160051c035f5b818110156105e5575f838201556001016105d0565b5050505b505050565b67ffffffffffffffff83111561060657610606610583565b61061a8361061483546103e3565b83610597565b5f601f84116001811461064b575f85156106345750838201355b5f19600387901b1c1916600186901b1783556106a2565b5f83815260208120601f198716915b8281101561067a578685013582556020948501946001909201910161065a565b5086821015610696575f1960f88860031b161c19848701351681555b505060018560011b0183555b505050505056fea264697066735822122021e3e9d36b5435c58f6e504b5cb178f1c0a96b8088185b804d92df6721ba23b464736f6c63430008220033",
}

// ChannelReceiver is an auto generated Go binding around an Ethereum contract.
type ChannelReceiver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ChannelReceiver) GetABI() abi.ABI {
	return c.abi
}

// NewChannelReceiver creates a new instance of ChannelReceiver.
func NewChannelReceiver() *ChannelReceiver {
	parsed, err := ChannelReceiverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ChannelReceiver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ChannelReceiver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackNOTRUN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeecee061.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NOT_RUN() view returns(uint256)
func (channelReceiver *ChannelReceiver) PackNOTRUN() []byte {
	enc, err := channelReceiver.abi.Pack("NOT_RUN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNOTRUN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeecee061.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NOT_RUN() view returns(uint256)
func (channelReceiver *ChannelReceiver) TryPackNOTRUN() ([]byte, error) {
	return channelReceiver.abi.Pack("NOT_RUN")
}

// UnpackNOTRUN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeecee061.
//
// Solidity: function NOT_RUN() view returns(uint256)
func (channelReceiver *ChannelReceiver) UnpackNOTRUN(data []byte) (*big.Int, error) {
	out, err := channelReceiver.abi.Unpack("NOT_RUN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREENTRYFAILED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcb756cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REENTRY_FAILED() view returns(uint256)
func (channelReceiver *ChannelReceiver) PackREENTRYFAILED() []byte {
	enc, err := channelReceiver.abi.Pack("REENTRY_FAILED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREENTRYFAILED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcb756cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REENTRY_FAILED() view returns(uint256)
func (channelReceiver *ChannelReceiver) TryPackREENTRYFAILED() ([]byte, error) {
	return channelReceiver.abi.Pack("REENTRY_FAILED")
}

// UnpackREENTRYFAILED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfcb756cc.
//
// Solidity: function REENTRY_FAILED() view returns(uint256)
func (channelReceiver *ChannelReceiver) UnpackREENTRYFAILED(data []byte) (*big.Int, error) {
	out, err := channelReceiver.abi.Unpack("REENTRY_FAILED", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREENTRYSUCCEEDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bf236fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REENTRY_SUCCEEDED() view returns(uint256)
func (channelReceiver *ChannelReceiver) PackREENTRYSUCCEEDED() []byte {
	enc, err := channelReceiver.abi.Pack("REENTRY_SUCCEEDED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREENTRYSUCCEEDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bf236fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REENTRY_SUCCEEDED() view returns(uint256)
func (channelReceiver *ChannelReceiver) TryPackREENTRYSUCCEEDED() ([]byte, error) {
	return channelReceiver.abi.Pack("REENTRY_SUCCEEDED")
}

// UnpackREENTRYSUCCEEDED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bf236fd.
//
// Solidity: function REENTRY_SUCCEEDED() view returns(uint256)
func (channelReceiver *ChannelReceiver) UnpackREENTRYSUCCEEDED(data []byte) (*big.Int, error) {
	out, err := channelReceiver.abi.Unpack("REENTRY_SUCCEEDED", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfigure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ba3620.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configure(uint8 mode_, address target_, bytes data_) returns()
func (channelReceiver *ChannelReceiver) PackConfigure(mode uint8, target common.Address, data []byte) []byte {
	enc, err := channelReceiver.abi.Pack("configure", mode, target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ba3620.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configure(uint8 mode_, address target_, bytes data_) returns()
func (channelReceiver *ChannelReceiver) TryPackConfigure(mode uint8, target common.Address, data []byte) ([]byte, error) {
	return channelReceiver.abi.Pack("configure", mode, target, data)
}

// PackData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73d4a13a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function data() view returns(bytes)
func (channelReceiver *ChannelReceiver) PackData() []byte {
	enc, err := channelReceiver.abi.Pack("data")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73d4a13a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function data() view returns(bytes)
func (channelReceiver *ChannelReceiver) TryPackData() ([]byte, error) {
	return channelReceiver.abi.Pack("data")
}

// UnpackData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73d4a13a.
//
// Solidity: function data() view returns(bytes)
func (channelReceiver *ChannelReceiver) UnpackData(data []byte) ([]byte, error) {
	out, err := channelReceiver.abi.Unpack("data", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (channelReceiver *ChannelReceiver) PackMode() []byte {
	enc, err := channelReceiver.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (channelReceiver *ChannelReceiver) TryPackMode() ([]byte, error) {
	return channelReceiver.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (channelReceiver *ChannelReceiver) UnpackMode(data []byte) (uint8, error) {
	out, err := channelReceiver.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOutcome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27793f87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outcome() view returns(uint256)
func (channelReceiver *ChannelReceiver) PackOutcome() []byte {
	enc, err := channelReceiver.abi.Pack("outcome")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutcome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27793f87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outcome() view returns(uint256)
func (channelReceiver *ChannelReceiver) TryPackOutcome() ([]byte, error) {
	return channelReceiver.abi.Pack("outcome")
}

// UnpackOutcome is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27793f87.
//
// Solidity: function outcome() view returns(uint256)
func (channelReceiver *ChannelReceiver) UnpackOutcome(data []byte) (*big.Int, error) {
	out, err := channelReceiver.abi.Unpack("outcome", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReentryResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbe5c304.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryResult() view returns(bytes32)
func (channelReceiver *ChannelReceiver) PackReentryResult() []byte {
	enc, err := channelReceiver.abi.Pack("reentryResult")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbe5c304.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryResult() view returns(bytes32)
func (channelReceiver *ChannelReceiver) TryPackReentryResult() ([]byte, error) {
	return channelReceiver.abi.Pack("reentryResult")
}

// UnpackReentryResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbe5c304.
//
// Solidity: function reentryResult() view returns(bytes32)
func (channelReceiver *ChannelReceiver) UnpackReentryResult(data []byte) ([32]byte, error) {
	out, err := channelReceiver.abi.Unpack("reentryResult", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (channelReceiver *ChannelReceiver) PackTarget() []byte {
	enc, err := channelReceiver.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (channelReceiver *ChannelReceiver) TryPackTarget() ([]byte, error) {
	return channelReceiver.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (channelReceiver *ChannelReceiver) UnpackTarget(data []byte) (common.Address, error) {
	out, err := channelReceiver.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}
