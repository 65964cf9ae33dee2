import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Connection } from '../core/connection.js';
import { commands } from '../core/protocol/commands.js';
import type { WhosOnEvent, WhosOnEventOf } from '../core/protocol/event-map.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD } from './default-data.js';
import { memorySocketFor } from './memory-socket.js';
import { Scenario } from './scenario.js';
import type { ScenarioEvent, ScenarioOptions } from './scenario.js';
import { hostileTexts } from './scenario-scripts.js';
import { SimServer } from './server.js';

const second = 1_000;
const minute = 60_000;

interface OperatorBehaviour {
  /** Take every chat offered. */
  take?: boolean;
  /** Answer each visitor message after this long (never when unset). */
  answerAfterMs?: number;
}

/** An operator on the core client, its socket delivering on the fake clock so runs replay exactly. */
async function operator(server: SimServer, clock: FakeClock, username: string, behaviour: OperatorBehaviour = {}) {
  const connection = new Connection({
    url: 'ws://sim',
    WebSocket: memorySocketFor(server, { defer: (run) => clock.setTimeout(run, 0) }),
    clock,
    random: () => 0,
  });
  const events: WhosOnEvent[] = [];
  let answers = 0;
  connection.on('event', (event) => {
    events.push(event);
    if (behaviour.take === true && (event.name === 'chat' || event.name === 'acceptchat')) {
      connection.send(commands.chat(event.payload.chatUid));
    }
    const answerAfterMs = behaviour.answerAfterMs;
    if (answerAfterMs !== undefined && event.name === 'message') {
      const chatUid = event.payload.chatUid;
      clock.setTimeout(() => {
        answers += 1;
        if (connection.state === 'connected') connection.send(commands.sendTo(chatUid, `Answer ${answers}: happy to help?`));
      }, answerAfterMs);
    }
  });
  const loggedIn = connection.login({ username, password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING });
  clock.advance(0);
  await loggedIn;
  const of = <K extends WhosOnEvent['name']>(name: K): WhosOnEventOf<K>[] =>
    events.filter((event): event is WhosOnEventOf<K> => event.name === name);
  return { connection, events, of };
}

function world(seed: number) {
  const clock = new FakeClock();
  const server = new SimServer({ clock, seed });
  return { clock, server };
}

function scenarioOn(server: SimServer, options: Partial<ScenarioOptions> = {}): { scenario: Scenario; log: ScenarioEvent[] } {
  const scenario = new Scenario({ server, onError: (error) => assert.fail(String(error)), ...options });
  const log: ScenarioEvent[] = [];
  scenario.onEvent((event) => log.push(event));
  return { scenario, log };
}

/** Advances in one-second steps, as real time would pass. */
function pass(clock: FakeClock, ms: number): void {
  for (let at = 0; at < ms; at += second) clock.advance(second);
}

async function replay(seed: number): Promise<{ log: string[]; operatorSaw: string[] }> {
  const { clock, server } = world(seed);
  const thomas = await operator(server, clock, DEMO_OPERATORS.thomas, { take: true, answerAfterMs: 8 * second });
  const martin = await operator(server, clock, DEMO_OPERATORS.martin, { take: true, answerAfterMs: 12 * second });
  const { scenario, log } = scenarioOn(server, { seed, visitorsPerMinute: 12 });
  scenario.start();
  pass(clock, 15 * minute);
  scenario.stop();
  thomas.connection.logout();
  martin.connection.logout();
  clock.advance(0);
  return {
    log: log.map((event) => `${event.at} ${event.kind} ${event.visitorId} ${event.name} ${event.chatUid} ${event.text}`),
    operatorSaw: thomas.events.map((event) => event.name),
  };
}

describe('scenario: determinism', () => {
  it('replays the same visitors, chats and words under the same seed', async () => {
    const first = await replay(5);
    const second = await replay(5);
    assert.deepEqual(second.log, first.log);
    assert.deepEqual(second.operatorSaw, first.operatorSaw);

    // The run is a real one: visitors arrived, chatted, were answered and left.
    const kinds = new Set(first.log.map((line) => line.split(' ')[1]));
    for (const kind of ['arrive', 'page', 'chat-request', 'typing', 'preview', 'message', 'taken', 'leave-chat', 'leave-site']) {
      assert.ok(kinds.has(kind), `no "${kind}" in 15 minutes of scenario`);
    }
    assert.ok(first.log.length > 100, `only ${first.log.length} events`);

    const other = await replay(6);
    assert.notDeepEqual(other.log, first.log);
  });
});

