/**
 * A manual clock for tests. Time moves only when the test says so; due timers then run
 * in order, each seeing `now()` at the moment it fires. It can also play a browser tab
 * that Chrome throttles (timers wake only on whole-minute boundaries) or freezes (time
 * passes, nothing runs, and every overdue timer fires at once on resume).
 */
import type { Clock, TimerHandle } from '../clock.js';

interface PendingTimer {
  readonly id: number;
  readonly dueAt: number;
  readonly callback: () => void;
}

/** A whole number of minutes since the epoch, so throttle boundaries are easy to reason about. */
export const fakeClockStart = 28_333_333 * 60_000;

export class FakeClock implements Clock {
  #now: number;
  #nextId = 1;
  #timers = new Map<number, PendingTimer>();
  #throttleIntervalMs: number | null = null;

  constructor(start = fakeClockStart) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
    const id = this.#nextId++;
    this.#timers.set(id, { id, dueAt: this.#now + delay, callback });
    return id;
  }

  clearTimeout(handle: TimerHandle): void {
    if (typeof handle === 'number') this.#timers.delete(handle);
  }

  /** Timers scheduled and neither fired nor cleared. */
  get pendingTimers(): number {
    return this.#timers.size;
  }

  /**
   * Simulates Chrome's intensive throttling of a tab hidden for over five minutes:
   * timers fire only at multiples of `intervalMs` of wall time. `null` ends it.
   */
  throttle(intervalMs: number | null): void {
    this.#throttleIntervalMs = intervalMs;
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way. */
  advance(ms: number): void {
    const target = this.#now + Math.max(0, ms);
    for (;;) {
      const next = this.#nextToFire();
      if (next === undefined || next.firesAt > target) break;
      this.#timers.delete(next.timer.id);
      this.#now = Math.max(this.#now, next.firesAt);
      next.timer.callback();
    }
    this.#now = target;
  }

  /** A frozen tab: `ms` pass and nothing runs. Call `advance(0)` to resume. */
  freeze(ms: number): void {
    this.#now += Math.max(0, ms);
  }

  #firesAt(timer: PendingTimer): number {
    const interval = this.#throttleIntervalMs;
    if (interval === null || interval <= 0) return timer.dueAt;
    return Math.ceil(timer.dueAt / interval) * interval;
  }

  #nextToFire(): { timer: PendingTimer; firesAt: number } | undefined {
    let best: { timer: PendingTimer; firesAt: number } | undefined;
    // Map iteration follows insertion order, so equal times keep scheduling order.
    for (const timer of this.#timers.values()) {
      const firesAt = Math.max(this.#now, this.#firesAt(timer));
      if (best === undefined || firesAt < best.firesAt) best = { timer, firesAt };
    }
    return best;
  }
}
