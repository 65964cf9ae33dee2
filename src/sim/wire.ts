/**
 * World records -> the spec's wire JSON (PascalCase, field for field as the spec's
 * examples show them, typos such as `MaxAyncChats` in `clientevent` included).
 * Dates go out as the server writes them: local-looking ISO without a zone
 * ("2019-09-24T07:39:18.923"), documents and responses with "+00:00".
 */

import type {
  Account,
  ArticleRecord,
  AutoResponseRecord,
  ChatLine,
  ChatRecord,
  DaySummaryRecord,
  DocumentRecord,
  GeoIp,
  JsonObject,
  MissedChatRecord,
  SiteRecord,
  SkillRecord,
  SurveyField,
  UserGroupRecord,
  VisitorRecord,
  WorkPeriodRecord,
  WrapUpOption,
  World,
} from './world.js';
import { visitorIdOf } from './world.js';

/** "2019-09-24T07:39:18.923" (UTC, no zone), the spec's chat timestamps. */
export function wireDate(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '');
}

/** "2024-01-26T13:56:37.094+00:00", the spec's document and auto-response timestamps. */
export function wireDateWithZone(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+00:00');
}

/** The .NET minimum date the spec sends for "never". */
export const NEVER = '0001-01-01T00:00:00';

export function wireDateOrNever(ms: number | null): string {
  return ms === null ? NEVER : wireDate(ms);
}

/** "yyyy-mm-dd" */
export function wireDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** "hh:mm:ss" */
export function wireTime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}

export function joinList(items: readonly (string | number)[]): string {
  return items.join(',');
}

/*
 * `nameduser` and `users` items spell most account fields alike; the parts they share are
 * spread in place, so each keeps the spec's field order and shows where the two differ.
 */

function wireAccountContact(account: Account): JsonObject {
  return {
    Name: account.name,
    Dept: account.dept,
    Email: account.email,
    Phone: account.phone,
    Title: account.title,
  };
}

function wireAccountRoles(account: Account): JsonObject {
  return {
    Rights: account.rights,
    IsAdmin: account.isAdmin,
    IsSupervisor: account.isSupervisor,
    IsTeamLeader: account.isTeamLeader,
    IsBot: account.isBot,
    KeepLog: account.keepLog,
  };
}

function wireAccountSettings(world: World, account: Account): JsonObject {
  return {
    WorkPeriodId: account.workPeriodId,
    GroupId: account.groupId,
    GroupName: world.groupName(account.groupId),
    HasPhoto: account.hasPhoto,
    PhotoFileName: account.photoFileName,
    GreetingMessage: account.greetingMessage,
    ClientOptions: account.clientOptions,
    RequirePasswordReset: account.requirePasswordReset,
    SetPasswordTo: '',
    BotSettings: account.botSettings === null ? null : wireBotSettings(account.botSettings),
  };
}

/** The `nameduser` / `user` Data. `Username` is spelled as the nameduser example does. */
export function wireNamedUser(world: World, account: Account): JsonObject {
  return {
    Username: account.username,
    ...wireAccountContact(account),
    UTCBias: account.utcBias,
    MaxChats: account.maxChats,
    AutoAccept: account.autoAccept,
    SiteKeys: joinList(account.siteKeys),
    Skills: joinList(account.skillIds),
    ...wireAccountRoles(account),
    ...wireAccountSettings(world, account),
  };
}

function wireBotSettings(bot: NonNullable<Account['botSettings']>): JsonObject {
  return {
    Enabled: bot.enabled,
    UseLLM: bot.useLLM,
    BotType: bot.botType,
    PickupSecsOpsOffline: bot.pickupSecsOpsOffline,
    PickupSecsOpsOnline: bot.pickupSecsOpsOnline,
    PickupOnlyWhenOpsOffline: bot.pickupOnlyWhenOpsOffline,
    CloseIdleAfterSecs: bot.closeIdleAfterSecs,
    FailAttempts: bot.failAttempts,
    FailTransfer: bot.failTransfer,
    INI: bot.ini,
  };
}

