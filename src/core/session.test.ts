import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Session, SessionActionError } from './session.js';
import type { LoginCredentials } from './connection.js';
import { CommandLimitError } from './protocol/commands.js';
import { FakeClock } from './testing/fake-clock.js';
import { FakeSocket, FakeSocketFactory } from './testing/fake-socket.js';
import { localLine } from './store/transcript.js';

const credentials: LoginCredentials = {
  username: 'thomas@mysite.com',
  password: 'password1234',
  authString: 'MYSERVERAUTH',
};

const me = 'conn-me';
const martin = 'conn-martin';
const chatUid = '65b3b5f6c937df03142c7e51';

function chatRow(talkingTo: string) {
  return {
    ChatUID: chatUid,
    SiteKey: 1,
    IP: '195.62.193.194',
    Name: 'Howard Williams',
    Dept: 'Sales',
    SkillNames: 'Sales',
    WaitedSeconds: 3,
    TalkingToClientId: talkingTo,
  };
}

function client(connectionId: string, name: string, status: number) {
  return { ConnectionId: connectionId, UserName: `${name.toLowerCase()}@mysite.com`, Name: name, Status: status };
}

/** The server's side of a login; `chats` is the chatting list it reports. */
function acceptLogin(socket: FakeSocket, connectionId: string, chats: object[] = []): void {
  socket.open();
  socket.event('hello', { Application: 'WhosOn', Version: '10.1.1.1', ConnectionId: connectionId });
  socket.event('nameduser', { Username: credentials.username, Name: 'Thomas', Rights: 'YYYYYYYYYNYYY1NN' }, [
    connectionId,
  ]);
  socket.event('sites', [{ SiteKey: 1, Name: 'My Company', SLAWarningSeconds: 20, SLAReachedSeconds: 40 }]);
  socket.event('clients', [client(connectionId, 'Thomas', 0), client(martin, 'Martin', 0), client('conn-away', 'Anna', 3)]);
  socket.event('chatting', chats);
  socket.event('connected', { ApplicationName: 'WhosOn', Version: '10.1.1.1' }, [connectionId]);
}

async function loggedIn(options: { loadReferenceData?: boolean } = {}) {
  const clock = new FakeClock();
  const factory = new FakeSocketFactory();
  const session = new Session({
    url: 'wss://chat.example.com:8013',
    WebSocket: factory.WebSocket,
    clock,
    random: () => 0,
    loadReferenceData: options.loadReferenceData ?? false,
  });
  const login = session.login(credentials);
  acceptLogin(factory.latest, me);
  await login;
  return { clock, factory, session, socket: factory.latest };
}

/** I hold the chat: it was taken and its transcript arrived. */
function takeChat(socket: FakeSocket): void {
  socket.event('chatchanged', chatRow(me), [chatUid]);
  socket.event('chataccepted', '', [chatUid, 'Sales']);
  socket.event('currentchat', {
    ChatHeader: { ChatUID: chatUid, SiteKey: 1, Name: 'Howard Williams', TakenByUsers: 'Thomas' },
    Lines: [
      { Dated: '2026-11-24T10:00:00', OperatorIndex: 0, Message: 'Hi, I need some prices' },
      { Dated: '2026-11-24T10:00:05', OperatorIndex: 1, Message: 'Hello Howard' },
    ],
  }, [chatUid]);
}

const linesOf = (session: Session) =>
  session.store.getState().conversations.get(chatUid)?.lines.map((line) => [line.from, line.text, line.state]);

describe('Session: after login', () => {
  it('asks for skills, documents and auto-responses, as the spec recommends', async () => {
    const { socket } = await loggedIn({ loadReferenceData: true });
    assert.deepEqual(socket.commandNames.slice(1), ['GetSkills', 'GetDocuments', 'GetAutoResponses']);
  });

  it('takes an acceptchat request at once, without asking', async () => {
    const { socket } = await loggedIn();
    socket.event('acceptchat', '', [chatUid, '1', 'Howard Williams', 'Support', '']);
    assert.deepEqual(socket.commands.at(-1), { Command: 'Chat', Params: [chatUid] });
  });

  it('leaves a chat a supervisor acquired, as the spec asks', async () => {
    const { socket } = await loggedIn();
    takeChat(socket);
    socket.event('chataquired', '', [chatUid, 'Stephen']);
    assert.deepEqual(socket.commands.at(-1), { Command: 'Leave', Params: [chatUid] });
  });
});

