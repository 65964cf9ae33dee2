/**
 * The WebSocket lifecycle of one operator session:
 *
 *   idle ──login()──> connecting ──hello──> logging-in ──connected──> connected
 *                         ^                     │ msg: refused ──> closed (never retried)
 *                         │                     │
 *                    reconnecting <──drop, server `close`, dead socket, login timeout
 *
 * A drop after a successful login reconnects with capped, jittered backoff and logs in
 * again with the credentials held in memory. Commands queued while offline wait in the
 * outbox and go out once, in order, after the next login. The connection never throws
 * into a socket or timer callback: failures become state changes and events.
 */
import { Backoff } from './backoff.js';
import type { BackoffOptions } from './backoff.js';
import { OneShotTimer, systemClock } from './clock.js';
import type { Clock } from './clock.js';
import { Outbox } from './outbox.js';
import { commands } from './protocol/commands.js';
import type { WhosOnEvent } from './protocol/event-map.js';
import { decodeEvent } from './protocol/events.js';
import { decodeFrame, encodeCommand, ProtocolError } from './protocol/frame.js';
import type { CommandFrame, DecodeResult, EventFrame } from './protocol/frame.js';
import type { OperatorStatus, ServerInfo } from './protocol/models.js';
import type { ConnectionState } from './connection-state.js';
import { WebSocketReadyState } from './websocket-like.js';
import type { WebSocketConstructorLike, WebSocketLike } from './websocket-like.js';

export type { WebSocketConstructorLike, WebSocketLike } from './websocket-like.js';
export type { ConnectionState } from './connection-state.js';


export interface LoginCredentials {
  username: string;
  password: string;
  authString: string;
  name?: string;
  department?: string;
  status?: OperatorStatus;
  lang?: string;
}

export interface ConnectionOptions {
  url: string;
  /** Defaults to `globalThis.WebSocket`. */
  WebSocket?: WebSocketConstructorLike;
  clock?: Clock;
  /** 0..1, for backoff jitter. */
  random?: () => number;
  /** Sent with Login as the client platform. */
  platform?: string;
  /** Sent with Login as the client version. */
  version?: string;
  /** Noop interval while connected; the server drops a connection silent for 60 minutes. */
  keepaliveMs?: number;
  /** How long a probe waits for any frame before the socket is declared dead. */
  answerTimeoutMs?: number;
  /** From opening the socket to `connected`. */
  loginTimeoutMs?: number;
  backoff?: BackoffOptions;
  /** Automatic re-logins refused with "User already logged in." that are retried. */
  alreadyLoggedInRetries?: number;
}

export interface StateChange {
  state: ConnectionState;
  /** Reconnect attempt number (1-based) while reconnecting. */
  attempt?: number;
  /** Epoch milliseconds of the next attempt, while `reconnecting`. */
  retryAt?: number;
  reason?: string;
}

export interface ConnectionEvents {
  state: StateChange;
  /** Every decoded server event, in arrival order (the login refusal `msg` excepted). */
  event: WhosOnEvent;
  'protocol-error': ProtocolError;
  'login-started': { relogin: boolean };
  'login-failed': { reason: string };
  'outbox-sent': { id: string };
  'outbox-failed': { id: string; reason: string };
}

export { LoginError, NotConnectedError, type LoginFailureKind } from './connection-errors.js';
import { LoginError, NotConnectedError, type LoginFailureKind } from './connection-errors.js';

export type SendResult = { status: 'sent' } | { status: 'queued'; id: string };

const defaults = {
  keepaliveMs: 30 * 60_000,
  answerTimeoutMs: 20_000,
  loginTimeoutMs: 30_000,
  alreadyLoggedInRetries: 5,
};

/**
 * A bound whose timer fired late is granted afresh (a probe is repeated) instead of
 * declaring failure, at most this many times in a row: a frozen tab resumes with its
 * timers firing before the queued answer, but in a throttled tab messages still arrive
 * on time, so a few late rounds with no frame at all do mean a dead socket.
 */
