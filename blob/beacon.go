package blob

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// The beacon API paths a Handler serves and a Fetcher asks (the standard
// beacon node API, ethereum/beacon-APIs).
const (
	PathPrefix   = "/eth/v1/"
	pathGenesis  = "/eth/v1/beacon/genesis"
	pathSpec     = "/eth/v1/config/spec"
	pathVersion  = "/eth/v1/node/version"
	pathSidecars = "/eth/v1/beacon/blob_sidecars/"
	pathBlobs    = "/eth/v1/beacon/blobs/"
)

// MaxBlobsPerResponse bounds the blobs one response may carry, on both
// sides: more than any L1 block holds (21 since BPO2), so that a lying
// source cannot make a Fetcher read or check without end.
const MaxBlobsPerResponse = 128

// maxBlobJSON is the most bytes one blob takes in a response: its hex
// (2 + 2 × 131,072) and the rest of a sidecar with room to spare.
const maxBlobJSON int64 = 2*int64(Size) + 4096

// Clock is the beacon chain's clock: the L1 block at time t is in slot
// (t − Genesis) / SecondsPerSlot.
type Clock struct {
	Genesis        uint64
	SecondsPerSlot uint64
}

// ErrBeforeGenesis is returned by Clock.Slot for a time before the
// beacon chain's genesis.
var ErrBeforeGenesis = errors.New("blob: time before the beacon chain's genesis")

// Slot returns the slot of an L1 block with timestamp t.
func (c Clock) Slot(t uint64) (uint64, error) {
	if c.SecondsPerSlot == 0 {
		return 0, errors.New("blob: a clock of zero seconds per slot")
	}
	if t < c.Genesis {
		return 0, fmt.Errorf("%w: %d < %d", ErrBeforeGenesis, t, c.Genesis)
	}
	return (t - c.Genesis) / c.SecondsPerSlot, nil
}

// Span returns the times [from, to) of slot s's blocks.
func (c Clock) Span(s uint64) (from, to uint64) {
	from = c.Genesis + s*c.SecondsPerSlot
	return from, from + c.SecondsPerSlot
}

// BlockID is a beacon API block identifier: a slot, or "head", "genesis",
// "finalized" (Named). Block roots are not served: a Viaduct node is not a
// beacon node and has none.
type BlockID struct {
	Named string
	Slot  uint64
}

func (id BlockID) String() string {
	if id.Named != "" {
		return id.Named
	}
	return strconv.FormatUint(id.Slot, 10)
}

var (
	// ErrBadRequest is answered with 400.
	ErrBadRequest = errors.New("bad request")
	// ErrNoBlock is returned by a Backend with no block, or no blobs, at
	// the slot asked: answered with 404.
	ErrNoBlock = errors.New("block not found")
)

// ParseBlockID parses the block_id of a beacon API path.
func ParseBlockID(s string) (BlockID, error) {
	switch s {
	case "head", "genesis", "finalized":
		return BlockID{Named: s}, nil
	}
	if strings.HasPrefix(s, "0x") {
		return BlockID{}, fmt.Errorf("%w: block id %q: block roots are not served, ask by slot", ErrBadRequest, s)
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return BlockID{}, fmt.Errorf("%w: block id %q: want a slot, head, genesis or finalized", ErrBadRequest, s)
	}
	return BlockID{Slot: n}, nil
}

// Sidecar is a blob as a Backend serves it.
type Sidecar struct {
	Index      uint64 // among its block's blobs
	Hash       common.Hash
	Blob       *kzg4844.Blob
	Commitment kzg4844.Commitment
	Proof      kzg4844.Proof // set when asked for
}

// Backend is what a Handler serves.
type Backend interface {
	// Clock returns the beacon clock that the slots served follow.
	Clock(ctx context.Context) (Clock, error)
	// Sidecars returns the blobs of the L1 block at id that keep accepts
	// (by index and versioned hash), in index order, with their KZG proofs
	// if proofs is set, and whether the block is final. No block there,
	// or none of its blobs held: ErrNoBlock.
	Sidecars(ctx context.Context, id BlockID, keep func(index uint64, h common.Hash) bool, proofs bool) ([]Sidecar, bool, error)
}

