/** Connected operators by connection id (`clients`, `clientevent`, `clientremove`). */
import type { Client } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { deepEqual, indexBy, removeEntries, setEntry } from '../records.js';

export type ClientsState = Readonly<Record<string, Client>>;

export const initialClients: ClientsState = {};

export const clientsReducer: SliceReducer<ClientsState> = (state, action, context) => {
  switch (action.name) {
    case 'clients':
      return indexBy(action.payload.clients, (client) => client.connectionId);
    case 'clientevent': {
      const client = action.payload.client;
      const previous = state[client.connectionId];
      if (previous !== undefined && deepEqual(previous, client)) return state;
      return setEntry(state, client.connectionId, client);
    }
    case 'clientremove':
      return removeEntries(state, [action.payload.connectionId]);
    case 'connected':
      // The list never came after a re-login: the old operators are gone.
      return context.stale.clients ? {} : state;
    default:
      return state;
  }
};
