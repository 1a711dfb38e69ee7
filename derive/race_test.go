package derive_test

import "testing"

// skipBlobsUnderRace skips a test that posts blob batches under the race
// detector: computing and checking KZG commitments and proofs there takes
// tens of seconds a blob, past the in-process L1's RPC deadlines (the
// tests failed with "blob base fee: write pipe: i/o timeout"), so it would
// measure the detector. The code they cover runs under it in the tests
// with calldata batches.
func skipBlobsUnderRace(t *testing.T) {
	if raceDetector {
		t.Skip("blob batches under the race detector: KZG there is too slow for the in-process L1")
	}
}
