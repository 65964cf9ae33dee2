import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commands } from '../core/protocol/commands.js';
import { Session } from '../core/session.js';
import type { SessionState } from '../core/store/state.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { chatRecords, CALLBACK_STEPS } from './handlers/chats.js';
import { createDefaultWorld, DEMO_OPERATORS, DEMO_SKILL_IDS } from './default-data.js';
import { createRandom } from './random.js';
import { SimServer } from './server.js';
import { operatorSession, recordEvents } from './testing/operator-sessions.js';
import { RawClient, settle } from './testing/raw-client.js';
import { startWsSim, until, type WsSim } from './testing/ws-harness.js';
import { visitorSide, VisitorActionError } from './visitor-side.js';
import type { World } from './world.js';

function setup(adjust: (world: World) => void = () => undefined) {
  const clock = new FakeClock();
  const world = createDefaultWorld({ random: createRandom(23), now: () => clock.now() });
  adjust(world);
  const server = new SimServer({ clock, world });
  return { clock, server, world, visitor: visitorSide(server) };
}

const state = (session: Session): SessionState => session.store.getState();
const myId = (session: Session): string => state(session).me.connectionId;
const linesOf = (session: Session, chatUid: string) =>
  state(session).conversations.get(chatUid)?.lines.map((line) => [line.from, line.operatorName, line.text]);

