package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestResetDevDirRefusesAForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	precious := filepath.Join(dir, "precious.txt")
	if err := os.WriteFile(precious, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := resetDevDir(dir); err == nil || !strings.Contains(err.Error(), "refusing") {
		t.Fatalf("resetDevDir of a foreign directory = %v", err)
	}
	if _, err := os.Stat(precious); err != nil {
		t.Fatal("the foreign file is gone")
	}

	own := filepath.Join(t.TempDir(), "dev")
	if err := resetDevDir(own); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(own, "l2")
	if err := os.Mkdir(stale, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := resetDevDir(own); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Fatal("the previous run's data survived the reset")
	}
}

// TestDevRefusesABadStateCacheDepth: viaduct dev refuses a state cache
// depth the tree cannot hold before it starts anything.
func TestDevRefusesABadStateCacheDepth(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dev")
	err := newApp().Run([]string{"viaduct", "dev", "--datadir", dir, "--state-cache-depth", "65"})
	if err == nil || !strings.Contains(err.Error(), "--state-cache-depth 65: between 0 and 64") {
		t.Fatalf("viaduct dev --state-cache-depth 65: %v", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatal("it made the data directory")
	}
}
