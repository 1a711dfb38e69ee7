package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/api"
	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/internal/service"
	"github.com/viaduct-l2/viaduct/node"
	"github.com/viaduct-l2/viaduct/wire"
)

func devEnv(name string) []string { return []string{"VIADUCT_DEV_" + name} }

// devBlobRetentionFlag bounds the blobs the embedded L1 keeps, as a
// consensus client's retention window does.
var devBlobRetentionFlag = &cli.Uint64Flag{Name: "l1-blob-retention", Usage: "how many of the newest L1 blocks' blobs the embedded L1's beacon API keeps (0: all), as a consensus client keeps about 18 days' worth: a verifier started later needs a --blob-archive", EnvVars: devEnv("L1_BLOB_RETENTION")}

var (
	devDataDirFlag = &cli.StringFlag{Name: "datadir", Usage: "directory of the L2 database (reset at every start: the embedded L1 keeps no state)", Value: filepath.Join(os.TempDir(), "viaduct-dev"), EnvVars: devEnv("DATADIR")}
	devL1PortFlag  = &cli.IntFlag{Name: "l1-port", Usage: "port of the embedded L1's HTTP and WebSocket JSON-RPC on 127.0.0.1", Value: 8545, EnvVars: devEnv("L1_PORT")}
	devPortFlag    = &cli.IntFlag{Name: "port", Usage: "port of the L2 HTTP and WebSocket JSON-RPC on 127.0.0.1", Value: 9545, EnvVars: devEnv("PORT")}
	devVerPortFlag = &cli.IntFlag{Name: "verifier-port", Usage: "port of a verifier node's JSON-RPC on 127.0.0.1, deriving the chain from L1 alone (0: no verifier)", Value: 9546, EnvVars: devEnv("VERIFIER_PORT")}
	devL1BlockFlag = &cli.DurationFlag{Name: "l1-block-time", Usage: "longest time between L1 blocks (a block is also mined as soon as a transaction is pending)", Value: time.Second, EnvVars: devEnv("L1_BLOCK_TIME")}
	devBlockFlag   = &cli.DurationFlag{Name: "block-time", Usage: "longest time a transaction waits for its L2 block", Value: 250 * time.Millisecond, EnvVars: devEnv("BLOCK_TIME")}
	devFundFlag    = &cli.IntFlag{Name: "fund", Usage: "number of dev accounts funded on L2 at start-up by a deposit through the bridge", Value: 4, EnvVars: devEnv("FUND")}
	devWindowFlag  = &cli.DurationFlag{Name: "challenge-window", Usage: "how long a batch can be challenged before its withdrawals can be finalized", Value: 2 * time.Minute, EnvVars: devEnv("CHALLENGE_WINDOW")}
	devLogFlag     = &cli.StringFlag{Name: "log-level", Usage: "debug, info, warn or error", Value: "warn", EnvVars: devEnv("LOG_LEVEL")}
	// Pages on this machine and MetaMask: what a wallet in a browser and a
	// local dapp need against a development chain (docs/node.md).
	devCORSFlag      = &cli.StringSliceFlag{Name: "rpc-cors", Usage: "origins whose web pages may call the L2 RPCs over HTTP (CORS), comma-separated: scheme://host:port, a part left out matches any, * any", Value: cli.NewStringSlice(api.DevOrigins...), EnvVars: devEnv("RPC_CORS")}
	devWSOriginsFlag = &cli.StringSliceFlag{Name: "rpc-ws-origins", Usage: "origins whose web pages may open a WebSocket to the L2 RPCs, as --rpc-cors", Value: cli.NewStringSlice(api.DevOrigins...), EnvVars: devEnv("RPC_WS_ORIGINS")}
	devUnpostedFlag  = &cli.Uint64Flag{Name: "max-unposted", Usage: "L2 blocks that may wait to be posted to L1 before new transactions are refused ('txpool is full: L1 posting is behind')", Value: node.DefaultMaxUnposted, EnvVars: devEnv("MAX_UNPOSTED")}
	devDepthFlag     = &cli.IntFlag{Name: "state-cache-depth", Usage: stateCacheDepthUsage, EnvVars: devEnv("STATE_CACHE_DEPTH")}
	devSyncTimeout   = rpcSyncTimeoutFlag(devEnv("RPC_SYNC_TIMEOUT"))
	devVHostsFlag    = &cli.StringSliceFlag{Name: "rpc-vhosts", Usage: "host names a request may give the L2 RPCs besides IP addresses (against DNS rebinding), comma-separated, * any (default: localhost)", EnvVars: devEnv("RPC_VHOSTS")}
)

