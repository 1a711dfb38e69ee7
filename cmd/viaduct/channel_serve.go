package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/channel"
	"github.com/viaduct-l2/viaduct/internal/service"
)

// ctlSocket is the owner's control socket inside the data directory.
func ctlSocket(datadir string) string { return filepath.Join(datadir, "channel.ipc") }

var listenFlag = &cli.StringFlag{Name: "listen", Usage: "loopback address for the channel_ WebSocket endpoint", Value: "127.0.0.1:7545", EnvVars: envVar("listen")}

var channelServeCommand = &cli.Command{
	Name:  "serve",
	Usage: "run this party's channel peer: pays, countersigns and watches L1 (standalone until the node mounts channel_)",
	Flags: []cli.Flag{datadirFlag, keyFlag, keyFileFlag, devAccountFlag, l1RPCFlag, contractFlg, listenFlag, logLevelFlg,
		&cli.StringFlag{Name: "tower", Usage: "watchtower endpoint (ws://...): a state this peer countersigns goes to the tower, and the countersignature leaves only once the tower has it; without one, nobody answers a stale close while this peer is offline", EnvVars: envVar("tower")},
		&cli.StringFlag{Name: "advertise", Usage: "URL counterparties use to reach this peer (default: ws://<listen>)", EnvVars: envVar("advertise")},
	},
	Action: func(c *cli.Context) error {
		return runChannelService(c, "db", func(ctx context.Context, log *slog.Logger, key *ecdsa.PrivateKey, l1 *channel.L1, datadir string, store *channel.Store) error {
			srv, err := channel.ListenWS(c.String(listenFlag.Name), nil)
			if err != nil {
				return portError(err, portFlag{listenFlag.Name, c.String(listenFlag.Name)})
			}
			url := c.String("advertise")
			if url == "" {
				url = srv.URL()
			}
			peer, err := channel.NewPeer(channel.PeerConfig{Key: key, L1: l1, Store: store, URL: url, TowerURL: c.String("tower"), Logger: log})
			if err != nil {
				srv.Close()
				return err
			}
			if err := srv.Register(peer.APIs()); err != nil {
				srv.Close()
				return err
			}
			if err := peer.Start(); err != nil {
				srv.Close()
				return err
			}
			ipc, err := channel.ListenIPC(ctlSocket(datadir), []rpc.API{{Namespace: "channelctl", Service: channel.NewCtlAPI(peer)}})
			if err != nil {
				srv.Close()
				peer.Stop()
				return err
			}
			// Shut down outside in: no new requests, then the peer, then (by
			// the deferred Close) the store the peer writes to.
			defer func() {
				ipc.Close()
				srv.Close()
				peer.Stop()
			}()
			fmt.Fprintf(c.App.Writer, "channel peer %s serving %s (control socket %s)\n", peer.Address(), url, ctlSocket(datadir))
			<-ctx.Done()
			log.Info("shutting down")
			return nil
		})
	},
}

var channelTowerCommand = &cli.Command{
	Name:  "tower",
	Usage: "run a watchtower: answers stale unilateral closes for channels registered with it",
	Flags: []cli.Flag{datadirFlag, keyFlag, keyFileFlag, devAccountFlag, l1RPCFlag, contractFlg, logLevelFlg,
		&cli.StringFlag{Name: "listen", Usage: "loopback address for the tower_ WebSocket endpoint", Value: "127.0.0.1:7546", EnvVars: envVar("tower-listen")},
	},
	Action: func(c *cli.Context) error {
		return runChannelService(c, "tower", func(ctx context.Context, log *slog.Logger, _ *ecdsa.PrivateKey, l1 *channel.L1, _ string, store *channel.Store) error {
			tower, err := channel.NewTower(channel.TowerConfig{L1: l1, Store: store, Logger: log, Interval: 500 * time.Millisecond})
			if err != nil {
				return err
			}
			if err := tower.Start(); err != nil {
				return err
			}
			defer tower.Stop()
			srv, err := channel.ListenWS(c.String("listen"), tower.APIs())
			if err != nil {
				return portError(err, portFlag{"listen", c.String("listen")})
			}
			defer srv.Close()
			fmt.Fprintf(c.App.Writer, "watchtower %s serving %s\n", l1.Address(), srv.URL())
			<-ctx.Done()
			log.Info("shutting down")
			return nil
		})
	},
}

// runChannelService runs body, a channel service (a peer or a tower), until
// a signal: with the command's logger and key, the Channels contract on
// L1 and the store named storeName in --datadir.
func runChannelService(c *cli.Context, storeName string, body func(ctx context.Context, log *slog.Logger, key *ecdsa.PrivateKey, l1 *channel.L1, datadir string, store *channel.Store) error) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	return service.Run(func(ctx context.Context) error {
		l1, closeL1, err := dialChannels(ctx, c, key, log)
		if err != nil {
			return err
		}
		defer closeL1()
		l1.Progress = func(msg string) { log.Info(msg) }
		datadir := c.String(datadirFlag.Name)
		if err := os.MkdirAll(datadir, 0o700); err != nil {
			return fmt.Errorf("creating --datadir: %w", err)
		}
		store, err := channel.OpenStore(filepath.Join(datadir, storeName))
		if err != nil {
			return err
		}
		defer store.Close()
		return body(ctx, log, key, l1, datadir, store)
	})
}

// dialChannels connects to L1 and binds the Channels contract.
func dialChannels(ctx context.Context, c *cli.Context, key *ecdsa.PrivateKey, log *slog.Logger) (*channel.L1, func(), error) {
	if c.String(contractFlg.Name) == "" {
		return nil, nil, errors.New("--contract: give the address of the Channels contract (0x...; viaduct dev prints it)")
	}
	contract, err := addressFlag(c, contractFlg.Name, common.Address{})
	if err != nil {
		return nil, nil, err
	}
	if err := notL2(ctx, c); err != nil {
		return nil, nil, err
	}
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(dctx, c.String(l1RPCFlag.Name))
	if err != nil {
		return nil, nil, fmt.Errorf("dialing L1 %s: %w", c.String(l1RPCFlag.Name), err)
	}
	sender, stopSender, err := startSender(dctx, client, key, log)
	if err != nil {
		client.Close()
		return nil, nil, err
	}
	l1, err := channel.NewL1(dctx, client, sender, contract)
	if err != nil {
		stopSender()
		client.Close()
		return nil, nil, err
	}
	return l1, func() { stopSender(); client.Close() }, nil
}
