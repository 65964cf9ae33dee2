import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  LoginError,
  NotConnectedError,
  type ConnectionState,
  type LoginCredentials,
  type WebSocketConstructorLike,
} from '../../core/connection.js';
import type { ChatRequest } from '../../core/protocol/event-map.js';
import type { OperatorStatus, ServerInfo } from '../../core/protocol/models.js';
import { Session } from '../../core/session.js';
import { WhosonConnectedEvent } from '../../events/whoson-connected.js';
import { WhosonChatRequestEvent } from '../../events/whoson-chat-request.js';
import { WhosonDisconnectedEvent } from '../../events/whoson-disconnected.js';
import { WhosonLoginFailedEvent } from '../../events/whoson-login-failed.js';
import { WhosonReconnectingEvent } from '../../events/whoson-reconnecting.js';
import { ChatSelection } from '../shared/chat-selection.js';
import { ensureContextRoot } from '../shared/context-root.js';
import { LocalizeController } from '../shared/localize.js';
import { selectionContext, sessionContext } from '../shared/session-context.js';
import { SESSION_CHANGE_EVENT, type SessionProvider } from '../shared/session-controller.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { reportError, WhosonElement } from '../shared/whoson-element.js';
import { ConnectionStateController, type ConnectionIndicator } from './connection-state-controller.js';
import { insecureRemoteHost } from './insecure-url.js';
import { NetworkProbeController } from './network-probe-controller.js';
import { operatorStatuses, parseOperatorStatus } from './operator-status.js';
import { sessionStyles } from './session.styles.js';

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

/** States in which the connection is doing nothing and a new login may start. */
function isStopped(state: ConnectionState): boolean {
  return state === 'idle' || state === 'closed' || state === 'offline';
}

/** Tells the elements attached by id (they listen on this element) to look again. */
function announceSessionChange(element: HTMLElement): void {
  element.dispatchEvent(new Event(SESSION_CHANGE_EVENT));
}

const indicatorTerms = {
  connecting: 'sessionConnectionConnecting',
  online: 'sessionConnectionOnline',
  reconnecting: 'sessionConnectionReconnecting',
  offline: 'sessionConnectionOffline',
} as const satisfies Record<ConnectionIndicator, string>;

/**
 * Owns the page's one connection to a WhosOn server: logs the operator in, shows the
 * connection and the operator's status, and provides the session to the elements inside
 * it (through context) and elsewhere in the page (`session="<id of this element>"`).
 *
 * With no live login it shows a login form; with `username`, `auth-string` and `url` set
 * and the `password` property assigned, it logs in by itself (once: a refused login is
 * never retried, and the password is dropped). The password lives in memory only: it is
 * never an attribute, never logged and never stored. Removing the element from the page
 * logs out.
 *
 * @tag whoson-session
 * @summary The WhosOn operator session: login, connection state, status, and the session for every element inside.
 *
 * @slot - The integrator's elements (chat list, chat pane, ...). Always shown: each shows its own "not connected" state.
 * @slot login - Replaces the built-in login form. Call `login()` from it; the server's reason for a refusal still shows below it.
 *
 * @event {WhosonConnectedEvent} whoson-connected - The login completed (also after an automatic re-login). `detail.serverInfo`.
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
 * @attribute lang - The language of the built-in strings and of the login (its two-letter code is sent with Login; blank uses the user record's language).
 */
export class WhosonSession extends WhosonElement implements SessionProvider {
  static override styles = [tokenStyles, sessionStyles];

  static override get observedAttributes(): string[] {
    // `lang` stays the native property; the element only re-renders its strings.
    return [...super.observedAttributes, 'lang'];
  }

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
   * The WebSocket constructor the session uses: the browser's own unless replaced (the
   * simulator's in-memory socket in tests and Storybook). Set it before logging in.
   */
  @property({ attribute: false }) WebSocket: WebSocketConstructorLike = globalThis.WebSocket;

  /** Which chat the operator is looking at; the same object for the element's lifetime. */
  readonly selection = new ChatSelection();

  @state() private loginError = '';

