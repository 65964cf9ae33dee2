import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChatRequest } from '../../core/protocol/event-map.js';
import type { ServerInfo } from '../../core/protocol/models.js';
import type { SessionApi } from '../../core/session-api.js';
import { initialConnection, isLoggingIn, type ConnectionStatus } from '../../core/store/slices/connection.js';

/** What the connection indicator shows (each one is also a custom state of `<whoson-session>`). */
export const connectionIndicators = ['connecting', 'online', 'reconnecting', 'offline'] as const;
export type ConnectionIndicator = (typeof connectionIndicators)[number];

/** What happened to the session, for the host to turn into its events. */
export interface ConnectionCallbacks {
  connected(serverInfo: ServerInfo): void;
  /** Refused or unreachable; after a live login this follows `disconnected`. */
  loginFailed(reason: string): void;
  reconnecting(detail: { attempt: number; retryAt: number; reason: string }): void;
  /** A live login ended: logged out, or the server refused the automatic re-login. */
  disconnected(reason: string): void;
  chatRequest(request: ChatRequest, autoAccepted: boolean): void;
  /** The connection's status changed in any way (the host may need to act on it). */
  changed?(status: ConnectionStatus): void;
}

/**
 * Follows the connection of one session through the store's `connection` slice (so it
 * works alike for a session in the page and one mirrored from a shared worker or another
 * tab): its state, whether a login is live, the time of the next reconnect attempt,
 * ticking once a second while one is scheduled so a countdown stays current, and the
 * `me` slice (my name and status). It turns what changed into the host's callbacks: a
 * page that joins a live session hears `connected` like the page that logged in.
 */
export class ConnectionStateController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #callbacks: ConnectionCallbacks;
  readonly #now: () => number;
  #session: SessionApi | undefined;
  #unsubscribe: (() => void)[] = [];
  /** The status as this controller last saw it: callbacks fire on what changed since. */
  #seen: ConnectionStatus = initialConnection;
  #hostConnected = false;
  #ticker: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, callbacks: ConnectionCallbacks, now: () => number = Date.now) {
    this.#host = host;
    this.#callbacks = callbacks;
    this.#now = now;
    host.addController(this);
  }

  get status(): ConnectionStatus {
    return this.#seen;
  }

  /** A login completed and has not ended (reconnecting included). */
  get live(): boolean {
    return this.#seen.live;
  }

  /** A login of the operator's own is under way (not an automatic re-login). */
  get loggingIn(): boolean {
    return isLoggingIn(this.#seen);
  }

  /** Whole seconds until the next reconnect attempt (0 once it is due). */
  get secondsToRetry(): number {
    return Math.max(0, Math.ceil((this.#seen.retryAt - this.#now()) / 1000));
  }

  indicator(networkOnline: boolean): ConnectionIndicator {
    const { live, state } = this.#seen;
    if (live && !networkOnline) return 'offline';
    switch (state) {
      case 'connecting':
      case 'logging-in':
        return 'connecting';
      case 'connected':
        return 'online';
      case 'reconnecting':
        return 'reconnecting';
      default:
        return 'offline';
    }
  }

  /** Follows `session` from now on (undefined: none). */
  watch(session: SessionApi | undefined): void {
    if (session === this.#session) return;
    this.#stop();
    this.#session = session;
    this.#seen = initialConnection;
    if (this.#hostConnected) this.#start();
  }

  hostConnected(): void {
    this.#hostConnected = true;
    this.#start();
  }

  hostDisconnected(): void {
    this.#hostConnected = false;
    this.#stop();
  }

  #start(): void {
    const session = this.#session;
    if (!session || this.#unsubscribe.length > 0) return;
    this.#unsubscribe = [
      session.store.subscribe('connection', (status) => this.#onStatus(session, status)),
      // My name and status, shown in the bar.
      session.store.subscribe('me', () => this.#host.requestUpdate()),
      session.onEvent((event) => {
        if (event.name !== 'chat' && event.name !== 'acceptchat') return;
        // The session takes an `acceptchat` at once unless the user's rights forbid it.
        const autoAccepted =
          event.name === 'acceptchat' && session.store.getState().me.rights?.canTakeChats !== false;
        this.#callbacks.chatRequest(event.payload, autoAccepted);
      }),
    ];
    this.#onStatus(session, session.store.getState().connection);
  }

  #stop(): void {
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
    clearTimeout(this.#ticker);
    this.#ticker = undefined;
  }

  #onStatus(session: SessionApi, status: ConnectionStatus): void {
    const previous = this.#seen;
    this.#seen = status;
    if (status.state === 'connected' && previous.state !== 'connected') {
      const serverInfo = session.store.getState().me.serverInfo;
      if (serverInfo) this.#callbacks.connected(serverInfo);
    }
    if (status.state === 'reconnecting' && (previous.state !== 'reconnecting' || status.retryAt !== previous.retryAt)) {
      this.#callbacks.reconnecting({ attempt: status.attempt || 1, retryAt: status.retryAt, reason: status.reason });
    }
    if (previous.live && !status.live) this.#callbacks.disconnected(status.reason);
    if (status.failures > previous.failures && status.failure !== null) this.#callbacks.loginFailed(status.failure);
    this.#callbacks.changed?.(status);
    this.#tick();
    this.#host.requestUpdate();
  }

  /** While a retry is scheduled, re-renders on each whole second left (the countdown). */
  #tick(): void {
    clearTimeout(this.#ticker);
    this.#ticker = undefined;
    if (this.#seen.state !== 'reconnecting') return;
    const left = this.#seen.retryAt - this.#now();
    if (left <= 0) return;
    const toNextSecond = left % 1000 || 1000;
    this.#ticker = setTimeout(() => {
      this.#host.requestUpdate();
      this.#tick();
    }, toNextSecond);
  }
}
