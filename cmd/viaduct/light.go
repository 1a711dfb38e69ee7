package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/light"
	"github.com/viaduct-l2/viaduct/wire"
)

var (
	rollupFlag     = &cli.StringFlag{Name: "rollup", Usage: "Rollup contract address on L1: where deposits go and what answers are checked against (default: the one the L2 node names; pin it to trust the node for nothing)", EnvVars: nodeEnv("ROLLUP")}
	finalityFlag   = &cli.StringFlag{Name: "finality", Usage: "how firmly L1 must hold the answer: posted, final (in a finalized L1 block) or settled (challenge window over)", Value: "posted"}
	waitFlag       = &cli.DurationFlag{Name: "wait", Usage: "how long to wait for a block posted to L1 at --finality", Value: 2 * time.Minute}
	unverifiedFlag = &cli.BoolFlag{Name: "unverified", Usage: "show the L2 node's answer without checking it against L1 (no waiting for the batch)"}
)

// lightClient opens a light client on --l1-rpc and --l2-rpc for --rollup,
// or, without --rollup, for the Rollup the L2 node names (said so on
// `note`, since then the node chose what it is checked against).
func lightClient(c *cli.Context, ctx context.Context, note io.Writer) (*light.Client, func(), error) {
	addr, err := addressFlag(c, rollupFlag.Name, common.Address{})
	if err != nil {
		return nil, nil, err
	}
	if addr == (common.Address{}) {
		l2, err := rpc.DialContext(ctx, c.String(l2RPCFlag.Name))
		if err != nil {
			return nil, nil, fmt.Errorf("--l2-rpc: %w", err)
		}
		var info wire.RollupInfo
		err = l2.CallContext(ctx, &info, wire.MethodRollupConfig)
		l2.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("--l2-rpc: reading the rollup configuration: %w", err)
		}
		addr = info.Rollup
		fmt.Fprintf(note, "checking against Rollup %s as the L2 node names it (pin it with --rollup)\n", addr)
	}
	return light.Dial(ctx, c.String(l1RPCFlag.Name), c.String(l2RPCFlag.Name), addr)
}

// untilVerified calls f until it succeeds or fails with anything but "not
// posted yet", "finality not reached yet" or "the node is behind", printing
// each new reason for waiting to `progress` once.
func untilVerified(ctx context.Context, progress io.Writer, f func() error) error {
	said := ""
	for {
		err := f()
		if err == nil || !light.Retryable(err) {
			return err
		}
		msg := "waiting for a block posted to L1"
		switch {
		case errors.Is(err, light.ErrFinalityNotReached):
			msg = "waiting for a block at the finality level asked for"
		case errors.Is(err, light.ErrNodeBehind):
			msg = "waiting for the L2 node to reach the block L1 names"
		}
		if msg != said {
			fmt.Fprintln(progress, msg)
			said = msg
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (gave up: %w)", err, ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
}

var lightCommand = &cli.Command{
	Name:  "light",
	Usage: "the light client: check an L2 node's answers against the state roots L1 holds",
	Subcommands: []*cli.Command{{
		Name:      "balance",
		Usage:     "print an account's nonce, ETH and token balances, verified against L1",
		ArgsUsage: "ADDRESS",
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "token", Usage: "bridged ERC-20 address to check too (repeatable); a zero balance is verified by an exclusion proof"},
			finalityFlag, waitFlag, rollupFlag, l1RPCFlag, l2RPCFlag,
			&cli.BoolFlag{Name: "json", Usage: "print the verified result as JSON"},
		},
		Action: func(c *cli.Context) error {
			// Flags may come before or after ADDRESS: run (args.go) has
			// put them all before it.
			if c.NArg() == 0 {
				return errors.New("give the ADDRESS to check (see 'viaduct light balance --help')")
			}
			who, err := parseAddress(c.Args().First())
			if err != nil {
				return fmt.Errorf("ADDRESS %s: %w", c.Args().First(), err)
			}
			if c.NArg() > 1 {
				return fmt.Errorf("want one ADDRESS argument, got %d: %q", c.NArg(), c.Args().Slice())
			}
			var tokens []common.Address
			for _, s := range c.StringSlice("token") {
				t, err := parseAddress(s)
				if err != nil {
					return fmt.Errorf("--token %s: %w", s, err)
				}
				tokens = append(tokens, t)
			}
			want, err := light.ParseFinality(c.String(finalityFlag.Name))
			if err != nil {
				return fmt.Errorf("--finality: %w", err)
			}
			if err := notL2(c.Context, c); err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(c.Context, c.Duration(waitFlag.Name)+30*time.Second)
			defer cancel()
			lc, closeAll, err := lightClient(c, ctx, c.App.ErrWriter)
			if err != nil {
				return err
			}
			defer closeAll()
			wctx, wcancel := context.WithTimeout(ctx, c.Duration(waitFlag.Name))
			defer wcancel()
			var acct *light.Account
			start := lc.L1Calls()
			err = untilVerified(wctx, c.App.ErrWriter, func() error {
				start = lc.L1Calls()
				acct, err = lc.Balance(wctx, who, tokens, want)
				return err
			})
			if err != nil {
				return err
			}
			calls := lc.L1Calls() - start
			if c.Bool("json") {
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				return enc.Encode(accountJSON(acct, lc.ChainID(), calls))
			}
			printAccount(c.App.Writer, acct, lc.ChainID(), calls, l2Assets(ctx, c, tokens))
			return nil
		},
	}},
}

