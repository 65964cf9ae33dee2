import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FakeClock } from '../core/testing/fake-clock.js';
import { createDefaultWorld, DEMO_OPERATORS } from './default-data.js';
import { createRandom } from './random.js';
import { SimServer } from './server.js';
import { RawClient, settle, type RawEvent } from './testing/raw-client.js';
import { visitorSide } from './visitor-side.js';
import type { World } from './world.js';

function setup(adjust: (world: World) => void = () => undefined) {
  const clock = new FakeClock();
  const world = createDefaultWorld({ random: createRandom(11), now: () => clock.now() });
  adjust(world);
  const server = new SimServer({ clock, world });
  return { clock, server, visitor: visitorSide(server) };
}

let address = 1;
function login(server: SimServer, username: string, status = '0'): Promise<RawClient> {
  address += 1;
  return RawClient.login(server, username, { status, remoteAddress: `10.30.0.${address}` });
}

function account(world: World, username: string) {
  const found = world.account(username);
  assert.ok(found, `no account ${username}`);
  return found;
}

/** The chat requests (chat / acceptchat) a client received for a chat. */
function requestsFor(client: RawClient, chatUid: string, name = 'chat'): RawEvent[] {
  return client.all(name).filter((event) => (event.Params as string[])[0] === chatUid);
}

function lastChange(client: RawClient, chatUid: string): Record<string, unknown> | undefined {
  const change = client.all('chatchanged').filter((event) => (event.Params as string[])[0] === chatUid).at(-1);
  return change?.Data as Record<string, unknown> | undefined;
}

