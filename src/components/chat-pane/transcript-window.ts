import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TranscriptLine } from '../../core/store/transcript.js';

/** Lines rendered when a chat opens and whenever the operator is back at the newest line. */
export const RECENT_LINES = 80;
/** Lines added each time the operator reaches the top of what is rendered. */
const EARLIER_PAGE = 120;
/** How close to the top of the rendered lines counts as "reading the oldest shown". */
const NEAR_TOP_PX = 240;
/** How far before the recent lines the window reaches to show where the unread lines begin. */
const MARKER_REACH = 60;

/**
 * A long transcript renders only its latest lines: a new line costs the same with ten
 * lines or ten thousand. Reaching the top of what is shown (by scrolling, or with the
 * "earlier messages" button) renders an earlier page above it without moving the view;
 * back at the newest line, the transcript returns to its recent lines. The unread marker
 * and the line it marks are rendered too when they are at most MARKER_REACH lines before
 * the others; a marker farther back (a long chat opened with all of it unread) shows once
 * the earlier pages reach it, so opening such a chat still renders only its latest lines.
 */
export class TranscriptWindow implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #scroller: () => HTMLElement | null | undefined;
  #shown = RECENT_LINES;
  /** Distance from the bottom to keep while an earlier page is added above. */
  #keepFromBottom: number | null = null;

  constructor(host: ReactiveControllerHost, scroller: () => HTMLElement | null | undefined) {
    this.#host = host;
    this.#scroller = scroller;
    host.addController(this);
  }

  /** The index of the first line to render. */
  start(lines: readonly TranscriptLine[], markerKey: string | null): number {
    const start = Math.max(0, lines.length - this.#shown);
    if (markerKey === null || start === 0) return start;
    // From the end and no farther than the reach: a look-up per render, not a walk through the chat.
    const reach = Math.max(0, start - MARKER_REACH);
    for (let index = lines.length - 1; index >= reach; index -= 1) {
      if (lines[index]!.key === markerKey) return Math.min(index, start);
    }
    return start;
  }

  /** Another chat: back to its recent lines. */
  reset(): void {
    this.#shown = RECENT_LINES;
    this.#keepFromBottom = null;
  }

  /** Renders an earlier page above the lines shown, keeping the view where it is. */
  showEarlier(): void {
    const scroller = this.#scroller();
    this.#keepFromBottom = scroller ? scroller.scrollHeight - scroller.scrollTop : null;
    this.#shown += EARLIER_PAGE;
    this.#host.requestUpdate();
  }

  /** Call on the transcript's `scroll`, with whether lines before the rendered ones exist. */
  scrolled(hasEarlier: boolean): void {
    const scroller = this.#scroller();
    if (!scroller || this.#keepFromBottom !== null) return;
    if (hasEarlier && scroller.scrollTop < NEAR_TOP_PX) this.showEarlier();
  }

  /** The operator scrolled back down to the newest line: the earlier pages can go. */
  reachedBottom(): void {
    if (this.#shown <= RECENT_LINES) return;
    this.#shown = RECENT_LINES;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const keep = this.#keepFromBottom;
    if (keep === null) return;
    this.#keepFromBottom = null;
    const scroller = this.#scroller();
    // Browsers that anchor scrolling have kept the view already; this is for the others.
    if (scroller) scroller.scrollTop = scroller.scrollHeight - keep;
  }
}
