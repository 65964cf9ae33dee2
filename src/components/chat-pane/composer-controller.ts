/**
 * The composer's behaviour: a draft per chat, kept in the session's store (so another
 * page or tab of the operator finds it), Enter to send (Shift+Enter for a new line;
 * never during IME composition), the typing signals, the 5000-character limit, and
 * inserts at the cursor that never overwrite the draft.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CommandLimitError, textLimits } from '../../core/protocol/commands.js';
import type { SessionApi } from '../../core/session-api.js';
import { chatUiOf, type ChatUi } from '../../core/store/slices/chat-ui.js';
import type { LocalizeController } from '../shared/localize.js';
import { insertAtCursor, replaceSlashQuery, slashQuery, type DraftEdit } from './insert-at-cursor.js';

export interface ComposerOptions {
  readonly session: () => SessionApi | undefined;
  readonly chatUid: () => string;
  readonly textarea: () => HTMLTextAreaElement | null | undefined;
  readonly localize: LocalizeController;
  /** A message went out (the transcript follows it to the bottom). */
  readonly onSent: () => void;
  /** Enter while the `/` shortcut is open: true when the picker took it. */
  readonly onSlashEnter: () => boolean;
}

export const MESSAGE_LIMIT = textLimits.sendTo;

export class ComposerController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ComposerOptions;
  #error = '';
  #errorChat = '';
  /** The chat whose draft the textarea shows (its caret is saved on switching). */
  #shownChat = '';
  #restoreCaret = false;

  constructor(host: ReactiveControllerHost, options: ComposerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get draft(): string {
    return this.#chatUi()?.draft ?? '';
  }

  get length(): number {
    return this.draft.length;
  }

  get overLimit(): boolean {
    return this.length > MESSAGE_LIMIT;
  }

  /** The limit or send error for the chat on screen, or ''. */
  get error(): string {
    if (this.overLimit) return this.#options.localize.term('chatPaneOverLimit', this.length, MESSAGE_LIMIT);
    return this.#errorChat === this.#options.chatUid() ? this.#error : '';
  }

  /** The `/query` typed at the start of the draft, or null. */
  get slashQuery(): string | null {
    return slashQuery(this.draft);
  }

  /** Call when the chat on screen may have changed (before rendering). */
  showChat(chatUid: string): void {
    if (chatUid === this.#shownChat) return;
    const previous = this.#shownChat;
    const textarea = this.#options.textarea();
    const session = this.#options.session();
    if (previous !== '' && session) {
      if (textarea) {
        const left = chatUiOf(session.store.getState().chatUi, previous);
        session.setDraft(previous, left.draft, textarea.selectionEnd);
      }
      // The composer left that chat: the visitor should not see "typing" any longer.
      session.stopTyping(previous);
    }
    this.#shownChat = chatUid;
    this.#error = '';
    this.#restoreCaret = true;
  }

  hostUpdated(): void {
    if (!this.#restoreCaret) return;
    const textarea = this.#options.textarea();
    const chatUi = this.#chatUi();
    if (!textarea || !chatUi) return;
    this.#restoreCaret = false;
    const caret = Math.min(chatUi.caret, textarea.value.length);
    textarea.setSelectionRange(caret, caret);
  }

  readonly onInput = (event: Event): void => {
    const textarea = event.target as HTMLTextAreaElement;
    this.#setDraft(textarea.value, textarea.selectionEnd);
  };

  /** Remembers the caret as the operator moves it, for inserts made from elsewhere. */
  readonly onCaretMove = (event: Event): void => {
    const session = this.#options.session();
    const chatUid = this.#options.chatUid();
    const chatUi = this.#chatUi();
    if (!session || !chatUi) return;
    session.setDraft(chatUid, chatUi.draft, (event.target as HTMLTextAreaElement).selectionEnd);
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    // Enter that confirms an IME composition (keyCode 229 in older engines) is not "send".
    if (event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    if (this.slashQuery !== null && this.#options.onSlashEnter()) return;
    this.send();
  };

  /** Sends the draft; over the limit nothing is sent and the draft stays. */
  send(): void {
    const session = this.#options.session();
    const chatUid = this.#options.chatUid();
    const chatUi = this.#chatUi();
    if (!session || !chatUi) return;
    const text = chatUi.draft;
    if (text.trim() === '') return;
    this.#errorChat = chatUid;
    this.#error = '';
    try {
      session.sendMessage(chatUid, text);
    } catch (error) {
      this.#error =
        error instanceof CommandLimitError
          ? this.#options.localize.term('chatPaneOverLimit', error.length, error.limit)
          : this.#options.localize.term('chatPaneSendFailed', error instanceof Error ? error.message : String(error));
      this.#host.requestUpdate();
      return;
    }
    session.setDraft(chatUid, '', 0);
    this.#options.onSent();
    this.#host.requestUpdate();
  }

  /** Inserts at the cursor (after any selection: nothing typed is replaced). */
  insert(text: string): void {
    const chatUi = this.#chatUi();
    if (!chatUi) return;
    const textarea = this.#options.textarea();
    const caret = textarea && textarea.value === chatUi.draft ? textarea.selectionEnd : chatUi.caret;
    this.#apply(insertAtCursor(chatUi.draft, caret, text));
  }

  /** Replaces the `/query` shortcut with the chosen text. */
  replaceSlash(text: string): void {
    const chatUi = this.#chatUi();
    if (!chatUi) return;
    this.#apply(replaceSlashQuery(chatUi.draft, text));
  }

  focus(): void {
    this.#options.textarea()?.focus();
  }

  #apply(edit: DraftEdit): void {
    this.#setDraft(edit.text, edit.caret);
    this.#restoreCaret = true;
    this.#host.requestUpdate();
    this.focus();
  }

  #setDraft(text: string, caret: number): void {
    const session = this.#options.session();
    const chatUid = this.#options.chatUid();
    if (!session || chatUid === '') return;
    session.setDraft(chatUid, text, caret);
    this.#errorChat = chatUid;
    this.#error = '';
    if (text === '') session.stopTyping(chatUid);
    else session.typing(chatUid);
    this.#host.requestUpdate();
  }

  /** The draft and caret of the chat on screen, from the store. */
  #chatUi(): ChatUi | undefined {
    const session = this.#options.session();
    const chatUid = this.#options.chatUid();
    return session && chatUid !== '' ? chatUiOf(session.store.getState().chatUi, chatUid) : undefined;
  }
}
