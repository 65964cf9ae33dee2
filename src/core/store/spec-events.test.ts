/**
 * Every event example of the spec, decoded as the connection decodes it and dispatched
 * into a store (after the events that make it meaningful), with its effect checked.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { specEventExamples } from '../testing/spec-examples.js';
import { SPEC_CHAT, StoreHarness, chatChanged } from '../testing/store-harness.js';
import { decodeWire } from '../testing/wire-events.js';
import type { WhosOnEvent } from '../protocol/event-map.js';
import { activeChats, isVisitorTyping, TYPING_EXPIRY_MS, waitingChats } from './selectors.js';

type Scenario = (h: StoreHarness, event: WhosOnEvent) => void;

const MARTIN = '65be1afac937df06bb1c86d5';
const THOMAS = '65be1adac937df0f6f2582ff';

/** Logged in, holding the spec's chat. */
function withAcceptedChat(h: StoreHarness, me = 'me-connection'): void {
  h.loginAs(me);
  h.wire(chatChanged({ TalkingToClientId: '' }));
  h.spec('ChatAccepted (Event)');
}

function conversation(h: StoreHarness) {
  const found = h.state.conversations.get(SPEC_CHAT);
  assert.ok(found, 'the conversation exists');
  return found;
}

function lastLine(h: StoreHarness) {
  const lines = conversation(h).lines;
  assert.ok(lines.length > 0, 'the conversation has lines');
  return lines[lines.length - 1]!;
}

function lastNotice(h: StoreHarness) {
  const items = h.state.notices.items;
  assert.ok(items.length > 0, 'a notice was recorded');
  return items[items.length - 1]!;
}

function startListening(h: StoreHarness, chatUids: string[] = []): void {
  h.dispatch({ name: 'local:listening-changed', payload: { listening: true, chatUids } });
}

