package main

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"
)

// The channel commands' own flags. Each can also be set from the
// environment as VIADUCT_CHANNEL_<NAME>; the key and the L1 endpoint are
// the shared flags (flags.go), read from VIADUCT_KEY, VIADUCT_KEY_FILE,
// VIADUCT_DEV_ACCOUNT and VIADUCT_L1_RPC as in every command.
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
	contractFlg = &cli.StringFlag{Name: "contract", Usage: "address of the Channels contract on L1", EnvVars: envVar("contract")}
	logLevelFlg = &cli.StringFlag{Name: "log-level", Usage: "debug, info, warn or error", Value: "info", EnvVars: envVar("log-level")}
	channelFlag = &cli.StringFlag{Name: "channel", Usage: "channel id (0x...)", Required: true, EnvVars: envVar("channel")}
	jsonFlag    = &cli.BoolFlag{Name: "json", Usage: "print the result as JSON"}
)

func newLogger(c *cli.Context) (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(c.String(logLevelFlg.Name))); err != nil {
		return nil, fmt.Errorf("--log-level: %w", err)
	}
	return slog.New(slog.NewTextHandler(c.App.ErrWriter, &slog.HandlerOptions{Level: lvl})), nil
}