describe('Session: sending messages', () => {
  it('sends the message and shows it at once as an operator line', async () => {
    const { session, socket } = await loggedIn();
    takeChat(socket);
    session.sendMessage(chatUid, 'Which product?');
    assert.deepEqual(socket.commands.at(-1), { Command: 'SendTo', Params: [chatUid, 'Which product?'] });
    assert.deepEqual(linesOf(session)?.at(-1), ['operator', 'Which product?', 'sent']);
  });

  it('refuses a message over 5000 characters: nothing sent, nothing recorded', async () => {
    const { session, socket } = await loggedIn();
    takeChat(socket);
    const before = socket.sent.length;
    const linesBefore = linesOf(session);
    assert.throws(() => session.sendMessage(chatUid, 'x'.repeat(5001)), CommandLimitError);
    assert.equal(socket.sent.length, before);
    assert.deepEqual(linesOf(session), linesBefore);
    session.sendMessage(chatUid, 'x'.repeat(5000));
    assert.equal(socket.commands.at(-1)?.Params?.[1]?.length, 5000);
  });
});

describe('Session: typing by the 2-second rule', () => {
  it('starts on the first key, ignores later keys, stops 2 s after the last one', async () => {
    const { clock, session, socket } = await loggedIn();
    takeChat(socket);
    const typingCommands = () => socket.commandNames.filter((name) => name.endsWith('Typing'));
    session.typing(chatUid);
    assert.deepEqual(typingCommands(), ['StartTyping']);
    clock.advance(1500);
    session.typing(chatUid);
    clock.advance(1500);
    assert.deepEqual(typingCommands(), ['StartTyping'], 'still typing 1.5 s after the last key');
    clock.advance(600);
    assert.deepEqual(typingCommands(), ['StartTyping', 'StopTyping']);
    clock.advance(10_000);
    assert.deepEqual(typingCommands(), ['StartTyping', 'StopTyping'], 'stop is sent once');
  });

  it('sends no StopTyping when the message goes out (the server assumes it)', async () => {
    const { clock, session, socket } = await loggedIn();
    takeChat(socket);
    session.typing(chatUid);
    session.sendMessage(chatUid, 'Done');
    clock.advance(5000);
    assert.deepEqual(
      socket.commandNames.filter((name) => name.endsWith('Typing') || name === 'SendTo'),
      ['StartTyping', 'SendTo'],
    );
  });
});

describe('Session: transfers', () => {
  it('transfers to an online operator, then leaves the chat', async () => {
    const { session, socket } = await loggedIn();
    takeChat(socket);
    session.transferToOperators(chatUid, [martin], 'Pricing question: over to you');
    assert.deepEqual(socket.commands.slice(-2), [
      { Command: 'Transfer', Params: [chatUid, martin, 'Pricing question: over to you'] },
      { Command: 'Leave', Params: [chatUid] },
    ]);
    assert.equal(session.store.getState().conversations.get(chatUid)?.left, true);
  });

  it('refuses an operator who is not online, and sends nothing', async () => {
    const { session, socket } = await loggedIn();
    takeChat(socket);
    const before = socket.sent.length;
    assert.throws(() => session.transferToOperators(chatUid, ['conn-away']), (error: unknown) => {
      assert.ok(error instanceof SessionActionError);
      assert.match(error.message, /Anna is not online/);
      return true;
    });
    assert.equal(socket.sent.length, before);
  });

  it('transfers to a department, skills and a queue, each followed by Leave', async () => {
    const { session, socket } = await loggedIn();
    takeChat(socket);
    session.transferToDepartment(chatUid, 'Sales', 'please');
    session.transferToSkills(chatUid, ['skill-a', 'skill-b']);
    session.transferToQueue(chatUid, 1);
    assert.deepEqual(socket.commandNames.slice(-6), [
      'TransferDept',
      'Leave',
      'TransferSkills',
      'Leave',
      'TransferQueue',
      'Leave',
    ]);
  });
});

