// Package api is the node's JSON-RPC interface: the part of Ethereum's eth
// API that wallets and libraries use (MetaMask, ethers, viem, cast,
// go-ethereum's ethclient), answering as a real Ethereum node would, plus
// net_, web3_ and a viaduct_ namespace for what only a rollup has (its
// configuration, the confirmation level of a block, state and withdrawal
// proofs). It is served with go-ethereum's rpc package over HTTP and
// WebSocket on a loopback address, with JSON-RPC batches and limits on
// request size, batch size and time.
//
// State reads (balance, nonce, eth_call's balanceOf) are answered at the
// head and at every earlier block whose records the chain keeps (state.go);
// older blocks are refused with ErrHistoricalState. Filters (filters.go)
// are polled as go-ethereum's are. Methods not listed here answer
// go-ethereum's "method not found" error.
package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/l1"
	"github.com/viaduct-l2/viaduct/mempool"
)

// Errors callers and clients branch on.
var (
	// ErrHistoricalState is returned for state reads at a block older than
	// the state history the node keeps.
	ErrHistoricalState = errors.New("historical state is not available")
	// ErrNoMempool is returned by eth_sendRawTransaction on a verifier.
	ErrNoMempool = errors.New("this node does not accept transactions (verifier role); send them to the sequencer")
	// ErrReverted is what eth_call answers for a call an L2 account cannot
	// serve: there is no EVM on Viaduct, only ETH and bridged ERC-20s.
	ErrReverted = errors.New("execution reverted")
	// ErrUnknownBlock is returned for a block the chain does not hold.
	ErrUnknownBlock = errors.New("unknown block")
)

// BlockGasLimit is the gas limit blocks report. Viaduct blocks are limited
// by transaction count and tx-data size, not gas (docs/spec.md section 12);
// the figure is one that any transaction's gas limit fits under.
const BlockGasLimit = 30_000_000

// SuggestedTip is the priority fee the node suggests (0.001 gwei). The base
// fee is constant and pays for the L1 data; the tip only orders the mempool.
var SuggestedTip = big.NewInt(1_000_000)

// Tokens gives the metadata of bridged tokens (from the node's view of L1).
type Tokens interface {
	Token(addr common.Address) (l1.Token, bool)
}

// Status gives the L2 block numbers that are safe (posted in an L1 block)
// and finalized (posted in a finalized L1 block).
type Status interface {
	SafeBlock() uint64
	FinalizedBlock() uint64
}

// Backend is what the API serves from.
type Backend struct {
	Chain *chain.Chain
	Pool  *mempool.Pool // nil on a verifier
	// Admit, if set, is asked before a transaction enters the pool; its
	// error refuses it (the sequencer's backpressure while L1 posting
	// lags, node.Config.MaxUnposted).
	Admit         func() error
	Tokens        Tokens
	Status        Status
	RollupConfig  any // what viaduct_rollupConfig answers
	ClientVersion string
	// L1, if set, is the node's view of the Rollup on L1: the batch that
	// holds a block, for withdrawal and block proofs.
	L1 L1View
	// Costs bound what the expensive calls may cost (zero fields:
	// DefaultCosts's).
	Costs Costs
	// Pending, if set, gives the sequencer's pre-confirmed transactions
	// (preconf.go); SyncTimeout is eth_sendRawTransactionSync's default and
	// longest wait (0: DefaultSyncTimeout).
	Pending     PendingSource
	SyncTimeout time.Duration
	adm         admissions // prefetch.go

	guard   *guard        // made by NewServer from Costs
	filters *filterSystem // made by NewServer
	// txFeed sends each transaction the pool took through this server
	// (*pendingTx): newPendingTransactions and pending filters.
	txFeed event.Feed
}

// L1View gives the node's latest view of the Rollup (l1.Follower).
type L1View interface {
	Snapshot() *l1.Snapshot
}

