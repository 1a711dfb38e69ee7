package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/internal/service"
	"github.com/viaduct-l2/viaduct/light"
	"github.com/viaduct-l2/viaduct/wallet"
	"github.com/viaduct-l2/viaduct/wire"
)

// The wallet commands are package wallet with flags: they parse, call it,
// and print.

var (
	toFlag      = &cli.StringFlag{Name: "to", Usage: "recipient address"}
	tokenFlag   = &cli.StringFlag{Name: "token", Usage: "bridged ERC-20 address (default: ETH)"}
	timeoutFlag = &cli.DurationFlag{Name: "timeout", Usage: "how long to wait", Value: 5 * time.Minute}
	walletFlags = append([]cli.Flag{l1RPCFlag, l2RPCFlag, rollupFlag}, keyFlags...)
)

// walletAction runs a wallet command with the one signal handler, within
// --timeout when the command has it.
func walletAction(f func(ctx context.Context, c *cli.Context) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		return service.Run(func(ctx context.Context) error {
			if d := c.Duration(timeoutFlag.Name); d > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, d)
				defer cancel()
			}
			return f(ctx, c)
		})
	}
}

// cliWallet is a wallet.Wallet with what the command prints to.
type cliWallet struct {
	*wallet.Wallet
	out io.Writer
	// progress is where the wallet's progress lines go (out, or stderr
	// while a balance is being verified).
	progress io.Writer
}

// openWallet dials --l1-rpc and --l2-rpc with the key (required if
// needKey, else used if given) and --rollup.
func openWallet(ctx context.Context, c *cli.Context, needKey bool) (*cliWallet, error) {
	w := &cliWallet{out: c.App.Writer, progress: c.App.Writer}
	cfg := wallet.Config{Progress: func(msg string) { fmt.Fprintln(w.progress, msg) }}
	if needKey || keyGiven(c) {
		k, err := loadKey(c)
		if err != nil {
			return nil, err
		}
		cfg.Key = k
	}
	var err error
	if cfg.Rollup, err = addressFlag(c, rollupFlag.Name, common.Address{}); err != nil {
		return nil, err
	}
	if w.Wallet, err = wallet.Dial(ctx, c.String(l1RPCFlag.Name), c.String(l2RPCFlag.Name), cfg); err != nil {
		if errors.Is(err, wallet.ErrNoRollup) && cfg.Rollup != (common.Address{}) {
			return nil, fmt.Errorf("--rollup: %w", err)
		}
		return nil, fmt.Errorf("--l1-rpc, --l2-rpc: %w", err)
	}
	return w, nil
}

// amount reads --amount of token (ETH if zero) in its base units.
func (w *cliWallet) amount(ctx context.Context, c *cli.Context, token common.Address) (*big.Int, error) {
	dec, err := w.Decimals(ctx, token)
	if err != nil {
		return nil, err
	}
	s := c.String(amountFlag.Name)
	v, err := parseAmount(s, int(dec), token == (common.Address{}))
	if err != nil {
		return nil, fmt.Errorf("--amount: %w", err)
	}
	if v.Sign() <= 0 {
		return nil, fmt.Errorf("--amount %q: want a positive number", s)
	}
	return v, nil
}

// noteRollup says, before an answer is verified, which Rollup it is
// verified against when the L2 node chose it.
func (w *cliWallet) noteRollup(c *cli.Context) {
	if !w.Pinned() {
		fmt.Fprintf(c.App.ErrWriter, "checking against Rollup %s as the L2 node names it (pin it with --rollup)\n", w.Rollup())
	}
}