describe('the chat flow through the real client', () => {
  it('takes a waiting chat, talks both ways, and transfers it to a colleague who gets the whole transcript', async () => {
    const { clock, server, world, visitor } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const chatUid = visitor.startChat({
      siteKey: 1,
      name: 'Howard Williams',
      email: 'howard@test.com',
      survey: [{ name: 'Company', value: 'Microsoft', builtInField: 'company name' }],
    });
    await settle();

    assert.ok(state(thomas).requests.chats.get(chatUid), 'thomas is asked to take the chat');
    assert.equal(state(thomas).chats.get(chatUid)?.talkingToClientId, '', 'the list shows it waiting');

    thomas.accept(chatUid);
    await settle();
    const opened = state(thomas).conversations.get(chatUid);
    assert.ok(opened, 'the conversation opens');
    assert.deepEqual(
      opened.preChatSurvey.map((field) => [field.name, field.value]),
      [
        ['VisitorName', 'Howard Williams'],
        ['Email', 'howard@test.com'],
        ['Company', 'Microsoft'],
      ],
    );
    assert.equal(state(martin).chats.get(chatUid)?.talkingToClientId, myId(thomas), 'martin sees thomas has it');
    assert.equal(state(martin).requests.chats.get(chatUid), undefined, "martin's request is withdrawn");

    visitor.visitorTyping(chatUid, true);
    visitor.visitorPreview(chatUid, 'I need some pri');
    await settle();
    assert.notEqual(state(thomas).conversations.get(chatUid)?.visitorTypingAt, null, 'thomas sees the visitor typing');
    assert.equal(state(thomas).conversations.get(chatUid)?.preview, 'I need some pri');
    visitor.visitorSays(chatUid, 'I need some prices');
    await settle();
    assert.deepEqual(linesOf(thomas, chatUid)?.at(-1), ['visitor', '', 'I need some prices']);

    thomas.typing(chatUid);
    await settle();
    const window = visitor.window(chatUid);
    assert.equal(window?.operatorTyping, true, 'the visitor sees thomas typing');
    thomas.sendMessage(chatUid, 'Which product: Standard or Pro?');
    await settle();
    assert.equal(window?.operatorTyping, false, 'sending ends the typing indicator');
    assert.deepEqual(window?.lines.at(-1), {
      at: clock.now(),
      from: 'operator',
      name: 'Thomas',
      text: 'Which product: Standard or Pro?',
    });

    thomas.transferToOperators(chatUid, [myId(martin)], 'Pricing: can you help? It is urgent: 10:30 deadline');
    await settle();
    assert.deepEqual(state(martin).requests.transfers.get(chatUid)?.fromConnectionId, myId(thomas));
    assert.equal(
      state(martin).requests.transfers.get(chatUid)?.message,
      'Pricing: can you help? It is urgent: 10:30 deadline',
      'the message keeps its colons',
    );
    assert.equal(state(thomas).conversations.get(chatUid)?.left, true);
    assert.equal(state(martin).chats.get(chatUid)?.talkingToClientId, '', 'after Leave the chat waits for the taker');

    martin.accept(chatUid);
    await settle();
    assert.deepEqual(linesOf(martin, chatUid), [
      ['system', '', 'Please wait. An operator will be with you shortly.'],
      ['visitor', '', 'I need some prices'],
      ['operator', 'Thomas', 'Which product: Standard or Pro?'],
    ]);
    assert.equal(state(thomas).chats.get(chatUid)?.talkingToClientId, myId(martin));
    martin.sendMessage(chatUid, 'Hello, Martin from sales here.');
    await settle();
    assert.deepEqual(world.chat(chatUid)?.takenByUsers, ['Thomas', 'Martin']);
    assert.equal(world.chat(chatUid)?.lines.at(-1)?.operatorIndex, 2, "martin's lines carry his index");
    assert.equal(window?.operatorName, 'Martin');
  });

  it("filters an operator's message by the site's text rules and tells the operator with SendToFiltered", async () => {
    const { clock, server, visitor } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Ivy' });
    await settle();
    thomas.accept(chatUid);
    await settle();
    thomas.sendMessage(chatUid, 'That damn printer again? Card 4111 1111 1111 1111 noted.');
    await settle();
    const line = state(thomas).conversations.get(chatUid)?.lines.at(-1);
    assert.equal(line?.text, 'That damn printer again? Card 4111 1111 1111 1111 noted.');
    assert.equal(line?.filteredText, 'That **** printer again? Card [card number removed] noted.');
    assert.equal(visitor.window(chatUid)?.lines.at(-1)?.text, 'That **** printer again? Card [card number removed] noted.');
  });

  it('translates both ways on a translated chat, and leaves a translation the client supplied alone', async () => {
    const { clock, server, world, visitor } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const chatUid = visitor.startChat({ siteKey: 2, name: 'Sophie', lang: 'fr', translation: true });
    await settle();
    assert.equal(state(thomas).chats.get(chatUid)?.translation, true);
    thomas.accept(chatUid);
    await settle();

    thomas.sendMessage(chatUid, 'How can I help you?');
    await settle();
    assert.equal(state(thomas).conversations.get(chatUid)?.lines.at(-1)?.translatedText, 'Comment puis-je vous aider ?');
    assert.equal(visitor.window(chatUid)?.lines.at(-1)?.text, 'Comment puis-je vous aider ?', 'the visitor reads French');

    visitor.visitorSays(chatUid, 'Merci');
    await settle();
    const heard = state(thomas).conversations.get(chatUid)?.lines.at(-1);
    assert.equal(heard?.text, 'Merci');
    assert.equal(heard?.message.translated, 'Thank you');

    const events = recordEvents(thomas);
    thomas.sendMessage(chatUid, 'One moment.<Translated>Un instant.</Translated>');
    await settle();
    assert.ok(!events.names().includes('sendtotranslated'), 'no SendToTranslated for a supplied translation');
    assert.equal(world.chat(chatUid)?.lines.at(-1)?.message, 'One moment.<Translated>Un instant.</Translated>');
  });

  it('takes an acceptchat chat without asking the operator', async () => {
    const { clock, server, visitor } = setup((world) => {
      const account = world.account(DEMO_OPERATORS.thomas);
      assert.ok(account);
      account.autoAccept = true;
    });
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const chatUid = visitor.startChat({ siteKey: 2, name: 'Auto' });
    await settle();
    assert.equal(state(thomas).chats.get(chatUid)?.talkingToClientId, myId(thomas));
    assert.ok(state(thomas).conversations.get(chatUid)?.acceptedAt !== null);
  });

  it('transfers to a department: its operators are asked, and the chat then routes to it', async () => {
    const { clock, server, world, visitor } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Lou', dept: 'Support' });
    await settle();
    assert.equal(state(martin).requests.chats.get(chatUid), undefined, 'a Support chat is not offered to Sales');
    thomas.accept(chatUid);
    await settle();
    thomas.transferToDepartment(chatUid, 'Sales', 'A quote please');
    await settle();
    assert.equal(state(martin).requests.transfers.get(chatUid)?.message, 'A quote please');
    assert.equal(world.chat(chatUid)?.requestedDept, 'Sales');
    martin.accept(chatUid);
    await settle();
    assert.equal(state(thomas).chats.get(chatUid)?.talkingToClientId, myId(martin));
  });

  it('transfers to skills: only operators with every skill are asked', async () => {
    const { clock, server, world, visitor } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Max', skillNames: ['Support'] });
    await settle();
    thomas.accept(chatUid);
    await settle();
    thomas.transferToSkills(chatUid, [DEMO_SKILL_IDS.sales, DEMO_SKILL_IDS.technical]);
    await settle();
    assert.ok(state(admin).requests.transfers.get(chatUid), 'admin has Sales and Technical');
    assert.equal(state(martin).requests.transfers.get(chatUid), undefined, 'martin has Sales only');
    assert.deepEqual(world.chat(chatUid)?.skillIds, [DEMO_SKILL_IDS.sales, DEMO_SKILL_IDS.technical]);
  });

  it('transfers to a queue: the chat waits again and is offered around, and the late Leave is no error', async () => {
    const { clock, server, world, visitor } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Nia' });
    await settle();
    thomas.accept(chatUid);
    await settle();
    const heard = recordEvents(thomas);
    martin.dismissRequest(chatUid);
    thomas.transferToQueue(chatUid, 1);
    await settle();
    assert.equal(world.chat(chatUid)?.queue, 1);
    assert.equal(state(martin).chats.get(chatUid)?.talkingToClientId, '');
    assert.ok(state(martin).requests.chats.get(chatUid), 'martin is offered the queued chat');
    assert.deepEqual(heard.names().filter((name) => name === 'error' || name === 'msg'), []);
    assert.equal(state(thomas).conversations.get(chatUid)?.left, true);
  });

  it('refuses a chat another operator already took with the spec message', async () => {
    const { clock, server, visitor } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Otto' });
    await settle();
    thomas.accept(chatUid);
    await settle();
    const heard = recordEvents(martin);
    martin.accept(chatUid);
    await settle();
    const refusal = heard.events.find((event) => event.name === 'msg');
    assert.ok(refusal?.name === 'msg');
    assert.equal(refusal.payload.text, 'Visitor Otto has already started talking to Thomas');
  });

  it("releases a dropped operator's chats, offers them again, and the client takes them back after its re-login", async () => {
    const { clock, server, world, visitor } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Pat' });
    await settle();
    thomas.accept(chatUid);
    await settle();
    martin.dismissRequest(chatUid);

    const connection = server.connection(myId(thomas));
    assert.ok(connection);
    server.dropConnection(connection, 1006, 'network');
    await settle();
    assert.equal(state(martin).chats.get(chatUid)?.talkingToClientId, '', 'released when the connection dropped');
    assert.ok(state(martin).requests.chats.get(chatUid), 'and offered again');

    for (let i = 0; i < 10 && thomas.connection.state !== 'connected'; i += 1) {
      clock.advance(5_000);
      await settle();
    }
    assert.equal(thomas.connection.state, 'connected');
    await settle();
    assert.equal(world.chat(chatUid)?.talkingTo, myId(thomas), 'the re-logged-in client took its chat back');
  });

  it('closes a chat for everyone, keeps it in the history, and the visitor sees it end', async () => {
    const { clock, server, world, visitor } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const chatUid = visitor.startChat({ siteKey: 1, name: 'Quinn' });
    await settle();
    thomas.accept(chatUid);
    await settle();
    thomas.close(chatUid);
    await settle();
    assert.equal(state(martin).chats.get(chatUid), undefined);
    assert.equal(state(thomas).conversations.get(chatUid)?.closed, true);
    assert.equal(world.chat(chatUid), undefined);
    assert.ok(world.closedChats.some((chat) => chat.chatUid === chatUid && chat.finished !== null));
    assert.equal(visitor.window(chatUid)?.closed, true);
    assert.deepEqual(visitor.window(chatUid)?.events.at(-1), { kind: 'closed', by: 'operator' });
    assert.throws(() => visitor.visitorSays(chatUid, 'hello?'), VisitorActionError);
  });
});

