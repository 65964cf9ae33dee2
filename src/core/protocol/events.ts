/**
 * Typed decoding of event frames: one small decoder per event name of `WhosOnEventMap`,
 * kept in a table so that an event added to the map without a decoder is a type error.
 *
 * Params are read with `splitParams`, so the colon-joined params of older servers work;
 * each decoder names the field that may itself contain colons (a transfer message, an IPv6
 * address in `SiteKey:IP:TrackingId`). `Data` may be a string, "", null, an object or an
 * array: the normalisers (`normalize.ts`) take any of them.
 *
 * A frame is refused (ok:false, never a throw) only when its event is unknown or when a
 * field that identifies what it is about (a ChatUID, a connection id, a visitor id...) is
 * missing from both Params and Data. Entries of a list that cannot be identified are left
 * out of the list: the store could not place them.
 */
import type { WhosOnEvent, WhosOnEventMap, WhosOnEventName, ChatRequest } from './event-map.js';
import { ProtocolError, splitParams, type DecodeResult, type EventFrame } from './frame.js';
import { parseMessage } from './markup.js';
import type { ChatDetail, JsonObject, ParsedMessage, SurveyField } from './models.js';
import {
  fieldValue,
  normalizeArticle,
  normalizeArticleSearchResult,
  normalizeArticleSummary,
  normalizeAutoResponse,
  normalizeCallbackProgress,
  normalizeChat,
  normalizeChatDetail,
  normalizeChatHeader,
  normalizeClient,
  normalizeCurrentVisitorTotal,
  normalizeDaySummary,
  normalizeDocument,
  normalizeHelloInfo,
  normalizeJsonObject,
  normalizeList,
  normalizeMissedChat,
  normalizePrevChat,
  normalizeReportData,
  normalizeReportDefinition,
  normalizeServerInfo,
  normalizeSite,
  normalizeSiteImage,
  normalizeSiteStrings,
  normalizeSkill,
  normalizeStatus,
  normalizeSuggestion,
  normalizeSurveyFields,
  normalizeTranslationResult,
  normalizeUser,
  normalizeUserChatLine,
  normalizeUserGroup,
  normalizeUserPhoto,
  normalizeVisitDetail,
  normalizeVisitListEntry,
  normalizeVisitor,
  normalizeWorkPeriod,
  parseVisitorId,
  toList,
  toNumber,
  toNumberOrNull,
  toText,
} from './normalize.js';

/** Thrown inside a decoder when an identifying field is missing; caught by `decodeEvent`. */
class MissingField extends Error {}

function required(value: string, field: string): string {
  if (value.trim() === '') throw new MissingField(field);
  return value;
}

/** `Data` as text: a string as sent, numbers and flags stringified, objects as JSON. */
function dataText(frame: EventFrame): string {
  const { data } = frame;
  if (data === null || data === undefined) return '';
  if (typeof data === 'object') {
    try {
      return JSON.stringify(data);
    } catch {
      return '';
    }
  }
  return toText(data);
}

/** Message text for the message-like events; an object is read for its Message/Text. */
function dataMessage(frame: EventFrame): ParsedMessage {
  const fromObject = fieldValue(frame.data, 'Message', 'Text');
  const text = fromObject === undefined ? dataText(frame) : toText(fromObject);
  return parseMessage(text);
}

/** The one param of an event about a single thing (a ChatUID, a connection id...). */
function firstParam(frame: EventFrame): string {
  return (frame.params[0] ?? '').trim();
}

/** A chat number rather than a ChatUID (24 hex digits): short and all digits. */
const CHAT_NUMBER = /^\d{1,9}$/;

/**
 * The chat an event is about, from its params. Older servers send a colon-joined
 * `siteKey:ip:sessionId:chatUid:chatNumber` header (the IP may be IPv6), or name the chat
 * by its number alone; newer ones send the ChatUID alone.
 */
function chatReference(frame: EventFrame): { chatUid: string; chatNumber: number | null } {
  if (frame.joinedParams !== null && frame.joinedParams.split(':').length >= 5) {
    const [, , , chatUid = '', chatNumber = ''] = splitParams(frame, 5, 1);
    return { chatUid: chatUid.trim(), chatNumber: toNumberOrNull(chatNumber) };
  }
  const first = firstParam(frame);
  return CHAT_NUMBER.test(first)
    ? { chatUid: '', chatNumber: Number(first) }
    : { chatUid: first, chatNumber: null };
}

