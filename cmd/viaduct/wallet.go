package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"strings"
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
// and print: the result on stdout (as JSON with --json, amounts in base
// units as decimal strings), what they wait for on stderr.

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
	out  io.Writer // the result
	note io.Writer // what a wait is doing
	cd   *countdown
}

// openWallet dials --l1-rpc and --l2-rpc with the key (required if
// needKey, else used if given) and --rollup.
func openWallet(ctx context.Context, c *cli.Context, needKey bool) (*cliWallet, error) {
	w := &cliWallet{out: c.App.Writer, note: c.App.ErrWriter, cd: newCountdown(c.App.ErrWriter)}
	cfg := wallet.Config{
		Progress:  func(msg string) { w.cd.line(msg) },
		Countdown: func(msg string, left time.Duration) { w.cd.update(msg, left) },
	}
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
	if err := notL2(ctx, c); err != nil {
		return nil, err
	}
	if w.Wallet, err = wallet.Dial(ctx, c.String(l1RPCFlag.Name), c.String(l2RPCFlag.Name), cfg); err != nil {
		switch {
		case errors.Is(err, wallet.ErrNoRollup) && cfg.Rollup != (common.Address{}):
			return nil, fmt.Errorf("--rollup: %w", err)
		case errors.Is(err, wallet.ErrWrongL1):
			return nil, fmt.Errorf("--l1-rpc %s: %w", c.String(l1RPCFlag.Name), err)
		}
		return nil, fmt.Errorf("--l1-rpc, --l2-rpc: %w", err)
	}
	return w, nil
}

// asset is what amounts of token (zero: ETH) count.
func (w *cliWallet) asset(ctx context.Context, token common.Address) (asset, error) {
	a, err := w.Asset(ctx, token)
	if err != nil {
		return asset{}, err
	}
	return asset{token: a.Token, symbol: a.Symbol, decimals: a.Decimals}, nil
}

// amount reads --amount of a in its base units.
func amount(c *cli.Context, a asset) (*big.Int, error) {
	s := c.String(amountFlag.Name)
	v, err := parseAmount(s, a)
	if err != nil {
		return nil, fmt.Errorf("--amount: %w", err)
	}
	if v.Sign() <= 0 {
		return nil, fmt.Errorf("--amount %q: want more than 0", s)
	}
	return v, nil
}

// noteRollup says, before an answer is verified, which Rollup it is
// verified against when the L2 node chose it.
func (w *cliWallet) noteRollup() {
	if !w.Pinned() {
		w.cd.line(fmt.Sprintf("checking against Rollup %s as the L2 node names it (pin it with --rollup)", w.Rollup()))
	}
}

// explain makes an L1 revert say what is wrong, in amounts of a.
func (w *cliWallet) explain(err error, a asset) error { return explainRevert(err, a) }

// tokenAndAsset reads --token and what its amounts count.
func (w *cliWallet) tokenAndAsset(ctx context.Context, c *cli.Context) (common.Address, asset, error) {
	token, err := addressFlag(c, tokenFlag.Name, common.Address{})
	if err != nil {
		return common.Address{}, asset{}, err
	}
	a, err := w.asset(ctx, token)
	if err != nil {
		return common.Address{}, asset{}, fmt.Errorf("--token: %w", err)
	}
	return token, a, nil
}