// devBatcherAccount is the dev account that sequences and posts batches;
// the ones before it are the user's. devChallengerAccount is the
// verifier's: it pays for fraud proofs and receives the rewards.
const (
	devBatcherAccount    = 4
	devChallengerAccount = 5
)

// devDeposit is what each funded dev account gets on L2 at start-up.
var devDeposit = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))

var devCommand = &cli.Command{
	Name:  "dev",
	Usage: "run a whole development network on this machine: embedded L1 with the Rollup, the Channels contract and a test ERC-20, sequencer, batcher, verifier and the L2 RPC",
	Description: `Starts go-ethereum's simulated chain as the L1 on 127.0.0.1:8545 (chain id 1337); deploys
the Rollup with development parameters, a test ERC-20 (TST, a million to each of dev
accounts 0-3 on L1) and the Channels contract; deposits 100 ETH and 1,000 TST through the
bridge for the first dev accounts of the test mnemonic; starts the sequencer, the batcher,
the L2 JSON-RPC on 127.0.0.1:9545 (chain id 13370) and a verifier on 9546; and once the
deposits are on L2, prints what a wallet needs and the line "viaduct dev is ready".
Ctrl-C stops it.`,
	Flags: []cli.Flag{devDataDirFlag, devL1PortFlag, devPortFlag, devVerPortFlag, devL1BlockFlag, devBlockFlag, devFundFlag, devWindowFlag, devLogFlag, misbehaveFlag, devCORSFlag, devWSOriginsFlag, devVHostsFlag, devSyncTimeout, devUnpostedFlag, devBlobRetentionFlag, devDAFlag, devDepthFlag},
	Action: func(c *cli.Context) error {
		return service.Run(func(ctx context.Context) error { return runDev(ctx, c) })
	},
}

// The test token viaduct dev deploys: every unit of it is minted in its
// constructor (DevToken), devTokenMint to each user dev account on L1, of
// which devTokenDeposit is bridged to L2 for each funded one.
const (
	devTokenName   = "Viaduct Test Token"
	devTokenSymbol = "TST"
)

var (
	devTokenMint    = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	devTokenDeposit = new(big.Int).Mul(big.NewInt(1_000), big.NewInt(1e18))
)

// The Channels deployment's bounds on a channel's challenge period: short
// enough to try a force-close in seconds, long enough for the real ones.
const (
	devChannelMinPeriod = 2
	devChannelMaxPeriod = 30 * 24 * 3600
)

// devNet is what viaduct dev deployed and runs.
type devNet struct {
	l1       *devl1.Chain
	rollup   common.Address
	token    common.Address
	channels common.Address
	seq, ver *node.Node
	fund     int
}

