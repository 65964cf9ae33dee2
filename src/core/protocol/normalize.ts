/**
 * Wire objects (PascalCase, loosely typed) -> the camelCase models of `models.ts`.
 *
 * This is the one place that absorbs the spec's typos and drifts:
 * - `WaitedSeconds` / `WaitedSecs`, `MaxAsyncChats` / `MaxAyncChats`,
 *   `AutoAccept` / `AutoAcceptChats`, user `SkillIds` / `Skills`, report `_id` / `Id`;
 * - `Chatted` / `Chatting` (and their `…Language`, `…Translate`) in visit details;
 * - survey fields as `{Name, Value}` or `{FieldName, FieldValue}`;
 * - status 4 for Away (read as 3);
 * - `TrackingId` / `TrackingID`, `VisitorSessionId` / `VisitorSessionID` and every other
 *   case drift, because field names are matched case-insensitively.
 *
 * Normalisers never throw and never return undefined fields. A missing or unusable field
 * takes a fixed default: '' for text, 0 for numbers, false for flags, [] for lists, null for
 * optional objects. Numbers and flags sent as strings are coerced; comma lists are split and
 * trimmed. Whether a missing identifier makes a frame useless is the decoder's call
 * (`events.ts`), not theirs.
 */
import { decodeRights } from './rights.js';
import type {
  Article,
  ArticleMatch,
  ArticleSearchResult,
  ArticleSummary,
  AutoResponse,
  BotSettings,
  CallbackProgress,
  Chat,
  ChatDetail,
  ChatHeader,
  ChatLine,
  Client,
  ContactDetails,
  CurrentVisitorTotal,
  DaySummary,
  DocumentFile,
  GeoIp,
  HelloInfo,
  JsonObject,
  MissedChat,
  OnDemandField,
  OperatorStatus,
  PageView,
  PrevChat,
  ReportData,
  ReportDefinition,
  ServerInfo,
  Site,
  SiteImage,
  SiteStrings,
  SiteUiString,
  Skill,
  Suggestion,
  SurveyField,
  TransferQueue,
  TranslationResult,
  User,
  UserChatLine,
  UserGroup,
  UserPhoto,
  VisitDetail,
  Visitor,
  VisitorFlags,
  VisitListEntry,
  WorkPeriod,
  WrapUp,
  WrapUpOption,
  WrapUpShow,
  WrapUpType,
} from './models.js';

// ---------------------------------------------------------------------------------------
// Value coercion

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Older servers sometimes send an object or list as JSON text inside a string. */
function parseEmbeddedJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return value;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return value;
  }
}

export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  return '';
}

export function toNumber(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') return 0;
    const parsed = Number(trimmed);
    return Number.isFinite(parsed) ? parsed : 0;
  }
  return 0;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on']);

export function toFlag(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return TRUE_WORDS.has(value.trim().toLowerCase());
  return false;
}

/** A comma list (string) or an array, trimmed, without empty entries. */
export function toList(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.map((item) => toText(item).trim()).filter((item) => item !== '');
  }
  const text = toText(value);
  if (text.trim() === '') return [];
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Site keys as numbers, from "1,2", ["1", "2"] or [1, 2]; unreadable keys are dropped. */
export function toSiteKeys(value: unknown): number[] {
  return toList(value)
    .map((item) => Number(item))
    .filter((key) => Number.isInteger(key));
}

/** A number, or null when the value is absent, blank or not numeric. */
export function toNumberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  const parsed = typeof value === 'number' ? value : Number(toText(value).trim());
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * 0 Online, 1 Busy, 2 Be right back, 3 Away. The spec writes 4 for Away once: read it as 3.
 * Anything else (missing, garbage, 5) is null so the caller can decide.
 */
