/**
 * The simulated server's data: what a WhosOn server keeps in its database and memory.
 * Records are camelCase and hold times as epoch milliseconds; src/sim/wire.ts turns
 * them into the spec's PascalCase JSON. Handlers mutate the world in place.
 *
 * Blob-like admin data the server only stores and returns (server settings, site
 * properties, strings, images, reports) is kept in its wire shape as JSON objects.
 */

import type { Random } from './random.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** 0 Online, 1 Busy, 2 Be right back, 3 Away. */
export type OperatorStatus = 0 | 1 | 2 | 3;

export interface BotSettings {
  enabled: boolean;
  useLLM: boolean;
  botType: string;
  pickupSecsOpsOffline: number;
  pickupSecsOpsOnline: number;
  pickupOnlyWhenOpsOffline: boolean;
  closeIdleAfterSecs: number;
  failAttempts: number;
  failTransfer: boolean;
  ini: string;
}

/** A user record (an operator who can log in). */
export interface Account {
  username: string;
  /** Plain text: the simulator is not a password store. */
  password: string;
  name: string;
  dept: string;
  email: string;
  phone: string;
  title: string;
  lang: string;
  utcBias: number;
  /** Zero for no limit. */
  maxChats: number;
  maxAsyncChats: number;
  autoAccept: boolean;
  siteKeys: number[];
  skillIds: string[];
  /** The spec's Rights string (see src/core/protocol/rights.ts); a trailing S is the system administrator. */
  rights: string;
  isAdmin: boolean;
  isSupervisor: boolean;
  isTeamLeader: boolean;
  isBot: boolean;
  keepLog: boolean;
  suggestResponses: boolean;
  workPeriodId: string;
  groupId: string;
  hasPhoto: boolean;
  photoFileName: string;
  /** Base64 image data for GetUserPhotos, '' when none. */
  photoBase64: string;
  greetingMessage: string;
  clientOptions: string;
  requirePasswordReset: boolean;
  setPasswordTo: string;
  /** The `clientsettings` event's Data, sent after login only when not null. */
  clientSettings: JsonObject | string | null;
  botSettings: BotSettings | null;
}

export interface OnDemandField {
  fieldName: string;
  fieldType: string;
  prompt: string;
}

export interface WrapUpOption {
  value: string;
  displayValue: string;
  subOptions: WrapUpOption[] | null;
}

export interface WrapUpSettings {
  message: string;
  type: 'Buttons' | 'List' | 'Menu' | 'Link';
  options: WrapUpOption[];
  required: boolean;
  show: 'SessionStart' | 'SessionEnd' | 'OperatorClose';
  enabled: boolean;
}

export interface TransferQueue {
  number: number;
  name: string;
  maxSessions: number;
}

/**
 * A chat text rule: operator text matching `pattern` (case-insensitive) is replaced by
 * `replacement` before the visitor sees it; the operator then gets `SendToFiltered`.
 */
export interface TextRule {
  name: string;
  pattern: RegExp;
  replacement: string;
}

export interface SiteRecord {
  siteKey: number;
  name: string;
  domain: string;
  paused: boolean;
  hasTrackingCode: boolean;
  /** Seconds. */
  utcBias: number;
  workPeriodId: string;
  greetingMessage: string;
  slaWarningSeconds: number;
  slaReachedSeconds: number;
  allowEmoji: boolean;
  /** 0 no uploads, 1 allowed, 2 only after a FileRequest. */
  allowFileUpload: 0 | 1 | 2;
  disableFileSend: boolean;
  translationEnabled: boolean;
  preventBlock: boolean;
  onDemandFields: OnDemandField[];
  wrapUp: WrapUpSettings;
  customForm: { enabled: boolean; title: string; url: string };
  crm: { enabled: boolean; autoPosting: boolean; showClientButton: boolean };
  tags: string[];
  transferQueues: TransferQueue[];
  siteINI: string;
  /** Departments chats on this site can be routed to. */
  departments: string[];
  textRules: TextRule[];
  /** Visitors on the site above which visitor events are throttled into `visitorbatch`. */
  throttleAtVisitors: number;
}

export interface SkillRecord {
  id: string;
  parentId: string;
  name: string;
  createdByUser: string;
  siteKeys: number[];
}

export interface UserGroupRecord {
  id: string;
  name: string;
  dept: string;
  maxChats: number;
  autoAccept: boolean;
  siteKeys: number[];
  skillIds: string[];
  rights: string;
  isAdmin: boolean;
  isSupervisor: boolean;
  suggestResponses: boolean;
  workPeriodId: string;
  moderatorList: string;
  lang: string;
}

export interface WorkPeriodRecord {
  id: string;
  description: string;
  createdByUser: string;
  /** Day1..Day7 (Monday first), each "start,lunchStart,lunchEnd,end" as hh:mm:ss, or ",,,". */
  days: [string, string, string, string, string, string, string];
}

