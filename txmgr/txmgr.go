// Package txmgr sends L1 transactions. One Manager per key owns the key's
// nonces, prices each transaction, replaces it at higher fees until it is
// mined, and reports when it is mined deep enough; every part of Viaduct
// that sends on L1 (the batcher, the challenger, channels, the watchtower,
// the wallet commands) goes through one.
//
// # Model
//
// A Candidate is what a caller wants done on L1: a call, a value transfer
// or a contract creation, optionally carrying blobs. Submit turns it into a
// signed transaction: it checks the call with a gas estimate on the latest
// block (a call that would revert is refused there, with its revert reason,
// before a nonce is taken), takes the key's next nonce, prices the
// transaction from the current base fee and the node's suggested tip (and
// the blob base fee), writes it to the Journal and hands it to the node.
//
// From then on the Manager's watcher follows it, once per new L1 head
// (polled every PollInterval while anything is in flight):
//
//   - mined: a receipt of one of its versions in a block of the canonical
//     chain; it is done when that block has Confirmations blocks on top;
//   - reorged out: a receipt whose block left the chain counts no more;
//     the transaction is waited for again, and resent if the node did not
//     put it back in its txpool;
//   - lost: a transaction the node no longer knows is sent again as it is;
//   - due for replacement: when it cannot pay the head's base fee (or the
//     blob base fee), when the node refused it, or after ResubmitBlocks
//     blocks or ResubmitAfter time without being mined. A replacement keeps
//     the nonce, gas and data and raises every price by the txpool's
//     replacement rule (Replacement: PriceBump, BlobPriceBump), and never
//     offers less than a fresh quote, so a base fee that rose faster than
//     the bumps is caught up with in one step. With MaxFeeCap or
//     MaxBlobFeeCap set, fees stop at the limit and the waiting caller gets
//     ErrFeeLimit.
//
// # Guarantees
//
// Nonces. Submit takes nonces in call order, one lock held from the choice
// of the nonce to the node's answer, so concurrent Submits get consecutive
// nonces and each transaction reaches the node before the next nonce is
// sent; they are then waited for independently, any number in flight. A
// Candidate that does not reach the node (revert at the estimate, fee
// limit, the node refusing it outright: insufficient funds, gas above the
// block limit) uses no nonce. The first nonce comes from the node's
// pending count at Start, or follows the journaled transactions.
//
// Liveness. Until it is mined, a transaction is resent when lost and
// replaced when underpriced or overdue, so a base fee that rises, or a node
// that drops the transaction, never leaves it (and every later nonce of the
// key) stuck. A caller that gives up waiting (its context ends) does not
// take the transaction back: it has a nonce, so the Manager keeps it priced
// until it is mined.
//
// Reorgs. Wait returns a receipt only while its block is in the canonical
// chain and Confirmations deep; after an L1 reorg removed the block it
// returns the receipt of the block the transaction is mined in next.
//
// Nonce gaps. A transaction can be mined only after every lower nonce of
// the key. If an earlier transaction is gone from both the chain and the
// node's txpool (an L1 reorg deeper than Confirmations removed a
// transaction whose Wait already returned, and the node did not keep it),
// the waiting transactions behind it can never be mined: they end with
// ErrNonceGap once the gap is seen at two successive heads, and the next
// Submit takes the missing nonce (priced to replace whatever of this key
// the node may still hold there). A gapped transaction still in the node's
// txpool could be mined once the gap is filled, unless a later Submit takes
// its nonce; callers decide again from L1's state. With nothing waiting
// behind the gap, the next Submit finds it when the node refuses the
// nonce after it ("nonce too high": go-ethereum's blob pool takes no
// gapped transaction) and takes the missing one.
//
// Restart. With a Journal, every version of a transaction is written
// before the node sees it, and an entry is deleted when its nonce is done.
// Start resumes the journaled transactions that are not Confirmations
// deep: they are resent, replaced when underpriced, and followed to the
// end like any other, so a restarted process is never stuck behind its
// own underpriced transaction; later Submits take the nonces after them.
// Without a Journal, a restarted Manager starts after whatever of its key
// the node's txpool holds.
//
// Ownership. The Manager assumes it is the only sender of its key, and
// copes when it is not: a nonce someone else used before Submit sent its
// transaction ("nonce too low") makes Submit take the next one; a
// transaction of the key mined at a nonce in flight here, by none of the
// versions sent from here, ends the waiting one with ErrNonceTaken.
//
// # Blob transactions
//
// A Candidate with Blobs becomes a type 3 transaction carrying its sidecar
// (BuildSidecar: commitments, proofs, and the versioned hashes that go in
// the transaction). Since Osaka a node takes only version 1 sidecars, with
// a cell proof per cell (EIP-7594) (go-ethereum 1.17 still converts a
// version 0 sidecar that arrives over RPC, marked for removal, and its
// txpool takes nothing else); they cost about three times the CPU of the
// older proofs, up to seconds per blob on a small machine
// (BenchmarkBuildSidecar), paid once per Submit before the nonce is taken.
// Config.BlobSidecarVersion0 sends the older form to an L1 before Osaka. Blob transactions are replaced differently: go-ethereum's
// blob pool asks for 100% more on every price (tip, fee cap and blob fee
// cap alike, BlobPriceBump), where the ordinary pool asks 10% on tip and
// fee cap; the sidecar is computed once and travels with every version,
// and the blob base fee is quoted (eth_blobBaseFee) for each new version.
// A node keeps an account's transactions in one pool at a time: while a
// blob transaction of the key is pending, it refuses the key's other
// transactions ("address already reserved"), and the other way round. So a
// Submit waits until the in-flight transactions of the other kind are
// mined before it takes a nonce, and tries again while the node, which
// lets go of the account a moment after the block, still refuses.
//
// # Pipelines
//
// Submit returns once the transaction is with the node, and Tx.Wait waits
// for it, so a caller can keep several transactions in flight in nonce
// order (the batcher's pipeline of batches). The gas estimate runs on the
// latest block, which does not hold the earlier transactions of the
// pipeline: a Candidate that depends on them must set GasLimit, which skips
// the estimate (and so the revert check before sending).
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
)

