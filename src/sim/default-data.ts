/**
 * The simulator's default data, mirroring the spec's examples: two sites ("My Company"
 * on www.mysite.com and a support portal), operators Thomas (Support) and Martin
 * (Sales), a system administrator, skills, groups, a work period, documents,
 * auto-responses, articles, some chat history, a missed chat and a few live visitors.
 *
 * Fixed records use fixed 24-hex ids (several are the spec's own) so they are the same
 * under every seed; generated history draws from the seeded random source.
 */

import { createRandom, type Random } from './random.js';
import {
  World,
  visitorIdOf,
  type Account,
  type ArticleRecord,
  type AutoResponseRecord,
  type ChatRecord,
  type ContactDetails,
  type DaySummaryRecord,
  type DocumentRecord,
  type GeoIp,
  type JsonObject,
  type MissedChatRecord,
  type SiteRecord,
  type SkillRecord,
  type UserChatLine,
  type UserGroupRecord,
  type VisitorRecord,
  type WorkPeriodRecord,
  type WrapUpSettings,
} from './world.js';

/** Demo credentials (the README and the demo page show them). */
export const DEMO_AUTH_STRING = 'MYSERVERAUTH';
export const DEMO_PASSWORD = 'password1234';
export const DEMO_OPERATORS = {
  thomas: 'thomas@mysite.com',
  martin: 'martin@mysite.com',
  admin: 'admin@mysite.com',
} as const;

export const DEMO_SITE_KEYS = { myCompany: 1, supportPortal: 2 } as const;

export const DEMO_SKILL_IDS = {
  sales: '65c0ffd5c937df0b5f889938',
  support: '65c10033c937df02e0dd66ec',
  technical: '65c1004ec937df02e0dd66f3',
} as const;

export const DEMO_GROUP_IDS = {
  support: '65c0b508c937df087364f71e',
  sales: '65c0b512c937df087364f722',
} as const;

export const DEMO_WORK_PERIOD_ID = '65c0b2d6c937df0524b56709';

/**
 * Rights strings (21 positions, see src/core/protocol/rights.ts):
 * operators may take chats, respond to missed chats, chat to users, see and transfer
 * outside their department, store user chats, edit auto-responses, add documents and
 * view visitors; the supervisor may also monitor; the administrator has everything and
 * ends in S (the system administrator).
 */
export const DEMO_RIGHTS = {
  operator: 'NYYYYYYNYNYYY0NNNYYNY',
  supervisor: 'NYYYYYYYYNYYY0NNYYYNY',
  administrator: 'YYYYYYYYYYYYY1YYYYYYYS',
} as const;

const GREETING = 'Good %TimeOfDay% %Name%. My name is %MyName% how can I help you?';

function account(fields: Partial<Account> & Pick<Account, 'username' | 'name'>): Account {
  return {
    password: DEMO_PASSWORD,
    dept: '',
    email: fields.username,
    phone: '',
    title: '',
    lang: 'en',
    utcBias: 0,
    maxChats: 0,
    maxAsyncChats: 0,
    autoAccept: false,
    siteKeys: [1, 2],
    skillIds: [],
    rights: DEMO_RIGHTS.operator,
    isAdmin: false,
    isSupervisor: false,
    isTeamLeader: false,
    isBot: false,
    keepLog: true,
    suggestResponses: true,
    workPeriodId: DEMO_WORK_PERIOD_ID,
    groupId: '',
    hasPhoto: false,
    photoFileName: '',
    photoBase64: '',
    greetingMessage: GREETING,
    clientOptions: '',
    requirePasswordReset: false,
    setPasswordTo: '',
    clientSettings: null,
    botSettings: null,
    ...fields,
  };
}

/** A 1x1 PNG, the demo operators' photo. */
const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function defaultAccounts(): Account[] {
  return [
    account({
      username: DEMO_OPERATORS.thomas,
      name: 'Thomas',
      dept: 'Support',
      siteKeys: [1, 2],
      skillIds: [DEMO_SKILL_IDS.support, DEMO_SKILL_IDS.technical],
      maxChats: 4,
      groupId: DEMO_GROUP_IDS.support,
      hasPhoto: true,
      photoFileName: 'thomas.png',
      photoBase64: TINY_PNG,
      clientOptions: 'Theme=Dark;AutoLogout=True;',
      clientSettings: { Sounds: 'on', Theme: 'Dark' },
    }),
    account({
      username: DEMO_OPERATORS.martin,
      name: 'Martin',
      dept: 'Sales',
      siteKeys: [1],
      skillIds: [DEMO_SKILL_IDS.sales],
      maxChats: 3,
      rights: DEMO_RIGHTS.supervisor,
      isSupervisor: true,
      groupId: DEMO_GROUP_IDS.sales,
    }),
    account({
      username: DEMO_OPERATORS.admin,
      name: 'Administrator',
      dept: '',
      siteKeys: [1, 2],
      skillIds: [DEMO_SKILL_IDS.sales, DEMO_SKILL_IDS.support, DEMO_SKILL_IDS.technical],
      rights: DEMO_RIGHTS.administrator,
      isAdmin: true,
      workPeriodId: '',
    }),
  ];
}

