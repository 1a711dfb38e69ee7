package bench

import (
	"math"
	"sort"
)

// Posting is how the batcher kept up with the load: the time to safe of
// the transfers sent in each second, and the unposted backlog (transfers
// in blocks that L1 does not hold yet) each second, from the start of the
// load until every included transfer is safe.
type Posting struct {
	Series []PostingPoint `json:"series"`
	// Time to safe of the transfers sent in the first and the last tenth
	// of the load (at least one second each): growth shows as their ratio.
	SafeFirst Percentiles `json:"safeFirstTenth"`
	SafeLast  Percentiles `json:"safeLastTenth"`
	// MaxBacklog is the largest backlog seen; BacklogAtLoadEnd the one
	// when the load stopped.
	MaxBacklog       int `json:"maxBacklog"`
	BacklogAtLoadEnd int `json:"backlogAtLoadEnd"`
	// ClearedAfterMs is how long after the load stopped the last included
	// transfer was safe (-1: not within the bench's wait).
	ClearedAfterMs float64 `json:"clearedAfterLoadMs"`
	// PostedPerSec is how many transfers became safe per second while the
	// load lasted: the rate posting sustained.
	PostedPerSec float64 `json:"postedPerSec"`
}

// PostingPoint is one second of the load and the wait after it.
type PostingPoint struct {
	Second  int     `json:"second"`
	Backlog int     `json:"backlog"`          // included, not yet safe, at the end of the second
	SafeP50 float64 `json:"safeP50Ms"`        // of the transfers sent in the second
	SafeP99 float64 `json:"safeP99Ms"`        // of the transfers sent in the second
	Safe    int     `json:"safePerSecondOut"` // transfers that became safe in the second
}

// postingOf computes a run's Posting from when each transfer was included
// and when the safe tag first reached its block.
func postingOf(r *run) *Posting {
	start, loadEnd := r.start.UnixNano(), r.loadEnd.UnixNano()
	if loadEnd <= start {
		return nil
	}
	var incl, safe []int64 // times, for the backlog
	bySecond := map[int][]int64{}
	loadSecs := float64(loadEnd-start) / 1e9
	tenth := max(loadSecs/10, 1)
	var first, last []int64
	allSafe := true
	var lastSafe int64
	postedInLoad := 0
	for k := range r.p.txs {
		if !r.ok[k] || r.inclAt[k] == 0 {
			continue
		}
		incl = append(incl, r.inclAt[k])
		t := firstMark(r.safe, r.block[k])
		if t == 0 {
			allSafe = false
			continue
		}
		t = max(t, r.inclAt[k])
		safe = append(safe, t)
		lastSafe = max(lastSafe, t)
		if t <= loadEnd {
			postedInLoad++
		}
		lat := t - r.sendAt[k]
		s := int((r.sendAt[k] - start) / 1e9)
		bySecond[s] = append(bySecond[s], lat)
		at := float64(r.sendAt[k]-start) / 1e9
		if at < tenth {
			first = append(first, lat)
		}
		if at >= loadSecs-tenth {
			last = append(last, lat)
		}
	}
	sort.Slice(incl, func(i, j int) bool { return incl[i] < incl[j] })
	sort.Slice(safe, func(i, j int) bool { return safe[i] < safe[j] })
	p := &Posting{SafeFirst: percentiles(first), SafeLast: percentiles(last), ClearedAfterMs: -1, PostedPerSec: float64(postedInLoad) / loadSecs}
	if allSafe && len(safe) > 0 {
		p.ClearedAfterMs = max(float64(lastSafe-loadEnd)/1e6, 0)
	}
	end := loadEnd
	if len(safe) > 0 {
		end = max(end, safe[len(safe)-1])
	}
	if len(incl) > 0 {
		end = max(end, incl[len(incl)-1])
	}
	count := func(ts []int64, t int64) int { return sort.Search(len(ts), func(i int) bool { return ts[i] > t }) }
	secs := int(math.Ceil(float64(end-start) / 1e9))
	for s := range secs {
		t := start + int64(s+1)*1e9
		pt := PostingPoint{Second: s, Backlog: count(incl, t) - count(safe, t), Safe: count(safe, t) - count(safe, t-1e9)}
		if lat := bySecond[s]; len(lat) > 0 {
			q := percentiles(lat)
			pt.SafeP50, pt.SafeP99 = q.P50, q.P99
		}
		p.MaxBacklog = max(p.MaxBacklog, pt.Backlog)
		p.Series = append(p.Series, pt)
	}
	p.BacklogAtLoadEnd = count(incl, loadEnd) - count(safe, loadEnd)
	return p
}

// rows are the posting figures in a run's table (nil: not measured).
func (p *Posting) rows() [][4]string {
	if p == nil {
		return nil
	}
	cleared := "not within the wait"
	if p.ClearedAfterMs >= 0 {
		cleared = ms(max(p.ClearedAfterMs, 1))
	}
	return [][4]string{
		{"time to safe p99, first / last tenth of the load", ms(p.SafeFirst.P99) + " / " + ms(p.SafeLast.P99), "", ""},
		{"unposted backlog, largest / at the end of the load (transfers)", f0(float64(p.MaxBacklog)) + " / " + f0(float64(p.BacklogAtLoadEnd)), "", ""},
		{"  cleared after the load stopped / posted per second during it", cleared + " / " + f0(p.PostedPerSec), "", ""},
	}
}
