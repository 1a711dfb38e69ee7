// Package simtest runs Viaduct's contracts on go-ethereum's simulated chain
// (ethclient/simulated) for tests. It is deliberately generic: a Chain holds a
// set of funded accounts with fixed keys, deploys contracts from abigen v2
// metadata, sends calls and mines each one in its own block, and reports
// reverts with their raw revert data so a test can match a custom error
// exactly. Every transaction is simulated with eth_call before it is sent, so
// a failing call never reaches the chain and never consumes a nonce.
//
// The simulated chain always has chain id 1337 and starts on every fork
// (Prague, Osaka), so EIP-7702 delegations are available: Delegate gives an
// ordinary key-holding account the code of a contract, which is how tests
// build a counterparty that can both sign and reenter.
package simtest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
)

// ChainID is the chain id of every simulated chain.
const ChainID = 1337

// InitialBalance is the ETH (in wei) each account starts with: one million ether.
var InitialBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

// Account is a funded externally owned account with a known key.
type Account struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// NewAccount derives a deterministic account from a label, so test failures
// name the same addresses on every run.
func NewAccount(label string) *Account {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("viaduct/simtest/" + label)))
	if err != nil {
		panic(fmt.Sprintf("simtest: deriving key %q: %v", label, err)) // keccak output is always a valid key
	}
	return &Account{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)}
}

// Chain is a simulated L1 with funded accounts.
type Chain struct {
	tb       testing.TB
	Backend  *simulated.Backend
	Client   simulated.Client
	Accounts []*Account
}

// Option changes the simulated node's configuration before it starts (the
// options of ethclient/simulated).
type Option = func(nodeConf *node.Config, ethConf *ethconfig.Config)

// WithChainConfig runs the chain under cfg instead of go-ethereum's
// all-forks development configuration, e.g. to measure gas under the rules
// that mainnet runs today.
func WithChainConfig(cfg *params.ChainConfig) Option {
	return func(_ *node.Config, ethConf *ethconfig.Config) { ethConf.Genesis.Config = cfg }
}

// OsakaConfig is go-ethereum's development chain configuration without the
// forks after Osaka (Fusaka, mainnet since December 2025): the simulated
// chain's default also enables Bogota, whose draft EIP-8037 state-gas
// pricing makes new storage several times dearer.
func OsakaConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	return &cfg
}

// New starts a simulated chain with n funded accounts (labelled "0".."n-1")
// and registers its shutdown with tb.Cleanup.
func New(tb testing.TB, n int, opts ...Option) *Chain {
	tb.Helper()
	accounts := make([]*Account, n)
	alloc := make(types.GenesisAlloc, n)
	for i := range accounts {
		accounts[i] = NewAccount(fmt.Sprint(i))
		alloc[accounts[i].Address] = types.Account{Balance: new(big.Int).Set(InitialBalance)}
	}
	backend := simulated.NewBackend(alloc, opts...)
	tb.Cleanup(func() {
		if err := backend.Close(); err != nil {
			tb.Errorf("simtest: closing simulated chain: %v", err)
		}
	})
	return &Chain{tb: tb, Backend: backend, Client: backend.Client(), Accounts: accounts}
}

// Fund sends amount wei from the first account to addr and mines it.
func (c *Chain) Fund(addr common.Address, amount *big.Int) {
	c.tb.Helper()
	if _, err := c.Send(c.Accounts[0], addr, nil, amount); err != nil {
		c.tb.Fatalf("simtest: funding %s: %v", addr, err)
	}
}

// Deploy deploys the contract described by meta with the packed constructor
// arguments (nil for none), mines it, and returns its address. A failure ends
// the test.
func (c *Chain) Deploy(from *Account, meta *bind.MetaData, constructorInput []byte) common.Address {
	c.tb.Helper()
	addr, err := c.TryDeploy(from, meta, constructorInput)
	if err != nil {
		c.tb.Fatalf("simtest: deploying %s: %v", meta.ID, err)
	}
	return addr
}

