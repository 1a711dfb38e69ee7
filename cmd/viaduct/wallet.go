package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/light"
	"github.com/viaduct-l2/viaduct/txmgr"
	"github.com/viaduct-l2/viaduct/wire"
)

var (
	l2RPCFlag    = &cli.StringFlag{Name: "l2-rpc", Usage: "L2 JSON-RPC endpoint", Value: "http://127.0.0.1:9545", EnvVars: nodeEnv("L2_RPC")}
	amountFlag   = &cli.StringFlag{Name: "amount", Usage: "amount in ether (or in whole tokens with --token), e.g. 1.5", Required: true}
	toFlag       = &cli.StringFlag{Name: "to", Usage: "recipient address"}
	tokenFlag    = &cli.StringFlag{Name: "token", Usage: "bridged ERC-20 address (default: ETH)"}
	timeoutFlag  = &cli.DurationFlag{Name: "timeout", Usage: "how long to wait", Value: 5 * time.Minute}
	walletFlags  = []cli.Flag{l1RPCFlag, l2RPCFlag, nodeKeyFlag, nodeKeyFile, nodeDevAcct}
	errNoAddress = errors.New("not an address")
)

// wallet is a key and the two chains it acts on.
type wallet struct {
	key    *ecdsa.PrivateKey
	addr   common.Address
	l1, l2 *ethclient.Client
	info   wire.RollupInfo
	out    io.Writer
}

func openWallet(c *cli.Context, ctx context.Context, needKey bool) (*wallet, error) {
	w := &wallet{out: c.App.Writer}
	if needKey || c.IsSet(nodeKeyFlag.Name) || c.IsSet(nodeKeyFile.Name) || c.Int(nodeDevAcct.Name) >= 0 {
		k, err := loadKey(c)
		if err != nil {
			return nil, err
		}
		w.key, w.addr = k, crypto.PubkeyToAddress(k.PublicKey)
	}
	var err error
	if w.l2, err = ethclient.DialContext(ctx, c.String(l2RPCFlag.Name)); err != nil {
		return nil, fmt.Errorf("--l2-rpc: %w", err)
	}
	if err := w.l2.Client().CallContext(ctx, &w.info, "viaduct_rollupConfig"); err != nil {
		return nil, fmt.Errorf("--l2-rpc: reading the rollup configuration: %w", err)
	}
	if w.l1, err = ethclient.DialContext(ctx, c.String(l1RPCFlag.Name)); err != nil {
		return nil, fmt.Errorf("--l1-rpc: %w", err)
	}
	return w, nil
}

func (w *wallet) close() {
	w.l1.Close()
	w.l2.Close()
}

func addressFlag(c *cli.Context, name string, def common.Address) (common.Address, error) {
	s := c.String(name)
	if s == "" {
		return def, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("--%s %q: %w", name, s, errNoAddress)
	}
	return common.HexToAddress(s), nil
}

// parseUnits turns "1.5" into base units with the given decimals.
func parseUnits(s string, decimals uint8) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(s))
	if !ok || r.Sign() <= 0 {
		return nil, fmt.Errorf("--amount %q: want a positive number", s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)))
	if !r.IsInt() {
		return nil, fmt.Errorf("--amount %q: more than %d decimals", s, decimals)
	}
	return r.Num(), nil
}

// decimals reads a bridged token's decimals from the L2 RPC (18 for ETH).
func (w *wallet) decimals(ctx context.Context, token common.Address) (uint8, error) {
	if token == (common.Address{}) {
		return 18, nil
	}
	out, err := w.l2.CallContract(ctx, ethereum.CallMsg{To: &token, Data: common.FromHex("0x313ce567")}, nil)
	if err != nil {
		// Not bridged yet: ask L1.
		out, err = w.l1.CallContract(ctx, ethereum.CallMsg{To: &token, Data: common.FromHex("0x313ce567")}, nil)
		if err != nil {
			return 0, fmt.Errorf("reading the token's decimals: %w", err)
		}
	}
	return uint8(new(big.Int).SetBytes(out).Uint64()), nil
}

func (w *wallet) l2Balance(ctx context.Context, who, token common.Address) (*big.Int, error) {
	if token == (common.Address{}) {
		return w.l2.BalanceAt(ctx, who, nil)
	}
	out, err := w.l2.CallContract(ctx, ethereum.CallMsg{To: &token, Data: append(common.FromHex("0x70a08231"), common.LeftPadBytes(who[:], 32)...)}, nil)
	if err != nil {
		return big.NewInt(0), nil // not bridged yet
	}
	return new(big.Int).SetBytes(out), nil
}

