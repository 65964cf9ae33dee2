/**
 * Blacklisting of client addresses, as the spec describes it: failed logins, invalid
 * commands and "Access denied" are strikes against the client address; after
 * `BlackListAfter` strikes the address is blacklisted for `BlackListRetrySeconds` and its
 * connection attempts are refused at once. The lists themselves live in the world (the
 * admin commands show and clear them); this class applies the rules to them.
 */

import type { Clock } from '../core/clock.js';
import type { World } from './world.js';

export interface BlacklistOptions {
  /** Strikes before an address is blacklisted. Default: server setting `BlackListAfter`. */
  after?: number;
  /** How long a blacklisted address is refused. Default: server setting `BlackListRetrySeconds`. */
  retrySeconds?: number;
  /** Strikes are forgotten this long after the first one. Default: `BlackListClearAfterMinutes`. */
  clearAfterMinutes?: number;
  /** No automatic blacklisting. Default: server setting `NoAutoBlackList`. */
  disabled?: boolean;
}

export class Blacklist {
  readonly #world: World;
  readonly #clock: Clock;
  readonly #options: BlacklistOptions;

  constructor(world: World, clock: Clock, options: BlacklistOptions = {}) {
    this.#world = world;
    this.#clock = clock;
    this.#options = options;
  }

  /** On the permanent list, or on the temporary one and not yet lapsed (a lapsed entry is removed). */
  isBlacklisted(address: string): boolean {
    const lists = this.#world.blacklist;
    if (lists.permanent.has(address)) return true;
    const until = lists.temporary.get(address);
    if (until === undefined) return false;
    if (this.#clock.now() < until) return true;
    lists.temporary.delete(address);
    return false;
  }

  /** Puts an address on the temporary blacklist now (also what strikes lead to). */
  blacklistAddress(address: string, seconds?: number): void {
    const retrySeconds = seconds ?? this.#setting(this.#options.retrySeconds, 'BlackListRetrySeconds', 20);
    this.#world.blacklist.temporary.set(address, this.#clock.now() + retrySeconds * 1000);
    this.#world.appendLog(`Client address ${address} temporarily blacklisted`);
  }

  /** Clears the temporary blacklist and strikes (ClearBlacklist). */
  clearTemporaryBlacklist(): void {
    this.#world.blacklist.temporary.clear();
    this.#world.blacklist.strikes.clear();
  }

  /**
   * Counts a strike (failed login, invalid command, access denied) against an address.
   * Returns true when this strike blacklisted the address; the caller then drops the
   * connection it came from.
   */
  strike(address: string, reason: string): boolean {
    const options = this.#options;
    const disabled = options.disabled ?? this.#world.booleanSetting('NoAutoBlackList', false);
    if (disabled) return false;
    const now = this.#clock.now();
    const clearAfterMs = this.#setting(options.clearAfterMinutes, 'BlackListClearAfterMinutes', 60) * 60_000;
    const strikes = this.#world.blacklist.strikes;
    let entry = strikes.get(address);
    if (entry === undefined || now - entry.firstAt >= clearAfterMs) {
      entry = { count: 0, firstAt: now };
      strikes.set(address, entry);
    }
    entry.count += 1;
    const after = this.#setting(options.after, 'BlackListAfter', 10);
    if (entry.count < after) return false;
    this.#world.appendLog(`Client address ${address}: ${entry.count} strikes (last: ${reason})`);
    this.blacklistAddress(address);
    return true;
  }

  /** A clean slate for the address (a successful login). */
  forgiveStrikes(address: string): void {
    this.#world.blacklist.strikes.delete(address);
  }

  /** An option overrides the server setting, which is read on every use since admins may change it. */
  #setting(option: number | undefined, name: string, fallback: number): number {
    return option ?? this.#world.numberSetting(name, fallback);
  }
}
