/**
 * Listen mode (a supervisor's view of every chat): lines from `listenc`/`listenv`, a
 * system line for `listentransfer`, `chatdetail` filling a listened chat, `chatclosed`
 * marking it closed. A listened chat appears with its first line; the session then asks
 * for its detail. Switching listen mode off empties the view.
 */
import type { SliceReducer } from '../context.js';
import { setEntry, updateEntry } from '../records.js';
import {
  emptyTranscriptView,
  withLiveLine,
  withSnapshot,
  type TranscriptView,
} from '../transcript.js';
import { parseMessage } from '../../protocol/markup.js';

export interface ListenedChat extends TranscriptView {
  readonly chatUid: string;
  /** `chatdetail` has filled it (header, surveys, the lines before listening began). */
  readonly detailLoaded: boolean;
  readonly closed: boolean;
  readonly closedAt: number | null;
  readonly lastActivityAt: number;
}

export interface ListenState {
  readonly listening: boolean;
  readonly chats: Readonly<Record<string, ListenedChat>>;
}

export const initialListen: ListenState = { listening: false, chats: {} };

function newListenedChat(chatUid: string, now: number): ListenedChat {
  return {
    ...emptyTranscriptView,
    chatUid,
    detailLoaded: false,
    closed: false,
    closedAt: null,
    lastActivityAt: now,
  };
}

export const listenReducer: SliceReducer<ListenState> = (state, action, context) => {
  const { now } = context;
  const upsert = (chatUid: string, update: (chat: ListenedChat) => ListenedChat): ListenState => ({
    ...state,
    chats: setEntry(
      state.chats,
      chatUid,
      update(state.chats[chatUid] ?? newListenedChat(chatUid, now)),
    ),
  });
  const update = (chatUid: string, change: (chat: ListenedChat) => ListenedChat): ListenState => {
    const chats = updateEntry(state.chats, chatUid, change);
    return chats === state.chats ? state : { ...state, chats };
  };

  switch (action.name) {
    case 'local:listening-changed': {
      if (!action.payload.listening) {
        return state.listening || Object.keys(state.chats).length > 0 ? initialListen : state;
      }
      const chats: Record<string, ListenedChat> = { ...state.chats };
      for (const chatUid of action.payload.chatUids ?? [])
        chats[chatUid] ??= newListenedChat(chatUid, now);
      return { listening: true, chats };
    }
    case 'listenc':
      return upsert(action.payload.chatUid, (chat) => ({
        // The operator talking now is the last one to have taken the chat.
        ...withLiveLine(
          chat,
          'operator',
          chat.operators[chat.operators.length - 1] ?? '',
          action.payload.message,
          now,
        ),
        lastActivityAt: now,
      }));
    case 'listenv':
      return upsert(action.payload.chatUid, (chat) => ({
        ...withLiveLine(chat, 'visitor', '', action.payload.message, now),
        lastActivityAt: now,
      }));
    case 'listentransfer':
      return upsert(action.payload.chatUid, (chat) => ({
        ...withLiveLine(chat, 'system', '', parseMessage(action.payload.message), now, {
          transferTarget: action.payload.target,
        }),
        lastActivityAt: now,
      }));
    case 'chatdetail':
      return update(action.payload.chatUid, (chat) => ({
        ...withSnapshot(chat, action.payload.detail),
        detailLoaded: true,
      }));
    case 'postchatsurvey':
      return update(action.payload.chatUid, (chat) => ({
        ...chat,
        postChatSurvey: action.payload.fields,
      }));
    case 'chatclosed':
      return update(action.payload.chatUid, (chat) =>
        chat.closed ? chat : { ...chat, closed: true, closedAt: now },
      );
    default:
      return state;
  }
};
