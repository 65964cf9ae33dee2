import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { filterChats, slaLevel, waitingChats, type SlaLevel } from '../../core/store/selectors.js';
import { mirrorSlices } from '../../core/store/mirror.js';
import { chatsReducer, initialChats, type ChatEntry } from '../../core/store/slices/chats.js';
import { initialSites, sitesReducer } from '../../core/store/slices/sites.js';
import type { SessionState } from '../../core/store/state.js';
import { WhosonBadgeActivateEvent } from '../../events/whoson-badge-activate.js';
import { waitingBadgeTerms } from '../../translations/en/waiting-badge.js';
import { AnnouncerController } from '../shared/announcer.js';
import { chatFilterFrom } from '../shared/chat-filter.js';
import { DeadlineController } from '../shared/deadline.js';
import { LocalizeController } from '../shared/localize.js';
import { SessionController } from '../shared/session-controller.js';
import { WhosonElement } from '../shared/whoson-element.js';
import { waitingBadgeStyles } from './waiting-badge.styles.js';

const SLICES = ['chats', 'sites'] as const;
type BadgeState = Pick<SessionState, (typeof SLICES)[number]>;

/** Folds a burst of changes into one announcement. */
const ANNOUNCE_DEBOUNCE_MS = 1000;

const LEVELS: readonly SlaLevel[] = ['ok', 'warning', 'breached'];

/**
 * The number of chats waiting to be taken, for a page header: red (and marked "Past
 * SLA") once any of them has waited past its site's SLAReachedSeconds. It is a button:
 * a click, Enter or Space dispatches `whoson-badge-activate` so the page can open the
 * list. Changes of the count are announced politely to screen readers, a burst of them
 * once. Its module (`whoson-elements/define/whoson-waiting-badge.js`) loads neither the
 * list nor the pane.
 *
 * The host reflects `data-count` (hide it at zero with `whoson-waiting-badge[data-count="0"]`)
 * and `data-sla="ok|warning|breached"`.
 *
 * @tag whoson-waiting-badge
 * @summary The number of waiting chats, red once one is past its SLA; a button that asks the page to open the list.
 *
 * @event whoson-badge-activate - The badge was clicked or activated by keyboard; `detail.count` is the number shown.
 *
 * @csspart base - The button.
 * @csspart count - The number of waiting chats.
 * @csspart sla - The "past SLA" mark (icon and text) shown once a waiting chat passed its SLA.
 * @csspart sla-icon - The mark's icon.
 * @csspart announcer - The visually hidden live region.
 *
 * @cssproperty --whoson-waiting-badge-background - The badge's background.
 * @cssproperty --whoson-waiting-badge-color - The badge's text colour.
 * @cssproperty --whoson-waiting-badge-border-color - The badge's border.
 * @cssproperty --whoson-waiting-badge-breached-background - The background once a chat is past its SLA.
 * @cssproperty --whoson-waiting-badge-breached-color - The text colour once a chat is past its SLA.
 * @cssproperty --whoson-waiting-badge-radius - The corner radius.
 * @cssproperty --whoson-waiting-badge-padding - Space inside the badge.
 * @cssproperty --whoson-waiting-badge-font-size - The badge's font size.
 *
 * @cssstate breached - A waiting chat has passed its site's SLAReachedSeconds.
 * @cssstate warning - A waiting chat has passed its site's SLAWarningSeconds (none past SLAReachedSeconds).
 * @cssstate empty - No chat waits (or no session).
 */
export class WhosonWaitingBadge extends WhosonElement {
  static override styles = [...WhosonElement.styles, waitingBadgeStyles];

  static {
    // On a page mirroring a shared session, the slices this element reads.
    mirrorSlices({ chats: [chatsReducer, initialChats], sites: [sitesReducer, initialSites] });
  }


  /** Count only these sites: a comma list of site keys or site names. */
  @property() sites = '';

  /** Count only chats asking for one of these skills (comma list of names); chats without skills still count. */
  @property() skills = '';

