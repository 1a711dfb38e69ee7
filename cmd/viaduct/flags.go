package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"time"

	"github.com/viaduct-l2/viaduct/txmgr"
)

// startSender starts the L1 transaction manager of key on client; stop
// stops it.
func startSender(ctx context.Context, client txmgr.Client, key *ecdsa.PrivateKey, log *slog.Logger) (m *txmgr.Manager, stop func(), err error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m, err = txmgr.New(txmgr.Config{Client: client, Key: key, PollInterval: 100 * time.Millisecond, Log: log})
	if err != nil {
		return nil, nil, err
	}
	if err := m.Start(ctx); err != nil {
		return nil, nil, fmt.Errorf("--l1-rpc: %w", err)
	}
	return m, func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		_ = m.Stop(sctx) // only an expired context fails it
	}, nil
}
