/**
 * One typed builder per command of the WhosOn v10 Client API.
 *
 * A builder takes typed arguments and returns the wire envelope
 * `{ Command, Params: string[] | null }` with the params in the order the server expects:
 * numbers as decimal strings, booleans as 'true'/'false', dates as yyyy-mm-dd, lists
 * joined with commas, JSON objects serialised into one param.
 *
 * The server temporarily blacklists a client that sends invalid commands, so a builder
 * refuses bad input up front (blank ids, text over the spec's limits, impossible dates,
 * unknown status numbers) by throwing, and nothing is built or sent.
 */
import { chatCommands } from './chat-commands.js';
import { bare, build, textLimits, type DateInput, type ParamWriter, type VisitorKey, type WhosOnCommand } from './command-params.js';
import type { ContactDetails, JsonObject, OperatorStatus } from './models.js';

export {
  CommandArgumentError,
  CommandLimitError,
  textLimits,
  type DateInput,
  type VisitorKey,
  type WhosOnCommand,
} from './command-params.js';

/** Every command name as it goes on the wire (names are case-insensitive for the server). */
export const commandWireNames = [
  // Session
  'Login',
  'ChangePassword',
  'Status',
  'SetStatus',
  'Close',
  'Noop',
  // Lists after login
  'GetSkills',
  'GetDocuments',
  'GetAutoResponses',
  'GetArticleList',
  'GetUsers',
  'GetUserGroups',
  'GetWorkPeriods',
  // Operator to operator
  'SendToClient',
  'C1',
  'C0',
  'GetClientChat',
  'Broadcast',
  // Chatting
  'Chat',
  'SendTo',
  'LinkTo',
  'Translation',
  'SendDocumentTo',
  'SendNewDocumentTo',
  'StartTyping',
  'StopTyping',
  'DocumentRequest',
  'FieldRequest',
  'RequestMonitor',
  'Block',
  'ClearBlacklist',
  'CRMPost',
  'SendTranscript',
  'GetChatVisit',
  'SendTwoFactorAuth',
  'CloseChat',
  'Leave',
  'ChatWrapUpComplete',
  'ChatAddTags',
  'Contact',
  // Transfers
  'Transfer',
  'TransferDept',
  'TransferSkills',
  'TransferQueue',
  // Monitoring
  'Monitor',
  'MCW1',
  'MCW0',
  'Whisper',
  'StopMonitor',
  'AquireChat',
  // Previous chats
  'GetChats',
  'GetChatDetail',
  'GetChatDetailHTML',
  'GetChatDetailText',
  'GetChatDetailPDF',
  'GetPrevChatsForIP',
  'DeleteChats',
  'GetChatSearch',
  // Missed chats and callbacks
  'MissedChatResponding',
  'MissedChatResponded',
  'MissedChatRespondingCancel',
  'CallBackStart',
  // Skills
  'SaveSkill',
  'DeleteSkill',
  // Auto-responses
  'AutoResponseUpdate',
  'AutoResponseDelete',
  // Knowledge store
  'GetArticle',
  'ArticleUpdate',
  'ArticleImport',
  'ArticleDelete',
  'ArticleSearch',
  'GetSuggestion',
  // Documents
  'GetDocument',
  'SaveDocument',
  'DeleteDocuments',
  'PinDocuments',
  // User photos
  'GetUserPhotos',
  'UserPhoto',
  // Traffic summary, listen mode, visitors
  'GetMonthSummary',
  'GetDaySummary',
  'GetCT',
  'StartCurrentVisitorTotalsEvents',
  'StopCurrentVisitorTotalsEvents',
  'StartListening',
  'StopListening',
  'StartVisitorEvents',
  'StopVisitorEvents',
  'GetVisitors',
  'GetVisit',
  'GetVisitList',
  // Users, groups, work periods
  'SaveUser',
  'DeleteUser',
  'SaveUserGroup',
  'DeleteUserGroup',
  'SaveWorkPeriod',
  'DeleteWorkPeriod',
  // Sites
  'CreateSite',
  'GetSiteProperties',
  'GetSiteImages',
  'SaveSiteImage',
  'GetSiteStrings',
  'SaveSiteStrings',
  'SaveSite',
  'DeleteSite',
  // Reports and other
  'GetReports',
  'ExecuteReport',
  'Translate',
  // System administrator
  'GetServerSettings',
  'SaveServerSettings',
  'GetLog',
] as const;

