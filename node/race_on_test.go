//go:build race

package node

// raceDetector is whether the tests run under the race detector.
const raceDetector = true