// Errors callers branch on.
var (
	// ErrReverted: the call reverted, at the gas estimate (nothing was
	// sent) or when mined. The error is a *RevertError.
	ErrReverted = errors.New("txmgr: transaction reverted")
	// ErrNonceGap: the transaction cannot be mined because an earlier
	// transaction of the key is gone from L1 and from the node (see the
	// package doc). The next Submit takes the missing nonce.
	ErrNonceGap = errors.New("txmgr: an earlier transaction of this key was lost; nonce gap")
	// ErrNonceTaken: another transaction of the key, not sent by this
	// Manager, was mined at the transaction's nonce.
	ErrNonceTaken = errors.New("txmgr: another transaction of this key took the nonce")
	// ErrFeeLimit: the fees the transaction needs are above MaxFeeCap or
	// MaxBlobFeeCap. From Submit, nothing was sent. From Wait, the
	// transaction stays with the node at the highest allowed fees and the
	// Manager keeps watching it: it may still be mined if fees fall.
	ErrFeeLimit = errors.New("txmgr: fee limit reached")
	// ErrStopped: the Manager is stopped (or was never started). Journaled
	// transactions are resumed by the next Start.
	ErrStopped = errors.New("txmgr: manager stopped")
	// ErrNoBlobFee: a blob Candidate, and the client cannot quote the blob
	// base fee (it has no BlobBaseFee method).
	ErrNoBlobFee = errors.New("txmgr: the L1 client cannot quote the blob base fee")
)

