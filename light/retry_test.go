package light_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/viaduct-l2/viaduct/light"
)

// TestRetryableIsOnlyNotYet: only the three "not verifiable yet" answers
// are worth asking again; a lie, a failure or no error are not.
func TestRetryableIsOnlyNotYet(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("batch 3: %w", light.ErrNotPosted), true},
		{fmt.Errorf("%w: settled", light.ErrFinalityNotReached), true},
		{fmt.Errorf("%w: head 7", light.ErrNodeBehind), true},
		{fmt.Errorf("%w: block 2", light.ErrWrongBlock), false},
		{light.ErrValueMismatch, false},
		{light.ErrHeaderNotInBatch, false},
		{context.DeadlineExceeded, false},
		{errors.New("connection refused"), false},
		{nil, false},
	} {
		if got := light.Retryable(tc.err); got != tc.want {
			t.Errorf("Retryable(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}