// NewServer returns an rpc.Server with the eth, net, web3 and viaduct
// namespaces registered.
func NewServer(b *Backend) (*rpc.Server, error) {
	b.guard = newGuard(b.Costs)
	b.filters = newFilterSystem(b)
	srv := rpc.NewServer()
	for name, api := range map[string]any{
		"eth": &EthAPI{b}, "net": &NetAPI{b}, "web3": &Web3API{b}, "viaduct": &ViaductAPI{b},
	} {
		if err := srv.RegisterName(name, api); err != nil {
			return nil, fmt.Errorf("api: register %s: %w", name, err)
		}
	}
	return srv, nil
}

// EthAPI is the eth_ namespace.
type EthAPI struct{ b *Backend }

func (b *Backend) cfg() *core.Config { return b.Chain.Config() }

// resolve turns a block tag or number into a block number.
func (b *Backend) resolve(n rpc.BlockNumber) uint64 {
	head := b.Chain.Head().Number
	switch n {
	case rpc.LatestBlockNumber, rpc.PendingBlockNumber:
		return head
	case rpc.EarliestBlockNumber:
		return 0
	case rpc.SafeBlockNumber:
		if b.Status == nil {
			return 0
		}
		return min(b.Status.SafeBlock(), head)
	case rpc.FinalizedBlockNumber:
		if b.Status == nil {
			return 0
		}
		return min(b.Status.FinalizedBlock(), head)
	}
	return uint64(n.Int64())
}

// ChainId is eth_chainId.
func (api *EthAPI) ChainId() hexutil.Uint64 { return hexutil.Uint64(api.b.cfg().ChainID) }

// Syncing is eth_syncing: a node serves its own chain, never catching up
// from peers.
func (api *EthAPI) Syncing() bool { return false }

// Accounts is eth_accounts: the node holds no keys.
func (api *EthAPI) Accounts() []common.Address { return []common.Address{} }

// BlockNumber is eth_blockNumber.
func (api *EthAPI) BlockNumber() hexutil.Uint64 { return hexutil.Uint64(api.b.Chain.Head().Number) }

// GetBalance is eth_getBalance, at the head or a block of the state
// history (withState).
func (api *EthAPI) GetBalance(ctx context.Context, addr common.Address, ref rpc.BlockNumberOrHash) (*hexutil.Big, error) {
	var bal *hexutil.Big
	err := api.b.withState(ctx, "eth_getBalance", ref, func(st stateReader, _ bool) error {
		a, err := st.Account(addr)
		bal = (*hexutil.Big)(a.Balance.ToBig())
		return err
	})
	if err != nil {
		return nil, err
	}
	return bal, nil
}

// GetTransactionCount is eth_getTransactionCount; "pending" counts the
// sender's pooled transactions that follow its nonce without a gap.
func (api *EthAPI) GetTransactionCount(ctx context.Context, addr common.Address, ref rpc.BlockNumberOrHash) (hexutil.Uint64, error) {
	var nonce uint64
	err := api.b.withState(ctx, "eth_getTransactionCount", ref, func(st stateReader, pending bool) error {
		if pending && api.b.Pool != nil {
			n, err := api.b.Pool.PendingNonce(addr)
			nonce = n
			return err
		}
		a, err := st.Account(addr)
		nonce = a.Nonce
		return err
	})
	return hexutil.Uint64(nonce), err
}

// GasPrice is eth_gasPrice: the base fee plus the suggested tip.
func (api *EthAPI) GasPrice() *hexutil.Big {
	p := new(big.Int).Add(api.b.cfg().BaseFee.ToBig(), SuggestedTip)
	return (*hexutil.Big)(p)
}

// MaxPriorityFeePerGas is eth_maxPriorityFeePerGas.
func (api *EthAPI) MaxPriorityFeePerGas() *hexutil.Big {
	return (*hexutil.Big)(new(big.Int).Set(SuggestedTip))
}

// FeeHistoryResult is eth_feeHistory's answer.
type FeeHistoryResult struct {
	OldestBlock  *hexutil.Big     `json:"oldestBlock"`
	Reward       [][]*hexutil.Big `json:"reward,omitempty"`
	BaseFee      []*hexutil.Big   `json:"baseFeePerGas,omitempty"`
	GasUsedRatio []float64        `json:"gasUsedRatio"`
}

// maxFeeHistory bounds eth_feeHistory's block count, as go-ethereum does.
const maxFeeHistory = 1024

