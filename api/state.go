package api

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/state"
)

// stateReader is what the eth_ state reads need of a block's state.
type stateReader interface {
	Account(addr common.Address) (state.Account, error)
	TokenBalance(owner, token common.Address) (uint256.Int, error)
}

// proverReader reads a past block's state through its prover (the proofs
// are made and dropped: the values are what is asked).
type proverReader struct{ p state.Prover }

func (r proverReader) Account(addr common.Address) (state.Account, error) {
	a, _, err := r.p.AccountProof(addr)
	return a, err
}

func (r proverReader) TokenBalance(owner, token common.Address) (uint256.Int, error) {
	b, _, err := r.p.TokenProof(owner, token)
	return b, err
}

// errRewound: the block a hash named was taken back while its state was
// read.
var errRewound = errors.New("the block was taken back by a rewind while its state was read")

// withState calls fn with the state after the block ref names: the head's
// (latest, pending, or the head's number or hash) as it is, or an earlier
// block's from the chain's state history (chain.ReadAt: the views at the
// safe, finalized and settled blocks with the records of the blocks
// between laid over them, down to chain.Options.KeepBelow blocks below the
// settled one), which is charged as a proof is. pending
// reports whether the caller asked for pending. A block older than the
// history kept is refused with ErrHistoricalState; one the chain does not
// hold with ErrUnknownBlock.
func (b *Backend) withState(ctx context.Context, method string, ref rpc.BlockNumberOrHash, fn func(st stateReader, pending bool) error) error {
	head := b.Chain.Head()
	var n uint64
	hash, byHash := ref.Hash()
	if byHash {
		if hash == head.Hash() {
			return fn(b.Chain.State(), false)
		}
		hdr, err := b.Chain.BlockByHash(hash)
		if errors.Is(err, chain.ErrNotFound) {
			return fmt.Errorf("%w: %s", ErrUnknownBlock, hash)
		}
		if err != nil {
			return err
		}
		n = hdr.Header.Number
	} else {
		num, ok := ref.Number()
		if !ok {
			num = rpc.LatestBlockNumber
		}
		switch num {
		case rpc.PendingBlockNumber:
			return fn(b.headState(), true)
		case rpc.LatestBlockNumber:
			// Not resolved again: a block appended since head was read
			// would make "latest" look historical. With the
			// pre-confirmations (headState).
			return fn(b.headState(), false)
		}
		if num >= 0 && uint64(num) > head.Number {
			return fmt.Errorf("%w: %d (the head is %d)", ErrUnknownBlock, num, head.Number)
		}
		n = b.resolve(num)
	}
	if n < head.Number {
		// Laying records over a view costs what a historical proof does.
		done, err := b.guard.begin(ctx, classProofs, method, costProof)
		if err != nil {
			return err
		}
		defer done()
	}
	err := b.Chain.ReadAt(ctx, n, func(p state.Prover, h *core.Header) error {
		if byHash && h.Hash() != hash {
			return errRewound
		}
		return fn(proverReader{p}, false)
	})
	switch {
	case errors.Is(err, chain.ErrTooOld):
		return fmt.Errorf("%w: block %d is older than the state this node keeps (blocks %d to the head)", ErrHistoricalState, n, b.Chain.StateFrom())
	case errors.Is(err, chain.ErrNotFound) || errors.Is(err, errRewound):
		return fmt.Errorf("%w: %d", ErrUnknownBlock, n)
	}
	return err
}

// atHead reports whether ref names the head block (or pending).
func (b *Backend) atHead(ref rpc.BlockNumberOrHash) bool {
	head := b.Chain.Head()
	if h, ok := ref.Hash(); ok {
		return h == head.Hash()
	}
	n, ok := ref.Number()
	return !ok || n == rpc.LatestBlockNumber || n == rpc.PendingBlockNumber || b.resolve(n) == head.Number
}

// storageValue is what eth_getStorageAt answers: 32 zero bytes, as
// Ethereum answers for a slot never written.
var storageValue = hexutil.Bytes(make([]byte, 32))

// GetStorageAt is eth_getStorageAt: zero at every address and slot of a
// block the chain holds. Viaduct keeps no contract storage: a bridged
// token's balances are its balanceOf answers (eth_call) and are proven
// by viaduct_getProof; laying them out as the L1 token's storage would
// invent a layout that token may not have.
func (api *EthAPI) GetStorageAt(addr common.Address, slot string, ref *rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	if err := checkSlot(slot); err != nil {
		return nil, fmt.Errorf("unable to decode storage key: %w", err)
	}
	if ref == nil {
		latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
		ref = &latest
	}
	blk, err := api.b.blockByRef(*ref)
	if err != nil {
		return nil, err
	}
	if blk == nil {
		return nil, ErrUnknownBlock
	}
	return storageValue, nil
}

// checkSlot checks a storage key as go-ethereum reads one: hex, 0x
// optional, leading zeros optional, at most 32 bytes.
func checkSlot(s string) error {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	if len(s)%2 == 1 {
		s = "0" + s
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return errors.New("hex string invalid")
	}
	if len(b) > 32 {
		return errors.New("hex string too long, want at most 32 bytes")
	}
	return nil
}

// ErrNoEthProof is eth_getProof's answer: Viaduct's state tree is not
// Ethereum's Merkle-Patricia trie, so an answer in eth_getProof's shape
// could not be checked by anyone; viaduct_getProof proves the same
// account against the block's state root.
var ErrNoEthProof = &methodError{
	msg: "eth_getProof is not available: Viaduct's state is not a Merkle-Patricia trie, so no proof in that shape would verify; " +
		"call viaduct_getProof(address, [tokens], block) for the nonce, balance and token balances with proofs against the block's stateRoot",
	code: -32601,
}

// methodError is an error with its own JSON-RPC code.
type methodError struct {
	msg  string
	code int
}

func (e *methodError) Error() string  { return e.msg }
func (e *methodError) ErrorCode() int { return e.code }

// GetProof is eth_getProof: refused with ErrNoEthProof.
func (api *EthAPI) GetProof(addr common.Address, keys []string, ref rpc.BlockNumberOrHash) (any, error) {
	return nil, ErrNoEthProof
}

// AccessListResult is eth_createAccessList's answer.
type AccessListResult struct {
	AccessList types.AccessList `json:"accessList"`
	GasUsed    hexutil.Uint64   `json:"gasUsed"`
}

// CreateAccessList is eth_createAccessList: an empty list (a transfer
// touches no contract storage) and the gas eth_estimateGas gives.
func (api *EthAPI) CreateAccessList(args CallArgs, ref *rpc.BlockNumberOrHash) (*AccessListResult, error) {
	gas, err := api.EstimateGas(args, ref)
	if err != nil {
		return nil, err
	}
	return &AccessListResult{AccessList: types.AccessList{}, GasUsed: gas}, nil
}
