import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commands } from '../core/protocol/commands.js';
import type { TranscriptLine } from '../core/store/transcript.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { DEMO_OPERATORS } from './default-data.js';
import { SimServer } from './server.js';
import { RawClient, settle } from './testing/raw-client.js';
import { operatorSession } from './testing/operator-sessions.js';
import { visitorSide } from './visitor-side.js';
import type { Session } from '../core/session.js';
import { startWsSim, until, type WsSim } from './testing/ws-harness.js';

/** Lets every in-flight frame, and the frames it causes, arrive. */
const settleFrames = (): Promise<void> => settle(100);

/** The connection id of a logged-in operator (real client or raw). */
const idOf = (who: Session | RawClient): string => ('store' in who ? who.store.getState().me.connectionId : who.connectionId);

const lines = (transcript: { readonly lines: readonly TranscriptLine[] } | undefined) =>
  transcript?.lines.map((line) => [line.from, line.text]) ?? [];

/**
 * Thomas (operator) holds a support chat on site 1 with Howard; Martin (supervisor,
 * site 1) is logged in to watch it.
 */
async function thomasChatting() {
  const clock = new FakeClock();
  const server = new SimServer({ clock, seed: 9 });
  const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.4.0.1' });
  const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin, { remoteAddress: '10.4.0.2' });
  const visitors = visitorSide(server);
  const chatUid = visitors.startChat({ siteKey: 1, name: 'Howard Williams', skillNames: ['Support'] });
  visitors.visitorSays(chatUid, 'Hi, my invoice is wrong');
  await settleFrames();
  thomas.accept(chatUid);
  await settleFrames();
  thomas.sendMessage(chatUid, 'Let me look into that');
  await settleFrames();
  assert.equal(server.world.chat(chatUid)?.talkingTo, idOf(thomas), 'Thomas holds the chat');
  return { clock, server, thomas, martin, visitors, chatUid };
}

async function monitor(who: Session, chatUid: string): Promise<void> {
  who.sendCommand(commands.monitor(chatUid));
  await settleFrames();
}