export function normalizeStatus(value: unknown): OperatorStatus | null {
  const number = toNumberOrNull(isPlainObject(value) ? read(value).get('Status') : value);
  switch (number) {
    case 0:
    case 1:
    case 2:
    case 3:
      return number;
    case 4:
      return 3;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------
// Case-insensitive field reading

/** Reads one wire object; every getter takes the field's aliases, first present wins. */
interface FieldReader {
  /** The first alias present with a value other than null/undefined. */
  get(...names: string[]): unknown;
  has(...names: string[]): boolean;
  text(...names: string[]): string;
  number(...names: string[]): number;
  flag(...names: string[]): boolean;
  list(...names: string[]): string[];
  siteKeys(...names: string[]): number[];
  /** An array field; a single object is read as a list of one, anything else as []. */
  array(...names: string[]): unknown[];
}

function read(raw: unknown): FieldReader {
  const source = parseEmbeddedJson(raw);
  const byLowerName = new Map<string, unknown>();
  if (isPlainObject(source)) {
    for (const [key, value] of Object.entries(source)) {
      const lower = key.toLowerCase();
      if (!byLowerName.has(lower)) byLowerName.set(lower, value);
    }
  }
  const get = (...names: string[]): unknown => {
    for (const name of names) {
      const value = byLowerName.get(name.toLowerCase());
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  };
  return {
    get,
    has: (...names) => get(...names) !== undefined,
    text: (...names) => toText(get(...names)),
    number: (...names) => toNumber(get(...names)),
    flag: (...names) => toFlag(get(...names)),
    list: (...names) => toList(get(...names)),
    siteKeys: (...names) => toSiteKeys(get(...names)),
    array: (...names) => asArray(get(...names)),
  };
}

function asArray(value: unknown): unknown[] {
  const parsed = parseEmbeddedJson(value);
  if (Array.isArray(parsed)) return parsed;
  if (isPlainObject(parsed)) return [parsed];
  return [];
}

/** The value of the first of `names` the wire object carries (any case), or undefined. */
export function fieldValue(raw: unknown, ...names: string[]): unknown {
  return read(raw).get(...names);
}

/**
 * A list of wire objects through one normaliser. Accepts an array, a single object (a
 * list of one), JSON text, or null/''/anything else (an empty list). Entries that are not
 * objects are skipped: they cannot describe a model.
 */
export function normalizeList<T>(raw: unknown, normalize: (item: unknown) => T): T[] {
  return asArray(raw)
    .map((item) => parseEmbeddedJson(item))
    .filter(isPlainObject)
    .map((item) => normalize(item));
}

/** Objects kept as the server sent them (site properties, settings). */
export function normalizeJsonObject(raw: unknown): JsonObject {
  const parsed = parseEmbeddedJson(raw);
  return isPlainObject(parsed) ? { ...parsed } : {};
}

// ---------------------------------------------------------------------------------------
// Operators and users

export function normalizeBotSettings(raw: unknown): BotSettings {
  const f = read(raw);
  return {
    enabled: f.flag('Enabled'),
    useLlm: f.flag('UseLLM'),
    botType: f.text('BotType'),
    pickupSecsOpsOffline: f.number('PickupSecsOpsOffline'),
    pickupSecsOpsOnline: f.number('PickupSecsOpsOnline'),
    pickupOnlyWhenOpsOffline: f.flag('PickupOnlyWhenOpsOffline'),
    closeIdleAfterSecs: f.number('CloseIdleAfterSecs'),
    failAttempts: f.number('FailAttempts'),
    failTransfer: f.flag('FailTransfer'),
    ini: f.text('INI'),
  };
}

export function normalizeUser(raw: unknown): User {
  const f = read(raw);
  const bot = f.get('BotSettings');
  return {
    userName: f.text('UserName', 'User'),
    name: f.text('Name'),
    dept: f.text('Dept', 'Department'),
    email: f.text('Email'),
    phone: f.text('Phone'),
    title: f.text('Title'),
    lang: f.text('Lang', 'Language'),
    utcBias: f.number('UTCBias'),
    maxChats: f.number('MaxChats'),
    maxAsyncChats: f.number('MaxAsyncChats', 'MaxAyncChats'),
    autoAccept: f.flag('AutoAccept', 'AutoAcceptChats'),
    siteKeys: f.siteKeys('SiteKeys'),
    skillIds: f.list('SkillIds', 'Skills'),
    rights: decodeRights(f.text('Rights')),
    isAdmin: f.flag('IsAdmin', 'Admin'),
    isSupervisor: f.flag('IsSupervisor', 'Supervisor'),
    isTeamLeader: f.flag('IsTeamLeader', 'TeamLeader'),
    isBot: f.flag('IsBot'),
    keepLog: f.flag('KeepLog'),
    suggestResponses: f.flag('SuggestResponses', 'UserSuggestResponses'),
    workPeriodId: f.text('WorkPeriodId'),
    groupId: f.text('GroupId'),
    groupName: f.text('GroupName'),
    hasPhoto: f.flag('HasPhoto'),
    photoFileName: f.text('PhotoFileName'),
    greetingMessage: f.text('GreetingMessage'),
    clientOptions: f.text('ClientOptions'),
    requirePasswordReset: f.flag('RequirePasswordReset'),
    botSettings: isPlainObject(parseEmbeddedJson(bot)) ? normalizeBotSettings(bot) : null,
  };
}

export function normalizeClient(raw: unknown): Client {
  const f = read(raw);
  return {
    connectionId: f.text('ConnectionId', 'Connection'),
    userName: f.text('UserName'),
    name: f.text('Name'),
    dept: f.text('Dept', 'Department'),
    email: f.text('Email'),
    // An unreadable status is Busy: never offer an operator as available on a guess.
    status: normalizeStatus(f.get('Status')) ?? 1,
    statusMessage: f.text('StatusMessage'),
    lang: f.text('Lang', 'Language'),
    chats: f.number('Chats'),
    maxChats: f.number('MaxChats'),
    maxAsyncChats: f.number('MaxAsyncChats', 'MaxAyncChats'),
    skills: f.list('Skills', 'SkillNames'),
    rights: decodeRights(f.text('Rights')),
    supervisor: f.flag('Supervisor', 'IsSupervisor'),
    teamLeader: f.flag('TeamLeader', 'IsTeamLeader'),
    admin: f.flag('Admin', 'IsAdmin'),
    platform: f.text('Platform'),
    version: f.text('Version'),
    ip: f.text('IP', 'IPAddress'),
    groupId: f.text('GroupId'),
    groupName: f.text('GroupName'),
    hasPhoto: f.flag('HasPhoto'),
    isBot: f.flag('IsBot'),
  };
}

export function normalizeUserGroup(raw: unknown): UserGroup {
  const f = read(raw);
  return {
    id: f.text('Id', '_id'),
    name: f.text('Name'),
    dept: f.text('Dept', 'Department'),
    maxChats: f.number('MaxChats'),
    autoAccept: f.flag('AutoAccept', 'AutoAcceptChats'),
    siteKeys: f.siteKeys('SiteKeys'),
    skillIds: f.list('SkillIds', 'Skills'),
    rights: decodeRights(f.text('Rights')),
    isAdmin: f.flag('IsAdmin', 'Admin'),
    isSupervisor: f.flag('IsSupervisor', 'Supervisor'),
    suggestResponses: f.flag('SuggestResponses', 'UserSuggestResponses'),
    workPeriodId: f.text('WorkPeriodId'),
    moderatorList: f.text('ModeratorList'),
    lang: f.text('Lang', 'Language'),
  };
}

const WORK_PERIOD_DAYS = 7;
/** start, break start, break end, end. */
const WORK_DAY_TIMES = 4;

export function normalizeWorkPeriod(raw: unknown): WorkPeriod {
  const f = read(raw);
  const days: string[][] = [];
  for (let day = 1; day <= WORK_PERIOD_DAYS; day += 1) {
    // Positional: ",,," is a day off, so empty entries are kept, not dropped.
    const times = f
      .text(`Day${day}`)
      .split(',')
      .map((time) => time.trim());
    while (times.length < WORK_DAY_TIMES) times.push('');
    days.push(times);
  }
  return {
    id: f.text('Id', '_id'),
    description: f.text('Description'),
    createdByUser: f.text('CreatedByUser'),
    days,
  };
}

export function normalizeUserChatLine(raw: unknown): UserChatLine {
  const f = read(raw);
  return {
    id: f.text('Id', '_id'),
    dated: f.text('Dated'),
    myLine: f.flag('MyLine'),
    text: f.text('Text', 'Message'),
  };
}

export function normalizeUserPhoto(raw: unknown): UserPhoto {
  const f = read(raw);
  return {
    userName: f.text('UserName'),
    fileName: f.text('FileName'),
    base64: f.text('Base64'),
  };
}

// ---------------------------------------------------------------------------------------
// Sites

export function normalizeOnDemandField(raw: unknown): OnDemandField {
  const f = read(raw);
  return {
    fieldName: f.text('FieldName', 'Name'),
    fieldType: f.text('FieldType', 'Type'),
    prompt: f.text('Prompt'),
  };
}

export function normalizeWrapUpOption(raw: unknown): WrapUpOption {
  const f = read(raw);
  return {
    value: f.text('Value'),
    displayValue: f.text('DisplayValue'),
    subOptions: normalizeList(f.get('SubOptions'), normalizeWrapUpOption),
  };
}

const WRAP_UP_TYPES: readonly WrapUpType[] = ['Buttons', 'List', 'Menu', 'Link'];
const WRAP_UP_SHOWS: readonly WrapUpShow[] = ['SessionStart', 'SessionEnd', 'OperatorClose'];

/** Matches one of `allowed` whatever its case (the full site JSON writes "menu"). */
function pickWord<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  const lower = value.trim().toLowerCase();
  return allowed.find((word) => word.toLowerCase() === lower) ?? fallback;
}

export function normalizeWrapUp(raw: unknown): WrapUp {
  const f = read(raw);
  return {
    enabled: f.flag('Enabled'),
    required: f.flag('Required'),
    message: f.text('Message'),
    // A list selector works for any number of options: the neutral choice when unknown.
    type: pickWord(f.text('Type'), WRAP_UP_TYPES, 'List'),
    show: pickWord(f.text('Show'), WRAP_UP_SHOWS, 'SessionEnd'),
    options: normalizeList(f.get('Options'), normalizeWrapUpOption),
  };
}

export function normalizeTransferQueue(raw: unknown): TransferQueue {
  const f = read(raw);
  return {
    number: f.number('Number'),
    name: f.text('Name'),
    count: f.number('Count'),
    currentWait: f.number('CurrentWait'),
    maxSessions: f.number('MaxSessions'),
  };
}

function toFileUpload(value: unknown): 0 | 1 | 2 {
  const number = toNumber(value);
  return number === 1 || number === 2 ? number : 0;
}

export function normalizeSite(raw: unknown): Site {
  const f = read(raw);
  // The `sites` event nests Chat settings flat; the full site JSON keeps them under `Chat`.
  const chat = read(f.get('Chat'));
  const pick = (...names: string[]): unknown => f.get(...names) ?? chat.get(...names);
  const onDemand = pick('OnDemandFields');
  const customForm = read(f.get('CustomForm'));
  const crm = read(f.get('CRM'));
  const tags = pick('Tags');
  return {
    siteKey: f.number('SiteKey'),
    name: f.text('Name'),
    domain: f.text('Domain'),
    paused: f.flag('Paused'),
    hasTrackingCode: f.flag('HasTrackingCode'),
    utcBias: f.number('UTCBias'),
    workPeriodId: f.text('WorkPeriodId'),
    greetingMessage: toText(pick('GreetingMessage')),
    slaWarningSeconds: toNumber(pick('SLAWarningSeconds')),
    slaReachedSeconds: toNumber(pick('SLAReachedSeconds')),
    allowEmoji: toFlag(pick('AllowEmoji')),
    allowFileUpload: toFileUpload(pick('AllowFileUpload')),
    disableFileSend: toFlag(pick('DisableFileSend')),
    translationEnabled: f.flag('TranslationEnabled'),
    preventBlock: f.flag('PreventBlock', 'PreventBlockChatVisitor'),
    // Either a list of fields or, in the full site JSON, `{ Enabled, Fields }`.
    onDemandFields: normalizeList(read(onDemand).get('Fields') ?? onDemand, normalizeOnDemandField),
    wrapUp: normalizeWrapUp(f.get('WrapUp', 'ChatWrapUp')),
    customForm: {
      enabled: customForm.flag('Enabled'),
      title: customForm.text('Title'),
      url: customForm.text('URL'),
    },
    crm: {
      enabled: crm.flag('Enabled'),
      autoPosting: crm.flag('AutoPosting', 'ChatAutoPosting'),
      showClientButton: crm.flag('ShowClientButton', 'ChatShowClientButton'),
    },
    tags: toList(tags),
    transferQueues: normalizeList(f.get('TransferQueues'), normalizeTransferQueue),
    siteIni: f.text('SiteINI'),
  };
}

export function normalizeSiteImage(raw: unknown): SiteImage {
  const f = read(raw);
  return {
    siteKey: f.number('SiteKey'),
    domain: f.text('Domain'),
    imageType: f.number('ImageType'),
    language: f.text('Language', 'Lang'),
    ext: f.text('Ext'),
    base64: f.text('Base64'),
  };
}

export function normalizeSiteUiString(raw: unknown): SiteUiString {
  const f = read(raw);
  return {
    originalValue: f.text('OriginalValue'),
    customValue: f.text('CustomValue'),
    section: f.text('Section'),
    canUseHtml: f.flag('CanUseHTML'),
    stringId: f.text('StringID'),
    stringName: f.text('StringName'),
  };
}

export function normalizeSiteStrings(raw: unknown): SiteStrings {
  const f = read(raw);
  return {
    id: f.text('Id', '_id'),
    siteKey: f.number('SiteKey'),
    languageName: f.text('LanguageName'),
    languageCode: f.text('LanguageCode'),
    baseLanguage: f.text('BaseLanguage'),
    isDefault: f.flag('IsDefault'),
    includeSurveys: f.flag('IncludeSurveys'),
    uiStrings: normalizeList(f.get('UIStrings'), normalizeSiteUiString),
  };
}

// ---------------------------------------------------------------------------------------
// Chats

function chatUidOf(f: FieldReader): string {
  return f.text('ChatUID', 'ChatId');
}

export function normalizeChat(raw: unknown): Chat {
  const f = read(raw);
  return {
    chatUid: chatUidOf(f),
    siteKey: f.number('SiteKey'),
    ip: f.text('IP'),
    trackingId: f.text('TrackingId', 'VisitorSessionId'),
    name: f.text('Name', 'VisitorName'),
    dept: f.text('Dept', 'Department'),
    skillIds: f.list('SkillIds'),
    skillNames: f.list('SkillNames'),
    waitedSeconds: f.number('WaitedSeconds', 'WaitedSecs'),
    queuePos: f.number('QueuePos'),
    talkingToClientId: f.text(
      'TalkingToClientId',
      'TalkingToConnectionId',
      'TalkingToClientConnection',
    ),
    lang: f.text('Lang', 'Language'),
    translation: f.flag('Translation'),
    monitoredBy: f.text('MonitoredBy'),
    location: f.text('Location', 'Loc'),
    channel: f.text('Channel'),
    chatNumber: toNumberOrNull(f.get('ChatNumber', 'ChatNum', 'Number')),
  };
}

export function normalizeMissedChat(raw: unknown): MissedChat {
  const f = read(raw);
  return {
    chatUid: chatUidOf(f),
    siteKey: f.number('SiteKey'),
    ip: f.text('IP'),
    trackingId: f.text('TrackingId', 'VisitorSessionId'),
    visitNo: f.number('VisitNo'),
    dns: f.text('DNS'),
    location: f.text('Location', 'Loc'),
    dept: f.text('Dept', 'Department'),
    skillIds: f.list('SkillIds'),
    skillNames: f.list('SkillNames'),
    lang: f.text('Lang', 'Language'),
    translation: f.flag('Translation'),
    started: f.text('Started'),
    waitedSeconds: f.number('WaitedSeconds', 'WaitedSecs'),
    name: f.text('Name', 'VisitorName'),
    email: f.text('Email'),
    phone: f.text('Phone'),
    message: f.text('Message'),
    responseStarted: f.flag('ResponseStarted'),
    responseStartedBy: f.text('ResponseStartedBy'),
    wantsCallback: f.flag('WantsCallback'),
    wantsCallbackOn: f.text('WantsCallbackOn'),
  };
}

export function normalizeSurveyField(raw: unknown): SurveyField {
  const f = read(raw);
  return {
    name: f.text('Name', 'FieldName'),
    value: f.text('Value', 'FieldValue'),
    builtInField: f.text('BuiltInField'),
  };
}

/**
 * Survey answers: a list of fields, `{ Fields: [...] }`, or a plain `{ name: value }`
 * object (each entry becomes a field).
 */
export function normalizeSurveyFields(raw: unknown): SurveyField[] {
  const parsed = parseEmbeddedJson(raw);
  if (isPlainObject(parsed)) {
    const f = read(parsed);
    if (f.has('Fields')) return normalizeList(f.get('Fields'), normalizeSurveyField);
    if (f.has('Name', 'FieldName')) return [normalizeSurveyField(parsed)];
    return Object.entries(parsed).map(([name, value]) => ({
      name,
      value: toText(value),
      builtInField: '',
    }));
  }
  return normalizeList(parsed, normalizeSurveyField);
}

/** Operator names, comma separated; positions matter (OperatorIndex), so blanks stay. */
function toNameList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => toText(item).trim());
  const text = toText(value);
  if (text.trim() === '') return [];
  return text.split(',').map((name) => name.trim());
}