var depositCommand = &cli.Command{
	Name:  "deposit",
	Usage: "deposit ETH or an ERC-20 from L1 to L2 and wait until it is there",
	Flags: append([]cli.Flag{amountFlag, toFlag, tokenFlag, timeoutFlag, jsonFlag}, walletFlags...),
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
		token, a, err := w.tokenAndAsset(ctx, c)
		if err != nil {
			return err
		}
		v, err := amount(c, a)
		if err != nil {
			return err
		}
		q, err := w.Deposit(ctx, to, token, v)
		var short *wallet.BalanceError
		if errors.As(err, &short) {
			return fmt.Errorf("deposit on L1: %s holds %s on L1, less than the %s to deposit; nothing was sent", short.Who, a.format(short.Have), a.format(short.Want))
		}
		if err != nil {
			return fmt.Errorf("deposit on L1: %w", w.explain(err, a))
		}
		w.cd.line(fmt.Sprintf("deposit included on L1 as queue item %d, waiting for the sequencer to apply it on L2", q.Index))
		st, err := w.WaitApplied(ctx, q.Index)
		if err != nil {
			if errors.Is(err, wallet.ErrNotApplied) {
				return errors.New("the deposit did not reach L2 in time (is the sequencer running?)")
			}
			return err
		}
		now, err := w.L2Balance(ctx, to, token)
		if err != nil {
			return err
		}
		if c.Bool(jsonFlag.Name) {
			return printJSON(w.out, depositJSON{To: to, Token: token, Amount: v.String(), QueueIndex: q.Index, L1Tx: q.Tx, L1Block: q.L1Block, L2Block: uint64(*st.Block), L2Balance: now.String()})
		}
		fmt.Fprintf(w.out, "deposited %s: %s now holds %s on L2 (L1 tx %s, L2 block %d)\n", a.format(v), to, a.format(now), q.Tx, uint64(*st.Block))
		return nil
	}),
}

type depositJSON struct {
	To         common.Address `json:"to"`
	Token      common.Address `json:"token"`
	Amount     string         `json:"amount"`
	QueueIndex uint64         `json:"queueIndex"`
	L1Tx       common.Hash    `json:"l1Tx"`
	L1Block    uint64         `json:"l1Block"`
	L2Block    uint64         `json:"l2Block"`
	L2Balance  string         `json:"l2Balance"`
}

var transferCommand = &cli.Command{
	Name:  "transfer",
	Usage: "send ETH or a bridged ERC-20 to another account on L2",
	Flags: append([]cli.Flag{amountFlag, &cli.StringFlag{Name: "to", Usage: "recipient address", Required: true}, tokenFlag, timeoutFlag, jsonFlag}, walletFlags...),
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
		token, a, err := w.tokenAndAsset(ctx, c)
		if err != nil {
			return err
		}
		v, err := amount(c, a)
		if err != nil {
			return err
		}
		r, err := w.Transfer(ctx, to, token, v)
		if err != nil {
			return err
		}
		if c.Bool(jsonFlag.Name) {
			return printJSON(w.out, transferJSON{Tx: r.TxHash, Block: r.BlockNumber.Uint64(), From: w.Address(), To: to, Token: token, Amount: v.String()})
		}
		fmt.Fprintf(w.out, "transferred %s to %s in L2 block %d (tx %s)\n", a.format(v), to, r.BlockNumber, r.TxHash)
		return nil
	}),
}

type transferJSON struct {
	Tx     common.Hash    `json:"tx"`
	Block  uint64         `json:"block"`
	From   common.Address `json:"from"`
	To     common.Address `json:"to"`
	Token  common.Address `json:"token"`
	Amount string         `json:"amount"`
}

var forcedFlag = &cli.BoolFlag{Name: "forced", Usage: "ask for the withdrawal on L1 (Rollup.requestWithdrawal) instead of on L2: the sequencer must include it, and if it does not within the inclusion window any bonded node may"}

