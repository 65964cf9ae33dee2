/**
 * One session for many pages: a SessionHost (what runs in the shared worker or the
 * leading tab) with pages attached over real MessageChannels (structured clone, as
 * between a page and a worker), against the simulator. Counts what reaches the server.
 */
import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { LoginError, NotConnectedError } from '../../src/core/connection.js';
import { Session } from '../../src/core/session.js';
import { messagePortLink } from '../../src/core/shared-session/link.js';
import type { HostMessage, PageMessage } from '../../src/core/shared-session/messages.js';
import { RemoteSession } from '../../src/core/shared-session/remote-session.js';
import { SessionHost } from '../../src/core/shared-session/session-host.js';
import { mirrorAllSlices } from '../../src/core/store/mirror-all.js';
import { localLine } from '../../src/core/store/transcript.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD, DEMO_SITE_KEYS } from '../../src/sim/default-data.js';
import { memorySocketFor } from '../../src/sim/memory-socket.js';
import { SimServer } from '../../src/sim/server.js';
import { visitorSide } from '../../src/sim/visitor-side.js';

const URL = 'wss://sim.whoson.test:8013';

// These pages read every slice through their store (no element says which it shows).
mirrorAllSlices();
const thomas = { username: DEMO_OPERATORS.thomas, password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING };

