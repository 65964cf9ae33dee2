/**
 * The session store: every slice's reducer over the store engine (store-engine.ts, which
 * documents how it behaves). A page mirroring a shared session uses the engine with the
 * slices its elements show instead.
 */
import { sliceReducers } from './slice-reducers.js';
import { initialState } from './state.js';
import { createStoreWith, type Store, type StoreOptions } from './store-engine.js';

export type {
  ActionListener,
  ReducerTable,
  Store,
  StoreError,
  StoreOptions,
  StoreReader,
} from './store-engine.js';
export { createStoreWith } from './store-engine.js';

/** A store that reduces every slice, from the empty state unless told otherwise. */
export function createStore(options: StoreOptions = {}): Store {
  return createStoreWith(() => sliceReducers, { ...options, initialState: options.initialState ?? initialState });
}