export type CommandName = (typeof commandWireNames)[number];


export interface LoginArgs {
  username: string;
  password: string;
  /** The server's authentication string setting. */
  authString: string;
  /** Ignored by the server unless the user may change their own name on login. */
  name?: string;
  department?: string;
  /** Initial status, Online when omitted. */
  status?: OperatorStatus;
  /** Two-letter code; blank uses the user record's language. */
  lang?: string;
  platform?: string;
  version?: string;
}

export interface NewDocumentArgs {
  fileName: string;
  /** A label for the client's own tree; the server does not use it. */
  folder?: string;
  /** Removed once the visitor has fetched it. */
  singleUse?: boolean;
  /** 0 or omitted: available on every site the user can access. */
  siteKey?: number;
  base64: string;
}

export interface SendNewDocumentArgs extends NewDocumentArgs {
  chatUid: string;
}

export interface SendTranscriptArgs {
  siteKey: number;
  chatUid: string;
  /** An email address, or a phone number when `sms` is true. */
  from: string;
  to: string;
  subject?: string;
  /** Send a link to the transcript by SMS instead of an email. */
  sms?: boolean;
  /** Shown in the email body before the transcript. */
  message?: string;
  /** Attach the chat as a PDF. */
  pdf?: boolean;
  /** A document to attach. */
  documentId?: string;
}

export interface TwoFactorArgs {
  siteKey: number;
  chatUid: string;
  email: string;
  /** A random code the visitor is to type back into the chat. */
  code: string;
  /** Blank: the server's default wording. */
  message?: string;
}

/** Shared by auto-responses and articles. */
export interface KnowledgeItemArgs {
  /** Blank or omitted: create a new one. */
  id?: string;
  parentId?: string;
  /** For the client's own ordering; the server does not use it. */
  sortId?: string;
  siteKeys?: readonly number[];
  /** Empty: available for every skill. */
  skillIds?: readonly string[];
  subject: string;
  content: string;
  keywordsFixed?: readonly string[];
  documentId?: string;
  tag?: string;
}

export interface ArticleImportArgs {
  parentId?: string;
  sortId?: string;
  siteKeys?: readonly number[];
  skillIds?: readonly string[];
  /** The imported file's name; importing the same name again replaces its articles. */
  fileName: string;
  /** Blank: the file name is used. */
  subject?: string;
  keywordsFixed?: readonly string[];
  tag?: string;
  base64: string;
}

/**
 * JSON params are sent in the server's own PascalCase shape (as the spec's examples and
 * the server's events show them), so an editor can round-trip what it received.
 */
export interface SkillJson extends JsonObject {
  /** Blank to create. */
  Id: string;
  ParentId?: string;
  Name: string;
  CreatedByUser?: string;
  /** Comma-separated site keys; blank: the connected user's sites. */
  SiteKeys?: string;
}

export interface UserJson extends JsonObject {
  UserName: string;
  /** Required for a new user; blank keeps an existing user's password. */
  SetPasswordTo?: string;
}

export interface UserGroupJson extends JsonObject {
  /** Blank to create. */
  Id: string;
  Name: string;
}

export interface WorkPeriodJson extends JsonObject {
  /** Blank to create. */
  Id: string;
  Description: string;
}

export interface SiteImageJson extends JsonObject {
  SiteKey: number;
  /** 1 online, 2 offline, 3 chat logo, 4 mobile logo, 5 mobile online, 6 mobile offline. */
  ImageType: number;
  Language: string;
  Ext: string;
  Base64: string;
}

export interface SiteStringsJson extends JsonObject {
  /** Blank to create. */
  Id: string;
  SiteKey: number;
  LanguageCode: string;
}

function knowledgeItem(p: ParamWriter, item: KnowledgeItemArgs, contentLimit: number): string[] {
  return [
    p.text('id', item.id),
    p.text('parentId', item.parentId),
    p.text('sortId', item.sortId),
    p.numbers('siteKeys', item.siteKeys),
    p.list('skillIds', item.skillIds, false),
    p.text('subject', item.subject),
    p.limited('content', item.content, contentLimit, false),
    p.list('keywordsFixed', item.keywordsFixed, false),
    p.text('documentId', item.documentId),
    p.text('tag', item.tag),
  ];
}

