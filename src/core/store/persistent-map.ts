/**
 * An immutable map from string keys to values whose updates share everything they did
 * not change: a hash array mapped trie (32-way branching on a string hash). Setting one
 * entry of 5,000 copies three small nodes, not 5,000 entries, so a store update costs
 * what changed rather than what exists, and every earlier version stays intact and
 * readable. Two versions can be compared in time proportional to their differences
 * (`diffMaps`): derived lists are patched from that, not rebuilt.
 *
 * Keys are never properties of an object, so `__proto__` or `constructor` sent by a
 * server is an ordinary key.
 */

const BITS = 5;
const MASK = (1 << BITS) - 1;

interface Leaf<V> {
  readonly kind: 0;
  readonly hash: number;
  readonly key: string;
  readonly value: V;
}

/** Entries whose whole hash is equal. */
interface Collision<V> {
  readonly kind: 1;
  readonly hash: number;
  readonly leaves: readonly Leaf<V>[];
}

interface Branch<V> {
  readonly kind: 2;
  /** Bit i set: a child for hash fragment i, at `children[popcount(bitmap below i)]`. */
  readonly bitmap: number;
  readonly children: readonly Trie<V>[];
}

type Trie<V> = Leaf<V> | Collision<V> | Branch<V>;

/** FNV-1a over UTF-16 code units, with a final mix so nearby keys spread over the trie. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

function popcount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function fragment(hash: number, shift: number): number {
  return (hash >>> shift) & MASK;
}

function withChild<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}

function withInserted<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice(0, index);
  copy.push(item);
  for (let i = index; i < list.length; i += 1) copy.push(list[i]!);
  return copy;
}

function withRemoved<T>(list: readonly T[], index: number): T[] {
  const copy = list.slice(0, index);
  for (let i = index + 1; i < list.length; i += 1) copy.push(list[i]!);
  return copy;
}

/** A branch holding two leaves (or collisions) of different keys. */
function pair<V>(a: Leaf<V> | Collision<V>, b: Leaf<V>, shift: number): Trie<V> {
  if (a.hash === b.hash) {
    const leaves = a.kind === 0 ? [a, b] : [...a.leaves, b];
    return { kind: 1, hash: a.hash, leaves };
  }
  const fa = fragment(a.hash, shift);
  const fb = fragment(b.hash, shift);
  if (fa === fb) return { kind: 2, bitmap: 1 << fa, children: [pair(a, b, shift + BITS)] };
  return { kind: 2, bitmap: (1 << fa) | (1 << fb), children: fa < fb ? [a, b] : [b, a] };
}

function lookup<V>(node: Trie<V> | null, hash: number, key: string): Leaf<V> | undefined {
  let shift = 0;
  while (node !== null) {
    if (node.kind === 0) return node.key === key ? node : undefined;
    if (node.kind === 1) return node.leaves.find((leaf) => leaf.key === key);
    const bit = 1 << fragment(hash, shift);
    if ((node.bitmap & bit) === 0) return undefined;
    node = node.children[popcount(node.bitmap & (bit - 1))]!;
    shift += BITS;
  }
  return undefined;
}