// Client is the part of an Ethereum client the Manager uses; the node's
// l1.Client, *ethclient.Client and the simulated chain's client satisfy
// it. Blob Candidates also need BlobFeeReader.
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	TransactionByHash(ctx context.Context, txHash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// BlobFeeReader quotes the blob base fee of the next block
// (eth_blobBaseFee). *ethclient.Client has it.
type BlobFeeReader interface {
	BlobBaseFee(ctx context.Context) (*big.Int, error)
}

// Metrics receives the Manager's events; any method may be called from the
// watcher goroutine or from Submit, so implementations must not block.
type Metrics interface {
	// Published: tx (bump 0 is the first version) was handed to the node;
	// err is the node's answer (nil: accepted).
	Published(tx *types.Transaction, bump int, err error)
	// Mined: a Submit's transaction is Confirmations deep (r may be a
	// failed receipt), after bumps replacements, took after Submit sent it.
	Mined(r *types.Receipt, bumps int, took time.Duration)
	// Pending: the number of transactions in flight changed to n.
	Pending(n int)
}

// Candidate is a transaction to send.
type Candidate struct {
	// To is the called account; nil creates a contract from Data.
	To *common.Address
	// Data is the calldata (or the creation code and its arguments).
	Data []byte
	// Value is the wei sent along; nil for none.
	Value *big.Int
	// GasLimit is the transaction's gas; 0 estimates it (on the latest
	// block, refusing a call that would revert) and adds GasMargin.
	GasLimit uint64
	// Blobs, if any, make a blob transaction (type 3) with their sidecar.
	// A blob transaction cannot create a contract.
	Blobs []kzg4844.Blob
}

// Config configures a Manager. Client and Key are required.
type Config struct {
	Client Client
	Key    *ecdsa.PrivateKey
	// Confirmations is how many blocks must be on top of a transaction's
	// block before Wait returns (0: as soon as it is in the head).
	Confirmations uint64
	// A transaction not mined ResubmitBlocks L1 blocks after it was sent,
	// or ResubmitAfter after, is replaced at higher fees (either one
	// suffices; 0 turns one off; both 0: 3 blocks). A transaction that
	// cannot pay the base fee is replaced at the next head regardless.
	ResubmitBlocks uint64
	ResubmitAfter  time.Duration
	// PollInterval is how often the head is read while transactions are in
	// flight (default 250ms).
	PollInterval time.Duration
	// GasMargin is the percentage added to a gas estimate, for state that
	// changes before the transaction is mined (default 25; it never takes a
	// limit above EIP-7825's per-transaction cap, nor above the latest
	// block's gas limit, unless the estimate is).
	GasMargin uint64
	// MaxFeeCap and MaxBlobFeeCap, if set, bound the fee cap and the blob
	// fee cap, in wei per gas (see ErrFeeLimit).
	MaxFeeCap, MaxBlobFeeCap *big.Int
	// Journal, if set, makes transactions survive a restart.
	Journal Journal
	// ABIs name custom errors in revert data (RevertError.Name).
	ABIs []*abi.ABI
	// BlobSidecarVersion0 sends blob proofs in the form before Osaka (one
	// proof per blob) instead of cell proofs.
	BlobSidecarVersion0 bool
	// Log receives the Manager's log lines (default slog.Default()).
	Log *slog.Logger
	// Metrics, if set, is told of every event.
	Metrics Metrics
}

// Check refuses a Config that cannot work, naming the field.
func (c *Config) Check() error {
	switch {
	case c.Client == nil:
		return errors.New("txmgr: Config.Client is required")
	case c.Key == nil:
		return errors.New("txmgr: Config.Key is required")
	case c.MaxFeeCap != nil && c.MaxFeeCap.Sign() <= 0:
		return fmt.Errorf("txmgr: Config.MaxFeeCap %s: want a positive limit or nil", c.MaxFeeCap)
	case c.MaxBlobFeeCap != nil && c.MaxBlobFeeCap.Sign() <= 0:
		return fmt.Errorf("txmgr: Config.MaxBlobFeeCap %s: want a positive limit or nil", c.MaxBlobFeeCap)
	case c.PollInterval < 0 || c.ResubmitAfter < 0:
		return errors.New("txmgr: Config.PollInterval and ResubmitAfter cannot be negative")
	}
	return nil
}

// Manager sends the transactions of one key. Build it with New, then Start
// it; it is safe for concurrent use.
type Manager struct {
	cfg  Config
	from common.Address
	log  *slog.Logger

	chainID *big.Int     // read at Start
	signer  types.Signer // from chainID

	// sendMu orders nonce assignment: it is held from the choice of a
	// nonce to the node's answer to its first send, and by the watcher
	// when a nonce gap resets the next nonce.
	sendMu sync.Mutex
	next   uint64 // the next nonce to assign

	mu       sync.Mutex
	txs      map[uint64]*tracked // in flight, by nonce
	floors   map[uint64]Fees     // prices of gapped transactions the node may hold
	changed  chan struct{}       // closed when a transaction is mined or done
	running  bool
	starting bool
	stopped  chan struct{} // closed by Stop
	kick     chan struct{}
	cancel   context.CancelFunc
	done     chan struct{}

	// The watcher's own state.
	lastHead common.Hash
	gap      gapSighting
}

// New checks cfg and returns a Manager; it does not touch the network until
// Start.
func New(cfg Config) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.ResubmitBlocks == 0 && cfg.ResubmitAfter == 0 {
		cfg.ResubmitBlocks = 3
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 250 * time.Millisecond
	}
	if cfg.GasMargin == 0 {
		cfg.GasMargin = 25
	}
	log := cfg.Log
	if log == nil {
		log = slog.Default()
	}
	from := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	return &Manager{
		cfg:     cfg,
		from:    from,
		log:     log.With("l1Sender", from),
		txs:     map[uint64]*tracked{},
		floors:  map[uint64]Fees{},
		changed: make(chan struct{}),
		kick:    make(chan struct{}, 1),
	}, nil
}

// Address is the key's account.
func (m *Manager) Address() common.Address { return m.from }

// ChainID is the L1's chain id (nil before Start).
func (m *Manager) ChainID() *big.Int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.chainID
}

