package channel

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
)

// Status is where a channel is, as its party knows it.
type Status string

const (
	// StatusOpen: open on L1; payments flow.
	StatusOpen Status = "open"
	// StatusFinal: a FinalState is signed; no further state will be signed,
	// the cooperative close is being submitted.
	StatusFinal Status = "final"
	// StatusClosing: a unilateral close is in its challenge period on L1.
	StatusClosing Status = "closing"
	// StatusClosed: paid out on L1.
	StatusClosed Status = "closed"
)

// Info is what a party knows of a channel besides its states.
type Info struct {
	ID              common.Hash    `json:"id"`
	Domain          Domain         `json:"domain"`
	PartyA          common.Address `json:"partyA"`
	PartyB          common.Address `json:"partyB"`
	Me              Side           `json:"me"`
	Token           common.Address `json:"token"`
	ChallengePeriod uint64         `json:"challengePeriod"`
	// PeerURL is the counterparty's channel_ endpoint (ws://...).
	PeerURL  string       `json:"peerUrl"`
	Status   Status       `json:"status"`
	ClosesAt uint64       `json:"closesAt,omitempty"`
	Final    *SignedState `json:"final,omitempty"`
}

// Party returns the address of side.
func (i *Info) Party(s Side) common.Address {
	if s == SideA {
		return i.PartyA
	}
	return i.PartyB
}

// Store is a party's (or a watchtower's) database: channel records and every
// state it signed, on Pebble. Writes that answer a peer are synced to disk
// before the answer leaves (see the Sync argument of SaveStates).
//
// Keys:
//
//	'c' | channelId            -> Info (JSON)
//	'm' | channelId            -> latest complete nonce (8) | highest nonce signed (8)
//	's' | channelId | nonce(8) -> SignedState (binary, see encoding.go)
type Store struct {
	db *pebble.DB
}

// ErrNotFound is returned for a channel or state the store does not hold.
var ErrNotFound = errors.New("not found")

// OpenStore opens (creating if needed) the store in dir.
func OpenStore(dir string) (*Store, error) {
	db, err := pebble.Open(dir, &pebble.Options{
		Logger: quietLogger{},
		// States arrive in nonce order and are rarely read: a larger
		// memtable means fewer flushes and compactions on the payment path.
		MemTableSize: 32 << 20,
	})
	if err != nil {
		return nil, fmt.Errorf("opening channel store %s: %w", dir, err)
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func key(prefix byte, id common.Hash, nonce ...uint64) []byte {
	k := make([]byte, 1+32, 1+32+8)
	k[0] = prefix
	copy(k[1:], id[:])
	if len(nonce) > 0 {
		k = binary.BigEndian.AppendUint64(k, nonce[0])
	}
	return k
}

// PutChannel writes a channel record, synced.
func (s *Store) PutChannel(info *Info) error {
	v, err := json.Marshal(info)
	if err != nil {
		return fmt.Errorf("encoding channel %s: %w", info.ID, err)
	}
	if err := s.db.Set(key('c', info.ID), v, pebble.Sync); err != nil {
		return fmt.Errorf("writing channel %s: %w", info.ID, err)
	}
	return nil
}

// Channel reads a channel record.
func (s *Store) Channel(id common.Hash) (*Info, error) {
	v, closer, err := s.db.Get(key('c', id))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, fmt.Errorf("channel %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("reading channel %s: %w", id, err)
	}
	defer closer.Close()
	var info Info
	if err := json.Unmarshal(v, &info); err != nil {
		return nil, fmt.Errorf("decoding channel %s: %w", id, err)
	}
	return &info, nil
}

// Channels lists every channel record.
func (s *Store) Channels() ([]*Info, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{'c'}, UpperBound: []byte{'d'}})
	if err != nil {
		return nil, fmt.Errorf("listing channels: %w", err)
	}
	defer it.Close()
	var out []*Info
	for it.First(); it.Valid(); it.Next() {
		var info Info
		if err := json.Unmarshal(it.Value(), &info); err != nil {
			return nil, fmt.Errorf("decoding channel %x: %w", it.Key()[1:], err)
		}
		out = append(out, &info)
	}
	return out, it.Error()
}

// Meta is the per-channel pair of nonces the rules need.
type Meta struct {
	Latest  uint64 // nonce of the latest state signed by both
	Highest uint64 // highest nonce this party has signed (>= Latest)
}

// Meta reads a channel's nonces; a channel without states has zeros.
func (s *Store) Meta(id common.Hash) (Meta, error) {
	v, closer, err := s.db.Get(key('m', id))
	if errors.Is(err, pebble.ErrNotFound) {
		return Meta{}, nil
	}
	if err != nil {
		return Meta{}, fmt.Errorf("reading nonces of %s: %w", id, err)
	}
	defer closer.Close()
	if len(v) != 16 {
		return Meta{}, fmt.Errorf("nonces of %s: %w: %d bytes", id, ErrEncoding, len(v))
	}
	return Meta{Latest: binary.BigEndian.Uint64(v), Highest: binary.BigEndian.Uint64(v[8:])}, nil
}

