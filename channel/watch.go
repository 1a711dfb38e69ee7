package channel

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// watcher follows L1 for unilateral closes and answers every one that uses
// an older state than the best one it holds. Both a Peer (for its own
// channels, while it is online) and a Tower (for its clients, while they
// are not) run one.
type watcher struct {
	l1       *L1
	store    *Store // for the scan cursor; may be nil
	log      *slog.Logger
	interval time.Duration
	// best returns the newest state signed by both for a channel, or nil
	// if the channel is not watched.
	best func(id common.Hash) *SignedState
	// onEvent, if set, sees every close event of a watched channel.
	onEvent func(CloseEvent)
	// skip, if set, exempts events from an answer: a peer does not
	// challenge a close its own owner chose to make.
	skip func(CloseEvent) bool
	// challenged counts the challenges sent.
	challenged atomic.Int64
}

// lookback is how many blocks a watcher without a cursor scans on its first
// pass: enough to see closes that happened while it was being set up.
const lookback = 10_000

// reorgWindow is how many already-scanned blocks every pass scans again.
const reorgWindow = 32

func (w *watcher) run(ctx context.Context) {
	var next uint64
	haveCursor := false
	if w.store != nil {
		if c, ok, err := w.store.Cursor(); err == nil && ok {
			next, haveCursor = c+1, true
		}
	}
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		_, head, err := w.l1.Now(ctx)
		if err == nil {
			if !haveCursor {
				next = max(head, lookback) - lookback
				haveCursor = true
			}
			if head >= next {
				// Rescan the last reorgWindow blocks too: a reorg may have
				// replaced them, and answering is idempotent (answer skips
				// a channel L1 already closes with our state).
				if err := w.scan(ctx, max(next, reorgWindow)-reorgWindow, head); err != nil {
					w.log.Warn("watching L1 for closes", "from", next, "to", head, "err", err)
				} else {
					next = head + 1
					if w.store != nil {
						if err := w.store.SetCursor(head); err != nil {
							w.log.Warn("saving watch cursor", "err", err)
						}
					}
				}
			}
		} else if ctx.Err() == nil {
			w.log.Warn("reading L1 head", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (w *watcher) scan(ctx context.Context, from, to uint64) error {
	evs, err := w.l1.CloseEvents(ctx, from, to)
	if err != nil {
		return err
	}
	for _, ev := range evs {
		best := w.best(ev.ChannelID)
		if best == nil {
			continue
		}
		if w.onEvent != nil {
			w.onEvent(ev)
		}
		if best.Nonce <= ev.Nonce || (w.skip != nil && w.skip(ev)) {
			continue
		}
		if err := w.answer(ctx, ev, best); err != nil {
			w.log.Error("answering a stale close", "channel", ev.ChannelID, "theirs", ev.Nonce, "ours", best.Nonce, "err", err)
			continue
		}
	}
	return nil
}

// answer challenges a close that used nonce ev.Nonce with best, unless L1
// already holds something at least as new or the period is over.
func (w *watcher) answer(ctx context.Context, ev CloseEvent, best *SignedState) error {
	ch, err := w.l1.Channel(ctx, ev.ChannelID)
	if err != nil {
		return err
	}
	if ch.Status != l1StatusClosing || ch.Nonce >= best.Nonce {
		return nil
	}
	w.log.Warn("stale close on L1: challenging", "channel", ev.ChannelID, "closedWith", ch.Nonce, "answer", best.Nonce, "closesAt", ch.ClosesAt)
	if _, err := w.l1.Challenge(ctx, best); err != nil {
		return err
	}
	w.challenged.Add(1)
	w.log.Info("challenged", "channel", ev.ChannelID, "nonce", best.Nonce)
	return nil
}
