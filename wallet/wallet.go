// Package wallet is what a user does with a Viaduct rollup, as a Go
// program can do it: deposit ETH or a bridged ERC-20 from L1 (approve, then
// deposit), transfer on L2, withdraw on L2, ask L1 for a forced withdrawal,
// and finalize a withdrawal on L1 once the light client has verified it.
// The command line's wallet commands are this package with flags.
//
// # Model
//
// A Wallet is one key acting on one deployment: an L1 endpoint, which it
// trusts as the user's own Ethereum node, an L2 node, which it does not
// trust for anything it can check, and the Rollup contract, pinned by the
// caller (Config.Rollup) or, without a pin, the one the L2 node names.
//
// Its L1 transactions (approve, depositETH, depositToken,
// requestWithdrawal, finalizeWithdrawal) go through the key's
// txmgr.Manager: priced from the current base fee, replaced at higher fees
// until mined, a call that would revert refused before it is sent. Its L2
// transactions are ordinary signed Ethereum transactions for the L2 chain
// id, sent to the L2 node's eth_sendRawTransaction. Every call is packed by
// the generated bindings (contracts/bindings); nothing is encoded by hand.
//
// # Guarantees
//
// Finalize pays only a withdrawal the light client verified against the
// batch L1 holds, with the finalizeWithdrawal calldata packed from the
// verified data: a lying L2 node can make it fail, never pay something
// else. VerifiedBalance returns only a balance proven against a state root
// L1 holds (see package light). What the L2 node says elsewhere (an
// L2Balance, a queue item applied, a transfer's receipt) is its word, as
// any wallet pointed at an RPC endpoint takes it.
package wallet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/internal/revert"
	"github.com/viaduct-l2/viaduct/light"
	"github.com/viaduct-l2/viaduct/txmgr"
	"github.com/viaduct-l2/viaduct/wire"
)

// Errors callers branch on.
var (
	// ErrNoKey: the wallet has no key, so it cannot send.
	ErrNoKey = errors.New("wallet: no key to sign with")
	// ErrWrongL1: the L1 endpoint is another chain than the one the L2
	// node's Rollup is deployed on.
	ErrWrongL1 = errors.New("wallet: the L1 endpoint is another chain than the Rollup's")
	// ErrNoRollup: the Rollup address (pinned, or named by the L2 node)
	// holds no Rollup of the L2 node's chain on the L1: nothing is sent to
	// it.
	ErrNoRollup = errors.New("wallet: no Rollup of this L2 at the address")
	// ErrNotFinalizable: the withdrawal is not verified and past its
	// challenge window yet (the wait ended first); asking again later may
	// succeed.
	ErrNotFinalizable = errors.New("wallet: the withdrawal is not finalizable yet")
	// ErrNotApplied: the L2 node has not applied the L1 queue item yet (the
	// wait ended first).
	ErrNotApplied = errors.New("wallet: the queue item is not applied on L2 yet")
	// ErrBadAmount: an amount that is not positive.
	ErrBadAmount = errors.New("wallet: the amount must be positive")
)

