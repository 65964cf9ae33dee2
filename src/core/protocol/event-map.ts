/**
 * Every event of the WhosOn v10 Client API, by its lower-case wire name, with the typed
 * payload the decoder (`events.ts`) produces from its `Params`/`Header` and `Data`.
 */
import type {
  Article,
  ArticleSearchResult,
  ArticleSummary,
  AutoResponse,
  CallbackProgress,
  Chat,
  ChatDetail,
  ChatHeader,
  ChatLine,
  Client,
  CurrentVisitorTotal,
  DaySummary,
  DocumentFile,
  HelloInfo,
  JsonObject,
  MissedChat,
  OperatorStatus,
  ParsedMessage,
  PrevChat,
  ReportData,
  ReportDefinition,
  ServerInfo,
  Site,
  SiteImage,
  SiteStrings,
  Skill,
  Suggestion,
  SurveyField,
  TranslationResult,
  User,
  UserChatLine,
  UserGroup,
  UserPhoto,
  VisitDetail,
  Visitor,
  VisitListEntry,
  WorkPeriod,
} from './models.js';

/** Parameters of `chat` and `acceptchat`. */
export interface ChatRequest {
  chatUid: string;
  siteKey: number;
  visitorName: string;
  dept: string;
  skillNames: string[];
}

export interface WhosOnEventMap {
  // Connection and login
  hello: HelloInfo;
  nameduser: { connectionId: string; user: User };
  clientsettings: { settings: JsonObject | string };
  connected: ServerInfo;
  passwordchanged: Record<string, never>;
  msg: { text: string };
  error: { text: string };
  close: Record<string, never>;
  noop: Record<string, never>;
  accepted: Record<string, never>;

  // Sites
  sites: { sites: Site[] };
  site: { site: Site };
  sitedeleted: { siteKey: number };
  siteproperties: { siteKey: number; properties: JsonObject };
  siteimages: { siteKey: number; images: SiteImage[] };
  sitestrings: { strings: SiteStrings[] };

  // Operators
  clients: { clients: Client[] };
  clientevent: { client: Client };
  clientremove: { connectionId: string };
  status: { status: OperatorStatus };
  userphoto: UserPhoto;

  // Chats everyone sees
  chatting: { chats: Chat[] };
  chatchanged: { chat: Chat };
  chatclosed: { chatUid: string };

  // Requests and taking chats
  chat: ChatRequest;
  acceptchat: ChatRequest;
  chataccepted: { chatUid: string; skillNames: string[] };
  transfer: { chatUid: string; fromConnectionId: string; message: string };
  transferconfirmed: { chatUid: string };
  chataquired: { chatUid: string; byName: string };

  // My conversations
  prechatsurvey: { chatUid: string; fields: SurveyField[] };
  currentchat: { chatUid: string; detail: ChatDetail };
  message: { chatUid: string; message: ParsedMessage };
  messageserver: { chatUid: string; message: ParsedMessage };
  '1': { chatUid: string };
  '0': { chatUid: string };
  preview: { chatUid: string; text: string };
  sendtofiltered: { chatUid: string; message: ParsedMessage };
  sendtotranslated: { chatUid: string; message: ParsedMessage };
  postchatsurvey: { chatUid: string; fields: SurveyField[] };
  chatscored: { chatUid: string; score: number };
  visitdetailchat: {
    siteKey: number;
    ip: string;
    trackingId: string;
    chatUid: string;
    detail: VisitDetail;
  };
  chatcallbackevent: CallbackProgress;

  // Missed chats
  missedchats: { missedChats: MissedChat[] };
  missedchat: { missedChat: MissedChat };
  missedchatclosed: { chatUid: string };

  // User-to-user chat
  fromclient: { connectionId: string; text: string };
  c1: { connectionId: string };
  c0: { connectionId: string };
  clientchat: { userName: string; lines: UserChatLine[] };