describe('scenario: chatting with an operator', () => {
  it('delivers a scripted visitor’s chat request to a logged-in operator’s client', async () => {
    const { clock, server } = world(1);
    const thomas = await operator(server, clock, DEMO_OPERATORS.thomas);
    const { scenario } = scenarioOn(server);
    const visitor = scenario.spawnVisitor({ chat: true, siteKey: 2, name: 'Ada Lovelace', topic: 'support' });
    assert.ok(visitor.chatUid);
    clock.advance(0);
    const requests = thomas.of('chat');
    assert.equal(requests.length, 1);
    assert.equal(requests[0]?.payload.chatUid, visitor.chatUid);
    assert.equal(requests[0]?.payload.visitorName, 'Ada Lovelace');
    assert.equal(requests[0]?.payload.siteKey, 2);
    assert.ok(thomas.of('chatchanged').some((event) => event.payload.chat.chatUid === visitor.chatUid));
    scenario.stop();
  });

  it('types the question with a growing preview, then answers only after the operator speaks', async () => {
    const { clock, server } = world(2);
    const thomas = await operator(server, clock, DEMO_OPERATORS.thomas, { take: true });
    const { scenario, log } = scenarioOn(server, { quietShare: 0, hostileShare: 0 });
    scenario.start();
    const visitor = scenario.spawnVisitor({ chat: true, siteKey: 2, topic: 'support', question: 'My order arrived damaged, what should I do?' });
    const chatUid = visitor.chatUid ?? '';
    pass(clock, 20 * second);

    // The operator took it at once, so the preview reached them as it grew.
    assert.equal(thomas.of('chataccepted').length, 1);
    const previews = thomas.of('preview').filter((event) => event.payload.chatUid === chatUid).map((event) => event.payload.text);
    assert.ok(previews.length >= 2, `previews: ${JSON.stringify(previews)}`);
    for (let i = 1; i < previews.length; i += 1) {
      assert.ok((previews[i] ?? '').length > (previews[i - 1] ?? '').length, 'the preview grows');
    }
    const fromVisitor = () => thomas.of('message').filter((event) => event.payload.chatUid === chatUid);
    assert.deepEqual(fromVisitor().map((event) => event.payload.message.text), ['My order arrived damaged, what should I do?']);
    assert.ok(previews.every((text) => 'My order arrived damaged, what should I do?'.startsWith(text)));

    // Silence from the operator: the visitor waits and says nothing more.
    pass(clock, 60 * second);
    assert.equal(fromVisitor().length, 1);

    thomas.connection.send(commands.sendTo(chatUid, 'Sorry to hear that. Could you give me the order number?'));
    pass(clock, 40 * second);
    const replies = fromVisitor().slice(1);
    assert.equal(replies.length, 1, 'one reply to one operator message');
    const reply = replies[0]?.payload.message.text ?? '';
    assert.ok(reply.length > 0);
    const replyAt = log.find((event) => event.kind === 'message' && event.text === reply)?.at ?? 0;
    const spokeAt = log.find((event) => event.kind === 'typing' && event.at > clock.now() - 40 * second)?.at ?? 0;
    assert.ok(spokeAt > 0 && replyAt > spokeAt, 'the reply was typed after the operator spoke');
    scenario.stop();
  });

  it('sends hostile text verbatim, for the UI to show as text', async () => {
    const { clock, server } = world(3);
    const thomas = await operator(server, clock, DEMO_OPERATORS.thomas, { take: true });
    const { scenario } = scenarioOn(server, { hostileShare: 1 });
    const visitor = scenario.spawnVisitor({ chat: true, siteKey: 2, topic: 'support', instant: true });
    clock.advance(0);
    const texts = thomas.of('message').filter((event) => event.payload.chatUid === visitor.chatUid).map((event) => event.payload.message.raw);
    assert.equal(texts.length, 1);
    assert.ok(hostileTexts.includes(texts[0] ?? ''), `not a hostile text: ${texts[0]}`);
    scenario.stop();
  });

  it('gives up waiting when nobody takes the chat, leaving a missed chat', async () => {
    const { clock, server } = world(4);
    const { scenario, log } = scenarioOn(server);
    scenario.start();
    const visitor = scenario.spawnVisitor({ chat: true, siteKey: 1 });
    pass(clock, 5 * minute);
    const chatUid = visitor.chatUid ?? '';
    assert.ok(log.some((event) => event.kind === 'gave-up' && event.chatUid === chatUid));
    assert.equal(server.world.chat(chatUid), undefined);
    assert.equal(server.world.anyChat(chatUid)?.missed, true);
    scenario.stop();
  });

  it('lets a story drive a visitor by hand: types, says, leaves', async () => {
    const { clock, server } = world(5);
    const thomas = await operator(server, clock, DEMO_OPERATORS.thomas, { take: true });
    const { scenario } = scenarioOn(server);
    const visitor = scenario.spawnVisitor({ chat: true, siteKey: 2, scripted: false, instant: true, question: 'Hello?' });
    const chatUid = visitor.chatUid ?? '';
    clock.advance(0);
    let typed = false;
    const typing = scenario.visitorTypes(chatUid, 'I need help with my invoice please').then(() => {
      typed = true;
    });
    pass(clock, 2 * second);
    assert.equal(typed, false);
    assert.ok(thomas.of('1').length >= 1, 'the operator saw the visitor typing');
    pass(clock, 10 * second);
    await typing;
    scenario.visitorSays(chatUid, 'Are you there?');
    clock.advance(0);
    assert.deepEqual(
      thomas.of('message').filter((event) => event.payload.chatUid === chatUid).map((event) => event.payload.message.text),
      ['Hello?', 'I need help with my invoice please', 'Are you there?'],
    );
    scenario.visitorLeaves(chatUid);
    clock.advance(0);
    assert.ok(thomas.of('chatclosed').some((event) => event.payload.chatUid === chatUid));
    await assert.rejects(scenario.visitorTypes(chatUid, 'too late'), /ended/);
  });
});

