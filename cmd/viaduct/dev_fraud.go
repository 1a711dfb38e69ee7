package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/internal/devl1"
)

// The --misbehave demo tells its story after the banner: for each fraud
// proof the Rollup records on L1, which block was wrong and why, who
// proved it and what that earned, and where the chain went on from. It is
// read from the Rollup's own events (FraudProven, and the BatchSubmitted
// of the batch proven wrong), not from the nodes' logs.

// fraudNames are FraudVerifier.Fraud's values, in its order
// (contracts/src/FraudVerifier.sol), said as what is wrong with the block.
var fraudNames = []string{
	"no fraud",
	"its tx data does not decode",
	"it holds more transactions than a block may",
	"a transaction in it breaks a rule",
	"its fee credit overflows",
	"its withdrawals root is wrong",
	"its state root is wrong",
	"its tx data is not in the blobs its batch posted",
}

// ruleNames are FraudVerifier.Rule's values, in its order, as the rule's
// error (docs/spec.md sections 5.3 and 5.4).
var ruleNames = []string{
	"", "the bridge address is not a token", "amount must be positive", "transaction gas limit too high",
	"intrinsic gas too low", "max priority fee per gas higher than max fee per gas", "max fee per gas less than block base fee",
	"invalid sender", "nonce too low", "nonce too high", "nonce has max value", "insufficient funds for gas * price + value",
	"insufficient token balance for transfer", "recipient balance would exceed 2^256-1",
}

// fraudStory is one fraud proof as the Rollup recorded it.
type fraudStory struct {
	proven     *bindings.RollupFraudProven
	firstBlock uint64 // the first block of the batch proven wrong (0: unknown)
}

func (f *fraudStory) print(w io.Writer) {
	p := f.proven
	why := fmt.Sprintf("fraud %d", p.Fraud)
	if int(p.Fraud) < len(fraudNames) {
		why = fraudNames[p.Fraud]
	}
	if p.Rule != 0 && int(p.Rule) < len(ruleNames) {
		why = fmt.Sprintf("transaction %s in it breaks the rule '%s'", p.TxIndex, ruleNames[p.Rule])
	}
	fmt.Fprintf(w, "Fraud proven on L1 (tx %s, L1 block %d):\n", p.Raw.TxHash, p.Raw.BlockNumber)
	fmt.Fprintf(w, "  wrong block  L2 block %d of batch %s, posted by the sequencer (dev account %d): %s\n", p.BlockNumber, p.BatchIndex, devBatcherAccount, why)
	fmt.Fprintf(w, "  proven by    %s%s\n", p.Challenger, devAccountNote(p.Challenger))
	fmt.Fprintf(w, "  earned       %s of the sequencer's bond (%s more burned)\n", ethAsset.format(p.Reward), ethAsset.format(p.Burned))
	if f.firstBlock > 0 {
		fmt.Fprintf(w, "  resumed      batch %s and every later one reverted on L1; the nodes went back to L2 block %d, the last good one, and the chain goes on from there\n\n", p.BatchIndex, f.firstBlock-1)
	} else {
		fmt.Fprintf(w, "  resumed      batch %s and every later one reverted on L1; the nodes went back to the block before it, and the chain goes on from there\n\n", p.BatchIndex)
	}
}

// devAccountNote names the dev account that addr is, if it is one.
func devAccountNote(addr common.Address) string {
	for i := range devl1.DevKeys {
		if crypto.PubkeyToAddress(devl1.DevKey(i).PublicKey) == addr {
			if i == devChallengerAccount {
				return fmt.Sprintf(" (the verifier's challenger, dev account %d)", i)
			}
			return fmt.Sprintf(" (dev account %d)", i)
		}
	}
	return ""
}

// watchFraud prints, once `after` is closed (the banner is out), the story
// of each fraud proof the Rollup at rollup records from L1 block `from`
// on, until ctx ends.
func watchFraud(ctx context.Context, l1 ethereum.LogFilterer, rollup common.Address, from uint64, w io.Writer, after <-chan struct{}) {
	r := bindings.NewRollup()
	a := r.GetABI()
	proven, submitted := a.Events["FraudProven"].ID, a.Events["BatchSubmitted"].ID
	seen := map[common.Hash]bool{}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		logs, err := l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{rollup}, Topics: [][]common.Hash{{proven}}})
		if err == nil {
			for i := range logs {
				lg := &logs[i]
				key := crypto.Keccak256Hash(lg.TxHash[:], new(big.Int).SetUint64(uint64(lg.Index)).Bytes())
				if seen[key] || lg.Removed {
					continue
				}
				ev, err := r.UnpackFraudProvenEvent(lg)
				if err != nil {
					continue
				}
				seen[key] = true
				story := &fraudStory{proven: ev, firstBlock: batchFirstBlock(ctx, l1, r, rollup, submitted, ev.BatchIndex, from, lg)}
				select {
				case <-after:
				case <-ctx.Done():
					return
				}
				story.print(w)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// batchFirstBlock is the first L2 block of batch b as its latest
// BatchSubmitted before the fraud proof `at` says (a reverted batch's
// index is used again by the batch posted in its place); 0 if not found.
func batchFirstBlock(ctx context.Context, l1 ethereum.LogFilterer, r *bindings.Rollup, rollup common.Address, submitted common.Hash, b *big.Int, from uint64, at *types.Log) uint64 {
	logs, err := l1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(at.BlockNumber),
		Addresses: []common.Address{rollup}, Topics: [][]common.Hash{{submitted}, {common.BigToHash(b)}},
	})
	if err != nil {
		return 0
	}
	var first uint64
	for i := range logs {
		if logs[i].BlockNumber == at.BlockNumber && logs[i].Index > at.Index {
			continue
		}
		if ev, err := r.UnpackBatchSubmittedEvent(&logs[i]); err == nil {
			first = ev.FirstBlock
		}
	}
	return first
}
