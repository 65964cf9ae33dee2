/**
 * A sorted, filtered list of a `PersistentMap`'s values, kept up to date by patching:
 * given the map's next version, only the entries that changed between the two are
 * removed and inserted again (binary search), so a list of 5,000 chats follows one
 * `chatchanged` in microseconds instead of being filtered and sorted again. The same map
 * version always yields the same array, so a caller can compare lists by reference.
 */
import { PersistentMap } from './persistent-map.js';

export type SortedView<V> = (map: PersistentMap<V>) => readonly V[];

/** Past this many changes at once (a fresh `chatting` list), rebuilding is cheaper. */
function rebuildThreshold(size: number): number {
  return Math.max(64, size >> 3);
}

/**
 * `include` picks the values listed; `compare` must be a total order (break ties on the
 * key), so that each value has exactly one place.
 */
export function sortedView<V>(include: (value: V) => boolean, compare: (a: V, b: V) => number): SortedView<V> {
  const known = new WeakMap<PersistentMap<V>, readonly V[]>();
  let last: { map: PersistentMap<V>; list: readonly V[] } | null = null;

  function rebuild(map: PersistentMap<V>): readonly V[] {
    const list: V[] = [];
    map.forEach((value) => {
      if (include(value)) list.push(value);
    });
    return list.sort(compare);
  }

  /** Where `value` is, or would go, in `list`. */
  function position(list: readonly V[], value: V): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(list[middle]!, value) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  function patch(previous: { map: PersistentMap<V>; list: readonly V[] }, map: PersistentMap<V>): readonly V[] {
    const changes: [V | undefined, V | undefined][] = [];
    const limit = rebuildThreshold(map.size);
    let tooMany = false;
    PersistentMap.diff(previous.map, map, (_key, before, after) => {
      if (changes.length >= limit) tooMany = true;
      else changes.push([before, after]);
    });
    if (tooMany) return rebuild(map);
    let list: V[] | null = null;
    for (const [before, after] of changes) {
      const wasIn = before !== undefined && include(before);
      const isIn = after !== undefined && include(after);
      if (!wasIn && !isIn) continue;
      list ??= previous.list.slice();
      if (wasIn) {
        const at = position(list, before);
        if (list[at] === before) list.splice(at, 1);
      }
      if (isIn) list.splice(position(list, after), 0, after);
    }
    return list ?? previous.list;
  }

  return (map) => {
    const seen = known.get(map);
    if (seen !== undefined) return seen;
    const list = last === null ? rebuild(map) : patch(last, map);
    known.set(map, list);
    last = { map, list };
    return list;
  };
}
