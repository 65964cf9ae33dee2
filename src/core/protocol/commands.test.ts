import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CommandArgumentError,
  CommandLimitError,
  commandWireNames,
  commands,
  textLimits,
  type CommandBuilders,
} from './commands.js';
import { encodeCommand, type CommandFrame } from './frame.js';

const chatUid = '65b3b5f6c937df03142c7e51';

interface Example {
  title: string;
  builder: keyof CommandBuilders;
  run: () => CommandFrame;
  expected: CommandFrame;
}

/** Ties a builder name to a call of that builder, so the table can check every builder is exercised. */
function example<K extends keyof CommandBuilders>(
  builder: K,
  args: Parameters<CommandBuilders[K]>,
  expected: CommandFrame,
  title = expected.Command,
): Example {
  const call = commands[builder] as (...values: unknown[]) => CommandFrame;
  return { title, builder, run: () => call(...args), expected };
}

/**
 * Each entry: the spec example's values in, the spec example's frame out, written out as the
 * spec shows it. Where the spec shows placeholders ("{skilljson}", "id", "sitekeys") the values
 * come from the spec's own sample objects; where it names a command only in prose, the frame
 * follows that prose. The spec writes some names in lower case (`changepassword`, `status`,
 * `mcw1`, `contact`): names are case-insensitive and we send the heading's casing. Examples
 * that say "Parameters" are sent as "Params".
 */
