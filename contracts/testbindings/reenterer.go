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

// ReentererMetaData contains all meta data concerning the Reenterer contract.
var ReentererMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data_\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"armed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attempted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"data\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data_\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastOk\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastReturn\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refuse\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"refuse_\",\"type\":\"bool\"}],\"name\":\"setRefuse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "Reenterer",
	Bin: "0x6080604052348015600e575f5ffd5b5061086c8061001c5f395ff3fe608060405260043610610092575f3560e01c806373d4a13a1161005757806373d4a13a146101b05780638d05197c146101c4578063917f51b4146101e3578063a04a090814610201578063d4b8399214610214575f5ffd5b80632f411093146100fc5780633522bfd01461012a5780633e9717a8146101495780636072b1d01461016a57806362c69b8014610197575f5ffd5b366100f85760045460ff16156100ee5760405162461bcd60e51b815260206004820152601760248201527f5265656e74657265723a207265667573696e6720455448000000000000000000604482015260640160405180910390fd5b6100f661024a565b005b5f5ffd5b348015610107575f5ffd5b506002546101159060ff1681565b60405190151581526020015b60405180910390f35b348015610135575f5ffd5b506100f661014436600461049a565b6102ed565b348015610154575f5ffd5b5061015d610327565b60405161012191906104e9565b348015610175575f5ffd5b506100f661018436600461051e565b6004805460ff1916911515919091179055565b3480156101a2575f5ffd5b506004546101159060ff1681565b3480156101bb575f5ffd5b5061015d6103b3565b3480156101cf575f5ffd5b506002546101159062010000900460ff1681565b3480156101ee575f5ffd5b5060025461011590610100900460ff1681565b61015d61020f366004610544565b6103c0565b34801561021f575f5ffd5b505f54610232906001600160a01b031681565b6040516001600160a01b039091168152602001610121565b60025460ff1661025657565b6002805461ffff19166101001790555f546040516001600160a01b0390911690610282906001906105d2565b5f604051808303815f865af19150503d805f81146102bb576040519150601f19603f3d011682016040523d82523d5f602084013e6102c0565b606091505b5060028060036102d084826106ae565b508391906101000a81548160ff0219169083151502179055505050565b5f80546001600160a01b0319166001600160a01b038516179055600161031482848361076d565b50506002805460ff191660011790555050565b600380546103349061059a565b80601f01602080910402602001604051908101604052809291908181526020018280546103609061059a565b80156103ab5780601f10610382576101008083540402835291602001916103ab565b820191905f5260205f20905b81548152906001019060200180831161038e57829003601f168201915b505050505081565b600180546103349061059a565b60605f5f866001600160a01b03168487876040516103df929190610827565b5f6040518083038185875af1925050503d805f8114610419576040519150601f19603f3d011682016040523d82523d5f602084013e61041e565b606091505b50915091508161043057805160208201fd5b9695505050505050565b80356001600160a01b0381168114610450575f5ffd5b919050565b5f5f83601f840112610465575f5ffd5b50813567ffffffffffffffff81111561047c575f5ffd5b602083019150836020828501011115610493575f5ffd5b9250929050565b5f5f5f604084860312156104ac575f5ffd5b6104b58461043a565b9250602084013567ffffffffffffffff8111156104d0575f5ffd5b6104dc86828701610455565b9497909650939450505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f6020828403121561052e575f5ffd5b8135801515811461053d575f5ffd5b9392505050565b5f5f5f5f60608587031215610557575f5ffd5b6105608561043a565b9350602085013567ffffffffffffffff81111561057b575f5ffd5b61058787828801610455565b9598909750949560400135949350505050565b600181811c908216806105ae57607f821691505b6020821081036105cc57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f83546105df8161059a565b6001821680156105f6576001811461060b57610638565b60ff1983168652811515820286019350610638565b865f5260205f205f5b8381101561063057815488820152600190910190602001610614565b505081860193505b509195945050505050565b634e487b7160e01b5f52604160045260245ffd5b601f8211156106a957828211156106a957805f5260205f20601f840160051c602085101561068257505f5b90810190601f840160051c035f5b818110156106a5575f83820155600101610690565b5050505b505050565b815167ffffffffffffffff8111156106c8576106c8610643565b6106dc816106d6845461059a565b84610657565b6020601f82116001811461070e575f83156106f75750848201515b5f19600385901b1c1916600184901b178455610766565b5f84815260208120601f198516915b8281101561073d578785015182556020948501946001909201910161071d565b508482101561075a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b67ffffffffffffffff83111561078557610785610643565b61079983610793835461059a565b83610657565b5f601f8411600181146107ca575f85156107b35750838201355b5f19600387901b1c1916600186901b178355610766565b5f83815260208120601f198716915b828110156107f957868501358255602094850194600190920191016107d9565b5086821015610815575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b818382375f910190815291905056fea2646970667358221220a89046d625618b4fb3774eac7d0498ed350d785d11e4a442a56894880f61ff0e64736f6c63430008220033",
}

// Reenterer is an auto generated Go binding around an Ethereum contract.
type Reenterer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Reenterer) GetABI() abi.ABI {
	return c.abi
}

