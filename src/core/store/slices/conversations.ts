/**
 * My chats with visitors, by ChatUID: what the chat pane shows.
 *
 * A conversation opens with `chataccepted` (or when the chat list shows a chat taken by
 * my connection, or with `currentchat`/`prechatsurvey` for a chat I hold) and stays, with
 * its transcript, after it closes or I leave it, until the operator dismisses it. The
 * session takes back open conversations after a re-login; `currentchat` then replaces
 * the server lines and my lines not yet in the server's copy stay after them.
 */
import { parseMessage } from '../../protocol/markup.js';
import type { Chat, ChatHeader, MessageSuggestion, ParsedMessage } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { PersistentMap } from '../persistent-map.js';
import { deepEqual } from '../records.js';
import {
  annotateOwnLine,
  emptyTranscriptView,
  findLocal,
  localLine,
  queueLocalLine,
  settleLocalLine,
  withLiveLine,
  withSnapshot,
  type TranscriptView,
} from '../transcript.js';

export interface Typing {
  readonly name: string;
  readonly at: number;
}

export interface Conversation extends TranscriptView {
  readonly chatUid: string;
  readonly siteKey: number;
  readonly visitorName: string;
  readonly skillNames: readonly string[];
  /** The chat as the chat list last showed it (language, translation, location...). */
  readonly chat: Chat | null;
  /** When the last '1' or preview arrived; null after '0' or a message. See `isVisitorTyping`. */
  readonly visitorTypingAt: number | null;
  /** What the visitor is typing (Preview), until they send it. */
  readonly preview: string;
  /** Visitor messages not yet seen by the operator. */
  readonly unread: number;
  /** The server's suggested answers to the latest visitor message. */
  readonly suggestions: readonly MessageSuggestion[];
  /** Sentiment score 1-100 (`chatscored`), once the chat was scored. */
  readonly score: number | null;
  readonly closed: boolean;
  readonly closedAt: number | null;
  /** I left it, transferred it, or a supervisor acquired it: no longer mine. */
  readonly left: boolean;
  /** The supervisor who acquired the chat from me (`chataquired`). */
  readonly acquiredBy: string | null;
  /** The server confirmed this chat is being transferred to me (after acquiring it). */
  readonly transferConfirmed: boolean;
  /** When `chataccepted` last arrived; null while not (yet) accepted. */
  readonly acceptedAt: number | null;
  /** A supervisor monitoring this chat is typing a whisper (`mcw1`). */
  readonly whisperTyping: Typing | null;
  readonly openedAt: number;
}

/** Shares every unchanged conversation between versions: a new line copies one conversation, not all. */
export type ConversationsState = PersistentMap<Conversation>;

export const initialConversations: ConversationsState = PersistentMap.empty();

function newConversation(chatUid: string, now: number): Conversation {
  return {
    ...emptyTranscriptView,
    chatUid,
    siteKey: 0,
    visitorName: '',
    skillNames: [],
    chat: null,
    visitorTypingAt: null,
    preview: '',
    unread: 0,
    suggestions: [],
    score: null,
    closed: false,
    closedAt: null,
    left: false,
    acquiredBy: null,
    transferConfirmed: false,
    acceptedAt: null,
    whisperTyping: null,
    openedAt: now,
  };
}

function fromChat(conversation: Conversation, chat: Chat): Conversation {
  // chatchanged may repeat unchanged: keep the same object so nobody is woken.
  if (conversation.chat !== null && deepEqual(conversation.chat, chat)) return conversation;
  return {
    ...conversation,
    chat,
    siteKey: chat.siteKey || conversation.siteKey,
    visitorName: chat.name || conversation.visitorName,
    skillNames: chat.skillNames.length > 0 ? chat.skillNames : conversation.skillNames,
  };
}

function fromHeader(conversation: Conversation, header: ChatHeader): Conversation {
  return {
    ...conversation,
    siteKey: header.siteKey || conversation.siteKey,
    visitorName: header.name || conversation.visitorName,
    skillNames: header.skillNames.length > 0 ? header.skillNames : conversation.skillNames,
  };
}