// Start reads the chain id and the key's next nonce, resumes the journaled
// transactions that are not yet Confirmations deep, and starts the watcher.
// It fails if the Manager runs already or the journal holds an entry that
// is not this key's.
func (m *Manager) Start(ctx context.Context) error {
	m.mu.Lock()
	if m.running || m.starting {
		m.mu.Unlock()
		return errors.New("txmgr: already started")
	}
	m.starting = true
	m.mu.Unlock()
	defer func() {
		m.mu.Lock()
		m.starting = false
		m.mu.Unlock()
	}()
	chainID, err := m.cfg.Client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("txmgr: chain id: %w", err)
	}
	signer := types.LatestSignerForChainID(chainID)
	resumed, err := m.resume(ctx, signer, chainID)
	if err != nil {
		return err
	}
	next, err := m.cfg.Client.PendingNonceAt(ctx, m.from)
	if err != nil {
		return fmt.Errorf("txmgr: nonce of %s: %w", m.from, err)
	}
	if n := len(resumed); n > 0 && resumed[n-1].nonce+1 > next {
		next = resumed[n-1].nonce + 1
	}
	wctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	m.sendMu.Lock()
	m.next = next
	m.sendMu.Unlock()
	m.mu.Lock()
	m.chainID, m.signer = chainID, signer
	m.txs, m.floors, m.lastHead, m.gap = map[uint64]*tracked{}, map[uint64]Fees{}, common.Hash{}, gapSighting{}
	for _, t := range resumed {
		m.txs[t.nonce] = t
	}
	m.running, m.stopped, m.cancel, m.done = true, make(chan struct{}), cancel, make(chan struct{})
	for _, t := range resumed {
		t.stopped = m.stopped
	}
	m.mu.Unlock()
	m.pendingChanged()
	if len(resumed) > 0 {
		m.log.Info("resuming journaled L1 transactions", "count", len(resumed), "first", resumed[0].nonce, "next", next)
	}
	go m.watch(wctx)
	return nil
}

// Stop stops the watcher. Transactions in flight are left with the node
// (and in the Journal, for the next Start); their Waits return ErrStopped.
func (m *Manager) Stop(ctx context.Context) error {
	m.mu.Lock()
	if !m.running {
		m.mu.Unlock()
		return nil
	}
	m.running = false
	close(m.stopped)
	m.cancel()
	done := m.done
	m.mu.Unlock()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("txmgr: stopping: %w", ctx.Err())
	}
}

// Send submits c and waits for it to be mined and Confirmations deep. It
// returns the receipt, also with ErrReverted when the transaction was mined
// and failed (the error is a *RevertError holding it).
func (m *Manager) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	tx, err := m.Submit(ctx, c)
	if err != nil {
		return nil, err
	}
	return tx.Wait(ctx)
}

// Tx is a transaction in the Manager's hands, from Submit.
type Tx struct {
	m *Manager
	t *tracked
}

// Nonce is the transaction's nonce.
func (x *Tx) Nonce() uint64 { return x.t.nonce }

// Hash is the hash of the transaction's latest version.
func (x *Tx) Hash() common.Hash {
	x.m.mu.Lock()
	defer x.m.mu.Unlock()
	return x.t.cur.Hash()
}

// Sidecar is the blob sidecar the transaction carries (nil for one
// without blobs): the same in every version.
func (x *Tx) Sidecar() *types.BlobTxSidecar {
	x.m.mu.Lock()
	defer x.m.mu.Unlock()
	return x.t.cur.BlobTxSidecar()
}

// Done is closed when the transaction's outcome is known (Wait returns at
// once).
func (x *Tx) Done() <-chan struct{} { return x.t.done }

