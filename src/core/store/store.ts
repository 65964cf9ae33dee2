/**
 * The session store: reduces every decoded server event and local action into
 * `SessionState` and tells subscribers which slices changed.
 *
 * - A slice listener runs only when that slice's reference changed.
 * - A reducer that throws does not break the store: its slice keeps its previous value
 *   (the other slices still apply the action, so one domain's bug cannot freeze the
 *   rest) and the error goes to `onError` listeners (to the console when there are none).
 * - A dispatch made from a listener runs after the current one has been fully notified,
 *   so listeners always see the actions in order.
 */
import type { StoreAction } from './actions.js';
import type { ReducerContext } from './context.js';
import { initialState, sliceReducers, type SessionState, type SliceName } from './state.js';

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

export interface Store {
  getState(): SessionState;
  dispatch(action: StoreAction): void;
  /** Calls `listener` with the slice's new value each time its reference changes. */
  subscribe<K extends SliceName>(slice: K, listener: (value: SessionState[K]) => void): () => void;
  /** Calls `listener` once per action that changed anything. */
  subscribeAll(listener: (state: SessionState, previous: SessionState) => void): () => void;
  onError(listener: (error: StoreError) => void): () => void;
}

/** `me` and `clients` first: the context of the others depends on them. */
const laterSlices = (Object.keys(sliceReducers) as SliceName[]).filter(
  (slice) => slice !== 'me' && slice !== 'clients',
);

type AnyReducer = (state: unknown, action: StoreAction, context: ReducerContext) => unknown;
type SliceListener = (value: unknown) => void;
type StateListener = (state: SessionState, previous: SessionState) => void;

export function createStore(options: StoreOptions = {}): Store {
  const now = options.now ?? Date.now;
  let state: SessionState = options.initialState ?? initialState;
  const sliceListeners = new Map<SliceName, Set<SliceListener>>();
  const stateListeners = new Set<StateListener>();
  const errorListeners = new Set<(error: StoreError) => void>();
  const queue: StoreAction[] = [];
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
    slice: K,
    current: SessionState[K],
    action: StoreAction,
    context: ReducerContext,
  ): SessionState[K] {
    try {
      return (sliceReducers[slice] as AnyReducer)(current, action, context) as SessionState[K];
    } catch (error) {
      report({ error, action, slice, phase: 'reducer' });
      return current;
    }
  }

  function reduce(previous: SessionState, action: StoreAction): SessionState {
    const base: ReducerContext = {
      now: now(),
      myConnectionId: previous.me.connectionId,
      myName: previous.me.user?.name ?? '',
      clients: previous.clients,
      stale: previous.sync.stale,
    };
    const me = run('me', previous.me, action, base);
    const withMe = { ...base, myConnectionId: me.connectionId, myName: me.user?.name ?? '' };
    const clients = run('clients', previous.clients, action, withMe);
    const context: ReducerContext = { ...withMe, clients };

    let next: Record<string, unknown> | null = null;
    const changed = (slice: SliceName, value: unknown): void => {
      next ??= { ...previous };
      next[slice] = value;
    };
    if (me !== previous.me) changed('me', me);
    if (clients !== previous.clients) changed('clients', clients);
    for (const slice of laterSlices) {
      const value = run(slice, previous[slice], action, context);
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

  function dispatch(action: StoreAction): void {
    queue.push(action);
    if (dispatching) return;
    dispatching = true;
    try {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const previous = state;
        let current: SessionState;
        try {
          current = reduce(previous, next);
        } catch (error) {
          // Only the clock can get here (reducers are guarded one by one).
          report({ error, action: next, slice: null, phase: 'reducer' });
          continue;
        }
        if (current === previous) continue;
        state = current;
        notify(previous, current, next);
      }
    } finally {
      dispatching = false;
      queue.length = 0;
    }
  }

  return {
    getState: () => state,
    dispatch,
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
