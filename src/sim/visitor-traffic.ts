/**
 * The website visitor population and everything that follows from it:
 * - the API the scenario engine drives (`visitorArrives`, `visitorViewsPage`,
 *   `visitorLeavesSite`, `updateVisitor`);
 * - live `visitor` / `visitorremove` events to the operators who asked for them
 *   (StartVisitorEvents), and THROTTLE MODE: when a site's active visitors reach its
 *   threshold (`SiteRecord.throttleAtVisitors`, 200 by default, as the spec says) its
 *   changes are collected and sent as one `visitorbatch` every ThrottleSendEverySeconds
 *   (8 s); the site leaves throttle mode at a send when its load has dropped below 90% of
 *   the threshold (the margin stops it flapping on every arrival and departure);
 * - current visitor totals (`ct` every ~8 s to those who asked, only when changed);
 * - today's day summary (visits, new visitors, page views, peak; chats, missed chats,
 *   chat lines, waits, chat time, from the chat hooks) and the visit history behind
 *   GetVisitList and GetVisit.
 *
 * One instance per server: `visitorTraffic(server)`.
 */

import { chatHooks } from './chat-hooks.js';
import { makeVisitor } from './default-data.js';
import { madeUpVisits, type VisitEntry } from './past-visits.js';
import type { OperatorConnection, SimServer } from './server.js';
import { wireDay, wireTime, wireVisitor } from './wire.js';
import { visitorIdOf, type ChatRecord, type DaySummaryRecord, type VisitorRecord, type World } from './world.js';

export type { VisitEntry } from './past-visits.js';

/** What the scenario engine knows about an arriving visitor. */
export interface VisitorArrival {
  siteKey: number;
  ip: string;
  /** The tracking cookie; made up when omitted. */
  trackingId?: string;
  /** The first page viewed. */
  page: string;
  referrer?: string;
  name?: string;
  email?: string;
  /** Resolved host name; the IP when omitted. */
  dns?: string;
  /** Which of the demo places (GeoIP, browser, OS) the visitor comes from. */
  placeIndex?: number;
}

/** The visitor fields a scenario (or the chat flow) may change; flags drive `Flags`. */
export type VisitorChanges = Partial<
  Pick<
    VisitorRecord,
    | 'name'
    | 'email'
    | 'dns'
    | 'notMoving'
    | 'callbackRequested'
    | 'polling'
    | 'organisationNotIsp'
    | 'ssl'
    | 'chatting'
    | 'chattingLanguage'
    | 'chattingTranslate'
  >
>;

/** The spec's default threshold, used for a site without its own. */
export const DEFAULT_THROTTLE_AT_VISITORS = 200;
/** A throttled site leaves throttle mode below this share of its threshold. */
export const THROTTLE_EXIT_SHARE = 0.9;
/** "Events are sent approximately every 8 seconds." */
export const CT_INTERVAL_MS = 8_000;

const CT_SNAPSHOT = 'visitor-traffic:ct';

/** Ended visits are kept this long for visit lists; older days are told by their summaries. */
const KEEP_ENDED_VISITS_MS = 3 * 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;

/** Pending changes of one throttled site. */
interface Batch {
  readonly updates: Map<string, VisitorRecord>;
  readonly removes: Set<string>;
}

/** A site's summary for a day nothing has happened on yet. */
export function emptyDaySummary(siteKey: number, dated: string): DaySummaryRecord {
  return {
    siteKey,
    dated,
    peakTime: '00:00:00',
    current: 0,
    total: 0,
    new: 0,
    views: 0,
    peak: 0,
    chats: 0,
    chatsMissed: 0,
    chatsLines: 0,
    chatsOnTime: 0,
    avgRating: 0,
    avgSentiment: 0,
    waitSecs: 0,
    chatSecs: 0,
  };
}

export class VisitorTraffic {
  readonly #server: SimServer;
  readonly #world: World;
  /** Every visit the simulator has seen, live or ended, in arrival order. */
  readonly #visits: VisitEntry[] = [];
  readonly #entryByVisit = new Map<VisitorRecord, VisitEntry>();
  /** Visits during which the visitor chatted. */
  readonly #chatted = new WeakSet<VisitorRecord>();
  /** Chats whose first pick-up has been counted. */
  readonly #counted = new Set<string>();
  readonly #batches = new Map<number, Batch>();
  readonly #madeUp = new Map<string, VisitEntry[]>();
  #stopBatches: (() => void) | null = null;
  #prunedAt = 0;
  #stopTotals: (() => void) | null = null;

