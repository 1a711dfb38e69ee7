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

// Sender sends L1 transactions from one key, one at a time: it owns the
// key's nonce, prices each transaction from the current base fee and tip,
// and if a transaction is not mined within ResendAfter sends it again with
// the same nonce and fees raised by an eighth (what a node's txpool needs
// to accept a replacement, with margin), until it is mined.
type Sender struct {
	Client      Client
	Key         *ecdsa.PrivateKey
	ResendAfter time.Duration // default 10s
	Poll        time.Duration // receipt polling interval; default 100ms

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
		sent = append(sent, tx.Hash())
		deadline := time.Now().Add(resend)
		for time.Now().Before(deadline) {
			for _, h := range sent {
				r, err := s.Client.TransactionReceipt(ctx, h)
				if err == nil {
					if r.Status != types.ReceiptStatusSuccessful {
						return r, fmt.Errorf("%w: %s", ErrReverted, h)
					}
					return r, nil
				}
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

func bump(x *big.Int) *big.Int {
	return new(big.Int).Add(x, new(big.Int).Add(new(big.Int).Div(x, big.NewInt(8)), big.NewInt(1)))
}