// Wait waits for the transaction to be mined and Confirmations deep and
// returns its receipt (with a *RevertError if it failed), or ErrNonceGap,
// ErrNonceTaken, ErrFeeLimit, ErrStopped, or ctx's error. Ending the wait
// does not end the transaction (see the package doc).
func (x *Tx) Wait(ctx context.Context) (*types.Receipt, error) {
	select {
	case <-x.t.done:
		return x.t.receipt, x.t.err
	case <-x.t.limited:
		x.m.mu.Lock()
		err := x.t.limitErr
		x.m.mu.Unlock()
		return nil, err
	case <-x.t.stopped:
		select {
		case <-x.t.done:
			return x.t.receipt, x.t.err
		default:
		}
		return nil, ErrStopped
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// tracked is a transaction in flight. The watcher owns its fields after
// Submit registers it; fields others read (cur, mined, the outcome) change
// under Manager.mu.
type tracked struct {
	nonce    uint64
	blob     bool
	cur      *types.Transaction // the latest version
	hashes   []common.Hash      // every version sent, oldest first
	bumps    int
	sentHead uint64    // head number when cur was sent
	sentAt   time.Time // when cur was sent
	accepted bool      // the node took cur (or may have)
	resumed  bool      // from the journal: nobody waits for it yet
	since    time.Time // when the first version was sent

	mined   *types.Receipt // a receipt in the canonical chain, not yet deep
	missing int            // heads at which the nonce was mined but no receipt of ours was found

	capped   bool          // fees are at the limit: no more bumps
	handled  bool          // the watcher has seen it at least once
	limited  chan struct{} // closed when the fee limit is reached
	limitErr error
	stopped  <-chan struct{} // the Manager's run it belongs to
	done     chan struct{}   // closed with receipt and err set
	receipt  *types.Receipt
	err      error
}

func newTracked(tx *types.Transaction, head uint64, stopped <-chan struct{}) *tracked {
	now := time.Now()
	return &tracked{
		nonce: tx.Nonce(), blob: tx.Type() == types.BlobTxType, cur: tx, hashes: []common.Hash{tx.Hash()},
		sentHead: head, sentAt: now, since: now, accepted: true,
		limited: make(chan struct{}), stopped: stopped, done: make(chan struct{}),
	}
}

// Submit checks c, gives it the next nonce, prices, journals and sends it,
// and returns the transaction to wait for. It fails without using a nonce
// if the call would revert (a *RevertError), if its fees are above the
// limits (ErrFeeLimit), or if the node refuses it outright.
func (m *Manager) Submit(ctx context.Context, c Candidate) (*Tx, error) {
	m.mu.Lock()
	running := m.running
	m.mu.Unlock()
	if !running {
		return nil, ErrStopped
	}
	if err := m.check(c); err != nil {
		return nil, err
	}
	blob := len(c.Blobs) > 0
	var sidecar *types.BlobTxSidecar
	if blob {
		version := types.BlobSidecarVersion1
		if m.cfg.BlobSidecarVersion0 {
			version = types.BlobSidecarVersion0
		}
		var err error
		if sidecar, err = BuildSidecar(c.Blobs, version); err != nil {
			return nil, err
		}
	}
	value := c.Value
	if value == nil {
		value = new(big.Int)
	}
	gas := c.GasLimit
	if gas == 0 {
		msg := ethereum.CallMsg{From: m.from, To: c.To, Data: c.Data, Value: value}
		if blob {
			// BLOBHASH reads the versioned hashes; the estimate needs them
			// and a blob fee cap the blob base fee passes.
			bf, err := m.blobBaseFee(ctx)
			if err != nil {
				return nil, err
			}
			msg.BlobHashes, msg.BlobGasFeeCap = sidecar.BlobHashes(), blobFeeCapFor(bf)
		}
		est, err := m.cfg.Client.EstimateGas(ctx, msg)
		if err != nil {
			if re, ok := revertFromCall(err, m.cfg.ABIs); ok {
				return nil, re
			}
			return nil, fmt.Errorf("txmgr: estimate gas: %w", err)
		}
		gas = withMargin(est, m.cfg.GasMargin)
		if gas > est {
			// The margin must not make a transaction that fits a block
			// one that none can take ("exceeds block gas limit").
			head, err := m.cfg.Client.HeaderByNumber(ctx, nil)
			if err != nil {
				return nil, fmt.Errorf("txmgr: L1 head: %w", err)
			}
			if gas > head.GasLimit && est <= head.GasLimit {
				gas = head.GasLimit
			}
		}
	}

	for {
		tx, retry, err := m.sendNew(ctx, c, value, gas, sidecar)
		if !retry {
			return tx, err
		}
		// The node still holds the account for the other txpool: it lets
		// go of it when it takes in the head that mined our transaction.
		m.log.Debug("the node still reserves the account for the other kind of transaction; retrying", "err", err)
		m.mu.Lock()
		stopped := m.stopped
		m.mu.Unlock()
		select {
		case <-time.After(m.cfg.PollInterval):
		case <-stopped:
			return nil, ErrStopped
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// sendNew takes the next nonce for c and sends it (see Submit). retry
// reports a refusal that passes: the node still reserving the account for
// the other kind of transaction.
func (m *Manager) sendNew(ctx context.Context, c Candidate, value *big.Int, gas uint64, sidecar *types.BlobTxSidecar) (_ *Tx, retry bool, _ error) {
	blob := sidecar != nil
	// The node keeps an account in one txpool at a time, so a transaction
	// of the other kind in flight must be mined first.
	for {
		m.sendMu.Lock()
		m.mu.Lock()
		if !m.running {
			m.mu.Unlock()
			m.sendMu.Unlock()
			return nil, false, ErrStopped
		}
		wait, stopped := m.otherKindInFlight(blob), m.stopped
		m.mu.Unlock()
		if wait == nil {
			break
		}
		m.sendMu.Unlock()
		m.log.Debug("waiting for the other kind of transaction to be mined", "blob", blob)
		select {
		case <-wait:
		case <-stopped:
			return nil, false, ErrStopped
		case <-ctx.Done():
			return nil, false, ctx.Err()
		}
	}
	defer m.sendMu.Unlock()

	head, q, err := m.quote(ctx, blob)
	if err != nil {
		return nil, false, err
	}
	fees := q.Fees(blob)
	if _, over := limit(fees, m.cfg.MaxFeeCap, m.cfg.MaxBlobFeeCap); over {
		return nil, false, fmt.Errorf("%w: L1 asks a fee cap of %s%s; limit %v%s", ErrFeeLimit, fees.FeeCap, blobFeeNote(fees.BlobFeeCap), m.cfg.MaxFeeCap, blobLimitNote(blob, m.cfg.MaxBlobFeeCap))
	}
	for attempt := 0; ; attempt++ {
		nonce := m.next
		m.mu.Lock()
		floor, hasFloor := m.floors[nonce]
		m.mu.Unlock()
		f := fees
		if hasFloor {
			// A gapped transaction of ours may still sit at this nonce.
			f = Replacement(floor, q, blob)
		}
		tx, err := m.sign(nonce, c.To, c.Data, value, gas, f, sidecar)
		if err != nil {
			return nil, false, err
		}
		if err := m.journalPut(tx); err != nil {
			return nil, false, err
		}
		err = m.publish(ctx, tx, 0)
		kind := classify(err)
		if kind == sendUnderpriced {
			// Another transaction holds the nonce in the node's txpool;
			// if it is mined already (the txpool lags the chain by a
			// moment), the nonce is gone: take the next one.
			if mined, merr := m.cfg.Client.NonceAt(ctx, m.from, nil); merr == nil && mined > nonce {
				kind = sendNonceTooLow
			}
		}
		switch kind {
		case sendOK, sendAmbiguous, sendUnderpriced:
			m.mu.Lock()
			t := newTracked(tx, head.Number.Uint64(), m.stopped)
			// Underpriced: the node holds another transaction at this
			// nonce that we do not know; the watcher raises ours.
			t.accepted = kind != sendUnderpriced
			m.txs[nonce] = t
			m.mu.Unlock()
			m.next = nonce + 1
			m.pendingChanged()
			m.wake()
			m.log.Info("sent L1 transaction", append(txAttrs(tx), "gas", gas)...)
			if kind == sendAmbiguous {
				m.log.Warn("the node's answer to an L1 transaction was lost; watching it as sent", "nonce", nonce, "tx", tx.Hash(), "err", err)
			}
			if kind == sendUnderpriced {
				m.log.Warn("the node holds another transaction of this key at the nonce; raising the fees at the next head", "nonce", nonce, "err", err)
			}
			return &Tx{m: m, t: t}, false, nil
		case sendNonceTooLow:
			m.journalDelete(nonce)
			// Another sender of this key took the nonce: read the node's
			// count again and retry once or twice.
			if attempt >= 2 {
				return nil, false, fmt.Errorf("txmgr: send nonce %d: %w", nonce, err)
			}
			n, nerr := m.cfg.Client.PendingNonceAt(ctx, m.from)
			if nerr != nil {
				return nil, false, fmt.Errorf("txmgr: nonce of %s: %w", m.from, nerr)
			}
			m.next = max(n, m.highestInFlight()+1, nonce+1)
			m.log.Warn("nonce used outside this manager; taking the next", "nonce", nonce, "next", m.next)
		case sendNonceTooHigh:
			m.journalDelete(nonce)
			// The node lacks an earlier nonce of the key: a transaction
			// whose Wait returned was taken away by an L1 reorg and not
			// kept. go-ethereum's blob pool refuses a transaction behind
			// such a gap (its other pool would queue it, and the watcher
			// finds the gap). With nothing of ours in flight from there
			// on, take the missing nonce.
			n, nerr := m.cfg.Client.PendingNonceAt(ctx, m.from)
			if nerr != nil || n >= nonce || attempt >= 2 || m.inFlightFrom(n) {
				return nil, false, fmt.Errorf("txmgr: send nonce %d: %w", nonce, err)
			}
			m.log.Warn("the node lacks an earlier nonce of this key (an L1 reorg took a transaction away); taking it", "nonce", n, "was", nonce)
			m.next = n
		case sendReserved:
			m.journalDelete(nonce)
			return nil, true, err
		case sendFeeCap:
			m.journalDelete(nonce)
			return nil, false, fmt.Errorf("%w: %v", ErrFeeLimit, err)
		default:
			m.journalDelete(nonce)
			m.log.Warn("the node refused an L1 transaction", append(txAttrs(tx), "err", err)...)
			return nil, false, fmt.Errorf("txmgr: send: %w", err)
		}
	}
}

func blobFeeNote(blobFeeCap *big.Int) string {
	if blobFeeCap == nil {
		return ""
	}
	return fmt.Sprintf(" and a blob fee cap of %s", blobFeeCap)
}

func blobLimitNote(blob bool, limit *big.Int) string {
	if !blob {
		return ""
	}
	return fmt.Sprintf(", blob fee cap limit %v", limit)
}

func (m *Manager) check(c Candidate) error {
	if len(c.Blobs) > 0 {
		if c.To == nil {
			return errors.New("txmgr: a blob transaction cannot create a contract")
		}
		if len(c.Blobs) > MaxBlobsPerTx {
			return fmt.Errorf("txmgr: %d blobs, at most %d fit one transaction", len(c.Blobs), MaxBlobsPerTx)
		}
	}
	if c.Value != nil && c.Value.Sign() < 0 {
		return fmt.Errorf("txmgr: negative value %s", c.Value)
	}
	return nil
}

// withMargin adds pct percent to an estimate, without passing the
// per-transaction gas cap (EIP-7825) unless the estimate itself does.
func withMargin(est, pct uint64) uint64 {
	g := est + est*pct/100
	if g > params.MaxTxGas {
		g = max(est, params.MaxTxGas)
	}
	return g
}

// otherKindInFlight returns a channel to wait on if a transaction of the
// other kind than blob is in flight and not mined, else nil. Called with
// mu held.
func (m *Manager) otherKindInFlight(blob bool) <-chan struct{} {
	for _, t := range m.txs {
		if t.blob != blob && t.mined == nil {
			return m.changed
		}
	}
	return nil
}

// inFlightFrom reports whether a transaction of this Manager's is in
// flight at nonce n or above.
func (m *Manager) inFlightFrom(n uint64) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	for nonce := range m.txs {
		if nonce >= n {
			return true
		}
	}
	return false
}

func (m *Manager) highestInFlight() uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	var h uint64
	for n := range m.txs {
		h = max(h, n)
	}
	return h
}

// signalChanged wakes Submits waiting for the other kind. Called with mu
// held.
func (m *Manager) signalChanged() {
	close(m.changed)
	m.changed = make(chan struct{})
}

func (m *Manager) wake() {
	select {
	case m.kick <- struct{}{}:
	default:
	}
}

func (m *Manager) pendingChanged() {
	if m.cfg.Metrics != nil {
		m.cfg.Metrics.Pending(m.PendingCount())
	}
}

// quote reads the head and prices a new transaction.
func (m *Manager) quote(ctx context.Context, blob bool) (*types.Header, Quote, error) {
	head, err := m.cfg.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, Quote{}, fmt.Errorf("txmgr: L1 head: %w", err)
	}
	if head.BaseFee == nil {
		return nil, Quote{}, errors.New("txmgr: the L1 head has no base fee (before London)")
	}
	tip, err := m.cfg.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, Quote{}, fmt.Errorf("txmgr: suggested tip: %w", err)
	}
	q := Quote{Tip: tip, BaseFee: head.BaseFee}
	if blob {
		if q.BlobBaseFee, err = m.blobBaseFee(ctx); err != nil {
			return nil, Quote{}, err
		}
	}
	return head, q, nil
}

func (m *Manager) blobBaseFee(ctx context.Context) (*big.Int, error) {
	r, ok := m.cfg.Client.(BlobFeeReader)
	if !ok {
		return nil, ErrNoBlobFee
	}
	f, err := r.BlobBaseFee(ctx)
	if err != nil {
		return nil, fmt.Errorf("txmgr: blob base fee: %w", err)
	}
	return f, nil
}

// sign builds and signs one version of a transaction.
func (m *Manager) sign(nonce uint64, to *common.Address, data []byte, value *big.Int, gas uint64, f Fees, sidecar *types.BlobTxSidecar) (*types.Transaction, error) {
	var inner types.TxData
	if sidecar != nil {
		v, overflow := uint256FromBig(value)
		if overflow {
			return nil, fmt.Errorf("txmgr: value %s overflows", value)
		}
		tip, o1 := uint256FromBig(f.Tip)
		capFee, o2 := uint256FromBig(f.FeeCap)
		blobCap, o3 := uint256FromBig(f.BlobFeeCap)
		chainID, _ := uint256FromBig(m.chainID)
		if o1 || o2 || o3 {
			return nil, errors.New("txmgr: fees overflow 256 bits")
		}
		inner = &types.BlobTx{
			ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: capFee, Gas: gas,
			To: *to, Value: v, Data: data, BlobFeeCap: blobCap,
			BlobHashes: sidecar.BlobHashes(), Sidecar: sidecar,
		}
	} else {
		inner = &types.DynamicFeeTx{
			ChainID: m.chainID, Nonce: nonce, GasTipCap: f.Tip, GasFeeCap: f.FeeCap, Gas: gas,
			To: to, Value: value, Data: data,
		}
	}
	tx, err := types.SignNewTx(m.cfg.Key, m.signer, inner)
	if err != nil {
		return nil, fmt.Errorf("txmgr: sign: %w", err)
	}
	return tx, nil
}

// publish hands tx to the node and tells Metrics.
func (m *Manager) publish(ctx context.Context, tx *types.Transaction, bump int) error {
	err := m.cfg.Client.SendTransaction(ctx, tx)
	if m.cfg.Metrics != nil {
		m.cfg.Metrics.Published(tx, bump, err)
	}
	return err
}

func (m *Manager) journalPut(tx *types.Transaction) error {
	if m.cfg.Journal == nil {
		return nil
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return fmt.Errorf("txmgr: encode nonce %d: %w", tx.Nonce(), err)
	}
	if err := m.cfg.Journal.Put(tx.Nonce(), raw); err != nil {
		return fmt.Errorf("txmgr: journal: %w", err)
	}
	return nil
}

func (m *Manager) journalDelete(nonce uint64) {
	if m.cfg.Journal == nil {
		return
	}
	if err := m.cfg.Journal.Delete(nonce); err != nil {
		m.log.Error("cannot delete a journaled L1 transaction; it will be resumed at the next start", "nonce", nonce, "err", err)
	}
}

// resume loads the journal and returns the transactions to follow again,
// deleting the entries whose nonce is Confirmations deep.
func (m *Manager) resume(ctx context.Context, signer types.Signer, chainID *big.Int) ([]*tracked, error) {
	if m.cfg.Journal == nil {
		return nil, nil
	}
	entries, err := m.cfg.Journal.Load()
	if err != nil {
		return nil, fmt.Errorf("txmgr: journal: %w", err)
	}
	if len(entries) == 0 {
		return nil, nil
	}
	head, err := m.cfg.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("txmgr: L1 head: %w", err)
	}
	var deep *big.Int // the block Confirmations below the head
	if h := head.Number.Uint64(); h >= m.cfg.Confirmations {
		deep = new(big.Int).SetUint64(h - m.cfg.Confirmations)
	}
	var confirmed uint64
	if deep != nil {
		if confirmed, err = m.cfg.Client.NonceAt(ctx, m.from, deep); err != nil {
			return nil, fmt.Errorf("txmgr: nonce of %s: %w", m.from, err)
		}
	}
	var out []*tracked
	for _, e := range entries {
		tx, err := decodeEntry(e, signer, chainID, m.from)
		if err != nil {
			return nil, err
		}
		if e.Nonce < confirmed {
			m.journalDelete(e.Nonce)
			continue
		}
		t := newTracked(tx, head.Number.Uint64(), nil) // Start sets stopped
		t.resumed = true
		t.accepted = false // unknown: the watcher sends it again at once
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b *tracked) int { return cmpUint64(a.nonce, b.nonce) })
	return out, nil
}

