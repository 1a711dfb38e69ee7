package light_test

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/light"
)

// ExampleClient_Balance checks an account on a running `viaduct dev`
// (compiled, not run: it needs the two endpoints). The Rollup address is the
// one `viaduct dev` prints; take it from a source you trust, not from the L2
// node.
func ExampleClient_Balance() {
	ctx := context.Background()
	rollup := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	c, closeAll, err := light.Dial(ctx, "http://127.0.0.1:8545", "http://127.0.0.1:9545", rollup)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer closeAll()
	who := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	acct, err := c.Balance(ctx, who, nil, light.Final)
	if err != nil {
		// errors.Is(err, light.ErrNotPosted), ErrFinalityNotReached or
		// ErrNodeBehind: try again later; any other sentinel names the
		// node's lie.
		fmt.Println(err)
		return
	}
	fmt.Printf("%s holds %s wei at L2 block %d (batch %d, %s at L1 block %d)\n",
		acct.Address, acct.Balance, acct.Block, acct.Batch, acct.Finality, acct.L1Block)
}
