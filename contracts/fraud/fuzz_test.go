package fraud_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
)

// FuzzTxDataDecoding compares the Solidity tx-data decoder (with sender
// recovery and the stateless rules) with the core's on arbitrary tx data:
// the verifier, given no witness, must say MalformedTxData or TooManyTxs
// exactly when core.DecodeTxs fails so; an empty block is judged on its
// root; otherwise the first transaction either breaks a stateless rule (the
// same one, at index 0) or the verifier asks for its sender's account.
func FuzzTxDataDecoding(f *testing.F) {
	cfg, blocks := loadBlocks(f)
	for _, v := range blocks {
		f.Add([]byte(v.TxData))
		if len(v.TxData) > 10 {
			f.Add([]byte(v.TxData[:len(v.TxData)-10]))
		}
	}
	r := newRig(f, cfg)
	missing := simtest.ErrorSelector("MissingWitness(bytes32)")
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > core.MaxTxDataBytes {
			return
		}
		r.t = t
		parent := &core.Header{Number: 1, TxDataHash: core.EmptyTxDataHash}
		header := &core.Header{ParentHash: parent.Hash(), Number: 2, TxDataHash: crypto.Keccak256Hash(data), StateRoot: common.Hash{1}}
		res, err := r.verify(newProof(t, parent, header, data, nil, &fraud.Witness{}))
		txs, derr := core.DecodeTxs(data)
		var want uint8
		switch {
		case errors.Is(derr, core.ErrMalformedTxData):
			want = fraudMalformedTxData
		case errors.Is(derr, core.ErrTooManyTxs):
			want = fraudTooManyTxs
		case derr != nil:
			t.Fatalf("core: %v", derr)
		case len(txs) == 0:
			want = fraudStateRoot
		default:
			core.RecoverSenders(txs[:1], cfg.ChainID)
			verr := txs[0].Validate(cfg)
			if verr == nil {
				data, ok := simtest.RevertData(err)
				if err == nil || !ok || !bytes.HasPrefix(data, missing) {
					t.Fatalf("valid first transaction: verifier gave %s / %v, want MissingWitness", describe(res), err)
				}
				return
			}
			if err != nil || res.Fraud != fraudInvalidTx || res.TxIndex.Sign() != 0 || res.Rule != ruleFor(t, verr) {
				t.Fatalf("first transaction breaks %v: verifier gave %s / %v", verr, describe(res), err)
			}
			return
		}
		if err != nil || res.Fraud != want {
			t.Fatalf("core: %v; verifier gave %s / %v, want fraud %d", derr, describe(res), err, want)
		}
	})
}

func ruleFor(t *testing.T, err error) uint8 {
	t.Helper()
	for e, rule := range ruleOf {
		if errors.Is(err, e) {
			return rule
		}
	}
	t.Fatalf("no verifier rule for %v", err)
	return 0
}

// FuzzStagedChunk gives the verifier's prove (spec section 16.2) arbitrary
// chunks for the first entries of a valid block's staged proof: whatever
// it accepts must prove exactly the witness's first n entries (the root
// after writing them, the digest of the rest), so that no chunk the
// challenger did not derive from the true state can move a session on.
func FuzzStagedChunk(f *testing.F) {
	cfg, blocks := loadBlocks(f)
	r := newRig(f, cfg)
	var c *vectorCase
	for _, v := range blocks {
		if v.Error != "" {
			continue
		}
		if vc := prepare(f, cfg, v); vc.err == nil && len(vc.built.Witness.Entries) >= 3 {
			c = vc
			break
		}
	}
	if c == nil {
		f.Fatal("no valid block vector with three entries")
	}
	w := c.built.Witness
	digests := w.Digests()
	// roots[i]: the root after the first i entries are written.
	roots := []common.Hash{c.parent.StateRoot}
	one, err := w.Chunks(0, 1)
	if err != nil {
		f.Fatal(err)
	}
	for i, ch := range one {
		out, err := r.chain.Call(r.verifier, verifierABI.PackProve(true, roots[i], digests[i], ch))
		if err != nil {
			f.Fatalf("genuine chunk %d: %v", i, err)
		}
		pr, err := verifierABI.UnpackProve(out)
		if err != nil {
			f.Fatal(err)
		}
		roots = append(roots, pr.NewRoot)
	}
	all, err := w.Chunks(0, 1<<20)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(one[0])
	f.Add(all[0])
	f.Add(append(bytes.Clone(one[0][:len(one[0])-32]), one[1][2:]...))
	f.Fuzz(func(t *testing.T, chunk []byte) {
		out, err := r.chain.Call(r.verifier, verifierABI.PackProve(true, roots[0], digests[0], chunk))
		if err != nil {
			return
		}
		pr, err := verifierABI.UnpackProve(out)
		if err != nil {
			t.Fatal(err)
		}
		n := pr.N.Uint64()
		if n == 0 || n > uint64(len(w.Entries)) || pr.NewRoot != roots[n] || pr.Rest != digests[n] {
			t.Fatalf("accepted a chunk of %d entries: root %x rest %x", n, pr.NewRoot, pr.Rest)
		}
	})
}
