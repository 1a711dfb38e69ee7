package channel

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/time/rate"
)

// Who may cost a peer what.
//
// Anyone who reads a channel id on L1 can call the peer's channel_
// endpoint. A caller is the counterparty of a channel only once it has
// proved it: its WebSocket connection opened with an Auth signature
// (AuthHeader) by the key the channel names, addressed to this peer. The
// rest are strangers, and a stranger
//
//   - never gets a channel's state: channel_propose refuses it before
//     looking at the channel (ErrNotCounterparty), and channel_latest and
//     channel_closeRequest want the counterparty's signature first;
//   - never makes the peer check a state signature: a proposal is looked at
//     only once its caller is the channel's counterparty, its channel is
//     open, its base nonce is one the protocol can build on and its size
//     within maxProposals;
//   - is held to Limits: so many calls (ErrRateLimited beyond), so many
//     handshakes (each costs one signature recovery) and so many bytes read
//     from its connections per second, per remote address and in total,
//     every message (a WebSocket frame, an HTTP request) counting as at
//     least msgCost bytes: a refused call still costs the server its
//     decoding and its answer, so what bounds a flood of small requests is
//     how fast they are read.
//
// The counterparty's authenticated connection is held to none of these.

// Rate is a token bucket: PerSecond on average, Burst at once.
type Rate struct {
	PerSecond float64
	Burst     int
}

// Limits bound what callers that are not the counterparty of one of the
// peer's channels may cost it. A zero field takes its default
// (DefaultLimits).
type Limits struct {
	// Calls: channel_ requests of strangers, per remote IP address and in total.
	CallsPerAddress, Calls Rate
	// Handshakes: WebSocket connections that present an Auth signature.
	HandshakesPerAddress, Handshakes Rate
	// Bytes read from strangers' connections, every message counting as
	// at least msgCost (a request is decoded, and a refusal written, before
	// any limit on calls can refuse it: this bounds what that costs).
	BytesPerAddress, Bytes Rate
	// Now is the clock of the calls and handshakes limits (nil:
	// time.Now); tests drive it. Bytes are paced in real time.
	Now func() time.Time
}

// DefaultLimits are the limits of a peer whose PeerConfig sets none.
var DefaultLimits = Limits{
	CallsPerAddress:      Rate{PerSecond: 20, Burst: 40},
	Calls:                Rate{PerSecond: 100, Burst: 200},
	HandshakesPerAddress: Rate{PerSecond: 5, Burst: 10},
	Handshakes:           Rate{PerSecond: 20, Burst: 40},
	BytesPerAddress:      Rate{PerSecond: 256 << 10, Burst: 64 << 10},
	Bytes:                Rate{PerSecond: 1 << 20, Burst: 256 << 10},
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	for _, f := range []struct{ r, def *Rate }{
		{&l.CallsPerAddress, &d.CallsPerAddress}, {&l.Calls, &d.Calls},
		{&l.HandshakesPerAddress, &d.HandshakesPerAddress}, {&l.Handshakes, &d.Handshakes},
		{&l.BytesPerAddress, &d.BytesPerAddress}, {&l.Bytes, &d.Bytes},
	} {
		if f.r.PerSecond <= 0 || f.r.Burst <= 0 {
			*f.r = *f.def
		}
	}
	if l.Now == nil {
		l.Now = time.Now
	}
	return l
}

// Errors of the gate; each goes to the caller as a JSON-RPC error with its
// own code.
var (
	// ErrRateLimited: a stranger's call or handshake over its limit.
	ErrRateLimited = errors.New("rate limit exceeded")
	// ErrNotCounterparty: a call that only a channel's counterparty may
	// make, from anyone else (or from an unauthenticated connection).
	ErrNotCounterparty = errors.New("caller is not authenticated as the channel's counterparty")
	// ErrAuthRefused: a handshake's Auth signature is malformed, stale,
	// replayed or addressed to another peer.
	ErrAuthRefused = errors.New("channel connection authentication refused")
)

// JSON-RPC error codes of the gate's refusals.
const (
	// ErrCodeLimitExceeded is EIP-1474's "limit exceeded".
	ErrCodeLimitExceeded = -32005
	// ErrCodeNotCounterparty: the call needs the counterparty's connection.
	ErrCodeNotCounterparty = -32040
	// errCodeInvalidParams is JSON-RPC's "invalid params".
	errCodeInvalidParams = -32602
)