describe('monitoring', () => {
  it('shows the supervisor both sides of Thomas’s chat, their typing, and MonitoredBy to all', async () => {
    const { thomas, martin, visitors, chatUid } = await thomasChatting();
    await monitor(martin, chatUid);

    const watched = () => martin.store.getState().monitoring[chatUid];
    assert.equal(watched()?.operatorConnectionId, idOf(thomas));
    assert.equal(watched()?.operatorName, 'Thomas');
    assert.deepEqual(lines(watched()).slice(1), [
      ['visitor', 'Hi, my invoice is wrong'],
      ['operator', 'Let me look into that'],
    ], 'the transcript so far (after the server’s please-wait line)');
    assert.equal(thomas.store.getState().chats.get(chatUid)?.monitoredBy, 'Martin', 'Thomas sees who monitors');

    visitors.visitorTyping(chatUid, true);
    await settleFrames();
    assert.notEqual(watched()?.visitorTypingAt ?? null, null, 'visitor typing (m1)');
    visitors.visitorSays(chatUid, 'It says 200 instead of 120');
    thomas.typing(chatUid);
    await settleFrames();
    assert.equal(watched()?.visitorTypingAt, null);
    assert.equal(watched()?.operatorTyping?.name, 'Thomas', 'operator typing (mc1)');
    thomas.sendMessage(chatUid, 'I will correct it now');
    await settleFrames();
    assert.equal(watched()?.operatorTyping, null);
    assert.deepEqual(lines(watched()).slice(-2), [
      ['visitor', 'It says 200 instead of 120'],
      ['operator', 'I will correct it now'],
    ]);
    assert.equal(watched()?.lines.at(-1)?.operatorName, 'Thomas');
  });

  it('whispers reach Thomas alone, with the whisper typing indicator', async () => {
    const { thomas, martin, visitors, chatUid } = await thomasChatting();
    await monitor(martin, chatUid);

    martin.sendCommand(commands.mcw1(idOf(thomas), chatUid));
    await settleFrames();
    const pane = () => thomas.store.getState().conversations.get(chatUid);
    assert.equal(pane()?.whisperTyping?.name, 'Martin');
    martin.sendCommand(commands.whisper(idOf(thomas), chatUid, 'Offer the 10% credit'));
    await settleFrames();
    const whisper = pane()?.lines.at(-1);
    assert.equal(whisper?.text, 'Offer the 10% credit');
    assert.equal(whisper?.whisper, true);
    assert.equal(whisper?.operatorName, 'Martin');
    assert.equal(pane()?.whisperTyping, null);
    const visitorWindow = visitors.window(chatUid);
    assert.ok(visitorWindow);
    assert.ok(!visitorWindow.lines.some((line) => line.text.includes('10% credit')), 'the visitor never sees it');
    assert.ok(!lines(martin.store.getState().monitoring[chatUid]).some(([, text]) => text === 'Offer the 10% credit'));
  });

  it('acquiring moves the chat to the supervisor', async () => {
    const { server, thomas, martin, visitors, chatUid } = await thomasChatting();
    await monitor(martin, chatUid);
    martin.sendCommand(commands.acquireChat(chatUid));
    await settleFrames();

    const thomasState = thomas.store.getState();
    assert.equal(thomasState.conversations.get(chatUid)?.acquiredBy, 'Martin');
    assert.equal(thomasState.conversations.get(chatUid)?.left, true);
    assert.equal(thomasState.chats.get(chatUid)?.talkingToClientId, idOf(martin));
    const martinState = martin.store.getState();
    assert.equal(martinState.monitoring[chatUid]?.ended, true, 'monitorstop ended the monitoring');
    assert.equal(martinState.monitoring[chatUid]?.transferConfirmed, true);
    assert.deepEqual(lines(martinState.conversations.get(chatUid)).slice(1), [
      ['visitor', 'Hi, my invoice is wrong'],
      ['operator', 'Let me look into that'],
    ], 'Martin opened the chat with its transcript');
    assert.deepEqual(server.world.chat(chatUid)?.takenByUsers, ['Thomas', 'Martin']);
    assert.equal(server.world.chat(chatUid)?.monitoredBy.length, 0);

    visitors.visitorSays(chatUid, 'Hello?');
    await settleFrames();
    assert.equal(martin.store.getState().conversations.get(chatUid)?.lines.at(-1)?.text, 'Hello?');
    assert.notEqual(thomas.store.getState().conversations.get(chatUid)?.lines.at(-1)?.text, 'Hello?');
  });

  it('the acquirer opens the chat even before the old operator has left it', async () => {
    const clock = new FakeClock();
    const server = new SimServer({ clock, seed: 12 });
    // A raw client: it does not leave by itself on `chataquired`.
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: '10.4.0.8' });
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin, { remoteAddress: '10.4.0.9' });
    const visitors = visitorSide(server);
    const chatUid = visitors.startChat({ siteKey: 1, name: 'Cara', skillNames: ['Support'] });
    await thomas.run('Chat', [chatUid]);
    await monitor(martin, chatUid);
    thomas.clear();
    martin.sendCommand(commands.acquireChat(chatUid));
    await settleFrames();

    assert.deepEqual(thomas.all('chataquired').map((event) => event.Params), [[chatUid, 'Martin']]);
    assert.equal(server.world.chat(chatUid)?.talkingTo, idOf(martin), 'taken over without waiting for Leave');
    assert.equal(martin.store.getState().chats.get(chatUid)?.talkingToClientId, idOf(martin));
    const late = await thomas.run('Leave', [chatUid]);
    assert.deepEqual(late.filter((event) => event.EventName === 'error'), [], 'the late Leave is harmless');
    assert.equal(server.world.chat(chatUid)?.talkingTo, idOf(martin));
  });

  it('refuses what the spec forbids', async () => {
    const { clock, server, thomas, martin, visitors, chatUid } = await thomasChatting();
    const lastNotice = (who: Session) => who.store.getState().notices.items.at(-1)?.text;

    await monitor(thomas, chatUid);
    assert.equal(lastNotice(thomas), 'Access denied', 'Thomas lacks the monitoring right');

    const waiting = visitors.startChat({ siteKey: 1, name: 'Ada', skillNames: ['Support'] });
    await monitor(martin, waiting);
    assert.match(lastNotice(martin) ?? '', /has not been taken/);

    martin.sendCommand(commands.whisper(idOf(thomas), chatUid, 'psst'));
    await settleFrames();
    assert.match(lastNotice(martin) ?? '', /not monitoring/);

    await monitor(martin, chatUid);
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin, { remoteAddress: '10.4.0.3' });
    await monitor(admin, chatUid);
    assert.equal(lastNotice(admin), `Chat ${chatUid} is already being monitored by Martin`);

    martin.sendCommand(commands.stopMonitor(chatUid));
    await settleFrames();
    assert.equal(thomas.store.getState().chats.get(chatUid)?.monitoredBy, '', 'MonitoredBy cleared for all');
    await monitor(admin, chatUid);
    assert.equal(admin.store.getState().monitoring[chatUid]?.operatorName, 'Thomas');
  });

  it('asks supervisors to monitor when Thomas requests it', async () => {
    const { clock, server, thomas, martin, chatUid } = await thomasChatting();
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin, { remoteAddress: '10.4.0.4' });
    thomas.sendCommand(commands.requestMonitor(chatUid, 'Angry customer, please watch'));
    await settleFrames();
    for (const who of [martin, admin]) {
      const request = who.store.getState().requests.monitors.get(chatUid);
      assert.ok(request, 'a monitor request');
      assert.equal(request.operatorName, 'Thomas');
      assert.equal(request.operatorConnectionId, idOf(thomas));
      assert.equal(request.visitorName, 'Howard Williams');
      assert.equal(request.message, 'Angry customer, please watch');
    }
    assert.equal(thomas.store.getState().requests.monitors.get(chatUid), undefined);

    await monitor(martin, chatUid);
    assert.equal(martin.store.getState().requests.monitors.get(chatUid), undefined, 'answered by monitoring');

    martin.sendCommand(commands.requestMonitor(chatUid));
    await settleFrames();
    assert.match(martin.store.getState().notices.items.at(-1)?.text ?? '', /only ask for monitoring of a chat you have taken/);
  });

  it('stops monitoring when the chat leaves its operator or closes', async () => {
    const { clock, server, thomas, martin, visitors, chatUid } = await thomasChatting();
    await monitor(martin, chatUid);
    thomas.leave(chatUid);
    await settleFrames();
    assert.equal(martin.store.getState().monitoring[chatUid]?.ended, true, 'monitorstop after Leave');
    assert.deepEqual(server.world.chat(chatUid)?.monitoredBy, []);

    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin, { remoteAddress: '10.4.0.5' });
    const second = visitors.startChat({ siteKey: 1, name: 'Bea', skillNames: ['Support'] });
    await settleFrames();
    admin.accept(second);
    await settleFrames();
    await monitor(martin, second);
    assert.equal(martin.store.getState().monitoring[second]?.ended, false);
    visitors.visitorLeaves(second);
    await settleFrames();
    assert.equal(martin.store.getState().monitoring[second]?.ended, true, 'ended with the chat');
    assert.ok(!martin.store.getState().chats.get(second));
  });
});

