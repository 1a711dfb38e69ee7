package fraud_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
	"github.com/viaduct-l2/viaduct/internal/vectors"
	"github.com/viaduct-l2/viaduct/state"
)

type blockFile struct {
	ChainID uint64                `json:"chainId"`
	BaseFee string                `json:"baseFee"`
	Blocks  []vectors.BlockVector `json:"blocks"`
}

func loadBlocks(t testing.TB) (*core.Config, []vectors.BlockVector) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "vectors", "blocks.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f blockFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	cfg := &core.Config{ChainID: f.ChainID}
	if err := cfg.BaseFee.SetFromDecimal(f.BaseFee); err != nil {
		t.Fatal(err)
	}
	return cfg, f.Blocks
}

// vectorCase is one block vector ready to prove: its pre-state, the header
// a sequencer posts for it (the correct one for a valid block; for an
// invalid one, a header claiming the parent's state root, as a sequencer
// that lies about an invalid block would) and the witness.
type vectorCase struct {
	v      vectors.BlockVector
	parent *core.Header
	header *core.Header
	queue  []core.QueueItem
	built  *fraud.Built
	err    error     // Build's error: a block L1 never accepts
	db     *state.DB // the pre-state
}

func prepare(t testing.TB, cfg *core.Config, v vectors.BlockVector) *vectorCase {
	t.Helper()
	db, closeDB, err := vectors.NewState(v.PreAccounts, v.PreTokens)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeDB)
	c := &vectorCase{v: v, parent: v.Parent.Core(), db: db}
	c.queue = make([]core.QueueItem, len(v.Queue))
	for i := range v.Queue {
		// Core() checks the item; a malformed one is still replayed raw.
		q, err := v.Queue[i].Core()
		if err != nil && !errors.Is(err, core.ErrMalformedQueueItem) {
			t.Fatal(err)
		}
		c.queue[i] = q
	}
	if v.Header != nil {
		c.header = v.Header.Core()
	} else {
		c.header = &core.Header{
			ParentHash: c.parent.Hash(), Number: c.parent.Number + 1, Timestamp: v.Timestamp,
			TxDataHash: crypto.Keccak256Hash(v.TxData), StateRoot: c.parent.StateRoot,
			QueueCursor: c.parent.QueueCursor + uint64(len(c.queue)), FeeRecipient: v.FeeRecipient,
		}
	}
	c.built, c.err = fraud.Build(cfg, db, c.parent, c.header, c.queue, v.TxData)
	return c
}

// TestVectorsOnChain replays every block vector against the verifier: a
// valid block's correct header is not fraud (and the same block with a wrong
// state or withdrawals root is), an invalid block is fraud for the reason
// and at the index the core gives, and a block L1 never accepts does not
// get a verdict at all.
func TestVectorsOnChain(t *testing.T) {
	cfg, blocks := loadBlocks(t)
	r := newRig(t, cfg)
	for _, v := range blocks {
		t.Run(v.Name, func(t *testing.T) {
			r.t = t
			c := prepare(t, cfg, v)
			r.enqueue(c.parent.QueueCursor, c.queue)
			if c.err != nil {
				// Too many queue items, a malformed queue item, a timestamp
				// before the parent's: the Rollup refuses such a block, and
				// the verifier refuses to judge it.
				w := &fraud.Witness{}
				p := newProof(t, c.parent, c.header, v.TxData, c.queue, w)
				if _, err := r.verify(p); err == nil {
					t.Fatalf("verifier judged a block L1 never accepts (%v)", c.err)
				}
				return
			}
			p := newProof(t, c.parent, c.header, v.TxData, c.queue, c.built.Witness)
			res, err := r.verify(p)
			if err != nil {
				t.Fatalf("verify: %v", err)
			}
			if v.Error == "" {
				if res.Fraud != fraudNone {
					t.Fatalf("honest block judged fraudulent: %s", describe(res))
				}
				wrong := *c.header
				wrong.StateRoot[0] ^= 1
				if res := r.mustVerdict(newProof(t, c.parent, &wrong, v.TxData, c.queue, c.built.Witness)); res.Fraud != fraudStateRoot {
					t.Fatalf("wrong state root: %s", describe(res))
				}
				wrong = *c.header
				wrong.WithdrawalsRoot = common.Hash{0xbb}
				if res := r.mustVerdict(newProof(t, c.parent, &wrong, v.TxData, c.queue, c.built.Witness)); res.Fraud != fraudWithdrawalsRoot {
					t.Fatalf("wrong withdrawals root: %s", describe(res))
				}
				return
			}
			checkInvalid(t, c.built.Invalid, res)
		})
	}
}

func (r *rig) mustVerdict(p *proof) bindings.FraudVerifierResult {
	r.t.Helper()
	res, err := r.verify(p)
	if err != nil {
		r.t.Fatalf("verify: %v", err)
	}
	return res
}

// checkInvalid compares the verdict on an invalid block with the core's reason.
func checkInvalid(t *testing.T, invalid error, res bindings.FraudVerifierResult) {
	t.Helper()
	var txErr *core.TxError
	switch {
	case invalid == nil:
		t.Fatalf("the core accepts the block, the vector says it is invalid")
	case errors.As(invalid, &txErr):
		want, ok := uint8(0), false
		for e, rule := range ruleOf {
			if errors.Is(txErr.Err, e) {
				want, ok = rule, true
			}
		}
		if !ok {
			t.Fatalf("no verifier rule for %v", txErr.Err)
		}
		if res.Fraud != fraudInvalidTx || res.TxIndex.Uint64() != uint64(txErr.Index) || res.Rule != want {
			t.Fatalf("verdict %s, core: %v (rule %d)", describe(res), invalid, want)
		}
	case errors.Is(invalid, core.ErrFeeCreditOverflow):
		if res.Fraud != fraudFeeCreditOverflow {
			t.Fatalf("verdict %s, core: %v", describe(res), invalid)
		}
	case errors.Is(invalid, core.ErrMalformedTxData):
		if res.Fraud != fraudMalformedTxData {
			t.Fatalf("verdict %s, core: %v", describe(res), invalid)
		}
	case errors.Is(invalid, core.ErrTooManyTxs):
		if res.Fraud != fraudTooManyTxs {
			t.Fatalf("verdict %s, core: %v", describe(res), invalid)
		}
	default:
		t.Fatalf("unexpected core error %v", invalid)
	}
}