var depositCommand = &cli.Command{
	Name:  "deposit",
	Usage: "deposit ETH or an ERC-20 from L1 to L2 and wait until it is there",
	Flags: append([]cli.Flag{amountFlag, toFlag, tokenFlag, timeoutFlag}, walletFlags...),
	Action: walletAction(func(ctx context.Context, c *cli.Context) error {
		w, err := openWallet(ctx, c, true)
		if err != nil {
			return err
		}
		defer w.Close()
		to, err := addressFlag(c, toFlag.Name, w.Address())
		if err != nil {
			return err
		}
		token, err := addressFlag(c, tokenFlag.Name, common.Address{})
		if err != nil {
			return err
		}
		amount, err := w.amount(ctx, c, token)
		if err != nil {
			return err
		}
		q, err := w.Deposit(ctx, to, token, amount)
		if err != nil {
			return fmt.Errorf("deposit on L1: %w", err)
		}
		fmt.Fprintf(w.out, "deposit included on L1 as queue item %d, waiting for the sequencer to apply it on L2\n", q.Index)
		if _, err := w.WaitApplied(ctx, q.Index); err != nil {
			if errors.Is(err, wallet.ErrNotApplied) {
				return errors.New("the deposit did not reach L2 in time (is the sequencer running?)")
			}
			return err
		}
		now, err := w.L2Balance(ctx, to, token)
		if err != nil {
			return err
		}
		fmt.Fprintf(w.out, "deposited: %s now holds %s on L2\n", to, now)
		return nil
	}),
}

var transferCommand = &cli.Command{
	Name:  "transfer",
	Usage: "send ETH or a bridged ERC-20 to another account on L2",
	Flags: append([]cli.Flag{amountFlag, &cli.StringFlag{Name: "to", Usage: "recipient address", Required: true}, tokenFlag, timeoutFlag}, walletFlags...),
	Action: walletAction(func(ctx context.Context, c *cli.Context) error {
		w, err := openWallet(ctx, c, true)
		if err != nil {
			return err
		}
		defer w.Close()
		to, err := addressFlag(c, "to", common.Address{})
		if err != nil {
			return err
		}
		token, err := addressFlag(c, tokenFlag.Name, common.Address{})
		if err != nil {
			return err
		}
		amount, err := w.amount(ctx, c, token)
		if err != nil {
			return err
		}
		r, err := w.Transfer(ctx, to, token, amount)
		if err != nil {
			return err
		}
		fmt.Fprintf(w.out, "transferred in L2 block %d (tx %s)\n", r.BlockNumber, r.TxHash)
		return nil
	}),
}

var forcedFlag = &cli.BoolFlag{Name: "forced", Usage: "ask for the withdrawal on L1 (Rollup.requestWithdrawal) instead of on L2: the sequencer must include it, and if it does not within the inclusion window any bonded node may"}

var withdrawCommand = &cli.Command{
	Name:  "withdraw",
	Usage: "withdraw ETH or a bridged ERC-20 from L2 to your L1 address (then 'viaduct finalize' after the challenge window)",
	Flags: append([]cli.Flag{amountFlag, tokenFlag, timeoutFlag, unverifiedFlag, finalityFlag, forcedFlag,
		&cli.StringFlag{Name: "to", Usage: "with --forced: the L1 recipient (default: the key's address)"}}, walletFlags...),
	Action: walletAction(func(ctx context.Context, c *cli.Context) error {
		w, err := openWallet(ctx, c, true)
		if err != nil {
			return err
		}
		defer w.Close()
		token, err := addressFlag(c, tokenFlag.Name, common.Address{})
		if err != nil {
			return err
		}
		if c.Bool(forcedFlag.Name) {
			return w.forcedWithdrawal(ctx, c, token)
		}
		if c.IsSet("to") {
			return errors.New("--to is for --forced: a withdrawal sent on L2 pays the sender's own L1 address")
		}
		amount, err := w.amount(ctx, c, token)
		if err != nil {
			return err
		}
		r, err := w.Withdraw(ctx, token, amount)
		if err != nil {
			return err
		}
		fmt.Fprintf(w.out, "withdrawn; finalize it with 'viaduct finalize --block N --index I' (see viaduct_getWithdrawal); it was in L2 block %d (tx %s)\n", r.BlockNumber, r.TxHash)
		if c.Bool(unverifiedFlag.Name) {
			return nil
		}
		// What is left on L2, as L1 holds it: the node's word is not
		// enough for a balance that decides whether to withdraw more.
		bal, verified, err := w.verifiedBalance(ctx, c, w.Address(), token)
		if err != nil {
			return err
		}
		fmt.Fprintf(w.out, "%s L2 %s%s\n", w.Address(), bal, verified)
		return nil
	}),
}