/** `node` with `leaf` set; the same node when the key already holds that very value. */
function insert<V>(node: Trie<V>, leaf: Leaf<V>, shift: number, added: { count: number }): Trie<V> {
  if (node.kind === 0) {
    if (node.key === leaf.key) return node.value === leaf.value ? node : leaf;
    added.count = 1;
    return pair(node, leaf, shift);
  }
  if (node.kind === 1) {
    if (node.hash !== leaf.hash) {
      added.count = 1;
      // A collision met a different hash: push it one level down beside the new leaf.
      const fc = fragment(node.hash, shift);
      const fl = fragment(leaf.hash, shift);
      if (fc === fl) {
        return { kind: 2, bitmap: 1 << fc, children: [insert(node, leaf, shift + BITS, added)] };
      }
      return { kind: 2, bitmap: (1 << fc) | (1 << fl), children: fc < fl ? [node, leaf] : [leaf, node] };
    }
    const at = node.leaves.findIndex((existing) => existing.key === leaf.key);
    if (at >= 0) {
      if (node.leaves[at]!.value === leaf.value) return node;
      return { kind: 1, hash: node.hash, leaves: withChild(node.leaves, at, leaf) };
    }
    added.count = 1;
    return { kind: 1, hash: node.hash, leaves: [...node.leaves, leaf] };
  }
  const bit = 1 << fragment(leaf.hash, shift);
  const index = popcount(node.bitmap & (bit - 1));
  if ((node.bitmap & bit) === 0) {
    added.count = 1;
    return { kind: 2, bitmap: node.bitmap | bit, children: withInserted(node.children, index, leaf) };
  }
  const child = node.children[index]!;
  // Two different hashes part by shift 30 at the latest: branches never go deeper.
  const next = insert(child, leaf, shift + BITS, added);
  return next === child ? node : { kind: 2, bitmap: node.bitmap, children: withChild(node.children, index, next) };
}

/** `node` without `key`; the same node when absent; null when nothing is left. */
function remove<V>(node: Trie<V>, hash: number, key: string, shift: number): Trie<V> | null {
  if (node.kind === 0) return node.key === key ? null : node;
  if (node.kind === 1) {
    const at = node.leaves.findIndex((leaf) => leaf.key === key);
    if (at < 0) return node;
    const leaves = withRemoved(node.leaves, at);
    return leaves.length === 1 ? leaves[0]! : { kind: 1, hash: node.hash, leaves };
  }
  const bit = 1 << fragment(hash, shift);
  if ((node.bitmap & bit) === 0) return node;
  const index = popcount(node.bitmap & (bit - 1));
  const child = node.children[index]!;
  const next = remove(child, hash, key, shift + BITS);
  if (next === child) return node;
  if (next === null) {
    if (node.children.length === 1) return null;
    const children = withRemoved(node.children, index);
    // A branch left with one leaf collapses into it, so equal key sets have equal shapes.
    if (children.length === 1 && children[0]!.kind !== 2) return children[0]!;
    return { kind: 2, bitmap: node.bitmap & ~bit, children };
  }
  if (node.children.length === 1 && next.kind !== 2) return next;
  return { kind: 2, bitmap: node.bitmap, children: withChild(node.children, index, next) };
}

function* leavesOf<V>(node: Trie<V> | null): Generator<Leaf<V>> {
  if (node === null) return;
  if (node.kind === 0) yield node;
  else if (node.kind === 1) yield* node.leaves;
  else for (const child of node.children) yield* leavesOf(child);
}

function eachLeaf<V>(node: Trie<V> | null, visit: (leaf: Leaf<V>) => void): void {
  if (node === null) return;
  if (node.kind === 0) visit(node);
  else if (node.kind === 1) for (const leaf of node.leaves) visit(leaf);
  else for (const child of node.children) eachLeaf(child, visit);
}

export class PersistentMap<V> implements Iterable<[string, V]> {
  static readonly #empty = new PersistentMap<never>(null, 0);

  /** The empty map (one shared instance). */
  static empty<V>(): PersistentMap<V> {
    return PersistentMap.#empty;
  }

  /** A map of the given entries; a later entry with the same key wins. */
  static from<V>(entries: Iterable<readonly [string, V]>): PersistentMap<V> {
    let map = PersistentMap.empty<V>();
    for (const [key, value] of entries) map = map.set(key, value);
    return map;
  }

  /** A plain (enumerable) property, so deep-equality checks compare contents. */
  private readonly root: Trie<V> | null;
  /** How many entries it holds. */
  readonly size: number;

  private constructor(root: Trie<V> | null, size: number) {
    this.root = root;
    this.size = size;
  }

