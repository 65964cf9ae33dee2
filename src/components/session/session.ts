import { ContextProvider } from '@lit/context';
import { adoptStyles, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LoginError } from '../../core/connection-errors.js';
import type { LoginCredentials, WebSocketConstructorLike } from '../../core/connection.js';
import type { ChatRequest } from '../../core/protocol/event-map.js';
import type { OperatorStatus, ServerInfo } from '../../core/protocol/models.js';
import type { SessionApi } from '../../core/session-api.js';
import { connectSharedSession, type ConnectionMode } from '../../core/shared-session/connect.js';
import type { RemoteSession } from '../../core/shared-session/remote-session.js';
import { isStopped, type ConnectionStatus } from '../../core/store/slices/connection.js';
import { WhosonConnectedEvent } from '../../events/whoson-connected.js';
import { WhosonChatRequestEvent } from '../../events/whoson-chat-request.js';
import { WhosonDisconnectedEvent } from '../../events/whoson-disconnected.js';
import { WhosonLoginFailedEvent } from '../../events/whoson-login-failed.js';
import { WhosonReconnectingEvent } from '../../events/whoson-reconnecting.js';
import type { Terms } from '../../translations/en.js';
import { sessionTerms } from '../../translations/en/session.js';
import { ChatSelection } from '../shared/chat-selection.js';
import { ensureContextRoot } from '../shared/context-root.js';
import { LocalizeController, registerEnglish } from '../shared/localize.js';
import { selectionContext, sessionContext } from '../shared/session-context.js';
import { SESSION_CHANGE_EVENT, type SessionProvider } from '../shared/session-controller.js';
import { reportError, WhosonElement } from '../shared/whoson-element.js';
import { connectionIndicators, ConnectionStateController } from './connection-state-controller.js';
import { insecureRemoteHost } from './insecure-url.js';
import { LazyModule } from '../shared/lazy-module.js';
import type * as LoginFormModule from './login-form.js';
import { NetworkProbeController } from './network-probe-controller.js';
import { parseOperatorStatus } from './operator-status.js';
import { currentPresence, PageLifecycleController } from './page-lifecycle-controller.js';
import type * as SessionBarModule from './session-bar.js';
import { sessionStyles } from './session.styles.js';
import {
  rememberedHandover,
  rememberedSelection,
  rememberedUser,
  rememberHandover,
  rememberSelection,
  rememberUser,
} from './tab-memory.js';

/** What `login()` takes; anything left out comes from the element's attributes. */
export interface SessionLoginOptions {
  username?: string;
  password?: string;
  authString?: string;
  name?: string;
  department?: string;
  /** 0-3, or a name as the `status` attribute takes it (`online`, `busy`, `brb`, `away`). */
  status?: OperatorStatus | string;
  lang?: string;
}

/** What a `credentials` callback gives: the login fields (anything left out comes from the attributes). */
export type SessionCredentialsCallback = () => Promise<SessionLoginOptions> | SessionLoginOptions;

const connectionModes: readonly ConnectionMode[] = ['shared', 'tabs', 'page'];

/**
 * A session of the page's own (the connection, the protocol, the commands) is loaded the
 * first time a page needs one: a page on a shared session never carries that code.
 */
const pageSession = new LazyModule(() => import('../../core/session.js'));

/**
 * The login form and the bar (connection, status picker, log out) load the first time one
 * is shown: a page whose operator is logged in never carries the form, and a page showing
 * the form gets the bar once the login is done.
 */
/** What a part of the view that loads later brings beside its rendering. */
interface ViewPart {
  readonly terms: Partial<Terms>;
  readonly styles: CSSResult;
}

const loginForm = new LazyModule<typeof LoginFormModule>(() => import('./login-form.js'));
const sessionBar = new LazyModule<typeof SessionBarModule>(() => import('./session-bar.js'));

/** Tells the elements attached by id (they listen on this element) to look again. */
function announceSessionChange(element: HTMLElement): void {
  element.dispatchEvent(new Event(SESSION_CHANGE_EVENT));
}

