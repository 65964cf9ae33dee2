import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How close to the bottom counts as "reading the latest lines". */
export const FOLLOW_THRESHOLD_PX = 50;

/**
 * Auto-scroll that does not yank the view: new lines scroll the transcript only when the
 * operator was already within FOLLOW_THRESHOLD_PX of the bottom. Otherwise the lines are
 * counted, so the host can offer a "new messages" button instead.
 */
export class ScrollFollow implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #scroller: () => HTMLElement | null | undefined;
  readonly #onReachBottom: () => void;
  #atBottom = true;
  #pendingScroll = false;
  #frame = 0;
  #unseen = 0;
  /** Watches the transcript's own size: it shrinks when the typing area or an error appears. */
  #resizes: ResizeObserver | null = null;
  #observed: HTMLElement | null = null;

  constructor(
    host: ReactiveControllerHost,
    scroller: () => HTMLElement | null | undefined,
    onReachBottom: () => void,
  ) {
    this.#host = host;
    this.#scroller = scroller;
    this.#onReachBottom = onReachBottom;
    host.addController(this);
  }

  /** The operator is reading the latest lines. */
  get atBottom(): boolean {
    return this.#atBottom;
  }

  /** Lines that arrived below the view while the operator was scrolled up. */
  get unseen(): number {
    return this.#unseen;
  }

  /**
   * Call before the DOM updates with `added` new lines. `force` (the operator's own
   * message, another chat opened) scrolls whatever the position.
   *
   * Where the operator is comes from the last scroll (or resize), not from measuring now:
   * a line may arrive after other writes and before the next frame, and reading the
   * scroll height then would lay the pane out once more just for this.
   */
  linesAdded(added: number, force = false): void {
    // A scroll to the bottom still on its way (another chat just opened) takes these along.
    if (force || this.#atBottom || this.#pendingScroll) {
      this.#pendingScroll = true;
      this.#unseen = 0;
    } else if (added > 0) {
      this.#unseen += added;
    }
  }

  /** Jumps to the newest line (the "new messages" button). */
  scrollToBottom(): void {
    this.#pendingScroll = true;
    this.#unseen = 0;
    this.#host.requestUpdate();
  }

  /** Bind to the scroller's `scroll` event. */
  readonly onScroll = (): void => {
    const was = this.#atBottom;
    this.#atBottom = this.#measure();
    if (this.#atBottom && this.#unseen > 0) {
      this.#unseen = 0;
      this.#host.requestUpdate();
    }
    if (this.#atBottom && !was) this.#onReachBottom();
  };

  hostUpdated(): void {
    this.#observeSize();
    if (!this.#pendingScroll || this.#frame !== 0) return;
    // Scrolled in the next frame, before it is painted: reading the height right after
    // the render wrote the lines would force a layout of its own.
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (!this.#pendingScroll) return;
      this.#pendingScroll = false;
      const scroller = this.#scroller();
      if (!scroller) return;
      scroller.scrollTop = scroller.scrollHeight;
      const was = this.#atBottom;
      this.#atBottom = true;
      // The scroll event that follows finds the operator at the bottom already: say it here.
      if (!was) this.#onReachBottom();
    });
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#resizes?.disconnect();
    this.#resizes = null;
    this.#observed = null;
  }

  /**
   * The newest line stays in view when the transcript gets shorter (the visitor starts
   * typing, a notice appears) while the operator was reading the latest lines.
   */
  #observeSize(): void {
    const scroller = this.#scroller() ?? null;
    if (scroller === this.#observed || typeof ResizeObserver === 'undefined') return;
    this.#resizes?.disconnect();
    this.#observed = scroller;
    if (scroller === null) return;
    this.#resizes = new ResizeObserver(() => {
      if (this.#atBottom) {
        scroller.scrollTop = scroller.scrollHeight;
      } else if (this.#measure()) {
        // Laid out already, so measuring costs nothing: a taller view may reach the bottom.
        this.#atBottom = true;
        this.#onReachBottom();
      }
    });
    this.#resizes.observe(scroller);
  }

  #measure(): boolean {
    const scroller = this.#scroller();
    if (!scroller) return true;
    const distance = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
    return distance <= FOLLOW_THRESHOLD_PX;
  }
}
