// Command devchain serves the embedded development L1 (package devl1:
// go-ethereum's simulated chain, the test mnemonic's accounts funded) on
// 127.0.0.1 with the Channels contract deployed, for the whole-system
// tests that need a bare L1 of their own: they deploy the Rollup and run
// their own nodes on it, where `viaduct dev` would already run its own.
// It prints one JSON line, {"l1": URL, "chainId": ID, "contract": ADDR},
// once ready, and stops on SIGINT or SIGTERM (service.Run). It is not part of viaduct:
// users get all of this, and more, from `viaduct dev`.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/internal/service"
)

func main() {
	port := flag.Int("port", 8545, "HTTP and WebSocket port on 127.0.0.1")
	minPeriod := flag.Uint64("min-challenge-period", 2, "shortest challenge period (seconds) the Channels deployment allows")
	maxPeriod := flag.Uint64("max-challenge-period", 30*24*3600, "longest challenge period (seconds) the Channels deployment allows")
	flag.Parse()
	if err := run(*port, *minPeriod, *maxPeriod); err != nil {
		fmt.Fprintln(os.Stderr, "devchain:", err)
		os.Exit(1)
	}
}

func run(port int, minPeriod, maxPeriod uint64) error {
	return service.Run(func(ctx context.Context) error { return serve(ctx, port, minPeriod, maxPeriod) })
}

func serve(ctx context.Context, port int, minPeriod, maxPeriod uint64) error {
	chain, err := devl1.Start(devl1.Config{Port: port})
	if err != nil {
		return err
	}
	defer chain.Close()
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	addr, err := chain.DeployChannels(dctx, minPeriod, maxPeriod)
	cancel()
	if err != nil {
		return err
	}
	line, err := json.Marshal(struct {
		L1       string         `json:"l1"`
		ChainID  uint64         `json:"chainId"`
		Contract common.Address `json:"contract"`
	}{chain.URL, devl1.ChainID, addr})
	if err != nil {
		return err
	}
	fmt.Println(string(line))
	<-ctx.Done()
	return nil
}
