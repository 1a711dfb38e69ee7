package wallet

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/light"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// Queued is an L1 queue item the wallet sent: a deposit or a forced
// withdrawal. The L2 applies queue items in order (WaitApplied).
type Queued struct {
	Index   uint64      // the item's index in the Rollup's queue
	Tx      common.Hash // the L1 transaction that added it
	L1Block uint64      // the L1 block it is mined in
}

// send sends a call on L1 through the key's manager and waits for it.
func (w *Wallet) send(ctx context.Context, what string, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if w.sender == nil {
		return nil, fmt.Errorf("%s: %w", what, ErrNoKey)
	}
	tx, err := w.sender.Submit(ctx, txmgr.Candidate{To: &to, Data: data, Value: value})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	w.progress(fmt.Sprintf("%s: sent L1 transaction %s", what, tx.Hash()))
	r, err := tx.Wait(ctx)
	if err != nil {
		return r, fmt.Errorf("%s: %w", what, err)
	}
	return r, nil
}

// queued finds the QueueItemAdded event of the Rollup in r.
func (w *Wallet) queued(what string, r *types.Receipt) (*Queued, error) {
	for _, lg := range r.Logs {
		if lg.Address != w.rollup {
			continue
		}
		ev, err := w.rollupABI.UnpackQueueItemAddedEvent(lg)
		if err != nil {
			continue
		}
		index, _, err := rollup.QueueItem(ev)
		if err != nil {
			return nil, fmt.Errorf("%s in %s: %w", what, r.TxHash, err)
		}
		return &Queued{Index: index, Tx: r.TxHash, L1Block: r.BlockNumber.Uint64()}, nil
	}
	return nil, fmt.Errorf("%s in %s: the Rollup %s logged no QueueItemAdded", what, r.TxHash, w.rollup)
}

// ErrInsufficientBalance: the key's L1 balance cannot pay what was asked;
// nothing was sent. The error is a *BalanceError.
var ErrInsufficientBalance = errors.New("wallet: insufficient balance on L1")

// BalanceError says how much Who holds of Token (zero: ETH) on L1, and
// how much was asked.
type BalanceError struct {
	Who, Token common.Address
	Have, Want *big.Int
}

func (e *BalanceError) Error() string {
	return fmt.Sprintf("%v: %s holds %s base units of %s, less than the %s asked; nothing was sent", ErrInsufficientBalance, e.Who, e.Have, e.Token, e.Want)
}

// Is makes errors.Is(err, ErrInsufficientBalance) hold.
func (e *BalanceError) Is(target error) bool { return target == ErrInsufficientBalance }

// Deposit sends amount of token (zero: ETH) from the key's L1 account to
// `to` on L2 through the Rollup: depositETH with the value, or, for a
// token, approve(Rollup, amount) and then depositToken, refused with a
// *BalanceError before anything is sent when the key's L1 balance of the
// token is short. It returns once the deposit is mined on L1; WaitApplied
// waits until the L2 has it.
func (w *Wallet) Deposit(ctx context.Context, to, token common.Address, amount *big.Int) (*Queued, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, ErrBadAmount
	}
	var r *types.Receipt
	var err error
	if token == (common.Address{}) {
		r, err = w.send(ctx, "depositETH", w.rollup, w.rollupABI.PackDepositETH(to), amount)
	} else {
		// A deposit the token cannot pay would revert after an approve
		// that costs gas for nothing: refused before anything is sent.
		have, err := w.L1TokenBalance(ctx, w.Address(), token)
		if err != nil {
			return nil, err
		}
		if have.Cmp(amount) < 0 {
			return nil, &BalanceError{Who: w.Address(), Token: token, Have: have, Want: amount}
		}
		if _, err = w.send(ctx, "approve", token, w.erc20.PackApprove(w.rollup, amount), nil); err != nil {
			return nil, err
		}
		r, err = w.send(ctx, "depositToken", w.rollup, w.rollupABI.PackDepositToken(token, to, amount), nil)
	}
	if err != nil {
		return nil, err
	}
	return w.queued("deposit", r)
}

