//go:build !race

package derive_test

// raceDetector: see race_on_test.go.
const raceDetector = false