  get(key: string): V | undefined {
    return lookup(this.root, hashOf(key), key)?.value;
  }

  has(key: string): boolean {
    return lookup(this.root, hashOf(key), key) !== undefined;
  }

  /** A map with `key` set to `value`; this very map when it already holds that value. */
  set(key: string, value: V): PersistentMap<V> {
    const leaf: Leaf<V> = { kind: 0, hash: hashOf(key), key, value };
    if (this.root === null) return new PersistentMap(leaf, 1);
    const added = { count: 0 };
    const root = insert(this.root, leaf, 0, added);
    return root === this.root ? this : new PersistentMap(root, this.size + added.count);
  }

  /** A map without `key`; this very map when it has no such key. */
  delete(key: string): PersistentMap<V> {
    if (this.root === null) return this;
    const root = remove(this.root, hashOf(key), key, 0);
    if (root === this.root) return this;
    return root === null ? PersistentMap.empty() : new PersistentMap(root, this.size - 1);
  }

  /** Applies `change` to the entry at `key` when there is one; this map when unchanged. */
  update(key: string, change: (value: V) => V): PersistentMap<V> {
    const leaf = lookup(this.root, hashOf(key), key);
    return leaf === undefined ? this : this.set(key, change(leaf.value));
  }

  *entries(): IterableIterator<[string, V]> {
    for (const leaf of leavesOf(this.root)) yield [leaf.key, leaf.value];
  }

  *keys(): IterableIterator<string> {
    for (const leaf of leavesOf(this.root)) yield leaf.key;
  }

  *values(): IterableIterator<V> {
    for (const leaf of leavesOf(this.root)) yield leaf.value;
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }

  forEach(visit: (value: V, key: string) => void): void {
    eachLeaf(this.root, (leaf) => visit(leaf.value, leaf.key));
  }

  /** The values as an array (hash order: sort it when order matters). */
  toArray(): V[] {
    const values: V[] = [];
    eachLeaf(this.root, (leaf) => values.push(leaf.value));
    return values;
  }

  /** The entries in key order: what structured cloning and JSON carry across a port. */
  toJSON(): [string, V][] {
    return [...this.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /**
   * Calls `visit` for every key whose value differs between `before` and `after`
   * (added: `previous` undefined; removed: `next` undefined). Subtrees the two versions
   * share are skipped, so comparing a map with its successor costs what changed.
   */
  static diff<V>(
    before: PersistentMap<V>,
    after: PersistentMap<V>,
    visit: (key: string, previous: V | undefined, next: V | undefined) => void,
  ): void {
    diffNodes(before.root, after.root, 0, visit);
  }
}

function diffNodes<V>(
  a: Trie<V> | null,
  b: Trie<V> | null,
  shift: number,
  visit: (key: string, previous: V | undefined, next: V | undefined) => void,
): void {
  if (a === b) return;
  if (a !== null && b !== null && a.kind === 2 && b.kind === 2) {
    const bits = a.bitmap | b.bitmap;
    for (let rest = bits; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      const inA = (a.bitmap & bit) !== 0 ? a.children[popcount(a.bitmap & (bit - 1))]! : null;
      const inB = (b.bitmap & bit) !== 0 ? b.children[popcount(b.bitmap & (bit - 1))]! : null;
      diffNodes(inA, inB, shift + BITS, visit);
    }
    return;
  }
  // A leaf or a collision on either side: few entries; compare them key by key.
  const previous = new Map<string, V>();
  eachLeaf(a, (leaf) => previous.set(leaf.key, leaf.value));
  eachLeaf(b, (leaf) => {
    const old = previous.get(leaf.key);
    const had = previous.delete(leaf.key);
    if (!had) visit(leaf.key, undefined, leaf.value);
    else if (old !== leaf.value) visit(leaf.key, old, leaf.value);
  });
  for (const [key, value] of previous) visit(key, value, undefined);
}