describe('chat commands on the wire', () => {
  async function taken(siteKey = 1) {
    const env = setup();
    const thomas = await RawClient.login(env.server, DEMO_OPERATORS.thomas, { remoteAddress: '10.40.0.1' });
    const chatUid = env.visitor.startChat({ siteKey, name: 'Rae', email: 'rae@example.com', ip: '81.2.69.160', trackingId: '55-1' });
    await settle();
    await thomas.run('Chat', [chatUid]);
    thomas.clear();
    return { ...env, thomas, chatUid };
  }

  it('answers SendTo over 5000 characters, on a chat not held, and on an ended chat with errors', async () => {
    const { server, visitor, thomas, chatUid } = await taken();
    const long = await thomas.run('SendTo', [chatUid, 'x'.repeat(5001)]);
    assert.deepEqual(long.map((event) => [event.EventName, event.Data]), [
      ['error', 'SendTo: the message is 5001 characters; the limit is 5000'],
    ]);
    assert.equal(server.world.chat(chatUid)?.lines.length, 1, 'nothing was added');

    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: '10.40.0.2' });
    martin.clear();
    const denied = await martin.run('SendTo', [chatUid, 'hi']);
    assert.deepEqual(denied.map((event) => [event.EventName, event.Data]), [['error', 'Access denied']]);

    visitor.visitorLeaves(chatUid);
    await settle();
    const late = await thomas.run('SendTo', [chatUid, 'still there?']);
    assert.deepEqual(late.map((event) => [event.EventName, event.Data]), [['error', 'SendTo: the chat with Rae has ended']]);
    assert.deepEqual(await thomas.run('Leave', [chatUid]), [], 'leaving an ended chat is quietly accepted');
  });

  it('sends links and documents to the visitor, and announces a new shared document', async () => {
    const { server, world, visitor, thomas, chatUid } = await taken();
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: '10.40.0.3' });
    martin.clear();
    assert.deepEqual(await thomas.run('LinkTo', [chatUid, 'https://www.mysite.com/pricing/']), []);
    assert.deepEqual(visitor.window(chatUid)?.events.at(-1), {
      kind: 'link',
      operatorName: 'Thomas',
      url: 'https://www.mysite.com/pricing/',
    });

    const shared = world.documents.find((document) => !document.singleUse && document.siteKey !== 2);
    assert.ok(shared);
    await thomas.run('SendDocumentTo', [chatUid, shared.id]);
    const sent = visitor.window(chatUid)?.events.at(-1);
    assert.ok(sent?.kind === 'document');
    assert.equal(sent.fileName, shared.fileName);
    assert.match(world.chat(chatUid)?.lines.at(-1)?.message ?? '', /^<link><url>https:\/\/.+<\/url><name>.+<\/name><\/link>$/);

    await thomas.run('SendNewDocumentTo', [chatUid, 'quote2.pdf', '/quotes/', 'false', '1', 'JVBERi0xLjQK']);
    await settle();
    const announced = martin.last('document')?.Data as Record<string, unknown> | undefined;
    assert.equal(announced?.['FileName'], 'quote2.pdf');
    assert.equal(announced?.['Base64'], '', 'the announcement carries no content');
    martin.clear();
    await thomas.run('SendNewDocumentTo', [chatUid, 'once.pdf', '', 'true', '1', 'JVBERi0xLjQK']);
    await settle();
    assert.equal(martin.all('document').length, 0, 'a single-use document is not announced');
    assert.equal(visitor.window(chatUid)?.events.at(-1)?.kind, 'document');
  });

  it('asks the visitor for a field of the site only, and the answer arrives as a message', async () => {
    const { visitor, thomas, chatUid } = await taken();
    const unknown = await thomas.run('FieldRequest', [chatUid, 'ShoeSize', '']);
    assert.deepEqual(unknown.map((event) => [event.EventName, event.Data]), [
      ['error', 'FieldRequest: "ShoeSize" is not one of the site\'s fields (Email, Reference)'],
    ]);
    assert.deepEqual(await thomas.run('FieldRequest', [chatUid, 'reference', '']), []);
    assert.deepEqual(visitor.window(chatUid)?.events.at(-1), {
      kind: 'field-request',
      fieldName: 'Reference',
      fieldType: 'text',
      prompt: 'What is your reference',
    });
    visitor.answerField(chatUid, 'Reference', 'REF-123');
    await settle();
    assert.equal(thomas.last('message')?.Data, 'REF-123');
  });

  it('passes visitor uploads on as a document and a link message, only after a DocumentRequest where the site says so', async () => {
    const { visitor, thomas, chatUid } = await taken();
    assert.throws(() => visitor.uploadFile(chatUid, 'photo.png', 'png-bytes'), /only when the operator asks/);
    await thomas.run('DocumentRequest', [chatUid]);
    visitor.uploadFile(chatUid, 'photo & co.png', 'png-bytes');
    await settle();
    const document = thomas.last('document')?.Data as Record<string, unknown> | undefined;
    assert.equal(document?.['VisitorUploaded'], true);
    assert.equal(document?.['VisitorName'], 'Rae');
    const message = String(thomas.last('message')?.Data);
    assert.match(message, /^<link><url>https:\/\/gateway\.mysite\.com\/p\/609ead17\/document\?id=[0-9a-f]{24}<\/url><name>photo &amp; co\.png<\/name><\/link>$/);
  });

  it('toggles translation only where the site has it', async () => {
    const site1 = await taken(1);
    assert.deepEqual(await site1.thomas.run('Translation', [site1.chatUid, 'true']), [], 'ignored on site 1');
    assert.equal(site1.world.chat(site1.chatUid)?.translation, false);

    const site2 = await taken(2);
    const changed = await site2.thomas.run('Translation', [site2.chatUid, 'true']);
    assert.deepEqual(changed.map((event) => event.EventName), ['chatchanged']);
    assert.equal((changed[0]?.Data as Record<string, unknown>)['Translation'], true);
  });

  it('blocks a visitor address for a day with accepted', async () => {
    const { clock, world, visitor, thomas } = await taken();
    const reply = await thomas.run('Block', ['81.2.69.160']);
    assert.deepEqual(reply.map((event) => [event.EventName, event.Data]), [['accepted', null]]);
    assert.throws(() => visitor.startChat({ siteKey: 1, name: 'Again', ip: '81.2.69.160' }), /blocked/);
    clock.advance(24 * 3_600_000 + 1);
    assert.ok(visitor.startChat({ siteKey: 1, name: 'Later', ip: '81.2.69.160' }));
    assert.equal(world.blockedVisitorIps.has('81.2.69.160'), false);
  });

  it('records wrap-up, tags, the CRM flag and transcripts, also after the chat closed', async () => {
    const { server, world, thomas, chatUid } = await taken();
    await thomas.run('CloseChat', [chatUid]);
    thomas.clear();
    assert.deepEqual(await thomas.run('ChatWrapUpComplete', ['1', chatUid, 'quote']), []);
    assert.deepEqual(await thomas.run('ChatAddTags', ['1', chatUid, 'Sales,Order Placed']), []);
    assert.deepEqual(await thomas.run('CRMPost', ['1', chatUid, '']), [], 'CRMPost has no answer in the spec');
    const transcript = await thomas.run('SendTranscript', ['1', chatUid, 'from@mysite.com', 'rae@example.com', 'Your chat', 'false', 'Thanks', 'true', '']);
    assert.deepEqual(transcript.map((event) => event.EventName), ['accepted']);
    const stored = world.anyChat(chatUid);
    assert.equal(stored?.wrapUpValue, 'quote');
    assert.deepEqual(stored?.tags, ['Sales', 'Order Placed']);
    assert.equal(stored?.crmPost, true);
    assert.equal(chatRecords(server).transcripts[0]?.to, 'rae@example.com');
    const wrongSite = await thomas.run('ChatAddTags', ['2', chatUid, 'Bug']);
    assert.equal(wrongSite[0]?.EventName, 'error');
  });

  it('sends a two-factor code the visitor can type back', async () => {
    const { server, visitor, thomas, chatUid } = await taken();
    await thomas.run('SendTwoFactorAuth', ['1', chatUid, 'rae@example.com', '482913', '']);
    assert.deepEqual(visitor.window(chatUid)?.events.at(-1), {
      kind: 'two-factor',
      email: 'rae@example.com',
      code: '482913',
      message: 'Please enter the code below into your chat session to verify:',
    });
    visitor.visitorSays(chatUid, '482913');
    await settle();
    assert.equal(thomas.last('message')?.Data, '482913');
    assert.equal(visitor.window(chatUid)?.emailVerified, true);
    assert.equal(chatRecords(server).twoFactor.length, 1);
  });

  it('answers GetChatVisit with visitdetailchat and Contact with accepted', async () => {
    const { world, thomas, chatUid } = await taken();
    const detail = await thomas.run('GetChatVisit', ['1', '81.2.69.160', '55-1', chatUid]);
    assert.equal(detail[0]?.EventName, 'visitdetailchat');
    assert.deepEqual(detail[0]?.Params, ['1', '81.2.69.160', '55-1', chatUid]);
    const data = detail[0]?.Data as Record<string, unknown>;
    assert.equal(data['IP'], '81.2.69.160');
    assert.equal(data['Chatted'], true);
    assert.equal(data['ContactEmail'], 'rae@example.com');

    const contact = await thomas.run('Contact', ['1', '81.2.69.160', '55-1', '', '', 'Acme Ltd', '', '', '', '', '', '', '', '', 'CRM-9']);
    assert.deepEqual(contact.map((event) => event.EventName), ['accepted']);
    const visit = world.visit(world.anyChat(chatUid)?.visitorId ?? '');
    assert.equal(visit?.contact.company, 'Acme Ltd');
    assert.equal(visit?.contact.email, 'rae@example.com', 'blank fields keep their value');
    assert.equal(visit?.contact.crmId, 'CRM-9');
  });

  it('reports callback progress over time: queued, ringing, in-progress, completed', async () => {
    const { clock, thomas, chatUid } = await taken();
    await thomas.run('CallBackStart', ['1', chatUid, '07799123456']);
    const statuses = () => thomas.all('chatcallbackevent').map((event) => (event.Data as Record<string, unknown>)['CallStatus']);
    assert.deepEqual(statuses(), ['queued']);
    clock.advance(CALLBACK_STEPS.at(-1)?.atMs ?? 0);
    await settle();
    assert.deepEqual(statuses(), ['queued', 'ringing', 'in-progress', 'completed']);
    const last = thomas.last('chatcallbackevent')?.Data as Record<string, unknown>;
    assert.equal(last['ToNumber'], '07799123456');
    assert.equal(last['UserName'], DEMO_OPERATORS.thomas);
    assert.notEqual(last['CallRecordingURL'], '');
  });
});

