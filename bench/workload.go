package bench

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/txmgr"
)

// Transfer kinds of the workload.
const (
	KindETH   = 0
	KindERC20 = 1
)

// layer is one chain the workload runs on: the L2 through its public
// JSON-RPC, or the L1 with the same transfers sent directly.
type layer struct {
	name     string
	url      string // http endpoint
	chainID  *big.Int
	rpc      *rpc.Client // control calls (blocks, receipts), HTTP
	ec       *ethclient.Client
	token    common.Address
	ethGas   uint64
	tokenGas uint64
	tip      *big.Int
	feeCap   *big.Int

	// On the L1, the funders' transactions go through a transaction
	// manager per key, as every L1 send of Viaduct does (the workload's
	// own transfers are signed ahead and sent as they are: they are what
	// is measured).
	sendMu  sync.Mutex
	senders map[common.Address]*txmgr.Manager
}

func dialLayer(ctx context.Context, name, url string) (*layer, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("bench: %s RPC %s: %w", name, url, err)
	}
	ec := ethclient.NewClient(c)
	id, err := ec.ChainID(ctx)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("bench: %s chain id: %w", name, err)
	}
	return &layer{name: name, url: url, chainID: id, rpc: c, ec: ec, senders: map[common.Address]*txmgr.Manager{}}, nil
}

// sender is key's L1 transaction manager, started at the first call and
// stopped by close.
func (l *layer) sender(ctx context.Context, key *ecdsa.PrivateKey) (*txmgr.Manager, error) {
	l.sendMu.Lock()
	defer l.sendMu.Unlock()
	from := crypto.PubkeyToAddress(key.PublicKey)
	if m, ok := l.senders[from]; ok {
		return m, nil
	}
	m, err := txmgr.New(txmgr.Config{Client: l.ec, Key: key, PollInterval: 50 * time.Millisecond, Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		return nil, err
	}
	if err := m.Start(ctx); err != nil {
		return nil, fmt.Errorf("bench: %s sender %s: %w", l.name, from, err)
	}
	l.senders[from] = m
	return m, nil
}

func (l *layer) close() {
	l.sendMu.Lock()
	for _, m := range l.senders {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		_ = m.Stop(ctx) // only an expired context fails it
		cancel()
	}
	l.senders = map[common.Address]*txmgr.Manager{}
	l.sendMu.Unlock()
	l.rpc.Close()
}

// l1 reports whether l is the L1 (the layer whose funding goes through
// transaction managers).
func (l *layer) l1() bool { return l.name == "L1" }

// benchKey derives bench account i deterministically, so that a run is
// reproducible and needs no key files.
func benchKey(i int) *ecdsa.PrivateKey {
	var seed [40]byte
	copy(seed[:], "viaduct-bench-account")
	binary.BigEndian.PutUint64(seed[32:], uint64(i))
	for {
		k, err := crypto.ToECDSA(crypto.Keccak256(seed[:]))
		if err == nil {
			return k
		}
		seed[31]++ // a hash above the curve order: astronomically rare; take the next
	}
}

// account is one sender of the workload.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newAccounts(n int) []account {
	out := make([]account, n)
	var wg sync.WaitGroup
	for w := range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += runtime.NumCPU() {
				k := benchKey(i)
				out[i] = account{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
			}
		}()
	}
	wg.Wait()
	return out
}

// The ERC-20 calls of the workload, packed by the bindings: a transfer
// (any bridged token on L2, the test token on L1) and the test token's mint.
var (
	erc20     = bindings.NewIERC20Metadata()
	testToken = testbindings.NewTestToken()
)

func transferCalldata(to common.Address, amount *big.Int) []byte {
	return erc20.PackTransfer(to, amount)
}

func mintCalldata(to common.Address, amount *big.Int) []byte { return testToken.PackMint(to, amount) }

// plannedTx is one pre-signed transfer of the workload.
type plannedTx struct {
	raw     string // 0x-hex of the signed envelope, as eth_sendRawTransaction takes it
	hash    common.Hash
	account int32
	kind    uint8
	size    int32 // bytes of the signed envelope
}