// L1 is the part of an Ethereum client the wallet uses on L1;
// *ethclient.Client and the simulated chain's client satisfy it.
type L1 interface {
	txmgr.Client
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// Config configures a Wallet. L1 and L2 are required.
type Config struct {
	// L1 is the L1 endpoint, trusted as the user's own node.
	L1 L1
	// L2 is the L2 node's JSON-RPC connection.
	L2 *rpc.Client
	// Key signs L1 and L2 transactions; nil makes a wallet that only
	// reads (ErrNoKey on a send).
	Key *ecdsa.PrivateKey
	// Rollup pins the Rollup contract that deposits go to and that
	// answers are verified against; zero takes the one the L2 node names
	// (viaduct_rollupConfig), which trusts the node to name the right one.
	Rollup common.Address
	// Sender, if set, sends the key's L1 transactions: a started manager
	// of Key on L1 (the one manager of the key in this process), best
	// with revert.ABIs() in its Config.ABIs. Without it, New starts one
	// and Close stops it.
	Sender *txmgr.Manager
	// PollInterval is how often a wait asks again (default 100ms).
	PollInterval time.Duration
	// Progress, if set, is told what a wait is doing (sent, waiting for a
	// block, verified, ...), each step once.
	Progress func(msg string)
	// Countdown, if set, is told at every poll of a wait whose end is
	// known (a challenge window) what it waits for and how long is left,
	// so that a user sees one line count down.
	Countdown func(msg string, left time.Duration)
	// Log receives the log of the L1 transaction manager New starts
	// (default: none).
	Log *slog.Logger
}

// Wallet is a key acting on one Viaduct deployment. Build it with New or
// Dial; it is safe for concurrent use.
type Wallet struct {
	cfg    Config
	l2     *ethclient.Client
	info   wire.RollupInfo
	rollup common.Address
	sender *txmgr.Manager
	owned  bool     // sender started here
	closer []func() // connections Dial opened

	rollupABI *bindings.Rollup
	erc20     *bindings.IERC20Metadata

	lightMu sync.Mutex
	lc      *light.Client
}

// New reads the deployment from the L2 node (viaduct_rollupConfig), checks
// that the L1 endpoint is the Rollup's chain, and, with a key and no
// Config.Sender, starts the key's L1 transaction manager.
func New(ctx context.Context, cfg Config) (*Wallet, error) {
	if cfg.L1 == nil || cfg.L2 == nil {
		return nil, errors.New("wallet: Config.L1 and Config.L2 are required")
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 100 * time.Millisecond
	}
	w := &Wallet{cfg: cfg, l2: ethclient.NewClient(cfg.L2), rollupABI: bindings.NewRollup(), erc20: bindings.NewIERC20Metadata()}
	if err := cfg.L2.CallContext(ctx, &w.info, wire.MethodRollupConfig); err != nil {
		return nil, fmt.Errorf("wallet: L2 %s: %w", wire.MethodRollupConfig, err)
	}
	w.rollup = w.info.Rollup
	if cfg.Rollup != (common.Address{}) {
		w.rollup = cfg.Rollup
	}
	id, err := cfg.L1.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("wallet: L1 chain id: %w", err)
	}
	if id.Uint64() == w.info.L2ChainID && id.Uint64() != w.info.L1ChainID {
		return nil, fmt.Errorf("%w: the L1 endpoint answers chain id %d, the L2's own: it is an L2 node, not the L1 (chain %d) its Rollup is on", ErrWrongL1, id, w.info.L1ChainID)
	}
	if w.info.L1ChainID != 0 && id.Uint64() != w.info.L1ChainID {
		return nil, fmt.Errorf("%w: L1 chain %d, the L2 node's Rollup is on chain %d", ErrWrongL1, id, w.info.L1ChainID)
	}
	// A deposit to an address without the Rollup would pay an account
	// that credits nobody on L2.
	if err := w.checkRollup(ctx, id.Uint64()); err != nil {
		return nil, err
	}
	switch {
	case cfg.Sender != nil:
		if cfg.Key == nil || cfg.Sender.Address() != crypto.PubkeyToAddress(cfg.Key.PublicKey) {
			return nil, errors.New("wallet: Config.Sender sends for another key than Config.Key")
		}
		w.sender = cfg.Sender
	case cfg.Key != nil:
		log := cfg.Log
		if log == nil {
			log = slog.New(slog.DiscardHandler)
		}
		m, err := txmgr.New(txmgr.Config{Client: cfg.L1, Key: cfg.Key, PollInterval: cfg.PollInterval, Log: log, ABIs: revert.ABIs()})
		if err != nil {
			return nil, err
		}
		if err := m.Start(ctx); err != nil {
			return nil, fmt.Errorf("wallet: starting the L1 sender: %w", err)
		}
		w.sender, w.owned = m, true
	}
	return w, nil
}

