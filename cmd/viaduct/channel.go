package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/channel"
	"github.com/viaduct-l2/viaduct/internal/service"
)

// channelCommand is `viaduct channel`: two-party payment channels. The
// `serve` process is a party's peer; the other subcommands are its owner's
// controls and talk to that process over its control socket.
var channelCommand = &cli.Command{
	Name:  "channel",
	Usage: "two-party payment channels settled on L1: open, pay, close, force-close, settle",
	Subcommands: []*cli.Command{
		channelServeCommand,
		channelTowerCommand,
		{
			Name:      "open",
			Usage:     "open a channel on L1 to the peer at --peer, funded with --amount, and announce it",
			ArgsUsage: " ",
			Flags: []cli.Flag{datadirFlag, jsonFlag,
				&cli.StringFlag{Name: "peer", Usage: "the counterparty's channel_ endpoint (ws://...)", Required: true},
				&cli.StringFlag{Name: "peer-address", Usage: "refuse to open unless the peer at --peer is this address"},
				channelAmountFlag("this party's deposit", "0"),
				&cli.StringFlag{Name: "token", Usage: "ERC-20 token address (default: ETH)"},
				&cli.Uint64Flag{Name: "challenge-period", Usage: "seconds the counterparty has to answer a unilateral close", Value: 3600},
			},
			Action: ctlAction(func(ctx context.Context, c *cli.Context, cl *rpc.Client) error {
				expect, err := addressFlag(c, "peer-address", common.Address{})
				if err != nil {
					return err
				}
				token, err := addressFlag(c, "token", common.Address{})
				if err != nil {
					return err
				}
				a, err := ctlAsset(ctx, cl, token)
				if err != nil {
					return err
				}
				amount, err := amountArg(c, a)
				if err != nil {
					return err
				}
				fmt.Fprintf(c.App.ErrWriter, "opening a channel to %s with %s ...\n", c.String("peer"), a.format256(amount))
				var info channel.Info
				err = withProgress(ctx, c, cl, func() error {
					return cl.CallContext(ctx, &info, "channelctl_open", c.String("peer"), expect, token, amount, c.Uint64("challenge-period"))
				})
				if err != nil {
					return err
				}
				if c.Bool(jsonFlag.Name) {
					return printJSON(c.App.Writer, info)
				}
				fmt.Fprintf(c.App.ErrWriter, "opened: A %s, B %s, challenge period %ds\n", info.PartyA, info.PartyB, info.ChallengePeriod)
				fmt.Fprintln(c.App.Writer, info.ID.Hex())
				return nil
			}),
		},
		{
			Name:  "deposit",
			Usage: "top up a channel on L1 on this party's side; the next payment acknowledges it",
			Flags: []cli.Flag{datadirFlag, channelFlag, channelAmountFlag("the top-up", "")},
			Action: ctlAction(func(ctx context.Context, c *cli.Context, cl *rpc.Client) error {
				id := common.HexToHash(c.String(channelFlag.Name))
				_, a, err := channelStatus(ctx, cl, id)
				if err != nil {
					return err
				}
				amount, err := amountArg(c, a)
				if err != nil {
					return err
				}
				if amount.IsZero() {
					return fmt.Errorf("--amount %q: a top-up must be more than 0", c.String("amount"))
				}
				err = withProgress(ctx, c, cl, func() error {
					return cl.CallContext(ctx, nil, "channelctl_deposit", id, amount)
				})
				if err != nil {
					return err
				}
				fmt.Fprintf(c.App.Writer, "deposited %s into channel %s on L1; the next payment acknowledges it\n", a.format256(amount), id.Hex())
				return nil
			}),
		},
		{
			Name:  "pay",
			Usage: "pay the counterparty --amount, --count times (each a state signed by both and persisted by both)",
			Flags: []cli.Flag{datadirFlag, channelFlag, jsonFlag,
				channelAmountFlag("each payment", ""),
				&cli.IntFlag{Name: "count", Value: 1, Usage: "number of payments"},
				&cli.IntFlag{Name: "concurrency", Value: 1, Usage: "payments outstanding at once (they are batched into one exchange)"},
			},
			Action: ctlAction(func(ctx context.Context, c *cli.Context, cl *rpc.Client) error {
				id := common.HexToHash(c.String(channelFlag.Name))
				_, a, err := channelStatus(ctx, cl, id)
				if err != nil {
					return err
				}
				amount, err := amountArg(c, a)
				if err != nil {
					return err
				}
				if amount.IsZero() {
					return fmt.Errorf("--amount %q: a payment must be more than 0", c.String("amount"))
				}
				var rep channel.PayReport
				if err := cl.CallContext(ctx, &rep, "channelctl_pay", id, amount, c.Int("count"), c.Int("concurrency")); err != nil {
					return err
				}
				if c.Bool(jsonFlag.Name) {
					if err := printJSON(c.App.Writer, rep); err != nil {
						return err
					}
				} else {
					total := new(uint256.Int).Mul(amount, uint256.NewInt(uint64(rep.Paid)))
					fmt.Fprintf(c.App.Writer, "paid %d of %d payments of %s (%s in all) in %.3fs (%.0f payments/s, latency p50 %dµs p99 %dµs)\n",
						rep.Paid, rep.Requested, a.format256(amount), a.format256(total), rep.Seconds, rep.PerSecond, rep.P50Micros, rep.P99Micros)
				}
				if rep.Failed > 0 {
					return fmt.Errorf("%d payments failed (%d in doubt): %s", rep.Failed, rep.InDoubt, rep.FirstError)
				}
				return nil
			}),
		},
		{
			Name:  "status",
			Usage: "show a channel as this party and L1 see it",
			Flags: []cli.Flag{datadirFlag, channelFlag, jsonFlag},
			Action: ctlAction(func(ctx context.Context, c *cli.Context, cl *rpc.Client) error {
				st, a, err := channelStatus(ctx, cl, common.HexToHash(c.String(channelFlag.Name)))
				if err != nil {
					return err
				}
				if c.Bool(jsonFlag.Name) {
					return printJSON(c.App.Writer, st)
				}
				printStatus(c.App.Writer, st, a)
				return nil
			}),
		},
		{
			Name:  "list",
			Usage: "list this party's channels",
			Flags: []cli.Flag{datadirFlag, jsonFlag},
			Action: ctlAction(func(ctx context.Context, c *cli.Context, cl *rpc.Client) error {
				var infos []channel.Info
				if err := cl.CallContext(ctx, &infos, "channelctl_list"); err != nil {
					return err
				}
				if c.Bool(jsonFlag.Name) {
					return printJSON(c.App.Writer, infos)
				}
				for _, i := range infos {
					other := i.Party(i.Me.Other())
					fmt.Fprintf(c.App.Writer, "%s  %-7s  me=%s  counterparty=%s  %s\n", i.ID.Hex(), i.Status, i.Me, other, i.PeerURL)
				}
				return nil
			}),
		},
		{
			Name:  "close",
			Usage: "close a channel cooperatively: both sign the final balances, L1 pays both at once",
			Flags: []cli.Flag{datadirFlag, channelFlag, jsonFlag},
			Action: ctlAction(func(ctx context.Context, c *cli.Context, cl *rpc.Client) error {
				id := common.HexToHash(c.String(channelFlag.Name))
				_, a, err := channelStatus(ctx, cl, id)
				if err != nil {
					return err
				}
				var final channel.SignedState
				fmt.Fprintln(c.App.ErrWriter, "agreeing on the final state with the counterparty ...")
				err = withProgress(ctx, c, cl, func() error {
					return cl.CallContext(ctx, &final, "channelctl_close", id)
				})
				if err != nil {
					return err
				}
				if c.Bool(jsonFlag.Name) {
					return printJSON(c.App.Writer, final)
				}
				fmt.Fprintf(c.App.Writer, "closed at nonce %d: A receives %s, B receives %s\n", final.Nonce, a.format256(&final.BalanceA), a.format256(&final.BalanceB))
				return nil
			}),
		},
		{
			Name:  "force-close",
			Usage: "close a channel unilaterally with the latest state both signed; settle after the challenge period",
			Flags: []cli.Flag{datadirFlag, channelFlag, jsonFlag,
				// Hidden: closing with an old state is cheating. It exists so
				// the watchtower can be shown (and tested) to answer it.
				&cli.Uint64Flag{Name: "stale-nonce", Hidden: true, Usage: "close with the older state of this nonce"},
			},
			Action: ctlAction(func(ctx context.Context, c *cli.Context, cl *rpc.Client) error {
				var res channel.ForceCloseResult
				err := withProgress(ctx, c, cl, func() error {
					return cl.CallContext(ctx, &res, "channelctl_forceClose", common.HexToHash(c.String(channelFlag.Name)), c.Uint64("stale-nonce"))
				})
				if err != nil {
					return err
				}
				if c.Bool(jsonFlag.Name) {
					return printJSON(c.App.Writer, res)
				}
				fmt.Fprintf(c.App.Writer, "closing with nonce %d; challenge period ends at L1 time %d (%s); then run 'viaduct channel settle'\n",
					res.State.Nonce, res.ClosesAt, time.Unix(int64(res.ClosesAt), 0).UTC().Format(time.RFC3339))
				return nil
			}),
		},
		{
			Name:  "settle",
			Usage: "pay out a force-closed channel, waiting for its challenge period to end",
			Flags: []cli.Flag{datadirFlag, channelFlag,
				&cli.BoolFlag{Name: "wait", Value: true, Usage: "wait for the challenge period instead of failing"},
			},
			Action: ctlAction(func(ctx context.Context, c *cli.Context, cl *rpc.Client) error {
				id := common.HexToHash(c.String(channelFlag.Name))
				cd := newCountdown(c.App.ErrWriter)
				for {
					var st channel.ChannelStatus
					if err := cl.CallContext(ctx, &st, "channelctl_status", id); err != nil {
						return err
					}
					if st.L1Status != 2 || st.L1Time >= st.L1ClosesAt || !c.Bool("wait") {
						break
					}
					cd.update(fmt.Sprintf("challenge period of the close with nonce %d", st.L1Nonce), time.Duration(st.L1ClosesAt-st.L1Time)*time.Second)
					select {
					case <-ctx.Done():
						return ctx.Err()
					case <-time.After(time.Second):
					}
				}
				cd.done()
				if err := withProgress(ctx, c, cl, func() error { return cl.CallContext(ctx, nil, "channelctl_settle", id) }); err != nil {
					return err
				}
				fmt.Fprintln(c.App.Writer, "settled")
				return nil
			}),
		},
		{
			Name:  "sync",
			Usage: "fetch the counterparty's latest state now (done automatically after a crash)",
			Flags: []cli.Flag{datadirFlag, channelFlag},
			Action: ctlAction(func(ctx context.Context, c *cli.Context, cl *rpc.Client) error {
				return cl.CallContext(ctx, nil, "channelctl_sync", common.HexToHash(c.String(channelFlag.Name)))
			}),
		},
	},
}

