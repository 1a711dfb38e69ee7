package node

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/contracts/rollup"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/internal/devl1"
	"github.com/viaduct-l2/viaduct/txmgr"
)

func TestConfigCheckNamesTheBlobSources(t *testing.T) {
	good := Config{Role: RoleVerifier, DataDir: "x", L1: &ethclient.Client{}, Rollup: common.HexToAddress("0x1"), L2: core.DevConfig(), RPCAddr: "127.0.0.1:0", Log: testLog(t)}
	for _, bad := range []Config{
		func() Config { c := good; c.L1Beacon = "127.0.0.1:5052"; return c }(),
		func() Config {
			c := good
			c.BlobArchives = []string{"http://127.0.0.1:9545", "ftp://archive"}
			return c
		}(),
	} {
		if err := bad.Check(); err == nil || !strings.Contains(err.Error(), "L1Beacon or BlobArchives") {
			t.Errorf("Check = %v, want an error naming L1Beacon or BlobArchives", err)
		}
	}
	ok := good
	ok.L1Beacon, ok.BlobArchives = "http://127.0.0.1:5052", []string{"http://127.0.0.1:9545/", "https://blobs.example"}
	if err := ok.Check(); err != nil {
		t.Fatalf("good sources refused: %v", err)
	}
}

// A verifier derives a blob batch through --l1-beacon and keeps its blobs;
// another, with no beacon node, derives it from the first one's RPC port
// (--blob-archive), where every node serves its store through the beacon
// API behind the RPC's Host and Origin checks.
func TestNodeServesItsBlobsToAnotherNode(t *testing.T) {
	skipBlobsUnderRace(t)
	l1c, err := devl1.Start(devl1.Config{MaxBlockInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	seqKey := devl1.DevKey(4)
	addr, deployBlock, err := l1c.DeployRollup(ctx, devl1.DevKey(0), rollup.DevConfig(crypto.PubkeyToAddress(seqKey.PublicKey)))
	if err != nil {
		t.Fatal(err)
	}

	// The sequencer's part, done here: three empty blocks, posted as one
	// blob batch.
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	poster, err := chain.Open(db, core.DevConfig())
	if err != nil {
		t.Fatal(err)
	}
	head, err := l1c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var headers []*core.Header
	var data [][]byte
	for range 3 {
		o, err := core.Execute(core.DevConfig(), poster.State(), poster.Head(), head.Time, common.Address{}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		p, err := poster.Prepare(o.Diff)
		if err != nil {
			t.Fatal(err)
		}
		blk := chain.FromOutcome(o, p.Root())
		if err := poster.Append(blk, p); err != nil {
			t.Fatal(err)
		}
		headers, data = append(headers, blk.Header), append(data, blk.TxData)
	}
	blobs, lengths, err := rollup.EncodeBlobs(data)
	if err != nil {
		t.Fatal(err)
	}
	m, err := l1c.Sender(seqKey)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Send(ctx, txmgr.Candidate{To: &addr, Data: rollup.SubmitBlobBatchCall(headers, lengths), Value: rollup.DevConfig(common.Address{}).Bond, Blobs: blobs}); err != nil {
		t.Fatal(err)
	}
	beacon := httptest.NewServer(l1c.Beacon())
	defer beacon.Close()

	start := func(mutate func(c *Config)) *Node {
		cfg := Config{Role: RoleVerifier, DataDir: t.TempDir(), L1: l1c.Client, Rollup: addr, DeployBlock: deployBlock, L2: core.DevConfig(),
			RPCAddr: "127.0.0.1:0", PollInterval: 50 * time.Millisecond, Log: testLog(t)}
		mutate(&cfg)
		n, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Start(ctx); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { n.Stop(context.Background()) })
		return n
	}
	want := poster.Head().Hash()
	a := start(func(c *Config) { c.L1Beacon = beacon.URL })
	waitFor(t, "the first verifier to derive the blob batch", time.Minute, func() bool { return a.Chain.Head().Hash() == want })
	if n, err := a.Blobs.Count(); err != nil || n != 1 {
		t.Fatalf("the first verifier keeps %d blobs (%v), want the batch's 1", n, err)
	}
	b := start(func(c *Config) { c.BlobArchives = []string{"http://" + a.RPCAddr()} })
	waitFor(t, "the second verifier to derive the blob batch from the first", time.Minute, func() bool { return b.Chain.Head().Hash() == want })

	// The archive follows the beacon node's clock.
	var g struct {
		Data struct {
			GenesisTime string `json:"genesis_time"`
		} `json:"data"`
	}
	get := func(url string, hdr map[string]string) *http.Response {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		for k, v := range hdr {
			if k == "Host" {
				req.Host = v
			} else {
				req.Header.Set(k, v)
			}
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	resp := get("http://"+a.RPCAddr()+"/eth/v1/beacon/genesis", nil)
	json.NewDecoder(resp.Body).Decode(&g)
	resp.Body.Close()
	genesis, err := l1c.Client.HeaderByNumber(ctx, common.Big0)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || g.Data.GenesisTime != strconv.FormatUint(genesis.Time, 10) {
		t.Fatalf("the archive's genesis: status %d, %q; want the beacon node's %d", resp.StatusCode, g.Data.GenesisTime, genesis.Time)
	}
	// A page of another origin, or a rebound host name, gets nothing.
	for _, hdr := range []map[string]string{{"Origin": "https://evil.example"}, {"Host": "evil.example"}} {
		resp := get("http://"+a.RPCAddr()+"/eth/v1/beacon/genesis", hdr)
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("with %v: status %d, want 403", hdr, resp.StatusCode)
		}
	}
}
