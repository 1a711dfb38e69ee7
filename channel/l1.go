package channel

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/internal/revert"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// Backend is the part of an Ethereum client the channel code uses. Both
// *ethclient.Client and the simulated chain's client satisfy it.
type Backend interface {
	bind.ContractBackend
	ethereum.TransactionReader
	ethereum.ChainIDReader
}

// The statuses of Channels.Status.
const (
	l1StatusNone uint8 = iota
	l1StatusOpen
	l1StatusClosing
	l1StatusClosed
)

// ErrReverted is returned when L1 refuses a call; the message names the
// contract's custom error when it is one of Channels'.
var ErrReverted = errors.New("L1 call reverted")

// L1 talks to one Channels deployment as one account. Its transactions go
// through the account's txmgr.Manager, which prices them from the current
// base fee and replaces them at higher fees until they are mined: a
// force-close, a challenge or a settlement priced under a rising base fee
// is not left in the txpool past a challenge period.
type L1 struct {
	backend  Backend
	sender   *txmgr.Manager
	chainID  *big.Int
	contract common.Address
	abi      *bindings.Channels
	erc20    *bindings.IERC20Metadata

	// Progress, if set, is told what the L1 wait is doing, about once a
	// second, so a command line can show it.
	Progress func(msg string)
}

// NewL1 binds to the Channels contract at contract. sender, a started
// manager of this party's key on the same L1, sends its transactions; it
// may be nil for a read-only client.
func NewL1(ctx context.Context, backend Backend, sender *txmgr.Manager, contract common.Address) (*L1, error) {
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading L1 chain id: %w", err)
	}
	code, err := backend.CodeAt(ctx, contract, nil)
	if err != nil {
		return nil, fmt.Errorf("reading code of %s: %w", contract, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("no contract at %s on chain %d", contract, chainID)
	}
	if sender != nil {
		if id := sender.ChainID(); id == nil || id.Cmp(chainID) != 0 {
			return nil, fmt.Errorf("the sender of %s is for chain %v (started?), the Channels contract on chain %d", sender.Address(), id, chainID)
		}
	}
	return &L1{backend: backend, sender: sender, chainID: chainID, contract: contract, abi: bindings.NewChannels(), erc20: bindings.NewIERC20Metadata()}, nil
}

// Domain is the EIP-712 domain of this deployment.
func (l *L1) Domain() Domain { return Domain{ChainID: l.chainID.Uint64(), Contract: l.contract} }

// Address is the account that sends this client's transactions (zero for a
// read-only client).
func (l *L1) Address() common.Address {
	if l.sender == nil {
		return common.Address{}
	}
	return l.sender.Address()
}

// Channel reads a channel from the contract.
func (l *L1) Channel(ctx context.Context, id common.Hash) (bindings.ChannelsChannel, error) {
	out, err := l.call(ctx, l.abi.PackGetChannel(id))
	if err != nil {
		return bindings.ChannelsChannel{}, fmt.Errorf("reading channel %s: %w", id, err)
	}
	ch, err := l.abi.UnpackGetChannel(out)
	if err != nil {
		return bindings.ChannelsChannel{}, fmt.Errorf("decoding channel %s: %w", id, err)
	}
	return ch, nil
}

// Deposits reads the channel's deposits on L1.
func (l *L1) Deposits(ctx context.Context, id common.Hash) (Deposits, error) {
	ch, err := l.Channel(ctx, id)
	if err != nil {
		return Deposits{}, err
	}
	return Deposits{A: *uint256.MustFromBig(ch.DepositA), B: *uint256.MustFromBig(ch.DepositB)}, nil
}

// Now returns the timestamp and number of the latest L1 block.
func (l *L1) Now(ctx context.Context) (uint64, uint64, error) {
	h, err := l.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("reading L1 head: %w", err)
	}
	return h.Time, h.Number.Uint64(), nil
}

// Asset is what a channel's amounts count: ETH (the zero token) or an
// ERC-20, with the symbol and decimals that people read amounts in.
type Asset struct {
	Token    common.Address `json:"token"`
	Symbol   string         `json:"symbol"`
	Decimals uint8          `json:"decimals"`
}

