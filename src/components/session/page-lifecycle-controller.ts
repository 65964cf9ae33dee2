import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Presence } from '../../core/shared-session/messages.js';

export interface PageLifecycleCallbacks {
  /** The page became visible or hidden, or gained or lost focus. */
  presence(presence: Presence): void;
  /** The page is being left (a navigation, a reload, the tab closing, or the back-forward cache). */
  leaving(): void;
  /** The page came back from the back-forward cache. */
  restored(): void;
}

/** Where the page is now: visible, focused. */
export function currentPresence(): Presence {
  if (typeof document === 'undefined') return { visible: true, focused: false };
  return { visible: document.visibilityState === 'visible', focused: document.hasFocus() };
}

/**
 * The page's life as a shared session needs to know it: whether the operator is looking
 * at this page (the session rings in the page in front), and when the page goes and
 * comes back. `pagehide` is the last moment a page can speak: it fires on navigation,
 * reload, closing the tab and entering the back-forward cache alike.
 */
export class PageLifecycleController implements ReactiveController {
  readonly #callbacks: PageLifecycleCallbacks;

  constructor(host: ReactiveControllerHost, callbacks: PageLifecycleCallbacks) {
    this.#callbacks = callbacks;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onPresence);
    window.addEventListener('focus', this.#onPresence);
    window.addEventListener('blur', this.#onPresence);
    window.addEventListener('pagehide', this.#onPageHide);
    window.addEventListener('pageshow', this.#onPageShow);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onPresence);
    window.removeEventListener('focus', this.#onPresence);
    window.removeEventListener('blur', this.#onPresence);
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('pageshow', this.#onPageShow);
  }

  readonly #onPresence = (): void => {
    this.#callbacks.presence(currentPresence());
  };

  readonly #onPageHide = (): void => {
    this.#callbacks.leaving();
  };

  readonly #onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.#callbacks.restored();
  };
}
