package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// countdown shows a wait with a known end as one line that counts down:
// rewritten in place on a terminal; in a pipe or a log, where a rewritten
// line would pile up, a new line only when what is awaited changes and
// then every countdownStep, so that a two-minute wait is a handful of
// lines, not one a second.
type countdown struct {
	w       io.Writer
	tty     bool
	msg     string        // what the current line waits for
	printed time.Duration // the time left the last line said
	open    bool          // a terminal line is unfinished
}

// countdownStep is how often a countdown not on a terminal prints a line.
const countdownStep = 30 * time.Second

func newCountdown(w io.Writer) *countdown {
	tty := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil {
			tty = st.Mode()&os.ModeCharDevice != 0
		}
	}
	return &countdown{w: w, tty: tty}
}

// update says that msg has `left` to go.
func (c *countdown) update(msg string, left time.Duration) {
	left = left.Round(time.Second)
	line := fmt.Sprintf("  %s: %s left", msg, left)
	if left <= 0 {
		line = fmt.Sprintf("  %s: over", msg)
	}
	if c.tty {
		fmt.Fprintf(c.w, "\r\033[K%s", line)
		c.open = true
		c.msg = msg
		return
	}
	if msg == c.msg && (left > 0 && c.printed-left < countdownStep || left <= 0 && c.printed <= 0) {
		return
	}
	fmt.Fprintln(c.w, line)
	c.msg, c.printed = msg, max(left, 0)
}

// done ends the countdown line, if a terminal line is open.
func (c *countdown) done() {
	if c.open {
		fmt.Fprintln(c.w)
		c.open = false
	}
}

// line prints a line of its own, ending the countdown line first.
func (c *countdown) line(msg string) {
	c.done()
	fmt.Fprintln(c.w, msg)
}
