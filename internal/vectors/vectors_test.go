package vectors

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/merkle"
	"github.com/viaduct-l2/viaduct/statetree"
)

// dir is where the committed vector files live, relative to this package.
var dir = filepath.Join("..", "..", "testdata", "vectors")

// TestCommittedFilesMatchCode fails when the code's encodings or rules change
// without the committed vectors (which the Solidity tests replay) changing
// with them, or the other way round.
func TestCommittedFilesMatchCode(t *testing.T) {
	files, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range Files {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("%v (run 'make vectors')", err)
		}
		if !bytes.Equal(got, files[name]) {
			t.Errorf("testdata/vectors/%s differs from what the code generates; if the change is intended, run 'make vectors' and bump the spec version", name)
		}
	}
}

// TestGenerateIsDeterministic makes sure the golden comparison above cannot
// flap: two runs give the same bytes.
func TestGenerateIsDeterministic(t *testing.T) {
	a, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range Files {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s: two runs differ", name)
		}
	}
}

func load[T any](t *testing.T, name string) *T {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	var v T
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &v
}

// checkErr compares an error with a vector's expected rule text.
func checkErr(t *testing.T, err error, want string) {
	t.Helper()
	if want == "" {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return
	}
	if err == nil {
		t.Fatalf("no error, want %q", want)
	}
	got, rerr := RuleText(err)
	if rerr != nil || got != want {
		t.Fatalf("error %q, want rule %q", err, want)
	}
}

// The replay tests read the files as another implementation would, and
// check each expectation through the public API of core, merkle and
// statetree, independently of the generator.

func TestReplayTransactions(t *testing.T) {
	e := load[Encodings](t, "encodings.json")
	if e.Spec != SpecID {
		t.Fatalf("spec %q, want %q", e.Spec, SpecID)
	}
	cfg := core.DevConfig()
	if e.ChainID != cfg.ChainID || e.BaseFee != cfg.BaseFee.Dec() {
		t.Fatalf("vectors are for chain %d base fee %s, the dev config is %d %s", e.ChainID, e.BaseFee, cfg.ChainID, cfg.BaseFee.Dec())
	}
	if len(e.Txs) < 20 {
		t.Fatalf("only %d transaction vectors", len(e.Txs))
	}
	for _, v := range e.Txs {
		t.Run(v.Name, func(t *testing.T) {
			var env types.Transaction
			if err := env.UnmarshalBinary(v.Raw); err != nil {
				t.Fatalf("envelope: %v", err)
			}
			tx, err := core.FromTransaction(&env, cfg)
			checkErr(t, err, v.Error)
			if err != nil {
				return
			}
			sender, err := tx.Sender(cfg.ChainID)
			if err != nil {
				t.Fatal(err)
			}
			if sender != v.Sender || tx.Kind().String() != v.Kind {
				t.Fatalf("sender %s kind %s, want %s %s", sender, tx.Kind(), v.Sender, v.Kind)
			}
			// The L2 hash is the Ethereum hash of the envelope a wallet signed.
			if tx.Hash(cfg.ChainID) != v.Hash || env.Hash() != v.Hash {
				t.Fatalf("hash %s (envelope %s), want %s", tx.Hash(cfg.ChainID), env.Hash(), v.Hash)
			}
			if got := core.AppendTx(nil, tx); !bytes.Equal(got, v.Compact) {
				t.Fatalf("compact %x, want %x", got, v.Compact)
			}
			back, err := core.DecodeTxs(v.Compact)
			if err != nil || len(back) != 1 || back[0].Hash(cfg.ChainID) != v.Hash {
				t.Fatalf("compact form does not decode back to the transaction: %v", err)
			}
			if got := tx.EffectiveGasPrice(&cfg.BaseFee).Dec(); got != v.EffectiveGasPrice {
				t.Fatalf("effective gas price %s, want %s", got, v.EffectiveGasPrice)
			}
			if got := tx.Fee(&cfg.BaseFee).Dec(); got != v.Fee {
				t.Fatalf("fee %s, want %s", got, v.Fee)
			}
		})
	}
}

func TestReplayTxData(t *testing.T) {
	e := load[Encodings](t, "encodings.json")
	for _, v := range e.TxData {
		t.Run(v.Name, func(t *testing.T) {
			txs, err := core.DecodeTxs(v.Data)
			checkErr(t, err, v.Error)
			if err != nil {
				return
			}
			if len(txs) != len(v.Hashes) {
				t.Fatalf("%d transactions, want %d", len(txs), len(v.Hashes))
			}
			for i, tx := range txs {
				if h := tx.Hash(e.ChainID); h != v.Hashes[i] {
					t.Fatalf("tx %d hash %s, want %s", i, h, v.Hashes[i])
				}
			}
			// Only the canonical encoding decodes, so re-encoding gives the input.
			if got := core.EncodeTxs(txs); !bytes.Equal(got, v.Data) {
				t.Fatalf("re-encoded %x, want %x", got, v.Data)
			}
		})
	}
}