export function normalizeChatHeader(raw: unknown): ChatHeader {
  const f = read(raw);
  return {
    chatUid: chatUidOf(f),
    siteKey: f.number('SiteKey'),
    ip: f.text('IP'),
    trackingId: f.text('TrackingId', 'VisitorSessionId'),
    dns: f.text('DNS'),
    location: f.text('Location', 'Loc'),
    visitNo: f.number('VisitNo'),
    takenByUsers: toNameList(f.get('TakenByUsers', 'TakenByUser')),
    takenByDept: f.text('TakenByDept'),
    takenByBot: f.flag('TakenByBot'),
    started: f.text('Started'),
    finished: f.text('Finished'),
    waitedSeconds: f.number('WaitedSeconds', 'WaitedSecs'),
    durationSeconds: f.number('DurationSeconds', 'DurationSecs'),
    lang: f.text('Lang', 'Language'),
    translation: f.flag('Translation'),
    rating: f.number('Rating'),
    name: f.text('Name', 'VisitorName'),
    email: f.text('Email'),
    phone: f.text('Phone'),
    missed: f.flag('Missed'),
    missedMessage: f.text('MissedMessage'),
    missedSeen: f.flag('MissedSeen'),
    missedSeenByUserName: f.text('MissedSeenByUserName'),
    missedSeenOn: f.text('MissedSeenOn'),
    missedCallback: f.flag('MissedCallback'),
    missedCallbackOn: f.text('MissedCallbackOn'),
    requestedDept: f.text('RequestedDept'),
    sentimentScore: f.number('SentimentScore'),
    wrapUpValue: f.text('WrapUpValue'),
    tags: f.list('Tags'),
    summary: f.text('Summary'),
    channel: f.text('Channel'),
    state: f.number('State'),
    skillNames: f.list('SkillNames'),
    transcriptUrl: f.text('TranscriptURL'),
  };
}

