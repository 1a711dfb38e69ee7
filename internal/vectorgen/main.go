// Command vectorgen writes Viaduct's JSON test vectors (docs/spec.md,
// section 13) into a directory: `go run ./internal/vectorgen -out testdata/vectors`.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/viaduct-l2/viaduct/internal/vectors"
)

func main() {
	out := flag.String("out", "testdata/vectors", "directory to write the vector files into")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "vectorgen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	files, err := vectors.Generate()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, name := range vectors.Files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			return err
		}
		fmt.Printf("wrote %s (%d bytes)\n", p, len(files[name]))
	}
	return nil
}