// TryDeploy is Deploy that returns the error instead of ending the test: a
// *RevertError if the constructor would revert (then nothing is sent).
func (c *Chain) TryDeploy(from *Account, meta *bind.MetaData, constructorInput []byte) (common.Address, error) {
	code := common.FromHex(meta.Bin)
	if len(code) == 0 {
		return common.Address{}, fmt.Errorf("simtest: %s has no bytecode", meta.ID)
	}
	data := append(append([]byte{}, code...), constructorInput...)
	receipt, err := c.send(from, nil, data, nil)
	if err != nil {
		return common.Address{}, err
	}
	return receipt.ContractAddress, nil
}

// Send simulates a call from `from` to `to` with calldata and value (nil for
// none); if it would succeed, it sends it as a transaction, mines a block and
// returns the successful receipt. If it would revert, nothing is sent and the
// error is a *RevertError carrying the revert data.
func (c *Chain) Send(from *Account, to common.Address, calldata []byte, value *big.Int) (*types.Receipt, error) {
	return c.send(from, &to, calldata, value)
}

// MustSend is Send that ends the test on failure.
func (c *Chain) MustSend(from *Account, to common.Address, calldata []byte, value *big.Int) *types.Receipt {
	c.tb.Helper()
	receipt, err := c.Send(from, to, calldata, value)
	if err != nil {
		c.tb.Fatalf("simtest: call to %s from %s: %v", to, from.Address, err)
	}
	return receipt
}

func (c *Chain) send(from *Account, to *common.Address, calldata []byte, value *big.Int) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: from.Address, To: to, Value: value, Data: calldata}
	gas, err := c.Client.EstimateGas(ctx, msg)
	if err != nil {
		return nil, asRevert(err)
	}
	// Estimation is exact for the state it ran on; leave headroom for the
	// 63/64 rule of nested calls that estimation already covers, and for
	// refunds.
	return c.sendGas(ctx, from, to, calldata, value, withHeadroom(gas))
}

// withHeadroom is the gas limit sent for an estimate: a quarter more, but
// never above the EIP-7825 cap of a transaction (2^24), which a larger
// limit would break on every chain since Osaka.
func withHeadroom(gas uint64) uint64 {
	return min(gas+gas/4, max(gas, params.MaxTxGas))
}

// SendWithGas sends a call with exactly `gas` as its gas limit, without
// simulating it first, mines it and returns the receipt, also when the
// transaction failed on chain (then together with an error). Tests use it to
// probe behaviour that depends on the gas a caller chooses.
func (c *Chain) SendWithGas(from *Account, to common.Address, calldata []byte, value *big.Int, gas uint64) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if value == nil {
		value = new(big.Int)
	}
	return c.sendGas(ctx, from, &to, calldata, value, gas)
}

func (c *Chain) sendGas(ctx context.Context, from *Account, to *common.Address, calldata []byte, value *big.Int, gas uint64) (*types.Receipt, error) {
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading head: %w", err)
	}
	nonce, err := c.Client.PendingNonceAt(ctx, from.Address)
	if err != nil {
		return nil, fmt.Errorf("reading nonce: %w", err)
	}
	tip := big.NewInt(1e9)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID:   big.NewInt(ChainID),
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas,
		To:        to,
		Value:     value,
		Data:      calldata,
	})
	return c.sendSigned(ctx, from.Key, tx)
}

func (c *Chain) sendSigned(ctx context.Context, key *ecdsa.PrivateKey, tx *types.Transaction) (*types.Receipt, error) {
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(ChainID)), key)
	if err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	if err := c.submit(ctx, signed); err != nil {
		return nil, fmt.Errorf("sending: %w", err)
	}
	if err := c.waitPending(ctx, crypto.PubkeyToAddress(key.PublicKey), signed.Nonce()+1); err != nil {
		return nil, err
	}
	c.Backend.Commit()
	receipt, err := c.Client.TransactionReceipt(ctx, signed.Hash())
	if err != nil {
		return nil, fmt.Errorf("reading receipt: %w", err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, fmt.Errorf("transaction %s failed on chain (gas used %d of %d)", signed.Hash(), receipt.GasUsed, signed.Gas())
	}
	return receipt, nil
}

