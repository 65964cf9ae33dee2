/**
 * What every command builder shares: the checks of its arguments and the errors they
 * throw. The server blacklists a client that sends invalid commands, so nothing is built
 * from an argument it would refuse.
 */
import type { CommandFrame } from './frame.js';
import type { JsonObject, OperatorStatus } from './models.js';
import type { CommandName } from './commands.js';

/** A built command: the envelope with a known command name. */
export interface WhosOnCommand extends CommandFrame {
  readonly Command: CommandName;
}

/** Text limits the spec states, in UTF-16 code units (`String.length`). */
export const textLimits = {
  sendTo: 5000,
  sendToClient: 4000,
  autoResponseContent: 2000,
  articleContent: 10_000,
} as const;

/** An argument the server would refuse: nothing was built. */
export class CommandArgumentError extends Error {
  override readonly name: string = 'CommandArgumentError';
  constructor(
    readonly command: CommandName,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A text over the spec's limit for its command: nothing was built, the draft is the caller's to keep. */
export class CommandLimitError extends CommandArgumentError {
  override readonly name: string = 'CommandLimitError';
  constructor(
    command: CommandName,
    field: string,
    readonly limit: number,
    readonly length: number,
  ) {
    super(command, field, `${capitalise(field)} is ${length} characters; the limit is ${limit}`);
  }
}

/**
 * A calendar date: a `Date` or a 'yyyy-mm-dd' string. A `Date` is sent as its LOCAL
 * calendar day, because a date picker hands back local midnight of the day the operator
 * chose; reading it in UTC would send the previous day anywhere east of Greenwich.
 */
export type DateInput = Date | string;

/** Identifies a visitor: a `Chat` or `MissedChat` from the store fits as is. */
export interface VisitorKey {
  readonly siteKey: number;
  readonly ip: string;
  /** May be blank (chats started outside the tracked website). */
  readonly trackingId: string;
}

const statusNames = ['Online', 'Busy', 'Be right back', 'Away'];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Converts and checks the arguments of one command; every failure names that command. */
export class ParamWriter {
  constructor(readonly command: CommandName) {}

  fail(field: string, problem: string): never {
    throw new CommandArgumentError(this.command, field, `${this.command}: ${field} ${problem}`);
  }

  /** Any string, blank allowed. */
  text(field: string, value: string | undefined): string {
    if (value === undefined) return '';
    if (typeof value !== 'string') this.fail(field, 'must be a string');
    return value;
  }

  /** An id or other required text: blank is refused. */
  required(field: string, value: string): string {
    if (this.text(field, value).trim() === '') this.fail(field, 'must not be blank');
    return value;
  }

  /** Text the spec caps at `limit` characters. */
  limited(field: string, value: string, limit: number, required: boolean): string {
    const text = required ? this.required(field, value) : this.text(field, value);
    if (text.length > limit) throw new CommandLimitError(this.command, field, limit, text.length);
    return text;
  }

  /** A non-negative whole number (site keys, queue and visit numbers). */
  int(field: string, value: number | undefined, fallback?: number): string {
    const number = value ?? fallback;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) {
      this.fail(field, `must be a whole number of 0 or more, got ${String(value)}`);
    }
    return String(number);
  }

  bool(field: string, value: boolean | undefined): string {
    const flag = value ?? false;
    if (typeof flag !== 'boolean') this.fail(field, 'must be true or false');
    return flag ? 'true' : 'false';
  }

  status(field: string, value: number | undefined, fallback?: OperatorStatus): string {
    const status = value ?? fallback;
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 0 || status >= statusNames.length) {
      const choices = statusNames.map((label, index) => `${index} (${label})`).join(', ');
      this.fail(field, `must be one of ${choices}; got ${String(value)}`);
    }
    return String(status);
  }

  date(field: string, value: DateInput): string {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) this.fail(field, 'is an invalid Date');
      return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1, 2)}-${pad(value.getDate(), 2)}`;
    }
    const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    if (match === null) return this.fail(field, `must be a yyyy-mm-dd date, got '${String(value)}'`);
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
      this.fail(field, `is not a calendar date: '${value}'`);
    }
    return value;
  }

  /** Two dates, the first not after the second (yyyy-mm-dd compares as text). */
  dateRange(from: DateInput, to: DateInput): [string, string] {
    const range: [string, string] = [this.date('fromDate', from), this.date('toDate', to)];
    if (range[0] > range[1]) this.fail('fromDate', `(${range[0]}) is after toDate (${range[1]})`);
    return range;
  }

  /** A comma-joined list: an item may be neither blank nor hold a comma. */
  list(field: string, values: readonly string[] | undefined, nonEmpty: boolean): string {
    const items = values ?? [];
    if (!Array.isArray(items)) this.fail(field, 'must be a list');
    if (nonEmpty && items.length === 0) this.fail(field, 'must name at least one item');
    for (const item of items) {
      if (typeof item !== 'string' || item.trim() === '') this.fail(field, 'must not hold a blank item');
      if (item.includes(',')) this.fail(field, `item '${item}' must not contain a comma`);
    }
    return items.join(',');
  }

  numbers(field: string, values: readonly number[] | undefined): string {
    const items = values ?? [];
    if (!Array.isArray(items)) this.fail(field, 'must be a list');
    return items.map((value) => this.int(field, value)).join(',');
  }

  json(field: string, value: JsonObject): string {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.fail(field, 'must be a JSON object');
    }
    try {
      return JSON.stringify(value);
    } catch (cause) {
      return this.fail(field, `cannot be serialised: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  /** The spec forbids control characters, quotes and colons in passwords. */
  password(field: string, value: string): string {
    if (/[\u0000-\u001f"':]/.test(this.required(field, value))) {
      this.fail(field, 'must not contain control characters, quotes or colons');
    }
    return value;
  }

  visitor(visitor: VisitorKey): [string, string, string] {
    if (visitor === null || typeof visitor !== 'object') this.fail('visitor', 'must be an object');
    return [
      this.int('siteKey', visitor.siteKey),
      this.required('ip', visitor.ip),
      this.text('trackingId', visitor.trackingId),
    ];
  }
}

export function build(command: CommandName, params: (p: ParamWriter) => string[]): WhosOnCommand {
  return { Command: command, Params: params(new ParamWriter(command)) };
}

export function bare(command: CommandName): WhosOnCommand {
  return { Command: command, Params: null };
}