/**
 * The operator's session with a WhosOn server: logs the operator in, shows the connection
 * and the operator's status, and provides the session to the elements inside it (through
 * context) and elsewhere in the page (`session="<id of this element>"`).
 *
 * The session belongs to the browser, not the page (`connection="shared"`, the default):
 * every page and tab of the site showing the same operator shares one connection and one
 * Login, hosted by a shared worker (or, without one, by the tab elected to lead). A click
 * to another page of the site, a reload or a second tab finds the operator logged in,
 * with the same chats, transcripts and drafts; when the last page is gone for
 * `grace-period` seconds the session logs out. `connection="page"` keeps a connection of
 * the page's own, which ends with the page.
 *
 * With no live login it shows a login form; with `username`, `auth-string` and `url` set
 * and the `password` property assigned, it logs in by itself (once: a refused login is
 * never retried, and the password is dropped), or joins the operator's live session.
 * Where a new Login is needed and the page knows the operator (single sign-on), the
 * `credentials` callback is asked for the fields. The password lives in memory only: it
 * is never an attribute, never logged and never stored.
 *
 * The login form and the bar load the first time they are shown: a page whose operator is
 * already logged in never loads the form, nor one with its own form in the `login` slot.
 * `updateComplete` waits for them.
 *
 * @tag whoson-session
 * @summary The WhosOn operator session: login, connection state, status, and the session for every element inside.
 *
 * @slot - The integrator's elements (chat list, chat pane, ...). Always shown: each shows its own "not connected" state.
 * @slot login - Replaces the built-in login form. Call `login()` from it; the server's reason for a refusal still shows below it.
 *
 * @event {WhosonConnectedEvent} whoson-connected - The login completed (also after an automatic re-login), or the page joined the operator's live session (another tab, the previous page). `detail.serverInfo`.
 * @event {WhosonLoginFailedEvent} whoson-login-failed - The login was refused or could not complete. `detail.reason` is the server's text. Nothing retries it.
 * @event {WhosonReconnectingEvent} whoson-reconnecting - The connection dropped; the session reconnects by itself. `detail.attempt`, `detail.retryAt`, `detail.reason`.
 * @event {WhosonDisconnectedEvent} whoson-disconnected - A live session ended (logged out, or the server refused the re-login). `detail.reason`.
 * @event {WhosonChatRequestEvent} whoson-chat-request - A visitor asked for a chat (`chat`), or the server gave this operator one (`acceptchat`, `detail.autoAccepted`).
 * @event whoson-session-change - Fired on the element itself (not bubbling) when its core session is created or replaced.
 *
 * @csspart base - The wrapper of everything.
 * @csspart insecure-warning - The warning shown when `url` is an unencrypted `ws://` address of another machine.
 * @csspart login - The login area: the form (or the `login` slot) and the error.
 * @csspart login-form - The built-in login form.
 * @csspart login-title - The form's heading.
 * @csspart field - One label and its control.
 * @csspart label - A field's label.
 * @csspart input - Every text field and select of the form (also `username`, `password`, `auth-string`, `initial-status`).
 * @csspart username - The username field.
 * @csspart password - The password field.
 * @csspart auth-string - The authentication string field (only without the `auth-string` attribute).
 * @csspart initial-status - The status to log in with.
 * @csspart login-button - The submit button (`aria-disabled` while logging in).
 * @csspart login-error - The server's reason for a failed login (role=alert).
 * @csspart bar - The header bar shown while logged in.
 * @csspart connection - The connection indicator; `data-state` is `connecting`, `online`, `reconnecting` or `offline`.
 * @csspart connection-dot - The indicator's coloured dot.
 * @csspart connection-label - The indicator's text.
 * @csspart countdown - The time until the next reconnect attempt.
 * @csspart user - Who is logged in.
 * @csspart status - The status picker.
 * @csspart status-select - The status choice (Online, Busy, Be right back, Away).
 * @csspart status-message - The status message field.
 * @csspart logout - The log out button.
 * @csspart content - The wrapper of the default slot.
 *
 * @cssproperty --whoson-session-background - Background of the element.
 * @cssproperty --whoson-session-bar-background - Background of the header bar.
 * @cssproperty --whoson-session-bar-border - Border under the header bar.
 * @cssproperty --whoson-session-gap - Space between the pieces.
 * @cssproperty --whoson-session-form-width - Largest width of the login form.
 * @cssproperty --whoson-session-online-color - Dot colour when connected.
 * @cssproperty --whoson-session-connecting-color - Dot colour while connecting or reconnecting.
 * @cssproperty --whoson-session-offline-color - Dot colour when offline.
 * @cssproperty --whoson-session-error-color - Colour of the login error.
 * @cssproperty --whoson-session-warning-color - Colour of the insecure-connection warning.
 * @cssproperty --whoson-session-button-background - Background of the login button.
 * @cssproperty --whoson-session-button-color - Text colour of the login button.
 *
 * @cssstate logged-in - A login completed and has not ended (reconnecting included).
 * @cssstate connecting - The connection indicator says connecting.
 * @cssstate online - The connection indicator says online.
 * @cssstate reconnecting - The connection indicator says reconnecting.
 * @cssstate offline - The connection indicator says offline.
 *
 * @attribute connection - How the session is shared: `shared` (default: a shared worker, else the tab elected to lead), `tabs` (the elected tab even where shared workers exist) or `page` (a connection of this page's own).
 * @attribute grace-period - Seconds the shared session waits for a page to come back before it logs out (default 10).
 * @attribute lang - The language of the built-in strings and of the login (its two-letter code is sent with Login; blank uses the user record's language).
 */