const MY_COMPANY_WRAP_UP: WrapUpSettings = {
  message: 'Please select one of the options',
  type: 'Menu',
  options: [
    {
      value: 'sales',
      displayValue: 'Sales Enquiry',
      subOptions: [
        { value: 'quote', displayValue: 'Wants Quotation', subOptions: null },
        { value: 'call', displayValue: 'Wants Callback', subOptions: null },
      ],
    },
    { value: 'support', displayValue: 'Support Enquiry', subOptions: null },
  ],
  required: true,
  show: 'SessionEnd',
  enabled: true,
};

function defaultSites(): SiteRecord[] {
  const onDemandFields = [
    { fieldName: 'Email', fieldType: 'email', prompt: 'What is your email address?' },
    { fieldName: 'Reference', fieldType: 'text', prompt: 'What is your reference' },
  ];
  return [
    {
      siteKey: 1,
      name: 'My Company',
      domain: 'www.mysite.com',
      paused: false,
      hasTrackingCode: false,
      utcBias: 3600,
      workPeriodId: DEMO_WORK_PERIOD_ID,
      greetingMessage: GREETING,
      slaWarningSeconds: 20,
      slaReachedSeconds: 40,
      allowEmoji: true,
      allowFileUpload: 2,
      disableFileSend: false,
      translationEnabled: false,
      preventBlock: false,
      onDemandFields,
      wrapUp: MY_COMPANY_WRAP_UP,
      customForm: { enabled: false, title: '', url: '' },
      crm: { enabled: true, autoPosting: true, showClientButton: false },
      tags: ['Sales', 'Order Placed', 'Complaint'],
      transferQueues: [{ number: 1, name: 'Default Queue', maxSessions: 100 }],
      siteINI: '',
      departments: ['Sales', 'Support'],
      textRules: [
        { name: 'Profanity', pattern: /\b(damn|hell|crap|bloody)\b/gi, replacement: '****' },
        {
          name: 'Card numbers',
          pattern: /\b(?:\d[ -]?){12,15}\d\b/g,
          replacement: '[card number removed]',
        },
      ],
      throttleAtVisitors: 200,
    },
    {
      siteKey: 2,
      name: 'Support Portal',
      domain: 'support.mysite.com',
      paused: false,
      hasTrackingCode: true,
      utcBias: 0,
      workPeriodId: DEMO_WORK_PERIOD_ID,
      greetingMessage: 'Hello %Name%, this is %MyName% from support. What can I do for you?',
      slaWarningSeconds: 30,
      slaReachedSeconds: 90,
      allowEmoji: false,
      allowFileUpload: 1,
      disableFileSend: false,
      translationEnabled: true,
      preventBlock: true,
      onDemandFields: [onDemandFields[1] as (typeof onDemandFields)[number]],
      wrapUp: {
        message: 'How was this chat resolved?',
        type: 'Buttons',
        options: [
          { value: 'fixed', displayValue: 'Fixed', subOptions: null },
          { value: 'escalated', displayValue: 'Escalated', subOptions: null },
          { value: 'no-fault', displayValue: 'No Fault Found', subOptions: null },
        ],
        required: false,
        show: 'OperatorClose',
        enabled: true,
      },
      customForm: { enabled: true, title: 'Account', url: 'https://support.mysite.com/account?chat=%ChatUID%' },
      crm: { enabled: false, autoPosting: false, showClientButton: false },
      tags: ['Bug', 'Password Reset', 'Complaint'],
      transferQueues: [
        { number: 1, name: 'Default Queue', maxSessions: 100 },
        { number: 2, name: 'Technical Queue', maxSessions: 20 },
      ],
      siteINI: 'ShowKnowledgeBase=True',
      departments: ['Support'],
      textRules: [],
      throttleAtVisitors: 200,
    },
  ];
}

function defaultSkills(): SkillRecord[] {
  return [
    { id: DEMO_SKILL_IDS.sales, parentId: '', name: 'Sales', createdByUser: DEMO_OPERATORS.admin, siteKeys: [1] },
    { id: DEMO_SKILL_IDS.support, parentId: '', name: 'Support', createdByUser: DEMO_OPERATORS.admin, siteKeys: [1, 2] },
    {
      id: DEMO_SKILL_IDS.technical,
      parentId: DEMO_SKILL_IDS.support,
      name: 'Technical',
      createdByUser: DEMO_OPERATORS.admin,
      siteKeys: [1, 2],
    },
  ];
}

