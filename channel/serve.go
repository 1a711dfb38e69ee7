package channel

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrNotLoopback refuses to serve on anything but the loopback interface:
// Viaduct's standalone servers are local by design; a node that wants to
// expose channel_ mounts the API on its own, configured server.
var ErrNotLoopback = errors.New("refusing to listen on a non-loopback address")

// Server serves RPC services over WebSocket (and plain HTTP on the same
// port) on a loopback address.
//
// Once a peer's channel_ API is registered on it, the Server also keeps
// that peer's gate: a WebSocket handshake with an AuthHeader is checked
// (and refused with 401, or 429 over the handshake limits), the address
// it proves is the caller of every call on that connection, and a
// connection that is not a counterparty's (no handshake, a plain HTTP
// request, or an address that is no counterparty of the peer) is read
// no faster than the peer's byte limits allow.
type Server struct {
	rpc   *rpc.Server
	http  *http.Server
	ln    net.Listener
	gate  atomic.Pointer[gate]
	conns connTable
}

// maxMessageBytes bounds one request: a batch of maxProposals states in
// JSON, with room to spare (TestLargestProposalFitsOneMessage).
const maxMessageBytes = maxProposals*maxStateJSON + 64<<10

// maxStateJSON bounds the JSON of one SignedState with every number at its
// largest.
const maxStateJSON = 1 << 10

// ListenWS starts serving apis on addr, which must be a loopback address
// such as 127.0.0.1:0.
func ListenWS(addr string, apis []rpc.API) (*Server, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("listen address %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("%w: %s", ErrNotLoopback, addr)
	}
	srv := rpc.NewServer()
	srv.SetWebsocketReadLimit(maxMessageBytes)
	srv.SetHTTPBodyLimit(maxMessageBytes)
	// No channel_ or tower_ client sends batches; one would carry many
	// calls past the limits that pace messages.
	srv.SetBatchLimits(1, maxMessageBytes)
	inner, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listening on %s: %w", addr, err)
	}
	s := &Server{rpc: srv}
	s.ln = &guardedListener{Listener: inner, s: s}
	if err := s.Register(apis); err != nil {
		inner.Close()
		return nil, err
	}
	ws := srv.WebsocketHandler([]string{"*"})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gc, _ := r.Context().Value(connKey{}).(*guardedConn)
		g := s.gate.Load()
		if g == nil || gc == nil {
			// No peer here (a watchtower): nothing to tell apart.
			if gc != nil {
				gc.state.Store(connOpen)
			}
			if r.Header.Get("Upgrade") == "websocket" {
				ws.ServeHTTP(w, r)
				return
			}
			srv.ServeHTTP(w, r)
			return
		}
		ip := hostOf(r.RemoteAddr)
		if r.Header.Get("Upgrade") != "websocket" {
			// A plain HTTP request is never a counterparty's: it carries
			// no connection to authenticate.
			gc.state.Store(connStranger)
			g.throttle(ip, msgCost, gc.closed)
			srv.ServeHTTP(w, r)
			return
		}
		gc.ws = true // what follows the handshake is frames
		var who common.Address
		if v := r.Header.Get(AuthHeader); v == "" {
			g.throttle(ip, msgCost, gc.closed)
		} else {
			var err error
			if who, err = g.authenticate(v, ip); err != nil {
				gc.state.Store(connStranger)
				status := http.StatusUnauthorized
				if errors.Is(err, ErrRateLimited) {
					status = http.StatusTooManyRequests
				}
				http.Error(w, err.Error(), status)
				return
			}
		}
		if who == (common.Address{}) {
			gc.state.Store(connStranger)
		} else {
			gc.who = who
			gc.state.Store(connIdentified)
			s.conns.add(r.RemoteAddr, who)
			defer s.conns.remove(r.RemoteAddr)
		}
		ws.ServeHTTP(w, r) // returns when the connection closes
	})
	s.http = &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: 16 << 10,
		ConnContext: func(ctx context.Context, c net.Conn) context.Context {
			return context.WithValue(ctx, connKey{}, c)
		}}
	go func() { _ = s.http.Serve(s.ln) }()
	return s, nil
}

type connKey struct{}

// guardedListener hands out guardedConns.
type guardedListener struct {
	net.Listener
	s *Server
}