export function normalizeChatLine(raw: unknown): ChatLine {
  const f = read(raw);
  return {
    dated: f.text('Dated'),
    operatorIndex: f.number('OperatorIndex'),
    message: f.text('Message', 'Text'),
  };
}

export function normalizeChatDetail(raw: unknown): ChatDetail {
  const f = read(raw);
  const visit = f.get('VisitDetail');
  return {
    // Some servers flatten the header into the detail itself.
    header: normalizeChatHeader(f.get('ChatHeader', 'Header') ?? raw),
    preChatSurvey: normalizeSurveyFields(f.get('PreChatSurvey')),
    postChatSurvey: normalizeSurveyFields(f.get('PostChatSurvey')),
    lines: normalizeList(f.get('Lines'), normalizeChatLine),
    visitDetail: isPlainObject(parseEmbeddedJson(visit)) ? normalizeVisitDetail(visit) : null,
  };
}

export function normalizePrevChat(raw: unknown): PrevChat {
  const f = read(raw);
  return {
    chatUid: chatUidOf(f),
    name: f.text('Name', 'VisitorName'),
    startDate: f.text('StartDate', 'Started'),
    takenByUsers: f.text('TakenByUsers'),
    takenByDept: f.text('TakenByDept'),
    duration: f.number('Duration'),
  };
}

