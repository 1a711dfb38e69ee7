package core

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// QueueKind is the kind of an L1 queue item.
type QueueKind uint8

const (
	// QueueDepositETH credits Amount wei to To on L2.
	QueueDepositETH QueueKind = 1
	// QueueDepositToken credits Amount of Token to To on L2.
	QueueDepositToken QueueKind = 2
	// QueueForcedWithdrawal withdraws up to Amount of Token (ETH if zero)
	// from From's L2 balance to To on L1. From is the L1 msg.sender: the
	// owner asks for it on L1, no L2 signature needed.
	QueueForcedWithdrawal QueueKind = 3
)

func (k QueueKind) String() string {
	switch k {
	case QueueDepositETH:
		return "deposit-eth"
	case QueueDepositToken:
		return "deposit-token"
	case QueueForcedWithdrawal:
		return "forced-withdrawal"
	}
	return fmt.Sprintf("queue-kind(%d)", uint8(k))
}

// QueueItemSize is the length of an encoded queue item.
const QueueItemSize = 1 + 20 + 20 + 20 + 32

// QueueItem is one entry of the L1 queue (D6): a deposit or a forced
// withdrawal. Blocks apply queue items in queue order, before their
// transactions. The L1 contract stores keccak256 of each item's encoding, so a
// fraud proof can check an item without trusting anyone.
type QueueItem struct {
	Kind   QueueKind
	From   common.Address // L1 sender
	To     common.Address // L2 recipient (deposits) or L1 recipient (forced withdrawal)
	Token  common.Address // zero for ETH
	Amount uint256.Int
}

// Encode returns kind (1) ‖ from (20) ‖ to (20) ‖ token (20) ‖ amount (32):
// abi.encodePacked(uint8, address, address, address, uint256).
func (q *QueueItem) Encode() []byte {
	b := make([]byte, QueueItemSize)
	b[0] = byte(q.Kind)
	copy(b[1:21], q.From[:])
	copy(b[21:41], q.To[:])
	copy(b[41:61], q.Token[:])
	q.Amount.WriteToSlice(b[61:93])
	return b
}

// Hash returns keccak256 of the encoded item, as the L1 queue stores it.
func (q *QueueItem) Hash() common.Hash { return crypto.Keccak256Hash(q.Encode()) }

// DecodeQueueItem decodes an encoded queue item and checks it is well formed.
func DecodeQueueItem(b []byte) (*QueueItem, error) {
	if len(b) != QueueItemSize {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrMalformedQueueItem, len(b), QueueItemSize)
	}
	q := &QueueItem{Kind: QueueKind(b[0])}
	copy(q.From[:], b[1:21])
	copy(q.To[:], b[21:41])
	copy(q.Token[:], b[41:61])
	q.Amount.SetBytes32(b[61:93])
	if err := q.Check(); err != nil {
		return nil, err
	}
	return q, nil
}

// Check reports whether the item is well formed: a known kind, and a token
// exactly when the kind has one.
func (q *QueueItem) Check() error {
	switch q.Kind {
	case QueueDepositETH:
		if q.Token != (common.Address{}) {
			return fmt.Errorf("%w: ETH deposit names token %s", ErrMalformedQueueItem, q.Token)
		}
	case QueueDepositToken:
		if q.Token == (common.Address{}) {
			return fmt.Errorf("%w: token deposit without a token", ErrMalformedQueueItem)
		}
	case QueueForcedWithdrawal:
	default:
		return fmt.Errorf("%w: unknown kind %d", ErrMalformedQueueItem, q.Kind)
	}
	return nil
}
