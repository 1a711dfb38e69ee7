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

// MisbehavingTokenMetaData contains all meta data concerning the MisbehavingToken contract.
var MisbehavingTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"enumMisbehavingToken.Mode\",\"name\":\"mode_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"blocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumMisbehavingToken.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isBlocked\",\"type\":\"bool\"}],\"name\":\"setBlocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "MisbehavingToken",
	Bin: "0x60a0604052348015600e575f5ffd5b506040516108a23803806108a2833981016040819052602b916054565b806001811115603a57603a6077565b6080816001811115604b57604b6077565b8152505050608b565b5f602082840312156063575f5ffd5b8151600281106070575f5ffd5b9392505050565b634e487b7160e01b5f52602160045260245ffd5b6080516107f86100aa5f395f818161019f015261046c01526107f85ff3fe608060405234801561000f575f5ffd5b50600436106100ca575f3560e01c8063313ce5671161008857806395d89b411161006357806395d89b411461021a578063a9059cbb1461023c578063dd62ed3e1461024f578063e596219514610279575f5ffd5b8063313ce567146101ce57806340c10f19146101e857806370a08231146101fb575f5ffd5b80620af2a1146100ce57806306fdde0314610108578063095ea7b31461014e57806318160ddd1461017157806323b872dd14610187578063295a52121461019a575b5f5ffd5b6101066100dc366004610634565b6001600160a01b03919091165f908152600360205260409020805460ff1916911515919091179055565b005b6101386040518060400160405280601181526020017026b4b9b132b430bb34b733902a37b5b2b760791b81525081565b604051610145919061066d565b60405180910390f35b61016161015c3660046106a2565b61029b565b6040519015158152602001610145565b6101795f5481565b604051908152602001610145565b6101616101953660046106ca565b610307565b6101c17f000000000000000000000000000000000000000000000000000000000000000081565b6040516101459190610718565b6101d6601281565b60405160ff9091168152602001610145565b6101066101f63660046106a2565b6103d6565b61017961020936600461073e565b60016020525f908152604090205481565b6101386040518060400160405280600381526020016210905160ea1b81525081565b61016161024a3660046106a2565b61045b565b61017961025d366004610757565b600260209081525f928352604080842090915290825290205481565b61016161028736600461073e565b60036020525f908152604090205460ff1681565b335f8181526002602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925906102f59086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0382165f9081526003602052604081205460ff168061034457506001600160a01b0384165f9081526003602052604090205460ff165b1561035857610351610467565b90506103cf565b6001600160a01b0384165f908152600260209081526040808320338452909152902054828110156103935761038b610467565b9150506103cf565b61039d838261079c565b6001600160a01b0386165f9081526002602090815260408083203384529091529020556103cb8585856104fd565b9150505b9392505050565b805f5f8282546103e691906107af565b90915550506001600160a01b0382165f90815260016020526040812080548392906104129084906107af565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b5f6103cf3384846104fd565b5f60017f0000000000000000000000000000000000000000000000000000000000000000600181111561049c5761049c610704565b036104f85760405162461bcd60e51b815260206004820152602260248201527f4d69736265686176696e67546f6b656e3a207472616e73666572207265667573604482015261195960f21b606482015260840160405180910390fd5b505f90565b6001600160a01b0382165f9081526003602052604081205460ff168061053a57506001600160a01b0384165f9081526003602052604090205460ff165b8061055b57506001600160a01b0384165f9081526001602052604090205482115b1561056857610351610467565b6001600160a01b0384165f908152600160205260408120805484929061058f90849061079c565b90915550506001600160a01b0383165f90815260016020526040812080548492906105bb9084906107af565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8460405161060791815260200190565b60405180910390a35060019392505050565b80356001600160a01b038116811461062f575f5ffd5b919050565b5f5f60408385031215610645575f5ffd5b61064e83610619565b915060208301358015158114610662575f5ffd5b809150509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f604083850312156106b3575f5ffd5b6106bc83610619565b946020939093013593505050565b5f5f5f606084860312156106dc575f5ffd5b6106e584610619565b92506106f360208501610619565b929592945050506040919091013590565b634e487b7160e01b5f52602160045260245ffd5b602081016002831061073857634e487b7160e01b5f52602160045260245ffd5b91905290565b5f6020828403121561074e575f5ffd5b6103cf82610619565b5f5f60408385031215610768575f5ffd5b61077183610619565b915061077f60208401610619565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561030157610301610788565b808201808211156103015761030161078856fea2646970667358221220a8106cb641865ba2b60ba3cb231deb7cc8ac55bcfa2086ee0517ebf5b0de3f9864736f6c63430008220033",
}

// MisbehavingToken is an auto generated Go binding around an Ethereum contract.
type MisbehavingToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MisbehavingToken) GetABI() abi.ABI {
	return c.abi
}

// NewMisbehavingToken creates a new instance of MisbehavingToken.
func NewMisbehavingToken() *MisbehavingToken {
	parsed, err := MisbehavingTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MisbehavingToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MisbehavingToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint8 mode_) returns()
