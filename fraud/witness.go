// Package fraud builds the state witness with which the L1 contract
// FraudVerifier re-executes one L2 block (docs/spec.md section 16).
//
// The witness lists every state value the block reads, sorted by tree key,
// each with its value before the block and a Merkle proof. The verifier
// executes the block on the listed values, then writes the block's changes
// one key at a time in key order: the proof of the i-th entry is against the
// root after the first i-1 entries were written, so it proves the entry's
// value before the block (no earlier write touched that key) and gives the
// path along which the new root is computed. A block that stops at an
// invalid transaction writes nothing; then every proof is against the
// parent's state root. Anything missing or wrong makes the verifier revert.
//
// Build computes such a witness from the state after the parent block (a
// state.DB, or anything that reads values and proves keys).
package fraud

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/state"
	"github.com/viaduct-l2/viaduct/statetree"
)

// ErrMalformedWitness is returned when witness bytes do not decode.
var ErrMalformedWitness = errors.New("fraud: malformed witness")

// Entry types (the byte after the key).
const (
	entryAccount = 1
	entryToken   = 2
)

// Sibling kinds: the preimage of the sibling of a leaf the block deletes.
const (
	SiblingNone     = 0
	SiblingLeaf     = 1 // A = key, B = value hash
	SiblingInternal = 2 // A, B = the children's hashes
)

// MaxEntries bounds a witness (its count is a uint16).
const MaxEntries = 1<<16 - 1

// Sibling is the preimage of a deleted leaf's sibling, which the verifier
// needs to know whether that sibling is a single leaf that moves up.
type Sibling struct {
	Kind uint8
	A, B common.Hash
}

// Entry is one state value of the witness.
type Entry struct {
	Key     common.Hash
	Account bool // an account (nonce and balance); otherwise a token balance
	Nonce   uint64
	Balance uint256.Int
	Proof   *statetree.Proof
	Sibling Sibling
	// Post is the value hash after the block, for a witness whose writes
	// the verifier applies (Witness.Writes); a staged proof's chunks carry
	// it (spec section 16.2). Zero is a deletion.
	Post common.Hash
}

// ValueHash is the entry's value hash in the state tree (spec section 3).
func (e *Entry) ValueHash() common.Hash {
	if e.Account {
		a := state.Account{Nonce: e.Nonce, Balance: e.Balance}
		return a.ValueHash()
	}
	return state.TokenValueHash(&e.Balance)
}

// appendValue appends the entry's key, type and value before the block:
// key (32) ‖ type (1) ‖ nonce (8, accounts only) ‖ balance (32).
func (e *Entry) appendValue(out []byte) []byte {
	out = append(out, e.Key[:]...)
	if e.Account {
		out = append(out, entryAccount)
		out = binary.BigEndian.AppendUint64(out, e.Nonce)
	} else {
		out = append(out, entryToken)
	}
	bal := e.Balance.Bytes32()
	return append(out, bal[:]...)
}

// appendProof appends entry i's proof and sibling: uint16 proof length ‖
// proof (section 4.4) ‖ sibling kind (1) ‖ two words for kinds 1 and 2.
func (e *Entry) appendProof(out []byte, i int) ([]byte, error) {
	if e.Proof == nil {
		return nil, fmt.Errorf("%w: entry %d has no proof", ErrMalformedWitness, i)
	}
	proof, err := e.Proof.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("fraud: entry %d: %w", i, err)
	}
	if len(proof) > 1<<16-1 {
		return nil, fmt.Errorf("%w: entry %d: proof of %d bytes", ErrMalformedWitness, i, len(proof))
	}
	out = binary.BigEndian.AppendUint16(out, uint16(len(proof)))
	out = append(out, proof...)
	out = append(out, e.Sibling.Kind)
	switch e.Sibling.Kind {
	case SiblingNone:
	case SiblingLeaf, SiblingInternal:
		out = append(out, e.Sibling.A[:]...)
		out = append(out, e.Sibling.B[:]...)
	default:
		return nil, fmt.Errorf("%w: entry %d: sibling kind %d", ErrMalformedWitness, i, e.Sibling.Kind)
	}
	return out, nil
}

// Witness is the state witness of one block.
type Witness struct {
	Entries []Entry
	// Writes says the block is valid up to its fee credit, so the verifier
	// writes its changes entry by entry (each entry's Post); otherwise the
	// proofs only show the values before the block. Not encoded: the
	// verifier finds it by executing the block.
	Writes bool
}

