import type { Clock } from './clock.js';

/** How long after the last key press the other side is told typing stopped (the spec's rule). */
export const TYPING_IDLE_MS = 2000;

/**
 * The spec's typing rule, per conversation: the first key press sends "start", later key
 * presses only move the deadline, and two seconds without a key press send "stop".
 * Sending a message ends typing without a "stop": the server assumes it.
 */
export class TypingNotifier {
  readonly #clock: Clock;
  readonly #start: (key: string) => void;
  readonly #stop: (key: string) => void;
  readonly #typing = new Map<string, { lastKeyAt: number; timer: unknown }>();

  constructor(clock: Clock, start: (key: string) => void, stop: (key: string) => void) {
    this.#clock = clock;
    this.#start = start;
    this.#stop = stop;
  }

  /** A key was pressed in the composer of `key` (a ChatUID or a connection id). */
  keyPressed(key: string): void {
    const now = this.#clock.now();
    const current = this.#typing.get(key);
    if (current) {
      current.lastKeyAt = now;
      return;
    }
    this.#typing.set(key, { lastKeyAt: now, timer: this.#schedule(key, TYPING_IDLE_MS) });
    this.#start(key);
  }

  /** The message went out: typing is over without telling the server. */
  sent(key: string): void {
    this.#forget(key);
  }

  /** The composer was cleared or left: tell the other side now. */
  stopNow(key: string): void {
    if (this.#forget(key)) this.#stop(key);
  }

  isTyping(key: string): boolean {
    return this.#typing.has(key);
  }

  /** Forget every conversation without sending anything (the connection is gone). */
  reset(): void {
    for (const key of [...this.#typing.keys()]) this.#forget(key);
  }

  #schedule(key: string, delay: number): unknown {
    return this.#clock.setTimeout(() => this.#check(key), delay);
  }

  #check(key: string): void {
    const current = this.#typing.get(key);
    if (!current) return;
    const idle = this.#clock.now() - current.lastKeyAt;
    if (idle >= TYPING_IDLE_MS) {
      this.#typing.delete(key);
      this.#stop(key);
    } else {
      current.timer = this.#schedule(key, TYPING_IDLE_MS - idle);
    }
  }

  #forget(key: string): boolean {
    const current = this.#typing.get(key);
    if (!current) return false;
    this.#clock.clearTimeout(current.timer);
    this.#typing.delete(key);
    return true;
  }
}
