import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PersistentMap } from './persistent-map.js';
import { sortedView } from './sorted-view.js';

interface Row {
  readonly key: string;
  readonly rank: number;
  readonly listed: boolean;
}

const byRank = (a: Row, b: Row): number => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function expected(map: PersistentMap<Row>): Row[] {
  return map.toArray().filter((row) => row.listed).sort(byRank);
}

describe('sortedView', () => {
  it('follows every version of a changing map as a full filter-and-sort would', () => {
    const view = sortedView((row: Row) => row.listed, byRank);
    let seed = 3;
    const next = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    let map = PersistentMap.empty<Row>();
    for (let i = 0; i < 3000; i += 1) map = map.set(`c${i}`, { key: `c${i}`, rank: Math.floor(next() * 500), listed: next() < 0.7 });
    assert.deepEqual(view(map), expected(map));
    for (let round = 0; round < 300; round += 1) {
      for (let edit = 0; edit < 1 + Math.floor(next() * 5); edit += 1) {
        const key = `c${Math.floor(next() * 3100)}`;
        map = next() < 0.2 ? map.delete(key) : map.set(key, { key, rank: Math.floor(next() * 500), listed: next() < 0.7 });
      }
      assert.deepEqual(view(map), expected(map), `round ${round}`);
    }
  });

  it('gives the same array for the same map, and keeps it when no listed value changed', () => {
    const view = sortedView((row: Row) => row.listed, byRank);
    const map = PersistentMap.from<Row>([
      ['a', { key: 'a', rank: 2, listed: true }],
      ['b', { key: 'b', rank: 1, listed: false }],
    ]);
    const list = view(map);
    assert.equal(view(map), list);
    assert.equal(view(map.set('b', { key: 'b', rank: 5, listed: false })), list);
    assert.deepEqual(
      view(map.set('c', { key: 'c', rank: 0, listed: true })).map((row) => row.key),
      ['c', 'a'],
    );
  });
});
