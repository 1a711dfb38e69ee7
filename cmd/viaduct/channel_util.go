package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// errBadAmount is returned for an amount that is not a non-negative
// decimal with an optional unit.
var errBadAmount = errors.New("invalid amount")

// parseAmount reads an amount in wei: "123" or "123wei", "1.5gwei",
// "0.25ether". Fractions finer than a wei are refused, not rounded.
func parseAmount(s string) (*uint256.Int, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	decimals := 0
	for _, u := range []struct {
		suffix string
		dec    int
	}{{"ether", 18}, {"eth", 18}, {"gwei", 9}, {"wei", 0}} {
		if strings.HasSuffix(s, u.suffix) {
			s, decimals = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.dec
			break
		}
	}
	whole, frac, hasDot := strings.Cut(s, ".")
	if whole == "" && (!hasDot || frac == "") {
		return nil, fmt.Errorf("%w: %q", errBadAmount, s)
	}
	for _, part := range []string{whole, frac} {
		for _, c := range part {
			if c < '0' || c > '9' {
				return nil, fmt.Errorf("%w: %q", errBadAmount, s)
			}
		}
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > decimals {
		return nil, fmt.Errorf("%w: %q has more than %d decimals", errBadAmount, s, decimals)
	}
	digits := whole + frac + strings.Repeat("0", decimals-len(frac))
	v, ok := new(big.Int).SetString("0"+digits, 10)
	if !ok {
		return nil, fmt.Errorf("%w: %q", errBadAmount, s)
	}
	u, overflow := uint256.FromBig(v)
	if overflow {
		return nil, fmt.Errorf("%w: %q does not fit in 256 bits", errBadAmount, s)
	}
	return u, nil
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

// Flags shared by the channel commands. Every flag can also be set from the
// environment as VIADUCT_CHANNEL_<NAME>.
func envVar(name string) []string {
	return []string{"VIADUCT_CHANNEL_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))}
}

func defaultDataDir() string {
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".viaduct", "channel")
	}
	return "viaduct-channel"
}

var (
	datadirFlag = &cli.StringFlag{Name: "datadir", Usage: "directory of the channel database and control socket", Value: defaultDataDir(), EnvVars: envVar("datadir")}
	keyFlag     = &cli.StringFlag{Name: "key", Usage: "hex private key of this party (prefer --key-file)", EnvVars: envVar("key")}
	keyFileFlag = &cli.StringFlag{Name: "key-file", Usage: "file holding the hex private key of this party", EnvVars: envVar("key-file")}
	devAcctFlag = &cli.IntFlag{Name: "dev-account", Usage: "use development account `N` of the test mnemonic (dev chains only)", Value: -1, EnvVars: envVar("dev-account")}
	l1Flag      = &cli.StringFlag{Name: "l1", Usage: "L1 JSON-RPC endpoint", Value: "http://127.0.0.1:8545", EnvVars: envVar("l1")}
	contractFlg = &cli.StringFlag{Name: "contract", Usage: "address of the Channels contract on L1", EnvVars: envVar("contract")}
	logLevelFlg = &cli.StringFlag{Name: "log-level", Usage: "debug, info, warn or error", Value: "info", EnvVars: envVar("log-level")}
	channelFlag = &cli.StringFlag{Name: "channel", Usage: "channel id (0x...)", Required: true, EnvVars: envVar("channel")}
	jsonFlag    = &cli.BoolFlag{Name: "json", Usage: "print the result as JSON"}
)

// loadKey reads the party's key from --key, --key-file or --dev-account,
// exactly one of which must be given.
func loadKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	given := 0
	for _, set := range []bool{c.String(keyFlag.Name) != "", c.String(keyFileFlag.Name) != "", c.Int(devAcctFlag.Name) >= 0} {
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
		i := c.Int(devAcctFlag.Name)
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

func newLogger(c *cli.Context) (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(c.String(logLevelFlg.Name))); err != nil {
		return nil, fmt.Errorf("--log-level: %w", err)
	}
	return slog.New(slog.NewTextHandler(c.App.ErrWriter, &slog.HandlerOptions{Level: lvl})), nil
}