var withdrawCommand = &cli.Command{
	Name:  "withdraw",
	Usage: "withdraw ETH or a bridged ERC-20 from L2 to your L1 address; it prints the 'viaduct finalize' command that pays it out after the challenge window",
	Flags: append([]cli.Flag{amountFlag, tokenFlag, timeoutFlag, unverifiedFlag, finalityFlag, forcedFlag, jsonFlag,
		&cli.StringFlag{Name: "to", Usage: "with --forced: the L1 recipient (default: the key's address)"}}, walletFlags...),
	Action: walletAction(func(ctx context.Context, c *cli.Context) error {
		w, err := openWallet(ctx, c, true)
		if err != nil {
			return err
		}
		defer w.Close()
		token, a, err := w.tokenAndAsset(ctx, c)
		if err != nil {
			return err
		}
		if c.Bool(forcedFlag.Name) {
			return w.forcedWithdrawal(ctx, c, token, a)
		}
		if c.IsSet("to") {
			return errors.New("--to is for --forced: a withdrawal sent on L2 pays the sender's own L1 address")
		}
		v, err := amount(c, a)
		if err != nil {
			return err
		}
		r, err := w.Withdraw(ctx, token, v)
		if err != nil {
			return err
		}
		info, err := w.WithdrawalOfTx(ctx, r.TxHash)
		if err != nil {
			return fmt.Errorf("withdrawn in L2 block %d (tx %s), but naming it failed: %w", r.BlockNumber, r.TxHash, err)
		}
		next := finalizeHint(c, "--tx", r.TxHash.Hex())
		out := withdrawJSON{withdrawalJSON: newWithdrawalJSON(info, next)}
		if !c.Bool(unverifiedFlag.Name) {
			// What is left on L2, as L1 holds it: the node's word is not
			// enough for a balance that decides whether to withdraw more.
			bal, verified, err := w.verifiedBalance(ctx, c, w.Address(), token, info.Block)
			if err != nil {
				return err
			}
			out.L2Balance, out.Verified = bal.String(), verified
		}
		if c.Bool(jsonFlag.Name) {
			return printJSON(w.out, out)
		}
		fmt.Fprintf(w.out, "withdrew %s in L2 block %d (tx %s): withdrawal %d of that block, to %s on L1\n", a.format(v), info.Block, r.TxHash, info.Index, info.Recipient)
		fmt.Fprintf(w.out, "once its batch's challenge window (%s) is over, pay it out on L1 with:\n\n  %s\n\n", time.Duration(w.Info().ChallengeWindow)*time.Second, next)
		if out.Verified != nil {
			fmt.Fprintf(w.out, "%s L2 %s%s\n", w.Address(), a.format(bal(out.L2Balance)), out.Verified.note())
		}
		return nil
	}),
}

// withdrawJSON is withdraw --json: the withdrawal, what is left on L2.
type withdrawJSON struct {
	withdrawalJSON
	L2Balance string        `json:"l2Balance,omitempty"`
	Verified  *verifiedJSON `json:"verified,omitempty"`
}

// finalizeHint is the finalize command that pays a withdrawal, with the
// flags given on this command line (not those the environment gives: the
// same environment gives them again) that finalize takes too.
func finalizeHint(c *cli.Context, args ...string) string {
	parts := append([]string{"viaduct", "finalize"}, args...)
	for _, f := range []cli.Flag{devAccountFlag, keyFileFlag, keyFlag, l1RPCFlag, l2RPCFlag, rollupFlag} {
		name := f.Names()[0]
		if !c.IsSet(name) || fromEnv(c, f) {
			continue
		}
		parts = append(parts, "--"+name, c.String(name))
	}
	return strings.Join(parts, " ")
}

// fromEnv reports whether flag f's value is its environment variable's.
func fromEnv(c *cli.Context, f cli.Flag) bool {
	ev, ok := f.(interface{ GetEnvVars() []string })
	if !ok {
		return false
	}
	for _, e := range ev.GetEnvVars() {
		if v, set := os.LookupEnv(e); set && strings.TrimSpace(v) == c.String(f.Names()[0]) {
			return true
		}
	}
	return false
}

