package node

import (
	"fmt"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/viaduct-l2/viaduct/batcher"
	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// testDA is how the node tests' batchers post: VIADUCT_TEST_DA=blobs runs
// them on blob batches (deposits, withdrawals, forced requests,
// self-sequencing, reorgs and fraud proofs alike), calldata when unset.
var testDA = func() batcher.DA {
	v := os.Getenv("VIADUCT_TEST_DA")
	if v == "" {
		return batcher.DACalldata
	}
	d, err := batcher.ParseDA(v)
	if err != nil {
		panic(fmt.Sprintf("VIADUCT_TEST_DA: %v", err))
	}
	return d
}()

// inTestDA sets a test's node configuration to post in testDA on l1c:
// the batcher's kind, and, for blobs, the development L1's beacon API
// (served for the test) as every node's blob source.
func inTestDA(t testing.TB, c *Config, l1c *devl1.Chain) {
	t.Helper()
	c.Batch.DA = testDA
	if testDA == batcher.DACalldata {
		return
	}
	beacon := httptest.NewServer(l1c.Beacon())
	t.Cleanup(beacon.Close)
	c.L1Beacon = beacon.URL
}