const maxLateChecks = 3;

/** A timer counts as late when it overshoots by more than this. */
function lateTolerance(delayMs: number): number {
  return Math.max(1_000, delayMs / 2);
}

const alreadyLoggedIn = /already logged in/i;

type Listener<K extends keyof ConnectionEvents> = (detail: ConnectionEvents[K]) => void;

interface PendingLogin {
  resolve(info: ServerInfo): void;
  reject(error: Error): void;
}

/** Surfaces a listener's or our own bug without breaking the caller (a socket callback). */
function reportUncaught(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (typeof report === 'function') report(error);
  else console.error(error);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class Connection {
  readonly #url: string;
  readonly #WebSocket: WebSocketConstructorLike;
  readonly #clock: Clock;
  readonly #platform: string;
  readonly #version: string;
  readonly #keepaliveMs: number;
  readonly #answerTimeoutMs: number;
  readonly #loginTimeoutMs: number;
  readonly #alreadyLoggedInRetries: number;
  readonly #backoff: Backoff;
  readonly #outbox = new Outbox();
  readonly #listeners = new Map<keyof ConnectionEvents, Set<(detail: never) => void>>();

  readonly #reconnectTimer: OneShotTimer;
  readonly #loginTimer: OneShotTimer;
  readonly #keepaliveTimer: OneShotTimer;
  readonly #answerTimer: OneShotTimer;

  #state: ConnectionState = 'idle';
  #socket: WebSocketLike | null = null;
  /** In memory only, for automatic re-logins; dropped on logout and on refusal. */
  #credentials: LoginCredentials | null = null;
  /** The caller's `login()` promise, until the first `connected`. */
  #pendingLogin: PendingLogin | null = null;
  /** True once a login succeeded: later logins are automatic re-logins. */
  #relogin = false;
  /** Login goes out at most once per socket. */
  #loginSent = false;
  #alreadyLoggedInCount = 0;
  #lateProbes = 0;
  #lateLoginChecks = 0;
  #ownConnectionId = '';

  constructor(options: ConnectionOptions) {
    const WebSocketClass =
      options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructorLike }).WebSocket;
    if (!WebSocketClass) {
      throw new TypeError('No WebSocket implementation: pass options.WebSocket');
    }
    this.#url = options.url;
    this.#WebSocket = WebSocketClass;
    this.#clock = options.clock ?? systemClock;
    this.#platform = options.platform ?? 'whoson-elements';
    this.#version = options.version ?? '';
    this.#keepaliveMs = options.keepaliveMs ?? defaults.keepaliveMs;
    this.#answerTimeoutMs = options.answerTimeoutMs ?? defaults.answerTimeoutMs;
    this.#loginTimeoutMs = options.loginTimeoutMs ?? defaults.loginTimeoutMs;
    this.#alreadyLoggedInRetries = options.alreadyLoggedInRetries ?? defaults.alreadyLoggedInRetries;
    this.#backoff = new Backoff(options.backoff, options.random ?? Math.random);
    this.#reconnectTimer = new OneShotTimer(this.#clock);
    this.#loginTimer = new OneShotTimer(this.#clock);
    this.#keepaliveTimer = new OneShotTimer(this.#clock);
    this.#answerTimer = new OneShotTimer(this.#clock);
  }

  get state(): ConnectionState {
    return this.#state;
  }

  // ---------------------------------------------------------------- public API

  /** Opens the socket and logs in. Resolves on `connected`; rejects with a `LoginError`. */
  login(credentials: LoginCredentials): Promise<ServerInfo> {
    if (this.#state !== 'idle' && this.#state !== 'closed' && this.#state !== 'offline') {
      return Promise.reject(new Error(`Cannot log in while ${this.#state}`));
    }
    try {
      // Builds the frame once now so bad arguments fail here, before any socket opens.
      this.#loginFrame(credentials);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    this.#credentials = { ...credentials };
    this.#relogin = false;
    this.#alreadyLoggedInCount = 0;
    this.#backoff.reset();
    return new Promise<ServerInfo>((resolve, reject) => {
      this.#pendingLogin = { resolve, reject };
      this.#openSocket();
    });
  }

  /** Sends Close, closes the socket, forgets the credentials and fails queued commands. */
  logout(): void {
    const reason = 'Logged out';
    if (this.#state === 'connected') {
      try {
        this.#write(commands.close());
      } catch {
        // The socket is going away either way; the server handles a bare disconnect.
      }
    }
    this.#credentials = null;
    this.#relogin = false;
    this.#stopEverything(1000, reason);
    const pending = this.#pendingLogin;
    this.#pendingLogin = null;
    const wasStopped = this.#state === 'idle' || this.#state === 'closed';
    if (!wasStopped) this.#setState({ state: 'closed', reason });
    this.#failOutbox(reason);
    pending?.reject(new LoginError(reason, 'aborted'));
  }

  /**
   * Sends a command now when connected. Otherwise, with `queue: true` while a login is
   * under way, keeps it for that login (the returned id names it in `outbox-sent` and
   * `outbox-failed`); else throws `NotConnectedError`.
   */
  send(frame: CommandFrame, options: { queue?: boolean } = {}): SendResult {
    // With no login coming (never logged in, logged out, refused) a queued command could
    // only go out under whoever logs in next: refuse it instead.
    const loginExpected = this.#credentials !== null;
    const queue = options.queue === true && loginExpected;
    // A queued command waits behind older queued ones to keep the operator's order.
    if (this.#state === 'connected' && (!queue || this.#outbox.size === 0)) {
      try {
        this.#write(frame);
        return { status: 'sent' };
      } catch (error) {
        this.#onSocketLost(`Send failed: ${errorText(error)}`);
        if (!queue) throw new NotConnectedError(`Send failed: ${errorText(error)}`);
      }
    } else if (!queue) {
      throw new NotConnectedError();
    }
    const item = this.#outbox.enqueue(frame);
    if (this.#state === 'connected') {
      // Flushed after returning, so the caller knows the id before `outbox-sent`.
      queueMicrotask(() => this.#guard(() => this.#flushOutbox()));
    }
    return { status: 'queued', id: item.id };
  }

  /**
   * The status the next automatic re-login asks for: the operator's manual choice must
   * survive a reconnect. (Status changes the server reports are tracked on their own.)
   */
  setLoginStatus(status: OperatorStatus): void {
    if (this.#credentials) this.#credentials.status = status;
  }

  /** Drops a queued command and reports it failed with `reason`. */
  cancelQueued(id: string, reason: string): void {
    if (this.#outbox.remove(id)) this.#emit('outbox-failed', { id, reason });
  }

  /**
   * Checks the link now (the host calls this when the network comes back or the tab
   * becomes visible): when connected, sends Noop and expects a frame within
   * `answerTimeoutMs`; while waiting to reconnect, reconnects at once.
   */
  probe(reason = 'probe'): void {
    if (this.#state === 'connected') {
      if (this.#answerTimer.active) return; // one probe at a time
      this.#lateProbes = 0;
      this.#sendProbe();
    } else if (this.#state === 'reconnecting') {
      this.#reconnectTimer.stop();
      this.#openSocket(reason);
    }
  }

  on<K extends keyof ConnectionEvents>(type: K, listener: Listener<K>): () => void {
    let set = this.#listeners.get(type);
    if (!set) {
      set = new Set();
      this.#listeners.set(type, set);
    }
    const entry = listener as (detail: never) => void;
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  }

  // ---------------------------------------------------------------- socket

  #openSocket(reason?: string): void {
    this.#discardSocket();
    this.#loginSent = false;
    const attempt = this.#relogin ? this.#backoff.attempt : undefined;
    this.#setState({ state: 'connecting', ...(attempt ? { attempt } : {}), ...(reason ? { reason } : {}) });
    if (this.#state !== 'connecting') return; // a listener logged out meanwhile
    let socket: WebSocketLike;
    try {
      socket = new this.#WebSocket(this.#url);
    } catch (error) {
      // A malformed URL or a blocked scheme: retrying cannot help.
      this.#loginFailed(`Cannot open ${this.#url}: ${errorText(error)}`, 'unreachable');
      return;
    }
    this.#socket = socket;
    // Every handler first checks it still belongs to the current socket, so a late
    // event from a discarded one changes nothing.
    socket.onopen = () => {
      // Nothing to send yet: the server speaks first, with `hello`.
    };
    socket.onmessage = (event) => {
      if (socket === this.#socket) this.#guard(() => this.#onFrame(event.data));
    };
    socket.onclose = (event) => {
      if (socket === this.#socket) {
        this.#guard(() => this.#onSocketLost(`Connection closed (code ${event.code ?? 'unknown'})`));
      }
    };
    socket.onerror = () => {
      if (socket === this.#socket) this.#guard(() => this.#onSocketLost('Connection error'));
    };
    this.#lateLoginChecks = 0;
    this.#startLoginTimer();
  }

  /** Detaches and closes the current socket, if any. */
  #discardSocket(code?: number, reason?: string): void {
    const socket = this.#socket;
    if (!socket) return;
    this.#socket = null;
    // No-op handlers rather than null: the `ws` package turns an error event with no
    // listener into an uncaught exception.
    const ignore = () => {};
    socket.onopen = ignore;
    socket.onmessage = ignore;
    socket.onclose = ignore;
    socket.onerror = ignore;
    try {
      if (code === undefined) socket.close();
      else socket.close(code, reason);
    } catch {
      // Already closed or never opened: nothing to release.
    }
  }

  /** Writes to the current socket if it is open; throws otherwise or if the socket does. */
  #write(frame: CommandFrame): void {
    const socket = this.#socket;
    // Browsers silently discard writes to a closing socket: refuse instead, so a
    // queued command is not counted as sent when it was lost.
    if (!socket || socket.readyState !== WebSocketReadyState.Open) throw new NotConnectedError();
    socket.send(encodeCommand(frame));
  }

  // ---------------------------------------------------------------- frames

  #onFrame(data: unknown): void {
    // Any frame at all proves the socket is alive.
    this.#answerTimer.stop();
    this.#lateProbes = 0;

    const decoded = decodeFrame(data);
    if (!decoded.ok) {
      this.#emit('protocol-error', decoded.error);
      return;
    }
    const frame = decoded.value;
    const event = this.#decodeEvent(frame);
    if (!event.ok) this.#emit('protocol-error', event.error);

    if (frame.name === 'msg' && this.#state === 'logging-in') {
      const text = event.ok && event.value.name === 'msg' ? event.value.payload.text : String(frame.data ?? '');
      this.#onLoginRefused(text);
      return;
    }

    const socket = this.#socket;
    if (event.ok) {
      this.#trackOwnStatus(event.value);
      this.#emit('event', event.value);
    }
    // A listener may have logged out or otherwise replaced the socket.
    if (socket !== this.#socket) return;

    switch (frame.name) {
      case 'hello':
        this.#onHello();
        break;
      case 'connected':
        if (this.#state === 'logging-in') {
          const info = event.ok && event.value.name === 'connected' ? event.value.payload : undefined;
          this.#onConnected(info ?? fallbackServerInfo(frame));
        }
        break;
      case 'close':
        // The server is shutting down or the user's properties changed: it will drop
        // the socket next. After a login: come back later (backoff), and log in again.
        this.#onSocketLost('The server closed the connection');
        break;
    }
  }

  /** The decoder promises never to throw; a bug there must still not end the session. */
  #decodeEvent(frame: EventFrame): DecodeResult<WhosOnEvent> {
    try {
      return decodeEvent(frame);
    } catch (error) {
      return {
        ok: false,
        error: new ProtocolError(
          `Event '${frame.name}' could not be decoded: ${errorText(error)}`,
          frame.name,
        ),
      };
    }
  }

  #onHello(): void {
    const credentials = this.#credentials;
    if (this.#loginSent || !credentials) return;
    this.#loginSent = true;
    try {
      this.#write(this.#loginFrame(credentials));
    } catch (error) {
      this.#onSocketLost(`Login could not be sent: ${errorText(error)}`);
      return;
    }
    this.#setState({ state: 'logging-in' });
    this.#emit('login-started', { relogin: this.#relogin });
  }

  #onConnected(info: ServerInfo): void {
    this.#loginTimer.stop();
    this.#backoff.reset();
    this.#alreadyLoggedInCount = 0;
    this.#relogin = true;
    if (info.connectionId) this.#ownConnectionId = info.connectionId;
    const socket = this.#socket;
    // Listeners hear `connected` before the outbox is flushed, so the session can take
    // its chats back before queued messages to those chats go out.
    this.#setState({ state: 'connected' });
    if (socket !== this.#socket) return;
    this.#startKeepalive();
    const pending = this.#pendingLogin;
    this.#pendingLogin = null;
    pending?.resolve(info);
    this.#flushOutbox();
  }

  #onLoginRefused(reason: string): void {
    // After a drop the server may not have noticed our dead socket yet and refuses the
    // same user: wait and try again, a bounded number of times.
    if (
      this.#relogin &&
      alreadyLoggedIn.test(reason) &&
      this.#alreadyLoggedInCount < this.#alreadyLoggedInRetries
    ) {
      this.#alreadyLoggedInCount += 1;
      this.#scheduleReconnect(reason);
      return;
    }
    // Anything else is final: retrying bad credentials gets the IP blacklisted.
    this.#loginFailed(reason, 'rejected');
  }

  /** Keeps the status the operator (or the server) last set for the next re-login. */
  #trackOwnStatus(event: WhosOnEvent): void {
    const credentials = this.#credentials;
    if (!credentials) return;
    if (event.name === 'nameduser') {
      this.#ownConnectionId = event.payload.connectionId || this.#ownConnectionId;
    } else if (event.name === 'status') {
      credentials.status = event.payload.status;
    } else if (
      event.name === 'clientevent' &&
      this.#ownConnectionId !== '' &&
      event.payload.client.connectionId === this.#ownConnectionId
    ) {
      credentials.status = event.payload.client.status;
    }
  }

  #loginFrame(credentials: LoginCredentials): CommandFrame {
    return commands.login({
      username: credentials.username,
      password: credentials.password,
      authString: credentials.authString,
      name: credentials.name,
      department: credentials.department,
      status: credentials.status,
      lang: credentials.lang,
      platform: this.#platform,
      version: this.#version,
    });
  }

  // ---------------------------------------------------------------- failures

  #onSocketLost(reason: string): void {
    if (this.#relogin) this.#scheduleReconnect(reason);
    else this.#loginFailed(reason, 'unreachable');
  }

  #scheduleReconnect(reason: string): void {
    this.#stopEverything();
    const delay = this.#backoff.next();
    const retryAt = this.#clock.now() + delay;
    // The timer starts before listeners hear of it, so a listener's logout() stops it.
    this.#reconnectTimer.start(delay, () => this.#guard(() => this.#openSocket()));
    this.#setState({ state: 'reconnecting', attempt: this.#backoff.attempt, retryAt, reason });
  }

  /** The login cannot succeed: final, nothing is retried and the credentials are dropped. */
  #loginFailed(reason: string, kind: LoginFailureKind): void {
    this.#credentials = null;
    this.#relogin = false;
    this.#stopEverything();
    const pending = this.#pendingLogin;
    this.#pendingLogin = null;
    this.#setState({ state: 'closed', reason });
    this.#emit('login-failed', { reason });
    this.#failOutbox(reason);
    pending?.reject(new LoginError(reason, kind));
  }

  /** Closes the socket and stops every timer. */
  #stopEverything(code?: number, reason?: string): void {
    this.#discardSocket(code, reason);
    this.#reconnectTimer.stop();
    this.#loginTimer.stop();
    this.#keepaliveTimer.stop();
    this.#answerTimer.stop();
  }

  // ---------------------------------------------------------------- timers

  #startLoginTimer(): void {
    this.#loginTimer.start(this.#loginTimeoutMs, (lateBy) =>
      this.#guard(() => {
        // A late timer in a frozen tab fires before the queued `connected`: allow a fresh bound.
        if (lateBy > lateTolerance(this.#loginTimeoutMs) && this.#lateLoginChecks < maxLateChecks) {
          this.#lateLoginChecks += 1;
          this.#startLoginTimer();
          return;
        }
        const reason = 'Login timed out';
        if (this.#relogin) this.#scheduleReconnect(reason);
        else this.#loginFailed(reason, 'timeout');
      }),
    );
  }

  #startKeepalive(): void {
    this.#keepaliveTimer.start(this.#keepaliveMs, () =>
      this.#guard(() => {
        this.#startKeepalive();
        this.probe('keepalive');
      }),
    );
  }

  #sendProbe(): void {
    try {
      this.#write(commands.noop());
    } catch (error) {
      this.#onSocketLost(`Noop could not be sent: ${errorText(error)}`);
      return;
    }
    this.#answerTimer.start(this.#answerTimeoutMs, (lateBy) =>
      this.#guard(() => {
        if (lateBy > lateTolerance(this.#answerTimeoutMs) && this.#lateProbes < maxLateChecks) {
          // The tab slept through the bound; the answer may be queued behind this timer.
          this.#lateProbes += 1;
          this.#sendProbe();
          return;
        }
        this.#scheduleReconnect('No answer from the server');
      }),
    );
  }

  // ---------------------------------------------------------------- outbox

  #flushOutbox(): void {
    if (this.#state !== 'connected' || this.#outbox.size === 0) return;
    const result = this.#outbox.flush((frame) => this.#write(frame));
    for (const id of result.sent) this.#emit('outbox-sent', { id });
    // What did not go out stays queued for the next login.
    if ('error' in result) this.#onSocketLost(`Send failed: ${errorText(result.error)}`);
  }

  #failOutbox(reason: string): void {
    for (const item of this.#outbox.takeAll()) this.#emit('outbox-failed', { id: item.id, reason });
  }

  // ---------------------------------------------------------------- plumbing

  #setState(change: StateChange): void {
    this.#state = change.state;
    this.#emit('state', change);
  }

  #emit<K extends keyof ConnectionEvents>(type: K, detail: ConnectionEvents[K]): void {
    const set = this.#listeners.get(type);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        (listener as Listener<K>)(detail);
      } catch (error) {
        reportUncaught(error);
      }
    }
  }

  /** Runs a socket or timer callback: nothing may escape into the platform. */
  #guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      reportUncaught(error);
    }
  }
}

/** What `connected` tells us when its data could not be decoded: the connection id. */
function fallbackServerInfo(frame: EventFrame): ServerInfo {
  return {
    connectionId: frame.params[0] ?? '',
    applicationName: '',
    version: '',
    clientVersion: '',
    serverUid: '',
    serverGeoIpDate: '',
    registeredUser: '',
    maxUsers: 0,
    minimumPasswordLength: 0,
    evaluationVersion: false,
    gatewayUrl: '',
    gatewayAddress: '',
    gatewayPort: 0,
    gatewayPortSsl: 0,
    gatewayPassthroughUrl: '',
    chatUrl: '',
    authToken: '',
  };
}