describe('the chat flow through a real WebSocket', () => {
  let sim: WsSim | undefined;
  after(async () => sim?.stop());

  it('offers, takes, exchanges messages and closes a chat over ws://', async () => {
    sim = await startWsSim({ seed: 5 });
    const { server } = sim;
    const session = await sim.login(DEMO_OPERATORS.thomas);
    const visitor = visitorSide(server);
    const chatUid = visitor.startChat({ siteKey: 2, name: 'Wes', skillNames: ['Support'] });
    await until(() => session.store.getState().requests.chats.get(chatUid) !== undefined, 'the chat request');

    session.accept(chatUid);
    await until(() => session.store.getState().conversations.get(chatUid)?.acceptedAt != null, 'chataccepted');
    visitor.visitorSays(chatUid, 'Is anyone there?');
    await until(
      () => session.store.getState().conversations.get(chatUid)?.lines.at(-1)?.text === 'Is anyone there?',
      'the visitor line',
    );
    session.sendMessage(chatUid, 'Yes, Thomas here.');
    await until(() => visitor.window(chatUid)?.lines.at(-1)?.text === 'Yes, Thomas here.', 'the operator line at the visitor');
    session.sendCommand(commands.closeChat(chatUid));
    await until(() => session.store.getState().conversations.get(chatUid)?.closed === true, 'chatclosed');
    assert.equal(server.world.chat(chatUid), undefined);
  });
});