function defaultGroups(): UserGroupRecord[] {
  const group = (fields: Pick<UserGroupRecord, 'id' | 'name' | 'dept' | 'siteKeys' | 'skillIds'>): UserGroupRecord => ({
    maxChats: 0,
    autoAccept: false,
    rights: DEMO_RIGHTS.operator,
    isAdmin: false,
    isSupervisor: false,
    suggestResponses: true,
    workPeriodId: DEMO_WORK_PERIOD_ID,
    moderatorList: '',
    lang: 'en',
    ...fields,
  });
  return [
    group({ id: DEMO_GROUP_IDS.support, name: 'Support', dept: 'Support', siteKeys: [1, 2], skillIds: [DEMO_SKILL_IDS.support] }),
    group({ id: DEMO_GROUP_IDS.sales, name: 'Sales', dept: 'Sales', siteKeys: [1], skillIds: [DEMO_SKILL_IDS.sales] }),
  ];
}

function defaultWorkPeriods(): WorkPeriodRecord[] {
  const day = '09:00:00,12:30:00,13:00:00,17:30:00';
  return [
    {
      id: DEMO_WORK_PERIOD_ID,
      description: 'Default Working Day',
      createdByUser: DEMO_OPERATORS.admin,
      days: [day, day, day, day, day, ',,,', ',,,'],
    },
  ];
}

function base64OfText(text: string): string {
  // btoa exists in browsers and Node 16+; the demo documents are ASCII.
  return btoa(text);
}

function defaultDocuments(now: number): DocumentRecord[] {
  const day = 86_400_000;
  const document = (
    id: string,
    fileName: string,
    folder: string,
    mimeType: string,
    text: string,
    ageDays: number,
  ): DocumentRecord => ({
    id,
    fileName,
    folder,
    mimeType,
    dated: now - ageDays * day,
    lastAccessed: now - Math.floor(ageDays / 2) * day,
    size: text.length,
    createdByUser: DEMO_OPERATORS.thomas,
    visitorName: '',
    visitorUploaded: false,
    siteKey: 0,
    pinned: false,
    singleUse: false,
    accessCount: 0,
    base64: base64OfText(text),
  });
  const pdf = (title: string): string => `%PDF-1.4\n% ${title}\n%%EOF\n`;
  return [
    document('65b3b9cfc937df1341329981', 'quote.pdf', 'quotes/recent/', 'application/pdf', pdf('Quotation'), 30),
    document('65b3b9cfc937df1341340043', 'quote2.pdf', 'quotes/recent/', 'application/pdf', pdf('Quotation 2'), 20),
    document('65b3ba10c937df1341341100', 'price-list.pdf', 'sales/', 'application/pdf', pdf('Price list'), 12),
    document(
      '65b3ba2ac937df1341341207',
      'user-guide.txt',
      'support/',
      'text/plain',
      'WhosOn user guide\n\n1. Log in with your username and password.\n2. Take a chat.\n',
      5,
    ),
  ];
}

function defaultAutoResponses(now: number): AutoResponseRecord[] {
  const response = (
    id: string,
    parentId: string,
    sortId: string,
    subject: string,
    content: string,
    extra: Partial<AutoResponseRecord> = {},
  ): AutoResponseRecord => ({
    id,
    parentId,
    sortId,
    dated: now - 7 * 86_400_000,
    subject,
    content,
    documentId: '',
    tag: '',
    keywordsFixed: '',
    siteKeys: [1, 2],
    skillIds: [],
    ownerUsername: DEMO_OPERATORS.admin,
    ...extra,
  });
  const general = '65b3c001c937df1341350001';
  const pricing = '65b3c002c937df1341350002';
  const support = '65b3c003c937df1341350003';
  return [
    response(general, '', '1', 'General', ''),
    response('65b3c011c937df1341350011', general, '1', 'What are your opening hours', 'We are open from 9am to 5pm, Monday to Friday.', {
      keywordsFixed: 'opening,hours,open',
    }),
    response('65b3c012c937df1341350012', general, '2', 'Where are you based', 'Our office is in Stoke-on-Trent, United Kingdom.'),
    response('65b3c013c937df1341350013', general, '3', 'Anything else', 'Is there anything else I can help you with today?'),
    response(pricing, '', '2', 'Pricing', '', { siteKeys: [1] }),
    response('65b3c021c937df1341350021', pricing, '1', 'Pricing overview', 'Plans start at £25 per operator per month. I can send you our price list.', {
      siteKeys: [1],
      documentId: '65b3ba10c937df1341341100',
      skillIds: [DEMO_SKILL_IDS.sales],
    }),
    response('65b3c022c937df1341350022', pricing, '2', 'Discounts', 'We offer 10% off annual subscriptions and discounts for charities.', {
      siteKeys: [1],
      skillIds: [DEMO_SKILL_IDS.sales],
    }),
    response(support, '', '3', 'Support', ''),
    response('65b3c031c937df1341350031', support, '1', 'Reset password', 'You can reset your password from the login page: click **Forgot password** and follow the email.', {
      keywordsFixed: 'password,reset,forgot',
    }),
    response('65b3c032c937df1341350032', support, '2', 'User guide', 'Here is our user guide.', {
      documentId: '65b3ba2ac937df1341341207',
    }),
    response('65b3c041c937df1341350041', '', '4', 'My sign-off', 'Thanks for chatting with Thomas today!', {
      siteKeys: [],
      ownerUsername: DEMO_OPERATORS.thomas,
    }),
  ];
}

