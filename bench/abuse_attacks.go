package bench

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"

	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/wire"
)

// target is the node under attack, as every attacker sees it.
type target struct {
	url      string // http://127.0.0.1:port
	ws       string // ws://127.0.0.1:port
	hostport string // 127.0.0.1:port
	chainID  *big.Int
	baseFee  *big.Int
	tip      *big.Int // the node's suggested tip
	token    common.Address
	honest   []common.Address // whose proofs and logs the floods ask for
	view     *chainView
}

// chainView is what the sampler last read of the node: the head, the
// safe block, the oldest block whose state it proves, and its pool.
type chainView struct {
	head, safe, oldest atomic.Uint64
	queued, pooled     atomic.Int64
}

// abuseKey derives attacker account i of a kind, as benchKey does for the
// honest accounts.
func abuseKey(kind string, i int) *ecdsa.PrivateKey {
	var seed [40]byte
	copy(seed[:], "viaduct-bench-abuse-"+kind)
	binary.BigEndian.PutUint64(seed[32:], uint64(i))
	for {
		k, err := crypto.ToECDSA(crypto.Keccak256(seed[:]))
		if err == nil {
			return k
		}
		seed[31]++
	}
}

// rawTx is a signed transfer, hex-encoded for eth_sendRawTransaction.
func signTransfer(chainID *big.Int, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value, tip, feeCap *big.Int) (string, common.Hash, error) {
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: core.TransferGas, To: &to, Value: value,
	})
	if err != nil {
		return "", common.Hash{}, fmt.Errorf("bench: signing an attacker's transaction: %w", err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return "", common.Hash{}, fmt.Errorf("bench: encoding an attacker's transaction: %w", err)
	}
	return hexutil.Encode(raw), tx.Hash(), nil
}

// attackClient is a JSON-RPC client over HTTP with its own connections, so
// that an attacker's requests queue on no one else's.
func attackClient(ctx context.Context, url string) (*rpc.Client, error) {
	hc := &http.Client{Timeout: 40 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 4, IdleConnTimeout: time.Minute}}
	c, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(hc))
	if err != nil {
		return nil, fmt.Errorf("bench: attacker's connection to %s: %w", url, err)
	}
	return c, nil
}

// sendBatch sends elems as one request and counts each call's outcome,
// and reports whether it counted them: nothing is counted when ctx ended
// meanwhile (the run stopped the call; the node did not refuse it).
func sendBatch(ctx context.Context, c *rpc.Client, t *tally, elems []rpc.BatchElem) bool {
	err := c.BatchCallContext(ctx, elems)
	if ctx.Err() != nil {
		return false
	}
	t.request(len(elems))
	if err != nil {
		t.outcome(err, len(elems))
		return true
	}
	for _, e := range elems {
		t.outcome(e.Error, 1)
	}
	return true
}

// jamAttack is the gapped-nonce jam: accounts holding a tiny balance each
// send nonces 1–63 (their account's nonce is 0, so none can execute) at
// the lowest fee there is (fee cap = base fee, no tip), and send them
// again every 10 s.
type jamAttack struct {
	keys    []*ecdsa.PrivateKey
	raws    [][]string // per account, nonces 1..63
	hashes  [][]common.Hash
	clients int
	t       tally
	mu      sync.Mutex
	in      map[common.Hash]bool // admitted at least once
	first   chan struct{}        // closed once every account has sent once
}

// jamBalance is what a jam account holds: 0.0001 ETH, as the accounts of
// the original attack.
var jamBalance = big.NewInt(1e14)

