/**
 * A page mirrors only the slices its elements show (mirror.ts): the others keep the
 * session's snapshot, and a slice an element starts to show later is filled from a fresh
 * snapshot and then kept up to date. Real MessageChannels, against the simulator.
 */
import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { Session } from '../../src/core/session.js';
import { messagePortLink } from '../../src/core/shared-session/link.js';
import type { HostMessage, PageMessage } from '../../src/core/shared-session/messages.js';
import { RemoteSession } from '../../src/core/shared-session/remote-session.js';
import { SessionHost } from '../../src/core/shared-session/session-host.js';
import { mirrorSlices, mirroredReducers } from '../../src/core/store/mirror.js';
import { chatsReducer, initialChats } from '../../src/core/store/slices/chats.js';
import { conversationsReducer, initialConversations } from '../../src/core/store/slices/conversations.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD, DEMO_SITE_KEYS } from '../../src/sim/default-data.js';
import { memorySocketFor } from '../../src/sim/memory-socket.js';
import { SimServer } from '../../src/sim/server.js';
import { until } from '../../src/sim/testing/ws-harness.js';
import { visitorSide } from '../../src/sim/visitor-side.js';

const URL = 'wss://sim.whoson.test:8013';
const thomas = { username: DEMO_OPERATORS.thomas, password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING };

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('a page mirrors the slices its elements show', () => {
  it('keeps the badge slices current, fills a slice added later from a fresh snapshot, then follows it', async () => {
    // What a page with only the waiting badge mirrors.
    mirrorSlices({ chats: [chatsReducer, initialChats] });
    assert.equal(mirroredReducers().conversations, undefined);

    const server = new SimServer();
    const sessions: Session[] = [];
    const host = new SessionHost({
      createSession: (url) => {
        const session = new Session({ url, WebSocket: memorySocketFor(server), loadReferenceData: false });
        sessions.push(session);
        return session;
      },
    });
    const channel = new MessageChannel();
    cleanups.push(() => {
      for (const session of sessions) session.logout();
      channel.port1.close();
      channel.port2.close();
      server.shutdown();
    });
    host.attach(messagePortLink<HostMessage, PageMessage>(channel.port1));
    const page = new RemoteSession({ url: URL, user: '', graceMs: 10_000, presence: { visible: true, focused: true } });
    page.connect(messagePortLink<PageMessage, HostMessage>(channel.port2));
    await page.login(thomas);

    const visitor = visitorSide(server);
    const chatUid = visitor.startChat({ siteKey: DEMO_SITE_KEYS.myCompany, name: 'Ada' });
    await until(() => page.store.getState().chats.get(chatUid) !== undefined, 'the waiting chat on the page');
    const session = sessions[0]!;
    session.accept(chatUid);
    await until(() => session.store.getState().conversations.get(chatUid) !== undefined, 'the conversation in the session');
    visitor.visitorSays(chatUid, 'Hello?');
    await until(
      () => session.store.getState().conversations.get(chatUid)?.lines.some((line) => line.text === 'Hello?') === true,
      'the line in the session',
    );
    await until(() => page.store.getState().chats.get(chatUid)?.talkingToClientId !== '', 'the chat shown as taken');
    assert.equal(page.store.getState().conversations.get(chatUid), undefined, 'a slice no element shows is not reduced');

    // An element that shows conversations is defined now.
    mirrorSlices({ conversations: [conversationsReducer, initialConversations] });
    await until(
      () => page.store.getState().conversations.get(chatUid)?.lines.some((line) => line.text === 'Hello?') === true,
      'the conversation filled from a fresh snapshot',
    );
    visitor.visitorSays(chatUid, 'Anyone there?');
    await until(
      () => page.store.getState().conversations.get(chatUid)?.lines.some((line) => line.text === 'Anyone there?') === true,
      'the next line reduced on the page',
    );
    assert.equal(page.store.getState().conversations.get(chatUid)?.lines.length, session.store.getState().conversations.get(chatUid)?.lines.length);
  });
});
