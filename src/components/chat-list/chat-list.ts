import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ref, createRef } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Site } from '../../core/protocol/models.js';
import {
  colleaguesChats,
  filterChats,
  myChats,
  isVisitorTyping,
  slaLevel,
  waitingChats,
  type SlaLevel,
} from '../../core/store/selectors.js';
import { mirrorSlices } from '../../core/store/mirror.js';
import { chatsReducer, initialChats, type ChatEntry } from '../../core/store/slices/chats.js';
import { conversationsReducer, initialConversations } from '../../core/store/slices/conversations.js';
import { initialRequests, requestsReducer } from '../../core/store/slices/requests.js';
import { initialSites, sitesReducer } from '../../core/store/slices/sites.js';
import type { TransferRequestEntry } from '../../core/store/slices/requests.js';
import type { SessionState } from '../../core/store/state.js';
import { WhosonChatSelectEvent } from '../../events/whoson-chat-select.js';
import { chatListTerms } from '../../translations/en/chat-list.js';
import { AnnouncerController } from '../shared/announcer.js';
import { chatFilterFrom } from '../shared/chat-filter.js';
import { LocalizeController } from '../shared/localize.js';
import { RovingTabindexController } from '../shared/roving-tabindex.js';
import { SessionController } from '../shared/session-controller.js';
import { TickController } from '../shared/tick.js';
import { VirtualWindow } from '../shared/virtual-window.js';
import { WhosonElement } from '../shared/whoson-element.js';
import { chatListStyles } from './chat-list.styles.js';
import { RequestAlertsController } from './request-alerts.js';
import { formatWait } from './wait-time.js';

const SLICES = ['me', 'chats', 'sites', 'requests', 'conversations', 'clients'] as const;
type ListState = Pick<SessionState, (typeof SLICES)[number]>;

/** Colleagues' chats are listed for users whose rights let them monitor them. */
function showsColleagues(state: ListState): boolean {
  return state.me.rights?.canMonitorOtherUsersChats === true;
}

/** Where a row is in its whole section (1-based), for aria-posinset and aria-setsize. */
interface RowPosition {
  readonly index: number;
  readonly size: number;
}

interface ChatGroups {
  readonly waiting: readonly ChatEntry[];
  readonly mine: readonly ChatEntry[];
  readonly colleagues: readonly ChatEntry[];
}

const warningIcon = html`<svg part="sla-icon" class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5 15 14.5H1z" fill="currentColor"/></svg>`;
const breachedIcon = html`<svg part="sla-icon" class="icon" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6.5" fill="currentColor"/><path d="M7 3.5h2v6H7zM7 11h2v2H7z" fill="var(--_surface)"/></svg>`;

