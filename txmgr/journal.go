package txmgr

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Journal keeps the transactions a Manager has signed and not yet seen
// confirmed, one per nonce (the latest version: each fee bump overwrites
// it), so that a restarted process resumes them (see Manager.Start). Raw
// is the transaction's binary encoding, with its blob sidecar if it has
// one. Put must be durable when it returns: it is called before the
// transaction is handed to the node.
type Journal interface {
	Put(nonce uint64, raw []byte) error
	Delete(nonce uint64) error
	// Load returns every entry, in nonce order.
	Load() ([]JournalEntry, error)
}

// JournalEntry is one journaled transaction.
type JournalEntry struct {
	Nonce uint64
	Raw   []byte
}

// ErrCorruptJournal is returned for a journal entry that is not a
// transaction of this key and chain at its nonce.
var ErrCorruptJournal = errors.New("txmgr: corrupt journal entry")

// decodeEntry decodes a journal entry and checks that it is a signed
// transaction of from on chainID with the entry's nonce.
func decodeEntry(e JournalEntry, signer types.Signer, chainID *big.Int, from common.Address) (*types.Transaction, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(e.Raw); err != nil {
		return nil, fmt.Errorf("%w: nonce %d: %v", ErrCorruptJournal, e.Nonce, err)
	}
	switch tx.Type() {
	case types.DynamicFeeTxType, types.BlobTxType:
	default:
		return nil, fmt.Errorf("%w: nonce %d: transaction type %d", ErrCorruptJournal, e.Nonce, tx.Type())
	}
	if tx.Nonce() != e.Nonce {
		return nil, fmt.Errorf("%w: entry %d holds nonce %d", ErrCorruptJournal, e.Nonce, tx.Nonce())
	}
	if tx.ChainId().Cmp(chainID) != 0 {
		return nil, fmt.Errorf("%w: nonce %d: chain %s, want %s", ErrCorruptJournal, e.Nonce, tx.ChainId(), chainID)
	}
	if tx.Type() == types.BlobTxType {
		sc := tx.BlobTxSidecar()
		if sc == nil {
			return nil, fmt.Errorf("%w: nonce %d: blob transaction without its sidecar", ErrCorruptJournal, e.Nonce)
		}
		if err := sc.ValidateBlobCommitmentHashes(tx.BlobHashes()); err != nil {
			return nil, fmt.Errorf("%w: nonce %d: %v", ErrCorruptJournal, e.Nonce, err)
		}
	}
	sender, err := types.Sender(signer, tx)
	if err != nil {
		return nil, fmt.Errorf("%w: nonce %d: %v", ErrCorruptJournal, e.Nonce, err)
	}
	if sender != from {
		return nil, fmt.Errorf("%w: nonce %d: signed by %s, not %s", ErrCorruptJournal, e.Nonce, sender, from)
	}
	return tx, nil
}

// MemJournal is a Journal in memory: it survives a Manager's Stop and
// Start within one process (tests, or a command that restarts its
// manager), not a crash.
type MemJournal struct {
	mu sync.Mutex
	m  map[uint64][]byte
}

// NewMemJournal returns an empty in-memory journal.
func NewMemJournal() *MemJournal { return &MemJournal{m: map[uint64][]byte{}} }

// Put stores raw under nonce.
func (j *MemJournal) Put(nonce uint64, raw []byte) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.m[nonce] = append([]byte(nil), raw...)
	return nil
}

// Delete removes nonce's entry.
func (j *MemJournal) Delete(nonce uint64) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	delete(j.m, nonce)
	return nil
}

// Load returns the entries in nonce order.
func (j *MemJournal) Load() ([]JournalEntry, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := make([]JournalEntry, 0, len(j.m))
	for n, raw := range j.m {
		out = append(out, JournalEntry{Nonce: n, Raw: append([]byte(nil), raw...)})
	}
	slices.SortFunc(out, func(a, b JournalEntry) int { return cmpUint64(a.Nonce, b.Nonce) })
	return out, nil
}

// PebbleJournal is a Journal in a Pebble database, under a key prefix of
// the caller's (one prefix per key: the journal does not name the
// account). Keys are prefix‖nonce (8 bytes, big-endian); writes are synced.
type PebbleJournal struct {
	db     *pebble.DB
	prefix []byte
}

// NewPebbleJournal returns the journal under prefix in db. The prefix must
// not be empty and no other key of db may start with it.
func NewPebbleJournal(db *pebble.DB, prefix []byte) (*PebbleJournal, error) {
	if db == nil {
		return nil, errors.New("txmgr: pebble journal without a database")
	}
	if len(prefix) == 0 {
		return nil, errors.New("txmgr: pebble journal needs a key prefix")
	}
	return &PebbleJournal{db: db, prefix: append([]byte(nil), prefix...)}, nil
}

func (j *PebbleJournal) key(nonce uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), j.prefix...), nonce)
}

// Put stores raw under nonce, synced to disk.
func (j *PebbleJournal) Put(nonce uint64, raw []byte) error {
	if err := j.db.Set(j.key(nonce), raw, pebble.Sync); err != nil {
		return fmt.Errorf("txmgr: journal nonce %d: %w", nonce, err)
	}
	return nil
}

// Delete removes nonce's entry.
func (j *PebbleJournal) Delete(nonce uint64) error {
	if err := j.db.Delete(j.key(nonce), pebble.Sync); err != nil {
		return fmt.Errorf("txmgr: journal delete nonce %d: %w", nonce, err)
	}
	return nil
}

// Load returns the entries in nonce order (the keys' order).
func (j *PebbleJournal) Load() ([]JournalEntry, error) {
	it, err := j.db.NewIter(&pebble.IterOptions{LowerBound: j.prefix, UpperBound: prefixEnd(j.prefix)})
	if err != nil {
		return nil, fmt.Errorf("txmgr: journal: %w", err)
	}
	defer it.Close()
	var out []JournalEntry
	for it.First(); it.Valid(); it.Next() {
		k := it.Key()
		if len(k) != len(j.prefix)+8 {
			return nil, fmt.Errorf("%w: key %x under prefix %x", ErrCorruptJournal, k, j.prefix)
		}
		out = append(out, JournalEntry{Nonce: binary.BigEndian.Uint64(k[len(j.prefix):]), Raw: append([]byte(nil), it.Value()...)})
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("txmgr: journal: %w", err)
	}
	return out, nil
}

// prefixEnd is the least key above every key that starts with p (nil if
// there is none: p is all 0xff).
func prefixEnd(p []byte) []byte {
	end := append([]byte(nil), p...)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

func cmpUint64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
