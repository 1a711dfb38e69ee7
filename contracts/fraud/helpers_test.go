// Package fraud_test replays blocks against the Solidity FraudVerifier on
// go-ethereum's simulated chain, with witnesses from package fraud: the
// core's JSON vectors (every invalid block provably fraudulent, every valid
// one not), attacks on the verifier's inputs, random blocks that insert and
// delete keys in a larger tree, and the gas of the worst block.
package fraud_test

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
	"github.com/viaduct-l2/viaduct/contracts/testbindings"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/fraud"
	"github.com/viaduct-l2/viaduct/state"
)

// The verdicts and rules of FraudVerifier, in its enums' order.
const (
	fraudNone uint8 = iota
	fraudMalformedTxData
	fraudTooManyTxs
	fraudInvalidTx
	fraudFeeCreditOverflow
	fraudWithdrawalsRoot
	fraudStateRoot
)

// ruleOf maps the core's error texts to FraudVerifier.Rule.
var ruleOf = map[error]uint8{
	core.ErrBridgeNotToken:     1,
	core.ErrZeroAmount:         2,
	core.ErrGasLimitTooHigh:    3,
	core.ErrIntrinsicGas:       4,
	core.ErrTipAboveFeeCap:     5,
	core.ErrFeeCapTooLow:       6,
	core.ErrInvalidSender:      7,
	core.ErrNonceTooLow:        8,
	core.ErrNonceTooHigh:       9,
	core.ErrNonceMax:           10,
	core.ErrInsufficientFunds:  11,
	core.ErrTokenBalanceTooLow: 12,
	core.ErrBalanceOverflow:    13,
}

var (
	verifierABI = bindings.NewFraudVerifier()
	queueABI    = testbindings.NewQueueHarness()
)

// rig is a FraudVerifier reading queue hashes from a QueueHarness.
type rig struct {
	t        *testing.T
	chain    *simtest.Chain
	queue    common.Address
	verifier common.Address
	cfg      *core.Config
}

func newRig(t *testing.T, cfg *core.Config) *rig {
	chain := simtest.New(t, 1)
	r := &rig{t: t, chain: chain, cfg: cfg}
	r.queue = chain.Deploy(chain.Accounts[0], &testbindings.QueueHarnessMetaData, nil)
	r.verifier = chain.Deploy(chain.Accounts[0], &bindings.FraudVerifierMetaData,
		verifierABI.PackConstructor(r.queue, cfg.ChainID, cfg.BaseFee.ToBig()))
	return r
}

// enqueue stores the items' hashes at their queue indices from first on.
func (r *rig) enqueue(first uint64, items []core.QueueItem) {
	r.t.Helper()
	for i := range items {
		r.chain.MustSend(r.chain.Accounts[0], r.queue,
			queueABI.PackSetQueueItemHash(new(big.Int).SetUint64(first+uint64(i)), items[i].Hash()), nil)
	}
}

// proof is everything a verify call takes.
type proof struct {
	parent, header *core.Header
	txData         []byte
	queue          []byte
	witness        []byte
}

func newProof(t *testing.T, parent, header *core.Header, txData []byte, queue []core.QueueItem, w *fraud.Witness) *proof {
	t.Helper()
	enc, err := w.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var q []byte
	for i := range queue {
		q = append(q, queue[i].Encode()...)
	}
	return &proof{parent: parent, header: header, txData: txData, queue: q, witness: enc}
}

func (p *proof) calldata() []byte {
	return verifierABI.PackVerify(p.parent.Encode(), p.header.Encode(), p.txData, p.queue, p.witness)
}

// verify returns the verdict, or the revert.
func (r *rig) verify(p *proof) (bindings.FraudVerifierResult, error) {
	out, err := r.chain.Call(r.verifier, p.calldata())
	if err != nil {
		return bindings.FraudVerifierResult{}, err
	}
	return verifierABI.UnpackVerify(out)
}