func TestReplayHeadersQueueItemsWithdrawals(t *testing.T) {
	e := load[Encodings](t, "encodings.json")
	for _, v := range e.Headers {
		h := v.Header.Core()
		if got := h.Encode(); !bytes.Equal(got, v.Encoding) || h.Hash() != v.Hash || crypto.Keccak256Hash(v.Encoding) != v.Hash {
			t.Errorf("header %q: encoding %x hash %s, want %x %s", v.Name, got, h.Hash(), v.Encoding, v.Hash)
		}
		back, err := core.DecodeHeader(v.Encoding)
		if err != nil || *back != *h {
			t.Errorf("header %q does not decode back: %v", v.Name, err)
		}
	}
	if g := e.Headers[0]; g.Name != "genesis" || g.Hash != core.Genesis().Hash() || e.Constants["genesisHash"] != g.Hash.Hex() {
		t.Errorf("genesis vector %s does not match core.Genesis %s", g.Hash, core.Genesis().Hash())
	}
	for _, v := range e.QueueItems {
		q, err := core.DecodeQueueItem(v.Encoding)
		if v.Error != "" {
			if err == nil {
				t.Errorf("queue item %q decoded, want %q", v.Name, v.Error)
			} else if got, _ := RuleText(err); got != v.Error {
				t.Errorf("queue item %q: %v, want %q", v.Name, err, v.Error)
			}
			continue
		}
		want, cerr := v.Item.Core()
		if err != nil || cerr != nil || *q != want || q.Hash() != v.Hash || !bytes.Equal(want.Encode(), v.Encoding) {
			t.Errorf("queue item %q: decoded %+v (%v), want %+v hash %s", v.Name, q, err, want, v.Hash)
		}
	}
	for i, v := range e.Withdrawals {
		w, err := v.Withdrawal.Core()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(w.Encode(), v.Encoding) || w.Leaf() != v.Leaf || len(v.Encoding) != 84 {
			t.Errorf("withdrawal %d: encoding %x leaf %s, want %x %s", i, w.Encode(), w.Leaf(), v.Encoding, v.Leaf)
		}
	}
	for _, tr := range e.WithdrawalTrees {
		if got := merkle.Root(tr.Leaves); got != tr.Root {
			t.Errorf("%d leaves: root %s, want %s", len(tr.Leaves), got, tr.Root)
		}
		for i, leaf := range tr.Leaves {
			if !merkle.Verify(tr.Root, leaf, tr.Proofs[i]) {
				t.Errorf("%d leaves: proof of leaf %d does not verify", len(tr.Leaves), i)
			}
			// A proof is for one leaf only.
			if other := crypto.Keccak256Hash(leaf[:]); merkle.Verify(tr.Root, other, tr.Proofs[i]) {
				t.Errorf("%d leaves: proof of leaf %d verifies another leaf", len(tr.Leaves), i)
			}
		}
	}
}

