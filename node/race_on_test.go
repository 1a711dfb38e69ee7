//go:build race

package node

// raceDetector is whether the tests run under the race detector, which
// makes the code several times slower: the flood tests then build a
// shorter history and do not judge latency ratios (they would measure the
// detector), while still racing every read against the writer.
const raceDetector = true
