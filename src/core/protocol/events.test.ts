import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeFrame } from './frame.js';
import { decodableEventNames, decodeEvent } from './events.js';
import { specEventExamples } from '../testing/spec-examples.js';
import type { WhosOnEventMap, WhosOnEventName } from './event-map.js';
import type { DecodeResult } from './frame.js';
import type { WhosOnEvent } from './event-map.js';

const CHAT_UID = '65b3b5f6c937df03142c7e51';

function decodeText(json: string): DecodeResult<WhosOnEvent> {
  const frame = decodeFrame(json);
  if (!frame.ok) assert.fail(`frame did not decode: ${frame.error.message}`);
  return decodeEvent(frame.value);
}

function payload<K extends WhosOnEventName>(json: string, name: K): WhosOnEventMap[K] {
  const result = decodeText(json);
  if (!result.ok) assert.fail(`event did not decode: ${result.error.message}`);
  assert.equal(result.value.name, name);
  return result.value.payload as WhosOnEventMap[K];
}

function frame(object: unknown): string {
  return JSON.stringify(object);
}

function decodeError(json: string): string {
  const result = decodeText(json);
  if (result.ok) assert.fail(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error.message;
}

/** Concrete values each spec example must decode to, by example title. */
const expectations: Record<string, (json: string) => void> = {
  'Receiving Data — connected': (json) => {
    const p = payload(json, 'connected');
    assert.equal(p.connectionId, '65be1c5cc937df0b17ae1728');
    assert.equal(p.gatewayPort, 80);
    assert.equal(p.gatewayPortSsl, 443);
    assert.equal(p.serverGeoIpDate, 'Jan 2024');
  },
  'Making The Connection — hello': (json) => {
    assert.deepEqual(payload(json, 'hello'), {
      application: 'WhosOn',
      version: '10.1.1.1',
      connectionId: '65c205c8c937df08d2d09fd5',
    });
  },
  'Logging In — msg (login refused)': (json) => {
    assert.equal(payload(json, 'msg').text, 'Invalid credentials entered. Please check your login details.');
  },
  'NamedUser (Event)': (json) => {
    const p = payload(json, 'nameduser');
    assert.equal(p.connectionId, '65be1adac937df0f6f2582ff');
    assert.equal(p.user.userName, 'thomas@mysite.com');
    assert.deepEqual(p.user.siteKeys, [1, 2]);
    // nameduser sends `Skills`, the other user events `SkillIds`.
    assert.deepEqual(p.user.skillIds, ['1', '2', '3']);
    assert.equal(p.user.utcBias, -5);
    assert.equal(p.user.rights.raw, 'YYYYYYYYYNYYY1NN');
    assert.equal(p.user.rights.canTakeChats, true);
    assert.equal(p.user.rights.canDeleteChats, false);
    assert.equal(p.user.botSettings, null);
  },
  'Sites (Event)': (json) => {
    const [site] = payload(json, 'sites').sites;
    assert.ok(site);
    assert.equal(site.siteKey, 1);
    assert.equal(site.slaWarningSeconds, 20);
    assert.equal(site.slaReachedSeconds, 40);
    assert.equal(site.allowFileUpload, 2);
    assert.deepEqual(
      site.onDemandFields.map((field) => field.fieldName),
      ['Email', 'Reference'],
    );
    assert.equal(site.wrapUp.type, 'Menu');
    assert.equal(site.wrapUp.show, 'SessionEnd');
    assert.equal(site.wrapUp.options[0]?.subOptions[1]?.displayValue, 'Wants Callback');
    assert.deepEqual(site.wrapUp.options[1]?.subOptions, []);
    assert.deepEqual(site.tags, ['Sales', 'Order Placed', 'Complaint']);
    assert.equal(site.crm.autoPosting, true);
    assert.equal(site.transferQueues[0]?.maxSessions, 100);
  },
  'Clients (Event)': (json) => {
    const { clients } = payload(json, 'clients');
    assert.deepEqual(
      clients.map((client) => client.connectionId),
      ['65be1adac937df0f6f2582ff', '65be1afac937df06bb1c86d5'],
    );
    assert.deepEqual(clients[0]?.skills, ['Sales', 'Support']);
    assert.equal(clients[1]?.chats, 1);
    assert.equal(clients[1]?.admin, true);
    assert.equal(clients[1]?.hasPhoto, true);
  },
  'Chatting (Event)': (json) => {
    const [chat] = payload(json, 'chatting').chats;
    assert.equal(chat?.chatUid, CHAT_UID);
    assert.equal(chat?.waitedSeconds, 13);
    assert.equal(chat?.talkingToClientId, '65be1afac937df06bb1c86d5');
    assert.deepEqual(chat?.skillIds, ['65b3b5f6c937df03142c7e83']);
    assert.equal(chat?.monitoredBy, '');
    assert.equal(chat?.chatNumber, null);
  },
  'MissedChats (Event)': (json) => {
    // `Header` in place of `Params`.
    const [missed] = payload(json, 'missedchats').missedChats;
    assert.equal(missed?.chatUid, CHAT_UID);
    assert.equal(missed?.waitedSeconds, 67);
    assert.equal(missed?.wantsCallback, true);
    assert.equal(missed?.phone, '01782822577');
  },
  'Connected (Event)': (json) => {
    const p = payload(json, 'connected');
    assert.equal(p.connectionId, '65be1c5cc937df0b17ae1728');
    assert.equal(p.clientVersion, '10.1.230.1');
    assert.equal(p.minimumPasswordLength, 8);
    assert.equal(p.maxUsers, 999);
  },
  'PasswordChanged (Event)': (json) => {
    // The new password in Data must not travel into the store.
    assert.deepEqual(payload(json, 'passwordchanged'), {});
  },
  'Msg (Event)': (json) => {
    assert.equal(payload(json, 'msg').text, 'Visitor Melina has already started chatting to Daniel');
  },
  'Msg (Event) — second login of the same user refused': (json) => {
    assert.equal(payload(json, 'msg').text, 'User already logged in.');
  },
  'Error (Event)': (json) => {
    assert.equal(payload(json, 'error').text, 'Access denied');
  },
  'Skills (Event)': (json) => {
    const { skills } = payload(json, 'skills');
    assert.deepEqual(
      skills.map((skill) => [skill.name, skill.siteKeys]),
      [
        ['Sales', [1, 2, 3]],
        ['Support', [1, 2, 4]],
      ],
    );
  },
  'Documents (Event) — after login': (json) => {
    const { documents } = payload(json, 'documents');
    assert.deepEqual(
      documents.map((document) => document.fileName),
      ['quote.pdf', 'quote2.pdf'],
    );
    assert.equal(documents[0]?.size, 2839455);
    assert.equal(documents[0]?.base64, null);
    assert.equal(documents[0]?.url, '');
  },
  'AutoResponses (Event) — after login': (json) => {
    const [response] = payload(json, 'autoresponses').autoResponses;
    assert.equal(response?.subject, 'What are your opening hours');
    assert.deepEqual(response?.siteKeys, [1, 2]);
    assert.deepEqual(response?.skillIds, []);
  },
  'ArticlesList (Event)': (json) => {
    const [article] = payload(json, 'articlelist').articles;
    assert.equal(article?.subject, 'Product Information');
    assert.deepEqual(article?.siteKeys, [1, 2]);
  },
  'Users (Event)': (json) => {
    const { users } = payload(json, 'users');
    assert.deepEqual(
      users.map((user) => user.userName),
      ['thomas@mysite.com', 'Kryten'],
    );
    assert.deepEqual(users[0]?.skillIds, ['65c10033c937df02e0dd66ec', '65c0ffd5c937df0b5f889938']);
    assert.equal(users[0]?.requirePasswordReset, true);
    assert.equal(users[1]?.isBot, true);
    assert.equal(users[1]?.maxChats, 99);
    assert.deepEqual(users[1]?.siteKeys, [1010]);
    assert.equal(users[1]?.botSettings?.useLlm, true);
    assert.equal(users[1]?.botSettings?.closeIdleAfterSecs, 300);
  },
  'UserGroups (Event)': (json) => {
    const [group] = payload(json, 'usergroups').groups;
    assert.equal(group?.name, 'Support');
    assert.deepEqual(group?.siteKeys, [1]);
    assert.equal(group?.suggestResponses, true);
    assert.equal(group?.rights.canTakeChats, true);
  },
  'WorkPeriods (Event)': (json) => {
    // `Header` in place of `Params`.
    const [period] = payload(json, 'workperiods').workPeriods;
    assert.equal(period?.description, 'Default Working Day');
    assert.deepEqual(period?.days[0], ['09:00:00', '12:30:00', '13:00:00', '17:30:00']);
    assert.deepEqual(period?.days[6], ['', '', '', '']);
    assert.equal(period?.days.length, 7);
  },
  'FromClient (Event)': (json) => {
    assert.deepEqual(payload(json, 'fromclient'), {
      connectionId: '65be1afac937df06bb1c86d5',
      text: 'hello back',
    });
  },
  'C1,C0 (Event) — c1': (json) => {
    assert.deepEqual(payload(json, 'c1'), { connectionId: '65be1afac937df06bb1c86d5' });
  },
  'C1,C0 (Event) — c0': (json) => {
    assert.deepEqual(payload(json, 'c0'), { connectionId: '65be1afac937df06bb1c86d5' });
  },
  'ClientChat (Event)': (json) => {
    const p = payload(json, 'clientchat');
    assert.equal(p.userName, 'thomas@mysite.com');
    assert.deepEqual(
      p.lines.map((line) => [line.text, line.myLine]),
      [
        ['hello', true],
        ['Hi.. this is a test', true],
      ],
    );
  },
  'ClientEvent (Event)': (json) => {
    const { client } = payload(json, 'clientevent');
    assert.equal(client.connectionId, '65be1ca7c937df08c475b522');
    assert.equal(client.status, 1);
    assert.equal(client.statusMessage, 'some message');
    assert.equal(client.maxAsyncChats, 0);
    assert.deepEqual(client.skills, []);
    assert.equal(client.ip, '192.168.10.123');
  },
  'Status (Event)': (json) => {
    assert.deepEqual(payload(json, 'status'), { status: 1 });
  },
  'ClientRemove (Event)': (json) => {
    assert.deepEqual(payload(json, 'clientremove'), { connectionId: '65be1ca7c937df08c475b522' });
  },
  'When The WhosOn Server Closes Your Connection — close': (json) => {
    assert.deepEqual(payload(json, 'close'), {});
  },
  'ChatChanged (Event) — new chat': (json) => {
    const { chat } = payload(json, 'chatchanged');
    assert.equal(chat.chatUid, CHAT_UID);
    assert.equal(chat.talkingToClientId, '');
    assert.equal(chat.waitedSeconds, 0);
    assert.deepEqual(chat.skillNames, ['Sales']);
  },
  'ChatChanged (Event) — picked up (WaitedSecs)': (json) => {
    const { chat } = payload(json, 'chatchanged');
    assert.equal(chat.waitedSeconds, 5);
    assert.equal(chat.talkingToClientId, '65be1ca7c937df08c475b522');
    assert.equal(chat.monitoredBy, 'Thomas');
  },
  'ChatClosed (Event) — Chatting Visitors': (json) => {
    assert.deepEqual(payload(json, 'chatclosed'), { chatUid: CHAT_UID });
  },
  'Chat (Event)': (json) => {
    assert.deepEqual(payload(json, 'chat'), {
      chatUid: CHAT_UID,
      siteKey: 2,
      visitorName: 'Howard Williams',
      dept: 'Support',
      skillNames: ['Technical'],
    });
  },
  'ChatAccepted (Event)': (json) => {
    assert.deepEqual(payload(json, 'chataccepted'), { chatUid: CHAT_UID, skillNames: ['Technical'] });
  },
  'ChatAccepted (Event) — msg (take refused)': (json) => {
    assert.equal(payload(json, 'msg').text, 'Visitor Test Visitor has already started talking to Thomas');
  },
  'AcceptChat (Event)': (json) => {
    assert.deepEqual(payload(json, 'acceptchat'), {
      chatUid: CHAT_UID,
      siteKey: 2,
      visitorName: 'Test Visitor',
      dept: 'Support',
      skillNames: [],
    });
  },
  'PreChatSurvey (Event)': (json) => {
    const p = payload(json, 'prechatsurvey');
    assert.equal(p.chatUid, CHAT_UID);
    assert.deepEqual(p.fields, [
      { name: 'VisitorName', value: 'Howard Williams', builtInField: 'visitor name' },
      { name: 'Company', value: 'Microsoft', builtInField: 'company name' },
    ]);
  },
  'CurrentChat (Event)': (json) => {
    const p = payload(json, 'currentchat');
    assert.equal(p.chatUid, CHAT_UID);
    assert.deepEqual(p.detail.header.takenByUsers, ['Thomas']);
    assert.deepEqual(p.detail.header.tags, ['Sales', 'Quoted']);
    assert.equal(p.detail.header.sentimentScore, 100);
    assert.deepEqual(p.detail.preChatSurvey, [{ name: 'Company', value: 'Microsoft', builtInField: '' }]);
    assert.equal(p.detail.postChatSurvey.length, 2);
    assert.equal(p.detail.lines.length, 9);
    assert.equal(p.detail.lines[0]?.operatorIndex, 99);
    assert.equal(p.detail.lines[3]?.message, 'Hi.. I need some prices');
    // `Chatting` / `ChattingLanguage` here, `Chatted` elsewhere.
    assert.equal(p.detail.visitDetail?.chatted, true);
    assert.equal(p.detail.visitDetail?.contact.company, 'Microsoft');
    assert.equal(p.detail.visitDetail?.geoIp?.countryIso, 'GB');
    assert.equal(p.detail.visitDetail?.pages.length, 2);
  },
  'Transfer (Event) — Chat Requests': (json) => {
    assert.deepEqual(payload(json, 'transfer'), {
      chatUid: CHAT_UID,
      fromConnectionId: '65be1ca7c937df08c475b522',
      message: 'Please pick up the chat session for visitor Test Visitor.',
    });
  },
  'ChatClosed (Event) — Chat Requests': (json) => {
    assert.deepEqual(payload(json, 'chatclosed'), { chatUid: CHAT_UID });
  },
  'SendToFiltered (Event)': (json) => {
    // Mixed-case event name on the wire.
    const p = payload(json, 'sendtofiltered');
    assert.equal(p.chatUid, CHAT_UID);
    assert.equal(p.message.text, 'The word ********* should be filtered.');
    assert.equal(p.message.original, 'The word testfilter should be filtered.');
  },
  'SendToTranslated (Event)': (json) => {
    const p = payload(json, 'sendtotranslated');
    assert.equal(p.message.text, 'Hello. How can I help?');
    assert.equal(p.message.translated, 'Salut. Comment puis-je aider?');
  },
  'Transfer (Event) — Transfers': (json) => {
    assert.deepEqual(payload(json, 'transfer'), {
      chatUid: CHAT_UID,
      fromConnectionId: '65be1e38c937df06329af6f6',
      message: 'Please pickup transfer request.',
    });
  },
  'VisitDetailChat (Event)': (json) => {
    const p = payload(json, 'visitdetailchat');
    assert.equal(p.siteKey, 1);
    assert.equal(p.ip, '195.62.193.194');
    assert.equal(p.trackingId, '123-4567890123');
    assert.equal(p.chatUid, CHAT_UID);
    assert.equal(p.detail.chatted, true);
    assert.equal(p.detail.totalVisits, 15);
    assert.equal(p.detail.contactDated, '2019-09-10T14:45:00');
    assert.equal(p.detail.geoIp?.latitude, 53.0278);
  },
  'Message (Event)': (json) => {
    const p = payload(json, 'message');
    assert.equal(p.chatUid, CHAT_UID);
    assert.equal(p.message.text, 'Do you offer an on-premises version?');
    assert.deepEqual(p.message.suggestions, []);
  },
  'Server Response Suggestion — message with <Suggestions>': (json) => {
    // The spec's example closes with `<Suggestions>` instead of `</Suggestions>`.
    const p = payload(json, 'message');
    assert.equal(p.message.text, 'Do you offer an on-premises version?');
    assert.deepEqual(p.message.suggestions, [{ content: 'Yes, we offer an on-premises version.', documentId: '' }]);
  },
  'Server Response Suggestion — message with a suggested document': (json) => {
    const p = payload(json, 'message');
    assert.equal(p.message.text.trim(), 'Do you offer an on-premises version?');
    assert.equal(p.message.suggestions.length, 1);
    assert.equal(p.message.suggestions[0]?.documentId.trim(), '65c10033c937df02e0dd66ec');
    assert.match(p.message.suggestions[0]?.content ?? '', /please see this document/);
  },
  'Translated Text — message with <translated>': (json) => {
    const p = payload(json, 'message');
    assert.equal(p.message.text, 'Proposez-vous une version sur site ?');
    assert.equal(p.message.translated, 'Do you offer an on-premises version?');
  },
  'MessageServer (Event)': (json) => {
    const p = payload(json, 'messageserver');
    assert.equal(p.chatUid, CHAT_UID);
    assert.equal(p.message.text, 'You havent said anything for 1 minute. Are you still there?');
  },
  '1 (Event)': (json) => {
    assert.deepEqual(payload(json, '1'), { chatUid: CHAT_UID });
  },
  '0 (Event)': (json) => {
    assert.deepEqual(payload(json, '0'), { chatUid: CHAT_UID });
  },
  'Preview (Event)': (json) => {
    assert.deepEqual(payload(json, 'preview'), { chatUid: CHAT_UID, text: 'Do you offer a on-pr' });
  },
  'Document Uploads — message with <link>': (json) => {
    const p = payload(json, 'message');
    assert.equal(p.message.text, 'quote.pdf');
    assert.equal(p.message.links.length, 1);
    assert.equal(p.message.links[0]?.name, 'quote.pdf');
    assert.match(p.message.links[0]?.url ?? '', /^https:\/\/gateway\.mysite\.com\/p\/.*document\?id=65b3b9cfc937df1341329981$/);
  },
  'PostChatSurvey (Event)': (json) => {
    const p = payload(json, 'postchatsurvey');
    assert.equal(p.chatUid, CHAT_UID);
    assert.deepEqual(
      p.fields.map((field) => [field.name, field.value, field.builtInField]),
      [
        ['Rating', '5', 'chat rating'],
        ['FoundBy', 'Google', ''],
      ],
    );
  },
  'ChatScored (Event)': (json) => {
    assert.deepEqual(payload(json, 'chatscored'), { chatUid: CHAT_UID, score: 85 });
  },
  'Accepted (Event)': (json) => {
    assert.deepEqual(payload(json, 'accepted'), {});
  },
  'Monitoring (Event)': (json) => {
    assert.deepEqual(payload(json, 'monitoring'), {
      chatUid: CHAT_UID,
      connectionId: '65be1e8ec937df0cf801e209',
    });
  },
  'MonitoredChat (Event)': (json) => {
    const p = payload(json, 'monitoredchat');
    assert.equal(p.chatUid, CHAT_UID);
    assert.equal(p.detail.header.requestedDept, 'Sales');
    assert.equal(p.detail.lines.at(-1)?.message, 'Thanks');
    assert.equal(p.detail.visitDetail?.trackingId, '1234.4567890');
  },
  'MonitorC (Event)': (json) => {
    const p = payload(json, 'monitorc');
    assert.equal(p.chatUid, CHAT_UID);
    assert.equal(p.operatorName, 'Daniel');
    assert.equal(p.message.text, 'message');
  },
  'MonitorV (Event)': (json) => {
    const p = payload(json, 'monitorv');
    assert.equal(p.operatorName, 'Daniel');
    assert.equal(p.message.raw, 'message');
  },
  'M1,M0,MC1,MC0 - Typing Status (Event) — mc1': (json) => {
    assert.deepEqual(payload(json, 'mc1'), { chatUid: CHAT_UID, operatorName: 'Thomas' });
  },
  'M1,M0,MC1,MC0 - Typing Status (Event) — mc0': (json) => {
    assert.deepEqual(payload(json, 'mc0'), { chatUid: CHAT_UID, operatorName: 'Thomas' });
  },
  'M1,M0,MC1,MC0 - Typing Status (Event) — m1': (json) => {
    assert.deepEqual(payload(json, 'm1'), { chatUid: CHAT_UID });
  },
  'M1,M0,MC1,MC0 - Typing Status (Event) — m0': (json) => {
    // `Header` in place of `Params`.
    assert.deepEqual(payload(json, 'm0'), { chatUid: CHAT_UID });
  },
  'MCW1/MCW0 (Event)': (json) => {
    assert.deepEqual(payload(json, 'mcw1'), { chatUid: CHAT_UID, monitorName: 'Stephen' });
  },
  'Whisper (Event)': (json) => {
    assert.deepEqual(payload(json, 'whisper'), {
      chatUid: CHAT_UID,
      monitorName: 'Stephen',
      text: 'I think that product is discontinued. Check first before you answer.',
    });
  },
  'RequestMonitor (Event)': (json) => {
    assert.deepEqual(payload(json, 'requestmonitor'), {
      siteKey: 2,
      chatUid: CHAT_UID,
      visitorName: 'Howard Williams',
      operatorName: 'Thomas',
      operatorConnectionId: '65be1e8ec937df0cf801e209',
      message: 'message',
    });
  },
  'MonitorStop (Event)': (json) => {
    assert.deepEqual(payload(json, 'monitorstop'), { chatUid: CHAT_UID, operatorName: 'Thomas' });
  },
  'ChatAquired (Event)': (json) => {
    assert.deepEqual(payload(json, 'chataquired'), { chatUid: CHAT_UID, byName: 'Thomas' });
  },
  'TransferConfirmed (Event)': (json) => {
    assert.deepEqual(payload(json, 'transferconfirmed'), { chatUid: CHAT_UID });
  },
  'Chats (Event)': (json) => {
    const p = payload(json, 'chats');
    assert.equal(p.siteKey, 1);
    assert.equal(p.date, '2019-09-24');
    assert.equal(p.chats[0]?.durationSeconds, 51);
    assert.equal(p.chats[0]?.rating, 5);
    assert.equal(p.chats[0]?.missedSeenOn, '0001-01-01T00:00:00');
  },
  'ChatDetail (Event)': (json) => {
    const p = payload(json, 'chatdetail');
    assert.equal(p.siteKey, 1);
    assert.equal(p.chatUid, CHAT_UID);
    assert.equal(p.detail.header.waitedSeconds, 6);
    assert.equal(p.detail.header.wrapUpValue, 'Option 1');
    assert.equal(p.detail.postChatSurvey[0]?.value, '5');
  },
  'PrevChatsForIP (Event)': (json) => {
    const p = payload(json, 'prevchatsforip');
    assert.equal(p.siteKey, 1);
    assert.equal(p.ip, '196.32.13.56');
    assert.deepEqual(p.chats, [
      {
        chatUid: CHAT_UID,
        name: 'Howard Williams',
        startDate: '2024-01-01 09:01:01',
        takenByUsers: 'thomas@mysite.com',
        takenByDept: 'support',
        duration: 500,
      },
    ]);
  },
  'DeletedChats (Event)': (json) => {
    assert.deepEqual(payload(json, 'deletedchats'), {
      siteKey: 1,
      chatUids: [CHAT_UID, '65b3b5f6c937df03142c7e52'],
    });
  },
  'ChatSearch (Event)': (json) => {
    const p = payload(json, 'chatsearch');
    assert.equal(p.siteKey, 1);
    assert.equal(p.fromDate, '2019-09-24');
    assert.equal(p.toDate, '2019-09-24');
    assert.equal(p.chats[0]?.waitedSeconds, 8);
    assert.deepEqual(p.chats[0]?.tags, ['Sales']);
  },
  'MissedChat (Event)': (json) => {
    const { missedChat } = payload(json, 'missedchat');
    assert.equal(missedChat.chatUid, CHAT_UID);
    assert.deepEqual(missedChat.skillNames, ['Sales', 'Quote']);
    assert.equal(missedChat.message, 'I need some support.. Could someone contact me.');
    assert.equal(missedChat.wantsCallbackOn, '2019-09-15T11:26:33.877');
  },
  'MissedChatResponding (Command) — msg (already responding)': (json) => {
    assert.equal(payload(json, 'msg').text, 'Missed chat with Melina is currently being responded to by Thomas');
  },
  'MissedChatClosed (Event)': (json) => {
    // Mixed-case event name on the wire.
    assert.deepEqual(payload(json, 'missedchatclosed'), { chatUid: CHAT_UID });
  },
  'ChatCallBackEvent (Event)': (json) => {
    const p = payload(json, 'chatcallbackevent');
    assert.equal(p.id, 1);
    assert.equal(p.chatUid, 'jl8a91yj4c');
    assert.equal(p.callStatus, 'in-progress');
    assert.equal(p.transcriptLine, 'Call connected.');
  },
  'AutoResponses (Event) — Auto Responses': (json) => {
    const [response] = payload(json, 'autoresponses').autoResponses;
    assert.equal(response?.id, '65c49ff2c937df00af7fa0fd');
    assert.equal(response?.content, 'We are open from 9am to 5pm, Monday to Friday.');
  },
  'AutoResponse (Event)': (json) => {
    const { autoResponse } = payload(json, 'autoresponse');
    assert.equal(autoResponse.id, '65c49ff2c937df00af7fa0fd');
    assert.deepEqual(autoResponse.skillIds, ['65c0ffd5c937df0b5f889938']);
  },
  'AutoResponseDeleted (Event)': (json) => {
    assert.deepEqual(payload(json, 'autoresponsedeleted'), { ids: ['id1', 'id2'] });
  },
  'ArticleList (Event)': (json) => {
    const [article] = payload(json, 'articlelist').articles;
    assert.deepEqual(article?.skillIds, ['65c0ffd5c937df0b5f889938']);
  },
  'ArticleDetail (Event)': (json) => {
    const { article } = payload(json, 'articledetail');
    assert.equal(article.id, '65b3b9cfc937df1341329981');
    assert.equal(article.content, 'We offer the following products ....');
    assert.equal(article.dated, '2024-01-26T13:56:37.094+00:00');
  },
  'Article (Event)': (json) => {
    const { article } = payload(json, 'article');
    assert.equal(article.subject, 'Product Information');
    assert.deepEqual(article.skillIds, []);
  },
  'ArticleDeleted (Event)': (json) => {
    assert.deepEqual(payload(json, 'articledeleted'), { ids: ['id1', 'id2'] });
  },
  'ArticleSearch (Event)': (json) => {
    const p = payload(json, 'articlesearch');
    assert.equal(p.siteKey, 1010);
    assert.equal(p.searchTerm, 'How do I login?');
    assert.deepEqual(
      p.articles.map((article) => article.similarity),
      [1, 0.117647058823529],
    );
  },
  'Suggestion (Event)': (json) => {
    assert.deepEqual(payload(json, 'suggestion'), {
      siteKey: 2,
      searchTerm: 'What is your telephone number?',
      content: 'Our telephone number is 800 1234 5678',
      documentId: '',
    });
  },
  'Documents (Event) — Documents': (json) => {
    const { documents } = payload(json, 'documents');
    assert.equal(documents.length, 1);
    assert.match(documents[0]?.url ?? '', /document\?id=65b3b9cfc937df1341329981$/);
  },
  'Document (Event)': (json) => {
    const { document } = payload(json, 'document');
    assert.equal(document.base64, 'base64encodedcontent');
    assert.equal(document.accessCount, 23);
  },
  'DeletedDocuments (Event)': (json) => {
    assert.deepEqual(payload(json, 'deleteddocuments'), { ids: ['id1', 'id2'] });
  },
  'UserPhoto (Event)': (json) => {
    // Params has a typo ("thomsas"): the user name in Data wins.
    assert.deepEqual(payload(json, 'userphoto'), {
      userName: 'thomas@mysite.com',
      fileName: 'image.png',
      base64: '{base64data}',
    });
  },
  'MonthySummary (Event)': (json) => {
    const p = payload(json, 'monthsummary');
    assert.equal(p.siteKey, 1);
    assert.equal(p.days[0]?.chatSecs, 1883);
    assert.equal(p.days[0]?.current, 0);
  },
  'DaySummary (Event)': (json) => {
    const [day] = payload(json, 'daysummary').days;
    assert.equal(day?.current, 6);
    assert.equal(day?.avgSentiment, 89);
  },
  'Ct (Event)': (json) => {
    assert.deepEqual(payload(json, 'ct'), {
      totals: [
        { siteKey: 1, visitors: 23 },
        { siteKey: 2, visitors: 45 },
      ],
    });
  },
  'ListenC (Event)': (json) => {
    const p = payload(json, 'listenc');
    assert.equal(p.chatUid, CHAT_UID);
    assert.equal(p.message.text, 'message from operator');
  },
  'ListenV (Event)': (json) => {
    assert.equal(payload(json, 'listenv').message.text, 'message from visitor');
  },
  'ListenTransfer (Event)': (json) => {
    assert.deepEqual(payload(json, 'listentransfer'), {
      chatUid: CHAT_UID,
      target: 'TransferTarget',
      message: 'message',
    });
  },
  'Visitors (Event)': (json) => {
    // `Header` in place of `Params`; the second visitor spells `TrackingID`.
    const { visitors } = payload(json, 'visitors');
    assert.deepEqual(
      visitors.map((visitor) => [visitor.id, visitor.ip, visitor.trackingId]),
      [
        ['1:212.45.112.80:301.6863295', '212.45.112.80', '301.6863295'],
        ['1:218.35.86.86:343.13095511', '218.35.86.86', '343.13095511'],
      ],
    );
    assert.equal(visitors[1]?.flags.notIsp, false);
    assert.equal(visitors[1]?.location, 'Taiwan - Asia Pacific On-line Service');
  },
  'Visitor (Event)': (json) => {
    const { visitor } = payload(json, 'visitor');
    assert.equal(visitor.id, '1:196.15.109.60:991.61915693');
    assert.equal(visitor.ip, '196.15.109.60');
    assert.equal(visitor.no, 14);
    assert.equal(visitor.ref, 'https://www.google.com?q=test');
    assert.equal(visitor.flags.raw, 'NNNNNNNNNNNNNYN');
  },
  'VisitorRemove (Event)': (json) => {
    assert.deepEqual(payload(json, 'visitorremove'), { id: '1:196.15.109.60:991.61915693' });
  },
  'VisitorBatch (Event)': (json) => {
    const p = payload(json, 'visitorbatch');
    assert.deepEqual(
      p.updates.map((visitor) => visitor.id),
      ['1:196.15.109.60:991.61915693'],
    );
    assert.deepEqual(p.removes, ['1:196.15.109.60:991.61915693']);
  },
  'VisitDetail (Event)': (json) => {
    const p = payload(json, 'visitdetail');
    assert.equal(p.siteKey, 1010);
    assert.equal(p.ip, '202.42.104.89');
    assert.equal(p.trackingId, '589.14498921');
    assert.equal(p.visitNo, 1);
    assert.equal(p.detail.chatted, false);
    assert.equal(p.detail.geoIp?.countryName, 'Japan');
    assert.deepEqual(
      p.detail.pages.map((page) => page.name),
      ['index.htm', 'page2.htm'],
    );
  },
  'VisitList (Event)': (json) => {
    const p = payload(json, 'visitlist');
    assert.equal(p.siteKey, 1);
    assert.equal(p.date, '2019-09-19');
    assert.deepEqual(
      p.visits.map((visit) => [visit.ip, visit.chatted, visit.duration]),
      [
        ['220.22.84.63', false, 61],
        ['195.21.106.69', true, 64],
      ],
    );
    assert.equal(p.visits[0]?.location, 'Japan - Softbank BB');
  },
  'User (Event)': (json) => {
    const { user } = payload(json, 'user');
    assert.equal(user.userName, 'thomas@mysite.com');
    assert.equal(user.groupName, 'Support');
    assert.equal(user.photoFileName, '');
    assert.equal(user.clientOptions, 'Theme=Dark;AutoLogout=True;');
  },
  'Site (Event)': (json) => {
    const { site } = payload(json, 'site');
    assert.equal(site.siteKey, 1001);
    assert.equal(site.domain, 'www.mynewsite.com');
    // `WrapUp: {}`, `CRM: {}`: defaults, not a failure.
    assert.equal(site.wrapUp.enabled, false);
    assert.deepEqual(site.wrapUp.options, []);
    assert.equal(site.crm.enabled, false);
    assert.deepEqual(site.tags, []);
  },
  'SiteProperties (Event)': (json) => {
    const p = payload(json, 'siteproperties');
    assert.equal(p.siteKey, 1);
    assert.equal(p.properties['HomePage'], 'index.htm');
  },
  'SiteImages (Event)': (json) => {
    const p = payload(json, 'siteimages');
    assert.equal(p.siteKey, 1);
    assert.deepEqual(
      p.images.map((image) => image.imageType),
      [1, 2, 3, 4, 5, 6],
    );
    assert.equal(p.images[0]?.ext, 'gif');
  },
  'SiteStrings (Event)': (json) => {
    const [strings] = payload(json, 'sitestrings').strings;
    assert.equal(strings?.siteKey, 0);
    assert.equal(strings?.isDefault, true);
    assert.deepEqual(
      strings?.uiStrings.map((ui) => [ui.stringId, ui.canUseHtml]),
      [
        ['OpeningMessage', true],
        ['SelectDepartment', false],
      ],
    );
  },
  'DeleteSite (Command) — SiteDeleted': (json) => {
    assert.deepEqual(payload(json, 'sitedeleted'), { siteKey: 1 });
  },
  'Reports (Event)': (json) => {
    const { reports } = payload(json, 'reports');
    // `_id`, not `Id`.
    assert.deepEqual(
      reports.map((report) => report.id),
      ['667ae552c937df077d177850', '667bbe0ac937df117c9962b9'],
    );
    assert.equal(reports[0]?.dateSelectorType, 8);
    assert.match(reports[0]?.sql ?? '', /^SELECT NewVisitors AS "New Visits",Dated \r\nFROM DaySummary/);
    assert.deepEqual(reports[0]?.siteKeys, []);
  },
  'ReportData (Event)': (json) => {
    const p = payload(json, 'reportdata');
    assert.equal(p.reportId, '667ae552c937df077d177850');
    assert.equal(p.siteKey, 1014);
    assert.deepEqual(p.columnNames, ['New Visits', 'Dated']);
    assert.deepEqual(p.columnTypes, ['Int64', 'DateTime']);
    assert.ok(p.dataCsv.startsWith('New Visits,Dated\r\n246,2024-08-01 00:00:00\r\n'));
  },
  'Translation (Event)': (json) => {
    assert.deepEqual(payload(json, 'translation'), {
      siteKey: 1001,
      fromLang: 'en',
      toLang: 'fr',
      text: 'Hello!',
      translation: 'Bonjour!',
    });
  },
  'GetServerSettings (Command) — ServerSettings': (json) => {
    const { settings } = payload(json, 'serversettings');
    assert.equal(settings['ChatClientPortWebSocket'], 8013);
    assert.deepEqual(settings['Server'] && typeof settings['Server'], 'object');
  },
  'FirstLog (Event)': (json) => {
    const lines = payload(json, 'firstlog').text.split('\n');
    assert.equal(lines.length, 22);
    assert.equal(lines[0], '2024-02-23:16:36:58 WhosOn 10.1.3.1 Server Started (SPDELLXPS13)');
  },
};

/** Events of the map the spec shows no example frame of. */
const NAMES_WITHOUT_SPEC_EXAMPLE = [
  'articlesimported',
  'chatdetailhtml',
  'chatdetailpdf',
  'chatdetailtext',
  'clientsettings',
  'log',
  'mcw0',
  'noop',
];

describe('decodeEvent on every spec example', () => {
  it('has concrete expectations for every example, and examples only', () => {
    assert.deepEqual(
      Object.keys(expectations).sort(),
      specEventExamples.map((example) => example.title).sort(),
    );
  });

  it('covers every event name of the map that the spec shows', () => {
    const shown = new Set(specEventExamples.map((example) => example.name));
    for (const name of shown) assert.ok(decodableEventNames.includes(name as WhosOnEventName), name);
    const missing = decodableEventNames.filter((name) => !shown.has(name)).sort();
    assert.deepEqual(missing, NAMES_WITHOUT_SPEC_EXAMPLE);
  });

  for (const example of specEventExamples) {
    it(example.title, () => {
      const check = expectations[example.title];
      assert.ok(check, `no expectation for ${example.title}`);
      check(example.json);
    });
  }
});

describe('decodeEvent on events without a spec example', () => {
  it('reads clientsettings as an object, JSON text or free text', () => {
    const object = payload(frame({ EventName: 'clientsettings', Params: null, Data: { Theme: 'Dark' } }), 'clientsettings');
    assert.deepEqual(object.settings, { Theme: 'Dark' });
    const jsonText = payload(frame({ EventName: 'clientsettings', Data: '{"Sound":true}' }), 'clientsettings');
    assert.deepEqual(jsonText.settings, { Sound: true });
    const text = payload(frame({ EventName: 'clientsettings', Data: 'Theme=Dark;' }), 'clientsettings');
    assert.equal(text.settings, 'Theme=Dark;');
  });

  it('reads log, noop, articlesimported, mcw0 and the chat detail exports', () => {
    assert.equal(payload(frame({ EventName: 'log', Params: null, Data: 'line' }), 'log').text, 'line');
    assert.deepEqual(payload(frame({ EventName: 'noop', Params: null, Data: null }), 'noop'), {});
    const imported = payload(
      frame({ EventName: 'articlesimported', Data: [{ Id: 'a1', Subject: 'Page 1', SiteKeys: '1' }] }),
      'articlesimported',
    );
    assert.deepEqual(imported.articles, [
      { id: 'a1', parentId: '', sortId: '', subject: 'Page 1', siteKeys: [1], skillIds: [] },
    ]);
    assert.deepEqual(payload(frame({ EventName: 'mcw0', Params: [CHAT_UID, 'Stephen'], Data: '' }), 'mcw0'), {
      chatUid: CHAT_UID,
      monitorName: 'Stephen',
    });
    for (const name of ['chatdetailhtml', 'chatdetailtext', 'chatdetailpdf'] as const) {
      assert.deepEqual(payload(frame({ EventName: name, Params: ['1', CHAT_UID], Data: '<p>hi</p>' }), name), {
        siteKey: 1,
        chatUid: CHAT_UID,
        content: '<p>hi</p>',
      });
    }
  });
});

describe('decodeEvent tolerance', () => {
  it('reads the MaxAyncChats typo of the clientevent example', () => {
    const example = specEventExamples.find((entry) => entry.name === 'clientevent');
    assert.ok(example);
    const json = example.json.replace('"MaxAyncChats": 0', '"MaxAyncChats": 2');
    assert.notEqual(json, example.json);
    assert.equal(payload(json, 'clientevent').client.maxAsyncChats, 2);
  });

  it('refuses an unknown event by name', () => {
    assert.equal(decodeError(frame({ EventName: 'xyz', Params: null, Data: null })), 'Unknown event "xyz"');
  });

  it('refuses a name that only exists on Object.prototype', () => {
    assert.match(decodeError(frame({ EventName: 'constructor', Data: null })), /Unknown event/);
    assert.match(decodeError(frame({ EventName: '__proto__', Data: null })), /Unknown event/);
  });

  it('refuses a chatchanged with no ChatUID in Data nor Params', () => {
    const message = decodeError(frame({ EventName: 'chatchanged', Params: null, Data: { Name: 'Howard' } }));
    assert.equal(message, 'Event "chatchanged" has no ChatUID');
  });

  it('takes the ChatUID of a chatchanged from Params when Data lacks it', () => {
    const { chat } = payload(frame({ EventName: 'chatchanged', Params: [CHAT_UID], Data: { Name: 'Howard' } }), 'chatchanged');
    assert.equal(chat.chatUid, CHAT_UID);
    assert.equal(chat.name, 'Howard');
  });

  it('keeps the chat number of an old server naming the chat by number', () => {
    const { chat } = payload(
      frame({ EventName: 'chatchanged', Params: ['12'], Data: { ChatUID: CHAT_UID, Name: 'Howard' } }),
      'chatchanged',
    );
    assert.equal(chat.chatUid, CHAT_UID);
    assert.equal(chat.chatNumber, 12);
    const fromData = payload(frame({ EventName: 'chatchanged', Data: { ChatUID: CHAT_UID, Number: 7 } }), 'chatchanged');
    assert.equal(fromData.chat.chatNumber, 7);
    // A number is not a ChatUID: without one in Data the frame is unusable.
    assert.match(decodeError(frame({ EventName: 'chatchanged', Params: ['12'], Data: { Name: 'x' } })), /no ChatUID/);
  });

  it('splits a colon-joined transfer whose message holds colons', () => {
    const p = payload(
      frame({ EventName: 'transfer', Params: `${CHAT_UID}:65be1e38c937df06329af6f6:Note: VIP customer: be quick`, Data: '' }),
      'transfer',
    );
    assert.deepEqual(p, {
      chatUid: CHAT_UID,
      fromConnectionId: '65be1e38c937df06329af6f6',
      message: 'Note: VIP customer: be quick',
    });
  });

  it('keeps an IPv6 visitor id whole in colon-joined params', () => {
    const id = '1:2001:db8:85a3::8a2e:370:7334:991.61915693';
    assert.deepEqual(payload(frame({ EventName: 'visitorremove', Params: id, Data: '' }), 'visitorremove'), { id });
    const { visitor } = payload(frame({ EventName: 'visitor', Params: id, Data: { Page: 'index.htm' } }), 'visitor');
    assert.equal(visitor.id, id);
    assert.equal(visitor.siteKey, 1);
    assert.equal(visitor.ip, '2001:db8:85a3::8a2e:370:7334');
    assert.equal(visitor.trackingId, '991.61915693');
    assert.equal(visitor.page, 'index.htm');
  });

  it('splits the IPv6 address of colon-joined visit detail params', () => {
    const p = payload(frame({ EventName: 'visitdetail', Params: '1010:2001:db8::7:589.14498921:3', Data: {} }), 'visitdetail');
    assert.equal(p.siteKey, 1010);
    assert.equal(p.ip, '2001:db8::7');
    assert.equal(p.trackingId, '589.14498921');
    assert.equal(p.visitNo, 3);
    const chatVisit = payload(
      frame({ EventName: 'visitdetailchat', Params: `1:::1:123-456:${CHAT_UID}`, Data: null }),
      'visitdetailchat',
    );
    assert.equal(chatVisit.ip, '::1');
    assert.equal(chatVisit.chatUid, CHAT_UID);
  });

  it('reads the ChatUID of an old colon-joined chat header (IPv6 inside)', () => {
    const header = `1:2001:db8::1:sess42:${CHAT_UID}:12`;
    assert.equal(payload(frame({ EventName: 'currentchat', Header: header, Data: { Lines: [] } }), 'currentchat').chatUid, CHAT_UID);
    assert.equal(payload(frame({ EventName: 'prechatsurvey', Header: header, Data: [] }), 'prechatsurvey').chatUid, CHAT_UID);
  });

  it('reads a colon-joined chat request whose visitor name holds a colon', () => {
    const p = payload(frame({ EventName: 'chat', Params: `${CHAT_UID}:2:Dr: Who:Support:Sales,Billing` }), 'chat');
    assert.deepEqual(p, {
      chatUid: CHAT_UID,
      siteKey: 2,
      visitorName: 'Dr: Who',
      dept: 'Support',
      skillNames: ['Sales', 'Billing'],
    });
  });

  it('handles Params null, absent and empty', () => {
    for (const params of [{ Params: null }, {}, { Params: [] }, { Params: '' }]) {
      assert.match(decodeError(frame({ EventName: 'message', ...params, Data: 'hi' })), /no ChatUID/);
      // An id-only event falls back to Data (older servers put the id there).
      assert.deepEqual(payload(frame({ EventName: 'chatclosed', ...params, Data: CHAT_UID }), 'chatclosed'), {
        chatUid: CHAT_UID,
      });
      assert.deepEqual(payload(frame({ EventName: 'chats', ...params, Data: [] }), 'chats'), {
        siteKey: 0,
        date: '',
        chats: [],
      });
    }
  });

  it('reads Data null as an empty list for list events', () => {
    const lists: Array<[WhosOnEventName, string]> = [
      ['sites', 'sites'],
      ['clients', 'clients'],
      ['chatting', 'chats'],
      ['missedchats', 'missedChats'],
      ['skills', 'skills'],
      ['documents', 'documents'],
      ['autoresponses', 'autoResponses'],
      ['articlelist', 'articles'],
      ['articlesimported', 'articles'],
      ['users', 'users'],
      ['usergroups', 'groups'],
      ['workperiods', 'workPeriods'],
      ['reports', 'reports'],
      ['sitestrings', 'strings'],
      ['visitors', 'visitors'],
      ['daysummary', 'days'],
      ['ct', 'totals'],
      ['deleteddocuments', 'ids'],
      ['autoresponsedeleted', 'ids'],
      ['articledeleted', 'ids'],
    ];
    for (const [name, field] of lists) {
      for (const data of [null, '']) {
        const result = decodeText(frame({ EventName: name, Params: null, Data: data }));
        assert.ok(result.ok, name);
        assert.deepEqual((result.value.payload as Record<string, unknown>)[field], [], `${name} ${String(data)}`);
      }
    }
    assert.deepEqual(payload(frame({ EventName: 'visitorbatch', Params: [], Data: null }), 'visitorbatch'), {
      updates: [],
      removes: [],
    });
    assert.deepEqual(payload(frame({ EventName: 'prechatsurvey', Params: [CHAT_UID], Data: null }), 'prechatsurvey').fields, []);
    assert.deepEqual(payload(frame({ EventName: 'articlesearch', Data: { SiteKey: 1, Articles: null } }), 'articlesearch').articles, []);
  });

  it('reads a visitorbatch sent as a bare list of updates', () => {
    const p = payload(
      frame({ EventName: 'visitorbatch', Data: [{ Id: '2:10.0.0.1:5.5', SiteKey: 2 }] }),
      'visitorbatch',
    );
    assert.deepEqual(
      p.updates.map((visitor) => [visitor.id, visitor.ip]),
      [['2:10.0.0.1:5.5', '10.0.0.1']],
    );
    assert.deepEqual(p.removes, []);
  });

  it('leaves out list entries that cannot be identified', () => {
    const p = payload(
      frame({ EventName: 'chatting', Data: [{ ChatUID: 'a' }, { Name: 'no id' }, 'garbage', null, { chatuid: 'b' }] }),
      'chatting',
    );
    assert.deepEqual(
      p.chats.map((chat) => chat.chatUid),
      ['a', 'b'],
    );
  });

  it('reads a status of 4 as Away (3), numbers or strings, and refuses garbage', () => {
    assert.deepEqual(payload(frame({ EventName: 'status', Data: 4 }), 'status'), { status: 3 });
    assert.deepEqual(payload(frame({ EventName: 'status', Data: '4' }), 'status'), { status: 3 });
    assert.deepEqual(payload(frame({ EventName: 'status', Data: 2 }), 'status'), { status: 2 });
    assert.deepEqual(payload(frame({ EventName: 'status', Data: { Status: '0' } }), 'status'), { status: 0 });
    assert.match(decodeError(frame({ EventName: 'status', Data: 'away' })), /has no Status/);
    assert.match(decodeError(frame({ EventName: 'status', Data: null })), /has no Status/);
  });

  it('reads a chat score sent as a number, a string or an object, and refuses garbage', () => {
    assert.equal(payload(frame({ EventName: 'chatscored', Params: [CHAT_UID], Data: 85 }), 'chatscored').score, 85);
    assert.equal(payload(frame({ EventName: 'chatscored', Params: [CHAT_UID], Data: { Score: '70' } }), 'chatscored').score, 70);
    assert.match(decodeError(frame({ EventName: 'chatscored', Params: [CHAT_UID], Data: 'n/a' })), /has no score/);
  });

  it('requires the identifiers of single-item events', () => {
    const cases: Array<[string, unknown, unknown]> = [
      ['clientevent', null, { Name: 'Thomas' }],
      ['clientremove', null, ''],
      ['missedchat', null, { Name: 'x' }],
      ['user', null, { Name: 'x' }],
      ['document', null, { FileName: 'x' }],
      ['autoresponse', null, { Subject: 'x' }],
      ['article', null, { Subject: 'x' }],
      ['articledetail', null, { Subject: 'x' }],
      ['site', null, { Name: 'x' }],
      ['sitedeleted', null, null],
      ['visitor', null, { Page: 'x' }],
      ['visitorremove', null, ''],
      ['transfer', null, ''],
      ['currentchat', null, { Lines: [] }],
      ['fromclient', null, 'hi'],
      ['userphoto', null, { FileName: 'x.png' }],
    ];
    for (const [name, params, data] of cases) {
      const message = decodeError(frame({ EventName: name, Params: params, Data: data }));
      assert.match(message, new RegExp(`^Event "${name}" has no `), name);
    }
  });

  it('reads a message whose Data is an object for its text', () => {
    const p = payload(frame({ EventName: 'message', Params: [CHAT_UID], Data: { Message: 'hello' } }), 'message');
    assert.equal(p.message.text, 'hello');
  });

  it('never throws, whatever the params and data', () => {
    const datas: unknown[] = [null, '', 0, 7, true, 'text', '{"a":', [], {}, [1, 'a', null], { Data: {} }, { ChatUID: 5 }];
    const paramsList: unknown[] = [null, [], [null, 3, true], 'a:b:c', '::::::', [{}]];
    for (const name of decodableEventNames) {
      for (const Data of datas) {
        for (const Params of paramsList) {
          const frameResult = decodeFrame(frame({ EventName: name, Params, Data }));
          assert.ok(frameResult.ok);
          assert.doesNotThrow(() => decodeEvent(frameResult.value), name);
        }
      }
    }
  });

  it('reports the frame it could not use', () => {
    const result = decodeText(frame({ EventName: 'chatclosed', Params: null, Data: null }));
    assert.ok(!result.ok);
    assert.equal(result.error.name, 'ProtocolError');
    assert.match(result.error.frame, /"EventName":"chatclosed"/);
  });
});