// forcedWithdrawal asks the Rollup on L1 for a withdrawal of the key's L2
// funds and waits until a block applies it. It needs no L2 signature and
// no cooperation from the sequencer: past the inclusion window a
// self-sequencing node includes it (point --l2-rpc at one).
func (w *cliWallet) forcedWithdrawal(ctx context.Context, c *cli.Context, token common.Address, a asset) error {
	to, err := addressFlag(c, "to", w.Address())
	if err != nil {
		return err
	}
	v, err := amount(c, a)
	if err != nil {
		return err
	}
	q, err := w.RequestWithdrawal(ctx, to, token, v)
	if err != nil {
		return fmt.Errorf("requestWithdrawal on L1: %w", w.explain(err, a))
	}
	w.cd.line(fmt.Sprintf("asked on L1 as queue item %d (tx %s); the sequencer must include it within %s, after which any bonded node may", q.Index, q.Tx, time.Duration(w.Info().InclusionWindow)*time.Second))
	st, err := w.WaitApplied(ctx, q.Index)
	if errors.Is(err, wallet.ErrNotApplied) {
		return fmt.Errorf("queue item %d is not applied on L2 yet; ask a node again later (%s): %w", q.Index, wire.MethodGetQueueItem, err)
	}
	if err != nil {
		return err
	}
	if st.Withdrawal == nil {
		if c.Bool(jsonFlag.Name) {
			return printJSON(w.out, map[string]any{"queueIndex": q.Index, "l1Tx": q.Tx, "block": uint64(*st.Block), "withdrawal": nil})
		}
		fmt.Fprintf(w.out, "applied in L2 block %d, but there was nothing to take: the account held no such funds on L2\n", *st.Block)
		return nil
	}
	info, err := w.WithdrawalStatus(ctx, uint64(*st.Block), uint32(*st.Withdrawal))
	if err != nil {
		return err
	}
	next := finalizeHint(c, "--block", fmt.Sprint(info.Block), "--index", fmt.Sprint(info.Index))
	if c.Bool(jsonFlag.Name) {
		return printJSON(w.out, newWithdrawalJSON(info, next))
	}
	fmt.Fprintf(w.out, "included in L2 block %d as withdrawal %d: %s to %s on L1\n", info.Block, info.Index, a.format(info.Amount), info.Recipient)
	fmt.Fprintf(w.out, "once its batch's challenge window (%s) is over, pay it out on L1 with:\n\n  %s\n\n", time.Duration(w.Info().ChallengeWindow)*time.Second, next)
	return nil
}

var finalizeCommand = &cli.Command{
	Name:  "finalize",
	Usage: "wait for a withdrawal's challenge window and pay it out on L1: --tx names it by its L2 transaction, or --block and --index",
	Flags: append([]cli.Flag{
		&cli.StringFlag{Name: "tx", Usage: "the L2 transaction that withdrew (what 'viaduct withdraw' and a wallet show)"},
		&cli.Uint64Flag{Name: "block", Usage: "L2 block of the withdrawal (instead of --tx)"},
		&cli.Uint64Flag{Name: "index", Usage: "index of the withdrawal in its block, with --block", Value: 0},
		timeoutFlag, jsonFlag,
	}, walletFlags...),
	Action: walletAction(func(ctx context.Context, c *cli.Context) error {
		byTx, byBlock := c.IsSet("tx"), c.IsSet("block")
		switch {
		case byTx && (byBlock || c.IsSet("index")):
			return errors.New("give --tx, or --block and --index, not both")
		case !byTx && !byBlock:
			return errors.New("name the withdrawal: --tx HASH (its L2 transaction), or --block N --index I (see 'viaduct withdrawals')")
		}
		if c.Uint64("index") > math.MaxUint32 {
			return fmt.Errorf("--index %d: a block has at most 2^32 withdrawals", c.Uint64("index"))
		}
		var tx common.Hash
		if byTx {
			var err error
			if tx, err = hashFlag(c, "tx"); err != nil {
				return err
			}
		}
		w, err := openWallet(ctx, c, true)
		if err != nil {
			return err
		}
		defer w.Close()
		block, index := c.Uint64("block"), uint32(c.Uint64("index"))
		if byTx {
			info, err := w.WithdrawalOfTx(ctx, tx)
			if err != nil {
				return fmt.Errorf("--tx %s: %w", tx, err)
			}
			block, index = info.Block, info.Index
			w.cd.line(fmt.Sprintf("L2 transaction %s made withdrawal %d of L2 block %d", tx, index, block))
		}
		w.noteRollup()
		// The withdrawal, its block's header and both proofs are checked
		// against the batch L1 holds, and the finalizeWithdrawal calldata
		// is packed from them.
		f, err := w.Finalize(ctx, block, index)
		w.cd.done()
		switch {
		case errors.Is(err, wallet.ErrNotFinalizable):
			return fmt.Errorf("withdrawal %d of L2 block %d is not finalizable yet (--timeout %s passed); run the command again later", index, block, c.Duration(timeoutFlag.Name))
		case errors.Is(err, wallet.ErrAlreadyFinalized):
			return fmt.Errorf("withdrawal %d of L2 block %d was paid out on L1 already; a withdrawal is paid once", index, block)
		case err != nil:
			return fmt.Errorf("finalizeWithdrawal: %w", explainRevert(err, ethAsset))
		}
		v := f.Withdrawal
		a, err := w.asset(ctx, v.Token)
		if err != nil {
			return err
		}
		if c.Bool(jsonFlag.Name) {
			return printJSON(w.out, finalizeJSON{Block: v.Block, Index: v.Index, Recipient: v.Recipient, Token: v.Token, Amount: v.Amount.String(), L1Tx: f.Receipt.TxHash, L1Block: f.Receipt.BlockNumber.Uint64(), Batch: v.Batch})
		}
		fmt.Fprintf(w.out, "finalized: %s paid %s on L1 (tx %s); verified: L2 block %d in batch %d\n", v.Recipient, a.format(v.Amount), f.Receipt.TxHash, v.Block, v.Batch)
		return nil
	}),
}