/** One item of the `users` event (GetUsers). */
export function wireUser(world: World, account: Account): JsonObject {
  return {
    UserName: account.username,
    ...wireAccountContact(account),
    Lang: account.lang,
    UTCBias: account.utcBias,
    MaxChats: account.maxChats,
    AutoAccept: account.autoAccept,
    SiteKeys: joinList(account.siteKeys),
    SkillIds: joinList(account.skillIds),
    ...wireAccountRoles(account),
    SuggestResponses: account.suggestResponses,
    ...wireAccountSettings(world, account),
  };
}

/** What a connected operator looks like to others (`clients` items, `clientevent`). */
export interface ClientView {
  connectionId: string;
  account: Account;
  name: string;
  dept: string;
  status: number;
  statusMessage: string;
  lang: string;
  chats: number;
  platform: string;
  version: string;
  ip: string;
}

/**
 * One `clients` item; `clientevent` uses the same object. The spec's clientevent example
 * spells `MaxAyncChats`; both events here carry the correct `MaxAsyncChats` and the
 * clientevent also the typo, so a client reading either name finds it.
 */
export function wireClient(world: World, client: ClientView, forClientEvent = false): JsonObject {
  const account = client.account;
  const base: JsonObject = {
    ConnectionId: client.connectionId,
    UserName: account.username,
    Name: client.name,
    Dept: client.dept,
    Email: account.email,
    Status: client.status,
    StatusMessage: client.statusMessage,
    Lang: client.lang,
    Chats: client.chats,
    MaxChats: account.maxChats,
    MaxAsyncChats: account.maxAsyncChats,
  };
  if (forClientEvent) base['MaxAyncChats'] = account.maxAsyncChats;
  return {
    ...base,
    Skills: joinList(world.skillNames(account.skillIds)),
    Rights: account.rights,
    Supervisor: account.isSupervisor,
    TeamLeader: account.isTeamLeader,
    Admin: account.isAdmin,
    Platform: client.platform,
    Version: client.version,
    IP: client.ip,
    GroupId: account.groupId,
    GroupName: world.groupName(account.groupId),
    HasPhoto: account.hasPhoto,
    IsBot: account.isBot,
  };
}

function wireWrapUpOption(option: WrapUpOption): JsonObject {
  return {
    Value: option.value,
    DisplayValue: option.displayValue,
    SubOptions: option.subOptions === null ? null : option.subOptions.map(wireWrapUpOption),
  };
}

/** One `sites` item / the `site` event Data. Queue counts are live. */
export function wireSite(world: World, site: SiteRecord): JsonObject {
  const now = world.now();
  return {
    SiteKey: site.siteKey,
    Name: site.name,
    Domain: site.domain,
    Paused: site.paused,
    HasTrackingCode: site.hasTrackingCode,
    UTCBias: site.utcBias,
    WorkPeriodId: site.workPeriodId,
    GreetingMessage: site.greetingMessage,
    SLAWarningSeconds: site.slaWarningSeconds,
    SLAReachedSeconds: site.slaReachedSeconds,
    AllowEmoji: site.allowEmoji,
    AllowFileUpload: site.allowFileUpload,
    DisableFileSend: site.disableFileSend,
    TranslationEnabled: site.translationEnabled,
    PreventBlock: site.preventBlock,
    OnDemandFields: site.onDemandFields.map((field) => ({
      FieldName: field.fieldName,
      FieldType: field.fieldType,
      Prompt: field.prompt,
    })),
    WrapUp: {
      Message: site.wrapUp.message,
      Type: site.wrapUp.type,
      Options: site.wrapUp.options.map(wireWrapUpOption),
      Required: site.wrapUp.required,
      Show: site.wrapUp.show,
      Enabled: site.wrapUp.enabled,
    },
    CustomForm: {
      Enabled: site.customForm.enabled,
      Title: site.customForm.title,
      URL: site.customForm.url,
    },
    CRM: {
      Enabled: site.crm.enabled,
      AutoPosting: site.crm.autoPosting,
      ShowClientButton: site.crm.showClientButton,
    },
    Tags: [...site.tags],
    TransferQueues: site.transferQueues.map((queue) => {
      const queued = [...world.chats.values()].filter(
        (chat) => chat.siteKey === site.siteKey && chat.queue === queue.number && chat.talkingTo === '',
      );
      const longest = queued.reduce((max, chat) => Math.max(max, now - chat.waitingSince), 0);
      return {
        Number: queue.number,
        Name: queue.name,
        Count: queued.length,
        CurrentWait: Math.floor(longest / 1000),
        MaxSessions: queue.maxSessions,
      };
    }),
    SiteINI: site.siteINI,
  };
}