const examples: Example[] = [
  // Session
  example(
    'login',
    [
      {
        username: 'thomas@mysite.com',
        password: 'password1234',
        authString: 'MYSERVERAUTHSTRING',
        name: 'Thomas Parker',
        department: 'Support',
        status: 0,
        lang: 'en',
        platform: 'Windows',
        version: '1.0.0.1',
      },
    ],
    {
      Command: 'Login',
      Params: [
        'thomas@mysite.com',
        'password1234',
        'MYSERVERAUTHSTRING',
        'Thomas Parker',
        'Support',
        '0',
        'en',
        'Windows',
        '1.0.0.1',
      ],
    },
  ),
  example(
    'login',
    [{ username: 'thomas@mysite.com', password: 'abcd1234', authString: 'MYSERVERAUTH' }],
    { Command: 'Login', Params: ['thomas@mysite.com', 'abcd1234', 'MYSERVERAUTH', '', '', '0', '', '', ''] },
    'Login with only the required fields defaults the rest',
  ),
  example('changePassword', ['username', 'oldpassword', 'newpassword'], {
    Command: 'ChangePassword',
    Params: ['username', 'oldpassword', 'newpassword'],
  }),
  example('status', [2, 'Just grabbing a coffee'], { Command: 'Status', Params: ['2', 'Just grabbing a coffee'] }),
  example('setStatus', ['65be1ca7c937df08c475b522', 2], {
    Command: 'SetStatus',
    Params: ['65be1ca7c937df08c475b522', '2'],
  }),
  example('close', [], { Command: 'Close', Params: null }),
  example('noop', [], { Command: 'Noop', Params: null }),

  // Lists after login
  example('getSkills', [], { Command: 'GetSkills', Params: null }),
  example('getDocuments', [], { Command: 'GetDocuments', Params: null }),
  example('getAutoResponses', [], { Command: 'GetAutoResponses', Params: null }),
  example('getArticleList', [], { Command: 'GetArticleList', Params: null }),
  example('getUsers', [], { Command: 'GetUsers', Params: null }),
  example('getUserGroups', [], { Command: 'GetUserGroups', Params: null }),
  example('getWorkPeriods', [], { Command: 'GetWorkPeriods', Params: null }),

  // Operator to operator
  example('sendToClient', ['65be1afac937df06bb1c86d5', 'Hello'], {
    Command: 'SendToClient',
    Params: ['65be1afac937df06bb1c86d5', 'Hello'],
  }),
  example('c1', ['65be1afac937df06bb1c86d5'], { Command: 'C1', Params: ['65be1afac937df06bb1c86d5'] }),
  example('c0', ['65be1afac937df06bb1c86d5'], { Command: 'C0', Params: ['65be1afac937df06bb1c86d5'] }),
  example('getClientChat', ['thomas@mysite.com', '', ''], {
    Command: 'GetClientChat',
    Params: ['thomas@mysite.com', '', ''],
  }),
  example('broadcast', ['Please logout, we are updating the server.'], {
    Command: 'Broadcast',
    Params: ['Please logout, we are updating the server.'],
  }),

  // Chatting
  example('chat', [chatUid], { Command: 'Chat', Params: [chatUid] }),
  example('sendTo', [chatUid, 'Hello. How can I help?'], {
    Command: 'SendTo',
    Params: [chatUid, 'Hello. How can I help?'],
  }),
  example('linkTo', [chatUid, 'http://www.mysite.com/pricing/'], {
    Command: 'LinkTo',
    Params: [chatUid, 'http://www.mysite.com/pricing/'],
  }),
  example('translation', [chatUid, true], { Command: 'Translation', Params: [chatUid, 'true'] }),
  example('sendDocumentTo', [chatUid, '65b3b9cfc937df1341329981'], {
    Command: 'SendDocumentTo',
    Params: [chatUid, '65b3b9cfc937df1341329981'],
  }),
  example(
    'sendNewDocumentTo',
    [{ chatUid, fileName: 'quote2.pdf', folder: '/quotes/', singleUse: false, siteKey: 1, base64: 'base64encodedcontent' }],
    { Command: 'SendNewDocumentTo', Params: [chatUid, 'quote2.pdf', '/quotes/', 'false', '1', 'base64encodedcontent'] },
  ),
  example('startTyping', [chatUid], { Command: 'StartTyping', Params: [chatUid] }),
  example('stopTyping', [chatUid], { Command: 'StopTyping', Params: [chatUid] }),
  example('documentRequest', [chatUid], { Command: 'DocumentRequest', Params: [chatUid] }),
  example('fieldRequest', [chatUid, 'Reference', 'Please enter your reference code'], {
    Command: 'FieldRequest',
    Params: [chatUid, 'Reference', 'Please enter your reference code'],
  }),
  example('requestMonitor', [chatUid, 'Could you monitor this chat.'], {
    Command: 'RequestMonitor',
    Params: [chatUid, 'Could you monitor this chat.'],
  }),
  example('block', ['123.456.789.101'], { Command: 'Block', Params: ['123.456.789.101'] }),
  example('clearBlacklist', [], { Command: 'ClearBlacklist', Params: null }),
  example('crmPost', [1, chatUid], { Command: 'CRMPost', Params: ['1', chatUid, ''] }),
  example('crmPost', [1, chatUid, true], { Command: 'CRMPost', Params: ['1', chatUid, 'disable'] }, 'CRMPost disable'),
  example(
    'sendTranscript',
    [
      {
        siteKey: 1,
        chatUid,
        from: 'from@myserver.com',
        to: 'tovisitor@test.com',
        subject: 'subject',
        sms: false,
        message: 'message',
        pdf: true,
        documentId: '',
      },
    ],
    {
      Command: 'SendTranscript',
      Params: ['1', chatUid, 'from@myserver.com', 'tovisitor@test.com', 'subject', 'false', 'message', 'true', ''],
    },
  ),
  example('getChatVisit', [{ siteKey: 1, ip: '195.62.193.194', trackingId: '123-4567890123' }, chatUid], {
    Command: 'GetChatVisit',
    Params: ['1', '195.62.193.194', '123-4567890123', chatUid],
  }),
  example(
    'sendTwoFactorAuth',
    [
      {
        siteKey: 1,
        chatUid,
        email: 'howard@test.com',
        code: '123456',
        message: 'Please enter the code below into your chat session to verify:',
      },
    ],
    {
      Command: 'SendTwoFactorAuth',
      Params: ['1', chatUid, 'howard@test.com', '123456', 'Please enter the code below into your chat session to verify:'],
    },
  ),
  example('closeChat', [chatUid], { Command: 'CloseChat', Params: [chatUid] }),
  example('leave', [chatUid], { Command: 'Leave', Params: [chatUid] }),
  example('chatWrapUpComplete', [1, chatUid, 'wrap up value'], {
    Command: 'ChatWrapUpComplete',
    Params: ['1', chatUid, 'wrap up value'],
  }),
  example('chatAddTags', [1, chatUid, ['Sales', 'Demo']], { Command: 'ChatAddTags', Params: ['1', chatUid, 'Sales,Demo'] }),
  example(
    'contact',
    [
      { siteKey: 1, ip: '195.34.21.32', trackingId: '123-78729473872' },
      {
        name: '{name}',
        email: '{email}',
        company: '{company}',
        telephone: '{phone}',
        notes: '{notes}',
        street: '{street}',
        city: '{city}',
        postCode: '{postcode}',
        country: '{country}',
        webAddress: '{webaddress}',
        organization: '{organization}',
        crmId: '{crmid}',
      },
    ],
    {
      Command: 'Contact',
      Params: [
        '1',
        '195.34.21.32',
        '123-78729473872',
        '{name}',
        '{email}',
        '{company}',
        '{phone}',
        '{notes}',
        '{street}',
        '{city}',
        '{postcode}',
        '{country}',
        '{webaddress}',
        '{organization}',
        '{crmid}',
      ],
    },
  ),

  // Transfers
  example('transfer', [chatUid, ['65be1c6ac937df0817058d4f', '65be1ca7c937df08c475b522'], 'message'], {
    Command: 'Transfer',
    Params: [chatUid, '65be1c6ac937df0817058d4f,65be1ca7c937df08c475b522', 'message'],
  }),
  example('transferDept', [chatUid, 'department', 'message'], {
    Command: 'TransferDept',
    Params: [chatUid, 'department', 'message'],
  }),
  example('transferSkills', [chatUid, ['65c10033c937df02e0dd66ec'], 'Please pickup...'], {
    Command: 'TransferSkills',
    Params: [chatUid, '65c10033c937df02e0dd66ec', 'Please pickup...'],
  }),
  example('transferQueue', [chatUid, 1], { Command: 'TransferQueue', Params: [chatUid, '1'] }),

  // Monitoring
  example('monitor', [chatUid], { Command: 'Monitor', Params: [chatUid] }),
  example('mcw1', ['65be1e8ec937df0cf801e209', chatUid], {
    Command: 'MCW1',
    Params: ['65be1e8ec937df0cf801e209', chatUid],
  }),
  example('mcw0', ['65be1e8ec937df0cf801e209', chatUid], {
    Command: 'MCW0',
    Params: ['65be1e8ec937df0cf801e209', chatUid],
  }),
  example(
    'whisper',
    ['65be1e8ec937df0cf801e209', chatUid, 'I think that product is discontinued. Check first before you answer.'],
    {
      Command: 'Whisper',
      Params: ['65be1e8ec937df0cf801e209', chatUid, 'I think that product is discontinued. Check first before you answer.'],
    },
  ),
  example('stopMonitor', [chatUid], { Command: 'StopMonitor', Params: [chatUid] }),
  example('acquireChat', [chatUid], { Command: 'AquireChat', Params: [chatUid] }),

  // Previous chats
  example('getChats', [1, '2019-09-24'], { Command: 'GetChats', Params: ['1', '2019-09-24'] }),
  example('getChatDetail', [1, chatUid], { Command: 'GetChatDetail', Params: ['1', chatUid] }),
  example('getChatDetailHtml', [1, chatUid], { Command: 'GetChatDetailHTML', Params: ['1', chatUid] }),
  example('getChatDetailText', [1, chatUid], { Command: 'GetChatDetailText', Params: ['1', chatUid] }),
  example('getChatDetailPdf', [1, chatUid], { Command: 'GetChatDetailPDF', Params: ['1', chatUid] }),
  example('getPrevChatsForIp', [1, '196.32.13.56'], { Command: 'GetPrevChatsForIP', Params: ['1', '196.32.13.56'] }),
  example('deleteChats', [1, ['65b3b5f6c937df03142c7e51', '65b3b5f6c937df03142c7e52']], {
    Command: 'DeleteChats',
    Params: ['1', '65b3b5f6c937df03142c7e51,65b3b5f6c937df03142c7e52'],
  }),
  example('getChatSearch', [1, '2019-09-01', '2019-09-16', 'thomas'], {
    Command: 'GetChatSearch',
    Params: ['1', '2019-09-01', '2019-09-16', 'thomas'],
  }),

  // Missed chats and callbacks
  example('missedChatResponding', [chatUid], { Command: 'MissedChatResponding', Params: [chatUid] }),
  example('missedChatResponded', [chatUid, 'message text'], {
    Command: 'MissedChatResponded',
    Params: [chatUid, 'message text'],
  }),
  example('missedChatRespondingCancel', [chatUid], { Command: 'MissedChatRespondingCancel', Params: [chatUid] }),
  example('callBackStart', [1, chatUid, '07799123456'], { Command: 'CallBackStart', Params: ['1', chatUid, '07799123456'] }),

  // Skills
  example(
    'saveSkill',
    [{ Id: '65c0ffd5c937df0b5f889938', ParentId: '', Name: 'Sales', CreatedByUser: 'thomas@mysite.com', SiteKeys: '1,2,3' }],
    {
      Command: 'SaveSkill',
      Params: [
        '{"Id":"65c0ffd5c937df0b5f889938","ParentId":"","Name":"Sales","CreatedByUser":"thomas@mysite.com","SiteKeys":"1,2,3"}',
      ],
    },
  ),
  example('deleteSkill', ['65c0ffd5c937df0b5f889938'], { Command: 'DeleteSkill', Params: ['65c0ffd5c937df0b5f889938'] }),

  // Auto-responses
  example(
    'autoResponseUpdate',
    [
      {
        id: '65c49ff2c937df00af7fa0fd',
        parentId: '',
        sortId: '',
        siteKeys: [1, 2],
        skillIds: ['65c0ffd5c937df0b5f889938'],
        subject: 'What are your opening hours',
        content: 'We are open from 9am to 5pm, Monday to Friday.',
        keywordsFixed: [],
        documentId: '',
        tag: '',
      },
    ],
    {
      Command: 'AutoResponseUpdate',
      Params: [
        '65c49ff2c937df00af7fa0fd',
        '',
        '',
        '1,2',
        '65c0ffd5c937df0b5f889938',
        'What are your opening hours',
        'We are open from 9am to 5pm, Monday to Friday.',
        '',
        '',
        '',
      ],
    },
  ),
  example('autoResponseDelete', ['65c49ff2c937df00af7fa0fd'], {
    Command: 'AutoResponseDelete',
    Params: ['65c49ff2c937df00af7fa0fd'],
  }),

  // Knowledge store
  example('getArticleDetail', ['65b3b9cfc937df1341329981'], { Command: 'GetArticle', Params: ['65b3b9cfc937df1341329981'] }),
  example(
    'articleUpdate',
    [
      {
        id: '65b3b9cfc937df1341329981',
        parentId: '',
        sortId: '',
        siteKeys: [1, 2],
        skillIds: ['65c0ffd5c937df0b5f889938'],
        subject: 'Product Information',
        content: 'We offer the following products ....',
        keywordsFixed: ['pricing', 'products'],
        documentId: '',
        tag: '',
      },
    ],
    {
      Command: 'ArticleUpdate',
      Params: [
        '65b3b9cfc937df1341329981',
        '',
        '',
        '1,2',
        '65c0ffd5c937df0b5f889938',
        'Product Information',
        'We offer the following products ....',
        'pricing,products',
        '',
        '',
      ],
    },
  ),
  example(
    'articleImport',
    [
      {
        parentId: '',
        sortId: '',
        siteKeys: [1, 2],
        skillIds: [],
        fileName: 'manual.pdf',
        subject: '',
        keywordsFixed: [],
        tag: '',
        base64: 'base64content',
      },
    ],
    { Command: 'ArticleImport', Params: ['', '', '1,2', '', 'manual.pdf', '', '', '', 'base64content'] },
  ),
  example('articleDelete', ['65b3b9cfc937df1341329981'], { Command: 'ArticleDelete', Params: ['65b3b9cfc937df1341329981'] }),
  example('articleSearch', [1010, ['65c0ffd5c937df0b5f889938'], 'How do I login?', 5], {
    Command: 'ArticleSearch',
    Params: ['1010', '65c0ffd5c937df0b5f889938', 'How do I login?', '5'],
  }),
  example('getSuggestion', [2, [], 'What is your telephone number?'], {
    Command: 'GetSuggestion',
    Params: ['2', '', 'What is your telephone number?'],
  }),

  // Documents
  example('getDocument', ['65b3b9cfc937df1341329981'], { Command: 'GetDocument', Params: ['65b3b9cfc937df1341329981'] }),
  example(
    'saveDocument',
    [{ fileName: 'quote2.pdf', folder: 'quotes/recent/', singleUse: false, siteKey: 1, base64: 'base64encodedcontent' }],
    { Command: 'SaveDocument', Params: ['quote2.pdf', 'quotes/recent/', 'false', '1', 'base64encodedcontent'] },
  ),
  example('deleteDocuments', [['id1', 'id2']], { Command: 'DeleteDocuments', Params: ['id1,id2'] }),
  example('pinDocuments', [['id1', 'id2']], { Command: 'PinDocuments', Params: ['id1,id2'] }),

  // User photos
  example('getUserPhotos', [['thomas@mysite.com', 'martin@mysite.com']], {
    Command: 'GetUserPhotos',
    Params: ['thomas@mysite.com,martin@mysite.com'],
  }),
  example('userPhoto', ['thomas@mysite.com', 'image.png', '{base64}'], {
    Command: 'UserPhoto',
    Params: ['thomas@mysite.com', 'image.png', '{base64}'],
  }),

  // Traffic summary, listen mode, visitors
  example('getMonthSummary', [1], { Command: 'GetMonthSummary', Params: ['1'] }),
  example('getDaySummary', [], { Command: 'GetDaySummary', Params: null }),
  example('getDaySummary', ['2024-01-01'], { Command: 'GetDaySummary', Params: ['2024-01-01'] }, 'GetDaySummary of a date'),
  example('getCt', [], { Command: 'GetCT', Params: null }),
  example('startCurrentVisitorTotalsEvents', [], { Command: 'StartCurrentVisitorTotalsEvents', Params: null }),
  example('stopCurrentVisitorTotalsEvents', [], { Command: 'StopCurrentVisitorTotalsEvents', Params: null }),
  example('startListening', [], { Command: 'StartListening', Params: null }),
  example('stopListening', [], { Command: 'StopListening', Params: null }),
  example('startVisitorEvents', [], { Command: 'StartVisitorEvents', Params: null }),
  example('stopVisitorEvents', [], { Command: 'StopVisitorEvents', Params: null }),
  example('getVisitors', [], { Command: 'GetVisitors', Params: null }),
  example('getVisit', [{ siteKey: 1010, ip: '202.42.104.89', trackingId: '589.14498921' }, 1], {
    Command: 'GetVisit',
    Params: ['1010', '202.42.104.89', '589.14498921', '1'],
  }),
  example('getVisitList', [1, '2019-09-19'], { Command: 'GetVisitList', Params: ['1', '2019-09-19'] }),

  // Users, groups, work periods
  example(
    'saveUser',
    [
      {
        UserName: 'thomas@mysite.com',
        Name: 'Thomas',
        SiteKeys: '1,2',
        Rights: 'NYYYYYYYNNNYYNYYN0',
        RequirePasswordReset: true,
        SetPasswordTo: 'Secret123',
      },
      true,
    ],
    {
      Command: 'SaveUser',
      Params: [
        '{"UserName":"thomas@mysite.com","Name":"Thomas","SiteKeys":"1,2","Rights":"NYYYYYYYNNNYYNYYN0","RequirePasswordReset":true,"SetPasswordTo":"Secret123"}',
        'true',
      ],
    },
  ),
  example('deleteUser', ['thomas@mysite.com'], { Command: 'DeleteUser', Params: ['thomas@mysite.com'] }),
  example('saveUserGroup', [{ Id: '', Name: 'Support', Dept: '', MaxChats: 0, SiteKeys: '1' }], {
    Command: 'SaveUserGroup',
    Params: ['{"Id":"","Name":"Support","Dept":"","MaxChats":0,"SiteKeys":"1"}'],
  }),
  example('deleteUserGroup', ['65b3b5f6c937df03142b2a23'], {
    Command: 'DeleteUserGroup',
    Params: ['65b3b5f6c937df03142b2a23'],
  }),
  example('saveWorkPeriod', [{ Id: '', Description: 'Default Working Day', Day1: '09:00:00,12:30:00,13:00:00,17:30:00' }], {
    Command: 'SaveWorkPeriod',
    Params: ['{"Id":"","Description":"Default Working Day","Day1":"09:00:00,12:30:00,13:00:00,17:30:00"}'],
  }),
  example('deleteWorkPeriod', ['65b3b5f6c937df03126a9c92'], {
    Command: 'DeleteWorkPeriod',
    Params: ['65b3b5f6c937df03126a9c92'],
  }),

  // Sites
  example('createSite', ['www.mynewsite.com', 'New Site'], {
    Command: 'CreateSite',
    Params: ['www.mynewsite.com', 'New Site', '', ''],
  }),
  example('createSite', ['www.mynewsite.com', 'New Site', 1, ['thomas@mysite.com', 'martin@mysite.com']], {
    Command: 'CreateSite',
    Params: ['www.mynewsite.com', 'New Site', '1', 'thomas@mysite.com,martin@mysite.com'],
  }, 'CreateSite cloning a site for named users'),
  example('getSiteProperties', [1], { Command: 'GetSiteProperties', Params: ['1'] }),
  example('getSiteImages', [1], { Command: 'GetSiteImages', Params: ['1'] }),
  example(
    'saveSiteImage',
    [{ SiteKey: 1, Domain: 'www.mysite.com', ImageType: 1, Language: 'en', Ext: 'gif', Base64: '{base64imagedata}' }],
    {
      Command: 'SaveSiteImage',
      Params: ['{"SiteKey":1,"Domain":"www.mysite.com","ImageType":1,"Language":"en","Ext":"gif","Base64":"{base64imagedata}"}'],
    },
  ),
  example('getSiteStrings', [], { Command: 'GetSiteStrings', Params: null }),
  example('getSiteStrings', [1], { Command: 'GetSiteStrings', Params: ['1'] }, 'GetSiteStrings of one site'),
  example('saveSiteStrings', [{ Id: '', SiteKey: 1, LanguageCode: 'fr', UIStrings: [] }], {
    Command: 'SaveSiteStrings',
    Params: ['{"Id":"","SiteKey":1,"LanguageCode":"fr","UIStrings":[]}'],
  }),
  example('saveSite', [{ Id: '65d87207c937df0e2094dbfc', SiteKey: 1009, Name: 'My Site', Domain: 'www.mysite.com' }], {
    Command: 'SaveSite',
    Params: ['{"Id":"65d87207c937df0e2094dbfc","SiteKey":1009,"Name":"My Site","Domain":"www.mysite.com"}'],
  }),
  example('deleteSite', [1], { Command: 'DeleteSite', Params: ['1'] }),

  // Reports and other
  example('getReports', [], { Command: 'GetReports', Params: null }),
  example('executeReport', ['667ae552c937df077d177850', 1014, '2024-08-01', '2024-08-19'], {
    Command: 'ExecuteReport',
    Params: ['667ae552c937df077d177850', '1014', '2024-08-01', '2024-08-19'],
  }),
  example('translate', [1001, 'Hello!', 'fr', 'en'], { Command: 'Translate', Params: ['1001', 'Hello!', 'fr', 'en'] }),

  // System administrator
  example('getServerSettings', [], { Command: 'GetServerSettings', Params: null }),
  example('saveServerSettings', [{ InactivityMinutes: 10, ChatClientPortWebSocket: 8013 }], {
    Command: 'SaveServerSettings',
    Params: ['{"InactivityMinutes":10,"ChatClientPortWebSocket":8013}'],
  }),
  example('getLog', [], { Command: 'GetLog', Params: null }),
];

