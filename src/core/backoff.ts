/**
 * Capped exponential backoff with jitter for reconnect attempts. The cap keeps an
 * operator from waiting minutes after a long outage; the jitter keeps a room full of
 * operators, dropped by the same server restart, from all coming back in the same
 * second (and the server's flood protection from blacklisting them).
 */

export interface BackoffOptions {
  /** Delay before the first retry. */
  initialMs?: number;
  /** No delay is longer than this. */
  maxMs?: number;
  /** Growth per attempt. */
  factor?: number;
  /** 0..1: the share of each delay that is random. 0.5 means "between half and all of it". */
  jitter?: number;
}

export const defaultBackoffOptions: Required<BackoffOptions> = {
  initialMs: 1_000,
  maxMs: 60_000,
  factor: 2,
  jitter: 0.5,
};

function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, value));
}

/**
 * The delay before retry number `attempt` (1-based): `initialMs * factor^(attempt-1)`,
 * capped at `maxMs`, then shortened by up to `jitter` of itself using `random()` (0..1).
 * The jitter only ever shortens, so the cap holds.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const { initialMs, maxMs, factor, jitter } = { ...defaultBackoffOptions, ...options };
  const cap = Math.max(0, maxMs);
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  // Math.min copes with factor^exponent overflowing to Infinity after many attempts.
  const base = Math.min(cap, Math.max(0, initialMs) * Math.pow(Math.max(1, factor), exponent));
  const spread = clamp(jitter, 0, 1) * clamp(random(), 0, 1);
  return Math.round(clamp(base, 0, cap) * (1 - spread));
}

/** Counts attempts so the caller only says "again" and "that worked". */
export class Backoff {
  #attempt = 0;

  constructor(
    private readonly options: BackoffOptions = {},
    private readonly random: () => number = Math.random,
  ) {}

  /** Attempts made since the last reset. */
  get attempt(): number {
    return this.#attempt;
  }

  /** Counts one more attempt and returns how long to wait before it. */
  next(): number {
    this.#attempt += 1;
    return backoffDelay(this.#attempt, this.options, this.random);
  }

  reset(): void {
    this.#attempt = 0;
  }
}
