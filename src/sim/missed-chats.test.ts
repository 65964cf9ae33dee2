import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commands } from '../core/protocol/commands.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { DEMO_OPERATORS } from './default-data.js';
import { leaveMessage } from './handlers/missed-chats.js';
import { SimServer } from './server.js';
import { RawClient, settle } from './testing/raw-client.js';
import { operatorSession } from './testing/operator-sessions.js';
import { visitorSide } from './visitor-side.js';
import { startWsSim, until, type WsSim } from './testing/ws-harness.js';

/** Lets every in-flight frame, and the frames it causes, arrive. */
const settleFrames = (): Promise<void> => settle(100);

function setup() {
  const clock = new FakeClock();
  const server = new SimServer({ clock, seed: 7 });
  return { clock, server };
}

/** Takes away "Can Respond To Missed Chats" (position 6). */
function withoutMissedRight(server: SimServer, username: string): void {
  const account = server.world.account(username)!;
  account.rights = `${account.rights.slice(0, 5)}N${account.rights.slice(6)}`;
}

describe('missed chats', () => {
  it('a chat nobody took becomes a missed chat for everyone who may answer it', async () => {
    const { clock, server } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.3.0.1' });
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin, { remoteAddress: '10.3.0.2' });
    const visitors = visitorSide(server);
    const chatUid = visitors.startChat({ siteKey: 1, name: 'Nina Patel', email: 'nina@example.com', skillNames: ['Sales'] });
    visitors.visitorSays(chatUid, 'Is anyone there? I need a quote.');
    clock.advance(90_000);
    visitors.visitorLeaves(chatUid);
    await settleFrames();

    for (const who of [thomas, martin]) {
      const missed = who.store.getState().missedChats[chatUid];
      assert.ok(missed, 'listed as missed');
      assert.equal(missed.name, 'Nina Patel');
      assert.equal(missed.email, 'nina@example.com');
      assert.equal(missed.message, 'Is anyone there? I need a quote.', 'what the visitor said');
      assert.equal(missed.waitedSeconds, 90);
      assert.deepEqual(missed.skillNames, ['Sales']);
      assert.equal(missed.responseStarted, false);
    }
    const stored = server.world.anyChat(chatUid);
    assert.equal(stored?.missed, true);
    assert.equal(stored?.missedMessage, 'Is anyone there? I need a quote.');

    // A later login gets it in the post-login list.
    thomas.logout();
    await settleFrames();
    const again = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.3.0.1' });
    assert.ok(again.store.getState().missedChats[chatUid]);
  });

  it('a message left when nobody is available reaches only users with the right and the site', async () => {
    const { clock, server } = setup();
    withoutMissedRight(server, DEMO_OPERATORS.admin);
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.3.0.3' });
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin, { remoteAddress: '10.3.0.4' });
    const admin = await RawClient.login(server, DEMO_OPERATORS.admin, { remoteAddress: '10.3.0.5' });
    assert.deepEqual(admin.all('missedchats'), [], 'no missed-chat list without the right');
    const missed = leaveMessage(server, {
      siteKey: 2,
      name: 'Sophie Martin',
      phone: '+33 4 72 00 00 00',
      message: 'Please call me back about my order',
      wantsCallback: true,
    });
    await settleFrames();
    const seen = thomas.store.getState().missedChats[missed.chatUid];
    assert.ok(seen);
    assert.equal(seen.wantsCallback, true);
    assert.equal(seen.phone, '+33 4 72 00 00 00');
    assert.equal(seen.message, 'Please call me back about my order');
    assert.equal(martin.store.getState().missedChats[missed.chatUid], undefined, 'Martin has no access to site 2');
    assert.deepEqual(admin.all('missedchat'), [], 'the admin lacks the right');
    assert.equal(server.world.anyChat(missed.chatUid)?.missed, true, 'kept in the history too');
  });

  it('locks a response to one user, tells a second one who is responding, and closes it for all', async () => {
    const { clock, server } = setup();
    const missedUid = server.world.missedChats[0]!.chatUid;
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.3.0.6' });
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin, { remoteAddress: '10.3.0.7' });
    const missedAt = (who: typeof thomas) => who.store.getState().missedChats[missedUid];
    assert.ok(missedAt(thomas) && missedAt(martin), 'both start with the pending missed chat');

    thomas.sendCommand(commands.missedChatResponding(missedUid));
    await settleFrames();
    assert.equal(missedAt(martin)?.responseStarted, true);
    assert.equal(missedAt(martin)?.responseStartedBy, DEMO_OPERATORS.thomas);

    martin.sendCommand(commands.missedChatResponding(missedUid));
    martin.sendCommand(commands.missedChatResponded(missedUid, 'I answer too'));
    await settleFrames();
    const notices = martin.store.getState().notices.items.map((notice) => [notice.kind, notice.text]);
    assert.deepEqual(notices.slice(-2), [
      ['msg', 'Missed chat with Rita Howard is currently being responded to by Thomas'],
      ['msg', 'Missed chat with Rita Howard is currently being responded to by Thomas'],
    ]);
    assert.ok(missedAt(martin), 'Martin’s response was not taken');

    thomas.sendCommand(commands.missedChatResponded(missedUid, 'Hello Rita, **we will call you** today.'));
    await settleFrames();
    assert.equal(missedAt(thomas), undefined, 'closed for the responder');
    assert.equal(missedAt(martin), undefined, 'closed for everyone');
    assert.deepEqual(server.world.missedChats, []);

    thomas.sendCommand(commands.getChatDetail(1, missedUid));
    await settleFrames();
    const detail = thomas.store.getState().history.chatDetails[missedUid];
    assert.equal(detail?.lines.at(-1)?.message, 'Hello Rita, **we will call you** today.');
    assert.deepEqual(detail?.header.takenByUsers, ['Thomas'], 'the response is Thomas’s line');
    assert.equal(detail?.header.missedSeenByUserName, DEMO_OPERATORS.thomas);
  });

  it('a cancelled or abandoned response frees the missed chat for others', async () => {
    const { clock, server } = setup();
    const missedUid = server.world.missedChats[0]!.chatUid;
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.3.0.8' });
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin, { remoteAddress: '10.3.0.9' });
    const martinSees = () => martin.store.getState().missedChats[missedUid];

    thomas.sendCommand(commands.missedChatResponding(missedUid));
    await settleFrames();
    assert.equal(martinSees()?.responseStarted, true);
    thomas.sendCommand(commands.missedChatRespondingCancel(missedUid));
    await settleFrames();
    assert.equal(martinSees()?.responseStarted, false);
    assert.equal(martinSees()?.responseStartedBy, '');

    thomas.sendCommand(commands.missedChatResponding(missedUid));
    await settleFrames();
    assert.equal(martinSees()?.responseStarted, true);
    thomas.logout();
    await settleFrames();
    assert.equal(martinSees()?.responseStarted, false, 'the claim lapses when Thomas disconnects');

    martin.sendCommand(commands.missedChatResponding(missedUid));
    await settleFrames();
    assert.equal(martinSees()?.responseStartedBy, DEMO_OPERATORS.martin);
  });

  it('refuses users without the right', async () => {
    const { server } = setup();
    withoutMissedRight(server, DEMO_OPERATORS.thomas);
    const missedUid = server.world.missedChats[0]!.chatUid;
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: '10.3.0.10' });
    assert.deepEqual(thomas.all('missedchats'), []);
    const answer = await thomas.run('MissedChatResponding', [missedUid]);
    assert.deepEqual(answer.map((event) => [event.EventName, event.Data]), [['error', 'Access denied']]);
    assert.equal(server.world.missedChats[0]?.responseStartedBy, '');
  });

  it('expires missed chats after the site’s MissedChatsExpireDays', async () => {
    const { clock, server } = setup();
    server.world.siteProperties.get(1)!['MissedChatsExpireDays'] = 1;
    const missedUid = server.world.missedChats[0]!.chatUid;
    const early = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.3.0.11' });
    assert.ok(early.store.getState().missedChats[missedUid], 'still pending within the day');
    early.logout();
    await settleFrames();

    clock.advance(86_400_000);
    const late = await operatorSession(server, clock, DEMO_OPERATORS.martin, { remoteAddress: '10.3.0.12' });
    assert.equal(late.store.getState().missedChats[missedUid], undefined, 'expired a day after it started');
    assert.deepEqual(server.world.missedChats, []);
    assert.ok(server.world.anyChat(missedUid), 'the stored chat stays in the history');
  });
});

