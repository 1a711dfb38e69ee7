package api

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// ErrNotLoopback is returned for a listen address that is not on 127.0.0.1
// or ::1: the node serves the local machine only.
var ErrNotLoopback = errors.New("api: the RPC listens on loopback addresses only")

// Limits bound what one client can ask of the server.
type Limits struct {
	BodyBytes    int           // largest HTTP request body (and WebSocket message)
	BatchItems   int           // most calls in one JSON-RPC batch
	BatchBytes   int           // largest batch response
	ReadTimeout  time.Duration // to read a whole request
	WriteTimeout time.Duration // to answer one
}

// DefaultLimits are go-ethereum's own HTTP defaults, with a smaller body:
// the largest legitimate request is a raw transaction of a few hundred bytes
// or a batch of them.
var DefaultLimits = Limits{
	BodyBytes: 1 << 20, BatchItems: 1000, BatchBytes: 25 << 20,
	ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second,
}

// Route is an extra plain-HTTP handler served at one path (GET), such as
// Prometheus metrics at /metrics. A Path ending in "/" serves every path
// under it that no other Route names exactly (the explorer at "/"); JSON-RPC
// (POST) and WebSocket upgrades are never given to a Route.
type Route struct {
	Path    string
	Handler http.Handler
}

// HTTPServer serves an rpc.Server over HTTP and WebSocket on one port.
type HTTPServer struct {
	srv  *http.Server
	ln   net.Listener
	done chan error
}

// Listen starts serving rpcSrv at addr (host:port, loopback only; port 0
// picks a free one), with the default Options: no other origin's pages.
func Listen(addr string, rpcSrv *rpc.Server, lim Limits, routes ...Route) (*HTTPServer, error) {
	return ListenWith(addr, rpcSrv, lim, Options{}, routes...)
}

// ListenWith is Listen serving the browsers and host names opts allow.
func ListenWith(addr string, rpcSrv *rpc.Server, lim Limits, opts Options, routes ...Route) (*HTTPServer, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("api: listen address %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("%w: %q", ErrNotLoopback, addr)
	}
	rpcSrv.SetHTTPBodyLimit(lim.BodyBytes)
	rpcSrv.SetWebsocketReadLimit(int64(lim.BodyBytes))
	rpcSrv.SetBatchLimits(lim.BatchItems, lim.BatchBytes)
	acc := newAccess(opts, host)
	// The origins are checked here, before go-ethereum's handler, which
	// would otherwise let localhost pages in by default.
	ws := rpcSrv.WebsocketHandler([]string{"*"})
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			if acc.check(w, r, true) {
				ws.ServeHTTP(w, r)
			}
			return
		}
		if !acc.check(w, r, false) {
			return
		}
		if r.Method == http.MethodGet {
			if rt := route(routes, r.URL.Path); rt != nil {
				rt.Handler.ServeHTTP(w, r)
				return
			}
		}
		if opts.Prefetch != nil {
			if release := prefetchRequest(r, lim.BodyBytes, opts.Prefetch); release != nil {
				defer release()
			}
		}
		// One request, one cost budget: the calls of a batch share it.
		rpcSrv.ServeHTTP(w, r.WithContext(withRequestScope(r.Context())))
	})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("api: %w", err)
	}
	s := &HTTPServer{
		srv: &http.Server{
			Handler: handler, ReadHeaderTimeout: 5 * time.Second,
			ReadTimeout: lim.ReadTimeout, WriteTimeout: lim.WriteTimeout, IdleTimeout: 2 * time.Minute,
		},
		ln: ln, done: make(chan error, 1),
	}
	go func() { s.done <- s.srv.Serve(ln) }()
	return s, nil
}

// route is the Route for path: the one naming it exactly, else the one
// with the longest Path ending in "/" that it starts with.
func route(routes []Route, path string) *Route {
	var best *Route
	for i := range routes {
		rt := &routes[i]
		if rt.Path == path {
			return rt
		}
		if strings.HasSuffix(rt.Path, "/") && strings.HasPrefix(path, rt.Path) && (best == nil || len(rt.Path) > len(best.Path)) {
			best = rt
		}
	}
	return best
}

// Addr returns the address served.
func (s *HTTPServer) Addr() string { return s.ln.Addr().String() }

// Close stops serving, letting calls in progress finish for up to 5s.
func (s *HTTPServer) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := s.srv.Shutdown(ctx)
	if e := <-s.done; !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	return err
}