  readonly #session = new SessionController(this, SLICES);
  readonly #localize = new LocalizeController(this, waitingBadgeTerms);
  readonly #announcer = new AnnouncerController(this);
  readonly #deadline = new DeadlineController(this);

  #count = 0;
  #level: SlaLevel = 'ok';
  /** What was last announced (null before the first render with a session). */
  #announced: { count: number; level: SlaLevel } | null = null;

  /** The number of waiting chats the badge shows. */
  get count(): number {
    return this.#count;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.#session.state as BadgeState | undefined;
    const waiting = state ? this.#waiting(state) : [];
    const now = this.#deadline.now;
    this.#count = waiting.length;
    this.#level = this.#worstLevel(waiting, state, now);
    this.#deadline.wakeAt(state ? this.#nextChange(waiting, state, now) : null);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.dataset['count'] = String(this.#count);
    this.dataset['sla'] = this.#level;
    this.setState('breached', this.#level === 'breached');
    this.setState('warning', this.#level === 'warning');
    this.setState('empty', this.#count === 0);
    this.#announceChange();
  }

  override render(): TemplateResult {
    const connected = this.#session.session !== undefined;
    const breached = this.#level === 'breached';
    // The name comes from the content (count, words, SLA mark), so what a speech user
    // sees on the badge is what they can say to press it.
    const words = connected ? this.#localize.term('waitingBadgeLabel', this.#count) : this.#localize.term('noSession');
    return html`<button part="base" class="base" type="button" ?disabled=${!connected} @click=${this.#activate}>
        <span part="count" class="count" aria-hidden="true">${connected ? this.#count : '–'}</span>
        <span class="visually-hidden">${words}</span>
        ${breached
          ? html`<span part="sla" class="sla">
              <svg part="sla-icon" class="icon" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6.5" fill="currentColor"/><path d="M7 3.5h2v6H7zM7 11h2v2H7z" fill="var(--_badge-breached-background)"/></svg>
              <span class="sla-text">${this.#localize.term('waitingBadgeBreached')}</span>
            </span>`
          : nothing}
      </button>
      ${this.#announcer.render()}`;
  }

  #waiting(state: BadgeState): readonly ChatEntry[] {
    return filterChats(waitingChats(state), chatFilterFrom(this.sites, this.skills, state.sites));
  }

  #worstLevel(waiting: readonly ChatEntry[], state: BadgeState | undefined, now: number): SlaLevel {
    let worst = 0;
    if (state === undefined) return 'ok';
    for (const chat of waiting) {
      worst = Math.max(worst, LEVELS.indexOf(slaLevel(chat, state.sites[chat.siteKey], now)));
      if (worst === 2) break;
    }
    return LEVELS[worst] ?? 'ok';
  }

  /** The next moment a waiting chat crosses one of its site's thresholds. */
  #nextChange(waiting: readonly ChatEntry[], state: BadgeState, now: number): number | null {
    let next: number | null = null;
    for (const chat of waiting) {
      const site = state.sites[chat.siteKey];
      if (!site) continue;
      for (const seconds of [site.slaWarningSeconds, site.slaReachedSeconds]) {
        const at = chat.waitingSince + seconds * 1000;
        if (seconds > 0 && at > now && (next === null || at < next)) next = at;
      }
    }
    return next;
  }

  #announceChange(): void {
    if (this.#session.session === undefined) {
      this.#announced = null;
      return;
    }
    const current = { count: this.#count, level: this.#level };
    const previous = this.#announced;
    this.#announced = current;
    // The first count is what the page shows on load: not news.
    if (previous === null) return;
    const breachedNow = current.level === 'breached' && previous.level !== 'breached';
    if (current.count === previous.count && !breachedNow) return;
    const text =
      current.level === 'breached'
        ? this.#localize.term('waitingBadgeBreachedLabel', current.count)
        : this.#localize.term('waitingBadgeLabel', current.count);
    this.#announcer.announce(text, ANNOUNCE_DEBOUNCE_MS);
  }


  readonly #activate = (): void => {
    this.emit(new WhosonBadgeActivateEvent({ count: this.#count }));
  };
}
