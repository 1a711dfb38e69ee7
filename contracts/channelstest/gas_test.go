package channelstest

import (
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
)

var gasDoc = flag.Bool("gasdoc", false, "write the measured gas figures to docs/channels-gas.md")

// TestGasReport measures the gas of every channel operation, in ETH and in
// an ERC-20, on the simulated chain (all forks up to Amsterdam active), and
// with -gasdoc writes docs/channels-gas.md:
//
//	go test ./contracts/channelstest -run TestGasReport -gasdoc
func TestGasReport(t *testing.T) {
	type row struct {
		op       string
		eth, erc uint64
	}
	var rows []row
	measure := func(token bool) map[string]uint64 {
		e := newEnv(t)
		got := map[string]uint64{}
		var tokenAddr common.Address
		value := func(v *big.Int) *big.Int {
			if token {
				return nil
			}
			return v
		}
		if token {
			tok := testbindings.NewTestToken()
			tokenAddr = e.chain.Deploy(e.deployer, &testbindings.TestTokenMetaData, nil)
			for _, a := range []*simtest.Account{e.alice, e.bob} {
				e.chain.MustSend(a, tokenAddr, tok.PackMint(a.Address, ether(1000)), nil)
				e.chain.MustSend(a, tokenAddr, tok.PackApprove(e.contract, ether(1000)), nil)
			}
		}
		open := func() common.Hash {
			r := e.chain.MustSend(e.alice, e.contract, abiC.PackOpen(e.bob.Address, tokenAddr, ether(10), period), value(ether(10)))
			got["open (funded by A)"] = r.GasUsed
			id := e.openedID(r)
			r = e.chain.MustSend(e.bob, e.contract, abiC.PackDeposit(id, ether(5)), value(ether(5)))
			got["deposit (first by B)"] = r.GasUsed
			return id
		}
		// Cooperative close.
		id := open()
		s := state(id, 1000, ether(10), ether(5), ether(7))
		fa, fb := e.signFinal(s)
		r, err := e.coopClose(e.alice, id, s, fa, fb)
		if err != nil {
			t.Fatal(err)
		}
		got["cooperativeClose (pays both)"] = r.GasUsed
		// Force close, challenge, settle.
		id = open()
		old := state(id, 10, ether(10), ether(5), ether(12))
		oa, ob := e.sign(old)
		r, err = e.forceClose(e.alice, id, old, oa, ob)
		if err != nil {
			t.Fatal(err)
		}
		got["forceClose"] = r.GasUsed
		newer := state(id, 11, ether(10), ether(5), ether(2))
		na, nb := e.sign(newer)
		r, err = e.challenge(e.carol, id, newer, na, nb)
		if err != nil {
			t.Fatal(err)
		}
		got["challenge"] = r.GasUsed
		e.advance(period * time.Second)
		r, err = e.settle(e.carol, id)
		if err != nil {
			t.Fatal(err)
		}
		got["settle (pays both)"] = r.GasUsed
		return got
	}
	eth, erc := measure(false), measure(true)
	for _, op := range []string{"open (funded by A)", "deposit (first by B)", "cooperativeClose (pays both)", "forceClose", "challenge", "settle (pays both)"} {
		if eth[op] == 0 || erc[op] == 0 {
			t.Fatalf("no gas figure for %s", op)
		}
		rows = append(rows, row{op, eth[op], erc[op]})
		t.Logf("%-30s ETH %7d  ERC-20 %7d", op, eth[op], erc[op])
	}
	if !*gasDoc {
		return
	}
	var b strings.Builder
	b.WriteString("# Channels: gas per operation\n\n")
	b.WriteString("Gas used by each operation of `contracts/src/Channels.sol`, measured on go-ethereum's\n")
	b.WriteString("simulated chain (chain id 1337, every fork through Amsterdam active, so EIP-8037's\n")
	b.WriteString("state-creation pricing applies) by `TestGasReport`. Regenerate with:\n\n")
	b.WriteString("    go test ./contracts/channelstest -run TestGasReport -gasdoc\n\n")
	fmt.Fprintf(&b, "Measured with %s; the ERC-20 is OpenZeppelin's ERC20 (contracts/test/Tokens.sol:TestToken).\n", runtime.Version())
	b.WriteString("open, the first deposit and forceClose create storage slots, which is what dominates them.\n")
	b.WriteString("A payment inside the channel costs no gas at all.\n\n")
	b.WriteString("| operation | ETH channel | ERC-20 channel |\n|---|---:|---:|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %d | %d |\n", r.op, r.eth, r.erc)
	}
	b.WriteString("\nA cooperative close is one transaction after open. A unilateral close is forceClose,\n")
	b.WriteString("at most one challenge per newer state submitted, and settle after the challenge period.\n")
	path := filepath.Join("..", "..", "docs", "channels-gas.md")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
