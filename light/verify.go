package light

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/state"
	"github.com/viaduct-l2/viaduct/statetree"
	"github.com/viaduct-l2/viaduct/wire"
)

// VerifyState checks the node's answer sp for addr and tokens under state
// root `root` (which the caller has taken from a header it hashed itself)
// and returns the proven values. It fails with ErrMalformedAnswer for an
// answer about something else, ErrBadProof for a proof that does not verify
// and ErrValueMismatch for a claimed value the proof does not prove. Proofs
// of absence (exclusion proofs) verify too and give zero, marked Absent.
func VerifyState(root common.Hash, addr common.Address, tokens []common.Address, sp *wire.StateProof) (*Account, error) {
	if sp.Address != addr {
		return nil, fmt.Errorf("%w: asked for account %s, got %s", ErrMalformedAnswer, addr, sp.Address)
	}
	if len(sp.Tokens) != len(tokens) {
		return nil, fmt.Errorf("%w: asked for %d token balances, got %d", ErrMalformedAnswer, len(tokens), len(sp.Tokens))
	}
	acct := &Account{Address: addr, Tokens: make([]TokenBalance, 0, len(tokens))}
	claimed := state.Account{Nonce: uint64(sp.Nonce)}
	if err := setU256(&claimed.Balance, sp.Balance); err != nil {
		return nil, fmt.Errorf("%w: balance of %s: %w", ErrMalformedAnswer, addr, err)
	}
	proven, err := verifyKey(root, state.AccountKey(addr), sp.AccountProof)
	if err != nil {
		return nil, fmt.Errorf("account %s: %w", addr, err)
	}
	if proven != claimed.ValueHash() {
		return nil, fmt.Errorf("%w: account %s: the node claims nonce %d and balance %s, the proof says otherwise", ErrValueMismatch, addr, claimed.Nonce, claimed.Balance.Dec())
	}
	acct.Nonce, acct.Balance, acct.Absent = claimed.Nonce, claimed.Balance.ToBig(), proven == (common.Hash{})
	acct.ProofBytes = len(sp.AccountProof)
	for i, t := range tokens {
		tp := &sp.Tokens[i]
		if tp.Token != t {
			return nil, fmt.Errorf("%w: asked for token %s, got %s", ErrMalformedAnswer, t, tp.Token)
		}
		var bal uint256.Int
		if err := setU256(&bal, tp.Balance); err != nil {
			return nil, fmt.Errorf("%w: balance of %s in %s: %w", ErrMalformedAnswer, addr, t, err)
		}
		proven, err := verifyKey(root, state.TokenKey(addr, t), tp.Proof)
		if err != nil {
			return nil, fmt.Errorf("token %s of %s: %w", t, addr, err)
		}
		if proven != state.TokenValueHash(&bal) {
			return nil, fmt.Errorf("%w: the node claims %s holds %s of token %s, the proof says otherwise", ErrValueMismatch, addr, bal.Dec(), t)
		}
		acct.Tokens = append(acct.Tokens, TokenBalance{Token: t, Balance: bal.ToBig(), Absent: proven == (common.Hash{})})
		acct.ProofBytes += len(tp.Proof)
	}
	return acct, nil
}

// verifyKey decodes an encoded proof and returns the value hash it proves
// for key under root (zero: proven absent).
func verifyKey(root, key common.Hash, enc []byte) (common.Hash, error) {
	var p statetree.Proof
	if err := p.UnmarshalBinary(enc); err != nil {
		return common.Hash{}, fmt.Errorf("%w: %w", ErrBadProof, err)
	}
	v, err := p.Verify(root, key)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: %w", ErrBadProof, err)
	}
	return v, nil
}

func setU256(dst *uint256.Int, b *hexutil.Big) error {
	if b == nil {
		return fmt.Errorf("missing")
	}
	x := (*big.Int)(b)
	if x.Sign() < 0 {
		return fmt.Errorf("negative")
	}
	if dst.SetFromBig(x) {
		return fmt.Errorf("more than 256 bits")
	}
	return nil
}