/**
 * The ChatUID of a single-chat event. A chat named only by its number (old servers) keeps
 * that number as its id: the store can still match it against `chatNumber`.
 */
function chatUidOrNumber(frame: EventFrame): string {
  const { chatUid, chatNumber } = chatReference(frame);
  return chatUid || (chatNumber === null ? '' : String(chatNumber));
}

function chatUidParam(frame: EventFrame): string {
  return required(chatUidOrNumber(frame), 'ChatUID');
}

/** For events whose Data carries nothing else, older servers put the id there. */
function chatUidParamOrData(frame: EventFrame): string {
  return required(chatUidOrNumber(frame) || dataText(frame).trim(), 'ChatUID');
}

function connectionIdParamOrData(frame: EventFrame): string {
  const fromData = fieldValue(frame.data, 'ConnectionId');
  const data = fromData === undefined ? dataText(frame) : toText(fromData);
  return required(firstParam(frame) || data.trim(), 'connection id');
}

function chatRequest(frame: EventFrame): ChatRequest {
  // The visitor name is the field most likely to contain a colon.
  const [chatUid = '', siteKey, visitorName = '', dept = '', skillNames] = splitParams(frame, 5, 2);
  return {
    chatUid: required(chatUid.trim(), 'ChatUID'),
    siteKey: toNumber(siteKey),
    visitorName,
    dept,
    skillNames: toList(skillNames),
  };
}

function messageEvent(frame: EventFrame): { chatUid: string; message: ParsedMessage } {
  return { chatUid: chatUidParam(frame), message: dataMessage(frame) };
}

function monitoredMessageEvent(frame: EventFrame): {
  chatUid: string;
  operatorName: string;
  message: ParsedMessage;
} {
  const [chatUid = '', operatorName = ''] = splitParams(frame, 2, 1);
  return {
    chatUid: required(chatUid.trim(), 'ChatUID'),
    operatorName,
    message: dataMessage(frame),
  };
}

function chatAndName(frame: EventFrame): { chatUid: string; name: string } {
  const [chatUid = '', name = ''] = splitParams(frame, 2, 1);
  return { chatUid: required(chatUid.trim(), 'ChatUID'), name };
}

/** Typing events of a monitored chat: the operator's name is in Data (or a second param). */
function operatorTyping(frame: EventFrame): { chatUid: string; operatorName: string } {
  const [chatUid = '', name = ''] = splitParams(frame, 2, 1);
  return { chatUid: required(chatUid.trim(), 'ChatUID'), operatorName: dataText(frame) || name };
}

function chatDetailContent(frame: EventFrame): {
  siteKey: number;
  chatUid: string;
  content: string;
} {
  const [siteKey, chatUid = ''] = splitParams(frame, 2, 1);
  return {
    siteKey: toNumber(siteKey),
    chatUid: required(chatUid.trim(), 'ChatUID'),
    content: dataText(frame),
  };
}

/** `currentchat` / `monitoredchat`: the ChatUID from Params, else from the header. */
function chatDetailFor(frame: EventFrame): { chatUid: string; detail: ChatDetail } {
  const detail = normalizeChatDetail(frame.data);
  const chatUid = required(chatReference(frame).chatUid || detail.header.chatUid, 'ChatUID');
  const header = { ...detail.header, chatUid: detail.header.chatUid || chatUid };
  return { chatUid, detail: { ...detail, header } };
}

/** A list event's entries, without those whose identifier is blank (or 0). */
function identifiedList<T>(
  data: unknown,
  normalize: (raw: unknown) => T,
  identifierOf: (item: T) => string | number,
): T[] {
  return normalizeList(data, normalize).filter((item) => Boolean(identifierOf(item)));
}

function surveyEvent(frame: EventFrame): { chatUid: string; fields: SurveyField[] } {
  return { chatUid: chatUidParam(frame), fields: normalizeSurveyFields(frame.data) };
}

function idList(frame: EventFrame): { ids: string[] } {
  return { ids: toList(frame.data) };
}

function clientSettings(data: unknown): JsonObject | string {
  if (typeof data !== 'string') return normalizeJsonObject(data);
  const parsed = normalizeJsonObject(data);
  // Keep free-form text as sent; only JSON text becomes an object.
  return Object.keys(parsed).length > 0 || data.trim() === '{}' ? parsed : data;
}

