package txmgr

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

const testErrorsABI = `[
 {"type":"error","name":"NoFraud","inputs":[]},
 {"type":"error","name":"TooLate","inputs":[{"name":"deadline","type":"uint64"},{"name":"who","type":"address"}]}
]`

func testABI(t testing.TB) *abi.ABI {
	a, err := abi.JSON(strings.NewReader(testErrorsABI))
	if err != nil {
		t.Fatal(err)
	}
	return &a
}

func packError(t testing.TB, a *abi.ABI, name string, args ...interface{}) []byte {
	e := a.Errors[name]
	data, err := e.Inputs.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte(nil), e.ID[:4]...), data...)
}

func TestDecodeRevert(t *testing.T) {
	a := testABI(t)
	reason, _ := (abi.Arguments{{Type: mustType("string")}}).Pack("not yet")
	panicArg, _ := (abi.Arguments{{Type: mustType("uint256")}}).Pack(big.NewInt(0x11))
	for _, tc := range []struct {
		name             string
		data             []byte
		wantName, reason string
	}{
		{"reason string", append(crypto.Keccak256([]byte("Error(string)"))[:4], reason...), "Error", "not yet"},
		{"panic", append(crypto.Keccak256([]byte("Panic(uint256)"))[:4], panicArg...), "Panic", "panic 0x11"},
		{"custom, no args", packError(t, a, "NoFraud"), "NoFraud", "NoFraud()"},
		{"custom with args", packError(t, a, "TooLate", uint64(9), [20]byte{0xaa}), "TooLate", "TooLate(9, " + common.Address{0xaa}.Hex() + ")"},
		{"custom, truncated args", packError(t, a, "TooLate", uint64(9), [20]byte{0xaa})[:20], "TooLate", ""},
		{"unknown selector", []byte{1, 2, 3, 4, 5}, "", ""},
		{"short", []byte{1, 2}, "", ""},
		{"empty", nil, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name, reason := decodeRevert(tc.data, []*abi.ABI{nil, a})
			if name != tc.wantName || (tc.reason != "" && reason != tc.reason) {
				t.Fatalf("decodeRevert = %q %q, want %q %q", name, reason, tc.wantName, tc.reason)
			}
		})
	}
}

// dataErr is what go-ethereum's RPC client gives for a reverted call.
type dataErr struct{ data string }

func (e dataErr) Error() string          { return "execution reverted" }
func (e dataErr) ErrorCode() int         { return 3 }
func (e dataErr) ErrorData() interface{} { return e.data }

// TestRevertErrorKeepsTheNodesError: a RevertError is ErrReverted and
// still carries the node's error, so code that reads the rpc.DataError
// (l1.RevertName) keeps working.
func TestRevertErrorKeepsTheNodesError(t *testing.T) {
	a := testABI(t)
	node := dataErr{hexutil.Encode(packError(t, a, "NoFraud"))}
	re, ok := revertFromCall(node, []*abi.ABI{a})
	if !ok || re.Name != "NoFraud" || !errors.Is(re, ErrReverted) || !errors.Is(re, error(node)) {
		t.Fatalf("revertFromCall = %v, %v", re, ok)
	}
	if got := re.Error(); got != "execution reverted: NoFraud()" {
		t.Fatalf("message %q", got)
	}
	if _, ok := revertFromCall(errString("insufficient funds for transfer"), nil); ok {
		t.Fatal("a non-revert error taken for a revert")
	}
	if re, ok := revertFromCall(errString("execution reverted"), nil); !ok || re.Data != nil {
		t.Fatal("a bare revert without data not recognized")
	}
}

func mustType(s string) abi.Type {
	ty, err := abi.NewType(s, "", nil)
	if err != nil {
		panic(err)
	}
	return ty
}

// FuzzDecodeRevert: revert data is whatever a contract (or a lying node)
// returns; decoding it never fails or panics, and a reason string comes
// back as it was packed.
func FuzzDecodeRevert(f *testing.F) {
	a := testABI(f)
	reason, _ := (abi.Arguments{{Type: mustType("string")}}).Pack("x")
	f.Add(append(crypto.Keccak256([]byte("Error(string)"))[:4], reason...))
	f.Add(packError(f, a, "TooLate", uint64(1), [20]byte{}))
	f.Add([]byte{0x4e, 0x48, 0x7b, 0x71})
	f.Fuzz(func(t *testing.T, data []byte) {
		name, _ := decodeRevert(data, []*abi.ABI{a})
		if name == "Error" {
			s, err := abi.UnpackRevert(data)
			if err != nil {
				t.Fatalf("named Error but does not unpack: %v", err)
			}
			if packed, _ := (abi.Arguments{{Type: mustType("string")}}).Pack(s); len(packed) == 0 {
				t.Fatal("reason does not pack")
			}
		}
		_ = (&RevertError{Data: data, Name: name}).Error()
	})
}
