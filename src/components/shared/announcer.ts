import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region an element renders once and speaks through. Screen readers
 * announce a change of its text; the same text twice in a row would be ignored, so the
 * region is emptied first and filled a moment later. `debounceMs` folds a burst of
 * changes (a count going 3, 4, 5 within a second) into one announcement of the last.
 */
export class AnnouncerController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #message = '';
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The text the region holds now. */
  get message(): string {
    return this.#message;
  }

  announce(message: string, debounceMs = 0): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#message = '';
      this.#host.requestUpdate();
      // Long enough for assistive technology to notice the empty region.
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#message = message;
        this.#host.requestUpdate();
      }, 100);
    }, debounceMs);
  }

  hostDisconnected(): void {
    this.#clearTimer();
    this.#message = '';
  }

  /** The region itself: render it always, so it exists before anything is said. */
  render(): TemplateResult {
    return html`<div part="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#message}</div>`;
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
