import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { createRef, ref } from 'lit/directives/ref.js';
import type { DocumentFile, OnDemandField, Site } from '../../core/protocol/models.js';
import { isVisitorTyping } from '../../core/store/selectors.js';
import { mirrorSlices } from '../../core/store/mirror.js';
import { autoResponsesReducer, initialAutoResponses } from '../../core/store/slices/auto-responses.js';
import { chatUiReducer, initialChatUi } from '../../core/store/slices/chat-ui.js';
import { chatsReducer, initialChats, type ChatEntry } from '../../core/store/slices/chats.js';
import { conversationsReducer, initialConversations, type Conversation } from '../../core/store/slices/conversations.js';
import { documentsReducer, initialDocuments } from '../../core/store/slices/documents.js';
import { initialSites, sitesReducer } from '../../core/store/slices/sites.js';
import type { SessionState } from '../../core/store/state.js';
import type { TranscriptLine } from '../../core/store/transcript.js';
import { WhosonTransferRequestEvent } from '../../events/whoson-transfer-request.js';
import { chatPaneTerms } from '../../translations/en/chat-pane.js';
import { AnnouncerController } from '../shared/announcer.js';
import { LocalizeController } from '../shared/localize.js';
import { SessionController } from '../shared/session-controller.js';
import { TickController } from '../shared/tick.js';
import { LazyModule } from '../shared/lazy-module.js';
import { reportError, WhosonElement } from '../shared/whoson-element.js';
import { AutoResponseController } from './auto-response-controller.js';
import { chatPaneStyles } from './chat-pane.styles.js';
import { CloseFlowController } from './close-flow.js';
import { ComposerController } from './composer-controller.js';
import { renderComposer } from './composer.js';
import { documentsFor, renderDocumentSender } from './document-sender.js';
import { renderFieldRequests } from './field-requests.js';
import { renderPaneActions } from './pane-actions.js';
import { RegionHost } from './region-host.js';
import { ScrollFollow } from './scroll-follow.js';
import { renderSuggestions } from './suggestions.js';
import { renderTags } from './tags.js';
import { TranscriptWatcher } from './transcript-watcher.js';
import { renderTranscript } from './transcript.js';
import { TranscriptWindow } from './transcript-window.js';
import { renderVisitSection } from './visit-section.js';
import { renderVisitorTyping } from './visitor-typing.js';

const SLICES = ['me', 'chats', 'sites', 'conversations', 'chatUi', 'documents', 'autoResponses'] as const;
type PaneState = Pick<SessionState, (typeof SLICES)[number]>;

let paneCount = 0;
const NO_TAGS: readonly string[] = [];

/** The Markdown renderer (marked and DOMPurify), loaded with the first preview. */
const markdown = new LazyModule(() => import('../shared/markdown.js'));

