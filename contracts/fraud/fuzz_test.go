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
