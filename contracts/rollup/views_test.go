package rollup_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
)

func TestViewsFollowTheChain(t *testing.T) {
	f := newFixture(t)
	r := f.r
	count := func() uint64 {
		return simtest.MustCall(f.chain, f.addr, r.PackBatchCount(), r.UnpackBatchCount).Uint64()
	}
	cursor := func() uint64 {
		return simtest.MustCall(f.chain, f.addr, r.PackQueueCursor(), r.UnpackQueueCursor)
	}
	latestBlock := func() bindings.LatestBlockOutput {
		return simtest.MustCall(f.chain, f.addr, r.PackLatestBlock(), r.UnpackLatestBlock)
	}

	// Before any batch: genesis, no batches, empty queue.
	if n := count(); n != 0 {
		t.Fatalf("batch count %d, want 0", n)
	}
	_, err := f.chain.Call(f.addr, r.PackLatestBatch())
	wantRevert(t, err, "NoBatches")
	_, err = f.chain.Call(f.addr, r.PackGetBatch(big1(0)))
	wantRevert(t, err, "UnknownBatch", big1(0))
	if lb := latestBlock(); lb.Number != 0 || common.Hash(lb.BlockHash) != core.Genesis().Hash() || lb.Cursor != 0 {
		t.Fatalf("latest block before any batch %+v, want genesis", lb)
	}
	if f.isFinalized(0) {
		t.Fatal("batch 0 final before it exists")
	}

	for i := 0; i < 3; i++ {
		if _, err := f.depositETH(f.alice, f.alice.Address, minDeposit); err != nil {
			t.Fatal(err)
		}
	}
	if n := f.queueLength(); n != 3 {
		t.Fatalf("queue length %d, want 3", n)
	}
	f.mustSubmit(f.seq, f.emptyBlocks(4, 2))
	receipt := f.mustSubmit(f.seq, f.emptyBlocks(2, 3))

	if n := count(); n != 2 {
		t.Fatalf("batch count %d, want 2", n)
	}
	lb := simtest.MustCall(f.chain, f.addr, r.PackLatestBatch(), r.UnpackLatestBatch)
	if lb.BatchIndex.Uint64() != 1 || lb.FirstBlock != 5 || lb.LastBlock != 6 || common.Hash(lb.StateRoot) != f.tip.StateRoot {
		t.Fatalf("latest batch %+v, want batch 1 with blocks 5..6 and the tip's state root", lb)
	}
	if got := latestBlock(); got.Number != 6 || common.Hash(got.BlockHash) != f.tip.Hash() || got.Timestamp != f.tip.Timestamp ||
		got.Cursor != 3 || common.Hash(got.StateRoot) != f.tip.StateRoot {
		t.Fatalf("latest block %+v, want the tip %+v", got, f.tip)
	}
	if c := cursor(); c != 3 {
		t.Fatalf("queue cursor %d, want 3", c)
	}
	if f.isFinalized(0) || f.isFinalized(1) || f.isFinalized(2) {
		t.Fatal("a batch is final inside its window (or batch 2 exists)")
	}
	f.advanceTo(receipt, challengeWindow)
	if !f.isFinalized(0) || !f.isFinalized(1) || f.isFinalized(2) {
		t.Fatal("batches 0 and 1 should be final, 2 should not exist")
	}

	// The immutables are the deployment configuration.
	if got := simtest.MustCall(f.chain, f.addr, r.PackL2ChainId(), r.UnpackL2ChainId); got != f.cfg.L2ChainID {
		t.Fatalf("l2ChainId %d", got)
	}
	if got := simtest.MustCall(f.chain, f.addr, r.PackSequencer(), r.UnpackSequencer); got != f.seq.Address {
		t.Fatalf("sequencer %s", got)
	}
	if got := simtest.MustCall(f.chain, f.addr, r.PackL2BaseFee(), r.UnpackL2BaseFee); got.Cmp(f.cfg.L2BaseFee) != 0 {
		t.Fatalf("l2BaseFee %s", got)
	}
	if got := simtest.MustCall(f.chain, f.addr, r.PackBond(), r.UnpackBond); got.Cmp(bondAmount) != 0 {
		t.Fatalf("bond %s", got)
	}
	if got := simtest.MustCall(f.chain, f.addr, r.PackMAXTXDATABYTES(), r.UnpackMAXTXDATABYTES); got.Int64() != core.MaxTxDataBytes {
		t.Fatalf("MAX_TX_DATA_BYTES %s, core %d", got, core.MaxTxDataBytes)
	}
	if got := simtest.MustCall(f.chain, f.addr, r.PackMAXQUEUEITEMSPERBLOCK(), r.UnpackMAXQUEUEITEMSPERBLOCK); got.Int64() != core.MaxQueueItemsPerBlock {
		t.Fatalf("MAX_QUEUE_ITEMS_PER_BLOCK %s, core %d", got, core.MaxQueueItemsPerBlock)
	}
	if got := simtest.MustCall(f.chain, f.addr, r.PackBRIDGE(), r.UnpackBRIDGE); got != core.BridgeAddress {
		t.Fatalf("BRIDGE %s, core %s", got, core.BridgeAddress)
	}
	if got := simtest.MustCall(f.chain, f.addr, r.PackGENESISHASH(), r.UnpackGENESISHASH); common.Hash(got) != core.Genesis().Hash() {
		t.Fatalf("GENESIS_HASH %x", got)
	}
}