// FeeHistory is eth_feeHistory. The base fee is constant; rewards are each
// block's tips at the given percentiles of its transactions (by count).
func (api *EthAPI) FeeHistory(ctx context.Context, count math.HexOrDecimal64, last rpc.BlockNumber, percentiles []float64) (*FeeHistoryResult, error) {
	for i, p := range percentiles {
		if p < 0 || p > 100 || (i > 0 && p < percentiles[i-1]) {
			return nil, fmt.Errorf("invalid reward percentile: %f", p)
		}
	}
	n := uint64(count)
	if n == 0 {
		return &FeeHistoryResult{OldestBlock: (*hexutil.Big)(new(big.Int)), GasUsedRatio: []float64{}}, nil
	}
	n = min(n, maxFeeHistory)
	done, err := api.b.guard.begin(ctx, classBlocks, "eth_feeHistory", costFeeHistory+int(n/16))
	if err != nil {
		return nil, err
	}
	defer done()
	lastN := api.b.resolve(last)
	if lastN > api.b.Chain.Head().Number {
		return nil, fmt.Errorf("request beyond head block: requested %d, head %d", lastN, api.b.Chain.Head().Number)
	}
	n = min(n, lastN+1)
	oldest := lastN + 1 - n
	base := api.b.cfg().BaseFee.ToBig()
	res := &FeeHistoryResult{OldestBlock: (*hexutil.Big)(new(big.Int).SetUint64(oldest))}
	for num := oldest; num <= lastN; num++ {
		blk, err := api.b.Chain.BlockByNumber(num)
		if err != nil {
			return nil, err
		}
		res.BaseFee = append(res.BaseFee, (*hexutil.Big)(base))
		var used uint64
		tips := make([]*big.Int, len(blk.Receipts))
		for i, r := range blk.Receipts {
			used += r.GasUsed
			tips[i] = new(big.Int).Sub(r.EffectiveGasPrice.ToBig(), base)
		}
		res.GasUsedRatio = append(res.GasUsedRatio, float64(used)/BlockGasLimit)
		if len(percentiles) > 0 {
			slices.SortFunc(tips, (*big.Int).Cmp)
			row := make([]*hexutil.Big, len(percentiles))
			for i, p := range percentiles {
				r := new(big.Int)
				if len(tips) > 0 {
					idx := min(int(p/100*float64(len(tips))), len(tips)-1)
					r = tips[idx]
				}
				row[i] = (*hexutil.Big)(r)
			}
			res.Reward = append(res.Reward, row)
		}
	}
	res.BaseFee = append(res.BaseFee, (*hexutil.Big)(base))
	return res, nil
}

