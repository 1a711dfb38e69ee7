package main

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
)

// TestCheckPortsNamesTheFlag: a port another program holds and a port two
// flags share are each refused in one line naming the flag to change; free
// ports and port 0 pass.
func TestCheckPortsNamesTheFlag(t *testing.T) {
	held, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	taken := held.Addr().(*net.TCPAddr).Port
	free := func() int {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		return l.Addr().(*net.TCPAddr).Port
	}
	f1, f2 := free(), free()

	err = checkPorts(portFlag{"port", loopback(f1)}, portFlag{"l1-port", loopback(taken)})
	if !errors.Is(err, errPortTaken) || err.Error() != fmt.Sprintf("port %d is in use by another program; choose another with --l1-port", taken) {
		t.Fatalf("taken port: %v", err)
	}
	err = checkPorts(portFlag{"l1-port", loopback(f1)}, portFlag{"port", loopback(f1)})
	if err == nil || !strings.Contains(err.Error(), "--l1-port and --port are both port") {
		t.Fatalf("shared port: %v", err)
	}
	if err := checkPorts(portFlag{"l1-port", loopback(f1)}, portFlag{"port", loopback(f2)}, portFlag{"x", loopback(0)}, portFlag{"y", loopback(0)}); err != nil {
		t.Fatalf("free ports: %v", err)
	}
	// A listen that loses the race after the check says the same.
	_, lerr := net.Listen("tcp", loopback(taken))
	if err := portError(fmt.Errorf("api: %w", lerr), portFlag{"port", loopback(taken)}); !errors.Is(err, errPortTaken) || !strings.Contains(err.Error(), "--port") {
		t.Fatalf("portError: %v", err)
	}
}