export function normalizeCallbackProgress(raw: unknown): CallbackProgress {
  const f = read(raw);
  return {
    id: f.number('ID'),
    siteKey: f.number('SiteKey'),
    chatUid: chatUidOf(f),
    fromNumber: f.text('FromNumber'),
    toNumber: f.text('ToNumber'),
    userName: f.text('UserName'),
    visitorName: f.text('VisitorName'),
    callStarted: f.text('CallStarted'),
    callStatus: f.text('CallStatus'),
    callRecordingUrl: f.text('CallRecordingURL'),
    transcriptLine: f.text('TranscriptLine'),
  };
}

// ---------------------------------------------------------------------------------------
// Visits and visitors

export function normalizePageView(raw: unknown): PageView {
  const f = read(raw);
  return { dated: f.text('Dated'), name: f.text('Name', 'Page') };
}

export function normalizeGeoIp(raw: unknown): GeoIp {
  const f = read(raw);
  return {
    ip: f.text('IP'),
    countryName: f.text('CountryName'),
    countryIso: f.text('CountryISO'),
    city: f.text('City'),
    postCode: f.text('PostCode'),
    metroCode: f.text('MetroCode'),
    latitude: f.number('Latitude'),
    longitude: f.number('Longitude'),
    radius: f.number('Radius'),
    isp: f.text('ISP'),
    organization: f.text('Organization', 'Organisation'),
  };
}