// checkRollup refuses a Rollup address that holds no Rollup of the L2
// node's chain on L1 chain id, saying what is there instead.
func (w *Wallet) checkRollup(ctx context.Context, id uint64) error {
	if cr, ok := w.cfg.L1.(codeReader); ok {
		code, err := cr.CodeAt(ctx, w.rollup, nil)
		if err != nil {
			return fmt.Errorf("wallet: code at %s on L1: %w", w.rollup, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("%w: %s on L1 chain %d holds no contract at all", ErrNoRollup, w.rollup, id)
		}
	}
	out, err := w.cfg.L1.CallContract(ctx, ethereum.CallMsg{To: &w.rollup, Data: w.rollupABI.PackL2ChainId()}, nil)
	if err != nil {
		return fmt.Errorf("%w: %s on L1 chain %d is another contract (l2ChainId() failed: %w)", ErrNoRollup, w.rollup, id, err)
	}
	l2, err := w.rollupABI.UnpackL2ChainId(out)
	if err != nil {
		return fmt.Errorf("%w: %s on L1 chain %d is another contract (l2ChainId() answered %#x)", ErrNoRollup, w.rollup, id, out)
	}
	if l2 != w.info.L2ChainID {
		return fmt.Errorf("%w: %s on L1 chain %d is the Rollup of L2 chain %d; the L2 node serves chain %d", ErrNoRollup, w.rollup, id, l2, w.info.L2ChainID)
	}
	return nil
}

// codeReader is the part of an L1 client that reads contract code;
// ethclient's and the simulated chain's have it.
type codeReader interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// Dial connects to the L1 and L2 endpoints (http(s):// or ws(s)://) and
// returns New's wallet on them; Close closes the connections. cfg.L1 and
// cfg.L2 are ignored.
func Dial(ctx context.Context, l1URL, l2URL string, cfg Config) (*Wallet, error) {
	l2, err := rpc.DialContext(ctx, l2URL)
	if err != nil {
		return nil, fmt.Errorf("wallet: L2 %s: %w", l2URL, err)
	}
	l1, err := ethclient.DialContext(ctx, l1URL)
	if err != nil {
		l2.Close()
		return nil, fmt.Errorf("wallet: L1 %s: %w", l1URL, err)
	}
	cfg.L1, cfg.L2 = l1, l2
	w, err := New(ctx, cfg)
	if err != nil {
		l1.Close()
		l2.Close()
		return nil, err
	}
	w.closer = []func(){l1.Close, l2.Close}
	return w, nil
}

// Close stops the L1 transaction manager New started (a transaction still
// in flight stays with the L1 node) and closes the connections Dial opened.
func (w *Wallet) Close() error {
	var err error
	if w.owned {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err = w.sender.Stop(ctx)
		cancel()
	}
	for _, c := range w.closer {
		c()
	}
	return err
}

// Address is the key's account (zero without a key).
func (w *Wallet) Address() common.Address {
	if w.cfg.Key == nil {
		return common.Address{}
	}
	return crypto.PubkeyToAddress(w.cfg.Key.PublicKey)
}

// Info is the deployment as the L2 node describes it.
func (w *Wallet) Info() wire.RollupInfo { return w.info }

// Rollup is the Rollup contract the wallet deposits to and verifies
// against: the pinned one, or the one the L2 node names.
func (w *Wallet) Rollup() common.Address { return w.rollup }

// Pinned reports whether the Rollup was pinned by the caller rather than
// named by the L2 node.
func (w *Wallet) Pinned() bool { return w.cfg.Rollup != (common.Address{}) }

// L2 is the L2 node as an Ethereum client.
func (w *Wallet) L2() *ethclient.Client { return w.l2 }

func (w *Wallet) progress(msg string) {
	if w.cfg.Progress != nil {
		w.cfg.Progress(msg)
	}
}

// sleep waits one PollInterval, or until ctx ends.
func (w *Wallet) sleep(ctx context.Context) error {
	t := time.NewTimer(w.cfg.PollInterval)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Light is the wallet's light client for its Rollup, on its own L1 and L2
// connections.
func (w *Wallet) Light(ctx context.Context) (*light.Client, error) {
	w.lightMu.Lock()
	defer w.lightMu.Unlock()
	if w.lc != nil {
		return w.lc, nil
	}
	lc, err := light.New(ctx, w.cfg.L1, w.cfg.L2, w.rollup)
	if err != nil {
		return nil, err
	}
	w.lc = lc
	return lc, nil
}

// Decimals is the decimals of token (18 for ETH, the zero address): the
// bridged token's on L2, or, before its first deposit, the L1 token's.
func (w *Wallet) Decimals(ctx context.Context, token common.Address) (uint8, error) {
	a, err := w.Asset(ctx, token)
	if err != nil {
		return 0, err
	}
	return a.Decimals, nil
}

// Asset is what amounts of a token count: ETH (the zero token) or an
// ERC-20, with the symbol and decimals people read amounts in.
type Asset struct {
	Token    common.Address `json:"token"`
	Symbol   string         `json:"symbol"` // empty if the token has none
	Decimals uint8          `json:"decimals"`
}

// ETH is the Asset of ETH.
var ETH = Asset{Symbol: "ETH", Decimals: 18}

// Asset reads token's symbol and decimals (ETH for the zero address): the
// bridged token's on L2, or, before its first deposit, the L1 token's. A
// token without decimals is refused: its amounts cannot be read.
func (w *Wallet) Asset(ctx context.Context, token common.Address) (Asset, error) {
	if token == (common.Address{}) {
		return ETH, nil
	}
	a := Asset{Token: token}
	call := func(data []byte) ([]byte, error) {
		msg := ethereum.CallMsg{To: &token, Data: data}
		out, err := w.l2.CallContract(ctx, msg, nil)
		if err != nil {
			// Not bridged yet: ask L1.
			out, err = w.cfg.L1.CallContract(ctx, msg, nil)
		}
		return out, err
	}
	out, err := call(w.erc20.PackDecimals())
	if err != nil {
		return Asset{}, fmt.Errorf("wallet: decimals of %s: %w", token, err)
	}
	if a.Decimals, err = w.erc20.UnpackDecimals(out); err != nil {
		return Asset{}, fmt.Errorf("wallet: decimals of %s: %w", token, err)
	}
	if out, err := call(w.erc20.PackSymbol()); err == nil {
		a.Symbol, _ = w.erc20.UnpackSymbol(out)
	}
	return a, nil
}

// L1Balance is who's ETH on L1.
func (w *Wallet) L1Balance(ctx context.Context, who common.Address) (*big.Int, error) {
	b, err := w.cfg.L1.BalanceAt(ctx, who, nil)
	if err != nil {
		return nil, fmt.Errorf("wallet: L1 balance of %s: %w", who, err)
	}
	return b, nil
}

// L1TokenBalance is who's balance of token (zero: ETH) on L1.
func (w *Wallet) L1TokenBalance(ctx context.Context, who, token common.Address) (*big.Int, error) {
	if token == (common.Address{}) {
		return w.L1Balance(ctx, who)
	}
	out, err := w.cfg.L1.CallContract(ctx, ethereum.CallMsg{To: &token, Data: w.erc20.PackBalanceOf(who)}, nil)
	if err != nil {
		return nil, fmt.Errorf("wallet: L1 balance of %s in %s: %w", who, token, err)
	}
	b, err := w.erc20.UnpackBalanceOf(out)
	if err != nil {
		return nil, fmt.Errorf("wallet: L1 balance of %s in %s: %w", who, token, err)
	}
	return b, nil
}

// L2Balance is who's balance of token (zero: ETH) on L2 as the L2 node
// says, unverified; a token not bridged yet is 0.
func (w *Wallet) L2Balance(ctx context.Context, who, token common.Address) (*big.Int, error) {
	if token == (common.Address{}) {
		b, err := w.l2.BalanceAt(ctx, who, nil)
		if err != nil {
			return nil, fmt.Errorf("wallet: L2 balance of %s: %w", who, err)
		}
		return b, nil
	}
	out, err := w.l2.CallContract(ctx, ethereum.CallMsg{To: &token, Data: w.erc20.PackBalanceOf(who)}, nil)
	if err != nil {
		// The L2 answers eth_call only at a bridged token: not bridged yet.
		return new(big.Int), nil
	}
	b, err := w.erc20.UnpackBalanceOf(out)
	if err != nil {
		return nil, fmt.Errorf("wallet: L2 balance of %s in %s: %w", who, token, err)
	}
	return b, nil
}

// Balance is a verified L2 balance.
type Balance struct {
	// Amount is the balance of the token asked for (or of ETH).
	Amount *big.Int
	// Account is the light client's verified answer it comes from: the
	// block, the batch and the L1 block it was checked against.
	Account *light.Account
	// Head is the L2 node's head when asked. Behind: the wait ended before
	// L1 named a block at least as new at the level asked for; Amount is
	// at the newest block it names.
	Head   uint64
	Behind bool
}

// VerifiedBalance returns who's balance of token (zero: ETH), verified by
// the light client at finality want. It waits (telling Progress why) for
// the block L1 names at that level to reach the L2 node's head as of the
// call, so that what the key just did shows; when ctx ends first, it
// returns the newest verified balance with Behind set, or, with none, the
// error.
func (w *Wallet) VerifiedBalance(ctx context.Context, who, token common.Address, want light.Finality) (*Balance, error) {
	return w.VerifiedBalanceSince(ctx, who, token, want, 0)
}

// VerifiedBalanceSince is VerifiedBalance waiting for L2 block `since` at
// least, when that is newer than the node's head: the block of a receipt
// just received, which the node may not have sealed yet (receipts come as
// soon as a transaction is executed).
func (w *Wallet) VerifiedBalanceSince(ctx context.Context, who, token common.Address, want light.Finality, since uint64) (*Balance, error) {
	lc, err := w.Light(ctx)
	if err != nil {
		return nil, err
	}
	head, err := w.l2.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("wallet: L2 head: %w", err)
	}
	head = max(head, since)
	var tokens []common.Address
	if token != (common.Address{}) {
		tokens = []common.Address{token}
	}
	var newest *light.Account
	said := ""
	for {
		a, err := lc.Balance(ctx, who, tokens, want)
		if err == nil {
			newest = a
			if a.Block >= head {
				return balanceOf(a, head, false), nil
			}
			err = fmt.Errorf("%w: L1 holds block %d at %s, the node's head was %d", light.ErrNotPosted, a.Block, a.Finality, head)
		}
		if !light.Retryable(err) && ctx.Err() == nil {
			return nil, err
		}
		if msg := waitingFor(err); msg != said {
			w.progress(msg)
			said = msg
		}
		if serr := w.sleep(ctx); serr != nil {
			if newest != nil {
				return balanceOf(newest, head, true), nil
			}
			return nil, fmt.Errorf("%w (gave up: %w)", err, serr)
		}
	}
}

func balanceOf(a *light.Account, head uint64, behind bool) *Balance {
	amount := a.Balance
	if len(a.Tokens) == 1 {
		amount = a.Tokens[0].Balance
	}
	return &Balance{Amount: amount, Account: a, Head: head, Behind: behind}
}

// waitingFor says what a retryable light client error waits for.
func waitingFor(err error) string {
	switch {
	case errors.Is(err, light.ErrFinalityNotReached):
		return "waiting for a block at the finality level asked for"
	case errors.Is(err, light.ErrNodeBehind):
		return "waiting for the L2 node to reach the block L1 names"
	default:
		return "waiting for a block posted to L1"
	}
}
