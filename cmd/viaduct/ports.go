package main

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"syscall"
)

// errPortTaken is returned for a listen address another program holds.
var errPortTaken = errors.New("is in use by another program")

// portFlag is a port a command listens on and the flag that sets it.
type portFlag struct {
	flag string // the flag's name, without dashes
	addr string // host:port
}

// checkPorts refuses, before anything starts, a port another program
// holds or two flags given the same port: the first thing a newcomer who
// already runs Anvil, Hardhat or geth on 8545 meets should be one line
// that says which flag to change, not a stack trace. A port taken between
// this check and the listen itself is caught there (portError).
func checkPorts(ports ...portFlag) error {
	seen := map[string]string{}
	for _, p := range ports {
		_, port, err := net.SplitHostPort(p.addr)
		if err != nil {
			return fmt.Errorf("--%s %q: %w", p.flag, p.addr, err)
		}
		if port == "0" {
			continue // any free port
		}
		if other, ok := seen[port]; ok {
			return fmt.Errorf("--%s and --%s are both port %s; give each its own", other, p.flag, port)
		}
		seen[port] = p.flag
		l, err := net.Listen("tcp", p.addr)
		if err != nil {
			if perr := portError(err, p); perr != err {
				return perr
			}
			return fmt.Errorf("--%s %s: %w", p.flag, p.addr, err)
		}
		l.Close()
	}
	return nil
}

// portError says which flag to change when err is a listen on p's address
// that failed because the port is taken or forbidden; other errors come
// back as they are.
func portError(err error, p portFlag) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("port %s %w; choose another with --%s", p.port(), errPortTaken, p.flag)
	}
	if errors.Is(err, syscall.EACCES) {
		return fmt.Errorf("port %s may not be opened by this user; choose another with --%s", p.port(), p.flag)
	}
	return err
}

func (p portFlag) port() string {
	if _, port, err := net.SplitHostPort(p.addr); err == nil {
		return port
	}
	return p.addr
}

// loopback is 127.0.0.1:port.
func loopback(port int) string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(port)) }
