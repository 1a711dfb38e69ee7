// Command viaduct is the one binary of the Viaduct layer 2: the development
// network, the node, the deployer, the wallet commands, channels, the light
// client and the benchmark.
package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/internal/version"
)

func main() {
	if err := run(newApp(), os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "viaduct:", err)
		os.Exit(1)
	}
}

func newApp() *cli.App {
	return &cli.App{
		Name:                 "viaduct",
		Usage:                "an Ethereum layer 2: optimistic payments rollup, state channels and a light client",
		Version:              version.Version,
		EnableBashCompletion: true,
		HideVersion:          true,
		Commands: []*cli.Command{
			versionCommand,
			devCommand,
			nodeCommand,
			deployCommand,
			depositCommand,
			transferCommand,
			withdrawCommand,
			finalizeCommand,
			balanceCommand,
			statusCommand,
			channelCommand,
			lightCommand,
			benchCommand,
		},
		CommandNotFound: func(c *cli.Context, name string) {
			fmt.Fprintf(c.App.ErrWriter, "viaduct: unknown command %q; run 'viaduct help' for the list\n", name)
			cli.OsExiter(2)
		},
	}
}

var versionCommand = &cli.Command{
	Name:  "version",
	Usage: "print the version of this build and of the specification it implements",
	Action: func(c *cli.Context) error {
		_, err := fmt.Fprintln(c.App.Writer, version.Info())
		return err
	},
}