// PendingCount is the number of transactions in flight (sent, not yet
// Confirmations deep nor given up).
func (m *Manager) PendingCount() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.txs)
}

// PendingTx describes a transaction in flight.
type PendingTx struct {
	Nonce      uint64
	Hash       common.Hash // the latest version
	To         *common.Address
	Data       []byte
	Value      *big.Int
	BlobHashes []common.Hash
	Fees       Fees
	Bumps      int
	// Mined is the block it is mined in, waiting for confirmations (nil:
	// not mined).
	Mined *big.Int
	// Resumed: it came from the journal at Start (no Submit waits for it).
	Resumed bool
}

// Pending lists the transactions in flight in nonce order, so that a
// restarted caller knows what it has on its way (a batcher does not post
// the same blocks twice).
func (m *Manager) Pending() []PendingTx {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]PendingTx, 0, len(m.txs))
	for _, t := range m.txs {
		p := PendingTx{
			Nonce: t.nonce, Hash: t.cur.Hash(), To: t.cur.To(), Data: t.cur.Data(), Value: t.cur.Value(),
			BlobHashes: t.cur.BlobHashes(), Fees: feesOf(t.cur), Bumps: t.bumps, Resumed: t.resumed,
		}
		if t.mined != nil {
			p.Mined = new(big.Int).Set(t.mined.BlockNumber)
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b PendingTx) int { return cmpUint64(a.Nonce, b.Nonce) })
	return out
}

// InFlight reports whether a transaction of the key is on its way: one of
// this Manager's, or one the node's txpool holds (after an L1 reorg, the
// node puts the transactions of the removed blocks back there, including
// ones whose Wait returned).
func (m *Manager) InFlight(ctx context.Context) (bool, error) {
	if m.PendingCount() > 0 {
		return true, nil
	}
	pending, err := m.cfg.Client.PendingNonceAt(ctx, m.from)
	if err != nil {
		return false, fmt.Errorf("txmgr: pending nonce: %w", err)
	}
	mined, err := m.cfg.Client.NonceAt(ctx, m.from, nil)
	if err != nil {
		return false, fmt.Errorf("txmgr: nonce: %w", err)
	}
	return pending > mined, nil
}

func txAttrs(tx *types.Transaction) []any {
	a := []any{"nonce", tx.Nonce(), "tx", tx.Hash(), "tip", tx.GasTipCap(), "feeCap", tx.GasFeeCap()}
	if tx.Type() == types.BlobTxType {
		a = append(a, "blobs", len(tx.BlobHashes()), "blobFeeCap", tx.BlobGasFeeCap())
	}
	return a
}
