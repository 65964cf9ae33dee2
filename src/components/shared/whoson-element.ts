import { LitElement } from 'lit';
import { tokenStyles } from './tokens.styles.js';

/**
 * The thin base of every element: the shared design tokens and a safe, typed way to
 * dispatch the kit's events. Behaviour lives in controllers, not here.
 */
export class WhosonElement extends LitElement {
  static override styles = [tokenStyles];

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
