/**
 * Previous chats: day lists (`chats`, by `SiteKey:date`), details (`chatdetail`, by
 * ChatUID), exported transcripts (`chatdetailhtml`/`text`/`pdf`), the last search
 * (`chatsearch`) and previous chats of an IP (`prevchatsforip`, by `SiteKey:IP`).
 * `deletedchats` removes the chats from all of them.
 */
import type { ChatDetail, ChatHeader, PrevChat } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { removeEntries, setEntry, updateEntry } from '../records.js';

export type TranscriptFormat = 'html' | 'text' | 'pdf';

export interface ChatSearchResult {
  readonly siteKey: number;
  readonly fromDate: string;
  readonly toDate: string;
  readonly chats: readonly ChatHeader[];
}

export interface HistoryState {
  readonly chatsByDay: Readonly<Record<string, readonly ChatHeader[]>>;
  readonly chatDetails: Readonly<Record<string, ChatDetail>>;
  /** By `ChatUID:format`: the content as the server sent it (PDF as Base64). */
  readonly transcripts: Readonly<Record<string, string>>;
  readonly chatSearch: ChatSearchResult | null;
  readonly prevChatsForIp: Readonly<Record<string, readonly PrevChat[]>>;
}

export const initialHistory: HistoryState = {
  chatsByDay: {},
  chatDetails: {},
  transcripts: {},
  chatSearch: null,
  prevChatsForIp: {},
};

export function historyDayKey(siteKey: number, date: string): string {
  return `${siteKey}:${date}`;
}

export function prevChatsKey(siteKey: number, ip: string): string {
  return `${siteKey}:${ip}`;
}

export function transcriptKey(chatUid: string, format: TranscriptFormat): string {
  return `${chatUid}:${format}`;
}

function filterLists<T extends { readonly chatUid: string }>(
  lists: Readonly<Record<string, readonly T[]>>,
  deleted: ReadonlySet<string>,
): Readonly<Record<string, readonly T[]>> {
  let next = lists;
  for (const [key, list] of Object.entries(lists)) {
    if (!list.some((item) => deleted.has(item.chatUid))) continue;
    next = setEntry(
      next,
      key,
      list.filter((item) => !deleted.has(item.chatUid)),
    );
  }
  return next;
}

export const historyReducer: SliceReducer<HistoryState> = (state, action) => {
  switch (action.name) {
    case 'chats': {
      const { siteKey, date, chats } = action.payload;
      return {
        ...state,
        chatsByDay: setEntry(state.chatsByDay, historyDayKey(siteKey, date), chats),
      };
    }
    case 'chatdetail':
      return {
        ...state,
        chatDetails: setEntry(state.chatDetails, action.payload.chatUid, action.payload.detail),
      };
    case 'chatdetailhtml':
    case 'chatdetailtext':
    case 'chatdetailpdf': {
      const format = action.name.slice('chatdetail'.length) as TranscriptFormat;
      const key = transcriptKey(action.payload.chatUid, format);
      return { ...state, transcripts: setEntry(state.transcripts, key, action.payload.content) };
    }
    case 'chatsearch':
      return { ...state, chatSearch: action.payload };
    case 'prevchatsforip': {
      const { siteKey, ip, chats } = action.payload;
      return {
        ...state,
        prevChatsForIp: setEntry(state.prevChatsForIp, prevChatsKey(siteKey, ip), chats),
      };
    }
    case 'chatscored': {
      // Keep a fetched detail's score current.
      const { chatUid, score } = action.payload;
      const chatDetails = updateEntry(state.chatDetails, chatUid, (detail) =>
        detail.header.sentimentScore === score
          ? detail
          : { ...detail, header: { ...detail.header, sentimentScore: score } },
      );
      return chatDetails === state.chatDetails ? state : { ...state, chatDetails };
    }
    case 'deletedchats': {
      const deleted = new Set(action.payload.chatUids);
      const chatsByDay = filterLists(state.chatsByDay, deleted);
      const prevChatsForIp = filterLists(state.prevChatsForIp, deleted);
      const chatDetails = removeEntries(state.chatDetails, deleted);
      const transcripts = removeEntries(
        state.transcripts,
        Object.keys(state.transcripts).filter((key) =>
          deleted.has(key.slice(0, key.lastIndexOf(':'))),
        ),
      );
      const search = state.chatSearch;
      const chatSearch =
        search !== null && search.chats.some((chat) => deleted.has(chat.chatUid))
          ? { ...search, chats: search.chats.filter((chat) => !deleted.has(chat.chatUid)) }
          : search;
      if (
        chatsByDay === state.chatsByDay &&
        prevChatsForIp === state.prevChatsForIp &&
        chatDetails === state.chatDetails &&
        transcripts === state.transcripts &&
        chatSearch === state.chatSearch
      ) {
        return state;
      }
      return { chatsByDay, chatDetails, transcripts, chatSearch, prevChatsForIp };
    }
    default:
      return state;
  }
};
