/**
 * The host of the sessions a browser shares: it runs in a shared worker (or in the tab
 * elected to lead) and owns one `Session` per server address and user, so every page of
 * that operator uses one socket and one Login.
 *
 * Each page attaches over a link. The host binds it to its user's session, sends it the
 * session's state, then every action the session's store reduces, so the page's store
 * mirrors it exactly (reducers are pure and get the time with the action). The page calls
 * the session's methods through the link; the host runs them and the results come back
 * as actions like everything else.
 *
 * - A page that asks for nobody in particular joins the only session there is.
 * - A successful login also binds the pages waiting on the login form for that user.
 * - One page per session plays the alerts: the focused one, else a visible one, else the
 *   one seen most recently.
 * - When the last page of a session is gone and none comes back within the grace period,
 *   the session logs out cleanly, so the server stops routing chats to someone who left.
 */
import { systemClock, type Clock, type TimerHandle } from '../clock.js';
import type { LoginCredentials } from '../connection.js';
import { SessionActionError, type Session } from '../session.js';
import { snapshotOf } from '../store/snapshot.js';
import { isStopped } from '../store/slices/connection.js';
import type { StoreAction } from '../store/actions.js';
import type { Link } from './link.js';
import {
  errorData,
  isRemoteMethod,
  type HostMessage,
  type PageMessage,
  type Presence,
} from './messages.js';

export type HostLink = Link<HostMessage, PageMessage>;

export interface SessionHostOptions {
  /** Makes the session of one server address (the host passes no credentials). */
  createSession(url: string): Session;
  clock?: Clock;
  /**
   * Calls `gone` once the page `tabId` no longer exists (closed, navigated away, crashed),
   * whether or not it said goodbye. Without it only `bye` tells.
   */
  watchPage?(tabId: string, gone: () => void): void;
}

interface AttachedPage {
  readonly link: HostLink;
  tabId: string;
  url: string;
  /** The user the page asked for ('' for anyone); becomes the user it logged in as. */
  wanted: string;
  graceMs: number;
  presence: Presence;
  /** When the page was last visible or focused: the alerts go to the most recent. */
  seenAt: number;
  hosted: HostedSession | null;
  alerting: boolean;
  detach: () => void;
}

interface HostedSession {
  readonly key: string;
  readonly url: string;
  readonly username: string;
  readonly session: Session;
  readonly pages: Set<AttachedPage>;
  graceTimer: TimerHandle | null;
  stopMirroring: () => void;
}

function keyOf(url: string, username: string): string {
  return `${url}\n${username.trim().toLowerCase()}`;
}

