/**
 * A session that runs elsewhere (a shared worker, or the tab elected to lead), as a page
 * sees it: a store that mirrors the real one, and the same methods as `Session`, which
 * the host runs. Elements cannot tell it from a session in the page.
 *
 * The mirror starts from the host's snapshot and reduces the actions the host sends, at
 * the times the host used, so it holds the very same state. A method first checks what
 * it can here (the limits, the connection, the chat) and throws the same errors a
 * `Session` would, so an element shows the same message whichever it has; then the host
 * runs it. A draft is applied here at once and only then sent, so typing never waits.
 */
import { systemClock, type Clock } from '../clock.js';
import type { LoginCredentials } from '../connection.js';
import { LoginError, NotConnectedError, type LoginFailureKind } from '../connection-errors.js';
import { chatCommands } from '../protocol/chat-commands.js';
import type { WhosOnEvent } from '../protocol/event-map.js';
import type { CommandFrame } from '../protocol/frame.js';
import type { OperatorStatus, ServerInfo } from '../protocol/models.js';
import type { ConnectionView, SessionApi } from '../session-api.js';
import { checkTransferTargets, SessionActionError, siteKeyOfChat, visitToRequest } from '../session-checks.js';
import type { SessionResume } from '../session.js';
import type { StoreAction } from '../store/actions.js';
import { expectsLogin } from '../store/slices/connection.js';
import { stateFrom } from '../store/snapshot.js';
import type { SessionState } from '../store/state.js';
import { mirroredInitialState, mirroredReducers, onMirroredSlicesAdded } from '../store/mirror.js';
import { createStoreWith, type Store } from '../store/store-engine.js';
import type { Link } from './link.js';
import type { ErrorData, HostMessage, PageMessage, Presence, RemoteMethod } from './messages.js';

export type PageLink = Link<PageMessage, HostMessage>;

export interface RemoteSessionOptions {
  /** The server's address. */
  readonly url: string;
  /** The user this page is for ('' for whoever is logged in). */
  readonly user?: string;
  /** How long the host keeps the session when no page is left (default 10 s). */
  readonly graceMs?: number;
  /** What this page hands over when the host has no session for it (after a navigation). */
  readonly resume?: SessionResume;
  readonly presence?: Presence;
  /** Unique per page load (default: random). */
  readonly tabId?: string;
  readonly clock?: Clock;
}

export const DEFAULT_GRACE_MS = 10_000;

interface PendingLogin {
  readonly credentials: LoginCredentials;
  resolve(info: ServerInfo): void;
  reject(error: Error): void;
}

function randomId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The error a Session would have thrown, rebuilt from what crossed the link. */
function rebuildError(data: ErrorData): Error {
  switch (data.name) {
    case 'LoginError':
      return new LoginError(data.message, (data.kind ?? 'rejected') as LoginFailureKind);
    case 'NotConnectedError':
      return new NotConnectedError(data.message);
    case 'SessionActionError':
      return new SessionActionError(data.message);
    default: {
      const error = new Error(data.message);
      error.name = data.name;
      return error;
    }
  }
}

/** Surfaces a failure nobody is waiting for (an action refused by the host). */
function reportUncaught(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (typeof report === 'function') report(error);
  else console.error(error);
}

export class RemoteSession implements SessionApi {
  readonly store: Store;
  readonly connection: ConnectionView;
  readonly tabId: string;
  readonly url: string;
  readonly #clock: Clock;
  readonly #graceMs: number;
  readonly #alertingListeners = new Set<(alerting: boolean) => void>();
  readonly #logins = new Map<number, PendingLogin>();
  #user: string;
  #resume: SessionResume | undefined;
  #presence: Presence;
  #link: PageLink | null = null;
  #stopListening: () => void = () => undefined;
  #alerting = false;
  /** The user whose session the host showed this page last; null before or when none. */
  #boundUser: string | null = null;
  #nextRequestId = 1;
  #nextLocalId = 1;
  #ready = false;
  readonly #readyWaiters: (() => void)[] = [];

