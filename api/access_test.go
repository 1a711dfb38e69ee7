package api

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// accessServer serves a node's API with opts.
func accessServer(t *testing.T, opts Options) (addr string) {
	t.Helper()
	e := newEnv(t)
	rs, err := NewServer(&Backend{Chain: e.chain, ClientVersion: "viaduct/test"})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := ListenWith("127.0.0.1:0", rs, DefaultLimits, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rs.Stop(); srv.Close() })
	return srv.Addr()
}

// call posts eth_chainId to addr with the given headers (Host among them)
// and returns the response's status, CORS grant and body.
func call(t *testing.T, addr, method string, headers map[string]string) (int, string, string) {
	t.Helper()
	var body io.Reader
	if method == http.MethodPost {
		body = strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`)
	}
	req, err := http.NewRequest(method, "http://"+addr, body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"), string(b)
}

// TestEvilOriginGetsNoCORSGrant: a page of another origin is neither
// granted CORS (its preflight is refused) nor served if it sends anyway;
// software that sends no Origin, and the node's own pages, are served;
// with the origin allowed, its page is granted and served.
func TestEvilOriginGetsNoCORSGrant(t *testing.T) {
	addr := accessServer(t, Options{})
	evil := map[string]string{"Origin": "https://evil.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
	if status, grant, _ := call(t, addr, http.MethodOptions, evil); grant != "" || status < 400 {
		t.Fatalf("an evil page's preflight: status %d, grant %q", status, grant)
	}
	if status, grant, body := call(t, addr, http.MethodPost, evil); grant != "" || status != http.StatusForbidden || strings.Contains(body, "result") {
		t.Fatalf("an evil page's call: status %d, grant %q, body %s", status, grant, body)
	}
	for _, h := range []map[string]string{nil, {"Origin": "http://" + addr}} {
		if status, _, body := call(t, addr, http.MethodPost, h); status != http.StatusOK || !strings.Contains(body, "result") {
			t.Fatalf("headers %v: status %d, body %s", h, status, body)
		}
	}
	// Allowed: a wallet's page and MetaMask; other ports of an allowed
	// host, not other hosts.
	addr = accessServer(t, Options{CORSOrigins: append([]string{"https://wallet.example", "http://localhost"}, MetaMaskOrigins...)})
	for _, origin := range []string{"https://wallet.example", "http://localhost:3000", MetaMaskOrigins[0]} {
		h := map[string]string{"Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
		if status, grant, _ := call(t, addr, http.MethodOptions, h); grant != origin || status != http.StatusNoContent {
			t.Fatalf("%s's preflight: status %d, grant %q", origin, status, grant)
		}
		if status, grant, body := call(t, addr, http.MethodPost, h); grant != origin || status != http.StatusOK || !strings.Contains(body, "result") {
			t.Fatalf("%s's call: status %d, grant %q, body %s", origin, status, grant, body)
		}
	}
	for _, origin := range []string{"http://localhost.evil.example", "https://wallet.example.evil", "http://wallet.example"} {
		if status, grant, _ := call(t, addr, http.MethodPost, map[string]string{"Origin": origin}); grant != "" || status != http.StatusForbidden {
			t.Fatalf("%s: status %d, grant %q", origin, status, grant)
		}
	}
}

// TestEvilOriginGetsNoWebSocket: a page of another origin cannot open a
// WebSocket; no Origin (not a browser), the node's own origin and an
// allowed one can.
func TestEvilOriginGetsNoWebSocket(t *testing.T) {
	addr := accessServer(t, Options{WSOrigins: []string{"https://wallet.example"}})
	dial := func(origin string) error {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		c, err := rpc.DialWebsocket(ctx, "ws://"+addr, origin)
		if err != nil {
			return err
		}
		defer c.Close()
		var id string
		return c.CallContext(ctx, &id, "eth_chainId")
	}
	for _, origin := range []string{"https://evil.example", "http://localhost:3000", "https://wallet.example.evil"} {
		if err := dial(origin); err == nil || !strings.Contains(err.Error(), "403") {
			t.Fatalf("a WebSocket from %s: %v", origin, err)
		}
	}
	for _, origin := range []string{"", "https://wallet.example", "http://" + addr} {
		if err := dial(origin); err != nil {
			t.Fatalf("a WebSocket from %q: %v", origin, err)
		}
	}
}

// TestDNSRebindingIsRefused: a page whose name was made to resolve to
// 127.0.0.1 is same-origin with its own name, so its requests carry that
// name as Host: refused, over HTTP and WebSocket; the node's own names and
// IP addresses are served, and the list can be widened.
func TestDNSRebindingIsRefused(t *testing.T) {
	addr := accessServer(t, Options{})
	_, port, _ := net.SplitHostPort(addr)
	rebound := "rebind.evil.example:" + port
	for _, h := range []map[string]string{
		{"Host": rebound},
		{"Host": rebound, "Origin": "http://" + rebound},
		{"Host": "rebind.evil.example"},
	} {
		if status, _, body := call(t, addr, http.MethodPost, h); status != http.StatusForbidden || !strings.Contains(body, "invalid host specified") {
			t.Fatalf("%v: status %d, body %s", h, status, body)
		}
	}
	req, _ := http.NewRequest(http.MethodGet, "http://"+addr, nil)
	req.Host = rebound
	req.Header.Set("Connection", "Upgrade")
	req.Header.Set("Upgrade", "websocket")
	req.Header.Set("Sec-WebSocket-Version", "13")
	req.Header.Set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
	req.Header.Set("Origin", "http://"+rebound)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("a rebound WebSocket: status %d", resp.StatusCode)
	}
	for _, host := range []string{"localhost:" + port, "LOCALHOST", "127.0.0.1:" + port, "[::1]:" + port} {
		if status, _, body := call(t, addr, http.MethodPost, map[string]string{"Host": host}); status != http.StatusOK {
			t.Fatalf("Host %s: status %d, body %s", host, status, body)
		}
	}
	addr = accessServer(t, Options{VHosts: []string{"node.internal"}})
	for host, want := range map[string]int{"node.internal": http.StatusOK, "localhost": http.StatusForbidden, "127.0.0.1": http.StatusOK} {
		if status, _, _ := call(t, addr, http.MethodPost, map[string]string{"Host": host}); status != want {
			t.Fatalf("VHosts [node.internal], Host %s: status %d, want %d", host, status, want)
		}
	}
	addr = accessServer(t, Options{VHosts: []string{"*"}})
	if status, _, _ := call(t, addr, http.MethodPost, map[string]string{"Host": rebound}); status != http.StatusOK {
		t.Fatalf("VHosts *: status %d", status)
	}
}

func TestOriginRules(t *testing.T) {
	for _, tc := range []struct {
		rules  []string
		origin string
		want   bool
	}{
		{nil, "http://localhost", false},
		{[]string{"*"}, "https://anything.example", true},
		{[]string{"*"}, "null", true},
		{[]string{"http://localhost"}, "http://localhost:5173", true},
		{[]string{"http://localhost"}, "https://localhost", false},
		{[]string{"http://localhost"}, "http://localhost.evil.example", false},
		{[]string{"http://localhost:3000"}, "http://localhost:3001", false},
		{[]string{"localhost"}, "https://localhost:8080", true},
		{[]string{"HTTPS://Wallet.Example"}, "https://wallet.example", true},
		{MetaMaskOrigins, "chrome-extension://nkbihfbeogaeaoehlefnkodbefgpgknn", true},
		{MetaMaskOrigins, "chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh", false},
		{[]string{"https://wallet.example"}, "null", false},
	} {
		if got := originAllowed(lower(tc.rules), tc.origin); got != tc.want {
			t.Errorf("rules %v, origin %s: %v, want %v", tc.rules, tc.origin, got, tc.want)
		}
	}
}
