/**
 * Data models of the WhosOn v10 Client API with normalised, camelCase field names.
 *
 * The wire uses PascalCase names and carries a few typos and drifts (`WaitedSecs`,
 * `MaxAyncChats`, `TrackingID`, `Chatted`/`Chatting`, `VisitorSessionID`, survey
 * `FieldName`/`FieldValue`). Those are absorbed once, in `normalize.ts`; everything
 * past the decoder sees only these shapes.
 */

/** 0 Online, 1 Busy, 2 Be right back, 3 Away (the spec also writes 4 for Away: read as 3). */
export type OperatorStatus = 0 | 1 | 2 | 3;

export const OperatorStatus = {
  Online: 0,
  Busy: 1,
  BeRightBack: 2,
  Away: 3,
} as const satisfies Record<string, OperatorStatus>;

/** Decoded user rights string (see `rights.ts`). */
export interface Rights {
  canEditProperties: boolean;
  canViewReports: boolean;
  canViewDailySummary: boolean;
  canEditLocalSettings: boolean;
  canTakeChats: boolean;
  canRespondToMissedChats: boolean;
  canChatToOtherUsers: boolean;
  canMonitorOtherUsersChats: boolean;
  canChangeOwnNameOnLogin: boolean;
  canDeleteChats: boolean;
  canSeeUsersOutsideOwnDepartment: boolean;
  canTransferOutsideOwnDepartment: boolean;
  userChatsStoredInDatabase: boolean;
  /** Position 14: 0 ask, 1 always, 2 never. */
  sendSingleUseFiles: 'ask' | 'always' | 'never';
  canUseCoBrowse: boolean;
  canAskForPayment: boolean;
  canEditArticles: boolean;
  canEditAutoResponses: boolean;
  canAddDeleteDocuments: boolean;
  canUseAiAssist: boolean;
  canViewActiveVisitors: boolean;
  /** Rights string ends with `S`. */
  isSystemAdministrator: boolean;
  /** Rights string ends with `I`. */
  isInvisible: boolean;
  /** The string as received, for round-tripping in SaveUser. */
  raw: string;
}

export interface BotSettings {
  enabled: boolean;
  useLlm: boolean;
  botType: string;
  pickupSecsOpsOffline: number;
  pickupSecsOpsOnline: number;
  pickupOnlyWhenOpsOffline: boolean;
  closeIdleAfterSecs: number;
  failAttempts: number;
  failTransfer: boolean;
  ini: string;
}

/** A user record: `nameduser` (the logged-in user), `users`, `user`. */
export interface User {
  userName: string;
  name: string;
  dept: string;
  email: string;
  phone: string;
  title: string;
  lang: string;
  utcBias: number;
  maxChats: number;
  maxAsyncChats: number;
  autoAccept: boolean;
  siteKeys: number[];
  /** Skill ids (`SkillIds`) or, in `nameduser`, the `Skills` list as sent. */
  skillIds: string[];
  rights: Rights;
  isAdmin: boolean;
  isSupervisor: boolean;
  isTeamLeader: boolean;
  isBot: boolean;
  keepLog: boolean;
  suggestResponses: boolean;
  workPeriodId: string;
  groupId: string;
  groupName: string;
  hasPhoto: boolean;
  photoFileName: string;
  greetingMessage: string;
  clientOptions: string;
  requirePasswordReset: boolean;
  botSettings: BotSettings | null;
}

/** A connected operator (`clients`, `clientevent`). */
export interface Client {
  connectionId: string;
  userName: string;
  name: string;
  dept: string;
  email: string;
  status: OperatorStatus;
  statusMessage: string;
  lang: string;
  chats: number;
  maxChats: number;
  maxAsyncChats: number;
  skills: string[];
  rights: Rights;
  supervisor: boolean;
  teamLeader: boolean;
  admin: boolean;
  platform: string;
  version: string;
  ip: string;
  groupId: string;
  groupName: string;
  hasPhoto: boolean;
  isBot: boolean;
}