const scenarios: Record<string, Scenario> = {
  'Receiving Data — connected': (h, event) => {
    h.dispatch({ name: 'local:login-started', payload: { relogin: false } });
    assert.equal(h.state.me.loggingIn, true);
    h.dispatch(event);
    assert.equal(h.state.me.loggedIn, true);
    assert.equal(h.state.me.loggingIn, false);
    assert.equal(h.state.me.connectionId, '65be1c5cc937df0b17ae1728');
    assert.equal(h.state.me.serverInfo?.applicationName, 'WhosOn');
    assert.equal(h.state.me.serverInfo?.version, '10.1.1.1');
  },
  'Making The Connection — hello': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.me.hello?.version, '10.1.1.1');
    assert.equal(h.state.me.connectionId, '65c205c8c937df08d2d09fd5');
    assert.equal(h.state.me.loggedIn, false);
  },
  'Logging In — msg (login refused)': (h, event) => {
    h.dispatch({ name: 'local:login-started', payload: { relogin: false } });
    h.dispatch(event);
    assert.equal(
      h.state.me.loginError,
      'Invalid credentials entered. Please check your login details.',
    );
    assert.equal(h.state.me.loggingIn, false);
    assert.equal(h.state.me.loggedIn, false);
    assert.equal(
      lastNotice(h).text,
      'Invalid credentials entered. Please check your login details.',
    );
  },
  'NamedUser (Event)': (h, event) => {
    h.dispatch({ name: 'local:login-started', payload: { relogin: true } });
    assert.equal(h.state.sync.stale.me, true);
    h.dispatch(event);
    const { me } = h.state;
    assert.equal(me.connectionId, THOMAS);
    assert.equal(me.user?.name, 'Thomas');
    assert.deepEqual(me.user?.siteKeys, [1, 2]);
    assert.equal(me.rights?.canTakeChats, true);
    assert.equal(me.rights?.canDeleteChats, false);
    assert.equal(h.state.sync.stale.me, false);
  },
  'Sites (Event)': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(Object.keys(h.state.sites), ['1']);
    assert.equal(h.state.sites[1]?.name, 'My Company');
    assert.equal(h.state.sites[1]?.slaWarningSeconds, 20);
    assert.equal(h.state.sites[1]?.slaReachedSeconds, 40);
  },
  'Clients (Event)': (h, event) => {
    h.spec('NamedUser (Event)');
    h.dispatch(event);
    assert.deepEqual(Object.keys(h.state.clients).sort(), [THOMAS, MARTIN].sort());
    assert.equal(h.state.clients[MARTIN]?.name, 'Martin');
    assert.equal(h.state.clients[MARTIN]?.chats, 1);
    // My own row gives my status.
    assert.equal(h.state.me.status, 0);
  },
  'Chatting (Event)': (h, event) => {
    h.dispatch(event);
    const chat = h.state.chats.get(SPEC_CHAT);
    assert.equal(chat?.name, 'Melina');
    assert.equal(chat?.talkingToClientId, MARTIN);
    assert.equal(chat?.receivedAt, h.now());
    assert.equal(chat?.waitingSince, h.now() - 13_000);
    assert.equal(waitingChats(h.state).length, 0);
    assert.deepEqual(
      activeChats(h.state).map((c) => c.chatUid),
      [SPEC_CHAT],
    );
  },
  'MissedChats (Event)': (h, event) => {
    h.dispatch(event);
    const missed = h.state.missedChats[SPEC_CHAT];
    assert.equal(missed?.message, 'I need some support.. Could someone contact me.');
    assert.equal(missed?.wantsCallback, true);
    assert.equal(missed?.receivedAt, h.now());
  },
  'Connected (Event)': (h, event) => {
    h.dispatch({ name: 'local:login-started', payload: { relogin: false } });
    h.dispatch(event);
    assert.equal(h.state.me.loggedIn, true);
    assert.equal(h.state.me.serverInfo?.clientVersion, '10.1.230.1');
    assert.equal(h.state.me.serverInfo?.minimumPasswordLength, 8);
  },
  'PasswordChanged (Event)': (h, event) => {
    h.loginAs('me');
    assert.equal(h.state.me.passwordChanged, false);
    h.dispatch(event);
    assert.equal(h.state.me.passwordChanged, true);
  },
  'Msg (Event)': (h, event) => {
    h.loginAs('me');
    h.dispatch(event);
    assert.deepEqual(lastNotice(h), {
      id: 1,
      kind: 'msg',
      text: 'Visitor Melina has already started chatting to Daniel',
      at: h.now(),
    });
    // Once logged in, a msg is a notice, not a login failure.
    assert.equal(h.state.me.loginError, null);
    assert.equal(h.state.me.loggedIn, true);
  },
  'Msg (Event) — second login of the same user refused': (h, event) => {
    h.dispatch({ name: 'local:login-started', payload: { relogin: false } });
    h.dispatch(event);
    assert.equal(h.state.me.loginError, 'User already logged in.');
    assert.equal(h.state.me.loggedIn, false);
  },
  'Error (Event)': (h, event) => {
    h.loginAs('me');
    h.dispatch(event);
    assert.equal(lastNotice(h).kind, 'error');
    assert.equal(lastNotice(h).text, 'Access denied');
  },
  'Skills (Event)': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(
      Object.values(h.state.skills)
        .map((skill) => skill.name)
        .sort(),
      ['Sales', 'Support'],
    );
    assert.deepEqual(h.state.skills['65c0ffd5c937df0b5f889938']?.siteKeys, [1, 2, 3]);
  },
  'Documents (Event) — after login': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(Object.keys(h.state.documents).sort(), [
      '65b3b9cfc937df1341329981',
      '65b3b9cfc937df13413340043',
    ]);
    assert.equal(h.state.documents['65b3b9cfc937df1341329981']?.fileName, 'quote.pdf');
    assert.equal(h.state.documents['65b3b9cfc937df13413340043']?.base64, null);
  },
  'AutoResponses (Event) — after login': (h, event) => {
    h.dispatch(event);
    assert.equal(
      h.state.autoResponses['65b3b9cfc937df1341329981']?.subject,
      'What are your opening hours',
    );
    assert.deepEqual(h.state.autoResponses['65b3b9cfc937df1341329981']?.siteKeys, [1, 2]);
  },
  'ArticlesList (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(
      h.state.articles.summaries['65b3b9cfc937df1341329981']?.subject,
      'Product Information',
    );
  },
  'Users (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.users['thomas@mysite.com']?.name, 'Thomas');
    assert.equal(h.state.users['Kryten']?.isBot, true);
    assert.equal(h.state.users['Kryten']?.botSettings?.botType, 'LLM');
  },
  'UserGroups (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.userGroups['65b3b5f6c937df03142b2a23']?.name, 'Support');
  },
  'WorkPeriods (Event)': (h, event) => {
    h.dispatch(event);
    const period = h.state.workPeriods['65b3b5f6c937df03126a9c92'];
    assert.equal(period?.description, 'Default Working Day');
    assert.deepEqual(period?.days[0], ['09:00:00', '12:30:00', '13:00:00', '17:30:00']);
  },
  'FromClient (Event)': (h, event) => {
    h.spec('Clients (Event)');
    h.dispatch(event);
    // Filed under Martin's user name: his connection id changes with every login.
    const thread = h.state.userChats['martin@mysite.com'];
    assert.equal(thread?.connectionId, MARTIN);
    assert.deepEqual(
      thread?.lines.map((line) => [line.mine, line.text, line.state]),
      [[false, 'hello back', 'received']],
    );
    assert.equal(thread?.unread, 1);
  },
  'C1,C0 (Event) — c1': (h, event) => {
    h.spec('Clients (Event)');
    h.dispatch(event);
    assert.equal(h.state.userChats['martin@mysite.com']?.typingAt, h.now());
  },
  'C1,C0 (Event) — c0': (h, event) => {
    h.spec('Clients (Event)', 'C1,C0 (Event) — c1');
    h.dispatch(event);
    assert.equal(h.state.userChats['martin@mysite.com']?.typingAt, null);
  },
  'ClientChat (Event)': (h, event) => {
    h.dispatch(event);
    const thread = h.state.userChats['thomas@mysite.com'];
    // Newest first on the wire, oldest first in the thread.
    assert.deepEqual(
      thread?.lines.map((line) => line.text),
      ['Hi.. this is a test', 'hello'],
    );
    assert.equal(thread?.oldestId, '65be1c6ac937df0817058d4f');
  },
  'ClientEvent (Event)': (h, event) => {
    h.loginAs('65be1ca7c937df08c475b522');
    h.dispatch(event);
    assert.equal(h.state.clients['65be1ca7c937df08c475b522']?.status, 1);
    assert.equal(h.state.clients['65be1ca7c937df08c475b522']?.statusMessage, 'some message');
    assert.equal(h.state.me.status, 1);
    assert.equal(h.state.me.statusMessage, 'some message');
  },
  'Status (Event)': (h, event) => {
    h.loginAs('me');
    h.dispatch(event);
    assert.equal(h.state.me.status, 1);
  },
  'ClientRemove (Event)': (h, event) => {
    h.spec('ClientEvent (Event)');
    assert.ok(h.state.clients['65be1ca7c937df08c475b522']);
    h.dispatch(event);
    assert.equal(h.state.clients['65be1ca7c937df08c475b522'], undefined);
  },
  'When The WhosOn Server Closes Your Connection — close': (h, event) => {
    h.loginAs('me');
    h.dispatch(event);
    assert.equal(h.state.me.loggedIn, false);
    assert.equal(h.state.me.closedByServer, true);
  },
  'ChatChanged (Event) — new chat': (h, event) => {
    // No chat event before it: the chat is created by the upsert.
    h.dispatch(event);
    const chat = h.state.chats.get(SPEC_CHAT);
    assert.equal(chat?.name, 'Howard Williams');
    assert.deepEqual(chat?.skillNames, ['Sales']);
    assert.deepEqual(
      waitingChats(h.state).map((c) => c.chatUid),
      [SPEC_CHAT],
    );
  },
  'ChatChanged (Event) — picked up (WaitedSecs)': (h, event) => {
    h.loginAs('65be1ca7c937df08c475b522');
    h.spec('ChatChanged (Event) — new chat', 'Chat (Event)');
    h.dispatch(event);
    const chat = h.state.chats.get(SPEC_CHAT);
    assert.equal(chat?.talkingToClientId, '65be1ca7c937df08c475b522');
    assert.equal(chat?.monitoredBy, 'Thomas');
    assert.equal(chat?.waitedSeconds, 5);
    assert.equal(waitingChats(h.state).length, 0);
    // Taken: the chat request no longer stands.
    assert.equal(h.state.requests.chats.get(SPEC_CHAT), undefined);
    // Taken by my connection: it is my conversation.
    assert.equal(h.state.conversations.get(SPEC_CHAT)?.visitorName, 'Howard Williams');
  },
  'ChatClosed (Event) — Chatting Visitors': (h, event) => {
    withAcceptedChat(h);
    h.spec('Message (Event)');
    h.advance(1000);
    h.dispatch(event);
    assert.equal(h.state.chats.get(SPEC_CHAT), undefined);
    assert.equal(conversation(h).closed, true);
    assert.equal(conversation(h).closedAt, h.now());
    assert.equal(conversation(h).lines.length, 1, 'the transcript stays');
  },
  'Chat (Event)': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(h.state.requests.chats.get(SPEC_CHAT), {
      chatUid: SPEC_CHAT,
      siteKey: 2,
      visitorName: 'Howard Williams',
      dept: 'Support',
      skillNames: ['Technical'],
      autoAccept: false,
      receivedAt: h.now(),
    });
  },
  'ChatAccepted (Event)': (h, event) => {
    h.loginAs('me');
    h.spec('Chat (Event)');
    h.dispatch(event);
    assert.equal(conversation(h).acceptedAt, h.now());
    assert.deepEqual(conversation(h).skillNames, ['Technical']);
    assert.equal(conversation(h).left, false);
    assert.equal(h.state.requests.chats.get(SPEC_CHAT), undefined);
  },
  'ChatAccepted (Event) — msg (take refused)': (h, event) => {
    h.loginAs('me');
    h.spec('Chat (Event)');
    h.dispatch(event);
    assert.equal(lastNotice(h).text, 'Visitor Test Visitor has already started talking to Thomas');
    assert.equal(h.state.conversations.get(SPEC_CHAT), undefined);
  },
  'AcceptChat (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.requests.chats.get(SPEC_CHAT)?.autoAccept, true);
    assert.equal(h.state.requests.chats.get(SPEC_CHAT)?.visitorName, 'Test Visitor');
  },
  'PreChatSurvey (Event)': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(event);
    assert.deepEqual(
      conversation(h).preChatSurvey.map((field) => [field.name, field.value]),
      [
        ['VisitorName', 'Howard Williams'],
        ['Company', 'Microsoft'],
      ],
    );
  },
  'CurrentChat (Event)': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(event);
    const current = conversation(h);
    assert.deepEqual(current.operators, ['Thomas']);
    assert.equal(current.visitorName, 'Howard Williams');
    assert.equal(current.lines.length, 9);
    assert.deepEqual(
      current.lines.slice(0, 4).map((line) => [line.from, line.operatorName, line.text]),
      [
        ['system', '', 'Please wait. An operator will be with you shortly.'],
        ['operator', 'Thomas', 'Good Morning Howard. My name is Thomas how can I help you?'],
        ['operator', 'Thomas', 'Hello'],
        ['visitor', '', 'Hi.. I need some prices'],
      ],
    );
    assert.equal(new Set(current.lines.map((line) => line.key)).size, 9, 'keys are unique');
    assert.equal(current.unread, 3, 'the visitor lines before pick-up are unread');
    assert.equal(current.visitDetail?.geoIp?.city, 'Stoke-on-Trent');
  },
  'Transfer (Event) — Chat Requests': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(h.state.requests.transfers.get(SPEC_CHAT), {
      chatUid: SPEC_CHAT,
      fromConnectionId: '65be1ca7c937df08c475b522',
      message: 'Please pick up the chat session for visitor Test Visitor.',
      receivedAt: h.now(),
    });
  },
  'ChatClosed (Event) — Chat Requests': (h, event) => {
    h.spec('Chat (Event)', 'Transfer (Event) — Chat Requests', 'RequestMonitor (Event)');
    h.dispatch(event);
    const { chats, transfers, monitors } = h.state.requests;
    assert.deepEqual([chats.size, transfers.size, monitors.size], [0, 0, 0]);
  },
  'SendToFiltered (Event)': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(
      {
        name: 'local:message-queued',
        payload: {
          chatUid: SPEC_CHAT,
          localId: 'a',
          text: 'The word testfilter should be filtered.',
          at: h.now(),
        },
      },
      { name: 'local:message-sent', payload: { localId: 'a' } },
    );
    h.dispatch(event);
    const line = lastLine(h);
    assert.equal(line.text, 'The word testfilter should be filtered.');
    assert.equal(line.filteredText, 'The word ********* should be filtered.');
  },
  'SendToTranslated (Event)': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(
      {
        name: 'local:message-queued',
        payload: { chatUid: SPEC_CHAT, localId: 'a', text: 'Hello. How can I help?', at: h.now() },
      },
      {
        name: 'local:message-queued',
        payload: { chatUid: SPEC_CHAT, localId: 'b', text: 'One moment', at: h.now() },
      },
    );
    h.dispatch(event);
    const lines = conversation(h).lines;
    assert.equal(lines[0]?.translatedText, 'Salut. Comment puis-je aider?');
    assert.equal(lines[1]?.translatedText, undefined, 'only the matching line');
  },
  'Transfer (Event) — Transfers': (h, event) => {
    h.wire(chatChanged({ TalkingToClientId: '65be1e38c937df06329af6f6' }));
    h.dispatch(event);
    assert.equal(h.state.requests.transfers.get(SPEC_CHAT)?.message, 'Please pickup transfer request.');
    // The sender still holds the chat until they leave it: the request stands.
    h.wire(chatChanged({ TalkingToClientId: '65be1e38c937df06329af6f6', WaitedSeconds: 3 }));
    assert.ok(h.state.requests.transfers.get(SPEC_CHAT));
    // Someone else took it: gone.
    h.wire(chatChanged({ TalkingToClientId: 'someone-else' }));
    assert.equal(h.state.requests.transfers.get(SPEC_CHAT), undefined);
  },
  'VisitDetailChat (Event)': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(event);
    assert.equal(conversation(h).visitDetail?.totalVisits, 15);
    assert.equal(conversation(h).visitDetail?.contact.company, 'Microsoft');
  },
  'Message (Event)': (h, event) => {
    // Before anyone picks the chat up, the message waits on the chat's row.
    h.loginAs('me');
    h.wire(chatChanged());
    h.dispatch(event);
    assert.equal(
      h.state.chats.get(SPEC_CHAT)?.lastVisitorMessage?.text,
      'Do you offer an on-premises version?',
    );
    assert.equal(h.state.chats.get(SPEC_CHAT)?.lastVisitorMessageAt, h.now());
    // In my conversation it is a visitor line, unread.
    h.spec('ChatAccepted (Event)', '1 (Event)');
    h.dispatch(event);
    const line = lastLine(h);
    assert.equal(line.from, 'visitor');
    assert.equal(line.text, 'Do you offer an on-premises version?');
    assert.equal(line.state, 'received');
    assert.equal(conversation(h).unread, 1);
    assert.equal(conversation(h).visitorTypingAt, null, 'a message ends typing');
  },
  'Server Response Suggestion — message with <Suggestions>': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(event);
    assert.equal(lastLine(h).text, 'Do you offer an on-premises version?');
    assert.deepEqual(
      conversation(h).suggestions.map((s) => s.content),
      ['Yes, we offer an on-premises version.'],
    );
  },
  'Server Response Suggestion — message with a suggested document': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(event);
    assert.equal(conversation(h).suggestions[0]?.documentId, '65c10033c937df02e0dd66ec');
    // The next message without suggestions replaces them: they answer the latest message.
    h.spec('Message (Event)');
    assert.deepEqual(conversation(h).suggestions, []);
  },
  'Translated Text — message with <translated>': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(event);
    assert.equal(lastLine(h).text, 'Proposez-vous une version sur site ?');
    assert.equal(lastLine(h).message.translated, 'Do you offer an on-premises version?');
  },
  'MessageServer (Event)': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(event);
    assert.equal(lastLine(h).from, 'system');
    assert.equal(lastLine(h).text, 'You havent said anything for 1 minute. Are you still there?');
    assert.equal(conversation(h).unread, 0, 'server lines are not visitor messages');
  },
  '1 (Event)': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(event);
    assert.equal(conversation(h).visitorTypingAt, h.now());
    assert.equal(isVisitorTyping(conversation(h), h.now()), true);
    assert.equal(isVisitorTyping(conversation(h), h.now() + TYPING_EXPIRY_MS), false);
  },
  '0 (Event)': (h, event) => {
    withAcceptedChat(h);
    h.spec('1 (Event)');
    h.dispatch(event);
    assert.equal(isVisitorTyping(conversation(h), h.now()), false);
  },
  'Preview (Event)': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(event);
    assert.equal(conversation(h).preview, 'Do you offer a on-pr');
    assert.equal(isVisitorTyping(conversation(h), h.now()), true);
  },
  'Document Uploads — message with <link>': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(event);
    const line = lastLine(h);
    assert.equal(line.text, 'quote.pdf');
    assert.equal(
      line.message.links[0]?.url,
      'https://gateway.mysite.com/p/609EAD1749470415A81EFB97B28ADAC15A8B0699/document?id=65b3b9cfc937df1341329981',
    );
  },
  'PostChatSurvey (Event)': (h, event) => {
    withAcceptedChat(h);
    h.spec('ChatClosed (Event) — Chatting Visitors');
    h.dispatch(event);
    assert.deepEqual(
      conversation(h).postChatSurvey.map((field) => [field.name, field.value]),
      [
        ['Rating', '5'],
        ['FoundBy', 'Google'],
      ],
    );
  },
  'ChatScored (Event)': (h, event) => {
    withAcceptedChat(h);
    h.spec('ChatClosed (Event) — Chatting Visitors');
    h.dispatch(event);
    assert.equal(conversation(h).score, 85);
  },
  'Accepted (Event)': (h, event) => {
    h.loginAs('me');
    const before = h.state;
    h.dispatch(event);
    assert.equal(h.state, before, 'nothing to record');
  },
  'Monitoring (Event)': (h, event) => {
    h.loginAs('me');
    h.spec('RequestMonitor (Event)');
    h.dispatch(event);
    const monitored = h.state.monitoring[SPEC_CHAT];
    assert.equal(monitored?.operatorConnectionId, '65be1e8ec937df0cf801e209');
    assert.equal(monitored?.startedAt, h.now());
    assert.equal(monitored?.ended, false);
    assert.equal(h.state.requests.monitors.get(SPEC_CHAT), undefined, 'the request was answered');
  },
  'MonitoredChat (Event)': (h, event) => {
    h.spec('Monitoring (Event)');
    h.dispatch(event);
    const monitored = h.state.monitoring[SPEC_CHAT];
    assert.equal(monitored?.lines.length, 9);
    assert.equal(monitored?.operatorName, 'Thomas');
    assert.equal(monitored?.lines[8]?.text, 'Thanks');
    assert.equal(monitored?.lines[7]?.from, 'visitor');
  },
  'MonitorC (Event)': (h, event) => {
    h.spec('Monitoring (Event)', 'M1,M0,MC1,MC0 - Typing Status (Event) — mc1');
    h.dispatch(event);
    const monitored = h.state.monitoring[SPEC_CHAT];
    assert.deepEqual(
      monitored?.lines.map((line) => [line.from, line.operatorName, line.text]),
      [['operator', 'Daniel', 'message']],
    );
    assert.equal(monitored?.operatorTyping, null);
  },
  'MonitorV (Event)': (h, event) => {
    h.spec('Monitoring (Event)', 'M1,M0,MC1,MC0 - Typing Status (Event) — m1');
    h.dispatch(event);
    const monitored = h.state.monitoring[SPEC_CHAT];
    assert.deepEqual(
      monitored?.lines.map((line) => [line.from, line.text]),
      [['visitor', 'message']],
    );
    assert.equal(monitored?.visitorTypingAt, null);
  },
  'M1,M0,MC1,MC0 - Typing Status (Event) — mc1': (h, event) => {
    h.spec('Monitoring (Event)');
    h.dispatch(event);
    assert.deepEqual(h.state.monitoring[SPEC_CHAT]?.operatorTyping, {
      name: 'Thomas',
      at: h.now(),
    });
  },
  'M1,M0,MC1,MC0 - Typing Status (Event) — mc0': (h, event) => {
    h.spec('Monitoring (Event)', 'M1,M0,MC1,MC0 - Typing Status (Event) — mc1');
    h.dispatch(event);
    assert.equal(h.state.monitoring[SPEC_CHAT]?.operatorTyping, null);
  },
  'M1,M0,MC1,MC0 - Typing Status (Event) — m1': (h, event) => {
    h.spec('Monitoring (Event)');
    h.dispatch(event);
    assert.equal(h.state.monitoring[SPEC_CHAT]?.visitorTypingAt, h.now());
  },
  'M1,M0,MC1,MC0 - Typing Status (Event) — m0': (h, event) => {
    h.spec('Monitoring (Event)', 'M1,M0,MC1,MC0 - Typing Status (Event) — m1');
    h.dispatch(event);
    assert.equal(h.state.monitoring[SPEC_CHAT]?.visitorTypingAt, null);
  },
  'MCW1/MCW0 (Event)': (h, event) => {
    // Sent to the operator being monitored: shown in their own conversation.
    withAcceptedChat(h);
    h.dispatch(event);
    assert.deepEqual(conversation(h).whisperTyping, { name: 'Stephen', at: h.now() });
    h.wire({ EventName: 'mcw0', Params: [SPEC_CHAT, 'Stephen'] });
    assert.equal(conversation(h).whisperTyping, null);
  },
  'Whisper (Event)': (h, event) => {
    withAcceptedChat(h);
    h.spec('MCW1/MCW0 (Event)');
    h.dispatch(event);
    const line = lastLine(h);
    assert.equal(line.whisper, true);
    assert.equal(line.operatorName, 'Stephen');
    assert.equal(line.text, 'I think that product is discontinued. Check first before you answer.');
    assert.equal(conversation(h).whisperTyping, null);
    assert.equal(conversation(h).unread, 0);
  },
  'RequestMonitor (Event)': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(h.state.requests.monitors.get(SPEC_CHAT), {
      chatUid: SPEC_CHAT,
      siteKey: 2,
      visitorName: 'Howard Williams',
      operatorName: 'Thomas',
      operatorConnectionId: '65be1e8ec937df0cf801e209',
      message: 'message',
      receivedAt: h.now(),
    });
  },
  'MonitorStop (Event)': (h, event) => {
    h.spec('Monitoring (Event)', 'MonitoredChat (Event)');
    h.dispatch(event);
    const monitored = h.state.monitoring[SPEC_CHAT];
    assert.equal(monitored?.ended, true);
    assert.equal(monitored?.lines.length, 9, 'the transcript stays');
  },
  'ChatAquired (Event)': (h, event) => {
    withAcceptedChat(h);
    h.dispatch(event);
    assert.equal(conversation(h).acquiredBy, 'Thomas');
    assert.equal(conversation(h).left, true);
  },
  'TransferConfirmed (Event)': (h, event) => {
    h.spec('Monitoring (Event)');
    h.dispatch(event);
    assert.equal(h.state.monitoring[SPEC_CHAT]?.transferConfirmed, true);
    assert.equal(conversation(h).transferConfirmed, true);
    assert.equal(conversation(h).acceptedAt, null, 'not taken yet');
  },
  'Chats (Event)': (h, event) => {
    h.dispatch(event);
    const day = h.state.history.chatsByDay['1:2019-09-24'];
    assert.deepEqual(
      day?.map((chat) => [chat.chatUid, chat.name]),
      [[SPEC_CHAT, 'Howard Williams']],
    );
  },
  'ChatDetail (Event)': (h, event) => {
    startListening(h, [SPEC_CHAT]);
    h.dispatch(event);
    assert.equal(h.state.history.chatDetails[SPEC_CHAT]?.lines.length, 9);
    // A chat being listened to is filled too.
    const listened = h.state.listen.chats[SPEC_CHAT];
    assert.equal(listened?.detailLoaded, true);
    assert.equal(listened?.lines.length, 9);
    assert.deepEqual(listened?.operators, ['Thomas']);
  },
  'PrevChatsForIP (Event)': (h, event) => {
    h.dispatch(event);
    const chats = h.state.history.prevChatsForIp['1:196.32.13.56'];
    assert.equal(chats?.[0]?.duration, 500);
    assert.equal(chats?.[0]?.takenByUsers, 'thomas@mysite.com');
  },
  'DeletedChats (Event)': (h, event) => {
    h.spec('Chats (Event)', 'ChatDetail (Event)', 'ChatSearch (Event)');
    h.dispatch(event);
    assert.deepEqual(h.state.history.chatsByDay['1:2019-09-24'], []);
    assert.equal(h.state.history.chatDetails[SPEC_CHAT], undefined);
    assert.deepEqual(h.state.history.chatSearch?.chats, []);
  },
  'ChatSearch (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.history.chatSearch?.fromDate, '2019-09-24');
    assert.equal(h.state.history.chatSearch?.chats[0]?.waitedSeconds, 8);
  },
  'MissedChat (Event)': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(h.state.missedChats[SPEC_CHAT]?.skillNames, ['Sales', 'Quote']);
    assert.equal(h.state.missedChats[SPEC_CHAT]?.phone, '01782822577');
  },
  'MissedChatResponding (Command) — msg (already responding)': (h, event) => {
    h.loginAs('me');
    h.dispatch(event);
    assert.equal(
      lastNotice(h).text,
      'Missed chat with Melina is currently being responded to by Thomas',
    );
  },
  'MissedChatClosed (Event)': (h, event) => {
    h.spec('MissedChat (Event)');
    h.dispatch(event);
    assert.deepEqual(h.state.missedChats, {});
  },
  'ChatCallBackEvent (Event)': (h, event) => {
    h.dispatch(event);
    const progress = h.state.callbacks['jl8a91yj4c'];
    assert.deepEqual(
      progress?.map((p) => [p.callStatus, p.transcriptLine]),
      [['in-progress', 'Call connected.']],
    );
  },
  'AutoResponses (Event) — Auto Responses': (h, event) => {
    h.dispatch(event);
    assert.equal(
      h.state.autoResponses['65c49ff2c937df00af7fa0fd']?.content,
      'We are open from 9am to 5pm, Monday to Friday.',
    );
  },
  'AutoResponse (Event)': (h, event) => {
    h.spec('AutoResponses (Event) — Auto Responses');
    h.dispatch(event);
    assert.deepEqual(h.state.autoResponses['65c49ff2c937df00af7fa0fd']?.skillIds, [
      '65c0ffd5c937df0b5f889938',
    ]);
    assert.equal(Object.keys(h.state.autoResponses).length, 1);
  },
  'AutoResponseDeleted (Event)': (h, event) => {
    const response = (id: string, parentId = '') => ({
      EventName: 'autoresponse',
      Data: { Id: id, ParentId: parentId, Subject: id, Content: '', SiteKeys: '1', SkillIds: '' },
    });
    h.wire(
      response('id1'),
      response('id2'),
      response('child-of-id1', 'id1'),
      response('grandchild', 'child-of-id1'),
      response('other'),
    );
    h.dispatch(event);
    assert.deepEqual(Object.keys(h.state.autoResponses), ['other']);
  },
  'ArticleList (Event)': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(h.state.articles.summaries['65b3b9cfc937df1341329981']?.skillIds, [
      '65c0ffd5c937df0b5f889938',
    ]);
  },
  'ArticleDetail (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(
      h.state.articles.details['65b3b9cfc937df1341329981']?.content,
      'We offer the following products ....',
    );
    assert.equal(
      h.state.articles.summaries['65b3b9cfc937df1341329981']?.subject,
      'Product Information',
    );
  },
  'Article (Event)': (h, event) => {
    h.spec('ArticleDetail (Event)');
    h.dispatch(event);
    // The article changed (its skills): the detail fetched before is out of date.
    assert.deepEqual(h.state.articles.summaries['65b3b9cfc937df1341329981']?.skillIds, []);
    assert.equal(h.state.articles.details['65b3b9cfc937df1341329981'], undefined);
  },
  'ArticleDeleted (Event)': (h, event) => {
    const article = (id: string, parentId = '') => ({
      EventName: 'article',
      Data: { Id: id, ParentId: parentId, Subject: id, SiteKeys: '1', SkillIds: '' },
    });
    h.wire(article('id1'), article('id2'), article('child-of-id2', 'id2'), article('other'));
    h.dispatch(event);
    assert.deepEqual(Object.keys(h.state.articles.summaries), ['other']);
  },
  'ArticleSearch (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.articles.search?.searchTerm, 'How do I login?');
    assert.deepEqual(
      h.state.articles.search?.articles.map((a) => a.similarity),
      [1, 0.117647058823529],
    );
  },
  'Suggestion (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.articles.suggestion?.content, 'Our telephone number is 800 1234 5678');
  },
  'Documents (Event) — Documents': (h, event) => {
    h.dispatch(event);
    assert.equal(
      h.state.documents['65b3b9cfc937df1341329981']?.url,
      'https://gateway.mysite.com/p/609EAD1749470415A81EFB97B28ADAC15A8B0699/document?id=65b3b9cfc937df1341329981',
    );
  },
  'Document (Event)': (h, event) => {
    h.spec('Documents (Event) — Documents');
    h.dispatch(event);
    // The content is kept apart; the list stays light.
    assert.equal(h.state.documents['65b3b9cfc937df1341329981']?.base64, null);
    assert.equal(h.state.documentContent?.id, '65b3b9cfc937df1341329981');
    assert.equal(h.state.documentContent?.base64, 'base64encodedcontent');
  },
  'DeletedDocuments (Event)': (h, event) => {
    const document = (id: string, base64: string | null = null) => ({
      EventName: 'document',
      Data: { Id: id, FileName: `${id}.pdf`, Base64: base64 },
    });
    h.wire(document('id1', 'Zm9v'), document('id2'), document('kept'));
    assert.equal(h.state.documentContent?.id, 'id1');
    h.dispatch(event);
    assert.deepEqual(Object.keys(h.state.documents), ['kept']);
    assert.equal(h.state.documentContent, null);
  },
  'UserPhoto (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.userPhotos['thomas@mysite.com']?.fileName, 'image.png');
  },
  'MonthySummary (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.summaries.months[1]?.[0]?.chatSecs, 1883);
  },
  'DaySummary (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.summaries.days[1]?.current, 6);
    assert.equal(h.state.summaries.days[1]?.chats, 23);
  },
  'Ct (Event)': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(h.state.summaries.currentVisitors, { 1: 23, 2: 45 });
  },
  'ListenC (Event)': (h, event) => {
    startListening(h);
    h.dispatch(event);
    const listened = h.state.listen.chats[SPEC_CHAT];
    assert.deepEqual(
      listened?.lines.map((line) => [line.from, line.text]),
      [['operator', 'message from operator']],
    );
    assert.equal(listened?.detailLoaded, false, 'the session fetches the detail next');
  },
  'ListenV (Event)': (h, event) => {
    startListening(h);
    h.dispatch(event);
    assert.deepEqual(
      h.state.listen.chats[SPEC_CHAT]?.lines.map((line) => [line.from, line.text]),
      [['visitor', 'message from visitor']],
    );
  },
  'ListenTransfer (Event)': (h, event) => {
    startListening(h);
    h.dispatch(event);
    const line = h.state.listen.chats[SPEC_CHAT]?.lines[0];
    assert.equal(line?.from, 'system');
    assert.equal(line?.transferTarget, 'TransferTarget');
    assert.equal(line?.text, 'message');
  },
  'Visitors (Event)': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(Object.keys(h.state.visitors).sort(), [
      '1:212.45.112.80:301.6863295',
      '1:218.35.86.86:343.13095511',
    ]);
    assert.equal(
      h.state.visitors['1:218.35.86.86:343.13095511']?.location,
      'Taiwan - Asia Pacific On-line Service',
    );
  },
  'Visitor (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.visitors['1:196.15.109.60:991.61915693']?.browser, 'Safari 7');
  },
  'VisitorRemove (Event)': (h, event) => {
    h.spec('Visitors (Event)', 'Visitor (Event)');
    h.dispatch(event);
    assert.equal(h.state.visitors['1:196.15.109.60:991.61915693'], undefined);
    assert.equal(Object.keys(h.state.visitors).length, 2);
  },
  'VisitorBatch (Event)': (h, event) => {
    h.spec('Visitors (Event)');
    h.dispatch(event);
    // Updates first, then removes: the example adds a visitor and removes it in one batch.
    assert.deepEqual(Object.keys(h.state.visitors).sort(), [
      '1:212.45.112.80:301.6863295',
      '1:218.35.86.86:343.13095511',
    ]);
  },
  'VisitDetail (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(
      h.state.visitDetails['1010:202.42.104.89:589.14498921:1']?.geoIp?.countryName,
      'Japan',
    );
  },
  'VisitList (Event)': (h, event) => {
    h.dispatch(event);
    const visits = h.state.visitLists['1:2019-09-19'];
    assert.deepEqual(
      visits?.map((visit) => visit.chatted),
      [false, true],
    );
  },
  'User (Event)': (h, event) => {
    h.spec('NamedUser (Event)', 'Users (Event)');
    h.dispatch(event);
    assert.equal(h.state.users['thomas@mysite.com']?.suggestResponses, false);
    // My own record was saved: me follows it.
    assert.equal(h.state.me.user?.dept, 'Support');
  },
  'Site (Event)': (h, event) => {
    h.spec('Sites (Event)');
    h.dispatch(event);
    assert.deepEqual(Object.keys(h.state.sites), ['1', '1001']);
    assert.equal(h.state.sites[1001]?.name, 'New Site');
    assert.equal(h.state.sites[1001]?.transferQueues[0]?.name, 'Default Queue');
  },
  'SiteProperties (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.siteAdmin.properties[1]?.['Name'], 'Site1');
  },
  'SiteImages (Event)': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(
      h.state.siteAdmin.images[1]?.map((image) => image.imageType),
      [1, 2, 3, 4, 5, 6],
    );
  },
  'SiteStrings (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(
      h.state.siteAdmin.strings['65dc4e37c937df00e0bef7ce']?.uiStrings[0]?.stringId,
      'OpeningMessage',
    );
  },
  'DeleteSite (Command) — SiteDeleted': (h, event) => {
    h.spec('Sites (Event)', 'SiteProperties (Event)');
    h.dispatch(event);
    assert.deepEqual(h.state.sites, {});
    assert.deepEqual(h.state.siteAdmin.properties, {});
  },
  'Reports (Event)': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.reports.definitions['667ae552c937df077d177850']?.name, 'New Visits');
  },
  'ReportData (Event)': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(h.state.reports.data['667ae552c937df077d177850']?.columnNames, [
      'New Visits',
      'Dated',
    ]);
  },
  'Translation (Event)': (h, event) => {
    h.dispatch(event);
    assert.deepEqual(
      h.state.translations.map((t) => [t.text, t.translation]),
      [['Hello!', 'Bonjour!']],
    );
  },
  'GetServerSettings (Command) — ServerSettings': (h, event) => {
    h.dispatch(event);
    assert.equal(h.state.serverSettings?.['InactivityMinutes'], 10);
  },
  'FirstLog (Event)': (h, event) => {
    h.wire({ EventName: 'log', Data: 'yesterday' });
    h.dispatch(event);
    assert.equal(
      h.state.log[0],
      '2024-02-23:16:36:58 WhosOn 10.1.3.1 Server Started (SPDELLXPS13)',
    );
    assert.equal(
      h.state.log[h.state.log.length - 1],
      '2024-02-23:16:36:59 Threads available: 1000 (16 cores)',
    );
    assert.ok(!h.state.log.includes('yesterday'), 'firstlog replaces');
    h.wire({ EventName: 'log', Data: '2024-02-23:17:00:00 New line' });
    assert.equal(h.state.log[h.state.log.length - 1], '2024-02-23:17:00:00 New line');
  },
};

describe('every spec event example reaches the store', () => {
  for (const example of specEventExamples) {
    it(example.title, () => {
      const scenario = scenarios[example.title];
      assert.ok(scenario, `no store scenario for the spec example "${example.title}"`);
      const h = new StoreHarness();
      scenario(h, decodeWire(example.json));
      assert.deepEqual(h.errors, [], 'no reducer failed');
    });
  }

  it('has no scenario left without its example', () => {
    const titles = new Set(specEventExamples.map((example) => example.title));
    assert.deepEqual(
      Object.keys(scenarios).filter((title) => !titles.has(title)),
      [],
    );
  });
});