export interface DocumentRecord {
  id: string;
  fileName: string;
  folder: string;
  mimeType: string;
  dated: number;
  lastAccessed: number;
  size: number;
  createdByUser: string;
  visitorName: string;
  visitorUploaded: boolean;
  /** 0 for user files (every site of the creator). */
  siteKey: number;
  pinned: boolean;
  singleUse: boolean;
  accessCount: number;
  base64: string;
}

/** What auto-responses and knowledge-store articles both hold: a tree of texts scoped by site and skill. */
export interface KnowledgeItemRecord {
  id: string;
  parentId: string;
  sortId: string;
  dated: number;
  subject: string;
  content: string;
  documentId: string;
  tag: string;
  keywordsFixed: string;
  siteKeys: number[];
  skillIds: string[];
}

/** An auto-response with no siteKeys is private to `ownerUsername`. */
export interface AutoResponseRecord extends KnowledgeItemRecord {
  ownerUsername: string;
}

export type ArticleRecord = KnowledgeItemRecord;

export interface SurveyField {
  name: string;
  value: string;
  /** Pre-chat survey only: which built-in field it fills ("visitor name", ...). */
  builtInField?: string;
}

export interface ChatLine {
  dated: number;
  /** 0 the visitor, 99 the server, n the n-th (1-based) name of TakenByUsers. */
  operatorIndex: number;
  message: string;
}

export interface GeoIp {
  ip: string;
  countryName: string;
  countryIso: string;
  city: string;
  postCode: string;
  metroCode: string;
  latitude: number;
  longitude: number;
  radius: number;
  isp: string;
  organization: string;
}

export interface ContactDetails {
  name: string;
  email: string;
  company: string;
  telephone: string;
  notes: string;
  street: string;
  city: string;
  postCode: string;
  country: string;
  webAddress: string;
  organization: string;
  crmId: string;
}

export interface PageView {
  dated: number;
  name: string;
}

/** A visitor on a site (live, or the visit behind a chat). Id: `SiteKey:IP:TrackingId`. */
export interface VisitorRecord {
  siteKey: number;
  ip: string;
  trackingId: string;
  dns: string;
  /** Visit number on the site today (`No`). */
  no: number;
  /** This visitor's n-th visit (`VisitNo`). */
  visitNo: number;
  totalVisits: number;
  firstVisit: number;
  sessionStarted: number;
  lastActivity: number;
  pages: PageView[];
  browser: string;
  os: string;
  referrer: string;
  name: string;
  email: string;
  location: string;
  geo: GeoIp;
  contact: ContactDetails;
  notMoving: boolean;
  chatting: boolean;
  callbackRequested: boolean;
  polling: boolean;
  organisationNotIsp: boolean;
  ssl: boolean;
  chattingLanguage: string;
  chattingTranslate: boolean;
}

/** An active chat (or, once `finished` is set, a chat in the history). */
export interface ChatRecord {
  chatUid: string;
  chatNumber: number;
  siteKey: number;
  /** `SiteKey:IP:TrackingId` of the visit in `World.visitors` (or `World.pastVisits`). */
  visitorId: string;
  name: string;
  email: string;
  phone: string;
  ip: string;
  trackingId: string;
  dns: string;
  location: string;
  visitNo: number;
  lang: string;
  /** The department the visitor asked for. */
  requestedDept: string;
  skillIds: string[];
  channel: string;
  started: number;
  /** When the current wait began (the start, or the last release back to waiting). */
  waitingSince: number;
  /** Seconds waited before the first pick-up; set when first taken. */
  waitedSeconds: number | null;
  finished: number | null;
  /** Connection id of the operator talking to the visitor; '' while waiting. */
  talkingTo: string;
  /** Operator names in the order they took the chat (OperatorIndex is 1-based into it). */
  takenByUsers: string[];
  takenByDept: string;
  takenByBot: boolean;
  lines: ChatLine[];
  preChatSurvey: SurveyField[];
  postChatSurvey: SurveyField[];
  translation: boolean;
  /** Connection ids of supervisors monitoring the chat. */
  monitoredBy: string[];
  /** Transfer queue number the chat waits in; 0 when in none. */
  queue: number;
  wrapUpValue: string;
  tags: string[];
  rating: number;
  sentimentScore: number;
  summary: string;
  crmPost: boolean;
  transcriptUrl: string;
  /** 0 active; other values as the server's chat states. */
  state: number;
  missed: boolean;
  missedMessage: string;
  missedSeen: boolean;
  missedSeenByUserName: string;
  missedSeenOn: number | null;
  missedCallback: boolean;
  missedCallbackOn: number | null;
}

