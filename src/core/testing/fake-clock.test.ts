import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FakeClock } from './fake-clock.js';

describe('FakeClock', () => {
  it('runs due timers in time order, each seeing its own time', () => {
    const clock = new FakeClock(0);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(`b@${clock.now()}`), 200);
    clock.setTimeout(() => fired.push(`a@${clock.now()}`), 100);
    clock.setTimeout(() => fired.push(`c@${clock.now()}`), 300);
    clock.advance(250);
    assert.deepEqual(fired, ['a@100', 'b@200']);
    assert.equal(clock.now(), 250);
    assert.equal(clock.pendingTimers, 1);
  });

  it('runs timers scheduled by timers when they fall due in the same advance', () => {
    const clock = new FakeClock(0);
    const fired: number[] = [];
    clock.setTimeout(() => {
      fired.push(clock.now());
      clock.setTimeout(() => fired.push(clock.now()), 50);
    }, 100);
    clock.advance(1_000);
    assert.deepEqual(fired, [100, 150]);
  });

  it('cleared timers never run', () => {
    const clock = new FakeClock(0);
    let ran = false;
    const handle = clock.setTimeout(() => (ran = true), 10);
    clock.clearTimeout(handle);
    clock.advance(100);
    assert.equal(ran, false);
    assert.equal(clock.pendingTimers, 0);
  });

  it('throttled, timers wake only on interval boundaries', () => {
    const clock = new FakeClock(0);
    clock.advance(5_000);
    let firedAt = -1;
    clock.throttle(60_000);
    clock.setTimeout(() => (firedAt = clock.now()), 20_000);
    clock.advance(30_000);
    assert.equal(firedAt, -1, 'due at 25 s, but the tab wakes at 60 s');
    clock.advance(30_000);
    assert.equal(firedAt, 60_000);
  });

  it('frozen, time passes without timers; they all fire late on resume', () => {
    const clock = new FakeClock(0);
    const fired: number[] = [];
    clock.setTimeout(() => fired.push(clock.now()), 1_000);
    clock.freeze(300_000);
    assert.deepEqual(fired, []);
    clock.advance(0);
    assert.deepEqual(fired, [300_000]);
  });
});
