// Package revert says in words why an L1 call reverted: the custom errors
// of Viaduct's contracts (Rollup, Channels) and of ERC-20 tokens
// (OpenZeppelin's IERC20Errors), decoded from the revert data with their
// generated bindings, not by hand. The command line and the channel peer
// show these sentences instead of a bare "execution reverted".
package revert

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// Error is a revert said in words. Unwrap gives the error it explains
// (a *txmgr.RevertError or the node's answer), so errors.Is(err,
// txmgr.ErrReverted) still holds.
type Error struct {
	// Name is the custom error's name (ERC20InsufficientBalance, ...).
	Name string
	// Reason says what is wrong, in words.
	Reason string
	err    error
}

func (e *Error) Error() string { return fmt.Sprintf("%s (L1 reverted with %s)", e.Reason, e.Name) }

// Unwrap gives the error explained.
func (e *Error) Unwrap() error { return e.err }

// Amount prints an amount in base units for a message; nil prints the
// number of base units.
type Amount func(v *big.Int) string

var (
	rollupABI   = bindings.NewRollup()
	channelsABI = bindings.NewChannels()
	erc20ABI    = bindings.NewIERC20Errors()
	allABIs     = func() []abi.ABI {
		return []abi.ABI{rollupABI.GetABI(), channelsABI.GetABI(), erc20ABI.GetABI()}
	}()
)

// ABIs are the ABIs whose errors Explain decodes, for a txmgr.Config.ABIs
// that names them in its RevertError too.
func ABIs() []*abi.ABI {
	out := make([]*abi.ABI, len(allABIs))
	for i := range allABIs {
		out[i] = &allABIs[i]
	}
	return out
}

// Data is the revert data that err carries (a *txmgr.RevertError, or a
// JSON-RPC error with data), or nil.
func Data(err error) []byte {
	var re *txmgr.RevertError
	if errors.As(err, &re) && len(re.Data) > 0 {
		return re.Data
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if b, derr := hexutil.Decode(s); derr == nil {
				return b
			}
		}
	}
	return nil
}

// Explain returns err said in words when it carries the revert data of a
// custom error of the Rollup, the Channels contract or an ERC-20, with
// amounts printed by amount (nil: base units); any other error comes back
// as it is.
func Explain(err error, amount Amount) error {
	if err == nil {
		return nil
	}
	data := Data(err)
	if len(data) < 4 {
		return err
	}
	if amount == nil {
		amount = func(v *big.Int) string { return v.String() + " (base units)" }
	}
	name, reason := explain(data, amount)
	if name == "" {
		return err
	}
	return &Error{Name: name, Reason: reason, err: err}
}

var channelStatuses = []string{"not open", "open", "closing", "closed"}