function sameUser(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function presenceRank(page: AttachedPage): number {
  if (page.presence.focused) return 2;
  return page.presence.visible ? 1 : 0;
}

export class SessionHost {
  readonly #options: SessionHostOptions;
  readonly #clock: Clock;
  readonly #sessions = new Map<string, HostedSession>();
  readonly #pages = new Set<AttachedPage>();
  /** The page-local action being applied: it is not echoed back to the page that sent it. */
  #echo: { readonly action: StoreAction; readonly page: AttachedPage } | null = null;

  constructor(options: SessionHostOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  /** The session of this user at this address, if the host has one (tests, diagnostics). */
  session(url: string, username: string): Session | undefined {
    return this.#sessions.get(keyOf(url, username))?.session;
  }

  /** How many pages are attached. */
  get pageCount(): number {
    return this.#pages.size;
  }

  /** A page's link: the page speaks first, with `hello`. */
  attach(link: HostLink): void {
    const page: AttachedPage = {
      link,
      tabId: '',
      url: '',
      wanted: '',
      graceMs: 0,
      presence: { visible: false, focused: false },
      seenAt: 0,
      hosted: null,
      alerting: false,
      detach: () => undefined,
    };
    page.detach = link.onMessage((message) => {
      try {
        this.#receive(page, message);
      } catch (error) {
        // A page's bad message must not take the host down for the others.
        this.#post(page, { kind: 'call-failed', method: String((message as { kind?: unknown })?.kind), error: errorData(error) });
      }
    });
  }

  #receive(page: AttachedPage, message: PageMessage): void {
    switch (message.kind) {
      case 'hello':
        this.#hello(page, message);
        break;
      case 'login':
        this.#login(page, message.requestId, message.credentials);
        break;
      case 'call':
        this.#call(page, message.method, message.args);
        break;
      case 'local':
        this.#applyLocal(page, message.action, message.at);
        break;
      case 'presence':
        this.#setPresence(page, message.presence);
        break;
      case 'bye':
        this.#leave(page);
        break;
      case 'snapshot':
        if (page.hosted !== null) this.#postState(page, page.hosted);
        break;
    }
  }

  #hello(page: AttachedPage, hello: Extract<PageMessage, { kind: 'hello' }>): void {
    const first = !this.#pages.has(page);
    page.tabId = hello.tabId;
    page.url = hello.url;
    page.wanted = hello.user.trim();
    page.graceMs = hello.graceMs;
    page.presence = hello.presence;
    page.seenAt = this.#clock.now();
    if (first) {
      this.#pages.add(page);
      this.#options.watchPage?.(hello.tabId, () => this.#leave(page));
    }
    let hosted = this.#find(page.url, page.wanted);
    const resume = hello.resume;
    if (hosted === undefined && resume !== undefined && resume.username !== '' && (page.wanted === '' || sameUser(page.wanted, resume.username))) {
      hosted = this.#create(page.url, resume.username);
      hosted.session.resume(resume);
    }
    if (hosted !== undefined) this.#bind(page, hosted);
    else this.#unbind(page);
  }

  /** The session a page asking for `wanted` joins: that user's, or the only one there is. */
  #find(url: string, wanted: string): HostedSession | undefined {
    if (wanted !== '') return this.#sessions.get(keyOf(url, wanted));
    const atUrl = [...this.#sessions.values()].filter((hosted) => hosted.url === url);
    return atUrl.length === 1 ? atUrl[0] : undefined;
  }

  #create(url: string, username: string): HostedSession {
    const session = this.#options.createSession(url);
    const hosted: HostedSession = {
      key: keyOf(url, username),
      url,
      username: username.trim(),
      session,
      pages: new Set(),
      graceTimer: null,
      stopMirroring: () => undefined,
    };
    hosted.stopMirroring = session.store.onAction((action, at) => {
      const message: HostMessage = { kind: 'action', action, at };
      for (const page of hosted.pages) {
        if (action === this.#echo?.action && page === this.#echo.page) continue;
        this.#post(page, message);
      }
    });
    this.#sessions.set(hosted.key, hosted);
    return hosted;
  }

  #bind(page: AttachedPage, hosted: HostedSession): void {
    if (page.hosted !== hosted) {
      this.#unbindFrom(page);
      page.hosted = hosted;
      hosted.pages.add(page);
    }
    if (hosted.graceTimer !== null) {
      this.#clock.clearTimeout(hosted.graceTimer);
      hosted.graceTimer = null;
    }
    this.#postState(page, hosted);
    page.alerting = false;
    this.#chooseAlertingPage(hosted);
  }

  #postState(page: AttachedPage, hosted: HostedSession): void {
    this.#post(page, { kind: 'bound', user: hosted.username, state: snapshotOf(hosted.session.store.getState()) });
  }

  #unbind(page: AttachedPage): void {
    this.#unbindFrom(page);
    page.alerting = false;
    this.#post(page, { kind: 'unbound' });
  }

  /** Takes the page off its session; the session's grace period starts if it was the last. */
  #unbindFrom(page: AttachedPage): void {
    const hosted = page.hosted;
    if (hosted === null) return;
    page.hosted = null;
    hosted.pages.delete(page);
    if (hosted.pages.size === 0) this.#lastPageLeft(hosted, page.graceMs);
    else if (page.alerting) this.#chooseAlertingPage(hosted);
  }

  #lastPageLeft(hosted: HostedSession, graceMs: number): void {
    if (isStopped(hosted.session.connection)) {
      // Nothing to keep alive: a logged-out or never logged-in session goes at once.
      this.#discard(hosted);
      return;
    }
    if (hosted.graceTimer !== null) this.#clock.clearTimeout(hosted.graceTimer);
    hosted.graceTimer = this.#clock.setTimeout(() => {
      hosted.graceTimer = null;
      if (hosted.pages.size > 0) return;
      hosted.session.logout();
      this.#discard(hosted);
    }, graceMs);
  }

  #discard(hosted: HostedSession): void {
    if (this.#sessions.get(hosted.key) !== hosted) return;
    this.#sessions.delete(hosted.key);
    hosted.stopMirroring();
    if (hosted.graceTimer !== null) this.#clock.clearTimeout(hosted.graceTimer);
    hosted.graceTimer = null;
  }

  #leave(page: AttachedPage): void {
    if (!this.#pages.delete(page)) return;
    page.detach();
    this.#unbindFrom(page);
    try {
      page.link.close();
    } catch {
      // Already gone with its page.
    }
  }

  #login(page: AttachedPage, requestId: number, credentials: LoginCredentials): void {
    const username = credentials.username.trim();
    const url = page.url;
    let hosted = page.hosted;
    if (hosted !== null && !sameUser(hosted.username, username)) {
      if (!isStopped(hosted.session.connection)) {
        const error = new SessionActionError(
          `This page is logged in as ${hosted.username}: log out before logging in as ${username}.`,
        );
        this.#post(page, { kind: 'login-result', requestId, error: errorData(error) });
        return;
      }
      hosted = null;
    }
    hosted ??= this.#sessions.get(keyOf(url, username)) ?? this.#create(url, username);
    page.wanted = username;
    this.#bind(page, hosted);
    const target = hosted;
    target.session.login(credentials).then(
      (serverInfo) => {
        this.#post(page, { kind: 'login-result', requestId, serverInfo });
        this.#bindWaitingPages(target);
      },
      (error: unknown) => this.#post(page, { kind: 'login-result', requestId, error: errorData(error) }),
    );
  }

  /** A login succeeded: the pages on the login form for that user (or for anyone) join it. */
  #bindWaitingPages(hosted: HostedSession): void {
    if (this.#sessions.get(hosted.key) !== hosted) return;
    for (const page of this.#pages) {
      if (page.hosted === hosted || page.url !== hosted.url) continue;
      if (page.wanted !== '' && !sameUser(page.wanted, hosted.username)) continue;
      if (page.hosted !== null && !isStopped(page.hosted.session.connection)) continue;
      this.#bind(page, hosted);
    }
  }

  #call(page: AttachedPage, method: unknown, args: readonly unknown[]): void {
    const hosted = page.hosted;
    if (!isRemoteMethod(method)) throw new TypeError(`No session method ${String(method)}`);
    // A page showing no session has checked the connection itself; what is left (a
    // logout, a probe, a typing signal) has nothing to act on.
    if (hosted === null) return;
    try {
      const run = hosted.session[method] as (...values: unknown[]) => unknown;
      run.apply(hosted.session, [...args]);
    } catch (error) {
      this.#post(page, { kind: 'call-failed', method, error: errorData(error) });
    }
  }

  #applyLocal(page: AttachedPage, action: StoreAction, at: number): void {
    const hosted = page.hosted;
    // Only what a page may decide alone: its drafts.
    if (hosted === null || action.name !== 'local:draft-changed') return;
    this.#echo = { action, page };
    try {
      hosted.session.store.dispatch(action, at);
    } finally {
      this.#echo = null;
    }
  }

  #setPresence(page: AttachedPage, presence: Presence): void {
    page.presence = presence;
    if (presence.visible || presence.focused) page.seenAt = this.#clock.now();
    if (page.hosted !== null) this.#chooseAlertingPage(page.hosted);
  }

  #chooseAlertingPage(hosted: HostedSession): void {
    let chosen: AttachedPage | null = null;
    for (const page of hosted.pages) {
      if (
        chosen === null ||
        presenceRank(page) > presenceRank(chosen) ||
        (presenceRank(page) === presenceRank(chosen) && page.seenAt > chosen.seenAt)
      ) {
        chosen = page;
      }
    }
    for (const page of hosted.pages) {
      const alerting = page === chosen;
      if (page.alerting === alerting) continue;
      page.alerting = alerting;
      this.#post(page, { kind: 'alerting', alerting });
    }
  }

  #post(page: AttachedPage, message: HostMessage): void {
    try {
      page.link.post(message);
    } catch {
      // A page that went away without a word: its watch or the grace period deals with it.
    }
  }
}
