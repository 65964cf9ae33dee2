/**
 * What the elements (and integrators) use of a session: the store to read, and one method
 * per operator action. `Session` implements it in the page; `RemoteSession` implements it
 * for a page whose session runs in a shared worker or another tab. An element that only
 * uses this interface works unchanged over either.
 */
import type { ConnectionState } from './connection-state.js';
import type { LoginCredentials } from './connection.js';
import type { WhosOnEvent } from './protocol/event-map.js';
import type { CommandFrame } from './protocol/frame.js';
import type { OperatorStatus, ServerInfo } from './protocol/models.js';
import type { StoreReader } from './store/store.js';

/** The connection as a page sees it (the store's `connection` slice has the details). */
export interface ConnectionView {
  readonly state: ConnectionState;
}

export interface SessionApi {
  readonly store: StoreReader;
  readonly connection: ConnectionView;
  /**
   * The store holds the session's real state: always for a session in the page; for one
   * hosted elsewhere, once the host answered (a page shows no login form before that,
   * since the operator may well be logged in already).
   */
  readonly ready: boolean;
  whenReady(): Promise<void>;
  /**
   * This page plays the session's sounds and shows its desktop notifications. Exactly one
   * page of the session does, so a new chat rings once however many tabs are open.
   */
  readonly alerting: boolean;
  onAlertingChange(listener: (alerting: boolean) => void): () => void;

  /**
   * Logs in; resolves on `connected`, rejects with the server's reason. While the same
   * user's session is already live or logging in, joins it: no second Login is sent.
   */
  login(credentials: LoginCredentials): Promise<ServerInfo>;
  /** Sends Close and ends the session everywhere; nothing reconnects. */
  logout(): void;
  /** Every decoded server event, for integrators who want the raw stream. */
  onEvent(listener: (event: WhosOnEvent) => void): () => void;
  /** Sends a command built with `commands` (throws when offline: raw commands are not queued). */
  sendCommand(frame: CommandFrame): void;
  /** Checks the link at once (the network came back, the tab became visible). */
  probe(reason?: string): void;

  // Chats
  accept(chatUid: string): void;
  /** Sends a message (queued while offline, shown as pending); returns the line's local id. */
  sendMessage(chatUid: string, text: string): string;
  /** Sends a failed line again as the same line; false when there is no such failed line. */
  retryMessage(chatUid: string, localId: string): boolean;
  typing(chatUid: string): void;
  stopTyping(chatUid: string): void;
  leave(chatUid: string): void;
  close(chatUid: string): void;
  transferToOperators(chatUid: string, connectionIds: readonly string[], message?: string): void;
  transferToDepartment(chatUid: string, department: string, message?: string): void;
  transferToSkills(chatUid: string, skillIds: readonly string[], message?: string): void;
  transferToQueue(chatUid: string, queueNumber: number): void;
  wrapUp(chatUid: string, value: string): void;
  setTags(chatUid: string, tags: readonly string[]): void;
  markRead(chatUid: string): void;
  dismissRequest(chatUid: string): void;
  /** Puts a closed or left conversation away, with its transcript and draft. */
  dismissConversation(chatUid: string): void;
  /** Records the composer's draft of a chat (and its caret). */
  setDraft(chatUid: string, text: string, caret: number): void;
  /** Asks for the visit detail of a chat's visitor once; false when there is nothing to ask. */
  requestVisit(chatUid: string): boolean;
  sendDocument(chatUid: string, documentId: string): void;
  /** Asks the visitor for one of the site's on-demand fields. */
  requestField(chatUid: string, fieldName: string, prompt?: string): void;
  /** Asks for the skill list when it is missing (nothing when offline: it comes after login). */
  requestSkills(): void;

  // Operator
  /** Sets my status; offline, it is the status the next login asks for. */
  setStatus(status: OperatorStatus, message?: string): void;
  sendToOperator(connectionId: string, text: string): string;
  typingToOperator(connectionId: string): void;
}
