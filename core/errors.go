package core

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"
)

// Transaction validity errors. Where go-ethereum has an error for the same
// rule, the text is the same, because wallets and libraries match on it.
var (
	ErrNonceTooLow         = errors.New("nonce too low")
	ErrNonceTooHigh        = errors.New("nonce too high")
	ErrNonceMax            = errors.New("nonce has max value")
	ErrInsufficientFunds   = errors.New("insufficient funds for gas * price + value")
	ErrIntrinsicGas        = errors.New("intrinsic gas too low")
	ErrGasLimitTooHigh     = errors.New("transaction gas limit too high")
	ErrTipAboveFeeCap      = errors.New("max priority fee per gas higher than max fee per gas")
	ErrTipVeryHigh         = errors.New("max priority fee per gas higher than 2^256-1")
	ErrFeeCapVeryHigh      = errors.New("max fee per gas higher than 2^256-1")
	ErrFeeCapTooLow        = errors.New("max fee per gas less than block base fee")
	ErrInvalidSender       = errors.New("invalid sender")
	ErrTxTypeNotSupported  = types.ErrTxTypeNotSupported // "transaction type not supported"
	ErrInvalidChainID      = types.ErrInvalidChainId     // "invalid chain id for signer"
	ErrUnprotectedTx       = errors.New("only replay-protected (EIP-155) transactions allowed over RPC")
	ErrContractCreation    = errors.New("contract creation is not supported")
	ErrAccessList          = errors.New("access lists are not supported")
	ErrUnsupportedCalldata = errors.New("unsupported calldata: only ERC-20 transfer(address,uint256) is supported")
	ErrValueWithTokenCall  = errors.New("ETH value must be zero in an ERC-20 transfer")
	ErrZeroAmount          = errors.New("amount must be positive")
	ErrValueTooLarge       = errors.New("value higher than 2^256-1")
	ErrTokenBalanceTooLow  = errors.New("insufficient token balance for transfer")
	ErrBalanceOverflow     = errors.New("recipient balance would exceed 2^256-1")
	ErrBridgeNotToken      = errors.New("the bridge address is not a token")
)

// Block validity errors.
var (
	ErrTooManyTxs         = fmt.Errorf("block has more than %d transactions", MaxTxsPerBlock)
	ErrTooManyQueueItems  = fmt.Errorf("block applies more than %d queue items", MaxQueueItemsPerBlock)
	ErrTxDataTooLarge     = fmt.Errorf("block tx data exceeds %d bytes", MaxTxDataBytes)
	ErrBadParentHash      = errors.New("parent hash does not match the parent header")
	ErrBadNumber          = errors.New("block number is not parent's plus one")
	ErrTimestampTooLow    = errors.New("timestamp is before the parent's")
	ErrBadQueueCursor     = errors.New("queue cursor does not match the queue items applied")
	ErrBadTxDataHash      = errors.New("tx data hash does not match the tx data")
	ErrBadStateRoot       = errors.New("state root does not match the execution")
	ErrBadWithdrawalsRoot = errors.New("withdrawals root does not match the execution")
	ErrBadFeeRecipient    = errors.New("fee recipient differs")
	ErrFeeCreditOverflow  = errors.New("fee credit would exceed 2^256-1")
	ErrMalformedTxData    = errors.New("malformed tx data")
	ErrMalformedHeader    = errors.New("malformed block header")
	ErrMalformedQueueItem = errors.New("malformed queue item")
)

// TxError is a transaction that breaks a rule: which one, and at which index
// of its block.
type TxError struct {
	Index int
	Err   error
}

func (e *TxError) Error() string { return fmt.Sprintf("tx %d: %v", e.Index, e.Err) }
func (e *TxError) Unwrap() error { return e.Err }

// QueueError is a queue item that could not be applied.
type QueueError struct {
	Index uint64 // the item's index in the L1 queue
	Err   error
}

func (e *QueueError) Error() string { return fmt.Sprintf("queue item %d: %v", e.Index, e.Err) }
func (e *QueueError) Unwrap() error { return e.Err }
