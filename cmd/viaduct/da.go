package main

import (
	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/batcher"
)

// daFlag is --da, how a node's batcher carries the blocks' tx data to L1.
func daFlag(env []string, value batcher.DA) *cli.StringFlag {
	return &cli.StringFlag{
		Name: "da", Value: string(value), EnvVars: env,
		Usage: "how the batcher posts blocks to L1: calldata, blobs (EIP-4844 blob transactions; calldata while the L1 takes none) or auto (each batch whichever costs less per byte at the L1's base fee and blob base fee)",
	}
}

// devDAFlag is viaduct dev's --da: blobs, which the embedded L1 takes and
// serves to the verifier through its beacon API.
var devDAFlag = daFlag(devEnv("DA"), batcher.DABlobs)