func newJamAttack(tg *target, accounts, clients int) (*jamAttack, error) {
	j := &jamAttack{clients: clients, in: map[common.Hash]bool{}, first: make(chan struct{})}
	sink := common.HexToAddress("0x000000000000000000000000000000000000dead")
	for i := range accounts {
		k := abuseKey("jam", i)
		var raws []string
		var hs []common.Hash
		for n := uint64(1); n < 64; n++ {
			raw, h, err := signTransfer(tg.chainID, k, n, sink, big.NewInt(1), new(big.Int), tg.baseFee)
			if err != nil {
				return nil, err
			}
			raws, hs = append(raws, raw), append(hs, h)
		}
		j.keys, j.raws, j.hashes = append(j.keys, k), append(j.raws, raws), append(j.hashes, hs)
	}
	return j, nil
}

func (j *jamAttack) run(ctx context.Context, tg *target) error {
	var wg, firstRound sync.WaitGroup
	errs := make([]error, j.clients)
	for w := range j.clients {
		wg.Add(1)
		firstRound.Add(1)
		go func() {
			defer wg.Done()
			c, err := attackClient(ctx, tg.url)
			if err != nil {
				errs[w] = err
				firstRound.Done()
				return
			}
			defer c.Close()
			for round := 0; ctx.Err() == nil; round++ {
				for a := w; a < len(j.keys) && ctx.Err() == nil; a += j.clients {
					elems := make([]rpc.BatchElem, len(j.raws[a]))
					for i, raw := range j.raws[a] {
						elems[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{raw}, Result: new(common.Hash)}
					}
					if !sendBatch(ctx, c, &j.t, elems) {
						break
					}
					j.mu.Lock()
					for i, e := range elems {
						if e.Error == nil {
							j.in[j.hashes[a][i]] = true
						}
					}
					j.mu.Unlock()
				}
				if round == 0 {
					firstRound.Done()
				}
				select {
				case <-ctx.Done():
				case <-time.After(10 * time.Second):
				}
			}
		}()
	}
	go func() { firstRound.Wait(); close(j.first) }()
	wg.Wait()
	return errors.Join(errs...)
}

func (j *jamAttack) result() JamResult {
	j.mu.Lock()
	defer j.mu.Unlock()
	return JamResult{Accounts: len(j.keys), Tally: j.t.snapshot(), Admitted: int64(len(j.in))}
}

// costAttack is the cumulative-cost attack: accounts in pairs; in each
// round one of a pair reads its balance b, sends its next 64 nonces at
// once to the other, each worth 30% of b (so that its balance covers
// exactly 3 of them), counts how many were admitted, waits until those are
// in blocks, and the pair swaps roles.
type costAttack struct {
	keys       []*ecdsa.PrivateKey
	t          tally
	rounds     atomic.Int64
	covered    atomic.Int64
	overdrafts atomic.Int64
}

// costBalance is what each cost attacker is given.
var costBalance = big.NewInt(1e18)

func newCostAttack(pairs int) *costAttack {
	c := &costAttack{}
	for i := range 2 * pairs {
		c.keys = append(c.keys, abuseKey("cost", i))
	}
	return c
}

