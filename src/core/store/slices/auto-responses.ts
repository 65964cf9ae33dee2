/**
 * Auto-responses by id (`autoresponses` replaces, `autoresponse` upserts,
 * `autoresponsedeleted` removes the ids and, should the server list only the parent,
 * its children too).
 */
import type { AutoResponse } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { deepEqual, indexBy, removeEntries, setEntry } from '../records.js';
import { withDescendants } from './tree.js';

export type AutoResponsesState = Readonly<Record<string, AutoResponse>>;

export const initialAutoResponses: AutoResponsesState = {};

export const autoResponsesReducer: SliceReducer<AutoResponsesState> = (state, action) => {
  switch (action.name) {
    case 'autoresponses':
      return indexBy(action.payload.autoResponses, (response) => response.id);
    case 'autoresponse': {
      const response = action.payload.autoResponse;
      const previous = state[response.id];
      return previous !== undefined && deepEqual(previous, response)
        ? state
        : setEntry(state, response.id, response);
    }
    case 'autoresponsedeleted':
      return removeEntries(state, withDescendants(state, action.payload.ids));
    default:
      return state;
  }
};
