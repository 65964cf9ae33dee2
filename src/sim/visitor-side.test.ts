import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FakeClock } from '../core/testing/fake-clock.js';
import { chatHooks } from './chat-hooks.js';
import { createDefaultWorld, DEMO_OPERATORS } from './default-data.js';
import { createRandom } from './random.js';
import { SimServer } from './server.js';
import { RawClient, settle } from './testing/raw-client.js';
import {
  SCORING_DELAY_MS,
  SLA_REACHED_LINE,
  SLA_WARNING_LINE,
  VisitorActionError,
  visitorSide,
} from './visitor-side.js';
import { visitorIdOf, type World } from './world.js';

function setup(adjust: (world: World) => void = () => undefined) {
  const clock = new FakeClock();
  const world = createDefaultWorld({ random: createRandom(31), now: () => clock.now() });
  adjust(world);
  const server = new SimServer({ clock, world });
  return { clock, server, world, visitor: visitorSide(server) };
}

let address = 1;
function login(server: SimServer, username: string, status = '0'): Promise<RawClient> {
  address += 1;
  return RawClient.login(server, username, { status, remoteAddress: `10.50.0.${address}` });
}

function dataOf(client: RawClient, name: string): unknown {
  return client.last(name)?.Data;
}

describe('the visitor side', () => {
  it('starts a waiting chat with the server line, a visitor record flagged as chatting, and chatchanged for everyone', async () => {
    const { server, world, visitor } = setup();
    const martin = await login(server, DEMO_OPERATORS.martin, '3');
    const chatUid = visitor.startChat({
      siteKey: 1,
      name: 'Una',
      email: 'una@example.com',
      dept: 'Sales',
      skillNames: ['sales', 'Nonexistent'],
      ip: '203.0.113.9',
      trackingId: '88-2',
    });
    await settle();
    const chat = world.chat(chatUid);
    assert.ok(chat);
    assert.deepEqual(
      chat.lines.map((line) => [line.operatorIndex, line.message]),
      [[99, 'Please wait. An operator will be with you shortly.']],
    );
    assert.equal(chat.requestedDept, 'Sales');
    assert.deepEqual(world.skillNames(chat.skillIds), ['Sales'], 'unknown skill names are ignored');
    const visit = world.visitors.get(visitorIdOf({ siteKey: 1, ip: '203.0.113.9', trackingId: '88-2' }));
    assert.equal(visit?.chatting, true);
    assert.equal(visit?.name, 'Una');

    const change = martin.last('chatchanged');
    assert.deepEqual(change?.Params, [chatUid]);
    const data = change?.Data as Record<string, unknown>;
    assert.equal(data['Name'], 'Una');
    assert.equal(data['Dept'], 'Sales');
    assert.equal(data['TalkingToClientId'], '');
    assert.equal(martin.all('chat').length, 0, 'an Away operator gets no request');
  });

  it('refuses chats on unknown or paused sites and from blocked addresses', () => {
    const { world, visitor, clock } = setup((w) => {
      const site = w.site(2);
      assert.ok(site);
      site.paused = true;
    });
    assert.throws(() => visitor.startChat({ siteKey: 9, name: 'X' }), VisitorActionError);
    assert.throws(() => visitor.startChat({ siteKey: 2, name: 'X' }), /paused/);
    world.blockedVisitorIps.set('198.51.100.7', clock.now() + 1000);
    assert.throws(() => visitor.startChat({ siteKey: 1, name: 'X', ip: '198.51.100.7' }), /blocked/);
    assert.equal(world.chats.size, 0);
  });

  it('tells every operator who could take a waiting chat what the visitor says, and only the taker afterwards', async () => {
    const { server, visitor } = setup();
    const thomas = await login(server, DEMO_OPERATORS.thomas);
    const martin = await login(server, DEMO_OPERATORS.martin);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Vic' });
    await settle();
    visitor.visitorSays(chatUid, 'Anyone there?');
    await settle();
    assert.equal(dataOf(thomas, 'message'), 'Anyone there?');
    assert.equal(dataOf(martin, 'message'), 'Anyone there?');

    await thomas.run('Chat', [chatUid]);
    const taken = thomas.last('currentchat');
    assert.ok(taken, 'a chat with visitor lines opens with currentchat, not prechatsurvey');
    assert.equal(thomas.all('prechatsurvey').length, 0);
    martin.clear();
    visitor.visitorSays(chatUid, 'Hello?');
    visitor.visitorTyping(chatUid, true);
    visitor.visitorPreview(chatUid, 'Are y');
    await settle();
    assert.deepEqual(martin.names(), [], 'the other operator hears nothing of a taken chat');
    assert.deepEqual(
      thomas.events.slice(-3).map((event) => [event.EventName, event.Params, event.Data]),
      [
        ['message', [chatUid], 'Hello?'],
        ['1', [chatUid], ''],
        ['preview', [chatUid], 'Are y'],
      ],
    );
    visitor.visitorTyping(chatUid, false);
    await settle();
    assert.deepEqual(thomas.last('0')?.Params, [chatUid]);
  });

  it('appends suggestions from the knowledge store for an operator with SuggestResponses, and none without', async () => {
    const { server, world, visitor } = setup();
    const thomas = await login(server, DEMO_OPERATORS.thomas);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Wyn' });
    await settle();
    await thomas.run('Chat', [chatUid]);
    visitor.visitorSays(chatUid, 'What are your opening hours?');
    await settle();
    const suggested = String(dataOf(thomas, 'message'));
    assert.match(suggested, /^What are your opening hours\?<Suggestions><Suggest><Content>.*9am to 5pm.*<\/Content><\/Suggest>/);

    const account = world.account(DEMO_OPERATORS.thomas);
    assert.ok(account);
    account.suggestResponses = false;
    visitor.visitorSays(chatUid, 'What are your opening hours?');
    await settle();
    assert.equal(dataOf(thomas, 'message'), 'What are your opening hours?');
  });

  it('translates visitor messages on a translated chat for the operator', async () => {
    const { server, world, visitor } = setup();
    const thomas = await login(server, DEMO_OPERATORS.thomas);
    const chatUid = visitor.startChat({ siteKey: 2, name: 'Xavier', lang: 'de', translation: true });
    await settle();
    await thomas.run('Chat', [chatUid]);
    world.account(DEMO_OPERATORS.thomas)!.suggestResponses = false;
    visitor.visitorSays(chatUid, 'Danke');
    await settle();
    assert.equal(dataOf(thomas, 'message'), 'Danke<translated>Thank you</translated>');
    assert.equal(world.chat(chatUid)?.lines.at(-1)?.message, 'Danke<translated>Thank you</translated>');

    const untranslated = visitor.startChat({ siteKey: 1, name: 'Yan', lang: 'de', translation: true });
    assert.equal(world.chat(untranslated)?.translation, false, 'site 1 has no translation');
  });

  it('adds waiting lines when the SLA thresholds pass and nobody has taken the chat', async () => {
    const { clock, world, visitor } = setup();
    const waiting = visitor.startChat({ siteKey: 1, name: 'Zoe' });
    clock.advance(20_000);
    assert.equal(world.chat(waiting)?.lines.at(-1)?.message, SLA_WARNING_LINE);
    clock.advance(20_000);
    assert.equal(world.chat(waiting)?.lines.at(-1)?.message, SLA_REACHED_LINE);
    assert.deepEqual(
      visitor.window(waiting)?.lines.map((line) => line.text),
      ['Please wait. An operator will be with you shortly.', SLA_WARNING_LINE, SLA_REACHED_LINE],
    );
  });

  it('makes a chat nobody took a missed chat when the visitor leaves, and closes it for everyone', async () => {
    const { server, world, visitor } = setup();
    const thomas = await login(server, DEMO_OPERATORS.thomas, '1');
    const missedHook: string[] = [];
    chatHooks(server).on('missed', (chat) => missedHook.push(chat.chatUid));
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Abe', email: 'abe@example.com' });
    visitor.visitorSays(chatUid, 'Please call me back.');
    await settle();
    visitor.visitorLeaves(chatUid);
    await settle();
    assert.deepEqual(thomas.last('chatclosed')?.Params, [chatUid]);
    assert.equal(world.chat(chatUid), undefined);
    const stored = world.anyChat(chatUid);
    assert.equal(stored?.missed, true);
    assert.deepEqual(missedHook, [chatUid]);
    const missed = thomas.last('missedchat')?.Data as Record<string, unknown> | undefined;
    assert.equal(missed?.['ChatUID'], chatUid, 'the missed-chat family announces it');
    assert.equal(world.visit(stored?.visitorId ?? '')?.chatting, false);
  });

  it('does not make a chat someone took a missed chat', async () => {
    const { server, world, visitor } = setup();
    const thomas = await login(server, DEMO_OPERATORS.thomas);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Bo' });
    await settle();
    await thomas.run('Chat', [chatUid]);
    visitor.visitorLeaves(chatUid);
    await settle();
    assert.equal(world.anyChat(chatUid)?.missed, false);
    assert.equal(thomas.all('missedchat').length, 0);
    assert.equal(visitor.window(chatUid)?.closed, true);
  });

  it('sends the post-chat survey at once and the sentiment score a few seconds later', async () => {
    const { clock, server, visitor } = setup();
    const thomas = await login(server, DEMO_OPERATORS.thomas);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Cy' });
    await settle();
    await thomas.run('Chat', [chatUid]);
    visitor.visitorSays(chatUid, 'Thanks, that was really helpful!');
    visitor.visitorLeaves(chatUid);
    visitor.rate(chatUid, 4, [{ name: 'FoundBy', value: 'Google' }]);
    await settle();
    assert.deepEqual(thomas.last('postchatsurvey')?.Data, [
      { Name: 'Rating', Value: '4', BuiltInField: 'chat rating' },
      { Name: 'FoundBy', Value: 'Google', BuiltInField: '' },
    ]);
    assert.equal(thomas.all('chatscored').length, 0, 'scoring is queued');
    clock.advance(SCORING_DELAY_MS);
    await settle();
    const scored = thomas.last('chatscored');
    assert.deepEqual(scored?.Params, [chatUid]);
    assert.equal(scored?.Data, '90', 'a rating of 4 and two kind words');
    assert.throws(() => visitor.rate(chatUid, 6), VisitorActionError);
  });

  it('refuses uploads where the site allows none', async () => {
    const { server, visitor } = setup((world) => {
      world.site(2)!.allowFileUpload = 0;
    });
    const thomas = await login(server, DEMO_OPERATORS.thomas);
    const chatUid = visitor.startChat({ siteKey: 2, name: 'Di' });
    await settle();
    await thomas.run('Chat', [chatUid]);
    assert.throws(() => visitor.uploadFile(chatUid, 'a.txt', 'hello'), /not allowed/);
    const refused = await thomas.run('DocumentRequest', [chatUid]);
    assert.equal(refused[0]?.EventName, 'error');
  });
});
