//go:build !linux

package bench

import "os/exec"

// dieWithParent has no portable equivalent of Linux's parent-death signal;
// elsewhere the bench stops its child itself.
func dieWithParent(*exec.Cmd) {}
