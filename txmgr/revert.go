package txmgr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// RevertError is a call that reverted: refused at the gas estimate (nothing
// was sent, Receipt is nil) or mined and failed (Receipt is its receipt).
// errors.Is(err, ErrReverted) holds for it, and the node's own error stays
// in the chain (errors.As finds its rpc.DataError).
type RevertError struct {
	// Data is the revert data: what the contract returned with REVERT. It
	// is nil when the node did not give any (a bare revert, out of gas, or
	// a mined failure that did not fail again when replayed).
	Data []byte
	// Name is what Data decodes to: "Error" (a revert reason string),
	// "Panic", or the name of a custom error found in Config.ABIs; empty
	// when it does not decode.
	Name string
	// Reason is Data decoded for people: the reason string, the panic
	// code, or the custom error with its arguments.
	Reason string
	// Receipt is the failed transaction's receipt when it was mined.
	Receipt *types.Receipt

	err error // the node's answer to the estimate
}

func (e *RevertError) Error() string {
	var b strings.Builder
	if e.Receipt != nil {
		fmt.Fprintf(&b, "transaction %s reverted in block %s: ", e.Receipt.TxHash, e.Receipt.BlockNumber)
	}
	b.WriteString("execution reverted")
	switch {
	case e.Reason != "":
		b.WriteString(": " + e.Reason)
	case len(e.Data) > 0:
		fmt.Fprintf(&b, ": data %#x", e.Data)
	case e.err != nil && !strings.Contains(e.err.Error(), "execution reverted"):
		b.WriteString(": " + e.err.Error())
	}
	return b.String()
}

// Unwrap gives ErrReverted and the node's error.
func (e *RevertError) Unwrap() []error {
	if e.err == nil {
		return []error{ErrReverted}
	}
	return []error{ErrReverted, e.err}
}

// Selector is the revert data's 4-byte error selector, or nil.
func (e *RevertError) Selector() []byte {
	if len(e.Data) < 4 {
		return nil
	}
	return e.Data[:4]
}

var (
	errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
	panicType, _  = abi.NewType("uint256", "", nil)
)

// decodeRevert names revert data: a reason string, a panic code, or a
// custom error of one of abis. It never fails: data it cannot decode gets
// empty names.
func decodeRevert(data []byte, abis []*abi.ABI) (name, reason string) {
	if len(data) < 4 {
		return "", ""
	}
	switch {
	case bytes.Equal(data[:4], errorSelector):
		if s, err := abi.UnpackRevert(data); err == nil {
			return "Error", s
		}
		return "", ""
	case bytes.Equal(data[:4], panicSelector):
		if v, err := (abi.Arguments{{Type: panicType}}).Unpack(data[4:]); err == nil && len(v) == 1 {
			if code, ok := v[0].(*big.Int); ok {
				return "Panic", fmt.Sprintf("panic %#x", code)
			}
		}
		return "", ""
	}
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			if !bytes.Equal(e.ID[:4], data[:4]) {
				continue
			}
			args, err := e.Unpack(data)
			if err != nil {
				// The selector matches but the arguments do not: name it,
				// keep the raw data in the message.
				return e.Name, fmt.Sprintf("%s(?) with data %#x", e.Name, data)
			}
			return e.Name, e.Name + formatArgs(args)
		}
	}
	return "", ""
}

func formatArgs(v interface{}) string {
	args, ok := v.([]interface{})
	if !ok {
		return fmt.Sprintf("(%v)", v)
	}
	parts := make([]string, len(args))
	for i, a := range args {
		switch x := a.(type) {
		case []byte:
			parts[i] = hexutil.Encode(x)
		case [32]byte:
			parts[i] = common.Hash(x).Hex()
		case common.Address:
			parts[i] = x.Hex()
		default:
			parts[i] = fmt.Sprint(x)
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// revertFromCall turns a node's answer to eth_estimateGas or eth_call into
// a *RevertError if the call reverted; other errors come back as they are.
func revertFromCall(err error, abis []*abi.ABI) (*RevertError, bool) {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return nil, false
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(s); derr == nil {
				name, reason := decodeRevert(data, abis)
				return &RevertError{Data: data, Name: name, Reason: reason, err: err}, true
			}
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return &RevertError{err: err}, true
	}
	return nil, false
}
