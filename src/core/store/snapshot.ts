/**
 * The state as structured cloning can carry it to another page: a `PersistentMap` (a
 * slice, or a field of a slice) travels as its entries and is rebuilt on arrival (cloning
 * would keep none of its structure). Everything else in the state is plain data, Maps
 * and arrays already.
 */
import { PersistentMap } from './persistent-map.js';
import type { SessionState, SliceName } from './state.js';

/** What a `PersistentMap` becomes on the way. */
interface MapEntries {
  readonly persistentMapEntries: readonly (readonly [string, unknown])[];
}

export type StateSnapshot = { readonly [K in SliceName]: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function isMapEntries(value: unknown): value is MapEntries {
  return isPlainObject(value) && Array.isArray(value['persistentMapEntries']);
}

function encode(value: unknown): unknown {
  return value instanceof PersistentMap ? { persistentMapEntries: value.toJSON() } : value;
}

function decode(value: unknown): unknown {
  return isMapEntries(value) ? PersistentMap.from(value.persistentMapEntries) : value;
}

/** Maps in a slice and in its fields are converted; deeper ones are not expected. */
function convert(state: object, convertValue: (value: unknown) => unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [slice, value] of Object.entries(state)) {
    const converted = convertValue(value);
    if (converted !== value || !isPlainObject(value)) {
      result[slice] = converted;
      continue;
    }
    let fields: Record<string, unknown> | null = null;
    for (const [field, inner] of Object.entries(value)) {
      const convertedInner = convertValue(inner);
      if (convertedInner === inner) continue;
      fields ??= { ...value };
      fields[field] = convertedInner;
    }
    result[slice] = fields ?? value;
  }
  return result;
}

export function snapshotOf(state: SessionState): StateSnapshot {
  return convert(state, encode) as StateSnapshot;
}

export function stateFrom(snapshot: StateSnapshot): SessionState {
  return convert(snapshot, decode) as unknown as SessionState;
}