func (ca *costAttack) run(ctx context.Context, tg *target) error {
	var wg sync.WaitGroup
	errs := make([]error, len(ca.keys)/2)
	feeCap := new(big.Int).Add(new(big.Int).Mul(tg.baseFee, big.NewInt(2)), tg.tip)
	for p := range len(ca.keys) / 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := attackClient(ctx, tg.url)
			if err != nil {
				errs[p] = err
				return
			}
			defer c.Close()
			from, to := ca.keys[2*p], ca.keys[2*p+1]
			for ctx.Err() == nil {
				if err := ca.round(ctx, c, tg, from, to, feeCap); err != nil && ctx.Err() == nil {
					errs[p] = err
					return
				}
				from, to = to, from
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// round is one burst of 64 transactions from `from`, the wait for the
// executable ones to be in blocks, and the count of those the node kept.
func (ca *costAttack) round(ctx context.Context, c *rpc.Client, tg *target, fromKey, toKey *ecdsa.PrivateKey, feeCap *big.Int) error {
	from, to := crypto.PubkeyToAddress(fromKey.PublicKey), crypto.PubkeyToAddress(toKey.PublicKey)
	var bal hexutil.Big
	var latest, pending hexutil.Uint64
	if err := c.BatchCallContext(ctx, []rpc.BatchElem{
		{Method: "eth_getBalance", Args: []any{from, "latest"}, Result: &bal},
		{Method: "eth_getTransactionCount", Args: []any{from, "latest"}, Result: &latest},
		{Method: "eth_getTransactionCount", Args: []any{from, "pending"}, Result: &pending},
	}); err != nil {
		return fmt.Errorf("bench: cost attacker %s: %w", from, err)
	}
	if pending != latest {
		// Some of the last round still pooled: its costs would count.
		return sleepCtx(ctx, 100*time.Millisecond)
	}
	b := (*big.Int)(&bal)
	value := new(big.Int).Div(new(big.Int).Mul(b, big.NewInt(3)), big.NewInt(10))
	cost := new(big.Int).Add(value, new(big.Int).Mul(big.NewInt(int64(core.TransferGas)), feeCap))
	covered := new(big.Int).Div(b, cost).Int64()
	elems := make([]rpc.BatchElem, 64)
	for i := range elems {
		raw, _, err := signTransfer(tg.chainID, fromKey, uint64(latest)+uint64(i), to, value, tg.tip, feeCap)
		if err != nil {
			return err
		}
		elems[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{raw}, Result: new(common.Hash)}
	}
	if !sendBatch(ctx, c, &ca.t, elems) {
		return nil
	}
	ca.rounds.Add(1)
	ca.covered.Add(min(covered, 64))
	kept, err := ca.settle(ctx, c, from, uint64(latest), elems)
	if err != nil || ctx.Err() != nil {
		return nil // the round's end is unknown: counted as no overdraft
	}
	ca.overdrafts.Add(max(0, kept-covered))
	return nil
}

// settle waits until none of the round's transactions that can execute is
// pooled (the sender's "latest" nonce is its "pending" one) and returns how
// many the node kept: those executed, and those still pooled behind a
// nonce gap. A node may process one batch's sends in any order: a later
// nonce that arrives before earlier ones is pooled behind the gap while
// the costs pooled then fit, and evicted once executable ones take the
// balance. It was answered with a hash, but it can never be paid; what
// would be an overdraft is a transaction kept beyond the balance.
func (ca *costAttack) settle(ctx context.Context, c *rpc.Client, from common.Address, first uint64, elems []rpc.BatchElem) (int64, error) {
	var latest, pending hexutil.Uint64
	deadline := time.Now().Add(30 * time.Second)
	for {
		if err := c.BatchCallContext(ctx, []rpc.BatchElem{
			{Method: "eth_getTransactionCount", Args: []any{from, "latest"}, Result: &latest},
			{Method: "eth_getTransactionCount", Args: []any{from, "pending"}, Result: &pending},
		}); err != nil {
			return 0, err
		}
		if latest == pending || time.Now().After(deadline) {
			break
		}
		if err := sleepCtx(ctx, 50*time.Millisecond); err != nil {
			return 0, err
		}
	}
	kept := int64(latest) - int64(first)
	var held []rpc.BatchElem
	for i, e := range elems {
		if e.Error == nil && first+uint64(i) >= uint64(latest) {
			held = append(held, rpc.BatchElem{Method: "eth_getTransactionByHash", Args: []any{*e.Result.(*common.Hash)}, Result: new(json.RawMessage)})
		}
	}
	if len(held) == 0 {
		return kept, nil
	}
	if err := c.BatchCallContext(ctx, held); err != nil {
		return 0, err
	}
	for _, h := range held {
		if r := *h.Result.(*json.RawMessage); h.Error == nil && len(r) > 0 && string(r) != "null" {
			kept++
		}
	}
	return kept, nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

func (ca *costAttack) result() CostResult {
	return CostResult{Accounts: len(ca.keys), Rounds: ca.rounds.Load(), Tally: ca.t.snapshot(), Covered: ca.covered.Load(), Overdrafts: ca.overdrafts.Load()}
}

// floodAttack is clients sending, back to back, JSON-RPC batches of 20
// expensive reads that batch builds.
type floodAttack struct {
	clients int
	what    string
	batch   func(tg *target, rng *rand.Rand) []rpc.BatchElem
	t       tally
}

func (f *floodAttack) run(ctx context.Context, tg *target) error {
	var wg sync.WaitGroup
	errs := make([]error, f.clients)
	for w := range f.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := attackClient(ctx, tg.url)
			if err != nil {
				errs[w] = err
				return
			}
			defer c.Close()
			rng := rand.New(rand.NewPCG(uint64(w), 0xf100d))
			for ctx.Err() == nil {
				sendBatch(ctx, c, &f.t, f.batch(tg, rng))
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (f *floodAttack) result() FloodResult {
	return FloodResult{Clients: f.clients, What: f.what, Tally: f.t.snapshot()}
}

// proofBatch is 20 viaduct_getProof calls for honest accounts (with the
// token, if there is one) at blocks drawn from the oldest the node proves
// to its head.
func proofBatch(tg *target, rng *rand.Rand) []rpc.BatchElem {
	head, oldest := tg.view.head.Load(), tg.view.oldest.Load()
	oldest = min(oldest, head)
	tokens := []common.Address{}
	if tg.token != (common.Address{}) {
		tokens = append(tokens, tg.token)
	}
	elems := make([]rpc.BatchElem, 20)
	for i := range elems {
		n := oldest + rng.Uint64N(head-oldest+1)
		who := tg.honest[rng.IntN(len(tg.honest))]
		elems[i] = rpc.BatchElem{Method: wire.MethodGetProof, Args: []any{who, tokens, hexutil.Uint64(n)}, Result: new(json.RawMessage)}
	}
	return elems
}

var transferTopic = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))

// logBatch is 20 eth_getLogs calls over the widest range the node takes
// (10,000 blocks up to the head): every log; every log of the token; the
// token's transfers to the most popular honest account.
func logBatch(tg *target, _ *rand.Rand) []rpc.BatchElem {
	head := tg.view.head.Load()
	from := hexutil.Uint64(0)
	if head >= 10_000 {
		from = hexutil.Uint64(head - 9_999)
	}
	elems := make([]rpc.BatchElem, 20)
	for i := range elems {
		q := map[string]any{"fromBlock": from, "toBlock": "latest"}
		switch i % 3 {
		case 1:
			q["address"] = tg.token
		case 2:
			q["address"] = tg.token
			q["topics"] = []any{transferTopic, nil, common.BytesToHash(tg.honest[0][:])}
		}
		elems[i] = rpc.BatchElem{Method: "eth_getLogs", Args: []any{q}, Result: new(json.RawMessage)}
	}
	return elems
}

// rpcAnswer is one JSON-RPC response object.
type rpcAnswer struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// countAnswers counts the outcome of `calls` calls from an HTTP answer:
// an error status refuses them all; a single error answering a batch
// (go-ethereum's "batch too large") refuses them all; otherwise each
// answer object counts for its call, and calls without one failed.
func countAnswers(t *tally, status int, body []byte, calls int) {
	if status != http.StatusOK {
		t.refused(fmt.Sprintf("HTTP %d: %s", status, NormalizeMessage(string(body))), calls)
		return
	}
	var answers []rpcAnswer
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if err := json.Unmarshal(trimmed, &answers); err != nil {
			t.failed("answer does not decode: "+NormalizeMessage(err.Error()), calls)
			return
		}
	} else {
		var a rpcAnswer
		if err := json.Unmarshal(trimmed, &a); err != nil {
			t.failed("answer does not decode: "+NormalizeMessage(err.Error()), calls)
			return
		}
		answers = []rpcAnswer{a}
	}
	if len(answers) == 1 && answers[0].Error != nil && calls > 1 {
		t.refused(answerError(answers[0]), calls)
		return
	}
	counted := 0
	for _, a := range answers[:min(len(answers), calls)] {
		if a.Error != nil {
			t.refused(answerError(a), 1)
		} else {
			t.answered(1)
		}
		counted++
	}
	t.failed("no answer for the call", calls-counted)
}

func answerError(a rpcAnswer) string {
	return fmt.Sprintf("[%d] %s", a.Error.Code, NormalizeMessage(a.Error.Message))
}

// oversizedKind is one kind of oversized or malformed request.
type oversizedKind struct {
	name       string
	mustRefuse bool
	calls      int
	body       func(tg *target) []byte
	ws         bool // sent as one WebSocket message
	t          tally
	maxBytes   atomic.Int64
}

func oversizedKinds() []*oversizedKind {
	call := func(id int, method, params string) string {
		return fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":%q,"params":%s}`, id, method, params)
	}
	batchOf := func(n int, f func(i int) string) []byte {
		parts := make([]string, n)
		for i := range parts {
			parts[i] = f(i)
		}
		return []byte("[" + strings.Join(parts, ",") + "]")
	}
	huge := func(*target) []byte {
		return []byte(call(1, "eth_blockNumber", `["`+strings.Repeat("a", 2<<20)+`"]`))
	}
	return []*oversizedKind{
		{name: "batch of 1,001 calls", mustRefuse: true, calls: 1001, body: func(*target) []byte {
			return batchOf(1001, func(i int) string { return call(i, "eth_blockNumber", "[]") })
		}},
		{name: "params nested 50,000 deep", mustRefuse: true, calls: 1, body: func(*target) []byte {
			return []byte(call(1, "eth_blockNumber", strings.Repeat("[", 50_000)+strings.Repeat("]", 50_000)))
		}},
		{name: "2 MiB request body", mustRefuse: true, calls: 1, body: huge},
		{name: "2 MiB WebSocket message", mustRefuse: true, calls: 1, body: huge, ws: true},
		{name: "batch of 1,000 whole blocks with their transactions", calls: 1000, body: func(tg *target) []byte {
			head := tg.view.head.Load()
			return batchOf(1000, func(i int) string {
				return call(i, "eth_getBlockByNumber", fmt.Sprintf(`["%s",true]`, hexutil.Uint64(head-min(head, uint64(i)))))
			})
		}},
	}
}

// oversizedAttack is clients sending the oversized kinds in turn, one
// request every 200 ms each.
type oversizedAttack struct {
	clients int
	kinds   []*oversizedKind
}

func (o *oversizedAttack) run(ctx context.Context, tg *target) error {
	var wg sync.WaitGroup
	bodies := map[string][]byte{}
	for _, k := range o.kinds {
		if k.name != "batch of 1,000 whole blocks with their transactions" {
			bodies[k.name] = k.body(tg) // the same bytes every time
		}
	}
	for w := range o.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hc := &http.Client{Timeout: 40 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 2}}
			for i := w; ctx.Err() == nil; i++ {
				k := o.kinds[i%len(o.kinds)]
				body, ok := bodies[k.name]
				if !ok {
					body = k.body(tg)
				}
				if k.ws {
					o.sendWS(ctx, tg, k, body)
				} else {
					o.sendHTTP(ctx, hc, tg, k, body)
				}
				_ = sleepCtx(ctx, 200*time.Millisecond)
			}
		}()
	}
	wg.Wait()
	return nil
}

