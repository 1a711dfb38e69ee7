package api

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/chain"
)

// blockByRef returns the block a number, tag or hash names, or nil (not an
// error) for one the chain does not hold: the methods below answer null
// for it, as go-ethereum does.
func (b *Backend) blockByRef(ref rpc.BlockNumberOrHash) (*chain.Block, error) {
	var blk *chain.Block
	var err error
	if h, ok := ref.Hash(); ok {
		blk, err = b.Chain.BlockByHash(h)
	} else {
		n, ok := ref.Number()
		if !ok {
			n = rpc.LatestBlockNumber
		}
		blk, err = b.Chain.BlockByNumber(b.resolve(n))
	}
	if errors.Is(err, chain.ErrNotFound) {
		return nil, nil
	}
	return blk, err
}

// GetBlockReceipts is eth_getBlockReceipts: the receipts of every
// transaction of a block, in order; null for a block the chain does not
// hold. A block number that the open block (or the block being stored)
// has, as a pre-confirmed receipt names it, is sealed first, as
// eth_getBlockByNumber does: the answer is the sealed block's, with its
// hash. It reads the whole block, so it is charged as one with its
// transactions.
func (api *EthAPI) GetBlockReceipts(ctx context.Context, ref rpc.BlockNumberOrHash) ([]map[string]any, error) {
	done, err := api.b.guard.begin(ctx, classBlocks, "eth_getBlockReceipts", costFullBlock)
	if err != nil {
		return nil, err
	}
	defer done()
	if n, ok := ref.Number(); ok && n >= 0 {
		api.b.sealThrough(ctx, uint64(n))
	}
	blk, err := api.b.blockByRef(ref)
	if blk == nil || err != nil {
		return nil, err
	}
	out := make([]map[string]any, len(blk.Txs))
	var cumulative uint64
	var logIndex uint
	for i := range blk.Txs {
		out[i] = api.b.receiptJSONAt(blk, i, cumulative, logIndex)
		cumulative += blk.Receipts[i].GasUsed
		if blk.Txs[i].Token {
			logIndex++
		}
	}
	return out, nil
}

// txCount is a block's transaction count, or null for an unknown block.
func txCount(blk *chain.Block, err error) (*hexutil.Uint, error) {
	if errors.Is(err, chain.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	n := hexutil.Uint(len(blk.Txs))
	return &n, nil
}

// GetBlockTransactionCountByNumber is eth_getBlockTransactionCountByNumber.
// The open block's number is sealed first, as eth_getBlockReceipts does.
func (api *EthAPI) GetBlockTransactionCountByNumber(ctx context.Context, n rpc.BlockNumber) (*hexutil.Uint, error) {
	if n >= 0 {
		api.b.sealThrough(ctx, uint64(n))
	}
	return txCount(api.b.Chain.BlockByNumber(api.b.resolve(n)))
}

// GetBlockTransactionCountByHash is eth_getBlockTransactionCountByHash.
func (api *EthAPI) GetBlockTransactionCountByHash(h common.Hash) (*hexutil.Uint, error) {
	return txCount(api.b.Chain.BlockByHash(h))
}

// txByIndex is transaction i of a block, or null for an unknown block or
// an index past its transactions.
func (b *Backend) txByIndex(blk *chain.Block, err error, i hexutil.Uint) (map[string]any, error) {
	if errors.Is(err, chain.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if int(i) >= len(blk.Txs) {
		return nil, nil
	}
	return b.blockTxJSON(blk, int(i))
}

// GetTransactionByBlockNumberAndIndex is
// eth_getTransactionByBlockNumberAndIndex.
func (api *EthAPI) GetTransactionByBlockNumberAndIndex(ctx context.Context, n rpc.BlockNumber, i hexutil.Uint) (map[string]any, error) {
	if n >= 0 {
		api.b.sealThrough(ctx, uint64(n))
	}
	blk, err := api.b.Chain.BlockByNumber(api.b.resolve(n))
	return api.b.txByIndex(blk, err, i)
}

// GetTransactionByBlockHashAndIndex is
// eth_getTransactionByBlockHashAndIndex.
func (api *EthAPI) GetTransactionByBlockHashAndIndex(h common.Hash, i hexutil.Uint) (map[string]any, error) {
	blk, err := api.b.Chain.BlockByHash(h)
	return api.b.txByIndex(blk, err, i)
}

// noUncles is zero for a block the chain holds (a rollup's blocks have no
// uncles), null for another.
func noUncles(err error) (*hexutil.Uint, error) {
	if errors.Is(err, chain.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	n := hexutil.Uint(0)
	return &n, nil
}

// GetUncleCountByBlockNumber is eth_getUncleCountByBlockNumber: zero.
func (api *EthAPI) GetUncleCountByBlockNumber(n rpc.BlockNumber) (*hexutil.Uint, error) {
	_, err := api.b.Chain.HeaderByNumber(api.b.resolve(n))
	return noUncles(err)
}

// GetUncleCountByBlockHash is eth_getUncleCountByBlockHash: zero.
func (api *EthAPI) GetUncleCountByBlockHash(h common.Hash) (*hexutil.Uint, error) {
	_, err := api.b.Chain.BlockByHash(h)
	return noUncles(err)
}