describe('scenario: start and stop', () => {
  it('stop() cancels every pending step, and nothing happens afterwards', async () => {
    const { clock: serverClock, server } = world(6);
    // The scenario on a clock of its own, so its timers are counted apart from the server's.
    const clock = new FakeClock(serverClock.now());
    await operator(server, serverClock, DEMO_OPERATORS.thomas, { take: true, answerAfterMs: 5 * second });
    const { scenario, log } = scenarioOn(server, { clock, visitorsPerMinute: 30 });
    scenario.start();
    for (let i = 0; i < 300; i += 1) {
      clock.advance(second);
      serverClock.advance(second);
    }
    assert.ok(log.length > 50);
    assert.ok(clock.pendingTimers > 0, 'visitors were mid-way through something');
    scenario.stop();
    assert.equal(clock.pendingTimers, 0);
    assert.equal(scenario.pendingTimers, 0);
    const before = log.length;
    for (let i = 0; i < 120; i += 1) {
      clock.advance(second);
      serverClock.advance(second);
    }
    assert.equal(log.length, before, 'no visitor acted after stop()');
    assert.equal(clock.pendingTimers, 0);

    // And it can start again.
    scenario.start();
    clock.advance(minute);
    assert.ok(log.length > before);
    scenario.stop();
    assert.equal(clock.pendingTimers, 0);
  });

  it('stops by itself when the server shuts down', () => {
    const { clock, server } = world(7);
    const { scenario } = scenarioOn(server, { visitorsPerMinute: 60 });
    scenario.start();
    clock.advance(minute);
    server.shutdown();
    assert.equal(scenario.running, false);
    assert.equal(scenario.pendingTimers, 0);
  });

  it('spawns about visitorsPerMinute visitors a minute', () => {
    const { clock, server } = world(8);
    const { scenario, log } = scenarioOn(server, { visitorsPerMinute: 6, maxVisitors: 1_000 });
    scenario.start();
    pass(clock, 30 * minute);
    scenario.stop();
    const arrivals = log.filter((event) => event.kind === 'arrive').length;
    // 180 expected; a Poisson count is within ±30% of that practically always.
    assert.ok(arrivals > 126 && arrivals < 234, `${arrivals} arrivals in 30 minutes`);
  });
});