/** Seconds a chat has waited: frozen at pick-up, else counting. */
export function waitedSecondsOf(world: World, chat: ChatRecord): number {
  if (chat.talkingTo !== '' && chat.waitedSeconds !== null) return chat.waitedSeconds;
  return Math.max(0, Math.floor((world.now() - chat.waitingSince) / 1000));
}

/** 1-based position in the site's waiting line; 0 when taken. */
export function queuePositionOf(world: World, chat: ChatRecord): number {
  if (chat.talkingTo !== '') return 0;
  const waiting = [...world.chats.values()]
    .filter((other) => other.siteKey === chat.siteKey && other.talkingTo === '')
    .sort((a, b) => a.waitingSince - b.waitingSince);
  return waiting.indexOf(chat) + 1;
}

function monitoredByOf(chat: ChatRecord, nameOf: (connectionId: string) => string | undefined): string | null {
  const names = chat.monitoredBy.flatMap((id) => {
    const name = nameOf(id);
    return name === undefined ? [] : [name];
  });
  return names.length === 0 ? null : names.join(',');
}

/**
 * One `chatting` item / `chatchanged` Data. `nameOf` resolves a connection id to the
 * operator's display name (for MonitoredBy).
 */
export function wireChatting(
  world: World,
  chat: ChatRecord,
  nameOf: (connectionId: string) => string | undefined,
): JsonObject {
  return {
    ChatUID: chat.chatUid,
    SiteKey: chat.siteKey,
    IP: chat.ip,
    TrackingId: chat.trackingId,
    Name: chat.name,
    Dept: chat.requestedDept,
    SkillIds: joinList(chat.skillIds),
    SkillNames: joinList(world.skillNames(chat.skillIds)),
    WaitedSeconds: waitedSecondsOf(world, chat),
    QueuePos: queuePositionOf(world, chat),
    TalkingToClientId: chat.talkingTo,
    Lang: chat.lang,
    Translation: chat.translation,
    MonitoredBy: monitoredByOf(chat, nameOf),
    Location: chat.location,
    Channel: chat.channel,
  };
}

/** The `chat` / `acceptchat` event Params. */
export function chatRequestParams(world: World, chat: ChatRecord): string[] {
  return [
    chat.chatUid,
    String(chat.siteKey),
    chat.name,
    chat.requestedDept,
    joinList(world.skillNames(chat.skillIds)),
  ];
}

/**
 * One `missedchats` item / `missedchat` Data. The spec's single missedchat example
 * lacks the SkillIds its list example has (as chatchanged lacks chatting's): the list
 * shape is sent for both, so an update never loses a field.
 */
export function wireMissedChat(world: World, missed: MissedChatRecord): JsonObject {
  return {
    ChatUID: missed.chatUid,
    SiteKey: missed.siteKey,
    IP: missed.ip,
    TrackingId: missed.trackingId,
    VisitNo: missed.visitNo,
    DNS: missed.dns,
    Location: missed.location,
    Dept: missed.dept,
    SkillIds: joinList(missed.skillIds),
    SkillNames: joinList(world.skillNames(missed.skillIds)),
    Lang: missed.lang,
    Translation: missed.translation,
    Started: wireDate(missed.started),
    WaitedSeconds: missed.waitedSeconds,
    Name: missed.name,
    Email: missed.email,
    Phone: missed.phone,
    Message: missed.message,
    ResponseStarted: missed.responseStartedBy !== '',
    ResponseStartedBy: missed.responseStartedBy,
    WantsCallback: missed.wantsCallback,
    WantsCallbackOn: wireDateOrNever(missed.wantsCallbackOn),
  };
}

