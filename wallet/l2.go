package wallet

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/wire"
)

// Transfer sends amount of token (zero: ETH) to `to` on L2: an L2
// transaction signed by the key (a value transfer, or the token's
// transfer(to, amount)) sent to the L2 node. It returns the receipt once
// the transaction is in an L2 block the node serves (sealed, not only
// pre-confirmed); the node's refusal comes back in go-ethereum's wording
// (insufficient funds, nonce too low, ...).
func (w *Wallet) Transfer(ctx context.Context, to, token common.Address, amount *big.Int) (*types.Receipt, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, ErrBadAmount
	}
	if token == (common.Address{}) {
		return w.sendL2(ctx, to, amount, nil)
	}
	return w.sendL2(ctx, token, nil, w.erc20.PackTransfer(to, amount))
}

// Withdraw withdraws amount of token (zero: ETH) from L2 to the key's own
// L1 address: a Transfer to the bridge address. After the batch that holds
// the receipt's block passes its challenge window, Finalize pays it out on
// L1 (the withdrawal's index in the block: viaduct_getWithdrawal).
func (w *Wallet) Withdraw(ctx context.Context, token common.Address, amount *big.Int) (*types.Receipt, error) {
	return w.Transfer(ctx, core.BridgeAddress, token, amount)
}

// sendL2 signs an L2 transaction to `to` with value and data, sends it and
// waits for its receipt.
func (w *Wallet) sendL2(ctx context.Context, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	if w.cfg.Key == nil {
		return nil, ErrNoKey
	}
	from := w.Address()
	chainID := new(big.Int).SetUint64(w.info.L2ChainID)
	nonce, err := w.l2.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("wallet: L2 nonce of %s: %w", from, err)
	}
	gas, err := w.l2.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
	if err != nil {
		return nil, err
	}
	tip, err := w.l2.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("wallet: L2 tip: %w", err)
	}
	price, err := w.l2.SuggestGasPrice(ctx)
	if err != nil {
		return nil, fmt.Errorf("wallet: L2 gas price: %w", err)
	}
	tx, err := types.SignNewTx(w.cfg.Key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: price, Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		return nil, fmt.Errorf("wallet: signing: %w", err)
	}
	if err := w.l2.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	w.progress(fmt.Sprintf("sent %s, waiting for its L2 block", tx.Hash()))
	for {
		r, err := w.l2.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if err := w.waitSealed(ctx, r.BlockNumber.Uint64()); err != nil {
				return nil, fmt.Errorf("wallet: %s: %w", tx.Hash(), err)
			}
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) && ctx.Err() == nil {
			return nil, fmt.Errorf("wallet: receipt of %s: %w", tx.Hash(), err)
		}
		if serr := w.sleep(ctx); serr != nil {
			return nil, fmt.Errorf("wallet: waiting for %s: %w", tx.Hash(), serr)
		}
	}
}

// WaitApplied waits until the L2 node has applied L1 queue item index (a
// deposit or a forced withdrawal) and returns where: the block, and for a
// forced withdrawal the withdrawal's index in it (nil if the account held
// no such funds to take). When ctx ends first, the error wraps
// ErrNotApplied.
func (w *Wallet) WaitApplied(ctx context.Context, index uint64) (*wire.QueueItemStatus, error) {
	for {
		var st wire.QueueItemStatus
		err := w.cfg.L2.CallContext(ctx, &st, wire.MethodGetQueueItem, hexutil.Uint64(index))
		if err == nil && st.Applied && st.Block != nil {
			if err := w.waitSealed(ctx, uint64(*st.Block)); err != nil {
				return nil, fmt.Errorf("%w: queue item %d: %w", ErrNotApplied, index, err)
			}
			return &st, nil
		}
		if serr := w.sleep(ctx); serr != nil {
			if err != nil {
				return nil, fmt.Errorf("%w: queue item %d: asking the L2 node: %w", ErrNotApplied, index, err)
			}
			return nil, fmt.Errorf("%w: queue item %d (%w)", ErrNotApplied, index, serr)
		}
	}
}

// waitSealed waits until the L2 node's head is block n at least. A
// sequencer answers a transaction's receipt as soon as it has executed it
// (pre-confirmation), before the block that holds it is sealed; what the
// wallet returns is in a block the node serves, so that a read right
// after (eth_blockNumber, a block, a verified balance) shows it.
func (w *Wallet) waitSealed(ctx context.Context, n uint64) error {
	for {
		head, err := w.l2.BlockNumber(ctx)
		if err == nil && head >= n {
			return nil
		}
		if serr := w.sleep(ctx); serr != nil {
			if err != nil {
				return fmt.Errorf("waiting for L2 block %d: %w", n, err)
			}
			return fmt.Errorf("waiting for L2 block %d to be sealed (the head is %d): %w", n, head, serr)
		}
	}
}
