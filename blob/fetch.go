package blob

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// ErrUnavailable is returned (inside an *UnavailableError) when no source
// has a blob: the caller derives nothing from its batch and asks again.
var ErrUnavailable = errors.New("blob: unavailable")

// UnavailableError names the blobs no source had, and what each source
// answered.
type UnavailableError struct {
	Missing []common.Hash
	Ref     Ref
	Reasons []string
}

func (e *UnavailableError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "no source has blob %s", e.Missing[0].Hex())
	if len(e.Missing) > 1 {
		hs := make([]string, len(e.Missing)-1)
		for i, h := range e.Missing[1:] {
			hs[i] = h.Hex()
		}
		fmt.Fprintf(&b, " (nor %s)", strings.Join(hs, ", "))
	}
	fmt.Fprintf(&b, " of L1 block %d: %s", e.Ref.Block, strings.Join(e.Reasons, "; "))
	return b.String()
}

func (e *UnavailableError) Unwrap() error { return ErrUnavailable }

// FetcherConfig configures a Fetcher.
type FetcherConfig struct {
	// Beacon is the URL of a beacon node's API (--l1-beacon), asked first;
	// "" for none.
	Beacon string
	// Archives are the URLs of blob archives speaking the same API
	// (--blob-archive: another Viaduct node, a blob archiver), asked in
	// order after the beacon node.
	Archives []string
	// Store, if set, is looked in first, and keeps every blob fetched.
	Store *Store
	// Client makes the requests (default: one with a 60 s timeout).
	Client *http.Client
	Log    *slog.Logger
}

// Fetcher fetches blobs from its sources and checks each against its
// versioned hash. Safe for concurrent use.
type Fetcher struct {
	sources []*source
	store   *Store
	client  *http.Client
	log     *slog.Logger
}

// source is a beacon API a Fetcher asks, with the clock it answered.
type source struct {
	flag string // the flag that named it, for messages
	base string // its URL without a trailing slash

	mu    sync.Mutex
	clock *Clock
}

func (s *source) String() string { return s.flag + " " + s.base }