function visitorIdParam(frame: EventFrame): string {
  // The id is `SiteKey:IP:TrackingId`: a joined string is the id whole (greedy first field).
  return (splitParams(frame, 1, 0)[0] ?? '').trim();
}

const empty = (): Record<string, never> => ({});

const decoders = {
  // Connection and login
  hello: (frame) => {
    const hello = normalizeHelloInfo(frame.data);
    return { ...hello, connectionId: hello.connectionId || firstParam(frame) };
  },
  nameduser: (frame) => {
    const user = normalizeUser(frame.data);
    required(user.userName, 'UserName');
    return { connectionId: firstParam(frame), user };
  },
  clientsettings: (frame) => ({ settings: clientSettings(frame.data) }),
  connected: (frame) => {
    const info = normalizeServerInfo(frame.data);
    return { ...info, connectionId: firstParam(frame) || info.connectionId };
  },
  // Data is the new password: it must not travel any further.
  passwordchanged: empty,
  msg: (frame) => ({ text: dataText(frame) }),
  error: (frame) => ({ text: dataText(frame) }),
  close: empty,
  noop: empty,
  accepted: empty,

  // Sites
  sites: (frame) => ({ sites: identifiedList(frame.data, normalizeSite, (site) => site.siteKey) }),
  site: (frame) => {
    const site = normalizeSite(frame.data);
    if (site.siteKey <= 0) throw new MissingField('SiteKey');
    return { site };
  },
  sitedeleted: (frame) => {
    const fromData = fieldValue(frame.data, 'SiteKey') ?? frame.data;
    const siteKey = toNumber(firstParam(frame)) || toNumber(fromData);
    if (siteKey <= 0) throw new MissingField('SiteKey');
    return { siteKey };
  },
  siteproperties: (frame) => {
    const properties = normalizeJsonObject(frame.data);
    const siteKey = toNumber(firstParam(frame)) || toNumber(fieldValue(properties, 'SiteKey'));
    if (siteKey <= 0) throw new MissingField('SiteKey');
    return { siteKey, properties };
  },
  siteimages: (frame) => {
    const images = normalizeList(frame.data, normalizeSiteImage);
    return { siteKey: toNumber(firstParam(frame)) || (images[0]?.siteKey ?? 0), images };
  },
  sitestrings: (frame) => ({ strings: normalizeList(frame.data, normalizeSiteStrings) }),

  // Operators
  clients: (frame) => ({
    clients: identifiedList(frame.data, normalizeClient, (client) => client.connectionId),
  }),
  clientevent: (frame) => {
    const client = normalizeClient(frame.data);
    const connectionId = required(client.connectionId || firstParam(frame), 'ConnectionId');
    return { client: { ...client, connectionId } };
  },
  clientremove: (frame) => ({ connectionId: connectionIdParamOrData(frame) }),
  status: (frame) => {
    const status = normalizeStatus(frame.data) ?? normalizeStatus(firstParam(frame));
    if (status === null) throw new MissingField('Status');
    return { status };
  },
  userphoto: (frame) => {
    const photo = normalizeUserPhoto(frame.data);
    return { ...photo, userName: required(photo.userName || firstParam(frame), 'UserName') };
  },

  // Chats everyone sees
  chatting: (frame) => ({
    chats: identifiedList(frame.data, normalizeChat, (chat) => chat.chatUid),
  }),
  chatchanged: (frame) => {
    const chat = normalizeChat(frame.data);
    // A number in Params names the chat on an old server: keep it, it is not a ChatUID.
    const reference = chatReference(frame);
    return {
      chat: {
        ...chat,
        chatUid: required(chat.chatUid || reference.chatUid, 'ChatUID'),
        chatNumber: chat.chatNumber ?? reference.chatNumber,
      },
    };
  },
  chatclosed: (frame) => ({ chatUid: chatUidParamOrData(frame) }),

  // Requests and taking chats
  chat: chatRequest,
  acceptchat: chatRequest,
  chataccepted: (frame) => {
    const [chatUid = '', skillNames] = splitParams(frame, 2, 1);
    return { chatUid: required(chatUid.trim(), 'ChatUID'), skillNames: toList(skillNames) };
  },
  transfer: (frame) => {
    // The spec: split the first two fields, the message is the rest (it may hold colons).
    const [chatUid = '', fromConnectionId = '', message = ''] = splitParams(frame, 3, 2);
    return {
      chatUid: required(chatUid.trim(), 'ChatUID'),
      fromConnectionId: fromConnectionId.trim(),
      message: message || dataText(frame),
    };
  },
  transferconfirmed: (frame) => ({ chatUid: chatUidParamOrData(frame) }),
  chataquired: (frame) => {
    const { chatUid, name } = chatAndName(frame);
    return { chatUid, byName: name || dataText(frame) };
  },

  // My conversations
  prechatsurvey: surveyEvent,
  currentchat: chatDetailFor,
  message: messageEvent,
  messageserver: messageEvent,
  '1': (frame) => ({ chatUid: chatUidParamOrData(frame) }),
  '0': (frame) => ({ chatUid: chatUidParamOrData(frame) }),
  preview: (frame) => ({ chatUid: chatUidParam(frame), text: dataText(frame) }),
  sendtofiltered: messageEvent,
  sendtotranslated: messageEvent,
  postchatsurvey: surveyEvent,
  chatscored: (frame) => {
    const chatUid = chatUidParam(frame);
    const sent = fieldValue(frame.data, 'Score', 'SentimentScore');
    const score = toNumberOrNull(sent === undefined ? frame.data : sent);
    if (score === null) throw new MissingField('score');
    return { chatUid, score };
  },
  visitdetailchat: (frame) => {
    // SiteKey, IP (may be IPv6), TrackingId, ChatUID.
    const [siteKey, ip = '', trackingId = '', chatUid = ''] = splitParams(frame, 4, 1);
    const detail = normalizeVisitDetail(frame.data);
    return {
      siteKey: toNumber(siteKey) || detail.siteKey,
      ip: ip || detail.ip,
      trackingId: trackingId || detail.trackingId,
      chatUid: required(chatUid.trim(), 'ChatUID'),
      detail,
    };
  },
  chatcallbackevent: (frame) => normalizeCallbackProgress(frame.data),

  // Missed chats
  missedchats: (frame) => ({
    missedChats: identifiedList(frame.data, normalizeMissedChat, (missed) => missed.chatUid),
  }),
  missedchat: (frame) => {
    const missedChat = normalizeMissedChat(frame.data);
    const chatUid = required(missedChat.chatUid || firstParam(frame), 'ChatUID');
    return { missedChat: { ...missedChat, chatUid } };
  },
  missedchatclosed: (frame) => ({ chatUid: chatUidParamOrData(frame) }),

  // User-to-user chat
  fromclient: (frame) => ({
    connectionId: required(firstParam(frame), 'connection id'),
    text: dataText(frame),
  }),
  c1: (frame) => ({ connectionId: connectionIdParamOrData(frame) }),
  c0: (frame) => ({ connectionId: connectionIdParamOrData(frame) }),
  clientchat: (frame) => ({
    userName: required((splitParams(frame, 1, 0)[0] ?? '').trim(), 'UserName'),
    lines: normalizeList(frame.data, normalizeUserChatLine),
  }),

  // Monitoring
  monitoring: (frame) => {
    const [chatUid = '', connectionId = ''] = splitParams(frame, 2, 1);
    return { chatUid: required(chatUid.trim(), 'ChatUID'), connectionId: connectionId.trim() };
  },
  monitoredchat: chatDetailFor,
  monitorc: monitoredMessageEvent,
  monitorv: monitoredMessageEvent,
  m1: (frame) => ({ chatUid: chatUidParam(frame) }),
  m0: (frame) => ({ chatUid: chatUidParam(frame) }),
  mc1: operatorTyping,
  mc0: operatorTyping,
  mcw1: (frame) => {
    const { chatUid, name } = chatAndName(frame);
    return { chatUid, monitorName: name };
  },
  mcw0: (frame) => {
    const { chatUid, name } = chatAndName(frame);
    return { chatUid, monitorName: name };
  },
  whisper: (frame) => {
    const { chatUid, name } = chatAndName(frame);
    return { chatUid, monitorName: name, text: dataText(frame) };
  },
  requestmonitor: (frame) => {
    // SiteKey, ChatUID, visitor name (may hold colons), operator name, operator connection.
    const [siteKey, chatUid = '', visitorName = '', operatorName = '', operatorConnectionId = ''] =
      splitParams(frame, 5, 2);
    return {
      siteKey: toNumber(siteKey),
      chatUid: required(chatUid.trim(), 'ChatUID'),
      visitorName,
      operatorName,
      operatorConnectionId: operatorConnectionId.trim(),
      message: dataText(frame),
    };
  },
  monitorstop: (frame) => {
    const { chatUid, name } = chatAndName(frame);
    return { chatUid, operatorName: name };
  },

  // Listen mode
  listenc: messageEvent,
  listenv: messageEvent,
  listentransfer: (frame) => {
    const { chatUid, name } = chatAndName(frame);
    return { chatUid, target: name, message: dataText(frame) };
  },

  // Previous chats
  chats: (frame) => {
    const [siteKey, date = ''] = splitParams(frame, 2, 1);
    const chats = normalizeList(frame.data, normalizeChatHeader);
    return { siteKey: toNumber(siteKey), date, chats };
  },
  chatdetail: (frame) => {
    const [siteKey, chatUid = ''] = splitParams(frame, 2, 1);
    const detail = normalizeChatDetail(frame.data);
    return {
      siteKey: toNumber(siteKey) || detail.header.siteKey,
      chatUid: required(chatUid.trim() || detail.header.chatUid, 'ChatUID'),
      detail,
    };
  },
  chatdetailhtml: chatDetailContent,
  chatdetailtext: chatDetailContent,
  chatdetailpdf: chatDetailContent,
  prevchatsforip: (frame) => {
    const [siteKey, ip = ''] = splitParams(frame, 2, 1);
    return { siteKey: toNumber(siteKey), ip, chats: normalizeList(frame.data, normalizePrevChat) };
  },
  deletedchats: (frame) => ({ siteKey: toNumber(firstParam(frame)), chatUids: toList(frame.data) }),
  chatsearch: (frame) => {
    const [siteKey, fromDate = '', toDate = ''] = splitParams(frame, 3, 2);
    return {
      siteKey: toNumber(siteKey),
      fromDate,
      toDate,
      chats: normalizeList(frame.data, normalizeChatHeader),
    };
  },

  // Knowledge
  skills: (frame) => ({ skills: identifiedList(frame.data, normalizeSkill, (skill) => skill.id) }),
  documents: (frame) => ({
    documents: identifiedList(frame.data, normalizeDocument, (document) => document.id),
  }),
  document: (frame) => {
    const document = normalizeDocument(frame.data);
    required(document.id, 'Id');
    return { document };
  },
  deleteddocuments: idList,
  autoresponses: (frame) => ({
    autoResponses: identifiedList(frame.data, normalizeAutoResponse, (response) => response.id),
  }),
  autoresponse: (frame) => {
    const autoResponse = normalizeAutoResponse(frame.data);
    required(autoResponse.id, 'Id');
    return { autoResponse };
  },
  autoresponsedeleted: idList,
  articlelist: (frame) => ({
    articles: identifiedList(frame.data, normalizeArticleSummary, (article) => article.id),
  }),
  article: (frame) => {
    const article = normalizeArticleSummary(frame.data);
    required(article.id, 'Id');
    return { article };
  },
  articledetail: (frame) => {
    const article = normalizeArticle(frame.data);
    required(article.id, 'Id');
    return { article };
  },
  articledeleted: idList,
  articlesimported: (frame) => ({
    articles: identifiedList(frame.data, normalizeArticleSummary, (article) => article.id),
  }),
  articlesearch: (frame) => normalizeArticleSearchResult(frame.data),
  suggestion: (frame) => normalizeSuggestion(frame.data),
  translation: (frame) => normalizeTranslationResult(frame.data),

  // Administration
  users: (frame) => ({ users: identifiedList(frame.data, normalizeUser, (user) => user.userName) }),
  user: (frame) => {
    const user = normalizeUser(frame.data);
    required(user.userName, 'UserName');
    return { user };
  },
  usergroups: (frame) => ({ groups: normalizeList(frame.data, normalizeUserGroup) }),
  workperiods: (frame) => ({ workPeriods: normalizeList(frame.data, normalizeWorkPeriod) }),
  reports: (frame) => ({ reports: normalizeList(frame.data, normalizeReportDefinition) }),
  reportdata: (frame) => normalizeReportData(frame.data),
  serversettings: (frame) => ({ settings: normalizeJsonObject(frame.data) }),
  firstlog: (frame) => ({ text: dataText(frame) }),
  log: (frame) => ({ text: dataText(frame) }),

  // Visitors and traffic
  visitors: (frame) => ({
    visitors: normalizeList(frame.data, normalizeVisitor).filter((visitor) => visitor.id !== ''),
  }),
  visitor: (frame) => {
    const visitor = normalizeVisitor(frame.data);
    if (visitor.id !== '') return { visitor };
    const id = required(visitorIdParam(frame), 'visitor id');
    const parts = parseVisitorId(id);
    return {
      visitor: {
        ...visitor,
        id,
        siteKey: visitor.siteKey || parts.siteKey,
        ip: visitor.ip || parts.ip,
        trackingId: visitor.trackingId || parts.trackingId,
      },
    };
  },
  visitorremove: (frame) => ({
    id: required(visitorIdParam(frame) || dataText(frame).trim(), 'visitor id'),
  }),
  visitorbatch: (frame) => {
    // Data is `{ updates, removes }`; a bare list is read as updates.
    const isList = Array.isArray(frame.data);
    const updates = isList ? frame.data : fieldValue(frame.data, 'updates', 'Visitors');
    return {
      updates: normalizeList(updates, normalizeVisitor).filter((visitor) => visitor.id !== ''),
      removes: isList ? [] : toList(fieldValue(frame.data, 'removes', 'Removed')),
    };
  },
  visitdetail: (frame) => {
    // SiteKey, IP (may be IPv6), TrackingId, visit number.
    const [siteKey, ip = '', trackingId = '', visitNo] = splitParams(frame, 4, 1);
    const detail = normalizeVisitDetail(frame.data);
    return {
      siteKey: toNumber(siteKey) || detail.siteKey,
      ip: ip || detail.ip,
      trackingId: trackingId || detail.trackingId,
      visitNo: toNumber(visitNo) || detail.visitNo,
      detail,
    };
  },
  visitlist: (frame) => {
    const [siteKey, date = ''] = splitParams(frame, 2, 1);
    const visits = normalizeList(frame.data, normalizeVisitListEntry);
    return { siteKey: toNumber(siteKey), date, visits };
  },
  daysummary: (frame) => ({ days: normalizeList(frame.data, normalizeDaySummary) }),
  monthsummary: (frame) => ({
    siteKey: toNumber(firstParam(frame)),
    days: normalizeList(frame.data, normalizeDaySummary),
  }),
  ct: (frame) => ({ totals: normalizeList(frame.data, normalizeCurrentVisitorTotal) }),
} satisfies { [K in WhosOnEventName]: (frame: EventFrame) => WhosOnEventMap[K] };

