import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConnectionState, StateChange } from '../../core/connection.js';
import type { ChatRequest } from '../../core/protocol/event-map.js';
import type { ServerInfo } from '../../core/protocol/models.js';
import type { Session } from '../../core/session.js';

/** What the connection indicator shows. */
export type ConnectionIndicator = 'connecting' | 'online' | 'reconnecting' | 'offline';

/** What happened to the session, for the host to turn into its events. */
export interface ConnectionCallbacks {
  connected(serverInfo: ServerInfo): void;
  /** Refused or unreachable; after a live login this follows `disconnected`. */
  loginFailed(reason: string): void;
  reconnecting(detail: { attempt: number; retryAt: number; reason: string }): void;
  /** A live login ended: logged out, or the server refused the automatic re-login. */
  disconnected(reason: string): void;
  chatRequest(request: ChatRequest, autoAccepted: boolean): void;
}

/**
 * Follows the connection of one core session: its state, whether a login is live (it
 * completed and has not ended; reconnecting counts as live), the time of the next
 * reconnect attempt, ticking once a second while one is scheduled so a countdown stays
 * current, and the store's `me` slice (my name and status). Subscribes while the host is connected, and follows a replaced session via
 * `watch()`.
 */
export class ConnectionStateController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #callbacks: ConnectionCallbacks;
  readonly #now: () => number;
  #session: Session | undefined;
  #unsubscribe: (() => void)[] = [];
  #state: ConnectionState = 'idle';
  #live = false;
  #hostConnected = false;
  #retryAt = 0;
  #ticker: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, callbacks: ConnectionCallbacks, now: () => number = Date.now) {
    this.#host = host;
    this.#callbacks = callbacks;
    this.#now = now;
    host.addController(this);
  }

  get state(): ConnectionState {
    return this.#state;
  }

  /** A login completed and has not ended (reconnecting included). */
  get live(): boolean {
    return this.#live;
  }

  /** A login of the operator's own is under way (not an automatic re-login). */
  get loggingIn(): boolean {
    return !this.#live && (this.#state === 'connecting' || this.#state === 'logging-in');
  }

  /** Whole seconds until the next reconnect attempt (0 once it is due). */
  get secondsToRetry(): number {
    return Math.max(0, Math.ceil((this.#retryAt - this.#now()) / 1000));
  }

  indicator(networkOnline: boolean): ConnectionIndicator {
    if (this.#live && !networkOnline) return 'offline';
    switch (this.#state) {
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
  watch(session: Session | undefined): void {
    if (session === this.#session) return;
    this.#stop();
    this.#session = session;
    this.#live = false;
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
    const connection = session.connection;
    this.#state = connection.state;
    if (this.#state === 'idle' || this.#state === 'closed') this.#live = false;
    if (this.#state === 'connected' || this.#state === 'reconnecting') this.#live = true;
    this.#unsubscribe = [
      connection.on('state', (change) => this.#onState(session, change)),
      connection.on('login-failed', ({ reason }) => this.#callbacks.loginFailed(reason)),
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
    this.#tick();
    this.#host.requestUpdate();
  }

  #stop(): void {
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
    clearTimeout(this.#ticker);
    this.#ticker = undefined;
  }

  #onState(session: Session, change: StateChange): void {
    const wasLive = this.#live;
    this.#state = change.state;
    switch (change.state) {
      case 'connected': {
        this.#live = true;
        const serverInfo = session.store.getState().me.serverInfo;
        if (serverInfo) this.#callbacks.connected(serverInfo);
        break;
      }
      case 'reconnecting':
        this.#retryAt = change.retryAt ?? this.#now();
        this.#callbacks.reconnecting({
          attempt: change.attempt ?? 1,
          retryAt: this.#retryAt,
          reason: change.reason ?? '',
        });
        break;
      case 'idle':
      case 'closed':
        this.#live = false;
        if (wasLive) this.#callbacks.disconnected(change.reason ?? '');
        break;
      default:
        break;
    }
    this.#tick();
    this.#host.requestUpdate();
  }

  /** While a retry is scheduled, re-renders on each whole second left (the countdown). */
  #tick(): void {
    clearTimeout(this.#ticker);
    this.#ticker = undefined;
    if (this.#state !== 'reconnecting') return;
    const left = this.#retryAt - this.#now();
    if (left <= 0) return;
    const toNextSecond = left % 1000 || 1000;
    this.#ticker = setTimeout(() => {
      this.#host.requestUpdate();
      this.#tick();
    }, toNextSecond);
  }
}