// mustRevert checks that the call reverts with the named custom error.
func (r *rig) mustRevert(p *proof, errSig string) {
	r.t.Helper()
	res, err := r.verify(p)
	if err == nil {
		r.t.Fatalf("verify gave verdict %+v, want revert %s", res, errSig)
	}
	data, ok := simtest.RevertData(err)
	if !ok || !bytes.HasPrefix(data, simtest.ErrorSelector(errSig)) {
		r.t.Fatalf("verify failed with %v, want revert %s", err, errSig)
	}
}

// memState returns an empty state database in memory.
func memState(t testing.TB) *state.DB {
	t.Helper()
	pdb, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pdb.Close() })
	db, err := state.New(pdb)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func commit(t testing.TB, db *state.DB, d *state.Diff) {
	t.Helper()
	p, err := db.Prepare(d)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(p, nil, false); err != nil {
		t.Fatal(err)
	}
}

// signer is an L2 account with a key.
type signer struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newSigner(label string) signer {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("viaduct/fraud-test/" + label)))
	if err != nil {
		panic(err) // keccak output is a valid key but for a 2^-128 chance
	}
	return signer{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// txSpec is one L2 transaction to sign.
type txSpec struct {
	from      signer
	nonce     uint64
	to        common.Address
	value     *uint256.Int
	token     bool
	recipient common.Address
	amount    *uint256.Int
	gas       uint64 // 0: the kind's gas
	tip, cap  *uint256.Int
}

func sign(t testing.TB, cfg *core.Config, s txSpec) *core.Tx {
	t.Helper()
	var data []byte
	value := new(big.Int)
	if s.token {
		data = make([]byte, 68)
		copy(data, core.TransferSelector[:])
		copy(data[16:36], s.recipient[:])
		s.amount.WriteToSlice(data[36:68])
	} else if s.value != nil {
		value = s.value.ToBig()
	}
	gas := s.gas
	if gas == 0 {
		k := core.Tx{Token: s.token, To: s.to, Recipient: s.recipient}
		gas = k.Kind().Gas()
	}
	tip, feeCap := big.NewInt(1), new(big.Int).Mul(cfg.BaseFee.ToBig(), big.NewInt(2))
	if s.tip != nil {
		tip, feeCap = s.tip.ToBig(), s.cap.ToBig()
	}
	to := s.to
	tx, err := types.SignNewTx(s.from.key, types.LatestSignerForChainID(cfg.BigChainID()), &types.DynamicFeeTx{
		ChainID: cfg.BigChainID(), Nonce: s.nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
		To: &to, Value: value, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	out, err := core.FromTransaction(tx, cfg)
	if err != nil {
		t.Fatalf("tx %+v: %v", s, err)
	}
	return out
}

// honest executes a block on db and returns its correct header and the
// witness, checking that the witness reaches the same post-state root as
// the state database.
func honest(t testing.TB, cfg *core.Config, db *state.DB, parent *core.Header, ts uint64, feeTo common.Address, queue []core.QueueItem, txData []byte) (*core.Header, *fraud.Built) {
	t.Helper()
	o, err := core.Execute(cfg, db, parent, ts, feeTo, queue, txData)
	if err != nil {
		t.Fatalf("block is invalid: %v", err)
	}
	p, err := db.Prepare(o.Diff)
	if err != nil {
		t.Fatal(err)
	}
	h := o.Header(p.Root())
	built, err := fraud.Build(cfg, db, parent, h, queue, txData)
	if err != nil {
		t.Fatal(err)
	}
	if built.PostRoot != p.Root() {
		t.Fatalf("witness reaches root %s, state database %s", built.PostRoot, p.Root())
	}
	return h, built
}

func describe(res bindings.FraudVerifierResult) string {
	return fmt.Sprintf("fraud %d tx %s rule %d", res.Fraud, res.TxIndex, res.Rule)
}