/** Every event name the decoder knows: exactly the names of `WhosOnEventMap`. */
export const decodableEventNames = Object.keys(decoders) as readonly WhosOnEventName[];

function isEventName(name: string): name is WhosOnEventName {
  return Object.hasOwn(decoders, name);
}

const FRAME_PREVIEW_LENGTH = 200;

function describeFrame(frame: EventFrame): string {
  let text: string;
  try {
    text = JSON.stringify({
      EventName: frame.name,
      Params: frame.joinedParams ?? frame.params,
      Data: frame.data,
    });
  } catch {
    text = frame.name;
  }
  return text.length > FRAME_PREVIEW_LENGTH ? `${text.slice(0, FRAME_PREVIEW_LENGTH)}…` : text;
}

type AnyDecoder = (frame: EventFrame) => WhosOnEventMap[WhosOnEventName];

/**
 * Types one event frame. Never throws: an unknown event, or one whose identifying field
 * is missing, is `ok: false` with a ProtocolError naming the problem.
 */
export function decodeEvent(frame: EventFrame): DecodeResult<WhosOnEvent> {
  const name = frame.name.trim().toLowerCase();
  if (!isEventName(name)) {
    const error = new ProtocolError(`Unknown event "${frame.name}"`, describeFrame(frame));
    return { ok: false, error };
  }
  try {
    const payload = (decoders[name] as AnyDecoder)(frame);
    return { ok: true, value: { name, payload } as WhosOnEvent };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const message =
      cause instanceof MissingField
        ? `Event "${name}" has no ${reason}`
        : `Event "${name}" could not be decoded: ${reason}`;
    return { ok: false, error: new ProtocolError(message, describeFrame(frame)) };
  }
}
