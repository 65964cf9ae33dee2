/**
 * What one browser tab remembers across its own page loads, in sessionStorage (this tab
 * only; gone when the tab closes): which operator the tab is for, the chat it showed,
 * and, while a session is live, what a session taking over would need (the operator's
 * chats, the lines still waiting to go out, the drafts). Never a password.
 *
 * A browser whose shared worker outlives a navigation never needs the hand-over; one
 * whose worker does not (Firefox, Safari), or a tab that leads the others alone, does.
 */
import type { SessionResume } from '../../core/session.js';
import type { ChatUi } from '../../core/store/slices/chat-ui.js';
import type { Conversation } from '../../core/store/slices/conversations.js';

/** Lines of one conversation kept in the hand-over (besides those not yet sent). */
const KEPT_LINES = 200;

interface StoredResume {
  readonly username: string;
  readonly status: SessionResume['status'];
  readonly conversations: readonly Conversation[];
  readonly chatUi: readonly (readonly [string, ChatUi])[];
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // Storage blocked by the browser's settings: the tab remembers nothing.
    return undefined;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch {
    // Full or blocked: the next page starts without it, as a new tab would.
  }
}

const keys = {
  user: (url: string) => `whoson-elements:user:${url}`,
  selection: (url: string) => `whoson-elements:selection:${url}`,
  handover: (url: string) => `whoson-elements:handover:${url}`,
};

/** The operator this tab showed last for the server at `url` ('' when none). */
export function rememberedUser(url: string): string {
  return read(keys.user(url)) ?? '';
}

export function rememberUser(url: string, username: string): void {
  write(keys.user(url), username === '' ? null : username);
}

/** The chat this tab showed last ('' when none). */
export function rememberedSelection(url: string): string {
  return read(keys.selection(url)) ?? '';
}

export function rememberSelection(url: string, chatUid: string): void {
  write(keys.selection(url), chatUid === '' ? null : chatUid);
}

/** Keeps the newest lines and every line not yet sent. */
function trimmed(conversation: Conversation): Conversation {
  const lines = conversation.lines;
  if (lines.length <= KEPT_LINES) return conversation;
  const cut = lines.length - KEPT_LINES;
  return { ...conversation, lines: lines.filter((line, index) => index >= cut || (line.state !== 'sent' && line.state !== 'received')) };
}

/** Remembers what a session taking over would need; undefined forgets it (after a logout). */
export function rememberHandover(url: string, resume: SessionResume | undefined): void {
  if (resume === undefined) {
    write(keys.handover(url), null);
    return;
  }
  const stored: StoredResume = {
    username: resume.username,
    status: resume.status,
    conversations: resume.conversations.map(trimmed),
    chatUi: [...resume.chatUi],
  };
  write(keys.handover(url), JSON.stringify(stored));
}

/** What the previous page of this tab handed over, if it was live. */
export function rememberedHandover(url: string): SessionResume | undefined {
  const text = read(keys.handover(url));
  if (text === null) return undefined;
  try {
    const stored = JSON.parse(text) as StoredResume;
    if (typeof stored.username !== 'string' || !Array.isArray(stored.conversations)) return undefined;
    return {
      username: stored.username,
      status: stored.status ?? null,
      conversations: stored.conversations,
      chatUi: new Map(Array.isArray(stored.chatUi) ? stored.chatUi : []),
    };
  } catch {
    return undefined;
  }
}