func (l *guardedListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &guardedConn{Conn: c, s: l.s, ip: hostOf(c.RemoteAddr().String()), closed: make(chan struct{})}, nil
}

// The states of a guardedConn, as its requests tell who is at the other end.
const (
	connHandshake  int32 = iota // reading a request's header, bounded by MaxHeaderBytes
	connStranger                // paced by the gate's byte limits
	connIdentified              // authenticated as who: paced until who is a counterparty
	connOpen                    // a counterparty's, or no gate: read freely
)

// guardedConn paces what a stranger's connection may make the server read
// and decode.
type guardedConn struct {
	net.Conn
	s      *Server
	ip     string
	state  atomic.Int32
	who    common.Address // set before state becomes connIdentified
	ws     bool           // upgraded: the rest is frames (set with state)
	frames frames         // the reading goroutine's
	closed chan struct{}
	once   sync.Once
}

func (c *guardedConn) Read(b []byte) (int, error) {
	switch c.state.Load() {
	case connHandshake, connOpen:
		return c.Conn.Read(b)
	case connIdentified:
		if g := c.s.gate.Load(); g == nil || g.known(c.who) {
			c.state.Store(connOpen)
			return c.Conn.Read(b)
		}
	}
	g := c.s.gate.Load()
	if g == nil {
		return c.Conn.Read(b)
	}
	if len(b) > readChunk {
		b = b[:readChunk]
	}
	n, err := c.Conn.Read(b)
	if n > 0 {
		cost := n
		if c.ws {
			cost += c.frames.count(b[:n]) * msgCost
		}
		g.throttle(c.ip, cost, c.closed)
	}
	return n, err
}

func (c *guardedConn) Close() error {
	c.once.Do(func() { close(c.closed) })
	return c.Conn.Close()
}

// URL is the ws:// address of the server.
func (s *Server) URL() string { return "ws://" + s.ln.Addr().String() }

// Close stops the server. The port is free when it returns (http.Server
// closes a listener its Serve goroutine has not taken up yet only later).
func (s *Server) Close() error {
	s.rpc.Stop()
	err := s.http.Close()
	_ = s.ln.Close()
	return err
}

// IPCServer serves RPC services on a Unix socket, readable only by the
// owner: the private control endpoint of a peer.
type IPCServer struct {
	rpc  *rpc.Server
	ln   net.Listener
	path string
}

// ListenIPC serves apis on the Unix socket at path (replacing a stale one).
func ListenIPC(path string, apis []rpc.API) (*IPCServer, error) {
	srv := rpc.NewServer()
	for _, api := range apis {
		if err := srv.RegisterName(api.Namespace, api.Service); err != nil {
			return nil, fmt.Errorf("registering %s_: %w", api.Namespace, err)
		}
	}
	_ = os.Remove(path) // a socket left by a killed process
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("listening on %s: %w", path, err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, fmt.Errorf("restricting %s: %w", path, err)
	}
	go func() { _ = srv.ServeListener(ln) }()
	return &IPCServer{rpc: srv, ln: ln, path: path}, nil
}

// Close stops the server and removes the socket.
func (s *IPCServer) Close() error {
	s.rpc.Stop()
	err := s.ln.Close()
	_ = os.Remove(s.path)
	return err
}

// Register adds services to a running server (so a peer can learn its own
// URL before it exists).
// A peer's channel_ API is bound to this server: its callers are the
// connections this server authenticated, and its gate paces the rest.
func (s *Server) Register(apis []rpc.API) error {
	for _, api := range apis {
		svc := api.Service
		if a, ok := svc.(*API); ok {
			if g := s.gate.Load(); g != nil && g != a.p.gate {
				return fmt.Errorf("registering %s_: this server already serves another peer", api.Namespace)
			}
			svc = s.bind(a)
		}
		if err := s.rpc.RegisterName(api.Namespace, svc); err != nil {
			return fmt.Errorf("registering %s_: %w", api.Namespace, err)
		}
	}
	return nil
}

// bind returns a's peer's API as served by s: its callers are the
// connections s authenticated, and s paces the others with the peer's gate.
func (s *Server) bind(a *API) *API {
	s.gate.Store(a.p.gate)
	return &API{p: a.p, conns: &s.conns}
}
