import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionApi } from '../../core/session-api.js';
import type { SessionState } from '../../core/store/state.js';
import type { ChatSelection } from './chat-selection.js';
import { ensureContextRoot } from './context-root.js';
import { selectionContext, sessionContext } from './session-context.js';

/** The element; its `sessionId` (the `session` attribute) names a provider elsewhere. */
type Host = ReactiveControllerHost & HTMLElement & { readonly sessionId?: string };

/** What a `<whoson-session>` offers elements that attach to it by id. */
export interface SessionProvider extends HTMLElement {
  readonly session: SessionApi | undefined;
  readonly selection: ChatSelection;
}

/** Fired by `<whoson-session>` on itself when its core session is created or replaced. */
export const SESSION_CHANGE_EVENT = 'whoson-session-change';

/**
 * Finds the session for an element — from the nearest `<whoson-session>` ancestor through
 * context, or from the one named by the host's `session` attribute — and re-renders the host
 * whenever one of the store slices it reads changes. It follows the host's `session`
 * attribute by itself. Until a session is found (a provider defined after its consumers,
 * a wrong id) `session` is undefined and the host shows its "no session" state; nothing
 * throws.
 */
export class SessionController<K extends keyof SessionState> implements ReactiveController {
  readonly #host: Host;
  readonly #slices: readonly K[];
  readonly #onChange: (() => void) | undefined;
  #fromContext: SessionApi | undefined;
  #selectionFromContext: ChatSelection | undefined;
  #provider: SessionProvider | null = null;
  /** The provider id the controller attached by (the host's `session` attribute). */
  #attachedId = '';
  #subscribedTo: SessionApi | undefined;
  #unsubscribe: (() => void)[] = [];
  #unsubscribeSelection: (() => void) | undefined;
  #subscribedSelection: ChatSelection | undefined;

  constructor(host: Host, slices: readonly K[], onChange?: () => void) {
    this.#host = host;
    this.#slices = slices;
    this.#onChange = onChange;
    // Before the first request: a <whoson-session> upgraded later must still hear it.
    ensureContextRoot();
    host.addController(this);
    new ContextConsumer(host, {
      context: sessionContext,
      subscribe: true,
      callback: (session) => {
        this.#fromContext = session;
        this.#resubscribe();
      },
    });
    new ContextConsumer(host, {
      context: selectionContext,
      subscribe: true,
      callback: (selection) => {
        this.#selectionFromContext = selection;
        this.#resubscribe();
      },
    });
  }

  /** The core session, or undefined while none is reachable. */
  get session(): SessionApi | undefined {
    return this.#provider ? this.#provider.session : this.#fromContext;
  }

  get selection(): ChatSelection | undefined {
    return this.#provider ? this.#provider.selection : this.#selectionFromContext;
  }

  /** The current store state, or undefined without a session. */
  get state(): Pick<SessionState, K> | undefined {
    return this.session?.store.getState();
  }

  hostConnected(): void {
    this.#attachById();
    this.#resubscribe();
  }

  hostDisconnected(): void {
    this.#detachProvider();
    this.#unsubscribeAll();
  }

  hostUpdate(): void {
    // The host's `session` attribute changed since the controller attached by it.
    if (!this.#host.isConnected || this.#wantedId() === this.#attachedId) return;
    this.#attachById();
    this.#resubscribe();
  }

  #wantedId(): string {
    const id = this.#host.sessionId;
    return typeof id === 'string' ? id : (this.#host.getAttribute('session') ?? '');
  }

  #attachById(): void {
    this.#detachProvider();
    const id = this.#wantedId();
    this.#attachedId = id;
    if (!id) return;
    const root = this.#host.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(id) ?? document.getElementById(id);
    if (!found) return;
    this.#provider = found as SessionProvider;
    found.addEventListener(SESSION_CHANGE_EVENT, this.#onProviderChange);
    // The provider may upgrade after this element: look again once it is defined.
    if (!('selection' in found)) {
      void customElements.whenDefined(found.localName).then(() => {
        if (this.#provider === found) this.#resubscribe();
      });
    }
  }

  #detachProvider(): void {
    this.#provider?.removeEventListener(SESSION_CHANGE_EVENT, this.#onProviderChange);
    this.#provider = null;
  }

  readonly #onProviderChange = (): void => {
    this.#resubscribe();
  };

  #resubscribe(): void {
    const session = this.session;
    const selection = this.selection;
    if (session !== this.#subscribedTo) {
      for (const unsubscribe of this.#unsubscribe) unsubscribe();
      this.#unsubscribe = [];
      this.#subscribedTo = session;
      if (session && this.#host.isConnected) {
        for (const slice of this.#slices) {
          this.#unsubscribe.push(session.store.subscribe(slice, this.#changed));
        }
        // Which page plays the alerts moves with the operator's focus between tabs.
        this.#unsubscribe.push(session.onAlertingChange(this.#changed));
      }
    }
    if (selection !== this.#subscribedSelection) {
      this.#unsubscribeSelection?.();
      this.#subscribedSelection = selection;
      this.#unsubscribeSelection =
        selection && this.#host.isConnected ? selection.subscribe(this.#changed) : undefined;
    }
    this.#changed();
  }

  #unsubscribeAll(): void {
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
    this.#subscribedTo = undefined;
    this.#unsubscribeSelection?.();
    this.#unsubscribeSelection = undefined;
    this.#subscribedSelection = undefined;
  }

  readonly #changed = (): void => {
    this.#onChange?.();
    this.#host.requestUpdate();
  };
}
