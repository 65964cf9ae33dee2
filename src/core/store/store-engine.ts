/**
 * The store's engine: reduces every decoded server event and local action into
 * `SessionState` with the reducers it is given, and tells subscribers which slices
 * changed. `createStore` (store.ts) gives it every slice's reducer.
 *
 * - A slice listener runs only when that slice's reference changed.
 * - A reducer that throws does not break the store: its slice keeps its previous value
 *   (the other slices still apply the action, so one domain's bug cannot freeze the
 *   rest) and the error goes to `onError` listeners (to the console when there are none).
 * - A dispatch made from a listener runs after the current one has been fully notified,
 *   so listeners always see the actions in order.
 * - Reducers are pure and get the time from the store: given the same starting state and
 *   the same actions at the same times, two stores reach the same state. That is how a
 *   page mirrors a session that runs in a shared worker or another tab (`onAction`,
 *   `replace`, and `dispatch` with the time the session used).
 */
import type { StoreAction } from './actions.js';
import type { ReducerContext } from './context.js';
import type { SliceReducer } from './context.js';
import type { SessionState, SliceName } from './state.js';

export interface StoreError {
  readonly error: unknown;
  readonly action: StoreAction;
  /** The slice whose reducer or listener threw; null for a `subscribeAll` listener. */
  readonly slice: SliceName | null;
  readonly phase: 'reducer' | 'listener';
}

export interface StoreOptions {
  /** Wall-clock milliseconds given to reducers (default `Date.now`). */
  now?: () => number;
  /** Start from this state rather than the empty one. */
  initialState?: SessionState;
}

/** What the engine starts from: a state is required (the full empty state, or a mirror's). */
export interface EngineOptions extends StoreOptions {
  initialState: SessionState;
}

/** What reading a store takes: the state and its subscriptions. */
export interface StoreReader {
  getState(): SessionState;
  /** Calls `listener` with the slice's new value each time its reference changes. */
  subscribe<K extends SliceName>(slice: K, listener: (value: SessionState[K]) => void): () => void;
  /** Calls `listener` once per action that changed anything. */
  subscribeAll(listener: (state: SessionState, previous: SessionState) => void): () => void;
  onError(listener: (error: StoreError) => void): () => void;
}

/** Every action the store reduced, with the time its reducers were given. */
export type ActionListener = (action: StoreAction, at: number) => void;

export interface Store extends StoreReader {
  /** Reduces `action` now, or at `at` (epoch ms) when replaying another store's actions. */
  dispatch(action: StoreAction, at?: number): void;
  /** Starts over from `state` (another store's snapshot); listeners of changed slices run. */
  replace(state: SessionState): void;
  /** Calls `listener` after each action is reduced, whether it changed anything or not. */
  onAction(listener: ActionListener): () => void;
}

type AnyReducer = (state: unknown, action: StoreAction, context: ReducerContext) => unknown;

/** Reducers by slice: every slice's for a session, only those a page shows for a mirror. */
export type ReducerTable = { readonly [K in SliceName]?: SliceReducer<SessionState[K]> };

/** The same table as last time gives the same list (`me` and `clients` apart: they run first). */
function laterSlicesOf(): (table: ReducerTable) => SliceName[] {
  let last: ReducerTable | null = null;
  let slices: SliceName[] = [];
  return (table) => {
    if (table !== last) {
      last = table;
      slices = (Object.keys(table) as SliceName[]).filter((slice) => slice !== 'me' && slice !== 'clients');
    }
    return slices;
  };
}
type SliceListener = (value: unknown) => void;
type StateListener = (state: SessionState, previous: SessionState) => void;

/**
 * A store that reduces the slices `reducers()` names at the time of each action; the
 * others keep the value they have (a page mirroring a shared session reduces only what
 * its elements show, and carries no other reducer's code).
 */