// MarshalBinary encodes the witness (spec section 16): uint16 count, then
// per entry key (32) ‖ type (1) ‖ nonce (8, accounts only) ‖ balance (32) ‖
// uint16 proof length ‖ proof ‖ sibling kind (1) ‖ two words for kinds 1, 2.
func (w *Witness) MarshalBinary() ([]byte, error) {
	return w.encode(true)
}

// encode writes the entries in key order, each with its proof and sibling
// or (for a staged proof's values) without.
func (w *Witness) encode(proofs bool) ([]byte, error) {
	if len(w.Entries) > MaxEntries {
		return nil, fmt.Errorf("%w: %d entries", ErrMalformedWitness, len(w.Entries))
	}
	out := binary.BigEndian.AppendUint16(nil, uint16(len(w.Entries)))
	for i := range w.Entries {
		e := &w.Entries[i]
		if i > 0 && e.Key.Cmp(w.Entries[i-1].Key) <= 0 {
			return nil, fmt.Errorf("%w: entry %d: keys not strictly ascending", ErrMalformedWitness, i)
		}
		out = e.appendValue(out)
		if proofs {
			var err error
			if out, err = e.appendProof(out, i); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// UnmarshalBinary decodes a witness, accepting exactly what the Solidity
// verifier accepts: keys strictly ascending, known types and sibling kinds,
// canonical proofs, no trailing bytes.
func (w *Witness) UnmarshalBinary(b []byte) error {
	d := reader{b: b}
	n, err := d.uint16()
	if err != nil {
		return err
	}
	entries := make([]Entry, 0, min(int(n), len(b)/100))
	for i := 0; i < int(n); i++ {
		var e Entry
		if err := d.bytes(e.Key[:]); err != nil {
			return err
		}
		if i > 0 && e.Key.Cmp(entries[i-1].Key) <= 0 {
			return fmt.Errorf("%w: entry %d: keys not strictly ascending", ErrMalformedWitness, i)
		}
		t, err := d.byte()
		if err != nil {
			return err
		}
		switch t {
		case entryAccount:
			e.Account = true
			var nb [8]byte
			if err := d.bytes(nb[:]); err != nil {
				return err
			}
			e.Nonce = binary.BigEndian.Uint64(nb[:])
		case entryToken:
		default:
			return fmt.Errorf("%w: entry %d: type %d", ErrMalformedWitness, i, t)
		}
		var word [32]byte
		if err := d.bytes(word[:]); err != nil {
			return err
		}
		e.Balance.SetBytes32(word[:])
		pl, err := d.uint16()
		if err != nil {
			return err
		}
		raw, err := d.take(int(pl))
		if err != nil {
			return err
		}
		e.Proof = new(statetree.Proof)
		if err := e.Proof.UnmarshalBinary(raw); err != nil {
			return fmt.Errorf("%w: entry %d: %w", ErrMalformedWitness, i, err)
		}
		if e.Sibling.Kind, err = d.byte(); err != nil {
			return err
		}
		switch e.Sibling.Kind {
		case SiblingNone:
		case SiblingLeaf, SiblingInternal:
			if err := d.bytes(e.Sibling.A[:]); err != nil {
				return err
			}
			if err := d.bytes(e.Sibling.B[:]); err != nil {
				return err
			}
		default:
			return fmt.Errorf("%w: entry %d: sibling kind %d", ErrMalformedWitness, i, e.Sibling.Kind)
		}
		entries = append(entries, e)
	}
	if d.pos != len(b) {
		return fmt.Errorf("%w: %d trailing bytes", ErrMalformedWitness, len(b)-d.pos)
	}
	w.Entries = entries
	return nil
}

type reader struct {
	b   []byte
	pos int
}

func (r *reader) take(n int) ([]byte, error) {
	if len(r.b)-r.pos < n {
		return nil, fmt.Errorf("%w: truncated at byte %d", ErrMalformedWitness, r.pos)
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out, nil
}

func (r *reader) bytes(dst []byte) error {
	b, err := r.take(len(dst))
	if err == nil {
		copy(dst, b)
	}
	return err
}

func (r *reader) byte() (byte, error) {
	b, err := r.take(1)
	if err != nil {
		return 0, err
	}
	return b[0], nil
}

func (r *reader) uint16() (uint16, error) {
	b, err := r.take(2)
	if err != nil {
		return 0, err
	}
	return binary.BigEndian.Uint16(b), nil
}