export class WhosonSession extends WhosonElement implements SessionProvider {
  static override styles = [...WhosonElement.styles, sessionStyles];

  static override get observedAttributes(): string[] {
    // `lang` stays the native property; the element only re-renders its strings.
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Not used: a session does not attach to another one.
   * @internal
   */
  @property({ attribute: false }) override sessionId = '';

  /** The server's WebSocket address, e.g. `wss://chat.example.com:8013`. */
  @property() url = '';

  /** The server's authentication string; without it the form asks for one. */
  @property({ attribute: 'auth-string' }) authString = '';

  /** The username the form starts with (and `login()` uses when given none). */
  @property() username = '';

  /** The name to log in with (only used when the user may change their own name on login). */
  @property() name = '';

  /** The department to log in to. */
  @property() department = '';

  /** The status to log in with: 0-3 or `online`, `busy`, `brb`, `away` (Online when blank). */
  @property() status = '';

  /**
   * How the session is shared: `shared` (a shared worker, else the tab elected to lead),
   * `tabs` (the elected tab) or `page` (this page's own connection). Read when the session
   * is made (a change applies once the session is logged out).
   */
  @property() connection: ConnectionMode = 'shared';

  /** Seconds a shared session waits for a page of the operator to come back before it logs out. */
  @property({ attribute: 'grace-period', type: Number }) gracePeriod = 10;

  /**
   * Asked for the login fields whenever a new Login is needed and the operator is not
   * logged in anywhere in the browser (a page that knows who the operator is: single
   * sign-on). Returns (a Promise of) `{ username, password, ... }`. Not asked after the
   * operator logged out or a login was refused.
   */
  @property({ attribute: false }) credentials: SessionCredentialsCallback | undefined = undefined;

  /**
   * The WebSocket constructor the session uses: the browser's own unless replaced (the
   * simulator's in-memory socket in tests and Storybook). Set it before logging in. A
   * replaced WebSocket lives in this page, so the session is then the page's own.
   */
  @property({ attribute: false }) WebSocket: WebSocketConstructorLike = globalThis.WebSocket;

  /** Which chat the operator is looking at; the same object for the element's lifetime. */
  readonly selection = new ChatSelection();

  @state() private loginError = '';

  readonly #localize = new LocalizeController(this, sessionTerms);
  readonly #sessionProvider = new ContextProvider(this, { context: sessionContext });
  readonly #connection = new ConnectionStateController(this, {
    connected: (serverInfo) => this.#onConnected(serverInfo),
    loginFailed: (reason) => this.#onLoginFailed(reason),
    reconnecting: (detail) => this.emit(new WhosonReconnectingEvent(detail)),
    disconnected: (reason) => this.#onDisconnected(reason),
    chatRequest: (request: ChatRequest, autoAccepted: boolean) =>
      this.emit(new WhosonChatRequestEvent({ ...request, autoAccepted })),
    changed: (status) => this.#onStatus(status),
  });
  readonly #network = new NetworkProbeController(this, () => this.#session);

  #session: SessionApi | undefined;
  /** The session when it is hosted elsewhere (a shared worker, the leading tab). */
  #remote: RemoteSession | undefined;
  /** The page's own session is on its way (its code is loading). */
  #awaitingPageSession: Promise<void> | undefined;
  #sessionKey = '';
  #sessionSocket: WebSocketConstructorLike | undefined;
  #password = '';
  #insecureHost: string | null = null;
  #warnedUrl = '';
  /** The `credentials` callback was asked since the session was last live. */
  #credentialsAsked = false;
  /** Parts of the view on their way: the element renders again as each arrives. */
  readonly #viewLoads = new Map<LazyModule<unknown>, Promise<void>>();
  /** The parts that came later, in the order they came (their styles follow the element's). */
  readonly #partsTakenIn = new Set<ViewPart>();

  constructor() {
    super();
    ensureContextRoot();
    this.#upgradePassword();
    new ContextProvider(this, { context: selectionContext, initialValue: this.selection });
    new PageLifecycleController(this, {
      presence: (presence) => this.#remote?.setPresence(presence),
      leaving: () => this.#leavePage(),
      restored: () => this.#renewSession(),
    });
    // A shared session outlives the page: the tab's next page shows the same chat.
    this.selection.subscribe((chatUid) => {
      if (this.#remote !== undefined) rememberSelection(this.#remote.url, chatUid);
    });
  }

  /**
   * A page may set `password` before the element is defined: the value then sits on the
   * instance as a plain property that hides the setter. Take it over so it is not lost.
   */
  #upgradePassword(): void {
    if (!Object.prototype.hasOwnProperty.call(this, 'password')) return;
    const value = (this as { password?: string }).password;
    delete (this as { password?: string }).password;
    if (typeof value === 'string') this.password = value;
  }

  /**
   * The operator's password, in memory only (never an attribute, never stored). Setting it
   * with `username`, `auth-string` and `url` present logs in (or joins the operator's live
   * session); it is forgotten once a login starts (the session keeps its own copy for
   * re-logins until it ends).
   */
  get password(): string {
    return this.#password;
  }

  set password(value: string) {
    this.#password = value ?? '';
    // After the first update: properties set before the upgrade (WebSocket) are in place then.
    if (this.#password) void this.updateComplete.then(() => this.#autoLogin());
  }

  /** The session (for raw commands and events); undefined without a `url`. */
  get session(): SessionApi | undefined {
    return this.#session;
  }

  /**
   * Logs in; fields left out come from the attributes and the `password` property.
   * Resolves when the server says `connected`, or at once when this operator's session is
   * already live in the browser (no second Login is sent). Rejects with an Error whose
   * message is the server's reason (and fires `whoson-login-failed`). Never retried
   * automatically.
   */
  async login(options: SessionLoginOptions = {}): Promise<ServerInfo> {
    const password = options.password ?? this.#password;
    // The session keeps its own copy for re-logins; the element lets go of it.
    this.#password = '';
    const statusText = options.status ?? this.status;
    const lang = options.lang ?? this.lang;
    const credentials: LoginCredentials = {
      username: (options.username ?? this.username).trim(),
      password,
      authString: (options.authString ?? this.authString).trim(),
      name: options.name ?? this.name,
      department: options.department ?? this.department,
      status: parseOperatorStatus(String(statusText)) ?? 0,
      // Login takes a two-letter code.
      lang: lang ? (lang.split('-')[0] ?? '') : '',
    };
    const problem = this.#missingField(credentials);
    if (problem) throw this.#refuse(problem);

    this.#syncSession();
    if (this.#awaitingPageSession !== undefined) {
      await this.#awaitingPageSession;
      this.#syncSession();
    }
    const session = this.#session;
    if (!session) throw this.#refuse(this.#localize.term('sessionMissingUrl'));
    this.loginError = '';
    try {
      return await session.login(credentials);
    } catch (error) {
      // The session reports what the server refused (its connection status); anything
      // refused before a socket opened is reported here.
      if (!(error instanceof LoginError)) {
        throw this.#refuse(error instanceof Error ? error.message : String(error));
      }
      throw error;
    }
  }

  /** Sends Close and ends the session (in every page and tab that shares it); nothing reconnects. */
  logout(): void {
    this.#password = '';
    if (this.#remote !== undefined) rememberHandover(this.#remote.url, undefined);
    this.#session?.logout();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back into the page after it let go of its shared session: take it up again.
    if (this.#remote !== undefined && !this.#remote.attached) this.#renewSession();
    this.#syncSession();
    // After the first update: properties set before the upgrade (WebSocket) are in place then.
    if (this.#password) void this.updateComplete.then(() => this.#autoLogin());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moved elsewhere in the page (removed and re-inserted at once): keep the session.
    // Taken out of the page: a shared session lets go of this page (and logs out after
    // the grace period if no other page has it); a session of the page's own ends.
    setTimeout(() => {
      if (this.isConnected) return;
      if (this.#remote !== undefined) this.#leavePage();
      else this.logout();
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * Also waits for the page's own session when its code is still loading, and for the
   * login form or the bar when it is on its way.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#awaitingPageSession !== undefined || this.#viewLoads.size > 0) {
      await (this.#awaitingPageSession ?? Promise.all(this.#viewLoads.values()));
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#syncSession();
    if (changed.has('credentials') && this.credentials !== undefined && this.#session) {
      this.#onStatus(this.#session.store.getState().connection);
    }
    if (changed.has('url')) {
      this.#insecureHost = insecureRemoteHost(this.url.trim());
      if (this.#insecureHost && this.#warnedUrl !== this.url) {
        this.#warnedUrl = this.url;
        console.warn(
          `<whoson-session>: ${this.url} is not encrypted; the operator's password and chats cross the network in clear text. Use wss://.`,
        );
      }
    }
  }

  protected override updated(): void {
    const indicator = this.#connection.indicator(this.#network.online);
    for (const name of connectionIndicators) this.setState(name, name === indicator);
    this.setState('logged-in', this.#connection.live);
  }

  protected override render(): TemplateResult {
    return html`
      <div part="base">
        ${this.#renderInsecureWarning()}
        ${this.#connection.live ? this.#renderBar() : this.#renderLogin()}
        <div part="content"><slot></slot></div>
      </div>
    `;
  }

  #renderInsecureWarning(): TemplateResult | typeof nothing {
    if (!this.#insecureHost) return nothing;
    return html`<p part="insecure-warning" role="note">
      ${this.#localize.term('sessionInsecureUrl', this.#insecureHost)}
    </p>`;
  }

  #renderLogin(): TemplateResult {
    const t = this.#localize;
    // Until the shared session answers, the operator may well be logged in: no form yet.
    if (this.#session?.ready === false) return html`<div part="login" aria-busy="true"></div>`;
    // A login slot of the page's own replaces the form: ours is then not even loaded.
    const ownForm = this.#hasOwnLoginForm();
    const form = ownForm ? undefined : this.#loaded(loginForm);
    return html`
      <div part="login" aria-busy=${ownForm || form ? 'false' : 'true'}>
        <slot name="login" @slotchange=${this.#onLoginSlotChange}>
          ${form?.renderLoginForm({
            localize: t,
            busy: this.#connection.loggingIn,
            username: this.username || this.#connection.status.username,
            askAuthString: !this.authString,
            initialStatus: parseOperatorStatus(this.status) ?? 0,
            submit: this.#submitLogin,
          }) ?? nothing}
        </slot>
        <p part="login-error" role="alert">
          ${this.loginError ? t.term('sessionLoginFailed', this.loginError) : nothing}
        </p>
      </div>
    `;
  }

  #hasOwnLoginForm(): boolean {
    return [...this.children].some((child) => child.slot === 'login');
  }

  /**
   * A part of the view that loads when first shown: its module once it is here (its
   * strings and styles then join the element's); until then undefined, with the loading
   * started and a render to follow its arrival.
   */
  #loaded<M extends ViewPart>(view: LazyModule<M>): M | undefined {
    if (view.module !== undefined) {
      this.#takeIn(view.module);
    } else if (!this.#viewLoads.has(view)) {
      const arrival = view
        .load()
        .then(
          () => this.requestUpdate(),
          // Nothing to show; the next render tries again.
          (error: unknown) => reportError(error),
        )
        .finally(() => this.#viewLoads.delete(view));
      this.#viewLoads.set(view, arrival);
    }
    return view.module;
  }

  #takeIn(part: ViewPart): void {
    if (this.#partsTakenIn.has(part)) return;
    this.#partsTakenIn.add(part);
    registerEnglish(part.terms);
    if (!(this.renderRoot instanceof ShadowRoot)) return;
    const partStyles = [...this.#partsTakenIn].map((taken) => taken.styles);
    adoptStyles(this.renderRoot, [...(this.constructor as typeof WhosonSession).elementStyles, ...partStyles]);
  }

  #renderBar(): TemplateResult | typeof nothing {
    // Nothing in its place until it arrives: the bar's parts mean "logged in, shown".
    const bar = this.#loaded(sessionBar);
    if (bar === undefined) return nothing;
    const me = this.#session?.store.getState().me;
    return bar.renderSessionBar({
      localize: this.#localize,
      indicator: this.#connection.indicator(this.#network.online),
      secondsToRetry: this.#connection.secondsToRetry,
      who: me?.user?.name || me?.user?.userName || this.#connection.status.username || this.username,
      status: me?.status ?? parseOperatorStatus(this.status) ?? 0,
      statusMessage: me?.statusMessage ?? '',
      setStatus: this.#setStatus,
      logout: this.#logout,
    });
  }

  /** The mode the session is made in: an injected WebSocket can only live in this page. */
  #mode(): ConnectionMode {
    const asked = connectionModes.includes(this.connection) ? this.connection : 'shared';
    return this.WebSocket === globalThis.WebSocket ? asked : 'page';
  }

  /** Creates the session for the current url and mode, or replaces it while it is stopped. */
  #syncSession(): void {
    const url = this.url.trim();
    const WebSocketClass = this.WebSocket;
    const mode = this.#mode();
    const current = this.#session;
    const key = url === '' ? '' : `${mode} ${url}`;
    if (current ? key === this.#sessionKey && WebSocketClass === this.#sessionSocket : key === '') return;
    // A session in use keeps its server until it ends.
    if (current && !isStopped(current.connection)) return;
    this.#replaceSession(url, mode);
  }

  #replaceSession(url: string, mode: ConnectionMode): void {
    this.#remote?.disconnect();
    let next: SessionApi | undefined;
    let remote: RemoteSession | undefined;
    if (url) {
      try {
        remote =
          mode === 'page'
            ? undefined
            : connectSharedSession({
                mode,
                url,
                user: this.username.trim() || rememberedUser(url),
                graceMs: Math.max(0, Number(this.gracePeriod) || 0) * 1000,
                resume: rememberedHandover(url),
                presence: currentPresence(),
              });
        const PageSession = pageSession.module?.Session;
        if (remote === undefined && PageSession === undefined) {
          // Made once its code is here (at once when another element loaded it already).
          this.#awaitingPageSession = pageSession.load().then(
            () => {
              this.#awaitingPageSession = undefined;
              this.#syncSession();
            },
            (error: unknown) => {
              this.#awaitingPageSession = undefined;
              reportError(error);
            },
          );
        }
        next = remote ?? (PageSession === undefined ? undefined : new PageSession({ url, WebSocket: this.WebSocket }));
      } catch (error) {
        // No WebSocket implementation at all: nothing can connect; report it, render anyway.
        reportError(error);
      }
    }
    this.#session = next;
    this.#remote = remote;
    this.#sessionKey = next === undefined ? '' : `${mode} ${url}`;
    this.#sessionSocket = this.WebSocket;
    this.#credentialsAsked = false;
    if (remote !== undefined && this.selection.chatUid === '') this.selection.select(rememberedSelection(url));
    this.#sessionProvider.setValue(next);
    this.#connection.watch(next);
    announceSessionChange(this);
    if (next !== undefined && !next.ready) {
      void next.whenReady().then(() => {
        if (this.#session !== next) return;
        this.requestUpdate();
        this.#onStatus(next.store.getState().connection);
      });
    }
  }

  /** Back from the back-forward cache, or put back into the page: take up the shared session again. */
  #renewSession(): void {
    if (this.#remote === undefined || !this.isConnected) return;
    this.#replaceSession(this.url.trim(), this.#mode());
  }

  /**
   * The page goes (or the element left it): tell the shared session, which keeps going for
   * the operator's other pages (or the next page, within the grace period), and remember
   * in this tab what a session taking over would need.
   */
  #leavePage(): void {
    const remote = this.#remote;
    if (remote === undefined) return;
    rememberHandover(remote.url, remote.handover());
    remote.disconnect();
  }

  #missingField(credentials: LoginCredentials): string {
    const t = this.#localize;
    if (!credentials.username) return t.term('sessionMissingField', t.term('sessionUsername'));
    if (!credentials.password) return t.term('sessionMissingField', t.term('sessionPassword'));
    if (!credentials.authString) return t.term('sessionMissingField', t.term('sessionAuthString'));
    return '';
  }

  /** A login that could not start: shown and announced like a server refusal. */
  #refuse(reason: string): Error {
    this.loginError = reason;
    this.emit(new WhosonLoginFailedEvent({ reason }));
    return new Error(reason);
  }

  #autoLogin(): void {
    if (!this.isConnected || !this.#password || !this.username || !this.authString || !this.url) return;
    this.login().catch(() => {
      // Shown in the element and announced by whoson-login-failed.
    });
  }

  /**
   * Keeps the tab's memory of its operator, and asks the `credentials` callback when a new
   * Login is needed: the session has never logged in (a fresh browser session, a page
   * whose session could not outlive the navigation, a tab taking over from one that
   * closed), and neither a logout nor a refusal stopped it.
   */
  #onStatus(status: ConnectionStatus): void {
    const session = this.#session;
    if (session === undefined) return;
    if (status.live) {
      this.#credentialsAsked = false;
      if (status.username !== '' && this.#remote !== undefined) rememberUser(this.#remote.url, status.username);
      return;
    }
    const callback = this.credentials;
    if (callback === undefined || this.#credentialsAsked || !session.ready) return;
    if (status.state !== 'idle' || status.loggedOut || status.failure !== null) return;
    this.#credentialsAsked = true;
    void (async () => {
      let fields: SessionLoginOptions;
      try {
        fields = await callback();
      } catch (error) {
        this.#refuse(error instanceof Error ? error.message : String(error));
        return;
      }
      if (this.#session !== session) return;
      await this.login(fields).catch(() => {
        // Shown in the element and announced by whoson-login-failed.
      });
    })();
  }

  #onConnected(serverInfo: ServerInfo): void {
    const focusWasInForm = this.#focusIsIn('[part~="login-form"]');
    this.loginError = '';
    this.emit(new WhosonConnectedEvent({ serverInfo }));
    if (focusWasInForm) void this.#focusAfterUpdate('#status-select');
  }

  #onLoginFailed(reason: string): void {
    this.loginError = reason;
    this.emit(new WhosonLoginFailedEvent({ reason }));
    const passwordInput = this.renderRoot.querySelector<HTMLInputElement>('#password');
    if (passwordInput) passwordInput.value = '';
    if (this.#focusIsIn('[part~="login-form"]')) void this.#focusAfterUpdate('#password');
  }

  #onDisconnected(reason: string): void {
    const focusWasInBar = this.#focusIsIn('[part~="bar"]');
    this.emit(new WhosonDisconnectedEvent({ reason }));
    if (focusWasInBar) void this.#focusAfterUpdate(this.username ? '#password' : '#username');
  }

  #focusIsIn(selector: string): boolean {
    const active = this.shadowRoot?.activeElement;
    return active instanceof Element && active.closest(selector) !== null;
  }

  async #focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  readonly #submitLogin = (fields: SessionLoginOptions): void => {
    if (this.#connection.loggingIn) return;
    this.login({ ...fields, authString: this.authString || fields.authString }).catch(() => {
      // Shown in the form and announced by whoson-login-failed.
    });
  };

  readonly #setStatus = (status: OperatorStatus, message: string): void => {
    const session = this.#session;
    if (!session) return;
    const me = session.store.getState().me;
    if (status === me.status && message === me.statusMessage) return;
    try {
      // Offline, the choice still holds for the automatic re-login.
      session.setStatus(status, message);
    } catch (error) {
      reportError(error);
    }
  };

  readonly #onLoginSlotChange = (): void => {
    // The page's own form came or went: ours may be needed now.
    this.requestUpdate();
  };

  readonly #logout = (): void => {
    this.logout();
  };
}
