/**
 * Checks shared by the knowledge, administration and visitor handlers: rights (answered
 * with "Access denied", which counts towards blacklisting as the spec warns), site keys,
 * and the JSON objects some commands carry in their first param.
 */

import type { Rights } from '../../core/protocol/models.js';
import type { OperatorConnection } from '../server.js';
import type { JsonObject, JsonValue } from '../world.js';
import type { CommandContext } from './registry.js';

export type RightName = Exclude<keyof Rights, 'raw' | 'sendSingleUseFiles'>;

/** An administrator (IsAdmin) or the system administrator. */
export function isAdministrator(conn: OperatorConnection): boolean {
  return conn.user.isAdmin || conn.isSystemAdministrator;
}

export function requireAdministrator({ server, conn }: CommandContext): boolean {
  if (isAdministrator(conn)) return true;
  server.accessDenied(conn);
  return false;
}

/** The System Administrator commands (Rights ending in S). */
export function requireSystemAdministrator({ server, conn }: CommandContext): boolean {
  if (conn.isSystemAdministrator) return true;
  server.accessDenied(conn);
  return false;
}

/** A right of the Rights string; administrators hold every right. */
export function requireRight({ server, conn }: CommandContext, right: RightName): boolean {
  if (conn.rights[right] === true || isAdministrator(conn)) return true;
  server.accessDenied(conn);
  return false;
}

/** A site key param: a positive whole number, else null. */
export function parseSiteKey(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  const key = Number(trimmed);
  return key > 0 ? key : null;
}

/** A site key param the user may use; sends the error itself and returns null otherwise. */
export function siteKeyParam(ctx: CommandContext, index = 0): number | null {
  const siteKey = parseSiteKey(ctx.params[index]);
  if (siteKey === null) {
    ctx.server.error(ctx.conn, `${ctx.command}: "${ctx.params[index] ?? ''}" is not a SiteKey`);
    return null;
  }
  return ctx.server.requireSite(ctx.conn, siteKey) ? siteKey : null;
}

/** "1,2" -> [1, 2]; null when an entry is not a site key. */
export function parseSiteKeyList(text: string): number[] | null {
  const keys: number[] = [];
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const key = parseSiteKey(part);
    if (key === null) return null;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Comma list -> trimmed non-blank entries without repeats. */
export function parseList(text: string): string[] {
  const items: string[] = [];
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item !== '' && !items.includes(item)) items.push(item);
  }
  return items;
}

/** A 'yyyy-mm-dd' calendar date param, else null. */
export function parseDay(text: string | undefined): string | null {
  const trimmed = (text ?? '').trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (match === null) return null;
  const date = new Date(`${trimmed}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== trimmed ? null : trimmed;
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The JSON object of a Save* command: the first param as JSON text, or (as the spec's
 * SaveServerSettings example sends it) the Params value itself. Sends an error and
 * returns null when there is none.
 */
export function jsonParam(ctx: CommandContext, what: string): JsonObject | null {
  if (isJsonObject(ctx.rawParams)) return ctx.rawParams;
  const text = ctx.params[0] ?? '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    ctx.server.error(ctx.conn, `${ctx.command}: the first parameter must be the ${what} as JSON`);
    return null;
  }
  if (!isJsonObject(parsed)) {
    ctx.server.error(ctx.conn, `${ctx.command}: the ${what} must be a JSON object`);
    return null;
  }
  return parsed;
}

/** Case-insensitive reads of a JSON object a client sent (PascalCase by the spec, but tolerant). */
/** For the administrators' save commands: their JSON first param as fields, or null once the sender is told why not. */
export function administratorJsonFields(ctx: CommandContext, what: string): JsonFields | null {
  if (!requireAdministrator(ctx)) return null;
  const json = jsonParam(ctx, what);
  return json === null ? null : new JsonFields(json);
}

export class JsonFields {
  readonly #byName = new Map<string, JsonValue>();

  constructor(object: JsonObject) {
    for (const [key, value] of Object.entries(object)) {
      if (!this.#byName.has(key.toLowerCase())) this.#byName.set(key.toLowerCase(), value);
    }
  }

  has(...names: string[]): boolean {
    return names.some((name) => this.#byName.has(name.toLowerCase()));
  }

  get(...names: string[]): JsonValue | undefined {
    for (const name of names) {
      const value = this.#byName.get(name.toLowerCase());
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  }

  text(fallback: string, ...names: string[]): string {
    const value = this.get(...names);
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return fallback;
  }

  number(fallback: number, ...names: string[]): number {
    const value = this.get(...names);
    const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    return Number.isFinite(number) ? number : fallback;
  }

  flag(fallback: boolean, ...names: string[]): boolean {
    const value = this.get(...names);
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string') return ['true', 'yes', 'y', '1'].includes(value.trim().toLowerCase());
    if (typeof value === 'number') return value !== 0;
    return fallback;
  }
}
