/**
 * What a pane remembers about each chat while the page lives: the draft (drafts belong
 * to their chat, so switching chats never carries one to another visitor), whether the
 * visit detail was asked for, and the wrap-up and tags the operator chose. Kept in memory
 * only, per session, so a pane that is re-created finds its drafts again.
 */
export interface ChatMemory {
  draft: string;
  /** Where the caret was when the operator left the composer. */
  caret: number;
  visitRequested: boolean;
  /** The wrap-up value sent for this chat, or null. */
  wrapUpValue: string | null;
  /** The tags as last sent, or null while the server's copy stands. */
  tags: readonly string[] | null;
}

const memories = new WeakMap<object, Map<string, ChatMemory>>();

/** The memory of one chat in the given session, created on first use. */
export function chatMemory(session: object, chatUid: string): ChatMemory {
  let chats = memories.get(session);
  if (chats === undefined) {
    chats = new Map();
    memories.set(session, chats);
  }
  let memory = chats.get(chatUid);
  if (memory === undefined) {
    memory = { draft: '', caret: 0, visitRequested: false, wrapUpValue: null, tags: null };
    chats.set(chatUid, memory);
  }
  return memory;
}

/** Forgets a chat that was dismissed. */
export function forgetChat(session: object, chatUid: string): void {
  memories.get(session)?.delete(chatUid);
}
