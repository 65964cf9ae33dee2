/**
 * Time as the connection sees it. Injected so tests can drive timers by hand and
 * simulate a throttled or frozen browser tab; the default uses the platform's timers.
 */

/** Opaque: whatever the clock's `setTimeout` returned. */
export type TimerHandle = unknown;

export interface Clock {
  /** Wall-clock milliseconds (epoch). Wall time, not a monotonic counter: it keeps
   *  running while a tab is frozen or the machine sleeps, which is how a late timer
   *  is recognised. */
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * One pending timeout that can be restarted or stopped. Its callback learns how late it
 * fired: a hidden Chrome tab runs timers only once a minute and a frozen tab runs them
 * all on resume, before the messages that arrived meanwhile, so a late timer is not
 * evidence that the thing it was waiting for did not happen.
 */
export class OneShotTimer {
  #handle: TimerHandle | null = null;
  readonly #clock: Clock;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  get active(): boolean {
    return this.#handle !== null;
  }

  /** (Re)starts the timer; `callback` receives how many milliseconds late it fired. */
  start(ms: number, callback: (lateByMs: number) => void): void {
    this.stop();
    const dueAt = this.#clock.now() + ms;
    this.#handle = this.#clock.setTimeout(() => {
      this.#handle = null;
      callback(Math.max(0, this.#clock.now() - dueAt));
    }, ms);
  }

  stop(): void {
    if (this.#handle === null) return;
    this.#clock.clearTimeout(this.#handle);
    this.#handle = null;
  }
}