// forcedWithdrawal asks the Rollup on L1 for a withdrawal of the key's L2
// funds and waits until a block applies it. It needs no L2 signature and
// no cooperation from the sequencer: past the inclusion window a
// self-sequencing node includes it (point --l2-rpc at one).
func (w *cliWallet) forcedWithdrawal(ctx context.Context, c *cli.Context, token common.Address) error {
	to, err := addressFlag(c, "to", w.Address())
	if err != nil {
		return err
	}
	amount, err := w.amount(ctx, c, token)
	if err != nil {
		return err
	}
	q, err := w.RequestWithdrawal(ctx, to, token, amount)
	if err != nil {
		return fmt.Errorf("requestWithdrawal on L1: %w", err)
	}
	fmt.Fprintf(w.out, "asked on L1 as queue item %d (tx %s); the sequencer must include it within %d s, after which any bonded node may\n", q.Index, q.Tx, w.Info().InclusionWindow)
	st, err := w.WaitApplied(ctx, q.Index)
	if errors.Is(err, wallet.ErrNotApplied) {
		return fmt.Errorf("queue item %d is not applied on L2 yet; ask a node again later (%s): %w", q.Index, wire.MethodGetQueueItem, err)
	}
	if err != nil {
		return err
	}
	if st.Withdrawal == nil {
		fmt.Fprintf(w.out, "applied in L2 block %d, but there was nothing to take: the account held no such funds on L2\n", *st.Block)
		return nil
	}
	fmt.Fprintf(w.out, "included in L2 block %d as withdrawal %d; after the challenge window (%d s) pay it out with 'viaduct finalize --block %d --index %d'\n",
		*st.Block, *st.Withdrawal, w.Info().ChallengeWindow, *st.Block, *st.Withdrawal)
	return nil
}

var finalizeCommand = &cli.Command{
	Name:  "finalize",
	Usage: "wait for a withdrawal's challenge window and pay it out on L1",
	Flags: append([]cli.Flag{
		&cli.Uint64Flag{Name: "block", Usage: "L2 block of the withdrawal", Required: true},
		&cli.Uint64Flag{Name: "index", Usage: "index of the withdrawal in its block", Value: 0},
		timeoutFlag,
	}, walletFlags...),
	Action: walletAction(func(ctx context.Context, c *cli.Context) error {
		if c.Uint64("index") > math.MaxUint32 {
			return fmt.Errorf("--index %d: a block has at most 2^32 withdrawals", c.Uint64("index"))
		}
		w, err := openWallet(ctx, c, true)
		if err != nil {
			return err
		}
		defer w.Close()
		w.noteRollup(c)
		// The withdrawal, its block's header and both proofs are checked
		// against the batch L1 holds, and the finalizeWithdrawal calldata
		// is packed from them.
		f, err := w.Finalize(ctx, c.Uint64("block"), uint32(c.Uint64("index")))
		if errors.Is(err, wallet.ErrNotFinalizable) {
			return errors.New("the withdrawal is not finalizable yet; run the command again later")
		}
		if err != nil {
			return fmt.Errorf("finalizeWithdrawal: %w", err)
		}
		v := f.Withdrawal
		fmt.Fprintf(w.out, "finalized: %s paid %s on L1 (tx %s); verified: L2 block %d in batch %d\n", v.Recipient, v.Amount, f.Receipt.TxHash, v.Block, v.Batch)
		return nil
	}),
}