func runDev(ctx context.Context, c *cli.Context) (err error) {
	{
		log, err := newLogger(c)
		if err != nil {
			return err
		}
		if err := checkStateCacheDepth(c); err != nil {
			return err
		}
		fund := c.Int(devFundFlag.Name)
		if fund < 0 || fund > devBatcherAccount {
			return fmt.Errorf("--fund %d: at most %d dev accounts (account %d posts batches)", fund, devBatcherAccount, devBatcherAccount)
		}
		l1Port := portFlag{devL1PortFlag.Name, loopback(c.Int(devL1PortFlag.Name))}
		l2Port := portFlag{devPortFlag.Name, loopback(c.Int(devPortFlag.Name))}
		verPort := portFlag{devVerPortFlag.Name, loopback(c.Int(devVerPortFlag.Name))}
		ports := []portFlag{l1Port, l2Port}
		if c.Int(devVerPortFlag.Name) != 0 {
			ports = append(ports, verPort)
		}
		if err := checkPorts(ports...); err != nil {
			return err
		}

		dir := c.String(devDataDirFlag.Name)
		if _, serr := os.Stat(dir); os.IsNotExist(serr) {
			// A start that fails leaves no directory it made behind.
			defer func() {
				if err != nil {
					os.RemoveAll(dir)
				}
			}()
		}
		if err := resetDevDir(dir); err != nil {
			return err
		}

		l1chain, err := startDevL1(devl1.Config{Port: c.Int(devL1PortFlag.Name), MaxBlockInterval: c.Duration(devL1BlockFlag.Name), BlobRetention: c.Uint64(devBlobRetentionFlag.Name), Log: log.With("service", "dev-l1")})
		if err != nil {
			return portError(err, l1Port)
		}
		defer l1chain.Close()

		seqKey := devl1.DevKey(devBatcherAccount)
		rcfg := rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey))
		window := c.Duration(devWindowFlag.Name)
		if window < time.Second {
			return fmt.Errorf("--challenge-window %s: at least 1s", window)
		}
		rcfg.ChallengeWindow = uint64(window / time.Second)
		dctx, cancel := context.WithTimeout(ctx, time.Minute)
		addr, deployBlock, err := l1chain.DeployRollup(dctx, devl1.DevKey(0), rcfg)
		cancel()
		if err != nil {
			return fmt.Errorf("deploying the Rollup: %w", err)
		}
		log.Info("deployed the Rollup", "address", addr, "l1Block", deployBlock)
		net := &devNet{l1: l1chain, rollup: addr, fund: fund}
		if err := net.deploy(ctx); err != nil {
			return err
		}
		// The deposits go to L1 before the sequencer starts, so that its
		// first blocks apply them.
		if err := net.deposit(ctx); err != nil {
			return err
		}
		lie, err := misbehaveLie(c, core.DevConfig(), log)
		if err != nil {
			return err
		}
		da, err := batcher.ParseDA(c.String(devDAFlag.Name))
		if err != nil {
			return fmt.Errorf("--%s: %w", devDAFlag.Name, err)
		}
		blobLie, err := misbehaveBlobLie(c, da, log)
		if err != nil {
			return err
		}
		if (lie != nil || blobLie != nil) && c.Int(devVerPortFlag.Name) == 0 {
			return fmt.Errorf("--%s needs the verifier (its challenger proves the wrong block): drop --verifier-port 0", misbehaveFlag.Name)
		}

		n, err := node.New(node.Config{
			Role: node.RoleSequencer, DataDir: filepath.Join(dir, "l2"),
			L1: l1chain.Client, Rollup: addr, DeployBlock: deployBlock, L2: core.DevConfig(),
			RPCAddr:    fmt.Sprintf("127.0.0.1:%d", c.Int(devPortFlag.Name)),
			BatcherKey: seqKey, FeeRecipient: crypto.PubkeyToAddress(seqKey.PublicKey),
			BlockInterval: c.Duration(devBlockFlag.Name), PollInterval: 250 * time.Millisecond, MaxUnposted: c.Uint64(devUnpostedFlag.Name), StateCacheDepth: c.Int(devDepthFlag.Name),
			Log: log, RollupInfo: wire.NewRollupInfo(addr, deployBlock, devl1.ChainID, rcfg), Lie: lie, L1Beacon: l1chain.URL,
			Batch:   batcher.Config{DA: da, BlobLie: blobLie},
			RPCCORS: c.StringSlice(devCORSFlag.Name), RPCWSOrigins: c.StringSlice(devWSOriginsFlag.Name), RPCVHosts: c.StringSlice(devVHostsFlag.Name),
			RPCSyncTimeout: c.Duration(rpcSyncTimeoutName),
		})
		if err != nil {
			return err
		}
		stopNode, err := startNode(ctx, n, log)
		if err != nil {
			return portError(err, l2Port)
		}
		defer stopNode()
		net.seq = n

		if p := c.Int(devVerPortFlag.Name); p != 0 {
			ver, err := node.New(node.Config{
				Role: node.RoleVerifier, DataDir: filepath.Join(dir, "verifier"),
				L1: l1chain.Client, Rollup: addr, DeployBlock: deployBlock, L2: core.DevConfig(),
				RPCAddr: fmt.Sprintf("127.0.0.1:%d", p), PollInterval: 250 * time.Millisecond, StateCacheDepth: c.Int(devDepthFlag.Name),
				L1Key: devl1.DevKey(devChallengerAccount), Challenge: true, L1Beacon: l1chain.URL,
				Log: log.With("node", "verifier"), RollupInfo: wire.NewRollupInfo(addr, deployBlock, devl1.ChainID, rcfg),
				RPCCORS: c.StringSlice(devCORSFlag.Name), RPCWSOrigins: c.StringSlice(devWSOriginsFlag.Name), RPCVHosts: c.StringSlice(devVHostsFlag.Name),
			})
			if err != nil {
				return err
			}
			stopVer, err := startNode(ctx, ver, log.With("node", "verifier"))
			if err != nil {
				return portError(err, verPort)
			}
			defer stopVer()
			net.ver = ver
		}

		bannerOut := make(chan struct{})
		if c.String(misbehaveFlag.Name) != "" {
			go watchFraud(ctx, l1chain.Client, addr, deployBlock, c.App.Writer, bannerOut)
		}
		if err := net.waitFunded(ctx); err != nil {
			return err
		}
		net.print(c)
		close(bannerOut)
		<-ctx.Done()
		fmt.Fprintln(c.App.Writer, "stopping")
		return nil
	}
}

