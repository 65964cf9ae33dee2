/**
 * Phone callback progress by ChatUID (`chatcallbackevent`, sent several times per call as
 * its status changes). Each event is kept, in order, for its TranscriptLine.
 */
import type { CallbackProgress } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { appendBounded, setEntry } from '../records.js';

export const CALLBACK_EVENT_LIMIT = 200;

export type CallbacksState = Readonly<Record<string, readonly CallbackProgress[]>>;

export const initialCallbacks: CallbacksState = {};

export const callbacksReducer: SliceReducer<CallbacksState> = (state, action) => {
  if (action.name !== 'chatcallbackevent') return state;
  const progress = action.payload;
  return setEntry(
    state,
    progress.chatUid,
    appendBounded(state[progress.chatUid] ?? [], [progress], CALLBACK_EVENT_LIMIT),
  );
};
