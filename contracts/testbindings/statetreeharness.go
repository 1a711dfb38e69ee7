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

// StateTreeHarnessMetaData contains all meta data concerning the StateTreeHarness contract.
var StateTreeHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyGas\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"valueHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "StateTreeHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506106408061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80639c39afb114610038578063de12c64014610065575b5f5ffd5b61004b6100463660046104bc565b610086565b604080519283526020830191909152015b60405180910390f35b6100786100733660046104bc565b6100b1565b60405190815260200161005c565b5f5f5f5a9050610098878787876100c7565b92505a6100a5908261054c565b91505094509492505050565b5f6100be858585856100c7565b95945050505050565b5f60038210156100ea57604051630f4ea0ab60e41b815260040160405180910390fd5b5f838360018181106100fe576100fe610565565b919091013560f81c9050600885855f8161011a5761011a610565565b9050013560f81c60f81b60f81c60ff16901b17905061010081111561015257604051630f4ea0ab60e41b815260040160405180910390fd5b5f6008610160836007610579565b61016a91906105a0565b610175906002610579565b905080841161019757604051630f4ea0ab60e41b815260040160405180910390fd5b5f5f600287018388015b808210156101d15781355f1a5b80156101c557600193909301925f198101166101ae565b506001820191506101a1565b5050602002820190506101e56008846105b3565b15610244575f86866101f860018661054c565b81811061020757610207610565565b919091013560f81c915061021e90506008856105b3565b60ff901c81161561024257604051630f4ea0ab60e41b815260040160405180910390fd5b505b80851161026457604051630f4ea0ab60e41b815260040160405180910390fd5b5f5f87878481811061027857610278610565565b919091013560f81c600103905061038857610294836041610579565b87146102b357604051630f4ea0ab60e41b815260040160405180910390fd5b5f88886102c1866001610579565b906102cd876021610579565b926102da939291906105c6565b6102e3916105ed565b90505f89896102f3876021610579565b906102ff886041610579565b9261030c939291906105c6565b610315916105ed565b905080158061033d5750861580159061033d57506103358761010061054c565b828c18901c15155b604051600160f81b602082015260218101849052604181018390529093506061016040516020818303038152906040528051906020012093508a8203610381578097505b50506103f2565b87878481811061039a5761039a610565565b919091013560f81c5f0390506103d9576103b5836001610579565b87146103d457604051630f4ea0ab60e41b815260040160405180910390fd5b6103f2565b604051630f4ea0ab60e41b815260040160405180910390fd5b5f60028901848a01875b8015610462575f19015f600382901c840135811a6080600784161c16156104315750601f199091019081358061043157600194505b60018e8360ff031c165f811461044d57815f5287602052610455565b875f52816020525b505060405f2095506103fc565b505050801561048457604051630f4ea0ab60e41b815260040160405180910390fd5b818061049057508a8314155b156104ae576040516309bde33960e01b815260040160405180910390fd5b505050505050949350505050565b5f5f5f5f606085870312156104cf575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156104f3575f5ffd5b8501601f81018713610503575f5ffd5b803567ffffffffffffffff811115610519575f5ffd5b87602082840101111561052a575f5ffd5b949793965060200194505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561055f5761055f610538565b92915050565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561055f5761055f610538565b634e487b7160e01b5f52601260045260245ffd5b5f826105ae576105ae61058c565b500490565b5f826105c1576105c161058c565b500690565b5f5f858511156105d4575f5ffd5b838611156105e0575f5ffd5b5050820193919092039150565b8035602083101561055f575f19602084900360031b1b169291505056fea2646970667358221220236a8ba4f2d5bd5b30ef866eb55d6fc9b764a381a0a9fe11ff3a161d41f815b964736f6c63430008220033",
}

// StateTreeHarness is an auto generated Go binding around an Ethereum contract.
type StateTreeHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StateTreeHarness) GetABI() abi.ABI {
	return c.abi
}

// NewStateTreeHarness creates a new instance of StateTreeHarness.
func NewStateTreeHarness() *StateTreeHarness {
	parsed, err := StateTreeHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StateTreeHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StateTreeHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde12c640.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, bytes32 key, bytes proof) pure returns(bytes32)
func (stateTreeHarness *StateTreeHarness) PackVerify(root [32]byte, key [32]byte, proof []byte) []byte {
	enc, err := stateTreeHarness.abi.Pack("verify", root, key, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde12c640.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, bytes32 key, bytes proof) pure returns(bytes32)
func (stateTreeHarness *StateTreeHarness) TryPackVerify(root [32]byte, key [32]byte, proof []byte) ([]byte, error) {
	return stateTreeHarness.abi.Pack("verify", root, key, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde12c640.
//
// Solidity: function verify(bytes32 root, bytes32 key, bytes proof) pure returns(bytes32)
func (stateTreeHarness *StateTreeHarness) UnpackVerify(data []byte) ([32]byte, error) {
	out, err := stateTreeHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerifyGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c39afb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyGas(bytes32 root, bytes32 key, bytes proof) view returns(bytes32 valueHash, uint256 gasUsed)
func (stateTreeHarness *StateTreeHarness) PackVerifyGas(root [32]byte, key [32]byte, proof []byte) []byte {
	enc, err := stateTreeHarness.abi.Pack("verifyGas", root, key, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c39afb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyGas(bytes32 root, bytes32 key, bytes proof) view returns(bytes32 valueHash, uint256 gasUsed)
func (stateTreeHarness *StateTreeHarness) TryPackVerifyGas(root [32]byte, key [32]byte, proof []byte) ([]byte, error) {
	return stateTreeHarness.abi.Pack("verifyGas", root, key, proof)
}

// VerifyGasOutput serves as a container for the return parameters of contract
// method VerifyGas.
type VerifyGasOutput struct {
	ValueHash [32]byte
	GasUsed   *big.Int
}

// UnpackVerifyGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c39afb1.
//
// Solidity: function verifyGas(bytes32 root, bytes32 key, bytes proof) view returns(bytes32 valueHash, uint256 gasUsed)
func (stateTreeHarness *StateTreeHarness) UnpackVerifyGas(data []byte) (VerifyGasOutput, error) {
	out, err := stateTreeHarness.abi.Unpack("verifyGas", data)
	outstruct := new(VerifyGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ValueHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (stateTreeHarness *StateTreeHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stateTreeHarness.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return stateTreeHarness.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], stateTreeHarness.abi.Errors["MalformedProof"].ID.Bytes()[:4]) {
		return stateTreeHarness.UnpackMalformedProofError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StateTreeHarnessInvalidProof represents a InvalidProof error raised by the StateTreeHarness contract.
type StateTreeHarnessInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func StateTreeHarnessInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (stateTreeHarness *StateTreeHarness) UnpackInvalidProofError(raw []byte) (*StateTreeHarnessInvalidProof, error) {
	out := new(StateTreeHarnessInvalidProof)
	if err := stateTreeHarness.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StateTreeHarnessMalformedProof represents a MalformedProof error raised by the StateTreeHarness contract.
type StateTreeHarnessMalformedProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedProof()
func StateTreeHarnessMalformedProofErrorID() common.Hash {
	return common.HexToHash("0xf4ea0ab0e49fc2e6d996c761e58d482784142477d6e452c894b861bdcb69f5e6")
}

// UnpackMalformedProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedProof()
func (stateTreeHarness *StateTreeHarness) UnpackMalformedProofError(raw []byte) (*StateTreeHarnessMalformedProof, error) {
	out := new(StateTreeHarnessMalformedProof)
	if err := stateTreeHarness.abi.UnpackIntoInterface(out, "MalformedProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}