// startDevL1 is devl1.Start with its panic made an error: go-ethereum's
// simulated backend panics when its node cannot start, which it cannot when
// the port is taken.
func startDevL1(cfg devl1.Config) (chain *devl1.Chain, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("starting the embedded L1: %w", e)
			} else {
				err = fmt.Errorf("starting the embedded L1: %v", r)
			}
		}
	}()
	return devl1.Start(cfg)
}

// startNode starts n with the command's context and returns the function
// that stops it (within a minute; a second signal exits at once).
func startNode(ctx context.Context, n *node.Node, log *slog.Logger) (func(), error) {
	stop := func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
		defer cancel()
		if err := n.Stop(sctx); err != nil {
			log.Error("stopping the node", "err", err)
		}
	}
	if err := n.Start(ctx); err != nil {
		stop()
		return nil, err
	}
	return stop, nil
}

// devMarker marks a directory that `viaduct dev` created and may reset.
const devMarker = "VIADUCT_DEV"

// resetDevDir empties dir for a new run: the embedded L1 starts from
// genesis every time, so an L2 chain from an earlier run refers to an L1
// that no longer exists. It refuses to empty a non-empty directory that
// `viaduct dev` did not create.
func resetDevDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("--datadir: %w", err)
	}
	if len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(dir, devMarker)); err != nil {
			return fmt.Errorf("--datadir %s is not empty and was not made by 'viaduct dev'; refusing to reset it", dir)
		}
		if err := os.RemoveAll(dir); err != nil {
			return fmt.Errorf("--datadir: resetting %s: %w", dir, err)
		}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("--datadir: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, devMarker), []byte("made by viaduct dev; emptied at every start\n"), 0o600)
}

// deploy deploys the test token and the Channels contract from dev
// account 0, after the Rollup: their addresses are the same at every start.
func (d *devNet) deploy(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	holders := make([]common.Address, devBatcherAccount)
	for i := range holders {
		holders[i] = crypto.PubkeyToAddress(devl1.DevKey(i).PublicKey)
	}
	code := append(common.FromHex(bindings.DevTokenMetaData.Bin), bindings.NewDevToken().PackConstructor(devTokenName, devTokenSymbol, holders, devTokenMint)...)
	var err error
	if d.token, _, err = d.l1.Deploy(ctx, devl1.DevKey(0), code); err != nil {
		return fmt.Errorf("deploying the test token: %w", err)
	}
	if d.channels, err = d.l1.DeployChannels(ctx, devChannelMinPeriod, devChannelMaxPeriod); err != nil {
		return fmt.Errorf("deploying the Channels contract: %w", err)
	}
	return nil
}