// codedError carries a JSON-RPC error code to the caller (go-ethereum's
// server looks for ErrorCode on the error it is handed).
type codedError struct {
	code int
	err  error
}

func (e *codedError) Error() string  { return e.err.Error() }
func (e *codedError) ErrorCode() int { return e.code }
func (e *codedError) Unwrap() error  { return e.err }

// notCounterparty is the one answer to a caller that is not the channel's
// counterparty, whatever the channel: it says nothing of the channel, not
// even whether this peer holds it.
func notCounterparty(method string, caller common.Address, id common.Hash) error {
	who := "an unauthenticated caller"
	if caller != (common.Address{}) {
		who = caller.Hex()
	}
	return &codedError{code: ErrCodeNotCounterparty, err: fmt.Errorf("%w: %s from %s for channel %s; the counterparty calls it over a WebSocket connection opened with a %s header (channel.Dial)",
		ErrNotCounterparty, method, who, id.Hex(), AuthHeader)}
}

// AuthHeader is the WebSocket handshake header by which a party proves
// that the connection is its own: 0x-hex of time (8 bytes, big-endian Unix
// seconds) || nonce (32) || its address (20) || its Auth(peer, time,
// nonce) signature (65).
const AuthHeader = "Viaduct-Channel-Auth"

const (
	authLen = 8 + 32 + 20 + 65
	// authWindow is how far an Auth's time may be from the peer's clock.
	authWindow = 60
)

// authToken is a decoded AuthHeader.
type authToken struct {
	time  uint64
	nonce common.Hash
	from  common.Address
	sig   []byte
}

func (t *authToken) encode() string {
	b := make([]byte, 0, authLen)
	b = binary.BigEndian.AppendUint64(b, t.time)
	b = append(b, t.nonce[:]...)
	b = append(b, t.from[:]...)
	b = append(b, t.sig...)
	return hexutil.Encode(b)
}

// signAuth makes the AuthHeader value that opens a connection to peer.
func signAuth(key *ecdsa.PrivateKey, d Domain, peer common.Address, now time.Time) (string, error) {
	var tok authToken
	tok.time = uint64(now.Unix())
	if _, err := rand.Read(tok.nonce[:]); err != nil {
		return "", fmt.Errorf("auth nonce: %w", err)
	}
	var err error
	if tok.sig, err = signDigest(key, AuthDigest(d, peer, tok.time, tok.nonce)); err != nil {
		return "", err
	}
	tok.from = crypto.PubkeyToAddress(key.PublicKey)
	return tok.encode(), nil
}

// parseAuth decodes an AuthHeader value: exactly 0x and authLen bytes of hex.
func parseAuth(s string) (authToken, error) {
	if len(s) != 2+2*authLen || !strings.HasPrefix(s, "0x") {
		return authToken{}, fmt.Errorf("%w: %s must be 0x and %d hex digits", ErrAuthRefused, AuthHeader, 2*authLen)
	}
	b, err := hexutil.Decode(s)
	if err != nil {
		return authToken{}, fmt.Errorf("%w: %s: %w", ErrAuthRefused, AuthHeader, err)
	}
	var tok authToken
	tok.time = binary.BigEndian.Uint64(b[:8])
	copy(tok.nonce[:], b[8:40])
	copy(tok.from[:], b[40:60])
	tok.sig = b[60:]
	return tok, nil
}

// Dial connects to the channel_ endpoint at url (ws://) as the holder of
// key, to talk to peer, the party the channel names at that end. Every
// connection the client opens, a reconnection too, starts with a fresh
// Auth signature, so the peer knows it as the counterparty of the
// channels it shares with key's address. Naming the peer in the signature
// keeps a third party from passing the handshake on to another peer.
func Dial(ctx context.Context, url string, key *ecdsa.PrivateKey, d Domain, peer common.Address) (*rpc.Client, error) {
	return rpc.DialOptions(ctx, url, rpc.WithHTTPAuth(func(h http.Header) error {
		tok, err := signAuth(key, d, peer, time.Now())
		if err != nil {
			return err
		}
		h.Set(AuthHeader, tok)
		return nil
	}))
}

// gate is a peer's admission control: the stranger limits, the handshake
// check and the record of handshakes already accepted.
type gate struct {
	self   common.Address
	domain Domain
	lim    Limits
	// known reports whether addr is the counterparty of one of our channels.
	known func(addr common.Address) bool

	mu                    sync.Mutex
	addrs                 map[string]*addrLimits // by remote IP
	calls, hands, bytes   *rate.Limiter
	seen                  map[common.Hash]uint64 // accepted Auth nonces, until when they could still be replayed
	sweptAddrs, sweptSeen time.Time
}