function countVisitorLines(view: TranscriptView): number {
  let count = 0;
  for (const line of view.lines) if (line.from === 'visitor') count += 1;
  return count;
}

/** Updates the conversation, creating it first when `create` and it does not exist. */
function change(
  state: ConversationsState,
  chatUid: string,
  now: number,
  create: boolean,
  update: (conversation: Conversation) => Conversation,
): ConversationsState {
  const existing = state.get(chatUid);
  if (existing === undefined && !create) return state;
  return state.set(chatUid, update(existing ?? newConversation(chatUid, now)));
}

/** Finds the conversation holding my line `localId` (my newest lines are in open chats). */
function withLocal(
  state: ConversationsState,
  localId: string,
  update: (conversation: Conversation) => Conversation,
): ConversationsState {
  for (const conversation of state.values()) {
    if (findLocal(conversation.lines, localId) >= 0)
      return state.set(conversation.chatUid, update(conversation));
  }
  return state;
}

function closed(conversation: Conversation, now: number): Conversation {
  if (conversation.closed) return conversation;
  return {
    ...conversation,
    closed: true,
    closedAt: now,
    visitorTypingAt: null,
    preview: '',
    whisperTyping: null,
  };
}

function visitorMessage(
  conversation: Conversation,
  message: ParsedMessage,
  now: number,
): Conversation {
  return {
    ...withLiveLine(conversation, 'visitor', '', message, now),
    unread: conversation.unread + 1,
    // No stop-typing event precedes a message: the message ends the typing.
    visitorTypingAt: null,
    preview: '',
    suggestions: message.suggestions,
  };
}

