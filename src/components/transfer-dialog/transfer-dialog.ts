import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { NotConnectedError } from '../../core/connection.js';
import type { Client } from '../../core/protocol/models.js';
import type { SessionApi } from '../../core/session-api.js';
import { SessionActionError } from '../../core/session-checks.js';
import { mirrorSlices } from '../../core/store/mirror.js';
import { chatsReducer, initialChats } from '../../core/store/slices/chats.js';
import { conversationsReducer, initialConversations } from '../../core/store/slices/conversations.js';
import { initialNotices, noticesReducer } from '../../core/store/slices/notices.js';
import { initialSites, sitesReducer } from '../../core/store/slices/sites.js';
import { initialSkills, skillsReducer } from '../../core/store/slices/skills.js';
import type { SessionState } from '../../core/store/state.js';
import { WhosonRequestCloseEvent } from '../../events/whoson-request-close.js';
import { WhosonTransferRequestEvent } from '../../events/whoson-transfer-request.js';
import { WhosonTransferEvent, type TransferTargetKind } from '../../events/whoson-transfer.js';
import { transferDialogTerms } from '../../translations/en/transfer-dialog.js';
import { LocalizeController } from '../shared/localize.js';
import { SessionController } from '../shared/session-controller.js';
import { WhosonElement } from '../shared/whoson-element.js';
import { transferDialogStyles } from './transfer-dialog.styles.js';
import {
  matchesSearch,
  transferTargets,
  type DepartmentTarget,
  type QueueTarget,
  type SkillTarget,
  type TransferTargets,
} from './transfer-targets.js';

const SLICES = ['me', 'clients', 'chats', 'conversations', 'sites', 'skills', 'notices'] as const;
type DialogState = Pick<SessionState, (typeof SLICES)[number]>;

/**
 * How long after confirming the dialog listens for the server's answer. A refusal comes
 * as `error`/`msg` before the `chatchanged` of our Leave (the server answers in order), so
 * this only bounds the wait when neither arrives.
 */
const OUTCOME_WAIT_MS = 2500;

interface Selection {
  readonly kind: TransferTargetKind | null;
  readonly values: readonly string[];
}

interface PendingTransfer {
  readonly chatUid: string;
  readonly kind: TransferTargetKind;
  readonly targets: readonly string[];
  readonly message: string;
  /** Notices with this id or later arrived after confirming. */
  readonly noticeFrom: number;
  /** I held the chat when confirming: its release by our Leave means the server accepted. */
  readonly heldByMe: boolean;
  readonly timer: ReturnType<typeof setTimeout>;
}

const NO_SELECTION: Selection = { kind: null, values: [] };

/** Makes the ids inside each dialog's shadow root unique and stable. */
let dialogCount = 0;