export interface OnDemandField {
  fieldName: string;
  fieldType: string;
  prompt: string;
}

export interface WrapUpOption {
  value: string;
  displayValue: string;
  subOptions: WrapUpOption[];
}

export type WrapUpType = 'Buttons' | 'List' | 'Menu' | 'Link';
export type WrapUpShow = 'SessionStart' | 'SessionEnd' | 'OperatorClose';

export interface WrapUp {
  enabled: boolean;
  required: boolean;
  message: string;
  type: WrapUpType;
  show: WrapUpShow;
  options: WrapUpOption[];
}

export interface TransferQueue {
  number: number;
  name: string;
  count: number;
  currentWait: number;
  maxSessions: number;
}

export interface Site {
  siteKey: number;
  name: string;
  domain: string;
  paused: boolean;
  hasTrackingCode: boolean;
  utcBias: number;
  workPeriodId: string;
  greetingMessage: string;
  slaWarningSeconds: number;
  slaReachedSeconds: number;
  allowEmoji: boolean;
  /** 0 none, 1 allowed, 2 only on request (FileRequest). */
  allowFileUpload: 0 | 1 | 2;
  disableFileSend: boolean;
  translationEnabled: boolean;
  preventBlock: boolean;
  onDemandFields: OnDemandField[];
  wrapUp: WrapUp;
  customForm: { enabled: boolean; title: string; url: string };
  crm: { enabled: boolean; autoPosting: boolean; showClientButton: boolean };
  tags: string[];
  transferQueues: TransferQueue[];
  siteIni: string;
}

/** An active chat session as listed by `chatting` / `chatchanged`. */
export interface Chat {
  chatUid: string;
  siteKey: number;
  ip: string;
  trackingId: string;
  name: string;
  dept: string;
  skillIds: string[];
  skillNames: string[];
  waitedSeconds: number;
  queuePos: number;
  /** Blank while the chat waits to be taken. */
  talkingToClientId: string;
  lang: string;
  translation: boolean;
  monitoredBy: string;
  location: string;
  channel: string;
  /** Chat number, when the server names it (older servers). */
  chatNumber: number | null;
}

export interface MissedChat {
  chatUid: string;
  siteKey: number;
  ip: string;
  trackingId: string;
  visitNo: number;
  dns: string;
  location: string;
  dept: string;
  skillIds: string[];
  skillNames: string[];
  lang: string;
  translation: boolean;
  started: string;
  waitedSeconds: number;
  name: string;
  email: string;
  phone: string;
  message: string;
  responseStarted: boolean;
  responseStartedBy: string;
  wantsCallback: boolean;
  wantsCallbackOn: string;
}

export interface SurveyField {
  name: string;
  value: string;
  builtInField: string;
}

/** Header of a stored or current chat (`ChatHeader`, `chats`, `chatsearch`). */
export interface ChatHeader {
  chatUid: string;
  siteKey: number;
  ip: string;
  trackingId: string;
  dns: string;
  location: string;
  visitNo: number;
  takenByUsers: string[];
  takenByDept: string;
  takenByBot: boolean;
  started: string;
  finished: string;
  waitedSeconds: number;
  durationSeconds: number;
  lang: string;
  translation: boolean;
  rating: number;
  name: string;
  email: string;
  phone: string;
  missed: boolean;
  missedMessage: string;
  missedSeen: boolean;
  missedSeenByUserName: string;
  missedSeenOn: string;
  missedCallback: boolean;
  missedCallbackOn: string;
  requestedDept: string;
  sentimentScore: number;
  wrapUpValue: string;
  tags: string[];
  summary: string;
  channel: string;
  state: number;
  skillNames: string[];
  transcriptUrl: string;
}

/** 0 is the visitor, 99 the server, n the n-th (1-based) name in `takenByUsers`. */
export interface ChatLine {
  dated: string;
  operatorIndex: number;
  message: string;
}

