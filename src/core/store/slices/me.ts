/**
 * Who I am on this connection: connection id, user record and rights, my own status,
 * the server's `connected` information and the login's progress.
 */
import type {
  HelloInfo,
  JsonObject,
  OperatorStatus,
  Rights,
  ServerInfo,
  User,
} from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';

export interface MeState {
  /** '' before hello; changes with every login. */
  readonly connectionId: string;
  readonly user: User | null;
  readonly rights: Rights | null;
  /** My own status, as the server last reported it (never guessed by the client). */
  readonly status: OperatorStatus | null;
  readonly statusMessage: string;
  readonly hello: HelloInfo | null;
  readonly serverInfo: ServerInfo | null;
  /** `clientsettings`; null when the server sent none for this login. */
  readonly clientSettings: JsonObject | string | null;
  /** True from `connected` until the connection or the login is lost. */
  readonly loggedIn: boolean;
  /** A login is under way: `connected` has not arrived yet. */
  readonly loggingIn: boolean;
  /** The text of a `msg` that ended a login (the spec's way of refusing one). */
  readonly loginError: string | null;
  readonly passwordChanged: boolean;
  /** The server sent `close` (shutting down, or my user's properties changed). */
  readonly closedByServer: boolean;
}

export const initialMe: MeState = {
  connectionId: '',
  user: null,
  rights: null,
  status: null,
  statusMessage: '',
  hello: null,
  serverInfo: null,
  clientSettings: null,
  loggedIn: false,
  loggingIn: false,
  loginError: null,
  passwordChanged: false,
  closedByServer: false,
};

function patch(state: MeState, changes: Partial<MeState>): MeState {
  for (const key of Object.keys(changes) as Array<keyof MeState>) {
    if (!Object.is(state[key], changes[key])) return { ...state, ...changes };
  }
  return state;
}

export const meReducer: SliceReducer<MeState> = (state, action) => {
  switch (action.name) {
    case 'local:login-started':
      return patch(state, {
        loggedIn: false,
        loggingIn: true,
        loginError: null,
        clientSettings: null,
        passwordChanged: false,
        closedByServer: false,
      });
    case 'local:disconnected':
      return patch(state, { loggedIn: false, loggingIn: false });
    case 'hello':
      return patch(state, {
        hello: action.payload,
        connectionId: action.payload.connectionId || state.connectionId,
      });
    case 'nameduser':
      return patch(state, {
        connectionId: action.payload.connectionId || state.connectionId,
        user: action.payload.user,
        rights: action.payload.user.rights,
      });
    case 'user':
      // An administrator saved my own user record.
      if (state.user === null || action.payload.user.userName !== state.user.userName) return state;
      return patch(state, { user: action.payload.user, rights: action.payload.user.rights });
    case 'clientsettings':
      return patch(state, { clientSettings: action.payload.settings });
    case 'connected':
      return patch(state, {
        connectionId: action.payload.connectionId || state.connectionId,
        serverInfo: action.payload,
        loggedIn: true,
        loggingIn: false,
        loginError: null,
      });
    case 'msg':
      // Before `connected`, a msg is the server refusing the login.
      if (!state.loggingIn) return state;
      return patch(state, { loggingIn: false, loginError: action.payload.text });
    case 'close':
      return patch(state, { loggedIn: false, loggingIn: false, closedByServer: true });
    case 'passwordchanged':
      return patch(state, { passwordChanged: true });
    case 'status':
      return patch(state, { status: action.payload.status });
    case 'clients': {
      const mine = action.payload.clients.find(
        (client) => client.connectionId === state.connectionId,
      );
      if (mine === undefined || state.connectionId === '') return state;
      return patch(state, { status: mine.status, statusMessage: mine.statusMessage });
    }
    case 'clientevent': {
      const client = action.payload.client;
      if (state.connectionId === '' || client.connectionId !== state.connectionId) return state;
      return patch(state, { status: client.status, statusMessage: client.statusMessage });
    }
    default:
      return state;
  }
};
