package rollup_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
)

func (f *fixture) tokenInfo(token common.Address) bindings.RollupTokenInfo {
	f.t.Helper()
	return simtest.MustCall(f.chain, f.addr, f.r.PackTokenInfo(token), f.r.UnpackTokenInfo)
}

// registeredEvents returns the TokenRegistered events of receipt.
func (f *fixture) registeredEvents(receipt *types.Receipt) []*bindings.RollupTokenRegistered {
	f.t.Helper()
	var out []*bindings.RollupTokenRegistered
	id := rollupABI.GetABI().Events["TokenRegistered"].ID
	for _, l := range f.logsOf(receipt) {
		if l.Topics[0] != id {
			continue
		}
		ev, err := f.r.UnpackTokenRegisteredEvent(l)
		if err != nil {
			f.t.Fatal(err)
		}
		out = append(out, ev)
	}
	return out
}

func TestTokenMetadataRecordedOnFirstDepositOnly(t *testing.T) {
	f := newFixture(t)
	token := f.deployToken(&testbindings.TestTokenMetaData, nil, f.alice, big.NewInt(1000))
	if info := f.tokenInfo(token); info.Registered {
		t.Fatalf("token registered before any deposit: %+v", info)
	}
	receipt, err := f.depositToken(f.alice, token, f.bob.Address, big.NewInt(100))
	if err != nil {
		t.Fatal(err)
	}
	evs := f.registeredEvents(receipt)
	if len(evs) != 1 || evs[0].Token != token || evs[0].Name != "Test Token" || evs[0].Symbol != "TST" || evs[0].Decimals != 18 {
		t.Fatalf("first deposit announced %+v, want one TokenRegistered(Test Token, TST, 18)", evs)
	}
	want := bindings.RollupTokenInfo{Registered: true, Decimals: 18, Name: "Test Token", Symbol: "TST"}
	if info := f.tokenInfo(token); info != want {
		t.Fatalf("recorded %+v, want %+v", info, want)
	}
	receipt, err = f.depositToken(f.alice, token, f.bob.Address, big.NewInt(100))
	if err != nil {
		t.Fatal(err)
	}
	if evs := f.registeredEvents(receipt); len(evs) != 0 {
		t.Fatalf("second deposit announced %+v again", evs)
	}
}

func TestTokenMetadataReadDefensively(t *testing.T) {
	cases := []struct {
		name string
		meta *bind.MetaData
		want bindings.RollupTokenInfo
	}{
		// name/symbol as bytes32, no decimals(): the default 18.
		{"bytes32", &testbindings.Bytes32MetadataTokenMetaData, bindings.RollupTokenInfo{Registered: true, Decimals: 18, Name: "Maker", Symbol: "MKR"}},
		// 1 MB name, a symbol() that burns all its gas, decimals() = 300.
		{"hostile", &testbindings.HostileMetadataTokenMetaData, bindings.RollupTokenInfo{Registered: true, Decimals: 18}},
		// A 74-byte name is cut to 64; a symbol whose length runs past
		// its data is dropped.
		{"long", &testbindings.LongNameTokenMetaData, bindings.RollupTokenInfo{Registered: true, Decimals: 6, Name: "An extraordinarily long token name that goes on well past sixty-"}},
		// No return values on transfers, ordinary metadata.
		{"no-return", &testbindings.NoReturnTokenMetaData, bindings.RollupTokenInfo{Registered: true, Decimals: 6, Name: "No Return Token", Symbol: "NRT"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			token := f.deployToken(c.meta, nil, f.alice, big.NewInt(1000))
			receipt, err := f.depositToken(f.alice, token, f.bob.Address, big.NewInt(100))
			if err != nil {
				t.Fatal(err)
			}
			if info := f.tokenInfo(token); info != c.want {
				t.Fatalf("recorded %+v, want %+v", info, c.want)
			}
			evs := f.registeredEvents(receipt)
			if len(evs) != 1 || evs[0].Name != c.want.Name || evs[0].Symbol != c.want.Symbol || evs[0].Decimals != c.want.Decimals {
				t.Fatalf("announced %+v, want %+v", evs, c.want)
			}
			// The metadata calls are capped at METADATA_CALL_GAS each and
			// copy at most 128 bytes: copying the hostile token's 1 MB of
			// return data alone would cost over 2M gas of memory, and its
			// endless loop would burn the whole gas limit. The bound is
			// the long name's cost: three new storage slots for its 64
			// bytes, at the simulated chain's EIP-8037 state-gas prices.
			if receipt.GasUsed > 1_200_000 {
				t.Fatalf("first deposit used %d gas", receipt.GasUsed)
			}
		})
	}
}

// TestTokenMetadataCannotBeStarvedByLowGas: the first depositor of a token
// chooses the gas limit. With too little gas for the metadata calls the
// deposit must fail rather than record a well-behaved token with empty
// metadata forever. The test finds, in steps of 250 gas, the smallest gas
// limit with which the first deposit succeeds, sends it with exactly that,
// and checks the metadata is complete.
func TestTokenMetadataCannotBeStarvedByLowGas(t *testing.T) {
	f := newFixture(t)
	token := f.deployToken(&testbindings.TestTokenMetaData, nil, f.alice, big.NewInt(1_000_000))
	calldata := f.r.PackDepositToken(token, f.bob.Address, big.NewInt(100))
	ctx := context.Background()
	estimate, err := f.chain.Client.EstimateGas(ctx, ethereum.CallMsg{From: f.alice.Address, To: &f.addr, Data: calldata})
	if err != nil {
		t.Fatal(err)
	}
	succeeds := func(gas uint64) bool {
		_, err := f.chain.Client.CallContract(ctx, ethereum.CallMsg{From: f.alice.Address, To: &f.addr, Gas: gas, Data: calldata}, nil)
		return err == nil
	}
	lo := estimate * 8 / 10
	if succeeds(lo) {
		t.Fatalf("deposit already succeeds with %d gas (estimate %d): the search starts too high", lo, estimate)
	}
	for gas := lo; gas <= estimate; gas += 250 {
		if !succeeds(gas) {
			continue
		}
		if receipt := f.sendWithGas(f.alice, calldata, gas); receipt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("deposit with %d gas failed on chain though eth_call succeeded", gas)
		}
		want := bindings.RollupTokenInfo{Registered: true, Decimals: 18, Name: "Test Token", Symbol: "TST"}
		if info := f.tokenInfo(token); info != want {
			t.Fatalf("first deposit with the least gas (%d) recorded %+v, want %+v", gas, info, want)
		}
		return
	}
	t.Fatalf("no gas limit up to the estimate %d let the deposit succeed", estimate)
}

// sendWithGas sends a transaction with an exact gas limit, without
// simulating it first, and returns its receipt whatever its status.
func (f *fixture) sendWithGas(from *simtest.Account, calldata []byte, gas uint64) *types.Receipt {
	f.t.Helper()
	receipt, err := f.chain.SendWithGas(from, f.addr, calldata, nil, gas)
	if err != nil && receipt == nil {
		f.t.Fatal(err)
	}
	return receipt
}
