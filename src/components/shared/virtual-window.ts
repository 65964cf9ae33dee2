import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface VirtualWindowOptions {
  /** The list element whose children are the rendered items (plus the two spacers). */
  container(): HTMLElement | null | undefined;
  /** The key of a rendered item element; undefined for anything else (a spacer). */
  keyOf(item: HTMLElement): string | undefined;
  /** Height of an item not yet measured, in px. */
  estimate: number;
  /** Lists this long or shorter render whole: nothing to gain below it. */
  threshold?: number;
  /** How far beyond the visible area items are rendered, in px. */
  overscan?: number;
}

/** The items to render and the space the others take above and below them. */
export interface VirtualRange {
  readonly start: number;
  readonly end: number;
  /** Height of the items before `start`, in px. */
  readonly before: number;
  /** Height of the items from `end` on, in px. */
  readonly after: number;
}

const DEFAULT_THRESHOLD = 60;
const DEFAULT_OVERSCAN = 600;

/** The element that scrolls `element`, across shadow roots; null for the page itself. */
function scrollingAncestor(element: Element): HTMLElement | null {
  let node: Node | null = element;
  while (node !== null) {
    const parent: Node | null = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    node = parent instanceof ShadowRoot ? parent.host : parent;
    if (!(node instanceof HTMLElement) || node === document.body || node === document.documentElement) continue;
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return null;
}

/**
 * Renders only the items of a long list that are on screen (and a margin around them):
 * the rest is two spacers of their measured (or estimated) height, so the scrollbar and
 * the page stay as long as the whole list. Items are measured by a ResizeObserver after
 * they lay out, and the visible area is read once per animation frame after a scroll,
 * never right after a render wrote to the DOM.
 *
 * The host renders the items of `range(keys)` between two spacers, and marks each with
 * `aria-setsize`/`aria-posinset`, so assistive technology still hears the whole list.
 */
export class VirtualWindow implements ReactiveController {
  readonly #host: Host;
  readonly #options: VirtualWindowOptions;
  readonly #heights = new Map<string, number>();
  /** The visible band in the container's coordinates, once known. */
  #view: { top: number; bottom: number } | null = null;
  #scroller: HTMLElement | null = null;
  #listening: EventTarget | null = null;
  #frame = 0;
  #resizes: ResizeObserver | null = null;
  readonly #observed = new Set<Element>();
  #last: VirtualRange = { start: 0, end: 0, before: 0, after: 0 };
  #count = 0;
  /** Home or End asked for the first or last items; cleared by the next view read. */
  #revealing: 'first' | 'last' | null = null;
  #keyAt: (index: number) => string = String;

  constructor(host: Host, options: VirtualWindowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver !== 'undefined') {
      this.#resizes = new ResizeObserver((entries) => this.#measured(entries));
    }
    addEventListener('resize', this.#onScroll, { passive: true });
  }

  hostDisconnected(): void {
    removeEventListener('resize', this.#onScroll);
    this.#listening?.removeEventListener('scroll', this.#onScroll);
    this.#listening = null;
    this.#resizes?.disconnect();
    this.#resizes = null;
    this.#observed.clear();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  hostUpdated(): void {
    const container = this.#options.container();
    if (!container) return;
    if (this.#listening === null) {
      this.#scroller = scrollingAncestor(container);
      this.#listening = this.#scroller ?? window;
      this.#listening.addEventListener('scroll', this.#onScroll, { passive: true });
      this.#schedule();
    }
    this.#observeItems(container);
  }

  /** Whether the first (or last) item is among those rendered now. */
  renders(edge: 'first' | 'last'): boolean {
    return edge === 'first' ? this.#last.start === 0 : this.#last.end >= this.#count;
  }

  /**
   * Renders the first or last items at the next update (Home and End), whatever the view
   * shows; the view read after the item is focused (and scrolled to) takes over again.
   */
  reveal(edge: 'first' | 'last'): void {
    this.#revealing = edge;
    this.#host.requestUpdate();
  }

  /** Which of the `count` items (the key of the i-th: `keyAt(i)`) to render now. */
  range(count: number, keyAt: (index: number) => string): VirtualRange {
    this.#count = count;
    this.#keyAt = keyAt;
    const keys = { length: count, at: keyAt };
    const threshold = this.#options.threshold ?? DEFAULT_THRESHOLD;
    if (count <= threshold) return (this.#last = { start: 0, end: count, before: 0, after: 0 });
    if (this.#revealing !== null) return (this.#last = this.#edgeRange(this.#revealing, count, threshold));
    const overscan = this.#options.overscan ?? DEFAULT_OVERSCAN;
    const view = this.#view ?? { top: 0, bottom: threshold * this.#options.estimate - 2 * overscan };
    const top = view.top - overscan;
    const bottom = view.bottom + overscan;
    let offset = 0;
    let start = -1;
    let before = 0;
    let end = count;
    for (let i = 0; i < count; i += 1) {
      const height = this.#height(keys.at(i));
      if (start < 0 && offset + height > top) {
        start = i;
        before = offset;
      }
      offset += height;
      if (start >= 0 && offset >= bottom) {
        end = i + 1;
        break;
      }
    }
    if (start < 0) {
      // Scrolled past the end (the list shrank): show its last screenful.
      start = Math.max(0, count - threshold);
      before = 0;
      for (let i = 0; i < start; i += 1) before += this.#height(keys.at(i));
      end = count;
    }
    let after = 0;
    for (let i = end; i < count; i += 1) after += this.#height(keys.at(i));
    return (this.#last = { start, end, before, after });
  }

  #edgeRange(edge: 'first' | 'last', count: number, shown: number): VirtualRange {
    const start = edge === 'first' ? 0 : count - shown;
    const end = edge === 'first' ? shown : count;
    let before = 0;
    for (let i = 0; i < start; i += 1) before += this.#height(this.#keyAt(i));
    let after = 0;
    for (let i = end; i < count; i += 1) after += this.#height(this.#keyAt(i));
    return { start, end, before, after };
  }

  #height(key: string): number {
    return this.#heights.get(key) ?? this.#options.estimate;
  }

  #observeItems(container: HTMLElement): void {
    const resizes = this.#resizes;
    if (resizes === null) return;
    const current = new Set<Element>();
    for (const item of container.children) {
      if (!(item instanceof HTMLElement) || this.#options.keyOf(item) === undefined) continue;
      current.add(item);
      if (!this.#observed.has(item)) {
        resizes.observe(item);
        this.#observed.add(item);
      }
    }
    for (const item of this.#observed) {
      if (current.has(item)) continue;
      resizes.unobserve(item);
      this.#observed.delete(item);
    }
  }

  #measured(entries: readonly ResizeObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const key = this.#options.keyOf(entry.target as HTMLElement);
      const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
      if (key === undefined || height === 0 || this.#heights.get(key) === height) continue;
      this.#heights.set(key, height);
      changed = true;
    }
    if (changed) this.#schedule();
  }

  readonly #onScroll = (): void => this.#schedule();

  #schedule(): void {
    if (this.#frame !== 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#readView();
    });
  }

  /** Reads where the list is on screen; renders again when the rendered items no longer cover it. */
  #readView(): void {
    const container = this.#options.container();
    if (!container || !container.isConnected) return;
    const box = container.getBoundingClientRect();
    const frame = this.#scroller?.getBoundingClientRect();
    const viewTop = Math.max(0, frame?.top ?? 0);
    const viewBottom = Math.min(innerHeight, frame?.bottom ?? innerHeight);
    const view = { top: viewTop - box.top, bottom: viewBottom - box.top };
    this.#view = view;
    if (this.#revealing !== null) {
      // The view has moved to the revealed item: render around it from now on.
      this.#revealing = null;
      this.#host.requestUpdate();
      return;
    }
    const count = this.#count;
    if (count <= (this.#options.threshold ?? DEFAULT_THRESHOLD)) return;
    // Re-render when the margin on either side has shrunk below half the overscan.
    const margin = (this.#options.overscan ?? DEFAULT_OVERSCAN) / 2;
    const { start, end, before, after } = this.#last;
    let renderedBottom = before;
    for (let i = start; i < end; i += 1) renderedBottom += this.#height(this.#keyAt(i));
    const short =
      (start > 0 && view.top - margin < before) ||
      (end < count && view.bottom + margin > renderedBottom) ||
      (after > 0 && renderedBottom - view.bottom > 4 * margin + (view.bottom - view.top));
    if (short) this.#host.requestUpdate();
  }
}