// deposit sends, for each of the first d.fund dev accounts, devDeposit ETH
// and devTokenDeposit of the test token to its own L2 account through the
// Rollup: real deposits, as a user makes them. Each account sends its own,
// all at once.
func (d *devNet) deposit(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	r, t := bindings.NewRollup(), bindings.NewDevToken()
	errs := make(chan error, d.fund)
	for i := range d.fund {
		go func() {
			key := devl1.DevKey(i)
			me := crypto.PubkeyToAddress(key.PublicKey)
			for _, tx := range []struct {
				to    common.Address
				data  []byte
				value *big.Int
			}{
				{d.rollup, r.PackDepositETH(me), devDeposit},
				{d.token, t.PackApprove(d.rollup, devTokenDeposit), nil},
				{d.rollup, r.PackDepositToken(d.token, me, devTokenDeposit), nil},
			} {
				if _, err := d.l1.Send(ctx, key, &tx.to, tx.data, tx.value); err != nil {
					errs <- fmt.Errorf("depositing for dev account %d: %w", i, err)
					return
				}
			}
			errs <- nil
		}()
	}
	var first error
	for range d.fund {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	return first
}

// waitFunded waits until the sequencer has applied the start-up deposits
// (two queue items per funded account).
func (d *devNet) waitFunded(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for d.seq.Chain.Head().QueueCursor < uint64(2*d.fund) {
		select {
		case <-ctx.Done():
			if ctx.Err() == context.DeadlineExceeded {
				return errors.New("the start-up deposits did not reach L2 within 2 minutes")
			}
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	return nil
}

// print writes the banner: the endpoints, the contracts, the accounts,
// the variables that point the other commands at this network, and last
// the line a script waits for.
func (d *devNet) print(c *cli.Context) {
	w := c.App.Writer
	l1, l2 := d.l1.URL, "http://"+d.seq.RPCAddr()
	fmt.Fprintf(w, "Viaduct development network\n\n")
	fmt.Fprintf(w, "  L1 RPC    %s  (chain id %d, also ws://%s)\n", l1, devl1.ChainID, strings.TrimPrefix(l1, "http://"))
	fmt.Fprintf(w, "  L2 RPC    %s  (chain id %d, also ws://%s)\n", l2, core.DevConfig().ChainID, d.seq.RPCAddr())
	fmt.Fprintf(w, "  explorer  %s/  (blocks, batches, withdrawals, fraud proofs: open it in a browser)\n", l2)
	if d.ver != nil {
		fmt.Fprintf(w, "  verifier  http://%s  (derives the chain from L1 alone; read-only; its challenger, dev account %d, proves wrong blocks on L1)\n", d.ver.RPCAddr(), devChallengerAccount)
	}
	fmt.Fprintf(w, "  Rollup    %s on L1; withdraw by sending to %s on L2\n", d.rollup, core.BridgeAddress)
	fmt.Fprintf(w, "  %-9s %s on L1 and L2: the test ERC-20 %q, 18 decimals\n", devTokenSymbol, d.token, devTokenName)
	fmt.Fprintf(w, "  Channels  %s on L1: payment channels (viaduct channel serve), challenge periods of %d s and more\n\n", d.channels, devChannelMinPeriod)
	fmt.Fprintf(w, "Dev accounts (test mnemonic): %s ETH and %s %s each on L1; %s ETH and %s %s deposited to L2 for the first %d:\n",
		formatUnits(devl1.Balance, 18), formatUnits(devTokenMint, 18), devTokenSymbol, formatUnits(devDeposit, 18), formatUnits(devTokenDeposit, 18), devTokenSymbol, d.fund)
	for i := range devBatcherAccount {
		k := devl1.DevKey(i)
		fmt.Fprintf(w, "  (%d) %s  key 0x%s\n", i, crypto.PubkeyToAddress(k.PublicKey), devl1.DevKeys[i])
	}
	fmt.Fprintf(w, "  (%d) %s  sequencer and batcher (keep it for the node)\n\n", devBatcherAccount, crypto.PubkeyToAddress(devl1.DevKey(devBatcherAccount).PublicKey))
	fmt.Fprintf(w, "Point the viaduct commands of another shell at this network:\n\n")
	fmt.Fprintf(w, "  export VIADUCT_L1_RPC=%s VIADUCT_L2_RPC=%s VIADUCT_ROLLUP=%s VIADUCT_CHANNEL_CONTRACT=%s %s=%s\n\n",
		l1, l2, d.rollup, d.channels, devTokenSymbol, d.token)
	fmt.Fprintf(w, "Try: viaduct transfer --dev-account 0 --to %s --amount 1.5\n", crypto.PubkeyToAddress(devl1.DevKey(1).PublicKey))
	fmt.Fprintf(w, "     viaduct transfer --dev-account 0 --to %s --amount 12.5 --token $%s\n", crypto.PubkeyToAddress(devl1.DevKey(1).PublicKey), devTokenSymbol)
	fmt.Fprintf(w, "     cast send --rpc-url %s --private-key 0x%s %s --value 1ether\n\n", l2, devl1.DevKeys[0], crypto.PubkeyToAddress(devl1.DevKey(1).PublicKey))
	if kind := c.String(misbehaveFlag.Name); kind != "" {
		fmt.Fprintf(w, "Misbehaving on purpose (--misbehave %s): the sequencer posts one wrong block, the verifier's\n", kind)
		fmt.Fprintf(w, "challenger proves it on L1, and both nodes go on from the last good block; the log shows each step,\n")
		fmt.Fprintf(w, "and a summary of the fraud proof follows below once L1 holds it.\n\n")
	}
	fmt.Fprintf(w, "%s; Ctrl-C stops it.\n", devReady)
}

// devReady begins the banner's last line, printed once the dev accounts
// are funded on L2: what a script that starts viaduct dev waits for.
const devReady = "viaduct dev is ready"
