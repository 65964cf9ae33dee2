/**
 * Scripted visitors. Visitors arrive on the sites on a schedule (a Poisson process at
 * `visitorsPerMinute`), browse a few pages, and some ask for a chat: they type their
 * question with a growing preview, wait (and give up if nobody takes the chat), answer
 * the operator after a pause to read, sometimes go quiet, say goodbye, leave, rate the
 * chat and leave the site.
 *
 * Everything runs on the injected clock and draws from its own seeded random source, so
 * the same seed with the same clock and the same operator behaviour replays the same
 * events — tests rely on that — while the demo only needs a real clock to feel alive.
 *
 * It drives the server through the visitor side (chats) and the visitor traffic
 * (presence on the sites), and hears what operators do through the visitor windows.
 */
import type { Clock, TimerHandle } from '../core/clock.js';
import { createRandom } from './random.js';
import type { Random } from './random.js';
import {
  fallbackPages,
  firstNames,
  genericReplies,
  goodbyes,
  hostileTexts,
  lastNames,
  pagesBySite,
  referrers,
  surveyComments,
  topics,
  uploads,
} from './scenario-scripts.js';
import type { Topic } from './scenario-scripts.js';
import type { SimServer } from './server.js';
import { VisitorActionError, visitorSide } from './visitor-side.js';
import type { VisitorSide } from './visitor-side.js';
import { visitorTraffic } from './visitor-traffic.js';
import type { VisitorTraffic } from './visitor-traffic.js';
import type { VisitorWindowEvent } from './visitor-windows.js';

export type ScenarioEventKind =
  /** Arrived on a site (text: the first page). */
  | 'arrive'
  /** Viewed a page (text: the page). */
  | 'page'
  /** Asked for a chat (text: the department and skill asked for). */
  | 'chat-request'
  /** The server would not start the chat (text: why). */
  | 'chat-refused'
  /** Started typing. */
  | 'typing'
  /** The typing preview (text: what is typed so far). */
  | 'preview'
  /** Sent a message (text: the message). */
  | 'message'
  /** Uploaded a file (text: its name). */
  | 'upload'
  /** Answered a field the operator asked for (text: `name=value`). */
  | 'field'
  /** An operator took the chat (text: the operator's name). */
  | 'taken'
  /** Stopped answering. */
  | 'quiet'
  /** Gave up waiting for an operator (the chat becomes a missed chat). */
  | 'gave-up'
  /** Closed the chat window. */
  | 'leave-chat'
  /** The operator closed the chat. */
  | 'closed-by-operator'
  /** Completed the post-chat survey (text: the rating). */
  | 'rate'
  /** Left the site. */
  | 'leave-site';

export interface ScenarioEvent {
  /** Clock time (epoch ms). */
  readonly at: number;
  readonly kind: ScenarioEventKind;
  /** `SiteKey:IP:TrackingId`. */
  readonly visitorId: string;
  readonly name: string;
  /** '' before the visitor asked for a chat. */
  readonly chatUid: string;
  readonly text: string;
}

export interface ScenarioOptions {
  server: SimServer;
  /** Defaults to the server's clock. */
  clock?: Clock;
  /** Seed of the scenario's own random source (the server has its own). Default 42. */
  seed?: number;
  /** Average arrivals per minute while started. Default 6; 0 spawns nobody. */
  visitorsPerMinute?: number;
  /** Share of arriving visitors who ask for a chat. Default 0.5. */
  chatShare?: number;
  /** Share of visitor names and messages replaced by hostile text (markup, scripts, ...). Default 0.08. */
  hostileShare?: number;
  /** Chance per answer that the visitor goes quiet instead. Default 0.1. */
  quietShare?: number;
  /** Scripted visitors on the sites at once; arrivals beyond it are skipped. Default 40. */
  maxVisitors?: number;
  /**
   * Multiplies every human delay (reading, typing, browsing, patience). Default 1;
   * smaller is busier (a benchmark), larger is calmer.
   */
  pace?: number;
  /** Events kept in `recentEvents`. Default 500. */
  keepEvents?: number;
  /** A failure inside a timer (a bug; ended chats are expected and ignored). Default: console.error. */
  onError?: (error: unknown) => void;
}