// submit hands tx to the pool. The pool keeps an account to its blob
// subpool or its other one while it holds a transaction of that kind
// ("address already reserved"), and it lets go of one that a block mined
// only when it has caught up with that block, which it does on its own
// goroutine after Commit returns. Every send here is mined before the next,
// so a reservation is the pool lagging, and the send waits for it.
func (c *Chain) submit(ctx context.Context, tx *types.Transaction) error {
	for {
		err := c.Client.SendTransaction(ctx, tx)
		if err == nil || !strings.Contains(err.Error(), txpool.ErrAlreadyReserved.Error()) {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (the pool did not let go of the account)", err)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// waitPending waits until the pool has addr's transactions below nonce
// next pending (executable). It makes a sent transaction pending on its own
// goroutine, and a block is built from the pending ones only.
func (c *Chain) waitPending(ctx context.Context, addr common.Address, next uint64) error {
	for {
		n, err := c.Client.PendingNonceAt(ctx, addr)
		if err != nil {
			return fmt.Errorf("pending nonce of %s: %w", addr, err)
		}
		if n >= next {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("the pool has %s's transactions pending up to nonce %d, want %d: %w", addr, n, next, ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}
}

// BlobSidecar computes the version 1 sidecar of blobs (KZG commitments and
// cell proofs, EIP-7594: what a node takes since Osaka). Its BlobHashes
// are a transaction's versioned hashes. About a second of CPU per blob.
func BlobSidecar(blobs []kzg4844.Blob) (*types.BlobTxSidecar, error) {
	commitments := make([]kzg4844.Commitment, len(blobs))
	var proofs []kzg4844.Proof
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return nil, fmt.Errorf("simtest: commitment of blob %d: %w", i, err)
		}
		ps, err := kzg4844.ComputeCellProofs(&blobs[i])
		if err != nil {
			return nil, fmt.Errorf("simtest: cell proofs of blob %d: %w", i, err)
		}
		commitments[i] = c
		proofs = append(proofs, ps...)
	}
	return types.NewBlobTxSidecar(types.BlobSidecarVersion1, append([]kzg4844.Blob(nil), blobs...), commitments, proofs), nil
}

// SendBlobs is Send for a blob transaction (type 3) carrying sc's blobs
// (BlobSidecar): simulated with their versioned hashes first (a revert is
// a *RevertError and nothing is sent), then sent and mined.
func (c *Chain) SendBlobs(from *Account, to common.Address, calldata []byte, value *big.Int, sc *types.BlobTxSidecar) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if value == nil {
		value = new(big.Int)
	}
	blobFeeCap := big.NewInt(1e10)
	gas, err := c.Client.EstimateGas(ctx, ethereum.CallMsg{
		From: from.Address, To: &to, Value: value, Data: calldata,
		BlobHashes: sc.BlobHashes(), BlobGasFeeCap: blobFeeCap,
	})
	if err != nil {
		return nil, asRevert(err)
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading head: %w", err)
	}
	nonce, err := c.Client.PendingNonceAt(ctx, from.Address)
	if err != nil {
		return nil, fmt.Errorf("reading nonce: %w", err)
	}
	tip := uint256.NewInt(1e9)
	feeCap := new(uint256.Int).Add(new(uint256.Int).Mul(uint256.MustFromBig(head.BaseFee), uint256.NewInt(2)), tip)
	tx := types.NewTx(&types.BlobTx{
		ChainID:    uint256.NewInt(ChainID),
		Nonce:      nonce,
		GasTipCap:  tip,
		GasFeeCap:  feeCap,
		Gas:        withHeadroom(gas),
		To:         to,
		Value:      uint256.MustFromBig(value),
		Data:       calldata,
		BlobFeeCap: uint256.MustFromBig(blobFeeCap),
		BlobHashes: sc.BlobHashes(),
		Sidecar:    sc,
	})
	return c.sendSigned(ctx, from.Key, tx)
}

// Tx is one transaction of a block that SendBlock mines.
type Tx struct {
	From  *Account
	To    common.Address
	Data  []byte
	Value *big.Int // nil for none
	Gas   uint64
}

// SendBlock sends the transactions without simulating them and mines them
// all in one block, in the order given (each pays a higher tip than the
// next). It returns their receipts, those of transactions that failed on
// chain (status 0) included: a test of what one transaction does to a later
// one in the same block.
func (c *Chain) SendBlock(txs ...Tx) []*types.Receipt {
	c.tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		c.tb.Fatalf("simtest: reading head: %v", err)
	}
	nonces := map[common.Address]uint64{}
	var hashes []common.Hash
	for i, t := range txs {
		n, ok := nonces[t.From.Address]
		if !ok {
			if n, err = c.Client.PendingNonceAt(ctx, t.From.Address); err != nil {
				c.tb.Fatalf("simtest: nonce of %s: %v", t.From.Address, err)
			}
		}
		nonces[t.From.Address] = n + 1
		value := t.Value
		if value == nil {
			value = new(big.Int)
		}
		tip := new(big.Int).Mul(big.NewInt(int64(len(txs)-i)), big.NewInt(1e9))
		to := t.To
		signed, err := types.SignNewTx(t.From.Key, types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
			ChainID: big.NewInt(ChainID), Nonce: n, GasTipCap: tip,
			GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
			Gas:       t.Gas, To: &to, Value: value, Data: t.Data,
		})
		if err != nil {
			c.tb.Fatalf("simtest: signing: %v", err)
		}
		if err := c.submit(ctx, signed); err != nil {
			c.tb.Fatalf("simtest: sending: %v", err)
		}
		hashes = append(hashes, signed.Hash())
	}
	for addr, next := range nonces {
		if err := c.waitPending(ctx, addr, next); err != nil {
			c.tb.Fatalf("simtest: %v", err)
		}
	}
	c.Backend.Commit()
	receipts := make([]*types.Receipt, len(hashes))
	for i, h := range hashes {
		if receipts[i], err = c.Client.TransactionReceipt(ctx, h); err != nil {
			c.tb.Fatalf("simtest: receipt of %s: %v", h, err)
		}
	}
	if len(receipts) > 1 && receipts[0].BlockNumber.Cmp(receipts[len(receipts)-1].BlockNumber) != 0 {
		c.tb.Fatalf("simtest: the transactions were mined in blocks %s..%s, not one", receipts[0].BlockNumber, receipts[len(receipts)-1].BlockNumber)
	}
	return receipts
}

