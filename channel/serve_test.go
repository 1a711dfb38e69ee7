package channel

import (
	"errors"
	"testing"
)

func TestServersListenOnlyOnLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "[::]:0", "192.0.2.1:0"} {
		if s, err := ListenWS(addr, nil); !errors.Is(err, ErrNotLoopback) {
			if s != nil {
				s.Close()
			}
			t.Errorf("ListenWS(%q): %v, want ErrNotLoopback", addr, err)
		}
	}
	s, err := ListenWS("127.0.0.1:0", nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}