/**
 * The operator's chats. Waiting chats (nobody has taken them) are listed apart from the
 * chats in progress — mine, and colleagues' when my rights let me monitor them — with
 * visitor, site, department, skills, a wait time ticking live and coloured at the site's
 * SLA thresholds (with words and an icon, not colour alone), the visitor's last message,
 * unread counts, typing and monitoring. Waiting rows and transfer requests have a take
 * button (when my rights allow taking chats); taking a chat selects it. New requests are
 * announced in a live region and the document title ("(2) "), and, opted in by
 * attribute, by a desktop notification and a repeating tone.
 *
 * Keyboard pattern: a list of buttons with one tab stop (a roving tabindex), not a
 * listbox — a listbox's options may not contain the take button — and not a grid, whose
 * cells read worse than plain buttons in a screen reader's browse mode. Each row is a
 * list item holding a row button (its text is the whole row: visitor, site, department,
 * wait, SLA state) and, on waiting rows, a take button. Arrow Up/Down move between rows,
 * Arrow Left/Right between a row's buttons, Home/End to the first and last row; Enter or
 * Space on the row button selects the chat, on the take button takes it.
 *
 * @tag whoson-chat-list
 * @summary The operator's chats: waiting requests with live, SLA-coloured wait times, chats in progress and transfer requests.
 *
 * @event whoson-chat-select - The operator selected (or took) a chat; `detail.chatUid`.
 *
 * @csspart base - The wrapper of the whole list.
 * @csspart no-session - The text shown while no session is reachable.
 * @csspart notices - The wrapper of the sound and notification notices.
 * @csspart sound-notice - "Click to enable sound", shown while the browser blocks audio.
 * @csspart notify-permission - The button that asks for desktop notification permission.
 * @csspart section - Each section (transfer requests, waiting, mine, colleagues').
 * @csspart transfers-section - The transfer requests section.
 * @csspart waiting-section - The waiting chats section.
 * @csspart mine-section - My chats section.
 * @csspart colleagues-section - The colleagues' chats section.
 * @csspart heading - A section's heading.
 * @csspart section-count - The number of rows in a section's heading.
 * @csspart list - The list of rows in a section.
 * @csspart empty - The text of a section without rows.
 * @csspart chat - One chat row (`data-chat-uid`, `data-state="waiting|mine|colleague"`, `data-sla="ok|warning|breached"`, `data-selected`).
 * @csspart select - The row's button that selects the chat.
 * @csspart selected - Added to the row button of the selected chat.
 * @csspart name - The visitor's name.
 * @csspart details - The line with site, department and skills.
 * @csspart site - The site's name.
 * @csspart department - The department asked for.
 * @csspart skills - The skills asked for.
 * @csspart wait - How long the visitor has waited (a `<time>`).
 * @csspart sla - The SLA state text of a waiting chat near or past its SLA.
 * @csspart sla-warning - Added to `sla` near the SLA.
 * @csspart sla-breached - Added to `sla` past the SLA.
 * @csspart sla-icon - The SLA state's icon.
 * @csspart preview - The visitor's last message on a waiting row.
 * @csspart unread - The unread message count of one of my chats.
 * @csspart typing - "typing…" while the visitor types.
 * @csspart monitored-by - Which supervisor monitors the chat.
 * @csspart operator - Which colleague has the chat.
 * @csspart accept - The take button of a waiting row or a transfer request.
 * @csspart transfer-request - One transfer request row (`data-chat-uid`).
 * @csspart transfer-from - Who offers the transfer.
 * @csspart transfer-message - The transfer's message.
 * @csspart dismiss - The button that declines a transfer request.
 * @csspart announcer - The visually hidden live region.
 *
 * @cssproperty --whoson-chat-list-background - The list's background.
 * @cssproperty --whoson-chat-list-text-color - The list's text colour.
 * @cssproperty --whoson-chat-list-muted-color - Secondary text (site, department, preview).
 * @cssproperty --whoson-chat-list-border-color - Lines between rows.
 * @cssproperty --whoson-chat-list-row-background - A row's background.
 * @cssproperty --whoson-chat-list-row-hover-background - A row's background under the pointer.
 * @cssproperty --whoson-chat-list-selected-background - The selected row's background.
 * @cssproperty --whoson-chat-list-selected-indicator - The selected row's edge colour.
 * @cssproperty --whoson-chat-list-row-padding - Space inside a row.
 * @cssproperty --whoson-chat-list-gap - Space between sections.
 * @cssproperty --whoson-chat-list-radius - Corner radius of buttons and badges.
 * @cssproperty --whoson-chat-list-sla-warning-color - Wait time and SLA text near the SLA.
 * @cssproperty --whoson-chat-list-sla-breached-color - Wait time and SLA text past the SLA.
 * @cssproperty --whoson-chat-list-accept-background - The take button's background.
 * @cssproperty --whoson-chat-list-accept-color - The take button's text colour.
 * @cssproperty --whoson-chat-list-unread-background - The unread badge's background.
 * @cssproperty --whoson-chat-list-unread-color - The unread badge's text colour.
 * @cssproperty --whoson-chat-list-heading-size - The section headings' font size.
 */
export class WhosonChatList extends WhosonElement {
  static override styles = [...WhosonElement.styles, chatListStyles];

  static {
    // On a page mirroring a shared session, the slices this element reads (besides me and clients).
    mirrorSlices({
      chats: [chatsReducer, initialChats],
      sites: [sitesReducer, initialSites],
      requests: [requestsReducer, initialRequests],
      conversations: [conversationsReducer, initialConversations],
    });
  }


  /** The narrow variant for side panels: one line per row, fewer details. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Only these sites: a comma list of site keys or site names. */
  @property() sites = '';

  /** Only chats asking for one of these skills (comma list of names); chats without skills stay. */
  @property() skills = '';

  /** Desktop notifications for new requests while the page is not in view (asks permission on a click). */
  @property({ type: Boolean, reflect: true }) notify = false;

  /** A short tone for new requests, repeated while they wait (audio unlocks on the first click or key press). */
  @property({ type: Boolean, reflect: true }) sound = false;

  /** Seconds between repeats of the tone. */
  @property({ attribute: 'sound-interval', type: Number }) soundInterval = 10;

