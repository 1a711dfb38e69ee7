package core

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"os"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/viaduct-l2/viaduct/state"
)

// The throughput benchmarks run on a state of benchAccounts funded accounts,
// of which the first benchSenders have known keys and send.
const (
	benchAccounts = 1_000_000
	benchSenders  = 4096
)

type benchFixture struct {
	db      *state.DB
	keys    []*ecdsa.PrivateKey
	senders []common.Address
	nonces  []uint64
	parent  *Header
	next    int // next sender
	rcpt    uint64
}

var (
	benchDir    string // removed by TestMain
	fixtureOnce sync.Once
	fixture     *benchFixture
	fixtureErr  error
)

func benchAddr(i uint64) common.Address {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], i)
	return common.BytesToAddress(crypto.Keccak256(b[:])[:20])
}

// loadFixture builds the million-account state once per process (building
// it takes a while and is not what the benchmarks measure).
func loadFixture(b *testing.B) *benchFixture {
	b.Helper()
	fixtureOnce.Do(func() {
		// A node gives Pebble a block cache sized for its state; the default
		// 8 MB would make every tree read decompress a block again.
		// On disk, as a node's: an in-memory file system would charge
		// its own slice growth (8% of the CPU) to the write path.
		opts := state.PebbleOptions(1 << 30)
		defer opts.Cache.Unref()
		dir, err := os.MkdirTemp("", "viaduct-core-bench-")
		if err != nil {
			fixtureErr = err
			return
		}
		benchDir = dir
		pdb, err := pebble.Open(dir, opts)
		if err != nil {
			fixtureErr = err
			return
		}
		db, err := state.New(pdb)
		if err != nil {
			fixtureErr = err
			return
		}
		f := &benchFixture{db: db, parent: &Header{Number: 1, Timestamp: 1, TxDataHash: EmptyTxDataHash}}
		bal := *uint256.MustFromBig(ether(1_000_000))
		const chunk = 100_000
		for start := 0; start < benchAccounts; start += chunk {
			d := &state.Diff{Accounts: make(map[common.Address]state.Account, chunk), Tokens: map[state.TokenID]uint256.Int{}}
			for i := start; i < start+chunk; i++ {
				if i < benchSenders {
					k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("bench sender %d", i))))
					if err != nil {
						fixtureErr = err
						return
					}
					f.keys = append(f.keys, k)
					a := crypto.PubkeyToAddress(k.PublicKey)
					f.senders = append(f.senders, a)
					d.Accounts[a] = state.Account{Balance: bal}
					d.Tokens[state.TokenID{Owner: a, Token: tokenA}] = bal
					continue
				}
				d.Accounts[benchAddr(uint64(i))] = state.Account{Balance: bal}
			}
			p, err := db.Prepare(d)
			if err == nil {
				err = db.Commit(p, nil, false)
			}
			if err != nil {
				fixtureErr = err
				return
			}
		}
		// Start from a flushed, compacted database, as a node that has run
		// for a while would have, not from a million keys in the memtable.
		if err := pdb.Compact([]byte{0}, []byte{0xff}, true); err != nil {
			fixtureErr = err
			return
		}
		// And with a warm block cache: read everything once, as the
		// blocks of a node that has served for a while would be cached.
		it, err := pdb.NewIter(nil)
		if err != nil {
			fixtureErr = err
			return
		}
		for it.First(); it.Valid(); it.Next() {
		}
		if err := it.Close(); err != nil {
			fixtureErr = err
			return
		}
		f.nonces = make([]uint64, benchSenders)
		f.parent.StateRoot = db.Root()
		fixture = f
	})
	if fixtureErr != nil {
		b.Fatal(fixtureErr)
	}
	return fixture
}

// signBlocks signs n blocks of MaxTxsPerBlock transfers (ERC-20 transfers
// for every tokenEvery-th, 0 for none) from distinct senders to accounts
// spread over the whole state, and returns each block's tx data.
func (f *benchFixture) signBlocks(b *testing.B, n int, tokenEvery int) [][]byte {
	b.Helper()
	signer := types.LatestSignerForChainID(testCfg.BigChainID())
	out := make([][]byte, n)
	for blk := range out {
		var data []byte
		for i := range MaxTxsPerBlock {
			s := f.next % benchSenders
			f.next++
			f.rcpt = f.rcpt*6364136223846793005 + 1442695040888963407
			to := benchAddr(f.rcpt % benchAccounts)
			inner := &types.DynamicFeeTx{ChainID: testCfg.BigChainID(), Nonce: f.nonces[s], GasTipCap: big.NewInt(1_000_000),
				GasFeeCap: big.NewInt(200_000_000), Gas: TransferGas, To: &to, Value: big.NewInt(1_000_000_000_000)}
			if tokenEvery > 0 && i%tokenEvery == 0 {
				inner.To, inner.Value, inner.Gas = &tokenA, new(big.Int), TokenTransferGas
				inner.Data = transferData(to, big.NewInt(1_000_000))
			}
			f.nonces[s]++
			t, err := types.SignNewTx(f.keys[s], signer, inner)
			if err != nil {
				b.Fatal(err)
			}
			tx, err := FromTransaction(t, testCfg)
			if err != nil {
				b.Fatal(err)
			}
			data = AppendTx(data, tx)
		}
		out[blk] = data
	}
	return out
}

// decodeRound decodes a round's tx data and recovers every sender, in
// parallel over the cores.
func decodeRound(b *testing.B, blocks [][]byte) [][]*Tx {
	decoded := make([][]*Tx, len(blocks))
	var all []*Tx
	for i, data := range blocks {
		txs, err := DecodeTxs(data)
		if err != nil {
			b.Error(err)
			return nil
		}
		decoded[i] = txs
		all = append(all, txs...)
	}
	RecoverSenders(all, testCfg.ChainID)
	return decoded
}

