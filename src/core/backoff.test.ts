import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Backoff, backoffDelay, defaultBackoffOptions } from './backoff.js';

const noJitterDraw = () => 0;

describe('backoffDelay', () => {
  it('doubles from the initial delay and stops growing at the cap', () => {
    const options = { initialMs: 500, maxMs: 5_000, factor: 2, jitter: 0.5 };
    const delays = [1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffDelay(attempt, options, noJitterDraw));
    assert.deepEqual(delays, [500, 1_000, 2_000, 4_000, 5_000, 5_000, 5_000]);
  });

  it('uses the documented defaults: 1 s, doubling, capped at 60 s', () => {
    const delays = Array.from({ length: 9 }, (_, index) => backoffDelay(index + 1, {}, noJitterDraw));
    assert.deepEqual(delays, [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
    assert.equal(defaultBackoffOptions.maxMs, 60_000);
  });

  it('never exceeds the cap, even after very many attempts', () => {
    const options = { initialMs: 1_000, maxMs: 30_000 };
    for (const attempt of [1, 10, 100, 2_000, 1e9]) {
      for (const draw of [0, 0.25, 0.999]) {
        const delay = backoffDelay(attempt, options, () => draw);
        assert.ok(Number.isFinite(delay), `attempt ${attempt} gives a finite delay`);
        assert.ok(delay >= 0 && delay <= 30_000, `attempt ${attempt}, draw ${draw}: ${delay}`);
      }
    }
  });

  it('jitter shortens a delay by up to its share, so retries spread out', () => {
    const options = { initialMs: 1_000, maxMs: 60_000, jitter: 0.5 };
    // Attempt 4: base 8 s; draws spread it between 4 s and 8 s.
    const draws = [0, 0.2, 0.5, 0.8, 0.9999];
    const delays = draws.map((draw) => backoffDelay(4, options, () => draw));
    assert.equal(delays[0], 8_000);
    assert.equal(delays[2], 6_000);
    assert.equal(new Set(delays).size, draws.length, 'different draws give different delays');
    for (const delay of delays) assert.ok(delay > 4_000 - 1 && delay <= 8_000);
  });

  it('without jitter every client waits the same', () => {
    const options = { jitter: 0 };
    assert.equal(backoffDelay(3, options, () => 0.1), backoffDelay(3, options, () => 0.9));
  });

  it('tolerates out-of-range options and draws', () => {
    assert.equal(backoffDelay(2, { jitter: 7 }, () => 0.5), 1_000); // jitter clamped to 1
    assert.equal(backoffDelay(1, {}, () => 5), 500); // draw clamped to 1
    assert.equal(backoffDelay(0, {}, noJitterDraw), 1_000); // attempt below 1 acts as the first
  });
});

describe('Backoff', () => {
  it('counts attempts and restarts the sequence after reset', () => {
    const backoff = new Backoff({ initialMs: 100, maxMs: 1_000 }, noJitterDraw);
    assert.deepEqual([backoff.next(), backoff.next(), backoff.next()], [100, 200, 400]);
    assert.equal(backoff.attempt, 3);
    backoff.reset();
    assert.equal(backoff.attempt, 0);
    assert.equal(backoff.next(), 100);
  });

  it('draws a fresh random number for each attempt', () => {
    const draws = [0, 0.5];
    const backoff = new Backoff({ initialMs: 1_000, jitter: 1 }, () => draws.shift() ?? 0);
    assert.deepEqual([backoff.next(), backoff.next()], [1_000, 1_000]);
  });
});