// Handler serves a Backend through the beacon API: genesis, config/spec
// (SECONDS_PER_SLOT), node/version, blob_sidecars/{block_id} (with
// ?indices=) and blobs/{block_id} (with ?versioned_hashes=). It answers
// GET requests under PathPrefix; mount it there.
type Handler struct {
	Backend Backend
	Version string // answered by node/version
	Log     *slog.Logger
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, "only GET")
		return
	}
	p := r.URL.Path
	var err error
	switch {
	case p == pathGenesis:
		err = h.genesis(w, r)
	case p == pathSpec:
		err = h.spec(w, r)
	case p == pathVersion:
		writeJSON(w, map[string]any{"data": map[string]string{"version": h.Version}})
	case strings.HasPrefix(p, pathSidecars):
		err = h.sidecars(w, r, strings.TrimPrefix(p, pathSidecars))
	case strings.HasPrefix(p, pathBlobs):
		err = h.blobs(w, r, strings.TrimPrefix(p, pathBlobs))
	default:
		writeError(w, http.StatusNotFound, "no such route: "+p)
		return
	}
	switch {
	case err == nil:
	case errors.Is(err, ErrBadRequest):
		writeError(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, ErrNoBlock):
		writeError(w, http.StatusNotFound, err.Error())
	case r.Context().Err() != nil:
	default:
		if h.Log != nil {
			h.Log.Warn("beacon API request failed", "path", p, "err", err)
		}
		writeError(w, http.StatusInternalServerError, err.Error())
	}
}

func (h *Handler) genesis(w http.ResponseWriter, r *http.Request) error {
	c, err := h.Backend.Clock(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, genesisResponse{Data: genesisData{GenesisTime: decimal(c.Genesis)}})
	return nil
}

func (h *Handler) spec(w http.ResponseWriter, r *http.Request) error {
	c, err := h.Backend.Clock(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, specResponse{Data: specData{SecondsPerSlot: decimal(c.SecondsPerSlot)}})
	return nil
}

func (h *Handler) sidecars(w http.ResponseWriter, r *http.Request, rawID string) error {
	id, err := ParseBlockID(rawID)
	if err != nil {
		return err
	}
	indices, err := parseIndices(r.URL.Query()["indices"])
	if err != nil {
		return err
	}
	keep := func(i uint64, _ common.Hash) bool { return indices == nil || indices[i] }
	scs, final, err := h.Backend.Sidecars(r.Context(), id, keep, true)
	if err != nil {
		return err
	}
	out := sidecarsResponse{Finalized: final, Data: make([]apiSidecar, len(scs))}
	for i, sc := range scs {
		out.Data[i] = apiSidecar{Index: decimal(sc.Index), Blob: (*hexBlob)(sc.Blob), Commitment: sc.Commitment, Proof: sc.Proof}
	}
	writeJSON(w, out)
	return nil
}

func (h *Handler) blobs(w http.ResponseWriter, r *http.Request, rawID string) error {
	id, err := ParseBlockID(rawID)
	if err != nil {
		return err
	}
	hashes, err := parseHashes(r.URL.Query()["versioned_hashes"])
	if err != nil {
		return err
	}
	keep := func(_ uint64, v common.Hash) bool { return hashes == nil || hashes[v] }
	scs, final, err := h.Backend.Sidecars(r.Context(), id, keep, false)
	if err != nil {
		return err
	}
	out := blobsResponse{Finalized: final, Data: make([]*hexBlob, len(scs))}
	for i, sc := range scs {
		out.Data[i] = (*hexBlob)(sc.Blob)
	}
	writeJSON(w, out)
	return nil
}