// NewReenterer creates a new instance of Reenterer.
func NewReenterer() *Reenterer {
	parsed, err := ReentererMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Reenterer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Reenterer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(address target_, bytes data_) returns()
func (reenterer *Reenterer) PackArm(target common.Address, data []byte) []byte {
	enc, err := reenterer.abi.Pack("arm", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(address target_, bytes data_) returns()
func (reenterer *Reenterer) TryPackArm(target common.Address, data []byte) ([]byte, error) {
	return reenterer.abi.Pack("arm", target, data)
}

// PackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function armed() view returns(bool)
func (reenterer *Reenterer) PackArmed() []byte {
	enc, err := reenterer.abi.Pack("armed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function armed() view returns(bool)
func (reenterer *Reenterer) TryPackArmed() ([]byte, error) {
	return reenterer.abi.Pack("armed")
}

// UnpackArmed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (reenterer *Reenterer) UnpackArmed(data []byte) (bool, error) {
	out, err := reenterer.abi.Unpack("armed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAttempted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x917f51b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attempted() view returns(bool)
func (reenterer *Reenterer) PackAttempted() []byte {
	enc, err := reenterer.abi.Pack("attempted")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttempted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x917f51b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attempted() view returns(bool)
func (reenterer *Reenterer) TryPackAttempted() ([]byte, error) {
	return reenterer.abi.Pack("attempted")
}

// UnpackAttempted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x917f51b4.
//
// Solidity: function attempted() view returns(bool)
func (reenterer *Reenterer) UnpackAttempted(data []byte) (bool, error) {
	out, err := reenterer.abi.Unpack("attempted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73d4a13a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function data() view returns(bytes)
func (reenterer *Reenterer) PackData() []byte {
	enc, err := reenterer.abi.Pack("data")
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
func (reenterer *Reenterer) TryPackData() ([]byte, error) {
	return reenterer.abi.Pack("data")
}

// UnpackData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73d4a13a.
//
// Solidity: function data() view returns(bytes)
func (reenterer *Reenterer) UnpackData(data []byte) ([]byte, error) {
	out, err := reenterer.abi.Unpack("data", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa04a0908.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address target_, bytes data_, uint256 value) payable returns(bytes)
func (reenterer *Reenterer) PackExecute(target common.Address, data []byte, value *big.Int) []byte {
	enc, err := reenterer.abi.Pack("execute", target, data, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa04a0908.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address target_, bytes data_, uint256 value) payable returns(bytes)
func (reenterer *Reenterer) TryPackExecute(target common.Address, data []byte, value *big.Int) ([]byte, error) {
	return reenterer.abi.Pack("execute", target, data, value)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa04a0908.
//
// Solidity: function execute(address target_, bytes data_, uint256 value) payable returns(bytes)
func (reenterer *Reenterer) UnpackExecute(data []byte) ([]byte, error) {
	out, err := reenterer.abi.Unpack("execute", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastOk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d05197c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastOk() view returns(bool)
func (reenterer *Reenterer) PackLastOk() []byte {
	enc, err := reenterer.abi.Pack("lastOk")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastOk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d05197c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastOk() view returns(bool)
func (reenterer *Reenterer) TryPackLastOk() ([]byte, error) {
	return reenterer.abi.Pack("lastOk")
}

// UnpackLastOk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d05197c.
//
// Solidity: function lastOk() view returns(bool)
func (reenterer *Reenterer) UnpackLastOk(data []byte) (bool, error) {
	out, err := reenterer.abi.Unpack("lastOk", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastReturn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e9717a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastReturn() view returns(bytes)
func (reenterer *Reenterer) PackLastReturn() []byte {
	enc, err := reenterer.abi.Pack("lastReturn")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastReturn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e9717a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastReturn() view returns(bytes)
func (reenterer *Reenterer) TryPackLastReturn() ([]byte, error) {
	return reenterer.abi.Pack("lastReturn")
}

// UnpackLastReturn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e9717a8.
//
// Solidity: function lastReturn() view returns(bytes)
func (reenterer *Reenterer) UnpackLastReturn(data []byte) ([]byte, error) {
	out, err := reenterer.abi.Unpack("lastReturn", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRefuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c69b80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refuse() view returns(bool)
func (reenterer *Reenterer) PackRefuse() []byte {
	enc, err := reenterer.abi.Pack("refuse")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c69b80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refuse() view returns(bool)
func (reenterer *Reenterer) TryPackRefuse() ([]byte, error) {
	return reenterer.abi.Pack("refuse")
}

// UnpackRefuse is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62c69b80.
//
// Solidity: function refuse() view returns(bool)
func (reenterer *Reenterer) UnpackRefuse(data []byte) (bool, error) {
	out, err := reenterer.abi.Unpack("refuse", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetRefuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6072b1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRefuse(bool refuse_) returns()
func (reenterer *Reenterer) PackSetRefuse(refuse bool) []byte {
	enc, err := reenterer.abi.Pack("setRefuse", refuse)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRefuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6072b1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRefuse(bool refuse_) returns()
func (reenterer *Reenterer) TryPackSetRefuse(refuse bool) ([]byte, error) {
	return reenterer.abi.Pack("setRefuse", refuse)
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reenterer *Reenterer) PackTarget() []byte {
	enc, err := reenterer.abi.Pack("target")
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
func (reenterer *Reenterer) TryPackTarget() ([]byte, error) {
	return reenterer.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reenterer *Reenterer) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reenterer.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}