// Asset reads token's symbol and decimals from L1 (ETH for the zero
// address). A token without a symbol gets an empty one; one without
// decimals is refused: its amounts cannot be read in whole units.
func (l *L1) Asset(ctx context.Context, token common.Address) (Asset, error) {
	if token == (common.Address{}) {
		return Asset{Symbol: "ETH", Decimals: 18}, nil
	}
	a := Asset{Token: token}
	out, err := l.backend.CallContract(ctx, ethereum.CallMsg{To: &token, Data: l.erc20.PackDecimals()}, nil)
	if err != nil {
		return Asset{}, fmt.Errorf("reading decimals of token %s: %w", token, err)
	}
	if a.Decimals, err = l.erc20.UnpackDecimals(out); err != nil {
		return Asset{}, fmt.Errorf("token %s has no decimals: %w", token, err)
	}
	if out, err := l.backend.CallContract(ctx, ethereum.CallMsg{To: &token, Data: l.erc20.PackSymbol()}, nil); err == nil {
		a.Symbol, _ = l.erc20.UnpackSymbol(out)
	}
	return a, nil
}

func (l *L1) call(ctx context.Context, data []byte) ([]byte, error) {
	out, err := l.backend.CallContract(ctx, ethereum.CallMsg{To: &l.contract, Data: data}, nil)
	if err != nil {
		return nil, l.decodeRevert(err)
	}
	return out, nil
}

// Open opens a channel to partyB in token (zero for ETH) funded with amount
// by this account, approving the token first if needed.
func (l *L1) Open(ctx context.Context, partyB, token common.Address, amount *big.Int, period uint64) (common.Hash, error) {
	value := amount
	if token != (common.Address{}) {
		value = nil
		if amount.Sign() > 0 {
			if _, err := l.send(ctx, "approve", token, l.erc20.PackApprove(l.contract, amount), nil); err != nil {
				return common.Hash{}, err
			}
		}
	}
	r, err := l.send(ctx, "open", l.contract, l.abi.PackOpen(partyB, token, amount, period), value)
	if err != nil {
		return common.Hash{}, err
	}
	for _, lg := range r.Logs {
		if ev, err := l.abi.UnpackChannelOpenedEvent(lg); err == nil {
			return ev.ChannelId, nil
		}
	}
	return common.Hash{}, fmt.Errorf("open transaction %s has no ChannelOpened event", r.TxHash)
}

// Deposit tops up the channel on this account's side.
func (l *L1) Deposit(ctx context.Context, id common.Hash, token common.Address, amount *big.Int) error {
	value := amount
	if token != (common.Address{}) {
		value = nil
		if _, err := l.send(ctx, "approve", token, l.erc20.PackApprove(l.contract, amount), nil); err != nil {
			return err
		}
	}
	_, err := l.send(ctx, "deposit", l.contract, l.abi.PackDeposit(id, amount), value)
	return err
}

// CooperativeClose submits a FinalState signed by both parties.
func (l *L1) CooperativeClose(ctx context.Context, final *SignedState) (*types.Receipt, error) {
	return l.send(ctx, "cooperativeClose", l.contract, l.abi.PackCooperativeClose(final.ChannelID, final.Binding(), final.SigA, final.SigB), nil)
}

// ForceClose starts a unilateral close with ss (signed by both, or the
// unsigned empty nonce-0 state).
func (l *L1) ForceClose(ctx context.Context, ss *SignedState) (*types.Receipt, error) {
	return l.send(ctx, "forceClose", l.contract, l.abi.PackForceClose(ss.ChannelID, ss.Binding(), ss.SigA, ss.SigB), nil)
}

// Challenge answers a closing channel with the newer state ss.
func (l *L1) Challenge(ctx context.Context, ss *SignedState) (*types.Receipt, error) {
	return l.send(ctx, "challenge", l.contract, l.abi.PackChallenge(ss.ChannelID, ss.Binding(), ss.SigA, ss.SigB), nil)
}

// Settle pays out a closing channel whose challenge period is over.
func (l *L1) Settle(ctx context.Context, id common.Hash) (*types.Receipt, error) {
	return l.send(ctx, "settle", l.contract, l.abi.PackSettle(id), nil)
}

