package main

import (
	"slices"
	"testing"

	"github.com/urfave/cli/v2"
)

// The blob sources come from the flags, or from the configuration file's
// node section (the archives as a list); a flag wins over the file.
func TestBlobSourceSettings(t *testing.T) {
	run := func(file string, args ...string) (beacon string, archives []string) {
		t.Helper()
		app := &cli.App{Name: "viaduct", Commands: []*cli.Command{{
			Name: "node", Flags: nodeCommand.Flags,
			Action: func(c *cli.Context) error {
				if _, err := readNodeFile(c, c.String(configFileFlag.Name)); err != nil {
					return err
				}
				beacon, archives = c.String("l1-beacon"), c.StringSlice("blob-archive")
				return nil
			},
		}}}
		if err := app.Run(append([]string{"viaduct", "node", "--config", file}, args...)); err != nil {
			t.Fatal(err)
		}
		return beacon, archives
	}
	file := writeFile(t, deployedJSON+`, "node": {"l1-beacon": "http://127.0.0.1:5052",
		"blob-archive": ["http://127.0.0.1:9545", "https://blobs.example"]}}`)
	b, a := run(file)
	if b != "http://127.0.0.1:5052" || !slices.Equal(a, []string{"http://127.0.0.1:9545", "https://blobs.example"}) {
		t.Fatalf("from the file: %q, %q", b, a)
	}
	b, a = run(file, "--l1-beacon", "http://127.0.0.1:6000", "--blob-archive", "http://127.0.0.1:9600", "--blob-archive", "http://127.0.0.1:9601")
	if b != "http://127.0.0.1:6000" || !slices.Equal(a, []string{"http://127.0.0.1:9600", "http://127.0.0.1:9601"}) {
		t.Fatalf("flags over the file: %q, %q", b, a)
	}
}