/**
 * Without `chat-uid` the pane follows the chat selected in the session (a chat list's
 * selection). Drafts belong to their chat and live in the session's store: switching
 * chats never carries a draft to another visitor, and the operator's other pages and
 * tabs show the same draft. Enter sends, Shift+Enter starts a new line, and a
 * `/` at the start of the composer searches the auto-responses (Enter inserts the first
 * match, Arrow Down moves into the list, Escape closes it). Suggestions and auto-responses
 * are inserted at the cursor and never replace what was typed. A message over the
 * 5000-character limit is refused with an error; nothing is sent and the draft stays.
 *
 * Everything the visitor or the server wrote is shown as text. Operator Markdown is
 * previewed through `marked` and DOMPurify (http, https, mailto and tel links only).
 * Actions the site or the user's rights forbid are not offered.
 *
 * @summary One conversation with a visitor: the transcript, the composer and everything
 * an operator does in a chat — suggestions, auto-responses, documents, on-demand fields,
 * visitor details, wrap-up, tags, transfer, leave and close.
 *
 * @tag whoson-chat-pane
 *
 * @event whoson-transfer-request - The transfer button was pressed; `detail.chatUid`.
 * Cancelable: the `<whoson-transfer-dialog>` of the pane's session answers it (and
 * cancels it); so does a page with its own transfer UI. When nobody answers, the pane
 * says that no transfer dialog is on the page.
 *
 * @csspart base - The pane's wrapper.
 * @csspart no-session - The text shown while no session is reachable.
 * @csspart placeholder - The text shown while no chat is selected or the chat is not mine.
 * @csspart accept - The take button of a chat that waits.
 * @csspart header - The visitor's name and the chat's site and skills.
 * @csspart title - The visitor's name.
 * @csspart subtitle - Site, department and skills.
 * @csspart state-banner - "This chat has ended" / "You left this chat".
 * @csspart dismiss - Puts away a closed or left chat (its transcript with it).
 * @csspart details - The collapsible visitor details (`<details>`).
 * @csspart details-summary - Its summary line.
 * @csspart details-heading - The survey and visit headings.
 * @csspart details-empty - Text shown when there is no survey or visit detail.
 * @csspart survey - The pre-chat survey (a description list).
 * @csspart visit - The visit detail (a description list).
 * @csspart detail-row - One name/value pair of the survey or the visit.
 * @csspart detail-name - Its name.
 * @csspart detail-value - Its value.
 * @csspart pages - The pages the visitor viewed.
 * @csspart page - One page.
 * @csspart transcript - The scrolling transcript.
 * @csspart lines - The list of lines.
 * @csspart empty - Shown when there are no lines yet.
 * @csspart line - One line (`data-from="visitor|operator|system"`, `data-state="received|pending|sent|failed"`, `data-whisper`).
 * @csspart line-meta - The author and time of a line.
 * @csspart author - Who wrote the line.
 * @csspart time - When (a `<time>`).
 * @csspart whisper-label - Marks a supervisor's whisper.
 * @csspart text - The line's text.
 * @csspart translation - The translation of a line.
 * @csspart translation-label - Its label.
 * @csspart filtered - What the visitor saw after the site's text rules.
 * @csspart filtered-label - Its label.
 * @csspart files - The files of a line.
 * @csspart file-link - An uploaded file with a web address (opens in a new tab).
 * @csspart file-name - A file whose address is not a web address (shown as text).
 * @csspart file-note - Says why a file is not a link.
 * @csspart line-status - "Sending…" on my pending lines.
 * @csspart line-error - Why my line was not sent.
 * @csspart retry - Sends a failed line again.
 * @csspart unread-marker - Marks where the unread lines begin.
 * @csspart new-messages - The button shown when lines arrive while scrolled up.
 * @csspart earlier - The button above a long transcript's latest lines that shows earlier ones.
 * @csspart typing - The visitor typing area.
 * @csspart typing-indicator - "… is typing".
 * @csspart typing-preview - What the visitor is typing.
 * @csspart suggestions - The server's suggested replies.
 * @csspart suggestion - One suggestion (inserts at the cursor).
 * @csspart auto-responses - The auto-response picker.
 * @csspart auto-response-search - Its search box.
 * @csspart auto-response-list - A level of the auto-response tree.
 * @csspart auto-response - An auto-response (inserts at the cursor).
 * @csspart auto-response-subject - Its subject.
 * @csspart auto-response-content - Its content.
 * @csspart auto-response-folder - A folder of auto-responses.
 * @csspart auto-response-empty - Shown when nothing matches.
 * @csspart composer - The composer area.
 * @csspart input-label - The composer's (visually hidden) label.
 * @csspart input - The message textarea.
 * @csspart send - The send button.
 * @csspart composer-toolbar - The preview and auto-response toggles and the counter.
 * @csspart preview-toggle - Shows or hides the Markdown preview.
 * @csspart auto-responses-toggle - Opens or closes the auto-response picker.
 * @csspart counter - Characters used against the 5000 limit (`data-over` past it).
 * @csspart composer-help - The keyboard hint under the composer.
 * @csspart error - The composer's error (over the limit, not sent).
 * @csspart preview-section - The Markdown preview region.
 * @csspart preview - The rendered, sanitised Markdown.
 * @csspart preview-empty - Shown when there is nothing to preview.
 * @csspart tools - The collapsible tools (documents, on-demand fields).
 * @csspart tools-summary - Its summary line.
 * @csspart documents - The document sender.
 * @csspart documents-label - Its label.
 * @csspart document-select - The document choice.
 * @csspart send-document - Sends the chosen document.
 * @csspart field-requests - The on-demand field requests.
 * @csspart field-requests-label - Their label.
 * @csspart field-request - Asks the visitor for one field (`data-field`).
 * @csspart notice - A short confirmation (document sent, field asked for) or failure.
 * @csspart wrap-up - The wrap-up section (`data-type`, `data-required`).
 * @csspart wrap-up-heading - Its heading.
 * @csspart wrap-up-message - The site's wrap-up message.
 * @csspart wrap-up-required - Says a wrap-up is needed before closing.
 * @csspart wrap-up-chosen - The wrap-up chosen.
 * @csspart wrap-up-options - The options.
 * @csspart wrap-up-option - One option (`data-value`, `aria-pressed`).
 * @csspart wrap-up-back - Back to the enclosing options.
 * @csspart wrap-up-select - The List type's select.
 * @csspart wrap-up-save - Saves the List choice.
 * @csspart wrap-up-menu-button - Opens the Menu type's options.
 * @csspart wrap-up-menu - A level of the Menu type's options.
 * @csspart wrap-up-group - A Menu option holding others.
 * @csspart tags-section - The collapsible tags (`<details>`).
 * @csspart tags-summary - Its summary line.
 * @csspart tags - The tag editor.
 * @csspart tags-legend - Its legend.
 * @csspart tag-option - A site tag with its checkbox.
 * @csspart tag-checkbox - The checkbox of a site tag.
 * @csspart free-tags - Tags typed by the operator.
 * @csspart free-tag - One of them.
 * @csspart tag-remove - Removes a typed tag.
 * @csspart tag-add - The new tag field and button.
 * @csspart tag-input-label - The new tag label.
 * @csspart tag-input - The new tag field.
 * @csspart tag-add-button - Adds the typed tag.
 * @csspart actions - The chat actions.
 * @csspart transfer - Opens the transfer dialog.
 * @csspart leave - Leaves the chat for colleagues.
 * @csspart close - Closes the chat (asks first).
 * @csspart confirm - The close confirmation.
 * @csspart confirm-text - Its question.
 * @csspart confirm-close - Closes the chat for good.
 * @csspart confirm-cancel - Keeps it open.
 * @csspart action-error - Why an action failed.
 * @csspart announcer - The visually hidden live region (new visitor messages).
 *
 * @cssproperty --whoson-chat-pane-background - The pane's background.
 * @cssproperty --whoson-chat-pane-text-color - The pane's text colour.
 * @cssproperty --whoson-chat-pane-muted-color - Secondary text (times, labels, hints).
 * @cssproperty --whoson-chat-pane-border-color - Borders and separators.
 * @cssproperty --whoson-chat-pane-gap - Space between the pane's sections.
 * @cssproperty --whoson-chat-pane-radius - Corner radius of bubbles, buttons and fields.
 * @cssproperty --whoson-chat-pane-visitor-background - Visitor lines' background.
 * @cssproperty --whoson-chat-pane-operator-background - Operator lines' background.
 * @cssproperty --whoson-chat-pane-operator-color - Operator lines' text colour.
 * @cssproperty --whoson-chat-pane-system-color - Server lines' text colour.
 * @cssproperty --whoson-chat-pane-failed-color - Failed lines and errors.
 * @cssproperty --whoson-chat-pane-accent - Buttons and the unread marker.
 * @cssproperty --whoson-chat-pane-on-accent - Text on the accent colour.
 * @cssproperty --whoson-chat-pane-input-background - The composer's background.
 * @cssproperty --whoson-chat-pane-input-min-height - The composer's minimum height.
 * @cssproperty --whoson-chat-pane-transcript-min-height - The transcript's minimum height.
 *
 * @cssstate closed - The chat has ended.
 * @cssstate left - I left the chat (or it was transferred or taken over).
 * @cssstate visitor-typing - The visitor is typing.
 */