func (o *oversizedAttack) sendHTTP(ctx context.Context, hc *http.Client, tg *target, k *oversizedKind, body []byte) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, tg.url, bytes.NewReader(body))
	if err != nil {
		return
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if ctx.Err() != nil {
		if err == nil {
			resp.Body.Close()
		}
		return
	}
	k.t.request(k.calls)
	if err != nil {
		k.t.failed(NormalizeMessage(err.Error()), k.calls)
		return
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		if ctx.Err() == nil {
			k.t.failed("reading the answer: "+NormalizeMessage(err.Error()), k.calls)
		}
		return
	}
	if n := int64(len(answer)); n > k.maxBytes.Load() {
		k.maxBytes.Store(n)
	}
	countAnswers(&k.t, resp.StatusCode, answer, k.calls)
}

func (o *oversizedAttack) sendWS(ctx context.Context, tg *target, k *oversizedKind, body []byte) {
	d := websocket.Dialer{HandshakeTimeout: 20 * time.Second}
	conn, _, err := d.DialContext(ctx, tg.ws, nil)
	if err != nil {
		if ctx.Err() == nil {
			k.t.request(k.calls)
			k.t.failed("dial: "+NormalizeMessage(err.Error()), k.calls)
		}
		return
	}
	defer conn.Close()
	k.t.request(k.calls)
	if err := conn.WriteMessage(websocket.TextMessage, body); err != nil {
		k.t.refused("connection closed while sending: "+NormalizeMessage(err.Error()), k.calls)
		return
	}
	_ = conn.SetReadDeadline(time.Now().Add(20 * time.Second))
	_, answer, err := conn.ReadMessage()
	var ce *websocket.CloseError
	switch {
	case err == nil:
		countAnswers(&k.t, http.StatusOK, answer, k.calls)
	case errors.As(err, &ce):
		k.t.refused(fmt.Sprintf("WebSocket closed by the node: %d %s", ce.Code, NormalizeMessage(ce.Text)), k.calls)
	default:
		k.t.failed("WebSocket read: "+NormalizeMessage(err.Error()), k.calls)
	}
}