func (misbehavingToken *MisbehavingToken) PackConstructor(mode_ uint8) []byte {
	enc, err := misbehavingToken.abi.Pack("", mode_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (misbehavingToken *MisbehavingToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := misbehavingToken.abi.Pack("allowance", arg0, arg1)
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
func (misbehavingToken *MisbehavingToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return misbehavingToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (misbehavingToken *MisbehavingToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := misbehavingToken.abi.Unpack("allowance", data)
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
func (misbehavingToken *MisbehavingToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := misbehavingToken.abi.Pack("approve", spender, amount)
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
func (misbehavingToken *MisbehavingToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return misbehavingToken.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (misbehavingToken *MisbehavingToken) UnpackApprove(data []byte) (bool, error) {
	out, err := misbehavingToken.abi.Unpack("approve", data)
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
func (misbehavingToken *MisbehavingToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := misbehavingToken.abi.Pack("balanceOf", arg0)
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
func (misbehavingToken *MisbehavingToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return misbehavingToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (misbehavingToken *MisbehavingToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := misbehavingToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5962195.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blocked(address ) view returns(bool)
func (misbehavingToken *MisbehavingToken) PackBlocked(arg0 common.Address) []byte {
	enc, err := misbehavingToken.abi.Pack("blocked", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5962195.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blocked(address ) view returns(bool)
func (misbehavingToken *MisbehavingToken) TryPackBlocked(arg0 common.Address) ([]byte, error) {
	return misbehavingToken.abi.Pack("blocked", arg0)
}

// UnpackBlocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5962195.
//
// Solidity: function blocked(address ) view returns(bool)
func (misbehavingToken *MisbehavingToken) UnpackBlocked(data []byte) (bool, error) {
	out, err := misbehavingToken.abi.Unpack("blocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (misbehavingToken *MisbehavingToken) PackDecimals() []byte {
	enc, err := misbehavingToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (misbehavingToken *MisbehavingToken) TryPackDecimals() ([]byte, error) {
	return misbehavingToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (misbehavingToken *MisbehavingToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := misbehavingToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (misbehavingToken *MisbehavingToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := misbehavingToken.abi.Pack("mint", to, amount)
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
func (misbehavingToken *MisbehavingToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return misbehavingToken.abi.Pack("mint", to, amount)
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (misbehavingToken *MisbehavingToken) PackMode() []byte {
	enc, err := misbehavingToken.abi.Pack("mode")
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
func (misbehavingToken *MisbehavingToken) TryPackMode() ([]byte, error) {
	return misbehavingToken.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (misbehavingToken *MisbehavingToken) UnpackMode(data []byte) (uint8, error) {
	out, err := misbehavingToken.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (misbehavingToken *MisbehavingToken) PackName() []byte {
	enc, err := misbehavingToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (misbehavingToken *MisbehavingToken) TryPackName() ([]byte, error) {
	return misbehavingToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (misbehavingToken *MisbehavingToken) UnpackName(data []byte) (string, error) {
	out, err := misbehavingToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSetBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000af2a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBlocked(address who, bool isBlocked) returns()
func (misbehavingToken *MisbehavingToken) PackSetBlocked(who common.Address, isBlocked bool) []byte {
	enc, err := misbehavingToken.abi.Pack("setBlocked", who, isBlocked)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000af2a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBlocked(address who, bool isBlocked) returns()
func (misbehavingToken *MisbehavingToken) TryPackSetBlocked(who common.Address, isBlocked bool) ([]byte, error) {
	return misbehavingToken.abi.Pack("setBlocked", who, isBlocked)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (misbehavingToken *MisbehavingToken) PackSymbol() []byte {
	enc, err := misbehavingToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (misbehavingToken *MisbehavingToken) TryPackSymbol() ([]byte, error) {
	return misbehavingToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (misbehavingToken *MisbehavingToken) UnpackSymbol(data []byte) (string, error) {
	out, err := misbehavingToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (misbehavingToken *MisbehavingToken) PackTotalSupply() []byte {
	enc, err := misbehavingToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (misbehavingToken *MisbehavingToken) TryPackTotalSupply() ([]byte, error) {
	return misbehavingToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (misbehavingToken *MisbehavingToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := misbehavingToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (misbehavingToken *MisbehavingToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := misbehavingToken.abi.Pack("transfer", to, amount)
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
func (misbehavingToken *MisbehavingToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return misbehavingToken.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (misbehavingToken *MisbehavingToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := misbehavingToken.abi.Unpack("transfer", data)
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
func (misbehavingToken *MisbehavingToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := misbehavingToken.abi.Pack("transferFrom", from, to, amount)
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
func (misbehavingToken *MisbehavingToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return misbehavingToken.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (misbehavingToken *MisbehavingToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := misbehavingToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// MisbehavingTokenApproval represents a Approval event raised by the MisbehavingToken contract.
type MisbehavingTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MisbehavingTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (MisbehavingTokenApproval) ContractEventName() string {
	return MisbehavingTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (misbehavingToken *MisbehavingToken) UnpackApprovalEvent(log *types.Log) (*MisbehavingTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != misbehavingToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MisbehavingTokenApproval)
	if len(log.Data) > 0 {
		if err := misbehavingToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range misbehavingToken.abi.Events[event].Inputs {
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

// MisbehavingTokenTransfer represents a Transfer event raised by the MisbehavingToken contract.
type MisbehavingTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MisbehavingTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (MisbehavingTokenTransfer) ContractEventName() string {
	return MisbehavingTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (misbehavingToken *MisbehavingToken) UnpackTransferEvent(log *types.Log) (*MisbehavingTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != misbehavingToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MisbehavingTokenTransfer)
	if len(log.Data) > 0 {
		if err := misbehavingToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range misbehavingToken.abi.Events[event].Inputs {
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
