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

// CodecHarnessMetaData contains all meta data concerning the CodecHarness contract.
var CodecHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"emptyTxDataHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"encodeHeader\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"encodeQueueItem\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"encodeWithdrawal\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"hashHeader\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"hashQueueItem\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"}],\"name\":\"hashTxData\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"merkleRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawalLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "CodecHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506108f08061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c8063618372811161006357806361837281146101225780638f6257591461014857806394391a6d1461015b578063c1caa3d014610181578063fb51e13814610194575f5ffd5b80632a8aaf3b1461009f5780633a3a7602146100c85780633cbfae01146100e9578063468f531e146100fc57806349e560da1461010f575b5f5ffd5b6100b26100ad366004610596565b6101a7565b6040516100bf91906105f5565b60405180910390f35b6100db6100d6366004610641565b6101c0565b6040519081526020016100bf565b6100b26100f7366004610676565b6101ce565b6100db61010a3660046106a4565b6101df565b6100db61011d36600461076c565b6101e9565b7fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a4706100db565b6100db610156366004610676565b61020a565b7ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af6100db565b6100b261018f366004610641565b610214565b6100db6101a2366004610596565b610223565b60606101b68686868686610231565b9695505050505050565b5f6101b68686868686610297565b60606101d9826102b7565b92915050565b5f6101d982610382565b5f82826040516101fa9291906107da565b6040518091039020905092915050565b5f6101d9826104ca565b60606101b686868686866104e2565b5f6101b6868686868661053e565b60405160f886901b6001600160f81b0319166020820152606085811b6001600160601b0319908116602184015285821b8116603584015284821b166049830152605d820183905290607d015b604051602081830303815290604052905095945050505050565b5f6102a586868686866104e2565b80519060200120905095945050505050565b606081356102cb60408401602085016107e9565b6102db60608501604086016107e9565b6060850135608086013560a08701356102fa60e0890160c08a016107e9565b61030b6101008a0160e08b01610802565b60408051602081019990995260c097881b6001600160c01b0319908116918a019190915295871b8616604889015260508801949094526070870192909252609086015290921b1660b083015260601b6001600160601b03191660b882015260cc016040516020818303038152906040529050919050565b80515f9080820361039557505f92915050565b60018111156104a8575f6103aa600283610843565b90505f5b8181101561043857610413856103c5836002610856565b815181106103d5576103d561086d565b6020026020010151868360026103eb9190610856565b6103f6906001610881565b815181106104065761040661086d565b602002602001015161054c565b8582815181106104255761042561086d565b60209081029190910101526001016103ae565b50610444600283610894565b60010361049e57836104576001846108a7565b815181106104675761046761086d565b60200260200101518482815181106104815761048161086d565b6020908102919091010152610497816001610881565b91506104a2565b8091505b50610395565b825f815181106104ba576104ba61086d565b6020026020010151915050919050565b5f6104d4826102b7565b805190602001209050919050565b6040805160c087901b6001600160c01b031916602082015260e086901b6001600160e01b0319166028820152606085811b6001600160601b0319908116602c84015285821b16928201929092526054810183905260740161027d565b5f6102a58686868686610231565b5f818310610566575f828152602084905260409020610574565b5f8381526020839052604090205b9392505050565b80356001600160a01b0381168114610591575f5ffd5b919050565b5f5f5f5f5f60a086880312156105aa575f5ffd5b853560ff811681146105ba575f5ffd5b94506105c86020870161057b565b93506105d66040870161057b565b92506105e46060870161057b565b949793965091946080013592915050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b803567ffffffffffffffff81168114610591575f5ffd5b5f5f5f5f5f60a08688031215610655575f5ffd5b61065e8661062a565b9450602086013563ffffffff811681146105c8575f5ffd5b5f610100828403128015610688575f5ffd5b509092915050565b634e487b7160e01b5f52604160045260245ffd5b5f602082840312156106b4575f5ffd5b813567ffffffffffffffff8111156106ca575f5ffd5b8201601f810184136106da575f5ffd5b803567ffffffffffffffff8111156106f4576106f4610690565b8060051b604051601f19603f830116810181811067ffffffffffffffff8211171561072157610721610690565b60405291825260208184018101929081018784111561073e575f5ffd5b6020850194505b8385101561076157843580825260209586019590935001610745565b509695505050505050565b5f5f6020838503121561077d575f5ffd5b823567ffffffffffffffff811115610793575f5ffd5b8301601f810185136107a3575f5ffd5b803567ffffffffffffffff8111156107b9575f5ffd5b8560208284010111156107ca575f5ffd5b6020919091019590945092505050565b818382375f9101908152919050565b5f602082840312156107f9575f5ffd5b6105748261062a565b5f60208284031215610812575f5ffd5b6105748261057b565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f826108515761085161081b565b500490565b80820281158282048414176101d9576101d961082f565b634e487b7160e01b5f52603260045260245ffd5b808201808211156101d9576101d961082f565b5f826108a2576108a261081b565b500690565b818103818111156101d9576101d961082f56fea26469706673582212207f717dea06d1971bf68d34b26356e66ef2beb4d22466bc789c4780ac814eb56164736f6c63430008220033",
}

