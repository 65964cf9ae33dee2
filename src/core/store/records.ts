/**
 * Copy-on-write helpers for Records keyed by id. Each returns the very same object when
 * nothing changed, so subscribers of an untouched slice are not woken.
 */

export type Key = string | number;

/**
 * A shallow copy. Records of a few thousand ids are in V8's dictionary mode, where a
 * plain key loop copies about twice as fast as object spread.
 */
export function copyRecord<K extends Key, T>(record: Readonly<Record<K, T>>): Record<K, T> {
  const copy = {} as Record<K, T>;
  const keys = Object.keys(record) as K[];
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    copy[key] = record[key];
  }
  return copy;
}

/** Sets one entry; one shallow copy per change, never a scan. */
export function setEntry<K extends Key, T>(
  record: Readonly<Record<K, T>>,
  key: K,
  value: T,
): Readonly<Record<K, T>> {
  if (record[key] === value && Object.hasOwn(record, key)) return record;
  const copy = copyRecord(record);
  copy[key] = value;
  return copy;
}

/** Removes the given keys; the same object when none of them is present. */
export function removeEntries<K extends Key, T>(
  record: Readonly<Record<K, T>>,
  keys: Iterable<K>,
): Readonly<Record<K, T>> {
  let copy: Record<K, T> | null = null;
  for (const key of keys) {
    if (!Object.hasOwn(copy ?? record, key)) continue;
    if (copy === null) {
      // The first removal copies without the key; later ones delete from that fresh copy.
      copy = {} as Record<K, T>;
      for (const other of Object.keys(record) as K[])
        if (other !== String(key)) copy[other] = record[other];
      continue;
    }
    delete copy[key];
  }
  return copy ?? record;
}

/** Builds a Record from a list in one pass; a later item with the same key wins. */
export function indexBy<K extends Key, T>(
  items: readonly T[],
  keyOf: (item: T) => K,
): Readonly<Record<K, T>> {
  const record = {} as Record<K, T>;
  for (const item of items) record[keyOf(item)] = item;
  return record;
}

/** Applies `update` to one entry if it exists; the same record when it does not or when
 *  `update` returns the entry unchanged. */
export function updateEntry<K extends Key, T>(
  record: Readonly<Record<K, T>>,
  key: K,
  update: (entry: T) => T,
): Readonly<Record<K, T>> {
  if (!Object.hasOwn(record, key)) return record;
  return setEntry(record, key, update(record[key]));
}

/** Appends and keeps only the newest `limit` items. */
export function appendBounded<T>(
  list: readonly T[],
  items: readonly T[],
  limit: number,
): readonly T[] {
  if (items.length === 0) return list;
  const combined = list.concat(items);
  return combined.length > limit ? combined.slice(combined.length - limit) : combined;
}

/** Structural equality of JSON-like values (the decoded models), to skip no-op updates. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) {
      return false;
    }
  }
  return true;
}