func explain(data []byte, amount Amount) (name, reason string) {
	if e, err := erc20ABI.UnpackError(data); err == nil {
		switch e := e.(type) {
		case *bindings.IERC20ErrorsERC20InsufficientBalance:
			return "ERC20InsufficientBalance", fmt.Sprintf("the token refused: %s holds %s on L1, less than the %s needed", e.Sender, amount(e.Balance), amount(e.Needed))
		case *bindings.IERC20ErrorsERC20InsufficientAllowance:
			return "ERC20InsufficientAllowance", fmt.Sprintf("the token refused: %s may spend only %s of it, less than the %s needed (approve more first)", e.Spender, amount(e.Allowance), amount(e.Needed))
		case *bindings.IERC20ErrorsERC20InvalidReceiver:
			return "ERC20InvalidReceiver", fmt.Sprintf("the token refused to pay %s", e.Receiver)
		case *bindings.IERC20ErrorsERC20InvalidSender:
			return "ERC20InvalidSender", fmt.Sprintf("the token refused to take from %s", e.Sender)
		case *bindings.IERC20ErrorsERC20InvalidSpender:
			return "ERC20InvalidSpender", fmt.Sprintf("the token refused spender %s", e.Spender)
		case *bindings.IERC20ErrorsERC20InvalidApprover:
			return "ERC20InvalidApprover", fmt.Sprintf("the token refused approver %s", e.Approver)
		}
	}
	if e, err := rollupABI.UnpackError(data); err == nil {
		switch e := e.(type) {
		case *bindings.RollupWithdrawalAlreadyFinalized:
			return "WithdrawalAlreadyFinalized", fmt.Sprintf("withdrawal %d of L2 block %d was paid out on L1 already; a withdrawal is paid once", e.Index, e.BlockNumber)
		case *bindings.RollupChallengeWindowOpen:
			return "ChallengeWindowOpen", fmt.Sprintf("batch %s is still in its challenge window, until L1 time %s", e.BatchIndex, e.FinalAt)
		case *bindings.RollupBadWithdrawalProof:
			return "BadWithdrawalProof", fmt.Sprintf("the Rollup refused the proof of withdrawal %d of L2 block %d", e.Index, e.BlockNumber)
		case *bindings.RollupDepositTooLarge:
			return "DepositTooLarge", fmt.Sprintf("the Rollup takes a deposit of at most %s, not %s", amount(e.Max), amount(e.Amount))
		case *bindings.RollupDepositTooSmall:
			return "DepositTooSmall", fmt.Sprintf("the Rollup takes a deposit of at least %s, not %s", amount(e.Min), amount(e.Amount))
		case *bindings.RollupZeroAmount:
			return "ZeroAmount", "the amount must be more than 0"
		case *bindings.RollupInvalidRecipient:
			return "InvalidRecipient", fmt.Sprintf("the Rollup refuses %s as a recipient", e.Recipient)
		case *bindings.RollupInvalidToken:
			return "InvalidToken", fmt.Sprintf("the Rollup cannot bridge %s: it is not an ERC-20 it can hold", e.Token)
		case *bindings.RollupUnknownBatch:
			return "UnknownBatch", fmt.Sprintf("the Rollup holds no batch %s", e.BatchIndex)
		case *bindings.RollupNotSequencer:
			return "NotSequencer", fmt.Sprintf("%s is not the sequencer, and the inclusion window is not open", e.Caller)
		case *bindings.RollupWrongBond:
			return "WrongBond", fmt.Sprintf("the bond must be %s, not %s", amount(e.Required), amount(e.Sent))
		case *bindings.RollupNothingToClaim:
			return "NothingToClaim", fmt.Sprintf("%s has nothing to claim", e.Account)
		}
	}
	if e, err := channelsABI.UnpackError(data); err == nil {
		switch e := e.(type) {
		case *bindings.ChannelsChallengePeriodNotOver:
			return "ChallengePeriodNotOver", fmt.Sprintf("the channel's challenge period is not over: it ends at L1 time %d", e.ClosesAt)
		case *bindings.ChannelsChallengePeriodOver:
			return "ChallengePeriodOver", fmt.Sprintf("the channel's challenge period ended at L1 time %d", e.ClosesAt)
		case *bindings.ChannelsInvalidChallengePeriod:
			return "InvalidChallengePeriod", fmt.Sprintf("a challenge period of %d s is outside what this Channels contract allows (%d to %d s)", e.Period, e.Min, e.Max)
		case *bindings.ChannelsChallengePeriodTooLong:
			return "ChallengePeriodTooLong", fmt.Sprintf("a challenge period of %d s is longer than %d s", e.Period, e.Limit)
		case *bindings.ChannelsStaleState:
			return "StaleState", fmt.Sprintf("L1 holds a newer state (nonce %d) than the one sent (nonce %d)", e.CurrentNonce, e.Nonce)
		case *bindings.ChannelsWrongStatus:
			st := fmt.Sprint(e.Status)
			if int(e.Status) < len(channelStatuses) {
				st = channelStatuses[e.Status]
			}
			return "WrongStatus", fmt.Sprintf("channel %s is %s on L1", common.Hash(e.ChannelId), st)
		case *bindings.ChannelsNotParty:
			return "NotParty", fmt.Sprintf("%s is not a party of channel %s", e.Caller, common.Hash(e.ChannelId))
		case *bindings.ChannelsInvalidSignature:
			return "InvalidSignature", fmt.Sprintf("a signature recovers to %s, not to a party of the channel", e.Signer)
		case *bindings.ChannelsInsufficientBalance:
			return "InsufficientBalance", fmt.Sprintf("the balance is %s, less than the %s needed", amount(e.Balance), amount(e.Needed))
		case *bindings.ChannelsValueMismatch:
			return "ValueMismatch", fmt.Sprintf("the ETH sent (%s) is not the amount (%s)", amount(e.Value), amount(e.Amount))
		case *bindings.ChannelsZeroDeposit:
			return "ZeroDeposit", "a deposit must be more than 0"
		case *bindings.ChannelsInvalidCounterparty:
			return "InvalidCounterparty", fmt.Sprintf("%s cannot be the counterparty", e.PartyB)
		case *bindings.ChannelsStateExceedsDeposits:
			return "StateExceedsDeposits", fmt.Sprintf("the state counts deposits of %s and %s, more than L1 holds (%s and %s)", amount(e.StateDepositA), amount(e.StateDepositB), amount(e.DepositA), amount(e.DepositB))
		case *bindings.ChannelsBalancesDoNotSumToDeposits:
			return "BalancesDoNotSumToDeposits", fmt.Sprintf("the balances %s and %s do not sum to the deposits %s", amount(e.BalanceA), amount(e.BalanceB), amount(e.Deposits))
		}
	}
	// Any other custom error of the three: its name and arguments.
	for i := range allABIs {
		for _, e := range allABIs[i].Errors {
			if len(data) >= 4 && string(e.ID[:4]) == string(data[:4]) {
				args, err := e.Unpack(data)
				if err != nil {
					return e.Name, fmt.Sprintf("L1 refused: %s with data %#x", e.Name, data)
				}
				return e.Name, fmt.Sprintf("L1 refused: %s%v", e.Name, args)
			}
		}
	}
	return "", ""
}
