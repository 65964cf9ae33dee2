import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as normalize from './normalize.js';
import {
  normalizeArticle,
  normalizeChat,
  normalizeChatDetail,
  normalizeChatHeader,
  normalizeClient,
  normalizeDocument,
  normalizeList,
  normalizeMissedChat,
  normalizeReportDefinition,
  normalizeSite,
  normalizeStatus,
  normalizeSurveyField,
  normalizeSurveyFields,
  normalizeUser,
  normalizeUserGroup,
  normalizeVisitDetail,
  normalizeVisitor,
  normalizeVisitorFlags,
  normalizeVisitListEntry,
  normalizeWorkPeriod,
  parseVisitorId,
  toFlag,
  toList,
  toNumber,
  toSiteKeys,
} from './normalize.js';

describe('field lookup', () => {
  it('matches field names in any case', () => {
    const chat = normalizeChat({ chatuid: 'c1', SITEKEY: '3', trackingID: 't', waitedsecs: '7' });
    assert.equal(chat.chatUid, 'c1');
    assert.equal(chat.siteKey, 3);
    assert.equal(chat.trackingId, 't');
    assert.equal(chat.waitedSeconds, 7);
  });

  it('reads an object sent as JSON text', () => {
    assert.equal(normalizeChat('{"ChatUID":"c2","Name":"Ann"}').name, 'Ann');
  });
});

describe('spec typos and drifts', () => {
  it('reads WaitedSeconds and WaitedSecs', () => {
    assert.equal(normalizeChat({ WaitedSeconds: 13 }).waitedSeconds, 13);
    assert.equal(normalizeChat({ WaitedSecs: 5 }).waitedSeconds, 5);
    assert.equal(normalizeMissedChat({ WaitedSecs: 6 }).waitedSeconds, 6);
    assert.equal(normalizeChatHeader({ WaitedSecs: 8 }).waitedSeconds, 8);
  });

  it('reads MaxAsyncChats and MaxAyncChats', () => {
    assert.equal(normalizeClient({ MaxAsyncChats: 2 }).maxAsyncChats, 2);
    assert.equal(normalizeClient({ MaxAyncChats: 4 }).maxAsyncChats, 4);
    assert.equal(normalizeUser({ MaxAyncChats: 3 }).maxAsyncChats, 3);
  });

  it('reads TrackingId and TrackingID, VisitorSessionId and VisitorSessionID', () => {
    assert.equal(normalizeVisitor({ Id: '1:1.2.3.4:x', TrackingID: '343.1' }).trackingId, '343.1');
    assert.equal(normalizeVisitor({ Id: '1:1.2.3.4:x', TrackingId: '301.6' }).trackingId, '301.6');
    assert.equal(normalizeChat({ VisitorSessionID: 's1' }).trackingId, 's1');
    assert.equal(normalizeChat({ VisitorSessionId: 's2' }).trackingId, 's2');
  });

  it('reads Chatted and Chatting with their language and translate fields', () => {
    const chatted = normalizeVisitDetail({ Chatted: true, ChattedLanguage: 'fr', ChattedTranslate: 'true' });
    const chatting = normalizeVisitDetail({ Chatting: true, ChattingLanguage: 'de', ChattingTranslate: true });
    assert.deepEqual([chatted.chatted, chatted.chattedLanguage, chatted.chattedTranslate], [true, 'fr', true]);
    assert.deepEqual([chatting.chatted, chatting.chattedLanguage, chatting.chattedTranslate], [true, 'de', true]);
    assert.equal(normalizeVisitListEntry({ Chatting: 'True' }).chatted, true);
    assert.equal(normalizeVisitDetail({}).chatted, false);
  });

  it('reads survey fields as {Name, Value} or {FieldName, FieldValue}', () => {
    assert.deepEqual(normalizeSurveyField({ Name: 'Company', Value: 'Acme' }), {
      name: 'Company',
      value: 'Acme',
      builtInField: '',
    });
    assert.deepEqual(normalizeSurveyField({ FieldName: 'Email', FieldValue: 'a@b.c', BuiltInField: 'email' }), {
      name: 'Email',
      value: 'a@b.c',
      builtInField: 'email',
    });
  });

  it('reads survey answers as a list, { Fields } or a name -> value object', () => {
    assert.deepEqual(
      normalizeSurveyFields([{ Name: 'A', Value: '1' }]).map((field) => [field.name, field.value]),
      [['A', '1']],
    );
    assert.deepEqual(
      normalizeSurveyFields({ Fields: [{ FieldName: 'B', FieldValue: 2 }] }).map((field) => [field.name, field.value]),
      [['B', '2']],
    );
    assert.deepEqual(
      normalizeSurveyFields({ Company: 'Acme', Rating: 5 }).map((field) => [field.name, field.value]),
      [
        ['Company', 'Acme'],
        ['Rating', '5'],
      ],
    );
  });

  it('reads AutoAccept and AutoAcceptChats', () => {
    assert.equal(normalizeUser({ AutoAccept: true }).autoAccept, true);
    assert.equal(normalizeUser({ AutoAcceptChats: 'true' }).autoAccept, true);
    assert.equal(normalizeUserGroup({ AutoAcceptChats: 1 }).autoAccept, true);
    assert.equal(normalizeUser({}).autoAccept, false);
  });

  it('reads user skills from SkillIds or, in nameduser, Skills', () => {
    assert.deepEqual(normalizeUser({ SkillIds: 'a,b' }).skillIds, ['a', 'b']);
    assert.deepEqual(normalizeUser({ Skills: '1,2,3' }).skillIds, ['1', '2', '3']);
  });

  it('reads report ids from _id or Id', () => {
    assert.equal(normalizeReportDefinition({ _id: 'r1' }).id, 'r1');
    assert.equal(normalizeReportDefinition({ Id: 'r2' }).id, 'r2');
  });

  it('reads status 4 as Away (3) and refuses unknown numbers', () => {
    assert.equal(normalizeStatus(4), 3);
    assert.equal(normalizeStatus('4'), 3);
    assert.equal(normalizeStatus('2'), 2);
    assert.equal(normalizeStatus(0), 0);
    assert.equal(normalizeStatus(7), null);
    assert.equal(normalizeStatus(''), null);
    assert.equal(normalizeStatus(null), null);
    assert.equal(normalizeClient({ Status: 4 }).status, 3);
  });

  it('shows an operator of unreadable status as Busy, never as available', () => {
    assert.equal(normalizeClient({ Status: 'online?' }).status, 1);
    assert.equal(normalizeClient({}).status, 1);
  });
});

