import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { tokenStyles } from './tokens.styles.js';

/**
 * The thin base of every element: the shared design tokens, the element's internals and
 * custom states, the `session` attribute that names a `<whoson-session>` elsewhere in the
 * page (the SessionController follows it), and a safe, typed way to dispatch the kit's
 * events. Behaviour lives in controllers, not here.
 */
export class WhosonElement extends LitElement {
  static override styles = [tokenStyles];

  /** The id of a `<whoson-session>` elsewhere in the page (not needed inside one). */
  @property({ attribute: 'session', reflect: true }) sessionId = '';

  /** Null where the engine has no element internals (custom states are an enhancement). */
  protected readonly internals: ElementInternals | null;

  constructor() {
    super();
    let internals: ElementInternals | null = null;
    try {
      internals = typeof this.attachInternals === 'function' ? this.attachInternals() : null;
    } catch {
      // Already attached by a subclass of the integrator's, or not supported.
    }
    this.internals = internals;
  }

  /**
   * Turns a custom state on or off (`:host(:state(name))` in CSS). Engines that only know
   * the older dashed form get `--name`; engines with neither get nothing.
   */
  protected setState(name: string, on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      try {
        if (on) states.add(`--${name}`);
        else states.delete(`--${name}`);
      } catch {
        // No custom states here: the element works without them.
      }
    }
  }

  /**
   * Dispatches one of the kit's events (bubbling, composed). A listener of the host page
   * that throws must not break the element, so errors are reported, not rethrown.
   * Returns false when a cancelable event was cancelled.
   */
  protected emit(event: Event): boolean {
    try {
      return this.dispatchEvent(event);
    } catch (error) {
      reportError(error);
      return !event.defaultPrevented;
    }
  }
}

/** Reports an error the way an uncaught one would be, without unwinding the caller. */
export function reportError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}
