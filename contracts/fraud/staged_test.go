package fraud_test

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
	"github.com/viaduct-l2/viaduct/state"
)

// txpoolMaxSize is the largest transaction geth's txpool accepts (its
// txMaxSize, 4 slots of 32 KiB): a staged challenge's every transaction
// must stay below it, so that a challenger can send it the ordinary way.
const txpoolMaxSize = 128 * 1024

// staged runs a staged proof (spec section 16.2) against the verifier as
// the Rollup does: open, then the chunks of at most maxBytes in order, each
// continuing where the last left; it returns the verdict the Rollup would
// apply (None where it reverts NoFraud), or the first revert.
func (r *rig) staged(p *proof, w *fraud.Witness, maxBytes int) (bindings.FraudVerifierResult, error) {
	r.t.Helper()
	values, err := w.Values()
	if err != nil {
		r.t.Fatal(err)
	}
	out, err := r.chain.Call(r.verifier, verifierABI.PackOpen(p.parent.Encode(), p.header.Encode(), p.txData, p.queue, values))
	if err != nil {
		return bindings.FraudVerifierResult{}, err
	}
	o, err := verifierABI.UnpackOpen(out)
	if err != nil {
		r.t.Fatal(err)
	}
	if o.Stage.Count.Uint64() != uint64(len(w.Entries)) {
		r.t.Fatalf("open counts %d entries, the witness has %d", o.Stage.Count, len(w.Entries))
	}
	if d := w.Digests()[0]; o.Stage.Digest != d {
		r.t.Fatalf("open's digest %x, Go's %x", o.Stage.Digest, d)
	}
	chunks, err := w.Chunks(0, maxBytes)
	if err != nil {
		r.t.Fatal(err)
	}
	root, digest := o.Stage.ParentRoot, o.Stage.Digest
	for i, c := range chunks {
		out, err := r.chain.Call(r.verifier, verifierABI.PackProve(o.Stage.Commit, root, digest, c))
		if err != nil {
			return bindings.FraudVerifierResult{}, err
		}
		pr, err := verifierABI.UnpackProve(out)
		if err != nil {
			r.t.Fatal(err)
		}
		if o.Stage.Commit {
			root = pr.NewRoot
		} else if pr.NewRoot != root {
			r.t.Fatalf("chunk %d of a block that writes nothing moved the root", i)
		}
		digest = pr.Rest
	}
	if digest != (common.Hash{}) {
		r.t.Fatalf("digest %x after the last chunk, want zero", digest)
	}
	res := o.R
	if res.Fraud == fraudNone && o.Stage.Commit && root != o.Stage.StateRoot {
		res.Fraud = fraudStateRoot
	}
	return res, nil
}

// TestStagedVerdictsMatchVerify replays every block vector as a staged
// proof, with one entry per chunk and with every entry in one chunk: the
// verdict is the one-transaction proof's, for the honest header and for
// headers with a wrong state or withdrawals root.
func TestStagedVerdictsMatchVerify(t *testing.T) {
	cfg, blocks := loadBlocks(t)
	r := newRig(t, cfg)
	for _, v := range blocks {
		t.Run(v.Name, func(t *testing.T) {
			r.t = t
			c := prepare(t, cfg, v)
			if c.err != nil {
				return // no verdict for a block L1 never accepts (TestVectorsOnChain)
			}
			r.enqueue(c.parent.QueueCursor, c.queue)
			headers := []*core.Header{c.header}
			if v.Error == "" {
				wrongState, wrongWithdrawals := *c.header, *c.header
				wrongState.StateRoot[0] ^= 1
				wrongWithdrawals.WithdrawalsRoot = common.Hash{0xbb}
				headers = append(headers, &wrongState, &wrongWithdrawals)
			}
			for _, h := range headers {
				p := newProof(t, c.parent, h, v.TxData, c.queue, c.built.Witness)
				want := r.mustVerdict(p)
				for _, size := range []int{1, 1 << 20} {
					got, err := r.staged(p, c.built.Witness, size)
					if err != nil {
						t.Fatalf("staged proof in chunks of %d bytes: %v", size, err)
					}
					if got.Fraud != want.Fraud || got.TxIndex.Cmp(want.TxIndex) != 0 || got.Rule != want.Rule {
						t.Fatalf("chunks of %d bytes: staged verdict %s, verify's %s", size, describe(got), describe(want))
					}
				}
			}
		})
	}
}