export const conversationsReducer: SliceReducer<ConversationsState> = (state, action, context) => {
  const { now, myConnectionId } = context;
  switch (action.name) {
    case 'chataccepted':
      return change(state, action.payload.chatUid, now, true, (conversation) => ({
        ...conversation,
        left: false,
        acquiredBy: null,
        acceptedAt: now,
        skillNames:
          action.payload.skillNames.length > 0
            ? action.payload.skillNames
            : conversation.skillNames,
      }));
    case 'chatchanged': {
      const chat = action.payload.chat;
      const mine = myConnectionId !== '' && chat.talkingToClientId === myConnectionId;
      return change(state, chat.chatUid, now, mine, (conversation) => fromChat(conversation, chat));
    }
    case 'chatting': {
      let next = state;
      const listed = new Set<string>();
      for (const chat of action.payload.chats) {
        listed.add(chat.chatUid);
        const mine = myConnectionId !== '' && chat.talkingToClientId === myConnectionId;
        next = change(next, chat.chatUid, now, mine, (conversation) =>
          fromChat(conversation, chat),
        );
      }
      // The full list after a (re-)login: a chat missing from it closed while we were away.
      for (const conversation of next.values()) {
        if (!listed.has(conversation.chatUid) && !conversation.closed) {
          next = next.set(conversation.chatUid, closed(conversation, now));
        }
      }
      return next;
    }
    case 'chatclosed':
      return state.update(action.payload.chatUid, (conversation) =>
        closed(conversation, now),
      );
    case 'currentchat': {
      const { detail } = action.payload;
      return change(state, action.payload.chatUid, now, true, (conversation) => {
        const updated = fromHeader(withSnapshot(conversation, detail), detail.header);
        // Visitor lines the snapshot brings beyond those already on screen were not seen.
        const missed = Math.max(0, countVisitorLines(updated) - countVisitorLines(conversation));
        return { ...updated, unread: conversation.unread + missed };
      });
    }
    case 'prechatsurvey':
      return change(state, action.payload.chatUid, now, true, (conversation) => ({
        ...conversation,
        preChatSurvey: action.payload.fields,
      }));
    case 'postchatsurvey':
      return state.update(action.payload.chatUid, (conversation) => ({
        ...conversation,
        postChatSurvey: action.payload.fields,
      }));
    case 'message':
      return state.update(action.payload.chatUid, (conversation) =>
        visitorMessage(conversation, action.payload.message, now),
      );
    case 'messageserver':
      return state.update(action.payload.chatUid, (conversation) =>
        withLiveLine(conversation, 'system', '', action.payload.message, now),
      );
    case '1':
      return state.update(action.payload.chatUid, (conversation) => ({
        ...conversation,
        visitorTypingAt: now,
      }));
    case '0':
      return state.update(action.payload.chatUid, (conversation) =>
        conversation.visitorTypingAt === null
          ? conversation
          : { ...conversation, visitorTypingAt: null },
      );
    case 'preview':
      return state.update(action.payload.chatUid, (conversation) => ({
        ...conversation,
        preview: action.payload.text,
        visitorTypingAt: now,
      }));
    case 'sendtofiltered':
    case 'sendtotranslated': {
      const kind = action.name === 'sendtofiltered' ? 'filtered' : 'translated';
      return state.update(action.payload.chatUid, (conversation) => {
        const lines = annotateOwnLine(conversation.lines, action.payload.message, kind);
        return lines === conversation.lines ? conversation : { ...conversation, lines };
      });
    }
    case 'chatscored':
      return state.update(action.payload.chatUid, (conversation) =>
        conversation.score === action.payload.score
          ? conversation
          : { ...conversation, score: action.payload.score },
      );
    case 'visitdetailchat':
      return state.update(action.payload.chatUid, (conversation) => ({
        ...conversation,
        visitDetail: action.payload.detail,
      }));
    case 'chataquired':
      return state.update(action.payload.chatUid, (conversation) => ({
        ...conversation,
        acquiredBy: action.payload.byName,
        left: true,
      }));
    case 'transferconfirmed':
      return change(state, action.payload.chatUid, now, true, (conversation) =>
        conversation.transferConfirmed
          ? conversation
          : { ...conversation, transferConfirmed: true },
      );
    case 'whisper':
      // Whispers reach the operator being monitored: shown in their own pane.
      return state.update(action.payload.chatUid, (conversation) => ({
        ...withLiveLine(
          conversation,
          'operator',
          action.payload.monitorName,
          parseMessage(action.payload.text),
          now,
          { whisper: true },
        ),
        whisperTyping: null,
      }));
    case 'mcw1':
      return state.update(action.payload.chatUid, (conversation) => ({
        ...conversation,
        whisperTyping: { name: action.payload.monitorName, at: now },
      }));
    case 'mcw0':
      return state.update(action.payload.chatUid, (conversation) =>
        conversation.whisperTyping === null
          ? conversation
          : { ...conversation, whisperTyping: null },
      );
    case 'local:message-queued': {
      const { chatUid, localId, text, at } = action.payload;
      return state.update(chatUid, (conversation) => {
        const lines = queueLocalLine(
          conversation.lines,
          localLine(localId, text, at, context.myName),
        );
        return lines === conversation.lines ? conversation : { ...conversation, lines };
      });
    }
    case 'local:message-sent':
    case 'local:message-failed': {
      const { localId } = action.payload;
      const failed = action.name === 'local:message-failed' ? action.payload.reason : undefined;
      return withLocal(state, localId, (conversation) => {
        const lines = settleLocalLine(
          conversation.lines,
          localId,
          failed === undefined ? 'sent' : 'failed',
          failed,
        );
        return lines === conversation.lines ? conversation : { ...conversation, lines };
      });
    }
    case 'local:conversation-read':
      return state.update(action.payload.chatUid, (conversation) =>
        conversation.unread === 0 ? conversation : { ...conversation, unread: 0 },
      );
    case 'local:chat-left':
      return state.update(action.payload.chatUid, (conversation) =>
        conversation.left ? conversation : { ...conversation, left: true, visitorTypingAt: null },
      );
    case 'local:conversation-dismissed':
      return state.delete(action.payload.chatUid);
    case 'local:resumed': {
      // Conversations this session already holds are more recent than the ones handed over.
      let next = state;
      for (const conversation of action.payload.conversations) {
        if (!next.has(conversation.chatUid)) next = next.set(conversation.chatUid, conversation);
      }
      return next;
    }
    default:
      return state;
  }
};
