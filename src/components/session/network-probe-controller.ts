import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionApi } from '../../core/session-api.js';

/**
 * Tells the session when to check its link at once rather than wait for its next
 * keepalive: when the network comes back and when the tab becomes visible again (a
 * hidden tab's timers are throttled, so a drop may have gone unnoticed). Also tracks
 * whether the browser believes it is online, for the connection indicator.
 */
export class NetworkProbeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #session: () => SessionApi | undefined;
  #online = typeof navigator === 'undefined' ? true : navigator.onLine;

  constructor(host: ReactiveControllerHost, session: () => SessionApi | undefined) {
    this.#host = host;
    this.#session = session;
    host.addController(this);
  }

  /** The browser's own idea of the network (it can only be sure when it is off). */
  get online(): boolean {
    return this.#online;
  }

  hostConnected(): void {
    this.#online = navigator.onLine;
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('offline', this.#onOffline);
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('offline', this.#onOffline);
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
  }

  readonly #onOnline = (): void => {
    this.#online = true;
    this.#host.requestUpdate();
    this.#session()?.probe('The network is back');
  };

  readonly #onOffline = (): void => {
    this.#online = false;
    this.#host.requestUpdate();
  };

  readonly #onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.#session()?.probe('The tab is visible again');
  };
}