func (o *oversizedAttack) result() []KindResult {
	var out []KindResult
	for _, k := range o.kinds {
		out = append(out, KindResult{Kind: k.name, MustRefuse: k.mustRefuse, Tally: k.t.snapshot(), MaxAnswerBytes: k.maxBytes.Load()})
	}
	return out
}

// connAttack opens target WebSocket connections (clients at a time),
// makes one call on each, holds them for the phase, and at its end makes
// one more call on each.
type connAttack struct {
	target, clients int
	t               tally
	served, alive   atomic.Int64
	dropped         atomic.Int64
}

func (ca *connAttack) run(ctx context.Context, tg *target) error {
	var wg sync.WaitGroup
	var next atomic.Int64
	for range ca.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil && next.Add(1) <= int64(ca.target) {
				d := websocket.Dialer{HandshakeTimeout: 20 * time.Second}
				conn, _, err := d.DialContext(ctx, tg.ws, nil)
				if ctx.Err() != nil {
					if err == nil {
						conn.Close()
					}
					return
				}
				ca.t.request(1)
				if err != nil {
					ca.t.outcome(err, 1)
					continue
				}
				ca.t.answered(1)
				wg.Add(1)
				go func() { defer wg.Done(); ca.hold(ctx, conn) }()
			}
		}()
	}
	wg.Wait()
	return nil
}

