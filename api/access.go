package api

import (
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// Browser access. A web page the user opens can send requests to
// 127.0.0.1 as well as the user can: without checks, any page could drive
// the node's expensive calls, and a page whose name is made to resolve to
// 127.0.0.1 (DNS rebinding) could read the answers as its own. The server
// follows go-ethereum's conventions (--http.corsdomain, --ws.origins,
// --http.vhosts), and is stricter in one point: a request that carries an
// Origin the node does not allow is refused, not only left without a CORS
// grant.
//
//   - Host: a request must name the node by an IP address or by one of
//     Options.VHosts (default: localhost and the listen host), else it is
//     refused with 403 "invalid host specified". A rebound name is not
//     on the list.
//   - Origin: software that is not a browser sends none, and is served.
//     A page of the node's own origin is served. Any other page is served
//     only if its origin is allowed: Options.CORSOrigins over HTTP (which
//     then grants it CORS), Options.WSOrigins for a WebSocket; otherwise
//     the request gets 403 and the preflight no grant.
//
// An allowed origin is written as go-ethereum takes it: scheme://host:port,
// any part left out matches anything ("http://localhost" is every port of
// it), and "*" allows every origin.

// Options say which browser pages and host names the server answers (the
// zero value: none but its own pages, by IP address or localhost).
type Options struct {
	// CORSOrigins are the origins whose pages may call over HTTP.
	CORSOrigins []string
	// WSOrigins are the origins whose pages may open a WebSocket.
	WSOrigins []string
	// VHosts are the host names requests may name in their Host header,
	// besides IP addresses ("*": any). Empty: localhost and the listen
	// host.
	VHosts []string
	// Prefetch, if set, is given each HTTP request's body before the RPC
	// server reads it, and what it returns is called once the request is
	// answered (Backend.PrefetchBatch).
	Prefetch func(body []byte) (release func())
}

// MetaMaskOrigins are the origins MetaMask's extension calls a node from:
// its Chrome Web Store build (Chrome, Brave, Opera) and its Edge Add-ons
// build. (Firefox gives each installation an origin of its own,
// moz-extension://UUID, shown in about:debugging.)
var MetaMaskOrigins = []string{
	"chrome-extension://nkbihfbeogaeaoehlefnkodbefgpgknn",
	"chrome-extension://ejbalbakoplchlghecdalmeeeajnimhm",
}

// LocalPageOrigins are pages served from this machine, on any port: a
// dapp's development server, the node's own pages.
var LocalPageOrigins = []string{"http://localhost", "http://127.0.0.1"}

// DevOrigins are what `viaduct dev` allows by default: local pages and
// MetaMask, what a wallet in a browser needs against a development chain.
var DevOrigins = append(slices.Clone(LocalPageOrigins), MetaMaskOrigins...)

// access applies Options to requests.
type access struct {
	cors, ws []string
	vhosts   map[string]bool
	anyHost  bool
}

func newAccess(o Options, listenHost string) *access {
	a := &access{cors: lower(o.CORSOrigins), ws: lower(o.WSOrigins), vhosts: map[string]bool{}}
	hosts := o.VHosts
	if len(hosts) == 0 {
		hosts = []string{"localhost", listenHost}
	}
	for _, h := range lower(hosts) {
		a.anyHost = a.anyHost || h == "*"
		a.vhosts[h] = true
	}
	return a
}

func lower(list []string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if s = strings.ToLower(strings.TrimSpace(s)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// hostAllowed checks the Host header (go-ethereum's virtualHostHandler).
func (a *access) hostAllowed(r *http.Request) bool {
	if r.Host == "" || a.anyHost {
		return true
	}
	host, _, err := net.SplitHostPort(r.Host)
	if err != nil {
		host = r.Host // no port
	}
	host = strings.ToLower(strings.Trim(host, "[]"))
	return net.ParseIP(host) != nil || a.vhosts[host]
}

// sameOrigin reports whether origin is the node's own (a page it served).
func sameOrigin(origin string, r *http.Request) bool {
	u, err := url.Parse(origin)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && strings.EqualFold(u.Host, r.Host)
}

// originAllowed matches origin against allowed (go-ethereum's
// ruleAllowsOrigin).
func originAllowed(allowed []string, origin string) bool {
	origin = strings.ToLower(origin)
	for _, rule := range allowed {
		if rule == "*" {
			return true
		}
		rs, rh, rp, err1 := parseOrigin(rule)
		bs, bh, bp, err2 := parseOrigin(origin)
		if err1 != nil || err2 != nil {
			continue
		}
		if (rs == "" || rs == bs) && (rh == "" || rh == bh) && (rp == "" || rp == bp) {
			return true
		}
	}
	return false
}

// parseOrigin splits an origin or a rule into scheme, host and port (a rule
// may leave the scheme out: "localhost:3000").
func parseOrigin(origin string) (scheme, host, port string, err error) {
	if !strings.Contains(origin, "://") {
		origin = "//" + origin
	}
	u, err := url.Parse(origin)
	if err != nil {
		return "", "", "", err
	}
	return u.Scheme, u.Hostname(), u.Port(), nil
}

// check decides on a request: it answers (and returns false) for one that
// is refused or a CORS preflight, and sets the CORS grant of an allowed
// cross-origin call.
func (a *access) check(w http.ResponseWriter, r *http.Request, websocket bool) bool {
	if !a.hostAllowed(r) {
		http.Error(w, "invalid host specified", http.StatusForbidden)
		return false
	}
	origin := r.Header.Get("Origin")
	if _, sent := r.Header["Origin"]; !sent || sameOrigin(origin, r) {
		return true
	}
	if websocket {
		if originAllowed(a.ws, origin) {
			return true
		}
		http.Error(w, "origin not allowed", http.StatusForbidden)
		return false
	}
	if !originAllowed(a.cors, origin) {
		http.Error(w, "origin not allowed", http.StatusForbidden)
		return false
	}
	h := w.Header()
	h.Add("Vary", "Origin")
	h.Set("Access-Control-Allow-Origin", origin)
	if r.Method == http.MethodOptions {
		h.Set("Access-Control-Allow-Methods", "POST, GET, OPTIONS")
		if req := r.Header.Get("Access-Control-Request-Headers"); req != "" {
			h.Set("Access-Control-Allow-Headers", req)
		}
		h.Set("Access-Control-Max-Age", "600")
		w.WriteHeader(http.StatusNoContent)
		return false
	}
	return true
}
