/**
 * The session: one connection, one store, and the high-level actions the elements call.
 *
 * Data flows one way: the connection decodes frames into events, the store reduces them,
 * subscribers render. Actions build commands (which enforce the spec's limits before
 * anything is sent) and record what the operator did in the store, so a message typed
 * while offline is shown at once as pending and never silently lost.
 */
import { Connection, type ConnectionOptions, type LoginCredentials } from './connection.js';
import { systemClock, type Clock } from './clock.js';
import { commands } from './protocol/commands.js';
import type { CommandFrame } from './protocol/frame.js';
import type { WhosOnEvent } from './protocol/event-map.js';
import type { OperatorStatus, ServerInfo } from './protocol/models.js';
import { createStore, type Store } from './store/store.js';
import { TypingNotifier } from './typing-notifier.js';

export interface SessionOptions extends ConnectionOptions {
  /** Ask for skills, documents and auto-responses after each login (the spec recommends it). */
  loadReferenceData?: boolean;
}

/** Why an action was refused before anything was sent. */
export class SessionActionError extends Error {
  override readonly name = 'SessionActionError';
}

type PendingDelivery =
  | { kind: 'chat'; localId: string }
  | { kind: 'user'; localId: string };

export class Session {
  readonly connection: Connection;
  readonly store: Store;
  readonly #clock: Clock;
  readonly #loadReferenceData: boolean;
  readonly #typing: TypingNotifier;
  readonly #userTyping: TypingNotifier;
  /** Outbox id -> the line it carries, so delivery updates the right transcript line. */
  readonly #pending = new Map<string, PendingDelivery>();
  #nextLocalId = 1;

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
      this.store.dispatch({ name: 'local:login-started', payload: { relogin } });
    });
    this.connection.on('event', (event) => this.#onEvent(event));
    this.connection.on('state', ({ state }) => {
      // The connection announces 'connected' before it flushes its outbox.
      if (state === 'connected') this.#afterLogin();
      if (state === 'reconnecting' || state === 'closed') {
        this.#typing.reset();
        this.#userTyping.reset();
        this.store.dispatch({ name: 'local:disconnected', payload: {} });
      }
    });
    this.connection.on('outbox-sent', ({ id }) => this.#delivered(id));
    this.connection.on('outbox-failed', ({ id, reason }) => this.#undeliverable(id, reason));
  }

  /** Logs in; resolves on `connected`, rejects with the server's reason. */
  login(credentials: LoginCredentials): Promise<ServerInfo> {
    return this.connection.login(credentials);
  }

  /** Sends Close and ends the session; nothing reconnects. */
  logout(): void {
    this.#typing.reset();
    this.#userTyping.reset();
    this.connection.logout();
  }

  /** Listens to every decoded server event, for integrators who want the raw stream. */
  onEvent(listener: (event: WhosOnEvent) => void): () => void {
    return this.connection.on('event', listener);
  }

  /** Sends any command built with `commands` (throws when offline: raw commands are not queued). */
  sendCommand(frame: CommandFrame): void {
    this.connection.send(frame);
  }

  // Chats

  /** Takes a waiting chat or a transfer (the `Chat` command). */
  accept(chatUid: string): void {
    this.connection.send(commands.chat(chatUid));
  }

  /**
   * Sends a message to the visitor. Over the 5000-character limit it throws
   * (CommandLimitError) before anything is recorded or sent, so the draft stays with
   * the caller. Offline, the line waits in the outbox, shown as pending.
   */
  sendMessage(chatUid: string, text: string): string {
    const frame = commands.sendTo(chatUid, text);
    const localId = this.#localId();
    this.#typing.sent(chatUid);
    this.store.dispatch({
      name: 'local:message-queued',
      payload: { chatUid, localId, text, at: this.#clock.now() },
    });
    this.#deliver(frame, { kind: 'chat', localId });
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
      .conversations[chatUid]?.lines.find((candidate) => candidate.localId === localId);
    if (line === undefined || line.state !== 'failed') return false;
    const text = line.message.raw;
    const frame = commands.sendTo(chatUid, text);
    this.store.dispatch({
      name: 'local:message-queued',
      payload: { chatUid, localId, text, at: this.#clock.now() },
    });
    this.#deliver(frame, { kind: 'chat', localId });
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
    this.store.dispatch({ name: 'local:chat-left', payload: { chatUid } });
  }

  /** Ends the chat for good. */
  close(chatUid: string): void {
    this.#typing.stopNow(chatUid);
    this.connection.send(commands.closeChat(chatUid));
  }

  /** Offers the chat to operators (only those online are accepted), then leaves it. */
  transferToOperators(chatUid: string, connectionIds: readonly string[], message = ''): void {
    const clients = this.store.getState().clients;
    const offline = connectionIds.filter((id) => clients[id]?.status !== 0);
    if (connectionIds.length === 0) throw new SessionActionError('Choose an operator to transfer to.');
    if (offline.length > 0) {
      const names = offline.map((id) => clients[id]?.name ?? id).join(', ');
      throw new SessionActionError(`Only online operators can take a transfer: ${names} is not online.`);
    }
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
    this.connection.send(commands.chatWrapUpComplete(this.#siteKeyOf(chatUid), chatUid, value), {
      queue: true,
    });
  }

  /** Replaces the chat's tags. */
  setTags(chatUid: string, tags: readonly string[]): void {
    this.connection.send(commands.chatAddTags(this.#siteKeyOf(chatUid), chatUid, tags), {
      queue: true,
    });
  }

  /** The conversation has been seen: its unread count goes back to zero. */
  markRead(chatUid: string): void {
    this.store.dispatch({ name: 'local:conversation-read', payload: { chatUid } });
  }

  /** Hides a chat or transfer request without taking it. */
  dismissRequest(chatUid: string): void {
    this.store.dispatch({ name: 'local:request-dismissed', payload: { chatUid } });
  }

  // Operator

  /** Sets my status; it is also the status a re-login restores (never overridden by the client). */
  setStatus(status: OperatorStatus, message = ''): void {
    this.connection.send(commands.status(status, message));
    this.connection.setLoginStatus(status);
  }

  /** Sends a user-to-user message (4000-character limit; queued while offline). */
  sendToOperator(connectionId: string, text: string): string {
    const frame = commands.sendToClient(connectionId, text);
    const localId = this.#localId();
    this.#userTyping.sent(connectionId);
    this.store.dispatch({
      name: 'local:user-message-queued',
      payload: { connectionId, localId, text, at: this.#clock.now() },
    });
    this.#deliver(frame, { kind: 'user', localId });
    return localId;
  }

  /** Key press in a user-to-user composer (C1/C0 by the 2-second rule). */
  typingToOperator(connectionId: string): void {
    this.#userTyping.keyPressed(connectionId);
  }

  // Internals

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
   * server released when the connection dropped, so queued messages reach them, and fails
   * the queued messages of chats that closed meanwhile.
   */
  #afterLogin(): void {
    const state = this.store.getState();
    for (const conversation of Object.values(state.conversations)) {
      if (conversation.closed || conversation.left) continue;
      const chat = state.chats[conversation.chatUid];
      if (chat && chat.talkingToClientId === '') this.connection.send(commands.chat(chat.chatUid));
    }
    for (const [outboxId, delivery] of this.#pending) {
      if (delivery.kind !== 'chat') continue;
      const chatUid = this.#chatOfLine(delivery.localId);
      if (chatUid === undefined || state.conversations[chatUid]?.closed) {
        this.connection.cancelQueued(outboxId, 'The chat closed while the connection was down.');
      }
    }
    if (this.#loadReferenceData) {
      this.connection.send(commands.getSkills());
      this.connection.send(commands.getDocuments());
      this.connection.send(commands.getAutoResponses());
    }
  }

  #chatOfLine(localId: string): string | undefined {
    for (const conversation of Object.values(this.store.getState().conversations)) {
      if (conversation.lines.some((line) => line.localId === localId)) return conversation.chatUid;
    }
    return undefined;
  }

  #transferThenLeave(chatUid: string, transfer: CommandFrame): void {
    this.connection.send(transfer);
    this.leave(chatUid);
  }

  #siteKeyOf(chatUid: string): number {
    const state = this.store.getState();
    const siteKey = state.chats[chatUid]?.siteKey ?? state.conversations[chatUid]?.siteKey;
    if (siteKey === undefined) throw new SessionActionError(`Unknown chat ${chatUid}.`);
    return siteKey;
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
    const name = delivery.kind === 'chat' ? 'local:message-failed' : 'local:user-message-failed';
    this.store.dispatch({ name, payload: { localId: delivery.localId, reason } });
  }

  #markSent(delivery: PendingDelivery): void {
    const name = delivery.kind === 'chat' ? 'local:message-sent' : 'local:user-message-sent';
    this.store.dispatch({ name, payload: { localId: delivery.localId } });
  }

  /** Typing signals mean nothing later: dropped while offline rather than queued. */
  #sendTransient(frame: CommandFrame): void {
    if (this.connection.state === 'connected') this.connection.send(frame);
  }

  #localId(): string {
    return `local-${this.#clock.now().toString(36)}-${(this.#nextLocalId++).toString(36)}`;
  }
}
