import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commands } from '../core/protocol/commands.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { DEMO_OPERATORS } from './default-data.js';
import { SimServer } from './server.js';
import { RawClient, settle } from './testing/raw-client.js';
import { operatorSession } from './testing/operator-sessions.js';
import type { Session } from '../core/session.js';
import { startWsSim, until, type WsSim } from './testing/ws-harness.js';

/** Lets every in-flight frame, and the frames it causes, arrive. */
const settleFrames = (): Promise<void> => settle(100);

/** The connection id of a logged-in operator (real client or raw). */
const idOf = (who: Session | RawClient): string => ('store' in who ? who.store.getState().me.connectionId : who.connectionId);

function setup() {
  const clock = new FakeClock();
  const server = new SimServer({ clock, seed: 5 });
  return { clock, server };
}

/** Turns "User-To-User Chats Are Stored In Database" (position 13) on or off for a user. */
function setStoredRight(server: SimServer, username: string, stored: boolean): void {
  const account = server.world.account(username)!;
  account.rights = `${account.rights.slice(0, 12)}${stored ? 'Y' : 'N'}${account.rights.slice(13)}`;
}

describe('user-to-user chat', () => {
  it('carries messages both ways with typing, as each operator store shows it', async () => {
    const { clock, server } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.2.0.1' });
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin, { remoteAddress: '10.2.0.2' });
    const threadAt = (who: typeof thomas, username: string) => who.store.getState().userChats[username];

    thomas.sendToOperator(idOf(martin), 'Can you take a Sales chat?');
    await settleFrames();
    const martinsView = threadAt(martin, DEMO_OPERATORS.thomas);
    assert.deepEqual(
      martinsView?.lines.map((line) => [line.mine, line.text]),
      [[false, 'Can you take a Sales chat?']],
    );
    assert.equal(martinsView?.unread, 1);

    // Martin types: C1 carries his own id, and the server shows it to Thomas, his partner.
    martin.typingToOperator(idOf(thomas));
    await settleFrames();
    assert.notEqual(threadAt(thomas, DEMO_OPERATORS.martin)?.typingAt ?? null, null, 'Thomas sees Martin typing');
    clock.advance(2_500);
    await settleFrames();
    assert.equal(threadAt(thomas, DEMO_OPERATORS.martin)?.typingAt, null, 'the indicator stops after the pause');

    martin.typingToOperator(idOf(thomas));
    martin.sendToOperator(idOf(thomas), 'Sure, send it over');
    await settleFrames();
    const thomasView = threadAt(thomas, DEMO_OPERATORS.martin);
    assert.deepEqual(
      thomasView?.lines.map((line) => [line.mine, line.text, line.state]),
      [
        [true, 'Can you take a Sales chat?', 'sent'],
        [false, 'Sure, send it over', 'received'],
      ],
    );
    assert.equal(thomasView?.typingAt, null, 'a message ends the typing indicator');

    const stored = server.world.userChats.slice(-2).map((line) => [line.fromUsername, line.text]);
    assert.deepEqual(stored, [
      [DEMO_OPERATORS.thomas, 'Can you take a Sales chat?'],
      [DEMO_OPERATORS.martin, 'Sure, send it over'],
    ]);
  });

  it('refuses an over-long message and an unknown colleague without delivering anything', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: '10.2.0.3' });
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: '10.2.0.4' });
    martin.clear();
    const tooLong = await thomas.run('SendToClient', [idOf(martin), 'x'.repeat(4001)]);
    assert.equal(tooLong[0]?.EventName, 'error');
    assert.match(String(tooLong[0]?.Data), /4001 characters; the limit is 4000/);
    const unknown = await thomas.run('SendToClient', ['65be1afac937df06bb1c0000', 'hello']);
    assert.match(String(unknown[0]?.Data), /No connected user/);
    assert.deepEqual(martin.all('fromclient'), []);
    await thomas.run('SendToClient', [idOf(martin), 'x'.repeat(4000)]);
    assert.equal(martin.all('fromclient').length, 1, 'exactly 4000 characters go through');
  });

  it('pages stored history 100 lines at a time, newest first, with a search', async () => {
    const { clock, server } = setup();
    const start = clock.now() - 10 * 86_400_000;
    for (let i = 0; i < 250; i += 1) {
      server.world.userChats.push({
        id: `line-${String(i).padStart(3, '0')}`,
        dated: start + i * 60_000,
        fromUsername: i % 2 === 0 ? DEMO_OPERATORS.thomas : DEMO_OPERATORS.martin,
        toUsername: i % 2 === 0 ? DEMO_OPERATORS.martin : DEMO_OPERATORS.thomas,
        text: i % 50 === 0 ? `Invoice number ${i}` : `line ${i}`,
      });
    }
    const total = server.world.userChats.filter(
      (line) => [line.fromUsername, line.toUsername].sort().join() === [DEMO_OPERATORS.martin, DEMO_OPERATORS.thomas].sort().join(),
    ).length;
    const raw = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: '10.2.0.5' });
    const first = (await raw.run('GetClientChat', [DEMO_OPERATORS.martin, '', '']))[0];
    assert.equal(first?.EventName, 'clientchat');
    assert.deepEqual(first?.Params, [DEMO_OPERATORS.martin]);
    const page = first?.Data as { Id: string; Dated: string; MyLine: boolean; Text: string }[];
    assert.equal(page.length, 100);
    assert.ok(page.every((line, i) => i === 0 || line.Dated <= page[i - 1]!.Dated), 'newest first');
    raw.close();

    const session = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.2.0.6' });
    const thread = () => session.store.getState().userChats[DEMO_OPERATORS.martin];
    session.sendCommand(commands.getClientChat(DEMO_OPERATORS.martin));
    await settleFrames();
    assert.equal(thread()?.lines.length, 100);
    assert.equal(thread()?.lines.at(-1)?.text, 'Sure, no problem.', 'the newest stored line is the default data one');
    for (let pages = 1; thread()?.oldestId && pages < 5; pages += 1) {
      const before = thread()!.lines.length;
      session.sendCommand(commands.getClientChat(DEMO_OPERATORS.martin, thread()!.oldestId!));
      await settleFrames();
      if (thread()!.lines.length === before) break;
    }
    assert.equal(thread()?.lines.length, total, 'every stored line, each once');
    assert.equal(thread()?.lines[0]?.text, 'Invoice number 0');
    assert.equal(thread()?.lines[0]?.mine, true);
    assert.equal(thread()?.lines[1]?.mine, false);

    const found = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: '10.2.0.7' });
    const search = (await found.run('GetClientChat', [DEMO_OPERATORS.thomas, '', 'INVOICE']))[0];
    const hits = search?.Data as { Text: string; MyLine: boolean }[];
    assert.deepEqual(
      hits.map((line) => line.Text),
      ['Invoice number 200', 'Invoice number 150', 'Invoice number 100', 'Invoice number 50', 'Invoice number 0'],
    );
    assert.equal(hits[0]?.MyLine, false, 'MyLine is from the asker’s side');
  });

  it('keeps history only for users with the stored-chats right', async () => {
    const { server } = setup();
    setStoredRight(server, DEMO_OPERATORS.martin, false);
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: '10.2.0.8' });
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: '10.2.0.9' });
    const before = server.world.userChats.length;
    await thomas.run('SendToClient', [idOf(martin), 'not kept']);
    assert.equal(martin.last('fromclient')?.Data, 'not kept', 'delivered all the same');
    assert.equal(server.world.userChats.length, before, 'not stored: Martin does not keep user chats');
    const history = await thomas.run('GetClientChat', [DEMO_OPERATORS.martin, '', '']);
    assert.deepEqual(history[0]?.Data, [], 'the other user needs the right too');
    const denied = await martin.run('GetClientChat', [DEMO_OPERATORS.thomas, '', '']);
    assert.deepEqual(denied.map((event) => event.Data), ['Access denied']);
  });

  it('broadcasts an admin message to every operator, and only from an admin', async () => {
    const { clock, server } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.2.0.10' });
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin, { remoteAddress: '10.2.0.11' });
    const admin = await RawClient.login(server, DEMO_OPERATORS.admin, { remoteAddress: '10.2.0.12' });
    await admin.run('Broadcast', ['Please log out, we are updating the server.']);
    await settleFrames();
    for (const who of [thomas, martin]) {
      assert.equal(who.store.getState().notices.items.at(-1)?.text, 'Please log out, we are updating the server.');
    }
    thomas.sendCommand(commands.broadcast('Everyone take a break'));
    await settleFrames();
    assert.equal(thomas.store.getState().notices.items.at(-1)?.text, 'Access denied');
    assert.ok(!martin.store.getState().notices.items.some((notice) => notice.text === 'Everyone take a break'));
  });
});

