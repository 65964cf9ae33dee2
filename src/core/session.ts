/**
 * The session: one connection, one store, and the high-level actions the elements call.
 *
 * Data flows one way: the connection decodes frames into events, the store reduces them,
 * subscribers render. Actions build commands (which enforce the spec's limits before
 * anything is sent) and record what the operator did in the store, so a message typed
 * while offline is shown at once as pending and never silently lost. The connection's
 * own state is recorded in the store too: a page that mirrors this session from a shared
 * worker or another tab sees everything through the store alone.
 */
import { Connection, NotConnectedError, type ConnectionOptions, type LoginCredentials } from './connection.js';
import { systemClock, type Clock } from './clock.js';
import { commands } from './protocol/commands.js';
import type { CommandFrame } from './protocol/frame.js';
import type { WhosOnEvent } from './protocol/event-map.js';
import type { OperatorStatus, ServerInfo } from './protocol/models.js';
import type { ConnectionView, SessionApi } from './session-api.js';
import { checkTransferTargets, SessionActionError, siteKeyOfChat, visitToRequest } from './session-checks.js';
import type { LocalActionMap } from './store/actions.js';
import type { ChatUiState } from './store/slices/chat-ui.js';
import { expectsLogin, isStopped } from './store/slices/connection.js';
import type { Conversation } from './store/slices/conversations.js';
import type { SessionState } from './store/state.js';
import { createStore, type Store } from './store/store.js';
import { TypingNotifier } from './typing-notifier.js';

export { SessionActionError };

export interface SessionOptions extends ConnectionOptions {
  /** Ask for skills, documents and auto-responses after each login (the spec recommends it). */
  loadReferenceData?: boolean;
}

/**
 * What a session hands over to the one that takes its place (a page that navigated in a
 * browser whose shared worker did not survive, a tab taking over from one that closed):
 * who was logged in, in which status, and the chats that were mine with the lines still
 * waiting to go out and the drafts.
 */
export interface SessionResume {
  readonly username: string;
  readonly status: OperatorStatus | null;
  readonly conversations: readonly Conversation[];
  readonly chatUi: ChatUiState;
}

/** A line on its way to the server: which chat or colleague it goes to. */
type PendingDelivery =
  | { kind: 'chat'; localId: string; chatUid: string }
  | { kind: 'user'; localId: string; connectionId: string };