type addrLimits struct {
	calls, hands, bytes *rate.Limiter
	used                time.Time
}

// maxTrackedAddrs bounds the per-address limiters kept; past it, idle
// ones are dropped, and if none is idle the new address shares one.
const maxTrackedAddrs = 4096

func newGate(self common.Address, d Domain, lim Limits, known func(common.Address) bool) *gate {
	lim = lim.withDefaults()
	return &gate{self: self, domain: d, lim: lim, known: known,
		addrs: map[string]*addrLimits{}, seen: map[common.Hash]uint64{},
		calls: limiter(lim.Calls), hands: limiter(lim.Handshakes), bytes: limiter(lim.Bytes)}
}

func limiter(r Rate) *rate.Limiter { return rate.NewLimiter(rate.Limit(r.PerSecond), r.Burst) }

// msgCost is the least a stranger's message counts for in the byte limits.
const msgCost = 1 << 10

// readChunk is the most a stranger's connection reads at once, so that
// what one read lets through before the limits pace it stays small.
const readChunk = 4 << 10

// addr returns ip's limiters; g.mu is held.
func (g *gate) addr(ip string, now time.Time) *addrLimits {
	a, ok := g.addrs[ip]
	if !ok {
		if len(g.addrs) >= maxTrackedAddrs && now.Sub(g.sweptAddrs) > time.Second {
			g.sweptAddrs = now
			for k, v := range g.addrs {
				if now.Sub(v.used) > time.Minute {
					delete(g.addrs, k)
				}
			}
		}
		if len(g.addrs) >= maxTrackedAddrs {
			ip = "" // too many addresses at once: the newcomers share limits
			if a, ok = g.addrs[ip]; ok {
				a.used = now
				return a
			}
		}
		a = &addrLimits{calls: limiter(g.lim.CallsPerAddress), hands: limiter(g.lim.HandshakesPerAddress), bytes: limiter(g.lim.BytesPerAddress)}
		g.addrs[ip] = a
	}
	a.used = now
	return a
}

// take takes one token from both buckets or from neither.
func take(now time.Time, mine, all *rate.Limiter) bool {
	r1 := mine.ReserveN(now, 1)
	r2 := all.ReserveN(now, 1)
	if r1.OK() && r2.OK() && r1.DelayFrom(now) == 0 && r2.DelayFrom(now) == 0 {
		return true
	}
	r1.CancelAt(now)
	r2.CancelAt(now)
	return false
}

// allowCall admits a stranger's call from ip, or says why not.
func (g *gate) allowCall(ip string) error {
	now := g.lim.Now()
	g.mu.Lock()
	defer g.mu.Unlock()
	if !take(now, g.addr(ip, now).calls, g.calls) {
		return &codedError{code: ErrCodeLimitExceeded, err: fmt.Errorf("%w: callers that are not a channel's counterparty may make %g channel_ calls a second from one address (%s) and %g in all; retry later",
			ErrRateLimited, g.lim.CallsPerAddress.PerSecond, ip, g.lim.Calls.PerSecond)}
	}
	return nil
}

