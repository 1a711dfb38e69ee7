// Package channel implements Viaduct's two-party payment channels off chain:
// the signed channel state and its EIP-712 hashing (byte for byte what
// contracts/src/Channels.sol hashes), the rules a party checks before it
// countersigns, a Pebble store that keeps every state a party signed, the
// peer protocol served as the `channel_` JSON-RPC namespace, the L1 calls
// that open, close and settle channels, and a watchtower.
//
// The model. A channel between party A and party B is opened on L1 by A. Its
// off-chain life is a sequence of States with strictly increasing nonces.
// A State says how the deposits it accounts for are split between A and B.
// The payer proposes the next State (nonce + 1) with its signature; the payee
// countersigns it if it takes nothing from the payee. Both parties write
// every State they sign to disk before they answer, so after a crash each
// party still holds the latest State it could need on L1: the payee has the
// countersigned state, and the payer has at least its own proposal and can
// fetch the countersignature from the payee. A payee with a watchtower
// lets its countersignature go only once the tower holds the State, so
// that any older State the payer closes with is answered. A party never
// signs two different States with the same nonce, and never one whose
// nonce leaves no successor; that is what makes "the highest nonce wins"
// safe in the contract's dispute game.
package channel

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
)

// Domain identifies one deployment of the Channels contract on one chain.
// Signatures are bound to it, as EIP-712's domain separator is on chain.
type Domain struct {
	ChainID  uint64
	Contract common.Address
}

// The EIP-712 names of Channels.sol. They must not change: every signature
// ever made commits to them.
const (
	domainName    = "Viaduct Channels"
	domainVersion = "1"
)

