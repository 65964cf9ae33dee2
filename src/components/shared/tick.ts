import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TickOptions {
  /** Whether anything on screen changes with time right now (checked after each render). */
  needed(): boolean;
  /** Milliseconds between ticks (default 1000). */
  intervalMs?: number;
  /** The clock (default `Date.now`): tests may pass their own. */
  now?: () => number;
}

/**
 * One timer per element for everything that changes with time (wait times, SLA colours,
 * typing indicators that expire): a re-render each interval while `needed()` says so,
 * none otherwise and none while the element is disconnected. `now` is read once per
 * render, so every row of a render agrees on the time.
 */
export class TickController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: TickOptions;
  readonly #clock: () => number;
  #timer: ReturnType<typeof setInterval> | null = null;
  #connected = false;
  /** The time of the current render. */
  now: number;

  constructor(host: ReactiveControllerHost, options: TickOptions) {
    this.#host = host;
    this.#options = options;
    this.#clock = options.now ?? Date.now;
    this.now = this.#clock();
    host.addController(this);
  }

  /** True while the timer runs. */
  get running(): boolean {
    return this.#timer !== null;
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostUpdate(): void {
    this.now = this.#clock();
  }

  hostUpdated(): void {
    if (this.#connected && this.#options.needed()) this.#start();
    else this.#stop();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #start(): void {
    if (this.#timer !== null) return;
    this.#timer = setInterval(() => this.#host.requestUpdate(), this.#options.intervalMs ?? 1000);
  }

  #stop(): void {
    if (this.#timer === null) return;
    clearInterval(this.#timer);
    this.#timer = null;
  }
}