export interface SpawnOptions {
  siteKey?: number;
  name?: string;
  email?: string;
  /** true: ask for a chat at once; false: only browse; unset: `chatShare` decides, after browsing. */
  chat?: boolean;
  /** A topic id of the script bank (pricing, opening-hours, support, delivery). */
  topic?: string;
  /** The first question instead of the topic's. */
  question?: string;
  /** With `chat: true`: send the question at once instead of typing it with a preview. */
  instant?: boolean;
  dept?: string;
  skills?: readonly string[];
  /** false: the visitor never acts by itself (Storybook drives it by hand). Default true. */
  scripted?: boolean;
}

export interface ScenarioVisitor {
  /** `SiteKey:IP:TrackingId`. */
  readonly visitorId: string;
  readonly name: string;
  readonly siteKey: number;
  /** Set once the visitor asked for a chat (at once with `chat: true`). */
  readonly chatUid: string | null;
}

interface VisitorState {
  readonly visitorId: string;
  readonly name: string;
  readonly email: string;
  readonly siteKey: number;
  readonly topic: Topic;
  readonly scripted: boolean;
  readonly plannedExchanges: number;
  chatUid: string | null;
  pagesBeforeChoice: number;
  wantsChat: boolean;
  exchanges: number;
  quiet: boolean;
  /** Busy reading or typing an answer: further operator lines wait for it. */
  answering: boolean;
  chatEnded: boolean;
  onSite: boolean;
  patience: TimerHandle | null;
  readonly timers: Set<TimerHandle>;
}

const second = 1_000;
const minute = 60_000;

export class Scenario {
  readonly #server: SimServer;
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #side: VisitorSide;
  readonly #traffic: VisitorTraffic;
  readonly #visitorsPerMinute: number;
  readonly #chatShare: number;
  readonly #hostileShare: number;
  readonly #quietShare: number;
  readonly #maxVisitors: number;
  readonly #pace: number;
  readonly #keepEvents: number;
  readonly #onError: (error: unknown) => void;
  readonly #visitors = new Map<string, VisitorState>();
  readonly #byChat = new Map<string, VisitorState>();
  /** Every pending timer, whoever owns it, so stop() leaves none. */
  readonly #timers = new Set<TimerHandle>();
  readonly #listeners = new Set<(event: ScenarioEvent) => void>();
  readonly #recent: ScenarioEvent[] = [];
  #running = false;
  #unsubscribeWindows: (() => void) | null = null;

  constructor(options: ScenarioOptions) {
    this.#server = options.server;
    this.#clock = options.clock ?? options.server.clock;
    this.#random = createRandom(options.seed ?? 42);
    this.#side = visitorSide(options.server);
    this.#traffic = visitorTraffic(options.server);
    this.#visitorsPerMinute = Math.max(0, options.visitorsPerMinute ?? 6);
    this.#chatShare = options.chatShare ?? 0.5;
    this.#hostileShare = options.hostileShare ?? 0.08;
    this.#quietShare = options.quietShare ?? 0.1;
    this.#maxVisitors = options.maxVisitors ?? 40;
    this.#pace = options.pace ?? 1;
    this.#keepEvents = options.keepEvents ?? 500;
    this.#onError = options.onError ?? ((error) => console.error('Scenario:', error));
    this.#server.on('shutdown', () => this.stop());
  }

  get running(): boolean {
    return this.#running;
  }

  /** Pending timers of the scenario (none after stop()). */
  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** The latest events, oldest first. */
  get recentEvents(): readonly ScenarioEvent[] {
    return this.#recent;
  }

