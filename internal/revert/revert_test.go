package revert

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// dataError is a JSON-RPC error with revert data, as a node answers an
// eth_call or eth_estimateGas that reverted.
type dataError struct{ data string }

func (e dataError) Error() string          { return "execution reverted" }
func (e dataError) ErrorCode() int         { return 3 }
func (e dataError) ErrorData() interface{} { return e.data }

func pack(t *testing.T, a abi.ABI, name string, args ...any) []byte {
	t.Helper()
	e, ok := a.Errors[name]
	if !ok {
		t.Fatalf("no error %s", name)
	}
	b, err := e.Inputs.Pack(args...)
	if err != nil {
		t.Fatalf("packing %s: %v", name, err)
	}
	return append(append([]byte{}, e.ID[:4]...), b...)
}

// TestExplainSaysWhatIsWrong: the custom errors a user meets (a token's,
// the Rollup's, the Channels contract's) come out as sentences with their
// arguments, amounts in the caller's units, from the revert data of a
// txmgr.RevertError or of a node's JSON-RPC error, and the result still
// unwraps to what it explains. Data of no known error, and errors without
// data, come back unchanged.
func TestExplainSaysWhatIsWrong(t *testing.T) {
	erc20, rollup, channels := bindings.NewIERC20Errors().GetABI(), bindings.NewRollup().GetABI(), bindings.NewChannels().GetABI()
	who := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	units := func(v *big.Int) string { return new(big.Int).Div(v, big.NewInt(1e18)).String() + " TST" }
	e18 := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	for _, tc := range []struct {
		data []byte
		name string
		want string
	}{
		{pack(t, erc20, "ERC20InsufficientBalance", who, e18(5), e18(7)), "ERC20InsufficientBalance", "the token refused: " + who.Hex() + " holds 5 TST on L1, less than the 7 TST needed"},
		{pack(t, erc20, "ERC20InsufficientAllowance", who, e18(1), e18(2)), "ERC20InsufficientAllowance", "may spend only 1 TST of it, less than the 2 TST needed"},
		{pack(t, rollup, "WithdrawalAlreadyFinalized", uint64(12), uint32(3)), "WithdrawalAlreadyFinalized", "withdrawal 3 of L2 block 12 was paid out on L1 already"},
		{pack(t, rollup, "ChallengeWindowOpen", big.NewInt(4), big.NewInt(1700)), "ChallengeWindowOpen", "batch 4 is still in its challenge window, until L1 time 1700"},
		{pack(t, rollup, "DepositTooSmall", e18(1), e18(2)), "DepositTooSmall", "at least 2 TST, not 1 TST"},
		{pack(t, rollup, "ZeroAmount"), "ZeroAmount", "the amount must be more than 0"},
		{pack(t, channels, "InvalidChallengePeriod", uint64(1), uint64(2), uint64(60)), "InvalidChallengePeriod", "a challenge period of 1 s is outside what this Channels contract allows (2 to 60 s)"},
		{pack(t, channels, "ChallengePeriodNotOver", uint64(99)), "ChallengePeriodNotOver", "it ends at L1 time 99"},
		{pack(t, channels, "StaleState", uint64(3), uint64(5)), "StaleState", "L1 holds a newer state (nonce 5) than the one sent (nonce 3)"},
		{pack(t, channels, "WrongStatus", [32]byte{1}, uint8(2)), "WrongStatus", "is closing on L1"},
		// Not explained in words, still named with its arguments.
		{pack(t, rollup, "TooManyBlobs", big.NewInt(6)), "TooManyBlobs", "L1 refused: TooManyBlobs[6]"},
	} {
		for _, err := range []error{&txmgr.RevertError{Data: tc.data}, dataError{hexutil.Encode(tc.data)}} {
			got := Explain(err, units)
			var e *Error
			if !errors.As(got, &e) || e.Name != tc.name || !strings.Contains(got.Error(), tc.want) || !strings.Contains(got.Error(), tc.name) {
				t.Errorf("Explain(%s via %T) = %v; want %s saying %q", tc.name, err, got, tc.name, tc.want)
			}
			if !errors.Is(got, err) {
				t.Errorf("Explain(%s) does not unwrap to the error it explains", tc.name)
			}
		}
	}
	if got := Explain(&txmgr.RevertError{Data: pack(t, erc20, "ERC20InsufficientBalance", who, big.NewInt(5), big.NewInt(7))}, nil); !strings.Contains(got.Error(), "holds 5 (base units)") {
		t.Errorf("without units: %v", got)
	}
	for _, err := range []error{
		errors.New("connection refused"),
		&txmgr.RevertError{},
		&txmgr.RevertError{Data: []byte{1, 2, 3, 4, 5}},
		&txmgr.RevertError{Data: []byte{1, 2}},
		dataError{"not hex"},
	} {
		if got := Explain(err, nil); got != err {
			t.Errorf("Explain(%v) = %v, want it unchanged", err, got)
		}
	}
	if Explain(nil, nil) != nil {
		t.Error("Explain(nil) is not nil")
	}
}

// FuzzExplain: any revert data, a known selector with any arguments
// included, is explained or left alone, never a panic.
func FuzzExplain(f *testing.F) {
	for _, a := range []abi.ABI{bindings.NewIERC20Errors().GetABI(), bindings.NewRollup().GetABI(), bindings.NewChannels().GetABI()} {
		for _, e := range a.Errors {
			f.Add(append(append([]byte{}, e.ID[:4]...), make([]byte, 40)...))
		}
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		err := &txmgr.RevertError{Data: data}
		got := Explain(err, nil)
		if got == nil || !errors.Is(got, err) {
			t.Fatalf("Explain(%x) = %v", data, got)
		}
	})
}
