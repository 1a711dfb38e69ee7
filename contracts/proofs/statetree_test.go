// Package proofs_test checks the Solidity StateTree library (the on-chain
// verifier of state proofs) against package statetree: the shared vectors,
// differential tests on a real tree with tampered proofs, and its gas.
package proofs_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/internal/vectors"
	"github.com/viaduct-l2/viaduct/statetree"
)

var harness = testbindings.NewStateTreeHarness()

type verifier struct {
	chain *simtest.Chain
	addr  common.Address
}

func newVerifier(t *testing.T) *verifier {
	chain := simtest.New(t, 1)
	return &verifier{chain: chain, addr: chain.Deploy(chain.Accounts[0], &testbindings.StateTreeHarnessMetaData, nil)}
}

// verify runs the Solidity verifier and returns the value hash or the
// statetree sentinel its revert corresponds to.
func (v *verifier) verify(root, key common.Hash, proof []byte) (common.Hash, error) {
	out, err := v.chain.Call(v.addr, harness.PackVerify(root, key, proof))
	if err != nil {
		data, ok := simtest.RevertData(err)
		switch {
		case ok && bytes.Equal(data, simtest.ErrorSelector("MalformedProof()")):
			return common.Hash{}, statetree.ErrMalformedProof
		case ok && bytes.Equal(data, simtest.ErrorSelector("InvalidProof()")):
			return common.Hash{}, statetree.ErrInvalidProof
		}
		return common.Hash{}, fmt.Errorf("unexpected failure: %w", err)
	}
	h, err := harness.UnpackVerify(out)
	return common.Hash(h), err
}

// goVerify is what package statetree says of the same bytes.
func goVerify(root, key common.Hash, enc []byte) (common.Hash, error) {
	var p statetree.Proof
	if err := p.UnmarshalBinary(enc); err != nil {
		return common.Hash{}, statetree.ErrMalformedProof
	}
	v, err := p.Verify(root, key)
	switch {
	case errors.Is(err, statetree.ErrMalformedProof):
		return common.Hash{}, statetree.ErrMalformedProof
	case err != nil:
		return common.Hash{}, statetree.ErrInvalidProof
	}
	return v, nil
}

func TestVectors(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "vectors", "proofs.json"))
	if err != nil {
		t.Fatal(err)
	}
	var p vectors.Proofs
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	v := newVerifier(t)
	var failing int
	for _, pv := range p.Proofs {
		got, err := v.verify(pv.Root, pv.Key, pv.Encoded)
		if pv.Error == "" {
			if err != nil || got != pv.ValueHash {
				t.Errorf("%s: on chain %s, %v; want %s", pv.Name, got, err, pv.ValueHash)
			}
			continue
		}
		failing++
		if err == nil || err.Error() != pv.Error {
			t.Errorf("%s: on chain %s, %v; want the error %q", pv.Name, got, err, pv.Error)
		}
	}
	if failing == 0 || failing == len(p.Proofs) {
		t.Fatalf("%d of %d vectors fail: the file does not cover both outcomes", failing, len(p.Proofs))
	}
}

// TestDifferential builds a tree, then checks inclusion, exclusion and
// tampered proofs on chain and in Go: the two must agree on every input.
func TestDifferential(t *testing.T) {
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tr, err := statetree.Open(db, statetree.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(5, 6))
	var changes []statetree.Change
	for i := range 3000 {
		changes = append(changes, statetree.Change{Key: crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8), 1}), ValueHash: crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8), 2})})
	}
	u, err := tr.Prepare(changes)
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.Commit(db.NewBatch(), u, nil); err != nil {
		t.Fatal(err)
	}
	root := tr.Root()
	v := newVerifier(t)
	var accepted, rejected int
	check := func(name string, key common.Hash, enc []byte) {
		t.Helper()
		want, wantErr := goVerify(root, key, enc)
		got, gotErr := v.verify(root, key, enc)
		if got != want || !errors.Is(gotErr, wantErr) && !(gotErr == nil && wantErr == nil) {
			t.Fatalf("%s: Solidity %s, %v; Go %s, %v (proof %x)", name, got, gotErr, want, wantErr, enc)
		}
		if wantErr == nil {
			accepted++
		} else {
			rejected++
		}
	}
	for i := range 40 {
		key := changes[r.IntN(len(changes))].Key
		if i%2 == 1 {
			key = crypto.Keccak256Hash([]byte{byte(i), 'x'}) // absent
		}
		p, err := tr.Prove(key)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		check("honest", key, enc)
		// One flipped bit anywhere, a truncation, an extra byte.
		bad := bytes.Clone(enc)
		pos := r.IntN(len(bad))
		bad[pos] ^= 1 << r.IntN(8)
		check(fmt.Sprintf("bit flipped at byte %d", pos), key, bad)
		check("truncated", key, enc[:len(enc)-1])
		check("extra byte", key, append(bytes.Clone(enc), 0))
		// The right proof for another key.
		check("other key", crypto.Keccak256Hash(key[:]), enc)
	}
	if accepted < 40 || rejected < 100 {
		t.Fatalf("accepted %d, rejected %d: the inputs do not exercise both sides", accepted, rejected)
	}
}