export interface PageView {
  dated: string;
  name: string;
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

export interface VisitDetail {
  siteKey: number;
  siteName: string;
  ip: string;
  trackingId: string;
  dns: string;
  visitNo: number;
  totalVisits: number;
  browser: string;
  os: string;
  referrer: string;
  sessionStarted: string;
  /** `Chatted` or `Chatting` on the wire. */
  chatted: boolean;
  chattedLanguage: string;
  chattedTranslate: boolean;
  pageViews: number;
  firstPage: string;
  firstVisit: string;
  contact: ContactDetails;
  contactDated: string;
  pages: PageView[];
  geoIp: GeoIp | null;
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

/** `currentchat`, `monitoredchat`, `chatdetail`. */
export interface ChatDetail {
  header: ChatHeader;
  preChatSurvey: SurveyField[];
  postChatSurvey: SurveyField[];
  lines: ChatLine[];
  visitDetail: VisitDetail | null;
}

export interface PrevChat {
  chatUid: string;
  name: string;
  startDate: string;
  takenByUsers: string;
  takenByDept: string;
  duration: number;
}

export interface Skill {
  id: string;
  parentId: string;
  name: string;
  createdByUser: string;
  siteKeys: number[];
}

export interface DocumentFile {
  id: string;
  fileName: string;
  folder: string;
  mimeType: string;
  dated: string;
  lastAccessed: string;
  size: number;
  createdByUser: string;
  visitorName: string;
  visitorUploaded: boolean;
  siteKey: number;
  pinned: boolean;
  singleUse: boolean;
  accessCount: number;
  url: string;
  /** Only present in the answer to GetDocument. */
  base64: string | null;
}

export interface AutoResponse {
  id: string;
  parentId: string;
  sortId: string;
  dated: string;
  subject: string;
  content: string;
  documentId: string;
  tag: string;
  keywordsFixed: string;
  /** Empty: private to the current user. */
  siteKeys: number[];
  skillIds: string[];
}

/** `articlelist`, `article`, `articlesimported`: a summary; `articledetail` adds the rest. */
export interface ArticleSummary {
  id: string;
  parentId: string;
  sortId: string;
  subject: string;
  siteKeys: number[];
  skillIds: string[];
}

export interface Article extends ArticleSummary {
  dated: string;
  content: string;
  documentId: string;
  tag: string;
  keywordsFixed: string;
}

export interface ArticleMatch {
  id: string;
  subject: string;
  content: string;
  documentId: string;
  similarity: number;
  tokens: number;
}

export interface ArticleSearchResult {
  siteKey: number;
  searchTerm: string;
  articles: ArticleMatch[];
}

export interface Suggestion {
  siteKey: number;
  searchTerm: string;
  content: string;
  documentId: string;
}

export interface UserGroup {
  id: string;
  name: string;
  dept: string;
  maxChats: number;
  autoAccept: boolean;
  siteKeys: number[];
  skillIds: string[];
  rights: Rights;
  isAdmin: boolean;
  isSupervisor: boolean;
  suggestResponses: boolean;
  workPeriodId: string;
  moderatorList: string;
  lang: string;
}

/** Each day: `start,breakStart,breakEnd,end` times; empty strings for a day off. */
export interface WorkPeriod {
  id: string;
  description: string;
  createdByUser: string;
  /** Index 0 is Day1 … index 6 is Day7, each split on commas. */
  days: string[][];
}

export interface UserChatLine {
  id: string;
  dated: string;
  myLine: boolean;
  text: string;
}

export interface UserPhoto {
  userName: string;
  fileName: string;
  base64: string;
}

export interface DaySummary {
  siteKey: number;
  dated: string;
  peakTime: string;
  /** Present in `daysummary` (live current visitors), absent in `monthsummary`. */
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

export interface CurrentVisitorTotal {
  siteKey: number;
  visitors: number;
}

/** Flags by position, see the spec's Visitor event. */
export interface VisitorFlags {
  notMoving: boolean;
  chatting: boolean;
  callbackRequested: boolean;
  polling: boolean;
  notIsp: boolean;
  ssl: boolean;
  raw: string;
}

/** A live website visitor. `id` is `SiteKey:IP:TrackingId` (the IP may be IPv6). */
export interface Visitor {
  id: string;
  siteKey: number;
  ip: string;
  trackingId: string;
  startTime: string;
  time: string;
  no: number;
  visitNo: number;
  views: number;
  dns: string;
  page: string;
  flags: VisitorFlags;
  browser: string;
  os: string;
  ref: string;
  name: string;
  email: string;
  location: string;
}

export interface VisitListEntry {
  siteKey: number;
  ip: string;
  trackingId: string;
  location: string;
  dns: string;
  name: string;
  company: string;
  email: string;
  chatted: boolean;
  visitNo: number;
  visitDate: string;
  visits: number;
  views: number;
  duration: number;
  page: string;
  firstDate: string;
  lastDate: string;
  os: string;
  browser: string;
  referrer: string;
}

export interface CallbackProgress {
  id: number;
  siteKey: number;
  chatUid: string;
  fromNumber: string;
  toNumber: string;
  userName: string;
  visitorName: string;
  callStarted: string;
  callStatus: string;
  callRecordingUrl: string;
  transcriptLine: string;
}

export interface SiteImage {
  siteKey: number;
  domain: string;
  /** 1 online, 2 offline, 3 chat logo, 4 mobile logo, 5 mobile online, 6 mobile offline. */
  imageType: number;
  language: string;
  ext: string;
  base64: string;
}

export interface SiteUiString {
  originalValue: string;
  customValue: string;
  section: string;
  canUseHtml: boolean;
  stringId: string;
  stringName: string;
}

export interface SiteStrings {
  id: string;
  siteKey: number;
  languageName: string;
  languageCode: string;
  baseLanguage: string;
  isDefault: boolean;
  includeSurveys: boolean;
  uiStrings: SiteUiString[];
}

export interface ReportDefinition {
  id: string;
  groupName: string;
  name: string;
  /** 0 table, 1 single value, 2 bar, 3 pie, 4 line, 5 point, 6 area. */
  type: number;
  chartField: string;
  chartLabel: string;
  chartLabelIsDate: boolean;
  dateSelectorType: number;
  formatString: string;
  formatColor: string;
  sql: string;
  useArchive: boolean;
  maxRows: number;
  siteKeys: number[];
}

export interface ReportData {
  reportId: string;
  siteKey: number;
  fromDate: string;
  toDate: string;
  columnNames: string[];
  columnTypes: string[];
  executeMs: number;
  dataCsv: string;
}

export interface TranslationResult {
  siteKey: number;
  fromLang: string;
  toLang: string;
  text: string;
  translation: string;
}

/** `hello`. */
export interface HelloInfo {
  application: string;
  version: string;
  connectionId: string;
}

/** `connected`. */
export interface ServerInfo {
  connectionId: string;
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
  gatewayPort: number;
  gatewayPortSsl: number;
  gatewayPassthroughUrl: string;
  chatUrl: string;
  authToken: string;
}

/**
 * Objects the spec shows only in part (full site properties, server settings, client
 * settings): kept as the server sent them, so an editor can change and save them back.
 */
export type JsonObject = { [key: string]: unknown };

export interface MessageSuggestion {
  content: string;
  /** Blank when the suggestion has no document. */
  documentId: string;
}

export interface MessageLink {
  url: string;
  name: string;
}

/**
 * A message with its markup taken apart (see `markup.ts`): `text` is what to show,
 * without the `<translated>`, `<original>`, `<Suggestions>` and `<link>` parts.
 */
export interface ParsedMessage {
  /** As received. */
  raw: string;
  /** Plain text to show. For an upload, the file name. */
  text: string;
  /** From `<translated>…</Translated>`, or null. */
  translated: string | null;
  /** From `<original>…</original>` (SendToFiltered), or null. */
  original: string | null;
  suggestions: MessageSuggestion[];
  links: MessageLink[];
}
