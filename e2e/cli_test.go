package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// TestDevNamesATakenPort: `viaduct dev` on a port another program holds
// (8545 is where Anvil, Hardhat and geth run) exits with one line naming
// the port and the flag that changes it, no stack trace, and leaves no
// data directory behind; for each of its three ports.
func TestDevNamesATakenPort(t *testing.T) {
	if binary == "" {
		t.Skip("whole-system test: needs the viaduct binary, not built in -short mode")
	}
	for _, flag := range []string{"l1-port", "port", "verifier-port"} {
		t.Run(flag, func(t *testing.T) {
			held, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			defer held.Close()
			taken := held.Addr().(*net.TCPAddr).Port
			ports := map[string]int{"l1-port": freePort(t), "port": freePort(t), "verifier-port": freePort(t)}
			ports[flag] = taken
			dir := filepath.Join(t.TempDir(), "dev")
			args := []string{"dev", "--datadir", dir}
			for f, p := range ports {
				args = append(args, "--"+f, fmt.Sprint(p))
			}
			stdout, stderr, err := runAll(args...)
			if err == nil {
				t.Fatalf("viaduct dev started on a taken --%s:\n%s", flag, stdout)
			}
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			want := fmt.Sprintf("port %d is in use by another program; choose another with --%s", taken, flag)
			if len(lines) != 1 || !strings.Contains(lines[0], want) {
				t.Fatalf("stderr is not the one line %q:\n%s", want, stderr)
			}
			if _, err := os.Stat(dir); !os.IsNotExist(err) {
				t.Fatalf("the data directory %s was left behind (%v)", dir, err)
			}
		})
	}
}

// cliDev is a running `viaduct dev` and the environment its banner's
// export line gives the commands of another shell.
type cliDev struct {
	p   *proc
	env []string // VIADUCT_L1_RPC=..., VIADUCT_L2_RPC=..., VIADUCT_ROLLUP=..., VIADUCT_CHANNEL_CONTRACT=..., TST=...
	l1  string
	l2  string
	tst common.Address
}

// startDev starts `viaduct dev` on free ports with extra flags, and reads
// the export line of its banner.
func (h *harness) startCLIDev(extra ...string) *cliDev {
	h.t.Helper()
	args := append([]string{"dev", "--l1-port", fmt.Sprint(freePort(h.t)), "--port", fmt.Sprint(freePort(h.t)),
		"--verifier-port", fmt.Sprint(freePort(h.t)), "--datadir", filepath.Join(h.t.TempDir(), "dev")}, extra...)
	p := h.start("dev", "viaduct dev is ready", args...)
	d := &cliDev{p: p}
	for _, line := range strings.Split(p.out.String(), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "export ") {
			continue
		}
		for _, kv := range strings.Fields(strings.TrimPrefix(line, "export ")) {
			d.env = append(d.env, kv)
			k, v, _ := strings.Cut(kv, "=")
			switch k {
			case "VIADUCT_L1_RPC":
				d.l1 = v
			case "VIADUCT_L2_RPC":
				d.l2 = v
			case "TST":
				d.tst = common.HexToAddress(v)
			}
		}
	}
	if d.l1 == "" || d.l2 == "" || d.tst == (common.Address{}) || len(d.env) != 5 {
		h.t.Fatalf("viaduct dev printed no export line of the five variables:\n%s", p.out.String())
	}
	return d
}