function defaultArticles(now: number): ArticleRecord[] {
  const article = (
    id: string,
    subject: string,
    content: string,
    keywordsFixed: string,
    extra: Partial<ArticleRecord> = {},
  ): ArticleRecord => ({
    id,
    parentId: '',
    sortId: '',
    dated: now - 14 * 86_400_000,
    subject,
    content,
    documentId: '',
    tag: '',
    keywordsFixed,
    siteKeys: [1, 2],
    skillIds: [],
    ...extra,
  });
  return [
    article(
      '65b3d001c937df1341360001',
      'Product Information',
      'We offer the following products: WhosOn Live Chat, WhosOn Chatbot and the WhosOn Client API. Each can be trialled free for 30 days.',
      'product,products,trial,chatbot',
    ),
    article(
      '65b3d002c937df1341360002',
      'Returns policy',
      'You can return any product within 30 days of purchase for a full refund. Contact support with your order reference to start a return.',
      'return,returns,refund,order',
      { siteKeys: [1] },
    ),
    article(
      '65b3d003c937df1341360003',
      'Delivery times',
      'Orders placed before 2pm are dispatched the same day. Standard delivery takes 2 to 3 working days; express delivery arrives the next working day.',
      'delivery,shipping,dispatch,order',
      { siteKeys: [1], skillIds: [DEMO_SKILL_IDS.sales] },
    ),
    article(
      '65b3d004c937df1341360004',
      'Resetting your password',
      'To reset your password open the login page, click Forgot password and enter your email address. The reset link is valid for 24 hours.',
      'password,reset,login,forgot',
      { skillIds: [DEMO_SKILL_IDS.support] },
    ),
    article(
      '65b3d005c937df1341360005',
      'Opening hours',
      'Our support team is available from 9am to 5pm, Monday to Friday, excluding public holidays.',
      'opening,hours,open,holiday',
    ),
  ];
}

const PLACES: ReadonlyArray<{ geo: Omit<GeoIp, 'ip'>; browser: string; os: string }> = [
  {
    geo: {
      countryName: 'United Kingdom',
      countryIso: 'GB',
      city: 'Stoke-on-Trent',
      postCode: 'ST1',
      metroCode: '',
      latitude: 53.0278,
      longitude: -2.1658,
      radius: 20,
      isp: 'Internet Central Limited',
      organization: 'Parker Software',
    },
    browser: 'Chrome 121',
    os: 'Windows 11',
  },
  {
    geo: {
      countryName: 'Denmark',
      countryIso: 'DK',
      city: 'Aarhus',
      postCode: '8000',
      metroCode: '',
      latitude: 56.1567,
      longitude: 10.2108,
      radius: 50,
      isp: 'WAOO A/S',
      organization: '',
    },
    browser: 'Firefox 122',
    os: 'Linux',
  },
  {
    geo: {
      countryName: 'France',
      countryIso: 'FR',
      city: 'Lyon',
      postCode: '69001',
      metroCode: '',
      latitude: 45.764,
      longitude: 4.8357,
      radius: 30,
      isp: 'Orange',
      organization: '',
    },
    browser: 'Safari 17',
    os: 'Mac OSX',
  },
];

function emptyContact(name = '', email = ''): ContactDetails {
  return {
    name,
    email,
    company: '',
    telephone: '',
    notes: '',
    street: '',
    city: '',
    postCode: '',
    country: '',
    webAddress: '',
    organization: '',
    crmId: '',
  };
}

export interface DemoVisitorFields {
  siteKey: number;
  ip: string;
  trackingId: string;
  started: number;
  pages: string[];
  name?: string;
  email?: string;
  placeIndex?: number;
  referrer?: string;
  no: number;
}