/** A pending missed chat (no pick-up, or a left message or callback request). */
export interface MissedChatRecord {
  chatUid: string;
  siteKey: number;
  ip: string;
  trackingId: string;
  visitNo: number;
  dns: string;
  location: string;
  dept: string;
  skillIds: string[];
  lang: string;
  translation: boolean;
  started: number;
  waitedSeconds: number;
  name: string;
  email: string;
  phone: string;
  message: string;
  /** Username of the operator responding, '' when nobody is. */
  responseStartedBy: string;
  wantsCallback: boolean;
  wantsCallbackOn: number | null;
}

/** One line of a stored user-to-user chat. */
export interface UserChatLine {
  id: string;
  dated: number;
  fromUsername: string;
  toUsername: string;
  text: string;
}

export interface DaySummaryRecord {
  siteKey: number;
  /** yyyy-mm-dd */
  dated: string;
  peakTime: string;
  current: number;
  total: number;
  new: number;
  views: number;
  peak: number;
  chats: number;
  chatsMissed: number;
  chatsLines: number;
  chatsOnTime: number;
  avgRating: number;
  avgSentiment: number;
  waitSecs: number;
  chatSecs: number;
}

export interface ServerLogLine {
  dated: number;
  text: string;
}

/** Server facts sent in `connected` (and `hello`). */
export interface ServerInfo {
  applicationName: string;
  version: string;
  clientVersion: string;
  serverUid: string;
  serverGeoIpDate: string;
  registeredUser: string;
  maxUsers: number;
  minimumPasswordLength: number;
  evaluationVersion: boolean;
  gatewayUrl: string;
  gatewayAddress: string;
  gatewayPassthroughUrl: string;
  chatUrl: string;
}

export interface BlacklistState {
  /** The global blacklist: never cleared by time. */
  permanent: Set<string>;
  /** Temporary entries: address -> epoch ms when it lapses. */
  temporary: Map<string, number>;
  /** Strikes (failed logins, invalid commands, access denied) per address since its last clean slate. */
  strikes: Map<string, { count: number; firstAt: number }>;
}

export interface WorldData {
  serverInfo: ServerInfo;
  authString: string;
  accounts: Account[];
  sites: SiteRecord[];
  skills: SkillRecord[];
  userGroups: UserGroupRecord[];
  workPeriods: WorkPeriodRecord[];
  documents: DocumentRecord[];
  autoResponses: AutoResponseRecord[];
  articles: ArticleRecord[];
  closedChats: ChatRecord[];
  missedChats: MissedChatRecord[];
  visitors: VisitorRecord[];
  userChats: UserChatLine[];
  daySummaries: DaySummaryRecord[];
  /** Wire-shaped blobs per site key. */
  siteProperties: Map<number, JsonObject>;
  siteStrings: Map<number, JsonValue>;
  siteImages: Map<number, JsonValue>;
  /** The `ServerSettings` object in wire shape (BlackListAfter etc. are read from it). */
  serverSettings: JsonObject;
  reports: JsonObject[];
  log: ServerLogLine[];
  /** Visitor IPs blocked from chatting: address -> epoch ms when the block lapses. */
  blockedVisitorIps: Map<string, number>;
}

/** Reads a status number (0 Online .. 3 Away); the spec also says 4 for Away once. */
export function parseStatus(text: string | undefined): OperatorStatus | null {
  const value = Number((text ?? '').trim());
  if ((text ?? '').trim() === '' || !Number.isInteger(value)) return null;
  if (value === 4) return 3;
  return value >= 0 && value <= 3 ? (value as OperatorStatus) : null;
}

export function visitorIdOf(visitor: { siteKey: number; ip: string; trackingId: string }): string {
  return `${visitor.siteKey}:${visitor.ip}:${visitor.trackingId}`;
}

export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The server's data plus lookups and id generation. */
export class World {
  readonly serverInfo: ServerInfo;
  authString: string;
  readonly accounts: Account[];
  readonly sites: SiteRecord[];
  readonly skills: SkillRecord[];
  readonly userGroups: UserGroupRecord[];
  readonly workPeriods: WorkPeriodRecord[];
  readonly documents: DocumentRecord[];
  readonly autoResponses: AutoResponseRecord[];
  readonly articles: ArticleRecord[];
  /** Active chats by ChatUID, in arrival order. */
  readonly chats = new Map<string, ChatRecord>();
  readonly closedChats: ChatRecord[];
  readonly missedChats: MissedChatRecord[];
  /** Live visitors by id (`SiteKey:IP:TrackingId`). */
  readonly visitors = new Map<string, VisitorRecord>();
  /** Visits that ended, kept for chat history detail. */
  readonly pastVisits = new Map<string, VisitorRecord>();
  readonly userChats: UserChatLine[];
  readonly daySummaries: DaySummaryRecord[];
  readonly siteProperties: Map<number, JsonObject>;
  readonly siteStrings: Map<number, JsonValue>;
  readonly siteImages: Map<number, JsonValue>;
  serverSettings: JsonObject;
  readonly reports: JsonObject[];
  readonly log: ServerLogLine[];
  readonly blockedVisitorIps: Map<string, number>;
  readonly blacklist: BlacklistState = {
    permanent: new Set(),
    temporary: new Map(),
    strikes: new Map(),
  };
  #chatNumber = 0;
  #visitNumberBySite = new Map<number, number>();
  readonly #random: Random;
  readonly #now: () => number;