  /** Scripted visitors on the sites now. */
  get visitors(): ScenarioVisitor[] {
    return [...this.#visitors.values()].filter((state) => state.onSite).map((state) => this.#publicView(state));
  }

  onEvent(listener: (event: ScenarioEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Starts the arrivals (and lets existing scripted visitors act again). */
  start(): void {
    if (this.#running || this.#server.isShuttingDown) return;
    this.#running = true;
    this.#listen();
    for (const state of this.#visitors.values()) this.#resume(state);
    this.#scheduleArrival(true);
  }

  /**
   * Stops arrivals and cancels every pending step of every visitor: nothing the
   * scenario scheduled remains. Visitors and chats stay where they are.
   */
  stop(): void {
    this.#running = false;
    for (const handle of this.#timers) this.#clock.clearTimeout(handle);
    this.#timers.clear();
    for (const state of this.#visitors.values()) {
      state.timers.clear();
      state.patience = null;
      state.answering = false;
    }
    this.#unsubscribeWindows?.();
    this.#unsubscribeWindows = null;
  }

  /** A visitor arrives now. With `chat: true` the chat exists when this returns. */
  spawnVisitor(options: SpawnOptions = {}): ScenarioVisitor {
    this.#listen();
    const random = this.#random;
    const world = this.#server.world;
    const sites = world.sites.filter((site) => !site.paused);
    const site =
      (options.siteKey === undefined ? undefined : world.site(options.siteKey)) ??
      (sites.length > 0 ? random.pick(sites) : undefined);
    if (site === undefined) throw new Error('The simulator has no site a visitor could arrive on');
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    const name = options.name ?? (random.chance(this.#hostileShare / 2) ? random.pick(hostileTexts) : `${first} ${last}`);
    const email =
      options.email ??
      `${first}.${last}@example.com`
        .normalize('NFD')
        .toLowerCase()
        .replace(/[^a-z0-9.@]/g, '');
    const topic =
      topics.find((candidate) => candidate.id === options.topic) ?? random.pick(topics);
    const ip = `${random.int(11, 223)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
    const trackingId = `${random.int(100, 999)}.${random.int(10_000_000, 99_999_999)}`;
    const pages = pagesBySite[site.siteKey] ?? fallbackPages;
    const record = this.#traffic.visitorArrives({
      siteKey: site.siteKey,
      ip,
      trackingId,
      page: random.pick(pages),
      referrer: random.pick(referrers),
      placeIndex: random.int(0, 15),
    });
    const state: VisitorState = {
      visitorId: `${record.siteKey}:${record.ip}:${record.trackingId}`,
      name,
      email,
      siteKey: site.siteKey,
      topic,
      scripted: options.scripted ?? true,
      plannedExchanges: random.int(1, 3),
      chatUid: null,
      pagesBeforeChoice: random.int(1, 3),
      wantsChat: options.chat ?? random.chance(this.#chatShare),
      exchanges: 0,
      quiet: false,
      answering: false,
      chatEnded: false,
      onSite: true,
      patience: null,
      timers: new Set(),
    };
    this.#visitors.set(state.visitorId, state);
    this.#emit(state, 'arrive', record.pages.at(-1)?.name ?? '');
    if (options.chat === true) {
      this.#askForChat(state, {
        question: options.question,
        instant: options.instant === true,
        dept: options.dept,
        skills: options.skills,
      });
    } else if (state.scripted) {
      this.#after(state, this.#human(5, 25), () => this.#browse(state));
    }
    return this.#publicView(state);
  }

  /** The visitor of a chat sends a message now. */
  visitorSays(chatUid: string, text: string): void {
    this.#side.visitorSays(chatUid, text);
    this.#emitFor(chatUid, 'message', text);
  }

  /**
   * The visitor types `text` with a growing preview, then sends it. Resolves once sent;
   * rejects if the chat ends first. Stopping the scenario cancels the typing (and the
   * promise then never settles).
   */
  visitorTypes(chatUid: string, text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#type(null, chatUid, text, () => resolve(), reject);
    });
  }

  /** The visitor closes the chat window now (a scripted visitor then leaves the site). */
  visitorLeaves(chatUid: string): void {
    this.#leaveChat(chatUid, 0);
  }

  // ------------------------------------------------------------------ the schedule

  #scheduleArrival(first = false): void {
    if (!this.#running || this.#visitorsPerMinute <= 0) return;
    const mean = minute / this.#visitorsPerMinute;
    // Exponential gaps make arrivals a Poisson process; the clamp keeps a demo from
    // going silent for long or bursting absurdly.
    const gap = -Math.log(1 - this.#random.next()) * mean;
    let delay = Math.min(Math.max(gap, 250), mean * 5);
    if (first) delay = Math.min(delay, 3 * second);
    const handle = this.#clock.setTimeout(() => {
      this.#timers.delete(handle);
      if (!this.#running) return;
      this.#guard(() => {
        if (this.#onSiteCount() < this.#maxVisitors) this.spawnVisitor();
      });
      this.#scheduleArrival();
    }, delay);
    this.#timers.add(handle);
  }

  #browse(state: VisitorState): void {
    if (!state.onSite) return;
    const pages = pagesBySite[state.siteKey] ?? fallbackPages;
    if (state.pagesBeforeChoice > 0) {
      state.pagesBeforeChoice -= 1;
      const page = this.#random.pick(pages);
      if (this.#traffic.visitorViewsPage(state.visitorId, page) === undefined) {
        state.onSite = false;
        return;
      }
      this.#emit(state, 'page', page);
      this.#after(state, this.#human(5, 30), () => this.#browse(state));
      return;
    }
    if (state.wantsChat && state.chatUid === null) {
      this.#askForChat(state, {});
      return;
    }
    this.#leaveSite(state);
  }

  #askForChat(
    state: VisitorState,
    request: { question?: string | undefined; instant?: boolean; dept?: string | undefined; skills?: readonly string[] | undefined },
  ): void {
    const random = this.#random;
    const world = this.#server.world;
    const site = world.site(state.siteKey);
    const topic = state.topic;
    const dept =
      request.dept ??
      (random.chance(0.7)
        ? (topic.departments.find((wanted) => site?.departments.some((has) => has.toLowerCase() === wanted.toLowerCase())) ?? '')
        : '');
    const routable = topic.skills.filter((skill) => world.skillByName(skill)?.siteKeys.includes(state.siteKey) === true);
    const skills = request.skills ?? (routable.length > 0 && random.chance(0.5) ? [random.pick(routable)] : []);
    const translated = site?.translationEnabled === true && random.chance(0.2);
    const lang = translated ? random.pick(['fr', 'de', 'es']) : 'en';
    const [ip = '', trackingId = ''] = state.visitorId.split(':').slice(1);
    let chatUid: string;
    try {
      chatUid = this.#side.startChat({
        siteKey: state.siteKey,
        name: state.name,
        email: state.email,
        dept,
        skillNames: skills,
        lang,
        translation: translated,
        ip,
        trackingId,
      });
    } catch (error) {
      if (!(error instanceof VisitorActionError)) throw error;
      this.#emit(state, 'chat-refused', error.message);
      if (state.scripted) this.#after(state, this.#human(5, 20), () => this.#leaveSite(state));
      return;
    }
    state.chatUid = chatUid;
    this.#byChat.set(chatUid, state);
    const asked = [dept === '' ? '' : `department ${dept}`, skills.length === 0 ? '' : `skills ${skills.join(',')}`];
    this.#emit(state, 'chat-request', asked.filter((part) => part !== '').join(', '));
    const question = request.question ?? this.#maybeHostile(random.pick(topic.openers));
    if (request.instant === true) {
      this.visitorSays(chatUid, question);
    } else if (state.scripted || request.question !== undefined) {
      state.answering = true;
      this.#after(state, this.#human(1, 4), () =>
        this.#type(state, chatUid, question, () => {
          state.answering = false;
        }),
      );
    }
    if (state.scripted) this.#waitPatiently(state);
  }

  /** A waiting visitor gives up after a while (the chat becomes a missed chat). */
  #waitPatiently(state: VisitorState): void {
    this.#cancel(state, state.patience);
    state.patience = this.#after(state, this.#human(90, 240), () => {
      state.patience = null;
      const chatUid = state.chatUid;
      if (chatUid === null || state.chatEnded) return;
      this.#emit(state, 'gave-up', '');
      this.#leaveChat(chatUid, 0);
    });
  }

  /** After a stop(), a scripted visitor picks up where it was, so none is left frozen on a site. */
  #resume(state: VisitorState): void {
    if (!state.scripted || !state.onSite || state.timers.size > 0) return;
    const chatUid = state.chatUid;
    if (chatUid === null) {
      this.#after(state, this.#human(5, 25), () => this.#browse(state));
      return;
    }
    const chat = this.#server.world.chat(chatUid);
    if (state.chatEnded || chat === undefined) {
      state.chatEnded = true;
      this.#after(state, this.#human(5, 30), () => this.#leaveSite(state));
    } else if (state.quiet) {
      this.#after(state, this.#human(30, 120), () => this.#leaveChat(chatUid, 0));
    } else if (chat.talkingTo === '') {
      this.#waitPatiently(state);
    }
  }

  // ------------------------------------------------------------------ reacting to the operator

  #listen(): void {
    if (this.#unsubscribeWindows !== null) return;
    this.#unsubscribeWindows = this.#side.onWindowEvent((chatUid, event) => {
      const state = this.#byChat.get(chatUid);
      if (state === undefined) return;
      this.#guard(() => this.#onWindowEvent(state, event));
    });
  }

  #onWindowEvent(state: VisitorState, event: VisitorWindowEvent): void {
    if (event.kind === 'closed') {
      if (event.by === 'operator' && !state.chatEnded) {
        this.#endChat(state);
        this.#emit(state, 'closed-by-operator', '');
        if (state.scripted && this.#running) this.#afterChat(state, 0.5);
      }
      return;
    }
    if (event.kind === 'taken') this.#emit(state, 'taken', event.operatorName);
    if (!state.scripted || !this.#running || state.chatEnded) return;
    switch (event.kind) {
      case 'taken':
        this.#cancel(state, state.patience);
        state.patience = null;
        break;
      case 'released':
        this.#waitPatiently(state);
        break;
      case 'operator-message':
        this.#answer(state, event.text);
        break;
      case 'field-request':
        this.#after(state, this.#human(4, 10), () => this.#answerField(state, event.fieldName, event.fieldType));
        break;
      case 'document-request':
        this.#after(state, this.#human(5, 12), () => this.#upload(state));
        break;
      case 'two-factor':
        this.#after(state, this.#human(10, 25), () => {
          if (state.chatUid !== null && !state.chatEnded) this.visitorSays(state.chatUid, event.code);
        });
        break;
      default:
        break;
    }
  }

  #answer(state: VisitorState, operatorText: string): void {
    if (state.quiet || state.answering) return;
    const chatUid = state.chatUid;
    if (chatUid === null) return;
    state.answering = true;
    const readMs = this.#human(2, 6) + Math.min(operatorText.length, 400) * 30 * this.#pace;
    this.#after(state, readMs, () => {
      const random = this.#random;
      if (random.chance(this.#quietShare)) {
        state.quiet = true;
        state.answering = false;
        this.#emit(state, 'quiet', '');
        this.#after(state, this.#human(60, 180), () => {
          if (!state.chatEnded) this.#leaveChat(chatUid, 0);
        });
        return;
      }
      const site = this.#server.world.site(state.siteKey);
      if (state.topic.id === 'support' && site?.allowFileUpload === 1 && random.chance(0.15)) {
        this.#upload(state);
      }
      let reply: string;
      let farewell = false;
      if (operatorText.trim().endsWith('?') && random.chance(0.3)) {
        reply = random.pick(genericReplies);
      } else if (state.exchanges < state.plannedExchanges) {
        reply = this.#maybeHostile(state.topic.followUps[state.exchanges % state.topic.followUps.length] ?? 'OK');
        state.exchanges += 1;
      } else {
        reply = random.pick(goodbyes);
        farewell = true;
      }
      this.#type(state, chatUid, reply, () => {
        state.answering = false;
        if (farewell) {
          state.quiet = true;
          this.#after(state, this.#human(3, 8), () => {
            if (!state.chatEnded) this.#leaveChat(chatUid, 0.7);
          });
        }
      });
    });
  }

  #answerField(state: VisitorState, fieldName: string, fieldType: string): void {
    const chatUid = state.chatUid;
    if (chatUid === null || state.chatEnded) return;
    const value = fieldType.toLowerCase() === 'email' ? state.email : `REF-${this.#random.int(10_000, 99_999)}`;
    this.#side.answerField(chatUid, fieldName, value);
    this.#emit(state, 'field', `${fieldName}=${value}`);
  }

  #upload(state: VisitorState): void {
    const chatUid = state.chatUid;
    if (chatUid === null || state.chatEnded) return;
    const fileName = this.#random.pick(uploads);
    this.#side.uploadFile(chatUid, fileName, `Simulated upload ${fileName} from ${state.name}\n`);
    this.#emit(state, 'upload', fileName);
  }

  /** The visitor closes the chat window; a scripted one may rate the chat, then leaves the site. */
  #leaveChat(chatUid: string, rateChance: number): void {
    const state = this.#byChat.get(chatUid);
    if (state !== undefined) this.#endChat(state);
    this.#side.visitorLeaves(chatUid);
    this.#emitFor(chatUid, 'leave-chat', '');
    if (state?.scripted === true && this.#running) this.#afterChat(state, rateChance);
  }

  /** After the chat: maybe rate it, then leave the site. */
  #afterChat(state: VisitorState, rateChance: number): void {
    const chatUid = state.chatUid;
    const leave = (): void => {
      this.#after(state, this.#human(5, 30), () => this.#leaveSite(state));
    };
    if (chatUid === null || !this.#random.chance(rateChance)) {
      leave();
      return;
    }
    this.#after(state, this.#human(2, 8), () => {
      const rating = this.#random.pick([5, 5, 4, 4, 3, 2, 1]);
      const comment = this.#random.pick(surveyComments);
      this.#side.rate(chatUid, rating, comment === '' ? [] : [{ name: 'Comments', value: comment }]);
      this.#emit(state, 'rate', String(rating));
      leave();
    });
  }

  #endChat(state: VisitorState): void {
    state.chatEnded = true;
    state.answering = false;
    for (const handle of state.timers) {
      this.#clock.clearTimeout(handle);
      this.#timers.delete(handle);
    }
    state.timers.clear();
    state.patience = null;
  }

  #leaveSite(state: VisitorState): void {
    if (!state.onSite) return;
    if (state.chatUid !== null && !state.chatEnded && this.#server.world.chat(state.chatUid) !== undefined) {
      this.#endChat(state);
      this.#side.visitorLeaves(state.chatUid);
      this.#emit(state, 'leave-chat', '');
    }
    state.onSite = false;
    this.#traffic.visitorLeavesSite(state.visitorId);
    this.#emit(state, 'leave-site', '');
    for (const handle of state.timers) {
      this.#clock.clearTimeout(handle);
      this.#timers.delete(handle);
    }
    state.timers.clear();
    this.#visitors.delete(state.visitorId);
    if (state.chatUid !== null) this.#byChat.delete(state.chatUid);
  }

  // ------------------------------------------------------------------ typing

  /**
   * Typing as a chat window reports it: typing on, then the preview growing every second
   * or so, then the message (which ends the typing).
   */
  #type(
    /** Whose timers these are: a scripted visitor's die with its chat; null ones only with stop(). */
    owner: VisitorState | null,
    chatUid: string,
    text: string,
    done: () => void,
    failed: (error: unknown) => void = (error) => this.#report(error),
  ): void {
    const steps = Math.min(5, Math.max(1, Math.ceil(text.length / 12)));
    let step = 0;
    const next = (): void => {
      try {
        if (step === 0) {
          this.#side.visitorTyping(chatUid, true);
          this.#emitFor(chatUid, 'typing', '');
        } else if (step <= steps) {
          const preview = text.slice(0, Math.max(1, Math.round((text.length * step) / (steps + 1))));
          this.#side.visitorPreview(chatUid, preview);
          this.#emitFor(chatUid, 'preview', preview);
        } else {
          this.visitorSays(chatUid, text);
          done();
          return;
        }
      } catch (error) {
        failed(error);
        return;
      }
      step += 1;
      this.#after(owner, this.#human(0.6, 1.4), next);
    };
    next();
  }

  // ------------------------------------------------------------------ plumbing

  /** A delay of a human action: uniform in [min, max] seconds, times the pace. */
  #human(minSeconds: number, maxSeconds: number): number {
    const ms = (minSeconds + this.#random.next() * (maxSeconds - minSeconds)) * second;
    return Math.round(ms * this.#pace);
  }

  #after(state: VisitorState | null, ms: number, run: () => void): TimerHandle {
    const handle = this.#clock.setTimeout(() => {
      this.#timers.delete(handle);
      state?.timers.delete(handle);
      this.#guard(run);
    }, ms);
    this.#timers.add(handle);
    state?.timers.add(handle);
    return handle;
  }

