import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PersistentMap } from '../../core/store/persistent-map.js';
import { isWaiting } from '../../core/store/slices/chats.js';
import type { SessionState } from '../../core/store/state.js';
import type { LocalizeController } from '../shared/localize.js';
import { clearTitleCount, setTitleCount } from '../shared/title-prefix.js';
import { alertSound } from './alert-sound.js';

/** What the alerts need to know about the host element (its opt-in attributes). */
export interface RequestAlertsHost extends ReactiveControllerHost, HTMLElement {
  /** Desktop notifications for new requests. */
  notify: boolean;
  /** A tone for new requests, repeated while they wait. */
  sound: boolean;
  /** Seconds between repeats of the tone. */
  soundInterval: number;
}

export interface RequestAlertsOptions {
  localize: LocalizeController;
  /** Speaks a sentence through the host's live region. */
  announce(text: string): void;
  /** The operator clicked a notification: show that chat. */
  open(chatUid: string): void;
  /** A request the server assigned to me (`acceptchat`) arrived. */
  autoAccepted(chatUid: string): void;
  /**
   * This page plays the session's tone and shows its notifications: of all the pages and
   * tabs sharing a session, one does, so a new chat rings once.
   */
  alerting(): boolean;
}

type AlertState = Pick<SessionState, 'requests' | 'chats' | 'sites' | 'clients'>;

/**
 * How a new chat or transfer request makes itself noticed: a sentence in the live
 * region, the document title's "(n) " prefix while chats wait, and, when the integrator
 * opted in, a desktop notification and a tone that repeats while the request waits.
 *
 * Requests already there when the element first sees a session are not announced (the
 * operator did not just receive them), but they count for the title and the tone. The
 * tone and the notifications come from the one page of a shared session that the
 * session chose; the live region and the title are every page's own.
 */
export class RequestAlertsController implements ReactiveController {
  readonly #host: RequestAlertsHost;
  readonly #options: RequestAlertsOptions;
  #lastRequests: AlertState['requests'] | null = null;
  #ringing: ReturnType<typeof setInterval> | null = null;
  #ringingEvery = 0;
  #unwatchSound: (() => void) | null = null;
  readonly #notifications = new Map<string, Notification>();
  #connected = false;