/** Runs a builder that must refuse its input, and returns what it threw. */
function refusal(build: () => CommandFrame): CommandArgumentError {
  let built: CommandFrame | undefined;
  try {
    built = build();
  } catch (error) {
    assert.ok(error instanceof CommandArgumentError, `expected a CommandArgumentError, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected a refusal, got ${encodeCommand(built)}`);
}

describe('commands: spec examples', () => {
  for (const { title, run, expected } of examples) {
    it(title, () => {
      const frame = run();
      assert.deepEqual(frame, expected);
      // What goes on the wire: "Params" (never "Parameters"), strings only, or null.
      assert.deepEqual(Object.keys(JSON.parse(encodeCommand(frame))), ['Command', 'Params']);
      assert.ok(frame.Params === null || frame.Params.every((param) => typeof param === 'string'));
    });
  }

  it('covers every wire name and every builder', () => {
    const sent = new Set(examples.map((entry) => entry.expected.Command));
    const untested = commandWireNames.filter((name) => !sent.has(name));
    assert.deepEqual(untested, [], `wire names without an example: ${untested.join(', ')}`);
    const unknown = [...sent].filter((name) => !(commandWireNames as readonly string[]).includes(name));
    assert.deepEqual(unknown, [], `examples sending names missing from commandWireNames: ${unknown.join(', ')}`);
    const exercised = new Set(examples.map((entry) => entry.builder));
    const unexercised = Object.keys(commands).filter((name) => !exercised.has(name as keyof CommandBuilders));
    assert.deepEqual(unexercised, [], `builders without an example: ${unexercised.join(', ')}`);
  });

  it('lists each wire name once, case-insensitively', () => {
    const lower = commandWireNames.map((name) => name.toLowerCase());
    assert.equal(new Set(lower).size, lower.length);
  });

  it('uses the wire names the examples use where headings differ', () => {
    assert.equal(commands.getArticleDetail('a').Command, 'GetArticle');
    assert.equal(commands.deleteDocuments(['a']).Command, 'DeleteDocuments');
    assert.equal(commands.stopListening().Command, 'StopListening');
    assert.equal(commands.missedChatRespondingCancel('a').Command, 'MissedChatRespondingCancel');
    assert.equal(commands.acquireChat('a').Command, 'AquireChat');
  });
});

describe('commands: text limits', () => {
  const limited = [
    { title: 'SendTo', limit: 5000, build: (text: string) => commands.sendTo(chatUid, text), field: 'message' },
    {
      title: 'SendToClient',
      limit: 4000,
      build: (text: string) => commands.sendToClient('65be1afac937df06bb1c86d5', text),
      field: 'message',
    },
    {
      title: 'AutoResponseUpdate',
      limit: 2000,
      build: (text: string) => commands.autoResponseUpdate({ subject: 'Hours', content: text }),
      field: 'content',
    },
    {
      title: 'ArticleUpdate',
      limit: 10_000,
      build: (text: string) => commands.articleUpdate({ subject: 'Products', content: text }),
      field: 'content',
    },
  ];

  for (const { title, limit, build, field } of limited) {
    it(`${title} accepts exactly ${limit} characters and refuses ${limit + 1}`, () => {
      const atLimit = 'x'.repeat(limit);
      assert.ok(build(atLimit).Params?.includes(atLimit));
      const error = refusal(() => build('x'.repeat(limit + 1)));
      assert.ok(error instanceof CommandLimitError);
      assert.equal(error.command, title);
      assert.equal(error.field, field);
      assert.equal(error.limit, limit);
      assert.equal(error.length, limit + 1);
    });
  }

  it('says how long the message is and what the limit is', () => {
    const error = refusal(() => commands.sendTo(chatUid, 'y'.repeat(5012)));
    assert.equal(error.message, 'Message is 5012 characters; the limit is 5000');
  });

  it('exports the limits the UI counts against', () => {
    assert.deepEqual(textLimits, { sendTo: 5000, sendToClient: 4000, autoResponseContent: 2000, articleContent: 10_000 });
  });

  it('counts an emoji as two characters, the stricter reading', () => {
    const text = `${'x'.repeat(4998)}😀`;
    assert.equal(commands.sendTo(chatUid, text).Params?.[1], text);
    refusal(() => commands.sendTo(chatUid, `${'x'.repeat(4999)}😀`));
  });
});

describe('commands: dates', () => {
  it('sends a Date as its local calendar day', () => {
    // Run in zones east and west of Greenwich, where the local and UTC days differ
    // (Node applies a change of process.env.TZ at once).
    const original = process.env['TZ'];
    try {
      for (const zone of ['Asia/Tokyo', 'America/Los_Angeles']) {
        process.env['TZ'] = zone;
        // Local midnight of 24 September 2019 is the 23rd in UTC in Tokyo; 23:59 is the 25th in UTC in Los Angeles.
        assert.deepEqual(commands.getChats(1, new Date(2019, 8, 24)).Params, ['1', '2019-09-24'], zone);
        assert.deepEqual(commands.getChats(1, new Date(2019, 8, 24, 23, 59)).Params, ['1', '2019-09-24'], zone);
      }
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
  });

  it('pads months, days and short years', () => {
    const early = new Date(2024, 0, 5);
    early.setFullYear(987);
    assert.deepEqual(commands.getVisitList(1, early).Params, ['1', '0987-01-05']);
  });

  it('passes a valid yyyy-mm-dd string through, leap day included', () => {
    assert.deepEqual(commands.getVisitList(1, '2024-02-29').Params, ['1', '2024-02-29']);
  });

  for (const bad of ['2019-9-24', '24/09/2019', '2019-09-24T00:00:00', '', '2019-13-01', '2019-02-30', '2023-02-29', '2019-00-10']) {
    it(`refuses the date '${bad}'`, () => {
      const error = refusal(() => commands.getChats(1, bad));
      assert.equal(error.field, 'date');
      assert.equal(error.command, 'GetChats');
    });
  }

  it('refuses an invalid Date', () => {
    refusal(() => commands.getChats(1, new Date('not a date')));
  });

  it('refuses a range that ends before it starts', () => {
    refusal(() => commands.getChatSearch(1, '2019-09-16', '2019-09-01', 'thomas'));
    refusal(() => commands.executeReport('667ae552c937df077d177850', 1014, '2024-08-19', '2024-08-01'));
    assert.deepEqual(commands.getChatSearch(1, '2019-09-16', '2019-09-16', '').Params, ['1', '2019-09-16', '2019-09-16', '']);
  });
});

describe('commands: numbers, booleans, lists, status', () => {
  it('sends booleans as true/false', () => {
    assert.deepEqual(commands.translation(chatUid, false).Params, [chatUid, 'false']);
    assert.deepEqual(commands.saveDocument({ fileName: 'a.pdf', singleUse: true, base64: 'QQ==' }).Params, [
      'a.pdf',
      '',
      'true',
      '0',
      'QQ==',
    ]);
    const transcript = commands.sendTranscript({ siteKey: 1, chatUid, from: '07700900000', to: '07700900001', sms: true });
    assert.deepEqual(transcript.Params, ['1', chatUid, '07700900000', '07700900001', '', 'true', '', 'false', '']);
  });

  it('refuses a boolean given as text', () => {
    refusal(() => commands.translation(chatUid, 'true' as unknown as boolean));
  });

  for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    it(`refuses the site key ${bad}`, () => {
      assert.equal(refusal(() => commands.getMonthSummary(bad)).field, 'siteKey');
    });
  }

  it('refuses a list item that is blank or holds a comma', () => {
    assert.equal(refusal(() => commands.chatAddTags(1, chatUid, ['Sales', 'a,b'])).field, 'tags');
    assert.equal(refusal(() => commands.transfer(chatUid, ['65be1c6ac937df0817058d4f', ' '])).field, 'connectionIds');
  });

  it('sends an empty list as a blank param where the spec allows it, and refuses it where it does not', () => {
    assert.deepEqual(commands.chatAddTags(1, chatUid, []).Params, ['1', chatUid, '']);
    refusal(() => commands.transfer(chatUid, []));
    refusal(() => commands.transferSkills(chatUid, []));
    refusal(() => commands.deleteChats(1, []));
    refusal(() => commands.getUserPhotos([]));
  });

  it('deletes all documents only when asked explicitly', () => {
    refusal(() => commands.deleteDocuments([]));
    assert.deepEqual(commands.deleteDocuments('all'), { Command: 'DeleteDocuments', Params: [''] });
  });

  it('sends a status message blank when none is given', () => {
    assert.deepEqual(commands.status(1).Params, ['1', '']);
  });

  for (const bad of [4, -1, 1.5, 7]) {
    it(`refuses the status ${bad} with the allowed values`, () => {
      const error = refusal(() => commands.status(bad as 0));
      assert.match(error.message, /0 \(Online\), 1 \(Busy\), 2 \(Be right back\), 3 \(Away\)/);
      refusal(() => commands.setStatus('65be1ca7c937df08c475b522', bad as 0));
      refusal(() => commands.login({ username: 'u', password: 'p', authString: 'a', status: bad as 0 }));
    });
  }

  it('sends the login status given', () => {
    const frame = commands.login({ username: 'u', password: 'p', authString: 'a', status: 3 });
    assert.equal(frame.Params?.[5], '3');
  });

  it('sends contact fields in spec order, blanks for those not given', () => {
    const frame = commands.contact(
      { siteKey: 1, ip: '195.34.21.32', trackingId: '123-78729473872' },
      { email: 'howard@test.com' },
    );
    // The spec's second Contact example miscounts its blanks; its prose says blanks keep
    // stored values, and the first example fixes the order (email is the second field).
    assert.deepEqual(frame.Params, [
      '1',
      '195.34.21.32',
      '123-78729473872',
      '',
      'howard@test.com',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('takes a chat from the store as the visitor of GetChatVisit (blank tracking id allowed)', () => {
    const chat = { chatUid, siteKey: 1, ip: '195.62.193.194', trackingId: '', name: 'Melina' };
    assert.deepEqual(commands.getChatVisit(chat, chat.chatUid).Params, ['1', '195.62.193.194', '', chatUid]);
  });
});

describe('commands: required arguments', () => {
  it('refuses a blank or whitespace ChatUID', () => {
    for (const blank of ['', '   ']) {
      const error = refusal(() => commands.chat(blank));
      assert.equal(error.command, 'Chat');
      assert.equal(error.field, 'chatUid');
      refusal(() => commands.sendTo(blank, 'Hello'));
      refusal(() => commands.leave(blank));
      refusal(() => commands.closeChat(blank));
      refusal(() => commands.getChatDetail(1, blank));
    }
  });

  it('refuses a blank message rather than sending an empty chat line', () => {
    refusal(() => commands.sendTo(chatUid, ''));
    refusal(() => commands.sendToClient('65be1afac937df06bb1c86d5', ' '));
    refusal(() => commands.whisper('65be1e8ec937df0cf801e209', chatUid, ''));
  });

  it('refuses a login missing its credentials, without echoing the password', () => {
    refusal(() => commands.login({ username: '', password: 'secret-pass', authString: 'AUTH' }));
    const error = refusal(() => commands.login({ username: 'u', password: '', authString: 'AUTH' }));
    assert.equal(error.field, 'password');
    refusal(() => commands.login({ username: 'u', password: 'p', authString: '' }));
  });

  it('refuses a new password the server cannot store, without echoing it', () => {
    for (const bad of ['with:colon', 'with"quote', "with'quote", 'tab\there']) {
      const error = refusal(() => commands.changePassword('thomas@mysite.com', 'old', bad));
      assert.equal(error.field, 'newPassword');
      assert.ok(!error.message.includes(bad));
    }
  });

  it('requires a password for a new user only', () => {
    const error = refusal(() => commands.saveUser({ UserName: 'new@mysite.com' }, true));
    assert.equal(error.field, 'SetPasswordTo');
    assert.deepEqual(commands.saveUser({ UserName: 'old@mysite.com', SetPasswordTo: '' }, false).Params, [
      '{"UserName":"old@mysite.com","SetPasswordTo":""}',
      'false',
    ]);
  });

  it('refuses a JSON param that is not an object', () => {
    refusal(() => commands.saveSite([] as unknown as Record<string, unknown>));
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    refusal(() => commands.saveServerSettings(cyclic));
  });
});