describe('coercion', () => {
  it('reads numbers sent as strings, and garbage as 0', () => {
    assert.equal(toNumber('42'), 42);
    assert.equal(toNumber(' -5 '), -5);
    assert.equal(toNumber('53.0278'), 53.0278);
    assert.equal(toNumber('abc'), 0);
    assert.equal(toNumber(''), 0);
    assert.equal(toNumber(null), 0);
    assert.equal(toNumber(Number.NaN), 0);
  });

  it('reads flags sent as strings or numbers', () => {
    for (const yes of [true, 'true', 'True', 'TRUE', '1', 1, 'Y', 'yes']) assert.equal(toFlag(yes), true, String(yes));
    for (const no of [false, 'false', 'False', '0', 0, 'N', '', null, undefined, {}]) assert.equal(toFlag(no), false, String(no));
  });

  it('splits comma lists, trims them and drops empty entries', () => {
    assert.deepEqual(toList(' Sales , Support ,,'), ['Sales', 'Support']);
    assert.deepEqual(toList(''), []);
    assert.deepEqual(toList(null), []);
    assert.deepEqual(toList(['a', ' b ', '']), ['a', 'b']);
  });

  it('reads site keys as numbers from strings or arrays', () => {
    assert.deepEqual(toSiteKeys('1, 2,x,'), [1, 2]);
    assert.deepEqual(toSiteKeys([1, '3']), [1, 3]);
    assert.deepEqual(toSiteKeys(''), []);
    assert.deepEqual(normalizeUser({ SiteKeys: '1010' }).siteKeys, [1010]);
  });

  it('reads tags as an array or a comma string', () => {
    assert.deepEqual(normalizeChatHeader({ Tags: ['Sales', 'Quoted'] }).tags, ['Sales', 'Quoted']);
    assert.deepEqual(normalizeChatHeader({ Tags: 'Sales, Quoted' }).tags, ['Sales', 'Quoted']);
    assert.deepEqual(normalizeSite({ Tags: 'a,b' }).tags, ['a', 'b']);
    assert.deepEqual(normalizeSite({ Tags: null }).tags, []);
  });

  it('keeps the positions of operator names (OperatorIndex counts them)', () => {
    assert.deepEqual(normalizeChatHeader({ TakenByUsers: 'Thomas,,Martin' }).takenByUsers, ['Thomas', '', 'Martin']);
    assert.deepEqual(normalizeChatHeader({ TakenByUsers: '' }).takenByUsers, []);
  });

  it('treats a blank document content as no content', () => {
    assert.equal(normalizeDocument({ Base64: '' }).base64, null);
    assert.equal(normalizeDocument({ Base64: null }).base64, null);
    assert.equal(normalizeDocument({ Base64: 'QUJD' }).base64, 'QUJD');
  });
});