/** The ChatHeader object (`chats` items and the header of currentchat/chatdetail). */
export function wireChatHeader(world: World, chat: ChatRecord): JsonObject {
  const end = chat.finished ?? world.now();
  return {
    ChatUID: chat.chatUid,
    SiteKey: chat.siteKey,
    IP: chat.ip,
    TrackingId: chat.trackingId,
    DNS: chat.dns,
    Location: chat.location,
    VisitNo: chat.visitNo,
    TakenByUsers: joinList(chat.takenByUsers),
    TakenByDept: chat.takenByDept,
    TakenByBot: chat.takenByBot,
    Started: wireDate(chat.started),
    Finished: chat.finished === null ? NEVER : wireDate(chat.finished),
    WaitedSeconds: waitedSecondsOf(world, chat),
    DurationSeconds: Math.max(0, Math.floor((end - chat.started) / 1000)),
    Lang: chat.lang,
    Translation: chat.translation,
    Rating: chat.rating,
    Name: chat.name,
    Email: chat.email,
    Phone: chat.phone,
    Missed: chat.missed,
    MissedMessage: chat.missedMessage,
    MissedSeen: chat.missedSeen,
    MissedSeenByUserName: chat.missedSeenByUserName,
    MissedSeenOn: wireDateOrNever(chat.missedSeenOn),
    MissedCallback: chat.missedCallback,
    MissedCallbackOn: wireDateOrNever(chat.missedCallbackOn),
    RequestedDept: chat.requestedDept,
    SentimentScore: chat.sentimentScore,
    WrapUpValue: chat.wrapUpValue,
    Tags: [...chat.tags],
    Summary: chat.summary,
    Channel: chat.channel,
    State: chat.state,
    SkillNames: joinList(world.skillNames(chat.skillIds)),
    TranscriptURL: chat.transcriptUrl,
  };
}

/** Survey fields as `{Name, Value}` (pre-chat ones also with BuiltInField when known). */
export function wireSurvey(fields: readonly SurveyField[], withBuiltIn = false): JsonObject[] {
  return fields.map((field): JsonObject => {
    const wire: JsonObject = { Name: field.name, Value: field.value };
    if (withBuiltIn && field.builtInField !== undefined) wire['BuiltInField'] = field.builtInField;
    return wire;
  });
}

export function wireLine(line: ChatLine): JsonObject {
  return { Dated: wireDate(line.dated), OperatorIndex: line.operatorIndex, Message: line.message };
}

function wireGeoIp(geo: GeoIp): JsonObject {
  return {
    IP: geo.ip,
    CountryName: geo.countryName,
    CountryISO: geo.countryIso,
    City: geo.city,
    PostCode: geo.postCode,
    MetroCode: geo.metroCode,
    Latitude: geo.latitude,
    Longitude: geo.longitude,
    Radius: geo.radius,
    ISP: geo.isp,
    Organization: geo.organization,
  };
}

/**
 * The VisitDetail object. The spec spells the chat flags `Chatting*` inside a chat
 * detail and `Chatted*` in the `visitdetail` event: `chattedSpelling` picks which.
 */
