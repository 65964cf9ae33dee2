/**
 * Runs a story on the simulator, in the page: a SimServer of its own (no server process:
 * the static Storybook build needs none), a `<whoson-session>` wired to it through the
 * in-memory WebSocket and, unless the story is about logging in, logged in as the demo
 * operator Thomas. The story's args set the scene (waiting chats and how long they have
 * waited, chats in progress, a visitor typing) and a small toolbar of plain buttons,
 * outside the elements, drives the simulator while the story runs: a visitor arrives,
 * types, leaves; a colleague transfers a chat; the connection drops or the network goes.
 *
 *   render: (args) => simStory({ args, content: () => html`<whoson-chat-list></whoson-chat-list>` })
 *
 * `simStory` returns the story's root element at once and sets the scene asynchronously.
 * Everything it made (the server, every session, timers) is shut down when Storybook
 * takes the element out of the page: on a story change, an args change (the story is
 * rendered again, on a fresh server) or when a docs page closes.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import type { WhosonSession } from '../../src/components/session/session.js';
import { Session } from '../../src/core/session.js';
import type { SessionState } from '../../src/core/store/state.js';
import type {
  CloseEventLike,
  MessageEventLike,
  WebSocketConstructorLike,
  WebSocketLike,
} from '../../src/core/websocket-like.js';
import '../../src/define/whoson-session.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD, DEMO_SITE_KEYS } from '../../src/sim/default-data.js';
import { memorySocketFor } from '../../src/sim/memory-socket.js';
import { SimServer } from '../../src/sim/server.js';
import { visitorSide, type StartChatOptions, type VisitorSide } from '../../src/sim/visitor-side.js';
import { visitorsFor, type VisitorScript, type VisitorText } from './visitor-texts.js';

/** The `url` of every story's session: the in-memory socket ignores it; `wss://` so no insecure-URL warning shows. */
export const SIM_URL = 'wss://sim.whoson.test:8013';

/** What the story's args may say about the simulated scene (the "Simulator" controls). */
export interface SimArgs {
  /** Log the demo operator in (false: the login form). */
  loggedIn: boolean;
  /** Chats waiting to be taken when the story starts. */
  waitingChats: number;
  /** How long the longest-waiting chat has waited; the others spread down from it. */
  waitedSeconds: number;
  /** Chats the operator has taken, each with a short conversation. */
  activeChats: number;
  /** The visitor of the first taken chat is typing (with a preview of the text). */
  visitorTyping: boolean;
  /** Names and messages of the visitors. */
  visitorScript: VisitorScript;
}

export const defaultSimArgs: SimArgs = {
  loggedIn: true,
  waitingChats: 0,
  waitedSeconds: 0,
  activeChats: 0,
  visitorTyping: false,
  visitorScript: 'english',
};

const simulator = { category: 'Simulator' };

/** Controls for SimArgs; a story file spreads the ones its stories honour into `argTypes`. */
export const simArgTypes = {
  loggedIn: { control: 'boolean', description: 'Log the demo operator in (off: the login form).', table: simulator },
  waitingChats: {
    control: { type: 'number', min: 0, max: 300, step: 1 },
    description: 'Chats waiting to be taken when the story starts.',
    table: simulator,
  },
  waitedSeconds: {
    control: { type: 'number', min: 0, max: 600, step: 5 },
    description:
      'How long the longest-waiting chat has waited (the others spread down to 0). My Company warns at 20 s and breaches its SLA at 40 s; Support Portal at 30 s and 90 s.',
    table: simulator,
  },
  activeChats: {
    control: { type: 'number', min: 0, max: 100, step: 1 },
    description: 'Chats the operator has taken, each with a short conversation.',
    table: simulator,
  },
  visitorTyping: {
    control: 'boolean',
    description: 'The visitor of the first taken chat is typing, with a preview of the text.',
    table: simulator,
  },
  visitorScript: {
    control: 'inline-radio',
    options: ['english', 'arabic'],
    description: 'Names and messages of the simulated visitors.',
    table: simulator,
  },
} as const;

/**
 * The Simulator controls a story file honours; the other SimArgs (still in its args, with
 * their defaults) are kept out of the table.
 */
