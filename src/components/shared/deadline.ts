import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders the host when a moment it named comes (a chat passing its SLA), with one
 * timeout instead of a ticking timer: `wakeAt(time)` after each render, `null` for none.
 */
export class DeadlineController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #clock: () => number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #at: number | null = null;
  #connected = false;

  constructor(host: ReactiveControllerHost, now: () => number = Date.now) {
    this.#host = host;
    this.#clock = now;
    host.addController(this);
  }

  get now(): number {
    return this.#clock();
  }

  /** When the host will next re-render by itself, or null. */
  get scheduledAt(): number | null {
    return this.#at;
  }

  wakeAt(time: number | null): void {
    if (time === this.#at && (time === null || this.#timer !== null)) return;
    this.#cancel();
    if (time === null || !this.#connected) return;
    this.#at = time;
    // A little late rather than early: the moment must have passed when the host looks.
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#at = null;
      this.#host.requestUpdate();
    }, Math.max(0, time - this.#clock()) + 20);
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#cancel();
  }

  #cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#at = null;
  }
}
