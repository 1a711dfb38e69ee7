package statetree

import "encoding/binary"

// nodeCache holds the records above the cache depth (at most 64 levels, so
// a node's path fits in a uint64). It replaced one map keyed by nodeID,
// whose 34-byte keys cost a hash of 34 bytes and a compare on every one of
// the ~130 node visits of a transfer. The top levels are dense once the tree
// holds more keys than they have positions, so they are arrays of
// fixed-size pages indexed by path bits; the deeper, sparse levels are maps
// keyed by the path bits alone. Neither holds pointers to records, so the
// garbage collector does not scan millions of entries.
type nodeCache struct {
	depth uint16
	// pages[d] covers depth d < arrayLevels: position p (the first d bits of
	// the path) is entry p%pageSize of pages[d][p/pageSize], allocated when
	// first written.
	pages [][]*cachePage
	// maps[d-arrayLevels] holds depth d ≥ arrayLevels.
	maps []map[uint64]cached
	n    int
}

const (
	// arrayLevels is how many top levels are paged arrays: 2^20 positions at
	// the deepest, 131,072 page pointers (pages are allocated as touched);
	// a million keys fill most positions down to there and few below.
	arrayLevels = 21
	// Pages of 8 entries: a page is allocated whole when its first entry is
	// written, so in a level that is still sparse (a quarter of a million
	// keys leave most positions at depth 18–20 empty) a page of 64 entries
	// (4.8 KB) may hold one record; a page of 8 costs 576 bytes.
	pageBits = 3
	pageSize = 1 << pageBits
)

type cachePage struct {
	used uint8 // bit i: entry i holds a record
	recs [pageSize]cached
}

func newNodeCache(depth uint16) *nodeCache {
	c := &nodeCache{depth: depth}
	levels := min(int(depth), arrayLevels)
	c.pages = make([][]*cachePage, levels)
	for d := range levels {
		c.pages[d] = make([]*cachePage, max(1, (1<<d)/pageSize))
	}
	for d := levels; d < int(depth); d++ {
		c.maps = append(c.maps, map[uint64]cached{})
	}
	return c
}

// pos is the first id.depth bits of the path as a number.
func pos(id nodeID) uint64 {
	if id.depth == 0 {
		return 0
	}
	return binary.BigEndian.Uint64(id.path[:8]) >> (64 - id.depth)
}

func (c *nodeCache) get(id nodeID) (cached, bool) {
	p := pos(id)
	if id.depth < arrayLevels {
		pg := c.pages[id.depth][p>>pageBits]
		if pg == nil || pg.used&(1<<(p&(pageSize-1))) == 0 {
			return cached{}, false
		}
		return pg.recs[p&(pageSize-1)], true
	}
	r, ok := c.maps[id.depth-arrayLevels][p]
	return r, ok
}

func (c *nodeCache) set(id nodeID, r cached) {
	p := pos(id)
	if id.depth < arrayLevels {
		pp := &c.pages[id.depth][p>>pageBits]
		if *pp == nil {
			*pp = new(cachePage)
		}
		bit := uint8(1) << (p & (pageSize - 1))
		if (*pp).used&bit == 0 {
			c.n++
		}
		(*pp).used |= bit
		(*pp).recs[p&(pageSize-1)] = r
		return
	}
	m := c.maps[id.depth-arrayLevels]
	if _, ok := m[p]; !ok {
		c.n++
	}
	m[p] = r
}

func (c *nodeCache) del(id nodeID) {
	p := pos(id)
	if id.depth < arrayLevels {
		pg := c.pages[id.depth][p>>pageBits]
		bit := uint8(1) << (p & (pageSize - 1))
		if pg != nil && pg.used&bit != 0 {
			pg.used &^= bit
			pg.recs[p&(pageSize-1)] = cached{}
			c.n--
		}
		return
	}
	m := c.maps[id.depth-arrayLevels]
	if _, ok := m[p]; ok {
		delete(m, p)
		c.n--
	}
}

// each calls fn with every record at depth d.
func (c *nodeCache) each(d uint16, fn func(nodeID, cached)) {
	if d < arrayLevels {
		for i, pg := range c.pages[d] {
			if pg == nil {
				continue
			}
			for j := range pageSize {
				if pg.used&(1<<j) != 0 {
					fn(atPos(d, uint64(i)<<pageBits|uint64(j)), pg.recs[j])
				}
			}
		}
		return
	}
	for p, r := range c.maps[d-arrayLevels] {
		fn(atPos(d, p), r)
	}
}

// len is the number of cached records.
func (c *nodeCache) len() int { return c.n }