describe('Session: wrap-up, tags and status', () => {
  it('sends wrap-up and tags with the chat site key', async () => {
    const { session, socket } = await loggedIn();
    takeChat(socket);
    session.wrapUp(chatUid, 'sales');
    session.setTags(chatUid, ['Sales', 'Order Placed']);
    assert.deepEqual(socket.commands.slice(-2), [
      { Command: 'ChatWrapUpComplete', Params: ['1', chatUid, 'sales'] },
      { Command: 'ChatAddTags', Params: ['1', chatUid, 'Sales,Order Placed'] },
    ]);
  });

  it('keeps the manual status across a re-login', async () => {
    const { clock, factory, session, socket } = await loggedIn();
    session.setStatus(2, 'Coffee');
    assert.deepEqual(socket.commands.at(-1), { Command: 'Status', Params: ['2', 'Coffee'] });
    socket.drop();
    clock.advance(60_000);
    const next = factory.latest;
    assert.notEqual(next, socket);
    next.open();
    next.event('hello', { ConnectionId: 'x' });
    assert.equal(next.commands[0]?.Command, 'Login');
    assert.equal(next.commands[0]?.Params?.[5], '2', 'Login restores Be right back');
  });
});

describe('Session: reconnect and resync', () => {
  it('queues a message typed offline, takes the chat back, then delivers it once, in order', async () => {
    const { clock, factory, session, socket } = await loggedIn();
    takeChat(socket);
    socket.drop();
    assert.equal(session.connection.state, 'reconnecting');

    session.sendMessage(chatUid, 'Are you still there?');
    session.sendMessage(chatUid, 'I have the prices now');
    assert.deepEqual(linesOf(session)?.slice(-2), [
      ['operator', 'Are you still there?', 'pending'],
      ['operator', 'I have the prices now', 'pending'],
    ]);

    clock.advance(60_000);
    const next = factory.latest;
    assert.notEqual(next, socket);
    // The server released the chat when the old connection dropped.
    acceptLogin(next, 'conn-me-2', [chatRow('')]);

    const afterLogin = next.commands.slice(1).map((command) => [command.Command, ...(command.Params ?? [])]);
    assert.deepEqual(afterLogin, [
      ['Chat', chatUid],
      ['SendTo', chatUid, 'Are you still there?'],
      ['SendTo', chatUid, 'I have the prices now'],
    ]);
    assert.deepEqual(linesOf(session)?.slice(-2), [
      ['operator', 'Are you still there?', 'sent'],
      ['operator', 'I have the prices now', 'sent'],
    ]);

    // Taking it back brings the full transcript: the pane fills in, nothing shows twice.
    next.event('chataccepted', '', [chatUid, 'Sales']);
    next.event('currentchat', {
      ChatHeader: { ChatUID: chatUid, SiteKey: 1, Name: 'Howard Williams', TakenByUsers: 'Thomas' },
      Lines: [
        { Dated: '2026-11-24T10:00:00', OperatorIndex: 0, Message: 'Hi, I need some prices' },
        { Dated: '2026-11-24T10:00:05', OperatorIndex: 1, Message: 'Hello Howard' },
        { Dated: '2026-11-24T10:02:00', OperatorIndex: 0, Message: 'Hello?' },
        { Dated: '2026-11-24T10:03:00', OperatorIndex: 1, Message: 'Are you still there?' },
        { Dated: '2026-11-24T10:03:01', OperatorIndex: 1, Message: 'I have the prices now' },
      ],
    }, [chatUid]);
    assert.deepEqual(linesOf(session)?.map(([, text]) => text), [
      'Hi, I need some prices',
      'Hello Howard',
      'Hello?',
      'Are you still there?',
      'I have the prices now',
    ]);
    assert.equal(next.commandNames.filter((name) => name === 'SendTo').length, 2, 'exactly once');
  });

  it('shows a queued message as failed when its chat closed while offline', async () => {
    const { clock, factory, session, socket } = await loggedIn();
    takeChat(socket);
    socket.drop();
    session.sendMessage(chatUid, 'Hello?');
    clock.advance(60_000);
    acceptLogin(factory.latest, 'conn-me-2', []);
    const line = session.store.getState().conversations.get(chatUid)?.lines.at(-1);
    assert.equal(line?.state, 'failed');
    assert.match(line?.reason ?? '', /closed/);
    assert.ok(!factory.latest.commandNames.includes('SendTo'), 'nothing sent to a closed chat');
  });

  it('retries a failed line as the same line, with the text as typed', async () => {
    const { clock, factory, session, socket } = await loggedIn();
    takeChat(socket);
    socket.drop();
    const localId = session.sendMessage(chatUid, 'Hello **there**?');
    clock.advance(60_000);
    // The chat is still open after the re-login, yet the line failed before (as if closed).
    acceptLogin(factory.latest, 'conn-me-2', []);
    assert.equal(session.store.getState().conversations.get(chatUid)?.lines.at(-1)?.state, 'failed');
    const next = factory.latest;
    const linesBefore = session.store.getState().conversations.get(chatUid)?.lines.length;

    assert.equal(session.retryMessage(chatUid, localId), true);
    const lines = session.store.getState().conversations.get(chatUid)?.lines ?? [];
    assert.equal(lines.length, linesBefore, 'no second copy');
    assert.equal(lines.at(-1)?.state, 'sent');
    assert.equal(lines.at(-1)?.reason, undefined);
    const sent = next.commands.filter((command) => command.Command === 'SendTo');
    assert.deepEqual(sent.map((command) => command.Params), [[chatUid, 'Hello **there**?']]);
    assert.equal(session.retryMessage(chatUid, localId), false, 'only failed lines are retried');
  });

  it('rebuilds the operator list from the new login instead of merging', async () => {
    const { clock, factory, session, socket } = await loggedIn();
    assert.ok(session.store.getState().clients[martin]);
    socket.drop();
    clock.advance(60_000);
    const next = factory.latest;
    next.open();
    next.event('hello', { ConnectionId: 'x' });
    next.event('nameduser', { Username: credentials.username, Name: 'Thomas' }, ['conn-me-2']);
    next.event('clients', [client('conn-me-2', 'Thomas', 0)]);
    next.event('chatting', []);
    next.event('connected', {}, ['conn-me-2']);
    assert.deepEqual(Object.keys(session.store.getState().clients), ['conn-me-2']);
  });
});