// parseIndices parses ?indices= given as repeated parameters, comma-
// separated lists or both; nil means all.
func parseIndices(vals []string) (map[uint64]bool, error) {
	if len(vals) == 0 {
		return nil, nil
	}
	out := map[uint64]bool{}
	for _, v := range vals {
		for _, s := range strings.Split(v, ",") {
			n, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
			if err != nil {
				return nil, fmt.Errorf("%w: index %q", ErrBadRequest, s)
			}
			out[n] = true
			if len(out) > MaxBlobsPerResponse {
				return nil, fmt.Errorf("%w: more than %d indices", ErrBadRequest, MaxBlobsPerResponse)
			}
		}
	}
	return out, nil
}

// parseHashes parses ?versioned_hashes= as parseIndices does.
func parseHashes(vals []string) (map[common.Hash]bool, error) {
	if len(vals) == 0 {
		return nil, nil
	}
	out := map[common.Hash]bool{}
	for _, v := range vals {
		for _, s := range strings.Split(v, ",") {
			b, err := hexutil.Decode(strings.TrimSpace(s))
			if err != nil || len(b) != common.HashLength {
				return nil, fmt.Errorf("%w: versioned hash %q", ErrBadRequest, s)
			}
			out[common.BytesToHash(b)] = true
			if len(out) > MaxBlobsPerResponse {
				return nil, fmt.Errorf("%w: more than %d versioned hashes", ErrBadRequest, MaxBlobsPerResponse)
			}
		}
	}
	return out, nil
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v) // a client gone mid-answer is not ours to report
}

func writeError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]any{"code": code, "message": msg})
}

// The JSON of the beacon API, as beacon nodes write it: integers as
// decimal strings, bytes as 0x-prefixed hex.

type decimal uint64

func (d decimal) MarshalJSON() ([]byte, error) {
	return []byte(`"` + strconv.FormatUint(uint64(d), 10) + `"`), nil
}

// UnmarshalJSON takes a decimal string, as the beacon API writes integers,
// or a bare number.
func (d *decimal) UnmarshalJSON(b []byte) error {
	s := string(b)
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("not a decimal integer: %.40q", b)
	}
	*d = decimal(n)
	return nil
}

// hexBlob is a blob as JSON hex (kzg4844.Blob marshals only through a
// pointer).
type hexBlob kzg4844.Blob

func (b *hexBlob) MarshalText() ([]byte, error) { return hexutil.Bytes(b[:]).MarshalText() }

func (b *hexBlob) UnmarshalJSON(in []byte) error { return (*kzg4844.Blob)(b).UnmarshalJSON(in) }

type genesisData struct {
	GenesisTime decimal `json:"genesis_time"`
}

type genesisResponse struct {
	Data genesisData `json:"data"`
}

type specData struct {
	SecondsPerSlot decimal `json:"SECONDS_PER_SLOT"`
}

type specResponse struct {
	Data specData `json:"data"`
}

// apiSidecar is a blob sidecar as /blob_sidecars answers it. A beacon
// node also sends the signed block header and the commitment's inclusion
// proof; a Handler has neither to send, and a Fetcher reads neither: it
// checks each blob against the versioned hash L1 holds.
type apiSidecar struct {
	Index      decimal            `json:"index"`
	Blob       *hexBlob           `json:"blob"`
	Commitment kzg4844.Commitment `json:"kzg_commitment"`
	Proof      kzg4844.Proof      `json:"kzg_proof"`
}

type sidecarsResponse struct {
	ExecutionOptimistic bool         `json:"execution_optimistic"`
	Finalized           bool         `json:"finalized"`
	Data                []apiSidecar `json:"data"`
}

type blobsResponse struct {
	ExecutionOptimistic bool       `json:"execution_optimistic"`
	Finalized           bool       `json:"finalized"`
	Data                []*hexBlob `json:"data"`
}