/** A visit record for the default data and the scenario engine. */
export function makeVisitor(fields: DemoVisitorFields): VisitorRecord {
  const place = PLACES[(fields.placeIndex ?? 0) % PLACES.length] as (typeof PLACES)[number];
  const location = `${place.geo.countryName} - ${place.geo.city}`;
  return {
    siteKey: fields.siteKey,
    ip: fields.ip,
    trackingId: fields.trackingId,
    dns: fields.ip,
    no: fields.no,
    visitNo: 1,
    totalVisits: 1,
    firstVisit: fields.started,
    sessionStarted: fields.started,
    lastActivity: fields.started + (fields.pages.length - 1) * 15_000,
    pages: fields.pages.map((name, index) => ({ dated: fields.started + index * 15_000, name })),
    browser: place.browser,
    os: place.os,
    referrer: fields.referrer ?? '',
    name: fields.name ?? '',
    email: fields.email ?? '',
    location,
    geo: { ip: fields.ip, ...place.geo },
    contact: emptyContact(fields.name, fields.email),
    notMoving: false,
    chatting: false,
    callbackRequested: false,
    polling: true,
    organisationNotIsp: place.geo.organization !== '',
    ssl: true,
    chattingLanguage: '',
    chattingTranslate: false,
  };
}

/** A chat record with everything blank but what is given. */
export function makeChat(fields: Partial<ChatRecord> & Pick<ChatRecord, 'chatUid' | 'chatNumber' | 'siteKey' | 'started'>): ChatRecord {
  return {
    visitorId: '',
    name: '',
    email: '',
    phone: '',
    ip: '',
    trackingId: '',
    dns: '',
    location: '',
    visitNo: 1,
    lang: 'en',
    requestedDept: '',
    skillIds: [],
    channel: '',
    waitingSince: fields.started,
    waitedSeconds: null,
    finished: null,
    talkingTo: '',
    takenByUsers: [],
    takenByDept: '',
    takenByBot: false,
    lines: [],
    preChatSurvey: [],
    postChatSurvey: [],
    translation: false,
    monitoredBy: [],
    queue: 0,
    wrapUpValue: '',
    tags: [],
    rating: 0,
    sentimentScore: 0,
    summary: '',
    crmPost: false,
    transcriptUrl: '',
    state: 0,
    missed: false,
    missedMessage: '',
    missedSeen: false,
    missedSeenByUserName: '',
    missedSeenOn: null,
    missedCallback: false,
    missedCallbackOn: null,
    ...fields,
  };
}

/** The spec's Howard Williams chat (yesterday) plus one more, as history. */
function defaultHistory(now: number, pastVisits: Map<string, VisitorRecord>): ChatRecord[] {
  const yesterday = now - 86_400_000;
  const howardVisit = makeVisitor({
    siteKey: 1,
    ip: '195.62.193.194',
    trackingId: '1234.4567890',
    started: yesterday - 18_000,
    pages: ['index.aspx', 'chat.aspx'],
    name: 'Howard Williams',
    email: 'howard@test.com',
    no: 44,
  });
  howardVisit.contact.company = 'Microsoft';
  howardVisit.contact.telephone = '01782822577';
  pastVisits.set(visitorIdOf(howardVisit), howardVisit);
  const at = (seconds: number): number => yesterday + seconds * 1000;
  const howard = makeChat({
    chatUid: '65b3b5f6c937df03142c7e51',
    chatNumber: 1,
    siteKey: 1,
    started: at(0),
    visitorId: visitorIdOf(howardVisit),
    name: 'Howard Williams',
    email: 'howard@test.com',
    ip: howardVisit.ip,
    trackingId: howardVisit.trackingId,
    dns: '1234567890.test.com',
    location: 'United Kingdom - Stoke on Trent',
    visitNo: 44,
    requestedDept: 'Sales',
    skillIds: [DEMO_SKILL_IDS.sales],
    waitedSeconds: 6,
    finished: at(51),
    takenByUsers: ['Thomas'],
    rating: 5,
    sentimentScore: 100,
    wrapUpValue: 'quote',
    tags: ['Sales'],
    summary: 'I need some prices.',
    preChatSurvey: [{ name: 'Company', value: 'Microsoft', builtInField: 'company name' }],
    postChatSurvey: [
      { name: 'Rating', value: '5' },
      { name: 'transEmail', value: '' },
    ],
    lines: [
      { dated: at(0), operatorIndex: 99, message: 'Please wait. An operator will be with you shortly.' },
      { dated: at(3), operatorIndex: 1, message: 'Good Morning Howard. My name is Thomas how can I help you?' },
      { dated: at(9), operatorIndex: 1, message: 'Hello' },
      { dated: at(17), operatorIndex: 0, message: 'Hi.. I need some prices' },
      { dated: at(21), operatorIndex: 1, message: 'which product' },
      { dated: at(24), operatorIndex: 0, message: 'WhosOn' },
      { dated: at(35), operatorIndex: 1, message: 'ok i will send a quote. What is your email address?' },
      { dated: at(43), operatorIndex: 0, message: 'howard@test.com' },
      { dated: at(49), operatorIndex: 1, message: 'Thanks' },
    ],
  });
  const sophieStart = now - 2 * 3_600_000;
  const sophie = makeChat({
    chatUid: '65b3b6a0c937df03142c7e99',
    chatNumber: 2,
    siteKey: 2,
    started: sophieStart,
    name: 'Sophie Martin',
    email: 'sophie@example.fr',
    ip: '90.12.45.3',
    trackingId: '77.1029384',
    location: 'France - Lyon',
    lang: 'fr',
    translation: true,
    requestedDept: 'Support',
    skillIds: [DEMO_SKILL_IDS.support],
    waitedSeconds: 12,
    finished: sophieStart + 240_000,
    takenByUsers: ['Thomas'],
    takenByDept: 'Support',
    rating: 4,
    sentimentScore: 80,
    wrapUpValue: 'fixed',
    tags: ['Password Reset'],
    summary: 'Password reset link expired; sent a new one.',
    lines: [
      { dated: sophieStart, operatorIndex: 99, message: 'Please wait. An operator will be with you shortly.' },
      { dated: sophieStart + 15_000, operatorIndex: 1, message: 'Hello Sophie, this is Thomas from support.<Translated>Bonjour Sophie, ici Thomas du support.</Translated>' },
      { dated: sophieStart + 40_000, operatorIndex: 0, message: 'Mon lien de réinitialisation a expiré.<Translated>My reset link has expired.</Translated>' },
      { dated: sophieStart + 90_000, operatorIndex: 1, message: 'I have sent you a new link.<Translated>Je vous ai envoyé un nouveau lien.</Translated>' },
    ],
  });
  return [howard, sophie];
}

