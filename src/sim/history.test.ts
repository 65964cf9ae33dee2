import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commands } from '../core/protocol/commands.js';
import { historyDayKey, prevChatsKey, transcriptKey } from '../core/store/slices/history.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { DEMO_OPERATORS, makeChat } from './default-data.js';
import { SimServer } from './server.js';
import { RawClient, settle } from './testing/raw-client.js';
import { operatorSession } from './testing/operator-sessions.js';
import { wireDay } from './wire.js';
import { startWsSim, until, type WsSim } from './testing/ws-harness.js';

/** Lets every in-flight frame, and the frames it causes, arrive. */
const settleFrames = (): Promise<void> => settle(100);

/** The spec's Howard Williams chat, stored by the default data a day before "now". */
const howardUid = '65b3b5f6c937df03142c7e51';
const hostile = '<img src=x onerror=alert(1)> & "quotes"';

function setup() {
  const clock = new FakeClock();
  const server = new SimServer({ clock, seed: 3 });
  const yesterday = wireDay(clock.now() - 86_400_000);
  return { clock, server, yesterday };
}

/** A stored chat whose visitor typed markup, to check the exports treat it as text. */
function addHostileChat(server: SimServer, started: number): string {
  const chat = makeChat({
    chatUid: '65b3b5f6c937df03142c7eaa',
    chatNumber: 90,
    siteKey: 1,
    started,
    finished: started + 60_000,
    name: 'Mallory <b>',
    ip: '203.0.113.9',
    takenByUsers: ['Thomas'],
    lines: [
      { dated: started, operatorIndex: 0, message: hostile },
      { dated: started + 5_000, operatorIndex: 1, message: 'Bonjour (hello)<Translated>Hello \\ there</Translated>' },
    ],
  });
  server.world.closedChats.push(chat);
  return chat.chatUid;
}

