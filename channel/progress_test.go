package channel

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// TestAControlCallsLastProgressLineIsNeverLost is the race a user saw as a
// settle that printed no "mined in block" line: the call's answer arrives
// while its last progress notification is still on its way. Every line a
// call emits must be handed over, in order, before WithProgress returns.
func TestAControlCallsLastProgressLineIsNeverLost(t *testing.T) {
	p := &Peer{cfg: PeerConfig{L1: &L1{}}}
	srv := rpc.NewServer()
	if err := srv.RegisterName("channelctl", NewCtlAPI(p)); err != nil {
		t.Fatal(err)
	}
	defer srv.Stop()
	cl := rpc.DialInProc(srv)
	defer cl.Close()

	// A second subscriber that never reads must not hold anyone up.
	idle, err := cl.Subscribe(context.Background(), "channelctl", make(chan ProgressNote), "progress")
	if err != nil {
		t.Fatal(err)
	}
	defer idle.Unsubscribe()

	for i := range 300 {
		want := []string{fmt.Sprintf("call %d: sent", i), fmt.Sprintf("call %d: mined", i)}
		var got []string
		err := WithProgress(context.Background(), cl, func() error {
			for _, l := range want {
				p.cfg.L1.Progress(l)
			}
			return nil
		}, time.Hour, func(l string) { got = append(got, l) }, func(time.Duration) {})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("call %d: lines %q, want %q", i, got, want)
		}
	}
}