export function simControls(...used: Array<keyof SimArgs>): Record<keyof SimArgs, object> {
  const controls = {} as Record<keyof SimArgs, object>;
  for (const key of Object.keys(simArgTypes) as Array<keyof SimArgs>) {
    controls[key] = used.includes(key) ? simArgTypes[key] : { table: { disable: true }, control: false };
  }
  return controls;
}

/** The story's frame: width, theme and writing direction of the page around the elements. */
export interface FrameOptions {
  /** `data-theme` of the page around the elements. */
  theme?: 'light' | 'dark';
  dir?: 'ltr' | 'rtl';
  lang?: string;
  /** The width of the area the elements live in, e.g. `320px` for a side panel. */
  width?: string;
}

/** A button of the story toolbar. */
export type ToolbarAction =
  | 'arrive'
  | 'type'
  | 'say'
  | 'leave'
  | 'transfer'
  | 'drop'
  | 'network'
  | 'login-hint';

export interface SimStoryOptions {
  args?: Partial<SimArgs> & Record<string, unknown>;
  /** The markup inside `<whoson-session>` (the session's id, for elements placed beside it). */
  content?: (context: { sessionId: string }) => TemplateResult | typeof nothing;
  /** Inline style of `<whoson-session>` (its `--whoson-*` custom properties). */
  sessionStyle?: string;
  /** Markup beside `<whoson-session>`; it attaches with `session="<sessionId>"`. */
  beside?: (context: { sessionId: string }) => TemplateResult | typeof nothing;
  frame?: FrameOptions;
  /** Toolbar buttons (default: arrive, type, say, leave). */
  toolbar?: readonly ToolbarAction[];
  /** Changes to the simulated world before anyone logs in. */
  prepare?: (sim: SimStory) => void;
  /** Runs once the args' scene is set (logged in, chats in place). */
  play?: (sim: SimStory) => void | Promise<void>;
}

/** Polls `condition` until it holds; rejects with `message` after `timeout` ms. */
async function until(condition: () => unknown, message: string, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The story was taken off the page while it was still setting its scene. */
export class StoryEnded extends Error {
  override readonly name = 'StoryEnded';
}

const CONNECTING = 0;
const CLOSED = 3;

/** A socket to a server that cannot be reached: it errors and closes without opening. */
class UnreachableSocket implements WebSocketLike {
  readonly url: string;
  readyState = CONNECTING;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: MessageEventLike) => void) | null = null;
  onclose: ((event: CloseEventLike) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(url: string) {
    this.url = url;
    setTimeout(() => this.#fail(), 50);
  }

  send(): void {
    throw new Error('InvalidStateError: the socket is still connecting');
  }

  close(): void {
    this.#fail();
  }

  #fail(): void {
    if (this.readyState === CLOSED) return;
    this.readyState = CLOSED;
    this.onerror?.({ type: 'error' });
    this.onclose?.({ code: 1006, reason: '', wasClean: false });
  }
}

/**
 * The story operator's network. While it is down the operator's connection is gone and
 * every new socket fails, so the session keeps reconnecting (and queues what is typed)
 * until it comes back. Colleagues logged in by the story are not affected.
 */
export class StoryNetwork {
  #up = true;
  readonly #sim: SimStory;

  constructor(sim: SimStory) {
    this.#sim = sim;
  }

  get up(): boolean {
    return this.#up;
  }

  /** The WebSocket constructor for the story's `<whoson-session>`. */
  socketFor(server: SimServer): WebSocketConstructorLike {
    const Reachable = memorySocketFor(server);
    const isUp = (): boolean => this.#up;
    // A plain constructor function that returns an object: `new StorySocket(url)` yields
    // that object, a connected in-memory socket or one that cannot connect.
    function StorySocket(url: string): WebSocketLike {
      return isUp() ? new Reachable(url) : new UnreachableSocket(url);
    }
    return StorySocket as unknown as WebSocketConstructorLike;
  }

  /** The network goes: the server loses the operator's connection and no new one opens. */
  goDown(): void {
    this.#up = false;
    this.#sim.dropOperatorConnection('network gone');
  }

  /** The network is back: the session reconnects at once (as it does on the `online` event). */
  comeBack(): void {
    this.#up = true;
    this.#sim.session()?.connection.probe('The network is back');
  }
}

let storyCount = 0;