  constructor(options: RemoteSessionOptions) {
    this.url = options.url;
    this.tabId = options.tabId ?? randomId();
    this.#clock = options.clock ?? systemClock;
    this.#user = options.user?.trim() ?? '';
    this.#graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    this.#resume = options.resume;
    this.#presence = options.presence ?? { visible: true, focused: false };
    this.store = createStoreWith(mirroredReducers, {
      now: () => this.#clock.now(),
      initialState: mirroredInitialState() as SessionState,
    });
    const store = this.store;
    this.connection = {
      get state() {
        return store.getState().connection.state;
      },
    };
  }

  /** The user whose session this page shows, or null while it shows none. */
  get boundUser(): string | null {
    return this.#boundUser;
  }

  /** Talking to a host (false before `connect` and after `disconnect`). */
  get attached(): boolean {
    return this.#link !== null;
  }

  get ready(): boolean {
    return this.#ready;
  }

  whenReady(): Promise<void> {
    if (this.#ready) return Promise.resolve();
    return new Promise((resolve) => this.#readyWaiters.push(resolve));
  }

  get alerting(): boolean {
    return this.#alerting;
  }

  onAlertingChange(listener: (alerting: boolean) => void): () => void {
    this.#alertingListeners.add(listener);
    return () => {
      this.#alertingListeners.delete(listener);
    };
  }

  /**
   * Talks to the host over `link` from now on and says hello. Called again when the host
   * changed (another tab took the lead, the shared worker could not start): the page
   * then hands over what it mirrors, for a host that has no session for it yet, and
   * sends again the logins still waiting for an answer.
   */
  connect(link: PageLink): void {
    const previous = this.#link;
    this.#stopListening();
    if (previous !== null && previous !== link) {
      try {
        previous.close();
      } catch {
        // The old host is gone already.
      }
    }
    this.#link = link;
    const stopReceiving = link.onMessage((message) => this.#receive(message));
    // A slice an element starts to mirror later is filled from a fresh snapshot of the
    // session, and starts from its initial value until then.
    const fillSlices = (): void => {
      const state = this.store.getState();
      const initial = mirroredInitialState();
      if ((Object.keys(initial) as (keyof typeof initial)[]).every((slice) => slice in state)) return;
      this.store.replace({ ...initial, ...state });
    };
    fillSlices();
    const stopWatchingSlices = onMirroredSlicesAdded(() => {
      fillSlices();
      if (this.#boundUser !== null) this.#post({ kind: 'snapshot' });
    });
    this.#stopListening = () => {
      stopReceiving();
      stopWatchingSlices();
    };
    const resume = previous === null ? this.#resume : (this.handover() ?? this.#resume);
    this.#post({
      kind: 'hello',
      tabId: this.tabId,
      url: this.url,
      user: this.#boundUser ?? this.#user,
      graceMs: this.#graceMs,
      presence: this.#presence,
      ...(resume === undefined ? {} : { resume }),
    });
    for (const [requestId, pending] of this.#logins) {
      this.#post({ kind: 'login', requestId, credentials: pending.credentials });
    }
  }

  /** The page goes away: the host lets go of it (its session stays for the grace period). */
  disconnect(): void {
    this.#post({ kind: 'bye' });
    this.#stopListening();
    this.#stopListening = () => undefined;
    try {
      this.#link?.close();
    } catch {
      // Nothing left to close.
    }
    this.#link = null;
  }

  /** Whether the page is visible and focused: the host gives the alerts to the one in front. */
  setPresence(presence: Presence): void {
    if (presence.visible === this.#presence.visible && presence.focused === this.#presence.focused) return;
    this.#presence = presence;
    this.#post({ kind: 'presence', presence });
  }

  /**
   * What a session taking this one's place needs, from the mirror: the user, the status,
   * the conversations and drafts. Undefined when there is nothing to carry on: no
   * session shown here, or the operator logged out. (A session waiting for its new Login
   * still hands over: the next page may be the one that logs in.)
   */
  handover(): SessionResume | undefined {
    const state = this.store.getState();
    if (this.#boundUser === null || state.connection.loggedOut || state.connection.username === '') return undefined;
    // Only what this page keeps up to date: a slice it does not mirror is as old as its snapshot.
    const mirrored = mirroredReducers();
    return {
      username: this.#boundUser,
      status: state.me.status,
      conversations: mirrored.conversations === undefined ? [] : state.conversations.toArray(),
      chatUi: mirrored.chatUi === undefined ? new Map() : state.chatUi,
    };
  }

  // ---------------------------------------------------------------- SessionApi

  login(credentials: LoginCredentials): Promise<ServerInfo> {
    const requestId = this.#nextRequestId++;
    return new Promise<ServerInfo>((resolve, reject) => {
      this.#logins.set(requestId, { credentials, resolve, reject });
      this.#post({ kind: 'login', requestId, credentials });
    });
  }

  logout(): void {
    this.#call('logout');
  }

  onEvent(listener: (event: WhosOnEvent) => void): () => void {
    return this.store.onAction((action) => {
      if (!action.name.startsWith('local:')) listener(action as WhosOnEvent);
    });
  }

  sendCommand(frame: CommandFrame): void {
    this.#requireConnected();
    this.#call('sendCommand', frame);
  }

  probe(reason?: string): void {
    this.#call('probe', reason);
  }

  accept(chatUid: string): void {
    this.#requireConnected();
    this.#call('accept', chatUid);
  }

  sendMessage(chatUid: string, text: string): string {
    chatCommands.sendTo(chatUid, text); // the limits, before anything is recorded
    this.#requireLoginExpected();
    const localId = this.#localId();
    this.#call('sendMessage', chatUid, text, localId);
    return localId;
  }

  retryMessage(chatUid: string, localId: string): boolean {
    const line = this.store.getState().conversations.get(chatUid)?.lines.find((candidate) => candidate.localId === localId);
    if (line === undefined || line.state !== 'failed') return false;
    this.#requireLoginExpected();
    this.#call('retryMessage', chatUid, localId);
    return true;
  }

  typing(chatUid: string): void {
    this.#call('typing', chatUid);
  }

  stopTyping(chatUid: string): void {
    this.#call('stopTyping', chatUid);
  }

  leave(chatUid: string): void {
    this.#requireConnected();
    this.#call('leave', chatUid);
  }

  close(chatUid: string): void {
    this.#requireConnected();
    this.#call('close', chatUid);
  }

  transferToOperators(chatUid: string, connectionIds: readonly string[], message = ''): void {
    checkTransferTargets(this.store.getState().clients, connectionIds);
    chatCommands.transfer(chatUid, connectionIds, message);
    this.#requireConnected();
    this.#call('transferToOperators', chatUid, [...connectionIds], message);
  }

  transferToDepartment(chatUid: string, department: string, message = ''): void {
    chatCommands.transferDept(chatUid, department, message);
    this.#requireConnected();
    this.#call('transferToDepartment', chatUid, department, message);
  }

  transferToSkills(chatUid: string, skillIds: readonly string[], message = ''): void {
    chatCommands.transferSkills(chatUid, skillIds, message);
    this.#requireConnected();
    this.#call('transferToSkills', chatUid, [...skillIds], message);
  }

  transferToQueue(chatUid: string, queueNumber: number): void {
    chatCommands.transferQueue(chatUid, queueNumber);
    this.#requireConnected();
    this.#call('transferToQueue', chatUid, queueNumber);
  }

  wrapUp(chatUid: string, value: string): void {
    chatCommands.chatWrapUpComplete(siteKeyOfChat(this.store.getState(), chatUid), chatUid, value);
    this.#requireLoginExpected();
    this.#call('wrapUp', chatUid, value);
  }

  setTags(chatUid: string, tags: readonly string[]): void {
    chatCommands.chatAddTags(siteKeyOfChat(this.store.getState(), chatUid), chatUid, tags);
    this.#requireLoginExpected();
    this.#call('setTags', chatUid, [...tags]);
  }

  markRead(chatUid: string): void {
    this.#call('markRead', chatUid);
  }

  dismissRequest(chatUid: string): void {
    this.#call('dismissRequest', chatUid);
  }

  dismissConversation(chatUid: string): void {
    this.#call('dismissConversation', chatUid);
  }

  setDraft(chatUid: string, text: string, caret: number): void {
    const action: StoreAction = { name: 'local:draft-changed', payload: { chatUid, text, caret } };
    const at = this.#clock.now();
    this.store.dispatch(action, at);
    this.#post({ kind: 'local', action, at });
  }

  requestVisit(chatUid: string): boolean {
    if (visitToRequest(this.store.getState(), chatUid) === null) return false;
    this.#requireConnected();
    this.#call('requestVisit', chatUid);
    return true;
  }

  sendDocument(chatUid: string, documentId: string): void {
    chatCommands.sendDocumentTo(chatUid, documentId);
    this.#requireConnected();
    this.#call('sendDocument', chatUid, documentId);
  }

  requestField(chatUid: string, fieldName: string, prompt = ''): void {
    chatCommands.fieldRequest(chatUid, fieldName, prompt);
    this.#requireConnected();
    this.#call('requestField', chatUid, fieldName, prompt);
  }

  requestSkills(): void {
    this.#call('requestSkills');
  }

  setStatus(status: OperatorStatus, message = ''): void {
    chatCommands.status(status, message);
    this.#call('setStatus', status, message);
  }

  sendToOperator(connectionId: string, text: string): string {
    chatCommands.sendToClient(connectionId, text);
    this.#requireLoginExpected();
    const localId = this.#localId();
    this.#call('sendToOperator', connectionId, text, localId);
    return localId;
  }

  typingToOperator(connectionId: string): void {
    this.#call('typingToOperator', connectionId);
  }

  // ---------------------------------------------------------------- internals

  #receive(message: HostMessage): void {
    switch (message.kind) {
      case 'bound':
        this.#boundUser = message.user;
        this.#user = message.user;
        this.#resume = undefined;
        this.store.replace(stateFrom(message.state));
        this.#becomeReady();
        break;
      case 'unbound':
        this.#boundUser = null;
        this.store.replace({ ...this.store.getState(), ...mirroredInitialState() });
        this.#setAlerting(false);
        this.#becomeReady();
        break;
      case 'action':
        this.store.dispatch(message.action, message.at);
        break;
      case 'alerting':
        this.#setAlerting(message.alerting);
        break;
      case 'login-result': {
        const pending = this.#logins.get(message.requestId);
        if (pending === undefined) return;
        this.#logins.delete(message.requestId);
        if ('error' in message) pending.reject(rebuildError(message.error));
        else pending.resolve(message.serverInfo);
        break;
      }
      case 'call-failed':
        reportUncaught(rebuildError(message.error));
        break;
    }
  }

  #becomeReady(): void {
    if (this.#ready) return;
    this.#ready = true;
    for (const resolve of this.#readyWaiters.splice(0)) resolve();
  }

  #setAlerting(alerting: boolean): void {
    if (alerting === this.#alerting) return;
    this.#alerting = alerting;
    for (const listener of [...this.#alertingListeners]) {
      try {
        listener(alerting);
      } catch (error) {
        reportUncaught(error);
      }
    }
  }

  #requireConnected(): void {
    if (this.store.getState().connection.state !== 'connected') throw new NotConnectedError();
  }

  /** A queued command can only go out under a login that is live or under way. */
  #requireLoginExpected(): void {
    if (!expectsLogin(this.store.getState().connection)) throw new NotConnectedError();
  }

  #call(method: RemoteMethod, ...args: unknown[]): void {
    this.#post({ kind: 'call', method, args });
  }

  #post(message: PageMessage): void {
    try {
      this.#link?.post(message);
    } catch (error) {
      reportUncaught(error);
    }
  }

  #localId(): string {
    return `local-${this.tabId}-${(this.#nextLocalId++).toString(36)}`;
  }
}