describe('listen mode', () => {
  it('gives a supervisor every line and transfer; ignores users without the rights', async () => {
    const { clock, server, thomas, visitors, chatUid } = await thomasChatting();
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin, { remoteAddress: '10.4.0.6' });
    admin.sendCommand(commands.startListening());
    thomas.sendCommand(commands.startListening());
    await settleFrames();

    visitors.visitorSays(chatUid, 'Are you still there?');
    await settleFrames();
    thomas.sendMessage(chatUid, 'Yes, one moment');
    await settleFrames();
    thomas.transferToDepartment(chatUid, 'Sales', 'Billing question');
    await settleFrames();

    const heard = admin.store.getState().listen.chats[chatUid];
    assert.deepEqual(lines(heard), [
      ['visitor', 'Are you still there?'],
      ['operator', 'Yes, one moment'],
      ['system', 'Billing question'],
    ]);
    assert.equal(heard?.lines.at(-1)?.transferTarget, 'Sales');
    assert.deepEqual(thomas.store.getState().listen.chats, {}, 'an operator cannot listen');

    admin.sendCommand(commands.stopListening());
    await settleFrames();
    visitors.visitorSays(chatUid, 'Hello?');
    await settleFrames();
    assert.equal(admin.store.getState().listen.chats[chatUid]?.lines.length, 3, 'nothing after StopListening');
  });

  it('sends listen events only for sites the listener can access', async () => {
    const clock = new FakeClock();
    const server = new SimServer({ clock, seed: 10 });
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: '10.4.0.7' });
    await martin.run('StartListening');
    const visitors = visitorSide(server);
    const siteTwo = visitors.startChat({ siteKey: 2, name: 'Chloé', skillNames: ['Support'] });
    const siteOne = visitors.startChat({ siteKey: 1, name: 'Dev', skillNames: ['Support'] });
    visitors.visitorSays(siteTwo, 'Bonjour');
    visitors.visitorSays(siteOne, 'Hello');
    await settleFrames();
    assert.deepEqual(
      martin.all('listenv').map((event) => [event.Params, event.Data]),
      [[[siteOne], 'Hello']],
    );
  });
});

