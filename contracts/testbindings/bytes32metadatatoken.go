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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Bytes32MetadataToken",
	Bin: "0x608060405234801561000f575f5ffd5b5060408051602080820183525f808352835191820190935291825290600361003783826100ef565b50600461004482826100ef565b5050506101ad565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061007457607f821691505b60208210810361009257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156100ea57828211156100ea57805f5260205f20601f840160051c60208510156100c357505f5b90810190601f840160051c035f5b818110156100e6575f838201556001016100d1565b5050505b505050565b81516001600160401b038111156101085761010861004c565b61011c816101168454610060565b84610098565b6020601f82116001811461014e575f83156101375750848201515b5f19600385901b1c1916600184901b1784556101a6565b5f84815260208120601f198516915b8281101561017d578785015182556020948501946001909201910161015d565b508482101561019a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b610733806101ba5f395ff3fe608060405234801561000f575f5ffd5b506004361061009c575f3560e01c806340c10f191161006457806340c10f191461017557806370a082311461018a57806395d89b41146100f5578063a9059cbb146101b2578063dd62ed3e146101c55761009c565b806306fdde03146100f5578063095ea7b31461011357806318160ddd1461013657806323b872dd14610148578063313ce5671461015b575b6001600160e01b03195f35166306fdde0360e01b8190036100c9576426b0b5b2b960d91b5f818152602090f35b6001600160e01b031981166395d89b4160e01b036100f1576226a5a960e91b5f818152602090f35b5f5ffd5b6100fd6101fd565b60405161010a91906105db565b60405180910390f35b61012661012136600461062b565b610238565b604051901515815260200161010a565b6002545b60405190815260200161010a565b610126610156366004610653565b610251565b610163610274565b60405160ff909116815260200161010a565b61018861018336600461062b565b6102a9565b005b61013a61019836600461068d565b6001600160a01b03165f9081526020819052604090205490565b6101266101c036600461062b565b6102b7565b61013a6101d33660046106ad565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b60405162461bcd60e51b81526020600482015260086024820152671cda18591bddd95960c21b60448201526060906064015b60405180910390fd5b5f336102458185856102c4565b60019150505b92915050565b5f3361025e8582856102d6565b610269858585610352565b506001949350505050565b60405162461bcd60e51b81526020600482015260086024820152671cda18591bddd95960c21b60448201525f9060640161022f565b6102b382826103af565b5050565b5f33610245818585610352565b6102d183838360016103e3565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561034c578181101561033e57604051637dc7a0d960e11b81526001600160a01b0384166004820152602481018290526044810183905260640161022f565b61034c84848484035f6103e3565b50505050565b6001600160a01b03831661037b57604051634b637e8f60e11b81525f600482015260240161022f565b6001600160a01b0382166103a45760405163ec442f0560e01b81525f600482015260240161022f565b6102d18383836104b5565b6001600160a01b0382166103d85760405163ec442f0560e01b81525f600482015260240161022f565b6102b35f83836104b5565b6001600160a01b03841661040c5760405163e602df0560e01b81525f600482015260240161022f565b6001600160a01b03831661043557604051634a1406b160e11b81525f600482015260240161022f565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561034c57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516104a791815260200190565b60405180910390a350505050565b6001600160a01b0383166104df578060025f8282546104d491906106de565b9091555061054f9050565b6001600160a01b0383165f90815260208190526040902054818110156105315760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161022f565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661056b57600280548290039055610589565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516105ce91815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610626575f5ffd5b919050565b5f5f6040838503121561063c575f5ffd5b61064583610610565b946020939093013593505050565b5f5f5f60608486031215610665575f5ffd5b61066e84610610565b925061067c60208501610610565b929592945050506040919091013590565b5f6020828403121561069d575f5ffd5b6106a682610610565b9392505050565b5f5f604083850312156106be575f5ffd5b6106c783610610565b91506106d560208401610610565b90509250929050565b8082018082111561024b57634e487b7160e01b5f52601160045260245ffdfea264697066735822122060995d302975e8abadb1a03aa35085624d318dbfc2e5f016d9b95db685771fad64736f6c63430008220033",
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
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (bytes32MetadataToken *Bytes32MetadataToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := bytes32MetadataToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
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
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (bytes32MetadataToken *Bytes32MetadataToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := bytes32MetadataToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
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
// Solidity: function balanceOf(address account) view returns(uint256)
func (bytes32MetadataToken *Bytes32MetadataToken) PackBalanceOf(account common.Address) []byte {
	enc, err := bytes32MetadataToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := bytes32MetadataToken.abi.Unpack("balanceOf", data)
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
// Solidity: function decimals() pure returns(uint8)
func (bytes32MetadataToken *Bytes32MetadataToken) PackDecimals() []byte {
	enc, err := bytes32MetadataToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackDecimals() ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := bytes32MetadataToken.abi.Unpack("decimals", data)
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
// Solidity: function name() pure returns(string)
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
// Solidity: function name() pure returns(string)
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackName() ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackName(data []byte) (string, error) {
	out, err := bytes32MetadataToken.abi.Unpack("name", data)
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
// Solidity: function symbol() pure returns(string)
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackSymbol() ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackSymbol(data []byte) (string, error) {
	out, err := bytes32MetadataToken.abi.Unpack("symbol", data)
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
func (bytes32MetadataToken *Bytes32MetadataToken) PackTotalSupply() []byte {
	enc, err := bytes32MetadataToken.abi.Pack("totalSupply")
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
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackTotalSupply() ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := bytes32MetadataToken.abi.Unpack("totalSupply", data)
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
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (bytes32MetadataToken *Bytes32MetadataToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := bytes32MetadataToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
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
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (bytes32MetadataToken *Bytes32MetadataToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := bytes32MetadataToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (bytes32MetadataToken *Bytes32MetadataToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return bytes32MetadataToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := bytes32MetadataToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// Bytes32MetadataTokenApproval represents a Approval event raised by the Bytes32MetadataToken contract.
type Bytes32MetadataTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const Bytes32MetadataTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (Bytes32MetadataTokenApproval) ContractEventName() string {
	return Bytes32MetadataTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackApprovalEvent(log *types.Log) (*Bytes32MetadataTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bytes32MetadataToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Bytes32MetadataTokenApproval)
	if len(log.Data) > 0 {
		if err := bytes32MetadataToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bytes32MetadataToken.abi.Events[event].Inputs {
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

// Bytes32MetadataTokenTransfer represents a Transfer event raised by the Bytes32MetadataToken contract.
type Bytes32MetadataTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const Bytes32MetadataTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (Bytes32MetadataTokenTransfer) ContractEventName() string {
	return Bytes32MetadataTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackTransferEvent(log *types.Log) (*Bytes32MetadataTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bytes32MetadataToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(Bytes32MetadataTokenTransfer)
	if len(log.Data) > 0 {
		if err := bytes32MetadataToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bytes32MetadataToken.abi.Events[event].Inputs {
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
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bytes32MetadataToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return bytes32MetadataToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], bytes32MetadataToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return bytes32MetadataToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], bytes32MetadataToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return bytes32MetadataToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], bytes32MetadataToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return bytes32MetadataToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], bytes32MetadataToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return bytes32MetadataToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], bytes32MetadataToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return bytes32MetadataToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Bytes32MetadataTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the Bytes32MetadataToken contract.
type Bytes32MetadataTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func Bytes32MetadataTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*Bytes32MetadataTokenERC20InsufficientAllowance, error) {
	out := new(Bytes32MetadataTokenERC20InsufficientAllowance)
	if err := bytes32MetadataToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Bytes32MetadataTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the Bytes32MetadataToken contract.
type Bytes32MetadataTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func Bytes32MetadataTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackERC20InsufficientBalanceError(raw []byte) (*Bytes32MetadataTokenERC20InsufficientBalance, error) {
	out := new(Bytes32MetadataTokenERC20InsufficientBalance)
	if err := bytes32MetadataToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Bytes32MetadataTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the Bytes32MetadataToken contract.
type Bytes32MetadataTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func Bytes32MetadataTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackERC20InvalidApproverError(raw []byte) (*Bytes32MetadataTokenERC20InvalidApprover, error) {
	out := new(Bytes32MetadataTokenERC20InvalidApprover)
	if err := bytes32MetadataToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Bytes32MetadataTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the Bytes32MetadataToken contract.
type Bytes32MetadataTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func Bytes32MetadataTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackERC20InvalidReceiverError(raw []byte) (*Bytes32MetadataTokenERC20InvalidReceiver, error) {
	out := new(Bytes32MetadataTokenERC20InvalidReceiver)
	if err := bytes32MetadataToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Bytes32MetadataTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the Bytes32MetadataToken contract.
type Bytes32MetadataTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func Bytes32MetadataTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackERC20InvalidSenderError(raw []byte) (*Bytes32MetadataTokenERC20InvalidSender, error) {
	out := new(Bytes32MetadataTokenERC20InvalidSender)
	if err := bytes32MetadataToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Bytes32MetadataTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the Bytes32MetadataToken contract.
type Bytes32MetadataTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func Bytes32MetadataTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (bytes32MetadataToken *Bytes32MetadataToken) UnpackERC20InvalidSpenderError(raw []byte) (*Bytes32MetadataTokenERC20InvalidSpender, error) {
	out := new(Bytes32MetadataTokenERC20InvalidSpender)
	if err := bytes32MetadataToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