/** A target value (a department name may hold spaces) as a safe part of an id. */
function idPart(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.charCodeAt(0).toString(16)}`);
}

/** The focused element, looking into open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** The element and the shadow hosts around it, innermost first: where focus can go back to. */
function focusChain(element: HTMLElement | null): HTMLElement[] {
  const chain: HTMLElement[] = [];
  let current: Node | null = element;
  while (current) {
    if (current instanceof HTMLElement) chain.push(current);
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return chain;
}

/** Controls that can take the focus, in document order. */
const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Focuses the element or, when it takes no focus itself (a component host whose control
 * went away, e.g. the pane's transfer button once the chat left it), the first control
 * inside its shadow root that does. True when the focus landed in it.
 */
function focusInto(element: HTMLElement): boolean {
  const landed = (): boolean => {
    const active = deepActiveElement();
    return active !== null && focusChain(active).includes(element);
  };
  element.focus();
  if (landed()) return true;
  for (const control of element.shadowRoot?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []) {
    control.focus();
    if (landed()) return true;
  }
  return false;
}

/**
 * A modal dialog that hands a chat on: to online operators, a department, skills or a
 * transfer queue, with an optional message.
 *
 * Open it with `open(chatUid)`, or let it answer the `whoson-transfer-request` a
 * `<whoson-chat-pane>` dispatches: the dialog listens on the document for requests about
 * chats of its session (or coming from its session's subtree), opens, and calls
 * `preventDefault()` so the pane knows it was handled. A page that brings its own transfer
 * UI cancels the request first.
 *
 * The dialog is a native modal `<dialog>`: focus moves to the search field and stays
 * inside; closing gives it back to the control that opened it (or, when that control is
 * gone, to the first control of the component it was in, e.g. the chat pane after a
 * transfer). Escape and the cancel button dispatch a cancelable `whoson-request-close`.
 *
 * Only operators who are online (Status 0) are offered, within my department unless my
 * Rights allow transfers outside it; an operator who goes offline while the dialog is open
 * disappears from it (and from the selection, with a notice). Operators and skills can be
 * chosen several at a time; one department or one queue. A choice of another kind
 * replaces the current one. Confirming sends Transfer, TransferDept, TransferSkills or
 * TransferQueue, then Leave; the dialog closes once the server has taken the Leave, and
 * shows the server's `error` or `msg` instead if one arrives first.
 *
 * Every name shown (operators, departments, skills, queues, the visitor) is text.
 *
 * @tag whoson-transfer-dialog
 * @summary A modal dialog that hands a chat on: to online operators, a department, skills or a transfer queue, with an optional message.
 *
 * @event whoson-request-close - Escape or the cancel button asks to close; `detail.source` is
 * `keyboard` or `cancel-button`. Cancelable: `preventDefault()` keeps the dialog open.
 * @event whoson-transfer - The chat was handed on and the server reported no error; `detail`
 * has `chatUid`, `kind` (`user|dept|skill|queue`), `targets` and `message`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The title area.
 * @csspart title - "Transfer chat".
 * @csspart subtitle - The visitor and the site of the chat.
 * @csspart body - The scrolling middle: search, targets, message.
 * @csspart no-session - Shown instead of the targets while no session is reachable.
 * @csspart search-label - The search field's label.
 * @csspart search - The search field that filters the targets.
 * @csspart targets - All target groups.
 * @csspart group - One group of targets (a `<fieldset>`, `data-kind="user|dept|skill|queue"`).
 * @csspart group-label - Its legend.
 * @csspart group-targets - The targets of a group.
 * @csspart group-empty - Shown when a group has nothing to offer or nothing matches.
 * @csspart target - One target (a label, `data-kind="user|dept|skill|queue"`, `data-value`, `data-selected` when chosen, `data-disabled` when it cannot be chosen).
 * @csspart target-input - The target's checkbox (operators, skills) or radio button (department, queue).
 * @csspart target-name - The target's name.
 * @csspart target-detail - More about it: department and load, operators online, waiting chats.
 * @csspart message-label - The message field's label.
 * @csspart message - The optional transfer message (`<textarea>`).
 * @csspart message-note - Says a queue takes no message.
 * @csspart summary - What confirming will do.
 * @csspart error - Why the transfer did not go through (`role="alert"`).
 * @csspart footer - The buttons.
 * @csspart cancel - Closes without transferring.
 * @csspart confirm - Sends the transfer; disabled until a target is chosen.
 *
 * @cssproperty --whoson-transfer-dialog-background - The dialog's background.
 * @cssproperty --whoson-transfer-dialog-color - The dialog's text colour.
 * @cssproperty --whoson-transfer-dialog-border-color - Borders and separators.
 * @cssproperty --whoson-transfer-dialog-radius - Corner radius of the dialog, fields and targets.
 * @cssproperty --whoson-transfer-dialog-width - The dialog's width (at most the viewport's less 2rem).
 * @cssproperty --whoson-transfer-dialog-max-height - The dialog's maximum height.
 * @cssproperty --whoson-transfer-dialog-padding - Space inside the header, body and footer.
 * @cssproperty --whoson-transfer-dialog-backdrop - What covers the page behind the dialog.
 * @cssproperty --whoson-transfer-dialog-selected-background - A chosen (or hovered) target's background.
 * @cssproperty --whoson-transfer-dialog-selected-border-color - A chosen target's border.
 * @cssproperty --whoson-transfer-dialog-confirm-background - The confirm button's background.
 * @cssproperty --whoson-transfer-dialog-confirm-color - The confirm button's text colour.
 * @cssproperty --whoson-transfer-dialog-error-color - The error's text and border colour.
 *
 * @cssstate open - The dialog is showing.
 * @cssstate pending - A transfer was sent; the dialog waits for the server's answer.
 * @cssstate error - An error is shown.
 */
export class WhosonTransferDialog extends WhosonElement {
  static override styles = [...WhosonElement.styles, transferDialogStyles];

  static {
    // On a page mirroring a shared session, the slices this element reads (besides me and clients).
    mirrorSlices({
      chats: [chatsReducer, initialChats],
      conversations: [conversationsReducer, initialConversations],
      sites: [sitesReducer, initialSites],
      skills: [skillsReducer, initialSkills],
      notices: [noticesReducer, initialNotices],
    });
  }


  @state() private currentChatUid = '';
  @state() private showing = false;
  @state() private search = '';
  @state() private message = '';
  @state() private selection: Selection = NO_SELECTION;
  @state() private error = '';
  @state() private pending: PendingTransfer | null = null;

  @query('dialog') private dialogElement!: HTMLDialogElement | null;
  @query('[part="search"]') private searchField!: HTMLInputElement | null;

  readonly #session = new SessionController(this, SLICES, () => this.#checkOutcome());
  readonly #localize = new LocalizeController(this, transferDialogTerms);
  readonly #ids = `transfer-dialog-${++dialogCount}`;

  /** Where focus goes back to on close, innermost first. */
  #opener: HTMLElement[] = [];
  /** Names of chosen targets, kept when one vanishes so the notice can still name it. */
  readonly #names = new Map<string, string>();
  /** The skills slice when GetSkills was sent: still the same means still loading. */
  #skillsRequestedAt: SessionState['skills'] | null = null;
  #targets: TransferTargets | null = null;

  /** Whether the dialog is showing. */
  get isOpen(): boolean {
    return this.showing;
  }

  /** The chat the dialog transfers ('' before the first `open()`). */
  get chatUid(): string {
    return this.currentChatUid;
  }

  /**
   * Opens the dialog for a chat. Focus returns, on close, to whatever had it now. Opening
   * again for another chat starts afresh.
   */
  open(chatUid: string): void {
    if (!this.showing) this.#opener = focusChain(deepActiveElement());
    this.#clearPending();
    this.currentChatUid = chatUid;
    this.search = '';
    this.message = '';
    this.selection = NO_SELECTION;
    this.error = '';
    this.#names.clear();
    this.showing = true;
    this.#requestSkillsIfMissing();
  }

  /** Closes the dialog (no request event: the caller decided). */
  close(): void {
    this.#clearPending();
    if (this.dialogElement?.open) this.dialogElement.close();
    this.#afterClose();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(WhosonTransferRequestEvent.type, this.#onTransferRequest);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(WhosonTransferRequestEvent.type, this.#onTransferRequest);
    this.#clearPending();
    this.showing = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.#session.state as DialogState | undefined;
    this.#targets = state && this.currentChatUid ? transferTargets(state, this.currentChatUid) : null;
    if (this.#targets && this.pending === null) this.#dropVanishedTargets(this.#targets);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.dialogElement;
    if (dialog && this.showing && !dialog.open && this.isConnected) {
      dialog.showModal();
      this.searchField?.focus();
    } else if (dialog && !this.showing && dialog.open) {
      dialog.close();
    }
    this.#syncStates();
  }

  #syncStates(): void {
    this.setState('open', this.showing);
    this.setState('pending', this.pending !== null);
    this.setState('error', this.error !== '');
  }

  override render(): TemplateResult {
    const session = this.#session.session;
    const targets = this.#targets;
    const chat = targets?.chat;
    const subtitle = chat && chat.visitorName ? this.#localize.term('transferDialogChatWith', chat.visitorName, chat.siteName) : '';
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby="${this.#ids}-title"
      aria-describedby=${subtitle ? `${this.#ids}-subtitle` : nothing}
      aria-busy=${this.pending ? 'true' : 'false'}
      @cancel=${this.#onCancel}
      @close=${this.#onNativeClose}
      @keydown=${this.#onKeydown}
    >
      <header part="header" class="header">
        <h2 part="title" class="title" id="${this.#ids}-title">${this.#localize.term('transferDialogTitle')}</h2>
        ${subtitle ? html`<p part="subtitle" class="subtitle" id="${this.#ids}-subtitle">${subtitle}</p>` : nothing}
      </header>
      <div part="body" class="body">
        ${session === undefined || targets === null
          ? html`<p part="no-session" class="note">${this.#localize.term(session ? 'transferDialogChatGone' : 'noSession')}</p>`
          : this.#renderChoices(targets)}
        ${this.error ? html`<p part="error" class="error" role="alert">${this.error}</p>` : nothing}
      </div>
      <footer part="footer" class="footer">
        <button part="cancel" class="button cancel" type="button" @click=${this.#onCancelClick}>
          ${this.#localize.term('cancel')}
        </button>
        ${session !== undefined && targets !== null ? this.#renderConfirm(targets) : nothing}
      </footer>
    </dialog>`;
  }

  #renderChoices(targets: TransferTargets): TemplateResult {
    const queue = this.selection.kind === 'queue';
    return html`
      <label part="search-label" class="field-label" for="${this.#ids}-search">${this.#localize.term('transferDialogSearch')}</label>
      <input
        part="search"
        class="search"
        id="${this.#ids}-search"
        type="search"
        autocomplete="off"
        placeholder=${this.#localize.term('transferDialogSearchPlaceholder')}
        .value=${this.search}
        @input=${(event: Event) => (this.search = (event.target as HTMLInputElement).value)}
      />
      <div part="targets" class="targets">
        ${this.#renderOperators(targets.operators)} ${this.#renderDepartments(targets.departments)}
        ${this.#renderSkills(targets.skills)} ${this.#renderQueues(targets.queues)}
      </div>
      ${targets.chat.open ? nothing : html`<p part="error" class="error" role="alert">${this.#localize.term('transferDialogChatGone')}</p>`}
      <label part="message-label" class="field-label" for="${this.#ids}-message">${this.#localize.term('transferDialogMessage')}</label>
      <textarea
        part="message"
        class="message"
        id="${this.#ids}-message"
        rows="3"
        .value=${this.message}
        ?disabled=${queue}
        aria-describedby=${queue ? `${this.#ids}-message-note` : nothing}
        @input=${(event: Event) => (this.message = (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${queue
        ? html`<p part="message-note" class="note" id="${this.#ids}-message-note">${this.#localize.term('transferDialogMessageNoQueue')}</p>`
        : nothing}
      <p part="summary" class="summary" id="${this.#ids}-summary">${this.#summary()}</p>
    `;
  }

  #renderConfirm(targets: TransferTargets): TemplateResult {
    const connected = this.#session.state?.me.loggedIn === true;
    const ready = this.selection.values.length > 0 && connected && targets.chat.open;
    const busy = this.pending !== null;
    return html`<button
      part="confirm"
      class="button confirm"
      type="button"
      ?disabled=${!ready}
      aria-disabled=${busy ? 'true' : 'false'}
      aria-describedby="${this.#ids}-summary"
      @click=${this.#confirm}
    >
      ${this.#localize.term(busy ? 'transferDialogSending' : 'transferDialogConfirm')}
    </button>`;
  }

  #renderGroup(
    kind: TransferTargetKind,
    label: string,
    total: number,
    emptyText: string,
    items: readonly TemplateResult[],
  ): TemplateResult {
    const empty = total === 0 ? emptyText : items.length === 0 ? this.#localize.term('transferDialogNoMatch') : '';
    return html`<fieldset part="group" class="group" data-kind=${kind}>
      <legend part="group-label" class="group-label">${label}</legend>
      ${empty ? html`<p part="group-empty" class="group-empty">${empty}</p>` : html`<div part="group-targets" class="group-targets">${items}</div>`}
    </fieldset>`;
  }

  #renderTarget(options: {
    kind: TransferTargetKind;
    value: string;
    name: string;
    detail: string;
    multiple: boolean;
    disabled?: boolean;
  }): TemplateResult {
    const { kind, value, name, detail, multiple, disabled = false } = options;
    const selected = this.selection.kind === kind && this.selection.values.includes(value);
    const id = `${this.#ids}-${kind}-${idPart(value)}`;
    return html`<label
      part="target"
      class="target"
      data-kind=${kind}
      data-value=${value}
      ?data-selected=${selected}
      ?data-disabled=${disabled}
    >
      <input
        part="target-input"
        class="target-input"
        type=${multiple ? 'checkbox' : 'radio'}
        name="${this.#ids}-${kind}"
        .value=${value}
        .checked=${selected}
        ?disabled=${disabled && !selected}
        aria-describedby=${detail ? `${id}-detail` : nothing}
        @change=${(event: Event) => this.#choose(kind, value, name, multiple, (event.target as HTMLInputElement).checked)}
      />
      <span part="target-name" class="target-name"><bdi>${name}</bdi></span>
      ${detail ? html`<span part="target-detail" class="target-detail" id="${id}-detail">${detail}</span>` : nothing}
    </label>`;
  }

  #renderOperators(operators: readonly Client[]): TemplateResult {
    const items = operators
      .filter((operator) => matchesSearch(this.search, operator.name, operator.dept, operator.userName))
      .map((operator) =>
        this.#renderTarget({
          kind: 'user',
          value: operator.connectionId,
          name: operator.name || operator.userName,
          detail: this.#localize.term('transferDialogOperatorLoad', operator.dept, operator.chats, operator.maxChats),
          multiple: true,
        }),
      );
    return this.#renderGroup('user', this.#localize.term('transferDialogOperators'), operators.length, this.#localize.term('transferDialogNoOperators'), items);
  }

  #renderDepartments(departments: readonly DepartmentTarget[]): TemplateResult {
    const items = departments
      .filter((dept) => matchesSearch(this.search, dept.name))
      .map((dept) => {
        const online = this.#localize.term('transferDialogDeptOnline', dept.online);
        const detail = dept.requested ? `${online} · ${this.#localize.term('transferDialogRequestedDept')}` : online;
        return this.#renderTarget({ kind: 'dept', value: dept.name, name: dept.name, detail, multiple: false });
      });
    return this.#renderGroup('dept', this.#localize.term('transferDialogDepartments'), departments.length, this.#localize.term('transferDialogNoDepartments'), items);
  }

  #renderSkills(skills: readonly SkillTarget[]): TemplateResult {
    const loading = this.#skillsRequestedAt !== null && this.#session.state?.skills === this.#skillsRequestedAt;
    const items = skills
      .filter((skill) => matchesSearch(this.search, skill.path))
      .map((skill) => this.#renderTarget({ kind: 'skill', value: skill.id, name: skill.path, detail: '', multiple: true }));
    const empty = this.#localize.term(loading ? 'transferDialogLoadingSkills' : 'transferDialogNoSkills');
    return this.#renderGroup('skill', this.#localize.term('transferDialogSkills'), skills.length, empty, items);
  }

  #renderQueues(queues: readonly QueueTarget[]): TemplateResult {
    const items = queues
      .filter((queue) => matchesSearch(this.search, queue.name))
      .map((queue) => {
        const wait = this.#duration(queue.currentWait);
        const stateText = this.#localize.term('transferDialogQueueState', queue.count, wait);
        const detail = queue.full ? `${stateText} · ${this.#localize.term('transferDialogQueueFull')}` : stateText;
        return this.#renderTarget({
          kind: 'queue',
          value: String(queue.number),
          name: queue.name || String(queue.number),
          detail,
          multiple: false,
          disabled: queue.full,
        });
      });
    return this.#renderGroup('queue', this.#localize.term('transferDialogQueues'), queues.length, this.#localize.term('transferDialogNoQueues'), items);
  }

  #duration(seconds: number): string {
    const whole = Math.max(0, Math.floor(seconds));
    return whole < 60
      ? this.#localize.term('seconds', whole)
      : this.#localize.term('minutesSeconds', Math.floor(whole / 60), whole % 60);
  }

  #summary(): string {
    const { kind, values } = this.selection;
    const names = values.map((value) => this.#names.get(`${kind}:${value}`) ?? value).join(', ');
    switch (kind) {
      case 'user':
        return this.#localize.term('transferDialogSummaryUsers', names);
      case 'dept':
        return this.#localize.term('transferDialogSummaryDept', names);
      case 'skill':
        return this.#localize.term('transferDialogSummarySkills', names);
      case 'queue':
        return this.#localize.term('transferDialogSummaryQueue', names);
      default:
        return this.#localize.term('transferDialogSummaryNone');
    }
  }

  #choose(kind: TransferTargetKind, value: string, name: string, multiple: boolean, checked: boolean): void {
    this.#names.set(`${kind}:${value}`, name);
    this.error = '';
    const current = this.selection.kind === kind ? this.selection.values : [];
    let values: string[];
    if (!multiple) values = checked ? [value] : [];
    else if (checked) values = current.includes(value) ? [...current] : [...current, value];
    else values = current.filter((existing) => existing !== value);
    this.selection = values.length === 0 ? NO_SELECTION : { kind, values };
  }

  /** Takes out of the selection what is no longer on offer (an operator went offline...). */
  #dropVanishedTargets(targets: TransferTargets): void {
    const { kind, values } = this.selection;
    if (kind === null) return;
    const offered = new Set<string>(
      kind === 'user'
        ? targets.operators.map((operator) => operator.connectionId)
        : kind === 'dept'
          ? targets.departments.map((dept) => dept.name)
          : kind === 'skill'
            ? targets.skills.map((skill) => skill.id)
            : targets.queues.filter((queue) => !queue.full).map((queue) => String(queue.number)),
    );
    const kept = values.filter((value) => offered.has(value));
    if (kept.length === values.length) return;
    if (kind === 'user' && this.error === '') {
      const gone = values.filter((value) => !offered.has(value));
      this.error = this.#localize.term('transferDialogOperatorOffline', this.#namesOf('user', gone));
    }
    this.selection = kept.length === 0 ? NO_SELECTION : { kind, values: kept };
  }

  #namesOf(kind: TransferTargetKind, values: readonly string[]): string {
    return values.map((value) => this.#names.get(`${kind}:${value}`) ?? value).join(', ');
  }

  readonly #confirm = (): void => {
    const session = this.#session.session;
    const { kind, values } = this.selection;
    const chatUid = this.currentChatUid;
    if (!session || kind === null || values.length === 0 || this.pending !== null || !chatUid) return;
    const state = session.store.getState();
    const message = kind === 'queue' ? '' : this.message.trim();
    const noticeFrom = state.notices.nextId;
    const heldByMe = state.chats.get(chatUid)?.talkingToClientId === state.me.connectionId && state.me.connectionId !== '';
    this.error = '';
    try {
      this.#send(session, chatUid, kind, values, message);
    } catch (error) {
      this.error = this.#describe(error, kind, values, state);
      return;
    }
    this.pending = {
      chatUid,
      kind,
      targets: [...values],
      message,
      noticeFrom,
      heldByMe,
      timer: setTimeout(() => this.#succeeded(), OUTCOME_WAIT_MS),
    };
    this.#syncStates();
    this.#checkOutcome();
  };

  #send(session: SessionApi, chatUid: string, kind: TransferTargetKind, values: readonly string[], message: string): void {
    switch (kind) {
      case 'user':
        session.transferToOperators(chatUid, values, message);
        break;
      case 'dept':
        session.transferToDepartment(chatUid, values[0] ?? '', message);
        break;
      case 'skill':
        session.transferToSkills(chatUid, values, message);
        break;
      case 'queue':
        session.transferToQueue(chatUid, Number(values[0]));
        break;
    }
  }

  #describe(error: unknown, kind: TransferTargetKind, values: readonly string[], state: DialogState): string {
    if (error instanceof NotConnectedError) return this.#localize.term('transferDialogNotConnected');
    if (error instanceof SessionActionError && kind === 'user') {
      const offline = values.filter((id) => state.clients[id]?.status !== 0);
      if (offline.length > 0) return this.#localize.term('transferDialogOperatorOffline', this.#namesOf('user', offline));
    }
    const reason = error instanceof Error ? error.message : String(error);
    return this.#localize.term('transferDialogFailed', reason);
  }

  /** After confirming: the server's refusal, or its taking our Leave, decides how it ended. */
  #checkOutcome(): void {
    const pending = this.pending;
    const state = this.#session.state as DialogState | undefined;
    if (pending === null || state === undefined) return;
    const notices = state.notices.items.filter((notice) => notice.id >= pending.noticeFrom);
    if (notices.length > 0) {
      this.#clearPending();
      this.error = this.#localize.term('transferDialogServerSays', notices.map((notice) => notice.text).join(' '));
      return;
    }
    if (pending.heldByMe) {
      const chat = state.chats.get(pending.chatUid);
      if (chat === undefined || chat.talkingToClientId !== state.me.connectionId) {
        // Not from inside the store's dispatch: the event runs page code.
        queueMicrotask(() => this.#succeeded());
      }
    }
  }

  #succeeded(): void {
    const pending = this.pending;
    if (pending === null) return;
    this.#clearPending();
    this.emit(
      new WhosonTransferEvent({
        chatUid: pending.chatUid,
        kind: pending.kind,
        targets: [...pending.targets],
        message: pending.message,
      }),
    );
    this.close();
  }

  #clearPending(): void {
    if (this.pending !== null) clearTimeout(this.pending.timer);
    this.pending = null;
  }

  #requestSkillsIfMissing(): void {
    const session = this.#session.session;
    const state = session?.store.getState();
    if (!session || !state?.me.loggedIn || Object.keys(state.skills).length > 0) return;
    if (this.#skillsRequestedAt === state.skills) return;
    // Offline nothing goes out: the session asks for skills itself after the next login.
    session.requestSkills();
    this.#skillsRequestedAt = state.skills;
  }

  #requestClose(source: 'keyboard' | 'cancel-button'): void {
    if (!this.emit(new WhosonRequestCloseEvent({ source }))) return;
    this.close();
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Handled here rather than by the dialog's own cancel, so a prevented request holds.
    event.preventDefault();
    this.#requestClose('keyboard');
  };

  readonly #onCancel = (event: Event): void => {
    // Close requests that are not an Escape key press (e.g. a platform back gesture).
    event.preventDefault();
    this.#requestClose('keyboard');
  };

  readonly #onCancelClick = (): void => {
    this.#requestClose('cancel-button');
  };

  /** The native dialog closed (possibly by itself, or late after `close()`; it may be open again since). */
  readonly #onNativeClose = (): void => {
    if (!this.dialogElement?.open) this.#afterClose();
  };

  readonly #afterClose = (): void => {
    this.#clearPending();
    const wasShowing = this.showing;
    this.showing = false;
    this.#syncStates();
    if (!wasShowing) return;
    const opener = this.#opener;
    this.#opener = [];
    for (const element of opener) {
      if (element.isConnected && focusInto(element)) break;
    }
  };

  readonly #onTransferRequest = (event: WhosonTransferRequestEvent): void => {
    if (event.defaultPrevented || !this.#handles(event)) return;
    event.preventDefault();
    this.open(event.detail.chatUid);
  };

  /** A request from my session's subtree, or about a chat my session knows. */
  #handles(event: WhosonTransferRequestEvent): boolean {
    const session = this.#session.session;
    if (!session) return false;
    const provider = this.#sessionElement();
    if (provider !== null && event.composedPath().includes(provider)) return true;
    const state = session.store.getState();
    const chatUid = event.detail.chatUid;
    return state.chats.get(chatUid) !== undefined || state.conversations.get(chatUid) !== undefined;
  }

  #sessionElement(): Element | null {
    if (this.sessionId) {
      const root = this.getRootNode() as Document | ShadowRoot;
      return root.getElementById?.(this.sessionId) ?? document.getElementById(this.sessionId);
    }
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof Element && node.localName === 'whoson-session') return node;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return null;
  }

}