function defaultMissedChats(now: number): MissedChatRecord[] {
  const started = now - 40 * 60_000;
  return [
    {
      chatUid: '65b3b5f6c937df03142c7e77',
      siteKey: 1,
      ip: '195.62.193.195',
      trackingId: '',
      visitNo: 11,
      dns: '1234567891.test.com',
      location: 'United Kingdom - Stoke on Trent',
      dept: 'Support',
      skillIds: [DEMO_SKILL_IDS.support],
      lang: 'en',
      translation: false,
      started,
      waitedSeconds: 67,
      name: 'Rita Howard',
      email: 'rita@test.com',
      phone: '01782822577',
      message: 'I need some support.. Could someone contact me.',
      responseStartedBy: '',
      wantsCallback: true,
      wantsCallbackOn: started + 89_000,
    },
  ];
}

function missedHistoryRecord(missed: MissedChatRecord, chatNumber: number): ChatRecord {
  return makeChat({
    chatUid: missed.chatUid,
    chatNumber,
    siteKey: missed.siteKey,
    started: missed.started,
    name: missed.name,
    email: missed.email,
    phone: missed.phone,
    ip: missed.ip,
    trackingId: missed.trackingId,
    dns: missed.dns,
    location: missed.location,
    visitNo: missed.visitNo,
    requestedDept: missed.dept,
    skillIds: [...missed.skillIds],
    waitedSeconds: missed.waitedSeconds,
    finished: missed.started + missed.waitedSeconds * 1000,
    missed: true,
    missedMessage: missed.message,
    missedCallback: missed.wantsCallback,
    missedCallbackOn: missed.wantsCallbackOn,
    lines: [
      { dated: missed.started, operatorIndex: 99, message: 'Please wait. An operator will be with you shortly.' },
      { dated: missed.started + 60_000, operatorIndex: 0, message: missed.message },
    ],
  });
}

function defaultVisitors(now: number): VisitorRecord[] {
  return [
    makeVisitor({ siteKey: 1, ip: '212.45.112.80', trackingId: '301.6863295', started: now - 5 * 60_000, pages: ['index.htm', 'pricing.htm'], placeIndex: 1, no: 1 }),
    makeVisitor({
      siteKey: 1,
      ip: '81.2.69.160',
      trackingId: '343.13095511',
      started: now - 3 * 60_000,
      pages: ['index.htm', 'products.htm', 'contact.htm'],
      referrer: 'https://www.google.com?q=live+chat',
      no: 2,
    }),
    makeVisitor({ siteKey: 2, ip: '90.12.45.7', trackingId: '991.61915693', started: now - 60_000, pages: ['help/index.htm'], placeIndex: 2, no: 1 }),
  ];
}

function defaultUserChats(now: number): UserChatLine[] {
  return [
    {
      id: '65be1c5cc937df0b17ae1728',
      dated: now - 3_600_000,
      fromUsername: DEMO_OPERATORS.martin,
      toUsername: DEMO_OPERATORS.thomas,
      text: 'Can you take the next support chat? I am in a call.',
    },
    {
      id: '65be1c6ac937df0817058d4f',
      dated: now - 3_540_000,
      fromUsername: DEMO_OPERATORS.thomas,
      toUsername: DEMO_OPERATORS.martin,
      text: 'Sure, no problem.',
    },
  ];
}

