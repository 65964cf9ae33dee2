import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface RovingTabindexOptions {
  /**
   * The focusable items in order, as rows of cells: a plain list has one cell per row, a
   * row with inline actions has several (Left/Right move between them). The host renders
   * every item with `tabindex="-1"`; the controller gives exactly one of them `0`.
   */
  rows(): HTMLElement[][];
  /**
   * A list that renders only part of its items (a virtual window) makes its first or last
   * item present for Home or End: true when it will, and the controller focuses that item
   * once the host has updated.
   */
  revealEdge?(edge: 'first' | 'last'): boolean;
}

/**
 * One tab stop for a list of controls (the roving tabindex technique): Tab enters the
 * list on the item used last, Arrow Up/Down move between rows, Arrow Left/Right between
 * the cells of a row (mirrored in right-to-left text), Home/End go to the first and last
 * row. Enter and Space are left to the items themselves (they are buttons).
 *
 * It survives re-renders: the active item is remembered by reference, and when it goes
 * away (a chat taken by someone else) the item now at its place takes over — and takes
 * the focus, if the list had it, so a keyboard user is never dropped onto the page.
 */
export class RovingTabindexController implements ReactiveController {
  readonly #host: Host;
  readonly #options: RovingTabindexOptions;
  #active: HTMLElement | null = null;
  #activeRow = 0;
  #activeColumn = 0;
  /** The list had the focus and nothing said it left (a removed item fires no focusout). */
  #focusWithin = false;
  #root: EventTarget | null = null;

  constructor(host: Host, options: RovingTabindexOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The item that holds the tab stop, or null when the list is empty. */
  get active(): HTMLElement | null {
    return this.#active;
  }

  hostConnected(): void {
    // Focus moving between items inside the shadow root never reaches the host (the
    // event's target and relatedTarget both retarget to it), so listen on the root.
    this.#root = this.#host.shadowRoot ?? this.#host;
    this.#root.addEventListener('keydown', this.#onKeyDown as EventListener);
    this.#root.addEventListener('focusin', this.#onFocusIn as EventListener);
    this.#root.addEventListener('focusout', this.#onFocusOut as EventListener);
  }

  hostDisconnected(): void {
    this.#root?.removeEventListener('keydown', this.#onKeyDown as EventListener);
    this.#root?.removeEventListener('focusin', this.#onFocusIn as EventListener);
    this.#root?.removeEventListener('focusout', this.#onFocusOut as EventListener);
    this.#root = null;
    this.#focusWithin = false;
  }

  hostUpdated(): void {
    // The common case (a re-render that kept the active item) costs one property read.
    if (this.#active?.isConnected && this.#active.tabIndex === 0) return;
    const rows = this.#options.rows();
    const row = rows[Math.min(this.#activeRow, rows.length - 1)];
    const replacement = row?.[Math.min(this.#activeColumn, row.length - 1)] ?? null;
    const focusWasLost = this.#focusWithin && !this.#containsFocus();
    this.#makeActive(replacement);
    if (replacement && focusWasLost) replacement.focus();
  }

  /** Moves the tab stop (and the focus) to this item. */
  focus(item: HTMLElement): void {
    this.#makeActive(item);
    item.focus();
  }

  #makeActive(item: HTMLElement | null): void {
    if (this.#active && this.#active !== item && this.#active.isConnected) this.#active.tabIndex = -1;
    this.#active = item;
    if (item === null) return;
    item.tabIndex = 0;
    const position = this.#positionOf(item, this.#options.rows());
    if (position) [this.#activeRow, this.#activeColumn] = position;
  }

  #positionOf(item: HTMLElement, rows: HTMLElement[][]): [number, number] | null {
    for (let row = 0; row < rows.length; row += 1) {
      const column = rows[row]!.indexOf(item);
      if (column !== -1) return [row, column];
    }
    return null;
  }

  /** The item an event came from, with its position, or null when it is not one of ours. */
  #itemOf(event: Event, rows: HTMLElement[][]): { item: HTMLElement; at: [number, number] } | null {
    for (const target of event.composedPath()) {
      if (target === this.#host) break;
      if (!(target instanceof HTMLElement)) continue;
      const at = this.#positionOf(target, rows);
      if (at) return { item: target, at };
    }
    return null;
  }

  #containsFocus(): boolean {
    const root = this.#host.shadowRoot;
    return root ? root.activeElement !== null : this.#host.contains(document.activeElement);
  }

  readonly #onFocusIn = (event: FocusEvent): void => {
    this.#focusWithin = true;
    const found = this.#itemOf(event, this.#options.rows());
    if (found && found.item !== this.#active) this.#makeActive(found.item);
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Node && (this.#host.shadowRoot ?? this.#host).contains(next)) return;
    const left = event.target;
    // Focus went elsewhere; but an item that is being removed takes the focus with it,
    // and then the list should hand it to the item taking its place (see hostUpdated).
    queueMicrotask(() => {
      if (!(left instanceof Node) || left.isConnected || next !== null) this.#focusWithin = false;
    });
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const rows = this.#options.rows();
    const found = this.#itemOf(event, rows);
    if (!found) return;
    const [row, column] = found.at;
    const rtl = getComputedStyle(this.#host).direction === 'rtl';
    let target: [number, number] | null = null;
    switch (event.key) {
      case 'ArrowDown':
        target = [Math.min(row + 1, rows.length - 1), column];
        break;
      case 'ArrowUp':
        target = [Math.max(row - 1, 0), column];
        break;
      case 'ArrowRight':
        target = [row, column + (rtl ? -1 : 1)];
        break;
      case 'ArrowLeft':
        target = [row, column + (rtl ? 1 : -1)];
        break;
      case 'Home':
      case 'End': {
        const edge = event.key === 'Home' ? 'first' : 'last';
        if (this.#options.revealEdge?.(edge)) {
          event.preventDefault();
          void this.#host.updateComplete.then(() => {
            const present = this.#options.rows();
            const cell = (edge === 'first' ? present[0] : present.at(-1))?.[0];
            if (cell) this.focus(cell);
          });
          return;
        }
        target = edge === 'first' ? [0, 0] : [rows.length - 1, 0];
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    const cells = rows[target[0]];
    if (!cells || cells.length === 0) return;
    const cell = cells[Math.max(0, Math.min(target[1], cells.length - 1))]!;
    // Up/Down into a row with fewer cells lands on its last one.
    this.focus(cell);
  };
}
