import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom } from './random.js';

describe('createRandom', () => {
  it('replays the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    assert.deepEqual(draw(42), draw(42));
    assert.notDeepEqual(draw(42), draw(43));
  });

  it('keeps int within bounds, both ends reachable', () => {
    const random = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i += 1) seen.add(random.int(1, 3));
    assert.deepEqual([...seen].sort(), [1, 2, 3]);
  });

  it('makes 24-hex ids that start with the time in seconds and do not repeat', () => {
    const random = createRandom(2);
    const now = Date.UTC(2024, 0, 26, 13, 56, 37);
    const ids = Array.from({ length: 1000 }, () => random.hexId(now));
    for (const id of ids) assert.match(id, /^[0-9a-f]{24}$/);
    assert.equal(ids[0]?.slice(0, 8), Math.floor(now / 1000).toString(16));
    assert.equal(new Set(ids).size, ids.length);
  });

  it('picks only from the list and refuses an empty one', () => {
    const random = createRandom(3);
    for (let i = 0; i < 20; i += 1) assert.ok(['a', 'b'].includes(random.pick(['a', 'b'])));
    assert.throws(() => random.pick([]));
  });
});
