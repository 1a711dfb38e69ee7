// Package service is the lifecycle every long-running part of a Viaduct
// node shares (design decision D12): a Service starts with a context,
// stops with one, and reports the error that ended it; a Group starts
// services in order and stops them in reverse; Loop is the one ticker
// loop they run; Run is the one place a command waits for a signal.
//
// Nothing starts a goroutine in a constructor: a service is built from a
// config and its dependencies, and runs only from Start.
package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// Service is a long-running part of a node.
type Service interface {
	// Start starts the service; it returns once it runs (or could not
	// start). ctx bounds the service's whole life: when it ends, so does
	// the service.
	Start(ctx context.Context) error
	// Stop stops the service and waits for it, at most until ctx ends.
	Stop(ctx context.Context) error
}

// ErrAlreadyStarted is returned by a second Start.
var ErrAlreadyStarted = errors.New("service: already started")

// Loop runs Step every Interval, from Start until Stop (or the context
// ends). A failed step is logged and counted, and the loop goes on: what
// fails is a step's L1 read or send, which the next step tries again.
type Loop struct {
	Name     string
	Interval time.Duration
	// Step does one round of work. Wake (if set) runs it early.
	Step func(ctx context.Context) error
	Wake <-chan struct{}
	Log  *slog.Logger

	mu       sync.Mutex
	cancel   context.CancelFunc
	done     chan struct{}
	failures uint64
	lastErr  error
}

// Start starts the loop; the first step runs at once.
func (l *Loop) Start(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cancel != nil {
		return fmt.Errorf("%s: %w", l.Name, ErrAlreadyStarted)
	}
	if l.Interval <= 0 {
		return fmt.Errorf("%s: interval %s must be positive", l.Name, l.Interval)
	}
	ctx, cancel := context.WithCancel(ctx)
	l.cancel, l.done = cancel, make(chan struct{})
	go l.run(ctx, l.done)
	return nil
}

func (l *Loop) run(ctx context.Context, done chan struct{}) {
	defer close(done)
	t := time.NewTicker(l.Interval)
	defer t.Stop()
	for {
		if err := l.Step(ctx); err != nil && ctx.Err() == nil {
			l.mu.Lock()
			l.failures++
			l.lastErr = err
			l.mu.Unlock()
			if l.Log != nil {
				l.Log.Warn(l.Name+" step failed", "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-l.Wake:
		}
	}
}

// Stop stops the loop and waits for the step in progress, at most until
// ctx ends.
func (l *Loop) Stop(ctx context.Context) error {
	l.mu.Lock()
	cancel, done := l.cancel, l.done
	l.mu.Unlock()
	if cancel == nil {
		return nil
	}
	cancel()
	select {
	case <-done:
	case <-ctx.Done():
		return fmt.Errorf("%s: stop: %w", l.Name, ctx.Err())
	}
	l.mu.Lock()
	l.cancel = nil
	l.mu.Unlock()
	return nil
}

// Failures returns how many steps failed, and the last error.
func (l *Loop) Failures() (uint64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.failures, l.lastErr
}

// Group starts services in order and stops them in reverse.
type Group struct {
	mu      sync.Mutex
	started []Service
}

// Start starts each service in order; if one fails, those started are
// stopped again and the error names the one that failed.
func (g *Group) Start(ctx context.Context, services ...Service) error {
	for i, s := range services {
		if err := s.Start(ctx); err != nil {
			stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
			defer cancel()
			return errors.Join(fmt.Errorf("service %d (%T): start: %w", i, s, err), g.Stop(stopCtx))
		}
		g.mu.Lock()
		g.started = append(g.started, s)
		g.mu.Unlock()
	}
	return nil
}

// Stop stops the started services, the last started first, and returns
// their errors joined.
func (g *Group) Stop(ctx context.Context) error {
	g.mu.Lock()
	started := g.started
	g.started = nil
	g.mu.Unlock()
	var errs []error
	for i := len(started) - 1; i >= 0; i-- {
		if err := started[i].Stop(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Run runs fn with a context that ends at the first SIGINT or SIGTERM; a
// second signal exits the process at once, for a stop that hangs. It is the
// one signal handler of the commands that run until stopped (dev, node,
// channel serve, channel tower).
func Run(fn func(ctx context.Context) error) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	finished := make(chan struct{})
	defer close(finished)
	go func() {
		select {
		case <-sigs:
		case <-finished:
			return
		}
		cancel()
		select {
		case <-sigs:
			fmt.Fprintln(os.Stderr, "second signal: exiting without stopping cleanly")
			os.Exit(130)
		case <-finished:
		}
	}()
	return fn(ctx)
}
