package state

import (
	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/bloom"
)

// PebbleOptions returns Pebble options tuned for the state: a block cache of
// cacheBytes (the default 8 MB makes every tree read decompress a block
// again) and Bloom filters on every level, because most tree and account
// reads are point lookups and, without filters, a lookup searches every
// level. The caller may set further fields (FS, Logger) before opening.
func PebbleOptions(cacheBytes int64) *pebble.Options {
	o := &pebble.Options{Cache: pebble.NewCache(cacheBytes)}
	o.Levels = make([]pebble.LevelOptions, 7)
	for i := range o.Levels {
		o.Levels[i].FilterPolicy = bloom.FilterPolicy(10)
		o.Levels[i].FilterType = pebble.TableFilter
	}
	o.EnsureDefaults()
	return o
}