type finalizeJSON struct {
	Block     uint64         `json:"block"`
	Index     uint32         `json:"index"`
	Recipient common.Address `json:"recipient"`
	Token     common.Address `json:"token"`
	Amount    string         `json:"amount"`
	L1Tx      common.Hash    `json:"l1Tx"`
	L1Block   uint64         `json:"l1Block"`
	Batch     uint64         `json:"batch"`
}

var withdrawalsCommand = &cli.Command{
	Name:  "withdrawals",
	Usage: "list an account's withdrawals with their state: waiting for the challenge window (with the time left), ready, or paid",
	Description: `Reads every L2 block from --from-block to the head for the withdrawals that pay the
account on L1 (those its transactions sent to the bridge address, and forced ones asked
on L1 for it), and reads on L1 whether each is paid and when its batch's challenge
window ends. On a long chain, give --from-block.`,
	Flags: append([]cli.Flag{
		&cli.StringFlag{Name: "address", Usage: "account (default: the key's)"},
		&cli.Uint64Flag{Name: "from-block", Usage: "first L2 block to look in", Value: 1},
		&cli.Uint64Flag{Name: "to-block", Usage: "last L2 block to look in (default: the head)"},
		timeoutFlag, jsonFlag,
	}, walletFlags...),
	Action: walletAction(func(ctx context.Context, c *cli.Context) error {
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
		list, err := w.Withdrawals(ctx, who, c.Uint64("from-block"), c.Uint64("to-block"))
		if err != nil {
			return err
		}
		out := []withdrawalJSON{}
		for i := range list {
			info := &list[i]
			var next string
			switch {
			case info.State == wallet.WithdrawalPaid:
			case info.Tx != (common.Hash{}):
				next = finalizeHint(c, "--tx", info.Tx.Hex())
			default:
				next = finalizeHint(c, "--block", fmt.Sprint(info.Block), "--index", fmt.Sprint(info.Index))
			}
			out = append(out, newWithdrawalJSON(info, next))
		}
		if c.Bool(jsonFlag.Name) {
			return printJSON(w.out, out)
		}
		if len(out) == 0 {
			fmt.Fprintf(w.out, "no withdrawals to %s in L2 blocks %d and after\n", who, c.Uint64("from-block"))
			return nil
		}
		for i, j := range out {
			a, err := w.asset(ctx, j.Token)
			if err != nil {
				return err
			}
			state := j.State
			switch wallet.WithdrawalState(j.State) {
			case wallet.WithdrawalWaiting:
				state = fmt.Sprintf("waiting: %s left of batch %d's challenge window", time.Duration(j.SecondsLeft)*time.Second, *j.Batch)
			case wallet.WithdrawalUnposted:
				state = "waiting: its block is not posted to L1 yet"
			case wallet.WithdrawalReady:
				state = "ready to finalize"
			}
			fmt.Fprintf(w.out, "L2 block %d, withdrawal %d: %s to %s, %s\n", j.Block, j.Index, a.format(list[i].Amount), j.Recipient, state)
			if j.Finalize != "" {
				fmt.Fprintf(w.out, "  %s\n", j.Finalize)
			}
		}
		return nil
	}),
}