func TestReplayStateProofs(t *testing.T) {
	p := load[Proofs](t, "proofs.json")
	if len(p.Proofs) < 10 {
		t.Fatalf("only %d proof vectors", len(p.Proofs))
	}
	// The tree's entries give the root the proofs are against.
	db, err := memPebble()
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tree, err := statetree.Open(db, statetree.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var changes []statetree.Change
	for _, e := range p.Entries {
		changes = append(changes, statetree.Change{Key: e.Key, ValueHash: e.ValueHash})
	}
	u, err := tree.Prepare(changes)
	if err != nil {
		t.Fatal(err)
	}
	if err := tree.Commit(db.NewBatch(), u, nil); err != nil {
		t.Fatal(err)
	}
	if root := tree.Root(); root != p.Root {
		t.Fatalf("tree of the listed entries has root %s, want %s", tree.Root(), p.Root)
	}
	for _, v := range p.Proofs {
		t.Run(v.Name, func(t *testing.T) {
			var pr statetree.Proof
			err := pr.UnmarshalBinary(v.Encoded)
			if err == nil {
				sib, leaf := FromProof(&pr)
				if len(sib) != len(v.Siblings) || (leaf == nil) != (v.Leaf == nil) || (leaf != nil && *leaf != *v.Leaf) {
					t.Fatalf("decoded proof %+v does not match the listed siblings and leaf", pr)
				}
				for i := range sib {
					if sib[i] != v.Siblings[i] {
						t.Fatalf("sibling %d is %s, want %s", i, sib[i], v.Siblings[i])
					}
				}
				var got common.Hash
				got, err = pr.Verify(v.Root, v.Key)
				if err == nil && got != v.ValueHash {
					t.Fatalf("value hash %s, want %s", got, v.ValueHash)
				}
			}
			checkErr(t, err, v.Error)
		})
	}
}

func TestReplayBlocks(t *testing.T) {
	b := load[Blocks](t, "blocks.json")
	cfg := core.DevConfig()
	var valid, invalid int
	for i := range b.Blocks {
		v := &b.Blocks[i]
		t.Run(v.Name, func(t *testing.T) {
			db, closeDB, err := NewState(v.PreAccounts, v.PreTokens)
			if err != nil {
				t.Fatal(err)
			}
			defer closeDB()
			if db.Root() != v.PreStateRoot {
				t.Fatalf("pre-state root %s, want %s", db.Root(), v.PreStateRoot)
			}
			got, err := Run(cfg, db, v)
			if v.Error != "" {
				invalid++
				checkErr(t, err, v.Error)
				if at, idx := Where(err); at != v.ErrorAt || idx != v.ErrorIndex {
					t.Fatalf("failed at %s %d, want %s %d", at, idx, v.ErrorAt, v.ErrorIndex)
				}
				return
			}
			valid++
			if err != nil {
				t.Fatal(err)
			}
			if *got.Header != *v.Header || got.BlockHash != v.BlockHash || got.Fees != v.Fees {
				t.Fatalf("header %+v hash %s fees %s, want %+v %s %s", *got.Header, got.BlockHash, got.Fees, *v.Header, v.BlockHash, v.Fees)
			}
			if !sameList(got.Withdrawals, v.Withdrawals) || !sameList(got.PostAccount, v.PostAccount) || !sameList(got.PostTokens, v.PostTokens) {
				t.Fatalf("withdrawals or post-state differ:\n got %+v %+v %+v\nwant %+v %+v %+v",
					got.Withdrawals, got.PostAccount, got.PostTokens, v.Withdrawals, v.PostAccount, v.PostTokens)
			}
			// The withdrawals root in the header is the tree of the listed leaves.
			var leaves []common.Hash
			for _, w := range v.Withdrawals {
				cw, err := w.Core()
				if err != nil {
					t.Fatal(err)
				}
				leaves = append(leaves, cw.Leaf())
			}
			if merkle.Root(leaves) != v.Header.WithdrawalsRoot {
				t.Fatalf("withdrawals root %s is not the tree of the listed withdrawals", v.Header.WithdrawalsRoot)
			}
		})
	}
	if valid < 5 || invalid < 10 {
		t.Fatalf("%d valid and %d invalid block vectors; the files are too thin", valid, invalid)
	}
}

// TestReplayCatchesTampering shows the replay is not vacuous: a vector with
// one byte or one expectation changed fails.
func TestReplayCatchesTampering(t *testing.T) {
	b := load[Blocks](t, "blocks.json")
	cfg := core.DevConfig()
	var v *BlockVector
	for i := range b.Blocks {
		if b.Blocks[i].Error == "" && len(b.Blocks[i].TxData) > 0 {
			v = &b.Blocks[i]
			break
		}
	}
	if v == nil {
		t.Fatal("no valid block with transactions")
	}
	// Flip a byte of a signature: the block must fail or give another root.
	tampered := *v
	tampered.TxData = bytes.Clone(v.TxData)
	tampered.TxData[len(tampered.TxData)-1] ^= 1
	db, closeDB, err := NewState(v.PreAccounts, v.PreTokens)
	if err != nil {
		t.Fatal(err)
	}
	defer closeDB()
	got, err := Run(cfg, db, &tampered)
	if err == nil && got.BlockHash == v.BlockHash {
		t.Fatal("a tampered tx data gave the same block")
	}
	// A different parent state root is refused before execution.
	wrong := *v
	wrong.Parent.StateRoot = common.Hash{1}
	if _, err := Run(cfg, db, &wrong); err == nil {
		t.Fatal("a block ran on a state that is not its parent's")
	}
	if _, err := RuleText(errors.New("something else")); err == nil {
		t.Fatal("RuleText accepted an error that is not a rule")
	}
}

// sameList compares two lists of vector values; a missing list (omitted
// from the JSON) equals an empty one.
func sameList[T comparable](a, b []T) bool {
	return slices.Equal(a, b)
}