/** One story's simulator, session and toolbar. */
export class SimStory {
  readonly server = new SimServer();
  readonly visitor: VisitorSide = visitorSide(this.server);
  readonly network = new StoryNetwork(this);
  readonly args: SimArgs;
  readonly sessionId = `story-session-${++storyCount}`;
  readonly frame: HTMLElement;
  readonly #stage: HTMLElement;
  readonly #toolbar: HTMLElement;
  readonly #status: HTMLOutputElement;
  readonly #colleagues = new Map<string, Session>();
  readonly #cleanups: Array<() => void> = [];
  readonly #visitorTexts: readonly VisitorText[];
  #visitorCount = 0;
  #disposed = false;
  /** The args' scene is set: visitors now speak as they arrive. */
  #sceneSet = false;
  readonly #pendingQuestions: Array<[string, string]> = [];

  constructor(args: SimArgs) {
    this.args = args;
    this.#visitorTexts = visitorsFor(args.visitorScript);
    this.frame = document.createElement('sim-story-frame');
    this.#toolbar = document.createElement('div');
    this.#toolbar.className = 'sim-story-toolbar';
    this.#toolbar.setAttribute('role', 'group');
    this.#toolbar.setAttribute('aria-label', 'Simulator');
    this.#status = document.createElement('output');
    this.#status.className = 'sim-story-status';
    this.#stage = document.createElement('div');
    this.#stage.className = 'sim-story-stage';
    (this.frame as SimStoryFrame).onRemoved = () => this.dispose();
  }

  /** The story's `<whoson-session>` (after the first render). */
  get sessionElement(): WhosonSession {
    const element = this.#stage.querySelector('whoson-session');
    if (element === null) throw new Error('The story has no <whoson-session>');
    return element;
  }

  /** The core session of the story's `<whoson-session>` (the page's own: its socket is in-memory). */
  session(): Session | undefined {
    const session = this.sessionElement.session;
    return session instanceof Session ? session : undefined;
  }

  state(): SessionState | undefined {
    return this.session()?.store.getState();
  }