  readonly #localize = new LocalizeController(this);
  readonly #sessionProvider = new ContextProvider(this, { context: sessionContext });
  readonly #connection = new ConnectionStateController(this, {
    connected: (serverInfo) => this.#onConnected(serverInfo),
    loginFailed: (reason) => this.#onLoginFailed(reason),
    reconnecting: (detail) => this.emit(new WhosonReconnectingEvent(detail)),
    disconnected: (reason) => this.#onDisconnected(reason),
    chatRequest: (request: ChatRequest, autoAccepted: boolean) =>
      this.emit(new WhosonChatRequestEvent({ ...request, autoAccepted })),
  });
  readonly #network = new NetworkProbeController(this, () => this.#session);
  readonly #internals: ElementInternals | undefined;

  #session: Session | undefined;
  #sessionUrl = '';
  #sessionSocket: WebSocketConstructorLike | undefined;
  #password = '';
  #insecureHost: string | null = null;
  #warnedUrl = '';

  constructor() {
    super();
    ensureContextRoot();
    this.#upgradePassword();
    new ContextProvider(this, { context: selectionContext, initialValue: this.selection });
    try {
      this.#internals = this.attachInternals();
    } catch {
      // Custom states are a progressive enhancement.
      this.#internals = undefined;
    }
  }

  /**
   * The operator's password, in memory only (never an attribute, never stored). Setting it
   * with `username`, `auth-string` and `url` present logs in; it is forgotten once a login
   * starts (the connection keeps its own copy for re-logins until the session ends).
   */
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

  get password(): string {
    return this.#password;
  }

  set password(value: string) {
    this.#password = value ?? '';
    // After the first update: properties set before the upgrade (WebSocket) are in place then.
    if (this.#password) void this.updateComplete.then(() => this.#autoLogin());
  }

  /** The core session (for raw commands and events); undefined without a `url`. */
  get session(): Session | undefined {
    return this.#session;
  }

  /**
   * Logs in; fields left out come from the attributes and the `password` property.
   * Resolves when the server says `connected`; rejects with an Error whose message is the
   * server's reason (and fires `whoson-login-failed`). Never retried automatically.
   */
  async login(options: SessionLoginOptions = {}): Promise<ServerInfo> {
    const password = options.password ?? this.#password;
    // The connection keeps its own copy for re-logins; the element lets go of it.
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
    const session = this.#session;
    if (!session) throw this.#refuse(this.#localize.term('sessionMissingUrl'));
    if (!isStopped(session.connection.state)) {
      // Not a failed login: the one under way (or live) goes on.
      throw new Error(`Cannot log in while ${session.connection.state}`);
    }
    this.loginError = '';
    try {
      return await session.login(credentials);
    } catch (error) {
      // The connection reports what the server refused (login-failed); anything it
      // refused itself before opening a socket is reported here.
      if (!(error instanceof LoginError)) {
        throw this.#refuse(error instanceof Error ? error.message : String(error));
      }
      throw error;
    }
  }

  /** Sends Close and ends the session; nothing reconnects. */
  logout(): void {
    this.#password = '';
    this.#session?.logout();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncSession();
    // After the first update: properties set before the upgrade (WebSocket) are in place then.
    if (this.#password) void this.updateComplete.then(() => this.#autoLogin());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moved elsewhere in the page (removed and re-inserted at once): keep the session.
    // Taken out of the page: end it, so the operator does not stay online with no UI.
    setTimeout(() => {
      if (!this.isConnected) this.logout();
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#syncSession();
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
    const states = this.#internals?.states;
    if (!states) return;
    const indicator = this.#connection.indicator(this.#network.online);
    try {
      for (const name of Object.keys(indicatorTerms)) {
        if (name === indicator) states.add(name);
        else states.delete(name);
      }
      if (this.#connection.live) states.add('logged-in');
      else states.delete('logged-in');
    } catch {
      // An engine with the older `--state` syntax only: the states are optional.
    }
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
    const busy = this.#connection.loggingIn;
    const initialStatus = parseOperatorStatus(this.status) ?? 0;
    return html`
      <div part="login">
        <slot name="login">
          <form
            part="login-form"
            aria-labelledby="login-title"
            aria-busy=${busy ? 'true' : 'false'}
            @submit=${this.#onLoginSubmit}
          >
            <h2 id="login-title" part="login-title">${t.term('sessionLoginTitle')}</h2>
            <div part="field">
              <label part="label" for="username">${t.term('sessionUsername')}</label>
              <input
                id="username"
                part="input username"
                name="username"
                type="text"
                autocomplete="username"
                autocapitalize="none"
                spellcheck="false"
                required
                value=${this.username}
              />
            </div>
            <div part="field">
              <label part="label" for="password">${t.term('sessionPassword')}</label>
              <input
                id="password"
                part="input password"
                name="password"
                type="password"
                autocomplete="current-password"
                required
              />
            </div>
            ${this.authString
              ? nothing
              : html`<div part="field">
                  <label part="label" for="auth-string">${t.term('sessionAuthString')}</label>
                  <input
                    id="auth-string"
                    part="input auth-string"
                    name="authString"
                    type="text"
                    autocomplete="off"
                    autocapitalize="none"
                    spellcheck="false"
                    required
                  />
                </div>`}
            <div part="field">
              <label part="label" for="initial-status">${t.term('sessionInitialStatus')}</label>
              <select id="initial-status" part="input initial-status" name="status">
                ${operatorStatuses.map(
                  (option) =>
                    html`<option value=${option.value} ?selected=${option.value === initialStatus}>
                      ${t.term(option.term)}
                    </option>`,
                )}
              </select>
            </div>
            <button part="login-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
              ${busy ? t.term('sessionLoggingIn') : t.term('sessionLogIn')}
            </button>
          </form>
        </slot>
        <p part="login-error" role="alert">
          ${this.loginError ? t.term('sessionLoginFailed', this.loginError) : nothing}
        </p>
      </div>
    `;
  }

  #renderBar(): TemplateResult {
    const t = this.#localize;
    const me = this.#session?.store.getState().me;
    const indicator = this.#connection.indicator(this.#network.online);
    const status = me?.status ?? parseOperatorStatus(this.status) ?? 0;
    const who = me?.user?.name || me?.user?.userName || this.username;
    const seconds = this.#connection.secondsToRetry;
    return html`
      <div part="bar" role="group" aria-label=${t.term('sessionBarLabel')}>
        <div part="connection" data-state=${indicator}>
          <span part="connection-dot" aria-hidden="true"></span>
          <span part="connection-label" role="status">${t.term(indicatorTerms[indicator])}</span>
          ${indicator === 'reconnecting'
            ? html`<span part="countdown">
                ${seconds > 0 ? t.term('sessionReconnectIn', seconds) : t.term('sessionReconnectNow')}
              </span>`
            : nothing}
        </div>
        ${who ? html`<span part="user">${t.term('sessionSignedInAs', who)}</span>` : nothing}
        <form part="status" @submit=${this.#onStatusSubmit}>
          <label class="visually-hidden" for="status-select">${t.term('sessionStatus')}</label>
          <select id="status-select" part="status-select" @change=${this.#applyStatus}>
            ${operatorStatuses.map(
              // A property binding: it moves the choice only when the server reports a
              // change, never back over the operator's pick before the server confirms it.
              (option) =>
                html`<option value=${option.value} .selected=${option.value === status}>
                  ${t.term(option.term)}
                </option>`,
            )}
          </select>
          <label class="visually-hidden" for="status-message">${t.term('sessionStatusMessage')}</label>
          <input
            id="status-message"
            part="status-message"
            type="text"
            autocomplete="off"
            placeholder=${t.term('sessionStatusMessage')}
            .value=${me?.statusMessage ?? ''}
            @change=${this.#applyStatus}
          />
        </form>
        <button part="logout" type="button" @click=${this.#onLogoutClick}>${t.term('sessionLogOut')}</button>
      </div>
    `;
  }

  /** Creates the core session for the current url, or replaces it while it is stopped. */
  #syncSession(): void {
    const url = this.url.trim();
    const WebSocketClass = this.WebSocket;
    const current = this.#session;
    if (current ? url === this.#sessionUrl && WebSocketClass === this.#sessionSocket : !url) return;
    // A session in use keeps its server until it ends.
    if (current && !isStopped(current.connection.state)) return;
    let next: Session | undefined;
    if (url) {
      try {
        next = new Session({ url, WebSocket: WebSocketClass });
      } catch (error) {
        // No WebSocket implementation at all: nothing can connect; report it, render anyway.
        reportError(error);
      }
    }
    this.#session = next;
    this.#sessionUrl = url;
    this.#sessionSocket = WebSocketClass;
    this.#sessionProvider.setValue(next);
    this.#connection.watch(next);
    announceSessionChange(this);
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
    const state = this.#session?.connection.state;
    if (state !== undefined && !isStopped(state)) return;
    this.login().catch(() => {
      // Shown in the element and announced by whoson-login-failed.
    });
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

  readonly #onLoginSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.#connection.loggingIn) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string): string => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    this.login({
      username: text('username'),
      password: text('password'),
      authString: this.authString || text('authString'),
      status: text('status'),
    }).catch(() => {
      // Shown in the form and announced by whoson-login-failed.
    });
  };

  readonly #onStatusSubmit = (event: SubmitEvent): void => {
    // Enter in the message field commits it through its change event.
    event.preventDefault();
  };

  readonly #applyStatus = (): void => {
    const session = this.#session;
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#status-select');
    const input = this.renderRoot.querySelector<HTMLInputElement>('#status-message');
    if (!session || !select || !input) return;
    const status = parseOperatorStatus(select.value) ?? 0;
    const message = input.value;
    const me = session.store.getState().me;
    if (status === me.status && message === me.statusMessage) return;
    try {
      session.setStatus(status, message);
    } catch (error) {
      // Offline: the choice still holds, for the automatic re-login.
      if (error instanceof NotConnectedError) session.connection.setLoginStatus(status);
      else reportError(error);
    }
  };

  readonly #onLogoutClick = (): void => {
    this.logout();
  };
}
