/**
 * The session's connection as the elements show it: its state, who it logs in as, the
 * next reconnect attempt and why the last login failed. Kept in the store, like every
 * other thing the elements show, so a page that mirrors a session in a shared worker or
 * another tab sees the connection exactly as the page that owns it.
 */
import type { ConnectionState } from '../../connection-state.js';
import type { SliceReducer } from '../context.js';

export interface ConnectionStatus {
  readonly state: ConnectionState;
  /** Who the session logs in as ('' before the first login). */
  readonly username: string;
  /** A login completed and has not ended (reconnecting counts). */
  readonly live: boolean;
  /** Reconnect attempt number (1-based) while reconnecting, else 0. */
  readonly attempt: number;
  /** Epoch milliseconds of the next attempt while reconnecting, else 0. */
  readonly retryAt: number;
  /** Why the state last changed ('' when nothing was said). */
  readonly reason: string;
  /** The reason of the last refused or failed login; null once a login succeeds. */
  readonly failure: string | null;
  /** How many logins failed so far: the same reason twice still counts as news. */
  readonly failures: number;
  /** The operator logged out (nothing logs in again by itself). */
  readonly loggedOut: boolean;
}

export const initialConnection: ConnectionStatus = {
  state: 'idle',
  username: '',
  live: false,
  attempt: 0,
  retryAt: 0,
  reason: '',
  failure: null,
  failures: 0,
  loggedOut: false,
};

/** A login of the operator's own is under way (not an automatic re-login). */
export function isLoggingIn(status: ConnectionStatus): boolean {
  return !status.live && (status.state === 'connecting' || status.state === 'logging-in');
}

/** The connection is doing nothing and a new login may start. */
export function isStopped(status: Pick<ConnectionStatus, 'state'>): boolean {
  return status.state === 'idle' || status.state === 'closed' || status.state === 'offline';
}

/** A login is live or under way: commands queued now will go out under it. */
export function expectsLogin(status: ConnectionStatus): boolean {
  return status.live || isLoggingIn(status);
}

export const connectionReducer: SliceReducer<ConnectionStatus> = (state, action) => {
  switch (action.name) {
    case 'local:login-requested':
      return { ...state, username: action.payload.username, loggedOut: false };
    case 'local:connection-changed': {
      const { state: next, attempt = 0, retryAt = 0, reason = '' } = action.payload;
      const live =
        next === 'connected' ? true : next === 'idle' || next === 'closed' ? false : state.live;
      return {
        ...state,
        state: next,
        live,
        attempt: next === 'reconnecting' || next === 'connecting' ? attempt : 0,
        retryAt: next === 'reconnecting' ? retryAt : 0,
        reason,
        failure: next === 'connected' ? null : state.failure,
      };
    }
    case 'local:login-failed':
      return { ...state, failure: action.payload.reason, failures: state.failures + 1 };
    case 'local:logged-out':
      return state.loggedOut ? state : { ...state, loggedOut: true };
    default:
      return state;
  }
};
