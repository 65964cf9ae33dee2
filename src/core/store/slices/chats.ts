/**
 * Every active chat I can see, waiting or taken, by ChatUID (`chatting` replaces,
 * `chatchanged` upserts, `chatclosed` removes). `chatchanged` may come without a `chat`
 * before it and may repeat: an identical repeat keeps the same entry.
 */
import type { Chat, ParsedMessage } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { PersistentMap } from '../persistent-map.js';
import { deepEqual } from '../records.js';

export interface ChatEntry extends Chat {
  /** When these values were received (context time). */
  readonly receivedAt: number;
  /**
   * When the visitor started waiting, as best known: now minus WaitedSeconds when a
   * value arrives, never later than an earlier estimate while the chat keeps waiting.
   * SLA colours use it, so a repeated event with a stale WaitedSeconds cannot reset them.
   */
  readonly waitingSince: number;
  /** What the visitor said while nobody had picked the chat up. */
  readonly lastVisitorMessage: ParsedMessage | null;
  readonly lastVisitorMessageAt: number | null;
  /**
   * Where the chat came in the server's order: its place in the last `chatting` list, or
   * after the chats known when it arrived. Breaks ties between chats that started waiting
   * in the same millisecond.
   */
  readonly arrival: number;
}

/** Shares every unchanged entry between versions: an update costs what changed. */
export type ChatsState = PersistentMap<ChatEntry>;

export const initialChats: ChatsState = PersistentMap.empty();

export function isWaiting(chat: Pick<Chat, 'talkingToClientId'>): boolean {
  return chat.talkingToClientId.trim() === '';
}

function sameChat(chat: Chat, entry: ChatEntry): boolean {
  for (const key of Object.keys(chat) as Array<keyof Chat>) {
    if (!deepEqual(chat[key], entry[key])) return false;
  }
  return true;
}

/** The entry for a chat as just received; `previous` itself when nothing changed. */
export function chatEntry(chat: Chat, previous: ChatEntry | undefined, now: number, arrival: number): ChatEntry {
  const impliedStart = now - Math.max(0, chat.waitedSeconds) * 1000;
  let waitingSince = impliedStart;
  if (previous !== undefined && (!isWaiting(chat) || isWaiting(previous))) {
    // Still waiting (or taken: the wait is over): keep the earliest estimate.
    waitingSince = Math.min(previous.waitingSince, impliedStart);
  }
  if (
    previous !== undefined &&
    previous.waitingSince === waitingSince &&
    previous.arrival === arrival &&
    sameChat(chat, previous)
  ) {
    return previous;
  }
  return entryOf(chat, now, waitingSince, previous?.lastVisitorMessage ?? null, previous?.lastVisitorMessageAt ?? null, arrival);
}

/** The skill lists of the chats that ask for none: one frozen list for thousands of entries. */
const NO_SKILLS = Object.freeze([]) as unknown as string[];

/**
 * An entry as one object literal of a fixed shape. A spread of the chat followed by more
 * fields would give every entry a hidden class of its own in V8 (about half a kilobyte
 * each, and slower to make): with thousands of chats, most of the store's memory.
 */
function entryOf(
  chat: Chat,
  receivedAt: number,
  waitingSince: number,
  lastVisitorMessage: ParsedMessage | null,
  lastVisitorMessageAt: number | null,
  arrival: number,
): ChatEntry {
  return {
    chatUid: chat.chatUid,
    siteKey: chat.siteKey,
    ip: chat.ip,
    trackingId: chat.trackingId,
    name: chat.name,
    dept: chat.dept,
    skillIds: chat.skillIds.length === 0 ? NO_SKILLS : chat.skillIds,
    skillNames: chat.skillNames.length === 0 ? NO_SKILLS : chat.skillNames,
    waitedSeconds: chat.waitedSeconds,
    queuePos: chat.queuePos,
    talkingToClientId: chat.talkingToClientId,
    lang: chat.lang,
    translation: chat.translation,
    monitoredBy: chat.monitoredBy,
    location: chat.location,
    channel: chat.channel,
    chatNumber: chat.chatNumber,
    receivedAt,
    waitingSince,
    lastVisitorMessage,
    lastVisitorMessageAt,
    arrival,
  };
}

export const chatsReducer: SliceReducer<ChatsState> = (state, action, context) => {
  switch (action.name) {
    case 'chatting': {
      // A full list: replaces, never merges; what each chat had learned is carried over.
      let next = PersistentMap.empty<ChatEntry>();
      action.payload.chats.forEach((chat, index) => {
        next = next.set(chat.chatUid, chatEntry(chat, state.get(chat.chatUid), context.now, index));
      });
      return next;
    }
    case 'chatchanged': {
      const chat = action.payload.chat;
      const previous = state.get(chat.chatUid);
      return state.set(chat.chatUid, chatEntry(chat, previous, context.now, previous?.arrival ?? state.size));
    }
    case 'chatclosed':
      return state.delete(resolveChatUid(state, action.payload.chatUid));
    case 'message': {
      // Shown on the waiting row, so the list can tell what the visitor asked.
      const entry = state.get(action.payload.chatUid);
      if (entry === undefined || !isWaiting(entry)) return state;
      return state.set(
        entry.chatUid,
        entryOf(entry, entry.receivedAt, entry.waitingSince, action.payload.message, context.now, entry.arrival),
      );
    }
    case 'connected':
      return context.stale.chats ? initialChats : state;
    default:
      return state;
  }
};

/** Older servers name some chats by number: find the ChatUID when the key is unknown. */
export function resolveChatUid(chats: ChatsState, idOrNumber: string): string {
  if (chats.has(idOrNumber) || !/^\d+$/.test(idOrNumber)) return idOrNumber;
  const number = Number(idOrNumber);
  for (const entry of chats.values()) if (entry.chatNumber === number) return entry.chatUid;
  return idOrNumber;
}