// SaveStates writes states (complete or carrying only this party's
// signature) and the channel's new nonces in one atomic batch. With sync,
// it returns only once the batch is on disk: a party calls it that way
// before it sends a signature to anyone.
func (s *Store) SaveStates(id common.Hash, states []SignedState, meta Meta, sync bool) error {
	b := s.db.NewBatch()
	defer b.Close()
	for i := range states {
		if states[i].ChannelID != id {
			return fmt.Errorf("saving state of %s under %s: %w", states[i].ChannelID, id, ErrWrongChannel)
		}
		v, err := states[i].MarshalBinary()
		if err != nil {
			return fmt.Errorf("encoding state %d of %s: %w", states[i].Nonce, id, err)
		}
		if err := b.Set(key('s', id, states[i].Nonce), v, nil); err != nil {
			return fmt.Errorf("batching state %d of %s: %w", states[i].Nonce, id, err)
		}
	}
	var m [16]byte
	binary.BigEndian.PutUint64(m[:], meta.Latest)
	binary.BigEndian.PutUint64(m[8:], meta.Highest)
	if err := b.Set(key('m', id), m[:], nil); err != nil {
		return fmt.Errorf("batching nonces of %s: %w", id, err)
	}
	opts := pebble.NoSync
	if sync {
		opts = pebble.Sync
	}
	if err := b.Commit(opts); err != nil {
		return fmt.Errorf("writing %d states of %s: %w", len(states), id, err)
	}
	return nil
}

// ReplaceState writes ss as the channel's only state, deleting the one at
// nonce old (a watchtower keeps the newest state of each channel and
// nothing else), in one batch synced to disk before it returns.
func (s *Store) ReplaceState(ss *SignedState, old uint64) error {
	id := ss.ChannelID
	v, err := ss.MarshalBinary()
	if err != nil {
		return fmt.Errorf("encoding state %d of %s: %w", ss.Nonce, id, err)
	}
	b := s.db.NewBatch()
	defer b.Close()
	if old != 0 && old != ss.Nonce {
		if err := b.Delete(key('s', id, old), nil); err != nil {
			return fmt.Errorf("batching the deletion of state %d of %s: %w", old, id, err)
		}
	}
	if err := b.Set(key('s', id, ss.Nonce), v, nil); err != nil {
		return fmt.Errorf("batching state %d of %s: %w", ss.Nonce, id, err)
	}
	var m [16]byte
	binary.BigEndian.PutUint64(m[:], ss.Nonce)
	binary.BigEndian.PutUint64(m[8:], ss.Nonce)
	if err := b.Set(key('m', id), m[:], nil); err != nil {
		return fmt.Errorf("batching nonces of %s: %w", id, err)
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("writing state %d of %s: %w", ss.Nonce, id, err)
	}
	return nil
}

// State reads one state of a channel by nonce.
func (s *Store) State(id common.Hash, nonce uint64) (*SignedState, error) {
	v, closer, err := s.db.Get(key('s', id, nonce))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, fmt.Errorf("state %d of %s: %w", nonce, id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("reading state %d of %s: %w", nonce, id, err)
	}
	defer closer.Close()
	var ss SignedState
	if err := ss.UnmarshalBinary(v); err != nil {
		return nil, fmt.Errorf("state %d of %s: %w", nonce, id, err)
	}
	return &ss, nil
}

// cursorKey holds the last L1 block the watcher has scanned.
var cursorKey = []byte{'w'}

// Cursor returns the last L1 block scanned for close events, if any.
func (s *Store) Cursor() (uint64, bool, error) {
	v, closer, err := s.db.Get(cursorKey)
	if errors.Is(err, pebble.ErrNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("reading watch cursor: %w", err)
	}
	defer closer.Close()
	if len(v) != 8 {
		return 0, false, fmt.Errorf("watch cursor: %w: %d bytes", ErrEncoding, len(v))
	}
	return binary.BigEndian.Uint64(v), true, nil
}

// SetCursor records the last L1 block scanned for close events.
func (s *Store) SetCursor(block uint64) error {
	if err := s.db.Set(cursorKey, binary.BigEndian.AppendUint64(nil, block), pebble.NoSync); err != nil {
		return fmt.Errorf("writing watch cursor: %w", err)
	}
	return nil
}

// quietLogger keeps Pebble's routine messages (WAL replay after a crash is
// routine here) out of the command's output; errors still reach stderr.
type quietLogger struct{}

func (quietLogger) Infof(string, ...interface{}) {}
func (quietLogger) Errorf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "pebble: "+format+"\n", args...)
}
func (quietLogger) Fatalf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "pebble: "+format+"\n", args...)
	os.Exit(1)
}