// TestConstructorRejectsBadConfig deploys with each field out of range: the
// constructor names the field, and Config.Check refuses the same.
func TestConstructorRejectsBadConfig(t *testing.T) {
	chain := simtest.New(t, 1)
	deployer := chain.Accounts[0]
	two128 := new(big.Int).Lsh(big.NewInt(1), 128)
	cases := []struct {
		field string
		edit  func(c *rollup.Config)
	}{
		{"l2ChainId", func(c *rollup.Config) { c.L2ChainID = 0 }},
		{"l2ChainId", func(c *rollup.Config) { c.L2ChainID = 1<<53 + 1 }},
		{"sequencer", func(c *rollup.Config) { c.Sequencer = common.Address{} }},
		{"challengeWindow", func(c *rollup.Config) { c.ChallengeWindow = 0 }},
		{"inclusionWindow", func(c *rollup.Config) { c.InclusionWindow = 0 }},
		{"bond", func(c *rollup.Config) { c.Bond = big.NewInt(0) }},
		{"l2BaseFee", func(c *rollup.Config) { c.L2BaseFee = big.NewInt(0) }},
		{"deposit bounds", func(c *rollup.Config) { c.MinDeposit = big.NewInt(0) }},
		{"deposit bounds", func(c *rollup.Config) { c.MinDeposit = new(big.Int).Add(c.MaxDeposit, big.NewInt(1)) }},
		{"deposit bounds", func(c *rollup.Config) { c.MaxDeposit = new(big.Int).Add(two128, big.NewInt(1)) }},
		{"token deposit bounds", func(c *rollup.Config) { c.MinTokenDeposit = big.NewInt(0) }},
		{"token deposit bounds", func(c *rollup.Config) { c.MinTokenDeposit = new(big.Int).Add(c.MaxTokenDeposit, big.NewInt(1)) }},
		{"token deposit bounds", func(c *rollup.Config) { c.MaxTokenDeposit = new(big.Int).Add(two128, big.NewInt(1)) }},
	}
	for _, c := range cases {
		cfg := testConfig(deployer.Address)
		c.edit(&cfg)
		if err := cfg.Check(); err == nil {
			t.Fatalf("%s: Config.Check accepted %+v", c.field, cfg)
		}
		// Bypass Check to see the contract refuse it too.
		args := rollupABI.PackConstructor(bindings.RollupConfig{
			L2ChainId: cfg.L2ChainID, Sequencer: cfg.Sequencer, ChallengeWindow: cfg.ChallengeWindow,
			InclusionWindow: cfg.InclusionWindow, Bond: cfg.Bond, L2BaseFee: cfg.L2BaseFee,
			MinDeposit: cfg.MinDeposit, MaxDeposit: cfg.MaxDeposit,
			MinTokenDeposit: cfg.MinTokenDeposit, MaxTokenDeposit: cfg.MaxTokenDeposit,
		})
		_, err := chain.TryDeploy(deployer, &bindings.RollupMetaData, args)
		wantRevert(t, err, "InvalidConfig", c.field)
	}
	// At the edges it deploys.
	cfg := testConfig(deployer.Address)
	cfg.L2ChainID = 1 << 53
	cfg.MaxDeposit, cfg.MaxTokenDeposit = two128, two128
	cfg.MinDeposit, cfg.MinTokenDeposit = two128, two128
	args, err := cfg.ConstructorArgs()
	if err != nil {
		t.Fatal(err)
	}
	chain.Deploy(deployer, &bindings.RollupMetaData, args)
	if err := (&rollup.Config{}).Check(); err == nil || !strings.Contains(err.Error(), "L2ChainID") {
		t.Fatalf("empty config: %v, want an error naming L2ChainID", err)
	}
}