// plan is the whole workload of one layer: per account, its transfers in
// nonce order. The same plan (same senders, recipients, kinds and order)
// is signed once for the L2 and once for the L1.
type plan struct {
	txs      []plannedTx
	byAcct   [][]int32 // indexes into txs, nonce order
	index    map[common.Hash]int32
	ethCount int
}

// shape decides, for transfer j of account i, its kind and recipient: the
// same for both layers, from the run's seed.
type shape struct {
	kind uint8
	to   int            // the recipient: a bench account, or -1 for fresh
	addr common.Address // with to -1: an address no transfer of the run paid before
}

// planShape plans the run. Recipients are other bench accounts, so the
// state does not grow with the number of transfers; with fresh, each
// transfer goes to an address of its own instead (derived from the seed,
// the account and the transfer), so the state grows by one account or
// token balance per transfer, as a chain that gains users does.
func planShape(accounts, perAccount int, erc20 float64, seed uint64, fresh bool) [][]shape {
	rng := rand.New(rand.NewPCG(seed, 0x76696164756374))
	out := make([][]shape, accounts)
	for i := range out {
		out[i] = make([]shape, perAccount)
		for j := range out[i] {
			k := uint8(KindETH)
			if rng.Float64() < erc20 {
				k = KindERC20
			}
			to := (i + 1 + rng.IntN(max(accounts-1, 1))) % accounts
			out[i][j] = shape{kind: k, to: to}
			if fresh {
				out[i][j] = shape{kind: k, to: -1, addr: freshRecipient(seed, i, j)}
			}
		}
	}
	return out
}

// freshRecipient is the address transfer j of account i pays in a run of
// this seed with fresh recipients: nobody holds its key.
func freshRecipient(seed uint64, i, j int) common.Address {
	var buf [24]byte
	binary.BigEndian.PutUint64(buf[:8], seed)
	binary.BigEndian.PutUint64(buf[8:16], uint64(i))
	binary.BigEndian.PutUint64(buf[16:], uint64(j))
	return common.BytesToAddress(crypto.Keccak256([]byte("viaduct bench recipient"), buf[:]))
}

