/**
 * The wire envelope. Commands go out as `{"Command": name, "Params": [strings] | null}`;
 * events come in as `{"EventName", "Params" | "Header", "Data"}` and are read tolerantly:
 * any case of key or name, `Header` for `Params`, params as an array, a colon-joined
 * string (older servers), null or absent, and `Data` of any shape.
 */

export interface CommandFrame {
  readonly Command: string;
  readonly Params: readonly string[] | null;
}

/** An event envelope after tolerant decoding, before its payload is typed. */
export interface EventFrame {
  /** Lower-cased `EventName`. */
  readonly name: string;
  /** `Params`/`Header` as an array of strings (numbers and booleans stringified). */
  readonly params: readonly string[];
  /**
   * Set when the server sent the params as one colon-joined string: event decoders
   * split it knowing which field may itself hold colons (a message, an IPv6 address).
   */
  readonly joinedParams: string | null;
  readonly data: unknown;
}

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  constructor(
    message: string,
    /** The frame text (or part of it) that could not be used. */
    readonly frame: string,
  ) {
    super(message);
  }
}

export type DecodeResult<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

/** Serialises a command. Numbers must already be strings (the builders do that). */
export function encodeCommand(command: CommandFrame): string {
  return JSON.stringify({ Command: command.Command, Params: command.Params });
}

function preview(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function findKey(object: Record<string, unknown>, ...names: string[]): string | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  return Object.keys(object).find((key) => wanted.includes(key.toLowerCase()));
}

function paramToString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Decodes one incoming text frame. Never throws. */
export function decodeFrame(text: unknown): DecodeResult<EventFrame> {
  if (typeof text !== 'string') {
    return { ok: false, error: new ProtocolError('Frame is not text', String(text)) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: new ProtocolError(`Frame is not JSON: ${reason}`, preview(text)) };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, error: new ProtocolError('Frame is not a JSON object', preview(text)) };
  }
  const object = parsed as Record<string, unknown>;
  const nameKey = findKey(object, 'EventName');
  const rawName = nameKey === undefined ? undefined : object[nameKey];
  if (typeof rawName !== 'string' || rawName.trim() === '') {
    return { ok: false, error: new ProtocolError('Frame has no EventName', preview(text)) };
  }
  const paramsKey = findKey(object, 'Params', 'Header', 'Parameters');
  const rawParams = paramsKey === undefined ? null : object[paramsKey];
  let params: string[] = [];
  let joinedParams: string | null = null;
  if (Array.isArray(rawParams)) {
    params = rawParams.map(paramToString);
  } else if (typeof rawParams === 'string') {
    joinedParams = rawParams;
    params = rawParams === '' ? [] : rawParams.split(':');
  } else if (typeof rawParams === 'number' || typeof rawParams === 'boolean') {
    params = [String(rawParams)];
  }
  const dataKey = findKey(object, 'Data');
  const data = dataKey === undefined ? null : object[dataKey];
  return {
    ok: true,
    value: { name: rawName.trim().toLowerCase(), params, joinedParams, data },
  };
}

/**
 * The params of an event as `count` fields. When the server joined them with colons,
 * field `greedy` takes whatever colons are left over (a message, an IPv6 address),
 * the fields before it are split from the left and those after it from the right.
 */
export function splitParams(frame: EventFrame, count: number, greedy = count - 1): string[] {
  if (frame.joinedParams === null) {
    const fields = frame.params.slice(0, count);
    while (fields.length < count) fields.push('');
    return fields;
  }
  const parts = frame.joinedParams === '' ? [] : frame.joinedParams.split(':');
  if (parts.length <= count) {
    while (parts.length < count) parts.push('');
    return parts;
  }
  const before = parts.slice(0, greedy);
  const afterCount = count - greedy - 1;
  const after = afterCount > 0 ? parts.slice(parts.length - afterCount) : [];
  const middle = parts.slice(greedy, parts.length - afterCount).join(':');
  return [...before, middle, ...after];
}