function sameUser(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export class Session implements SessionApi {
  readonly connection: Connection & ConnectionView;
  readonly store: Store;
  readonly #clock: Clock;
  readonly #loadReferenceData: boolean;
  readonly #typing: TypingNotifier;
  readonly #userTyping: TypingNotifier;
  /** Outbox id -> the line it carries, so delivery updates the right transcript line. */
  readonly #pending = new Map<string, PendingDelivery>();
  #nextLocalId = 1;
  /** The login under way, joined by a second `login()` for the same user. */
  #login: Promise<ServerInfo> | null = null;
  /** The status a resumed session logs in with: the operator's choice outlives the page. */
  #resumedStatus: OperatorStatus | null = null;

  constructor(options: SessionOptions) {
    this.#clock = options.clock ?? systemClock;
    this.#loadReferenceData = options.loadReferenceData ?? true;
    this.connection = new Connection(options);
    this.store = createStore({ now: () => this.#clock.now() });
    this.#typing = new TypingNotifier(
      this.#clock,
      (chatUid) => this.#sendTransient(commands.startTyping(chatUid)),
      (chatUid) => this.#sendTransient(commands.stopTyping(chatUid)),
    );
    this.#userTyping = new TypingNotifier(
      this.#clock,
      () => this.#sendTransient(commands.c1(this.store.getState().me.connectionId)),
      () => this.#sendTransient(commands.c0(this.store.getState().me.connectionId)),
    );

    this.connection.on('login-started', ({ relogin }) => {
      this.#typing.reset();
      this.#userTyping.reset();
      this.#record('local:login-started', { relogin });
    });
    this.connection.on('event', (event) => this.#onEvent(event));
    this.connection.on('state', ({ state, attempt, retryAt, reason }) => {
      this.#record('local:connection-changed', { state, attempt, retryAt, reason });
      // The connection announces 'connected' before it flushes its outbox.
      if (state === 'connected') this.#afterLogin();
      if (state === 'reconnecting' || state === 'closed') {
        this.#typing.reset();
        this.#userTyping.reset();
        this.#record('local:disconnected', {});
      }
    });
    this.connection.on('login-failed', ({ reason }) => this.#record('local:login-failed', { reason }));
    this.connection.on('outbox-sent', ({ id }) => this.#delivered(id));
    this.connection.on('outbox-failed', ({ id, reason }) => this.#undeliverable(id, reason));
  }

  /** A session in the page knows its state from the start. */
  get ready(): boolean {
    return true;
  }

  whenReady(): Promise<void> {
    return Promise.resolve();
  }

  /** A session in the page plays its own alerts. */
  get alerting(): boolean {
    return true;
  }

  onAlertingChange(): () => void {
    return () => undefined;
  }

  /**
   * Logs in; resolves on `connected`, rejects with the server's reason. While this user's
   * login is live or under way it joins it instead of sending a second Login (the server
   * would refuse one); another user must wait for a logout.
   */
  login(credentials: LoginCredentials): Promise<ServerInfo> {
    const status = this.store.getState().connection;
    if (!isStopped(this.connection)) {
      if (!sameUser(status.username, credentials.username)) {
        return Promise.reject(
          new SessionActionError(`Logged in as ${status.username}: log out before logging in as ${credentials.username}.`),
        );
      }
      if (this.#login !== null) return this.#login;
      const serverInfo = this.store.getState().me.serverInfo;
      if (status.live && serverInfo !== null) return Promise.resolve(serverInfo);
      return Promise.reject(new Error(`Cannot log in while ${this.connection.state}`));
    }
    this.#record('local:login-requested', { username: credentials.username.trim() });
    const login = this.connection.login({
      ...credentials,
      status: this.#resumedStatus ?? credentials.status,
    });
    this.#resumedStatus = null;
    const settled = (): void => {
      if (this.#login === login) this.#login = null;
    };
    login.then(settled, settled);
    this.#login = login;
    return login;
  }

  /** Sends Close and ends the session; nothing reconnects. */
  logout(): void {
    this.#typing.reset();
    this.#userTyping.reset();
    this.#record('local:logged-out', {});
    this.connection.logout();
  }

  /**
   * Starts from what another session handed over (before the first login): its
   * conversations and drafts are shown at once, the chats are taken back and the lines
   * that had not gone out are sent once the login completes.
   */
  resume(resume: SessionResume): void {
    if (!isStopped(this.connection)) throw new SessionActionError('A live session cannot resume another one.');
    this.#resumedStatus = resume.status;
    this.#record('local:login-requested', { username: resume.username });
    this.#record('local:resumed', { conversations: resume.conversations, chatUi: resume.chatUi });
  }

  /** Listens to every decoded server event, for integrators who want the raw stream. */
  onEvent(listener: (event: WhosOnEvent) => void): () => void {
    return this.connection.on('event', listener);
  }

  /** Sends any command built with `commands` (throws when offline: raw commands are not queued). */
  sendCommand(frame: CommandFrame): void {
    this.connection.send(frame);
  }

  /** Checks the link now (the host page calls this when the network or the tab comes back). */
  probe(reason?: string): void {
    this.connection.probe(reason);
  }

  // Chats

  /** Takes a waiting chat or a transfer (the `Chat` command). */
  accept(chatUid: string): void {
    this.connection.send(commands.chat(chatUid));
  }

  /**
   * Sends a message to the visitor. Over the 5000-character limit it throws
   * (CommandLimitError) before anything is recorded or sent, so the draft stays with
   * the caller. Offline, the line waits in the outbox, shown as pending. `localId`
   * names the line when a page chose it (a mirror shows the line under that id).
   */
  sendMessage(chatUid: string, text: string, localId: string = this.#localId()): string {
    const frame = commands.sendTo(chatUid, text);
    this.#requireLoginExpected();
    this.#typing.sent(chatUid);
    this.#record('local:message-queued', { chatUid, localId, text, at: this.#clock.now() });
    this.#deliver(frame, { kind: 'chat', localId, chatUid });
    return localId;
  }

  /**
   * Sends a failed line again, as the same line: it goes back to pending instead of a
   * second copy appearing. The text is exactly what the operator typed. Returns false
   * when there is no failed line with that id in the chat.
   */
  retryMessage(chatUid: string, localId: string): boolean {
    const line = this.store
      .getState()
      .conversations.get(chatUid)
      ?.lines.find((candidate) => candidate.localId === localId);
    if (line === undefined || line.state !== 'failed') return false;
    const text = line.message.raw;
    const frame = commands.sendTo(chatUid, text);
    this.#requireLoginExpected();
    this.#record('local:message-queued', { chatUid, localId, text, at: this.#clock.now() });
    this.#deliver(frame, { kind: 'chat', localId, chatUid });
    return true;
  }

  /** Call on every key press in a chat composer: StartTyping/StopTyping by the 2-second rule. */
  typing(chatUid: string): void {
    this.#typing.keyPressed(chatUid);
  }

  /** The draft was emptied or the composer left: StopTyping now if it was started. */
  stopTyping(chatUid: string): void {
    this.#typing.stopNow(chatUid);
  }

  /** Leaves the chat open for colleagues to pick up. */
  leave(chatUid: string): void {
    this.#typing.stopNow(chatUid);
    this.connection.send(commands.leave(chatUid));
    this.#record('local:chat-left', { chatUid });
  }

  /** Ends the chat for good. */
  close(chatUid: string): void {
    this.#typing.stopNow(chatUid);
    this.connection.send(commands.closeChat(chatUid));
  }

  /** Offers the chat to operators (only those online are accepted), then leaves it. */
  transferToOperators(chatUid: string, connectionIds: readonly string[], message = ''): void {
    checkTransferTargets(this.store.getState().clients, connectionIds);
    this.#transferThenLeave(chatUid, commands.transfer(chatUid, connectionIds, message));
  }

  transferToDepartment(chatUid: string, department: string, message = ''): void {
    this.#transferThenLeave(chatUid, commands.transferDept(chatUid, department, message));
  }

  transferToSkills(chatUid: string, skillIds: readonly string[], message = ''): void {
    this.#transferThenLeave(chatUid, commands.transferSkills(chatUid, skillIds, message));
  }

  transferToQueue(chatUid: string, queueNumber: number): void {
    this.#transferThenLeave(chatUid, commands.transferQueue(chatUid, queueNumber));
  }

  /** Records the wrap-up value (any time during the chat or after it closed). */
  wrapUp(chatUid: string, value: string): void {
    const siteKey = siteKeyOfChat(this.store.getState(), chatUid);
    this.connection.send(commands.chatWrapUpComplete(siteKey, chatUid, value), { queue: true });
    this.#record('local:wrap-up-chosen', { chatUid, value });
  }

  /** Replaces the chat's tags. */
  setTags(chatUid: string, tags: readonly string[]): void {
    const siteKey = siteKeyOfChat(this.store.getState(), chatUid);
    this.connection.send(commands.chatAddTags(siteKey, chatUid, tags), { queue: true });
    this.#record('local:tags-chosen', { chatUid, tags: [...tags] });
  }

  /** The conversation has been seen: its unread count goes back to zero. */
  markRead(chatUid: string): void {
    this.#record('local:conversation-read', { chatUid });
  }

  /** Hides a chat or transfer request without taking it. */
  dismissRequest(chatUid: string): void {
    this.#record('local:request-dismissed', { chatUid });
  }

  /** Puts a closed or left conversation away, with its transcript and draft. */
  dismissConversation(chatUid: string): void {
    this.#typing.stopNow(chatUid);
    this.#record('local:conversation-dismissed', { chatUid });
  }

  /** Records the composer's draft of a chat and where its caret is. */
  setDraft(chatUid: string, text: string, caret: number): void {
    this.#record('local:draft-changed', { chatUid, text, caret });
  }

  /** Asks for the visit detail of the chat's visitor, once; false when there is nothing to ask. */
  requestVisit(chatUid: string): boolean {
    const visitor = visitToRequest(this.store.getState(), chatUid);
    if (visitor === null) return false;
    this.connection.send(commands.getChatVisit(visitor, chatUid));
    this.#record('local:visit-requested', { chatUid });
    return true;
  }

  /** Sends a document of the library to the visitor. */
  sendDocument(chatUid: string, documentId: string): void {
    this.connection.send(commands.sendDocumentTo(chatUid, documentId));
  }

  /** Asks the visitor for one of the site's on-demand fields. */
  requestField(chatUid: string, fieldName: string, prompt = ''): void {
    this.connection.send(commands.fieldRequest(chatUid, fieldName, prompt));
  }

  /** Asks for the skill list now when connected (each login asks for it anyway). */
  requestSkills(): void {
    this.#sendTransient(commands.getSkills());
  }

  // Operator

  /**
   * Sets my status; it is also the status a re-login restores (never overridden by the
   * client). Offline, the choice is kept for the automatic re-login.
   */
  setStatus(status: OperatorStatus, message = ''): void {
    this.connection.setLoginStatus(status);
    if (this.connection.state === 'connected') this.connection.send(commands.status(status, message));
  }

  /** Sends a user-to-user message (4000-character limit; queued while offline). */
  sendToOperator(connectionId: string, text: string, localId: string = this.#localId()): string {
    const frame = commands.sendToClient(connectionId, text);
    this.#requireLoginExpected();
    this.#userTyping.sent(connectionId);
    this.#record('local:user-message-queued', { connectionId, localId, text, at: this.#clock.now() });
    this.#deliver(frame, { kind: 'user', localId, connectionId });
    return localId;
  }

  /** Key press in a user-to-user composer (C1/C0 by the 2-second rule). */
  typingToOperator(connectionId: string): void {
    this.#userTyping.keyPressed(connectionId);
  }

  // Internals

  #record<K extends keyof LocalActionMap>(name: K, payload: LocalActionMap[K]): void {
    this.store.dispatch({ name, payload } as Parameters<Store['dispatch']>[0]);
  }

  #onEvent(event: WhosOnEvent): void {
    this.store.dispatch(event);
    switch (event.name) {
      case 'acceptchat':
        // The server requires this operator to take the chat without asking.
        if (this.store.getState().me.rights?.canTakeChats !== false) {
          this.connection.send(commands.chat(event.payload.chatUid));
        }
        break;
      case 'chataquired':
        // Acquired by a supervisor: the spec asks the losing client to leave.
        this.connection.send(commands.leave(event.payload.chatUid));
        break;
      case 'transferconfirmed':
        // We acquired the chat: open it.
        this.connection.send(commands.chat(event.payload.chatUid));
        break;
      default:
        break;
    }
  }

  /**
   * Runs when the login completed, before the outbox is flushed: takes back the chats the
   * server released when the connection dropped, so queued messages reach them; fails the
   * queued messages of chats that closed meanwhile; and sends the lines a previous page
   * or tab left pending (a resumed session has them in its store but not in its outbox).
   */
  #afterLogin(): void {
    const state = this.store.getState();
    for (const conversation of state.conversations.values()) {
      if (conversation.closed || conversation.left) continue;
      const chat = state.chats.get(conversation.chatUid);
      if (chat && chat.talkingToClientId === '') this.connection.send(commands.chat(chat.chatUid));
    }
    for (const [outboxId, delivery] of this.#pending) {
      if (delivery.kind !== 'chat') continue;
      if (state.conversations.get(delivery.chatUid)?.closed !== false) {
        this.connection.cancelQueued(outboxId, 'The chat closed while the connection was down.');
      }
    }
    this.#sendHandedOverLines(state);
    if (this.#loadReferenceData) {
      this.connection.send(commands.getSkills());
      this.connection.send(commands.getDocuments());
      this.connection.send(commands.getAutoResponses());
    }
  }

  /** Pending lines this session's outbox does not carry: handed over, sent once now. */
  #sendHandedOverLines(state: SessionState): void {
    const carried = new Set<string>();
    for (const delivery of this.#pending.values()) carried.add(delivery.localId);
    for (const conversation of state.conversations.values()) {
      for (const line of conversation.lines) {
        if (line.state !== 'pending' || line.localId === undefined || carried.has(line.localId)) continue;
        const localId = line.localId;
        if (conversation.closed || conversation.left) {
          this.#record('local:message-failed', { localId, reason: 'The chat closed while the connection was down.' });
          continue;
        }
        this.#deliver(commands.sendTo(conversation.chatUid, line.message.raw), {
          kind: 'chat',
          localId,
          chatUid: conversation.chatUid,
        });
      }
    }
  }

  /** A line is only recorded when a login is live or under way to send it. */
  #requireLoginExpected(): void {
    if (!expectsLogin(this.store.getState().connection)) throw new NotConnectedError();
  }

  #transferThenLeave(chatUid: string, transfer: CommandFrame): void {
    this.connection.send(transfer);
    this.leave(chatUid);
  }

  #deliver(frame: CommandFrame, delivery: PendingDelivery): void {
    const result = this.connection.send(frame, { queue: true });
    if (result.status === 'queued') {
      this.#pending.set(result.id, delivery);
    } else {
      this.#markSent(delivery);
    }
  }

  #delivered(outboxId: string): void {
    const delivery = this.#pending.get(outboxId);
    if (!delivery) return;
    this.#pending.delete(outboxId);
    this.#markSent(delivery);
  }

  #undeliverable(outboxId: string, reason: string): void {
    const delivery = this.#pending.get(outboxId);
    if (!delivery) return;
    this.#pending.delete(outboxId);
    const { localId } = delivery;
    if (delivery.kind === 'chat') this.#record('local:message-failed', { localId, reason });
    else this.#record('local:user-message-failed', { localId, reason });
  }

  #markSent(delivery: PendingDelivery): void {
    const { localId } = delivery;
    if (delivery.kind === 'chat') this.#record('local:message-sent', { localId });
    else this.#record('local:user-message-sent', { localId });
  }

  /** Typing signals mean nothing later: dropped while offline rather than queued. */
  #sendTransient(frame: CommandFrame): void {
    if (this.connection.state === 'connected') this.connection.send(frame);
  }

  #localId(): string {
    return `local-${this.#clock.now().toString(36)}-${(this.#nextLocalId++).toString(36)}`;
  }
}