export function normalizeContactDetails(raw: unknown): ContactDetails {
  const f = read(raw);
  return {
    name: f.text('ContactName'),
    email: f.text('ContactEmail'),
    company: f.text('ContactCompany'),
    telephone: f.text('ContactTelephone', 'ContactPhone'),
    notes: f.text('ContactNotes'),
    street: f.text('ContactStreet'),
    city: f.text('ContactCity'),
    postCode: f.text('ContactPostCode'),
    country: f.text('ContactCountry'),
    webAddress: f.text('ContactWebAddress'),
    organization: f.text('ContactOrganization', 'ContactOrganisation'),
    crmId: f.text('CRMId'),
  };
}

export function normalizeVisitDetail(raw: unknown): VisitDetail {
  const f = read(raw);
  const geoIp = f.get('GeoIP');
  return {
    siteKey: f.number('SiteKey'),
    siteName: f.text('SiteName'),
    ip: f.text('IP'),
    trackingId: f.text('TrackingId', 'VisitorSessionId'),
    dns: f.text('DNS'),
    visitNo: f.number('VisitNo'),
    totalVisits: f.number('TotalVisits'),
    browser: f.text('Browser'),
    os: f.text('OS'),
    referrer: f.text('Referrer', 'Ref'),
    sessionStarted: f.text('SessionStarted'),
    chatted: f.flag('Chatted', 'Chatting'),
    chattedLanguage: f.text('ChattedLanguage', 'ChattingLanguage'),
    chattedTranslate: f.flag('ChattedTranslate', 'ChattingTranslate'),
    pageViews: f.number('PageViews'),
    firstPage: f.text('FirstPage'),
    firstVisit: f.text('FirstVisit'),
    contact: normalizeContactDetails(raw),
    contactDated: f.text('ContactDated'),
    pages: normalizeList(f.get('Pages'), normalizePageView),
    geoIp: isPlainObject(parseEmbeddedJson(geoIp)) ? normalizeGeoIp(geoIp) : null,
  };
}

/**
 * Splits a visitor id `SiteKey:IP:TrackingId`. The IP may be IPv6 (full of colons), so the
 * site key is taken from the left, the tracking id from the right, the IP is the rest.
 */
export function parseVisitorId(id: string): { siteKey: number; ip: string; trackingId: string } {
  const first = id.indexOf(':');
  const last = id.lastIndexOf(':');
  if (first === -1) return { siteKey: toNumber(id), ip: '', trackingId: '' };
  if (first === last) {
    return { siteKey: toNumber(id.slice(0, first)), ip: id.slice(first + 1), trackingId: '' };
  }
  return {
    siteKey: toNumber(id.slice(0, first)),
    ip: id.slice(first + 1, last),
    trackingId: id.slice(last + 1),
  };
}

/** Flags by position (spec, Visitor event): Y is set, anything else is not. */
export function normalizeVisitorFlags(raw: unknown): VisitorFlags {
  const text = toText(raw);
  const at = (position: number): boolean => text.charAt(position - 1).toUpperCase() === 'Y';
  return {
    notMoving: at(1),
    chatting: at(2),
    callbackRequested: at(3),
    polling: at(4),
    notIsp: at(5),
    ssl: at(6),
    raw: text,
  };
}

