/**
 * The auto-response picker's state and keyboard: opened by its toggle (search box) or by
 * the `/` shortcut at the start of the composer (the text after the slash is the search).
 * Arrow Down moves from the composer into the list, arrows move in it, Escape closes it
 * and gives the composer back; Enter on a `/query` inserts the first match.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AutoResponse } from '../../core/protocol/models.js';
import type { AutoResponsesState } from '../../core/store/slices/auto-responses.js';
import type { LocalizeController } from '../shared/localize.js';
import { renderAutoResponsePicker } from './auto-response-picker.js';
import { autoResponseTree, filterTree, insertable, type AutoResponseNode } from './auto-response-tree.js';
import type { ComposerController } from './composer-controller.js';

export interface AutoResponseOptions {
  readonly composer: ComposerController;
  /** The library and the chat's site, or undefined without a chat. */
  readonly library: () => { responses: AutoResponsesState; siteKey: number } | undefined;
  /** Where the picker is rendered (the host's shadow root). */
  readonly root: () => ParentNode;
}

const OPTION = '[part="auto-response"]';

export class AutoResponseController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: AutoResponseOptions;
  #open = false;
  #query = '';
  /** Escape closed the `/` picker; it comes back once the shortcut is typed anew. */
  #slashDismissed = false;

  constructor(host: ReactiveControllerHost, options: AutoResponseOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.#options.composer.slashQuery === null) this.#slashDismissed = false;
  }

  /** The `/` shortcut's search while it is open, else null. */
  get slashQuery(): string | null {
    return this.#slashDismissed ? null : this.#options.composer.slashQuery;
  }

  get shown(): boolean {
    return this.#open || this.slashQuery !== null;
  }

  /** The chat changed: the picker closes. */
  reset(): void {
    this.#open = false;
    this.#query = '';
    this.#slashDismissed = false;
  }

  /** The toggle button: opens with the search box focused, or closes (the shortcut too). */
  toggle(): void {
    if (this.slashQuery !== null) {
      this.#slashDismissed = true;
      this.#open = false;
    } else {
      this.#open = !this.#open;
    }
    this.#host.requestUpdate();
    if (this.#open) {
      void this.#host.updateComplete.then(() =>
        this.#options.root().querySelector<HTMLElement>('[part="auto-response-search"]')?.focus(),
      );
    }
  }

  /** Inserts a response: in place of the `/query`, or at the cursor. */
  choose(response: AutoResponse): void {
    const { composer } = this.#options;
    if (this.slashQuery !== null) composer.replaceSlash(response.content);
    else composer.insert(response.content);
    this.#open = false;
    this.#query = '';
    this.#host.requestUpdate();
  }

  /** Enter on a `/query`: the first match replaces it. False when nothing matches. */
  insertFirstMatch(): boolean {
    if (this.slashQuery === null) return false;
    const first = insertable(this.#tree())[0];
    if (!first) return false;
    this.choose(first);
    return true;
  }

  /** Keys in the composer that belong to the picker; true when handled. */
  onComposerKeydown(event: KeyboardEvent, caretOnLastLine: boolean): boolean {
    if (event.key === 'Escape' && this.slashQuery !== null) {
      event.preventDefault();
      this.#slashDismissed = true;
      this.#host.requestUpdate();
      return true;
    }
    if (event.key === 'ArrowDown' && this.shown && caretOnLastLine) {
      const first = this.#options.root().querySelector<HTMLElement>(OPTION);
      if (first) {
        event.preventDefault();
        first.focus();
        return true;
      }
    }
    return false;
  }

  readonly #onPickerKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (this.slashQuery !== null) this.#slashDismissed = true;
      this.#open = false;
      this.#host.requestUpdate();
      this.#options.composer.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const options = [...this.#options.root().querySelectorAll<HTMLElement>(OPTION)];
    const index = options.indexOf(event.composedPath()[0] as HTMLElement);
    if (index < 0) return;
    event.preventDefault();
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) this.#options.composer.focus();
    else options[Math.min(next, options.length - 1)]?.focus();
  };

  render(id: string, localize: LocalizeController): TemplateResult | typeof nothing {
    if (!this.shown) return nothing;
    const slash = this.slashQuery;
    return renderAutoResponsePicker({
      id,
      tree: this.#tree(),
      query: slash ?? this.#query,
      fromShortcut: slash !== null,
      localize,
      onSearch: (query) => {
        this.#query = query;
        this.#host.requestUpdate();
      },
      onChoose: (response) => this.choose(response),
      onKeydown: this.#onPickerKeydown,
    });
  }

  #tree(): AutoResponseNode[] {
    const library = this.#options.library();
    if (!library) return [];
    return filterTree(autoResponseTree(library.responses, library.siteKey), this.slashQuery ?? this.#query);
  }
}
