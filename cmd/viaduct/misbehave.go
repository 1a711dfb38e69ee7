package main

import (
	"fmt"
	"log/slog"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/misbehave"
	"github.com/viaduct-l2/viaduct/state"
)

var misbehaveFlag = &cli.StringFlag{
	Name: "misbehave",
	Usage: "TEST AND DEMO ONLY: the sequencer posts one wrong block of this kind (" + kindNames() +
		"), for the verifier's challenger to prove on L1; it loses half its bond",
	EnvVars: nodeEnv("MISBEHAVE"),
}

func kindNames() string {
	var names []string
	for _, k := range misbehave.Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// misbehaveLie returns the sequencer's Lie for --misbehave, or nil (also
// for a kind the batcher tells: misbehaveBlobLie).
func misbehaveLie(c *cli.Context, cfg *core.Config, log *slog.Logger) (func(state.Reader, []core.QueueItem, *core.Outcome) (*core.Outcome, bool, error), error) {
	name := c.String(misbehaveFlag.Name)
	if name == "" {
		return nil, nil
	}
	kind, err := misbehave.Parse(name)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", misbehaveFlag.Name, err)
	}
	if kind.Batcher() {
		return nil, nil
	}
	log.Warn("misbehaving on purpose: the sequencer will post one wrong block", "kind", kind, "thief", misbehave.Thief)
	return func(pre state.Reader, queue []core.QueueItem, o *core.Outcome) (*core.Outcome, bool, error) {
		return misbehave.Lie(kind, cfg, pre, queue, o)
	}, nil
}

// misbehaveBlobLie returns the batcher's lie (batcher.Config.BlobLie) for
// a --misbehave kind the batcher tells, or nil. It needs blob batches.
func misbehaveBlobLie(c *cli.Context, da batcher.DA, log *slog.Logger) (func([][]byte) ([][]byte, bool), error) {
	kind, err := misbehave.Parse(c.String(misbehaveFlag.Name))
	if err != nil || !kind.Batcher() {
		return nil, nil // no kind, or a block's (misbehaveLie)
	}
	if da != batcher.DABlobs {
		return nil, fmt.Errorf("--%s %s lies in a blob batch's blobs: give --da blobs", misbehaveFlag.Name, kind)
	}
	log.Warn("misbehaving on purpose: one blob batch's blobs will carry other bytes than a block's tx data", "kind", kind)
	return misbehave.BlobLie(kind)
}