export function wireVisitDetail(
  world: World,
  visit: VisitorRecord,
  chattedSpelling: 'Chatting' | 'Chatted' = 'Chatted',
): JsonObject {
  const site = world.site(visit.siteKey);
  return {
    SiteKey: visit.siteKey,
    SiteName: site?.name ?? '',
    IP: visit.ip,
    TrackingId: visit.trackingId,
    DNS: visit.dns,
    VisitNo: visit.visitNo,
    TotalVisits: visit.totalVisits,
    Browser: visit.browser,
    OS: visit.os,
    Referrer: visit.referrer,
    SessionStarted: wireDate(visit.sessionStarted),
    [chattedSpelling]: visit.chatting,
    [`${chattedSpelling}Language`]: visit.chattingLanguage,
    [`${chattedSpelling}Translate`]: visit.chattingTranslate,
    PageViews: visit.pages.length,
    FirstPage: visit.pages[0]?.name ?? '',
    FirstVisit: wireDate(visit.firstVisit),
    ContactName: visit.contact.name,
    ContactEmail: visit.contact.email,
    ContactCompany: visit.contact.company,
    ContactTelephone: visit.contact.telephone,
    ContactNotes: visit.contact.notes,
    ContactStreet: visit.contact.street,
    ContactCity: visit.contact.city,
    ContactPostCode: visit.contact.postCode,
    ContactCountry: visit.contact.country,
    ContactWebAddress: visit.contact.webAddress,
    ContactOrganization: visit.contact.organization,
    CRMId: visit.contact.crmId,
    Pages: visit.pages.map((page) => ({ Dated: wireDate(page.dated), Name: page.name })),
    GeoIP: wireGeoIp(visit.geo),
  };
}

/**
 * The ChatDetail object: `currentchat`, `monitoredchat` and `chatdetail` Data.
 * VisitDetail is null when the visit is not known.
 */
export function wireChatDetail(world: World, chat: ChatRecord): JsonObject {
  const visit = world.visit(chat.visitorId);
  return {
    ChatHeader: wireChatHeader(world, chat),
    PreChatSurvey: wireSurvey(chat.preChatSurvey),
    PostChatSurvey: wireSurvey(chat.postChatSurvey),
    Lines: chat.lines.map(wireLine),
    VisitDetail: visit === undefined ? null : wireVisitDetail(world, visit, 'Chatting'),
  };
}

function flag(value: boolean): string {
  return value ? 'Y' : 'N';
}

/**
 * The visitor Flags string: 15 positions, the first six as the spec lists them
 * (not moving, chatting, callback, polling, not an ISP, SSL), the rest N.
 */
export function visitorFlags(visit: VisitorRecord): string {
  return (
    flag(visit.notMoving) +
    flag(visit.chatting) +
    flag(visit.callbackRequested) +
    flag(visit.polling) +
    flag(visit.organisationNotIsp) +
    flag(visit.ssl)
  ).padEnd(15, 'N');
}

/** One `visitors` item / `visitor` Data / `visitorbatch` update. */
export function wireVisitor(visit: VisitorRecord): JsonObject {
  const lastPage = visit.pages.at(-1);
  return {
    Id: visitorIdOf(visit),
    SiteKey: visit.siteKey,
    TrackingId: visit.trackingId,
    StartTime: wireTime(visit.sessionStarted),
    Time: wireTime(visit.lastActivity),
    No: visit.no,
    VisitNo: visit.visitNo,
    Views: visit.pages.length,
    DNS: visit.dns === '' ? visit.ip : visit.dns,
    Page: lastPage?.name ?? '',
    Flags: visitorFlags(visit),
    Browser: visit.browser,
    OS: visit.os,
    Ref: visit.referrer,
    Name: visit.name,
    Email: visit.email,
    Loc: visit.location,
  };
}

export function wireSkill(skill: SkillRecord): JsonObject {
  return {
    Id: skill.id,
    ParentId: skill.parentId,
    Name: skill.name,
    CreatedByUser: skill.createdByUser,
    SiteKeys: joinList(skill.siteKeys),
  };
}

export function wireUserGroup(group: UserGroupRecord): JsonObject {
  return {
    Id: group.id,
    Name: group.name,
    Dept: group.dept,
    MaxChats: group.maxChats,
    AutoAccept: group.autoAccept,
    SiteKeys: joinList(group.siteKeys),
    SkillIds: joinList(group.skillIds),
    Rights: group.rights,
    IsAdmin: group.isAdmin,
    IsSupervisor: group.isSupervisor,
    SuggestResponses: group.suggestResponses,
    WorkPeriodId: group.workPeriodId,
    ModeratorList: group.moderatorList,
    Lang: group.lang,
  };
}

