package explorer

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/viaduct-l2/viaduct/chain"
	"github.com/viaduct-l2/viaduct/core"
	"github.com/viaduct-l2/viaduct/l1"
)

// page is what every page's layout shows.
type page struct {
	Title   string
	Role    string
	Query   string
	Refresh int // seconds between live updates (the script's), 0: none
	ChainID uint64
	Rollup  *common.Address
	Head    uint64
	Safe    uint64
	Final   uint64
	L1Block uint64
	Now     int64
}

// view is one request's consistent reading of the node: the L1 snapshot
// and the heads, read once.
type view struct {
	e     *Explorer
	snap  *l1.Snapshot
	head  *core.Header
	safe  uint64
	final uint64
	now   time.Time
	// blocks read by this request, by number.
	blocks map[uint64]*chain.Block
}

func (e *Explorer) view() *view {
	head := e.cfg.Chain.Head()
	safe := min(e.cfg.Heads.SafeBlock(), head.Number)
	return &view{
		e: e, snap: e.cfg.L1.Snapshot(), head: head, safe: safe, final: min(e.cfg.Heads.FinalizedBlock(), safe),
		now: e.cfg.Now(), blocks: map[uint64]*chain.Block{},
	}
}

func (v *view) page(title string) page {
	p := page{
		Title: title, Role: v.e.cfg.Role, ChainID: v.e.cfg.Chain.Config().ChainID,
		Head: v.head.Number, Safe: v.safe, Final: v.final, L1Block: v.snap.L1Block, Now: v.now.Unix(),
	}
	if v.e.cfg.Rollup != nil {
		p.Rollup = &v.e.cfg.Rollup.Address
	}
	return p
}

func (v *view) block(n uint64) (*chain.Block, error) {
	if b, ok := v.blocks[n]; ok {
		return b, nil
	}
	b, err := v.e.cfg.Chain.BlockByNumber(n)
	if err != nil {
		return nil, err
	}
	v.blocks[n] = b
	return b, nil
}

// level is how far block n is confirmed (D9).
func (v *view) level(n uint64) string {
	switch {
	case n <= v.final:
		return "finalized"
	case n <= v.safe:
		return "safe"
	}
	return "latest"
}