// syntheticProof returns a proof of depth d with every sibling non-zero and
// a leaf terminal, and the root it proves: the worst case for its depth.
func syntheticProof(d int, r *rand.Rand) (root, key common.Hash, enc []byte) {
	var b [32]byte
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	key = b
	value := crypto.Keccak256Hash(key[:])
	p := &statetree.Proof{Leaf: true, LeafKey: key, LeafValueHash: value}
	h := crypto.Keccak256Hash([]byte{1}, key[:], value[:])
	p.Siblings = make([]common.Hash, d)
	for i := range p.Siblings {
		p.Siblings[i] = crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8)}, key[:])
	}
	for i := d - 1; i >= 0; i-- {
		if key[i/8]&(0x80>>(i%8)) == 0 {
			h = crypto.Keccak256Hash(h[:], p.Siblings[i][:])
		} else {
			h = crypto.Keccak256Hash(p.Siblings[i][:], h[:])
		}
	}
	enc, err := p.MarshalBinary()
	if err != nil {
		panic(err)
	}
	return h, key, enc
}

// TestGas measures the on-chain cost of verifying a proof, by depth: the
// library's execution gas, and the calldata of the proof (16 gas per byte
// when execution dominates, 40 at the EIP-7623 floor). It checks the figures
// are sane; they are written to docs/performance.md by hand from the log
// (go test ./contracts/proofs -run TestGas -v).
func TestGas(t *testing.T) {
	v := newVerifier(t)
	r := rand.New(rand.NewPCG(1, 2))
	prev := uint64(0)
	for _, d := range []int{0, 10, 17, 21, 24, 32, 64, 256} {
		root, key, enc := syntheticProof(d, r)
		if got, err := goVerify(root, key, enc); err != nil || got == (common.Hash{}) {
			t.Fatalf("depth %d: synthetic proof does not verify in Go: %v", d, err)
		}
		out, err := v.chain.Call(v.addr, harness.PackVerifyGas(root, key, enc))
		if err != nil {
			t.Fatalf("depth %d: %v", d, err)
		}
		res, err := harness.UnpackVerifyGas(out)
		if err != nil {
			t.Fatal(err)
		}
		gas := res.GasUsed.Uint64()
		if common.Hash(res.ValueHash) == (common.Hash{}) || gas <= prev {
			t.Fatalf("depth %d: value %x gas %d (previous depth %d)", d, res.ValueHash, gas, prev)
		}
		prev = gas
		t.Logf("depth %3d: %5d proof bytes, execution %6d gas, calldata %6d gas (16/byte) or %6d (EIP-7623 floor)",
			d, len(enc), gas, 16*len(enc), 40*len(enc))
	}
}

// FuzzVerifierAgreesWithGo: for any bytes, key and root choice, the Solidity
// verifier and package statetree give the same verdict and value.
func FuzzVerifierAgreesWithGo(f *testing.F) {
	r := rand.New(rand.NewPCG(3, 3))
	for _, d := range []int{0, 1, 9, 21} {
		root, key, enc := syntheticProof(d, r)
		f.Add(enc, key[:], root[:])
	}
	f.Add([]byte{0, 0, 0}, []byte{1}, []byte{})
	chain := simtest.New(f, 1)
	v := &verifier{chain: chain, addr: chain.Deploy(chain.Accounts[0], &testbindings.StateTreeHarnessMetaData, nil)}
	f.Fuzz(func(t *testing.T, enc, keyBytes, rootBytes []byte) {
		key, root := common.BytesToHash(keyBytes), common.BytesToHash(rootBytes)
		want, wantErr := goVerify(root, key, enc)
		got, gotErr := v.verify(root, key, enc)
		if got != want || !errors.Is(gotErr, wantErr) && !(gotErr == nil && wantErr == nil) {
			t.Fatalf("Solidity %s, %v; Go %s, %v", got, gotErr, want, wantErr)
		}
	})
}