// NewFetcher checks cfg's URLs and returns a Fetcher of its sources.
func NewFetcher(cfg FetcherConfig) (*Fetcher, error) {
	f := &Fetcher{store: cfg.Store, client: cfg.Client, log: cfg.Log}
	if f.client == nil {
		f.client = &http.Client{Timeout: 60 * time.Second}
	}
	if f.log == nil {
		f.log = slog.New(slog.DiscardHandler)
	}
	add := func(flag, raw string) error {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" {
			return fmt.Errorf("%s %q: want an http:// or https:// URL of a beacon API", flag, raw)
		}
		f.sources = append(f.sources, &source{flag: flag, base: strings.TrimRight(raw, "/")})
		return nil
	}
	if cfg.Beacon != "" {
		if err := add("--l1-beacon", cfg.Beacon); err != nil {
			return nil, err
		}
	}
	for _, a := range cfg.Archives {
		if err := add("--blob-archive", a); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// HasSources reports whether the Fetcher has any source besides its store.
func (f *Fetcher) HasSources() bool { return len(f.sources) > 0 }

// ErrNoClock is returned by Clock when no source has answered with one yet.
var ErrNoClock = errors.New("blob: no source has told the beacon clock yet")

// Clock returns the beacon clock of the first source that tells it (and
// then the same one for ever: a chain's genesis does not move).
func (f *Fetcher) Clock(ctx context.Context) (Clock, error) {
	var errs []error
	for _, s := range f.sources {
		c, err := f.clockOf(ctx, s)
		if err == nil {
			return c, nil
		}
		errs = append(errs, fmt.Errorf("%s: %w", s, err))
	}
	return Clock{}, fmt.Errorf("%w: %w", ErrNoClock, errors.Join(errs...))
}

// Fetch returns the blobs with versioned hashes hashes, the blobs of one
// blob transaction mined at ref (in the transaction's order). Blobs the
// store holds are taken from it; the others are asked of each source in
// turn, and each is kept only if its commitment, computed here, is its
// versioned hash's. A source that fails, has nothing or lies is passed
// over. The blobs fetched are put in the store. If a blob is still
// missing, the error is an *UnavailableError naming it.
func (f *Fetcher) Fetch(ctx context.Context, ref Ref, hashes []common.Hash) ([]kzg4844.Blob, error) {
	blobs := make([]kzg4844.Blob, len(hashes))
	commitments := make([]kzg4844.Commitment, len(hashes))
	want := map[common.Hash][]int{} // missing hash → its positions
	for i, h := range hashes {
		if f.store != nil {
			st, ok, err := f.store.Get(h)
			if err != nil {
				return nil, err
			}
			if ok {
				blobs[i], commitments[i] = st.Blob, st.Commitment
				continue
			}
		}
		want[h] = append(want[h], i)
	}
	if len(want) == 0 {
		return blobs, nil
	}
	fetched := 0
	var reasons []string
	for _, s := range f.sources {
		if len(want) == 0 {
			break
		}
		got, err := f.ask(ctx, s, ref, hashes, want)
		for h, v := range got {
			for _, i := range want[h] {
				blobs[i], commitments[i] = v.blob, v.commitment
			}
			delete(want, h)
			fetched++
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			reasons = append(reasons, fmt.Sprintf("%s: %v", s, err))
		} else if len(want) > 0 {
			reasons = append(reasons, fmt.Sprintf("%s: does not have it", s))
		}
	}
	if len(want) > 0 {
		if len(f.sources) == 0 {
			reasons = append(reasons, "no --l1-beacon or --blob-archive to ask")
		}
		e := &UnavailableError{Ref: ref, Reasons: reasons}
		for _, h := range hashes { // in the transaction's order
			if _, ok := want[h]; ok && !contains(e.Missing, h) {
				e.Missing = append(e.Missing, h)
			}
		}
		return nil, e
	}
	if f.store != nil && fetched > 0 {
		if err := f.store.PutBlobs(ref, blobs, commitments, hashes); err != nil {
			return nil, err
		}
	}
	return blobs, nil
}

func contains(hs []common.Hash, h common.Hash) bool {
	for _, x := range hs {
		if x == h {
			return true
		}
	}
	return false
}

type checked struct {
	blob       kzg4844.Blob
	commitment kzg4844.Commitment
}

// errLie is a source's blob that is not the blob it was asked for.
var errLie = errors.New("sent a blob that does not match its versioned hash")

// ask asks source s for the wanted blobs (positions in hashes, the
// transaction's at ref): /blobs by versioned hash first, then
// /blob_sidecars by index for what is still missing. It returns the blobs
// that check out, and an error for what went wrong, if anything.
func (f *Fetcher) ask(ctx context.Context, s *source, ref Ref, hashes []common.Hash, want map[common.Hash][]int) (map[common.Hash]checked, error) {
	clock, err := f.clockOf(ctx, s)
	if err != nil {
		return nil, err
	}
	slot, err := clock.Slot(ref.Time)
	if err != nil {
		return nil, err
	}
	got := map[common.Hash]checked{}
	var errs []error
	q := url.Values{}
	for _, h := range hashes {
		if _, ok := want[h]; ok {
			q.Add("versioned_hashes", h.Hex())
		}
	}
	var blobs []kzg4844.Blob
	if err := f.get(ctx, s.base+pathBlobs+strconv.FormatUint(slot, 10)+"?"+q.Encode(), func(r io.Reader) (err error) {
		blobs, err = decodeBlobs(r)
		return err
	}); err != nil {
		errs = append(errs, fmt.Errorf("blobs of slot %d: %w", slot, err))
	}
	others := 0 // blobs it answered that are none of those asked for
	ptrs := make([]*kzg4844.Blob, len(blobs))
	for i := range blobs {
		ptrs[i] = &blobs[i]
	}
	vhs, cs, herrs := hashAll(ptrs)
	for i := range blobs {
		if _, ok := want[vhs[i]]; herrs[i] != nil || !ok {
			others++
			continue
		}
		got[vhs[i]] = checked{blobs[i], cs[i]}
	}
	if len(got) == len(want) {
		return got, nil
	}
	if others > 0 {
		errs = append(errs, fmt.Errorf("blobs of slot %d: %d of them: %w", slot, others, errLie))
	}
	q = url.Values{}
	for i, h := range hashes {
		if _, ok := want[h]; ok {
			if _, done := got[h]; !done {
				q.Add("indices", strconv.FormatUint(ref.Index+uint64(i), 10))
			}
		}
	}
	var scs []Sidecar
	if err := f.get(ctx, s.base+pathSidecars+strconv.FormatUint(slot, 10)+"?"+q.Encode(), func(r io.Reader) (err error) {
		scs, err = decodeSidecars(r)
		return err
	}); err != nil {
		errs = append(errs, fmt.Errorf("blob_sidecars of slot %d: %w", slot, err))
	}
	// The claimed commitment only picks which blobs to check.
	var picked []Sidecar
	for _, sc := range scs {
		claimed := hashOf(sc.Commitment)
		if _, ok := want[claimed]; !ok {
			continue
		}
		if _, done := got[claimed]; done {
			continue
		}
		sc.Hash = claimed
		picked = append(picked, sc)
	}
	ptrs = make([]*kzg4844.Blob, len(picked))
	for i := range picked {
		ptrs[i] = picked[i].Blob
	}
	vhs, cs, herrs = hashAll(ptrs)
	for i, sc := range picked {
		if herrs[i] != nil || vhs[i] != sc.Hash {
			errs = append(errs, fmt.Errorf("blob_sidecars of slot %d: index %d, claimed %s: %w", slot, sc.Index, sc.Hash, errLie))
			continue
		}
		got[sc.Hash] = checked{*sc.Blob, cs[i]}
	}
	if len(got) == len(want) {
		return got, nil
	}
	for _, e := range errs {
		if errors.Is(e, errLie) {
			f.log.Warn("a blob source lied: its blob is passed over", "source", s.String(), "err", e)
		}
	}
	return got, errors.Join(errs...)
}

// hashAll computes the versioned hashes of blobs on every core (each is a
// few milliseconds of CPU: a batch's six are the most of what a verifier
// spends on a blob batch besides executing it).
func hashAll(blobs []*kzg4844.Blob) ([]common.Hash, []kzg4844.Commitment, []error) {
	hs := make([]common.Hash, len(blobs))
	cs := make([]kzg4844.Commitment, len(blobs))
	errs := make([]error, len(blobs))
	var wg sync.WaitGroup
	work := make(chan int)
	for range min(len(blobs), runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				hs[i], cs[i], errs[i] = VersionedHash(blobs[i])
			}
		}()
	}
	for i := range blobs {
		work <- i
	}
	close(work)
	wg.Wait()
	return hs, cs, errs
}