  constructor(data: WorldData, random: Random, now: () => number) {
    this.#random = random;
    this.#now = now;
    this.serverInfo = data.serverInfo;
    this.authString = data.authString;
    this.accounts = data.accounts;
    this.sites = data.sites;
    this.skills = data.skills;
    this.userGroups = data.userGroups;
    this.workPeriods = data.workPeriods;
    this.documents = data.documents;
    this.autoResponses = data.autoResponses;
    this.articles = data.articles;
    this.closedChats = data.closedChats;
    this.missedChats = data.missedChats;
    for (const visitor of data.visitors) this.visitors.set(visitorIdOf(visitor), visitor);
    this.userChats = data.userChats;
    this.daySummaries = data.daySummaries;
    this.siteProperties = data.siteProperties;
    this.siteStrings = data.siteStrings;
    this.siteImages = data.siteImages;
    this.serverSettings = data.serverSettings;
    this.reports = data.reports;
    this.log = data.log;
    this.blockedVisitorIps = data.blockedVisitorIps;
    this.#chatNumber = data.closedChats.reduce((max, chat) => Math.max(max, chat.chatNumber), 0);
  }

  get random(): Random {
    return this.#random;
  }

  now(): number {
    return this.#now();
  }

  /** A fresh 24-hex id. */
  newId(): string {
    return this.#random.hexId(this.#now());
  }

  /** The next chat number (the server numbers chats 1, 2, 3, ...). */
  nextChatNumber(): number {
    this.#chatNumber += 1;
    return this.#chatNumber;
  }

  /** The next visit number of the day for a site (a visitor's `No`). */
  nextVisitNumber(siteKey: number): number {
    const next = (this.#visitNumberBySite.get(siteKey) ?? 0) + 1;
    this.#visitNumberBySite.set(siteKey, next);
    return next;
  }

  appendLog(text: string): void {
    this.log.push({ dated: this.#now(), text });
  }

  account(username: string): Account | undefined {
    const wanted = username.trim().toLowerCase();
    return this.accounts.find((account) => account.username.toLowerCase() === wanted);
  }

  site(siteKey: number): SiteRecord | undefined {
    return this.sites.find((site) => site.siteKey === siteKey);
  }

  skill(id: string): SkillRecord | undefined {
    return this.skills.find((skill) => skill.id === id);
  }

  skillByName(name: string): SkillRecord | undefined {
    const wanted = name.trim().toLowerCase();
    return this.skills.find((skill) => skill.name.toLowerCase() === wanted);
  }

  /** Names of known skill ids, in the same order; unknown ids are skipped. */
  skillNames(ids: readonly string[]): string[] {
    return ids.flatMap((id) => {
      const skill = this.skill(id);
      return skill === undefined ? [] : [skill.name];
    });
  }

  userGroup(id: string): UserGroupRecord | undefined {
    return id === '' ? undefined : this.userGroups.find((group) => group.id === id);
  }

  groupName(id: string): string {
    return this.userGroup(id)?.name ?? '';
  }

  chat(chatUid: string): ChatRecord | undefined {
    return this.chats.get(chatUid);
  }

  /** An active or closed chat. */
  anyChat(chatUid: string): ChatRecord | undefined {
    return this.chats.get(chatUid) ?? this.closedChats.find((chat) => chat.chatUid === chatUid);
  }

  /** The visit behind a chat or a visitor id, live or past. */
  visit(visitorId: string): VisitorRecord | undefined {
    return this.visitors.get(visitorId) ?? this.pastVisits.get(visitorId);
  }

  /** Moves an active chat into the history. Returns the closed record. */
  closeChat(chatUid: string): ChatRecord | undefined {
    const chat = this.chats.get(chatUid);
    if (chat === undefined) return undefined;
    this.chats.delete(chatUid);
    chat.finished = this.#now();
    chat.talkingTo = '';
    chat.monitoredBy = [];
    this.closedChats.push(chat);
    return chat;
  }

  /** Reads a numeric server setting, falling back when absent or not a number. */
  numberSetting(name: string, fallback: number): number {
    const value = this.serverSettings[name];
    return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
  }

  booleanSetting(name: string, fallback: boolean): boolean {
    const value = this.serverSettings[name];
    return typeof value === 'boolean' ? value : fallback;
  }
}
