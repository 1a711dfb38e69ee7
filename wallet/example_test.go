package wallet_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/wallet"
)

// Example deposits 1 ETH on a running `viaduct dev`, sends some of it to
// another account on L2, withdraws the rest and pays the withdrawal out on
// L1 once its challenge window is over (compiled, not run: it needs the
// two endpoints). Pin the Rollup (Config.Rollup) from a source you trust to
// trust the L2 node for nothing.
func Example() {
	ctx := context.Background()
	w, err := wallet.Dial(ctx, "http://127.0.0.1:8545", "http://127.0.0.1:9545", wallet.Config{
		Key:      devl1.DevKey(2),
		Rollup:   common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
		Progress: func(msg string) { fmt.Println(msg) },
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer w.Close()
	ether := big.NewInt(1e18)
	q, err := w.Deposit(ctx, w.Address(), common.Address{}, ether)
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := w.WaitApplied(ctx, q.Index); err != nil {
		fmt.Println(err)
		return
	}
	quarter := new(big.Int).Div(ether, big.NewInt(4))
	if _, err := w.Transfer(ctx, common.HexToAddress("0xb0b"), common.Address{}, quarter); err != nil {
		fmt.Println(err)
		return
	}
	r, err := w.Withdraw(ctx, common.Address{}, quarter)
	if err != nil {
		fmt.Println(err)
		return
	}
	// The first withdrawal of the block, if the key made no other.
	f, err := w.Finalize(ctx, r.BlockNumber.Uint64(), 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("paid %s wei to %s on L1\n", f.Withdrawal.Amount, f.Withdrawal.Recipient)
}
