/**
 * Which post-login lists still show the previous login's data. After `local:login-started`
 * the slices that nameduser/sites/clients/chatting rebuild keep their old content (panes
 * do not flash empty) but are flagged stale until their list arrives and replaces them.
 */
import type { SliceReducer, StaleFlags } from '../context.js';

export interface SyncState {
  /** The login under way (or last done) was a re-login after a lost connection. */
  readonly relogin: boolean;
  readonly stale: StaleFlags;
}

const fresh: StaleFlags = { me: false, sites: false, clients: false, chats: false };
const allStale: StaleFlags = { me: true, sites: true, clients: true, chats: true };

export const initialSync: SyncState = { relogin: false, stale: fresh };

function markFresh(state: SyncState, slice: keyof StaleFlags): SyncState {
  if (!state.stale[slice]) return state;
  return { ...state, stale: { ...state.stale, [slice]: false } };
}

export const syncReducer: SliceReducer<SyncState> = (state, action) => {
  switch (action.name) {
    case 'local:login-started':
      return { relogin: action.payload.relogin, stale: allStale };
    case 'nameduser':
      return markFresh(state, 'me');
    case 'sites':
      return markFresh(state, 'sites');
    case 'clients':
      return markFresh(state, 'clients');
    case 'chatting':
      return markFresh(state, 'chats');
    case 'connected':
      // `connected` is the last post-login event: whatever did not come is not coming.
      return Object.values(state.stale).some(Boolean) ? { ...state, stale: fresh } : state;
    default:
      return state;
  }
};
