package devl1

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/viaduct-l2/viaduct/blob"
	"github.com/viaduct-l2/viaduct/internal/version"
)

// Backend is the chain go-ethereum runs for a development L1: what its
// simulated backend (ethclient/simulated) builds, built here so that the
// chain can keep the blob sidecars sent to it and serve the beacon API on
// its port. Its methods are the simulated backend's.
type Backend struct {
	stack  *node.Node
	eth    *eth.Ethereum
	beacon *catalyst.SimulatedBeacon
	client *ethclient.Client
	blobs  *blobKeeper
}

// newBackend starts the chain, as simulated.NewBackend with the options
// Start gives it, plus the sidecar keeper in front of
// eth_sendRawTransaction and, when served, the beacon API under /eth/.
func newBackend(alloc types.GenesisAlloc, port int, blobs *blobKeeper) (_ *Backend, err error) {
	nodeConf := node.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true}
	nodeConf.IPCPath = "" // never a shared /tmp/geth.ipc
	if port != 0 {
		nodeConf.HTTPHost, nodeConf.HTTPPort = "127.0.0.1", port
		nodeConf.WSHost, nodeConf.WSPort = "127.0.0.1", port
		nodeConf.HTTPModules = []string{"eth", "net", "web3"}
		nodeConf.WSModules = []string{"eth", "net", "web3"}
		nodeConf.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
		nodeConf.WSOrigins = []string{"*"}
	}
	// The dev chain starts on every fork, so the system contracts those
	// forks call must be there from genesis (as the simulated backend does).
	genesisAlloc := core.SystemContractAllocs()
	maps.Copy(genesisAlloc, alloc)
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{Config: params.AllDevChainProtocolChanges, GasLimit: ethconfig.Defaults.Miner.GasCeil, Alloc: genesisAlloc}
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	ethConf.LogNoHistory = true

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("devl1: node: %w", err)
	}
	defer func() {
		if err != nil {
			stack.Close()
		}
	}()
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		return nil, fmt.Errorf("devl1: ethereum: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	send, err := newSendAPI(backend, blobs)
	if err != nil {
		return nil, err
	}
	// Registered after eth's own: its methods replace theirs.
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: send}})
	b := &Backend{stack: stack, eth: backend, blobs: blobs}
	if port != 0 {
		stack.RegisterHandler("beacon API", blob.PathPrefix, b.beaconHandler())
	}
	if err := stack.Start(); err != nil {
		return nil, fmt.Errorf("devl1: starting the node: %w", err)
	}
	if b.beacon, err = catalyst.NewSimulatedBeacon(0, common.Address{}, backend); err != nil {
		return nil, fmt.Errorf("devl1: beacon: %w", err)
	}
	if err := b.beacon.Fork(backend.BlockChain().GetCanonicalHash(0)); err != nil {
		return nil, fmt.Errorf("devl1: beacon: %w", err)
	}
	b.client = ethclient.NewClient(stack.Attach())
	return b, nil
}

// Close shuts the chain down.
func (b *Backend) Close() error {
	b.client.Close()
	return errors.Join(b.beacon.Stop(), b.stack.Close())
}

// Commit seals a block with the pending transactions, and keeps the
// sidecars of its blob transactions.
func (b *Backend) Commit() common.Hash {
	h := b.beacon.Commit()
	b.blobs.sealed(b.eth.BlockChain())
	return h
}

// Rollback drops the pending transactions.
func (b *Backend) Rollback() { b.beacon.Rollback() }

// Fork makes parentHash the head, so that the next blocks build a side
// chain that becomes canonical once longer (simulated.Backend.Fork).
func (b *Backend) Fork(parentHash common.Hash) error { return b.beacon.Fork(parentHash) }

// AdjustTime seals an empty block adjustment later than the head.
func (b *Backend) AdjustTime(adjustment time.Duration) error { return b.beacon.AdjustTime(adjustment) }

// beaconHandler serves the chain's blobs through the beacon API.
func (b *Backend) beaconHandler() http.Handler {
	return &blob.Handler{Backend: &beaconView{k: b.blobs, bc: b.eth.BlockChain()}, Version: "viaduct-devl1/v" + version.Version, Log: b.blobs.log}
}

// Client returns a client of the chain.
func (b *Backend) Client() simulated.Client { return b.client }

// rawSender is the part of go-ethereum's eth_ transaction API that the
// sidecar keeper sits in front of.
type rawSender interface {
	SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error)
	SendRawTransactionSync(ctx context.Context, input hexutil.Bytes, timeoutMs *uint64) (map[string]interface{}, error)
}

// sendAPI is eth_sendRawTransaction and eth_sendRawTransactionSync as
// go-ethereum answers them, having first kept the transaction's blob
// sidecar: a block carries only the versioned hashes, and a consensus
// client takes the blobs from the execution node's pool at sealing; this
// chain's keeper takes them at the door instead, so that no sealing can
// miss them.
type sendAPI struct {
	orig  rawSender
	blobs *blobKeeper
}

func newSendAPI(backend *eth.Ethereum, blobs *blobKeeper) (*sendAPI, error) {
	for _, api := range backend.APIs() {
		if s, ok := api.Service.(rawSender); ok && api.Namespace == "eth" {
			return &sendAPI{orig: s, blobs: blobs}, nil
		}
	}
	return nil, errors.New("devl1: go-ethereum's eth API has no eth_sendRawTransaction")
}

func (a *sendAPI) SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error) {
	a.blobs.sent(input)
	return a.orig.SendRawTransaction(ctx, input)
}

func (a *sendAPI) SendRawTransactionSync(ctx context.Context, input hexutil.Bytes, timeoutMs *uint64) (map[string]interface{}, error) {
	a.blobs.sent(input)
	return a.orig.SendRawTransactionSync(ctx, input, timeoutMs)
}