describe('missed chats over a real WebSocket', () => {
  let sim: WsSim | undefined;
  after(async () => sim?.stop());

  it('a missed chat appears, is claimed and answered, and closes for both operators over ws://', async () => {
    sim = await startWsSim();
    const thomas = await sim.login(DEMO_OPERATORS.thomas);
    const martin = await sim.login(DEMO_OPERATORS.martin);
    const missed = leaveMessage(sim.server, { siteKey: 1, name: 'Omar', email: 'omar@example.com', message: 'Call me?' });
    await until(() => martin.store.getState().missedChats[missed.chatUid] !== undefined, 'missedchat at Martin');
    await until(() => thomas.store.getState().missedChats[missed.chatUid] !== undefined, 'missedchat at Thomas');

    thomas.sendCommand(commands.missedChatResponding(missed.chatUid));
    await until(() => martin.store.getState().missedChats[missed.chatUid]?.responseStarted === true, 'the claim');
    martin.sendCommand(commands.missedChatResponding(missed.chatUid));
    await until(
      () => martin.store.getState().notices.items.some((notice) => notice.text.includes('being responded to by Thomas')),
      'the msg naming Thomas',
    );
    thomas.sendCommand(commands.missedChatResponded(missed.chatUid, 'Calling you at 3pm.'));
    await until(() => martin.store.getState().missedChats[missed.chatUid] === undefined, 'MissedChatClosed at Martin');
    await until(() => thomas.store.getState().missedChats[missed.chatUid] === undefined, 'MissedChatClosed at Thomas');
  });
});