// sendL2 signs and sends an L2 transaction and waits for its receipt.
func (w *wallet) sendL2(ctx context.Context, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	chainID := new(big.Int).SetUint64(w.info.L2ChainID)
	nonce, err := w.l2.PendingNonceAt(ctx, w.addr)
	if err != nil {
		return nil, err
	}
	gas, err := w.l2.EstimateGas(ctx, ethereum.CallMsg{From: w.addr, To: &to, Value: value, Data: data})
	if err != nil {
		return nil, err
	}
	tip, err := w.l2.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	price, err := w.l2.SuggestGasPrice(ctx)
	if err != nil {
		return nil, err
	}
	tx, err := types.SignNewTx(w.key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: price, Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		return nil, err
	}
	if err := w.l2.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	fmt.Fprintf(w.out, "sent %s, waiting for its L2 block\n", tx.Hash())
	for {
		r, err := w.l2.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w", tx.Hash(), ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func transferCalldata(to common.Address, amount *big.Int) []byte {
	d := append([]byte{}, core.TransferSelector[:]...)
	d = append(d, common.LeftPadBytes(to[:], 32)...)
	return append(d, common.LeftPadBytes(amount.Bytes(), 32)...)
}

var depositCommand = &cli.Command{
	Name:  "deposit",
	Usage: "deposit ETH or an ERC-20 from L1 to L2 and wait until it is there",
	Flags: append([]cli.Flag{amountFlag, toFlag, tokenFlag, timeoutFlag}, walletFlags...),
	Action: func(c *cli.Context) error {
		ctx, cancel := context.WithTimeout(c.Context, c.Duration(timeoutFlag.Name))
		defer cancel()
		w, err := openWallet(c, ctx, true)
		if err != nil {
			return err
		}
		defer w.close()
		to, err := addressFlag(c, toFlag.Name, w.addr)
		if err != nil {
			return err
		}
		token, err := addressFlag(c, tokenFlag.Name, common.Address{})
		if err != nil {
			return err
		}
		dec, err := w.decimals(ctx, token)
		if err != nil {
			return err
		}
		amount, err := parseUnits(c.String(amountFlag.Name), dec)
		if err != nil {
			return err
		}
		before, err := w.l2Balance(ctx, to, token)
		if err != nil {
			return err
		}
		s, stop, err := startSender(ctx, w.l1, w.key, nil)
		if err != nil {
			return err
		}
		defer stop()
		r := bindings.NewRollup()
		if token == (common.Address{}) {
			_, err = s.Send(ctx, txmgr.Candidate{To: &w.info.Rollup, Data: r.PackDepositETH(to), Value: amount})
		} else {
			approve := append(common.FromHex("0x095ea7b3"), append(common.LeftPadBytes(w.info.Rollup[:], 32), common.LeftPadBytes(amount.Bytes(), 32)...)...)
			if _, err = s.Send(ctx, txmgr.Candidate{To: &token, Data: approve}); err == nil {
				_, err = s.Send(ctx, txmgr.Candidate{To: &w.info.Rollup, Data: r.PackDepositToken(token, to, amount)})
			}
		}
		if err != nil {
			return fmt.Errorf("deposit on L1: %w", err)
		}
		fmt.Fprintln(w.out, "deposit included on L1, waiting for the sequencer to apply it on L2")
		for {
			now, err := w.l2Balance(ctx, to, token)
			if err == nil && new(big.Int).Sub(now, before).Cmp(amount) >= 0 {
				fmt.Fprintf(w.out, "deposited: %s now holds %s on L2\n", to, now)
				return nil
			}
			select {
			case <-ctx.Done():
				return errors.New("the deposit did not reach L2 in time (is the sequencer running?)")
			case <-time.After(200 * time.Millisecond):
			}
		}
	},
}

var transferCommand = &cli.Command{
	Name:  "transfer",
	Usage: "send ETH or a bridged ERC-20 to another account on L2",
	Flags: append([]cli.Flag{amountFlag, &cli.StringFlag{Name: "to", Usage: "recipient address", Required: true}, tokenFlag, timeoutFlag}, walletFlags...),
	Action: func(c *cli.Context) error {
		ctx, cancel := context.WithTimeout(c.Context, c.Duration(timeoutFlag.Name))
		defer cancel()
		w, err := openWallet(c, ctx, true)
		if err != nil {
			return err
		}
		defer w.close()
		to, err := addressFlag(c, "to", common.Address{})
		if err != nil {
			return err
		}
		return w.l2Move(ctx, c, to, "transferred")
	},
}

// l2Move sends --amount of ETH or --token to `to` on L2.
func (w *wallet) l2Move(ctx context.Context, c *cli.Context, to common.Address, verb string) error {
	token, err := addressFlag(c, tokenFlag.Name, common.Address{})
	if err != nil {
		return err
	}
	dec, err := w.decimals(ctx, token)
	if err != nil {
		return err
	}
	amount, err := parseUnits(c.String(amountFlag.Name), dec)
	if err != nil {
		return err
	}
	var r *types.Receipt
	if token == (common.Address{}) {
		r, err = w.sendL2(ctx, to, amount, nil)
	} else {
		r, err = w.sendL2(ctx, token, nil, transferCalldata(to, amount))
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(w.out, "%s in L2 block %d (tx %s)\n", verb, r.BlockNumber, r.TxHash)
	return nil
}

var withdrawCommand = &cli.Command{
	Name:  "withdraw",
	Usage: "withdraw ETH or a bridged ERC-20 from L2 to your L1 address (then 'viaduct finalize' after the challenge window)",
	Flags: append([]cli.Flag{amountFlag, tokenFlag, timeoutFlag, unverifiedFlag, finalityFlag, rollupFlag, forcedFlag,
		&cli.StringFlag{Name: "to", Usage: "with --forced: the L1 recipient (default: the key's address)"}}, walletFlags...),
	Action: func(c *cli.Context) error {
		ctx, cancel := context.WithTimeout(c.Context, c.Duration(timeoutFlag.Name))
		defer cancel()
		w, err := openWallet(c, ctx, true)
		if err != nil {
			return err
		}
		defer w.close()
		if c.Bool(forcedFlag.Name) {
			return w.forcedWithdrawal(ctx, c)
		}
		if c.IsSet("to") {
			return errors.New("--to is for --forced: a withdrawal sent on L2 pays the sender's own L1 address")
		}
		if err := w.l2Move(ctx, c, core.BridgeAddress, "withdrawn; finalize it with 'viaduct finalize --block N --index I' (see viaduct_getWithdrawal); it was"); err != nil {
			return err
		}
		if c.Bool(unverifiedFlag.Name) {
			return nil
		}
		token, err := addressFlag(c, tokenFlag.Name, common.Address{})
		if err != nil {
			return err
		}
		// What is left on L2, as L1 holds it: the node's word is not
		// enough for a balance that decides whether to withdraw more.
		bal, verified, err := w.verifiedBalance(c, ctx, w.addr, token)
		if err != nil {
			return err
		}
		fmt.Fprintf(w.out, "%s L2 %s%s\n", w.addr, bal, verified)
		return nil
	},
}

var forcedFlag = &cli.BoolFlag{Name: "forced", Usage: "ask for the withdrawal on L1 (Rollup.requestWithdrawal) instead of on L2: the sequencer must include it, and if it does not within the inclusion window any bonded node may"}

// forcedWithdrawal asks the Rollup on L1 for a withdrawal of the key's L2
// funds and waits until a block applies it (D6). It needs no L2
// signature and no cooperation from the sequencer: past the inclusion
// window a self-sequencing node includes it (point --l2-rpc at one).
func (w *wallet) forcedWithdrawal(ctx context.Context, c *cli.Context) error {
	token, err := addressFlag(c, tokenFlag.Name, common.Address{})
	if err != nil {
		return err
	}
	to, err := addressFlag(c, "to", w.addr)
	if err != nil {
		return err
	}
	dec, err := w.decimals(ctx, token)
	if err != nil {
		return err
	}
	amount, err := parseUnits(c.String(amountFlag.Name), dec)
	if err != nil {
		return err
	}
	s, stop, err := startSender(ctx, w.l1, w.key, nil)
	if err != nil {
		return err
	}
	defer stop()
	rc, err := s.Send(ctx, txmgr.Candidate{To: &w.info.Rollup, Data: bindings.NewRollup().PackRequestWithdrawal(to, token, amount)})
	if err != nil {
		return fmt.Errorf("requestWithdrawal on L1: %w", err)
	}
	index := uint64(0)
	found := false
	for _, lg := range rc.Logs {
		if ev, err := bindings.NewRollup().UnpackQueueItemAddedEvent(lg); err == nil && lg.Address == w.info.Rollup {
			index, found = ev.Index.Uint64(), true
		}
	}
	if !found {
		return fmt.Errorf("requestWithdrawal in %s: no QueueItemAdded event", rc.TxHash)
	}
	fmt.Fprintf(w.out, "asked on L1 as queue item %d (tx %s); the sequencer must include it within %d s, after which any bonded node may\n", index, rc.TxHash, w.info.InclusionWindow)
	for {
		var st wire.QueueItemStatus
		err := w.l2.Client().CallContext(ctx, &st, "viaduct_getQueueItem", hexutil.Uint64(index))
		if err == nil && st.Applied && st.Block != nil {
			if st.Withdrawal == nil {
				fmt.Fprintf(w.out, "applied in L2 block %d, but there was nothing to take: the account held no such funds on L2\n", *st.Block)
				return nil
			}
			fmt.Fprintf(w.out, "included in L2 block %d as withdrawal %d; after the challenge window (%d s) pay it out with 'viaduct finalize --block %d --index %d'\n",
				*st.Block, *st.Withdrawal, w.info.ChallengeWindow, *st.Block, *st.Withdrawal)
			return nil
		}
		select {
		case <-ctx.Done():
			if err != nil {
				return fmt.Errorf("queue item %d: asking the L2 node: %w", index, err)
			}
			return fmt.Errorf("queue item %d is not applied on L2 yet; ask a node again later (viaduct_getQueueItem)", index)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

var finalizeCommand = &cli.Command{
	Name:  "finalize",
	Usage: "wait for a withdrawal's challenge window and pay it out on L1",
	Flags: append([]cli.Flag{
		&cli.Uint64Flag{Name: "block", Usage: "L2 block of the withdrawal", Required: true},
		&cli.Uint64Flag{Name: "index", Usage: "index of the withdrawal in its block", Value: 0},
		timeoutFlag, rollupFlag,
	}, walletFlags...),
	Action: func(c *cli.Context) error {
		ctx, cancel := context.WithTimeout(c.Context, c.Duration(timeoutFlag.Name))
		defer cancel()
		w, err := openWallet(c, ctx, true)
		if err != nil {
			return err
		}
		defer w.close()
		if c.Uint64("index") > math.MaxUint32 {
			return fmt.Errorf("--index %d: a block has at most 2^32 withdrawals", c.Uint64("index"))
		}
		lc, closeAll, err := lightClient(c, ctx, w.out)
		if err != nil {
			return err
		}
		defer closeAll()
		// The withdrawal, its block's header and both proofs are checked
		// here against the batch L1 holds, and the finalizeWithdrawal
		// calldata is packed from them: a lying node can make this fail,
		// never pay something else.
		var v *light.Withdrawal
		said := ""
		for {
			v, err = lc.Withdrawal(ctx, c.Uint64("block"), uint32(c.Uint64("index")))
			if err == nil && v.Settled {
				break
			}
			if err != nil && !errors.Is(err, light.ErrNotPosted) {
				return err
			}
			msg := "waiting for the block to be posted to L1"
			if err == nil {
				msg = fmt.Sprintf("verified in batch %d at L1 block %d; waiting for its challenge window (%d s)", v.Batch, v.L1Block, w.info.ChallengeWindow)
			}
			if msg != said {
				fmt.Fprintln(w.out, msg)
				said = msg
			}
			select {
			case <-ctx.Done():
				return errors.New("the withdrawal is not finalizable yet; run the command again later")
			case <-time.After(time.Second):
			}
		}
		s, stop, err := startSender(ctx, w.l1, w.key, nil)
		if err != nil {
			return err
		}
		defer stop()
		rollupAddr := lc.Rollup()
		r, err := s.Send(ctx, txmgr.Candidate{To: &rollupAddr, Data: v.FinalizeInput})
		if err != nil {
			return fmt.Errorf("finalizeWithdrawal: %w", err)
		}
		fmt.Fprintf(w.out, "finalized: %s paid %s on L1 (tx %s); verified: L2 block %d in batch %d\n", v.Recipient, v.Amount, r.TxHash, v.Block, v.Batch)
		return nil
	},
}

var balanceCommand = &cli.Command{
	Name:  "balance",
	Usage: "print an account's balance on L1 and L2",
	Flags: append([]cli.Flag{&cli.StringFlag{Name: "address", Usage: "account (default: the key's)"}, tokenFlag, unverifiedFlag, finalityFlag, waitFlag, rollupFlag}, walletFlags...),
	Action: func(c *cli.Context) error {
		ctx, cancel := context.WithTimeout(c.Context, c.Duration(waitFlag.Name)+30*time.Second)
		defer cancel()
		w, err := openWallet(c, ctx, false)
		if err != nil {
			return err
		}
		defer w.close()
		who, err := addressFlag(c, "address", w.addr)
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
			l2b, err = w.l2Balance(ctx, who, token)
		} else {
			l2b, verified, err = w.verifiedBalance(c, ctx, who, token)
		}
		if err != nil {
			return err
		}
		if token != (common.Address{}) {
			fmt.Fprintf(w.out, "%s L2 %s%s\n", who, l2b, verified)
			return nil
		}
		l1b, err := w.l1.BalanceAt(ctx, who, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(w.out, "%s L1 %s wei, L2 %s wei%s\n", who, l1b, l2b, verified)
		return nil
	},
}

var statusCommand = &cli.Command{
	Name:  "status",
	Usage: "print the L2 head and how far it is posted and finalized on L1",
	Flags: []cli.Flag{l2RPCFlag},
	Action: func(c *cli.Context) error {
		ctx, cancel := context.WithTimeout(c.Context, 30*time.Second)
		defer cancel()
		l2, err := ethclient.DialContext(ctx, c.String(l2RPCFlag.Name))
		if err != nil {
			return fmt.Errorf("--l2-rpc: %w", err)
		}
		defer l2.Close()
		var st wire.BlockStatus
		if err := l2.Client().CallContext(ctx, &st, "viaduct_blockStatus", "latest"); err != nil {
			return err
		}
		var info wire.RollupInfo
		if err := l2.Client().CallContext(ctx, &info, "viaduct_rollupConfig"); err != nil {
			return err
		}
		fmt.Fprintf(c.App.Writer, "L2 chain %d, Rollup %s on L1 chain %d\nlatest %d %s\nsafe %d\nfinalized %d\n",
			info.L2ChainID, info.Rollup, info.L1ChainID, st.Number, st.Hash, st.Safe, st.Finalized)
		return nil
	},
}

// verifiedBalance is who's L2 balance of token (ETH if zero) as the light
// client verifies it against L1 at --finality (at the newest block L1
// holds at that level), waiting up to --wait for one, and a note saying
// what it was checked against.
func (w *wallet) verifiedBalance(c *cli.Context, ctx context.Context, who, token common.Address) (*big.Int, string, error) {
	want, err := light.ParseFinality(c.String(finalityFlag.Name))
	if err != nil {
		return nil, "", fmt.Errorf("--finality: %w", err)
	}
	lc, closeAll, err := lightClient(c, ctx, c.App.ErrWriter)
	if err != nil {
		return nil, "", err
	}
	defer closeAll()
	var tokens []common.Address
	if token != (common.Address{}) {
		tokens = []common.Address{token}
	}
	wait := c.Duration(waitFlag.Name)
	if wait == 0 { // a command without --wait: its --timeout
		wait = c.Duration(timeoutFlag.Name)
	}
	// Wait for the block that is the node's head now, so that a transfer
	// just made shows; on a chain too busy for that within --wait, settle
	// for the newest block L1 holds, and say so.
	head, err := w.l2.BlockNumber(ctx)
	if err != nil {
		return nil, "", fmt.Errorf("--l2-rpc: %w", err)
	}
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	var a, newest *light.Account
	err = untilVerified(wctx, c.App.ErrWriter, func() error {
		a, err = lc.Balance(wctx, who, tokens, want)
		if err != nil {
			return err
		}
		newest = a
		if a.Block < head {
			return fmt.Errorf("%w: L1 holds block %d at %s, the node's head was %d", light.ErrNotPosted, a.Block, a.Finality, head)
		}
		return nil
	})
	behind := ""
	if err != nil && newest != nil && wctx.Err() != nil {
		a, err = newest, nil
		behind = fmt.Sprintf("; the node's block %d is not there yet", head)
	}
	if err != nil {
		return nil, "", fmt.Errorf("verifying the L2 balance (--unverified shows the node's answer): %w", err)
	}
	bal := a.Balance
	if len(a.Tokens) == 1 {
		bal = a.Tokens[0].Balance
	}
	return bal, fmt.Sprintf(" (verified, %s: L2 block %d in batch %d, L1 block %d%s)", a.Finality, a.Block, a.Batch, a.L1Block, behind), nil
}