export function normalizeVisitor(raw: unknown): Visitor {
  const f = read(raw);
  const sentId = f.text('Id', 'Key');
  const fromId = parseVisitorId(sentId);
  const siteKey = f.has('SiteKey') ? f.number('SiteKey') : fromId.siteKey;
  // The Visitor objects carry no IP field: the id is where it lives.
  const ip = f.text('IP') || fromId.ip;
  const trackingId = f.text('TrackingId', 'VisitorSessionId') || fromId.trackingId;
  const id = sentId || (ip || trackingId ? `${siteKey}:${ip}:${trackingId}` : '');
  return {
    id,
    siteKey,
    ip,
    trackingId,
    startTime: f.text('StartTime'),
    time: f.text('Time'),
    no: f.number('No'),
    visitNo: f.number('VisitNo'),
    views: f.number('Views'),
    dns: f.text('DNS'),
    page: f.text('Page'),
    flags: normalizeVisitorFlags(f.get('Flags')),
    browser: f.text('Browser'),
    os: f.text('OS'),
    ref: f.text('Ref', 'Referrer'),
    name: f.text('Name'),
    email: f.text('Email'),
    location: f.text('Loc', 'Location'),
  };
}

export function normalizeVisitListEntry(raw: unknown): VisitListEntry {
  const f = read(raw);
  return {
    siteKey: f.number('SiteKey'),
    ip: f.text('IP'),
    trackingId: f.text('TrackingId', 'VisitorSessionId'),
    location: f.text('Loc', 'Location'),
    dns: f.text('DNS'),
    name: f.text('Name'),
    company: f.text('Company'),
    email: f.text('Email'),
    chatted: f.flag('Chatted', 'Chatting'),
    visitNo: f.number('VisitNo'),
    visitDate: f.text('VisitDate'),
    visits: f.number('Visits'),
    views: f.number('Views'),
    duration: f.number('Duration'),
    page: f.text('Page'),
    firstDate: f.text('FirstDate'),
    lastDate: f.text('LastDate'),
    os: f.text('OS'),
    browser: f.text('Browser'),
    referrer: f.text('Referrer', 'Ref'),
  };
}

export function normalizeDaySummary(raw: unknown): DaySummary {
  const f = read(raw);
  return {
    siteKey: f.number('SiteKey'),
    dated: f.text('Dated'),
    peakTime: f.text('PeakTime'),
    current: f.number('Current'),
    total: f.number('Total'),
    new: f.number('New'),
    views: f.number('Views'),
    peak: f.number('Peak'),
    chats: f.number('Chats'),
    chatsMissed: f.number('ChatsMissed'),
    chatsLines: f.number('ChatsLines'),
    chatsOnTime: f.number('ChatsOnTime'),
    avgRating: f.number('AvgRating'),
    avgSentiment: f.number('AvgSentiment'),
    waitSecs: f.number('WaitSecs', 'WaitSeconds'),
    chatSecs: f.number('ChatSecs', 'ChatSeconds'),
  };
}

export function normalizeCurrentVisitorTotal(raw: unknown): CurrentVisitorTotal {
  const f = read(raw);
  return { siteKey: f.number('SiteKey'), visitors: f.number('Visitors') };
}

// ---------------------------------------------------------------------------------------
// Knowledge: skills, documents, auto-responses, articles

export function normalizeSkill(raw: unknown): Skill {
  const f = read(raw);
  return {
    id: f.text('Id', '_id'),
    parentId: f.text('ParentId'),
    name: f.text('Name'),
    createdByUser: f.text('CreatedByUser'),
    siteKeys: f.siteKeys('SiteKeys'),
  };
}

export function normalizeDocument(raw: unknown): DocumentFile {
  const f = read(raw);
  const base64 = f.text('Base64');
  return {
    id: f.text('Id', '_id'),
    fileName: f.text('FileName'),
    folder: f.text('Folder'),
    mimeType: f.text('MimeType'),
    dated: f.text('Dated'),
    lastAccessed: f.text('LastAccessed'),
    size: f.number('Size'),
    createdByUser: f.text('CreatedByUser'),
    visitorName: f.text('VisitorName'),
    visitorUploaded: f.flag('VisitorUploaded'),
    siteKey: f.number('SiteKey'),
    pinned: f.flag('Pinned'),
    singleUse: f.flag('SingleUse'),
    accessCount: f.number('AccessCount'),
    url: f.text('Url'),
    // Lists send null, uploads send "": both mean "no content here".
    base64: base64 === '' ? null : base64,
  };
}

export function normalizeAutoResponse(raw: unknown): AutoResponse {
  const f = read(raw);
  return {
    id: f.text('Id', '_id'),
    parentId: f.text('ParentId'),
    sortId: f.text('SortId'),
    dated: f.text('Dated'),
    subject: f.text('Subject'),
    content: f.text('Content'),
    documentId: f.text('DocumentId'),
    tag: f.text('Tag'),
    keywordsFixed: f.text('KeywordsFixed'),
    siteKeys: f.siteKeys('SiteKeys'),
    skillIds: f.list('SkillIds'),
  };
}

