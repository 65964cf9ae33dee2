/**
 * A seeded pseudo-random source (mulberry32) so that a simulator run — ids, visitors,
 * timings — replays exactly under the same seed. Not for anything secret.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `probability` (0..1). */
  chance(probability: number): boolean;
  /**
   * A 24-hex-digit id shaped like the spec's (a MongoDB ObjectId): 8 digits of Unix
   * seconds, then 16 pseudo-random digits, so ids made later sort later.
   */
  hexId(nowMs: number): string;
}

export function createRandom(seed = 42): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex8 = (): string => Math.floor(next() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance(probability) {
      return next() < probability;
    },
    hexId(nowMs) {
      const seconds = Math.max(0, Math.floor(nowMs / 1000)) % 0x1_0000_0000;
      return seconds.toString(16).padStart(8, '0') + hex8() + hex8();
    },
  };
}