// CodecHarness is an auto generated Go binding around an Ethereum contract.
type CodecHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CodecHarness) GetABI() abi.ABI {
	return c.abi
}

// NewCodecHarness creates a new instance of CodecHarness.
func NewCodecHarness() *CodecHarness {
	parsed, err := CodecHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CodecHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CodecHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackEmptyTxDataHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61837281.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emptyTxDataHash() pure returns(bytes32)
func (codecHarness *CodecHarness) PackEmptyTxDataHash() []byte {
	enc, err := codecHarness.abi.Pack("emptyTxDataHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmptyTxDataHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61837281.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function emptyTxDataHash() pure returns(bytes32)
func (codecHarness *CodecHarness) TryPackEmptyTxDataHash() ([]byte, error) {
	return codecHarness.abi.Pack("emptyTxDataHash")
}

// UnpackEmptyTxDataHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61837281.
//
// Solidity: function emptyTxDataHash() pure returns(bytes32)
func (codecHarness *CodecHarness) UnpackEmptyTxDataHash(data []byte) ([32]byte, error) {
	out, err := codecHarness.abi.Unpack("emptyTxDataHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEncodeHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cbfae01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encodeHeader((bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address) h) pure returns(bytes)
func (codecHarness *CodecHarness) PackEncodeHeader(h CodecHeader) []byte {
	enc, err := codecHarness.abi.Pack("encodeHeader", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncodeHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cbfae01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encodeHeader((bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address) h) pure returns(bytes)
func (codecHarness *CodecHarness) TryPackEncodeHeader(h CodecHeader) ([]byte, error) {
	return codecHarness.abi.Pack("encodeHeader", h)
}

// UnpackEncodeHeader is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cbfae01.
//
// Solidity: function encodeHeader((bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address) h) pure returns(bytes)
func (codecHarness *CodecHarness) UnpackEncodeHeader(data []byte) ([]byte, error) {
	out, err := codecHarness.abi.Unpack("encodeHeader", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackEncodeQueueItem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a8aaf3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encodeQueueItem(uint8 kind, address from, address to, address token, uint256 amount) pure returns(bytes)
func (codecHarness *CodecHarness) PackEncodeQueueItem(kind uint8, from common.Address, to common.Address, token common.Address, amount *big.Int) []byte {
	enc, err := codecHarness.abi.Pack("encodeQueueItem", kind, from, to, token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncodeQueueItem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a8aaf3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encodeQueueItem(uint8 kind, address from, address to, address token, uint256 amount) pure returns(bytes)
func (codecHarness *CodecHarness) TryPackEncodeQueueItem(kind uint8, from common.Address, to common.Address, token common.Address, amount *big.Int) ([]byte, error) {
	return codecHarness.abi.Pack("encodeQueueItem", kind, from, to, token, amount)
}

// UnpackEncodeQueueItem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a8aaf3b.
//
// Solidity: function encodeQueueItem(uint8 kind, address from, address to, address token, uint256 amount) pure returns(bytes)
func (codecHarness *CodecHarness) UnpackEncodeQueueItem(data []byte) ([]byte, error) {
	out, err := codecHarness.abi.Unpack("encodeQueueItem", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackEncodeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1caa3d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encodeWithdrawal(uint64 blockNumber, uint32 index, address recipient, address token, uint256 amount) pure returns(bytes)
func (codecHarness *CodecHarness) PackEncodeWithdrawal(blockNumber uint64, index uint32, recipient common.Address, token common.Address, amount *big.Int) []byte {
	enc, err := codecHarness.abi.Pack("encodeWithdrawal", blockNumber, index, recipient, token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncodeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1caa3d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encodeWithdrawal(uint64 blockNumber, uint32 index, address recipient, address token, uint256 amount) pure returns(bytes)
func (codecHarness *CodecHarness) TryPackEncodeWithdrawal(blockNumber uint64, index uint32, recipient common.Address, token common.Address, amount *big.Int) ([]byte, error) {
	return codecHarness.abi.Pack("encodeWithdrawal", blockNumber, index, recipient, token, amount)
}

// UnpackEncodeWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1caa3d0.
//
// Solidity: function encodeWithdrawal(uint64 blockNumber, uint32 index, address recipient, address token, uint256 amount) pure returns(bytes)
func (codecHarness *CodecHarness) UnpackEncodeWithdrawal(data []byte) ([]byte, error) {
	out, err := codecHarness.abi.Unpack("encodeWithdrawal", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackGenesisHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94391a6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesisHash() pure returns(bytes32)
func (codecHarness *CodecHarness) PackGenesisHash() []byte {
	enc, err := codecHarness.abi.Pack("genesisHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesisHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94391a6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesisHash() pure returns(bytes32)
func (codecHarness *CodecHarness) TryPackGenesisHash() ([]byte, error) {
	return codecHarness.abi.Pack("genesisHash")
}

// UnpackGenesisHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94391a6d.
//
// Solidity: function genesisHash() pure returns(bytes32)
func (codecHarness *CodecHarness) UnpackGenesisHash(data []byte) ([32]byte, error) {
	out, err := codecHarness.abi.Unpack("genesisHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f625759.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashHeader((bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address) h) pure returns(bytes32)
func (codecHarness *CodecHarness) PackHashHeader(h CodecHeader) []byte {
	enc, err := codecHarness.abi.Pack("hashHeader", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f625759.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashHeader((bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address) h) pure returns(bytes32)
func (codecHarness *CodecHarness) TryPackHashHeader(h CodecHeader) ([]byte, error) {
	return codecHarness.abi.Pack("hashHeader", h)
}

// UnpackHashHeader is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f625759.
//
// Solidity: function hashHeader((bytes32,uint64,uint64,bytes32,bytes32,bytes32,uint64,address) h) pure returns(bytes32)
func (codecHarness *CodecHarness) UnpackHashHeader(data []byte) ([32]byte, error) {
	out, err := codecHarness.abi.Unpack("hashHeader", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashQueueItem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb51e138.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashQueueItem(uint8 kind, address from, address to, address token, uint256 amount) pure returns(bytes32)
func (codecHarness *CodecHarness) PackHashQueueItem(kind uint8, from common.Address, to common.Address, token common.Address, amount *big.Int) []byte {
	enc, err := codecHarness.abi.Pack("hashQueueItem", kind, from, to, token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashQueueItem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb51e138.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashQueueItem(uint8 kind, address from, address to, address token, uint256 amount) pure returns(bytes32)
func (codecHarness *CodecHarness) TryPackHashQueueItem(kind uint8, from common.Address, to common.Address, token common.Address, amount *big.Int) ([]byte, error) {
	return codecHarness.abi.Pack("hashQueueItem", kind, from, to, token, amount)
}

// UnpackHashQueueItem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb51e138.
//
// Solidity: function hashQueueItem(uint8 kind, address from, address to, address token, uint256 amount) pure returns(bytes32)
func (codecHarness *CodecHarness) UnpackHashQueueItem(data []byte) ([32]byte, error) {
	out, err := codecHarness.abi.Unpack("hashQueueItem", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashTxData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49e560da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashTxData(bytes txData) pure returns(bytes32)
func (codecHarness *CodecHarness) PackHashTxData(txData []byte) []byte {
	enc, err := codecHarness.abi.Pack("hashTxData", txData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashTxData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49e560da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashTxData(bytes txData) pure returns(bytes32)
func (codecHarness *CodecHarness) TryPackHashTxData(txData []byte) ([]byte, error) {
	return codecHarness.abi.Pack("hashTxData", txData)
}

// UnpackHashTxData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x49e560da.
//
// Solidity: function hashTxData(bytes txData) pure returns(bytes32)
func (codecHarness *CodecHarness) UnpackHashTxData(data []byte) ([32]byte, error) {
	out, err := codecHarness.abi.Unpack("hashTxData", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x468f531e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function merkleRoot(bytes32[] leaves) pure returns(bytes32)
func (codecHarness *CodecHarness) PackMerkleRoot(leaves [][32]byte) []byte {
	enc, err := codecHarness.abi.Pack("merkleRoot", leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x468f531e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function merkleRoot(bytes32[] leaves) pure returns(bytes32)
func (codecHarness *CodecHarness) TryPackMerkleRoot(leaves [][32]byte) ([]byte, error) {
	return codecHarness.abi.Pack("merkleRoot", leaves)
}

// UnpackMerkleRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x468f531e.
//
// Solidity: function merkleRoot(bytes32[] leaves) pure returns(bytes32)
func (codecHarness *CodecHarness) UnpackMerkleRoot(data []byte) ([32]byte, error) {
	out, err := codecHarness.abi.Unpack("merkleRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdrawalLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a3a7602.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalLeaf(uint64 blockNumber, uint32 index, address recipient, address token, uint256 amount) pure returns(bytes32)
func (codecHarness *CodecHarness) PackWithdrawalLeaf(blockNumber uint64, index uint32, recipient common.Address, token common.Address, amount *big.Int) []byte {
	enc, err := codecHarness.abi.Pack("withdrawalLeaf", blockNumber, index, recipient, token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a3a7602.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalLeaf(uint64 blockNumber, uint32 index, address recipient, address token, uint256 amount) pure returns(bytes32)
func (codecHarness *CodecHarness) TryPackWithdrawalLeaf(blockNumber uint64, index uint32, recipient common.Address, token common.Address, amount *big.Int) ([]byte, error) {
	return codecHarness.abi.Pack("withdrawalLeaf", blockNumber, index, recipient, token, amount)
}

// UnpackWithdrawalLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a3a7602.
//
// Solidity: function withdrawalLeaf(uint64 blockNumber, uint32 index, address recipient, address token, uint256 amount) pure returns(bytes32)
func (codecHarness *CodecHarness) UnpackWithdrawalLeaf(data []byte) ([32]byte, error) {
	out, err := codecHarness.abi.Unpack("withdrawalLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}
