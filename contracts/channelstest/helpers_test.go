package channelstest

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/channel"
	"github.com/viaduct-l2/viaduct/contracts/bindings"
	"github.com/viaduct-l2/viaduct/contracts/internal/simtest"
)

// Challenge period bounds of the test deployment and the period every test
// channel uses.
const (
	minPeriod = 60
	maxPeriod = 30 * 24 * 3600
	period    = 3600
)

var abiC = bindings.NewChannels()

// env is a simulated chain with a Channels deployment and three accounts:
// alice (party A), bob (party B) and carol (an outsider: a watchtower or an
// attacker).
type env struct {
	t                 *testing.T
	chain             *simtest.Chain
	contract          common.Address
	domain            channel.Domain
	alice, bob, carol *simtest.Account
	deployer          *simtest.Account
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := newChainEnv(t)
	e.deploy(minPeriod, maxPeriod)
	return e
}

// newChainEnv is newEnv without the deployment (env.deploy).
func newChainEnv(t *testing.T) *env {
	t.Helper()
	chain := simtest.New(t, 4)
	return &env{t: t, chain: chain, deployer: chain.Accounts[0], alice: chain.Accounts[1], bob: chain.Accounts[2], carol: chain.Accounts[3]}
}

// deploy deploys Channels with the given challenge period bounds.
func (e *env) deploy(minP, maxP uint64) {
	e.t.Helper()
	e.contract = e.chain.Deploy(e.deployer, &bindings.ChannelsMetaData, abiC.PackConstructor(minP, maxP))
	e.domain = channel.Domain{ChainID: simtest.ChainID, Contract: e.contract}
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func u(b *big.Int) uint256.Int { return *uint256.MustFromBig(b) }

// openETH opens an ETH channel from alice to bob funded with depA by alice and
// depB by bob, and returns its id.
func (e *env) openETH(depA, depB *big.Int) common.Hash {
	e.t.Helper()
	r := e.chain.MustSend(e.alice, e.contract, abiC.PackOpen(e.bob.Address, common.Address{}, depA, period), depA)
	id := e.openedID(r)
	if depB.Sign() > 0 {
		e.chain.MustSend(e.bob, e.contract, abiC.PackDeposit(id, depB), depB)
	}
	return id
}

func (e *env) openedID(r *types.Receipt) common.Hash {
	e.t.Helper()
	for _, l := range r.Logs {
		if ev, err := abiC.UnpackChannelOpenedEvent(l); err == nil {
			return ev.ChannelId
		}
	}
	e.t.Fatalf("no ChannelOpened event in receipt of %s", r.TxHash)
	return common.Hash{}
}

// state builds a state of channel id that accounts for deposits depA/depB
// and gives balA to A (the rest to B).
func state(id common.Hash, nonce uint64, depA, depB, balA *big.Int) channel.State {
	total := new(big.Int).Add(depA, depB)
	return channel.State{
		ChannelID: id, Nonce: nonce,
		DepositA: u(depA), DepositB: u(depB),
		BalanceA: u(balA), BalanceB: u(new(big.Int).Sub(total, balA)),
	}
}

// sign returns alice's and bob's signatures of s under typeHash in domain d.
func (e *env) signIn(d channel.Domain, s channel.State, typeHash common.Hash) ([]byte, []byte) {
	e.t.Helper()
	sa, err := s.Sign(e.alice.Key, d, typeHash)
	if err != nil {
		e.t.Fatal(err)
	}
	sb, err := s.Sign(e.bob.Key, d, typeHash)
	if err != nil {
		e.t.Fatal(err)
	}
	return sa, sb
}

func (e *env) sign(s channel.State) ([]byte, []byte) {
	return e.signIn(e.domain, s, channel.StateTypeHash)
}

func (e *env) signFinal(s channel.State) ([]byte, []byte) {
	return e.signIn(e.domain, s, channel.FinalStateTypeHash)
}

func (e *env) forceClose(from *simtest.Account, id common.Hash, s channel.State, sa, sb []byte) (*types.Receipt, error) {
	return e.chain.Send(from, e.contract, abiC.PackForceClose(id, s.Binding(), sa, sb), nil)
}

func (e *env) challenge(from *simtest.Account, id common.Hash, s channel.State, sa, sb []byte) (*types.Receipt, error) {
	return e.chain.Send(from, e.contract, abiC.PackChallenge(id, s.Binding(), sa, sb), nil)
}

func (e *env) coopClose(from *simtest.Account, id common.Hash, s channel.State, sa, sb []byte) (*types.Receipt, error) {
	return e.chain.Send(from, e.contract, abiC.PackCooperativeClose(id, s.Binding(), sa, sb), nil)
}

func (e *env) settle(from *simtest.Account, id common.Hash) (*types.Receipt, error) {
	return e.chain.Send(from, e.contract, abiC.PackSettle(id), nil)
}

func (e *env) channel(id common.Hash) bindings.ChannelsChannel {
	e.t.Helper()
	return simtest.MustCall(e.chain, e.contract, abiC.PackGetChannel(id), abiC.UnpackGetChannel)
}

func (e *env) withdrawable(token, party common.Address) *big.Int {
	e.t.Helper()
	return simtest.MustCall(e.chain, e.contract, abiC.PackWithdrawable(token, party), abiC.UnpackWithdrawable)
}

// wantRevert fails the test unless err is a revert with the custom error
// `signature` (e.g. "StaleState(uint64,uint64)").
func wantRevert(t *testing.T, err error, signature string) {
	t.Helper()
	data, ok := simtest.RevertData(err)
	if !ok {
		t.Fatalf("got %v, want revert %s", err, signature)
	}
	if want := simtest.ErrorSelector(signature); !bytes.HasPrefix(data, want) {
		t.Fatalf("reverted with %x, want %s (%x)", data, signature, want)
	}
}

// gasCost is what a receipt cost its sender in wei.
func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// balanceDelta tracks ETH balances across a step, net of the gas each
// account paid for the receipts handed to paid.
type balanceDelta struct {
	e      *env
	before map[common.Address]*big.Int
	gas    map[common.Address]*big.Int
}

func (e *env) track(accts ...*simtest.Account) *balanceDelta {
	d := &balanceDelta{e: e, before: map[common.Address]*big.Int{}, gas: map[common.Address]*big.Int{}}
	for _, a := range accts {
		d.before[a.Address] = e.chain.Balance(a.Address)
		d.gas[a.Address] = new(big.Int)
	}
	return d
}

func (d *balanceDelta) paid(a *simtest.Account, r *types.Receipt) {
	d.gas[a.Address].Add(d.gas[a.Address], gasCost(r))
}

// want checks that a's balance grew by exactly amount, gas aside.
func (d *balanceDelta) want(a *simtest.Account, amount *big.Int) {
	d.e.t.Helper()
	now := d.e.chain.Balance(a.Address)
	got := new(big.Int).Sub(now, d.before[a.Address])
	got.Add(got, d.gas[a.Address])
	if got.Cmp(amount) != 0 {
		d.e.t.Fatalf("%s received %s wei, want %s", a.Address, got, amount)
	}
}

// advance mines an empty block d later. The simulated chain refuses while
// its transaction pool still lists a transaction that was just mined (the
// pool catches up asynchronously), so this retries for a moment.
func (e *env) advance(d time.Duration) {
	e.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := e.chain.Backend.AdjustTime(d)
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("adjusting time by %s: %v", d, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
