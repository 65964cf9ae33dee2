/**
 * Chats I monitor as a supervisor, by ChatUID: `monitoring` starts one, `monitoredchat`
 * gives its transcript so far, `monitorc`/`monitorv` add lines, `m1`/`m0` (visitor) and
 * `mc1`/`mc0` (operator) show typing, `monitorstop` or `chatclosed` ends it (the
 * transcript stays until `local:monitor-stopped`). My whispers are kept as my lines.
 *
 * Whispers and `mcw1`/`mcw0` go the other way, to the operator being monitored: they
 * belong to that operator's conversation (see conversations.ts).
 */
import type { SliceReducer } from '../context.js';
import { removeEntries, setEntry, updateEntry } from '../records.js';
import type { Typing } from './conversations.js';
import {
  emptyTranscriptView,
  findLocal,
  localLine,
  queueLocalLine,
  settleLocalLine,
  withLiveLine,
  withSnapshot,
  type TranscriptView,
} from '../transcript.js';

export interface MonitoredChat extends TranscriptView {
  readonly chatUid: string;
  /** The operator chatting to the visitor. */
  readonly operatorConnectionId: string;
  readonly operatorName: string;
  readonly startedAt: number;
  readonly visitorTypingAt: number | null;
  readonly operatorTyping: Typing | null;
  readonly ended: boolean;
  readonly endedAt: number | null;
  /** I acquired the chat and the server confirmed the transfer to me. */
  readonly transferConfirmed: boolean;
}

export type MonitoringState = Readonly<Record<string, MonitoredChat>>;

export const initialMonitoring: MonitoringState = {};

function newMonitoredChat(chatUid: string, now: number): MonitoredChat {
  return {
    ...emptyTranscriptView,
    chatUid,
    operatorConnectionId: '',
    operatorName: '',
    startedAt: now,
    visitorTypingAt: null,
    operatorTyping: null,
    ended: false,
    endedAt: null,
    transferConfirmed: false,
  };
}

function ended(chat: MonitoredChat, now: number): MonitoredChat {
  if (chat.ended) return chat;
  return { ...chat, ended: true, endedAt: now, visitorTypingAt: null, operatorTyping: null };
}

export const monitoringReducer: SliceReducer<MonitoringState> = (state, action, context) => {
  const { now } = context;
  const upsert = (
    chatUid: string,
    update: (chat: MonitoredChat) => MonitoredChat,
  ): MonitoringState =>
    setEntry(state, chatUid, update(state[chatUid] ?? newMonitoredChat(chatUid, now)));
  const withLocal = (
    localId: string,
    update: (chat: MonitoredChat) => MonitoredChat,
  ): MonitoringState => {
    for (const chat of Object.values(state)) {
      if (findLocal(chat.lines, localId) >= 0) return setEntry(state, chat.chatUid, update(chat));
    }
    return state;
  };

  switch (action.name) {
    case 'monitoring': {
      const { chatUid, connectionId } = action.payload;
      return upsert(chatUid, (chat) => ({
        ...chat,
        operatorConnectionId: connectionId,
        operatorName: context.clients[connectionId]?.name ?? chat.operatorName,
        ended: false,
        endedAt: null,
      }));
    }
    case 'monitoredchat':
      return upsert(action.payload.chatUid, (chat) => {
        const updated = withSnapshot(chat, action.payload.detail);
        const operators = updated.operators;
        return chat.operatorName === '' && operators.length > 0
          ? { ...updated, operatorName: operators[operators.length - 1]! }
          : updated;
      });
    case 'monitorc':
      return upsert(action.payload.chatUid, (chat) => ({
        ...withLiveLine(chat, 'operator', action.payload.operatorName, action.payload.message, now),
        operatorTyping: null,
      }));
    case 'monitorv':
      return upsert(action.payload.chatUid, (chat) => ({
        ...withLiveLine(chat, 'visitor', '', action.payload.message, now),
        visitorTypingAt: null,
      }));
    case 'm1':
      return updateEntry(state, action.payload.chatUid, (chat) => ({
        ...chat,
        visitorTypingAt: now,
      }));
    case 'm0':
      return updateEntry(state, action.payload.chatUid, (chat) =>
        chat.visitorTypingAt === null ? chat : { ...chat, visitorTypingAt: null },
      );
    case 'mc1':
      return updateEntry(state, action.payload.chatUid, (chat) => ({
        ...chat,
        operatorTyping: { name: action.payload.operatorName, at: now },
      }));
    case 'mc0':
      return updateEntry(state, action.payload.chatUid, (chat) =>
        chat.operatorTyping === null ? chat : { ...chat, operatorTyping: null },
      );
    case 'monitorstop':
    case 'chatclosed':
      return updateEntry(state, action.payload.chatUid, (chat) => ended(chat, now));
    case 'transferconfirmed':
      return updateEntry(state, action.payload.chatUid, (chat) =>
        chat.transferConfirmed ? chat : { ...chat, transferConfirmed: true },
      );
    case 'visitdetailchat':
      return updateEntry(state, action.payload.chatUid, (chat) => ({
        ...chat,
        visitDetail: action.payload.detail,
      }));
    case 'local:whisper-queued': {
      const { chatUid, localId, text, at } = action.payload;
      return updateEntry(state, chatUid, (chat) => {
        const lines = queueLocalLine(
          chat.lines,
          localLine(localId, text, at, context.myName, true),
        );
        return lines === chat.lines ? chat : { ...chat, lines };
      });
    }
    case 'local:whisper-sent':
    case 'local:whisper-failed': {
      const { localId } = action.payload;
      const reason = action.name === 'local:whisper-failed' ? action.payload.reason : undefined;
      return withLocal(localId, (chat) => {
        const lines = settleLocalLine(
          chat.lines,
          localId,
          reason === undefined ? 'sent' : 'failed',
          reason,
        );
        return lines === chat.lines ? chat : { ...chat, lines };
      });
    }
    case 'local:monitor-stopped':
      return removeEntries(state, [action.payload.chatUid]);
    default:
      return state;
  }
};