// ctlAction wraps a control command: it connects to the running peer's
// control socket, and an interrupt cancels it (service.Run).
func ctlAction(f func(ctx context.Context, c *cli.Context, cl *rpc.Client) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		return service.Run(func(ctx context.Context) error {
			sock := ctlSocket(c.String(datadirFlag.Name))
			cl, err := rpc.DialIPC(ctx, sock)
			if err != nil {
				return fmt.Errorf("connecting to the channel peer at %s (is 'viaduct channel serve' running with this --datadir?): %w", sock, err)
			}
			defer cl.Close()
			if c.IsSet(channelFlag.Name) && !isHash(c.String(channelFlag.Name)) {
				return fmt.Errorf("--channel %q is not a channel id (0x + 64 hex digits)", c.String(channelFlag.Name))
			}
			return f(ctx, c, cl)
		})
	}
}

func isHash(s string) bool {
	b := common.FromHex(s)
	return len(b) == 32 && len(s) == 66
}

// withProgress runs call while printing the peer's L1 progress lines, and a
// heartbeat when L1 is quiet, so a long wait never looks like a hang.
func withProgress(ctx context.Context, c *cli.Context, cl *rpc.Client, call func() error) error {
	return channel.WithProgress(ctx, cl, call, 3*time.Second, func(line string) {
		fmt.Fprintf(c.App.ErrWriter, "  %s\n", line)
	}, func(waited time.Duration) {
		fmt.Fprintf(c.App.ErrWriter, "  ... %s\n", waited.Round(time.Second))
	})
}

