package bench

import (
	"os/exec"
	"syscall"
)

// dieWithParent makes the child stack die with the bench: a bench killed
// by a timeout must not leave a `viaduct dev` holding ports and disk.
func dieWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