  #cancel(state: VisitorState, handle: TimerHandle | null): void {
    if (handle === null) return;
    this.#clock.clearTimeout(handle);
    this.#timers.delete(handle);
    state.timers.delete(handle);
  }

  /** A chat that ended under the visitor's feet is expected; anything else is reported. */
  #guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.#report(error);
    }
  }

  #report(error: unknown): void {
    if (error instanceof VisitorActionError) return;
    this.#onError(error);
  }

  #maybeHostile(text: string): string {
    return this.#random.chance(this.#hostileShare) ? this.#random.pick(hostileTexts) : text;
  }

  #onSiteCount(): number {
    let count = 0;
    for (const state of this.#visitors.values()) if (state.onSite) count += 1;
    return count;
  }

  #publicView(state: VisitorState): ScenarioVisitor {
    return { visitorId: state.visitorId, name: state.name, siteKey: state.siteKey, chatUid: state.chatUid };
  }

  #emitFor(chatUid: string, kind: ScenarioEventKind, text: string): void {
    const state = this.#byChat.get(chatUid);
    if (state !== undefined) {
      this.#emit(state, kind, text);
      return;
    }
    const chat = this.#server.world.anyChat(chatUid);
    this.#record({ at: this.#clock.now(), kind, visitorId: chat?.visitorId ?? '', name: chat?.name ?? '', chatUid, text });
  }

  #emit(state: VisitorState, kind: ScenarioEventKind, text: string): void {
    this.#record({ at: this.#clock.now(), kind, visitorId: state.visitorId, name: state.name, chatUid: state.chatUid ?? '', text });
  }

  #record(event: ScenarioEvent): void {
    this.#recent.push(event);
    if (this.#recent.length > this.#keepEvents) this.#recent.splice(0, this.#recent.length - this.#keepEvents);
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.#onError(error);
      }
    }
  }
}