// Call runs a read-only call against the latest block.
func (c *Chain) Call(to common.Address, calldata []byte) ([]byte, error) {
	out, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: calldata}, nil)
	if err != nil {
		return nil, asRevert(err)
	}
	return out, nil
}

// CallFrom runs a call from `from` with value (nil for none) against the
// latest block, as a transaction would run if that block's timestamp were
// its own, without sending anything; a revert is a *RevertError.
func (c *Chain) CallFrom(from, to common.Address, calldata []byte, value *big.Int) ([]byte, error) {
	out, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Data: calldata, Value: value}, nil)
	if err != nil {
		return nil, asRevert(err)
	}
	return out, nil
}

// MustCall is Call followed by unpack; a failure ends the test.
func MustCall[T any](c *Chain, to common.Address, calldata []byte, unpack func([]byte) (T, error)) T {
	c.tb.Helper()
	out, err := c.Call(to, calldata)
	if err != nil {
		c.tb.Fatalf("simtest: call to %s: %v", to, err)
	}
	v, err := unpack(out)
	if err != nil {
		c.tb.Fatalf("simtest: unpacking result of call to %s: %v", to, err)
	}
	return v
}

// Balance returns the ETH balance of addr at the latest block.
func (c *Chain) Balance(addr common.Address) *big.Int {
	c.tb.Helper()
	bal, err := c.Client.BalanceAt(context.Background(), addr, nil)
	if err != nil {
		c.tb.Fatalf("simtest: balance of %s: %v", addr, err)
	}
	return bal
}

// Now returns the timestamp of the latest block.
func (c *Chain) Now() uint64 {
	c.tb.Helper()
	head, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.tb.Fatalf("simtest: reading head: %v", err)
	}
	return head.Time
}

// AdvanceTime mines an empty block whose timestamp is d later than it would
// otherwise be.
func (c *Chain) AdvanceTime(d time.Duration) {
	c.tb.Helper()
	// The txpool drops a mined transaction asynchronously after the new
	// head, and AdjustTime refuses while the pool still lists one: right
	// after a Send it can briefly see the transaction that was just mined.
	var err error
	for range 200 {
		if err = c.Backend.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty block") {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err != nil {
		c.tb.Fatalf("simtest: adjusting time by %s: %v", d, err)
	}
}

