//go:build !race

package batcher_test

// raceDetector: see race_on_test.go.
const raceDetector = false