// stagedL2 posts a block of transfers on top of an honest deposit block,
// for the Rollup-level tests; with lie, its header lies about its state
// root.
type stagedL2 struct {
	*l2
	parent, header *core.Header
	txData         []byte
	witness        *fraud.Witness
}

func newStagedL2(t *testing.T, lie bool) *stagedL2 {
	c := newL2(t)
	seq := c.chain.Accounts[0]
	alice, bob := newSigner("alice"), newSigner("bob")
	deposit := core.QueueItem{Kind: core.QueueDepositETH, From: seq.Address, To: alice.addr, Amount: *uint256.NewInt(5e18)}
	c.chain.MustSend(seq, c.rollup, rollupABI.PackDepositETH(alice.addr), deposit.Amount.ToBig())
	h1, data1, _, o1 := c.block([]core.QueueItem{deposit}, nil, nil)
	c.submit(h1, data1)
	commit(t, c.db, o1.Diff)
	c.parent = h1
	var txs []*core.Tx
	for i := range 4 {
		txs = append(txs, sign(t, c.cfg, txSpec{from: alice, nonce: uint64(i), to: bob.addr, value: uint256.NewInt(1e17)}))
	}
	var wrong func(h *core.Header)
	if lie {
		wrong = func(h *core.Header) { h.StateRoot[0] ^= 0xff }
	}
	h2, data2, built, _ := c.block(nil, txs, wrong)
	c.submit(h2, data2)
	return &stagedL2{l2: c, parent: h1, header: h2, txData: data2, witness: built.Witness}
}

func (s *stagedL2) start(from *simtest.Account) (*types.Receipt, error) {
	values, err := s.witness.Values()
	if err != nil {
		s.t.Fatal(err)
	}
	return s.startWith(from, []*core.Header{s.header}, values)
}

// startWith commits from `from` and starts a staged challenge of s.header,
// one of the batch's headers, with the given values.
func (s *stagedL2) startWith(from *simtest.Account, headers []*core.Header, values []byte) (*types.Receipt, error) {
	salt := s.commit(from, 1, s.header.Hash())
	idx := 0
	for i, h := range headers {
		if h.Hash() == s.header.Hash() {
			idx = i
		}
	}
	return s.chain.Send(from, s.rollup, rollup.StartChallengeCall(1, s.parent, headers, idx, s.txData, nil, values, salt), nil)
}

func (s *stagedL2) chunks(maxBytes int) [][]byte {
	chunks, err := s.witness.Chunks(0, maxBytes)
	if err != nil {
		s.t.Fatal(err)
	}
	return chunks
}

func (s *stagedL2) send(from *simtest.Account, chunk []byte) (*types.Receipt, error) {
	return s.chain.Send(from, s.rollup, rollup.ContinueChallengeCall(1, s.header.Hash(), chunk), nil)
}

func (s *stagedL2) session(of common.Address) bindings.RollupSession {
	out := s.call(rollupABI.PackChallengeSession(of, big.NewInt(1), s.header.Hash()))
	ss, err := rollupABI.UnpackChallengeSession(out)
	if err != nil {
		s.t.Fatal(err)
	}
	return ss
}

