package channel

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/holiman/uint256"
)

// TestStatusAmountsAreDecimalStrings: channelctl_status's answer, encoded
// by value (as the command line prints it) or through a pointer (as the
// RPC server does), carries every amount as a decimal string, exact past
// 2^64 wei, and decodes back to the same amounts.
func TestStatusAmountsAreDecimalStrings(t *testing.T) {
	big := uint256.MustFromDecimal("50010001000000000000000000") // over 2^64
	ss := SignedState{State: State{Nonce: 3, DepositA: *big, BalanceA: *big}}
	st := ChannelStatus{Latest: &ss, MyBalance: *big, L1DepositA: *big, L1DepositB: *uint256.NewInt(7)}
	for _, v := range []any{st, &st} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for _, want := range []string{`"myBalance":"50010001000000000000000000"`, `"l1DepositA":"50010001000000000000000000"`, `"l1DepositB":"7"`, `"balanceA":"50010001000000000000000000"`} {
			if !strings.Contains(s, want) {
				t.Errorf("%T encodes as %s; want %s", v, s, want)
			}
		}
		if strings.Contains(s, `":[`) {
			t.Errorf("an amount came out as an array of limbs: %s", s)
		}
		var back ChannelStatus
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if !back.MyBalance.Eq(big) || !back.L1DepositA.Eq(big) || back.L1DepositB.Uint64() != 7 || !back.Latest.BalanceA.Eq(big) {
			t.Errorf("decoded back to %+v", back)
		}
	}
}