  // Monitoring
  monitoring: { chatUid: string; connectionId: string };
  monitoredchat: { chatUid: string; detail: ChatDetail };
  monitorc: { chatUid: string; operatorName: string; message: ParsedMessage };
  monitorv: { chatUid: string; operatorName: string; message: ParsedMessage };
  m1: { chatUid: string };
  m0: { chatUid: string };
  mc1: { chatUid: string; operatorName: string };
  mc0: { chatUid: string; operatorName: string };
  mcw1: { chatUid: string; monitorName: string };
  mcw0: { chatUid: string; monitorName: string };
  whisper: { chatUid: string; monitorName: string; text: string };
  requestmonitor: {
    siteKey: number;
    chatUid: string;
    visitorName: string;
    operatorName: string;
    operatorConnectionId: string;
    message: string;
  };
  monitorstop: { chatUid: string; operatorName: string };

  // Listen mode
  listenc: { chatUid: string; message: ParsedMessage };
  listenv: { chatUid: string; message: ParsedMessage };
  listentransfer: { chatUid: string; target: string; message: string };

  // Previous chats
  chats: { siteKey: number; date: string; chats: ChatHeader[] };
  chatdetail: { siteKey: number; chatUid: string; detail: ChatDetail };
  /** The spec names GetChatDetailHTML/Text/PDF without their answer: the event of the same name. */
  chatdetailhtml: { siteKey: number; chatUid: string; content: string };
  chatdetailtext: { siteKey: number; chatUid: string; content: string };
  chatdetailpdf: { siteKey: number; chatUid: string; content: string };
  prevchatsforip: { siteKey: number; ip: string; chats: PrevChat[] };
  deletedchats: { siteKey: number; chatUids: string[] };
  chatsearch: { siteKey: number; fromDate: string; toDate: string; chats: ChatHeader[] };

  // Knowledge
  skills: { skills: Skill[] };
  documents: { documents: DocumentFile[] };
  document: { document: DocumentFile };
  deleteddocuments: { ids: string[] };
  autoresponses: { autoResponses: AutoResponse[] };
  autoresponse: { autoResponse: AutoResponse };
  autoresponsedeleted: { ids: string[] };
  articlelist: { articles: ArticleSummary[] };
  article: { article: ArticleSummary };
  articledetail: { article: Article };
  articledeleted: { ids: string[] };
  articlesimported: { articles: ArticleSummary[] };
  articlesearch: ArticleSearchResult;
  suggestion: Suggestion;
  translation: TranslationResult;

  // Administration
  users: { users: User[] };
  user: { user: User };
  usergroups: { groups: UserGroup[] };
  workperiods: { workPeriods: WorkPeriod[] };
  reports: { reports: ReportDefinition[] };
  reportdata: ReportData;
  serversettings: { settings: JsonObject };
  firstlog: { text: string };
  log: { text: string };

  // Visitors and traffic
  visitors: { visitors: Visitor[] };
  visitor: { visitor: Visitor };
  visitorremove: { id: string };
  visitorbatch: { updates: Visitor[]; removes: string[] };
  visitdetail: {
    siteKey: number;
    ip: string;
    trackingId: string;
    visitNo: number;
    detail: VisitDetail;
  };
  visitlist: { siteKey: number; date: string; visits: VisitListEntry[] };
  daysummary: { days: DaySummary[] };
  monthsummary: { siteKey: number; days: DaySummary[] };
  ct: { totals: CurrentVisitorTotal[] };
}

export type WhosOnEventName = keyof WhosOnEventMap;

/** A decoded event: its lower-case name and typed payload. */
export type WhosOnEvent = {
  [K in WhosOnEventName]: { name: K; payload: WhosOnEventMap[K] };
}[WhosOnEventName];

export type WhosOnEventOf<K extends WhosOnEventName> = Extract<WhosOnEvent, { name: K }>;

/** Re-exported for callers that build lines for the store. */
export type { ChatLine };