describe('monitoring over a real WebSocket', () => {
  let sim: WsSim | undefined;
  after(async () => sim?.stop());

  it('a supervisor monitors, whispers to and acquires Thomas’s chat over ws://', async () => {
    sim = await startWsSim();
    const thomas = await sim.login(DEMO_OPERATORS.thomas);
    const martin = await sim.login(DEMO_OPERATORS.martin);
    const visitors = visitorSide(sim.server);
    const chatUid = visitors.startChat({ siteKey: 1, name: 'Wes', skillNames: ['Support'] });
    thomas.accept(chatUid);
    await until(() => thomas.store.getState().chats.get(chatUid)?.talkingToClientId === idOf(thomas), 'Thomas taking the chat');

    martin.sendCommand(commands.monitor(chatUid));
    await until(() => martin.store.getState().monitoring[chatUid]?.header !== null, 'monitoredchat');
    visitors.visitorSays(chatUid, 'My parcel is late');
    thomas.sendMessage(chatUid, 'Let me check the tracking');
    await until(() => martin.store.getState().monitoring[chatUid]?.lines.length === 3, 'both lines at the monitor');
    assert.deepEqual(lines(martin.store.getState().monitoring[chatUid]).slice(1), [
      ['visitor', 'My parcel is late'],
      ['operator', 'Let me check the tracking'],
    ]);

    martin.sendCommand(commands.whisper(idOf(thomas), chatUid, 'Offer free delivery'));
    await until(() => thomas.store.getState().conversations.get(chatUid)?.lines.at(-1)?.whisper === true, 'the whisper');

    martin.sendCommand(commands.acquireChat(chatUid));
    await until(() => sim?.server.world.chat(chatUid)?.talkingTo === idOf(martin), 'the chat moving to Martin');
    await until(() => thomas.store.getState().conversations.get(chatUid)?.acquiredBy === 'Martin', 'chataquired at Thomas');
    await until(() => martin.store.getState().conversations.get(chatUid)?.acceptedAt != null, 'Martin opening it');
  });
});