// authenticate checks a handshake's AuthHeader value from ip and returns
// the address that signed it. The cheap refusals (malformed, stale,
// replayed) come before the limit, and the limit before the signature.
func (g *gate) authenticate(value, ip string) (common.Address, error) {
	tok, err := parseAuth(value)
	if err != nil {
		return common.Address{}, err
	}
	now := g.lim.Now()
	unix := uint64(now.Unix())
	if tok.time+authWindow < unix || tok.time > unix+authWindow {
		return common.Address{}, fmt.Errorf("%w: signed at %d, more than %d s from our clock (%d)", ErrAuthRefused, tok.time, authWindow, unix)
	}
	g.mu.Lock()
	_, replayed := g.seen[tok.nonce]
	ok := !replayed && take(now, g.addr(ip, now).hands, g.hands)
	g.mu.Unlock()
	if replayed {
		return common.Address{}, fmt.Errorf("%w: this Auth signature was used before", ErrAuthRefused)
	}
	if !ok {
		return common.Address{}, fmt.Errorf("%w: callers may open %g authenticated connections a second from one address (%s) and %g in all; retry later",
			ErrRateLimited, g.lim.HandshakesPerAddress.PerSecond, ip, g.lim.Handshakes.PerSecond)
	}
	// A signature addressed to another peer recovers to another address.
	if err := verifyDigest(AuthDigest(g.domain, g.self, tok.time, tok.nonce), tok.sig, tok.from); err != nil {
		return common.Address{}, fmt.Errorf("%w: not %s's Auth for %s: %w", ErrAuthRefused, tok.from, g.self, err)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if _, replayed := g.seen[tok.nonce]; replayed {
		return common.Address{}, fmt.Errorf("%w: this Auth signature was used before", ErrAuthRefused)
	}
	if now.Sub(g.sweptSeen) > authWindow*time.Second {
		g.sweptSeen = now
		for n, until := range g.seen {
			if until < unix {
				delete(g.seen, n)
			}
		}
	}
	g.seen[tok.nonce] = tok.time + authWindow
	return tok.from, nil
}

// throttle paces what a stranger's connection at ip sends, cost bytes'
// worth: it returns once both byte buckets have paid for them (or closed
// is closed).
func (g *gate) throttle(ip string, cost int, closed <-chan struct{}) {
	now := time.Now()
	g.mu.Lock()
	d := max(reserve(now, g.addr(ip, now).bytes, cost), reserve(now, g.bytes, cost))
	g.mu.Unlock()
	if d <= 0 {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-closed:
	}
}

// reserve takes n tokens from l, in pieces no larger than its burst, and
// returns how long until they are paid for.
func reserve(now time.Time, l *rate.Limiter, n int) time.Duration {
	var d time.Duration
	for n > 0 {
		k := min(n, l.Burst())
		d = max(d, l.ReserveN(now, k).DelayFrom(now))
		n -= k
	}
	return d
}

// frames counts the WebSocket frames that start in the bytes a client
// sends (RFC 6455, 5.2): a 2-byte header, 0, 2 or 8 more bytes of payload
// length, 4 of mask when the mask bit is set, then the payload. It only
// counts: a malformed stream is the WebSocket reader's to refuse.
type frames struct {
	hdr  [14]byte
	have int    // header bytes gathered
	skip uint64 // payload bytes left in the current frame
}

func (f *frames) count(p []byte) int {
	n := 0
	for len(p) > 0 {
		if f.skip > 0 {
			k := min(uint64(len(p)), f.skip)
			f.skip -= k
			p = p[k:]
			continue
		}
		if f.have == 0 {
			n++
		}
		f.hdr[f.have] = p[0]
		f.have++
		p = p[1:]
		if f.have < 2 {
			continue
		}
		need, length := 2, uint64(f.hdr[1]&0x7f)
		switch length {
		case 126:
			need += 2
		case 127:
			need += 8
		}
		if f.hdr[1]&0x80 != 0 {
			need += 4
		}
		if f.have < need {
			continue
		}
		switch length {
		case 126:
			length = uint64(binary.BigEndian.Uint16(f.hdr[2:4]))
		case 127:
			length = binary.BigEndian.Uint64(f.hdr[2:10])
		}
		f.skip, f.have = length, 0
	}
	return n
}

// connTable records the identity of every live authenticated WebSocket
// connection of one Server, by remote address: no two live connections to
// one listener share it.
type connTable struct {
	mu sync.Mutex
	m  map[string]common.Address
}

func (t *connTable) add(remote string, who common.Address) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.m == nil {
		t.m = map[string]common.Address{}
	}
	t.m[remote] = who
}

func (t *connTable) remove(remote string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.m, remote)
}

func (t *connTable) get(remote string) common.Address {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.m[remote]
}

// admit is the first step of every channel_ call: it names the caller (the
// address its connection authenticated as, or zero) and holds a caller
// that is not one of our counterparties to the call limits.
func (g *gate) admit(ctx context.Context, conns *connTable) (common.Address, error) {
	info := rpc.PeerInfoFromContext(ctx)
	var who common.Address
	if conns != nil && info.Transport == "ws" {
		who = conns.get(info.RemoteAddr)
	}
	if who != (common.Address{}) && g.known(who) {
		return who, nil
	}
	return who, g.allowCall(hostOf(info.RemoteAddr))
}

// hostOf is the IP address of a remote address (the address itself if it
// has no port).
func hostOf(remote string) string {
	if h, _, err := net.SplitHostPort(remote); err == nil {
		return h
	}
	return remote
}
