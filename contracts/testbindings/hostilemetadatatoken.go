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

// HostileMetadataTokenMetaData contains all meta data concerning the HostileMetadataToken contract.
var HostileMetadataTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "HostileMetadataToken",
	Bin: "0x6080604052348015600e575f5ffd5b5061047a8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c806340c10f191161006357806340c10f19146100fa57806370a082311461010f57806395d89b411461012e578063a9059cbb14610136578063dd62ed3e14610149575f5ffd5b806306fdde0314610094578063095ea7b3146100b257806323b872dd146100d5578063313ce567146100e8575b5f5ffd5b61009c610173565b6040516100a991906102ef565b60405180910390f35b6100c56100c036600461033f565b610187565b60405190151581526020016100a9565b6100c56100e3366004610367565b6101b4565b61012c5b6040519081526020016100a9565b61010d61010836600461033f565b61024f565b005b6100ec61011d3660046103a1565b5f6020819052908152604090205481565b61009c61027f565b6100c561014436600461033f565b610295565b6100ec6101573660046103c1565b600160209081525f928352604080842090915290825290205481565b606060205f52620f4240602052620f42805ff35b335f9081526001602081815260408084206001600160a01b03871685529091529091208290555b92915050565b6001600160a01b0383165f9081526001602090815260408083203384529091528120805483919083906101e8908490610406565b90915550506001600160a01b0384165f9081526020819052604081208054849290610214908490610406565b90915550506001600160a01b0383165f9081526020819052604081208054849290610240908490610419565b90915550600195945050505050565b6001600160a01b0382165f9081526020819052604081208054839290610276908490610419565b90915550505050565b60605f5b8061028d8161042c565b915050610283565b335f908152602081905260408120805483919083906102b5908490610406565b90915550506001600160a01b0383165f90815260208190526040812080548492906102e1908490610419565b909155506001949350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461033a575f5ffd5b919050565b5f5f60408385031215610350575f5ffd5b61035983610324565b946020939093013593505050565b5f5f5f60608486031215610379575f5ffd5b61038284610324565b925061039060208501610324565b929592945050506040919091013590565b5f602082840312156103b1575f5ffd5b6103ba82610324565b9392505050565b5f5f604083850312156103d2575f5ffd5b6103db83610324565b91506103e960208401610324565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156101ae576101ae6103f2565b808201808211156101ae576101ae6103f2565b5f6001820161043d5761043d6103f2565b506001019056fea2646970667358221220943f710aa79b2e60fa2a42dd8fc9e416c26cb9c0fc21529ecb7040262490a52064736f6c63430008220033",
}

// HostileMetadataToken is an auto generated Go binding around an Ethereum contract.
type HostileMetadataToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HostileMetadataToken) GetABI() abi.ABI {
	return c.abi
}

// NewHostileMetadataToken creates a new instance of HostileMetadataToken.
func NewHostileMetadataToken() *HostileMetadataToken {
	parsed, err := HostileMetadataTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HostileMetadataToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HostileMetadataToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (hostileMetadataToken *HostileMetadataToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := hostileMetadataToken.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (hostileMetadataToken *HostileMetadataToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return hostileMetadataToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (hostileMetadataToken *HostileMetadataToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := hostileMetadataToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (hostileMetadataToken *HostileMetadataToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := hostileMetadataToken.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (hostileMetadataToken *HostileMetadataToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return hostileMetadataToken.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (hostileMetadataToken *HostileMetadataToken) UnpackApprove(data []byte) (bool, error) {
	out, err := hostileMetadataToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (hostileMetadataToken *HostileMetadataToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := hostileMetadataToken.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (hostileMetadataToken *HostileMetadataToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return hostileMetadataToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (hostileMetadataToken *HostileMetadataToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := hostileMetadataToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint256)
func (hostileMetadataToken *HostileMetadataToken) PackDecimals() []byte {
	enc, err := hostileMetadataToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint256)
func (hostileMetadataToken *HostileMetadataToken) TryPackDecimals() ([]byte, error) {
	return hostileMetadataToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint256)
func (hostileMetadataToken *HostileMetadataToken) UnpackDecimals(data []byte) (*big.Int, error) {
	out, err := hostileMetadataToken.abi.Unpack("decimals", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (hostileMetadataToken *HostileMetadataToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := hostileMetadataToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (hostileMetadataToken *HostileMetadataToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return hostileMetadataToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() pure returns(string)
func (hostileMetadataToken *HostileMetadataToken) PackName() []byte {
	enc, err := hostileMetadataToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() pure returns(string)
func (hostileMetadataToken *HostileMetadataToken) TryPackName() ([]byte, error) {
	return hostileMetadataToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (hostileMetadataToken *HostileMetadataToken) UnpackName(data []byte) (string, error) {
	out, err := hostileMetadataToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() pure returns(string)
func (hostileMetadataToken *HostileMetadataToken) PackSymbol() []byte {
	enc, err := hostileMetadataToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() pure returns(string)
func (hostileMetadataToken *HostileMetadataToken) TryPackSymbol() ([]byte, error) {
	return hostileMetadataToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (hostileMetadataToken *HostileMetadataToken) UnpackSymbol(data []byte) (string, error) {
	out, err := hostileMetadataToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (hostileMetadataToken *HostileMetadataToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := hostileMetadataToken.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (hostileMetadataToken *HostileMetadataToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return hostileMetadataToken.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (hostileMetadataToken *HostileMetadataToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := hostileMetadataToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (hostileMetadataToken *HostileMetadataToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := hostileMetadataToken.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (hostileMetadataToken *HostileMetadataToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return hostileMetadataToken.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (hostileMetadataToken *HostileMetadataToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := hostileMetadataToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
