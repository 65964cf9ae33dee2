/**
 * The state as structured cloning can carry it to another page: a `PersistentMap` slice
 * travels as its entries and is rebuilt on arrival (cloning would keep none of its
 * structure). Everything else in the state is plain data, Maps and arrays already.
 */
import { PersistentMap } from './persistent-map.js';
import { initialState, type SessionState, type SliceName } from './state.js';

/** What a `PersistentMap` slice becomes on the way. */
interface MapEntries {
  readonly persistentMapEntries: readonly (readonly [string, unknown])[];
}

export type StateSnapshot = { readonly [K in SliceName]: SessionState[K] | MapEntries };

const mapSlices = (Object.keys(initialState) as SliceName[]).filter(
  (slice) => initialState[slice] instanceof PersistentMap,
);

export function snapshotOf(state: SessionState): StateSnapshot {
  const snapshot: Record<string, unknown> = { ...state };
  for (const slice of mapSlices) {
    snapshot[slice] = { persistentMapEntries: (state[slice] as PersistentMap<unknown>).toJSON() };
  }
  return snapshot as StateSnapshot;
}

export function stateFrom(snapshot: StateSnapshot): SessionState {
  const state: Record<string, unknown> = { ...snapshot };
  for (const slice of mapSlices) {
    const value = snapshot[slice] as MapEntries | undefined;
    state[slice] = PersistentMap.from(value?.persistentMapEntries ?? []);
  }
  return state as unknown as SessionState;
}