describe('chat routing', () => {
  it('offers a chat only to operators with all its skills, while everyone with access sees it waiting', async () => {
    const { server, visitor } = setup();
    const thomas = await login(server, DEMO_OPERATORS.thomas);
    const martin = await login(server, DEMO_OPERATORS.martin);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Ann Visitor', skillNames: ['Support'] });
    await settle();

    const [request] = requestsFor(thomas, chatUid);
    assert.deepEqual(request?.Params, [chatUid, '1', 'Ann Visitor', '', 'Support']);
    assert.deepEqual(requestsFor(martin, chatUid), [], 'martin lacks the Support skill');
    const seen = lastChange(martin, chatUid);
    assert.equal(seen?.['TalkingToClientId'], '');
    assert.equal(seen?.['QueuePos'], 1);
    assert.equal(seen?.['SkillNames'], 'Support');
  });

  it('routes by the requested department while someone of it is online, and to anyone otherwise', async () => {
    const { server, visitor } = setup();
    const thomas = await login(server, DEMO_OPERATORS.thomas);
    const martin = await login(server, DEMO_OPERATORS.martin);
    const sales = visitor.startChat({ siteKey: 1, name: 'Bea', dept: 'Sales' });
    await settle();
    assert.equal(requestsFor(martin, sales).length, 1, 'the Sales operator is offered the Sales chat');
    assert.deepEqual(requestsFor(thomas, sales), [], 'Support is not, while Sales is online');

    await martin.run('Status', ['3', 'Lunch']);
    const later = visitor.startChat({ siteKey: 1, name: 'Cal', dept: 'Sales' });
    await settle();
    assert.equal(requestsFor(thomas, later).length, 1, 'with nobody of Sales online, anyone may take it');
    assert.deepEqual(requestsFor(martin, later), []);
  });

  it('does not offer chats to busy operators, and offers the waiting chat when one comes online', async () => {
    const { server, visitor } = setup();
    const thomas = await login(server, DEMO_OPERATORS.thomas, '1');
    const chatUid = visitor.startChat({ siteKey: 2, name: 'Dee', skillNames: ['Support'] });
    await settle();
    assert.deepEqual(requestsFor(thomas, chatUid), []);
    assert.equal(lastChange(thomas, chatUid)?.['QueuePos'], 1, 'the chat waits in the queue');

    await thomas.run('Status', ['0']);
    assert.equal(requestsFor(thomas, chatUid).length, 1, 'coming online brings the waiting chat');
    await thomas.run('Status', ['2']);
    await thomas.run('Status', ['0']);
    assert.equal(requestsFor(thomas, chatUid).length, 1, 'a request already held is not repeated');
  });

  it('skips operators without the Can Take Chats right', async () => {
    const { server, visitor } = setup((world) => {
      const thomas = account(world, DEMO_OPERATORS.thomas);
      thomas.rights = `${thomas.rights.slice(0, 4)}N${thomas.rights.slice(5)}`;
    });
    const thomas = await login(server, DEMO_OPERATORS.thomas);
    const chatUid = visitor.startChat({ siteKey: 2, name: 'Eve' });
    await settle();
    assert.deepEqual(requestsFor(thomas, chatUid), []);
    assert.equal(lastChange(thomas, chatUid)?.['TalkingToClientId'], '', 'the chat is still listed');
    const refused = await thomas.run('Chat', [chatUid]);
    assert.deepEqual(refused.map((event) => [event.EventName, event.Data]), [['error', 'Access denied']]);
  });

  it('stops offering at MaxChats and offers again when one of the chats closes', async () => {
    const { server, visitor } = setup((world) => {
      account(world, DEMO_OPERATORS.thomas).maxChats = 1;
    });
    const thomas = await login(server, DEMO_OPERATORS.thomas);
    const first = visitor.startChat({ siteKey: 2, name: 'Fay' });
    await settle();
    await thomas.run('Chat', [first]);
    const second = visitor.startChat({ siteKey: 2, name: 'Gus' });
    await settle();
    assert.deepEqual(requestsFor(thomas, second), [], 'at the limit: no new request');

    await thomas.run('CloseChat', [first]);
    assert.equal(requestsFor(thomas, second).length, 1, 'below the limit again: the waiting chat is offered');
  });

  it('pushes the chat to one auto-accept operator with acceptchat instead of offering it around', async () => {
    const { server, visitor } = setup((world) => {
      account(world, DEMO_OPERATORS.thomas).autoAccept = true;
    });
    const thomas = await login(server, DEMO_OPERATORS.thomas);
    const martin = await login(server, DEMO_OPERATORS.martin);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Hal' });
    await settle();
    const [push] = requestsFor(thomas, chatUid, 'acceptchat');
    assert.deepEqual(push?.Params, [chatUid, '1', 'Hal', '', '']);
    assert.deepEqual(requestsFor(thomas, chatUid), [], 'no plain chat request besides');
    assert.deepEqual(requestsFor(martin, chatUid), [], 'nobody else is offered a chat being pushed');
  });

  it('numbers waiting chats in queue order and moves them up when the first is taken', async () => {
    const { server, visitor } = setup();
    const martin = await login(server, DEMO_OPERATORS.martin, '1');
    const first = visitor.startChat({ siteKey: 1, name: 'Ida', skillNames: ['Support'] });
    const second = visitor.startChat({ siteKey: 1, name: 'Jon', skillNames: ['Support'] });
    await settle();
    assert.equal(lastChange(martin, first)?.['QueuePos'], 1);
    assert.equal(lastChange(martin, second)?.['QueuePos'], 2);

    const thomas = await login(server, DEMO_OPERATORS.thomas);
    assert.deepEqual(
      thomas.all('chat').map((event) => (event.Params as string[])[0]),
      [first, second],
      'a login brings the waiting chats, oldest first',
    );
    await thomas.run('Chat', [first]);
    await settle();
    assert.equal(lastChange(martin, first)?.['QueuePos'], 0);
    assert.equal(lastChange(martin, second)?.['QueuePos'], 1, 'the second chat moved up');
  });

  it("releases a dropped operator's chats and offers them again", async () => {
    const { server, visitor } = setup();
    const thomas = await login(server, DEMO_OPERATORS.thomas);
    const admin = await login(server, DEMO_OPERATORS.admin);
    const martin = await login(server, DEMO_OPERATORS.martin, '1');
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Kim', skillNames: ['Support'] });
    await settle();
    await thomas.run('Chat', [chatUid]);
    await settle();
    assert.equal(lastChange(martin, chatUid)?.['TalkingToClientId'], thomas.connectionId);
    admin.clear();

    thomas.close();
    await settle();
    assert.equal(lastChange(martin, chatUid)?.['TalkingToClientId'], '', 'everyone sees it waiting again');
    assert.equal(requestsFor(admin, chatUid).length, 1, 'another operator who can take it is offered it');
    assert.equal(server.world.chat(chatUid)?.talkingTo, '');
  });
});
