package channel

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// ErrNotLoopback refuses to serve on anything but the loopback interface:
// Viaduct's standalone servers are local by design; a node that wants to
// expose channel_ mounts the API on its own, configured server.
var ErrNotLoopback = errors.New("refusing to listen on a non-loopback address")

// Server serves RPC services over WebSocket (and plain HTTP on the same
// port) on a loopback address.
type Server struct {
	rpc  *rpc.Server
	http *http.Server
	ln   net.Listener
}

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
	for _, api := range apis {
		if err := srv.RegisterName(api.Namespace, api.Service); err != nil {
			return nil, fmt.Errorf("registering %s_: %w", api.Namespace, err)
		}
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listening on %s: %w", addr, err)
	}
	ws := srv.WebsocketHandler([]string{"*"})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") == "websocket" {
			ws.ServeHTTP(w, r)
			return
		}
		srv.ServeHTTP(w, r)
	})
	s := &Server{rpc: srv, ln: ln, http: &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}}
	go func() { _ = s.http.Serve(ln) }()
	return s, nil
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
func (s *Server) Register(apis []rpc.API) error {
	for _, api := range apis {
		if err := s.rpc.RegisterName(api.Namespace, api.Service); err != nil {
			return fmt.Errorf("registering %s_: %w", api.Namespace, err)
		}
	}
	return nil
}