  constructor(server: SimServer) {
    this.#server = server;
    this.#world = server.world;
    const now = this.#world.now();
    const highestNo = new Map<number, number>();
    for (const visit of this.#world.visitors.values()) {
      // Visits already on the site count towards today, and their numbers are taken.
      this.#remember({ visit, leftAt: null });
      if (wireDay(visit.sessionStarted) === wireDay(now)) this.#countArrival(visit);
      highestNo.set(visit.siteKey, Math.max(highestNo.get(visit.siteKey) ?? 0, visit.no));
    }
    for (const [siteKey, no] of highestNo) while (this.#world.nextVisitNumber(siteKey) < no);
    this.#listenToChats();
  }

  // ------------------------------------------------------------------ the population API

  /** A visitor arrives (a returning visitor gets the next VisitNo); the same id already on the site just views the page. */
  visitorArrives(arrival: VisitorArrival): VisitorRecord {
    const world = this.#world;
    if (world.site(arrival.siteKey) === undefined) throw new Error(`No site with SiteKey ${arrival.siteKey}`);
    const trackingId = arrival.trackingId ?? `${world.random.int(100, 999)}.${world.random.int(10_000_000, 99_999_999)}`;
    const id = visitorIdOf({ siteKey: arrival.siteKey, ip: arrival.ip, trackingId });
    const present = world.visitors.get(id);
    if (present !== undefined) return this.visitorViewsPage(id, arrival.page) ?? present;
    const now = world.now();
    this.#prune(now);
    const visit = makeVisitor({
      siteKey: arrival.siteKey,
      ip: arrival.ip,
      trackingId,
      started: now,
      pages: [arrival.page],
      ...(arrival.name === undefined ? {} : { name: arrival.name }),
      ...(arrival.email === undefined ? {} : { email: arrival.email }),
      ...(arrival.referrer === undefined ? {} : { referrer: arrival.referrer }),
      ...(arrival.placeIndex === undefined ? {} : { placeIndex: arrival.placeIndex }),
      no: world.nextVisitNumber(arrival.siteKey),
    });
    if (arrival.dns !== undefined && arrival.dns !== '') visit.dns = arrival.dns;
    const earlier = this.#earlierVisits(id);
    if (earlier.length > 0) {
      visit.visitNo = Math.max(...earlier.map((entry) => entry.visitNo)) + 1;
      visit.totalVisits = visit.visitNo;
      visit.firstVisit = Math.min(...earlier.map((entry) => entry.firstVisit));
      visit.contact = { ...(earlier.at(-1) as VisitorRecord).contact };
    }
    world.visitors.set(id, visit);
    this.#remember({ visit, leftAt: null });
    this.#countArrival(visit);
    this.#changed(visit);
    return visit;
  }

  /** A page view; undefined when the visitor is not on a site. */
  visitorViewsPage(id: string, page: string): VisitorRecord | undefined {
    const visit = this.#world.visitors.get(id);
    if (visit === undefined) return undefined;
    const now = this.#world.now();
    visit.pages.push({ dated: now, name: page });
    visit.lastActivity = now;
    visit.notMoving = false;
    this.#today(visit.siteKey).views += 1;
    this.#changed(visit);
    return visit;
  }

  /** The visitor leaves; false when not on a site. The visit stays in the history. */
  visitorLeavesSite(id: string): boolean {
    const world = this.#world;
    const visit = world.visitors.get(id);
    if (visit === undefined) return false;
    world.visitors.delete(id);
    const entry = this.#entryByVisit.get(visit);
    if (entry !== undefined) entry.leftAt = world.now();
    // An ended visit's Chatted says whether the visitor chatted during it.
    visit.chatting = this.#chatted.has(visit);
    world.pastVisits.set(id, visit);
    this.#removed(visit);
    return true;
  }

  /** Changes fields or flags of a visitor on a site; sends the visitor event when anything changed. */
  updateVisitor(id: string, changes: VisitorChanges): VisitorRecord | undefined {
    const visit = this.#world.visitors.get(id);
    if (visit === undefined) return undefined;
    let changed = false;
    for (const [key, value] of Object.entries(changes) as [keyof VisitorChanges, VisitorRecord[keyof VisitorChanges]][]) {
      if (value === undefined || visit[key] === value) continue;
      (visit as unknown as Record<string, unknown>)[key] = value;
      changed = true;
    }
    if (changes.chatting === true) this.#chatted.add(visit);
    if (changed) this.#changed(visit);
    return visit;
  }

  /** Visitors on a site now (every site when omitted). */
  activeVisitors(siteKey?: number): VisitorRecord[] {
    return [...this.#world.visitors.values()].filter((visit) => siteKey === undefined || visit.siteKey === siteKey);
  }

  /** Whether the site's visitor events are throttled into `visitorbatch`. */
  isThrottled(siteKey: number): boolean {
    return this.#batches.has(siteKey);
  }

  // ------------------------------------------------------------------ what the handlers read

  /** Live visitors of the connection's sites, for the `visitors` event. */
  visitorsFor(conn: OperatorConnection): VisitorRecord[] {
    return [...this.#world.visitors.values()].filter((visit) => conn.canAccessSite(visit.siteKey));
  }

  /** `{SiteKey, Visitors}` for each of the connection's sites (the `ct` Data). */
  currentTotals(conn: OperatorConnection): { SiteKey: number; Visitors: number }[] {
    return this.#world.sites
      .filter((site) => conn.canAccessSite(site.siteKey))
      .map((site) => ({ SiteKey: site.siteKey, Visitors: this.activeVisitors(site.siteKey).length }));
  }

  /** Today's summary of a site with its live figures (Current, averages). */
  liveSummary(siteKey: number): DaySummaryRecord {
    const summary = this.#today(siteKey);
    summary.current = this.activeVisitors(siteKey).length;
    const today = summary.dated;
    const finished = this.#world.closedChats.filter(
      (chat) => chat.siteKey === siteKey && chat.finished !== null && wireDay(chat.finished) === today && !chat.missed,
    );
    summary.avgRating = average(finished.map((chat) => chat.rating).filter((rating) => rating > 0));
    summary.avgSentiment = average(finished.map((chat) => chat.sentimentScore).filter((score) => score > 0));
    return summary;
  }

  /** A day's summary of a site: live for today, stored for earlier days, undefined when none is kept. */
  summaryOn(siteKey: number, day: string): DaySummaryRecord | undefined {
    if (day === wireDay(this.#world.now())) return this.liveSummary(siteKey);
    return this.#world.daySummaries.find((summary) => summary.siteKey === siteKey && summary.dated === day);
  }

  /** Every visit of a site on a day, in arrival order. */
  visitsOn(siteKey: number, day: string): VisitEntry[] {
    const seen = this.#visits.filter((entry) => entry.visit.siteKey === siteKey && wireDay(entry.visit.sessionStarted) === day);
    if (seen.length > 0 || day >= wireDay(this.#world.now())) return seen;
    const key = `${siteKey}:${day}`;
    let madeUp = this.#madeUp.get(key);
    if (madeUp === undefined) {
      const summary = this.summaryOn(siteKey, day);
      madeUp = summary === undefined ? [] : madeUpVisits(summary);
      this.#madeUp.set(key, madeUp);
    }
    return madeUp;
  }

  /** All known visits by one visitor (live, ended, and those listed from earlier days). */
  visitsBy(siteKey: number, ip: string, trackingId: string): VisitorRecord[] {
    const id = visitorIdOf({ siteKey, ip, trackingId });
    const known = [...this.#visits, ...[...this.#madeUp.values()].flat()].map((entry) => entry.visit);
    const past = this.#world.pastVisits.get(id);
    const all = past === undefined || known.includes(past) ? known : [...known, past];
    return all.filter((visit) => visitorIdOf(visit) === id);
  }

  /** One visit of a visitor: `visitNo` 0 means their latest. */
  findVisit(siteKey: number, ip: string, trackingId: string, visitNo: number): VisitorRecord | undefined {
    const visits = this.visitsBy(siteKey, ip, trackingId).sort((a, b) => a.sessionStarted - b.sessionStarted);
    return visitNo === 0 ? visits.at(-1) : visits.filter((visit) => visit.visitNo === visitNo).at(-1);
  }

  /** When a visit ended (null while live or unknown). */
  leftAt(visit: VisitorRecord): number | null {
    return this.#entryByVisit.get(visit)?.leftAt ?? [...this.#madeUp.values()].flat().find((entry) => entry.visit === visit)?.leftAt ?? null;
  }

  // ------------------------------------------------------------------ subscriptions

  startVisitorEvents(conn: OperatorConnection): void {
    conn.visitorEvents = true;
  }

  stopVisitorEvents(conn: OperatorConnection): void {
    conn.visitorEvents = false;
  }

  /** Starts `ct` events; the totals now are the baseline a change is measured against. */
  startTotalsEvents(conn: OperatorConnection): void {
    conn.ctEvents = true;
    conn.extras.set(CT_SNAPSHOT, JSON.stringify(this.currentTotals(conn)));
    this.#stopTotals ??= this.#server.every(CT_INTERVAL_MS, () => this.#sendTotals());
  }

  stopTotalsEvents(conn: OperatorConnection): void {
    conn.ctEvents = false;
    conn.extras.delete(CT_SNAPSHOT);
    this.#stopTotalsIfUnused();
  }

  // ------------------------------------------------------------------ internals

  /** Forgets ended visits older than a few days, so a long demo run stays small. */
  #prune(now: number): void {
    if (now - this.#prunedAt < PRUNE_EVERY_MS) return;
    this.#prunedAt = now;
    const keep = this.#visits.filter((entry) => entry.leftAt === null || now - entry.leftAt < KEEP_ENDED_VISITS_MS);
    if (keep.length === this.#visits.length) return;
    const kept = new Set(keep);
    for (const entry of this.#visits) if (!kept.has(entry)) this.#entryByVisit.delete(entry.visit);
    this.#visits.splice(0, this.#visits.length, ...keep);
  }

  #remember(entry: VisitEntry): void {
    this.#visits.push(entry);
    this.#entryByVisit.set(entry.visit, entry);
  }

  #earlierVisits(id: string): VisitorRecord[] {
    const earlier = this.#visits.map((entry) => entry.visit).filter((visit) => visitorIdOf(visit) === id);
    const past = this.#world.pastVisits.get(id);
    if (past !== undefined && !earlier.includes(past)) earlier.push(past);
    return earlier.sort((a, b) => a.sessionStarted - b.sessionStarted);
  }

  /** Today's stored summary of a site, created at the first event of the day. */
  #today(siteKey: number): DaySummaryRecord {
    const dated = wireDay(this.#world.now());
    let summary = this.#world.daySummaries.find((item) => item.siteKey === siteKey && item.dated === dated);
    if (summary === undefined) {
      summary = emptyDaySummary(siteKey, dated);
      this.#world.daySummaries.push(summary);
    }
    return summary;
  }

  #countArrival(visit: VisitorRecord): void {
    const summary = this.#today(visit.siteKey);
    summary.total += 1;
    if (visit.visitNo === 1) summary.new += 1;
    summary.views += visit.pages.length;
    const current = this.activeVisitors(visit.siteKey).length;
    if (current > summary.peak) {
      summary.peak = current;
      summary.peakTime = wireTime(this.#world.now());
    }
  }

  #subscribers(siteKey: number): OperatorConnection[] {
    return this.#server.operators().filter((conn) => conn.visitorEvents && conn.canAccessSite(siteKey));
  }

  #threshold(siteKey: number): number {
    const threshold = this.#world.site(siteKey)?.throttleAtVisitors;
    return threshold !== undefined && threshold > 0 ? threshold : DEFAULT_THROTTLE_AT_VISITORS;
  }

  #changed(visit: VisitorRecord): void {
    const siteKey = visit.siteKey;
    if (!this.#batches.has(siteKey) && this.activeVisitors(siteKey).length >= this.#threshold(siteKey)) {
      this.#enterThrottle(siteKey);
    }
    const id = visitorIdOf(visit);
    const batch = this.#batches.get(siteKey);
    if (batch !== undefined) {
      batch.removes.delete(id);
      batch.updates.set(id, visit);
      return;
    }
    const data = wireVisitor(visit);
    for (const conn of this.#subscribers(siteKey)) conn.send('visitor', [id], data);
  }

  #removed(visit: VisitorRecord): void {
    const id = visitorIdOf(visit);
    const batch = this.#batches.get(visit.siteKey);
    if (batch !== undefined) {
      // Arrived and left within one batch: the remove alone says it all.
      batch.updates.delete(id);
      batch.removes.add(id);
      return;
    }
    for (const conn of this.#subscribers(visit.siteKey)) conn.send('visitorremove', [id], '');
  }

  #enterThrottle(siteKey: number): void {
    this.#batches.set(siteKey, { updates: new Map(), removes: new Set() });
    this.#world.appendLog(`Site ${siteKey}: visitor events throttled (${this.activeVisitors(siteKey).length} active visitors)`);
    if (this.#stopBatches === null) {
      const everyMs = Math.max(1, this.#world.numberSetting('ThrottleSendEverySeconds', 8)) * 1000;
      this.#stopBatches = this.#server.every(everyMs, () => this.#sendBatches());
    }
  }

  /** One `visitorbatch` per subscriber with the changes of its throttled sites; then sites whose load dropped leave throttle mode. */
  #sendBatches(): void {
    for (const conn of this.#server.operators()) {
      if (!conn.visitorEvents) continue;
      const updates: VisitorRecord[] = [];
      const removes: string[] = [];
      for (const [siteKey, batch] of this.#batches) {
        if (!conn.canAccessSite(siteKey)) continue;
        updates.push(...batch.updates.values());
        removes.push(...batch.removes);
      }
      if (updates.length > 0 || removes.length > 0) {
        conn.send('visitorbatch', [], { updates: updates.map(wireVisitor), removes });
      }
    }
    for (const [siteKey, batch] of [...this.#batches]) {
      batch.updates.clear();
      batch.removes.clear();
      if (this.activeVisitors(siteKey).length < this.#threshold(siteKey) * THROTTLE_EXIT_SHARE) {
        this.#batches.delete(siteKey);
        this.#world.appendLog(`Site ${siteKey}: visitor events no longer throttled`);
      }
    }
    if (this.#batches.size === 0) {
      this.#stopBatches?.();
      this.#stopBatches = null;
    }
  }

  #sendTotals(): void {
    for (const conn of this.#server.operators()) {
      if (!conn.ctEvents) continue;
      const totals = this.currentTotals(conn);
      const snapshot = JSON.stringify(totals);
      if (conn.extras.get(CT_SNAPSHOT) === snapshot) continue;
      conn.extras.set(CT_SNAPSHOT, snapshot);
      conn.send('ct', null, totals);
    }
    this.#stopTotalsIfUnused();
  }

  #stopTotalsIfUnused(): void {
    if (this.#server.operators().some((conn) => conn.ctEvents)) return;
    this.#stopTotals?.();
    this.#stopTotals = null;
  }

  /**
   * A chat started or ended: the visitor's Chatting flag (and language) as the chat says,
   * and a visitor event. The chat flow may have set the flag already, or created the visit
   * itself for a chat without visitor tracking: such a visit joins the population here.
   */
  #chatChanged(chat: ChatRecord, chatting: boolean): void {
    const visit = this.#world.visitors.get(chat.visitorId);
    if (visit === undefined) return;
    if (!this.#entryByVisit.has(visit)) {
      this.#remember({ visit, leftAt: null });
      this.#countArrival(visit);
    }
    visit.chatting = chatting;
    if (chatting) {
      this.#chatted.add(visit);
      visit.chattingLanguage = chat.lang;
      visit.chattingTranslate = chat.translation;
      if (visit.name === '') visit.name = chat.name;
      if (visit.email === '') visit.email = chat.email;
    }
    this.#changed(visit);
  }

  #listenToChats(): void {
    const hooks = chatHooks(this.#server);
    hooks.on('started', (chat) => {
      this.#today(chat.siteKey).chats += 1;
      this.#chatChanged(chat, true);
    });
    hooks.on('taken', (chat) => {
      if (this.#counted.has(chat.chatUid) || chat.waitedSeconds === null) return;
      this.#counted.add(chat.chatUid);
      const summary = this.#today(chat.siteKey);
      summary.waitSecs += chat.waitedSeconds;
      const sla = this.#world.site(chat.siteKey)?.slaWarningSeconds ?? 0;
      if (chat.waitedSeconds <= sla) summary.chatsOnTime += 1;
    });
    hooks.on('closed', (chat) => {
      this.#counted.delete(chat.chatUid);
      if (chat.takenByUsers.length > 0) {
        const end = chat.finished ?? this.#world.now();
        this.#today(chat.siteKey).chatSecs += Math.max(0, Math.floor((end - chat.started) / 1000));
      }
      this.#chatChanged(chat, false);
    });
    // A missed chat has been closed first (the `closed` hook cleared the flag).
    hooks.on('missed', (chat) => {
      this.#today(chat.siteKey).chatsMissed += 1;
    });
    hooks.on('visitorMessage', (chat) => {
      this.#today(chat.siteKey).chatsLines += 1;
    });
    hooks.on('operatorMessage', (chat) => {
      this.#today(chat.siteKey).chatsLines += 1;
    });
  }
}

function average(values: readonly number[]): number {
  if (values.length === 0) return 0;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}

/** The server's visitor population (created with the visitors family). */
export function visitorTraffic(server: SimServer): VisitorTraffic {
  return server.extension('visitor-traffic', () => new VisitorTraffic(server));
}