var balanceCommand = &cli.Command{
	Name:  "balance",
	Usage: "print an account's balance on L1 and L2",
	Flags: append([]cli.Flag{&cli.StringFlag{Name: "address", Usage: "account (default: the key's)"}, tokenFlag, unverifiedFlag, finalityFlag, waitFlag}, walletFlags...),
	Action: func(c *cli.Context) error {
		return service.Run(func(ctx context.Context) error {
			ctx, cancel := context.WithTimeout(ctx, c.Duration(waitFlag.Name)+30*time.Second)
			defer cancel()
			w, err := openWallet(ctx, c, false)
			if err != nil {
				return err
			}
			defer w.Close()
			who, err := addressFlag(c, "address", w.Address())
			if err != nil {
				return err
			}
			if who == (common.Address{}) {
				return errors.New("give --address or a key")
			}
			token, err := addressFlag(c, tokenFlag.Name, common.Address{})
			if err != nil {
				return err
			}
			var l2b *big.Int
			verified := " (unverified: the L2 node's answer)"
			if c.Bool(unverifiedFlag.Name) {
				l2b, err = w.L2Balance(ctx, who, token)
			} else {
				l2b, verified, err = w.verifiedBalance(ctx, c, who, token)
			}
			if err != nil {
				return err
			}
			if token != (common.Address{}) {
				fmt.Fprintf(w.out, "%s L2 %s%s\n", who, l2b, verified)
				return nil
			}
			l1b, err := w.L1Balance(ctx, who)
			if err != nil {
				return err
			}
			fmt.Fprintf(w.out, "%s L1 %s wei, L2 %s wei%s\n", who, l1b, l2b, verified)
			return nil
		})
	},
}

var statusCommand = &cli.Command{
	Name:  "status",
	Usage: "print the L2 head and how far it is posted and finalized on L1",
	Flags: []cli.Flag{l2RPCFlag},
	Action: func(c *cli.Context) error {
		return service.Run(func(ctx context.Context) error {
			ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			defer cancel()
			l2, err := ethclient.DialContext(ctx, c.String(l2RPCFlag.Name))
			if err != nil {
				return fmt.Errorf("--l2-rpc: %w", err)
			}
			defer l2.Close()
			var st wire.BlockStatus
			if err := l2.Client().CallContext(ctx, &st, wire.MethodBlockStatus, "latest"); err != nil {
				return err
			}
			var info wire.RollupInfo
			if err := l2.Client().CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "L2 chain %d, Rollup %s on L1 chain %d\nlatest %d %s\nsafe %d\nfinalized %d\n",
				info.L2ChainID, info.Rollup, info.L1ChainID, st.Number, st.Hash, st.Safe, st.Finalized)
			return nil
		})
	},
}

// verifiedBalance is who's L2 balance of token (ETH if zero) as the light
// client verifies it against L1 at --finality, waiting up to --wait (or
// --timeout) for the block that was the node's head to be named there, and
// a note saying what it was checked against.
func (w *cliWallet) verifiedBalance(ctx context.Context, c *cli.Context, who, token common.Address) (*big.Int, string, error) {
	want, err := light.ParseFinality(c.String(finalityFlag.Name))
	if err != nil {
		return nil, "", fmt.Errorf("--finality: %w", err)
	}
	w.noteRollup(c)
	wait := c.Duration(waitFlag.Name)
	if wait == 0 { // a command without --wait: its --timeout
		wait = c.Duration(timeoutFlag.Name)
	}
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	w.progress = c.App.ErrWriter
	defer func() { w.progress = w.out }()
	b, err := w.VerifiedBalance(wctx, who, token, want)
	if err != nil {
		return nil, "", fmt.Errorf("verifying the L2 balance (--unverified shows the node's answer): %w", err)
	}
	behind := ""
	if b.Behind {
		behind = fmt.Sprintf("; the node's block %d is not there yet", b.Head)
	}
	a := b.Account
	return b.Amount, fmt.Sprintf(" (verified, %s: L2 block %d in batch %d, L1 block %d%s)", a.Finality, a.Block, a.Batch, a.L1Block, behind), nil
}
