import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { specEventExamples } from '../core/testing/spec-examples.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { DEMO_OPERATORS, DEMO_SKILL_IDS, createDefaultWorld, makeChat } from './default-data.js';
import { createRandom } from './random.js';
import { SimServer } from './server.js';
import { RawClient } from './testing/raw-client.js';
import {
  wireChatDetail,
  wireChatHeader,
  wireChatting,
  wireDocument,
  wireMissedChat,
  wireNamedUser,
  wireServerInfo,
  wireSite,
  wireUser,
  wireVisitDetail,
  wireVisitor,
  wireWorkPeriod,
} from './wire.js';
import { visitorIdOf } from './world.js';

type Json = Record<string, unknown>;

function specData(title: string): unknown {
  const example = specEventExamples.find((candidate) => candidate.title === title);
  assert.ok(example, `no spec example titled ${title}`);
  return (JSON.parse(example.json) as { Data: unknown }).Data;
}

function first(data: unknown): Json {
  return (Array.isArray(data) ? data[0] : data) as Json;
}

function keys(object: unknown): string[] {
  return Object.keys(object as Json).sort();
}

/** Same field names as the spec example, nested objects included. */
function assertSameShape(actual: unknown, expected: unknown, path: string): void {
  assert.deepEqual(keys(actual), keys(expected), `field names at ${path}`);
  for (const key of Object.keys(expected as Json)) {
    const want = (expected as Json)[key];
    const got = (actual as Json)[key];
    if (want !== null && typeof want === 'object' && !Array.isArray(want) && got !== null) {
      assertSameShape(got, want, `${path}.${key}`);
    }
    if (Array.isArray(want) && typeof want[0] === 'object' && Array.isArray(got) && got.length > 0) {
      assertSameShape(got[0], want[0], `${path}.${key}[0]`);
    }
  }
}

function world() {
  const clock = new FakeClock();
  const w = createDefaultWorld({ random: createRandom(5), now: () => clock.now() });
  return { clock, world: w };
}

describe('wire shapes match the spec examples field for field', () => {
  it('nameduser and users', () => {
    const { world: w } = world();
    const thomas = w.account(DEMO_OPERATORS.thomas);
    assert.ok(thomas);
    assertSameShape(wireNamedUser(w, thomas), specData('NamedUser (Event)'), 'nameduser');
    assertSameShape(wireUser(w, thomas), first(specData('Users (Event)')), 'users[0]');
  });

  it('sites, with the wrap-up menu, queues and on-demand fields', () => {
    const { world: w } = world();
    const site = w.site(1);
    assert.ok(site);
    const wire = wireSite(w, site);
    assertSameShape(wire, first(specData('Sites (Event)')), 'sites[0]');
    assert.deepEqual(wire['WrapUp'], first(specData('Sites (Event)'))['WrapUp'], 'site 1 carries the spec wrap-up');
    assert.deepEqual(wire['Tags'], ['Sales', 'Order Placed', 'Complaint']);
  });

  it('connected', () => {
    const { world: w } = world();
    assertSameShape(wireServerInfo(w), specData('Connected (Event)'), 'connected');
  });

  it('chatting, missed chats, chat headers and chat detail', () => {
    const { world: w } = world();
    const chat = makeChat({
      chatUid: '65b3b5f6c937df03142c7e51',
      chatNumber: 9,
      siteKey: 1,
      started: w.now() - 13_000,
      skillIds: [DEMO_SKILL_IDS.sales],
    });
    w.chats.set(chat.chatUid, chat);
    assertSameShape(wireChatting(w, chat, () => undefined), first(specData('Chatting (Event)')), 'chatting[0]');
    const missed = w.missedChats[0];
    assert.ok(missed);
    assertSameShape(wireMissedChat(w, missed), first(specData('MissedChats (Event)')), 'missedchats[0]');
    // The single missedchat example leaves out the SkillIds its list example has: one shape serves both.
    assert.deepEqual(keys(wireMissedChat(w, missed)), [...keys(specData('MissedChat (Event)')), 'SkillIds'].sort());
    const howard = w.anyChat('65b3b5f6c937df03142c7e51');
    assert.ok(howard);
    assertSameShape(wireChatHeader(w, w.closedChats[0]!), first(specData('Chats (Event)')), 'chats[0]');
    assertSameShape(wireChatDetail(w, w.closedChats[0]!), specData('ChatDetail (Event)'), 'chatdetail');
  });

  it('visitors and visit detail (Chatted* spelling in visitdetail)', () => {
    const { world: w } = world();
    const visit = [...w.visitors.values()][0];
    assert.ok(visit);
    const wire = wireVisitor(visit);
    assertSameShape(wire, specData('Visitor (Event)'), 'visitor');
    assert.equal(wire['Id'], visitorIdOf(visit));
    assert.equal(String(wire['Flags']).length, 15);
    assertSameShape(wireVisitDetail(w, visit), specData('VisitDetail (Event)'), 'visitdetail');
  });

  it('documents and work periods', () => {
    const { world: w } = world();
    assertSameShape(wireDocument(w.documents[0]!), first(specData('Documents (Event) — after login')), 'documents[0]');
    assertSameShape(wireWorkPeriod(w.workPeriods[0]!), first(specData('WorkPeriods (Event)')), 'workperiods[0]');
  });

  it('writes dates the way the spec does', () => {
    const { world: w } = world();
    const header = wireChatHeader(w, w.closedChats[0]!);
    assert.match(String(header['Started']), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
    assert.equal(header['MissedSeenOn'], '0001-01-01T00:00:00');
    assert.match(String(wireDocument(w.documents[0]!)['Dated']), /\+00:00$/);
  });
});

describe('post-login frames on the wire', () => {
  it('match the spec examples, clients and clientevent included', async () => {
    const server = new SimServer({ clock: new FakeClock(), seed: 3 });
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: '10.0.0.1' });
    await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: '10.0.0.2' });
    assertSameShape(first(thomas.last('clients')?.Data), first(specData('Clients (Event)')), 'clients[0]');
    // The clientevent example spells MaxAyncChats; the simulator sends both spellings.
    const clientEvent = thomas.last('clientevent')?.Data as Json;
    const specClientEvent = specData('ClientEvent (Event)') as Json;
    assert.deepEqual(keys(clientEvent), [...keys(specClientEvent), 'MaxAsyncChats'].sort());
    assert.equal(thomas.last('hello')?.text.startsWith('{"EventName":"hello","Params":null,"Data":{"Application":"WhosOn"'), true);
    assert.deepEqual(keys(thomas.last('missedchats')), ['Data', 'EventName', 'Header', 'text'], 'missedchats uses Header');
  });
});
