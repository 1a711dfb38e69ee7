package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/txmgr"
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

// amountSyntax is what --amount takes, in every command (parseAmount).
const amountSyntax = "a decimal number, optionally followed by a unit for ETH: ether (or eth), gwei or wei (1.5ether, 20gwei, 1000wei)"

// amountFlag is the wallet commands' --amount: a bare number counts ether,
// or whole tokens of --token.
var amountFlag = &cli.StringFlag{Name: "amount", Usage: "how much: " + amountSyntax + "; a bare number counts ether (2.5), or whole tokens with --token (then without a unit)", Required: true}

// channelAmountFlag is a channel command's --amount (`what` it is, its
// default; none: required): a bare number counts wei.
func channelAmountFlag(what, value string) *cli.StringFlag {
	f := &cli.StringFlag{Name: "amount", Usage: what + ": " + amountSyntax + "; a bare number counts wei (base units of a token)", Value: value}
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

// errBadAmount is returned for an amount that is not a non-negative
// decimal with an optional unit.
var errBadAmount = errors.New("invalid amount")

// amountUnits are the units an ETH amount may carry.
var amountUnits = []struct {
	suffix string
	dec    int
}{{"ether", 18}, {"eth", 18}, {"gwei", 9}, {"wei", 0}}

// parseAmount reads an amount (amountSyntax) into base units. A number
// without a unit counts units of `bare` decimals (18: ether; 0: wei; a
// token's decimals); a unit is allowed only when units is set (an ETH
// amount). Fractions finer than a base unit are refused, not rounded, and
// so is anything above 256 bits. Zero is allowed; a command that needs more
// says so.
func parseAmount(s string, bare int, units bool) (*big.Int, error) {
	orig := s
	s = strings.TrimSpace(strings.ToLower(s))
	decimals := bare
	for _, u := range amountUnits {
		if strings.HasSuffix(s, u.suffix) {
			if !units {
				return nil, fmt.Errorf("%w: %q: a token amount takes no unit", errBadAmount, orig)
			}
			s, decimals = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.dec
			break
		}
	}
	whole, frac, hasDot := strings.Cut(s, ".")
	if whole == "" && (!hasDot || frac == "") {
		return nil, fmt.Errorf("%w: %q", errBadAmount, orig)
	}
	for _, part := range []string{whole, frac} {
		for _, c := range part {
			if c < '0' || c > '9' {
				return nil, fmt.Errorf("%w: %q", errBadAmount, orig)
			}
		}
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > decimals {
		return nil, fmt.Errorf("%w: %q has more than %d decimals", errBadAmount, orig, decimals)
	}
	digits := whole + frac + strings.Repeat("0", decimals-len(frac))
	v, ok := new(big.Int).SetString("0"+digits, 10)
	if !ok {
		return nil, fmt.Errorf("%w: %q", errBadAmount, orig)
	}
	if v.BitLen() > 256 {
		return nil, fmt.Errorf("%w: %q does not fit in 256 bits", errBadAmount, orig)
	}
	return v, nil
}

// parseWei reads a channel amount: wei unless a unit follows.
func parseWei(s string) (*uint256.Int, error) {
	v, err := parseAmount(s, 0, true)
	if err != nil {
		return nil, err
	}
	return uint256.MustFromBig(v), nil // parseAmount refused more than 256 bits
}

// formatWei prints wei as ether with all significant decimals.
func formatWei(v *uint256.Int) string {
	s := v.Dec()
	if len(s) <= 18 {
		s = strings.Repeat("0", 19-len(s)) + s
	}
	whole, frac := s[:len(s)-18], strings.TrimRight(s[len(s)-18:], "0")
	if frac == "" {
		return whole + " ETH"
	}
	return whole + "." + frac + " ETH"
}

// errNoAddress is returned for a flag or argument that is not an address.
var errNoAddress = errors.New("not an address")

// addressFlag reads flag `name` as an address, or def when it is not
// given.
func addressFlag(c *cli.Context, name string, def common.Address) (common.Address, error) {
	s := c.String(name)
	if s == "" {
		return def, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("--%s %q: %w", name, s, errNoAddress)
	}
	return common.HexToAddress(s), nil
}

// startSender starts the L1 transaction manager of key on client; stop
// stops it (a transaction still in flight stays with the L1 node).
func startSender(ctx context.Context, client txmgr.Client, key *ecdsa.PrivateKey, log *slog.Logger) (m *txmgr.Manager, stop func(), err error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m, err = txmgr.New(txmgr.Config{Client: client, Key: key, PollInterval: 100 * time.Millisecond, Log: log})
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