export class WhosonChatPane extends WhosonElement {
  static override styles = [...WhosonElement.styles, chatPaneStyles];

  static {
    // On a page mirroring a shared session, the slices this element reads (besides me and clients).
    mirrorSlices({
      chats: [chatsReducer, initialChats],
      sites: [sitesReducer, initialSites],
      conversations: [conversationsReducer, initialConversations],
      chatUi: [chatUiReducer, initialChatUi],
      documents: [documentsReducer, initialDocuments],
      autoResponses: [autoResponsesReducer, initialAutoResponses],
    });
  }

  /** The chat to show. Without it the pane follows the session's selected chat. */
  @property({ attribute: 'chat-uid', reflect: true }) chatUid = '';


  /**
   * The time source for expiring indicators (tests move it forward).
   * @internal
   */
  @property({ attribute: false }) now: () => number = Date.now;

  @state() private previewShown = false;
  @state() private newTag = '';
  @state() private selectedDocument = '';
  @state() private notice = '';
  @state() private actionError = '';

  readonly #id = `whoson-chat-pane-${++paneCount}`;
  readonly #session = new SessionController(this, SLICES);
  readonly #localize = new LocalizeController(this, chatPaneTerms);
  /** Announcing redraws the live region alone, not the pane. */
  readonly #liveRegion: RegionHost = new RegionHost(this, (): TemplateResult => this.#announcer.render());
  readonly #announcer: AnnouncerController = new AnnouncerController(this.#liveRegion);
  readonly #tick = new TickController(this, {
    needed: () => this.#typingShown,
    now: () => this.now(),
  });
  readonly #textarea = createRef<HTMLTextAreaElement>();
  readonly #preview = createRef<HTMLDivElement>();
  readonly #scroller = createRef<HTMLDivElement>();
  readonly #follow = new ScrollFollow(
    this,
    () => this.#scroller.value,
    () => {
      this.#markReadIfSeen();
      this.#window.reachedBottom();
    },
  );
  readonly #window = new TranscriptWindow(this, () => this.#scroller.value);
  readonly #onTranscriptScroll = (): void => {
    this.#follow.onScroll();
    this.#window.scrolled(this.#renderedStart > 0);
  };
  readonly #watcher = new TranscriptWatcher({
    follow: this.#follow,
    seeingLatest: () => this.#seeingLatest(),
    announce: (conversation, lines) => {
      const name = conversation.visitorName || this.#localize.term('visitor');
      const text = lines.map((line) => line.text).join(' ');
      this.#announcer.announce(this.#localize.term('chatPaneAnnounce', name, text));
    },
  });
  readonly #composer: ComposerController = new ComposerController(this, {
    session: () => this.#session.session,
    chatUid: () => this.#currentChatUid,
    textarea: () => this.#textarea.value,
    localize: this.#localize,
    onSent: () => {
      this.#watcher.clearMarker();
      this.#follow.scrollToBottom();
    },
    onSlashEnter: (): boolean => this.#responses.insertFirstMatch(),
  });
  readonly #responses: AutoResponseController = new AutoResponseController(this, {
    composer: this.#composer,
    library: () => {
      const state = this.#state;
      const conversation = state?.conversations.get(this.#currentChatUid);
      return state && conversation ? { responses: state.autoResponses, siteKey: conversation.siteKey } : undefined;
    },
    root: () => this.renderRoot,
  });
  readonly #closeFlow = new CloseFlowController(this, {
    session: () => this.#session.session,
    act: (action) => this.#act(action),
    focusPart: (name) => this.#focusPart(name),
    dismissed: (chatUid) => {
      const selection = this.#session.selection;
      if (!this.chatUid && selection?.chatUid === chatUid) selection.select('');
    },
  });

  #typingShown = false;
  #renderedPreview: string | null = null;
  /** The index of the first transcript line rendered (earlier ones wait behind a button). */
  #renderedStart = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
  }

  get #currentChatUid(): string {
    return this.chatUid || this.#session.selection?.chatUid || '';
  }

  get #state(): PaneState | undefined {
    return this.#session.state as PaneState | undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const chatUid = this.#currentChatUid;
    this.#composer.showChat(chatUid);
    if (this.#watcher.observe(chatUid, this.#state?.conversations.get(chatUid)) === 'switched') {
      this.#resetForNewChat();
    }
    // Before rendering, not after: the store's change joins this update (a request made
    // now is part of it) instead of asking for a second render once the line is shown.
    this.#markReadIfSeen();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#renderPreview();
  }

  #resetForNewChat(): void {
    this.#window.reset();
    this.previewShown = false;
    this.newTag = '';
    this.selectedDocument = '';
    this.notice = '';
    this.actionError = '';
    this.#responses.reset();
    this.#closeFlow.reset();
  }

  /** The operator sees the latest lines of a visible pane: they are read. */
  #markReadIfSeen(): void {
    const session = this.#session.session;
    const chatUid = this.#currentChatUid;
    const conversation = this.#state?.conversations.get(chatUid);
    if (!session || !conversation || conversation.unread === 0) return;
    if (this.#seeingLatest()) session.markRead(chatUid);
  }

  /** The pane is on screen, in a visible tab, scrolled to the latest lines. */
  #seeingLatest(): boolean {
    if (!this.isConnected || document.visibilityState !== 'visible') return false;
    if (typeof this.checkVisibility === 'function' && !this.checkVisibility()) return false;
    return this.#follow.atBottom;
  }

  readonly #onVisibilityChange = (): void => {
    this.#markReadIfSeen();
  };

  #renderPreview(): void {
    const container = this.#preview.value;
    if (!container || !this.previewShown) {
      this.#renderedPreview = null;
      return;
    }
    const draft = this.#composer.draft;
    if (draft === this.#renderedPreview) return;
    const render = markdown.module?.renderMarkdown;
    if (render === undefined) {
      // Markdown and the sanitiser load with the first preview, not with the pane.
      void markdown.load().then(
        () => this.#renderPreview(),
        (error: unknown) => reportError(error),
      );
      return;
    }
    this.#renderedPreview = draft;
    container.replaceChildren(render(draft));
  }

  #focusPart(name: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[part="${name}"]`)?.focus());
  }

  // Render

  override render(): TemplateResult {
    const session = this.#session.session;
    const state = this.#state;
    this.#typingShown = false;
    if (!session || !state) {
      this.#setStates(undefined, false);
      return html`<p part="no-session">${this.#localize.term('noSession')}</p>${this.#renderLiveRegion()}`;
    }
    const chatUid = this.#currentChatUid;
    const conversation = state.conversations.get(chatUid);
    if (!conversation) {
      this.#setStates(undefined, false);
      return this.#renderNotMine(state, chatUid);
    }
    const chat = state.chats.get(chatUid);
    const site = state.sites[conversation.siteKey];
    const active = !conversation.closed && !conversation.left;
    const typing = active && isVisitorTyping(conversation, this.#tick.now);
    this.#typingShown = typing;
    this.#setStates(conversation, typing);
    const name = conversation.visitorName || this.#localize.term('visitor');
    // Every section below is guarded by what it shows: a new line renders the transcript
    // again, not the details, composer, tools, tags or actions. A section with buttons
    // depends on the chat's id too, so the buttons of a kept section act on the chat shown.
    const version = this.#localize.version();
    return html`<section part="base" aria-label=${this.#localize.term('chatPaneLabel', name)}>
      ${guard([conversation.visitorName, conversation.skillNames, chat, site, version], () =>
        this.#renderHeader(conversation, chat, site),
      )}
      ${this.#renderStateBanner(conversation, site)} ${this.#renderDetails(conversation, chat, version)}
      <div
        part="transcript"
        tabindex="0"
        role="region"
        aria-label=${this.#localize.term('chatPaneTranscript')}
        @scroll=${this.#onTranscriptScroll}
        ${ref(this.#scroller)}
      >
        ${this.#renderTranscript(conversation, version)}
      </div>
      ${this.#follow.unseen > 0
        ? html`<button part="new-messages" type="button" @click=${() => this.#follow.scrollToBottom()}>
            ${this.#localize.term('chatPaneNewMessages', this.#follow.unseen)}
          </button>`
        : nothing}
      ${renderVisitorTyping({
        typing,
        visitorName: conversation.visitorName,
        preview: conversation.preview,
        localize: this.#localize,
      })}
      ${active ? this.#renderReplyArea(conversation, version) : nothing}
      ${this.#closeFlow.renderWrapUp(`${this.#id}-wrap-up`, conversation, site, this.#localize)}
      ${this.#renderTools(conversation, state.documents, site, version)} ${this.#renderTags(conversation, site, version)}
      ${this.#renderActions(chatUid, active, version)} ${this.#renderLiveRegion()}
    </section>`;
  }

  /**
   * Only the window's lines are rendered, each behind a guard of its own; the whole list is
   * kept as it is while its lines, window, marker and language are (the operator typing,
   * the visitor's typing indicator or a colleague's chat changing render the pane, not it).
   */
  #renderTranscript(conversation: Conversation, version: string): unknown {
    const { lines, visitorName } = conversation;
    const markerKey = this.#watcher.markerKey;
    const start = this.#window.start(lines, markerKey);
    this.#renderedStart = start;
    return guard([lines, start, markerKey, visitorName, version], () =>
      renderTranscript({
        lines,
        start,
        onEarlier: () => this.#window.showEarlier(),
        visitorName,
        markerKey,
        localize: this.#localize,
        onRetry: (line) => this.#retry(line),
      }),
    );
  }

  /** The live region's container (a positioned box, so it takes no room between sections). */
  #renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" ${ref(this.#liveRegion.container)}></div>`;
  }

  #renderNotMine(state: PaneState, chatUid: string): TemplateResult {
    const chat = state.chats.get(chatUid);
    if (!chat) {
      return html`<p part="placeholder">${this.#localize.term('chatPaneNoChat')}</p>${this.#renderLiveRegion()}`;
    }
    const waiting = chat.talkingToClientId.trim() === '';
    const canTake = waiting && state.me.rights?.canTakeChats !== false;
    const name = chat.name || this.#localize.term('visitor');
    return html`<section part="base" aria-label=${this.#localize.term('chatPaneLabel', name)}>
      ${this.#renderHeader(null, chat, state.sites[chat.siteKey])}
      <p part="placeholder">${this.#localize.term('chatPaneNotMine')}</p>
      ${canTake
        ? html`<button part="accept" type="button" @click=${() => this.#act(() => this.#session.session?.accept(chatUid))}>
            ${this.#localize.term('chatPaneTake')}
          </button>`
        : nothing}
      ${this.#renderLiveRegion()}
    </section>`;
  }

  #renderHeader(conversation: Conversation | null, chat: ChatEntry | undefined, site: Site | undefined): TemplateResult {
    const name = conversation?.visitorName || chat?.name || this.#localize.term('visitor');
    const skills = conversation?.skillNames.length ? conversation.skillNames : (chat?.skillNames ?? []);
    const subtitle = [site?.name ?? '', chat?.dept ?? '', skills.join(', ')].filter((part) => part !== '').join(' · ');
    return html`<header part="header">
      <h2 part="title"><bdi>${name}</bdi></h2>
      ${subtitle ? html`<p part="subtitle">${subtitle}</p>` : nothing}
    </header>`;
  }

  #renderStateBanner(conversation: Conversation, site: Site | undefined): TemplateResult | typeof nothing {
    if (!conversation.closed && !conversation.left) return nothing;
    const text = conversation.closed
      ? this.#localize.term('chatPaneClosed')
      : conversation.acquiredBy
        ? this.#localize.term('chatPaneAcquired', conversation.acquiredBy)
        : this.#localize.term('chatPaneLeft');
    return html`<div part="state-banner" role="status">
      <span>${text}</span>
      <button part="dismiss" type="button" @click=${() => this.#closeFlow.dismiss(conversation, site)}>
        ${this.#localize.term('chatPaneDismiss')}
      </button>
    </div>`;
  }

  #renderDetails(conversation: Conversation, chat: ChatEntry | undefined, version: string): unknown {
    const chatUid = conversation.chatUid;
    const requested = this.#state?.chatUi.get(chatUid)?.visitRequested === true;
    const survey = conversation.preChatSurvey;
    const visit = conversation.visitDetail;
    const location = chat?.location ?? conversation.header?.location ?? '';
    return guard([chatUid, survey, visit, requested, location, version], () =>
      renderVisitSection({
        survey,
        visit,
        loading: requested && visit === null,
        location,
        localize: this.#localize,
        onOpen: () => this.#requestVisit(chatUid),
      }),
    );
  }

  #renderReplyArea(conversation: Conversation, version: string): TemplateResult {
    const pickerId = `${this.#id}-responses`;
    const composer = this.#composer;
    const pickerOpen = this.#responses.shown;
    return html`${guard([conversation.suggestions, version], () =>
        renderSuggestions({
          suggestions: conversation.suggestions,
          localize: this.#localize,
          onInsert: (text) => this.#composer.insert(text),
        }),
      )}
      ${this.#responses.render(pickerId, this.#localize)}
      ${guard([conversation.chatUid, composer.draft, composer.error, this.previewShown, pickerOpen, version], () =>
        renderComposer({
          id: this.#id,
          composer,
          textareaRef: this.#textarea,
          previewRef: this.#preview,
          previewShown: this.previewShown,
          pickerId,
          pickerOpen,
          localize: this.#localize,
          onTogglePreview: this.#onTogglePreview,
          onTogglePicker: this.#onTogglePicker,
          onKeydown: this.#onComposerKeydown,
        }),
      )}`;
  }

  readonly #onTogglePreview = (): void => {
    this.previewShown = !this.previewShown;
  };

  readonly #onTogglePicker = (): void => {
    this.#responses.toggle();
  };

  #renderTools(conversation: Conversation, library: PaneState['documents'], site: Site | undefined, version: string): unknown {
    const { chatUid, closed, left, siteKey } = conversation;
    const { selectedDocument, notice } = this;
    return guard([chatUid, closed, left, siteKey, site, library, selectedDocument, notice, version], () =>
      closed || left ? nothing : this.#toolsTemplate(chatUid, siteKey, library, site),
    );
  }

  #toolsTemplate(
    chatUid: string,
    siteKey: number,
    library: PaneState['documents'],
    site: Site | undefined,
  ): TemplateResult | typeof nothing {
    const documents = site?.disableFileSend ? [] : documentsFor(library, siteKey);
    const fields = site?.onDemandFields ?? [];
    if (documents.length === 0 && fields.length === 0) return nothing;
    return html`<details part="tools">
      <summary part="tools-summary">${this.#localize.term('chatPaneTools')}</summary>
      ${documents.length > 0
        ? renderDocumentSender({
            id: `${this.#id}-documents`,
            documents,
            selected: this.selectedDocument,
            localize: this.#localize,
            onSelect: (id) => {
              this.selectedDocument = id;
            },
            onSend: (document) => this.#sendDocument(chatUid, document),
          })
        : nothing}
      ${fields.length > 0
        ? renderFieldRequests({
            id: `${this.#id}-fields`,
            fields,
            localize: this.#localize,
            onRequest: (field) => this.#requestField(chatUid, field),
          })
        : nothing}
      ${this.notice ? html`<p part="notice" role="status">${this.notice}</p>` : nothing}
    </details>`;
  }

  #renderTags(conversation: Conversation, site: Site | undefined, version: string): unknown {
    const tags = this.#tagsOf(conversation);
    const chatUid = conversation.chatUid;
    return guard([chatUid, tags, site?.tags, this.newTag, version], () => this.#tagsTemplate(chatUid, tags, site));
  }

  #tagsTemplate(chatUid: string, tags: readonly string[], site: Site | undefined): TemplateResult {
    return html`<details part="tags-section">
      <summary part="tags-summary">${this.#localize.term('chatPaneTags')}${tags.length > 0 ? ` (${tags.length})` : ''}</summary>
      ${renderTags({
        id: `${this.#id}-tags`,
        siteTags: site?.tags ?? [],
        tags,
        newTag: this.newTag,
        localize: this.#localize,
        onChange: (next) => this.#setTags(chatUid, next),
        onNewTagInput: (text) => {
          this.newTag = text;
        },
      })}
    </details>`;
  }

  #renderActions(chatUid: string, active: boolean, version: string): unknown {
    const confirming = this.#closeFlow.confirming;
    const error = this.actionError;
    return guard([chatUid, active, confirming, error, version], () =>
      renderPaneActions({
        id: this.#id,
        active,
        confirming,
        error,
        localize: this.#localize,
        onTransfer: () => this.#transfer(chatUid),
        onLeave: () => this.#leave(chatUid),
        onClose: this.#requestClose,
        onConfirmClose: () => this.#closeFlow.confirmClose(chatUid),
        onCancelClose: this.#closeFlow.cancelClose,
      }),
    );
  }

  /** The close button asks with the chat as it is now, not as it was when the actions were rendered. */
  readonly #requestClose = (): void => {
    const conversation = this.#state?.conversations.get(this.#currentChatUid);
    if (!conversation) return;
    this.#closeFlow.requestClose(conversation, this.#state?.sites[conversation.siteKey]);
  };

  readonly #onComposerKeydown = (event: KeyboardEvent): void => {
    if (this.#responses.onComposerKeydown(event, this.#caretOnLastLine())) return;
    this.#composer.onKeydown(event);
  };

  #caretOnLastLine(): boolean {
    const textarea = this.#textarea.value;
    if (!textarea) return true;
    return !textarea.value.slice(textarea.selectionEnd).includes('\n');
  }

  // Actions

  /** Runs an action, showing (not throwing) what went wrong, e.g. while offline. */
  #act(action: () => void): boolean {
    this.actionError = '';
    try {
      action();
      return true;
    } catch (error) {
      this.actionError = this.#localize.term(
        'chatPaneActionFailed',
        error instanceof Error ? error.message : String(error),
      );
      return false;
    }
  }

  #retry(line: TranscriptLine): void {
    const session = this.#session.session;
    const localId = line.localId;
    if (!session || localId === undefined) return;
    this.#act(() => {
      session.retryMessage(this.#currentChatUid, localId);
    });
  }

  #requestVisit(chatUid: string): void {
    const session = this.#session.session;
    if (session) this.#act(() => session.requestVisit(chatUid));
  }

  #sendDocument(chatUid: string, document: DocumentFile): void {
    const session = this.#session.session;
    if (!session) return;
    if (this.#act(() => session.sendDocument(chatUid, document.id))) {
      this.notice = this.#localize.term('chatPaneDocumentSent', document.fileName);
    }
  }

  #requestField(chatUid: string, field: OnDemandField): void {
    const session = this.#session.session;
    if (!session) return;
    if (this.#act(() => session.requestField(chatUid, field.fieldName))) {
      this.notice = this.#localize.term('chatPaneFieldRequested', field.fieldName);
    }
  }

  /** The tags the operator last sent, else the server's (the same list from one render to the next). */
  #tagsOf(conversation: Conversation): readonly string[] {
    return this.#state?.chatUi.get(conversation.chatUid)?.tags ?? conversation.header?.tags ?? NO_TAGS;
  }

  #setTags(chatUid: string, tags: readonly string[]): void {
    const session = this.#session.session;
    if (session) this.#act(() => session.setTags(chatUid, tags));
  }

  /** The transfer dialog (or the page) answers the request by cancelling it. */
  #transfer(chatUid: string): void {
    if (this.emit(new WhosonTransferRequestEvent({ chatUid }))) {
      this.actionError = this.#localize.term('chatPaneNoTransferDialog');
    }
  }

  #leave(chatUid: string): void {
    const session = this.#session.session;
    if (session) this.#act(() => session.leave(chatUid));
  }

  #setStates(conversation: Conversation | undefined, typing: boolean): void {
    this.setState('closed', conversation?.closed === true);
    this.setState('left', conversation?.left === true && !conversation.closed);
    this.setState('visitor-typing', typing);
  }
}