// withdrawalJSON is a withdrawal in --json output.
type withdrawalJSON struct {
	Block     uint64         `json:"block"`
	Index     uint32         `json:"index"`
	Tx        *common.Hash   `json:"tx,omitempty"` // none for a forced withdrawal
	Recipient common.Address `json:"recipient"`
	Token     common.Address `json:"token"`
	Amount    string         `json:"amount"`
	// State is unposted, waiting, ready or paid.
	State string  `json:"state"`
	Batch *uint64 `json:"batch,omitempty"`
	// FinalAt is the L1 time the challenge window ends, SecondsLeft what
	// is left of it at L1's latest block.
	FinalAt     uint64 `json:"finalAt,omitempty"`
	SecondsLeft uint64 `json:"secondsLeft"`
	// Finalize is the command that pays it out (none once paid).
	Finalize string `json:"finalize,omitempty"`
}

func newWithdrawalJSON(info *wallet.WithdrawalInfo, finalize string) withdrawalJSON {
	j := withdrawalJSON{Block: info.Block, Index: info.Index, Recipient: info.Recipient, Token: info.Token, Amount: info.Amount.String(),
		State: string(info.State), FinalAt: info.FinalAt, SecondsLeft: uint64(info.Left / time.Second), Finalize: finalize}
	if info.Tx != (common.Hash{}) {
		tx := info.Tx
		j.Tx = &tx
	}
	if info.State != wallet.WithdrawalUnposted {
		b := info.Batch
		j.Batch = &b
	}
	return j
}

var balanceCommand = &cli.Command{
	Name:  "balance",
	Usage: "print an account's balance on L1 and L2",
	Flags: append([]cli.Flag{&cli.StringFlag{Name: "address", Usage: "account (default: the key's)"}, tokenFlag, unverifiedFlag, finalityFlag, waitFlag, jsonFlag}, walletFlags...),
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
			token, a, err := w.tokenAndAsset(ctx, c)
			if err != nil {
				return err
			}
			var l2b *big.Int
			var verified *verifiedJSON
			if c.Bool(unverifiedFlag.Name) {
				l2b, err = w.L2Balance(ctx, who, token)
			} else {
				l2b, verified, err = w.verifiedBalance(ctx, c, who, token, 0)
			}
			if err != nil {
				return err
			}
			l1b, err := w.L1TokenBalance(ctx, who, token)
			if err != nil {
				return err
			}
			if c.Bool(jsonFlag.Name) {
				return printJSON(w.out, balanceJSON{Address: who, Token: token, Symbol: a.symbol, Decimals: a.decimals, L1Balance: l1b.String(), L2Balance: l2b.String(), Verified: verified})
			}
			note := " (unverified: the L2 node's answer)"
			if verified != nil {
				note = verified.note()
			}
			fmt.Fprintf(w.out, "%s L1 %s, L2 %s%s\n", who, a.format(l1b), a.format(l2b), note)
			return nil
		})
	},
}

type balanceJSON struct {
	Address   common.Address `json:"address"`
	Token     common.Address `json:"token"`
	Symbol    string         `json:"symbol"`
	Decimals  uint8          `json:"decimals"`
	L1Balance string         `json:"l1Balance"`
	L2Balance string         `json:"l2Balance"`
	// Verified says what the L2 balance was checked against; absent with
	// --unverified (the L2 node's word).
	Verified *verifiedJSON `json:"verified,omitempty"`
}

