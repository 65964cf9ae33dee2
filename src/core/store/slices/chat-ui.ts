/**
 * What the operator is doing in each chat's pane that the server does not know: the draft
 * and its caret, whether the visit detail was asked for, and the wrap-up and tags they
 * chose. It belongs to the chat, never to a pane, so switching chats never carries a
 * draft to another visitor, and a pane made again (another page, another tab) finds it.
 */
import type { SliceReducer } from '../context.js';

export interface ChatUi {
  readonly draft: string;
  /** Where the caret was when the operator last typed or left the composer. */
  readonly caret: number;
  readonly visitRequested: boolean;
  /** The wrap-up value sent for this chat, or null. */
  readonly wrapUpValue: string | null;
  /** The tags as last sent, or null while the server's copy stands. */
  readonly tags: readonly string[] | null;
}

/** By ChatUID. */
export type ChatUiState = ReadonlyMap<string, ChatUi>;

export const emptyChatUi: ChatUi = {
  draft: '',
  caret: 0,
  visitRequested: false,
  wrapUpValue: null,
  tags: null,
};

export const initialChatUi: ChatUiState = new Map();

/** The chat's UI state, or the empty one. */
export function chatUiOf(state: ChatUiState, chatUid: string): ChatUi {
  return state.get(chatUid) ?? emptyChatUi;
}

function update(state: ChatUiState, chatUid: string, changes: Partial<ChatUi>): ChatUiState {
  const current = chatUiOf(state, chatUid);
  const changed = (Object.keys(changes) as (keyof ChatUi)[]).some((key) => !Object.is(current[key], changes[key]));
  if (!changed) return state;
  const next = new Map(state);
  next.set(chatUid, { ...current, ...changes });
  return next;
}

export const chatUiReducer: SliceReducer<ChatUiState> = (state, action) => {
  switch (action.name) {
    case 'local:draft-changed':
      return update(state, action.payload.chatUid, { draft: action.payload.text, caret: action.payload.caret });
    case 'local:visit-requested':
      return update(state, action.payload.chatUid, { visitRequested: true });
    case 'local:wrap-up-chosen':
      return update(state, action.payload.chatUid, { wrapUpValue: action.payload.value });
    case 'local:tags-chosen':
      return update(state, action.payload.chatUid, { tags: action.payload.tags });
    case 'local:conversation-dismissed': {
      if (!state.has(action.payload.chatUid)) return state;
      const next = new Map(state);
      next.delete(action.payload.chatUid);
      return next;
    }
    case 'local:resumed':
      return action.payload.chatUi.size === 0 ? state : new Map([...state, ...action.payload.chatUi]);
    default:
      return state;
  }
};
