// Package version holds the release version of Viaduct and the version of
// the specification (docs/spec.md) that this build implements.
package version

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// Version is the release version of the viaduct binary.
const Version = "0.1.0-dev"

// SpecVersion is the version of docs/spec.md that the core, the contracts and
// the tests implement. A change to any byte-exact encoding or rule bumps it.
const SpecVersion = "1"

// Info returns a one-line description of this build: release, spec version,
// VCS revision when known, and the Go toolchain.
func Info() string {
	rev := "unknown"
	dirty := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
				if len(rev) > 12 {
					rev = rev[:12]
				}
			case "vcs.modified":
				if s.Value == "true" {
					dirty = "-dirty"
				}
			}
		}
	}
	return fmt.Sprintf("viaduct %s (spec v%s, commit %s%s, %s %s/%s)",
		Version, SpecVersion, rev, dirty, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