function newDocument(p: ParamWriter, document: NewDocumentArgs): string[] {
  return [
    p.required('fileName', document.fileName),
    p.text('folder', document.folder),
    p.bool('singleUse', document.singleUse),
    p.int('siteKey', document.siteKey, 0),
    p.required('base64', document.base64),
  ];
}

/** The Contact command's field order after SiteKey, IP and Tracking Id. */
export const contactFieldOrder = [
  'name',
  'email',
  'company',
  'telephone',
  'notes',
  'street',
  'city',
  'postCode',
  'country',
  'webAddress',
  'organization',
  'crmId',
] as const satisfies readonly (keyof ContactDetails)[];

export const commands = {
  ...chatCommands,

  // Session

  /** Logs in (send once, after `hello`). Answered by the post-login events ending in `connected`, or by `msg` on failure. */
  login: (args: LoginArgs) =>
    build('Login', (p) => [
      p.required('username', args.username),
      p.required('password', args.password),
      p.required('authString', args.authString),
      p.text('name', args.name),
      p.text('department', args.department),
      p.status('status', args.status, 0),
      p.text('lang', args.lang),
      p.text('platform', args.platform),
      p.text('version', args.version),
    ]),
  /** Changes the logged-in user's password. Answered by `passwordchanged` or `error`. */
  changePassword: (username: string, oldPassword: string, newPassword: string) =>
    build('ChangePassword', (p) => [
      p.required('username', username),
      p.required('oldPassword', oldPassword),
      p.password('newPassword', newPassword),
    ]),
  /** Sets another operator's status (supervisors, admins). They get `status`, everyone `clientevent`. */
  setStatus: (connectionId: string, status: OperatorStatus) =>
    build('SetStatus', (p) => [p.required('connectionId', connectionId), p.status('status', status)]),
  /** Logs out before the socket is closed. No answer. */
  close: () => bare('Close'),
  /** Keeps a quiet connection alive (the server drops one silent for 60 minutes). Answered by `noop`. */
  noop: () => bare('Noop'),

  // Lists after login

  /** Requests the skills. Answered by `skills`. */
  getSkills: () => bare('GetSkills'),
  /** Requests the document list. Answered by `documents`. */
  getDocuments: () => bare('GetDocuments'),
  /** Requests the auto-responses. Answered by `autoresponses`. */
  getAutoResponses: () => bare('GetAutoResponses'),
  /** Requests the knowledge-store article summaries. Answered by `articlelist`. */
  getArticleList: () => bare('GetArticleList'),
  /** Requests every user, logged in or not. Answered by `users`. */
  getUsers: () => bare('GetUsers'),
  /** Requests the user groups. Answered by `usergroups`. */
  getUserGroups: () => bare('GetUserGroups'),
  /** Requests the work periods. Answered by `workperiods`. */
  getWorkPeriods: () => bare('GetWorkPeriods'),

  // Operator to operator

  /** Starts the typing indicator of an operator chat (param: OUR connection id). The other operator gets `c1`. */
  c1: (ownConnectionId: string) => build('C1', (p) => [p.required('connectionId', ownConnectionId)]),
  /** Stops the typing indicator of an operator chat (param: OUR connection id). The other operator gets `c0`. */
  c0: (ownConnectionId: string) => build('C0', (p) => [p.required('connectionId', ownConnectionId)]),
  /** Pages stored operator-chat lines, newest first, 100 at a time. Answered by `clientchat`. */
  getClientChat: (username: string, startAtId = '', searchText = '') =>
    build('GetClientChat', (p) => [
      p.required('username', username),
      p.text('startAtId', startAtId),
      p.text('searchText', searchText),
    ]),
  /** Sends a message to every connected operator (admins). They get `msg`. */
  broadcast: (text: string) => build('Broadcast', (p) => [p.required('message', text)]),

  // Chatting

  /** Takes a waiting chat or accepts a transfer. Answered by `chataccepted` (then `prechatsurvey` or `currentchat`) or `msg`. */
  chat: (chatUid: string) => build('Chat', (p) => [p.required('chatUid', chatUid)]),
  /** Sends a link and redirects the visitor's page to it. No answer. */
  linkTo: (chatUid: string, url: string) =>
    build('LinkTo', (p) => [p.required('chatUid', chatUid), p.required('url', url)]),
  /** Switches translation of one chat on or off (ignored when the site has none). No answer. */
  translation: (chatUid: string, enabled: boolean) =>
    build('Translation', (p) => [p.required('chatUid', chatUid), p.bool('enabled', enabled)]),
  /** Uploads a document and sends it to the visitor. Answered by `document` unless single-use. */
  sendNewDocumentTo: (args: SendNewDocumentArgs) =>
    build('SendNewDocumentTo', (p) => [p.required('chatUid', args.chatUid), ...newDocument(p, args)]),
  /** Shows "operator is typing" to the visitor. No answer. */
  startTyping: (chatUid: string) => build('StartTyping', (p) => [p.required('chatUid', chatUid)]),
  /** Clears "operator is typing" (not needed before SendTo). No answer. */
  stopTyping: (chatUid: string) => build('StopTyping', (p) => [p.required('chatUid', chatUid)]),
  /** Asks the visitor to upload a document. The upload arrives as `document` and a `message` link. */
  documentRequest: (chatUid: string) => build('DocumentRequest', (p) => [p.required('chatUid', chatUid)]),
  /** Asks supervisors to monitor one of our chats. They get `requestmonitor`. */
  requestMonitor: (chatUid: string, message = '') =>
    build('RequestMonitor', (p) => [p.required('chatUid', chatUid), p.text('message', message)]),
  /** Blocks an IP from chatting for 24 hours. Answered by `accepted`. */
  block: (ip: string) => build('Block', (p) => [p.required('ip', ip)]),
  /** Clears the server's temporary IP blacklist (the spec names it without params). Answered by `accepted`. */
  clearBlacklist: () => bare('ClearBlacklist'),
  /** Flags a chat for posting to the CRM when it ends, or with `disable` withdraws the flag. No answer. */
  crmPost: (siteKey: number, chatUid: string, disable = false) =>
    build('CRMPost', (p) => [
      p.int('siteKey', siteKey),
      p.required('chatUid', chatUid),
      p.bool('disable', disable) === 'true' ? 'disable' : '',
    ]),
  /** Emails (or texts a link to) a chat transcript, current or past. No answer. */
  sendTranscript: (args: SendTranscriptArgs) =>
    build('SendTranscript', (p) => [
      p.int('siteKey', args.siteKey),
      p.required('chatUid', args.chatUid),
      p.required('from', args.from),
      p.required('to', args.to),
      p.text('subject', args.subject),
      p.bool('sms', args.sms),
      p.text('message', args.message),
      p.bool('pdf', args.pdf),
      p.text('documentId', args.documentId),
    ]),
  /** Requests the visit detail of a chatting visitor. Answered by `visitdetailchat`. */
  getChatVisit: (visitor: VisitorKey, chatUid: string) =>
    build('GetChatVisit', (p) => [...p.visitor(visitor), p.required('chatUid', chatUid)]),
  /** Emails the visitor a code to type back into the chat, proving the address. The code comes back as `message`. */
  sendTwoFactorAuth: (args: TwoFactorArgs) =>
    build('SendTwoFactorAuth', (p) => [
      p.int('siteKey', args.siteKey),
      p.required('chatUid', args.chatUid),
      p.required('email', args.email),
      p.required('code', args.code),
      p.text('message', args.message),
    ]),
  /** Ends a chat for good. Everyone gets `chatclosed`. */
  closeChat: (chatUid: string) => build('CloseChat', (p) => [p.required('chatUid', chatUid)]),
  /** Leaves a chat open for others (send after every Transfer*). Everyone gets `chatchanged`. */
  leave: (chatUid: string) => build('Leave', (p) => [p.required('chatUid', chatUid)]),
  /** Sets a visitor's contact fields; a blank or omitted field keeps its stored value. Answered by `accepted`. */
  contact: (visitor: VisitorKey, fields: Partial<ContactDetails>) =>
    build('Contact', (p) => [
      ...p.visitor(visitor),
      ...contactFieldOrder.map((field) => p.text(field, fields[field])),
    ]),

  // Transfers (send Leave afterwards)


  // Monitoring

  /** Starts monitoring another operator's chat. Answered by `monitoring`, then `monitoredchat`. */
  monitor: (chatUid: string) => build('Monitor', (p) => [p.required('chatUid', chatUid)]),
  /** Shows "supervisor is typing a whisper" to the chatting operator. They get `mcw1`. */
  mcw1: (connectionId: string, chatUid: string) =>
    build('MCW1', (p) => [p.required('connectionId', connectionId), p.required('chatUid', chatUid)]),
  /** Clears the whisper typing indicator. The chatting operator gets `mcw0`. */
  mcw0: (connectionId: string, chatUid: string) =>
    build('MCW0', (p) => [p.required('connectionId', connectionId), p.required('chatUid', chatUid)]),
  /** Sends a private message to the operator of a monitored chat. They get `whisper`. */
  whisper: (connectionId: string, chatUid: string, text: string) =>
    build('Whisper', (p) => [
      p.required('connectionId', connectionId),
      p.required('chatUid', chatUid),
      p.required('message', text),
    ]),
  /** Stops monitoring a chat. No answer. */
  stopMonitor: (chatUid: string) => build('StopMonitor', (p) => [p.required('chatUid', chatUid)]),
  /** Takes over a monitored chat (wire spelling `AquireChat`). Answered by `monitorstop` and `transferconfirmed`. */
  acquireChat: (chatUid: string) => build('AquireChat', (p) => [p.required('chatUid', chatUid)]),

  // Previous chats

  /** Requests a site's chats of one day. Answered by `chats`. */
  getChats: (siteKey: number, date: DateInput) =>
    build('GetChats', (p) => [p.int('siteKey', siteKey), p.date('date', date)]),
  /** Requests a chat's header, surveys, lines and visit. Answered by `chatdetail`. */
  getChatDetail: (siteKey: number, chatUid: string) =>
    build('GetChatDetail', (p) => [p.int('siteKey', siteKey), p.required('chatUid', chatUid)]),
  /** Requests a chat as HTML (named without params by the spec; sent like GetChatDetail). */
  getChatDetailHtml: (siteKey: number, chatUid: string) =>
    build('GetChatDetailHTML', (p) => [p.int('siteKey', siteKey), p.required('chatUid', chatUid)]),
  /** Requests a chat as plain text (named without params by the spec; sent like GetChatDetail). */
  getChatDetailText: (siteKey: number, chatUid: string) =>
    build('GetChatDetailText', (p) => [p.int('siteKey', siteKey), p.required('chatUid', chatUid)]),
  /** Requests a chat as PDF (named without params by the spec; sent like GetChatDetail). */
  getChatDetailPdf: (siteKey: number, chatUid: string) =>
    build('GetChatDetailPDF', (p) => [p.int('siteKey', siteKey), p.required('chatUid', chatUid)]),
  /** Requests every earlier chat from one IP. Answered by `prevchatsforip`. */
  getPrevChatsForIp: (siteKey: number, ip: string) =>
    build('GetPrevChatsForIP', (p) => [p.int('siteKey', siteKey), p.required('ip', ip)]),
  /** Deletes stored chats (needs the Can Delete Chats right). Everyone concerned gets `deletedchats`. */
  deleteChats: (siteKey: number, chatUids: readonly string[]) =>
    build('DeleteChats', (p) => [p.int('siteKey', siteKey), p.list('chatUids', chatUids, true)]),
  /** Searches a site's chats between two dates (inclusive). Answered by `chatsearch`. */
  getChatSearch: (siteKey: number, fromDate: DateInput, toDate: DateInput, searchText: string) =>
    build('GetChatSearch', (p) => [
      p.int('siteKey', siteKey),
      ...p.dateRange(fromDate, toDate),
      p.text('searchText', searchText),
    ]),

  // Missed chats and callbacks

  /** Claims a missed chat so no one else answers it too. Refused with `msg` when someone already is. */
  missedChatResponding: (chatUid: string) =>
    build('MissedChatResponding', (p) => [p.required('chatUid', chatUid)]),
  /** Answers a missed chat by email (Markdown allowed). Everyone gets `MissedChatClosed`. */
  missedChatResponded: (chatUid: string, text: string) =>
    build('MissedChatResponded', (p) => [p.required('chatUid', chatUid), p.required('message', text)]),
  /** Gives up a claimed missed chat (the heading's spelling; the prose misspells it). No answer. */
  missedChatRespondingCancel: (chatUid: string) =>
    build('MissedChatRespondingCancel', (p) => [p.required('chatUid', chatUid)]),
  /** Starts a phone callback for any chat. Progress arrives as `chatcallbackevent`. */
  callBackStart: (siteKey: number, chatUid: string, phoneNumber: string) =>
    build('CallBackStart', (p) => [
      p.int('siteKey', siteKey),
      p.required('chatUid', chatUid),
      p.required('phoneNumber', phoneNumber),
    ]),

  // Skills

  /** Creates (blank Id) or updates a skill. Answered by `skills`. */
  saveSkill: (skill: SkillJson) => build('SaveSkill', (p) => [p.json('skill', skill)]),
  /** Deletes a skill and its children. Answered by `skills`. */
  deleteSkill: (skillId: string) => build('DeleteSkill', (p) => [p.required('skillId', skillId)]),

  // Auto-responses

  /** Creates (blank id) or updates an auto-response (content up to 2000 characters). Everyone concerned gets `autoresponse`. */
  autoResponseUpdate: (args: KnowledgeItemArgs) =>
    build('AutoResponseUpdate', (p) => knowledgeItem(p, args, textLimits.autoResponseContent)),
  /** Deletes an auto-response and its children. Everyone concerned gets `autoresponsedeleted`. */
  autoResponseDelete: (autoResponseId: string) =>
    build('AutoResponseDelete', (p) => [p.required('autoResponseId', autoResponseId)]),

  // Knowledge store

  /** Requests one article in full (wire name `GetArticle`). Answered by `articledetail`. */
  getArticleDetail: (articleId: string) => build('GetArticle', (p) => [p.required('articleId', articleId)]),
  /** Creates (blank id) or updates an article (content up to 10,000 characters). Everyone concerned gets `article`. */
  articleUpdate: (args: KnowledgeItemArgs) =>
    build('ArticleUpdate', (p) => knowledgeItem(p, args, textLimits.articleContent)),
  /** Imports a document as one or more articles, replacing an earlier import of the same file name. Answered by `articlesimported`. */
  articleImport: (args: ArticleImportArgs) =>
    build('ArticleImport', (p) => [
      p.text('parentId', args.parentId),
      p.text('sortId', args.sortId),
      p.numbers('siteKeys', args.siteKeys),
      p.list('skillIds', args.skillIds, false),
      p.required('fileName', args.fileName),
      p.text('subject', args.subject),
      p.list('keywordsFixed', args.keywordsFixed, false),
      p.text('tag', args.tag),
      p.required('base64', args.base64),
    ]),
  /** Deletes an article and its children. Everyone concerned gets `articledeleted`. */
  articleDelete: (articleId: string) => build('ArticleDelete', (p) => [p.required('articleId', articleId)]),
  /** Searches articles and auto-responses (topX 0: the site's default count). Answered by `articlesearch`. */
  articleSearch: (siteKey: number, skillIds: readonly string[], searchTerm: string, topX = 0) =>
    build('ArticleSearch', (p) => [
      p.int('siteKey', siteKey),
      p.list('skillIds', skillIds, false),
      p.required('searchTerm', searchTerm),
      p.int('topX', topX),
    ]),
  /** Finds the best auto-response, article or recent line for a text. Answered by `suggestion`. */
  getSuggestion: (siteKey: number, skillIds: readonly string[], searchTerm: string) =>
    build('GetSuggestion', (p) => [
      p.int('siteKey', siteKey),
      p.list('skillIds', skillIds, false),
      p.required('searchTerm', searchTerm),
    ]),

  // Documents

  /** Requests one document with its content. Answered by `document`. */
  getDocument: (documentId: string) => build('GetDocument', (p) => [p.required('documentId', documentId)]),
  /** Stores a new document in the file store. Everyone concerned gets `document` unless single-use. */
  saveDocument: (args: NewDocumentArgs) => build('SaveDocument', (p) => newDocument(p, args)),
  /** Deletes documents by id, or every one of ours with an explicit `'all'` (the server's reading of "no ids"). Everyone concerned gets `deleteddocuments`. */
  deleteDocuments: (documentIds: readonly string[] | 'all') =>
    build('DeleteDocuments', (p) => [documentIds === 'all' ? '' : p.list('documentIds', documentIds, true)]),
  /** Toggles the pinned mark of documents. No answer. */
  pinDocuments: (documentIds: readonly string[]) =>
    build('PinDocuments', (p) => [p.list('documentIds', documentIds, true)]),

  // User photos

  /** Requests users' photos. Answered by one `userphoto` per user. */
  getUserPhotos: (usernames: readonly string[]) =>
    build('GetUserPhotos', (p) => [p.list('usernames', usernames, true)]),
  /** Sets (or with blank file name and data, clears) a user's photo. Everyone concerned gets `userphoto`. */
  userPhoto: (username: string, fileName: string, base64: string) =>
    build('UserPhoto', (p) => [p.required('username', username), p.text('fileName', fileName), p.text('base64', base64)]),

  // Traffic summary, listen mode, visitors

  /** Requests the last 3 months' daily totals of a site. Answered by `monthsummary`. */
  getMonthSummary: (siteKey: number) => build('GetMonthSummary', (p) => [p.int('siteKey', siteKey)]),
  /** Requests the live totals of every site, or a given day's. Answered by `daysummary`. */
  getDaySummary: (date?: DateInput) =>
    date === undefined ? bare('GetDaySummary') : build('GetDaySummary', (p) => [p.date('date', date)]),
  /** Requests current visitor counts per site. Answered by `ct`. */
  getCt: () => bare('GetCT'),
  /** Makes the server send `ct` whenever visitor counts change. */
  startCurrentVisitorTotalsEvents: () => bare('StartCurrentVisitorTotalsEvents'),
  /** Stops the automatic `ct` events. */
  stopCurrentVisitorTotalsEvents: () => bare('StopCurrentVisitorTotalsEvents'),
  /** Turns on listen mode (supervisors): `listenc`, `listenv`, `listentransfer` for every chat. */
  startListening: () => bare('StartListening'),
  /** Turns off listen mode (heading spelled StopListing). */
  stopListening: () => bare('StopListening'),
  /** Turns on `visitor` / `visitorremove` / `visitorbatch` events. */
  startVisitorEvents: () => bare('StartVisitorEvents'),
  /** Turns off visitor events. */
  stopVisitorEvents: () => bare('StopVisitorEvents'),
  /** Requests every active website visitor. Answered by `visitors`. */
  getVisitors: () => bare('GetVisitors'),
  /** Requests the detail of one visit. Answered by `visitdetail`. */
  getVisit: (visitor: VisitorKey, visitNo: number) =>
    build('GetVisit', (p) => [...p.visitor(visitor), p.int('visitNo', visitNo)]),
  /** Requests every visit of a site on one day. Answered by `visitlist`. */
  getVisitList: (siteKey: number, date: DateInput) =>
    build('GetVisitList', (p) => [p.int('siteKey', siteKey), p.date('date', date)]),

  // Users, groups, work periods (administrators)

  /** Creates (`isNew`, with SetPasswordTo) or updates a user. Everyone concerned gets `user`, or we get `error`. */
  saveUser: (user: UserJson, isNew: boolean) =>
    build('SaveUser', (p) => {
      p.required('UserName', user?.UserName);
      const password = user.SetPasswordTo ?? '';
      if (isNew && password === '') p.fail('SetPasswordTo', 'is required for a new user');
      if (password !== '') p.password('SetPasswordTo', password);
      return [p.json('user', user), p.bool('isNew', isNew)];
    }),
  /** Deletes a user and what they created. Answered by `users`, or `error`. */
  deleteUser: (username: string) => build('DeleteUser', (p) => [p.required('username', username)]),
  /** Creates (blank Id) or updates a user group. Answered by `usergroups`, or `error`. */
  saveUserGroup: (group: UserGroupJson) => build('SaveUserGroup', (p) => [p.json('group', group)]),
  /** Deletes a user group and its non-admin members. Answered by `usergroups`, or `error`. */
  deleteUserGroup: (groupId: string) => build('DeleteUserGroup', (p) => [p.required('groupId', groupId)]),
  /** Creates (blank Id) or updates a work period. Answered by `workperiods`, or `error`. */
  saveWorkPeriod: (workPeriod: WorkPeriodJson) =>
    build('SaveWorkPeriod', (p) => [p.json('workPeriod', workPeriod)]),
  /** Deletes a work period. Answered by `workperiods`, or `error`. */
  deleteWorkPeriod: (workPeriodId: string) =>
    build('DeleteWorkPeriod', (p) => [p.required('workPeriodId', workPeriodId)]),

  // Sites (administrators)

  /** Creates a site, optionally cloning another and naming its users. Everyone concerned gets `site`. */
  createSite: (domain: string, name: string, cloneSiteKey?: number, usernames: readonly string[] = []) =>
    build('CreateSite', (p) => [
      p.required('domain', domain),
      p.required('name', name),
      cloneSiteKey === undefined ? '' : p.int('cloneSiteKey', cloneSiteKey),
      p.list('usernames', usernames, false),
    ]),
  /** Requests a site's full properties. Answered by `siteproperties`. */
  getSiteProperties: (siteKey: number) => build('GetSiteProperties', (p) => [p.int('siteKey', siteKey)]),
  /** Requests a site's images. Answered by `siteimages`. */
  getSiteImages: (siteKey: number) => build('GetSiteImages', (p) => [p.int('siteKey', siteKey)]),
  /** Stores one site image. */
  saveSiteImage: (image: SiteImageJson) => build('SaveSiteImage', (p) => [p.json('image', image)]),
  /** Requests the chat-window strings of every site, or (as the prose allows) of one. Answered by `sitestrings`. */
  getSiteStrings: (siteKey?: number) =>
    siteKey === undefined ? bare('GetSiteStrings') : build('GetSiteStrings', (p) => [p.int('siteKey', siteKey)]),
  /** Creates (blank Id) or updates one site-strings object with all its UI strings. */
  saveSiteStrings: (strings: SiteStringsJson) => build('SaveSiteStrings', (p) => [p.json('siteStrings', strings)]),
  /** Saves a site's full properties (as read with GetSiteProperties). Answered by `accepted` and `site`, or `error`. */
  saveSite: (siteProperties: JsonObject) => build('SaveSite', (p) => [p.json('siteProperties', siteProperties)]),
  /** Deletes a site. Answered by `sitedeleted`, or `error`. */
  deleteSite: (siteKey: number) => build('DeleteSite', (p) => [p.int('siteKey', siteKey)]),

  // Reports and other

  /** Requests the report definitions. Answered by `reports`. */
  getReports: () => bare('GetReports'),
  /** Runs a report over a date range. Answered by `reportdata`. */
  executeReport: (reportId: string, siteKey: number, fromDate: DateInput, toDate: DateInput) =>
    build('ExecuteReport', (p) => [
      p.required('reportId', reportId),
      p.int('siteKey', siteKey),
      ...p.dateRange(fromDate, toDate),
    ]),
  /** Translates any text (blank from-language: the site's default). Answered by `translation`. */
  translate: (siteKey: number, text: string, toLang: string, fromLang = '') =>
    build('Translate', (p) => [
      p.int('siteKey', siteKey),
      p.required('text', text),
      p.required('toLang', toLang),
      p.text('fromLang', fromLang),
    ]),

  // System administrator

  /** Requests the global server settings. Answered by `serversettings`. */
  getServerSettings: () => bare('GetServerSettings'),
  /** Saves the global server settings, sent as one JSON param (the spec's example shows a bare object). */
  saveServerSettings: (settings: JsonObject) =>
    build('SaveServerSettings', (p) => [p.json('settings', settings)]),
  /** Requests today's server log. Answered by `firstlog`, then `log` per new line. */
  getLog: () => bare('GetLog'),
} satisfies Record<string, (...args: never[]) => WhosOnCommand>;

export type CommandBuilders = typeof commands;