// hold serves one connection: its reader, the first call, the wait, the
// last call.
func (ca *connAttack) hold(ctx context.Context, conn *websocket.Conn) {
	answers := make(chan struct{}, 4)
	closed := make(chan struct{})
	var ours atomic.Bool
	go func() {
		defer close(closed)
		for {
			if _, _, err := conn.ReadMessage(); err != nil {
				if !ours.Load() {
					ca.dropped.Add(1)
				}
				return
			}
			select {
			case answers <- struct{}{}:
			default:
			}
		}
	}()
	call := func(wait time.Duration) bool {
		if err := conn.WriteMessage(websocket.TextMessage, []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"}`)); err != nil {
			return false
		}
		select {
		case <-answers:
			return true
		case <-closed:
		case <-time.After(wait):
		}
		return false
	}
	if call(30 * time.Second) {
		ca.served.Add(1)
	}
	select {
	case <-ctx.Done():
		if call(15 * time.Second) {
			ca.alive.Add(1)
		}
	case <-closed:
	}
	ours.Store(true)
	conn.Close()
	<-closed
}

func (ca *connAttack) result() ConnResult {
	return ConnResult{Target: ca.target, Tally: ca.t.snapshot(), Served: ca.served.Load(), AliveAtEnd: ca.alive.Load(), Dropped: ca.dropped.Load()}
}

