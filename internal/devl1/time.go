package devl1

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// AdvanceTime seals an empty block d later than it would otherwise be (a
// challenge window or an inclusion window passed at once). The simulated
// beacon refuses while the txpool lists a pending transaction, and the pool
// drops a mined transaction on its own goroutine after the new head, so a
// transaction mined just before can still be listed: AdvanceTime waits for
// the pool and, for a transaction that is really pending (a node sent it),
// mines it first.
func (c *Chain) AdvanceTime(ctx context.Context, d time.Duration) error {
	c.mineMu.Lock()
	defer c.mineMu.Unlock()
	for attempt := 1; ; attempt++ {
		err := c.Backend.AdjustTime(d)
		if err == nil || !strings.Contains(err.Error(), "non-empty block") {
			return err
		}
		if attempt%50 == 0 {
			c.Backend.Commit()
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devl1: advancing time by %s: %w (last: %w)", d, ctx.Err(), err)
		case <-time.After(2 * time.Millisecond): // the txpool's reset runs on its own; the deadline is ctx's
		}
	}
}