/** 90 past days of traffic per site, drawn from the seeded random source. */
function defaultDaySummaries(now: number, random: Random): DaySummaryRecord[] {
  const summaries: DaySummaryRecord[] = [];
  const today = Math.floor(now / 86_400_000) * 86_400_000;
  for (let daysAgo = 90; daysAgo >= 1; daysAgo -= 1) {
    const dated = new Date(today - daysAgo * 86_400_000).toISOString().slice(0, 10);
    for (const siteKey of [1, 2]) {
      const total = random.int(60, 240) / siteKey;
      const chats = random.int(5, 30);
      const chatsMissed = random.int(0, 3);
      summaries.push({
        siteKey,
        dated,
        peakTime: `${String(random.int(10, 16)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00`,
        current: 0,
        total: Math.round(total),
        new: Math.round(total * 0.7),
        views: Math.round(total * 3.2),
        peak: random.int(5, 25),
        chats,
        chatsMissed,
        chatsLines: chats * random.int(8, 14),
        chatsOnTime: Math.max(0, chats - random.int(0, 4)),
        avgRating: random.int(6, 10),
        avgSentiment: random.int(60, 95),
        waitSecs: chats * random.int(5, 25),
        chatSecs: chats * random.int(120, 400),
      });
    }
  }
  return summaries;
}

function defaultServerSettings(serverUid: string): JsonObject {
  return {
    ServerUid: serverUid,
    AuthenticationString: DEMO_AUTH_STRING,
    SystemAdminUsername: DEMO_OPERATORS.admin,
    InactivityMinutes: 10,
    WorkPeriodGraceMinutes: 3,
    ReverseDNS: true,
    UseIPV6: false,
    NoSpiders: true,
    UTCBias: 0,
    UTCBiasUseSystem: true,
    ChatServer: true,
    ChatClientPortWebSocket: 8013,
    ChatFirstMessage: 'Please wait. An operator will be with you shortly.',
    ChatBusyMessage:
      'No operators are available at this time. Operators may only be available during office hours. The time is currently %TIME%.',
    ChatTimeOutMinutes: 15,
    ChatBlockForMinutes: 1440,
    ChatURL: 'https://chat.mysite.com/chat/',
    MaxConnectionsFromSingleIP: 50,
    ChatLog: true,
    ChatDontQueue: false,
    UTDefaultLang: 'en',
    MaxPageViewsSingleVisit: 500,
    MaxClientVisitors: 1000,
    NoAutoBlackList: false,
    BlackListAfter: 5,
    BlackListRetrySeconds: 20,
    BlackListClearAfterMinutes: 60,
    AnonIPAddress: false,
    AllowChangePassword: true,
    HideVisitors: false,
    DisableChatEvents: false,
    TimeZone: 'GMT Standard Time',
    MinimumPasswordLength: 8,
    AlwaysStoreOperatorChats: false,
    ThrottleSendEverySeconds: 8,
    ThrottleAtPercent: 20,
    RegisteredUser: 'My Company',
  };
}

function defaultReports(): JsonObject[] {
  const report = (id: string, name: string, type: number, chartField: string, sql: string): JsonObject => ({
    _id: id,
    GroupName: 'General',
    Name: name,
    Type: type,
    ChartField: chartField,
    ChartLabel: 'Dated',
    ChartLabelIsDate: true,
    DateSelectorType: 8,
    FormatString: '',
    FormatColor: '',
    SQL: sql,
    UseArchive: false,
    MaxRows: 1000,
    SiteKeys: '',
  });
  return [
    report(
      '667ae552c937df077d177850',
      'New Visits',
      2,
      'New Visits',
      'SELECT NewVisitors AS "New Visits",Dated \r\nFROM DaySummary\r\nWHERE SiteKey = @SiteKey AND Dated Between @FromDate AND @ToDate \r\nORDER BY Dated',
    ),
    report(
      '667bbe0ac937df117c9962b9',
      'Total Visits',
      2,
      'Visits',
      'SELECT Visits,Dated \r\nFROM DaySummary\r\nWHERE SiteKey = @SiteKey AND Dated Between @FromDate AND @ToDate \r\nORDER BY Dated',
    ),
    report(
      '667bbe2dc937df117c9962c4',
      'Chats',
      4,
      'Chats',
      'SELECT Chats,Dated \r\nFROM DaySummary\r\nWHERE SiteKey = @SiteKey AND Dated Between @FromDate AND @ToDate \r\nORDER BY Dated',
    ),
  ];
}