// TestStagedChallengeRevertsTheLie: a wrong state root proven in one entry
// per transaction: every chunk but the last leaves the batch in place, the
// last reverts it and pays the challenger as a one-transaction challenge
// does; the session is gone and its chunks cannot be replayed.
func TestStagedChallengeRevertsTheLie(t *testing.T) {
	s := newStagedL2(t, true)
	challenger := s.chain.Accounts[1]
	if _, err := s.start(challenger); err != nil {
		t.Fatal(err)
	}
	ss := s.session(challenger.Address)
	if ss.BlocksRoot == ([32]byte{}) || int(ss.Remaining) != len(s.witness.Entries) || !ss.Commit {
		t.Fatalf("session after the start: %+v", ss)
	}
	chunks := s.chunks(1)
	if len(chunks) != len(s.witness.Entries) || len(chunks) < 3 {
		t.Fatalf("%d chunks for %d entries", len(chunks), len(s.witness.Entries))
	}
	for i, c := range chunks {
		r, err := s.send(challenger, c)
		if err != nil {
			t.Fatalf("chunk %d: %v", i, err)
		}
		if i < len(chunks)-1 {
			if n := s.batchCount(); n != 2 {
				t.Fatalf("batch count %d after chunk %d", n, i)
			}
			if got := s.session(challenger.Address).Remaining; int(got) != len(chunks)-1-i {
				t.Fatalf("%d entries remain after chunk %d", got, i)
			}
			continue
		}
		var proven *bindings.RollupFraudProven
		for _, l := range r.Logs {
			if ev, err := rollupABI.UnpackFraudProvenEvent(l); err == nil {
				proven = ev
			}
		}
		if proven == nil || proven.Fraud != fraudStateRoot || proven.BatchIndex.Uint64() != 1 || proven.BlockNumber != s.header.Number || proven.Challenger != challenger.Address {
			t.Fatalf("last chunk: FraudProven %+v", proven)
		}
	}
	if n := s.batchCount(); n != 1 {
		t.Fatalf("batch count %d after the challenge, want 1", n)
	}
	if got, half := s.claimable(challenger.Address), new(big.Int).Div(bond, big.NewInt(2)); got.Cmp(half) != 0 {
		t.Fatalf("challenger may claim %s, want %s", got, half)
	}
	if ss := s.session(challenger.Address); ss.BlocksRoot != ([32]byte{}) {
		t.Fatalf("session left after the verdict: %+v", ss)
	}
	_, err := s.send(challenger, chunks[len(chunks)-1])
	wantRollupRevert(t, err, "UnknownChallenge(uint256,bytes32)")
}

