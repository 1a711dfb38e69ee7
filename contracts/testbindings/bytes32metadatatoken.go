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

// Bytes32MetadataTokenMetaData contains all meta data concerning the Bytes32MetadataToken contract.
var Bytes32MetadataTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Bytes32MetadataToken",
	Bin: "0x6080604052348015600e575f5ffd5b506103ef8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c806370a082311161005857806370a08231146100f657806395d89b4114610115578063a9059cbb14610122578063dd62ed3e14610135575f5ffd5b806306fdde0314610089578063095ea7b3146100ab57806323b872dd146100ce57806340c10f19146100e1575b5f5ffd5b6100986426b0b5b2b960d91b81565b6040519081526020015b60405180910390f35b6100be6100b93660046102cc565b61015f565b60405190151581526020016100a2565b6100be6100dc3660046102f4565b61018c565b6100f46100ef3660046102cc565b610227565b005b61009861010436600461032e565b5f6020819052908152604090205481565b6100986226a5a960e91b81565b6100be6101303660046102cc565b610257565b61009861014336600461034e565b600160209081525f928352604080842090915290825290205481565b335f9081526001602081815260408084206001600160a01b03871685529091529091208290555b92915050565b6001600160a01b0383165f9081526001602090815260408083203384529091528120805483919083906101c0908490610393565b90915550506001600160a01b0384165f90815260208190526040812080548492906101ec908490610393565b90915550506001600160a01b0383165f90815260208190526040812080548492906102189084906103a6565b90915550600195945050505050565b6001600160a01b0382165f908152602081905260408120805483929061024e9084906103a6565b90915550505050565b335f90815260208190526040812080548391908390610277908490610393565b90915550506001600160a01b0383165f90815260208190526040812080548492906102a39084906103a6565b909155506001949350505050565b80356001600160a01b03811681146102c7575f5ffd5b919050565b5f5f604083850312156102dd575f5ffd5b6102e6836102b1565b946020939093013593505050565b5f5f5f60608486031215610306575f5ffd5b61030f846102b1565b925061031d602085016102b1565b929592945050506040919091013590565b5f6020828403121561033e575f5ffd5b610347826102b1565b9392505050565b5f5f6040838503121561035f575f5ffd5b610368836102b1565b9150610376602084016102b1565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156101865761018661037f565b808201808211156101865761018661037f56fea264697066735822122018f0819b918d0f25dae1925eb158131aa03356be02f86b76eeb9a047692438de64736f6c63430008220033",
}

// Bytes32MetadataToken is an auto generated Go binding around an Ethereum contract.
type Bytes32MetadataToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Bytes32MetadataToken) GetABI() abi.ABI {
	return c.abi
}

// NewBytes32MetadataToken creates a new instance of Bytes32MetadataToken.
func NewBytes32MetadataToken() *Bytes32MetadataToken {
	parsed, err := Bytes32MetadataTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Bytes32MetadataToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Bytes32MetadataToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (bytes32MetadataToken *Bytes32MetadataToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := bytes32MetadataToken.abi.Pack("allowance", arg0, arg1)
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
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := bytes32MetadataToken.abi.Unpack("allowance", data)
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
func (bytes32MetadataToken *Bytes32MetadataToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := bytes32MetadataToken.abi.Pack("approve", spender, amount)
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
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackApprove(data []byte) (bool, error) {
	out, err := bytes32MetadataToken.abi.Unpack("approve", data)
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
func (bytes32MetadataToken *Bytes32MetadataToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := bytes32MetadataToken.abi.Pack("balanceOf", arg0)
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
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := bytes32MetadataToken.abi.Unpack("balanceOf", data)
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
func (bytes32MetadataToken *Bytes32MetadataToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := bytes32MetadataToken.abi.Pack("mint", to, amount)
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
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(bytes32)
func (bytes32MetadataToken *Bytes32MetadataToken) PackName() []byte {
	enc, err := bytes32MetadataToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(bytes32)
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackName() ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(bytes32)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackName(data []byte) ([32]byte, error) {
	out, err := bytes32MetadataToken.abi.Unpack("name", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(bytes32)
func (bytes32MetadataToken *Bytes32MetadataToken) PackSymbol() []byte {
	enc, err := bytes32MetadataToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(bytes32)
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackSymbol() ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(bytes32)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackSymbol(data []byte) ([32]byte, error) {
	out, err := bytes32MetadataToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (bytes32MetadataToken *Bytes32MetadataToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := bytes32MetadataToken.abi.Pack("transfer", to, amount)
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
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := bytes32MetadataToken.abi.Unpack("transfer", data)
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
func (bytes32MetadataToken *Bytes32MetadataToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := bytes32MetadataToken.abi.Pack("transferFrom", from, to, amount)
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
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := bytes32MetadataToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
