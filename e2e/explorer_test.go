package e2e

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// chromium finds headless Chromium (Debian's package), or skips the test;
// VIADUCT_E2E_BROWSER=require (CI) makes a missing browser a failure.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("VIADUCT_E2E_BROWSER") == "require" {
		t.Fatal("no Chromium found (apt-get install chromium), and VIADUCT_E2E_BROWSER=require")
	}
	t.Skip("no Chromium found: the explorer's browser test needs it (apt-get install chromium; VIADUCT_E2E_BROWSER=require makes this a failure)")
	return ""
}

// artifacts is where the browser test saves its screenshots:
// $VIADUCT_ARTIFACTS, or e2e/testdata-out/explorer (ignored by git).
func artifacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("VIADUCT_ARTIFACTS")
	if dir == "" {
		dir = "testdata-out"
	}
	dir, err := filepath.Abs(filepath.Join(dir, "explorer"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	fmt.Fprintf(os.Stderr, "TestExplorerInABrowser: screenshots in %s\n", dir)
	return dir
}

// TestExplorerInABrowser drives headless Chromium against `viaduct dev`:
// the banner names the explorer; its home page opens; the search box
// takes a transfer the test sent and lands on its page, whose confirmation
// level reaches "safe" as the batcher posts it (the page updates itself);
// the account page of a withdrawal shows its challenge window counting
// down. Screenshots of each page are saved.
func TestExplorerInABrowser(t *testing.T) {
	browser := chromium(t)
	out := artifacts(t)
	h := newHarness(t)
	l1Port, l2Port := freePort(t), freePort(t)
	p := h.start("dev", "viaduct dev is ready", "dev", "--l1-port", fmt.Sprint(l1Port), "--port", fmt.Sprint(l2Port), "--verifier-port", "0",
		"--fund", "2", "--datadir", t.TempDir())
	m := regexp.MustCompile(`explorer\s+(http://127\.0\.0\.1:\d+/)`).FindStringSubmatch(p.out.String())
	if m == nil || m[1] != fmt.Sprintf("http://127.0.0.1:%d/", l2Port) {
		t.Fatalf("the banner does not name the explorer at the L2 RPC's address:\n%s", p.out.String())
	}
	explorer := m[1]

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	ec, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", l2Port))
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	send := func(key int, to common.Address, value *big.Int, gas uint64) *types.Transaction {
		k := devl1.DevKey(key)
		nonce, err := ec.PendingNonceAt(ctx, crypto.PubkeyToAddress(k.PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		cfg := core.DevConfig()
		tx, err := types.SignNewTx(k, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
			ChainID: cfg.BigChainID(), Nonce: nonce, GasTipCap: big.NewInt(1e6), GasFeeCap: big.NewInt(1e9), Gas: gas, To: &to, Value: value,
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := ec.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		return tx
	}
	transfer := send(0, common.HexToAddress("0xb0b"), big.NewInt(25e16), core.TransferGas)
	withdrawer := crypto.PubkeyToAddress(devl1.DevKey(1).PublicKey)
	send(1, core.BridgeAddress, big.NewInt(5e17), core.WithdrawalGas)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1280, 1000),
		chromedp.Flag("disable-dev-shm-usage", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancelBrowser()
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(out, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// text polls the element's text until ok accepts it (the pages update
	// themselves every few seconds), failing after the deadline.
	text := func(what, sel string, timeout time.Duration, ok func(string) bool) string {
		t.Helper()
		deadline := time.Now().Add(timeout)
		for {
			err := chromedp.Do(bctx, chromedp.WaitVisible(chromedp.CSS(sel)))
			var s string
			if err == nil {
				s, err = chromedp.Run(bctx, chromedp.Text(chromedp.CSS(sel)))
			}
			if err == nil && ok(s) {
				return s
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: %q (%v) after %s", what, s, err, timeout)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}

	// Home.
	if err := chromedp.Do(bctx, chromedp.Navigate(explorer), chromedp.WaitVisible(chromedp.CSS("main h1"))); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(bctx, chromedp.Title())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(title, "Viaduct") {
		t.Fatalf("home page title %q", title)
	}
	text("the home page's latest blocks", "main", 30*time.Second, func(s string) bool {
		return strings.Contains(s, "Latest blocks") && strings.Contains(s, "Latest batches")
	})
	shot("home.png")

	// The transfer, found with the search box, until it is safe.
	if err := chromedp.Do(bctx,
		chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), transfer.Hash().Hex()),
		chromedp.Submit(chromedp.CSS(`form.search`)),
		chromedp.WaitVisible(chromedp.CSS(`#level`)),
	); err != nil {
		t.Fatal(err)
	}
	if loc, err := chromedp.Run(bctx, chromedp.Location()); err != nil || !strings.HasSuffix(loc, "/tx/"+transfer.Hash().Hex()) {
		t.Fatalf("the search landed on %q (%v)", loc, err)
	}
	text("the transfer's page", "main", 10*time.Second, func(s string) bool { return strings.Contains(s, "0.25 ETH") })
	text("the transfer's confirmation level", "#level", 60*time.Second, func(s string) bool { return s == "safe" || s == "finalized" })
	shot("tx.png")

	// The withdrawal's account page, its challenge window counting down.
	if err := chromedp.Do(bctx, chromedp.Navigate(explorer+"address/"+withdrawer.Hex())); err != nil {
		t.Fatal(err)
	}
	// Posted within seconds; the page updates itself until then.
	text("the withdrawal waiting for its challenge window", "tr.withdrawal", 60*time.Second, func(s string) bool {
		return strings.Contains(s, "waiting for the challenge window")
	})
	left := regexp.MustCompile(`^(\d+ min( \d+ s)?|\d+ s) left$`)
	first := text("the withdrawal's countdown", "tr.withdrawal time.countdown", 30*time.Second, left.MatchString)
	text("the countdown ticking", "tr.withdrawal time.countdown", 10*time.Second, func(s string) bool { return left.MatchString(s) && s != first })
	if !strings.Contains(text("the withdrawal's row", "tr.withdrawal", time.Second, func(string) bool { return true }), "0.5 ETH") {
		t.Fatal("the withdrawal's row does not show its amount")
	}
	shot("address.png")
}
