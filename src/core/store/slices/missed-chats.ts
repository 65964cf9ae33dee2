/**
 * Pending missed chats by ChatUID (`missedchats`, `missedchat`, `missedchatclosed`).
 * Cleared when a login starts: without the "respond to missed chats" right the server
 * sends no list at all, and old entries must not linger.
 */
import type { MissedChat } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { deepEqual, removeEntries, setEntry } from '../records.js';

export interface MissedChatEntry extends MissedChat {
  readonly receivedAt: number;
}

export type MissedChatsState = Readonly<Record<string, MissedChatEntry>>;

export const initialMissedChats: MissedChatsState = {};

export const missedChatsReducer: SliceReducer<MissedChatsState> = (state, action, context) => {
  switch (action.name) {
    case 'local:login-started':
      return Object.keys(state).length === 0 ? state : {};
    case 'missedchats': {
      const next: Record<string, MissedChatEntry> = {};
      for (const missed of action.payload.missedChats) {
        next[missed.chatUid] = { ...missed, receivedAt: context.now };
      }
      return next;
    }
    case 'missedchat': {
      const missed = action.payload.missedChat;
      const previous = state[missed.chatUid];
      if (previous !== undefined) {
        const { receivedAt: _receivedAt, ...values } = previous;
        if (deepEqual(values, missed)) return state;
      }
      return setEntry(state, missed.chatUid, { ...missed, receivedAt: context.now });
    }
    case 'missedchatclosed':
      return removeEntries(state, [action.payload.chatUid]);
    default:
      return state;
  }
};