// Delegate installs an EIP-7702 delegation: authority's account gets the code
// of target, while authority keeps its key (and so can still sign). The
// set-code transaction is sent and paid for by sponsor.
func (c *Chain) Delegate(sponsor, authority *Account, target common.Address) {
	c.tb.Helper()
	ctx := context.Background()
	authNonce, err := c.Client.PendingNonceAt(ctx, authority.Address)
	if err != nil {
		c.tb.Fatalf("simtest: nonce of %s: %v", authority.Address, err)
	}
	if sponsor.Address == authority.Address {
		authNonce++ // the transaction itself uses the current nonce
	}
	auth, err := types.SignSetCode(authority.Key, types.SetCodeAuthorization{
		ChainID: *uint256.NewInt(ChainID),
		Address: target,
		Nonce:   authNonce,
	})
	if err != nil {
		c.tb.Fatalf("simtest: signing authorization: %v", err)
	}
	nonce, err := c.Client.PendingNonceAt(ctx, sponsor.Address)
	if err != nil {
		c.tb.Fatalf("simtest: nonce of %s: %v", sponsor.Address, err)
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		c.tb.Fatalf("simtest: reading head: %v", err)
	}
	tx := types.NewTx(&types.SetCodeTx{
		ChainID:   uint256.NewInt(ChainID),
		Nonce:     nonce,
		GasTipCap: uint256.NewInt(1e9),
		GasFeeCap: uint256.MustFromBig(new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9))),
		Gas:       100_000,
		// The call itself goes to an address without code: calling the
		// authority would already run the delegated code, which may revert.
		To:       common.Address{},
		Value:    new(uint256.Int),
		AuthList: []types.SetCodeAuthorization{auth},
	})
	if _, err := c.sendSigned(ctx, sponsor.Key, tx); err != nil {
		c.tb.Fatalf("simtest: delegating %s to %s: %v", authority.Address, target, err)
	}
	code, err := c.Client.CodeAt(ctx, authority.Address, nil)
	if err != nil {
		c.tb.Fatalf("simtest: code of %s: %v", authority.Address, err)
	}
	if addr, ok := types.ParseDelegation(code); !ok || addr != target {
		c.tb.Fatalf("simtest: %s is not delegated to %s (code %x)", authority.Address, target, code)
	}
}

// RevertError is a call that reverted, with the raw revert data (empty for a
// bare revert or an out-of-gas).
type RevertError struct {
	Data []byte
	Err  error
}

func (e *RevertError) Error() string {
	if reason, err := abi.UnpackRevert(e.Data); err == nil {
		return fmt.Sprintf("reverted: %q", reason)
	}
	if len(e.Data) > 0 {
		return fmt.Sprintf("reverted with data %x: %v", e.Data, e.Err)
	}
	return fmt.Sprintf("reverted: %v", e.Err)
}

func (e *RevertError) Unwrap() error { return e.Err }

// Selector returns the 4-byte error selector of the revert data, or nil.
func (e *RevertError) Selector() []byte {
	if len(e.Data) < 4 {
		return nil
	}
	return e.Data[:4]
}

// asRevert turns a JSON-RPC execution error into a *RevertError; other
// errors are returned wrapped.
func asRevert(err error) error {
	var dataErr rpc.DataError
	if errors.As(err, &dataErr) {
		if s, ok := dataErr.ErrorData().(string); ok {
			data, decErr := hexutil.Decode(s)
			if decErr == nil {
				return &RevertError{Data: data, Err: err}
			}
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return &RevertError{Err: err}
	}
	return fmt.Errorf("simulating call: %w", err)
}

// RevertData returns the revert data of err if it is a revert.
func RevertData(err error) ([]byte, bool) {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Data, true
	}
	return nil, false
}

// ErrorSelector returns the 4-byte selector of a Solidity custom error, given
// its signature, e.g. "InvalidSignature(address)".
func ErrorSelector(signature string) []byte {
	return crypto.Keccak256([]byte(signature))[:4]
}