export function wireWorkPeriod(period: WorkPeriodRecord): JsonObject {
  const days: JsonObject = {};
  period.days.forEach((day, index) => {
    days[`Day${index + 1}`] = day;
  });
  return { Id: period.id, Description: period.description, CreatedByUser: period.createdByUser, ...days };
}

/** One `documents` item; Base64 only when asked for (the `document` event). */
export function wireDocument(document: DocumentRecord, withContent = false): JsonObject {
  return {
    Id: document.id,
    FileName: document.fileName,
    Folder: document.folder,
    MimeType: document.mimeType,
    Dated: wireDateWithZone(document.dated),
    LastAccessed: wireDateWithZone(document.lastAccessed),
    Size: document.size,
    CreatedByUser: document.createdByUser,
    VisitorName: document.visitorName,
    VisitorUploaded: document.visitorUploaded,
    SiteKey: document.siteKey,
    Pinned: document.pinned,
    SingleUse: document.singleUse,
    AccessCount: document.accessCount,
    Base64: withContent ? document.base64 : null,
  };
}

export function wireAutoResponse(response: AutoResponseRecord): JsonObject {
  return {
    Id: response.id,
    ParentId: response.parentId,
    SortId: response.sortId,
    Dated: wireDateWithZone(response.dated),
    Subject: response.subject,
    Content: response.content,
    DocumentId: response.documentId,
    Tag: response.tag,
    KeywordsFixed: response.keywordsFixed,
    SiteKeys: joinList(response.siteKeys),
    SkillIds: joinList(response.skillIds),
  };
}

/** An `articlelist` item (no content). */
export function wireArticleSummary(article: ArticleRecord): JsonObject {
  return {
    Id: article.id,
    ParentId: article.parentId,
    SortId: article.sortId,
    Subject: article.subject,
    SiteKeys: joinList(article.siteKeys),
    SkillIds: joinList(article.skillIds),
  };
}

/** `articledetail` / `article` Data. */
export function wireArticle(article: ArticleRecord): JsonObject {
  return {
    Id: article.id,
    ParentId: article.parentId,
    SortId: article.sortId,
    Dated: wireDateWithZone(article.dated),
    Subject: article.subject,
    Content: article.content,
    DocumentId: article.documentId,
    Tag: article.tag,
    KeywordsFixed: article.keywordsFixed,
    SiteKeys: joinList(article.siteKeys),
    SkillIds: joinList(article.skillIds),
  };
}

/** One `daysummary` item (monthsummary items omit `Current`). */
export function wireDaySummary(summary: DaySummaryRecord, withCurrent = true): JsonObject {
  const wire: JsonObject = {
    SiteKey: summary.siteKey,
    Dated: summary.dated,
    PeakTime: summary.peakTime,
  };
  if (withCurrent) wire['Current'] = summary.current;
  return {
    ...wire,
    Total: summary.total,
    New: summary.new,
    Views: summary.views,
    Peak: summary.peak,
    Chats: summary.chats,
    ChatsMissed: summary.chatsMissed,
    ChatsLines: summary.chatsLines,
    ChatsOnTime: summary.chatsOnTime,
    AvgRating: summary.avgRating,
    AvgSentiment: summary.avgSentiment,
    WaitSecs: summary.waitSecs,
    ChatSecs: summary.chatSecs,
  };
}

/** The `connected` Data. */
export function wireServerInfo(world: World): JsonObject {
  const info = world.serverInfo;
  return {
    ApplicationName: info.applicationName,
    Version: info.version,
    ClientVersion: info.clientVersion,
    ServerUid: info.serverUid,
    ServerGeoIPDate: info.serverGeoIpDate,
    RegisteredUser: info.registeredUser,
    MaxUsers: info.maxUsers,
    MinimumPasswordLength: info.minimumPasswordLength,
    EvaluationVersion: info.evaluationVersion,
    GatewayUrl: info.gatewayUrl,
    GatewayAddress: info.gatewayAddress,
    GatewayPassthroughUrl: info.gatewayPassthroughUrl,
    ChatUrl: info.chatUrl,
    AuthToken: '',
  };
}