// signPlan signs every account's transfers for layer l, starting at the
// nonces given, over all cores. Signing is the wallets' work: it is done
// before the clock starts.
func signPlan(l *layer, accts []account, nonces []uint64, shapes [][]shape) (*plan, error) {
	perAccount := 0
	if len(shapes) > 0 {
		perAccount = len(shapes[0])
	}
	total := len(accts) * perAccount
	p := &plan{txs: make([]plannedTx, total), byAcct: make([][]int32, len(accts)), index: make(map[common.Hash]int32, total)}
	signer := types.LatestSignerForChainID(l.chainID)
	one := big.NewInt(1)
	var wg sync.WaitGroup
	errs := make([]error, runtime.NumCPU())
	for w := range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(accts); i += runtime.NumCPU() {
				p.byAcct[i] = make([]int32, perAccount)
				for j, s := range shapes[i] {
					to := s.addr
					if s.to >= 0 {
						to = accts[s.to].addr
					}
					inner := &types.DynamicFeeTx{ChainID: l.chainID, Nonce: nonces[i] + uint64(j), GasTipCap: l.tip, GasFeeCap: l.feeCap}
					if s.kind == KindERC20 {
						inner.To, inner.Gas, inner.Value, inner.Data = &l.token, l.tokenGas, new(big.Int), transferCalldata(to, one)
					} else {
						inner.To, inner.Gas, inner.Value = &to, l.ethGas, one
					}
					tx, err := types.SignNewTx(accts[i].key, signer, inner)
					if err != nil {
						errs[w] = fmt.Errorf("bench: signing for account %d: %w", i, err)
						return
					}
					raw, err := tx.MarshalBinary()
					if err != nil {
						errs[w] = fmt.Errorf("bench: encoding for account %d: %w", i, err)
						return
					}
					k := int32(i*perAccount + j)
					p.txs[k] = plannedTx{raw: hexutil.Encode(raw), hash: tx.Hash(), account: int32(i), kind: s.kind, size: int32(len(raw))}
					p.byAcct[i][j] = k
				}
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for k := range p.txs {
		p.index[p.txs[k].hash] = int32(k)
		if p.txs[k].kind == KindETH {
			p.ethCount++
		}
	}
	return p, nil
}

// fundReq is one funding transaction: from a funder to `to` with value
// and data (an ETH transfer, an L2 token transfer or an L1 token mint).
type fundReq struct {
	to    common.Address
	value *big.Int
	data  []byte
	gas   uint64
}

// fund sends reqs from the funders (round robin), at most 32 in flight per
// funder (the L2 mempool takes 64 per sender), and waits until every one
// has a successful receipt.
func (l *layer) fund(ctx context.Context, funders []*ecdsa.PrivateKey, reqs []fundReq) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	signer := types.LatestSignerForChainID(l.chainID)
	errs := make([]error, len(funders))
	var wg sync.WaitGroup
	for f, key := range funders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from := crypto.PubkeyToAddress(key.PublicKey)
			if l.l1() {
				errs[f] = l.fundL1(ctx, key, reqs, f, len(funders))
				return
			}
			nonce, err := l.ec.PendingNonceAt(ctx, from)
			if err != nil {
				errs[f] = fmt.Errorf("bench: %s funder %s nonce: %w", l.name, from, err)
				return
			}
			var mine []fundReq
			for i := f; i < len(reqs); i += len(funders) {
				mine = append(mine, reqs[i])
			}
			for start := 0; start < len(mine); start += 32 {
				var hashes []common.Hash
				for _, r := range mine[start:min(start+32, len(mine))] {
					to := r.to
					tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: l.chainID, Nonce: nonce, GasTipCap: l.tip, GasFeeCap: l.feeCap, Gas: r.gas, To: &to, Value: r.value, Data: r.data})
					if err != nil {
						errs[f] = fmt.Errorf("bench: %s funding: %w", l.name, err)
						return
					}
					if err := l.ec.SendTransaction(ctx, tx); err != nil {
						errs[f] = fmt.Errorf("bench: %s funding from %s (nonce %d): %w", l.name, from, nonce, err)
						return
					}
					nonce++
					hashes = append(hashes, tx.Hash())
				}
				for _, h := range hashes {
					if err := l.waitReceipt(ctx, h); err != nil {
						errs[f] = fmt.Errorf("bench: %s funding: %w", l.name, err)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// fundL1 sends funder f's share of reqs (every n-th from f) through its
// transaction manager, 32 in flight, and waits for each.
func (l *layer) fundL1(ctx context.Context, key *ecdsa.PrivateKey, reqs []fundReq, f, n int) error {
	m, err := l.sender(ctx, key)
	if err != nil {
		return err
	}
	var mine []fundReq
	for i := f; i < len(reqs); i += n {
		mine = append(mine, reqs[i])
	}
	for start := 0; start < len(mine); start += 32 {
		var txs []*txmgr.Tx
		for _, r := range mine[start:min(start+32, len(mine))] {
			to := r.to
			// GasLimit skips the estimate, which would run on a state
			// without the transactions still in flight.
			tx, err := m.Submit(ctx, txmgr.Candidate{To: &to, Value: r.value, Data: r.data, GasLimit: r.gas})
			if err != nil {
				return fmt.Errorf("bench: %s funding from %s: %w", l.name, m.Address(), err)
			}
			txs = append(txs, tx)
		}
		for _, tx := range txs {
			if _, err := tx.Wait(ctx); err != nil {
				return fmt.Errorf("bench: %s funding: %w", l.name, err)
			}
		}
	}
	return nil
}

// errFailed is returned for a transaction whose receipt says it reverted.
var errFailed = errors.New("bench: transaction failed")

func (l *layer) waitReceipt(ctx context.Context, h common.Hash) error {
	for {
		r, err := l.ec.TransactionReceipt(ctx, h)
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("%w: %s", errFailed, h)
			}
			return nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return fmt.Errorf("receipt of %s: %w", h, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", h, ctx.Err())
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// nonces reads every account's pending nonce.
func (l *layer) nonces(ctx context.Context, accts []account) ([]uint64, error) {
	out := make([]uint64, len(accts))
	batch := make([]rpc.BatchElem, 0, 256)
	vals := make([]hexutil.Uint64, len(accts))
	for start := 0; start < len(accts); start += 256 {
		batch = batch[:0]
		for i := start; i < min(start+256, len(accts)); i++ {
			batch = append(batch, rpc.BatchElem{Method: "eth_getTransactionCount", Args: []any{accts[i].addr, "pending"}, Result: &vals[i]})
		}
		if err := l.rpc.BatchCallContext(ctx, batch); err != nil {
			return nil, fmt.Errorf("bench: %s nonces: %w", l.name, err)
		}
		for _, b := range batch {
			if b.Error != nil {
				return nil, fmt.Errorf("bench: %s nonce: %w", l.name, b.Error)
			}
		}
	}
	for i := range vals {
		out[i] = uint64(vals[i])
	}
	return out, nil
}

// tokenBalance reads balanceOf(who) at token through eth_call.
func (l *layer) tokenBalance(ctx context.Context, token, who common.Address) (*big.Int, error) {
	out, err := l.ec.CallContract(ctx, ethereum.CallMsg{To: &token, Data: erc20.PackBalanceOf(who)}, nil)
	if err != nil {
		return nil, fmt.Errorf("bench: %s balanceOf: %w", l.name, err)
	}
	return new(big.Int).SetBytes(out), nil
}

func ethereumCall(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}

// funderFloor is the balance below which a funder is paid from the L1
// node's own account, and funderGrant what it is given.
var (
	funderFloor = new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	funderGrant = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))
)

// ErrFundersEmpty is returned when the funders hold too little ETH on the
// L1 and its node has no unlocked account to pay them from.
var ErrFundersEmpty = errors.New("bench: the funders hold no ETH on the L1")

// fundFunders pays funders that hold less than funderFloor on this layer
// from the node's first unlocked account that can (`geth --dev` has one,
// with a practically unbounded balance, and funds no other account), so
// that the L1 twin runs on a fresh `geth --dev` as on the embedded L1. It
// reports whether it paid anyone.
func (l *layer) fundFunders(ctx context.Context, funders []*ecdsa.PrivateKey) (bool, error) {
	var poor []common.Address
	for _, k := range funders {
		a := crypto.PubkeyToAddress(k.PublicKey)
		b, err := l.ec.BalanceAt(ctx, a, nil)
		if err != nil {
			return false, fmt.Errorf("bench: %s balance of funder %s: %w", l.name, a, err)
		}
		if b.Cmp(funderFloor) < 0 {
			poor = append(poor, a)
		}
	}
	if len(poor) == 0 {
		return false, nil
	}
	var accounts []common.Address
	if err := l.rpc.CallContext(ctx, &accounts, "eth_accounts"); err != nil {
		accounts = nil // a node without the method has no unlocked account either
	}
	need := new(big.Int).Mul(funderGrant, big.NewInt(int64(len(poor)+1)))
	var from common.Address
	for _, a := range accounts {
		if b, err := l.ec.BalanceAt(ctx, a, nil); err == nil && b.Cmp(need) >= 0 {
			from = a
			break
		}
	}
	if from == (common.Address{}) {
		return false, fmt.Errorf("%w at %s: %s hold less than %s wei and the node has no unlocked account with %s wei to pay them from; fund them first",
			ErrFundersEmpty, l.url, poor, funderFloor, need)
	}
	var hashes []common.Hash
	for _, to := range poor {
		var h common.Hash
		tx := map[string]any{"from": from, "to": to, "value": (*hexutil.Big)(funderGrant)}
		if err := l.rpc.CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
			return false, fmt.Errorf("bench: %s paying funder %s from the node's account %s: %w", l.name, to, from, err)
		}
		hashes = append(hashes, h)
	}
	for _, h := range hashes {
		if err := l.waitReceipt(ctx, h); err != nil {
			return false, fmt.Errorf("bench: %s paying a funder: %w", l.name, err)
		}
	}
	return true, nil
}