// send sends the call through the sender and waits for a successful
// receipt. A call that would revert is refused at the gas estimate, with
// its reason, before anything is sent; until the transaction is mined the
// sender replaces it at higher fees whenever it cannot pay the base fee.
func (l *L1) send(ctx context.Context, what string, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if l.sender == nil {
		return nil, fmt.Errorf("%s: no key to sign L1 transactions", what)
	}
	tx, err := l.sender.Submit(ctx, txmgr.Candidate{To: &to, Data: data, Value: value})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, l.decodeRevert(err))
	}
	l.progress(fmt.Sprintf("%s: sent transaction %s, waiting for it to be mined", what, tx.Hash()))
	r, err := l.wait(ctx, what, tx)
	if err != nil {
		return r, err
	}
	l.progress(fmt.Sprintf("%s: mined in block %d (gas %d)", what, r.BlockNumber, r.GasUsed))
	return r, nil
}

// wait waits for tx, telling Progress about once a second, and that it
// was replaced when it was.
func (l *L1) wait(ctx context.Context, what string, tx *txmgr.Tx) (*types.Receipt, error) {
	start := time.Now()
	t := time.NewTicker(time.Second)
	defer t.Stop()
	last := tx.Hash()
	for {
		select {
		case <-tx.Done():
			r, err := tx.Wait(ctx)
			if errors.Is(err, txmgr.ErrReverted) && r != nil {
				return r, fmt.Errorf("%s: %w: transaction %s failed in block %d", what, l.decodeRevert(err), r.TxHash, r.BlockNumber)
			}
			if err != nil {
				return r, fmt.Errorf("%s: transaction %s: %w", what, last, err)
			}
			return r, nil
		case <-ctx.Done():
			return nil, fmt.Errorf("%s: waiting for %s: %w", what, last, ctx.Err())
		case <-t.C:
			if h := tx.Hash(); h != last {
				l.progress(fmt.Sprintf("%s: replaced %s at higher fees by %s", what, last.TerminalString(), h))
				last = h
			}
			l.progress(fmt.Sprintf("%s: still waiting for %s (%s)", what, last.TerminalString(), time.Since(start).Round(time.Second)))
		}
	}
}

func (l *L1) progress(msg string) {
	if l.Progress != nil {
		l.Progress(msg)
	}
}

// decodeRevert turns a reverted call (a JSON-RPC execution error, or the
// sender's RevertError) into an ErrReverted that says what the contract's
// custom error (Channels', or the token's) means.
func (l *L1) decodeRevert(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if x := revert.Explain(err, nil); x != err {
		return fmt.Errorf("%w: %w", ErrReverted, x)
	}
	if data := revert.Data(err); len(data) > 0 {
		return fmt.Errorf("%w: data %x", ErrReverted, data)
	}
	return fmt.Errorf("%w: %v", ErrReverted, err)
}

// CloseEvent is a ChannelClosing or ChannelChallenged log: the state a
// channel is closing with.
type CloseEvent struct {
	ChannelID common.Hash
	Nonce     uint64
	Block     uint64
	// By is the closer (ChannelClosing) or the challenger (ChannelChallenged).
	By common.Address
}

// CloseEvents returns the closing and challenge events in blocks [from, to].
func (l *L1) CloseEvents(ctx context.Context, from, to uint64) ([]CloseEvent, error) {
	closing := l.abi.GetABI().Events[bindings.ChannelsChannelClosingEventName].ID
	challenged := l.abi.GetABI().Events[bindings.ChannelsChannelChallengedEventName].ID
	logs, err := l.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{l.contract},
		Topics:    [][]common.Hash{{closing, challenged}},
	})
	if err != nil {
		return nil, fmt.Errorf("reading close events in blocks %d-%d: %w", from, to, err)
	}
	var out []CloseEvent
	for i := range logs {
		lg := &logs[i]
		if ev, err := l.abi.UnpackChannelClosingEvent(lg); err == nil {
			out = append(out, CloseEvent{ChannelID: ev.ChannelId, Nonce: ev.Nonce, Block: lg.BlockNumber, By: ev.Closer})
		} else if ev, err := l.abi.UnpackChannelChallengedEvent(lg); err == nil {
			out = append(out, CloseEvent{ChannelID: ev.ChannelId, Nonce: ev.Nonce, Block: lg.BlockNumber, By: ev.Challenger})
		}
	}
	return out, nil
}