  /**
   * Waits for `condition` like `until`, and gives up with StoryEnded as soon as the story
   * is gone (the next story is already being set up; this one must not touch anything).
   */
  async wait(condition: () => unknown, message: string, timeout = 5000): Promise<void> {
    await until(() => this.#disposed || condition(), message, timeout);
    this.#ensureAlive();
  }

  #ensureAlive(): void {
    if (this.#disposed) throw new StoryEnded('The story ended');
  }

  /** Says what just happened (or failed) under the toolbar. */
  report(text: string): void {
    this.#status.value = text;
  }

  /** Logs the demo operator Thomas in (the element has his username and the auth string). */
  async login(password = DEMO_PASSWORD): Promise<void> {
    await this.sessionElement.updateComplete;
    this.#ensureAlive();
    await this.sessionElement.login({ password });
    this.#ensureAlive();
  }

  /** Names and first messages of the simulated visitors, in turn. */
  nextVisitor(): VisitorText {
    const text = this.#visitorTexts[this.#visitorCount % this.#visitorTexts.length] as VisitorText;
    const round = Math.floor(this.#visitorCount / this.#visitorTexts.length);
    this.#visitorCount += 1;
    return round === 0 ? text : { ...text, name: `${text.name} ${round + 1}` };
  }

  /**
   * A visitor asks for a chat and asks their question; with `waitedSeconds` the chat is
   * made to have waited that long already (only news to operators who log in after).
   */
  visitorArrives(options: Partial<StartChatOptions> & { waitedSeconds?: number; question?: string } = {}): string {
    const text = this.nextVisitor();
    const { waitedSeconds = 0, question = text.question, ...start } = options;
    const chatUid = this.visitor.startChat({
      siteKey: this.#visitorCount % 3 === 0 ? DEMO_SITE_KEYS.supportPortal : DEMO_SITE_KEYS.myCompany,
      name: text.name,
      lang: text.lang,
      ...start,
    });
    const chat = this.server.world.chat(chatUid);
    if (chat !== undefined && waitedSeconds > 0) {
      const since = this.server.world.now() - waitedSeconds * 1000;
      chat.started = since;
      chat.waitingSince = since;
    }
    if (question !== '') {
      // Before the operator logs in the question waits: a waiting row shows the last
      // message its operator heard, and the login brings no transcripts.
      if (this.#sceneSet) this.visitor.visitorSays(chatUid, question);
      else this.#pendingQuestions.push([chatUid, question]);
    }
    return chatUid;
  }

  #askPendingQuestions(): void {
    this.#sceneSet = true;
    for (const [chatUid, question] of this.#pendingQuestions.splice(0)) this.visitor.visitorSays(chatUid, question);
  }

  /** The operator takes chats (as the take button does) and the story waits until they are theirs. */
  async take(chatUids: readonly string[]): Promise<void> {
    const session = this.session();
    if (session === undefined) throw new Error('No session to take chats with');
    await this.wait(() => chatUids.every((uid) => session.store.getState().chats.get(uid)), 'the chat requests');
    for (const uid of chatUids) session.accept(uid);
    const me = (): string => session.store.getState().me.connectionId;
    await this.wait(
      () => chatUids.every((uid) => session.store.getState().chats.get(uid)?.talkingToClientId === me()),
      'the chats to be taken',
      15_000,
    );
  }

  /** `count` chats taken by the operator, each with a question, an answer and a follow-up. */
  async activeChats(count: number): Promise<string[]> {
    if (count <= 0) return [];
    const texts: VisitorText[] = [];
    const chatUids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const text = this.nextVisitor();
      texts.push(text);
      chatUids.push(
        this.visitor.startChat({ siteKey: DEMO_SITE_KEYS.myCompany, name: text.name, lang: text.lang }),
      );
    }
    chatUids.forEach((uid, index) => this.visitor.visitorSays(uid, (texts[index] as VisitorText).question));
    await this.take(chatUids);
    const session = this.session();
    chatUids.forEach((uid, index) => session?.sendMessage(uid, (texts[index] as VisitorText).answer));
    // The visitor answers what reached them: the server's transcript keeps that order.
    const answered = (uid: string): boolean =>
      this.server.world.chat(uid)?.lines.some((line) => line.operatorIndex > 0 && line.operatorIndex < 99) === true;
    await this.wait(() => chatUids.every(answered), 'the answers to reach the server');
    chatUids.forEach((uid, index) => this.visitor.visitorSays(uid, (texts[index] as VisitorText).followUp));
    return chatUids;
  }

  /**
   * The visitor types `text`: typing starts and the preview grows word by word; with
   * `send` the message goes out at the end, otherwise the visitor keeps typing (the
   * preview is refreshed, so the indicator does not expire) until the story ends.
   */
  async visitorTypes(chatUid: string, text: string, send = true): Promise<void> {
    this.visitor.visitorTyping(chatUid, true);
    const words = text.split(' ');
    for (let count = 1; count <= words.length && !this.#disposed; count += 1) {
      if (this.server.world.chat(chatUid) === undefined) return;
      this.visitor.visitorPreview(chatUid, words.slice(0, count).join(' '));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (this.#disposed || this.server.world.chat(chatUid) === undefined) return;
    if (send) {
      this.visitor.visitorSays(chatUid, text);
      return;
    }
    const refresh = setInterval(() => {
      if (this.server.world.chat(chatUid) === undefined) return;
      this.visitor.visitorPreview(chatUid, text);
    }, 5000);
    this.#cleanups.push(() => clearInterval(refresh));
  }

  /** Logs a colleague in on the same server (a plain core session, no UI). */
  async colleague(username: string = DEMO_OPERATORS.martin): Promise<Session> {
    const existing = this.#colleagues.get(username);
    if (existing !== undefined) return existing;
    this.#ensureAlive();
    const session = new Session({ url: SIM_URL, WebSocket: memorySocketFor(this.server) });
    this.#colleagues.set(username, session);
    await session.login({ username, password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING });
    this.#ensureAlive();
    return session;
  }

  /** Martin takes a new chat and transfers it to the story's operator, with a message. */
  async colleagueTransfers(message = 'Needs technical support: order #1042, the download link fails'): Promise<string> {
    const martin = await this.colleague(DEMO_OPERATORS.martin);
    const text = this.nextVisitor();
    const chatUid = this.visitor.startChat({ siteKey: DEMO_SITE_KEYS.myCompany, name: text.name, lang: text.lang });
    this.visitor.visitorSays(chatUid, text.question);
    await this.wait(() => martin.store.getState().chats.get(chatUid), "the chat at Martin's");
    martin.accept(chatUid);
    await this.wait(
      () => martin.store.getState().chats.get(chatUid)?.talkingToClientId === martin.store.getState().me.connectionId,
      'Martin to take the chat',
    );
    const me = this.server.connectionOfUser(DEMO_OPERATORS.thomas);
    if (me === undefined) throw new Error('The operator is not logged in');
    await this.wait(() => martin.store.getState().clients[me.connectionId]?.status === 0, 'the operator online at Martin’s');
    martin.transferToOperators(chatUid, [me.connectionId], message);
    return chatUid;
  }

  /** The server drops the operator's connection (the session reconnects by itself). */
  dropOperatorConnection(reason = 'connection lost'): void {
    const connection = this.server.connectionOfUser(DEMO_OPERATORS.thomas);
    if (connection !== undefined) this.server.dropConnection(connection, 1006, reason);
  }

  /** The chat the toolbar acts on: the selected one, else my newest, else the newest waiting. */
  currentChat(): string | undefined {
    const selected = this.sessionElement.selection.chatUid;
    if (selected !== '' && this.server.world.chat(selected) !== undefined) return selected;
    const me = this.server.connectionOfUser(DEMO_OPERATORS.thomas)?.connectionId;
    const open = [...this.server.world.chats.values()];
    const mine = open.filter((chat) => chat.talkingTo !== '' && chat.talkingTo === me);
    const waiting = open.filter((chat) => chat.talkingTo === '');
    return (mine.at(-1) ?? waiting.at(-1))?.chatUid;
  }

  /** Renders the toolbar and the elements into the frame. */
  mount(options: SimStoryOptions): void {
    const { frame } = this;
    const frameOptions = options.frame ?? {};
    if (frameOptions.theme) frame.dataset['theme'] = frameOptions.theme;
    if (frameOptions.dir) frame.setAttribute('dir', frameOptions.dir);
    if (frameOptions.lang) frame.setAttribute('lang', frameOptions.lang);
    if (frameOptions.width) this.#stage.style.width = frameOptions.width;
    frame.append(this.#toolbar, this.#status, this.#stage);
    this.#renderToolbar(options.toolbar ?? ['arrive', 'type', 'say', 'leave']);

    const context = { sessionId: this.sessionId };
    render(
      html`<whoson-session
          id=${this.sessionId}
          url=${SIM_URL}
          auth-string=${DEMO_AUTH_STRING}
          username=${DEMO_OPERATORS.thomas}
          style=${options.sessionStyle || nothing}
          .WebSocket=${this.network.socketFor(this.server)}
          >${options.content?.(context) ?? nothing}</whoson-session
        >${options.beside?.(context) ?? nothing}`,
      this.#stage,
    );
  }

  /** Builds the args' scene, then runs the story's own steps. */
  async setScene(options: SimStoryOptions): Promise<void> {
    const { args } = this;
    if (args.activeChats > 4) {
      // Thomas may hold 4 chats at once in the demo data; the story asks for more.
      const account = this.server.world.account(DEMO_OPERATORS.thomas);
      if (account !== undefined) account.maxChats = 0;
    }
    options.prepare?.(this);
    const waiting = Math.max(0, Math.floor(args.waitingChats));
    for (let index = 0; index < waiting; index += 1) {
      const share = waiting === 1 ? 1 : 1 - index / (waiting - 1);
      this.visitorArrives({ waitedSeconds: Math.round(args.waitedSeconds * share) });
    }
    if (args.loggedIn) await this.login();
    this.#askPendingQuestions();
    if (!args.loggedIn) {
      await options.play?.(this);
      return;
    }
    const active = await this.activeChats(Math.max(0, Math.floor(args.activeChats)));
    const first = active[0];
    if (first !== undefined) {
      this.sessionElement.selection.select(first);
      if (args.visitorTyping) void this.visitorTypes(first, this.#typingTextOf(), false);
    }
    await options.play?.(this);
  }

  /** Ends everything the story made: sessions, timers, the server. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
    for (const session of this.#colleagues.values()) session.logout();
    this.#stage.querySelector('whoson-session')?.logout();
    this.server.shutdown();
  }

  #typingTextOf(): string {
    return this.args.visitorScript === 'arabic'
      ? 'هل يمكنني تغيير عنوان التوصيل بعد الدفع؟'
      : 'Can I change the delivery address after paying? I moved last week';
  }

  #renderToolbar(actions: readonly ToolbarAction[]): void {
    const button = (label: string, run: () => unknown): TemplateResult =>
      html`<button type="button" @click=${() => this.#run(label, run)}>${label}</button>`;
    const chatOr = (act: (chatUid: string) => unknown) => () => {
      const chatUid = this.currentChat();
      if (chatUid === undefined) throw new Error('No open chat: let a visitor arrive first');
      return act(chatUid);
    };
    const templates = actions.map((action) => {
      switch (action) {
        case 'arrive':
          return button('A visitor arrives', () => this.visitorArrives());
        case 'type':
          return button('Visitor types', chatOr((uid) => this.visitorTypes(uid, this.#typingTextOf())));
        case 'say':
          return button('Visitor sends a message', chatOr((uid) => this.visitor.visitorSays(uid, this.nextVisitor().followUp)));
        case 'leave':
          return button('Visitor leaves', chatOr((uid) => this.visitor.visitorLeaves(uid)));
        case 'transfer':
          return button('Martin transfers a chat to me', () => this.colleagueTransfers());
        case 'drop':
          return button('Drop the connection', () => this.dropOperatorConnection());
        case 'network':
          return html`${button('Network off', () => this.network.goDown())}${button('Network on', () =>
            this.network.comeBack(),
          )}`;
        case 'login-hint':
          return html`<span class="sim-story-hint"
            >Demo login: <code>${DEMO_OPERATORS.thomas}</code> / <code>${DEMO_PASSWORD}</code></span
          >`;
      }
    });
    render(html`${templates}`, this.#toolbar);
  }

  async #run(label: string, action: () => unknown): Promise<void> {
    try {
      this.report(`${label}…`);
      await action();
      this.report(`${label}: done`);
    } catch (error) {
      if (error instanceof StoryEnded) return;
      this.report(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * The root of a story: plain light DOM around the elements. Taken out of the page (and not
 * put back at once), it ends its story's simulator.
 */
class SimStoryFrame extends HTMLElement {
  onRemoved: (() => void) | null = null;

  disconnectedCallback(): void {
    // Storybook may move the node (re-render in place); only a real removal ends the story.
    setTimeout(() => {
      if (!this.isConnected) this.onRemoved?.();
    });
  }
}

if (customElements.get('sim-story-frame') === undefined) {
  customElements.define('sim-story-frame', SimStoryFrame);
  const style = document.createElement('style');
  style.textContent = `
    sim-story-frame { display: block; color-scheme: light; background: Canvas; color: CanvasText;
      font: 14px system-ui, sans-serif; padding: 12px; border-radius: 8px; }
    sim-story-frame[data-theme='dark'] { color-scheme: dark; }
    .sim-story-toolbar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center;
      padding-block-end: 6px; }
    .sim-story-toolbar button { font: inherit; font-size: 13px; padding: 3px 10px; }
    .sim-story-status { display: block; min-height: 1.4em; font-size: 12px; opacity: 0.75;
      margin-block-end: 8px; }
    .sim-story-stage { max-width: 100%; }
  `;
  document.head.append(style);
}

/** Forwards the elements' `whoson-*` events to the story's `on…` args (the Actions panel). */
function forwardEvents(frame: HTMLElement, args: Record<string, unknown>): void {
  for (const [key, handler] of Object.entries(args)) {
    if (!/^on[A-Z]/.test(key) || typeof handler !== 'function') continue;
    const eventName = key
      .slice(2)
      .replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
      .slice(1);
    frame.addEventListener(eventName, (event) => (handler as (event: Event) => void)(event));
  }
}

/**
 * A story on its own simulator: returns the root element at once; the scene (login,
 * chats, the story's `play`) follows. A failure shows in the toolbar's status line and
 * the browser console.
 */
export function simStory(options: SimStoryOptions): HTMLElement {
  const args: SimArgs = { ...defaultSimArgs, ...options.args };
  const sim = new SimStory(args);
  sim.mount(options);
  forwardEvents(sim.frame, options.args ?? {});
  sim.report('Setting the scene…');
  sim
    .setScene(options)
    .then(() => sim.report(''))
    .catch((error: unknown) => {
      if (error instanceof StoryEnded) return;
      sim.report(`The story could not set its scene: ${error instanceof Error ? error.message : String(error)}`);
      console.error(error);
    });
  return sim.frame;
}