// render writes a page, or the error page if it cannot be made.
func (e *Explorer) render(w http.ResponseWriter, r *http.Request, name string, status int, data any) {
	var buf bytes.Buffer
	if err := e.pages[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		e.cfg.Log.Error("explorer page failed", "page", name, "path", r.URL.Path, "err", err)
		http.Error(w, "the page could not be made", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

type errorPage struct {
	page
	Message string
}

func (e *Explorer) fail(w http.ResponseWriter, r *http.Request, status int, title, msg string) {
	v := e.view()
	e.render(w, r, "error", status, &errorPage{page: v.page(title), Message: msg})
}

func (e *Explorer) failErr(w http.ResponseWriter, r *http.Request, err error) {
	e.cfg.Log.Warn("explorer page failed", "path", r.URL.Path, "err", err)
	e.fail(w, r, http.StatusInternalServerError, "The node could not read this", err.Error())
}

// ----- amounts and names -----

type tokenRef struct {
	Address common.Address
	Symbol  string // label()ed; empty for an unknown token
	Name    string
}

func (v *view) token(addr common.Address) tokenRef {
	t := tokenRef{Address: addr}
	if tok, ok := v.snap.Token(addr); ok {
		t.Symbol, t.Name = label(tok.Symbol), label(tok.Name)
	}
	return t
}

// amount writes a token amount in the token's units and names the unit.
func (v *view) amount(token common.Address, amt *big.Int) string {
	if token == (common.Address{}) {
		return ether(amt)
	}
	tok, ok := v.snap.Token(token)
	if !ok {
		return units(amt, 0) + " units of token " + shortHex(token.Hex())
	}
	sym := label(tok.Symbol)
	if sym == "" {
		sym = "units of " + shortHex(token.Hex())
	}
	return units(amt, tok.Decimals) + " " + sym
}

// ----- rows shared by the pages -----

type txRow struct {
	Hash      common.Hash
	Kind      string
	From      common.Address
	To        common.Address // the L2 recipient (a token's recipient, not the token)
	ToBridge  bool           // a withdrawal: to L1
	Token     *tokenRef
	Amount    string
	Fee       string
	Block     uint64
	Index     int
	Time      uint64
	Level     string
	Direction string // on an account page: "in", "out" or "self"
}

func (v *view) txRow(b *chain.Block, i int) txRow {
	tx, rc := b.Txs[i], b.Receipts[i]
	cfg := v.e.cfg.Chain.Config()
	row := txRow{
		Hash: tx.Hash(cfg.ChainID), Kind: kindName(rc.Kind), From: rc.Sender, To: tx.To,
		Fee: ether(u256(&rc.Fee)), Block: b.Header.Number, Index: i, Time: b.Header.Timestamp, Level: v.level(b.Header.Number),
	}
	switch rc.Kind {
	case core.KindTransfer:
		row.Amount = ether(u256(&tx.Value))
	case core.KindWithdrawal:
		row.Amount, row.ToBridge, row.To = ether(u256(&tx.Value)), true, rc.Sender
	case core.KindTokenTransfer, core.KindTokenWithdrawal:
		t := v.token(tx.To)
		row.Token, row.To = &t, tx.Recipient
		row.Amount = v.amount(tx.To, u256(&tx.Amount))
		if rc.Kind == core.KindTokenWithdrawal {
			row.ToBridge, row.To = true, rc.Sender
		}
	}
	return row
}

func kindName(k core.Kind) string {
	switch k {
	case core.KindTransfer:
		return "Transfer"
	case core.KindTokenTransfer:
		return "Token transfer"
	case core.KindWithdrawal:
		return "Withdrawal"
	case core.KindTokenWithdrawal:
		return "Token withdrawal"
	}
	return k.String()
}

type queueRow struct {
	Index   uint64
	Kind    string
	From    common.Address // on L1
	To      common.Address
	Amount  string
	L1Block uint64
	L1Time  uint64
	Block   uint64 // the L2 block that applied it (0: waiting)
	Opens   uint64 // waiting: when the inclusion window opens for it
	Open    bool   // waiting, and anyone may include it now
}

func queueKind(k core.QueueKind) string {
	switch k {
	case core.QueueDepositETH, core.QueueDepositToken:
		return "Deposit"
	case core.QueueForcedWithdrawal:
		return "Forced withdrawal"
	}
	return k.String()
}

func (v *view) queueRow(i uint64, e l1.QueueEntry) queueRow {
	return queueRow{
		Index: i, Kind: queueKind(e.Item.Kind), From: e.Item.From, To: e.Item.To,
		Amount: v.amount(e.Item.Token, u256(&e.Item.Amount)), L1Block: e.L1Block, L1Time: e.L1Time,
	}
}

// waiting fills in, for a queue item no block applied yet, when anyone may
// include it (docs/spec.md, the inclusion window).
func (v *view) waiting(row *queueRow) {
	row.Opens = row.L1Time + v.snap.InclusionWindow()
	row.Open = v.snap.L1HeadTime > row.Opens
}

type batchRef struct {
	Index       uint64
	First, Last uint64
	Tx          common.Hash
	L1Block     uint64
	Submitter   common.Address
	Time        uint64 // L1 time of its block
	Ends        uint64 // its challenge window's end
	Status      string
	Class       string
}

// batchRef describes a batch the Rollup holds now: posted, final on L1, or
// past its challenge window.
func (v *view) batchRef(rec l1.BatchRecord) batchRef {
	b := batchRef{
		Index: rec.Index, First: rec.FirstBlock, Last: rec.LastBlock, Tx: rec.Tx, L1Block: rec.L1Block,
		Submitter: rec.Submitter, Time: rec.SubmittedAt, Ends: rec.SubmittedAt + v.snap.ChallengeWindow(),
	}
	switch {
	case v.snap.L1HeadTime >= b.Ends:
		b.Status, b.Class = "past challenge window", "settled"
	case v.snap.L1Finalized > 0 && rec.L1Block <= v.snap.L1Finalized:
		b.Status, b.Class = "final on L1", "final"
	default:
		b.Status, b.Class = "posted", "posted"
	}
	return b
}

type withdrawalRow struct {
	Block     uint64
	Index     uint32
	Recipient common.Address
	Amount    string
	Status    string
	Class     string
	Batch     *batchRef
	Ends      uint64 // waiting for the window: its end
	Command   string // ready: the command that finalizes it
	PaidTx    common.Hash
	PaidBlock uint64
}

// withdrawal follows a withdrawal from its L2 block to its payment on L1.
func (v *view) withdrawal(w core.Withdrawal) withdrawalRow {
	row := withdrawalRow{Block: w.Block, Index: w.Index, Recipient: w.Recipient, Amount: v.amount(w.Token, u256(&w.Amount))}
	if paid, ok, err := v.snap.Paid(l1.WithdrawalID{Block: w.Block, Index: w.Index}); err == nil && ok {
		row.Status, row.Class, row.PaidTx, row.PaidBlock = "paid on L1", "paid", paid.Tx, paid.L1Block
		return row
	}
	rec, err := v.snap.BatchOf(w.Block)
	if err != nil || w.Block > v.safe {
		row.Status, row.Class = "in an L2 block, waiting to be posted to L1", "latest"
		return row
	}
	b := v.batchRef(rec)
	row.Batch = &b
	if v.snap.L1HeadTime >= b.Ends {
		row.Status, row.Class = "ready to finalize", "ready"
		row.Command = fmt.Sprintf("viaduct finalize --block %d --index %d", w.Block, w.Index)
		return row
	}
	row.Status, row.Class, row.Ends = "waiting for the challenge window", "waiting", b.Ends
	return row
}

// ----- home -----

type blockRow struct {
	Number uint64
	Hash   common.Hash
	Time   uint64
	Txs    uint32
	Queue  uint32
	Level  string
}

type chartBar struct {
	X, Y, H int
	TPS     string
	From    uint64
}

type chart struct {
	Bars    []chartBar
	Max     string
	Total   uint64
	Average string
	Minutes int
}

type homePage struct {
	page
	HeadTime    uint64
	Settled     uint64
	L1Head      uint64
	L1Final     uint64
	Batches     []batchRef
	BatchCount  uint64
	Blocks      []blockRow
	Chart       chart
	Queue       []queueRow
	QueueCount  uint64
	ProofCount  uint64
	IndexTip    uint64
	Inclusion   uint64 // the inclusion window, seconds
	ChallengeWn uint64
}

// Home page lists.
const (
	homeBatches = 10
	homeBlocks  = 10
	homeQueue   = 20
	// The chart: chartBuckets bars of chartBucket each.
	chartBuckets = 30
	chartBucket  = 20 * time.Second
	chartWidth   = 600
	chartHeight  = 120
)

func (e *Explorer) home(w http.ResponseWriter, r *http.Request) {
	v := e.view()
	p := &homePage{
		page: v.page("Viaduct explorer"), HeadTime: v.head.Timestamp, L1Head: v.snap.L1Head, L1Final: v.snap.L1Finalized,
		BatchCount: v.snap.BatchCount(), ProofCount: v.snap.ProofCount(), IndexTip: e.idx.Tip().Number,
		Inclusion: v.snap.InclusionWindow(), ChallengeWn: v.snap.ChallengeWindow(),
	}
	p.Refresh = 5
	if s := v.snap.SettledPosted(); s.HasBatch {
		p.Settled = s.Number
	}
	for i := p.BatchCount; i > 0 && len(p.Batches) < homeBatches; i-- {
		rec, err := v.snap.Batch(i - 1)
		if err != nil {
			e.failErr(w, r, err)
			return
		}
		p.Batches = append(p.Batches, v.batchRef(rec))
	}
	since := uint64(v.now.Add(-chartBuckets * chartBucket).Unix())
	counts := make([]uint64, chartBuckets)
	err := e.idx.summaries(v.head.Number, func(n uint64, s blockSummary) bool {
		if len(p.Blocks) < homeBlocks {
			p.Blocks = append(p.Blocks, blockRow{Number: n, Hash: s.Hash, Time: s.Time, Txs: s.Txs, Queue: s.QueueItems, Level: v.level(n)})
		}
		if s.Time < since {
			return len(p.Blocks) < homeBlocks
		}
		if k := int((s.Time - since) / uint64(chartBucket/time.Second)); k < chartBuckets {
			counts[k] += uint64(s.Txs)
		}
		return true
	})
	if err != nil {
		e.failErr(w, r, err)
		return
	}
	p.Chart = makeChart(counts, since)
	p.QueueCount = v.snap.QueueLen() - min(v.head.QueueCursor, v.snap.QueueLen())
	for i := v.head.QueueCursor; i < v.snap.QueueLen() && len(p.Queue) < homeQueue; i++ {
		qe, err := v.snap.QueueEntry(i)
		if err != nil {
			e.failErr(w, r, err)
			return
		}
		row := v.queueRow(i, qe)
		v.waiting(&row)
		p.Queue = append(p.Queue, row)
	}
	e.render(w, r, "home", http.StatusOK, p)
}

func makeChart(counts []uint64, since uint64) chart {
	c := chart{Minutes: int(chartBuckets * chartBucket / time.Minute)}
	var most uint64
	for _, n := range counts {
		most = max(most, n)
		c.Total += n
	}
	secs := float64(chartBucket / time.Second)
	c.Max = strconv.FormatFloat(float64(most)/secs, 'f', 1, 64)
	c.Average = strconv.FormatFloat(float64(c.Total)/(secs*float64(len(counts))), 'f', 1, 64)
	bw := chartWidth / len(counts)
	for i, n := range counts {
		h := 0
		if most > 0 {
			h = int(n * (chartHeight - 4) / most)
		}
		if n > 0 && h == 0 {
			h = 1
		}
		c.Bars = append(c.Bars, chartBar{
			X: i*bw + 1, Y: chartHeight - h, H: h, TPS: strconv.FormatFloat(float64(n)/secs, 'f', 1, 64),
			From: since + uint64(i)*uint64(chartBucket/time.Second),
		})
	}
	return c
}

// ----- block -----

type blockPage struct {
	page
	Block       *chain.Block
	Hash        common.Hash
	Level       string
	Batch       *batchRef
	OnL1        bool // the batch's last block hash is this chain's (when the batch ends here)
	Txs         []txRow
	Queue       []queueRow
	Withdrawals []withdrawalRow
	HasNext     bool
}

func (e *Explorer) block(w http.ResponseWriter, r *http.Request) {
	v := e.view()
	id := r.PathValue("id")
	var (
		b   *chain.Block
		err error
	)
	if n, perr := strconv.ParseUint(id, 10, 64); perr == nil {
		b, err = v.block(n)
	} else if h, ok := parseHash(id); ok {
		b, err = e.cfg.Chain.BlockByHash(h)
	} else {
		e.fail(w, r, http.StatusNotFound, "No such block", "A block is named by its number or its hash (0x and 64 hex digits).")
		return
	}
	if errors.Is(err, chain.ErrNotFound) {
		e.fail(w, r, http.StatusNotFound, "No such block", fmt.Sprintf("This node's chain has no block %s (its head is block %d).", id, v.head.Number))
		return
	}
	if err != nil {
		e.failErr(w, r, err)
		return
	}
	n := b.Header.Number
	p := &blockPage{page: v.page(fmt.Sprintf("Block %d", n)), Block: b, Hash: b.Hash(), Level: v.level(n), HasNext: n < v.head.Number}
	if p.Level != "finalized" {
		p.Refresh = 3
	}
	if n > 0 && n <= v.safe {
		if rec, err := v.snap.BatchOf(n); err == nil {
			br := v.batchRef(rec)
			p.Batch = &br
			p.OnL1 = rec.LastBlock != n || rec.LastBlockHash == p.Hash
		}
	}
	for i := range b.Txs {
		p.Txs = append(p.Txs, v.txRow(b, i))
	}
	if parent, err := e.cfg.Chain.HeaderByNumber(max(n, 1) - 1); err == nil && n > 0 {
		for q := parent.QueueCursor; q < b.Header.QueueCursor; q++ {
			if qe, err := v.snap.QueueEntry(q); err == nil {
				row := v.queueRow(q, qe)
				row.Block = n
				p.Queue = append(p.Queue, row)
			}
		}
	}
	for _, wd := range b.Withdrawals {
		p.Withdrawals = append(p.Withdrawals, v.withdrawal(wd))
	}
	e.render(w, r, "block", http.StatusOK, p)
}

// ----- transaction -----

type txPage struct {
	page
	Tx         txRow
	Pending    bool
	Nonce      uint64
	GasPrice   string
	GasUsed    uint64
	Batch      *batchRef
	Withdrawal *withdrawalRow
	Levels     []levelStep
}

type levelStep struct {
	Name, What string
	Reached    bool
	Current    bool
}

func levels(current string) []levelStep {
	steps := []levelStep{
		{Name: "latest", What: "executed and stored by the sequencer"},
		{Name: "safe", What: "its batch is in an L1 block"},
		{Name: "finalized", What: "that L1 block is final"},
	}
	reached := true
	for i := range steps {
		steps[i].Reached = reached
		if steps[i].Name == current {
			steps[i].Current, reached = true, false
		}
	}
	return steps
}

func (e *Explorer) tx(w http.ResponseWriter, r *http.Request) {
	v := e.view()
	h, ok := parseHash(r.PathValue("hash"))
	if !ok {
		e.fail(w, r, http.StatusNotFound, "No such transaction", "A transaction is named by its hash: 0x and 64 hex digits.")
		return
	}
	cfg := e.cfg.Chain.Config()
	n, i, err := e.cfg.Chain.TxLocation(h)
	if errors.Is(err, chain.ErrNotFound) {
		if e.cfg.Pool != nil {
			if pe := e.cfg.Pool.Get(h); pe != nil {
				p := &txPage{page: v.page("Transaction " + shortHex(h.Hex())), Pending: true, Nonce: pe.Tx.Nonce}
				p.Refresh = 2
				p.Tx = txRow{Hash: h, Kind: kindName(pe.Tx.Kind()), From: pe.Sender, To: pe.Tx.To, Amount: ether(u256(&pe.Tx.Value))}
				if pe.Tx.Token {
					t := v.token(pe.Tx.To)
					p.Tx.Token, p.Tx.To, p.Tx.Amount = &t, pe.Tx.Recipient, v.amount(pe.Tx.To, u256(&pe.Tx.Amount))
				}
				p.Tx.ToBridge = pe.Tx.Kind() == core.KindWithdrawal || pe.Tx.Kind() == core.KindTokenWithdrawal
				e.render(w, r, "tx", http.StatusOK, p)
				return
			}
		}
		e.fail(w, r, http.StatusNotFound, "No such transaction", fmt.Sprintf("This node knows no transaction %s: not in its chain, nor waiting in its pool.", h.Hex()))
		return
	}
	if err != nil {
		e.failErr(w, r, err)
		return
	}
	b, err := v.block(n)
	if err != nil || i >= len(b.Txs) {
		e.failErr(w, r, fmt.Errorf("transaction %s: block %d: %v", h.Hex(), n, err))
		return
	}
	tx, rc := b.Txs[i], b.Receipts[i]
	p := &txPage{
		page: v.page("Transaction " + shortHex(h.Hex())), Tx: v.txRow(b, i), Nonce: tx.Nonce,
		GasPrice: units(u256(&rc.EffectiveGasPrice), 9) + " gwei", GasUsed: rc.GasUsed,
	}
	p.Levels = levels(p.Tx.Level)
	if p.Tx.Level != "finalized" {
		p.Refresh = 2
	}
	if n <= v.safe {
		if rec, err := v.snap.BatchOf(n); err == nil {
			br := v.batchRef(rec)
			p.Batch = &br
		}
	}
	if rc.Withdrawal >= 0 && rc.Withdrawal < len(b.Withdrawals) {
		wr := v.withdrawal(b.Withdrawals[rc.Withdrawal])
		p.Withdrawal = &wr
	}
	_ = cfg
	e.render(w, r, "tx", http.StatusOK, p)
}

// ----- batch -----

type revertedBatch struct {
	Proof uint64
	Batch batchRef
	Hash  common.Hash // its last block's hash
	Root  common.Hash
	When  uint64 // the proof's L1 time
}

type batchPage struct {
	page
	Index      uint64
	Found      bool
	Batch      batchRef
	Record     l1.BatchRecord
	Bond       string
	BondStatus string
	Blocks     []blockRow
	MoreBlocks bool
	Reverted   []revertedBatch
	Count      uint64
}

// maxBatchBlocks bounds the blocks a batch page lists.
const maxBatchBlocks = 256

func (e *Explorer) batch(w http.ResponseWriter, r *http.Request) {
	v := e.view()
	idx, err := strconv.ParseUint(r.PathValue("index"), 10, 64)
	if err != nil {
		e.fail(w, r, http.StatusNotFound, "No such batch", "A batch is named by its index: 0, 1, 2, …")
		return
	}
	p := &batchPage{page: v.page(fmt.Sprintf("Batch %d", idx)), Index: idx, Count: v.snap.BatchCount()}
	for k := range v.snap.ProofCount() {
		pr, err := v.snap.Proof(k)
		if err != nil {
			e.failErr(w, r, err)
			return
		}
		if pr.Burned == nil || idx < pr.BatchIndex || idx > pr.RevertedTo {
			continue
		}
		rec, err := v.snap.RevertedBatch(k, idx)
		if err != nil {
			continue
		}
		br := v.batchRef(rec)
		br.Status, br.Class = "reverted by fraud proof", "reverted"
		p.Reverted = append(p.Reverted, revertedBatch{Proof: k, Batch: br, Hash: rec.LastBlockHash, Root: rec.BlocksRoot, When: pr.L1Time})
	}
	rec, err := v.snap.Batch(idx)
	if err != nil && !errors.Is(err, l1.ErrUnknownBatch) {
		e.failErr(w, r, err)
		return
	}
	if err != nil && len(p.Reverted) == 0 {
		e.fail(w, r, http.StatusNotFound, "No such batch", fmt.Sprintf("The Rollup holds %d batches (0 to %d) as this node last read L1.", p.Count, max(p.Count, 1)-1))
		return
	}
	if err == nil {
		p.Found, p.Record, p.Batch = true, rec, v.batchRef(rec)
		if p.Batch.Class != "settled" {
			p.Refresh = 5
		}
		bond := e.bondAmount(r.Context())
		switch {
		case bond == nil:
			p.Bond = "the Rollup's bond (not read from L1 yet)"
		default:
			p.Bond = ether(bond)
		}
		if p.Batch.Class == "settled" {
			p.BondStatus = "the challenge window is over: the poster may take it back (reclaimBond)"
		} else {
			p.BondStatus = "held by the Rollup until the challenge window ends; a fraud proof slashes it"
		}
		last := min(rec.LastBlock, rec.FirstBlock+maxBatchBlocks-1)
		p.MoreBlocks = last < rec.LastBlock
		for n := rec.FirstBlock; n <= last && n <= v.head.Number; n++ {
			s, ok, err := e.idx.summary(n)
			if err != nil {
				e.failErr(w, r, err)
				return
			}
			if !ok || n > e.idx.Tip().Number {
				h, err := e.cfg.Chain.HeaderByNumber(n)
				if err != nil {
					break
				}
				s = blockSummary{Hash: h.Hash(), Time: h.Timestamp}
			}
			p.Blocks = append(p.Blocks, blockRow{Number: n, Hash: s.Hash, Time: s.Time, Txs: s.Txs, Queue: s.QueueItems, Level: v.level(n)})
		}
	}
	e.render(w, r, "batch", http.StatusOK, p)
}

// ----- account -----

type tokenBalance struct {
	Token  tokenRef
	Amount string
}

type verifiedView struct {
	Balance  string
	Nonce    uint64
	Absent   bool
	Tokens   []tokenBalance
	Block    uint64
	Hash     common.Hash
	Batch    uint64
	L1Block  uint64
	L1Hash   common.Hash
	Finality string
	Same     bool // the verified values are the ones shown at the head
}

type addressPage struct {
	page
	Address     common.Address
	Balance     string
	Nonce       uint64
	Tokens      []tokenBalance
	Verified    *verifiedView
	VerifyErr   string
	Txs         []txRow
	OlderTxs    uint64 // the `before` of the next page of transactions (0: none)
	Before      uint64
	Queue       []queueRow
	Waiting     []queueRow
	Withdrawals []withdrawalRow
	IndexTip    uint64
	IsBridge    bool
}

// Account page lists.
const (
	accountTxs         = 25
	accountQueue       = 20
	accountWithdrawals = 20
	// pending queue items an account page looks through for the account's
	maxWaitingScan = 1000
)

func (e *Explorer) address(w http.ResponseWriter, r *http.Request) {
	v := e.view()
	a, ok := parseAddress(r.PathValue("addr"))
	if !ok {
		e.fail(w, r, http.StatusNotFound, "No such address", "An address is 0x and 40 hex digits.")
		return
	}
	if a.Hex() != r.PathValue("addr") {
		http.Redirect(w, r, "/address/"+a.Hex()+queryOf(r), http.StatusMovedPermanently)
		return
	}
	p := &addressPage{page: v.page("Address " + shortHex(a.Hex())), Address: a, IndexTip: e.idx.Tip().Number, IsBridge: a == core.BridgeAddress}
	before, _ := strconv.ParseUint(r.URL.Query().Get("before"), 10, 64)
	p.Before = before
	acct, err := e.cfg.Chain.State().Account(a)
	if err != nil {
		e.failErr(w, r, err)
		return
	}
	p.Balance, p.Nonce = ether(u256(&acct.Balance)), acct.Nonce
	tokens, err := e.idx.tokens(a)
	if err != nil {
		e.failErr(w, r, err)
		return
	}
	for _, t := range tokens {
		bal, err := e.cfg.Chain.State().TokenBalance(a, t)
		if err != nil {
			e.failErr(w, r, err)
			return
		}
		p.Tokens = append(p.Tokens, tokenBalance{Token: v.token(t), Amount: v.amount(t, u256(&bal))})
	}

	txs, more, err := e.idx.list(listTxs, a, before, accountTxs)
	if err != nil {
		e.failErr(w, r, err)
		return
	}
	for _, en := range txs {
		b, err := v.block(en.Block)
		if err != nil || int(en.Pos) >= len(b.Txs) {
			continue
		}
		row := v.txRow(b, int(en.Pos))
		switch {
		case row.From == a && row.To == a:
			row.Direction = "self"
		case row.From == a:
			row.Direction = "out"
		default:
			row.Direction = "in"
		}
		p.Txs = append(p.Txs, row)
	}
	if more && len(txs) > 0 {
		p.OlderTxs = txs[len(txs)-1].Block
	}
	if before == 0 {
		if err := e.accountQueue(v, p); err != nil {
			e.failErr(w, r, err)
			return
		}
		ws, _, err := e.idx.list(listWithdrawals, a, 0, accountWithdrawals)
		if err != nil {
			e.failErr(w, r, err)
			return
		}
		for _, en := range ws {
			b, err := v.block(en.Block)
			if err != nil || int(en.Pos) >= len(b.Withdrawals) {
				continue
			}
			p.Withdrawals = append(p.Withdrawals, v.withdrawal(b.Withdrawals[en.Pos]))
		}
		for _, wd := range p.Withdrawals {
			if wd.Class == "waiting" || wd.Class == "latest" {
				p.Refresh = 5
			}
		}
		if e.cfg.Verify != nil && !p.IsBridge {
			e.verifiedBalance(r, v, p, tokens, acct.Balance.ToBig(), acct.Nonce)
		}
	}
	e.render(w, r, "address", http.StatusOK, p)
}

func (e *Explorer) accountQueue(v *view, p *addressPage) error {
	items, _, err := e.idx.list(listQueue, p.Address, 0, accountQueue)
	if err != nil {
		return err
	}
	for _, en := range items {
		qe, err := v.snap.QueueEntry(en.Queue)
		if err != nil {
			continue
		}
		row := v.queueRow(en.Queue, qe)
		row.Block = en.Block
		p.Queue = append(p.Queue, row)
	}
	// Items L1 holds that no block applied yet: the newest few.
	from := v.head.QueueCursor
	if v.snap.QueueLen() > from+maxWaitingScan {
		from = v.snap.QueueLen() - maxWaitingScan
	}
	for i := from; i < v.snap.QueueLen(); i++ {
		qe, err := v.snap.QueueEntry(i)
		if err != nil {
			return err
		}
		if qe.Item.From == p.Address || qe.Item.To == p.Address {
			row := v.queueRow(i, qe)
			v.waiting(&row)
			p.Waiting = append(p.Waiting, row)
			p.Refresh = 3
		}
	}
	return nil
}

func (e *Explorer) verifiedBalance(r *http.Request, v *view, p *addressPage, tokens []common.Address, head *big.Int, nonce uint64) {
	acct, err := e.verified(r.Context(), v.snap.L1Block, p.Address, tokens)
	if err != nil {
		p.VerifyErr = err.Error()
		return
	}
	vv := &verifiedView{
		Balance: ether(acct.Balance), Nonce: acct.Nonce, Absent: acct.Absent, Block: acct.Block, Hash: acct.BlockHash,
		Batch: acct.Batch, L1Block: acct.L1Block, L1Hash: acct.L1Hash, Finality: acct.Finality.String(),
		Same: acct.Balance.Cmp(head) == 0 && acct.Nonce == nonce,
	}
	for _, t := range acct.Tokens {
		vv.Tokens = append(vv.Tokens, tokenBalance{Token: v.token(t.Token), Amount: v.amount(t.Token, t.Balance)})
	}
	p.Verified = vv
}

// ----- fraud proofs -----

type proofRow struct {
	Seq        uint64
	Rec        l1.ProofRecord
	Kind       string
	Rule       string
	Reward     string
	Burned     string
	Reverted   []uint64 // the batch indexes it reverted
	WrongHash  common.Hash
	HasWrong   bool
	NowHash    common.Hash // the chain's block at that number now
	HasNow     bool
	NowBatch   *batchRef // the batch posted at the proven index since
	Challenges []challengeRow
}

type challengeRow struct {
	Seq         uint64
	Rec         l1.ChallengeRecord
	Proven      bool
	LeaderFirst bool
}

type fraudPage struct {
	page
	Proofs     []proofRow
	Open       []challengeRow // revealed challenges no proof followed (yet)
	ProofCount uint64
}

// maxProofs bounds the proofs and challenges the page lists (newest).
const maxProofs = 50

func (e *Explorer) fraud(w http.ResponseWriter, r *http.Request) {
	v := e.view()
	p := &fraudPage{page: v.page("Fraud proofs"), ProofCount: v.snap.ProofCount()}
	p.Refresh = 5
	var challenges []challengeRow
	for c := v.snap.ChallengeCount(); c > 0 && len(challenges) < 4*maxProofs; c-- {
		rec, err := v.snap.Challenge(c - 1)
		if err != nil {
			e.failErr(w, r, err)
			return
		}
		challenges = append(challenges, challengeRow{Seq: c - 1, Rec: rec})
	}
	for k := p.ProofCount; k > 0 && len(p.Proofs) < maxProofs; k-- {
		rec, err := v.snap.Proof(k - 1)
		if err != nil {
			e.failErr(w, r, err)
			return
		}
		row := proofRow{Seq: k - 1, Rec: rec, Kind: fraudName(rec.Fraud), Reward: ether(rec.Reward)}
		if rec.Fraud == fraudInvalidTx {
			row.Rule = ruleName(rec.Rule)
		}
		if rec.Burned != nil {
			row.Burned = ether(rec.Burned)
			for b := rec.BatchIndex; b <= rec.RevertedTo; b++ {
				row.Reverted = append(row.Reverted, b)
			}
		}
		if rec.BatchLast == rec.BlockNumber {
			row.WrongHash, row.HasWrong = rec.BatchLastHash, true
		}
		for i := range challenges {
			c := &challenges[i]
			if c.Rec.BatchIndex == rec.BatchIndex && c.Rec.L1Block <= rec.L1Block && !c.Proven {
				c.Proven = true
				row.Challenges = append(row.Challenges, *c)
				if !row.HasWrong {
					row.WrongHash, row.HasWrong = c.Rec.BlockHash, true
				}
			}
		}
		if h, err := e.cfg.Chain.HeaderByNumber(rec.BlockNumber); err == nil {
			row.NowHash, row.HasNow = h.Hash(), true
		}
		if b, err := v.snap.Batch(rec.BatchIndex); err == nil && b.SubmittedAt >= rec.L1Time {
			br := v.batchRef(b)
			row.NowBatch = &br
		}
		p.Proofs = append(p.Proofs, row)
	}
	for _, c := range challenges {
		if !c.Proven {
			p.Open = append(p.Open, c)
		}
	}
	e.render(w, r, "fraud", http.StatusOK, p)
}

// The FraudVerifier's verdicts and rules, in the order of its enums
// (contracts/src/FraudVerifier.sol; a test reads them from there).
var (
	fraudNames = []string{"None", "MalformedTxData", "TooManyTxs", "InvalidTx", "FeeCreditOverflow", "WithdrawalsRoot", "StateRoot", "TxDataNotInBlobs"}
	ruleNames  = []string{"None", "BridgeNotToken", "ZeroAmount", "GasLimitTooHigh", "IntrinsicGas", "TipAboveFeeCap", "FeeCapTooLow",
		"InvalidSender", "NonceTooLow", "NonceTooHigh", "NonceMax", "InsufficientFunds", "TokenBalanceTooLow", "BalanceOverflow"}
)

const fraudInvalidTx = 3

func fraudName(f uint8) string {
	if int(f) < len(fraudNames) {
		return fraudNames[f]
	}
	return fmt.Sprintf("verdict %d", f)
}

func ruleName(r uint8) string {
	if int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return fmt.Sprintf("rule %d", r)
}

// ----- search -----

type searchResult struct {
	What string
	Link string
}

type searchPage struct {
	page
	Results []searchResult
}

func (e *Explorer) search(w http.ResponseWriter, r *http.Request) {
	v := e.view()
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	p := &searchPage{page: v.page("Search")}
	p.Query = q
	for _, c := range parseQuery(q) {
		switch c.kind {
		case queryTx:
			if _, _, err := e.cfg.Chain.TxLocation(c.hash); err == nil {
				p.Results = append(p.Results, searchResult{"Transaction " + c.hash.Hex(), "/tx/" + c.hash.Hex()})
			} else if e.cfg.Pool != nil && e.cfg.Pool.Get(c.hash) != nil {
				p.Results = append(p.Results, searchResult{"Pending transaction " + c.hash.Hex(), "/tx/" + c.hash.Hex()})
			}
		case queryBlockHash:
			if b, err := e.cfg.Chain.BlockByHash(c.hash); err == nil {
				p.Results = append(p.Results, searchResult{fmt.Sprintf("Block %d", b.Header.Number), fmt.Sprintf("/block/%d", b.Header.Number)})
			}
		case queryAddress:
			p.Results = append(p.Results, searchResult{"Address " + c.addr.Hex(), "/address/" + c.addr.Hex()})
		case queryBlock:
			if c.n <= v.head.Number {
				p.Results = append(p.Results, searchResult{fmt.Sprintf("Block %d", c.n), fmt.Sprintf("/block/%d", c.n)})
			}
		case queryBatch:
			if c.n < v.snap.BatchCount() {
				p.Results = append(p.Results, searchResult{fmt.Sprintf("Batch %d", c.n), fmt.Sprintf("/batch/%d", c.n)})
			}
		}
	}
	if len(p.Results) == 1 {
		http.Redirect(w, r, p.Results[0].Link, http.StatusSeeOther)
		return
	}
	status := http.StatusOK
	if len(p.Results) == 0 {
		status = http.StatusNotFound
	}
	e.render(w, r, "search", status, p)
}

type queryKind int

const (
	queryTx queryKind = iota
	queryBlockHash
	queryAddress
	queryBlock
	queryBatch
)

type candidate struct {
	kind queryKind
	hash common.Hash
	addr common.Address
	n    uint64
}

// parseQuery reads what a search may mean: a 32-byte hash is a
// transaction's or a block's, a 20-byte one an address, a number a block's
// or a batch's ("batch 12" or "b12": only the batch).
func parseQuery(q string) []candidate {
	q = strings.TrimSpace(q)
	lower := strings.ToLower(q)
	for _, prefix := range []string{"batch", "b"} {
		if rest, ok := strings.CutPrefix(lower, prefix); ok {
			rest = strings.TrimPrefix(strings.TrimSpace(rest), "#")
			if n, err := strconv.ParseUint(rest, 10, 64); err == nil {
				return []candidate{{kind: queryBatch, n: n}}
			}
		}
	}
	if rest, ok := strings.CutPrefix(lower, "block"); ok {
		if n, err := strconv.ParseUint(strings.TrimPrefix(strings.TrimSpace(rest), "#"), 10, 64); err == nil {
			return []candidate{{kind: queryBlock, n: n}}
		}
	}
	if h, ok := parseHash(q); ok {
		return []candidate{{kind: queryTx, hash: h}, {kind: queryBlockHash, hash: h}}
	}
	if a, ok := parseAddress(q); ok {
		return []candidate{{kind: queryAddress, addr: a}}
	}
	if n, err := strconv.ParseUint(strings.TrimPrefix(strings.ReplaceAll(q, ",", ""), "#"), 10, 64); err == nil {
		return []candidate{{kind: queryBlock, n: n}, {kind: queryBatch, n: n}}
	}
	return nil
}

func isHex(s string) bool {
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func parseHash(s string) (common.Hash, bool) {
	if len(s) != 66 || (s[:2] != "0x" && s[:2] != "0X") || !isHex(s[2:]) {
		return common.Hash{}, false
	}
	return common.HexToHash(s), true
}

func parseAddress(s string) (common.Address, bool) {
	if len(s) != 42 || (s[:2] != "0x" && s[:2] != "0X") || !isHex(s[2:]) {
		return common.Address{}, false
	}
	return common.HexToAddress(s), true
}

func queryOf(r *http.Request) string {
	if r.URL.RawQuery == "" {
		return ""
	}
	return "?" + url.Values(r.URL.Query()).Encode()
}
