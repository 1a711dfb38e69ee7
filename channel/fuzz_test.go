package channel

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

func testKey(tb testing.TB, i byte) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte{i}))
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// FuzzSignedStateBinary: the store's decoder never panics, and what it
// accepts re-encodes to the same bytes (one encoding per value).
func FuzzSignedStateBinary(f *testing.F) {
	s := st(7, 1, 2, 3, 0)
	sig, _ := s.Sign(testKey(f, 1), Domain{ChainID: 1337}, StateTypeHash)
	for _, ss := range []SignedState{{State: s}, {State: s, SigA: sig, SigB: sig}} {
		b, _ := ss.MarshalBinary()
		f.Add(b)
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		var ss SignedState
		if err := ss.UnmarshalBinary(b); err != nil {
			return
		}
		out, err := ss.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, b) {
			t.Fatalf("decoded %x, re-encoded %x", b, out)
		}
	})
}

// FuzzSignedStateJSON: the wire decoder never panics, and what it accepts
// survives a round trip unchanged.
func FuzzSignedStateJSON(f *testing.F) {
	s := st(7, 1, 2, 3, 0)
	sig, _ := s.Sign(testKey(f, 1), Domain{ChainID: 1337}, StateTypeHash)
	b, _ := json.Marshal(SignedState{State: s, SigA: sig})
	f.Add(b)
	f.Add([]byte(`{"channelId":"0x00","nonce":1,"depositA":"0x10","depositB":"1","balanceA":"17","balanceB":"0"}`))
	f.Add([]byte(`{"nonce":-1}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var ss SignedState
		if err := json.Unmarshal(b, &ss); err != nil {
			return
		}
		out, err := json.Marshal(ss)
		if err != nil {
			t.Fatal(err)
		}
		var again SignedState
		if err := json.Unmarshal(out, &again); err != nil {
			t.Fatalf("re-decoding %s: %v", out, err)
		}
		if !again.State.Equal(&ss.State) || !bytes.Equal(again.SigA, ss.SigA) || !bytes.Equal(again.SigB, ss.SigB) {
			t.Fatalf("round trip changed %s", b)
		}
	})
}

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// FuzzRecover: signature verification never panics, accepts only what
// OpenZeppelin's ECDSA.tryRecover accepts (65 bytes, v 27/28, low s), and
// agrees with go-ethereum's ecrecover on what it accepts.
func FuzzRecover(f *testing.F) {
	digest := crypto.Keccak256Hash([]byte("x"))
	sig, _ := signDigest(testKey(f, 3), digest)
	f.Add(digest[:], sig)
	f.Add(digest[:], sig[:64])
	f.Add(digest[:], make([]byte, 65))
	f.Fuzz(func(t *testing.T, d []byte, sig []byte) {
		var digest common.Hash
		copy(digest[:], d)
		addr, err := Recover(digest, sig)
		if err != nil {
			return
		}
		if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
			t.Fatalf("accepted malformed signature %x", sig)
		}
		if s := new(big.Int).SetBytes(sig[32:64]); s.Sign() == 0 || s.Cmp(secp256k1HalfN) > 0 {
			t.Fatalf("accepted s outside (0, n/2]: %x", sig)
		}
		rsv := append([]byte{}, sig...)
		rsv[64] -= 27
		pub, err := crypto.Ecrecover(digest[:], rsv)
		if err != nil {
			t.Fatalf("ecrecover refuses what Recover accepts: %v", err)
		}
		if common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]) != addr {
			t.Fatal("Recover and ecrecover disagree on the signer")
		}
	})
}

// FuzzCheckProposal compares the rules with a big.Int model: an accepted
// proposal is fresh, leaves its nonce a successor, skips at most
// MaxNonceJump, sums to its deposits, stays within L1's deposits, and
// never lowers the payee's balance net of its own deposits.
func FuzzCheckProposal(f *testing.F) {
	f.Add(uint64(10), uint64(10), uint64(11), false, uint64(100), uint64(50), uint64(80), uint64(100), uint64(50), uint64(70), uint64(120), uint64(60))
	for _, n := range [][3]uint64{
		{1, 1, math.MaxUint64}, {1, 1, math.MaxUint64 - 1}, {1, 1, 2 + MaxNonceJump}, {1, 1, 1 + MaxNonceJump},
		{math.MaxUint64 - 2, math.MaxUint64 - 2, math.MaxUint64 - 1}, {math.MaxUint64 - 1, math.MaxUint64 - 1, math.MaxUint64},
	} {
		f.Add(n[0], n[1], n[2], false, uint64(100), uint64(50), uint64(80), uint64(100), uint64(50), uint64(70), uint64(120), uint64(60))
	}
	f.Fuzz(func(t *testing.T, lnonce, highest, nnonce uint64, meA bool, ldA, ldB, lbA, ndA, ndB, nbA, l1A, l1B uint64) {
		if lbA > ldA+ldB || ldA+ldB < ldA || ndA+ndB < ndA {
			return // a latest state that could not exist, or uint64 overflow in the model
		}
		latest := st(lnonce, ldA, ldB, lbA, ldA+ldB-lbA)
		nbB := (ndA + ndB) - nbA // may wrap: then the sum rule must refuse
		if nbA > ndA+ndB {
			nbB = 0
		}
		next := st(nnonce, ndA, ndB, nbA, nbB)
		me := SideB
		if meA {
			me = SideA
		}
		err := CheckProposal(&latest, highest, &next, me, Deposits{A: *uint256.NewInt(l1A), B: *uint256.NewInt(l1B)})
		if err != nil {
			return
		}
		if nnonce <= highest || nnonce <= lnonce {
			t.Fatal("accepted a nonce that is not fresh")
		}
		if nnonce == math.MaxUint64 || nnonce > MaxStateNonce {
			t.Fatalf("accepted nonce %d, which leaves no successor", nnonce)
		}
		if nnonce-max(highest, lnonce) > MaxNonceJump {
			t.Fatalf("accepted a jump from %d to %d", max(highest, lnonce), nnonce)
		}
		if nbA+nbB != ndA+ndB || nbA > ndA+ndB {
			t.Fatal("accepted balances that do not sum to the deposits")
		}
		if ndA < ldA || ndB < ldB || ndA > l1A || ndB > l1B {
			t.Fatal("accepted deposits that shrink or exceed L1")
		}
		bal := func(s *State) *big.Int {
			return new(big.Int).Sub(s.Balance(me).ToBig(), s.Deposit(me).ToBig())
		}
		if bal(&next).Cmp(bal(&latest)) < 0 {
			t.Fatalf("accepted a proposal that takes from %s", me)
		}
	})
}

// FuzzNoProposalSequenceWedgesTheChannel plays a payer that proposes any
// nonces it likes (eight bytes each) against a payee applying
// CheckProposal: whatever the payee accepts, the channel keeps a next
// state or at least a final state, the next nonce computed is above every
// nonce signed, and reaching the last nonces takes more than 2^32 accepted
// proposals.
func FuzzNoProposalSequenceWedgesTheChannel(f *testing.F) {
	be := func(ns ...uint64) []byte {
		var b []byte
		for _, n := range ns {
			b = binary.BigEndian.AppendUint64(b, n)
		}
		return b
	}
	f.Add(be(math.MaxUint64))
	f.Add(be(math.MaxUint64-1, math.MaxUint64))
	f.Add(be(MaxNonceJump, 2*MaxNonceJump, 3*MaxNonceJump+1, math.MaxUint64-1))
	f.Add(be(1, 2, 3, 0, 3, 4))
	f.Fuzz(func(t *testing.T, b []byte) {
		latest := st(0, 100, 0, 100, 0)
		highest := uint64(0)
		accepted := 0
		for ; len(b) >= 8; b = b[8:] {
			next := latest
			next.Nonce = binary.BigEndian.Uint64(b)
			if err := CheckProposal(&latest, highest, &next, SideB, Deposits{A: latest.DepositA}); err != nil {
				continue
			}
			if next.Nonce <= highest {
				t.Fatalf("accepted %d after %d", next.Nonce, highest)
			}
			latest, highest = next, next.Nonce
			accepted++
		}
		if uint64(accepted)*MaxNonceJump < highest {
			t.Fatalf("%d proposals reached nonce %d", accepted, highest)
		}
		if n, err := NextNonce(highest, latest.Nonce); err == nil {
			if n <= highest || n > MaxStateNonce {
				t.Fatalf("next nonce %d after %d", n, highest)
			}
		} else if !errors.Is(err, ErrNonceExhausted) {
			t.Fatal(err)
		}
		n, err := nextFinalNonce(highest, latest.Nonce)
		if err != nil || n <= highest {
			t.Fatalf("no final state after %d: %d %v", highest, n, err)
		}
	})
}
