package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/api"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/internal/revert"
	"github.com/viaduct-l2/viaduct/txmgr"
	"github.com/viaduct-l2/viaduct/wire"
)

// The flags every command that needs them shares, read from the same
// environment variable in every command: the key (--key, --key-file,
// --dev-account), the endpoints (--l1-rpc, also written --l1; --l2-rpc),
// and, through parseAmount, amounts.
var (
	keyFlag        = &cli.StringFlag{Name: "key", Usage: "hex private key (prefer --key-file)", EnvVars: []string{"VIADUCT_KEY"}}
	keyFileFlag    = &cli.StringFlag{Name: "key-file", Usage: "file holding the hex private key", EnvVars: []string{"VIADUCT_KEY_FILE"}}
	devAccountFlag = &cli.IntFlag{Name: "dev-account", Usage: "use development account `N` of the test mnemonic (dev chains only)", Value: -1, EnvVars: []string{"VIADUCT_DEV_ACCOUNT"}}
	l1RPCFlag      = &cli.StringFlag{Name: "l1-rpc", Aliases: []string{"l1"}, Usage: "L1 JSON-RPC endpoint (HTTP or WebSocket)", Value: "http://127.0.0.1:8545", EnvVars: []string{"VIADUCT_L1_RPC"}}
	l2RPCFlag      = &cli.StringFlag{Name: "l2-rpc", Usage: "L2 JSON-RPC endpoint (HTTP or WebSocket)", Value: "http://127.0.0.1:9545", EnvVars: []string{"VIADUCT_L2_RPC"}}

	// keyFlags choose the key: exactly one of them (loadKey).
	keyFlags = []cli.Flag{keyFlag, keyFileFlag, devAccountFlag}
)

// stateCacheDepthUsage is --state-cache-depth's, on node and dev
// (node.Config.StateCacheDepth).
const stateCacheDepthUsage = "levels of the state tree kept in memory: fewer take less memory and more CPU per block (docs/performance.md, \"Memory\"); 0 keeps the database's (24 for a new one), another value moves the stored tree to it at start"

// checkStateCacheDepth refuses a --state-cache-depth the state tree cannot
// hold, before anything starts.
func checkStateCacheDepth(c *cli.Context) error {
	if n := c.Int("state-cache-depth"); n < 0 || n > 64 {
		return fmt.Errorf("--state-cache-depth %d: between 0 and 64 (0 keeps the database's)", n)
	}
	return nil
}

// amountFlag is the wallet commands' --amount: in ETH, or in whole tokens
// of --token.
var amountFlag = &cli.StringFlag{Name: "amount", Usage: "how much: " + amountSyntax, Required: true}

// channelAmountFlag is a channel command's --amount (`what` it is, its
// default; none: required), in the channel's ETH or token.
func channelAmountFlag(what, value string) *cli.StringFlag {
	f := &cli.StringFlag{Name: "amount", Usage: what + ": " + amountSyntax, Value: value}
	f.Required = value == ""
	return f
}

// keyGiven reports whether the command line or the environment names a
// key.
func keyGiven(c *cli.Context) bool {
	return c.String(keyFlag.Name) != "" || c.String(keyFileFlag.Name) != "" || c.Int(devAccountFlag.Name) >= 0
}

// loadKey reads the key from --key, --key-file or --dev-account, exactly
// one of which must be given.
func loadKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	given := 0
	for _, set := range []bool{c.String(keyFlag.Name) != "", c.String(keyFileFlag.Name) != "", c.Int(devAccountFlag.Name) >= 0} {
		if set {
			given++
		}
	}
	if given != 1 {
		return nil, errors.New("give exactly one of --key, --key-file and --dev-account")
	}
	var hex string
	switch {
	case c.String(keyFlag.Name) != "":
		hex = c.String(keyFlag.Name)
	case c.String(keyFileFlag.Name) != "":
		b, err := os.ReadFile(c.String(keyFileFlag.Name))
		if err != nil {
			return nil, fmt.Errorf("reading --key-file: %w", err)
		}
		hex = string(b)
	default:
		i := c.Int(devAccountFlag.Name)
		if i >= len(devl1.DevKeys) {
			return nil, fmt.Errorf("--dev-account %d: there are %d development accounts", i, len(devl1.DevKeys))
		}
		return devl1.DevKey(i), nil
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hex), "0x"))
	if err != nil {
		return nil, fmt.Errorf("parsing the private key: %w", err)
	}
	return k, nil
}

