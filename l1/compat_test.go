package l1

import (
	"errors"
	"math/big"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
)

// The records as a database written before the follower kept challenges,
// payments and the whole verdict holds them.
type (
	oldFollowerState struct {
		Next       uint64
		LastHash   common.Hash
		LastTime   uint64
		QueueLen   uint64
		BatchCount uint64
		ProofCount uint64
		Generation uint64
	}
	oldUndoRecord struct {
		QueueLen    uint64
		BatchCount  uint64
		ProofCount  uint64
		Overwritten []BatchRecord
		NewTokens   []common.Address
	}
	oldProofRecord struct {
		BatchIndex    uint64
		BlockNumber   uint64
		Challenger    common.Address
		Fraud         uint8
		Reward        *big.Int
		BatchRoot     common.Hash
		BatchFirst    uint64
		BatchLast     uint64
		BatchLastHash common.Hash
		Tx            common.Hash
		L1Block       uint64
	}
)

// TestOldFollowerRecordsDecode: a follower opens a database written before
// the explorer's records were kept: its state, proofs and undo records
// decode, an old proof reads with no verdict beyond its kind and reward,
// and asking which batches it reverted is refused rather than made up.
func TestOldFollowerRecordsDecode(t *testing.T) {
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	put := func(key []byte, v any) {
		enc, err := rlp.EncodeToBytes(v)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Set(key, enc, pebble.Sync); err != nil {
			t.Fatal(err)
		}
	}
	put(flwState, &oldFollowerState{Next: 40, LastHash: common.Hash{1}, LastTime: 1000, BatchCount: 1, ProofCount: 1, Generation: 2})
	put(numKey(flwBatch, 0), &BatchRecord{Index: 0, FirstBlock: 1, LastBlock: 3})
	put(numKey(flwProof, 0), &oldProofRecord{BatchIndex: 1, BlockNumber: 5, Fraud: 6, Reward: big.NewInt(5e15), L1Block: 30})
	put(numKey(flwUndo, 30), &oldUndoRecord{QueueLen: 0, BatchCount: 2, ProofCount: 0})

	f, err := NewFollower(FollowerConfig{Rollup: &Rollup{}, DB: db, FromBlock: 10})
	if err != nil {
		t.Fatal(err)
	}
	s := f.Snapshot()
	if s.L1Block != 39 || s.ProofCount() != 1 || s.ChallengeCount() != 0 || s.Generation != 2 {
		t.Fatalf("old state read as block %d, %d proofs, %d challenges, generation %d", s.L1Block, s.ProofCount(), s.ChallengeCount(), s.Generation)
	}
	p, err := s.Proof(0)
	if err != nil {
		t.Fatal(err)
	}
	if p.BlockNumber != 5 || p.Reward.Cmp(big.NewInt(5e15)) != 0 || p.Burned != nil || p.L1Time != 0 {
		t.Fatalf("old proof read as %+v", p)
	}
	if _, err := s.RevertedBatch(0, 1); !errors.Is(err, ErrUnknownBatch) {
		t.Fatalf("batches reverted by an old proof: %v, want ErrUnknownBatch", err)
	}
	if _, ok, err := s.Paid(WithdrawalID{Block: 1}); ok || err != nil {
		t.Fatalf("old database: withdrawal paid %v, %v", ok, err)
	}

	// Going back over an old undo record restores its counts.
	st := f.state
	st.ChallengeCount = 0
	if err := f.rollBack(&st, 29, common.Hash{2}); err != nil {
		t.Fatal(err)
	}
	if st.ProofCount != 0 || st.BatchCount != 2 || st.Next != 30 {
		t.Fatalf("rolled back over an old undo record to %+v", st)
	}
	if v, err := f.get(numKey(flwProof, 0)); err != nil || v != nil {
		t.Fatalf("the proof the old undo record takes back is still stored (%v)", err)
	}
}