// verifiedJSON is what a light-client verified balance was checked
// against.
type verifiedJSON struct {
	Finality string `json:"finality"`
	L2Block  uint64 `json:"l2Block"`
	Batch    uint64 `json:"batch"`
	L1Block  uint64 `json:"l1Block"`
	// Behind: the wait ended before L1 named the node's head at the
	// finality asked for; the balance is at L2Block.
	Behind bool   `json:"behind"`
	Head   uint64 `json:"head"`
}

func (v *verifiedJSON) note() string {
	behind := ""
	if v.Behind {
		behind = fmt.Sprintf("; the node's block %d is not there yet", v.Head)
	}
	return fmt.Sprintf(" (verified, %s: L2 block %d in batch %d, L1 block %d%s)", v.Finality, v.L2Block, v.Batch, v.L1Block, behind)
}

// bal reads back a decimal string this file wrote.
func bal(s string) *big.Int {
	v, _ := new(big.Int).SetString(s, 10)
	return v
}

var statusCommand = &cli.Command{
	Name:  "status",
	Usage: "print the L2 head and how far it is posted and finalized on L1",
	Flags: []cli.Flag{l2RPCFlag, jsonFlag},
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
				return fmt.Errorf("--l2-rpc %s: %w", c.String(l2RPCFlag.Name), err)
			}
			var info wire.RollupInfo
			if err := l2.Client().CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
				return fmt.Errorf("--l2-rpc %s: %w", c.String(l2RPCFlag.Name), err)
			}
			if c.Bool(jsonFlag.Name) {
				return printJSON(c.App.Writer, statusJSON{L2ChainID: info.L2ChainID, L1ChainID: info.L1ChainID, Rollup: info.Rollup,
					Latest: uint64(st.Number), LatestHash: st.Hash, Safe: uint64(st.Safe), Finalized: uint64(st.Finalized), ChallengeWindow: info.ChallengeWindow})
			}
			fmt.Fprintf(c.App.Writer, "L2 chain %d, Rollup %s on L1 chain %d\nlatest %d %s\nsafe %d\nfinalized %d\n",
				info.L2ChainID, info.Rollup, info.L1ChainID, st.Number, st.Hash, st.Safe, st.Finalized)
			return nil
		})
	},
}

type statusJSON struct {
	L2ChainID       uint64         `json:"l2ChainId"`
	L1ChainID       uint64         `json:"l1ChainId"`
	Rollup          common.Address `json:"rollup"`
	Latest          uint64         `json:"latest"`
	LatestHash      common.Hash    `json:"latestHash"`
	Safe            uint64         `json:"safe"`
	Finalized       uint64         `json:"finalized"`
	ChallengeWindow uint64         `json:"challengeWindow"` // seconds
}

// verifiedBalance is who's L2 balance of token (ETH if zero) as the light
// client verifies it against L1 at --finality, waiting up to --wait (or
// --timeout) for the block that was the node's head to be named there, and
// what it was checked against; since, if newer than the node's head, is
// the block to wait for instead.
func (w *cliWallet) verifiedBalance(ctx context.Context, c *cli.Context, who, token common.Address, since uint64) (*big.Int, *verifiedJSON, error) {
	want, err := light.ParseFinality(c.String(finalityFlag.Name))
	if err != nil {
		return nil, nil, fmt.Errorf("--finality: %w", err)
	}
	w.noteRollup()
	wait := c.Duration(waitFlag.Name)
	if wait == 0 { // a command without --wait: its --timeout
		wait = c.Duration(timeoutFlag.Name)
	}
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	b, err := w.VerifiedBalanceSince(wctx, who, token, want, since)
	if err != nil {
		return nil, nil, fmt.Errorf("verifying the L2 balance (--unverified shows the node's answer): %w", err)
	}
	a := b.Account
	return b.Amount, &verifiedJSON{Finality: a.Finality.String(), L2Block: a.Block, Batch: a.Batch, L1Block: a.L1Block, Behind: b.Behind, Head: b.Head}, nil
}