// slowAttack is slowloris: clients each holding one connection that sends
// a request's headers one line a second and never ends them, opening the
// next when the node closes it.
type slowAttack struct {
	clients                          int
	conns, dialFailed, closed, atEnd atomic.Int64
	mu                               sync.Mutex
	held                             []int64 // ns, of the connections the node closed
}

func (s *slowAttack) run(ctx context.Context, tg *target) error {
	var wg sync.WaitGroup
	for range s.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				s.one(ctx, tg)
			}
		}()
	}
	wg.Wait()
	return nil
}

func (s *slowAttack) one(ctx context.Context, tg *target) {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", tg.hostport)
	if err != nil {
		if ctx.Err() == nil {
			s.dialFailed.Add(1)
			_ = sleepCtx(ctx, time.Second)
		}
		return
	}
	defer conn.Close()
	s.conns.Add(1)
	start := time.Now()
	closed := make(chan struct{})
	go func() {
		defer close(closed)
		buf := make([]byte, 512)
		for {
			if _, err := conn.Read(buf); err != nil {
				return
			}
		}
	}()
	if _, err := fmt.Fprintf(conn, "POST / HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n", tg.hostport); err != nil {
		s.closedAfter(time.Since(start))
		return
	}
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for i := 0; ; i++ {
		select {
		case <-closed:
			s.closedAfter(time.Since(start))
			return
		case <-ctx.Done():
			s.atEnd.Add(1)
			conn.Close()
			<-closed
			return
		case <-t.C:
			if _, err := fmt.Fprintf(conn, "X-Slow-%d: 1\r\n", i); err != nil {
				<-closed
				s.closedAfter(time.Since(start))
				return
			}
		}
	}
}

func (s *slowAttack) closedAfter(d time.Duration) {
	s.closed.Add(1)
	s.mu.Lock()
	s.held = append(s.held, int64(d))
	s.mu.Unlock()
}

func (s *slowAttack) result() SlowlorisResult {
	s.mu.Lock()
	p := percentiles(s.held)
	s.mu.Unlock()
	return SlowlorisResult{Clients: s.clients, Connections: s.conns.Load(), DialFailed: s.dialFailed.Load(), Closed: s.closed.Load(),
		OpenAtEnd: s.atEnd.Load(), HeldP50: p.P50 / 1000, HeldMax: p.Max / 1000}
}

// evilOrigin is the page that must not reach the node, and evilHost the
// name a DNS-rebinding page gives it.
const (
	evilOrigin = "https://evil.example"
	evilHost   = "rebind.evil.example"
)

// browserKind is one request a hostile web page can make the browser send.
type browserKind struct {
	name string
	// try sends it and reports whether the node granted it, or the
	// status of its refusal, or an error (no answer).
	try func(ctx context.Context, hc *http.Client, tg *target) (granted bool, refusal string, err error)
	t   tally
}