// execRound executes decoded blocks in order, computing each state root and
// committing it to Pebble.
func (f *benchFixture) execRound(b *testing.B, decoded [][]*Tx) {
	for _, txs := range decoded {
		bl, err := NewBuilder(testCfg, f.db, f.parent, f.parent.Timestamp+1, feeTo)
		if err != nil {
			b.Fatal(err)
		}
		for _, tx := range txs {
			if err := bl.ApplyTx(tx); err != nil {
				b.Fatal(err)
			}
		}
		o, err := bl.Finish()
		if err != nil {
			b.Fatal(err)
		}
		p, err := f.db.Prepare(o.Diff)
		if err != nil {
			b.Fatal(err)
		}
		if err := f.db.Commit(p, nil, false); err != nil {
			b.Fatal(err)
		}
		f.parent = o.Header(p.Root())
	}
}

// benchThroughput measures transfers per second through decode, parallel
// sender recovery, the state transition, the state root and the Pebble
// commit, on a million funded accounts, in rounds of 16 blocks of 64
// transfers. Signing happens before the timer starts. Pipelined, round k+1
// is decoded and its senders recovered while round k executes, as in the
// node (the sequencer recovers senders when the RPC admits a transaction,
// concurrently with block production); serial, each round is decoded,
// recovered and then executed.
func benchThroughput(b *testing.B, tokenEvery int, pipelined bool) {
	f := loadFixture(b)
	const perRound = 16
	var rounds [][][]byte
	for done := 0; done < b.N; done += perRound * MaxTxsPerBlock {
		n := min(perRound, (b.N-done+MaxTxsPerBlock-1)/MaxTxsPerBlock)
		rounds = append(rounds, f.signBlocks(b, n, tokenEvery))
	}
	cpu0 := processCPU()
	b.ResetTimer()
	if pipelined {
		next := make(chan [][]*Tx, 1)
		go func() {
			for _, r := range rounds {
				next <- decodeRound(b, r)
			}
			close(next)
		}()
		for decoded := range next {
			f.execRound(b, decoded)
		}
	} else {
		for _, r := range rounds {
			f.execRound(b, decodeRound(b, r))
		}
	}
	b.StopTimer()
	var done int
	for _, r := range rounds {
		done += len(r) * MaxTxsPerBlock
	}
	b.ReportMetric(float64(done)/b.Elapsed().Seconds(), "transfers/s")
	// CPU time of the whole process (all threads, Pebble's included) per
	// transfer: unlike the rate, it hardly depends on what else the machine
	// runs, and 2 cores / it bounds the rate on an idle machine.
	b.ReportMetric(float64((processCPU()-cpu0).Microseconds())/float64(done), "cpu-µs/transfer")
	b.ReportMetric(0, "ns/op") // per-transfer time is misleading when rounded to blocks
}

// processCPU returns the user and system CPU time the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkTransfersETH1M(b *testing.B)       { benchThroughput(b, 0, true) }
func BenchmarkTransfersMixed1M(b *testing.B)     { benchThroughput(b, 4, true) } // one ERC-20 transfer in four
func BenchmarkTransfersETH1MSerial(b *testing.B) { benchThroughput(b, 0, false) }

// BenchmarkSenderRecovery is the cost that RecoverSenders spreads over the
// cores, per transaction.
func BenchmarkSenderRecovery(b *testing.B) {
	f := loadFixture(b)
	blocks := f.signBlocks(b, 16, 0)
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		var all []*Tx
		for _, data := range blocks {
			txs, _ := DecodeTxs(data)
			all = append(all, txs...)
		}
		b.StartTimer()
		RecoverSenders(all, testCfg.ChainID)
	}
	b.ReportMetric(b.Elapsed().Seconds()*1e6/float64(b.N*len(blocks)*MaxTxsPerBlock), "µs/tx")
}

// BenchmarkStateRoot measures computing the state root (without committing)
// of the diff that 1,000 ETH transfers between distinct accounts leave, on
// the million-account state: 2,000 accounts and the fee recipient.
func BenchmarkStateRoot1000Transfers(b *testing.B) {
	f := loadFixture(b)
	d := &state.Diff{Accounts: map[common.Address]state.Account{}, Tokens: map[state.TokenID]uint256.Int{}}
	for i := range 2000 {
		d.Accounts[benchAddr(uint64(benchSenders+i*97))] = state.Account{Nonce: 1, Balance: *uint256.NewInt(uint64(i))}
	}
	d.Accounts[feeTo] = state.Account{Balance: *uint256.NewInt(1)}
	for b.Loop() {
		if _, err := f.db.Prepare(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodingSize reports the bytes of tx data per transfer, with
// realistic values (nonce in the hundreds, fee cap 2x the base fee, a tip).
func BenchmarkEncodingSize(b *testing.B) {
	key := testKeys[0]
	eth := mustTx(b, key, txSpec{nonce: 300, tip: big.NewInt(1_000_000), cap: big.NewInt(200_000_000), to: testAddrs[1], value: big.NewInt(25_000_000_000_000_000)})
	tok := mustTx(b, key, txSpec{nonce: 301, tip: big.NewInt(1_000_000), cap: big.NewInt(200_000_000), to: tokenA, data: transferData(testAddrs[1], big.NewInt(150_000_000))})
	var n int
	for b.Loop() {
		n = len(AppendTx(nil, eth))
	}
	b.ReportMetric(float64(n), "bytes/eth-transfer")
	b.ReportMetric(float64(len(AppendTx(nil, tok))), "bytes/erc20-transfer")
	raw, _ := eth.Transaction(testCfg.ChainID).MarshalBinary()
	b.ReportMetric(float64(len(raw)), "bytes/eth-envelope")
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}