describe('user-to-user chat over a real WebSocket', () => {
  let sim: WsSim | undefined;
  after(async () => sim?.stop());

  it('messages, typing and history between two operators over ws://', async () => {
    sim = await startWsSim();
    const thomas = await sim.login(DEMO_OPERATORS.thomas);
    const martin = await sim.login(DEMO_OPERATORS.martin);
    const thread = (who: Session, username: string) => who.store.getState().userChats[username];

    thomas.sendToOperator(idOf(martin), 'Lunch at one?');
    await until(() => thread(martin, DEMO_OPERATORS.thomas)?.lines.at(-1)?.text === 'Lunch at one?', 'fromclient');
    martin.typingToOperator(idOf(thomas));
    await until(() => thread(thomas, DEMO_OPERATORS.martin)?.typingAt != null, 'c1 at Thomas');
    martin.sendToOperator(idOf(thomas), 'Yes!');
    await until(() => thread(thomas, DEMO_OPERATORS.martin)?.lines.at(-1)?.text === 'Yes!', 'the reply');

    martin.sendCommand(commands.getClientChat(DEMO_OPERATORS.thomas, '', 'lunch'));
    await until(
      () => thread(martin, DEMO_OPERATORS.thomas)?.lines.some((line) => line.id !== null && line.text === 'Lunch at one?') === true,
      'the stored line in clientchat',
    );
  });
});
