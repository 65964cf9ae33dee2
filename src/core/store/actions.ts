/**
 * What the store reduces: the decoded server events, plus the few client-side facts the
 * server never tells us (what the operator typed and whether it went out, what they read
 * or dismissed, that a login began). Local names start with `local:` so they can never
 * meet a wire event name.
 */
import type { ConnectionState } from '../connection-state.js';
import type { WhosOnEvent } from '../protocol/event-map.js';
import type { ChatUiState } from './slices/chat-ui.js';
import type { Conversation } from './slices/conversations.js';

/** Which pending request `local:request-dismissed` hides; all of the chat's when absent. */
export type RequestKind = 'chat' | 'transfer' | 'monitor';

export interface LocalActionMap {
  /**
   * A login (or a re-login after a dropped connection) began. Slices the post-login
   * events rebuild are marked stale and replaced, never merged, when their list arrives;
   * slices the server may not send again (missed chats, client settings) are cleared.
   */
  'local:login-started': { relogin: boolean };
  /** The socket closed: nothing goes out until the next login. */
  'local:disconnected': Record<string, never>;
  /** The operator (or a page for them) asked to log in as `username`. */
  'local:login-requested': { username: string };
  /** The connection moved to `state` (see ConnectionState); `retryAt` while reconnecting. */
  'local:connection-changed': { state: ConnectionState; attempt?: number; retryAt?: number; reason?: string };
  /** A login was refused or could not complete; nothing retries it. */
  'local:login-failed': { reason: string };
  /** The operator logged out: nothing reconnects until they log in again. */
  'local:logged-out': Record<string, never>;

  /** The operator sent a chat message: shown at once as pending until it went out. */
  'local:message-queued': { chatUid: string; localId: string; text: string; at: number };
  'local:message-sent': { localId: string };
  'local:message-failed': { localId: string; reason: string };

  /** The same for user-to-user messages (addressed by the other operator's connection). */
  'local:user-message-queued': { connectionId: string; localId: string; text: string; at: number };
  'local:user-message-sent': { localId: string };
  'local:user-message-failed': { localId: string; reason: string };

  /** The same for whispers this supervisor sends into a chat they monitor. */
  'local:whisper-queued': { chatUid: string; localId: string; text: string; at: number };
  'local:whisper-sent': { localId: string };
  'local:whisper-failed': { localId: string; reason: string };

  /** The operator has seen the conversation: its unread count goes back to zero. */
  'local:conversation-read': { chatUid: string };
  /** The operator has seen the user-to-user thread with this user. */
  'local:user-chat-read': { userName: string };
  /** A closed or left conversation is put away (its transcript is dropped). */
  'local:conversation-dismissed': { chatUid: string };
  /** A chat, transfer or monitor request hidden without acting on it. */
  'local:request-dismissed': { chatUid: string; kind?: RequestKind };
  /** I left (or transferred) the chat: it is no longer mine. */
  'local:chat-left': { chatUid: string };
  /** I stopped monitoring (StopMonitor): the server may not answer with `monitorstop`. */
  'local:monitor-stopped': { chatUid: string };
  /**
   * Listen mode switched on or off. On, `chatUids` are the active chats whose detail the
   * session is fetching (GetChatDetail), so their `chatdetail` fills the listen view.
   */
  'local:listening-changed': { listening: boolean; chatUids?: readonly string[] };
  /** A mirror started over from the session's snapshot (`Store.replace`); no reducer acts on it. */
  'local:state-replaced': Record<string, never>;
  /** A msg/error notice was read and put away. */
  'local:notice-dismissed': { id: number };

  /** What the operator has typed in a chat's composer, and where the caret is. */
  'local:draft-changed': { chatUid: string; text: string; caret: number };
  /** The visit detail of the chat was asked for (GetChatVisit); its answer fills the conversation. */
  'local:visit-requested': { chatUid: string };
  /** The wrap-up value the operator sent for the chat. */
  'local:wrap-up-chosen': { chatUid: string; value: string };
  /** The tags the operator last sent for the chat. */
  'local:tags-chosen': { chatUid: string; tags: readonly string[] };
  /**
   * The state a session starts from when it takes over from another page or tab: my
   * conversations (with the lines still waiting to go out), composer drafts and status.
   */
  'local:resumed': { conversations: readonly Conversation[]; chatUi: ChatUiState };
}

export type LocalActionName = keyof LocalActionMap;

export type LocalAction = {
  [K in LocalActionName]: { name: K; payload: LocalActionMap[K] };
}[LocalActionName];

export type StoreAction = WhosOnEvent | LocalAction;

export type StoreActionName = StoreAction['name'];