// CallArgs are the fields of eth_call and eth_estimateGas that matter here.
type CallArgs struct {
	From  *common.Address `json:"from"`
	To    *common.Address `json:"to"`
	Gas   *hexutil.Uint64 `json:"gas"`
	Value *hexutil.Big    `json:"value"`
	Data  *hexutil.Bytes  `json:"data"`
	Input *hexutil.Bytes  `json:"input"`
	// Fee fields are accepted and ignored: the gas a transaction uses does
	// not depend on them.
	GasPrice             *hexutil.Big    `json:"gasPrice"`
	MaxFeePerGas         *hexutil.Big    `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big    `json:"maxPriorityFeePerGas"`
	Nonce                *hexutil.Uint64 `json:"nonce"`
	ChainID              *hexutil.Big    `json:"chainId"`
}

func (a *CallArgs) data() []byte {
	if a.Input != nil {
		return *a.Input
	}
	if a.Data != nil {
		return *a.Data
	}
	return nil
}

// EstimateGas is eth_estimateGas: the fixed gas of the transaction's kind
// (docs/spec.md section 5.2), after the checks that would refuse it.
func (api *EthAPI) EstimateGas(args CallArgs, ref *rpc.BlockNumberOrHash) (hexutil.Uint64, error) {
	if args.To == nil {
		return 0, core.ErrContractCreation
	}
	data := args.data()
	var gas uint64
	switch {
	case len(data) == 0 && *args.To == core.BridgeAddress:
		gas = core.WithdrawalGas
	case len(data) == 0:
		gas = core.TransferGas
	case len(data) == 68 && [4]byte(data[:4]) == core.TransferSelector && allZero(data[4:16]):
		if *args.To == core.BridgeAddress {
			return 0, core.ErrBridgeNotToken
		}
		gas = core.TokenTransferGas
		if common.BytesToAddress(data[16:36]) == core.BridgeAddress {
			gas = core.TokenWithdrawalGas
		}
	default:
		return 0, core.ErrUnsupportedCalldata
	}
	if args.From != nil && args.Value != nil && args.Value.ToInt().Sign() > 0 {
		a, err := api.b.headState().Account(*args.From)
		if err != nil {
			return 0, err
		}
		if a.Balance.ToBig().Cmp(args.Value.ToInt()) < 0 {
			return 0, fmt.Errorf("%w: address %s have %s want %s", core.ErrInsufficientFunds, *args.From, a.Balance.Dec(), args.Value.ToInt())
		}
	}
	return hexutil.Uint64(gas), nil
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// SendRawTransaction is eth_sendRawTransaction.
func (api *EthAPI) SendRawTransaction(input hexutil.Bytes) (common.Hash, error) {
	if api.b.Pool == nil {
		return common.Hash{}, ErrNoMempool
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(input); err != nil {
		return common.Hash{}, err
	}
	// The backpressure check and the pool (prefetch.go).
	h, err := api.b.admit(tx)
	if err != nil {
		return h, err
	}
	if e := api.b.Pool.Get(h); e != nil {
		api.b.txFeed.Send(&pendingTx{tx: e.Signed, from: e.Sender})
	} else if from, err := api.b.senderOf(tx); err == nil {
		// Sealed already: it was pending all the same.
		api.b.txFeed.Send(&pendingTx{tx: tx, from: from})
	}
	return h, nil
}

// GetTransactionByHash is eth_getTransactionByHash: a transaction in the
// chain, or pooled (without block fields), or null.
func (api *EthAPI) GetTransactionByHash(h common.Hash) (map[string]any, error) {
	num, idx, err := api.b.Chain.TxLocation(h)
	if errors.Is(err, chain.ErrNotFound) {
		if m, err := api.b.pendingTxJSON(h); err != nil || m != nil {
			return m, err
		}
		if api.b.Pool == nil {
			return nil, nil
		}
		e := api.b.Pool.Get(h)
		if e == nil {
			return nil, nil
		}
		return txJSON(e.Signed, e.Sender, nil, 0)
	}
	if err != nil {
		return nil, err
	}
	blk, err := api.b.Chain.BlockByNumber(num)
	if err != nil {
		return nil, err
	}
	return api.b.blockTxJSON(blk, idx)
}

func (b *Backend) blockTxJSON(blk *chain.Block, i int) (map[string]any, error) {
	return txJSON(blk.Txs[i].Transaction(b.cfg().ChainID), blk.Receipts[i].Sender, blk, i)
}

func txJSON(tx *types.Transaction, from common.Address, blk *chain.Block, i int) (map[string]any, error) {
	enc, err := tx.MarshalJSON()
	if err != nil {
		return nil, err
	}
	m := map[string]any{}
	if err := json.Unmarshal(enc, &m); err != nil {
		return nil, err
	}
	m["from"] = from
	if tx.Type() == types.DynamicFeeTxType {
		m["gasPrice"] = (*hexutil.Big)(tx.GasFeeCap())
	}
	if blk == nil {
		m["blockHash"], m["blockNumber"], m["blockTimestamp"], m["transactionIndex"] = nil, nil, nil, nil
		return m, nil
	}
	m["blockHash"] = blk.Hash()
	m["blockNumber"] = hexutil.Uint64(blk.Header.Number)
	m["blockTimestamp"] = hexutil.Uint64(blk.Header.Timestamp)
	m["transactionIndex"] = hexutil.Uint64(i)
	if tx.Type() == types.DynamicFeeTxType {
		m["gasPrice"] = (*hexutil.Big)(blk.Receipts[i].EffectiveGasPrice.ToBig())
	}
	return m, nil
}

// GetTransactionReceipt is eth_getTransactionReceipt: a transaction's
// receipt from its pre-confirmation on (preconf.go); null before.
func (api *EthAPI) GetTransactionReceipt(h common.Hash) (map[string]any, error) {
	num, idx, err := api.b.Chain.TxLocation(h)
	if errors.Is(err, chain.ErrNotFound) {
		return api.b.receiptOf(h)
	}
	if err != nil {
		return nil, err
	}
	blk, err := api.b.Chain.BlockByNumber(num)
	if err != nil {
		return nil, err
	}
	return api.b.receiptJSON(blk, idx), nil
}

func (b *Backend) receiptJSON(blk *chain.Block, i int) map[string]any {
	var cumulative uint64
	var logIndex uint
	for j := 0; j < i; j++ {
		cumulative += blk.Receipts[j].GasUsed
		if blk.Txs[j].Token {
			logIndex++
		}
	}
	return b.receiptJSONAt(blk, i, cumulative, logIndex)
}

// receiptJSONAt is transaction i's receipt, given the gas its block's
// earlier transactions used and the logs they emitted.
func (b *Backend) receiptJSONAt(blk *chain.Block, i int, cumulative uint64, logIndex uint) map[string]any {
	r := blk.Receipts[i]
	tx := blk.Txs[i]
	logs := blk.TxLogs(i, logIndex, b.cfg().ChainID)
	var bloom types.Bloom
	for _, l := range logs {
		bloom.Add(l.Address.Bytes())
		for _, t := range l.Topics {
			bloom.Add(t[:])
		}
	}
	typ := hexutil.Uint64(types.DynamicFeeTxType)
	if tx.Legacy {
		typ = types.LegacyTxType
	}
	return map[string]any{
		"transactionHash":   tx.Hash(b.cfg().ChainID),
		"transactionIndex":  hexutil.Uint64(i),
		"blockHash":         blk.Hash(),
		"blockNumber":       hexutil.Uint64(blk.Header.Number),
		"from":              r.Sender,
		"to":                tx.To,
		"cumulativeGasUsed": hexutil.Uint64(cumulative + r.GasUsed),
		"gasUsed":           hexutil.Uint64(r.GasUsed),
		"effectiveGasPrice": (*hexutil.Big)(r.EffectiveGasPrice.ToBig()),
		"contractAddress":   nil,
		"logs":              logs,
		"logsBloom":         bloom,
		"status":            hexutil.Uint64(types.ReceiptStatusSuccessful),
		"type":              typ,
	}
}

// GetBlockByNumber is eth_getBlockByNumber; null beyond the head.
func (api *EthAPI) GetBlockByNumber(ctx context.Context, n rpc.BlockNumber, full bool) (map[string]any, error) {
	done, err := api.b.beginBlock(ctx, "eth_getBlockByNumber", full)
	if err != nil {
		return nil, err
	}
	defer done()
	if n >= 0 {
		api.b.sealThrough(ctx, uint64(n))
	}
	num := api.b.resolve(n)
	blk, err := api.b.Chain.BlockByNumber(num)
	if errors.Is(err, chain.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return api.b.blockJSON(blk, full)
}

// GetBlockByHash is eth_getBlockByHash; null for an unknown hash.
func (api *EthAPI) GetBlockByHash(ctx context.Context, h common.Hash, full bool) (map[string]any, error) {
	done, err := api.b.beginBlock(ctx, "eth_getBlockByHash", full)
	if err != nil {
		return nil, err
	}
	defer done()
	blk, err := api.b.Chain.BlockByHash(h)
	if errors.Is(err, chain.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return api.b.blockJSON(blk, full)
}

// beginBlock accounts for a block read: with its transactions, it is an
// expensive call.
func (b *Backend) beginBlock(ctx context.Context, method string, full bool) (func(), error) {
	if !full {
		return func() {}, nil
	}
	return b.guard.begin(ctx, classBlocks, method, costFullBlock)
}

func (b *Backend) blockJSON(blk *chain.Block, full bool) (map[string]any, error) {
	chainID := b.cfg().ChainID
	signed := make(types.Transactions, len(blk.Txs))
	var txs []any
	var used uint64
	receipts := make(types.Receipts, len(blk.Txs))
	for i, tx := range blk.Txs {
		signed[i] = tx.Transaction(chainID)
		used += blk.Receipts[i].GasUsed
		receipts[i] = &types.Receipt{Status: types.ReceiptStatusSuccessful, CumulativeGasUsed: used, Logs: blk.TxLogs(i, 0, chainID)}
		receipts[i].Bloom = types.CreateBloom(receipts[i])
		if full {
			m, err := b.blockTxJSON(blk, i)
			if err != nil {
				return nil, err
			}
			txs = append(txs, m)
		} else {
			txs = append(txs, signed[i].Hash())
		}
	}
	if txs == nil {
		txs = []any{}
	}
	var bloom types.Bloom
	for _, r := range receipts {
		for i := range bloom {
			bloom[i] |= r.Bloom[i]
		}
	}
	h := blk.Header
	return map[string]any{
		"number":           hexutil.Uint64(h.Number),
		"hash":             blk.Hash(),
		"parentHash":       h.ParentHash,
		"nonce":            types.BlockNonce{},
		"mixHash":          common.Hash{},
		"sha3Uncles":       types.EmptyUncleHash,
		"logsBloom":        bloom,
		"transactionsRoot": types.DeriveSha(signed, trie.NewStackTrie(nil)),
		"receiptsRoot":     types.DeriveSha(receipts, trie.NewStackTrie(nil)),
		"stateRoot":        h.StateRoot,
		"miner":            h.FeeRecipient,
		"difficulty":       (*hexutil.Big)(new(big.Int)),
		"totalDifficulty":  (*hexutil.Big)(new(big.Int)),
		"extraData":        hexutil.Bytes{},
		"size":             hexutil.Uint64(core.HeaderSize + len(blk.TxData)),
		"gasLimit":         hexutil.Uint64(BlockGasLimit),
		"gasUsed":          hexutil.Uint64(used),
		"timestamp":        hexutil.Uint64(h.Timestamp),
		"baseFeePerGas":    (*hexutil.Big)(b.cfg().BaseFee.ToBig()),
		"transactions":     txs,
		"uncles":           []common.Hash{},
		// Viaduct's own header fields, for tools that know them. The
		// withdrawals root is renamed: under its own name, clients take it
		// for Ethereum's (EIP-4895) and expect a withdrawals list.
		"txDataHash":        h.TxDataHash,
		"l2WithdrawalsRoot": h.WithdrawalsRoot,
		"queueCursor":       hexutil.Uint64(h.QueueCursor),
	}, nil
}

// tokenCode is what eth_getCode answers at a bridged token's address: a
// single INVALID opcode. Wallets only test whether code is there; there is
// no EVM on Viaduct to run it.
var tokenCode = hexutil.Bytes{0xfe}

// GetCode is eth_getCode: non-empty at bridged tokens, empty elsewhere.
func (api *EthAPI) GetCode(addr common.Address, ref rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	if api.b.Tokens != nil {
		if _, ok := api.b.Tokens.Token(addr); ok {
			return tokenCode, nil
		}
	}
	return hexutil.Bytes{}, nil
}

// erc20ABI is the interface eth_call answers at a bridged token: its view
// methods, with the selectors and encodings of OpenZeppelin's
// IERC20Metadata (the binding), not hand-written ones.
var erc20ABI = bindings.NewIERC20Metadata().GetABI()

// Call is eth_call: the ERC-20 views balanceOf, allowance (zero: a
// bridged token on L2 has no approvals), decimals, symbol, name and
// totalSupply at a bridged token; an empty answer for a call without data
// to an account without code (as Ethereum); "execution reverted"
// otherwise. balanceOf is answered at any block of the state history
// (withState); totalSupply, which the chain keeps for the head only, at
// the head. State and block overrides (the third and fourth parameters)
// are accepted and ignored: there is no EVM state to override.
func (api *EthAPI) Call(ctx context.Context, args CallArgs, ref *rpc.BlockNumberOrHash, _ *map[string]any, _ *map[string]any) (hexutil.Bytes, error) {
	if ref == nil {
		latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
		ref = &latest
	}
	if args.To == nil {
		return nil, core.ErrContractCreation
	}
	data := args.data()
	var tok l1.Token
	isToken := false
	if api.b.Tokens != nil {
		tok, isToken = api.b.Tokens.Token(*args.To)
	}
	// What the call reads of the state, if anything, is read at ref;
	// a block the node does not serve is refused whatever the call.
	var read func(st stateReader) (any, error)
	var method *abi.Method
	switch {
	case !isToken && len(data) == 0:
		read = func(stateReader) (any, error) { return nil, nil }
	case !isToken || len(data) < 4:
		return nil, ErrReverted
	default:
		m, err := erc20ABI.MethodById(data[:4])
		if err != nil {
			return nil, ErrReverted
		}
		method = m
		read, err = api.tokenView(m.Name, data, *args.To, tok, *ref)
		if err != nil {
			return nil, err
		}
	}
	var out any
	err := api.b.withState(ctx, "eth_call", *ref, func(st stateReader, _ bool) error {
		var err error
		out, err = read(st)
		return err
	})
	if err != nil {
		return nil, err
	}
	if method == nil {
		return hexutil.Bytes{}, nil
	}
	enc, err := method.Outputs.Pack(out)
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", method.Name, err)
	}
	return enc, nil
}

// tokenView returns how the ERC-20 view name with calldata data is
// answered at a bridged token from a block's state, or ErrReverted for a
// call the token would revert.
func (api *EthAPI) tokenView(name string, data []byte, token common.Address, tok l1.Token, ref rpc.BlockNumberOrHash) (func(stateReader) (any, error), error) {
	// Solidity's decoder reverts on a short argument or an address with
	// dirty upper bytes; so do these.
	addressArgs := func(n int) bool {
		if len(data) != 4+32*n {
			return false
		}
		for i := range n {
			if !allZero(data[4+32*i : 16+32*i]) {
				return false
			}
		}
		return true
	}
	switch name {
	case "balanceOf":
		if !addressArgs(1) {
			return nil, ErrReverted
		}
		owner := common.BytesToAddress(data[16:36])
		return func(st stateReader) (any, error) {
			bal, err := st.TokenBalance(owner, token)
			return bal.ToBig(), err
		}, nil
	case "allowance":
		// No transferFrom on Viaduct, so no approvals: every allowance
		// is zero, as an ERC-20 answers before any approve.
		if !addressArgs(2) {
			return nil, ErrReverted
		}
		return func(stateReader) (any, error) { return new(big.Int), nil }, nil
	case "decimals":
		return func(stateReader) (any, error) { return tok.Decimals, nil }, nil
	case "symbol":
		return func(stateReader) (any, error) { return tok.Symbol, nil }, nil
	case "name":
		return func(stateReader) (any, error) { return tok.Name, nil }, nil
	case "totalSupply":
		if !api.b.atHead(ref) {
			return nil, fmt.Errorf("%w: a token's total supply is kept for the head block only", ErrHistoricalState)
		}
		return func(stateReader) (any, error) {
			sup, err := api.b.Chain.TokenSupply(token)
			return sup.ToBig(), err
		}, nil
	}
	// transfer, approve and the like change state: no eth_call of them
	// is answered (a wallet's gas estimate goes by eth_estimateGas).
	return nil, ErrReverted
}

// NetAPI is the net_ namespace.
type NetAPI struct{ b *Backend }

// Version is net_version: the chain id in decimal.
func (api *NetAPI) Version() string { return fmt.Sprint(api.b.cfg().ChainID) }

// Listening is net_listening.
func (api *NetAPI) Listening() bool { return true }

// PeerCount is net_peerCount: a rollup node has no peers.
func (api *NetAPI) PeerCount() hexutil.Uint { return 0 }

// Web3API is the web3_ namespace.
type Web3API struct{ b *Backend }

// ClientVersion is web3_clientVersion.
func (api *Web3API) ClientVersion() string { return api.b.ClientVersion }

// Sha3 is web3_sha3.
func (api *Web3API) Sha3(input hexutil.Bytes) hexutil.Bytes { return crypto.Keccak256(input) }