  readonly #session = new SessionController(this, SLICES);
  readonly #localize = new LocalizeController(this, chatListTerms);
  readonly #announcer = new AnnouncerController(this);
  readonly #tick = new TickController(this, { needed: () => this.#timeMatters });
  readonly #roving = new RovingTabindexController(this, {
    rows: () => this.#rows(),
    revealEdge: (edge) => this.#revealEdge(edge),
  });
  readonly #alerts = new RequestAlertsController(this, {
    localize: this.#localize,
    announce: (text) => this.#announcer.announce(text),
    open: (chatUid) => this.#select(chatUid),
    autoAccepted: (chatUid) => {
      if (!this.#session.selection?.chatUid) this.#select(chatUid);
    },
    alerting: () => this.#session.session?.alerting ?? true,
  });

  /** Long sections render only the rows on screen. */
  readonly #windows = {
    waiting: this.#window(),
    mine: this.#window(),
    colleagues: this.#window(),
  };

  /** Something on screen changes with time (a wait, a typing indicator). */
  #timeMatters = false;
  #groupsKey: readonly unknown[] = [];
  #groups: ChatGroups = { waiting: [], mine: [], colleagues: [] };
  /** Strings every row uses, looked up once per render rather than once per row. */
  #terms = { visitor: '', take: '', slaWarning: '', slaBreached: '', typing: '' };
  /** Changes when the strings do (another language): guarded rows render again then. */
  #termsVersion = '';
  /** A chat just taken: its row gets the focus once it shows up among mine. */
  #focusWhenMine: string | null = null;

  constructor() {
    super();
    // One listener for every row's buttons, rather than one per button.
    this.addEventListener('click', this.#onClick);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.#session.state as ListState | undefined;
    if (state) this.#groups = this.#groupChats(state);
    this.#alerts.observe(state, state ? this.#groups.waiting.length : 0);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusWhenMine !== null) this.#focusTakenChat(this.#focusWhenMine);
  }

  override render(): TemplateResult {
    const state = this.#session.state as ListState | undefined;
    if (!this.#session.session || !state) {
      this.#timeMatters = false;
      return html`<p part="no-session" class="no-session">${this.#localize.term('noSession')}</p>`;
    }
    const { waiting, mine, colleagues } = this.#groups;
    const transfers = state.requests.transfers.toArray().sort((a, b) => a.receivedAt - b.receivedAt);
    const showColleagues = showsColleagues(state);
    const canTake = state.me.rights?.canTakeChats === true;
    this.#timeMatters = waiting.length > 0;
    this.#terms = {
      visitor: this.#localize.term('visitor'),
      take: this.#localize.term('chatListTake'),
      slaWarning: this.#localize.term('chatListSlaWarning'),
      slaBreached: this.#localize.term('chatListSlaBreached'),
      typing: this.#localize.term('chatListTyping'),
    };
    this.#termsVersion = `${this.#localize.lang()}|${Object.values(this.#terms).join('|')}`;
    return html`
      <div part="base" class="base">
        ${this.#notices()}
        ${transfers.length > 0
          ? this.#section(
              'transfers',
              this.#localize.term('chatListTransfers'),
              transfers.length,
              html`${repeat(transfers, (request) => request.chatUid, (request) => this.#transferRow(request, state, canTake))}`,
            )
          : nothing}
        ${this.#section(
          'waiting',
          this.#localize.term('chatListWaiting'),
          waiting.length,
          waiting.length > 0 ? this.#rowsOf('waiting', waiting, (chat, position) => this.#waitingRow(chat, position, state, canTake)) : null,
          this.#localize.term('chatListNoneWaiting'),
        )}
        ${this.#section(
          'mine',
          this.#localize.term('chatListMine'),
          mine.length,
          mine.length > 0 ? this.#rowsOf('mine', mine, (chat, position) => this.#activeRow(chat, position, state, 'mine')) : null,
          this.#localize.term('chatListNoneMine'),
        )}
        ${showColleagues && colleagues.length > 0
          ? this.#section(
              'colleagues',
              this.#localize.term('chatListColleagues'),
              colleagues.length,
              this.#rowsOf('colleagues', colleagues, (chat, position) => this.#activeRow(chat, position, state, 'colleague')),
            )
          : nothing}
        ${this.#announcer.render()}
      </div>
    `;
  }

  // Views

  #groupChats(state: ListState): ChatGroups {
    // Recomputed only when what it depends on changed, not on every tick.
    const key = [state.chats, state.me.connectionId, state.sites, this.sites, this.skills];
    if (key.every((value, index) => value === this.#groupsKey[index])) return this.#groups;
    this.#groupsKey = key;
    const filter = chatFilterFrom(this.sites, this.skills, state.sites);
    return {
      waiting: filterChats(waitingChats(state), filter),
      mine: filterChats(myChats(state), filter),
      colleagues: filterChats(colleaguesChats(state), filter),
    };
  }

  #window(): { view: VirtualWindow; list: ReturnType<typeof createRef<HTMLElement>> } {
    const list = createRef<HTMLElement>();
    const view = new VirtualWindow(this, {
      container: () => list.value,
      keyOf: (item) => item.dataset['chatUid'],
      estimate: 64,
    });
    return { view, list };
  }

  /**
   * The rows of a section that are on screen, between spacers standing for the rest; each
   * row says where it is in the whole section (aria-posinset of aria-setsize).
   */
  #rowsOf(
    name: keyof ChatGroups,
    chats: readonly ChatEntry[],
    row: (chat: ChatEntry, position: RowPosition) => unknown,
  ): { rows: TemplateResult; list: ReturnType<typeof createRef<HTMLElement>> } {
    const { view, list } = this.#windows[name];
    const size = chats.length;
    const { start, end, before, after } = view.range(size, (index) => chats[index]!.chatUid);
    const shown = start === 0 && end === size ? chats : chats.slice(start, end);
    const rows = html`${before > 0 ? html`<li class="spacer" aria-hidden="true" style=${styleMap({ height: `${before}px` })}></li>` : nothing}${repeat(
      shown,
      (chat) => chat.chatUid,
      (chat, index) => row(chat, { index: start + index + 1, size }),
    )}${after > 0 ? html`<li class="spacer" aria-hidden="true" style=${styleMap({ height: `${after}px` })}></li>` : nothing}`;
    return { rows, list };
  }

  /** Home and End reach the list's first and last chats, rendered or not. */
  #revealEdge(edge: 'first' | 'last'): boolean {
    const state = this.#session.state as ListState | undefined;
    // Transfer requests come first and are always rendered whole.
    if (!state || (edge === 'first' && state.requests.transfers.size > 0)) return false;
    const showColleagues = showsColleagues(state);
    const shown = (['waiting', 'mine', 'colleagues'] as const).filter(
      (name) => this.#groups[name].length > 0 && (name !== 'colleagues' || showColleagues),
    );
    const name = edge === 'first' ? shown[0] : shown.at(-1);
    if (name === undefined) return false;
    const { view } = this.#windows[name];
    if (view.renders(edge)) return false;
    view.reveal(edge);
    return true;
  }

  #notices(): TemplateResult | typeof nothing {
    const sound = this.#alerts.soundLocked;
    const permission = this.#alerts.notificationPermissionNeeded;
    if (!sound && !permission) return nothing;
    return html`<div part="notices" class="notices">
      ${sound
        ? html`<button part="sound-notice" class="notice" type="button" @click=${() => this.#alerts.unlockSound()}>
            ${this.#localize.term('chatListEnableSound')}
          </button>`
        : nothing}
      ${permission
        ? html`<button part="notify-permission" class="notice" type="button" @click=${() => void this.#alerts.requestNotificationPermission()}>
            ${this.#localize.term('chatListEnableNotifications')}
          </button>`
        : nothing}
    </div>`;
  }

  #section(
    name: 'transfers' | 'waiting' | 'mine' | 'colleagues',
    heading: string,
    count: number,
    content: TemplateResult | { rows: TemplateResult; list: ReturnType<typeof createRef<HTMLElement>> } | null,
    empty = '',
  ): TemplateResult {
    const rows = content === null || 'list' in content ? content?.rows : content;
    const list = content !== null && 'list' in content ? content.list : undefined;
    return html`<section part="section ${name}-section" class="section" data-section=${name} aria-labelledby="${name}-heading">
      <h2 part="heading" class="heading" id="${name}-heading">
        <span>${heading}</span>
        <span part="section-count" class="section-count">${count}</span>
      </h2>
      ${rows === undefined || content === null
        ? html`<p part="empty" class="empty">${empty}</p>`
        : html`<ul part="list" class="list" ${ref(list)}>${rows}</ul>`}
    </section>`;
  }

  #waitingRow(chat: ChatEntry, position: RowPosition, state: ListState, canTake: boolean): unknown {
    const site = state.sites[chat.siteKey];
    const now = this.#tick.now;
    const level = slaLevel(chat, site, now);
    const waitedSeconds = Math.max(0, Math.floor((now - chat.waitingSince) / 1000));
    const selected = this.#session.selection?.chatUid === chat.chatUid;
    // A tick changes only the seconds: a row renders again when they (or the row) change.
    return guard([chat, position.index, position.size, site, level, waitedSeconds, selected, canTake, this.#termsVersion], () =>
      this.#waitingRowTemplate(chat, position, site, level, waitedSeconds, selected, canTake),
    );
  }

  #waitingRowTemplate(
    chat: ChatEntry,
    position: RowPosition,
    site: Site | undefined,
    level: SlaLevel,
    waitedSeconds: number,
    selected: boolean,
    canTake: boolean,
  ): TemplateResult {
    const name = chat.name || this.#terms.visitor;
    const preview = chat.lastVisitorMessage?.text ?? '';
    return html`<li part="chat" class="row" data-chat-uid=${chat.chatUid} data-state="waiting" data-sla=${level} ?data-selected=${selected} aria-posinset=${position.index} aria-setsize=${position.size}>
      <button part=${selected ? 'select selected' : 'select'} class="select" type="button" tabindex="-1" data-action="select" aria-current=${selected ? 'true' : 'false'}>
        <span part="name" class="name"><bdi>${name}</bdi></span>
        ${this.#details(chat, site)}
        <span class="status">
          <time part="wait" class="wait" datetime="PT${waitedSeconds}S">${formatWait(this.#localize, waitedSeconds)}</time>
          ${this.#sla(level)}
        </span>
        ${preview ? html`<span part="preview" class="preview" dir="auto">${preview}</span>` : nothing}
      </button>
      ${canTake
        ? html`<button part="accept" class="accept" type="button" tabindex="-1" data-action="accept" aria-label=${this.#localize.term('chatListTakeChatWith', name)}>
            ${this.#terms.take}
          </button>`
        : nothing}
    </li>`;
  }

  #activeRow(chat: ChatEntry, position: RowPosition, state: ListState, kind: 'mine' | 'colleague'): unknown {
    const site = state.sites[chat.siteKey];
    const conversation = kind === 'mine' ? state.conversations.get(chat.chatUid) : undefined;
    const typing = conversation !== undefined && isVisitorTyping(conversation, this.#tick.now);
    if (typing) this.#timeMatters = true;
    const unread = conversation?.unread ?? 0;
    const selected = this.#session.selection?.chatUid === chat.chatUid;
    const operator = kind === 'colleague' ? state.clients[chat.talkingToClientId]?.name : undefined;
    // Nothing on a taken chat's row changes with the clock but the typing flag: a tick
    // skips these rows entirely.
    return guard([chat, position.index, position.size, site, typing, unread, selected, operator, this.#termsVersion], () =>
      this.#activeRowTemplate(chat, position, site, kind, typing, unread, selected, operator),
    );
  }

  #activeRowTemplate(
    chat: ChatEntry,
    position: RowPosition,
    site: Site | undefined,
    kind: 'mine' | 'colleague',
    typing: boolean,
    unread: number,
    selected: boolean,
    operator: string | undefined,
  ): TemplateResult {
    const monitoredBy = (chat.monitoredBy ?? '').trim();
    return html`<li part="chat" class="row" data-chat-uid=${chat.chatUid} data-state=${kind} data-sla="ok" ?data-selected=${selected} aria-posinset=${position.index} aria-setsize=${position.size}>
      <button part=${selected ? 'select selected' : 'select'} class="select" type="button" tabindex="-1" data-action="select" aria-current=${selected ? 'true' : 'false'}>
        <span part="name" class="name"><bdi>${chat.name || this.#terms.visitor}</bdi></span>
        ${this.#details(chat, site)}
        <span class="status">
          ${operator ? html`<span part="operator" class="operator">${this.#localize.term('chatListWithOperator', operator)}</span>` : nothing}
          ${typing ? html`<span part="typing" class="typing">${this.#terms.typing}</span>` : nothing}
          ${monitoredBy ? html`<span part="monitored-by" class="monitored-by">${this.#localize.term('chatListMonitoredBy', monitoredBy)}</span>` : nothing}
          ${unread > 0
            ? html`<span part="unread" class="unread"><span aria-hidden="true">${unread}</span><span class="visually-hidden">${this.#localize.term('chatListUnread', unread)}</span></span>`
            : nothing}
        </span>
      </button>
    </li>`;
  }

  #transferRow(request: TransferRequestEntry, state: ListState, canTake: boolean): TemplateResult {
    const chat = state.chats.get(request.chatUid);
    const name = chat?.name || this.#localize.term('visitor');
    const from = state.clients[request.fromConnectionId]?.name || this.#localize.term('chatListUnknownOperator');
    const describedBy = `transfer-${request.chatUid}`;
    return html`<li part="transfer-request" class="row transfer" data-chat-uid=${request.chatUid}>
      <div class="transfer-text" id=${describedBy}>
        <span part="name" class="name"><bdi>${name}</bdi></span>
        <span part="transfer-from" class="transfer-from">${this.#localize.term('chatListTransferFrom', from)}</span>
        ${request.message ? html`<span part="transfer-message" class="transfer-message" dir="auto">${request.message}</span>` : nothing}
      </div>
      <div class="transfer-actions">
        ${canTake
          ? html`<button part="accept" class="accept" type="button" tabindex="-1" data-action="accept" aria-label=${this.#localize.term('chatListTakeChatWith', name)} aria-describedby=${describedBy}>
              ${this.#localize.term('chatListTake')}
            </button>`
          : nothing}
        <button part="dismiss" class="dismiss" type="button" tabindex="-1" data-action="dismiss" aria-label=${this.#localize.term('chatListDismissTransferOf', name)}>
          ${this.#localize.term('chatListDismiss')}
        </button>
      </div>
    </li>`;
  }

  #details(chat: ChatEntry, site: Site | undefined): TemplateResult {
    return html`<span part="details" class="details">
      <span part="site" class="site">${site?.name ?? this.#localize.term('chatListUnknownSite', chat.siteKey)}</span>
      ${chat.dept ? html`<span part="department" class="department">${chat.dept}</span>` : nothing}
      ${chat.skillNames.length > 0 ? html`<span part="skills" class="skills">${chat.skillNames.join(', ')}</span>` : nothing}
    </span>`;
  }

  #sla(level: SlaLevel): TemplateResult | typeof nothing {
    if (level === 'ok') return nothing;
    const breached = level === 'breached';
    return html`<span part="sla ${breached ? 'sla-breached' : 'sla-warning'}" class="sla">
      ${breached ? breachedIcon : warningIcon}
      <span class="sla-text">${breached ? this.#terms.slaBreached : this.#terms.slaWarning}</span>
    </span>`;
  }

  // Behaviour

  #rows(): HTMLElement[][] {
    const rows = this.renderRoot.querySelectorAll<HTMLElement>('li[data-chat-uid]');
    return Array.from(rows, (row) => Array.from(row.querySelectorAll<HTMLElement>('button[data-action]')));
  }

  readonly #onClick = (event: MouseEvent): void => {
    const button = event.composedPath().find(
      (target): target is HTMLButtonElement => target instanceof HTMLButtonElement && target.dataset['action'] !== undefined,
    );
    const row = button?.closest<HTMLElement>('li[data-chat-uid]');
    const chatUid = row?.dataset['chatUid'];
    if (!button || !chatUid) return;
    switch (button.dataset['action']) {
      case 'select':
        this.#select(chatUid);
        break;
      case 'accept':
        this.#take(chatUid);
        break;
      case 'dismiss':
        this.#session.session?.dismissRequest(chatUid);
        break;
      default:
        break;
    }
  };

  #select(chatUid: string): void {
    this.#session.selection?.select(chatUid);
    this.emit(new WhosonChatSelectEvent({ chatUid }));
    this.requestUpdate();
  }

  #take(chatUid: string): void {
    const session = this.#session.session;
    if (!session) return;
    try {
      session.accept(chatUid);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.#announcer.announce(this.#localize.term('chatListTakeFailed', reason));
      return;
    }
    this.#focusWhenMine = this.matches(':focus-within') ? chatUid : null;
    this.#select(chatUid);
  }

  /** Moves the focus to a taken chat's row once the server shows it among mine. */
  #focusTakenChat(chatUid: string): void {
    const selector = `li[data-state="mine"][data-chat-uid="${CSS.escape(chatUid)}"] button[data-action="select"]`;
    const button = this.renderRoot.querySelector<HTMLElement>(selector);
    if (button) {
      this.#focusWhenMine = null;
      this.#roving.focus(button);
    } else if (!this.#session.state?.chats.get(chatUid)) {
      this.#focusWhenMine = null;
    }
  }
}
