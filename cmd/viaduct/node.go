package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/chainid"
	"github.com/viaduct-l2/viaduct/challenger"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/service"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/node"
	"github.com/viaduct-l2/viaduct/txmgr"
	"github.com/viaduct-l2/viaduct/wire"
)

func nodeEnv(name string) []string { return []string{"VIADUCT_" + name} }

var (
	configFileFlag = &cli.StringFlag{Name: "config", Usage: "configuration file: the one 'viaduct deploy' writes, optionally with a \"node\" section of settings named as these flags (flags and VIADUCT_* variables take precedence)", Required: true, EnvVars: nodeEnv("CONFIG")}
)

var deployCommand = &cli.Command{
	Name:  "deploy",
	Usage: "deploy the Rollup contract to an L1 and write the rollup configuration file",
	Flags: []cli.Flag{
		l1RPCFlag, keyFlag, keyFileFlag, devAccountFlag,
		&cli.StringFlag{Name: "sequencer", Usage: "address of the sequencer (default: the deploying key's)"},
		&cli.StringFlag{Name: "out", Usage: "file to write the rollup configuration to", Value: "rollup.json"},
		&cli.DurationFlag{Name: "challenge-window", Usage: "how long a batch can be challenged before its withdrawals can be finalized (whole seconds; a public chain wants days)", Value: 2 * time.Minute},
		&cli.DurationFlag{Name: "inclusion-window", Usage: "how long the sequencer has to include a forced withdrawal before anyone may post batches (whole seconds)", Value: time.Hour},
		&cli.Uint64Flag{Name: "l2-chain-id", Usage: "the L2's chain id, which its transactions are signed for: an id of its own, never the L1's or a public chain's (refused)", Value: core.DevConfig().ChainID},
	},
	Action: func(c *cli.Context) error {
		key, err := loadKey(c)
		if err != nil {
			return err
		}
		seq := crypto.PubkeyToAddress(key.PublicKey)
		if c.String("sequencer") != "" {
			if seq, err = addressFlag(c, "sequencer", seq); err != nil {
				return err
			}
		}
		rcfg := rollup.DevConfig(seq)
		l2 := core.DevConfig()
		l2.ChainID = c.Uint64("l2-chain-id")
		if err := l2.Check(); err != nil {
			return fmt.Errorf("--l2-chain-id: %w", err)
		}
		rcfg.L2ChainID = l2.ChainID
		for _, w := range []struct {
			name string
			dst  *uint64
		}{{"challenge-window", &rcfg.ChallengeWindow}, {"inclusion-window", &rcfg.InclusionWindow}} {
			d := c.Duration(w.name)
			if d < time.Second || d%time.Second != 0 {
				return fmt.Errorf("--%s %s: want a whole number of seconds, at least 1s", w.name, d)
			}
			*w.dst = uint64(d / time.Second)
		}
		ctx, cancel := context.WithTimeout(c.Context, 2*time.Minute)
		defer cancel()
		ec, err := ethclient.DialContext(ctx, c.String(l1RPCFlag.Name))
		if err != nil {
			return fmt.Errorf("--l1-rpc: %w", err)
		}
		defer ec.Close()
		l1ID, err := ec.ChainID(ctx)
		if err != nil {
			return fmt.Errorf("--l1-rpc: reading the chain id: %w", err)
		}
		// Checked before anything is sent: signed L2 transactions must
		// not be valid on the L1 or on a public chain.
		if err := chainid.CheckL2(rcfg.L2ChainID, l1ID.Uint64()); err != nil {
			return fmt.Errorf("--l2-chain-id: %w", err)
		}
		args, err := rcfg.ConstructorArgs()
		if err != nil {
			return err
		}
		s, stop, err := startSender(ctx, ec, key, nil)
		if err != nil {
			return err
		}
		defer stop()
		r, err := s.Send(ctx, txmgr.Candidate{Data: append(common.FromHex(bindings.RollupMetaData.Bin), args...)})
		if err != nil {
			return fmt.Errorf("deploying the Rollup: %w", err)
		}
		info := wire.NewRollupInfo(r.ContractAddress, r.BlockNumber.Uint64(), l1ID.Uint64(), rcfg)
		out, err := json.MarshalIndent(info, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(c.String("out"), append(out, '\n'), 0o644); err != nil {
			return fmt.Errorf("--out: %w", err)
		}
		fmt.Fprintf(c.App.Writer, "Rollup deployed at %s (L1 block %d); configuration written to %s\n", info.Rollup, info.DeployBlock, c.String("out"))
		return nil
	},
}

var nodeCommand = &cli.Command{
	Name:  "node",
	Usage: "run a sequencer or verifier node against any L1",
	Flags: []cli.Flag{
		configFileFlag, l1RPCFlag, keyFlag, keyFileFlag, devAccountFlag,
		&cli.StringFlag{Name: "role", Usage: "sequencer or verifier", Value: node.RoleSequencer, EnvVars: nodeEnv("ROLE")},
		&cli.StringFlag{Name: "datadir", Usage: "directory of the node's database", EnvVars: nodeEnv("DATADIR")},
		&cli.StringFlag{Name: "rpc-addr", Usage: "L2 JSON-RPC listen address (loopback)", Value: "127.0.0.1:9545", EnvVars: nodeEnv("RPC_ADDR")},
		&cli.DurationFlag{Name: "block-time", Usage: "longest time a transaction waits for its block", Value: 250 * time.Millisecond, EnvVars: nodeEnv("BLOCK_TIME")},
		&cli.Uint64Flag{Name: "confirmations", Usage: "L1 blocks before a deposit or batch counts", Value: 0, EnvVars: nodeEnv("CONFIRMATIONS")},
		&cli.StringFlag{Name: "log-level", Usage: "debug, info, warn or error", Value: "info", EnvVars: nodeEnv("LOG_LEVEL")},
		&cli.BoolFlag{Name: "challenge", Usage: "verifier: prove wrong posted blocks on L1 with the node's key (--key, --key-file or --dev-account), which pays the gas and receives half the liar's bond", Value: true, EnvVars: nodeEnv("CHALLENGE")},
		&cli.IntFlag{Name: "challenge-tx-bytes", Usage: "verifier: largest calldata of one challenge transaction; a larger fraud proof is sent in stages of at most this size (geth's txpool takes no transaction over 128 KiB)", Value: challenger.DefaultMaxTxBytes, EnvVars: nodeEnv("CHALLENGE_TX_BYTES")},
		&cli.BoolFlag{Name: "self-sequence", Usage: "verifier: while the Rollup's inclusion window is open, include the waiting queue items (forced withdrawals, deposits) and post them with the node's key and bond", EnvVars: nodeEnv("SELF_SEQUENCE")},
		&cli.StringSliceFlag{Name: "rpc-cors", Usage: "origins whose web pages may call the RPC over HTTP (CORS), comma-separated: scheme://host:port, a part left out matches any, * any (MetaMask: chrome-extension://nkbihfbeogaeaoehlefnkodbefgpgknn); none by default", EnvVars: nodeEnv("RPC_CORS")},
		&cli.StringSliceFlag{Name: "rpc-ws-origins", Usage: "origins whose web pages may open a WebSocket to the RPC, as --rpc-cors; none by default", EnvVars: nodeEnv("RPC_WS_ORIGINS")},
		rpcSyncTimeoutFlag(nodeEnv("RPC_SYNC_TIMEOUT")),
		&cli.Uint64Flag{Name: "max-unposted", Usage: "sequencer: L2 blocks that may wait to be posted to L1 before new transactions are refused ('txpool is full: L1 posting is behind'); size it so the batcher clears it (docs/operators.md)", Value: node.DefaultMaxUnposted, EnvVars: nodeEnv("MAX_UNPOSTED")},
		daFlag(nodeEnv("DA"), batcher.DAAuto),
		&cli.StringSliceFlag{Name: "rpc-vhosts", Usage: "host names a request may give the RPC besides IP addresses (against DNS rebinding), comma-separated, * any (default: localhost and the --rpc-addr host)", EnvVars: nodeEnv("RPC_VHOSTS")},
		&cli.StringFlag{Name: "l1-beacon", Usage: "URL of the L1's beacon node API (its consensus client, e.g. http://127.0.0.1:5052): where the blobs of blob batches are fetched from; each blob is checked against the versioned hash L1 holds", EnvVars: nodeEnv("L1_BEACON")},
		&cli.StringSliceFlag{Name: "blob-archive", Usage: "URL of a blob archive speaking the beacon API (another viaduct node's RPC URL, a blob archiver), asked after --l1-beacon, for blobs past its retention window (about 18 days on mainnet); repeat it for several, asked in order; each blob is checked against its versioned hash", EnvVars: nodeEnv("BLOB_ARCHIVE")},
		&cli.IntFlag{Name: "state-cache-depth", Usage: stateCacheDepthUsage, EnvVars: nodeEnv("STATE_CACHE_DEPTH")},
		&cli.Uint64Flag{Name: "history-blocks", Usage: "blocks of state history kept below the settled block: balances, nonces and proofs at past blocks are answered back to there, older ones get 'historical state is not available' (about 7 KB of disk per block of 64 transfers; docs/node.md)", Value: chain.DefaultKeepBelow, EnvVars: nodeEnv("HISTORY_BLOCKS")},
		misbehaveFlag,
	},
	Action: func(c *cli.Context) error {
		info, err := readNodeFile(c, c.String(configFileFlag.Name))
		if err != nil {
			return err
		}
		if c.String("datadir") == "" {
			return errors.New("the node needs a data directory: give --datadir, VIADUCT_DATADIR or node.datadir in the configuration file")
		}
		if r := c.String("role"); r != node.RoleSequencer && r != node.RoleVerifier {
			return fmt.Errorf("--role %q: want %q or %q", r, node.RoleSequencer, node.RoleVerifier)
		}
		if n := c.Int("challenge-tx-bytes"); n < 1 {
			return fmt.Errorf("--challenge-tx-bytes %d: must be at least 1 (each transaction then proves one state value)", n)
		}
		if c.Duration("block-time") <= 0 {
			return fmt.Errorf("--block-time %s: must be positive", c.Duration("block-time"))
		}
		if err := checkStateCacheDepth(c); err != nil {
			return err
		}
		if c.Uint64("history-blocks") == 0 {
			return errors.New("--history-blocks 0: keep at least one block of state history below the settled block")
		}
		log, err := newLogger(c)
		if err != nil {
			return err
		}
		l2 := &core.Config{ChainID: info.L2ChainID}
		fee, ok := new(big.Int).SetString(info.L2BaseFee, 10)
		if !ok || l2.BaseFee.SetFromBig(fee) {
			return fmt.Errorf("--config: l2BaseFee %q is not a 256-bit integer", info.L2BaseFee)
		}
		return service.Run(func(ctx context.Context) error { return runNode(ctx, c, info, l2, log) })
	},
}

func runNode(ctx context.Context, c *cli.Context, info wire.RollupInfo, l2 *core.Config, log *slog.Logger) error {
	{
		ec, err := ethclient.DialContext(ctx, c.String(l1RPCFlag.Name))
		if err != nil {
			return fmt.Errorf("--l1-rpc: %w", err)
		}
		defer ec.Close()
		if id, err := ec.ChainID(ctx); err != nil {
			return fmt.Errorf("--l1-rpc: %w", err)
		} else if id.Uint64() != info.L1ChainID {
			return fmt.Errorf("--l1-rpc: chain id %d, the configuration is for L1 chain %d", id, info.L1ChainID)
		}
		if id, err := (&l1.Rollup{Client: ec, Address: info.Rollup}).L2ChainID(ctx); err != nil || id != info.L2ChainID {
			return fmt.Errorf("--config: no Rollup for L2 chain %d at %s on this L1 (%v)", info.L2ChainID, info.Rollup, err)
		}
		cfg := node.Config{
			Role: c.String("role"), DataDir: c.String("datadir"), L1: ec, Rollup: info.Rollup, DeployBlock: info.DeployBlock,
			L2: l2, RPCAddr: c.String("rpc-addr"), BlockInterval: c.Duration("block-time"),
			Confirmations: c.Uint64("confirmations"), Log: log, RollupInfo: info, MaxUnposted: c.Uint64("max-unposted"),
			RPCCORS: c.StringSlice("rpc-cors"), RPCWSOrigins: c.StringSlice("rpc-ws-origins"), RPCVHosts: c.StringSlice("rpc-vhosts"),
			RPCSyncTimeout: c.Duration(rpcSyncTimeoutName),
			L1Beacon:       c.String("l1-beacon"), BlobArchives: c.StringSlice("blob-archive"),
			StateCacheDepth: c.Int("state-cache-depth"), HistoryBlocks: c.Uint64("history-blocks"),
		}
		if cfg.Batch.DA, err = batcher.ParseDA(c.String("da")); err != nil {
			return fmt.Errorf("--da: %w", err)
		}
		if cfg.Role == node.RoleSequencer {
			key, err := loadKey(c)
			if err != nil {
				return fmt.Errorf("the sequencer posts batches: %w", err)
			}
			if crypto.PubkeyToAddress(key.PublicKey) != info.Sequencer {
				return fmt.Errorf("the key is %s but the Rollup's sequencer is %s", crypto.PubkeyToAddress(key.PublicKey), info.Sequencer)
			}
			cfg.BatcherKey, cfg.FeeRecipient = key, info.Sequencer
			if cfg.Lie, err = misbehaveLie(c, l2, log); err != nil {
				return err
			}
			if cfg.Batch.BlobLie, err = misbehaveBlobLie(c, cfg.Batch.DA, log); err != nil {
				return err
			}
		} else {
			if c.String(misbehaveFlag.Name) != "" {
				return fmt.Errorf("--%s is for a sequencer", misbehaveFlag.Name)
			}
			switch {
			case keyGiven(c):
				key, err := loadKey(c)
				if err != nil {
					return err
				}
				cfg.L1Key, cfg.Challenge, cfg.SelfSequence = key, c.Bool("challenge"), c.Bool("self-sequence")
				cfg.ChallengeTxBytes = c.Int("challenge-tx-bytes")
			case c.Bool("self-sequence"):
				return errors.New("--self-sequence posts batches: give the node a funded L1 key (--key, --key-file or --dev-account)")
			case c.Bool("challenge") && c.IsSet("challenge"):
				return errors.New("--challenge sends fraud proofs: give the node a funded L1 key (--key, --key-file or --dev-account)")
			default:
				log.Warn("no L1 key: this verifier will not challenge wrong blocks, only report them (give --key-file to challenge)")
			}
			if !c.Bool("challenge") {
				log.Warn("--challenge=false: wrong blocks are reported, not challenged")
			}
		}
		n, err := node.New(cfg)
		if err != nil {
			return err
		}
		stopNode, err := startNode(ctx, n, log)
		if err != nil {
			return portError(err, portFlag{"rpc-addr", cfg.RPCAddr})
		}
		defer stopNode()
		head := n.Chain.Head()
		log.Info("serving", "role", cfg.Role, "rpc", "http://"+n.RPCAddr(), "head", head.Number, "hash", head.Hash())
		<-ctx.Done()
		return nil
	}
}
