package node

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

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