export function normalizeArticleSummary(raw: unknown): ArticleSummary {
  const f = read(raw);
  return {
    id: f.text('Id', '_id'),
    parentId: f.text('ParentId'),
    sortId: f.text('SortId'),
    subject: f.text('Subject'),
    siteKeys: f.siteKeys('SiteKeys'),
    skillIds: f.list('SkillIds'),
  };
}

export function normalizeArticle(raw: unknown): Article {
  const f = read(raw);
  return {
    ...normalizeArticleSummary(raw),
    dated: f.text('Dated'),
    content: f.text('Content'),
    documentId: f.text('DocumentId'),
    tag: f.text('Tag'),
    keywordsFixed: f.text('KeywordsFixed'),
  };
}

export function normalizeArticleMatch(raw: unknown): ArticleMatch {
  const f = read(raw);
  return {
    id: f.text('Id', '_id'),
    subject: f.text('Subject'),
    content: f.text('Content'),
    documentId: f.text('DocumentId'),
    similarity: f.number('Similarity'),
    tokens: f.number('Tokens'),
  };
}

export function normalizeArticleSearchResult(raw: unknown): ArticleSearchResult {
  const f = read(raw);
  return {
    siteKey: f.number('SiteKey'),
    searchTerm: f.text('SearchTerm'),
    // The spec: "or null if no articles were found".
    articles: normalizeList(f.get('Articles'), normalizeArticleMatch),
  };
}

export function normalizeSuggestion(raw: unknown): Suggestion {
  const f = read(raw);
  return {
    siteKey: f.number('SiteKey'),
    searchTerm: f.text('SearchTerm'),
    content: f.text('Content'),
    documentId: f.text('DocumentId'),
  };
}

export function normalizeTranslationResult(raw: unknown): TranslationResult {
  const f = read(raw);
  return {
    siteKey: f.number('SiteKey'),
    fromLang: f.text('FromLang'),
    toLang: f.text('ToLang'),
    text: f.text('Text'),
    translation: f.text('Translation'),
  };
}

// ---------------------------------------------------------------------------------------
// Reports

export function normalizeReportDefinition(raw: unknown): ReportDefinition {
  const f = read(raw);
  return {
    id: f.text('_id', 'Id'),
    groupName: f.text('GroupName'),
    name: f.text('Name'),
    type: f.number('Type'),
    chartField: f.text('ChartField'),
    chartLabel: f.text('ChartLabel'),
    chartLabelIsDate: f.flag('ChartLabelIsDate'),
    dateSelectorType: f.number('DateSelectorType'),
    formatString: f.text('FormatString'),
    formatColor: f.text('FormatColor', 'FormatColour'),
    sql: f.text('SQL'),
    useArchive: f.flag('UseArchive'),
    maxRows: f.number('MaxRows'),
    siteKeys: f.siteKeys('SiteKeys'),
  };
}

/** Column lists: an array keeps every entry (a blank column name is still a column). */
function toColumnList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => toText(item));
  return toList(value);
}

export function normalizeReportData(raw: unknown): ReportData {
  const f = read(raw);
  return {
    reportId: f.text('ReportId', '_id', 'Id'),
    siteKey: f.number('SiteKey'),
    fromDate: f.text('FromDate'),
    toDate: f.text('ToDate'),
    columnNames: toColumnList(f.get('ColumnNames')),
    columnTypes: toColumnList(f.get('ColumnTypes')),
    executeMs: f.number('ExecuteMs'),
    dataCsv: f.text('DataCSV'),
  };
}

// ---------------------------------------------------------------------------------------
// Connection

export function normalizeHelloInfo(raw: unknown): HelloInfo {
  const f = read(raw);
  return {
    application: f.text('Application', 'ApplicationName'),
    version: f.text('Version'),
    connectionId: f.text('ConnectionId'),
  };
}

export function normalizeServerInfo(raw: unknown): ServerInfo {
  const f = read(raw);
  return {
    connectionId: f.text('ConnectionId'),
    applicationName: f.text('ApplicationName', 'Application'),
    version: f.text('Version'),
    clientVersion: f.text('ClientVersion'),
    serverUid: f.text('ServerUid'),
    serverGeoIpDate: f.text('ServerGeoIPDate'),
    registeredUser: f.text('RegisteredUser'),
    maxUsers: f.number('MaxUsers'),
    minimumPasswordLength: f.number('MinimumPasswordLength', 'MinPasswordLength'),
    evaluationVersion: f.flag('EvaluationVersion'),
    gatewayUrl: f.text('GatewayUrl'),
    gatewayAddress: f.text('GatewayAddress'),
    gatewayPort: f.number('GatewayPort'),
    gatewayPortSsl: f.number('GatewayPortSSL'),
    gatewayPassthroughUrl: f.text('GatewayPassthroughUrl'),
    chatUrl: f.text('ChatUrl'),
    authToken: f.text('AuthToken'),
  };
}