export function createStoreWith(reducers: () => ReducerTable, options: EngineOptions): Store {
  const now = options.now ?? Date.now;
  const laterSlices = laterSlicesOf();
  let state: SessionState = options.initialState;
  const sliceListeners = new Map<SliceName, Set<SliceListener>>();
  const stateListeners = new Set<StateListener>();
  const errorListeners = new Set<(error: StoreError) => void>();
  const actionListeners = new Set<ActionListener>();
  const queue: { action: StoreAction; at: number | undefined }[] = [];
  let dispatching = false;

  function report(problem: StoreError): void {
    if (errorListeners.size === 0) {
      console.error(
        `whoson store: ${problem.phase} of ${problem.slice ?? 'state'} failed on ${problem.action.name}`,
        problem.error,
      );
      return;
    }
    for (const listener of [...errorListeners]) {
      try {
        listener(problem);
      } catch (error) {
        console.error('whoson store: an onError listener threw', error);
      }
    }
  }

  function run<K extends SliceName>(
    table: ReducerTable,
    slice: K,
    current: SessionState[K],
    action: StoreAction,
    context: ReducerContext,
  ): SessionState[K] {
    try {
      const reducer = table[slice] as AnyReducer | undefined;
      return reducer === undefined ? current : (reducer(current, action, context) as SessionState[K]);
    } catch (error) {
      report({ error, action, slice, phase: 'reducer' });
      return current;
    }
  }

  function reduce(previous: SessionState, action: StoreAction, at: number): SessionState {
    // The table once per action: a mirror's may grow between two actions, never during one.
    const table = reducers();
    const base: ReducerContext = {
      now: at,
      myConnectionId: previous.me.connectionId,
      myName: previous.me.user?.name ?? '',
      clients: previous.clients,
      stale: previous.sync.stale,
    };
    const me = run(table, 'me', previous.me, action, base);
    const withMe = { ...base, myConnectionId: me.connectionId, myName: me.user?.name ?? '' };
    const clients = run(table, 'clients', previous.clients, action, withMe);
    const context: ReducerContext = { ...withMe, clients };

    let next: Record<string, unknown> | null = null;
    const changed = (slice: SliceName, value: unknown): void => {
      next ??= { ...previous };
      next[slice] = value;
    };
    if (me !== previous.me) changed('me', me);
    if (clients !== previous.clients) changed('clients', clients);
    for (const slice of laterSlices(table)) {
      const value = run(table, slice, previous[slice], action, context);
      if (value !== previous[slice]) changed(slice, value);
    }
    return (next as SessionState | null) ?? previous;
  }

  function notify(previous: SessionState, current: SessionState, action: StoreAction): void {
    for (const [slice, listeners] of sliceListeners) {
      if (current[slice] === previous[slice]) continue;
      for (const listener of [...listeners]) {
        try {
          listener(current[slice]);
        } catch (error) {
          report({ error, action, slice, phase: 'listener' });
        }
      }
    }
    for (const listener of [...stateListeners]) {
      try {
        listener(current, previous);
      } catch (error) {
        report({ error, action, slice: null, phase: 'listener' });
      }
    }
  }

  function tellActionListeners(action: StoreAction, at: number): void {
    for (const listener of [...actionListeners]) {
      try {
        listener(action, at);
      } catch (error) {
        report({ error, action, slice: null, phase: 'listener' });
      }
    }
  }

  function dispatch(action: StoreAction, at?: number): void {
    queue.push({ action, at });
    if (dispatching) return;
    dispatching = true;
    try {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const previous = state;
        let current: SessionState;
        let time: number;
        try {
          time = next.at ?? now();
          current = reduce(previous, next.action, time);
        } catch (error) {
          // Only the clock can get here (reducers are guarded one by one).
          report({ error, action: next.action, slice: null, phase: 'reducer' });
          continue;
        }
        state = current;
        // Mirrors hear of the action before subscribers act on it (and dispatch more).
        tellActionListeners(next.action, time);
        if (current !== previous) notify(previous, current, next.action);
      }
    } finally {
      dispatching = false;
      queue.length = 0;
    }
  }

  function replace(next: SessionState): void {
    const previous = state;
    if (next === previous) return;
    state = next;
    notify(previous, next, { name: 'local:state-replaced', payload: {} });
  }

  return {
    getState: () => state,
    dispatch,
    replace,
    onAction(listener) {
      actionListeners.add(listener);
      return () => {
        actionListeners.delete(listener);
      };
    },
    subscribe(slice, listener) {
      let listeners = sliceListeners.get(slice);
      if (listeners === undefined) {
        listeners = new Set();
        sliceListeners.set(slice, listeners);
      }
      const entry = listener as SliceListener;
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    subscribeAll(listener) {
      stateListeners.add(listener);
      return () => {
        stateListeners.delete(listener);
      };
    },
    onError(listener) {
      errorListeners.add(listener);
      return () => {
        errorListeners.delete(listener);
      };
    },
  };
}
