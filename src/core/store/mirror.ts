/**
 * Which slices a page mirroring a shared session reduces. The session (in the worker or
 * the leader tab) reduces every slice; a page reduces only those its elements show, so a
 * page with a badge carries the code of a few reducers, not of thirty. Elements name
 * theirs when their class is defined (`mirrorSlices`); a slice added after the page bound
 * to its session is filled from a fresh snapshot of the session.
 *
 * The connection, my own user, the operators and the sync flags are always mirrored:
 * every other reducer reads them from its context.
 */
import type { SliceReducer } from './context.js';
import { clientsReducer, initialClients } from './slices/clients.js';
import { connectionReducer, initialConnection } from './slices/connection.js';
import { initialMe, meReducer } from './slices/me.js';
import { initialSync, syncReducer } from './slices/sync.js';
import type { SessionState, SliceName } from './state.js';
import type { ReducerTable } from './store-engine.js';

/** A slice as a page mirrors it: its reducer, and its value before the session is known. */
export type MirroredSlice<K extends SliceName> = readonly [SliceReducer<SessionState[K]>, SessionState[K]];
export type MirroredSlices = { readonly [K in SliceName]?: MirroredSlice<K> };

let slices: MirroredSlices = {
  connection: [connectionReducer, initialConnection],
  me: [meReducer, initialMe],
  clients: [clientsReducer, initialClients],
  sync: [syncReducer, initialSync],
};
let reducers: ReducerTable = tableOf(slices);
const listeners = new Set<(added: readonly SliceName[]) => void>();

function tableOf(mirrored: MirroredSlices): ReducerTable {
  const table: Record<string, unknown> = {};
  for (const [slice, [reduce]] of Object.entries(mirrored) as [SliceName, MirroredSlice<SliceName>][]) {
    table[slice] = reduce;
  }
  return table as ReducerTable;
}

/** The reducers of the slices mirrored now: a new object each time one is added. */
export function mirroredReducers(): ReducerTable {
  return reducers;
}

/**
 * The mirrored slices' values before any session is known. The other slices are absent
 * until a snapshot of the session brings them (as it was then: nothing here keeps them
 * up to date).
 */
export function mirroredInitialState(): Partial<SessionState> {
  const state: Record<string, unknown> = {};
  for (const [slice, [, initial]] of Object.entries(slices) as [SliceName, MirroredSlice<SliceName>][]) {
    state[slice] = initial;
  }
  return state as Partial<SessionState>;
}

/** Mirrors these slices too, in every page of this document that shows a shared session. */
export function mirrorSlices(added: MirroredSlices): void {
  const names = (Object.keys(added) as SliceName[]).filter((slice) => slices[slice] === undefined);
  if (names.length === 0) return;
  slices = { ...slices, ...added };
  reducers = tableOf(slices);
  for (const listener of [...listeners]) listener(names);
}

/** Calls `listener` with the slices added, whenever some are. */
export function onMirroredSlicesAdded(listener: (added: readonly SliceName[]) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
