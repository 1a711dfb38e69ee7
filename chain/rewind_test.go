package chain

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/core"
)

// grow appends a deposit block, then blocks of transfers from the
// depositor, and returns the key.
func grow(t *testing.T, c *Chain, blocks int) []*Block {
	t.Helper()
	key, _ := crypto.GenerateKey()
	alice := crypto.PubkeyToAddress(key.PublicKey)
	deposit := core.QueueItem{Kind: core.QueueDepositETH, From: alice, To: alice, Amount: *uint256.NewInt(1e18)}
	b, p := build(t, c, []core.QueueItem{deposit})
	if err := c.Append(b, p); err != nil {
		t.Fatal(err)
	}
	out := []*Block{b}
	nonce := uint64(0)
	for i := range blocks - 1 {
		txs := []*core.Tx{signedTx(t, key, nonce, common.HexToAddress("0xb0b"), int64(i+1))}
		nonce++
		if i%2 == 1 {
			txs = append(txs, signedTx(t, key, nonce, core.BridgeAddress, 3))
			nonce++
		}
		b, p := build(t, c, nil, txs...)
		if err := c.Append(b, p); err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

func TestRewindRestoresTheStateAndForgetsTheLaterBlocks(t *testing.T) {
	_, c := openFS(t, vfs.NewMem())
	blocks := grow(t, c, 6)
	rewinds := make(chan uint64, 1)
	sub := c.SubscribeRewinds(rewinds)
	defer sub.Unsubscribe()
	droppedCh := make(chan []*Block, 1)
	dsub := c.SubscribeDropped(droppedCh)
	defer dsub.Unsubscribe()

	dropped, err := c.Rewind(2)
	if err != nil {
		t.Fatal(err)
	}
	if len(dropped) != 4 || dropped[0].Header.Number != 3 || dropped[3].Header.Number != 6 {
		t.Fatalf("dropped %d blocks", len(dropped))
	}
	if got := <-rewinds; got != 2 {
		t.Fatalf("rewind event %d", got)
	}
	if got := <-droppedCh; len(got) != 4 || got[0].Hash() != blocks[2].Hash() || got[3].Hash() != blocks[5].Hash() {
		t.Fatalf("dropped event of %d blocks, want blocks 3 to 6", len(got))
	}
	if c.Head().Hash() != blocks[1].Hash() || c.State().Root() != blocks[1].Header.StateRoot {
		t.Fatalf("head %d root %s, want block 2", c.Head().Number, c.State().Root())
	}
	bob, _ := c.State().Account(common.HexToAddress("0xb0b"))
	if bob.Balance.Uint64() != 1 {
		t.Fatalf("bob has %d after the rewind, want 1 (block 2's transfer)", bob.Balance.Uint64())
	}
	for _, b := range dropped {
		if _, err := c.BlockByNumber(b.Header.Number); !errors.Is(err, ErrNotFound) {
			t.Fatalf("block %d still readable by number: %v", b.Header.Number, err)
		}
		if _, err := c.BlockByHash(b.Hash()); !errors.Is(err, ErrNotFound) {
			t.Fatalf("block %d still readable by hash: %v", b.Header.Number, err)
		}
		for _, tx := range b.Txs {
			if _, _, err := c.TxLocation(tx.Hash(cfg.ChainID)); !errors.Is(err, ErrNotFound) {
				t.Fatalf("tx of block %d still indexed: %v", b.Header.Number, err)
			}
		}
	}
	// Nothing to do at or past the head.
	if d, err := c.Rewind(5); err != nil || d != nil {
		t.Fatalf("Rewind past the head = %d blocks, %v", len(d), err)
	}
	// The chain goes on from block 2 with the same transactions: they give
	// the same blocks (same timestamps, same parent).
	for _, b := range dropped {
		nb, p := build(t, c, nil, b.Txs...)
		if err := c.Append(nb, p); err != nil {
			t.Fatal(err)
		}
		if nb.Hash() != b.Hash() {
			t.Fatalf("re-applied block %d differs", b.Header.Number)
		}
	}
	// And back to genesis.
	if _, err := c.Rewind(0); err != nil {
		t.Fatal(err)
	}
	if c.Head().Number != 0 || c.State().Root() != (common.Hash{}) {
		t.Fatalf("after rewinding to genesis: head %d, root %s", c.Head().Number, c.State().Root())
	}
}

func TestRewindWithoutUndoRecordChangesNothing(t *testing.T) {
	pdb, c := openFS(t, vfs.NewMem())
	grow(t, c, 3)
	if err := pdb.Delete(numKey(undoPrefix, 2), pebble.Sync); err != nil {
		t.Fatal(err)
	}
	head := c.Head()
	if _, err := c.Rewind(1); !errors.Is(err, ErrNoUndo) {
		t.Fatalf("Rewind = %v, want ErrNoUndo", err)
	}
	if c.Head() != head || c.State().Root() != head.StateRoot {
		t.Fatal("a refused rewind moved the head or the state")
	}
}

// TestRewindSurvivesAPowerCut cuts the power right after a rewind (synced:
// it is there after the restart) and right after a rewind whose write did
// not reach the disk (the store is as before it): both reopen consistent.
func TestRewindSurvivesAPowerCut(t *testing.T) {
	for _, lost := range []bool{false, true} {
		t.Run(fmt.Sprintf("lost=%v", lost), func(t *testing.T) {
			fs := vfs.NewStrictMem()
			pdb, c := openFS(t, fs)
			blocks := grow(t, c, 5)
			if lost {
				fs.SetIgnoreSyncs(true)
			}
			if _, err := c.Rewind(2); err != nil {
				t.Fatal(err)
			}
			fs.SetIgnoreSyncs(true)
			pdb.Close()
			fs.ResetToSyncedState()
			fs.SetIgnoreSyncs(false)
			pdb, c = openFS(t, fs) // Open checks the state root against the head's
			defer pdb.Close()
			want := blocks[1]
			if lost {
				want = blocks[4]
			}
			if c.Head().Hash() != want.Hash() {
				t.Fatalf("head after the cut %d, want %d", c.Head().Number, want.Header.Number)
			}
		})
	}
}

// TestKilledDuringRewindsReopensConsistent runs a child process that
// appends and rewinds in a loop on a real directory and kills it (SIGKILL)
// at whatever point it has reached after some rounds: the store reopens
// with the state of its head block (chain.Open checks it), every block up to
// the head readable, and nothing above it.
func TestKilledDuringRewindsReopensConsistent(t *testing.T) {
	if dir := os.Getenv("VIADUCT_REWIND_CHILD"); dir != "" {
		rewindForever(t, dir)
		return
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledDuringRewindsReopensConsistent$", "-test.count=1")
	cmd.Env = append(os.Environ(), "VIADUCT_REWIND_CHILD="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	rounds := 0
	for sc.Scan() && rounds < 25 {
		if strings.HasPrefix(sc.Text(), "round ") {
			rounds++
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	if rounds < 25 {
		t.Fatalf("child stopped after %d rounds", rounds)
	}
	pdb, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer pdb.Close()
	c, err := Open(pdb, cfg)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	head := c.Head()
	parent := core.Genesis().Hash()
	for n := uint64(1); n <= head.Number; n++ {
		b, err := c.BlockByNumber(n)
		if err != nil {
			t.Fatalf("block %d of %d: %v", n, head.Number, err)
		}
		if b.Header.ParentHash != parent {
			t.Fatalf("block %d does not link to block %d", n, n-1)
		}
		parent = b.Hash()
	}
	if _, err := c.BlockByNumber(head.Number + 1); !errors.Is(err, ErrNotFound) {
		t.Fatalf("block above the head %d: %v", head.Number, err)
	}
	t.Logf("killed after %d rounds; reopened at block %d", rounds, head.Number)
}

// rewindForever is the child: grow by a few blocks, rewind a few, forever.
func rewindForever(t *testing.T, dir string) {
	pdb, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Open(pdb, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; ; round++ {
		grow(t, c, 4)
		if _, err := c.Rewind(c.Head().Number - 3); err != nil {
			t.Fatal(err)
		}
		fmt.Println("round " + strconv.Itoa(round))
	}
}