describe('models', () => {
  it('decodes rights through decodeRights', () => {
    const user = normalizeUser({ Rights: 'YNYNYNYNYNYNY2YNYNYNYS' });
    assert.equal(user.rights.raw, 'YNYNYNYNYNYNY2YNYNYNYS');
    assert.equal(user.rights.canEditProperties, true);
    assert.equal(user.rights.canViewReports, false);
    assert.equal(user.rights.sendSingleUseFiles, 'never');
    assert.equal(user.rights.isSystemAdministrator, true);
    assert.equal(normalizeUser({}).rights.canTakeChats, false);
  });

  it('decodes visitor flags by position', () => {
    assert.deepEqual(normalizeVisitorFlags('NYNYNYNNN'), {
      notMoving: false,
      chatting: true,
      callbackRequested: false,
      polling: true,
      notIsp: false,
      ssl: true,
      raw: 'NYNYNYNNN',
    });
    const short = normalizeVisitorFlags('y');
    assert.equal(short.notMoving, true);
    assert.equal(short.ssl, false);
  });

  it('splits a visitor id whose IP is IPv6', () => {
    assert.deepEqual(parseVisitorId('1:2001:db8::1:991.61915693'), {
      siteKey: 1,
      ip: '2001:db8::1',
      trackingId: '991.61915693',
    });
    assert.deepEqual(parseVisitorId('1:196.15.109.60:991.61915693'), {
      siteKey: 1,
      ip: '196.15.109.60',
      trackingId: '991.61915693',
    });
  });

  it('takes a visitor IP from its id, or builds the id from its parts', () => {
    const fromId = normalizeVisitor({ Id: '3:::1:42.5', SiteKey: 3 });
    assert.equal(fromId.ip, '::1');
    assert.equal(fromId.trackingId, '42.5');
    const built = normalizeVisitor({ SiteKey: 2, IP: '10.0.0.9', TrackingId: '7.7' });
    assert.equal(built.id, '2:10.0.0.9:7.7');
    assert.equal(normalizeVisitor({ Page: 'x' }).id, '');
  });

  it('reads work period days positionally, a day off as four blanks', () => {
    const period = normalizeWorkPeriod({ Day1: '09:00:00,12:30:00,13:00:00,17:30:00', Day6: ',,,' });
    assert.deepEqual(period.days[0], ['09:00:00', '12:30:00', '13:00:00', '17:30:00']);
    assert.deepEqual(period.days[5], ['', '', '', '']);
    assert.deepEqual(period.days[2], ['', '', '', '']);
  });

  it('reads the site shape of the full site JSON (Chat settings, ChatWrapUp, OnDemandFields object)', () => {
    const site = normalizeSite({
      SiteKey: 1009,
      PreventBlockChatVisitor: true,
      Chat: {
        SLAWarningSeconds: 25,
        AllowFileUpload: 1,
        OnDemandFields: { Enabled: true, Fields: [{ FieldName: 'Ref', FieldType: 'text', Prompt: 'Ref?' }] },
        Tags: ['customer'],
      },
      ChatWrapUp: { Type: 'menu', Show: 'sessionstart', Options: [{ Value: 'p', DisplayValue: 'Pricing', SubOptions: null }] },
    });
    assert.equal(site.slaWarningSeconds, 25);
    assert.equal(site.allowFileUpload, 1);
    assert.equal(site.preventBlock, true);
    assert.deepEqual(site.onDemandFields, [{ fieldName: 'Ref', fieldType: 'text', prompt: 'Ref?' }]);
    assert.deepEqual(site.tags, ['customer']);
    assert.equal(site.wrapUp.type, 'Menu');
    assert.equal(site.wrapUp.show, 'SessionStart');
    assert.deepEqual(site.wrapUp.options, [{ value: 'p', displayValue: 'Pricing', subOptions: [] }]);
  });

  it('falls back to neutral wrap-up settings and upload mode when unknown', () => {
    const site = normalizeSite({ WrapUp: { Type: 'Carousel' }, AllowFileUpload: 9 });
    assert.equal(site.wrapUp.type, 'List');
    assert.equal(site.wrapUp.show, 'SessionEnd');
    assert.equal(site.allowFileUpload, 0);
  });

  it('reads a chat number when the server sends one', () => {
    assert.equal(normalizeChat({ Number: 12 }).chatNumber, 12);
    assert.equal(normalizeChat({ ChatNumber: '3' }).chatNumber, 3);
    assert.equal(normalizeChat({}).chatNumber, null);
  });

  it('reads a chat detail whose header is flattened into it', () => {
    const detail = normalizeChatDetail({ ChatUID: 'c9', Name: 'Ann', Lines: [{ OperatorIndex: '0', Message: 'hi' }] });
    assert.equal(detail.header.chatUid, 'c9');
    assert.deepEqual(detail.lines, [{ dated: '', operatorIndex: 0, message: 'hi' }]);
    assert.equal(detail.visitDetail, null);
  });

  it('gives an article its summary fields and its detail', () => {
    const article = normalizeArticle({ Id: 'a', Subject: 'S', Content: 'C', SiteKeys: '1,2', SkillIds: 'k' });
    assert.deepEqual(
      [article.id, article.subject, article.content, article.siteKeys, article.skillIds],
      ['a', 'S', 'C', [1, 2], ['k']],
    );
  });

  it('skips list entries that are not objects, and reads a single object as a list of one', () => {
    assert.deepEqual(
      normalizeList([{ ChatUID: 'a' }, 'x', null, 3], normalizeChat).map((chat) => chat.chatUid),
      ['a'],
    );
    assert.deepEqual(
      normalizeList({ ChatUID: 'b' }, normalizeChat).map((chat) => chat.chatUid),
      ['b'],
    );
    assert.deepEqual(normalizeList(null, normalizeChat), []);
    assert.deepEqual(normalizeList('', normalizeChat), []);
  });
});

