/**
 * The fixture every element test uses: a simulated WhosOn server running in the page, a
 * `<whoson-session>` connected to it through the in-memory WebSocket, the test's elements
 * inside it (and, optionally, beside it), and the operator logged in.
 *
 *   const { visitor, sessionElement, session, until, state } = await sessionFixture(
 *     html`<whoson-chat-list></whoson-chat-list>`,
 *   );
 *   const chatUid = visitor.startChat({ siteKey: 1, name: 'Ada' });
 *   await until(() => state().chats.get(chatUid), { message: 'the chat to arrive' });
 *
 * Everything it creates is logged out and shut down after each test.
 */
import { fixture, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import type { WebSocketConstructorLike } from '../../src/core/connection.js';
import { Session } from '../../src/core/session.js';
import type { SessionState } from '../../src/core/store/state.js';
import type { WhosonSession } from '../../src/components/session/session.js';
import '../../src/define/whoson-session.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD } from '../../src/sim/default-data.js';
import { memorySocketFor, type MemorySocketOptions } from '../../src/sim/memory-socket.js';
import { SimServer, type OperatorConnection, type SimServerOptions } from '../../src/sim/server.js';
import { visitorSide, type VisitorSide } from '../../src/sim/visitor-side.js';

export { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD };

/** A URL the in-memory socket ignores; `wss://` so no insecure-connection warning shows. */
export const SIM_URL = 'wss://sim.whoson.test:8013';

export interface SessionFixtureOptions {
  /** Who logs in (any operator of the default data). */
  user?: string;
  /** Log in before returning (default true); false leaves the login form showing. */
  login?: boolean;
  /** Elements rendered beside (not inside) `<whoson-session>`; they attach with `session="main"`. */
  outside?: TemplateResult;
  /** The `id` of `<whoson-session>` (default `main`). */
  id?: string;
  /** The `url` attribute (default SIM_URL). */
  url?: string;
  /** Set the `auth-string` attribute (default true): the form then has no such field. */
  authStringAttribute?: boolean;
  /** Options of the simulated server (a fake clock, a seed, a world...). */
  server?: SimServerOptions;
  /** Options of the in-memory socket (e.g. `defer: (run) => setTimeout(run)` to slow it down). */
  socket?: MemorySocketOptions;
}

export interface UntilOptions {
  /** Default 3000 ms. */
  timeout?: number;
  /** Default 10 ms. */
  interval?: number;
  /** What the failure says was being waited for. */
  message?: string;
}

export interface SessionFixture {
  server: SimServer;
  sessionElement: WhosonSession;
  /** The core session of `sessionElement`. */
  session: Session;
  /** The element the fixture rendered: `sessionElement`, or a wrapper when `outside` is given. */
  root: HTMLElement;
  /** Plays website visitors on `server`: startChat, visitorSays, visitorTyping, visitorPreview, ... */
  visitor: VisitorSide;
  /** The in-memory WebSocket constructor bound to `server`. */
  WebSocket: WebSocketConstructorLike;
  /** The server's clock (a fake one when passed in `server.clock`). */
  clock: SimServer['clock'];
  /** The session's store state now. */
  state(): SessionState;
  /** The server's record of a logged-in operator (default: the fixture's user). */
  serverConnection(username?: string): OperatorConnection | undefined;
  /** Logs another operator in on the same server through a plain core session. */
  loginOperator(username: string): Promise<Session>;
  until: typeof until;
}

/** Polls `condition` until it holds; fails with `message` after `timeout`. */
export async function until(condition: () => unknown, options: UntilOptions = {}): Promise<void> {
  const { timeout = 3000, interval = 10, message = 'the condition' } = options;
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Waits `ms` of real time (for "nothing else happens" checks). */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Everything made by fixtures of the running test, released after it. */
const created: { servers: SimServer[]; sessions: Session[]; elements: WhosonSession[] } = {
  servers: [],
  sessions: [],
  elements: [],
};

function releaseAll(): void {
  for (const element of created.elements.splice(0)) element.logout();
  for (const session of created.sessions.splice(0)) session.logout();
  for (const server of created.servers.splice(0)) server.shutdown();
}

// Mocha's globals exist when the test framework loaded this module.
if (typeof afterEach === 'function') afterEach(releaseAll);

export async function sessionFixture(
  template?: TemplateResult,
  options: SessionFixtureOptions = {},
): Promise<SessionFixture> {
  const {
    user = DEMO_OPERATORS.thomas,
    login = true,
    id = 'main',
    url = SIM_URL,
    authStringAttribute = true,
  } = options;
  const server = new SimServer(options.server);
  created.servers.push(server);
  const WebSocket = memorySocketFor(server, options.socket);

  const sessionTemplate = html`<whoson-session
    id=${id}
    url=${url}
    username=${user}
    auth-string=${authStringAttribute ? DEMO_AUTH_STRING : nothing}
    .WebSocket=${WebSocket}
    >${template ?? nothing}</whoson-session
  >`;
  const root = options.outside
    ? await fixture<HTMLElement>(html`<div>${sessionTemplate}${options.outside}</div>`)
    : await fixture<HTMLElement>(sessionTemplate);
  const sessionElement = (root.localName === 'whoson-session' ? root : root.querySelector('whoson-session')) as WhosonSession;
  created.elements.push(sessionElement);
  await sessionElement.updateComplete;
  const session = sessionElement.session;
  // The in-memory socket lives in this page: the session is the page's own.
  if (!(session instanceof Session)) throw new Error('<whoson-session> made no session of the page');

  if (login) {
    await sessionElement.login({ username: user, password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING });
    await sessionElement.updateComplete;
  }

  return {
    server,
    sessionElement,
    session,
    root,
    visitor: visitorSide(server),
    WebSocket,
    clock: server.clock,
    state: () => session.store.getState(),
    serverConnection: (username = user) => server.connectionOfUser(username),
    loginOperator: async (username) => {
      const other = new Session({ url: SIM_URL, WebSocket: memorySocketFor(server, options.socket) });
      created.sessions.push(other);
      await other.login({ username, password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING });
      return other;
    },
    until,
  };
}
