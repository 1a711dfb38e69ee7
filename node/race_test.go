package node

import "testing"

// skipFloodUnderRace skips the flood tests with -short, and under the race
// detector: they build a history of thousands of blocks, which takes longer
// than their deadlines there, and judge latency ratios, which would measure
// the detector. The reads they flood run under it in the history and API
// tests.
func skipFloodUnderRace(t *testing.T) {
	switch {
	case testing.Short():
		t.Skip("builds a history of thousands of blocks")
	case raceDetector:
		t.Skip("builds a history of thousands of blocks and judges latency ratios: not under the race detector")
	}
}

// skipBlobsUnderRace skips a test that posts blob batches under the race
// detector: computing and checking KZG commitments and proofs there takes
// tens of seconds a blob, past the in-process L1's RPC deadlines.
func skipBlobsUnderRace(t *testing.T) {
	if raceDetector {
		t.Skip("blob batches under the race detector: KZG there is too slow for the in-process L1")
	}
}