// ctlAsset is what amounts of token (zero: ETH) count, as the channel
// peer reads it from L1.
func ctlAsset(ctx context.Context, cl *rpc.Client, token common.Address) (asset, error) {
	if token == (common.Address{}) {
		return ethAsset, nil
	}
	var a channel.Asset
	if err := cl.CallContext(ctx, &a, "channelctl_asset", token); err != nil {
		return asset{}, err
	}
	return asset{token: a.Token, symbol: a.Symbol, decimals: a.Decimals}, nil
}

// channelStatus is channel id's status and what its amounts count.
func channelStatus(ctx context.Context, cl *rpc.Client, id common.Hash) (*channel.ChannelStatus, asset, error) {
	var st channel.ChannelStatus
	if err := cl.CallContext(ctx, &st, "channelctl_status", id); err != nil {
		return nil, asset{}, err
	}
	a, err := ctlAsset(ctx, cl, st.Info.Token)
	if err != nil {
		return nil, asset{}, err
	}
	return &st, a, nil
}

// amountArg reads --amount as an amount of a.
func amountArg(c *cli.Context, a asset) (*uint256.Int, error) {
	v, err := parseAmount(c.String("amount"), a)
	if err != nil {
		return nil, fmt.Errorf("--amount: %w", err)
	}
	return uint256.MustFromBig(v), nil // parseAmount refused more than 256 bits
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

var l1StatusNames = []string{"none", "open", "closing", "closed"}

func printStatus(w io.Writer, st *channel.ChannelStatus, a asset) {
	i := &st.Info
	l1 := "unknown"
	if int(st.L1Status) < len(l1StatusNames) {
		l1 = l1StatusNames[st.L1Status]
	}
	fmt.Fprintf(w, "channel     %s\n", i.ID.Hex())
	fmt.Fprintf(w, "parties     A %s  B %s  (me: %s)\n", i.PartyA, i.PartyB, i.Me)
	fmt.Fprintf(w, "status      %s (L1: %s)\n", i.Status, l1)
	if f := i.Final; f != nil && f.Complete() {
		fmt.Fprintf(w, "final       nonce %d  A %s  B %s  (signed by both)\n", f.Nonce, a.format256(&f.BalanceA), a.format256(&f.BalanceB))
	}
	if l := st.Latest; l != nil {
		fmt.Fprintf(w, "latest      nonce %d  A %s  B %s\n", l.Nonce, a.format256(&l.BalanceA), a.format256(&l.BalanceB))
	}
	fmt.Fprintf(w, "my balance  %s\n", a.format256(&st.MyBalance))
	fmt.Fprintf(w, "on L1       deposits A %s  B %s\n", a.format256(&st.L1DepositA), a.format256(&st.L1DepositB))
	switch st.L1Status {
	case 2:
		left := time.Duration(max(int64(st.L1ClosesAt)-int64(st.L1Time), 0)) * time.Second
		fmt.Fprintf(w, "closing     on L1 with nonce %d; the challenge period ends at L1 time %d (%s left), then 'viaduct channel settle' pays out\n", st.L1Nonce, st.L1ClosesAt, left)
	case 3:
		fmt.Fprintf(w, "closed      on L1 with nonce %d\n", st.L1Nonce)
	}
}
