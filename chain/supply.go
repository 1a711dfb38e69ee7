package chain

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// A token's L2 supply is the sum of its L2 balances. The state tree does not
// hold it (it is not part of the spec's state), so the chain keeps it beside
// the blocks: every block adds what its deposits credited and takes off what
// its withdrawals (forced ones included) took out, in the batch that stores
// the block, and a rewind applies the dropped blocks' changes backwards. It
// answers the ERC-20 totalSupply of a bridged token.

func supplyKeyOf(token common.Address) []byte {
	return append(append([]byte(nil), supplyKey...), token[:]...)
}

// supplyDelta is what block b moves each token's supply by, times sign (1
// to apply the block, -1 to take it back).
func supplyDelta(b *Block, sign int64) map[common.Address]*big.Int {
	d := map[common.Address]*big.Int{}
	add := func(tok common.Address, amt *uint256.Int, s int64) {
		if d[tok] == nil {
			d[tok] = new(big.Int)
		}
		v := amt.ToBig()
		if s < 0 {
			v.Neg(v)
		}
		d[tok].Add(d[tok], v)
	}
	for tok, amt := range b.Minted {
		add(tok, &amt, sign)
	}
	for i := range b.Withdrawals {
		if w := &b.Withdrawals[i]; w.Token != (common.Address{}) {
			add(w.Token, &w.Amount, -sign)
		}
	}
	return d
}

// stageSupply adds delta to the stored supplies in batch. Supplies are
// stored as unbounded integers, so that a sum of balances beyond 2^256 (a
// hostile L1 token can make one) still comes back down exactly.
func (c *Chain) stageSupply(batch *pebble.Batch, delta map[common.Address]*big.Int) error {
	for tok, d := range delta {
		if d.Sign() == 0 {
			continue
		}
		cur, err := c.supply(tok)
		if err != nil {
			return err
		}
		cur.Add(cur, d)
		if cur.Sign() < 0 {
			return fmt.Errorf("%w: the L2 supply of token %s would become %s", errSupply, tok, cur)
		}
		if err := batch.Set(supplyKeyOf(tok), cur.Bytes(), nil); err != nil {
			return fmt.Errorf("chain: stage supply of %s: %w", tok, err)
		}
	}
	return nil
}

// errSupply reports supply records that disagree with the blocks.
var errSupply = errors.New("chain: corrupt token supply")

func (c *Chain) supply(tok common.Address) (*big.Int, error) {
	v, err := c.get(supplyKeyOf(tok))
	if errors.Is(err, ErrNotFound) {
		return new(big.Int), nil
	}
	if err != nil {
		return nil, fmt.Errorf("chain: supply of %s: %w", tok, err)
	}
	return new(big.Int).SetBytes(v), nil
}

// TokenSupply returns the sum of every L2 balance of token after the head
// block, capped at 2^256-1 (as an ERC-20 totalSupply must be).
func (c *Chain) TokenSupply(token common.Address) (uint256.Int, error) {
	// One key, read without the writer's lock: the batch that stores a
	// block changes it, so it is always some block's supply.
	s, err := c.supply(token)
	if err != nil {
		return uint256.Int{}, err
	}
	var out uint256.Int
	if out.SetFromBig(s) {
		out.SetAllOne()
	}
	return out, nil
}