// decodeGenesis decodes a /beacon/genesis answer into the genesis time.
func decodeGenesis(r io.Reader) (uint64, error) {
	var g struct {
		Data *struct {
			GenesisTime *decimal `json:"genesis_time"`
		} `json:"data"`
	}
	if err := json.NewDecoder(io.LimitReader(r, 1<<16)).Decode(&g); err != nil {
		return 0, fmt.Errorf("blob: genesis: %w", err)
	}
	if g.Data == nil || g.Data.GenesisTime == nil {
		return 0, errors.New("blob: genesis: no genesis_time")
	}
	return uint64(*g.Data.GenesisTime), nil
}

// decodeSpec decodes a /config/spec answer into SECONDS_PER_SLOT. A beacon
// node's spec has a few hundred entries of other kinds: only that one is
// read.
func decodeSpec(r io.Reader) (uint64, error) {
	var s struct {
		Data map[string]json.RawMessage `json:"data"`
	}
	if err := json.NewDecoder(io.LimitReader(r, 1<<20)).Decode(&s); err != nil {
		return 0, fmt.Errorf("blob: config/spec: %w", err)
	}
	raw, ok := s.Data["SECONDS_PER_SLOT"]
	if !ok {
		return 0, errors.New("blob: config/spec: no SECONDS_PER_SLOT")
	}
	var d decimal
	if err := d.UnmarshalJSON(raw); err != nil {
		return 0, fmt.Errorf("blob: config/spec: SECONDS_PER_SLOT: %w", err)
	}
	if d == 0 {
		return 0, errors.New("blob: config/spec: SECONDS_PER_SLOT is 0")
	}
	return uint64(d), nil
}

// decodeBlobs decodes a /beacon/blobs answer (at most MaxBlobsPerResponse
// blobs).
func decodeBlobs(r io.Reader) ([]kzg4844.Blob, error) {
	var resp struct {
		Data []*hexBlob `json:"data"`
	}
	if err := json.NewDecoder(io.LimitReader(r, MaxBlobsPerResponse*maxBlobJSON)).Decode(&resp); err != nil {
		return nil, fmt.Errorf("blob: blobs: %w", err)
	}
	if len(resp.Data) > MaxBlobsPerResponse {
		return nil, fmt.Errorf("blob: blobs: %d blobs, at most %d", len(resp.Data), MaxBlobsPerResponse)
	}
	out := make([]kzg4844.Blob, 0, len(resp.Data))
	for i, b := range resp.Data {
		if b == nil {
			return nil, fmt.Errorf("blob: blobs: blob %d is null", i)
		}
		out = append(out, kzg4844.Blob(*b))
	}
	return out, nil
}

// decodeSidecars decodes a /beacon/blob_sidecars answer (at most
// MaxBlobsPerResponse sidecars); the fields a beacon node adds besides
// index, blob and commitment are not read.
func decodeSidecars(r io.Reader) ([]Sidecar, error) {
	var resp struct {
		Data []struct {
			Index      *decimal            `json:"index"`
			Blob       *hexBlob            `json:"blob"`
			Commitment *kzg4844.Commitment `json:"kzg_commitment"`
		} `json:"data"`
	}
	if err := json.NewDecoder(io.LimitReader(r, MaxBlobsPerResponse*maxBlobJSON)).Decode(&resp); err != nil {
		return nil, fmt.Errorf("blob: blob_sidecars: %w", err)
	}
	if len(resp.Data) > MaxBlobsPerResponse {
		return nil, fmt.Errorf("blob: blob_sidecars: %d sidecars, at most %d", len(resp.Data), MaxBlobsPerResponse)
	}
	out := make([]Sidecar, 0, len(resp.Data))
	for i, d := range resp.Data {
		if d.Index == nil || d.Blob == nil || d.Commitment == nil {
			return nil, fmt.Errorf("blob: blob_sidecars: sidecar %d lacks its index, blob or kzg_commitment", i)
		}
		out = append(out, Sidecar{Index: uint64(*d.Index), Blob: (*kzg4844.Blob)(d.Blob), Commitment: *d.Commitment})
	}
	return out, nil
}
