package l1

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrReverted is returned when a sent transaction was mined but failed.
var ErrReverted = errors.New("l1: transaction reverted")

// ErrNonceGap is returned when a transaction cannot be mined because an
// earlier one of the same key is gone (an L1 reorg removed its block and
// the node did not keep it): the caller decides what to send in its place,
// and the next Send takes the freed nonce.
var ErrNonceGap = errors.New("l1: an earlier transaction of this key was lost; nonce gap")

// Sender sends L1 transactions from one key, one at a time: it owns the
// key's nonce, prices each transaction from the current base fee and tip,
// and if a transaction is not mined within ResendAfter sends it again with
// the same nonce and fees raised by an eighth (what a node's txpool needs
// to accept a replacement, with margin), until it is mined.
//
// Mined means in a block of the current chain that is Confirmations deep.
// A transaction the node no longer knows (dropped from its txpool, or in a
// block an L1 reorg removed and not put back in the txpool) is sent again
// at once and waited for as before. Each Send takes the nonce from the node's pending
// count, so after a reorg that dropped an earlier, already confirmed
// transaction of this key, the next one simply reuses its nonce; a send
// caught behind such a gap returns ErrNonceGap.
type Sender struct {
	Client        Client
	Key           *ecdsa.PrivateKey
	ResendAfter   time.Duration // default 10s
	Poll          time.Duration // receipt polling interval; default 100ms
	Confirmations uint64        // how deep the receipt's block must be (default 0: the head)

	mu sync.Mutex
}

// Address returns the sender's address.
func (s *Sender) Address() common.Address { return crypto.PubkeyToAddress(s.Key.PublicKey) }

// Send sends a call to `to` with data and value, and waits for it to be
// mined. A call that would revert is refused before anything is sent (the
// gas estimate fails), so it does not use a nonce.
func (s *Sender) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	return s.send(ctx, &to, data, value)
}

// Deploy sends a contract creation (code and constructor arguments) and
// waits for it to be mined; the receipt names the contract's address.
func (s *Sender) Deploy(ctx context.Context, code []byte) (*types.Receipt, error) {
	return s.send(ctx, nil, code, nil)
}

func (s *Sender) send(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	from := s.Address()
	if value == nil {
		value = new(big.Int)
	}
	gas, err := s.Client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Data: data, Value: value})
	if err != nil {
		return nil, fmt.Errorf("l1: estimate gas: %w", err)
	}
	chainID, err := s.Client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("l1: chain id: %w", err)
	}
	nonce, err := s.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("l1: nonce: %w", err)
	}
	tip, err := s.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("l1: tip: %w", err)
	}
	head, err := s.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("l1: head: %w", err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	resend := s.ResendAfter
	if resend <= 0 {
		resend = 10 * time.Second
	}
	poll := s.Poll
	if poll <= 0 {
		poll = 100 * time.Millisecond
	}
	signer := types.LatestSignerForChainID(chainID)
	var sent []common.Hash
	var last *types.Transaction
	for {
		tx, err := types.SignNewTx(s.Key, signer, &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas + gas/4, To: to, Value: value, Data: data,
		})
		if err != nil {
			return nil, fmt.Errorf("l1: sign: %w", err)
		}
		if err := s.Client.SendTransaction(ctx, tx); err != nil && len(sent) == 0 {
			return nil, fmt.Errorf("l1: send: %w", err)
		}
		// A failed resend (say, the first was mined meanwhile) is fine: the
		// loop below finds whichever of the sent transactions was mined.
		sent, last = append(sent, tx.Hash()), tx
		deadline := time.Now().Add(resend)
		for time.Now().Before(deadline) {
			found := false
			for _, h := range sent {
				r, err := s.Client.TransactionReceipt(ctx, h)
				if err != nil {
					continue
				}
				state, err := s.confirmed(ctx, r)
				if err != nil {
					return nil, err
				}
				if state == receiptStale {
					// The node still has the receipt of a block an L1 reorg
					// removed (its index catches up later): not mined.
					continue
				}
				found = true
				if state == receiptShallow {
					break
				}
				if r.Status != types.ReceiptStatusSuccessful {
					return r, fmt.Errorf("%w: %s", ErrReverted, h)
				}
				return r, nil
			}
			if !found {
				next, err := s.Client.PendingNonceAt(ctx, from)
				if err != nil {
					return nil, fmt.Errorf("l1: pending nonce: %w", err)
				}
				if next < nonce {
					return nil, fmt.Errorf("%w: sending nonce %d, the node's next is %d", ErrNonceGap, nonce, next)
				}
			}
			if found {
				// Mined, waiting for depth: no reason to bump the fees.
				deadline = time.Now().Add(resend)
			} else if tx, pending, err := s.Client.TransactionByHash(ctx, last.Hash()); errors.Is(err, ethereum.NotFound) || (err == nil && !pending && tx != nil) {
				// Neither mined in the current chain nor pending: the node
				// lost it, or an L1 reorg took its block away and the node
				// did not put it back in its txpool. Give it the
				// transaction again ("already known" is fine).
				_ = s.Client.SendTransaction(ctx, last)
			}
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(poll):
			}
		}
		tip = bump(tip)
		feeCap = bump(feeCap)
	}
}

// Where a receipt's block stands.
const (
	receiptDeep    = iota // in the chain, Confirmations deep
	receiptShallow        // in the chain, not deep enough yet
	receiptStale          // its block is no longer in the chain
)

// confirmed says where r's block stands.
func (s *Sender) confirmed(ctx context.Context, r *types.Receipt) (int, error) {
	b, err := s.Client.HeaderByNumber(ctx, r.BlockNumber)
	if errors.Is(err, ethereum.NotFound) {
		return receiptStale, nil
	}
	if err != nil {
		return 0, fmt.Errorf("l1: block %s: %w", r.BlockNumber, err)
	}
	if b.Hash() != r.BlockHash {
		return receiptStale, nil
	}
	head, err := s.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("l1: head: %w", err)
	}
	if head.Number.Cmp(new(big.Int).Add(r.BlockNumber, new(big.Int).SetUint64(s.Confirmations))) < 0 {
		return receiptShallow, nil
	}
	return receiptDeep, nil
}

// InFlight reports whether a transaction of this key is waiting in the
// node's txpool (its pending nonce is ahead of its mined one): after an L1
// reorg, the node puts the transactions of the removed blocks back there.
func (s *Sender) InFlight(ctx context.Context) (bool, error) {
	from := s.Address()
	pending, err := s.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return false, fmt.Errorf("l1: pending nonce: %w", err)
	}
	mined, err := s.Client.NonceAt(ctx, from, nil)
	if err != nil {
		return false, fmt.Errorf("l1: nonce: %w", err)
	}
	return pending > mined, nil
}

func bump(x *big.Int) *big.Int {
	return new(big.Int).Add(x, new(big.Int).Add(new(big.Int).Div(x, big.NewInt(8)), big.NewInt(1)))
}
