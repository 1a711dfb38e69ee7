package e2e

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// TestDevLetsWalletPagesInAndOthersOut: `viaduct dev` answers MetaMask's
// extension and pages served from this machine (granting them CORS and
// WebSockets), and refuses any other page, and a request that names the
// node by a host name of someone else's (DNS rebinding).
func TestDevLetsWalletPagesInAndOthersOut(t *testing.T) {
	h := newHarness(t)
	l1Port, l2Port := freePort(t), freePort(t)
	h.start("dev", "viaduct dev is ready", "dev", "--l1-port", fmt.Sprint(l1Port), "--port", fmt.Sprint(l2Port), "--verifier-port", "0",
		"--fund", "1", "--datadir", t.TempDir())
	url := fmt.Sprintf("http://127.0.0.1:%d", l2Port)
	post := func(host, origin string) (int, string) {
		req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		if host != "" {
			req.Host = host
		}
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin")
	}
	for _, origin := range []string{"chrome-extension://nkbihfbeogaeaoehlefnkodbefgpgknn", "http://localhost:5173", "http://127.0.0.1:3000"} {
		if status, grant := post("", origin); status != http.StatusOK || grant != origin {
			t.Errorf("Origin %s: status %d, grant %q", origin, status, grant)
		}
	}
	for _, tc := range []struct{ host, origin string }{
		{"", "https://evil.example"},
		{"", "chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh"},
		{fmt.Sprintf("rebind.evil.example:%d", l2Port), ""},
	} {
		if status, grant := post(tc.host, tc.origin); status != http.StatusForbidden || grant != "" {
			t.Errorf("Host %q Origin %q: status %d, grant %q", tc.host, tc.origin, status, grant)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	ws := fmt.Sprintf("ws://127.0.0.1:%d", l2Port)
	if c, err := rpc.DialWebsocket(ctx, ws, "https://evil.example"); err == nil {
		c.Close()
		t.Error("a WebSocket from https://evil.example was opened")
	}
	c, err := rpc.DialWebsocket(ctx, ws, "http://localhost:5173")
	if err != nil {
		t.Fatalf("a WebSocket from a local page: %v", err)
	}
	defer c.Close()
	var id string
	if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil {
		t.Fatal(err)
	}
}