// run runs a viaduct command in the dev network's environment and returns
// its stdout and stderr.
func (d *cliDev) run(args ...string) (string, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Env = append(os.Environ(), d.env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if err != nil {
		err = fmt.Errorf("viaduct %s: %w\n%s", strings.Join(args, " "), err, errb.String())
	}
	return out.String(), errb.String(), err
}

func (d *cliDev) must(t *testing.T, args ...string) string {
	t.Helper()
	out, _, err := d.run(args...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sendL2 signs and sends an L2 transaction from dev account `from` as a
// wallet does (no viaduct command), and waits for its block.
func (d *cliDev) sendL2(t *testing.T, from int, to common.Address, value *big.Int, data []byte) common.Hash {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := ethclient.DialContext(ctx, d.l2)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	key := devl1.DevKey(from)
	me := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: me, To: &to, Value: value, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	id := core.DevConfig().BigChainID()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9), Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	// The receipt comes at pre-confirmation; a wallet shows the
	// transaction confirmed once its block is sealed.
	waitFor(t, "the block of "+tx.Hash().Hex(), time.Minute, func() bool {
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return false
		}
		head, err := c.BlockNumber(ctx)
		return err == nil && head >= r.BlockNumber.Uint64()
	})
	return tx.Hash()
}

// TestWithdrawalsAreFinalizedFromWhatTheCLIPrints: `withdraw` prints the
// exact command that pays the withdrawal out, which works as printed; a
// withdrawal sent from a wallet (a plain transfer to the bridge address,
// of ETH or of a token, whose receipt logs nothing that names it) is
// finalized from its L2 transaction hash alone; `withdrawals` lists an
// account's withdrawals with their state and the time left, and shows
// them paid after; finalize counts the challenge window down on one
// line, not one line per L1 block, and a second finalize is refused in
// words.
func TestWithdrawalsAreFinalizedFromWhatTheCLIPrints(t *testing.T) {
	h := newHarness(t)
	d := h.startCLIDev("--challenge-window", "15s", "--fund", "3")

	// The withdraw command's own advice, run as printed (the flags given
	// on the command line are in it).
	out, _, err := runAll("withdraw", "--dev-account", "1", "--amount", "1", "--l1-rpc", d.l1, "--l2-rpc", d.l2)
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(out, "pay it out on L1 with:\n\n  ")
	next, _, _ := strings.Cut(after, "\n")
	if !ok || !strings.HasPrefix(next, "viaduct finalize --tx 0x") || !strings.Contains(next, "--dev-account 1 --l1-rpc "+d.l1+" --l2-rpc "+d.l2) {
		t.Fatalf("withdraw printed no finalize command to copy:\n%s", out)
	}
	fields := strings.Fields(next)
	fout, ferr, err := runAll(fields[1:]...)
	if err != nil {
		t.Fatalf("the printed %q failed: %v", next, err)
	}
	alice := crypto.PubkeyToAddress(devl1.DevKey(1).PublicKey)
	if !strings.Contains(fout, "finalized: "+alice.Hex()+" paid 1 ETH on L1") {
		t.Fatalf("the printed finalize command printed:\n%s", fout)
	}
	if n := strings.Count(ferr, "challenge window"); n == 0 || n > 3 {
		t.Fatalf("finalize wrote %d lines about the challenge window, want one counting down:\n%s", n, ferr)
	}

	// Withdrawals from a wallet: ETH and TST sent to the bridge address.
	bob := crypto.PubkeyToAddress(devl1.DevKey(2).PublicKey)
	ethTx := d.sendL2(t, 2, core.BridgeAddress, big.NewInt(3e17), nil)
	tstTx := d.sendL2(t, 2, d.tst, nil, bindings.NewIERC20Metadata().PackTransfer(core.BridgeAddress, big.NewInt(7e18)))
	var list []struct {
		Block    uint64  `json:"block"`
		Index    uint32  `json:"index"`
		Tx       *string `json:"tx"`
		Token    common.Address
		Amount   string `json:"amount"`
		State    string `json:"state"`
		Left     uint64 `json:"secondsLeft"`
		Finalize string `json:"finalize"`
	}
	if err := json.Unmarshal([]byte(d.must(t, "withdrawals", "--address", bob.Hex(), "--json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].Tx == nil || *list[0].Tx != ethTx.Hex() || list[0].Amount != "300000000000000000" || list[1].Tx == nil || *list[1].Tx != tstTx.Hex() ||
		list[1].Token != d.tst || list[1].Amount != "7000000000000000000" {
		t.Fatalf("bob's withdrawals: %+v", list)
	}
	for _, w := range list {
		if (w.State != "waiting" && w.State != "unposted") || w.Left > 15 || w.Finalize != "viaduct finalize --tx "+*w.Tx {
			t.Fatalf("a fresh withdrawal: %+v; want waiting, at most 15 s left, finalized by its tx hash", w)
		}
	}
	text := d.must(t, "withdrawals", "--address", bob.Hex())
	if !strings.Contains(text, "0.3 ETH to "+bob.Hex()+", waiting") || !strings.Contains(text, "7 TST to "+bob.Hex()+", waiting") || !strings.Contains(text, "viaduct finalize --tx "+tstTx.Hex()) {
		t.Fatalf("withdrawals printed:\n%s", text)
	}
	for _, tx := range []common.Hash{ethTx, tstTx} {
		out := d.must(t, "finalize", "--tx", tx.Hex(), "--dev-account", "3", "--json")
		var f struct {
			Recipient common.Address `json:"recipient"`
			Amount    string         `json:"amount"`
		}
		if err := json.Unmarshal([]byte(out), &f); err != nil || f.Recipient != bob {
			t.Fatalf("finalize --tx %s --json: %s (%v)", tx, out, err)
		}
	}
	list = nil
	if err := json.Unmarshal([]byte(d.must(t, "withdrawals", "--address", bob.Hex(), "--json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].State != "paid" || list[1].State != "paid" || list[0].Finalize != "" {
		t.Fatalf("bob's withdrawals after finalize: %+v, want both paid", list)
	}
	if _, _, err := d.run("finalize", "--tx", ethTx.Hex(), "--dev-account", "3"); err == nil || !strings.Contains(err.Error(), "was paid out on L1 already") {
		t.Fatalf("finalizing twice: %v", err)
	}
}

// channelPeers starts the channel peers of dev accounts 1 (alice) and 2
// (bob) on the dev network's Channels contract, from the environment its
// banner exports.
func (h *harness) channelPeers(d *cliDev) (alice, bob *party) {
	h.t.Helper()
	for i, name := range []string{"alice", "bob"} {
		port := freePort(h.t)
		pt := &party{name: name, datadir: filepath.Join(h.t.TempDir(), name), url: fmt.Sprintf("ws://127.0.0.1:%d", port)}
		pt.args = []string{"channel", "serve", "--datadir", pt.datadir, "--dev-account", fmt.Sprint(i + 1), "--listen", fmt.Sprintf("127.0.0.1:%d", port), "--log-level", "warn"}
		p := &proc{name: name, args: pt.args, out: &lockedBuffer{}, done: make(chan struct{})}
		p.cmd = exec.Command(binary, pt.args...)
		p.cmd.Env = append(os.Environ(), d.env...)
		p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
		if err := p.cmd.Start(); err != nil {
			h.t.Fatal(err)
		}
		go func() { _ = p.cmd.Wait(); close(p.done) }()
		h.mu.Lock()
		h.procs = append(h.procs, p)
		h.mu.Unlock()
		waitFor(h.t, name+"'s channel peer to serve", time.Minute, func() bool { return strings.Contains(p.out.String(), "serving") })
		pt.p = p
		if i == 0 {
			alice = pt
		} else {
			bob = pt
		}
	}
	return alice, bob
}

// channelStatus is `channel status --json` with every amount read as the
// decimal string it must be.
type channelStatus struct {
	Info struct {
		Status string `json:"status"`
		Final  *struct {
			Nonce    uint64 `json:"nonce"`
			BalanceA string `json:"balanceA"`
			BalanceB string `json:"balanceB"`
		} `json:"final"`
	} `json:"info"`
	Latest struct {
		Nonce    uint64 `json:"nonce"`
		BalanceA string `json:"balanceA"`
		BalanceB string `json:"balanceB"`
	} `json:"latest"`
	MyBalance  string `json:"myBalance"`
	L1Status   uint8  `json:"l1Status"`
	L1Nonce    uint64 `json:"l1Nonce"`
	L1DepositA string `json:"l1DepositA"`
	L1ClosesAt uint64 `json:"l1ClosesAt"`
}

func chanStatus(t *testing.T, pt *party, id string) channelStatus {
	t.Helper()
	out, err := pt.ctl("status", "--channel", id, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var st channelStatus
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("channel status --json of %s: %v (amounts must be decimal strings):\n%s", pt.name, err, out)
	}
	return st
}

// TestChannelsOnDevSayTheSameOnBothSides: on `viaduct dev`'s own L1 and
// Channels contract, a channel takes the same amounts as every command
// (1.5 is 1.5 ETH) and refuses a payment of 0; `channel status --json`
// gives amounts of 2^64 wei and more exactly, as decimal strings; after a
// cooperative close both parties report it closed with the same final
// state, the nonce L1 holds; during a force-close both report it closing
// at once; a challenge period the contract does not allow is refused in
// words.
func TestChannelsOnDevSayTheSameOnBothSides(t *testing.T) {
	h := newHarness(t)
	d := h.startCLIDev("--verifier-port", "0")
	alice, bob := h.channelPeers(d)

	if _, err := alice.ctl("open", "--peer", bob.url, "--amount", "1", "--challenge-period", "1"); err == nil ||
		!strings.Contains(err.Error(), "a challenge period of 1 s is outside what this Channels contract allows (2 to 2592000 s)") {
		t.Fatalf("a 1 s challenge period: %v", err)
	}
	id := strings.TrimSpace(h.ctl(alice, "open", "--peer", bob.url, "--amount", "30", "--challenge-period", "60"))
	waitFor(t, "bob to learn of the channel", 30*time.Second, func() bool {
		_, err := bob.ctl("status", "--channel", id)
		return err == nil
	})
	if out := h.ctl(alice, "pay", "--channel", id, "--amount", "1.5"); !strings.Contains(out, "paid 1 of 1 payments of 1.5 ETH") {
		t.Fatalf("pay 1.5: %s", out)
	}
	if out := h.ctl(alice, "pay", "--channel", id, "--amount", "18.5ether", "--count", "1"); !strings.Contains(out, "payments of 18.5 ETH") {
		t.Fatalf("pay 18.5ether: %s", out)
	}
	for _, zero := range []string{"0", "0.0", "0wei"} {
		if out, err := alice.ctl("pay", "--channel", id, "--amount", zero); err == nil || !strings.Contains(err.Error(), "a payment must be more than 0") {
			t.Fatalf("pay %s: %q, %v", zero, out, err)
		}
	}
	// Bob holds 20 ETH: over 2^64 wei (18.45 ETH), exact in decimal.
	sb := chanStatus(t, bob, id)
	if sb.MyBalance != "20000000000000000000" || sb.Latest.BalanceB != "20000000000000000000" || sb.Latest.BalanceA != "10000000000000000000" ||
		sb.L1DepositA != "30000000000000000000" || sb.Latest.Nonce != 2 {
		t.Fatalf("bob's status: %+v", sb)
	}
	if text := h.ctl(bob, "status", "--channel", id); !strings.Contains(text, "my balance  20 ETH") || !strings.Contains(text, "latest      nonce 2  A 10 ETH  B 20 ETH") {
		t.Fatalf("bob's status:\n%s", text)
	}

	// A cooperative close, asked by bob: both say closed, with one final
	// state, the one L1 closed the channel with.
	closed := h.ctl(bob, "close", "--channel", id, "--json")
	var final struct {
		Nonce uint64 `json:"nonce"`
	}
	if err := json.Unmarshal([]byte(closed), &final); err != nil || final.Nonce <= 2 {
		t.Fatalf("close --json: %s (%v)", closed, err)
	}
	for _, pt := range []*party{alice, bob} {
		st := chanStatus(t, pt, id)
		if st.Info.Status != "closed" || st.Info.Final == nil || st.Info.Final.Nonce != final.Nonce || st.L1Nonce != final.Nonce || st.L1Status != 3 ||
			st.Info.Final.BalanceB != "20000000000000000000" {
			t.Fatalf("%s after bob's cooperative close at nonce %d: %+v", pt.name, final.Nonce, st)
		}
	}

	// A force-close by alice of a second channel: bob reports it closing
	// at once, with the same end.
	id2 := strings.TrimSpace(h.ctl(alice, "open", "--peer", bob.url, "--amount", "2", "--challenge-period", "60"))
	waitFor(t, "bob to learn of the second channel", 30*time.Second, func() bool {
		_, err := bob.ctl("status", "--channel", id2)
		return err == nil
	})
	h.ctl(alice, "pay", "--channel", id2, "--amount", "0.25")
	h.ctl(alice, "force-close", "--channel", id2)
	sa, sb2 := chanStatus(t, alice, id2), chanStatus(t, bob, id2)
	for name, st := range map[string]channelStatus{"alice": sa, "bob": sb2} {
		if st.Info.Status != "closing" || st.L1Status != 2 || st.L1ClosesAt == 0 || st.L1ClosesAt != sa.L1ClosesAt || st.L1Nonce != 1 {
			t.Fatalf("%s during alice's force-close: %+v", name, st)
		}
	}
}

// TestMistakesAreSaidInWords: what a newcomer gets wrong is said in words
// naming the fault, not "execution reverted": a token deposit above the L1
// balance (who holds how much), a Rollup address that is another
// contract, the L2 URL given as --l1-rpc (for the wallet commands, the
// light client and a channel peer), an address of the wrong length to
// light balance, an address whose EIP-55 checksum is wrong, an amount in
// a unit the asset does not have.
func TestMistakesAreSaidInWords(t *testing.T) {
	h := newHarness(t)
	d := h.startCLIDev("--verifier-port", "0", "--fund", "1")
	alice := crypto.PubkeyToAddress(devl1.DevKey(0).PublicKey).Hex()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"deposit", "--dev-account", "0", "--amount", "2000000", "--token", d.tst.Hex()},
			"deposit on L1: " + alice + " holds 999000 TST on L1, less than the 2000000 TST to deposit; nothing was sent"},
		{[]string{"balance", "--dev-account", "0", "--rollup", d.tst.Hex()},
			"--rollup: wallet: no Rollup of this L2 at the address: " + d.tst.Hex() + " on L1 chain 1337 is another contract"},
		{[]string{"balance", "--dev-account", "0", "--l1-rpc", d.l2},
			"--l1-rpc " + d.l2 + " is a Viaduct L2 node (L2 chain 13370), not the L1: give the L1 endpoint (chain 1337"},
		{[]string{"light", "balance", alice, "--l1-rpc", d.l2},
			"--l1-rpc " + d.l2 + " is a Viaduct L2 node"},
		{[]string{"light", "balance", alice[:41]},
			"ADDRESS " + alice[:41] + ": not an address: 39 hex digits, an address has 40"},
		{[]string{"transfer", "--dev-account", "0", "--to", strings.Replace(alice, "f39Fd6", "f39fd6", 1), "--amount", "1"},
			"wrong EIP-55 checksum"},
		{[]string{"transfer", "--dev-account", "0", "--to", alice, "--amount", "1ether", "--token", d.tst.Hex()},
			"an amount of TST takes no unit but TST"},
		{[]string{"transfer", "--dev-account", "0", "--to", alice},
			"'viaduct transfer' needs --amount (see 'viaduct transfer --help')"},
	} {
		out, stderr, err := d.run(tc.args...)
		if err == nil || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: %v\nstdout %q\nwant stderr to say %q", tc.args, err, out, tc.want)
		}
		if n := strings.Count(strings.TrimSpace(stderr), "\n"); n > 2 {
			t.Errorf("%q: %d lines on stderr, want the error alone:\n%s", tc.args, n+1, stderr)
		}
	}
	// A channel peer pointed at the L2.
	_, stderr, err := d.run("channel", "serve", "--datadir", t.TempDir(), "--dev-account", "1", "--l1-rpc", d.l2, "--listen", fmt.Sprintf("127.0.0.1:%d", freePort(t)))
	if err == nil || !strings.Contains(stderr, "is a Viaduct L2 node") {
		t.Errorf("channel serve on the L2: %v\n%s", err, stderr)
	}
}

// TestDevHasEverythingANewcomerTries: `viaduct dev` alone is the network
// to try everything on: the moment it says it is ready, each funded dev
// account holds its ETH and the test token TST on L2 and the rest of its
// TST on L1, the banner names the token and the Channels contract and
// exports the variables the other commands read (they then need no
// endpoint flag), and the hidden `channel devchain` it replaces is gone.
func TestDevHasEverythingANewcomerTries(t *testing.T) {
	h := newHarness(t)
	d := h.startCLIDev("--verifier-port", "0")
	banner := d.p.out.String()
	for _, want := range []string{
		"  TST       " + d.tst.Hex() + " on L1 and L2: the test ERC-20 \"Viaduct Test Token\", 18 decimals",
		"  Channels  0x",
		"1000000 ETH and 1000000 TST each on L1; 100 ETH and 1000 TST deposited to L2 for the first 4",
		"export VIADUCT_L1_RPC=" + d.l1 + " VIADUCT_L2_RPC=" + d.l2 + " VIADUCT_ROLLUP=0x",
	} {
		if !strings.Contains(banner, want) {
			t.Fatalf("the banner lacks %q:\n%s", want, banner)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	l2, err := ethclient.DialContext(ctx, d.l2)
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	erc20 := bindings.NewIERC20Metadata()
	hundred, thousand := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)), new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	for i := range 4 {
		who := crypto.PubkeyToAddress(devl1.DevKey(i).PublicKey)
		// Read at once: ready means funded.
		if b, err := l2.BalanceAt(ctx, who, nil); err != nil || b.Cmp(hundred) != 0 {
			t.Fatalf("dev account %d holds %v ETH on L2 (%v) when viaduct dev says it is ready", i, b, err)
		}
		out, err := l2.CallContract(ctx, ethereum.CallMsg{To: &d.tst, Data: erc20.PackBalanceOf(who)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if b, err := erc20.UnpackBalanceOf(out); err != nil || b.Cmp(thousand) != 0 {
			t.Fatalf("dev account %d holds %v TST on L2 (%v) when viaduct dev says it is ready", i, b, err)
		}
	}
	if out := d.must(t, "balance", "--dev-account", "3", "--token", d.tst.Hex()); !strings.Contains(out, "L1 999000 TST, L2 1000 TST (verified, posted:") {
		t.Fatalf("balance of TST printed:\n%s", out)
	}
	if out := d.must(t, "status", "--json"); !strings.Contains(out, `"l2ChainId": 13370`) {
		t.Fatalf("status --json printed:\n%s", out)
	}
	if _, _, err := d.run("channel", "devchain"); err == nil {
		t.Fatal("viaduct channel devchain still runs")
	}
}
