package node

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

// DevRollupConfig is the Rollup deployment of `viaduct dev`: the L2 chain
// id and base fee of core.DevConfig, a short challenge window so that a
// withdrawal can be finalized within a demo, and a small bond.
func DevRollupConfig(seq common.Address) rollup.Config {
	ether := big.NewInt(1e18)
	l2 := core.DevConfig()
	return rollup.Config{
		L2ChainID:       l2.ChainID,
		Sequencer:       seq,
		ChallengeWindow: 120,  // seconds
		InclusionWindow: 3600, // seconds
		Bond:            new(big.Int).Div(ether, big.NewInt(100)),
		L2BaseFee:       l2.BaseFee.ToBig(),
		MinDeposit:      big.NewInt(1e12),
		MaxDeposit:      new(big.Int).Mul(big.NewInt(10_000), ether),
		MinTokenDeposit: big.NewInt(1),
		MaxTokenDeposit: new(big.Int).Lsh(big.NewInt(1), 128),
	}
}

// RollupInfo is what viaduct_rollupConfig answers.
type RollupInfo struct {
	Rollup          common.Address `json:"rollup"`
	DeployBlock     uint64         `json:"deployBlock"`
	L1ChainID       uint64         `json:"l1ChainId"`
	L2ChainID       uint64         `json:"l2ChainId"`
	L2BaseFee       string         `json:"l2BaseFee"`
	Sequencer       common.Address `json:"sequencer"`
	ChallengeWindow uint64         `json:"challengeWindow"`
	InclusionWindow uint64         `json:"inclusionWindow"`
	Bond            string         `json:"bond"`
	Bridge          common.Address `json:"bridge"`
}

// NewRollupInfo describes a deployment.
func NewRollupInfo(addr common.Address, deployBlock, l1ChainID uint64, c rollup.Config) RollupInfo {
	return RollupInfo{
		Rollup: addr, DeployBlock: deployBlock, L1ChainID: l1ChainID, L2ChainID: c.L2ChainID,
		L2BaseFee: c.L2BaseFee.String(), Sequencer: c.Sequencer, ChallengeWindow: c.ChallengeWindow,
		InclusionWindow: c.InclusionWindow, Bond: c.Bond.String(), Bridge: core.BridgeAddress,
	}
}
