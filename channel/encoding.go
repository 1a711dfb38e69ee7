package channel

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The binary form of a SignedState, as the store keeps it:
//
//	channelId (32) | nonce (8, big-endian) | depositA | depositB | balanceA | balanceB (32 each)
//	| len(sigA) (1) | sigA | len(sigB) (1) | sigB
//
// A signature is either absent (length 0) or 65 bytes.
const stateFixedLen = 32 + 8 + 4*32

// ErrEncoding is returned for bytes that are not a valid encoding.
var ErrEncoding = errors.New("invalid encoding")

// MarshalBinary encodes the signed state.
func (ss *SignedState) MarshalBinary() ([]byte, error) {
	if len(ss.SigA) > 255 || len(ss.SigB) > 255 {
		return nil, fmt.Errorf("%w: signature longer than 255 bytes", ErrEncoding)
	}
	out := make([]byte, stateFixedLen, stateFixedLen+2+len(ss.SigA)+len(ss.SigB))
	copy(out, ss.ChannelID[:])
	binary.BigEndian.PutUint64(out[32:], ss.Nonce)
	ss.DepositA.PutUint256(out[40:72])
	ss.DepositB.PutUint256(out[72:104])
	ss.BalanceA.PutUint256(out[104:136])
	ss.BalanceB.PutUint256(out[136:168])
	out = append(out, byte(len(ss.SigA)))
	out = append(out, ss.SigA...)
	out = append(out, byte(len(ss.SigB)))
	out = append(out, ss.SigB...)
	return out, nil
}

// UnmarshalBinary decodes what MarshalBinary produced, refusing trailing
// bytes and signatures of any length but 0 or 65, so that every accepted
// input has exactly one encoding.
func (ss *SignedState) UnmarshalBinary(b []byte) error {
	if len(b) < stateFixedLen+2 {
		return fmt.Errorf("%w: %d bytes, need at least %d", ErrEncoding, len(b), stateFixedLen+2)
	}
	var out SignedState
	copy(out.ChannelID[:], b[:32])
	out.Nonce = binary.BigEndian.Uint64(b[32:40])
	out.DepositA.SetBytes32(b[40:72])
	out.DepositB.SetBytes32(b[72:104])
	out.BalanceA.SetBytes32(b[104:136])
	out.BalanceB.SetBytes32(b[136:168])
	rest := b[stateFixedLen:]
	var err error
	if out.SigA, rest, err = readSig(rest); err != nil {
		return fmt.Errorf("signature A: %w", err)
	}
	if out.SigB, rest, err = readSig(rest); err != nil {
		return fmt.Errorf("signature B: %w", err)
	}
	if len(rest) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrEncoding, len(rest))
	}
	*ss = out
	return nil
}

func readSig(b []byte) ([]byte, []byte, error) {
	if len(b) < 1 {
		return nil, nil, fmt.Errorf("%w: missing length", ErrEncoding)
	}
	n := int(b[0])
	if n != 0 && n != 65 {
		return nil, nil, fmt.Errorf("%w: signature length %d", ErrEncoding, n)
	}
	if len(b) < 1+n {
		return nil, nil, fmt.Errorf("%w: signature truncated", ErrEncoding)
	}
	if n == 0 {
		return nil, b[1:], nil
	}
	return append([]byte(nil), b[1:1+n]...), b[1+n:], nil
}