async function until(check: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface World {
  server: SimServer;
  host: SessionHost;
  /** A page attached to the host; `user` is the one it asks for. */
  page(options?: { user?: string; graceMs?: number; focused?: boolean }): RemoteSession;
  /** The page goes away (pagehide). */
  leave(page: RemoteSession): void;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function world(): World {
  const server = new SimServer();
  const sessions: Session[] = [];
  const host = new SessionHost({
    createSession: (url) => {
      const session = new Session({ url, WebSocket: memorySocketFor(server), loadReferenceData: false });
      sessions.push(session);
      return session;
    },
  });
  const ports: MessagePort[] = [];
  cleanups.push(() => {
    for (const session of sessions) session.logout();
    for (const port of ports) port.close();
    server.shutdown();
  });
  return {
    server,
    host,
    page(options = {}) {
      const channel = new MessageChannel();
      ports.push(channel.port1, channel.port2);
      host.attach(messagePortLink<HostMessage, PageMessage>(channel.port1));
      const page = new RemoteSession({
        url: URL,
        user: options.user ?? '',
        graceMs: options.graceMs ?? 10_000,
        presence: { visible: true, focused: options.focused ?? false },
      });
      page.connect(messagePortLink<PageMessage, HostMessage>(channel.port2));
      return page;
    },
    leave(page) {
      page.disconnect();
    },
  };
}

describe('a session shared by pages (SessionHost and RemoteSession)', () => {
  it('gives three pages one socket and one Login, and every page the same state', async () => {
    const { server, page } = world();
    const pages = [page(), page(), page()];
    await pause(20);
    const info = await pages[0]!.login(thomas);
    assert.ok(info.connectionId);
    for (const each of pages) {
      await until(() => each.store.getState().connection.state === 'connected', 'every page to be connected');
    }
    assert.equal(server.stats.socketsAccepted, 1);
    assert.equal(server.stats.loginsSucceeded, 1);
    assert.equal(server.stats.loginsAttempted, 1);
    const [first, second, third] = pages.map((each) => each.store.getState().me.connectionId);
    assert.equal(first, info.connectionId);
    assert.equal(second, first);
    assert.equal(third, first);
  });

  it('joins a live session when a page logs in again (single sign-on pages do on every load)', async () => {
    const { server, page } = world();
    await page().login(thomas);
    const again = page({ user: DEMO_OPERATORS.thomas });
    const info = await again.login(thomas);
    assert.equal(info.connectionId, server.connectionOfUser(DEMO_OPERATORS.thomas)?.connectionId);
    assert.equal(server.stats.loginsAttempted, 1);
    assert.equal(server.stats.socketsAccepted, 1);
  });

  it('sends a message typed in one page once, and every page shows the line as sent', async () => {
    const { server, page } = world();
    const visitor = visitorSide(server);
    const [a, b] = [page(), page()];
    await a.login(thomas);
    const chatUid = visitor.startChat({ siteKey: DEMO_SITE_KEYS.myCompany, name: 'Ada' });
    await until(() => b.store.getState().chats.get(chatUid) !== undefined, 'the chat to reach the second page');
    b.accept(chatUid);
    await until(() => a.store.getState().conversations.get(chatUid) !== undefined, 'the conversation to open');
    const localId = b.sendMessage(chatUid, 'Hello from the second tab');
    const sentIn = (each: RemoteSession) =>
      each.store.getState().conversations.get(chatUid)?.lines.find((line) => line.localId === localId)?.state;
    await until(() => sentIn(a) === 'sent' && sentIn(b) === 'sent', 'the line to be sent in both pages');
    const toVisitor = server.world.chats.get(chatUid)?.lines.filter((line) => line.message === 'Hello from the second tab') ?? [];
    assert.equal(toVisitor.length, 1);
  });

  it('mirrors the host exactly: the same state in every page as in the session', async () => {
    const { server, page, host } = world();
    const visitor = visitorSide(server);
    const [a, b] = [page(), page()];
    await a.login(thomas);
    const chatUid = visitor.startChat({ siteKey: DEMO_SITE_KEYS.myCompany, name: 'Ada' });
    await until(() => a.store.getState().chats.get(chatUid) !== undefined, 'the chat');
    a.accept(chatUid);
    await until(() => b.store.getState().conversations.get(chatUid) !== undefined, 'the conversation');
    visitor.visitorSays(chatUid, 'Are you there?');
    a.sendMessage(chatUid, 'Yes');
    a.setDraft(chatUid, 'And then', 8);
    await pause(50);
    const real = host.session(URL, DEMO_OPERATORS.thomas)!.store.getState();
    assert.deepEqual(a.store.getState(), real);
    assert.deepEqual(b.store.getState(), real);
  });

  it('shows a draft typed in one page in the others, and applies it at once where it was typed', async () => {
    const { page } = world();
    const [a, b] = [page(), page()];
    await a.login(thomas);
    a.setDraft('chat-1', 'Hel', 3);
    assert.equal(a.store.getState().chatUi.get('chat-1')?.draft, 'Hel', 'applied without waiting');
    await until(() => b.store.getState().chatUi.get('chat-1')?.draft === 'Hel', 'the draft in the other page');
  });

  it('logs every page out when one logs out, and logs in the pages on the login form when one logs in', async () => {
    const { server, page } = world();
    const [a, b] = [page(), page()];
    await a.login(thomas);
    await until(() => b.store.getState().connection.live, 'the second page to be live');
    b.logout();
    await until(() => a.store.getState().connection.state === 'closed', 'the first page to see the logout');
    assert.equal(server.stats.closesReceived, 1);
    assert.equal(a.store.getState().connection.username, DEMO_OPERATORS.thomas, 'the login form keeps the username');
    await b.login(thomas);
    await until(() => a.store.getState().connection.state === 'connected', 'the first page to be logged in again');
  });

  it('rejects a refused login with the server reason, shows it in the page, and does not retry it', async () => {
    const { server, page } = world();
    const a = page();
    await pause(10);
    await assert.rejects(a.login({ ...thomas, password: 'wrong' }), (error: unknown) => {
      assert.ok(error instanceof LoginError);
      assert.match(error.message, /Invalid credentials/);
      return true;
    });
    await until(() => a.store.getState().connection.failure !== null, 'the refusal in the page');
    assert.match(a.store.getState().connection.failure ?? '', /Invalid credentials/);
    assert.equal(a.store.getState().connection.state, 'closed');
    await pause(50);
    assert.equal(server.stats.loginsAttempted, 1, 'not retried');
  });

  it('lets one page play the alerts: the focused one, and another when it leaves', async () => {
    const { page, leave } = world();
    const a = page();
    const b = page({ focused: true });
    const c = page();
    await a.login(thomas);
    await until(() => b.alerting, 'the focused page to play the alerts');
    assert.equal([a, b, c].filter((each) => each.alerting).length, 1);
    c.setPresence({ visible: true, focused: true });
    b.setPresence({ visible: false, focused: false });
    await until(() => c.alerting && !b.alerting, 'the alerts to follow the focus');
    leave(c);
    await until(() => a.alerting || b.alerting, 'another page to take the alerts');
    assert.equal([a, b].filter((each) => each.alerting).length, 1);
  });

  it('keeps the session through a navigation within the grace period, then logs out when no page comes back', async () => {
    const { server, page, leave } = world();
    const first = page({ graceMs: 150 });
    await first.login(thomas);
    leave(first);
    await pause(50);
    const next = page({ user: DEMO_OPERATORS.thomas, graceMs: 150 });
    await until(() => next.store.getState().connection.state === 'connected', 'the next page to show the live session');
    assert.equal(server.stats.loginsAttempted, 1, 'no new Login for the next page');
    leave(next);
    await until(() => server.stats.closesReceived === 1, 'the logout after the grace period', 2_000);
    assert.equal(server.connectionOfUser(DEMO_OPERATORS.thomas), undefined);
  });

  it('keeps two operators of one browser apart: one session, one socket each', async () => {
    const { server, page } = world();
    const forThomas = page({ user: DEMO_OPERATORS.thomas });
    const forMartin = page({ user: DEMO_OPERATORS.martin });
    await forThomas.login(thomas);
    await forMartin.login({ ...thomas, username: DEMO_OPERATORS.martin });
    assert.equal(server.stats.socketsAccepted, 2);
    assert.equal(server.stats.loginsSucceeded, 2);
    assert.equal(forThomas.store.getState().connection.username, DEMO_OPERATORS.thomas);
    assert.equal(forMartin.store.getState().connection.username, DEMO_OPERATORS.martin);
    assert.notEqual(forThomas.store.getState().me.connectionId, forMartin.store.getState().me.connectionId);
  });

  it('resumes a session a page hands over: takes the chat back, sends the waiting line once and keeps the draft', async () => {
    const before = world();
    const visitor = visitorSide(before.server);
    const a = before.page();
    await a.login(thomas);
    const chatUid = visitor.startChat({ siteKey: DEMO_SITE_KEYS.myCompany, name: 'Ada' });
    await until(() => a.store.getState().chats.get(chatUid) !== undefined, 'the chat');
    a.accept(chatUid);
    await until(() => a.store.getState().conversations.get(chatUid) !== undefined, 'the conversation');
    a.setDraft(chatUid, 'Half a thought', 6);
    await pause(20);
    const handover = a.handover();
    assert.ok(handover, 'a live page has something to hand over');
    const pending = {
      ...handover,
      conversations: handover.conversations.map((conversation) =>
        conversation.chatUid === chatUid
          ? { ...conversation, lines: [...conversation.lines, localLine('local-x-1', 'Still there', Date.now(), 'Thomas')] }
          : conversation,
      ),
    };
    // The page (and with it, in this browser, the worker) is gone: the server drops the chat.
    const session = before.host.session(URL, DEMO_OPERATORS.thomas)!;
    session.connection.probe();
    (session as unknown as { connection: { logout(): void } }).connection.logout();
    await until(() => before.server.world.chats.get(chatUid)?.talkingTo === '', 'the server to release the chat');

    // A new host (a new worker) and the next page, which hands over what it had.
    const host = new SessionHost({
      createSession: (url) => new Session({ url, WebSocket: memorySocketFor(before.server), loadReferenceData: false }),
    });
    const channel = new MessageChannel();
    cleanups.push(() => {
      host.session(URL, DEMO_OPERATORS.thomas)?.logout();
      channel.port1.close();
    });
    host.attach(messagePortLink<HostMessage, PageMessage>(channel.port1));
    const next = new RemoteSession({ url: URL, user: DEMO_OPERATORS.thomas, resume: pending });
    next.connect(messagePortLink<PageMessage, HostMessage>(channel.port2));
    await until(() => next.store.getState().conversations.get(chatUid) !== undefined, 'the handed-over conversation at once');
    assert.equal(next.store.getState().chatUi.get(chatUid)?.draft, 'Half a thought');
    assert.equal(next.store.getState().connection.state, 'idle', 'a new Login is needed');
    await next.login(thomas);
    const mine = () => before.server.connectionOfUser(DEMO_OPERATORS.thomas)?.connectionId;
    await until(() => before.server.world.chats.get(chatUid)?.talkingTo === mine(), 'the chat to be ours again');
    await until(
      () => next.store.getState().conversations.get(chatUid)?.lines.some((line) => line.localId === 'local-x-1' && line.state === 'sent') === true,
      'the waiting line to go out',
    );
    await pause(50);
    const delivered = before.server.world.chats.get(chatUid)?.lines.filter((line) => line.message === 'Still there') ?? [];
    assert.equal(delivered.length, 1, 'the waiting line reached the visitor once');
  });

  it('refuses actions offline with the same errors as a session in the page, before anything is sent', async () => {
    const { page } = world();
    const a = page();
    await pause(10);
    assert.throws(() => a.accept('chat-1'), NotConnectedError);
    assert.throws(() => a.sendMessage('chat-1', 'hello'), NotConnectedError);
    assert.throws(() => a.sendMessage('chat-1', 'x'.repeat(5001)), /5000/);
  });
});