// errNotHere is a 404: the source does not have the block or its blobs.
var errNotHere = errors.New("not found")

// get GETs u and decodes a 200 answer's body with decode.
func (f *Fetcher) get(ctx context.Context, u string, decode func(io.Reader) error) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := f.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
		return decode(resp.Body)
	case http.StatusNotFound:
		return errNotHere
	default:
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 200))
		return fmt.Errorf("status %d: %s", resp.StatusCode, strings.TrimSpace(string(msg)))
	}
}

// clockOf returns s's beacon clock, asked once.
func (f *Fetcher) clockOf(ctx context.Context, s *source) (Clock, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.clock != nil {
		return *s.clock, nil
	}
	var c Clock
	if err := f.get(ctx, s.base+pathGenesis, func(r io.Reader) (err error) {
		c.Genesis, err = decodeGenesis(r)
		return err
	}); err != nil {
		return Clock{}, fmt.Errorf("genesis: %w", err)
	}
	if err := f.get(ctx, s.base+pathSpec, func(r io.Reader) (err error) {
		c.SecondsPerSlot, err = decodeSpec(r)
		return err
	}); err != nil {
		return Clock{}, fmt.Errorf("config/spec: %w", err)
	}
	s.clock = &c
	return c, nil
}

// KnownClock returns the beacon clock of a public Ethereum network by its
// execution chain id: what a node that asks no beacon node serves its
// archive by.
func KnownClock(chainID uint64) (Clock, bool) {
	switch chainID {
	case 1: // mainnet
		return Clock{Genesis: 1606824023, SecondsPerSlot: 12}, true
	case 11155111: // Sepolia
		return Clock{Genesis: 1655733600, SecondsPerSlot: 12}, true
	case 17000: // Holesky
		return Clock{Genesis: 1695902400, SecondsPerSlot: 12}, true
	case 560048: // Hoodi
		return Clock{Genesis: 1742213400, SecondsPerSlot: 12}, true
	}
	return Clock{}, false
}

// L1 is what ServedClock reads of L1.
type L1 interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// ServedClock returns the clock a node serves its archive by (the
// Archive's ClockFunc). With sources, it is theirs (Fetcher.Clock): the
// slots of an archive then match the beacon node's, so a client can ask
// the archive for the slots the beacon node gave. Without, it is a public
// network's (KnownClock), or else one slot a second from the L1's genesis
// block, the clock of a development L1's beacon API: every block has a
// slot of its own, so a client that reads the archive's clock finds every
// blob. Learnt once.
func (f *Fetcher) ServedClock(l1 L1) func(ctx context.Context) (Clock, error) {
	var (
		mu    sync.Mutex
		known *Clock
	)
	return func(ctx context.Context) (Clock, error) {
		mu.Lock()
		defer mu.Unlock()
		if known != nil {
			return *known, nil
		}
		var c Clock
		if f.HasSources() {
			var err error
			if c, err = f.Clock(ctx); err != nil {
				return Clock{}, err
			}
		} else {
			id, err := l1.ChainID(ctx)
			if err != nil {
				return Clock{}, fmt.Errorf("blob: the L1's chain id: %w", err)
			}
			var ok bool
			if c, ok = KnownClock(id.Uint64()); !ok {
				g, err := l1.HeaderByNumber(ctx, new(big.Int))
				if err != nil {
					return Clock{}, fmt.Errorf("blob: the L1's genesis block: %w", err)
				}
				c = Clock{Genesis: g.Time, SecondsPerSlot: 1}
			}
		}
		known = &c
		return c, nil
	}
}
