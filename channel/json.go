package channel

import (
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
)

// The JSON form of states: amounts as decimal strings, signatures as 0x
// hex. Explicit methods, because uint256.Int marshals as text only through
// a pointer, and a State passed by value would otherwise come out as an
// array of limbs.

type stateJSON struct {
	ChannelID common.Hash   `json:"channelId"`
	Nonce     uint64        `json:"nonce"`
	DepositA  *uint256.Int  `json:"depositA"`
	DepositB  *uint256.Int  `json:"depositB"`
	BalanceA  *uint256.Int  `json:"balanceA"`
	BalanceB  *uint256.Int  `json:"balanceB"`
	SigA      hexutil.Bytes `json:"sigA,omitempty"`
	SigB      hexutil.Bytes `json:"sigB,omitempty"`
}

func (s *State) toJSON() stateJSON {
	return stateJSON{ChannelID: s.ChannelID, Nonce: s.Nonce,
		DepositA: &s.DepositA, DepositB: &s.DepositB, BalanceA: &s.BalanceA, BalanceB: &s.BalanceB}
}

func (j *stateJSON) state() (State, error) {
	if j.DepositA == nil || j.DepositB == nil || j.BalanceA == nil || j.BalanceB == nil {
		return State{}, fmt.Errorf("%w: state without depositA, depositB, balanceA or balanceB", ErrEncoding)
	}
	return State{ChannelID: j.ChannelID, Nonce: j.Nonce,
		DepositA: *j.DepositA, DepositB: *j.DepositB, BalanceA: *j.BalanceA, BalanceB: *j.BalanceB}, nil
}

// MarshalJSON encodes the state.
func (s State) MarshalJSON() ([]byte, error) {
	j := s.toJSON()
	return json.Marshal(&j)
}

// UnmarshalJSON decodes a state; every field is required.
func (s *State) UnmarshalJSON(b []byte) error {
	var j stateJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	st, err := j.state()
	if err != nil {
		return err
	}
	*s = st
	return nil
}

// MarshalJSON encodes the state with its signatures.
func (ss SignedState) MarshalJSON() ([]byte, error) {
	j := ss.toJSON()
	j.SigA, j.SigB = ss.SigA, ss.SigB
	return json.Marshal(&j)
}

// UnmarshalJSON decodes a state with its signatures.
func (ss *SignedState) UnmarshalJSON(b []byte) error {
	var j stateJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	st, err := j.state()
	if err != nil {
		return err
	}
	*ss = SignedState{State: st, SigA: j.SigA, SigB: j.SigB}
	return nil
}

// MarshalJSON encodes the status with its amounts as decimal strings, by
// value as well as through a pointer.
func (s ChannelStatus) MarshalJSON() ([]byte, error) {
	type plain ChannelStatus // without this method
	return json.Marshal(&struct {
		plain
		MyBalance  *uint256.Int `json:"myBalance"`
		L1DepositA *uint256.Int `json:"l1DepositA"`
		L1DepositB *uint256.Int `json:"l1DepositB"`
	}{plain(s), &s.MyBalance, &s.L1DepositA, &s.L1DepositB})
}
