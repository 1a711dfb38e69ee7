package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// handWritten matches an ABI method id written by hand: a 4-byte hex
// string ("0x095ea7b3"), four byte literals in a row ({0xa9, 0x05, 0x9c,
// 0xbb}), or a selector hashed from a signature written out
// (Keccak256([]byte("approve(address,uint256)"))).
var handWritten = regexp.MustCompile(`"0x[0-9a-fA-F]{8}"|0x[0-9a-fA-F]{2}, 0x[0-9a-fA-F]{2}, 0x[0-9a-fA-F]{2}, 0x[0-9a-fA-F]{2}\b|Keccak256\(\[\]byte\("[A-Za-z_][A-Za-z0-9_]*\(`)

// TestNoHandWrittenSelectors: the command line, the wallet, the channel
// code, the bench and the light client call contracts only through the
// generated bindings (contracts/bindings, testbindings), whose method ids
// come from the ABI the Solidity compiler wrote.
func TestNoHandWrittenSelectors(t *testing.T) {
	for _, dir := range []string{".", "../../wallet", "../../channel", "../../bench", "../../light"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		if len(files) == 0 {
			t.Fatalf("no Go files in %s", dir)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for i, line := range strings.Split(string(src), "\n") {
				if m := handWritten.FindString(line); m != "" {
					t.Errorf("%s:%d: a hand-written ABI selector (%s); pack the call with the bindings", f, i+1, m)
				}
			}
		}
	}
}
