/**
 * Closing a chat and putting it away, with the site's wrap-up: the wrap-up shows when
 * the site says (SessionStart, SessionEnd, OperatorClose); a Required one blocks closing
 * and dismissing until chosen, saying so; a close always asks for confirmation first.
 */
import { nothing, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Site } from '../../core/protocol/models.js';
import type { SessionApi } from '../../core/session-api.js';
import type { Conversation } from '../../core/store/slices/conversations.js';
import type { LocalizeController } from '../shared/localize.js';
import { wrapUpBlocksClosing, wrapUpVisible } from './wrap-up-options.js';
import { renderWrapUp } from './wrap-up.js';

export interface CloseFlowOptions {
  readonly session: () => SessionApi | undefined;
  /** Runs an action, showing what went wrong; false when it failed. */
  readonly act: (action: () => void) => boolean;
  /** Focuses a part of the host once it has rendered. */
  readonly focusPart: (part: string) => void;
  /** The conversation was put away. */
  readonly dismissed: (chatUid: string) => void;
}

export class CloseFlowController {
  readonly #host: ReactiveControllerHost;
  readonly #options: CloseFlowOptions;
  /** The operator asked to close (or put away) the chat: the wrap-up may show now. */
  #closing = false;
  #confirming = false;
  #blocked = false;
  #path: readonly string[] = [];
  #listValue = '';
  #menuOpen = false;

  constructor(host: ReactiveControllerHost, options: CloseFlowOptions) {
    this.#host = host;
    this.#options = options;
  }

  get confirming(): boolean {
    return this.#confirming;
  }

  /** Another chat is on screen. */
  reset(): void {
    this.#closing = false;
    this.#confirming = false;
    this.#blocked = false;
    this.#path = [];
    this.#listValue = '';
    this.#menuOpen = false;
  }

  /** The wrap-up value chosen here, or the one the server already had. */
  wrapUpValue(conversation: Conversation): string | null {
    const chosen = this.#options.session()?.store.getState().chatUi.get(conversation.chatUid)?.wrapUpValue ?? null;
    return chosen ?? (conversation.header?.wrapUpValue || null);
  }

  /** The close button: confirmation, or the wrap-up first when the site requires one. */
  requestClose(conversation: Conversation, site: Site | undefined): void {
    this.#closing = true;
    if (wrapUpBlocksClosing(site?.wrapUp, this.wrapUpValue(conversation))) {
      this.#blocked = true;
      this.#confirming = false;
      this.#update('wrap-up');
      return;
    }
    this.#confirming = true;
    this.#update('confirm-close');
  }

  readonly cancelClose = (): void => {
    this.#confirming = false;
    this.#closing = false;
    this.#blocked = false;
    this.#update('close');
  };

  confirmClose(chatUid: string): void {
    const session = this.#options.session();
    if (!session) return;
    if (this.#options.act(() => session.close(chatUid))) {
      this.#confirming = false;
      this.#host.requestUpdate();
    }
  }

  /** Puts a closed or left chat away (its transcript with it), once any required wrap-up is done. */
  dismiss(conversation: Conversation, site: Site | undefined): void {
    const session = this.#options.session();
    if (!session) return;
    if (wrapUpBlocksClosing(site?.wrapUp, this.wrapUpValue(conversation))) {
      this.#closing = true;
      this.#blocked = true;
      this.#update('wrap-up');
      return;
    }
    const chatUid = conversation.chatUid;
    session.dismissConversation(chatUid);
    this.#options.dismissed(chatUid);
  }

  #choose(conversation: Conversation, value: string): void {
    const session = this.#options.session();
    if (!session || value === '') return;
    if (!this.#options.act(() => session.wrapUp(conversation.chatUid, value))) return;
    this.#path = [];
    this.#listValue = '';
    this.#menuOpen = false;
    const wasBlocked = this.#blocked;
    this.#blocked = false;
    // A close was waiting for this: carry on to its confirmation.
    if (wasBlocked && !conversation.closed && !conversation.left) {
      this.#confirming = true;
      this.#update('confirm-close');
    } else {
      this.#host.requestUpdate();
    }
  }

  renderWrapUp(
    id: string,
    conversation: Conversation,
    site: Site | undefined,
    localize: LocalizeController,
  ): unknown {
    const wrapUp = site?.wrapUp;
    if (!wrapUp || !wrapUpVisible(wrapUp, { ended: conversation.closed, closing: this.#closing })) return nothing;
    const chosen = this.wrapUpValue(conversation);
    const { chatUid, closed, left } = conversation;
    // Rendered again only when what it shows changed, not for each transcript line.
    return guard(
      [id, wrapUp, chatUid, closed, left, chosen, this.#path, this.#listValue, this.#menuOpen, this.#blocked, localize.version()],
      () =>
        renderWrapUp({
          id,
          wrapUp,
          chosen,
          path: this.#path,
          listValue: this.#listValue,
          menuOpen: this.#menuOpen,
          blocked: this.#blocked,
          localize,
          onChoose: (value) => this.#choose(conversation, value),
          onPath: (path) => {
            this.#path = path;
            this.#host.requestUpdate();
          },
          onListValue: (value) => {
            this.#listValue = value;
            this.#host.requestUpdate();
          },
          onMenuToggle: () => {
            this.#menuOpen = !this.#menuOpen;
            this.#host.requestUpdate();
          },
        }),
    );
  }

  #update(focusPart: string): void {
    this.#host.requestUpdate();
    this.#options.focusPart(focusPart);
  }
}
