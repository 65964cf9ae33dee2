import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PersistentMap } from './persistent-map.js';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sorted<V>(map: Iterable<[string, V]>): [string, V][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('PersistentMap', () => {
  it('agrees with a native Map over thousands of random sets and deletes, and keeps old versions intact', () => {
    const next = random(7);
    let map = PersistentMap.empty<number>();
    const model = new Map<string, number>();
    const versions: [PersistentMap<number>, [string, number][]][] = [];
    for (let step = 0; step < 20_000; step += 1) {
      const key = `chat-${Math.floor(next() * 3000)}`;
      if (next() < 0.3) {
        map = map.delete(key);
        model.delete(key);
      } else {
        const value = Math.floor(next() * 5);
        map = map.set(key, value);
        model.set(key, value);
      }
      if (step % 2000 === 0) versions.push([map, sorted(model)]);
    }
    assert.equal(map.size, model.size);
    assert.deepEqual(sorted(map), sorted(model));
    for (const [key, value] of model) assert.equal(map.get(key), value);
    assert.equal(map.get('chat-absent'), undefined);
    for (const [version, expected] of versions) assert.deepEqual(sorted(version), expected);
  });

  it('returns the very same map when a set or delete changes nothing', () => {
    const value = { name: 'Ann' };
    const map = PersistentMap.from([['a', value]]);
    assert.equal(map.set('a', value), map);
    assert.equal(map.delete('b'), map);
    assert.equal(map.update('b', () => ({ name: 'Bob' })), map);
    assert.notEqual(map.set('a', { name: 'Ann' }), map);
  });

  it('holds keys that are special on plain objects as ordinary keys', () => {
    const map = PersistentMap.from<string>([
      ['__proto__', 'proto'],
      ['constructor', 'ctor'],
      ['hasOwnProperty', 'own'],
    ]);
    assert.equal(map.size, 3);
    assert.equal(map.get('__proto__'), 'proto');
    assert.equal(map.get('constructor'), 'ctor');
    assert.equal(map.get('toString'), undefined);
    assert.equal(Object.getPrototypeOf({}).polluted, undefined);
  });

  it('keeps keys whose whole hashes collide apart', () => {
    // Two pairs of keys found to share a 32-bit hash.
    const colliding = ['1cqumb5x5nokrz', 'xn8jw5xcij1pn', 'kqanfpxax4e7v', '1rlhfstxn3z0mb'];
    let map = PersistentMap.empty<number>();
    for (let i = 0; i < 2000; i += 1) map = map.set(`k${i}`, i);
    colliding.forEach((key, index) => (map = map.set(key, -index)));
    assert.equal(map.size, 2004);
    colliding.forEach((key, index) => assert.equal(map.get(key), -index));
    const without = map.delete(colliding[0]!).delete(colliding[3]!);
    assert.equal(without.get(colliding[0]!), undefined);
    assert.equal(without.get(colliding[1]!), -1);
    assert.equal(without.get(colliding[2]!), -2);
    assert.equal(without.size, 2002);
    const changes: string[] = [];
    PersistentMap.diff(map, without, (key) => changes.push(key));
    assert.deepEqual(changes.sort(), [colliding[0], colliding[3]].sort());
  });

  it('stays correct deep in a large map', () => {
    let map = PersistentMap.empty<number>();
    for (let i = 0; i < 70_000; i += 1) map = map.set(String(i), i);
    for (let i = 0; i < 70_000; i += 2) map = map.delete(String(i));
    assert.equal(map.size, 35_000);
    for (let i = 0; i < 70_000; i += 1) assert.equal(map.get(String(i)), i % 2 === 0 ? undefined : i);
  });

  it('reports exactly the keys that differ between two versions', () => {
    const next = random(11);
    let base = PersistentMap.empty<number>();
    for (let i = 0; i < 5000; i += 1) base = base.set(`k${i}`, i);
    for (let round = 0; round < 50; round += 1) {
      let changed = base;
      const expected = new Map<string, [number | undefined, number | undefined]>();
      for (let edit = 0; edit < 1 + Math.floor(next() * 40); edit += 1) {
        const key = `k${Math.floor(next() * 5200)}`;
        const before = base.get(key);
        if (next() < 0.4) changed = changed.delete(key);
        else changed = changed.set(key, Math.floor(next() * 100_000) + 10_000);
        const after = changed.get(key);
        if (before === after) expected.delete(key);
        else expected.set(key, [before, after]);
      }
      const seen = new Map<string, [number | undefined, number | undefined]>();
      PersistentMap.diff(base, changed, (key, previous, now) => seen.set(key, [previous, now]));
      assert.deepEqual(sorted(seen), sorted(expected));
    }
  });

  it('travels as its entries in key order (what a message port and JSON carry)', () => {
    const map = PersistentMap.from([
      ['b', 2],
      ['a', 1],
    ]);
    assert.deepEqual(JSON.parse(JSON.stringify(map)), [
      ['a', 1],
      ['b', 2],
    ]);
    assert.deepEqual(PersistentMap.from(map.toJSON()).toJSON(), map.toJSON());
  });
});

describe('state snapshots', () => {
  it('carry every persistent map of the state through structured cloning', async () => {
    const { snapshotOf, stateFrom } = await import('./snapshot.js');
    const { StoreHarness, chatChanged } = await import('../testing/store-harness.js');
    const h = new StoreHarness();
    h.wire(chatChanged());
    h.wire({ EventName: 'chat', Params: ['c2', '1', 'Ann', '', ''] });
    const copy = stateFrom(structuredClone(snapshotOf(h.state)));
    assert.deepEqual(copy, h.state);
    assert.ok(copy.chats instanceof PersistentMap);
    assert.ok(copy.requests.chats instanceof PersistentMap);
    assert.equal(copy.requests.chats.get('c2')?.visitorName, 'Ann');
  });
});