  constructor(host: RequestAlertsHost, options: RequestAlertsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The tone is wanted but the browser still blocks audio (no click or key press yet). */
  get soundLocked(): boolean {
    return this.#host.sound && !alertSound.unlocked;
  }

  /** Notifications are wanted and the operator has not been asked yet. */
  get notificationPermissionNeeded(): boolean {
    return this.#host.notify && typeof Notification !== 'undefined' && Notification.permission === 'default';
  }

  /** Asks for notification permission: call from a click (browsers refuse otherwise). */
  async requestNotificationPermission(): Promise<void> {
    if (typeof Notification === 'undefined') return;
    await Notification.requestPermission();
    this.#host.requestUpdate();
  }

  /** Unlocks audio: call from a click. */
  unlockSound(): void {
    alertSound.unlock();
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTitleCount(this);
    this.#stopRinging();
    this.#unwatchSound?.();
    this.#unwatchSound = null;
    for (const notification of this.#notifications.values()) notification.close();
    this.#notifications.clear();
    // Whatever arrives while away is not news when the element comes back.
    this.#lastRequests = null;
  }

  /**
   * Call on every update with the session's state (undefined without a session) and the
   * number of waiting chats the element shows.
   */
  observe(state: AlertState | undefined, waitingShown: number): void {
    if (!this.#connected) return;
    setTitleCount(this, state ? waitingShown : 0);
    this.#watchSound();
    if (state === undefined) {
      this.#lastRequests = null;
      this.#stopRinging();
      return;
    }
    if (state.requests !== this.#lastRequests) {
      const previous = this.#lastRequests;
      this.#lastRequests = state.requests;
      this.#diff(state, previous);
    }
    this.#ring(state);
  }

  /** Announces the requests that are new since `previous` (none the first time). */
  #diff(state: AlertState, previous: AlertState['requests'] | null): void {
    const { chats, transfers } = state.requests;
    const { localize } = this.#options;
    if (previous !== null) {
      // Only what changed between the two versions is visited, however many requests stand.
      PersistentMap.diff(previous.chats, chats, (chatUid, before, request) => {
        if (before !== undefined || request === undefined) return;
        if (request.autoAccept) {
          this.#options.announce(localize.term('chatListAutoAccepted', request.visitorName || localize.term('visitor')));
          // Not from inside the host's update: the callback may dispatch events.
          queueMicrotask(() => this.#options.autoAccepted(chatUid));
          return;
        }
        const site = state.sites[request.siteKey]?.name ?? localize.term('chatListUnknownSite', request.siteKey);
        const text = localize.term('chatListNewChat', request.visitorName || localize.term('visitor'), site);
        this.#options.announce(text);
        this.#alert(chatUid, text);
      });
      PersistentMap.diff(previous.transfers, transfers, (chatUid, before, request) => {
        if (before !== undefined || request === undefined) return;
        const visitor = state.chats.get(chatUid)?.name || localize.term('visitor');
        const operator = state.clients[request.fromConnectionId]?.name || localize.term('chatListUnknownOperator');
        const text = localize.term('chatListNewTransfer', visitor, operator);
        this.#options.announce(text);
        this.#alert(chatUid, text);
      });
    }
    // A notification whose request was answered (by anyone) is out of date.
    for (const [chatUid, notification] of this.#notifications) {
      if (!chats.has(chatUid) && !transfers.has(chatUid)) {
        notification.close();
        this.#notifications.delete(chatUid);
      }
    }
  }

  /** The tone and the notification, from the page that plays the session's alerts. */
  #alert(chatUid: string, text: string): void {
    if (!this.#options.alerting()) return;
    this.#notify(chatUid, text);
    alertSound.play();
  }

  #notify(chatUid: string, body: string): void {
    if (!this.#host.notify || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    // Only worth it when the operator is not looking at the page.
    if (document.visibilityState === 'visible' && document.hasFocus()) return;
    const notification = new Notification(this.#options.localize.term('chatListNotificationTitle'), {
      body,
      tag: `whoson-chat-${chatUid}`,
    });
    notification.addEventListener('click', () => {
      window.focus();
      this.#options.open(chatUid);
      notification.close();
    });
    this.#notifications.get(chatUid)?.close();
    this.#notifications.set(chatUid, notification);
  }

  #watchSound(): void {
    if (this.#host.sound && this.#unwatchSound === null) {
      this.#unwatchSound = alertSound.watch(() => this.#host.requestUpdate());
    } else if (!this.#host.sound && this.#unwatchSound !== null) {
      this.#unwatchSound();
      this.#unwatchSound = null;
    }
  }

  /** Rings every `soundInterval` seconds while a request I was offered still waits. */
  #ring(state: AlertState): void {
    let waiting = false;
    for (const request of state.requests.chats.values()) {
      const chat = state.chats.get(request.chatUid);
      if (!request.autoAccept && (chat === undefined || isWaiting(chat))) {
        waiting = true;
        break;
      }
    }
    const every = Math.max(1, Number(this.#host.soundInterval) || 10) * 1000;
    if (!this.#host.sound || !waiting || !this.#options.alerting()) {
      this.#stopRinging();
      return;
    }
    if (this.#ringing !== null && this.#ringingEvery === every) return;
    this.#stopRinging();
    this.#ringingEvery = every;
    this.#ringing = setInterval(() => alertSound.play(), every);
  }

  #stopRinging(): void {
    if (this.#ringing !== null) clearInterval(this.#ringing);
    this.#ringing = null;
  }
}