describe('previous chats', () => {
  it('lists a day of chats and opens one, as the operator store shows them', async () => {
    const { clock, server, yesterday } = setup();
    const session = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.1.0.1' });

    session.sendCommand(commands.getChats(1, yesterday));
    session.sendCommand(commands.getChatDetail(1, howardUid));
    await settleFrames();

    const history = session.store.getState().history;
    const day = history.chatsByDay[historyDayKey(1, yesterday)];
    assert.ok(day, 'the day list arrived');
    assert.deepEqual(
      day.map((chat) => [chat.chatUid, chat.name, chat.takenByUsers]),
      [[howardUid, 'Howard Williams', ['Thomas']]],
      'only site 1 chats of that day (the site 2 chat and the missed one of today are elsewhere)',
    );
    const detail = history.chatDetails[howardUid];
    assert.ok(detail);
    assert.equal(detail.lines.length, 9);
    assert.equal(detail.lines[3]?.message, 'Hi.. I need some prices');
    assert.equal(detail.preChatSurvey[0]?.value, 'Microsoft');
    assert.equal(detail.visitDetail?.contact.company, 'Microsoft');
  });

  it('refuses a site the user cannot access and a chat of another site', async () => {
    const { server, yesterday } = setup();
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: '10.1.0.2' });
    const denied = await martin.run('GetChats', ['2', yesterday]);
    assert.deepEqual(denied.map((event) => [event.EventName, event.Data]), [['error', 'Access denied']]);
    const wrongSite = await martin.run('GetChatDetail', ['1', '65b3b6a0c937df03142c7e99']);
    assert.equal(wrongSite[0]?.EventName, 'error');
    assert.match(String(wrongSite[0]?.Data), /no chat 65b3b6a0c937df03142c7e99 on site 1/);
    const badDate = await martin.run('GetChats', ['1', '2024-02-30']);
    assert.match(String(badDate[0]?.Data), /not a date/);
  });

  it('exports a transcript as escaped HTML, plain text and a valid PDF', async () => {
    const { clock, server } = setup();
    const chatUid = addHostileChat(server, clock.now() - 3_600_000);
    const session = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.1.0.3' });
    session.sendCommand(commands.getChatDetailHtml(1, chatUid));
    session.sendCommand(commands.getChatDetailText(1, chatUid));
    session.sendCommand(commands.getChatDetailPdf(1, chatUid));
    await settleFrames();

    const transcripts = session.store.getState().history.transcripts;
    const html = transcripts[transcriptKey(chatUid, 'html')];
    assert.ok(html);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;'), html);
    assert.ok(!html.includes('<img'), 'visitor markup never reaches the document as markup');
    assert.ok(html.includes('Mallory &lt;b&gt;'));
    assert.ok(html.includes('(Hello \\ there)'), 'the translation is shown beside the line');

    const text = transcripts[transcriptKey(chatUid, 'text')];
    assert.ok(text);
    assert.ok(text.includes(`Mallory <b>: ${hostile}`), text);
    assert.ok(text.includes('Thomas: Bonjour (hello)'));
    assert.ok(!text.includes('<Translated>'), 'markup tags are taken out of the plain text');

    const base64 = transcripts[transcriptKey(chatUid, 'pdf')];
    assert.ok(base64);
    const pdf = Buffer.from(base64, 'base64').toString('latin1');
    assert.ok(pdf.startsWith('%PDF-1.4\n'));
    assert.ok(pdf.trimEnd().endsWith('%%EOF'));
    const startxref = Number(/startxref\n(\d+)\n/.exec(pdf)?.[1]);
    assert.ok(pdf.startsWith('xref\n', startxref), 'startxref points at the cross-reference table');
    const table = /xref\n0 (\d+)\n([\s\S]*?)trailer/.exec(pdf);
    assert.ok(table);
    const offsets = table[2]!.trim().split('\n').slice(1);
    assert.equal(offsets.length, Number(table[1]) - 1);
    offsets.forEach((entry, index) => {
      const offset = Number(entry.slice(0, 10));
      assert.ok(pdf.startsWith(`${index + 1} 0 obj`, offset), `object ${index + 1} is where the table says`);
    });
    assert.ok(pdf.includes('Mallory <b>: <img src=x onerror=alert\\(1\\)> & "quotes") Tj'), 'text drawn, parentheses escaped');
  });

  it('lists the earlier chats of an IP address', async () => {
    const { clock, server } = setup();
    const session = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.1.0.4' });
    session.sendCommand(commands.getPrevChatsForIp(1, '195.62.193.194'));
    await settleFrames();
    const previous = session.store.getState().history.prevChatsForIp[prevChatsKey(1, '195.62.193.194')];
    assert.ok(previous);
    assert.deepEqual(
      previous.map((chat) => [chat.chatUid, chat.name, chat.takenByUsers, chat.duration]),
      [[howardUid, 'Howard Williams', DEMO_OPERATORS.thomas, 51]],
    );
  });

  it('searches lines and header fields between two dates, case-insensitively', async () => {
    const { clock, server, yesterday } = setup();
    const today = wireDay(clock.now());
    const session = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.1.0.5' });
    const search = async (text: string, from = yesterday, to = today) => {
      session.sendCommand(commands.getChatSearch(1, from, to, text));
      await settleFrames();
      return session.store.getState().history.chatSearch?.chats.map((chat) => chat.chatUid) ?? [];
    };
    assert.deepEqual(await search('I NEED SOME PRICES'), [howardUid], 'a chat line');
    assert.deepEqual(await search('thomas'), [howardUid], 'who took it (the spec example searches an operator)');
    assert.deepEqual(await search('microsoft'), [howardUid], 'a pre-chat survey value');
    assert.ok((await search('could someone contact me')).length === 1, 'the message a missed visitor left');
    assert.deepEqual(await search('no chat says this'), []);
    assert.deepEqual(await search('prices', today, today), [], 'outside the dates');
    assert.equal(session.store.getState().history.chatSearch?.fromDate, today);
  });

  it('deletes chats only with the right, and tells everyone with access to the site', async () => {
    const { clock, server, yesterday } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.1.0.6' });
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin, { remoteAddress: '10.1.0.7' });
    thomas.sendCommand(commands.getChats(1, yesterday));
    await settleFrames();
    assert.equal(thomas.store.getState().history.chatsByDay[historyDayKey(1, yesterday)]?.length, 1);

    thomas.sendCommand(commands.deleteChats(1, [howardUid]));
    await settleFrames();
    assert.equal(thomas.store.getState().notices.items.at(-1)?.text, 'Access denied');
    assert.ok(server.world.anyChat(howardUid), 'nothing deleted without the right');

    admin.sendCommand(commands.deleteChats(1, [howardUid]));
    await settleFrames();
    assert.equal(server.world.anyChat(howardUid), undefined);
    assert.deepEqual(
      thomas.store.getState().history.chatsByDay[historyDayKey(1, yesterday)],
      [],
      'the deleted chat left the list Thomas holds',
    );
    thomas.sendCommand(commands.getChats(1, yesterday));
    await settleFrames();
    assert.deepEqual(thomas.store.getState().history.chatsByDay[historyDayKey(1, yesterday)], []);
  });

  it('deleting a missed chat closes it for the operators who could answer it', async () => {
    const { clock, server } = setup();
    const missedUid = server.world.missedChats[0]!.chatUid;
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas, { remoteAddress: '10.1.0.8' });
    assert.ok(thomas.store.getState().missedChats[missedUid]);
    const admin = await RawClient.login(server, DEMO_OPERATORS.admin, { remoteAddress: '10.1.0.9' });
    const answer = await admin.run('DeleteChats', ['1', `${missedUid},65b3b5f6c937df03142c0000`]);
    assert.deepEqual(
      answer.map((event) => event.EventName).filter((name) => name !== 'log'),
      ['error', 'MissedChatClosed', 'deletedchats'],
      'the unknown id is reported, the real one deleted',
    );
    await settleFrames();
    assert.equal(thomas.store.getState().missedChats[missedUid], undefined);
  });
});

describe('previous chats over a real WebSocket', () => {
  let sim: WsSim | undefined;
  after(async () => sim?.stop());

  it('lists, opens, exports and searches chats over ws://', async () => {
    sim = await startWsSim();
    const thomas = await sim.login(DEMO_OPERATORS.thomas);
    const yesterday = wireDay(Date.now() - 86_400_000);
    thomas.sendCommand(commands.getChats(1, yesterday));
    thomas.sendCommand(commands.getChatDetail(1, howardUid));
    thomas.sendCommand(commands.getChatDetailPdf(1, howardUid));
    thomas.sendCommand(commands.getChatSearch(1, yesterday, yesterday, 'WhosOn'));
    await until(() => thomas.store.getState().history.chatSearch !== null, 'chatsearch');
    const history = thomas.store.getState().history;
    // Howard's chat was yesterday; so was the missed chat of 40 minutes ago, just after midnight.
    const listed = history.chatsByDay[historyDayKey(1, yesterday)] ?? [];
    assert.ok(listed.some((chat) => chat.chatUid === howardUid), "yesterday's list has Howard's chat");
    for (const chat of listed) assert.equal(wireDay(Date.parse(chat.started)), yesterday, `${chat.chatUid} started yesterday`);
    assert.equal(history.chatDetails[howardUid]?.lines.length, 9);
    assert.ok(Buffer.from(history.transcripts[transcriptKey(howardUid, 'pdf')] ?? '', 'base64').toString('latin1').startsWith('%PDF-'));
    assert.deepEqual(history.chatSearch?.chats.map((chat) => chat.chatUid), [howardUid]);
  });
});