describe('defaults', () => {
  it('gives every field of a model its documented default when the object is empty', () => {
    assert.deepEqual(normalizeChat({}), {
      chatUid: '',
      siteKey: 0,
      ip: '',
      trackingId: '',
      name: '',
      dept: '',
      skillIds: [],
      skillNames: [],
      waitedSeconds: 0,
      queuePos: 0,
      talkingToClientId: '',
      lang: '',
      translation: false,
      monitoredBy: '',
      location: '',
      channel: '',
      chatNumber: null,
    });
    const user = normalizeUser(undefined);
    assert.equal(user.userName, '');
    assert.equal(user.botSettings, null);
    assert.deepEqual(user.siteKeys, []);
    assert.equal(normalizeVisitDetail(null).geoIp, null);
  });

  it('never throws on odd input and never leaves a field undefined', () => {
    const oddInputs: unknown[] = [
      null,
      undefined,
      0,
      'text',
      '{"broken":',
      [],
      [1, 2],
      {},
      { Chat: null, WrapUp: 'x', Tags: 5, Lines: 'x', GeoIP: 'x', BotSettings: [], SubOptions: {} },
      { SiteKeys: {}, Rights: 42, Status: [], Flags: null, Day1: 9, Options: [null, 'x', { SubOptions: [{}] }] },
    ];
    const normalizers = Object.entries(normalize).filter(
      ([name, value]) => name.startsWith('normalize') && typeof value === 'function',
    ) as Array<[string, (raw: unknown) => unknown]>;
    assert.ok(normalizers.length >= 40, `found ${normalizers.length} normalisers`);
    for (const [name, normalizeOne] of normalizers) {
      for (const input of oddInputs) {
        const result =
          name === 'normalizeList' ? normalize.normalizeList(input, normalizeChat) : normalizeOne(input);
        if (result !== null && typeof result === 'object' && !Array.isArray(result)) {
          for (const [field, value] of Object.entries(result)) {
            assert.notEqual(value, undefined, `${name}(${JSON.stringify(input)}).${field}`);
          }
        }
      }
    }
  });
});