describe('Session: one API for the elements', () => {
  it('joins its own live login instead of sending a second Login, and refuses another user', async () => {
    const { session, socket } = await loggedIn();
    const logins = () => socket.commands.filter((command) => command.Command === 'Login').length;
    const info = await session.login(credentials);
    assert.equal(info.connectionId, me);
    assert.equal(logins(), 1);
    await assert.rejects(session.login({ ...credentials, username: 'martin@mysite.com' }), SessionActionError);
    assert.equal(logins(), 1);
  });

  it('records the connection in the store: state, user, the live login and a refusal', async () => {
    const factory = new FakeSocketFactory();
    const session = new Session({ url: 'wss://chat.example.com:8013', WebSocket: factory.WebSocket, clock: new FakeClock(), loadReferenceData: false });
    const refused = session.login(credentials);
    assert.equal(session.store.getState().connection.username, credentials.username);
    assert.equal(session.store.getState().connection.state, 'connecting');
    factory.latest.open();
    factory.latest.event('hello', { ConnectionId: me });
    factory.latest.event('msg', 'Invalid credentials entered. Please check your login details.');
    await assert.rejects(refused);
    const status = session.store.getState().connection;
    assert.equal(status.state, 'closed');
    assert.equal(status.live, false);
    assert.match(status.failure ?? '', /Invalid credentials/);
    assert.equal(status.failures, 1);
  });

  it('keeps drafts, the wrap-up and the tags chosen in the store, and forgets them with the conversation', async () => {
    const { session, socket } = await loggedIn();
    takeChat(socket);
    session.setDraft(chatUid, 'Our prices are', 4);
    session.wrapUp(chatUid, 'sales');
    session.setTags(chatUid, ['Sales']);
    assert.deepEqual(session.store.getState().chatUi.get(chatUid), {
      draft: 'Our prices are',
      caret: 4,
      visitRequested: false,
      wrapUpValue: 'sales',
      tags: ['Sales'],
    });
    session.dismissConversation(chatUid);
    assert.equal(session.store.getState().chatUi.has(chatUid), false);
    assert.equal(session.store.getState().conversations.get(chatUid), undefined);
  });

  it('asks for the visit detail once, from what the chat knows of the visitor', async () => {
    const { session, socket } = await loggedIn();
    takeChat(socket);
    assert.equal(session.requestVisit(chatUid), true);
    assert.deepEqual(socket.commands.at(-1), { Command: 'GetChatVisit', Params: ['1', '195.62.193.194', '', chatUid] });
    assert.equal(session.requestVisit(chatUid), false, 'not twice');
    assert.equal(session.store.getState().chatUi.get(chatUid)?.visitRequested, true);
  });

  it('sends documents and field requests, and keeps a status chosen offline for the re-login', async () => {
    const { clock, factory, session, socket } = await loggedIn();
    takeChat(socket);
    session.sendDocument(chatUid, '42');
    session.requestField(chatUid, 'Email');
    assert.deepEqual(socket.commands.slice(-2), [
      { Command: 'SendDocumentTo', Params: [chatUid, '42'] },
      { Command: 'FieldRequest', Params: [chatUid, 'Email', ''] },
    ]);
    socket.drop();
    session.setStatus(1, 'On a call');
    clock.advance(60_000);
    factory.latest.open();
    factory.latest.event('hello', { ConnectionId: 'x' });
    assert.equal(factory.latest.commands[0]?.Params?.[5], '1', 'Login asks for Busy');
  });

  it('refuses a message when no login will send it, before showing it as pending', async () => {
    const { session, socket } = await loggedIn();
    takeChat(socket);
    session.logout();
    const before = linesOf(session);
    assert.throws(() => session.sendMessage(chatUid, 'Anyone?'), /Not connected/);
    assert.deepEqual(linesOf(session), before);
  });

  it('resumes what another page handed over: takes the chat back and sends its waiting line once', async () => {
    const handedOver = await loggedIn();
    takeChat(handedOver.socket);
    handedOver.session.setDraft(chatUid, 'Half a thought', 6);
    const state = handedOver.session.store.getState();
    const conversation = state.conversations.get(chatUid)!;
    const waiting = { ...conversation, lines: [...conversation.lines, localLine('local-old-1', 'Still there?', 0, 'Thomas')] };

    const clock = new FakeClock();
    const factory = new FakeSocketFactory();
    const session = new Session({ url: 'wss://chat.example.com:8013', WebSocket: factory.WebSocket, clock, loadReferenceData: false });
    session.resume({ username: credentials.username, status: 2, conversations: [waiting], chatUi: state.chatUi });
    assert.equal(session.store.getState().chatUi.get(chatUid)?.draft, 'Half a thought', 'shown before the login');
    const login = session.login(credentials);
    // The server released the chat when the previous page's connection went.
    acceptLogin(factory.latest, 'conn-new', [chatRow('')]);
    await login;
    const commands = factory.latest.commands.map((command) => [command.Command, ...(command.Params ?? [])]);
    assert.equal(commands[0]?.[6], '2', 'logs in with the status the operator had');
    assert.deepEqual(commands.slice(1), [
      ['Chat', chatUid],
      ['SendTo', chatUid, 'Still there?'],
    ]);
    assert.equal(linesOf(session)?.at(-1)?.[2], 'sent');
  });
});