function defaultSiteProperties(sites: readonly SiteRecord[]): Map<number, JsonObject> {
  return new Map(
    sites.map((site) => [
      site.siteKey,
      {
        Id: `65be1e8ec937df0cf801e2${String(site.siteKey).padStart(2, '0')}`,
        SiteKey: site.siteKey,
        Name: site.name,
        Domain: site.domain,
        HomePage: 'index.htm',
        EndPage: '',
        WorkPeriodId: site.workPeriodId,
        HasTrackingCode: site.hasTrackingCode,
        Paused: site.paused,
        UTCBiasUseDefault: true,
        UTCBias: site.utcBias,
        TimeZone: 'GMT Standard Time',
        IncludeQuery: true,
        HideIPFromClient: false,
      },
    ]),
  );
}

function defaultSiteStrings(sites: readonly SiteRecord[]): Map<number, JsonObject[]> {
  return new Map(
    sites.map((site) => [
      site.siteKey,
      [
        {
          Id: `65dc4e37c937df00e0bef7${String(site.siteKey).padStart(2, '0')}`,
          SiteKey: site.siteKey,
          LanguageName: 'English',
          LanguageCode: 'en',
          BaseLanguage: 'en',
          IsDefault: true,
          IncludeSurveys: false,
          UIStrings: [
            {
              OriginalValue: 'Please enter your name and click the <strong>Start Chat</strong> button to begin.',
              CustomValue: `Welcome to ${site.name}. Please enter your name and click the <strong>Start Chat</strong> button to begin.`,
              Section: 'Surveys',
              CanUseHTML: true,
              StringID: 'OpeningMessage',
              StringName: 'Opening Message',
            },
            {
              OriginalValue: 'Select a Department',
              CustomValue: 'Select a Department',
              Section: 'Surveys',
              CanUseHTML: false,
              StringID: 'SelectDepartment',
              StringName: 'Department Selector Text',
            },
          ],
        },
      ],
    ]),
  );
}

function defaultSiteImages(sites: readonly SiteRecord[]): Map<number, JsonObject[]> {
  return new Map(
    sites.map((site) => [
      site.siteKey,
      [
        {
          Id: `65dc4f10c937df00e0bef8${String(site.siteKey).padStart(2, '0')}`,
          SiteKey: site.siteKey,
          Name: 'Logo',
          FileName: 'logo.png',
          MimeType: 'image/png',
          Base64: TINY_PNG,
        },
      ],
    ]),
  );
}

export interface DefaultWorldOptions {
  random?: Random;
  now?: () => number;
}

/** A fresh default world; every call returns independent records. */
export function createDefaultWorld(options: DefaultWorldOptions = {}): World {
  const random = options.random ?? createRandom(42);
  const now = options.now ?? (() => Date.now());
  const at = now();
  const sites = defaultSites();
  const pastVisits = new Map<string, VisitorRecord>();
  const closedChats = defaultHistory(at, pastVisits);
  const missedChats = defaultMissedChats(at);
  closedChats.push(...missedChats.map((missed, index) => missedHistoryRecord(missed, closedChats.length + index + 1)));
  const serverUid = '65d5c4bac937df0f60c916aa';
  const world = new World(
    {
      serverInfo: {
        applicationName: 'WhosOn',
        version: '10.1.1.1',
        clientVersion: '10.1.230.1',
        serverUid,
        serverGeoIpDate: 'Jan 2024',
        registeredUser: 'My Company',
        maxUsers: 999,
        minimumPasswordLength: 8,
        evaluationVersion: false,
        gatewayUrl: 'https://gateway.mysite.com/',
        gatewayAddress: 'gateway.mysite.com',
        gatewayPassthroughUrl: 'https://gateway.mysite.com/p/609ead17',
        chatUrl: 'https://chat.mysite.com/chat/',
      },
      authString: DEMO_AUTH_STRING,
      accounts: defaultAccounts(),
      sites,
      skills: defaultSkills(),
      userGroups: defaultGroups(),
      workPeriods: defaultWorkPeriods(),
      documents: defaultDocuments(at),
      autoResponses: defaultAutoResponses(at),
      articles: defaultArticles(at),
      closedChats,
      missedChats,
      visitors: defaultVisitors(at),
      userChats: defaultUserChats(at),
      daySummaries: defaultDaySummaries(at, random),
      siteProperties: defaultSiteProperties(sites),
      siteStrings: defaultSiteStrings(sites),
      siteImages: defaultSiteImages(sites),
      serverSettings: defaultServerSettings(serverUid),
      reports: defaultReports(),
      log: [
        { dated: at, text: 'WhosOn 10.1.1.1 Server Started (simulator)' },
        { dated: at, text: `Loaded ${sites.length} Sites` },
        { dated: at, text: 'Listening For WebSocket Clients On All Interfaces:8013' },
      ],
      blockedVisitorIps: new Map(),
    },
    random,
    now,
  );
  for (const [id, visit] of pastVisits) world.pastVisits.set(id, visit);
  return world;
}
