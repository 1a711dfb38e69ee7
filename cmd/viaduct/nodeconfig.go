package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
	"github.com/viaduct-l2/viaduct/wire"
)

// nodeFile is the configuration file of `viaduct node`: the rollup
// configuration that `viaduct deploy` writes, optionally with a "node"
// section that holds the node's own settings under their flag names, e.g.
//
//	"node": {"role": "verifier", "datadir": "/var/lib/viaduct", "l1-rpc": "ws://127.0.0.1:8546",
//	         "confirmations": 6, "block-time": "250ms", "key-file": "/etc/viaduct/key"}
//
// One file then describes a whole node, while flags and VIADUCT_*
// variables still override it for a single run.
type nodeFile struct {
	wire.RollupInfo
	Node map[string]json.RawMessage `json:"node"`
}

// fileSettable are the flags the "node" section may set. The raw key is
// left out on purpose: a private key does not belong in a file that is
// copied around with the rollup configuration; key-file names one.
var fileSettable = []string{
	"role", "datadir", "l1-rpc", "rpc-addr", "block-time", "confirmations", "log-level", "key-file", "dev-account",
	"challenge", "challenge-tx-bytes", "self-sequence", "max-unposted", "rpc-cors", "rpc-ws-origins", "rpc-vhosts",
	"rpc-sync-timeout", "l1-beacon", "blob-archive", "da", "state-cache-depth", "history-blocks",
}

// errRawKeyInFile is what a "key" setting in the file gets.
var errRawKeyInFile = errors.New(`node.key: a private key does not belong in the configuration file; write it to a file of its own (mode 0600) and name that file with "key-file"`)

// readNodeFile parses the configuration file at path and applies its
// "node" section to every flag of c that neither the command line nor the
// environment set, so that the order of precedence is flag, then
// environment, then file, then default.
func readNodeFile(c *cli.Context, path string) (wire.RollupInfo, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return wire.RollupInfo{}, fmt.Errorf("--config: %w", err)
	}
	var f nodeFile
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&f); err != nil {
		return wire.RollupInfo{}, fmt.Errorf("--config %s: not a rollup configuration: %w", path, err)
	}
	if f.Rollup == (common.Address{}) || f.L2ChainID == 0 || f.L1ChainID == 0 {
		return wire.RollupInfo{}, fmt.Errorf("--config %s: the rollup, l1ChainId and l2ChainId fields must be set (the file 'viaduct deploy --out' writes has them)", path)
	}
	names := make([]string, 0, len(f.Node))
	for name := range f.Node {
		names = append(names, name)
	}
	slices.Sort(names) // report the first bad setting deterministically
	for _, name := range names {
		if name == "key" {
			return wire.RollupInfo{}, fmt.Errorf("--config %s: %w", path, errRawKeyInFile)
		}
		if !slices.Contains(fileSettable, name) {
			return wire.RollupInfo{}, fmt.Errorf("--config %s: unknown setting node.%s (known: %s)", path, name, strings.Join(fileSettable, ", "))
		}
		if c.IsSet(name) {
			continue
		}
		val, err := settingString(f.Node[name])
		if err != nil {
			return wire.RollupInfo{}, fmt.Errorf("--config %s: node.%s: %w", path, name, err)
		}
		if err := c.Set(name, val); err != nil {
			return wire.RollupInfo{}, fmt.Errorf("--config %s: node.%s: invalid value %q: %w", path, name, val, err)
		}
	}
	return f.RollupInfo, nil
}

// settingString turns a JSON string, number or boolean into the text a
// flag parses, and a list of strings (the origins and hosts) into the
// comma-separated text of a list flag.
func settingString(raw json.RawMessage) (string, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return "", err
	}
	switch v := v.(type) {
	case string:
		return v, nil
	case float64, bool:
		return strings.TrimSpace(string(raw)), nil
	case []any:
		items := make([]string, len(v))
		for i, item := range v {
			s, ok := item.(string)
			if !ok || s == "" || strings.Contains(s, ",") {
				return "", fmt.Errorf("want a list of non-empty strings without commas, got %s", raw)
			}
			items[i] = s
		}
		return strings.Join(items, ","), nil
	default:
		return "", fmt.Errorf("want a string, a number or a list of strings, got %s", raw)
	}
}