// TestStagedChallengeAttacks: chunks that do not continue the session, a
// session continued by another account, values that lack an entry, chunks
// that do not decode, an honest block, and a session whose batch or window
// is gone by its last chunk: each rejected, nothing reverted.
func TestStagedChallengeAttacks(t *testing.T) {
	s := newStagedL2(t, true)
	challenger, other := s.chain.Accounts[1], s.chain.Accounts[2]
	chunks := s.chunks(1)

	_, err := s.send(challenger, chunks[0])
	wantRollupRevert(t, err, "UnknownChallenge(uint256,bytes32)")

	// Values that lack an entry the execution reads.
	short := *s.witness
	short.Entries = short.Entries[1:]
	values, err := short.Values()
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.startWith(challenger, []*core.Header{s.header}, values)
	wantRollupRevert(t, err, "MissingWitness(bytes32)")

	if _, err := s.start(challenger); err != nil {
		t.Fatal(err)
	}
	// Another account has no session of its own to continue.
	_, err = s.send(other, chunks[0])
	wantRollupRevert(t, err, "UnknownChallenge(uint256,bytes32)")
	// Out of order: the second chunk first.
	_, err = s.send(challenger, chunks[1])
	wantRollupRevert(t, err, "ChunkMismatch(bytes32,bytes32)")
	// A value before or after the block other than the session's.
	for _, at := range []int{2 + 32, 2 + 64} {
		bad := bytes.Clone(chunks[0])
		bad[at] ^= 1
		_, err = s.send(challenger, bad)
		wantRollupRevert(t, err, "ChunkMismatch(bytes32,bytes32)")
	}
	// Chunks that do not decode.
	for name, c := range map[string][]byte{
		"empty":         {},
		"no entries":    append([]byte{0, 0}, make([]byte, 32)...),
		"truncated":     chunks[0][:len(chunks[0])-33],
		"trailing byte": append(bytes.Clone(chunks[0]), 0),
		"count too big": append([]byte{0, 2}, chunks[0][2:]...),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := s.send(challenger, c)
			wantRollupRevert(t, err, "MalformedChunk(uint256)")
		})
	}
	// The witness for another key: the second entry's proof is the first's.
	swapped := clone(t, s.witness)
	swapped.Writes = true
	for i := range swapped.Entries {
		swapped.Entries[i].Post = s.witness.Entries[i].Post
	}
	swapped.Entries[1].Proof = swapped.Entries[0].Proof
	two, err := swapped.Chunks(0, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.send(challenger, two[0]); err == nil {
		t.Fatal("a chunk with another key's proof was accepted")
	}
	if ss := s.session(challenger.Address); int(ss.Remaining) != len(s.witness.Entries) {
		t.Fatalf("rejected chunks changed the session: %+v", ss)
	}

	// A session started on a false value (bob held 1 wei more): the block
	// executes on it, the digest binds it, and the proof of bob's entry
	// shows his true balance.
	lie := clone(t, s.witness)
	lie.Writes = true
	bobKey := state.AccountKey(newSigner("bob").addr)
	for i := range lie.Entries {
		e := &lie.Entries[i]
		e.Post = s.witness.Entries[i].Post
		if e.Key == bobKey {
			e.Balance.AddUint64(&e.Balance, 1)
			post := state.Account{Nonce: e.Nonce, Balance: *new(uint256.Int).AddUint64(uint256.NewInt(4e17), 1)}
			e.Post = post.ValueHash()
		}
	}
	lieValues, err := lie.Values()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.startWith(challenger, []*core.Header{s.header}, lieValues); err != nil {
		t.Fatal(err)
	}
	lieChunks, err := lie.Chunks(0, 1)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range lieChunks {
		_, err := s.send(challenger, c)
		if lie.Entries[i].Key == bobKey {
			wantRollupRevert(t, err, "ValueMismatch(bytes32,bytes32,bytes32)")
			break
		}
		if err != nil {
			t.Fatalf("chunk %d before bob's: %v", i, err)
		}
	}
	if _, err := s.start(challenger); err != nil { // afresh, on the true values
		t.Fatal(err)
	}

	// The batch goes before the last chunk: another challenger proves the
	// block in one transaction.
	for _, c := range chunks[:len(chunks)-1] {
		if _, err := s.send(challenger, c); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.prove(other, 1, s.parent, s.header, s.txData, nil, s.witness); err != nil {
		t.Fatal(err)
	}
	_, err = s.send(challenger, chunks[len(chunks)-1])
	wantRollupRevert(t, err, "UnknownBatch(uint256)")
	// The sequencer posts the same lie again at the same index, with a
	// block on top: the old session's batch is not this one.
	top := &core.Header{
		ParentHash: s.header.Hash(), Number: s.header.Number + 1, Timestamp: s.chain.Now(),
		TxDataHash: core.EmptyTxDataHash, StateRoot: s.header.StateRoot, QueueCursor: s.header.QueueCursor,
	}
	headers := []*core.Header{s.header, top}
	s.chain.MustSend(s.sequence, s.rollup, rollupABI.PackSubmitBatch(rollup.BatchArg([]rollup.Block{
		{Header: s.header, TxData: s.txData}, {Header: top},
	})), bond)
	_, err = s.send(challenger, chunks[len(chunks)-1])
	wantRollupRevert(t, err, "BatchReplaced(uint256)")
	// Started afresh, the challenge proves the new batch wrong.
	values, err = s.witness.Values()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.startWith(challenger, headers, values); err != nil {
		t.Fatal(err)
	}
	for i, c := range chunks {
		if _, err := s.send(challenger, c); err != nil {
			t.Fatalf("chunk %d of the fresh session: %v", i, err)
		}
	}
	if n := s.batchCount(); n != 1 {
		t.Fatalf("batch count %d, want 1", n)
	}

	// The window closes before the last chunk.
	s.submit(s.header, s.txData)
	if _, err := s.start(challenger); err != nil {
		t.Fatal(err)
	}
	for _, c := range chunks[:len(chunks)-1] {
		if _, err := s.send(challenger, c); err != nil {
			t.Fatal(err)
		}
	}
	s.chain.AdvanceTime(challengeWindow * time.Second)
	_, err = s.send(challenger, chunks[len(chunks)-1])
	wantRollupRevert(t, err, "ChallengeWindowClosed(uint256,uint256)")
	if n := s.batchCount(); n != 2 {
		t.Fatalf("batch count %d, want 2", n)
	}
}

// TestStagedChallengeOfAnHonestBlockFails: every chunk of an honest block's
// proof verifies, and the last says NoFraud.
func TestStagedChallengeOfAnHonestBlockFails(t *testing.T) {
	s := newStagedL2(t, false)
	challenger := s.chain.Accounts[1]
	if _, err := s.start(challenger); err != nil {
		t.Fatal(err)
	}
	chunks := s.chunks(1)
	for i, ch := range chunks {
		_, err := s.send(challenger, ch)
		if i < len(chunks)-1 && err != nil {
			t.Fatalf("chunk %d: %v", i, err)
		}
		if i == len(chunks)-1 {
			wantRollupRevert(t, err, "NoFraud()")
		}
	}
	if n := s.batchCount(); n != 2 {
		t.Fatalf("batch count %d, want 2", n)
	}
}

// TestStagedChallengeOfTheWorstBlock proves the worst block of spec section
// 12 (65,536 random keys in the tree, or VIADUCT_FRAUD_GAS_KEYS) through the Rollup with transactions
// of at most 64 KiB, each sent and mined on the simulated chain: every
// transaction is below geth's txpool limit and the EIP-7825 gas cap, and
// the last reverts the batch.
func TestStagedChallengeOfTheWorstBlock(t *testing.T) {
	c := newL2(t)
	challenger := c.chain.Accounts[1]
	filler := fillerKeys(t)
	first, wrong, p, queue, w := c.worstOnRollup(t, filler)
	values, err := w.Values()
	if err != nil {
		t.Fatal(err)
	}
	salt := c.commit(challenger, 1, wrong.Hash())
	start := rollup.StartChallengeCall(1, first, []*core.Header{wrong}, 0, p.txData, queue, values, salt)
	r := c.chain.MustSend(challenger, c.rollup, start, nil)
	total, biggest := r.GasUsed, len(start)
	t.Logf("startChallenge: calldata %d bytes, %d gas", len(start), r.GasUsed)
	chunks, err := w.Chunks(0, 64*1024)
	if err != nil {
		t.Fatal(err)
	}
	for i, ch := range chunks {
		call := rollup.ContinueChallengeCall(1, wrong.Hash(), ch)
		r := c.chain.MustSend(challenger, c.rollup, call, nil)
		t.Logf("continueChallenge %d: %d entries, calldata %d bytes, %d gas", i, binary.BigEndian.Uint16(ch), len(call), r.GasUsed)
		total += r.GasUsed
		biggest = max(biggest, len(call))
		if r.GasUsed > core.MaxTxGas {
			t.Fatalf("chunk %d takes %d gas, above the EIP-7825 cap", i, r.GasUsed)
		}
	}
	if biggest >= txpoolMaxSize {
		t.Fatalf("a transaction of %d bytes, above geth's txpool limit", biggest)
	}
	if n := c.batchCount(); n != 1 {
		t.Fatalf("batch count %d after the staged challenge, want 1", n)
	}
	t.Logf("staged challenge of the worst block, %d filler keys: %d entries, %d transactions, largest %d bytes, %d gas in all", filler, len(w.Entries), len(chunks)+1, biggest, total)
}
