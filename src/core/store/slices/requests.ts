/**
 * Requests waiting for my answer, by ChatUID: chat requests (`chat`, and `acceptchat`
 * which the session takes at once), transfer requests (`transfer`) and requests to
 * monitor a colleague's chat (`requestmonitor`).
 *
 * A request goes away when it is answered or no longer stands: the chat closed, I took
 * it (`chataccepted`) or started monitoring it, the operator dismissed it, or the chat
 * list shows it taken by someone else (for a transfer: by anyone but its sender, who
 * holds the chat until they leave it; for a monitor request: monitored by someone, or no
 * longer with the operator who asked).
 */
import type { ChatRequest } from '../../protocol/event-map.js';
import type { Chat } from '../../protocol/models.js';
import type { RequestKind } from '../actions.js';
import type { SliceReducer } from '../context.js';
import { PersistentMap } from '../persistent-map.js';
import { deepEqual } from '../records.js';

export interface ChatRequestEntry extends ChatRequest {
  /** `acceptchat`: the server wants it taken without asking. */
  readonly autoAccept: boolean;
  readonly receivedAt: number;
}

export interface TransferRequestEntry {
  readonly chatUid: string;
  readonly fromConnectionId: string;
  readonly message: string;
  readonly receivedAt: number;
}

export interface MonitorRequestEntry {
  readonly chatUid: string;
  readonly siteKey: number;
  readonly visitorName: string;
  readonly operatorName: string;
  readonly operatorConnectionId: string;
  readonly message: string;
  readonly receivedAt: number;
}

/** Each by ChatUID; a chat request for every chat waiting, so thousands may stand at once. */
export interface RequestsState {
  readonly chats: PersistentMap<ChatRequestEntry>;
  readonly transfers: PersistentMap<TransferRequestEntry>;
  readonly monitors: PersistentMap<MonitorRequestEntry>;
}

export const initialRequests: RequestsState = {
  chats: PersistentMap.empty(),
  transfers: PersistentMap.empty(),
  monitors: PersistentMap.empty(),
};

const allKinds: readonly RequestKind[] = ['chat', 'transfer', 'monitor'];

function without(
  state: RequestsState,
  chatUid: string,
  kinds: readonly RequestKind[],
): RequestsState {
  const chats = kinds.includes('chat') ? state.chats.delete(chatUid) : state.chats;
  const transfers = kinds.includes('transfer')
    ? state.transfers.delete(chatUid)
    : state.transfers;
  const monitors = kinds.includes('monitor')
    ? state.monitors.delete(chatUid)
    : state.monitors;
  if (chats === state.chats && transfers === state.transfers && monitors === state.monitors)
    return state;
  return { chats, transfers, monitors };
}

/** Which of the chat's requests no longer stand, given the chat as the list shows it. */
function outdatedBy(state: RequestsState, chat: Chat): RequestKind[] {
  const taker = chat.talkingToClientId.trim();
  const kinds: RequestKind[] = [];
  if (taker !== '' && state.chats.has(chat.chatUid)) kinds.push('chat');
  const transfer = state.transfers.get(chat.chatUid);
  if (transfer !== undefined && taker !== '' && taker !== transfer.fromConnectionId)
    kinds.push('transfer');
  const monitor = state.monitors.get(chat.chatUid);
  if (
    monitor !== undefined &&
    ((chat.monitoredBy ?? '').trim() !== '' || taker !== monitor.operatorConnectionId)
  ) {
    kinds.push('monitor');
  }
  return kinds;
}

function upsert<T extends { readonly chatUid: string }>(
  map: PersistentMap<T>,
  entry: T,
  sameAs: (previous: T) => boolean,
): PersistentMap<T> {
  const previous = map.get(entry.chatUid);
  // A repeated request keeps its first arrival time (the order requests are shown in).
  if (previous !== undefined && sameAs(previous)) return map;
  return map.set(entry.chatUid, entry);
}

function ignoringTime<T extends { readonly receivedAt: number }>(
  entry: T,
): (previous: T) => boolean {
  return (previous) => deepEqual({ ...previous, receivedAt: 0 }, { ...entry, receivedAt: 0 });
}

export const requestsReducer: SliceReducer<RequestsState> = (state, action, context) => {
  switch (action.name) {
    case 'chat':
    case 'acceptchat': {
      // One literal of a fixed shape: a request for each of thousands of waiting chats.
      const entry: ChatRequestEntry = {
        chatUid: action.payload.chatUid,
        siteKey: action.payload.siteKey,
        visitorName: action.payload.visitorName,
        dept: action.payload.dept,
        skillNames: action.payload.skillNames,
        autoAccept: action.name === 'acceptchat',
        receivedAt: context.now,
      };
      const chats = upsert(state.chats, entry, ignoringTime(entry));
      return chats === state.chats ? state : { ...state, chats };
    }
    case 'transfer': {
      const entry: TransferRequestEntry = { ...action.payload, receivedAt: context.now };
      const transfers = upsert(state.transfers, entry, ignoringTime(entry));
      return transfers === state.transfers ? state : { ...state, transfers };
    }
    case 'requestmonitor': {
      const entry: MonitorRequestEntry = { ...action.payload, receivedAt: context.now };
      const monitors = upsert(state.monitors, entry, ignoringTime(entry));
      return monitors === state.monitors ? state : { ...state, monitors };
    }
    case 'chatchanged':
      return without(state, action.payload.chat.chatUid, outdatedBy(state, action.payload.chat));
    case 'chatting': {
      // The full list after a login: requests for chats it no longer has are gone too.
      const listed = new Map(action.payload.chats.map((chat) => [chat.chatUid, chat]));
      let next = state;
      const uids = new Set([
        ...state.chats.keys(),
        ...state.transfers.keys(),
        ...state.monitors.keys(),
      ]);
      for (const chatUid of uids) {
        const chat = listed.get(chatUid);
        next = without(next, chatUid, chat === undefined ? allKinds : outdatedBy(next, chat));
      }
      return next;
    }
    case 'chatclosed':
    case 'chataccepted':
      return without(state, action.payload.chatUid, allKinds);
    case 'monitoring':
      return without(state, action.payload.chatUid, ['monitor']);
    case 'local:request-dismissed':
      return without(
        state,
        action.payload.chatUid,
        action.payload.kind === undefined ? allKinds : [action.payload.kind],
      );
    default:
      return state;
  }
};