// RequestWithdrawal asks the Rollup on L1 for a withdrawal of amount of
// token (zero: ETH) from the key's L2 balance to `to` on L1
// (Rollup.requestWithdrawal): it needs no L2 signature and no cooperation
// from the sequencer, which must include it within the inclusion window,
// after which any bonded node may. WaitApplied then names the block and the
// withdrawal to Finalize (none if the account held no such funds).
func (w *Wallet) RequestWithdrawal(ctx context.Context, to, token common.Address, amount *big.Int) (*Queued, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, ErrBadAmount
	}
	r, err := w.send(ctx, "requestWithdrawal", w.rollup, w.rollupABI.PackRequestWithdrawal(to, token, amount), nil)
	if err != nil {
		return nil, err
	}
	return w.queued("requestWithdrawal", r)
}

// Finalized is a withdrawal paid out on L1.
type Finalized struct {
	// Withdrawal is what the light client verified: the recipient, token
	// and amount paid, and the batch L1 holds its block in.
	Withdrawal *light.Withdrawal
	Receipt    *types.Receipt
}

// Finalize pays out withdrawal `index` of L2 block `block` on L1. It waits
// (telling Progress what for, and Countdown how long is left of the
// challenge window) until the light client has verified the withdrawal in
// a batch L1 holds and the batch's challenge window is over, then sends
// Rollup.finalizeWithdrawal packed from the verified data: a lying L2 node
// can make it fail, never pay something else. Anyone may finalize; the
// recipient is paid. A withdrawal paid already fails with
// ErrAlreadyFinalized before anything is sent. When ctx ends first, the
// error wraps ErrNotFinalizable.
func (w *Wallet) Finalize(ctx context.Context, block uint64, index uint32) (*Finalized, error) {
	lc, err := w.Light(ctx)
	if err != nil {
		return nil, err
	}
	said := ""
	var v *light.Withdrawal
	for {
		if err := w.checkUnpaid(ctx, block, index); err != nil {
			return nil, err
		}
		v, err = lc.Withdrawal(ctx, block, index)
		if err == nil && v.Settled {
			break
		}
		msg := "waiting for the block to be posted to L1"
		if err != nil && !errors.Is(err, light.ErrNotPosted) {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("%w: %w", ErrNotFinalizable, ctx.Err())
			}
			// A withdrawal's receipt comes as soon as it is executed,
			// before its block is sealed: the node does not serve the
			// block yet.
			head, herr := w.l2.BlockNumber(ctx)
			if herr != nil || head >= block {
				return nil, err
			}
			msg = fmt.Sprintf("waiting for the sequencer to seal L2 block %d", block)
		}
		if err == nil {
			msg = fmt.Sprintf("verified in batch %d on L1; waiting for its challenge window", v.Batch)
		}
		if msg != said {
			w.progress(msg)
			said = msg
		}
		if err == nil && w.cfg.Countdown != nil {
			if _, left, werr := w.windowLeft(ctx, v.Batch); werr == nil {
				w.cfg.Countdown(fmt.Sprintf("challenge window of batch %d", v.Batch), left)
			}
		}
		if serr := w.sleep(ctx); serr != nil {
			return nil, fmt.Errorf("%w: %w", ErrNotFinalizable, serr)
		}
	}
	r, err := w.send(ctx, "finalizeWithdrawal", lc.Rollup(), v.FinalizeInput, nil)
	if err != nil {
		return nil, err
	}
	return &Finalized{Withdrawal: v, Receipt: r}, nil
}

// checkUnpaid fails with ErrAlreadyFinalized if L1 has paid the
// withdrawal: finalizing it again would only revert.
func (w *Wallet) checkUnpaid(ctx context.Context, block uint64, index uint32) error {
	out, err := w.cfg.L1.CallContract(ctx, ethereum.CallMsg{To: &w.rollup, Data: w.rollupABI.PackIsWithdrawalFinalized(block, index)}, nil)
	if err != nil {
		return fmt.Errorf("wallet: isWithdrawalFinalized(%d, %d) on L1: %w", block, index, err)
	}
	paid, err := w.rollupABI.UnpackIsWithdrawalFinalized(out)
	if err != nil {
		return fmt.Errorf("wallet: isWithdrawalFinalized on L1: %w", err)
	}
	if paid {
		return fmt.Errorf("%w: withdrawal %d of L2 block %d", ErrAlreadyFinalized, index, block)
	}
	return nil
}
