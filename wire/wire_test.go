package wire

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

// TestTheWireFormatIsPinned: every answer encodes to exactly the JSON that
// docs/node.md describes and that clients in any language parse (field
// names, hex quantities, which fields are left out while empty). A renamed
// or retyped field fails here before it reaches a wallet.
func TestTheWireFormatIsPinned(t *testing.T) {
	one := hexutil.Uint64(1)
	h := common.HexToHash("0x01")
	a := common.HexToAddress("0x02")
	amount := (*hexutil.Big)(big.NewInt(5))
	for _, tc := range []struct {
		name string
		v    any
		want string
	}{
		{"RollupInfo", RollupInfo{Rollup: a, DeployBlock: 7, L1ChainID: 1337, L2ChainID: 13370, L2BaseFee: "1", Sequencer: a, ChallengeWindow: 60, InclusionWindow: 3600, Bond: "2", Bridge: a},
			`{"rollup":"0x0000000000000000000000000000000000000002","deployBlock":7,"l1ChainId":1337,"l2ChainId":13370,"l2BaseFee":"1","sequencer":"0x0000000000000000000000000000000000000002","challengeWindow":60,"inclusionWindow":3600,"bond":"2","bridge":"0x0000000000000000000000000000000000000002"}`},
		{"BlockStatus", BlockStatus{Number: 3, Hash: h, Status: "safe", Safe: 3, Finalized: 1},
			`{"number":"0x3","hash":"0x0000000000000000000000000000000000000000000000000000000000000001","status":"safe","safe":"0x3","finalized":"0x1"}`},
		{"StateProof", StateProof{Address: a, Nonce: 2, Balance: amount, AccountProof: []byte{9}, Tokens: []TokenProof{{Token: a, Balance: amount, Proof: []byte{8}}}, StateRoot: h, Number: 4, BlockHash: h},
			`{"address":"0x0000000000000000000000000000000000000002","nonce":"0x2","balance":"0x5","accountProof":"0x09","tokens":[{"token":"0x0000000000000000000000000000000000000002","balance":"0x5","proof":"0x08"}],"stateRoot":"0x0000000000000000000000000000000000000000000000000000000000000001","blockNumber":"0x4","blockHash":"0x0000000000000000000000000000000000000000000000000000000000000001"}`},
		{"WithdrawalProof not posted", WithdrawalProof{Block: 4, Index: 0, Recipient: a, Token: common.Address{}, Amount: amount, Leaf: h, Proof: []common.Hash{h}, Header: []byte{1}, BlockHash: h},
			`{"block":"0x4","index":"0x0","recipient":"0x0000000000000000000000000000000000000002","token":"0x0000000000000000000000000000000000000000","amount":"0x5","leaf":"0x0000000000000000000000000000000000000000000000000000000000000001","proof":["0x0000000000000000000000000000000000000000000000000000000000000001"],"header":"0x01","blockHash":"0x0000000000000000000000000000000000000000000000000000000000000001","posted":false,"finalizable":false}`},
		{"WithdrawalProof posted", WithdrawalProof{Block: 4, Amount: amount, Header: []byte{1}, Posted: true, Batch: &one, BlockProof: []common.Hash{h}, Finalizable: true, FinalizeInput: []byte{7}},
			`{"block":"0x4","index":"0x0","recipient":"0x0000000000000000000000000000000000000000","token":"0x0000000000000000000000000000000000000000","amount":"0x5","leaf":"0x0000000000000000000000000000000000000000000000000000000000000000","proof":null,"header":"0x01","blockHash":"0x0000000000000000000000000000000000000000000000000000000000000000","posted":true,"batch":"0x1","blockProof":["0x0000000000000000000000000000000000000000000000000000000000000001"],"finalizable":true,"finalizeInput":"0x07"}`},
		{"BlockProof", BlockProof{Number: 4, Hash: h, Header: []byte{1}, Posted: true, Batch: &one, BlockProof: []common.Hash{h}},
			`{"number":"0x4","hash":"0x0000000000000000000000000000000000000000000000000000000000000001","header":"0x01","posted":true,"batch":"0x1","blockProof":["0x0000000000000000000000000000000000000000000000000000000000000001"]}`},
		{"QueueItemStatus applied", QueueItemStatus{Index: 2, Applied: true, Block: &one, Withdrawal: &one},
			`{"index":"0x2","applied":true,"block":"0x1","withdrawal":"0x1"}`},
		{"QueueItemStatus waiting", QueueItemStatus{Index: 2},
			`{"index":"0x2","applied":false}`},
		{"BatchInfo", BatchInfo{Index: 1, FirstBlock: 2, LastBlock: 3, BlocksRoot: h, LastBlockHash: h, StateRoot: h, QueueCursor: 1, Submitter: a, SubmittedAt: 10, ChallengeWindowEnd: 70, Final: true, L1Tx: h, L1Block: 5, L1BlockHash: h},
			`{"index":"0x1","firstBlock":"0x2","lastBlock":"0x3","blocksRoot":"0x0000000000000000000000000000000000000000000000000000000000000001","lastBlockHash":"0x0000000000000000000000000000000000000000000000000000000000000001","stateRoot":"0x0000000000000000000000000000000000000000000000000000000000000001","queueCursor":"0x1","submitter":"0x0000000000000000000000000000000000000002","submittedAt":"0xa","challengeWindowEnd":"0x46","final":true,"l1Tx":"0x0000000000000000000000000000000000000000000000000000000000000001","l1Block":"0x5","l1BlockHash":"0x0000000000000000000000000000000000000000000000000000000000000001"}`},
	} {
		got, err := json.Marshal(tc.v)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if string(got) != tc.want {
			t.Errorf("%s encodes to\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}

// TestNewRollupInfoDescribesTheDeployment: the configuration file names the
// deployment's parameters as the contract was built with them, and the
// bridge address a withdrawal goes to.
func TestNewRollupInfoDescribesTheDeployment(t *testing.T) {
	seq := common.HexToAddress("0x5e0")
	c := rollup.DevConfig(seq)
	info := NewRollupInfo(common.HexToAddress("0xabc"), 9, 1337, c)
	if info.Rollup != common.HexToAddress("0xabc") || info.DeployBlock != 9 || info.L1ChainID != 1337 || info.L2ChainID != c.L2ChainID ||
		info.Sequencer != seq || info.ChallengeWindow != c.ChallengeWindow || info.InclusionWindow != c.InclusionWindow ||
		info.Bond != c.Bond.String() || info.L2BaseFee != c.L2BaseFee.String() || info.Bridge != core.BridgeAddress {
		t.Fatalf("NewRollupInfo = %+v from %+v", info, c)
	}
}

// TestMethodsAreTheViaductNamespace: every method is in the viaduct_
// namespace and named once.
func TestMethodsAreTheViaductNamespace(t *testing.T) {
	seen := map[string]bool{}
	for _, m := range Methods {
		if !strings.HasPrefix(m, "viaduct_") || seen[m] {
			t.Errorf("method %q: want a distinct viaduct_ method", m)
		}
		seen[m] = true
	}
}
