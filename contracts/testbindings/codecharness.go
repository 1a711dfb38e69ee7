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
	ABI: "[{\"inputs\":[],\"name\":\"emptyTxDataHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"encodeHeader\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"encodeQueueItem\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"encodeWithdrawal\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txDataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueCursor\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"internalType\":\"structCodec.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"hashHeader\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"hashQueueItem\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"txData\",\"type\":\"bytes\"}],\"name\":\"hashTxData\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"merkleRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawalLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "CodecHarness",
	Bin: "0x6080604052348015600e575f5ffd5b50610a098061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c80635a9a49c71161006e5780635a9a49c71461012d57806361837281146101505780638f6257591461017657806394391a6d14610189578063c1caa3d0146101af578063fb51e138146101c2575f5ffd5b80632a8aaf3b146100aa5780633a3a7602146100d35780633cbfae01146100f4578063468f531e1461010757806349e560da1461011a575b5f5ffd5b6100bd6100b8366004610632565b6101d5565b6040516100ca9190610691565b60405180910390f35b6100e66100e13660046106dd565b6101ee565b6040519081526020016100ca565b6100bd610102366004610712565b6101fc565b6100e6610115366004610740565b61020d565b6100e6610128366004610808565b610217565b61014061013b366004610876565b610238565b60405190151581526020016100ca565b7fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a4706100e6565b6100e6610184366004610712565b61024e565b7ff6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af6100e6565b6100bd6101bd3660046106dd565b610258565b6100e66101d0366004610632565b610267565b60606101e48686868686610275565b9695505050505050565b5f6101e486868686866102db565b6060610207826102fb565b92915050565b5f610207826103c6565b5f82826040516102289291906108f3565b6040518091039020905092915050565b5f6102458585858561050e565b95945050505050565b5f61020782610525565b60606101e4868686868661053d565b5f6101e48686868686610599565b60405160f886901b6001600160f81b0319166020820152606085811b6001600160601b0319908116602184015285821b8116603584015284821b166049830152605d820183905290607d015b604051602081830303815290604052905095945050505050565b5f6102e9868686868661053d565b80519060200120905095945050505050565b6060813561030f6040840160208501610902565b61031f6060850160408601610902565b6060850135608086013560a087013561033e60e0890160c08a01610902565b61034f6101008a0160e08b0161091b565b60408051602081019990995260c097881b6001600160c01b0319908116918a019190915295871b8616604889015260508801949094526070870192909252609086015290921b1660b083015260601b6001600160601b03191660b882015260cc016040516020818303038152906040529050919050565b80515f908082036103d957505f92915050565b60018111156104ec575f6103ee60028361095c565b90505f5b8181101561047c576104578561040983600261096f565b8151811061041957610419610986565b60200260200101518683600261042f919061096f565b61043a90600161099a565b8151811061044a5761044a610986565b60200260200101516105a7565b85828151811061046957610469610986565b60209081029190910101526001016103f2565b506104886002836109ad565b6001036104e2578361049b6001846109c0565b815181106104ab576104ab610986565b60200260200101518482815181106104c5576104c5610986565b60209081029190910101526104db81600161099a565b91506104e6565b8091505b506103d9565b825f815181106104fe576104fe610986565b6020026020010151915050919050565b5f8261051b8686856105d6565b1495945050505050565b5f61052f826102fb565b805190602001209050919050565b6040805160c087901b6001600160c01b031916602082015260e086901b6001600160e01b0319166028820152606085811b6001600160601b0319908116602c84015285821b1692820192909252605481018390526074016102c1565b5f6102e98686868686610275565b5f8183106105c1575f8281526020849052604090206105cf565b5f8381526020839052604090205b9392505050565b5f81815b8481101561060e57610604828787848181106105f8576105f8610986565b905060200201356105a7565b91506001016105da565b50949350505050565b80356001600160a01b038116811461062d575f5ffd5b919050565b5f5f5f5f5f60a08688031215610646575f5ffd5b853560ff81168114610656575f5ffd5b945061066460208701610617565b935061067260408701610617565b925061068060608701610617565b949793965091946080013592915050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b803567ffffffffffffffff8116811461062d575f5ffd5b5f5f5f5f5f60a086880312156106f1575f5ffd5b6106fa866106c6565b9450602086013563ffffffff81168114610664575f5ffd5b5f610100828403128015610724575f5ffd5b509092915050565b634e487b7160e01b5f52604160045260245ffd5b5f60208284031215610750575f5ffd5b813567ffffffffffffffff811115610766575f5ffd5b8201601f81018413610776575f5ffd5b803567ffffffffffffffff8111156107905761079061072c565b8060051b604051601f19603f830116810181811067ffffffffffffffff821117156107bd576107bd61072c565b6040529182526020818401810192908101878411156107da575f5ffd5b6020850194505b838510156107fd578435808252602095860195909350016107e1565b509695505050505050565b5f5f60208385031215610819575f5ffd5b823567ffffffffffffffff81111561082f575f5ffd5b8301601f8101851361083f575f5ffd5b803567ffffffffffffffff811115610855575f5ffd5b856020828401011115610866575f5ffd5b6020919091019590945092505050565b5f5f5f5f60608587031215610889575f5ffd5b843567ffffffffffffffff81111561089f575f5ffd5b8501601f810187136108af575f5ffd5b803567ffffffffffffffff8111156108c5575f5ffd5b8760208260051b84010111156108d9575f5ffd5b602091820198909750908601359560400135945092505050565b818382375f9101908152919050565b5f60208284031215610912575f5ffd5b6105cf826106c6565b5f6020828403121561092b575f5ffd5b6105cf82610617565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f8261096a5761096a610934565b500490565b808202811582820484141761020757610207610948565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561020757610207610948565b5f826109bb576109bb610934565b500690565b818103818111156102075761020761094856fea26469706673582212200281ffbfa1dcfb458ad395e5572288d6a8a059e45d696e7415199860341e1fc864736f6c63430008220033",
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

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a9a49c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32[] proof, bytes32 root, bytes32 leaf) pure returns(bool)
func (codecHarness *CodecHarness) PackVerify(proof [][32]byte, root [32]byte, leaf [32]byte) []byte {
	enc, err := codecHarness.abi.Pack("verify", proof, root, leaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a9a49c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32[] proof, bytes32 root, bytes32 leaf) pure returns(bool)
func (codecHarness *CodecHarness) TryPackVerify(proof [][32]byte, root [32]byte, leaf [32]byte) ([]byte, error) {
	return codecHarness.abi.Pack("verify", proof, root, leaf)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a9a49c7.
//
// Solidity: function verify(bytes32[] proof, bytes32 root, bytes32 leaf) pure returns(bool)
func (codecHarness *CodecHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := codecHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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
