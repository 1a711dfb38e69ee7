package api

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
)

// TestPageRoutesLeaveJSONRPCAndAccessChecks: a Route at "/" (the
// explorer) serves every GET path no other Route names, while /metrics
// stays its own, JSON-RPC over POST and WebSocket still reach the RPC,
// and the Host and Origin checks still refuse a rebound host and another
// site's page before any Route sees the request.
func TestPageRoutesLeaveJSONRPCAndAccessChecks(t *testing.T) {
	e := newEnv(t)
	rs, err := NewServer(&Backend{Chain: e.chain, ClientVersion: "viaduct/test"})
	if err != nil {
		t.Fatal(err)
	}
	text := func(s string) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, s+" "+r.URL.Path) })
	}
	srv, err := ListenWith("127.0.0.1:0", rs, DefaultLimits, Options{}, Route{Path: "/metrics", Handler: text("metrics")}, Route{Path: "/", Handler: text("pages")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rs.Stop(); srv.Close() })
	get := func(path string, headers map[string]string) (int, string) {
		req, err := http.NewRequest(http.MethodGet, "http://"+srv.Addr()+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range headers {
			if k == "Host" {
				req.Host = v
			} else {
				req.Header.Set(k, v)
			}
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for path, want := range map[string]string{
		"/": "pages /", "/tx/0x12": "pages /tx/0x12", "/metrics": "metrics /metrics", "/metrics/x": "pages /metrics/x", "/static/style.css": "pages /static/style.css",
	} {
		if code, body := get(path, nil); code != 200 || body != want {
			t.Fatalf("GET %s: %d %q, want %q", path, code, body, want)
		}
	}
	if code, _, body := call(t, srv.Addr(), http.MethodPost, nil); code != 200 || !strings.Contains(body, `"result"`) {
		t.Fatalf("POST / (JSON-RPC): %d %s", code, body)
	}
	c, err := rpc.Dial("ws://" + srv.Addr())
	if err != nil {
		t.Fatalf("WebSocket beside the pages: %v", err)
	}
	var id string
	if err := c.Call(&id, "eth_chainId"); err != nil {
		t.Fatalf("eth_chainId over WebSocket: %v", err)
	}
	c.Close()
	if code, body := get("/", map[string]string{"Host": "evil.example:80"}); code != http.StatusForbidden || strings.Contains(body, "pages") {
		t.Fatalf("a rebound Host got %d %q", code, body)
	}
	if code, body := get("/tx/0x12", map[string]string{"Origin": "https://evil.example"}); code != http.StatusForbidden || strings.Contains(body, "pages") {
		t.Fatalf("another site's page got %d %q", code, body)
	}
}

func TestRouteChoosesExactThenLongestPrefix(t *testing.T) {
	routes := []Route{{Path: "/"}, {Path: "/metrics"}, {Path: "/static/"}}
	for path, want := range map[string]string{"/": "/", "/metrics": "/metrics", "/static/a.css": "/static/", "/staticx": "/", "/x/y": "/"} {
		if got := route(routes, path); got == nil || got.Path != want {
			t.Errorf("route(%q) = %v, want %q", path, got, want)
		}
	}
	if got := route([]Route{{Path: "/metrics"}}, "/"); got != nil {
		t.Errorf("route(/) without a / route = %v", got)
	}
}
