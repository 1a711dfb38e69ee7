// Package core is Viaduct's state transition: the one place that decides what
// an L2 block does to the state. It defines the transactions Viaduct accepts
// (ordinary signed Ethereum transactions, classified into ETH transfers,
// ERC-20 transfers and withdrawals), the fee rule, the L1 queue items
// (deposits and forced withdrawals), the block header and the compact tx-data
// encoding that batches carry to L1, the withdrawals tree, and the function
//
//	(pre-state, parent, block) → post-state diff + withdrawals
//
// that the sequencer uses to build blocks and every verifier uses to check
// them. docs/spec.md is its specification; the Solidity fraud-proof verifier
// implements the same rules, and the JSON vectors under testdata/ keep the two
// in agreement.
package core

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// BridgeAddress is the bridge's L2 system address. ETH sent to it, or an
// ERC-20 transfer to it, is a withdrawal to the sender's address on L1.
var BridgeAddress = common.HexToAddress("0x00000000000000000000000000000000000B81D6")

// Fixed L2 gas per operation kind (docs/spec.md, "Fees"). The gas a
// transaction uses is exactly this; its gas limit must be at least this.
const (
	TransferGas        uint64 = 21_000
	TokenTransferGas   uint64 = 50_000
	WithdrawalGas      uint64 = 40_000
	TokenWithdrawalGas uint64 = 60_000

	// MaxTxGas bounds a transaction's gas limit (the EIP-7825 cap), which
	// keeps gas limit × fee cap inside 256 bits for any sane fee cap.
	MaxTxGas uint64 = 1 << 24
)

// Block limits (docs/spec.md, "Limits"). They are chosen so that the on-chain
// re-execution of the worst-case block fits in 10M gas.
const (
	MaxTxsPerBlock        = 64
	MaxQueueItemsPerBlock = 16
	MaxTxDataBytes        = 16_384
)

// Config is the part of the rollup configuration that the state transition
// depends on. It is fixed at deployment.
type Config struct {
	// ChainID is the L2 chain id that transactions must be signed for.
	ChainID uint64
	// BaseFee is the L2 base fee in wei per gas. It is constant: it prices
	// the L1 data that each transaction costs the operator.
	BaseFee uint256.Int
}

// DefaultBaseFee is 0.1 gwei: at 21,000 gas an ETH transfer pays 2.1e12 wei,
// about what its ~110 bytes of calldata cost on L1 at 1 gwei.
var DefaultBaseFee = uint256.NewInt(100_000_000)

// DevConfig is the configuration of `viaduct dev`.
func DevConfig() *Config {
	return &Config{ChainID: 13370, BaseFee: *DefaultBaseFee}
}

// Check refuses a configuration that cannot work, naming the field.
func (c *Config) Check() error {
	if c.ChainID == 0 {
		return fmt.Errorf("core config: ChainID must be non-zero")
	}
	// Legacy v = chainID*2 + 36 must fit the signer's arithmetic comfortably.
	if c.ChainID > 1<<53 {
		return fmt.Errorf("core config: ChainID %d too large (max 2^53)", c.ChainID)
	}
	if c.BaseFee.IsZero() {
		return fmt.Errorf("core config: BaseFee must be non-zero: it pays for L1 data")
	}
	return nil
}

// BigChainID returns the chain id as a big.Int, for go-ethereum's signer.
func (c *Config) BigChainID() *big.Int { return new(big.Int).SetUint64(c.ChainID) }