// l2Assets reads what amounts of each token count, from the bridged
// token's views on L2 (the node's word: it names units, it proves
// nothing); a token it cannot read prints in base units.
func l2Assets(ctx context.Context, c *cli.Context, tokens []common.Address) map[common.Address]asset {
	out := map[common.Address]asset{}
	if len(tokens) == 0 {
		return out
	}
	l2, err := ethclient.DialContext(ctx, c.String(l2RPCFlag.Name))
	if err != nil {
		return out
	}
	defer l2.Close()
	erc20 := bindings.NewIERC20Metadata()
	for _, t := range tokens {
		a := asset{token: t, symbol: "base units of token " + t.Hex()}
		if b, err := l2.CallContract(ctx, ethereum.CallMsg{To: &t, Data: erc20.PackDecimals()}, nil); err == nil {
			if d, err := erc20.UnpackDecimals(b); err == nil {
				a.decimals, a.symbol = d, ""
				if b, err := l2.CallContract(ctx, ethereum.CallMsg{To: &t, Data: erc20.PackSymbol()}, nil); err == nil {
					a.symbol, _ = erc20.UnpackSymbol(b)
				}
			}
		}
		out[t] = a
	}
	return out
}

func printAccount(out io.Writer, a *light.Account, chainID uint64, calls int64, assets map[common.Address]asset) {
	fmt.Fprintf(out, "address   %s\n", a.Address)
	if a.Absent {
		fmt.Fprintf(out, "nonce     0\nbalance   0 ETH (absent: exclusion proof)\n")
	} else {
		fmt.Fprintf(out, "nonce     %d\nbalance   %s\n", a.Nonce, ethAsset.format(a.Balance))
	}
	for _, t := range a.Tokens {
		as, ok := assets[t.Token]
		if !ok {
			as = asset{token: t.Token, symbol: "base units of token " + t.Token.Hex()}
		}
		if t.Absent {
			fmt.Fprintf(out, "token     %s %s (absent: exclusion proof)\n", t.Token, as.format(new(big.Int)))
		} else {
			fmt.Fprintf(out, "token     %s %s\n", t.Token, as.format(t.Balance))
		}
	}
	fmt.Fprintf(out, "verified  %s: L2 chain %d block %d (%s), state root %s,\n          in batch %d of Rollup %s at L1 block %d (%s)\n",
		a.Finality, chainID, a.Block, a.BlockHash, a.StateRoot, a.Batch, a.Rollup, a.L1Block, a.L1Hash)
	fmt.Fprintf(out, "cost      %d proof bytes, %d L1 calls\n", a.ProofBytes, calls)
}

// tokenJSON and lightJSON are the --json output. Amounts are decimal
// strings: a JSON number would lose wei in tools that read numbers as
// doubles (jq, JavaScript).
type tokenJSON struct {
	Token   common.Address `json:"token"`
	Balance string         `json:"balance"`
	Absent  bool           `json:"absent"`
}

type lightJSON struct {
	Address     common.Address `json:"address"`
	Nonce       uint64         `json:"nonce"`
	Balance     string         `json:"balance"`
	Absent      bool           `json:"absent"`
	Tokens      []tokenJSON    `json:"tokens"`
	L2ChainID   uint64         `json:"l2ChainId"`
	L2Block     uint64         `json:"l2Block"`
	L2BlockHash common.Hash    `json:"l2BlockHash"`
	StateRoot   common.Hash    `json:"stateRoot"`
	Batch       uint64         `json:"batch"`
	L1Block     uint64         `json:"l1Block"`
	L1BlockHash common.Hash    `json:"l1BlockHash"`
	Rollup      common.Address `json:"rollup"`
	Finality    string         `json:"finality"`
	ProofBytes  int            `json:"proofBytes"`
	L1Calls     int64          `json:"l1Calls"`
}

func accountJSON(a *light.Account, chainID uint64, calls int64) lightJSON {
	out := lightJSON{
		Address: a.Address, Nonce: a.Nonce, Balance: a.Balance.String(), Absent: a.Absent, Tokens: []tokenJSON{},
		L2ChainID: chainID, L2Block: a.Block, L2BlockHash: a.BlockHash, StateRoot: a.StateRoot, Batch: a.Batch,
		L1Block: a.L1Block, L1BlockHash: a.L1Hash, Rollup: a.Rollup, Finality: a.Finality.String(),
		ProofBytes: a.ProofBytes, L1Calls: calls,
	}
	for _, t := range a.Tokens {
		out.Tokens = append(out.Tokens, tokenJSON{Token: t.Token, Balance: t.Balance.String(), Absent: t.Absent})
	}
	return out
}
