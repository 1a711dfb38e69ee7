//go:build !race

package node

// raceDetector: see race_on_test.go.
const raceDetector = false