func browserKinds() []*browserKind {
	post := func(ctx context.Context, hc *http.Client, tg *target, origin, host string) (bool, string, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, tg.url, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`))
		if err != nil {
			return false, "", err
		}
		req.Header.Set("Content-Type", "application/json")
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		if host != "" {
			req.Host = host
		}
		resp, err := hc.Do(req)
		if err != nil {
			return false, "", err
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		grant := resp.Header.Get("Access-Control-Allow-Origin")
		if resp.StatusCode == http.StatusOK || grant == "*" || (origin != "" && grant == origin) {
			return true, "", nil
		}
		return false, fmt.Sprintf("HTTP %d: %s", resp.StatusCode, NormalizeMessage(string(body))), nil
	}
	ws := func(ctx context.Context, tg *target, h http.Header) (bool, string, error) {
		d := websocket.Dialer{HandshakeTimeout: 20 * time.Second}
		conn, resp, err := d.DialContext(ctx, tg.ws, h)
		if err == nil {
			conn.Close()
			return true, "", nil
		}
		if resp != nil {
			return false, fmt.Sprintf("HTTP %d: %s", resp.StatusCode, NormalizeMessage(readBody(resp, 4096))), nil
		}
		return false, "", err
	}
	return []*browserKind{
		{name: "HTTP call with Origin " + evilOrigin, try: func(ctx context.Context, hc *http.Client, tg *target) (bool, string, error) {
			return post(ctx, hc, tg, evilOrigin, "")
		}},
		{name: "CORS preflight from " + evilOrigin, try: func(ctx context.Context, hc *http.Client, tg *target) (bool, string, error) {
			req, err := http.NewRequestWithContext(ctx, http.MethodOptions, tg.url, nil)
			if err != nil {
				return false, "", err
			}
			req.Header.Set("Origin", evilOrigin)
			req.Header.Set("Access-Control-Request-Method", "POST")
			req.Header.Set("Access-Control-Request-Headers", "content-type")
			resp, err := hc.Do(req)
			if err != nil {
				return false, "", err
			}
			defer resp.Body.Close()
			if resp.Header.Get("Access-Control-Allow-Origin") != "" {
				return true, "", nil
			}
			return false, fmt.Sprintf("HTTP %d: %s", resp.StatusCode, NormalizeMessage(readBody(resp, 4096))), nil
		}},
		{name: "WebSocket from " + evilOrigin, try: func(ctx context.Context, _ *http.Client, tg *target) (bool, string, error) {
			return ws(ctx, tg, http.Header{"Origin": {evilOrigin}})
		}},
		{name: "HTTP call with Host " + evilHost, try: func(ctx context.Context, hc *http.Client, tg *target) (bool, string, error) {
			_, port, _ := net.SplitHostPort(tg.hostport)
			return post(ctx, hc, tg, "", evilHost+":"+port)
		}},
		{name: "WebSocket with Host " + evilHost, try: func(ctx context.Context, _ *http.Client, tg *target) (bool, string, error) {
			_, port, _ := net.SplitHostPort(tg.hostport)
			return ws(ctx, tg, http.Header{"Host": {evilHost + ":" + port}})
		}},
	}
}

// readBody reads at most limit bytes of an answer's body.
func readBody(resp *http.Response, limit int64) string {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, limit))
	return string(b)
}

// browserAttack is clients making the browser kinds' requests in turn,
// one every 100 ms each.
type browserAttack struct {
	clients int
	kinds   []*browserKind
}

func (b *browserAttack) run(ctx context.Context, tg *target) error {
	var wg sync.WaitGroup
	for w := range b.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hc := &http.Client{Timeout: 40 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 2}}
			for i := w; ctx.Err() == nil; i++ {
				k := b.kinds[i%len(b.kinds)]
				granted, refusal, err := k.try(ctx, hc, tg)
				if ctx.Err() != nil {
					return
				}
				k.t.request(1)
				switch {
				case err != nil:
					k.t.failed(NormalizeMessage(err.Error()), 1)
				case granted:
					k.t.answered(1)
				default:
					k.t.refused(refusal, 1)
				}
				_ = sleepCtx(ctx, 100*time.Millisecond)
			}
		}()
	}
	wg.Wait()
	return nil
}

func (b *browserAttack) result() []KindResult {
	var out []KindResult
	for _, k := range b.kinds {
		out = append(out, KindResult{Kind: k.name, MustRefuse: true, Tally: k.t.snapshot()})
	}
	return out
}