// Errors of an address argument.
var (
	// errNoAddress: not 0x and 40 hex digits.
	errNoAddress = errors.New("not an address")
	// errBadChecksum: mixed case that is not the address's EIP-55
	// checksum: a typo somewhere, which wallets refuse too.
	errBadChecksum = errors.New("wrong EIP-55 checksum (mixed-case letters that do not match the address; check it for a typo, or write it all lower case)")
)

// parseAddress reads s as an address: 0x and 40 hex digits; in mixed
// case, only with its EIP-55 checksum right.
func parseAddress(s string) (common.Address, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") || len(s) != 42 || !common.IsHexAddress(s) {
		if len(s) > 2 && len(s) != 42 && isHex(s) {
			return common.Address{}, fmt.Errorf("%w: %d hex digits, an address has 40", errNoAddress, len(s)-2)
		}
		return common.Address{}, fmt.Errorf("%w: want 0x and 40 hex digits", errNoAddress)
	}
	a := common.HexToAddress(s)
	digits := s[2:]
	if digits != strings.ToLower(digits) && digits != strings.ToUpper(digits) && a.Hex()[2:] != digits {
		return common.Address{}, errBadChecksum
	}
	return a, nil
}

// isHex reports whether s is 0x and hex digits.
func isHex(s string) bool {
	if len(s) < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return false
	}
	for _, c := range s[2:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// addressFlag reads flag `name` as an address (parseAddress), or def when
// it is not given.
func addressFlag(c *cli.Context, name string, def common.Address) (common.Address, error) {
	s := c.String(name)
	if s == "" {
		return def, nil
	}
	a, err := parseAddress(s)
	if err != nil {
		return common.Address{}, fmt.Errorf("--%s %s: %w", name, s, err)
	}
	return a, nil
}

// hashFlag reads flag `name` as a 32-byte hash (0x and 64 hex digits).
func hashFlag(c *cli.Context, name string) (common.Hash, error) {
	s := strings.TrimSpace(c.String(name))
	if len(s) != 66 || !isHex(s) {
		return common.Hash{}, fmt.Errorf("--%s %q: not a transaction hash (0x and 64 hex digits)", name, s)
	}
	return common.HexToHash(s), nil
}

// explainRevert says in words why an L1 call reverted, amounts in a.
func explainRevert(err error, a asset) error { return revert.Explain(err, a.format) }

// notL2 refuses an --l1-rpc that is a Viaduct L2 node (it answers
// viaduct_rollupConfig): the L2 URL given for the L1's, whose calls would
// otherwise fail with a bare "execution reverted" or "no contract".
func notL2(ctx context.Context, c *cli.Context) error {
	url := c.String(l1RPCFlag.Name)
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cl, err := rpc.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("--l1-rpc %s: %w", url, err)
	}
	defer cl.Close()
	var info wire.RollupInfo
	if err := cl.CallContext(ctx, &info, wire.MethodRollupConfig); err != nil {
		return nil // an Ethereum node: it has no viaduct_ methods
	}
	return fmt.Errorf("--l1-rpc %s is a Viaduct L2 node (L2 chain %d), not the L1: give the L1 endpoint (chain %d, where the Rollup %s is)", url, info.L2ChainID, info.L1ChainID, info.Rollup)
}

// startSender starts the L1 transaction manager of key on client; stop
// stops it (a transaction still in flight stays with the L1 node).
func startSender(ctx context.Context, client txmgr.Client, key *ecdsa.PrivateKey, log *slog.Logger) (m *txmgr.Manager, stop func(), err error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m, err = txmgr.New(txmgr.Config{Client: client, Key: key, PollInterval: 100 * time.Millisecond, Log: log, ABIs: revert.ABIs()})
	if err != nil {
		return nil, nil, err
	}
	if err := m.Start(ctx); err != nil {
		return nil, nil, fmt.Errorf("--l1-rpc: %w", err)
	}
	return m, func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		_ = m.Stop(sctx) // only an expired context fails it
	}, nil
}

// rpcSyncTimeoutName is the flag of eth_sendRawTransactionSync's timeout.
const rpcSyncTimeoutName = "rpc-sync-timeout"

// rpcSyncTimeoutFlag is --rpc-sync-timeout, read from env.
func rpcSyncTimeoutFlag(env []string) *cli.DurationFlag {
	return &cli.DurationFlag{
		Name: rpcSyncTimeoutName, Value: api.DefaultSyncTimeout, EnvVars: env,
		Usage: "eth_sendRawTransactionSync (EIP-7966): how long a call waits for the receipt when it names no timeout, and the longest timeout it may name (a longer one means this)",
		Action: func(_ *cli.Context, d time.Duration) error {
			if d <= 0 {
				return fmt.Errorf("--%s %s: must be positive", rpcSyncTimeoutName, d)
			}
			return nil
		},
	}
}
