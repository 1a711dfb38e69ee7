package service

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestLoopRunsStepsUntilStopped: the first step runs at once, a failed
// step is counted and the loop goes on, Wake runs a step early, and Stop
// waits for the step in progress.
func TestLoopRunsStepsUntilStopped(t *testing.T) {
	var steps atomic.Int64
	wake := make(chan struct{})
	ran := make(chan int64, 16)
	l := &Loop{Name: "test", Interval: time.Hour, Wake: wake, Step: func(context.Context) error {
		n := steps.Add(1)
		ran <- n
		if n == 1 {
			return errors.New("boom")
		}
		return nil
	}}
	if err := l.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := l.Start(context.Background()); !errors.Is(err, ErrAlreadyStarted) {
		t.Fatalf("second start: %v", err)
	}
	<-ran // the first step, at once
	wake <- struct{}{}
	if n := <-ran; n != 2 {
		t.Fatalf("woken step %d", n)
	}
	if err := l.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n, err := l.Failures(); n != 1 || err == nil || err.Error() != "boom" {
		t.Fatalf("failures %d, %v", n, err)
	}
	if err := l.Stop(context.Background()); err != nil {
		t.Fatalf("a second stop: %v", err)
	}
}

// TestLoopEndsWithItsContext.
func TestLoopEndsWithItsContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	l := &Loop{Name: "test", Interval: time.Millisecond, Step: func(context.Context) error { return nil }}
	if err := l.Start(ctx); err != nil {
		t.Fatal(err)
	}
	cancel()
	select {
	case <-l.done:
	case <-time.After(10 * time.Second):
		t.Fatal("the loop outlived its context")
	}
}

type recorder struct {
	name string
	log  *[]string
	fail bool
}

func (r *recorder) Start(context.Context) error {
	if r.fail {
		return errors.New("cannot")
	}
	*r.log = append(*r.log, "start "+r.name)
	return nil
}

func (r *recorder) Stop(context.Context) error {
	*r.log = append(*r.log, "stop "+r.name)
	return nil
}

// TestGroupStartsInOrderAndStopsInReverse, and stops what it started when
// one service cannot start.
func TestGroupStartsInOrderAndStopsInReverse(t *testing.T) {
	var log []string
	g := &Group{}
	if err := g.Start(context.Background(), &recorder{"a", &log, false}, &recorder{"b", &log, false}); err != nil {
		t.Fatal(err)
	}
	if err := g.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(log, ","); got != "start a,start b,stop b,stop a" {
		t.Fatalf("order %s", got)
	}
	log = nil
	err := (&Group{}).Start(context.Background(), &recorder{"a", &log, false}, &recorder{"b", &log, true})
	if err == nil || !strings.Contains(err.Error(), "cannot") {
		t.Fatalf("a failing start: %v", err)
	}
	if got := strings.Join(log, ","); got != "start a,stop a" {
		t.Fatalf("after a failed start: %s", got)
	}
}