var (
	domainTypeHash = crypto.Keccak256Hash([]byte(
		"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	// StateTypeHash is Channels.STATE_TYPEHASH: a State signed for disputes.
	StateTypeHash = crypto.Keccak256Hash([]byte(
		"State(bytes32 channelId,uint64 nonce,uint256 depositA,uint256 depositB,uint256 balanceA,uint256 balanceB)"))
	// FinalStateTypeHash is Channels.FINAL_STATE_TYPEHASH: a State signed
	// to close the channel cooperatively, paid out at once.
	FinalStateTypeHash = crypto.Keccak256Hash([]byte(
		"FinalState(bytes32 channelId,uint64 nonce,uint256 depositA,uint256 depositB,uint256 balanceA,uint256 balanceB)"))
	nameHash    = crypto.Keccak256Hash([]byte(domainName))
	versionHash = crypto.Keccak256Hash([]byte(domainVersion))
)

// Separator returns the EIP-712 domain separator, as OpenZeppelin's EIP712
// computes it: keccak256(abi.encode(typeHash, name, version, chainId, contract)).
func (d Domain) Separator() common.Hash {
	if v, ok := separators.Load(d); ok {
		return v.(common.Hash)
	}
	var buf [5 * 32]byte
	copy(buf[0:], domainTypeHash[:])
	copy(buf[32:], nameHash[:])
	copy(buf[64:], versionHash[:])
	binary.BigEndian.PutUint64(buf[96+24:], d.ChainID)
	copy(buf[128+12:], d.Contract[:])
	sep := crypto.Keccak256Hash(buf[:])
	separators.Store(d, sep)
	return sep
}

// separators caches domain separators: every signature and check needs one,
// and a process uses one or two domains.
var separators sync.Map

// State is one off-chain state of a channel: how the deposits it accounts
// for (DepositA + DepositB) are split between the parties. It mirrors
// Channels.State.
type State struct {
	ChannelID common.Hash `json:"channelId"`
	Nonce     uint64      `json:"nonce"`
	DepositA  uint256.Int `json:"depositA"`
	DepositB  uint256.Int `json:"depositB"`
	BalanceA  uint256.Int `json:"balanceA"`
	BalanceB  uint256.Int `json:"balanceB"`
}

// Sentinel errors of the state rules; callers branch on them with errors.Is.
var (
	ErrBalancesDoNotSum   = errors.New("balances do not sum to the deposits")
	ErrDepositOverflow    = errors.New("deposits overflow 256 bits")
	ErrInvalidSignature   = errors.New("invalid signature")
	ErrWrongSigner        = errors.New("signature is not by the expected party")
	ErrSignatureMalformed = errors.New("malformed signature")
)

// Check verifies what the contract's _checkState verifies of a state on its
// own: the balances sum exactly to the deposits the state accounts for.
func (s *State) Check() error {
	var deposits uint256.Int
	if _, overflow := deposits.AddOverflow(&s.DepositA, &s.DepositB); overflow {
		return ErrDepositOverflow
	}
	var balances uint256.Int
	if _, overflow := balances.AddOverflow(&s.BalanceA, &s.BalanceB); overflow || !balances.Eq(&deposits) {
		return fmt.Errorf("%w: %s + %s != %s + %s", ErrBalancesDoNotSum,
			s.BalanceA.Dec(), s.BalanceB.Dec(), s.DepositA.Dec(), s.DepositB.Dec())
	}
	return nil
}

// StructHash is EIP-712's hashStruct of the state under typeHash
// (StateTypeHash or FinalStateTypeHash): keccak256(abi.encode(typeHash,
// channelId, nonce, depositA, depositB, balanceA, balanceB)).
func (s *State) StructHash(typeHash common.Hash) common.Hash {
	var buf [7 * 32]byte
	copy(buf[0:], typeHash[:])
	copy(buf[32:], s.ChannelID[:])
	binary.BigEndian.PutUint64(buf[64+24:], s.Nonce)
	s.DepositA.PutUint256(buf[96:128])
	s.DepositB.PutUint256(buf[128:160])
	s.BalanceA.PutUint256(buf[160:192])
	s.BalanceB.PutUint256(buf[192:224])
	return crypto.Keccak256Hash(buf[:])
}

// Digest is the EIP-712 digest a party signs: keccak256("\x19\x01" ||
// domainSeparator || hashStruct(state)).
func (s *State) Digest(d Domain, typeHash common.Hash) common.Hash {
	sep := d.Separator()
	sh := s.StructHash(typeHash)
	var buf [2 + 32 + 32]byte
	buf[0], buf[1] = 0x19, 0x01
	copy(buf[2:], sep[:])
	copy(buf[34:], sh[:])
	return crypto.Keccak256Hash(buf[:])
}

// Sign signs the state's digest under typeHash with key. The signature is
// r || s || v with v in {27, 28}, the form OpenZeppelin's ECDSA accepts.
func (s *State) Sign(key *ecdsa.PrivateKey, d Domain, typeHash common.Hash) ([]byte, error) {
	digest := s.Digest(d, typeHash)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("signing state %d of %s: %w", s.Nonce, s.ChannelID, err)
	}
	sig[64] += 27
	return sig, nil
}

// Verify checks that sig is signer's signature of the state under typeHash,
// with exactly the rules of OpenZeppelin's ECDSA.tryRecover: 65 bytes,
// v in {27, 28}, s in the lower half of the curve order, r and s non-zero
// and below the order. A signature the contract would refuse is refused.
func (s *State) Verify(d Domain, typeHash common.Hash, sig []byte, signer common.Address) error {
	got, err := Recover(s.Digest(d, typeHash), sig)
	if err != nil {
		return err
	}
	if got != signer {
		return fmt.Errorf("%w: state %d of %s is signed by %s, want %s", ErrWrongSigner, s.Nonce, s.ChannelID, got, signer)
	}
	return nil
}

// Recover returns the address that signed digest, with the contract's rules
// (see Verify).
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: length %d, want 65", ErrSignatureMalformed, len(sig))
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: v = %d, want 27 or 28", ErrSignatureMalformed, v)
	}
	r, sv := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v-27, r, sv, true) {
		return common.Address{}, fmt.Errorf("%w: r or s out of range", ErrSignatureMalformed)
	}
	var rsv [65]byte
	copy(rsv[:], sig)
	rsv[64] = v - 27
	pub, err := crypto.SigToPub(digest[:], rsv[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrInvalidSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Equal reports whether two states are identical in every field.
func (s *State) Equal(o *State) bool {
	return s.ChannelID == o.ChannelID && s.Nonce == o.Nonce &&
		s.DepositA.Eq(&o.DepositA) && s.DepositB.Eq(&o.DepositB) &&
		s.BalanceA.Eq(&o.BalanceA) && s.BalanceB.Eq(&o.BalanceB)
}

// String is a short human form for logs and errors.
func (s *State) String() string {
	return fmt.Sprintf("state{%s nonce=%d deposits=%s/%s balances=%s/%s}",
		s.ChannelID.TerminalString(), s.Nonce, s.DepositA.Dec(), s.DepositB.Dec(), s.BalanceA.Dec(), s.BalanceB.Dec())
}

// SignedState is a state with the signatures collected so far: SigA by party
// A and SigB by party B, either empty while missing.
type SignedState struct {
	State
	SigA hexutil.Bytes `json:"sigA,omitempty"`
	SigB hexutil.Bytes `json:"sigB,omitempty"`
}

// Complete reports whether both signatures are present (not whether they are
// valid; see VerifyBoth).
func (ss *SignedState) Complete() bool { return len(ss.SigA) > 0 && len(ss.SigB) > 0 }

// VerifyBoth checks both signatures of a dispute State (StateTypeHash).
func (ss *SignedState) VerifyBoth(d Domain, partyA, partyB common.Address) error {
	if err := ss.Verify(d, StateTypeHash, ss.SigA, partyA); err != nil {
		return fmt.Errorf("party A's signature: %w", err)
	}
	if err := ss.Verify(d, StateTypeHash, ss.SigB, partyB); err != nil {
		return fmt.Errorf("party B's signature: %w", err)
	}
	return nil
}

// Binding converts the state to the contract binding's struct.
func (s *State) Binding() bindings.ChannelsState {
	return bindings.ChannelsState{
		ChannelId: s.ChannelID,
		Nonce:     s.Nonce,
		DepositA:  s.DepositA.ToBig(),
		DepositB:  s.DepositB.ToBig(),
		BalanceA:  s.BalanceA.ToBig(),
		BalanceB:  s.BalanceB.ToBig(),
	}
}
